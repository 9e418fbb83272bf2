#include "runtime/interpreter/object.h"

#include <algorithm>
#include <cassert>

#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/object_operations.h"

namespace async_runtime::interpreter {

namespace {

constexpr PropertyAttributes kPlainDataAttributes = PropertyAttributes::Data(true, true, true);

PropertyAttributes AttributesOf(const PropertyDescriptor& descriptor) {
  if (IsAccessorDescriptor(descriptor)) {
    return PropertyAttributes::Accessor(*descriptor.enumerable, *descriptor.configurable);
  }
  return PropertyAttributes::Data(*descriptor.writable, *descriptor.enumerable, *descriptor.configurable);
}

// Whether a new plain data element at `index` keeps the elements dense
// enough; a sparse index goes to the shape instead. One element may add at
// most ~1K holes: relative to the size alone, a chain like x[2], x[6],
// x[14], ... x[2^31 - 2] would grow the vector geometrically to gigabytes.
bool FitsDenseElements(uint32_t index, size_t size) { return index < size + std::min<size_t>(size, 1024) + 16; }

}  // namespace

// --- Storage -----------------------------------------------------------------

void Object::VisitEdges(heap::Visitor& visitor) {
  visitor.Visit(shape_);
  visitor.Visit(instance_root_shape_);
  for (Value value : slots_) value.Visit(visitor);
  for (Value value : elements_) value.Visit(visitor);
  if (private_elements_) {
    for (const PrivateElement& element : *private_elements_) element.Visit(visitor);
  }
}

void Object::set_prototype(Agent& agent, Object* prototype) {
  Shape* shape = Shape::ChangePrototype(agent, shape_, prototype);
  shape_ = shape;
}

std::optional<PropertyDescriptor> Object::GetOwnPropertyFromStorage(const PropertyKey& key) const {
  if (key.is_array_index() && HasDenseElement(key.array_index())) {
    return PropertyDescriptor::Data(elements_[key.array_index()], true, true, true);
  }
  std::optional<Shape::Entry> entry = shape_->Lookup(key);
  if (!entry) return std::nullopt;
  Value slot = slots_[entry->slot];
  PropertyAttributes attributes = entry->attributes;
  if (attributes.is_accessor()) {
    auto* pair = static_cast<AccessorPair*>(slot.AsCell());
    return PropertyDescriptor::Accessor(pair->getter, pair->setter, attributes.enumerable(),
                                        attributes.configurable());
  }
  return PropertyDescriptor::Data(slot, attributes.writable(), attributes.enumerable(), attributes.configurable());
}

void Object::StoreOwnProperty(Agent& agent, const PropertyKey& key, const PropertyDescriptor& descriptor) {
  assert(descriptor.is_fully_populated());
  PropertyAttributes attributes = AttributesOf(descriptor);
  bool leaving_elements = false;
  if (key.is_array_index()) {
    uint32_t index = key.array_index();
    if (HasDenseElement(index)) {
      if (attributes == kPlainDataAttributes) {
        elements_[index] = *descriptor.value;
        return;
      }
      // Non-default attributes: the property moves to the shape. The old
      // element stays in place until the shape is ready, because the new
      // value may be that very element (nothing else may be rooting it).
      leaving_elements = true;
    } else if (attributes == kPlainDataAttributes && FitsDenseElements(index, elements_.size()) &&
               !shape_->Lookup(key)) {
      if (index >= elements_.size()) elements_.resize(index + 1, Value::Empty());
      elements_[index] = *descriptor.value;
      return;
    }
  }
  // All allocation happens before any mutation, so that every value the
  // descriptor refers to stays reachable through this object meanwhile.
  heap::Handle<AccessorPair> pair(agent.heap());
  Value slot_value;
  if (attributes.is_accessor()) {
    pair = agent.Allocate<AccessorPair>(*descriptor.get, *descriptor.set);
    slot_value = Value::FromInternalCell(pair.get());
  } else {
    slot_value = *descriptor.value;
  }
  std::optional<Shape::Entry> entry = shape_->Lookup(key);
  if (entry) {
    if (!(entry->attributes == attributes)) shape_ = Shape::ChangeAttributes(agent, shape_, key, attributes);
    slots_[entry->slot] = slot_value;
    return;
  }
  Shape* shape = Shape::AddProperty(agent, shape_, key, attributes);
  shape_ = shape;
  slots_.push_back(slot_value);
  if (leaving_elements) {
    elements_[key.array_index()] = Value::Empty();
    while (!elements_.empty() && elements_.back().IsEmpty()) elements_.pop_back();
  }
}

void Object::RemoveOwnProperty(Agent& agent, const PropertyKey& key) {
  if (key.is_array_index() && HasDenseElement(key.array_index())) {
    elements_[key.array_index()] = Value::Empty();
    while (!elements_.empty() && elements_.back().IsEmpty()) elements_.pop_back();
    return;
  }
  std::optional<Shape::Entry> entry = shape_->Lookup(key);
  if (!entry) return;
  Shape* shape = Shape::RemoveProperty(agent, shape_, key);
  slots_.erase(slots_.begin() + entry->slot);
  shape_ = shape;
}

std::vector<PropertyKey> Object::OwnKeysFromStorage() const {
  std::vector<PropertyKey> keys;
  std::vector<uint32_t> indices;
  for (uint32_t index = 0; index < elements_.size(); ++index) {
    if (!elements_[index].IsEmpty()) indices.push_back(index);
  }
  std::vector<Shape::Entry> entries = shape_->Entries();
  bool shape_has_indices = false;
  for (const Shape::Entry& entry : entries) {
    if (entry.key.is_array_index()) {
      indices.push_back(entry.key.array_index());
      shape_has_indices = true;
    }
  }
  if (shape_has_indices) std::sort(indices.begin(), indices.end());
  keys.reserve(indices.size() + entries.size());
  for (uint32_t index : indices) keys.push_back(PropertyKey::ArrayIndex(index));
  for (const Shape::Entry& entry : entries) {
    if (entry.key.is_string()) keys.push_back(entry.key);
  }
  for (const Shape::Entry& entry : entries) {
    if (entry.key.is_symbol()) keys.push_back(entry.key);
  }
  return keys;
}

// --- Essential internal methods: the ordinary definitions (10.1.x) ----------

// 10.1.1 [[GetPrototypeOf]] ( )
// https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-getprototypeof
ThrowCompletionOr<Object*> Object::GetPrototypeOf(Agent&) {
  // 1. Return OrdinaryGetPrototypeOf(O).
  return OrdinaryGetPrototypeOf(this);
}

// 10.1.2 [[SetPrototypeOf]] ( V )
// https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-setprototypeof-v
ThrowCompletionOr<bool> Object::SetPrototypeOf(Agent& agent, Object* prototype) {
  // 1. Return OrdinarySetPrototypeOf(O, V).
  return OrdinarySetPrototypeOf(agent, this, prototype);
}

// 10.1.3 [[IsExtensible]] ( )
// https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-isextensible
ThrowCompletionOr<bool> Object::IsExtensible(Agent&) {
  // 1. Return OrdinaryIsExtensible(O).
  return OrdinaryIsExtensible(this);
}

// 10.1.4 [[PreventExtensions]] ( )
// https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-preventextensions
ThrowCompletionOr<bool> Object::PreventExtensions(Agent&) {
  // 1. Return OrdinaryPreventExtensions(O).
  return OrdinaryPreventExtensions(this);
}

// 10.1.5 [[GetOwnProperty]] ( P )
// https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-getownproperty-p
ThrowCompletionOr<std::optional<PropertyDescriptor>> Object::GetOwnProperty(Agent&, const PropertyKey& key) {
  // 1. Return OrdinaryGetOwnProperty(O, P).
  return OrdinaryGetOwnProperty(this, key);
}

// 10.1.6 [[DefineOwnProperty]] ( P, Desc )
// https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-defineownproperty-p-desc
ThrowCompletionOr<bool> Object::DefineOwnProperty(Agent& agent, const PropertyKey& key,
                                                  const PropertyDescriptor& descriptor) {
  // 1. Return ? OrdinaryDefineOwnProperty(O, P, Desc).
  return OrdinaryDefineOwnProperty(agent, this, key, descriptor);
}

// 10.1.7 [[HasProperty]] ( P )
// https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-hasproperty-p
ThrowCompletionOr<bool> Object::HasProperty(Agent& agent, const PropertyKey& key) {
  // 1. Return ? OrdinaryHasProperty(O, P).
  return OrdinaryHasProperty(agent, this, key);
}

// 10.1.8 [[Get]] ( P, Receiver )
// https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-get-p-receiver
ThrowCompletionOr<Value> Object::Get(Agent& agent, const PropertyKey& key, Value receiver) {
  // 1. Return ? OrdinaryGet(O, P, Receiver).
  return OrdinaryGet(agent, this, key, receiver);
}

// 10.1.9 [[Set]] ( P, V, Receiver )
// https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-set-p-v-receiver
ThrowCompletionOr<bool> Object::Set(Agent& agent, const PropertyKey& key, Value value, Value receiver) {
  // 1. Return ? OrdinarySet(O, P, V, Receiver).
  return OrdinarySet(agent, this, key, value, receiver);
}

// 10.1.10 [[Delete]] ( P )
// https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-delete-p
ThrowCompletionOr<bool> Object::Delete(Agent& agent, const PropertyKey& key) {
  // 1. Return ? OrdinaryDelete(O, P).
  return OrdinaryDelete(agent, this, key);
}

// 10.1.11 [[OwnPropertyKeys]] ( )
// https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-ownpropertykeys
ThrowCompletionOr<std::vector<PropertyKey>> Object::OwnPropertyKeys(Agent&) {
  // 1. Return OrdinaryOwnPropertyKeys(O).
  return OrdinaryOwnPropertyKeys(this);
}

// --- The ordinary abstract operations -------------------------------------------

// 10.1.1.1 OrdinaryGetPrototypeOf ( obj )
// https://tc39.es/ecma262/#sec-ordinarygetprototypeof
Object* OrdinaryGetPrototypeOf(Object* obj) {
  // 1. Return obj.[[Prototype]].
  return obj->prototype();
}

// 10.1.2.1 OrdinarySetPrototypeOf ( obj, proto )
// https://tc39.es/ecma262/#sec-ordinarysetprototypeof
bool OrdinarySetPrototypeOf(Agent& agent, Object* obj, Object* proto) {
  // 1. Let current be obj.[[Prototype]].
  Object* current = obj->prototype();
  // 2. If SameValue(proto, current) is true, return true.
  if (proto == current) return true;
  // 3. Let extensible be obj.[[Extensible]].
  bool extensible = obj->extensible();
  // 4. If extensible is false, return false.
  if (!extensible) return false;
  // 5. Let cursor be proto.
  Object* cursor = proto;
  // 6. Let done be false.
  bool done = false;
  // 7. Repeat, while done is false,
  while (!done) {
    // a. If cursor is null, then
    if (cursor == nullptr) {
      // i. Set done to true.
      done = true;
    } else if (cursor == obj) {
      // b. Else if SameValue(cursor, obj) is true, then
      //   i. Return false.
      return false;
    } else {
      // c. Else,
      //   i. If cursor.[[GetPrototypeOf]] is not the ordinary object internal
      //      method defined in 10.1.1, set done to true.
      if (!cursor->HasOrdinaryGetPrototypeOf()) {
        done = true;
      } else {
        // ii. Else, set cursor to cursor.[[Prototype]].
        cursor = cursor->prototype();
      }
    }
  }
  // 8. Set obj.[[Prototype]] to proto.
  obj->set_prototype(agent, proto);
  // 9. Return true.
  return true;
}

// 10.1.3.1 OrdinaryIsExtensible ( obj )
// https://tc39.es/ecma262/#sec-ordinaryisextensible
bool OrdinaryIsExtensible(Object* obj) {
  // 1. Return obj.[[Extensible]].
  return obj->extensible();
}

// 10.1.4.1 OrdinaryPreventExtensions ( obj )
// https://tc39.es/ecma262/#sec-ordinarypreventextensions
bool OrdinaryPreventExtensions(Object* obj) {
  // 1. Set obj.[[Extensible]] to false.
  obj->set_extensible(false);
  // 2. Return true.
  return true;
}

// 10.1.5.1 OrdinaryGetOwnProperty ( obj, propertyKey )
// https://tc39.es/ecma262/#sec-ordinarygetownproperty
std::optional<PropertyDescriptor> OrdinaryGetOwnProperty(Object* obj, const PropertyKey& property_key) {
  // 1. If obj does not have an own property with key propertyKey, return undefined.
  // 2. Let propertyDesc be a newly created Property Descriptor with no fields.
  // 3. Let ownProperty be obj's own property whose key is propertyKey.
  // 4. If ownProperty is a data property, then
  //   a. Set propertyDesc.[[Value]] to the value of ownProperty's [[Value]] attribute.
  //   b. Set propertyDesc.[[Writable]] to the value of ownProperty's [[Writable]] attribute.
  // 5. Else,
  //   a. Assert: ownProperty is an accessor property.
  //   b. Set propertyDesc.[[Getter]] to the value of ownProperty's [[Getter]] attribute.
  //   c. Set propertyDesc.[[Setter]] to the value of ownProperty's [[Setter]] attribute.
  // 6. Set propertyDesc.[[Enumerable]] to the value of ownProperty's [[Enumerable]] attribute.
  // 7. Set propertyDesc.[[Configurable]] to the value of ownProperty's [[Configurable]] attribute.
  // 8. Return propertyDesc.
  return obj->GetOwnPropertyFromStorage(property_key);
}

// 10.1.6.1 OrdinaryDefineOwnProperty ( obj, propertyKey, propertyDesc )
// https://tc39.es/ecma262/#sec-ordinarydefineownproperty
ThrowCompletionOr<bool> OrdinaryDefineOwnProperty(Agent& agent, Object* obj, const PropertyKey& property_key,
                                                  const PropertyDescriptor& property_desc) {
  // 1. Let current be ? obj.[[GetOwnProperty]](propertyKey).
  std::optional<PropertyDescriptor> current = TRY(obj->GetOwnProperty(agent, property_key));
  // 2. Let extensible be ? IsExtensible(obj).
  bool extensible = TRY(IsExtensible(agent, obj));
  // 3. Return ValidateAndApplyPropertyDescriptor(obj, propertyKey, extensible, propertyDesc, current).
  return ValidateAndApplyPropertyDescriptor(agent, obj, property_key, extensible, property_desc, current);
}

// 10.1.6.2 IsCompatiblePropertyDescriptor ( extensible, propertyDesc, current )
// https://tc39.es/ecma262/#sec-iscompatiblepropertydescriptor
bool IsCompatiblePropertyDescriptor(Agent& agent, bool extensible, const PropertyDescriptor& property_desc,
                                    const std::optional<PropertyDescriptor>& current) {
  // 1. Return ValidateAndApplyPropertyDescriptor(undefined, "", extensible, propertyDesc, current).
  return ValidateAndApplyPropertyDescriptor(agent, nullptr, agent.Key(u""), extensible, property_desc, current);
}

// 10.1.6.3 ValidateAndApplyPropertyDescriptor ( obj, propertyKey, extensible, propertyDesc, current )
// https://tc39.es/ecma262/#sec-validateandapplypropertydescriptor
bool ValidateAndApplyPropertyDescriptor(Agent& agent, Object* obj, const PropertyKey& property_key,
                                        bool extensible, const PropertyDescriptor& property_desc,
                                        const std::optional<PropertyDescriptor>& current) {
  // 1. Assert: propertyKey is a property key.
  // 2. If current is undefined, then
  if (!current) {
    // a. If extensible is false, return false.
    if (!extensible) return false;
    // b. If obj is undefined, return true.
    if (obj == nullptr) return true;
    // c. If IsAccessorDescriptor(propertyDesc) is true, then
    if (IsAccessorDescriptor(property_desc)) {
      // i. Create an own accessor property named propertyKey of object obj whose
      //    [[Getter]], [[Setter]], [[Enumerable]], and [[Configurable]] attributes
      //    are set to the value of the corresponding field in propertyDesc if
      //    propertyDesc has that field, or to the attribute's default value otherwise.
      obj->StoreOwnProperty(agent, property_key,
                            PropertyDescriptor::Accessor(property_desc.get.value_or(Value::Undefined()),
                                                         property_desc.set.value_or(Value::Undefined()),
                                                         property_desc.enumerable.value_or(false),
                                                         property_desc.configurable.value_or(false)));
    } else {
      // d. Else,
      //   i. Create an own data property named propertyKey of object obj whose
      //      [[Value]], [[Writable]], [[Enumerable]], and [[Configurable]]
      //      attributes are set to the value of the corresponding field in
      //      propertyDesc if propertyDesc has that field, or to the attribute's
      //      default value otherwise.
      obj->StoreOwnProperty(agent, property_key,
                            PropertyDescriptor::Data(property_desc.value.value_or(Value::Undefined()),
                                                     property_desc.writable.value_or(false),
                                                     property_desc.enumerable.value_or(false),
                                                     property_desc.configurable.value_or(false)));
    }
    // e. Return true.
    return true;
  }
  // 3. Assert: current is a fully populated Property Descriptor.
  assert(current->is_fully_populated());
  // 4. If propertyDesc does not have any fields, return true.
  if (property_desc.has_no_fields()) return true;
  // 5. If current.[[Configurable]] is false, then
  if (!*current->configurable) {
    // a. If propertyDesc has a [[Configurable]] field and propertyDesc.[[Configurable]] is true, return false.
    if (property_desc.configurable && *property_desc.configurable) return false;
    // b. If propertyDesc has an [[Enumerable]] field and propertyDesc.[[Enumerable]]
    //    is not current.[[Enumerable]], return false.
    if (property_desc.enumerable && *property_desc.enumerable != *current->enumerable) return false;
    // c. If IsGenericDescriptor(propertyDesc) is false and
    //    IsAccessorDescriptor(propertyDesc) is not IsAccessorDescriptor(current), return false.
    if (!IsGenericDescriptor(property_desc) &&
        IsAccessorDescriptor(property_desc) != IsAccessorDescriptor(*current)) {
      return false;
    }
    // d. If IsAccessorDescriptor(current) is true, then
    if (IsAccessorDescriptor(*current)) {
      // i. If propertyDesc has a [[Getter]] field and SameValue(propertyDesc.[[Getter]],
      //    current.[[Getter]]) is false, return false.
      if (property_desc.get && !SameValue(*property_desc.get, *current->get)) return false;
      // ii. If propertyDesc has a [[Setter]] field and SameValue(propertyDesc.[[Setter]],
      //     current.[[Setter]]) is false, return false.
      if (property_desc.set && !SameValue(*property_desc.set, *current->set)) return false;
    } else if (!*current->writable) {
      // e. Else if current.[[Writable]] is false, then
      // i. If propertyDesc has a [[Writable]] field and propertyDesc.[[Writable]] is true, return false.
      if (property_desc.writable && *property_desc.writable) return false;
      // ii. NOTE: SameValue returns true for NaN values which may be
      //     distinguishable by other means. Returning here ensures that any
      //     existing property of obj remains unmodified.
      // iii. If propertyDesc has a [[Value]] field, return SameValue(propertyDesc.[[Value]], current.[[Value]]).
      if (property_desc.value) return SameValue(*property_desc.value, *current->value);
    }
  }
  // 6. If obj is not undefined, then
  if (obj != nullptr) {
    PropertyDescriptor replacement;
    // a. If IsDataDescriptor(current) is true and IsAccessorDescriptor(propertyDesc) is true, then
    if (IsDataDescriptor(*current) && IsAccessorDescriptor(property_desc)) {
      // i. If propertyDesc has a [[Configurable]] field, let configurable be
      //    propertyDesc.[[Configurable]]; else let configurable be current.[[Configurable]].
      bool configurable = property_desc.configurable.value_or(*current->configurable);
      // ii. If propertyDesc has an [[Enumerable]] field, let enumerable be
      //     propertyDesc.[[Enumerable]]; else let enumerable be current.[[Enumerable]].
      bool enumerable = property_desc.enumerable.value_or(*current->enumerable);
      // iii. Replace the property named propertyKey of object obj with an
      //      accessor property whose [[Configurable]] and [[Enumerable]]
      //      attributes are set to configurable and enumerable, respectively,
      //      and whose [[Getter]] and [[Setter]] attributes are set to the
      //      value of the corresponding field in propertyDesc if propertyDesc
      //      has that field, or to the attribute's default value otherwise.
      replacement = PropertyDescriptor::Accessor(property_desc.get.value_or(Value::Undefined()),
                                                 property_desc.set.value_or(Value::Undefined()), enumerable,
                                                 configurable);
    } else if (IsAccessorDescriptor(*current) && IsDataDescriptor(property_desc)) {
      // b. Else if IsAccessorDescriptor(current) is true and IsDataDescriptor(propertyDesc) is true, then
      // i. If propertyDesc has a [[Configurable]] field, let configurable be
      //    propertyDesc.[[Configurable]]; else let configurable be current.[[Configurable]].
      bool configurable = property_desc.configurable.value_or(*current->configurable);
      // ii. If propertyDesc has an [[Enumerable]] field, let enumerable be
      //     propertyDesc.[[Enumerable]]; else let enumerable be current.[[Enumerable]].
      bool enumerable = property_desc.enumerable.value_or(*current->enumerable);
      // iii. Replace the property named propertyKey of object obj with a data
      //      property whose [[Configurable]] and [[Enumerable]] attributes are
      //      set to configurable and enumerable, respectively, and whose
      //      [[Value]] and [[Writable]] attributes are set to the value of the
      //      corresponding field in propertyDesc if propertyDesc has that
      //      field, or to the attribute's default value otherwise.
      replacement = PropertyDescriptor::Data(property_desc.value.value_or(Value::Undefined()),
                                             property_desc.writable.value_or(false), enumerable, configurable);
    } else {
      // c. Else,
      //   i. For each field name fieldName of propertyDesc, set the attribute
      //      named fieldName of the property named propertyKey of object obj
      //      to the value of propertyDesc's fieldName field.
      replacement = *current;
      if (property_desc.value) replacement.value = property_desc.value;
      if (property_desc.writable) replacement.writable = property_desc.writable;
      if (property_desc.get) replacement.get = property_desc.get;
      if (property_desc.set) replacement.set = property_desc.set;
      if (property_desc.enumerable) replacement.enumerable = property_desc.enumerable;
      if (property_desc.configurable) replacement.configurable = property_desc.configurable;
    }
    obj->StoreOwnProperty(agent, property_key, replacement);
  }
  // 7. Return true.
  return true;
}

// 10.1.7.1 OrdinaryHasProperty ( obj, propertyKey )
// https://tc39.es/ecma262/#sec-ordinaryhasproperty
ThrowCompletionOr<bool> OrdinaryHasProperty(Agent& agent, Object* obj, const PropertyKey& property_key) {
  // The recursion of step 4.a through ordinary prototypes is a loop here.
  while (true) {
    // 1. Let hasOwn be ? obj.[[GetOwnProperty]](propertyKey).
    std::optional<PropertyDescriptor> has_own = TRY(obj->GetOwnProperty(agent, property_key));
    // 2. If hasOwn is not undefined, return true.
    if (has_own) return true;
    // 3. Let parent be ? obj.[[GetPrototypeOf]]().
    Object* parent = TRY(obj->GetPrototypeOf(agent));
    // 4. If parent is not null, then
    if (parent != nullptr) {
      // a. Return ? parent.[[HasProperty]](propertyKey).
      if (!parent->HasOrdinaryPropertyLookup()) return parent->HasProperty(agent, property_key);
      obj = parent;  // parent.[[HasProperty]] is OrdinaryHasProperty(parent, propertyKey)
      continue;
    }
    // 5. Return false.
    return false;
  }
}

// 10.1.8.1 OrdinaryGet ( obj, propertyKey, receiver )
// https://tc39.es/ecma262/#sec-ordinaryget
ThrowCompletionOr<Value> OrdinaryGet(Agent& agent, Object* obj, const PropertyKey& property_key, Value receiver) {
  // 1. Let propertyDesc be ? obj.[[GetOwnProperty]](propertyKey).
  std::optional<PropertyDescriptor> property_desc = TRY(obj->GetOwnProperty(agent, property_key));
  // 2. If propertyDesc is undefined, then
  // (The recursion of step 2.c through ordinary prototypes is a loop here.)
  while (!property_desc) {
    // a. Let parent be ? obj.[[GetPrototypeOf]]().
    Object* parent = TRY(obj->GetPrototypeOf(agent));
    // b. If parent is null, return undefined.
    if (parent == nullptr) return Value::Undefined();
    // c. Return ? parent.[[Get]](propertyKey, receiver).
    if (!parent->HasOrdinaryPropertyLookup()) return parent->Get(agent, property_key, receiver);
    obj = parent;  // parent.[[Get]] is OrdinaryGet(parent, propertyKey, receiver): step 1 again
    property_desc = TRY(obj->GetOwnProperty(agent, property_key));
  }
  // 3. If IsDataDescriptor(propertyDesc) is true, return propertyDesc.[[Value]].
  if (IsDataDescriptor(*property_desc)) return *property_desc->value;
  // 4. Assert: IsAccessorDescriptor(propertyDesc) is true.
  assert(IsAccessorDescriptor(*property_desc));
  // 5. Let getter be propertyDesc.[[Getter]].
  Value getter = *property_desc->get;
  // 6. If getter is undefined, return undefined.
  if (getter.IsUndefined()) return Value::Undefined();
  // 7. Return ? Call(getter, receiver).
  return Call(agent, getter, receiver);
}

// 10.1.9.1 OrdinarySet ( obj, propertyKey, value, receiver )
// https://tc39.es/ecma262/#sec-ordinaryset
ThrowCompletionOr<bool> OrdinarySet(Agent& agent, Object* obj, const PropertyKey& property_key, Value value,
                                    Value receiver) {
  // 1. Let ownDesc be ? obj.[[GetOwnProperty]](propertyKey).
  std::optional<PropertyDescriptor> own_desc = TRY(obj->GetOwnProperty(agent, property_key));
  // 2. Return ? OrdinarySetWithOwnDescriptor(obj, propertyKey, value, receiver, ownDesc).
  return OrdinarySetWithOwnDescriptor(agent, obj, property_key, value, receiver, own_desc);
}

// 10.1.9.2 OrdinarySetWithOwnDescriptor ( obj, propertyKey, value, receiver, ownDesc )
// https://tc39.es/ecma262/#sec-ordinarysetwithowndescriptor
ThrowCompletionOr<bool> OrdinarySetWithOwnDescriptor(Agent& agent, Object* obj, const PropertyKey& property_key,
                                                     Value value, Value receiver,
                                                     std::optional<PropertyDescriptor> own_desc) {
  // 1. If ownDesc is undefined, then
  // (The recursion of step 1.b through ordinary prototypes is a loop here.)
  while (!own_desc) {
    // a. Let parent be ? obj.[[GetPrototypeOf]]().
    Object* parent = TRY(obj->GetPrototypeOf(agent));
    // b. If parent is not null, return ? parent.[[Set]](propertyKey, value, receiver).
    if (parent != nullptr) {
      if (!parent->HasOrdinaryPropertyLookup()) return parent->Set(agent, property_key, value, receiver);
      // parent.[[Set]] is OrdinarySet(parent, ...): its ownDesc, then this algorithm again.
      obj = parent;
      own_desc = TRY(obj->GetOwnProperty(agent, property_key));
      continue;
    }
    // c. Set ownDesc to the PropertyDescriptor { [[Value]]: undefined,
    //    [[Writable]]: true, [[Enumerable]]: true, [[Configurable]]: true }.
    own_desc = PropertyDescriptor::Data(Value::Undefined(), true, true, true);
  }
  // 2. If IsDataDescriptor(ownDesc) is true, then
  if (IsDataDescriptor(*own_desc)) {
    // a. If ownDesc.[[Writable]] is false, return false.
    if (!*own_desc->writable) return false;
    // b. If receiver is not an Object, return false.
    if (!receiver.IsObject()) return false;
    Object* receiver_object = receiver.AsObject();
    // c. Let existingDesc be ? receiver.[[GetOwnProperty]](propertyKey).
    std::optional<PropertyDescriptor> existing_desc = TRY(receiver_object->GetOwnProperty(agent, property_key));
    // d. If existingDesc is undefined, then
    if (!existing_desc) {
      // i. Assert: receiver does not currently have a property propertyKey.
      // ii. Return ? CreateDataProperty(receiver, propertyKey, value).
      return CreateDataProperty(agent, receiver_object, property_key, value);
    }
    // e. If IsAccessorDescriptor(existingDesc) is true, return false.
    if (IsAccessorDescriptor(*existing_desc)) return false;
    // f. If existingDesc.[[Writable]] is false, return false.
    if (!*existing_desc->writable) return false;
    // g. Let valueDesc be the PropertyDescriptor { [[Value]]: value }.
    PropertyDescriptor value_desc;
    value_desc.value = value;
    // h. Return ? receiver.[[DefineOwnProperty]](propertyKey, valueDesc).
    return receiver_object->DefineOwnProperty(agent, property_key, value_desc);
  }
  // 3. Assert: IsAccessorDescriptor(ownDesc) is true.
  assert(IsAccessorDescriptor(*own_desc));
  // 4. Let setter be ownDesc.[[Setter]].
  Value setter = *own_desc->set;
  // 5. If setter is undefined, return false.
  if (setter.IsUndefined()) return false;
  // 6. Perform ? Call(setter, receiver, « value »).
  Value arguments[] = {value};
  TRY(Call(agent, setter, receiver, arguments));
  // 7. Return true.
  return true;
}

// 10.1.10.1 OrdinaryDelete ( obj, propertyKey )
// https://tc39.es/ecma262/#sec-ordinarydelete
ThrowCompletionOr<bool> OrdinaryDelete(Agent& agent, Object* obj, const PropertyKey& property_key) {
  // 1. Let propertyDesc be ? obj.[[GetOwnProperty]](propertyKey).
  std::optional<PropertyDescriptor> property_desc = TRY(obj->GetOwnProperty(agent, property_key));
  // 2. If propertyDesc is undefined, return true.
  if (!property_desc) return true;
  // 3. If propertyDesc.[[Configurable]] is true, then
  if (*property_desc->configurable) {
    // a. Remove the own property with name propertyKey from obj.
    obj->RemoveOwnProperty(agent, property_key);
    // b. Return true.
    return true;
  }
  // 4. Return false.
  return false;
}

// 10.1.11.1 OrdinaryOwnPropertyKeys ( obj )
// https://tc39.es/ecma262/#sec-ordinaryownpropertykeys
std::vector<PropertyKey> OrdinaryOwnPropertyKeys(Object* obj) {
  // 1. Let keys be a new empty List.
  // 2. For each own property key propertyKey of obj such that propertyKey is
  //    an array index, in ascending numeric index order, do
  //   a. Append propertyKey to keys.
  // 3. For each own property key propertyKey of obj such that propertyKey is a
  //    String and propertyKey is not an array index, in ascending
  //    chronological order of property creation, do
  //   a. Append propertyKey to keys.
  // 4. For each own property key propertyKey of obj such that propertyKey is a
  //    Symbol, in ascending chronological order of property creation, do
  //   a. Append propertyKey to keys.
  // 5. Return keys.
  return obj->OwnKeysFromStorage();
}

}  // namespace async_runtime::interpreter
