#include "runtime/interpreter/object_operations.h"

#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/function_object.h"

namespace async_runtime::interpreter {

// 7.2.3 IsCallable ( arg )
// https://tc39.es/ecma262/#sec-iscallable
bool IsCallable(Value argument) {
  // 1. If arg is not an Object, return false.
  if (!argument.IsObject()) return false;
  // 2. If arg has a [[Call]] internal method, return true.
  // 3. Return false.
  return argument.AsObject()->IsCallable();
}

// 7.2.4 IsConstructor ( arg )
// https://tc39.es/ecma262/#sec-isconstructor
bool IsConstructor(Value argument) {
  // 1. If arg is not an Object, return false.
  if (!argument.IsObject()) return false;
  // 2. If arg has a [[Construct]] internal method, return true.
  // 3. Return false.
  return argument.AsObject()->IsConstructor();
}

// 7.2.5 IsExtensible ( obj )
// https://tc39.es/ecma262/#sec-isextensible-o
ThrowCompletionOr<bool> IsExtensible(Agent& agent, Object* obj) {
  // 1. Return ? obj.[[IsExtensible]]().
  return obj->IsExtensible(agent);
}

// 7.3.2 Get ( obj, propertyKey )
// https://tc39.es/ecma262/#sec-get-o-p
ThrowCompletionOr<Value> Get(Agent& agent, Object* obj, const PropertyKey& property_key) {
  // 1. Return ? obj.[[Get]](propertyKey, obj).
  return obj->Get(agent, property_key, Value::FromObject(obj));
}

// 7.3.4 Set ( obj, propertyKey, value, throw )
// https://tc39.es/ecma262/#sec-set-o-p-v-throw
ThrowCompletionOr<void> Set(Agent& agent, Object* obj, const PropertyKey& property_key, Value value,
                            bool throw_on_failure) {
  // 1. Let success be ? obj.[[Set]](propertyKey, value, obj).
  bool success = TRY(obj->Set(agent, property_key, value, Value::FromObject(obj)));
  // 2. If success is false and throw is true, throw a TypeError exception.
  if (!success && throw_on_failure) {
    return ThrowTypeError(agent, u"Cannot assign to read-only property '" + property_key.ToDisplayString() + u"'");
  }
  // 3. Return ~unused~.
  return {};
}

// 7.3.5 CreateDataProperty ( obj, propertyKey, value )
// https://tc39.es/ecma262/#sec-createdataproperty
ThrowCompletionOr<bool> CreateDataProperty(Agent& agent, Object* obj, const PropertyKey& property_key,
                                           Value value) {
  // 1. Let newDesc be the PropertyDescriptor { [[Value]]: value, [[Writable]]: true,
  //    [[Enumerable]]: true, [[Configurable]]: true }.
  PropertyDescriptor new_desc = PropertyDescriptor::Data(value, true, true, true);
  // 2. Return ? obj.[[DefineOwnProperty]](propertyKey, newDesc).
  return obj->DefineOwnProperty(agent, property_key, new_desc);
}

// 7.3.6 CreateDataPropertyOrThrow ( obj, propertyKey, value )
// https://tc39.es/ecma262/#sec-createdatapropertyorthrow
ThrowCompletionOr<void> CreateDataPropertyOrThrow(Agent& agent, Object* obj, const PropertyKey& property_key,
                                                  Value value) {
  // 1. Let success be ? CreateDataProperty(obj, propertyKey, value).
  bool success = TRY(CreateDataProperty(agent, obj, property_key, value));
  // 2. If success is false, throw a TypeError exception.
  if (!success) {
    return ThrowTypeError(agent, u"Cannot define property '" + property_key.ToDisplayString() + u"'");
  }
  // 3. Return ~unused~.
  return {};
}

// 7.3.7 CreateNonEnumerableDataPropertyOrThrow ( obj, propertyKey, value )
// https://tc39.es/ecma262/#sec-createnonenumerabledatapropertyorthrow
void CreateNonEnumerableDataPropertyOrThrow(Agent& agent, Object* obj, const PropertyKey& property_key,
                                            Value value) {
  // 1. Assert: obj is an ordinary, extensible object with no non-configurable properties.
  assert(obj->extensible());
  // 2. Let newDesc be the PropertyDescriptor { [[Value]]: value, [[Writable]]: true,
  //    [[Enumerable]]: false, [[Configurable]]: true }.
  PropertyDescriptor new_desc = PropertyDescriptor::Data(value, true, false, true);
  // 3. Perform ! DefinePropertyOrThrow(obj, propertyKey, newDesc).
  MUST(DefinePropertyOrThrow(agent, obj, property_key, new_desc));
  // 4. Return ~unused~.
}

// 7.3.8 DefinePropertyOrThrow ( obj, propertyKey, propertyDesc )
// https://tc39.es/ecma262/#sec-definepropertyorthrow
ThrowCompletionOr<void> DefinePropertyOrThrow(Agent& agent, Object* obj, const PropertyKey& property_key,
                                              const PropertyDescriptor& property_desc) {
  // 1. Let success be ? obj.[[DefineOwnProperty]](propertyKey, propertyDesc).
  bool success = TRY(obj->DefineOwnProperty(agent, property_key, property_desc));
  // 2. If success is false, throw a TypeError exception.
  if (!success) {
    return ThrowTypeError(agent, u"Cannot redefine property '" + property_key.ToDisplayString() + u"'");
  }
  // 3. Return ~unused~.
  return {};
}

// 7.3.9 DeletePropertyOrThrow ( obj, propertyKey )
// https://tc39.es/ecma262/#sec-deletepropertyorthrow
ThrowCompletionOr<void> DeletePropertyOrThrow(Agent& agent, Object* obj, const PropertyKey& property_key) {
  // 1. Let success be ? obj.[[Delete]](propertyKey).
  bool success = TRY(obj->Delete(agent, property_key));
  // 2. If success is false, throw a TypeError exception.
  if (!success) {
    return ThrowTypeError(agent, u"Cannot delete property '" + property_key.ToDisplayString() + u"'");
  }
  // 3. Return ~unused~.
  return {};
}

// 7.3.11 HasProperty ( obj, propertyKey )
// https://tc39.es/ecma262/#sec-hasproperty
ThrowCompletionOr<bool> HasProperty(Agent& agent, Object* obj, const PropertyKey& property_key) {
  // 1. Return ? obj.[[HasProperty]](propertyKey).
  return obj->HasProperty(agent, property_key);
}

// 7.3.12 HasOwnProperty ( obj, propertyKey )
// https://tc39.es/ecma262/#sec-hasownproperty
ThrowCompletionOr<bool> HasOwnProperty(Agent& agent, Object* obj, const PropertyKey& property_key) {
  // 1. Let propertyDesc be ? obj.[[GetOwnProperty]](propertyKey).
  std::optional<PropertyDescriptor> property_desc = TRY(obj->GetOwnProperty(agent, property_key));
  // 2. If propertyDesc is undefined, return false.
  if (!property_desc) return false;
  // 3. Return true.
  return true;
}

// 7.3.13 Call ( func, thisValue [ , argList ] )
// https://tc39.es/ecma262/#sec-call
ThrowCompletionOr<Value> Call(Agent& agent, Value func, Value this_value, std::span<const Value> argument_list) {
  // 1. If argList is not present, set argList to a new empty List.
  // 2. If IsCallable(func) is false, throw a TypeError exception.
  if (!IsCallable(func)) return ThrowTypeError(agent, u"not a function");
  // 3. Return ? func.[[Call]](thisValue, argList).
  // The callee and receiver stay rooted for the whole call: the callee may
  // remove itself from wherever the caller found it.
  RootedValue rooted_function(agent.heap(), func);
  RootedValue rooted_this(agent.heap(), this_value);
  return static_cast<FunctionObject*>(func.AsObject())->Call(agent, this_value, argument_list);
}

// 7.3.15 SetIntegrityLevel ( obj, level )
// https://tc39.es/ecma262/#sec-setintegritylevel
ThrowCompletionOr<bool> SetIntegrityLevel(Agent& agent, Object* obj, IntegrityLevel level) {
  // 1. Let status be ? obj.[[PreventExtensions]]().
  bool status = TRY(obj->PreventExtensions(agent));
  // 2. If status is false, return false.
  if (!status) return false;
  // 3. Let keys be ? obj.[[OwnPropertyKeys]]().
  std::vector<PropertyKey> keys = TRY(obj->OwnPropertyKeys(agent));
  // 4. If level is ~sealed~, then
  if (level == IntegrityLevel::kSealed) {
    // a. For each element key of keys, do
    for (const PropertyKey& key : keys) {
      // i. Perform ? DefinePropertyOrThrow(obj, key, PropertyDescriptor { [[Configurable]]: false }).
      PropertyDescriptor descriptor;
      descriptor.configurable = false;
      TRY(DefinePropertyOrThrow(agent, obj, key, descriptor));
    }
  } else {
    // 5. Else,
    // a. Assert: level is ~frozen~.
    assert(level == IntegrityLevel::kFrozen);
    // b. For each element key of keys, do
    for (const PropertyKey& key : keys) {
      // i. Let currentDesc be ? obj.[[GetOwnProperty]](key).
      std::optional<PropertyDescriptor> current_desc = TRY(obj->GetOwnProperty(agent, key));
      // ii. If currentDesc is not undefined, then
      if (current_desc) {
        PropertyDescriptor property_desc;
        // 1. If IsAccessorDescriptor(currentDesc) is true, then
        //   a. Let propertyDesc be the PropertyDescriptor { [[Configurable]]: false }.
        // 2. Else,
        //   a. Let propertyDesc be the PropertyDescriptor { [[Configurable]]: false, [[Writable]]: false }.
        property_desc.configurable = false;
        if (!IsAccessorDescriptor(*current_desc)) property_desc.writable = false;
        // 3. Perform ? DefinePropertyOrThrow(obj, key, propertyDesc).
        TRY(DefinePropertyOrThrow(agent, obj, key, property_desc));
      }
    }
  }
  // 6. Return true.
  return true;
}

// 7.3.16 TestIntegrityLevel ( obj, level )
// https://tc39.es/ecma262/#sec-testintegritylevel
ThrowCompletionOr<bool> TestIntegrityLevel(Agent& agent, Object* obj, IntegrityLevel level) {
  // 1. Let extensible be ? IsExtensible(obj).
  bool extensible = TRY(IsExtensible(agent, obj));
  // 2. If extensible is true, return false.
  // 3. NOTE: If the object is extensible, none of its properties are examined.
  if (extensible) return false;
  // 4. Let keys be ? obj.[[OwnPropertyKeys]]().
  std::vector<PropertyKey> keys = TRY(obj->OwnPropertyKeys(agent));
  // 5. For each element key of keys, do
  for (const PropertyKey& key : keys) {
    // a. Let currentDesc be ? obj.[[GetOwnProperty]](key).
    std::optional<PropertyDescriptor> current_desc = TRY(obj->GetOwnProperty(agent, key));
    // b. If currentDesc is not undefined, then
    if (current_desc) {
      // i. If currentDesc.[[Configurable]] is true, return false.
      if (*current_desc->configurable) return false;
      // ii. If level is ~frozen~ and IsDataDescriptor(currentDesc) is true, then
      if (level == IntegrityLevel::kFrozen && IsDataDescriptor(*current_desc)) {
        // 1. If currentDesc.[[Writable]] is true, return false.
        if (*current_desc->writable) return false;
      }
    }
  }
  // 6. Return true.
  return true;
}

}  // namespace async_runtime::interpreter
