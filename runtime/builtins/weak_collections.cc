#include "runtime/builtins/weak_collections.h"

#include <optional>

#include "runtime/builtins/map.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/iteration.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

using interpreter::RootedValue;
namespace vm = interpreter::vm;

// 9.13 CanBeHeldWeakly ( arg )
// https://tc39.es/ecma262/#sec-canbeheldweakly
bool CanBeHeldWeakly(Agent& agent, Value arg) {
  // 1. If arg is an Object, return true.
  if (arg.IsObject()) return true;
  // 2. If arg is a Symbol and KeyForSymbol(arg) is undefined, return true.
  if (arg.IsSymbol()) {
    // (KeyForSymbol: a registered symbol's [[Description]] is its [[Key]], so one look-up finds it.)
    interpreter::Symbol* symbol = arg.AsSymbol();
    if (symbol->description() == nullptr) return true;
    auto& registry = agent.global_symbol_registry();
    auto found = registry.find(std::u16string(symbol->description()->code_units()));
    return found == registry.end() || found->second != symbol;
  }
  // 3. Return false.
  return false;
}

namespace {

template <typename T>
ThrowCompletionOr<T*> RequireInternalSlot(Agent& agent, Value value, const char16_t* message) {
  auto* object = value.IsObject() ? dynamic_cast<T*>(value.AsObject()) : nullptr;
  if (object == nullptr) return interpreter::ThrowTypeError(agent, message);
  return object;
}

// 24.3.1.1 WeakMap ( [ iterable ] )
// https://tc39.es/ecma262/#sec-weakmap-iterable
ThrowCompletionOr<Value> WeakMapConstructor(Agent& agent, Value, std::span<const Value> arguments,
                                            Object* new_target) {
  Value iterable = Argument(arguments, 0);
  // 1. If NewTarget is undefined, throw a TypeError exception.
  if (new_target == nullptr) return interpreter::ThrowTypeError(agent, u"Constructor WeakMap requires 'new'");
  // 2. Let map be ? OrdinaryCreateFromConstructor(NewTarget, "%WeakMap.prototype%", « [[WeakMapData]] »).
  // 3. Set map.[[WeakMapData]] to a new empty List.
  heap::Handle<WeakMapObject> map(
      agent.heap(), TRY(OrdinaryCreateFromConstructor<WeakMapObject>(agent, new_target, Intrinsic::kWeakMapPrototype)));
  // 4. If iterable is either undefined or null, return map.
  if (iterable.IsNullish()) return Value::FromObject(map);
  // 5. Let adder be ? Get(map, "set").
  Value adder = TRY(interpreter::Get(agent, map, agent.Key(u"set")));
  // 6. If IsCallable(adder) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(adder)) {
    return interpreter::ThrowTypeError(agent, u"WeakMap.prototype.set is not callable");
  }
  // 7. Return ? AddEntriesFromIterable(map, iterable, adder).
  return Value::FromObject(TRY(AddEntriesFromIterable(agent, map, iterable, adder)));
}

// 24.3.3.2 WeakMap.prototype.delete ( key )
// https://tc39.es/ecma262/#sec-weakmap.prototype.delete
ThrowCompletionOr<Value> WeakMapPrototypeDelete(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                Object*) {
  Value key = Argument(arguments, 0);
  // 1. Let M be the this value.
  // 2. Perform ? RequireInternalSlot(M, [[WeakMapData]]).
  WeakMapObject* map =
      TRY(RequireInternalSlot<WeakMapObject>(agent, this_value, u"WeakMap.prototype.delete called on a non-WeakMap"));
  // 3. If CanBeHeldWeakly(key) is false, return false.
  if (!CanBeHeldWeakly(agent, key)) return Value::Boolean(false);
  // 4. For each Record { [[Key]], [[Value]] } p of M.[[WeakMapData]], do
  //    a. If p.[[Key]] is not empty and SameValue(p.[[Key]], key) is true, then
  //       i. Set p.[[Key]] to empty. ii. Set p.[[Value]] to empty. iii. Return true.
  // 5. Return false.
  return Value::Boolean(map->weak_map_data().erase(key.AsCell()) != 0);
}

// 24.3.3.3 WeakMap.prototype.get ( key )
// https://tc39.es/ecma262/#sec-weakmap.prototype.get
ThrowCompletionOr<Value> WeakMapPrototypeGet(Agent& agent, Value this_value, std::span<const Value> arguments,
                                             Object*) {
  Value key = Argument(arguments, 0);
  // 1. Let M be the this value.
  // 2. Perform ? RequireInternalSlot(M, [[WeakMapData]]).
  WeakMapObject* map =
      TRY(RequireInternalSlot<WeakMapObject>(agent, this_value, u"WeakMap.prototype.get called on a non-WeakMap"));
  // 3. If CanBeHeldWeakly(key) is false, return undefined.
  if (!CanBeHeldWeakly(agent, key)) return Value::Undefined();
  // 4. For each Record { [[Key]], [[Value]] } p of M.[[WeakMapData]], do
  //    a. If p.[[Key]] is not empty and SameValue(p.[[Key]], key) is true, return p.[[Value]].
  auto found = map->weak_map_data().find(key.AsCell());
  if (found != map->weak_map_data().end()) return found->second;
  // 5. Return undefined.
  return Value::Undefined();
}

// 24.3.3.4 WeakMap.prototype.getOrInsert ( key, value )
// https://tc39.es/ecma262/#sec-weakmap.prototype.getorinsert
ThrowCompletionOr<Value> WeakMapPrototypeGetOrInsert(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                     Object*) {
  Value key = Argument(arguments, 0);
  Value value = Argument(arguments, 1);
  // 1. Let weakMap be the this value.
  // 2. Perform ? RequireInternalSlot(weakMap, [[WeakMapData]]).
  WeakMapObject* weak_map = TRY(
      RequireInternalSlot<WeakMapObject>(agent, this_value, u"WeakMap.prototype.getOrInsert called on a non-WeakMap"));
  // 3. If CanBeHeldWeakly(key) is false, throw a TypeError exception.
  if (!CanBeHeldWeakly(agent, key)) {
    return interpreter::ThrowTypeError(agent, u"WeakMap key must be an object or a non-registered symbol");
  }
  // 4. For each Record { [[Key]], [[Value]] } entry of weakMap.[[WeakMapData]], do
  //    a. If entry.[[Key]] is not empty and SameValue(entry.[[Key]], key) is true, return entry.[[Value]].
  // 5. Let entry be the Record { [[Key]]: key, [[Value]]: value }.
  // 6. Append entry to weakMap.[[WeakMapData]].
  // 7. Return value.
  return weak_map->weak_map_data().try_emplace(key.AsCell(), value).first->second;
}

// 24.3.3.5 WeakMap.prototype.getOrInsertComputed ( key, callback )
// https://tc39.es/ecma262/#sec-weakmap.prototype.getorinsertcomputed
ThrowCompletionOr<Value> WeakMapPrototypeGetOrInsertComputed(Agent& agent, Value this_value,
                                                             std::span<const Value> arguments, Object*) {
  Value key = Argument(arguments, 0);
  Value callback = Argument(arguments, 1);
  // 1. Let weakMap be the this value.
  // 2. Perform ? RequireInternalSlot(weakMap, [[WeakMapData]]).
  heap::Handle<WeakMapObject> weak_map(
      agent.heap(), TRY(RequireInternalSlot<WeakMapObject>(
                        agent, this_value, u"WeakMap.prototype.getOrInsertComputed called on a non-WeakMap")));
  // 3. If CanBeHeldWeakly(key) is false, throw a TypeError exception.
  if (!CanBeHeldWeakly(agent, key)) {
    return interpreter::ThrowTypeError(agent, u"WeakMap key must be an object or a non-registered symbol");
  }
  // 4. If IsCallable(callback) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(callback)) {
    return interpreter::ThrowTypeError(agent, u"WeakMap.prototype.getOrInsertComputed callback is not callable");
  }
  // 5. For each Record { [[Key]], [[Value]] } entry of weakMap.[[WeakMapData]], do
  //    a. If entry.[[Key]] is not empty and SameValue(entry.[[Key]], key) is true, return entry.[[Value]].
  auto found = weak_map->weak_map_data().find(key.AsCell());
  if (found != weak_map->weak_map_data().end()) return found->second;
  // 6. Let value be ? Call(callback, undefined, « key »).
  Value callback_arguments[] = {key};
  Value value = TRY(interpreter::Call(agent, callback, Value::Undefined(), callback_arguments));
  // 7. NOTE: The WeakMap may have been modified during execution of callback.
  // 8. For each Record { [[Key]], [[Value]] } entry of weakMap.[[WeakMapData]], do
  //    a. If entry.[[Key]] is not empty and SameValue(entry.[[Key]], key) is true, then
  //       i. Set entry.[[Value]] to value. ii. Return value.
  // 9. Let entry be the Record { [[Key]]: key, [[Value]]: value }.
  // 10. Append entry to weakMap.[[WeakMapData]].
  weak_map->weak_map_data().insert_or_assign(key.AsCell(), value);
  // 11. Return value.
  return value;
}

// 24.3.3.6 WeakMap.prototype.has ( key )
// https://tc39.es/ecma262/#sec-weakmap.prototype.has
ThrowCompletionOr<Value> WeakMapPrototypeHas(Agent& agent, Value this_value, std::span<const Value> arguments,
                                             Object*) {
  Value key = Argument(arguments, 0);
  // 1. Let M be the this value.
  // 2. Perform ? RequireInternalSlot(M, [[WeakMapData]]).
  WeakMapObject* map =
      TRY(RequireInternalSlot<WeakMapObject>(agent, this_value, u"WeakMap.prototype.has called on a non-WeakMap"));
  // 3. If CanBeHeldWeakly(key) is false, return false.
  if (!CanBeHeldWeakly(agent, key)) return Value::Boolean(false);
  // 4. For each Record { [[Key]], [[Value]] } p of M.[[WeakMapData]], do
  //    a. If p.[[Key]] is not empty and SameValue(p.[[Key]], key) is true, return true.
  // 5. Return false.
  return Value::Boolean(map->weak_map_data().contains(key.AsCell()));
}

// 24.3.3.7 WeakMap.prototype.set ( key, value )
// https://tc39.es/ecma262/#sec-weakmap.prototype.set
ThrowCompletionOr<Value> WeakMapPrototypeSet(Agent& agent, Value this_value, std::span<const Value> arguments,
                                             Object*) {
  Value key = Argument(arguments, 0);
  Value value = Argument(arguments, 1);
  // 1. Let M be the this value.
  // 2. Perform ? RequireInternalSlot(M, [[WeakMapData]]).
  WeakMapObject* map =
      TRY(RequireInternalSlot<WeakMapObject>(agent, this_value, u"WeakMap.prototype.set called on a non-WeakMap"));
  // 3. If CanBeHeldWeakly(key) is false, throw a TypeError exception.
  if (!CanBeHeldWeakly(agent, key)) {
    return interpreter::ThrowTypeError(agent, u"WeakMap key must be an object or a non-registered symbol");
  }
  // 4. For each Record { [[Key]], [[Value]] } p of M.[[WeakMapData]], do
  //    a. If p.[[Key]] is not empty and SameValue(p.[[Key]], key) is true, then
  //       i. Set p.[[Value]] to value. ii. Return M.
  // 5. Let p be the Record { [[Key]]: key, [[Value]]: value }.
  // 6. Append p to M.[[WeakMapData]].
  map->weak_map_data().insert_or_assign(key.AsCell(), value);
  // 7. Return M.
  return Value::FromObject(map);
}

// 24.4.1.1 WeakSet ( [ iterable ] )
// https://tc39.es/ecma262/#sec-weakset-iterable
ThrowCompletionOr<Value> WeakSetConstructor(Agent& agent, Value, std::span<const Value> arguments,
                                            Object* new_target) {
  Value iterable = Argument(arguments, 0);
  // 1. If NewTarget is undefined, throw a TypeError exception.
  if (new_target == nullptr) return interpreter::ThrowTypeError(agent, u"Constructor WeakSet requires 'new'");
  // 2. Let set be ? OrdinaryCreateFromConstructor(NewTarget, "%WeakSet.prototype%", « [[WeakSetData]] »).
  // 3. Set set.[[WeakSetData]] to a new empty List.
  heap::Handle<WeakSetObject> set(
      agent.heap(), TRY(OrdinaryCreateFromConstructor<WeakSetObject>(agent, new_target, Intrinsic::kWeakSetPrototype)));
  // 4. If iterable is either undefined or null, return set.
  if (iterable.IsNullish()) return Value::FromObject(set);
  // 5. Let adder be ? Get(set, "add").
  RootedValue adder(agent.heap(), TRY(interpreter::Get(agent, set, agent.Key(u"add"))));
  // 6. If IsCallable(adder) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(adder)) {
    return interpreter::ThrowTypeError(agent, u"WeakSet.prototype.add is not callable");
  }
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

// 24.4.3.1 WeakSet.prototype.add ( value )
// https://tc39.es/ecma262/#sec-weakset.prototype.add
ThrowCompletionOr<Value> WeakSetPrototypeAdd(Agent& agent, Value this_value, std::span<const Value> arguments,
                                             Object*) {
  Value value = Argument(arguments, 0);
  // 1. Let S be the this value.
  // 2. Perform ? RequireInternalSlot(S, [[WeakSetData]]).
  WeakSetObject* set =
      TRY(RequireInternalSlot<WeakSetObject>(agent, this_value, u"WeakSet.prototype.add called on a non-WeakSet"));
  // 3. If CanBeHeldWeakly(value) is false, throw a TypeError exception.
  if (!CanBeHeldWeakly(agent, value)) {
    return interpreter::ThrowTypeError(agent, u"WeakSet value must be an object or a non-registered symbol");
  }
  // 4. For each element e of S.[[WeakSetData]], do
  //    a. If e is not empty and SameValue(e, value) is true, then
  //       i. Return S.
  // 5. Append value to S.[[WeakSetData]].
  set->weak_set_data().insert(value.AsCell());
  // 6. Return S.
  return Value::FromObject(set);
}

// 24.4.3.3 WeakSet.prototype.delete ( value )
// https://tc39.es/ecma262/#sec-weakset.prototype.delete
ThrowCompletionOr<Value> WeakSetPrototypeDelete(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                Object*) {
  Value value = Argument(arguments, 0);
  // 1. Let S be the this value.
  // 2. Perform ? RequireInternalSlot(S, [[WeakSetData]]).
  WeakSetObject* set =
      TRY(RequireInternalSlot<WeakSetObject>(agent, this_value, u"WeakSet.prototype.delete called on a non-WeakSet"));
  // 3. If CanBeHeldWeakly(value) is false, return false.
  if (!CanBeHeldWeakly(agent, value)) return Value::Boolean(false);
  // 4. For each element e of S.[[WeakSetData]], do
  //    a. If e is not empty and SameValue(e, value) is true, then
  //       i. Replace the element of S.[[WeakSetData]] whose value is e with an element whose value is empty.
  //       ii. Return true.
  // 5. Return false.
  return Value::Boolean(set->weak_set_data().erase(value.AsCell()) != 0);
}

// 24.4.3.4 WeakSet.prototype.has ( value )
// https://tc39.es/ecma262/#sec-weakset.prototype.has
ThrowCompletionOr<Value> WeakSetPrototypeHas(Agent& agent, Value this_value, std::span<const Value> arguments,
                                             Object*) {
  Value value = Argument(arguments, 0);
  // 1. Let S be the this value.
  // 2. Perform ? RequireInternalSlot(S, [[WeakSetData]]).
  WeakSetObject* set =
      TRY(RequireInternalSlot<WeakSetObject>(agent, this_value, u"WeakSet.prototype.has called on a non-WeakSet"));
  // 3. If CanBeHeldWeakly(value) is false, return false.
  if (!CanBeHeldWeakly(agent, value)) return Value::Boolean(false);
  // 4. For each element e of S.[[WeakSetData]], do
  //    a. If e is not empty and SameValue(e, value) is true, return true.
  // 5. Return false.
  return Value::Boolean(set->weak_set_data().contains(value.AsCell()));
}

// 26.1.1.1 WeakRef ( target )
// https://tc39.es/ecma262/#sec-weak-ref-target
ThrowCompletionOr<Value> WeakRefConstructor(Agent& agent, Value, std::span<const Value> arguments,
                                            Object* new_target) {
  Value target = Argument(arguments, 0);
  // 1. If NewTarget is undefined, throw a TypeError exception.
  if (new_target == nullptr) return interpreter::ThrowTypeError(agent, u"Constructor WeakRef requires 'new'");
  // 2. If CanBeHeldWeakly(target) is false, throw a TypeError exception.
  if (!CanBeHeldWeakly(agent, target)) {
    return interpreter::ThrowTypeError(agent, u"WeakRef target must be an object or a non-registered symbol");
  }
  // 3. Let weakRef be ? OrdinaryCreateFromConstructor(NewTarget, "%WeakRef.prototype%", « [[WeakRefTarget]] »).
  // 5. Set weakRef.[[WeakRefTarget]] to target.
  WeakRefObject* weak_ref =
      TRY(OrdinaryCreateFromConstructor<WeakRefObject>(agent, new_target, Intrinsic::kWeakRefPrototype, target));
  // 4. Perform AddToKeptObjects(target).
  agent.AddToKeptObjects(target.AsCell());
  // 6. Return weakRef.
  return Value::FromObject(weak_ref);
}

// 26.1.4.1 WeakRefDeref ( weakRef )
// https://tc39.es/ecma262/#sec-weakrefderef
Value WeakRefDeref(Agent& agent, WeakRefObject* weak_ref) {
  // 1. Let target be weakRef.[[WeakRefTarget]].
  Value target = weak_ref->target();
  // 2. If target is not empty, then
  if (!target.IsEmpty()) {
    // a. Perform AddToKeptObjects(target).
    agent.AddToKeptObjects(target.AsCell());
    // b. Return target.
    return target;
  }
  // 3. Return undefined.
  return Value::Undefined();
}

// 26.1.3.2 WeakRef.prototype.deref ( )
// https://tc39.es/ecma262/#sec-weak-ref.prototype.deref
ThrowCompletionOr<Value> WeakRefPrototypeDeref(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let weakRef be the this value.
  // 2. Perform ? RequireInternalSlot(weakRef, [[WeakRefTarget]]).
  WeakRefObject* weak_ref =
      TRY(RequireInternalSlot<WeakRefObject>(agent, this_value, u"WeakRef.prototype.deref called on a non-WeakRef"));
  // 3. Return WeakRefDeref(weakRef).
  return WeakRefDeref(agent, weak_ref);
}

// 26.2.1.1 FinalizationRegistry ( cleanupCallback )
// https://tc39.es/ecma262/#sec-finalization-registry-cleanup-callback
ThrowCompletionOr<Value> FinalizationRegistryConstructor(Agent& agent, Value, std::span<const Value> arguments,
                                                         Object* new_target) {
  Value cleanup_callback = Argument(arguments, 0);
  // 1. If NewTarget is undefined, throw a TypeError exception.
  if (new_target == nullptr) {
    return interpreter::ThrowTypeError(agent, u"Constructor FinalizationRegistry requires 'new'");
  }
  // 2. If IsCallable(cleanupCallback) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(cleanup_callback)) {
    return interpreter::ThrowTypeError(agent, u"FinalizationRegistry cleanup callback is not callable");
  }
  // 4. Let activeFunc be the active function object.
  // 5. Set finalizationRegistry.[[Realm]] to activeFunc.[[Realm]].
  //    (The current realm is the active built-in's realm; it is rooted by the agent.)
  Realm* realm = agent.current_realm();
  // 3. Let finalizationRegistry be ? OrdinaryCreateFromConstructor(NewTarget, "%FinalizationRegistry.prototype%",
  //    « [[Realm]], [[CleanupCallback]], [[Cells]] »).
  // 6. Set finalizationRegistry.[[CleanupCallback]] to HostMakeJobCallback(cleanupCallback).
  // 7. Set finalizationRegistry.[[Cells]] to a new empty List.
  FinalizationRegistryObject* registry = TRY(OrdinaryCreateFromConstructor<FinalizationRegistryObject>(
      agent, new_target, Intrinsic::kFinalizationRegistryPrototype, realm, cleanup_callback));
  // 8. Return finalizationRegistry.
  return Value::FromObject(registry);
}

// 26.2.3.2 FinalizationRegistry.prototype.register ( target, heldValue [ , unregisterToken ] )
// https://tc39.es/ecma262/#sec-finalization-registry.prototype.register
ThrowCompletionOr<Value> FinalizationRegistryPrototypeRegister(Agent& agent, Value this_value,
                                                               std::span<const Value> arguments, Object*) {
  Value target = Argument(arguments, 0);
  Value held_value = Argument(arguments, 1);
  Value unregister_token = Argument(arguments, 2);
  // 1. Let finalizationRegistry be the this value.
  // 2. Perform ? RequireInternalSlot(finalizationRegistry, [[Cells]]).
  FinalizationRegistryObject* registry = TRY(RequireInternalSlot<FinalizationRegistryObject>(
      agent, this_value, u"FinalizationRegistry.prototype.register called on a non-FinalizationRegistry"));
  // 3. If CanBeHeldWeakly(target) is false, throw a TypeError exception.
  if (!CanBeHeldWeakly(agent, target)) {
    return interpreter::ThrowTypeError(agent, u"FinalizationRegistry target must be an object or a non-registered symbol");
  }
  // 4. If SameValue(target, heldValue) is true, throw a TypeError exception.
  if (interpreter::SameValue(target, held_value)) {
    return interpreter::ThrowTypeError(agent, u"FinalizationRegistry target and held value must differ");
  }
  // 5. If CanBeHeldWeakly(unregisterToken) is false, then
  if (!CanBeHeldWeakly(agent, unregister_token)) {
    // a. If unregisterToken is not undefined, throw a TypeError exception.
    if (!unregister_token.IsUndefined()) {
      return interpreter::ThrowTypeError(agent, u"FinalizationRegistry unregister token cannot be held weakly");
    }
    // b. Set unregisterToken to empty.
    unregister_token = Value::Empty();
  }
  // 6. Let cell be the Record { [[WeakRefTarget]]: target, [[HeldValue]]: heldValue, [[UnregisterToken]]:
  //    unregisterToken }.
  // 7. Append cell to finalizationRegistry.[[Cells]].
  registry->cells().push_back({target, held_value, unregister_token});
  // 8. Return undefined.
  return Value::Undefined();
}

// 26.2.3.3 FinalizationRegistry.prototype.unregister ( unregisterToken )
// https://tc39.es/ecma262/#sec-finalization-registry.prototype.unregister
ThrowCompletionOr<Value> FinalizationRegistryPrototypeUnregister(Agent& agent, Value this_value,
                                                                 std::span<const Value> arguments, Object*) {
  Value unregister_token = Argument(arguments, 0);
  // 1. Let finalizationRegistry be the this value.
  // 2. Perform ? RequireInternalSlot(finalizationRegistry, [[Cells]]).
  FinalizationRegistryObject* registry = TRY(RequireInternalSlot<FinalizationRegistryObject>(
      agent, this_value, u"FinalizationRegistry.prototype.unregister called on a non-FinalizationRegistry"));
  // 3. If CanBeHeldWeakly(unregisterToken) is false, throw a TypeError exception.
  if (!CanBeHeldWeakly(agent, unregister_token)) {
    return interpreter::ThrowTypeError(agent, u"FinalizationRegistry unregister token cannot be held weakly");
  }
  // 4. Let removed be false.
  // 5. For each Record { [[WeakRefTarget]], [[HeldValue]], [[UnregisterToken]] } cell of
  //    finalizationRegistry.[[Cells]], do
  //    a. If cell.[[UnregisterToken]] is not empty and SameValue(cell.[[UnregisterToken]], unregisterToken) is
  //       true, then
  //       i. Remove cell from finalizationRegistry.[[Cells]].
  //       ii. Set removed to true.
  size_t removed_count = std::erase_if(registry->cells(), [&](const FinalizationRegistryObject::CellRecord& cell) {
    return !cell.unregister_token.IsEmpty() && interpreter::SameValue(cell.unregister_token, unregister_token);
  });
  // 6. Return removed.
  return Value::Boolean(removed_count != 0);
}

void DefineToStringTag(Agent& agent, Object* target, std::u16string_view tag) {
  DefineBuiltinData(agent, target, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag)),
                    agent.InternedString(tag), false, false, true);
}

}  // namespace

void CreateWeakCollectionIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  auto create_prototype = [&](Intrinsic intrinsic) {
    realm->set_intrinsic(intrinsic,
                         interpreter::OrdinaryObjectCreate(agent, realm->intrinsic(Intrinsic::kObjectPrototype)));
    return realm->intrinsic(intrinsic);
  };

  // 24.3 WeakMap Objects.
  Object* weak_map_prototype = create_prototype(Intrinsic::kWeakMapPrototype);
  CreateBuiltinConstructor(agent, realm, Intrinsic::kWeakMap, u"WeakMap", 0, WeakMapConstructor, weak_map_prototype);
  DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kWeakMapPrototype), u"delete", 1,
                      WeakMapPrototypeDelete);
  DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kWeakMapPrototype), u"get", 1, WeakMapPrototypeGet);
  DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kWeakMapPrototype), u"getOrInsert", 2,
                      WeakMapPrototypeGetOrInsert);
  DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kWeakMapPrototype), u"getOrInsertComputed", 2,
                      WeakMapPrototypeGetOrInsertComputed);
  DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kWeakMapPrototype), u"has", 1, WeakMapPrototypeHas);
  DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kWeakMapPrototype), u"set", 2, WeakMapPrototypeSet);
  // 24.3.3.8 WeakMap.prototype [ %Symbol.toStringTag% ]: "WeakMap".
  DefineToStringTag(agent, realm->intrinsic(Intrinsic::kWeakMapPrototype), u"WeakMap");

  // 24.4 WeakSet Objects.
  Object* weak_set_prototype = create_prototype(Intrinsic::kWeakSetPrototype);
  CreateBuiltinConstructor(agent, realm, Intrinsic::kWeakSet, u"WeakSet", 0, WeakSetConstructor, weak_set_prototype);
  DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kWeakSetPrototype), u"add", 1, WeakSetPrototypeAdd);
  DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kWeakSetPrototype), u"delete", 1,
                      WeakSetPrototypeDelete);
  DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kWeakSetPrototype), u"has", 1, WeakSetPrototypeHas);
  // 24.4.3.5 WeakSet.prototype [ %Symbol.toStringTag% ]: "WeakSet".
  DefineToStringTag(agent, realm->intrinsic(Intrinsic::kWeakSetPrototype), u"WeakSet");

  // 26.1 WeakRef Objects.
  Object* weak_ref_prototype = create_prototype(Intrinsic::kWeakRefPrototype);
  CreateBuiltinConstructor(agent, realm, Intrinsic::kWeakRef, u"WeakRef", 1, WeakRefConstructor, weak_ref_prototype);
  DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kWeakRefPrototype), u"deref", 0,
                      WeakRefPrototypeDeref);
  // 26.1.3.3 WeakRef.prototype [ %Symbol.toStringTag% ]: "WeakRef".
  DefineToStringTag(agent, realm->intrinsic(Intrinsic::kWeakRefPrototype), u"WeakRef");

  // 26.2 FinalizationRegistry Objects.
  Object* registry_prototype = create_prototype(Intrinsic::kFinalizationRegistryPrototype);
  CreateBuiltinConstructor(agent, realm, Intrinsic::kFinalizationRegistry, u"FinalizationRegistry", 1,
                           FinalizationRegistryConstructor, registry_prototype);
  DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kFinalizationRegistryPrototype), u"register", 2,
                      FinalizationRegistryPrototypeRegister);
  DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kFinalizationRegistryPrototype), u"unregister", 1,
                      FinalizationRegistryPrototypeUnregister);
  // 26.2.3.4 FinalizationRegistry.prototype [ %Symbol.toStringTag% ]: "FinalizationRegistry".
  DefineToStringTag(agent, realm->intrinsic(Intrinsic::kFinalizationRegistryPrototype), u"FinalizationRegistry");
}

}  // namespace async_runtime::builtins
