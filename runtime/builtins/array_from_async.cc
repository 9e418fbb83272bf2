#include "runtime/builtins/array_from_async.h"

#include <optional>

#include "runtime/async/async_function.h"
#include "runtime/async/promise.h"
#include "runtime/builtins/async_from_sync_iterator.h"
#include "runtime/interpreter/array_object.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/iteration.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

using async::PromiseCapability;
using interpreter::RootedValue;
namespace vm = interpreter::vm;

namespace {

// 2^53 - 1.
constexpr double kMaxSafeInteger = 9007199254740991.0;

// The suspended execution context of one Array.fromAsync call: the captures and locals of its body, and the
// step at which it resumes. Await's reaction closures hold it (their captured()), so it lives while the
// call is suspended; the state machine below is the body with each Await a suspension point.
class ArrayFromAsyncState final : public heap::Cell {
 public:
  // Where the body goes on: the heads of its two loops, the points just after each Await (the awaited
  // completion is handed in), and the steps entered with a completion (defining an element, closing the
  // iterator).
  enum class Step : uint8_t {
    kIteratorRepeat,            // 8.d: the head of the iterator loop
    kAfterAwaitNextResult,      // 8.d.iv: after Await(nextResult)
    kAfterAwaitMappedValue,     // 8.d.ix.3: after Await(mappedValue)
    kDefineIteratorValue,       // 8.d.xi: define mappedValue
    kCloseIterator,             // AsyncIteratorClose(iteratorRecord, completion)
    kAfterAwaitReturnResult,    // AsyncIteratorClose step 4.d: after Await(innerResult.[[Value]])
    kArrayLikeRepeat,           // 9.g: the head of the array-like loop
    kAfterAwaitKValue,          // 9.g.iii: after Await(kValue)
    kAfterAwaitMappedKValue,    // 9.g.iv.2: after Await(mappedValue)
    kDefineArrayLikeValue,      // 9.g.vi: define mappedValue
  };

  const char* CellName() const override { return "ArrayFromAsyncState"; }
  void VisitEdges(heap::Visitor& visitor) override {
    for (Value* value : {&resolve, &reject, &mapper, &this_arg, &iterator, &next_method, &array_like, &array,
                         &close_completion_value}) {
      value->Visit(visitor);
    }
  }

  Value resolve = Value::Undefined();      // promiseCapability.[[Resolve]]
  Value reject = Value::Undefined();       // promiseCapability.[[Reject]]
  Value mapper = Value::Undefined();
  Value this_arg = Value::Undefined();
  bool mapping = false;
  Value iterator = Value::Undefined();     // iteratorRecord.[[Iterator]]
  Value next_method = Value::Undefined();  // iteratorRecord.[[NextMethod]]
  Value array_like = Value::Undefined();
  double length = 0;
  Value array = Value::Undefined();
  double k = 0;
  Step step = Step::kIteratorRepeat;
  // The completion AsyncIteratorClose was given, while it awaits the iterator's return().
  bool close_completion_is_throw = false;
  Value close_completion_value = Value::Undefined();
};

using Step = ArrayFromAsyncState::Step;

// What the body did: suspended at an Await (nullopt), returned a value, or threw.
using BodyResult = ThrowCompletionOr<std::optional<Value>>;

// ! ToString(𝔽(k)) as a property key.
PropertyKey IndexKey(Agent& agent, double index) {
  if (index <= PropertyKey::kMaxArrayIndex) return PropertyKey::ArrayIndex(static_cast<uint32_t>(index));
  return PropertyKey::FromNumber(agent.strings(), index);
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

void ResumeArrayFromAsync(Agent& agent, heap::Cell* async_context, async::ResumptionType type, Value value);

// Await(value) in the body, resuming at `resume_at` with its completion. True: the body is suspended.
// False: Await threw (its PromiseResolve did) and the body goes on at once at `resume_at` with that throw
// completion in `is_throw`/`input`.
bool AwaitAndResumeAt(Agent& agent, heap::Handle<ArrayFromAsyncState>& state, Step resume_at, Value value,
                      bool& is_throw, RootedValue& input) {
  RootedValue awaited(agent.heap(), value);
  state->step = resume_at;
  ThrowCompletionOr<void> suspended = async::Await(agent, state.get(), awaited, ResumeArrayFromAsync);
  if (suspended.is_normal_completion()) return true;
  is_throw = true;
  input = suspended.thrown_value();
  return false;
}

// IfAbruptCloseAsyncIterator(value, iteratorRecord) for an abrupt `value`: go on with
// Return ? AsyncIteratorClose(iteratorRecord, value).
void CloseIteratorWith(heap::Handle<ArrayFromAsyncState>& state, bool& is_throw, RootedValue& input,
                       Value thrown) {
  is_throw = true;
  input = thrown;
  state->step = Step::kCloseIterator;
}

// The body of Array.fromAsync from its two loops on (steps 8.d and 9.g-i), with AsyncIteratorClose (7.4.15)
// and IfAbruptCloseAsyncIterator (7.4.16) inlined, run from `state->step` with the completion the step is
// entered with (for the steps after an Await, the awaited completion). Runs until the body suspends at an
// Await or completes.
BodyResult RunArrayFromAsyncSteps(Agent& agent, heap::Handle<ArrayFromAsyncState>& state, bool is_throw,
                                  Value value) {
  RootedValue input(agent.heap(), value);
  while (true) {
    switch (state->step) {
      case Step::kIteratorRepeat: {
        // 8.d. Repeat,
        // i. If k ≥ 2^53 - 1, then
        if (state->k >= kMaxSafeInteger) {
          // 1. Let error be ThrowCompletion(a newly created TypeError object).
          // 2. Return ? AsyncIteratorClose(iteratorRecord, error).
          Value error = Value::FromObject(
              interpreter::CreateError(agent, interpreter::ErrorKind::kTypeError, u"Array.fromAsync: too many values"));
          CloseIteratorWith(state, is_throw, input, error);
          continue;
        }
        // ii. Let propertyKey be ! ToString(𝔽(k)). (Computed where it is used, in step xi.)
        // iii. Let nextResult be ? Call(iteratorRecord.[[NextMethod]], iteratorRecord.[[Iterator]]).
        Value next_result = TRY(interpreter::Call(agent, state->next_method, state->iterator, {}));
        // iv. Set nextResult to ? Await(nextResult).
        if (AwaitAndResumeAt(agent, state, Step::kAfterAwaitNextResult, next_result, is_throw, input)) {
          return std::optional<Value>();
        }
        continue;
      }
      case Step::kAfterAwaitNextResult: {
        // (iv. ? Await(nextResult): a rejection throws.)
        if (is_throw) return interpreter::ThrowCompletion(input);
        // v. If nextResult is not an Object, throw a TypeError exception.
        if (!input->IsObject()) return interpreter::ThrowTypeError(agent, u"iterator result is not an object");
        heap::Handle<Object> next_result(agent.heap(), input->AsObject());
        // vi. Let done be ? IteratorComplete(nextResult).
        bool done = TRY(vm::IteratorComplete(agent, next_result));
        // vii. If done is true, then
        if (done) {
          // 1. Perform ? Set(array, "length", 𝔽(k), true).
          TRY(interpreter::Set(agent, state->array.AsObject(), agent.Key(u"length"), Value::Number(state->k), true));
          // 2. Return array.
          return std::optional<Value>(state->array);
        }
        // viii. Let nextValue be ? IteratorValue(nextResult).
        RootedValue next_value(agent.heap(), TRY(vm::IteratorValue(agent, next_result)));
        // ix. If mapping is true, then
        if (state->mapping) {
          // 1. Let mappedValue be Completion(Call(mapper, thisArg, « nextValue, 𝔽(k) »)).
          ThrowCompletionOr<Value> mapped_value =
              async::CallRooted(agent, state->mapper, state->this_arg, {next_value, Value::Number(state->k)});
          // 2. IfAbruptCloseAsyncIterator(mappedValue, iteratorRecord).
          if (mapped_value.is_throw_completion()) {
            CloseIteratorWith(state, is_throw, input, mapped_value.thrown_value());
            continue;
          }
          // 3. Set mappedValue to Completion(Await(mappedValue)).
          if (AwaitAndResumeAt(agent, state, Step::kAfterAwaitMappedValue, mapped_value.value(), is_throw, input)) {
            return std::optional<Value>();
          }
          continue;
        }
        // x. Else,
        // 1. Let mappedValue be nextValue.
        input = next_value.get();
        state->step = Step::kDefineIteratorValue;
        continue;
      }
      case Step::kAfterAwaitMappedValue: {
        // ix.4. IfAbruptCloseAsyncIterator(mappedValue, iteratorRecord).
        if (is_throw) {
          CloseIteratorWith(state, is_throw, input, input);
          continue;
        }
        state->step = Step::kDefineIteratorValue;
        continue;
      }
      case Step::kDefineIteratorValue: {
        // ii. Let propertyKey be ! ToString(𝔽(k)).
        PropertyKey property_key = IndexKey(agent, state->k);
        // xi. Let defineStatus be Completion(CreateDataPropertyOrThrow(array, propertyKey, mappedValue)).
        ThrowCompletionOr<void> define_status =
            interpreter::CreateDataPropertyOrThrow(agent, state->array.AsObject(), property_key, input);
        // xii. IfAbruptCloseAsyncIterator(defineStatus, iteratorRecord).
        if (define_status.is_throw_completion()) {
          CloseIteratorWith(state, is_throw, input, define_status.thrown_value());
          continue;
        }
        // xiii. Set k to k + 1.
        state->k += 1;
        state->step = Step::kIteratorRepeat;
        continue;
      }
      case Step::kCloseIterator: {
        // 7.4.15 AsyncIteratorClose ( iteratorRecord, completion ), `completion` being is_throw/input.
        state->close_completion_is_throw = is_throw;
        state->close_completion_value = input;
        // 1. Assert: iteratorRecord.[[Iterator]] is an Object.
        // 2. Let iterator be iteratorRecord.[[Iterator]].
        heap::Handle<Object> iterator(agent.heap(), state->iterator.AsObject());
        // 3. Let innerResult be Completion(GetMethod(iterator, "return")).
        ThrowCompletionOr<Value> inner_result = vm::GetMethod(agent, iterator, agent.Key(u"return"));
        // 4. If innerResult is a normal completion, then
        if (inner_result.is_normal_completion()) {
          // a. Let return be innerResult.[[Value]].
          RootedValue return_method(agent.heap(), inner_result.value());
          // b. If return is undefined, return ? completion.
          if (return_method->IsUndefined()) {
            if (is_throw) return interpreter::ThrowCompletion(input);
            return std::optional<Value>(input.get());
          }
          // c. Set innerResult to Completion(Call(return, iterator)).
          inner_result = interpreter::Call(agent, return_method, Value::FromObject(iterator), {});
          // d. If innerResult is a normal completion, set innerResult to Completion(Await(innerResult.[[Value]])).
          if (inner_result.is_normal_completion()) {
            if (AwaitAndResumeAt(agent, state, Step::kAfterAwaitReturnResult, inner_result.value(), is_throw, input)) {
              return std::optional<Value>();
            }
            continue;
          }
        }
        // (innerResult is a throw completion: steps 5-8.)
        is_throw = true;
        input = inner_result.thrown_value();
        state->step = Step::kAfterAwaitReturnResult;
        continue;
      }
      case Step::kAfterAwaitReturnResult: {
        // AsyncIteratorClose, with innerResult being is_throw/input:
        // 5. If completion is a throw completion, return ? completion.
        if (state->close_completion_is_throw) return interpreter::ThrowCompletion(state->close_completion_value);
        // 6. If innerResult is a throw completion, return ? innerResult.
        if (is_throw) return interpreter::ThrowCompletion(input);
        // 7. If innerResult.[[Value]] is not an Object, throw a TypeError exception.
        if (!input->IsObject()) return interpreter::ThrowTypeError(agent, u"iterator return() result is not an object");
        // 8. Return ? completion.
        return std::optional<Value>(state->close_completion_value);
      }
      case Step::kArrayLikeRepeat: {
        // 9.g. Repeat, while k < len,
        if (!(state->k < state->length)) {
          // h. Perform ? Set(array, "length", 𝔽(len), true).
          TRY(interpreter::Set(agent, state->array.AsObject(), agent.Key(u"length"), Value::Number(state->length),
                               true));
          // i. Return array.
          return std::optional<Value>(state->array);
        }
        // i. Let propertyKey be ! ToString(𝔽(k)).
        PropertyKey property_key = IndexKey(agent, state->k);
        // ii. Let kValue be ? Get(arrayLike, propertyKey).
        Value k_value = TRY(interpreter::Get(agent, state->array_like.AsObject(), property_key));
        // iii. Set kValue to ? Await(kValue).
        if (AwaitAndResumeAt(agent, state, Step::kAfterAwaitKValue, k_value, is_throw, input)) {
          return std::optional<Value>();
        }
        continue;
      }
      case Step::kAfterAwaitKValue: {
        // (iii. ? Await(kValue): a rejection throws.)
        if (is_throw) return interpreter::ThrowCompletion(input);
        // iv. If mapping is true, then
        if (state->mapping) {
          // 1. Let mappedValue be ? Call(mapper, thisArg, « kValue, 𝔽(k) »).
          Value mapped_value =
              TRY(async::CallRooted(agent, state->mapper, state->this_arg, {input, Value::Number(state->k)}));
          // 2. Set mappedValue to ? Await(mappedValue).
          if (AwaitAndResumeAt(agent, state, Step::kAfterAwaitMappedKValue, mapped_value, is_throw, input)) {
            return std::optional<Value>();
          }
          continue;
        }
        // v. Else,
        // 1. Let mappedValue be kValue.
        state->step = Step::kDefineArrayLikeValue;
        continue;
      }
      case Step::kAfterAwaitMappedKValue: {
        // (iv.2. ? Await(mappedValue): a rejection throws.)
        if (is_throw) return interpreter::ThrowCompletion(input);
        state->step = Step::kDefineArrayLikeValue;
        continue;
      }
      case Step::kDefineArrayLikeValue: {
        // i. Let propertyKey be ! ToString(𝔽(k)).
        PropertyKey property_key = IndexKey(agent, state->k);
        // vi. Perform ? CreateDataPropertyOrThrow(array, propertyKey, mappedValue).
        TRY(interpreter::CreateDataPropertyOrThrow(agent, state->array.AsObject(), property_key, input));
        // vii. Set k to k + 1.
        state->k += 1;
        state->step = Step::kArrayLikeRepeat;
        continue;
      }
    }
  }
}

// 27.10.5.2 AsyncBlockStart steps 1.e-g (as async::AsyncBlockComplete) once the body has completed: settle the
// promise of the call. Nothing while the body is suspended.
void SettleIfCompleted(Agent& agent, heap::Handle<ArrayFromAsyncState>& state, const BodyResult& result) {
  if (result.is_throw_completion()) {
    async::AsyncBlockComplete(agent, state->resolve, state->reject, true, result.thrown_value());
  } else if (result.value().has_value()) {
    async::AsyncBlockComplete(agent, state->resolve, state->reject, false, *result.value());
  }
}

// The RunSuspendedContext of Await's closures (27.10.5.3 steps 3.a and 5.a): resume the body at its step
// with the awaited completion.
void ResumeArrayFromAsync(Agent& agent, heap::Cell* async_context, async::ResumptionType type, Value value) {
  RootedValue resumed_with(agent.heap(), value);
  heap::Handle<ArrayFromAsyncState> state(agent.heap(), static_cast<ArrayFromAsyncState*>(async_context));
  BodyResult result = RunArrayFromAsyncSteps(agent, state, type == async::ResumptionType::kThrow, resumed_with);
  SettleIfCompleted(agent, state, result);
}

// Steps 1-9.f of Array.fromAsync, up to its loops, which RunArrayFromAsyncSteps runs.
BodyResult ArrayFromAsyncBody(Agent& agent, heap::Handle<ArrayFromAsyncState>& state, Value this_value,
                              Value items_value, Value mapper_value) {
  RootedValue items(agent.heap(), items_value);
  // 1. Let ctor be the this value.
  RootedValue ctor(agent.heap(), this_value);
  // 2. Let mapping be false.
  state->mapping = false;
  // 3. If mapper is not undefined, then
  if (!mapper_value.IsUndefined()) {
    // a. If IsCallable(mapper) is false, throw a TypeError exception.
    if (!interpreter::IsCallable(mapper_value)) {
      return interpreter::ThrowTypeError(agent, u"Array.fromAsync: mapper is not callable");
    }
    // b. Set mapping to true.
    state->mapping = true;
  }
  // 4. Let iteratorRecord be undefined.
  std::optional<vm::IteratorRecord> iterator_record;
  // 5. Let usingAsyncIterator be ? GetMethod(items, %Symbol.asyncIterator%).
  RootedValue using_async_iterator(
      agent.heap(),
      TRY(GetMethod(agent, items, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kAsyncIterator)))));
  // 6. If usingAsyncIterator is undefined, then
  if (using_async_iterator->IsUndefined()) {
    // a. Let usingSyncIterator be ? GetMethod(items, %Symbol.iterator%).
    RootedValue using_sync_iterator(
        agent.heap(),
        TRY(GetMethod(agent, items, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kIterator)))));
    // b. If usingSyncIterator is not undefined, then
    if (!using_sync_iterator->IsUndefined()) {
      // i. Set iteratorRecord to CreateAsyncFromSyncIterator(? GetIteratorFromMethod(items, usingSyncIterator)).
      vm::IteratorRecord sync_iterator_record = TRY(vm::GetIteratorFromMethod(agent, items, using_sync_iterator));
      iterator_record.emplace(TRY(CreateAsyncFromSyncIterator(agent, sync_iterator_record)));
    }
  } else {
    // 7. Else,
    // a. Set iteratorRecord to ? GetIteratorFromMethod(items, usingAsyncIterator).
    iterator_record.emplace(TRY(vm::GetIteratorFromMethod(agent, items, using_async_iterator)));
  }
  // 8. If iteratorRecord is not undefined, then
  if (iterator_record.has_value()) {
    state->iterator = Value::FromObject(iterator_record->iterator());
    state->next_method = iterator_record->next_method();
    // a. If IsConstructor(ctor) is true, then
    if (interpreter::IsConstructor(ctor)) {
      // i. Let array be ? Construct(ctor).
      state->array = Value::FromObject(TRY(vm::Construct(agent, ctor->AsObject())));
    } else {
      // b. Else,
      // i. Let array be ! ArrayCreate(0).
      state->array = Value::FromObject(MUST(interpreter::ArrayCreate(agent, 0)));
    }
    // c. Let k be 0.
    state->k = 0;
    // d. Repeat, ...
    state->step = Step::kIteratorRepeat;
    return RunArrayFromAsyncSteps(agent, state, false, Value::Undefined());
  }
  // 9. Else,
  // a. NOTE: items is neither async iterable nor iterable so assume it is an array-like object.
  // b. Let arrayLike be ! ToObject(items).
  heap::Handle<Object> array_like(agent.heap(), MUST(vm::ToObject(agent, items)));
  state->array_like = Value::FromObject(array_like);
  // c. Let len be ? LengthOfArrayLike(arrayLike).
  double length = TRY(vm::LengthOfArrayLike(agent, array_like));
  state->length = length;
  // d. If IsConstructor(ctor) is true, then
  if (interpreter::IsConstructor(ctor)) {
    // i. Let array be ? Construct(ctor, « 𝔽(len) »).
    Value construct_arguments[] = {Value::Number(length)};
    state->array = Value::FromObject(TRY(vm::Construct(agent, ctor->AsObject(), construct_arguments)));
  } else {
    // e. Else,
    // i. Let array be ? ArrayCreate(len).
    state->array = Value::FromObject(TRY(interpreter::ArrayCreate(agent, length)));
  }
  // f. Let k be 0.
  state->k = 0;
  // g. Repeat, while k < len, ...
  state->step = Step::kArrayLikeRepeat;
  return RunArrayFromAsyncSteps(agent, state, false, Value::Undefined());
}

// 23.1.2.2 Array.fromAsync ( items [ , mapper [ , thisArg ] ] )
// https://tc39.es/ecma262/#sec-array.fromasync
// A built-in async function: called as 10.3.3 BuiltinCallOrConstruct step 10 says, its body running in an
// AsyncFunctionStart (ArrayFromAsyncBody, then RunArrayFromAsyncSteps at each resumption).
ThrowCompletionOr<Value> ArrayFromAsync(Agent& agent, Value this_value, std::span<const Value> arguments, Object*) {
  RootedValue items(agent.heap(), Argument(arguments, 0));
  RootedValue mapper(agent.heap(), Argument(arguments, 1));
  RootedValue this_arg(agent.heap(), Argument(arguments, 2));
  // BuiltinCallOrConstruct 10.a. Let promiseCapability be ! NewPromiseCapability(%Promise%).
  PromiseCapability promise_capability(agent.heap());
  async::NewIntrinsicPromiseCapability(agent, promise_capability);
  heap::Handle<ArrayFromAsyncState> state(agent.heap(), agent.Allocate<ArrayFromAsyncState>());
  state->resolve = promise_capability.resolve.get();
  state->reject = promise_capability.reject.get();
  state->mapper = mapper.get();
  state->this_arg = this_arg.get();
  // 10.b-c. Perform AsyncFunctionStart(promiseCapability, resultsClosure): the body runs until it suspends at
  //     an Await or completes; when it completes, AsyncBlockStart settles the promise.
  BodyResult result = ArrayFromAsyncBody(agent, state, this_value, items, mapper);
  SettleIfCompleted(agent, state, result);
  // 10.e. Return promiseCapability.[[Promise]].
  return promise_capability.promise.get();
}

}  // namespace

void CreateArrayFromAsyncIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  heap::Handle<Object> array_constructor(agent.heap(), realm->intrinsic(Intrinsic::kArray));
  DefineBuiltinMethod(agent, realm, array_constructor, u"fromAsync", 1, ArrayFromAsync);
}

}  // namespace async_runtime::builtins
