#include "runtime/builtins/string.h"

#include "runtime/builtins/regexp_object.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "runtime/builtins/algorithms/string_unicode.h"
#include "runtime/builtins/algorithms/whitespace.h"
#include "runtime/interpreter/array_object.h"
#include "runtime/builtins/symbol.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/primitive_wrapper.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

using interpreter::RootedValue;
using interpreter::ThrowRangeError;
using interpreter::ThrowTypeError;
using interpreter::vm::MakeString;
using interpreter::vm::ToIntegerOrInfinity;

namespace {

// Strings longer than this are not created: a RangeError is thrown instead (an implementation limit, as in
// other engines), so that repeat/padStart with huge counts fail cleanly rather than exhausting memory.
constexpr double kMaxStringLength = (1 << 30) - 25;

interpreter::ThrowCompletion ThrowInvalidStringLength(Agent& agent) { return ThrowRangeError(agent, u"Invalid string length"); }

// A String Iterator: the state of the closure of 22.1.3.36 String.prototype [ %Symbol.iterator% ] ( ).
class StringIteratorObject final : public Object {
 public:
  StringIteratorObject(interpreter::Shape* shape, Value iterated_string)
      : Object(shape), iterated_string_(iterated_string) {}
  const char* CellName() const override { return "StringIteratorObject"; }
  void VisitEdges(heap::Visitor& visitor) override {
    Object::VisitEdges(visitor);
    iterated_string_.Visit(visitor);
  }
  // undefined once the iterator is done.
  Value iterated_string() const { return iterated_string_; }
  void set_done() { iterated_string_ = Value::Undefined(); }
  size_t position() const { return position_; }
  void set_position(size_t position) { position_ = position; }

 private:
  Value iterated_string_;
  size_t position_ = 0;
};

// 7.2.1 RequireObjectCoercible ( argument )
// https://tc39.es/ecma262/#sec-requireobjectcoercible
ThrowCompletionOr<Value> RequireObjectCoercible(Agent& agent, Value argument, std::u16string_view method) {
  // Undefined, Null: throw a TypeError exception. Otherwise: return argument.
  if (argument.IsNullish()) {
    return ThrowTypeError(agent, u"String.prototype." + std::u16string(method) + u" called on null or undefined");
  }
  return argument;
}

// The first steps of most String.prototype methods: "Let O be ? RequireObjectCoercible(this value). Let S be
// ? ToString(O)." The result is a String value.
ThrowCompletionOr<Value> ThisToString(Agent& agent, Value this_value, std::u16string_view method) {
  Value o = TRY(RequireObjectCoercible(agent, this_value, method));
  return interpreter::vm::ToString(agent, o);
}

std::u16string_view CodeUnits(const RootedValue& string) { return string->AsString()->code_units(); }

// 6.1.4.1 StringIndexOf ( string, searchValue, fromIndex )
// https://tc39.es/ecma262/#sec-stringindexof
// std::u16string_view::npos for ~not-found~.
size_t StringIndexOf(std::u16string_view string, std::u16string_view search_value, size_t from_index) {
  // 1. Let len be the length of string.
  // 2. If searchValue is the empty String and fromIndex ≤ len, return fromIndex.
  // 3. Let searchLen be the length of searchValue.
  // 4. For each integer i such that fromIndex ≤ i ≤ len - searchLen, in ascending order, do
  //    a. Let candidate be the substring of string from i to i + searchLen.
  //    b. If candidate is searchValue, return i.
  // 5. Return not-found.
  if (from_index > string.size()) return std::u16string_view::npos;
  return string.find(search_value, from_index);
}

double Clamp(double value, double lower, double upper) { return std::min(std::max(value, lower), upper); }

// 11.1.1 Static Semantics: UTF16EncodeCodePoint ( cp )
// https://tc39.es/ecma262/#sec-utf16encodecodepoint
void UTF16EncodeCodePoint(char32_t cp, std::u16string& out) {
  // 1. Assert: 0 ≤ cp ≤ 0x10FFFF.
  // 2. If cp ≤ 0xFFFF, return the String value consisting of the code unit whose numeric value is cp.
  if (cp <= 0xFFFF) {
    out.push_back(static_cast<char16_t>(cp));
    return;
  }
  // 3. Let cu1 be the code unit whose numeric value is floor((cp - 0x10000) / 0x400) + 0xD800.
  // 4. Let cu2 be the code unit whose numeric value is ((cp - 0x10000) modulo 0x400) + 0xDC00.
  // 5. Return the string-concatenation of cu1 and cu2.
  out.push_back(static_cast<char16_t>((cp - 0x10000) / 0x400 + 0xD800));
  out.push_back(static_cast<char16_t>((cp - 0x10000) % 0x400 + 0xDC00));
}

// 7.4.17 CreateIteratorResultObject ( value, done )
// https://tc39.es/ecma262/#sec-createiterresultobject
ThrowCompletionOr<Value> CreateIteratorResultObject(Agent& agent, Value value, bool done) {
  RootedValue rooted_value(agent.heap(), value);
  // 1. Let obj be OrdinaryObjectCreate(%Object.prototype%).
  heap::Handle<Object> obj(agent.heap(), interpreter::OrdinaryObjectCreate<Object>(
                                             agent, CurrentIntrinsic(agent, Intrinsic::kObjectPrototype)));
  // 2. Perform ! CreateDataPropertyOrThrow(obj, "value", value).
  MUST(interpreter::CreateDataPropertyOrThrow(agent, obj, agent.Key(u"value"), rooted_value));
  // 3. Perform ! CreateDataPropertyOrThrow(obj, "done", done).
  MUST(interpreter::CreateDataPropertyOrThrow(agent, obj, agent.Key(u"done"), Value::Boolean(done)));
  // 4. Return obj.
  return Value::FromObject(obj);
}

// 22.1.1.1 String ( value )
// https://tc39.es/ecma262/#sec-string-constructor-string-value
ThrowCompletionOr<Value> StringConstructor(Agent& agent, Value, std::span<const Value> arguments, Object* new_target) {
  heap::Handle<Object> rooted_new_target(agent.heap(), new_target);
  RootedValue s(agent.heap());
  // 1. If value is not present, then
  if (arguments.empty()) {
    // a. Let s be the empty String.
    s = agent.InternedString(u"");
  } else {
    // 2. Else,
    Value value = arguments[0];
    // a. If NewTarget is undefined and value is a Symbol, return SymbolDescriptiveString(value).
    if (new_target == nullptr && value.IsSymbol()) return SymbolDescriptiveString(agent, value.AsSymbol());
    // b. Let s be ? ToString(value).
    s = TRY(interpreter::vm::ToString(agent, value));
  }
  // 3. If NewTarget is undefined, return s.
  if (new_target == nullptr) return s.get();
  // 4. Return StringCreate(s, ? GetPrototypeFromConstructor(NewTarget, "%String.prototype%")).
  Object* proto = TRY(GetPrototypeFromConstructor(agent, rooted_new_target, Intrinsic::kStringPrototype));
  return Value::FromObject(interpreter::StringCreate(agent, s, proto));
}

// 22.1.2.1 String.fromCharCode ( ...codeUnits )
// https://tc39.es/ecma262/#sec-string.fromcharcode
ThrowCompletionOr<Value> StringFromCharCode(Agent& agent, Value, std::span<const Value> code_units, Object*) {
  // 1. Let result be the empty String.
  std::u16string result;
  // 2. For each element next of codeUnits, do
  for (Value next : code_units) {
    // a. Let nextCU be the code unit whose numeric value is ℝ(? ToUint16(next)).
    double number = TRY(interpreter::vm::ToNumber(agent, next));
    char16_t next_cu = static_cast<char16_t>(interpreter::vm::ToUint32(number) & 0xFFFF);
    // b. Set result to the string-concatenation of result and nextCU.
    result.push_back(next_cu);
  }
  // 3. Return result.
  return MakeString(agent, std::move(result));
}

// 22.1.2.2 String.fromCodePoint ( ...codePoints )
// https://tc39.es/ecma262/#sec-string.fromcodepoint
ThrowCompletionOr<Value> StringFromCodePoint(Agent& agent, Value, std::span<const Value> code_points, Object*) {
  // 1. Let result be the empty String.
  std::u16string result;
  // 2. For each element next of codePoints, do
  for (Value next : code_points) {
    // a. Let nextCP be ? ToNumber(next).
    double next_cp = TRY(interpreter::vm::ToNumber(agent, next));
    // b. If IsIntegralNumber(nextCP) is false, throw a RangeError exception.
    if (!std::isfinite(next_cp) || std::trunc(next_cp) != next_cp) {
      return ThrowRangeError(agent, u"Invalid code point");
    }
    // c. If ℝ(nextCP) < 0 or ℝ(nextCP) > 0x10FFFF, throw a RangeError exception.
    if (next_cp < 0 || next_cp > 0x10FFFF) return ThrowRangeError(agent, u"Invalid code point");
    // d. Set result to the string-concatenation of result and UTF16EncodeCodePoint(ℝ(nextCP)).
    UTF16EncodeCodePoint(static_cast<char32_t>(next_cp), result);
  }
  // 3. Assert: If codePoints is empty, then result is the empty String.
  // 4. Return result.
  return MakeString(agent, std::move(result));
}

// 22.1.2.4 String.raw ( template, ...substitutions )
// https://tc39.es/ecma262/#sec-string.raw
ThrowCompletionOr<Value> StringRaw(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  std::span<const Value> substitutions = arguments.empty() ? arguments : arguments.subspan(1);
  // 1. Let substitutionCount be the number of elements in substitutions.
  size_t substitution_count = substitutions.size();
  // 2. Let cooked be ? ToObject(template).
  heap::Handle<Object> cooked(agent.heap(), TRY(interpreter::vm::ToObject(agent, Argument(arguments, 0))));
  // 3. Let literals be ? ToObject(? Get(cooked, "raw")).
  Value raw = TRY(interpreter::Get(agent, cooked, agent.Key(u"raw")));
  heap::Handle<Object> literals(agent.heap(), TRY(interpreter::vm::ToObject(agent, raw)));
  // 4. Let literalCount be ? LengthOfArrayLike(literals).
  double literal_count = TRY(interpreter::vm::LengthOfArrayLike(agent, literals));
  // 5. If literalCount ≤ 0, return the empty String.
  if (literal_count <= 0) return agent.InternedString(u"");
  // 6. Let R be the empty String.
  std::u16string r;
  // 7. Let nextIndex be 0.
  double next_index = 0;
  // 8. Repeat,
  while (true) {
    // a. Let nextLiteralVal be ? Get(literals, ! ToString(𝔽(nextIndex))).
    Value next_literal_val =
        TRY(interpreter::Get(agent, literals, PropertyKey::FromNumber(agent.strings(), next_index)));
    // b. Let nextLiteral be ? ToString(nextLiteralVal).
    Value next_literal = TRY(interpreter::vm::ToString(agent, next_literal_val));
    // c. Set R to the string-concatenation of R and nextLiteral.
    r += next_literal.AsString()->code_units();
    if (r.size() > kMaxStringLength) return ThrowInvalidStringLength(agent);
    // d. If nextIndex + 1 = literalCount, return R.
    if (next_index + 1 == literal_count) return MakeString(agent, std::move(r));
    // e. If nextIndex < substitutionCount, then
    if (next_index < static_cast<double>(substitution_count)) {
      // i. Let nextSubVal be substitutions[nextIndex].
      Value next_sub_val = substitutions[static_cast<size_t>(next_index)];
      // ii. Let nextSub be ? ToString(nextSubVal).
      Value next_sub = TRY(interpreter::vm::ToString(agent, next_sub_val));
      // iii. Set R to the string-concatenation of R and nextSub.
      r += next_sub.AsString()->code_units();
    }
    // f. Set nextIndex to nextIndex + 1.
    next_index += 1;
  }
}

// 22.1.3.1 String.prototype.at ( index )
// https://tc39.es/ecma262/#sec-string.prototype.at
ThrowCompletionOr<Value> StringPrototypeAt(Agent& agent, Value this_value, std::span<const Value> arguments,
                                           Object*) {
  // 1. Let O be ? RequireObjectCoercible(this value).
  // 2. Let S be ? ToString(O).
  RootedValue s(agent.heap(), TRY(ThisToString(agent, this_value, u"at")));
  // 3. Let len be the length of S.
  double len = static_cast<double>(CodeUnits(s).size());
  // 4. Let relativeIndex be ? ToIntegerOrInfinity(index).
  double relative_index = TRY(ToIntegerOrInfinity(agent, Argument(arguments, 0)));
  // 5. If relativeIndex ≥ 0, then let k be relativeIndex. 6. Else, let k be len + relativeIndex.
  double k = relative_index >= 0 ? relative_index : len + relative_index;
  // 7. If k < 0 or k ≥ len, return undefined.
  if (k < 0 || k >= len) return Value::Undefined();
  // 8. Return the substring of S from k to k + 1.
  return MakeString(agent, std::u16string(1, CodeUnits(s)[static_cast<size_t>(k)]));
}

// 22.1.3.2 String.prototype.charAt ( pos )
// https://tc39.es/ecma262/#sec-string.prototype.charat
ThrowCompletionOr<Value> StringPrototypeCharAt(Agent& agent, Value this_value, std::span<const Value> arguments,
                                               Object*) {
  // 1. Let O be ? RequireObjectCoercible(this value).
  // 2. Let S be ? ToString(O).
  RootedValue s(agent.heap(), TRY(ThisToString(agent, this_value, u"charAt")));
  // 3. Let position be ? ToIntegerOrInfinity(pos).
  double position = TRY(ToIntegerOrInfinity(agent, Argument(arguments, 0)));
  // 4. Let size be the length of S.
  double size = static_cast<double>(CodeUnits(s).size());
  // 5. If position < 0 or position ≥ size, return the empty String.
  if (position < 0 || position >= size) return agent.InternedString(u"");
  // 6. Return the substring of S from position to position + 1.
  return MakeString(agent, std::u16string(1, CodeUnits(s)[static_cast<size_t>(position)]));
}

// 22.1.3.3 String.prototype.charCodeAt ( pos )
// https://tc39.es/ecma262/#sec-string.prototype.charcodeat
ThrowCompletionOr<Value> StringPrototypeCharCodeAt(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                   Object*) {
  // 1. Let O be ? RequireObjectCoercible(this value).
  // 2. Let S be ? ToString(O).
  RootedValue s(agent.heap(), TRY(ThisToString(agent, this_value, u"charCodeAt")));
  // 3. Let position be ? ToIntegerOrInfinity(pos).
  double position = TRY(ToIntegerOrInfinity(agent, Argument(arguments, 0)));
  // 4. Let size be the length of S.
  double size = static_cast<double>(CodeUnits(s).size());
  // 5. If position < 0 or position ≥ size, return NaN.
  if (position < 0 || position >= size) return Value::NaN();
  // 6. Return the Number value for the numeric value of the code unit at index position within the String S.
  return Value::Int32(CodeUnits(s)[static_cast<size_t>(position)]);
}

// 22.1.3.4 String.prototype.codePointAt ( pos )
// https://tc39.es/ecma262/#sec-string.prototype.codepointat
ThrowCompletionOr<Value> StringPrototypeCodePointAt(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                    Object*) {
  // 1. Let O be ? RequireObjectCoercible(this value).
  // 2. Let S be ? ToString(O).
  RootedValue s(agent.heap(), TRY(ThisToString(agent, this_value, u"codePointAt")));
  // 3. Let position be ? ToIntegerOrInfinity(pos).
  double position = TRY(ToIntegerOrInfinity(agent, Argument(arguments, 0)));
  // 4. Let size be the length of S.
  double size = static_cast<double>(CodeUnits(s).size());
  // 5. If position < 0 or position ≥ size, return undefined.
  if (position < 0 || position >= size) return Value::Undefined();
  // 6. Let cp be CodePointAt(S, position).
  CodePointRecord cp = CodePointAt(CodeUnits(s), static_cast<size_t>(position));
  // 7. Return 𝔽(cp.[[CodePoint]]).
  return Value::Int32(static_cast<int32_t>(cp.code_point));
}

// 22.1.3.5 String.prototype.concat ( ...args )
// https://tc39.es/ecma262/#sec-string.prototype.concat
ThrowCompletionOr<Value> StringPrototypeConcat(Agent& agent, Value this_value, std::span<const Value> arguments,
                                               Object*) {
  // 1. Let O be ? RequireObjectCoercible(this value).
  // 2. Let S be ? ToString(O).
  RootedValue s(agent.heap(), TRY(ThisToString(agent, this_value, u"concat")));
  // 3. Let R be S.
  std::u16string r(CodeUnits(s));
  // 4. For each element next of args, do
  for (Value next : arguments) {
    // a. Let nextString be ? ToString(next).
    Value next_string = TRY(interpreter::vm::ToString(agent, next));
    // b. Set R to the string-concatenation of R and nextString.
    r += next_string.AsString()->code_units();
    if (r.size() > kMaxStringLength) return ThrowInvalidStringLength(agent);
  }
  // 5. Return R.
  return MakeString(agent, std::move(r));
}

// 22.1.3.7 String.prototype.endsWith ( searchString [ , endPosition ] )
// https://tc39.es/ecma262/#sec-string.prototype.endswith
ThrowCompletionOr<Value> StringPrototypeEndsWith(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  Value search_string = Argument(arguments, 0);
  Value end_position = Argument(arguments, 1);
  // 1. Let O be ? RequireObjectCoercible(this value).
  // 2. Let S be ? ToString(O).
  RootedValue s(agent.heap(), TRY(ThisToString(agent, this_value, u"endsWith")));
  // 3. Let isRegExp be ? IsRegExp(searchString).
  // 4. If isRegExp is true, throw a TypeError exception.
  if (TRY(IsRegExp(agent, search_string))) {
    return ThrowTypeError(agent, u"First argument to String.prototype.endsWith must not be a regular expression");
  }
  // 5. Let searchStr be ? ToString(searchString).
  RootedValue search_str(agent.heap(), TRY(interpreter::vm::ToString(agent, search_string)));
  // 6. Let len be the length of S.
  double len = static_cast<double>(CodeUnits(s).size());
  // 7. If endPosition is undefined, let pos be len; else let pos be ? ToIntegerOrInfinity(endPosition).
  double pos = end_position.IsUndefined() ? len : TRY(ToIntegerOrInfinity(agent, end_position));
  // 8. Let end be the result of clamping pos between 0 and len.
  double end = Clamp(pos, 0, len);
  // 9. Let searchLength be the length of searchStr.
  double search_length = static_cast<double>(CodeUnits(search_str).size());
  // 10. If searchLength = 0, return true.
  if (search_length == 0) return Value::Boolean(true);
  // 11. Let start be end - searchLength.
  double start = end - search_length;
  // 12. If start < 0, return false.
  if (start < 0) return Value::Boolean(false);
  // 13. Let substring be the substring of S from start to end.
  // 14. If substring is searchStr, return true.
  // 15. Return false.
  return Value::Boolean(CodeUnits(s).substr(static_cast<size_t>(start), static_cast<size_t>(search_length)) ==
                        CodeUnits(search_str));
}

// 22.1.3.8 String.prototype.includes ( searchString [ , position ] )
// https://tc39.es/ecma262/#sec-string.prototype.includes
ThrowCompletionOr<Value> StringPrototypeIncludes(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  Value search_string = Argument(arguments, 0);
  // 1. Let O be ? RequireObjectCoercible(this value).
  // 2. Let S be ? ToString(O).
  RootedValue s(agent.heap(), TRY(ThisToString(agent, this_value, u"includes")));
  // 3. Let isRegExp be ? IsRegExp(searchString).
  // 4. If isRegExp is true, throw a TypeError exception.
  if (TRY(IsRegExp(agent, search_string))) {
    return ThrowTypeError(agent, u"First argument to String.prototype.includes must not be a regular expression");
  }
  // 5. Let searchStr be ? ToString(searchString).
  RootedValue search_str(agent.heap(), TRY(interpreter::vm::ToString(agent, search_string)));
  // 6. Let pos be ? ToIntegerOrInfinity(position).
  // 7. Assert: If position is undefined, then pos is 0.
  double pos = TRY(ToIntegerOrInfinity(agent, Argument(arguments, 1)));
  // 8. Let len be the length of S.
  double len = static_cast<double>(CodeUnits(s).size());
  // 9. Let start be the result of clamping pos between 0 and len.
  double start = Clamp(pos, 0, len);
  // 10. Let index be StringIndexOf(S, searchStr, start).
  size_t index = StringIndexOf(CodeUnits(s), CodeUnits(search_str), static_cast<size_t>(start));
  // 11. If index is not-found, return false.
  // 12. Return true.
  return Value::Boolean(index != std::u16string_view::npos);
}

// 22.1.3.9 String.prototype.indexOf ( searchString [ , position ] )
// https://tc39.es/ecma262/#sec-string.prototype.indexof
ThrowCompletionOr<Value> StringPrototypeIndexOf(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                Object*) {
  // 1. Let O be ? RequireObjectCoercible(this value).
  // 2. Let S be ? ToString(O).
  RootedValue s(agent.heap(), TRY(ThisToString(agent, this_value, u"indexOf")));
  // 3. Let searchStr be ? ToString(searchString).
  RootedValue search_str(agent.heap(), TRY(interpreter::vm::ToString(agent, Argument(arguments, 0))));
  // 4. Let pos be ? ToIntegerOrInfinity(position).
  // 5. Assert: If position is undefined, then pos is 0.
  double pos = TRY(ToIntegerOrInfinity(agent, Argument(arguments, 1)));
  // 6. Let len be the length of S.
  double len = static_cast<double>(CodeUnits(s).size());
  // 7. Let start be the result of clamping pos between 0 and len.
  double start = Clamp(pos, 0, len);
  // 8. Let result be StringIndexOf(S, searchStr, start).
  size_t result = StringIndexOf(CodeUnits(s), CodeUnits(search_str), static_cast<size_t>(start));
  // 9. If result is not-found, return -1𝔽.
  if (result == std::u16string_view::npos) return Value::Int32(-1);
  // 10. Return 𝔽(result).
  return Value::Number(static_cast<double>(result));
}

// 22.1.3.10 String.prototype.isWellFormed ( )
// https://tc39.es/ecma262/#sec-string.prototype.iswellformed
ThrowCompletionOr<Value> StringPrototypeIsWellFormed(Agent& agent, Value this_value, std::span<const Value>,
                                                     Object*) {
  // 1. Let O be ? RequireObjectCoercible(this value).
  // 2. Let S be ? ToString(O).
  RootedValue s(agent.heap(), TRY(ThisToString(agent, this_value, u"isWellFormed")));
  // 3. Return IsStringWellFormedUnicode(S).
  return Value::Boolean(IsStringWellFormedUnicode(CodeUnits(s)));
}

// 22.1.3.11 String.prototype.lastIndexOf ( searchString [ , position ] )
// https://tc39.es/ecma262/#sec-string.prototype.lastindexof
ThrowCompletionOr<Value> StringPrototypeLastIndexOf(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                    Object*) {
  // 1. Let thisValue be the this value.
  // 2. Perform ? RequireObjectCoercible(thisValue).
  // 3. Let string be ? ToString(thisValue).
  RootedValue string(agent.heap(), TRY(ThisToString(agent, this_value, u"lastIndexOf")));
  // 4. Set searchString to ? ToString(searchString).
  RootedValue search_string(agent.heap(), TRY(interpreter::vm::ToString(agent, Argument(arguments, 0))));
  // 5. Let numberPosition be ? ToNumber(position).
  double number_position = TRY(interpreter::vm::ToNumber(agent, Argument(arguments, 1)));
  // 6. Let length be the length of string.
  double length = static_cast<double>(CodeUnits(string).size());
  // 7. Let searchLength be the length of searchString.
  double search_length = static_cast<double>(CodeUnits(search_string).size());
  // 8. Let maxStart be length - searchLength.
  double max_start = length - search_length;
  // 9. If maxStart < 0, return -1𝔽.
  if (max_start < 0) return Value::Int32(-1);
  // 10. If numberPosition is NaN, let start be maxStart; else let start be the result of clamping
  //     ! ToIntegerOrInfinity(numberPosition) between 0 and maxStart.
  double start = std::isnan(number_position)
                     ? max_start
                     : Clamp(MUST(ToIntegerOrInfinity(agent, Value::Number(number_position))), 0, max_start);
  // 11. Assert: If position is undefined, then start is maxStart.
  // 12. Let result be StringLastIndexOf(string, searchString, start).
  size_t result = CodeUnits(string).rfind(CodeUnits(search_string), static_cast<size_t>(start));
  // 13. If result is not-found, return -1𝔽.
  if (result == std::u16string_view::npos) return Value::Int32(-1);
  // 14. Return 𝔽(result).
  return Value::Number(static_cast<double>(result));
}

// 22.1.3.12 String.prototype.localeCompare ( that [ , reserved1 [ , reserved2 ] ] )
// https://tc39.es/ecma262/#sec-string.prototype.localecompare
ThrowCompletionOr<Value> StringPrototypeLocaleCompare(Agent& agent, Value this_value,
                                                      std::span<const Value> arguments, Object*) {
  // 1. Let O be ? RequireObjectCoercible(this value).
  // 2. Let S be ? ToString(O).
  RootedValue s(agent.heap(), TRY(ThisToString(agent, this_value, u"localeCompare")));
  // 3. Let thatValue be ? ToString(that).
  RootedValue that_value(agent.heap(), TRY(interpreter::vm::ToString(agent, Argument(arguments, 0))));
  // 4. Return an implementation-approximated Number (here ICU's root collation, string_unicode.h).
  return Value::Int32(LocaleCompare(CodeUnits(s), CodeUnits(that_value)));
}

// 22.1.3.15 String.prototype.normalize ( [ form ] )
// https://tc39.es/ecma262/#sec-string.prototype.normalize
ThrowCompletionOr<Value> StringPrototypeNormalize(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                  Object*) {
  Value form = Argument(arguments, 0);
  // 1. Let O be ? RequireObjectCoercible(this value).
  // 2. Let S be ? ToString(O).
  RootedValue s(agent.heap(), TRY(ThisToString(agent, this_value, u"normalize")));
  // 3. If form is undefined, let f be "NFC".
  // 4. Else, let f be ? ToString(form).
  RootedValue f(agent.heap(), form.IsUndefined() ? agent.InternedString(u"NFC")
                                                 : TRY(interpreter::vm::ToString(agent, form)));
  // 5. If f is not one of "NFC", "NFD", "NFKC", or "NFKD", throw a RangeError exception.
  std::optional<NormalizationForm> normalization_form = NormalizationFormFromString(CodeUnits(f));
  if (!normalization_form) {
    return ThrowRangeError(agent, u"The normalization form should be one of NFC, NFD, NFKC, NFKD");
  }
  // 6. Let ns be the String value that is the result of normalizing S into the normalization form named by f.
  // 7. Return ns.
  return MakeString(agent, Normalize(CodeUnits(s), *normalization_form));
}

enum class PadPlacement { kStart, kEnd };

// 22.1.3.17.2 StringPad ( S, maxLength, fillString, placement )
// https://tc39.es/ecma262/#sec-stringpad
ThrowCompletionOr<Value> StringPad(Agent& agent, std::u16string_view s, double max_length,
                                   std::u16string_view fill_string, PadPlacement placement) {
  // 1. Let stringLength be the length of S.
  double string_length = static_cast<double>(s.size());
  // 2. If maxLength ≤ stringLength, return S.
  if (max_length <= string_length) return MakeString(agent, std::u16string(s));
  // 3. If fillString is the empty String, return S.
  if (fill_string.empty()) return MakeString(agent, std::u16string(s));
  if (max_length > kMaxStringLength) return ThrowInvalidStringLength(agent);
  // 4. Let fillLen be maxLength - stringLength.
  size_t fill_len = static_cast<size_t>(max_length - string_length);
  // 5. Let truncatedStringFiller be the String value consisting of repeated concatenations of fillString
  //    truncated to length fillLen.
  std::u16string truncated_string_filler;
  truncated_string_filler.reserve(fill_len);
  while (truncated_string_filler.size() < fill_len) {
    truncated_string_filler += fill_string.substr(0, fill_len - truncated_string_filler.size());
  }
  // 6. If placement is start, return the string-concatenation of truncatedStringFiller and S.
  if (placement == PadPlacement::kStart) return MakeString(agent, truncated_string_filler + std::u16string(s));
  // 7. Else, return the string-concatenation of S and truncatedStringFiller.
  return MakeString(agent, std::u16string(s) + truncated_string_filler);
}

// 22.1.3.17.1 StringPaddingBuiltinsImpl ( O, maxLength, fillString, placement )
// https://tc39.es/ecma262/#sec-stringpaddingbuiltinsimpl
ThrowCompletionOr<Value> StringPaddingBuiltinsImpl(Agent& agent, Value o, Value max_length, Value fill_string_value,
                                                   PadPlacement placement, std::u16string_view method) {
  RootedValue fill_string_argument(agent.heap(), fill_string_value);
  // 1. Let S be ? ToString(O).
  RootedValue s(agent.heap(), TRY(ThisToString(agent, o, method)));
  // 2. Let intMaxLength be ℝ(? ToLength(maxLength)).
  double int_max_length = TRY(interpreter::vm::ToLength(agent, max_length));
  // 3. Let stringLength be the length of S.
  double string_length = static_cast<double>(CodeUnits(s).size());
  // 4. If intMaxLength ≤ stringLength, return S.
  if (int_max_length <= string_length) return s.get();
  // 5. If fillString is undefined, set fillString to the String value consisting solely of the code unit 0x0020
  //    (SPACE).
  // 6. Else, set fillString to ? ToString(fillString).
  RootedValue fill_string(agent.heap(), fill_string_argument->IsUndefined()
                                            ? agent.InternedString(u" ")
                                            : TRY(interpreter::vm::ToString(agent, fill_string_argument)));
  // 7. Return StringPad(S, intMaxLength, fillString, placement).
  return StringPad(agent, CodeUnits(s), int_max_length, CodeUnits(fill_string), placement);
}

// 22.1.3.16 String.prototype.padEnd ( maxLength [ , fillString ] )
// https://tc39.es/ecma262/#sec-string.prototype.padend
ThrowCompletionOr<Value> StringPrototypePadEnd(Agent& agent, Value this_value, std::span<const Value> arguments,
                                               Object*) {
  // 1. Let O be ? RequireObjectCoercible(this value).
  // 2. Return ? StringPaddingBuiltinsImpl(O, maxLength, fillString, end).
  return StringPaddingBuiltinsImpl(agent, this_value, Argument(arguments, 0), Argument(arguments, 1),
                                   PadPlacement::kEnd, u"padEnd");
}

// 22.1.3.17 String.prototype.padStart ( maxLength [ , fillString ] )
// https://tc39.es/ecma262/#sec-string.prototype.padstart
ThrowCompletionOr<Value> StringPrototypePadStart(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  // 1. Let O be ? RequireObjectCoercible(this value).
  // 2. Return ? StringPaddingBuiltinsImpl(O, maxLength, fillString, start).
  return StringPaddingBuiltinsImpl(agent, this_value, Argument(arguments, 0), Argument(arguments, 1),
                                   PadPlacement::kStart, u"padStart");
}

// 22.1.3.18 String.prototype.repeat ( count )
// https://tc39.es/ecma262/#sec-string.prototype.repeat
ThrowCompletionOr<Value> StringPrototypeRepeat(Agent& agent, Value this_value, std::span<const Value> arguments,
                                               Object*) {
  // 1. Let O be ? RequireObjectCoercible(this value).
  // 2. Let S be ? ToString(O).
  RootedValue s(agent.heap(), TRY(ThisToString(agent, this_value, u"repeat")));
  // 3. Let n be ? ToIntegerOrInfinity(count).
  double n = TRY(ToIntegerOrInfinity(agent, Argument(arguments, 0)));
  // 4. If n < 0 or n = +∞, throw a RangeError exception.
  if (n < 0 || n == INFINITY) return ThrowRangeError(agent, u"Invalid count value");
  // 5. If n = 0, return the empty String.
  if (n == 0 || CodeUnits(s).empty()) return agent.InternedString(u"");
  // 6. Return the String value that is made from n copies of S appended together.
  if (n * static_cast<double>(CodeUnits(s).size()) > kMaxStringLength) return ThrowInvalidStringLength(agent);
  std::u16string result;
  result.reserve(static_cast<size_t>(n) * CodeUnits(s).size());
  for (double i = 0; i < n; ++i) result += CodeUnits(s);
  return MakeString(agent, std::move(result));
}

// 22.1.3.19.1 GetSubstitution ( matched, str, position, captures, namedCaptures, replacementTemplate )
// https://tc39.es/ecma262/#sec-getsubstitution
// Only the form String.prototype.replace and replaceAll use: captures is empty and namedCaptures undefined, so
// the steps that read them never run and no completion can be abrupt.
std::u16string GetSubstitution(std::u16string_view matched, std::u16string_view string, size_t position,
                               std::u16string_view replacement_template) {
  // 1. Let stringLength be the length of string.
  size_t string_length = string.size();
  // 2. Assert: position ≤ stringLength.
  // 3. Let result be the empty String.
  std::u16string result;
  // 4. Let templateRemainder be replacementTemplate.
  std::u16string_view template_remainder = replacement_template;
  auto is_decimal_digit = [](char16_t c) { return c >= u'0' && c <= u'9'; };
  // 5. Repeat, while templateRemainder is not the empty String,
  while (!template_remainder.empty()) {
    // a. NOTE: The following steps isolate ref (a prefix of templateRemainder), determine refReplacement (its
    //    replacement), and then append that replacement to result.
    std::u16string_view ref;
    std::u16string ref_replacement;
    if (template_remainder.starts_with(u"$$")) {
      // b. If templateRemainder starts with "$$", then i. Let ref be "$$". ii. Let refReplacement be "$".
      ref = template_remainder.substr(0, 2);
      ref_replacement = u"$";
    } else if (template_remainder.starts_with(u"$`")) {
      // c. Else if templateRemainder starts with "$`", then i. Let ref be "$`".
      //    ii. Let refReplacement be the substring of str from 0 to position.
      ref = template_remainder.substr(0, 2);
      ref_replacement = string.substr(0, position);
    } else if (template_remainder.starts_with(u"$&")) {
      // d. Else if templateRemainder starts with "$&", then i. Let ref be "$&". ii. Let refReplacement be matched.
      ref = template_remainder.substr(0, 2);
      ref_replacement = matched;
    } else if (template_remainder.starts_with(u"$'")) {
      // e. Else if templateRemainder starts with "$'", then i. Let ref be "$'".
      ref = template_remainder.substr(0, 2);
      // ii. Let matchLength be the length of matched. iii. Let tailPosition be position + matchLength.
      size_t tail_position = position + matched.size();
      // iv. Let refReplacement be the substring of str from min(tailPosition, stringLength).
      ref_replacement = string.substr(std::min(tail_position, string_length));
    } else if (template_remainder.size() >= 2 && template_remainder[0] == u'$' &&
               is_decimal_digit(template_remainder[1])) {
      // f. Else if templateRemainder starts with "$" followed by 1 or more decimal digits, then
      //    i.-viii. With captures empty (captureLength 0), index is never in 1..captureLength, so the two-digit
      //    form falls back to one digit and refReplacement is ref.
      ref = template_remainder.substr(0, 2);
      ref_replacement = ref;
    } else if (template_remainder.starts_with(u"$<")) {
      // g. Else if templateRemainder starts with "$<", then
      //    i. Let gtPosition be StringIndexOf(templateRemainder, ">", 0).
      //    ii. If gtPosition is not-found or namedCaptures is undefined, then
      //        1. Let ref be "$<". 2. Let refReplacement be ref.
      ref = template_remainder.substr(0, 2);
      ref_replacement = ref;
    } else {
      // h. Else, i. Let ref be the substring of templateRemainder from 0 to 1. ii. Let refReplacement be ref.
      ref = template_remainder.substr(0, 1);
      ref_replacement = ref;
    }
    // i. Let refLength be the length of ref.
    // j. Set templateRemainder to the substring of templateRemainder from refLength.
    template_remainder.remove_prefix(ref.size());
    // k. Set result to the string-concatenation of result and refReplacement.
    result += ref_replacement;
  }
  // 6. Return result.
  return result;
}

// 22.1.3.19 String.prototype.replace ( searchValue, replaceValue )
// https://tc39.es/ecma262/#sec-string.prototype.replace
ThrowCompletionOr<Value> StringPrototypeReplace(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                Object*) {
  RootedValue search_value(agent.heap(), Argument(arguments, 0));
  RootedValue replace_value(agent.heap(), Argument(arguments, 1));
  // 1. Let O be ? RequireObjectCoercible(this value).
  RootedValue o(agent.heap(), TRY(RequireObjectCoercible(agent, this_value, u"replace")));
  // 2. If searchValue is an Object, then
  if (search_value->IsObject()) {
    // a. Let replacer be ? GetMethod(searchValue, %Symbol.replace%).
    Value replacer = TRY(interpreter::vm::GetMethod(
        agent, search_value->AsObject(),
        PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kReplace))));
    // b. If replacer is not undefined, then
    if (!replacer.IsUndefined()) {
      // i. Return ? Call(replacer, searchValue, « O, replaceValue »).
      Value call_arguments[] = {o.get(), replace_value.get()};
      return interpreter::Call(agent, replacer, search_value, call_arguments);
    }
  }
  // 3. Let string be ? ToString(O).
  RootedValue string(agent.heap(), TRY(interpreter::vm::ToString(agent, o)));
  // 4. Let searchString be ? ToString(searchValue).
  RootedValue search_string(agent.heap(), TRY(interpreter::vm::ToString(agent, search_value)));
  // 5. Let functionalReplace be IsCallable(replaceValue).
  bool functional_replace = interpreter::IsCallable(replace_value);
  // 6. If functionalReplace is false, then
  if (!functional_replace) {
    // a. Set replaceValue to ? ToString(replaceValue).
    replace_value = TRY(interpreter::vm::ToString(agent, replace_value));
  }
  // 7. Let searchLength be the length of searchString.
  size_t search_length = CodeUnits(search_string).size();
  // 8. Let position be StringIndexOf(string, searchString, 0).
  size_t position = StringIndexOf(CodeUnits(string), CodeUnits(search_string), 0);
  // 9. If position is not-found, return string.
  if (position == std::u16string_view::npos) return string.get();
  // 10. Let preceding be the substring of string from 0 to position.
  std::u16string preceding(CodeUnits(string).substr(0, position));
  // 11. Let following be the substring of string from position + searchLength.
  std::u16string following(CodeUnits(string).substr(position + search_length));
  std::u16string replacement;
  // 12. If functionalReplace is true, then
  if (functional_replace) {
    // a. Let replacement be ? ToString(? Call(replaceValue, undefined, « searchString, 𝔽(position), string »)).
    Value call_arguments[] = {search_string.get(), Value::Number(static_cast<double>(position)), string.get()};
    Value result = TRY(interpreter::Call(agent, replace_value, Value::Undefined(), call_arguments));
    replacement = TRY(interpreter::vm::ToString(agent, result)).AsString()->code_units();
  } else {
    // 13. Else,
    // a. Assert: replaceValue is a String.
    // b. Let captures be a new empty List.
    // c. Let replacement be ! GetSubstitution(searchString, string, position, captures, undefined, replaceValue).
    replacement = GetSubstitution(CodeUnits(search_string), CodeUnits(string), position, CodeUnits(replace_value));
  }
  // 14. Return the string-concatenation of preceding, replacement, and following.
  if (preceding.size() + replacement.size() + following.size() > kMaxStringLength) {
    return ThrowInvalidStringLength(agent);
  }
  return MakeString(agent, preceding + replacement + following);
}

// 22.1.3.20 String.prototype.replaceAll ( searchValue, replaceValue )
// https://tc39.es/ecma262/#sec-string.prototype.replaceall
ThrowCompletionOr<Value> StringPrototypeReplaceAll(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                   Object*) {
  RootedValue search_value(agent.heap(), Argument(arguments, 0));
  RootedValue replace_value(agent.heap(), Argument(arguments, 1));
  // 1. Let O be ? RequireObjectCoercible(this value).
  RootedValue o(agent.heap(), TRY(RequireObjectCoercible(agent, this_value, u"replaceAll")));
  // 2. If searchValue is an Object, then
  if (search_value->IsObject()) {
    // a. Let isRegExp be ? IsRegExp(searchValue).
    bool is_regexp = TRY(IsRegExp(agent, search_value));
    // b. If isRegExp is true, then
    if (is_regexp) {
      // i. Let flags be ? Get(searchValue, "flags").
      Value flags = TRY(interpreter::Get(agent, search_value->AsObject(), agent.Key(u"flags")));
      // ii. Perform ? RequireObjectCoercible(flags).
      TRY(RequireObjectCoercible(agent, flags, u"replaceAll"));
      // iii. If ? ToString(flags) does not contain "g", throw a TypeError exception.
      Value flags_string = TRY(interpreter::vm::ToString(agent, flags));
      if (flags_string.AsString()->code_units().find(u'g') == std::u16string_view::npos) {
        return ThrowTypeError(agent, u"replaceAll must be called with a global RegExp");
      }
    }
    // c. Let replacer be ? GetMethod(searchValue, %Symbol.replace%).
    Value replacer = TRY(interpreter::vm::GetMethod(
        agent, search_value->AsObject(),
        PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kReplace))));
    // d. If replacer is not undefined, then
    if (!replacer.IsUndefined()) {
      // i. Return ? Call(replacer, searchValue, « O, replaceValue »).
      Value call_arguments[] = {o.get(), replace_value.get()};
      return interpreter::Call(agent, replacer, search_value, call_arguments);
    }
  }
  // 3. Let string be ? ToString(O).
  RootedValue string(agent.heap(), TRY(interpreter::vm::ToString(agent, o)));
  // 4. Let searchString be ? ToString(searchValue).
  RootedValue search_string(agent.heap(), TRY(interpreter::vm::ToString(agent, search_value)));
  // 5. Let functionalReplace be IsCallable(replaceValue).
  bool functional_replace = interpreter::IsCallable(replace_value);
  // 6. If functionalReplace is false, then
  if (!functional_replace) {
    // a. Set replaceValue to ? ToString(replaceValue).
    replace_value = TRY(interpreter::vm::ToString(agent, replace_value));
  }
  // 7. Let searchLength be the length of searchString.
  size_t search_length = CodeUnits(search_string).size();
  // 8. Let advanceBy be max(1, searchLength).
  size_t advance_by = std::max<size_t>(1, search_length);
  // 9. Let matchPositions be a new empty List.
  std::vector<size_t> match_positions;
  // 10. Let position be StringIndexOf(string, searchString, 0).
  size_t position = StringIndexOf(CodeUnits(string), CodeUnits(search_string), 0);
  // 11. Repeat, while position is not not-found,
  while (position != std::u16string_view::npos) {
    // a. Append position to matchPositions.
    match_positions.push_back(position);
    // b. Set position to StringIndexOf(string, searchString, position + advanceBy).
    position = StringIndexOf(CodeUnits(string), CodeUnits(search_string), position + advance_by);
  }
  // 12. Let endOfLastMatch be 0.
  size_t end_of_last_match = 0;
  // 13. Let result be the empty String.
  std::u16string result;
  // 14. For each element matchPosition of matchPositions, do
  for (size_t match_position : match_positions) {
    // a. Let preserved be the substring of string from endOfLastMatch to matchPosition.
    std::u16string_view preserved = CodeUnits(string).substr(end_of_last_match, match_position - end_of_last_match);
    std::u16string replacement;
    // b. If functionalReplace is true, then
    if (functional_replace) {
      // i. Let replacement be ? ToString(? Call(replaceValue, undefined, « searchString, 𝔽(matchPosition),
      //    string »)).
      Value call_arguments[] = {search_string.get(), Value::Number(static_cast<double>(match_position)),
                                string.get()};
      Value called = TRY(interpreter::Call(agent, replace_value, Value::Undefined(), call_arguments));
      replacement = TRY(interpreter::vm::ToString(agent, called)).AsString()->code_units();
    } else {
      // c. Else,
      // i. Assert: replaceValue is a String. ii. Let captures be a new empty List.
      // iii. Let replacement be ! GetSubstitution(searchString, string, matchPosition, captures, undefined,
      //      replaceValue).
      replacement =
          GetSubstitution(CodeUnits(search_string), CodeUnits(string), match_position, CodeUnits(replace_value));
    }
    // d. Set result to the string-concatenation of result, preserved, and replacement.
    result += preserved;
    result += replacement;
    if (result.size() > kMaxStringLength) return ThrowInvalidStringLength(agent);
    // e. Set endOfLastMatch to matchPosition + searchLength.
    end_of_last_match = match_position + search_length;
  }
  // 15. If endOfLastMatch < the length of string, then
  if (end_of_last_match < CodeUnits(string).size()) {
    // a. Set result to the string-concatenation of result and the substring of string from endOfLastMatch.
    result += CodeUnits(string).substr(end_of_last_match);
  }
  // 16. Return result.
  return MakeString(agent, std::move(result));
}

// 22.1.3.22 String.prototype.slice ( start, end )
// https://tc39.es/ecma262/#sec-string.prototype.slice
ThrowCompletionOr<Value> StringPrototypeSlice(Agent& agent, Value this_value, std::span<const Value> arguments,
                                              Object*) {
  Value end = Argument(arguments, 1);
  // 1. Let O be ? RequireObjectCoercible(this value).
  // 2. Let S be ? ToString(O).
  RootedValue s(agent.heap(), TRY(ThisToString(agent, this_value, u"slice")));
  // 3. Let len be the length of S.
  double len = static_cast<double>(CodeUnits(s).size());
  // 4. Let intStart be ? ToIntegerOrInfinity(start).
  double int_start = TRY(ToIntegerOrInfinity(agent, Argument(arguments, 0)));
  // 5. If intStart = -∞, let from be 0.
  // 6. Else if intStart < 0, let from be max(len + intStart, 0).
  // 7. Else, let from be min(intStart, len).
  double from = int_start == -INFINITY ? 0 : int_start < 0 ? std::max(len + int_start, 0.0) : std::min(int_start, len);
  // 8. If end is undefined, let intEnd be len; else let intEnd be ? ToIntegerOrInfinity(end).
  double int_end = end.IsUndefined() ? len : TRY(ToIntegerOrInfinity(agent, end));
  // 9. If intEnd = -∞, let to be 0.
  // 10. Else if intEnd < 0, let to be max(len + intEnd, 0).
  // 11. Else, let to be min(intEnd, len).
  double to = int_end == -INFINITY ? 0 : int_end < 0 ? std::max(len + int_end, 0.0) : std::min(int_end, len);
  // 12. If from ≥ to, return the empty String.
  if (from >= to) return agent.InternedString(u"");
  // 13. Return the substring of S from from to to.
  return MakeString(agent, std::u16string(CodeUnits(s).substr(static_cast<size_t>(from),
                                                                static_cast<size_t>(to - from))));
}

// 22.1.3.23 String.prototype.split ( separator, limit )
// https://tc39.es/ecma262/#sec-string.prototype.split
ThrowCompletionOr<Value> StringPrototypeSplit(Agent& agent, Value this_value, std::span<const Value> arguments,
                                              Object*) {
  RootedValue separator(agent.heap(), Argument(arguments, 0));
  RootedValue limit(agent.heap(), Argument(arguments, 1));
  // 1. Let O be ? RequireObjectCoercible(this value).
  RootedValue o(agent.heap(), TRY(RequireObjectCoercible(agent, this_value, u"split")));
  // 2. If separator is an Object, then
  if (separator->IsObject()) {
    // a. Let splitter be ? GetMethod(separator, %Symbol.split%).
    Value splitter = TRY(interpreter::vm::GetMethod(
        agent, separator->AsObject(), PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kSplit))));
    // b. If splitter is not undefined, then
    if (!splitter.IsUndefined()) {
      // i. Return ? Call(splitter, separator, « O, limit »).
      Value call_arguments[] = {o.get(), limit.get()};
      return interpreter::Call(agent, splitter, separator, call_arguments);
    }
  }
  // 3. Let S be ? ToString(O).
  RootedValue s(agent.heap(), TRY(interpreter::vm::ToString(agent, o)));
  // 4. If limit is undefined, let lim be 2^32 - 1; else let lim be ℝ(? ToUint32(limit)).
  double lim = 4294967295.0;
  if (!limit->IsUndefined()) {
    lim = interpreter::vm::ToUint32(TRY(interpreter::vm::ToNumber(agent, limit)));
  }
  // 5. Let R be ? ToString(separator).
  RootedValue r(agent.heap(), TRY(interpreter::vm::ToString(agent, separator)));
  interpreter::RootedValueVector substrings(agent.heap());
  // 6. If lim = 0, then
  if (lim == 0) {
    // a. Return CreateArrayFromList(« »).
    return Value::FromObject(interpreter::CreateArrayFromList(agent, std::span<const Value>()));
  }
  // 7. If separator is undefined, then
  if (separator->IsUndefined()) {
    // a. Return CreateArrayFromList(« S »).
    substrings.values().push_back(s);
    return Value::FromObject(interpreter::CreateArrayFromList(agent, substrings.values()));
  }
  // 8. Let separatorLength be the length of R.
  size_t separator_length = CodeUnits(r).size();
  // 9. If separatorLength = 0, then
  if (separator_length == 0) {
    // a. Let strLen be the length of S.
    // b. Let outLen be the result of clamping lim between 0 and strLen.
    size_t out_len = static_cast<size_t>(Clamp(lim, 0, static_cast<double>(CodeUnits(s).size())));
    // c. Let head be the substring of S from 0 to outLen.
    // d. Let codeUnits be a List consisting of the sequence of code units that are the elements of head.
    for (size_t i = 0; i < out_len; ++i) {
      substrings.values().push_back(MakeString(agent, std::u16string(1, CodeUnits(s)[i])));
    }
    // e. Return CreateArrayFromList(codeUnits).
    return Value::FromObject(interpreter::CreateArrayFromList(agent, substrings.values()));
  }
  // 10. If S is the empty String, return CreateArrayFromList(« S »).
  if (CodeUnits(s).empty()) {
    substrings.values().push_back(s);
    return Value::FromObject(interpreter::CreateArrayFromList(agent, substrings.values()));
  }
  // 11. Let substrings be a new empty List.
  // 12. Let i be 0.
  size_t i = 0;
  // 13. Let j be StringIndexOf(S, R, 0).
  size_t j = StringIndexOf(CodeUnits(s), CodeUnits(r), 0);
  // 14. Repeat, while j is not not-found,
  while (j != std::u16string_view::npos) {
    // a. Let T be the substring of S from i to j.
    // b. Append T to substrings.
    substrings.values().push_back(MakeString(agent, std::u16string(CodeUnits(s).substr(i, j - i))));
    // c. If the number of elements in substrings is lim, return CreateArrayFromList(substrings).
    if (static_cast<double>(substrings.values().size()) == lim) {
      return Value::FromObject(interpreter::CreateArrayFromList(agent, substrings.values()));
    }
    // d. Set i to j + separatorLength.
    i = j + separator_length;
    // e. Set j to StringIndexOf(S, R, i).
    j = StringIndexOf(CodeUnits(s), CodeUnits(r), i);
  }
  // 15. Let T be the substring of S from i.
  // 16. Append T to substrings.
  substrings.values().push_back(MakeString(agent, std::u16string(CodeUnits(s).substr(i))));
  // 17. Return CreateArrayFromList(substrings).
  return Value::FromObject(interpreter::CreateArrayFromList(agent, substrings.values()));
}

// 22.1.3.24 String.prototype.startsWith ( searchString [ , position ] )
// https://tc39.es/ecma262/#sec-string.prototype.startswith
ThrowCompletionOr<Value> StringPrototypeStartsWith(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                   Object*) {
  Value search_string = Argument(arguments, 0);
  // 1. Let O be ? RequireObjectCoercible(this value).
  // 2. Let S be ? ToString(O).
  RootedValue s(agent.heap(), TRY(ThisToString(agent, this_value, u"startsWith")));
  // 3. Let isRegExp be ? IsRegExp(searchString).
  // 4. If isRegExp is true, throw a TypeError exception.
  if (TRY(IsRegExp(agent, search_string))) {
    return ThrowTypeError(agent, u"First argument to String.prototype.startsWith must not be a regular expression");
  }
  // 5. Let searchStr be ? ToString(searchString).
  RootedValue search_str(agent.heap(), TRY(interpreter::vm::ToString(agent, search_string)));
  // 6. Let len be the length of S.
  double len = static_cast<double>(CodeUnits(s).size());
  // 7. If position is undefined, let pos be 0; else let pos be ? ToIntegerOrInfinity(position).
  double pos = TRY(ToIntegerOrInfinity(agent, Argument(arguments, 1)));
  // 8. Let start be the result of clamping pos between 0 and len.
  double start = Clamp(pos, 0, len);
  // 9. Let searchLength be the length of searchStr.
  double search_length = static_cast<double>(CodeUnits(search_str).size());
  // 10. If searchLength = 0, return true.
  if (search_length == 0) return Value::Boolean(true);
  // 11. Let end be start + searchLength.
  double end = start + search_length;
  // 12. If end > len, return false.
  if (end > len) return Value::Boolean(false);
  // 13. Let substring be the substring of S from start to end.
  // 14. If substring is searchStr, return true.
  // 15. Return false.
  return Value::Boolean(CodeUnits(s).substr(static_cast<size_t>(start), static_cast<size_t>(search_length)) ==
                        CodeUnits(search_str));
}

// 22.1.3.25 String.prototype.substring ( start, end )
// https://tc39.es/ecma262/#sec-string.prototype.substring
ThrowCompletionOr<Value> StringPrototypeSubstring(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                  Object*) {
  Value end = Argument(arguments, 1);
  // 1. Let O be ? RequireObjectCoercible(this value).
  // 2. Let S be ? ToString(O).
  RootedValue s(agent.heap(), TRY(ThisToString(agent, this_value, u"substring")));
  // 3. Let len be the length of S.
  double len = static_cast<double>(CodeUnits(s).size());
  // 4. Let intStart be ? ToIntegerOrInfinity(start).
  double int_start = TRY(ToIntegerOrInfinity(agent, Argument(arguments, 0)));
  // 5. If end is undefined, let intEnd be len; else let intEnd be ? ToIntegerOrInfinity(end).
  double int_end = end.IsUndefined() ? len : TRY(ToIntegerOrInfinity(agent, end));
  // 6. Let finalStart be the result of clamping intStart between 0 and len.
  double final_start = Clamp(int_start, 0, len);
  // 7. Let finalEnd be the result of clamping intEnd between 0 and len.
  double final_end = Clamp(int_end, 0, len);
  // 8. Let from be min(finalStart, finalEnd).
  double from = std::min(final_start, final_end);
  // 9. Let to be max(finalStart, finalEnd).
  double to = std::max(final_start, final_end);
  // 10. Return the substring of S from from to to.
  return MakeString(agent, std::u16string(CodeUnits(s).substr(static_cast<size_t>(from),
                                                                static_cast<size_t>(to - from))));
}

// 22.1.3.26 String.prototype.toLocaleLowerCase ( [ reserved1 [ , reserved2 ] ] )
// https://tc39.es/ecma262/#sec-string.prototype.tolocalelowercase
ThrowCompletionOr<Value> StringPrototypeToLocaleLowerCase(Agent& agent, Value this_value, std::span<const Value>,
                                                          Object*) {
  // Without ECMA-402 this works exactly the same as toLowerCase except that it is intended to yield a
  // locale-sensitive result; the host locale is the root locale here.
  RootedValue s(agent.heap(), TRY(ThisToString(agent, this_value, u"toLocaleLowerCase")));
  return MakeString(agent, ToLowerCase(CodeUnits(s)));
}

// 22.1.3.27 String.prototype.toLocaleUpperCase ( [ reserved1 [ , reserved2 ] ] )
// https://tc39.es/ecma262/#sec-string.prototype.tolocaleuppercase
ThrowCompletionOr<Value> StringPrototypeToLocaleUpperCase(Agent& agent, Value this_value, std::span<const Value>,
                                                          Object*) {
  // As toUpperCase, in the root locale (see toLocaleLowerCase).
  RootedValue s(agent.heap(), TRY(ThisToString(agent, this_value, u"toLocaleUpperCase")));
  return MakeString(agent, ToUpperCase(CodeUnits(s)));
}

// 22.1.3.28 String.prototype.toLowerCase ( )
// https://tc39.es/ecma262/#sec-string.prototype.tolowercase
ThrowCompletionOr<Value> StringPrototypeToLowerCase(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let O be ? RequireObjectCoercible(this value).
  // 2. Let S be ? ToString(O).
  RootedValue s(agent.heap(), TRY(ThisToString(agent, this_value, u"toLowerCase")));
  // 3. Let sText be StringToCodePoints(S).
  // 4. Let lowerText be toLowercase(sText) according to the Unicode Default Case Conversion algorithm.
  // 5. Let L be CodePointsToString(lowerText).
  // 6. Return L.
  return MakeString(agent, ToLowerCase(CodeUnits(s)));
}

// 22.1.3.35.1 ThisStringValue ( arg )
// https://tc39.es/ecma262/#sec-thisstringvalue
ThrowCompletionOr<Value> ThisStringValue(Agent& agent, Value arg) {
  // 1. If arg is a String, return arg.
  if (arg.IsString()) return arg;
  // 2. If arg is an Object and arg has a [[StringData]] internal slot, then
  //    a. Let s be arg.[[StringData]]. b. Assert: s is a String. c. Return s.
  if (auto s = interpreter::WrappedPrimitive(arg, &Value::IsString)) return *s;
  // 3. Throw a TypeError exception.
  return ThrowTypeError(agent, u"String.prototype method called on a value that is not a String");
}

// 22.1.3.29 String.prototype.toString ( )
// https://tc39.es/ecma262/#sec-string.prototype.tostring
ThrowCompletionOr<Value> StringPrototypeToString(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Return ? ThisStringValue(this value).
  return ThisStringValue(agent, this_value);
}

// 22.1.3.30 String.prototype.toUpperCase ( )
// https://tc39.es/ecma262/#sec-string.prototype.touppercase
ThrowCompletionOr<Value> StringPrototypeToUpperCase(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // It behaves in exactly the same way as String.prototype.toLowerCase, except that the String is mapped using
  // the toUppercase algorithm of the Unicode Default Case Conversion.
  RootedValue s(agent.heap(), TRY(ThisToString(agent, this_value, u"toUpperCase")));
  return MakeString(agent, ToUpperCase(CodeUnits(s)));
}

// 22.1.3.31 String.prototype.toWellFormed ( )
// https://tc39.es/ecma262/#sec-string.prototype.towellformed
ThrowCompletionOr<Value> StringPrototypeToWellFormed(Agent& agent, Value this_value, std::span<const Value>,
                                                     Object*) {
  // 1. Let O be ? RequireObjectCoercible(this value).
  // 2. Let S be ? ToString(O).
  RootedValue s(agent.heap(), TRY(ThisToString(agent, this_value, u"toWellFormed")));
  // 3.-8. Every lone surrogate replaced by U+FFFD (string_unicode.h).
  return MakeString(agent, ToWellFormed(CodeUnits(s)));
}

// 22.1.3.32.1 TrimString ( string, where ), steps 1-2 (the rest is whitespace.h).
// https://tc39.es/ecma262/#sec-trimstring
ThrowCompletionOr<Value> TrimStringOfThis(Agent& agent, Value this_value, TrimWhere where, std::u16string_view method) {
  // 1. Let str be ? RequireObjectCoercible(string).
  // 2. Let S be ? ToString(str).
  RootedValue s(agent.heap(), TRY(ThisToString(agent, this_value, method)));
  // 3.-5. Let T be S without leading and/or trailing white space. 6. Return T.
  return MakeString(agent, std::u16string(TrimString(CodeUnits(s), where)));
}

// 22.1.3.32 String.prototype.trim ( )
// https://tc39.es/ecma262/#sec-string.prototype.trim
ThrowCompletionOr<Value> StringPrototypeTrim(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let S be the this value.
  // 2. Return ? TrimString(S, start+end).
  return TrimStringOfThis(agent, this_value, TrimWhere::kStartAndEnd, u"trim");
}

// 22.1.3.33 String.prototype.trimEnd ( )
// https://tc39.es/ecma262/#sec-string.prototype.trimend
ThrowCompletionOr<Value> StringPrototypeTrimEnd(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let S be the this value.
  // 2. Return ? TrimString(S, end).
  return TrimStringOfThis(agent, this_value, TrimWhere::kEnd, u"trimEnd");
}

// 22.1.3.34 String.prototype.trimStart ( )
// https://tc39.es/ecma262/#sec-string.prototype.trimstart
ThrowCompletionOr<Value> StringPrototypeTrimStart(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let S be the this value.
  // 2. Return ? TrimString(S, start).
  return TrimStringOfThis(agent, this_value, TrimWhere::kStart, u"trimStart");
}

// 22.1.3.35 String.prototype.valueOf ( )
// https://tc39.es/ecma262/#sec-string.prototype.valueof
ThrowCompletionOr<Value> StringPrototypeValueOf(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Return ? ThisStringValue(this value).
  return ThisStringValue(agent, this_value);
}

// 22.1.3.36 String.prototype [ %Symbol.iterator% ] ( )
// https://tc39.es/ecma262/#sec-string.prototype-%symbol.iterator%
ThrowCompletionOr<Value> StringPrototypeIterator(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let O be ? RequireObjectCoercible(this value).
  // 2. Let s be ? ToString(O).
  RootedValue s(agent.heap(), TRY(ThisToString(agent, this_value, u"[Symbol.iterator]")));
  // 3. Let closure be a new Abstract Closure with no parameters that captures s and performs the following
  //    steps when called: ... (StringIteratorObject holds s and the position; %StringIteratorPrototype%.next
  //    runs the closure's loop one step at a time.)
  // 4. Return CreateIteratorFromClosure(closure, "%StringIteratorPrototype%", %StringIteratorPrototype%).
  return Value::FromObject(interpreter::OrdinaryObjectCreate<StringIteratorObject>(
      agent, CurrentIntrinsic(agent, Intrinsic::kStringIteratorPrototype), s.get()));
}

// 22.1.5.1.1 %StringIteratorPrototype%.next ( )
// https://tc39.es/ecma262/#sec-%stringiteratorprototype%.next
ThrowCompletionOr<Value> StringIteratorPrototypeNext(Agent& agent, Value this_value, std::span<const Value>,
                                                     Object*) {
  // 1. Return ? GeneratorResume(this value, empty, "%StringIteratorPrototype%").
  //    (GeneratorValidate: the this value must be a String Iterator.)
  auto* iterator = this_value.IsObject() ? dynamic_cast<StringIteratorObject*>(this_value.AsObject()) : nullptr;
  if (iterator == nullptr) return ThrowTypeError(agent, u"next method called on a value that is not a String Iterator");
  // The closure of String.prototype [ %Symbol.iterator% ]:
  Value s = iterator->iterated_string();
  if (s.IsUndefined()) return CreateIteratorResultObject(agent, Value::Undefined(), true);
  std::u16string_view code_units = s.AsString()->code_units();
  // a. Let len be the length of s. b. Let position be 0.
  // c. Repeat, while position < len,
  size_t position = iterator->position();
  if (position >= code_units.size()) {
    // d. Return NormalCompletion(unused).
    iterator->set_done();
    return CreateIteratorResultObject(agent, Value::Undefined(), true);
  }
  //   i. Let cp be CodePointAt(s, position).
  CodePointRecord cp = CodePointAt(code_units, position);
  //   ii. Let nextIndex be position + cp.[[CodeUnitCount]].
  size_t next_index = position + cp.code_unit_count;
  //   iii. Let resultString be the substring of s from position to nextIndex.
  //   v. Set position to nextIndex.
  iterator->set_position(next_index);
  //   iv. Perform ? GeneratorYield(CreateIteratorResultObject(resultString, false)).
  RootedValue result_string(agent.heap(),
                            MakeString(agent, std::u16string(code_units.substr(position, cp.code_unit_count))));
  return CreateIteratorResultObject(agent, result_string, false);
}

// 27.1.3.3.14 Iterator.prototype [ %Symbol.iterator% ] ( )
// https://tc39.es/ecma262/#sec-iterator.prototype-%symbol.iterator%
ThrowCompletionOr<Value> IteratorPrototypeIterator(Agent&, Value this_value, std::span<const Value>, Object*) {
  // 1. Return the this value.
  return this_value;
}

// B.2.2.1 String.prototype.substr ( start, length )
// https://tc39.es/ecma262/#sec-string.prototype.substr
ThrowCompletionOr<Value> StringPrototypeSubstr(Agent& agent, Value this_value, std::span<const Value> arguments,
                                               Object*) {
  Value length = Argument(arguments, 1);
  // 1. Let O be ? RequireObjectCoercible(this value).
  // 2. Let S be ? ToString(O).
  RootedValue s(agent.heap(), TRY(ThisToString(agent, this_value, u"substr")));
  // 3. Let size be the length of S.
  double size = static_cast<double>(CodeUnits(s).size());
  // 4. Let intStart be ? ToIntegerOrInfinity(start).
  double int_start = TRY(ToIntegerOrInfinity(agent, Argument(arguments, 0)));
  // 5. If intStart = -∞, set intStart to 0.
  // 6. Else if intStart < 0, set intStart to max(size + intStart, 0).
  // 7. Else, set intStart to min(intStart, size).
  int_start = int_start == -INFINITY ? 0 : int_start < 0 ? std::max(size + int_start, 0.0) : std::min(int_start, size);
  // 8. If length is undefined, let intLength be size; otherwise let intLength be ? ToIntegerOrInfinity(length).
  double int_length = length.IsUndefined() ? size : TRY(ToIntegerOrInfinity(agent, length));
  // 9. Set intLength to the result of clamping intLength between 0 and size.
  int_length = Clamp(int_length, 0, size);
  // 10. Let intEnd be min(intStart + intLength, size).
  double int_end = std::min(int_start + int_length, size);
  // 11. Return the substring of S from intStart to intEnd.
  if (int_start >= int_end) return agent.InternedString(u"");
  return MakeString(agent, std::u16string(CodeUnits(s).substr(static_cast<size_t>(int_start),
                                                                static_cast<size_t>(int_end - int_start))));
}

// B.2.2.2.1 CreateHTML ( string, tag, attribute, value )
// https://tc39.es/ecma262/#sec-createhtml
ThrowCompletionOr<Value> CreateHTML(Agent& agent, Value string, std::u16string_view tag, std::u16string_view attribute,
                                    Value value, std::u16string_view method) {
  RootedValue rooted_value(agent.heap(), value);
  // 1. Let str be ? RequireObjectCoercible(string).
  // 2. Let S be ? ToString(str).
  RootedValue s(agent.heap(), TRY(ThisToString(agent, string, method)));
  // 3. Let p1 be the string-concatenation of "<" and tag.
  std::u16string p1 = u"<" + std::u16string(tag);
  // 4. If attribute is not the empty String, then
  if (!attribute.empty()) {
    // a. Let V be ? ToString(value).
    Value v = TRY(interpreter::vm::ToString(agent, rooted_value));
    // b. Let escapedV be the String value that is the same as V except that each occurrence of the code unit
    //    0x0022 (QUOTATION MARK) in V has been replaced with the six code unit sequence "&quot;".
    std::u16string escaped_v;
    for (char16_t c : v.AsString()->code_units()) {
      if (c == u'"') {
        escaped_v += u"&quot;";
      } else {
        escaped_v.push_back(c);
      }
    }
    // c. Set p1 to the string-concatenation of: p1, the code unit 0x0020 (SPACE), attribute, the code unit 0x003D
    //    (EQUALS SIGN), the code unit 0x0022 (QUOTATION MARK), escapedV, the code unit 0x0022 (QUOTATION MARK).
    p1 += u" " + std::u16string(attribute) + u"=\"" + escaped_v + u"\"";
  }
  // 5. Let p2 be the string-concatenation of p1 and ">".
  // 6. Let p3 be the string-concatenation of p2 and S.
  // 7. Let p4 be the string-concatenation of p3, "</", tag, and ">".
  // 8. Return p4.
  return MakeString(agent, p1 + u">" + std::u16string(CodeUnits(s)) + u"</" + std::u16string(tag) + u">");
}

// The Annex B HTML methods B.2.2.2-B.2.2.14: each is "Let S be the this value. Return ? CreateHTML(S, tag,
// attribute, value)."
struct HtmlMethod {
  const char16_t* name;
  const char16_t* tag;
  const char16_t* attribute;  // empty: the method takes no argument
};

constexpr HtmlMethod kHtmlMethods[] = {
    // B.2.2.2 String.prototype.anchor ( name )
    {u"anchor", u"a", u"name"},
    // B.2.2.3 String.prototype.big ( )
    {u"big", u"big", u""},
    // B.2.2.4 String.prototype.blink ( )
    {u"blink", u"blink", u""},
    // B.2.2.5 String.prototype.bold ( )
    {u"bold", u"b", u""},
    // B.2.2.6 String.prototype.fixed ( )
    {u"fixed", u"tt", u""},
    // B.2.2.7 String.prototype.fontcolor ( colour )
    {u"fontcolor", u"font", u"color"},
    // B.2.2.8 String.prototype.fontsize ( size )
    {u"fontsize", u"font", u"size"},
    // B.2.2.9 String.prototype.italics ( )
    {u"italics", u"i", u""},
    // B.2.2.10 String.prototype.link ( url )
    {u"link", u"a", u"href"},
    // B.2.2.11 String.prototype.small ( )
    {u"small", u"small", u""},
    // B.2.2.12 String.prototype.strike ( )
    {u"strike", u"strike", u""},
    // B.2.2.13 String.prototype.sub ( )
    {u"sub", u"sub", u""},
    // B.2.2.14 String.prototype.sup ( )
    {u"sup", u"sup", u""},
};

}  // namespace

ThrowCompletionOr<bool> IsRegExp(Agent& agent, Value argument) {
  // 1. If argument is not an Object, return false.
  if (!argument.IsObject()) return false;
  // 2. Let matcher be ? Get(argument, %Symbol.match%).
  Value matcher = TRY(interpreter::Get(agent, argument.AsObject(),
                                       PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kMatch))));
  // 3. If matcher is not undefined, return ToBoolean(matcher).
  if (!matcher.IsUndefined()) return interpreter::vm::ToBoolean(matcher);
  // 4. If argument has a [[RegExpMatcher]] internal slot, return true.
  if (dynamic_cast<RegExpObject*>(argument.AsObject()) != nullptr) return true;
  // 5. Return false.
  return false;
}

void CreateStringIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 22.1.3: %String.prototype% is a String exotic object whose [[StringData]] is the empty String and whose
  // [[Prototype]] is %Object.prototype%.
  heap::Handle<Object> prototype(agent.heap(), interpreter::StringCreate(agent, agent.InternedString(u""),
                                                                         realm->intrinsic(Intrinsic::kObjectPrototype)));
  realm->set_intrinsic(Intrinsic::kStringPrototype, prototype);
  // 22.1.2: %String% has a "length" property whose value is 1𝔽.
  heap::Handle<Object> string(agent.heap(), CreateBuiltinConstructor(agent, realm, Intrinsic::kString, u"String", 1,
                                                                     StringConstructor, prototype));
  DefineBuiltinMethod(agent, realm, string, u"fromCharCode", 1, StringFromCharCode);
  DefineBuiltinMethod(agent, realm, string, u"fromCodePoint", 1, StringFromCodePoint);
  DefineBuiltinMethod(agent, realm, string, u"raw", 1, StringRaw);

  DefineBuiltinMethod(agent, realm, prototype, u"at", 1, StringPrototypeAt);
  DefineBuiltinMethod(agent, realm, prototype, u"charAt", 1, StringPrototypeCharAt);
  DefineBuiltinMethod(agent, realm, prototype, u"charCodeAt", 1, StringPrototypeCharCodeAt);
  DefineBuiltinMethod(agent, realm, prototype, u"codePointAt", 1, StringPrototypeCodePointAt);
  DefineBuiltinMethod(agent, realm, prototype, u"concat", 1, StringPrototypeConcat);
  DefineBuiltinMethod(agent, realm, prototype, u"endsWith", 1, StringPrototypeEndsWith);
  DefineBuiltinMethod(agent, realm, prototype, u"includes", 1, StringPrototypeIncludes);
  DefineBuiltinMethod(agent, realm, prototype, u"indexOf", 1, StringPrototypeIndexOf);
  DefineBuiltinMethod(agent, realm, prototype, u"isWellFormed", 0, StringPrototypeIsWellFormed);
  DefineBuiltinMethod(agent, realm, prototype, u"lastIndexOf", 1, StringPrototypeLastIndexOf);
  DefineBuiltinMethod(agent, realm, prototype, u"localeCompare", 1, StringPrototypeLocaleCompare);
  DefineBuiltinMethod(agent, realm, prototype, u"normalize", 0, StringPrototypeNormalize);
  DefineBuiltinMethod(agent, realm, prototype, u"padEnd", 1, StringPrototypePadEnd);
  DefineBuiltinMethod(agent, realm, prototype, u"padStart", 1, StringPrototypePadStart);
  DefineBuiltinMethod(agent, realm, prototype, u"repeat", 1, StringPrototypeRepeat);
  DefineBuiltinMethod(agent, realm, prototype, u"replace", 2, StringPrototypeReplace);
  DefineBuiltinMethod(agent, realm, prototype, u"replaceAll", 2, StringPrototypeReplaceAll);
  DefineBuiltinMethod(agent, realm, prototype, u"slice", 2, StringPrototypeSlice);
  DefineBuiltinMethod(agent, realm, prototype, u"split", 2, StringPrototypeSplit);
  DefineBuiltinMethod(agent, realm, prototype, u"startsWith", 1, StringPrototypeStartsWith);
  DefineBuiltinMethod(agent, realm, prototype, u"substring", 2, StringPrototypeSubstring);
  DefineBuiltinMethod(agent, realm, prototype, u"toLocaleLowerCase", 0, StringPrototypeToLocaleLowerCase);
  DefineBuiltinMethod(agent, realm, prototype, u"toLocaleUpperCase", 0, StringPrototypeToLocaleUpperCase);
  DefineBuiltinMethod(agent, realm, prototype, u"toLowerCase", 0, StringPrototypeToLowerCase);
  DefineBuiltinMethod(agent, realm, prototype, u"toString", 0, StringPrototypeToString);
  DefineBuiltinMethod(agent, realm, prototype, u"toUpperCase", 0, StringPrototypeToUpperCase);
  DefineBuiltinMethod(agent, realm, prototype, u"toWellFormed", 0, StringPrototypeToWellFormed);
  DefineBuiltinMethod(agent, realm, prototype, u"trim", 0, StringPrototypeTrim);
  heap::Handle<Object> trim_end(agent.heap(),
                                DefineBuiltinMethod(agent, realm, prototype, u"trimEnd", 0, StringPrototypeTrimEnd));
  heap::Handle<Object> trim_start(
      agent.heap(), DefineBuiltinMethod(agent, realm, prototype, u"trimStart", 0, StringPrototypeTrimStart));
  DefineBuiltinMethod(agent, realm, prototype, u"valueOf", 0, StringPrototypeValueOf);
  DefineBuiltinMethod(agent, realm, prototype, WellKnownSymbol::kIterator, 0, StringPrototypeIterator);

  // B.2.2 Additional Properties of the String.prototype Object.
  DefineBuiltinMethod(agent, realm, prototype, u"substr", 2, StringPrototypeSubstr);
  for (const HtmlMethod& html : kHtmlMethods) {
    std::u16string_view tag = html.tag;
    std::u16string_view attribute = html.attribute;
    std::u16string_view name = html.name;
    DefineBuiltinMethod(agent, realm, prototype, html.name, attribute.empty() ? 0 : 1,
                        [tag, attribute, name](Agent& agent, Value this_value, std::span<const Value> arguments,
                                               Object*) {
                          // 1. Let S be the this value.
                          // 2. Return ? CreateHTML(S, tag, attribute, value).
                          return CreateHTML(agent, this_value, tag, attribute, Argument(arguments, 0), name);
                        });
  }
  // B.2.2.15 String.prototype.trimLeft ( ): "The initial value of the "trimLeft" property is
  // %String.prototype.trimStart%". B.2.2.16: "trimRight" is %String.prototype.trimEnd%.
  DefineBuiltinData(agent, prototype, u"trimLeft", Value::FromObject(trim_start));
  DefineBuiltinData(agent, prototype, u"trimRight", Value::FromObject(trim_end));

  // 27.1.3.1 %Iterator.prototype%: a minimal one (ordinary object, [[Prototype]] %Object.prototype%, with its
  // %Symbol.iterator% method) until the Iterator family creates it.
  if (realm->intrinsic(Intrinsic::kIteratorPrototype) == nullptr) {
    heap::Handle<Object> iterator_prototype(
        agent.heap(),
        interpreter::OrdinaryObjectCreate<Object>(agent, realm->intrinsic(Intrinsic::kObjectPrototype)));
    realm->set_intrinsic(Intrinsic::kIteratorPrototype, iterator_prototype);
    DefineBuiltinMethod(agent, realm, iterator_prototype, WellKnownSymbol::kIterator, 0, IteratorPrototypeIterator);
  }
  // 22.1.5.1 The %StringIteratorPrototype% Object: [[Prototype]] %Iterator.prototype%.
  heap::Handle<Object> string_iterator_prototype(
      agent.heap(),
      interpreter::OrdinaryObjectCreate<Object>(agent, realm->intrinsic(Intrinsic::kIteratorPrototype)));
  realm->set_intrinsic(Intrinsic::kStringIteratorPrototype, string_iterator_prototype);
  DefineBuiltinMethod(agent, realm, string_iterator_prototype, u"next", 0, StringIteratorPrototypeNext);
  // 22.1.5.1.2 %StringIteratorPrototype% [ %Symbol.toStringTag% ]: "String Iterator", { [[Writable]]: false,
  // [[Enumerable]]: false, [[Configurable]]: true }.
  DefineBuiltinData(agent, string_iterator_prototype,
                    PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag)),
                    agent.InternedString(u"String Iterator"), false, false, true);
}

}  // namespace async_runtime::builtins
