// 21.1 Number objects, through the VM (run also with
// --test_env=ASYNC_RUNTIME_GC_STRESS=1).
#include "runtime/builtins/primitives_test_support.h"

namespace async_runtime::builtins {
namespace {

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

}  // namespace
}  // namespace async_runtime::builtins
