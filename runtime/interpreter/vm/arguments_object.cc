#include "runtime/interpreter/vm/arguments_object.h"

namespace async_runtime::interpreter::vm {

void ArgumentsObject::VisitEdges(heap::Visitor& visitor) {
  Object::VisitEdges(visitor);
  visitor.Visit(environment_);
}

int ArgumentsObject::MappedSlot(const PropertyKey& key) const {
  if (environment_ == nullptr || !key.is_array_index()) return -1;
  uint32_t index = key.array_index();
  return index < mapped_slots_.size() ? mapped_slots_[index] : -1;
}

void ArgumentsObject::Unmap(const PropertyKey& key) {
  if (key.is_array_index() && key.array_index() < mapped_slots_.size()) mapped_slots_[key.array_index()] = -1;
}

// 10.4.4.1 [[GetOwnProperty]] ( P )
// https://tc39.es/ecma262/#sec-arguments-exotic-objects-getownproperty-p
ThrowCompletionOr<std::optional<PropertyDescriptor>> ArgumentsObject::GetOwnProperty(Agent&, const PropertyKey& key) {
  // 1. Let desc be OrdinaryGetOwnProperty(args, P). 2. If desc is undefined, return undefined.
  std::optional<PropertyDescriptor> desc = OrdinaryGetOwnProperty(this, key);
  if (!desc) return desc;
  // 3. Let map be args.[[ParameterMap]]. 4. Let isMapped be ! HasOwnProperty(map, P).
  int slot = MappedSlot(key);
  // 5. If isMapped is true, then set desc.[[Value]] to ! Get(map, P).
  if (slot >= 0) desc->value = environment_->slot(static_cast<uint32_t>(slot));
  // 6. Return desc.
  return desc;
}

// 10.4.4.2 [[DefineOwnProperty]] ( P, Desc )
// https://tc39.es/ecma262/#sec-arguments-exotic-objects-defineownproperty-p-desc
ThrowCompletionOr<bool> ArgumentsObject::DefineOwnProperty(Agent& agent, const PropertyKey& key,
                                                           const PropertyDescriptor& desc) {
  // 1. Let map be args.[[ParameterMap]]. 2. Let isMapped be ! HasOwnProperty(map, P).
  int slot = MappedSlot(key);
  // 3. Let newArgDesc be Desc.
  PropertyDescriptor new_arg_desc = desc;
  // 4. If isMapped is true and IsDataDescriptor(Desc) is true, then
  //    a. If Desc does not have a [[Value]] field, Desc has a [[Writable]] field, and Desc.[[Writable]] is false, then
  //       i. Set newArgDesc to a copy of Desc. ii. Set newArgDesc.[[Value]] to ! Get(map, P).
  if (slot >= 0 && IsDataDescriptor(desc) && !desc.value && desc.writable && !*desc.writable) {
    new_arg_desc.value = environment_->slot(static_cast<uint32_t>(slot));
  }
  // 5. Let allowed be ! OrdinaryDefineOwnProperty(args, P, newArgDesc).
  bool allowed = MUST(OrdinaryDefineOwnProperty(agent, this, key, new_arg_desc));
  // 6. If allowed is false, return false.
  if (!allowed) return false;
  // 7. If isMapped is true, then
  if (slot >= 0) {
    // a. If IsAccessorDescriptor(Desc) is true, then perform ! map.[[Delete]](P).
    if (IsAccessorDescriptor(desc)) {
      Unmap(key);
    } else {
      // b. Else: i. If Desc has a [[Value]] field, then perform ! Set(map, P, Desc.[[Value]], false).
      if (desc.value) environment_->slot(static_cast<uint32_t>(slot)) = *desc.value;
      // ii. If Desc has a [[Writable]] field and Desc.[[Writable]] is false, then perform ! map.[[Delete]](P).
      if (desc.writable && !*desc.writable) Unmap(key);
    }
  }
  // 8. Return true.
  return true;
}

// 10.4.4.3 [[Get]] ( P, Receiver )
// https://tc39.es/ecma262/#sec-arguments-exotic-objects-get-p-receiver
ThrowCompletionOr<Value> ArgumentsObject::Get(Agent& agent, const PropertyKey& key, Value receiver) {
  // 1. Let map be args.[[ParameterMap]]. 2. Let isMapped be ! HasOwnProperty(map, P).
  int slot = MappedSlot(key);
  // 3. If isMapped is false, then return ? OrdinaryGet(args, P, Receiver).
  if (slot < 0) return OrdinaryGet(agent, this, key, receiver);
  // 4. Else, return ! Get(map, P).
  return environment_->slot(static_cast<uint32_t>(slot));
}

// 10.4.4.4 [[Set]] ( P, V, Receiver )
// https://tc39.es/ecma262/#sec-arguments-exotic-objects-set-p-v-receiver
ThrowCompletionOr<bool> ArgumentsObject::Set(Agent& agent, const PropertyKey& key, Value value, Value receiver) {
  // 1. If SameValue(args, Receiver) is false, then let isMapped be false.
  // 2. Else, let map be args.[[ParameterMap]]; let isMapped be ! HasOwnProperty(map, P).
  int slot = receiver.IsObject() && receiver.AsObject() == this ? MappedSlot(key) : -1;
  // 3. If isMapped is true, then perform ! Set(map, P, V, false).
  if (slot >= 0) environment_->slot(static_cast<uint32_t>(slot)) = value;
  // 4. Return ? OrdinarySet(args, P, V, Receiver).
  return OrdinarySet(agent, this, key, value, receiver);
}

// 10.4.4.5 [[Delete]] ( P )
// https://tc39.es/ecma262/#sec-arguments-exotic-objects-delete-p
ThrowCompletionOr<bool> ArgumentsObject::Delete(Agent& agent, const PropertyKey& key) {
  // 1. Let map be args.[[ParameterMap]]. 2. Let isMapped be ! HasOwnProperty(map, P).
  int slot = MappedSlot(key);
  // 3. Let result be ? OrdinaryDelete(args, P).
  bool result = TRY(OrdinaryDelete(agent, this, key));
  // 4. If result is true and isMapped is true, then perform ! map.[[Delete]](P).
  if (result && slot >= 0) Unmap(key);
  // 5. Return result.
  return result;
}

}  // namespace async_runtime::interpreter::vm
