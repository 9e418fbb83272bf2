// 23.1.2.2 Array.fromAsync: a built-in async function, run as a state machine
// whose Awaits are promise reactions (async::Await) resuming it.
#pragma once

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// Defines Array.fromAsync on the realm's %Array% (after CreateArrayIntrinsics
// and CreateAsyncFromSyncIteratorIntrinsics).
void CreateArrayFromAsyncIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
