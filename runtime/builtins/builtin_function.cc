#include "runtime/builtins/builtin_function.h"

#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/primitive_string.h"
#include "runtime/interpreter/symbol.h"

namespace async_runtime::builtins {

using interpreter::DefinePropertyOrThrow;
using interpreter::PropertyDescriptor;
using interpreter::RootedValue;

// 10.2.9 SetFunctionName ( F, name [ , prefix ] )
// https://tc39.es/ecma262/#sec-setfunctionname
void SetFunctionName(Agent& agent, Object* function, const PropertyKey& name, std::u16string_view prefix) {
  heap::Handle<Object> f(agent.heap(), function);
  // 1. Assert: F is an extensible object that does not have a "name" own property.
  std::u16string text;
  // 2. If name is a Symbol, then
  if (name.is_symbol()) {
    // a. Let description be name.[[Description]].
    interpreter::PrimitiveString* description = name.symbol()->description();
    // b. If description is undefined, set name to the empty String.
    // c. Else, set name to the string-concatenation of "[", description, and "]".
    if (description != nullptr) text = u"[" + std::u16string(description->code_units()) + u"]";
  } else {
    // 3. Else if name is a Private Name, set name to name.[[Description]]. (Private names are not property keys here.)
    text = name.ToDisplayString();
  }
  // 4. If F has an [[InitialName]] internal slot, then set F.[[InitialName]] to name. (Not kept: Function.prototype.toString
  //    prints the "name" of built-ins.)
  // 5. If prefix is present, then
  if (!prefix.empty()) {
    // a. Set name to the string-concatenation of prefix, the code unit 0x0020 (SPACE), and name.
    text = std::u16string(prefix) + u" " + text;
    // b. If F has an [[InitialName]] internal slot, then set F.[[InitialName]] to name.
  }
  // 6. Perform ! DefinePropertyOrThrow(F, "name", PropertyDescriptor { [[Value]]: name, [[Writable]]: false,
  //    [[Enumerable]]: false, [[Configurable]]: true }).
  RootedValue value(agent.heap(), agent.InternedString(text));
  MUST(DefinePropertyOrThrow(agent, f, agent.Key(u"name"), PropertyDescriptor::Data(value, false, false, true)));
  // 7. Return unused.
}

// 10.2.10 SetFunctionLength ( F, length )
// https://tc39.es/ecma262/#sec-setfunctionlength
void SetFunctionLength(Agent& agent, Object* function, double length) {
  // 1. Assert: F is an extensible object that does not have a "length" own property.
  // 2. Perform ! DefinePropertyOrThrow(F, "length", PropertyDescriptor { [[Value]]: 𝔽(length), [[Writable]]: false,
  //    [[Enumerable]]: false, [[Configurable]]: true }).
  MUST(DefinePropertyOrThrow(agent, function, agent.Key(u"length"),
                             PropertyDescriptor::Data(Value::Number(length), false, false, true)));
  // 3. Return unused.
}

// 10.3.4 CreateBuiltinFunction ( behaviour, length, name, additionalInternalSlotsList [ , realm [ , proto [ , prefix [ , async ] ] ] ] )
// https://tc39.es/ecma262/#sec-createbuiltinfunction
NativeFunction* CreateBuiltinFunction(Agent& agent, BuiltinBehaviour behaviour, double length,
                                      const PropertyKey& name, Realm* realm, Object* proto,
                                      std::u16string_view prefix) {
  // 1. If realm is not present, set realm to the current Realm Record.
  if (realm == nullptr) realm = agent.current_realm();
  // 2. If proto is not present, set proto to realm.[[Intrinsics]].[[%Function.prototype%]].
  if (proto == nullptr) proto = realm->intrinsic(Intrinsic::kFunctionPrototype);
  // 3. If async is not present, set async to false.
  // 4.-6. Let func be a new built-in function object that, when called, performs the action described by behaviour.
  // 8.-9. Set func.[[Prototype]] to proto; set func.[[Extensible]] to true.
  // 10. Set func.[[Realm]] to realm.
  heap::Handle<NativeFunction> func(
      agent.heap(), interpreter::OrdinaryObjectCreate<NativeFunction>(agent, proto, std::move(behaviour), realm, false));
  // 11. Set func.[[InitialName]] to null.
  // 12. Perform SetFunctionLength(func, length).
  SetFunctionLength(agent, func, length);
  // 13. If prefix is not present, then perform SetFunctionName(func, name).
  // 14. Else, perform SetFunctionName(func, name, prefix).
  SetFunctionName(agent, func, name, prefix);
  // 15. Return func.
  return func.get();
}

NativeFunction* DefineBuiltinMethod(Agent& agent, Realm* realm, Object* target, std::u16string_view name,
                                    double length, BuiltinBehaviour behaviour) {
  heap::Handle<Object> rooted_target(agent.heap(), target);
  PropertyKey key = agent.Key(name);
  // Rooted: defining the property allocates (a shape) before the function is stored.
  heap::Handle<NativeFunction> function(agent.heap(),
                                        CreateBuiltinFunction(agent, std::move(behaviour), length, key, realm));
  DefineBuiltinData(agent, rooted_target, key, Value::FromObject(function));
  return function.get();
}

NativeFunction* DefineBuiltinMethod(Agent& agent, Realm* realm, Object* target, WellKnownSymbol symbol,
                                    double length, BuiltinBehaviour behaviour) {
  heap::Handle<Object> rooted_target(agent.heap(), target);
  PropertyKey key = PropertyKey::FromSymbol(agent.well_known_symbol(symbol));
  // Rooted: defining the property allocates (a shape) before the function is stored.
  heap::Handle<NativeFunction> function(agent.heap(),
                                        CreateBuiltinFunction(agent, std::move(behaviour), length, key, realm));
  DefineBuiltinData(agent, rooted_target, key, Value::FromObject(function));
  return function.get();
}

void DefineBuiltinAccessor(Agent& agent, Realm* realm, Object* target, const PropertyKey& key,
                           BuiltinBehaviour getter, BuiltinBehaviour setter) {
  heap::Handle<Object> rooted_target(agent.heap(), target);
  RootedValue getter_value(agent.heap(), Value::FromObject(CreateBuiltinFunction(agent, std::move(getter), 0, key,
                                                                                  realm, nullptr, u"get")));
  RootedValue setter_value(agent.heap(), Value::Undefined());
  if (setter) {
    setter_value = Value::FromObject(CreateBuiltinFunction(agent, std::move(setter), 1, key, realm, nullptr, u"set"));
  }
  MUST(DefinePropertyOrThrow(agent, rooted_target, key,
                             PropertyDescriptor::Accessor(getter_value, setter_value, false, true)));
}

void DefineBuiltinData(Agent& agent, Object* target, const PropertyKey& key, Value value, bool writable,
                       bool enumerable, bool configurable) {
  MUST(DefinePropertyOrThrow(agent, target, key, PropertyDescriptor::Data(value, writable, enumerable, configurable)));
}

void DefineBuiltinData(Agent& agent, Object* target, std::u16string_view name, Value value, bool writable,
                       bool enumerable, bool configurable) {
  DefineBuiltinData(agent, target, agent.Key(name), value, writable, enumerable, configurable);
}

void DefineBuiltinConstant(Agent& agent, Object* target, std::u16string_view name, Value value) {
  DefineBuiltinData(agent, target, agent.Key(name), value, false, false, false);
}

NativeFunction* CreateBuiltinConstructor(Agent& agent, Realm* realm, Intrinsic intrinsic, std::u16string_view name,
                                         double length, BuiltinBehaviour behaviour, Object* prototype,
                                         Object* function_prototype) {
  heap::Handle<Realm> rooted_realm(agent.heap(), realm);
  heap::Handle<Object> rooted_prototype(agent.heap(), prototype);
  heap::Handle<NativeFunction> constructor(
      agent.heap(),
      CreateBuiltinFunction(agent, std::move(behaviour), length, agent.Key(name), realm, function_prototype));
  constructor->set_is_constructor(true);
  rooted_realm->set_intrinsic(intrinsic, constructor.get());
  if (rooted_prototype.get() != nullptr) {
    DefineBuiltinData(agent, constructor, u"prototype", Value::FromObject(rooted_prototype), false, false, false);
    DefineBuiltinData(agent, rooted_prototype, u"constructor", Value::FromObject(constructor));
  }
  return constructor.get();
}

// 7.3.24 GetFunctionRealm ( obj )
// https://tc39.es/ecma262/#sec-getfunctionrealm
ThrowCompletionOr<Realm*> GetFunctionRealm(Agent& agent, Object* obj) {
  // 1. If obj has a [[Realm]] internal slot, then return obj.[[Realm]].
  // 2. If obj is a bound function exotic object, then return ? GetFunctionRealm(obj.[[BoundTargetFunction]]).
  // 3. If obj is a Proxy exotic object, then
  //    a. Perform ? ValidateNonRevokedProxy(obj). b. Return ? GetFunctionRealm(obj.[[ProxyTarget]]).
  Realm* realm = TRY(obj->FunctionRealm(agent));
  if (realm != nullptr) return realm;
  // 4. Return the current Realm Record.
  return agent.current_realm();
}

// 10.1.14 GetPrototypeFromConstructor ( constructor, intrinsicDefaultProto )
// https://tc39.es/ecma262/#sec-getprototypefromconstructor
ThrowCompletionOr<Object*> GetPrototypeFromConstructor(Agent& agent, Object* constructor,
                                                       Intrinsic intrinsic_default_proto) {
  heap::Handle<Object> rooted_constructor(agent.heap(), constructor);
  // 1. Assert: intrinsicDefaultProto is this specification's name of an intrinsic object.
  // 2. Let proto be ? Get(constructor, "prototype").
  Value proto = TRY(interpreter::Get(agent, rooted_constructor, agent.Key(u"prototype")));
  // 3. If proto is not an Object, then
  if (!proto.IsObject()) {
    // a. Let realm be ? GetFunctionRealm(constructor).
    Realm* realm = TRY(GetFunctionRealm(agent, rooted_constructor));
    // b. Set proto to realm's intrinsic object named intrinsicDefaultProto.
    return realm->intrinsic(intrinsic_default_proto);
  }
  // 4. Return proto.
  return proto.AsObject();
}

}  // namespace async_runtime::builtins
