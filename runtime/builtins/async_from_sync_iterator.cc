#include "runtime/builtins/async_from_sync_iterator.h"

#include "runtime/async/promise.h"
#include "runtime/builtins/async_iterator_prototype.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

using async::ActiveFunctionSlot;
using async::CreateClosure;
using async::IfAbruptRejectPromise;
using async::PromiseCapability;
using interpreter::RootedValue;
namespace vm = interpreter::vm;

namespace {

// 27.1.5.3 Properties of Async-from-Sync Iterator Instances: an ordinary object whose
// [[SyncIteratorRecord]] is held as its three fields.
class AsyncFromSyncIteratorObject final : public Object {
 public:
  AsyncFromSyncIteratorObject(interpreter::Shape* shape, Object* sync_iterator, Value sync_next_method)
      : Object(shape), sync_iterator_(sync_iterator), sync_next_method_(sync_next_method) {}
  const char* CellName() const override { return "AsyncFromSyncIteratorObject"; }
  void VisitEdges(heap::Visitor& visitor) override {
    Object::VisitEdges(visitor);
    visitor.Visit(sync_iterator_);
    sync_next_method_.Visit(visitor);
  }

  Object* sync_iterator() const { return sync_iterator_; }       // [[SyncIteratorRecord]].[[Iterator]]
  Value sync_next_method() const { return sync_next_method_; }   // [[SyncIteratorRecord]].[[NextMethod]]
  bool sync_done() const { return sync_done_; }                  // [[SyncIteratorRecord]].[[Done]]
  void set_sync_done(bool done) { sync_done_ = done; }

 private:
  Object* sync_iterator_;
  Value sync_next_method_;
  bool sync_done_ = false;
};

// The this value of a %AsyncFromSyncIteratorPrototype% method, or nullptr. The spec asserts it is an
// async-from-sync iterator; user code cannot reach these methods, but a wrong receiver rejects rather than
// crashes.
AsyncFromSyncIteratorObject* ThisAsyncFromSyncIterator(Value this_value) {
  if (!this_value.IsObject()) return nullptr;
  return dynamic_cast<AsyncFromSyncIteratorObject*>(this_value.AsObject());
}

// obj.[[SyncIteratorRecord]] as a rooted Iterator Record.
vm::IteratorRecord SyncIteratorRecordOf(Agent& agent, AsyncFromSyncIteratorObject* obj) {
  vm::IteratorRecord record(agent.heap(), obj->sync_iterator(), obj->sync_next_method());
  record.set_done(obj->sync_done());
  return record;
}

// 7.3.10 GetMethod ( V, P ), for any value V (vm::GetMethod takes objects).
// https://tc39.es/ecma262/#sec-getmethod
ThrowCompletionOr<Value> GetMethod(Agent& agent, Value v, const PropertyKey& p) {
  // 1. Let func be ? GetV(V, P).
  Value func = TRY(vm::GetV(agent, agent.current_realm(), v, p));
  // 2. If func is either undefined or null, return undefined.
  if (func.IsNullish()) return Value::Undefined();
  // 3. If IsCallable(func) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(func)) return interpreter::ThrowTypeError(agent, u"iterator method is not callable");
  // 4. Return func.
  return func;
}

// Perform ! Call(promiseCapability.[[Reject]], undefined, « a newly created TypeError object »), then
// Return promiseCapability.[[Promise]].
ThrowCompletionOr<Value> RejectWithTypeError(Agent& agent, const PromiseCapability& capability,
                                             std::u16string_view message) {
  Value error = Value::FromObject(interpreter::CreateError(agent, interpreter::ErrorKind::kTypeError, message));
  TRY(async::CallRooted(agent, capability.reject, Value::Undefined(), {error}));
  return capability.promise.get();
}

// Slots of closeIterator (AsyncFromSyncIteratorContinuation step 12.a): the captured syncIteratorRecord.
enum CloseIteratorSlot : size_t { kSyncIteratorSlot, kSyncNextMethodSlot };

// 27.1.5.4 AsyncFromSyncIteratorContinuation ( result, promiseCapability, syncIteratorRecord, closeOnRejection )
// https://tc39.es/ecma262/#sec-asyncfromsynciteratorcontinuation
ThrowCompletionOr<Value> AsyncFromSyncIteratorContinuation(Agent& agent, Object* result_object,
                                                           const PromiseCapability& promise_capability,
                                                           const vm::IteratorRecord& sync_iterator_record,
                                                           bool close_on_rejection) {
  heap::Handle<Object> result(agent.heap(), result_object);
  // 1. NOTE: Because promiseCapability is derived from the intrinsic %Promise%, the calls to
  //    promiseCapability.[[Reject]] entailed by the use IfAbruptRejectPromise below are guaranteed not to throw.
  // 2. Let done be Completion(IteratorComplete(result)).
  ThrowCompletionOr<bool> done_completion = vm::IteratorComplete(agent, result);
  // 3. IfAbruptRejectPromise(done, promiseCapability).
  if (done_completion.is_throw_completion()) {
    return IfAbruptRejectPromise(agent, done_completion.thrown_value(), promise_capability);
  }
  bool done = done_completion.value();
  // 4. Let value be Completion(IteratorValue(result)).
  ThrowCompletionOr<Value> value = vm::IteratorValue(agent, result);
  // 5. IfAbruptRejectPromise(value, promiseCapability).
  if (value.is_throw_completion()) return IfAbruptRejectPromise(agent, value.thrown_value(), promise_capability);
  // 6. Let valueWrapper be Completion(PromiseResolve(%Promise%, value)).
  ThrowCompletionOr<Object*> value_wrapper_completion =
      async::PromiseResolve(agent, CurrentIntrinsic(agent, Intrinsic::kPromise), value.value());
  // 7. If valueWrapper is an abrupt completion, done is false, and closeOnRejection is true, then
  if (value_wrapper_completion.is_throw_completion() && !done && close_on_rejection) {
    // a. Set valueWrapper to Completion(IteratorClose(syncIteratorRecord, valueWrapper)).
    ThrowCompletionOr<Value> closed = vm::IteratorClose(
        agent, sync_iterator_record, interpreter::ThrowCompletion(value_wrapper_completion.thrown_value()));
    // (IteratorClose of a throw completion always returns a throw completion.)
    value_wrapper_completion = interpreter::ThrowCompletion(closed.thrown_value());
  }
  // 8. IfAbruptRejectPromise(valueWrapper, promiseCapability).
  if (value_wrapper_completion.is_throw_completion()) {
    return IfAbruptRejectPromise(agent, value_wrapper_completion.thrown_value(), promise_capability);
  }
  heap::Handle<Object> value_wrapper(agent.heap(), value_wrapper_completion.value());
  // 9. Let unwrap be a new Abstract Closure with parameters (value) that captures done and performs the
  //    following steps when called:
  auto unwrap = [](Agent& agent, Value, std::span<const Value> arguments, Object*) -> ThrowCompletionOr<Value> {
    // a. Return CreateIteratorResultObject(value, done).
    return Value::FromObject(
        vm::CreateIteratorResultObject(agent, Argument(arguments, 0), ActiveFunctionSlot(agent, 0).AsBoolean()));
  };
  // 10. Let onFulfilled be CreateBuiltinFunction(unwrap, 1, "", « »).
  RootedValue on_fulfilled(agent.heap(), Value::FromObject(CreateClosure(agent, unwrap, 1, {Value::Boolean(done)})));
  // 11. NOTE: onFulfilled is used when processing the "value" property of an IteratorResult object in order to
  //     wait for its value if it is a promise and re-package the result in a new "unwrapped" IteratorResult
  //     object.
  RootedValue on_rejected(agent.heap());
  // 12. If done is true or closeOnRejection is false, then
  if (done || !close_on_rejection) {
    // a. Let onRejected be undefined.
    on_rejected = Value::Undefined();
  } else {
    // 13. Else,
    // a. Let closeIterator be a new Abstract Closure with parameters (error) that captures syncIteratorRecord
    //    and performs the following steps when called:
    auto close_iterator = [](Agent& agent, Value, std::span<const Value> arguments,
                             Object*) -> ThrowCompletionOr<Value> {
      vm::IteratorRecord sync_iterator_record(agent.heap(), ActiveFunctionSlot(agent, kSyncIteratorSlot).AsObject(),
                                              ActiveFunctionSlot(agent, kSyncNextMethodSlot));
      // i. Return ? IteratorClose(syncIteratorRecord, ThrowCompletion(error)).
      return vm::IteratorClose(agent, sync_iterator_record, interpreter::ThrowCompletion(Argument(arguments, 0)));
    };
    // b. Let onRejected be CreateBuiltinFunction(closeIterator, 1, "", « »).
    on_rejected = Value::FromObject(CreateClosure(
        agent, close_iterator, 1,
        {Value::FromObject(sync_iterator_record.iterator()), sync_iterator_record.next_method()}));
    // c. NOTE: onRejected is used to close the Iterator when the "value" property of an IteratorResult object
    //    it yields is a rejected promise.
  }
  // 14. Perform PerformPromiseThen(valueWrapper, onFulfilled, onRejected, promiseCapability).
  //     (PromiseResolve with %Promise% always gives a Promise.)
  async::PerformPromiseThen(agent, static_cast<async::PromiseObject*>(value_wrapper.get()), on_fulfilled, on_rejected,
                            &promise_capability);
  // 15. Return promiseCapability.[[Promise]].
  return promise_capability.promise.get();
}

// 27.1.5.2.1 %AsyncFromSyncIteratorPrototype%.next ( [ value ] )
// https://tc39.es/ecma262/#sec-%asyncfromsynciteratorprototype%.next
ThrowCompletionOr<Value> AsyncFromSyncIteratorPrototypeNext(Agent& agent, Value this_value,
                                                            std::span<const Value> arguments, Object*) {
  // 1. Let obj be the this value.
  // 2. Assert: obj is an Object that has a [[SyncIteratorRecord]] internal slot.
  heap::Handle<AsyncFromSyncIteratorObject> obj(agent.heap(), ThisAsyncFromSyncIterator(this_value));
  // 3. Let promiseCapability be ! NewPromiseCapability(%Promise%).
  PromiseCapability promise_capability(agent.heap());
  async::NewIntrinsicPromiseCapability(agent, promise_capability);
  if (obj.get() == nullptr) {
    return RejectWithTypeError(agent, promise_capability, u"not an Async-from-Sync Iterator");
  }
  // 4. Let syncIteratorRecord be obj.[[SyncIteratorRecord]].
  vm::IteratorRecord sync_iterator_record = SyncIteratorRecordOf(agent, obj);
  ThrowCompletionOr<Object*> result = nullptr;
  // 5. If value is present, then
  if (!arguments.empty()) {
    // a. Let result be Completion(IteratorNext(syncIteratorRecord, value)).
    result = vm::IteratorNext(agent, sync_iterator_record, arguments[0]);
  } else {
    // 6. Else,
    // a. Let result be Completion(IteratorNext(syncIteratorRecord)).
    result = vm::IteratorNext(agent, sync_iterator_record);
  }
  obj->set_sync_done(sync_iterator_record.done());
  // 7. IfAbruptRejectPromise(result, promiseCapability).
  if (result.is_throw_completion()) return IfAbruptRejectPromise(agent, result.thrown_value(), promise_capability);
  // 8. Return AsyncFromSyncIteratorContinuation(result, promiseCapability, syncIteratorRecord, true).
  return AsyncFromSyncIteratorContinuation(agent, result.value(), promise_capability, sync_iterator_record, true);
}

// 27.1.5.2.2 %AsyncFromSyncIteratorPrototype%.return ( [ value ] )
// https://tc39.es/ecma262/#sec-%asyncfromsynciteratorprototype%.return
ThrowCompletionOr<Value> AsyncFromSyncIteratorPrototypeReturn(Agent& agent, Value this_value,
                                                              std::span<const Value> arguments, Object*) {
  RootedValue value(agent.heap(), Argument(arguments, 0));
  // 1. Let obj be the this value.
  // 2. Assert: obj is an Object that has a [[SyncIteratorRecord]] internal slot.
  heap::Handle<AsyncFromSyncIteratorObject> obj(agent.heap(), ThisAsyncFromSyncIterator(this_value));
  // 3. Let promiseCapability be ! NewPromiseCapability(%Promise%).
  PromiseCapability promise_capability(agent.heap());
  async::NewIntrinsicPromiseCapability(agent, promise_capability);
  if (obj.get() == nullptr) {
    return RejectWithTypeError(agent, promise_capability, u"not an Async-from-Sync Iterator");
  }
  // 4. Let syncIteratorRecord be obj.[[SyncIteratorRecord]].
  vm::IteratorRecord sync_iterator_record = SyncIteratorRecordOf(agent, obj);
  // 5. Let syncIterator be syncIteratorRecord.[[Iterator]].
  heap::Handle<Object> sync_iterator(agent.heap(), sync_iterator_record.iterator());
  // 6. Let return be Completion(GetMethod(syncIterator, "return")).
  ThrowCompletionOr<Value> return_method = vm::GetMethod(agent, sync_iterator, agent.Key(u"return"));
  // 7. IfAbruptRejectPromise(return, promiseCapability).
  if (return_method.is_throw_completion()) {
    return IfAbruptRejectPromise(agent, return_method.thrown_value(), promise_capability);
  }
  RootedValue return_function(agent.heap(), return_method.value());
  // 8. If return is undefined, then
  if (return_function->IsUndefined()) {
    // a. Let iteratorResult be CreateIteratorResultObject(value, true).
    Value iterator_result = Value::FromObject(vm::CreateIteratorResultObject(agent, value, true));
    // b. Perform ! Call(promiseCapability.[[Resolve]], undefined, « iteratorResult »).
    TRY(async::CallRooted(agent, promise_capability.resolve, Value::Undefined(), {iterator_result}));
    // c. Return promiseCapability.[[Promise]].
    return promise_capability.promise.get();
  }
  ThrowCompletionOr<Value> result = Value::Undefined();
  // 9. If value is present, then
  if (!arguments.empty()) {
    // a. Let result be Completion(Call(return, syncIterator, « value »)).
    Value call_arguments[] = {value};
    result = interpreter::Call(agent, return_function, Value::FromObject(sync_iterator), call_arguments);
  } else {
    // 10. Else,
    // a. Let result be Completion(Call(return, syncIterator)).
    result = interpreter::Call(agent, return_function, Value::FromObject(sync_iterator), {});
  }
  // 11. IfAbruptRejectPromise(result, promiseCapability).
  if (result.is_throw_completion()) return IfAbruptRejectPromise(agent, result.thrown_value(), promise_capability);
  // 12. If result is not an Object, then
  if (!result.value().IsObject()) {
    // a. Perform ! Call(promiseCapability.[[Reject]], undefined, « a newly created TypeError object »).
    // b. Return promiseCapability.[[Promise]].
    return RejectWithTypeError(agent, promise_capability, u"iterator return() result is not an object");
  }
  // 13. Return AsyncFromSyncIteratorContinuation(result, promiseCapability, syncIteratorRecord, false).
  return AsyncFromSyncIteratorContinuation(agent, result.value().AsObject(), promise_capability, sync_iterator_record,
                                           false);
}

// 27.1.5.2.3 %AsyncFromSyncIteratorPrototype%.throw ( [ value ] )
// https://tc39.es/ecma262/#sec-%asyncfromsynciteratorprototype%.throw
ThrowCompletionOr<Value> AsyncFromSyncIteratorPrototypeThrow(Agent& agent, Value this_value,
                                                             std::span<const Value> arguments, Object*) {
  RootedValue value(agent.heap(), Argument(arguments, 0));
  // 1. Let obj be the this value.
  // 2. Assert: obj is an Object that has a [[SyncIteratorRecord]] internal slot.
  heap::Handle<AsyncFromSyncIteratorObject> obj(agent.heap(), ThisAsyncFromSyncIterator(this_value));
  // 3. Let promiseCapability be ! NewPromiseCapability(%Promise%).
  PromiseCapability promise_capability(agent.heap());
  async::NewIntrinsicPromiseCapability(agent, promise_capability);
  if (obj.get() == nullptr) {
    return RejectWithTypeError(agent, promise_capability, u"not an Async-from-Sync Iterator");
  }
  // 4. Let syncIteratorRecord be obj.[[SyncIteratorRecord]].
  vm::IteratorRecord sync_iterator_record = SyncIteratorRecordOf(agent, obj);
  // 5. Let syncIterator be syncIteratorRecord.[[Iterator]].
  heap::Handle<Object> sync_iterator(agent.heap(), sync_iterator_record.iterator());
  // 6. Let throw be Completion(GetMethod(syncIterator, "throw")).
  ThrowCompletionOr<Value> throw_method = vm::GetMethod(agent, sync_iterator, agent.Key(u"throw"));
  // 7. IfAbruptRejectPromise(throw, promiseCapability).
  if (throw_method.is_throw_completion()) {
    return IfAbruptRejectPromise(agent, throw_method.thrown_value(), promise_capability);
  }
  RootedValue throw_function(agent.heap(), throw_method.value());
  // 8. If throw is undefined, then
  if (throw_function->IsUndefined()) {
    // a. NOTE: If syncIterator does not have a throw method, close it to give it a chance to clean up before
    //    we reject the capability.
    // b. Let closeCompletion be NormalCompletion(empty).
    // c. Let result be Completion(IteratorClose(syncIteratorRecord, closeCompletion)).
    ThrowCompletionOr<Value> result = vm::IteratorClose(agent, sync_iterator_record, Value::Empty());
    // d. IfAbruptRejectPromise(result, promiseCapability).
    if (result.is_throw_completion()) {
      return IfAbruptRejectPromise(agent, result.thrown_value(), promise_capability);
    }
    // e. NOTE: The next step throws a TypeError to indicate that there was a protocol violation: syncIterator
    //    does not have a throw method.
    // f. NOTE: If closing syncIterator does not throw then the result of that operation is ignored, even if it
    //    yields a rejected promise.
    // g. Perform ! Call(promiseCapability.[[Reject]], undefined, « a newly created TypeError object »).
    // h. Return promiseCapability.[[Promise]].
    return RejectWithTypeError(agent, promise_capability, u"iterator has no throw() method");
  }
  ThrowCompletionOr<Value> result = Value::Undefined();
  // 9. If value is present, then
  if (!arguments.empty()) {
    // a. Let result be Completion(Call(throw, syncIterator, « value »)).
    Value call_arguments[] = {value};
    result = interpreter::Call(agent, throw_function, Value::FromObject(sync_iterator), call_arguments);
  } else {
    // 10. Else,
    // a. Let result be Completion(Call(throw, syncIterator)).
    result = interpreter::Call(agent, throw_function, Value::FromObject(sync_iterator), {});
  }
  // 11. IfAbruptRejectPromise(result, promiseCapability).
  if (result.is_throw_completion()) return IfAbruptRejectPromise(agent, result.thrown_value(), promise_capability);
  // 12. If result is not an Object, then
  if (!result.value().IsObject()) {
    // a. Perform ! Call(promiseCapability.[[Reject]], undefined, « a newly created TypeError object »).
    // b. Return promiseCapability.[[Promise]].
    return RejectWithTypeError(agent, promise_capability, u"iterator throw() result is not an object");
  }
  // 13. Return AsyncFromSyncIteratorContinuation(result, promiseCapability, syncIteratorRecord, true).
  return AsyncFromSyncIteratorContinuation(agent, result.value().AsObject(), promise_capability, sync_iterator_record,
                                           true);
}

}  // namespace

void CreateAsyncFromSyncIteratorIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 27.1.5.2 The %AsyncFromSyncIteratorPrototype% Object: an ordinary object whose [[Prototype]] is
  // %AsyncIteratorPrototype%; it is not accessible to ECMAScript code.
  // https://tc39.es/ecma262/#sec-%asyncfromsynciteratorprototype%-object
  heap::Handle<Object> prototype(
      agent.heap(), interpreter::OrdinaryObjectCreate(agent, EnsureAsyncIteratorPrototype(agent, realm)));
  realm->set_intrinsic(Intrinsic::kAsyncFromSyncIteratorPrototype, prototype);
  DefineBuiltinMethod(agent, realm, prototype, u"next", 1, AsyncFromSyncIteratorPrototypeNext);
  DefineBuiltinMethod(agent, realm, prototype, u"return", 1, AsyncFromSyncIteratorPrototypeReturn);
  DefineBuiltinMethod(agent, realm, prototype, u"throw", 1, AsyncFromSyncIteratorPrototypeThrow);
}

// 27.1.5.1 CreateAsyncFromSyncIterator ( syncIteratorRecord )
// https://tc39.es/ecma262/#sec-createasyncfromsynciterator
ThrowCompletionOr<vm::IteratorRecord> CreateAsyncFromSyncIterator(Agent& agent,
                                                                  const vm::IteratorRecord& sync_iterator_record) {
  // 1. Let asyncIterator be OrdinaryObjectCreate(%AsyncFromSyncIteratorPrototype%, « [[SyncIteratorRecord]] »).
  // 2. Set asyncIterator.[[SyncIteratorRecord]] to syncIteratorRecord.
  heap::Handle<AsyncFromSyncIteratorObject> async_iterator(
      agent.heap(), interpreter::OrdinaryObjectCreate<AsyncFromSyncIteratorObject>(
                        agent, CurrentIntrinsic(agent, Intrinsic::kAsyncFromSyncIteratorPrototype),
                        sync_iterator_record.iterator(), sync_iterator_record.next_method()));
  async_iterator->set_sync_done(sync_iterator_record.done());
  // 3. Let nextMethod be ! Get(asyncIterator, "next").
  Value next_method = MUST(interpreter::Get(agent, async_iterator, agent.Key(u"next")));
  // 4. Let iteratorRecord be the Iterator Record { [[Iterator]]: asyncIterator, [[NextMethod]]: nextMethod,
  //    [[Done]]: false }.
  // 5. Return iteratorRecord.
  return vm::IteratorRecord(agent.heap(), async_iterator.get(), next_method);
}

// 7.4.4 GetIterator ( obj, kind ) with kind ~async~
// https://tc39.es/ecma262/#sec-getiterator
ThrowCompletionOr<vm::IteratorRecord> GetAsyncIterator(Agent& agent, Value obj_value) {
  RootedValue obj(agent.heap(), obj_value);
  // 1. If kind is async, then
  // a. Let method be ? GetMethod(obj, %Symbol.asyncIterator%).
  RootedValue method(agent.heap(), TRY(GetMethod(agent, obj, PropertyKey::FromSymbol(agent.well_known_symbol(
                                                                      WellKnownSymbol::kAsyncIterator)))));
  // b. If method is undefined, then
  if (method->IsUndefined()) {
    // i. Let syncMethod be ? GetMethod(obj, %Symbol.iterator%).
    RootedValue sync_method(agent.heap(), TRY(GetMethod(agent, obj, PropertyKey::FromSymbol(agent.well_known_symbol(
                                                                             WellKnownSymbol::kIterator)))));
    // ii. If syncMethod is undefined, throw a TypeError exception.
    if (sync_method->IsUndefined()) return interpreter::ThrowTypeError(agent, u"object is not async iterable");
    // iii. Let syncIteratorRecord be ? GetIteratorFromMethod(obj, syncMethod).
    vm::IteratorRecord sync_iterator_record = TRY(vm::GetIteratorFromMethod(agent, obj, sync_method));
    // iv. Return CreateAsyncFromSyncIterator(syncIteratorRecord).
    return CreateAsyncFromSyncIterator(agent, sync_iterator_record);
  }
  // 3. If method is undefined, throw a TypeError exception. (method is not undefined here.)
  // 4. Return ? GetIteratorFromMethod(obj, method).
  return vm::GetIteratorFromMethod(agent, obj, method);
}

}  // namespace async_runtime::builtins
