#include "runtime/builtins/disposable_resources.h"

#include "runtime/async/async_function.h"
#include "runtime/builtins/suppressed_error.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

using async::PromiseCapability;
using interpreter::RootedValue;

namespace {

PropertyKey SymbolKey(Agent& agent, WellKnownSymbol symbol) {
  return PropertyKey::FromSymbol(agent.well_known_symbol(symbol));
}

// 7.5.5 DisposeResources step 4.f: folds the throw completion `result` of a dispose method into
// outputCompletion, given as (`output_is_throw`, `output_value`).
void CombineDisposeThrow(Agent& agent, Value result_value, bool& output_is_throw, Value& output_value) {
  // f. If result is a throw completion, then
  //    i. If outputCompletion is a throw completion, then
  if (output_is_throw) {
    // 1. Set result to result.[[Value]].
    // 2. Let suppressed be outputCompletion.[[Value]].
    // 3. Let error be a newly created SuppressedError object.
    // 4. Perform CreateNonEnumerableDataPropertyOrThrow(error, "error", result).
    // 5. Perform CreateNonEnumerableDataPropertyOrThrow(error, "suppressed", suppressed).
    // 6. Set outputCompletion to ThrowCompletion(error).
    output_value = Value::FromObject(NewSuppressedError(agent, result_value, output_value));
  } else {
    // ii. Else,
    //     1. Set outputCompletion to result.
    output_is_throw = true;
    output_value = result_value;
  }
}

// The state of one DisposeResourcesAsync run: the algorithm's local variables and where to resume. It is
// the "asyncContext" the Await reactions capture.
class AsyncDisposeResourcesState final : public heap::Cell {
 public:
  // Where the steps go on when an Await resumes them.
  enum class Resumption : uint8_t {
    kCallDisposeMethod,  // after step 4.d.i: go on with step 4.e for the current resource
    kAfterAwaitResult,   // after step 4.e.ii.1: the awaited result of an ~async-dispose~ method
    kReturn,             // after step 5.a: go on with step 7
  };

  AsyncDisposeResourcesState(DisposableResourceStack* stack, bool output_is_throw, Value output_value,
                             Value resolve, Value reject)
      : stack(stack),
        remaining(stack->resources.size()),
        output_is_throw(output_is_throw),
        output_value(output_value),
        resolve(resolve),
        reject(reject) {}
  const char* CellName() const override { return "AsyncDisposeResourcesState"; }
  void VisitEdges(heap::Visitor& visitor) override {
    visitor.Visit(stack);
    output_value.Visit(visitor);
    resolve.Visit(visitor);
    reject.Visit(visitor);
  }

  DisposableResourceStack* stack;
  size_t remaining;  // the current resource is stack->resources[remaining - 1] (reverse List order)
  bool needs_await = false;
  bool has_awaited = false;
  bool output_is_throw;  // outputCompletion
  Value output_value;
  Value resolve;  // the capability the returned completion settles
  Value reject;
  Resumption resumption = Resumption::kReturn;
};

void ResumeDisposeResources(Agent& agent, heap::Cell* async_context, async::ResumptionType type, Value value);

// Perform Await(value) with `state` as the suspended context, resuming at `resumption`.
ThrowCompletionOr<void> AwaitDisposeStep(Agent& agent, AsyncDisposeResourcesState* state, Value value,
                                         AsyncDisposeResourcesState::Resumption resumption) {
  state->resumption = resumption;
  return async::Await(agent, state, value, ResumeDisposeResources);
}

// Steps 4.e-f for the current resource (after 4.a-d), then moves to the next one. Returns false when it
// suspended at the Await of step 4.e.ii.1.
bool DisposeCurrentResource(Agent& agent, heap::Handle<AsyncDisposeResourcesState>& state) {
  const DisposableResource& resource = state->stack->resources[state->remaining - 1];
  // a. Let value be resource.[[ResourceValue]].
  RootedValue value(agent.heap(), resource.resource_value);
  // b. Let kind be resource.[[Kind]].
  DisposeKind kind = resource.kind;
  // c. Let method be resource.[[DisposeMethod]].
  RootedValue method(agent.heap(), resource.dispose_method);
  // e. If method is not undefined, then
  if (!method->IsUndefined()) {
    // i. Let result be Completion(Call(method, value)).
    ThrowCompletionOr<Value> result = interpreter::Call(agent, method, value, {});
    // ii. If result is a normal completion and kind is async-dispose, then
    if (result.is_normal_completion() && kind == DisposeKind::kAsyncDispose) {
      // 1. Set result to Completion(Await(result.[[Value]])).
      ThrowCompletionOr<void> awaited = AwaitDisposeStep(
          agent, state.get(), result.value(), AsyncDisposeResourcesState::Resumption::kAfterAwaitResult);
      if (awaited.is_normal_completion()) return false;  // steps 2-f run on resumption
      result = awaited.throw_completion();
      // 2. Set hasAwaited to true.
      state->has_awaited = true;
    }
    // iii. If result is a throw completion, then (step f)
    if (result.is_throw_completion()) {
      CombineDisposeThrow(agent, result.thrown_value(), state->output_is_throw, state->output_value);
    }
  } else {
    // f. Else,
    //    i. Assert: kind is async-dispose.
    //    ii. Set needsAwait to true.
    //    iii. NOTE: This can only indicate a case where either null or undefined was the initialized value of
    //         an `await using` declaration.
    state->needs_await = true;
  }
  state->remaining -= 1;
  return true;
}

// Step 7 and the async function's completion: settle the capability with ? outputCompletion.
void ReturnOutputCompletion(Agent& agent, heap::Handle<AsyncDisposeResourcesState>& state) {
  // 6. NOTE: At this point disposableResourceStack will never be used again.
  // 7. Return ? outputCompletion.
  Value value = state->output_value.IsEmpty() ? Value::Undefined() : state->output_value;
  async::AsyncBlockComplete(agent, state->resolve, state->reject, state->output_is_throw, value);
}

// Step 4 from the start of an iteration, and step 5; returns when the steps suspend or return.
void ContinueDisposeResources(Agent& agent, heap::Handle<AsyncDisposeResourcesState>& state) {
  // 4. For each element resource of disposableResourceStack, in reverse List order, do
  while (state->remaining > 0) {
    DisposeKind kind = state->stack->resources[state->remaining - 1].kind;
    // d. If kind is sync-dispose, needsAwait is true, and hasAwaited is false, then
    if (kind == DisposeKind::kSyncDispose && state->needs_await && !state->has_awaited) {
      // ii. Set needsAwait to false. (Before suspending; nothing reads it in between.)
      state->needs_await = false;
      // i. Perform ! Await(undefined).
      MUST(AwaitDisposeStep(agent, state.get(), Value::Undefined(),
                            AsyncDisposeResourcesState::Resumption::kCallDisposeMethod));
      return;
    }
    if (!DisposeCurrentResource(agent, state)) return;
  }
  // 5. If needsAwait is true and hasAwaited is false, then
  if (state->needs_await && !state->has_awaited) {
    // a. Perform ! Await(undefined).
    MUST(AwaitDisposeStep(agent, state.get(), Value::Undefined(), AsyncDisposeResourcesState::Resumption::kReturn));
    return;
  }
  ReturnOutputCompletion(agent, state);
}

// The RunSuspendedContext of the Awaits above: continues the steps after the Await that suspended them,
// with its completion (a normal completion, or a throw completion when is_throw).
void ResumeDisposeResources(Agent& agent, heap::Cell* async_context, async::ResumptionType type, Value value) {
  heap::Handle<AsyncDisposeResourcesState> state(agent.heap(), static_cast<AsyncDisposeResourcesState*>(async_context));
  switch (state->resumption) {
    case AsyncDisposeResourcesState::Resumption::kCallDisposeMethod:
      // (Await(undefined) cannot be rejected.) Step 4.e for the resource whose step 4.d awaited.
      if (!DisposeCurrentResource(agent, state)) return;
      break;
    case AsyncDisposeResourcesState::Resumption::kAfterAwaitResult:
      // 4.e.ii.2. Set hasAwaited to true.
      state->has_awaited = true;
      // 4.e.iii. If result is a throw completion, then (step f)
      if (type == async::ResumptionType::kThrow) CombineDisposeThrow(agent, value, state->output_is_throw, state->output_value);
      state->remaining -= 1;
      break;
    case AsyncDisposeResourcesState::Resumption::kReturn:
      ReturnOutputCompletion(agent, state);
      return;
  }
  ContinueDisposeResources(agent, state);
}

}  // namespace

// 7.5.5 DisposeResources ( disposableResourceStack, completion )
// https://tc39.es/ecma262/#sec-disposeresources
ThrowCompletionOr<Value> DisposeResources(Agent& agent, DisposableResourceStack* disposable_resource_stack,
                                          ThrowCompletionOr<Value> completion) {
  heap::Handle<DisposableResourceStack> stack(agent.heap(), disposable_resource_stack);
  // 1. Let needsAwait be false.
  // 2. Let hasAwaited be false.
  //    (Only ~async-dispose~ resources set needsAwait or hasAwaited; this entry point has none.)
  // 3. Let outputCompletion be completion.
  bool output_is_throw = completion.is_throw_completion();
  RootedValue output_value(agent.heap(), output_is_throw ? completion.thrown_value() : completion.value());
  // 4. For each element resource of disposableResourceStack, in reverse List order, do
  for (size_t remaining = stack->resources.size(); remaining > 0; --remaining) {
    const DisposableResource& resource = stack->resources[remaining - 1];
    // a. Let value be resource.[[ResourceValue]].
    RootedValue value(agent.heap(), resource.resource_value);
    // b. Let kind be resource.[[Kind]].
    // c. Let method be resource.[[DisposeMethod]].
    RootedValue method(agent.heap(), resource.dispose_method);
    // d. If kind is sync-dispose, needsAwait is true, and hasAwaited is false, then ... (needsAwait is false)
    // e. If method is not undefined, then
    //    (Else, f: kind would be async-dispose.)
    if (method->IsUndefined()) continue;
    // i. Let result be Completion(Call(method, value)).
    ThrowCompletionOr<Value> result = interpreter::Call(agent, method, value, {});
    // ii. If result is a normal completion and kind is async-dispose, then ... (kind is sync-dispose)
    // iii. If result is a throw completion, then
    if (result.is_throw_completion()) {
      Value combined_output = output_value;
      CombineDisposeThrow(agent, result.thrown_value(), output_is_throw, combined_output);
      output_value = combined_output;
    }
  }
  // 5. If needsAwait is true and hasAwaited is false, then ... (needsAwait is false)
  // 6. NOTE: At this point disposableResourceStack will never be used again.
  // 7. Return ? outputCompletion.
  if (output_is_throw) return interpreter::ThrowCompletion(output_value);
  return output_value.get();
}

void DisposeResourcesAsync(Agent& agent, DisposableResourceStack* disposable_resource_stack,
                           ThrowCompletionOr<Value> completion, const PromiseCapability& result_capability) {
  // 1. Let needsAwait be false.
  // 2. Let hasAwaited be false.
  // 3. Let outputCompletion be completion.
  bool output_is_throw = completion.is_throw_completion();
  Value output_value = output_is_throw ? completion.thrown_value() : completion.value();
  heap::Handle<AsyncDisposeResourcesState> state(
      agent.heap(), agent.Allocate<AsyncDisposeResourcesState>(disposable_resource_stack, output_is_throw,
                                                               output_value, result_capability.resolve.get(),
                                                               result_capability.reject.get()));
  // 4.-7.
  ContinueDisposeResources(agent, state);
}

}  // namespace async_runtime::builtins
