// 7.2 / 7.3 abstract operations on objects that the object model needs
// (Get, Set, CreateDataProperty, ..., Call, SetIntegrityLevel). The ones that
// need ToObject/ToPropertyKey or the VM (GetV, GetMethod, Invoke, Construct,
// species, iterators) come with the VM.
#pragma once

#include <span>

#include "runtime/interpreter/completion.h"
#include "runtime/interpreter/object.h"
#include "runtime/interpreter/property_descriptor.h"
#include "runtime/interpreter/property_key.h"

namespace async_runtime::interpreter {

class Agent;

enum class IntegrityLevel { kSealed, kFrozen };

// 7.2.3 IsCallable ( arg )
// https://tc39.es/ecma262/#sec-iscallable
bool IsCallable(Value argument);

// 7.2.4 IsConstructor ( arg )
// https://tc39.es/ecma262/#sec-isconstructor
bool IsConstructor(Value argument);

// 7.2.5 IsExtensible ( obj )
// https://tc39.es/ecma262/#sec-isextensible-o
ThrowCompletionOr<bool> IsExtensible(Agent& agent, Object* obj);

// 7.3.2 Get ( obj, propertyKey )
// https://tc39.es/ecma262/#sec-get-o-p
ThrowCompletionOr<Value> Get(Agent& agent, Object* obj, const PropertyKey& property_key);

// 7.3.4 Set ( obj, propertyKey, value, throw )
// https://tc39.es/ecma262/#sec-set-o-p-v-throw
ThrowCompletionOr<void> Set(Agent& agent, Object* obj, const PropertyKey& property_key, Value value,
                            bool throw_on_failure);

// 7.3.5 CreateDataProperty ( obj, propertyKey, value )
// https://tc39.es/ecma262/#sec-createdataproperty
ThrowCompletionOr<bool> CreateDataProperty(Agent& agent, Object* obj, const PropertyKey& property_key,
                                           Value value);

// 7.3.6 CreateDataPropertyOrThrow ( obj, propertyKey, value )
// https://tc39.es/ecma262/#sec-createdatapropertyorthrow
ThrowCompletionOr<void> CreateDataPropertyOrThrow(Agent& agent, Object* obj, const PropertyKey& property_key,
                                                  Value value);

// 7.3.7 CreateNonEnumerableDataPropertyOrThrow ( obj, propertyKey, value )
// https://tc39.es/ecma262/#sec-createnonenumerabledatapropertyorthrow
void CreateNonEnumerableDataPropertyOrThrow(Agent& agent, Object* obj, const PropertyKey& property_key,
                                            Value value);

// 7.3.8 DefinePropertyOrThrow ( obj, propertyKey, propertyDesc )
// https://tc39.es/ecma262/#sec-definepropertyorthrow
ThrowCompletionOr<void> DefinePropertyOrThrow(Agent& agent, Object* obj, const PropertyKey& property_key,
                                              const PropertyDescriptor& property_desc);

// 7.3.9 DeletePropertyOrThrow ( obj, propertyKey )
// https://tc39.es/ecma262/#sec-deletepropertyorthrow
ThrowCompletionOr<void> DeletePropertyOrThrow(Agent& agent, Object* obj, const PropertyKey& property_key);

// 7.3.11 HasProperty ( obj, propertyKey )
// https://tc39.es/ecma262/#sec-hasproperty
ThrowCompletionOr<bool> HasProperty(Agent& agent, Object* obj, const PropertyKey& property_key);

// 7.3.12 HasOwnProperty ( obj, propertyKey )
// https://tc39.es/ecma262/#sec-hasownproperty
ThrowCompletionOr<bool> HasOwnProperty(Agent& agent, Object* obj, const PropertyKey& property_key);

// 7.3.13 Call ( func, thisValue [ , argList ] )
// https://tc39.es/ecma262/#sec-call
ThrowCompletionOr<Value> Call(Agent& agent, Value func, Value this_value,
                              std::span<const Value> argument_list = {});

// 7.3.15 SetIntegrityLevel ( obj, level )
// https://tc39.es/ecma262/#sec-setintegritylevel
ThrowCompletionOr<bool> SetIntegrityLevel(Agent& agent, Object* obj, IntegrityLevel level);

// 7.3.16 TestIntegrityLevel ( obj, level )
// https://tc39.es/ecma262/#sec-testintegritylevel
ThrowCompletionOr<bool> TestIntegrityLevel(Agent& agent, Object* obj, IntegrityLevel level);

}  // namespace async_runtime::interpreter
