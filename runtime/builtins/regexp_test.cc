// 22.2 RegExp objects, String.prototype.match/matchAll/search and regular
// expression literals, through the VM (run also with
// --test_env=ASYNC_RUNTIME_GC_STRESS=1).
#include "runtime/builtins/primitives_test_support.h"

namespace async_runtime::builtins {
namespace {

TEST_F(PrimitivesTest, RegExpLiteralsAndExec) {
  EXPECT_EQ(Eval("var m = /(a+)(?<tail>b)?/.exec('xaab'); m.index + m[0] + m[1] + m.groups.tail + m.input"),
            "1aabaabxaab");
  EXPECT_EQ(Eval("function f() { return /a/; } (f() !== f()) + ' ' + /a/g.lastIndex"), "true 0");
  EXPECT_EQ(Eval("var r = /a/g; r.test('aa') + ' ' + r.lastIndex + ' ' + r.test('aa') + r.test('aa')"),
            "true 1 truefalse");
  EXPECT_EQ(Eval("var r = /a/y; r.lastIndex = 1; r.exec('ab') + ' ' + r.lastIndex"), "null 0");
  EXPECT_EQ(Eval("/b/d.exec('ab').indices[0].join()"), "1,2");
  EXPECT_EQ(Eval("new RegExp('(')"), "threw SyntaxError: Invalid regular expression: /(/: Unterminated group");
}

TEST_F(PrimitivesTest, RegExpPrototypeAccessors) {
  EXPECT_EQ(Eval("/a\\/b/gimsuyd.flags + ' ' + /a/.source + ' ' + new RegExp('/').source + ' ' + new RegExp('').source"),
            "dgimsuy a \\/ (?:)");
  EXPECT_EQ(Eval("String(/x/vi) + RegExp.prototype.global + RegExp.prototype.source"), "/x/ivundefined(?:)");
  EXPECT_EQ(Eval("RegExp(/a/g) === RegExp(/a/g) ? 1 : RegExp(/a/g).flags + new RegExp(/a/g, 'i').flags"), "gi");
  EXPECT_EQ(Eval("Object.getOwnPropertyDescriptor(/a/, 'lastIndex').configurable"), "false");
  EXPECT_EQ(Eval("RegExp[Symbol.species] === RegExp"), "true");
}

TEST_F(PrimitivesTest, RegExpSymbolMethods) {
  EXPECT_EQ(Eval("'a1b22c'.replace(/\\d+/g, '[$&]') + 'ab'.replace(/(?<x>a)/, '$<x>$<x>') + 'ab'.replace(/b/, '$1')"),
            "a[1]b[22]caab" "a$1");
  EXPECT_EQ(Eval("'abc'.replace(/(b)/, function (m, p1, i, s) { return p1.toUpperCase() + i; })"), "aB1c");
  EXPECT_EQ(Eval("'a1b2'.match(/\\d/g).join() + ' ' + 'ab'.match(/x/) + ' ' + 'xyz'.search(/z/)"), "1,2 null 2");
  EXPECT_EQ(Eval("'a,b;c'.split(/[,;]/).join('|') + ' ' + 'abc'.split(/(b)/).join('|') + ' ' + ''.split(/x/).length"),
            "a|b|c a|b|c 1");
  EXPECT_EQ(Eval("var out = ''; for (var m of 'a1b2'.matchAll(/\\d/g)) out += m[0] + m.index; out"), "1123");
  EXPECT_EQ(Eval("'ab'.matchAll(/a/)"), "threw TypeError: String.prototype.matchAll called with a non-global RegExp "
                                        "argument");
  EXPECT_EQ(Eval("'😀😀'.replace(/(?:)/gu, '-')"), "-😀-😀-");
}

// B.2.4.1 RegExp.prototype.compile reinitializes the RegExp.
TEST_F(PrimitivesTest, RegExpPrototypeCompile) {
  EXPECT_EQ(Eval("var r = /a/g; r.lastIndex = 3; var s = r.compile('b+', 'i'); (s === r) + ' ' + r.source + ' ' + "
                 "r.flags + ' ' + r.lastIndex + ' ' + r.test('xBB')"),
            "true b+ i 0 true");
  EXPECT_EQ(Eval("var r = /a/; r.compile(/c/m); r.source + r.flags"), "cm");
  EXPECT_EQ(Eval("try { /a/.compile(/c/, 'g') } catch (e) { e.name }"), "TypeError");
  EXPECT_EQ(Eval("try { /a/.compile('(') } catch (e) { e.name }"), "SyntaxError");
}

// 22.2.5.1 RegExp.escape and 22.2.5.1.1 EncodeForRegExpEscape.
TEST_F(PrimitivesTest, RegExpEscape) {
  EXPECT_EQ(Eval("RegExp.escape('1a.b*c/d')"), "\\x31a\\.b\\*c\\/d");
  EXPECT_EQ(Eval("RegExp.escape('x,-= \\t\\n\\u2028\\ud800😀')"), "\\x78\\x2c\\x2d\\x3d\\x20\\t\\n\\u2028\\ud800😀");
  EXPECT_EQ(Eval("new RegExp(RegExp.escape('a+b?')).test('a+b?')"), "true");
  EXPECT_EQ(Eval("RegExp.escape(1)"), "threw TypeError: RegExp.escape: the argument is not a String");
  EXPECT_EQ(Eval("RegExp.escape.length + ' ' + RegExp.escape.name"), "1 escape");
}

}  // namespace
}  // namespace async_runtime::builtins
