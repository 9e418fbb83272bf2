// 10.4.5 TypedArray Exotic Objects, and the abstract operations of 23.2.4
// and 23.2.5.1 that the %TypedArray% built-ins (typed_array_builtins.cc),
// the Array iterator and other families share.
//
// A TypedArray views [[ByteLength]] bytes of its [[ViewedArrayBuffer]] from
// [[ByteOffset]] as [[ArrayLength]] elements of one element type (Table 71).
// On a resizable buffer, a length-tracking TypedArray ([[ArrayLength]]
// ~auto~) follows the buffer's length; any TypedArray can go out of bounds
// when its buffer shrinks or is detached, and then has no elements.
// Integer-indexed property keys never reach the ordinary property storage:
// they read and write the buffer, or are absent.
#pragma once

#include <optional>
#include <string_view>

#include "runtime/builtins/array_buffer.h"

namespace async_runtime::builtins {

// Table 71 (table-the-typedarray-constructors): the [[TypedArrayName]] of the
// TypedArray whose element type is `type`, e.g. u"Int8Array".
std::u16string_view TypedArrayName(ElementType type);
// The %TypedArray% constructor and %TypedArray.prototype% intrinsics for `type`.
Intrinsic TypedArrayConstructorIntrinsic(ElementType type);
Intrinsic TypedArrayPrototypeIntrinsic(ElementType type);

// An object with [[ViewedArrayBuffer]], [[TypedArrayName]], [[ContentType]]
// (both derived from the element type), [[ByteLength]], [[ByteOffset]] and
// [[ArrayLength]] (nullopt for ~auto~).
class TypedArrayObject final : public ArrayBufferViewObject {
 public:
  TypedArrayObject(interpreter::Shape* shape, ElementType element_type)
      : ArrayBufferViewObject(shape, nullptr), element_type_(element_type) {}
  const char* CellName() const override { return "TypedArrayObject"; }

  ThrowCompletionOr<bool> PreventExtensions(Agent& agent) override;
  ThrowCompletionOr<std::optional<interpreter::PropertyDescriptor>> GetOwnProperty(Agent& agent,
                                                                                   const PropertyKey& key) override;
  ThrowCompletionOr<bool> HasProperty(Agent& agent, const PropertyKey& key) override;
  ThrowCompletionOr<bool> DefineOwnProperty(Agent& agent, const PropertyKey& key,
                                            const interpreter::PropertyDescriptor& descriptor) override;
  ThrowCompletionOr<Value> Get(Agent& agent, const PropertyKey& key, Value receiver) override;
  ThrowCompletionOr<bool> Set(Agent& agent, const PropertyKey& key, Value value, Value receiver) override;
  ThrowCompletionOr<bool> Delete(Agent& agent, const PropertyKey& key) override;
  ThrowCompletionOr<std::vector<PropertyKey>> OwnPropertyKeys(Agent& agent) override;
  // [[HasProperty]], [[Get]] and [[Set]] are not the ordinary ones.
  bool HasOrdinaryPropertyLookup() const override { return false; }

  // The element type of Table 71 ([[TypedArrayName]] and [[ContentType]] follow from it).
  ElementType element_type() const { return element_type_; }
  // [[ContentType]] is ~bigint~.
  bool has_bigint_content() const { return IsBigIntElementType(element_type_); }
  const std::optional<size_t>& byte_length() const { return byte_length_; }    // [[ByteLength]]
  size_t byte_offset() const { return byte_offset_; }                          // [[ByteOffset]]
  const std::optional<size_t>& array_length() const { return array_length_; }  // [[ArrayLength]]

  // Sets [[ViewedArrayBuffer]], [[ByteLength]], [[ByteOffset]] and [[ArrayLength]] (nullopt lengths: ~auto~).
  void Initialize(ArrayBufferObject* buffer, std::optional<size_t> byte_length, size_t byte_offset,
                  std::optional<size_t> array_length) {
    set_viewed_array_buffer(buffer);
    byte_length_ = byte_length;
    byte_offset_ = byte_offset;
    array_length_ = array_length;
  }

 private:
  ElementType element_type_;
  std::optional<size_t> byte_length_ = 0;
  size_t byte_offset_ = 0;
  std::optional<size_t> array_length_ = 0;
};

// The TypedArray `value` is, or nullptr ("has a [[TypedArrayName]] internal slot").
inline TypedArrayObject* AsTypedArray(Value value) {
  return value.IsObject() ? dynamic_cast<TypedArrayObject*>(value.AsObject()) : nullptr;
}

// 10.4.5.9 TypedArray With Buffer Witness Records: { [[Object]], [[CachedBufferByteLength]] } (nullopt:
// ~detached~).
struct TypedArrayWithBufferWitnessRecord {
  TypedArrayObject* object;
  std::optional<size_t> cached_buffer_byte_length;
};

// 10.4.5.10 MakeTypedArrayWithBufferWitnessRecord ( obj, order )
// https://tc39.es/ecma262/#sec-maketypedarraywithbufferwitnessrecord
TypedArrayWithBufferWitnessRecord MakeTypedArrayWithBufferWitnessRecord(TypedArrayObject* obj);

// 10.4.5.12 TypedArrayByteLength ( taRecord )
// https://tc39.es/ecma262/#sec-typedarraybytelength
size_t TypedArrayByteLength(const TypedArrayWithBufferWitnessRecord& ta_record);

// 10.4.5.13 TypedArrayLength ( taRecord )
// https://tc39.es/ecma262/#sec-typedarraylength
size_t TypedArrayLength(const TypedArrayWithBufferWitnessRecord& ta_record);

// 10.4.5.14 IsTypedArrayOutOfBounds ( taRecord )
// https://tc39.es/ecma262/#sec-istypedarrayoutofbounds
bool IsTypedArrayOutOfBounds(const TypedArrayWithBufferWitnessRecord& ta_record);

// 10.4.5.15 IsTypedArrayFixedLength ( obj )
// https://tc39.es/ecma262/#sec-istypedarrayfixedlength
bool IsTypedArrayFixedLength(const TypedArrayObject* obj);

// 10.4.5.16 IsValidIntegerIndex ( obj, index )
// https://tc39.es/ecma262/#sec-isvalidintegerindex
bool IsValidIntegerIndex(const TypedArrayObject* obj, double index);

// 10.4.5.17 TypedArrayGetElement ( obj, index )
// https://tc39.es/ecma262/#sec-typedarraygetelement
// Returns undefined when index is not a valid integer index.
Value TypedArrayGetElement(Agent& agent, TypedArrayObject* obj, double index);

// 10.4.5.18 TypedArraySetElement ( obj, index, value )
// https://tc39.es/ecma262/#sec-typedarraysetelement
ThrowCompletionOr<void> TypedArraySetElement(Agent& agent, TypedArrayObject* obj, double index, Value value);

// 7.1.23 CanonicalNumericIndexString ( arg )
// https://tc39.es/ecma262/#sec-canonicalnumericindexstring
// For a String property key: the Number it canonically spells, or nullopt (undefined).
std::optional<double> CanonicalNumericIndexString(Agent& agent, const PropertyKey& arg);

// 23.2.4.4 ValidateTypedArray ( obj, order )
// https://tc39.es/ecma262/#sec-validatetypedarray
ThrowCompletionOr<TypedArrayWithBufferWitnessRecord> ValidateTypedArray(Agent& agent, Value obj);

// 23.2.4.5 ValidateTypedArrayBounds ( ta, order )
// https://tc39.es/ecma262/#sec-validatetypedarraybounds
ThrowCompletionOr<TypedArrayWithBufferWitnessRecord> ValidateTypedArrayBounds(Agent& agent, TypedArrayObject* ta);

// 23.2.4.6 TypedArrayElementSize ( obj )
// https://tc39.es/ecma262/#sec-typedarrayelementsize
size_t TypedArrayElementSize(const TypedArrayObject* obj);

// 23.2.4.7 TypedArrayElementType ( obj )
// https://tc39.es/ecma262/#sec-typedarrayelementtype
ElementType TypedArrayElementType(const TypedArrayObject* obj);

// 10.4.5.11 TypedArrayCreate ( proto )
// https://tc39.es/ecma262/#sec-typedarraycreate
// (The element type stands for the slots AllocateTypedArray fills in.)
TypedArrayObject* TypedArrayCreate(Agent& agent, Object* proto, ElementType element_type);

// 25.1.3.6 CloneArrayBuffer ( sourceBuffer, sourceByteOffset, sourceLength )
// https://tc39.es/ecma262/#sec-clonearraybuffer
ThrowCompletionOr<ArrayBufferObject*> CloneArrayBuffer(Agent& agent, ArrayBufferObject* source_buffer,
                                                       size_t source_byte_offset, size_t source_length);

}  // namespace async_runtime::builtins
