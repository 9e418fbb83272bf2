// 21.2 BigInt objects and BigInt values in the VM's operators, through the VM
// (run also with --test_env=ASYNC_RUNTIME_GC_STRESS=1).
#include "runtime/builtins/primitives_test_support.h"

namespace async_runtime::builtins {
namespace {

TEST_F(PrimitivesTest, BigIntLiteralsAndToString) {
  EXPECT_EQ(Eval("123456789012345678901234567890n"), "123456789012345678901234567890");
  EXPECT_EQ(Eval("0xFFn + ' ' + 0o17n + ' ' + 0b101n + ' ' + 1_000n"), "255 15 5 1000");
  EXPECT_EQ(Eval("typeof 1n"), "bigint");
  EXPECT_EQ(Eval("`${-5n}`"), "-5");
  EXPECT_EQ(Eval("String(0n) + (-0n)"), "00");
  EXPECT_EQ(Eval("var o = {}; o[10n] = 1; Object.keys(o)[0]"), "10");
  EXPECT_EQ(Eval("0n ? 'yes' : 'no'"), "no");
  EXPECT_EQ(Eval("!!1n"), "true");
  // BigInt literals as property names are their decimal string.
  EXPECT_EQ(Eval("({1n: 'a'})[1] + ({0x10n() {}})[16].name"), "a16");
  EXPECT_EQ(Eval("class C { 2n() { return 'm'; } static 3n = 's'; } new C()[2]() + C[3]"), "ms");
  EXPECT_EQ(Eval("var {1n: z} = {1: 3}; z"), "3");
}

TEST_F(PrimitivesTest, BigIntArithmetic) {
  EXPECT_EQ(Eval("2n ** 100n"), "1267650600228229401496703205376");
  EXPECT_EQ(Eval("(-7n / 2n) + ' ' + (-7n % 2n) + ' ' + (7n % -2n)"), "-3 -1 1");
  EXPECT_EQ(Eval("18446744073709551615n * 18446744073709551615n"), "340282366920938463426481119284349108225");
  EXPECT_EQ(Eval("(1n << 64n) + ' ' + (-5n >> 1n) + ' ' + (5n << -1n)"), "18446744073709551616 -3 2");
  EXPECT_EQ(Eval("(-12n & 10n) + ' ' + (-12n | 10n) + ' ' + (-12n ^ -10n) + ' ' + ~5n"), "0 -2 2 -6");
  EXPECT_EQ(Eval("var x = 9007199254740993n; x++; ++x; x--; x"), "9007199254740994");
  EXPECT_EQ(Eval("-(3n) + ' ' + -(-3n)"), "-3 3");
  EXPECT_EQ(Eval("var y = 5n; y += 2n; y *= 3n; y"), "21");
  EXPECT_EQ(Eval("1n / 0n"), "threw RangeError: Division by zero");
  EXPECT_EQ(Eval("1n % 0n"), "threw RangeError: Division by zero");
  EXPECT_EQ(Eval("2n ** -1n"), "threw RangeError: Exponent must be non-negative");
  EXPECT_EQ(Eval("1n >>> 0n"), "threw TypeError: BigInts have no unsigned right shift, use >> instead");
  EXPECT_EQ(Eval("1n + 1"), "threw TypeError: Cannot mix BigInt and other types, use explicit conversions");
  EXPECT_EQ(Eval("+1n"), "threw TypeError: Cannot convert a BigInt value to a number");
  EXPECT_EQ(Eval("1n + 'x'"), "1x");
  EXPECT_EQ(Eval("0n ** 0n"), "1");
}

TEST_F(PrimitivesTest, BigIntComparisons) {
  EXPECT_EQ(Eval("[1n < 2, 2n > 1.5, 1n < 1.5, 1n == 1, 1n == '1', 1n === 1, 2n > '1', '10' > 9n].join()"),
            "true,true,true,true,true,false,true,true");
  EXPECT_EQ(Eval("[1n < NaN, 1n > -Infinity, 1n < Infinity, 1n == 'x', 1n < 'x', 9007199254740993n > 9007199254740992].join()"),
            "false,true,true,false,false,true");
  EXPECT_EQ(Eval("[0n == false, 1n == true, 0n == '', 5n == Object(5n), -0 == 0n].join()"), "true,true,true,true,true");
  EXPECT_EQ(Eval("[1n === 1n, Object.is(0n, -0n), [1n].includes(1n), new Set([1n, 1n]).size].join()"),
            "true,true,true,1");
}

TEST_F(PrimitivesTest, BigIntConstructor) {
  EXPECT_EQ(Eval("BigInt(42) + ' ' + BigInt('0x10') + ' ' + BigInt(' -12 ') + ' ' + BigInt(true) + ' ' + BigInt('')"),
            "42 16 -12 1 0");
  EXPECT_EQ(Eval("BigInt(1e21)"), "1000000000000000000000");
  EXPECT_EQ(Eval("BigInt(1.5)"),
            "threw RangeError: The number is not an integer and cannot be converted to a BigInt");
  EXPECT_EQ(Eval("BigInt('1.5')"), "threw SyntaxError: Cannot convert 1.5 to a BigInt");
  EXPECT_EQ(Eval("BigInt(undefined)"), "threw TypeError: Cannot convert undefined to a BigInt");
  EXPECT_EQ(Eval("BigInt(Symbol())"), "threw TypeError: Cannot convert a Symbol to a BigInt");
  EXPECT_EQ(Eval("new BigInt(1)"), "threw TypeError: BigInt is not a constructor");
  EXPECT_EQ(Eval("BigInt.length + ' ' + BigInt.name + ' ' + BigInt.prototype.constructor.name"), "1 BigInt BigInt");
  EXPECT_EQ(Eval("BigInt.asIntN(8, 255n) + ' ' + BigInt.asUintN(64, -1n) + ' ' + BigInt.asIntN(64, 2n ** 63n)"),
            "-1 18446744073709551615 -9223372036854775808");
  EXPECT_EQ(Eval("BigInt.asIntN(-1, 0n)"), "threw RangeError: Invalid index");
  EXPECT_EQ(Eval("BigInt.asUintN(2 ** 53 - 1, 5n)"), "5");
  EXPECT_EQ(Eval("Number(2n ** 53n + 1n) + ' ' + Number(-(2n ** 1024n))"), "9007199254740992 -Infinity");
}

TEST_F(PrimitivesTest, BigIntPrototype) {
  EXPECT_EQ(Eval("(255n).toString(16) + ' ' + (-255n).toString(2) + ' ' + (35n).toString(36) + ' ' + 10n.toString()"),
            "ff -11111111 z 10");
  EXPECT_EQ(Eval("(1n).toString(37)"), "threw RangeError: toString() radix must be between 2 and 36");
  EXPECT_EQ(Eval("BigInt.prototype.toString.call(1)"),
            "threw TypeError: BigInt.prototype method called on a value that is not a BigInt");
  EXPECT_EQ(Eval("Object(7n).valueOf() === 7n && typeof Object(7n)"), "object");
  EXPECT_EQ(Eval("Object.prototype.toString.call(1n) + ' ' + BigInt.prototype[Symbol.toStringTag]"),
            "[object BigInt] BigInt");
  EXPECT_EQ(Eval("(123n).toLocaleString()"), "123");
  EXPECT_EQ(Eval("JSON.stringify({a: 1n})"), "threw TypeError: Do not know how to serialize a BigInt");
}

}  // namespace
}  // namespace async_runtime::builtins
