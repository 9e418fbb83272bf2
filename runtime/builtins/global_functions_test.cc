// 19.2 isFinite, isNaN, parseFloat, parseInt and the URI functions, B.2.1 escape and unescape, through the VM (run also with
// --test_env=ASYNC_RUNTIME_GC_STRESS=1).
#include "runtime/builtins/primitives_test_support.h"

namespace async_runtime::builtins {
namespace {

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

// B.2.1.1 escape and B.2.1.2 unescape.
TEST_F(PrimitivesTest, EscapeAndUnescape) {
  EXPECT_EQ(Eval("escape('a b@*_+-./,\\u00e9\\u0100\\uffff')"), "a%20b@*_+-./%2C%E9%u0100%uFFFF");
  EXPECT_EQ(Eval("unescape('%u0041%41%4%u004%zz%')"), "AA%4%u004%zz%");
  EXPECT_EQ(Eval("unescape(escape('\\ud83d\\ude00 x'))"), "😀 x");
  EXPECT_EQ(Eval("escape.length + ' ' + unescape.name"), "1 unescape");
}

}  // namespace
}  // namespace async_runtime::builtins
