// 21.3 The Math object, through the VM (run also with
// --test_env=ASYNC_RUNTIME_GC_STRESS=1).
#include "runtime/builtins/primitives_test_support.h"

namespace async_runtime::builtins {
namespace {

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

}  // namespace
}  // namespace async_runtime::builtins
