#include "runtime/builtins/boolean.h"

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/primitive_wrapper.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

using interpreter::PrimitiveWrapperObject;

namespace {

// 20.3.1.1 Boolean ( value )
// https://tc39.es/ecma262/#sec-boolean-constructor-boolean-value
ThrowCompletionOr<Value> BooleanConstructor(Agent& agent, Value, std::span<const Value> arguments,
                                            Object* new_target) {
  // 1. Let b be ToBoolean(value).
  bool b = interpreter::vm::ToBoolean(Argument(arguments, 0));
  // 2. If NewTarget is undefined, return b.
  if (new_target == nullptr) return Value::Boolean(b);
  // 3. Let O be ? OrdinaryCreateFromConstructor(NewTarget, "%Boolean.prototype%", « [[BooleanData]] »).
  // 4. Set O.[[BooleanData]] to b.
  PrimitiveWrapperObject* o = TRY(OrdinaryCreateFromConstructor<PrimitiveWrapperObject>(
      agent, new_target, Intrinsic::kBooleanPrototype, Value::Boolean(b)));
  // 5. Return O.
  return Value::FromObject(o);
}

// 20.3.3.3.1 ThisBooleanValue ( arg )
// https://tc39.es/ecma262/#sec-thisbooleanvalue
ThrowCompletionOr<bool> ThisBooleanValue(Agent& agent, Value arg) {
  // 1. If arg is a Boolean, return arg.
  if (arg.IsBoolean()) return arg.AsBoolean();
  // 2. If arg is an Object and arg has a [[BooleanData]] internal slot, then
  //    a. Let b be arg.[[BooleanData]]. b. Assert: b is a Boolean. c. Return b.
  if (auto b = interpreter::WrappedPrimitive(arg, &Value::IsBoolean)) return b->AsBoolean();
  // 3. Throw a TypeError exception.
  return interpreter::ThrowTypeError(agent, u"Boolean.prototype method called on a value that is not a Boolean");
}

// 20.3.3.2 Boolean.prototype.toString ( )
// https://tc39.es/ecma262/#sec-boolean.prototype.tostring
ThrowCompletionOr<Value> BooleanPrototypeToString(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let b be ? ThisBooleanValue(this value).
  bool b = TRY(ThisBooleanValue(agent, this_value));
  // 2. If b is true, return "true"; else return "false".
  return agent.InternedString(b ? u"true" : u"false");
}

// 20.3.3.3 Boolean.prototype.valueOf ( )
// https://tc39.es/ecma262/#sec-boolean.prototype.valueof
ThrowCompletionOr<Value> BooleanPrototypeValueOf(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Return ? ThisBooleanValue(this value).
  return Value::Boolean(TRY(ThisBooleanValue(agent, this_value)));
}

}  // namespace

void CreateBooleanIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 20.3.3: %Boolean.prototype% is itself a Boolean object; it has a [[BooleanData]] internal slot with the
  // value false and its [[Prototype]] is %Object.prototype%.
  heap::Handle<PrimitiveWrapperObject> prototype(
      agent.heap(), interpreter::OrdinaryObjectCreate<PrimitiveWrapperObject>(
                        agent, realm->intrinsic(Intrinsic::kObjectPrototype), Value::Boolean(false)));
  realm->set_intrinsic(Intrinsic::kBooleanPrototype, prototype);
  // 20.3.2: %Boolean% has a "length" property whose value is 1𝔽.
  CreateBuiltinConstructor(agent, realm, Intrinsic::kBoolean, u"Boolean", 1, BooleanConstructor, prototype);
  DefineBuiltinMethod(agent, realm, prototype, u"toString", 0, BooleanPrototypeToString);
  DefineBuiltinMethod(agent, realm, prototype, u"valueOf", 0, BooleanPrototypeValueOf);
}

}  // namespace async_runtime::builtins
