#include "runtime/interpreter/vm/iteration.h"

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/function_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/realm.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::interpreter::vm {

// 7.4.2 GetIteratorDirect ( obj )
// https://tc39.es/ecma262/#sec-getiteratordirect
ThrowCompletionOr<IteratorRecord> GetIteratorDirect(Agent& agent, Object* obj) {
  heap::Handle<Object> rooted_obj(agent.heap(), obj);
  // 1. Let nextMethod be ? Get(obj, "next").
  Value next_method = TRY(Get(agent, rooted_obj, agent.Key(u"next")));
  // 2. Let iteratorRecord be the Iterator Record { [[Iterator]]: obj, [[NextMethod]]: nextMethod, [[Done]]: false }.
  // 3. Return iteratorRecord.
  return IteratorRecord(agent.heap(), rooted_obj, next_method);
}

// 7.4.3 GetIteratorFromMethod ( obj, method )
// https://tc39.es/ecma262/#sec-getiteratorfrommethod
ThrowCompletionOr<IteratorRecord> GetIteratorFromMethod(Agent& agent, Value obj, Value method) {
  // 1. Let iterator be ? Call(method, obj).
  Value iterator = TRY(Call(agent, method, obj, {}));
  // 2. If iterator is not an Object, throw a TypeError exception.
  if (!iterator.IsObject()) return ThrowTypeError(agent, u"Result of the Symbol.iterator method is not an object");
  // 3. Return ? GetIteratorDirect(iterator).
  return GetIteratorDirect(agent, iterator.AsObject());
}

// 7.4.4 GetIterator ( obj, kind )
// https://tc39.es/ecma262/#sec-getiterator
ThrowCompletionOr<IteratorRecord> GetIterator(Agent& agent, Value obj, IteratorKind kind) {
  RootedValue rooted_obj(agent.heap(), obj);
  // 1. If kind is async, then ... (not yet: async iteration arrives with async functions).
  if (kind == IteratorKind::kAsync) return ThrowTypeError(agent, u"async iteration is not supported yet");
  // 2. Else, let method be ? GetMethod(obj, %Symbol.iterator%).
  PropertyKey key = PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kIterator));
  Value method = TRY(GetV(agent, agent.current_realm(), rooted_obj, key));
  // 3. If method is undefined, throw a TypeError exception.
  if (method.IsNullish()) return ThrowTypeError(agent, u"object is not iterable");
  if (!IsCallable(method)) return ThrowTypeError(agent, u"Symbol.iterator method is not callable");
  // 4. Return ? GetIteratorFromMethod(obj, method).
  return GetIteratorFromMethod(agent, rooted_obj, method);
}

// 7.4.6 IteratorNext ( iteratorRecord [ , value ] )
// https://tc39.es/ecma262/#sec-iteratornext
ThrowCompletionOr<Object*> IteratorNext(Agent& agent, IteratorRecord& iterator_record, std::optional<Value> value) {
  ThrowCompletionOr<Value> result = Value::Undefined();
  // 1. If value is not present, then let result be Completion(Call(iteratorRecord.[[NextMethod]], iteratorRecord.[[Iterator]])).
  // 2. Else, let result be Completion(Call(iteratorRecord.[[NextMethod]], iteratorRecord.[[Iterator]], « value »)).
  Value iterator = Value::FromObject(iterator_record.iterator());
  if (value) {
    Value argument = *value;
    result = Call(agent, iterator_record.next_method(), iterator, std::span<const Value>(&argument, 1));
  } else {
    result = Call(agent, iterator_record.next_method(), iterator, {});
  }
  // 3. If result is a throw completion, then set iteratorRecord.[[Done]] to true and return ? result.
  if (result.is_throw_completion()) {
    iterator_record.set_done(true);
    return ThrowCompletion(result.thrown_value());
  }
  // 4. Set result to ! result.
  // 5. If result is not an Object, then set iteratorRecord.[[Done]] to true and throw a TypeError exception.
  if (!result.value().IsObject()) {
    iterator_record.set_done(true);
    return ThrowTypeError(agent, u"Iterator result is not an object");
  }
  // 6. Return result.
  return result.value().AsObject();
}

// 7.4.7 IteratorComplete ( iteratorResult )
// https://tc39.es/ecma262/#sec-iteratorcomplete
ThrowCompletionOr<bool> IteratorComplete(Agent& agent, Object* iterator_result) {
  // 1. Return ToBoolean(? Get(iteratorResult, "done")).
  return ToBoolean(TRY(Get(agent, iterator_result, agent.Key(u"done"))));
}

// 7.4.8 IteratorValue ( iteratorResult )
// https://tc39.es/ecma262/#sec-iteratorvalue
ThrowCompletionOr<Value> IteratorValue(Agent& agent, Object* iterator_result) {
  // 1. Return ? Get(iteratorResult, "value").
  return Get(agent, iterator_result, agent.Key(u"value"));
}

// 7.4.9 IteratorStep ( iteratorRecord )
// https://tc39.es/ecma262/#sec-iteratorstep
ThrowCompletionOr<Object*> IteratorStep(Agent& agent, IteratorRecord& iterator_record) {
  // 1. Let result be ? IteratorNext(iteratorRecord).
  heap::Handle<Object> result(agent.heap(), TRY(IteratorNext(agent, iterator_record)));
  // 2. Let done be Completion(IteratorComplete(result)).
  ThrowCompletionOr<bool> done = IteratorComplete(agent, result);
  // 3. If done is a throw completion, then set iteratorRecord.[[Done]] to true and return ? done.
  if (done.is_throw_completion()) {
    iterator_record.set_done(true);
    return ThrowCompletion(done.thrown_value());
  }
  // 4. Set done to ! done.
  // 5. If done is true, then set iteratorRecord.[[Done]] to true and return done.
  if (done.value()) {
    iterator_record.set_done(true);
    return static_cast<Object*>(nullptr);
  }
  // 6. Return result.
  return result.get();
}

// 7.4.10 IteratorStepValue ( iteratorRecord )
// https://tc39.es/ecma262/#sec-iteratorstepvalue
ThrowCompletionOr<std::optional<Value>> IteratorStepValue(Agent& agent, IteratorRecord& iterator_record) {
  // Fast path (not observable): when [[NextMethod]] is a built-in next method of the running realm that can
  // step without allocating its IteratorResult object (see IteratorStepWithoutResult), steps 1.-5. reduce to
  // that step: no code runs between the call and the reads of "done" and "value" of the fresh result object.
  if (iterator_record.next_method().IsObject()) {
    if (auto* native = dynamic_cast<NativeFunction*>(iterator_record.next_method().AsObject());
        native != nullptr && native->iterator_step() != nullptr && native->realm() == agent.current_realm() &&
        native->iterator_step()->applies(iterator_record.iterator())) {
      // As BuiltinCallOrConstruct: the method is the active function while it runs.
      Object* caller_function = agent.active_builtin_function();
      agent.set_active_builtin_function(native);
      ThrowCompletionOr<std::optional<Value>> value = native->iterator_step()->step(agent, iterator_record.iterator());
      agent.set_active_builtin_function(caller_function);
      // IteratorNext 3. / IteratorStep 5.: a throw or done sets iteratorRecord.[[Done]] to true.
      if (value.is_throw_completion() || !value.value()) iterator_record.set_done(true);
      return value;
    }
  }
  // 1. Let result be ? IteratorStep(iteratorRecord).
  Object* result = TRY(IteratorStep(agent, iterator_record));
  // 2. If result is done, then return done.
  if (result == nullptr) return std::optional<Value>();
  // 3. Let value be Completion(IteratorValue(result)).
  ThrowCompletionOr<Value> value = IteratorValue(agent, result);
  // 4. If value is a throw completion, then set iteratorRecord.[[Done]] to true.
  if (value.is_throw_completion()) {
    iterator_record.set_done(true);
    return ThrowCompletion(value.thrown_value());
  }
  // 5. Return ? value.
  return std::optional<Value>(value.value());
}

// 7.4.11 IteratorClose ( iteratorRecord, completion )
// https://tc39.es/ecma262/#sec-iteratorclose
ThrowCompletionOr<Value> IteratorClose(Agent& agent, const IteratorRecord& iterator_record,
                                       ThrowCompletionOr<Value> completion) {
  RootedValue completion_value(agent.heap(), completion.is_throw_completion() ? completion.thrown_value()
                                                                               : completion.value());
  bool completion_is_throw = completion.is_throw_completion();
  // 1. Assert: iteratorRecord.[[Iterator]] is an Object.
  // 2. Let iterator be iteratorRecord.[[Iterator]].
  Object* iterator = iterator_record.iterator();
  // 3. Let innerResult be Completion(GetMethod(iterator, "return")).
  ThrowCompletionOr<Value> inner_result = GetMethod(agent, iterator, agent.Key(u"return"));
  // 4. If innerResult is a normal completion, then
  if (inner_result.is_normal_completion()) {
    // a. Let return be innerResult.[[Value]].
    Value return_method = inner_result.value();
    // b. If return is undefined, return ? completion.
    if (return_method.IsUndefined()) {
      if (completion_is_throw) return ThrowCompletion(completion_value.get());
      return completion_value.get();
    }
    // c. Set innerResult to Completion(Call(return, iterator)).
    inner_result = Call(agent, return_method, Value::FromObject(iterator), {});
  }
  // 5. If completion is a throw completion, return ? completion.
  if (completion_is_throw) return ThrowCompletion(completion_value.get());
  // 6. If innerResult is a throw completion, return ? innerResult.
  if (inner_result.is_throw_completion()) return ThrowCompletion(inner_result.thrown_value());
  // 7. If innerResult.[[Value]] is not an Object, throw a TypeError exception.
  if (!inner_result.value().IsObject()) return ThrowTypeError(agent, u"Iterator return() result is not an object");
  // 8. Return ? completion.
  return completion_value.get();
}

// 7.4.17 CreateIteratorResultObject ( value, done )
// https://tc39.es/ecma262/#sec-createiterresultobject
Object* CreateIteratorResultObject(Agent& agent, Value value, bool done) {
  RootedValue rooted_value(agent.heap(), value);
  // 1. Let obj be OrdinaryObjectCreate(%Object.prototype%).
  heap::Handle<Object> obj(agent.heap(),
                           OrdinaryObjectCreate(agent, agent.current_realm()->intrinsic(Intrinsic::kObjectPrototype)));
  // 2. Perform ! CreateDataPropertyOrThrow(obj, "value", value).
  MUST(CreateDataPropertyOrThrow(agent, obj, agent.Key(u"value"), rooted_value));
  // 3. Perform ! CreateDataPropertyOrThrow(obj, "done", done).
  MUST(CreateDataPropertyOrThrow(agent, obj, agent.Key(u"done"), Value::Boolean(done)));
  // 4. Return obj.
  return obj.get();
}

// 7.4.19 IteratorToList ( iteratorRecord )
// https://tc39.es/ecma262/#sec-iteratortolist
ThrowCompletionOr<void> IteratorToList(Agent& agent, IteratorRecord& iterator_record, std::vector<RootedValue>& out) {
  out.clear();
  // 1. Let values be a new empty List.
  // 2. Repeat,
  while (true) {
    // a. Let next be ? IteratorStepValue(iteratorRecord).
    std::optional<Value> next = TRY(IteratorStepValue(agent, iterator_record));
    // b. If next is done, then return values.
    if (!next) return {};
    // c. Append next to values.
    out.emplace_back(agent.heap(), *next);
  }
}

ThrowCompletionOr<void> IterableToList(Agent& agent, Value items, std::vector<RootedValue>& out) {
  IteratorRecord iterator_record = TRY(GetIterator(agent, items, IteratorKind::kSync));
  return IteratorToList(agent, iterator_record, out);
}

}  // namespace async_runtime::interpreter::vm
