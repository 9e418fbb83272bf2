// 20.5.8 SuppressedError Objects: %SuppressedError% and %SuppressedError.prototype%.
#pragma once

#include "runtime/builtins/builtin_function.h"
#include "runtime/interpreter/error_object.h"

namespace async_runtime::builtins {

// Creates %SuppressedError.prototype% ([[Prototype]] %Error.prototype%) and
// %SuppressedError% ([[Prototype]] %Error%). Runs after CreateErrorIntrinsics.
void CreateSuppressedErrorIntrinsics(Agent& agent, Realm* realm);

// "a newly created SuppressedError object" with own non-enumerable "error"
// and "suppressed" properties, as 7.5.5 DisposeResources makes it: an error
// of the current realm's %SuppressedError.prototype%, without "message".
// `error` and `suppressed` need not be rooted; the result is not rooted.
interpreter::ErrorObject* NewSuppressedError(Agent& agent, Value error, Value suppressed);

}  // namespace async_runtime::builtins
