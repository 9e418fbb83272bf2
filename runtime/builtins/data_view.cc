#include "runtime/builtins/data_view.h"

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/vm/bigint_operations.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

namespace vm = interpreter::vm;

namespace {

// 25.3.1.1 DataView With Buffer Witness Records: { [[Object]], [[CachedBufferByteLength]] } (nullopt: ~detached~).
struct DataViewWithBufferWitnessRecord {
  DataViewObject* object;
  std::optional<size_t> cached_buffer_byte_length;
};

// 25.3.1.2 MakeDataViewWithBufferWitnessRecord ( obj, order )
// https://tc39.es/ecma262/#sec-makedataviewwithbufferwitnessrecord
DataViewWithBufferWitnessRecord MakeDataViewWithBufferWitnessRecord(DataViewObject* obj) {
  // 1. Let buffer be obj.[[ViewedArrayBuffer]].
  ArrayBufferObject* buffer = obj->viewed_array_buffer();
  std::optional<size_t> byte_length;
  // 2. If IsDetachedBuffer(buffer) is true, then a. Let byteLength be ~detached~.
  // 3. Else, a. Let byteLength be ArrayBufferByteLength(buffer, order).
  if (!IsDetachedBuffer(buffer)) byte_length = buffer->array_buffer_byte_length();
  // 4. Return the DataView With Buffer Witness Record { [[Object]]: obj, [[CachedBufferByteLength]]: byteLength }.
  return {obj, byte_length};
}

// 25.3.1.4 IsViewOutOfBounds ( viewRecord )
// https://tc39.es/ecma262/#sec-isviewoutofbounds
bool IsViewOutOfBounds(const DataViewWithBufferWitnessRecord& view_record) {
  // 1. Let view be viewRecord.[[Object]].
  DataViewObject* view = view_record.object;
  // 2. Let bufferByteLength be viewRecord.[[CachedBufferByteLength]].
  // 3. If IsDetachedBuffer(view.[[ViewedArrayBuffer]]) is true, then a. Assert: bufferByteLength is ~detached~.
  //    b. Return true.
  if (IsDetachedBuffer(view->viewed_array_buffer())) return true;
  // 4. Assert: bufferByteLength is a non-negative integer.
  const double buffer_byte_length = static_cast<double>(*view_record.cached_buffer_byte_length);
  // 5. Let byteOffsetStart be view.[[ByteOffset]].
  const double byte_offset_start = static_cast<double>(view->byte_offset());
  double byte_offset_end;
  // 6. If view.[[ByteLength]] is ~auto~, then a. Let byteOffsetEnd be bufferByteLength.
  if (!view->byte_length().has_value()) {
    byte_offset_end = buffer_byte_length;
  } else {
    // 7. Else, a. Let byteOffsetEnd be byteOffsetStart + view.[[ByteLength]].
    byte_offset_end = byte_offset_start + static_cast<double>(*view->byte_length());
  }
  // 8. NOTE: A 0-length DataView whose [[ByteOffset]] is bufferByteLength is not considered out-of-bounds.
  // 9. If byteOffsetStart > bufferByteLength or byteOffsetEnd > bufferByteLength, return true.
  // 10. Return false.
  return byte_offset_start > buffer_byte_length || byte_offset_end > buffer_byte_length;
}

// 25.3.1.3 GetViewByteLength ( viewRecord )
// https://tc39.es/ecma262/#sec-getviewbytelength
size_t GetViewByteLength(const DataViewWithBufferWitnessRecord& view_record) {
  // 1. Assert: IsViewOutOfBounds(viewRecord) is false.
  // 2. Let view be viewRecord.[[Object]].
  DataViewObject* view = view_record.object;
  // 3. If view.[[ByteLength]] is not ~auto~, return view.[[ByteLength]].
  if (view->byte_length().has_value()) return *view->byte_length();
  // 4. Assert: IsFixedLengthArrayBuffer(view.[[ViewedArrayBuffer]]) is false.
  // 5. Let byteOffset be view.[[ByteOffset]].
  // 6. Let byteLength be viewRecord.[[CachedBufferByteLength]].
  // 7. Assert: byteLength is not ~detached~.
  // 8. Return byteLength - byteOffset.
  return *view_record.cached_buffer_byte_length - view->byte_offset();
}

ThrowCompletionOr<DataViewObject*> RequireDataView(Agent& agent, Value value) {
  auto* view = value.IsObject() ? dynamic_cast<DataViewObject*>(value.AsObject()) : nullptr;
  if (view == nullptr) return interpreter::ThrowTypeError(agent, u"DataView method called on a non-DataView");
  return view;
}

// 25.3.1.5 GetViewValue ( view, requestIndex, isLittleEndian, type )
// https://tc39.es/ecma262/#sec-getviewvalue
ThrowCompletionOr<Value> GetViewValue(Agent& agent, Value view_value, Value request_index, Value is_little_endian,
                                      ElementType type) {
  // 1. Perform ? RequireInternalSlot(view, [[DataView]]).
  heap::Handle<DataViewObject> view(agent.heap(), TRY(RequireDataView(agent, view_value)));
  // 2. Assert: view has a [[ViewedArrayBuffer]] internal slot.
  // 3. Let getIndex be ? ToIndex(requestIndex).
  const double get_index = TRY(vm::ToIndex(agent, request_index));
  // 4. Set isLittleEndian to ToBoolean(isLittleEndian).
  const bool little_endian = vm::ToBoolean(is_little_endian);
  // 5. Let viewOffset be view.[[ByteOffset]].
  const size_t view_offset = view->byte_offset();
  // 6. Let viewRecord be MakeDataViewWithBufferWitnessRecord(view, ~unordered~).
  DataViewWithBufferWitnessRecord view_record = MakeDataViewWithBufferWitnessRecord(view.get());
  // 7. NOTE: Bounds checking is not a synchronizing operation when view's backing buffer is a growable
  //    SharedArrayBuffer.
  // 8. If IsViewOutOfBounds(viewRecord) is true, throw a TypeError exception.
  if (IsViewOutOfBounds(view_record)) {
    return interpreter::ThrowTypeError(agent, u"DataView is out of bounds of its ArrayBuffer");
  }
  // 9. Let viewSize be GetViewByteLength(viewRecord).
  const size_t view_size = GetViewByteLength(view_record);
  // 10. Let elementSize be the Element Size value specified in Table 71 for Element Type type.
  const size_t element_size = ElementSize(type);
  // 11. If getIndex + elementSize > viewSize, throw a RangeError exception.
  if (get_index + static_cast<double>(element_size) > static_cast<double>(view_size)) {
    return interpreter::ThrowRangeError(agent, u"Offset is outside the bounds of the DataView");
  }
  // 12. Let bufferIndex be getIndex + viewOffset.
  const size_t buffer_index = static_cast<size_t>(get_index) + view_offset;
  // 13. Return GetValueFromBuffer(view.[[ViewedArrayBuffer]], bufferIndex, type, false, ~unordered~,
  //     isLittleEndian).
  return GetValueFromBuffer(agent, view->viewed_array_buffer(), buffer_index, type, little_endian);
}

// 25.3.1.6 SetViewValue ( view, requestIndex, isLittleEndian, type, value )
// https://tc39.es/ecma262/#sec-setviewvalue
ThrowCompletionOr<void> SetViewValue(Agent& agent, Value view_value, Value request_index, Value is_little_endian,
                                     ElementType type, Value value) {
  // 1. Perform ? RequireInternalSlot(view, [[DataView]]).
  heap::Handle<DataViewObject> view(agent.heap(), TRY(RequireDataView(agent, view_value)));
  // 2. Assert: view has a [[ViewedArrayBuffer]] internal slot.
  // 3. Let getIndex be ? ToIndex(requestIndex).
  const double get_index = TRY(vm::ToIndex(agent, request_index));
  // 4. If IsBigIntElementType(type) is true, let number be ? ToBigInt(value).
  // 5. Else, let number be ? ToNumber(value).
  interpreter::RootedValue number(agent.heap(), IsBigIntElementType(type)
                                                    ? TRY(vm::ToBigInt(agent, value))
                                                    : Value::Number(TRY(vm::ToNumber(agent, value))));
  // 6. Set isLittleEndian to ToBoolean(isLittleEndian).
  const bool little_endian = vm::ToBoolean(is_little_endian);
  // 7. Let viewOffset be view.[[ByteOffset]].
  const size_t view_offset = view->byte_offset();
  // 8. Let viewRecord be MakeDataViewWithBufferWitnessRecord(view, ~unordered~).
  DataViewWithBufferWitnessRecord view_record = MakeDataViewWithBufferWitnessRecord(view.get());
  // 9. NOTE: Bounds checking is not a synchronizing operation when view's backing buffer is a growable
  //    SharedArrayBuffer.
  // 10. If IsViewOutOfBounds(viewRecord) is true, throw a TypeError exception.
  if (IsViewOutOfBounds(view_record)) {
    return interpreter::ThrowTypeError(agent, u"DataView is out of bounds of its ArrayBuffer");
  }
  // 11. Let viewSize be GetViewByteLength(viewRecord).
  const size_t view_size = GetViewByteLength(view_record);
  // 12. Let elementSize be the Element Size value specified in Table 71 for Element Type type.
  const size_t element_size = ElementSize(type);
  // 13. If getIndex + elementSize > viewSize, throw a RangeError exception.
  if (get_index + static_cast<double>(element_size) > static_cast<double>(view_size)) {
    return interpreter::ThrowRangeError(agent, u"Offset is outside the bounds of the DataView");
  }
  // 14. Let bufferIndex be getIndex + viewOffset.
  const size_t buffer_index = static_cast<size_t>(get_index) + view_offset;
  // 15. Perform SetValueInBuffer(view.[[ViewedArrayBuffer]], bufferIndex, type, number, false, ~unordered~,
  //     isLittleEndian).
  SetValueInBuffer(agent, view->viewed_array_buffer(), buffer_index, type, number, little_endian);
  // 16. Return ~unused~.
  return {};
}

// 25.3.2.1 DataView ( buffer [ , byteOffset [ , byteLength ] ] )
// https://tc39.es/ecma262/#sec-dataview-buffer-byteoffset-bytelength
ThrowCompletionOr<Value> DataViewConstructor(Agent& agent, Value, std::span<const Value> arguments,
                                             Object* new_target) {
  Value buffer_value = Argument(arguments, 0);
  Value byte_offset = Argument(arguments, 1);
  Value byte_length = Argument(arguments, 2);
  // 1. If NewTarget is undefined, throw a TypeError exception.
  if (new_target == nullptr) return interpreter::ThrowTypeError(agent, u"Constructor DataView requires 'new'");
  // 2. Perform ? RequireInternalSlot(buffer, [[ArrayBufferData]]).
  auto* array_buffer =
      buffer_value.IsObject() ? dynamic_cast<ArrayBufferObject*>(buffer_value.AsObject()) : nullptr;
  if (array_buffer == nullptr) return interpreter::ThrowTypeError(agent, u"DataView buffer must be an ArrayBuffer");
  heap::Handle<ArrayBufferObject> buffer(agent.heap(), array_buffer);
  // 3. Let offset be ? ToIndex(byteOffset).
  const double offset = TRY(vm::ToIndex(agent, byte_offset));
  // 4. If IsDetachedBuffer(buffer) is true, throw a TypeError exception.
  if (IsDetachedBuffer(buffer.get())) return interpreter::ThrowTypeError(agent, u"DataView buffer is detached");
  // 5. Let bufferByteLength be ArrayBufferByteLength(buffer, ~seq-cst~).
  double buffer_byte_length = static_cast<double>(buffer->array_buffer_byte_length());
  // 6. If offset > bufferByteLength, throw a RangeError exception.
  if (offset > buffer_byte_length) {
    return interpreter::ThrowRangeError(agent, u"DataView offset is outside the bounds of the buffer");
  }
  // 7. Let bufferIsFixedLength be IsFixedLengthArrayBuffer(buffer).
  const bool buffer_is_fixed_length = IsFixedLengthArrayBuffer(buffer.get());
  std::optional<double> view_byte_length;
  // 8. If byteLength is undefined, then
  if (byte_length.IsUndefined()) {
    // a. If bufferIsFixedLength is true, then i. Let viewByteLength be bufferByteLength - offset.
    // b. Else, i. Let viewByteLength be ~auto~.
    if (buffer_is_fixed_length) view_byte_length = buffer_byte_length - offset;
  } else {
    // 9. Else, a. Let viewByteLength be ? ToIndex(byteLength).
    view_byte_length = TRY(vm::ToIndex(agent, byte_length));
    // b. If offset + viewByteLength > bufferByteLength, throw a RangeError exception.
    if (offset + *view_byte_length > buffer_byte_length) {
      return interpreter::ThrowRangeError(agent, u"DataView length is outside the bounds of the buffer");
    }
  }
  // 10. Let obj be ? OrdinaryCreateFromConstructor(NewTarget, "%DataView.prototype%", « [[DataView]],
  //     [[ViewedArrayBuffer]], [[ByteLength]], [[ByteOffset]] »).
  //     (The prototype is read here; the object is made once its slots are known, unobservably later.)
  heap::Handle<Object> proto(agent.heap(),
                             TRY(GetPrototypeFromConstructor(agent, new_target, Intrinsic::kDataViewPrototype)));
  // 11. If IsDetachedBuffer(buffer) is true, throw a TypeError exception.
  if (IsDetachedBuffer(buffer.get())) return interpreter::ThrowTypeError(agent, u"DataView buffer is detached");
  // 12. Set bufferByteLength to ArrayBufferByteLength(buffer, ~seq-cst~).
  buffer_byte_length = static_cast<double>(buffer->array_buffer_byte_length());
  // 13. If offset > bufferByteLength, throw a RangeError exception.
  if (offset > buffer_byte_length) {
    return interpreter::ThrowRangeError(agent, u"DataView offset is outside the bounds of the buffer");
  }
  // 14. If byteLength is not undefined, then
  if (!byte_length.IsUndefined()) {
    // a. If offset + viewByteLength > bufferByteLength, throw a RangeError exception.
    if (offset + *view_byte_length > buffer_byte_length) {
      return interpreter::ThrowRangeError(agent, u"DataView length is outside the bounds of the buffer");
    }
  }
  // 15. Set obj.[[ViewedArrayBuffer]] to buffer.
  // 16. Set obj.[[ByteLength]] to viewByteLength.
  // 17. Set obj.[[ByteOffset]] to offset.
  std::optional<size_t> byte_length_slot;
  if (view_byte_length.has_value()) byte_length_slot = static_cast<size_t>(*view_byte_length);
  // 18. Return obj.
  return Value::FromObject(interpreter::OrdinaryObjectCreate<DataViewObject>(
      agent, proto.get(), buffer.get(), byte_length_slot, static_cast<size_t>(offset)));
}

// 25.3.4.1 get DataView.prototype.buffer
// https://tc39.es/ecma262/#sec-get-dataview.prototype.buffer
ThrowCompletionOr<Value> GetDataViewPrototypeBuffer(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let obj be the this value.
  // 2. Perform ? RequireInternalSlot(obj, [[DataView]]).
  DataViewObject* obj = TRY(RequireDataView(agent, this_value));
  // 3. Assert: obj has a [[ViewedArrayBuffer]] internal slot.
  // 4. Let buffer be obj.[[ViewedArrayBuffer]].
  // 5. Return buffer.
  return Value::FromObject(obj->viewed_array_buffer());
}

// 25.3.4.2 get DataView.prototype.byteLength
// https://tc39.es/ecma262/#sec-get-dataview.prototype.bytelength
ThrowCompletionOr<Value> GetDataViewPrototypeByteLength(Agent& agent, Value this_value, std::span<const Value>,
                                                        Object*) {
  // 1. Let obj be the this value.
  // 2. Perform ? RequireInternalSlot(obj, [[DataView]]).
  DataViewObject* obj = TRY(RequireDataView(agent, this_value));
  // 3. Assert: obj has a [[ViewedArrayBuffer]] internal slot.
  // 4. Let viewRecord be MakeDataViewWithBufferWitnessRecord(obj, ~seq-cst~).
  DataViewWithBufferWitnessRecord view_record = MakeDataViewWithBufferWitnessRecord(obj);
  // 5. If IsViewOutOfBounds(viewRecord) is true, throw a TypeError exception.
  if (IsViewOutOfBounds(view_record)) {
    return interpreter::ThrowTypeError(agent, u"DataView is out of bounds of its ArrayBuffer");
  }
  // 6. Let size be GetViewByteLength(viewRecord).
  // 7. Return 𝔽(size).
  return Value::Number(static_cast<double>(GetViewByteLength(view_record)));
}

// 25.3.4.3 get DataView.prototype.byteOffset
// https://tc39.es/ecma262/#sec-get-dataview.prototype.byteoffset
ThrowCompletionOr<Value> GetDataViewPrototypeByteOffset(Agent& agent, Value this_value, std::span<const Value>,
                                                        Object*) {
  // 1. Let obj be the this value.
  // 2. Perform ? RequireInternalSlot(obj, [[DataView]]).
  DataViewObject* obj = TRY(RequireDataView(agent, this_value));
  // 3. Assert: obj has a [[ViewedArrayBuffer]] internal slot.
  // 4. Let viewRecord be MakeDataViewWithBufferWitnessRecord(obj, ~seq-cst~).
  DataViewWithBufferWitnessRecord view_record = MakeDataViewWithBufferWitnessRecord(obj);
  // 5. If IsViewOutOfBounds(viewRecord) is true, throw a TypeError exception.
  if (IsViewOutOfBounds(view_record)) {
    return interpreter::ThrowTypeError(agent, u"DataView is out of bounds of its ArrayBuffer");
  }
  // 6. Let offset be obj.[[ByteOffset]].
  // 7. Return 𝔽(offset).
  return Value::Number(static_cast<double>(obj->byte_offset()));
}

// The get/set methods (25.3.4.5-25.3.4.27) differ only in their element type and in whether littleEndian is a
// parameter: "DataView.prototype.getInt8 ( byteOffset )": 1. Let view be the this value. 2. Return ?
// GetViewValue(view, byteOffset, true, ~int8~). "DataView.prototype.getInt16 ( byteOffset [ , littleEndian ] )":
// 1. Let view be the this value. 2. If littleEndian is not present, set littleEndian to false. 3. Return ?
// GetViewValue(view, byteOffset, littleEndian, ~int16~). The setters likewise call SetViewValue(view, byteOffset,
// littleEndian, type, value) and return undefined. (An absent littleEndian is undefined, and ToBoolean(undefined)
// is false, the same as the default.)
template <ElementType type>
ThrowCompletionOr<Value> DataViewPrototypeGet(Agent& agent, Value this_value, std::span<const Value> arguments,
                                              Object*) {
  const bool single_byte = ElementSize(type) == 1;
  Value little_endian = single_byte ? Value::Boolean(true) : Argument(arguments, 1);
  return GetViewValue(agent, this_value, Argument(arguments, 0), little_endian, type);
}

template <ElementType type>
ThrowCompletionOr<Value> DataViewPrototypeSet(Agent& agent, Value this_value, std::span<const Value> arguments,
                                              Object*) {
  const bool single_byte = ElementSize(type) == 1;
  Value little_endian = single_byte ? Value::Boolean(true) : Argument(arguments, 2);
  TRY(SetViewValue(agent, this_value, Argument(arguments, 0), little_endian, type, Argument(arguments, 1)));
  return Value::Undefined();
}

}  // namespace

void CreateDataViewIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 25.3.4 Properties of the DataView Prototype Object: an ordinary object, [[Prototype]] %Object.prototype%.
  heap::Handle<Object> prototype(
      agent.heap(), interpreter::OrdinaryObjectCreate(agent, realm->intrinsic(Intrinsic::kObjectPrototype)));
  realm->set_intrinsic(Intrinsic::kDataViewPrototype, prototype);
  // 25.3.3 Properties of the DataView Constructor.
  CreateBuiltinConstructor(agent, realm, Intrinsic::kDataView, u"DataView", 1, DataViewConstructor, prototype);

  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"buffer"), GetDataViewPrototypeBuffer);
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"byteLength"), GetDataViewPrototypeByteLength);
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"byteOffset"), GetDataViewPrototypeByteOffset);
  DefineBuiltinMethod(agent, realm, prototype, u"getBigInt64", 1, DataViewPrototypeGet<ElementType::kBigInt64>);
  DefineBuiltinMethod(agent, realm, prototype, u"getBigUint64", 1, DataViewPrototypeGet<ElementType::kBigUint64>);
  DefineBuiltinMethod(agent, realm, prototype, u"getFloat16", 1, DataViewPrototypeGet<ElementType::kFloat16>);
  DefineBuiltinMethod(agent, realm, prototype, u"getFloat32", 1, DataViewPrototypeGet<ElementType::kFloat32>);
  DefineBuiltinMethod(agent, realm, prototype, u"getFloat64", 1, DataViewPrototypeGet<ElementType::kFloat64>);
  DefineBuiltinMethod(agent, realm, prototype, u"getInt8", 1, DataViewPrototypeGet<ElementType::kInt8>);
  DefineBuiltinMethod(agent, realm, prototype, u"getInt16", 1, DataViewPrototypeGet<ElementType::kInt16>);
  DefineBuiltinMethod(agent, realm, prototype, u"getInt32", 1, DataViewPrototypeGet<ElementType::kInt32>);
  DefineBuiltinMethod(agent, realm, prototype, u"getUint8", 1, DataViewPrototypeGet<ElementType::kUint8>);
  DefineBuiltinMethod(agent, realm, prototype, u"getUint16", 1, DataViewPrototypeGet<ElementType::kUint16>);
  DefineBuiltinMethod(agent, realm, prototype, u"getUint32", 1, DataViewPrototypeGet<ElementType::kUint32>);
  DefineBuiltinMethod(agent, realm, prototype, u"setBigInt64", 2, DataViewPrototypeSet<ElementType::kBigInt64>);
  DefineBuiltinMethod(agent, realm, prototype, u"setBigUint64", 2, DataViewPrototypeSet<ElementType::kBigUint64>);
  DefineBuiltinMethod(agent, realm, prototype, u"setFloat16", 2, DataViewPrototypeSet<ElementType::kFloat16>);
  DefineBuiltinMethod(agent, realm, prototype, u"setFloat32", 2, DataViewPrototypeSet<ElementType::kFloat32>);
  DefineBuiltinMethod(agent, realm, prototype, u"setFloat64", 2, DataViewPrototypeSet<ElementType::kFloat64>);
  DefineBuiltinMethod(agent, realm, prototype, u"setInt8", 2, DataViewPrototypeSet<ElementType::kInt8>);
  DefineBuiltinMethod(agent, realm, prototype, u"setInt16", 2, DataViewPrototypeSet<ElementType::kInt16>);
  DefineBuiltinMethod(agent, realm, prototype, u"setInt32", 2, DataViewPrototypeSet<ElementType::kInt32>);
  DefineBuiltinMethod(agent, realm, prototype, u"setUint8", 2, DataViewPrototypeSet<ElementType::kUint8>);
  DefineBuiltinMethod(agent, realm, prototype, u"setUint16", 2, DataViewPrototypeSet<ElementType::kUint16>);
  DefineBuiltinMethod(agent, realm, prototype, u"setUint32", 2, DataViewPrototypeSet<ElementType::kUint32>);
  // 25.3.4.25 DataView.prototype [ %Symbol.toStringTag% ]: "DataView", { [[Writable]]: false, [[Enumerable]]:
  // false, [[Configurable]]: true }.
  DefineBuiltinData(agent, prototype, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag)),
                    agent.InternedString(u"DataView"), false, false, true);
}

}  // namespace async_runtime::builtins
