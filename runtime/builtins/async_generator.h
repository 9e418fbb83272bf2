// 27.7 AsyncGeneratorFunction.prototype and 27.9.1 %AsyncGeneratorPrototype%
// (next, return, throw). The %AsyncGeneratorFunction% constructor is with
// the other dynamic functions (dynamic_function.cc).
#pragma once

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// Creates %AsyncGeneratorFunction.prototype% and %AsyncGeneratorPrototype%.
// Needs %AsyncIteratorPrototype% (created on demand).
void CreateAsyncGeneratorIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
