// Objects that wrap a primitive value: Boolean, Number, Symbol and BigInt
// objects (an ordinary object with a [[BooleanData]] / [[NumberData]] /
// [[SymbolData]] / [[BigIntData]] slot) and String exotic objects (10.4.3),
// whose integer-indexed code units and "length" are own properties.
#pragma once

#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/object.h"
#include "runtime/interpreter/value.h"

namespace async_runtime::interpreter {

class PrimitiveWrapperObject : public Object {
 public:
  PrimitiveWrapperObject(Shape* shape, Value primitive) : Object(shape), primitive_(primitive) {}
  const char* CellName() const override { return "PrimitiveWrapperObject"; }
  void VisitEdges(heap::Visitor& visitor) override {
    Object::VisitEdges(visitor);
    primitive_.Visit(visitor);
  }
  // [[BooleanData]], [[NumberData]], [[StringData]], [[SymbolData]] or [[BigIntData]].
  Value primitive() const { return primitive_; }

 private:
  Value primitive_;
};

// 10.4.3 String Exotic Objects
// https://tc39.es/ecma262/#sec-string-exotic-objects
class StringExoticObject final : public PrimitiveWrapperObject {
 public:
  using PrimitiveWrapperObject::PrimitiveWrapperObject;
  const char* CellName() const override { return "StringExoticObject"; }
  bool HasOrdinaryPropertyLookup() const override { return false; }

  // 10.4.3.1 [[GetOwnProperty]] ( P )
  ThrowCompletionOr<std::optional<PropertyDescriptor>> GetOwnProperty(Agent& agent, const PropertyKey& key) override;
  // 10.4.3.2 [[DefineOwnProperty]] ( P, Desc )
  ThrowCompletionOr<bool> DefineOwnProperty(Agent& agent, const PropertyKey& key,
                                            const PropertyDescriptor& desc) override;
  // 10.4.3.3 [[OwnPropertyKeys]] ( )
  ThrowCompletionOr<std::vector<PropertyKey>> OwnPropertyKeys(Agent& agent) override;
};

// 10.4.3.4 StringCreate ( value, prototype )
// https://tc39.es/ecma262/#sec-stringcreate
StringExoticObject* StringCreate(Agent& agent, Value value, Object* prototype);

// 10.4.3.5 StringGetOwnProperty ( S, P )
// https://tc39.es/ecma262/#sec-stringgetownproperty
std::optional<PropertyDescriptor> StringGetOwnProperty(Agent& agent, StringExoticObject* s, const PropertyKey& p);

// The [[XData]] of `value` when it is a wrapper whose primitive has the
// given type test, e.g. ThisPrimitive(value, &Value::IsNumber).
inline std::optional<Value> WrappedPrimitive(Value value, bool (Value::*is_type)() const) {
  if (!value.IsObject()) return std::nullopt;
  auto* wrapper = dynamic_cast<PrimitiveWrapperObject*>(value.AsObject());
  if (wrapper == nullptr || !(wrapper->primitive().*is_type)()) return std::nullopt;
  return wrapper->primitive();
}

}  // namespace async_runtime::interpreter
