#include "runtime/builtins/map.h"

#include "runtime/interpreter/array_object.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

using interpreter::RootedValue;
namespace vm = interpreter::vm;

namespace {

// The result of IteratorClose(iteratorRecord, throwCompletion), which is always abrupt, as a completion of
// any type.
interpreter::ThrowCompletion CloseIteratorAfterThrow(Agent& agent, const vm::IteratorRecord& iterator_record,
                                                     interpreter::ThrowCompletion completion) {
  return vm::IteratorClose(agent, iterator_record, completion).throw_completion();
}

// RequireInternalSlot(map, [[MapData]]).
ThrowCompletionOr<MapObject*> ThisMapObject(Agent& agent, Value map, const char16_t* message) {
  auto* object = map.IsObject() ? dynamic_cast<MapObject*>(map.AsObject()) : nullptr;
  if (object == nullptr) return interpreter::ThrowTypeError(agent, message);
  return object;
}

}  // namespace

// 24.1.1.2 AddEntriesFromIterable ( target, iterable, adder )
// https://tc39.es/ecma262/#sec-add-entries-from-iterable
ThrowCompletionOr<Object*> AddEntriesFromIterable(Agent& agent, Object* target_object, Value iterable,
                                                  Value adder_value) {
  heap::Handle<Object> target(agent.heap(), target_object);
  RootedValue adder(agent.heap(), adder_value);
  // 1. Let iteratorRecord be ? GetIterator(iterable, sync).
  vm::IteratorRecord iterator_record = TRY(vm::GetIterator(agent, iterable));
  // 2. Repeat,
  while (true) {
    // a. Let next be ? IteratorStepValue(iteratorRecord).
    std::optional<Value> next_value = TRY(vm::IteratorStepValue(agent, iterator_record));
    // b. If next is done, return target.
    if (!next_value) return target.get();
    // c. If next is not an Object, then
    if (!next_value->IsObject()) {
      // i. Let error be ThrowCompletion(a newly created TypeError object).
      ThrowCompletionOr<Value> error = interpreter::ThrowTypeError(agent, u"Iterator value is not an entry object");
      // ii. Return ? IteratorClose(iteratorRecord, error).
      return CloseIteratorAfterThrow(agent, iterator_record, error.throw_completion());
    }
    heap::Handle<Object> next(agent.heap(), next_value->AsObject());
    // d. Let key be Completion(Get(next, "0")).
    ThrowCompletionOr<Value> key_completion = interpreter::Get(agent, next, PropertyKey::FromNumber(agent.strings(), 0));
    // e. IfAbruptCloseIterator(key, iteratorRecord).
    if (key_completion.is_throw_completion()) {
      return CloseIteratorAfterThrow(agent, iterator_record, key_completion.throw_completion());
    }
    RootedValue key(agent.heap(), key_completion.value());
    // f. Let value be Completion(Get(next, "1")).
    ThrowCompletionOr<Value> value_completion =
        interpreter::Get(agent, next, PropertyKey::FromNumber(agent.strings(), 1));
    // g. IfAbruptCloseIterator(value, iteratorRecord).
    if (value_completion.is_throw_completion()) {
      return CloseIteratorAfterThrow(agent, iterator_record, value_completion.throw_completion());
    }
    RootedValue value(agent.heap(), value_completion.value());
    // h. Let status be Completion(Call(adder, target, « key, value »)).
    Value adder_arguments[] = {key, value};
    ThrowCompletionOr<Value> status = interpreter::Call(agent, adder, Value::FromObject(target), adder_arguments);
    // i. IfAbruptCloseIterator(status, iteratorRecord).
    if (status.is_throw_completion()) {
      return CloseIteratorAfterThrow(agent, iterator_record, status.throw_completion());
    }
  }
}

// 7.3.34 AddValueToKeyedGroup ( groups, key, value )
// https://tc39.es/ecma262/#sec-add-value-to-keyed-group
static void AddValueToKeyedGroup(Agent& agent, std::vector<std::unique_ptr<KeyedGroup>>& groups, Value key,
                                 Value value) {
  // 1. For each Record { [[Key]], [[Elements]] } group of groups, do
  for (auto& group : groups) {
    // a. If SameValue(group.[[Key]], key) is true, then
    if (interpreter::SameValue(group->key, key)) {
      // i. Assert: Exactly one element of groups meets this criterion.
      // ii. Append value to group.[[Elements]].
      group->elements.values().push_back(value);
      // iii. Return unused.
      return;
    }
  }
  // 2. Let group be the Record { [[Key]]: key, [[Elements]]: « value » }.
  auto group = std::make_unique<KeyedGroup>(agent.heap(), key);
  group->elements.values().push_back(value);
  // 3. Append group to groups.
  groups.push_back(std::move(group));
  // 4. Return unused.
}

// 7.3.35 GroupBy ( items, callback, keyCoercion )
// https://tc39.es/ecma262/#sec-groupby
ThrowCompletionOr<void> GroupBy(Agent& agent, Value items, Value callback_value, KeyCoercion key_coercion,
                                std::vector<std::unique_ptr<KeyedGroup>>& groups) {
  RootedValue callback(agent.heap(), callback_value);
  // 1. Perform ? RequireObjectCoercible(items).
  if (items.IsNullish()) return interpreter::ThrowTypeError(agent, u"groupBy called on null or undefined");
  // 2. If IsCallable(callback) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(callback)) return interpreter::ThrowTypeError(agent, u"groupBy callback is not callable");
  // 3. Let groups be a new empty List.
  // 4. Let iteratorRecord be ? GetIterator(items, sync).
  vm::IteratorRecord iterator_record = TRY(vm::GetIterator(agent, items));
  // 5. Let k be 0.
  double k = 0;
  // 6. Repeat,
  while (true) {
    // a. If k ≥ 2^53 - 1, then
    if (k >= 9007199254740991.0) {
      // i. Let error be ThrowCompletion(a newly created TypeError object).
      ThrowCompletionOr<Value> error = interpreter::ThrowTypeError(agent, u"groupBy: too many elements");
      // ii. Return ? IteratorClose(iteratorRecord, error).
      return CloseIteratorAfterThrow(agent, iterator_record, error.throw_completion());
    }
    // b. Let next be ? IteratorStepValue(iteratorRecord).
    std::optional<Value> next = TRY(vm::IteratorStepValue(agent, iterator_record));
    // c. If next is done, then
    //    i. Return groups.
    if (!next) return {};
    // d. Let value be next.
    RootedValue value(agent.heap(), *next);
    // e. Let key be Completion(Call(callback, undefined, « value, 𝔽(k) »)).
    Value callback_arguments[] = {value, Value::Number(k)};
    ThrowCompletionOr<Value> key_completion = interpreter::Call(agent, callback, Value::Undefined(), callback_arguments);
    // f. IfAbruptCloseIterator(key, iteratorRecord).
    if (key_completion.is_throw_completion()) {
      return CloseIteratorAfterThrow(agent, iterator_record, key_completion.throw_completion());
    }
    RootedValue key(agent.heap(), key_completion.value());
    // g. If keyCoercion is property, then
    if (key_coercion == KeyCoercion::kProperty) {
      // i. Set key to Completion(ToPropertyKey(key)).
      ThrowCompletionOr<PropertyKey> property_key = vm::ToPropertyKey(agent, key);
      // ii. IfAbruptCloseIterator(key, iteratorRecord).
      if (property_key.is_throw_completion()) {
        return CloseIteratorAfterThrow(agent, iterator_record, property_key.throw_completion());
      }
      key = property_key.value().ToValue(agent.strings());
    } else {
      // h. Else,
      //   i. Assert: keyCoercion is collection.
      //   ii. Set key to CanonicalizeKeyedCollectionKey(key).
      key = CanonicalizeKeyedCollectionKey(key);
    }
    // i. Perform AddValueToKeyedGroup(groups, key, value).
    AddValueToKeyedGroup(agent, groups, key, value);
    // j. Set k to k + 1.
    k += 1;
  }
}

namespace {

// 24.1.1.1 Map ( [ iterable ] )
// https://tc39.es/ecma262/#sec-map-iterable
ThrowCompletionOr<Value> MapConstructor(Agent& agent, Value, std::span<const Value> arguments, Object* new_target) {
  Value iterable = Argument(arguments, 0);
  // 1. If NewTarget is undefined, throw a TypeError exception.
  if (new_target == nullptr) return interpreter::ThrowTypeError(agent, u"Constructor Map requires 'new'");
  // 2. Let map be ? OrdinaryCreateFromConstructor(NewTarget, "%Map.prototype%", « [[MapData]] »).
  // 3. Set map.[[MapData]] to a new empty List.
  heap::Handle<MapObject> map(agent.heap(),
                              TRY(OrdinaryCreateFromConstructor<MapObject>(agent, new_target, Intrinsic::kMapPrototype)));
  // 4. If iterable is either undefined or null, return map.
  if (iterable.IsNullish()) return Value::FromObject(map);
  // 5. Let adder be ? Get(map, "set").
  Value adder = TRY(interpreter::Get(agent, map, agent.Key(u"set")));
  // 6. If IsCallable(adder) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(adder)) return interpreter::ThrowTypeError(agent, u"Map.prototype.set is not callable");
  // 7. Return ? AddEntriesFromIterable(map, iterable, adder).
  return Value::FromObject(TRY(AddEntriesFromIterable(agent, map, iterable, adder)));
}

// 24.1.2.1 Map.groupBy ( items, callback )
// https://tc39.es/ecma262/#sec-map.groupby
ThrowCompletionOr<Value> MapGroupBy(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let groups be ? GroupBy(items, callback, collection).
  std::vector<std::unique_ptr<KeyedGroup>> groups;
  TRY(GroupBy(agent, Argument(arguments, 0), Argument(arguments, 1), KeyCoercion::kCollection, groups));
  // 2. Let map be ! Construct(%Map%).
  heap::Handle<MapObject> map(agent.heap(), interpreter::OrdinaryObjectCreate<MapObject>(
                                                agent, CurrentIntrinsic(agent, Intrinsic::kMapPrototype)));
  // 3. For each Record { [[Key]], [[Elements]] } group of groups, do
  for (auto& group : groups) {
    // a. Let elements be CreateArrayFromList(group.[[Elements]]).
    Object* elements = interpreter::CreateArrayFromList(agent, std::span<const Value>(group->elements.values()));
    // b. Let entry be the Record { [[Key]]: group.[[Key]], [[Value]]: elements }.
    // c. Append entry to map.[[MapData]].
    map->map_data().Set(group->key, Value::FromObject(elements));
  }
  // 4. Return map.
  return Value::FromObject(map);
}

// 24.1.2.3 get Map [ %Symbol.species% ]
// https://tc39.es/ecma262/#sec-get-map-%symbol.species%
ThrowCompletionOr<Value> GetMapSpecies(Agent&, Value this_value, std::span<const Value>, Object*) {
  // 1. Return the this value.
  return this_value;
}

// 24.1.3.1 Map.prototype.clear ( )
// https://tc39.es/ecma262/#sec-map.prototype.clear
ThrowCompletionOr<Value> MapPrototypeClear(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let M be the this value.
  // 2. Perform ? RequireInternalSlot(M, [[MapData]]).
  MapObject* map = TRY(ThisMapObject(agent, this_value, u"Map.prototype.clear called on a non-Map"));
  // 3. For each Record { [[Key]], [[Value]] } p of M.[[MapData]], do
  //    a. Set p.[[Key]] to empty.
  //    b. Set p.[[Value]] to empty.
  map->map_data().Clear();
  // 4. Return undefined.
  return Value::Undefined();
}

// 24.1.3.3 Map.prototype.delete ( key )
// https://tc39.es/ecma262/#sec-map.prototype.delete
ThrowCompletionOr<Value> MapPrototypeDelete(Agent& agent, Value this_value, std::span<const Value> arguments,
                                            Object*) {
  // 1. Let M be the this value.
  // 2. Perform ? RequireInternalSlot(M, [[MapData]]).
  MapObject* map = TRY(ThisMapObject(agent, this_value, u"Map.prototype.delete called on a non-Map"));
  // 3. Set key to CanonicalizeKeyedCollectionKey(key).
  Value key = CanonicalizeKeyedCollectionKey(Argument(arguments, 0));
  // 4. For each Record { [[Key]], [[Value]] } p of M.[[MapData]], do
  //    a. If p.[[Key]] is not empty and SameValue(p.[[Key]], key) is true, then
  //       i. Set p.[[Key]] to empty. ii. Set p.[[Value]] to empty. iii. Return true.
  // 5. Return false.
  return Value::Boolean(map->map_data().Remove(key));
}

// 24.1.5.1 CreateMapIterator ( map, kind )
// https://tc39.es/ecma262/#sec-createmapiterator
ThrowCompletionOr<Value> CreateMapIterator(Agent& agent, Value map_value, MapIteratorObject::Kind kind) {
  // 1. Perform ? RequireInternalSlot(map, [[MapData]]).
  MapObject* map = TRY(ThisMapObject(agent, map_value, u"Map iterator method called on a non-Map"));
  // 2. Let closure be a new Abstract Closure with no parameters that captures map and kind ...
  //    (The closure's state — map, kind and index — lives in the MapIteratorObject; its steps are
  //    %MapIteratorPrototype%.next below.)
  // 3. Return CreateIteratorFromClosure(closure, "%MapIteratorPrototype%", %MapIteratorPrototype%).
  return Value::FromObject(interpreter::OrdinaryObjectCreate<MapIteratorObject>(
      agent, CurrentIntrinsic(agent, Intrinsic::kMapIteratorPrototype), map, kind));
}

// 24.1.3.4 Map.prototype.entries ( )
// https://tc39.es/ecma262/#sec-map.prototype.entries
ThrowCompletionOr<Value> MapPrototypeEntries(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let M be the this value.
  // 2. Return ? CreateMapIterator(M, key+value).
  return CreateMapIterator(agent, this_value, MapIteratorObject::Kind::kKeyValue);
}

// 24.1.3.5 Map.prototype.forEach ( callback [ , thisArg ] )
// https://tc39.es/ecma262/#sec-map.prototype.foreach
ThrowCompletionOr<Value> MapPrototypeForEach(Agent& agent, Value this_value, std::span<const Value> arguments,
                                             Object*) {
  Value callback = Argument(arguments, 0);
  Value this_arg = Argument(arguments, 1);
  // 1. Let M be the this value.
  // 2. Perform ? RequireInternalSlot(M, [[MapData]]).
  heap::Handle<MapObject> map(agent.heap(),
                              TRY(ThisMapObject(agent, this_value, u"Map.prototype.forEach called on a non-Map")));
  // 3. If IsCallable(callback) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(callback)) {
    return interpreter::ThrowTypeError(agent, u"Map.prototype.forEach callback is not callable");
  }
  // 4. Let entries be M.[[MapData]].
  // 5. Let numEntries be the number of elements in entries.
  // 6. Let index be 0.
  OrderedHashTable::Cursor cursor;
  // 7. Repeat, while index < numEntries,
  //    a. Let e be entries[index]. b. Set index to index + 1.
  //    c. If e.[[Key]] is not empty, then
  while (const OrderedHashTable::Entry* entry = map->map_data().Next(cursor)) {
    // i. Perform ? Call(callback, thisArg, « e.[[Value]], e.[[Key]], M »).
    Value callback_arguments[] = {entry->value, entry->key, Value::FromObject(map)};
    RootedValue value(agent.heap(), callback_arguments[0]);
    RootedValue key(agent.heap(), callback_arguments[1]);
    TRY(interpreter::Call(agent, callback, this_arg, callback_arguments));
    // ii. NOTE: The number of elements in entries may have increased during execution of callback.
    // iii. Set numEntries to the number of elements in entries.
  }
  // 8. Return undefined.
  return Value::Undefined();
}

// 24.1.3.6 Map.prototype.get ( key )
// https://tc39.es/ecma262/#sec-map.prototype.get
ThrowCompletionOr<Value> MapPrototypeGet(Agent& agent, Value this_value, std::span<const Value> arguments, Object*) {
  // 1. Let M be the this value.
  // 2. Perform ? RequireInternalSlot(M, [[MapData]]).
  MapObject* map = TRY(ThisMapObject(agent, this_value, u"Map.prototype.get called on a non-Map"));
  // 3. Set key to CanonicalizeKeyedCollectionKey(key).
  Value key = CanonicalizeKeyedCollectionKey(Argument(arguments, 0));
  // 4. For each Record { [[Key]], [[Value]] } p of M.[[MapData]], do
  //    a. If p.[[Key]] is not empty and SameValue(p.[[Key]], key) is true, return p.[[Value]].
  if (const OrderedHashTable::Entry* entry = map->map_data().Find(key)) return entry->value;
  // 5. Return undefined.
  return Value::Undefined();
}

// 24.1.3.7 Map.prototype.getOrInsert ( key, value )
// https://tc39.es/ecma262/#sec-map.prototype.getorinsert
ThrowCompletionOr<Value> MapPrototypeGetOrInsert(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  Value value = Argument(arguments, 1);
  // 1. Let M be the this value.
  // 2. Perform ? RequireInternalSlot(M, [[MapData]]).
  MapObject* map = TRY(ThisMapObject(agent, this_value, u"Map.prototype.getOrInsert called on a non-Map"));
  // 3. Set key to CanonicalizeKeyedCollectionKey(key).
  Value key = CanonicalizeKeyedCollectionKey(Argument(arguments, 0));
  // 4. For each Record { [[Key]], [[Value]] } p of M.[[MapData]], do
  //    a. If p.[[Key]] is not empty and SameValue(p.[[Key]], key) is true, return p.[[Value]].
  if (const OrderedHashTable::Entry* entry = map->map_data().Find(key)) return entry->value;
  // 5. Let p be the Record { [[Key]]: key, [[Value]]: value }.
  // 6. Append p to M.[[MapData]].
  map->map_data().Set(key, value);
  // 7. Return value.
  return value;
}

// 24.1.3.8 Map.prototype.getOrInsertComputed ( key, callback )
// https://tc39.es/ecma262/#sec-map.prototype.getorinsertcomputed
ThrowCompletionOr<Value> MapPrototypeGetOrInsertComputed(Agent& agent, Value this_value,
                                                         std::span<const Value> arguments, Object*) {
  Value callback = Argument(arguments, 1);
  // 1. Let map be the this value.
  // 2. Perform ? RequireInternalSlot(map, [[MapData]]).
  heap::Handle<MapObject> map(
      agent.heap(), TRY(ThisMapObject(agent, this_value, u"Map.prototype.getOrInsertComputed called on a non-Map")));
  // 3. If IsCallable(callback) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(callback)) {
    return interpreter::ThrowTypeError(agent, u"Map.prototype.getOrInsertComputed callback is not callable");
  }
  // 4. Set key to CanonicalizeKeyedCollectionKey(key).
  Value key = CanonicalizeKeyedCollectionKey(Argument(arguments, 0));
  // 5. For each Record { [[Key]], [[Value]] } entry of map.[[MapData]], do
  //    a. If entry.[[Key]] is not empty and SameValue(entry.[[Key]], key) is true, return entry.[[Value]].
  if (const OrderedHashTable::Entry* entry = map->map_data().Find(key)) return entry->value;
  // 6. Let value be ? Call(callback, undefined, « key »).
  Value callback_arguments[] = {key};
  Value value = TRY(interpreter::Call(agent, callback, Value::Undefined(), callback_arguments));
  // 7. NOTE: The Map may have been modified during execution of callback.
  // 8. For each Record { [[Key]], [[Value]] } entry of map.[[MapData]], do
  //    a. If entry.[[Key]] is not empty and SameValue(entry.[[Key]], key) is true, then
  //       i. Set entry.[[Value]] to value. ii. Return value.
  // 9. Let entry be the Record { [[Key]]: key, [[Value]]: value }.
  // 10. Append entry to map.[[MapData]].
  map->map_data().Set(key, value);
  // 11. Return value.
  return value;
}

// 24.1.3.9 Map.prototype.has ( key )
// https://tc39.es/ecma262/#sec-map.prototype.has
ThrowCompletionOr<Value> MapPrototypeHas(Agent& agent, Value this_value, std::span<const Value> arguments, Object*) {
  // 1. Let M be the this value.
  // 2. Perform ? RequireInternalSlot(M, [[MapData]]).
  MapObject* map = TRY(ThisMapObject(agent, this_value, u"Map.prototype.has called on a non-Map"));
  // 3. Set key to CanonicalizeKeyedCollectionKey(key).
  Value key = CanonicalizeKeyedCollectionKey(Argument(arguments, 0));
  // 4. For each Record { [[Key]], [[Value]] } p of M.[[MapData]], do
  //    a. If p.[[Key]] is not empty and SameValue(p.[[Key]], key) is true, return true.
  // 5. Return false.
  return Value::Boolean(map->map_data().Contains(key));
}

// 24.1.3.10 Map.prototype.keys ( )
// https://tc39.es/ecma262/#sec-map.prototype.keys
ThrowCompletionOr<Value> MapPrototypeKeys(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let M be the this value.
  // 2. Return ? CreateMapIterator(M, key).
  return CreateMapIterator(agent, this_value, MapIteratorObject::Kind::kKey);
}

// 24.1.3.11 Map.prototype.set ( key, value )
// https://tc39.es/ecma262/#sec-map.prototype.set
ThrowCompletionOr<Value> MapPrototypeSet(Agent& agent, Value this_value, std::span<const Value> arguments, Object*) {
  // 1. Let M be the this value.
  // 2. Perform ? RequireInternalSlot(M, [[MapData]]).
  MapObject* map = TRY(ThisMapObject(agent, this_value, u"Map.prototype.set called on a non-Map"));
  // 3. Set key to CanonicalizeKeyedCollectionKey(key).
  Value key = CanonicalizeKeyedCollectionKey(Argument(arguments, 0));
  // 4. For each Record { [[Key]], [[Value]] } p of M.[[MapData]], do
  //    a. If p.[[Key]] is not empty and SameValue(p.[[Key]], key) is true, then
  //       i. Set p.[[Value]] to value. ii. Return M.
  // 5. Let p be the Record { [[Key]]: key, [[Value]]: value }.
  // 6. Append p to M.[[MapData]].
  map->map_data().Set(key, Argument(arguments, 1));
  // 7. Return M.
  return Value::FromObject(map);
}

// 24.1.3.12 get Map.prototype.size
// https://tc39.es/ecma262/#sec-get-map.prototype.size
ThrowCompletionOr<Value> GetMapPrototypeSize(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let M be the this value.
  // 2. Perform ? RequireInternalSlot(M, [[MapData]]).
  MapObject* map = TRY(ThisMapObject(agent, this_value, u"get Map.prototype.size called on a non-Map"));
  // 3. Let count be 0.
  // 4. For each Record { [[Key]], [[Value]] } p of M.[[MapData]], do
  //    a. If p.[[Key]] is not empty, set count to count + 1.
  // 5. Return 𝔽(count).
  return Value::Number(static_cast<double>(map->map_data().size()));
}

// 24.1.3.13 Map.prototype.values ( )
// https://tc39.es/ecma262/#sec-map.prototype.values
ThrowCompletionOr<Value> MapPrototypeValues(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let M be the this value.
  // 2. Return ? CreateMapIterator(M, value).
  return CreateMapIterator(agent, this_value, MapIteratorObject::Kind::kValue);
}

// 24.1.5.2.1 %MapIteratorPrototype%.next ( )
// https://tc39.es/ecma262/#sec-%mapiteratorprototype%.next
ThrowCompletionOr<Value> MapIteratorPrototypeNext(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Return ? GeneratorResume(this value, empty, "%MapIteratorPrototype%").
  //    (GeneratorValidate: a TypeError unless this is a Map Iterator; then the closure of
  //    CreateMapIterator resumes at its loop.)
  auto* iterator_object = this_value.IsObject() ? dynamic_cast<MapIteratorObject*>(this_value.AsObject()) : nullptr;
  if (iterator_object == nullptr) {
    return interpreter::ThrowTypeError(agent, u"%MapIteratorPrototype%.next called on a non-Map Iterator");
  }
  heap::Handle<MapIteratorObject> iterator(agent.heap(), iterator_object);
  MapObject* map = iterator->map();
  // The generator has completed: { value: undefined, done: true }.
  if (map == nullptr) return Value::FromObject(vm::CreateIteratorResultObject(agent, Value::Undefined(), true));
  // a. Let entries be map.[[MapData]]. ... d. Repeat, while index < numEntries,
  //    i. Let e be entries[index]. ii. Set index to index + 1. iii. If e.[[Key]] is not empty, then
  const OrderedHashTable::Entry* entry = map->map_data().Next(iterator->cursor());
  if (entry == nullptr) {
    // e. Return NormalCompletion(unused). (The generator completes.)
    iterator->set_map(nullptr);
    return Value::FromObject(vm::CreateIteratorResultObject(agent, Value::Undefined(), true));
  }
  RootedValue key(agent.heap(), entry->key);
  RootedValue value(agent.heap(), entry->value);
  RootedValue result(agent.heap());
  switch (iterator->kind()) {
    // 1. If kind is key, let result be e.[[Key]].
    case MapIteratorObject::Kind::kKey:
      result = key.get();
      break;
    // 2. Else if kind is value, let result be e.[[Value]].
    case MapIteratorObject::Kind::kValue:
      result = value.get();
      break;
    // 3. Else,
    //    a. Assert: kind is key+value.
    //    b. Let result be CreateArrayFromList(« e.[[Key]], e.[[Value]] »).
    case MapIteratorObject::Kind::kKeyValue: {
      Value pair[] = {key, value};
      result = Value::FromObject(interpreter::CreateArrayFromList(agent, std::span<const Value>(pair)));
      break;
    }
  }
  // 4. Perform ? GeneratorYield(CreateIteratorResultObject(result, false)).
  return Value::FromObject(vm::CreateIteratorResultObject(agent, result, false));
}

}  // namespace

void CreateMapIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 24.1.3 Properties of the Map Prototype Object: an ordinary object, [[Prototype]] %Object.prototype%.
  heap::Handle<Object> prototype(
      agent.heap(), interpreter::OrdinaryObjectCreate(agent, realm->intrinsic(Intrinsic::kObjectPrototype)));
  realm->set_intrinsic(Intrinsic::kMapPrototype, prototype);
  // 24.1.2 Properties of the Map Constructor.
  heap::Handle<Object> constructor(
      agent.heap(), CreateBuiltinConstructor(agent, realm, Intrinsic::kMap, u"Map", 0, MapConstructor, prototype));
  DefineBuiltinMethod(agent, realm, constructor, u"groupBy", 2, MapGroupBy);
  DefineBuiltinAccessor(agent, realm, constructor,
                        PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kSpecies)), GetMapSpecies);

  DefineBuiltinMethod(agent, realm, prototype, u"clear", 0, MapPrototypeClear);
  DefineBuiltinMethod(agent, realm, prototype, u"delete", 1, MapPrototypeDelete);
  NativeFunction* entries = DefineBuiltinMethod(agent, realm, prototype, u"entries", 0, MapPrototypeEntries);
  // 24.1.3.14 Map.prototype [ %Symbol.iterator% ] ( ): the initial value is %Map.prototype.entries%.
  DefineBuiltinData(agent, prototype, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kIterator)),
                    Value::FromObject(entries));
  DefineBuiltinMethod(agent, realm, prototype, u"forEach", 1, MapPrototypeForEach);
  DefineBuiltinMethod(agent, realm, prototype, u"get", 1, MapPrototypeGet);
  DefineBuiltinMethod(agent, realm, prototype, u"getOrInsert", 2, MapPrototypeGetOrInsert);
  DefineBuiltinMethod(agent, realm, prototype, u"getOrInsertComputed", 2, MapPrototypeGetOrInsertComputed);
  DefineBuiltinMethod(agent, realm, prototype, u"has", 1, MapPrototypeHas);
  DefineBuiltinMethod(agent, realm, prototype, u"keys", 0, MapPrototypeKeys);
  DefineBuiltinMethod(agent, realm, prototype, u"set", 2, MapPrototypeSet);
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"size"), GetMapPrototypeSize);
  DefineBuiltinMethod(agent, realm, prototype, u"values", 0, MapPrototypeValues);
  // 24.1.3.15 Map.prototype [ %Symbol.toStringTag% ]: "Map", { [[Writable]]: false, [[Enumerable]]: false,
  // [[Configurable]]: true }.
  DefineBuiltinData(agent, prototype, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag)),
                    agent.InternedString(u"Map"), false, false, true);

  // 24.1.5.2 The %MapIteratorPrototype% Object: [[Prototype]] %Iterator.prototype%.
  heap::Handle<Object> iterator_prototype(
      agent.heap(), interpreter::OrdinaryObjectCreate(agent, realm->intrinsic(Intrinsic::kIteratorPrototype)));
  realm->set_intrinsic(Intrinsic::kMapIteratorPrototype, iterator_prototype);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"next", 0, MapIteratorPrototypeNext);
  // 24.1.5.2.2 %MapIteratorPrototype% [ %Symbol.toStringTag% ]: "Map Iterator".
  DefineBuiltinData(agent, iterator_prototype,
                    PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag)),
                    agent.InternedString(u"Map Iterator"), false, false, true);
}

}  // namespace async_runtime::builtins
