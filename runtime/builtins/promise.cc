#include "runtime/builtins/promise.h"

#include "runtime/async/promise.h"
#include "runtime/interpreter/array_object.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/property_descriptor.h"
#include "runtime/interpreter/vm/iteration.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

using async::ActiveFunctionSlot;
using async::CreateClosure;
using async::IfAbruptRejectPromise;
using async::PromiseCapability;
using async::PromiseObject;
using async::ValueList;
using async::ValueRecord;
using interpreter::RootedValue;
namespace vm = interpreter::vm;

namespace {

// The AggregateError PerformPromiseAny rejects with: a newly created AggregateError whose "errors" is
// CreateArrayFromList(errors), defined with DefinePropertyOrThrow.
Value NewAggregateErrorWithErrors(Agent& agent, const std::vector<Value>& errors_list) {
  // i. Let aggregateError be a newly created AggregateError object.
  heap::Handle<Object> aggregate_error(agent.heap(),
                                       interpreter::CreateError(agent, interpreter::ErrorKind::kAggregateError, u""));
  // ii. Perform ! DefinePropertyOrThrow(aggregateError, "errors", PropertyDescriptor { [[Configurable]]: true,
  //     [[Enumerable]]: false, [[Writable]]: true, [[Value]]: CreateArrayFromList(errors) }).
  RootedValue errors(agent.heap(), Value::FromObject(interpreter::CreateArrayFromList(agent, errors_list)));
  MUST(interpreter::DefinePropertyOrThrow(agent, aggregate_error, agent.Key(u"errors"),
                                         interpreter::PropertyDescriptor::Data(errors, true, false, true)));
  return Value::FromObject(aggregate_error);
}

// ---------------------------------------------------------------------------------------------------------
// 27.5.3 The Promise Constructor

// 27.5.3.1 Promise ( executor )
// https://tc39.es/ecma262/#sec-promise-executor
ThrowCompletionOr<Value> PromiseConstructor(Agent& agent, Value, std::span<const Value> arguments,
                                            Object* new_target) {
  RootedValue executor(agent.heap(), Argument(arguments, 0));
  // 1. If NewTarget is undefined, throw a TypeError exception.
  if (new_target == nullptr) return interpreter::ThrowTypeError(agent, u"Promise constructor requires 'new'");
  // 2. If IsCallable(executor) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(executor)) return interpreter::ThrowTypeError(agent, u"Promise executor is not callable");
  // 3. Let promise be ? OrdinaryCreateFromConstructor(NewTarget, "%Promise.prototype%", « [[PromiseState]],
  //    [[PromiseResult]], [[PromiseFulfillReactions]], [[PromiseRejectReactions]], [[PromiseIsHandled]] »).
  // 4. Set promise.[[PromiseState]] to pending.
  // 5. Set promise.[[PromiseResult]] to empty.
  // 6. Set promise.[[PromiseFulfillReactions]] to a new empty List.
  // 7. Set promise.[[PromiseRejectReactions]] to a new empty List.
  // 8. Set promise.[[PromiseIsHandled]] to false.
  //    (Steps 4-8 are PromiseObject's initial state.)
  heap::Handle<PromiseObject> promise(
      agent.heap(), TRY(OrdinaryCreateFromConstructor<PromiseObject>(agent, new_target, Intrinsic::kPromisePrototype)));
  // 9. Let resolvingFuncs be CreateResolvingFunctions(promise).
  async::ResolvingFunctions resolving_funcs = async::CreateResolvingFunctions(agent, promise);
  interpreter::RootedValueVector resolving_arguments(agent.heap());
  resolving_arguments.values() = {Value::FromObject(resolving_funcs.resolve), Value::FromObject(resolving_funcs.reject)};
  // 10. Let completion be Completion(Call(executor, undefined, « resolvingFuncs.[[Resolve]],
  //     resolvingFuncs.[[Reject]] »)).
  ThrowCompletionOr<Value> completion =
      interpreter::Call(agent, executor, Value::Undefined(), resolving_arguments.values());
  // 11. If completion is an abrupt completion, then
  if (completion.is_throw_completion()) {
    // a. Perform ? Call(resolvingFuncs.[[Reject]], undefined, « completion.[[Value]] »).
    Value reason = completion.thrown_value();
    TRY(async::CallRooted(agent, resolving_arguments.values()[1], Value::Undefined(), {reason}));
  }
  // 12. Return promise.
  return Value::FromObject(promise);
}

// ---------------------------------------------------------------------------------------------------------
// 27.5.4 Properties of the Promise Constructor

// PerformPromiseAll, PerformPromiseAllSettled, PerformPromiseAny and PerformPromiseRace.
using PerformPromiseCombinator = ThrowCompletionOr<Value> (*)(Agent& agent, vm::IteratorRecord& iterator_record,
                                                              Object* ctor, const PromiseCapability& result_capability,
                                                              Value promise_resolve);

// Promise.all, Promise.allSettled, Promise.any and Promise.race have the same steps 1-8 (27.5.4.1,
// 27.5.4.2, 27.5.4.3, 27.5.4.5); only the Perform operation of step 7 differs.
ThrowCompletionOr<Value> PromiseCombinator(Agent& agent, Value this_value, Value iterable_value,
                                           PerformPromiseCombinator perform) {
  RootedValue iterable(agent.heap(), iterable_value);
  // 1. Let ctor be the this value.
  RootedValue ctor(agent.heap(), this_value);
  // 2. Let promiseCapability be ? NewPromiseCapability(ctor).
  PromiseCapability promise_capability(agent.heap());
  TRY(async::NewPromiseCapability(agent, ctor, promise_capability));
  // 3. Let promiseResolve be Completion(GetPromiseResolve(ctor)).
  ThrowCompletionOr<Value> promise_resolve_completion = async::GetPromiseResolve(agent, ctor->AsObject());
  // 4. IfAbruptRejectPromise(promiseResolve, promiseCapability).
  if (promise_resolve_completion.is_throw_completion()) {
    return IfAbruptRejectPromise(agent, promise_resolve_completion.thrown_value(), promise_capability);
  }
  RootedValue promise_resolve(agent.heap(), promise_resolve_completion.value());
  // 5. Let iteratorRecord be Completion(GetIterator(iterable, sync)).
  ThrowCompletionOr<vm::IteratorRecord> iterator_record_completion = vm::GetIterator(agent, iterable);
  // 6. IfAbruptRejectPromise(iteratorRecord, promiseCapability).
  if (iterator_record_completion.is_throw_completion()) {
    return IfAbruptRejectPromise(agent, iterator_record_completion.thrown_value(), promise_capability);
  }
  vm::IteratorRecord& iterator_record = iterator_record_completion.value();
  // 7. Let result be Completion(PerformPromiseX(iteratorRecord, ctor, promiseCapability, promiseResolve)).
  ThrowCompletionOr<Value> result = perform(agent, iterator_record, ctor->AsObject(), promise_capability, promise_resolve);
  // 8. If result is an abrupt completion, then
  if (result.is_throw_completion()) {
    // a. If iteratorRecord.[[Done]] is false, set result to Completion(IteratorClose(iteratorRecord, result)).
    if (!iterator_record.done()) result = vm::IteratorClose(agent, iterator_record, result);
    // b. IfAbruptRejectPromise(result, promiseCapability).
    if (result.is_throw_completion()) return IfAbruptRejectPromise(agent, result.thrown_value(), promise_capability);
  }
  // 9. Return ! result.
  return result;
}

// Slots of the element functions of PerformPromiseAll/AllSettled/Any.
enum ElementFunctionSlot : size_t {
  kValuesSlot,            // values (or errors): a ValueList
  kCapabilityFunction,    // resultCapability.[[Resolve]] (all, allSettled) or [[Reject]] (any)
  kRemainingElements,     // remainingElementsCount: a ValueRecord
  kAlreadyCalledSlot,     // [[AlreadyCalled]]: a Boolean, or for allSettled a shared ValueRecord
  kIndexSlot,             // [[Index]]
};

// 27.5.4.1.2 PerformPromiseAll ( iteratorRecord, ctor, resultCapability, promiseResolve )
// https://tc39.es/ecma262/#sec-performpromiseall
ThrowCompletionOr<Value> PerformPromiseAll(Agent& agent, vm::IteratorRecord& iterator_record, Object* ctor_object,
                                           const PromiseCapability& result_capability, Value promise_resolve_value) {
  heap::Handle<Object> ctor(agent.heap(), ctor_object);
  RootedValue promise_resolve(agent.heap(), promise_resolve_value);
  // 1. Let values be a new empty List.
  heap::Handle<ValueList> values(agent.heap(), agent.Allocate<ValueList>());
  // 2. NOTE: remainingElementsCount starts at 1 instead of 0 to ensure resultCapability.[[Resolve]] is only
  //    called once, even in the presence of a misbehaving "then" which calls the passed callback before the
  //    input iterator is exhausted.
  // 3. Let remainingElementsCount be the Record { [[Value]]: 1 }.
  heap::Handle<ValueRecord> remaining_elements_count(agent.heap(), agent.Allocate<ValueRecord>(Value::Number(1)));
  // 4. Let index be 0.
  double index = 0;
  // 5. Repeat,
  while (true) {
    // a. Let next be ? IteratorStepValue(iteratorRecord).
    std::optional<Value> next_value = TRY(vm::IteratorStepValue(agent, iterator_record));
    // b. If next is done, then
    if (!next_value) {
      // i. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] - 1.
      remaining_elements_count->value = Value::Number(remaining_elements_count->value.AsNumber() - 1);
      // ii. If remainingElementsCount.[[Value]] = 0, then
      if (remaining_elements_count->value.AsNumber() == 0) {
        // 1. Let valuesArray be CreateArrayFromList(values).
        Value values_array = Value::FromObject(interpreter::CreateArrayFromList(agent, values->values));
        // 2. Perform ? Call(resultCapability.[[Resolve]], undefined, « valuesArray »).
        TRY(async::CallRooted(agent, result_capability.resolve, Value::Undefined(), {values_array}));
      }
      // iii. Return resultCapability.[[Promise]].
      return result_capability.promise.get();
    }
    RootedValue next(agent.heap(), *next_value);
    // c. Append undefined to values.
    values->values.push_back(Value::Undefined());
    // d. Let nextPromise be ? Call(promiseResolve, ctor, « next »).
    Value next_argument[] = {next};
    RootedValue next_promise(agent.heap(),
                             TRY(interpreter::Call(agent, promise_resolve, Value::FromObject(ctor), next_argument)));
    // e. Let fulfilledSteps be a new Abstract Closure with parameters (value) that captures values,
    //    resultCapability, and remainingElementsCount and performs the following steps when called:
    auto fulfilled_steps = [](Agent& agent, Value, std::span<const Value> arguments,
                              Object*) -> ThrowCompletionOr<Value> {
      Value value = Argument(arguments, 0);
      // i. Let activeFunc be the active function object.
      // ii. If activeFunc.[[AlreadyCalled]] is true, return undefined.
      if (ActiveFunctionSlot(agent, kAlreadyCalledSlot).IsIdenticalTo(Value::Boolean(true))) return Value::Undefined();
      // iii. Set activeFunc.[[AlreadyCalled]] to true.
      ActiveFunctionSlot(agent, kAlreadyCalledSlot) = Value::Boolean(true);
      // iv. Let thisIndex be activeFunc.[[Index]].
      auto this_index = static_cast<size_t>(ActiveFunctionSlot(agent, kIndexSlot).AsNumber());
      // v. Set values[thisIndex] to value.
      auto* values = static_cast<ValueList*>(ActiveFunctionSlot(agent, kValuesSlot).AsCell());
      values->values[this_index] = value;
      // vi. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] - 1.
      auto* remaining = static_cast<ValueRecord*>(ActiveFunctionSlot(agent, kRemainingElements).AsCell());
      remaining->value = Value::Number(remaining->value.AsNumber() - 1);
      // vii. If remainingElementsCount.[[Value]] = 0, then
      if (remaining->value.AsNumber() == 0) {
        RootedValue resolve(agent.heap(), ActiveFunctionSlot(agent, kCapabilityFunction));
        // 1. Let valuesArray be CreateArrayFromList(values).
        Value values_array = Value::FromObject(interpreter::CreateArrayFromList(agent, values->values));
        // 2. Return ? Call(resultCapability.[[Resolve]], undefined, « valuesArray »).
        return async::CallRooted(agent, resolve, Value::Undefined(), {values_array});
      }
      // viii. Return undefined.
      return Value::Undefined();
    };
    // f. Let onFulfilled be CreateBuiltinFunction(fulfilledSteps, 1, "", « [[AlreadyCalled]], [[Index]] »).
    // g. Set onFulfilled.[[AlreadyCalled]] to false.
    // h. Set onFulfilled.[[Index]] to index.
    RootedValue on_fulfilled(
        agent.heap(), Value::FromObject(CreateClosure(
                          agent, fulfilled_steps, 1,
                          {Value::FromInternalCell(values.get()), result_capability.resolve.get(),
                           Value::FromInternalCell(remaining_elements_count.get()), Value::Boolean(false),
                           Value::Number(index)})));
    // i. Set index to index + 1.
    index += 1;
    // j. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] + 1.
    remaining_elements_count->value = Value::Number(remaining_elements_count->value.AsNumber() + 1);
    // k. Perform ? Invoke(nextPromise, "then", « onFulfilled, resultCapability.[[Reject]] »).
    Value then_arguments[] = {on_fulfilled, result_capability.reject};
    TRY(vm::Invoke(agent, next_promise, agent.Key(u"then"), then_arguments));
  }
}

// 27.5.4.1 Promise.all ( iterable )
// https://tc39.es/ecma262/#sec-promise.all
ThrowCompletionOr<Value> PromiseAll(Agent& agent, Value this_value, std::span<const Value> arguments, Object*) {
  return PromiseCombinator(agent, this_value, Argument(arguments, 0), PerformPromiseAll);
}

// The element closure of PerformPromiseAllSettled for one outcome ("fulfilled" with "value", or "rejected"
// with "reason"): steps 5.g.i-xi and 5.k.i-xi are the same but for those two names.
ThrowCompletionOr<Value> AllSettledElementSteps(Agent& agent, Value outcome, std::u16string_view status,
                                                std::u16string_view outcome_key) {
  RootedValue rooted_outcome(agent.heap(), outcome);
  // i. Let activeFunc be the active function object.
  // ii. If activeFunc.[[AlreadyCalled]].[[Value]] is true, return undefined.
  auto* already_called = static_cast<ValueRecord*>(ActiveFunctionSlot(agent, kAlreadyCalledSlot).AsCell());
  if (already_called->value.IsIdenticalTo(Value::Boolean(true))) return Value::Undefined();
  // iii. Set activeFunc.[[AlreadyCalled]].[[Value]] to true.
  already_called->value = Value::Boolean(true);
  // iv. Let obj be OrdinaryObjectCreate(%Object.prototype%).
  heap::Handle<Object> obj(agent.heap(),
                           interpreter::OrdinaryObjectCreate(agent, CurrentIntrinsic(agent, Intrinsic::kObjectPrototype)));
  // v. Perform ! CreateDataPropertyOrThrow(obj, "status", status).
  MUST(interpreter::CreateDataPropertyOrThrow(agent, obj, agent.Key(u"status"), agent.InternedString(status)));
  // vi. Perform ! CreateDataPropertyOrThrow(obj, outcomeKey, outcome).
  MUST(interpreter::CreateDataPropertyOrThrow(agent, obj, agent.Key(outcome_key), rooted_outcome));
  // vii. Let thisIndex be activeFunc.[[Index]].
  auto this_index = static_cast<size_t>(ActiveFunctionSlot(agent, kIndexSlot).AsNumber());
  // viii. Set values[thisIndex] to obj.
  auto* values = static_cast<ValueList*>(ActiveFunctionSlot(agent, kValuesSlot).AsCell());
  values->values[this_index] = Value::FromObject(obj);
  // ix. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] - 1.
  auto* remaining = static_cast<ValueRecord*>(ActiveFunctionSlot(agent, kRemainingElements).AsCell());
  remaining->value = Value::Number(remaining->value.AsNumber() - 1);
  // x. If remainingElementsCount.[[Value]] = 0, then
  if (remaining->value.AsNumber() == 0) {
    RootedValue resolve(agent.heap(), ActiveFunctionSlot(agent, kCapabilityFunction));
    // 1. Let valuesArray be CreateArrayFromList(values).
    Value values_array = Value::FromObject(interpreter::CreateArrayFromList(agent, values->values));
    // 2. Return ? Call(resultCapability.[[Resolve]], undefined, « valuesArray »).
    return async::CallRooted(agent, resolve, Value::Undefined(), {values_array});
  }
  // xi. Return undefined.
  return Value::Undefined();
}

// 27.5.4.2.1 PerformPromiseAllSettled ( iteratorRecord, ctor, resultCapability, promiseResolve )
// https://tc39.es/ecma262/#sec-performpromiseallsettled
ThrowCompletionOr<Value> PerformPromiseAllSettled(Agent& agent, vm::IteratorRecord& iterator_record,
                                                  Object* ctor_object, const PromiseCapability& result_capability,
                                                  Value promise_resolve_value) {
  heap::Handle<Object> ctor(agent.heap(), ctor_object);
  RootedValue promise_resolve(agent.heap(), promise_resolve_value);
  // 1. Let values be a new empty List.
  heap::Handle<ValueList> values(agent.heap(), agent.Allocate<ValueList>());
  // 2. NOTE: remainingElementsCount starts at 1 instead of 0 to ensure resultCapability.[[Resolve]] is only
  //    called once, even in the presence of a misbehaving "then" which calls one of the passed callbacks
  //    before the input iterator is exhausted.
  // 3. Let remainingElementsCount be the Record { [[Value]]: 1 }.
  heap::Handle<ValueRecord> remaining_elements_count(agent.heap(), agent.Allocate<ValueRecord>(Value::Number(1)));
  // 4. Let index be 0.
  double index = 0;
  // 5. Repeat,
  while (true) {
    // a. Let next be ? IteratorStepValue(iteratorRecord).
    std::optional<Value> next_value = TRY(vm::IteratorStepValue(agent, iterator_record));
    // b. If next is done, then
    if (!next_value) {
      // i. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] - 1.
      remaining_elements_count->value = Value::Number(remaining_elements_count->value.AsNumber() - 1);
      // ii. If remainingElementsCount.[[Value]] = 0, then
      if (remaining_elements_count->value.AsNumber() == 0) {
        // 1. Let valuesArray be CreateArrayFromList(values).
        Value values_array = Value::FromObject(interpreter::CreateArrayFromList(agent, values->values));
        // 2. Perform ? Call(resultCapability.[[Resolve]], undefined, « valuesArray »).
        TRY(async::CallRooted(agent, result_capability.resolve, Value::Undefined(), {values_array}));
      }
      // iii. Return resultCapability.[[Promise]].
      return result_capability.promise.get();
    }
    RootedValue next(agent.heap(), *next_value);
    // c. Append undefined to values.
    values->values.push_back(Value::Undefined());
    // d. Let nextPromise be ? Call(promiseResolve, ctor, « next »).
    Value next_argument[] = {next};
    RootedValue next_promise(agent.heap(),
                             TRY(interpreter::Call(agent, promise_resolve, Value::FromObject(ctor), next_argument)));
    // e. Let alreadyCalled be the Record { [[Value]]: false }.
    heap::Handle<ValueRecord> already_called(agent.heap(), agent.Allocate<ValueRecord>(Value::Boolean(false)));
    // f. Let fulfilledSteps be a new Abstract Closure with parameters (value) that captures values,
    //    resultCapability, and remainingElementsCount and performs the following steps when called:
    //    (steps i-xi: AllSettledElementSteps with "fulfilled" and "value")
    auto fulfilled_steps = [](Agent& agent, Value, std::span<const Value> arguments,
                              Object*) -> ThrowCompletionOr<Value> {
      return AllSettledElementSteps(agent, Argument(arguments, 0), u"fulfilled", u"value");
    };
    // g. Let onFulfilled be CreateBuiltinFunction(fulfilledSteps, 1, "", « [[AlreadyCalled]], [[Index]] »).
    // h. Set onFulfilled.[[AlreadyCalled]] to alreadyCalled.
    // i. Set onFulfilled.[[Index]] to index.
    RootedValue on_fulfilled(
        agent.heap(), Value::FromObject(CreateClosure(
                          agent, fulfilled_steps, 1,
                          {Value::FromInternalCell(values.get()), result_capability.resolve.get(),
                           Value::FromInternalCell(remaining_elements_count.get()),
                           Value::FromInternalCell(already_called.get()), Value::Number(index)})));
    // j. Let rejectedSteps be a new Abstract Closure with parameters (error) that captures values,
    //    resultCapability, and remainingElementsCount and performs the following steps when called:
    //    (steps i-xi: AllSettledElementSteps with "rejected" and "reason")
    auto rejected_steps = [](Agent& agent, Value, std::span<const Value> arguments,
                             Object*) -> ThrowCompletionOr<Value> {
      return AllSettledElementSteps(agent, Argument(arguments, 0), u"rejected", u"reason");
    };
    // k. Let onRejected be CreateBuiltinFunction(rejectedSteps, 1, "", « [[AlreadyCalled]], [[Index]] »).
    // l. Set onRejected.[[AlreadyCalled]] to alreadyCalled.
    // m. Set onRejected.[[Index]] to index.
    RootedValue on_rejected(
        agent.heap(), Value::FromObject(CreateClosure(
                          agent, rejected_steps, 1,
                          {Value::FromInternalCell(values.get()), result_capability.resolve.get(),
                           Value::FromInternalCell(remaining_elements_count.get()),
                           Value::FromInternalCell(already_called.get()), Value::Number(index)})));
    // n. Set index to index + 1.
    index += 1;
    // o. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] + 1.
    remaining_elements_count->value = Value::Number(remaining_elements_count->value.AsNumber() + 1);
    // p. Perform ? Invoke(nextPromise, "then", « onFulfilled, onRejected »).
    Value then_arguments[] = {on_fulfilled, on_rejected};
    TRY(vm::Invoke(agent, next_promise, agent.Key(u"then"), then_arguments));
  }
}

// 27.5.4.2 Promise.allSettled ( iterable )
// https://tc39.es/ecma262/#sec-promise.allsettled
ThrowCompletionOr<Value> PromiseAllSettled(Agent& agent, Value this_value, std::span<const Value> arguments,
                                           Object*) {
  return PromiseCombinator(agent, this_value, Argument(arguments, 0), PerformPromiseAllSettled);
}

// 27.5.4.3.1 PerformPromiseAny ( iteratorRecord, ctor, resultCapability, promiseResolve )
// https://tc39.es/ecma262/#sec-performpromiseany
ThrowCompletionOr<Value> PerformPromiseAny(Agent& agent, vm::IteratorRecord& iterator_record, Object* ctor_object,
                                           const PromiseCapability& result_capability, Value promise_resolve_value) {
  heap::Handle<Object> ctor(agent.heap(), ctor_object);
  RootedValue promise_resolve(agent.heap(), promise_resolve_value);
  // 1. Let errors be a new empty List.
  heap::Handle<ValueList> errors(agent.heap(), agent.Allocate<ValueList>());
  // 2. NOTE: remainingElementsCount starts at 1 instead of 0 to ensure resultCapability.[[Reject]] is only
  //    called once, even in the presence of a misbehaving "then" which calls the passed callback before the
  //    input iterator is exhausted.
  // 3. Let remainingElementsCount be the Record { [[Value]]: 1 }.
  heap::Handle<ValueRecord> remaining_elements_count(agent.heap(), agent.Allocate<ValueRecord>(Value::Number(1)));
  // 4. Let index be 0.
  double index = 0;
  // 5. Repeat,
  while (true) {
    // a. Let next be ? IteratorStepValue(iteratorRecord).
    std::optional<Value> next_value = TRY(vm::IteratorStepValue(agent, iterator_record));
    // b. If next is done, then
    if (!next_value) {
      // i. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] - 1.
      remaining_elements_count->value = Value::Number(remaining_elements_count->value.AsNumber() - 1);
      // ii. If remainingElementsCount.[[Value]] = 0, then
      if (remaining_elements_count->value.AsNumber() == 0) {
        // 1. Let aggregateError be a newly created AggregateError object.
        // 2. Perform ! DefinePropertyOrThrow(aggregateError, "errors", PropertyDescriptor { [[Configurable]]:
        //    true, [[Enumerable]]: false, [[Writable]]: true, [[Value]]: CreateArrayFromList(errors) }).
        Value aggregate_error = NewAggregateErrorWithErrors(agent, errors->values);
        // 3. Perform ? Call(resultCapability.[[Reject]], undefined, « aggregateError »).
        TRY(async::CallRooted(agent, result_capability.reject, Value::Undefined(), {aggregate_error}));
      }
      // iii. Return resultCapability.[[Promise]].
      return result_capability.promise.get();
    }
    RootedValue next(agent.heap(), *next_value);
    // c. Append undefined to errors.
    errors->values.push_back(Value::Undefined());
    // d. Let nextPromise be ? Call(promiseResolve, ctor, « next »).
    Value next_argument[] = {next};
    RootedValue next_promise(agent.heap(),
                             TRY(interpreter::Call(agent, promise_resolve, Value::FromObject(ctor), next_argument)));
    // e. Let rejectedSteps be a new Abstract Closure with parameters (error) that captures errors,
    //    resultCapability, and remainingElementsCount and performs the following steps when called:
    auto rejected_steps = [](Agent& agent, Value, std::span<const Value> arguments,
                             Object*) -> ThrowCompletionOr<Value> {
      Value error = Argument(arguments, 0);
      // i. Let activeFunc be the active function object.
      // ii. If activeFunc.[[AlreadyCalled]] is true, return undefined.
      if (ActiveFunctionSlot(agent, kAlreadyCalledSlot).IsIdenticalTo(Value::Boolean(true))) return Value::Undefined();
      // iii. Set activeFunc.[[AlreadyCalled]] to true.
      ActiveFunctionSlot(agent, kAlreadyCalledSlot) = Value::Boolean(true);
      // iv. Let thisIndex be activeFunc.[[Index]].
      auto this_index = static_cast<size_t>(ActiveFunctionSlot(agent, kIndexSlot).AsNumber());
      // v. Set errors[thisIndex] to error.
      auto* errors = static_cast<ValueList*>(ActiveFunctionSlot(agent, kValuesSlot).AsCell());
      errors->values[this_index] = error;
      // vi. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] - 1.
      auto* remaining = static_cast<ValueRecord*>(ActiveFunctionSlot(agent, kRemainingElements).AsCell());
      remaining->value = Value::Number(remaining->value.AsNumber() - 1);
      // vii. If remainingElementsCount.[[Value]] = 0, then
      if (remaining->value.AsNumber() == 0) {
        RootedValue reject(agent.heap(), ActiveFunctionSlot(agent, kCapabilityFunction));
        // 1. Let aggregateError be a newly created AggregateError object.
        // 2. Perform ! DefinePropertyOrThrow(aggregateError, "errors", PropertyDescriptor { [[Configurable]]:
        //    true, [[Enumerable]]: false, [[Writable]]: true, [[Value]]: CreateArrayFromList(errors) }).
        Value aggregate_error = NewAggregateErrorWithErrors(agent, errors->values);
        // 3. Return ? Call(resultCapability.[[Reject]], undefined, « aggregateError »).
        return async::CallRooted(agent, reject, Value::Undefined(), {aggregate_error});
      }
      // viii. Return undefined.
      return Value::Undefined();
    };
    // f. Let onRejected be CreateBuiltinFunction(rejectedSteps, 1, "", « [[AlreadyCalled]], [[Index]] »).
    // g. Set onRejected.[[AlreadyCalled]] to false.
    // h. Set onRejected.[[Index]] to index.
    RootedValue on_rejected(
        agent.heap(), Value::FromObject(CreateClosure(
                          agent, rejected_steps, 1,
                          {Value::FromInternalCell(errors.get()), result_capability.reject.get(),
                           Value::FromInternalCell(remaining_elements_count.get()), Value::Boolean(false),
                           Value::Number(index)})));
    // i. Set index to index + 1.
    index += 1;
    // j. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] + 1.
    remaining_elements_count->value = Value::Number(remaining_elements_count->value.AsNumber() + 1);
    // k. Perform ? Invoke(nextPromise, "then", « resultCapability.[[Resolve]], onRejected »).
    Value then_arguments[] = {result_capability.resolve, on_rejected};
    TRY(vm::Invoke(agent, next_promise, agent.Key(u"then"), then_arguments));
  }
}

// 27.5.4.3 Promise.any ( iterable )
// https://tc39.es/ecma262/#sec-promise.any
ThrowCompletionOr<Value> PromiseAny(Agent& agent, Value this_value, std::span<const Value> arguments, Object*) {
  return PromiseCombinator(agent, this_value, Argument(arguments, 0), PerformPromiseAny);
}

// 27.5.4.5.1 PerformPromiseRace ( iteratorRecord, ctor, resultCapability, promiseResolve )
// https://tc39.es/ecma262/#sec-performpromiserace
ThrowCompletionOr<Value> PerformPromiseRace(Agent& agent, vm::IteratorRecord& iterator_record, Object* ctor_object,
                                            const PromiseCapability& result_capability, Value promise_resolve_value) {
  heap::Handle<Object> ctor(agent.heap(), ctor_object);
  RootedValue promise_resolve(agent.heap(), promise_resolve_value);
  // 1. Repeat,
  while (true) {
    // a. Let next be ? IteratorStepValue(iteratorRecord).
    std::optional<Value> next = TRY(vm::IteratorStepValue(agent, iterator_record));
    // b. If next is done, then
    //    i. Return resultCapability.[[Promise]].
    if (!next) return result_capability.promise.get();
    // c. Let nextPromise be ? Call(promiseResolve, ctor, « next »).
    RootedValue next_value(agent.heap(), *next);
    Value next_argument[] = {next_value};
    RootedValue next_promise(agent.heap(),
                             TRY(interpreter::Call(agent, promise_resolve, Value::FromObject(ctor), next_argument)));
    // d. Perform ? Invoke(nextPromise, "then", « resultCapability.[[Resolve]], resultCapability.[[Reject]] »).
    Value then_arguments[] = {result_capability.resolve, result_capability.reject};
    TRY(vm::Invoke(agent, next_promise, agent.Key(u"then"), then_arguments));
  }
}

// 27.5.4.5 Promise.race ( iterable )
// https://tc39.es/ecma262/#sec-promise.race
ThrowCompletionOr<Value> PromiseRace(Agent& agent, Value this_value, std::span<const Value> arguments, Object*) {
  return PromiseCombinator(agent, this_value, Argument(arguments, 0), PerformPromiseRace);
}

// 27.5.4.6 Promise.reject ( reason )
// https://tc39.es/ecma262/#sec-promise.reject
ThrowCompletionOr<Value> PromiseReject(Agent& agent, Value this_value, std::span<const Value> arguments, Object*) {
  RootedValue reason(agent.heap(), Argument(arguments, 0));
  // 1. Let ctor be the this value.
  // 2. Let promiseCapability be ? NewPromiseCapability(ctor).
  PromiseCapability promise_capability(agent.heap());
  TRY(async::NewPromiseCapability(agent, this_value, promise_capability));
  // 3. Perform ? Call(promiseCapability.[[Reject]], undefined, « reason »).
  Value reject_argument[] = {reason};
  TRY(interpreter::Call(agent, promise_capability.reject, Value::Undefined(), reject_argument));
  // 4. Return promiseCapability.[[Promise]].
  return promise_capability.promise.get();
}

// 27.5.4.7 Promise.resolve ( resolution )
// https://tc39.es/ecma262/#sec-promise.resolve
ThrowCompletionOr<Value> PromiseResolveFunction(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                Object*) {
  // 1. Let ctor be the this value.
  // 2. If ctor is not an Object, throw a TypeError exception.
  if (!this_value.IsObject()) return interpreter::ThrowTypeError(agent, u"Promise.resolve called on a non-object");
  // 3. Return ? PromiseResolve(ctor, resolution).
  return Value::FromObject(TRY(async::PromiseResolve(agent, this_value.AsObject(), Argument(arguments, 0))));
}

// 27.5.4.8 Promise.try ( callback, ...args )
// https://tc39.es/ecma262/#sec-promise.try
ThrowCompletionOr<Value> PromiseTry(Agent& agent, Value this_value, std::span<const Value> arguments, Object*) {
  // 1. Let ctor be the this value.
  RootedValue ctor(agent.heap(), this_value);
  // 2. If ctor is not an Object, throw a TypeError exception.
  if (!ctor->IsObject()) return interpreter::ThrowTypeError(agent, u"Promise.try called on a non-object");
  // 3. Let status be Completion(Call(callback, undefined, args)).
  std::span<const Value> args = arguments.empty() ? arguments : arguments.subspan(1);
  ThrowCompletionOr<Value> status = interpreter::Call(agent, Argument(arguments, 0), Value::Undefined(), args);
  // 4. If status is an abrupt completion, then
  if (status.is_throw_completion()) {
    RootedValue reason(agent.heap(), status.thrown_value());
    // a. Let promiseCapability be ? NewPromiseCapability(ctor).
    PromiseCapability promise_capability(agent.heap());
    TRY(async::NewPromiseCapability(agent, ctor, promise_capability));
    // b. Perform ? Call(promiseCapability.[[Reject]], undefined, « status.[[Value]] »).
    Value reject_argument[] = {reason};
    TRY(interpreter::Call(agent, promise_capability.reject, Value::Undefined(), reject_argument));
    // c. Return promiseCapability.[[Promise]].
    return promise_capability.promise.get();
  }
  // 5. Else,
  //    a. Return ? PromiseResolve(ctor, ! status).
  return Value::FromObject(TRY(async::PromiseResolve(agent, ctor->AsObject(), status.value())));
}

// 27.5.4.9 Promise.withResolvers ( )
// https://tc39.es/ecma262/#sec-promise.withResolvers
ThrowCompletionOr<Value> PromiseWithResolvers(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let ctor be the this value.
  // 2. Let promiseCapability be ? NewPromiseCapability(ctor).
  PromiseCapability promise_capability(agent.heap());
  TRY(async::NewPromiseCapability(agent, this_value, promise_capability));
  // 3. Let obj be OrdinaryObjectCreate(%Object.prototype%).
  heap::Handle<Object> obj(agent.heap(),
                           interpreter::OrdinaryObjectCreate(agent, CurrentIntrinsic(agent, Intrinsic::kObjectPrototype)));
  // 4. Perform ! CreateDataPropertyOrThrow(obj, "promise", promiseCapability.[[Promise]]).
  MUST(interpreter::CreateDataPropertyOrThrow(agent, obj, agent.Key(u"promise"), promise_capability.promise));
  // 5. Perform ! CreateDataPropertyOrThrow(obj, "resolve", promiseCapability.[[Resolve]]).
  MUST(interpreter::CreateDataPropertyOrThrow(agent, obj, agent.Key(u"resolve"), promise_capability.resolve));
  // 6. Perform ! CreateDataPropertyOrThrow(obj, "reject", promiseCapability.[[Reject]]).
  MUST(interpreter::CreateDataPropertyOrThrow(agent, obj, agent.Key(u"reject"), promise_capability.reject));
  // 7. Return obj.
  return Value::FromObject(obj);
}

// 27.5.4.10 get Promise [ %Symbol.species% ]
// https://tc39.es/ecma262/#sec-get-promise-%symbol.species%
ThrowCompletionOr<Value> GetPromiseSpecies(Agent&, Value this_value, std::span<const Value>, Object*) {
  // 1. Return the this value.
  return this_value;
}

// ---------------------------------------------------------------------------------------------------------
// 27.5.5 Properties of the Promise Prototype Object

// 27.5.5.1 Promise.prototype.catch ( onRejected )
// https://tc39.es/ecma262/#sec-promise.prototype.catch
ThrowCompletionOr<Value> PromisePrototypeCatch(Agent& agent, Value this_value, std::span<const Value> arguments,
                                               Object*) {
  // 1. Let promise be the this value.
  // 2. Return ? Invoke(promise, "then", « undefined, onRejected »).
  Value then_arguments[] = {Value::Undefined(), Argument(arguments, 0)};
  return vm::Invoke(agent, this_value, agent.Key(u"then"), then_arguments);
}

// Slots of the closures of Promise.prototype.finally.
enum FinallySlot : size_t { kOnFinallySlot, kConstructorSlot };

// thenFinallyClosure and catchFinallyClosure of 27.5.5.3 differ only in the function they chain (a value
// thunk or a thrower): steps 1-5 of each.
ThrowCompletionOr<Value> FinallyClosureSteps(Agent& agent, Value value_or_reason, bool rethrow) {
  RootedValue captured(agent.heap(), value_or_reason);
  RootedValue on_finally(agent.heap(), ActiveFunctionSlot(agent, kOnFinallySlot));
  heap::Handle<Object> ctor(agent.heap(), ActiveFunctionSlot(agent, kConstructorSlot).AsObject());
  // 1. Let result be ? Call(onFinally, undefined).
  Value result = TRY(interpreter::Call(agent, on_finally, Value::Undefined(), {}));
  // 2. Let p be ? PromiseResolve(ctor, result).
  RootedValue p(agent.heap(), Value::FromObject(TRY(async::PromiseResolve(agent, ctor, result))));
  heap::Handle<NativeFunction> chained(agent.heap());
  if (!rethrow) {
    // 3. Let returnValue be a new Abstract Closure with no parameters that captures value and performs the
    //    following steps when called:
    auto return_value = [](Agent& agent, Value, std::span<const Value>, Object*) -> ThrowCompletionOr<Value> {
      // a. Return NormalCompletion(value).
      return ActiveFunctionSlot(agent, 0);
    };
    // 4. Let valueThunk be CreateBuiltinFunction(returnValue, 0, "", « »).
    chained = CreateClosure(agent, return_value, 0, {captured});
  } else {
    // 3. Let throwReason be a new Abstract Closure with no parameters that captures reason and performs the
    //    following steps when called:
    auto throw_reason = [](Agent& agent, Value, std::span<const Value>, Object*) -> ThrowCompletionOr<Value> {
      // a. Throw reason.
      return interpreter::ThrowCompletion(ActiveFunctionSlot(agent, 0));
    };
    // 4. Let thrower be CreateBuiltinFunction(throwReason, 0, "", « »).
    chained = CreateClosure(agent, throw_reason, 0, {captured});
  }
  // 5. Return ? Invoke(p, "then", « valueThunk » / « thrower »).
  Value then_argument[] = {Value::FromObject(chained.get())};
  return vm::Invoke(agent, p, agent.Key(u"then"), then_argument);
}

// 27.5.5.3 Promise.prototype.finally ( onFinally )
// https://tc39.es/ecma262/#sec-promise.prototype.finally
ThrowCompletionOr<Value> PromisePrototypeFinally(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  RootedValue on_finally(agent.heap(), Argument(arguments, 0));
  // 1. Let promise be the this value.
  RootedValue promise(agent.heap(), this_value);
  // 2. If promise is not an Object, throw a TypeError exception.
  if (!promise->IsObject()) return interpreter::ThrowTypeError(agent, u"Promise.prototype.finally called on a non-object");
  // 3. Let ctor be ? SpeciesConstructor(promise, %Promise%).
  heap::Handle<Object> ctor(
      agent.heap(), TRY(vm::SpeciesConstructor(agent, promise->AsObject(), CurrentIntrinsic(agent, Intrinsic::kPromise))));
  // 4. Assert: IsConstructor(ctor) is true.
  RootedValue then_finally(agent.heap());
  RootedValue catch_finally(agent.heap());
  // 5. If IsCallable(onFinally) is false, then
  if (!interpreter::IsCallable(on_finally)) {
    // a. Let thenFinally be onFinally.
    then_finally = on_finally.get();
    // b. Let catchFinally be onFinally.
    catch_finally = on_finally.get();
  } else {
    // 6. Else,
    // a. Let thenFinallyClosure be a new Abstract Closure with parameters (value) that captures onFinally and
    //    ctor and performs the following steps when called: (FinallyClosureSteps)
    auto then_finally_closure = [](Agent& agent, Value, std::span<const Value> arguments,
                                   Object*) -> ThrowCompletionOr<Value> {
      return FinallyClosureSteps(agent, Argument(arguments, 0), /*rethrow=*/false);
    };
    // b. Let thenFinally be CreateBuiltinFunction(thenFinallyClosure, 1, "", « »).
    then_finally = Value::FromObject(
        CreateClosure(agent, then_finally_closure, 1, {on_finally.get(), Value::FromObject(ctor)}));
    // c. Let catchFinallyClosure be a new Abstract Closure with parameters (reason) that captures onFinally and
    //    ctor and performs the following steps when called: (FinallyClosureSteps)
    auto catch_finally_closure = [](Agent& agent, Value, std::span<const Value> arguments,
                                    Object*) -> ThrowCompletionOr<Value> {
      return FinallyClosureSteps(agent, Argument(arguments, 0), /*rethrow=*/true);
    };
    // d. Let catchFinally be CreateBuiltinFunction(catchFinallyClosure, 1, "", « »).
    catch_finally = Value::FromObject(
        CreateClosure(agent, catch_finally_closure, 1, {on_finally.get(), Value::FromObject(ctor)}));
  }
  // 7. Return ? Invoke(promise, "then", « thenFinally, catchFinally »).
  Value then_arguments[] = {then_finally, catch_finally};
  return vm::Invoke(agent, promise, agent.Key(u"then"), then_arguments);
}

// 27.5.5.4 Promise.prototype.then ( onFulfilled, onRejected )
// https://tc39.es/ecma262/#sec-promise.prototype.then
ThrowCompletionOr<Value> PromisePrototypeThen(Agent& agent, Value this_value, std::span<const Value> arguments,
                                              Object*) {
  RootedValue on_fulfilled(agent.heap(), Argument(arguments, 0));
  RootedValue on_rejected(agent.heap(), Argument(arguments, 1));
  // 1. Let promise be the this value.
  // 2. If IsPromise(promise) is false, throw a TypeError exception.
  if (!async::IsPromise(this_value)) {
    return interpreter::ThrowTypeError(agent, u"Promise.prototype.then called on a non-promise");
  }
  heap::Handle<PromiseObject> promise(agent.heap(), static_cast<PromiseObject*>(this_value.AsObject()));
  // 3. Let ctor be ? SpeciesConstructor(promise, %Promise%).
  Object* ctor = TRY(vm::SpeciesConstructor(agent, promise, CurrentIntrinsic(agent, Intrinsic::kPromise)));
  // 4. Let resultCapability be ? NewPromiseCapability(ctor).
  PromiseCapability result_capability(agent.heap());
  TRY(async::NewPromiseCapability(agent, Value::FromObject(ctor), result_capability));
  // 5. Return PerformPromiseThen(promise, onFulfilled, onRejected, resultCapability).
  return async::PerformPromiseThen(agent, promise, on_fulfilled, on_rejected, &result_capability);
}

}  // namespace

void CreatePromiseIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 27.5.5 Properties of the Promise Prototype Object: an ordinary object, [[Prototype]] %Object.prototype%,
  // not a Promise instance.
  heap::Handle<Object> prototype(
      agent.heap(), interpreter::OrdinaryObjectCreate(agent, realm->intrinsic(Intrinsic::kObjectPrototype)));
  realm->set_intrinsic(Intrinsic::kPromisePrototype, prototype);
  // 27.5.4 Properties of the Promise Constructor ("length" 1).
  heap::Handle<Object> constructor(agent.heap(), CreateBuiltinConstructor(agent, realm, Intrinsic::kPromise,
                                                                          u"Promise", 1, PromiseConstructor, prototype));
  DefineBuiltinMethod(agent, realm, constructor, u"all", 1, PromiseAll);
  DefineBuiltinMethod(agent, realm, constructor, u"allSettled", 1, PromiseAllSettled);
  DefineBuiltinMethod(agent, realm, constructor, u"any", 1, PromiseAny);
  DefineBuiltinMethod(agent, realm, constructor, u"race", 1, PromiseRace);
  DefineBuiltinMethod(agent, realm, constructor, u"reject", 1, PromiseReject);
  DefineBuiltinMethod(agent, realm, constructor, u"resolve", 1, PromiseResolveFunction);
  DefineBuiltinMethod(agent, realm, constructor, u"try", 1, PromiseTry);
  DefineBuiltinMethod(agent, realm, constructor, u"withResolvers", 0, PromiseWithResolvers);
  DefineBuiltinAccessor(agent, realm, constructor,
                        PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kSpecies)), GetPromiseSpecies);

  DefineBuiltinMethod(agent, realm, prototype, u"catch", 1, PromisePrototypeCatch);
  DefineBuiltinMethod(agent, realm, prototype, u"finally", 1, PromisePrototypeFinally);
  DefineBuiltinMethod(agent, realm, prototype, u"then", 2, PromisePrototypeThen);
  // 27.5.5.5 Promise.prototype [ %Symbol.toStringTag% ]: "Promise", { [[Writable]]: false, [[Enumerable]]:
  // false, [[Configurable]]: true }.
  DefineBuiltinData(agent, prototype, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag)),
                    agent.InternedString(u"Promise"), false, false, true);
}

}  // namespace async_runtime::builtins
