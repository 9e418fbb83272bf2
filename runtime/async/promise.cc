#include "runtime/async/promise.h"

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/function_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/realm.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::async {

using builtins::CreateBuiltinFunction;
using builtins::GetFunctionRealm;
using interpreter::Intrinsic;
using interpreter::JobCallback;
using interpreter::NativeFunction;
using interpreter::PropertyKey;
using interpreter::RejectionOperation;

Value& ActiveFunctionSlot(Agent& agent, size_t index) {
  return static_cast<NativeFunction*>(agent.active_builtin_function())->captured()[index];
}

NativeFunction* CreateClosure(Agent& agent, NativeFunction::BuiltinBehaviour steps, double length,
                              std::initializer_list<Value> slots) {
  interpreter::RootedValueVector rooted_slots(agent.heap());
  rooted_slots.values().assign(slots.begin(), slots.end());
  NativeFunction* function = CreateBuiltinFunction(agent, std::move(steps), length, agent.Key(u""));
  function->captured() = rooted_slots.values();
  return function;
}

// 27.5.1.1.1 IfAbruptRejectPromise ( value, capability )
// https://tc39.es/ecma262/#sec-ifabruptrejectpromise
ThrowCompletionOr<Value> IfAbruptRejectPromise(Agent& agent, Value thrown, const PromiseCapability& capability) {
  // 1. Assert: value is a Completion Record.
  // 2. If value is an abrupt completion, then
  //    a. Perform ? Call(capability.[[Reject]], undefined, « value.[[Value]] »).
  TRY(CallRooted(agent, capability.reject, Value::Undefined(), {thrown}));
  //    b. Return capability.[[Promise]].
  return capability.promise.get();
  // 3. Set value to ! value. (The caller goes on with the normal value.)
}

namespace {

// The ValueRecord of the active function's captured()[index].
ValueRecord* ActiveFunctionRecord(Agent& agent, size_t index) {
  return static_cast<ValueRecord*>(ActiveFunctionSlot(agent, index).AsCell());
}

}  // namespace

ThrowCompletionOr<Value> CallRooted(Agent& agent, Value function_value, Value this_value_value,
                                    std::initializer_list<Value> arguments) {
  interpreter::RootedValueVector rooted_arguments(agent.heap());
  rooted_arguments.values().assign(arguments.begin(), arguments.end());
  RootedValue function(agent.heap(), function_value);
  RootedValue this_value(agent.heap(), this_value_value);
  return interpreter::Call(agent, function, this_value, rooted_arguments.values());
}

// 27.5.1.3 CreateResolvingFunctions ( toResolve )
// https://tc39.es/ecma262/#sec-createresolvingfunctions
ResolvingFunctions CreateResolvingFunctions(Agent& agent, PromiseObject* to_resolve_object) {
  heap::Handle<PromiseObject> to_resolve(agent.heap(), to_resolve_object);
  // 1. Let promiseOrEmpty be the Record { [[Value]]: toResolve }.
  heap::Handle<ValueRecord> promise_or_empty(agent.heap(),
                                             agent.Allocate<ValueRecord>(Value::FromObject(to_resolve)));
  // 2. Let resolveSteps be a new Abstract Closure with parameters (resolution) that captures promiseOrEmpty
  //    and performs the following steps when called:
  //    (The capture is the function's captured()[0].)
  auto resolve_steps = [](Agent& agent, Value, std::span<const Value> arguments, Object*) -> ThrowCompletionOr<Value> {
    Value resolution_value = builtins::Argument(arguments, 0);
    ValueRecord* promise_or_empty = ActiveFunctionRecord(agent, 0);
    // a. If promiseOrEmpty.[[Value]] is empty, return undefined.
    if (promise_or_empty->value.IsEmpty()) return Value::Undefined();
    // b. Let promise be promiseOrEmpty.[[Value]].
    heap::Handle<PromiseObject> promise(agent.heap(), static_cast<PromiseObject*>(promise_or_empty->value.AsObject()));
    // c. Set promiseOrEmpty.[[Value]] to empty.
    promise_or_empty->value = Value::Empty();
    // d. If SameValue(resolution, promise) is true, then
    if (resolution_value.IsObject() && resolution_value.AsObject() == promise.get()) {
      // i. Let selfResolutionError be a newly created TypeError object.
      Value self_resolution_error =
          interpreter::ThrowTypeError(agent, u"A promise cannot be resolved with itself").value();
      // ii. Perform RejectPromise(promise, selfResolutionError).
      RejectPromise(agent, promise, self_resolution_error);
      // iii. Return undefined.
      return Value::Undefined();
    }
    // e. If resolution is not an Object, then
    if (!resolution_value.IsObject()) {
      // i. Perform FulfillPromise(promise, resolution).
      FulfillPromise(agent, promise, resolution_value);
      // ii. Return undefined.
      return Value::Undefined();
    }
    heap::Handle<Object> resolution(agent.heap(), resolution_value.AsObject());
    // f. Let then be Completion(Get(resolution, "then")).
    ThrowCompletionOr<Value> then = interpreter::Get(agent, resolution, agent.Key(u"then"));
    // g. If then is an abrupt completion, then
    if (then.is_throw_completion()) {
      // i. Perform RejectPromise(promise, then.[[Value]]).
      RejectPromise(agent, promise, then.thrown_value());
      // ii. Return undefined.
      return Value::Undefined();
    }
    // h. Let thenAction be then.[[Value]].
    RootedValue then_action(agent.heap(), then.value());
    // i. If IsCallable(thenAction) is false, then
    if (!interpreter::IsCallable(then_action)) {
      // i. Perform FulfillPromise(promise, resolution).
      FulfillPromise(agent, promise, Value::FromObject(resolution));
      // ii. Return undefined.
      return Value::Undefined();
    }
    // j. Let thenJobCallback be HostMakeJobCallback(thenAction).
    JobCallback then_job_callback = interpreter::HostMakeJobCallback(then_action);
    // k. Let job be NewPromiseResolveThenableJob(promise, resolution, thenJobCallback).
    PromiseJob job = NewPromiseResolveThenableJob(agent, promise, resolution, then_job_callback);
    // l. Perform HostEnqueuePromiseJob(job.[[Job]], job.[[Realm]]).
    interpreter::HostEnqueuePromiseJob(agent, job.job, job.realm);
    // m. Return undefined.
    return Value::Undefined();
  };
  // 3. Let resolve be CreateBuiltinFunction(resolveSteps, 1, "", « »).
  heap::Handle<NativeFunction> resolve(agent.heap(), CreateBuiltinFunction(agent, resolve_steps, 1, agent.Key(u"")));
  resolve->captured().push_back(Value::FromInternalCell(promise_or_empty.get()));
  // 4. Let rejectSteps be a new Abstract Closure with parameters (reason) that captures promiseOrEmpty and
  //    performs the following steps when called:
  auto reject_steps = [](Agent& agent, Value, std::span<const Value> arguments, Object*) -> ThrowCompletionOr<Value> {
    Value reason = builtins::Argument(arguments, 0);
    ValueRecord* promise_or_empty = ActiveFunctionRecord(agent, 0);
    // a. If promiseOrEmpty.[[Value]] is empty, return undefined.
    if (promise_or_empty->value.IsEmpty()) return Value::Undefined();
    // b. Let promise be promiseOrEmpty.[[Value]].
    auto* promise = static_cast<PromiseObject*>(promise_or_empty->value.AsObject());
    // c. Set promiseOrEmpty.[[Value]] to empty.
    promise_or_empty->value = Value::Empty();
    // d. Perform RejectPromise(promise, reason).
    RejectPromise(agent, promise, reason);
    // e. Return undefined.
    return Value::Undefined();
  };
  // 5. Let reject be CreateBuiltinFunction(rejectSteps, 1, "", « »).
  NativeFunction* reject = CreateBuiltinFunction(agent, reject_steps, 1, agent.Key(u""));
  reject->captured().push_back(Value::FromInternalCell(promise_or_empty.get()));
  // 6. Return the Record { [[Resolve]]: resolve, [[Reject]]: reject }.
  return ResolvingFunctions{resolve.get(), reject};
}

// 27.5.1.4 FulfillPromise ( promise, value )
// https://tc39.es/ecma262/#sec-fulfillpromise
void FulfillPromise(Agent& agent, PromiseObject* promise, Value value) {
  // 1. Assert: promise.[[PromiseState]] is pending.
  assert(promise->state() == PromiseState::kPending);
  // 2. Let reactions be promise.[[PromiseFulfillReactions]].
  std::vector<PromiseReaction*> reactions = std::move(promise->fulfill_reactions());
  // 3. Set promise.[[PromiseResult]] to value.
  promise->set_result(value);
  // 4. Set promise.[[PromiseFulfillReactions]] to undefined.
  // 5. Set promise.[[PromiseRejectReactions]] to undefined.
  promise->fulfill_reactions().clear();
  promise->reject_reactions().clear();
  promise->reject_reactions().shrink_to_fit();
  // 6. Set promise.[[PromiseState]] to fulfilled.
  promise->set_state(PromiseState::kFulfilled);
  // 7. Perform TriggerPromiseReactions(reactions, value).
  //    (The reactions are no longer reachable from the promise: root them while the jobs are made.)
  interpreter::RootedValueVector rooted_reactions(agent.heap());
  for (PromiseReaction* reaction : reactions) rooted_reactions.values().push_back(Value::FromInternalCell(reaction));
  RootedValue rooted_value(agent.heap(), value);
  TriggerPromiseReactions(agent, reactions, rooted_value);
  // 8. Return unused.
}

// 27.5.1.5 NewPromiseCapability ( ctor )
// https://tc39.es/ecma262/#sec-newpromisecapability
ThrowCompletionOr<void> NewPromiseCapability(Agent& agent, Value ctor, PromiseCapability& capability) {
  // 1. If IsConstructor(ctor) is false, throw a TypeError exception.
  if (!interpreter::IsConstructor(ctor)) return interpreter::ThrowTypeError(agent, u"Promise capability: not a constructor");
  // 2. NOTE: ctor is assumed to be a constructor function that supports the parameter conventions of the
  //    Promise constructor (see 27.5.3.1).
  // When ctor is some realm's intrinsic %Promise%, steps 3-9 cannot be observed: Promise ( executor ) reads
  // ctor's non-writable, non-configurable "prototype" and calls the fresh executor once with its resolving
  // functions. So the promise and its resolving functions are made directly, in ctor's realm as the
  // constructor would (no executor function is created).
  if (auto* native = dynamic_cast<interpreter::NativeFunction*>(ctor.AsObject());
      native != nullptr && native->realm() != nullptr &&
      native->realm()->intrinsic(Intrinsic::kPromise) == native) {
    Realm* caller_realm = agent.current_realm();
    agent.set_current_realm(native->realm());
    NewIntrinsicPromiseCapability(agent, capability);
    agent.set_current_realm(caller_realm);
    return {};
  }
  // 3. Let resolvingFuncs be the Record { [[Resolve]]: undefined, [[Reject]]: undefined }.
  //    (Two ValueRecords, captured()[0] and captured()[1] of the executor.)
  heap::Handle<ValueRecord> resolve_record(agent.heap(), agent.Allocate<ValueRecord>(Value::Undefined()));
  heap::Handle<ValueRecord> reject_record(agent.heap(), agent.Allocate<ValueRecord>(Value::Undefined()));
  // 4. Let executorClosure be a new Abstract Closure with parameters (resolve, reject) that captures
  //    resolvingFuncs and performs the following steps when called:
  auto executor_closure = [](Agent& agent, Value, std::span<const Value> arguments,
                             Object*) -> ThrowCompletionOr<Value> {
    ValueRecord* resolving_resolve = ActiveFunctionRecord(agent, 0);
    ValueRecord* resolving_reject = ActiveFunctionRecord(agent, 1);
    // a. If resolvingFuncs.[[Resolve]] is not undefined, throw a TypeError exception.
    if (!resolving_resolve->value.IsUndefined()) {
      return interpreter::ThrowTypeError(agent, u"Promise executor already called with a resolve function");
    }
    // b. If resolvingFuncs.[[Reject]] is not undefined, throw a TypeError exception.
    if (!resolving_reject->value.IsUndefined()) {
      return interpreter::ThrowTypeError(agent, u"Promise executor already called with a reject function");
    }
    // c. Set resolvingFuncs.[[Resolve]] to resolve.
    resolving_resolve->value = builtins::Argument(arguments, 0);
    // d. Set resolvingFuncs.[[Reject]] to reject.
    resolving_reject->value = builtins::Argument(arguments, 1);
    // e. Return NormalCompletion(undefined).
    return Value::Undefined();
  };
  // 5. Let executor be CreateBuiltinFunction(executorClosure, 2, "", « »).
  heap::Handle<NativeFunction> executor(agent.heap(),
                                        CreateBuiltinFunction(agent, executor_closure, 2, agent.Key(u"")));
  executor->captured().push_back(Value::FromInternalCell(resolve_record.get()));
  executor->captured().push_back(Value::FromInternalCell(reject_record.get()));
  // 6. Let promise be ? Construct(ctor, « executor »).
  Value executor_argument[] = {Value::FromObject(executor)};
  Object* promise = TRY(interpreter::vm::Construct(agent, ctor.AsObject(), executor_argument));
  capability.promise = Value::FromObject(promise);
  // 7. If IsCallable(resolvingFuncs.[[Resolve]]) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(resolve_record->value)) {
    return interpreter::ThrowTypeError(agent, u"Promise capability: resolve is not callable");
  }
  // 8. If IsCallable(resolvingFuncs.[[Reject]]) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(reject_record->value)) {
    return interpreter::ThrowTypeError(agent, u"Promise capability: reject is not callable");
  }
  // 9. Return the PromiseCapability Record { [[Promise]]: promise, [[Resolve]]: resolvingFuncs.[[Resolve]],
  //    [[Reject]]: resolvingFuncs.[[Reject]] }.
  capability.resolve = resolve_record->value;
  capability.reject = reject_record->value;
  return {};
}

// 27.5.1.6 IsPromise ( arg )
// https://tc39.es/ecma262/#sec-ispromise
bool IsPromise(Value arg) {
  // 1. If arg is not an Object, return false.
  if (!arg.IsObject()) return false;
  // 2. If arg does not have a [[PromiseState]] internal slot, return false.
  // 3. Return true.
  return dynamic_cast<PromiseObject*>(arg.AsObject()) != nullptr;
}

// 27.5.1.7 RejectPromise ( promise, reason )
// https://tc39.es/ecma262/#sec-rejectpromise
void RejectPromise(Agent& agent, PromiseObject* promise_object, Value reason_value) {
  heap::Handle<PromiseObject> promise(agent.heap(), promise_object);
  RootedValue reason(agent.heap(), reason_value);
  // 1. Assert: promise.[[PromiseState]] is pending.
  assert(promise->state() == PromiseState::kPending);
  // 2. Let reactions be promise.[[PromiseRejectReactions]].
  std::vector<PromiseReaction*> reactions = std::move(promise->reject_reactions());
  interpreter::RootedValueVector rooted_reactions(agent.heap());
  for (PromiseReaction* reaction : reactions) rooted_reactions.values().push_back(Value::FromInternalCell(reaction));
  // 3. Set promise.[[PromiseResult]] to reason.
  promise->set_result(reason);
  // 4. Set promise.[[PromiseFulfillReactions]] to undefined.
  // 5. Set promise.[[PromiseRejectReactions]] to undefined.
  promise->fulfill_reactions().clear();
  promise->fulfill_reactions().shrink_to_fit();
  promise->reject_reactions().clear();
  // 6. Set promise.[[PromiseState]] to rejected.
  promise->set_state(PromiseState::kRejected);
  // 7. If promise.[[PromiseIsHandled]] is false, perform HostPromiseRejectionTracker(promise, "reject").
  if (!promise->is_handled()) HostPromiseRejectionTracker(agent, promise, RejectionOperation::kReject);
  // 8. Perform TriggerPromiseReactions(reactions, reason).
  TriggerPromiseReactions(agent, reactions, reason);
  // 9. Return unused.
}

// 27.5.1.8 TriggerPromiseReactions ( reactions, arg )
// https://tc39.es/ecma262/#sec-triggerpromisereactions
void TriggerPromiseReactions(Agent& agent, const std::vector<PromiseReaction*>& reactions, Value arg) {
  // 1. For each element reaction of reactions, do
  for (PromiseReaction* reaction : reactions) {
    // a. Let job be NewPromiseReactionJob(reaction, arg).
    PromiseJob job = NewPromiseReactionJob(agent, reaction, arg);
    // b. Perform HostEnqueuePromiseJob(job.[[Job]], job.[[Realm]]).
    interpreter::HostEnqueuePromiseJob(agent, job.job, job.realm);
  }
  // 2. Return unused.
}

// 27.5.1.9 HostPromiseRejectionTracker ( promise, operation )
// https://tc39.es/ecma262/#sec-host-promise-rejection-tracker
void HostPromiseRejectionTracker(Agent& agent, PromiseObject* promise, RejectionOperation operation) {
  // The default implementation returns unused; a host that tracks rejections sets the hook.
  auto& tracker = agent.host_hooks().promise_rejection_tracker;
  if (tracker) tracker(promise, operation);
}

// 27.5.2.1 NewPromiseReactionJob ( reaction, arg )
// https://tc39.es/ecma262/#sec-newpromisereactionjob
PromiseJob NewPromiseReactionJob(Agent& agent, PromiseReaction* reaction_cell, Value arg) {
  heap::Handle<PromiseReaction> reaction(agent.heap(), reaction_cell);
  RootedValue rooted_arg(agent.heap(), arg);
  // 1. Let job be a new Job Abstract Closure with no parameters that captures reaction and argument and
  //    performs the following steps when called:
  auto steps = [](Agent& agent, std::span<const Value> captures) -> ThrowCompletionOr<Value> {
    heap::Handle<PromiseReaction> reaction(agent.heap(), static_cast<PromiseReaction*>(captures[0].AsCell()));
    Value argument = captures[1];
    // a. Let promiseCapability be reaction.[[Capability]].
    // b. Let type be reaction.[[Type]].
    // c. Let handler be reaction.[[Handler]].
    // d. If handler is empty, then
    //    i. If type is fulfill, then 1. Let handlerResult be NormalCompletion(argument).
    //    ii. Else, 1. Assert: type is reject. 2. Let handlerResult be ThrowCompletion(argument).
    // e. Else,
    //    i. Let handlerResult be Completion(HostCallJobCallback(handler, undefined, « argument »)).
    ThrowCompletionOr<Value> handler_result =
        !reaction->has_handler()
            ? (reaction->type() == PromiseReaction::Type::kFulfill ? ThrowCompletionOr<Value>(argument)
                                                                    : ThrowCompletionOr<Value>(interpreter::ThrowCompletion(argument)))
            : interpreter::HostCallJobCallback(agent, reaction->handler(), Value::Undefined(),
                                               std::span<const Value>(&argument, 1));
    // f. If promiseCapability is undefined, then
    if (!reaction->has_capability()) {
      // i. Assert: handlerResult is not an abrupt completion.
      // ii. Return empty.
      //    (Await's and the async-iteration handlers never throw; should one do so anyway, the host
      //    reports the completion rather than the engine asserting.)
      if (handler_result.is_throw_completion()) return handler_result;
      return Value::Empty();
    }
    // g. Assert: promiseCapability is a PromiseCapability Record.
    // h. If handlerResult is an abrupt completion, then
    if (handler_result.is_throw_completion()) {
      // i. Return ? Call(promiseCapability.[[Reject]], undefined, « handlerResult.[[Value]] »).
      Value reason = handler_result.thrown_value();
      return CallRooted(agent, reaction->capability_reject(), Value::Undefined(), {reason});
    }
    // i. Return ? Call(promiseCapability.[[Resolve]], undefined, « handlerResult.[[Value]] »).
    Value value = handler_result.value();
    return CallRooted(agent, reaction->capability_resolve(), Value::Undefined(), {value});
  };
  heap::Handle<interpreter::Job> job(
      agent.heap(), interpreter::NewJob(agent, steps, {Value::FromInternalCell(reaction.get()), rooted_arg.get()}));
  // 2. Let handlerRealm be null.
  Realm* handler_realm = nullptr;
  // 3. If reaction.[[Handler]] is not empty, then
  if (reaction->has_handler()) {
    // a. Let getHandlerRealmResult be Completion(GetFunctionRealm(reaction.[[Handler]].[[Callback]])).
    ThrowCompletionOr<Realm*> get_handler_realm_result =
        GetFunctionRealm(agent, reaction->handler().callback.AsObject());
    // b. If getHandlerRealmResult is a normal completion, set handlerRealm to getHandlerRealmResult.[[Value]].
    // c. Else, set handlerRealm to the current Realm Record.
    handler_realm = get_handler_realm_result.is_normal_completion() ? get_handler_realm_result.value()
                                                                    : agent.current_realm();
    // d. NOTE: handlerRealm is never null unless the handler is undefined. When the handler is a revoked
    //    Proxy and no ECMAScript code runs, handlerRealm is used to create error objects.
  }
  // 4. Return the Record { [[Job]]: job, [[Realm]]: handlerRealm }.
  return PromiseJob{job.get(), handler_realm};
}

// 27.5.2.2 NewPromiseResolveThenableJob ( promiseToResolve, thenable, then )
// https://tc39.es/ecma262/#sec-newpromiseresolvethenablejob
PromiseJob NewPromiseResolveThenableJob(Agent& agent, PromiseObject* promise_to_resolve, Object* thenable,
                                        const JobCallback& then) {
  // 1. Let job be a new Job Abstract Closure with no parameters that captures promiseToResolve, thenable, and
  //    then and performs the following steps when called:
  auto steps = [](Agent& agent, std::span<const Value> captures) -> ThrowCompletionOr<Value> {
    auto* promise_to_resolve = static_cast<PromiseObject*>(captures[0].AsObject());
    Value thenable = captures[1];
    JobCallback then{captures[2]};
    // a. Let resolvingFuncs be CreateResolvingFunctions(promiseToResolve).
    ResolvingFunctions resolving_funcs = CreateResolvingFunctions(agent, promise_to_resolve);
    interpreter::RootedValueVector arguments(agent.heap());
    arguments.values() = {Value::FromObject(resolving_funcs.resolve), Value::FromObject(resolving_funcs.reject)};
    // b. Let thenCallResult be Completion(HostCallJobCallback(then, thenable, « resolvingFuncs.[[Resolve]],
    //    resolvingFuncs.[[Reject]] »)).
    ThrowCompletionOr<Value> then_call_result =
        interpreter::HostCallJobCallback(agent, then, thenable, arguments.values());
    // c. If thenCallResult is an abrupt completion, then
    if (then_call_result.is_throw_completion()) {
      // i. Return ? Call(resolvingFuncs.[[Reject]], undefined, « thenCallResult.[[Value]] »).
      Value reason = then_call_result.thrown_value();
      return CallRooted(agent, arguments.values()[1], Value::Undefined(), {reason});
    }
    // d. Return ! thenCallResult.
    return then_call_result;
  };
  heap::Handle<interpreter::Job> job(
      agent.heap(), interpreter::NewJob(agent, steps,
                                        {Value::FromObject(promise_to_resolve), Value::FromObject(thenable),
                                         then.callback}));
  // 2. Let getThenRealmResult be Completion(GetFunctionRealm(then.[[Callback]])).
  ThrowCompletionOr<Realm*> get_then_realm_result = GetFunctionRealm(agent, then.callback.AsObject());
  // 3. If getThenRealmResult is a normal completion, let thenRealm be getThenRealmResult.[[Value]].
  // 4. Else, let thenRealm be the current Realm Record.
  Realm* then_realm = get_then_realm_result.is_normal_completion() ? get_then_realm_result.value()
                                                                   : agent.current_realm();
  // 5. NOTE: thenRealm is never null. When then.[[Callback]] is a revoked Proxy and no code runs, thenRealm is
  //    used to create error objects.
  // 6. Return the Record { [[Job]]: job, [[Realm]]: thenRealm }.
  return PromiseJob{job.get(), then_realm};
}

// 27.5.4.1.1 GetPromiseResolve ( promiseCtor )
// https://tc39.es/ecma262/#sec-getpromiseresolve
ThrowCompletionOr<Value> GetPromiseResolve(Agent& agent, Object* promise_ctor) {
  // 1. Let promiseResolve be ? Get(promiseCtor, "resolve").
  Value promise_resolve = TRY(interpreter::Get(agent, promise_ctor, agent.Key(u"resolve")));
  // 2. If IsCallable(promiseResolve) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(promise_resolve)) {
    return interpreter::ThrowTypeError(agent, u"Promise resolve is not callable");
  }
  // 3. Return promiseResolve.
  return promise_resolve;
}

// 27.5.4.7.1 PromiseResolve ( ctor, resolution )
// https://tc39.es/ecma262/#sec-promise-resolve
ThrowCompletionOr<Object*> PromiseResolve(Agent& agent, Object* ctor_object, Value resolution_value) {
  heap::Handle<Object> ctor(agent.heap(), ctor_object);
  RootedValue resolution(agent.heap(), resolution_value);
  // 1. If IsPromise(resolution) is true, then
  if (IsPromise(resolution)) {
    // a. Let resolutionCtor be ? Get(resolution, "constructor").
    Value resolution_ctor = TRY(interpreter::Get(agent, resolution->AsObject(), agent.Key(u"constructor")));
    // b. If SameValue(resolutionCtor, ctor) is true, return resolution.
    if (resolution_ctor.IsObject() && resolution_ctor.AsObject() == ctor.get()) return resolution->AsObject();
  }
  // 2. Let promiseCapability be ? NewPromiseCapability(ctor).
  PromiseCapability promise_capability(agent.heap());
  TRY(NewPromiseCapability(agent, Value::FromObject(ctor), promise_capability));
  // 3. Perform ? Call(promiseCapability.[[Resolve]], undefined, « resolution »).
  Value resolve_argument[] = {resolution};
  TRY(interpreter::Call(agent, promise_capability.resolve, Value::Undefined(), resolve_argument));
  // 4. Return promiseCapability.[[Promise]].
  return promise_capability.promise->AsObject();
}

// 27.5.5.4.1 PerformPromiseThen ( promise, onFulfilled, onRejected [ , resultCapability ] )
// https://tc39.es/ecma262/#sec-performpromisethen
Value PerformPromiseThen(Agent& agent, PromiseObject* promise_object, Value on_fulfilled_value,
                         Value on_rejected_value, const PromiseCapability* result_capability) {
  heap::Handle<PromiseObject> promise(agent.heap(), promise_object);
  RootedValue on_fulfilled(agent.heap(), on_fulfilled_value);
  RootedValue on_rejected(agent.heap(), on_rejected_value);
  // 1. Assert: IsPromise(promise) is true.
  // 2. If resultCapability is not present, then
  //    a. Set resultCapability to undefined. (nullptr)
  // 3. If IsCallable(onFulfilled) is false, then
  //    a. Let onFulfilledJobCallback be empty.
  // 4. Else,
  //    a. Let onFulfilledJobCallback be HostMakeJobCallback(onFulfilled).
  Value on_fulfilled_job_callback = interpreter::IsCallable(on_fulfilled)
                                        ? interpreter::HostMakeJobCallback(on_fulfilled).callback
                                        : Value::Empty();
  // 5. If IsCallable(onRejected) is false, then
  //    a. Let onRejectedJobCallback be empty.
  // 6. Else,
  //    a. Let onRejectedJobCallback be HostMakeJobCallback(onRejected).
  Value on_rejected_job_callback =
      interpreter::IsCallable(on_rejected) ? interpreter::HostMakeJobCallback(on_rejected).callback : Value::Empty();
  // 7. Let fulfillReaction be the PromiseReaction Record { [[Capability]]: resultCapability, [[Type]]: fulfill,
  //    [[Handler]]: onFulfilledJobCallback }.
  heap::Handle<PromiseReaction> fulfill_reaction(
      agent.heap(),
      agent.Allocate<PromiseReaction>(result_capability, PromiseReaction::Type::kFulfill, on_fulfilled_job_callback));
  // 8. Let rejectReaction be the PromiseReaction Record { [[Capability]]: resultCapability, [[Type]]: reject,
  //    [[Handler]]: onRejectedJobCallback }.
  heap::Handle<PromiseReaction> reject_reaction(
      agent.heap(),
      agent.Allocate<PromiseReaction>(result_capability, PromiseReaction::Type::kReject, on_rejected_job_callback));
  // 9. If promise.[[PromiseState]] is pending, then
  if (promise->state() == PromiseState::kPending) {
    // a. Append fulfillReaction to promise.[[PromiseFulfillReactions]].
    promise->fulfill_reactions().push_back(fulfill_reaction.get());
    // b. Append rejectReaction to promise.[[PromiseRejectReactions]].
    promise->reject_reactions().push_back(reject_reaction.get());
  } else if (promise->state() == PromiseState::kFulfilled) {
    // 10. Else if promise.[[PromiseState]] is fulfilled, then
    // a. Let value be promise.[[PromiseResult]].
    Value value = promise->result();
    // b. Let fulfillJob be NewPromiseReactionJob(fulfillReaction, value).
    PromiseJob fulfill_job = NewPromiseReactionJob(agent, fulfill_reaction, value);
    // c. Perform HostEnqueuePromiseJob(fulfillJob.[[Job]], fulfillJob.[[Realm]]).
    interpreter::HostEnqueuePromiseJob(agent, fulfill_job.job, fulfill_job.realm);
  } else {
    // 11. Else,
    // a. Assert: promise.[[PromiseState]] is rejected.
    // b. Let reason be promise.[[PromiseResult]].
    Value reason = promise->result();
    // c. If promise.[[PromiseIsHandled]] is false, perform HostPromiseRejectionTracker(promise, "handle").
    if (!promise->is_handled()) HostPromiseRejectionTracker(agent, promise, RejectionOperation::kHandle);
    // d. Let rejectJob be NewPromiseReactionJob(rejectReaction, reason).
    PromiseJob reject_job = NewPromiseReactionJob(agent, reject_reaction, reason);
    // e. Perform HostEnqueuePromiseJob(rejectJob.[[Job]], rejectJob.[[Realm]]).
    interpreter::HostEnqueuePromiseJob(agent, reject_job.job, reject_job.realm);
  }
  // 12. Set promise.[[PromiseIsHandled]] to true.
  promise->set_is_handled(true);
  // 13. If resultCapability is undefined, return undefined.
  if (result_capability == nullptr) return Value::Undefined();
  // 14. Return resultCapability.[[Promise]].
  return result_capability->promise;
}

PromiseObject* NewIntrinsicPromise(Agent& agent) {
  // 27.5.3.1 Promise ( executor ) steps 3-8 with NewTarget %Promise%: OrdinaryCreateFromConstructor reads
  // %Promise%.prototype, which is non-writable and non-configurable, so it is %Promise.prototype%.
  return interpreter::OrdinaryObjectCreate<PromiseObject>(
      agent, agent.current_realm()->intrinsic(Intrinsic::kPromisePrototype));
}

void NewIntrinsicPromiseCapability(Agent& agent, PromiseCapability& capability) {
  heap::Handle<PromiseObject> promise(agent.heap(), NewIntrinsicPromise(agent));
  capability.promise = Value::FromObject(promise);
  ResolvingFunctions resolving_functions = CreateResolvingFunctions(agent, promise);
  capability.resolve = Value::FromObject(resolving_functions.resolve);
  capability.reject = Value::FromObject(resolving_functions.reject);
}

}  // namespace async_runtime::async
