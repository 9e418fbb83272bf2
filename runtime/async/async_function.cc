#include "runtime/async/async_function.h"

#include "runtime/interpreter/function_object.h"
#include "runtime/interpreter/realm.h"

namespace async_runtime::async {

using interpreter::Intrinsic;
using interpreter::NativeFunction;

void NewAsyncFunctionCapability(Agent& agent, PromiseCapability& capability) {
  // ! NewPromiseCapability(%Promise%): with the intrinsic constructor the executor round trip is not
  // observable, and it cannot throw.
  NewIntrinsicPromiseCapability(agent, capability);
}

// 27.10.5.3 Await ( arg )
// https://tc39.es/ecma262/#await
ThrowCompletionOr<void> Await(Agent& agent, heap::Cell* async_context_cell, Value arg,
                              RunSuspendedContext run_suspended_context) {
  RootedValue async_context(agent.heap(), Value::FromInternalCell(async_context_cell));
  // 1. Let asyncContext be the running execution context.
  // 2. Let promise be ? PromiseResolve(%Promise%, arg).
  Object* promise_object =
      TRY(PromiseResolve(agent, agent.current_realm()->intrinsic(Intrinsic::kPromise), arg));
  heap::Handle<Object> promise(agent.heap(), promise_object);
  // 3. Let fulfilledClosure be a new Abstract Closure with parameters (value) that captures asyncContext and
  //    performs the following steps when called:
  //    (asyncContext is the closure's captured()[0]; the resume operation is a plain function.)
  auto fulfilled_closure = [run_suspended_context](Agent& agent, Value, std::span<const Value> arguments,
                                                   Object*) -> ThrowCompletionOr<Value> {
    auto* active_function = static_cast<NativeFunction*>(agent.active_builtin_function());
    // a. Perform Completion(RunSuspendedContext(asyncContext, NormalCompletion(value))).
    // b. NOTE: The Completion Record returned by RunSuspendedContext is intentionally ignored.
    run_suspended_context(agent, active_function->captured()[0].AsCell(), ResumptionType::kNormal,
                          builtins::Argument(arguments, 0));
    // c. Return NormalCompletion(undefined).
    return Value::Undefined();
  };
  // 4. Let onFulfilled be CreateBuiltinFunction(fulfilledClosure, 1, "", « »).
  heap::Handle<NativeFunction> on_fulfilled(
      agent.heap(), builtins::CreateBuiltinFunction(agent, fulfilled_closure, 1, agent.Key(u"")));
  on_fulfilled->captured().push_back(async_context);
  // 5. Let rejectedClosure be a new Abstract Closure with parameters (reason) that captures asyncContext and
  //    performs the following steps when called:
  auto rejected_closure = [run_suspended_context](Agent& agent, Value, std::span<const Value> arguments,
                                                  Object*) -> ThrowCompletionOr<Value> {
    auto* active_function = static_cast<NativeFunction*>(agent.active_builtin_function());
    // a. Perform Completion(RunSuspendedContext(asyncContext, ThrowCompletion(reason))).
    // b. NOTE: The Completion Record returned by RunSuspendedContext is intentionally ignored.
    run_suspended_context(agent, active_function->captured()[0].AsCell(), ResumptionType::kThrow,
                          builtins::Argument(arguments, 0));
    // c. Return NormalCompletion(undefined).
    return Value::Undefined();
  };
  // 6. Let onRejected be CreateBuiltinFunction(rejectedClosure, 1, "", « »).
  heap::Handle<NativeFunction> on_rejected(
      agent.heap(), builtins::CreateBuiltinFunction(agent, rejected_closure, 1, agent.Key(u"")));
  on_rejected->captured().push_back(async_context);
  // 7. Perform PerformPromiseThen(promise, onFulfilled, onRejected).
  //    (PromiseResolve with %Promise% always gives a Promise.)
  PerformPromiseThen(agent, static_cast<PromiseObject*>(promise.get()), Value::FromObject(on_fulfilled),
                     Value::FromObject(on_rejected));
  // 8. Return ? RunCallerContext(empty). (The VM suspends the frame.)
  return {};
}

// 27.10.5.2 AsyncBlockStart ( promiseCapability, asyncBody, asyncContext )
// https://tc39.es/ecma262/#sec-asyncblockstart
void AsyncBlockComplete(Agent& agent, Value resolve, Value reject, bool is_throw, Value value) {
  // 1.d. Remove acAsyncContext from the execution context stack (the VM has popped the frame).
  // 1.e. If result is a normal completion, then
  //      i. Perform ! Call(promiseCapability.[[Resolve]], undefined, « undefined »).
  // 1.f. Else if result is a return completion, then
  //      i. Perform ! Call(promiseCapability.[[Resolve]], undefined, « result.[[Value]] »).
  //      (The VM passes undefined for a body that ran to its end.)
  // 1.g. Else,
  //      i. Assert: result is a throw completion.
  //      ii. Perform ! Call(promiseCapability.[[Reject]], undefined, « result.[[Value]] »).
  // The resolving functions of an intrinsic capability never throw: the "!" holds. (Resolve may run user
  // code through a thenable's "then" getter, whose throw it turns into a rejection.)
  // (Its completion is ignored rather than asserted: a resolve can still fail for lack of native stack.)
  (void)CallRooted(agent, is_throw ? reject : resolve, Value::Undefined(), {value});
}

}  // namespace async_runtime::async
