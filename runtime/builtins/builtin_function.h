// The machinery every built-in shares: creating built-in function objects
// with their `length` and `name` (10.3.4 CreateBuiltinFunction), defining
// them with the attributes clause 18 gives by default, and the constructor
// helpers of 10.1.13-10.1.14 and 7.3.24.
//
// A built-in behaviour has the signature of NativeFunction::BuiltinBehaviour:
// (agent, this value, arguments, NewTarget) where NewTarget is nullptr for a
// [[Call]]. Argument(arguments, i) reads an argument or undefined.
#pragma once

#include <span>
#include <string_view>

#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/completion.h"
#include "runtime/interpreter/function_object.h"
#include "runtime/interpreter/object.h"
#include "runtime/interpreter/property_key.h"
#include "runtime/interpreter/realm.h"
#include "runtime/interpreter/value.h"

namespace async_runtime::builtins {

using interpreter::Agent;
using interpreter::Intrinsic;
using interpreter::NativeFunction;
using interpreter::Object;
using interpreter::PropertyKey;
using interpreter::Realm;
using interpreter::ThrowCompletionOr;
using interpreter::Value;
using interpreter::WellKnownSymbol;
using BuiltinBehaviour = NativeFunction::BuiltinBehaviour;

// The i-th argument, or undefined when fewer were passed.
inline Value Argument(std::span<const Value> arguments, size_t index) {
  return index < arguments.size() ? arguments[index] : Value::Undefined();
}

// 10.2.9 SetFunctionName ( F, name [ , prefix ] )
// https://tc39.es/ecma262/#sec-setfunctionname
void SetFunctionName(Agent& agent, Object* function, const PropertyKey& name, std::u16string_view prefix = {});

// 10.2.10 SetFunctionLength ( F, length )
// https://tc39.es/ecma262/#sec-setfunctionlength
void SetFunctionLength(Agent& agent, Object* function, double length);

// 10.3.4 CreateBuiltinFunction ( behaviour, length, name, additionalInternalSlotsList [ , realm [ , proto [ , prefix [ , async ] ] ] ] )
// https://tc39.es/ecma262/#sec-createbuiltinfunction
// `realm` nullptr: the current Realm; `proto` nullptr: realm's
// %Function.prototype%. The result is not a constructor.
NativeFunction* CreateBuiltinFunction(Agent& agent, BuiltinBehaviour behaviour, double length,
                                      const PropertyKey& name, Realm* realm = nullptr, Object* proto = nullptr,
                                      std::u16string_view prefix = {});

// A built-in method on `target`: { [[Writable]]: true, [[Enumerable]]:
// false, [[Configurable]]: true } (clause 18), named `name`.
NativeFunction* DefineBuiltinMethod(Agent& agent, Realm* realm, Object* target, std::u16string_view name,
                                    double length, BuiltinBehaviour behaviour);
// The same for a symbol-keyed method, named "[Symbol.x]".
NativeFunction* DefineBuiltinMethod(Agent& agent, Realm* realm, Object* target, WellKnownSymbol symbol,
                                    double length, BuiltinBehaviour behaviour);

// An accessor property with a built-in getter ("get name") and optional
// setter ("set name"): { [[Enumerable]]: false, [[Configurable]]: true }.
void DefineBuiltinAccessor(Agent& agent, Realm* realm, Object* target, const PropertyKey& key,
                           BuiltinBehaviour getter, BuiltinBehaviour setter = nullptr);

// A data property; by default with clause 18's attributes.
void DefineBuiltinData(Agent& agent, Object* target, const PropertyKey& key, Value value, bool writable = true,
                       bool enumerable = false, bool configurable = true);
void DefineBuiltinData(Agent& agent, Object* target, std::u16string_view name, Value value, bool writable = true,
                       bool enumerable = false, bool configurable = true);

// A constant: { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false }.
void DefineBuiltinConstant(Agent& agent, Object* target, std::u16string_view name, Value value);

// A built-in constructor named `name` whose "prototype" is `prototype`
// ({ writable: false, enumerable: false, configurable: false }) and whose
// prototype's "constructor" is the constructor (clause 18 defaults). Stored
// in the realm as `intrinsic`. `prototype` may be nullptr (no "prototype").
NativeFunction* CreateBuiltinConstructor(Agent& agent, Realm* realm, Intrinsic intrinsic, std::u16string_view name,
                                         double length, BuiltinBehaviour behaviour, Object* prototype,
                                         Object* function_prototype = nullptr);

// 7.3.24 GetFunctionRealm ( obj )
// https://tc39.es/ecma262/#sec-getfunctionrealm
ThrowCompletionOr<Realm*> GetFunctionRealm(Agent& agent, Object* obj);

// 10.1.14 GetPrototypeFromConstructor ( constructor, intrinsicDefaultProto )
// https://tc39.es/ecma262/#sec-getprototypefromconstructor
ThrowCompletionOr<Object*> GetPrototypeFromConstructor(Agent& agent, Object* constructor,
                                                       Intrinsic intrinsic_default_proto);

// 10.1.13 OrdinaryCreateFromConstructor ( constructor, intrinsicDefaultProto [ , internalSlotsList ] )
// https://tc39.es/ecma262/#sec-ordinarycreatefromconstructor
template <typename T = Object, typename... Args>
ThrowCompletionOr<T*> OrdinaryCreateFromConstructor(Agent& agent, Object* constructor,
                                                    Intrinsic intrinsic_default_proto, Args&&... args) {
  // 1. Assert: intrinsicDefaultProto is this specification's name of an intrinsic object.
  // 2. Let proto be ? GetPrototypeFromConstructor(constructor, intrinsicDefaultProto).
  Object* proto = TRY(GetPrototypeFromConstructor(agent, constructor, intrinsic_default_proto));
  // 3. If internalSlotsList is present, let slotsList be internalSlotsList. 4. Else, let slotsList be a new empty List.
  // 5. Return OrdinaryObjectCreate(proto, slotsList).
  return interpreter::OrdinaryObjectCreate<T>(agent, proto, std::forward<Args>(args)...);
}

// The current realm's intrinsic.
inline Object* CurrentIntrinsic(Agent& agent, Intrinsic intrinsic) {
  return agent.current_realm()->intrinsic(intrinsic);
}

}  // namespace async_runtime::builtins
