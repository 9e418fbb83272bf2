// 20.3 Boolean objects, through the VM (run also with
// --test_env=ASYNC_RUNTIME_GC_STRESS=1).
#include "runtime/builtins/primitives_test_support.h"

namespace async_runtime::builtins {
namespace {

TEST_F(PrimitivesTest, Boolean) {
  EXPECT_EQ(Eval("Boolean('') + ' ' + Boolean('x') + ' ' + typeof new Boolean(false)"), "false true object");
  EXPECT_EQ(Eval("new Boolean(true).valueOf() === true"), "true");
  EXPECT_EQ(Eval("Boolean.prototype.toString.call(false)"), "false");
  EXPECT_EQ(Eval("Boolean.prototype.valueOf()"), "false");
  EXPECT_EQ(Eval("Boolean.prototype.toString.call({})"), "threw TypeError: Boolean.prototype method called on a "
                                                          "value that is not a Boolean");
  EXPECT_EQ(Eval("Boolean.length + Boolean.name"), "1Boolean");
}

}  // namespace
}  // namespace async_runtime::builtins
