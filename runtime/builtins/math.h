// 21.3 The Math Object: %Math% with its value properties and functions.
// Math.sumPrecise needs the iteration protocol (runtime/interpreter/vm/
// iteration.h), which does not exist yet, so it is not defined.
#pragma once

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// Creates %Math% and stores it in the realm.
void CreateMathIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
