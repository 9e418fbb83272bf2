#include "runtime/interpreter/vm/property_access.h"

#include <typeinfo>

#include "runtime/interpreter/array_object.h"
#include "runtime/interpreter/function_object.h"
#include "runtime/interpreter/object_operations.h"

namespace async_runtime::interpreter::vm {

bool HasOrdinaryLookup(const Object* object) {
  const std::type_info& type = typeid(*object);
  return type == typeid(Object) || type == typeid(ArrayObject) || type == typeid(NativeFunction);
}

ThrowCompletionOr<Value> GetFast(Agent& agent, Object* object, const PropertyKey& key, Value receiver) {
  // 10.1.8.1 OrdinaryGet ( O, P, Receiver ), its recursion through ordinary prototypes as a loop.
  while (true) {
    if (!HasOrdinaryLookup(object)) return object->Get(agent, key, receiver);
    // 1. Let desc be ? O.[[GetOwnProperty]](P) (OrdinaryGetOwnProperty: the element or the shape slot).
    if (key.is_array_index() && object->HasDenseElement(key.array_index())) {
      // 3. If IsDataDescriptor(desc) is true, return desc.[[Value]].
      return object->dense_element(key.array_index());
    }
    PropertyAttributes attributes;
    if (Value* slot = object->FindOwnSlot(key, &attributes)) {
      // 3. If IsDataDescriptor(desc) is true, return desc.[[Value]].
      if (attributes.is_data()) return *slot;
      // 4.-5. Let getter be desc.[[Get]]. 6. If getter is undefined, return undefined.
      Value getter = static_cast<AccessorPair*>(slot->AsCell())->getter;
      if (getter.IsUndefined()) return Value::Undefined();
      // 7. Return ? Call(getter, Receiver).
      return Call(agent, getter, receiver);
    }
    // 2.a. Let parent be ? O.[[GetPrototypeOf]](). b. If parent is null, return undefined.
    Object* parent = object->prototype();
    if (parent == nullptr) return Value::Undefined();
    // 2.c. Return ? parent.[[Get]](P, Receiver).
    object = parent;
  }
}

bool TryAddDataPropertyFast(Agent& agent, Object* object, const PropertyKey& key, Value value) {
  // Only a plain Object (an Array's [[DefineOwnProperty]] is exotic) and a named key (an index may belong in
  // the elements, which StoreOwnProperty decides for itself; kept to the general path).
  if (!key.is_string() || typeid(*object) != typeid(Object) || !object->extensible()) return false;
  PropertyAttributes attributes;
  if (object->FindOwnSlot(key, &attributes) != nullptr) return false;
  // 10.1.6.3 ValidateAndApplyPropertyDescriptor, current undefined and extensible true: 2.c. create an own
  // data property with Desc's [[Value]] and { [[Writable]], [[Enumerable]], [[Configurable]]: true }.
  object->StoreOwnProperty(agent, key, PropertyDescriptor::Data(value, true, true, true));
  return true;
}

bool TrySetOwnDataPropertyFast(Object* object, const PropertyKey& key, Value value) {
  if (!key.is_string() || typeid(*object) != typeid(Object)) return false;
  PropertyAttributes attributes;
  Value* slot = object->FindOwnSlot(key, &attributes);
  if (slot == nullptr || !attributes.is_data() || !attributes.writable()) return false;
  // 10.1.9.2 OrdinarySetWithOwnDescriptor with ownDesc the writable data property and Receiver O itself:
  // existingDesc is the same property, so h. [[DefineOwnProperty]](P, { [[Value]]: V }) stores V.
  *slot = value;
  return true;
}

}  // namespace async_runtime::interpreter::vm
