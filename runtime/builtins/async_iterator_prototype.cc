#include "runtime/builtins/async_iterator_prototype.h"

#include "runtime/async/promise.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

using async::PromiseCapability;
using interpreter::RootedValue;

namespace {

// 27.1.4.1 %AsyncIteratorPrototype% [ %Symbol.asyncDispose% ] ( )
// https://tc39.es/ecma262/#sec-%asynciteratorprototype%-%symbol.asyncdispose%
ThrowCompletionOr<Value> AsyncIteratorPrototypeAsyncDispose(Agent& agent, Value this_value, std::span<const Value>,
                                                            Object*) {
  // 1. Let obj be the this value.
  RootedValue obj(agent.heap(), this_value);
  // 2. Let promiseCapability be ! NewPromiseCapability(%Promise%).
  PromiseCapability promise_capability(agent.heap());
  async::NewIntrinsicPromiseCapability(agent, promise_capability);
  // IfAbruptRejectPromise(value, promiseCapability) for an abrupt value: reject, return the promise.
  auto reject = [&](Value thrown) -> ThrowCompletionOr<Value> {
    TRY(async::CallRooted(agent, promise_capability.reject, Value::Undefined(), {thrown}));
    return promise_capability.promise.get();
  };
  // 3. Let return be Completion(GetMethod(obj, "return")).
  //    (GetMethod(V, P): func is ? GetV(V, P); undefined or null give undefined; a non-callable throws.)
  ThrowCompletionOr<Value> return_completion = interpreter::vm::GetV(agent, agent.current_realm(), obj, agent.Key(u"return"));
  if (return_completion.is_normal_completion()) {
    Value func = return_completion.value();
    if (func.IsNullish()) {
      return_completion = Value::Undefined();
    } else if (!interpreter::IsCallable(func)) {
      return_completion = interpreter::ThrowTypeError(agent, u"iterator return is not callable");
    }
  }
  // 4. IfAbruptRejectPromise(return, promiseCapability).
  if (return_completion.is_throw_completion()) return reject(return_completion.thrown_value());
  RootedValue return_method(agent.heap(), return_completion.value());
  // 5. If return is undefined, then
  if (return_method->IsUndefined()) {
    // a. Perform ! Call(promiseCapability.[[Resolve]], undefined, « undefined »).
    TRY(async::CallRooted(agent, promise_capability.resolve, Value::Undefined(), {Value::Undefined()}));
  } else {
    // 6. Else,
    // a. Let result be Completion(Call(return, obj, « »)).
    ThrowCompletionOr<Value> result = interpreter::Call(agent, return_method, obj, {});
    // b. IfAbruptRejectPromise(result, promiseCapability).
    if (result.is_throw_completion()) return reject(result.thrown_value());
    // c. Let resultWrapper be Completion(PromiseResolve(%Promise%, result)).
    ThrowCompletionOr<Object*> result_wrapper =
        async::PromiseResolve(agent, CurrentIntrinsic(agent, Intrinsic::kPromise), result.value());
    // d. IfAbruptRejectPromise(resultWrapper, promiseCapability).
    if (result_wrapper.is_throw_completion()) return reject(result_wrapper.thrown_value());
    heap::Handle<Object> wrapper(agent.heap(), result_wrapper.value());
    // e. Let unwrap be a new Abstract Closure with no parameters that captures nothing and performs the
    //    following steps when called:
    auto unwrap = [](Agent&, Value, std::span<const Value>, Object*) -> ThrowCompletionOr<Value> {
      // i. Return undefined.
      return Value::Undefined();
    };
    // f. Let onFulfilled be CreateBuiltinFunction(unwrap, 1, "", « »).
    RootedValue on_fulfilled(agent.heap(), Value::FromObject(CreateBuiltinFunction(agent, unwrap, 1, agent.Key(u""))));
    // g. Perform PerformPromiseThen(resultWrapper, onFulfilled, undefined, promiseCapability).
    //    (PromiseResolve with %Promise% always gives a Promise.)
    async::PerformPromiseThen(agent, static_cast<async::PromiseObject*>(wrapper.get()), on_fulfilled,
                              Value::Undefined(), &promise_capability);
  }
  // 7. Return promiseCapability.[[Promise]].
  return promise_capability.promise.get();
}

// 27.1.4.2 %AsyncIteratorPrototype% [ %Symbol.asyncIterator% ] ( )
// https://tc39.es/ecma262/#sec-%asynciteratorprototype%-%symbol.asynciterator%
ThrowCompletionOr<Value> AsyncIteratorPrototypeAsyncIterator(Agent&, Value this_value, std::span<const Value>,
                                                             Object*) {
  // 1. Return the this value.
  return this_value;
}

}  // namespace

Object* EnsureAsyncIteratorPrototype(Agent& agent, Realm* realm_record) {
  if (Object* existing = realm_record->intrinsic(Intrinsic::kAsyncIteratorPrototype)) return existing;
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 27.1.4 The %AsyncIteratorPrototype% Object: an ordinary object whose [[Prototype]] is %Object.prototype%.
  heap::Handle<Object> prototype(
      agent.heap(), interpreter::OrdinaryObjectCreate(agent, realm->intrinsic(Intrinsic::kObjectPrototype)));
  realm->set_intrinsic(Intrinsic::kAsyncIteratorPrototype, prototype);
  DefineBuiltinMethod(agent, realm, prototype, WellKnownSymbol::kAsyncDispose, 0, AsyncIteratorPrototypeAsyncDispose);
  DefineBuiltinMethod(agent, realm, prototype, WellKnownSymbol::kAsyncIterator, 0, AsyncIteratorPrototypeAsyncIterator);
  return prototype.get();
}

}  // namespace async_runtime::builtins
