#include "runtime/builtins/set.h"

#include <optional>

#include "runtime/interpreter/array_object.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/iteration.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

using interpreter::RootedValue;
namespace vm = interpreter::vm;

namespace {

// RequireInternalSlot(set, [[SetData]]).
ThrowCompletionOr<SetObject*> ThisSetObject(Agent& agent, Value set, const char16_t* message) {
  auto* object = set.IsObject() ? dynamic_cast<SetObject*>(set.AsObject()) : nullptr;
  if (object == nullptr) return interpreter::ThrowTypeError(agent, message);
  return object;
}

// 24.2.1.1 Set Records (table-set-record-fields). Roots its fields while it lives.
struct SetRecord {
  SetRecord(heap::Heap& heap, Object* set_object, double size, Value has, Value keys)
      : set_object(heap, set_object), size(size), has(heap, has), keys(heap, keys) {}
  heap::Handle<Object> set_object;  // [[SetObject]]
  double size;                      // [[Size]] (a non-negative integer or +∞)
  RootedValue has;                  // [[Has]]
  RootedValue keys;                 // [[Keys]]
};

// 24.2.1.2 GetSetRecord ( obj )
// https://tc39.es/ecma262/#sec-getsetrecord
ThrowCompletionOr<std::unique_ptr<SetRecord>> GetSetRecord(Agent& agent, Value obj_value) {
  // 1. If obj is not an Object, throw a TypeError exception.
  if (!obj_value.IsObject()) return interpreter::ThrowTypeError(agent, u"Set method argument is not an object");
  heap::Handle<Object> obj(agent.heap(), obj_value.AsObject());
  // 2. Let rawSize be ? Get(obj, "size").
  Value raw_size = TRY(interpreter::Get(agent, obj, agent.Key(u"size")));
  // 3. Let numberSize be ? ToNumber(rawSize).
  double number_size = TRY(vm::ToNumber(agent, raw_size));
  // 4. NOTE: If rawSize is undefined, then numberSize will be NaN.
  // 5. If numberSize is NaN, throw a TypeError exception.
  if (std::isnan(number_size)) return interpreter::ThrowTypeError(agent, u"Set-like size is not a number");
  // 6. Let intSize be ! ToIntegerOrInfinity(numberSize).
  double int_size = MUST(vm::ToIntegerOrInfinity(agent, Value::Number(number_size)));
  // 7. If intSize < 0, throw a RangeError exception.
  if (int_size < 0) return interpreter::ThrowRangeError(agent, u"Set-like size is negative");
  // 8. Let has be ? Get(obj, "has").
  RootedValue has(agent.heap(), TRY(interpreter::Get(agent, obj, agent.Key(u"has"))));
  // 9. If IsCallable(has) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(has)) return interpreter::ThrowTypeError(agent, u"Set-like has is not callable");
  // 10. Let keys be ? Get(obj, "keys").
  RootedValue keys(agent.heap(), TRY(interpreter::Get(agent, obj, agent.Key(u"keys"))));
  // 11. If IsCallable(keys) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(keys)) return interpreter::ThrowTypeError(agent, u"Set-like keys is not callable");
  // 12. Return a new Set Record { [[SetObject]]: obj, [[Size]]: intSize, [[Has]]: has, [[Keys]]: keys }.
  return std::make_unique<SetRecord>(agent.heap(), obj, int_size, has, keys);
}

// 24.2.1.3 SetDataHas ( setData, value )
// https://tc39.es/ecma262/#sec-setdatahas
bool SetDataHas(OrderedHashTable& set_data, Value value) {
  // 1. If SetDataIndex(setData, value) is not-found, return false.
  // 2. Return true.
  // (SetDataIndex 1. Set value to CanonicalizeKeyedCollectionKey(value).)
  return set_data.Contains(CanonicalizeKeyedCollectionKey(value));
}

// ToBoolean(? Call(otherRecord.[[Has]], otherRecord.[[SetObject]], « entry »)).
ThrowCompletionOr<bool> CallHas(Agent& agent, const SetRecord& other_record, Value entry) {
  RootedValue rooted_entry(agent.heap(), entry);
  Value has_arguments[] = {entry};
  Value in_other = TRY(interpreter::Call(agent, other_record.has, Value::FromObject(other_record.set_object),
                                         has_arguments));
  return vm::ToBoolean(in_other);
}

// The result of the set methods: OrdinaryObjectCreate(%Set.prototype%, « [[SetData]] »). The spec creates
// it last; creating it first is unobservable and keeps resultSetData rooted while user code runs.
heap::Handle<SetObject> CreateResultSet(Agent& agent) {
  return heap::Handle<SetObject>(
      agent.heap(),
      interpreter::OrdinaryObjectCreate<SetObject>(agent, CurrentIntrinsic(agent, Intrinsic::kSetPrototype)));
}

// 24.2.2.1 Set ( [ iterable ] )
// https://tc39.es/ecma262/#sec-set-iterable
ThrowCompletionOr<Value> SetConstructor(Agent& agent, Value, std::span<const Value> arguments, Object* new_target) {
  Value iterable = Argument(arguments, 0);
  // 1. If NewTarget is undefined, throw a TypeError exception.
  if (new_target == nullptr) return interpreter::ThrowTypeError(agent, u"Constructor Set requires 'new'");
  // 2. Let set be ? OrdinaryCreateFromConstructor(NewTarget, "%Set.prototype%", « [[SetData]] »).
  // 3. Set set.[[SetData]] to a new empty List.
  heap::Handle<SetObject> set(agent.heap(),
                              TRY(OrdinaryCreateFromConstructor<SetObject>(agent, new_target, Intrinsic::kSetPrototype)));
  // 4. If iterable is either undefined or null, return set.
  if (iterable.IsNullish()) return Value::FromObject(set);
  // 5. Let adder be ? Get(set, "add").
  RootedValue adder(agent.heap(), TRY(interpreter::Get(agent, set, agent.Key(u"add"))));
  // 6. If IsCallable(adder) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(adder)) return interpreter::ThrowTypeError(agent, u"Set.prototype.add is not callable");
  // 7. Let iteratorRecord be ? GetIterator(iterable, sync).
  vm::IteratorRecord iterator_record = TRY(vm::GetIterator(agent, iterable));
  // 8. Repeat,
  while (true) {
    // a. Let next be ? IteratorStepValue(iteratorRecord).
    std::optional<Value> next = TRY(vm::IteratorStepValue(agent, iterator_record));
    // b. If next is done, return set.
    if (!next) return Value::FromObject(set);
    RootedValue rooted_next(agent.heap(), *next);
    // c. Let status be Completion(Call(adder, set, « next »)).
    Value adder_arguments[] = {rooted_next};
    ThrowCompletionOr<Value> status = interpreter::Call(agent, adder, Value::FromObject(set), adder_arguments);
    // d. IfAbruptCloseIterator(status, iteratorRecord).
    if (status.is_throw_completion()) return vm::IteratorClose(agent, iterator_record, status);
  }
}

// 24.2.3.2 get Set [ %Symbol.species% ]
// https://tc39.es/ecma262/#sec-get-set-%symbol.species%
ThrowCompletionOr<Value> GetSetSpecies(Agent&, Value this_value, std::span<const Value>, Object*) {
  // 1. Return the this value.
  return this_value;
}

// 24.2.4.1 Set.prototype.add ( value )
// https://tc39.es/ecma262/#sec-set.prototype.add
ThrowCompletionOr<Value> SetPrototypeAdd(Agent& agent, Value this_value, std::span<const Value> arguments, Object*) {
  // 1. Let S be the this value.
  // 2. Perform ? RequireInternalSlot(S, [[SetData]]).
  SetObject* set = TRY(ThisSetObject(agent, this_value, u"Set.prototype.add called on a non-Set"));
  // 3. Set value to CanonicalizeKeyedCollectionKey(value).
  Value value = CanonicalizeKeyedCollectionKey(Argument(arguments, 0));
  // 4. For each element e of S.[[SetData]], do
  //    a. If e is not empty and SameValue(e, value) is true, then
  //       i. Return S.
  // 5. Append value to S.[[SetData]].
  if (!set->set_data().Contains(value)) set->set_data().Set(value, Value::Undefined());
  // 6. Return S.
  return Value::FromObject(set);
}

// 24.2.4.2 Set.prototype.clear ( )
// https://tc39.es/ecma262/#sec-set.prototype.clear
ThrowCompletionOr<Value> SetPrototypeClear(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let S be the this value.
  // 2. Perform ? RequireInternalSlot(S, [[SetData]]).
  SetObject* set = TRY(ThisSetObject(agent, this_value, u"Set.prototype.clear called on a non-Set"));
  // 3. For each element e of S.[[SetData]], do
  //    a. Replace the element of S.[[SetData]] whose value is e with an element whose value is empty.
  set->set_data().Clear();
  // 4. Return undefined.
  return Value::Undefined();
}

// 24.2.4.4 Set.prototype.delete ( value )
// https://tc39.es/ecma262/#sec-set.prototype.delete
ThrowCompletionOr<Value> SetPrototypeDelete(Agent& agent, Value this_value, std::span<const Value> arguments,
                                            Object*) {
  // 1. Let S be the this value.
  // 2. Perform ? RequireInternalSlot(S, [[SetData]]).
  SetObject* set = TRY(ThisSetObject(agent, this_value, u"Set.prototype.delete called on a non-Set"));
  // 3. Set value to CanonicalizeKeyedCollectionKey(value).
  Value value = CanonicalizeKeyedCollectionKey(Argument(arguments, 0));
  // 4. For each element e of S.[[SetData]], do
  //    a. If e is not empty and SameValue(e, value) is true, then
  //       i. Replace the element of S.[[SetData]] whose value is e with an element whose value is empty.
  //       ii. Return true.
  // 5. Return false.
  return Value::Boolean(set->set_data().Remove(value));
}

// 24.2.4.5 Set.prototype.difference ( other )
// https://tc39.es/ecma262/#sec-set.prototype.difference
ThrowCompletionOr<Value> SetPrototypeDifference(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                Object*) {
  // 1. Let O be the this value.
  // 2. Perform ? RequireInternalSlot(O, [[SetData]]).
  heap::Handle<SetObject> set(agent.heap(),
                              TRY(ThisSetObject(agent, this_value, u"Set.prototype.difference called on a non-Set")));
  // 3. Let otherRec be ? GetSetRecord(other).
  std::unique_ptr<SetRecord> other_record = TRY(GetSetRecord(agent, Argument(arguments, 0)));
  heap::Handle<SetObject> result = CreateResultSet(agent);
  // 4. Let resultSetData be a copy of O.[[SetData]].
  result->set_data() = set->set_data();
  // 5. If SetDataSize(O.[[SetData]]) ≤ otherRec.[[Size]], then
  if (static_cast<double>(set->set_data().size()) <= other_record->size) {
    // a. Let thisSize be the number of elements in O.[[SetData]].
    // b. Let index be 0.
    // c. Repeat, while index < thisSize,
    //    (the copy has the same elements, and nothing is appended to it while this loop runs)
    OrderedHashTable::Cursor cursor;
    while (const OrderedHashTable::Entry* entry = result->set_data().Next(cursor)) {
      // i. Let e be resultSetData[index].
      RootedValue e(agent.heap(), entry->key);
      // ii. If e is not empty, then
      //     1. Let inOther be ToBoolean(? Call(otherRec.[[Has]], otherRec.[[SetObject]], « e »)).
      bool in_other = TRY(CallHas(agent, *other_record, e));
      //     2. If inOther is true, then
      //        a. Set resultSetData[index] to empty.
      if (in_other) result->set_data().Remove(e);
      // iii. Set index to index + 1.
    }
  } else {
    // 6. Else,
    //   a. Let keysIter be ? GetIteratorFromMethod(otherRec.[[SetObject]], otherRec.[[Keys]]).
    vm::IteratorRecord keys_iter = TRY(vm::GetIteratorFromMethod(
        agent, Value::FromObject(other_record->set_object), other_record->keys));
    //   b. Let next be not-started.
    //   c. Repeat, while next is not done,
    while (true) {
      //   i. Set next to ? IteratorStepValue(keysIter).
      std::optional<Value> next = TRY(vm::IteratorStepValue(agent, keys_iter));
      //   ii. If next is not done, then
      if (!next) break;
      //     1. Set next to CanonicalizeKeyedCollectionKey(next).
      Value key = CanonicalizeKeyedCollectionKey(*next);
      //     2. Let valueIndex be SetDataIndex(resultSetData, next).
      //     3. If valueIndex is not not-found, then
      //        a. Set resultSetData[valueIndex] to empty.
      result->set_data().Remove(key);
    }
  }
  // 7. Let result be OrdinaryObjectCreate(%Set.prototype%, « [[SetData]] »).
  // 8. Set result.[[SetData]] to resultSetData.
  // 9. Return result.
  return Value::FromObject(result);
}

// 24.2.6.1 CreateSetIterator ( set, kind )
// https://tc39.es/ecma262/#sec-createsetiterator
ThrowCompletionOr<Value> CreateSetIterator(Agent& agent, Value set_value, SetIteratorObject::Kind kind) {
  // 1. Perform ? RequireInternalSlot(set, [[SetData]]).
  SetObject* set = TRY(ThisSetObject(agent, set_value, u"Set iterator method called on a non-Set"));
  // 2. Let closure be a new Abstract Closure with no parameters that captures set and kind ...
  //    (Its state lives in the SetIteratorObject; its steps are %SetIteratorPrototype%.next.)
  // 3. Return CreateIteratorFromClosure(closure, "%SetIteratorPrototype%", %SetIteratorPrototype%).
  return Value::FromObject(interpreter::OrdinaryObjectCreate<SetIteratorObject>(
      agent, CurrentIntrinsic(agent, Intrinsic::kSetIteratorPrototype), set, kind));
}

// 24.2.4.6 Set.prototype.entries ( )
// https://tc39.es/ecma262/#sec-set.prototype.entries
ThrowCompletionOr<Value> SetPrototypeEntries(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let S be the this value.
  // 2. Return ? CreateSetIterator(S, key+value).
  return CreateSetIterator(agent, this_value, SetIteratorObject::Kind::kKeyValue);
}

// 24.2.4.7 Set.prototype.forEach ( callback [ , thisArg ] )
// https://tc39.es/ecma262/#sec-set.prototype.foreach
ThrowCompletionOr<Value> SetPrototypeForEach(Agent& agent, Value this_value, std::span<const Value> arguments,
                                             Object*) {
  Value callback = Argument(arguments, 0);
  Value this_arg = Argument(arguments, 1);
  // 1. Let S be the this value.
  // 2. Perform ? RequireInternalSlot(S, [[SetData]]).
  heap::Handle<SetObject> set(agent.heap(),
                              TRY(ThisSetObject(agent, this_value, u"Set.prototype.forEach called on a non-Set")));
  // 3. If IsCallable(callback) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(callback)) {
    return interpreter::ThrowTypeError(agent, u"Set.prototype.forEach callback is not callable");
  }
  // 4. Let entries be S.[[SetData]].
  // 5. Let numEntries be the number of elements in entries.
  // 6. Let index be 0.
  OrderedHashTable::Cursor cursor;
  // 7. Repeat, while index < numEntries,
  //    a. Let e be entries[index]. b. Set index to index + 1. c. If e is not empty, then
  while (const OrderedHashTable::Entry* entry = set->set_data().Next(cursor)) {
    RootedValue e(agent.heap(), entry->key);
    // i. Perform ? Call(callback, thisArg, « e, e, S »).
    Value callback_arguments[] = {e, e, Value::FromObject(set)};
    TRY(interpreter::Call(agent, callback, this_arg, callback_arguments));
    // ii. NOTE: The number of elements in entries may have increased during execution of callback.
    // iii. Set numEntries to the number of elements in entries.
  }
  // 8. Return undefined.
  return Value::Undefined();
}

// 24.2.4.8 Set.prototype.has ( value )
// https://tc39.es/ecma262/#sec-set.prototype.has
ThrowCompletionOr<Value> SetPrototypeHas(Agent& agent, Value this_value, std::span<const Value> arguments, Object*) {
  // 1. Let S be the this value.
  // 2. Perform ? RequireInternalSlot(S, [[SetData]]).
  SetObject* set = TRY(ThisSetObject(agent, this_value, u"Set.prototype.has called on a non-Set"));
  // 3. Set value to CanonicalizeKeyedCollectionKey(value).
  Value value = CanonicalizeKeyedCollectionKey(Argument(arguments, 0));
  // 4. For each element e of S.[[SetData]], do
  //    a. If e is not empty and SameValue(e, value) is true, return true.
  // 5. Return false.
  return Value::Boolean(set->set_data().Contains(value));
}

// 24.2.4.9 Set.prototype.intersection ( other )
// https://tc39.es/ecma262/#sec-set.prototype.intersection
ThrowCompletionOr<Value> SetPrototypeIntersection(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                  Object*) {
  // 1. Let O be the this value.
  // 2. Perform ? RequireInternalSlot(O, [[SetData]]).
  heap::Handle<SetObject> set(
      agent.heap(), TRY(ThisSetObject(agent, this_value, u"Set.prototype.intersection called on a non-Set")));
  // 3. Let otherRec be ? GetSetRecord(other).
  std::unique_ptr<SetRecord> other_record = TRY(GetSetRecord(agent, Argument(arguments, 0)));
  // 4. Let resultSetData be a new empty List.
  heap::Handle<SetObject> result = CreateResultSet(agent);
  // 5. If SetDataSize(O.[[SetData]]) ≤ otherRec.[[Size]], then
  if (static_cast<double>(set->set_data().size()) <= other_record->size) {
    // a. Let thisSize be the number of elements in O.[[SetData]].
    // b. Let index be 0.
    OrderedHashTable::Cursor cursor;
    // c. Repeat, while index < thisSize,
    //    i. Let e be O.[[SetData]][index]. ii. Set index to index + 1. iii. If e is not empty, then
    while (const OrderedHashTable::Entry* entry = set->set_data().Next(cursor)) {
      RootedValue e(agent.heap(), entry->key);
      // 1. Let inOther be ToBoolean(? Call(otherRec.[[Has]], otherRec.[[SetObject]], « e »)).
      bool in_other = TRY(CallHas(agent, *other_record, e));
      // 2. If inOther is true, then
      if (in_other) {
        // a. NOTE: It is possible for earlier calls to otherRec.[[Has]] to remove and re-add an element of
        //    O.[[SetData]], which can cause the same element to be visited twice during this iteration.
        // b. If SetDataHas(resultSetData, e) is false, then
        //    i. Append e to resultSetData.
        if (!SetDataHas(result->set_data(), e)) result->set_data().Set(e, Value::Undefined());
      }
      // 3. NOTE: The number of elements in O.[[SetData]] may have increased during execution of
      //    otherRec.[[Has]].
      // 4. Set thisSize to the number of elements in O.[[SetData]].
    }
  } else {
    // 6. Else,
    //   a. Let keysIter be ? GetIteratorFromMethod(otherRec.[[SetObject]], otherRec.[[Keys]]).
    vm::IteratorRecord keys_iter = TRY(vm::GetIteratorFromMethod(
        agent, Value::FromObject(other_record->set_object), other_record->keys));
    //   b. Let next be not-started.
    //   c. Repeat, while next is not done,
    while (true) {
      //   i. Set next to ? IteratorStepValue(keysIter).
      std::optional<Value> next = TRY(vm::IteratorStepValue(agent, keys_iter));
      //   ii. If next is not done, then
      if (!next) break;
      //     1. Set next to CanonicalizeKeyedCollectionKey(next).
      Value key = CanonicalizeKeyedCollectionKey(*next);
      //     2. Let inThis be SetDataHas(O.[[SetData]], next).
      //     3. If inThis is true, then
      //        a. NOTE: Because other is an arbitrary object, it is possible for its "keys" iterator to produce
      //           the same value more than once.
      //        b. If SetDataHas(resultSetData, next) is false, then
      //           i. Append next to resultSetData.
      if (SetDataHas(set->set_data(), key) && !SetDataHas(result->set_data(), key)) {
        result->set_data().Set(key, Value::Undefined());
      }
    }
  }
  // 7. Let result be OrdinaryObjectCreate(%Set.prototype%, « [[SetData]] »).
  // 8. Set result.[[SetData]] to resultSetData.
  // 9. Return result.
  return Value::FromObject(result);
}

// 24.2.4.10 Set.prototype.isDisjointFrom ( other )
// https://tc39.es/ecma262/#sec-set.prototype.isdisjointfrom
ThrowCompletionOr<Value> SetPrototypeIsDisjointFrom(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                    Object*) {
  // 1. Let O be the this value.
  // 2. Perform ? RequireInternalSlot(O, [[SetData]]).
  heap::Handle<SetObject> set(
      agent.heap(), TRY(ThisSetObject(agent, this_value, u"Set.prototype.isDisjointFrom called on a non-Set")));
  // 3. Let otherRec be ? GetSetRecord(other).
  std::unique_ptr<SetRecord> other_record = TRY(GetSetRecord(agent, Argument(arguments, 0)));
  // 4. If SetDataSize(O.[[SetData]]) ≤ otherRec.[[Size]], then
  if (static_cast<double>(set->set_data().size()) <= other_record->size) {
    // a. Let thisSize be the number of elements in O.[[SetData]].
    // b. Let index be 0.
    OrderedHashTable::Cursor cursor;
    // c. Repeat, while index < thisSize,
    //    i. Let e be O.[[SetData]][index]. ii. Set index to index + 1. iii. If e is not empty, then
    while (const OrderedHashTable::Entry* entry = set->set_data().Next(cursor)) {
      RootedValue e(agent.heap(), entry->key);
      // 1. Let inOther be ToBoolean(? Call(otherRec.[[Has]], otherRec.[[SetObject]], « e »)).
      bool in_other = TRY(CallHas(agent, *other_record, e));
      // 2. If inOther is true, return false.
      if (in_other) return Value::Boolean(false);
      // 3. NOTE: The number of elements in O.[[SetData]] may have increased during execution of
      //    otherRec.[[Has]].
      // 4. Set thisSize to the number of elements in O.[[SetData]].
    }
  } else {
    // 5. Else,
    //   a. Let keysIter be ? GetIteratorFromMethod(otherRec.[[SetObject]], otherRec.[[Keys]]).
    vm::IteratorRecord keys_iter = TRY(vm::GetIteratorFromMethod(
        agent, Value::FromObject(other_record->set_object), other_record->keys));
    //   b. Let next be not-started.
    //   c. Repeat, while next is not done,
    while (true) {
      //   i. Set next to ? IteratorStepValue(keysIter).
      std::optional<Value> next = TRY(vm::IteratorStepValue(agent, keys_iter));
      //   ii. If next is not done, then
      if (!next) break;
      //     1. If SetDataHas(O.[[SetData]], next) is true, then
      if (SetDataHas(set->set_data(), *next)) {
        //     a. Perform ? IteratorClose(keysIter, NormalCompletion(unused)).
        TRY(vm::IteratorClose(agent, keys_iter, Value::Undefined()));
        //     b. Return false.
        return Value::Boolean(false);
      }
    }
  }
  // 6. Return true.
  return Value::Boolean(true);
}

// 24.2.4.11 Set.prototype.isSubsetOf ( other )
// https://tc39.es/ecma262/#sec-set.prototype.issubsetof
ThrowCompletionOr<Value> SetPrototypeIsSubsetOf(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                Object*) {
  // 1. Let O be the this value.
  // 2. Perform ? RequireInternalSlot(O, [[SetData]]).
  heap::Handle<SetObject> set(agent.heap(),
                              TRY(ThisSetObject(agent, this_value, u"Set.prototype.isSubsetOf called on a non-Set")));
  // 3. Let otherRec be ? GetSetRecord(other).
  std::unique_ptr<SetRecord> other_record = TRY(GetSetRecord(agent, Argument(arguments, 0)));
  // 4. If SetDataSize(O.[[SetData]]) > otherRec.[[Size]], return false.
  if (static_cast<double>(set->set_data().size()) > other_record->size) return Value::Boolean(false);
  // 5. Let thisSize be the number of elements in O.[[SetData]].
  // 6. Let index be 0.
  OrderedHashTable::Cursor cursor;
  // 7. Repeat, while index < thisSize,
  //    a. Let e be O.[[SetData]][index]. b. Set index to index + 1. c. If e is not empty, then
  while (const OrderedHashTable::Entry* entry = set->set_data().Next(cursor)) {
    RootedValue e(agent.heap(), entry->key);
    // i. Let inOther be ToBoolean(? Call(otherRec.[[Has]], otherRec.[[SetObject]], « e »)).
    bool in_other = TRY(CallHas(agent, *other_record, e));
    // ii. If inOther is false, return false.
    if (!in_other) return Value::Boolean(false);
    // iii. NOTE: The number of elements in O.[[SetData]] may have increased during execution of
    //      otherRec.[[Has]].
    // iv. Set thisSize to the number of elements in O.[[SetData]].
  }
  // 8. Return true.
  return Value::Boolean(true);
}

// 24.2.4.12 Set.prototype.isSupersetOf ( other )
// https://tc39.es/ecma262/#sec-set.prototype.issupersetof
ThrowCompletionOr<Value> SetPrototypeIsSupersetOf(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                  Object*) {
  // 1. Let O be the this value.
  // 2. Perform ? RequireInternalSlot(O, [[SetData]]).
  heap::Handle<SetObject> set(
      agent.heap(), TRY(ThisSetObject(agent, this_value, u"Set.prototype.isSupersetOf called on a non-Set")));
  // 3. Let otherRec be ? GetSetRecord(other).
  std::unique_ptr<SetRecord> other_record = TRY(GetSetRecord(agent, Argument(arguments, 0)));
  // 4. If SetDataSize(O.[[SetData]]) < otherRec.[[Size]], return false.
  if (static_cast<double>(set->set_data().size()) < other_record->size) return Value::Boolean(false);
  // 5. Let keysIter be ? GetIteratorFromMethod(otherRec.[[SetObject]], otherRec.[[Keys]]).
  vm::IteratorRecord keys_iter =
      TRY(vm::GetIteratorFromMethod(agent, Value::FromObject(other_record->set_object), other_record->keys));
  // 6. Let next be not-started.
  // 7. Repeat, while next is not done,
  while (true) {
    // a. Set next to ? IteratorStepValue(keysIter).
    std::optional<Value> next = TRY(vm::IteratorStepValue(agent, keys_iter));
    // b. If next is not done, then
    if (!next) break;
    // i. If SetDataHas(O.[[SetData]], next) is false, then
    if (!SetDataHas(set->set_data(), *next)) {
      // 1. Perform ? IteratorClose(keysIter, NormalCompletion(unused)).
      TRY(vm::IteratorClose(agent, keys_iter, Value::Undefined()));
      // 2. Return false.
      return Value::Boolean(false);
    }
  }
  // 8. Return true.
  return Value::Boolean(true);
}

// 24.2.4.15 Set.prototype.symmetricDifference ( other )
// https://tc39.es/ecma262/#sec-set.prototype.symmetricdifference
ThrowCompletionOr<Value> SetPrototypeSymmetricDifference(Agent& agent, Value this_value,
                                                         std::span<const Value> arguments, Object*) {
  // 1. Let O be the this value.
  // 2. Perform ? RequireInternalSlot(O, [[SetData]]).
  heap::Handle<SetObject> set(
      agent.heap(), TRY(ThisSetObject(agent, this_value, u"Set.prototype.symmetricDifference called on a non-Set")));
  // 3. Let otherRec be ? GetSetRecord(other).
  std::unique_ptr<SetRecord> other_record = TRY(GetSetRecord(agent, Argument(arguments, 0)));
  // 4. Let keysIter be ? GetIteratorFromMethod(otherRec.[[SetObject]], otherRec.[[Keys]]).
  vm::IteratorRecord keys_iter =
      TRY(vm::GetIteratorFromMethod(agent, Value::FromObject(other_record->set_object), other_record->keys));
  heap::Handle<SetObject> result = CreateResultSet(agent);
  // 5. Let resultSetData be a copy of O.[[SetData]].
  result->set_data() = set->set_data();
  // 6. Let next be not-started.
  // 7. Repeat, while next is not done,
  while (true) {
    // a. Set next to ? IteratorStepValue(keysIter).
    std::optional<Value> next = TRY(vm::IteratorStepValue(agent, keys_iter));
    // b. If next is not done, then
    if (!next) break;
    // i. Set next to CanonicalizeKeyedCollectionKey(next).
    Value key = CanonicalizeKeyedCollectionKey(*next);
    // ii. Let resultIndex be SetDataIndex(resultSetData, next).
    // iii. If resultIndex is not-found, let alreadyInResult be false. Otherwise let alreadyInResult be true.
    bool already_in_result = SetDataHas(result->set_data(), key);
    // iv. If SetDataHas(O.[[SetData]], next) is true, then
    if (SetDataHas(set->set_data(), key)) {
      // 1. If alreadyInResult is true, set resultSetData[resultIndex] to empty.
      if (already_in_result) result->set_data().Remove(key);
    } else {
      // v. Else,
      //   1. If alreadyInResult is false, append next to resultSetData.
      if (!already_in_result) result->set_data().Set(key, Value::Undefined());
    }
  }
  // 8. Let result be OrdinaryObjectCreate(%Set.prototype%, « [[SetData]] »).
  // 9. Set result.[[SetData]] to resultSetData.
  // 10. Return result.
  return Value::FromObject(result);
}

// 24.2.4.16 Set.prototype.union ( other )
// https://tc39.es/ecma262/#sec-set.prototype.union
ThrowCompletionOr<Value> SetPrototypeUnion(Agent& agent, Value this_value, std::span<const Value> arguments, Object*) {
  // 1. Let O be the this value.
  // 2. Perform ? RequireInternalSlot(O, [[SetData]]).
  heap::Handle<SetObject> set(agent.heap(),
                              TRY(ThisSetObject(agent, this_value, u"Set.prototype.union called on a non-Set")));
  // 3. Let otherRec be ? GetSetRecord(other).
  std::unique_ptr<SetRecord> other_record = TRY(GetSetRecord(agent, Argument(arguments, 0)));
  // 4. Let keysIter be ? GetIteratorFromMethod(otherRec.[[SetObject]], otherRec.[[Keys]]).
  vm::IteratorRecord keys_iter =
      TRY(vm::GetIteratorFromMethod(agent, Value::FromObject(other_record->set_object), other_record->keys));
  heap::Handle<SetObject> result = CreateResultSet(agent);
  // 5. Let resultSetData be a copy of O.[[SetData]].
  result->set_data() = set->set_data();
  // 6. Let next be not-started.
  // 7. Repeat, while next is not done,
  while (true) {
    // a. Set next to ? IteratorStepValue(keysIter).
    std::optional<Value> next = TRY(vm::IteratorStepValue(agent, keys_iter));
    // b. If next is not done, then
    if (!next) break;
    // i. Set next to CanonicalizeKeyedCollectionKey(next).
    Value key = CanonicalizeKeyedCollectionKey(*next);
    // ii. If SetDataHas(resultSetData, next) is false, then
    //     1. Append next to resultSetData.
    if (!SetDataHas(result->set_data(), key)) result->set_data().Set(key, Value::Undefined());
  }
  // 8. Let result be OrdinaryObjectCreate(%Set.prototype%, « [[SetData]] »).
  // 9. Set result.[[SetData]] to resultSetData.
  // 10. Return result.
  return Value::FromObject(result);
}

// 24.2.4.14 get Set.prototype.size
// https://tc39.es/ecma262/#sec-get-set.prototype.size
ThrowCompletionOr<Value> GetSetPrototypeSize(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let S be the this value.
  // 2. Perform ? RequireInternalSlot(S, [[SetData]]).
  SetObject* set = TRY(ThisSetObject(agent, this_value, u"get Set.prototype.size called on a non-Set"));
  // 3. Let size be SetDataSize(S.[[SetData]]).
  // 4. Return 𝔽(size).
  return Value::Number(static_cast<double>(set->set_data().size()));
}

// 24.2.4.17 Set.prototype.values ( )
// https://tc39.es/ecma262/#sec-set.prototype.values
ThrowCompletionOr<Value> SetPrototypeValues(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let S be the this value.
  // 2. Return ? CreateSetIterator(S, value).
  return CreateSetIterator(agent, this_value, SetIteratorObject::Kind::kValue);
}

// 24.2.6.2.1 %SetIteratorPrototype%.next ( )
// https://tc39.es/ecma262/#sec-%setiteratorprototype%.next
ThrowCompletionOr<Value> SetIteratorPrototypeNext(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Return ? GeneratorResume(this value, empty, "%SetIteratorPrototype%").
  //    (GeneratorValidate: a TypeError unless this is a Set Iterator; then the closure of
  //    CreateSetIterator resumes at its loop.)
  auto* iterator_object = this_value.IsObject() ? dynamic_cast<SetIteratorObject*>(this_value.AsObject()) : nullptr;
  if (iterator_object == nullptr) {
    return interpreter::ThrowTypeError(agent, u"%SetIteratorPrototype%.next called on a non-Set Iterator");
  }
  heap::Handle<SetIteratorObject> iterator(agent.heap(), iterator_object);
  SetObject* set = iterator->set();
  // The generator has completed: { value: undefined, done: true }.
  if (set == nullptr) return Value::FromObject(vm::CreateIteratorResultObject(agent, Value::Undefined(), true));
  // a. Let index be 0. b. Let entries be set.[[SetData]]. c. Let numEntries be the number of elements in
  //    entries. d. Repeat, while index < numEntries,
  //    i. Let e be entries[index]. ii. Set index to index + 1. iii. If e is not empty, then
  const OrderedHashTable::Entry* entry = set->set_data().Next(iterator->cursor());
  if (entry == nullptr) {
    // e. Return NormalCompletion(unused). (The generator completes.)
    iterator->set_set(nullptr);
    return Value::FromObject(vm::CreateIteratorResultObject(agent, Value::Undefined(), true));
  }
  RootedValue e(agent.heap(), entry->key);
  RootedValue result(agent.heap(), e.get());
  // 1. If kind is key+value, then
  if (iterator->kind() == SetIteratorObject::Kind::kKeyValue) {
    // a. Let result be CreateArrayFromList(« e, e »).
    Value pair[] = {e, e};
    result = Value::FromObject(interpreter::CreateArrayFromList(agent, std::span<const Value>(pair)));
    // b. Perform ? GeneratorYield(CreateIteratorResultObject(result, false)).
  }
  // 2. Else,
  //    a. Assert: kind is value.
  //    b. Perform ? GeneratorYield(CreateIteratorResultObject(e, false)).
  return Value::FromObject(vm::CreateIteratorResultObject(agent, result, false));
}

}  // namespace

void CreateSetIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 24.2.4 Properties of the Set Prototype Object: an ordinary object, [[Prototype]] %Object.prototype%.
  heap::Handle<Object> prototype(
      agent.heap(), interpreter::OrdinaryObjectCreate(agent, realm->intrinsic(Intrinsic::kObjectPrototype)));
  realm->set_intrinsic(Intrinsic::kSetPrototype, prototype);
  // 24.2.3 Properties of the Set Constructor.
  heap::Handle<Object> constructor(
      agent.heap(), CreateBuiltinConstructor(agent, realm, Intrinsic::kSet, u"Set", 0, SetConstructor, prototype));
  DefineBuiltinAccessor(agent, realm, constructor,
                        PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kSpecies)), GetSetSpecies);

  DefineBuiltinMethod(agent, realm, prototype, u"add", 1, SetPrototypeAdd);
  DefineBuiltinMethod(agent, realm, prototype, u"clear", 0, SetPrototypeClear);
  DefineBuiltinMethod(agent, realm, prototype, u"delete", 1, SetPrototypeDelete);
  DefineBuiltinMethod(agent, realm, prototype, u"difference", 1, SetPrototypeDifference);
  DefineBuiltinMethod(agent, realm, prototype, u"entries", 0, SetPrototypeEntries);
  DefineBuiltinMethod(agent, realm, prototype, u"forEach", 1, SetPrototypeForEach);
  DefineBuiltinMethod(agent, realm, prototype, u"has", 1, SetPrototypeHas);
  DefineBuiltinMethod(agent, realm, prototype, u"intersection", 1, SetPrototypeIntersection);
  DefineBuiltinMethod(agent, realm, prototype, u"isDisjointFrom", 1, SetPrototypeIsDisjointFrom);
  DefineBuiltinMethod(agent, realm, prototype, u"isSubsetOf", 1, SetPrototypeIsSubsetOf);
  DefineBuiltinMethod(agent, realm, prototype, u"isSupersetOf", 1, SetPrototypeIsSupersetOf);
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"size"), GetSetPrototypeSize);
  DefineBuiltinMethod(agent, realm, prototype, u"symmetricDifference", 1, SetPrototypeSymmetricDifference);
  DefineBuiltinMethod(agent, realm, prototype, u"union", 1, SetPrototypeUnion);
  NativeFunction* values = DefineBuiltinMethod(agent, realm, prototype, u"values", 0, SetPrototypeValues);
  // 24.2.4.13 Set.prototype.keys ( ): the initial value is %Set.prototype.values%.
  DefineBuiltinData(agent, prototype, agent.Key(u"keys"), Value::FromObject(values));
  // 24.2.4.18 Set.prototype [ %Symbol.iterator% ] ( ): the initial value is %Set.prototype.values%.
  DefineBuiltinData(agent, prototype, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kIterator)),
                    Value::FromObject(values));
  // 24.2.4.19 Set.prototype [ %Symbol.toStringTag% ]: "Set", { [[Writable]]: false, [[Enumerable]]: false,
  // [[Configurable]]: true }.
  DefineBuiltinData(agent, prototype, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag)),
                    agent.InternedString(u"Set"), false, false, true);

  // 24.2.6.2 The %SetIteratorPrototype% Object: [[Prototype]] %Iterator.prototype%.
  heap::Handle<Object> iterator_prototype(
      agent.heap(), interpreter::OrdinaryObjectCreate(agent, realm->intrinsic(Intrinsic::kIteratorPrototype)));
  realm->set_intrinsic(Intrinsic::kSetIteratorPrototype, iterator_prototype);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"next", 0, SetIteratorPrototypeNext);
  // 24.2.6.2.2 %SetIteratorPrototype% [ %Symbol.toStringTag% ]: "Set Iterator".
  DefineBuiltinData(agent, iterator_prototype,
                    PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag)),
                    agent.InternedString(u"Set Iterator"), false, false, true);
}

}  // namespace async_runtime::builtins
