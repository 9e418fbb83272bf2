// 25.5 The JSON object, through the VM (run also with
// --test_env=ASYNC_RUNTIME_GC_STRESS=1).
#include "runtime/builtins/primitives_test_support.h"

namespace async_runtime::builtins {
namespace {

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

}  // namespace
}  // namespace async_runtime::builtins
