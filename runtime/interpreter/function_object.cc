#include "runtime/interpreter/function_object.h"

#include <cassert>

#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/realm.h"

namespace async_runtime::interpreter {

ThrowCompletionOr<Object*> FunctionObject::Construct(Agent&, std::span<const Value>, Object*) {
  assert(false && "[[Construct]] called on a function object that is not a constructor");
  return nullptr;
}

NativeFunction* NativeFunction::Create(Agent& agent, Behaviour behaviour, Object* prototype) {
  return OrdinaryObjectCreate<NativeFunction>(
      agent, prototype,
      [behaviour = std::move(behaviour)](Agent& agent, Value this_value, std::span<const Value> arguments,
                                         Object*) { return behaviour(agent, this_value, arguments); },
      nullptr, false);
}

void NativeFunction::VisitEdges(heap::Visitor& visitor) {
  FunctionObject::VisitEdges(visitor);
  visitor.Visit(realm_);
  for (Value value : captured_) value.Visit(visitor);
}

// 10.3.1 [[Call]] ( thisArgument, argumentsList )
// https://tc39.es/ecma262/#sec-built-in-function-objects-call-thisargument-argumentslist
ThrowCompletionOr<Value> NativeFunction::Call(Agent& agent, Value this_argument,
                                              std::span<const Value> arguments_list) {
  // 1. Return ? BuiltinCallOrConstruct(F, thisArgument, argumentsList, undefined).
  return BuiltinCallOrConstruct(agent, this_argument, arguments_list, nullptr);
}

// 10.3.2 [[Construct]] ( argumentsList, newTarget )
// https://tc39.es/ecma262/#sec-built-in-function-objects-construct-argumentslist-newtarget
ThrowCompletionOr<Object*> NativeFunction::Construct(Agent& agent, std::span<const Value> arguments_list,
                                                     Object* new_target) {
  // 1. Let result be ? BuiltinCallOrConstruct(F, uninitialized, argumentsList, newTarget).
  Value result = TRY(BuiltinCallOrConstruct(agent, Value::Undefined(), arguments_list, new_target));
  // 2. Assert: result is an Object.
  assert(result.IsObject());
  // 3. Return result.
  return result.AsObject();
}

// 10.3.3 BuiltinCallOrConstruct ( F, thisArgument, argumentsList, newTarget )
// https://tc39.es/ecma262/#sec-builtincallorconstruct
ThrowCompletionOr<Value> NativeFunction::BuiltinCallOrConstruct(Agent& agent, Value this_argument,
                                                                std::span<const Value> arguments_list,
                                                                Object* new_target) {
  // 1. Let callerContext be the running execution context.
  // 2. If callerContext is not already suspended, suspend callerContext.
  // 3. Let calleeContext be a new execution context.
  // 4.-6. Set the Function of calleeContext to F; let calleeRealm be F.[[Realm]];
  //    set the Realm of calleeContext to calleeRealm.
  Realm* caller_realm = agent.current_realm();
  Object* caller_function = agent.active_builtin_function();
  if (realm_ != nullptr) agent.set_current_realm(realm_);
  agent.set_active_builtin_function(this);
  // 7.-8. ScriptOrModule null; any necessary implementation-defined initialization.
  // 9. Push calleeContext onto the execution context stack.
  // 10. Let result be the Completion Record that is the result of evaluating F in a manner that conforms to
  //     the specification of F. If thisArgument is uninitialized, the this value is uninitialized;
  //     otherwise, thisArgument provides the this value. argumentsList provides the named parameters.
  //     newTarget provides the NewTarget value.
  auto result = behaviour_(agent, this_argument, arguments_list, new_target);
  // 11. NOTE: If F is defined in this document, "the specification of F" is the behaviour specified for it
  //     via algorithm steps or other means.
  // 12. Remove calleeContext from the execution context stack and restore callerContext as the running
  //     execution context.
  agent.set_current_realm(caller_realm);
  agent.set_active_builtin_function(caller_function);
  // 13. Return ? result.
  return result;
}

}  // namespace async_runtime::interpreter
