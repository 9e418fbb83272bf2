// 25.1 ArrayBuffer Objects: the ArrayBuffer constructor, its prototype, and
// the abstract operations other families (DataView, TypedArrays, the
// Test262 host's $262.detachArrayBuffer) build on.
//
// A Data Block is a calloc'ed byte array: zero-filled as the spec requires,
// and for large sizes backed by lazily committed zero pages, so a large but
// unused buffer costs little. A SharedArrayBuffer (25.2, shared_array_buffer.h)
// is an ArrayBufferObject whose [[ArrayBufferData]] is a Shared Data Block:
// this engine has one agent per agent cluster, so a Shared Data Block is
// ordinary memory that no other agent can observe, but every step that
// branches on IsSharedArrayBuffer takes the shared branch for it.
#pragma once

#include <array>
#include <bit>
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
// [[ArrayBufferMaxByteLength]]; or a SharedArrayBuffer (25.2.6): the same
// object whose [[ArrayBufferData]] is a Shared Data Block, and which, when
// growable, has [[ArrayBufferByteLengthData]] and [[ArrayBufferMaxByteLength]]
// instead of [[ArrayBufferByteLength]] (its block is max-sized from the start).
class ArrayBufferObject final : public Object {
 public:
  enum class Kind { kArrayBuffer, kSharedArrayBuffer };
  ArrayBufferObject(interpreter::Shape* shape, DataBlock data, std::optional<size_t> max_byte_length,
                    Kind kind = Kind::kArrayBuffer, std::optional<size_t> byte_length_data = std::nullopt)
      : Object(shape),
        data_(std::move(data)),
        max_byte_length_(max_byte_length),
        kind_(kind),
        byte_length_data_(byte_length_data) {}
  const char* CellName() const override { return "ArrayBufferObject"; }
  void VisitEdges(heap::Visitor& visitor) override {
    Object::VisitEdges(visitor);
    detach_key_.Visit(visitor);
  }
  // The heap learns the size at allocation; resize and detach do not update it. (A growable
  // SharedArrayBuffer's max-sized block is reserved, not used: its pages are committed lazily.)
  size_t ExternalBytes() const override { return array_buffer_byte_length(); }

  // [[ArrayBufferData]]: nullopt once detached (the spec's null).
  std::optional<DataBlock>& array_buffer_data() { return data_; }
  const std::optional<DataBlock>& array_buffer_data() const { return data_; }
  // [[ArrayBufferByteLength]] (0 once detached), or for a growable SharedArrayBuffer the length its
  // [[ArrayBufferByteLengthData]] holds.
  size_t array_buffer_byte_length() const {
    if (byte_length_data_.has_value()) return *byte_length_data_;
    return data_ ? data_->size() : 0;
  }
  // [[ArrayBufferMaxByteLength]]: present only on resizable buffers and growable SharedArrayBuffers.
  const std::optional<size_t>& array_buffer_max_byte_length() const { return max_byte_length_; }
  // [[ArrayBufferDetachKey]]: undefined unless the host sets another key.
  Value array_buffer_detach_key() const { return detach_key_; }
  void set_array_buffer_detach_key(Value key) { detach_key_ = key; }
  // Whether [[ArrayBufferData]] is a Shared Data Block.
  bool is_shared() const { return kind_ == Kind::kSharedArrayBuffer; }
  // [[ArrayBufferByteLengthData]]: present only on growable SharedArrayBuffers (the byte length it holds;
  // one agent means no other agent races the update, so no 8-byte block is needed to hold it).
  const std::optional<size_t>& array_buffer_byte_length_data() const { return byte_length_data_; }
  void set_array_buffer_byte_length_data(size_t byte_length) { byte_length_data_ = byte_length; }

 private:
  std::optional<DataBlock> data_;
  std::optional<size_t> max_byte_length_;
  Kind kind_;
  std::optional<size_t> byte_length_data_;
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

// The byte order of this agent's [[LittleEndian]] field: the host's.
inline constexpr bool kAgentIsLittleEndian = std::endian::native == std::endian::little;

// A List of byte values of one element; the first ElementSize(type) bytes are used.
using RawBytes = std::array<uint8_t, 8>;

// 25.1.3.14 RawBytesToNumeric ( type, rawBytes, isLittleEndian )
// https://tc39.es/ecma262/#sec-rawbytestonumeric
Value RawBytesToNumeric(Agent& agent, ElementType type, RawBytes raw_bytes, bool is_little_endian);

// 25.1.3.17 NumericToRawBytes ( type, value, isLittleEndian )
// https://tc39.es/ecma262/#sec-numerictorawbytes
RawBytes NumericToRawBytes(Agent& agent, ElementType type, Value value, bool is_little_endian);

// 6.2.9.3 CopyDataBlockBytes ( toBlock, toIndex, fromBlock, fromIndex, count )
// https://tc39.es/ecma262/#sec-copydatablockbytes
void CopyDataBlockBytes(DataBlock& to_block, size_t to_index, const DataBlock& from_block, size_t from_index,
                        size_t count);

// 7.1.26 ToClampedIndex ( value, length )
// https://tc39.es/ecma262/#sec-toclampedindex
ThrowCompletionOr<double> ToClampedIndex(Agent& agent, Value value, double length);

// 25.1.3.7 GetArrayBufferMaxByteLengthOption ( options )
// https://tc39.es/ecma262/#sec-getarraybuffermaxbytelengthoption
ThrowCompletionOr<std::optional<double>> GetArrayBufferMaxByteLengthOption(Agent& agent, Value options);

// 25.2.2.2 IsSharedArrayBuffer ( obj )
// https://tc39.es/ecma262/#sec-issharedarraybuffer
bool IsSharedArrayBuffer(const ArrayBufferObject* obj);

// 25.2.2.3 IsGrowableSharedArrayBuffer ( obj )
// https://tc39.es/ecma262/#sec-isgrowablesharedarraybuffer
bool IsGrowableSharedArrayBuffer(const ArrayBufferObject* obj);

// 25.1.3.2 ArrayBufferByteLength ( arrayBuffer, order )
// https://tc39.es/ecma262/#sec-arraybufferbytelength
// (One agent: ~seq-cst~ and ~unordered~ reads of the length see the same value.)
size_t ArrayBufferByteLength(const ArrayBufferObject* array_buffer);

// 25.1.3.16 GetValueFromBuffer ( arrayBuffer, byteIndex, type, isTypedArray, order [ , isLittleEndian ] )
// https://tc39.es/ecma262/#sec-getvaluefrombuffer
// (One agent: a shared read sees the bytes last written, whatever isTypedArray and order are.)
Value GetValueFromBuffer(Agent& agent, ArrayBufferObject* array_buffer, size_t byte_index, ElementType type,
                         bool is_little_endian);

// 25.1.3.18 SetValueInBuffer ( arrayBuffer, byteIndex, type, value, isTypedArray, order [ , isLittleEndian ] )
// https://tc39.es/ecma262/#sec-setvalueinbuffer
void SetValueInBuffer(Agent& agent, ArrayBufferObject* array_buffer, size_t byte_index, ElementType type,
                      Value value, bool is_little_endian);

// A read-modify-write modification function: the bytes to store, given the bytes read and the operand's bytes.
using ReadModifyWriteModification = RawBytes (*)(ElementType type, const RawBytes& x_bytes,
                                                 const RawBytes& y_bytes);

// 25.1.3.19 GetModifySetValueInBuffer ( arrayBuffer, byteIndex, type, value, op )
// https://tc39.es/ecma262/#sec-getmodifysetvalueinbuffer
Value GetModifySetValueInBuffer(Agent& agent, ArrayBufferObject* array_buffer, size_t byte_index, ElementType type,
                                Value value, ReadModifyWriteModification op);

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
