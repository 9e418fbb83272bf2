#include "runtime/builtins/typed_array.h"

#include <bit>
#include <cmath>
#include <cstring>

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/number_conversions.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/primitive_string.h"
#include "runtime/interpreter/vm/bigint_operations.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

namespace vm = interpreter::vm;
using interpreter::PropertyDescriptor;

namespace {

// This agent's [[LittleEndian]] (the host's byte order), which TypedArray element accesses use.
constexpr bool kLittleEndian = std::endian::native == std::endian::little;

struct TypedArrayTableRow {
  ElementType type;
  const char16_t* name;
  Intrinsic constructor;
  Intrinsic prototype;
};

// Table 71 (table-the-typedarray-constructors), with the intrinsics of each row.
constexpr TypedArrayTableRow kTypedArrayTable[] = {
    {ElementType::kInt8, u"Int8Array", Intrinsic::kInt8Array, Intrinsic::kInt8ArrayPrototype},
    {ElementType::kUint8, u"Uint8Array", Intrinsic::kUint8Array, Intrinsic::kUint8ArrayPrototype},
    {ElementType::kUint8Clamped, u"Uint8ClampedArray", Intrinsic::kUint8ClampedArray,
     Intrinsic::kUint8ClampedArrayPrototype},
    {ElementType::kInt16, u"Int16Array", Intrinsic::kInt16Array, Intrinsic::kInt16ArrayPrototype},
    {ElementType::kUint16, u"Uint16Array", Intrinsic::kUint16Array, Intrinsic::kUint16ArrayPrototype},
    {ElementType::kInt32, u"Int32Array", Intrinsic::kInt32Array, Intrinsic::kInt32ArrayPrototype},
    {ElementType::kUint32, u"Uint32Array", Intrinsic::kUint32Array, Intrinsic::kUint32ArrayPrototype},
    {ElementType::kBigInt64, u"BigInt64Array", Intrinsic::kBigInt64Array, Intrinsic::kBigInt64ArrayPrototype},
    {ElementType::kBigUint64, u"BigUint64Array", Intrinsic::kBigUint64Array, Intrinsic::kBigUint64ArrayPrototype},
    {ElementType::kFloat16, u"Float16Array", Intrinsic::kFloat16Array, Intrinsic::kFloat16ArrayPrototype},
    {ElementType::kFloat32, u"Float32Array", Intrinsic::kFloat32Array, Intrinsic::kFloat32ArrayPrototype},
    {ElementType::kFloat64, u"Float64Array", Intrinsic::kFloat64Array, Intrinsic::kFloat64ArrayPrototype},
};

const TypedArrayTableRow& RowFor(ElementType type) {
  for (const TypedArrayTableRow& row : kTypedArrayTable) {
    if (row.type == type) return row;
  }
  return kTypedArrayTable[0];
}

}  // namespace

std::u16string_view TypedArrayName(ElementType type) { return RowFor(type).name; }
Intrinsic TypedArrayConstructorIntrinsic(ElementType type) { return RowFor(type).constructor; }
Intrinsic TypedArrayPrototypeIntrinsic(ElementType type) { return RowFor(type).prototype; }

// 7.1.23 CanonicalNumericIndexString ( arg )
// https://tc39.es/ecma262/#sec-canonicalnumericindexstring
std::optional<double> CanonicalNumericIndexString(Agent&, const PropertyKey& arg) {
  // (Symbols are not Strings: the callers' "If propertyKey is a String" is false for them.)
  if (arg.is_symbol()) return std::nullopt;
  // An array index key is the canonical decimal spelling of its integer: ToString(n) is arg.
  if (arg.is_array_index()) return static_cast<double>(arg.array_index());
  std::u16string_view code_units = arg.string()->code_units();
  // 1. If arg is "-0", return -0𝔽.
  if (code_units == u"-0") return -0.0;
  // 2. Let n be ! ToNumber(arg).
  double n = interpreter::StringToNumber(code_units);
  // 3. If ! ToString(n) is arg, return n.
  if (interpreter::Number::toString(n) == code_units) return n;
  // 4. Return undefined.
  return std::nullopt;
}

// 10.4.5.10 MakeTypedArrayWithBufferWitnessRecord ( obj, order )
// https://tc39.es/ecma262/#sec-maketypedarraywithbufferwitnessrecord
TypedArrayWithBufferWitnessRecord MakeTypedArrayWithBufferWitnessRecord(TypedArrayObject* obj) {
  // 1. Let buffer be obj.[[ViewedArrayBuffer]].
  ArrayBufferObject* buffer = obj->viewed_array_buffer();
  std::optional<size_t> byte_length;
  // 2. If IsDetachedBuffer(buffer) is true, then a. Let byteLength be ~detached~.
  // 3. Else, a. Let byteLength be ArrayBufferByteLength(buffer, order).
  if (!IsDetachedBuffer(buffer)) byte_length = buffer->array_buffer_byte_length();
  // 4. Return the TypedArray With Buffer Witness Record { [[Object]]: obj, [[CachedBufferByteLength]]: byteLength }.
  return {obj, byte_length};
}

// 10.4.5.12 TypedArrayByteLength ( taRecord )
// https://tc39.es/ecma262/#sec-typedarraybytelength
size_t TypedArrayByteLength(const TypedArrayWithBufferWitnessRecord& ta_record) {
  // 1. If IsTypedArrayOutOfBounds(taRecord) is true, return 0.
  if (IsTypedArrayOutOfBounds(ta_record)) return 0;
  // 2. Let length be TypedArrayLength(taRecord).
  const size_t length = TypedArrayLength(ta_record);
  // 3. If length = 0, return 0.
  if (length == 0) return 0;
  // 4. Let obj be taRecord.[[Object]].
  const TypedArrayObject* obj = ta_record.object;
  // 5. If obj.[[ByteLength]] is not ~auto~, return obj.[[ByteLength]].
  if (obj->byte_length().has_value()) return *obj->byte_length();
  // 6. Let elementSize be TypedArrayElementSize(obj).
  // 7. Return length × elementSize.
  return length * TypedArrayElementSize(obj);
}

// 10.4.5.13 TypedArrayLength ( taRecord )
// https://tc39.es/ecma262/#sec-typedarraylength
size_t TypedArrayLength(const TypedArrayWithBufferWitnessRecord& ta_record) {
  // 1. Assert: IsTypedArrayOutOfBounds(taRecord) is false.
  // 2. Let obj be taRecord.[[Object]].
  const TypedArrayObject* obj = ta_record.object;
  // 3. If obj.[[ArrayLength]] is not ~auto~, return obj.[[ArrayLength]].
  if (obj->array_length().has_value()) return *obj->array_length();
  // 4. Assert: IsFixedLengthArrayBuffer(obj.[[ViewedArrayBuffer]]) is false.
  // 5. Let byteOffset be obj.[[ByteOffset]].
  const size_t byte_offset = obj->byte_offset();
  // 6. Let elementSize be TypedArrayElementSize(obj).
  const size_t element_size = TypedArrayElementSize(obj);
  // 7. Let byteLength be taRecord.[[CachedBufferByteLength]].
  // 8. Assert: byteLength is not ~detached~.
  const size_t byte_length = *ta_record.cached_buffer_byte_length;
  // 9. Return floor((byteLength - byteOffset) / elementSize).
  return (byte_length - byte_offset) / element_size;
}

// 10.4.5.14 IsTypedArrayOutOfBounds ( taRecord )
// https://tc39.es/ecma262/#sec-istypedarrayoutofbounds
bool IsTypedArrayOutOfBounds(const TypedArrayWithBufferWitnessRecord& ta_record) {
  // 1. Let obj be taRecord.[[Object]].
  const TypedArrayObject* obj = ta_record.object;
  // 2. Let bufferByteLength be taRecord.[[CachedBufferByteLength]].
  // 3. If IsDetachedBuffer(obj.[[ViewedArrayBuffer]]) is true, then a. Assert: bufferByteLength is ~detached~.
  //    b. Return true.
  if (IsDetachedBuffer(obj->viewed_array_buffer()) || !ta_record.cached_buffer_byte_length.has_value()) return true;
  // 4. Assert: bufferByteLength is a non-negative integer.
  const double buffer_byte_length = static_cast<double>(*ta_record.cached_buffer_byte_length);
  // 5. Let byteOffsetStart be obj.[[ByteOffset]].
  const double byte_offset_start = static_cast<double>(obj->byte_offset());
  double byte_offset_end;
  // 6. If obj.[[ArrayLength]] is ~auto~, then a. Let byteOffsetEnd be bufferByteLength.
  if (!obj->array_length().has_value()) {
    byte_offset_end = buffer_byte_length;
  } else {
    // 7. Else, a. Let elementSize be TypedArrayElementSize(obj).
    //    b. Let byteOffsetEnd be byteOffsetStart + obj.[[ArrayLength]] × elementSize.
    byte_offset_end = byte_offset_start + static_cast<double>(*obj->array_length() * TypedArrayElementSize(obj));
  }
  // 8. NOTE: A 0-length TypedArray whose [[ByteOffset]] is bufferByteLength is not considered out-of-bounds.
  // 9. If byteOffsetStart > bufferByteLength or byteOffsetEnd > bufferByteLength, return true.
  // 10. Return false.
  return byte_offset_start > buffer_byte_length || byte_offset_end > buffer_byte_length;
}

// 10.4.5.15 IsTypedArrayFixedLength ( obj )
// https://tc39.es/ecma262/#sec-istypedarrayfixedlength
bool IsTypedArrayFixedLength(const TypedArrayObject* obj) {
  // 1. If obj.[[ArrayLength]] is ~auto~, return false.
  if (!obj->array_length().has_value()) return false;
  // 2. Let buffer be obj.[[ViewedArrayBuffer]].
  // 3. If IsFixedLengthArrayBuffer(buffer) is false and IsSharedArrayBuffer(buffer) is false, return false.
  //    (A growable SharedArrayBuffer never shrinks, so a fixed-length view of it stays in bounds.)
  ArrayBufferObject* buffer = obj->viewed_array_buffer();
  if (!IsFixedLengthArrayBuffer(buffer) && !IsSharedArrayBuffer(buffer)) return false;
  // 4. Return true.
  return true;
}

// 10.4.5.16 IsValidIntegerIndex ( obj, index )
// https://tc39.es/ecma262/#sec-isvalidintegerindex
bool IsValidIntegerIndex(const TypedArrayObject* obj, double index) {
  // 1. If IsDetachedBuffer(obj.[[ViewedArrayBuffer]]) is true, return false.
  if (IsDetachedBuffer(obj->viewed_array_buffer())) return false;
  // 2. If IsIntegralNumber(index) is false, return false.
  if (!std::isfinite(index) || std::trunc(index) != index) return false;
  // 3. If index is -0𝔽, return false.
  if (index == 0 && std::signbit(index)) return false;
  // 4. Let taRecord be MakeTypedArrayWithBufferWitnessRecord(obj, ~unordered~).
  TypedArrayWithBufferWitnessRecord ta_record = MakeTypedArrayWithBufferWitnessRecord(const_cast<TypedArrayObject*>(obj));
  // 5. NOTE: Bounds checking is not a synchronizing operation when obj's backing buffer is a growable
  //    SharedArrayBuffer.
  // 6. If IsTypedArrayOutOfBounds(taRecord) is true, return false.
  if (IsTypedArrayOutOfBounds(ta_record)) return false;
  // 7. Let length be TypedArrayLength(taRecord).
  const double length = static_cast<double>(TypedArrayLength(ta_record));
  // 8. If ℝ(index) < 0 or ℝ(index) ≥ length, return false.
  if (index < 0 || index >= length) return false;
  // 9. Return true.
  return true;
}

// 10.4.5.17 TypedArrayGetElement ( obj, index )
// https://tc39.es/ecma262/#sec-typedarraygetelement
Value TypedArrayGetElement(Agent& agent, TypedArrayObject* obj, double index) {
  // 1. If IsValidIntegerIndex(obj, index) is false, return undefined.
  if (!IsValidIntegerIndex(obj, index)) return Value::Undefined();
  // 2. Let offset be obj.[[ByteOffset]].
  const size_t offset = obj->byte_offset();
  // 3. Let elementSize be TypedArrayElementSize(obj).
  const size_t element_size = TypedArrayElementSize(obj);
  // 4. Let byteIndexInBuffer be (ℝ(index) × elementSize) + offset.
  const size_t byte_index_in_buffer = static_cast<size_t>(index) * element_size + offset;
  // 5. Let elementType be TypedArrayElementType(obj).
  // 6. Return GetValueFromBuffer(obj.[[ViewedArrayBuffer]], byteIndexInBuffer, elementType, true, ~unordered~).
  return GetValueFromBuffer(agent, obj->viewed_array_buffer(), byte_index_in_buffer, TypedArrayElementType(obj),
                            kLittleEndian);
}

// 10.4.5.18 TypedArraySetElement ( obj, index, value )
// https://tc39.es/ecma262/#sec-typedarraysetelement
ThrowCompletionOr<void> TypedArraySetElement(Agent& agent, TypedArrayObject* obj_pointer, double index,
                                             Value value) {
  heap::Handle<TypedArrayObject> obj(agent.heap(), obj_pointer);
  interpreter::RootedValue num_value(agent.heap());
  // 1. If obj.[[ContentType]] is ~bigint~, let numValue be ? ToBigInt(value).
  if (obj->has_bigint_content()) {
    num_value = TRY(vm::ToBigInt(agent, value));
  } else {
    // 2. Otherwise, let numValue be ? ToNumber(value).
    num_value = Value::Number(TRY(vm::ToNumber(agent, value)));
  }
  // 3. If IsValidIntegerIndex(obj, index) is true, then
  if (IsValidIntegerIndex(obj.get(), index)) {
    // a. Let offset be obj.[[ByteOffset]].
    const size_t offset = obj->byte_offset();
    // b. Let elementSize be TypedArrayElementSize(obj).
    const size_t element_size = TypedArrayElementSize(obj.get());
    // c. Let byteIndexInBuffer be (ℝ(index) × elementSize) + offset.
    const size_t byte_index_in_buffer = static_cast<size_t>(index) * element_size + offset;
    // d. Let elementType be TypedArrayElementType(obj).
    // e. Perform SetValueInBuffer(obj.[[ViewedArrayBuffer]], byteIndexInBuffer, elementType, numValue, true,
    //    ~unordered~).
    SetValueInBuffer(agent, obj->viewed_array_buffer(), byte_index_in_buffer, TypedArrayElementType(obj.get()),
                     num_value, kLittleEndian);
  }
  // 4. Return unused.
  return {};
}

// 10.4.5.1 [[PreventExtensions]] ( )
// https://tc39.es/ecma262/#sec-typedarray-preventextensions
ThrowCompletionOr<bool> TypedArrayObject::PreventExtensions(Agent&) {
  // 1. NOTE: The extensibility-related invariants do not allow this method to return true when obj can gain (or
  //    lose and then regain) properties, which might occur for properties with integer index names when its
  //    underlying buffer is resized.
  // 2. If IsTypedArrayFixedLength(obj) is false, return false.
  if (!IsTypedArrayFixedLength(this)) return false;
  // 3. Return OrdinaryPreventExtensions(obj).
  return interpreter::OrdinaryPreventExtensions(this);
}

// 10.4.5.2 [[GetOwnProperty]] ( propertyKey )
// https://tc39.es/ecma262/#sec-typedarray-getownproperty
ThrowCompletionOr<std::optional<PropertyDescriptor>> TypedArrayObject::GetOwnProperty(Agent& agent,
                                                                                      const PropertyKey& key) {
  // 1. If propertyKey is a String, then
  //   a. Let numericIndex be CanonicalNumericIndexString(propertyKey).
  //   b. If numericIndex is not undefined, then
  if (std::optional<double> numeric_index = CanonicalNumericIndexString(agent, key)) {
    // i. Let value be TypedArrayGetElement(obj, numericIndex).
    Value value = TypedArrayGetElement(agent, this, *numeric_index);
    // ii. If value is undefined, return undefined.
    if (value.IsUndefined()) return std::optional<PropertyDescriptor>();
    // iii. Return the PropertyDescriptor { [[Value]]: value, [[Writable]]: true, [[Enumerable]]: true,
    //      [[Configurable]]: true }.
    return std::optional<PropertyDescriptor>(PropertyDescriptor::Data(value, true, true, true));
  }
  // 2. Return OrdinaryGetOwnProperty(obj, propertyKey).
  return interpreter::OrdinaryGetOwnProperty(this, key);
}

// 10.4.5.3 [[HasProperty]] ( propertyKey )
// https://tc39.es/ecma262/#sec-typedarray-hasproperty
ThrowCompletionOr<bool> TypedArrayObject::HasProperty(Agent& agent, const PropertyKey& key) {
  // 1. If propertyKey is a String, then
  //   a. Let numericIndex be CanonicalNumericIndexString(propertyKey).
  //   b. If numericIndex is not undefined, return IsValidIntegerIndex(obj, numericIndex).
  if (std::optional<double> numeric_index = CanonicalNumericIndexString(agent, key)) {
    return IsValidIntegerIndex(this, *numeric_index);
  }
  // 2. Return ? OrdinaryHasProperty(obj, propertyKey).
  return interpreter::OrdinaryHasProperty(agent, this, key);
}

// 10.4.5.4 [[DefineOwnProperty]] ( propertyKey, propertyDesc )
// https://tc39.es/ecma262/#sec-typedarray-defineownproperty
ThrowCompletionOr<bool> TypedArrayObject::DefineOwnProperty(Agent& agent, const PropertyKey& key,
                                                            const PropertyDescriptor& property_desc) {
  // 1. If propertyKey is a String, then
  //   a. Let numericIndex be CanonicalNumericIndexString(propertyKey).
  //   b. If numericIndex is not undefined, then
  if (std::optional<double> numeric_index = CanonicalNumericIndexString(agent, key)) {
    // i. If IsValidIntegerIndex(obj, numericIndex) is false, return false.
    if (!IsValidIntegerIndex(this, *numeric_index)) return false;
    // ii. If propertyDesc has a [[Configurable]] field and propertyDesc.[[Configurable]] is false, return false.
    if (property_desc.configurable.has_value() && !*property_desc.configurable) return false;
    // iii. If propertyDesc has an [[Enumerable]] field and propertyDesc.[[Enumerable]] is false, return false.
    if (property_desc.enumerable.has_value() && !*property_desc.enumerable) return false;
    // iv. If IsAccessorDescriptor(propertyDesc) is true, return false.
    if (interpreter::IsAccessorDescriptor(property_desc)) return false;
    // v. If propertyDesc has a [[Writable]] field and propertyDesc.[[Writable]] is false, return false.
    if (property_desc.writable.has_value() && !*property_desc.writable) return false;
    // vi. If propertyDesc has a [[Value]] field, perform ? TypedArraySetElement(obj, numericIndex,
    //     propertyDesc.[[Value]]).
    if (property_desc.value.has_value()) TRY(TypedArraySetElement(agent, this, *numeric_index, *property_desc.value));
    // vii. Return true.
    return true;
  }
  // 2. Return ! OrdinaryDefineOwnProperty(obj, propertyKey, propertyDesc).
  return interpreter::OrdinaryDefineOwnProperty(agent, this, key, property_desc);
}

// 10.4.5.5 [[Get]] ( propertyKey, receiver )
// https://tc39.es/ecma262/#sec-typedarray-get
ThrowCompletionOr<Value> TypedArrayObject::Get(Agent& agent, const PropertyKey& key, Value receiver) {
  // 1. If propertyKey is a String, then
  //   a. Let numericIndex be CanonicalNumericIndexString(propertyKey).
  //   b. If numericIndex is not undefined, then i. Return TypedArrayGetElement(obj, numericIndex).
  if (std::optional<double> numeric_index = CanonicalNumericIndexString(agent, key)) {
    return TypedArrayGetElement(agent, this, *numeric_index);
  }
  // 2. Return ? OrdinaryGet(obj, propertyKey, receiver).
  return interpreter::OrdinaryGet(agent, this, key, receiver);
}

// 10.4.5.6 [[Set]] ( propertyKey, value, receiver )
// https://tc39.es/ecma262/#sec-typedarray-set
ThrowCompletionOr<bool> TypedArrayObject::Set(Agent& agent, const PropertyKey& key, Value value, Value receiver) {
  // 1. If propertyKey is a String, then
  //   a. Let numericIndex be CanonicalNumericIndexString(propertyKey).
  //   b. If numericIndex is not undefined, then
  if (std::optional<double> numeric_index = CanonicalNumericIndexString(agent, key)) {
    // i. If SameValue(obj, receiver) is true, then
    if (receiver.IsObject() && receiver.AsObject() == this) {
      // 1. Perform ? TypedArraySetElement(obj, numericIndex, value).
      TRY(TypedArraySetElement(agent, this, *numeric_index, value));
      // 2. Return true.
      return true;
    }
    // ii. If IsValidIntegerIndex(obj, numericIndex) is false, return true.
    if (!IsValidIntegerIndex(this, *numeric_index)) return true;
  }
  // 2. Return ? OrdinarySet(obj, propertyKey, value, receiver).
  return interpreter::OrdinarySet(agent, this, key, value, receiver);
}

// 10.4.5.7 [[Delete]] ( propertyKey )
// https://tc39.es/ecma262/#sec-typedarray-delete
ThrowCompletionOr<bool> TypedArrayObject::Delete(Agent& agent, const PropertyKey& key) {
  // 1. If propertyKey is a String, then
  //   a. Let numericIndex be CanonicalNumericIndexString(propertyKey).
  //   b. If numericIndex is not undefined, then
  if (std::optional<double> numeric_index = CanonicalNumericIndexString(agent, key)) {
    // i. If IsValidIntegerIndex(obj, numericIndex) is false, return true; else return false.
    return !IsValidIntegerIndex(this, *numeric_index);
  }
  // 2. Return ! OrdinaryDelete(obj, propertyKey).
  return interpreter::OrdinaryDelete(agent, this, key);
}

// 10.4.5.8 [[OwnPropertyKeys]] ( )
// https://tc39.es/ecma262/#sec-typedarray-ownpropertykeys
ThrowCompletionOr<std::vector<PropertyKey>> TypedArrayObject::OwnPropertyKeys(Agent& agent) {
  // 1. Let taRecord be MakeTypedArrayWithBufferWitnessRecord(obj, ~seq-cst~).
  TypedArrayWithBufferWitnessRecord ta_record = MakeTypedArrayWithBufferWitnessRecord(this);
  // 2. Let keys be a new empty List.
  std::vector<PropertyKey> keys;
  // 3. If IsTypedArrayOutOfBounds(taRecord) is false, then
  if (!IsTypedArrayOutOfBounds(ta_record)) {
    // a. Let length be TypedArrayLength(taRecord).
    const size_t length = TypedArrayLength(ta_record);
    // b. For each integer i such that 0 ≤ i < length, in ascending order, do
    //   i. Append ! ToString(𝔽(i)) to keys.
    keys.reserve(length);
    for (size_t i = 0; i < length; ++i) keys.push_back(PropertyKey::FromNumber(agent.strings(), static_cast<double>(i)));
  }
  // 4. For each own property key P of obj such that P is a String and P is not an integer index, in ascending
  //    chronological order of property creation, do a. Append P to keys.
  // 5. For each own property key P of obj such that P is a Symbol, in ascending chronological order of property
  //    creation, do a. Append P to keys.
  //    (Integer-indexed keys never reach the ordinary storage: [[DefineOwnProperty]] intercepts every canonical
  //    numeric String, so the ordinary keys are exactly these, in this order.)
  for (const PropertyKey& key : interpreter::OrdinaryOwnPropertyKeys(this)) keys.push_back(key);
  // 6. Return keys.
  return keys;
}

// 23.2.4.4 ValidateTypedArray ( obj, order )
// https://tc39.es/ecma262/#sec-validatetypedarray
ThrowCompletionOr<TypedArrayWithBufferWitnessRecord> ValidateTypedArray(Agent& agent, Value obj) {
  // 1. Perform ? RequireInternalSlot(obj, [[TypedArrayName]]).
  TypedArrayObject* typed_array = AsTypedArray(obj);
  if (typed_array == nullptr) return interpreter::ThrowTypeError(agent, u"this is not a TypedArray");
  // 2. Assert: obj has a [[ViewedArrayBuffer]] internal slot.
  // 3. Let taRecord be MakeTypedArrayWithBufferWitnessRecord(obj, order).
  TypedArrayWithBufferWitnessRecord ta_record = MakeTypedArrayWithBufferWitnessRecord(typed_array);
  // 4. If IsTypedArrayOutOfBounds(taRecord) is true, throw a TypeError exception.
  if (IsTypedArrayOutOfBounds(ta_record)) {
    return interpreter::ThrowTypeError(agent, u"TypedArray is detached or out of bounds");
  }
  // 5. Return taRecord.
  return ta_record;
}

// 23.2.4.5 ValidateTypedArrayBounds ( ta, order )
// https://tc39.es/ecma262/#sec-validatetypedarraybounds
ThrowCompletionOr<TypedArrayWithBufferWitnessRecord> ValidateTypedArrayBounds(Agent& agent, TypedArrayObject* ta) {
  // 1. Let taRecord be MakeTypedArrayWithBufferWitnessRecord(ta, order).
  TypedArrayWithBufferWitnessRecord ta_record = MakeTypedArrayWithBufferWitnessRecord(ta);
  // 2. If IsTypedArrayOutOfBounds(taRecord) is true, throw a TypeError exception.
  if (IsTypedArrayOutOfBounds(ta_record)) {
    return interpreter::ThrowTypeError(agent, u"TypedArray is detached or out of bounds");
  }
  // 3. Return taRecord.
  return ta_record;
}

// 23.2.4.6 TypedArrayElementSize ( obj )
// https://tc39.es/ecma262/#sec-typedarrayelementsize
size_t TypedArrayElementSize(const TypedArrayObject* obj) {
  // 1. Return the Element Size value specified in Table 71 for obj.[[TypedArrayName]].
  return ElementSize(obj->element_type());
}

// 23.2.4.7 TypedArrayElementType ( obj )
// https://tc39.es/ecma262/#sec-typedarrayelementtype
ElementType TypedArrayElementType(const TypedArrayObject* obj) {
  // 1. Return the Element Type value specified in Table 71 for obj.[[TypedArrayName]].
  return obj->element_type();
}

// 10.4.5.11 TypedArrayCreate ( proto )
// https://tc39.es/ecma262/#sec-typedarraycreate
TypedArrayObject* TypedArrayCreate(Agent& agent, Object* proto, ElementType element_type) {
  // 1. Let internalSlotsList be « [[Prototype]], [[Extensible]], [[ViewedArrayBuffer]], [[TypedArrayName]],
  //    [[ContentType]], [[ByteLength]], [[ByteOffset]], [[ArrayLength]] ».
  // 2. Let A be MakeBasicObject(internalSlotsList).
  // 3. Set A's essential internal methods to the definitions in 10.4.5. (TypedArrayObject's overrides.)
  // 4. Set A.[[Prototype]] to proto.
  // 5. Return A.
  return interpreter::OrdinaryObjectCreate<TypedArrayObject>(agent, proto, element_type);
}

// 25.1.3.6 CloneArrayBuffer ( sourceBuffer, sourceByteOffset, sourceLength )
// https://tc39.es/ecma262/#sec-clonearraybuffer
ThrowCompletionOr<ArrayBufferObject*> CloneArrayBuffer(Agent& agent, ArrayBufferObject* source_buffer_pointer,
                                                       size_t source_byte_offset, size_t source_length) {
  heap::Handle<ArrayBufferObject> source_buffer(agent.heap(), source_buffer_pointer);
  // 1. Assert: IsDetachedBuffer(sourceBuffer) is false.
  // 2. Let targetBuffer be ? AllocateArrayBuffer(%ArrayBuffer%, sourceLength).
  ArrayBufferObject* target_buffer = TRY(AllocateArrayBuffer(agent, CurrentIntrinsic(agent, Intrinsic::kArrayBuffer),
                                                             static_cast<double>(source_length)));
  // 3. Let sourceBlock be sourceBuffer.[[ArrayBufferData]].
  // 4. Let targetBlock be targetBuffer.[[ArrayBufferData]].
  // 5. Perform CopyDataBlockBytes(targetBlock, 0, sourceBlock, sourceByteOffset, sourceLength).
  if (source_length > 0) {
    std::memmove(target_buffer->array_buffer_data()->bytes(),
                 source_buffer->array_buffer_data()->bytes() + source_byte_offset, source_length);
  }
  // 6. Return targetBuffer.
  return target_buffer;
}

}  // namespace async_runtime::builtins
