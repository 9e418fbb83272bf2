// 25.4 The Atomics Object: atomic operations on the elements of integer
// TypedArrays, and waiting and notification on Int32Array/BigInt64Array
// elements of SharedArrayBuffers.
//
// This engine runs one agent per agent cluster, and that agent's [[CanBlock]]
// is false (it is the host's main thread): no other agent can observe a
// memory access in the middle of an operation, so each read-modify-write is a
// plain read then write, and Atomics.wait throws the TypeError DoWait
// prescribes once its arguments are validated.
#pragma once

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// Creates %Atomics%.
void CreateAtomicsIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
