#include "runtime/builtins/array_iterator.h"

#include "runtime/builtins/typed_array.h"
#include "runtime/interpreter/array_object.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/iteration.h"
#include "runtime/interpreter/vm/operations.h"
#include "runtime/interpreter/vm/property_access.h"

namespace async_runtime::builtins {

using interpreter::RootedValue;

// 23.1.5.1 CreateArrayIterator ( array, kind )
// https://tc39.es/ecma262/#sec-createarrayiterator
Object* CreateArrayIterator(Agent& agent, Object* array, ArrayIteratorObject::Kind kind) {
  // 1. Let iterator be OrdinaryObjectCreate(%ArrayIteratorPrototype%, « [[IteratedArrayLike]],
  //    [[ArrayLikeNextIndex]], [[ArrayLikeIterationKind]] »).
  // 2. Set iterator.[[IteratedArrayLike]] to array.
  // 3. Set iterator.[[ArrayLikeNextIndex]] to 0.
  // 4. Set iterator.[[ArrayLikeIterationKind]] to kind.
  // 5. Return iterator.
  return interpreter::OrdinaryObjectCreate<ArrayIteratorObject>(
      agent, CurrentIntrinsic(agent, Intrinsic::kArrayIteratorPrototype), array, kind);
}

namespace {

// Steps 4.-15. of %ArrayIteratorPrototype%.next ( ) below, for an Array Iterator: the value of the result
// (nullopt for CreateIteratorResultObject(undefined, true)). IteratorStepValue runs this directly
// (IteratorStepWithoutResult), skipping the result object only it would read.
ThrowCompletionOr<std::optional<Value>> ArrayIteratorNextValue(Agent& agent, Object* iterator_object) {
  heap::Handle<ArrayIteratorObject> iterator(agent.heap(), static_cast<ArrayIteratorObject*>(iterator_object));
  // 4. Let array be iteratorObj.[[IteratedArrayLike]].
  heap::Handle<Object> array(agent.heap(), iterator->iterated_array_like());
  // 5. If array is undefined, return CreateIteratorResultObject(undefined, true).
  if (array.get() == nullptr) return std::optional<Value>();
  // 6. Let index be iteratorObj.[[ArrayLikeNextIndex]].
  double index = iterator->next_index();
  // 7. Let kind be iteratorObj.[[ArrayLikeIterationKind]].
  ArrayIteratorObject::Kind kind = iterator->kind();
  double length;
  // 8. If array has a [[TypedArrayName]] internal slot, then
  if (auto* typed_array = dynamic_cast<TypedArrayObject*>(array.get())) {
    //   a. Let taRecord be MakeTypedArrayWithBufferWitnessRecord(array, ~seq-cst~).
    TypedArrayWithBufferWitnessRecord ta_record = MakeTypedArrayWithBufferWitnessRecord(typed_array);
    //   b. If IsTypedArrayOutOfBounds(taRecord) is true, throw a TypeError exception.
    if (IsTypedArrayOutOfBounds(ta_record)) {
      return interpreter::ThrowTypeError(agent, u"Cannot iterate a detached or out-of-bounds TypedArray");
    }
    //   c. Let length be TypedArrayLength(taRecord).
    length = static_cast<double>(TypedArrayLength(ta_record));
  } else {
    // 9. Else,
    //   a. Let length be ? LengthOfArrayLike(array).
    length = TRY(interpreter::vm::LengthOfArrayLike(agent, array));
  }
  // 10. If index ≥ length, then
  if (index >= length) {
    // a. Set iteratorObj.[[IteratedArrayLike]] to undefined.
    iterator->set_iterated_array_like(nullptr);
    // b. Return CreateIteratorResultObject(undefined, true).
    return std::optional<Value>();
  }
  // 11. Set iteratorObj.[[ArrayLikeNextIndex]] to index + 1.
  iterator->set_next_index(index + 1);
  // 12. Let indexNumber be 𝔽(index).
  Value index_number = Value::Number(index);
  // 13. If kind is key, then
  if (kind == ArrayIteratorObject::Kind::kKey) {
    // a. Let result be indexNumber.
    return std::optional<Value>(index_number);
  }
  // 14. Else,
  //   a. Let elementKey be ! ToString(indexNumber).
  PropertyKey element_key = PropertyKey::FromNumber(agent.strings(), index);
  //   b. Let elementValue be ? Get(array, elementKey).
  //      (GetFast: the same [[Get]], without Property Descriptors on ordinary objects; holes read through
  //      %Array.prototype% and %Object.prototype%.)
  Value element_value = TRY(interpreter::vm::GetFast(agent, array, element_key, Value::FromObject(array)));
  //   c. If kind is value, then
  if (kind == ArrayIteratorObject::Kind::kValue) {
    //   i. Let result be elementValue.
    return std::optional<Value>(element_value);
  }
  //   d. Else,
  //     i. Assert: kind is key+value.
  //     ii. Let result be CreateArrayFromList(« indexNumber, elementValue »).
  RootedValue rooted_element(agent.heap(), element_value);  // CreateArrayFromList allocates
  Value pair[] = {index_number, rooted_element.get()};
  return std::optional<Value>(Value::FromObject(interpreter::CreateArrayFromList(agent, std::span<const Value>(pair))));
}

bool IsArrayIterator(Object* object) { return dynamic_cast<ArrayIteratorObject*>(object) != nullptr; }

constexpr interpreter::IteratorStepWithoutResult kArrayIteratorStep{IsArrayIterator, ArrayIteratorNextValue};

// 23.1.5.2.1 %ArrayIteratorPrototype%.next ( )
// https://tc39.es/ecma262/#sec-%arrayiteratorprototype%.next
ThrowCompletionOr<Value> ArrayIteratorPrototypeNext(Agent& agent, Value this_value, std::span<const Value>,
                                                    Object*) {
  // 1. Let iteratorObj be the this value.
  // 2. If iteratorObj is not an Object, throw a TypeError exception.
  // 3. If iteratorObj does not have all of the internal slots of an Array Iterator Instance, throw a TypeError
  //    exception.
  if (!this_value.IsObject() || !IsArrayIterator(this_value.AsObject())) {
    return interpreter::ThrowTypeError(agent, u"%ArrayIteratorPrototype%.next called on a non-Array Iterator");
  }
  // 4.-14. (ArrayIteratorNextValue.)
  std::optional<Value> result = TRY(ArrayIteratorNextValue(agent, this_value.AsObject()));
  // 5., 10.b. Return CreateIteratorResultObject(undefined, true).
  if (!result) return Value::FromObject(interpreter::vm::CreateIteratorResultObject(agent, Value::Undefined(), true));
  // 15. Return CreateIteratorResultObject(result, false).
  return Value::FromObject(interpreter::vm::CreateIteratorResultObject(agent, *result, false));
}

// 27.1.3.3.14 Iterator.prototype [ %Symbol.iterator% ] ( )
// https://tc39.es/ecma262/#sec-iterator.prototype-%symbol.iterator%
ThrowCompletionOr<Value> IteratorPrototypeIterator(Agent&, Value this_value, std::span<const Value>, Object*) {
  // 1. Return the this value.
  return this_value;
}

}  // namespace

void CreateArrayIteratorIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 27.1.3.3 Properties of the Iterator Prototype Object: [[Prototype]] %Object.prototype%. Another family
  // (Iterator helpers, generators) may have made it already: then it is reused.
  if (realm->intrinsic(Intrinsic::kIteratorPrototype) == nullptr) {
    realm->set_intrinsic(Intrinsic::kIteratorPrototype,
                         interpreter::OrdinaryObjectCreate(agent, realm->intrinsic(Intrinsic::kObjectPrototype)));
    DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kIteratorPrototype), WellKnownSymbol::kIterator, 0,
                        IteratorPrototypeIterator);
  }
  // 23.1.5.2 The %ArrayIteratorPrototype% Object: [[Prototype]] %Iterator.prototype%.
  realm->set_intrinsic(Intrinsic::kArrayIteratorPrototype,
                       interpreter::OrdinaryObjectCreate(agent, realm->intrinsic(Intrinsic::kIteratorPrototype)));
  Object* array_iterator_prototype = realm->intrinsic(Intrinsic::kArrayIteratorPrototype);
  DefineBuiltinMethod(agent, realm, array_iterator_prototype, u"next", 0, ArrayIteratorPrototypeNext)
      ->set_iterator_step(&kArrayIteratorStep);
  // 23.1.5.2.2 %ArrayIteratorPrototype% [ %Symbol.toStringTag% ]: "Array Iterator",
  // { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: true }.
  DefineBuiltinData(agent, realm->intrinsic(Intrinsic::kArrayIteratorPrototype),
                    PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag)),
                    agent.InternedString(u"Array Iterator"), false, false, true);
}

}  // namespace async_runtime::builtins
