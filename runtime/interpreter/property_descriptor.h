// 6.2.6 The Property Descriptor Specification Type
// https://tc39.es/ecma262/#sec-property-descriptor-specification-type
// Each field is optional: an absent field is std::nullopt. [[Get]] and [[Set]]
// hold undefined or a function object.
#pragma once

#include <optional>

#include "runtime/heap/cell.h"
#include "runtime/interpreter/value.h"

namespace async_runtime::interpreter {

struct PropertyDescriptor {
  std::optional<Value> value;
  std::optional<bool> writable;
  std::optional<Value> get;
  std::optional<Value> set;
  std::optional<bool> enumerable;
  std::optional<bool> configurable;

  static PropertyDescriptor Data(Value value, bool writable, bool enumerable, bool configurable) {
    PropertyDescriptor descriptor;
    descriptor.value = value;
    descriptor.writable = writable;
    descriptor.enumerable = enumerable;
    descriptor.configurable = configurable;
    return descriptor;
  }
  static PropertyDescriptor Accessor(Value get, Value set, bool enumerable, bool configurable) {
    PropertyDescriptor descriptor;
    descriptor.get = get;
    descriptor.set = set;
    descriptor.enumerable = enumerable;
    descriptor.configurable = configurable;
    return descriptor;
  }

  bool has_no_fields() const {
    return !value && !writable && !get && !set && !enumerable && !configurable;
  }
  // Has every field of a data or of an accessor property.
  bool is_fully_populated() const;

  void Visit(heap::Visitor& visitor) const {
    if (value) value->Visit(visitor);
    if (get) get->Visit(visitor);
    if (set) set->Visit(visitor);
  }
};

// 6.2.6.1 IsAccessorDescriptor ( propertyDesc )
// https://tc39.es/ecma262/#sec-isaccessordescriptor
inline bool IsAccessorDescriptor(const PropertyDescriptor& property_desc) {
  // 1. If propertyDesc has a [[Getter]] field, return true.
  if (property_desc.get) return true;
  // 2. If propertyDesc has a [[Setter]] field, return true.
  if (property_desc.set) return true;
  // 3. Return false.
  return false;
}

// 6.2.6.2 IsDataDescriptor ( propertyDesc )
// https://tc39.es/ecma262/#sec-isdatadescriptor
inline bool IsDataDescriptor(const PropertyDescriptor& property_desc) {
  // 1. If propertyDesc has a [[Value]] field, return true.
  if (property_desc.value) return true;
  // 2. If propertyDesc has a [[Writable]] field, return true.
  if (property_desc.writable) return true;
  // 3. Return false.
  return false;
}

// 6.2.6.3 IsGenericDescriptor ( propertyDesc )
// https://tc39.es/ecma262/#sec-isgenericdescriptor
inline bool IsGenericDescriptor(const PropertyDescriptor& property_desc) {
  // 1. If IsAccessorDescriptor(propertyDesc) is true, return false.
  if (IsAccessorDescriptor(property_desc)) return false;
  // 2. If IsDataDescriptor(propertyDesc) is true, return false.
  if (IsDataDescriptor(property_desc)) return false;
  // 3. Return true.
  return true;
}

// 6.2.6.6 CompletePropertyDescriptor ( propertyDesc )
// https://tc39.es/ecma262/#sec-completepropertydescriptor
inline void CompletePropertyDescriptor(PropertyDescriptor& property_desc) {
  // 1. Let like be the Record { [[Value]]: undefined, [[Writable]]: false,
  //    [[Getter]]: undefined, [[Setter]]: undefined, [[Enumerable]]: false,
  //    [[Configurable]]: false }.
  // 2. If IsGenericDescriptor(propertyDesc) is true or IsDataDescriptor(propertyDesc) is true, then
  if (IsGenericDescriptor(property_desc) || IsDataDescriptor(property_desc)) {
    // a. If propertyDesc does not have a [[Value]] field, set propertyDesc.[[Value]] to like.[[Value]].
    if (!property_desc.value) property_desc.value = Value::Undefined();
    // b. If propertyDesc does not have a [[Writable]] field, set propertyDesc.[[Writable]] to like.[[Writable]].
    if (!property_desc.writable) property_desc.writable = false;
  } else {
    // 3. Else,
    // a. If propertyDesc does not have a [[Getter]] field, set propertyDesc.[[Getter]] to like.[[Getter]].
    if (!property_desc.get) property_desc.get = Value::Undefined();
    // b. If propertyDesc does not have a [[Setter]] field, set propertyDesc.[[Setter]] to like.[[Setter]].
    if (!property_desc.set) property_desc.set = Value::Undefined();
  }
  // 4. If propertyDesc does not have an [[Enumerable]] field, set propertyDesc.[[Enumerable]] to like.[[Enumerable]].
  if (!property_desc.enumerable) property_desc.enumerable = false;
  // 5. If propertyDesc does not have a [[Configurable]] field, set propertyDesc.[[Configurable]] to like.[[Configurable]].
  if (!property_desc.configurable) property_desc.configurable = false;
  // 6. Return ~unused~.
}

inline bool PropertyDescriptor::is_fully_populated() const {
  if (!enumerable || !configurable) return false;
  if (IsAccessorDescriptor(*this)) return get && set && !value && !writable;
  return value && writable;
}

}  // namespace async_runtime::interpreter
