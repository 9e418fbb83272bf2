// 27.1.3.3.13 Iterator.prototype [ %Symbol.dispose% ] ( ), added to the
// %Iterator.prototype% that CreateIteratorIntrinsics completes.
#pragma once

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// Defines %Iterator.prototype%[%Symbol.dispose%]. Runs after
// CreateIteratorIntrinsics.
void CreateIteratorDisposeIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
