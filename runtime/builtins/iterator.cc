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

// 7.4.12 IteratorCloseAll ( iterators, completion )
// https://tc39.es/ecma262/#sec-iteratorcloseall
ThrowCompletionOr<Value> IteratorCloseAll(Agent& agent, const std::vector<IteratorRecord>& iterators,
                                          ThrowCompletionOr<Value> completion) {
  // 1. For each element iterator of iterators, in reverse List order, do
  for (auto iterator = iterators.rbegin(); iterator != iterators.rend(); ++iterator) {
    // a. Set completion to Completion(IteratorClose(iterator, completion)).
    completion = interpreter::vm::IteratorClose(agent, *iterator, std::move(completion));
  }
  // 2. Return ? completion.
  return completion;
}

// IfAbruptCloseIterators(value, iteratorRecords) (7.4.14) when value is a throw completion: IteratorCloseAll
// answers that throw completion whatever the "return" methods do.
ThrowCompletion CloseAllAfterThrow(Agent& agent, const std::vector<IteratorRecord>& iterators,
                                   ThrowCompletion completion) {
  return IteratorCloseAll(agent, iterators, completion).throw_completion();
}

// 7.3.36 GetOptionsObject ( options )
// https://tc39.es/ecma262/#sec-getoptionsobject
ThrowCompletionOr<Object*> GetOptionsObject(Agent& agent, Value options) {
  // 1. If options is undefined, then
  if (options.IsUndefined()) {
    // a. Return OrdinaryObjectCreate(null).
    return interpreter::OrdinaryObjectCreate(agent, nullptr);
  }
  // 2. If options is an Object, then
  //   a. Return options.
  if (options.IsObject()) return options.AsObject();
  // 3. Throw a TypeError exception.
  return interpreter::ThrowTypeError(agent, u"options must be an object or undefined");
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
      return interpreter::ThrowTypeError(agent, u"value is not an iterator or an iterable object");
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

// The closure of Iterator.concat (27.1.3.2.1 step 3). The helper's counter is the index of the next Record of
// `iterables`; while innerAlive, the helper holds iteratorRecord. A Yield only happens from the inner loop.
ClosureResult ConcatClosure(Agent& agent, heap::Handle<IteratorHelperObject> helper, Resumption resumption) {
  if (resumption == Resumption::kReturn) {
    IteratorRecord iterator_record(agent.heap(), helper->inner_iterator(), helper->inner_next_method());
    helper->set_inner(nullptr, Value::Undefined());
    // a.v.2.a. Let completion be Completion(Yield(innerValue)).
    //   b. If completion is an abrupt completion, then
    //     i. Return ? IteratorClose(iteratorRecord, completion).
    return CloseOnReturnFromYield(agent, iterator_record);
  }
  // a. For each Record iterable of iterables, do
  while (true) {
    if (helper->inner_iterator() == nullptr) {
      size_t index = static_cast<size_t>(helper->counter());
      if (2 * index >= helper->captured_values().size()) {
        // b. Return ReturnCompletion(undefined).
        return std::optional<Value>();
      }
      helper->set_counter(helper->counter() + 1);
      RootedValue open_method(agent.heap(), helper->captured_values()[2 * index]);
      RootedValue iterable(agent.heap(), helper->captured_values()[2 * index + 1]);
      //   i. Let iterator be ? Call(iterable.[[OpenMethod]], iterable.[[Iterable]]).
      Value iterator = TRY(interpreter::Call(agent, open_method, iterable));
      //   ii. If iterator is not an Object, throw a TypeError exception.
      if (!iterator.IsObject()) return interpreter::ThrowTypeError(agent, u"Iterator.concat: iterator is not an object");
      //   iii. Let iteratorRecord be ? GetIteratorDirect(iterator).
      IteratorRecord iterator_record = TRY(interpreter::vm::GetIteratorDirect(agent, iterator.AsObject()));
      //   iv. Let innerAlive be true.
      helper->set_inner(iterator_record.iterator(), iterator_record.next_method());
    }
    //   v. Repeat, while innerAlive is true,
    IteratorRecord iterator_record(agent.heap(), helper->inner_iterator(), helper->inner_next_method());
    //     1. Let innerValue be ? IteratorStepValue(iteratorRecord).
    std::optional<Value> inner_value = TRY(interpreter::vm::IteratorStepValue(agent, iterator_record));
    //     2. If innerValue is done, then
    if (!inner_value) {
      //       a. Set innerAlive to false.
      helper->set_inner(nullptr, Value::Undefined());
      continue;
    }
    //     3. Else,
    //       a. Let completion be Completion(Yield(innerValue)).
    return inner_value;
  }
}

// IteratorZip's `openIters`: the elements of `iters` still open, in their order.
std::vector<IteratorRecord> OpenZipIterators(Agent& agent, IteratorHelperObject* helper) {
  std::vector<IteratorRecord> open_iters;
  for (const IteratorHelperObject::ZipIterator& iterator : helper->zip_iterators()) {
    if (iterator.open) open_iters.emplace_back(agent.heap(), iterator.iterator, iterator.next_method);
  }
  return open_iters;
}

// IteratorCloseAll(openIters, ThrowCompletion(a newly created TypeError object)) of IteratorZip's strict mode.
ClosureResult CloseZipAfterLengthMismatch(Agent& agent, IteratorHelperObject* helper) {
  ThrowCompletionOr<Value> error = interpreter::ThrowTypeError(agent, u"Iterator.zip: iterables of different lengths in strict mode");
  return CloseAllAfterThrow(agent, OpenZipIterators(agent, helper), error.throw_completion());
}

// The closure of IteratorZip (27.1.3.4.1 step 3), for Iterator.zip and Iterator.zipKeyed. Each resumption runs
// one round of the Repeat, up to its Yield.
ClosureResult ZipClosure(Agent& agent, heap::Handle<IteratorHelperObject> helper, Resumption resumption) {
  using ZipMode = IteratorHelperObject::ZipMode;
  if (resumption == Resumption::kReturn) {
    // b.vi. IfAbruptCloseIterators(completion, openIters).
    TRY(IteratorCloseAll(agent, OpenZipIterators(agent, helper), Value::Undefined()));
    return std::optional<Value>();
  }
  size_t iter_count = helper->zip_iterators().size();
  // a. If iterCount = 0, return ReturnCompletion(undefined).
  if (iter_count == 0) return std::optional<Value>();
  // b. Repeat,
  //   i. Let results be a new empty List.
  interpreter::RootedValueVector results(agent.heap());
  //   ii. Assert: openIters is not empty.
  //   iii. For each integer i such that 0 ≤ i < iterCount, in ascending order, do
  for (size_t i = 0; i < iter_count; ++i) {
    Value result;
    //     1. Let iter be iters[i].
    //     2. If iter is null, then
    if (!helper->zip_iterators()[i].in_iters) {
      //       a. Assert: mode is "longest".
      //       b. Let result be padding[i].
      result = helper->padding()[i];
    } else {
      //     3. Else,
      IteratorRecord iter(agent.heap(), helper->zip_iterators()[i].iterator,
                          helper->zip_iterators()[i].next_method);
      //       a. Let result be Completion(IteratorStepValue(iter)).
      ThrowCompletionOr<std::optional<Value>> step = interpreter::vm::IteratorStepValue(agent, iter);
      //       b. If result is an abrupt completion, then
      if (step.is_throw_completion()) {
        //         i. Remove iter from openIters.
        helper->zip_iterators()[i].open = false;
        //         ii. Return ? IteratorCloseAll(openIters, result).
        return CloseAllAfterThrow(agent, OpenZipIterators(agent, helper), step.throw_completion());
      }
      //       c. Set result to ! result.
      //       d. If result is done, then
      if (!step.value()) {
        //         i. Remove iter from openIters.
        helper->zip_iterators()[i].open = false;
        //         ii. If mode is "shortest", then
        if (helper->zip_mode() == ZipMode::kShortest) {
          //           1. Return ? IteratorCloseAll(openIters, ReturnCompletion(undefined)).
          TRY(IteratorCloseAll(agent, OpenZipIterators(agent, helper), Value::Undefined()));
          return std::optional<Value>();
        }
        //         iii. Else if mode is "strict", then
        if (helper->zip_mode() == ZipMode::kStrict) {
          //           1. If i ≠ 0, then
          //             a. Return ? IteratorCloseAll(openIters, ThrowCompletion(a newly created TypeError object)).
          if (i != 0) return CloseZipAfterLengthMismatch(agent, helper);
          //           2. For each integer k such that 1 ≤ k < iterCount, in ascending order, do
          for (size_t k = 1; k < iter_count; ++k) {
            //             a. Assert: iters[k] is not null.
            IteratorRecord other(agent.heap(), helper->zip_iterators()[k].iterator,
                                 helper->zip_iterators()[k].next_method);
            //             b. Let open be Completion(IteratorStep(iters[k])).
            ThrowCompletionOr<Object*> open = interpreter::vm::IteratorStep(agent, other);
            //             c. If open is an abrupt completion, then
            if (open.is_throw_completion()) {
              //               i. Remove iters[k] from openIters.
              helper->zip_iterators()[k].open = false;
              //               ii. Return ? IteratorCloseAll(openIters, open).
              return CloseAllAfterThrow(agent, OpenZipIterators(agent, helper), open.throw_completion());
            }
            //             d. Set open to ! open.
            //             e. If open is done, then
            if (open.value() == nullptr) {
              //               i. Remove iters[k] from openIters.
              helper->zip_iterators()[k].open = false;
            } else {
              //             f. Else,
              //               i. Return ? IteratorCloseAll(openIters, ThrowCompletion(a newly created TypeError
              //                  object)).
              return CloseZipAfterLengthMismatch(agent, helper);
            }
          }
          //           3. Return ReturnCompletion(undefined).
          return std::optional<Value>();
        }
        //         iv. Else,
        //           1. Assert: mode is "longest".
        //           2. If openIters is empty, return ReturnCompletion(undefined).
        bool any_open = false;
        for (const IteratorHelperObject::ZipIterator& other : helper->zip_iterators()) any_open |= other.open;
        if (!any_open) return std::optional<Value>();
        //           3. Set iters[i] to null.
        helper->zip_iterators()[i].in_iters = false;
        //           4. Set result to padding[i].
        result = helper->padding()[i];
      } else {
        result = *step.value();
      }
    }
    //     4. Append result to results.
    results.values().push_back(result);
  }
  //   iv. Set results to finishResults(results).
  Value finished;
  if (helper->kind() == HelperKind::kZipKeyed) {
    // Iterator.zipKeyed's finishResults (27.1.3.2.5 step 15):
    //   1. Let obj be OrdinaryObjectCreate(null).
    heap::Handle<Object> obj(agent.heap(), interpreter::OrdinaryObjectCreate(agent, nullptr));
    //   2. For each integer i such that 0 ≤ i < iterCount, in ascending order, do
    for (size_t i = 0; i < iter_count; ++i) {
      //   a. Perform ! CreateDataPropertyOrThrow(obj, keys[i], results[i]).
      PropertyKey key = PropertyKey::FromValue(agent.strings(), helper->keys()[i]);
      MUST(interpreter::CreateDataPropertyOrThrow(agent, obj, key, results.values()[i]));
    }
    //   3. Return obj.
    finished = Value::FromObject(obj);
  } else {
    // Iterator.zip's finishResults (27.1.3.2.4 step 17): 1. Return CreateArrayFromList(results).
    finished = Value::FromObject(interpreter::CreateArrayFromList(agent, std::span<const Value>(results.values())));
  }
  //   v. Let completion be Completion(Yield(results)).
  return std::optional<Value>(finished);
}

// The closure of Iterator.prototype.chunks (Iterator Chunking proposal, Iterator.prototype.chunks step 8);
// `buffer` is the helper's captured values and chunkSize its counter.
ClosureResult ChunksClosure(Agent& agent, heap::Handle<IteratorHelperObject> helper, Resumption resumption) {
  IteratorRecord iterated = UnderlyingRecord(agent, helper);
  std::vector<Value>& buffer = helper->captured_values();
  if (helper->yielded_after_done()) {
    // b.ii.1.a. Perform Completion(Yield(CreateArrayFromList(buffer))): whatever the Yield's completion,
    // b.ii.2. Return ReturnCompletion(undefined).
    return std::optional<Value>();
  }
  // b.iv.1. Let completion be Completion(Yield(CreateArrayFromList(buffer))).
  // b.iv.2. IfAbruptCloseIterator(completion, iterated).
  if (resumption == Resumption::kReturn) return CloseOnReturnFromYield(agent, iterated);
  // b.iv.3. Set buffer to a new empty List (after a Yield's normal completion).
  if (resumption == Resumption::kNext) buffer.clear();
  // a. Let buffer be a new empty List (the helper was created with an empty buffer).
  // b. Repeat,
  while (true) {
    //   i. Let value be ? IteratorStepValue(iterated).
    std::optional<Value> value = TRY(interpreter::vm::IteratorStepValue(agent, iterated));
    //   ii. If value is done, then
    if (!value) {
      //   1. If buffer is not empty, then
      if (!buffer.empty()) {
        //   a. Perform Completion(Yield(CreateArrayFromList(buffer))).
        helper->set_yielded_after_done(true);
        return std::optional<Value>(
            Value::FromObject(interpreter::CreateArrayFromList(agent, std::span<const Value>(buffer))));
      }
      //   2. Return ReturnCompletion(undefined).
      return std::optional<Value>();
    }
    //   iii. Append value to buffer.
    buffer.push_back(*value);
    //   iv. If the number of elements in buffer is ℝ(chunkSize), then
    if (static_cast<double>(buffer.size()) == helper->counter()) {
      //   1. Let completion be Completion(Yield(CreateArrayFromList(buffer))).
      return std::optional<Value>(
          Value::FromObject(interpreter::CreateArrayFromList(agent, std::span<const Value>(buffer))));
    }
  }
}

// The closure of Iterator.prototype.windows (Iterator Chunking proposal, Iterator.prototype.windows step 10);
// `buffer` is the helper's captured values and windowSize its counter.
ClosureResult WindowsClosure(Agent& agent, heap::Handle<IteratorHelperObject> helper, Resumption resumption) {
  IteratorRecord iterated = UnderlyingRecord(agent, helper);
  std::vector<Value>& buffer = helper->captured_values();
  if (helper->yielded_after_done()) {
    // b.ii.1.a. Perform Completion(Yield(CreateArrayFromList(buffer))): whatever the Yield's completion,
    // b.ii.2. Return ReturnCompletion(undefined).
    return std::optional<Value>();
  }
  // b.v.1. Let completion be Completion(Yield(CreateArrayFromList(buffer))).
  // b.v.2. IfAbruptCloseIterator(completion, iterated).
  if (resumption == Resumption::kReturn) return CloseOnReturnFromYield(agent, iterated);
  const double window_size = helper->counter();
  // a. Let buffer be a new empty List (the helper was created with an empty buffer).
  // b. Repeat,
  while (true) {
    //   i. Let value be ? IteratorStepValue(iterated).
    std::optional<Value> value = TRY(interpreter::vm::IteratorStepValue(agent, iterated));
    //   ii. If value is done, then
    if (!value) {
      //   1. If undersized is "allow-partial", buffer is not empty, and the number of elements in buffer <
      //      ℝ(windowSize), then
      if (helper->allow_partial() && !buffer.empty() && static_cast<double>(buffer.size()) < window_size) {
        //   a. Perform Completion(Yield(CreateArrayFromList(buffer))).
        helper->set_yielded_after_done(true);
        return std::optional<Value>(
            Value::FromObject(interpreter::CreateArrayFromList(agent, std::span<const Value>(buffer))));
      }
      //   2. Return ReturnCompletion(undefined).
      return std::optional<Value>();
    }
    //   iii. If the number of elements in buffer is ℝ(windowSize), then
    //     1. Remove the first element from buffer.
    if (static_cast<double>(buffer.size()) == window_size) buffer.erase(buffer.begin());
    //   iv. Append value to buffer.
    buffer.push_back(*value);
    //   v. If the number of elements in buffer is ℝ(windowSize), then
    if (static_cast<double>(buffer.size()) == window_size) {
      //   1. Let completion be Completion(Yield(CreateArrayFromList(buffer))).
      return std::optional<Value>(
          Value::FromObject(interpreter::CreateArrayFromList(agent, std::span<const Value>(buffer))));
    }
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
    case HelperKind::kConcat:
      result = ConcatClosure(agent, helper, resumption);
      break;
    case HelperKind::kZip:
    case HelperKind::kZipKeyed:
      result = ZipClosure(agent, helper, resumption);
      break;
    case HelperKind::kChunks:
      result = ChunksClosure(agent, helper, resumption);
      break;
    case HelperKind::kWindows:
      result = WindowsClosure(agent, helper, resumption);
      break;
  }
  if ((result.is_throw_completion() || !result.value()) &&
      (helper->kind() == HelperKind::kChunks || helper->kind() == HelperKind::kWindows)) {
    // A completed closure never runs again: drop the buffer it captured.
    helper->captured_values().clear();
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

// An Iterator Helper's [[UnderlyingIterators]]: none for concat, IteratorZip's openIters for zip, otherwise
// the captured `iterated` record.
std::vector<IteratorRecord> UnderlyingIterators(Agent& agent, IteratorHelperObject* helper) {
  switch (helper->kind()) {
    case HelperKind::kConcat:
      return {};
    case HelperKind::kZip:
    case HelperKind::kZipKeyed:
      return OpenZipIterators(agent, helper);
    default: {
      std::vector<IteratorRecord> underlying;
      underlying.push_back(UnderlyingRecord(agent, helper));
      return underlying;
    }
  }
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
    TRY(IteratorCloseAll(agent, UnderlyingIterators(agent, obj), Value::Undefined()));
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

// Iterator.prototype.includes ( searchElement [ , skippedElements ] )
// https://tc39.es/proposal-iterator-includes/#sec-iterator.prototype.includes
// The Iterator Includes proposal (Stage 3), not yet in the pinned ECMA-262, whose feature iterator-includes the
// pinned Test262 features.txt lists among the standard features.
ThrowCompletionOr<Value> IteratorPrototypeIncludes(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                   Object*) {
  RootedValue search_element(agent.heap(), Argument(arguments, 0));
  Value skipped_elements = Argument(arguments, 1);
  // 1. Let O be the this value.
  // 2. If O is not an Object, throw a TypeError exception.
  Object* obj = ThisIteratorObject(this_value);
  if (obj == nullptr) {
    return interpreter::ThrowTypeError(agent, u"Iterator.prototype.includes called on a non-object");
  }
  // 3. Let iterated be the Iterator Record { [[Iterator]]: O, [[NextMethod]]: undefined, [[Done]]: false }.
  IteratorRecord unvalidated = UnvalidatedRecord(agent, obj);
  double to_skip;
  // 4. If skippedElements is undefined, let toSkip be +0𝔽.
  if (skipped_elements.IsUndefined()) {
    to_skip = 0;
  } else {
    // 5. Else if skippedElements is not one of +∞𝔽, -∞𝔽, or an integral Number, then
    //   (no coercion: a non-Number, NaN or a fraction is a TypeError)
    bool integral_or_infinite =
        skipped_elements.IsNumber() &&
        (std::isinf(skipped_elements.AsNumber()) ||
         (std::isfinite(skipped_elements.AsNumber()) &&
          std::trunc(skipped_elements.AsNumber()) == skipped_elements.AsNumber()));
    if (!integral_or_infinite) {
      //   a. Let error be ThrowCompletion(a newly created TypeError object).
      //   b. Return ? IteratorClose(iterated, error).
      return CloseAfterThrow(
          agent, unvalidated,
          interpreter::ThrowTypeError(agent, u"includes skippedElements must be an integral Number or ±Infinity"));
    }
    // 6. Else, let toSkip be skippedElements.
    to_skip = skipped_elements.AsNumber();
  }
  // 7. If toSkip < -0𝔽, then
  if (to_skip < 0) {
    //   a. Let error be ThrowCompletion(a newly created RangeError object).
    //   b. Return ? IteratorClose(iterated, error).
    return CloseAfterThrow(agent, unvalidated,
                           interpreter::ThrowRangeError(agent, u"includes skippedElements must not be negative"));
  }
  // 8. If toSkip is finite and toSkip > 𝔽(2^53 - 1), then
  if (std::isfinite(to_skip) && to_skip > kMaxSafeInteger) {
    //   a. Let error be ThrowCompletion(a newly created RangeError object).
    //   b. Return ? IteratorClose(iterated, error).
    return CloseAfterThrow(agent, unvalidated,
                           interpreter::ThrowRangeError(agent, u"includes skippedElements must be at most 2^53 - 1"));
  }
  // 9. Let skipped be +0𝔽.
  double skipped = 0;
  // 10. Set iterated to ? GetIteratorDirect(O).
  IteratorRecord iterated = TRY(interpreter::vm::GetIteratorDirect(agent, unvalidated.iterator()));
  // 11. Repeat,
  while (true) {
    //   a. Let value be ? IteratorStepValue(iterated).
    std::optional<Value> value = TRY(interpreter::vm::IteratorStepValue(agent, iterated));
    //   b. If value is done, return false.
    if (!value) return Value::Boolean(false);
    //   c. If skipped < toSkip, then
    if (skipped < to_skip) {
      //   i. Set skipped to skipped + 1𝔽.
      skipped += 1;
    } else if (interpreter::SameValueZero(*value, search_element)) {
      //   d. Else if SameValueZero(value, searchElement) is true, then
      //     i. Return ? IteratorClose(iterated, NormalCompletion(true)).
      return interpreter::vm::IteratorClose(agent, iterated, Value::Boolean(true));
    }
  }
}

// Steps 4-6 of chunks and windows: `size` must already be an integral Number in the inclusive interval from 1𝔽
// to 𝔽(2^32 - 1) (no coercion); each error closes the unvalidated iterated record.
ThrowCompletionOr<double> ValidateSubsequenceSize(Agent& agent, const IteratorRecord& iterated, Value size,
                                                  std::u16string_view argument_name) {
  // 4. If size is not a Number, throw a TypeError exception ... IteratorClose(iterated, error).
  if (!size.IsNumber()) {
    std::u16string message = std::u16string(argument_name) + u" must be a Number";
    return CloseAfterThrow(agent, iterated, interpreter::ThrowTypeError(agent, message));
  }
  double number = size.AsNumber();
  // 5. If size is not an integral Number, throw a TypeError exception ... IteratorClose(iterated, error).
  if (!std::isfinite(number) || std::trunc(number) != number) {
    std::u16string message = std::u16string(argument_name) + u" must be an integral Number";
    return CloseAfterThrow(agent, iterated, interpreter::ThrowTypeError(agent, message));
  }
  // 6. If size is not in the inclusive interval from 1𝔽 to 𝔽(2^32 - 1), then
  if (number < 1 || number > 4294967295.0) {
    //   a. Let error be ThrowCompletion(a newly created RangeError object).
    //   b. Return ? IteratorClose(iterated, error).
    std::u16string message = std::u16string(argument_name) + u" must be between 1 and 2^32 - 1";
    return CloseAfterThrow(agent, iterated, interpreter::ThrowRangeError(agent, message));
  }
  return number;
}

// Iterator.prototype.chunks ( chunkSize )
// https://tc39.es/proposal-iterator-chunking/#sec-iterator.prototype.chunks
// The Iterator Chunking proposal, not yet in the pinned ECMA-262, whose feature iterator-chunking the pinned
// Test262 features.txt lists among the standard features. The steps are the proposal's as its Test262 tests
// quote them (a non-Number or non-integral chunkSize is a TypeError, an out-of-range one a RangeError).
ThrowCompletionOr<Value> IteratorPrototypeChunks(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  // 1. Let O be the this value.
  // 2. If O is not an Object, throw a TypeError exception.
  Object* obj = ThisIteratorObject(this_value);
  if (obj == nullptr) return interpreter::ThrowTypeError(agent, u"Iterator.prototype.chunks called on a non-object");
  // 3. Let iterated be the Iterator Record { [[Iterator]]: O, [[NextMethod]]: undefined, [[Done]]: false }.
  IteratorRecord unvalidated = UnvalidatedRecord(agent, obj);
  // 4.-6. The TypeErrors and the RangeError for chunkSize, each closing iterated.
  double chunk_size = TRY(ValidateSubsequenceSize(agent, unvalidated, Argument(arguments, 0), u"chunkSize"));
  // 7. Set iterated to ? GetIteratorDirect(O).
  IteratorRecord iterated = TRY(interpreter::vm::GetIteratorDirect(agent, unvalidated.iterator()));
  // 8. Let closure be a new Abstract Closure ... (ChunksClosure).
  // 9. Let result be CreateIteratorFromClosure(closure, "Iterator Helper", %IteratorHelperPrototype%,
  //    « [[UnderlyingIterators]] »).
  // 10. Set result.[[UnderlyingIterators]] to « iterated ».
  // 11. Return result.
  return CreateIteratorHelper(agent, HelperKind::kChunks, iterated, Value::Undefined(), chunk_size);
}

// Iterator.prototype.windows ( windowSize [ , undersized ] )
// https://tc39.es/proposal-iterator-chunking/#sec-iterator.prototype.windows
// The Iterator Chunking proposal (see Iterator.prototype.chunks above).
ThrowCompletionOr<Value> IteratorPrototypeWindows(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                  Object*) {
  Value undersized = Argument(arguments, 1);
  // 1. Let O be the this value.
  // 2. If O is not an Object, throw a TypeError exception.
  Object* obj = ThisIteratorObject(this_value);
  if (obj == nullptr) return interpreter::ThrowTypeError(agent, u"Iterator.prototype.windows called on a non-object");
  // 3. Let iterated be the Iterator Record { [[Iterator]]: O, [[NextMethod]]: undefined, [[Done]]: false }.
  IteratorRecord unvalidated = UnvalidatedRecord(agent, obj);
  // 4.-6. The TypeErrors and the RangeError for windowSize, each closing iterated.
  double window_size = TRY(ValidateSubsequenceSize(agent, unvalidated, Argument(arguments, 0), u"windowSize"));
  // 7. If undersized is undefined, set undersized to "only-full".
  bool allow_partial = false;
  if (!undersized.IsUndefined()) {
    // 8. If undersized is neither "only-full" nor "allow-partial", then
    std::u16string_view text = undersized.IsString() ? undersized.AsString()->code_units() : std::u16string_view();
    if (!undersized.IsString() || (text != u"only-full" && text != u"allow-partial")) {
      //   a. Let error be ThrowCompletion(a newly created TypeError object).
      //   b. Return ? IteratorClose(iterated, error).
      return CloseAfterThrow(
          agent, unvalidated,
          interpreter::ThrowTypeError(agent, u"windows undersized must be \"only-full\" or \"allow-partial\""));
    }
    allow_partial = text == u"allow-partial";
  }
  // 9. Set iterated to ? GetIteratorDirect(O).
  IteratorRecord iterated = TRY(interpreter::vm::GetIteratorDirect(agent, unvalidated.iterator()));
  // 10. Let closure be a new Abstract Closure ... (WindowsClosure).
  // 11. Let result be CreateIteratorFromClosure(closure, "Iterator Helper", %IteratorHelperPrototype%,
  //     « [[UnderlyingIterators]] »).
  // 12. Set result.[[UnderlyingIterators]] to « iterated ».
  heap::Handle<IteratorHelperObject> result(
      agent.heap(), static_cast<IteratorHelperObject*>(
                        CreateIteratorHelper(agent, HelperKind::kWindows, iterated, Value::Undefined(), window_size)
                            .AsObject()));
  result->set_allow_partial(allow_partial);
  // 13. Return result.
  return Value::FromObject(result);
}

// 27.1.3.2.1 Iterator.concat ( ...items )
// https://tc39.es/ecma262/#sec-iterator.concat
ThrowCompletionOr<Value> IteratorConcat(Agent& agent, Value, std::span<const Value> items, Object*) {
  // 1. Let iterables be a new empty List.
  interpreter::RootedValueVector iterables(agent.heap());
  PropertyKey iterator_key = PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kIterator));
  // 2. For each element item of items, do
  for (Value item : items) {
    // a. If item is not an Object, throw a TypeError exception.
    if (!item.IsObject()) return interpreter::ThrowTypeError(agent, u"Iterator.concat: argument is not an object");
    // b. Let method be ? GetMethod(item, %Symbol.iterator%).
    Value method = TRY(interpreter::vm::GetMethod(agent, item.AsObject(), iterator_key));
    // c. If method is undefined, throw a TypeError exception.
    if (method.IsUndefined()) return interpreter::ThrowTypeError(agent, u"Iterator.concat: argument is not iterable");
    // d. Append the Record { [[OpenMethod]]: method, [[Iterable]]: item } to iterables.
    iterables.values().push_back(method);
    iterables.values().push_back(item);
  }
  // 3. Let closure be a new Abstract Closure with no parameters that captures iterables ... (ConcatClosure).
  // 4. Let gen be CreateIteratorFromClosure(closure, "Iterator Helper", %IteratorHelperPrototype%,
  //    « [[UnderlyingIterators]] »).
  // 5. Set gen.[[UnderlyingIterators]] to a new empty List.
  auto* gen = interpreter::OrdinaryObjectCreate<IteratorHelperObject>(
      agent, CurrentIntrinsic(agent, Intrinsic::kIteratorHelperPrototype), HelperKind::kConcat, nullptr,
      Value::Undefined(), Value::Undefined(), 0);
  gen->captured_values() = iterables.values();
  // 6. Return gen.
  return Value::FromObject(gen);
}

// Steps 1-9 shared by Iterator.zip and Iterator.zipKeyed: the mode and paddingOption from options.
struct ZipOptions {
  IteratorHelperObject::ZipMode mode;
  Value padding_option;
};
ThrowCompletionOr<ZipOptions> GetZipOptions(Agent& agent, Value iterables, Value options_value) {
  using ZipMode = IteratorHelperObject::ZipMode;
  // 1. If iterables is not an Object, throw a TypeError exception.
  if (!iterables.IsObject()) return interpreter::ThrowTypeError(agent, u"Iterator.zip: iterables is not an object");
  // 2. Set options to ? GetOptionsObject(options).
  heap::Handle<Object> options(agent.heap(), TRY(GetOptionsObject(agent, options_value)));
  // 3. Let mode be ? Get(options, "mode").
  Value mode_value = TRY(interpreter::Get(agent, options, agent.Key(u"mode")));
  // 4. If mode is undefined, set mode to "shortest".
  ZipMode mode = ZipMode::kShortest;
  if (!mode_value.IsUndefined()) {
    // 5. If mode is not one of "shortest", "longest", or "strict", throw a TypeError exception.
    std::u16string_view name = mode_value.IsString() ? mode_value.AsString()->code_units() : std::u16string_view();
    if (name == u"longest") {
      mode = ZipMode::kLongest;
    } else if (name == u"strict") {
      mode = ZipMode::kStrict;
    } else if (name != u"shortest") {
      return interpreter::ThrowTypeError(agent, u"Iterator.zip: mode must be \"shortest\", \"longest\" or \"strict\"");
    }
  }
  // 6. Let paddingOption be undefined.
  Value padding_option = Value::Undefined();
  // 7. If mode is "longest", then
  if (mode == ZipMode::kLongest) {
    // a. Set paddingOption to ? Get(options, "padding").
    padding_option = TRY(interpreter::Get(agent, options, agent.Key(u"padding")));
    // b. If paddingOption is not undefined and paddingOption is not an Object, throw a TypeError exception.
    if (!padding_option.IsUndefined() && !padding_option.IsObject()) {
      return interpreter::ThrowTypeError(agent, u"Iterator.zip: padding is not an object");
    }
  }
  return ZipOptions{mode, padding_option};
}

// 27.1.3.4.1 IteratorZip ( iters, mode, padding, finishResults )
// https://tc39.es/ecma262/#sec-iteratorzip
// `kind` selects finishResults: kZip (CreateArrayFromList) or kZipKeyed (an object keyed by `keys`).
Value IteratorZip(Agent& agent, const std::vector<IteratorRecord>& iters, IteratorHelperObject::ZipMode mode,
                  const std::vector<Value>& padding, HelperKind kind, const std::vector<Value>& keys) {
  // 1. Let iterCount be the number of elements in iters.
  // 2. Let openIters be a copy of iters.
  // 3. Let closure be a new Abstract Closure with no parameters that captures iters, iterCount, openIters, mode,
  //    padding, and finishResults ... (ZipClosure).
  // 4. Let gen be CreateIteratorFromClosure(closure, "Iterator Helper", %IteratorHelperPrototype%,
  //    « [[UnderlyingIterators]] »).
  auto* gen = interpreter::OrdinaryObjectCreate<IteratorHelperObject>(
      agent, CurrentIntrinsic(agent, Intrinsic::kIteratorHelperPrototype), kind, nullptr, Value::Undefined(),
      Value::Undefined(), 0);
  gen->set_zip_mode(mode);
  // 5. Set gen.[[UnderlyingIterators]] to openIters.
  for (const IteratorRecord& iter : iters) {
    gen->zip_iterators().push_back(IteratorHelperObject::ZipIterator{iter.iterator(), iter.next_method()});
  }
  gen->padding() = padding;
  gen->keys() = keys;
  // 6. Return gen.
  return Value::FromObject(gen);
}

// Steps of Iterator.zip and Iterator.zipKeyed that fill padding when mode is "longest" and paddingOption is
// undefined: Repeat iterCount times: Append undefined to padding.
void AppendUndefinedPadding(size_t iter_count, interpreter::RootedValueVector& padding) {
  for (size_t i = 0; i < iter_count; ++i) padding.values().push_back(Value::Undefined());
}

// 27.1.3.2.4 Iterator.zip ( iterables [ , options ] )
// https://tc39.es/ecma262/#sec-iterator.zip
ThrowCompletionOr<Value> IteratorZipFunction(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  using ZipMode = IteratorHelperObject::ZipMode;
  RootedValue iterables(agent.heap(), Argument(arguments, 0));
  // 1-7. (iterables is an Object; options, mode and paddingOption.)
  ZipOptions zip_options = TRY(GetZipOptions(agent, iterables, Argument(arguments, 1)));
  RootedValue padding_option(agent.heap(), zip_options.padding_option);
  // 8. Let iters be a new empty List.
  std::vector<IteratorRecord> iters;
  // 9. Let padding be a new empty List.
  interpreter::RootedValueVector padding(agent.heap());
  // 10. Let inputIter be ? GetIterator(iterables, sync).
  IteratorRecord input_iter = TRY(interpreter::vm::GetIterator(agent, iterables));
  // 11. Let next be not-started.
  // 12. Repeat, while next is not done,
  while (true) {
    // a. Set next to Completion(IteratorStepValue(inputIter)).
    ThrowCompletionOr<std::optional<Value>> next = interpreter::vm::IteratorStepValue(agent, input_iter);
    // b. IfAbruptCloseIterators(next, iters).
    if (next.is_throw_completion()) return CloseAllAfterThrow(agent, iters, next.throw_completion());
    // c. If next is not done, then
    if (!next.value()) break;
    //   i. Let iter be Completion(GetIteratorFlattenable(next, reject-primitives)).
    ThrowCompletionOr<IteratorRecord> iter =
        GetIteratorFlattenable(agent, *next.value(), PrimitiveHandling::kRejectPrimitives);
    //   ii. Let needClosing be the list-concatenation of « inputIter » and iters.
    //   iii. IfAbruptCloseIterators(iter, needClosing).
    if (iter.is_throw_completion()) {
      std::vector<IteratorRecord> need_closing{input_iter};
      need_closing.insert(need_closing.end(), iters.begin(), iters.end());
      return CloseAllAfterThrow(agent, need_closing, iter.throw_completion());
    }
    //   iv. Append iter to iters.
    iters.push_back(iter.value());
  }
  // 13. Let iterCount be the number of elements in iters.
  size_t iter_count = iters.size();
  // 14. If mode is "longest", then
  if (zip_options.mode == ZipMode::kLongest) {
    // a. If paddingOption is undefined, then
    if (padding_option->IsUndefined()) {
      // i. Repeat iterCount times: 1. Append undefined to padding.
      AppendUndefinedPadding(iter_count, padding);
    } else {
      // b. Else,
      //   i. Let paddingIter be Completion(GetIterator(paddingOption, sync)).
      ThrowCompletionOr<IteratorRecord> padding_iter_completion = interpreter::vm::GetIterator(agent, padding_option);
      //   ii. IfAbruptCloseIterators(paddingIter, iters).
      if (padding_iter_completion.is_throw_completion()) {
        return CloseAllAfterThrow(agent, iters, padding_iter_completion.throw_completion());
      }
      IteratorRecord padding_iter = padding_iter_completion.value();
      //   iii. Let usingIterator be true.
      bool using_iterator = true;
      //   iv. Repeat iterCount times:
      for (size_t i = 0; i < iter_count; ++i) {
        //   1. If usingIterator is true, then
        if (using_iterator) {
          //   a. Set next to Completion(IteratorStepValue(paddingIter)).
          ThrowCompletionOr<std::optional<Value>> next = interpreter::vm::IteratorStepValue(agent, padding_iter);
          //   b. IfAbruptCloseIterators(next, iters).
          if (next.is_throw_completion()) return CloseAllAfterThrow(agent, iters, next.throw_completion());
          //   c. If next is done, then
          if (!next.value()) {
            //   i. Set usingIterator to false.
            using_iterator = false;
          } else {
            //   d. Else,
            //   i. Append next to padding.
            padding.values().push_back(*next.value());
          }
        }
        //   2. If usingIterator is false, append undefined to padding.
        if (!using_iterator) padding.values().push_back(Value::Undefined());
      }
      //   v. If usingIterator is true, then
      if (using_iterator) {
        //   1. Let completion be Completion(IteratorClose(paddingIter, NormalCompletion(unused))).
        ThrowCompletionOr<Value> completion = interpreter::vm::IteratorClose(agent, padding_iter, Value::Undefined());
        //   2. IfAbruptCloseIterators(completion, iters).
        if (completion.is_throw_completion()) return CloseAllAfterThrow(agent, iters, completion.throw_completion());
      }
    }
  }
  // 15. Let finishResults be a new Abstract Closure with parameters (results) that captures nothing and performs
  //     the following steps when called:
  //   a. Return CreateArrayFromList(results). (ZipClosure, for kind zip.)
  // 16. Return IteratorZip(iters, mode, padding, finishResults).
  return IteratorZip(agent, iters, zip_options.mode, padding.values(), HelperKind::kZip, {});
}

// 27.1.3.2.5 Iterator.zipKeyed ( iterables [ , options ] )
// https://tc39.es/ecma262/#sec-iterator.zipkeyed
ThrowCompletionOr<Value> IteratorZipKeyed(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  using ZipMode = IteratorHelperObject::ZipMode;
  RootedValue iterables_value(agent.heap(), Argument(arguments, 0));
  // 1-7. (iterables is an Object; options, mode and paddingOption.)
  ZipOptions zip_options = TRY(GetZipOptions(agent, iterables_value, Argument(arguments, 1)));
  RootedValue padding_option(agent.heap(), zip_options.padding_option);
  heap::Handle<Object> iterables(agent.heap(), iterables_value->AsObject());
  // 8. Let iters be a new empty List.
  std::vector<IteratorRecord> iters;
  // 9. Let padding be a new empty List.
  interpreter::RootedValueVector padding(agent.heap());
  // 10. Let allKeys be ? iterables.[[OwnPropertyKeys]]().
  //     (Kept as values, which roots them: a Proxy's ownKeys may hold the only reference to a key.)
  interpreter::RootedValueVector all_keys(agent.heap());
  {
    std::vector<PropertyKey> own_keys = TRY(iterables->OwnPropertyKeys(agent));
    heap::DeferCollection no_collection(agent.heap());
    for (const PropertyKey& key : own_keys) all_keys.values().push_back(key.ToValue(agent.strings()));
  }
  // 11. Let keys be a new empty List.
  interpreter::RootedValueVector keys(agent.heap());
  // 12. For each element key of allKeys, do
  for (size_t index = 0; index < all_keys.values().size(); ++index) {
    PropertyKey key = PropertyKey::FromValue(agent.strings(), all_keys.values()[index]);
    // a. Let propertyDesc be Completion(iterables.[[GetOwnProperty]](key)).
    ThrowCompletionOr<std::optional<interpreter::PropertyDescriptor>> property_desc =
        iterables->GetOwnProperty(agent, key);
    // b. IfAbruptCloseIterators(propertyDesc, iters).
    if (property_desc.is_throw_completion()) {
      return CloseAllAfterThrow(agent, iters, property_desc.throw_completion());
    }
    // c. If propertyDesc is not undefined and propertyDesc.[[Enumerable]] is true, then
    if (!property_desc.value() || !property_desc.value()->enumerable.value_or(false)) continue;
    //   i. Let value be Completion(Get(iterables, key)).
    ThrowCompletionOr<Value> value = interpreter::Get(agent, iterables, key);
    //   ii. IfAbruptCloseIterators(value, iters).
    if (value.is_throw_completion()) return CloseAllAfterThrow(agent, iters, value.throw_completion());
    //   iii. If value is not undefined, then
    if (value.value().IsUndefined()) continue;
    //     1. Append key to keys.
    keys.values().push_back(all_keys.values()[index]);
    //     2. Let iter be Completion(GetIteratorFlattenable(value, reject-primitives)).
    ThrowCompletionOr<IteratorRecord> iter =
        GetIteratorFlattenable(agent, value.value(), PrimitiveHandling::kRejectPrimitives);
    //     3. IfAbruptCloseIterators(iter, iters).
    if (iter.is_throw_completion()) return CloseAllAfterThrow(agent, iters, iter.throw_completion());
    //     4. Append iter to iters.
    iters.push_back(iter.value());
  }
  // 13. Let iterCount be the number of elements in iters.
  size_t iter_count = iters.size();
  // 14. If mode is "longest", then
  if (zip_options.mode == ZipMode::kLongest) {
    // a. If paddingOption is undefined, then
    if (padding_option->IsUndefined()) {
      // i. Repeat iterCount times: 1. Append undefined to padding.
      AppendUndefinedPadding(iter_count, padding);
    } else {
      // b. Else,
      heap::Handle<Object> padding_object(agent.heap(), padding_option->AsObject());
      //   i. For each element key of keys, do
      for (Value key_value : keys.values()) {
        //   1. Let value be Completion(Get(paddingOption, key)).
        ThrowCompletionOr<Value> value =
            interpreter::Get(agent, padding_object, PropertyKey::FromValue(agent.strings(), key_value));
        //   2. IfAbruptCloseIterators(value, iters).
        if (value.is_throw_completion()) return CloseAllAfterThrow(agent, iters, value.throw_completion());
        //   3. Append value to padding.
        padding.values().push_back(value.value());
      }
    }
  }
  // 15. Let finishResults be a new Abstract Closure with parameters (results) that captures keys and iterCount
  //     ... (ZipClosure, for kind zipKeyed).
  // 16. Return IteratorZip(iters, mode, padding, finishResults).
  return IteratorZip(agent, iters, zip_options.mode, padding.values(), HelperKind::kZipKeyed, keys.values());
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
  DefineBuiltinMethod(agent, realm, iterator_constructor, u"concat", 0, IteratorConcat);
  DefineBuiltinMethod(agent, realm, iterator_constructor, u"from", 1, IteratorFrom);
  DefineBuiltinMethod(agent, realm, iterator_constructor, u"zip", 1, IteratorZipFunction);
  DefineBuiltinMethod(agent, realm, iterator_constructor, u"zipKeyed", 1, IteratorZipKeyed);

  // 27.1.3.3.1 Iterator.prototype.constructor: an accessor { [[Enumerable]]: false, [[Configurable]]: true }.
  DefineBuiltinAccessor(agent, realm, iterator_prototype, agent.Key(u"constructor"), GetIteratorPrototypeConstructor,
                        SetIteratorPrototypeConstructor);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"chunks", 1, IteratorPrototypeChunks);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"drop", 1, IteratorPrototypeDrop);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"every", 1, IteratorPrototypeEvery);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"filter", 1, IteratorPrototypeFilter);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"find", 1, IteratorPrototypeFind);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"flatMap", 1, IteratorPrototypeFlatMap);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"forEach", 1, IteratorPrototypeForEach);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"includes", 1, IteratorPrototypeIncludes);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"map", 1, IteratorPrototypeMap);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"reduce", 1, IteratorPrototypeReduce);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"some", 1, IteratorPrototypeSome);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"take", 1, IteratorPrototypeTake);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"toArray", 0, IteratorPrototypeToArray);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"windows", 1, IteratorPrototypeWindows);
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
