#include "runtime/builtins/array_buffer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>

#include "runtime/builtins/algorithms/math.h"
#include "runtime/interpreter/bigint.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/bigint_operations.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

namespace vm = interpreter::vm;

// 6.2.9.1 CreateByteDataBlock ( size )
// https://tc39.es/ecma262/#sec-createbytedatablock
ThrowCompletionOr<DataBlock> CreateByteDataBlock(Agent& agent, double size) {
  // 1. If size > 2**53 - 1, throw a RangeError exception.
  if (size > 9007199254740991.0) return interpreter::ThrowRangeError(agent, u"Array buffer allocation failed");
  // 2. Let dataBlock be a new Data Block value consisting of size bytes. If it is impossible to create such a
  //    Data Block, throw a RangeError exception.
  // 3. Set all of the bytes of dataBlock to 0. (calloc zero-fills.)
  DataBlock data_block;
  if (size == 0) return data_block;
  if (size > kMaxDataBlockByteLength) return interpreter::ThrowRangeError(agent, u"Array buffer allocation failed");
  auto* bytes = static_cast<uint8_t*>(std::calloc(static_cast<size_t>(size), 1));
  if (bytes == nullptr) return interpreter::ThrowRangeError(agent, u"Array buffer allocation failed");
  data_block.bytes_.reset(bytes);
  data_block.size_ = static_cast<size_t>(size);
  // 4. Return dataBlock.
  return data_block;
}

// 6.2.9.3 CopyDataBlockBytes ( toBlock, toIndex, fromBlock, fromIndex, count )
// https://tc39.es/ecma262/#sec-copydatablockbytes
// (With one agent, the shared branch's ReadSharedMemory/WriteSharedMemory events are the plain byte copy too.)
void CopyDataBlockBytes(DataBlock& to_block, size_t to_index, const DataBlock& from_block, size_t from_index,
                        size_t count) {
  if (count == 0) return;
  std::memmove(to_block.bytes() + to_index, from_block.bytes() + from_index, count);
}

namespace {

ThrowCompletionOr<ArrayBufferObject*> RequireArrayBuffer(Agent& agent, Value value, const char16_t* message) {
  auto* buffer = value.IsObject() ? dynamic_cast<ArrayBufferObject*>(value.AsObject()) : nullptr;
  if (buffer == nullptr) return interpreter::ThrowTypeError(agent, message);
  return buffer;
}

}  // namespace

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

// 25.1.3.7 GetArrayBufferMaxByteLengthOption ( options )
// https://tc39.es/ecma262/#sec-getarraybuffermaxbytelengthoption
ThrowCompletionOr<std::optional<double>> GetArrayBufferMaxByteLengthOption(Agent& agent, Value options) {
  // 1. If options is not an Object, return ~empty~.
  if (!options.IsObject()) return std::optional<double>();
  // 2. Let maxByteLength be ? Get(options, "maxByteLength").
  Value max_byte_length = TRY(interpreter::Get(agent, options.AsObject(), agent.Key(u"maxByteLength")));
  // 3. If maxByteLength is undefined, return ~empty~.
  if (max_byte_length.IsUndefined()) return std::optional<double>();
  // 4. Return ? ToIndex(maxByteLength).
  return std::optional<double>(TRY(vm::ToIndex(agent, max_byte_length)));
}

namespace {

enum class PreserveResizability { kPreserveResizability, kFixedLength };

// 25.1.3.3 ArrayBufferCopyAndDetach ( arrayBuffer, newLength, preserveResizability )
// https://tc39.es/ecma262/#sec-arraybuffercopyanddetach
ThrowCompletionOr<Value> ArrayBufferCopyAndDetach(Agent& agent, Value array_buffer_value, Value new_length,
                                                  PreserveResizability preserve_resizability,
                                                  const char16_t* method) {
  // 1. Perform ? RequireInternalSlot(arrayBuffer, [[ArrayBufferData]]).
  heap::Handle<ArrayBufferObject> array_buffer(agent.heap(),
                                               TRY(RequireArrayBuffer(agent, array_buffer_value, method)));
  // 2. If IsSharedArrayBuffer(arrayBuffer) is true, throw a TypeError exception.
  if (IsSharedArrayBuffer(array_buffer.get())) {
    return interpreter::ThrowTypeError(agent, u"Cannot transfer a SharedArrayBuffer");
  }
  double new_byte_length;
  // 3. If newLength is undefined, then
  if (new_length.IsUndefined()) {
    // a. Let newByteLength be arrayBuffer.[[ArrayBufferByteLength]].
    new_byte_length = static_cast<double>(array_buffer->array_buffer_byte_length());
  } else {
    // 4. Else, a. Let newByteLength be ? ToIndex(newLength).
    new_byte_length = TRY(vm::ToIndex(agent, new_length));
  }
  // 5. If IsDetachedBuffer(arrayBuffer) is true, throw a TypeError exception.
  if (IsDetachedBuffer(array_buffer.get())) {
    return interpreter::ThrowTypeError(agent, u"Cannot transfer a detached ArrayBuffer");
  }
  std::optional<double> new_max_byte_length;
  // 6. If preserveResizability is ~preserve-resizability~ and IsFixedLengthArrayBuffer(arrayBuffer) is false, then
  if (preserve_resizability == PreserveResizability::kPreserveResizability &&
      !IsFixedLengthArrayBuffer(array_buffer.get())) {
    // a. Let newMaxByteLength be arrayBuffer.[[ArrayBufferMaxByteLength]].
    new_max_byte_length = static_cast<double>(*array_buffer->array_buffer_max_byte_length());
  }
  // 7. Else, a. Let newMaxByteLength be ~empty~.
  // 8. If arrayBuffer.[[ArrayBufferDetachKey]] is not undefined, throw a TypeError exception.
  if (!array_buffer->array_buffer_detach_key().IsUndefined()) {
    return interpreter::ThrowTypeError(agent, u"Cannot transfer an ArrayBuffer with a detach key");
  }
  // 9. Let newBuffer be ? AllocateArrayBuffer(%ArrayBuffer%, newByteLength, newMaxByteLength).
  ArrayBufferObject* new_buffer = TRY(AllocateArrayBuffer(agent, CurrentIntrinsic(agent, Intrinsic::kArrayBuffer),
                                                          new_byte_length, new_max_byte_length));
  // 10. Let copyLength be min(newByteLength, arrayBuffer.[[ArrayBufferByteLength]]).
  size_t copy_length =
      std::min(static_cast<size_t>(new_byte_length), array_buffer->array_buffer_byte_length());
  // 11. Let fromBlock be arrayBuffer.[[ArrayBufferData]].
  // 12. Let toBlock be newBuffer.[[ArrayBufferData]].
  // 13. Perform CopyDataBlockBytes(toBlock, 0, fromBlock, 0, copyLength).
  CopyDataBlockBytes(*new_buffer->array_buffer_data(), 0, *array_buffer->array_buffer_data(), 0, copy_length);
  // 14. Perform ! DetachArrayBuffer(arrayBuffer).
  MUST(DetachArrayBuffer(agent, array_buffer.get()));
  // 15. Return newBuffer.
  return Value::FromObject(new_buffer);
}

// 25.1.4.1 ArrayBuffer ( length [ , options ] )
// https://tc39.es/ecma262/#sec-arraybuffer-length
ThrowCompletionOr<Value> ArrayBufferConstructor(Agent& agent, Value, std::span<const Value> arguments,
                                                Object* new_target) {
  Value length = Argument(arguments, 0);
  Value options = Argument(arguments, 1);
  // 1. If NewTarget is undefined, throw a TypeError exception.
  if (new_target == nullptr) return interpreter::ThrowTypeError(agent, u"Constructor ArrayBuffer requires 'new'");
  // 2. Let byteLength be ? ToIndex(length).
  double byte_length = TRY(vm::ToIndex(agent, length));
  // 3. Let requestedMaxByteLength be ? GetArrayBufferMaxByteLengthOption(options).
  std::optional<double> requested_max_byte_length = TRY(GetArrayBufferMaxByteLengthOption(agent, options));
  // 4. Return ? AllocateArrayBuffer(NewTarget, byteLength, requestedMaxByteLength).
  return Value::FromObject(TRY(AllocateArrayBuffer(agent, new_target, byte_length, requested_max_byte_length)));
}

// 25.1.5.1 ArrayBuffer.isView ( arg )
// https://tc39.es/ecma262/#sec-arraybuffer.isview
ThrowCompletionOr<Value> ArrayBufferIsView(Agent&, Value, std::span<const Value> arguments, Object*) {
  Value arg = Argument(arguments, 0);
  // 1. If arg is not an Object, return false.
  if (!arg.IsObject()) return Value::Boolean(false);
  // 2. If arg has a [[ViewedArrayBuffer]] internal slot, return true.
  if (dynamic_cast<ArrayBufferViewObject*>(arg.AsObject()) != nullptr) return Value::Boolean(true);
  // 3. Return false.
  return Value::Boolean(false);
}

// 25.1.5.3 get ArrayBuffer [ %Symbol.species% ]
// https://tc39.es/ecma262/#sec-get-arraybuffer-%symbol.species%
ThrowCompletionOr<Value> GetArrayBufferSpecies(Agent&, Value this_value, std::span<const Value>, Object*) {
  // 1. Return the this value.
  return this_value;
}

// 25.1.6.1 get ArrayBuffer.prototype.byteLength
// https://tc39.es/ecma262/#sec-get-arraybuffer.prototype.bytelength
ThrowCompletionOr<Value> GetArrayBufferPrototypeByteLength(Agent& agent, Value this_value, std::span<const Value>,
                                                           Object*) {
  // 1. Let obj be the this value.
  // 2. Perform ? RequireInternalSlot(obj, [[ArrayBufferData]]).
  ArrayBufferObject* obj = TRY(RequireArrayBuffer(
      agent, this_value, u"get ArrayBuffer.prototype.byteLength called on a non-ArrayBuffer"));
  // 3. If IsSharedArrayBuffer(obj) is true, throw a TypeError exception.
  if (IsSharedArrayBuffer(obj)) {
    return interpreter::ThrowTypeError(agent, u"get ArrayBuffer.prototype.byteLength called on a SharedArrayBuffer");
  }
  // 4. If IsDetachedBuffer(obj) is true, return +0𝔽.
  if (IsDetachedBuffer(obj)) return Value::Number(0);
  // 5. Let length be obj.[[ArrayBufferByteLength]].
  // 6. Return 𝔽(length).
  return Value::Number(static_cast<double>(obj->array_buffer_byte_length()));
}

// 25.1.6.3 get ArrayBuffer.prototype.detached
// https://tc39.es/ecma262/#sec-get-arraybuffer.prototype.detached
ThrowCompletionOr<Value> GetArrayBufferPrototypeDetached(Agent& agent, Value this_value, std::span<const Value>,
                                                         Object*) {
  // 1. Let obj be the this value.
  // 2. Perform ? RequireInternalSlot(obj, [[ArrayBufferData]]).
  ArrayBufferObject* obj = TRY(
      RequireArrayBuffer(agent, this_value, u"get ArrayBuffer.prototype.detached called on a non-ArrayBuffer"));
  // 3. If IsSharedArrayBuffer(obj) is true, throw a TypeError exception.
  if (IsSharedArrayBuffer(obj)) {
    return interpreter::ThrowTypeError(agent, u"get ArrayBuffer.prototype.detached called on a SharedArrayBuffer");
  }
  // 4. Return IsDetachedBuffer(obj).
  return Value::Boolean(IsDetachedBuffer(obj));
}

// 25.1.6.4 get ArrayBuffer.prototype.maxByteLength
// https://tc39.es/ecma262/#sec-get-arraybuffer.prototype.maxbytelength
ThrowCompletionOr<Value> GetArrayBufferPrototypeMaxByteLength(Agent& agent, Value this_value,
                                                              std::span<const Value>, Object*) {
  // 1. Let obj be the this value.
  // 2. Perform ? RequireInternalSlot(obj, [[ArrayBufferData]]).
  ArrayBufferObject* obj = TRY(RequireArrayBuffer(
      agent, this_value, u"get ArrayBuffer.prototype.maxByteLength called on a non-ArrayBuffer"));
  // 3. If IsSharedArrayBuffer(obj) is true, throw a TypeError exception.
  if (IsSharedArrayBuffer(obj)) {
    return interpreter::ThrowTypeError(agent, u"get ArrayBuffer.prototype.maxByteLength called on a SharedArrayBuffer");
  }
  // 4. If IsDetachedBuffer(obj) is true, return +0𝔽.
  if (IsDetachedBuffer(obj)) return Value::Number(0);
  size_t length;
  // 5. If IsFixedLengthArrayBuffer(obj) is true, then
  if (IsFixedLengthArrayBuffer(obj)) {
    // a. Let length be obj.[[ArrayBufferByteLength]].
    length = obj->array_buffer_byte_length();
  } else {
    // 6. Else, a. Let length be obj.[[ArrayBufferMaxByteLength]].
    length = *obj->array_buffer_max_byte_length();
  }
  // 7. Return 𝔽(length).
  return Value::Number(static_cast<double>(length));
}

// 25.1.6.5 get ArrayBuffer.prototype.resizable
// https://tc39.es/ecma262/#sec-get-arraybuffer.prototype.resizable
ThrowCompletionOr<Value> GetArrayBufferPrototypeResizable(Agent& agent, Value this_value, std::span<const Value>,
                                                          Object*) {
  // 1. Let obj be the this value.
  // 2. Perform ? RequireInternalSlot(obj, [[ArrayBufferData]]).
  ArrayBufferObject* obj = TRY(
      RequireArrayBuffer(agent, this_value, u"get ArrayBuffer.prototype.resizable called on a non-ArrayBuffer"));
  // 3. If IsSharedArrayBuffer(obj) is true, throw a TypeError exception.
  if (IsSharedArrayBuffer(obj)) {
    return interpreter::ThrowTypeError(agent, u"get ArrayBuffer.prototype.resizable called on a SharedArrayBuffer");
  }
  // 4. If IsFixedLengthArrayBuffer(obj) is false, return true.
  // 5. Return false.
  return Value::Boolean(!IsFixedLengthArrayBuffer(obj));
}

// 25.1.3.8 HostResizeArrayBuffer ( buffer, newByteLength )
// https://tc39.es/ecma262/#sec-hostresizearraybuffer
// This host uses the default implementation: return NormalCompletion(~unhandled~).
enum class HostResizeResult { kHandled, kUnhandled };
ThrowCompletionOr<HostResizeResult> HostResizeArrayBuffer(Agent&, ArrayBufferObject*, double) {
  return HostResizeResult::kUnhandled;
}

// 25.1.6.6 ArrayBuffer.prototype.resize ( newLength )
// https://tc39.es/ecma262/#sec-arraybuffer.prototype.resize
ThrowCompletionOr<Value> ArrayBufferPrototypeResize(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                    Object*) {
  Value new_length = Argument(arguments, 0);
  // 1. Let obj be the this value.
  // 2. Perform ? RequireInternalSlot(obj, [[ArrayBufferMaxByteLength]]).
  auto* obj = this_value.IsObject() ? dynamic_cast<ArrayBufferObject*>(this_value.AsObject()) : nullptr;
  if (obj == nullptr || IsFixedLengthArrayBuffer(obj)) {
    return interpreter::ThrowTypeError(agent, u"ArrayBuffer.prototype.resize called on a non-resizable ArrayBuffer");
  }
  heap::Handle<ArrayBufferObject> buffer(agent.heap(), obj);
  // 3. If IsSharedArrayBuffer(obj) is true, throw a TypeError exception.
  if (IsSharedArrayBuffer(buffer.get())) {
    return interpreter::ThrowTypeError(agent, u"ArrayBuffer.prototype.resize called on a SharedArrayBuffer");
  }
  // 4. Let newByteLength be ? ToIndex(newLength).
  double new_byte_length = TRY(vm::ToIndex(agent, new_length));
  // 5. If IsDetachedBuffer(obj) is true, throw a TypeError exception.
  if (IsDetachedBuffer(buffer.get())) return interpreter::ThrowTypeError(agent, u"Cannot resize a detached ArrayBuffer");
  // 6. If newByteLength > obj.[[ArrayBufferMaxByteLength]], throw a RangeError exception.
  if (new_byte_length > static_cast<double>(*buffer->array_buffer_max_byte_length())) {
    return interpreter::ThrowRangeError(agent, u"New length exceeds the ArrayBuffer's maxByteLength");
  }
  // 7. Let hostHandled be ? HostResizeArrayBuffer(obj, newByteLength).
  HostResizeResult host_handled = TRY(HostResizeArrayBuffer(agent, buffer.get(), new_byte_length));
  // 8. If hostHandled is ~handled~, return undefined.
  if (host_handled == HostResizeResult::kHandled) return Value::Undefined();
  // 9. Let oldBlock be obj.[[ArrayBufferData]].
  DataBlock& old_block = *buffer->array_buffer_data();
  // 10. Let newBlock be ? CreateByteDataBlock(newByteLength).
  DataBlock new_block = TRY(CreateByteDataBlock(agent, new_byte_length));
  // 11. Let copyLength be min(newByteLength, obj.[[ArrayBufferByteLength]]).
  size_t copy_length = std::min(static_cast<size_t>(new_byte_length), buffer->array_buffer_byte_length());
  // 12. Perform CopyDataBlockBytes(newBlock, 0, oldBlock, 0, copyLength).
  CopyDataBlockBytes(new_block, 0, old_block, 0, copy_length);
  // 13. NOTE: Neither creation of the new Data Block nor copying from the old Data Block are observable.
  // 14. Set obj.[[ArrayBufferData]] to newBlock.
  // 15. Set obj.[[ArrayBufferByteLength]] to newByteLength. (The block's size is the byte length.)
  buffer->array_buffer_data() = std::move(new_block);
  // 16. Return undefined.
  return Value::Undefined();
}

// 25.1.6.7 ArrayBuffer.prototype.slice ( start, end )
// https://tc39.es/ecma262/#sec-arraybuffer.prototype.slice
ThrowCompletionOr<Value> ArrayBufferPrototypeSlice(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                   Object*) {
  Value start = Argument(arguments, 0);
  Value end = Argument(arguments, 1);
  // 1. Let obj be the this value.
  // 2. Perform ? RequireInternalSlot(obj, [[ArrayBufferData]]).
  heap::Handle<ArrayBufferObject> obj(
      agent.heap(),
      TRY(RequireArrayBuffer(agent, this_value, u"ArrayBuffer.prototype.slice called on a non-ArrayBuffer")));
  // 3. If IsSharedArrayBuffer(obj) is true, throw a TypeError exception.
  if (IsSharedArrayBuffer(obj.get())) {
    return interpreter::ThrowTypeError(agent, u"ArrayBuffer.prototype.slice called on a SharedArrayBuffer");
  }
  // 4. If IsDetachedBuffer(obj) is true, throw a TypeError exception.
  if (IsDetachedBuffer(obj.get())) return interpreter::ThrowTypeError(agent, u"Cannot slice a detached ArrayBuffer");
  // 5. Let length be obj.[[ArrayBufferByteLength]].
  double length = static_cast<double>(obj->array_buffer_byte_length());
  // 6. Let first be ? ToClampedIndex(start, length).
  double first = TRY(ToClampedIndex(agent, start, length));
  // 7. If end is undefined, let final be length; else let final be ? ToClampedIndex(end, length).
  double final = end.IsUndefined() ? length : TRY(ToClampedIndex(agent, end, length));
  // 8. Let newLength be max(final - first, 0).
  double new_length = std::max(final - first, 0.0);
  // 9. Let ctor be ? SpeciesConstructor(obj, %ArrayBuffer%).
  Object* ctor = TRY(vm::SpeciesConstructor(agent, obj.get(), CurrentIntrinsic(agent, Intrinsic::kArrayBuffer)));
  // 10. Let new be ? Construct(ctor, « 𝔽(newLength) »).
  Value construct_arguments[] = {Value::Number(new_length)};
  Object* new_object = TRY(vm::Construct(agent, ctor, construct_arguments));
  // 11. Perform ? RequireInternalSlot(new, [[ArrayBufferData]]).
  ArrayBufferObject* new_buffer = TRY(RequireArrayBuffer(
      agent, Value::FromObject(new_object), u"ArrayBuffer species constructor did not return an ArrayBuffer"));
  // 12. If IsSharedArrayBuffer(new) is true, throw a TypeError exception.
  if (IsSharedArrayBuffer(new_buffer)) {
    return interpreter::ThrowTypeError(agent, u"ArrayBuffer species constructor returned a SharedArrayBuffer");
  }
  // 13. If IsDetachedBuffer(new) is true, throw a TypeError exception.
  if (IsDetachedBuffer(new_buffer)) {
    return interpreter::ThrowTypeError(agent, u"ArrayBuffer species constructor returned a detached ArrayBuffer");
  }
  // 14. If SameValue(new, obj) is true, throw a TypeError exception.
  if (new_buffer == obj.get()) {
    return interpreter::ThrowTypeError(agent, u"ArrayBuffer species constructor returned the same ArrayBuffer");
  }
  // 15. If new.[[ArrayBufferByteLength]] < newLength, throw a TypeError exception.
  if (static_cast<double>(new_buffer->array_buffer_byte_length()) < new_length) {
    return interpreter::ThrowTypeError(agent, u"ArrayBuffer species constructor returned a too small ArrayBuffer");
  }
  // 16. NOTE: Side-effects of the above steps may have detached or resized obj.
  // 17. If IsDetachedBuffer(obj) is true, throw a TypeError exception.
  if (IsDetachedBuffer(obj.get())) return interpreter::ThrowTypeError(agent, u"Cannot slice a detached ArrayBuffer");
  // 18. Let fromBlock be obj.[[ArrayBufferData]].
  // 19. Let toBlock be new.[[ArrayBufferData]].
  // 20. Let currentLength be obj.[[ArrayBufferByteLength]].
  double current_length = static_cast<double>(obj->array_buffer_byte_length());
  // 21. Let maxCount be currentLength - first.
  double max_count = current_length - first;
  // 22. If maxCount > 0, then
  if (max_count > 0) {
    // a. Let count be min(newLength, maxCount).
    double count = std::min(new_length, max_count);
    // b. Perform CopyDataBlockBytes(toBlock, 0, fromBlock, first, count).
    CopyDataBlockBytes(*new_buffer->array_buffer_data(), 0, *obj->array_buffer_data(), static_cast<size_t>(first),
                       static_cast<size_t>(count));
  }
  // 23. Return new.
  return Value::FromObject(new_buffer);
}

// 25.1.6.8 ArrayBuffer.prototype.transfer ( [ newLength ] )
// https://tc39.es/ecma262/#sec-arraybuffer.prototype.transfer
ThrowCompletionOr<Value> ArrayBufferPrototypeTransfer(Agent& agent, Value this_value,
                                                      std::span<const Value> arguments, Object*) {
  // 1. Let obj be the this value.
  // 2. Return ? ArrayBufferCopyAndDetach(obj, newLength, ~preserve-resizability~).
  return ArrayBufferCopyAndDetach(agent, this_value, Argument(arguments, 0),
                                  PreserveResizability::kPreserveResizability,
                                  u"ArrayBuffer.prototype.transfer called on a non-ArrayBuffer");
}

// 25.1.6.9 ArrayBuffer.prototype.transferToFixedLength ( [ newLength ] )
// https://tc39.es/ecma262/#sec-arraybuffer.prototype.transfertofixedlength
ThrowCompletionOr<Value> ArrayBufferPrototypeTransferToFixedLength(Agent& agent, Value this_value,
                                                                   std::span<const Value> arguments, Object*) {
  // 1. Let obj be the this value.
  // 2. Return ? ArrayBufferCopyAndDetach(obj, newLength, ~fixed-length~).
  return ArrayBufferCopyAndDetach(agent, this_value, Argument(arguments, 0), PreserveResizability::kFixedLength,
                                  u"ArrayBuffer.prototype.transferToFixedLength called on a non-ArrayBuffer");
}

}  // namespace

size_t ElementSize(ElementType type) {
  switch (type) {
    case ElementType::kInt8:
    case ElementType::kUint8:
    case ElementType::kUint8Clamped:
      return 1;
    case ElementType::kInt16:
    case ElementType::kUint16:
    case ElementType::kFloat16:
      return 2;
    case ElementType::kInt32:
    case ElementType::kUint32:
    case ElementType::kFloat32:
      return 4;
    case ElementType::kBigInt64:
    case ElementType::kBigUint64:
    case ElementType::kFloat64:
      return 8;
  }
  return 1;
}

// 25.1.3.12 IsBigIntElementType ( type )
// https://tc39.es/ecma262/#sec-isbigintelementtype
bool IsBigIntElementType(ElementType type) {
  // 1. If type is either ~biguint64~ or ~bigint64~, return true.
  // 2. Return false.
  return type == ElementType::kBigUint64 || type == ElementType::kBigInt64;
}

namespace {

// An IEEE 754-2019 binary16 bit pattern's value.
double DecodeBinary16(uint16_t bits) {
  const bool negative = (bits & 0x8000) != 0;
  const int exponent = (bits >> 10) & 0x1f;
  const int fraction = bits & 0x3ff;
  double magnitude;
  if (exponent == 0) {
    magnitude = std::ldexp(fraction, -24);  // zero or subnormal
  } else if (exponent == 31) {
    if (fraction != 0) return std::numeric_limits<double>::quiet_NaN();
    magnitude = std::numeric_limits<double>::infinity();
  } else {
    magnitude = std::ldexp(1024 + fraction, exponent - 25);
  }
  return negative ? -magnitude : magnitude;
}

// The binary16 bit pattern of `value`, converted with roundTiesToEven (Math.f16round's rounding).
uint16_t EncodeBinary16(double value) {
  if (std::isnan(value)) return 0x7e00;
  const double rounded = MathF16round(value);  // exactly representable in binary16 from here on
  const uint16_t sign = std::signbit(rounded) ? 0x8000 : 0;
  const double magnitude = std::fabs(rounded);
  if (std::isinf(magnitude)) return sign | 0x7c00;
  if (magnitude < std::ldexp(1.0, -14)) return sign | static_cast<uint16_t>(std::ldexp(magnitude, 24));
  int exponent;
  std::frexp(magnitude, &exponent);  // magnitude = m × 2^exponent, 0.5 ≤ m < 1
  const int unbiased = exponent - 1;
  const auto fraction = static_cast<uint16_t>(std::ldexp(magnitude, 10 - unbiased) - 1024);
  return sign | static_cast<uint16_t>((unbiased + 15) << 10) | fraction;
}

// 7.1.14 ToUint8Clamp ( argument )
// https://tc39.es/ecma262/#sec-touint8clamp
// (The conversion after ? ToNumber(argument), which the callers have done.)
uint8_t ToUint8Clamp(double number) {
  // 2. If number is NaN, return +0𝔽.
  if (std::isnan(number)) return 0;
  // 3. Let mv be the extended mathematical value of number.
  // 4. Let clamped be the result of clamping mv between 0 and 255.
  const double clamped = std::clamp(number, 0.0, 255.0);
  // 5. Let f be floor(clamped).
  const double f = std::floor(clamped);
  // 6. If clamped < f + 0.5, return 𝔽(f).
  if (clamped < f + 0.5) return static_cast<uint8_t>(f);
  // 7. If clamped > f + 0.5, return 𝔽(f + 1).
  if (clamped > f + 0.5) return static_cast<uint8_t>(f + 1);
  // 8. If f is even, return 𝔽(f). Otherwise, return 𝔽(f + 1).
  return static_cast<uint8_t>(std::fmod(f, 2) == 0 ? f : f + 1);
}

}  // namespace

// 25.1.3.14 RawBytesToNumeric ( type, rawBytes, isLittleEndian )
// https://tc39.es/ecma262/#sec-rawbytestonumeric
Value RawBytesToNumeric(Agent& agent, ElementType type, RawBytes raw_bytes, bool is_little_endian) {
  // 1. Let elementSize be the Element Size value specified in Table 71 for Element Type type.
  const size_t element_size = ElementSize(type);
  // 2. If isLittleEndian is false, reverse the order of the elements of rawBytes.
  if (!is_little_endian) std::reverse(raw_bytes.begin(), raw_bytes.begin() + element_size);
  uint64_t bits = 0;
  for (size_t i = 0; i < element_size; ++i) bits |= uint64_t{raw_bytes[i]} << (8 * i);
  // 3. If type is ~float16~, then a. Let value be the byte elements of rawBytes concatenated and interpreted as a
  //    little-endian bit string encoding of an IEEE 754-2019 binary16 value. b. If value is a NaN, return NaN.
  //    c. Return the Number value that corresponds to value.
  if (type == ElementType::kFloat16) return Value::Number(DecodeBinary16(static_cast<uint16_t>(bits)));
  // 4. If type is ~float32~, then (the same for binary32).
  if (type == ElementType::kFloat32) {
    float value;
    const auto bits32 = static_cast<uint32_t>(bits);
    std::memcpy(&value, &bits32, sizeof value);
    if (std::isnan(value)) return Value::Number(std::numeric_limits<double>::quiet_NaN());
    return Value::Number(static_cast<double>(value));
  }
  // 5. If type is ~float64~, then (the same for binary64).
  if (type == ElementType::kFloat64) {
    double value;
    std::memcpy(&value, &bits, sizeof value);
    if (std::isnan(value)) return Value::Number(std::numeric_limits<double>::quiet_NaN());
    return Value::Number(value);
  }
  // 6. If IsUnsignedElementType(type) is true, then a. Let intValue be the byte elements of rawBytes concatenated
  //    and interpreted as a bit string encoding of an unsigned little-endian binary number.
  // 7. Else, a. Let intValue be the byte elements of rawBytes concatenated and interpreted as a bit string
  //    encoding of a binary little-endian two's complement number of bit length elementSize × 8.
  const bool is_unsigned = type == ElementType::kUint8 || type == ElementType::kUint8Clamped ||
                           type == ElementType::kUint16 ||
                           type == ElementType::kUint32 || type == ElementType::kBigUint64;
  int64_t signed_value = 0;
  if (!is_unsigned) {
    const unsigned unused_bits = 64 - 8 * static_cast<unsigned>(element_size);
    signed_value = static_cast<int64_t>(bits << unused_bits) >> unused_bits;  // sign extension
  }
  // 8. If IsBigIntElementType(type) is true, return the BigInt value that corresponds to intValue.
  if (IsBigIntElementType(type)) {
    return interpreter::vm::MakeBigInt(agent, is_unsigned ? interpreter::BigInteger::FromUint64(bits)
                                                          : interpreter::BigInteger::FromInt64(signed_value));
  }
  // 9. Return the Number value that corresponds to intValue.
  return Value::Number(is_unsigned ? static_cast<double>(bits) : static_cast<double>(signed_value));
}

// 25.1.3.17 NumericToRawBytes ( type, value, isLittleEndian )
// https://tc39.es/ecma262/#sec-numerictorawbytes
RawBytes NumericToRawBytes(Agent& agent, ElementType type, Value value, bool is_little_endian) {
  uint64_t bits;
  // 1. If type is ~float16~, then a. Let rawBytes be a List whose elements are the 2 bytes that are the result of
  //    converting value to IEEE 754-2019 binary16 format using roundTiesToEven mode, in little endian order.
  if (type == ElementType::kFloat16) {
    bits = EncodeBinary16(value.AsNumber());
  } else if (type == ElementType::kFloat32) {
    // 2. Else if type is ~float32~, then a. (the same for binary32; C++'s conversion rounds ties to even).
    const auto single = static_cast<float>(value.AsNumber());
    uint32_t bits32;
    std::memcpy(&bits32, &single, sizeof bits32);
    bits = bits32;
  } else if (type == ElementType::kFloat64) {
    // 3. Else if type is ~float64~, then a. (the binary64 encoding of value).
    const double number = value.AsNumber();
    std::memcpy(&bits, &number, sizeof bits);
  } else if (type == ElementType::kBigInt64) {
    // 4. Else, a. Let n be the Element Size value specified in Table 71 for Element Type type.
    //    b. Let conversionOperation be the abstract operation named in the "Conversion Operation" column of
    //       Table 71 for Element Type type.
    //    c. Let intValue be ℝ(! conversionOperation(value)).
    //    d.-e. Let rawBytes be the n-byte binary (two's complement when negative) encoding of intValue, in little
    //       endian order.
    bits = static_cast<uint64_t>(MUST(interpreter::vm::ToBigInt64(agent, value)));
  } else if (type == ElementType::kBigUint64) {
    bits = MUST(interpreter::vm::ToBigUint64(agent, value));
  } else if (type == ElementType::kUint8Clamped) {
    bits = ToUint8Clamp(value.AsNumber());
  } else {
    // ToInt8, ToUint8, ToInt16, ToUint16, ToInt32, ToUint32 all reduce modulo 2^(8n): the low n bytes of ToUint32.
    bits = interpreter::vm::ToUint32(value.AsNumber());
  }
  RawBytes raw_bytes{};
  const size_t element_size = ElementSize(type);
  for (size_t i = 0; i < element_size; ++i) raw_bytes[i] = static_cast<uint8_t>(bits >> (8 * i));
  // 5. If isLittleEndian is false, reverse the order of the elements of rawBytes.
  if (!is_little_endian) std::reverse(raw_bytes.begin(), raw_bytes.begin() + element_size);
  // 6. Return rawBytes.
  return raw_bytes;
}

// 25.1.3.16 GetValueFromBuffer ( arrayBuffer, byteIndex, type, isTypedArray, order [ , isLittleEndian ] )
// https://tc39.es/ecma262/#sec-getvaluefrombuffer
Value GetValueFromBuffer(Agent& agent, ArrayBufferObject* array_buffer, size_t byte_index, ElementType type,
                         bool is_little_endian) {
  // 1. Assert: IsDetachedBuffer(arrayBuffer) is false.
  // 2. Assert: There are sufficient bytes in arrayBuffer starting at byteIndex to represent a value of type.
  // 3. Let block be arrayBuffer.[[ArrayBufferData]].
  const DataBlock& block = *array_buffer->array_buffer_data();
  // 4. Let elementSize be the Element Size value specified in Table 71 for Element Type type.
  const size_t element_size = ElementSize(type);
  // 5. If IsSharedArrayBuffer(arrayBuffer) is true, then ... let rawValue be
  //    GetRawBytesFromSharedBlock(block, byteIndex, type, isTypedArray, order). (With one agent, the bytes the
  //    ReadSharedMemory event reads are those in the block: the same copy as step 6.)
  // 6. Else, a. Let rawValue be a List whose elements are bytes from block at indices in the interval from
  //    byteIndex (inclusive) to byteIndex + elementSize (exclusive).
  RawBytes raw_value{};
  std::memcpy(raw_value.data(), block.bytes() + byte_index, element_size);
  // 7. Assert: The number of elements in rawValue is elementSize.
  // 8. If isLittleEndian is not present, then ... (Callers pass it; this agent's [[LittleEndian]] is the host's.)
  // 9. Return RawBytesToNumeric(type, rawValue, isLittleEndian).
  return RawBytesToNumeric(agent, type, raw_value, is_little_endian);
}

// 25.1.3.18 SetValueInBuffer ( arrayBuffer, byteIndex, type, value, isTypedArray, order [ , isLittleEndian ] )
// https://tc39.es/ecma262/#sec-setvalueinbuffer
void SetValueInBuffer(Agent& agent, ArrayBufferObject* array_buffer, size_t byte_index, ElementType type,
                      Value value, bool is_little_endian) {
  // 1. Assert: IsDetachedBuffer(arrayBuffer) is false.
  // 2. Assert: There are sufficient bytes in arrayBuffer starting at byteIndex to represent a value of type.
  // 3. Assert: value is a BigInt if IsBigIntElementType(type) is true; else, value is a Number.
  // 4. Let block be arrayBuffer.[[ArrayBufferData]].
  DataBlock& block = *array_buffer->array_buffer_data();
  // 5. Let elementSize be the Element Size value specified in Table 71 for Element Type type.
  const size_t element_size = ElementSize(type);
  // 6. Let agentRecord be the Agent Record of the surrounding agent.
  // 7. If isLittleEndian is not present, then ... (Callers pass it.)
  // 8. Let rawBytes be NumericToRawBytes(type, value, isLittleEndian).
  RawBytes raw_bytes = NumericToRawBytes(agent, type, value, is_little_endian);
  // 9. If IsSharedArrayBuffer(arrayBuffer) is true, then ... append a WriteSharedMemory event of rawBytes to the
  //    agent's events. (With one agent, its effect is the store of step 10.)
  // 10. Else, a. Store the individual bytes of rawBytes into block, starting at block[byteIndex].
  std::memcpy(block.bytes() + byte_index, raw_bytes.data(), element_size);
  // 11. Return ~unused~.
}

// 25.1.3.1 AllocateArrayBuffer ( constructor, byteLength [ , maxByteLength ] )
// https://tc39.es/ecma262/#sec-allocatearraybuffer
ThrowCompletionOr<ArrayBufferObject*> AllocateArrayBuffer(Agent& agent, Object* constructor, double byte_length,
                                                          std::optional<double> max_byte_length) {
  // 1. Let slots be « [[ArrayBufferData]], [[ArrayBufferByteLength]], [[ArrayBufferDetachKey]] ».
  // 2. If maxByteLength is present and maxByteLength is not ~empty~, let allocatingResizableBuffer be true; else
  //    let allocatingResizableBuffer be false.
  bool allocating_resizable_buffer = max_byte_length.has_value();
  // 3. If allocatingResizableBuffer is true, then
  if (allocating_resizable_buffer) {
    // a. If byteLength > maxByteLength, throw a RangeError exception.
    if (byte_length > *max_byte_length) {
      return interpreter::ThrowRangeError(agent, u"ArrayBuffer byteLength exceeds maxByteLength");
    }
    // b. Append [[ArrayBufferMaxByteLength]] to slots.
  }
  // 4. Let obj be ? OrdinaryCreateFromConstructor(constructor, "%ArrayBuffer.prototype%", slots).
  //    (Its observable part, reading constructor.prototype, happens here; the object itself is made once the
  //    Data Block exists, so that the heap counts the block's bytes. Nothing can observe the difference.)
  heap::Handle<Object> proto(agent.heap(),
                             TRY(GetPrototypeFromConstructor(agent, constructor, Intrinsic::kArrayBufferPrototype)));
  // 5. Let block be ? CreateByteDataBlock(byteLength).
  DataBlock block = TRY(CreateByteDataBlock(agent, byte_length));
  // 6. Set obj.[[ArrayBufferData]] to block.
  // 7. Set obj.[[ArrayBufferByteLength]] to byteLength.
  std::optional<size_t> max_byte_length_slot;
  // 8. If allocatingResizableBuffer is true, then
  if (allocating_resizable_buffer) {
    // a. If it is not possible to create a Data Block block consisting of maxByteLength bytes, throw a RangeError
    //    exception.
    // b. NOTE: Resizable ArrayBuffers are designed to be implementable with in-place growth. Implementations may
    //    throw if, for example, virtual memory cannot be reserved up front.
    //    (This implementation grows by reallocating, so only the size limit applies.)
    if (*max_byte_length > kMaxDataBlockByteLength) {
      return interpreter::ThrowRangeError(agent, u"ArrayBuffer maxByteLength is too large");
    }
    // c. Set obj.[[ArrayBufferMaxByteLength]] to maxByteLength.
    max_byte_length_slot = static_cast<size_t>(*max_byte_length);
  }
  // 9. Return obj.
  return interpreter::OrdinaryObjectCreate<ArrayBufferObject>(agent, proto.get(), std::move(block),
                                                              max_byte_length_slot);
}

// 25.1.3.4 IsDetachedBuffer ( arrayBuffer )
// https://tc39.es/ecma262/#sec-isdetachedbuffer
bool IsDetachedBuffer(const ArrayBufferObject* array_buffer) {
  // 1. If arrayBuffer.[[ArrayBufferData]] is null, return true.
  // 2. Return false.
  return !array_buffer->array_buffer_data().has_value();
}

// 25.1.3.5 DetachArrayBuffer ( arrayBuffer [ , key ] )
// https://tc39.es/ecma262/#sec-detacharraybuffer
ThrowCompletionOr<void> DetachArrayBuffer(Agent& agent, ArrayBufferObject* array_buffer, Value key) {
  // 1. Assert: IsSharedArrayBuffer(arrayBuffer) is false. (A host that asks anyway gets a TypeError.)
  if (IsSharedArrayBuffer(array_buffer)) return interpreter::ThrowTypeError(agent, u"Cannot detach a SharedArrayBuffer");
  // 2. If key is not present, set key to undefined. (The parameter's default.)
  // 3. If arrayBuffer.[[ArrayBufferDetachKey]] is not key, throw a TypeError exception.
  if (!interpreter::SameValue(array_buffer->array_buffer_detach_key(), key)) {
    return interpreter::ThrowTypeError(agent, u"ArrayBuffer detach key mismatch");
  }
  // 4. Set arrayBuffer.[[ArrayBufferData]] to null.
  // 5. Set arrayBuffer.[[ArrayBufferByteLength]] to 0. (A detached buffer's byte length reads as 0.)
  array_buffer->array_buffer_data().reset();
  // 6. Return ~unused~.
  return {};
}

// 25.1.3.9 IsFixedLengthArrayBuffer ( arrayBuffer )
// https://tc39.es/ecma262/#sec-isfixedlengtharraybuffer
bool IsFixedLengthArrayBuffer(const ArrayBufferObject* array_buffer) {
  // 1. If arrayBuffer has an [[ArrayBufferMaxByteLength]] internal slot, return false.
  // 2. Return true.
  return !array_buffer->array_buffer_max_byte_length().has_value();
}

// 25.2.2.2 IsSharedArrayBuffer ( obj )
// https://tc39.es/ecma262/#sec-issharedarraybuffer
bool IsSharedArrayBuffer(const ArrayBufferObject* obj) {
  // 1. If obj.[[ArrayBufferData]] is a Shared Data Block, return true.
  // 2. Return false.
  return obj->is_shared();
}

// 25.2.2.3 IsGrowableSharedArrayBuffer ( obj )
// https://tc39.es/ecma262/#sec-isgrowablesharedarraybuffer
bool IsGrowableSharedArrayBuffer(const ArrayBufferObject* obj) {
  // 1. If IsSharedArrayBuffer(obj) is true and obj has an [[ArrayBufferByteLengthData]] internal slot, return true.
  // 2. Return false.
  return IsSharedArrayBuffer(obj) && obj->array_buffer_byte_length_data().has_value();
}

// 25.1.3.2 ArrayBufferByteLength ( arrayBuffer, order )
// https://tc39.es/ecma262/#sec-arraybufferbytelength
size_t ArrayBufferByteLength(const ArrayBufferObject* array_buffer) {
  // 1. If IsGrowableSharedArrayBuffer(arrayBuffer) is true, then
  if (IsGrowableSharedArrayBuffer(array_buffer)) {
    // a. Let bufferByteLengthBlock be arrayBuffer.[[ArrayBufferByteLengthData]].
    // b. Let rawLength be GetRawBytesFromSharedBlock(bufferByteLengthBlock, 0, ~biguint64~, true, order).
    // c. Let agentRecord be the Agent Record of the surrounding agent.
    // d. Let isLittleEndian be agentRecord.[[LittleEndian]].
    // e. Return ℝ(RawBytesToNumeric(~biguint64~, rawLength, isLittleEndian)).
    return *array_buffer->array_buffer_byte_length_data();
  }
  // 2. Assert: IsDetachedBuffer(arrayBuffer) is false.
  // 3. Return arrayBuffer.[[ArrayBufferByteLength]].
  return array_buffer->array_buffer_byte_length();
}

// 25.1.3.19 GetModifySetValueInBuffer ( arrayBuffer, byteIndex, type, value, op )
// https://tc39.es/ecma262/#sec-getmodifysetvalueinbuffer
Value GetModifySetValueInBuffer(Agent& agent, ArrayBufferObject* array_buffer, size_t byte_index, ElementType type,
                                Value value, ReadModifyWriteModification op) {
  // 1. Assert: IsDetachedBuffer(arrayBuffer) is false.
  // 2. Assert: There are sufficient bytes in arrayBuffer starting at byteIndex to represent a value of type.
  // 3. Assert: value is a BigInt if IsBigIntElementType(type) is true; else, value is a Number.
  // 4. Let block be arrayBuffer.[[ArrayBufferData]].
  DataBlock& block = *array_buffer->array_buffer_data();
  // 5. Let elementSize be the Element Size value specified in Table 71 for Element Type type.
  const size_t element_size = ElementSize(type);
  // 6. Let agentRecord be the Agent Record of the surrounding agent.
  // 7. Let isLittleEndian be agentRecord.[[LittleEndian]].
  constexpr bool is_little_endian = kAgentIsLittleEndian;
  // 8. Let rawBytes be NumericToRawBytes(type, value, isLittleEndian).
  const RawBytes raw_bytes = NumericToRawBytes(agent, type, value, is_little_endian);
  // 9. If IsSharedArrayBuffer(arrayBuffer) is true, then ... a ReadModifyWriteSharedMemory event whose
  //    [[ModifyOp]] is op reads rawBytesRead. (With one agent, nothing can come between its read and its write:
  //    its effect is that of step 10.)
  // 10. Else,
  //   a. Let rawBytesRead be a List of length elementSize whose elements are the sequence of elementSize bytes
  //      starting with block[byteIndex].
  RawBytes raw_bytes_read{};
  std::memcpy(raw_bytes_read.data(), block.bytes() + byte_index, element_size);
  //   b. Let rawBytesModified be op(rawBytesRead, rawBytes).
  const RawBytes raw_bytes_modified = op(type, raw_bytes_read, raw_bytes);
  //   c. Store the individual bytes of rawBytesModified into block, starting at block[byteIndex].
  std::memcpy(block.bytes() + byte_index, raw_bytes_modified.data(), element_size);
  // 11. Return RawBytesToNumeric(type, rawBytesRead, isLittleEndian).
  return RawBytesToNumeric(agent, type, raw_bytes_read, is_little_endian);
}

void CreateArrayBufferIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 25.1.6 Properties of the ArrayBuffer Prototype Object: an ordinary object, [[Prototype]] %Object.prototype%,
  // without [[ArrayBufferData]] or [[ArrayBufferByteLength]].
  heap::Handle<Object> prototype(
      agent.heap(), interpreter::OrdinaryObjectCreate(agent, realm->intrinsic(Intrinsic::kObjectPrototype)));
  realm->set_intrinsic(Intrinsic::kArrayBufferPrototype, prototype);
  // 25.1.5 Properties of the ArrayBuffer Constructor.
  heap::Handle<Object> constructor(agent.heap(), CreateBuiltinConstructor(agent, realm, Intrinsic::kArrayBuffer,
                                                                          u"ArrayBuffer", 1, ArrayBufferConstructor,
                                                                          prototype));
  DefineBuiltinMethod(agent, realm, constructor, u"isView", 1, ArrayBufferIsView);
  DefineBuiltinAccessor(agent, realm, constructor,
                        PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kSpecies)),
                        GetArrayBufferSpecies);

  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"byteLength"), GetArrayBufferPrototypeByteLength);
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"detached"), GetArrayBufferPrototypeDetached);
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"maxByteLength"), GetArrayBufferPrototypeMaxByteLength);
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"resizable"), GetArrayBufferPrototypeResizable);
  DefineBuiltinMethod(agent, realm, prototype, u"resize", 1, ArrayBufferPrototypeResize);
  DefineBuiltinMethod(agent, realm, prototype, u"slice", 2, ArrayBufferPrototypeSlice);
  DefineBuiltinMethod(agent, realm, prototype, u"transfer", 0, ArrayBufferPrototypeTransfer);
  DefineBuiltinMethod(agent, realm, prototype, u"transferToFixedLength", 0,
                      ArrayBufferPrototypeTransferToFixedLength);
  // 25.1.6.10 ArrayBuffer.prototype [ %Symbol.toStringTag% ]: "ArrayBuffer", { [[Writable]]: false,
  // [[Enumerable]]: false, [[Configurable]]: true }.
  DefineBuiltinData(agent, prototype, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag)),
                    agent.InternedString(u"ArrayBuffer"), false, false, true);
}

}  // namespace async_runtime::builtins
