#include "runtime/builtins/shared_array_buffer.h"

#include <algorithm>

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

namespace vm = interpreter::vm;

// 6.2.9.2 CreateSharedByteDataBlock ( size )
// https://tc39.es/ecma262/#sec-createsharedbytedatablock
ThrowCompletionOr<DataBlock> CreateSharedByteDataBlock(Agent& agent, double size) {
  // 1. Let dataBlock be a new Shared Data Block value consisting of size bytes. If it is impossible to create
  //    such a Shared Data Block, throw a RangeError exception.
  //    (With one agent, a Shared Data Block is a zero-filled Data Block: CreateByteDataBlock makes it and throws
  //    the RangeError.)
  DataBlock data_block = TRY(CreateByteDataBlock(agent, size));
  // 2. Let agentRecord be the Agent Record of the surrounding agent.
  // 3. Let execution be agentRecord.[[CandidateExecution]].
  // 4. Let eventsRecord be the Agent Events Record of execution.[[EventsRecords]] whose [[AgentSignifier]] is
  //    AgentSignifier().
  // 5. Let zero be « 0 ».
  // 6. For each index index of dataBlock, do
  //   a. Append WriteSharedMemory { [[Order]]: ~init~, [[NoTear]]: true, [[Block]]: dataBlock, [[ByteIndex]]:
  //      index, [[ElementSize]]: 1, [[Payload]]: zero } to eventsRecord.[[EventList]].
  //   (The zero fill of step 1 is what these ~init~ writes make every read see.)
  // 7. Return dataBlock.
  return data_block;
}

// 25.2.2.1 AllocateSharedArrayBuffer ( ctor, byteLength [ , maxByteLength ] )
// https://tc39.es/ecma262/#sec-allocatesharedarraybuffer
ThrowCompletionOr<ArrayBufferObject*> AllocateSharedArrayBuffer(Agent& agent, Object* ctor, double byte_length,
                                                                std::optional<double> max_byte_length) {
  // 1. Let slots be « [[ArrayBufferData]] ».
  // 2. If maxByteLength is present and maxByteLength is not ~empty~, let allocatingGrowableBuffer be true; else
  //    let allocatingGrowableBuffer be false.
  const bool allocating_growable_buffer = max_byte_length.has_value();
  // 3. If allocatingGrowableBuffer is true, then
  if (allocating_growable_buffer) {
    // a. If byteLength > maxByteLength, throw a RangeError exception.
    if (byte_length > *max_byte_length) {
      return interpreter::ThrowRangeError(agent, u"SharedArrayBuffer byteLength exceeds maxByteLength");
    }
    // b. Append [[ArrayBufferByteLengthData]] and [[ArrayBufferMaxByteLength]] to slots.
  }
  // 4. Else, a. Append [[ArrayBufferByteLength]] to slots.
  // 5. Let obj be ? OrdinaryCreateFromConstructor(ctor, "%SharedArrayBuffer.prototype%", slots).
  //    (Its observable part, reading ctor.prototype, happens here; the object itself is made once the block
  //    exists, as AllocateArrayBuffer does. Nothing can observe the difference.)
  heap::Handle<Object> proto(
      agent.heap(), TRY(GetPrototypeFromConstructor(agent, ctor, Intrinsic::kSharedArrayBufferPrototype)));
  // 6. If allocatingGrowableBuffer is true, let allocationLength be maxByteLength; else let allocationLength be
  //    byteLength.
  const double allocation_length = allocating_growable_buffer ? *max_byte_length : byte_length;
  // 7. Let block be ? CreateSharedByteDataBlock(allocationLength).
  DataBlock block = TRY(CreateSharedByteDataBlock(agent, allocation_length));
  // 8. Set obj.[[ArrayBufferData]] to block.
  std::optional<size_t> byte_length_data;
  std::optional<size_t> max_byte_length_slot;
  // 9. If allocatingGrowableBuffer is true, then
  if (allocating_growable_buffer) {
    // a. Assert: byteLength ≤ maxByteLength.
    // b. Let byteLengthBlock be ? CreateSharedByteDataBlock(8).
    // c. Perform SetValueInBuffer(byteLengthBlock, 0, ~biguint64~, ℤ(byteLength), true, ~seq-cst~).
    // d. Set obj.[[ArrayBufferByteLengthData]] to byteLengthBlock. (The object holds the length itself.)
    byte_length_data = static_cast<size_t>(byte_length);
    // e. Set obj.[[ArrayBufferMaxByteLength]] to maxByteLength.
    max_byte_length_slot = static_cast<size_t>(*max_byte_length);
  }
  // 10. Else, a. Set obj.[[ArrayBufferByteLength]] to byteLength. (The block's size is the byte length.)
  // 11. Return obj.
  return interpreter::OrdinaryObjectCreate<ArrayBufferObject>(agent, proto.get(), std::move(block),
                                                              max_byte_length_slot,
                                                              ArrayBufferObject::Kind::kSharedArrayBuffer,
                                                              byte_length_data);
}

namespace {

// The SharedArrayBuffer `value` is, for the methods whose first steps are RequireInternalSlot(obj,
// [[ArrayBufferData]]) and "If IsSharedArrayBuffer(obj) is false, throw a TypeError exception".
ThrowCompletionOr<ArrayBufferObject*> RequireSharedArrayBuffer(Agent& agent, Value value, const char16_t* message) {
  auto* buffer = value.IsObject() ? dynamic_cast<ArrayBufferObject*>(value.AsObject()) : nullptr;
  if (buffer == nullptr || !IsSharedArrayBuffer(buffer)) return interpreter::ThrowTypeError(agent, message);
  return buffer;
}

// 25.2.2.4 HostGrowSharedArrayBuffer ( buffer, newByteLength )
// https://tc39.es/ecma262/#sec-hostgrowsharedarraybuffer
// This host uses the default implementation: return NormalCompletion(~unhandled~).
enum class HostGrowResult { kHandled, kUnhandled };
ThrowCompletionOr<HostGrowResult> HostGrowSharedArrayBuffer(Agent&, ArrayBufferObject*, double) {
  return HostGrowResult::kUnhandled;
}

// 25.2.3.1 SharedArrayBuffer ( length [ , options ] )
// https://tc39.es/ecma262/#sec-sharedarraybuffer-length
ThrowCompletionOr<Value> SharedArrayBufferConstructor(Agent& agent, Value, std::span<const Value> arguments,
                                                      Object* new_target) {
  Value length = Argument(arguments, 0);
  Value options = Argument(arguments, 1);
  // 1. If NewTarget is undefined, throw a TypeError exception.
  if (new_target == nullptr) {
    return interpreter::ThrowTypeError(agent, u"Constructor SharedArrayBuffer requires 'new'");
  }
  heap::Handle<Object> constructor(agent.heap(), new_target);
  // 2. Let byteLength be ? ToIndex(length).
  const double byte_length = TRY(vm::ToIndex(agent, length));
  // 3. Let requestedMaxByteLength be ? GetArrayBufferMaxByteLengthOption(options).
  const std::optional<double> requested_max_byte_length = TRY(GetArrayBufferMaxByteLengthOption(agent, options));
  // 4. Return ? AllocateSharedArrayBuffer(NewTarget, byteLength, requestedMaxByteLength).
  return Value::FromObject(
      TRY(AllocateSharedArrayBuffer(agent, constructor.get(), byte_length, requested_max_byte_length)));
}

// 25.2.4.2 get SharedArrayBuffer [ %Symbol.species% ]
// https://tc39.es/ecma262/#sec-sharedarraybuffer-%symbol.species%
ThrowCompletionOr<Value> GetSharedArrayBufferSpecies(Agent&, Value this_value, std::span<const Value>, Object*) {
  // 1. Return the this value.
  return this_value;
}

// 25.2.5.1 get SharedArrayBuffer.prototype.byteLength
// https://tc39.es/ecma262/#sec-get-sharedarraybuffer.prototype.bytelength
ThrowCompletionOr<Value> GetSharedArrayBufferPrototypeByteLength(Agent& agent, Value this_value,
                                                                 std::span<const Value>, Object*) {
  // 1. Let obj be the this value.
  // 2. Perform ? RequireInternalSlot(obj, [[ArrayBufferData]]).
  // 3. If IsSharedArrayBuffer(obj) is false, throw a TypeError exception.
  ArrayBufferObject* obj = TRY(RequireSharedArrayBuffer(
      agent, this_value, u"get SharedArrayBuffer.prototype.byteLength called on a non-SharedArrayBuffer"));
  // 4. Let length be ArrayBufferByteLength(obj, ~seq-cst~).
  const size_t length = ArrayBufferByteLength(obj);
  // 5. Return 𝔽(length).
  return Value::Number(static_cast<double>(length));
}

// 25.2.5.3 SharedArrayBuffer.prototype.grow ( newLength )
// https://tc39.es/ecma262/#sec-sharedarraybuffer.prototype.grow
ThrowCompletionOr<Value> SharedArrayBufferPrototypeGrow(Agent& agent, Value this_value,
                                                        std::span<const Value> arguments, Object*) {
  Value new_length = Argument(arguments, 0);
  // 1. Let obj be the this value.
  // 2. Perform ? RequireInternalSlot(obj, [[ArrayBufferMaxByteLength]]).
  auto* obj_pointer = this_value.IsObject() ? dynamic_cast<ArrayBufferObject*>(this_value.AsObject()) : nullptr;
  if (obj_pointer == nullptr || IsFixedLengthArrayBuffer(obj_pointer)) {
    return interpreter::ThrowTypeError(agent,
                                       u"SharedArrayBuffer.prototype.grow called on a non-growable SharedArrayBuffer");
  }
  // 3. If IsSharedArrayBuffer(obj) is false, throw a TypeError exception.
  if (!IsSharedArrayBuffer(obj_pointer)) {
    return interpreter::ThrowTypeError(agent, u"SharedArrayBuffer.prototype.grow called on an ArrayBuffer");
  }
  heap::Handle<ArrayBufferObject> obj(agent.heap(), obj_pointer);
  // 4. Let newByteLength be ? ToIndex(newLength).
  const double new_byte_length = TRY(vm::ToIndex(agent, new_length));
  // 5. Let hostHandled be ? HostGrowSharedArrayBuffer(obj, newByteLength).
  const HostGrowResult host_handled = TRY(HostGrowSharedArrayBuffer(agent, obj.get(), new_byte_length));
  // 6. If hostHandled is ~handled~, return undefined.
  if (host_handled == HostGrowResult::kHandled) return Value::Undefined();
  // 7. Let agentRecord be the Agent Record of the surrounding agent.
  // 8. Let isLittleEndian be agentRecord.[[LittleEndian]].
  // 9. Let byteLengthBlock be obj.[[ArrayBufferByteLengthData]].
  // 10. Let currentByteLengthRawBytes be GetRawBytesFromSharedBlock(byteLengthBlock, 0, ~biguint64~, true,
  //     ~seq-cst~).
  // 11. Let newByteLengthRawBytes be NumericToRawBytes(~biguint64~, ℤ(newByteLength), isLittleEndian).
  // 12. Repeat,
  //   a. NOTE: This is a compare-and-exchange loop to ensure that parallel, racing grows of the same buffer are
  //      totally ordered, are not lost, and do not silently do nothing. The loop exits if it was able to attempt
  //      to grow uncontended. (With one agent nothing races: the first attempt always succeeds.)
  //   b. Let currentByteLength be ℝ(RawBytesToNumeric(~biguint64~, currentByteLengthRawBytes, isLittleEndian)).
  const double current_byte_length = static_cast<double>(ArrayBufferByteLength(obj.get()));
  //   c. If newByteLength = currentByteLength, return undefined.
  if (new_byte_length == current_byte_length) return Value::Undefined();
  //   d. If newByteLength < currentByteLength or newByteLength > obj.[[ArrayBufferMaxByteLength]], throw a
  //      RangeError exception.
  if (new_byte_length < current_byte_length ||
      new_byte_length > static_cast<double>(*obj->array_buffer_max_byte_length())) {
    return interpreter::ThrowRangeError(agent, u"Invalid length for SharedArrayBuffer.prototype.grow");
  }
  //   e. Let byteLengthDelta be newByteLength - currentByteLength.
  //   f. If it is impossible to create a new Shared Data Block value consisting of byteLengthDelta bytes, throw a
  //      RangeError exception.
  //   g. NOTE: No new Shared Data Block is constructed and used here. The observable behaviour of growable
  //      SharedArrayBuffers is specified by allocating a max-sized Shared Data Block at construction time, and
  //      this step captures the requirement that implementations that run out of memory must throw a RangeError.
  //      (The max-sized block exists already, so growing cannot run out of memory.)
  //   h. Let readByteLengthRawBytes be AtomicCompareExchangeInSharedBlock(byteLengthBlock, 0, 8,
  //      currentByteLengthRawBytes, newByteLengthRawBytes).
  //   i. If ByteListEqual(readByteLengthRawBytes, currentByteLengthRawBytes) is true, return undefined.
  //      (It is: the exchange stores the new length.)
  obj->set_array_buffer_byte_length_data(static_cast<size_t>(new_byte_length));
  return Value::Undefined();
  //   j. Set currentByteLengthRawBytes to readByteLengthRawBytes.
}

// 25.2.5.4 get SharedArrayBuffer.prototype.growable
// https://tc39.es/ecma262/#sec-get-sharedarraybuffer.prototype.growable
ThrowCompletionOr<Value> GetSharedArrayBufferPrototypeGrowable(Agent& agent, Value this_value,
                                                               std::span<const Value>, Object*) {
  // 1. Let obj be the this value.
  // 2. Perform ? RequireInternalSlot(obj, [[ArrayBufferData]]).
  // 3. If IsSharedArrayBuffer(obj) is false, throw a TypeError exception.
  ArrayBufferObject* obj = TRY(RequireSharedArrayBuffer(
      agent, this_value, u"get SharedArrayBuffer.prototype.growable called on a non-SharedArrayBuffer"));
  // 4. If IsFixedLengthArrayBuffer(obj) is false, return true.
  // 5. Return false.
  return Value::Boolean(!IsFixedLengthArrayBuffer(obj));
}

// 25.2.5.5 get SharedArrayBuffer.prototype.maxByteLength
// https://tc39.es/ecma262/#sec-get-sharedarraybuffer.prototype.maxbytelength
ThrowCompletionOr<Value> GetSharedArrayBufferPrototypeMaxByteLength(Agent& agent, Value this_value,
                                                                    std::span<const Value>, Object*) {
  // 1. Let obj be the this value.
  // 2. Perform ? RequireInternalSlot(obj, [[ArrayBufferData]]).
  // 3. If IsSharedArrayBuffer(obj) is false, throw a TypeError exception.
  ArrayBufferObject* obj = TRY(RequireSharedArrayBuffer(
      agent, this_value, u"get SharedArrayBuffer.prototype.maxByteLength called on a non-SharedArrayBuffer"));
  size_t length;
  // 4. If IsFixedLengthArrayBuffer(obj) is true, then
  if (IsFixedLengthArrayBuffer(obj)) {
    // a. Let length be obj.[[ArrayBufferByteLength]].
    length = obj->array_buffer_byte_length();
  } else {
    // 5. Else, a. Let length be obj.[[ArrayBufferMaxByteLength]].
    length = *obj->array_buffer_max_byte_length();
  }
  // 6. Return 𝔽(length).
  return Value::Number(static_cast<double>(length));
}

// 25.2.5.6 SharedArrayBuffer.prototype.slice ( start, end )
// https://tc39.es/ecma262/#sec-sharedarraybuffer.prototype.slice
ThrowCompletionOr<Value> SharedArrayBufferPrototypeSlice(Agent& agent, Value this_value,
                                                         std::span<const Value> arguments, Object*) {
  Value start = Argument(arguments, 0);
  Value end = Argument(arguments, 1);
  // 1. Let obj be the this value.
  // 2. Perform ? RequireInternalSlot(obj, [[ArrayBufferData]]).
  // 3. If IsSharedArrayBuffer(obj) is false, throw a TypeError exception.
  heap::Handle<ArrayBufferObject> obj(
      agent.heap(), TRY(RequireSharedArrayBuffer(agent, this_value,
                                                 u"SharedArrayBuffer.prototype.slice called on a non-SharedArrayBuffer")));
  // 4. Let length be ArrayBufferByteLength(obj, ~seq-cst~).
  const double length = static_cast<double>(ArrayBufferByteLength(obj.get()));
  // 5. Let first be ? ToClampedIndex(start, length).
  const double first = TRY(ToClampedIndex(agent, start, length));
  // 6. If end is undefined, let final be length; else let final be ? ToClampedIndex(end, length).
  const double final = end.IsUndefined() ? length : TRY(ToClampedIndex(agent, end, length));
  // 7. Let newLength be max(final - first, 0).
  const double new_length = std::max(final - first, 0.0);
  // 8. Let ctor be ? SpeciesConstructor(obj, %SharedArrayBuffer%).
  Object* ctor =
      TRY(vm::SpeciesConstructor(agent, obj.get(), CurrentIntrinsic(agent, Intrinsic::kSharedArrayBuffer)));
  // 9. Let new be ? Construct(ctor, « 𝔽(newLength) »).
  Value construct_arguments[] = {Value::Number(new_length)};
  Object* new_object = TRY(vm::Construct(agent, ctor, construct_arguments));
  // 10. Perform ? RequireInternalSlot(new, [[ArrayBufferData]]).
  // 11. If IsSharedArrayBuffer(new) is false, throw a TypeError exception.
  ArrayBufferObject* new_buffer =
      TRY(RequireSharedArrayBuffer(agent, Value::FromObject(new_object),
                                   u"SharedArrayBuffer species constructor did not return a SharedArrayBuffer"));
  // 12. If new.[[ArrayBufferData]] is obj.[[ArrayBufferData]], throw a TypeError exception.
  if (new_buffer == obj.get()) {
    return interpreter::ThrowTypeError(agent,
                                       u"SharedArrayBuffer species constructor returned the same SharedArrayBuffer");
  }
  // 13. If ArrayBufferByteLength(new, ~seq-cst~) < newLength, throw a TypeError exception.
  if (static_cast<double>(ArrayBufferByteLength(new_buffer)) < new_length) {
    return interpreter::ThrowTypeError(agent,
                                       u"SharedArrayBuffer species constructor returned a too small SharedArrayBuffer");
  }
  // 14. Let fromBlock be obj.[[ArrayBufferData]].
  // 15. Let toBlock be new.[[ArrayBufferData]].
  // 16. Perform CopyDataBlockBytes(toBlock, 0, fromBlock, first, newLength).
  CopyDataBlockBytes(*new_buffer->array_buffer_data(), 0, *obj->array_buffer_data(), static_cast<size_t>(first),
                     static_cast<size_t>(new_length));
  // 17. Return new.
  return Value::FromObject(new_buffer);
}

}  // namespace

void CreateSharedArrayBufferIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 25.2.5 Properties of the SharedArrayBuffer Prototype Object: an ordinary object, [[Prototype]]
  // %Object.prototype%, without [[ArrayBufferData]] or [[ArrayBufferByteLength]].
  heap::Handle<Object> prototype(
      agent.heap(), interpreter::OrdinaryObjectCreate(agent, realm->intrinsic(Intrinsic::kObjectPrototype)));
  realm->set_intrinsic(Intrinsic::kSharedArrayBufferPrototype, prototype);
  // 25.2.4 Properties of the SharedArrayBuffer Constructor: "length" 1, SharedArrayBuffer.prototype
  // (25.2.4.1) and SharedArrayBuffer.prototype.constructor (25.2.5.2).
  heap::Handle<Object> constructor(
      agent.heap(), CreateBuiltinConstructor(agent, realm, Intrinsic::kSharedArrayBuffer, u"SharedArrayBuffer", 1,
                                             SharedArrayBufferConstructor, prototype));
  DefineBuiltinAccessor(agent, realm, constructor,
                        PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kSpecies)),
                        GetSharedArrayBufferSpecies);

  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"byteLength"), GetSharedArrayBufferPrototypeByteLength);
  DefineBuiltinMethod(agent, realm, prototype, u"grow", 1, SharedArrayBufferPrototypeGrow);
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"growable"), GetSharedArrayBufferPrototypeGrowable);
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"maxByteLength"),
                        GetSharedArrayBufferPrototypeMaxByteLength);
  DefineBuiltinMethod(agent, realm, prototype, u"slice", 2, SharedArrayBufferPrototypeSlice);
  // 25.2.5.7 SharedArrayBuffer.prototype [ %Symbol.toStringTag% ]: "SharedArrayBuffer", { [[Writable]]: false,
  // [[Enumerable]]: false, [[Configurable]]: true }.
  DefineBuiltinData(agent, prototype, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag)),
                    agent.InternedString(u"SharedArrayBuffer"), false, false, true);
}

}  // namespace async_runtime::builtins
