// 21.4 Date Objects: Date instances ([[DateValue]]), %Date% and
// %Date.prototype% (with the B.2.3 additions getYear, setYear, toGMTString).
// The date arithmetic, parsing and formatting are the tested operations of
// runtime/builtins/algorithms/date_time.h, over the host's time zone.
#pragma once

#include "runtime/builtins/algorithms/date_time.h"
#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// 21.4.5 Properties of Date Instances: an ordinary object with a
// [[DateValue]] internal slot holding a time value (a double, NaN for an
// invalid date). Its [[Prototype]] is %Date.prototype% unless a subclass or
// NewTarget chose another.
class DateObject : public Object {
 public:
  DateObject(interpreter::Shape* shape, double date_value) : Object(shape), date_value_(date_value) {}
  const char* CellName() const override { return "DateObject"; }

  // [[DateValue]]
  double date_value() const { return date_value_; }
  void set_date_value(double date_value) { date_value_ = date_value; }

 private:
  double date_value_;
};

// The system time zone of 21.4.1.24 SystemTimeZoneIdentifier: the host's
// default zone (TZ), read once for the process.
const TimeZone& SystemTimeZone();

// Creates %Date.prototype% (an ordinary object, not a Date) and %Date%, and
// stores them in the realm.
void CreateDateIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
