// 20.4 Symbol objects, through the VM (run also with
// --test_env=ASYNC_RUNTIME_GC_STRESS=1).
#include "runtime/builtins/primitives_test_support.h"

namespace async_runtime::builtins {
namespace {

TEST_F(PrimitivesTest, Symbol) {
  EXPECT_EQ(Eval("Symbol('x').toString() + ' ' + Symbol().description + ' ' + Symbol('d').description"),
            "Symbol(x) undefined d");
  EXPECT_EQ(Eval("Symbol.for('k') === Symbol.for('k') && Symbol.keyFor(Symbol.for('k')) === 'k'"), "true");
  EXPECT_EQ(Eval("Symbol.keyFor(Symbol('k'))"), "undefined");
  EXPECT_EQ(Eval("new Symbol()"), "threw TypeError: Symbol is not a constructor");
  EXPECT_EQ(Eval("typeof Symbol.iterator + ' ' + Symbol.iterator.toString()"), "symbol Symbol(Symbol.iterator)");
  EXPECT_EQ(Eval("Symbol.prototype[Symbol.toStringTag] + ' ' + String(Symbol('s'))"), "Symbol Symbol(s)");
  EXPECT_EQ(Eval("Symbol.prototype.valueOf.call(Symbol.match) === Symbol.match"), "true");
  EXPECT_EQ(Eval("Symbol.prototype[Symbol.toPrimitive].name"), "[Symbol.toPrimitive]");
  EXPECT_EQ(Eval("Symbol('a') + ''"), "threw TypeError: Cannot convert a Symbol value to a string");
}

}  // namespace
}  // namespace async_runtime::builtins
