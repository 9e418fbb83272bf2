// 27.1.4 The %AsyncIteratorPrototype% Object, shared by async generators,
// %AsyncFromSyncIteratorPrototype% and user code.
#pragma once

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// Creates %AsyncIteratorPrototype% in `realm` on the first call (later calls
// return it), so every family that inherits from it can ask for it whatever
// the order of InitializeRealm.
Object* EnsureAsyncIteratorPrototype(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
