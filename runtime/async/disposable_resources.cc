#include "runtime/async/disposable_resources.h"

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/function_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/realm.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::async {

using interpreter::Intrinsic;
using interpreter::NativeFunction;
using interpreter::PropertyKey;
using interpreter::WellKnownSymbol;

namespace {

// DisposeResources step 4.e.iii: combine a dispose method's throw completion with the output completion.
void AddDisposalError(Agent& agent, DisposalCompletion& output_completion, Value thrown) {
  RootedValue result(agent.heap(), thrown);
  // 1. If outputCompletion is a throw completion, then
  if (output_completion.is_throw) {
    // a. Set result to result.[[Value]].
    // b. Let suppressed be outputCompletion.[[Value]].
    RootedValue suppressed(agent.heap(), output_completion.value);
    // c. Let error be a newly created SuppressedError object.
    // d. Perform CreateNonEnumerableDataPropertyOrThrow(error, "error", result).
    // e. Perform CreateNonEnumerableDataPropertyOrThrow(error, "suppressed", suppressed).
    //    (%SuppressedError% constructed with « result, suppressed » makes exactly this object: no message,
    //    its prototype from the intrinsic's non-writable "prototype".)
    Object* constructor = agent.current_realm()->intrinsic(Intrinsic::kSuppressedError);
    Value arguments[] = {result, suppressed};
    ThrowCompletionOr<Object*> constructed = interpreter::vm::Construct(agent, constructor, arguments);
    Value error = constructed.is_throw_completion() ? constructed.thrown_value() : Value::FromObject(constructed.value());
    // f. Set outputCompletion to ThrowCompletion(error).
    output_completion = DisposalCompletion{true, error};
  } else {
    // 2. Else, set outputCompletion to result.
    output_completion = DisposalCompletion{true, result};
  }
}

}  // namespace

// 7.5.4 GetDisposeMethod ( value, kind )
// https://tc39.es/ecma262/#sec-getdisposemethod
ThrowCompletionOr<Value> GetDisposeMethod(Agent& agent, Value value_value, DisposeKind kind) {
  RootedValue value(agent.heap(), value_value);
  // 1. If value is not an Object, throw a TypeError exception.
  if (!value->IsObject()) return interpreter::ThrowTypeError(agent, u"A disposable resource must be an object");
  heap::Handle<Object> object(agent.heap(), value->AsObject());
  PropertyKey dispose = PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kDispose));
  // 2. If kind is sync-dispose, return ? GetMethod(value, %Symbol.dispose%).
  if (kind == DisposeKind::kSyncDispose) return interpreter::vm::GetMethod(agent, object, dispose);
  // 3. Assert: kind is async-dispose.
  // 4. Let asyncMethod be ? GetMethod(value, %Symbol.asyncDispose%).
  Value async_method = TRY(interpreter::vm::GetMethod(
      agent, object, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kAsyncDispose))));
  // 5. If asyncMethod is not undefined, return asyncMethod.
  if (!async_method.IsUndefined()) return async_method;
  // 6. Let syncMethod be ? GetMethod(value, %Symbol.dispose%).
  RootedValue sync_method(agent.heap(), TRY(interpreter::vm::GetMethod(agent, object, dispose)));
  // 7. If syncMethod is undefined, return undefined.
  if (sync_method->IsUndefined()) return Value::Undefined();
  // 8. Let closure be a new Abstract Closure with no parameters that captures syncMethod and performs the
  //    following steps when called: (syncMethod is the closure's captured()[0].)
  auto closure = [](Agent& agent, Value this_value, std::span<const Value>, Object*) -> ThrowCompletionOr<Value> {
    auto* active_function = static_cast<NativeFunction*>(agent.active_builtin_function());
    RootedValue sync_method(agent.heap(), active_function->captured()[0]);
    // a. Let obj be the this value.
    RootedValue obj(agent.heap(), this_value);
    // b. Let promiseCapability be ! NewPromiseCapability(%Promise%).
    PromiseCapability promise_capability(agent.heap());
    NewIntrinsicPromiseCapability(agent, promise_capability);
    // c. Let result be Completion(Call(syncMethod, obj)).
    ThrowCompletionOr<Value> result = interpreter::Call(agent, sync_method, obj, {});
    // d. IfAbruptRejectPromise(result, promiseCapability).
    if (result.is_throw_completion()) {
      TRY(CallRooted(agent, promise_capability.reject, Value::Undefined(), {result.thrown_value()}));
      return promise_capability.promise.get();
    }
    // e. Perform ! Call(promiseCapability.[[Resolve]], undefined, « undefined »).
    (void)CallRooted(agent, promise_capability.resolve, Value::Undefined(), {Value::Undefined()});
    // f. Return promiseCapability.[[Promise]].
    return promise_capability.promise.get();
  };
  // 9. NOTE: This function is not observable to user code. ...
  // 10. Return CreateBuiltinFunction(closure, 0, "", « »).
  NativeFunction* function = builtins::CreateBuiltinFunction(agent, closure, 0, agent.Key(u""));
  function->captured().push_back(sync_method);
  return Value::FromObject(function);
}

// 7.5.3 CreateDisposableResource ( value, kind [ , method ] )
// https://tc39.es/ecma262/#sec-createdisposableresource
ThrowCompletionOr<DisposableResource> CreateDisposableResource(Agent& agent, Value value, DisposeKind kind,
                                                               Object* method_object) {
  Value method = method_object != nullptr ? Value::FromObject(method_object) : Value::Undefined();
  // 1. If method is not present, then
  if (method_object == nullptr) {
    //  a. If value is either null or undefined, then
    if (value.IsNullish()) {
      // i. Set value to undefined.
      value = Value::Undefined();
      // ii. Set method to undefined.
      method = Value::Undefined();
    } else {
      // b. Else,
      //    i. Set method to ? GetDisposeMethod(value, kind).
      RootedValue rooted_value(agent.heap(), value);
      method = TRY(GetDisposeMethod(agent, rooted_value, kind));
      //    ii. If method is undefined, throw a TypeError exception.
      if (method.IsUndefined()) {
        return interpreter::ThrowTypeError(agent, kind == DisposeKind::kSyncDispose
                                                      ? u"value has no [Symbol.dispose] method"
                                                      : u"value has no [Symbol.asyncDispose] or [Symbol.dispose] method");
      }
      value = rooted_value;
    }
  }
  // 2. Return the DisposableResource Record { [[ResourceValue]]: value, [[Kind]]: kind, [[DisposeMethod]]: method }.
  return DisposableResource{value, kind, method};
}

// 7.5.2 AddDisposableResource ( disposableResourceStack, value, kind [ , method ] )
// https://tc39.es/ecma262/#sec-adddisposableresource
ThrowCompletionOr<void> AddDisposableResource(Agent& agent, DisposableResourceStack* stack_cell, Value value,
                                              DisposeKind kind, Object* method) {
  heap::Handle<DisposableResourceStack> stack(agent.heap(), stack_cell);
  DisposableResource resource;
  // 1. If method is present, then
  if (method != nullptr) {
    // a. Assert: value is undefined.
    // b. Let resource be ? CreateDisposableResource(undefined, kind, method).
    resource = TRY(CreateDisposableResource(agent, Value::Undefined(), kind, method));
  } else {
    // 2. Else,
    //    a. If value is either null or undefined and kind is sync-dispose, return unused.
    if (value.IsNullish() && kind == DisposeKind::kSyncDispose) return {};
    //    b. NOTE: When value is either null or undefined and kind is async-dispose, we record that the resource
    //       was evaluated to ensure we will still perform an Await when resources are later disposed.
    //    c. Let resource be ? CreateDisposableResource(value, kind).
    resource = TRY(CreateDisposableResource(agent, value, kind));
  }
  // 3. Append resource to disposableResourceStack.
  stack->resources.push_back(resource);
  // 4. Return unused.
  return {};
}

// 7.5.5 DisposeResources ( disposableResourceStack, completion )
// https://tc39.es/ecma262/#sec-disposeresources
DisposalCompletion DisposeResources(Agent& agent, DisposableResourceStack* stack_cell, DisposalCompletion completion) {
  heap::Handle<DisposableResourceStack> stack(agent.heap(), stack_cell);
  // 1.-2. needsAwait and hasAwaited stay false: every resource is sync-dispose.
  // 3. Let outputCompletion be completion.
  DisposalCompletion output_completion = completion;
  RootedValue output_value(agent.heap(), completion.value);
  // 4. For each element resource of disposableResourceStack, in reverse List order, do
  for (size_t i = stack->resources.size(); i-- > 0;) {
    // a.-c. value, kind, method of resource.
    RootedValue value(agent.heap(), stack->resources[i].resource_value);
    RootedValue method(agent.heap(), stack->resources[i].dispose_method);
    // d. (kind is sync-dispose: no Await.)
    // e. If method is not undefined, then
    if (!method->IsUndefined()) {
      // i. Let result be Completion(Call(method, value)).
      ThrowCompletionOr<Value> result = interpreter::Call(agent, method, value, {});
      // ii. (kind is sync-dispose.)
      // iii. If result is a throw completion, then ... (AddDisposalError)
      if (result.is_throw_completion()) {
        output_completion.value = output_value;
        AddDisposalError(agent, output_completion, result.thrown_value());
        output_value = output_completion.value;
      }
    }
  }
  // 5.-6. (No Await.) NOTE: the stack is not used again.
  stack->resources.clear();
  // 7. Return ? outputCompletion.
  output_completion.value = output_value;
  return output_completion;
}

// 7.5.5 DisposeResources for an `await using` scope, up to its next Await.
bool NextAsyncDisposal(Agent& agent, DisposableResourceStack* stack_cell, DisposalCompletion& completion,
                       Value& to_await) {
  heap::Handle<DisposableResourceStack> stack(agent.heap(), stack_cell);
  RootedValue output_value(agent.heap(), completion.value);
  if (!stack->started) {
    // 1. Let needsAwait be false. 2. Let hasAwaited be false. 3. Let outputCompletion be completion.
    stack->started = true;
    stack->remaining = stack->resources.size();
    stack->needs_await = false;
    stack->has_awaited = false;
  }
  stack->awaiting_result = false;
  // 4. For each element resource of disposableResourceStack, in reverse List order, do
  while (stack->remaining > 0) {
    DisposableResource resource = stack->resources[stack->remaining - 1];
    RootedValue value(agent.heap(), resource.resource_value);
    RootedValue method(agent.heap(), resource.dispose_method);
    // d. If kind is sync-dispose, needsAwait is true, and hasAwaited is false, then
    if (resource.kind == DisposeKind::kSyncDispose && stack->needs_await && !stack->has_awaited) {
      // i. Perform ! Await(undefined). (This resource is disposed after it.)
      // ii. Set needsAwait to false.
      stack->needs_await = false;
      to_await = Value::Undefined();
      return true;
    }
    --stack->remaining;
    // e. If method is not undefined, then
    if (!method->IsUndefined()) {
      // i. Let result be Completion(Call(method, value)).
      ThrowCompletionOr<Value> result = interpreter::Call(agent, method, value, {});
      // ii. If result is a normal completion and kind is async-dispose, then
      if (result.is_normal_completion() && resource.kind == DisposeKind::kAsyncDispose) {
        // 1. Set result to Completion(Await(result.[[Value]])).
        // 2. Set hasAwaited to true.
        stack->has_awaited = true;
        stack->awaiting_result = true;
        to_await = result.value();
        completion.value = output_value;
        return true;
      }
      // iii. If result is a throw completion, then (AddDisposalError)
      if (result.is_throw_completion()) {
        completion.value = output_value;
        AddDisposalError(agent, completion, result.thrown_value());
        output_value = completion.value;
      }
    } else {
      // f. Else,
      //    i. Assert: kind is async-dispose.
      //    ii. Set needsAwait to true.
      //    iii. NOTE: This can only indicate a case where either null or undefined was the initialized value of
      //         an await using declaration.
      stack->needs_await = true;
    }
  }
  completion.value = output_value;
  // 5. If needsAwait is true and hasAwaited is false, then
  if (stack->needs_await && !stack->has_awaited) {
    // a. Perform ! Await(undefined).
    stack->needs_await = false;
    to_await = Value::Undefined();
    return true;
  }
  // 6. NOTE: At this point disposableResourceStack will never be used again.
  stack->resources.clear();
  // 7. Return ? outputCompletion.
  return false;
}

void AsyncDisposalAwaited(Agent& agent, DisposableResourceStack* stack, DisposalCompletion& completion,
                          bool awaited_throw, Value awaited_value) {
  // 4.e.ii.1 result = Completion(Await(result.[[Value]])); 4.e.iii: a throw completion is a disposal error. (A
  // "! Await(undefined)" cannot throw.)
  if (stack->awaiting_result && awaited_throw) AddDisposalError(agent, completion, awaited_value);
  stack->awaiting_result = false;
}

}  // namespace async_runtime::async
