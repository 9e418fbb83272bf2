#include "runtime/builtins/date.h"

#include <chrono>
#include <cmath>
#include <memory>
#include <string>

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/primitive_string.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

const TimeZone& SystemTimeZone() {
  // icu::TimeZone::createDefault() reads TZ once; the engine never changes zone while running.
  static const std::unique_ptr<TimeZone> zone = CreateDefaultTimeZone();
  return *zone;
}

namespace {

using interpreter::vm::ToNumber;

// The time value (UTC) identifying the current time: whole milliseconds since the epoch, as a time value
// always is.
double CurrentTimeValue() {
  auto since_epoch = std::chrono::system_clock::now().time_since_epoch();
  return static_cast<double>(std::chrono::floor<std::chrono::milliseconds>(since_epoch).count());
}

// RequireInternalSlot(dateObj, [[DateValue]]) for the Date.prototype methods: dateObj as a Date, or a TypeError
// naming the method.
ThrowCompletionOr<DateObject*> RequireDateValue(Agent& agent, Value date_obj, std::u16string_view method) {
  if (date_obj.IsObject()) {
    if (auto* date = dynamic_cast<DateObject*>(date_obj.AsObject())) return date;
  }
  return interpreter::ThrowTypeError(agent, u"Date.prototype." + std::u16string(method) +
                                                u" called on a value that is not a Date");
}

// ToNumber(argument) when the optional argument at `index` is present; `present` says whether it was.
ThrowCompletionOr<double> ToNumberIfPresent(Agent& agent, std::span<const Value> arguments, size_t index,
                                            bool& present) {
  present = index < arguments.size();
  if (!present) return 0.0;
  return ToNumber(agent, arguments[index]);
}

Value StringValue(Agent& agent, std::u16string text) { return interpreter::vm::MakeString(agent, std::move(text)); }

// 21.4.2.1 Date ( ...values )
// https://tc39.es/ecma262/#sec-date
ThrowCompletionOr<Value> DateConstructor(Agent& agent, Value, std::span<const Value> values, Object* new_target) {
  // 1. If NewTarget is undefined, then
  if (new_target == nullptr) {
    // a. Let now be the time value (UTC) identifying the current time.
    double now = CurrentTimeValue();
    // b. Return ToDateString(now).
    return StringValue(agent, ToDateString(now, SystemTimeZone()));
  }
  // 2. Let numberOfArgs be the number of elements in values.
  size_t number_of_args = values.size();
  double dv;
  if (number_of_args == 0) {
    // 3. If numberOfArgs = 0, then
    //    a. Let dv be the time value (UTC) identifying the current time.
    dv = CurrentTimeValue();
  } else if (number_of_args == 1) {
    // 4. Else if numberOfArgs = 1, then
    //    a. Let value be values[0].
    Value value = values[0];
    double tv;
    DateObject* date = value.IsObject() ? dynamic_cast<DateObject*>(value.AsObject()) : nullptr;
    if (date != nullptr) {
      // b. If value is an Object and value has a [[DateValue]] internal slot, then
      //    i. Let tv be value.[[DateValue]].
      tv = date->date_value();
    } else {
      // c. Else,
      //    i. Let primitive be ? ToPrimitive(value).
      Value primitive = TRY(interpreter::vm::ToPrimitive(agent, value));
      if (primitive.IsString()) {
        // ii. If primitive is a String, then
        //     1. Assert: The next step never returns an abrupt completion because primitive is a String.
        //     2. Let tv be the result of parsing primitive as a date, in exactly the same manner as for the
        //        parse method (21.4.3.2).
        tv = ParseDate(primitive.AsString()->code_units(), SystemTimeZone());
      } else {
        // iii. Else,
        //      1. Let tv be ? ToNumber(primitive).
        tv = TRY(ToNumber(agent, primitive));
      }
    }
    // d. Let dv be TimeClip(tv).
    dv = TimeClip(tv);
  } else {
    // 5. Else,
    //    a. Assert: numberOfArgs ≥ 2.
    //    b. Let yearNumber be ? ToNumber(values[0]).
    double year_number = TRY(ToNumber(agent, values[0]));
    //    c. Let monthNumber be ? ToNumber(values[1]).
    double month_number = TRY(ToNumber(agent, values[1]));
    //    d. If numberOfArgs > 2, let dayNumber be ? ToNumber(values[2]); else let dayNumber be 1𝔽.
    double day_number = number_of_args > 2 ? TRY(ToNumber(agent, values[2])) : 1;
    //    e. If numberOfArgs > 3, let hourNumber be ? ToNumber(values[3]); else let hourNumber be +0𝔽.
    double hour_number = number_of_args > 3 ? TRY(ToNumber(agent, values[3])) : 0;
    //    f. If numberOfArgs > 4, let minuteNumber be ? ToNumber(values[4]); else let minuteNumber be +0𝔽.
    double minute_number = number_of_args > 4 ? TRY(ToNumber(agent, values[4])) : 0;
    //    g. If numberOfArgs > 5, let secondNumber be ? ToNumber(values[5]); else let secondNumber be +0𝔽.
    double second_number = number_of_args > 5 ? TRY(ToNumber(agent, values[5])) : 0;
    //    h. If numberOfArgs > 6, let millisecondNumber be ? ToNumber(values[6]); else let millisecondNumber be
    //       +0𝔽.
    double millisecond_number = number_of_args > 6 ? TRY(ToNumber(agent, values[6])) : 0;
    //    i. Set yearNumber to MakeFullYear(yearNumber).
    year_number = MakeFullYear(year_number);
    //    j. Let finalDate be MakeDate(MakeDay(yearNumber, monthNumber, dayNumber), MakeTime(hourNumber,
    //       minuteNumber, secondNumber, millisecondNumber)).
    double final_date = MakeDate(MakeDay(year_number, month_number, day_number),
                                 MakeTime(hour_number, minute_number, second_number, millisecond_number));
    //    k. Let dv be TimeClip(UTC(finalDate)).
    dv = TimeClip(UTC(final_date, SystemTimeZone()));
  }
  // 6. Let obj be ? OrdinaryCreateFromConstructor(NewTarget, "%Date.prototype%", « [[DateValue]] »).
  // 7. Set obj.[[DateValue]] to dv.
  DateObject* obj = TRY(OrdinaryCreateFromConstructor<DateObject>(agent, new_target, Intrinsic::kDatePrototype, dv));
  // 8. Return obj.
  return Value::FromObject(obj);
}

// 21.4.3.1 Date.now ( )
// https://tc39.es/ecma262/#sec-date.now
ThrowCompletionOr<Value> DateNow(Agent&, Value, std::span<const Value>, Object*) {
  // "This function returns the time value designating the UTC date and time of the occurrence of the call to it."
  return Value::Number(CurrentTimeValue());
}

// 21.4.3.2 Date.parse ( string )
// https://tc39.es/ecma262/#sec-date.parse
ThrowCompletionOr<Value> DateParse(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // "This function applies the ToString operator to its argument. If ToString results in an abrupt completion the
  // Completion Record is immediately returned."
  Value string = TRY(interpreter::vm::ToString(agent, Argument(arguments, 0)));
  // "Otherwise, this function interprets the resulting String as a date and time; it returns a Number, the UTC time
  // value corresponding to the date and time." (The Date Time String Format first, then this engine's toString and
  // toUTCString forms; NaN for anything else.)
  return Value::Number(ParseDate(string.AsString()->code_units(), SystemTimeZone()));
}

// 21.4.3.4 Date.UTC ( year [ , month [ , day [ , hour [ , minute [ , second [ , millisecond ] ] ] ] ] ] )
// https://tc39.es/ecma262/#sec-date.utc
ThrowCompletionOr<Value> DateUTC(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  bool present;
  // 1. Let yearNumber be ? ToNumber(year).
  double year_number = TRY(ToNumber(agent, Argument(arguments, 0)));
  // 2. If month is present, let monthNumber be ? ToNumber(month); else let monthNumber be +0𝔽.
  double month_number = TRY(ToNumberIfPresent(agent, arguments, 1, present));
  // 3. If day is present, let dayNumber be ? ToNumber(day); else let dayNumber be 1𝔽.
  double day_number = TRY(ToNumberIfPresent(agent, arguments, 2, present));
  if (!present) day_number = 1;
  // 4. If hour is present, let hourNumber be ? ToNumber(hour); else let hourNumber be +0𝔽.
  double hour_number = TRY(ToNumberIfPresent(agent, arguments, 3, present));
  // 5. If minute is present, let minuteNumber be ? ToNumber(minute); else let minuteNumber be +0𝔽.
  double minute_number = TRY(ToNumberIfPresent(agent, arguments, 4, present));
  // 6. If second is present, let secondNumber be ? ToNumber(second); else let secondNumber be +0𝔽.
  double second_number = TRY(ToNumberIfPresent(agent, arguments, 5, present));
  // 7. If millisecond is present, let millisecondNumber be ? ToNumber(millisecond); else let millisecondNumber be
  //    +0𝔽.
  double millisecond_number = TRY(ToNumberIfPresent(agent, arguments, 6, present));
  // 8. Set yearNumber to MakeFullYear(yearNumber).
  year_number = MakeFullYear(year_number);
  // 9. Return TimeClip(MakeDate(MakeDay(yearNumber, monthNumber, dayNumber), MakeTime(hourNumber, minuteNumber,
  //    secondNumber, millisecondNumber))).
  return Value::Number(TimeClip(MakeDate(MakeDay(year_number, month_number, day_number),
                                         MakeTime(hour_number, minute_number, second_number, millisecond_number))));
}

// 21.4.4.2 Date.prototype.getDate ( )
// https://tc39.es/ecma262/#sec-date.prototype.getdate
ThrowCompletionOr<Value> DatePrototypeGetDate(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = TRY(RequireDateValue(agent, this_value, u"getDate"))->date_value();
  // 4. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 5. Return 𝔽(DateFromTime(LocalTime(tv))).
  return Value::Number(DateFromTime(LocalTime(tv, SystemTimeZone())));
}

// 21.4.4.3 Date.prototype.getDay ( )
// https://tc39.es/ecma262/#sec-date.prototype.getday
ThrowCompletionOr<Value> DatePrototypeGetDay(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = TRY(RequireDateValue(agent, this_value, u"getDay"))->date_value();
  // 4. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 5. Return 𝔽(WeekDay(LocalTime(tv))).
  return Value::Number(WeekDay(LocalTime(tv, SystemTimeZone())));
}

// 21.4.4.4 Date.prototype.getFullYear ( )
// https://tc39.es/ecma262/#sec-date.prototype.getfullyear
ThrowCompletionOr<Value> DatePrototypeGetFullYear(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = TRY(RequireDateValue(agent, this_value, u"getFullYear"))->date_value();
  // 4. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 5. Return 𝔽(YearFromTime(LocalTime(tv))).
  return Value::Number(YearFromTime(LocalTime(tv, SystemTimeZone())));
}

// 21.4.4.5 Date.prototype.getHours ( )
// https://tc39.es/ecma262/#sec-date.prototype.gethours
ThrowCompletionOr<Value> DatePrototypeGetHours(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = TRY(RequireDateValue(agent, this_value, u"getHours"))->date_value();
  // 4. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 5. Return 𝔽(HourFromTime(LocalTime(tv))).
  return Value::Number(HourFromTime(LocalTime(tv, SystemTimeZone())));
}

// 21.4.4.6 Date.prototype.getMilliseconds ( )
// https://tc39.es/ecma262/#sec-date.prototype.getmilliseconds
ThrowCompletionOr<Value> DatePrototypeGetMilliseconds(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = TRY(RequireDateValue(agent, this_value, u"getMilliseconds"))->date_value();
  // 4. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 5. Return 𝔽(MillisecondFromTime(LocalTime(tv))).
  return Value::Number(MillisecondFromTime(LocalTime(tv, SystemTimeZone())));
}

// 21.4.4.7 Date.prototype.getMinutes ( )
// https://tc39.es/ecma262/#sec-date.prototype.getminutes
ThrowCompletionOr<Value> DatePrototypeGetMinutes(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = TRY(RequireDateValue(agent, this_value, u"getMinutes"))->date_value();
  // 4. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 5. Return 𝔽(MinuteFromTime(LocalTime(tv))).
  return Value::Number(MinuteFromTime(LocalTime(tv, SystemTimeZone())));
}

// 21.4.4.8 Date.prototype.getMonth ( )
// https://tc39.es/ecma262/#sec-date.prototype.getmonth
ThrowCompletionOr<Value> DatePrototypeGetMonth(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = TRY(RequireDateValue(agent, this_value, u"getMonth"))->date_value();
  // 4. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 5. Return 𝔽(MonthFromTime(LocalTime(tv))).
  return Value::Number(MonthFromTime(LocalTime(tv, SystemTimeZone())));
}

// 21.4.4.9 Date.prototype.getSeconds ( )
// https://tc39.es/ecma262/#sec-date.prototype.getseconds
ThrowCompletionOr<Value> DatePrototypeGetSeconds(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = TRY(RequireDateValue(agent, this_value, u"getSeconds"))->date_value();
  // 4. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 5. Return 𝔽(SecondFromTime(LocalTime(tv))).
  return Value::Number(SecondFromTime(LocalTime(tv, SystemTimeZone())));
}

// 21.4.4.12 Date.prototype.getUTCDate ( )
// https://tc39.es/ecma262/#sec-date.prototype.getutcdate
ThrowCompletionOr<Value> DatePrototypeGetUTCDate(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = TRY(RequireDateValue(agent, this_value, u"getUTCDate"))->date_value();
  // 4. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 5. Return 𝔽(DateFromTime(tv)).
  return Value::Number(DateFromTime(tv));
}

// 21.4.4.13 Date.prototype.getUTCDay ( )
// https://tc39.es/ecma262/#sec-date.prototype.getutcday
ThrowCompletionOr<Value> DatePrototypeGetUTCDay(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = TRY(RequireDateValue(agent, this_value, u"getUTCDay"))->date_value();
  // 4. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 5. Return 𝔽(WeekDay(tv)).
  return Value::Number(WeekDay(tv));
}

// 21.4.4.14 Date.prototype.getUTCFullYear ( )
// https://tc39.es/ecma262/#sec-date.prototype.getutcfullyear
ThrowCompletionOr<Value> DatePrototypeGetUTCFullYear(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = TRY(RequireDateValue(agent, this_value, u"getUTCFullYear"))->date_value();
  // 4. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 5. Return 𝔽(YearFromTime(tv)).
  return Value::Number(YearFromTime(tv));
}

// 21.4.4.15 Date.prototype.getUTCHours ( )
// https://tc39.es/ecma262/#sec-date.prototype.getutchours
ThrowCompletionOr<Value> DatePrototypeGetUTCHours(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = TRY(RequireDateValue(agent, this_value, u"getUTCHours"))->date_value();
  // 4. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 5. Return 𝔽(HourFromTime(tv)).
  return Value::Number(HourFromTime(tv));
}

// 21.4.4.16 Date.prototype.getUTCMilliseconds ( )
// https://tc39.es/ecma262/#sec-date.prototype.getutcmilliseconds
ThrowCompletionOr<Value> DatePrototypeGetUTCMilliseconds(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = TRY(RequireDateValue(agent, this_value, u"getUTCMilliseconds"))->date_value();
  // 4. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 5. Return 𝔽(MillisecondFromTime(tv)).
  return Value::Number(MillisecondFromTime(tv));
}

// 21.4.4.17 Date.prototype.getUTCMinutes ( )
// https://tc39.es/ecma262/#sec-date.prototype.getutcminutes
ThrowCompletionOr<Value> DatePrototypeGetUTCMinutes(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = TRY(RequireDateValue(agent, this_value, u"getUTCMinutes"))->date_value();
  // 4. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 5. Return 𝔽(MinuteFromTime(tv)).
  return Value::Number(MinuteFromTime(tv));
}

// 21.4.4.18 Date.prototype.getUTCMonth ( )
// https://tc39.es/ecma262/#sec-date.prototype.getutcmonth
ThrowCompletionOr<Value> DatePrototypeGetUTCMonth(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = TRY(RequireDateValue(agent, this_value, u"getUTCMonth"))->date_value();
  // 4. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 5. Return 𝔽(MonthFromTime(tv)).
  return Value::Number(MonthFromTime(tv));
}

// 21.4.4.19 Date.prototype.getUTCSeconds ( )
// https://tc39.es/ecma262/#sec-date.prototype.getutcseconds
ThrowCompletionOr<Value> DatePrototypeGetUTCSeconds(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = TRY(RequireDateValue(agent, this_value, u"getUTCSeconds"))->date_value();
  // 4. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 5. Return 𝔽(SecondFromTime(tv)).
  return Value::Number(SecondFromTime(tv));
}

// 21.4.4.10 Date.prototype.getTime ( )
// https://tc39.es/ecma262/#sec-date.prototype.gettime
ThrowCompletionOr<Value> DatePrototypeGetTime(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Return dateObj.[[DateValue]].
  return Value::Number(TRY(RequireDateValue(agent, this_value, u"getTime"))->date_value());
}

// 21.4.4.11 Date.prototype.getTimezoneOffset ( )
// https://tc39.es/ecma262/#sec-date.prototype.gettimezoneoffset
ThrowCompletionOr<Value> DatePrototypeGetTimezoneOffset(Agent& agent, Value this_value, std::span<const Value>,
                                                        Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = TRY(RequireDateValue(agent, this_value, u"getTimezoneOffset"))->date_value();
  // 4. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 5. Return (tv - LocalTime(tv)) / 𝔽(msPerMinute).
  return Value::Number((tv - LocalTime(tv, SystemTimeZone())) / msPerMinute);
}

// 21.4.4.20 Date.prototype.setDate ( day )
// https://tc39.es/ecma262/#sec-date.prototype.setdate
ThrowCompletionOr<Value> DatePrototypeSetDate(Agent& agent, Value this_value, std::span<const Value> arguments,
                                              Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  heap::Handle<DateObject> date_obj(agent.heap(), TRY(RequireDateValue(agent, this_value, u"setDate")));
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = date_obj->date_value();
  // 4. Let dayNumber be ? ToNumber(day).
  double day_number = TRY(ToNumber(agent, Argument(arguments, 0)));
  // 5. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 6. Set tv to LocalTime(tv).
  tv = LocalTime(tv, SystemTimeZone());
  // 7. Let newDate be MakeDate(MakeDay(𝔽(YearFromTime(tv)), 𝔽(MonthFromTime(tv)), dayNumber),
  //    𝔽(TimeWithinDay(tv))).
  double new_date = MakeDate(MakeDay(YearFromTime(tv), MonthFromTime(tv), day_number), TimeWithinDay(tv));
  // 8. Let u be TimeClip(UTC(newDate)).
  double u = TimeClip(UTC(new_date, SystemTimeZone()));
  // 9. Set dateObj.[[DateValue]] to u.
  date_obj->set_date_value(u);
  // 10. Return u.
  return Value::Number(u);
}

// 21.4.4.21 Date.prototype.setFullYear ( year [ , month [ , day ] ] )
// https://tc39.es/ecma262/#sec-date.prototype.setfullyear
ThrowCompletionOr<Value> DatePrototypeSetFullYear(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                  Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  heap::Handle<DateObject> date_obj(agent.heap(), TRY(RequireDateValue(agent, this_value, u"setFullYear")));
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = date_obj->date_value();
  // 4. Let yearNumber be ? ToNumber(year).
  double year_number = TRY(ToNumber(agent, Argument(arguments, 0)));
  // 5. If tv is NaN, set tv to +0𝔽; else set tv to LocalTime(tv).
  tv = std::isnan(tv) ? 0 : LocalTime(tv, SystemTimeZone());
  bool present;
  // 6. If month is present, let monthNumber be ? ToNumber(month); else let monthNumber be 𝔽(MonthFromTime(tv)).
  double month_number = TRY(ToNumberIfPresent(agent, arguments, 1, present));
  if (!present) month_number = MonthFromTime(tv);
  // 7. If day is present, let dayNumber be ? ToNumber(day); else let dayNumber be 𝔽(DateFromTime(tv)).
  double day_number = TRY(ToNumberIfPresent(agent, arguments, 2, present));
  if (!present) day_number = DateFromTime(tv);
  // 8. Let newDate be MakeDate(MakeDay(yearNumber, monthNumber, dayNumber), 𝔽(TimeWithinDay(tv))).
  double new_date = MakeDate(MakeDay(year_number, month_number, day_number), TimeWithinDay(tv));
  // 9. Let u be TimeClip(UTC(newDate)).
  double u = TimeClip(UTC(new_date, SystemTimeZone()));
  // 10. Set dateObj.[[DateValue]] to u.
  date_obj->set_date_value(u);
  // 11. Return u.
  return Value::Number(u);
}

// 21.4.4.22 Date.prototype.setHours ( hour [ , minute [ , second [ , millisecond ] ] ] )
// https://tc39.es/ecma262/#sec-date.prototype.sethours
ThrowCompletionOr<Value> DatePrototypeSetHours(Agent& agent, Value this_value, std::span<const Value> arguments,
                                               Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  heap::Handle<DateObject> date_obj(agent.heap(), TRY(RequireDateValue(agent, this_value, u"setHours")));
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = date_obj->date_value();
  // 4. Let hourNumber be ? ToNumber(hour).
  double hour_number = TRY(ToNumber(agent, Argument(arguments, 0)));
  // 5. If minute is present, let minuteNumber be ? ToNumber(minute).
  bool minute_present;
  double minute_number = TRY(ToNumberIfPresent(agent, arguments, 1, minute_present));
  // 6. If second is present, let secondNumber be ? ToNumber(second).
  bool second_present;
  double second_number = TRY(ToNumberIfPresent(agent, arguments, 2, second_present));
  // 7. If millisecond is present, let millisecondNumber be ? ToNumber(millisecond).
  bool millisecond_present;
  double millisecond_number = TRY(ToNumberIfPresent(agent, arguments, 3, millisecond_present));
  // 8. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 9. Set tv to LocalTime(tv).
  tv = LocalTime(tv, SystemTimeZone());
  // 10. If minute is not present, let minuteNumber be 𝔽(MinuteFromTime(tv)).
  if (!minute_present) minute_number = MinuteFromTime(tv);
  // 11. If second is not present, let secondNumber be 𝔽(SecondFromTime(tv)).
  if (!second_present) second_number = SecondFromTime(tv);
  // 12. If millisecond is not present, let millisecondNumber be 𝔽(MillisecondFromTime(tv)).
  if (!millisecond_present) millisecond_number = MillisecondFromTime(tv);
  // 13. Let date be MakeDate(𝔽(Day(tv)), MakeTime(hourNumber, minuteNumber, secondNumber, millisecondNumber)).
  double date = MakeDate(Day(tv), MakeTime(hour_number, minute_number, second_number, millisecond_number));
  // 14. Let u be TimeClip(UTC(date)).
  double u = TimeClip(UTC(date, SystemTimeZone()));
  // 15. Set dateObj.[[DateValue]] to u.
  date_obj->set_date_value(u);
  // 16. Return u.
  return Value::Number(u);
}

// 21.4.4.23 Date.prototype.setMilliseconds ( millisecond )
// https://tc39.es/ecma262/#sec-date.prototype.setmilliseconds
ThrowCompletionOr<Value> DatePrototypeSetMilliseconds(Agent& agent, Value this_value,
                                                      std::span<const Value> arguments, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  heap::Handle<DateObject> date_obj(agent.heap(), TRY(RequireDateValue(agent, this_value, u"setMilliseconds")));
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = date_obj->date_value();
  // 4. Let millisecondNumber be ? ToNumber(millisecond).
  double millisecond_number = TRY(ToNumber(agent, Argument(arguments, 0)));
  // 5. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 6. Set tv to LocalTime(tv).
  tv = LocalTime(tv, SystemTimeZone());
  // 7. Let time be MakeTime(𝔽(HourFromTime(tv)), 𝔽(MinuteFromTime(tv)), 𝔽(SecondFromTime(tv)),
  //    millisecondNumber).
  double time = MakeTime(HourFromTime(tv), MinuteFromTime(tv), SecondFromTime(tv), millisecond_number);
  // 8. Let u be TimeClip(UTC(MakeDate(𝔽(Day(tv)), time))).
  double u = TimeClip(UTC(MakeDate(Day(tv), time), SystemTimeZone()));
  // 9. Set dateObj.[[DateValue]] to u.
  date_obj->set_date_value(u);
  // 10. Return u.
  return Value::Number(u);
}

// 21.4.4.24 Date.prototype.setMinutes ( minute [ , second [ , millisecond ] ] )
// https://tc39.es/ecma262/#sec-date.prototype.setminutes
ThrowCompletionOr<Value> DatePrototypeSetMinutes(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  heap::Handle<DateObject> date_obj(agent.heap(), TRY(RequireDateValue(agent, this_value, u"setMinutes")));
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = date_obj->date_value();
  // 4. Let minuteNumber be ? ToNumber(minute).
  double minute_number = TRY(ToNumber(agent, Argument(arguments, 0)));
  // 5. If second is present, let secondNumber be ? ToNumber(second).
  bool second_present;
  double second_number = TRY(ToNumberIfPresent(agent, arguments, 1, second_present));
  // 6. If millisecond is present, let millisecondNumber be ? ToNumber(millisecond).
  bool millisecond_present;
  double millisecond_number = TRY(ToNumberIfPresent(agent, arguments, 2, millisecond_present));
  // 7. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 8. Set tv to LocalTime(tv).
  tv = LocalTime(tv, SystemTimeZone());
  // 9. If second is not present, let secondNumber be 𝔽(SecondFromTime(tv)).
  if (!second_present) second_number = SecondFromTime(tv);
  // 10. If millisecond is not present, let millisecondNumber be 𝔽(MillisecondFromTime(tv)).
  if (!millisecond_present) millisecond_number = MillisecondFromTime(tv);
  // 11. Let date be MakeDate(𝔽(Day(tv)), MakeTime(𝔽(HourFromTime(tv)), minuteNumber, secondNumber,
  //     millisecondNumber)).
  double date = MakeDate(Day(tv), MakeTime(HourFromTime(tv), minute_number, second_number, millisecond_number));
  // 12. Let u be TimeClip(UTC(date)).
  double u = TimeClip(UTC(date, SystemTimeZone()));
  // 13. Set dateObj.[[DateValue]] to u.
  date_obj->set_date_value(u);
  // 14. Return u.
  return Value::Number(u);
}

// 21.4.4.25 Date.prototype.setMonth ( month [ , day ] )
// https://tc39.es/ecma262/#sec-date.prototype.setmonth
ThrowCompletionOr<Value> DatePrototypeSetMonth(Agent& agent, Value this_value, std::span<const Value> arguments,
                                               Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  heap::Handle<DateObject> date_obj(agent.heap(), TRY(RequireDateValue(agent, this_value, u"setMonth")));
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = date_obj->date_value();
  // 4. Let monthNumber be ? ToNumber(month).
  double month_number = TRY(ToNumber(agent, Argument(arguments, 0)));
  // 5. If day is present, let dayNumber be ? ToNumber(day).
  bool day_present;
  double day_number = TRY(ToNumberIfPresent(agent, arguments, 1, day_present));
  // 6. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 7. Set tv to LocalTime(tv).
  tv = LocalTime(tv, SystemTimeZone());
  // 8. If day is not present, let dayNumber be 𝔽(DateFromTime(tv)).
  if (!day_present) day_number = DateFromTime(tv);
  // 9. Let newDate be MakeDate(MakeDay(𝔽(YearFromTime(tv)), monthNumber, dayNumber), 𝔽(TimeWithinDay(tv))).
  double new_date = MakeDate(MakeDay(YearFromTime(tv), month_number, day_number), TimeWithinDay(tv));
  // 10. Let u be TimeClip(UTC(newDate)).
  double u = TimeClip(UTC(new_date, SystemTimeZone()));
  // 11. Set dateObj.[[DateValue]] to u.
  date_obj->set_date_value(u);
  // 12. Return u.
  return Value::Number(u);
}

// 21.4.4.26 Date.prototype.setSeconds ( second [ , millisecond ] )
// https://tc39.es/ecma262/#sec-date.prototype.setseconds
ThrowCompletionOr<Value> DatePrototypeSetSeconds(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  heap::Handle<DateObject> date_obj(agent.heap(), TRY(RequireDateValue(agent, this_value, u"setSeconds")));
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = date_obj->date_value();
  // 4. Let secondNumber be ? ToNumber(second).
  double second_number = TRY(ToNumber(agent, Argument(arguments, 0)));
  // 5. If millisecond is present, let millisecondNumber be ? ToNumber(millisecond).
  bool millisecond_present;
  double millisecond_number = TRY(ToNumberIfPresent(agent, arguments, 1, millisecond_present));
  // 6. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 7. Set tv to LocalTime(tv).
  tv = LocalTime(tv, SystemTimeZone());
  // 8. If millisecond is not present, let millisecondNumber be 𝔽(MillisecondFromTime(tv)).
  if (!millisecond_present) millisecond_number = MillisecondFromTime(tv);
  // 9. Let date be MakeDate(𝔽(Day(tv)), MakeTime(𝔽(HourFromTime(tv)), 𝔽(MinuteFromTime(tv)), secondNumber,
  //    millisecondNumber)).
  double date =
      MakeDate(Day(tv), MakeTime(HourFromTime(tv), MinuteFromTime(tv), second_number, millisecond_number));
  // 10. Let u be TimeClip(UTC(date)).
  double u = TimeClip(UTC(date, SystemTimeZone()));
  // 11. Set dateObj.[[DateValue]] to u.
  date_obj->set_date_value(u);
  // 12. Return u.
  return Value::Number(u);
}

// 21.4.4.27 Date.prototype.setTime ( time )
// https://tc39.es/ecma262/#sec-date.prototype.settime
ThrowCompletionOr<Value> DatePrototypeSetTime(Agent& agent, Value this_value, std::span<const Value> arguments,
                                              Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  heap::Handle<DateObject> date_obj(agent.heap(), TRY(RequireDateValue(agent, this_value, u"setTime")));
  // 3. Let t be ? ToNumber(time).
  double t = TRY(ToNumber(agent, Argument(arguments, 0)));
  // 4. Let v be TimeClip(t).
  double v = TimeClip(t);
  // 5. Set dateObj.[[DateValue]] to v.
  date_obj->set_date_value(v);
  // 6. Return v.
  return Value::Number(v);
}

// 21.4.4.28 Date.prototype.setUTCDate ( day )
// https://tc39.es/ecma262/#sec-date.prototype.setutcdate
ThrowCompletionOr<Value> DatePrototypeSetUTCDate(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  heap::Handle<DateObject> date_obj(agent.heap(), TRY(RequireDateValue(agent, this_value, u"setUTCDate")));
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = date_obj->date_value();
  // 4. Let dayNumber be ? ToNumber(day).
  double day_number = TRY(ToNumber(agent, Argument(arguments, 0)));
  // 5. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 6. Let newDate be MakeDate(MakeDay(𝔽(YearFromTime(tv)), 𝔽(MonthFromTime(tv)), dayNumber),
  //    𝔽(TimeWithinDay(tv))).
  double new_date = MakeDate(MakeDay(YearFromTime(tv), MonthFromTime(tv), day_number), TimeWithinDay(tv));
  // 7. Let v be TimeClip(newDate).
  double v = TimeClip(new_date);
  // 8. Set dateObj.[[DateValue]] to v.
  date_obj->set_date_value(v);
  // 9. Return v.
  return Value::Number(v);
}

// 21.4.4.29 Date.prototype.setUTCFullYear ( year [ , month [ , day ] ] )
// https://tc39.es/ecma262/#sec-date.prototype.setutcfullyear
ThrowCompletionOr<Value> DatePrototypeSetUTCFullYear(Agent& agent, Value this_value,
                                                     std::span<const Value> arguments, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  heap::Handle<DateObject> date_obj(agent.heap(), TRY(RequireDateValue(agent, this_value, u"setUTCFullYear")));
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = date_obj->date_value();
  // 4. If tv is NaN, set tv to +0𝔽.
  if (std::isnan(tv)) tv = 0;
  // 5. Let yearNumber be ? ToNumber(year).
  double year_number = TRY(ToNumber(agent, Argument(arguments, 0)));
  bool present;
  // 6. If month is present, let monthNumber be ? ToNumber(month); else let monthNumber be 𝔽(MonthFromTime(tv)).
  double month_number = TRY(ToNumberIfPresent(agent, arguments, 1, present));
  if (!present) month_number = MonthFromTime(tv);
  // 7. If day is present, let dayNumber be ? ToNumber(day); else let dayNumber be 𝔽(DateFromTime(tv)).
  double day_number = TRY(ToNumberIfPresent(agent, arguments, 2, present));
  if (!present) day_number = DateFromTime(tv);
  // 8. Let newDate be MakeDate(MakeDay(yearNumber, monthNumber, dayNumber), 𝔽(TimeWithinDay(tv))).
  double new_date = MakeDate(MakeDay(year_number, month_number, day_number), TimeWithinDay(tv));
  // 9. Let v be TimeClip(newDate).
  double v = TimeClip(new_date);
  // 10. Set dateObj.[[DateValue]] to v.
  date_obj->set_date_value(v);
  // 11. Return v.
  return Value::Number(v);
}

// 21.4.4.30 Date.prototype.setUTCHours ( hour [ , minute [ , second [ , millisecond ] ] ] )
// https://tc39.es/ecma262/#sec-date.prototype.setutchours
ThrowCompletionOr<Value> DatePrototypeSetUTCHours(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                  Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  heap::Handle<DateObject> date_obj(agent.heap(), TRY(RequireDateValue(agent, this_value, u"setUTCHours")));
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = date_obj->date_value();
  // 4. Let hourNumber be ? ToNumber(hour).
  double hour_number = TRY(ToNumber(agent, Argument(arguments, 0)));
  // 5. If minute is present, let minuteNumber be ? ToNumber(minute).
  bool minute_present;
  double minute_number = TRY(ToNumberIfPresent(agent, arguments, 1, minute_present));
  // 6. If second is present, let secondNumber be ? ToNumber(second).
  bool second_present;
  double second_number = TRY(ToNumberIfPresent(agent, arguments, 2, second_present));
  // 7. If millisecond is present, let millisecondNumber be ? ToNumber(millisecond).
  bool millisecond_present;
  double millisecond_number = TRY(ToNumberIfPresent(agent, arguments, 3, millisecond_present));
  // 8. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 9. If minute is not present, let minuteNumber be 𝔽(MinuteFromTime(tv)).
  if (!minute_present) minute_number = MinuteFromTime(tv);
  // 10. If second is not present, let secondNumber be 𝔽(SecondFromTime(tv)).
  if (!second_present) second_number = SecondFromTime(tv);
  // 11. If millisecond is not present, let millisecondNumber be 𝔽(MillisecondFromTime(tv)).
  if (!millisecond_present) millisecond_number = MillisecondFromTime(tv);
  // 12. Let date be MakeDate(𝔽(Day(tv)), MakeTime(hourNumber, minuteNumber, secondNumber, millisecondNumber)).
  double date = MakeDate(Day(tv), MakeTime(hour_number, minute_number, second_number, millisecond_number));
  // 13. Let v be TimeClip(date).
  double v = TimeClip(date);
  // 14. Set dateObj.[[DateValue]] to v.
  date_obj->set_date_value(v);
  // 15. Return v.
  return Value::Number(v);
}

// 21.4.4.31 Date.prototype.setUTCMilliseconds ( millisecond )
// https://tc39.es/ecma262/#sec-date.prototype.setutcmilliseconds
ThrowCompletionOr<Value> DatePrototypeSetUTCMilliseconds(Agent& agent, Value this_value,
                                                         std::span<const Value> arguments, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  heap::Handle<DateObject> date_obj(agent.heap(), TRY(RequireDateValue(agent, this_value, u"setUTCMilliseconds")));
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = date_obj->date_value();
  // 4. Let millisecondNumber be ? ToNumber(millisecond).
  double millisecond_number = TRY(ToNumber(agent, Argument(arguments, 0)));
  // 5. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 6. Let time be MakeTime(𝔽(HourFromTime(tv)), 𝔽(MinuteFromTime(tv)), 𝔽(SecondFromTime(tv)),
  //    millisecondNumber).
  double time = MakeTime(HourFromTime(tv), MinuteFromTime(tv), SecondFromTime(tv), millisecond_number);
  // 7. Let v be TimeClip(MakeDate(𝔽(Day(tv)), time)).
  double v = TimeClip(MakeDate(Day(tv), time));
  // 8. Set dateObj.[[DateValue]] to v.
  date_obj->set_date_value(v);
  // 9. Return v.
  return Value::Number(v);
}

// 21.4.4.32 Date.prototype.setUTCMinutes ( minute [ , second [ , millisecond ] ] )
// https://tc39.es/ecma262/#sec-date.prototype.setutcminutes
ThrowCompletionOr<Value> DatePrototypeSetUTCMinutes(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                    Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  heap::Handle<DateObject> date_obj(agent.heap(), TRY(RequireDateValue(agent, this_value, u"setUTCMinutes")));
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = date_obj->date_value();
  // 4. Let minuteNumber be ? ToNumber(minute).
  double minute_number = TRY(ToNumber(agent, Argument(arguments, 0)));
  // 5. If second is present, let secondNumber be ? ToNumber(second).
  bool second_present;
  double second_number = TRY(ToNumberIfPresent(agent, arguments, 1, second_present));
  // 6. If millisecond is present, let millisecondNumber be ? ToNumber(millisecond).
  bool millisecond_present;
  double millisecond_number = TRY(ToNumberIfPresent(agent, arguments, 2, millisecond_present));
  // 7. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 8. If second is not present, let secondNumber be 𝔽(SecondFromTime(tv)).
  if (!second_present) second_number = SecondFromTime(tv);
  // 9. If millisecond is not present, let millisecondNumber be 𝔽(MillisecondFromTime(tv)).
  if (!millisecond_present) millisecond_number = MillisecondFromTime(tv);
  // 10. Let date be MakeDate(𝔽(Day(tv)), MakeTime(𝔽(HourFromTime(tv)), minuteNumber, secondNumber,
  //     millisecondNumber)).
  double date = MakeDate(Day(tv), MakeTime(HourFromTime(tv), minute_number, second_number, millisecond_number));
  // 11. Let v be TimeClip(date).
  double v = TimeClip(date);
  // 12. Set dateObj.[[DateValue]] to v.
  date_obj->set_date_value(v);
  // 13. Return v.
  return Value::Number(v);
}

// 21.4.4.33 Date.prototype.setUTCMonth ( month [ , day ] )
// https://tc39.es/ecma262/#sec-date.prototype.setutcmonth
ThrowCompletionOr<Value> DatePrototypeSetUTCMonth(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                  Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  heap::Handle<DateObject> date_obj(agent.heap(), TRY(RequireDateValue(agent, this_value, u"setUTCMonth")));
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = date_obj->date_value();
  // 4. Let monthNumber be ? ToNumber(month).
  double month_number = TRY(ToNumber(agent, Argument(arguments, 0)));
  // 5. If day is present, let dayNumber be ? ToNumber(day).
  bool day_present;
  double day_number = TRY(ToNumberIfPresent(agent, arguments, 1, day_present));
  // 6. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 7. If day is not present, let dayNumber be 𝔽(DateFromTime(tv)).
  if (!day_present) day_number = DateFromTime(tv);
  // 8. Let newDate be MakeDate(MakeDay(𝔽(YearFromTime(tv)), monthNumber, dayNumber), 𝔽(TimeWithinDay(tv))).
  double new_date = MakeDate(MakeDay(YearFromTime(tv), month_number, day_number), TimeWithinDay(tv));
  // 9. Let v be TimeClip(newDate).
  double v = TimeClip(new_date);
  // 10. Set dateObj.[[DateValue]] to v.
  date_obj->set_date_value(v);
  // 11. Return v.
  return Value::Number(v);
}

// 21.4.4.34 Date.prototype.setUTCSeconds ( second [ , millisecond ] )
// https://tc39.es/ecma262/#sec-date.prototype.setutcseconds
ThrowCompletionOr<Value> DatePrototypeSetUTCSeconds(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                    Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  heap::Handle<DateObject> date_obj(agent.heap(), TRY(RequireDateValue(agent, this_value, u"setUTCSeconds")));
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = date_obj->date_value();
  // 4. Let secondNumber be ? ToNumber(second).
  double second_number = TRY(ToNumber(agent, Argument(arguments, 0)));
  // 5. If millisecond is present, let millisecondNumber be ? ToNumber(millisecond).
  bool millisecond_present;
  double millisecond_number = TRY(ToNumberIfPresent(agent, arguments, 1, millisecond_present));
  // 6. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 7. If millisecond is not present, let millisecondNumber be 𝔽(MillisecondFromTime(tv)).
  if (!millisecond_present) millisecond_number = MillisecondFromTime(tv);
  // 8. Let date be MakeDate(𝔽(Day(tv)), MakeTime(𝔽(HourFromTime(tv)), 𝔽(MinuteFromTime(tv)), secondNumber,
  //    millisecondNumber)).
  double date =
      MakeDate(Day(tv), MakeTime(HourFromTime(tv), MinuteFromTime(tv), second_number, millisecond_number));
  // 9. Let v be TimeClip(date).
  double v = TimeClip(date);
  // 10. Set dateObj.[[DateValue]] to v.
  date_obj->set_date_value(v);
  // 11. Return v.
  return Value::Number(v);
}

// 21.4.4.35 Date.prototype.toDateString ( )
// https://tc39.es/ecma262/#sec-date.prototype.todatestring
ThrowCompletionOr<Value> DatePrototypeToDateString(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = TRY(RequireDateValue(agent, this_value, u"toDateString"))->date_value();
  // 4. If tv is NaN, return "Invalid Date".
  if (std::isnan(tv)) return agent.InternedString(u"Invalid Date");
  // 5. Let t be LocalTime(tv).
  double t = LocalTime(tv, SystemTimeZone());
  // 6. Return DateString(t).
  return StringValue(agent, DateString(t));
}

// 21.4.4.36 Date.prototype.toISOString ( )
// https://tc39.es/ecma262/#sec-date.prototype.toisostring
ThrowCompletionOr<Value> DatePrototypeToISOString(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = TRY(RequireDateValue(agent, this_value, u"toISOString"))->date_value();
  // 4. If tv is NaN, throw a RangeError exception.
  // 5. Assert: tv is an integral Number.
  // 6. If tv corresponds with a year that cannot be represented in the Date Time String Format, throw a RangeError
  //    exception. (Every time value's year fits the expanded-year form ±YYYYYY.)
  // 7. Return a String representation of tv in the Date Time String Format on the UTC time scale, including all
  //    format elements and the UTC offset representation "Z".
  std::optional<std::u16string> iso_string = ToISOString(tv);
  if (!iso_string) return interpreter::ThrowRangeError(agent, u"Invalid time value");
  return StringValue(agent, std::move(*iso_string));
}

// 21.4.4.37 Date.prototype.toJSON ( key )
// https://tc39.es/ecma262/#sec-date.prototype.tojson
ThrowCompletionOr<Value> DatePrototypeToJSON(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let O be ? ToObject(this value).
  heap::Handle<Object> o(agent.heap(), TRY(interpreter::vm::ToObject(agent, this_value)));
  // 2. Let tv be ? ToPrimitive(O, number).
  Value tv = TRY(interpreter::vm::ToPrimitive(agent, Value::FromObject(o), interpreter::vm::PreferredType::kNumber));
  // 3. If tv is a Number and tv is not finite, return null.
  if (tv.IsNumber() && !std::isfinite(tv.AsNumber())) return Value::Null();
  // 4. Return ? Invoke(O, "toISOString").
  return interpreter::vm::Invoke(agent, Value::FromObject(o), agent.Key(u"toISOString"));
}

// 21.4.4.38 Date.prototype.toLocaleDateString ( [ reserved1 [ , reserved2 ] ] )
// https://tc39.es/ecma262/#sec-date.prototype.tolocaledatestring
// Without ECMA-402 the contents are implementation-defined: this engine's locale is the toDateString form.
ThrowCompletionOr<Value> DatePrototypeToLocaleDateString(Agent& agent, Value this_value, std::span<const Value>,
                                                         Object*) {
  double tv = TRY(RequireDateValue(agent, this_value, u"toLocaleDateString"))->date_value();
  if (std::isnan(tv)) return agent.InternedString(u"Invalid Date");
  return StringValue(agent, DateString(LocalTime(tv, SystemTimeZone())));
}

// 21.4.4.39 Date.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
// https://tc39.es/ecma262/#sec-date.prototype.tolocalestring
// Without ECMA-402 the contents are implementation-defined: this engine's locale is the toString form.
ThrowCompletionOr<Value> DatePrototypeToLocaleString(Agent& agent, Value this_value, std::span<const Value>,
                                                     Object*) {
  double tv = TRY(RequireDateValue(agent, this_value, u"toLocaleString"))->date_value();
  return StringValue(agent, ToDateString(tv, SystemTimeZone()));
}

// 21.4.4.40 Date.prototype.toLocaleTimeString ( [ reserved1 [ , reserved2 ] ] )
// https://tc39.es/ecma262/#sec-date.prototype.tolocaletimestring
// Without ECMA-402 the contents are implementation-defined: this engine's locale is the toTimeString form.
ThrowCompletionOr<Value> DatePrototypeToLocaleTimeString(Agent& agent, Value this_value, std::span<const Value>,
                                                         Object*) {
  double tv = TRY(RequireDateValue(agent, this_value, u"toLocaleTimeString"))->date_value();
  if (std::isnan(tv)) return agent.InternedString(u"Invalid Date");
  return StringValue(agent, TimeString(LocalTime(tv, SystemTimeZone())) + TimeZoneString(tv, SystemTimeZone()));
}

// 21.4.4.41 Date.prototype.toString ( )
// https://tc39.es/ecma262/#sec-date.prototype.tostring
ThrowCompletionOr<Value> DatePrototypeToString(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = TRY(RequireDateValue(agent, this_value, u"toString"))->date_value();
  // 4. Return ToDateString(tv).
  return StringValue(agent, ToDateString(tv, SystemTimeZone()));
}

// 21.4.4.42 Date.prototype.toTimeString ( )
// https://tc39.es/ecma262/#sec-date.prototype.totimestring
ThrowCompletionOr<Value> DatePrototypeToTimeString(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = TRY(RequireDateValue(agent, this_value, u"toTimeString"))->date_value();
  // 4. If tv is NaN, return "Invalid Date".
  if (std::isnan(tv)) return agent.InternedString(u"Invalid Date");
  // 5. Let localTime be LocalTime(tv).
  double local_time = LocalTime(tv, SystemTimeZone());
  // 6. Return the string-concatenation of TimeString(localTime) and TimeZoneString(tv).
  return StringValue(agent, TimeString(local_time) + TimeZoneString(tv, SystemTimeZone()));
}

// 21.4.4.43 Date.prototype.toUTCString ( )
// https://tc39.es/ecma262/#sec-date.prototype.toutcstring
ThrowCompletionOr<Value> DatePrototypeToUTCString(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = TRY(RequireDateValue(agent, this_value, u"toUTCString"))->date_value();
  // 4-11. "Invalid Date" for NaN, else weekday, ",", day, month, year and TimeString(tv).
  return StringValue(agent, ToUTCString(tv));
}

// 21.4.4.44 Date.prototype.valueOf ( )
// https://tc39.es/ecma262/#sec-date.prototype.valueof
ThrowCompletionOr<Value> DatePrototypeValueOf(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Return dateObj.[[DateValue]].
  return Value::Number(TRY(RequireDateValue(agent, this_value, u"valueOf"))->date_value());
}

// 21.4.4.45 Date.prototype [ %Symbol.toPrimitive% ] ( hint )
// https://tc39.es/ecma262/#sec-date.prototype-%symbol.toprimitive%
ThrowCompletionOr<Value> DatePrototypeToPrimitive(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                  Object*) {
  Value hint = Argument(arguments, 0);
  // 1. Let O be the this value.
  // 2. If O is not an Object, throw a TypeError exception.
  if (!this_value.IsObject()) {
    return interpreter::ThrowTypeError(agent, u"Date.prototype[Symbol.toPrimitive] called on a non-object");
  }
  std::u16string_view hint_text = hint.IsString() ? hint.AsString()->code_units() : std::u16string_view();
  interpreter::vm::PreferredType try_first;
  if (hint.IsString() && (hint_text == u"string" || hint_text == u"default")) {
    // 3. If hint is either "string" or "default", then
    //    a. Let tryFirst be string.
    try_first = interpreter::vm::PreferredType::kString;
  } else if (hint.IsString() && hint_text == u"number") {
    // 4. Else if hint is "number", then
    //    a. Let tryFirst be number.
    try_first = interpreter::vm::PreferredType::kNumber;
  } else {
    // 5. Else,
    //    a. Throw a TypeError exception.
    return interpreter::ThrowTypeError(agent, u"Date.prototype[Symbol.toPrimitive]: invalid hint");
  }
  // 6. Return ? OrdinaryToPrimitive(O, tryFirst).
  return interpreter::vm::OrdinaryToPrimitive(agent, this_value.AsObject(), try_first);
}

// B.2.3.1 Date.prototype.getYear ( )
// https://tc39.es/ecma262/#sec-date.prototype.getyear
ThrowCompletionOr<Value> DatePrototypeGetYear(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  // 3. Let tv be dateObj.[[DateValue]].
  double tv = TRY(RequireDateValue(agent, this_value, u"getYear"))->date_value();
  // 4. If tv is NaN, return NaN.
  if (std::isnan(tv)) return Value::NaN();
  // 5. Return 𝔽(YearFromTime(LocalTime(tv))) - 1900𝔽.
  return Value::Number(YearFromTime(LocalTime(tv, SystemTimeZone())) - 1900);
}

// B.2.3.2 Date.prototype.setYear ( year )
// https://tc39.es/ecma262/#sec-date.prototype.setyear
ThrowCompletionOr<Value> DatePrototypeSetYear(Agent& agent, Value this_value, std::span<const Value> arguments,
                                              Object*) {
  // 1. Let dateObj be the this value.
  // 2. Perform ? RequireInternalSlot(dateObj, [[DateValue]]).
  heap::Handle<DateObject> date_obj(agent.heap(), TRY(RequireDateValue(agent, this_value, u"setYear")));
  // 3. Let time be dateObj.[[DateValue]].
  double time = date_obj->date_value();
  // 4. If time is NaN, set time to +0𝔽; else set time to LocalTime(time).
  time = std::isnan(time) ? 0 : LocalTime(time, SystemTimeZone());
  // 5. Let fullYear be MakeFullYear(? ToNumber(year)).
  double full_year = MakeFullYear(TRY(ToNumber(agent, Argument(arguments, 0))));
  // 6. Let day be MakeDay(fullYear, 𝔽(MonthFromTime(time)), 𝔽(DateFromTime(time))).
  double day = MakeDay(full_year, MonthFromTime(time), DateFromTime(time));
  // 7. Let date be MakeDate(day, 𝔽(TimeWithinDay(time))).
  double date = MakeDate(day, TimeWithinDay(time));
  // 8. Let utcTimestamp be TimeClip(UTC(date)).
  double utc_timestamp = TimeClip(UTC(date, SystemTimeZone()));
  // 9. Set dateObj.[[DateValue]] to utcTimestamp.
  date_obj->set_date_value(utc_timestamp);
  // 10. Return utcTimestamp.
  return Value::Number(utc_timestamp);
}

}  // namespace

void CreateDateIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 21.4.4: %Date.prototype% is an ordinary object (not a Date instance, no [[DateValue]]) whose [[Prototype]] is
  // %Object.prototype%.
  heap::Handle<Object> prototype(agent.heap(), interpreter::OrdinaryObjectCreate<Object>(
                                                   agent, realm->intrinsic(Intrinsic::kObjectPrototype)));
  realm->set_intrinsic(Intrinsic::kDatePrototype, prototype);
  // 21.4.3: %Date% has a "length" property whose value is 7𝔽; 21.4.3.3 Date.prototype is { [[Writable]]: false,
  // [[Enumerable]]: false, [[Configurable]]: false } and 21.4.4.1 Date.prototype.constructor is %Date%.
  heap::Handle<Object> date(agent.heap(), CreateBuiltinConstructor(agent, realm, Intrinsic::kDate, u"Date", 7,
                                                                   DateConstructor, prototype));
  DefineBuiltinMethod(agent, realm, date, u"now", 0, DateNow);
  DefineBuiltinMethod(agent, realm, date, u"parse", 1, DateParse);
  DefineBuiltinMethod(agent, realm, date, u"UTC", 7, DateUTC);

  using Behaviour = ThrowCompletionOr<Value> (*)(Agent&, Value, std::span<const Value>, Object*);
  struct Method {
    const char16_t* name;
    double length;
    Behaviour behaviour;
  };
  // 21.4.4.2-21.4.4.44, in the spec's order; toUTCString is defined below (it is also toGMTString).
  static constexpr Method kMethods[] = {
      {u"getDate", 0, DatePrototypeGetDate},
      {u"getDay", 0, DatePrototypeGetDay},
      {u"getFullYear", 0, DatePrototypeGetFullYear},
      {u"getHours", 0, DatePrototypeGetHours},
      {u"getMilliseconds", 0, DatePrototypeGetMilliseconds},
      {u"getMinutes", 0, DatePrototypeGetMinutes},
      {u"getMonth", 0, DatePrototypeGetMonth},
      {u"getSeconds", 0, DatePrototypeGetSeconds},
      {u"getTime", 0, DatePrototypeGetTime},
      {u"getTimezoneOffset", 0, DatePrototypeGetTimezoneOffset},
      {u"getUTCDate", 0, DatePrototypeGetUTCDate},
      {u"getUTCDay", 0, DatePrototypeGetUTCDay},
      {u"getUTCFullYear", 0, DatePrototypeGetUTCFullYear},
      {u"getUTCHours", 0, DatePrototypeGetUTCHours},
      {u"getUTCMilliseconds", 0, DatePrototypeGetUTCMilliseconds},
      {u"getUTCMinutes", 0, DatePrototypeGetUTCMinutes},
      {u"getUTCMonth", 0, DatePrototypeGetUTCMonth},
      {u"getUTCSeconds", 0, DatePrototypeGetUTCSeconds},
      {u"setDate", 1, DatePrototypeSetDate},
      {u"setFullYear", 3, DatePrototypeSetFullYear},
      {u"setHours", 4, DatePrototypeSetHours},
      {u"setMilliseconds", 1, DatePrototypeSetMilliseconds},
      {u"setMinutes", 3, DatePrototypeSetMinutes},
      {u"setMonth", 2, DatePrototypeSetMonth},
      {u"setSeconds", 2, DatePrototypeSetSeconds},
      {u"setTime", 1, DatePrototypeSetTime},
      {u"setUTCDate", 1, DatePrototypeSetUTCDate},
      {u"setUTCFullYear", 3, DatePrototypeSetUTCFullYear},
      {u"setUTCHours", 4, DatePrototypeSetUTCHours},
      {u"setUTCMilliseconds", 1, DatePrototypeSetUTCMilliseconds},
      {u"setUTCMinutes", 3, DatePrototypeSetUTCMinutes},
      {u"setUTCMonth", 2, DatePrototypeSetUTCMonth},
      {u"setUTCSeconds", 2, DatePrototypeSetUTCSeconds},
      {u"toDateString", 0, DatePrototypeToDateString},
      {u"toISOString", 0, DatePrototypeToISOString},
      {u"toJSON", 1, DatePrototypeToJSON},
      {u"toLocaleDateString", 0, DatePrototypeToLocaleDateString},
      {u"toLocaleString", 0, DatePrototypeToLocaleString},
      {u"toLocaleTimeString", 0, DatePrototypeToLocaleTimeString},
      {u"toString", 0, DatePrototypeToString},
      {u"toTimeString", 0, DatePrototypeToTimeString},
      {u"valueOf", 0, DatePrototypeValueOf},
      // B.2.3.1-B.2.3.2
      {u"getYear", 0, DatePrototypeGetYear},
      {u"setYear", 1, DatePrototypeSetYear},
  };
  for (const Method& method : kMethods) {
    DefineBuiltinMethod(agent, realm, prototype, method.name, method.length, method.behaviour);
  }
  // 21.4.4.43 toUTCString, and B.2.3.3: "The initial value of the "toGMTString" property is
  // %Date.prototype.toUTCString%" (the same function object, named "toUTCString").
  heap::Handle<NativeFunction> to_utc_string(
      agent.heap(), DefineBuiltinMethod(agent, realm, prototype, u"toUTCString", 0, DatePrototypeToUTCString));
  DefineBuiltinData(agent, prototype, u"toGMTString", Value::FromObject(to_utc_string));
  // 21.4.4.45: "The value of the "name" property of this method is "[Symbol.toPrimitive]"." and it has the
  // attributes { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: true }.
  PropertyKey to_primitive = PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToPrimitive));
  heap::Handle<NativeFunction> to_primitive_function(
      agent.heap(), CreateBuiltinFunction(agent, DatePrototypeToPrimitive, 1, to_primitive, realm));
  DefineBuiltinData(agent, prototype, to_primitive, Value::FromObject(to_primitive_function), false, false, true);
}

}  // namespace async_runtime::builtins
