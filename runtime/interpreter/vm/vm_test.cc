#include <gtest/gtest.h>

#include "runtime/interpreter/vm/vm_test_support.h"

namespace async_runtime::interpreter::vm::testing {
namespace {

// --- Literals and script completion values ----------------------------------

TEST_F(VmTest, Literals) {
  EXPECT_EQ(Eval("42"), "42");
  EXPECT_EQ(Eval("1.5"), "1.5");
  EXPECT_EQ(Eval("'abc'"), "\"abc\"");
  EXPECT_EQ(Eval("true"), "true");
  EXPECT_EQ(Eval("null"), "null");
  EXPECT_EQ(Eval("undefined"), "undefined");
  EXPECT_EQ(Eval(""), "undefined");
  EXPECT_EQ(Eval("1; 2; 3"), "3");
  EXPECT_EQ(Eval("NaN"), "NaN");
  EXPECT_EQ(Eval("Infinity"), "Infinity");
}

TEST_F(VmTest, ScriptCompletionValues) {
  EXPECT_EQ(Eval("1; var unused;"), "1");
  EXPECT_EQ(Eval("1; {}"), "1");
  EXPECT_EQ(Eval("1; if (0) 2;"), "undefined");
  EXPECT_EQ(Eval("1; if (1) 2;"), "2");
  EXPECT_EQ(Eval("1; while (false);"), "undefined");
  EXPECT_EQ(Eval("var i = 0; while (i < 3) i++;"), "2");
  EXPECT_EQ(Eval("1; try {} finally {}"), "undefined");
  EXPECT_EQ(Eval("1; function decl() {}"), "1");
}

// --- Operators on primitives ---------------------------------------------------

TEST_F(VmTest, Arithmetic) {
  EXPECT_EQ(Eval("1 + 2 * 3"), "7");
  EXPECT_EQ(Eval("(1 + 2) * 3"), "9");
  EXPECT_EQ(Eval("7 / 2"), "3.5");
  EXPECT_EQ(Eval("7 % 3"), "1");
  EXPECT_EQ(Eval("-7 % 3"), "-1");
  EXPECT_EQ(Eval("2 ** 10"), "1024");
  EXPECT_EQ(Eval("2 ** -1"), "0.5");
  EXPECT_EQ(Eval("1 / 0"), "Infinity");
  EXPECT_EQ(Eval("0 / 0"), "NaN");
  EXPECT_EQ(Eval("2147483647 + 1"), "2147483648");
  EXPECT_EQ(Eval("0.1 + 0.2"), "0.30000000000000004");
  EXPECT_EQ(Eval("1 ** NaN"), "NaN");
}

TEST_F(VmTest, StringConcatenationAndConversions) {
  EXPECT_EQ(Eval("'a' + 'b'"), "\"ab\"");
  EXPECT_EQ(Eval("'a' + 1"), "\"a1\"");
  EXPECT_EQ(Eval("1 + '2'"), "\"12\"");
  EXPECT_EQ(Eval("'3' * '4'"), "12");
  EXPECT_EQ(Eval("'x' - 1"), "NaN");
  EXPECT_EQ(Eval("true + 1"), "2");
  EXPECT_EQ(Eval("null + 1"), "1");
  EXPECT_EQ(Eval("undefined + 1"), "NaN");
  EXPECT_EQ(Eval("'' + null + undefined + true"), "\"nullundefinedtrue\"");
  EXPECT_EQ(Eval("+'  12  '"), "12");
  EXPECT_EQ(Eval("+''"), "0");
  EXPECT_EQ(Eval("-'5'"), "-5");
  EXPECT_EQ(Eval("'' + 1e21"), "\"1e+21\"");
}

TEST_F(VmTest, BitwiseAndShifts) {
  EXPECT_EQ(Eval("5 & 3"), "1");
  EXPECT_EQ(Eval("5 | 3"), "7");
  EXPECT_EQ(Eval("5 ^ 3"), "6");
  EXPECT_EQ(Eval("~5"), "-6");
  EXPECT_EQ(Eval("1 << 31"), "-2147483648");
  EXPECT_EQ(Eval("-8 >> 1"), "-4");
  EXPECT_EQ(Eval("-1 >>> 0"), "4294967295");
  EXPECT_EQ(Eval("1 << 33"), "2");
  EXPECT_EQ(Eval("4294967296.5 | 0"), "0");
}

TEST_F(VmTest, LogicalAndConditional) {
  EXPECT_EQ(Eval("!0"), "true");
  EXPECT_EQ(Eval("!'a'"), "false");
  EXPECT_EQ(Eval("0 || 'x'"), "\"x\"");
  EXPECT_EQ(Eval("1 && 2"), "2");
  EXPECT_EQ(Eval("'' && 2"), "\"\"");
  EXPECT_EQ(Eval("null ?? 5"), "5");
  EXPECT_EQ(Eval("0 ?? 5"), "0");
  EXPECT_EQ(Eval("true ? 1 : 2"), "1");
  EXPECT_EQ(Eval("NaN ? 1 : 2"), "2");
  // Short-circuiting skips the right operand.
  EXPECT_EQ(Eval("var n = 0; false && n++; true || n++; 1 ?? n++; n"), "0");
}

TEST_F(VmTest, Comparisons) {
  EXPECT_EQ(Eval("1 < 2"), "true");
  EXPECT_EQ(Eval("2 <= 2"), "true");
  EXPECT_EQ(Eval("3 > 4"), "false");
  EXPECT_EQ(Eval("3 >= 4"), "false");
  EXPECT_EQ(Eval("'a' < 'b'"), "true");
  EXPECT_EQ(Eval("'ab' < 'a'"), "false");
  EXPECT_EQ(Eval("'10' < '9'"), "true");
  EXPECT_EQ(Eval("'10' < 9"), "false");
  EXPECT_EQ(Eval("NaN < 1"), "false");
  EXPECT_EQ(Eval("NaN >= 1"), "false");
  EXPECT_EQ(Eval("undefined <= 0"), "false");
  EXPECT_EQ(Eval("null <= 0"), "true");
}

TEST_F(VmTest, Equality) {
  EXPECT_EQ(Eval("1 == '1'"), "true");
  EXPECT_EQ(Eval("1 === '1'"), "false");
  EXPECT_EQ(Eval("null == undefined"), "true");
  EXPECT_EQ(Eval("null === undefined"), "false");
  EXPECT_EQ(Eval("null == 0"), "false");
  EXPECT_EQ(Eval("true == 1"), "true");
  EXPECT_EQ(Eval("'' == 0"), "true");
  EXPECT_EQ(Eval("NaN == NaN"), "false");
  EXPECT_EQ(Eval("NaN != NaN"), "true");
  EXPECT_EQ(Eval("0 === -0"), "true");
  EXPECT_EQ(Eval("'ab' === 'a' + 'b'"), "true");
  EXPECT_EQ(Eval("var o = {}; o === o"), "true");
  EXPECT_EQ(Eval("({}) === ({})"), "false");
  EXPECT_EQ(Eval("1 !== 2"), "true");
}

TEST_F(VmTest, Typeof) {
  EXPECT_EQ(Eval("typeof 1"), "\"number\"");
  EXPECT_EQ(Eval("typeof 'a'"), "\"string\"");
  EXPECT_EQ(Eval("typeof undefined"), "\"undefined\"");
  EXPECT_EQ(Eval("typeof null"), "\"object\"");
  EXPECT_EQ(Eval("typeof {}"), "\"object\"");
  EXPECT_EQ(Eval("typeof function() {}"), "\"function\"");
  EXPECT_EQ(Eval("typeof notDeclaredAnywhere"), "\"undefined\"");
  EXPECT_EQ(Eval("typeof true"), "\"boolean\"");
}

TEST_F(VmTest, VoidAndDelete) {
  EXPECT_EQ(Eval("void 1"), "undefined");
  EXPECT_EQ(Eval("var o = {a: 1}; delete o.a"), "true");
  EXPECT_EQ(Eval("var o = {a: 1}; delete o.a; o.a"), "undefined");
  EXPECT_EQ(Eval("var o = {a: 1}; delete o['a']; 'a' in o"), "false");
  EXPECT_EQ(Eval("x = 1; delete x; typeof x"), "\"undefined\"");
  EXPECT_EQ(Eval("(function() { var y = 1; return delete y; })()"), "false");
}

// --- Variables, assignment, TDZ ---------------------------------------------

TEST_F(VmTest, VarLetConst) {
  EXPECT_EQ(Eval("var a = 1; a"), "1");
  EXPECT_EQ(Eval("let b = 2; b"), "2");
  EXPECT_EQ(Eval("const c = 3; c"), "3");
  EXPECT_EQ(Eval("var d; d"), "undefined");
  EXPECT_EQ(Eval("e"), "threw ReferenceError: e is not defined");
}

TEST_F(VmTest, GlobalVarsArePropertiesOfTheGlobalObject) {
  EXPECT_EQ(Eval("var g = 5; globalThis.g"), "5");
  EXPECT_EQ(Eval("globalThis.h = 6; h"), "6");
  EXPECT_EQ(Eval("let notAProperty = 1; globalThis.notAProperty"), "undefined");
  EXPECT_EQ(Eval("implicitGlobal = 7; globalThis.implicitGlobal"), "7");
}

TEST_F(VmTest, GlobalBindingsPersistAcrossScripts) {
  EXPECT_EQ(Eval("var p = 1; let q = 2;"), "undefined");
  EXPECT_EQ(Eval("p + q"), "3");
  EXPECT_EQ(Eval("let q = 3;"), "threw SyntaxError: Identifier 'q' has already been declared");
  EXPECT_EQ(Eval("var q;"), "threw SyntaxError: Identifier 'q' has already been declared");
}

TEST_F(VmTest, TemporalDeadZone) {
  EXPECT_EQ(Eval("x; let x = 1;"), "threw ReferenceError: Cannot access 'x' before initialization");
  EXPECT_EQ(Eval("{ y; let y = 1; }"), "threw ReferenceError: Cannot access 'y' before initialization");
  EXPECT_EQ(Eval("(function() { z = 2; let z; })()"),
            "threw ReferenceError: Cannot access 'z' before initialization");
  EXPECT_EQ(Eval("function f() { return w; } f(); let w = 1;"),
            "threw ReferenceError: Cannot access 'w' before initialization");
  EXPECT_EQ(Eval("typeof tdz; let tdz;"), "threw ReferenceError: Cannot access 'tdz' before initialization");
  EXPECT_EQ(Eval("{ let u = 1; { u; let u2 = u; u2 } }"), "1");
}

TEST_F(VmTest, ConstAssignmentThrows) {
  EXPECT_EQ(Eval("const k = 1; k = 2;"), "threw TypeError: Assignment to constant variable 'k'");
  EXPECT_EQ(Eval("{ const k2 = 1; k2 += 1; }"), "threw TypeError: Assignment to constant variable 'k2'");
  EXPECT_EQ(Eval("(function() { const k3 = 1; k3++; })()"),
            "threw TypeError: Assignment to constant variable 'k3'");
}

TEST_F(VmTest, BlockScoping) {
  EXPECT_EQ(Eval("let s = 1; { let s = 2; } s"), "1");
  EXPECT_EQ(Eval("var v = 1; { var v = 2; } v"), "2");
  EXPECT_EQ(Eval("let t = 1; { let t = 2; { let t = 3; } } t"), "1");
  EXPECT_EQ(Eval("{ function inner() { return 4; } inner() }"), "4");
  // Annex B.3.2: a sloppy block-level function is also assigned to a var binding.
  EXPECT_EQ(Eval("{ function annexB() { return 5; } } annexB()"), "5");
  EXPECT_EQ(Eval("(function() { { function local() { return 6; } } return local(); })()"), "6");
  EXPECT_EQ(Eval("'use strict'; { function strictBlock() {} } typeof strictBlock"), "\"undefined\"");
}

TEST_F(VmTest, CompoundAssignment) {
  EXPECT_EQ(Eval("var a = 5; a += 3; a"), "8");
  EXPECT_EQ(Eval("var a = 5; a -= 3"), "2");
  EXPECT_EQ(Eval("var a = 5; a *= 3"), "15");
  EXPECT_EQ(Eval("var a = 5; a /= 2"), "2.5");
  EXPECT_EQ(Eval("var a = 5; a %= 3"), "2");
  EXPECT_EQ(Eval("var a = 2; a **= 3"), "8");
  EXPECT_EQ(Eval("var a = 1; a <<= 4"), "16");
  EXPECT_EQ(Eval("var a = -16; a >>= 2"), "-4");
  EXPECT_EQ(Eval("var a = -1; a >>>= 28"), "15");
  EXPECT_EQ(Eval("var a = 6; a &= 3"), "2");
  EXPECT_EQ(Eval("var a = 6; a |= 3"), "7");
  EXPECT_EQ(Eval("var a = 6; a ^= 3"), "5");
  EXPECT_EQ(Eval("var a = 's'; a += 1"), "\"s1\"");
  EXPECT_EQ(Eval("var o = {x: 1}; o.x += 2; o.x"), "3");
  EXPECT_EQ(Eval("var o = {x: 1}; o['x'] *= 5; o.x"), "5");
}

TEST_F(VmTest, LogicalAssignment) {
  EXPECT_EQ(Eval("var a = 0; a ||= 4; a"), "4");
  EXPECT_EQ(Eval("var a = 1; a ||= 4; a"), "1");
  EXPECT_EQ(Eval("var a = 1; a &&= 4; a"), "4");
  EXPECT_EQ(Eval("var a = null; a ??= 4; a"), "4");
  EXPECT_EQ(Eval("var o = {}; o.p ??= 9; o.p"), "9");
  // No assignment at all when short-circuited: a const is fine.
  EXPECT_EQ(Eval("const c = 1; c ||= 2; c"), "1");
}

TEST_F(VmTest, UpdateExpressions) {
  EXPECT_EQ(Eval("var i = 1; i++"), "1");
  EXPECT_EQ(Eval("var i = 1; i++; i"), "2");
  EXPECT_EQ(Eval("var i = 1; ++i"), "2");
  EXPECT_EQ(Eval("var i = 1; i--; i"), "0");
  EXPECT_EQ(Eval("var i = 1; --i"), "0");
  EXPECT_EQ(Eval("var i = '5'; i++"), "5");
  EXPECT_EQ(Eval("var i = '5'; i++; i"), "6");
  EXPECT_EQ(Eval("var o = {n: 1}; o.n++; ++o['n']"), "3");
  EXPECT_EQ(Eval("var u; u++"), "NaN");
}

TEST_F(VmTest, TemplateLiterals) {
  EXPECT_EQ(Eval("`plain`"), "\"plain\"");
  EXPECT_EQ(Eval("var n = 2; `a${n}b${n + 1}c`"), "\"a2b3c\"");
  EXPECT_EQ(Eval("`${null}-${undefined}-${true}`"), "\"null-undefined-true\"");
  EXPECT_EQ(Eval("var o = {toString() { return 'T'; }, valueOf() { return 'V'; }}; `${o}`"), "\"T\"");
}

TEST_F(VmTest, OptionalChaining) {
  EXPECT_EQ(Eval("var o = {a: {b: 1}}; o?.a?.b"), "1");
  EXPECT_EQ(Eval("var o = null; o?.a.b.c"), "undefined");
  EXPECT_EQ(Eval("var o = {}; o.a?.b"), "undefined");
  EXPECT_EQ(Eval("var o = {f() { return this.v; }, v: 3}; o.f?.()"), "3");
  EXPECT_EQ(Eval("var o = {}; o.f?.()"), "undefined");
  EXPECT_EQ(Eval("var o = {}; o.a?.b.c.d"), "undefined");
  EXPECT_EQ(Eval("var o = {a: {}}; o?.a.b.c"), "threw TypeError: Cannot read property 'c' of undefined");
}

TEST_F(VmTest, AccessorsInObjectLiterals) {
  EXPECT_EQ(Eval("var o = {get x() { return 7; }}; o.x"), "7");
  EXPECT_EQ(Eval("var o = {_v: 1, get v() { return this._v; }, set v(n) { this._v = n * 2; }}; o.v = 5; o.v"), "10");
  EXPECT_EQ(Eval("var o = {get ['comp' + 'uted']() { return 'c'; }}; o.computed"), "\"c\"");
  EXPECT_EQ(Eval("var o = {set only(v) {}}; o.only"), "undefined");
}

TEST_F(VmTest, ObjectDestructuring) {
  EXPECT_EQ(Eval("var {a, b} = {a: 1, b: 2}; a + b"), "3");
  EXPECT_EQ(Eval("let {x: renamed, y = 5} = {x: 'r'}; renamed + y"), "\"r5\"");
  EXPECT_EQ(Eval("const {p: {q}} = {p: {q: 'nested'}}; q"), "\"nested\"");
  EXPECT_EQ(Eval("var k = 'dyn'; var {[k]: v} = {dyn: 4}; v"), "4");
  EXPECT_EQ(Eval("var m, n; ({m, n = 2} = {m: 1}); m + n"), "3");
  EXPECT_EQ(Eval("var o = {}; ({a: o.x} = {a: 9}); o.x"), "9");
  EXPECT_EQ(Eval("var {z} = null"), "threw TypeError: Cannot destructure null");
  EXPECT_EQ(Eval("function f({a, b = 10}) { return a + b; } f({a: 1})"), "11");
  EXPECT_EQ(Eval("function f({a} = {a: 'dflt'}) { return a; } f()"), "\"dflt\"");
  EXPECT_EQ(Eval("try { throw {code: 42}; } catch ({code}) { code }"), "42");
  // Array patterns use the iterator protocol; the bare VM's arrays have no @@iterator.
  EXPECT_EQ(Eval("var [arr] = [1]"), "threw TypeError: object is not iterable");
}

TEST_F(VmTest, RestParameters) {
  EXPECT_EQ(Eval("function f(a, ...rest) { return rest.length; } f(1, 2, 3)"), "2");
  EXPECT_EQ(Eval("function f(a, ...rest) { return rest[1]; } f(1, 2, 3)"), "3");
  EXPECT_EQ(Eval("function f(...rest) { return rest.length; } f()"), "0");
  EXPECT_EQ(Eval("var f = (...xs) => xs[0]; f('first')"), "\"first\"");
  EXPECT_EQ(Eval("function f(a, ...rest) {} f.length"), "1");
}

// --- Objects and arrays --------------------------------------------------------

TEST_F(VmTest, ObjectLiterals) {
  EXPECT_EQ(Eval("var o = {a: 1, 'b': 2, 3: 'three'}; o.a + o.b"), "3");
  EXPECT_EQ(Eval("var o = {3: 'three'}; o[3]"), "\"three\"");
  EXPECT_EQ(Eval("var k = 'dyn'; var o = {[k + 1]: 5}; o.dyn1"), "5");
  EXPECT_EQ(Eval("var a = 7; var o = {a}; o.a"), "7");
  EXPECT_EQ(Eval("var o = {f() { return this.v; }, v: 8}; o.f()"), "8");
  EXPECT_EQ(Eval("var p = {q: 1}; var o = {__proto__: p}; o.q"), "1");
  EXPECT_EQ(Eval("var o = {a: {b: {c: 'deep'}}}; o.a.b.c"), "\"deep\"");
  EXPECT_EQ(Eval("var o = {}; o.missing"), "undefined");
}

TEST_F(VmTest, PropertyAccessErrors) {
  EXPECT_EQ(Eval("var u; u.x"), "threw TypeError: Cannot read property 'x' of undefined");
  EXPECT_EQ(Eval("null.x"), "threw TypeError: Cannot read property 'x' of null");
  EXPECT_EQ(Eval("var u; u.x = 1"), "threw TypeError: Cannot set properties of undefined");
  EXPECT_EQ(Eval("var n = null; n['k']"), "threw TypeError: Cannot read properties of null");
}

TEST_F(VmTest, ComputedProperties) {
  EXPECT_EQ(Eval("var o = {}; o['a' + 'b'] = 3; o.ab"), "3");
  EXPECT_EQ(Eval("var o = {}; o[1] = 'x'; o['1']"), "\"x\""); 
  EXPECT_EQ(Eval("var o = {}; o[1.5] = 'y'; o['1.5']"), "\"y\"");
  EXPECT_EQ(Eval("var o = {}; var k = {toString() { return 'kk'; }}; o[k] = 1; o.kk"), "1");
  EXPECT_EQ(Eval("'abc'.length"), "3");
  EXPECT_EQ(Eval("'abc'[1]"), "\"b\"");
  EXPECT_EQ(Eval("'a' in {a: 1}"), "true");
  EXPECT_EQ(Eval("'b' in {a: 1}"), "false");
  EXPECT_EQ(Eval("'a' in 1"), "threw TypeError: Cannot use 'in' operator to search a non-object");
}

TEST_F(VmTest, ToPrimitiveUsesValueOfAndToString) {
  EXPECT_EQ(Eval("var o = {valueOf() { return 41; }}; o + 1"), "42");
  EXPECT_EQ(Eval("var o = {toString() { return 'str'; }}; '' + o"), "\"str\"");
  EXPECT_EQ(Eval("var o = {valueOf() { return 1; }, toString() { return 'two'; }}; o + ''"), "\"1\"");
  EXPECT_EQ(Eval("var o = {valueOf() { return 3; }}; o == 3"), "true");
  EXPECT_EQ(Eval("var o = {valueOf() { return 3; }}; o < 4"), "true");
  EXPECT_EQ(Eval("var o = {__proto__: null}; o + 1"), "threw TypeError: Cannot convert object to primitive value");
  EXPECT_EQ(Eval("var o = {valueOf() { throw 'boom'; }}; try { +o } catch (e) { e }"), "\"boom\"");
}

TEST_F(VmTest, ArrayLiterals) {
  EXPECT_EQ(Eval("var a = [1, 2, 3]; a[0] + a[1] + a[2]"), "6");
  EXPECT_EQ(Eval("[1, 2, 3].length"), "3");
  EXPECT_EQ(Eval("[1, , 3].length"), "3");
  EXPECT_EQ(Eval("1 in [1, , 3]"), "false");
  EXPECT_EQ(Eval("[].length"), "0");
  EXPECT_EQ(Eval("[[1, 2], [3, 4]][1][0]"), "3");
}

// --- Functions -----------------------------------------------------------------

TEST_F(VmTest, FunctionDeclarationsAreHoisted) {
  EXPECT_EQ(Eval("f(); function f() { return 'hoisted'; }"), "\"hoisted\"");
  EXPECT_EQ(Eval("function g(a, b) { return a + b; } g(2, 3)"), "5");
  EXPECT_EQ(Eval("function h(a, b) { return b; } h(1)"), "undefined");
  EXPECT_EQ(Eval("function d() { return d2(); function d2() { return 2; } } d()"), "2");
  EXPECT_EQ(Eval("function same() { return 1; } function same() { return 2; } same()"), "2");
  EXPECT_EQ(Eval("function nothing() {} nothing()"), "undefined");
}

TEST_F(VmTest, FunctionExpressionsAndArrows) {
  EXPECT_EQ(Eval("var f = function(x) { return x * 2; }; f(4)"), "8");
  EXPECT_EQ(Eval("var f = x => x + 1; f(1)"), "2");
  EXPECT_EQ(Eval("var f = (a, b) => { return a * b; }; f(3, 4)"), "12");
  EXPECT_EQ(Eval("(function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); })(5)"), "120");
  EXPECT_EQ(Eval("var f = function named() { return typeof named; }; f()"), "\"function\"");
}

TEST_F(VmTest, FunctionNameAndLength) {
  EXPECT_EQ(Eval("function abc(a, b, c) {} abc.length"), "3");
  EXPECT_EQ(Eval("function abc(a, b, c) {} abc.name"), "\"abc\"");
  EXPECT_EQ(Eval("var anon = function() {}; anon.name"), "\"anon\"");
  EXPECT_EQ(Eval("var arrow = () => 1; arrow.name"), "\"arrow\"");
  EXPECT_EQ(Eval("var o = {m() {}}; o.m.name"), "\"m\"");
  EXPECT_EQ(Eval("function withDefault(a, b = 1, c) {} withDefault.length"), "1");
}

TEST_F(VmTest, DefaultParameters) {
  EXPECT_EQ(Eval("function f(a, b = 10) { return a + b; } f(1)"), "11");
  EXPECT_EQ(Eval("function f(a, b = 10) { return a + b; } f(1, 2)"), "3");
  EXPECT_EQ(Eval("function f(a, b = a * 2) { return b; } f(4)"), "8");
  EXPECT_EQ(Eval("function f(a = 1) { return a; } f(undefined)"), "1");
  EXPECT_EQ(Eval("function f(a = 1) { return a; } f(null)"), "null");
}

TEST_F(VmTest, ArgumentsObject) {
  EXPECT_EQ(Eval("function f() { return arguments.length; } f(1, 2, 3)"), "3");
  EXPECT_EQ(Eval("function f() { return arguments[1]; } f('a', 'b')"), "\"b\"");
}

TEST_F(VmTest, ClosuresCounter) {
  EXPECT_EQ(Eval(R"(
    function makeCounter() {
      var count = 0;
      return function() { return ++count; };
    }
    var c1 = makeCounter();
    var c2 = makeCounter();
    c1(); c1(); c2();
    c1() * 10 + c2()
  )"),
            "32");
  EXPECT_EQ(Eval(R"(
    function adder(x) { return y => x + y; }
    var add5 = adder(5);
    add5(1) + add5(2)
  )"),
            "13");
  EXPECT_EQ(Eval(R"(
    let shared = 0;
    const inc = () => { shared += 1; };
    inc(); inc();
    shared
  )"),
            "2");
}

TEST_F(VmTest, ClosuresCaptureBlockBindings) {
  EXPECT_EQ(Eval(R"(
    var fs = [];
    { let v = 'first'; fs[0] = () => v; }
    { let v = 'second'; fs[1] = () => v; }
    fs[0]() + fs[1]()
  )"),
            "\"firstsecond\"");
}

TEST_F(VmTest, PerIterationBindingsInForLet) {
  EXPECT_EQ(Eval(R"(
    var fs = [];
    for (let i = 0; i < 3; i++) fs[i] = () => i;
    '' + fs[0]() + fs[1]() + fs[2]()
  )"),
            "\"012\"");
  EXPECT_EQ(Eval(R"(
    var fs = [];
    for (var i = 0; i < 3; i++) fs[i] = () => i;
    '' + fs[0]() + fs[1]() + fs[2]()
  )"),
            "\"333\"");
  // The closure in the update/test position sees its own iteration's copy.
  EXPECT_EQ(Eval(R"(
    var fs = [];
    for (let i = 0; i < 3; i++) { fs[i] = () => i; i += 0; }
    fs[2]()
  )"),
            "2");
}

TEST_F(VmTest, ThisBinding) {
  EXPECT_EQ(Eval("var o = {v: 1, get() { return this.v; }}; o.get()"), "1");
  EXPECT_EQ(Eval("var o = {v: 1, get() { return this.v; }}; o['get']()"), "1");
  EXPECT_EQ(Eval("function sloppy() { return this; } sloppy() === globalThis"), "true");
  EXPECT_EQ(Eval("function strictF() { 'use strict'; return this; } strictF()"), "undefined");
  EXPECT_EQ(Eval("this === globalThis"), "true");
  EXPECT_EQ(Eval(R"(
    var o = {v: 'outer', m() { var arrow = () => this.v; return arrow(); }};
    o.m()
  )"),
            "\"outer\"");
}

TEST_F(VmTest, NewWithOrdinaryConstructors) {
  EXPECT_EQ(Eval("function P(x) { this.x = x; } var p = new P(3); p.x"), "3");
  EXPECT_EQ(Eval("function P() {} P.prototype.hello = function() { return 'hi'; }; new P().hello()"), "\"hi\"");
  EXPECT_EQ(Eval("function P() {} new P() instanceof P"), "true");
  EXPECT_EQ(Eval("function P() {} function Q() {} new P() instanceof Q"), "false");
  EXPECT_EQ(Eval("function P() { return {other: 1}; } new P().other"), "1");
  EXPECT_EQ(Eval("function P() { return 5; } typeof new P()"), "\"object\"");
  EXPECT_EQ(Eval("function P() { return new.target === P; } new P() && P()"), "false");
  EXPECT_EQ(Eval("function P() { this.t = new.target === P; } new P().t"), "true");
  EXPECT_EQ(Eval("function P() {} P.prototype.constructor === P"), "true");
  EXPECT_EQ(Eval("var arrow = () => 1; new arrow()"), "threw TypeError: function is not a constructor");
  EXPECT_EQ(Eval("var notFn = 1; notFn()"), "threw TypeError: value is not a function");
  EXPECT_EQ(Eval("({}).nope()"), "threw TypeError: undefined is not a function");
}

TEST_F(VmTest, RecursionFib) {
  EXPECT_EQ(Eval("function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } fib(20)"), "6765");
}

TEST_F(VmTest, DeepRecursionIsARangeError) {
  EXPECT_EQ(Eval("function f() { return f(); } f()"), "threw RangeError: Maximum call stack size exceeded");
  // The error is catchable and the VM is usable afterwards.
  EXPECT_EQ(Eval("function g(n) { return g(n + 1); } try { g(0); } catch (e) { e.message }"), "\"Maximum call stack size exceeded\"");
  EXPECT_EQ(vm_.frame_count(), 0u);
  EXPECT_EQ(Eval("1 + 1"), "2");
}

TEST_F(VmTest, NativeReentryDepthIsBounded) {
  // valueOf calls back into the interpreter from native ToPrimitive: native
  // recursion, bounded by max_native_depth.
  EXPECT_EQ(Eval("var o = {valueOf() { return +o; }}; +o"), "threw RangeError: Maximum call stack size exceeded");
  EXPECT_EQ(vm_.frame_count(), 0u);
}

// --- Control flow -------------------------------------------------------------------

TEST_F(VmTest, IfElse) {
  EXPECT_EQ(Eval("var r; if (1) r = 'a'; else r = 'b'; r"), "\"a\"");
  EXPECT_EQ(Eval("var r; if (0) r = 'a'; else r = 'b'; r"), "\"b\"");
  EXPECT_EQ(Eval("var r = 'none'; if (0) r = 'a'; r"), "\"none\"");
}

TEST_F(VmTest, Loops) {
  EXPECT_EQ(Eval("var s = 0; for (var i = 0; i < 10; i++) s += i; s"), "45");
  EXPECT_EQ(Eval("var s = 0, i = 0; while (i < 5) { s += i; i++; } s"), "10");
  EXPECT_EQ(Eval("var n = 0; do { n++; } while (n < 3); n"), "3");
  EXPECT_EQ(Eval("var n = 0; do { n++; } while (false); n"), "1");
  EXPECT_EQ(Eval("var n = 0; for (;;) { if (++n === 4) break; } n"), "4");
  EXPECT_EQ(Eval("var s = 0; for (let i = 0; i < 5; i++) { if (i === 2) continue; s += i; } s"), "8");
  EXPECT_EQ(Eval("var s = 0; var i = 0; while (true) { i++; if (i > 5) break; if (i % 2) continue; s += i; } s"),
            "6");
}

TEST_F(VmTest, LabelledBreakAndContinue) {
  EXPECT_EQ(Eval(R"(
    var hits = 0;
    outer: for (var i = 0; i < 3; i++) {
      for (var j = 0; j < 3; j++) {
        if (j === 1) continue outer;
        hits++;
      }
    }
    hits
  )"),
            "3");
  EXPECT_EQ(Eval(R"(
    var hits = 0;
    outer: for (let i = 0; i < 3; i++) {
      inner: for (let j = 0; j < 3; j++) {
        if (i === 1) break outer;
        hits++;
      }
    }
    hits
  )"),
            "3");
  EXPECT_EQ(Eval("var r = 0; block: { r = 1; break block; r = 2; } r"), "1");
  EXPECT_EQ(Eval(R"(
    var n = 0;
    a: b: while (true) { n++; if (n < 3) continue a; break b; }
    n
  )"),
            "3");
}

TEST_F(VmTest, Switch) {
  const char* source = R"(
    function classify(x) {
      var r = '';
      switch (x) {
        case 1: r += 'one';
        case 2: r += 'two'; break;
        case '3': r += 'string3'; break;
        default: r += 'other';
        case 4: r += 'four';
      }
      return r;
    }
  )";
  EXPECT_EQ(Eval(std::string(source) + "classify(1)"), "\"onetwo\"");
  EXPECT_EQ(Eval(std::string(source) + "classify(2)"), "\"two\"");
  EXPECT_EQ(Eval(std::string(source) + "classify(3)"), "\"otherfour\"");
  EXPECT_EQ(Eval(std::string(source) + "classify('3')"), "\"string3\"");
  EXPECT_EQ(Eval(std::string(source) + "classify(4)"), "\"four\"");
  EXPECT_EQ(Eval("switch (1) { case 1: let x = 'lex'; x }"), "\"lex\"");
  EXPECT_EQ(Eval("var n = 0; for (var i = 0; i < 3; i++) { switch (i) { case 1: continue; } n++; } n"), "2");
}

TEST_F(VmTest, ForIn) {
  EXPECT_EQ(Eval("var s = ''; for (var k in {a: 1, b: 2, c: 3}) s += k; s"), "\"abc\"");
  EXPECT_EQ(Eval("var s = ''; for (let k in {x: 1, y: 2}) s += k; s"), "\"xy\"");
  EXPECT_EQ(Eval("var p = {inherited: 1}; var o = {__proto__: p, own: 2}; var s = ''; for (var k in o) s += k + ','; s"),
            "\"own,inherited,\"");
  EXPECT_EQ(Eval("var n = 0; for (var k in null) n++; for (var k in undefined) n++; n"), "0");
  EXPECT_EQ(Eval("var s = ''; for (var k in [7, 8]) s += k; s"), "\"01\"");
  EXPECT_EQ(Eval("var fs = [], n = 0; for (let k in {a: 1, b: 1}) fs[n++] = () => k; fs[0]() + fs[1]()"),
            "\"ab\"");
  EXPECT_EQ(Eval("var s = ''; for (var k in {a: 1, b: 2, c: 3}) { if (k === 'b') break; s += k; } s"), "\"a\"");
  EXPECT_EQ(Eval(R"(
    var s = '';
    outer: for (let i = 0; i < 2; i++) {
      for (let k in {a: 1, b: 2}) { if (k === 'b') continue outer; s += i + k; }
    }
    s
  )"),
            "\"0a1a\"");
  EXPECT_EQ(Eval("var o = {a: 1, b: 2}; var s = ''; for (var k in o) { delete o.b; s += k; } s"), "\"a\"");
}

// --- Exceptions ---------------------------------------------------------------------

TEST_F(VmTest, ThrowAndCatch) {
  EXPECT_EQ(Eval("throw 1"), "threw 1");
  EXPECT_EQ(Eval("try { throw 'x'; } catch (e) { 'caught ' + e }"), "\"caught x\"");
  EXPECT_EQ(Eval("try { undefinedName; } catch (e) { e.message }"), "\"undefinedName is not defined\"");
  EXPECT_EQ(Eval("try { throw 1; } catch { 'no binding' }"), "\"no binding\"");
  EXPECT_EQ(Eval("var e = 'outer'; try { throw 'inner'; } catch (e) {} e"), "\"outer\"");
  EXPECT_EQ(Eval("function thrower() { throw 'deep'; } function mid() { return thrower(); } "
                 "try { mid(); } catch (e) { e }"),
            "\"deep\"");
  EXPECT_EQ(Eval("try { try { throw 1; } catch (e) { throw e + 1; } } catch (e) { e }"), "2");
}

TEST_F(VmTest, TryFinallyOrdering) {
  EXPECT_EQ(Eval("var log = ''; try { log += 'a'; } finally { log += 'b'; } log"), "\"ab\"");
  EXPECT_EQ(Eval("var log = ''; try { try { log += 't'; throw 1; } finally { log += 'f'; } } catch (e) { log += 'c'; } log"),
            "\"tfc\"");
  EXPECT_EQ(Eval("var log = ''; try { log += 't'; throw 1; } catch (e) { log += 'c'; } finally { log += 'f'; } log"),
            "\"tcf\"");
  EXPECT_EQ(Eval(R"(
    var log = '';
    function f() {
      try { log += 'try,'; return 'returned'; }
      finally { log += 'finally,'; }
    }
    f() + ':' + log
  )"),
            "\"returned:try,finally,\"");
  // finally overrides the return value.
  EXPECT_EQ(Eval("function f() { try { return 1; } finally { return 2; } } f()"), "2");
  // finally swallows the exception by returning.
  EXPECT_EQ(Eval("function f() { try { throw 1; } finally { return 'swallowed'; } } f()"), "\"swallowed\"");
  // break and continue run finally blocks, nested ones innermost first.
  EXPECT_EQ(Eval(R"(
    var log = '';
    for (var i = 0; i < 2; i++) {
      try {
        try { if (i === 0) continue; break; }
        finally { log += 'in' + i + ','; }
      } finally { log += 'out' + i + ','; }
    }
    log
  )"),
            "\"in0,out0,in1,out1,\"");
  EXPECT_EQ(Eval(R"(
    var log = '';
    function f() {
      try {
        try { return 'r'; } finally { log += 'a'; }
      } finally { log += 'b'; }
    }
    f() + log
  )"),
            "\"rab\"");
  // An exception thrown in catch still runs finally.
  EXPECT_EQ(Eval("var log = ''; try { try { throw 1; } catch (e) { throw 2; } finally { log += 'f'; } } catch (e) { log += e; } log"),
            "\"f2\"");
}

TEST_F(VmTest, ExceptionsRestoreTheEnvironment) {
  EXPECT_EQ(Eval(R"(
    let v = 'outer';
    try { let v = 'inner'; { let w = 1; throw 0; } } catch (e) { v }
  )"),
            "\"outer\"");
  EXPECT_EQ(Eval(R"(
    let v2 = 'outer';
    for (let i = 0; i < 1; i++) { try { let v2 = 'x'; break; } finally { } }
    v2
  )"),
            "\"outer\"");
}

TEST_F(VmTest, UncaughtErrorsCarryTypeAndMessage) {
  EXPECT_EQ(Eval("null()"), "threw TypeError: null is not a function");
  EXPECT_EQ(Eval("'use strict'; undeclared = 1"), "threw ReferenceError: undeclared is not defined");
  EXPECT_EQ(Eval("1 instanceof 1"), "threw TypeError: Right-hand side of 'instanceof' is not an object");
}

TEST_F(VmTest, WithStatement) {
  EXPECT_EQ(Eval("var o = {a: 5}; with (o) { a }"), "5");
  EXPECT_EQ(Eval("var o = {a: 5}; var b = 2; with (o) { a + b }"), "7");
  EXPECT_EQ(Eval("var o = {a: 5}; with (o) { a = 6; } o.a"), "6");
  EXPECT_EQ(Eval("function f() { var local = 'l'; var o = {}; with (o) { return local; } } f()"), "\"l\"");
}

TEST_F(VmTest, SyntaxErrorsAreThrown) {
  EXPECT_EQ(Eval("var = 1").rfind("threw SyntaxError: ", 0), 0u);
  // import() compiles; without a host loader (VmOptions::import_call) it throws a TypeError when evaluated.
  EXPECT_EQ(Eval("import('x')"), "threw TypeError: import() is not available");
}

// --- Source positions -----------------------------------------------------------------

TEST_F(VmTest, PositionTableMapsThrowingInstructionsToTheirNodes) {
  auto compiled = vm_.CompileScript("var a = 1;\nvar o = undefined;\n  o.field;\n", "positions.js");
  ASSERT_TRUE(std::holds_alternative<CompiledScript>(compiled));
  const bytecode::Code& code = *std::get<CompiledScript>(compiled).code();
  ASSERT_FALSE(code.positions.empty());
  EXPECT_EQ(code.LocationAt(0), nullptr);  // LdaUndefined: nothing before it can throw
  // Sorted by pc, and consecutive entries differ in position.
  for (size_t i = 1; i < code.positions.size(); ++i) {
    EXPECT_LT(code.positions[i - 1].pc, code.positions[i].pc);
    EXPECT_FALSE(code.positions[i - 1].line == code.positions[i].line &&
                 code.positions[i - 1].column == code.positions[i].column);
  }
  // The GetNamed of `o.field` is at 3:3, and every offset inside the
  // instruction maps there.
  const std::vector<uint32_t>& instructions = code.instructions;
  bool found = false;
  for (uint32_t pc = 0; pc < instructions.size();
       pc += 1 + bytecode::InfoOf(static_cast<bytecode::Op>(instructions[pc])).operand_count) {
    if (static_cast<bytecode::Op>(instructions[pc]) != bytecode::Op::kGetNamed) continue;
    found = true;
    for (uint32_t offset = pc; offset < pc + 3; ++offset) {
      const bytecode::SourcePosition* position = code.LocationAt(offset);
      ASSERT_NE(position, nullptr);
      EXPECT_EQ(position->line, 3u);
      EXPECT_EQ(position->column, 3u);
    }
  }
  EXPECT_TRUE(found);
  ASSERT_NE(code.source_name, nullptr);
  EXPECT_EQ(*code.source_name, "positions.js");
}

TEST_F(VmTest, ThrowSiteIsTheInnermostFrame) {
  auto result = vm_.EvaluateScript(
      "function outer() {\n"
      "  return inner() + 1;\n"
      "}\n"
      "function inner() {\n"
      "  var x = null;\n"
      "  return 2 + x.y;\n"
      "}\n"
      "outer();\n",
      "nested.js");
  ASSERT_TRUE(result.is_throw_completion());
  EXPECT_EQ(Describe(result.thrown_value()), "TypeError: Cannot read property 'y' of null");
  std::optional<ThrowSite> site = vm_.ThrowSiteOf(result.thrown_value());
  ASSERT_TRUE(site.has_value());
  EXPECT_EQ(site->ToString(), "nested.js:6:14");
}

TEST_F(VmTest, ThrowSiteOfThrowStatementAndRethrow) {
  auto thrown = vm_.EvaluateScript("var a = 0;\nfunction f() {\n    throw 'boom';\n}\nf();\n", "throw.js");
  ASSERT_TRUE(thrown.is_throw_completion());
  ASSERT_TRUE(vm_.ThrowSiteOf(thrown.thrown_value()).has_value());
  EXPECT_EQ(vm_.ThrowSiteOf(thrown.thrown_value())->ToString(), "throw.js:3:5");

  // Caught and thrown again: the site of the second throw.
  auto rethrown = vm_.EvaluateScript("try { undefined.x; } catch (e) {\n  throw e;\n}\n", "rethrow.js");
  ASSERT_TRUE(rethrown.is_throw_completion());
  ASSERT_TRUE(vm_.ThrowSiteOf(rethrown.thrown_value()).has_value());
  EXPECT_EQ(vm_.ThrowSiteOf(rethrown.thrown_value())->ToString(), "rethrow.js:2:3");

  // A value other than the last one thrown has no site.
  EXPECT_FALSE(vm_.ThrowSiteOf(Value::Number(7)).has_value());
}

TEST_F(VmTest, ThrowSiteThroughNativeReentry) {
  // ToPrimitive calls valueOf from native code (a nested RunFrame): the
  // site stays the innermost throw, not the `+` that called it.
  auto result = vm_.EvaluateScript(
      "var o = {valueOf() {\n  return missing;\n}};\n1 + o;\n", "reentry.js");
  ASSERT_TRUE(result.is_throw_completion());
  ASSERT_TRUE(vm_.ThrowSiteOf(result.thrown_value()).has_value());
  EXPECT_EQ(vm_.ThrowSiteOf(result.thrown_value())->ToString(), "reentry.js:2:10");
}

TEST_F(VmTest, CompileErrorsCarryTheirLocation) {
  auto nested = vm_.CompileScript("function f() {\n  if (1) {\n    let x; let x;\n  }\n}\n", "nested.js");
  ASSERT_TRUE(std::holds_alternative<ScriptSyntaxError>(nested));
  EXPECT_FALSE(std::get<ScriptSyntaxError>(nested).unsupported);
  EXPECT_EQ(std::get<ScriptSyntaxError>(nested).error.ToString().rfind("SyntaxError: nested.js:3:16: ", 0), 0u)
      << std::get<ScriptSyntaxError>(nested).error.ToString();

  auto parse_error = vm_.CompileScript("var x = (1 + ;", "parse.js");
  ASSERT_TRUE(std::holds_alternative<ScriptSyntaxError>(parse_error));
  EXPECT_FALSE(std::get<ScriptSyntaxError>(parse_error).unsupported);
  EXPECT_EQ(std::get<ScriptSyntaxError>(parse_error).error.ToString().rfind("SyntaxError: parse.js:1:14: ", 0), 0u);
}

TEST_F(VmTest, CompiledScriptRunsOnce) {
  auto compiled = vm_.CompileScript("var runs = (typeof runs === 'number' ? runs : 0) + 1; runs", "once.js");
  ASSERT_TRUE(std::holds_alternative<CompiledScript>(compiled));
  auto result = vm_.RunScript(std::get<CompiledScript>(compiled));
  ASSERT_TRUE(result.is_normal_completion());
  EXPECT_EQ(Describe(result.value()), "1");
}

// --- Heap behaviour -------------------------------------------------------------------

TEST_F(VmTest, AllocationLoopStaysBounded) {
  EXPECT_EQ(Eval("var last; for (var i = 0; i < 1000000; i++) { last = {index: i}; } last.index"), "999999");
  const heap::HeapStatistics& statistics = agent_.heap().statistics();
  EXPECT_GT(statistics.collections, 0u);
  EXPECT_LT(statistics.peak_live_cells, 200000u);
}

}  // namespace
}  // namespace async_runtime::interpreter::vm::testing

namespace async_runtime::interpreter::vm::testing {
namespace {

// Collects at every allocation: any cell the VM holds only in a C++ local
// across an allocation would be freed and the snippet would misbehave.
class VmGcStressTest : public ::testing::Test {
 protected:
  static heap::HeapOptions StressOptions() {
    heap::HeapOptions options;
    options.gc_stress = true;
    return options;
  }
  VmGcStressTest() : agent_(StressOptions()), vm_(agent_) {}

  std::string Eval(const std::string& source) {
    auto result = vm_.EvaluateScript(source);
    if (result.is_throw_completion()) {
      Value thrown = result.thrown_value();
      if (thrown.IsObject()) {
        auto message = Get(agent_, thrown.AsObject(), agent_.Key(u"message"));
        if (message.is_normal_completion() && message.value().IsString())
          return "threw " + message.value().AsString()->ToUtf8();
      }
      return "threw";
    }
    Value value = result.value();
    if (value.IsString()) return value.AsString()->ToUtf8();
    if (value.IsNumber()) return Utf8FromUtf16(Number::toString(value.AsNumber()));
    return "other";
  }

  Agent agent_;
  Vm vm_;
};

TEST_F(VmGcStressTest, SnippetsSurviveCollectionAtEveryAllocation) {
  EXPECT_EQ(Eval(R"(
    function makeCounter() { let n = 0; return () => ++n; }
    var c = makeCounter(); c(); c();
    var parts = [];
    for (let i = 0; i < 5; i++) parts[i] = () => 'p' + i;
    var o = {a: {b: 'x' + 1}, toString() { return 'obj'; }};
    var keys = '';
    for (var k in {q: 1, r: 2}) keys += k;
    var log = '';
    function f() { try { try { throw 'e' + 1; } finally { log += 'f'; } } catch (e) { log += e; return log; } }
    function P(v) { this.v = v + '!'; }
    c() + parts[3]() + o.a.b + o + keys + f() + new P('n').v + [1, 2, 3].length
  )"),
            "3p3x1objqrfe1n!3");
  EXPECT_EQ(Eval("undefinedThing"), "threw undefinedThing is not defined");
  EXPECT_EQ(Eval("function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } fib(10)"), "55");
  EXPECT_GT(agent_.heap().statistics().collections, 100u);
}

}  // namespace
}  // namespace async_runtime::interpreter::vm::testing
