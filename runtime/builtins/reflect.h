// 28.1 The Reflect Object: the 13 functions that expose the essential
// internal methods, and %Symbol.toStringTag%.
#pragma once

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// Creates %Reflect%.
void CreateReflectIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
