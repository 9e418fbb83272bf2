#include "runtime/builtins/reflect.h"

#include "runtime/builtins/object.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

using interpreter::RootedValue;
using interpreter::RootedValueVector;
using interpreter::ThrowTypeError;

namespace {

Value ObjectOrNull(Object* object) { return object == nullptr ? Value::Null() : Value::FromObject(object); }

interpreter::ThrowCompletion ThrowNotAnObject(Agent& agent, std::u16string_view function) {
  return ThrowTypeError(agent, u"Reflect." + std::u16string(function) + u" called on a non-object");
}

// 28.1.1 Reflect.apply ( target, thisArg, args )
// https://tc39.es/ecma262/#sec-reflect.apply
ThrowCompletionOr<Value> ReflectApply(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value target = Argument(arguments, 0);
  // 1. If IsCallable(target) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(target)) return ThrowTypeError(agent, u"Reflect.apply: the target is not callable");
  // 2. Let args be ? CreateListFromArrayLike(argumentsList).
  RootedValueVector args(agent.heap());
  args.values() = TRY(interpreter::vm::CreateListFromArrayLike(agent, Argument(arguments, 2)));
  // 3. Perform PrepareForTailCall().
  // 4. Return ? Call(target, thisArgument, args).
  return interpreter::Call(agent, target, Argument(arguments, 1), args.values());
}

// 28.1.2 Reflect.construct ( target, args [ , newTarget ] )
// https://tc39.es/ecma262/#sec-reflect.construct
ThrowCompletionOr<Value> ReflectConstruct(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value target = Argument(arguments, 0);
  // 1. If IsConstructor(target) is false, throw a TypeError exception.
  if (!interpreter::IsConstructor(target)) {
    return ThrowTypeError(agent, u"Reflect.construct: the target is not a constructor");
  }
  // 2. If newTarget is not present, set newTarget to target.
  Value new_target = arguments.size() < 3 ? target : arguments[2];
  // 3. Else if IsConstructor(newTarget) is false, throw a TypeError exception.
  if (!interpreter::IsConstructor(new_target)) {
    return ThrowTypeError(agent, u"Reflect.construct: newTarget is not a constructor");
  }
  // 4. Let args be ? CreateListFromArrayLike(argumentsList).
  RootedValueVector args(agent.heap());
  args.values() = TRY(interpreter::vm::CreateListFromArrayLike(agent, Argument(arguments, 1)));
  // 5. Return ? Construct(target, args, newTarget).
  return Value::FromObject(
      TRY(interpreter::vm::Construct(agent, target.AsObject(), args.values(), new_target.AsObject())));
}

// 28.1.3 Reflect.defineProperty ( target, key, attrs )
// https://tc39.es/ecma262/#sec-reflect.defineproperty
ThrowCompletionOr<Value> ReflectDefineProperty(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value target = Argument(arguments, 0);
  // 1. If target is not an Object, throw a TypeError exception.
  if (!target.IsObject()) return ThrowNotAnObject(agent, u"defineProperty");
  // 2. Let key be ? ToPropertyKey(propertyKey).
  RootedPropertyKeys key(agent.heap(), {TRY(interpreter::vm::ToPropertyKey(agent, Argument(arguments, 1)))});
  // 3. Let desc be ? ToPropertyDescriptor(attributes).
  RootedPropertyDescriptor desc(agent.heap(),
                                TRY(interpreter::vm::ToPropertyDescriptor(agent, Argument(arguments, 2))));
  // 4. Return ? target.[[DefineOwnProperty]](key, desc).
  return Value::Boolean(TRY(target.AsObject()->DefineOwnProperty(agent, key.keys()[0], *desc.get())));
}

// 28.1.4 Reflect.deleteProperty ( target, key )
// https://tc39.es/ecma262/#sec-reflect.deleteproperty
ThrowCompletionOr<Value> ReflectDeleteProperty(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value target = Argument(arguments, 0);
  // 1. If target is not an Object, throw a TypeError exception.
  if (!target.IsObject()) return ThrowNotAnObject(agent, u"deleteProperty");
  // 2. Let key be ? ToPropertyKey(propertyKey).
  RootedPropertyKeys key(agent.heap(), {TRY(interpreter::vm::ToPropertyKey(agent, Argument(arguments, 1)))});
  // 3. Return ? target.[[Delete]](key).
  return Value::Boolean(TRY(target.AsObject()->Delete(agent, key.keys()[0])));
}

// 28.1.5 Reflect.get ( target, key [ , receiver ] )
// https://tc39.es/ecma262/#sec-reflect.get
ThrowCompletionOr<Value> ReflectGet(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value target = Argument(arguments, 0);
  // 1. If target is not an Object, throw a TypeError exception.
  if (!target.IsObject()) return ThrowNotAnObject(agent, u"get");
  // 2. Let key be ? ToPropertyKey(propertyKey).
  RootedPropertyKeys key(agent.heap(), {TRY(interpreter::vm::ToPropertyKey(agent, Argument(arguments, 1)))});
  // 3. If receiver is not present, then
  //    a. Set receiver to target.
  Value receiver = arguments.size() < 3 ? target : arguments[2];
  // 4. Return ? target.[[Get]](key, receiver).
  return target.AsObject()->Get(agent, key.keys()[0], receiver);
}

// 28.1.6 Reflect.getOwnPropertyDescriptor ( target, key )
// https://tc39.es/ecma262/#sec-reflect.getownpropertydescriptor
ThrowCompletionOr<Value> ReflectGetOwnPropertyDescriptor(Agent& agent, Value, std::span<const Value> arguments,
                                                         Object*) {
  Value target = Argument(arguments, 0);
  // 1. If target is not an Object, throw a TypeError exception.
  if (!target.IsObject()) return ThrowNotAnObject(agent, u"getOwnPropertyDescriptor");
  // 2. Let key be ? ToPropertyKey(propertyKey).
  RootedPropertyKeys key(agent.heap(), {TRY(interpreter::vm::ToPropertyKey(agent, Argument(arguments, 1)))});
  // 3. Let desc be ? target.[[GetOwnProperty]](key).
  std::optional<interpreter::PropertyDescriptor> desc = TRY(target.AsObject()->GetOwnProperty(agent, key.keys()[0]));
  // 4. Return FromPropertyDescriptor(desc).
  return interpreter::vm::FromPropertyDescriptor(agent, desc);
}

// 28.1.7 Reflect.getPrototypeOf ( target )
// https://tc39.es/ecma262/#sec-reflect.getprototypeof
ThrowCompletionOr<Value> ReflectGetPrototypeOf(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value target = Argument(arguments, 0);
  // 1. If target is not an Object, throw a TypeError exception.
  if (!target.IsObject()) return ThrowNotAnObject(agent, u"getPrototypeOf");
  // 2. Return ? target.[[GetPrototypeOf]]().
  return ObjectOrNull(TRY(target.AsObject()->GetPrototypeOf(agent)));
}

// 28.1.8 Reflect.has ( target, key )
// https://tc39.es/ecma262/#sec-reflect.has
ThrowCompletionOr<Value> ReflectHas(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value target = Argument(arguments, 0);
  // 1. If target is not an Object, throw a TypeError exception.
  if (!target.IsObject()) return ThrowNotAnObject(agent, u"has");
  // 2. Let key be ? ToPropertyKey(propertyKey).
  RootedPropertyKeys key(agent.heap(), {TRY(interpreter::vm::ToPropertyKey(agent, Argument(arguments, 1)))});
  // 3. Return ? target.[[HasProperty]](key).
  return Value::Boolean(TRY(target.AsObject()->HasProperty(agent, key.keys()[0])));
}

// 28.1.9 Reflect.isExtensible ( target )
// https://tc39.es/ecma262/#sec-reflect.isextensible
ThrowCompletionOr<Value> ReflectIsExtensible(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value target = Argument(arguments, 0);
  // 1. If target is not an Object, throw a TypeError exception.
  if (!target.IsObject()) return ThrowNotAnObject(agent, u"isExtensible");
  // 2. Return ? target.[[IsExtensible]]().
  return Value::Boolean(TRY(target.AsObject()->IsExtensible(agent)));
}

// 28.1.10 Reflect.ownKeys ( target )
// https://tc39.es/ecma262/#sec-reflect.ownkeys
ThrowCompletionOr<Value> ReflectOwnKeys(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value target = Argument(arguments, 0);
  // 1. If target is not an Object, throw a TypeError exception.
  if (!target.IsObject()) return ThrowNotAnObject(agent, u"ownKeys");
  // 2. Let keys be ? target.[[OwnPropertyKeys]]().
  RootedPropertyKeys keys(agent.heap(), TRY(target.AsObject()->OwnPropertyKeys(agent)));
  // 3. Return CreateArrayFromList(keys).
  RootedValueVector values(agent.heap());
  PropertyKeysToValues(agent, keys.keys(), values);
  return Value::FromObject(CreateArrayFromList(agent, values.values()));
}

// 28.1.11 Reflect.preventExtensions ( target )
// https://tc39.es/ecma262/#sec-reflect.preventextensions
ThrowCompletionOr<Value> ReflectPreventExtensions(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value target = Argument(arguments, 0);
  // 1. If target is not an Object, throw a TypeError exception.
  if (!target.IsObject()) return ThrowNotAnObject(agent, u"preventExtensions");
  // 2. Return ? target.[[PreventExtensions]]().
  return Value::Boolean(TRY(target.AsObject()->PreventExtensions(agent)));
}

// 28.1.12 Reflect.set ( target, key, value [ , receiver ] )
// https://tc39.es/ecma262/#sec-reflect.set
ThrowCompletionOr<Value> ReflectSet(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value target = Argument(arguments, 0);
  // 1. If target is not an Object, throw a TypeError exception.
  if (!target.IsObject()) return ThrowNotAnObject(agent, u"set");
  // 2. Let key be ? ToPropertyKey(propertyKey).
  RootedPropertyKeys key(agent.heap(), {TRY(interpreter::vm::ToPropertyKey(agent, Argument(arguments, 1)))});
  // 3. If receiver is not present, then
  //    a. Set receiver to target.
  Value receiver = arguments.size() < 4 ? target : arguments[3];
  // 4. Return ? target.[[Set]](key, V, receiver).
  return Value::Boolean(TRY(target.AsObject()->Set(agent, key.keys()[0], Argument(arguments, 2), receiver)));
}

// 28.1.13 Reflect.setPrototypeOf ( target, proto )
// https://tc39.es/ecma262/#sec-reflect.setprototypeof
ThrowCompletionOr<Value> ReflectSetPrototypeOf(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value target = Argument(arguments, 0);
  Value proto = Argument(arguments, 1);
  // 1. If target is not an Object, throw a TypeError exception.
  if (!target.IsObject()) return ThrowNotAnObject(agent, u"setPrototypeOf");
  // 2. If proto is not an Object and proto is not null, throw a TypeError exception.
  if (!proto.IsObject() && !proto.IsNull()) {
    return ThrowTypeError(agent, u"Reflect.setPrototypeOf: the prototype must be an object or null");
  }
  // 3. Return ? target.[[SetPrototypeOf]](proto).
  return Value::Boolean(TRY(target.AsObject()->SetPrototypeOf(agent, proto.IsNull() ? nullptr : proto.AsObject())));
}

}  // namespace

void CreateReflectIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 28.1: %Reflect% is an ordinary object whose [[Prototype]] is %Object.prototype%.
  heap::Handle<Object> reflect(agent.heap(), interpreter::OrdinaryObjectCreate(
                                                 agent, realm->intrinsic(Intrinsic::kObjectPrototype)));
  realm->set_intrinsic(Intrinsic::kReflect, reflect);
  DefineBuiltinMethod(agent, realm, reflect, u"apply", 3, ReflectApply);
  DefineBuiltinMethod(agent, realm, reflect, u"construct", 2, ReflectConstruct);
  DefineBuiltinMethod(agent, realm, reflect, u"defineProperty", 3, ReflectDefineProperty);
  DefineBuiltinMethod(agent, realm, reflect, u"deleteProperty", 2, ReflectDeleteProperty);
  DefineBuiltinMethod(agent, realm, reflect, u"get", 2, ReflectGet);
  DefineBuiltinMethod(agent, realm, reflect, u"getOwnPropertyDescriptor", 2, ReflectGetOwnPropertyDescriptor);
  DefineBuiltinMethod(agent, realm, reflect, u"getPrototypeOf", 1, ReflectGetPrototypeOf);
  DefineBuiltinMethod(agent, realm, reflect, u"has", 2, ReflectHas);
  DefineBuiltinMethod(agent, realm, reflect, u"isExtensible", 1, ReflectIsExtensible);
  DefineBuiltinMethod(agent, realm, reflect, u"ownKeys", 1, ReflectOwnKeys);
  DefineBuiltinMethod(agent, realm, reflect, u"preventExtensions", 1, ReflectPreventExtensions);
  DefineBuiltinMethod(agent, realm, reflect, u"set", 3, ReflectSet);
  DefineBuiltinMethod(agent, realm, reflect, u"setPrototypeOf", 2, ReflectSetPrototypeOf);
  // 28.1.14 Reflect [ %Symbol.toStringTag% ]: "Reflect",
  // { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: true }.
  DefineBuiltinData(agent, reflect, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag)),
                    agent.InternedString(u"Reflect"), false, false, true);
}

}  // namespace async_runtime::builtins
