#include "runtime/builtins/object.h"

#include "runtime/builtins/regexp_object.h"
#include "runtime/builtins/date.h"
#include "runtime/builtins/map.h"

#include "runtime/interpreter/array_object.h"
#include "runtime/interpreter/vm/arguments_object.h"

#include <string>

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/primitive_wrapper.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

using interpreter::IntegrityLevel;
using interpreter::PropertyDescriptor;
using interpreter::RootedValue;
using interpreter::RootedValueVector;
using interpreter::ThrowTypeError;

namespace {

// 7.2.1 RequireObjectCoercible ( argument )
// https://tc39.es/ecma262/#sec-requireobjectcoercible
ThrowCompletionOr<void> RequireObjectCoercible(Agent& agent, Value argument) {
  // Undefined, Null: throw a TypeError exception. Every other type: return unused.
  if (argument.IsNullish()) return ThrowTypeError(agent, u"Cannot convert undefined or null to object");
  return {};
}

Value ObjectOrNull(Object* object) { return object == nullptr ? Value::Null() : Value::FromObject(object); }

}  // namespace

// 7.3.23 EnumerableOwnProperties ( obj, kind )
// https://tc39.es/ecma262/#sec-enumerableownproperties
ThrowCompletionOr<void> EnumerableOwnProperties(Agent& agent, Object* obj_pointer, EnumerableOwnPropertiesKind kind,
                                                RootedValueVector& results) {
  heap::Handle<Object> obj(agent.heap(), obj_pointer);
  // 1. Let ownKeys be ? obj.[[OwnPropertyKeys]]().
  RootedPropertyKeys own_keys(agent.heap(), TRY(obj->OwnPropertyKeys(agent)));
  // 2. Let results be a new empty List.
  // 3. For each element key of ownKeys, do
  for (const PropertyKey& key : own_keys.keys()) {
    // a. If key is a String, then
    if (!key.IsStringKey()) continue;
    // i. Let propertyDesc be ? obj.[[GetOwnProperty]](key).
    std::optional<PropertyDescriptor> property_desc = TRY(obj->GetOwnProperty(agent, key));
    // ii. If propertyDesc is not undefined and propertyDesc.[[Enumerable]] is true, then
    if (!property_desc || !property_desc->enumerable.value_or(false)) continue;
    // 1. If kind is key, then
    if (kind == EnumerableOwnPropertiesKind::kKey) {
      // a. Append key to results.
      results.values().push_back(key.ToValue(agent.strings()));
      continue;
    }
    // 2. Else,
    // a. Let value be ? Get(obj, key).
    RootedValue value(agent.heap(), TRY(interpreter::Get(agent, obj, key)));
    // b. If kind is value, then
    if (kind == EnumerableOwnPropertiesKind::kValue) {
      // i. Append value to results.
      results.values().push_back(value);
    } else {
      // c. Else,
      // i. Assert: kind is key+value.
      // ii. Let entry be CreateArrayFromList(« key, value »).
      RootedValue key_value(agent.heap(), key.ToValue(agent.strings()));
      Value pair[] = {key_value.get(), value.get()};
      Object* entry = CreateArrayFromList(agent, pair);
      // iii. Append entry to results.
      results.values().push_back(Value::FromObject(entry));
    }
  }
  // 4. Return results.
  return {};
}

// 20.1.2.3.1 ObjectDefineProperties ( obj, properties )
// https://tc39.es/ecma262/#sec-objectdefineproperties
ThrowCompletionOr<Object*> ObjectDefineProperties(Agent& agent, Object* obj_pointer, Value properties_value) {
  heap::Handle<Object> obj(agent.heap(), obj_pointer);
  // 1. Set properties to ? ToObject(properties).
  heap::Handle<Object> properties(agent.heap(), TRY(interpreter::vm::ToObject(agent, properties_value)));
  // 2. Let keys be ? properties.[[OwnPropertyKeys]]().
  RootedPropertyKeys keys(agent.heap(), TRY(properties->OwnPropertyKeys(agent)));
  // 3. Let propertyDescs be a new empty List. (Keys and descriptors kept rooted side by side.)
  RootedPropertyKeys descriptor_keys(agent.heap());
  std::vector<RootedPropertyDescriptor> property_descs;
  // 4. For each element nextKey of keys, do
  for (const PropertyKey& next_key : keys.keys()) {
    // a. Let currentPropertyDesc be ? properties.[[GetOwnProperty]](nextKey).
    std::optional<PropertyDescriptor> current_property_desc = TRY(properties->GetOwnProperty(agent, next_key));
    // b. If currentPropertyDesc is not undefined and currentPropertyDesc.[[Enumerable]] is true, then
    if (current_property_desc && current_property_desc->enumerable.value_or(false)) {
      // i. Let propertyDescObj be ? Get(properties, nextKey).
      RootedValue property_desc_obj(agent.heap(), TRY(interpreter::Get(agent, properties, next_key)));
      // ii. Let propertyDesc be ? ToPropertyDescriptor(propertyDescObj).
      PropertyDescriptor property_desc = TRY(interpreter::vm::ToPropertyDescriptor(agent, property_desc_obj));
      // iii. Append the Record { [[Key]]: nextKey, [[Descriptor]]: propertyDesc } to propertyDescs.
      descriptor_keys.keys().push_back(next_key);
      property_descs.emplace_back(agent.heap(), property_desc);
    }
  }
  // 5. For each element property of propertyDescs, do
  for (size_t i = 0; i < property_descs.size(); ++i) {
    // a. Perform ? DefinePropertyOrThrow(obj, property.[[Key]], property.[[Descriptor]]).
    TRY(interpreter::DefinePropertyOrThrow(agent, obj, descriptor_keys.keys()[i], *property_descs[i].get()));
  }
  // 6. Return obj.
  return obj.get();
}

// 20.1.2.11.1 GetOwnPropertyKeys ( value, type )
// https://tc39.es/ecma262/#sec-getownpropertykeys
ThrowCompletionOr<void> GetOwnPropertyKeys(Agent& agent, Value value, PropertyKeyType type,
                                           RootedPropertyKeys& name_list) {
  // 1. Let obj be ? ToObject(value).
  heap::Handle<Object> obj(agent.heap(), TRY(interpreter::vm::ToObject(agent, value)));
  // 2. Let keys be ? obj.[[OwnPropertyKeys]]().
  std::vector<PropertyKey> keys = TRY(obj->OwnPropertyKeys(agent));
  // 3. Let nameList be a new empty List.
  // 4. For each element nextKey of keys, do
  for (const PropertyKey& next_key : keys) {
    // a. If nextKey is a Symbol and type is symbol, or if nextKey is a String and type is string, then
    //    i. Append nextKey to nameList.
    if (next_key.is_symbol() == (type == PropertyKeyType::kSymbol)) name_list.keys().push_back(next_key);
  }
  // 5. Return nameList.
  return {};
}

void PropertyKeysToValues(Agent& agent, const std::vector<PropertyKey>& keys, RootedValueVector& values) {
  for (const PropertyKey& key : keys) values.values().push_back(key.ToValue(agent.strings()));
}

namespace {

// --- 20.1.1 The Object Constructor ------------------------------------------

// 20.1.1.1 Object ( value )
// https://tc39.es/ecma262/#sec-object-value
ThrowCompletionOr<Value> ObjectConstructor(Agent& agent, Value, std::span<const Value> arguments,
                                           Object* new_target) {
  Value value = Argument(arguments, 0);
  // 1. If NewTarget is neither undefined nor the active function object, then
  if (new_target != nullptr && new_target != CurrentIntrinsic(agent, Intrinsic::kObject)) {
    // a. Return ? OrdinaryCreateFromConstructor(NewTarget, "%Object.prototype%").
    return Value::FromObject(TRY(OrdinaryCreateFromConstructor(agent, new_target, Intrinsic::kObjectPrototype)));
  }
  // 2. If value is either undefined or null, return OrdinaryObjectCreate(%Object.prototype%).
  if (value.IsNullish()) {
    return Value::FromObject(
        interpreter::OrdinaryObjectCreate(agent, CurrentIntrinsic(agent, Intrinsic::kObjectPrototype)));
  }
  // 3. Return ! ToObject(value).
  return Value::FromObject(MUST(interpreter::vm::ToObject(agent, value)));
}

// --- 20.1.2 Properties of the Object Constructor ------------------------------

// 20.1.2.1 Object.assign ( target, ...sources )
// https://tc39.es/ecma262/#sec-object.assign
ThrowCompletionOr<Value> ObjectAssign(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let targetObj be ? ToObject(target).
  heap::Handle<Object> target_obj(agent.heap(), TRY(interpreter::vm::ToObject(agent, Argument(arguments, 0))));
  // 2. If only one argument was passed, return targetObj.
  if (arguments.size() <= 1) return Value::FromObject(target_obj);
  // 3. For each element nextSource of sources, do
  for (Value next_source : arguments.subspan(1)) {
    // a. If nextSource is neither undefined nor null, then
    if (next_source.IsNullish()) continue;
    // i. Let from be ! ToObject(nextSource).
    heap::Handle<Object> from(agent.heap(), MUST(interpreter::vm::ToObject(agent, next_source)));
    // ii. Let keys be ? from.[[OwnPropertyKeys]]().
    RootedPropertyKeys keys(agent.heap(), TRY(from->OwnPropertyKeys(agent)));
    // iii. For each element nextKey of keys, do
    for (const PropertyKey& next_key : keys.keys()) {
      // 1. Let propertyDesc be ? from.[[GetOwnProperty]](nextKey).
      std::optional<PropertyDescriptor> property_desc = TRY(from->GetOwnProperty(agent, next_key));
      // 2. If propertyDesc is not undefined and propertyDesc.[[Enumerable]] is true, then
      if (property_desc && property_desc->enumerable.value_or(false)) {
        // a. Let propertyValue be ? Get(from, nextKey).
        RootedValue property_value(agent.heap(), TRY(interpreter::Get(agent, from, next_key)));
        // b. Perform ? Set(targetObj, nextKey, propertyValue, true).
        TRY(interpreter::Set(agent, target_obj, next_key, property_value, true));
      }
    }
  }
  // 4. Return targetObj.
  return Value::FromObject(target_obj);
}

// 20.1.2.2 Object.create ( proto, properties )
// https://tc39.es/ecma262/#sec-object.create
ThrowCompletionOr<Value> ObjectCreate(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value proto = Argument(arguments, 0);
  Value properties = Argument(arguments, 1);
  // 1. If proto is not an Object and proto is not null, throw a TypeError exception.
  if (!proto.IsObject() && !proto.IsNull()) {
    return ThrowTypeError(agent, u"Object.create: the prototype must be an object or null");
  }
  // 2. Let obj be OrdinaryObjectCreate(proto).
  Object* obj = interpreter::OrdinaryObjectCreate(agent, proto.IsNull() ? nullptr : proto.AsObject());
  // 3. If properties is not undefined, then
  if (!properties.IsUndefined()) {
    // a. Return ? ObjectDefineProperties(obj, properties).
    return Value::FromObject(TRY(ObjectDefineProperties(agent, obj, properties)));
  }
  // 4. Return obj.
  return Value::FromObject(obj);
}

// 20.1.2.3 Object.defineProperties ( obj, properties )
// https://tc39.es/ecma262/#sec-object.defineproperties
ThrowCompletionOr<Value> ObjectDefinePropertiesFunction(Agent& agent, Value, std::span<const Value> arguments,
                                                        Object*) {
  Value obj = Argument(arguments, 0);
  // 1. If obj is not an Object, throw a TypeError exception.
  if (!obj.IsObject()) return ThrowTypeError(agent, u"Object.defineProperties called on a non-object");
  // 2. Return ? ObjectDefineProperties(obj, properties).
  return Value::FromObject(TRY(ObjectDefineProperties(agent, obj.AsObject(), Argument(arguments, 1))));
}

// 20.1.2.4 Object.defineProperty ( obj, key, attrs )
// https://tc39.es/ecma262/#sec-object.defineproperty
ThrowCompletionOr<Value> ObjectDefineProperty(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value obj = Argument(arguments, 0);
  // 1. If obj is not an Object, throw a TypeError exception.
  if (!obj.IsObject()) return ThrowTypeError(agent, u"Object.defineProperty called on a non-object");
  // 2. Let propertyKey be ? ToPropertyKey(key).
  RootedPropertyKeys property_key(agent.heap(), {TRY(interpreter::vm::ToPropertyKey(agent, Argument(arguments, 1)))});
  // 3. Let propertyDesc be ? ToPropertyDescriptor(attrs).
  RootedPropertyDescriptor property_desc(agent.heap(),
                                         TRY(interpreter::vm::ToPropertyDescriptor(agent, Argument(arguments, 2))));
  // 4. Perform ? DefinePropertyOrThrow(obj, propertyKey, propertyDesc).
  TRY(interpreter::DefinePropertyOrThrow(agent, obj.AsObject(), property_key.keys()[0], *property_desc.get()));
  // 5. Return obj.
  return obj;
}

// The steps shared by Object.keys, Object.values and Object.entries.
ThrowCompletionOr<Value> EnumerableOwnPropertiesArray(Agent& agent, Value obj, EnumerableOwnPropertiesKind kind) {
  // 1. Let coerced be ? ToObject(obj).
  heap::Handle<Object> coerced(agent.heap(), TRY(interpreter::vm::ToObject(agent, obj)));
  // 2. Let list be ? EnumerableOwnProperties(coerced, kind).
  RootedValueVector list(agent.heap());
  TRY(EnumerableOwnProperties(agent, coerced, kind, list));
  // 3. Return CreateArrayFromList(list).
  return Value::FromObject(CreateArrayFromList(agent, list.values()));
}

// 20.1.2.5 Object.entries ( obj )
// https://tc39.es/ecma262/#sec-object.entries
ThrowCompletionOr<Value> ObjectEntries(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let coerced be ? ToObject(obj). 2. Let entryList be ? EnumerableOwnProperties(coerced, key+value).
  // 3. Return CreateArrayFromList(entryList).
  return EnumerableOwnPropertiesArray(agent, Argument(arguments, 0), EnumerableOwnPropertiesKind::kKeyValue);
}

// 20.1.2.6 Object.freeze ( obj )
// https://tc39.es/ecma262/#sec-object.freeze
ThrowCompletionOr<Value> ObjectFreeze(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value obj = Argument(arguments, 0);
  // 1. If obj is not an Object, return obj.
  if (!obj.IsObject()) return obj;
  // 2. Let status be ? SetIntegrityLevel(obj, frozen).
  bool status = TRY(interpreter::SetIntegrityLevel(agent, obj.AsObject(), IntegrityLevel::kFrozen));
  // 3. If status is false, throw a TypeError exception.
  if (!status) return ThrowTypeError(agent, u"Object.freeze: the object cannot be frozen");
  // 4. Return obj.
  return obj;
}

// 20.1.2.7 Object.fromEntries ( iterable )
// https://tc39.es/ecma262/#sec-object.fromentries
ThrowCompletionOr<Value> ObjectFromEntries(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value iterable = Argument(arguments, 0);
  // 1. Perform ? RequireObjectCoercible(iterable).
  TRY(RequireObjectCoercible(agent, iterable));
  // 2. Let obj be OrdinaryObjectCreate(%Object.prototype%).
  heap::Handle<Object> obj(agent.heap(), interpreter::OrdinaryObjectCreate(
                                             agent, CurrentIntrinsic(agent, Intrinsic::kObjectPrototype)));
  // 3. Assert: obj is an extensible ordinary object with no own properties.
  // 4. Let closure be a new Abstract Closure with parameters (key, value) that captures obj and performs the
  //    following steps when called:
  //    AddEntriesFromIterable calls the adder with obj as its this value and the adder never reaches
  //    ECMAScript code, so the closure reads obj from its this value instead of capturing a heap cell.
  auto closure = [](Agent& agent, Value this_value, std::span<const Value> arguments,
                    Object*) -> ThrowCompletionOr<Value> {
    heap::Handle<Object> captured_obj(agent.heap(), this_value.AsObject());
    RootedValue value(agent.heap(), Argument(arguments, 1));
    // a. Let propertyKey be ? ToPropertyKey(key).
    RootedPropertyKeys property_key(agent.heap(),
                                    {TRY(interpreter::vm::ToPropertyKey(agent, Argument(arguments, 0)))});
    // b. Perform ! CreateDataPropertyOrThrow(obj, propertyKey, value).
    MUST(interpreter::CreateDataPropertyOrThrow(agent, captured_obj, property_key.keys()[0], value));
    // c. Return NormalCompletion(undefined).
    return Value::Undefined();
  };
  // 5. Let adder be CreateBuiltinFunction(closure, 2, "", « »).
  RootedValue adder(agent.heap(), Value::FromObject(CreateBuiltinFunction(agent, closure, 2, agent.Key(u""))));
  // 6. Return ? AddEntriesFromIterable(obj, iterable, adder).
  return Value::FromObject(TRY(AddEntriesFromIterable(agent, obj, iterable, adder)));
}

// 20.1.2.8 Object.getOwnPropertyDescriptor ( obj, key )
// https://tc39.es/ecma262/#sec-object.getownpropertydescriptor
ThrowCompletionOr<Value> ObjectGetOwnPropertyDescriptor(Agent& agent, Value, std::span<const Value> arguments,
                                                        Object*) {
  // 1. Let coerced be ? ToObject(obj).
  heap::Handle<Object> coerced(agent.heap(), TRY(interpreter::vm::ToObject(agent, Argument(arguments, 0))));
  // 2. Let propertyKey be ? ToPropertyKey(key).
  RootedPropertyKeys property_key(agent.heap(), {TRY(interpreter::vm::ToPropertyKey(agent, Argument(arguments, 1)))});
  // 3. Let propertyDesc be ? coerced.[[GetOwnProperty]](propertyKey).
  std::optional<PropertyDescriptor> property_desc = TRY(coerced->GetOwnProperty(agent, property_key.keys()[0]));
  // 4. Return FromPropertyDescriptor(propertyDesc).
  return interpreter::vm::FromPropertyDescriptor(agent, property_desc);
}

// 20.1.2.9 Object.getOwnPropertyDescriptors ( obj )
// https://tc39.es/ecma262/#sec-object.getownpropertydescriptors
ThrowCompletionOr<Value> ObjectGetOwnPropertyDescriptors(Agent& agent, Value, std::span<const Value> arguments,
                                                         Object*) {
  // 1. Let coerced be ? ToObject(obj).
  heap::Handle<Object> coerced(agent.heap(), TRY(interpreter::vm::ToObject(agent, Argument(arguments, 0))));
  // 2. Let ownKeys be ? coerced.[[OwnPropertyKeys]]().
  RootedPropertyKeys own_keys(agent.heap(), TRY(coerced->OwnPropertyKeys(agent)));
  // 3. Let descs be OrdinaryObjectCreate(%Object.prototype%).
  heap::Handle<Object> descs(agent.heap(), interpreter::OrdinaryObjectCreate(
                                               agent, CurrentIntrinsic(agent, Intrinsic::kObjectPrototype)));
  // 4. For each element key of ownKeys, do
  for (const PropertyKey& key : own_keys.keys()) {
    // a. Let propertyDesc be ? coerced.[[GetOwnProperty]](key).
    std::optional<PropertyDescriptor> property_desc = TRY(coerced->GetOwnProperty(agent, key));
    // b. Let propertyDescObj be FromPropertyDescriptor(propertyDesc).
    RootedValue property_desc_obj(agent.heap(), interpreter::vm::FromPropertyDescriptor(agent, property_desc));
    // c. If propertyDescObj is not undefined, perform ! CreateDataPropertyOrThrow(descs, key, propertyDescObj).
    if (!property_desc_obj->IsUndefined()) {
      MUST(interpreter::CreateDataPropertyOrThrow(agent, descs, key, property_desc_obj));
    }
  }
  // 5. Return descs.
  return Value::FromObject(descs);
}

// 20.1.2.10 Object.getOwnPropertyNames ( obj )
// https://tc39.es/ecma262/#sec-object.getownpropertynames
ThrowCompletionOr<Value> ObjectGetOwnPropertyNames(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Return CreateArrayFromList(? GetOwnPropertyKeys(obj, string)).
  RootedPropertyKeys keys(agent.heap());
  TRY(GetOwnPropertyKeys(agent, Argument(arguments, 0), PropertyKeyType::kString, keys));
  RootedValueVector values(agent.heap());
  PropertyKeysToValues(agent, keys.keys(), values);
  return Value::FromObject(CreateArrayFromList(agent, values.values()));
}

// 20.1.2.11 Object.getOwnPropertySymbols ( obj )
// https://tc39.es/ecma262/#sec-object.getownpropertysymbols
ThrowCompletionOr<Value> ObjectGetOwnPropertySymbols(Agent& agent, Value, std::span<const Value> arguments,
                                                     Object*) {
  // 1. Return CreateArrayFromList(? GetOwnPropertyKeys(obj, symbol)).
  RootedPropertyKeys keys(agent.heap());
  TRY(GetOwnPropertyKeys(agent, Argument(arguments, 0), PropertyKeyType::kSymbol, keys));
  RootedValueVector values(agent.heap());
  PropertyKeysToValues(agent, keys.keys(), values);
  return Value::FromObject(CreateArrayFromList(agent, values.values()));
}

// 20.1.2.12 Object.getPrototypeOf ( obj )
// https://tc39.es/ecma262/#sec-object.getprototypeof
ThrowCompletionOr<Value> ObjectGetPrototypeOf(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let coerced be ? ToObject(obj).
  heap::Handle<Object> coerced(agent.heap(), TRY(interpreter::vm::ToObject(agent, Argument(arguments, 0))));
  // 2. Return ? coerced.[[GetPrototypeOf]]().
  return ObjectOrNull(TRY(coerced->GetPrototypeOf(agent)));
}

// 20.1.2.13 Object.groupBy ( items, callback )
// https://tc39.es/ecma262/#sec-object.groupby
ThrowCompletionOr<Value> ObjectGroupBy(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let groups be ? GroupBy(items, callback, property).
  std::vector<std::unique_ptr<KeyedGroup>> groups;
  TRY(GroupBy(agent, Argument(arguments, 0), Argument(arguments, 1), KeyCoercion::kProperty, groups));
  // 2. Let obj be OrdinaryObjectCreate(null).
  heap::Handle<Object> obj(agent.heap(), interpreter::OrdinaryObjectCreate(agent, nullptr));
  // 3. For each Record { [[Key]], [[Elements]] } group of groups, do
  for (auto& group : groups) {
    // a. Let elements be CreateArrayFromList(group.[[Elements]]).
    heap::Handle<Object> elements(agent.heap(),
                                  CreateArrayFromList(agent, std::span<const Value>(group->elements.values())));
    // b. Perform ! CreateDataPropertyOrThrow(obj, group.[[Key]], elements).
    //    GroupBy's property mode made each key a String or Symbol, which group.[[Key]] keeps alive.
    PropertyKey key = PropertyKey::FromValue(agent.strings(), group->key);
    MUST(interpreter::CreateDataPropertyOrThrow(agent, obj, key, Value::FromObject(elements)));
  }
  // 4. Return obj.
  return Value::FromObject(obj);
}

// 20.1.2.14 Object.hasOwn ( obj, key )
// https://tc39.es/ecma262/#sec-object.hasown
ThrowCompletionOr<Value> ObjectHasOwn(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let coerced be ? ToObject(obj).
  heap::Handle<Object> coerced(agent.heap(), TRY(interpreter::vm::ToObject(agent, Argument(arguments, 0))));
  // 2. Let propertyKey be ? ToPropertyKey(key).
  PropertyKey property_key = TRY(interpreter::vm::ToPropertyKey(agent, Argument(arguments, 1)));
  // 3. Return ? HasOwnProperty(coerced, propertyKey).
  return Value::Boolean(TRY(interpreter::HasOwnProperty(agent, coerced, property_key)));
}

// 20.1.2.15 Object.is ( value1, value2 )
// https://tc39.es/ecma262/#sec-object.is
ThrowCompletionOr<Value> ObjectIs(Agent&, Value, std::span<const Value> arguments, Object*) {
  // 1. Return SameValue(value1, value2).
  return Value::Boolean(interpreter::SameValue(Argument(arguments, 0), Argument(arguments, 1)));
}

// 20.1.2.16 Object.isExtensible ( obj )
// https://tc39.es/ecma262/#sec-object.isextensible
ThrowCompletionOr<Value> ObjectIsExtensible(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value obj = Argument(arguments, 0);
  // 1. If obj is not an Object, return false.
  if (!obj.IsObject()) return Value::Boolean(false);
  // 2. Return ? IsExtensible(obj).
  return Value::Boolean(TRY(interpreter::IsExtensible(agent, obj.AsObject())));
}

// 20.1.2.17 Object.isFrozen ( obj )
// https://tc39.es/ecma262/#sec-object.isfrozen
ThrowCompletionOr<Value> ObjectIsFrozen(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value obj = Argument(arguments, 0);
  // 1. If obj is not an Object, return true.
  if (!obj.IsObject()) return Value::Boolean(true);
  // 2. Return ? TestIntegrityLevel(obj, frozen).
  return Value::Boolean(TRY(interpreter::TestIntegrityLevel(agent, obj.AsObject(), IntegrityLevel::kFrozen)));
}

// 20.1.2.18 Object.isSealed ( obj )
// https://tc39.es/ecma262/#sec-object.issealed
ThrowCompletionOr<Value> ObjectIsSealed(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value obj = Argument(arguments, 0);
  // 1. If obj is not an Object, return true.
  if (!obj.IsObject()) return Value::Boolean(true);
  // 2. Return ? TestIntegrityLevel(obj, sealed).
  return Value::Boolean(TRY(interpreter::TestIntegrityLevel(agent, obj.AsObject(), IntegrityLevel::kSealed)));
}

// 20.1.2.19 Object.keys ( obj )
// https://tc39.es/ecma262/#sec-object.keys
ThrowCompletionOr<Value> ObjectKeys(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let coerced be ? ToObject(obj). 2. Let keyList be ? EnumerableOwnProperties(coerced, key).
  // 3. Return CreateArrayFromList(keyList).
  return EnumerableOwnPropertiesArray(agent, Argument(arguments, 0), EnumerableOwnPropertiesKind::kKey);
}

// 20.1.2.20 Object.preventExtensions ( obj )
// https://tc39.es/ecma262/#sec-object.preventextensions
ThrowCompletionOr<Value> ObjectPreventExtensions(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value obj = Argument(arguments, 0);
  // 1. If obj is not an Object, return obj.
  if (!obj.IsObject()) return obj;
  // 2. Let status be ? obj.[[PreventExtensions]]().
  bool status = TRY(obj.AsObject()->PreventExtensions(agent));
  // 3. If status is false, throw a TypeError exception.
  if (!status) return ThrowTypeError(agent, u"Object.preventExtensions: the object cannot be made non-extensible");
  // 4. Return obj.
  return obj;
}

// 20.1.2.22 Object.seal ( obj )
// https://tc39.es/ecma262/#sec-object.seal
ThrowCompletionOr<Value> ObjectSeal(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value obj = Argument(arguments, 0);
  // 1. If obj is not an Object, return obj.
  if (!obj.IsObject()) return obj;
  // 2. Let status be ? SetIntegrityLevel(obj, sealed).
  bool status = TRY(interpreter::SetIntegrityLevel(agent, obj.AsObject(), IntegrityLevel::kSealed));
  // 3. If status is false, throw a TypeError exception.
  if (!status) return ThrowTypeError(agent, u"Object.seal: the object cannot be sealed");
  // 4. Return obj.
  return obj;
}

// 20.1.2.23 Object.setPrototypeOf ( obj, proto )
// https://tc39.es/ecma262/#sec-object.setprototypeof
ThrowCompletionOr<Value> ObjectSetPrototypeOf(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value obj = Argument(arguments, 0);
  Value proto = Argument(arguments, 1);
  // 1. Perform ? RequireObjectCoercible(obj).
  TRY(RequireObjectCoercible(agent, obj));
  // 2. If proto is not an Object and proto is not null, throw a TypeError exception.
  if (!proto.IsObject() && !proto.IsNull()) {
    return ThrowTypeError(agent, u"Object.setPrototypeOf: the prototype must be an object or null");
  }
  // 3. If obj is not an Object, return obj.
  if (!obj.IsObject()) return obj;
  // 4. Let status be ? obj.[[SetPrototypeOf]](proto).
  bool status = TRY(obj.AsObject()->SetPrototypeOf(agent, proto.IsNull() ? nullptr : proto.AsObject()));
  // 5. If status is false, throw a TypeError exception.
  if (!status) return ThrowTypeError(agent, u"Object.setPrototypeOf: the prototype cannot be set");
  // 6. Return obj.
  return obj;
}

// 20.1.2.24 Object.values ( obj )
// https://tc39.es/ecma262/#sec-object.values
ThrowCompletionOr<Value> ObjectValues(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let coerced be ? ToObject(obj). 2. Let valueList be ? EnumerableOwnProperties(coerced, value).
  // 3. Return CreateArrayFromList(valueList).
  return EnumerableOwnPropertiesArray(agent, Argument(arguments, 0), EnumerableOwnPropertiesKind::kValue);
}

// --- 20.1.3 Properties of the Object Prototype Object --------------------------

// 20.1.3.2 Object.prototype.hasOwnProperty ( value )
// https://tc39.es/ecma262/#sec-object.prototype.hasownproperty
ThrowCompletionOr<Value> ObjectPrototypeHasOwnProperty(Agent& agent, Value this_value,
                                                       std::span<const Value> arguments, Object*) {
  // 1. Let propertyKey be ? ToPropertyKey(value).
  RootedPropertyKeys property_key(agent.heap(), {TRY(interpreter::vm::ToPropertyKey(agent, Argument(arguments, 0)))});
  // 2. Let obj be ? ToObject(this value).
  heap::Handle<Object> obj(agent.heap(), TRY(interpreter::vm::ToObject(agent, this_value)));
  // 3. Return ? HasOwnProperty(obj, propertyKey).
  return Value::Boolean(TRY(interpreter::HasOwnProperty(agent, obj, property_key.keys()[0])));
}

// 20.1.3.3 Object.prototype.isPrototypeOf ( value )
// https://tc39.es/ecma262/#sec-object.prototype.isprototypeof
ThrowCompletionOr<Value> ObjectPrototypeIsPrototypeOf(Agent& agent, Value this_value,
                                                      std::span<const Value> arguments, Object*) {
  Value v = Argument(arguments, 0);
  // 1. If value is not an Object, return false.
  if (!v.IsObject()) return Value::Boolean(false);
  // 2. Let obj be ? ToObject(this value).
  heap::Handle<Object> obj(agent.heap(), TRY(interpreter::vm::ToObject(agent, this_value)));
  heap::Handle<Object> value(agent.heap(), v.AsObject());
  // 3. Repeat,
  while (true) {
    // a. Set value to ? value.[[GetPrototypeOf]]().
    value = TRY(value->GetPrototypeOf(agent));
    // b. If value is null, return false.
    if (value.get() == nullptr) return Value::Boolean(false);
    // c. If SameValue(obj, value) is true, return true.
    if (value.get() == obj.get()) return Value::Boolean(true);
  }
}

// 20.1.3.4 Object.prototype.propertyIsEnumerable ( value )
// https://tc39.es/ecma262/#sec-object.prototype.propertyisenumerable
ThrowCompletionOr<Value> ObjectPrototypePropertyIsEnumerable(Agent& agent, Value this_value,
                                                             std::span<const Value> arguments, Object*) {
  // 1. Let propertyKey be ? ToPropertyKey(value).
  RootedPropertyKeys property_key(agent.heap(), {TRY(interpreter::vm::ToPropertyKey(agent, Argument(arguments, 0)))});
  // 2. Let obj be ? ToObject(this value).
  heap::Handle<Object> obj(agent.heap(), TRY(interpreter::vm::ToObject(agent, this_value)));
  // 3. Let propertyDesc be ? obj.[[GetOwnProperty]](propertyKey).
  std::optional<PropertyDescriptor> property_desc = TRY(obj->GetOwnProperty(agent, property_key.keys()[0]));
  // 4. If propertyDesc is undefined, return false.
  if (!property_desc) return Value::Boolean(false);
  // 5. Return propertyDesc.[[Enumerable]].
  return Value::Boolean(property_desc->enumerable.value_or(false));
}

// 20.1.3.5 Object.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
// https://tc39.es/ecma262/#sec-object.prototype.tolocalestring
ThrowCompletionOr<Value> ObjectPrototypeToLocaleString(Agent& agent, Value this_value, std::span<const Value>,
                                                       Object*) {
  // 1. Let thisValue be the this value.
  // 2. Return ? Invoke(thisValue, "toString").
  return interpreter::vm::Invoke(agent, this_value, agent.Key(u"toString"));
}

// 20.1.3.6 Object.prototype.toString ( )
// https://tc39.es/ecma262/#sec-object.prototype.tostring
ThrowCompletionOr<Value> ObjectPrototypeToString(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. If the this value is undefined, return "[object Undefined]".
  if (this_value.IsUndefined()) return agent.InternedString(u"[object Undefined]");
  // 2. If the this value is null, return "[object Null]".
  if (this_value.IsNull()) return agent.InternedString(u"[object Null]");
  // 3. Let obj be ! ToObject(this value).
  heap::Handle<Object> obj(agent.heap(), MUST(interpreter::vm::ToObject(agent, this_value)));
  // 4. Let isArray be ? IsArray(obj).
  bool is_array = TRY(interpreter::vm::IsArray(agent, Value::FromObject(obj)));
  const char16_t* builtin_tag;
  auto wrapped = [&](bool (Value::*is_type)() const) {
    return interpreter::WrappedPrimitive(Value::FromObject(obj), is_type).has_value();
  };
  if (is_array) {
    // 5. If isArray is true, let builtinTag be "Array".
    builtin_tag = u"Array";
  } else if (dynamic_cast<interpreter::vm::ArgumentsObject*>(obj.get()) != nullptr) {
    // 6. Else if obj has a [[ParameterMap]] internal slot, let builtinTag be "Arguments".
    builtin_tag = u"Arguments";
  } else if (obj->IsCallable()) {
    // 7. Else if obj has a [[Call]] internal method, let builtinTag be "Function".
    builtin_tag = u"Function";
  } else if (dynamic_cast<interpreter::ErrorObject*>(obj.get()) != nullptr) {
    // 8. Else if obj has an [[ErrorData]] internal slot, let builtinTag be "Error".
    builtin_tag = u"Error";
  } else if (wrapped(&Value::IsBoolean)) {
    // 9. Else if obj has a [[BooleanData]] internal slot, let builtinTag be "Boolean".
    builtin_tag = u"Boolean";
  } else if (wrapped(&Value::IsNumber)) {
    // 10. Else if obj has a [[NumberData]] internal slot, let builtinTag be "Number".
    builtin_tag = u"Number";
  } else if (wrapped(&Value::IsString)) {
    // 11. Else if obj has a [[StringData]] internal slot, let builtinTag be "String".
    builtin_tag = u"String";
  } else if (dynamic_cast<DateObject*>(obj.get()) != nullptr) {
    // 12. Else if obj has a [[DateValue]] internal slot, let builtinTag be "Date".
    builtin_tag = u"Date";
  } else if (dynamic_cast<RegExpObject*>(obj.get()) != nullptr) {
    // 13. Else if obj has a [[RegExpMatcher]] internal slot, let builtinTag be "RegExp".
    builtin_tag = u"RegExp";
  } else {
    // 14. Else, let builtinTag be "Object".
    builtin_tag = u"Object";
  }
  // 15. Let tag be ? Get(obj, %Symbol.toStringTag%).
  Value tag = TRY(interpreter::Get(agent, obj,
                                   PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag))));
  // 16. If tag is not a String, set tag to builtinTag.
  std::u16string tag_text = tag.IsString() ? std::u16string(tag.AsString()->code_units()) : builtin_tag;
  // 17. Return the string-concatenation of "[object ", tag, and "]".
  return interpreter::vm::MakeString(agent, u"[object " + tag_text + u"]");
}

// 20.1.3.7 Object.prototype.valueOf ( )
// https://tc39.es/ecma262/#sec-object.prototype.valueof
ThrowCompletionOr<Value> ObjectPrototypeValueOf(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Return ? ToObject(this value).
  return Value::FromObject(TRY(interpreter::vm::ToObject(agent, this_value)));
}

// 20.1.3.8.1 get Object.prototype.__proto__
// https://tc39.es/ecma262/#sec-get-object.prototype.__proto__
ThrowCompletionOr<Value> GetObjectPrototypeProto(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let obj be ? ToObject(this value).
  heap::Handle<Object> obj(agent.heap(), TRY(interpreter::vm::ToObject(agent, this_value)));
  // 2. Return ? obj.[[GetPrototypeOf]]().
  return ObjectOrNull(TRY(obj->GetPrototypeOf(agent)));
}

// 20.1.3.8.2 set Object.prototype.__proto__
// https://tc39.es/ecma262/#sec-set-object.prototype.__proto__
ThrowCompletionOr<Value> SetObjectPrototypeProto(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  Value proto = Argument(arguments, 0);
  // 1. Let thisValue be the this value.
  // 2. Perform ? RequireObjectCoercible(thisValue).
  TRY(RequireObjectCoercible(agent, this_value));
  // 3. If proto is not an Object and proto is not null, return undefined.
  if (!proto.IsObject() && !proto.IsNull()) return Value::Undefined();
  // 4. If thisValue is not an Object, return undefined.
  if (!this_value.IsObject()) return Value::Undefined();
  // 5. Let status be ? thisValue.[[SetPrototypeOf]](proto).
  bool status = TRY(this_value.AsObject()->SetPrototypeOf(agent, proto.IsNull() ? nullptr : proto.AsObject()));
  // 6. If status is false, throw a TypeError exception.
  if (!status) return ThrowTypeError(agent, u"Object.prototype.__proto__: the prototype cannot be set");
  // 7. Return undefined.
  return Value::Undefined();
}

// The steps shared by 20.1.3.9.1 Object.prototype.__defineGetter__ ( key, getter )
// and 20.1.3.9.2 Object.prototype.__defineSetter__ ( key, setter ).
ThrowCompletionOr<Value> DefineLegacyAccessor(Agent& agent, Value this_value, std::span<const Value> arguments,
                                              bool is_getter) {
  Value function = Argument(arguments, 1);
  // 1. Let obj be ? ToObject(this value).
  heap::Handle<Object> obj(agent.heap(), TRY(interpreter::vm::ToObject(agent, this_value)));
  // 2. If IsCallable(getter) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(function)) {
    return ThrowTypeError(agent, is_getter ? u"Object.prototype.__defineGetter__: the getter is not callable"
                                           : u"Object.prototype.__defineSetter__: the setter is not callable");
  }
  // 3. Let propertyDesc be PropertyDescriptor { [[Get]]: getter, [[Enumerable]]: true, [[Configurable]]: true }.
  PropertyDescriptor property_desc;
  if (is_getter) {
    property_desc.get = function;
  } else {
    property_desc.set = function;
  }
  property_desc.enumerable = true;
  property_desc.configurable = true;
  // 4. Let propertyKey be ? ToPropertyKey(key).
  RootedPropertyKeys property_key(agent.heap(), {TRY(interpreter::vm::ToPropertyKey(agent, Argument(arguments, 0)))});
  // 5. Perform ? DefinePropertyOrThrow(obj, propertyKey, propertyDesc).
  TRY(interpreter::DefinePropertyOrThrow(agent, obj, property_key.keys()[0], property_desc));
  // 6. Return undefined.
  return Value::Undefined();
}

// 20.1.3.9.1 Object.prototype.__defineGetter__ ( key, getter )
// https://tc39.es/ecma262/#sec-object.prototype.__defineGetter__
ThrowCompletionOr<Value> ObjectPrototypeDefineGetter(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                     Object*) {
  return DefineLegacyAccessor(agent, this_value, arguments, true);
}

// 20.1.3.9.2 Object.prototype.__defineSetter__ ( key, setter )
// https://tc39.es/ecma262/#sec-object.prototype.__defineSetter__
ThrowCompletionOr<Value> ObjectPrototypeDefineSetter(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                     Object*) {
  return DefineLegacyAccessor(agent, this_value, arguments, false);
}

// The steps shared by 20.1.3.9.3 Object.prototype.__lookupGetter__ ( key ) and
// 20.1.3.9.4 Object.prototype.__lookupSetter__ ( key ).
ThrowCompletionOr<Value> LookupLegacyAccessor(Agent& agent, Value this_value, std::span<const Value> arguments,
                                              bool is_getter) {
  // 1. Let obj be ? ToObject(this value).
  heap::Handle<Object> obj(agent.heap(), TRY(interpreter::vm::ToObject(agent, this_value)));
  // 2. Let propertyKey be ? ToPropertyKey(key).
  RootedPropertyKeys property_key(agent.heap(), {TRY(interpreter::vm::ToPropertyKey(agent, Argument(arguments, 0)))});
  // 3. Repeat,
  while (true) {
    // a. Let propertyDesc be ? obj.[[GetOwnProperty]](propertyKey).
    std::optional<PropertyDescriptor> property_desc = TRY(obj->GetOwnProperty(agent, property_key.keys()[0]));
    // b. If propertyDesc is not undefined, then
    if (property_desc) {
      // i. If IsAccessorDescriptor(propertyDesc) is true, return propertyDesc.[[Get]] (or [[Set]]).
      if (interpreter::IsAccessorDescriptor(*property_desc)) {
        std::optional<Value> function = is_getter ? property_desc->get : property_desc->set;
        return function.value_or(Value::Undefined());
      }
      // ii. Return undefined.
      return Value::Undefined();
    }
    // c. Set obj to ? obj.[[GetPrototypeOf]]().
    obj = TRY(obj->GetPrototypeOf(agent));
    // d. If obj is null, return undefined.
    if (obj.get() == nullptr) return Value::Undefined();
  }
}

// 20.1.3.9.3 Object.prototype.__lookupGetter__ ( key )
// https://tc39.es/ecma262/#sec-object.prototype.__lookupGetter__
ThrowCompletionOr<Value> ObjectPrototypeLookupGetter(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                     Object*) {
  return LookupLegacyAccessor(agent, this_value, arguments, true);
}

// 20.1.3.9.4 Object.prototype.__lookupSetter__ ( key )
// https://tc39.es/ecma262/#sec-object.prototype.__lookupSetter__
ThrowCompletionOr<Value> ObjectPrototypeLookupSetter(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                     Object*) {
  return LookupLegacyAccessor(agent, this_value, arguments, false);
}

}  // namespace

void CreateObjectIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  heap::Handle<Object> prototype(agent.heap(), realm->intrinsic(Intrinsic::kObjectPrototype));
  // 20.1.2: the Object constructor has a "length" property whose value is 1𝔽; 20.1.2.21 Object.prototype
  // is { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false }; 20.1.3.1 constructor.
  heap::Handle<Object> constructor(
      agent.heap(), CreateBuiltinConstructor(agent, realm, Intrinsic::kObject, u"Object", 1, ObjectConstructor,
                                             prototype));

  auto define = [&](Object* target, std::u16string_view name, double length,
                    ThrowCompletionOr<Value> (*behaviour)(Agent&, Value, std::span<const Value>, Object*)) {
    DefineBuiltinMethod(agent, realm, target, name, length, behaviour);
  };
  define(constructor, u"assign", 2, ObjectAssign);
  define(constructor, u"create", 2, ObjectCreate);
  define(constructor, u"defineProperties", 2, ObjectDefinePropertiesFunction);
  define(constructor, u"defineProperty", 3, ObjectDefineProperty);
  define(constructor, u"entries", 1, ObjectEntries);
  define(constructor, u"freeze", 1, ObjectFreeze);
  define(constructor, u"fromEntries", 1, ObjectFromEntries);
  define(constructor, u"getOwnPropertyDescriptor", 2, ObjectGetOwnPropertyDescriptor);
  define(constructor, u"getOwnPropertyDescriptors", 1, ObjectGetOwnPropertyDescriptors);
  define(constructor, u"getOwnPropertyNames", 1, ObjectGetOwnPropertyNames);
  define(constructor, u"getOwnPropertySymbols", 1, ObjectGetOwnPropertySymbols);
  define(constructor, u"getPrototypeOf", 1, ObjectGetPrototypeOf);
  define(constructor, u"groupBy", 2, ObjectGroupBy);
  define(constructor, u"hasOwn", 2, ObjectHasOwn);
  define(constructor, u"is", 2, ObjectIs);
  define(constructor, u"isExtensible", 1, ObjectIsExtensible);
  define(constructor, u"isFrozen", 1, ObjectIsFrozen);
  define(constructor, u"isSealed", 1, ObjectIsSealed);
  define(constructor, u"keys", 1, ObjectKeys);
  define(constructor, u"preventExtensions", 1, ObjectPreventExtensions);
  define(constructor, u"seal", 1, ObjectSeal);
  define(constructor, u"setPrototypeOf", 2, ObjectSetPrototypeOf);
  define(constructor, u"values", 1, ObjectValues);

  define(prototype, u"hasOwnProperty", 1, ObjectPrototypeHasOwnProperty);
  define(prototype, u"isPrototypeOf", 1, ObjectPrototypeIsPrototypeOf);
  define(prototype, u"propertyIsEnumerable", 1, ObjectPrototypePropertyIsEnumerable);
  define(prototype, u"toLocaleString", 0, ObjectPrototypeToLocaleString);
  realm->set_intrinsic(Intrinsic::kObjectPrototypeToString,
                       DefineBuiltinMethod(agent, realm, prototype, u"toString", 0, ObjectPrototypeToString));
  define(prototype, u"valueOf", 0, ObjectPrototypeValueOf);
  // 20.1.3.8 Object.prototype.__proto__: an accessor { [[Enumerable]]: false, [[Configurable]]: true }.
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"__proto__"), GetObjectPrototypeProto,
                        SetObjectPrototypeProto);
  define(prototype, u"__defineGetter__", 2, ObjectPrototypeDefineGetter);
  define(prototype, u"__defineSetter__", 2, ObjectPrototypeDefineSetter);
  define(prototype, u"__lookupGetter__", 1, ObjectPrototypeLookupGetter);
  define(prototype, u"__lookupSetter__", 1, ObjectPrototypeLookupSetter);
}

}  // namespace async_runtime::builtins
