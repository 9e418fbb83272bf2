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

TEST_F(PrimitivesTest, JsonParseReviverContextSource) {
  // The reviver's third argument: a context whose "source" is the primitive's source text.
  EXPECT_EQ(Eval(R"JS(var seen = [];
JSON.parse(' [1.0, "a\\u0062", true, null, {"k": -1e2}] ', function (k, v, context) {
  seen.push(k + '=' + (typeof v === 'object' && v !== null ? 'obj' : v) + ':' + context.source); return v; });
seen.join(' '))JS"),
            "0=1:1.0 1=ab:\"a\\u0062\" 2=true:true 3=null:null k=-100:-1e2 4=obj:undefined =obj:undefined");
  // Once the reviver changes a value, its replacement gets no source.
  EXPECT_EQ(Eval(R"JS(var out = [];
JSON.parse('{"a": 1, "b": 2}', function (k, v, context) {
  if (k === 'a') this.b = 3; out.push(k + ':' + context.source); return v; });
out.join())JS"),
            "a:1,b:undefined,:undefined");
  EXPECT_EQ(Eval(R"JS(var ctx; JSON.parse('5', function (k, v, c) { ctx = c; return v; });
Object.getPrototypeOf(ctx) === Object.prototype && Object.keys(ctx).join())JS"),
            "source");
  // Duplicate keys: the later entry's source.
  EXPECT_EQ(Eval(R"JS(var s; JSON.parse('{"a": 1, "a": 22}', function (k, v, c) { if (k === 'a') s = c.source; return v; }); s)JS"),
            "22");
}

TEST_F(PrimitivesTest, JsonRawJSON) {
  EXPECT_EQ(Eval(R"JS(var r = JSON.rawJSON('1e1000');
[typeof r, Object.getPrototypeOf(r), Object.isFrozen(r), r.rawJSON, JSON.isRawJSON(r), JSON.isRawJSON({}),
 JSON.isRawJSON(1)].join())JS"),
            "object,,true,1e1000,true,false,false");
  EXPECT_EQ(Eval(R"JS(JSON.stringify({ big: JSON.rawJSON('12345678901234567890'), s: [JSON.rawJSON('"x"'), JSON.rawJSON('null')] }))JS"),
            R"({"big":12345678901234567890,"s":["x",null]})");
  EXPECT_EQ(Eval("JSON.stringify(JSON.rawJSON('true'))"), "true");
  EXPECT_EQ(Eval("JSON.rawJSON('')"), "threw SyntaxError: JSON.rawJSON: empty text");
  EXPECT_EQ(Eval("JSON.rawJSON(' 1')"), "threw SyntaxError: JSON.rawJSON: bad first character");
  EXPECT_EQ(Eval("JSON.rawJSON('1 ')"), "threw SyntaxError: JSON.rawJSON: bad last character");
  EXPECT_EQ(Eval("JSON.rawJSON('{}')"), "threw SyntaxError: JSON.rawJSON: bad first character");
  EXPECT_EQ(Eval("typeof JSON.rawJSON('tru')"), "threw SyntaxError: Unexpected token in JSON at position 0");
  EXPECT_EQ(Eval("JSON.rawJSON.length + JSON.isRawJSON.length + JSON.rawJSON.name + JSON.isRawJSON.name"),
            "2rawJSONisRawJSON");
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
