// Built-ins of the primitives families called directly from C++, meant for
// --test_env=ASYNC_RUNTIME_GC_STRESS=1 (collection at every allocation).
#include "runtime/builtins/primitives_test_support.h"

namespace async_runtime::builtins {
namespace {

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
            "{\n \"a\": [\n  1,\n  \"two\",\n  {\n   \"b\": null\n  }\n ],\n \"c\": \"é\"\n}");
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
  EXPECT_EQ(pieces_json->AsString()->ToUtf8(), "[\"a\",\"b\",\"\",\"c\"]");
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
