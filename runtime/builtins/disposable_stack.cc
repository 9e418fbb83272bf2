#include "runtime/builtins/disposable_stack.h"

#include "runtime/async/async_function.h"
#include "runtime/async/promise.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"

#include <string>

namespace async_runtime::builtins {

using async::PromiseCapability;
using interpreter::ErrorKind;
using interpreter::RootedValue;

namespace {

// The built-in closure of adopt: calls captured()[1] (onDispose) with captured()[0] (value).
ThrowCompletionOr<Value> AdoptClosureSteps(Agent& agent, Value, std::span<const Value>, Object*) {
  auto* active_function = static_cast<NativeFunction*>(agent.active_builtin_function());
  RootedValue value(agent.heap(), active_function->captured()[0]);
  RootedValue on_dispose(agent.heap(), active_function->captured()[1]);
  // 1. Return ? Call(onDispose, undefined, « value »).
  Value arguments[] = {value};
  return interpreter::Call(agent, on_dispose, Value::Undefined(), arguments);
}

// CreateBuiltinFunction(closure, 0, "", « ») for adopt's closure capturing value and onDispose.
NativeFunction* CreateAdoptClosure(Agent& agent, Value value_argument, Value on_dispose_argument) {
  RootedValue value(agent.heap(), value_argument);
  RootedValue on_dispose(agent.heap(), on_dispose_argument);
  NativeFunction* function = CreateBuiltinFunction(agent, AdoptClosureSteps, 0, agent.Key(u""));
  function->captured() = {value, on_dispose};
  return function;
}

interpreter::ThrowCompletion ThrowAlreadyDisposed(Agent& agent, std::u16string_view type_name) {
  std::u16string message(type_name);
  message += u" is already disposed";
  return interpreter::ThrowError(agent, ErrorKind::kReferenceError, message);
}

// ---------------------------------------------------------------------------------------------------------
// 27.3 DisposableStack Objects

// 7.3.27 RequireInternalSlot ( O, [[DisposableState]] ): the DisposableStack, or nullptr after throwing.
ThrowCompletionOr<DisposableStackObject*> RequireDisposableStack(Agent& agent, Value o) {
  // 1. If O is not an Object, throw a TypeError exception.
  // 2. If O does not have an internalSlot internal slot, throw a TypeError exception.
  auto* disposable_stack = o.IsObject() ? dynamic_cast<DisposableStackObject*>(o.AsObject()) : nullptr;
  if (disposable_stack == nullptr) return interpreter::ThrowTypeError(agent, u"this is not a DisposableStack");
  // 3. Return unused.
  return disposable_stack;
}

// 27.3.1.1 DisposableStack ( )
// https://tc39.es/ecma262/#sec-disposablestack
ThrowCompletionOr<Value> DisposableStackConstructor(Agent& agent, Value, std::span<const Value>, Object* new_target) {
  // 1. If NewTarget is undefined, throw a TypeError exception.
  if (new_target == nullptr) return interpreter::ThrowTypeError(agent, u"DisposableStack constructor requires 'new'");
  // 2. Let disposableStack be ? OrdinaryCreateFromConstructor(NewTarget, "%DisposableStack.prototype%",
  //    « [[DisposableState]], [[DisposableResourceStack]] »).
  heap::Handle<DisposableStackObject> disposable_stack(
      agent.heap(),
      TRY(OrdinaryCreateFromConstructor<DisposableStackObject>(agent, new_target, Intrinsic::kDisposableStackPrototype)));
  // 3. Set disposableStack.[[DisposableState]] to pending. (The initial state.)
  // 4. Set disposableStack.[[DisposableResourceStack]] to a new empty List.
  disposable_stack->set_resource_stack(agent.Allocate<DisposableResourceStack>());
  // 5. Return disposableStack.
  return Value::FromObject(disposable_stack);
}

// 27.3.3.1 DisposableStack.prototype.adopt ( value, onDispose )
// https://tc39.es/ecma262/#sec-disposablestack.prototype.adopt
ThrowCompletionOr<Value> DisposableStackPrototypeAdopt(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                       Object*) {
  Value value = Argument(arguments, 0);
  Value on_dispose = Argument(arguments, 1);
  // 1. Let disposableStack be the this value.
  // 2. Perform ? RequireInternalSlot(disposableStack, [[DisposableState]]).
  heap::Handle<DisposableStackObject> disposable_stack(agent.heap(), TRY(RequireDisposableStack(agent, this_value)));
  // 3. If disposableStack.[[DisposableState]] is disposed, throw a ReferenceError exception.
  if (disposable_stack->state() == DisposableState::kDisposed) return ThrowAlreadyDisposed(agent, u"DisposableStack");
  // 4. If IsCallable(onDispose) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(on_dispose)) return interpreter::ThrowTypeError(agent, u"onDispose is not callable");
  // 5. Let closure be a new Abstract Closure with no parameters that captures value and onDispose and performs the
  //    following steps when called:
  //    a. Return ? Call(onDispose, undefined, « value »).
  // 6. Let func be CreateBuiltinFunction(closure, 0, "", « »).
  heap::Handle<NativeFunction> func(agent.heap(), CreateAdoptClosure(agent, value, on_dispose));
  // 7. Perform ? AddDisposableResource(disposableStack.[[DisposableResourceStack]], undefined, sync-dispose, func).
  TRY(AddDisposableResource(agent, disposable_stack->resource_stack(), Value::Undefined(), DisposeKind::kSyncDispose,
                            func));
  // 8. Return value.
  return func->captured()[0];
}

// 27.3.3.3 DisposableStack.prototype.defer ( onDispose )
// https://tc39.es/ecma262/#sec-disposablestack.prototype.defer
ThrowCompletionOr<Value> DisposableStackPrototypeDefer(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                       Object*) {
  Value on_dispose = Argument(arguments, 0);
  // 1. Let disposableStack be the this value.
  // 2. Perform ? RequireInternalSlot(disposableStack, [[DisposableState]]).
  DisposableStackObject* disposable_stack = TRY(RequireDisposableStack(agent, this_value));
  // 3. If disposableStack.[[DisposableState]] is disposed, throw a ReferenceError exception.
  if (disposable_stack->state() == DisposableState::kDisposed) return ThrowAlreadyDisposed(agent, u"DisposableStack");
  // 4. If IsCallable(onDispose) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(on_dispose)) return interpreter::ThrowTypeError(agent, u"onDispose is not callable");
  // 5. Perform ? AddDisposableResource(disposableStack.[[DisposableResourceStack]], undefined, sync-dispose,
  //    onDispose).
  TRY(AddDisposableResource(agent, disposable_stack->resource_stack(), Value::Undefined(), DisposeKind::kSyncDispose,
                            on_dispose.AsObject()));
  // 6. Return undefined.
  return Value::Undefined();
}

// 27.3.3.4 DisposableStack.prototype.dispose ( )
// https://tc39.es/ecma262/#sec-disposablestack.prototype.dispose
ThrowCompletionOr<Value> DisposableStackPrototypeDispose(Agent& agent, Value this_value, std::span<const Value>,
                                                         Object*) {
  // 1. Let disposableStack be the this value.
  // 2. Perform ? RequireInternalSlot(disposableStack, [[DisposableState]]).
  heap::Handle<DisposableStackObject> disposable_stack(agent.heap(), TRY(RequireDisposableStack(agent, this_value)));
  // 3. If disposableStack.[[DisposableState]] is disposed, return undefined.
  if (disposable_stack->state() == DisposableState::kDisposed) return Value::Undefined();
  // 4. Set disposableStack.[[DisposableState]] to disposed.
  disposable_stack->set_state(DisposableState::kDisposed);
  // 5. Return ? DisposeResources(disposableStack.[[DisposableResourceStack]], NormalCompletion(undefined)).
  return DisposeResources(agent, disposable_stack->resource_stack(), Value::Undefined());
}

// 27.3.3.5 get DisposableStack.prototype.disposed
// https://tc39.es/ecma262/#sec-get-disposablestack.prototype.disposed
ThrowCompletionOr<Value> GetDisposableStackPrototypeDisposed(Agent& agent, Value this_value, std::span<const Value>,
                                                             Object*) {
  // 1. Let disposableStack be the this value.
  // 2. Perform ? RequireInternalSlot(disposableStack, [[DisposableState]]).
  DisposableStackObject* disposable_stack = TRY(RequireDisposableStack(agent, this_value));
  // 3. If disposableStack.[[DisposableState]] is disposed, return true.
  // 4. Return false.
  return Value::Boolean(disposable_stack->state() == DisposableState::kDisposed);
}

// 27.3.3.6 DisposableStack.prototype.move ( )
// https://tc39.es/ecma262/#sec-disposablestack.prototype.move
ThrowCompletionOr<Value> DisposableStackPrototypeMove(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let disposableStack be the this value.
  // 2. Perform ? RequireInternalSlot(disposableStack, [[DisposableState]]).
  heap::Handle<DisposableStackObject> disposable_stack(agent.heap(), TRY(RequireDisposableStack(agent, this_value)));
  // 3. If disposableStack.[[DisposableState]] is disposed, throw a ReferenceError exception.
  if (disposable_stack->state() == DisposableState::kDisposed) return ThrowAlreadyDisposed(agent, u"DisposableStack");
  // 4. Let newDisposableStack be ? OrdinaryCreateFromConstructor(%DisposableStack%, "%DisposableStack.prototype%",
  //    « [[DisposableState]], [[DisposableResourceStack]] »).
  heap::Handle<DisposableStackObject> new_disposable_stack(
      agent.heap(), TRY(OrdinaryCreateFromConstructor<DisposableStackObject>(
                        agent, CurrentIntrinsic(agent, Intrinsic::kDisposableStack),
                        Intrinsic::kDisposableStackPrototype)));
  // 5. Set newDisposableStack.[[DisposableState]] to pending. (The initial state.)
  // 6. Set newDisposableStack.[[DisposableResourceStack]] to disposableStack.[[DisposableResourceStack]].
  new_disposable_stack->set_resource_stack(disposable_stack->resource_stack());
  // 7. Set disposableStack.[[DisposableResourceStack]] to a new empty List.
  disposable_stack->set_resource_stack(agent.Allocate<DisposableResourceStack>());
  // 8. Set disposableStack.[[DisposableState]] to disposed.
  disposable_stack->set_state(DisposableState::kDisposed);
  // 9. Return newDisposableStack.
  return Value::FromObject(new_disposable_stack);
}

// 27.3.3.7 DisposableStack.prototype.use ( value )
// https://tc39.es/ecma262/#sec-disposablestack.prototype.use
ThrowCompletionOr<Value> DisposableStackPrototypeUse(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                     Object*) {
  // (value is an argument: rooted by the caller.)
  Value value = Argument(arguments, 0);
  // 1. Let disposableStack be the this value.
  // 2. Perform ? RequireInternalSlot(disposableStack, [[DisposableState]]).
  DisposableStackObject* disposable_stack = TRY(RequireDisposableStack(agent, this_value));
  // 3. If disposableStack.[[DisposableState]] is disposed, throw a ReferenceError exception.
  if (disposable_stack->state() == DisposableState::kDisposed) return ThrowAlreadyDisposed(agent, u"DisposableStack");
  // 4. Perform ? AddDisposableResource(disposableStack.[[DisposableResourceStack]], value, sync-dispose).
  TRY(AddDisposableResource(agent, disposable_stack->resource_stack(), value, DisposeKind::kSyncDispose));
  // 5. Return value.
  return value;
}

// ---------------------------------------------------------------------------------------------------------
// 27.4 AsyncDisposableStack Objects

// 7.3.27 RequireInternalSlot ( O, [[AsyncDisposableState]] ).
ThrowCompletionOr<AsyncDisposableStackObject*> RequireAsyncDisposableStack(Agent& agent, Value o) {
  // 1. If O is not an Object, throw a TypeError exception.
  // 2. If O does not have an internalSlot internal slot, throw a TypeError exception.
  auto* async_disposable_stack = o.IsObject() ? dynamic_cast<AsyncDisposableStackObject*>(o.AsObject()) : nullptr;
  if (async_disposable_stack == nullptr) {
    return interpreter::ThrowTypeError(agent, u"this is not an AsyncDisposableStack");
  }
  // 3. Return unused.
  return async_disposable_stack;
}

// 27.4.1.1 AsyncDisposableStack ( )
// https://tc39.es/ecma262/#sec-asyncdisposablestack
ThrowCompletionOr<Value> AsyncDisposableStackConstructor(Agent& agent, Value, std::span<const Value>,
                                                         Object* new_target) {
  // 1. If NewTarget is undefined, throw a TypeError exception.
  if (new_target == nullptr) {
    return interpreter::ThrowTypeError(agent, u"AsyncDisposableStack constructor requires 'new'");
  }
  // 2. Let asyncDisposableStack be ? OrdinaryCreateFromConstructor(NewTarget, "%AsyncDisposableStack.prototype%",
  //    « [[AsyncDisposableState]], [[DisposableResourceStack]] »).
  heap::Handle<AsyncDisposableStackObject> async_disposable_stack(
      agent.heap(), TRY(OrdinaryCreateFromConstructor<AsyncDisposableStackObject>(
                        agent, new_target, Intrinsic::kAsyncDisposableStackPrototype)));
  // 3. Set asyncDisposableStack.[[AsyncDisposableState]] to pending. (The initial state.)
  // 4. Set asyncDisposableStack.[[DisposableResourceStack]] to a new empty List.
  async_disposable_stack->set_resource_stack(agent.Allocate<DisposableResourceStack>());
  // 5. Return asyncDisposableStack.
  return Value::FromObject(async_disposable_stack);
}

// 27.4.3.1 AsyncDisposableStack.prototype.adopt ( value, onDisposeAsync )
// https://tc39.es/ecma262/#sec-asyncdisposablestack.prototype.adopt
ThrowCompletionOr<Value> AsyncDisposableStackPrototypeAdopt(Agent& agent, Value this_value,
                                                            std::span<const Value> arguments, Object*) {
  Value value = Argument(arguments, 0);
  Value on_dispose_async = Argument(arguments, 1);
  // 1. Let asyncDisposableStack be the this value.
  // 2. Perform ? RequireInternalSlot(asyncDisposableStack, [[AsyncDisposableState]]).
  heap::Handle<AsyncDisposableStackObject> async_disposable_stack(
      agent.heap(), TRY(RequireAsyncDisposableStack(agent, this_value)));
  // 3. If asyncDisposableStack.[[AsyncDisposableState]] is disposed, throw a ReferenceError exception.
  if (async_disposable_stack->state() == DisposableState::kDisposed) {
    return ThrowAlreadyDisposed(agent, u"AsyncDisposableStack");
  }
  // 4. If IsCallable(onDisposeAsync) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(on_dispose_async)) {
    return interpreter::ThrowTypeError(agent, u"onDisposeAsync is not callable");
  }
  // 5. Let closure be a new Abstract Closure with no parameters that captures value and onDisposeAsync and
  //    performs the following steps when called:
  //    a. Return ? Call(onDisposeAsync, undefined, « value »).
  // 6. Let func be CreateBuiltinFunction(closure, 0, "", « »).
  heap::Handle<NativeFunction> func(agent.heap(), CreateAdoptClosure(agent, value, on_dispose_async));
  // 7. Perform ? AddDisposableResource(asyncDisposableStack.[[DisposableResourceStack]], undefined, async-dispose,
  //    func).
  TRY(AddDisposableResource(agent, async_disposable_stack->resource_stack(), Value::Undefined(),
                            DisposeKind::kAsyncDispose, func));
  // 8. Return value.
  return func->captured()[0];
}

// 27.4.3.3 AsyncDisposableStack.prototype.defer ( onDisposeAsync )
// https://tc39.es/ecma262/#sec-asyncdisposablestack.prototype.defer
ThrowCompletionOr<Value> AsyncDisposableStackPrototypeDefer(Agent& agent, Value this_value,
                                                            std::span<const Value> arguments, Object*) {
  Value on_dispose_async = Argument(arguments, 0);
  // 1. Let asyncDisposableStack be the this value.
  // 2. Perform ? RequireInternalSlot(asyncDisposableStack, [[AsyncDisposableState]]).
  AsyncDisposableStackObject* async_disposable_stack = TRY(RequireAsyncDisposableStack(agent, this_value));
  // 3. If asyncDisposableStack.[[AsyncDisposableState]] is disposed, throw a ReferenceError exception.
  if (async_disposable_stack->state() == DisposableState::kDisposed) {
    return ThrowAlreadyDisposed(agent, u"AsyncDisposableStack");
  }
  // 4. If IsCallable(onDisposeAsync) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(on_dispose_async)) {
    return interpreter::ThrowTypeError(agent, u"onDisposeAsync is not callable");
  }
  // 5. Perform ? AddDisposableResource(asyncDisposableStack.[[DisposableResourceStack]], undefined, async-dispose,
  //    onDisposeAsync).
  TRY(AddDisposableResource(agent, async_disposable_stack->resource_stack(), Value::Undefined(),
                            DisposeKind::kAsyncDispose, on_dispose_async.AsObject()));
  // 6. Return undefined.
  return Value::Undefined();
}

// 27.4.3.4 AsyncDisposableStack.prototype.disposeAsync ( )
// https://tc39.es/ecma262/#sec-asyncdisposablestack.prototype.disposeAsync
// An async method: as 10.3.3 BuiltinCallOrConstruct step 10 runs a built-in whose [[Async]] is true, the
// steps run under a new ! NewPromiseCapability(%Promise%) (AsyncFunctionStart), their completion settles its
// promise (AsyncBlockStart), and the call returns the promise.
ThrowCompletionOr<Value> AsyncDisposableStackPrototypeDisposeAsync(Agent& agent, Value this_value,
                                                                   std::span<const Value>, Object*) {
  PromiseCapability promise_capability(agent.heap());
  async::NewIntrinsicPromiseCapability(agent, promise_capability);
  // 1. Let asyncDisposableStack be the this value.
  // 2. Perform ? RequireInternalSlot(asyncDisposableStack, [[AsyncDisposableState]]).
  ThrowCompletionOr<AsyncDisposableStackObject*> slot_check = RequireAsyncDisposableStack(agent, this_value);
  if (slot_check.is_throw_completion()) {
    async::AsyncBlockComplete(agent, promise_capability.resolve, promise_capability.reject, true,
                              slot_check.thrown_value());
    return promise_capability.promise.get();
  }
  heap::Handle<AsyncDisposableStackObject> async_disposable_stack(agent.heap(), slot_check.value());
  // 3. If asyncDisposableStack.[[AsyncDisposableState]] is disposed, return undefined.
  if (async_disposable_stack->state() == DisposableState::kDisposed) {
    async::AsyncBlockComplete(agent, promise_capability.resolve, promise_capability.reject, false,
                              Value::Undefined());
    return promise_capability.promise.get();
  }
  // 4. Set asyncDisposableStack.[[AsyncDisposableState]] to disposed.
  async_disposable_stack->set_state(DisposableState::kDisposed);
  // 5. Return ? DisposeResources(asyncDisposableStack.[[DisposableResourceStack]], NormalCompletion(undefined)).
  DisposeResourcesAsync(agent, async_disposable_stack->resource_stack(), Value::Undefined(), promise_capability);
  return promise_capability.promise.get();
}

// 27.4.3.5 get AsyncDisposableStack.prototype.disposed
// https://tc39.es/ecma262/#sec-get-asyncdisposablestack.prototype.disposed
ThrowCompletionOr<Value> GetAsyncDisposableStackPrototypeDisposed(Agent& agent, Value this_value,
                                                                  std::span<const Value>, Object*) {
  // 1. Let asyncDisposableStack be the this value.
  // 2. Perform ? RequireInternalSlot(asyncDisposableStack, [[AsyncDisposableState]]).
  AsyncDisposableStackObject* async_disposable_stack = TRY(RequireAsyncDisposableStack(agent, this_value));
  // 3. If asyncDisposableStack.[[AsyncDisposableState]] is disposed, return true.
  // 4. Return false.
  return Value::Boolean(async_disposable_stack->state() == DisposableState::kDisposed);
}

// 27.4.3.6 AsyncDisposableStack.prototype.move ( )
// https://tc39.es/ecma262/#sec-asyncdisposablestack.prototype.move
ThrowCompletionOr<Value> AsyncDisposableStackPrototypeMove(Agent& agent, Value this_value, std::span<const Value>,
                                                           Object*) {
  // 1. Let asyncDisposableStack be the this value.
  // 2. Perform ? RequireInternalSlot(asyncDisposableStack, [[AsyncDisposableState]]).
  heap::Handle<AsyncDisposableStackObject> async_disposable_stack(
      agent.heap(), TRY(RequireAsyncDisposableStack(agent, this_value)));
  // 3. If asyncDisposableStack.[[AsyncDisposableState]] is disposed, throw a ReferenceError exception.
  if (async_disposable_stack->state() == DisposableState::kDisposed) {
    return ThrowAlreadyDisposed(agent, u"AsyncDisposableStack");
  }
  // 4. Let newAsyncDisposableStack be ? OrdinaryCreateFromConstructor(%AsyncDisposableStack%,
  //    "%AsyncDisposableStack.prototype%", « [[AsyncDisposableState]], [[DisposableResourceStack]] »).
  heap::Handle<AsyncDisposableStackObject> new_async_disposable_stack(
      agent.heap(), TRY(OrdinaryCreateFromConstructor<AsyncDisposableStackObject>(
                        agent, CurrentIntrinsic(agent, Intrinsic::kAsyncDisposableStack),
                        Intrinsic::kAsyncDisposableStackPrototype)));
  // 5. Set newAsyncDisposableStack.[[AsyncDisposableState]] to pending. (The initial state.)
  // 6. Set newAsyncDisposableStack.[[DisposableResourceStack]] to asyncDisposableStack.[[DisposableResourceStack]].
  new_async_disposable_stack->set_resource_stack(async_disposable_stack->resource_stack());
  // 7. Set asyncDisposableStack.[[DisposableResourceStack]] to a new empty List.
  async_disposable_stack->set_resource_stack(agent.Allocate<DisposableResourceStack>());
  // 8. Set asyncDisposableStack.[[AsyncDisposableState]] to disposed.
  async_disposable_stack->set_state(DisposableState::kDisposed);
  // 9. Return newAsyncDisposableStack.
  return Value::FromObject(new_async_disposable_stack);
}

// 27.4.3.7 AsyncDisposableStack.prototype.use ( value )
// https://tc39.es/ecma262/#sec-asyncdisposablestack.prototype.use
ThrowCompletionOr<Value> AsyncDisposableStackPrototypeUse(Agent& agent, Value this_value,
                                                          std::span<const Value> arguments, Object*) {
  // (value is an argument: rooted by the caller.)
  Value value = Argument(arguments, 0);
  // 1. Let asyncDisposableStack be the this value.
  // 2. Perform ? RequireInternalSlot(asyncDisposableStack, [[AsyncDisposableState]]).
  AsyncDisposableStackObject* async_disposable_stack = TRY(RequireAsyncDisposableStack(agent, this_value));
  // 3. If asyncDisposableStack.[[AsyncDisposableState]] is disposed, throw a ReferenceError exception.
  if (async_disposable_stack->state() == DisposableState::kDisposed) {
    return ThrowAlreadyDisposed(agent, u"AsyncDisposableStack");
  }
  // 4. Perform ? AddDisposableResource(asyncDisposableStack.[[DisposableResourceStack]], value, async-dispose).
  TRY(AddDisposableResource(agent, async_disposable_stack->resource_stack(), value, DisposeKind::kAsyncDispose));
  // 5. Return value.
  return value;
}

}  // namespace

void CreateDisposableStackIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 27.3.3 Properties of the DisposableStack Prototype Object: an ordinary object whose [[Prototype]] is
  // %Object.prototype%.
  realm->set_intrinsic(Intrinsic::kDisposableStackPrototype,
                       interpreter::OrdinaryObjectCreate(agent, realm->intrinsic(Intrinsic::kObjectPrototype)));
  heap::Handle<Object> prototype(agent.heap(), realm->intrinsic(Intrinsic::kDisposableStackPrototype));
  // 27.3.2 Properties of the DisposableStack Constructor: [[Prototype]] %Function.prototype%, "length" 0.
  // 27.3.2.1 DisposableStack.prototype and 27.3.3.2 DisposableStack.prototype.constructor.
  CreateBuiltinConstructor(agent, realm, Intrinsic::kDisposableStack, u"DisposableStack", 0,
                           DisposableStackConstructor, prototype);
  DefineBuiltinMethod(agent, realm, prototype, u"adopt", 2, DisposableStackPrototypeAdopt);
  DefineBuiltinMethod(agent, realm, prototype, u"defer", 1, DisposableStackPrototypeDefer);
  heap::Handle<NativeFunction> dispose(
      agent.heap(), DefineBuiltinMethod(agent, realm, prototype, u"dispose", 0, DisposableStackPrototypeDispose));
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"disposed"), GetDisposableStackPrototypeDisposed);
  DefineBuiltinMethod(agent, realm, prototype, u"move", 0, DisposableStackPrototypeMove);
  DefineBuiltinMethod(agent, realm, prototype, u"use", 1, DisposableStackPrototypeUse);
  // 27.3.3.8 DisposableStack.prototype [ %Symbol.dispose% ] ( ): %DisposableStack.prototype.dispose%.
  DefineBuiltinData(agent, prototype, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kDispose)),
                    Value::FromObject(dispose));
  // 27.3.3.9 DisposableStack.prototype [ %Symbol.toStringTag% ]: "DisposableStack",
  // { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: true }.
  DefineBuiltinData(agent, prototype, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag)),
                    agent.InternedString(u"DisposableStack"), false, false, true);
}

void CreateAsyncDisposableStackIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 27.4.3 Properties of the AsyncDisposableStack Prototype Object: an ordinary object whose [[Prototype]] is
  // %Object.prototype%.
  realm->set_intrinsic(Intrinsic::kAsyncDisposableStackPrototype,
                       interpreter::OrdinaryObjectCreate(agent, realm->intrinsic(Intrinsic::kObjectPrototype)));
  heap::Handle<Object> prototype(agent.heap(), realm->intrinsic(Intrinsic::kAsyncDisposableStackPrototype));
  // 27.4.2 Properties of the AsyncDisposableStack Constructor: [[Prototype]] %Function.prototype%, "length" 0.
  // 27.4.2.1 AsyncDisposableStack.prototype and 27.4.3.2 AsyncDisposableStack.prototype.constructor.
  CreateBuiltinConstructor(agent, realm, Intrinsic::kAsyncDisposableStack, u"AsyncDisposableStack", 0,
                           AsyncDisposableStackConstructor, prototype);
  DefineBuiltinMethod(agent, realm, prototype, u"adopt", 2, AsyncDisposableStackPrototypeAdopt);
  DefineBuiltinMethod(agent, realm, prototype, u"defer", 1, AsyncDisposableStackPrototypeDefer);
  heap::Handle<NativeFunction> dispose_async(
      agent.heap(),
      DefineBuiltinMethod(agent, realm, prototype, u"disposeAsync", 0, AsyncDisposableStackPrototypeDisposeAsync));
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"disposed"), GetAsyncDisposableStackPrototypeDisposed);
  DefineBuiltinMethod(agent, realm, prototype, u"move", 0, AsyncDisposableStackPrototypeMove);
  DefineBuiltinMethod(agent, realm, prototype, u"use", 1, AsyncDisposableStackPrototypeUse);
  // 27.4.3.8 AsyncDisposableStack.prototype [ %Symbol.asyncDispose% ] ( ):
  // %AsyncDisposableStack.prototype.disposeAsync%.
  DefineBuiltinData(agent, prototype,
                    PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kAsyncDispose)),
                    Value::FromObject(dispose_async));
  // 27.4.3.9 AsyncDisposableStack.prototype [ %Symbol.toStringTag% ]: "AsyncDisposableStack",
  // { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: true }.
  DefineBuiltinData(agent, prototype, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag)),
                    agent.InternedString(u"AsyncDisposableStack"), false, false, true);
}

}  // namespace async_runtime::builtins
