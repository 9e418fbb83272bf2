#include "runtime/builtins/typed_array_builtins.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "runtime/builtins/array.h"
#include "runtime/builtins/array_iterator.h"
#include "runtime/builtins/typed_array.h"
#include "runtime/interpreter/bigint.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/primitive_string.h"
#include "runtime/interpreter/vm/bigint_operations.h"
#include "runtime/interpreter/vm/iteration.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

namespace vm = interpreter::vm;
using interpreter::RootedValue;
using interpreter::RootedValueVector;
using interpreter::ThrowRangeError;
using interpreter::ThrowTypeError;

namespace {

PropertyKey IndexKey(Agent& agent, double index) { return PropertyKey::FromNumber(agent.strings(), index); }

// The clamping of a relative index that copyWithin, fill, includes and others spell out: -∞ → 0, negative →
// max(length + index, 0), else min(index, length).
double ClampRelativeIndex(double relative, double length) {
  if (relative == -INFINITY) return 0;
  if (relative < 0) return std::max(length + relative, 0.0);
  return std::min(relative, length);
}

// 7.1.26 ToClampedIndex ( value, length )
// https://tc39.es/ecma262/#sec-toclampedindex
ThrowCompletionOr<double> ToClampedIndex(Agent& agent, Value value, double length) {
  // 1. Let index be ? ToAbsoluteIndex(value, length).
  //    (7.1.25 ToAbsoluteIndex: 1. Let int be ? ToIntegerOrInfinity(value). 2. If int is finite and int < 0,
  //    set int to length + int. 3. Return int.)
  double index = TRY(vm::ToIntegerOrInfinity(agent, value));
  if (std::isfinite(index) && index < 0) index = length + index;
  // 2. Return the result of clamping index between 0 and length.
  return std::clamp(index, 0.0, length);
}

// RequireInternalSlot(obj, [[TypedArrayName]]).
ThrowCompletionOr<TypedArrayObject*> RequireTypedArray(Agent& agent, Value obj) {
  TypedArrayObject* typed_array = AsTypedArray(obj);
  if (typed_array == nullptr) return ThrowTypeError(agent, u"this is not a TypedArray");
  return typed_array;
}

// Calls callback(kValue, 𝔽(k), O) with thisArg.
ThrowCompletionOr<Value> CallCallback(Agent& agent, Value callback, Value this_arg, Value k_value, double k,
                                      Object* o) {
  Value arguments[] = {k_value, Value::Number(k), Value::FromObject(o)};
  return interpreter::Call(agent, callback, this_arg, arguments);
}

// --- 23.2.4 Abstract Operations for TypedArray Objects ---------------------------------------------------------

// 23.2.4.1 TypedArrayCreateFromConstructor ( ctor, argList )
// https://tc39.es/ecma262/#sec-typedarraycreatefromconstructor
ThrowCompletionOr<TypedArrayObject*> TypedArrayCreateFromConstructor(Agent& agent, Object* ctor,
                                                                     std::span<const Value> arg_list) {
  // 1. Let ta be ? Construct(ctor, argList).
  Object* ta = TRY(vm::Construct(agent, ctor, arg_list));
  // 2. Let taRecord be ? ValidateTypedArray(ta, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArray(agent, Value::FromObject(ta)));
  // 3. Assert: ta has all the internal slots mentioned in Properties of TypedArray Instances.
  // 4. If the number of elements in argList is 1 and argList[0] is a Number, then
  if (arg_list.size() == 1 && arg_list[0].IsNumber()) {
    // a. If IsTypedArrayOutOfBounds(taRecord) is true, throw a TypeError exception.
    if (IsTypedArrayOutOfBounds(ta_record)) return ThrowTypeError(agent, u"TypedArray is out of bounds");
    // b. Let length be TypedArrayLength(taRecord).
    const double length = static_cast<double>(TypedArrayLength(ta_record));
    // c. If length < ℝ(argList[0]), throw a TypeError exception.
    if (length < arg_list[0].AsNumber()) {
      return ThrowTypeError(agent, u"TypedArray constructor returned a too short TypedArray");
    }
  }
  // 5. Return ta.
  return ta_record.object;
}

// 23.2.4.2 TypedArrayCreateSameType ( exemplar, length )
// https://tc39.es/ecma262/#sec-typedarray-create-same-type
ThrowCompletionOr<TypedArrayObject*> TypedArrayCreateSameType(Agent& agent, TypedArrayObject* exemplar,
                                                              double length) {
  // 1. Let constructor be the intrinsic object associated with the constructor name exemplar.[[TypedArrayName]]
  //    in Table 71.
  Object* constructor = CurrentIntrinsic(agent, TypedArrayConstructorIntrinsic(exemplar->element_type()));
  // 2. Let result be ? TypedArrayCreateFromConstructor(constructor, « 𝔽(length) »).
  Value arguments[] = {Value::Number(length)};
  TypedArrayObject* result = TRY(TypedArrayCreateFromConstructor(agent, constructor, arguments));
  // 3. Assert: result has [[TypedArrayName]] and [[ContentType]] internal slots.
  // 4. Assert: result.[[ContentType]] is exemplar.[[ContentType]].
  // 5. Return result.
  return result;
}

// 23.2.4.3 TypedArraySpeciesCreate ( exemplar, argList )
// https://tc39.es/ecma262/#typedarray-species-create
ThrowCompletionOr<TypedArrayObject*> TypedArraySpeciesCreate(Agent& agent, TypedArrayObject* exemplar_pointer,
                                                             std::span<const Value> arg_list) {
  heap::Handle<TypedArrayObject> exemplar(agent.heap(), exemplar_pointer);
  RootedValueVector rooted_arguments(agent.heap());
  rooted_arguments.values().assign(arg_list.begin(), arg_list.end());
  // 1. Let defaultCtor be the intrinsic object associated with the constructor name exemplar.[[TypedArrayName]]
  //    in Table 71.
  Object* default_ctor = CurrentIntrinsic(agent, TypedArrayConstructorIntrinsic(exemplar->element_type()));
  // 2. Let ctor be ? SpeciesConstructor(exemplar, defaultCtor).
  Object* ctor = TRY(vm::SpeciesConstructor(agent, exemplar.get(), default_ctor));
  // 3. Let result be ? TypedArrayCreateFromConstructor(ctor, argList).
  TypedArrayObject* result = TRY(TypedArrayCreateFromConstructor(agent, ctor, rooted_arguments.values()));
  // 4. If result.[[ContentType]] is not exemplar.[[ContentType]], throw a TypeError exception.
  if (result->has_bigint_content() != exemplar->has_bigint_content()) {
    return ThrowTypeError(agent, u"TypedArray species constructor returned a TypedArray of another content type");
  }
  // 5. Return result.
  return result;
}

// 23.2.4.8 CompareTypedArrayElements ( x, y, comparator )
// https://tc39.es/ecma262/#sec-comparetypedarrayelements
ThrowCompletionOr<double> CompareTypedArrayElements(Agent& agent, Value x, Value y, Value comparator) {
  // 1. Assert: x is a Number and y is a Number, or x is a BigInt and y is a BigInt.
  // 2. If comparator is not undefined, then
  if (!comparator.IsUndefined()) {
    // a. Let v be ? ToNumber(? Call(comparator, undefined, « x, y »)).
    Value arguments[] = {x, y};
    Value call_result = TRY(interpreter::Call(agent, comparator, Value::Undefined(), arguments));
    double v = TRY(vm::ToNumber(agent, call_result));
    // b. If v is NaN, return +0𝔽.
    if (std::isnan(v)) return 0.0;
    // c. Return v.
    return v;
  }
  if (x.IsBigInt()) {
    // (Steps 3-5 concern NaN, which BigInts are not; 6-7 compare, 8-9 concern signed zeros.)
    if (vm::BigIntLessThan(x.AsBigInt()->value(), y.AsBigInt()->value())) return -1.0;
    if (vm::BigIntLessThan(y.AsBigInt()->value(), x.AsBigInt()->value())) return 1.0;
    return 0.0;
  }
  const double x_number = x.AsNumber();
  const double y_number = y.AsNumber();
  // 3. If x and y are both NaN, return +0𝔽.
  if (std::isnan(x_number) && std::isnan(y_number)) return 0.0;
  // 4. If x is NaN, return 1𝔽.
  if (std::isnan(x_number)) return 1.0;
  // 5. If y is NaN, return -1𝔽.
  if (std::isnan(y_number)) return -1.0;
  // 6. If x < y, return -1𝔽.
  if (x_number < y_number) return -1.0;
  // 7. If x > y, return 1𝔽.
  if (x_number > y_number) return 1.0;
  // 8. If x is -0𝔽 and y is +0𝔽, return -1𝔽.
  if (x_number == 0 && std::signbit(x_number) && !std::signbit(y_number)) return -1.0;
  // 9. If x is +0𝔽 and y is -0𝔽, return 1𝔽.
  if (x_number == 0 && !std::signbit(x_number) && std::signbit(y_number)) return 1.0;
  // 10. Return +0𝔽.
  return 0.0;
}

// 23.1.3.30.1 SortIndexedProperties ( obj, len, SortCompare, holes ), with holes ~read-through-holes~ and
// SortCompare CompareTypedArrayElements with `comparator`.
// https://tc39.es/ecma262/#sec-sortindexedproperties
ThrowCompletionOr<void> SortIndexedProperties(Agent& agent, Object* obj_pointer, double len, Value comparator,
                                              RootedValueVector& items) {
  heap::Handle<Object> obj(agent.heap(), obj_pointer);
  RootedValue rooted_comparator(agent.heap(), comparator);
  // 1. Let items be a new empty List.
  items.values().clear();
  // 2. Let k be 0.
  // 3. Repeat, while k < len,
  for (double k = 0; k < len; ++k) {
    // a. Let Pk be ! ToString(𝔽(k)).
    // b.-c. (holes is ~read-through-holes~:) Let kRead be true.
    // d. If kRead is true, then i. Let kValue be ? Get(obj, Pk). ii. Append kValue to items.
    items.values().push_back(TRY(interpreter::Get(agent, obj, IndexKey(agent, k))));
    // e. Set k to k + 1.
  }
  // 4. Sort items using an implementation-defined sequence of calls to SortCompare. If any such call returns an
  //    abrupt completion, stop before performing any further calls to SortCompare and return that Completion
  //    Record.
  TRY(StableSortValues(agent, items, [&](Value x, Value y) {
    return CompareTypedArrayElements(agent, x, y, rooted_comparator);
  }));
  // 5. Return items.
  return {};
}

// --- 23.2.5 The TypedArray Constructors --------------------------------------------------------------------------

// 23.2.5.1.6 AllocateTypedArrayBuffer ( obj, length )
// https://tc39.es/ecma262/#sec-allocatetypedarraybuffer
ThrowCompletionOr<void> AllocateTypedArrayBuffer(Agent& agent, TypedArrayObject* obj_pointer, double length) {
  heap::Handle<TypedArrayObject> obj(agent.heap(), obj_pointer);
  // 1. Assert: obj.[[ViewedArrayBuffer]] is undefined.
  // 2. Let elementSize be TypedArrayElementSize(obj).
  const size_t element_size = TypedArrayElementSize(obj.get());
  // 3. Let byteLength be elementSize × length.
  const double byte_length = static_cast<double>(element_size) * length;
  // 4. Let data be ? AllocateArrayBuffer(%ArrayBuffer%, byteLength).
  ArrayBufferObject* data =
      TRY(AllocateArrayBuffer(agent, CurrentIntrinsic(agent, Intrinsic::kArrayBuffer), byte_length));
  // 5. Set obj.[[ViewedArrayBuffer]] to data.
  // 6. Set obj.[[ByteLength]] to byteLength.
  // 7. Set obj.[[ByteOffset]] to 0.
  // 8. Set obj.[[ArrayLength]] to length.
  obj->Initialize(data, static_cast<size_t>(byte_length), 0, static_cast<size_t>(length));
  // 9. Return unused.
  return {};
}

// 23.2.5.1.1 AllocateTypedArray ( ctorName, newTarget, defaultProto [ , length ] )
// https://tc39.es/ecma262/#sec-allocatetypedarray
// (ctorName is the element type's row of Table 71.)
ThrowCompletionOr<TypedArrayObject*> AllocateTypedArray(Agent& agent, ElementType ctor_name, Object* new_target,
                                                        Intrinsic default_proto,
                                                        std::optional<double> length = std::nullopt) {
  // 1. Let proto be ? GetPrototypeFromConstructor(newTarget, defaultProto).
  Object* proto = TRY(GetPrototypeFromConstructor(agent, new_target, default_proto));
  // 2. Let obj be TypedArrayCreate(proto).
  // 3. Assert: obj.[[ViewedArrayBuffer]] is undefined.
  // 4. Set obj.[[TypedArrayName]] to ctorName.
  // 5. If ctorName is either "BigInt64Array" or "BigUint64Array", set obj.[[ContentType]] to ~bigint~.
  // 6. Otherwise, set obj.[[ContentType]] to ~number~.
  heap::Handle<TypedArrayObject> obj(agent.heap(), TypedArrayCreate(agent, proto, ctor_name));
  // 7. If length is not present, then
  if (!length.has_value()) {
    // a. Set obj.[[ByteLength]] to 0.
    // b. Set obj.[[ByteOffset]] to 0.
    // c. Set obj.[[ArrayLength]] to 0.
    obj->Initialize(nullptr, 0, 0, 0);
  } else {
    // 8. Else, a. Perform ? AllocateTypedArrayBuffer(obj, length).
    TRY(AllocateTypedArrayBuffer(agent, obj.get(), *length));
  }
  // 9. Return obj.
  return obj.get();
}

// 23.2.5.1.2 InitializeTypedArrayFromTypedArray ( obj, sourceArray )
// https://tc39.es/ecma262/#sec-initializetypedarrayfromtypedarray
ThrowCompletionOr<void> InitializeTypedArrayFromTypedArray(Agent& agent, TypedArrayObject* obj_pointer,
                                                           TypedArrayObject* source_array_pointer) {
  heap::Handle<TypedArrayObject> obj(agent.heap(), obj_pointer);
  heap::Handle<TypedArrayObject> source_array(agent.heap(), source_array_pointer);
  // 1. Let sourceData be sourceArray.[[ViewedArrayBuffer]].
  heap::Handle<ArrayBufferObject> source_data(agent.heap(), source_array->viewed_array_buffer());
  // 2. Let elementType be TypedArrayElementType(obj).
  const ElementType element_type = TypedArrayElementType(obj.get());
  // 3. Let elementSize be TypedArrayElementSize(obj).
  const size_t element_size = TypedArrayElementSize(obj.get());
  // 4. Let sourceType be TypedArrayElementType(sourceArray).
  const ElementType source_type = TypedArrayElementType(source_array.get());
  // 5. Let sourceElementSize be TypedArrayElementSize(sourceArray).
  const size_t source_element_size = TypedArrayElementSize(source_array.get());
  // 6. Let sourceByteOffset be sourceArray.[[ByteOffset]].
  const size_t source_byte_offset = source_array->byte_offset();
  // 7. Let sourceRecord be ? ValidateTypedArrayBounds(sourceArray, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord source_record = TRY(ValidateTypedArrayBounds(agent, source_array.get()));
  // 8. Let elementLength be TypedArrayLength(sourceRecord).
  const size_t element_length = TypedArrayLength(source_record);
  // 9. Let byteLength be elementSize × elementLength.
  const double byte_length = static_cast<double>(element_size) * static_cast<double>(element_length);
  ArrayBufferObject* data;
  // 10. If elementType is sourceType, then
  if (element_type == source_type) {
    // a. Let data be ? CloneArrayBuffer(sourceData, sourceByteOffset, byteLength).
    data = TRY(CloneArrayBuffer(agent, source_data.get(), source_byte_offset, static_cast<size_t>(byte_length)));
  } else {
    // 11. Else,
    //   a. Let data be ? AllocateArrayBuffer(%ArrayBuffer%, byteLength).
    heap::Handle<ArrayBufferObject> allocated(
        agent.heap(), TRY(AllocateArrayBuffer(agent, CurrentIntrinsic(agent, Intrinsic::kArrayBuffer), byte_length)));
    //   b. If sourceArray.[[ContentType]] is not obj.[[ContentType]], throw a TypeError exception.
    if (source_array->has_bigint_content() != obj->has_bigint_content()) {
      return ThrowTypeError(agent, u"Cannot mix BigInt and Number TypedArrays");
    }
    //   c. Let sourceByteIndex be sourceByteOffset.
    size_t source_byte_index = source_byte_offset;
    //   d. Let targetByteIndex be 0.
    size_t target_byte_index = 0;
    //   e. Let count be elementLength.
    size_t count = element_length;
    //   f. Repeat, while count > 0,
    while (count > 0) {
      // i. Let value be GetValueFromBuffer(sourceData, sourceByteIndex, sourceType, true, ~unordered~).
      RootedValue value(agent.heap(),
                        GetValueFromBuffer(agent, source_data.get(), source_byte_index, source_type,
                                           std::endian::native == std::endian::little));
      // ii. Perform SetValueInBuffer(data, targetByteIndex, elementType, value, true, ~unordered~).
      SetValueInBuffer(agent, allocated.get(), target_byte_index, element_type, value,
                       std::endian::native == std::endian::little);
      // iii. Set sourceByteIndex to sourceByteIndex + sourceElementSize.
      source_byte_index += source_element_size;
      // iv. Set targetByteIndex to targetByteIndex + elementSize.
      target_byte_index += element_size;
      // v. Set count to count - 1.
      --count;
    }
    data = allocated.get();
  }
  // 12. Set obj.[[ViewedArrayBuffer]] to data.
  // 13. Set obj.[[ByteLength]] to byteLength.
  // 14. Set obj.[[ByteOffset]] to 0.
  // 15. Set obj.[[ArrayLength]] to elementLength.
  obj->Initialize(data, static_cast<size_t>(byte_length), 0, element_length);
  // 16. Return unused.
  return {};
}

// 23.2.5.1.3 InitializeTypedArrayFromArrayBuffer ( obj, buffer, byteOffset, length )
// https://tc39.es/ecma262/#sec-initializetypedarrayfromarraybuffer
ThrowCompletionOr<void> InitializeTypedArrayFromArrayBuffer(Agent& agent, TypedArrayObject* obj_pointer,
                                                            ArrayBufferObject* buffer_pointer, Value byte_offset,
                                                            Value length) {
  heap::Handle<TypedArrayObject> obj(agent.heap(), obj_pointer);
  heap::Handle<ArrayBufferObject> buffer(agent.heap(), buffer_pointer);
  RootedValue rooted_length(agent.heap(), length);
  // 1. Let elementSize be TypedArrayElementSize(obj).
  const double element_size = static_cast<double>(TypedArrayElementSize(obj.get()));
  // 2. Let offset be ? ToIndex(byteOffset).
  const double offset = TRY(vm::ToIndex(agent, byte_offset));
  // 3. If offset modulo elementSize ≠ 0, throw a RangeError exception.
  if (std::fmod(offset, element_size) != 0) {
    return ThrowRangeError(agent, u"Start offset of the TypedArray must be a multiple of its element size");
  }
  // 4. Let bufferIsFixedLength be IsFixedLengthArrayBuffer(buffer).
  const bool buffer_is_fixed_length = IsFixedLengthArrayBuffer(buffer.get());
  double new_length = 0;
  // 5. If length is not undefined, then a. Let newLength be ? ToIndex(length).
  if (!rooted_length->IsUndefined()) new_length = TRY(vm::ToIndex(agent, rooted_length));
  // 6. If IsDetachedBuffer(buffer) is true, throw a TypeError exception.
  if (IsDetachedBuffer(buffer.get())) return ThrowTypeError(agent, u"Cannot construct a TypedArray on a detached buffer");
  // 7. Let bufferByteLength be ArrayBufferByteLength(buffer, ~seq-cst~).
  const double buffer_byte_length = static_cast<double>(buffer->array_buffer_byte_length());
  // 8. If length is undefined and bufferIsFixedLength is false, then
  if (rooted_length->IsUndefined() && !buffer_is_fixed_length) {
    // a. If offset > bufferByteLength, throw a RangeError exception.
    if (offset > buffer_byte_length) return ThrowRangeError(agent, u"Start offset is outside the bounds of the buffer");
    // b. Set obj.[[ByteLength]] to ~auto~.
    // c. Set obj.[[ArrayLength]] to ~auto~.
    // 10. Set obj.[[ViewedArrayBuffer]] to buffer.
    // 11. Set obj.[[ByteOffset]] to offset.
    obj->Initialize(buffer.get(), std::nullopt, static_cast<size_t>(offset), std::nullopt);
    // 12. Return unused.
    return {};
  }
  // 9. Else,
  double new_byte_length;
  //   a. If length is undefined, then
  if (rooted_length->IsUndefined()) {
    // i. If bufferByteLength modulo elementSize ≠ 0, throw a RangeError exception.
    if (std::fmod(buffer_byte_length, element_size) != 0) {
      return ThrowRangeError(agent, u"Byte length of the buffer must be a multiple of the TypedArray's element size");
    }
    // ii. Let newByteLength be bufferByteLength - offset.
    new_byte_length = buffer_byte_length - offset;
    // iii. If newByteLength < 0, throw a RangeError exception.
    if (new_byte_length < 0) return ThrowRangeError(agent, u"Start offset is outside the bounds of the buffer");
  } else {
    //   b. Else,
    // i. Let newByteLength be newLength × elementSize.
    new_byte_length = new_length * element_size;
    // ii. If offset + newByteLength > bufferByteLength, throw a RangeError exception.
    if (offset + new_byte_length > buffer_byte_length) {
      return ThrowRangeError(agent, u"TypedArray length is outside the bounds of the buffer");
    }
  }
  //   c. Set obj.[[ByteLength]] to newByteLength.
  //   d. Set obj.[[ArrayLength]] to newByteLength / elementSize.
  // 10. Set obj.[[ViewedArrayBuffer]] to buffer.
  // 11. Set obj.[[ByteOffset]] to offset.
  obj->Initialize(buffer.get(), static_cast<size_t>(new_byte_length), static_cast<size_t>(offset),
                  static_cast<size_t>(new_byte_length / element_size));
  // 12. Return unused.
  return {};
}

// 23.2.5.1.4 InitializeTypedArrayFromList ( obj, values )
// https://tc39.es/ecma262/#sec-initializetypedarrayfromlist
ThrowCompletionOr<void> InitializeTypedArrayFromList(Agent& agent, TypedArrayObject* obj_pointer,
                                                     const std::vector<RootedValue>& values) {
  heap::Handle<TypedArrayObject> obj(agent.heap(), obj_pointer);
  // 1. Let len be the number of elements in values.
  const double len = static_cast<double>(values.size());
  // 2. Perform ? AllocateTypedArrayBuffer(obj, len).
  TRY(AllocateTypedArrayBuffer(agent, obj.get(), len));
  // 3. Let k be 0.
  // 4. Repeat, while k < len,
  for (size_t k = 0; k < values.size(); ++k) {
    // a. Let Pk be ! ToString(𝔽(k)).
    // b. Let kValue be the first element of values.
    // c. Remove the first element from values.
    // d. Perform ? Set(obj, Pk, kValue, true).
    TRY(interpreter::Set(agent, obj.get(), IndexKey(agent, static_cast<double>(k)), values[k].get(), true));
    // e. Set k to k + 1.
  }
  // 5. Assert: values is now an empty List.
  // 6. Return unused.
  return {};
}

// 23.2.5.1.5 InitializeTypedArrayFromArrayLike ( obj, arrayLike )
// https://tc39.es/ecma262/#sec-initializetypedarrayfromarraylike
ThrowCompletionOr<void> InitializeTypedArrayFromArrayLike(Agent& agent, TypedArrayObject* obj_pointer,
                                                          Object* array_like_pointer) {
  heap::Handle<TypedArrayObject> obj(agent.heap(), obj_pointer);
  heap::Handle<Object> array_like(agent.heap(), array_like_pointer);
  // 1. Let len be ? LengthOfArrayLike(arrayLike).
  const double len = TRY(vm::LengthOfArrayLike(agent, array_like));
  // 2. Perform ? AllocateTypedArrayBuffer(obj, len).
  TRY(AllocateTypedArrayBuffer(agent, obj.get(), len));
  // 3. Let k be 0.
  // 4. Repeat, while k < len,
  for (double k = 0; k < len; ++k) {
    // a. Let Pk be ! ToString(𝔽(k)).
    PropertyKey pk = IndexKey(agent, k);
    // b. Let kValue be ? Get(arrayLike, Pk).
    RootedValue k_value(agent.heap(), TRY(interpreter::Get(agent, array_like, pk)));
    // c. Perform ? Set(obj, Pk, kValue, true).
    TRY(interpreter::Set(agent, obj.get(), pk, k_value, true));
    // d. Set k to k + 1.
  }
  // 5. Return unused.
  return {};
}

// 23.2.5.1 TypedArray ( ...args )
// https://tc39.es/ecma262/#sec-typedarray
template <ElementType kType>
ThrowCompletionOr<Value> TypedArrayConstructor(Agent& agent, Value, std::span<const Value> args, Object* new_target) {
  // 1. If NewTarget is undefined, throw a TypeError exception.
  if (new_target == nullptr) return ThrowTypeError(agent, u"TypedArray constructors require 'new'");
  heap::Handle<Object> rooted_new_target(agent.heap(), new_target);
  // 2. Let ctorName be the String value of the Constructor Name value specified in Table 71 for this TypedArray
  //    constructor.
  // 3. Let proto be "%TypedArray.prototype%".
  const Intrinsic proto = TypedArrayPrototypeIntrinsic(kType);
  // 4. Let numberOfArgs be the number of elements in args.
  const size_t number_of_args = args.size();
  // 5. If numberOfArgs = 0, return ? AllocateTypedArray(ctorName, NewTarget, proto, 0).
  if (number_of_args == 0) {
    return Value::FromObject(TRY(AllocateTypedArray(agent, kType, rooted_new_target, proto, 0.0)));
  }
  // 6. Let firstArg be args[0].
  RootedValue first_arg(agent.heap(), args[0]);
  // 7. If firstArg is an Object, then
  if (first_arg->IsObject()) {
    // a. Let obj be ? AllocateTypedArray(ctorName, NewTarget, proto).
    heap::Handle<TypedArrayObject> obj(agent.heap(), TRY(AllocateTypedArray(agent, kType, rooted_new_target, proto)));
    // b. If firstArg has a [[TypedArrayName]] internal slot, then
    if (TypedArrayObject* source = AsTypedArray(first_arg)) {
      // i. Perform ? InitializeTypedArrayFromTypedArray(obj, firstArg).
      TRY(InitializeTypedArrayFromTypedArray(agent, obj.get(), source));
    } else if (auto* buffer = dynamic_cast<ArrayBufferObject*>(first_arg->AsObject())) {
      // c. Else if firstArg has an [[ArrayBufferData]] internal slot, then
      // i. If numberOfArgs > 1, let byteOffset be args[1]; else let byteOffset be undefined.
      Value byte_offset = number_of_args > 1 ? args[1] : Value::Undefined();
      // ii. If numberOfArgs > 2, let length be args[2]; else let length be undefined.
      Value length = number_of_args > 2 ? args[2] : Value::Undefined();
      // iii. Perform ? InitializeTypedArrayFromArrayBuffer(obj, firstArg, byteOffset, length).
      TRY(InitializeTypedArrayFromArrayBuffer(agent, obj.get(), buffer, byte_offset, length));
    } else {
      // d. Else,
      // i. Assert: firstArg is an Object and firstArg does not have either a [[TypedArrayName]] or an
      //    [[ArrayBufferData]] internal slot.
      // ii. Let usingIterator be ? GetMethod(firstArg, %Symbol.iterator%).
      RootedValue using_iterator(
          agent.heap(), TRY(vm::GetMethod(agent, first_arg->AsObject(),
                                          PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kIterator)))));
      // iii. If usingIterator is not undefined, then
      if (!using_iterator->IsUndefined()) {
        // 1. Let values be ? IteratorToList(? GetIteratorFromMethod(firstArg, usingIterator)).
        vm::IteratorRecord iterator_record = TRY(vm::GetIteratorFromMethod(agent, first_arg, using_iterator));
        std::vector<RootedValue> values;
        TRY(vm::IteratorToList(agent, iterator_record, values));
        // 2. Perform ? InitializeTypedArrayFromList(obj, values).
        TRY(InitializeTypedArrayFromList(agent, obj.get(), values));
      } else {
        // iv. Else,
        // 1. NOTE: firstArg is not an iterable object, so assume it is already an array-like object.
        // 2. Perform ? InitializeTypedArrayFromArrayLike(obj, firstArg).
        TRY(InitializeTypedArrayFromArrayLike(agent, obj.get(), first_arg->AsObject()));
      }
    }
    // e. Return obj.
    return Value::FromObject(obj.get());
  }
  // 8. Assert: firstArg is not an Object.
  // 9. Let elementLength be ? ToIndex(firstArg).
  const double element_length = TRY(vm::ToIndex(agent, first_arg));
  // 10. Return ? AllocateTypedArray(ctorName, NewTarget, proto, elementLength).
  return Value::FromObject(TRY(AllocateTypedArray(agent, kType, rooted_new_target, proto, element_length)));
}

// --- 23.2.1-23.2.2 %TypedArray% ----------------------------------------------------------------------------------

// 23.2.1.1 %TypedArray% ( )
// https://tc39.es/ecma262/#sec-%typedarray%
ThrowCompletionOr<Value> TypedArrayIntrinsicConstructor(Agent& agent, Value, std::span<const Value>, Object*) {
  // 1. Throw a TypeError exception.
  return ThrowTypeError(agent, u"Abstract class TypedArray not directly constructable");
}

// 23.2.2.1 %TypedArray%.from ( source [ , mapper [ , thisArg ] ] )
// https://tc39.es/ecma262/#sec-%typedarray%.from
ThrowCompletionOr<Value> TypedArrayFrom(Agent& agent, Value this_value, std::span<const Value> arguments, Object*) {
  RootedValue source(agent.heap(), Argument(arguments, 0));
  RootedValue mapper(agent.heap(), Argument(arguments, 1));
  RootedValue this_arg(agent.heap(), Argument(arguments, 2));
  // 1. Let ctor be the this value.
  // 2. If IsConstructor(ctor) is false, throw a TypeError exception.
  if (!interpreter::IsConstructor(this_value)) return ThrowTypeError(agent, u"TypedArray.from: this is not a constructor");
  heap::Handle<Object> ctor(agent.heap(), this_value.AsObject());
  bool mapping;
  // 3. If mapper is undefined, then a. Let mapping be false.
  if (mapper->IsUndefined()) {
    mapping = false;
  } else {
    // 4. Else, a. If IsCallable(mapper) is false, throw a TypeError exception. b. Let mapping be true.
    if (!interpreter::IsCallable(mapper)) return ThrowTypeError(agent, u"TypedArray.from: the mapper is not a function");
    mapping = true;
  }
  // 5. Let usingIterator be ? GetMethod(source, %Symbol.iterator%).
  //    (7.3.10 GetMethod ( V, P ): ? GetV(V, P), so a primitive source is looked up on its wrapper.)
  RootedValue using_iterator(
      agent.heap(), TRY(vm::GetV(agent, agent.current_realm(), source,
                                 PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kIterator)))));
  if (using_iterator->IsNullish()) {
    using_iterator = Value::Undefined();
  } else if (!interpreter::IsCallable(using_iterator)) {
    return ThrowTypeError(agent, u"TypedArray.from: Symbol.iterator is not a function");
  }
  // 6. If usingIterator is not undefined, then
  if (!using_iterator->IsUndefined()) {
    // a. Let values be ? IteratorToList(? GetIteratorFromMethod(source, usingIterator)).
    vm::IteratorRecord iterator_record = TRY(vm::GetIteratorFromMethod(agent, source, using_iterator));
    std::vector<RootedValue> values;
    TRY(vm::IteratorToList(agent, iterator_record, values));
    // b. Let length be the number of elements in values.
    const double length = static_cast<double>(values.size());
    // c. Let targetObj be ? TypedArrayCreateFromConstructor(ctor, « 𝔽(length) »).
    Value construct_arguments[] = {Value::Number(length)};
    heap::Handle<TypedArrayObject> target_obj(agent.heap(),
                                              TRY(TypedArrayCreateFromConstructor(agent, ctor, construct_arguments)));
    // d. Let k be 0.
    // e. Repeat, while k < length,
    for (size_t k = 0; k < values.size(); ++k) {
      // i. Let kValue be values[k].
      RootedValue mapped_value(agent.heap(), values[k].get());
      // ii. If mapping is true, then 1. Let mappedValue be ? Call(mapper, thisArg, « kValue, 𝔽(k) »).
      // iii. Else, 1. Let mappedValue be kValue.
      if (mapping) {
        Value call_arguments[] = {values[k].get(), Value::Number(static_cast<double>(k))};
        mapped_value = TRY(interpreter::Call(agent, mapper, this_arg, call_arguments));
      }
      // iv. Perform ? TypedArraySetElement(targetObj, 𝔽(k), mappedValue).
      TRY(TypedArraySetElement(agent, target_obj.get(), static_cast<double>(k), mapped_value));
      // v. Set k to k + 1.
    }
    // f. Return targetObj.
    return Value::FromObject(target_obj.get());
  }
  // 7. NOTE: source is not an iterable object, so assume it is already an array-like object.
  // 8. Let arrayLike be ! ToObject(source).
  heap::Handle<Object> array_like(agent.heap(), TRY(vm::ToObject(agent, source)));
  // 9. Let length be ? LengthOfArrayLike(arrayLike).
  const double length = TRY(vm::LengthOfArrayLike(agent, array_like));
  // 10. Let targetObj be ? TypedArrayCreateFromConstructor(ctor, « 𝔽(length) »).
  Value construct_arguments[] = {Value::Number(length)};
  heap::Handle<TypedArrayObject> target_obj(agent.heap(),
                                            TRY(TypedArrayCreateFromConstructor(agent, ctor, construct_arguments)));
  // 11. Let k be 0.
  // 12. Repeat, while k < length,
  for (double k = 0; k < length; ++k) {
    // a. Let propertyKey be ! ToString(𝔽(k)).
    // b. Let kValue be ? Get(arrayLike, propertyKey).
    RootedValue k_value(agent.heap(), TRY(interpreter::Get(agent, array_like, IndexKey(agent, k))));
    RootedValue mapped_value(agent.heap(), k_value);
    // c. If mapping is true, then i. Let mappedValue be ? Call(mapper, thisArg, « kValue, 𝔽(k) »).
    // d. Else, i. Let mappedValue be kValue.
    if (mapping) {
      Value call_arguments[] = {k_value, Value::Number(k)};
      mapped_value = TRY(interpreter::Call(agent, mapper, this_arg, call_arguments));
    }
    // e. Perform ? TypedArraySetElement(targetObj, 𝔽(k), mappedValue).
    TRY(TypedArraySetElement(agent, target_obj.get(), k, mapped_value));
    // f. Set k to k + 1.
  }
  // 13. Return targetObj.
  return Value::FromObject(target_obj.get());
}

// 23.2.2.2 %TypedArray%.of ( ...items )
// https://tc39.es/ecma262/#sec-%typedarray%.of
ThrowCompletionOr<Value> TypedArrayOf(Agent& agent, Value this_value, std::span<const Value> items, Object*) {
  RootedValueVector rooted_items(agent.heap());
  rooted_items.values().assign(items.begin(), items.end());
  // 1. Let len be the number of elements in items.
  const double len = static_cast<double>(items.size());
  // 2. Let C be the this value.
  // 3. If IsConstructor(C) is false, throw a TypeError exception.
  if (!interpreter::IsConstructor(this_value)) return ThrowTypeError(agent, u"TypedArray.of: this is not a constructor");
  // 4. Let newObj be ? TypedArrayCreateFromConstructor(C, « 𝔽(len) »).
  Value construct_arguments[] = {Value::Number(len)};
  heap::Handle<TypedArrayObject> new_obj(
      agent.heap(), TRY(TypedArrayCreateFromConstructor(agent, this_value.AsObject(), construct_arguments)));
  // 5. Let k be 0.
  // 6. Repeat, while k < len,
  for (size_t k = 0; k < rooted_items.values().size(); ++k) {
    // a. Let kValue be items[k].
    // b. Let Pk be ! ToString(𝔽(k)).
    // c. Perform ? Set(newObj, Pk, kValue, true).
    TRY(interpreter::Set(agent, new_obj.get(), IndexKey(agent, static_cast<double>(k)), rooted_items.values()[k],
                         true));
    // d. Set k to k + 1.
  }
  // 7. Return newObj.
  return Value::FromObject(new_obj.get());
}

// 23.2.2.4 get %TypedArray% [ %Symbol.species% ]
// https://tc39.es/ecma262/#sec-get-%typedarray%-%symbol.species%
ThrowCompletionOr<Value> GetTypedArraySpecies(Agent&, Value this_value, std::span<const Value>, Object*) {
  // 1. Return the this value.
  return this_value;
}

// --- 23.2.3 Properties of the %TypedArray% Prototype Object -----------------------------------------------------

// 23.2.3.1 %TypedArray%.prototype.at ( index )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.at
ThrowCompletionOr<Value> TypedArrayPrototypeAt(Agent& agent, Value this_value, std::span<const Value> arguments,
                                               Object*) {
  // 1. Let O be the this value.
  // 2. Let taRecord be ? ValidateTypedArray(O, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArray(agent, this_value));
  heap::Handle<TypedArrayObject> o(agent.heap(), ta_record.object);
  // 3. Let len be TypedArrayLength(taRecord).
  const double len = static_cast<double>(TypedArrayLength(ta_record));
  // 4. Let relativeIndex be ? ToIntegerOrInfinity(index).
  const double relative_index = TRY(vm::ToIntegerOrInfinity(agent, Argument(arguments, 0)));
  // 5. If relativeIndex ≥ 0, then a. Let k be relativeIndex.
  // 6. Else, a. Let k be len + relativeIndex.
  const double k = relative_index >= 0 ? relative_index : len + relative_index;
  // 7. If k < 0 or k ≥ len, return undefined.
  if (k < 0 || k >= len) return Value::Undefined();
  // 8. Return ! Get(O, ! ToString(𝔽(k))).
  return MUST(interpreter::Get(agent, o.get(), IndexKey(agent, k)));
}

// 23.2.3.2 get %TypedArray%.prototype.buffer
// https://tc39.es/ecma262/#sec-get-%typedarray%.prototype.buffer
ThrowCompletionOr<Value> GetTypedArrayPrototypeBuffer(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let O be the this value.
  // 2. Perform ? RequireInternalSlot(O, [[TypedArrayName]]).
  TypedArrayObject* o = TRY(RequireTypedArray(agent, this_value));
  // 3. Assert: O has a [[ViewedArrayBuffer]] internal slot.
  // 4. Let buffer be O.[[ViewedArrayBuffer]].
  // 5. Return buffer.
  return Value::FromObject(o->viewed_array_buffer());
}

// 23.2.3.3 get %TypedArray%.prototype.byteLength
// https://tc39.es/ecma262/#sec-get-%typedarray%.prototype.bytelength
ThrowCompletionOr<Value> GetTypedArrayPrototypeByteLength(Agent& agent, Value this_value, std::span<const Value>,
                                                          Object*) {
  // 1. Let O be the this value.
  // 2. Perform ? RequireInternalSlot(O, [[TypedArrayName]]).
  TypedArrayObject* o = TRY(RequireTypedArray(agent, this_value));
  // 3. Assert: O has a [[ViewedArrayBuffer]] internal slot.
  // 4. Let taRecord be MakeTypedArrayWithBufferWitnessRecord(O, ~seq-cst~).
  // 5. Let size be TypedArrayByteLength(taRecord).
  // 6. Return 𝔽(size).
  return Value::Number(static_cast<double>(TypedArrayByteLength(MakeTypedArrayWithBufferWitnessRecord(o))));
}

// 23.2.3.4 get %TypedArray%.prototype.byteOffset
// https://tc39.es/ecma262/#sec-get-%typedarray%.prototype.byteoffset
ThrowCompletionOr<Value> GetTypedArrayPrototypeByteOffset(Agent& agent, Value this_value, std::span<const Value>,
                                                          Object*) {
  // 1. Let O be the this value.
  // 2. Perform ? RequireInternalSlot(O, [[TypedArrayName]]).
  TypedArrayObject* o = TRY(RequireTypedArray(agent, this_value));
  // 3. Assert: O has a [[ViewedArrayBuffer]] internal slot.
  // 4. Let taRecord be MakeTypedArrayWithBufferWitnessRecord(O, ~seq-cst~).
  // 5. If IsTypedArrayOutOfBounds(taRecord) is true, return +0𝔽.
  if (IsTypedArrayOutOfBounds(MakeTypedArrayWithBufferWitnessRecord(o))) return Value::Number(0);
  // 6. Let offset be O.[[ByteOffset]].
  // 7. Return 𝔽(offset).
  return Value::Number(static_cast<double>(o->byte_offset()));
}

// 23.2.3.6 %TypedArray%.prototype.copyWithin ( target, start [ , end ] )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.copywithin
ThrowCompletionOr<Value> TypedArrayPrototypeCopyWithin(Agent& agent, Value this_value,
                                                       std::span<const Value> arguments, Object*) {
  RootedValue target(agent.heap(), Argument(arguments, 0));
  RootedValue start(agent.heap(), Argument(arguments, 1));
  RootedValue end(agent.heap(), Argument(arguments, 2));
  // 1. Let obj be the this value.
  // 2. Let taRecord be ? ValidateTypedArray(obj, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArray(agent, this_value));
  heap::Handle<TypedArrayObject> obj(agent.heap(), ta_record.object);
  // 3. Let length be TypedArrayLength(taRecord).
  double length = static_cast<double>(TypedArrayLength(ta_record));
  // 4. Let targetIndex be ? ToClampedIndex(target, length).
  const double target_index = TRY(ToClampedIndex(agent, target, length));
  // 5. Let startIndex be ? ToClampedIndex(start, length).
  const double start_index = TRY(ToClampedIndex(agent, start, length));
  // 6. If end is undefined, let endIndex be length; else let endIndex be ? ToClampedIndex(end, length).
  const double end_index = end->IsUndefined() ? length : TRY(ToClampedIndex(agent, end, length));
  // 7. Let count be min(endIndex - startIndex, length - targetIndex).
  double count = std::min(end_index - start_index, length - target_index);
  // 8. If count > 0, then
  if (count > 0) {
    // a. NOTE: The copying must be performed in a manner that preserves the bit-level encoding of the source data.
    // b. Let buffer be obj.[[ViewedArrayBuffer]].
    // c. Set taRecord to ? ValidateTypedArrayBounds(obj, ~seq-cst~).
    ta_record = TRY(ValidateTypedArrayBounds(agent, obj.get()));
    // d. Set length to TypedArrayLength(taRecord).
    length = static_cast<double>(TypedArrayLength(ta_record));
    // e. NOTE: Side-effects of the above steps may have reduced the size of obj, in which case copying should
    //    proceed with the longest still-applicable prefix.
    // f. Set count to min(count, length - startIndex, length - targetIndex).
    count = std::min({count, length - start_index, length - target_index});
    // g. Let elementSize be TypedArrayElementSize(obj).
    const double element_size = static_cast<double>(TypedArrayElementSize(obj.get()));
    // h. Let byteOffset be obj.[[ByteOffset]].
    const double byte_offset = static_cast<double>(obj->byte_offset());
    // i. Let toByteIndex be (targetIndex × elementSize) + byteOffset.
    double to_byte_index = target_index * element_size + byte_offset;
    // j. Let fromByteIndex be (startIndex × elementSize) + byteOffset.
    double from_byte_index = start_index * element_size + byte_offset;
    // k. Let countBytes be count × elementSize.
    double count_bytes = count * element_size;
    double direction;
    // l. If fromByteIndex < toByteIndex and toByteIndex < fromByteIndex + countBytes, then
    if (from_byte_index < to_byte_index && to_byte_index < from_byte_index + count_bytes) {
      // i. Let direction be -1.
      direction = -1;
      // ii. Set fromByteIndex to fromByteIndex + countBytes - 1.
      from_byte_index = from_byte_index + count_bytes - 1;
      // iii. Set toByteIndex to toByteIndex + countBytes - 1.
      to_byte_index = to_byte_index + count_bytes - 1;
    } else {
      // m. Else, i. Let direction be 1.
      direction = 1;
    }
    uint8_t* bytes = count_bytes > 0 ? obj->viewed_array_buffer()->array_buffer_data()->bytes() : nullptr;
    // n. Repeat, while countBytes > 0,
    while (count_bytes > 0) {
      // i. Assert: fromByteIndex ≥ 0 and toByteIndex ≥ 0.
      // ii. Let value be GetValueFromBuffer(buffer, fromByteIndex, ~uint8~, true, ~unordered~).
      // iii. Perform SetValueInBuffer(buffer, toByteIndex, ~uint8~, value, true, ~unordered~).
      bytes[static_cast<size_t>(to_byte_index)] = bytes[static_cast<size_t>(from_byte_index)];
      // iv. Set fromByteIndex to fromByteIndex + direction.
      from_byte_index += direction;
      // v. Set toByteIndex to toByteIndex + direction.
      to_byte_index += direction;
      // vi. Set countBytes to countBytes - 1.
      count_bytes -= 1;
    }
  }
  // 9. Return obj.
  return Value::FromObject(obj.get());
}

// Shared by entries, keys and values: 1. Let O be the this value. 2. Perform ? ValidateTypedArray(O, ~seq-cst~).
// 3. Return CreateArrayIterator(O, kind).
ThrowCompletionOr<Value> TypedArrayIterator(Agent& agent, Value this_value, ArrayIteratorObject::Kind kind) {
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArray(agent, this_value));
  return Value::FromObject(CreateArrayIterator(agent, ta_record.object, kind));
}

// 23.2.3.7 %TypedArray%.prototype.entries ( )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.entries
ThrowCompletionOr<Value> TypedArrayPrototypeEntries(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1.-3. Return CreateArrayIterator(O, key+value) after ? ValidateTypedArray(O, ~seq-cst~).
  return TypedArrayIterator(agent, this_value, ArrayIteratorObject::Kind::kKeyValue);
}

// 23.2.3.19 %TypedArray%.prototype.keys ( )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.keys
ThrowCompletionOr<Value> TypedArrayPrototypeKeys(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1.-3. Return CreateArrayIterator(O, key) after ? ValidateTypedArray(O, ~seq-cst~).
  return TypedArrayIterator(agent, this_value, ArrayIteratorObject::Kind::kKey);
}

// 23.2.3.35 %TypedArray%.prototype.values ( )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.values
ThrowCompletionOr<Value> TypedArrayPrototypeValues(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1.-3. Return CreateArrayIterator(O, value) after ? ValidateTypedArray(O, ~seq-cst~).
  return TypedArrayIterator(agent, this_value, ArrayIteratorObject::Kind::kValue);
}

// The shared steps of every and some: calls callback on each element until its result's ToBoolean is
// `stop_when`, answering whether that happened.
ThrowCompletionOr<bool> SomeElementAnswers(Agent& agent, Value this_value, std::span<const Value> arguments,
                                           bool stop_when) {
  RootedValue callback(agent.heap(), Argument(arguments, 0));
  RootedValue this_arg(agent.heap(), Argument(arguments, 1));
  // 1. Let O be the this value.
  // 2. Let taRecord be ? ValidateTypedArray(O, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArray(agent, this_value));
  heap::Handle<TypedArrayObject> o(agent.heap(), ta_record.object);
  // 3. Let len be TypedArrayLength(taRecord).
  const double len = static_cast<double>(TypedArrayLength(ta_record));
  // 4. If IsCallable(callback) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(callback)) return ThrowTypeError(agent, u"callback is not a function");
  // 5. Let k be 0.
  // 6. Repeat, while k < len,
  for (double k = 0; k < len; ++k) {
    // a. Let Pk be ! ToString(𝔽(k)).
    // b. Let kValue be ! Get(O, Pk).
    RootedValue k_value(agent.heap(), MUST(interpreter::Get(agent, o.get(), IndexKey(agent, k))));
    // c. Let testResult be ToBoolean(? Call(callback, thisArg, « kValue, 𝔽(k), O »)).
    const bool test_result = vm::ToBoolean(TRY(CallCallback(agent, callback, this_arg, k_value, k, o.get())));
    // d. (every:) If testResult is false, return false. (some:) If testResult is true, return true.
    if (test_result == stop_when) return true;
    // e. Set k to k + 1.
  }
  return false;
}

// 23.2.3.8 %TypedArray%.prototype.every ( callback [ , thisArg ] )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.every
ThrowCompletionOr<Value> TypedArrayPrototypeEvery(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                  Object*) {
  // 1.-6. (SomeElementAnswers: an element whose testResult is false makes every return false.)
  const bool found_false = TRY(SomeElementAnswers(agent, this_value, arguments, false));
  // 7. Return true.
  return Value::Boolean(!found_false);
}

// 23.2.3.28 %TypedArray%.prototype.some ( callback [ , thisArg ] )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.some
ThrowCompletionOr<Value> TypedArrayPrototypeSome(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  // 1.-6. (SomeElementAnswers: an element whose testResult is true makes some return true.)
  // 7. Return false.
  return Value::Boolean(TRY(SomeElementAnswers(agent, this_value, arguments, true)));
}

// 23.2.3.9 %TypedArray%.prototype.fill ( value [ , start [ , end ] ] )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.fill
ThrowCompletionOr<Value> TypedArrayPrototypeFill(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  RootedValue value(agent.heap(), Argument(arguments, 0));
  RootedValue start(agent.heap(), Argument(arguments, 1));
  RootedValue end(agent.heap(), Argument(arguments, 2));
  // 1. Let O be the this value.
  // 2. Let taRecord be ? ValidateTypedArray(O, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArray(agent, this_value));
  heap::Handle<TypedArrayObject> o(agent.heap(), ta_record.object);
  // 3. Let len be TypedArrayLength(taRecord).
  double len = static_cast<double>(TypedArrayLength(ta_record));
  // 4. If O.[[ContentType]] is ~bigint~, set value to ? ToBigInt(value).
  if (o->has_bigint_content()) {
    value = TRY(vm::ToBigInt(agent, value));
  } else {
    // 5. Otherwise, set value to ? ToNumber(value).
    value = Value::Number(TRY(vm::ToNumber(agent, value)));
  }
  // 6. Let relativeStart be ? ToIntegerOrInfinity(start).
  // 7.-9. Let startIndex be the clamped relativeStart.
  const double start_index = ClampRelativeIndex(TRY(vm::ToIntegerOrInfinity(agent, start)), len);
  // 10. If end is undefined, let relativeEnd be len; else let relativeEnd be ? ToIntegerOrInfinity(end).
  const double relative_end = end->IsUndefined() ? len : TRY(vm::ToIntegerOrInfinity(agent, end));
  // 11.-13. Let endIndex be the clamped relativeEnd.
  double end_index = ClampRelativeIndex(relative_end, len);
  // 14. Set taRecord to ? ValidateTypedArrayBounds(O, ~seq-cst~).
  ta_record = TRY(ValidateTypedArrayBounds(agent, o.get()));
  // 15. Set len to TypedArrayLength(taRecord).
  len = static_cast<double>(TypedArrayLength(ta_record));
  // 16. Set endIndex to min(endIndex, len).
  end_index = std::min(end_index, len);
  // 17. Let k be startIndex.
  // 18. Repeat, while k < endIndex,
  for (double k = start_index; k < end_index; ++k) {
    // a. Let Pk be ! ToString(𝔽(k)).
    // b. Perform ! Set(O, Pk, value, true).
    MUST(interpreter::Set(agent, o.get(), IndexKey(agent, k), value, true));
    // c. Set k to k + 1.
  }
  // 19. Return O.
  return Value::FromObject(o.get());
}

// 23.2.3.10 %TypedArray%.prototype.filter ( callback [ , thisArg ] )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.filter
ThrowCompletionOr<Value> TypedArrayPrototypeFilter(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                   Object*) {
  RootedValue callback(agent.heap(), Argument(arguments, 0));
  RootedValue this_arg(agent.heap(), Argument(arguments, 1));
  // 1. Let O be the this value.
  // 2. Let taRecord be ? ValidateTypedArray(O, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArray(agent, this_value));
  heap::Handle<TypedArrayObject> o(agent.heap(), ta_record.object);
  // 3. Let len be TypedArrayLength(taRecord).
  const double len = static_cast<double>(TypedArrayLength(ta_record));
  // 4. If IsCallable(callback) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(callback)) return ThrowTypeError(agent, u"callback is not a function");
  // 5. Let kept be a new empty List.
  RootedValueVector kept(agent.heap());
  // 6. Let captured be 0.
  double captured = 0;
  // 7. Let k be 0.
  // 8. Repeat, while k < len,
  for (double k = 0; k < len; ++k) {
    // a. Let Pk be ! ToString(𝔽(k)).
    // b. Let kValue be ! Get(O, Pk).
    RootedValue k_value(agent.heap(), MUST(interpreter::Get(agent, o.get(), IndexKey(agent, k))));
    // c. Let selected be ToBoolean(? Call(callback, thisArg, « kValue, 𝔽(k), O »)).
    const bool selected = vm::ToBoolean(TRY(CallCallback(agent, callback, this_arg, k_value, k, o.get())));
    // d. If selected is true, then i. Append kValue to kept. ii. Set captured to captured + 1.
    if (selected) {
      kept.values().push_back(k_value);
      captured += 1;
    }
    // e. Set k to k + 1.
  }
  // 9. Let A be ? TypedArraySpeciesCreate(O, « 𝔽(captured) »).
  Value species_arguments[] = {Value::Number(captured)};
  heap::Handle<TypedArrayObject> a(agent.heap(), TRY(TypedArraySpeciesCreate(agent, o.get(), species_arguments)));
  // 10. Let n be 0.
  // 11. For each element e of kept, do
  for (size_t n = 0; n < kept.values().size(); ++n) {
    // a. Perform ! Set(A, ! ToString(𝔽(n)), e, true).
    //    (A's elements are of O's content type, so the conversion cannot throw; a shrunken A ignores the write.)
    TRY(interpreter::Set(agent, a.get(), IndexKey(agent, static_cast<double>(n)), kept.values()[n], true));
    // b. Set n to n + 1.
  }
  // 12. Return A.
  return Value::FromObject(a.get());
}

enum class Direction { kAscending, kDescending };

// 23.1.3.12.1 FindViaPredicate ( O, len, direction, predicate, thisArg )
// https://tc39.es/ecma262/#sec-findviapredicate
// The index found (-1 for none); the value is left in `found_value`.
ThrowCompletionOr<double> FindViaPredicate(Agent& agent, Object* o_pointer, double len, Direction direction,
                                           Value predicate_value, Value this_arg_value, RootedValue& found_value) {
  heap::Handle<Object> o(agent.heap(), o_pointer);
  RootedValue predicate(agent.heap(), predicate_value);
  RootedValue this_arg(agent.heap(), this_arg_value);
  // 1. If IsCallable(predicate) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(predicate)) return ThrowTypeError(agent, u"predicate is not a function");
  // 2.-3. Let indices be the integers in [0, len) in ascending (or, for descending, descending) order.
  // 4. For each integer k of indices, do
  for (double step = 0; step < len; ++step) {
    const double k = direction == Direction::kAscending ? step : len - 1 - step;
    // a. Let Pk be ! ToString(𝔽(k)).
    // b. NOTE: If O is a TypedArray, the following invocation of Get will return a normal completion.
    // c. Let kValue be ? Get(O, Pk).
    found_value = TRY(interpreter::Get(agent, o, IndexKey(agent, k)));
    // d. Let testResult be ? Call(predicate, thisArg, « kValue, 𝔽(k), O »).
    Value test_result = TRY(CallCallback(agent, predicate, this_arg, found_value, k, o.get()));
    // e. If ToBoolean(testResult) is true, return the Record { [[Index]]: 𝔽(k), [[Value]]: kValue }.
    if (vm::ToBoolean(test_result)) return k;
  }
  // 5. Return the Record { [[Index]]: -1𝔽, [[Value]]: undefined }.
  found_value = Value::Undefined();
  return -1.0;
}

// The steps find, findIndex, findLast and findLastIndex share: 1. Let O be the this value. 2. Let taRecord be
// ? ValidateTypedArray(O, ~seq-cst~). 3. Let len be TypedArrayLength(taRecord). 4. Let findRec be
// ? FindViaPredicate(O, len, direction, predicate, thisArg).
ThrowCompletionOr<double> FindInTypedArray(Agent& agent, Value this_value, std::span<const Value> arguments,
                                           Direction direction, RootedValue& found_value) {
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArray(agent, this_value));
  const double len = static_cast<double>(TypedArrayLength(ta_record));
  return FindViaPredicate(agent, ta_record.object, len, direction, Argument(arguments, 0), Argument(arguments, 1),
                          found_value);
}

// 23.2.3.11 %TypedArray%.prototype.find ( predicate [ , thisArg ] )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.find
ThrowCompletionOr<Value> TypedArrayPrototypeFind(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  RootedValue found_value(agent.heap());
  // 1.-4. (FindInTypedArray, ascending.)
  TRY(FindInTypedArray(agent, this_value, arguments, Direction::kAscending, found_value));
  // 5. Return findRec.[[Value]].
  return found_value.get();
}

// 23.2.3.12 %TypedArray%.prototype.findIndex ( predicate [ , thisArg ] )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.findindex
ThrowCompletionOr<Value> TypedArrayPrototypeFindIndex(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                      Object*) {
  RootedValue found_value(agent.heap());
  // 1.-4. (FindInTypedArray, ascending.)
  // 5. Return findRec.[[Index]].
  return Value::Number(TRY(FindInTypedArray(agent, this_value, arguments, Direction::kAscending, found_value)));
}

// 23.2.3.13 %TypedArray%.prototype.findLast ( predicate [ , thisArg ] )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.findlast
ThrowCompletionOr<Value> TypedArrayPrototypeFindLast(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                     Object*) {
  RootedValue found_value(agent.heap());
  // 1.-4. (FindInTypedArray, descending.)
  TRY(FindInTypedArray(agent, this_value, arguments, Direction::kDescending, found_value));
  // 5. Return findRec.[[Value]].
  return found_value.get();
}

// 23.2.3.14 %TypedArray%.prototype.findLastIndex ( predicate [ , thisArg ] )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.findlastindex
ThrowCompletionOr<Value> TypedArrayPrototypeFindLastIndex(Agent& agent, Value this_value,
                                                          std::span<const Value> arguments, Object*) {
  RootedValue found_value(agent.heap());
  // 1.-4. (FindInTypedArray, descending.)
  // 5. Return findRec.[[Index]].
  return Value::Number(TRY(FindInTypedArray(agent, this_value, arguments, Direction::kDescending, found_value)));
}

// 23.2.3.15 %TypedArray%.prototype.forEach ( callback [ , thisArg ] )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.foreach
ThrowCompletionOr<Value> TypedArrayPrototypeForEach(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                    Object*) {
  RootedValue callback(agent.heap(), Argument(arguments, 0));
  RootedValue this_arg(agent.heap(), Argument(arguments, 1));
  // 1. Let O be the this value.
  // 2. Let taRecord be ? ValidateTypedArray(O, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArray(agent, this_value));
  heap::Handle<TypedArrayObject> o(agent.heap(), ta_record.object);
  // 3. Let len be TypedArrayLength(taRecord).
  const double len = static_cast<double>(TypedArrayLength(ta_record));
  // 4. If IsCallable(callback) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(callback)) return ThrowTypeError(agent, u"callback is not a function");
  // 5. Let k be 0.
  // 6. Repeat, while k < len,
  for (double k = 0; k < len; ++k) {
    // a. Let Pk be ! ToString(𝔽(k)).
    // b. Let kValue be ! Get(O, Pk).
    RootedValue k_value(agent.heap(), MUST(interpreter::Get(agent, o.get(), IndexKey(agent, k))));
    // c. Perform ? Call(callback, thisArg, « kValue, 𝔽(k), O »).
    TRY(CallCallback(agent, callback, this_arg, k_value, k, o.get()));
    // d. Set k to k + 1.
  }
  // 7. Return undefined.
  return Value::Undefined();
}

// 23.2.3.16 %TypedArray%.prototype.includes ( searchElement [ , fromIndex ] )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.includes
ThrowCompletionOr<Value> TypedArrayPrototypeIncludes(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                     Object*) {
  RootedValue search_element(agent.heap(), Argument(arguments, 0));
  // 1. Let O be the this value.
  // 2. Let taRecord be ? ValidateTypedArray(O, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArray(agent, this_value));
  heap::Handle<TypedArrayObject> o(agent.heap(), ta_record.object);
  // 3. Let len be TypedArrayLength(taRecord).
  const double len = static_cast<double>(TypedArrayLength(ta_record));
  // 4. If len = 0, return false.
  if (len == 0) return Value::Boolean(false);
  // 5. Let n be ? ToIntegerOrInfinity(fromIndex).
  double n = TRY(vm::ToIntegerOrInfinity(agent, Argument(arguments, 1)));
  // 6. Assert: If fromIndex is undefined, then n is 0.
  // 7. If n = +∞, return false.
  if (n == INFINITY) return Value::Boolean(false);
  // 8. Else if n = -∞, set n to 0.
  if (n == -INFINITY) n = 0;
  double k;
  // 9. If n ≥ 0, then a. Let k be n.
  // 10. Else, a. Let k be len + n. b. If k < 0, set k to 0.
  k = n >= 0 ? n : std::max(len + n, 0.0);
  // 11. Repeat, while k < len,
  for (; k < len; ++k) {
    // a. Let elementK be ! Get(O, ! ToString(𝔽(k))).
    Value element_k = MUST(interpreter::Get(agent, o.get(), IndexKey(agent, k)));
    // b. If SameValueZero(searchElement, elementK) is true, return true.
    if (interpreter::SameValueZero(search_element, element_k)) return Value::Boolean(true);
    // c. Set k to k + 1.
  }
  // 12. Return false.
  return Value::Boolean(false);
}

// 23.2.3.17 %TypedArray%.prototype.indexOf ( searchElement [ , fromIndex ] )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.indexof
ThrowCompletionOr<Value> TypedArrayPrototypeIndexOf(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                    Object*) {
  RootedValue search_element(agent.heap(), Argument(arguments, 0));
  // 1. Let O be the this value.
  // 2. Let taRecord be ? ValidateTypedArray(O, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArray(agent, this_value));
  heap::Handle<TypedArrayObject> o(agent.heap(), ta_record.object);
  // 3. Let len be TypedArrayLength(taRecord).
  const double len = static_cast<double>(TypedArrayLength(ta_record));
  // 4. If len = 0, return -1𝔽.
  if (len == 0) return Value::Number(-1);
  // 5. Let n be ? ToIntegerOrInfinity(fromIndex).
  double n = TRY(vm::ToIntegerOrInfinity(agent, Argument(arguments, 1)));
  // 6. Assert: If fromIndex is undefined, then n is 0.
  // 7. If n = +∞, return -1𝔽.
  if (n == INFINITY) return Value::Number(-1);
  // 8. Else if n = -∞, set n to 0.
  if (n == -INFINITY) n = 0;
  // 9. If n ≥ 0, then a. Let k be n.
  // 10. Else, a. Let k be len + n. b. If k < 0, set k to 0.
  double k = n >= 0 ? n : std::max(len + n, 0.0);
  // 11. Repeat, while k < len,
  for (; k < len; ++k) {
    // a. Let Pk be ! ToString(𝔽(k)).
    PropertyKey pk = IndexKey(agent, k);
    // b. Let kPresent be ! HasProperty(O, Pk).
    // c. If kPresent is true, then
    if (MUST(interpreter::HasProperty(agent, o.get(), pk))) {
      // i. Let elementK be ! Get(O, Pk).
      Value element_k = MUST(interpreter::Get(agent, o.get(), pk));
      // ii. If IsStrictlyEqual(searchElement, elementK) is true, return 𝔽(k).
      if (interpreter::IsStrictlyEqual(search_element, element_k)) return Value::Number(k);
    }
    // d. Set k to k + 1.
  }
  // 12. Return -1𝔽.
  return Value::Number(-1);
}

// 23.2.3.18 %TypedArray%.prototype.join ( separator )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.join
ThrowCompletionOr<Value> TypedArrayPrototypeJoin(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  RootedValue separator(agent.heap(), Argument(arguments, 0));
  // 1. Let O be the this value.
  // 2. Let taRecord be ? ValidateTypedArray(O, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArray(agent, this_value));
  heap::Handle<TypedArrayObject> o(agent.heap(), ta_record.object);
  // 3. Let len be TypedArrayLength(taRecord).
  const double len = static_cast<double>(TypedArrayLength(ta_record));
  std::u16string sep;
  // 4. If separator is undefined, let sep be ",".
  if (separator->IsUndefined()) {
    sep = u",";
  } else {
    // 5. Else, let sep be ? ToString(separator).
    Value sep_value = TRY(vm::ToString(agent, separator));
    sep = sep_value.AsString()->code_units();
  }
  // 6. Let R be the empty String.
  std::u16string r;
  // 7. Let k be 0.
  // 8. Repeat, while k < len,
  for (double k = 0; k < len; ++k) {
    // a. If k > 0, set R to the string-concatenation of R and sep.
    if (k > 0) r += sep;
    // b. Let element be ! Get(O, ! ToString(𝔽(k))).
    RootedValue element(agent.heap(), MUST(interpreter::Get(agent, o.get(), IndexKey(agent, k))));
    // c. If element is undefined, let next be the empty String; otherwise, let next be ! ToString(element).
    if (!element->IsUndefined()) {
      Value next = MUST(vm::ToString(agent, element));
      // d. Set R to the string-concatenation of R and next.
      r += next.AsString()->code_units();
    }
    if (r.size() > (size_t{1} << 30)) return ThrowRangeError(agent, u"Invalid string length");
    // e. Set k to k + 1.
  }
  // 9. Return R.
  return vm::MakeString(agent, std::move(r));
}

// 23.2.3.20 %TypedArray%.prototype.lastIndexOf ( searchElement [ , fromIndex ] )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.lastindexof
ThrowCompletionOr<Value> TypedArrayPrototypeLastIndexOf(Agent& agent, Value this_value,
                                                        std::span<const Value> arguments, Object*) {
  RootedValue search_element(agent.heap(), Argument(arguments, 0));
  // 1. Let O be the this value.
  // 2. Let taRecord be ? ValidateTypedArray(O, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArray(agent, this_value));
  heap::Handle<TypedArrayObject> o(agent.heap(), ta_record.object);
  // 3. Let len be TypedArrayLength(taRecord).
  const double len = static_cast<double>(TypedArrayLength(ta_record));
  // 4. If len = 0, return -1𝔽.
  if (len == 0) return Value::Number(-1);
  // 5. If fromIndex is present, let n be ? ToIntegerOrInfinity(fromIndex); else let n be len - 1.
  const double n = arguments.size() > 1 ? TRY(vm::ToIntegerOrInfinity(agent, arguments[1])) : len - 1;
  // 6. If n = -∞, return -1𝔽.
  if (n == -INFINITY) return Value::Number(-1);
  // 7. If n ≥ 0, then a. Let k be min(n, len - 1).
  // 8. Else, a. Let k be len + n.
  double k = n >= 0 ? std::min(n, len - 1) : len + n;
  // 9. Repeat, while k ≥ 0,
  for (; k >= 0; --k) {
    // a. Let Pk be ! ToString(𝔽(k)).
    PropertyKey pk = IndexKey(agent, k);
    // b. Let kPresent be ! HasProperty(O, Pk).
    // c. If kPresent is true, then
    if (MUST(interpreter::HasProperty(agent, o.get(), pk))) {
      // i. Let elementK be ! Get(O, Pk).
      Value element_k = MUST(interpreter::Get(agent, o.get(), pk));
      // ii. If IsStrictlyEqual(searchElement, elementK) is true, return 𝔽(k).
      if (interpreter::IsStrictlyEqual(search_element, element_k)) return Value::Number(k);
    }
    // d. Set k to k - 1.
  }
  // 10. Return -1𝔽.
  return Value::Number(-1);
}

// 23.2.3.21 get %TypedArray%.prototype.length
// https://tc39.es/ecma262/#sec-get-%typedarray%.prototype.length
ThrowCompletionOr<Value> GetTypedArrayPrototypeLength(Agent& agent, Value this_value, std::span<const Value>,
                                                      Object*) {
  // 1. Let O be the this value.
  // 2. Perform ? RequireInternalSlot(O, [[TypedArrayName]]).
  TypedArrayObject* o = TRY(RequireTypedArray(agent, this_value));
  // 3. Assert: O has [[ViewedArrayBuffer]] and [[ArrayLength]] internal slots.
  // 4. Let taRecord be MakeTypedArrayWithBufferWitnessRecord(O, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord ta_record = MakeTypedArrayWithBufferWitnessRecord(o);
  // 5. If IsTypedArrayOutOfBounds(taRecord) is true, return +0𝔽.
  if (IsTypedArrayOutOfBounds(ta_record)) return Value::Number(0);
  // 6. Let length be TypedArrayLength(taRecord).
  // 7. Return 𝔽(length).
  return Value::Number(static_cast<double>(TypedArrayLength(ta_record)));
}

// 23.2.3.22 %TypedArray%.prototype.map ( callback [ , thisArg ] )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.map
ThrowCompletionOr<Value> TypedArrayPrototypeMap(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                Object*) {
  RootedValue callback(agent.heap(), Argument(arguments, 0));
  RootedValue this_arg(agent.heap(), Argument(arguments, 1));
  // 1. Let O be the this value.
  // 2. Let taRecord be ? ValidateTypedArray(O, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArray(agent, this_value));
  heap::Handle<TypedArrayObject> o(agent.heap(), ta_record.object);
  // 3. Let len be TypedArrayLength(taRecord).
  const double len = static_cast<double>(TypedArrayLength(ta_record));
  // 4. If IsCallable(callback) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(callback)) return ThrowTypeError(agent, u"callback is not a function");
  // 5. Let A be ? TypedArraySpeciesCreate(O, « 𝔽(len) »).
  Value species_arguments[] = {Value::Number(len)};
  heap::Handle<TypedArrayObject> a(agent.heap(), TRY(TypedArraySpeciesCreate(agent, o.get(), species_arguments)));
  // 6. Let k be 0.
  // 7. Repeat, while k < len,
  for (double k = 0; k < len; ++k) {
    // a. Let Pk be ! ToString(𝔽(k)).
    PropertyKey pk = IndexKey(agent, k);
    // b. Let kValue be ! Get(O, Pk).
    RootedValue k_value(agent.heap(), MUST(interpreter::Get(agent, o.get(), pk)));
    // c. Let mappedValue be ? Call(callback, thisArg, « kValue, 𝔽(k), O »).
    RootedValue mapped_value(agent.heap(), TRY(CallCallback(agent, callback, this_arg, k_value, k, o.get())));
    // d. Perform ? Set(A, Pk, mappedValue, true).
    TRY(interpreter::Set(agent, a.get(), pk, mapped_value, true));
    // e. Set k to k + 1.
  }
  // 8. Return A.
  return Value::FromObject(a.get());
}

// The steps reduce and reduceRight share, in `direction`.
ThrowCompletionOr<Value> ReduceTypedArray(Agent& agent, Value this_value, std::span<const Value> arguments,
                                          Direction direction) {
  RootedValue callback(agent.heap(), Argument(arguments, 0));
  // 1. Let O be the this value.
  // 2. Let taRecord be ? ValidateTypedArray(O, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArray(agent, this_value));
  heap::Handle<TypedArrayObject> o(agent.heap(), ta_record.object);
  // 3. Let len be TypedArrayLength(taRecord).
  const double len = static_cast<double>(TypedArrayLength(ta_record));
  // 4. If IsCallable(callback) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(callback)) return ThrowTypeError(agent, u"callback is not a function");
  // 5. If len = 0 and initialValue is not present, throw a TypeError exception.
  if (len == 0 && arguments.size() < 2) return ThrowTypeError(agent, u"Reduce of empty array with no initial value");
  // 6. Let k be 0 (reduceRight: len - 1).
  double k = direction == Direction::kAscending ? 0 : len - 1;
  const double step = direction == Direction::kAscending ? 1 : -1;
  // 7. Let accumulator be undefined.
  RootedValue accumulator(agent.heap());
  // 8. If initialValue is present, then a. Set accumulator to initialValue.
  if (arguments.size() >= 2) {
    accumulator = arguments[1];
  } else {
    // 9. Else, a. Let Pk be ! ToString(𝔽(k)). b. Set accumulator to ! Get(O, Pk). c. Set k to k + 1 (reduceRight:
    //    k - 1).
    accumulator = MUST(interpreter::Get(agent, o.get(), IndexKey(agent, k)));
    k += step;
  }
  // 10. Repeat, while k < len (reduceRight: k ≥ 0),
  for (; k >= 0 && k < len; k += step) {
    // a. Let Pk be ! ToString(𝔽(k)).
    // b. Let kValue be ! Get(O, Pk).
    Value k_value = MUST(interpreter::Get(agent, o.get(), IndexKey(agent, k)));
    // c. Set accumulator to ? Call(callback, undefined, « accumulator, kValue, 𝔽(k), O »).
    Value call_arguments[] = {accumulator, k_value, Value::Number(k), Value::FromObject(o.get())};
    accumulator = TRY(interpreter::Call(agent, callback, Value::Undefined(), call_arguments));
    // d. Set k to k + 1 (reduceRight: k - 1).
  }
  // 11. Return accumulator.
  return accumulator.get();
}

// 23.2.3.23 %TypedArray%.prototype.reduce ( callback [ , initialValue ] )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.reduce
ThrowCompletionOr<Value> TypedArrayPrototypeReduce(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                   Object*) {
  return ReduceTypedArray(agent, this_value, arguments, Direction::kAscending);
}

// 23.2.3.24 %TypedArray%.prototype.reduceRight ( callback [ , initialValue ] )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.reduceright
ThrowCompletionOr<Value> TypedArrayPrototypeReduceRight(Agent& agent, Value this_value,
                                                        std::span<const Value> arguments, Object*) {
  return ReduceTypedArray(agent, this_value, arguments, Direction::kDescending);
}

// 23.2.3.25 %TypedArray%.prototype.reverse ( )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.reverse
ThrowCompletionOr<Value> TypedArrayPrototypeReverse(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let O be the this value.
  // 2. Let taRecord be ? ValidateTypedArray(O, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArray(agent, this_value));
  heap::Handle<TypedArrayObject> o(agent.heap(), ta_record.object);
  // 3. Let len be TypedArrayLength(taRecord).
  const double len = static_cast<double>(TypedArrayLength(ta_record));
  // 4. Let middle be floor(len / 2).
  const double middle = std::floor(len / 2);
  // 5. Let lower be 0.
  // 6. Repeat, while lower ≠ middle,
  for (double lower = 0; lower != middle; ++lower) {
    // a. Let upper be len - lower - 1.
    const double upper = len - lower - 1;
    // b. Let upperP be ! ToString(𝔽(upper)).
    PropertyKey upper_p = IndexKey(agent, upper);
    // c. Let lowerP be ! ToString(𝔽(lower)).
    PropertyKey lower_p = IndexKey(agent, lower);
    // d. Let lowerValue be ! Get(O, lowerP).
    RootedValue lower_value(agent.heap(), MUST(interpreter::Get(agent, o.get(), lower_p)));
    // e. Let upperValue be ! Get(O, upperP).
    RootedValue upper_value(agent.heap(), MUST(interpreter::Get(agent, o.get(), upper_p)));
    // f. Perform ! Set(O, lowerP, upperValue, true).
    MUST(interpreter::Set(agent, o.get(), lower_p, upper_value, true));
    // g. Perform ! Set(O, upperP, lowerValue, true).
    MUST(interpreter::Set(agent, o.get(), upper_p, lower_value, true));
    // h. Set lower to lower + 1.
  }
  // 7. Return O.
  return Value::FromObject(o.get());
}

// 23.2.3.26.1 SetTypedArrayFromArrayLike ( target, targetOffset, source )
// https://tc39.es/ecma262/#sec-settypedarrayfromarraylike
ThrowCompletionOr<void> SetTypedArrayFromArrayLike(Agent& agent, TypedArrayObject* target_pointer,
                                                   double target_offset, Value source_value) {
  heap::Handle<TypedArrayObject> target(agent.heap(), target_pointer);
  // 1. Let targetRecord be ? ValidateTypedArrayBounds(target, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord target_record = TRY(ValidateTypedArrayBounds(agent, target.get()));
  // 2. Let targetLength be TypedArrayLength(targetRecord).
  const double target_length = static_cast<double>(TypedArrayLength(target_record));
  // 3. Set source to ? ToObject(source).
  heap::Handle<Object> source(agent.heap(), TRY(vm::ToObject(agent, source_value)));
  // 4. Let sourceLength be ? LengthOfArrayLike(source).
  const double source_length = TRY(vm::LengthOfArrayLike(agent, source));
  // 5. If targetOffset = +∞, throw a RangeError exception.
  if (target_offset == INFINITY) return ThrowRangeError(agent, u"offset is out of bounds");
  // 6. If sourceLength + targetOffset > targetLength, throw a RangeError exception.
  if (source_length + target_offset > target_length) return ThrowRangeError(agent, u"offset is out of bounds");
  // 7. Let k be 0.
  // 8. Repeat, while k < sourceLength,
  for (double k = 0; k < source_length; ++k) {
    // a. Let propertyKey be ! ToString(𝔽(k)).
    // b. Let value be ? Get(source, propertyKey).
    RootedValue value(agent.heap(), TRY(interpreter::Get(agent, source, IndexKey(agent, k))));
    // c. Let targetIndex be 𝔽(targetOffset + k).
    // d. Perform ? TypedArraySetElement(target, targetIndex, value).
    TRY(TypedArraySetElement(agent, target.get(), target_offset + k, value));
    // e. Set k to k + 1.
  }
  // 9. Return unused.
  return {};
}

// 23.2.3.26.2 SetTypedArrayFromTypedArray ( target, targetOffset, source )
// https://tc39.es/ecma262/#sec-settypedarrayfromtypedarray
ThrowCompletionOr<void> SetTypedArrayFromTypedArray(Agent& agent, TypedArrayObject* target_pointer,
                                                    double target_offset, TypedArrayObject* source_pointer) {
  heap::Handle<TypedArrayObject> target(agent.heap(), target_pointer);
  heap::Handle<TypedArrayObject> source(agent.heap(), source_pointer);
  // 1. Let targetBuffer be target.[[ViewedArrayBuffer]].
  heap::Handle<ArrayBufferObject> target_buffer(agent.heap(), target->viewed_array_buffer());
  // 2. Let targetRecord be ? ValidateTypedArrayBounds(target, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord target_record = TRY(ValidateTypedArrayBounds(agent, target.get()));
  // 3. Let targetLength be TypedArrayLength(targetRecord).
  const double target_length = static_cast<double>(TypedArrayLength(target_record));
  // 4. Let sourceBuffer be source.[[ViewedArrayBuffer]].
  heap::Handle<ArrayBufferObject> source_buffer(agent.heap(), source->viewed_array_buffer());
  // 5. Let sourceRecord be ? ValidateTypedArrayBounds(source, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord source_record = TRY(ValidateTypedArrayBounds(agent, source.get()));
  // 6. Let sourceLength be TypedArrayLength(sourceRecord).
  const double source_length = static_cast<double>(TypedArrayLength(source_record));
  // 7. Let targetType be TypedArrayElementType(target).
  const ElementType target_type = TypedArrayElementType(target.get());
  // 8. Let targetElementSize be TypedArrayElementSize(target).
  const size_t target_element_size = TypedArrayElementSize(target.get());
  // 9. Let targetByteOffset be target.[[ByteOffset]].
  const size_t target_byte_offset = target->byte_offset();
  // 10. Let sourceType be TypedArrayElementType(source).
  const ElementType source_type = TypedArrayElementType(source.get());
  // 11. Let sourceElementSize be TypedArrayElementSize(source).
  const size_t source_element_size = TypedArrayElementSize(source.get());
  // 12. Let sourceByteOffset be source.[[ByteOffset]].
  const size_t source_byte_offset = source->byte_offset();
  // 13. If targetOffset = +∞, throw a RangeError exception.
  if (target_offset == INFINITY) return ThrowRangeError(agent, u"offset is out of bounds");
  // 14. If sourceLength + targetOffset > targetLength, throw a RangeError exception.
  if (source_length + target_offset > target_length) return ThrowRangeError(agent, u"offset is out of bounds");
  // 15. If target.[[ContentType]] is not source.[[ContentType]], throw a TypeError exception.
  if (target->has_bigint_content() != source->has_bigint_content()) {
    return ThrowTypeError(agent, u"Cannot mix BigInt and Number TypedArrays");
  }
  // 16. If IsSharedArrayBuffer(sourceBuffer) is true, IsSharedArrayBuffer(targetBuffer) is true, and
  //     sourceBuffer.[[ArrayBufferData]] is targetBuffer.[[ArrayBufferData]], let sameSharedArrayBuffer be true;
  //     else let sameSharedArrayBuffer be false. (A Shared Data Block belongs to one SharedArrayBuffer object
  //     here: with one agent, no other object shares it, so this is step 17's SameValue.)
  size_t source_byte_index;
  // 17. If SameValue(sourceBuffer, targetBuffer) is true or sameSharedArrayBuffer is true, then
  if (source_buffer.get() == target_buffer.get()) {
    // a. Let sourceByteLength be TypedArrayByteLength(sourceRecord).
    const size_t source_byte_length = TypedArrayByteLength(source_record);
    // b. Set sourceBuffer to ? CloneArrayBuffer(sourceBuffer, sourceByteOffset, sourceByteLength).
    source_buffer = TRY(CloneArrayBuffer(agent, source_buffer.get(), source_byte_offset, source_byte_length));
    // c. Let sourceByteIndex be 0.
    source_byte_index = 0;
  } else {
    // 18. Else, a. Let sourceByteIndex be sourceByteOffset.
    source_byte_index = source_byte_offset;
  }
  // 19. Let targetByteIndex be (targetOffset × targetElementSize) + targetByteOffset.
  size_t target_byte_index = static_cast<size_t>(target_offset) * target_element_size + target_byte_offset;
  // 20. Let limit be targetByteIndex + (targetElementSize × sourceLength).
  const size_t limit = target_byte_index + target_element_size * static_cast<size_t>(source_length);
  // 21. If sourceType is targetType, then
  if (source_type == target_type) {
    // a. NOTE: The transfer must be performed in a manner that preserves the bit-level encoding of the source
    //    data.
    // b. Repeat, while targetByteIndex < limit, copy one byte (GetValueFromBuffer / SetValueInBuffer of ~uint8~).
    if (limit > target_byte_index) {
      std::memmove(target_buffer->array_buffer_data()->bytes() + target_byte_index,
                   source_buffer->array_buffer_data()->bytes() + source_byte_index, limit - target_byte_index);
    }
  } else {
    // 22. Else,
    //   a. Repeat, while targetByteIndex < limit,
    const bool little_endian = std::endian::native == std::endian::little;
    while (target_byte_index < limit) {
      // i. Let value be GetValueFromBuffer(sourceBuffer, sourceByteIndex, sourceType, true, ~unordered~).
      RootedValue value(agent.heap(),
                        GetValueFromBuffer(agent, source_buffer.get(), source_byte_index, source_type, little_endian));
      // ii. Perform SetValueInBuffer(targetBuffer, targetByteIndex, targetType, value, true, ~unordered~).
      SetValueInBuffer(agent, target_buffer.get(), target_byte_index, target_type, value, little_endian);
      // iii. Set sourceByteIndex to sourceByteIndex + sourceElementSize.
      source_byte_index += source_element_size;
      // iv. Set targetByteIndex to targetByteIndex + targetElementSize.
      target_byte_index += target_element_size;
    }
  }
  // 23. Return unused.
  return {};
}

// 23.2.3.26 %TypedArray%.prototype.set ( source [ , offset ] )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.set
ThrowCompletionOr<Value> TypedArrayPrototypeSet(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                Object*) {
  RootedValue source(agent.heap(), Argument(arguments, 0));
  // 1. Let target be the this value.
  // 2. Perform ? RequireInternalSlot(target, [[TypedArrayName]]).
  heap::Handle<TypedArrayObject> target(agent.heap(), TRY(RequireTypedArray(agent, this_value)));
  // 3. Assert: target has a [[ViewedArrayBuffer]] internal slot.
  // 4. Let targetOffset be ? ToIntegerOrInfinity(offset).
  const double target_offset = TRY(vm::ToIntegerOrInfinity(agent, Argument(arguments, 1)));
  // 5. If targetOffset < 0, throw a RangeError exception.
  if (target_offset < 0) return ThrowRangeError(agent, u"offset must be non-negative");
  // 6. If source is an Object that has a [[TypedArrayName]] internal slot, then
  if (TypedArrayObject* source_typed_array = AsTypedArray(source)) {
    // a. Perform ? SetTypedArrayFromTypedArray(target, targetOffset, source).
    TRY(SetTypedArrayFromTypedArray(agent, target.get(), target_offset, source_typed_array));
  } else {
    // 7. Else, a. Perform ? SetTypedArrayFromArrayLike(target, targetOffset, source).
    TRY(SetTypedArrayFromArrayLike(agent, target.get(), target_offset, source));
  }
  // 8. Return undefined.
  return Value::Undefined();
}

// 23.2.3.27 %TypedArray%.prototype.slice ( start, end )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.slice
ThrowCompletionOr<Value> TypedArrayPrototypeSlice(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                  Object*) {
  RootedValue start(agent.heap(), Argument(arguments, 0));
  RootedValue end(agent.heap(), Argument(arguments, 1));
  // 1. Let obj be the this value.
  // 2. Let taRecord be ? ValidateTypedArray(obj, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArray(agent, this_value));
  heap::Handle<TypedArrayObject> o(agent.heap(), ta_record.object);
  // 3. Let sourceArrayLength be TypedArrayLength(taRecord).
  const double source_array_length = static_cast<double>(TypedArrayLength(ta_record));
  // 4. Let startIndex be ? ToClampedIndex(start, sourceArrayLength).
  const double start_index = TRY(ToClampedIndex(agent, start, source_array_length));
  // 5. If end is undefined, let endIndex be sourceArrayLength; else let endIndex be ? ToClampedIndex(end,
  //    sourceArrayLength).
  double end_index = end->IsUndefined() ? source_array_length : TRY(ToClampedIndex(agent, end, source_array_length));
  // 6. Let countBytes be max(endIndex - startIndex, 0).
  double count_bytes = std::max(end_index - start_index, 0.0);
  // 7. Let resultArray be ? TypedArraySpeciesCreate(O, « 𝔽(countBytes) »).
  Value species_arguments[] = {Value::Number(count_bytes)};
  heap::Handle<TypedArrayObject> result_array(agent.heap(),
                                              TRY(TypedArraySpeciesCreate(agent, o.get(), species_arguments)));
  // 8. If countBytes > 0, then
  if (count_bytes > 0) {
    // a. Set taRecord to ? ValidateTypedArrayBounds(O, ~seq-cst~).
    ta_record = TRY(ValidateTypedArrayBounds(agent, o.get()));
    // b. Set endIndex to min(endIndex, TypedArrayLength(taRecord)).
    end_index = std::min(end_index, static_cast<double>(TypedArrayLength(ta_record)));
    // c. Set countBytes to max(endIndex - startIndex, 0).
    count_bytes = std::max(end_index - start_index, 0.0);
    // d. Let sourceType be TypedArrayElementType(O).
    const ElementType source_type = TypedArrayElementType(o.get());
    // e. Let targetType be TypedArrayElementType(resultArray).
    const ElementType target_type = TypedArrayElementType(result_array.get());
    // f. If sourceType is targetType, then
    if (source_type == target_type) {
      // i. NOTE: The transfer must be performed in a manner that preserves the bit-level encoding of the source
      //    data.
      // ii. Let sourceBuffer be O.[[ViewedArrayBuffer]].
      ArrayBufferObject* source_buffer = o->viewed_array_buffer();
      // iii. Let targetBuffer be resultArray.[[ViewedArrayBuffer]].
      ArrayBufferObject* target_buffer = result_array->viewed_array_buffer();
      // iv. Let elementSize be TypedArrayElementSize(O).
      const size_t element_size = TypedArrayElementSize(o.get());
      // v. Let sourceByteOffset be O.[[ByteOffset]].
      const size_t source_byte_offset = o->byte_offset();
      // vi. Let sourceByteIndex be (startIndex × elementSize) + sourceByteOffset.
      size_t source_byte_index = static_cast<size_t>(start_index) * element_size + source_byte_offset;
      // vii. Let targetByteIndex be resultArray.[[ByteOffset]].
      size_t target_byte_index = result_array->byte_offset();
      // viii. Let endByteIndex be targetByteIndex + (countBytes × elementSize).
      size_t end_byte_index = target_byte_index + static_cast<size_t>(count_bytes) * element_size;
      // ix. Repeat, while targetByteIndex < endByteIndex,
      //     (One byte at a time in ascending order: when a species constructor returned a view of the same
      //     buffer, overlapping bytes are observably copied this way, not as by memmove.)
      uint8_t* target_bytes = target_buffer->array_buffer_data()->bytes();
      const uint8_t* source_bytes = source_buffer->array_buffer_data()->bytes();
      while (target_byte_index < end_byte_index) {
        // 1. Let value be GetValueFromBuffer(sourceBuffer, sourceByteIndex, ~uint8~, true, ~unordered~).
        // 2. Perform SetValueInBuffer(targetBuffer, targetByteIndex, ~uint8~, value, true, ~unordered~).
        target_bytes[target_byte_index] = source_bytes[source_byte_index];
        // 3. Set sourceByteIndex to sourceByteIndex + 1.
        ++source_byte_index;
        // 4. Set targetByteIndex to targetByteIndex + 1.
        ++target_byte_index;
      }
    } else {
      // g. Else,
      // i. Let n be 0.
      double n = 0;
      // ii. Let k be startIndex.
      // iii. Repeat, while k < endIndex,
      for (double k = start_index; k < end_index; ++k) {
        // 1. Let kValue be TypedArrayGetElement(O, 𝔽(k)).
        RootedValue k_value(agent.heap(), TypedArrayGetElement(agent, o.get(), k));
        // 2. Perform ! TypedArraySetElement(resultArray, 𝔽(n), kValue).
        MUST(TypedArraySetElement(agent, result_array.get(), n, k_value));
        // 3. Set k to k + 1.
        // 4. Set n to n + 1.
        n += 1;
      }
    }
  }
  // 9. Return resultArray.
  return Value::FromObject(result_array.get());
}

// 23.2.3.29 %TypedArray%.prototype.sort ( comparator )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.sort
ThrowCompletionOr<Value> TypedArrayPrototypeSort(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  RootedValue comparator(agent.heap(), Argument(arguments, 0));
  // 1. If comparator is not undefined and IsCallable(comparator) is false, throw a TypeError exception.
  if (!comparator->IsUndefined() && !interpreter::IsCallable(comparator)) {
    return ThrowTypeError(agent, u"The comparator must be a function or undefined");
  }
  // 2. Let obj be the this value.
  // 3. Let taRecord be ? ValidateTypedArray(obj, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArray(agent, this_value));
  heap::Handle<TypedArrayObject> obj(agent.heap(), ta_record.object);
  // 4. Let length be TypedArrayLength(taRecord).
  const double length = static_cast<double>(TypedArrayLength(ta_record));
  // 5. NOTE: The following closure performs a numeric comparison rather than the string comparison used in
  //    23.1.3.30.
  // 6. Let sortCompare be a new Abstract Closure with parameters (x, y) that captures comparator and performs the
  //    following steps when called: a. Return ? CompareTypedArrayElements(x, y, comparator).
  // 7. Let sortedList be ? SortIndexedProperties(obj, length, sortCompare, ~read-through-holes~).
  RootedValueVector sorted_list(agent.heap());
  TRY(SortIndexedProperties(agent, obj.get(), length, comparator, sorted_list));
  // 8. Let j be 0.
  // 9. Repeat, while j < length,
  for (size_t j = 0; j < sorted_list.values().size(); ++j) {
    // a. Perform ! TypedArraySetElement(obj, 𝔽(j), sortedList[j]).
    MUST(TypedArraySetElement(agent, obj.get(), static_cast<double>(j), sorted_list.values()[j]));
    // b. Set j to j + 1.
  }
  // 10. Return obj.
  return Value::FromObject(obj.get());
}

// 23.2.3.30 %TypedArray%.prototype.subarray ( start, end )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.subarray
ThrowCompletionOr<Value> TypedArrayPrototypeSubarray(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                     Object*) {
  RootedValue start(agent.heap(), Argument(arguments, 0));
  RootedValue end(agent.heap(), Argument(arguments, 1));
  // 1. Let O be the this value.
  // 2. Perform ? RequireInternalSlot(O, [[TypedArrayName]]).
  heap::Handle<TypedArrayObject> o(agent.heap(), TRY(RequireTypedArray(agent, this_value)));
  // 3. Assert: O has a [[ViewedArrayBuffer]] internal slot.
  // 4. Let buffer be O.[[ViewedArrayBuffer]].
  heap::Handle<ArrayBufferObject> buffer(agent.heap(), o->viewed_array_buffer());
  // 5. Let srcRecord be MakeTypedArrayWithBufferWitnessRecord(O, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord source_record = MakeTypedArrayWithBufferWitnessRecord(o.get());
  double source_length;
  // 6. If IsTypedArrayOutOfBounds(srcRecord) is true, then a. Let srcLength be 0.
  // 7. Else, a. Let srcLength be TypedArrayLength(srcRecord).
  source_length = IsTypedArrayOutOfBounds(source_record) ? 0 : static_cast<double>(TypedArrayLength(source_record));
  // 8. Let startIndex be ? ToClampedIndex(start, srcLength).
  const double start_index = TRY(ToClampedIndex(agent, start, source_length));
  // 9. Let elementSize be TypedArrayElementSize(O).
  const double element_size = static_cast<double>(TypedArrayElementSize(o.get()));
  // 10. Let srcByteOffset be O.[[ByteOffset]].
  const double source_byte_offset = static_cast<double>(o->byte_offset());
  // 11. Let beginByteOffset be srcByteOffset + (startIndex × elementSize).
  const double begin_byte_offset = source_byte_offset + start_index * element_size;
  // 12. If O.[[ArrayLength]] is ~auto~ and end is undefined, then
  if (!o->array_length().has_value() && end->IsUndefined()) {
    // a. Let argumentsList be « buffer, 𝔽(beginByteOffset) ».
    Value arguments_list[] = {Value::FromObject(buffer.get()), Value::Number(begin_byte_offset)};
    return Value::FromObject(TRY(TypedArraySpeciesCreate(agent, o.get(), arguments_list)));
  }
  // 13. Else,
  //   a. If end is undefined, let endIndex be srcLength; else let endIndex be ? ToClampedIndex(end, srcLength).
  const double end_index = end->IsUndefined() ? source_length : TRY(ToClampedIndex(agent, end, source_length));
  //   b. Let newLength be max(endIndex - startIndex, 0).
  const double new_length = std::max(end_index - start_index, 0.0);
  //   c. Let argumentsList be « buffer, 𝔽(beginByteOffset), 𝔽(newLength) ».
  Value arguments_list[] = {Value::FromObject(buffer.get()), Value::Number(begin_byte_offset),
                            Value::Number(new_length)};
  // 14. Return ? TypedArraySpeciesCreate(O, argumentsList).
  return Value::FromObject(TRY(TypedArraySpeciesCreate(agent, o.get(), arguments_list)));
}

// 23.2.3.31 %TypedArray%.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.tolocalestring
// The algorithm of 23.1.3.32 Array.prototype.toLocaleString, after ? ValidateTypedArray(this value, ~seq-cst~)
// and with TypedArrayLength for "length".
ThrowCompletionOr<Value> TypedArrayPrototypeToLocaleString(Agent& agent, Value this_value, std::span<const Value>,
                                                           Object*) {
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArray(agent, this_value));
  heap::Handle<TypedArrayObject> array(agent.heap(), ta_record.object);
  // 2. Let len be TypedArrayLength(taRecord).
  const double len = static_cast<double>(TypedArrayLength(ta_record));
  // 3. Let separator be the implementation-defined list-separator String appropriate for the host environment's
  //    current locale (such as ", ").
  const std::u16string separator = u",";
  // 4. Let R be the empty String.
  std::u16string r;
  // 5. Let k be 0.
  // 6. Repeat, while k < len,
  for (double k = 0; k < len; ++k) {
    // a. If k > 0, set R to the string-concatenation of R and separator.
    if (k > 0) r += separator;
    // b. Let element be ? Get(array, ! ToString(𝔽(k))).
    RootedValue element(agent.heap(), TRY(interpreter::Get(agent, array.get(), IndexKey(agent, k))));
    // c. If element is neither undefined nor null, then
    if (!element->IsNullish()) {
      // i. Let S be ? ToString(? Invoke(element, "toLocaleString")).
      RootedValue invoked(agent.heap(), TRY(vm::Invoke(agent, element, agent.Key(u"toLocaleString"))));
      Value s = TRY(vm::ToString(agent, invoked));
      // ii. Set R to the string-concatenation of R and S.
      r += s.AsString()->code_units();
    }
    if (r.size() > (size_t{1} << 30)) return ThrowRangeError(agent, u"Invalid string length");
    // d. Set k to k + 1.
  }
  // 7. Return R.
  return vm::MakeString(agent, std::move(r));
}

// 23.2.3.32 %TypedArray%.prototype.toReversed ( )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.toreversed
ThrowCompletionOr<Value> TypedArrayPrototypeToReversed(Agent& agent, Value this_value, std::span<const Value>,
                                                       Object*) {
  // 1. Let O be the this value.
  // 2. Let taRecord be ? ValidateTypedArray(O, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArray(agent, this_value));
  heap::Handle<TypedArrayObject> o(agent.heap(), ta_record.object);
  // 3. Let length be TypedArrayLength(taRecord).
  const double length = static_cast<double>(TypedArrayLength(ta_record));
  // 4. Let A be ? TypedArrayCreateSameType(O, length).
  heap::Handle<TypedArrayObject> a(agent.heap(), TRY(TypedArrayCreateSameType(agent, o.get(), length)));
  // 5. Let k be 0.
  // 6. Repeat, while k < length,
  for (double k = 0; k < length; ++k) {
    // a. Let from be ! ToString(𝔽(length - k - 1)).
    // b. Let Pk be ! ToString(𝔽(k)).
    // c. Let fromValue be ! Get(O, from).
    RootedValue from_value(agent.heap(), MUST(interpreter::Get(agent, o.get(), IndexKey(agent, length - k - 1))));
    // d. Perform ! Set(A, Pk, fromValue, true).
    MUST(interpreter::Set(agent, a.get(), IndexKey(agent, k), from_value, true));
    // e. Set k to k + 1.
  }
  // 7. Return A.
  return Value::FromObject(a.get());
}

// 23.2.3.33 %TypedArray%.prototype.toSorted ( comparator )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.tosorted
ThrowCompletionOr<Value> TypedArrayPrototypeToSorted(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                     Object*) {
  RootedValue comparator(agent.heap(), Argument(arguments, 0));
  // 1. If comparator is not undefined and IsCallable(comparator) is false, throw a TypeError exception.
  if (!comparator->IsUndefined() && !interpreter::IsCallable(comparator)) {
    return ThrowTypeError(agent, u"The comparator must be a function or undefined");
  }
  // 2. Let O be the this value.
  // 3. Let taRecord be ? ValidateTypedArray(O, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArray(agent, this_value));
  heap::Handle<TypedArrayObject> o(agent.heap(), ta_record.object);
  // 4. Let len be TypedArrayLength(taRecord).
  const double len = static_cast<double>(TypedArrayLength(ta_record));
  // 5. Let A be ? TypedArrayCreateSameType(O, len).
  heap::Handle<TypedArrayObject> a(agent.heap(), TRY(TypedArrayCreateSameType(agent, o.get(), len)));
  // 6. NOTE: The following closure performs a numeric comparison rather than the string comparison used in
  //    23.1.3.34.
  // 7. Let SortCompare be a new Abstract Closure with parameters (x, y) that captures comparator and performs the
  //    following steps when called: a. Return ? CompareTypedArrayElements(x, y, comparator).
  // 8. Let sortedList be ? SortIndexedProperties(O, len, SortCompare, ~read-through-holes~).
  RootedValueVector sorted_list(agent.heap());
  TRY(SortIndexedProperties(agent, o.get(), len, comparator, sorted_list));
  // 9. Let j be 0.
  // 10. Repeat, while j < len,
  for (size_t j = 0; j < sorted_list.values().size(); ++j) {
    // a. Perform ! Set(A, ! ToString(𝔽(j)), sortedList[j], true).
    MUST(interpreter::Set(agent, a.get(), IndexKey(agent, static_cast<double>(j)), sorted_list.values()[j], true));
    // b. Set j to j + 1.
  }
  // 11. Return A.
  return Value::FromObject(a.get());
}

// 23.2.3.36 %TypedArray%.prototype.with ( index, value )
// https://tc39.es/ecma262/#sec-%typedarray%.prototype.with
ThrowCompletionOr<Value> TypedArrayPrototypeWith(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  RootedValue value(agent.heap(), Argument(arguments, 1));
  // 1. Let O be the this value.
  // 2. Let taRecord be ? ValidateTypedArray(O, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArray(agent, this_value));
  heap::Handle<TypedArrayObject> o(agent.heap(), ta_record.object);
  // 3. Let len be TypedArrayLength(taRecord).
  const double len = static_cast<double>(TypedArrayLength(ta_record));
  // 4. Let relativeIndex be ? ToIntegerOrInfinity(index).
  const double relative_index = TRY(vm::ToIntegerOrInfinity(agent, Argument(arguments, 0)));
  // 5. If relativeIndex ≥ 0, let actualIndex be relativeIndex.
  // 6. Else, let actualIndex be len + relativeIndex.
  const double actual_index = relative_index >= 0 ? relative_index : len + relative_index;
  RootedValue numeric_value(agent.heap());
  // 7. If O.[[ContentType]] is ~bigint~, let numericValue be ? ToBigInt(value).
  if (o->has_bigint_content()) {
    numeric_value = TRY(vm::ToBigInt(agent, value));
  } else {
    // 8. Else, let numericValue be ? ToNumber(value).
    numeric_value = Value::Number(TRY(vm::ToNumber(agent, value)));
  }
  // 9. If IsValidIntegerIndex(O, 𝔽(actualIndex)) is false, throw a RangeError exception.
  if (!IsValidIntegerIndex(o.get(), actual_index)) return ThrowRangeError(agent, u"Invalid typed array index");
  // 10. Let A be ? TypedArrayCreateSameType(O, len).
  heap::Handle<TypedArrayObject> a(agent.heap(), TRY(TypedArrayCreateSameType(agent, o.get(), len)));
  // 11. Let k be 0.
  // 12. Repeat, while k < len,
  for (double k = 0; k < len; ++k) {
    // a. Let Pk be ! ToString(𝔽(k)).
    PropertyKey pk = IndexKey(agent, k);
    RootedValue from_value(agent.heap());
    // b. If k = actualIndex, let fromValue be numericValue.
    // c. Else, let fromValue be ! Get(O, Pk).
    from_value = k == actual_index ? numeric_value.get() : MUST(interpreter::Get(agent, o.get(), pk));
    // d. Perform ! Set(A, Pk, fromValue, true).
    MUST(interpreter::Set(agent, a.get(), pk, from_value, true));
    // e. Set k to k + 1.
  }
  // 13. Return A.
  return Value::FromObject(a.get());
}

// 23.2.3.38 get %TypedArray%.prototype [ %Symbol.toStringTag% ]
// https://tc39.es/ecma262/#sec-get-%typedarray%.prototype-%symbol.tostringtag%
ThrowCompletionOr<Value> GetTypedArrayPrototypeToStringTag(Agent& agent, Value this_value, std::span<const Value>,
                                                           Object*) {
  // 1. Let O be the this value.
  // 2. If O is not an Object, return undefined.
  // 3. If O does not have a [[TypedArrayName]] internal slot, return undefined.
  TypedArrayObject* o = AsTypedArray(this_value);
  if (o == nullptr) return Value::Undefined();
  // 4. Let name be O.[[TypedArrayName]].
  // 5. Assert: name is a String.
  // 6. Return name.
  return agent.InternedString(TypedArrayName(o->element_type()));
}

struct TypedArrayConstructorRow {
  ElementType type;
  BuiltinBehaviour behaviour;
};

}  // namespace

void CreateTypedArrayIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 23.2.3 Properties of the %TypedArray% Prototype Object: an ordinary object, [[Prototype]] %Object.prototype%.
  heap::Handle<Object> prototype(
      agent.heap(), interpreter::OrdinaryObjectCreate(agent, realm->intrinsic(Intrinsic::kObjectPrototype)));
  realm->set_intrinsic(Intrinsic::kTypedArrayPrototype, prototype);
  // 23.2.1 The %TypedArray% Intrinsic Object: "length" 0, "name" "TypedArray", [[Prototype]] %Function.prototype%.
  heap::Handle<Object> typed_array(agent.heap(),
                                   CreateBuiltinConstructor(agent, realm, Intrinsic::kTypedArray, u"TypedArray", 0,
                                                            TypedArrayIntrinsicConstructor, prototype));
  // 23.2.2 Properties of the %TypedArray% Intrinsic Object.
  DefineBuiltinMethod(agent, realm, typed_array, u"from", 1, TypedArrayFrom);
  DefineBuiltinMethod(agent, realm, typed_array, u"of", 0, TypedArrayOf);
  DefineBuiltinAccessor(agent, realm, typed_array,
                        PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kSpecies)),
                        GetTypedArraySpecies);

  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"buffer"), GetTypedArrayPrototypeBuffer);
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"byteLength"), GetTypedArrayPrototypeByteLength);
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"byteOffset"), GetTypedArrayPrototypeByteOffset);
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"length"), GetTypedArrayPrototypeLength);
  struct Method {
    const char16_t* name;
    double length;
    BuiltinBehaviour behaviour;
  };
  static const Method kMethods[] = {
      {u"at", 1, TypedArrayPrototypeAt},
      {u"copyWithin", 2, TypedArrayPrototypeCopyWithin},
      {u"entries", 0, TypedArrayPrototypeEntries},
      {u"every", 1, TypedArrayPrototypeEvery},
      {u"fill", 1, TypedArrayPrototypeFill},
      {u"filter", 1, TypedArrayPrototypeFilter},
      {u"find", 1, TypedArrayPrototypeFind},
      {u"findIndex", 1, TypedArrayPrototypeFindIndex},
      {u"findLast", 1, TypedArrayPrototypeFindLast},
      {u"findLastIndex", 1, TypedArrayPrototypeFindLastIndex},
      {u"forEach", 1, TypedArrayPrototypeForEach},
      {u"includes", 1, TypedArrayPrototypeIncludes},
      {u"indexOf", 1, TypedArrayPrototypeIndexOf},
      {u"join", 1, TypedArrayPrototypeJoin},
      {u"keys", 0, TypedArrayPrototypeKeys},
      {u"lastIndexOf", 1, TypedArrayPrototypeLastIndexOf},
      {u"map", 1, TypedArrayPrototypeMap},
      {u"reduce", 1, TypedArrayPrototypeReduce},
      {u"reduceRight", 1, TypedArrayPrototypeReduceRight},
      {u"reverse", 0, TypedArrayPrototypeReverse},
      {u"set", 1, TypedArrayPrototypeSet},
      {u"slice", 2, TypedArrayPrototypeSlice},
      {u"some", 1, TypedArrayPrototypeSome},
      {u"sort", 1, TypedArrayPrototypeSort},
      {u"subarray", 2, TypedArrayPrototypeSubarray},
      {u"toLocaleString", 0, TypedArrayPrototypeToLocaleString},
      {u"toReversed", 0, TypedArrayPrototypeToReversed},
      {u"toSorted", 1, TypedArrayPrototypeToSorted},
      {u"with", 2, TypedArrayPrototypeWith},
  };
  for (const Method& method : kMethods) {
    DefineBuiltinMethod(agent, realm, prototype, method.name, method.length, method.behaviour);
  }
  // 23.2.3.35 %TypedArray%.prototype.values and 23.2.3.37 %TypedArray%.prototype [ %Symbol.iterator% ]: the
  // initial value of the %Symbol.iterator% property is %TypedArray.prototype.values%.
  heap::Handle<Object> values(agent.heap(),
                              DefineBuiltinMethod(agent, realm, prototype, u"values", 0, TypedArrayPrototypeValues));
  DefineBuiltinData(agent, prototype, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kIterator)),
                    Value::FromObject(values));
  // 23.2.3.34 %TypedArray%.prototype.toString: the same built-in function object as
  // Array.prototype.toString (%Array.prototype% is made first).
  Value array_to_string =
      MUST(interpreter::Get(agent, realm->intrinsic(Intrinsic::kArrayPrototype), agent.Key(u"toString")));
  DefineBuiltinData(agent, prototype, agent.Key(u"toString"), array_to_string);
  DefineBuiltinAccessor(agent, realm, prototype,
                        PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag)),
                        GetTypedArrayPrototypeToStringTag);

  // 23.2.5 The TypedArray Constructors, one per row of Table 71.
  static const TypedArrayConstructorRow kConstructors[] = {
      {ElementType::kInt8, TypedArrayConstructor<ElementType::kInt8>},
      {ElementType::kUint8, TypedArrayConstructor<ElementType::kUint8>},
      {ElementType::kUint8Clamped, TypedArrayConstructor<ElementType::kUint8Clamped>},
      {ElementType::kInt16, TypedArrayConstructor<ElementType::kInt16>},
      {ElementType::kUint16, TypedArrayConstructor<ElementType::kUint16>},
      {ElementType::kInt32, TypedArrayConstructor<ElementType::kInt32>},
      {ElementType::kUint32, TypedArrayConstructor<ElementType::kUint32>},
      {ElementType::kBigInt64, TypedArrayConstructor<ElementType::kBigInt64>},
      {ElementType::kBigUint64, TypedArrayConstructor<ElementType::kBigUint64>},
      {ElementType::kFloat16, TypedArrayConstructor<ElementType::kFloat16>},
      {ElementType::kFloat32, TypedArrayConstructor<ElementType::kFloat32>},
      {ElementType::kFloat64, TypedArrayConstructor<ElementType::kFloat64>},
  };
  for (const TypedArrayConstructorRow& row : kConstructors) {
    // 23.2.7 Properties of the TypedArray Prototype Objects: [[Prototype]] %TypedArray.prototype%.
    heap::Handle<Object> typed_array_prototype(agent.heap(), interpreter::OrdinaryObjectCreate(agent, prototype));
    realm->set_intrinsic(TypedArrayPrototypeIntrinsic(row.type), typed_array_prototype);
    // 23.2.6 Properties of the TypedArray Constructors: [[Prototype]] %TypedArray%, "length" 3.
    heap::Handle<Object> constructor(
        agent.heap(), CreateBuiltinConstructor(agent, realm, TypedArrayConstructorIntrinsic(row.type),
                                               TypedArrayName(row.type), 3, row.behaviour, typed_array_prototype,
                                               typed_array));
    // 23.2.6.1 TypedArray.BYTES_PER_ELEMENT and 23.2.7.1 TypedArray.prototype.BYTES_PER_ELEMENT: the Element Size
    // of Table 71, { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false }.
    const Value bytes_per_element = Value::Number(static_cast<double>(ElementSize(row.type)));
    DefineBuiltinConstant(agent, constructor, u"BYTES_PER_ELEMENT", bytes_per_element);
    DefineBuiltinConstant(agent, typed_array_prototype, u"BYTES_PER_ELEMENT", bytes_per_element);
  }
}

}  // namespace async_runtime::builtins
