#include "runtime/builtins/array.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "runtime/builtins/array_iterator.h"
#include "runtime/interpreter/array_object.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/iteration.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

namespace vm = interpreter::vm;
using interpreter::ArrayCreate;
using interpreter::ArrayObject;
using interpreter::PropertyDescriptor;
using interpreter::RootedValue;
using interpreter::RootedValueVector;
using interpreter::ThrowTypeError;

namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0;  // 2^53 - 1

// ! ToString(𝔽(index)) as a property key, for 0 ≤ index ≤ 2^53 - 1.
PropertyKey IndexKey(Agent& agent, double index) {
  if (index <= PropertyKey::kMaxArrayIndex) return PropertyKey::ArrayIndex(static_cast<uint32_t>(index));
  return PropertyKey::FromNumber(agent.strings(), index);
}

PropertyKey LengthKey(Agent& agent) { return agent.Key(u"length"); }

// The this value as an object, rooted: step 1 of most methods, "Let O be ? ToObject(this value)".
#define THIS_OBJECT(o) heap::Handle<Object> o(agent.heap(), TRY(vm::ToObject(agent, this_value)))

// 7.1.25 ToAbsoluteIndex ( value, length )
// https://tc39.es/ecma262/#sec-toabsoluteindex
ThrowCompletionOr<double> ToAbsoluteIndex(Agent& agent, Value value, double length) {
  // 1. Let int be ? ToIntegerOrInfinity(value).
  double integer = TRY(vm::ToIntegerOrInfinity(agent, value));
  // 2. If int is finite and int < 0, set int to length + int.
  if (std::isfinite(integer) && integer < 0) integer = length + integer;
  // 3. Return int.
  return integer;
}

// 7.1.26 ToClampedIndex ( value, length )
// https://tc39.es/ecma262/#sec-toclampedindex
ThrowCompletionOr<double> ToClampedIndex(Agent& agent, Value value, double length) {
  // 1. Let index be ? ToAbsoluteIndex(value, length).
  double index = TRY(ToAbsoluteIndex(agent, value, length));
  // 2. Return the result of clamping index between 0 and length.
  return std::clamp(index, 0.0, length);
}

// Calls callback(kValue, 𝔽(k), O) with thisArg: the call shared by the iteration methods.
ThrowCompletionOr<Value> CallCallback(Agent& agent, Value callback, Value this_arg, Value k_value, double k,
                                      Object* o) {
  Value arguments[] = {k_value, Value::Number(k), Value::FromObject(o)};
  return interpreter::Call(agent, callback, this_arg, arguments);
}

// 23.1.3.2.1 IsConcatSpreadable ( O )
// https://tc39.es/ecma262/#sec-isconcatspreadable
ThrowCompletionOr<bool> IsConcatSpreadable(Agent& agent, Value o) {
  // 1. If O is not an Object, return false.
  if (!o.IsObject()) return false;
  // 2. Let spreadable be ? Get(O, %Symbol.isConcatSpreadable%).
  Value spreadable = TRY(interpreter::Get(
      agent, o.AsObject(), PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kIsConcatSpreadable))));
  // 3. If spreadable is not undefined, return ToBoolean(spreadable).
  if (!spreadable.IsUndefined()) return vm::ToBoolean(spreadable);
  // 4. Return ? IsArray(O).
  return vm::IsArray(agent, o);
}

// 23.1.3.13.1 FlattenIntoArray ( target, source, sourceLen, start, depth [ , mapperFunction, thisArg ] )
// https://tc39.es/ecma262/#sec-flattenintoarray
ThrowCompletionOr<double> FlattenIntoArray(Agent& agent, Object* target_object, Object* source_object,
                                           double source_len, double start, double depth,
                                           Value mapper_function = Value::Undefined(),
                                           Value this_arg = Value::Undefined()) {
  heap::Handle<Object> target(agent.heap(), target_object);
  heap::Handle<Object> source(agent.heap(), source_object);
  // 1. Assert: If mapperFunction is present, then IsCallable(mapperFunction) is true, thisArg is present, and
  //    depth is 1.
  // 2. Let targetIndex be start.
  double target_index = start;
  // 3. Let sourceIndex be +0𝔽.
  double source_index = 0;
  // 4. Repeat, while ℝ(sourceIndex) < sourceLen,
  while (source_index < source_len) {
    // a. Let P be ! ToString(sourceIndex).
    PropertyKey p = IndexKey(agent, source_index);
    // b. Let exists be ? HasProperty(source, P).
    bool exists = TRY(interpreter::HasProperty(agent, source, p));
    // c. If exists is true, then
    if (exists) {
      // i. Let element be ? Get(source, P).
      RootedValue element(agent.heap(), TRY(interpreter::Get(agent, source, p)));
      // ii. If mapperFunction is present, then
      if (!mapper_function.IsUndefined()) {
        // 1. Set element to ? Call(mapperFunction, thisArg, « element, sourceIndex, source »).
        element = TRY(CallCallback(agent, mapper_function, this_arg, element, source_index, source));
      }
      // iii. Let shouldFlatten be false.
      bool should_flatten = false;
      // iv. If depth > 0, then
      if (depth > 0) {
        // 1. Set shouldFlatten to ? IsArray(element).
        should_flatten = TRY(vm::IsArray(agent, element));
      }
      // v. If shouldFlatten is true, then
      if (should_flatten) {
        // 1. If depth = +∞, let newDepth be +∞. 2. Else, let newDepth be depth - 1.
        double new_depth = depth == INFINITY ? INFINITY : depth - 1;
        // 3. Let elementLen be ? LengthOfArrayLike(element).
        double element_len = TRY(vm::LengthOfArrayLike(agent, element->AsObject()));
        // 4. Set targetIndex to ? FlattenIntoArray(target, element, elementLen, targetIndex, newDepth).
        target_index = TRY(FlattenIntoArray(agent, target, element->AsObject(), element_len, target_index, new_depth));
      } else {
        // vi. Else,
        // 1. If targetIndex ≥ 2^53 - 1, throw a TypeError exception.
        if (target_index >= kMaxSafeInteger) return ThrowTypeError(agent, u"Array length exceeds 2^53 - 1");
        // 2. Perform ? CreateDataPropertyOrThrow(target, ! ToString(𝔽(targetIndex)), element).
        TRY(interpreter::CreateDataPropertyOrThrow(agent, target, IndexKey(agent, target_index), element));
        // 3. Set targetIndex to targetIndex + 1.
        target_index += 1;
      }
    }
    // d. Set sourceIndex to sourceIndex + 1𝔽.
    source_index += 1;
  }
  // 5. Return targetIndex.
  return target_index;
}

// 23.1.3.30.2 CompareArrayElements ( x, y, comparator )
// https://tc39.es/ecma262/#sec-comparearrayelements
ThrowCompletionOr<double> CompareArrayElements(Agent& agent, Value x, Value y, Value comparator) {
  // 1. If x and y are both undefined, return +0𝔽.
  if (x.IsUndefined() && y.IsUndefined()) return 0.0;
  // 2. If x is undefined, return 1𝔽.
  if (x.IsUndefined()) return 1.0;
  // 3. If y is undefined, return -1𝔽.
  if (y.IsUndefined()) return -1.0;
  // 4. If comparator is not undefined, then
  if (!comparator.IsUndefined()) {
    // a. Let v be ? ToNumber(? Call(comparator, undefined, « x, y »)).
    Value arguments[] = {x, y};
    Value call_result = TRY(interpreter::Call(agent, comparator, Value::Undefined(), arguments));
    double v = TRY(vm::ToNumber(agent, call_result));
    // b. If v is NaN, return +0𝔽.
    if (std::isnan(v)) return 0.0;
    // c. Return v.
    return v;
  }
  // 5. Let xString be ? ToString(x).
  RootedValue x_string(agent.heap(), TRY(vm::ToString(agent, x)));
  // 6. Let yString be ? ToString(y).
  RootedValue y_string(agent.heap(), TRY(vm::ToString(agent, y)));
  // 7.-11. ! IsLessThan on two Strings compares code unit sequences lexicographically.
  int order = x_string->AsString()->code_units().compare(y_string->AsString()->code_units());
  // 8. If xSmaller is true, return -1𝔽.
  if (order < 0) return -1.0;
  // 10. If ySmaller is true, return 1𝔽.
  if (order > 0) return 1.0;
  // 11. Return +0𝔽.
  return 0.0;
}

enum class Holes { kSkipHoles, kReadThroughHoles };

// 23.1.3.30.1 SortIndexedProperties ( obj, len, SortCompare, holes )
// https://tc39.es/ecma262/#sec-sortindexedproperties
// The sorted list is left in `items` (rooted). SortCompare is CompareArrayElements with `comparator`.
ThrowCompletionOr<void> SortIndexedProperties(Agent& agent, Object* obj_object, double len, Value comparator,
                                              Holes holes, RootedValueVector& items) {
  heap::Handle<Object> obj(agent.heap(), obj_object);
  RootedValue rooted_comparator(agent.heap(), comparator);
  // 1. Let items be a new empty List.
  items.values().clear();
  // 2. Let k be 0.
  // 3. Repeat, while k < len,
  for (double k = 0; k < len; ++k) {
    // a. Let Pk be ! ToString(𝔽(k)).
    PropertyKey pk = IndexKey(agent, k);
    bool k_read;
    // b. If holes is skip-holes, then
    if (holes == Holes::kSkipHoles) {
      // i. Let kRead be ? HasProperty(obj, Pk).
      k_read = TRY(interpreter::HasProperty(agent, obj, pk));
    } else {
      // c. Else,
      // i. Assert: holes is read-through-holes.
      // ii. Let kRead be true.
      k_read = true;
    }
    // d. If kRead is true, then
    if (k_read) {
      // i. Let kValue be ? Get(obj, Pk).
      Value k_value = TRY(interpreter::Get(agent, obj, pk));
      // ii. Append kValue to items.
      items.values().push_back(k_value);
    }
    // e. Set k to k + 1.
  }
  // 4. Sort items using an implementation-defined sequence of calls to SortCompare. If any such call returns an
  //    abrupt completion, stop before performing any further calls to SortCompare and return that Completion
  //    Record.
  TRY(StableSortValues(agent, items, [&](Value x, Value y) {
    return CompareArrayElements(agent, x, y, rooted_comparator);
  }));
  // 5. Return items.
  return {};
}

// The shared steps of 23.1.3.9 find, 23.1.3.10 findIndex, 23.1.3.11 findLast, 23.1.3.12 findLastIndex:
// 23.1.3.12.1 FindViaPredicate ( O, len, direction, predicate, thisArg )
// https://tc39.es/ecma262/#sec-findviapredicate
enum class Direction { kAscending, kDescending };
struct FindResult {
  double index;
  Value value;
};
ThrowCompletionOr<FindResult> FindViaPredicate(Agent& agent, Object* o_object, double len, Direction direction,
                                               Value predicate, Value this_arg, RootedValue& found_value) {
  heap::Handle<Object> o(agent.heap(), o_object);
  // 1. If IsCallable(predicate) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(predicate)) return ThrowTypeError(agent, u"predicate is not a function");
  // 2. If direction is ascending, then
  //   a. Let indices be a List of the integers in the interval from 0 (inclusive) to len (exclusive), in
  //      ascending order.
  // 3. Else,
  //   a. Let indices be a List of the integers in the interval from 0 (inclusive) to len (exclusive), in
  //      descending order.
  // 4. For each integer k of indices, do
  for (double step = 0; step < len; ++step) {
    double k = direction == Direction::kAscending ? step : len - 1 - step;
    // a. Let Pk be ! ToString(𝔽(k)).
    PropertyKey pk = IndexKey(agent, k);
    // b. NOTE: If O is a TypedArray, the following invocation of Get will return a normal completion.
    // c. Let kValue be ? Get(O, Pk).
    found_value = TRY(interpreter::Get(agent, o, pk));
    // d. Let testResult be ? Call(predicate, thisArg, « kValue, 𝔽(k), O »).
    Value test_result = TRY(CallCallback(agent, predicate, this_arg, found_value, k, o));
    // e. If ToBoolean(testResult) is true, return the Record { [[Index]]: 𝔽(k), [[Value]]: kValue }.
    if (vm::ToBoolean(test_result)) return FindResult{k, found_value};
  }
  // 5. Return the Record { [[Index]]: -1𝔽, [[Value]]: undefined }.
  found_value = Value::Undefined();
  return FindResult{-1, Value::Undefined()};
}

// --- 23.1.1 The Array Constructor ----------------------------------------------

// 23.1.1.1 Array ( ...values )
// https://tc39.es/ecma262/#sec-array
ThrowCompletionOr<Value> ArrayConstructor(Agent& agent, Value, std::span<const Value> values, Object* new_target) {
  // 1. If NewTarget is undefined, let newTarget be the active function object; else let newTarget be NewTarget.
  if (new_target == nullptr) new_target = CurrentIntrinsic(agent, Intrinsic::kArray);
  // 2. Let proto be ? GetPrototypeFromConstructor(newTarget, "%Array.prototype%").
  heap::Handle<Object> proto(agent.heap(), TRY(GetPrototypeFromConstructor(agent, new_target, Intrinsic::kArrayPrototype)));
  // 3. Let numberOfArgs be the number of elements in values.
  size_t number_of_args = values.size();
  // 4. If numberOfArgs = 0, return ! ArrayCreate(0, proto).
  if (number_of_args == 0) return Value::FromObject(MUST(ArrayCreate(agent, 0, proto)));
  // 5. Else if numberOfArgs = 1, then
  if (number_of_args == 1) {
    // a. Let len be values[0].
    Value len = values[0];
    // b. Let array be ! ArrayCreate(0, proto).
    heap::Handle<ArrayObject> array(agent.heap(), MUST(ArrayCreate(agent, 0, proto)));
    double int_len;
    // c. If len is not a Number, then
    if (!len.IsNumber()) {
      // i. Perform ! CreateDataPropertyOrThrow(array, "0", len).
      MUST(interpreter::CreateDataPropertyOrThrow(agent, array, PropertyKey::ArrayIndex(0), len));
      // ii. Let intLen be 1𝔽.
      int_len = 1;
    } else {
      // d. Else,
      // i. Let intLen be ! ToUint32(len).
      int_len = vm::ToUint32(len.AsNumber());
      // ii. If SameValueZero(intLen, len) is false, throw a RangeError exception.
      if (int_len != len.AsNumber()) return interpreter::ThrowRangeError(agent, u"Invalid array length");
    }
    // e. Perform ! Set(array, "length", intLen, true).
    MUST(interpreter::Set(agent, array, LengthKey(agent), Value::Number(int_len), true));
    // f. Return array.
    return Value::FromObject(array);
  }
  // 6. Else,
  // a. Assert: numberOfArgs ≥ 2.
  // b. Let array be ? ArrayCreate(numberOfArgs, proto).
  heap::Handle<ArrayObject> array(agent.heap(), TRY(ArrayCreate(agent, static_cast<double>(number_of_args), proto)));
  // c. Let k be 0.
  // d. Repeat, while k < numberOfArgs,
  for (size_t k = 0; k < number_of_args; ++k) {
    // i. Let Pk be ! ToString(𝔽(k)).
    // ii. Let itemK be values[k].
    // iii. Perform ! CreateDataPropertyOrThrow(array, Pk, itemK).
    // iv. Set k to k + 1.
    MUST(interpreter::CreateDataPropertyOrThrow(agent, array, PropertyKey::ArrayIndex(static_cast<uint32_t>(k)),
                                                values[k]));
  }
  // e. Assert: The mathematical value of array's "length" property is numberOfArgs.
  // f. Return array.
  return Value::FromObject(array);
}

// --- 23.1.2 Properties of the Array Constructor --------------------------------

// 23.1.2.1 Array.from ( items [ , mapper [ , thisArg ] ] )
// https://tc39.es/ecma262/#sec-array.from
ThrowCompletionOr<Value> ArrayFrom(Agent& agent, Value this_value, std::span<const Value> arguments, Object*) {
  Value items = Argument(arguments, 0);
  Value mapper = Argument(arguments, 1);
  Value this_arg = Argument(arguments, 2);
  // 1. Let C be the this value.
  Value c = this_value;
  bool mapping;
  // 2. If mapper is undefined, then
  if (mapper.IsUndefined()) {
    // a. Let mapping be false.
    mapping = false;
  } else {
    // 3. Else,
    // a. If IsCallable(mapper) is false, throw a TypeError exception.
    if (!interpreter::IsCallable(mapper)) return ThrowTypeError(agent, u"Array.from: mapper is not a function");
    // b. Let mapping be true.
    mapping = true;
  }
  // 4. Let usingIterator be ? GetMethod(items, %Symbol.iterator%).
  PropertyKey iterator_key = PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kIterator));
  RootedValue using_iterator(agent.heap(), Value::Undefined());
  if (items.IsObject()) {
    using_iterator = TRY(vm::GetMethod(agent, items.AsObject(), iterator_key));
  } else if (!items.IsNullish()) {
    // GetMethod on a primitive: GetV looks the method up through the wrapper's prototype.
    Value func = TRY(vm::GetV(agent, agent.current_realm(), items, iterator_key));
    if (!func.IsNullish()) {
      if (!interpreter::IsCallable(func)) return ThrowTypeError(agent, u"Symbol.iterator is not a function");
      using_iterator = func;
    }
  }
  // 5. If usingIterator is not undefined, then
  if (!using_iterator->IsUndefined()) {
    heap::Handle<Object> a(agent.heap());
    // a. If IsConstructor(C) is true, then
    if (interpreter::IsConstructor(c)) {
      // i. Let A be ? Construct(C).
      a = TRY(vm::Construct(agent, c.AsObject()));
    } else {
      // b. Else,
      // i. Let A be ! ArrayCreate(0).
      a = MUST(ArrayCreate(agent, 0));
    }
    // c. Let iteratorRecord be ? GetIteratorFromMethod(items, usingIterator).
    vm::IteratorRecord iterator_record = TRY(vm::GetIteratorFromMethod(agent, items, using_iterator));
    // d. Let k be 0.
    double k = 0;
    // e. Repeat,
    while (true) {
      // i. If k ≥ 2^53 - 1, then
      if (k >= kMaxSafeInteger) {
        // 1. Let error be ThrowCompletion(a newly created TypeError object).
        ThrowCompletionOr<Value> error = ThrowTypeError(agent, u"Array.from: too many elements");
        // 2. Return ? IteratorClose(iteratorRecord, error).
        return vm::IteratorClose(agent, iterator_record, error);
      }
      // ii. Let Pk be ! ToString(𝔽(k)).
      PropertyKey pk = IndexKey(agent, k);
      // iii. Let next be ? IteratorStepValue(iteratorRecord).
      std::optional<Value> next_value = TRY(vm::IteratorStepValue(agent, iterator_record));
      // iv. If next is done, then
      if (!next_value) {
        // 1. Perform ? Set(A, "length", 𝔽(k), true).
        TRY(interpreter::Set(agent, a, LengthKey(agent), Value::Number(k), true));
        // 2. Return A.
        return Value::FromObject(a);
      }
      RootedValue next(agent.heap(), *next_value);
      RootedValue mapped_value(agent.heap());
      // v. If mapping is true, then
      if (mapping) {
        // 1. Let mappedValue be Completion(Call(mapper, thisArg, « next, 𝔽(k) »)).
        Value mapper_arguments[] = {next, Value::Number(k)};
        ThrowCompletionOr<Value> mapped = interpreter::Call(agent, mapper, this_arg, mapper_arguments);
        // 2. IfAbruptCloseIterator(mappedValue, iteratorRecord).
        if (mapped.is_throw_completion()) return vm::IteratorClose(agent, iterator_record, mapped);
        mapped_value = mapped.value();
      } else {
        // vi. Else, let mappedValue be next.
        mapped_value = next.get();
      }
      // vii. Let defineStatus be Completion(CreateDataPropertyOrThrow(A, Pk, mappedValue)).
      ThrowCompletionOr<void> define_status = interpreter::CreateDataPropertyOrThrow(agent, a, pk, mapped_value);
      // viii. IfAbruptCloseIterator(defineStatus, iteratorRecord).
      if (define_status.is_throw_completion()) {
        return vm::IteratorClose(agent, iterator_record, define_status.throw_completion());
      }
      // ix. Set k to k + 1.
      k += 1;
    }
  }
  // 6. NOTE: items is not an Iterable so assume it is an array-like object.
  // 7. Let arrayLike be ! ToObject(items).
  heap::Handle<Object> array_like(agent.heap(), TRY(vm::ToObject(agent, items)));
  // 8. Let len be ? LengthOfArrayLike(arrayLike).
  double len = TRY(vm::LengthOfArrayLike(agent, array_like));
  heap::Handle<Object> a(agent.heap());
  // 9. If IsConstructor(C) is true, then
  if (interpreter::IsConstructor(c)) {
    // a. Let A be ? Construct(C, « 𝔽(len) »).
    Value construct_arguments[] = {Value::Number(len)};
    a = TRY(vm::Construct(agent, c.AsObject(), construct_arguments));
  } else {
    // 10. Else,
    // a. Let A be ? ArrayCreate(len).
    a = TRY(ArrayCreate(agent, len));
  }
  // 11. Let k be 0.
  // 12. Repeat, while k < len,
  for (double k = 0; k < len; ++k) {
    // a. Let Pk be ! ToString(𝔽(k)).
    PropertyKey pk = IndexKey(agent, k);
    // b. Let kValue be ? Get(arrayLike, Pk).
    RootedValue k_value(agent.heap(), TRY(interpreter::Get(agent, array_like, pk)));
    RootedValue mapped_value(agent.heap());
    // c. If mapping is true, then
    if (mapping) {
      // i. Let mappedValue be ? Call(mapper, thisArg, « kValue, 𝔽(k) »).
      Value mapper_arguments[] = {k_value, Value::Number(k)};
      mapped_value = TRY(interpreter::Call(agent, mapper, this_arg, mapper_arguments));
    } else {
      // d. Else, let mappedValue be kValue.
      mapped_value = k_value.get();
    }
    // e. Perform ? CreateDataPropertyOrThrow(A, Pk, mappedValue).
    TRY(interpreter::CreateDataPropertyOrThrow(agent, a, pk, mapped_value));
    // f. Set k to k + 1.
  }
  // 13. Perform ? Set(A, "length", 𝔽(len), true).
  TRY(interpreter::Set(agent, a, LengthKey(agent), Value::Number(len), true));
  // 14. Return A.
  return Value::FromObject(a);
}

// 23.1.2.3 Array.isArray ( arg )
// https://tc39.es/ecma262/#sec-array.isarray
ThrowCompletionOr<Value> ArrayIsArray(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Return ? IsArray(arg).
  return Value::Boolean(TRY(vm::IsArray(agent, Argument(arguments, 0))));
}

// 23.1.2.4 Array.of ( ...items )
// https://tc39.es/ecma262/#sec-array.of
ThrowCompletionOr<Value> ArrayOf(Agent& agent, Value this_value, std::span<const Value> items, Object*) {
  // 1. Let len be the number of elements in items.
  double len = static_cast<double>(items.size());
  // 2. Let lenNumber be 𝔽(len).
  Value len_number = Value::Number(len);
  // 3. Let C be the this value.
  Value c = this_value;
  heap::Handle<Object> a(agent.heap());
  // 4. If IsConstructor(C) is true, then
  if (interpreter::IsConstructor(c)) {
    // a. Let A be ? Construct(C, « lenNumber »).
    Value construct_arguments[] = {len_number};
    a = TRY(vm::Construct(agent, c.AsObject(), construct_arguments));
  } else {
    // 5. Else,
    // a. Let A be ? ArrayCreate(len).
    a = TRY(ArrayCreate(agent, len));
  }
  // 6. Let k be 0.
  // 7. Repeat, while k < len,
  for (size_t k = 0; k < items.size(); ++k) {
    // a. Let kValue be items[k].
    // b. Let Pk be ! ToString(𝔽(k)).
    // c. Perform ? CreateDataPropertyOrThrow(A, Pk, kValue).
    TRY(interpreter::CreateDataPropertyOrThrow(agent, a, IndexKey(agent, static_cast<double>(k)), items[k]));
    // d. Set k to k + 1.
  }
  // 8. Perform ? Set(A, "length", lenNumber, true).
  TRY(interpreter::Set(agent, a, LengthKey(agent), len_number, true));
  // 9. Return A.
  return Value::FromObject(a);
}

// 23.1.2.6 get Array [ %Symbol.species% ]
// https://tc39.es/ecma262/#sec-get-array-%symbol.species%
ThrowCompletionOr<Value> GetArraySpecies(Agent&, Value this_value, std::span<const Value>, Object*) {
  // 1. Return the this value.
  return this_value;
}

// --- 23.1.3 Properties of the Array Prototype Object ---------------------------

// 23.1.3.1 Array.prototype.at ( index )
// https://tc39.es/ecma262/#sec-array.prototype.at
ThrowCompletionOr<Value> ArrayPrototypeAt(Agent& agent, Value this_value, std::span<const Value> arguments, Object*) {
  // 1. Let obj be ? ToObject(this value).
  THIS_OBJECT(obj);
  // 2. Let length be ? LengthOfArrayLike(obj).
  double length = TRY(vm::LengthOfArrayLike(agent, obj));
  // 3. Let k be ? ToAbsoluteIndex(index, length).
  double k = TRY(ToAbsoluteIndex(agent, Argument(arguments, 0), length));
  // 4. If k < 0 or k ≥ length, return undefined.
  if (k < 0 || k >= length) return Value::Undefined();
  // 5. Return ? Get(obj, ! ToString(𝔽(k))).
  return interpreter::Get(agent, obj, IndexKey(agent, k));
}

// 23.1.3.2 Array.prototype.concat ( ...items )
// https://tc39.es/ecma262/#sec-array.prototype.concat
ThrowCompletionOr<Value> ArrayPrototypeConcat(Agent& agent, Value this_value, std::span<const Value> items,
                                              Object*) {
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let A be ? ArraySpeciesCreate(O, 0).
  heap::Handle<Object> a(agent.heap(), TRY(ArraySpeciesCreate(agent, o, 0)));
  // 3. Let n be 0.
  double n = 0;
  // 4. Prepend O to items.
  // 5. For each element E of items, do
  for (size_t item_index = 0; item_index <= items.size(); ++item_index) {
    Value e = item_index == 0 ? Value::FromObject(o) : items[item_index - 1];
    // a. Let spreadable be ? IsConcatSpreadable(E).
    bool spreadable = TRY(IsConcatSpreadable(agent, e));
    // b. If spreadable is true, then
    if (spreadable) {
      heap::Handle<Object> e_object(agent.heap(), e.AsObject());
      // i. Let len be ? LengthOfArrayLike(E).
      double len = TRY(vm::LengthOfArrayLike(agent, e_object));
      // ii. If n + len > 2^53 - 1, throw a TypeError exception.
      if (n + len > kMaxSafeInteger) return ThrowTypeError(agent, u"Array length exceeds 2^53 - 1");
      // iii. Let k be 0.
      // iv. Repeat, while k < len,
      for (double k = 0; k < len; ++k) {
        // 1. Let Pk be ! ToString(𝔽(k)).
        PropertyKey pk = IndexKey(agent, k);
        // 2. Let exists be ? HasProperty(E, Pk).
        bool exists = TRY(interpreter::HasProperty(agent, e_object, pk));
        // 3. If exists is true, then
        if (exists) {
          // a. Let subElement be ? Get(E, Pk).
          RootedValue sub_element(agent.heap(), TRY(interpreter::Get(agent, e_object, pk)));
          // b. Perform ? CreateDataPropertyOrThrow(A, ! ToString(𝔽(n)), subElement).
          TRY(interpreter::CreateDataPropertyOrThrow(agent, a, IndexKey(agent, n), sub_element));
        }
        // 4. Set n to n + 1.
        n += 1;
        // 5. Set k to k + 1.
      }
    } else {
      // c. Else,
      // i. NOTE: E is added as a single item rather than spread.
      // ii. If n ≥ 2^53 - 1, throw a TypeError exception.
      if (n >= kMaxSafeInteger) return ThrowTypeError(agent, u"Array length exceeds 2^53 - 1");
      // iii. Perform ? CreateDataPropertyOrThrow(A, ! ToString(𝔽(n)), E).
      TRY(interpreter::CreateDataPropertyOrThrow(agent, a, IndexKey(agent, n), e));
      // iv. Set n to n + 1.
      n += 1;
    }
  }
  // 6. Perform ? Set(A, "length", 𝔽(n), true).
  TRY(interpreter::Set(agent, a, LengthKey(agent), Value::Number(n), true));
  // 7. Return A.
  return Value::FromObject(a);
}

// 23.1.3.4 Array.prototype.copyWithin ( target, start [ , end ] )
// https://tc39.es/ecma262/#sec-array.prototype.copywithin
ThrowCompletionOr<Value> ArrayPrototypeCopyWithin(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                  Object*) {
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let len be ? LengthOfArrayLike(O).
  double len = TRY(vm::LengthOfArrayLike(agent, o));
  // 3. Let to be ? ToClampedIndex(target, len).
  double to = TRY(ToClampedIndex(agent, Argument(arguments, 0), len));
  // 4. Let from be ? ToClampedIndex(start, len).
  double from = TRY(ToClampedIndex(agent, Argument(arguments, 1), len));
  // 5. If end is undefined, let final be len; else let final be ? ToClampedIndex(end, len).
  Value end = Argument(arguments, 2);
  double final_index = end.IsUndefined() ? len : TRY(ToClampedIndex(agent, end, len));
  // 6. Let count be min(final - from, len - to).
  double count = std::min(final_index - from, len - to);
  double direction;
  // 7. If from < to and to < from + count, then
  if (from < to && to < from + count) {
    // a. Let direction be -1.
    direction = -1;
    // b. Set from to from + count - 1.
    from = from + count - 1;
    // c. Set to to to + count - 1.
    to = to + count - 1;
  } else {
    // 8. Else,
    // a. Let direction be 1.
    direction = 1;
  }
  // 9. Repeat, while count > 0,
  while (count > 0) {
    // a. Let fromKey be ! ToString(𝔽(from)).
    PropertyKey from_key = IndexKey(agent, from);
    // b. Let toKey be ! ToString(𝔽(to)).
    PropertyKey to_key = IndexKey(agent, to);
    // c. Let fromPresent be ? HasProperty(O, fromKey).
    bool from_present = TRY(interpreter::HasProperty(agent, o, from_key));
    // d. If fromPresent is true, then
    if (from_present) {
      // i. Let fromValue be ? Get(O, fromKey).
      RootedValue from_value(agent.heap(), TRY(interpreter::Get(agent, o, from_key)));
      // ii. Perform ? Set(O, toKey, fromValue, true).
      TRY(interpreter::Set(agent, o, to_key, from_value, true));
    } else {
      // e. Else,
      // i. Assert: fromPresent is false.
      // ii. Perform ? DeletePropertyOrThrow(O, toKey).
      TRY(interpreter::DeletePropertyOrThrow(agent, o, to_key));
    }
    // f. Set from to from + direction.
    from += direction;
    // g. Set to to to + direction.
    to += direction;
    // h. Set count to count - 1.
    count -= 1;
  }
  // 10. Return O.
  return Value::FromObject(o);
}

// 23.1.3.5 Array.prototype.entries ( )
// https://tc39.es/ecma262/#sec-array.prototype.entries
ThrowCompletionOr<Value> ArrayPrototypeEntries(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Return CreateArrayIterator(O, key+value).
  return Value::FromObject(CreateArrayIterator(agent, o, ArrayIteratorObject::Kind::kKeyValue));
}

// 23.1.3.6 Array.prototype.every ( callback [ , thisArg ] )
// https://tc39.es/ecma262/#sec-array.prototype.every
ThrowCompletionOr<Value> ArrayPrototypeEvery(Agent& agent, Value this_value, std::span<const Value> arguments,
                                             Object*) {
  Value callback = Argument(arguments, 0);
  Value this_arg = Argument(arguments, 1);
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let len be ? LengthOfArrayLike(O).
  double len = TRY(vm::LengthOfArrayLike(agent, o));
  // 3. If IsCallable(callback) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(callback)) return ThrowTypeError(agent, u"Array.prototype.every: callback is not a function");
  // 4. Let k be 0.
  // 5. Repeat, while k < len,
  for (double k = 0; k < len; ++k) {
    // a. Let Pk be ! ToString(𝔽(k)).
    PropertyKey pk = IndexKey(agent, k);
    // b. Let kPresent be ? HasProperty(O, Pk).
    bool k_present = TRY(interpreter::HasProperty(agent, o, pk));
    // c. If kPresent is true, then
    if (k_present) {
      // i. Let kValue be ? Get(O, Pk).
      RootedValue k_value(agent.heap(), TRY(interpreter::Get(agent, o, pk)));
      // ii. Let testResult be ToBoolean(? Call(callback, thisArg, « kValue, 𝔽(k), O »)).
      bool test_result = vm::ToBoolean(TRY(CallCallback(agent, callback, this_arg, k_value, k, o)));
      // iii. If testResult is false, return false.
      if (!test_result) return Value::Boolean(false);
    }
    // d. Set k to k + 1.
  }
  // 6. Return true.
  return Value::Boolean(true);
}

// 23.1.3.7 Array.prototype.fill ( value [ , start [ , end ] ] )
// https://tc39.es/ecma262/#sec-array.prototype.fill
ThrowCompletionOr<Value> ArrayPrototypeFill(Agent& agent, Value this_value, std::span<const Value> arguments,
                                            Object*) {
  Value value = Argument(arguments, 0);
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let len be ? LengthOfArrayLike(O).
  double len = TRY(vm::LengthOfArrayLike(agent, o));
  // 3. Let k be ? ToClampedIndex(start, len).
  double k = TRY(ToClampedIndex(agent, Argument(arguments, 1), len));
  // 4. If end is undefined, let final be len; else let final be ? ToClampedIndex(end, len).
  Value end = Argument(arguments, 2);
  double final_index = end.IsUndefined() ? len : TRY(ToClampedIndex(agent, end, len));
  // 5. Repeat, while k < final,
  while (k < final_index) {
    // a. Let Pk be ! ToString(𝔽(k)).
    // b. Perform ? Set(O, Pk, value, true).
    TRY(interpreter::Set(agent, o, IndexKey(agent, k), value, true));
    // c. Set k to k + 1.
    k += 1;
  }
  // 6. Return O.
  return Value::FromObject(o);
}

// 23.1.3.8 Array.prototype.filter ( callback [ , thisArg ] )
// https://tc39.es/ecma262/#sec-array.prototype.filter
ThrowCompletionOr<Value> ArrayPrototypeFilter(Agent& agent, Value this_value, std::span<const Value> arguments,
                                              Object*) {
  Value callback = Argument(arguments, 0);
  Value this_arg = Argument(arguments, 1);
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let len be ? LengthOfArrayLike(O).
  double len = TRY(vm::LengthOfArrayLike(agent, o));
  // 3. If IsCallable(callback) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(callback)) return ThrowTypeError(agent, u"Array.prototype.filter: callback is not a function");
  // 4. Let A be ? ArraySpeciesCreate(O, 0).
  heap::Handle<Object> a(agent.heap(), TRY(ArraySpeciesCreate(agent, o, 0)));
  // 5. Let k be 0.
  // 6. Let to be 0.
  double to = 0;
  // 7. Repeat, while k < len,
  for (double k = 0; k < len; ++k) {
    // a. Let Pk be ! ToString(𝔽(k)).
    PropertyKey pk = IndexKey(agent, k);
    // b. Let kPresent be ? HasProperty(O, Pk).
    bool k_present = TRY(interpreter::HasProperty(agent, o, pk));
    // c. If kPresent is true, then
    if (k_present) {
      // i. Let kValue be ? Get(O, Pk).
      RootedValue k_value(agent.heap(), TRY(interpreter::Get(agent, o, pk)));
      // ii. Let selected be ToBoolean(? Call(callback, thisArg, « kValue, 𝔽(k), O »)).
      bool selected = vm::ToBoolean(TRY(CallCallback(agent, callback, this_arg, k_value, k, o)));
      // iii. If selected is true, then
      if (selected) {
        // 1. Perform ? CreateDataPropertyOrThrow(A, ! ToString(𝔽(to)), kValue).
        TRY(interpreter::CreateDataPropertyOrThrow(agent, a, IndexKey(agent, to), k_value));
        // 2. Set to to to + 1.
        to += 1;
      }
    }
    // d. Set k to k + 1.
  }
  // 8. Return A.
  return Value::FromObject(a);
}

// 23.1.3.9 Array.prototype.find ( predicate [ , thisArg ] )
// https://tc39.es/ecma262/#sec-array.prototype.find
ThrowCompletionOr<Value> ArrayPrototypeFind(Agent& agent, Value this_value, std::span<const Value> arguments,
                                            Object*) {
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let len be ? LengthOfArrayLike(O).
  double len = TRY(vm::LengthOfArrayLike(agent, o));
  // 3. Let findRec be ? FindViaPredicate(O, len, ascending, predicate, thisArg).
  RootedValue value(agent.heap());
  TRY(FindViaPredicate(agent, o, len, Direction::kAscending, Argument(arguments, 0), Argument(arguments, 1), value));
  // 4. Return findRec.[[Value]].
  return value.get();
}

// 23.1.3.10 Array.prototype.findIndex ( predicate [ , thisArg ] )
// https://tc39.es/ecma262/#sec-array.prototype.findindex
ThrowCompletionOr<Value> ArrayPrototypeFindIndex(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let len be ? LengthOfArrayLike(O).
  double len = TRY(vm::LengthOfArrayLike(agent, o));
  // 3. Let findRec be ? FindViaPredicate(O, len, ascending, predicate, thisArg).
  RootedValue value(agent.heap());
  FindResult find_rec = TRY(FindViaPredicate(agent, o, len, Direction::kAscending, Argument(arguments, 0),
                                             Argument(arguments, 1), value));
  // 4. Return findRec.[[Index]].
  return Value::Number(find_rec.index);
}

// 23.1.3.11 Array.prototype.findLast ( predicate [ , thisArg ] )
// https://tc39.es/ecma262/#sec-array.prototype.findlast
ThrowCompletionOr<Value> ArrayPrototypeFindLast(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                Object*) {
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let len be ? LengthOfArrayLike(O).
  double len = TRY(vm::LengthOfArrayLike(agent, o));
  // 3. Let findRec be ? FindViaPredicate(O, len, descending, predicate, thisArg).
  RootedValue value(agent.heap());
  TRY(FindViaPredicate(agent, o, len, Direction::kDescending, Argument(arguments, 0), Argument(arguments, 1), value));
  // 4. Return findRec.[[Value]].
  return value.get();
}

// 23.1.3.12 Array.prototype.findLastIndex ( predicate [ , thisArg ] )
// https://tc39.es/ecma262/#sec-array.prototype.findlastindex
ThrowCompletionOr<Value> ArrayPrototypeFindLastIndex(Agent& agent, Value this_value,
                                                     std::span<const Value> arguments, Object*) {
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let len be ? LengthOfArrayLike(O).
  double len = TRY(vm::LengthOfArrayLike(agent, o));
  // 3. Let findRec be ? FindViaPredicate(O, len, descending, predicate, thisArg).
  RootedValue value(agent.heap());
  FindResult find_rec = TRY(FindViaPredicate(agent, o, len, Direction::kDescending, Argument(arguments, 0),
                                             Argument(arguments, 1), value));
  // 4. Return findRec.[[Index]].
  return Value::Number(find_rec.index);
}

// 23.1.3.13 Array.prototype.flat ( [ depth ] )
// https://tc39.es/ecma262/#sec-array.prototype.flat
ThrowCompletionOr<Value> ArrayPrototypeFlat(Agent& agent, Value this_value, std::span<const Value> arguments,
                                            Object*) {
  Value depth = Argument(arguments, 0);
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let sourceLen be ? LengthOfArrayLike(O).
  double source_len = TRY(vm::LengthOfArrayLike(agent, o));
  // 3. Let depthNum be 1.
  double depth_num = 1;
  // 4. If depth is not undefined, then
  if (!depth.IsUndefined()) {
    // a. Set depthNum to ? ToIntegerOrInfinity(depth).
    depth_num = TRY(vm::ToIntegerOrInfinity(agent, depth));
    // b. If depthNum < 0, set depthNum to 0.
    if (depth_num < 0) depth_num = 0;
  }
  // 5. Let A be ? ArraySpeciesCreate(O, 0).
  heap::Handle<Object> a(agent.heap(), TRY(ArraySpeciesCreate(agent, o, 0)));
  // 6. Perform ? FlattenIntoArray(A, O, sourceLen, 0, depthNum).
  TRY(FlattenIntoArray(agent, a, o, source_len, 0, depth_num));
  // 7. Return A.
  return Value::FromObject(a);
}

// 23.1.3.14 Array.prototype.flatMap ( mapper [ , thisArg ] )
// https://tc39.es/ecma262/#sec-array.prototype.flatmap
ThrowCompletionOr<Value> ArrayPrototypeFlatMap(Agent& agent, Value this_value, std::span<const Value> arguments,
                                               Object*) {
  Value mapper = Argument(arguments, 0);
  Value this_arg = Argument(arguments, 1);
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let sourceLen be ? LengthOfArrayLike(O).
  double source_len = TRY(vm::LengthOfArrayLike(agent, o));
  // 3. If IsCallable(mapper) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(mapper)) return ThrowTypeError(agent, u"Array.prototype.flatMap: mapper is not a function");
  // 4. Let A be ? ArraySpeciesCreate(O, 0).
  heap::Handle<Object> a(agent.heap(), TRY(ArraySpeciesCreate(agent, o, 0)));
  // 5. Perform ? FlattenIntoArray(A, O, sourceLen, 0, 1, mapper, thisArg).
  TRY(FlattenIntoArray(agent, a, o, source_len, 0, 1, mapper, this_arg));
  // 6. Return A.
  return Value::FromObject(a);
}

// 23.1.3.15 Array.prototype.forEach ( callback [ , thisArg ] )
// https://tc39.es/ecma262/#sec-array.prototype.foreach
ThrowCompletionOr<Value> ArrayPrototypeForEach(Agent& agent, Value this_value, std::span<const Value> arguments,
                                               Object*) {
  Value callback = Argument(arguments, 0);
  Value this_arg = Argument(arguments, 1);
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let len be ? LengthOfArrayLike(O).
  double len = TRY(vm::LengthOfArrayLike(agent, o));
  // 3. If IsCallable(callback) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(callback)) return ThrowTypeError(agent, u"Array.prototype.forEach: callback is not a function");
  // 4. Let k be 0.
  // 5. Repeat, while k < len,
  for (double k = 0; k < len; ++k) {
    // a. Let Pk be ! ToString(𝔽(k)).
    PropertyKey pk = IndexKey(agent, k);
    // b. Let kPresent be ? HasProperty(O, Pk).
    bool k_present = TRY(interpreter::HasProperty(agent, o, pk));
    // c. If kPresent is true, then
    if (k_present) {
      // i. Let kValue be ? Get(O, Pk).
      RootedValue k_value(agent.heap(), TRY(interpreter::Get(agent, o, pk)));
      // ii. Perform ? Call(callback, thisArg, « kValue, 𝔽(k), O »).
      TRY(CallCallback(agent, callback, this_arg, k_value, k, o));
    }
    // d. Set k to k + 1.
  }
  // 6. Return undefined.
  return Value::Undefined();
}

// 23.1.3.16 Array.prototype.includes ( searchElement [ , fromIndex ] )
// https://tc39.es/ecma262/#sec-array.prototype.includes
ThrowCompletionOr<Value> ArrayPrototypeIncludes(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                Object*) {
  RootedValue search_element(agent.heap(), Argument(arguments, 0));
  // 1. Let obj be ? ToObject(this value).
  THIS_OBJECT(obj);
  // 2. Let length be ? LengthOfArrayLike(obj).
  double length = TRY(vm::LengthOfArrayLike(agent, obj));
  // 3. If length = 0, return false.
  if (length == 0) return Value::Boolean(false);
  // 4. Let k be ? ToClampedIndex(fromIndex, length).
  double k = TRY(ToClampedIndex(agent, Argument(arguments, 1), length));
  // 5. Repeat, while k < length,
  while (k < length) {
    // a. Let elementK be ? Get(obj, ! ToString(𝔽(k))).
    Value element_k = TRY(interpreter::Get(agent, obj, IndexKey(agent, k)));
    // b. If SameValueZero(searchElement, elementK) is true, return true.
    if (interpreter::SameValueZero(search_element, element_k)) return Value::Boolean(true);
    // c. Set k to k + 1.
    k += 1;
  }
  // 6. Return false.
  return Value::Boolean(false);
}

// 23.1.3.17 Array.prototype.indexOf ( searchElement [ , fromIndex ] )
// https://tc39.es/ecma262/#sec-array.prototype.indexof
ThrowCompletionOr<Value> ArrayPrototypeIndexOf(Agent& agent, Value this_value, std::span<const Value> arguments,
                                               Object*) {
  RootedValue search_element(agent.heap(), Argument(arguments, 0));
  // 1. Let obj be ? ToObject(this value).
  THIS_OBJECT(obj);
  // 2. Let length be ? LengthOfArrayLike(obj).
  double length = TRY(vm::LengthOfArrayLike(agent, obj));
  // 3. If length = 0, return -1𝔽.
  if (length == 0) return Value::Int32(-1);
  // 4. Let k be ? ToClampedIndex(fromIndex, length).
  double k = TRY(ToClampedIndex(agent, Argument(arguments, 1), length));
  // 5. Repeat, while k < length,
  while (k < length) {
    // a. Let propertyKey be ! ToString(𝔽(k)).
    PropertyKey property_key = IndexKey(agent, k);
    // b. Let kPresent be ? HasProperty(obj, propertyKey).
    bool k_present = TRY(interpreter::HasProperty(agent, obj, property_key));
    // c. If kPresent is true, then
    if (k_present) {
      // i. Let elementK be ? Get(obj, propertyKey).
      Value element_k = TRY(interpreter::Get(agent, obj, property_key));
      // ii. If IsStrictlyEqual(searchElement, elementK) is true, return 𝔽(k).
      if (interpreter::IsStrictlyEqual(search_element, element_k)) return Value::Number(k);
    }
    // d. Set k to k + 1.
    k += 1;
  }
  // 6. Return -1𝔽.
  return Value::Int32(-1);
}

// 23.1.3.18 Array.prototype.join ( separator )
// https://tc39.es/ecma262/#sec-array.prototype.join
ThrowCompletionOr<Value> ArrayPrototypeJoin(Agent& agent, Value this_value, std::span<const Value> arguments,
                                            Object*) {
  Value separator = Argument(arguments, 0);
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let len be ? LengthOfArrayLike(O).
  double len = TRY(vm::LengthOfArrayLike(agent, o));
  // 3. If separator is undefined, let sep be ",".
  // 4. Else, let sep be ? ToString(separator).
  std::u16string sep = u",";
  if (!separator.IsUndefined()) sep = TRY(vm::ToString(agent, separator)).AsString()->code_units();
  // 5. Let R be the empty String.
  std::u16string r;
  // 6. Let k be 0.
  // 7. Repeat, while k < len,
  for (double k = 0; k < len; ++k) {
    // a. If k > 0, set R to the string-concatenation of R and sep.
    if (k > 0) r += sep;
    // b. Let element be ? Get(O, ! ToString(𝔽(k))).
    RootedValue element(agent.heap(), TRY(interpreter::Get(agent, o, IndexKey(agent, k))));
    // c. If element is neither undefined nor null, then
    if (!element->IsNullish()) {
      // i. Let S be ? ToString(element).
      Value s = TRY(vm::ToString(agent, element));
      // ii. Set R to the string-concatenation of R and S.
      r += s.AsString()->code_units();
    }
    // d. Set k to k + 1.
    if (r.size() > (size_t{1} << 30)) return interpreter::ThrowRangeError(agent, u"Invalid string length");
  }
  // 8. Return R.
  return vm::MakeString(agent, std::move(r));
}

// 23.1.3.19 Array.prototype.keys ( )
// https://tc39.es/ecma262/#sec-array.prototype.keys
ThrowCompletionOr<Value> ArrayPrototypeKeys(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Return CreateArrayIterator(O, key).
  return Value::FromObject(CreateArrayIterator(agent, o, ArrayIteratorObject::Kind::kKey));
}

// 23.1.3.20 Array.prototype.lastIndexOf ( searchElement [ , fromIndex ] )
// https://tc39.es/ecma262/#sec-array.prototype.lastindexof
ThrowCompletionOr<Value> ArrayPrototypeLastIndexOf(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                   Object*) {
  RootedValue search_element(agent.heap(), Argument(arguments, 0));
  // 1. Let obj be ? ToObject(this value).
  THIS_OBJECT(obj);
  // 2. Let length be ? LengthOfArrayLike(obj).
  double length = TRY(vm::LengthOfArrayLike(agent, obj));
  // 3. If length = 0, return -1𝔽.
  if (length == 0) return Value::Int32(-1);
  // 4. If fromIndex is not present, let k be length - 1; else let k be min(? ToAbsoluteIndex(fromIndex, length),
  //    length - 1).
  double k = arguments.size() < 2 ? length - 1
                                  : std::min(TRY(ToAbsoluteIndex(agent, arguments[1], length)), length - 1);
  // 5. Repeat, while k ≥ 0,
  while (k >= 0) {
    // a. Let propertyKey be ! ToString(𝔽(k)).
    PropertyKey property_key = IndexKey(agent, k);
    // b. Let kPresent be ? HasProperty(obj, propertyKey).
    bool k_present = TRY(interpreter::HasProperty(agent, obj, property_key));
    // c. If kPresent is true, then
    if (k_present) {
      // i. Let elementK be ? Get(obj, propertyKey).
      Value element_k = TRY(interpreter::Get(agent, obj, property_key));
      // ii. If IsStrictlyEqual(searchElement, elementK) is true, return 𝔽(k).
      if (interpreter::IsStrictlyEqual(search_element, element_k)) return Value::Number(k);
    }
    // d. Set k to k - 1.
    k -= 1;
  }
  // 6. Return -1𝔽.
  return Value::Int32(-1);
}

// 23.1.3.21 Array.prototype.map ( callback [ , thisArg ] )
// https://tc39.es/ecma262/#sec-array.prototype.map
ThrowCompletionOr<Value> ArrayPrototypeMap(Agent& agent, Value this_value, std::span<const Value> arguments,
                                           Object*) {
  Value callback = Argument(arguments, 0);
  Value this_arg = Argument(arguments, 1);
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let len be ? LengthOfArrayLike(O).
  double len = TRY(vm::LengthOfArrayLike(agent, o));
  // 3. If IsCallable(callback) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(callback)) return ThrowTypeError(agent, u"Array.prototype.map: callback is not a function");
  // 4. Let A be ? ArraySpeciesCreate(O, len).
  heap::Handle<Object> a(agent.heap(), TRY(ArraySpeciesCreate(agent, o, len)));
  // 5. Let k be 0.
  // 6. Repeat, while k < len,
  for (double k = 0; k < len; ++k) {
    // a. Let Pk be ! ToString(𝔽(k)).
    PropertyKey pk = IndexKey(agent, k);
    // b. Let kPresent be ? HasProperty(O, Pk).
    bool k_present = TRY(interpreter::HasProperty(agent, o, pk));
    // c. If kPresent is true, then
    if (k_present) {
      // i. Let kValue be ? Get(O, Pk).
      RootedValue k_value(agent.heap(), TRY(interpreter::Get(agent, o, pk)));
      // ii. Let mappedValue be ? Call(callback, thisArg, « kValue, 𝔽(k), O »).
      RootedValue mapped_value(agent.heap(), TRY(CallCallback(agent, callback, this_arg, k_value, k, o)));
      // iii. Perform ? CreateDataPropertyOrThrow(A, Pk, mappedValue).
      TRY(interpreter::CreateDataPropertyOrThrow(agent, a, pk, mapped_value));
    }
    // d. Set k to k + 1.
  }
  // 7. Return A.
  return Value::FromObject(a);
}

// 23.1.3.22 Array.prototype.pop ( )
// https://tc39.es/ecma262/#sec-array.prototype.pop
ThrowCompletionOr<Value> ArrayPrototypePop(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let len be ? LengthOfArrayLike(O).
  double len = TRY(vm::LengthOfArrayLike(agent, o));
  // 3. If len = 0, then
  if (len == 0) {
    // a. Perform ? Set(O, "length", +0𝔽, true).
    TRY(interpreter::Set(agent, o, LengthKey(agent), Value::Int32(0), true));
    // b. Return undefined.
    return Value::Undefined();
  }
  // 4. Else,
  // a. Assert: len > 0.
  // b. Let newLen be 𝔽(len - 1).
  double new_len = len - 1;
  // c. Let index be ! ToString(newLen).
  PropertyKey index = IndexKey(agent, new_len);
  // d. Let element be ? Get(O, index).
  RootedValue element(agent.heap(), TRY(interpreter::Get(agent, o, index)));
  // e. Perform ? DeletePropertyOrThrow(O, index).
  TRY(interpreter::DeletePropertyOrThrow(agent, o, index));
  // f. Perform ? Set(O, "length", newLen, true).
  TRY(interpreter::Set(agent, o, LengthKey(agent), Value::Number(new_len), true));
  // g. Return element.
  return element.get();
}

// 23.1.3.23 Array.prototype.push ( ...items )
// https://tc39.es/ecma262/#sec-array.prototype.push
ThrowCompletionOr<Value> ArrayPrototypePush(Agent& agent, Value this_value, std::span<const Value> items, Object*) {
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let len be ? LengthOfArrayLike(O).
  double len = TRY(vm::LengthOfArrayLike(agent, o));
  // 3. Let argCount be the number of elements in items.
  double arg_count = static_cast<double>(items.size());
  // 4. If len + argCount > 2^53 - 1, throw a TypeError exception.
  if (len + arg_count > kMaxSafeInteger) return ThrowTypeError(agent, u"Array length exceeds 2^53 - 1");
  // 5. For each element E of items, do
  for (Value e : items) {
    // a. Perform ? Set(O, ! ToString(𝔽(len)), E, true).
    TRY(interpreter::Set(agent, o, IndexKey(agent, len), e, true));
    // b. Set len to len + 1.
    len += 1;
  }
  // 6. Perform ? Set(O, "length", 𝔽(len), true).
  TRY(interpreter::Set(agent, o, LengthKey(agent), Value::Number(len), true));
  // 7. Return 𝔽(len).
  return Value::Number(len);
}

// The shared steps of 23.1.3.24 reduce and 23.1.3.25 reduceRight.
ThrowCompletionOr<Value> Reduce(Agent& agent, Value this_value, std::span<const Value> arguments,
                                Direction direction) {
  Value callback = Argument(arguments, 0);
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let len be ? LengthOfArrayLike(O).
  double len = TRY(vm::LengthOfArrayLike(agent, o));
  // 3. If IsCallable(callback) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(callback)) return ThrowTypeError(agent, u"reduce: callback is not a function");
  // 4. If len = 0 and initialValue is not present, throw a TypeError exception.
  if (len == 0 && arguments.size() < 2) return ThrowTypeError(agent, u"reduce of empty array with no initial value");
  // 5. Let k be 0 (reduceRight: len - 1).
  double step = 0;
  auto index_of = [&](double s) { return direction == Direction::kAscending ? s : len - 1 - s; };
  // 6. Let accumulator be undefined.
  RootedValue accumulator(agent.heap(), Value::Undefined());
  // 7. If initialValue is present, then
  if (arguments.size() >= 2) {
    // a. Set accumulator to initialValue.
    accumulator = arguments[1];
  } else {
    // 8. Else,
    // a. Let kPresent be false.
    bool k_present = false;
    // b. Repeat, while kPresent is false and k < len (reduceRight: k ≥ 0),
    while (!k_present && step < len) {
      // i. Let Pk be ! ToString(𝔽(k)).
      PropertyKey pk = IndexKey(agent, index_of(step));
      // ii. Set kPresent to ? HasProperty(O, Pk).
      k_present = TRY(interpreter::HasProperty(agent, o, pk));
      // iii. If kPresent is true, then
      if (k_present) {
        // 1. Set accumulator to ? Get(O, Pk).
        accumulator = TRY(interpreter::Get(agent, o, pk));
      }
      // iv. Set k to k + 1 (reduceRight: k - 1).
      step += 1;
    }
    // c. If kPresent is false, throw a TypeError exception.
    if (!k_present) return ThrowTypeError(agent, u"reduce of empty array with no initial value");
  }
  // 9. Repeat, while k < len (reduceRight: k ≥ 0),
  while (step < len) {
    double k = index_of(step);
    // a. Let Pk be ! ToString(𝔽(k)).
    PropertyKey pk = IndexKey(agent, k);
    // b. Let kPresent be ? HasProperty(O, Pk).
    bool k_present = TRY(interpreter::HasProperty(agent, o, pk));
    // c. If kPresent is true, then
    if (k_present) {
      // i. Let kValue be ? Get(O, Pk).
      RootedValue k_value(agent.heap(), TRY(interpreter::Get(agent, o, pk)));
      // ii. Set accumulator to ? Call(callback, undefined, « accumulator, kValue, 𝔽(k), O »).
      Value callback_arguments[] = {accumulator, k_value, Value::Number(k), Value::FromObject(o)};
      accumulator = TRY(interpreter::Call(agent, callback, Value::Undefined(), callback_arguments));
    }
    // d. Set k to k + 1 (reduceRight: k - 1).
    step += 1;
  }
  // 10. Return accumulator.
  return accumulator.get();
}

// 23.1.3.24 Array.prototype.reduce ( callback [ , initialValue ] )
// https://tc39.es/ecma262/#sec-array.prototype.reduce
ThrowCompletionOr<Value> ArrayPrototypeReduce(Agent& agent, Value this_value, std::span<const Value> arguments,
                                              Object*) {
  return Reduce(agent, this_value, arguments, Direction::kAscending);
}

// 23.1.3.25 Array.prototype.reduceRight ( callback [ , initialValue ] )
// https://tc39.es/ecma262/#sec-array.prototype.reduceright
ThrowCompletionOr<Value> ArrayPrototypeReduceRight(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                   Object*) {
  return Reduce(agent, this_value, arguments, Direction::kDescending);
}

// 23.1.3.26 Array.prototype.reverse ( )
// https://tc39.es/ecma262/#sec-array.prototype.reverse
ThrowCompletionOr<Value> ArrayPrototypeReverse(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let len be ? LengthOfArrayLike(O).
  double len = TRY(vm::LengthOfArrayLike(agent, o));
  // 3. Let middle be floor(len / 2).
  double middle = std::floor(len / 2);
  // 4. Let lower be 0.
  double lower = 0;
  // 5. Repeat, while lower ≠ middle,
  while (lower != middle) {
    // a. Let upper be len - lower - 1.
    double upper = len - lower - 1;
    // b. Let upperP be ! ToString(𝔽(upper)).
    PropertyKey upper_p = IndexKey(agent, upper);
    // c. Let lowerP be ! ToString(𝔽(lower)).
    PropertyKey lower_p = IndexKey(agent, lower);
    // d. Let lowerExists be ? HasProperty(O, lowerP).
    bool lower_exists = TRY(interpreter::HasProperty(agent, o, lower_p));
    RootedValue lower_value(agent.heap());
    RootedValue upper_value(agent.heap());
    // e. If lowerExists is true, then
    if (lower_exists) {
      // i. Let lowerValue be ? Get(O, lowerP).
      lower_value = TRY(interpreter::Get(agent, o, lower_p));
    }
    // f. Let upperExists be ? HasProperty(O, upperP).
    bool upper_exists = TRY(interpreter::HasProperty(agent, o, upper_p));
    // g. If upperExists is true, then
    if (upper_exists) {
      // i. Let upperValue be ? Get(O, upperP).
      upper_value = TRY(interpreter::Get(agent, o, upper_p));
    }
    // h. If lowerExists is true and upperExists is true, then
    if (lower_exists && upper_exists) {
      // i. Perform ? Set(O, lowerP, upperValue, true).
      TRY(interpreter::Set(agent, o, lower_p, upper_value, true));
      // ii. Perform ? Set(O, upperP, lowerValue, true).
      TRY(interpreter::Set(agent, o, upper_p, lower_value, true));
    } else if (!lower_exists && upper_exists) {
      // i. Else if lowerExists is false and upperExists is true, then
      // 1. Perform ? Set(O, lowerP, upperValue, true).
      TRY(interpreter::Set(agent, o, lower_p, upper_value, true));
      // 2. Perform ? DeletePropertyOrThrow(O, upperP).
      TRY(interpreter::DeletePropertyOrThrow(agent, o, upper_p));
    } else if (lower_exists && !upper_exists) {
      // j. Else if lowerExists is true and upperExists is false, then
      // i. Perform ? DeletePropertyOrThrow(O, lowerP).
      TRY(interpreter::DeletePropertyOrThrow(agent, o, lower_p));
      // ii. Perform ? Set(O, upperP, lowerValue, true).
      TRY(interpreter::Set(agent, o, upper_p, lower_value, true));
    } else {
      // k. Else,
      // i. Assert: lowerExists and upperExists are both false.
      // ii. NOTE: No action is required.
    }
    // l. Set lower to lower + 1.
    lower += 1;
  }
  // 6. Return O.
  return Value::FromObject(o);
}

// 23.1.3.27 Array.prototype.shift ( )
// https://tc39.es/ecma262/#sec-array.prototype.shift
ThrowCompletionOr<Value> ArrayPrototypeShift(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let len be ? LengthOfArrayLike(O).
  double len = TRY(vm::LengthOfArrayLike(agent, o));
  // 3. If len = 0, then
  if (len == 0) {
    // a. Perform ? Set(O, "length", +0𝔽, true).
    TRY(interpreter::Set(agent, o, LengthKey(agent), Value::Int32(0), true));
    // b. Return undefined.
    return Value::Undefined();
  }
  // 4. Let first be ? Get(O, "0").
  RootedValue first(agent.heap(), TRY(interpreter::Get(agent, o, PropertyKey::ArrayIndex(0))));
  // 5. Let k be 1.
  // 6. Repeat, while k < len,
  for (double k = 1; k < len; ++k) {
    // a. Let from be ! ToString(𝔽(k)).
    PropertyKey from = IndexKey(agent, k);
    // b. Let to be ! ToString(𝔽(k - 1)).
    PropertyKey to = IndexKey(agent, k - 1);
    // c. Let fromPresent be ? HasProperty(O, from).
    bool from_present = TRY(interpreter::HasProperty(agent, o, from));
    // d. If fromPresent is true, then
    if (from_present) {
      // i. Let fromValue be ? Get(O, from).
      RootedValue from_value(agent.heap(), TRY(interpreter::Get(agent, o, from)));
      // ii. Perform ? Set(O, to, fromValue, true).
      TRY(interpreter::Set(agent, o, to, from_value, true));
    } else {
      // e. Else,
      // i. Assert: fromPresent is false.
      // ii. Perform ? DeletePropertyOrThrow(O, to).
      TRY(interpreter::DeletePropertyOrThrow(agent, o, to));
    }
    // f. Set k to k + 1.
  }
  // 7. Perform ? DeletePropertyOrThrow(O, ! ToString(𝔽(len - 1))).
  TRY(interpreter::DeletePropertyOrThrow(agent, o, IndexKey(agent, len - 1)));
  // 8. Perform ? Set(O, "length", 𝔽(len - 1), true).
  TRY(interpreter::Set(agent, o, LengthKey(agent), Value::Number(len - 1), true));
  // 9. Return first.
  return first.get();
}

// 23.1.3.28 Array.prototype.slice ( start, end )
// https://tc39.es/ecma262/#sec-array.prototype.slice
ThrowCompletionOr<Value> ArrayPrototypeSlice(Agent& agent, Value this_value, std::span<const Value> arguments,
                                             Object*) {
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let len be ? LengthOfArrayLike(O).
  double len = TRY(vm::LengthOfArrayLike(agent, o));
  // 3. Let k be ? ToClampedIndex(start, len).
  double k = TRY(ToClampedIndex(agent, Argument(arguments, 0), len));
  // 4. If end is undefined, let final be len; else let final be ? ToClampedIndex(end, len).
  Value end = Argument(arguments, 1);
  double final_index = end.IsUndefined() ? len : TRY(ToClampedIndex(agent, end, len));
  // 5. Let count be max(final - k, 0).
  double count = std::max(final_index - k, 0.0);
  // 6. Let A be ? ArraySpeciesCreate(O, count).
  heap::Handle<Object> a(agent.heap(), TRY(ArraySpeciesCreate(agent, o, count)));
  // 7. Let n be 0.
  double n = 0;
  // 8. Repeat, while k < final,
  while (k < final_index) {
    // a. Let Pk be ! ToString(𝔽(k)).
    PropertyKey pk = IndexKey(agent, k);
    // b. Let kPresent be ? HasProperty(O, Pk).
    bool k_present = TRY(interpreter::HasProperty(agent, o, pk));
    // c. If kPresent is true, then
    if (k_present) {
      // i. Let kValue be ? Get(O, Pk).
      RootedValue k_value(agent.heap(), TRY(interpreter::Get(agent, o, pk)));
      // ii. Perform ? CreateDataPropertyOrThrow(A, ! ToString(𝔽(n)), kValue).
      TRY(interpreter::CreateDataPropertyOrThrow(agent, a, IndexKey(agent, n), k_value));
    }
    // d. Set k to k + 1.
    k += 1;
    // e. Set n to n + 1.
    n += 1;
  }
  // 9. Perform ? Set(A, "length", 𝔽(n), true).
  TRY(interpreter::Set(agent, a, LengthKey(agent), Value::Number(n), true));
  // 10. Return A.
  return Value::FromObject(a);
}

// 23.1.3.29 Array.prototype.some ( callback [ , thisArg ] )
// https://tc39.es/ecma262/#sec-array.prototype.some
ThrowCompletionOr<Value> ArrayPrototypeSome(Agent& agent, Value this_value, std::span<const Value> arguments,
                                            Object*) {
  Value callback = Argument(arguments, 0);
  Value this_arg = Argument(arguments, 1);
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let len be ? LengthOfArrayLike(O).
  double len = TRY(vm::LengthOfArrayLike(agent, o));
  // 3. If IsCallable(callback) is false, throw a TypeError exception.
  if (!interpreter::IsCallable(callback)) return ThrowTypeError(agent, u"Array.prototype.some: callback is not a function");
  // 4. Let k be 0.
  // 5. Repeat, while k < len,
  for (double k = 0; k < len; ++k) {
    // a. Let Pk be ! ToString(𝔽(k)).
    PropertyKey pk = IndexKey(agent, k);
    // b. Let kPresent be ? HasProperty(O, Pk).
    bool k_present = TRY(interpreter::HasProperty(agent, o, pk));
    // c. If kPresent is true, then
    if (k_present) {
      // i. Let kValue be ? Get(O, Pk).
      RootedValue k_value(agent.heap(), TRY(interpreter::Get(agent, o, pk)));
      // ii. Let testResult be ToBoolean(? Call(callback, thisArg, « kValue, 𝔽(k), O »)).
      bool test_result = vm::ToBoolean(TRY(CallCallback(agent, callback, this_arg, k_value, k, o)));
      // iii. If testResult is true, return true.
      if (test_result) return Value::Boolean(true);
    }
    // d. Set k to k + 1.
  }
  // 6. Return false.
  return Value::Boolean(false);
}

// 23.1.3.30 Array.prototype.sort ( comparator )
// https://tc39.es/ecma262/#sec-array.prototype.sort
ThrowCompletionOr<Value> ArrayPrototypeSort(Agent& agent, Value this_value, std::span<const Value> arguments,
                                            Object*) {
  Value comparator = Argument(arguments, 0);
  // 1. If comparator is not undefined and IsCallable(comparator) is false, throw a TypeError exception.
  if (!comparator.IsUndefined() && !interpreter::IsCallable(comparator)) {
    return ThrowTypeError(agent, u"Array.prototype.sort: the comparator must be a function or undefined");
  }
  // 2. Let obj be ? ToObject(this value).
  THIS_OBJECT(obj);
  // 3. Let len be ? LengthOfArrayLike(obj).
  double len = TRY(vm::LengthOfArrayLike(agent, obj));
  // 4. Let SortCompare be a new Abstract Closure with parameters (x, y) that captures comparator and performs
  //    the following steps when called:
  //   a. Return ? CompareArrayElements(x, y, comparator).
  // 5. Let sortedList be ? SortIndexedProperties(obj, len, SortCompare, skip-holes).
  RootedValueVector sorted_list(agent.heap());
  TRY(SortIndexedProperties(agent, obj, len, comparator, Holes::kSkipHoles, sorted_list));
  // 6. Let itemCount be the number of elements in sortedList.
  double item_count = static_cast<double>(sorted_list.values().size());
  // 7. Let j be 0.
  double j = 0;
  // 8. Repeat, while j < itemCount,
  while (j < item_count) {
    // a. Perform ? Set(obj, ! ToString(𝔽(j)), sortedList[j], true).
    TRY(interpreter::Set(agent, obj, IndexKey(agent, j), sorted_list.values()[static_cast<size_t>(j)], true));
    // b. Set j to j + 1.
    j += 1;
  }
  // 9. NOTE: The call to SortIndexedProperties in step 5 uses skip-holes. The remaining indices are deleted to
  //    preserve the number of holes that were detected and excluded from the sort.
  // 10. Repeat, while j < len,
  while (j < len) {
    // a. Perform ? DeletePropertyOrThrow(obj, ! ToString(𝔽(j))).
    TRY(interpreter::DeletePropertyOrThrow(agent, obj, IndexKey(agent, j)));
    // b. Set j to j + 1.
    j += 1;
  }
  // 11. Return obj.
  return Value::FromObject(obj);
}

// 23.1.3.31 Array.prototype.splice ( start, deleteCount, ...items )
// https://tc39.es/ecma262/#sec-array.prototype.splice
ThrowCompletionOr<Value> ArrayPrototypeSplice(Agent& agent, Value this_value, std::span<const Value> arguments,
                                              Object*) {
  std::span<const Value> items = arguments.size() > 2 ? arguments.subspan(2) : std::span<const Value>();
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let len be ? LengthOfArrayLike(O).
  double len = TRY(vm::LengthOfArrayLike(agent, o));
  // 3. Let actualStart be ? ToClampedIndex(start, len).
  double actual_start = TRY(ToClampedIndex(agent, Argument(arguments, 0), len));
  // 4. Let itemCount be the number of elements in items.
  double item_count = static_cast<double>(items.size());
  double actual_delete_count;
  // 5. If start is not present, then
  if (arguments.empty()) {
    // a. Let actualDeleteCount be 0.
    actual_delete_count = 0;
  } else if (arguments.size() == 1) {
    // 6. Else if deleteCount is not present, then
    // a. Let actualDeleteCount be len - actualStart.
    actual_delete_count = len - actual_start;
  } else {
    // 7. Else,
    // a. Let dc be ? ToIntegerOrInfinity(deleteCount).
    double dc = TRY(vm::ToIntegerOrInfinity(agent, arguments[1]));
    // b. Let actualDeleteCount be the result of clamping dc between 0 and len - actualStart.
    actual_delete_count = std::clamp(dc, 0.0, len - actual_start);
  }
  // 8. If len + itemCount - actualDeleteCount > 2^53 - 1, throw a TypeError exception.
  if (len + item_count - actual_delete_count > kMaxSafeInteger) {
    return ThrowTypeError(agent, u"Array length exceeds 2^53 - 1");
  }
  // 9. Let A be ? ArraySpeciesCreate(O, actualDeleteCount).
  heap::Handle<Object> a(agent.heap(), TRY(ArraySpeciesCreate(agent, o, actual_delete_count)));
  // 10. Let k be 0.
  // 11. Repeat, while k < actualDeleteCount,
  for (double k = 0; k < actual_delete_count; ++k) {
    // a. Let from be ! ToString(𝔽(actualStart + k)).
    PropertyKey from = IndexKey(agent, actual_start + k);
    // b. If ? HasProperty(O, from) is true, then
    if (TRY(interpreter::HasProperty(agent, o, from))) {
      // i. Let fromValue be ? Get(O, from).
      RootedValue from_value(agent.heap(), TRY(interpreter::Get(agent, o, from)));
      // ii. Perform ? CreateDataPropertyOrThrow(A, ! ToString(𝔽(k)), fromValue).
      TRY(interpreter::CreateDataPropertyOrThrow(agent, a, IndexKey(agent, k), from_value));
    }
    // c. Set k to k + 1.
  }
  // 12. Perform ? Set(A, "length", 𝔽(actualDeleteCount), true).
  TRY(interpreter::Set(agent, a, LengthKey(agent), Value::Number(actual_delete_count), true));
  // 13. If itemCount < actualDeleteCount, then
  if (item_count < actual_delete_count) {
    // a. Set k to actualStart.
    // b. Repeat, while k < (len - actualDeleteCount),
    for (double k = actual_start; k < len - actual_delete_count; ++k) {
      // i. Let from be ! ToString(𝔽(k + actualDeleteCount)).
      PropertyKey from = IndexKey(agent, k + actual_delete_count);
      // ii. Let to be ! ToString(𝔽(k + itemCount)).
      PropertyKey to = IndexKey(agent, k + item_count);
      // iii. If ? HasProperty(O, from) is true, then
      if (TRY(interpreter::HasProperty(agent, o, from))) {
        // 1. Let fromValue be ? Get(O, from).
        RootedValue from_value(agent.heap(), TRY(interpreter::Get(agent, o, from)));
        // 2. Perform ? Set(O, to, fromValue, true).
        TRY(interpreter::Set(agent, o, to, from_value, true));
      } else {
        // iv. Else,
        // 1. Perform ? DeletePropertyOrThrow(O, to).
        TRY(interpreter::DeletePropertyOrThrow(agent, o, to));
      }
      // v. Set k to k + 1.
    }
    // c. Set k to len.
    // d. Repeat, while k > (len - actualDeleteCount + itemCount),
    for (double k = len; k > len - actual_delete_count + item_count; --k) {
      // i. Perform ? DeletePropertyOrThrow(O, ! ToString(𝔽(k - 1))).
      TRY(interpreter::DeletePropertyOrThrow(agent, o, IndexKey(agent, k - 1)));
      // ii. Set k to k - 1.
    }
  } else if (item_count > actual_delete_count) {
    // 14. Else if itemCount > actualDeleteCount, then
    // a. Set k to (len - actualDeleteCount).
    // b. Repeat, while k > actualStart,
    for (double k = len - actual_delete_count; k > actual_start; --k) {
      // i. Let from be ! ToString(𝔽(k + actualDeleteCount - 1)).
      PropertyKey from = IndexKey(agent, k + actual_delete_count - 1);
      // ii. Let to be ! ToString(𝔽(k + itemCount - 1)).
      PropertyKey to = IndexKey(agent, k + item_count - 1);
      // iii. If ? HasProperty(O, from) is true, then
      if (TRY(interpreter::HasProperty(agent, o, from))) {
        // 1. Let fromValue be ? Get(O, from).
        RootedValue from_value(agent.heap(), TRY(interpreter::Get(agent, o, from)));
        // 2. Perform ? Set(O, to, fromValue, true).
        TRY(interpreter::Set(agent, o, to, from_value, true));
      } else {
        // iv. Else,
        // 1. Perform ? DeletePropertyOrThrow(O, to).
        TRY(interpreter::DeletePropertyOrThrow(agent, o, to));
      }
      // v. Set k to k - 1.
    }
  }
  // 15. Set k to actualStart.
  double k = actual_start;
  // 16. For each element E of items, do
  for (Value e : items) {
    // a. Perform ? Set(O, ! ToString(𝔽(k)), E, true).
    TRY(interpreter::Set(agent, o, IndexKey(agent, k), e, true));
    // b. Set k to k + 1.
    k += 1;
  }
  // 17. Perform ? Set(O, "length", 𝔽(len - actualDeleteCount + itemCount), true).
  TRY(interpreter::Set(agent, o, LengthKey(agent), Value::Number(len - actual_delete_count + item_count), true));
  // 18. Return A.
  return Value::FromObject(a);
}

// 23.1.3.32 Array.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
// https://tc39.es/ecma262/#sec-array.prototype.tolocalestring
ThrowCompletionOr<Value> ArrayPrototypeToLocaleString(Agent& agent, Value this_value, std::span<const Value>,
                                                      Object*) {
  // 1. Let array be ? ToObject(this value).
  THIS_OBJECT(array);
  // 2. Let len be ? LengthOfArrayLike(array).
  double len = TRY(vm::LengthOfArrayLike(agent, array));
  // 3. Let separator be the implementation-defined list-separator String appropriate for the host environment's
  //    current locale (such as ", ").
  std::u16string separator = u",";
  // 4. Let R be the empty String.
  std::u16string r;
  // 5. Let k be 0.
  // 6. Repeat, while k < len,
  for (double k = 0; k < len; ++k) {
    // a. If k > 0, set R to the string-concatenation of R and separator.
    if (k > 0) r += separator;
    // b. Let element be ? Get(array, ! ToString(𝔽(k))).
    RootedValue element(agent.heap(), TRY(interpreter::Get(agent, array, IndexKey(agent, k))));
    // c. If element is neither undefined nor null, then
    if (!element->IsNullish()) {
      // i. Let S be ? ToString(? Invoke(element, "toLocaleString")).
      RootedValue invoked(agent.heap(), TRY(vm::Invoke(agent, element, agent.Key(u"toLocaleString"))));
      Value s = TRY(vm::ToString(agent, invoked));
      // ii. Set R to the string-concatenation of R and S.
      r += s.AsString()->code_units();
    }
    // d. Set k to k + 1.
    if (r.size() > (size_t{1} << 30)) return interpreter::ThrowRangeError(agent, u"Invalid string length");
  }
  // 7. Return R.
  return vm::MakeString(agent, std::move(r));
}

// 23.1.3.33 Array.prototype.toReversed ( )
// https://tc39.es/ecma262/#sec-array.prototype.toreversed
ThrowCompletionOr<Value> ArrayPrototypeToReversed(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let len be ? LengthOfArrayLike(O).
  double len = TRY(vm::LengthOfArrayLike(agent, o));
  // 3. Let A be ? ArrayCreate(len).
  heap::Handle<ArrayObject> a(agent.heap(), TRY(ArrayCreate(agent, len)));
  // 4. Let k be 0.
  // 5. Repeat, while k < len,
  for (double k = 0; k < len; ++k) {
    // a. Let from be ! ToString(𝔽(len - k - 1)).
    PropertyKey from = IndexKey(agent, len - k - 1);
    // b. Let Pk be ! ToString(𝔽(k)).
    PropertyKey pk = IndexKey(agent, k);
    // c. Let fromValue be ? Get(O, from).
    RootedValue from_value(agent.heap(), TRY(interpreter::Get(agent, o, from)));
    // d. Perform ! CreateDataPropertyOrThrow(A, Pk, fromValue).
    MUST(interpreter::CreateDataPropertyOrThrow(agent, a, pk, from_value));
    // e. Set k to k + 1.
  }
  // 6. Return A.
  return Value::FromObject(a);
}

// 23.1.3.34 Array.prototype.toSorted ( comparator )
// https://tc39.es/ecma262/#sec-array.prototype.tosorted
ThrowCompletionOr<Value> ArrayPrototypeToSorted(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                Object*) {
  Value comparator = Argument(arguments, 0);
  // 1. If comparator is not undefined and IsCallable(comparator) is false, throw a TypeError exception.
  if (!comparator.IsUndefined() && !interpreter::IsCallable(comparator)) {
    return ThrowTypeError(agent, u"Array.prototype.toSorted: the comparator must be a function or undefined");
  }
  // 2. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 3. Let len be ? LengthOfArrayLike(O).
  double len = TRY(vm::LengthOfArrayLike(agent, o));
  // 4. Let A be ? ArrayCreate(len).
  heap::Handle<ArrayObject> a(agent.heap(), TRY(ArrayCreate(agent, len)));
  // 5. Let SortCompare be a new Abstract Closure with parameters (x, y) that captures comparator and performs
  //    the following steps when called:
  //   a. Return ? CompareArrayElements(x, y, comparator).
  // 6. Let sortedList be ? SortIndexedProperties(O, len, SortCompare, read-through-holes).
  RootedValueVector sorted_list(agent.heap());
  TRY(SortIndexedProperties(agent, o, len, comparator, Holes::kReadThroughHoles, sorted_list));
  // 7. Let j be 0.
  // 8. Repeat, while j < len,
  for (size_t j = 0; j < sorted_list.values().size(); ++j) {
    // a. Perform ! CreateDataPropertyOrThrow(A, ! ToString(𝔽(j)), sortedList[j]).
    MUST(interpreter::CreateDataPropertyOrThrow(agent, a, IndexKey(agent, static_cast<double>(j)),
                                                sorted_list.values()[j]));
    // b. Set j to j + 1.
  }
  // 9. Return A.
  return Value::FromObject(a);
}

// 23.1.3.35 Array.prototype.toSpliced ( start, skipCount, ...items )
// https://tc39.es/ecma262/#sec-array.prototype.tospliced
ThrowCompletionOr<Value> ArrayPrototypeToSpliced(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  std::span<const Value> items = arguments.size() > 2 ? arguments.subspan(2) : std::span<const Value>();
  // 1. Let obj be ? ToObject(this value).
  THIS_OBJECT(obj);
  // 2. Let length be ? LengthOfArrayLike(obj).
  double length = TRY(vm::LengthOfArrayLike(agent, obj));
  // 3. Let actualStart be ? ToClampedIndex(start, length).
  double actual_start = TRY(ToClampedIndex(agent, Argument(arguments, 0), length));
  // 4. Let insertCount be the number of elements in items.
  double insert_count = static_cast<double>(items.size());
  // 5. Let maxSkipCount be length - actualStart.
  double max_skip_count = length - actual_start;
  double actual_skip_count;
  // 6. If start is not present, then
  if (arguments.empty()) {
    // a. Let actualSkipCount be 0.
    actual_skip_count = 0;
  } else if (arguments.size() == 1) {
    // 7. Else if skipCount is not present, then
    // a. Let actualSkipCount be maxSkipCount.
    actual_skip_count = max_skip_count;
  } else {
    // 8. Else,
    // a. Let actualSkipCount be the result of clamping ? ToIntegerOrInfinity(skipCount) between 0 and
    //    maxSkipCount.
    actual_skip_count = std::clamp(TRY(vm::ToIntegerOrInfinity(agent, arguments[1])), 0.0, max_skip_count);
  }
  // 9. Let newLength be length + insertCount - actualSkipCount.
  double new_length = length + insert_count - actual_skip_count;
  // 10. Assert: newLength ≥ 0.
  // 11. If newLength > 2^53 - 1, throw a TypeError exception.
  if (new_length > kMaxSafeInteger) return ThrowTypeError(agent, u"Array length exceeds 2^53 - 1");
  // 12. Let newArray be ? ArrayCreate(newLength).
  heap::Handle<ArrayObject> new_array(agent.heap(), TRY(ArrayCreate(agent, new_length)));
  // 13. Let writeIndex be 0.
  double write_index = 0;
  // 14. Let readIndex be actualStart + actualSkipCount.
  double read_index = actual_start + actual_skip_count;
  // 15. Repeat, while writeIndex < actualStart,
  while (write_index < actual_start) {
    // a. Let propertyKey be ! ToString(𝔽(writeIndex)).
    PropertyKey property_key = IndexKey(agent, write_index);
    // b. Let iValue be ? Get(obj, propertyKey).
    RootedValue i_value(agent.heap(), TRY(interpreter::Get(agent, obj, property_key)));
    // c. Perform ! CreateDataPropertyOrThrow(newArray, propertyKey, iValue).
    MUST(interpreter::CreateDataPropertyOrThrow(agent, new_array, property_key, i_value));
    // d. Set writeIndex to writeIndex + 1.
    write_index += 1;
  }
  // 16. For each element item of items, do
  for (Value item : items) {
    // a. Let propertyKey be ! ToString(𝔽(writeIndex)).
    // b. Perform ! CreateDataPropertyOrThrow(newArray, propertyKey, item).
    MUST(interpreter::CreateDataPropertyOrThrow(agent, new_array, IndexKey(agent, write_index), item));
    // c. Set writeIndex to writeIndex + 1.
    write_index += 1;
  }
  // 17. Repeat, while writeIndex < newLength,
  while (write_index < new_length) {
    // a. Let propertyKey be ! ToString(𝔽(writeIndex)).
    PropertyKey property_key = IndexKey(agent, write_index);
    // b. Let from be ! ToString(𝔽(readIndex)).
    PropertyKey from = IndexKey(agent, read_index);
    // c. Let fromValue be ? Get(obj, from).
    RootedValue from_value(agent.heap(), TRY(interpreter::Get(agent, obj, from)));
    // d. Perform ! CreateDataPropertyOrThrow(newArray, propertyKey, fromValue).
    MUST(interpreter::CreateDataPropertyOrThrow(agent, new_array, property_key, from_value));
    // e. Set writeIndex to writeIndex + 1.
    write_index += 1;
    // f. Set readIndex to readIndex + 1.
    read_index += 1;
  }
  // 18. Return newArray.
  return Value::FromObject(new_array);
}

// 23.1.3.36 Array.prototype.toString ( )
// https://tc39.es/ecma262/#sec-array.prototype.tostring
ThrowCompletionOr<Value> ArrayPrototypeToString(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let array be ? ToObject(this value).
  THIS_OBJECT(array);
  // 2. Let func be ? Get(array, "join").
  RootedValue func(agent.heap(), TRY(interpreter::Get(agent, array, agent.Key(u"join"))));
  // 3. If IsCallable(func) is false, set func to the intrinsic function %Object.prototype.toString%.
  if (!interpreter::IsCallable(func)) {
    func = Value::FromObject(CurrentIntrinsic(agent, Intrinsic::kObjectPrototypeToString));
  }
  // 4. Return ? Call(func, array).
  return interpreter::Call(agent, func, Value::FromObject(array));
}

// 23.1.3.37 Array.prototype.unshift ( ...items )
// https://tc39.es/ecma262/#sec-array.prototype.unshift
ThrowCompletionOr<Value> ArrayPrototypeUnshift(Agent& agent, Value this_value, std::span<const Value> items,
                                               Object*) {
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Let len be ? LengthOfArrayLike(O).
  double len = TRY(vm::LengthOfArrayLike(agent, o));
  // 3. Let argCount be the number of elements in items.
  double arg_count = static_cast<double>(items.size());
  // 4. If argCount > 0, then
  if (arg_count > 0) {
    // a. If len + argCount > 2^53 - 1, throw a TypeError exception.
    if (len + arg_count > kMaxSafeInteger) return ThrowTypeError(agent, u"Array length exceeds 2^53 - 1");
    // b. Let k be len.
    // c. Repeat, while k > 0,
    for (double k = len; k > 0; --k) {
      // i. Let from be ! ToString(𝔽(k - 1)).
      PropertyKey from = IndexKey(agent, k - 1);
      // ii. Let to be ! ToString(𝔽(k + argCount - 1)).
      PropertyKey to = IndexKey(agent, k + arg_count - 1);
      // iii. Let fromPresent be ? HasProperty(O, from).
      bool from_present = TRY(interpreter::HasProperty(agent, o, from));
      // iv. If fromPresent is true, then
      if (from_present) {
        // 1. Let fromValue be ? Get(O, from).
        RootedValue from_value(agent.heap(), TRY(interpreter::Get(agent, o, from)));
        // 2. Perform ? Set(O, to, fromValue, true).
        TRY(interpreter::Set(agent, o, to, from_value, true));
      } else {
        // v. Else,
        // 1. Assert: fromPresent is false.
        // 2. Perform ? DeletePropertyOrThrow(O, to).
        TRY(interpreter::DeletePropertyOrThrow(agent, o, to));
      }
      // vi. Set k to k - 1.
    }
    // d. Let j be +0𝔽.
    // e. For each element E of items, do
    for (size_t j = 0; j < items.size(); ++j) {
      // i. Perform ? Set(O, ! ToString(j), E, true).
      // ii. Set j to j + 1𝔽.
      TRY(interpreter::Set(agent, o, IndexKey(agent, static_cast<double>(j)), items[j], true));
    }
  }
  // 5. Perform ? Set(O, "length", 𝔽(len + argCount), true).
  TRY(interpreter::Set(agent, o, LengthKey(agent), Value::Number(len + arg_count), true));
  // 6. Return 𝔽(len + argCount).
  return Value::Number(len + arg_count);
}

// 23.1.3.38 Array.prototype.values ( )
// https://tc39.es/ecma262/#sec-array.prototype.values
ThrowCompletionOr<Value> ArrayPrototypeValues(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let O be ? ToObject(this value).
  THIS_OBJECT(o);
  // 2. Return CreateArrayIterator(O, value).
  return Value::FromObject(CreateArrayIterator(agent, o, ArrayIteratorObject::Kind::kValue));
}

// 23.1.3.39 Array.prototype.with ( index, value )
// https://tc39.es/ecma262/#sec-array.prototype.with
ThrowCompletionOr<Value> ArrayPrototypeWith(Agent& agent, Value this_value, std::span<const Value> arguments,
                                            Object*) {
  RootedValue value(agent.heap(), Argument(arguments, 1));
  // 1. Let obj be ? ToObject(this value).
  THIS_OBJECT(obj);
  // 2. Let length be ? LengthOfArrayLike(obj).
  double length = TRY(vm::LengthOfArrayLike(agent, obj));
  // 3. Let actualIndex be ? ToAbsoluteIndex(index, length).
  double actual_index = TRY(ToAbsoluteIndex(agent, Argument(arguments, 0), length));
  // 4. If actualIndex < 0 or actualIndex ≥ length, throw a RangeError exception.
  if (actual_index < 0 || actual_index >= length) return interpreter::ThrowRangeError(agent, u"Invalid index");
  // 5. Let array be ? ArrayCreate(length).
  heap::Handle<ArrayObject> array(agent.heap(), TRY(ArrayCreate(agent, length)));
  // 6. Let k be 0.
  // 7. Repeat, while k < length,
  for (double k = 0; k < length; ++k) {
    // a. Let propertyKey be ! ToString(𝔽(k)).
    PropertyKey property_key = IndexKey(agent, k);
    RootedValue from_value(agent.heap());
    // b. If k = actualIndex, let fromValue be value.
    if (k == actual_index) {
      from_value = value.get();
    } else {
      // c. Else, let fromValue be ? Get(obj, propertyKey).
      from_value = TRY(interpreter::Get(agent, obj, property_key));
    }
    // d. Perform ! CreateDataPropertyOrThrow(array, propertyKey, fromValue).
    MUST(interpreter::CreateDataPropertyOrThrow(agent, array, property_key, from_value));
    // e. Set k to k + 1.
  }
  // 8. Return array.
  return Value::FromObject(array);
}

// 23.1.3.41 Array.prototype [ %Symbol.unscopables% ]
// https://tc39.es/ecma262/#sec-array.prototype-%symbol.unscopables%
Object* CreateUnscopableList(Agent& agent) {
  // 1. Let unscopableList be OrdinaryObjectCreate(null).
  heap::Handle<Object> unscopable_list(agent.heap(), interpreter::OrdinaryObjectCreate(agent, nullptr));
  // 2.-17. Perform ! CreateDataPropertyOrThrow(unscopableList, name, true) for each name.
  for (const char16_t* name : {u"at", u"copyWithin", u"entries", u"fill", u"find", u"findIndex", u"findLast",
                               u"findLastIndex", u"flat", u"flatMap", u"includes", u"keys", u"toReversed",
                               u"toSorted", u"toSpliced", u"values"}) {
    MUST(interpreter::CreateDataPropertyOrThrow(agent, unscopable_list, agent.Key(name), Value::Boolean(true)));
  }
  // 18. Return unscopableList.
  return unscopable_list.get();
}

#undef THIS_OBJECT

}  // namespace

// 10.4.2.3 ArraySpeciesCreate ( originalArray, length )
// https://tc39.es/ecma262/#sec-arrayspeciescreate
ThrowCompletionOr<Object*> ArraySpeciesCreate(Agent& agent, Object* original_array_object, double length) {
  heap::Handle<Object> original_array(agent.heap(), original_array_object);
  // 1. Let isArray be ? IsArray(originalArray).
  bool is_array = TRY(vm::IsArray(agent, Value::FromObject(original_array)));
  // 2. If isArray is false, return ? ArrayCreate(length).
  if (!is_array) return static_cast<Object*>(TRY(ArrayCreate(agent, length)));
  // 3. Let C be ? Get(originalArray, "constructor").
  RootedValue c(agent.heap(), TRY(interpreter::Get(agent, original_array, agent.Key(u"constructor"))));
  // 4. If IsConstructor(C) is true, then
  if (interpreter::IsConstructor(c)) {
    // a. Let thisRealm be the current Realm Record.
    Realm* this_realm = agent.current_realm();
    // b. Let realmC be ? GetFunctionRealm(C).
    Realm* realm_c = TRY(GetFunctionRealm(agent, c->AsObject()));
    // c. If thisRealm and realmC are not the same Realm Record, then
    if (this_realm != realm_c) {
      // i. If SameValue(C, realmC.[[Intrinsics]].[[%Array%]]) is true, set C to undefined.
      if (c->AsObject() == realm_c->intrinsic(Intrinsic::kArray)) c = Value::Undefined();
    }
  }
  // 5. If C is an Object, then
  if (c->IsObject()) {
    // a. Set C to ? Get(C, %Symbol.species%).
    c = TRY(interpreter::Get(agent, c->AsObject(),
                             PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kSpecies))));
    // b. If C is null, set C to undefined.
    if (c->IsNull()) c = Value::Undefined();
  }
  // 6. If C is undefined, return ? ArrayCreate(length).
  if (c->IsUndefined()) return static_cast<Object*>(TRY(ArrayCreate(agent, length)));
  // 7. If IsConstructor(C) is false, throw a TypeError exception.
  if (!interpreter::IsConstructor(c)) return ThrowTypeError(agent, u"Array species is not a constructor");
  // 8. Return ? Construct(C, « 𝔽(length) »).
  Value construct_arguments[] = {Value::Number(length)};
  return vm::Construct(agent, c->AsObject(), construct_arguments);
}

void CreateArrayIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  CreateArrayIteratorIntrinsics(agent, realm);

  // 23.1.3 Properties of the Array Prototype Object: an Array exotic object with a "length" of +0𝔽 whose
  // [[Prototype]] is %Object.prototype%.
  if (dynamic_cast<ArrayObject*>(realm->intrinsic(Intrinsic::kArrayPrototype)) == nullptr) {
    realm->set_intrinsic(Intrinsic::kArrayPrototype,
                         MUST(ArrayCreate(agent, 0, realm->intrinsic(Intrinsic::kObjectPrototype))));
  }
  // 23.1.1 The Array Constructor: %Array%, length 1, [[Prototype]] %Function.prototype%.
  CreateBuiltinConstructor(agent, realm, Intrinsic::kArray, u"Array", 1, ArrayConstructor,
                           realm->intrinsic(Intrinsic::kArrayPrototype));
  Object* array = realm->intrinsic(Intrinsic::kArray);
  // 23.1.2 Properties of the Array Constructor.
  DefineBuiltinMethod(agent, realm, array, u"from", 1, ArrayFrom);
  DefineBuiltinMethod(agent, realm, array, u"isArray", 1, ArrayIsArray);
  DefineBuiltinMethod(agent, realm, array, u"of", 0, ArrayOf);
  DefineBuiltinAccessor(agent, realm, realm->intrinsic(Intrinsic::kArray),
                        PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kSpecies)), GetArraySpecies);

  struct Method {
    const char16_t* name;
    double length;
    ThrowCompletionOr<Value> (*behaviour)(Agent&, Value, std::span<const Value>, Object*);
  };
  static constexpr Method kMethods[] = {
      {u"at", 1, ArrayPrototypeAt},
      {u"concat", 1, ArrayPrototypeConcat},
      {u"copyWithin", 2, ArrayPrototypeCopyWithin},
      {u"entries", 0, ArrayPrototypeEntries},
      {u"every", 1, ArrayPrototypeEvery},
      {u"fill", 1, ArrayPrototypeFill},
      {u"filter", 1, ArrayPrototypeFilter},
      {u"find", 1, ArrayPrototypeFind},
      {u"findIndex", 1, ArrayPrototypeFindIndex},
      {u"findLast", 1, ArrayPrototypeFindLast},
      {u"findLastIndex", 1, ArrayPrototypeFindLastIndex},
      {u"flat", 0, ArrayPrototypeFlat},
      {u"flatMap", 1, ArrayPrototypeFlatMap},
      {u"forEach", 1, ArrayPrototypeForEach},
      {u"includes", 1, ArrayPrototypeIncludes},
      {u"indexOf", 1, ArrayPrototypeIndexOf},
      {u"join", 1, ArrayPrototypeJoin},
      {u"keys", 0, ArrayPrototypeKeys},
      {u"lastIndexOf", 1, ArrayPrototypeLastIndexOf},
      {u"map", 1, ArrayPrototypeMap},
      {u"pop", 0, ArrayPrototypePop},
      {u"push", 1, ArrayPrototypePush},
      {u"reduce", 1, ArrayPrototypeReduce},
      {u"reduceRight", 1, ArrayPrototypeReduceRight},
      {u"reverse", 0, ArrayPrototypeReverse},
      {u"shift", 0, ArrayPrototypeShift},
      {u"slice", 2, ArrayPrototypeSlice},
      {u"some", 1, ArrayPrototypeSome},
      {u"sort", 1, ArrayPrototypeSort},
      {u"splice", 2, ArrayPrototypeSplice},
      {u"toLocaleString", 0, ArrayPrototypeToLocaleString},
      {u"toReversed", 0, ArrayPrototypeToReversed},
      {u"toSorted", 1, ArrayPrototypeToSorted},
      {u"toSpliced", 2, ArrayPrototypeToSpliced},
      {u"toString", 0, ArrayPrototypeToString},
      {u"unshift", 1, ArrayPrototypeUnshift},
      {u"with", 2, ArrayPrototypeWith},
  };
  for (const Method& method : kMethods) {
    DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kArrayPrototype), method.name, method.length,
                        method.behaviour);
  }
  // 23.1.3.38 Array.prototype.values and 23.1.3.40 Array.prototype [ %Symbol.iterator% ]: the initial value of
  // the %Symbol.iterator% property is %Array.prototype.values%.
  NativeFunction* values =
      DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kArrayPrototype), u"values", 0, ArrayPrototypeValues);
  DefineBuiltinData(agent, realm->intrinsic(Intrinsic::kArrayPrototype),
                    PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kIterator)),
                    Value::FromObject(values));
  realm->set_intrinsic(Intrinsic::kArrayPrototypeValues, values);
  // 23.1.3.41 Array.prototype [ %Symbol.unscopables% ]: { [[Writable]]: false, [[Enumerable]]: false,
  // [[Configurable]]: true }.
  heap::Handle<Object> unscopables(agent.heap(), CreateUnscopableList(agent));
  DefineBuiltinData(agent, realm->intrinsic(Intrinsic::kArrayPrototype),
                    PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kUnscopables)),
                    Value::FromObject(unscopables), false, false, true);
}

ThrowCompletionOr<void> StableSortValues(Agent& agent, interpreter::RootedValueVector& items,
                                         const std::function<ThrowCompletionOr<double>(Value, Value)>& compare) {
  // A bottom-up merge sort; the scratch buffer is rooted like items.
  interpreter::RootedValueVector scratch(agent.heap());
  const size_t n = items.values().size();
  scratch.values().resize(n);
  for (size_t width = 1; width < n; width *= 2) {
    for (size_t left = 0; left < n; left += 2 * width) {
      const size_t middle = std::min(left + width, n);
      const size_t right = std::min(left + 2 * width, n);
      size_t i = left, j = middle, out = left;
      while (i < middle && j < right) {
        double order = TRY(compare(items.values()[j], items.values()[i]));
        // Take from the right run only when strictly smaller: equal elements keep their order (stable).
        if (order < 0) {
          scratch.values()[out++] = items.values()[j++];
        } else {
          scratch.values()[out++] = items.values()[i++];
        }
      }
      while (i < middle) scratch.values()[out++] = items.values()[i++];
      while (j < right) scratch.values()[out++] = items.values()[j++];
    }
    std::swap(items.values(), scratch.values());
  }
  return {};
}

}  // namespace async_runtime::builtins
