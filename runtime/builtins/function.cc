#include "runtime/builtins/function.h"

#include <cmath>

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/operations.h"
#include "runtime/interpreter/vm/vm.h"

namespace async_runtime::builtins {

using interpreter::RootedValue;
using interpreter::ThrowTypeError;

void BoundFunctionObject::VisitEdges(heap::Visitor& visitor) {
  FunctionObject::VisitEdges(visitor);
  visitor.Visit(target_);
  bound_this_.Visit(visitor);
  for (Value value : bound_arguments_) value.Visit(visitor);
}

ThrowCompletionOr<Realm*> BoundFunctionObject::FunctionRealm(Agent& agent) {
  // 7.3.24 GetFunctionRealm step 2: return ? GetFunctionRealm(obj.[[BoundTargetFunction]]).
  return GetFunctionRealm(agent, target_);
}

// 10.4.1.1 [[Call]] ( thisArgument, argumentsList )
// https://tc39.es/ecma262/#sec-bound-function-exotic-objects-call-thisargument-argumentslist
ThrowCompletionOr<Value> BoundFunctionObject::Call(Agent& agent, Value, std::span<const Value> arguments_list) {
  // 1. Let target be F.[[BoundTargetFunction]]. 2. Let boundThis be F.[[BoundThis]].
  // 3. Let boundArgs be F.[[BoundArguments]].
  // 4. Let args be the list-concatenation of boundArgs and argumentsList.
  std::vector<Value> args(bound_arguments_);
  args.insert(args.end(), arguments_list.begin(), arguments_list.end());
  // 5. Return ? Call(target, boundThis, args). (`this` is traced, so args stay reachable through
  //    bound_arguments_ and the caller's own list.)
  return interpreter::Call(agent, Value::FromObject(target_), bound_this_, args);
}

// 10.4.1.2 [[Construct]] ( argumentsList, newTarget )
// https://tc39.es/ecma262/#sec-bound-function-exotic-objects-construct-argumentslist-newtarget
ThrowCompletionOr<Object*> BoundFunctionObject::Construct(Agent& agent, std::span<const Value> arguments_list,
                                                          Object* new_target) {
  // 1. Let target be F.[[BoundTargetFunction]]. 2. Assert: IsConstructor(target) is true.
  // 3. Let boundArgs be F.[[BoundArguments]]. 4. Let args be the list-concatenation of boundArgs and argumentsList.
  std::vector<Value> args(bound_arguments_);
  args.insert(args.end(), arguments_list.begin(), arguments_list.end());
  // 5. If SameValue(F, newTarget) is true, set newTarget to target.
  if (new_target == this) new_target = target_;
  // 6. Return ? Construct(target, args, newTarget).
  return interpreter::vm::Construct(agent, target_, args, new_target);
}

// 10.4.1.3 BoundFunctionCreate ( targetFunction, boundThis, boundArgs )
// https://tc39.es/ecma262/#sec-boundfunctioncreate
ThrowCompletionOr<BoundFunctionObject*> BoundFunctionCreate(Agent& agent, Object* target_function, Value bound_this,
                                                            std::span<const Value> bound_args) {
  heap::Handle<Object> target(agent.heap(), target_function);
  RootedValue this_value(agent.heap(), bound_this);
  // 1. Let proto be ? targetFunction.[[GetPrototypeOf]]().
  Object* proto = TRY(target->GetPrototypeOf(agent));
  // 2.-9. A new object with [[Call]] (and [[Construct]] when targetFunction has one), [[Prototype]] proto,
  //       [[BoundTargetFunction]], [[BoundThis]] and [[BoundArguments]].
  // 10. Return obj.
  return interpreter::OrdinaryObjectCreate<BoundFunctionObject>(
      agent, proto, target.get(), this_value.get(), std::vector<Value>(bound_args.begin(), bound_args.end()));
}

namespace {

// 20.2.3.1 Function.prototype.apply ( thisArg, argArray )
// https://tc39.es/ecma262/#sec-function.prototype.apply
ThrowCompletionOr<Value> FunctionPrototypeApply(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                Object*) {
  Value this_arg = Argument(arguments, 0);
  Value arg_array = Argument(arguments, 1);
  // 1. Let func be the this value.
  // 2. If IsCallable(func) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(this_value)) {
    return ThrowTypeError(agent, u"Function.prototype.apply called on a non-callable value");
  }
  // 3. If argArray is either undefined or null, then
  if (arg_array.IsNullish()) {
    // a. Perform PrepareForTailCall(). b. Return ? Call(func, thisArg).
    return interpreter::Call(agent, this_value, this_arg, {});
  }
  // 4. Let argList be ? CreateListFromArrayLike(argArray).
  std::vector<Value> arg_list = TRY(interpreter::vm::CreateListFromArrayLike(agent, arg_array));
  // 5. Perform PrepareForTailCall().
  // 6. Return ? Call(func, thisArg, argList). (The elements stay reachable from argArray.)
  return interpreter::Call(agent, this_value, this_arg, arg_list);
}

// 20.2.3.2 Function.prototype.bind ( thisArg, ...args )
// https://tc39.es/ecma262/#sec-function.prototype.bind
ThrowCompletionOr<Value> FunctionPrototypeBind(Agent& agent, Value this_value, std::span<const Value> arguments,
                                               Object*) {
  Value this_arg = Argument(arguments, 0);
  std::span<const Value> args = arguments.empty() ? arguments : arguments.subspan(1);
  // 1. Let Target be the this value.
  // 2. If IsCallable(Target) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(this_value)) {
    return ThrowTypeError(agent, u"Function.prototype.bind called on a non-callable value");
  }
  heap::Handle<Object> target(agent.heap(), this_value.AsObject());
  // 3. Let F be ? BoundFunctionCreate(Target, thisArg, args).
  heap::Handle<BoundFunctionObject> f(agent.heap(), TRY(BoundFunctionCreate(agent, target, this_arg, args)));
  // 4. Let L be 0.
  double l = 0;
  // 5. Let targetHasLength be ? HasOwnProperty(Target, "length").
  bool target_has_length = TRY(interpreter::HasOwnProperty(agent, target, agent.Key(u"length")));
  // 6. If targetHasLength is true, then
  if (target_has_length) {
    // a. Let targetLen be ? Get(Target, "length").
    Value target_len = TRY(interpreter::Get(agent, target, agent.Key(u"length")));
    // b. If targetLen is a Number, then
    if (target_len.IsNumber()) {
      double number = target_len.AsNumber();
      // i. If targetLen is +∞𝔽, set L to +∞.
      if (number == INFINITY) {
        l = INFINITY;
      } else if (number == -INFINITY) {
        // ii. Else if targetLen is -∞𝔽, set L to 0.
        l = 0;
      } else {
        // iii. Else, let targetLenAsInt be ! ToIntegerOrInfinity(targetLen);
        //      set L to max(targetLenAsInt - argCount, 0).
        double target_len_as_int = MUST(interpreter::vm::ToIntegerOrInfinity(agent, target_len));
        l = std::max(target_len_as_int - static_cast<double>(args.size()), 0.0);
      }
    }
  }
  // 7. Perform SetFunctionLength(F, L).
  SetFunctionLength(agent, f, l);
  // 8. Let targetName be ? Get(Target, "name").
  Value target_name = TRY(interpreter::Get(agent, target, agent.Key(u"name")));
  // 9. If targetName is not a String, set targetName to the empty String.
  PropertyKey name = target_name.IsString() ? PropertyKey::FromValue(agent.strings(), target_name) : agent.Key(u"");
  // 10. Perform SetFunctionName(F, targetName, "bound").
  SetFunctionName(agent, f, name, u"bound");
  // 11. Return F.
  return Value::FromObject(f);
}

// 20.2.3.3 Function.prototype.call ( thisArg, ...args )
// https://tc39.es/ecma262/#sec-function.prototype.call
ThrowCompletionOr<Value> FunctionPrototypeCall(Agent& agent, Value this_value, std::span<const Value> arguments,
                                               Object*) {
  // 1. Let func be the this value.
  // 2. If IsCallable(func) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(this_value)) {
    return ThrowTypeError(agent, u"Function.prototype.call called on a non-callable value");
  }
  // 3. Perform PrepareForTailCall().
  // 4. Return ? Call(func, thisArg, args).
  return interpreter::Call(agent, this_value, Argument(arguments, 0),
                           arguments.empty() ? arguments : arguments.subspan(1));
}

// 20.2.3.5 Function.prototype.toString ( )
// https://tc39.es/ecma262/#sec-function.prototype.tostring
ThrowCompletionOr<Value> FunctionPrototypeToString(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let func be the this value.
  // 2. If func is an Object, func has a [[SourceText]] internal slot, func.[[SourceText]] is a sequence of Unicode
  //    code points, and HostHasSourceTextAvailable(func) is true, then
  //    a. Return CodePointsToString(func.[[SourceText]]).
  if (this_value.IsObject()) {
    auto* function = dynamic_cast<interpreter::vm::ECMAScriptFunctionObject*>(this_value.AsObject());
    if (function != nullptr && function->code()->source_text != nullptr) {
      const auto& code = *function->code();
      return interpreter::vm::MakeString(
          agent, code.source_text->substr(code.source_start, code.source_end - code.source_start));
    }
  }
  // 3. If func is a built-in function object, return an implementation-defined String source code representation
  //    of func. The representation must have the syntax of a NativeFunction. Additionally, if func has an
  //    [[InitialName]] internal slot and func.[[InitialName]] is a String, the portion of the returned String that
  //    would be matched by NativeFunctionAccessor_opt PropertyName must be the value of func.[[InitialName]].
  // 4. If func is an Object and IsCallable(func) is true, return an implementation-defined String source code
  //    representation of func. The representation must have the syntax of a NativeFunction.
  if (interpreter::IsCallable(this_value)) {
    std::u16string name;
    if (dynamic_cast<NativeFunction*>(this_value.AsObject()) != nullptr) {
      auto own = interpreter::OrdinaryGetOwnProperty(this_value.AsObject(), agent.Key(u"name"));
      if (own && own->value && own->value->IsString()) {
        std::u16string_view text = own->value->AsString()->code_units();
        // "get x" / "set x" are NativeFunctionAccessor PropertyName; "[Symbol.x]" is a computed PropertyName.
        bool valid = !text.empty() && text.find(u' ') == std::u16string_view::npos;
        if (text.starts_with(u"get ") || text.starts_with(u"set ")) valid = text.size() > 4;
        if (valid) name = std::u16string(text);
      }
    }
    return interpreter::vm::MakeString(agent, u"function " + name + u"() { [native code] }");
  }
  // 5. Throw a TypeError exception.
  return ThrowTypeError(agent, u"Function.prototype.toString requires that 'this' be a Function");
}

// 20.2.3.6 Function.prototype [ %Symbol.hasInstance% ] ( V )
// https://tc39.es/ecma262/#sec-function.prototype-%symbol.hasinstance%
ThrowCompletionOr<Value> FunctionPrototypeHasInstance(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                      Object*) {
  // 1. Let F be the this value.
  // 2. Return ? OrdinaryHasInstance(F, V).
  return Value::Boolean(TRY(interpreter::vm::OrdinaryHasInstance(agent, this_value, Argument(arguments, 0))));
}

}  // namespace

// 10.2.4.1 %ThrowTypeError% ( )
// https://tc39.es/ecma262/#sec-%throwtypeerror%
static ThrowCompletionOr<Value> ThrowTypeErrorFunction(Agent& agent, Value, std::span<const Value>, Object*) {
  // 1. Throw a TypeError exception.
  return ThrowTypeError(agent, u"'caller', 'callee', and 'arguments' properties may not be accessed on strict mode "
                               u"functions or the arguments objects for calls to them");
}

// 10.2.4 AddRestrictedFunctionProperties ( F, realm )
// https://tc39.es/ecma262/#sec-addrestrictedfunctionproperties
static void AddRestrictedFunctionProperties(Agent& agent, Object* f, Realm* realm) {
  heap::Handle<Object> rooted_f(agent.heap(), f);
  // 1. Assert: realm.[[Intrinsics]].[[%ThrowTypeError%]] exists and has been initialized.
  // 2. Let thrower be realm.[[Intrinsics]].[[%ThrowTypeError%]].
  Value thrower = Value::FromObject(realm->intrinsic(Intrinsic::kThrowTypeError));
  // 3. Perform ! DefinePropertyOrThrow(F, "caller", PropertyDescriptor { [[Get]]: thrower, [[Set]]: thrower,
  //    [[Enumerable]]: false, [[Configurable]]: true }).
  MUST(interpreter::DefinePropertyOrThrow(agent, rooted_f, agent.Key(u"caller"),
                                          interpreter::PropertyDescriptor::Accessor(thrower, thrower, false, true)));
  // 4. Perform ! DefinePropertyOrThrow(F, "arguments", PropertyDescriptor { [[Get]]: thrower, [[Set]]: thrower,
  //    [[Enumerable]]: false, [[Configurable]]: true }).
  MUST(interpreter::DefinePropertyOrThrow(agent, rooted_f, agent.Key(u"arguments"),
                                          interpreter::PropertyDescriptor::Accessor(thrower, thrower, false, true)));
  // 5. Return unused.
}

void CreateFunctionPrototypeProperties(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  Object* prototype = realm->intrinsic(Intrinsic::kFunctionPrototype);
  // %Function.prototype% is a built-in function of this realm.
  if (auto* native = dynamic_cast<NativeFunction*>(prototype)) native->set_realm(realm);
  // 20.2.3: "has a "length" property whose value is +0𝔽" and "a "name" property whose value is the empty String".
  SetFunctionLength(agent, prototype, 0);
  SetFunctionName(agent, realm->intrinsic(Intrinsic::kFunctionPrototype), agent.Key(u""));
  DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kFunctionPrototype), u"apply", 2,
                      FunctionPrototypeApply);
  DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kFunctionPrototype), u"bind", 1,
                      FunctionPrototypeBind);
  DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kFunctionPrototype), u"call", 1,
                      FunctionPrototypeCall);
  DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kFunctionPrototype), u"toString", 0,
                      FunctionPrototypeToString);
  // %Symbol.hasInstance%: { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false }.
  PropertyKey has_instance = PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kHasInstance));
  heap::Handle<NativeFunction> function(agent.heap(),
                                        CreateBuiltinFunction(agent, FunctionPrototypeHasInstance, 1, has_instance, realm));
  DefineBuiltinData(agent, realm->intrinsic(Intrinsic::kFunctionPrototype), has_instance, Value::FromObject(function),
                    false, false, false);
  // 10.2.4.1 %ThrowTypeError%: "length" and "name" are not configurable; [[Extensible]] is false.
  heap::Handle<NativeFunction> thrower(agent.heap(),
                                       CreateBuiltinFunction(agent, ThrowTypeErrorFunction, 0, agent.Key(u""), realm));
  DefineBuiltinData(agent, thrower, u"length", Value::Int32(0), false, false, false);
  DefineBuiltinData(agent, thrower, u"name", agent.InternedString(u""), false, false, false);
  thrower->set_extensible(false);
  realm->set_intrinsic(Intrinsic::kThrowTypeError, thrower.get());
  // 9.3.2 CreateIntrinsics step 3: Perform AddRestrictedFunctionProperties(%Function.prototype%, realmRecord).
  AddRestrictedFunctionProperties(agent, realm->intrinsic(Intrinsic::kFunctionPrototype), realm);
}

}  // namespace async_runtime::builtins
