// 10.4.2 Array Exotic Objects: ArrayObject, ArrayCreate, ArraySetLength and
// 7.3.17 CreateArrayFromList.
//
// Layout: "length" is an ordinary own data property (non-enumerable,
// non-configurable), created first by ArrayCreate, so it always sits in slot
// 0 and its value is read without a shape lookup. Elements use the object
// layer's storage unchanged: plain data elements live in the dense
// `elements_` vector, anything else is a shape entry. Only
// [[DefineOwnProperty]] differs from an ordinary object, so the other
// internal methods (and the prototype-chain loops) stay the ordinary ones.
//
// This is its own target rather than part of :object because ArraySetLength
// needs ToNumber / ToUint32, which may run user code (valueOf) and live with
// the VM's conversions.
#pragma once

#include <cstdint>
#include <span>

#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/completion.h"
#include "runtime/interpreter/object.h"
#include "runtime/interpreter/value.h"

namespace async_runtime::interpreter {

class ArrayObject final : public Object {
 public:
  using Object::Object;
  const char* CellName() const override { return "ArrayObject"; }

  // 10.4.2.1 [[DefineOwnProperty]] ( P, Desc )
  ThrowCompletionOr<bool> DefineOwnProperty(Agent& agent, const PropertyKey& key,
                                            const PropertyDescriptor& desc) override;
  // 7.2.2 IsArray step 2: an Array exotic object.
  ThrowCompletionOr<bool> IsArrayObject(Agent&) override { return true; }

  // The value of the own "length" property (always a uint32).
  uint32_t length() const { return static_cast<uint32_t>(slots_[kLengthSlot].AsNumber()); }
  // The [[Writable]] attribute of "length".
  bool length_writable() const { return length_writable_; }

  // Fast-path helpers for built-ins, each equivalent to the generic
  // operation it names when its precondition holds.
  //
  // The element at `index` when it is a plain data property in the dense
  // storage (so [[Get]] would return exactly it, no getter runs), else
  // nullopt.
  std::optional<Value> DenseElement(uint32_t index) const {
    if (!HasDenseElement(index)) return std::nullopt;
    return elements_[index];
  }
  // Whether indices [0, length) are all dense plain data elements (no holes,
  // no accessors): then Get/HasProperty on them never reach the prototype.
  bool IsPacked() const { return elements_.size() == length(); }

 private:
  friend ThrowCompletionOr<ArrayObject*> ArrayCreate(Agent& agent, double length, Object* proto);
  friend ArrayObject* CreateArrayFromList(Agent& agent, std::span<const Value> elements);
  friend ArrayObject* CreateArrayFromList(Agent& agent, std::span<const RootedValue> elements);
  friend ThrowCompletionOr<bool> ArraySetLength(Agent& agent, ArrayObject* array, const PropertyDescriptor& desc);

  static constexpr size_t kLengthSlot = 0;
  // Re-reads the [[Writable]] attribute of "length" after it was (re)defined.
  void RefreshLengthWritable(Agent& agent);
  void set_length_value(uint32_t length) { slots_[kLengthSlot] = Value::Number(length); }

  bool length_writable_ = true;
};

// 10.4.2.2 ArrayCreate ( length [ , proto ] )
// https://tc39.es/ecma262/#sec-arraycreate
// `proto` nullptr: the current realm's %Array.prototype% (or
// %Object.prototype% in a realm without the Array built-ins).
ThrowCompletionOr<ArrayObject*> ArrayCreate(Agent& agent, double length, Object* proto = nullptr);

// 10.4.2.4 ArraySetLength ( A, Desc )
// https://tc39.es/ecma262/#sec-arraysetlength
ThrowCompletionOr<bool> ArraySetLength(Agent& agent, ArrayObject* array, const PropertyDescriptor& desc);

// 7.3.17 CreateArrayFromList ( elements )
// https://tc39.es/ecma262/#sec-createarrayfromlist
// `elements` must be reachable by the caller (e.g. RootedValues or arguments).
ArrayObject* CreateArrayFromList(Agent& agent, std::span<const Value> elements);

// The same for a list of RootedValues.
ArrayObject* CreateArrayFromList(Agent& agent, std::span<const RootedValue> elements);

}  // namespace async_runtime::interpreter
