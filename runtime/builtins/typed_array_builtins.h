// 23.2 TypedArray Objects: %TypedArray% and %TypedArray.prototype% with every
// ES2025 method, and the eleven TypedArray constructors of Table 71 with
// their prototypes. The exotic object itself is typed_array.h.
#pragma once

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// Creates %TypedArray%, %TypedArray.prototype%, and each %Int8Array% ... %Float64Array% with its prototype.
// Needs %Array.prototype% (its toString is shared) and %ArrayIteratorPrototype%.
void CreateTypedArrayIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
