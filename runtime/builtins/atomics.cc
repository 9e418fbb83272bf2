#include "runtime/builtins/atomics.h"

#include <atomic>
#include <cmath>
#include <cstring>

#include "runtime/builtins/array_buffer.h"
#include "runtime/builtins/typed_array.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/bigint_operations.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

namespace vm = interpreter::vm;

namespace {

// The Agent Record fields this agent's Atomics read (9.6 Agents, table-agent-record).
// [[CanBlock]]: the host runs scripts on its main thread, which must not suspend.
constexpr bool kAgentCanBlock = false;
// [[IsLockFree1]], [[IsLockFree2]], [[IsLockFree8]]: whether the hardware's atomic operations on 1, 2 and 8
// bytes are lock-free.
constexpr bool kAgentIsLockFree1 = std::atomic<uint8_t>::is_always_lock_free;
constexpr bool kAgentIsLockFree2 = std::atomic<uint16_t>::is_always_lock_free;
constexpr bool kAgentIsLockFree8 = std::atomic<uint64_t>::is_always_lock_free;

// 9.6.2 AgentCanSuspend ( )
// https://tc39.es/ecma262/#sec-agentcansuspend
bool AgentCanSuspend() {
  // 1. Let agentRecord be the Agent Record of the surrounding agent.
  // 2. Return agentRecord.[[CanBlock]].
  return kAgentCanBlock;
}

// 25.1.3.11 IsUnclampedIntegerElementType ( type )
// https://tc39.es/ecma262/#sec-isunclampedintegerelementtype
bool IsUnclampedIntegerElementType(ElementType type) {
  // 1. If type is one of ~int8~, ~uint8~, ~int16~, ~uint16~, ~int32~, or ~uint32~, return true.
  // 2. Return false.
  switch (type) {
    case ElementType::kInt8:
    case ElementType::kUint8:
    case ElementType::kInt16:
    case ElementType::kUint16:
    case ElementType::kInt32:
    case ElementType::kUint32:
      return true;
    default:
      return false;
  }
}

enum class MemoryOrder { kSeqCst, kUnordered, kInit };

// 25.1.3.13 IsNoTearConfiguration ( type, order )
// https://tc39.es/ecma262/#sec-isnotearconfiguration
bool IsNoTearConfiguration(ElementType type, MemoryOrder order) {
  // 1. If IsUnclampedIntegerElementType(type) is true, return true.
  if (IsUnclampedIntegerElementType(type)) return true;
  // 2. If IsBigIntElementType(type) is true and order is ~seq-cst~, return true.
  if (IsBigIntElementType(type) && order == MemoryOrder::kSeqCst) return true;
  // 3. Return false.
  return false;
}

// 25.4.3.1 ValidateIntegerTypedArray ( ta, waitable )
// https://tc39.es/ecma262/#sec-validateintegertypedarray
ThrowCompletionOr<TypedArrayWithBufferWitnessRecord> ValidateIntegerTypedArray(Agent& agent, Value ta,
                                                                               bool waitable) {
  // 1. NOTE: Bounds checking is not a synchronizing operation when ta's backing buffer is a growable
  //    SharedArrayBuffer.
  // 2. Let taRecord be ? ValidateTypedArray(ta, ~unordered~).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArray(agent, ta));
  // 3. Let elementType be TypedArrayElementType(ta).
  const ElementType element_type = TypedArrayElementType(ta_record.object);
  // 4. If IsNoTearConfiguration(elementType, ~seq-cst~) is false, throw a TypeError exception.
  if (!IsNoTearConfiguration(element_type, MemoryOrder::kSeqCst)) {
    return interpreter::ThrowTypeError(agent, u"Atomics operations require an integer TypedArray");
  }
  // 5. If waitable is true and elementType is neither ~int32~ nor ~bigint64~, throw a TypeError exception.
  if (waitable && element_type != ElementType::kInt32 && element_type != ElementType::kBigInt64) {
    return interpreter::ThrowTypeError(agent, u"Atomics.wait and Atomics.notify require an Int32Array or a "
                                              u"BigInt64Array");
  }
  // 6. Return taRecord.
  return ta_record;
}

// 25.4.3.2 ValidateAtomicAccess ( taRecord, requestIndex )
// https://tc39.es/ecma262/#sec-validateatomicaccess
ThrowCompletionOr<size_t> ValidateAtomicAccess(Agent& agent, const TypedArrayWithBufferWitnessRecord& ta_record,
                                               Value request_index) {
  // 1. Let length be TypedArrayLength(taRecord).
  const size_t length = TypedArrayLength(ta_record);
  // (ToIndex may run script: the TypedArray stays rooted across it.)
  heap::Handle<TypedArrayObject> ta(agent.heap(), ta_record.object);
  // 2. Let accessIndex be ? ToIndex(requestIndex).
  const double access_index = TRY(vm::ToIndex(agent, request_index));
  // 3. Assert: accessIndex ≥ 0.
  // 4. If accessIndex ≥ length, throw a RangeError exception.
  if (access_index >= static_cast<double>(length)) {
    return interpreter::ThrowRangeError(agent, u"Atomics access index is out of range");
  }
  // 5. Let ta be taRecord.[[Object]].
  // 6. Let elementSize be TypedArrayElementSize(ta).
  const size_t element_size = TypedArrayElementSize(ta.get());
  // 7. Let offset be ta.[[ByteOffset]].
  const size_t offset = ta->byte_offset();
  // 8. Return (accessIndex × elementSize) + offset.
  return static_cast<size_t>(access_index) * element_size + offset;
}

// 25.4.3.3 ValidateAtomicAccessOnIntegerTypedArray ( ta, requestIndex )
// https://tc39.es/ecma262/#sec-validateatomicaccessonintegertypedarray
ThrowCompletionOr<size_t> ValidateAtomicAccessOnIntegerTypedArray(Agent& agent, Value ta, Value request_index) {
  // 1. Let taRecord be ? ValidateIntegerTypedArray(ta, false).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateIntegerTypedArray(agent, ta, false));
  // 2. Return ? ValidateAtomicAccess(taRecord, requestIndex).
  return ValidateAtomicAccess(agent, ta_record, request_index);
}

// 25.4.3.4 RevalidateAtomicAccess ( ta, byteIndexInBuffer )
// https://tc39.es/ecma262/#sec-revalidateatomicaccess
ThrowCompletionOr<void> RevalidateAtomicAccess(Agent& agent, TypedArrayObject* ta, size_t byte_index_in_buffer) {
  // 1. NOTE: Bounds checking is not a synchronizing operation when ta's backing buffer is a growable
  //    SharedArrayBuffer.
  // 2. Let taRecord be ? ValidateTypedArrayBounds(ta, ~unordered~).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArrayBounds(agent, ta));
  // 3. Assert: byteIndexInBuffer ≥ ta.[[ByteOffset]].
  // 4. If byteIndexInBuffer ≥ taRecord.[[CachedBufferByteLength]], throw a RangeError exception.
  if (byte_index_in_buffer >= *ta_record.cached_buffer_byte_length) {
    return interpreter::ThrowRangeError(agent, u"Atomics access index is out of range");
  }
  // 5. Return ~unused~.
  return {};
}

// The integer whose little-endian two's complement (or unsigned) encoding is the first ElementSize(type) bytes,
// reduced modulo 2^64: the value RawBytesToNumeric reads, as far as modular arithmetic is concerned.
uint64_t RawBytesToModularInteger(ElementType type, const RawBytes& raw_bytes) {
  const size_t element_size = ElementSize(type);
  uint64_t bits = 0;
  for (size_t i = 0; i < element_size; ++i) {
    const size_t byte = kAgentIsLittleEndian ? i : element_size - 1 - i;
    bits |= uint64_t{raw_bytes[byte]} << (8 * i);
  }
  return bits;
}

// The first ElementSize(type) bytes of the encoding of `bits` modulo 2^(8 × elementSize): what
// NumericToRawBytes makes of a Number or BigInt congruent to `bits` (the integer conversions of Table 71
// reduce modulo 2^(8 × elementSize)).
RawBytes ModularIntegerToRawBytes(ElementType type, uint64_t bits) {
  const size_t element_size = ElementSize(type);
  RawBytes raw_bytes{};
  for (size_t i = 0; i < element_size; ++i) {
    const size_t byte = kAgentIsLittleEndian ? i : element_size - 1 - i;
    raw_bytes[byte] = static_cast<uint8_t>(bits >> (8 * i));
  }
  return raw_bytes;
}

// The read-modify-write modification function of 25.4.4 Atomics.add: the sum of the two integers read from
// xBytes and yBytes (RawBytesToNumeric), converted back with NumericToRawBytes. Only integer element types reach
// it (ValidateIntegerTypedArray), whose conversion reduces modulo 2^(8 × elementSize), so the sum of the
// encodings modulo 2^64 has the same bytes.
RawBytes AddModification(ElementType type, const RawBytes& x_bytes, const RawBytes& y_bytes) {
  return ModularIntegerToRawBytes(type,
                                  RawBytesToModularInteger(type, x_bytes) + RawBytesToModularInteger(type, y_bytes));
}

// The read-modify-write modification function of 25.4.14 Atomics.sub (as AddModification, for the difference).
RawBytes SubtractModification(ElementType type, const RawBytes& x_bytes, const RawBytes& y_bytes) {
  return ModularIntegerToRawBytes(type,
                                  RawBytesToModularInteger(type, x_bytes) - RawBytesToModularInteger(type, y_bytes));
}

enum class BitwiseOp { kAnd, kXor, kOr };

// 25.4.3.18 ByteListBitwiseOp ( op, xBytes, yBytes )
// https://tc39.es/ecma262/#sec-bytelistbitwiseop
RawBytes ByteListBitwiseOp(BitwiseOp op, const RawBytes& x_bytes, const RawBytes& y_bytes) {
  // 1. Assert: xBytes and yBytes have the same number of elements.
  // 2. Let result be a new empty List.
  RawBytes result{};
  // 3. Let i be 0.
  // 4. For each element xByte of xBytes, do (the unused bytes of both are 0 and stay so)
  for (size_t i = 0; i < x_bytes.size(); ++i) {
    // a. Let yByte be yBytes[i].
    const uint8_t y_byte = y_bytes[i];
    uint8_t result_byte;
    if (op == BitwiseOp::kAnd) {
      // b. If op is &, then i. Let resultByte be the result of applying the bitwise AND operation to xByte and
      //    yByte.
      result_byte = x_bytes[i] & y_byte;
    } else if (op == BitwiseOp::kXor) {
      // c. Else if op is ^, then i. Let resultByte be the result of applying the bitwise exclusive OR (XOR)
      //    operation to xByte and yByte.
      result_byte = x_bytes[i] ^ y_byte;
    } else {
      // d. Else, i. Assert: op is |. ii. Let resultByte be the result of applying the bitwise inclusive OR
      //    operation to xByte and yByte.
      result_byte = x_bytes[i] | y_byte;
    }
    // e. Set i to i + 1.
    // f. Append resultByte to result.
    result[i] = result_byte;
  }
  // 5. Return result.
  return result;
}

// 25.4.3.19 ByteListEqual ( xBytes, yBytes )
// https://tc39.es/ecma262/#sec-bytelistequal
bool ByteListEqual(const RawBytes& x_bytes, const RawBytes& y_bytes, size_t element_size) {
  // 1. If xBytes and yBytes do not have the same number of elements, return false. (Both have elementSize.)
  // 2. Let i be 0.
  // 3. For each element xByte of xBytes, do
  for (size_t i = 0; i < element_size; ++i) {
    // a. Let yByte be yBytes[i].
    // b. If xByte ≠ yByte, return false.
    if (x_bytes[i] != y_bytes[i]) return false;
    // c. Set i to i + 1.
  }
  // 4. Return true.
  return true;
}

// 25.4.3.17 AtomicReadModifyWrite ( ta, index, value, op )
// https://tc39.es/ecma262/#sec-atomicreadmodifywrite
ThrowCompletionOr<Value> AtomicReadModifyWrite(Agent& agent, Value ta_value, Value index, Value value,
                                               ReadModifyWriteModification op) {
  // 1. Let byteIndexInBuffer be ? ValidateAtomicAccessOnIntegerTypedArray(ta, index).
  const size_t byte_index_in_buffer = TRY(ValidateAtomicAccessOnIntegerTypedArray(agent, ta_value, index));
  heap::Handle<TypedArrayObject> ta(agent.heap(), AsTypedArray(ta_value));
  interpreter::RootedValue coerced(agent.heap());
  // 2. If ta.[[ContentType]] is ~bigint~, let coerced be ? ToBigInt(value).
  if (ta->has_bigint_content()) {
    coerced = TRY(vm::ToBigInt(agent, value));
  } else {
    // 3. Else, let coerced be 𝔽(? ToIntegerOrInfinity(value)).
    coerced = Value::Number(TRY(vm::ToIntegerOrInfinity(agent, value)) + 0.0);  // + 0.0: ToIntegerOrInfinity(-0) is 0
  }
  // 4. Perform ? RevalidateAtomicAccess(ta, byteIndexInBuffer).
  TRY(RevalidateAtomicAccess(agent, ta.get(), byte_index_in_buffer));
  // 5. Let buffer be ta.[[ViewedArrayBuffer]].
  // 6. Let elementType be TypedArrayElementType(ta).
  // 7. Return GetModifySetValueInBuffer(buffer, byteIndexInBuffer, elementType, coerced, op).
  return GetModifySetValueInBuffer(agent, ta->viewed_array_buffer(), byte_index_in_buffer,
                                   TypedArrayElementType(ta.get()), coerced, op);
}

// 25.4.3.16 AtomicCompareExchangeInSharedBlock ( block, byteIndexInBuffer, elementSize, expectedBytes,
// replacementBytes )
// https://tc39.es/ecma262/#sec-atomiccompareexchangeinsharedblock
RawBytes AtomicCompareExchangeInSharedBlock(DataBlock& block, size_t byte_index_in_buffer, size_t element_size,
                                            const RawBytes& expected_bytes, const RawBytes& replacement_bytes) {
  // 1. Let agentRecord be the Agent Record of the surrounding agent.
  // 2. Let execution be agentRecord.[[CandidateExecution]].
  // 3. Let eventsRecord be the Agent Events Record of execution.[[EventsRecords]] whose [[AgentSignifier]] is
  //    AgentSignifier().
  // 4. Let rawBytesRead be a List of length elementSize whose elements are nondeterministically chosen byte
  //    values. (With one agent, the candidate executions allow only the bytes in the block.)
  RawBytes raw_bytes_read{};
  std::memcpy(raw_bytes_read.data(), block.bytes() + byte_index_in_buffer, element_size);
  // 5. NOTE: In implementations, rawBytesRead is the result of a load-link, of a load-exclusive, or of an operand
  //    of a read-modify-write instruction on the underlying hardware. The nondeterminism is a semantic
  //    prescription of the memory model to describe observable behaviour of hardware with weak consistency.
  // 6. NOTE: The comparison of the expected value and the read value is performed outside of the
  //    read-modify-write modification function to avoid needlessly strong synchronization when the expected
  //    value is not equal to the read value.
  // 7. If ByteListEqual(rawBytesRead, expectedBytes) is true, then
  if (ByteListEqual(raw_bytes_read, expected_bytes, element_size)) {
    // a. Let second be a new read-modify-write modification function with parameters (oldBytes, newBytes) that
    //    captures nothing and performs the following steps atomically when called: i. Return newBytes.
    // b. Let event be ReadModifyWriteSharedMemory { [[Order]]: ~seq-cst~, [[NoTear]]: true, [[Block]]: block,
    //    [[ByteIndex]]: byteIndexInBuffer, [[ElementSize]]: elementSize, [[Payload]]: replacementBytes,
    //    [[ModifyOp]]: second }. (Its effect: the replacement bytes are stored.)
    std::memcpy(block.bytes() + byte_index_in_buffer, replacement_bytes.data(), element_size);
  }
  // 8. Else, a. Let event be ReadSharedMemory { [[Order]]: ~seq-cst~, [[NoTear]]: true, [[Block]]: block,
  //    [[ByteIndex]]: byteIndexInBuffer, [[ElementSize]]: elementSize }.
  // 9. Append event to eventsRecord.[[EventList]].
  // 10. Append Chosen Value Record { [[Event]]: event, [[ChosenValue]]: rawBytesRead } to execution.[[ChosenValues]].
  // 11. Return rawBytesRead.
  return raw_bytes_read;
}

// 25.4.4 Atomics.add ( ta, index, value )
// https://tc39.es/ecma262/#sec-atomics.add
ThrowCompletionOr<Value> AtomicsAdd(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let add be a new read-modify-write modification function with parameters (xBytes, yBytes) that captures ta
  //    and performs the following steps atomically when called: (AddModification)
  // 2. Return ? AtomicReadModifyWrite(ta, index, value, add).
  return AtomicReadModifyWrite(agent, Argument(arguments, 0), Argument(arguments, 1), Argument(arguments, 2),
                               AddModification);
}

// 25.4.5 Atomics.and ( ta, index, value )
// https://tc39.es/ecma262/#sec-atomics.and
ThrowCompletionOr<Value> AtomicsAnd(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let and be a new read-modify-write modification function with parameters (xBytes, yBytes) that captures
  //    nothing and performs the following steps atomically when called:
  //    a. Return ByteListBitwiseOp(&, xBytes, yBytes).
  // 2. Return ? AtomicReadModifyWrite(ta, index, value, and).
  return AtomicReadModifyWrite(agent, Argument(arguments, 0), Argument(arguments, 1), Argument(arguments, 2),
                               [](ElementType, const RawBytes& x_bytes, const RawBytes& y_bytes) {
                                 return ByteListBitwiseOp(BitwiseOp::kAnd, x_bytes, y_bytes);
                               });
}

// 25.4.6 Atomics.compareExchange ( ta, index, expectedValue, replacementValue )
// https://tc39.es/ecma262/#sec-atomics.compareexchange
ThrowCompletionOr<Value> AtomicsCompareExchange(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value ta_value = Argument(arguments, 0);
  Value expected_value = Argument(arguments, 2);
  Value replacement_value = Argument(arguments, 3);
  // 1. Let byteIndexInBuffer be ? ValidateAtomicAccessOnIntegerTypedArray(ta, index).
  const size_t byte_index_in_buffer =
      TRY(ValidateAtomicAccessOnIntegerTypedArray(agent, ta_value, Argument(arguments, 1)));
  heap::Handle<TypedArrayObject> ta(agent.heap(), AsTypedArray(ta_value));
  // 2. Let buffer be ta.[[ViewedArrayBuffer]].
  // 3. Let block be buffer.[[ArrayBufferData]]. (Read after step 10: coercions cannot replace it, only detach
  //    it, which step 10 rejects.)
  interpreter::RootedValue expected(agent.heap());
  interpreter::RootedValue replacement(agent.heap());
  // 4. If ta.[[ContentType]] is ~bigint~, then
  if (ta->has_bigint_content()) {
    // a. Let expected be ? ToBigInt(expectedValue).
    expected = TRY(vm::ToBigInt(agent, expected_value));
    // b. Let replacement be ? ToBigInt(replacementValue).
    replacement = TRY(vm::ToBigInt(agent, replacement_value));
  } else {
    // 5. Else,
    //   a. Let expected be 𝔽(? ToIntegerOrInfinity(expectedValue)).
    expected = Value::Number(TRY(vm::ToIntegerOrInfinity(agent, expected_value)) + 0.0);
    //   b. Let replacement be 𝔽(? ToIntegerOrInfinity(replacementValue)).
    replacement = Value::Number(TRY(vm::ToIntegerOrInfinity(agent, replacement_value)) + 0.0);
  }
  // 6. Perform ? RevalidateAtomicAccess(ta, byteIndexInBuffer).
  TRY(RevalidateAtomicAccess(agent, ta.get(), byte_index_in_buffer));
  ArrayBufferObject* buffer = ta->viewed_array_buffer();
  DataBlock& block = *buffer->array_buffer_data();
  // 7. Let elementType be TypedArrayElementType(ta).
  const ElementType element_type = TypedArrayElementType(ta.get());
  // 8. Let elementSize be TypedArrayElementSize(ta).
  const size_t element_size = TypedArrayElementSize(ta.get());
  // 9. Let agentRecord be the Agent Record of the surrounding agent.
  // 10. Let isLittleEndian be agentRecord.[[LittleEndian]].
  constexpr bool is_little_endian = kAgentIsLittleEndian;
  // 11. Let expectedBytes be NumericToRawBytes(elementType, expected, isLittleEndian).
  const RawBytes expected_bytes = NumericToRawBytes(agent, element_type, expected, is_little_endian);
  // 12. Let replacementBytes be NumericToRawBytes(elementType, replacement, isLittleEndian).
  const RawBytes replacement_bytes = NumericToRawBytes(agent, element_type, replacement, is_little_endian);
  RawBytes raw_bytes_read;
  // 13. If IsSharedArrayBuffer(buffer) is true, then
  if (IsSharedArrayBuffer(buffer)) {
    // a. Let rawBytesRead be AtomicCompareExchangeInSharedBlock(block, byteIndexInBuffer, elementSize,
    //    expectedBytes, replacementBytes).
    raw_bytes_read = AtomicCompareExchangeInSharedBlock(block, byte_index_in_buffer, element_size, expected_bytes,
                                                        replacement_bytes);
  } else {
    // 14. Else,
    //   a. Let rawBytesRead be a List of length elementSize whose elements are the sequence of elementSize bytes
    //      starting with block[byteIndexInBuffer].
    raw_bytes_read = {};
    std::memcpy(raw_bytes_read.data(), block.bytes() + byte_index_in_buffer, element_size);
    //   b. If ByteListEqual(rawBytesRead, expectedBytes) is true, then
    if (ByteListEqual(raw_bytes_read, expected_bytes, element_size)) {
      //  i. Store the individual bytes of replacementBytes into block, starting at block[byteIndexInBuffer].
      std::memcpy(block.bytes() + byte_index_in_buffer, replacement_bytes.data(), element_size);
    }
  }
  // 15. Return RawBytesToNumeric(elementType, rawBytesRead, isLittleEndian).
  return RawBytesToNumeric(agent, element_type, raw_bytes_read, is_little_endian);
}

// 25.4.7 Atomics.exchange ( ta, index, value )
// https://tc39.es/ecma262/#sec-atomics.exchange
ThrowCompletionOr<Value> AtomicsExchange(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let second be a new read-modify-write modification function with parameters (oldBytes, newBytes) that
  //    captures nothing and performs the following steps atomically when called:
  //    a. Return newBytes.
  // 2. Return ? AtomicReadModifyWrite(ta, index, value, second).
  return AtomicReadModifyWrite(agent, Argument(arguments, 0), Argument(arguments, 1), Argument(arguments, 2),
                               [](ElementType, const RawBytes&, const RawBytes& new_bytes) { return new_bytes; });
}

// 25.4.8 Atomics.isLockFree ( size )
// https://tc39.es/ecma262/#sec-atomics.islockfree
ThrowCompletionOr<Value> AtomicsIsLockFree(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let n be ? ToIntegerOrInfinity(size).
  const double n = TRY(vm::ToIntegerOrInfinity(agent, Argument(arguments, 0)));
  // 2. Let agentRecord be the Agent Record of the surrounding agent.
  // 3. If n = 1, return agentRecord.[[IsLockFree1]].
  if (n == 1) return Value::Boolean(kAgentIsLockFree1);
  // 4. If n = 2, return agentRecord.[[IsLockFree2]].
  if (n == 2) return Value::Boolean(kAgentIsLockFree2);
  // 5. If n = 4, return true.
  if (n == 4) return Value::Boolean(true);
  // 6. If n = 8, return agentRecord.[[IsLockFree8]].
  if (n == 8) return Value::Boolean(kAgentIsLockFree8);
  // 7. Return false.
  return Value::Boolean(false);
}

// 25.4.9 Atomics.load ( ta, index )
// https://tc39.es/ecma262/#sec-atomics.load
ThrowCompletionOr<Value> AtomicsLoad(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value ta_value = Argument(arguments, 0);
  // 1. Let byteIndexInBuffer be ? ValidateAtomicAccessOnIntegerTypedArray(ta, index).
  const size_t byte_index_in_buffer =
      TRY(ValidateAtomicAccessOnIntegerTypedArray(agent, ta_value, Argument(arguments, 1)));
  TypedArrayObject* ta = AsTypedArray(ta_value);
  // 2. Perform ? RevalidateAtomicAccess(ta, byteIndexInBuffer).
  TRY(RevalidateAtomicAccess(agent, ta, byte_index_in_buffer));
  // 3. Let buffer be ta.[[ViewedArrayBuffer]].
  // 4. Let elementType be TypedArrayElementType(ta).
  // 5. Return GetValueFromBuffer(buffer, byteIndexInBuffer, elementType, true, ~seq-cst~).
  return GetValueFromBuffer(agent, ta->viewed_array_buffer(), byte_index_in_buffer, TypedArrayElementType(ta),
                            kAgentIsLittleEndian);
}

// 25.4.10 Atomics.notify ( ta, index, count )
// https://tc39.es/ecma262/#sec-atomics.notify
ThrowCompletionOr<Value> AtomicsNotify(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value ta_value = Argument(arguments, 0);
  Value count = Argument(arguments, 2);
  // 1. Let taRecord be ? ValidateIntegerTypedArray(ta, true).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateIntegerTypedArray(agent, ta_value, true));
  // 2. Let byteIndexInBuffer be ? ValidateAtomicAccess(taRecord, index).
  TRY(ValidateAtomicAccess(agent, ta_record, Argument(arguments, 1)));
  // 3. If count is undefined, then a. Set count to +∞.
  // 4. Else,
  if (!count.IsUndefined()) {
    //   a. Let intCount be ? ToIntegerOrInfinity(count).
    //   b. Set count to max(intCount, 0).
    TRY(vm::ToIntegerOrInfinity(agent, count));
  }
  // 5. Let buffer be ta.[[ViewedArrayBuffer]].
  ArrayBufferObject* buffer = AsTypedArray(ta_value)->viewed_array_buffer();
  // 6. Let block be buffer.[[ArrayBufferData]].
  // 7. If IsSharedArrayBuffer(buffer) is false, return +0𝔽.
  if (!IsSharedArrayBuffer(buffer)) return Value::Number(0);
  // 8. Let waiterList be GetWaiterList(block, byteIndexInBuffer).
  // 9. Perform EnterCriticalSection(waiterList).
  // 10. Let waiters be RemoveWaiters(waiterList, count).
  //     (Every WaiterList of this agent cluster is empty: its only agent cannot suspend (Atomics.wait throws),
  //     and this engine does not provide Atomics.waitAsync, the other way to add a waiter. So waiters is empty.)
  // 11. For each element waiterRecord of waiters, do a. Perform NotifyWaiter(waiterList, waiterRecord).
  // 12. Perform LeaveCriticalSection(waiterList).
  // 13. Let waitersCount be the number of elements in waiters.
  const double waiters_count = 0;
  // 14. Return 𝔽(waitersCount).
  return Value::Number(waiters_count);
}

// 25.4.11 Atomics.or ( ta, index, value )
// https://tc39.es/ecma262/#sec-atomics.or
ThrowCompletionOr<Value> AtomicsOr(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let or be a new read-modify-write modification function with parameters (xBytes, yBytes) that captures
  //    nothing and performs the following steps atomically when called:
  //    a. Return ByteListBitwiseOp(|, xBytes, yBytes).
  // 2. Return ? AtomicReadModifyWrite(ta, index, value, or).
  return AtomicReadModifyWrite(agent, Argument(arguments, 0), Argument(arguments, 1), Argument(arguments, 2),
                               [](ElementType, const RawBytes& x_bytes, const RawBytes& y_bytes) {
                                 return ByteListBitwiseOp(BitwiseOp::kOr, x_bytes, y_bytes);
                               });
}

// 25.4.12 Atomics.pause ( )
// https://tc39.es/ecma262/#sec-atomics.pause
ThrowCompletionOr<Value> AtomicsPause(Agent&, Value, std::span<const Value>, Object*) {
  // 1. If the execution environment of the ECMAScript implementation supports signaling to the operating system
  //    or CPU that the current executing code is in a spin-wait loop, send that signal.
#if defined(__x86_64__) || defined(__i386__)
  __builtin_ia32_pause();
#elif defined(__aarch64__)
  asm volatile("yield");
#endif
  // 2. Return undefined.
  return Value::Undefined();
}

// 25.4.13 Atomics.store ( ta, index, value )
// https://tc39.es/ecma262/#sec-atomics.store
ThrowCompletionOr<Value> AtomicsStore(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value ta_value = Argument(arguments, 0);
  Value value = Argument(arguments, 2);
  // 1. Let byteIndexInBuffer be ? ValidateAtomicAccessOnIntegerTypedArray(ta, index).
  const size_t byte_index_in_buffer =
      TRY(ValidateAtomicAccessOnIntegerTypedArray(agent, ta_value, Argument(arguments, 1)));
  heap::Handle<TypedArrayObject> ta(agent.heap(), AsTypedArray(ta_value));
  interpreter::RootedValue coerced(agent.heap());
  // 2. If ta.[[ContentType]] is ~bigint~, let coerced be ? ToBigInt(value).
  if (ta->has_bigint_content()) {
    coerced = TRY(vm::ToBigInt(agent, value));
  } else {
    // 3. Else, let coerced be 𝔽(? ToIntegerOrInfinity(value)).
    coerced = Value::Number(TRY(vm::ToIntegerOrInfinity(agent, value)) + 0.0);  // + 0.0: ToIntegerOrInfinity(-0) is 0
  }
  // 4. Perform ? RevalidateAtomicAccess(ta, byteIndexInBuffer).
  TRY(RevalidateAtomicAccess(agent, ta.get(), byte_index_in_buffer));
  // 5. Let buffer be ta.[[ViewedArrayBuffer]].
  // 6. Let elementType be TypedArrayElementType(ta).
  // 7. Perform SetValueInBuffer(buffer, byteIndexInBuffer, elementType, coerced, true, ~seq-cst~).
  SetValueInBuffer(agent, ta->viewed_array_buffer(), byte_index_in_buffer, TypedArrayElementType(ta.get()), coerced,
                   kAgentIsLittleEndian);
  // 8. Return coerced.
  return coerced.get();
}

// 25.4.14 Atomics.sub ( ta, index, value )
// https://tc39.es/ecma262/#sec-atomics.sub
ThrowCompletionOr<Value> AtomicsSub(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let subtract be a new read-modify-write modification function with parameters (xBytes, yBytes) that
  //    captures ta and performs the following steps atomically when called: (SubtractModification)
  // 2. Return ? AtomicReadModifyWrite(ta, index, value, subtract).
  return AtomicReadModifyWrite(agent, Argument(arguments, 0), Argument(arguments, 1), Argument(arguments, 2),
                               SubtractModification);
}

enum class WaitMode { kSync };

// 25.4.3.14 DoWait ( mode, ta, index, value, timeout )
// https://tc39.es/ecma262/#sec-dowait
// Only ~sync~: this engine does not provide Atomics.waitAsync.
ThrowCompletionOr<Value> DoWait(Agent& agent, WaitMode mode, Value ta_value, Value index, Value value,
                                Value timeout) {
  // 1. Let taRecord be ? ValidateIntegerTypedArray(ta, true).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateIntegerTypedArray(agent, ta_value, true));
  // 2. Let buffer be taRecord.[[Object]].[[ViewedArrayBuffer]].
  // 3. If IsSharedArrayBuffer(buffer) is false, throw a TypeError exception.
  if (!IsSharedArrayBuffer(ta_record.object->viewed_array_buffer())) {
    return interpreter::ThrowTypeError(agent, u"Atomics.wait requires a TypedArray on a SharedArrayBuffer");
  }
  heap::Handle<TypedArrayObject> ta(agent.heap(), ta_record.object);
  // 4. Let byteIndexInBuffer be ? ValidateAtomicAccess(taRecord, index).
  TRY(ValidateAtomicAccess(agent, ta_record, index));
  // 5. Let elementType be TypedArrayElementType(ta).
  const ElementType element_type = TypedArrayElementType(ta.get());
  // 6. Assert: elementType is either ~bigint64~ or ~int32~.
  // 7. If elementType is ~bigint64~, let expected be ? ToBigInt64(value); else let expected be ? ToInt32(value).
  if (element_type == ElementType::kBigInt64) {
    TRY(vm::ToBigInt64(agent, value));
  } else {
    vm::ToInt32(TRY(vm::ToNumber(agent, value)));
  }
  // 8. Let timeoutNumber be ? ToNumber(timeout).
  TRY(vm::ToNumber(agent, timeout));
  // 9. If timeoutNumber is either NaN or +∞𝔽, let realTimeout be +∞.
  // 10. Else if timeoutNumber is -∞𝔽, let realTimeout be 0.
  // 11. Else, let realTimeout be max(ℝ(timeoutNumber), 0).
  // 12. If mode is ~sync~ and AgentCanSuspend() is false, throw a TypeError exception.
  if (mode == WaitMode::kSync && !AgentCanSuspend()) {
    return interpreter::ThrowTypeError(agent, u"Atomics.wait cannot be called in this context");
  }
  // 13.-35. (Not reached: the only mode is ~sync~, and this agent cannot suspend.)
  return interpreter::ThrowTypeError(agent, u"Atomics.wait cannot be called in this context");
}

// 25.4.15 Atomics.wait ( ta, index, value, timeout )
// https://tc39.es/ecma262/#sec-atomics.wait
ThrowCompletionOr<Value> AtomicsWait(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Return ? DoWait(~sync~, ta, index, value, timeout).
  return DoWait(agent, WaitMode::kSync, Argument(arguments, 0), Argument(arguments, 1), Argument(arguments, 2),
                Argument(arguments, 3));
}

// 25.4.17 Atomics.xor ( ta, index, value )
// https://tc39.es/ecma262/#sec-atomics.xor
ThrowCompletionOr<Value> AtomicsXor(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let xor be a new read-modify-write modification function with parameters (xBytes, yBytes) that captures
  //    nothing and performs the following steps atomically when called:
  //    a. Return ByteListBitwiseOp(^, xBytes, yBytes).
  // 2. Return ? AtomicReadModifyWrite(ta, index, value, xor).
  return AtomicReadModifyWrite(agent, Argument(arguments, 0), Argument(arguments, 1), Argument(arguments, 2),
                               [](ElementType, const RawBytes& x_bytes, const RawBytes& y_bytes) {
                                 return ByteListBitwiseOp(BitwiseOp::kXor, x_bytes, y_bytes);
                               });
}

}  // namespace

void CreateAtomicsIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 25.4: %Atomics% is an ordinary object whose [[Prototype]] is %Object.prototype%; it is not a function object.
  heap::Handle<Object> atomics(agent.heap(), interpreter::OrdinaryObjectCreate<Object>(
                                                 agent, realm->intrinsic(Intrinsic::kObjectPrototype)));
  realm->set_intrinsic(Intrinsic::kAtomics, atomics);
  DefineBuiltinMethod(agent, realm, atomics, u"add", 3, AtomicsAdd);
  DefineBuiltinMethod(agent, realm, atomics, u"and", 3, AtomicsAnd);
  DefineBuiltinMethod(agent, realm, atomics, u"compareExchange", 4, AtomicsCompareExchange);
  DefineBuiltinMethod(agent, realm, atomics, u"exchange", 3, AtomicsExchange);
  DefineBuiltinMethod(agent, realm, atomics, u"isLockFree", 1, AtomicsIsLockFree);
  DefineBuiltinMethod(agent, realm, atomics, u"load", 2, AtomicsLoad);
  DefineBuiltinMethod(agent, realm, atomics, u"notify", 3, AtomicsNotify);
  DefineBuiltinMethod(agent, realm, atomics, u"or", 3, AtomicsOr);
  DefineBuiltinMethod(agent, realm, atomics, u"pause", 0, AtomicsPause);
  DefineBuiltinMethod(agent, realm, atomics, u"store", 3, AtomicsStore);
  DefineBuiltinMethod(agent, realm, atomics, u"sub", 3, AtomicsSub);
  DefineBuiltinMethod(agent, realm, atomics, u"wait", 4, AtomicsWait);
  DefineBuiltinMethod(agent, realm, atomics, u"xor", 3, AtomicsXor);
  // 25.4.18 Atomics [ %Symbol.toStringTag% ]: "Atomics", { [[Writable]]: false, [[Enumerable]]: false,
  // [[Configurable]]: true }.
  DefineBuiltinData(agent, atomics, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag)),
                    agent.InternedString(u"Atomics"), false, false, true);
}

}  // namespace async_runtime::builtins
