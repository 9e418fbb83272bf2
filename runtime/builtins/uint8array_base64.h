// 23.3 Uint8Array Objects: the base64 and hex conversions of ES2026
// (Uint8Array.fromBase64, fromHex, and the prototype's setFromBase64,
// setFromHex, toBase64, toHex) with the abstract operations of 23.3.3.
#pragma once

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// Adds the 23.3.1 and 23.3.2 properties to %Uint8Array% and %Uint8Array.prototype%, which
// CreateTypedArrayIntrinsics must have created.
void CreateUint8ArrayBase64Intrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
