// The one place where the String and JSON built-ins create Arrays, while the
// Array family (ArrayCreate, 10.4.2.2) is written elsewhere: switch these to
// ArrayCreate / CreateArrayFromList at merge.
#pragma once

#include <span>

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// A new empty Array: ArrayCreate(0) when the realm has %Array% (through
// Construct(%Array%)); otherwise a stand-in, an ordinary object whose
// [[Prototype]] is %Array.prototype% (or %Object.prototype%) with a "length"
// data property { [[Value]]: +0𝔽, [[Writable]]: true, [[Enumerable]]: false,
// [[Configurable]]: false }.
ThrowCompletionOr<Object*> CreateArrayForJson(Agent& agent);

// CreateArrayFromList (7.3.17) for String and JSON until ArrayCreate exists.
// `elements` must be rooted by the caller. Built on CreateArrayForJson.
ThrowCompletionOr<Object*> CreateArrayFromListStandIn(Agent& agent, std::span<const Value> elements);

}  // namespace async_runtime::builtins
