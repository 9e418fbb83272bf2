// 23.1 Array Objects: %Array%, %Array.prototype% (itself an Array exotic
// object) with every ES2025 method, and ArraySpeciesCreate (10.4.2.3).
// The Array exotic object itself is runtime/interpreter/array_object.h;
// Array iterators and %Iterator.prototype% are array_iterator.h.
#pragma once

#include "runtime/builtins/builtin_function.h"

#include <functional>

namespace async_runtime::builtins {

// Creates %Array%, %Array.prototype% and their properties, %ArrayIteratorPrototype% and (unless another family
// made it first) %Iterator.prototype%, and stores them in `realm`.
void CreateArrayIntrinsics(Agent& agent, Realm* realm);

// 10.4.2.3 ArraySpeciesCreate ( originalArray, length )
// https://tc39.es/ecma262/#sec-arrayspeciescreate
ThrowCompletionOr<Object*> ArraySpeciesCreate(Agent& agent, Object* original_array, double length);

// 23.1.3.30.1 SortIndexedProperties step 4: sorts `items` with a stable bottom-up merge sort, calling
// `compare(x, y)` (SortCompare: negative when x goes before y); stops at the first abrupt completion and returns
// it. Shared by Array.prototype.sort/toSorted and the %TypedArray% ones.
ThrowCompletionOr<void> StableSortValues(Agent& agent, interpreter::RootedValueVector& items,
                                         const std::function<ThrowCompletionOr<double>(Value, Value)>& compare);

}  // namespace async_runtime::builtins
