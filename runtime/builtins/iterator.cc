#include "runtime/builtins/iterator.h"

#include <cmath>
#include <optional>
#include <vector>

#include "runtime/builtins/generator.h"
#include "runtime/interpreter/array_object.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/iteration.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

using interpreter::RootedValue;
using interpreter::ThrowCompletion;
using interpreter::vm::IteratorRecord;
using HelperKind = IteratorHelperObject::Kind;
using HelperState = IteratorHelperObject::State;

namespace {

// 2^53 - 1, the largest limit take and drop accept.
constexpr double kMaxSafeInteger = 9007199254740991.0;

// The Iterator Record { [[Iterator]]: obj, [[NextMethod]]: undefined, [[Done]]: false } the helper methods
// build before validating their arguments, so that a validation error can close obj.
IteratorRecord UnvalidatedRecord(Agent& agent, Object* obj) {
  return IteratorRecord(agent.heap(), obj, Value::Undefined());
}

// An Iterator Helper's captured `iterated` record, rooted for the duration of a resumption.
IteratorRecord UnderlyingRecord(Agent& agent, IteratorHelperObject* helper) {
  return IteratorRecord(agent.heap(), helper->underlying_iterator(), helper->underlying_next_method());
}

// IfAbruptCloseIterator(value, iteratorRecord) when value is a throw completion: IteratorClose(iteratorRecord,
// value), which calls "return" and then answers value itself whatever "return" did.
ThrowCompletion CloseAfterThrow(Agent& agent, const IteratorRecord& iterator_record, ThrowCompletion completion) {
  return interpreter::vm::IteratorClose(agent, iterator_record, completion).throw_completion();
}

// Steps 1-2 shared by every Iterator.prototype method: the this value as an Object, or nullptr after which
// the caller throws the TypeError.
Object* ThisIteratorObject(Value this_value) { return this_value.IsObject() ? this_value.AsObject() : nullptr; }

// 7.3.37 SetterThatIgnoresPrototypeProperties ( thisValue, home, propertyKey, value )
// https://tc39.es/ecma262/#sec-SetterThatIgnoresPrototypeProperties
ThrowCompletionOr<void> SetterThatIgnoresPrototypeProperties(Agent& agent, Value this_value, Object* home,
                                                             const PropertyKey& property_key, Value value) {
  // 1. If thisValue is not an Object, then
  if (!this_value.IsObject()) {
    // a. Throw a TypeError exception.
    return interpreter::ThrowTypeError(agent, u"setter called on a non-object");
  }
  // 2. If SameValue(thisValue, home) is true, then
  if (this_value.AsObject() == home) {
    // a. NOTE: Throwing here emulates assignment to a non-writable data property on the home object in strict
    //    mode code.
    // b. Throw a TypeError exception.
    return interpreter::ThrowTypeError(agent, u"cannot assign to this property of the prototype itself");
  }
  heap::Handle<Object> this_object(agent.heap(), this_value.AsObject());
  RootedValue rooted_value(agent.heap(), value);
  // 3. Let propertyDesc be ? thisValue.[[GetOwnProperty]](propertyKey).
  std::optional<interpreter::PropertyDescriptor> property_desc =
      TRY(this_object->GetOwnProperty(agent, property_key));
  // 4. If propertyDesc is undefined, then
  if (!property_desc) {
    // a. Perform ? CreateDataPropertyOrThrow(thisValue, propertyKey, value).
    TRY(interpreter::CreateDataPropertyOrThrow(agent, this_object, property_key, rooted_value));
  } else {
    // 5. Else,
    //   a. Perform ? Set(thisValue, propertyKey, value, true).
    TRY(interpreter::Set(agent, this_object, property_key, rooted_value, true));
  }
  // 6. Return unused.
  return {};
}

enum class PrimitiveHandling { kIterateStringPrimitives, kRejectPrimitives };

// 7.4.5 GetIteratorFlattenable ( obj, primitiveHandling )
// https://tc39.es/ecma262/#sec-getiteratorflattenable
ThrowCompletionOr<IteratorRecord> GetIteratorFlattenable(Agent& agent, Value obj_value,
                                                                PrimitiveHandling primitive_handling) {
  RootedValue obj(agent.heap(), obj_value);
  // 1. If obj is not an Object, then
  if (!obj->IsObject()) {
    // a. If primitiveHandling is reject-primitives, throw a TypeError exception.
    if (primitive_handling == PrimitiveHandling::kRejectPrimitives) {
      return interpreter::ThrowTypeError(agent, u"flatMap mapper must return an iterator or iterable object");
    }
    // b. Assert: primitiveHandling is iterate-string-primitives.
    // c. If obj is not a String, throw a TypeError exception.
    if (!obj->IsString()) return interpreter::ThrowTypeError(agent, u"Iterator.from needs an object or a string");
  }
  // 2. Let method be ? GetMethod(obj, %Symbol.iterator%).
  PropertyKey iterator_key = PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kIterator));
  RootedValue method(agent.heap(), TRY(interpreter::vm::GetV(agent, agent.current_realm(), obj, iterator_key)));
  if (method->IsNullish()) {
    method = Value::Undefined();
  } else if (!interpreter::IsCallable(method)) {
    return interpreter::ThrowTypeError(agent, u"Symbol.iterator method is not callable");
  }
  RootedValue iterator(agent.heap());
  // 3. If method is undefined, then
  if (method->IsUndefined()) {
    // a. Let iterator be obj.
    iterator = obj.get();
  } else {
    // 4. Else,
    //   a. Let iterator be ? Call(method, obj).
    iterator = TRY(interpreter::Call(agent, method, obj));
  }
  // 5. If iterator is not an Object, throw a TypeError exception.
  if (!iterator->IsObject()) return interpreter::ThrowTypeError(agent, u"iterator is not an object");
  // 6. Return ? GetIteratorDirect(iterator).
  return interpreter::vm::GetIteratorDirect(agent, iterator->AsObject());
}

// 27.1.3.1.1 Iterator ( )
// https://tc39.es/ecma262/#sec-iterator
ThrowCompletionOr<Value> IteratorConstructor(Agent& agent, Value, std::span<const Value>, Object* new_target) {
  // 1. If NewTarget is either undefined or the active function object, throw a TypeError exception.
  if (new_target == nullptr || new_target == CurrentIntrinsic(agent, Intrinsic::kIterator)) {
    return interpreter::ThrowTypeError(agent, u"Iterator is an abstract class: it cannot be constructed directly");
  }
  // 2. Return ? OrdinaryCreateFromConstructor(NewTarget, "%Iterator.prototype%").
  return Value::FromObject(TRY(OrdinaryCreateFromConstructor(agent, new_target, Intrinsic::kIteratorPrototype)));
}

// 27.1.3.2.2 Iterator.from ( obj )
// https://tc39.es/ecma262/#sec-iterator.from
ThrowCompletionOr<Value> IteratorFrom(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let iteratorRecord be ? GetIteratorFlattenable(obj, iterate-string-primitives).
  IteratorRecord iterator_record =
      TRY(GetIteratorFlattenable(agent, Argument(arguments, 0), PrimitiveHandling::kIterateStringPrimitives));
  // 2. Let hasInstance be ? OrdinaryHasInstance(%Iterator%, iteratorRecord.[[Iterator]]).
  bool has_instance = TRY(interpreter::vm::OrdinaryHasInstance(
      agent, Value::FromObject(CurrentIntrinsic(agent, Intrinsic::kIterator)),
      Value::FromObject(iterator_record.iterator())));
  // 3. If hasInstance is true, then
  if (has_instance) {
    // a. Return iteratorRecord.[[Iterator]].
    return Value::FromObject(iterator_record.iterator());
  }
  // 4. Let wrapper be OrdinaryObjectCreate(%WrapForValidIteratorPrototype%, « [[Iterated]] »).
  // 5. Set wrapper.[[Iterated]] to iteratorRecord.
  // 6. Return wrapper.
  return Value::FromObject(interpreter::OrdinaryObjectCreate<WrapForValidIteratorObject>(
      agent, CurrentIntrinsic(agent, Intrinsic::kWrapForValidIteratorPrototype), iterator_record.iterator(),
      iterator_record.next_method()));
}

// 27.1.3.2.2.1.1 %WrapForValidIteratorPrototype%.next ( )
// https://tc39.es/ecma262/#sec-%wrapforvaliditeratorprototype%.next
ThrowCompletionOr<Value> WrapForValidIteratorPrototypeNext(Agent& agent, Value this_value, std::span<const Value>,
                                                           Object*) {
  // 1. Let obj be this value.
  // 2. Perform ? RequireInternalSlot(obj, [[Iterated]]).
  auto* obj = this_value.IsObject() ? dynamic_cast<WrapForValidIteratorObject*>(this_value.AsObject()) : nullptr;
  if (obj == nullptr) {
    return interpreter::ThrowTypeError(agent, u"%WrapForValidIteratorPrototype%.next called on a wrong object");
  }
  // 3. Let iteratorRecord be obj.[[Iterated]].
  // 4. Return ? Call(iteratorRecord.[[NextMethod]], iteratorRecord.[[Iterator]]).
  return interpreter::Call(agent, obj->next_method(), Value::FromObject(obj->iterator()));
}

// 27.1.3.2.2.1.2 %WrapForValidIteratorPrototype%.return ( )
// https://tc39.es/ecma262/#sec-%wrapforvaliditeratorprototype%.return
ThrowCompletionOr<Value> WrapForValidIteratorPrototypeReturn(Agent& agent, Value this_value, std::span<const Value>,
                                                             Object*) {
  // 1. Let obj be this value.
  // 2. Perform ? RequireInternalSlot(obj, [[Iterated]]).
  auto* obj = this_value.IsObject() ? dynamic_cast<WrapForValidIteratorObject*>(this_value.AsObject()) : nullptr;
  if (obj == nullptr) {
    return interpreter::ThrowTypeError(agent, u"%WrapForValidIteratorPrototype%.return called on a wrong object");
  }
  // 3. Let iterator be obj.[[Iterated]].[[Iterator]].
  // 4. Assert: iterator is an Object.
  heap::Handle<Object> iterator(agent.heap(), obj->iterator());
  // 5. Let returnMethod be ? GetMethod(iterator, "return").
  Value return_method = TRY(interpreter::vm::GetMethod(agent, iterator, agent.Key(u"return")));
  // 6. If returnMethod is undefined, then
  if (return_method.IsUndefined()) {
    // a. Return CreateIteratorResultObject(undefined, true).
    return Value::FromObject(interpreter::vm::CreateIteratorResultObject(agent, Value::Undefined(), true));
  }
  // 7. Return ? Call(returnMethod, iterator).
  return interpreter::Call(agent, return_method, Value::FromObject(iterator));
}

// 27.1.3.3.1.1 get Iterator.prototype.constructor
// https://tc39.es/ecma262/#sec-get-iterator.prototype.constructor
ThrowCompletionOr<Value> GetIteratorPrototypeConstructor(Agent& agent, Value, std::span<const Value>, Object*) {
  // 1. Return %Iterator%.
  return Value::FromObject(CurrentIntrinsic(agent, Intrinsic::kIterator));
}

// 27.1.3.3.1.2 set Iterator.prototype.constructor
// https://tc39.es/ecma262/#sec-set-iterator.prototype.constructor
ThrowCompletionOr<Value> SetIteratorPrototypeConstructor(Agent& agent, Value this_value,
                                                         std::span<const Value> arguments, Object*) {
  // 1. Perform ? SetterThatIgnoresPrototypeProperties(this value, %Iterator.prototype%, "constructor", v).
  TRY(SetterThatIgnoresPrototypeProperties(agent, this_value, CurrentIntrinsic(agent, Intrinsic::kIteratorPrototype),
                                           agent.Key(u"constructor"), Argument(arguments, 0)));
  // 2. Return undefined.
  return Value::Undefined();
}

// 27.1.3.3.15.1 get Iterator.prototype [ %Symbol.toStringTag% ]
// https://tc39.es/ecma262/#sec-get-iterator.prototype-%symbol.tostringtag%
ThrowCompletionOr<Value> GetIteratorPrototypeToStringTag(Agent& agent, Value, std::span<const Value>, Object*) {
  // 1. Return "Iterator".
  return agent.InternedString(u"Iterator");
}

// 27.1.3.3.15.2 set Iterator.prototype [ %Symbol.toStringTag% ]
// https://tc39.es/ecma262/#sec-set-iterator.prototype-%symbol.tostringtag%
ThrowCompletionOr<Value> SetIteratorPrototypeToStringTag(Agent& agent, Value this_value,
                                                         std::span<const Value> arguments, Object*) {
  // 1. Perform ? SetterThatIgnoresPrototypeProperties(this value, %Iterator.prototype%, %Symbol.toStringTag%, v).
  TRY(SetterThatIgnoresPrototypeProperties(
      agent, this_value, CurrentIntrinsic(agent, Intrinsic::kIteratorPrototype),
      PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag)), Argument(arguments, 0)));
  // 2. Return undefined.
  return Value::Undefined();
}

// ---------------------------------------------------------------------------------------------------------------
// The Abstract Closures of the lazy helpers. Each runs from where the helper is suspended to its next Yield and
// answers the yielded value, or nullopt when the closure returned (ReturnCompletion(undefined)). A resumption is
// the start (from suspended-start), a normal completion of the Yield (next()), or a return completion of the
// Yield (return() while suspended-yield).

enum class Resumption { kStart, kNext, kReturn };
using ClosureResult = ThrowCompletionOr<std::optional<Value>>;

// IfAbruptCloseIterator(completion, iterated) for the return completion a Yield gets from return(): close the
// underlying iterator and let the closure return.
ClosureResult CloseOnReturnFromYield(Agent& agent, const IteratorRecord& iterated) {
  // IteratorClose(iterated, ReturnCompletion(undefined)): a throw from "return" (or a non-Object result) wins.
  TRY(interpreter::vm::IteratorClose(agent, iterated, Value::Undefined()));
  return std::optional<Value>();
}

// The closure of Iterator.prototype.map (27.1.3.3.8 step 5).
ClosureResult MapClosure(Agent& agent, heap::Handle<IteratorHelperObject> helper, Resumption resumption) {
  IteratorRecord iterated = UnderlyingRecord(agent, helper);
  RootedValue mapper(agent.heap(), helper->callback());
  // b.v. Let completion be Completion(Yield(mapped)). vi. IfAbruptCloseIterator(completion, iterated).
  if (resumption == Resumption::kReturn) return CloseOnReturnFromYield(agent, iterated);
  // b.viii. Set counter to counter + 1 (after a Yield's normal completion).
  if (resumption == Resumption::kNext) helper->set_counter(helper->counter() + 1);
  // a. Let counter be +0 (the helper was created with counter +0).
  // b. Repeat,
  //   i. Let value be ? IteratorStepValue(iterated).
  std::optional<Value> step = TRY(interpreter::vm::IteratorStepValue(agent, iterated));
  //   ii. If value is done, return ReturnCompletion(undefined).
  if (!step) return std::optional<Value>();
  RootedValue value(agent.heap(), *step);
  //   iii. Let mapped be Completion(Call(mapper, undefined, « value, counter »)).
  Value call_arguments[] = {value, Value::Number(helper->counter())};
  ThrowCompletionOr<Value> mapped = interpreter::Call(agent, mapper, Value::Undefined(), call_arguments);
  //   iv. IfAbruptCloseIterator(mapped, iterated).
  if (mapped.is_throw_completion()) {
    return CloseAfterThrow(agent, iterated, mapped.throw_completion());
  }
  //   v. Let completion be Completion(Yield(mapped)).
  return std::optional<Value>(mapped.value());
}

// The closure of Iterator.prototype.filter (27.1.3.3.4 step 5).
ClosureResult FilterClosure(Agent& agent, heap::Handle<IteratorHelperObject> helper, Resumption resumption) {
  IteratorRecord iterated = UnderlyingRecord(agent, helper);
  RootedValue predicate(agent.heap(), helper->callback());
  // b.v.1. Let completion be Completion(Yield(value)). 2. IfAbruptCloseIterator(completion, iterated).
  if (resumption == Resumption::kReturn) return CloseOnReturnFromYield(agent, iterated);
  // b.vii. Set counter to counter + 1 (after a Yield's normal completion).
  if (resumption == Resumption::kNext) helper->set_counter(helper->counter() + 1);
  // a. Let counter be +0.
  // b. Repeat,
  while (true) {
    //   i. Let value be ? IteratorStepValue(iterated).
    std::optional<Value> step = TRY(interpreter::vm::IteratorStepValue(agent, iterated));
    //   ii. If value is done, return ReturnCompletion(undefined).
    if (!step) return std::optional<Value>();
    RootedValue value(agent.heap(), *step);
    //   iii. Let selected be Completion(Call(predicate, undefined, « value, counter »)).
    Value call_arguments[] = {value, Value::Number(helper->counter())};
    ThrowCompletionOr<Value> selected = interpreter::Call(agent, predicate, Value::Undefined(), call_arguments);
    //   iv. IfAbruptCloseIterator(selected, iterated).
    if (selected.is_throw_completion()) {
      return CloseAfterThrow(agent, iterated, selected.throw_completion());
    }
    //   v. If ToBoolean(selected) is true, then
    if (interpreter::vm::ToBoolean(selected.value())) {
      //   1. Let completion be Completion(Yield(value)).
      return std::optional<Value>(value.get());
    }
    //   vi. NOTE: The following step will not change counter once it reaches 2^53.
    //   vii. Set counter to counter + 1.
    helper->set_counter(helper->counter() + 1);
  }
}

// The closure of Iterator.prototype.take (27.1.3.3.11 step 11); `remaining` is the helper's counter.
ClosureResult TakeClosure(Agent& agent, heap::Handle<IteratorHelperObject> helper, Resumption resumption) {
  IteratorRecord iterated = UnderlyingRecord(agent, helper);
  // b.v. Let completion be Completion(Yield(value)). vi. IfAbruptCloseIterator(completion, iterated).
  if (resumption == Resumption::kReturn) return CloseOnReturnFromYield(agent, iterated);
  // a. Let remaining be 𝔽(intLimit).
  // b. Repeat,
  //   i. If remaining is +0, then
  if (helper->counter() == 0) {
    //   1. Return ? IteratorClose(iterated, ReturnCompletion(undefined)).
    TRY(interpreter::vm::IteratorClose(agent, iterated, Value::Undefined()));
    return std::optional<Value>();
  }
  //   ii. Set remaining to remaining - 1 (+∞ stays +∞).
  helper->set_counter(helper->counter() - 1);
  //   iii. Let value be ? IteratorStepValue(iterated).
  std::optional<Value> value = TRY(interpreter::vm::IteratorStepValue(agent, iterated));
  //   iv. If value is done, return ReturnCompletion(undefined).
  if (!value) return std::optional<Value>();
  //   v. Let completion be Completion(Yield(value)).
  return value;
}

// The closure of Iterator.prototype.drop (27.1.3.3.2 step 11); `remaining` is the helper's counter.
ClosureResult DropClosure(Agent& agent, heap::Handle<IteratorHelperObject> helper, Resumption resumption) {
  IteratorRecord iterated = UnderlyingRecord(agent, helper);
  // c.iii. Let completion be Completion(Yield(value)). iv. IfAbruptCloseIterator(completion, iterated).
  if (resumption == Resumption::kReturn) return CloseOnReturnFromYield(agent, iterated);
  if (resumption == Resumption::kStart) {
    // a. Let remaining be 𝔽(intLimit).
    // b. Repeat, while remaining > +0,
    while (helper->counter() > 0) {
      //   i. Set remaining to remaining - 1.
      helper->set_counter(helper->counter() - 1);
      //   ii. Let next be ? IteratorStep(iterated).
      Object* next = TRY(interpreter::vm::IteratorStep(agent, iterated));
      //   iii. If next is done, return ReturnCompletion(undefined).
      if (next == nullptr) return std::optional<Value>();
    }
  }
  // c. Repeat,
  //   i. Let value be ? IteratorStepValue(iterated).
  std::optional<Value> value = TRY(interpreter::vm::IteratorStepValue(agent, iterated));
  //   ii. If value is done, return ReturnCompletion(undefined).
  if (!value) return std::optional<Value>();
  //   iii. Let completion be Completion(Yield(value)).
  return value;
}

// The closure of Iterator.prototype.flatMap (27.1.3.3.6 step 5). While innerAlive, the helper holds
// innerIterator; a Yield only happens from the inner loop.
ClosureResult FlatMapClosure(Agent& agent, heap::Handle<IteratorHelperObject> helper, Resumption resumption) {
  IteratorRecord iterated = UnderlyingRecord(agent, helper);
  RootedValue mapper(agent.heap(), helper->callback());
  if (resumption == Resumption::kReturn) {
    IteratorRecord inner_iterator(agent.heap(), helper->inner_iterator(), helper->inner_next_method());
    helper->set_inner(nullptr, Value::Undefined());
    // b.viii.4.b. If completion is an abrupt completion, then
    //   i. Let backupCompletion be Completion(IteratorClose(innerIterator, completion)).
    ThrowCompletionOr<Value> backup_completion =
        interpreter::vm::IteratorClose(agent, inner_iterator, Value::Undefined());
    //   ii. IfAbruptCloseIterator(backupCompletion, iterated).
    if (backup_completion.is_throw_completion()) {
      return CloseAfterThrow(agent, iterated, backup_completion.throw_completion());
    }
    //   iii. Return ? IteratorClose(iterated, completion).
    return CloseOnReturnFromYield(agent, iterated);
  }
  // a. Let counter be +0.
  // b. Repeat,
  while (true) {
    if (helper->inner_iterator() == nullptr) {
      //   i. Let value be ? IteratorStepValue(iterated).
      std::optional<Value> step = TRY(interpreter::vm::IteratorStepValue(agent, iterated));
      //   ii. If value is done, return ReturnCompletion(undefined).
      if (!step) return std::optional<Value>();
      RootedValue value(agent.heap(), *step);
      //   iii. Let mapped be Completion(Call(mapper, undefined, « value, counter »)).
      Value call_arguments[] = {value, Value::Number(helper->counter())};
      ThrowCompletionOr<Value> mapped = interpreter::Call(agent, mapper, Value::Undefined(), call_arguments);
      //   iv. IfAbruptCloseIterator(mapped, iterated).
      if (mapped.is_throw_completion()) {
        return CloseAfterThrow(agent, iterated, mapped.throw_completion());
      }
      //   v. Let innerIterator be Completion(GetIteratorFlattenable(mapped, reject-primitives)).
      ThrowCompletionOr<IteratorRecord> inner_iterator =
          GetIteratorFlattenable(agent, mapped.value(), PrimitiveHandling::kRejectPrimitives);
      //   vi. IfAbruptCloseIterator(innerIterator, iterated).
      if (inner_iterator.is_throw_completion()) {
        return CloseAfterThrow(agent, iterated, inner_iterator.throw_completion());
      }
      //   vii. Let innerAlive be true.
      helper->set_inner(inner_iterator.value().iterator(), inner_iterator.value().next_method());
    }
    //   viii. Repeat, while innerAlive is true,
    IteratorRecord inner_iterator(agent.heap(), helper->inner_iterator(), helper->inner_next_method());
    //     1. Let innerValue be Completion(IteratorStepValue(innerIterator)).
    ThrowCompletionOr<std::optional<Value>> inner_value = interpreter::vm::IteratorStepValue(agent, inner_iterator);
    //     2. IfAbruptCloseIterator(innerValue, iterated).
    if (inner_value.is_throw_completion()) {
      helper->set_inner(nullptr, Value::Undefined());
      return CloseAfterThrow(agent, iterated, inner_value.throw_completion());
    }
    //     3. If innerValue is done, then
    if (!inner_value.value()) {
      //       a. Set innerAlive to false.
      helper->set_inner(nullptr, Value::Undefined());
      //   ix. NOTE: The following step will not change counter once it reaches 2^53.
      //   x. Set counter to counter + 1.
      helper->set_counter(helper->counter() + 1);
      continue;
    }
    //     4. Else,
    //       a. Let completion be Completion(Yield(innerValue)).
    return inner_value.value();
  }
}

// Runs the helper's closure for one resumption: what GeneratorStart's closure, GeneratorYield and
// RunSuspendedContext do together for a generator made by CreateIteratorFromClosure. The caller has set the
// state to executing; the closure's Yield leaves it suspended-yield, its return or throw completed.
ThrowCompletionOr<Value> ResumeIteratorHelper(Agent& agent, heap::Handle<IteratorHelperObject> helper,
                                              Resumption resumption) {
  ClosureResult result = std::optional<Value>();
  switch (helper->kind()) {
    case HelperKind::kMap:
      result = MapClosure(agent, helper, resumption);
      break;
    case HelperKind::kFilter:
      result = FilterClosure(agent, helper, resumption);
      break;
    case HelperKind::kTake:
      result = TakeClosure(agent, helper, resumption);
      break;
    case HelperKind::kDrop:
      result = DropClosure(agent, helper, resumption);
      break;
    case HelperKind::kFlatMap:
      result = FlatMapClosure(agent, helper, resumption);
      break;
  }
  if (result.is_throw_completion()) {
    // The closure threw: the generator is completed and the throw propagates.
    helper->set_state(HelperState::kCompleted);
    helper->set_inner(nullptr, Value::Undefined());
    return ThrowCompletion(result.thrown_value());
  }
  if (!result.value()) {
    // The closure returned undefined: the generator is completed, { value: undefined, done: true }.
    helper->set_state(HelperState::kCompleted);
    return Value::FromObject(interpreter::vm::CreateIteratorResultObject(agent, Value::Undefined(), true));
  }
  // Yield(value): GeneratorYield(CreateIteratorResultObject(value, false)) suspends the generator.
  helper->set_state(HelperState::kSuspendedYield);
  return Value::FromObject(interpreter::vm::CreateIteratorResultObject(agent, *result.value(), false));
}

// 27.8.3.2 GeneratorValidate ( gen, genBrand ): for genBrand "Iterator Helper"
// https://tc39.es/ecma262/#sec-generatorvalidate
// Answers the Iterator Helper object (its [[GeneratorState]] is the state).
ThrowCompletionOr<IteratorHelperObject*> GeneratorValidate(Agent& agent, Value gen) {
  // 1. Perform ? RequireInternalSlot(gen, [[GeneratorState]]).
  // 2. Perform ? RequireInternalSlot(gen, [[GeneratorBrand]]).
  // 3. If gen.[[GeneratorBrand]] is not genBrand, throw a TypeError exception. (Only Iterator Helper objects
  //    have the brand "Iterator Helper".)
  auto* helper = gen.IsObject() ? dynamic_cast<IteratorHelperObject*>(gen.AsObject()) : nullptr;
  if (helper == nullptr) return interpreter::ThrowTypeError(agent, u"not an Iterator Helper object");
  // 4. Assert: gen has a [[GeneratorContext]] internal slot.
  // 5. Let state be gen.[[GeneratorState]].
  // 6. If state is executing, throw a TypeError exception.
  if (helper->state() == HelperState::kExecuting) {
    return interpreter::ThrowTypeError(agent, u"Iterator Helper is already running");
  }
  // 7. Return state.
  return helper;
}

// 27.1.2.1.1 %IteratorHelperPrototype%.next ( )
// https://tc39.es/ecma262/#sec-%iteratorhelperprototype%.next
ThrowCompletionOr<Value> IteratorHelperPrototypeNext(Agent& agent, Value this_value, std::span<const Value>,
                                                     Object*) {
  // 1. Return ? GeneratorResume(this value, undefined, "Iterator Helper"):
  //   1. Let state be ? GeneratorValidate(gen, genBrand).
  heap::Handle<IteratorHelperObject> gen(agent.heap(), TRY(GeneratorValidate(agent, this_value)));
  HelperState state = gen->state();
  //   2. If state is completed, return CreateIteratorResultObject(undefined, true).
  if (state == HelperState::kCompleted) {
    return Value::FromObject(interpreter::vm::CreateIteratorResultObject(agent, Value::Undefined(), true));
  }
  //   3. Assert: state is either suspended-start or suspended-yield.
  //   4. Let genContext be gen.[[GeneratorContext]].
  //   5. Set gen.[[GeneratorState]] to executing.
  gen->set_state(HelperState::kExecuting);
  //   6. Return ? RunSuspendedContext(genContext, NormalCompletion(value)).
  return ResumeIteratorHelper(agent, gen,
                              state == HelperState::kSuspendedStart ? Resumption::kStart : Resumption::kNext);
}

// 27.1.2.1.2 %IteratorHelperPrototype%.return ( )
// https://tc39.es/ecma262/#sec-%iteratorhelperprototype%.return
ThrowCompletionOr<Value> IteratorHelperPrototypeReturn(Agent& agent, Value this_value, std::span<const Value>,
                                                       Object*) {
  // 1. Let O be this value.
  // 2. Perform ? RequireInternalSlot(O, [[UnderlyingIterators]]).
  auto* helper = this_value.IsObject() ? dynamic_cast<IteratorHelperObject*>(this_value.AsObject()) : nullptr;
  if (helper == nullptr) {
    return interpreter::ThrowTypeError(agent, u"%IteratorHelperPrototype%.return called on a wrong object");
  }
  heap::Handle<IteratorHelperObject> obj(agent.heap(), helper);
  // 3. Assert: O has a [[GeneratorState]] internal slot.
  // 4. If O.[[GeneratorState]] is suspended-start, then
  if (obj->state() == HelperState::kSuspendedStart) {
    // a. Set O.[[GeneratorState]] to completed.
    obj->set_state(HelperState::kCompleted);
    // b. NOTE: Once a generator enters the completed state it never leaves it and its associated execution
    //    context is never resumed. Any execution state associated with O can be discarded at this point.
    // c. Perform ? IteratorCloseAll(O.[[UnderlyingIterators]], NormalCompletion(unused)).
    //    (One underlying iterator: IteratorCloseAll is IteratorClose of it.)
    IteratorRecord underlying = UnderlyingRecord(agent, obj);
    TRY(interpreter::vm::IteratorClose(agent, underlying, Value::Undefined()));
    // d. Return CreateIteratorResultObject(undefined, true).
    return Value::FromObject(interpreter::vm::CreateIteratorResultObject(agent, Value::Undefined(), true));
  }
  // 5. Let C be ReturnCompletion(undefined).
  // 6. Return ? GeneratorResumeAbrupt(O, C, "Iterator Helper"):
  //   1. Let state be ? GeneratorValidate(gen, genBrand).
  TRY(GeneratorValidate(agent, Value::FromObject(obj)));
  //   2. If state is suspended-start, then ... (handled above)
  //   3. If state is completed, then
  if (obj->state() == HelperState::kCompleted) {
    //   a. If abruptCompletion is a return completion, then
    //     i. Return CreateIteratorResultObject(abruptCompletion.[[Value]], true).
    return Value::FromObject(interpreter::vm::CreateIteratorResultObject(agent, Value::Undefined(), true));
  }
  //   4. Assert: state is suspended-yield.
  //   5. Let genContext be gen.[[GeneratorContext]].
  //   6. Set gen.[[GeneratorState]] to executing.
  obj->set_state(HelperState::kExecuting);
  //   7. Return ? RunSuspendedContext(genContext, abruptCompletion).
  return ResumeIteratorHelper(agent, obj, Resumption::kReturn);
}

// Creates the Iterator Helper object: CreateIteratorFromClosure(closure, "Iterator Helper",
// %IteratorHelperPrototype%, « [[UnderlyingIterators]] ») with [[UnderlyingIterators]] « iterated ».
Value CreateIteratorHelper(Agent& agent, HelperKind kind, const IteratorRecord& iterated, Value callback,
                           double counter) {
  return Value::FromObject(interpreter::OrdinaryObjectCreate<IteratorHelperObject>(
      agent, CurrentIntrinsic(agent, Intrinsic::kIteratorHelperPrototype), kind, iterated.iterator(),
      iterated.next_method(), callback, counter));
}

// 27.1.3.3.8 Iterator.prototype.map ( mapper )
// https://tc39.es/ecma262/#sec-iterator.prototype.map
ThrowCompletionOr<Value> IteratorPrototypeMap(Agent& agent, Value this_value, std::span<const Value> arguments,
                                              Object*) {
  Value mapper = Argument(arguments, 0);
  // 1. Let O be the this value.
  // 2. If O is not an Object, throw a TypeError exception.
  Object* obj = ThisIteratorObject(this_value);
  if (obj == nullptr) return interpreter::ThrowTypeError(agent, u"Iterator.prototype.map called on a non-object");
  // 3. Let iterated be the Iterator Record { [[Iterator]]: O, [[NextMethod]]: undefined, [[Done]]: false }.
  IteratorRecord unvalidated = UnvalidatedRecord(agent, obj);
  // 4. If IsCallable(mapper) is false, then
  if (!interpreter::IsCallable(mapper)) {
    // a. Let error be ThrowCompletion(a newly created TypeError object).
    // b. Return ? IteratorClose(iterated, error).
    return interpreter::vm::IteratorClose(agent, unvalidated,
                                          interpreter::ThrowTypeError(agent, u"map mapper is not callable"));
  }
  // 5. Set iterated to ? GetIteratorDirect(O).
  IteratorRecord iterated = TRY(interpreter::vm::GetIteratorDirect(agent, unvalidated.iterator()));
  // 6. Let closure be a new Abstract Closure ... (MapClosure).
  // 7. Let result be CreateIteratorFromClosure(closure, "Iterator Helper", %IteratorHelperPrototype%,
  //    « [[UnderlyingIterators]] »).
  // 8. Set result.[[UnderlyingIterators]] to « iterated ».
  // 9. Return result.
  return CreateIteratorHelper(agent, HelperKind::kMap, iterated, mapper, 0);
}

// 27.1.3.3.4 Iterator.prototype.filter ( predicate )
// https://tc39.es/ecma262/#sec-iterator.prototype.filter
ThrowCompletionOr<Value> IteratorPrototypeFilter(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  Value predicate = Argument(arguments, 0);
  // 1. Let O be the this value.
  // 2. If O is not an Object, throw a TypeError exception.
  Object* obj = ThisIteratorObject(this_value);
  if (obj == nullptr) return interpreter::ThrowTypeError(agent, u"Iterator.prototype.filter called on a non-object");
  // 3. Let iterated be the Iterator Record { [[Iterator]]: O, [[NextMethod]]: undefined, [[Done]]: false }.
  IteratorRecord unvalidated = UnvalidatedRecord(agent, obj);
  // 4. If IsCallable(predicate) is false, then
  if (!interpreter::IsCallable(predicate)) {
    // a. Let error be ThrowCompletion(a newly created TypeError object).
    // b. Return ? IteratorClose(iterated, error).
    return interpreter::vm::IteratorClose(agent, unvalidated,
                                          interpreter::ThrowTypeError(agent, u"filter predicate is not callable"));
  }
  // 5. Set iterated to ? GetIteratorDirect(O).
  IteratorRecord iterated = TRY(interpreter::vm::GetIteratorDirect(agent, unvalidated.iterator()));
  // 6. Let closure be a new Abstract Closure ... (FilterClosure).
  // 7. Let result be CreateIteratorFromClosure(closure, "Iterator Helper", %IteratorHelperPrototype%,
  //    « [[UnderlyingIterators]] »).
  // 8. Set result.[[UnderlyingIterators]] to « iterated ».
  // 9. Return result.
  return CreateIteratorHelper(agent, HelperKind::kFilter, iterated, predicate, 0);
}

// Steps 3-10 of take and drop: the limit as an integer or +∞, after ToNumber and the range checks, each of
// whose errors closes the (unvalidated) iterated record.
ThrowCompletionOr<double> ValidateLimit(Agent& agent, const IteratorRecord& iterated, Value limit,
                                        std::u16string_view method_name) {
  // 4. Let numberLimit be Completion(ToNumber(limit)).
  ThrowCompletionOr<double> number_limit = interpreter::vm::ToNumber(agent, limit);
  // 5. IfAbruptCloseIterator(numberLimit, iterated).
  if (number_limit.is_throw_completion()) {
    return CloseAfterThrow(agent, iterated, number_limit.throw_completion());
  }
  double number = number_limit.value();
  // 6. If numberLimit is NaN, then
  if (std::isnan(number)) {
    // a. Let error be ThrowCompletion(a newly created RangeError object).
    // b. Return ? IteratorClose(iterated, error).
    std::u16string message = std::u16string(method_name) + u" limit must be a number";
    return CloseAfterThrow(agent, iterated, interpreter::ThrowRangeError(agent, message));
  }
  // 7. If numberLimit is finite and numberLimit > 𝔽(2^53 - 1), then
  if (std::isfinite(number) && number > kMaxSafeInteger) {
    // a. Let error be ThrowCompletion(a newly created RangeError object).
    // b. Return ? IteratorClose(iterated, error).
    std::u16string message = std::u16string(method_name) + u" limit must be at most 2^53 - 1";
    return CloseAfterThrow(agent, iterated, interpreter::ThrowRangeError(agent, message));
  }
  // 8. Let intLimit be ! ToIntegerOrInfinity(numberLimit).
  double int_limit = MUST(interpreter::vm::ToIntegerOrInfinity(agent, Value::Number(number)));
  // 9. If intLimit < 0, then
  if (int_limit < 0) {
    // a. Let error be ThrowCompletion(a newly created RangeError object).
    // b. Return ? IteratorClose(iterated, error).
    std::u16string message = std::u16string(method_name) + u" limit must not be negative";
    return CloseAfterThrow(agent, iterated, interpreter::ThrowRangeError(agent, message));
  }
  return int_limit;
}

// 27.1.3.3.11 Iterator.prototype.take ( limit )
// https://tc39.es/ecma262/#sec-iterator.prototype.take
ThrowCompletionOr<Value> IteratorPrototypeTake(Agent& agent, Value this_value, std::span<const Value> arguments,
                                               Object*) {
  // 1. Let O be the this value.
  // 2. If O is not an Object, throw a TypeError exception.
  Object* obj = ThisIteratorObject(this_value);
  if (obj == nullptr) return interpreter::ThrowTypeError(agent, u"Iterator.prototype.take called on a non-object");
  // 3. Let iterated be the Iterator Record { [[Iterator]]: O, [[NextMethod]]: undefined, [[Done]]: false }.
  IteratorRecord unvalidated = UnvalidatedRecord(agent, obj);
  // 4.-9. numberLimit, the RangeErrors (each closing iterated) and intLimit.
  double int_limit = TRY(ValidateLimit(agent, unvalidated, Argument(arguments, 0), u"take"));
  // 10. Set iterated to ? GetIteratorDirect(O).
  IteratorRecord iterated = TRY(interpreter::vm::GetIteratorDirect(agent, unvalidated.iterator()));
  // 11. Let closure be a new Abstract Closure ... (TakeClosure, remaining starting at intLimit).
  // 12. Let result be CreateIteratorFromClosure(closure, "Iterator Helper", %IteratorHelperPrototype%,
  //     « [[UnderlyingIterators]] »).
  // 13. Set result.[[UnderlyingIterators]] to « iterated ».
  // 14. Return result.
  return CreateIteratorHelper(agent, HelperKind::kTake, iterated, Value::Undefined(), int_limit);
}

// 27.1.3.3.2 Iterator.prototype.drop ( limit )
// https://tc39.es/ecma262/#sec-iterator.prototype.drop
ThrowCompletionOr<Value> IteratorPrototypeDrop(Agent& agent, Value this_value, std::span<const Value> arguments,
                                               Object*) {
  // 1. Let O be the this value.
  // 2. If O is not an Object, throw a TypeError exception.
  Object* obj = ThisIteratorObject(this_value);
  if (obj == nullptr) return interpreter::ThrowTypeError(agent, u"Iterator.prototype.drop called on a non-object");
  // 3. Let iterated be the Iterator Record { [[Iterator]]: O, [[NextMethod]]: undefined, [[Done]]: false }.
  IteratorRecord unvalidated = UnvalidatedRecord(agent, obj);
  // 4.-9. numberLimit, the RangeErrors (each closing iterated) and intLimit.
  double int_limit = TRY(ValidateLimit(agent, unvalidated, Argument(arguments, 0), u"drop"));
  // 10. Set iterated to ? GetIteratorDirect(O).
  IteratorRecord iterated = TRY(interpreter::vm::GetIteratorDirect(agent, unvalidated.iterator()));
  // 11. Let closure be a new Abstract Closure ... (DropClosure, remaining starting at intLimit).
  // 12. Let result be CreateIteratorFromClosure(closure, "Iterator Helper", %IteratorHelperPrototype%,
  //     « [[UnderlyingIterators]] »).
  // 13. Set result.[[UnderlyingIterators]] to « iterated ».
  // 14. Return result.
  return CreateIteratorHelper(agent, HelperKind::kDrop, iterated, Value::Undefined(), int_limit);
}

// 27.1.3.3.6 Iterator.prototype.flatMap ( mapper )
// https://tc39.es/ecma262/#sec-iterator.prototype.flatmap
ThrowCompletionOr<Value> IteratorPrototypeFlatMap(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                  Object*) {
  Value mapper = Argument(arguments, 0);
  // 1. Let O be the this value.
  // 2. If O is not an Object, throw a TypeError exception.
  Object* obj = ThisIteratorObject(this_value);
  if (obj == nullptr) {
    return interpreter::ThrowTypeError(agent, u"Iterator.prototype.flatMap called on a non-object");
  }
  // 3. Let iterated be the Iterator Record { [[Iterator]]: O, [[NextMethod]]: undefined, [[Done]]: false }.
  IteratorRecord unvalidated = UnvalidatedRecord(agent, obj);
  // 4. If IsCallable(mapper) is false, then
  if (!interpreter::IsCallable(mapper)) {
    // a. Let error be ThrowCompletion(a newly created TypeError object).
    // b. Return ? IteratorClose(iterated, error).
    return interpreter::vm::IteratorClose(agent, unvalidated,
                                          interpreter::ThrowTypeError(agent, u"flatMap mapper is not callable"));
  }
  // 5. Set iterated to ? GetIteratorDirect(O).
  IteratorRecord iterated = TRY(interpreter::vm::GetIteratorDirect(agent, unvalidated.iterator()));
  // 6. Let closure be a new Abstract Closure ... (FlatMapClosure).
  // 7. Let result be CreateIteratorFromClosure(closure, "Iterator Helper", %IteratorHelperPrototype%,
  //    « [[UnderlyingIterators]] »).
  // 8. Set result.[[UnderlyingIterators]] to « iterated ».
  // 9. Return result.
  return CreateIteratorHelper(agent, HelperKind::kFlatMap, iterated, mapper, 0);
}

// 27.1.3.3.9 Iterator.prototype.reduce ( reducer [ , initialValue ] )
// https://tc39.es/ecma262/#sec-iterator.prototype.reduce
ThrowCompletionOr<Value> IteratorPrototypeReduce(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  Value reducer = Argument(arguments, 0);
  // 1. Let O be the this value.
  // 2. If O is not an Object, throw a TypeError exception.
  Object* obj = ThisIteratorObject(this_value);
  if (obj == nullptr) return interpreter::ThrowTypeError(agent, u"Iterator.prototype.reduce called on a non-object");
  // 3. Let iterated be the Iterator Record { [[Iterator]]: O, [[NextMethod]]: undefined, [[Done]]: false }.
  IteratorRecord unvalidated = UnvalidatedRecord(agent, obj);
  // 4. If IsCallable(reducer) is false, then
  if (!interpreter::IsCallable(reducer)) {
    // a. Let error be ThrowCompletion(a newly created TypeError object).
    // b. Return ? IteratorClose(iterated, error).
    return interpreter::vm::IteratorClose(agent, unvalidated,
                                          interpreter::ThrowTypeError(agent, u"reduce reducer is not callable"));
  }
  // 5. Set iterated to ? GetIteratorDirect(O).
  IteratorRecord iterated = TRY(interpreter::vm::GetIteratorDirect(agent, unvalidated.iterator()));
  RootedValue accumulator(agent.heap());
  double counter;
  // 6. If initialValue is not present, then
  if (arguments.size() < 2) {
    // a. Let accumulator be ? IteratorStepValue(iterated).
    std::optional<Value> first = TRY(interpreter::vm::IteratorStepValue(agent, iterated));
    // b. If accumulator is done, throw a TypeError exception.
    if (!first) return interpreter::ThrowTypeError(agent, u"reduce of an empty iterator with no initial value");
    accumulator = *first;
    // c. Let counter be 1𝔽.
    counter = 1;
  } else {
    // 7. Else,
    //   a. Let accumulator be initialValue.
    accumulator = arguments[1];
    //   b. Let counter be +0𝔽.
    counter = 0;
  }
  // 8. Repeat,
  while (true) {
    //   a. Let value be ? IteratorStepValue(iterated).
    std::optional<Value> step = TRY(interpreter::vm::IteratorStepValue(agent, iterated));
    //   b. If value is done, return accumulator.
    if (!step) return accumulator.get();
    RootedValue value(agent.heap(), *step);
    //   c. Let result be Completion(Call(reducer, undefined, « accumulator, value, counter »)).
    Value call_arguments[] = {accumulator, value, Value::Number(counter)};
    ThrowCompletionOr<Value> result = interpreter::Call(agent, reducer, Value::Undefined(), call_arguments);
    //   d. IfAbruptCloseIterator(result, iterated).
    if (result.is_throw_completion()) return interpreter::vm::IteratorClose(agent, iterated, result);
    //   e. Set accumulator to result.
    accumulator = result.value();
    //   f. NOTE: The following step will not change counter once it reaches 2^53.
    //   g. Set counter to counter + 1𝔽.
    counter += 1;
  }
}

// 27.1.3.3.12 Iterator.prototype.toArray ( )
// https://tc39.es/ecma262/#sec-iterator.prototype.toarray
ThrowCompletionOr<Value> IteratorPrototypeToArray(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let O be the this value.
  // 2. If O is not an Object, throw a TypeError exception.
  Object* obj = ThisIteratorObject(this_value);
  if (obj == nullptr) {
    return interpreter::ThrowTypeError(agent, u"Iterator.prototype.toArray called on a non-object");
  }
  // 3. Let iterated be ? GetIteratorDirect(O).
  IteratorRecord iterated = TRY(interpreter::vm::GetIteratorDirect(agent, obj));
  // 4. Let items be a new empty List.
  interpreter::RootedValueVector items(agent.heap());
  // 5. Repeat,
  while (true) {
    //   a. Let value be ? IteratorStepValue(iterated).
    std::optional<Value> value = TRY(interpreter::vm::IteratorStepValue(agent, iterated));
    //   b. If value is done, return CreateArrayFromList(items).
    if (!value) {
      return Value::FromObject(interpreter::CreateArrayFromList(agent, std::span<const Value>(items.values())));
    }
    //   c. Append value to items.
    items.values().push_back(*value);
  }
}

// 27.1.3.3.7 Iterator.prototype.forEach ( procedure )
// https://tc39.es/ecma262/#sec-iterator.prototype.foreach
ThrowCompletionOr<Value> IteratorPrototypeForEach(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                  Object*) {
  Value procedure = Argument(arguments, 0);
  // 1. Let O be the this value.
  // 2. If O is not an Object, throw a TypeError exception.
  Object* obj = ThisIteratorObject(this_value);
  if (obj == nullptr) {
    return interpreter::ThrowTypeError(agent, u"Iterator.prototype.forEach called on a non-object");
  }
  // 3. Let iterated be the Iterator Record { [[Iterator]]: O, [[NextMethod]]: undefined, [[Done]]: false }.
  IteratorRecord unvalidated = UnvalidatedRecord(agent, obj);
  // 4. If IsCallable(procedure) is false, then
  if (!interpreter::IsCallable(procedure)) {
    // a. Let error be ThrowCompletion(a newly created TypeError object).
    // b. Return ? IteratorClose(iterated, error).
    return interpreter::vm::IteratorClose(agent, unvalidated,
                                          interpreter::ThrowTypeError(agent, u"forEach procedure is not callable"));
  }
  // 5. Set iterated to ? GetIteratorDirect(O).
  IteratorRecord iterated = TRY(interpreter::vm::GetIteratorDirect(agent, unvalidated.iterator()));
  // 6. Let counter be +0𝔽.
  double counter = 0;
  // 7. Repeat,
  while (true) {
    //   a. Let value be ? IteratorStepValue(iterated).
    std::optional<Value> step = TRY(interpreter::vm::IteratorStepValue(agent, iterated));
    //   b. If value is done, return undefined.
    if (!step) return Value::Undefined();
    RootedValue value(agent.heap(), *step);
    //   c. Let result be Completion(Call(procedure, undefined, « value, counter »)).
    Value call_arguments[] = {value, Value::Number(counter)};
    ThrowCompletionOr<Value> result = interpreter::Call(agent, procedure, Value::Undefined(), call_arguments);
    //   d. IfAbruptCloseIterator(result, iterated).
    if (result.is_throw_completion()) return interpreter::vm::IteratorClose(agent, iterated, result);
    //   e. NOTE: The following step will not change counter once it reaches 2^53.
    //   f. Set counter to counter + 1𝔽.
    counter += 1;
  }
}

// 27.1.3.3.10 Iterator.prototype.some ( predicate )
// https://tc39.es/ecma262/#sec-iterator.prototype.some
ThrowCompletionOr<Value> IteratorPrototypeSome(Agent& agent, Value this_value, std::span<const Value> arguments,
                                               Object*) {
  Value predicate = Argument(arguments, 0);
  // 1. Let O be the this value.
  // 2. If O is not an Object, throw a TypeError exception.
  Object* obj = ThisIteratorObject(this_value);
  if (obj == nullptr) return interpreter::ThrowTypeError(agent, u"Iterator.prototype.some called on a non-object");
  // 3. Let iterated be the Iterator Record { [[Iterator]]: O, [[NextMethod]]: undefined, [[Done]]: false }.
  IteratorRecord unvalidated = UnvalidatedRecord(agent, obj);
  // 4. If IsCallable(predicate) is false, then
  if (!interpreter::IsCallable(predicate)) {
    // a. Let error be ThrowCompletion(a newly created TypeError object).
    // b. Return ? IteratorClose(iterated, error).
    return interpreter::vm::IteratorClose(agent, unvalidated,
                                          interpreter::ThrowTypeError(agent, u"some predicate is not callable"));
  }
  // 5. Set iterated to ? GetIteratorDirect(O).
  IteratorRecord iterated = TRY(interpreter::vm::GetIteratorDirect(agent, unvalidated.iterator()));
  // 6. Let counter be +0𝔽.
  double counter = 0;
  // 7. Repeat,
  while (true) {
    //   a. Let value be ? IteratorStepValue(iterated).
    std::optional<Value> step = TRY(interpreter::vm::IteratorStepValue(agent, iterated));
    //   b. If value is done, return false.
    if (!step) return Value::Boolean(false);
    RootedValue value(agent.heap(), *step);
    //   c. Let result be Completion(Call(predicate, undefined, « value, counter »)).
    Value call_arguments[] = {value, Value::Number(counter)};
    ThrowCompletionOr<Value> result = interpreter::Call(agent, predicate, Value::Undefined(), call_arguments);
    //   d. IfAbruptCloseIterator(result, iterated).
    if (result.is_throw_completion()) return interpreter::vm::IteratorClose(agent, iterated, result);
    //   e. If ToBoolean(result) is true, return ? IteratorClose(iterated, NormalCompletion(true)).
    if (interpreter::vm::ToBoolean(result.value())) {
      return interpreter::vm::IteratorClose(agent, iterated, Value::Boolean(true));
    }
    //   f. NOTE: The following step will not change counter once it reaches 2^53.
    //   g. Set counter to counter + 1𝔽.
    counter += 1;
  }
}

// 27.1.3.3.3 Iterator.prototype.every ( predicate )
// https://tc39.es/ecma262/#sec-iterator.prototype.every
ThrowCompletionOr<Value> IteratorPrototypeEvery(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                Object*) {
  Value predicate = Argument(arguments, 0);
  // 1. Let O be the this value.
  // 2. If O is not an Object, throw a TypeError exception.
  Object* obj = ThisIteratorObject(this_value);
  if (obj == nullptr) return interpreter::ThrowTypeError(agent, u"Iterator.prototype.every called on a non-object");
  // 3. Let iterated be the Iterator Record { [[Iterator]]: O, [[NextMethod]]: undefined, [[Done]]: false }.
  IteratorRecord unvalidated = UnvalidatedRecord(agent, obj);
  // 4. If IsCallable(predicate) is false, then
  if (!interpreter::IsCallable(predicate)) {
    // a. Let error be ThrowCompletion(a newly created TypeError object).
    // b. Return ? IteratorClose(iterated, error).
    return interpreter::vm::IteratorClose(agent, unvalidated,
                                          interpreter::ThrowTypeError(agent, u"every predicate is not callable"));
  }
  // 5. Set iterated to ? GetIteratorDirect(O).
  IteratorRecord iterated = TRY(interpreter::vm::GetIteratorDirect(agent, unvalidated.iterator()));
  // 6. Let counter be +0𝔽.
  double counter = 0;
  // 7. Repeat,
  while (true) {
    //   a. Let value be ? IteratorStepValue(iterated).
    std::optional<Value> step = TRY(interpreter::vm::IteratorStepValue(agent, iterated));
    //   b. If value is done, return true.
    if (!step) return Value::Boolean(true);
    RootedValue value(agent.heap(), *step);
    //   c. Let result be Completion(Call(predicate, undefined, « value, counter »)).
    Value call_arguments[] = {value, Value::Number(counter)};
    ThrowCompletionOr<Value> result = interpreter::Call(agent, predicate, Value::Undefined(), call_arguments);
    //   d. IfAbruptCloseIterator(result, iterated).
    if (result.is_throw_completion()) return interpreter::vm::IteratorClose(agent, iterated, result);
    //   e. If ToBoolean(result) is false, return ? IteratorClose(iterated, NormalCompletion(false)).
    if (!interpreter::vm::ToBoolean(result.value())) {
      return interpreter::vm::IteratorClose(agent, iterated, Value::Boolean(false));
    }
    //   f. NOTE: The following step will not change counter once it reaches 2^53.
    //   g. Set counter to counter + 1𝔽.
    counter += 1;
  }
}

// 27.1.3.3.5 Iterator.prototype.find ( predicate )
// https://tc39.es/ecma262/#sec-iterator.prototype.find
ThrowCompletionOr<Value> IteratorPrototypeFind(Agent& agent, Value this_value, std::span<const Value> arguments,
                                               Object*) {
  Value predicate = Argument(arguments, 0);
  // 1. Let O be the this value.
  // 2. If O is not an Object, throw a TypeError exception.
  Object* obj = ThisIteratorObject(this_value);
  if (obj == nullptr) return interpreter::ThrowTypeError(agent, u"Iterator.prototype.find called on a non-object");
  // 3. Let iterated be the Iterator Record { [[Iterator]]: O, [[NextMethod]]: undefined, [[Done]]: false }.
  IteratorRecord unvalidated = UnvalidatedRecord(agent, obj);
  // 4. If IsCallable(predicate) is false, then
  if (!interpreter::IsCallable(predicate)) {
    // a. Let error be ThrowCompletion(a newly created TypeError object).
    // b. Return ? IteratorClose(iterated, error).
    return interpreter::vm::IteratorClose(agent, unvalidated,
                                          interpreter::ThrowTypeError(agent, u"find predicate is not callable"));
  }
  // 5. Set iterated to ? GetIteratorDirect(O).
  IteratorRecord iterated = TRY(interpreter::vm::GetIteratorDirect(agent, unvalidated.iterator()));
  // 6. Let counter be +0𝔽.
  double counter = 0;
  // 7. Repeat,
  while (true) {
    //   a. Let value be ? IteratorStepValue(iterated).
    std::optional<Value> step = TRY(interpreter::vm::IteratorStepValue(agent, iterated));
    //   b. If value is done, return undefined.
    if (!step) return Value::Undefined();
    RootedValue value(agent.heap(), *step);
    //   c. Let result be Completion(Call(predicate, undefined, « value, counter »)).
    Value call_arguments[] = {value, Value::Number(counter)};
    ThrowCompletionOr<Value> result = interpreter::Call(agent, predicate, Value::Undefined(), call_arguments);
    //   d. IfAbruptCloseIterator(result, iterated).
    if (result.is_throw_completion()) return interpreter::vm::IteratorClose(agent, iterated, result);
    //   e. If ToBoolean(result) is true, return ? IteratorClose(iterated, NormalCompletion(value)).
    if (interpreter::vm::ToBoolean(result.value())) return interpreter::vm::IteratorClose(agent, iterated, value.get());
    //   f. NOTE: The following step will not change counter once it reaches 2^53.
    //   g. Set counter to counter + 1𝔽.
    counter += 1;
  }
}

}  // namespace

void CreateIteratorIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 27.1.3.3 %Iterator.prototype%: made already by the Array or Generator family (EnsureIteratorPrototype keeps
  // it, with its [Symbol.iterator]); completed here.
  heap::Handle<Object> iterator_prototype(agent.heap(), EnsureIteratorPrototype(agent, realm));
  PropertyKey to_string_tag = PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag));

  // 27.1.3.1 The Iterator constructor (length 0); 27.1.3.2 its [[Prototype]] is %Function.prototype%.
  heap::Handle<Object> iterator_constructor(
      agent.heap(), CreateBuiltinConstructor(agent, realm, Intrinsic::kIterator, u"Iterator", 0,
                                             IteratorConstructor, nullptr));
  // 27.1.3.2.3 Iterator.prototype: { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false }.
  DefineBuiltinData(agent, iterator_constructor, u"prototype", Value::FromObject(iterator_prototype), false, false,
                    false);
  DefineBuiltinMethod(agent, realm, iterator_constructor, u"from", 1, IteratorFrom);

  // 27.1.3.3.1 Iterator.prototype.constructor: an accessor { [[Enumerable]]: false, [[Configurable]]: true }.
  DefineBuiltinAccessor(agent, realm, iterator_prototype, agent.Key(u"constructor"), GetIteratorPrototypeConstructor,
                        SetIteratorPrototypeConstructor);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"drop", 1, IteratorPrototypeDrop);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"every", 1, IteratorPrototypeEvery);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"filter", 1, IteratorPrototypeFilter);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"find", 1, IteratorPrototypeFind);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"flatMap", 1, IteratorPrototypeFlatMap);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"forEach", 1, IteratorPrototypeForEach);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"map", 1, IteratorPrototypeMap);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"reduce", 1, IteratorPrototypeReduce);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"some", 1, IteratorPrototypeSome);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"take", 1, IteratorPrototypeTake);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"toArray", 0, IteratorPrototypeToArray);
  // 27.1.3.3.15 Iterator.prototype [ %Symbol.toStringTag% ]: an accessor { [[Enumerable]]: false,
  // [[Configurable]]: true }.
  DefineBuiltinAccessor(agent, realm, iterator_prototype, to_string_tag, GetIteratorPrototypeToStringTag,
                        SetIteratorPrototypeToStringTag);

  // 27.1.3.2.2.1 %WrapForValidIteratorPrototype%: an ordinary object whose [[Prototype]] is %Iterator.prototype%.
  realm->set_intrinsic(Intrinsic::kWrapForValidIteratorPrototype,
                       interpreter::OrdinaryObjectCreate(agent, iterator_prototype));
  heap::Handle<Object> wrap_prototype(agent.heap(), realm->intrinsic(Intrinsic::kWrapForValidIteratorPrototype));
  DefineBuiltinMethod(agent, realm, wrap_prototype, u"next", 0, WrapForValidIteratorPrototypeNext);
  DefineBuiltinMethod(agent, realm, wrap_prototype, u"return", 0, WrapForValidIteratorPrototypeReturn);

  // 27.1.2.1 %IteratorHelperPrototype%: an ordinary object whose [[Prototype]] is %Iterator.prototype%.
  realm->set_intrinsic(Intrinsic::kIteratorHelperPrototype,
                       interpreter::OrdinaryObjectCreate(agent, iterator_prototype));
  heap::Handle<Object> helper_prototype(agent.heap(), realm->intrinsic(Intrinsic::kIteratorHelperPrototype));
  DefineBuiltinMethod(agent, realm, helper_prototype, u"next", 0, IteratorHelperPrototypeNext);
  DefineBuiltinMethod(agent, realm, helper_prototype, u"return", 0, IteratorHelperPrototypeReturn);
  // 27.1.2.1.3 %IteratorHelperPrototype% [ %Symbol.toStringTag% ]: "Iterator Helper",
  // { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: true }.
  DefineBuiltinData(agent, helper_prototype, to_string_tag, agent.InternedString(u"Iterator Helper"), false, false,
                    true);
}

}  // namespace async_runtime::builtins
