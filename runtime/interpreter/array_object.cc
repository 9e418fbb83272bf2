#include "runtime/interpreter/array_object.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <vector>

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/realm.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::interpreter {

namespace {

// Whether `desc` is { [[Value]] } alone or the fully populated plain data
// descriptor { [[Value]], [[Writable]]: true, [[Enumerable]]: true,
// [[Configurable]]: true } (what [[Set]] and CreateDataProperty pass).
bool IsValueOnlyOrPlainData(const PropertyDescriptor& desc) {
  if (!desc.value || desc.get || desc.set) return false;
  bool value_only = !desc.writable && !desc.enumerable && !desc.configurable;
  bool plain = desc.writable.value_or(false) && desc.enumerable.value_or(false) && desc.configurable.value_or(false);
  return value_only || plain;
}

}  // namespace

void ArrayObject::RefreshLengthWritable(Agent& agent) {
  std::optional<PropertyDescriptor> length_desc = GetOwnPropertyFromStorage(agent.Key(u"length"));
  assert(length_desc && IsDataDescriptor(*length_desc));
  length_writable_ = *length_desc->writable;
}

// 10.4.2.1 [[DefineOwnProperty]] ( P, Desc )
// https://tc39.es/ecma262/#sec-array-exotic-objects-defineownproperty-p-desc
ThrowCompletionOr<bool> ArrayObject::DefineOwnProperty(Agent& agent, const PropertyKey& key,
                                                       const PropertyDescriptor& desc) {
  // 2. If P is an array index, then (first: the common case)
  if (key.is_array_index()) {
    // a. Let lengthDesc be OrdinaryGetOwnProperty(A, "length").
    // b.-d. Assert: lengthDesc is a non-configurable data property.
    // e. Let length be lengthDesc.[[Value]].
    // f. Assert: length is a non-negative integral Number.
    uint32_t length = this->length();
    // g. Let index be ! ToUint32(P).
    uint32_t index = key.array_index();
    // Fast path: replacing the value of an existing plain data element below
    // length is exactly what OrdinaryDefineOwnProperty would do (the current
    // property is writable and configurable, so validation succeeds), and
    // length does not change.
    if (index < length && HasDenseElement(index) && IsValueOnlyOrPlainData(desc)) {
      elements_[index] = *desc.value;
      return true;
    }
    // h. If index ≥ length and lengthDesc.[[Writable]] is false, return false.
    if (index >= length && !length_writable_) return false;
    // i. Let succeeded be ! OrdinaryDefineOwnProperty(A, P, Desc).
    //    (An Array has no own property at an index ≥ length, so there [[GetOwnProperty]] would answer
    //    undefined: an append skips that lookup and validates against "no current property" directly.)
    bool succeeded = index >= length
                         ? ValidateAndApplyPropertyDescriptor(agent, this, key, extensible(), desc, std::nullopt)
                         : MUST(OrdinaryDefineOwnProperty(agent, this, key, desc));
    // j. If succeeded is false, return false.
    if (!succeeded) return false;
    // k. If index ≥ length, then
    if (index >= length) {
      // i. Set lengthDesc.[[Value]] to index + 1𝔽.
      // ii. Set succeeded to ! OrdinaryDefineOwnProperty(A, "length", lengthDesc).
      // iii. Assert: succeeded is true.
      //      (lengthDesc is writable here, so this only replaces the value.)
      set_length_value(index + 1);
    }
    // l. Return true.
    return true;
  }
  // 1. If P is "length", then
  if (key == agent.Key(u"length")) {
    // a. Return ? ArraySetLength(A, Desc).
    return ArraySetLength(agent, this, desc);
  }
  // 3. Return ? OrdinaryDefineOwnProperty(A, P, Desc).
  return OrdinaryDefineOwnProperty(agent, this, key, desc);
}

// 10.4.2.2 ArrayCreate ( length [ , proto ] )
// https://tc39.es/ecma262/#sec-arraycreate
ThrowCompletionOr<ArrayObject*> ArrayCreate(Agent& agent, double length, Object* proto) {
  // 1. If length > 2^32 - 1, throw a RangeError exception.
  if (length > 4294967295.0) return ThrowRangeError(agent, u"Invalid array length");
  // 2. If proto is not present, set proto to %Array.prototype%.
  if (proto == nullptr) {
    Realm* realm = agent.current_realm();
    proto = realm->intrinsic(Intrinsic::kArrayPrototype);
    if (proto == nullptr) proto = realm->intrinsic(Intrinsic::kObjectPrototype);
  }
  // 3. Let A be MakeBasicObject(« [[Prototype]], [[Extensible]] »).
  // 4. Set A.[[Prototype]] to proto.
  // 5. Set A.[[DefineOwnProperty]] as specified in 10.4.2.1. (ArrayObject's override.)
  heap::Handle<ArrayObject> array(agent.heap(), OrdinaryObjectCreate<ArrayObject>(agent, proto));
  // 6. Perform ! OrdinaryDefineOwnProperty(A, "length", PropertyDescriptor { [[Value]]: 𝔽(length),
  //    [[Writable]]: true, [[Enumerable]]: false, [[Configurable]]: false }).
  //    (The first property, so it occupies slot 0.)
  array->StoreOwnProperty(agent, agent.Key(u"length"),
                          PropertyDescriptor::Data(Value::Number(length), true, false, false));
  assert(array->shape()->Lookup(agent.Key(u"length"))->slot == ArrayObject::kLengthSlot);
  // 7. Return A.
  return array.get();
}

// 10.4.2.4 ArraySetLength ( A, Desc )
// https://tc39.es/ecma262/#sec-arraysetlength
ThrowCompletionOr<bool> ArraySetLength(Agent& agent, ArrayObject* array_object, const PropertyDescriptor& desc) {
  heap::Handle<ArrayObject> array(agent.heap(), array_object);
  PropertyKey length_key = agent.Key(u"length");
  // 1. If Desc does not have a [[Value]] field, then
  if (!desc.value) {
    // a. Return ! OrdinaryDefineOwnProperty(A, "length", Desc).
    bool result = MUST(OrdinaryDefineOwnProperty(agent, array, length_key, desc));
    array->RefreshLengthWritable(agent);
    return result;
  }
  RootedValue desc_value(agent.heap(), *desc.value);
  // 2. Let newLenDesc be a copy of Desc.
  PropertyDescriptor new_len_desc = desc;
  // 3. Let newLen be ? ToUint32(Desc.[[Value]]).
  uint32_t new_len = vm::ToUint32(TRY(vm::ToNumber(agent, desc_value)));
  // 4. Let numberLen be ? ToNumber(Desc.[[Value]]).
  double number_len = TRY(vm::ToNumber(agent, desc_value));
  // 5. If SameValueZero(newLen, numberLen) is false, throw a RangeError exception.
  if (static_cast<double>(new_len) != number_len) return ThrowRangeError(agent, u"Invalid array length");
  // 6. Set newLenDesc.[[Value]] to newLen.
  new_len_desc.value = Value::Number(new_len);
  // 7. Let oldLenDesc be OrdinaryGetOwnProperty(A, "length").
  // 8.-10. Assert: oldLenDesc is a non-configurable data property.
  // 11. Let oldLen be oldLenDesc.[[Value]].
  uint32_t old_len = array->length();
  // 12. If newLen ≥ oldLen, then
  if (new_len >= old_len) {
    // a. Return ! OrdinaryDefineOwnProperty(A, "length", newLenDesc).
    bool result = MUST(OrdinaryDefineOwnProperty(agent, array, length_key, new_len_desc));
    array->RefreshLengthWritable(agent);
    return result;
  }
  // 13. If oldLenDesc.[[Writable]] is false, return false.
  if (!array->length_writable()) return false;
  bool new_writable;
  // 14. If newLenDesc does not have a [[Writable]] field or newLenDesc.[[Writable]] is true, then
  if (!new_len_desc.writable || *new_len_desc.writable) {
    // a. Let newWritable be true.
    new_writable = true;
  } else {
    // 15. Else,
    // a. NOTE: Setting the [[Writable]] attribute to false is deferred in case any elements cannot be deleted.
    // b. Let newWritable be false.
    new_writable = false;
    // c. Set newLenDesc.[[Writable]] to true.
    new_len_desc.writable = true;
  }
  // 16. Let succeeded be ! OrdinaryDefineOwnProperty(A, "length", newLenDesc).
  bool succeeded = MUST(OrdinaryDefineOwnProperty(agent, array, length_key, new_len_desc));
  // 17. If succeeded is false, return false.
  if (!succeeded) return false;
  // 18. For each own property key P of A such that P is an array index and ! ToUint32(P) ≥ newLen, in
  //     descending numeric index order, do
  //     (Dense elements are plain configurable data properties, so deleting them always succeeds: they are
  //     dropped by truncating the dense storage. Only array-index shape entries are deleted one by one.)
  std::vector<uint32_t> shape_indices;
  for (const Shape::Entry& entry : array->shape()->Entries()) {
    if (entry.key.is_array_index() && entry.key.array_index() >= new_len) {
      shape_indices.push_back(entry.key.array_index());
    }
  }
  std::sort(shape_indices.begin(), shape_indices.end(), std::greater<>());
  auto truncate_dense_elements = [&](uint32_t size) {
    if (array->elements_.size() > size) {
      array->elements_.resize(size);
      while (!array->elements_.empty() && array->elements_.back().IsEmpty()) array->elements_.pop_back();
    }
  };
  for (uint32_t index : shape_indices) {
    // (The dense elements above this index come first in descending order.)
    truncate_dense_elements(index + 1);
    // a. Let deleteSucceeded be ! A.[[Delete]](P).
    bool delete_succeeded = MUST(array->Delete(agent, PropertyKey::ArrayIndex(index)));
    // b. If deleteSucceeded is false, then
    if (!delete_succeeded) {
      // i. Set newLenDesc.[[Value]] to ! ToUint32(P) + 1𝔽.
      new_len_desc.value = Value::Number(static_cast<double>(index) + 1);
      // ii. If newWritable is false, set newLenDesc.[[Writable]] to false.
      if (!new_writable) new_len_desc.writable = false;
      // iii. Perform ! OrdinaryDefineOwnProperty(A, "length", newLenDesc).
      MUST(OrdinaryDefineOwnProperty(agent, array, length_key, new_len_desc));
      array->RefreshLengthWritable(agent);
      // iv. Return false.
      return false;
    }
  }
  truncate_dense_elements(new_len);
  // 19. If newWritable is false, then
  if (!new_writable) {
    // a. Set succeeded to ! OrdinaryDefineOwnProperty(A, "length", PropertyDescriptor { [[Writable]]: false }).
    PropertyDescriptor read_only;
    read_only.writable = false;
    succeeded = MUST(OrdinaryDefineOwnProperty(agent, array, length_key, read_only));
    // b. Assert: succeeded is true.
    assert(succeeded);
  }
  array->RefreshLengthWritable(agent);
  // 20. Return true.
  return true;
}

// 7.3.17 CreateArrayFromList ( elements )
// https://tc39.es/ecma262/#sec-createarrayfromlist
ArrayObject* CreateArrayFromList(Agent& agent, std::span<const Value> elements) {
  // 1. Let array be ! ArrayCreate(0).
  ArrayObject* array = MUST(ArrayCreate(agent, 0));
  // 2. Let n be 0.
  // 3. For each element e of elements, do
  //   a. Perform ! CreateDataPropertyOrThrow(array, ! ToString(𝔽(n)), e).
  //   b. Set n to n + 1.
  // (Each step appends a plain data element and grows length by one: the same
  // as filling the dense storage at once. Nothing allocates meanwhile.)
  assert(elements.size() <= PropertyKey::kMaxArrayIndex);
  array->elements_.assign(elements.begin(), elements.end());
  array->set_length_value(static_cast<uint32_t>(elements.size()));
  // 4. Return array.
  return array;
}

ArrayObject* CreateArrayFromList(Agent& agent, std::span<const RootedValue> elements) {
  ArrayObject* array = MUST(ArrayCreate(agent, 0));
  array->elements_.reserve(elements.size());
  for (const RootedValue& element : elements) array->elements_.push_back(element.get());
  array->set_length_value(static_cast<uint32_t>(elements.size()));
  return array;
}

}  // namespace async_runtime::interpreter
