// 22.1 String objects and B.2.2, through the VM (run also with
// --test_env=ASYNC_RUNTIME_GC_STRESS=1).
#include "runtime/builtins/primitives_test_support.h"

namespace async_runtime::builtins {
namespace {

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

}  // namespace
}  // namespace async_runtime::builtins
