// The Boolean, Number, Symbol, String, Math and JSON families and the global
// functions, through the VM: each test evaluates a script in a realm made by
// builtins::InitializeRealm and checks its completion value as a String.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "runtime/builtins/realm_setup.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/primitive_string.h"
#include "runtime/interpreter/vm/operations.h"
#include "runtime/interpreter/vm/vm.h"

namespace async_runtime::builtins {
namespace {

class PrimitivesTest : public ::testing::Test {
 protected:
  PrimitivesTest() : vm_(agent_, MakeVmOptions()) {}

  // The completion value as a String (converted with ToString), or "threw <name>: <message>".
  std::string Eval(const std::string& source) {
    auto result = vm_.EvaluateScript(source);
    if (result.is_throw_completion()) {
      interpreter::RootedValue thrown(agent_.heap(), result.thrown_value());
      if (!thrown->IsObject()) return "threw (non-object)";
      auto name = interpreter::Get(agent_, thrown->AsObject(), agent_.Key(u"name"));
      auto message = interpreter::Get(agent_, thrown->AsObject(), agent_.Key(u"message"));
      if (name.is_throw_completion() || message.is_throw_completion() || !name.value().IsString() ||
          !message.value().IsString()) {
        return "threw (unreadable)";
      }
      return "threw " + name.value().AsString()->ToUtf8() + ": " + message.value().AsString()->ToUtf8();
    }
    interpreter::RootedValue value(agent_.heap(), result.value());
    if (value->IsSymbol()) return "(symbol)";
    auto string = interpreter::vm::ToString(agent_, value);
    if (string.is_throw_completion()) return "(ToString threw)";
    return string.value().AsString()->ToUtf8();
  }

  interpreter::Agent agent_;
  interpreter::vm::Vm vm_;
};

TEST_F(PrimitivesTest, Boolean) {
  EXPECT_EQ(Eval("Boolean('') + ' ' + Boolean('x') + ' ' + typeof new Boolean(false)"), "false true object");
  EXPECT_EQ(Eval("new Boolean(true).valueOf() === true"), "true");
  EXPECT_EQ(Eval("Boolean.prototype.toString.call(false)"), "false");
  EXPECT_EQ(Eval("Boolean.prototype.valueOf()"), "false");
  EXPECT_EQ(Eval("Boolean.prototype.toString.call({})"), "threw TypeError: Boolean.prototype method called on a "
                                                          "value that is not a Boolean");
  EXPECT_EQ(Eval("Boolean.length + Boolean.name"), "1Boolean");
}

TEST_F(PrimitivesTest, Number) {
  EXPECT_EQ(Eval("Number('  12.5 ') + Number()"), "12.5");
  EXPECT_EQ(Eval("new Number(3) + 1"), "4");
  EXPECT_EQ(Eval("Number.MAX_SAFE_INTEGER === 9007199254740991 && Number.EPSILON === Math.pow(2, -52)"), "true");
  EXPECT_EQ(Eval("Number.isInteger(5) + ' ' + Number.isInteger(5.5) + ' ' + Number.isSafeInteger(2 ** 53)"),
            "true false false");
  EXPECT_EQ(Eval("Number.isNaN('x') + ' ' + isNaN('x') + ' ' + Number.isFinite('1') + ' ' + isFinite('1')"),
            "false true false true");
  EXPECT_EQ(Eval("Number.parseInt === parseInt && Number.parseFloat === parseFloat"), "true");
  EXPECT_EQ(Eval("(255).toString(16) + ' ' + (0.5).toString(2) + ' ' + (-0).toString()"), "ff 0.1 0");
  EXPECT_EQ(Eval("(1.005).toFixed(2) + ' ' + (123.456).toExponential(2) + ' ' + (123.456).toPrecision(4)"),
            "1.00 1.23e+2 123.5");
  EXPECT_EQ(Eval("(1).toFixed(101)"), "threw RangeError: toFixed() digits argument must be between 0 and 100");
  EXPECT_EQ(Eval("(1).toString(1)"), "threw RangeError: toString() radix must be between 2 and 36");
  EXPECT_EQ(Eval("Number.prototype.valueOf() + ' ' + Number.prototype.toFixed(1)"), "0 0.0");
  EXPECT_EQ(Eval("Number.prototype.valueOf.call('1')"), "threw TypeError: Number.prototype method called on a "
                                                         "value that is not a Number");
}

TEST_F(PrimitivesTest, GlobalFunctions) {
  EXPECT_EQ(Eval("parseInt('  0x1F') + ' ' + parseInt('12px', 10) + ' ' + parseFloat('3.5e1abc')"), "31 12 35");
  EXPECT_EQ(Eval("encodeURIComponent('a b&c/é😀')"), "a%20b%26c%2F%C3%A9%F0%9F%98%80");
  EXPECT_EQ(Eval("encodeURI('http://x/a b?q=1#f')"), "http://x/a%20b?q=1#f");
  EXPECT_EQ(Eval("decodeURIComponent('%C3%A9%F0%9F%98%80%2F')"), "é😀/");
  EXPECT_EQ(Eval("decodeURI('%2F%20')"), "%2F ");
  EXPECT_EQ(Eval("decodeURI('%C0%80')"), "threw URIError: URI malformed");
  EXPECT_EQ(Eval("decodeURI('%E0%A4%A')"), "threw URIError: URI malformed");
  EXPECT_EQ(Eval("encodeURI('\\uD800')"), "threw URIError: URI malformed: lone surrogate");
  EXPECT_EQ(Eval("parseInt.length + ' ' + decodeURIComponent.name"), "2 decodeURIComponent");
}

TEST_F(PrimitivesTest, Symbol) {
  EXPECT_EQ(Eval("Symbol('x').toString() + ' ' + Symbol().description + ' ' + Symbol('d').description"),
            "Symbol(x) undefined d");
  EXPECT_EQ(Eval("Symbol.for('k') === Symbol.for('k') && Symbol.keyFor(Symbol.for('k')) === 'k'"), "true");
  EXPECT_EQ(Eval("Symbol.keyFor(Symbol('k'))"), "undefined");
  EXPECT_EQ(Eval("new Symbol()"), "threw TypeError: Symbol is not a constructor");
  EXPECT_EQ(Eval("typeof Symbol.iterator + ' ' + Symbol.iterator.toString()"), "symbol Symbol(Symbol.iterator)");
  EXPECT_EQ(Eval("Symbol.prototype[Symbol.toStringTag] + ' ' + String(Symbol('s'))"), "Symbol Symbol(s)");
  EXPECT_EQ(Eval("Symbol.prototype.valueOf.call(Symbol.match) === Symbol.match"), "true");
  EXPECT_EQ(Eval("Symbol.prototype[Symbol.toPrimitive].name"), "[Symbol.toPrimitive]");
  EXPECT_EQ(Eval("Symbol('a') + ''"), "threw TypeError: Cannot convert a Symbol value to a string");
}

TEST_F(PrimitivesTest, StringConstructorAndStatics) {
  EXPECT_EQ(Eval("String(Symbol('q')) + String(12) + String()"), "Symbol(q)12");
  EXPECT_EQ(Eval("var s = new String('ab'); typeof s + s.length + s[1]"), "object2b");
  EXPECT_EQ(Eval("String.fromCharCode(65, 66 + 65536) + String.fromCodePoint(0x1F600).length"), "AB2");
  EXPECT_EQ(Eval("String.fromCodePoint(-1)"), "threw RangeError: Invalid code point");
  EXPECT_EQ(Eval("String.raw({raw: {length: 3, 0: 'a', 1: 'b', 2: 'c'}}, 1, 2, 3)"), "a1b2c");
  EXPECT_EQ(Eval("String.prototype.length + '|' + String.prototype + '|'"), "0||");
}

TEST_F(PrimitivesTest, StringMethods) {
  EXPECT_EQ(Eval("'abc'.at(-1) + 'abc'.charAt(1) + 'abc'.charCodeAt(0) + '😀'.codePointAt(0)"), "cb97128512");
  EXPECT_EQ(Eval("'a'.concat(1, null) + 'abc'.endsWith('bc') + 'abc'.startsWith('b', 1) + 'abc'.includes('d')"),
            "a1nulltruetruefalse");
  EXPECT_EQ(Eval("'abcabc'.indexOf('c', 3) + ' ' + 'abcabc'.lastIndexOf('a') + ' ' + 'abc'.lastIndexOf('', 1)"),
            "5 3 1");
  EXPECT_EQ(Eval("'ab\\uD800'.isWellFormed() + ' ' + 'ab\\uD800'.toWellFormed().charCodeAt(2)"), "false 65533");
  EXPECT_EQ(Eval("'5'.padStart(3, '0') + '|' + 'x'.padEnd(4, 'ab') + '|' + 'ab'.repeat(3)"), "005|xaba|ababab");
  EXPECT_EQ(Eval("'ab'.repeat(-1)"), "threw RangeError: Invalid count value");
  EXPECT_EQ(Eval("'abcdef'.slice(-3, -1) + ' ' + 'abcdef'.substring(4, 1) + ' ' + 'abcdef'.substr(-4, 2)"),
            "de bcd cd");
  EXPECT_EQ(Eval("'  a b  '.trim() + '|' + '  a '.trimStart() + '|' + ' a  '.trimEnd() + '|'"), "a b|a | a|");
  EXPECT_EQ(Eval("String.prototype.trimLeft === String.prototype.trimStart && "
                 "String.prototype.trimRight === String.prototype.trimEnd"),
            "true");
  EXPECT_EQ(Eval("'İSTANBUL ß'.toLowerCase().length + 'straße'.toUpperCase()"), "11STRASSE");
  EXPECT_EQ(Eval("'\\u0041\\u030A'.normalize('NFC').length + ' ' + 'a'.localeCompare('b')"), "1 -1");
  EXPECT_EQ(Eval("'a'.normalize('x')"), "threw RangeError: The normalization form should be one of NFC, NFD, "
                                        "NFKC, NFKD");
  EXPECT_EQ(Eval("String.prototype.trim.call(null)"), "threw TypeError: String.prototype.trim called on null or "
                                                      "undefined");
  EXPECT_EQ(Eval("'abc'.startsWith({[Symbol.match]: true})"),
            "threw TypeError: First argument to String.prototype.startsWith must not be a regular expression");
}

TEST_F(PrimitivesTest, StringSplitReplace) {
  EXPECT_EQ(Eval("'a,b,,c'.split(',').length + ' ' + 'a,b,c'.split(',', 2)[1] + ' ' + 'abc'.split('')[2]"),
            "4 b c");
  EXPECT_EQ(Eval("''.split(',').length + ' ' + 'ab'.split()[0] + ' ' + 'ab'.split(undefined, 0).length"), "1 ab 0");
  EXPECT_EQ(Eval("'aXbXc'.replace('X', '[$&$`$\\'$$$1]')"), "a[XabXc$$1]bXc");
  EXPECT_EQ(Eval("'aXbXc'.replaceAll('X', function (m, p) { return p; })"), "a1b3c");
  EXPECT_EQ(Eval("'abc'.replaceAll('', '-')"), "-a-b-c-");
  EXPECT_EQ(Eval("'x'.split({[Symbol.split]: function (s, l) { return s + l; }}, 7)"), "x7");
  EXPECT_EQ(Eval("'x'.replace({[Symbol.replace]: function (s, r) { return s + r; }}, 'y')"), "xy");
  EXPECT_EQ(Eval("'x'.replaceAll({[Symbol.match]: true, flags: 'i'}, 'y')"),
            "threw TypeError: replaceAll must be called with a global RegExp");
}

TEST_F(PrimitivesTest, StringIteratorAndHtml) {
  EXPECT_EQ(Eval("var it = 'a😀'[Symbol.iterator](); var r1 = it.next(); var r2 = it.next(); var r3 = it.next();"
                 "r1.value + r2.value.length + r3.done + (it[Symbol.iterator]() === it)"),
            "a2truetrue");
  EXPECT_EQ(Eval("'x'[Symbol.iterator]()[Symbol.toStringTag]"), "String Iterator");
  EXPECT_EQ(Eval("'t'.anchor('\"n\"') + 't'.bold() + 't'.fontsize(3)"),
            "<a name=\"&quot;n&quot;\">t</a><b>t</b><font size=\"3\">t</font>");
  EXPECT_EQ(Eval("String.prototype.link.length + String.prototype.big.length + String.prototype.split.length"),
            "3");
}

TEST_F(PrimitivesTest, Math) {
  EXPECT_EQ(Eval("Math.max(1, 3, 2) + Math.min() + ' ' + Math.max()"), "Infinity -Infinity");
  EXPECT_EQ(Eval("Math.round(-0.5) === 0 && 1 / Math.round(-0.5) === -Infinity"), "true");
  EXPECT_EQ(Eval("Math.hypot(3, 4) + Math.pow(2, 10) + Math.clz32(1) + Math.imul(3, 4) + Math.sign(-3)"), "1071");
  EXPECT_EQ(Eval("Math.fround(5.5) + ' ' + Math.f16round(1.337) + ' ' + Math.trunc(-4.7) + ' ' + Math.cbrt(27)"),
            "5.5 1.3369140625 -4 3");
  EXPECT_EQ(Eval("var r = Math.random(); r >= 0 && r < 1 && Math.random() !== Math.random()"), "true");
  EXPECT_EQ(Eval("Math[Symbol.toStringTag] + Math.PI.toFixed(5) + Math.abs.length + Math.max.length"), "Math3.1415912");
  EXPECT_EQ(Eval("Math.pow(1, Infinity)"), "NaN");
}

TEST_F(PrimitivesTest, JsonParse) {
  EXPECT_EQ(Eval("var o = JSON.parse(' {\"a\": [1, 2.5e1, -0, true, null], \"b\": \"\\\\u00e9\\\\n\"} ');"
                 "o.a[1] + ' ' + (1 / o.a[2]) + ' ' + o.a[3] + ' ' + o.a[4] + ' ' + o.b.length + ' ' + o.a.length"),
            "25 -Infinity true null 2 5");
  EXPECT_EQ(Eval("JSON.parse('{\"a\":1,\"a\":2}').a"), "2");
  EXPECT_EQ(Eval("JSON.parse('[1,]')"), "threw SyntaxError: Unexpected token in JSON at position 3");
  EXPECT_EQ(Eval("JSON.parse('01')"), "threw SyntaxError: Unexpected token in JSON at position 1");
  EXPECT_EQ(Eval("JSON.parse(\"'x'\")"), "threw SyntaxError: Unexpected token in JSON at position 0");
  EXPECT_EQ(Eval("JSON.parse('{\"a\": 1, \"b\": {\"c\": 2}}', function (k, v) {"
                 "  return typeof v === 'number' ? v * 10 : v; }).b.c"),
            "20");
  EXPECT_EQ(Eval("var o = JSON.parse('{\"a\": 1, \"b\": 2}', function (k, v) { return k === 'a' ? undefined : v; });"
                 "('a' in o) + ' ' + o.b"),
            "false 2");
  EXPECT_EQ(Eval("JSON.parse('\"\\\\ud800\"').length"), "1");
}

TEST_F(PrimitivesTest, JsonStringify) {
  EXPECT_EQ(Eval("JSON.stringify({a: 1, b: 'x\"\\n', c: undefined, d: function () {}, e: null, f: true})"),
            "{\"a\":1,\"b\":\"x\\\"\\n\",\"e\":null,\"f\":true}");
  EXPECT_EQ(Eval("JSON.stringify('\\uD83D\\uDE00\\uD800') + JSON.stringify(NaN) + JSON.stringify(undefined)"),
            "\"😀\\ud800\"nullundefined");
  EXPECT_EQ(Eval("JSON.stringify({a: {b: 1}}, null, 2)"), "{\n  \"a\": {\n    \"b\": 1\n  }\n}");
  EXPECT_EQ(Eval("JSON.stringify({a: 1, b: 2}, null, '--')"), "{\n--\"a\": 1,\n--\"b\": 2\n}");
  EXPECT_EQ(Eval("JSON.stringify({a: 1, b: 2}, function (k, v) { return k === 'a' ? undefined : v; })"),
            "{\"b\":2}");
  EXPECT_EQ(Eval("JSON.stringify({toJSON: function (k) { return 'key:' + k; }})"), "\"key:\"");
  EXPECT_EQ(Eval("var o = {}; o.self = o; JSON.stringify(o)"), "threw TypeError: Converting circular structure to JSON");
  // (Array literals are not Array exotic objects until the Array family lands, so no arrays here.)
  EXPECT_EQ(Eval("JSON.stringify({n: new Number(1), s: new String('s'), b: new Boolean(false)})"),
            "{\"n\":1,\"s\":\"s\",\"b\":false}");
  EXPECT_EQ(Eval("JSON[Symbol.toStringTag] + JSON.stringify.length + JSON.parse.length"), "JSON32");
}

// Calls a built-in from C++ (so that only the built-in's own rooting is exercised, not the VM's): `path` is
// "Global.member" or "Global", `this_value` and the arguments are rooted here.
class DirectCall {
 public:
  explicit DirectCall(interpreter::Agent& agent) : agent_(agent) {}

  interpreter::ThrowCompletionOr<Value> Call(std::u16string_view global, std::u16string_view member, Value this_value,
                                             std::initializer_list<Value> argument_list) {
    interpreter::RootedValueVector arguments(agent_.heap());
    arguments.values().assign(argument_list.begin(), argument_list.end());
    interpreter::RootedValue rooted_this(agent_.heap(), this_value);
    Object* global_object = agent_.current_realm()->global_object();
    interpreter::RootedValue function(agent_.heap(), TRY(interpreter::Get(agent_, global_object, agent_.Key(global))));
    if (!member.empty()) {
      interpreter::RootedValue holder(agent_.heap(), function);
      function = TRY(interpreter::Get(agent_, holder->AsObject(), agent_.Key(member)));
    }
    return interpreter::Call(agent_, function, rooted_this, arguments.values());
  }

  std::string CallToString(std::u16string_view global, std::u16string_view member, Value this_value,
                           std::initializer_list<Value> argument_list) {
    auto result = Call(global, member, this_value, argument_list);
    if (result.is_throw_completion()) return "threw";
    interpreter::RootedValue value(agent_.heap(), result.value());
    auto string = interpreter::vm::ToString(agent_, value);
    if (string.is_throw_completion()) return "(ToString threw)";
    return string.value().AsString()->ToUtf8();
  }

  Value Str(std::u16string_view text) { return interpreter::vm::MakeString(agent_, std::u16string(text)); }

 private:
  interpreter::Agent& agent_;
};

// Run with --test_env=ASYNC_RUNTIME_GC_STRESS=1 to collect at every allocation. (The VM's own method calls are
// not gc-stress safe yet, so these call the built-ins directly.)
TEST_F(PrimitivesTest, BuiltinsCalledDirectlySurviveCollection) {
  ASSERT_EQ(Eval("1"), "1");  // enters the realm
  DirectCall direct(agent_);
  EXPECT_EQ(direct.CallToString(u"Math", u"hypot", Value::Undefined(), {Value::Int32(3), Value::Int32(4)}), "5");
  EXPECT_EQ(direct.CallToString(u"Math", u"max", Value::Undefined(), {Value::Int32(3), Value::Int32(4)}), "4");
  EXPECT_EQ(direct.CallToString(u"JSON", u"stringify", Value::Undefined(), {Value::Int32(3)}), "3");
  EXPECT_EQ(direct.CallToString(u"JSON", u"stringify", Value::Undefined(), {Value::Int32(3)}), "3");
  interpreter::RootedValue text(agent_.heap(), direct.Str(u"{\"a\": [1, \"two\", {\"b\": null}], \"c\": \"\\u00e9\"}"));
  interpreter::RootedValue parsed(agent_.heap(), direct.Call(u"JSON", u"parse", Value::Undefined(), {text}).value());
  EXPECT_EQ(direct.CallToString(u"JSON", u"stringify", Value::Undefined(), {parsed, Value::Null(), Value::Int32(1)}),
            "{\n \"a\": {\n  \"0\": 1,\n  \"1\": \"two\",\n  \"2\": {\n   \"b\": null\n  }\n },\n \"c\": \"é\"\n}");
  interpreter::RootedValue csv(agent_.heap(), direct.Str(u"a,b,,c"));
  interpreter::RootedValue comma(agent_.heap(), direct.Str(u","));
  interpreter::RootedValue parts(agent_.heap(), direct.Call(u"String", u"", Value::Undefined(), {csv}).value());
  EXPECT_EQ(direct.CallToString(u"String", u"fromCodePoint", Value::Undefined(), {Value::Int32(0x1F600), Value::Int32(65)}),
            "😀A");
  interpreter::RootedValue split_function(agent_.heap(), Value::Undefined());
  {
    Object* string_prototype = agent_.current_realm()->intrinsic(Intrinsic::kStringPrototype);
    split_function = interpreter::Get(agent_, string_prototype, agent_.Key(u"split")).value();
  }
  interpreter::RootedValueVector split_arguments(agent_.heap());
  split_arguments.values() = {comma.get()};
  interpreter::RootedValue pieces(agent_.heap(), interpreter::Call(agent_, split_function, csv, split_arguments.values()).value());
  interpreter::RootedValue pieces_json(agent_.heap(), direct.Call(u"JSON", u"stringify", Value::Undefined(), {pieces}).value());
  EXPECT_EQ(pieces_json->AsString()->ToUtf8(), "{\"0\":\"a\",\"1\":\"b\",\"2\":\"\",\"3\":\"c\"}");
  interpreter::RootedValue key(agent_.heap(), direct.Str(u"shared"));
  interpreter::RootedValue symbol(agent_.heap(), direct.Call(u"Symbol", u"for", Value::Undefined(), {key}).value());
  EXPECT_EQ(direct.CallToString(u"Symbol", u"keyFor", Value::Undefined(), {symbol}), "shared");
  EXPECT_EQ(direct.CallToString(u"encodeURIComponent", u"", Value::Undefined(), {direct.Str(u"é é")}), "%C3%A9%20%C3%A9");
  EXPECT_EQ(direct.CallToString(u"decodeURI", u"", Value::Undefined(), {direct.Str(u"%F0%9F%98%80")}), "😀");
  EXPECT_EQ(direct.CallToString(u"Math", u"hypot", Value::Undefined(), {Value::Int32(3), Value::Int32(4)}), "5");
  EXPECT_EQ(direct.CallToString(u"Number", u"", Value::Undefined(), {direct.Str(u" 0x10 ")}), "16");
}

}  // namespace
}  // namespace async_runtime::builtins
