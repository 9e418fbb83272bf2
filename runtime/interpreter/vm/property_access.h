// Fast paths for property access on objects whose lookup internal methods are
// known to be the ordinary ones (10.1). Each answers exactly what the spec's
// algorithm answers (same values, same calls of getters, same errors), only
// without building Property Descriptors: on such objects [[GetOwnProperty]]
// and [[GetPrototypeOf]] have no observable effect, so reading a shape slot
// or an element is the whole of what OrdinaryGetOwnProperty does.
#pragma once

#include "runtime/interpreter/completion.h"
#include "runtime/interpreter/object.h"

namespace async_runtime::interpreter::vm {

// Whether `object`'s [[GetPrototypeOf]], [[GetOwnProperty]], [[HasProperty]] and [[Get]] are all the ordinary
// ones: a plain Object, an Array (which only overrides [[DefineOwnProperty]]) or a built-in function. Exact
// types, not subclasses: a subclass may be exotic.
bool HasOrdinaryLookup(const Object* object);

// O.[[Get]](P, Receiver) (10.1.8.1 OrdinaryGet through ordinary prototypes; a prototype without ordinary
// lookup gets its own [[Get]]), for any object: objects without ordinary lookup take their own [[Get]].
ThrowCompletionOr<Value> GetFast(Agent& agent, Object* object, const PropertyKey& key, Value receiver);

// CreateDataProperty(O, P, V) (7.3.5) for a plain extensible Object that has no own property P: what
// OrdinaryDefineOwnProperty → ValidateAndApplyPropertyDescriptor step 2.c does, adding the property.
// Answers false (doing nothing) when that does not apply; the caller then takes the general path.
bool TryAddDataPropertyFast(Agent& agent, Object* object, const PropertyKey& key, Value value);

// O.[[Set]](P, V, O) for an ordinary-lookup object with an own writable data property P kept in its shape
// (10.1.9.2 OrdinarySetWithOwnDescriptor steps 2.a-2.h only store V). Answers false (doing nothing) otherwise.
bool TrySetOwnDataPropertyFast(Object* object, const PropertyKey& key, Value value);

}  // namespace async_runtime::interpreter::vm
