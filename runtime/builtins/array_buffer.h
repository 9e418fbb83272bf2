// 25.1 ArrayBuffer Objects: the ArrayBuffer constructor, its prototype, and
// the abstract operations other families (DataView, TypedArrays, the
// Test262 host's $262.detachArrayBuffer) build on.
//
// A Data Block is a calloc'ed byte array: zero-filled as the spec requires,
// and for large sizes backed by lazily committed zero pages, so a large but
// unused buffer costs little. No SharedArrayBuffer exists in this engine,
// so every IsSharedArrayBuffer step is false and is noted beside the step.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <optional>

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// 6.2.9 Data Blocks: a sequence of bytes, owned.
class DataBlock {
 public:
  DataBlock() = default;
  // The byte count and the bytes; empty blocks own no memory.
  size_t size() const { return size_; }
  uint8_t* bytes() { return bytes_.get(); }
  const uint8_t* bytes() const { return bytes_.get(); }

 private:
  friend ThrowCompletionOr<DataBlock> CreateByteDataBlock(Agent& agent, double size);
  struct FreeDeleter {
    void operator()(uint8_t* bytes) const { std::free(bytes); }
  };
  std::unique_ptr<uint8_t[], FreeDeleter> bytes_;
  size_t size_ = 0;
};

// The largest Data Block this implementation creates (4 GiB): a larger
// request is "impossible to create" (a RangeError), never an abort.
inline constexpr double kMaxDataBlockByteLength = 4294967296.0;

// 6.2.9.1 CreateByteDataBlock ( size )
// https://tc39.es/ecma262/#sec-createbytedatablock
ThrowCompletionOr<DataBlock> CreateByteDataBlock(Agent& agent, double size);

// An ordinary object with the internal slots [[ArrayBufferData]],
// [[ArrayBufferByteLength]], [[ArrayBufferDetachKey]] and, when resizable,
// [[ArrayBufferMaxByteLength]].
class ArrayBufferObject final : public Object {
 public:
  ArrayBufferObject(interpreter::Shape* shape, DataBlock data, std::optional<size_t> max_byte_length)
      : Object(shape), data_(std::move(data)), max_byte_length_(max_byte_length) {}
  const char* CellName() const override { return "ArrayBufferObject"; }
  void VisitEdges(heap::Visitor& visitor) override {
    Object::VisitEdges(visitor);
    detach_key_.Visit(visitor);
  }
  // The heap learns the size at allocation; resize and detach do not update it.
  size_t ExternalBytes() const override { return data_ ? data_->size() : 0; }

  // [[ArrayBufferData]]: nullopt once detached (the spec's null).
  std::optional<DataBlock>& array_buffer_data() { return data_; }
  const std::optional<DataBlock>& array_buffer_data() const { return data_; }
  // [[ArrayBufferByteLength]]: the block's size (0 once detached).
  size_t array_buffer_byte_length() const { return data_ ? data_->size() : 0; }
  // [[ArrayBufferMaxByteLength]]: present only on resizable buffers.
  const std::optional<size_t>& array_buffer_max_byte_length() const { return max_byte_length_; }
  // [[ArrayBufferDetachKey]]: undefined unless the host sets another key.
  Value array_buffer_detach_key() const { return detach_key_; }
  void set_array_buffer_detach_key(Value key) { detach_key_ = key; }

 private:
  std::optional<DataBlock> data_;
  std::optional<size_t> max_byte_length_;
  Value detach_key_ = Value::Undefined();
};

// An object with a [[ViewedArrayBuffer]] internal slot (DataView and
// TypedArray instances derive from this); ArrayBuffer.isView looks for it.
class ArrayBufferViewObject : public Object {
 public:
  ArrayBufferViewObject(interpreter::Shape* shape, ArrayBufferObject* viewed_array_buffer)
      : Object(shape), viewed_array_buffer_(viewed_array_buffer) {}
  void VisitEdges(heap::Visitor& visitor) override {
    Object::VisitEdges(visitor);
    visitor.Visit(viewed_array_buffer_);
  }
  // [[ViewedArrayBuffer]]
  ArrayBufferObject* viewed_array_buffer() const { return viewed_array_buffer_; }

 protected:
  // TypedArrays get their buffer after allocation (23.2.5.1.1 AllocateTypedArray leaves the slot to the
  // InitializeTypedArrayFrom* operations).
  void set_viewed_array_buffer(ArrayBufferObject* buffer) { viewed_array_buffer_ = buffer; }

 private:
  ArrayBufferObject* viewed_array_buffer_;
};

// The TypedArray element types of Table 71 (DataView reads and writes all but ~uint8clamped~).
enum class ElementType { kInt8, kUint8, kInt16, kUint16, kInt32, kUint32, kBigInt64, kBigUint64, kFloat16, kFloat32,
                         kFloat64, kUint8Clamped };

// Table 71's Element Size of `type`, in bytes.
size_t ElementSize(ElementType type);

// 25.1.3.12 IsBigIntElementType ( type )
// https://tc39.es/ecma262/#sec-isbigintelementtype
bool IsBigIntElementType(ElementType type);

// 25.1.3.16 GetValueFromBuffer ( arrayBuffer, byteIndex, type, isTypedArray, order [ , isLittleEndian ] )
// https://tc39.es/ecma262/#sec-getvaluefrombuffer
// (Only unshared buffers exist, so isTypedArray and order do not matter.)
Value GetValueFromBuffer(Agent& agent, ArrayBufferObject* array_buffer, size_t byte_index, ElementType type,
                         bool is_little_endian);

// 25.1.3.18 SetValueInBuffer ( arrayBuffer, byteIndex, type, value, isTypedArray, order [ , isLittleEndian ] )
// https://tc39.es/ecma262/#sec-setvalueinbuffer
void SetValueInBuffer(Agent& agent, ArrayBufferObject* array_buffer, size_t byte_index, ElementType type,
                      Value value, bool is_little_endian);

// 25.1.3.1 AllocateArrayBuffer ( constructor, byteLength [ , maxByteLength ] )
// https://tc39.es/ecma262/#sec-allocatearraybuffer
ThrowCompletionOr<ArrayBufferObject*> AllocateArrayBuffer(Agent& agent, Object* constructor, double byte_length,
                                                          std::optional<double> max_byte_length = std::nullopt);

// 25.1.3.4 IsDetachedBuffer ( arrayBuffer )
// https://tc39.es/ecma262/#sec-isdetachedbuffer
bool IsDetachedBuffer(const ArrayBufferObject* array_buffer);

// 25.1.3.5 DetachArrayBuffer ( arrayBuffer [ , key ] )
// https://tc39.es/ecma262/#sec-detacharraybuffer
ThrowCompletionOr<void> DetachArrayBuffer(Agent& agent, ArrayBufferObject* array_buffer,
                                          Value key = Value::Undefined());

// 25.1.3.9 IsFixedLengthArrayBuffer ( arrayBuffer )
// https://tc39.es/ecma262/#sec-isfixedlengtharraybuffer
bool IsFixedLengthArrayBuffer(const ArrayBufferObject* array_buffer);

// Creates %ArrayBuffer% and %ArrayBuffer.prototype%.
void CreateArrayBufferIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
