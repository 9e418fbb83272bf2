// 21.4 Date objects, through the VM and called directly from C++ (run also with
// --test_env=ASYNC_RUNTIME_GC_STRESS=1). The local time zone is fixed to
// America/New_York so that local-time results are deterministic.
#include <cstdlib>

#include "runtime/builtins/primitives_test_support.h"

namespace async_runtime::builtins {
namespace {

// Before main and so before ICU first reads the default zone.
const bool kTimeZoneSet = (setenv("TZ", "America/New_York", 1), true);

TEST_F(PrimitivesTest, DateConstructorProperties) {
  ASSERT_TRUE(kTimeZoneSet);
  EXPECT_EQ(Eval("typeof Date + ' ' + Date.length + ' ' + Date.name"), "function 7 Date");
  EXPECT_EQ(Eval("var d = Object.getOwnPropertyDescriptor(Date, 'prototype');"
                 "d.writable + ' ' + d.enumerable + ' ' + d.configurable"),
            "false false false");
  EXPECT_EQ(Eval("Date.prototype.constructor === Date"), "true");
  EXPECT_EQ(Eval("Object.getPrototypeOf(Date.prototype) === Object.prototype"), "true");
  EXPECT_EQ(Eval("Date.now.length + ' ' + Date.parse.length + ' ' + Date.UTC.length"), "0 1 7");
  EXPECT_EQ(Eval("typeof Date.now() + ' ' + (Date.now() > 1.5e12)"), "number true");
}

TEST_F(PrimitivesTest, DateConstructorForms) {
  EXPECT_EQ(Eval("typeof Date() + ' ' + typeof Date(0, 1, 2)"), "string string");
  EXPECT_EQ(Eval("var d = new Date(); typeof d + ' ' + (Math.abs(d.getTime() - Date.now()) < 10000)"),
            "object true");
  EXPECT_EQ(Eval("new Date(5).getTime() + ' ' + new Date(new Date(7)).getTime()"), "5 7");
  EXPECT_EQ(Eval("new Date('1970-01-01').getTime()"), "0");
  EXPECT_EQ(Eval("new Date('1970-01-01T00:00').getTime()"), "18000000");  // local time: UTC-5
  EXPECT_EQ(Eval("new Date(8.64e15 + 1).getTime()"), "NaN");
  EXPECT_EQ(Eval("new Date(1.9).getTime() + ' ' + new Date(-1.9).getTime()"), "1 -1");
  EXPECT_EQ(Eval("new Date({ valueOf() { return 10; }, toString() { return 'x'; } }).getTime()"), "10");
  EXPECT_EQ(Eval("new Date(2020, 0, 15, 10, 30).getTime() === Date.UTC(2020, 0, 15, 15, 30)"), "true");
  EXPECT_EQ(Eval("new Date(2020, 6).getTime() === Date.UTC(2020, 6, 1, 4)"), "true");  // daylight time
  EXPECT_EQ(Eval("new Date(99, 0).getFullYear() + ' ' + new Date(100, 0).getFullYear()"), "1999 100");
  EXPECT_EQ(Eval("new Date(2020, NaN).getTime()"), "NaN");
  EXPECT_EQ(Eval("var log = ''; new Date({ valueOf() { log += 'y'; return 2000; } },"
                 "{ valueOf() { log += 'm'; return 0; } }); log"),
            "ym");
  EXPECT_EQ(Eval("try { new Date(Symbol()); } catch (e) { e.name }"), "TypeError");
  EXPECT_EQ(Eval("class MyDate extends Date {} var m = new MyDate(3);"
                 "(m instanceof MyDate) + ' ' + m.getTime() + ' ' + Object.prototype.toString.call(m)"),
            "true 3 [object Date]");
}

TEST_F(PrimitivesTest, DateUTCAndParse) {
  EXPECT_EQ(Eval("Date.UTC(1970)"), "0");
  EXPECT_EQ(Eval("Date.UTC(2000, 1, 29, 12, 30, 15, 250)"), "951827415250");
  EXPECT_EQ(Eval("Date.UTC(99) === Date.UTC(1999)"), "true");
  EXPECT_EQ(Eval("Date.UTC()"), "NaN");
  EXPECT_EQ(Eval("Date.parse('2000-01-01T00:00:00.000Z')"), "946684800000");
  EXPECT_EQ(Eval("Date.parse('not a date')"), "NaN");
  EXPECT_EQ(Eval("var d = new Date(2021, 4, 6, 7, 8, 9);"
                 "(Date.parse(d.toString()) === d.getTime()) + ' ' + (Date.parse(d.toUTCString()) === d.getTime())"
                 "+ ' ' + (Date.parse(d.toISOString()) === d.getTime())"),
            "true true true");
}

TEST_F(PrimitivesTest, DateGetters) {
  // 2000-02-29T12:30:15.250Z is 07:30:15.250 in New York (EST).
  EXPECT_EQ(Eval("var d = new Date(951827415250);"
                 "[d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(),"
                 " d.getSeconds(), d.getMilliseconds(), d.getTimezoneOffset()].join(' ')"),
            "2000 1 29 2 7 30 15 250 300");
  EXPECT_EQ(Eval("var d = new Date(951827415250);"
                 "[d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(),"
                 " d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds(), d.getTime(), d.getYear()].join(' ')"),
            "2000 1 29 2 12 30 15 250 951827415250 100");
  EXPECT_EQ(Eval("new Date(2020, 6, 1).getTimezoneOffset()"), "240");
  EXPECT_EQ(Eval("var d = new Date(NaN); [d.getDate(), d.getUTCHours(), d.getTime(), d.getTimezoneOffset(),"
                 " d.getYear()].join(' ')"),
            "NaN NaN NaN NaN NaN");
  EXPECT_EQ(Eval("try { Date.prototype.getTime.call({}); } catch (e) { e.name + ': ' + e.message }"),
            "TypeError: Date.prototype.getTime called on a value that is not a Date");
  EXPECT_EQ(Eval("try { Date.prototype.getDate(); } catch (e) { e.name }"), "TypeError");
}

TEST_F(PrimitivesTest, DateSetters) {
  EXPECT_EQ(Eval("var d = new Date(2020, 0, 31); d.setMonth(1); d.getMonth() + ' ' + d.getDate()"), "2 2");
  EXPECT_EQ(Eval("var d = new Date(2020, 0, 1); d.setDate(0) === new Date(2019, 11, 31).getTime()"), "true");
  EXPECT_EQ(Eval("var d = new Date(2020, 0, 1); d.setHours(25, 1, 2, 3);"
                 "[d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()].join(' ')"),
            "2 1 1 2 3");
  EXPECT_EQ(Eval("var d = new Date(2020, 0, 1, 10, 20, 30, 40); d.setMinutes(5);"
                 "[d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()].join(' ')"),
            "10 5 30 40");
  EXPECT_EQ(Eval("var d = new Date(2020, 0, 1, 10, 20, 30, 40); d.setSeconds(5, 6); d.setMilliseconds(7);"
                 "[d.getMinutes(), d.getSeconds(), d.getMilliseconds()].join(' ')"),
            "20 5 7");
  EXPECT_EQ(Eval("var d = new Date(2020, 5, 15); d.setFullYear(2021, 1); d.getFullYear() + ' ' + d.getMonth() + ' '"
                 "+ d.getDate()"),
            "2021 1 15");
  EXPECT_EQ(Eval("var d = new Date(NaN); d.setFullYear(2000) === new Date(2000, 0, 1).getTime()"), "true");
  EXPECT_EQ(Eval("var d = new Date(NaN); d.setUTCFullYear(2000) === Date.UTC(2000, 0, 1)"), "true");
  EXPECT_EQ(Eval("var d = new Date(0); d.setUTCDate(2); d.setUTCMonth(1); d.setUTCHours(3, 4);"
                 "d.setUTCMinutes(5, 6, 7); d.setUTCSeconds(8); d.setUTCMilliseconds(9); d.toISOString()"),
            "1970-02-02T03:05:08.009Z");
  EXPECT_EQ(Eval("var d = new Date(0); d.setTime(42) + ' ' + d.setTime('x') + ' ' + d.getTime()"), "42 NaN NaN");
  // ToNumber runs (and may throw) before the NaN check, and reads [[DateValue]] before the conversion.
  EXPECT_EQ(Eval("var calls = 0; var d = new Date(NaN);"
                 "var r = d.setHours({ valueOf() { calls++; return 1; } }, { valueOf() { calls++; return 1; } });"
                 "r + ' ' + calls"),
            "NaN 2");
  EXPECT_EQ(Eval("var d = new Date(0); d.setMilliseconds({ valueOf() { d.setTime(NaN); return 1; } })"), "1");
  EXPECT_EQ(Eval("var d = new Date(0); d.setUTCMonth(8.64e15)"), "NaN");
  EXPECT_EQ(Eval("var d = new Date(2000, 0, 1); d.setYear(99); d.getFullYear()"), "1999");
  EXPECT_EQ(Eval("var d = new Date(NaN); d.setYear(2001); d.getTime() === new Date(2001, 0, 1).getTime()"), "true");
  EXPECT_EQ(Eval("try { Date.prototype.setTime.call(new Number(1), 0); } catch (e) { e.name }"), "TypeError");
  EXPECT_EQ(Eval("[Date.prototype.setHours.length, Date.prototype.setUTCMinutes.length,"
                 " Date.prototype.setMonth.length, Date.prototype.setFullYear.length].join(' ')"),
            "4 3 2 3");
}

TEST_F(PrimitivesTest, DateStrings) {
  EXPECT_EQ(Eval("new Date(0).toISOString()"), "1970-01-01T00:00:00.000Z");
  EXPECT_EQ(Eval("new Date(-1).toISOString()"), "1969-12-31T23:59:59.999Z");
  EXPECT_EQ(Eval("new Date(8.64e15).toISOString()"), "+275760-09-13T00:00:00.000Z");
  EXPECT_EQ(Eval("try { new Date(NaN).toISOString(); } catch (e) { e.name }"), "RangeError");
  EXPECT_EQ(Eval("new Date(0).toUTCString()"), "Thu, 01 Jan 1970 00:00:00 GMT");
  EXPECT_EQ(Eval("Date.prototype.toGMTString === Date.prototype.toUTCString"), "true");
  EXPECT_EQ(Eval("Date.prototype.toGMTString.name"), "toUTCString");
  EXPECT_EQ(Eval("new Date(0).toDateString()"), "Wed Dec 31 1969");
  EXPECT_EQ(Eval("new Date(0).toTimeString().slice(0, 17)"), "19:00:00 GMT-0500");
  EXPECT_EQ(Eval("new Date(0).toString().slice(0, 33)"), "Wed Dec 31 1969 19:00:00 GMT-0500");
  EXPECT_EQ(Eval("new Date(0).toLocaleString() === new Date(0).toString()"), "true");
  EXPECT_EQ(Eval("new Date(0).toLocaleDateString() === new Date(0).toDateString()"), "true");
  EXPECT_EQ(Eval("new Date(0).toLocaleTimeString() === new Date(0).toTimeString()"), "true");
  EXPECT_EQ(Eval("var d = new Date(NaN); [d.toString(), d.toDateString(), d.toTimeString(), d.toUTCString(),"
                 " d.toLocaleString()].join('|')"),
            "Invalid Date|Invalid Date|Invalid Date|Invalid Date|Invalid Date");
  EXPECT_EQ(Eval("String(new Date(NaN)) + ' ' + Date().length"), "Invalid Date 57");
  EXPECT_EQ(Eval("try { Date.prototype.toString.call({}); } catch (e) { e.name }"), "TypeError");
  EXPECT_EQ(Eval("Object.prototype.toString.call(new Date(0)) + Object.prototype.toString.call(Date.prototype)"),
            "[object Date][object Object]");
}

TEST_F(PrimitivesTest, DateToJSONAndToPrimitive) {
  EXPECT_EQ(Eval("JSON.stringify({ when: new Date(0) })"), "{\"when\":\"1970-01-01T00:00:00.000Z\"}");
  EXPECT_EQ(Eval("new Date(NaN).toJSON()"), "null");
  EXPECT_EQ(Eval("Date.prototype.toJSON.call({ valueOf() { return 1; }, toISOString() { return 'iso'; } })"),
            "iso");
  EXPECT_EQ(Eval("Date.prototype.toJSON.call({ valueOf() { return Infinity; } })"), "null");
  EXPECT_EQ(Eval("try { Date.prototype.toJSON.call({}); } catch (e) { e.name }"), "TypeError");
  EXPECT_EQ(Eval("var d = Object.getOwnPropertyDescriptor(Date.prototype, Symbol.toPrimitive);"
                 "d.writable + ' ' + d.enumerable + ' ' + d.configurable + ' ' + d.value.name + ' ' + d.value.length"),
            "false false true [Symbol.toPrimitive] 1");
  EXPECT_EQ(Eval("var d = new Date(5); typeof d[Symbol.toPrimitive]('number') + ' ' + typeof "
                 "d[Symbol.toPrimitive]('default') + ' ' + typeof d[Symbol.toPrimitive]('string')"),
            "number string string");
  EXPECT_EQ(Eval("(new Date(5) - 1) + ' ' + typeof (new Date(5) + 1)"), "4 string");
  EXPECT_EQ(Eval("try { new Date(0)[Symbol.toPrimitive]('other'); } catch (e) { e.name }"), "TypeError");
  EXPECT_EQ(Eval("try { new Date(0)[Symbol.toPrimitive](); } catch (e) { e.name }"), "TypeError");
  EXPECT_EQ(Eval("try { Date.prototype[Symbol.toPrimitive].call(1, 'number'); } catch (e) { e.name }"),
            "TypeError");
  EXPECT_EQ(Eval("Date.prototype[Symbol.toPrimitive].call({ toString() { return 's'; }, valueOf() { return 'v'; } },"
                 " 'default')"),
            "s");
}

// The built-ins called directly from C++, so that a gc-stress run checks their own rooting.
TEST_F(PrimitivesTest, DateBuiltinsCalledDirectlySurviveCollection) {
  ASSERT_EQ(Eval("1"), "1");  // enters the realm
  DirectCall direct(agent_);
  EXPECT_EQ(direct.CallToString(u"Date", u"UTC", Value::Undefined(), {Value::Int32(2000), Value::Int32(1)}),
            "949363200000");
  EXPECT_EQ(direct.CallToString(u"Date", u"parse", Value::Undefined(), {direct.Str(u"1970-01-02")}), "86400000");
  interpreter::RootedValue date_constructor(
      agent_.heap(),
      interpreter::Get(agent_, agent_.current_realm()->global_object(), agent_.Key(u"Date")).value());
  interpreter::RootedValueVector arguments(agent_.heap());
  arguments.values() = {Value::Int32(2020), Value::Int32(0), Value::Int32(31), Value::Int32(10)};
  heap::Handle<Object> date(agent_.heap(),
                            interpreter::vm::Construct(agent_, date_constructor->AsObject(), arguments.values()).value());
  auto call_method = [&](std::u16string_view name, std::initializer_list<Value> argument_list) {
    interpreter::RootedValueVector method_arguments(agent_.heap());
    method_arguments.values().assign(argument_list.begin(), argument_list.end());
    interpreter::RootedValue method(agent_.heap(), interpreter::Get(agent_, date, agent_.Key(name)).value());
    auto result = interpreter::Call(agent_, method, Value::FromObject(date), method_arguments.values());
    if (result.is_throw_completion()) return std::string("threw");
    interpreter::RootedValue value(agent_.heap(), result.value());
    return interpreter::vm::ToString(agent_, value).value().AsString()->ToUtf8();
  };
  EXPECT_EQ(call_method(u"setMonth", {Value::Int32(1)}), "1583161200000");  // 2020-03-02T10:00 EST
  EXPECT_EQ(call_method(u"toISOString", {}), "2020-03-02T15:00:00.000Z");
  EXPECT_EQ(call_method(u"toUTCString", {}), "Mon, 02 Mar 2020 15:00:00 GMT");
  EXPECT_EQ(call_method(u"toDateString", {}), "Mon Mar 02 2020");
  EXPECT_EQ(call_method(u"toString", {}).substr(0, 33), "Mon Mar 02 2020 10:00:00 GMT-0500");
  EXPECT_EQ(call_method(u"toTimeString", {}).substr(0, 17), "10:00:00 GMT-0500");
  EXPECT_EQ(call_method(u"toJSON", {}), "2020-03-02T15:00:00.000Z");
  EXPECT_EQ(call_method(u"setFullYear", {Value::Int32(2021), Value::Int32(5), Value::Int32(6)}), "1622988000000");
  EXPECT_EQ(call_method(u"getYear", {}), "121");
  EXPECT_EQ(call_method(u"setUTCHours", {Value::Int32(0), Value::Int32(0), Value::Int32(0), Value::Int32(0)}),
            "1622937600000");
  EXPECT_EQ(call_method(u"valueOf", {}), "1622937600000");
  EXPECT_EQ(call_method(u"toISOString", {}), "2021-06-06T00:00:00.000Z");
  EXPECT_EQ(direct.CallToString(u"Date", u"", Value::Undefined(), {}).size(), 57u);
}

}  // namespace
}  // namespace async_runtime::builtins
