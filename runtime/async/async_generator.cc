#include "runtime/async/async_generator.h"

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/function_object.h"
#include "runtime/interpreter/realm.h"
#include "runtime/interpreter/vm/iteration.h"

namespace async_runtime::async {

using interpreter::Intrinsic;
using interpreter::NativeFunction;

void AsyncGeneratorObject::VisitEdges(heap::Visitor& visitor) {
  Object::VisitEdges(visitor);
  visitor.Visit(context_);
  for (const AsyncGeneratorRequest& request : queue_) {
    request.completion_value.Visit(visitor);
    request.capability_promise.Visit(visitor);
    request.capability_resolve.Visit(visitor);
    request.capability_reject.Visit(visitor);
  }
}

// 27.9.3.3 AsyncGeneratorValidate ( gen, genBrand )
// https://tc39.es/ecma262/#sec-asyncgeneratorvalidate
ThrowCompletionOr<AsyncGeneratorObject*> AsyncGeneratorValidate(Agent& agent, Value gen) {
  // 1. Perform ? RequireInternalSlot(gen, [[AsyncGeneratorContext]]).
  // 2. Perform ? RequireInternalSlot(gen, [[AsyncGeneratorState]]).
  // 3. Perform ? RequireInternalSlot(gen, [[AsyncGeneratorQueue]]).
  auto* generator = gen.IsObject() ? dynamic_cast<AsyncGeneratorObject*>(gen.AsObject()) : nullptr;
  if (generator == nullptr) return interpreter::ThrowTypeError(agent, u"not an async generator object");
  // 4. If gen.[[GeneratorBrand]] is not genBrand, throw a TypeError exception. (Both are ~empty~.)
  // 5. Return unused.
  return generator;
}

// 27.9.3.4 AsyncGeneratorEnqueue ( gen, completion, promiseCapability )
// https://tc39.es/ecma262/#sec-asyncgeneratorenqueue
void AsyncGeneratorEnqueue(AsyncGeneratorObject* gen, ResumptionType completion_type, Value completion_value,
                           const PromiseCapability& promise_capability) {
  // 1. Let request be AsyncGeneratorRequest { [[Completion]]: completion, [[Capability]]: promiseCapability }.
  // 2. Append request to gen.[[AsyncGeneratorQueue]].
  gen->queue().push_back(AsyncGeneratorRequest{completion_type, completion_value, promise_capability.promise,
                                               promise_capability.resolve, promise_capability.reject});
  // 3. Return unused.
}

// 27.9.3.5 AsyncGeneratorCompleteStep ( gen, completion, done [ , realm ] )
// https://tc39.es/ecma262/#sec-asyncgeneratorcompletestep
void AsyncGeneratorCompleteStep(Agent& agent, AsyncGeneratorObject* gen_object, bool is_throw, Value value_value,
                                bool done, Realm* realm) {
  heap::Handle<AsyncGeneratorObject> gen(agent.heap(), gen_object);
  RootedValue value(agent.heap(), value_value);
  // 1. Assert: gen.[[AsyncGeneratorQueue]] is not empty.
  // 2. Let next be the first element of gen.[[AsyncGeneratorQueue]].
  // 3. Remove the first element from gen.[[AsyncGeneratorQueue]].
  AsyncGeneratorRequest next = gen->queue().front();
  gen->queue().pop_front();
  // 4. Let promiseCapability be next.[[Capability]].
  RootedValue resolve(agent.heap(), next.capability_resolve);
  RootedValue reject(agent.heap(), next.capability_reject);
  // 5. Let value be completion.[[Value]].
  // 6. If completion is a throw completion, then
  if (is_throw) {
    // a. Perform ! Call(promiseCapability.[[Reject]], undefined, « value »).
    (void)CallRooted(agent, reject, Value::Undefined(), {value});
    return;
  }
  // 7. Else,
  //    a. Assert: completion is a normal completion.
  RootedValue iterator_result(agent.heap());
  //    b. If realm is present, then
  if (realm != nullptr) {
    // i. Let oldRealm be the running execution context's Realm.
    Realm* old_realm = agent.current_realm();
    // ii. Set the running execution context's Realm to realm.
    agent.set_current_realm(realm);
    // iii. Let iteratorResult be CreateIteratorResultObject(value, done).
    iterator_result = Value::FromObject(interpreter::vm::CreateIteratorResultObject(agent, value, done));
    // iv. Set the running execution context's Realm to oldRealm.
    agent.set_current_realm(old_realm);
  } else {
    // c. Else,
    //    i. Let iteratorResult be CreateIteratorResultObject(value, done).
    iterator_result = Value::FromObject(interpreter::vm::CreateIteratorResultObject(agent, value, done));
  }
  //    d. Perform ! Call(promiseCapability.[[Resolve]], undefined, « iteratorResult »).
  (void)CallRooted(agent, resolve, Value::Undefined(), {iterator_result});
  // 8. Return unused.
}

// 27.9.3.6 AsyncGeneratorResume ( gen, completion )
// https://tc39.es/ecma262/#sec-asyncgeneratorresume
void AsyncGeneratorResume(Agent& agent, AsyncGeneratorObject* gen, ResumptionType completion_type,
                          Value completion_value, RunSuspendedContext run_suspended_context) {
  // 1. Assert: gen.[[AsyncGeneratorState]] is either suspended-start or suspended-yield.
  // 2. Let genContext be gen.[[AsyncGeneratorContext]].
  heap::Cell* gen_context = gen->context();
  // 3. Set gen.[[AsyncGeneratorState]] to executing.
  gen->set_state(AsyncGeneratorObject::State::kExecuting);
  // 4. Perform ! RunSuspendedContext(genContext, completion).
  run_suspended_context(agent, gen_context, completion_type, completion_value);
  // 5. Return unused.
}

// 27.9.3.9 AsyncGeneratorAwaitReturn ( gen )
// https://tc39.es/ecma262/#sec-asyncgeneratorawaitreturn
void AsyncGeneratorAwaitReturn(Agent& agent, AsyncGeneratorObject* gen_object) {
  heap::Handle<AsyncGeneratorObject> gen(agent.heap(), gen_object);
  // 1. Assert: gen.[[AsyncGeneratorState]] is draining-queue.
  // 2. Let queue be gen.[[AsyncGeneratorQueue]].
  // 3. Assert: queue is not empty.
  // 4. Let next be the first element of queue.
  // 5. Let completion be Completion(next.[[Completion]]).
  // 6. Assert: completion is a return completion.
  RootedValue completion_value(agent.heap(), gen->queue().front().completion_value);
  // 7. Let promiseCompletion be Completion(PromiseResolve(%Promise%, completion.[[Value]])).
  ThrowCompletionOr<Object*> promise_completion =
      PromiseResolve(agent, agent.current_realm()->intrinsic(Intrinsic::kPromise), completion_value);
  // 8. If promiseCompletion is an abrupt completion, then
  if (promise_completion.is_throw_completion()) {
    // a. Perform AsyncGeneratorCompleteStep(gen, promiseCompletion, true).
    AsyncGeneratorCompleteStep(agent, gen, true, promise_completion.thrown_value(), true);
    // b. Perform AsyncGeneratorDrainQueue(gen).
    AsyncGeneratorDrainQueue(agent, gen);
    // c. Return unused.
    return;
  }
  // 9. Assert: promiseCompletion is a normal completion.
  // 10. Let promise be promiseCompletion.[[Value]].
  heap::Handle<Object> promise(agent.heap(), promise_completion.value());
  // 11. Let fulfilledClosure be a new Abstract Closure with parameters (value) that captures gen and performs
  //     the following steps when called: (gen is the closure's captured()[0].)
  auto fulfilled_closure = [](Agent& agent, Value, std::span<const Value> arguments, Object*) -> ThrowCompletionOr<Value> {
    auto* active_function = static_cast<NativeFunction*>(agent.active_builtin_function());
    auto* gen = static_cast<AsyncGeneratorObject*>(active_function->captured()[0].AsObject());
    // a. Assert: gen.[[AsyncGeneratorState]] is draining-queue.
    // b. Let result be NormalCompletion(value).
    // c. Perform AsyncGeneratorCompleteStep(gen, result, true).
    AsyncGeneratorCompleteStep(agent, gen, false, builtins::Argument(arguments, 0), true);
    // d. Perform AsyncGeneratorDrainQueue(gen).
    AsyncGeneratorDrainQueue(agent, gen);
    // e. Return NormalCompletion(undefined).
    return Value::Undefined();
  };
  // 12. Let onFulfilled be CreateBuiltinFunction(fulfilledClosure, 1, "", « »).
  heap::Handle<NativeFunction> on_fulfilled(
      agent.heap(), builtins::CreateBuiltinFunction(agent, fulfilled_closure, 1, agent.Key(u"")));
  on_fulfilled->captured().push_back(Value::FromObject(gen));
  // 13. Let rejectedClosure be a new Abstract Closure with parameters (reason) that captures gen and performs
  //     the following steps when called:
  auto rejected_closure = [](Agent& agent, Value, std::span<const Value> arguments, Object*) -> ThrowCompletionOr<Value> {
    auto* active_function = static_cast<NativeFunction*>(agent.active_builtin_function());
    auto* gen = static_cast<AsyncGeneratorObject*>(active_function->captured()[0].AsObject());
    // a. Assert: gen.[[AsyncGeneratorState]] is draining-queue.
    // b. Let result be ThrowCompletion(reason).
    // c. Perform AsyncGeneratorCompleteStep(gen, result, true).
    AsyncGeneratorCompleteStep(agent, gen, true, builtins::Argument(arguments, 0), true);
    // d. Perform AsyncGeneratorDrainQueue(gen).
    AsyncGeneratorDrainQueue(agent, gen);
    // e. Return NormalCompletion(undefined).
    return Value::Undefined();
  };
  // 14. Let onRejected be CreateBuiltinFunction(rejectedClosure, 1, "", « »).
  heap::Handle<NativeFunction> on_rejected(
      agent.heap(), builtins::CreateBuiltinFunction(agent, rejected_closure, 1, agent.Key(u"")));
  on_rejected->captured().push_back(Value::FromObject(gen));
  // 15. Perform PerformPromiseThen(promise, onFulfilled, onRejected).
  PerformPromiseThen(agent, static_cast<PromiseObject*>(promise.get()), Value::FromObject(on_fulfilled),
                     Value::FromObject(on_rejected));
  // 16. Return unused.
}

// 27.9.3.10 AsyncGeneratorDrainQueue ( gen )
// https://tc39.es/ecma262/#sec-asyncgeneratordrainqueue
void AsyncGeneratorDrainQueue(Agent& agent, AsyncGeneratorObject* gen_object) {
  heap::Handle<AsyncGeneratorObject> gen(agent.heap(), gen_object);
  // 1. Assert: gen.[[AsyncGeneratorState]] is draining-queue.
  // 2. Let queue be gen.[[AsyncGeneratorQueue]].
  // 3. Repeat, while queue is not empty,
  while (!gen->queue().empty()) {
    // a. Let next be the first element of queue.
    // b. Let completion be Completion(next.[[Completion]]).
    const AsyncGeneratorRequest& next = gen->queue().front();
    // c. If completion is a return completion, then
    if (next.completion_type == ResumptionType::kReturn) {
      // i. Perform AsyncGeneratorAwaitReturn(gen).
      AsyncGeneratorAwaitReturn(agent, gen);
      // ii. Return unused.
      return;
    }
    // d. If completion is a normal completion, then
    //    i. Set completion to NormalCompletion(undefined).
    bool is_throw = next.completion_type == ResumptionType::kThrow;
    Value value = is_throw ? next.completion_value : Value::Undefined();
    // e. Perform AsyncGeneratorCompleteStep(gen, completion, true).
    AsyncGeneratorCompleteStep(agent, gen, is_throw, value, true);
  }
  // 4. Set gen.[[AsyncGeneratorState]] to completed.
  gen->set_state(AsyncGeneratorObject::State::kCompleted);
  // 5. Return unused.
}

}  // namespace async_runtime::async
