#include "runtime/builtins/async_generator.h"

#include "runtime/async/async_generator.h"
#include "runtime/builtins/async_iterator_prototype.h"
#include "runtime/interpreter/vm/iteration.h"
#include "runtime/interpreter/vm/vm.h"

namespace async_runtime::builtins {

using async::AsyncGeneratorObject;
using async::PromiseCapability;
using async::ResumptionType;
using interpreter::RootedValue;

namespace {

// IfAbruptRejectPromise(result, promiseCapability) for AsyncGeneratorValidate's throw: reject and return the
// promise.
Value RejectWith(Agent& agent, const PromiseCapability& promise_capability, Value reason) {
  (void)async::CallRooted(agent, promise_capability.reject, Value::Undefined(), {reason});
  return promise_capability.promise.get();
}

// 27.9.1.2 %AsyncGeneratorPrototype%.next ( value )
// https://tc39.es/ecma262/#sec-asyncgenerator-prototype-next
ThrowCompletionOr<Value> AsyncGeneratorPrototypeNext(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                     Object*) {
  RootedValue value(agent.heap(), Argument(arguments, 0));
  // 1. Let gen be the this value.
  // 2. Let promiseCapability be ! NewPromiseCapability(%Promise%).
  PromiseCapability promise_capability(agent.heap());
  async::NewIntrinsicPromiseCapability(agent, promise_capability);
  // 3. Let result be Completion(AsyncGeneratorValidate(gen, empty)).
  ThrowCompletionOr<AsyncGeneratorObject*> result = async::AsyncGeneratorValidate(agent, this_value);
  // 4. IfAbruptRejectPromise(result, promiseCapability).
  if (result.is_throw_completion()) return RejectWith(agent, promise_capability, result.thrown_value());
  heap::Handle<AsyncGeneratorObject> gen(agent.heap(), result.value());
  // 5. Let state be gen.[[AsyncGeneratorState]].
  AsyncGeneratorObject::State state = gen->state();
  // 6. If state is completed, then
  if (state == AsyncGeneratorObject::State::kCompleted) {
    // a. Let iteratorResult be CreateIteratorResultObject(undefined, true).
    RootedValue iterator_result(
        agent.heap(), Value::FromObject(interpreter::vm::CreateIteratorResultObject(agent, Value::Undefined(), true)));
    // b. Perform ! Call(promiseCapability.[[Resolve]], undefined, « iteratorResult »).
    (void)async::CallRooted(agent, promise_capability.resolve, Value::Undefined(), {iterator_result});
    // c. Return promiseCapability.[[Promise]].
    return promise_capability.promise.get();
  }
  // 7. Let completion be NormalCompletion(value).
  // 8. Perform AsyncGeneratorEnqueue(gen, completion, promiseCapability).
  async::AsyncGeneratorEnqueue(gen, ResumptionType::kNormal, value, promise_capability);
  // 9. If state is either suspended-start or suspended-yield, then
  if (state == AsyncGeneratorObject::State::kSuspendedStart || state == AsyncGeneratorObject::State::kSuspendedYield) {
    // a. Perform AsyncGeneratorResume(gen, completion).
    async::AsyncGeneratorResume(agent, gen, ResumptionType::kNormal, value, &interpreter::vm::Vm::ResumeAsyncContext);
  }
  // 10. Else,
  //     a. Assert: state is either executing or draining-queue.
  // 11. Return promiseCapability.[[Promise]].
  return promise_capability.promise.get();
}

// 27.9.1.3 %AsyncGeneratorPrototype%.return ( value )
// https://tc39.es/ecma262/#sec-asyncgenerator-prototype-return
ThrowCompletionOr<Value> AsyncGeneratorPrototypeReturn(Agent& agent, Value this_value,
                                                       std::span<const Value> arguments, Object*) {
  RootedValue value(agent.heap(), Argument(arguments, 0));
  // 1. Let gen be the this value.
  // 2. Let promiseCapability be ! NewPromiseCapability(%Promise%).
  PromiseCapability promise_capability(agent.heap());
  async::NewIntrinsicPromiseCapability(agent, promise_capability);
  // 3. Let result be Completion(AsyncGeneratorValidate(gen, empty)).
  ThrowCompletionOr<AsyncGeneratorObject*> result = async::AsyncGeneratorValidate(agent, this_value);
  // 4. IfAbruptRejectPromise(result, promiseCapability).
  if (result.is_throw_completion()) return RejectWith(agent, promise_capability, result.thrown_value());
  heap::Handle<AsyncGeneratorObject> gen(agent.heap(), result.value());
  // 5. Let completion be ReturnCompletion(value).
  // 6. Perform AsyncGeneratorEnqueue(gen, completion, promiseCapability).
  async::AsyncGeneratorEnqueue(gen, ResumptionType::kReturn, value, promise_capability);
  // 7. Let state be gen.[[AsyncGeneratorState]].
  AsyncGeneratorObject::State state = gen->state();
  // 8. If state is either suspended-start or completed, then
  if (state == AsyncGeneratorObject::State::kSuspendedStart || state == AsyncGeneratorObject::State::kCompleted) {
    // a. Set gen.[[AsyncGeneratorState]] to draining-queue.
    gen->set_state(AsyncGeneratorObject::State::kDrainingQueue);
    // b. Perform AsyncGeneratorAwaitReturn(gen).
    async::AsyncGeneratorAwaitReturn(agent, gen);
  } else if (state == AsyncGeneratorObject::State::kSuspendedYield) {
    // 9. Else if state is suspended-yield, then
    //    a. Perform AsyncGeneratorResume(gen, completion).
    async::AsyncGeneratorResume(agent, gen, ResumptionType::kReturn, value, &interpreter::vm::Vm::ResumeAsyncContext);
  }
  // 10. Else,
  //     a. Assert: state is either executing or draining-queue.
  // 11. Return promiseCapability.[[Promise]].
  return promise_capability.promise.get();
}

// 27.9.1.4 %AsyncGeneratorPrototype%.throw ( exception )
// https://tc39.es/ecma262/#sec-asyncgenerator-prototype-throw
ThrowCompletionOr<Value> AsyncGeneratorPrototypeThrow(Agent& agent, Value this_value,
                                                      std::span<const Value> arguments, Object*) {
  RootedValue exception(agent.heap(), Argument(arguments, 0));
  // 1. Let gen be the this value.
  // 2. Let promiseCapability be ! NewPromiseCapability(%Promise%).
  PromiseCapability promise_capability(agent.heap());
  async::NewIntrinsicPromiseCapability(agent, promise_capability);
  // 3. Let result be Completion(AsyncGeneratorValidate(gen, empty)).
  ThrowCompletionOr<AsyncGeneratorObject*> result = async::AsyncGeneratorValidate(agent, this_value);
  // 4. IfAbruptRejectPromise(result, promiseCapability).
  if (result.is_throw_completion()) return RejectWith(agent, promise_capability, result.thrown_value());
  heap::Handle<AsyncGeneratorObject> gen(agent.heap(), result.value());
  // 5. Let state be gen.[[AsyncGeneratorState]].
  AsyncGeneratorObject::State state = gen->state();
  // 6. If state is suspended-start, then
  if (state == AsyncGeneratorObject::State::kSuspendedStart) {
    // a. Set gen.[[AsyncGeneratorState]] to completed.
    gen->set_state(AsyncGeneratorObject::State::kCompleted);
    // b. Set state to completed.
    state = AsyncGeneratorObject::State::kCompleted;
  }
  // 7. If state is completed, then
  if (state == AsyncGeneratorObject::State::kCompleted) {
    // a. Perform ! Call(promiseCapability.[[Reject]], undefined, « exception »).
    // b. Return promiseCapability.[[Promise]].
    return RejectWith(agent, promise_capability, exception);
  }
  // 8. Let completion be ThrowCompletion(exception).
  // 9. Perform AsyncGeneratorEnqueue(gen, completion, promiseCapability).
  async::AsyncGeneratorEnqueue(gen, ResumptionType::kThrow, exception, promise_capability);
  // 10. If state is suspended-yield, then
  if (state == AsyncGeneratorObject::State::kSuspendedYield) {
    // a. Perform AsyncGeneratorResume(gen, completion).
    async::AsyncGeneratorResume(agent, gen, ResumptionType::kThrow, exception,
                                &interpreter::vm::Vm::ResumeAsyncContext);
  }
  // 11. Else,
  //     a. Assert: state is either executing or draining-queue.
  // 12. Return promiseCapability.[[Promise]].
  return promise_capability.promise.get();
}

}  // namespace

void CreateAsyncGeneratorIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  PropertyKey to_string_tag = PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag));
  // 27.7.3 Properties of the AsyncGeneratorFunction Prototype Object: [[Prototype]] %Function.prototype%.
  heap::Handle<Object> async_generator_function_prototype(
      agent.heap(), interpreter::OrdinaryObjectCreate(agent, realm->intrinsic(Intrinsic::kFunctionPrototype)));
  realm->set_intrinsic(Intrinsic::kAsyncGeneratorFunctionPrototype, async_generator_function_prototype);
  // 27.9.1 The %AsyncGeneratorPrototype% Object: [[Prototype]] %AsyncIteratorPrototype%.
  heap::Handle<Object> async_generator_prototype(
      agent.heap(), interpreter::OrdinaryObjectCreate(agent, EnsureAsyncIteratorPrototype(agent, realm)));
  realm->set_intrinsic(Intrinsic::kAsyncGeneratorPrototype, async_generator_prototype);
  // 27.7.3.2 AsyncGeneratorFunction.prototype.prototype: %AsyncGeneratorPrototype%, configurable only.
  DefineBuiltinData(agent, async_generator_function_prototype, u"prototype",
                    Value::FromObject(async_generator_prototype), false, false, true);
  // 27.7.3.3 AsyncGeneratorFunction.prototype [ %Symbol.toStringTag% ]: "AsyncGeneratorFunction".
  DefineBuiltinData(agent, async_generator_function_prototype, to_string_tag,
                    agent.InternedString(u"AsyncGeneratorFunction"), false, false, true);
  // 27.9.1.1 %AsyncGeneratorPrototype%.constructor: %AsyncGeneratorFunction.prototype%, configurable only.
  DefineBuiltinData(agent, async_generator_prototype, u"constructor",
                    Value::FromObject(async_generator_function_prototype), false, false, true);
  DefineBuiltinMethod(agent, realm, async_generator_prototype, u"next", 1, AsyncGeneratorPrototypeNext);
  DefineBuiltinMethod(agent, realm, async_generator_prototype, u"return", 1, AsyncGeneratorPrototypeReturn);
  DefineBuiltinMethod(agent, realm, async_generator_prototype, u"throw", 1, AsyncGeneratorPrototypeThrow);
  // 27.9.1.5 %AsyncGeneratorPrototype% [ %Symbol.toStringTag% ]: "AsyncGenerator".
  DefineBuiltinData(agent, async_generator_prototype, to_string_tag, agent.InternedString(u"AsyncGenerator"), false,
                    false, true);
}

}  // namespace async_runtime::builtins
