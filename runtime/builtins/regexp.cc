#include "runtime/builtins/regexp.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <variant>
#include <vector>

#include "runtime/builtins/algorithms/string_unicode.h"
#include "runtime/builtins/algorithms/whitespace.h"
#include "runtime/builtins/regexp_object.h"
#include "runtime/builtins/string.h"
#include "runtime/interpreter/array_object.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/iteration.h"
#include "runtime/interpreter/vm/operations.h"
#include "runtime/regexp/matcher.h"
#include "runtime/regexp/regexp_syntax.h"

namespace async_runtime::builtins {

namespace {

using interpreter::PropertyDescriptor;
using interpreter::RootedValue;
using interpreter::ThrowError;
using interpreter::ThrowTypeError;
using interpreter::vm::MakeString;
using interpreter::vm::ToString;

std::u16string_view CodeUnits(Value string) { return string.AsString()->code_units(); }

PropertyKey SymbolKey(Agent& agent, WellKnownSymbol symbol) {
  return PropertyKey::FromSymbol(agent.well_known_symbol(symbol));
}

RegExpObject* AsRegExp(Value value) {
  if (!value.IsObject()) return nullptr;
  return dynamic_cast<RegExpObject*>(value.AsObject());
}

bool Contains(std::u16string_view text, char16_t c) { return text.find(c) != std::u16string_view::npos; }

// 22.2.7.3 AdvanceStringIndex ( S, index, unicode )
// https://tc39.es/ecma262/#sec-advancestringindex
double AdvanceStringIndex(std::u16string_view s, double index, bool unicode) {
  // 1. Assert: index ≤ 2^53 - 1.
  // 2. If unicode is false, return index + 1.
  if (!unicode) return index + 1;
  // 3. Let length be the length of S.
  double length = static_cast<double>(s.size());
  // 4. If index + 1 ≥ length, return index + 1.
  if (index + 1 >= length) return index + 1;
  // 5. Let cp be CodePointAt(S, index).
  // 6. Return index + cp.[[CodeUnitCount]].
  size_t i = static_cast<size_t>(index);
  bool pair = s[i] >= 0xD800 && s[i] <= 0xDBFF && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF;
  return index + (pair ? 2 : 1);
}

// 22.2.3.2 RegExpAlloc ( newTarget )
// https://tc39.es/ecma262/#sec-regexpalloc
ThrowCompletionOr<Object*> RegExpAlloc(Agent& agent, Object* new_target) {
  // 1. Let obj be ? OrdinaryCreateFromConstructor(newTarget, "%RegExp.prototype%", « [[OriginalSource]],
  //    [[OriginalFlags]], [[RegExpRecord]], [[RegExpMatcher]] »).
  heap::Handle<Object> obj(agent.heap(),
                           TRY(OrdinaryCreateFromConstructor<RegExpObject>(agent, new_target, Intrinsic::kRegExpPrototype)));
  // 2. Perform ! DefinePropertyOrThrow(obj, "lastIndex", PropertyDescriptor { [[Writable]]: true,
  //    [[Enumerable]]: false, [[Configurable]]: false }).
  MUST(interpreter::DefinePropertyOrThrow(agent, obj, agent.Key(u"lastIndex"),
                                         PropertyDescriptor::Data(Value::Undefined(), true, false, false)));
  // 3. Return obj.
  return obj.get();
}

// 22.2.3.3 RegExpInitialize ( obj, pattern, flags )
// https://tc39.es/ecma262/#sec-regexpinitialize
ThrowCompletionOr<Object*> RegExpInitialize(Agent& agent, Object* obj_pointer, Value pattern_value, Value flags_value) {
  heap::Handle<Object> obj(agent.heap(), obj_pointer);
  RootedValue flags_argument(agent.heap(), flags_value);
  // 1. If pattern is undefined, let P be the empty String. 2. Else, let P be ? ToString(pattern).
  RootedValue p(agent.heap(), pattern_value.IsUndefined() ? agent.InternedString(u"")
                                                          : TRY(ToString(agent, pattern_value)));
  // 3. If flags is undefined, let F be the empty String. 4. Else, let F be ? ToString(flags).
  RootedValue f(agent.heap(), flags_argument->IsUndefined() ? agent.InternedString(u"")
                                                            : TRY(ToString(agent, flags_argument)));
  // 5. If F contains any code unit other than "d", "g", "i", "m", "s", "u", "v", or "y", or if F contains any code
  //    unit more than once, throw a SyntaxError exception.
  // 6.-13. The flags; if u and v are both present, throw a SyntaxError exception.
  std::optional<regexp::RegExpFlags> flags = regexp::ParseFlags(CodeUnits(f));
  if (!flags) return ThrowError(agent, interpreter::ErrorKind::kSyntaxError, u"Invalid regular expression flags");
  // 14.-15. Let patternText be P (as code points when u or v is present).
  // 16. Let parseResult be ParsePattern(patternText, u, v).
  // 17. If parseResult is a non-empty List of SyntaxError objects, throw a SyntaxError exception.
  auto parsed = regexp::ParsePattern(CodeUnits(p), *flags);
  if (auto* error = std::get_if<regexp::PatternSyntaxError>(&parsed)) {
    std::u16string message = u"Invalid regular expression: /";
    message += CodeUnits(p);
    message += u"/: ";
    std::string_view detail = error->message;
    constexpr std::string_view kPrefix = "Invalid regular expression: ";
    if (detail.substr(0, kPrefix.size()) == kPrefix) detail.remove_prefix(kPrefix.size());
    for (char c : detail) message.push_back(static_cast<char16_t>(static_cast<unsigned char>(c)));
    return ThrowError(agent, interpreter::ErrorKind::kSyntaxError, message);
  }
  auto compiled = regexp::CompilePattern(std::get<regexp::RegExpPattern>(parsed), *flags);
  if (auto* error = std::get_if<regexp::MatcherLimitError>(&compiled)) {
    std::u16string message(error->message.begin(), error->message.end());
    return interpreter::ThrowRangeError(agent, message);
  }
  // 18. Assert: parseResult is a Pattern Parse Node.
  // 19. Set obj.[[OriginalSource]] to P. 20. Set obj.[[OriginalFlags]] to F.
  // 21.-22. Set obj.[[RegExpRecord]] and obj.[[RegExpMatcher]] to CompilePattern of parseResult.
  static_cast<RegExpObject*>(obj.get())
      ->Initialize(p, f, std::make_shared<regexp::CompiledPattern>(std::get<regexp::CompiledPattern>(std::move(compiled))));
  // 23. Perform ? Set(obj, "lastIndex", +0𝔽, true).
  TRY(interpreter::Set(agent, obj, agent.Key(u"lastIndex"), Value::Int32(0), true));
  // 24. Return obj.
  return obj.get();
}

}  // namespace

ThrowCompletionOr<Object*> RegExpCreate(Agent& agent, Value pattern_value, Value flags_value) {
  RootedValue pattern(agent.heap(), pattern_value);
  RootedValue flags(agent.heap(), flags_value);
  // 1. Let obj be ! RegExpAlloc(%RegExp%).
  Object* obj = MUST(RegExpAlloc(agent, CurrentIntrinsic(agent, Intrinsic::kRegExp)));
  // 2. Return ? RegExpInitialize(obj, P, F).
  return RegExpInitialize(agent, obj, pattern, flags);
}

namespace {

// 22.2.6.13.1 EscapeRegExpPattern ( P, F )
// https://tc39.es/ecma262/#sec-escaperegexppattern
std::u16string EscapeRegExpPattern(std::u16string_view p) {
  // The result can be evaluated as a RegularExpressionLiteral: "/" outside a class is escaped, line terminators
  // are written as escapes, and the empty pattern is "(?:)".
  if (p.empty()) return u"(?:)";
  std::u16string result;
  bool in_class = false;
  for (size_t i = 0; i < p.size(); ++i) {
    char16_t c = p[i];
    if (c == u'\\') {
      result.push_back(c);
      if (i + 1 < p.size()) {
        char16_t next = p[++i];
        if (next == u'\n') result += u"n";
        else if (next == u'\r') result += u"r";
        else if (next == 0x2028) result += u"u2028";
        else if (next == 0x2029) result += u"u2029";
        else result.push_back(next);
      }
      continue;
    }
    if (c == u'[') in_class = true;
    else if (c == u']') in_class = false;
    if (c == u'/' && !in_class) result += u"\\/";
    else if (c == u'\n') result += u"\\n";
    else if (c == u'\r') result += u"\\r";
    else if (c == 0x2028) result += u"\\u2028";
    else if (c == 0x2029) result += u"\\u2029";
    else result.push_back(c);
  }
  return result;
}

// 22.2.7.8 MakeMatchIndicesIndexPairArray ( S, indices, groupNames, hasGroups )
// https://tc39.es/ecma262/#sec-makematchindicesindexpairarray
Object* MakeMatchIndicesIndexPairArray(Agent& agent, const regexp::MatchResult& match,
                                       const std::vector<std::u16string>& group_names,
                                       const std::vector<bool>& group_name_used, bool has_groups) {
  size_t n = match.captures.size() / 2;
  // 1.-4. Let A be ! ArrayCreate(n).
  heap::Handle<Object> a(agent.heap(), MUST(interpreter::ArrayCreate(agent, static_cast<double>(n))));
  // 5.-6. If hasGroups is true, let groups be OrdinaryObjectCreate(null); else undefined.
  RootedValue groups(agent.heap(), has_groups ? Value::FromObject(interpreter::OrdinaryObjectCreate(agent, nullptr))
                                              : Value::Undefined());
  // 7. Perform ! CreateDataPropertyOrThrow(A, "groups", groups).
  MUST(interpreter::CreateDataPropertyOrThrow(agent, a, agent.Key(u"groups"), groups));
  // 8. For each integer i such that 0 ≤ i < n, in ascending order, do
  for (size_t i = 0; i < n; ++i) {
    // a.-c. matchIndexPair: GetMatchIndexPair(S, matchIndices) or undefined.
    RootedValue pair(agent.heap(), Value::Undefined());
    if (match.defined(i)) {
      Value elements[] = {Value::Number(static_cast<double>(match.start(i))),
                          Value::Number(static_cast<double>(match.end(i)))};
      pair = Value::FromObject(interpreter::CreateArrayFromList(agent, elements));
    }
    // d. Perform ! CreateDataPropertyOrThrow(A, ! ToString(𝔽(i)), matchIndexPair).
    MUST(interpreter::CreateDataPropertyOrThrow(agent, a, PropertyKey::ArrayIndex(static_cast<uint32_t>(i)), pair));
    // e. If i > 0 and groupNames[i - 1] is not undefined, then
    if (i > 0 && has_groups && group_name_used[i]) {
      // i.-ii. Perform ! CreateDataPropertyOrThrow(groups, groupNames[i - 1], matchIndexPair).
      MUST(interpreter::CreateDataPropertyOrThrow(agent, groups->AsObject(),
                                                  agent.Key(group_names[i]), pair));
    }
  }
  // 9. Return A.
  return a.get();
}

// 22.2.7.2 RegExpBuiltinExec ( R, S )
// https://tc39.es/ecma262/#sec-regexpbuiltinexec
ThrowCompletionOr<Value> RegExpBuiltinExec(Agent& agent, Object* r_pointer, Value s_value) {
  heap::Handle<Object> r(agent.heap(), r_pointer);
  RootedValue s(agent.heap(), s_value);
  // 1. Let length be the length of S.
  double length = static_cast<double>(CodeUnits(s).size());
  // 2. Let lastIndex be ℝ(? ToLength(! Get(R, "lastIndex"))).
  RootedValue last_index_value(agent.heap(), MUST(interpreter::Get(agent, r, agent.Key(u"lastIndex"))));
  double last_index = TRY(interpreter::vm::ToLength(agent, last_index_value));
  auto* regexp_object = static_cast<RegExpObject*>(r.get());
  // 3. Let flags be R.[[OriginalFlags]].
  std::u16string_view flags = CodeUnits(regexp_object->original_flags());
  // 4.-6. global, sticky, hasIndices.
  bool global = Contains(flags, u'g');
  bool sticky = Contains(flags, u'y');
  bool has_indices = Contains(flags, u'd');
  // 7. If global is false and sticky is false, set lastIndex to 0.
  if (!global && !sticky) last_index = 0;
  // 8. Let matcher be R.[[RegExpMatcher]] (shared, so it outlives a recompilation during this call).
  std::shared_ptr<const regexp::CompiledPattern> keep;
  const regexp::CompiledPattern& matcher = regexp_object->matcher();
  // 9. If flags contains "u" or "v", let fullUnicode be true.
  bool full_unicode = Contains(flags, u'u') || Contains(flags, u'v');
  // 10.-13. Repeat, while matchSucceeded is false (the matcher's Search advances lastIndex with AdvanceStringIndex).
  // a. If lastIndex > length, then
  if (last_index > length) {
    // i. If global is true or sticky is true, Perform ? Set(R, "lastIndex", +0𝔽, true).
    if (global || sticky) TRY(interpreter::Set(agent, r, agent.Key(u"lastIndex"), Value::Int32(0), true));
    // ii. Return null.
    return Value::Null();
  }
  std::u16string_view string = CodeUnits(s);
  // b. Let inputIndex be the index into input of the character that was obtained from element lastIndex of S.
  size_t input_index = static_cast<size_t>(last_index);
  if (full_unicode && input_index > 0 && input_index < string.size() && string[input_index] >= 0xDC00 &&
      string[input_index] <= 0xDFFF && string[input_index - 1] >= 0xD800 && string[input_index - 1] <= 0xDBFF) {
    --input_index;
  }
  // c. Let r be matcher(input, inputIndex).
  regexp::MatchOutcome outcome = regexp::Search(matcher, string, input_index, sticky);
  if (outcome.status == regexp::MatchStatus::kLimitExceeded) {
    return interpreter::ThrowRangeError(agent, u"Maximum regular expression backtracking stack size exceeded");
  }
  // d. If r is failure, then
  if (outcome.status == regexp::MatchStatus::kFailed) {
    // i. If sticky is true, then (and, past the end, ii. / a.i.)
    if (global || sticky) TRY(interpreter::Set(agent, r, agent.Key(u"lastIndex"), Value::Int32(0), true));
    return Value::Null();
  }
  const regexp::MatchResult& match = outcome.result;
  if (static_cast<size_t>(match.start(0)) != input_index) last_index = static_cast<double>(match.start(0));
  // 14. Let e be r's endIndex value. 15. (Indices are code units already.)
  double e = static_cast<double>(match.end(0));
  // 16. If global is true or sticky is true, then
  if (global || sticky) {
    // a. Perform ? Set(R, "lastIndex", 𝔽(e), true).
    TRY(interpreter::Set(agent, r, agent.Key(u"lastIndex"), Value::Number(e), true));
  }
  string = CodeUnits(s);
  // 17. Let n be the number of elements in r's captures List.
  size_t n = matcher.capture_count;
  // 20. Let A be ! ArrayCreate(n + 1).
  heap::Handle<Object> a(agent.heap(), MUST(interpreter::ArrayCreate(agent, static_cast<double>(n + 1))));
  // 22. Perform ! CreateDataPropertyOrThrow(A, "index", 𝔽(lastIndex)).
  MUST(interpreter::CreateDataPropertyOrThrow(agent, a, agent.Key(u"index"), Value::Number(last_index)));
  // 23. Perform ! CreateDataPropertyOrThrow(A, "input", S).
  MUST(interpreter::CreateDataPropertyOrThrow(agent, a, agent.Key(u"input"), s));
  // 24.-28. Let matchedSubstr be GetMatchString(S, match); CreateDataPropertyOrThrow(A, "0", matchedSubstr).
  size_t match_start = static_cast<size_t>(last_index);
  size_t match_end = static_cast<size_t>(e);
  {
    RootedValue matched(agent.heap(),
                        MakeString(agent, std::u16string(string.substr(match_start, match_end - match_start))));
    MUST(interpreter::CreateDataPropertyOrThrow(agent, a, PropertyKey::ArrayIndex(0), matched));
  }
  // 29.-30. If R contains any GroupName, let groups be OrdinaryObjectCreate(null); else undefined.
  bool has_groups = false;
  for (const auto& name : matcher.group_names) has_groups = has_groups || !name.empty();
  RootedValue groups(agent.heap(), has_groups ? Value::FromObject(interpreter::OrdinaryObjectCreate(agent, nullptr))
                                              : Value::Undefined());
  // 31. Perform ! CreateDataPropertyOrThrow(A, "groups", groups).
  MUST(interpreter::CreateDataPropertyOrThrow(agent, a, agent.Key(u"groups"), groups));
  // 32. Let matchedGroupNames be a new empty List.
  std::vector<std::u16string> matched_group_names;
  std::vector<bool> group_name_used(n + 1, false);
  // 33. For each integer i such that 1 ≤ i ≤ n, in ascending order, do
  regexp::MatchResult indices = match;
  indices.captures[0] = static_cast<int64_t>(match_start);
  for (size_t i = 1; i <= n; ++i) {
    // a.-c. capturedValue: undefined or GetMatchString(S, captureI).
    RootedValue captured_value(agent.heap(), Value::Undefined());
    if (match.defined(i)) {
      captured_value = MakeString(agent, std::u16string(string.substr(static_cast<size_t>(match.start(i)),
                                                                      static_cast<size_t>(match.end(i) - match.start(i)))));
    }
    // d. Perform ! CreateDataPropertyOrThrow(A, ! ToString(𝔽(i)), capturedValue).
    MUST(interpreter::CreateDataPropertyOrThrow(agent, a, PropertyKey::ArrayIndex(static_cast<uint32_t>(i)),
                                                captured_value));
    // e. If the ith capture of R was defined with a GroupName, then
    if (i < matcher.group_names.size() && !matcher.group_names[i].empty()) {
      const std::u16string& group_name = matcher.group_names[i];
      // ii. If matchedGroupNames contains groupName, then append undefined to groupNames.
      if (std::find(matched_group_names.begin(), matched_group_names.end(), group_name) !=
          matched_group_names.end()) {
        continue;
      }
      // iii. 1. If capturedValue is not undefined, append groupName to matchedGroupNames.
      if (!captured_value->IsUndefined()) matched_group_names.push_back(group_name);
      // iii. 3. Perform ! CreateDataPropertyOrThrow(groups, groupName, capturedValue).
      MUST(interpreter::CreateDataPropertyOrThrow(agent, groups->AsObject(), agent.Key(group_name), captured_value));
      // iii. 4. Append groupName to groupNames.
      group_name_used[i] = true;
    }
  }
  // 34. If hasIndices is true, then
  if (has_indices) {
    // a. Let indicesArray be MakeMatchIndicesIndexPairArray(S, indices, groupNames, hasGroups).
    RootedValue indices_array(agent.heap(), Value::FromObject(MakeMatchIndicesIndexPairArray(
                                                agent, indices, matcher.group_names, group_name_used, has_groups)));
    // b. Perform ! CreateDataPropertyOrThrow(A, "indices", indicesArray).
    MUST(interpreter::CreateDataPropertyOrThrow(agent, a, agent.Key(u"indices"), indices_array));
  }
  // 35. Return A.
  return Value::FromObject(a.get());
}

// 22.2.7.1 RegExpExec ( R, S )
// https://tc39.es/ecma262/#sec-regexpexec
ThrowCompletionOr<Value> RegExpExec(Agent& agent, Object* r_pointer, Value s_value) {
  heap::Handle<Object> r(agent.heap(), r_pointer);
  RootedValue s(agent.heap(), s_value);
  // 1. Let exec be ? Get(R, "exec").
  RootedValue exec(agent.heap(), TRY(interpreter::Get(agent, r, agent.Key(u"exec"))));
  // 2. If IsCallable(exec) is true, then
  if (interpreter::IsCallable(exec)) {
    // a. Let result be ? Call(exec, R, « S »).
    Value call_arguments[] = {s.get()};
    Value result = TRY(interpreter::Call(agent, exec, Value::FromObject(r.get()), call_arguments));
    // b. If result is not an Object and result is not null, throw a TypeError exception.
    if (!result.IsObject() && !result.IsNull()) return ThrowTypeError(agent, u"exec result must be an object or null");
    // c. Return result.
    return result;
  }
  // 3. Perform ? RequireInternalSlot(R, [[RegExpMatcher]]).
  RegExpObject* regexp_object = AsRegExp(Value::FromObject(r.get()));
  if (regexp_object == nullptr || !regexp_object->initialized()) {
    return ThrowTypeError(agent, u"RegExp method called on an incompatible receiver");
  }
  // 4. Return ? RegExpBuiltinExec(R, S).
  return RegExpBuiltinExec(agent, r, s);
}

// 22.1.3.19.1 GetSubstitution ( matched, str, position, captures, namedCaptures, replacementTemplate )
// https://tc39.es/ecma262/#sec-getsubstitution
ThrowCompletionOr<std::u16string> GetSubstitution(Agent& agent, std::u16string_view matched, Value str_value,
                                                  size_t position, const std::vector<RootedValue>& captures,
                                                  Value named_captures_value, Value template_value) {
  RootedValue str(agent.heap(), str_value);
  RootedValue named_captures(agent.heap(), named_captures_value);
  RootedValue replacement_template(agent.heap(), template_value);
  std::u16string matched_copy(matched);
  // 1. Let stringLength be the length of str.
  size_t string_length = CodeUnits(str).size();
  // 2. Assert: position ≤ stringLength.
  // 3. Let result be the empty String.
  std::u16string result;
  // 4. Let templateRemainder be replacementTemplate.
  std::u16string remainder(CodeUnits(replacement_template));
  auto is_digit = [](char16_t c) { return c >= u'0' && c <= u'9'; };
  size_t at = 0;
  // 5. Repeat, while templateRemainder is not the empty String,
  while (at < remainder.size()) {
    std::u16string_view rest = std::u16string_view(remainder).substr(at);
    size_t ref_length = 1;
    std::u16string ref_replacement;
    if (rest.size() >= 2 && rest[0] == u'$' && rest[1] == u'$') {
      // a. "$$": refReplacement is "$".
      ref_length = 2;
      ref_replacement = u"$";
    } else if (rest.size() >= 2 && rest[0] == u'$' && rest[1] == u'`') {
      // b. "$`": the substring of str from 0 to position.
      ref_length = 2;
      ref_replacement = CodeUnits(str).substr(0, position);
    } else if (rest.size() >= 2 && rest[0] == u'$' && rest[1] == u'&') {
      // c. "$&": matched.
      ref_length = 2;
      ref_replacement = matched_copy;
    } else if (rest.size() >= 2 && rest[0] == u'$' && rest[1] == u'\'') {
      // d. "$'": the substring of str from min(position + matchLength, stringLength).
      ref_length = 2;
      size_t tail_pos = std::min(position + matched_copy.size(), string_length);
      ref_replacement = CodeUnits(str).substr(tail_pos);
    } else if (rest.size() >= 2 && rest[0] == u'$' && is_digit(rest[1])) {
      // e. "$" followed by one or more decimal digits.
      // i. If there are two or more digits, let digitCount be 2; otherwise 1.
      size_t digit_count = rest.size() >= 3 && is_digit(rest[2]) ? 2 : 1;
      // ii.-iii. index is the MV of digits.
      size_t index = digit_count == 2 ? (rest[1] - u'0') * 10 + (rest[2] - u'0') : rest[1] - u'0';
      // v. Let captureLen be the number of elements in captures.
      size_t capture_len = captures.size();
      // vi. If index > captureLen and digitCount = 2, reinterpret as one digit followed by a literal digit.
      if (index > capture_len && digit_count == 2) {
        digit_count = 1;
        index = rest[1] - u'0';
      }
      // vii. Let ref be the substring of templateRemainder from 0 to 1 + digitCount.
      ref_length = 1 + digit_count;
      // viii. If 1 ≤ index ≤ captureLen, the capture (undefined: the empty String).
      if (index >= 1 && index <= capture_len) {
        const RootedValue& capture = captures[index - 1];
        if (!capture->IsUndefined()) ref_replacement = CodeUnits(capture.get());
      } else {
        // ix. Else, let refReplacement be ref.
        ref_replacement = rest.substr(0, ref_length);
      }
    } else if (rest.size() >= 2 && rest[0] == u'$' && rest[1] == u'<') {
      // f. "$<": i. Let gtPos be StringIndexOf(templateRemainder, ">", 0).
      size_t gt_pos = rest.find(u'>');
      // ii. If gtPos is not-found or namedCaptures is undefined, then ref is "$<" and refReplacement is ref.
      if (gt_pos == std::u16string_view::npos || named_captures->IsUndefined()) {
        ref_length = 2;
        ref_replacement = u"$<";
      } else {
        // iii. 1.-2. ref and groupName.
        ref_length = gt_pos + 1;
        std::u16string group_name(rest.substr(2, gt_pos - 2));
        // 4. Let capture be ? Get(namedCaptures, groupName).
        Value capture = TRY(interpreter::Get(agent, named_captures->AsObject(), agent.Key(group_name)));
        // 5.-6. If capture is undefined, the empty String; else ? ToString(capture).
        if (!capture.IsUndefined()) ref_replacement = CodeUnits(TRY(ToString(agent, capture)));
      }
    } else {
      // g. Else, let ref be the substring of templateRemainder from 0 to 1; refReplacement is ref.
      ref_replacement = rest.substr(0, 1);
    }
    // h.-j. Append refReplacement; drop ref from templateRemainder.
    result += ref_replacement;
    at += ref_length;
  }
  // 6. Return result.
  return result;
}

ThrowCompletionOr<Object*> ThisObject(Agent& agent, Value this_value, std::u16string_view method) {
  if (!this_value.IsObject()) {
    std::u16string message(method);
    message += u" called on a non-object";
    return ThrowTypeError(agent, message);
  }
  return this_value.AsObject();
}

// 22.2.4.1 RegExp ( pattern, flags )
// https://tc39.es/ecma262/#sec-regexp-pattern-flags
ThrowCompletionOr<Value> RegExpConstructor(Agent& agent, Value, std::span<const Value> arguments,
                                           Object* new_target_argument) {
  RootedValue pattern(agent.heap(), Argument(arguments, 0));
  RootedValue flags(agent.heap(), Argument(arguments, 1));
  // 1. Let patternIsRegExp be ? IsRegExp(pattern).
  bool pattern_is_regexp = TRY(IsRegExp(agent, pattern));
  heap::Handle<Object> new_target(agent.heap(), new_target_argument);
  // 2. If NewTarget is undefined, then
  if (new_target_argument == nullptr) {
    // a. Let newTarget be the active function object.
    new_target = CurrentIntrinsic(agent, Intrinsic::kRegExp);
    // b. If patternIsRegExp is true and flags is undefined, then
    if (pattern_is_regexp && flags->IsUndefined()) {
      // i. Let patternConstructor be ? Get(pattern, "constructor").
      Value pattern_constructor = TRY(interpreter::Get(agent, pattern->AsObject(), agent.Key(u"constructor")));
      // ii. If SameValue(newTarget, patternConstructor) is true, return pattern.
      if (interpreter::SameValue(Value::FromObject(new_target.get()), pattern_constructor)) return pattern.get();
    }
  }
  // 3. Else, let newTarget be NewTarget.
  RootedValue p(agent.heap(), Value::Undefined());
  RootedValue f(agent.heap(), Value::Undefined());
  // 4. If pattern is an Object and pattern has a [[RegExpMatcher]] internal slot, then
  if (RegExpObject* source = AsRegExp(pattern); source != nullptr && source->initialized()) {
    // a. Let P be pattern.[[OriginalSource]].
    p = source->original_source();
    // b. If flags is undefined, let F be pattern.[[OriginalFlags]]. c. Else, let F be flags.
    f = flags->IsUndefined() ? source->original_flags() : flags.get();
  } else if (pattern_is_regexp) {
    // 5. Else if patternIsRegExp is true, then
    // a. Let P be ? Get(pattern, "source").
    p = TRY(interpreter::Get(agent, pattern->AsObject(), agent.Key(u"source")));
    // b. If flags is undefined, let F be ? Get(pattern, "flags"). c. Else, let F be flags.
    if (flags->IsUndefined()) {
      f = TRY(interpreter::Get(agent, pattern->AsObject(), agent.Key(u"flags")));
    } else {
      f = flags.get();
    }
  } else {
    // 6. Else, let P be pattern and F be flags.
    p = pattern.get();
    f = flags.get();
  }
  // 7. Let O be ? RegExpAlloc(newTarget).
  Object* o = TRY(RegExpAlloc(agent, new_target));
  // 8. Return ? RegExpInitialize(O, P, F).
  return Value::FromObject(TRY(RegExpInitialize(agent, o, p, f)));
}

// 22.2.5.1.1 EncodeForRegExpEscape ( codePoint )
// https://tc39.es/ecma262/#sec-encodeforregexpescape
void EncodeForRegExpEscape(char32_t code_point, std::u16string& escaped) {
  static constexpr char16_t kLowerHexDigits[] = u"0123456789abcdef";
  auto append_code_point = [&](char32_t value) {  // UTF16EncodeCodePoint
    if (value <= 0xFFFF) {
      escaped.push_back(static_cast<char16_t>(value));
    } else {
      escaped.push_back(static_cast<char16_t>(0xD800 + ((value - 0x10000) >> 10)));
      escaped.push_back(static_cast<char16_t>(0xDC00 + ((value - 0x10000) & 0x3FF)));
    }
  };
  // 1. If codePoint is matched by SyntaxCharacter or codePoint is U+002F (SOLIDUS), then
  //    a. Return the string-concatenation of 0x005C (REVERSE SOLIDUS) and UTF16EncodeCodePoint(codePoint).
  if (code_point < 0x80 && std::u16string_view(u"^$\\.*+?()[]{}|/").find(static_cast<char16_t>(code_point)) !=
                               std::u16string_view::npos) {
    escaped.push_back(u'\\');
    append_code_point(code_point);
    return;
  }
  // 2. If codePoint is a code point listed in the "Code Point" column of Table 67 (ControlEscape), then
  //    a. Return the string-concatenation of 0x005C (REVERSE SOLIDUS) and the ControlEscape letter.
  static constexpr std::pair<char32_t, char16_t> kControlEscapes[] = {
      {0x0009, u't'}, {0x000A, u'n'}, {0x000B, u'v'}, {0x000C, u'f'}, {0x000D, u'r'}};
  for (const auto& [control, letter] : kControlEscapes) {
    if (code_point == control) {
      escaped.push_back(u'\\');
      escaped.push_back(letter);
      return;
    }
  }
  // 3. Let otherPunctuators be the string-concatenation of ",-=<>#&!%:;@~'`" and the code unit 0x0022.
  // 4. Let toEscape be StringToCodePoints(otherPunctuators).
  constexpr std::u16string_view kOtherPunctuators = u",-=<>#&!%:;@~'`\"";
  bool is_other_punctuator =
      code_point < 0x80 && kOtherPunctuators.find(static_cast<char16_t>(code_point)) != std::u16string_view::npos;
  // (Every WhiteSpace and LineTerminator code point is in the BMP.)
  bool is_white_space_or_line_terminator =
      code_point <= 0xFFFF && IsWhiteSpaceOrLineTerminator(static_cast<char16_t>(code_point));
  bool is_surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
  // 5. If toEscape contains codePoint, codePoint is matched by either WhiteSpace or LineTerminator, or
  //    codePoint has the same numeric value as a leading surrogate or trailing surrogate, then
  if (is_other_punctuator || is_white_space_or_line_terminator || is_surrogate) {
    // a. Let codePointNumber be the numeric value of codePoint.
    // b. If codePointNumber ≤ 0xFF, then
    if (code_point <= 0xFF) {
      // i. Let hex be Number::toString(𝔽(codePointNumber), 16).
      // ii. Return the string-concatenation of 0x005C (REVERSE SOLIDUS), "x", and StringPad(hex, 2, "0", start).
      escaped.append(u"\\x");
      escaped.push_back(kLowerHexDigits[code_point >> 4]);
      escaped.push_back(kLowerHexDigits[code_point & 0xF]);
      return;
    }
    // c. Let escaped be the empty String. d. Let codeUnits be UTF16EncodeCodePoint(codePoint).
    // e. For each code unit codeUnit of codeUnits, set escaped to escaped + UnicodeEscape(codeUnit).
    //    (A BMP code point here: white space or a lone surrogate, so one code unit.)
    // 25.5.4.4 UnicodeEscape ( C ): "\u" and the four-digit lowercase hexadecimal of C.
    escaped.append(u"\\u");
    for (int shift = 12; shift >= 0; shift -= 4) escaped.push_back(kLowerHexDigits[(code_point >> shift) & 0xF]);
    // f. Return escaped.
    return;
  }
  // 6. Return UTF16EncodeCodePoint(codePoint).
  append_code_point(code_point);
}

// 22.2.5.1 RegExp.escape ( string )
// https://tc39.es/ecma262/#sec-regexp.escape
ThrowCompletionOr<Value> RegExpEscape(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value string = arguments.empty() ? Value::Undefined() : arguments[0];
  // 1. If string is not a String, throw a TypeError exception.
  if (!string.IsString()) return ThrowTypeError(agent, u"RegExp.escape: the argument is not a String");
  std::u16string_view code_units = CodeUnits(string);
  // 2. Let escaped be the empty String.
  std::u16string escaped;
  // 3. Let codePointList be StringToCodePoints(string).
  // 4. For each code point codePoint of codePointList, do
  for (size_t position = 0; position < code_units.size();) {
    CodePointRecord record = CodePointAt(code_units, position);
    position += record.code_unit_count;
    char32_t code_point = record.code_point;
    // a. If escaped is the empty String and codePoint is matched by either DecimalDigit or AsciiLetter, then
    bool is_decimal_digit = code_point >= U'0' && code_point <= U'9';
    bool is_ascii_letter = (code_point >= U'a' && code_point <= U'z') || (code_point >= U'A' && code_point <= U'Z');
    if (escaped.empty() && (is_decimal_digit || is_ascii_letter)) {
      // i. NOTE: a leading digit or letter is escaped so the output may follow \0, a DecimalEscape or \c.
      // ii. Let numericValue be the numeric value of codePoint.
      // iii. Let hex be Number::toString(𝔽(numericValue), 16). iv. Assert: The length of hex is 2.
      // v. Set escaped to the string-concatenation of 0x005C (REVERSE SOLIDUS), "x", and hex.
      static constexpr char16_t kLowerHexDigits[] = u"0123456789abcdef";
      escaped.append(u"\\x");
      escaped.push_back(kLowerHexDigits[code_point >> 4]);
      escaped.push_back(kLowerHexDigits[code_point & 0xF]);
    } else {
      // b. Else, i. Set escaped to the string-concatenation of escaped and EncodeForRegExpEscape(codePoint).
      EncodeForRegExpEscape(code_point, escaped);
    }
  }
  // 5. Return escaped.
  return MakeString(agent, std::move(escaped));
}

// 22.2.5.3 get RegExp [ %Symbol.species% ]
// https://tc39.es/ecma262/#sec-get-regexp-%symbol.species%
ThrowCompletionOr<Value> GetRegExpSpecies(Agent&, Value this_value, std::span<const Value>, Object*) {
  // 1. Return the this value.
  return this_value;
}

// B.2.4.1 RegExp.prototype.compile ( pattern, flags )
// https://tc39.es/ecma262/#sec-regexp.prototype.compile
ThrowCompletionOr<Value> RegExpPrototypeCompile(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                Object*) {
  // 1. Let obj be the this value.
  // 2. Perform ? RequireInternalSlot(obj, [[RegExpMatcher]]).
  RegExpObject* obj_regexp = AsRegExp(this_value);
  if (obj_regexp == nullptr) return ThrowTypeError(agent, u"RegExp.prototype.compile requires a RegExp");
  heap::Handle<Object> obj(agent.heap(), obj_regexp);
  RootedValue pattern(agent.heap(), Argument(arguments, 0));
  RootedValue flags(agent.heap(), Argument(arguments, 1));
  // 3. If pattern is an Object and pattern has a [[RegExpMatcher]] internal slot, then
  if (RegExpObject* source = AsRegExp(pattern); source != nullptr && source->initialized()) {
    // a. If flags is not undefined, throw a TypeError exception.
    if (!flags->IsUndefined()) {
      return ThrowTypeError(agent, u"RegExp.prototype.compile: flags must be undefined when the pattern is a RegExp");
    }
    // b. Set flags to pattern.[[OriginalFlags]].
    flags = source->original_flags();
    // c. Set pattern to pattern.[[OriginalSource]].
    pattern = source->original_source();
  }
  // 4. Return ? RegExpInitialize(obj, pattern, flags).
  return Value::FromObject(TRY(RegExpInitialize(agent, obj.get(), pattern.get(), flags.get())));
}

// 22.2.6.2 RegExp.prototype.exec ( string )
// https://tc39.es/ecma262/#sec-regexp.prototype.exec
ThrowCompletionOr<Value> RegExpPrototypeExec(Agent& agent, Value this_value, std::span<const Value> arguments,
                                             Object*) {
  // 1. Let R be the this value.
  // 2. Perform ? RequireInternalSlot(R, [[RegExpMatcher]]).
  RegExpObject* r = AsRegExp(this_value);
  if (r == nullptr || !r->initialized()) return ThrowTypeError(agent, u"RegExp.prototype.exec requires a RegExp");
  heap::Handle<Object> rooted(agent.heap(), r);
  // 3. Let S be ? ToString(string).
  Value s = TRY(ToString(agent, Argument(arguments, 0)));
  // 4. Return ? RegExpBuiltinExec(R, S).
  return RegExpBuiltinExec(agent, rooted, s);
}

// 22.2.6.4.1 RegExpHasFlag ( R, codeUnit )
// https://tc39.es/ecma262/#sec-regexphasflag
ThrowCompletionOr<Value> RegExpHasFlag(Agent& agent, Value r, char16_t code_unit) {
  // 1. If R is not an Object, throw a TypeError exception.
  if (!r.IsObject()) return ThrowTypeError(agent, u"RegExp flag getter called on a non-object");
  // 2. If R does not have an [[OriginalFlags]] internal slot, then
  RegExpObject* regexp_object = AsRegExp(r);
  if (regexp_object == nullptr || !regexp_object->initialized()) {
    // a. If SameValue(R, %RegExp.prototype%) is true, return undefined.
    if (r.AsObject() == CurrentIntrinsic(agent, Intrinsic::kRegExpPrototype)) return Value::Undefined();
    // b. Otherwise, throw a TypeError exception.
    return ThrowTypeError(agent, u"RegExp flag getter called on an incompatible receiver");
  }
  // 3. Let flags be R.[[OriginalFlags]].
  // 4. If flags contains codeUnit, return true. 5. Return false.
  return Value::Boolean(Contains(CodeUnits(regexp_object->original_flags()), code_unit));
}

template <char16_t kCodeUnit>
ThrowCompletionOr<Value> RegExpFlagGetter(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let R be the this value. 2. Let cu be the code unit. 3. Return ? RegExpHasFlag(R, cu).
  return RegExpHasFlag(agent, this_value, kCodeUnit);
}

// 22.2.6.4 get RegExp.prototype.flags
// https://tc39.es/ecma262/#sec-get-regexp.prototype.flags
ThrowCompletionOr<Value> GetRegExpPrototypeFlags(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let R be the this value.
  // 2. If R is not an Object, throw a TypeError exception.
  heap::Handle<Object> r(agent.heap(), TRY(ThisObject(agent, this_value, u"get RegExp.prototype.flags")));
  // 3. Let codeUnits be a new empty List.
  std::u16string code_units;
  // 4.-19. For each of hasIndices (d), global (g), ignoreCase (i), multiline (m), dotAll (s), unicode (u),
  //        unicodeSets (v), sticky (y): if ToBoolean(? Get(R, name)) is true, append the code unit.
  static constexpr std::pair<std::u16string_view, char16_t> kFlags[] = {
      {u"hasIndices", u'd'}, {u"global", u'g'},  {u"ignoreCase", u'i'},  {u"multiline", u'm'},
      {u"dotAll", u's'},     {u"unicode", u'u'}, {u"unicodeSets", u'v'}, {u"sticky", u'y'},
  };
  for (const auto& [name, code_unit] : kFlags) {
    Value value = TRY(interpreter::Get(agent, r, agent.Key(name)));
    if (interpreter::vm::ToBoolean(value)) code_units.push_back(code_unit);
  }
  // 20. Return the String value whose code units are the elements of the List codeUnits.
  return MakeString(agent, std::move(code_units));
}

// 22.2.6.13 get RegExp.prototype.source
// https://tc39.es/ecma262/#sec-get-regexp.prototype.source
ThrowCompletionOr<Value> GetRegExpPrototypeSource(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let R be the this value.
  // 2. If R is not an Object, throw a TypeError exception.
  if (!this_value.IsObject()) return ThrowTypeError(agent, u"get RegExp.prototype.source called on a non-object");
  // 3. If R does not have an [[OriginalSource]] internal slot, then
  RegExpObject* r = AsRegExp(this_value);
  if (r == nullptr || !r->initialized()) {
    // a. If SameValue(R, %RegExp.prototype%) is true, return "(?:)".
    if (this_value.AsObject() == CurrentIntrinsic(agent, Intrinsic::kRegExpPrototype)) {
      return agent.InternedString(u"(?:)");
    }
    // b. Otherwise, throw a TypeError exception.
    return ThrowTypeError(agent, u"get RegExp.prototype.source called on an incompatible receiver");
  }
  // 4. Assert: R has an [[OriginalFlags]] internal slot.
  // 5.-6. Let src be R.[[OriginalSource]]; let flags be R.[[OriginalFlags]].
  // 7. Return EscapeRegExpPattern(src, flags).
  return MakeString(agent, EscapeRegExpPattern(CodeUnits(r->original_source())));
}

// 22.2.6.16 RegExp.prototype.test ( S )
// https://tc39.es/ecma262/#sec-regexp.prototype.test
ThrowCompletionOr<Value> RegExpPrototypeTest(Agent& agent, Value this_value, std::span<const Value> arguments,
                                             Object*) {
  // 1. Let R be the this value.
  // 2. If R is not an Object, throw a TypeError exception.
  heap::Handle<Object> r(agent.heap(), TRY(ThisObject(agent, this_value, u"RegExp.prototype.test")));
  // 3. Let string be ? ToString(S).
  Value string = TRY(ToString(agent, Argument(arguments, 0)));
  // 4. Let match be ? RegExpExec(R, string).
  Value match = TRY(RegExpExec(agent, r, string));
  // 5. If match is not null, return true; else return false.
  return Value::Boolean(!match.IsNull());
}

// 22.2.6.17 RegExp.prototype.toString ( )
// https://tc39.es/ecma262/#sec-regexp.prototype.tostring
ThrowCompletionOr<Value> RegExpPrototypeToString(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let R be the this value.
  // 2. If R is not an Object, throw a TypeError exception.
  heap::Handle<Object> r(agent.heap(), TRY(ThisObject(agent, this_value, u"RegExp.prototype.toString")));
  // 3. Let pattern be ? ToString(? Get(R, "source")).
  Value source = TRY(interpreter::Get(agent, r, agent.Key(u"source")));
  RootedValue pattern(agent.heap(), TRY(ToString(agent, source)));
  // 4. Let flags be ? ToString(? Get(R, "flags")).
  Value flags_value = TRY(interpreter::Get(agent, r, agent.Key(u"flags")));
  Value flags = TRY(ToString(agent, flags_value));
  // 5. Let result be the string-concatenation of "/", pattern, "/", and flags.
  std::u16string result = u"/";
  result += CodeUnits(pattern);
  result += u"/";
  result += CodeUnits(flags);
  // 6. Return result.
  return MakeString(agent, std::move(result));
}

// Reads "flags" as the @@-methods do: ? ToString(? Get(rx, "flags")).
ThrowCompletionOr<std::u16string> GetFlagsString(Agent& agent, Object* rx) {
  Value flags_value = TRY(interpreter::Get(agent, rx, agent.Key(u"flags")));
  Value flags = TRY(ToString(agent, flags_value));
  return std::u16string(CodeUnits(flags));
}

// Sets lastIndex to AdvanceStringIndex(S, ToLength(lastIndex), fullUnicode) after an empty match.
ThrowCompletionOr<void> AdvanceLastIndexAfterEmptyMatch(Agent& agent, Object* rx, Value s, bool full_unicode) {
  heap::Handle<Object> rooted(agent.heap(), rx);
  RootedValue string(agent.heap(), s);
  Value last_index_value = TRY(interpreter::Get(agent, rooted, agent.Key(u"lastIndex")));
  double this_index = TRY(interpreter::vm::ToLength(agent, last_index_value));
  double next_index = AdvanceStringIndex(CodeUnits(string), this_index, full_unicode);
  TRY(interpreter::Set(agent, rooted, agent.Key(u"lastIndex"), Value::Number(next_index), true));
  return {};
}

// 22.2.6.8 RegExp.prototype [ %Symbol.match% ] ( string )
// https://tc39.es/ecma262/#sec-regexp.prototype-%symbol.match%
ThrowCompletionOr<Value> RegExpPrototypeMatch(Agent& agent, Value this_value, std::span<const Value> arguments,
                                              Object*) {
  // 1. Let rx be the this value.
  // 2. If rx is not an Object, throw a TypeError exception.
  heap::Handle<Object> rx(agent.heap(), TRY(ThisObject(agent, this_value, u"RegExp.prototype[Symbol.match]")));
  // 3. Let S be ? ToString(string).
  RootedValue s(agent.heap(), TRY(ToString(agent, Argument(arguments, 0))));
  // 4. Let flags be ? ToString(? Get(rx, "flags")).
  std::u16string flags = TRY(GetFlagsString(agent, rx));
  // 5. If flags does not contain "g", then return ? RegExpExec(rx, S).
  if (!Contains(flags, u'g')) return RegExpExec(agent, rx, s);
  // 6. Else,
  // a. If flags contains "u" or "v", let fullUnicode be true. Otherwise, let fullUnicode be false.
  bool full_unicode = Contains(flags, u'u') || Contains(flags, u'v');
  // b. Perform ? Set(rx, "lastIndex", +0𝔽, true).
  TRY(interpreter::Set(agent, rx, agent.Key(u"lastIndex"), Value::Int32(0), true));
  // c. Let A be ! ArrayCreate(0).
  heap::Handle<Object> a(agent.heap(), MUST(interpreter::ArrayCreate(agent, 0)));
  // d. Let n be 0.
  uint32_t n = 0;
  // e. Repeat,
  for (;;) {
    // i. Let result be ? RegExpExec(rx, S).
    RootedValue result(agent.heap(), TRY(RegExpExec(agent, rx, s)));
    // ii. If result is null, then
    if (result->IsNull()) {
      // 1. If n = 0, return null. 2. Return A.
      if (n == 0) return Value::Null();
      return Value::FromObject(a.get());
    }
    // iii. 1. Let matchStr be ? ToString(? Get(result, "0")).
    Value first = TRY(interpreter::Get(agent, result->AsObject(), PropertyKey::ArrayIndex(0)));
    RootedValue match_str(agent.heap(), TRY(ToString(agent, first)));
    // 2. Perform ! CreateDataPropertyOrThrow(A, ! ToString(𝔽(n)), matchStr).
    MUST(interpreter::CreateDataPropertyOrThrow(agent, a, PropertyKey::ArrayIndex(n), match_str));
    // 3. If matchStr is the empty String, then set lastIndex to AdvanceStringIndex(S, thisIndex, fullUnicode).
    if (CodeUnits(match_str).empty()) TRY(AdvanceLastIndexAfterEmptyMatch(agent, rx, s, full_unicode));
    // 4. Set n to n + 1.
    ++n;
  }
}

// 22.2.6.11 RegExp.prototype [ %Symbol.replace% ] ( string, replaceValue )
// https://tc39.es/ecma262/#sec-regexp.prototype-%symbol.replace%
ThrowCompletionOr<Value> RegExpPrototypeReplace(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                Object*) {
  RootedValue replace_value(agent.heap(), Argument(arguments, 1));
  // 1. Let rx be the this value.
  // 2. If rx is not an Object, throw a TypeError exception.
  heap::Handle<Object> rx(agent.heap(), TRY(ThisObject(agent, this_value, u"RegExp.prototype[Symbol.replace]")));
  // 3. Let S be ? ToString(string).
  RootedValue s(agent.heap(), TRY(ToString(agent, Argument(arguments, 0))));
  // 4. Let lengthS be the length of S.
  size_t length_s = CodeUnits(s).size();
  // 5. Let functionalReplace be IsCallable(replaceValue).
  bool functional_replace = interpreter::IsCallable(replace_value);
  // 6. If functionalReplace is false, then set replaceValue to ? ToString(replaceValue).
  if (!functional_replace) replace_value = TRY(ToString(agent, replace_value));
  // 7. Let flags be ? ToString(? Get(rx, "flags")).
  std::u16string flags = TRY(GetFlagsString(agent, rx));
  // 8. If flags contains "g", let global be true. Otherwise, let global be false.
  bool global = Contains(flags, u'g');
  bool full_unicode = false;
  // 9. If global is true, then
  if (global) {
    // a. If flags contains "u" or "v", let fullUnicode be true.
    full_unicode = Contains(flags, u'u') || Contains(flags, u'v');
    // b. Perform ? Set(rx, "lastIndex", +0𝔽, true).
    TRY(interpreter::Set(agent, rx, agent.Key(u"lastIndex"), Value::Int32(0), true));
  }
  // 10. Let results be a new empty List.
  std::vector<RootedValue> results;
  // 11.-12. Let done be false; repeat, while done is false,
  for (;;) {
    // a. Let result be ? RegExpExec(rx, S).
    RootedValue result(agent.heap(), TRY(RegExpExec(agent, rx, s)));
    // b. If result is null, set done to true.
    if (result->IsNull()) break;
    // c. Else, i. Append result to results.
    results.emplace_back(agent.heap(), result.get());
    // ii. If global is false, set done to true.
    if (!global) break;
    // iii. Else, 1. Let matchStr be ? ToString(? Get(result, "0")).
    Value first = TRY(interpreter::Get(agent, result->AsObject(), PropertyKey::ArrayIndex(0)));
    Value match_str = TRY(ToString(agent, first));
    // 2. If matchStr is the empty String, advance lastIndex.
    if (CodeUnits(match_str).empty()) TRY(AdvanceLastIndexAfterEmptyMatch(agent, rx, s, full_unicode));
  }
  // 13. Let accumulatedResult be the empty String.
  std::u16string accumulated_result;
  // 14. Let nextSourcePosition be 0.
  size_t next_source_position = 0;
  // 15. For each element result of results, do
  for (const RootedValue& result_value : results) {
    heap::Handle<Object> result(agent.heap(), result_value->AsObject());
    // a. Let resultLength be ? LengthOfArrayLike(result).
    double result_length = TRY(interpreter::vm::LengthOfArrayLike(agent, result));
    // b. Let nCaptures be max(resultLength - 1, 0).
    double n_captures = std::max(result_length - 1, 0.0);
    // c. Let matched be ? ToString(? Get(result, "0")).
    Value first = TRY(interpreter::Get(agent, result, PropertyKey::ArrayIndex(0)));
    RootedValue matched(agent.heap(), TRY(ToString(agent, first)));
    // d. Let matchLength be the length of matched.
    size_t match_length = CodeUnits(matched).size();
    // e. Let position be ? ToIntegerOrInfinity(? Get(result, "index")).
    Value index_value = TRY(interpreter::Get(agent, result, agent.Key(u"index")));
    double position_number = TRY(interpreter::vm::ToIntegerOrInfinity(agent, index_value));
    // f. Set position to the result of clamping position between 0 and lengthS.
    size_t position = static_cast<size_t>(std::clamp(position_number, 0.0, static_cast<double>(length_s)));
    // g. Let captures be a new empty List. h. Let n be 1.
    std::vector<RootedValue> captures;
    // i. Repeat, while n ≤ nCaptures,
    for (double n = 1; n <= n_captures; ++n) {
      // i. Let capN be ? Get(result, ! ToString(𝔽(n))).
      PropertyKey key = PropertyKey::FromNumber(agent.strings(), n);
      RootedValue cap_n(agent.heap(), TRY(interpreter::Get(agent, result, key)));
      // ii. If capN is not undefined, then set capN to ? ToString(capN).
      if (!cap_n->IsUndefined()) cap_n = TRY(ToString(agent, cap_n));
      // iii. Append capN to captures.
      captures.emplace_back(agent.heap(), cap_n.get());
    }
    // j. Let namedCaptures be ? Get(result, "groups").
    RootedValue named_captures(agent.heap(), TRY(interpreter::Get(agent, result, agent.Key(u"groups"))));
    std::u16string replacement;
    // k. If functionalReplace is true, then
    if (functional_replace) {
      // i. Let replacerArgs be the list-concatenation of « matched », captures, and « 𝔽(position), S ».
      std::vector<RootedValue> replacer_args;
      replacer_args.emplace_back(agent.heap(), matched.get());
      for (const RootedValue& capture : captures) replacer_args.emplace_back(agent.heap(), capture.get());
      replacer_args.emplace_back(agent.heap(), Value::Number(static_cast<double>(position)));
      replacer_args.emplace_back(agent.heap(), s.get());
      // ii. If namedCaptures is not undefined, then append namedCaptures to replacerArgs.
      if (!named_captures->IsUndefined()) replacer_args.emplace_back(agent.heap(), named_captures.get());
      std::vector<Value> call_arguments;
      for (const RootedValue& argument : replacer_args) call_arguments.push_back(argument.get());
      // iii. Let replValue be ? Call(replaceValue, undefined, replacerArgs).
      Value repl_value = TRY(interpreter::Call(agent, replace_value, Value::Undefined(), call_arguments));
      // iv. Let replacement be ? ToString(replValue).
      replacement = CodeUnits(TRY(ToString(agent, repl_value)));
    } else {
      // l. Else, i. If namedCaptures is not undefined, then set namedCaptures to ? ToObject(namedCaptures).
      if (!named_captures->IsUndefined()) {
        named_captures = Value::FromObject(TRY(interpreter::vm::ToObject(agent, named_captures)));
      }
      // ii. Let replacement be ? GetSubstitution(matched, S, position, captures, namedCaptures, replaceValue).
      replacement = TRY(GetSubstitution(agent, CodeUnits(matched), s, position, captures, named_captures,
                                        replace_value));
    }
    // m. If position ≥ nextSourcePosition, then
    if (position >= next_source_position) {
      // i. NOTE: position should not normally move backwards.
      // ii. Set accumulatedResult to the string-concatenation of accumulatedResult, the substring of S from
      //     nextSourcePosition to position, and replacement.
      accumulated_result += CodeUnits(s).substr(next_source_position, position - next_source_position);
      accumulated_result += replacement;
      // iii. Set nextSourcePosition to position + matchLength.
      next_source_position = position + match_length;
    }
  }
  // 16. If nextSourcePosition ≥ lengthS, return accumulatedResult.
  if (next_source_position >= length_s) return MakeString(agent, std::move(accumulated_result));
  // 17. Return the string-concatenation of accumulatedResult and the substring of S from nextSourcePosition.
  accumulated_result += CodeUnits(s).substr(next_source_position);
  return MakeString(agent, std::move(accumulated_result));
}

// 22.2.6.12 RegExp.prototype [ %Symbol.search% ] ( string )
// https://tc39.es/ecma262/#sec-regexp.prototype-%symbol.search%
ThrowCompletionOr<Value> RegExpPrototypeSearch(Agent& agent, Value this_value, std::span<const Value> arguments,
                                               Object*) {
  // 1. Let rx be the this value.
  // 2. If rx is not an Object, throw a TypeError exception.
  heap::Handle<Object> rx(agent.heap(), TRY(ThisObject(agent, this_value, u"RegExp.prototype[Symbol.search]")));
  // 3. Let S be ? ToString(string).
  RootedValue s(agent.heap(), TRY(ToString(agent, Argument(arguments, 0))));
  // 4. Let previousLastIndex be ? Get(rx, "lastIndex").
  RootedValue previous_last_index(agent.heap(), TRY(interpreter::Get(agent, rx, agent.Key(u"lastIndex"))));
  // 5. If SameValue(previousLastIndex, +0𝔽) is false, then Perform ? Set(rx, "lastIndex", +0𝔽, true).
  if (!interpreter::SameValue(previous_last_index, Value::Int32(0))) {
    TRY(interpreter::Set(agent, rx, agent.Key(u"lastIndex"), Value::Int32(0), true));
  }
  // 6. Let result be ? RegExpExec(rx, S).
  RootedValue result(agent.heap(), TRY(RegExpExec(agent, rx, s)));
  // 7. Let currentLastIndex be ? Get(rx, "lastIndex").
  Value current_last_index = TRY(interpreter::Get(agent, rx, agent.Key(u"lastIndex")));
  // 8. If SameValue(currentLastIndex, previousLastIndex) is false, then
  if (!interpreter::SameValue(current_last_index, previous_last_index)) {
    // a. Perform ? Set(rx, "lastIndex", previousLastIndex, true).
    TRY(interpreter::Set(agent, rx, agent.Key(u"lastIndex"), previous_last_index, true));
  }
  // 9. If result is null, return -1𝔽.
  if (result->IsNull()) return Value::Int32(-1);
  // 10. Return ? Get(result, "index").
  return interpreter::Get(agent, result->AsObject(), agent.Key(u"index"));
}

// 22.2.6.14 RegExp.prototype [ %Symbol.split% ] ( string, limit )
// https://tc39.es/ecma262/#sec-regexp.prototype-%symbol.split%
ThrowCompletionOr<Value> RegExpPrototypeSplit(Agent& agent, Value this_value, std::span<const Value> arguments,
                                              Object*) {
  RootedValue limit(agent.heap(), Argument(arguments, 1));
  // 1. Let rx be the this value.
  // 2. If rx is not an Object, throw a TypeError exception.
  heap::Handle<Object> rx(agent.heap(), TRY(ThisObject(agent, this_value, u"RegExp.prototype[Symbol.split]")));
  // 3. Let S be ? ToString(string).
  RootedValue s(agent.heap(), TRY(ToString(agent, Argument(arguments, 0))));
  // 4. Let C be ? SpeciesConstructor(rx, %RegExp%).
  heap::Handle<Object> c(agent.heap(), TRY(interpreter::vm::SpeciesConstructor(
                                           agent, rx, CurrentIntrinsic(agent, Intrinsic::kRegExp))));
  // 5. Let flags be ? ToString(? Get(rx, "flags")).
  std::u16string flags = TRY(GetFlagsString(agent, rx));
  // 6. If flags contains "u" or "v", let unicodeMatching be true.
  bool unicode_matching = Contains(flags, u'u') || Contains(flags, u'v');
  // 7. If flags contains "y", let newFlags be flags. 8. Else, let newFlags be flags + "y".
  std::u16string new_flags = flags;
  if (!Contains(flags, u'y')) new_flags += u"y";
  // 9. Let splitter be ? Construct(C, « rx, newFlags »).
  RootedValue new_flags_value(agent.heap(), MakeString(agent, new_flags));
  Value construct_arguments[] = {Value::FromObject(rx.get()), new_flags_value.get()};
  heap::Handle<Object> splitter(agent.heap(), TRY(interpreter::vm::Construct(agent, c, construct_arguments)));
  // 10. Let A be ! ArrayCreate(0). 11. Let lengthA be 0.
  heap::Handle<Object> a(agent.heap(), MUST(interpreter::ArrayCreate(agent, 0)));
  uint32_t length_a = 0;
  // 12. If limit is undefined, let lim be 2^32 - 1; else let lim be ℝ(? ToUint32(limit)).
  uint32_t lim = 0xFFFFFFFF;
  if (!limit->IsUndefined()) lim = interpreter::vm::ToUint32(TRY(interpreter::vm::ToNumber(agent, limit)));
  // 13. If lim = 0, return A.
  if (lim == 0) return Value::FromObject(a.get());
  // 14. Let size be the length of S.
  size_t size = CodeUnits(s).size();
  // 15. If size = 0, then
  if (size == 0) {
    // a. Let z be ? RegExpExec(splitter, S).
    Value z = TRY(RegExpExec(agent, splitter, s));
    // b. If z is not null, return A.
    if (!z.IsNull()) return Value::FromObject(a.get());
    // c. Perform ! CreateDataPropertyOrThrow(A, "0", S).
    MUST(interpreter::CreateDataPropertyOrThrow(agent, a, PropertyKey::ArrayIndex(0), s));
    // d. Return A.
    return Value::FromObject(a.get());
  }
  // 16. Let p be 0. 17. Let q be p.
  size_t p = 0;
  size_t q = p;
  // 18. Repeat, while q < size,
  while (q < size) {
    // a. Perform ? Set(splitter, "lastIndex", 𝔽(q), true).
    TRY(interpreter::Set(agent, splitter, agent.Key(u"lastIndex"), Value::Number(static_cast<double>(q)), true));
    // b. Let z be ? RegExpExec(splitter, S).
    RootedValue z(agent.heap(), TRY(RegExpExec(agent, splitter, s)));
    // c. If z is null, set q to AdvanceStringIndex(S, q, unicodeMatching).
    if (z->IsNull()) {
      q = static_cast<size_t>(AdvanceStringIndex(CodeUnits(s), static_cast<double>(q), unicode_matching));
      continue;
    }
    // d. Else, i. Let e be ℝ(? ToLength(? Get(splitter, "lastIndex"))).
    Value last_index = TRY(interpreter::Get(agent, splitter, agent.Key(u"lastIndex")));
    double e_number = TRY(interpreter::vm::ToLength(agent, last_index));
    // ii. Set e to min(e, size).
    size_t e = static_cast<size_t>(std::min(e_number, static_cast<double>(size)));
    // iii. If e = p, set q to AdvanceStringIndex(S, q, unicodeMatching).
    if (e == p) {
      q = static_cast<size_t>(AdvanceStringIndex(CodeUnits(s), static_cast<double>(q), unicode_matching));
      continue;
    }
    // iv. Else, 1. Let T be the substring of S from p to q.
    RootedValue t(agent.heap(), MakeString(agent, std::u16string(CodeUnits(s).substr(p, q - p))));
    // 2. Perform ! CreateDataPropertyOrThrow(A, ! ToString(𝔽(lengthA)), T). 3. Set lengthA to lengthA + 1.
    MUST(interpreter::CreateDataPropertyOrThrow(agent, a, PropertyKey::ArrayIndex(length_a++), t));
    // 4. If lengthA = lim, return A.
    if (length_a == lim) return Value::FromObject(a.get());
    // 5. Set p to e.
    p = e;
    // 6. Let numberOfCaptures be ? LengthOfArrayLike(z). 7. Set numberOfCaptures to max(numberOfCaptures - 1, 0).
    double number_of_captures = TRY(interpreter::vm::LengthOfArrayLike(agent, z->AsObject()));
    number_of_captures = std::max(number_of_captures - 1, 0.0);
    // 8.-9. For each i from 1 to numberOfCaptures:
    for (double i = 1; i <= number_of_captures; ++i) {
      // a. Let nextCapture be ? Get(z, ! ToString(𝔽(i))).
      Value next_capture =
          TRY(interpreter::Get(agent, z->AsObject(), PropertyKey::FromNumber(agent.strings(), i)));
      // b. Perform ! CreateDataPropertyOrThrow(A, ! ToString(𝔽(lengthA)), nextCapture).
      RootedValue rooted_capture(agent.heap(), next_capture);
      MUST(interpreter::CreateDataPropertyOrThrow(agent, a, PropertyKey::ArrayIndex(length_a++), rooted_capture));
      // d. If lengthA = lim, return A.
      if (length_a == lim) return Value::FromObject(a.get());
    }
    // 10. Set q to p.
    q = p;
  }
  // 19. Let T be the substring of S from p to size.
  RootedValue t(agent.heap(), MakeString(agent, std::u16string(CodeUnits(s).substr(p))));
  // 20. Perform ! CreateDataPropertyOrThrow(A, ! ToString(𝔽(lengthA)), T).
  MUST(interpreter::CreateDataPropertyOrThrow(agent, a, PropertyKey::ArrayIndex(length_a), t));
  // 21. Return A.
  return Value::FromObject(a.get());
}

// %RegExpStringIteratorPrototype% instances: the state of the closure
// CreateRegExpStringIterator builds.
class RegExpStringIteratorObject final : public Object {
 public:
  RegExpStringIteratorObject(interpreter::Shape* shape, Value matcher, Value string, bool global, bool full_unicode)
      : Object(shape), matcher_(matcher), string_(string), global_(global), full_unicode_(full_unicode) {}
  const char* CellName() const override { return "RegExpStringIteratorObject"; }
  void VisitEdges(heap::Visitor& visitor) override {
    Object::VisitEdges(visitor);
    matcher_.Visit(visitor);
    string_.Visit(visitor);
  }
  Value matcher_;
  Value string_;
  bool global_;
  bool full_unicode_;
  bool done_ = false;
};

// 22.2.9.1 CreateRegExpStringIterator ( R, S, global, fullUnicode )
// https://tc39.es/ecma262/#sec-createregexpstringiterator
Object* CreateRegExpStringIterator(Agent& agent, Object* r, Value s, bool global, bool full_unicode) {
  // 1.-2. The closure's state lives in the iterator object; %RegExpStringIteratorPrototype%.next runs its steps.
  // 3. Return CreateIteratorFromClosure(closure, "%RegExpStringIteratorPrototype%", %RegExpStringIteratorPrototype%).
  return interpreter::OrdinaryObjectCreate<RegExpStringIteratorObject>(
      agent, CurrentIntrinsic(agent, Intrinsic::kRegExpStringIteratorPrototype), Value::FromObject(r), s, global,
      full_unicode);
}

// 22.2.9.2.1 %RegExpStringIteratorPrototype%.next ( )
// https://tc39.es/ecma262/#sec-%regexpstringiteratorprototype%.next
ThrowCompletionOr<Value> RegExpStringIteratorNext(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  auto* iterator = this_value.IsObject() ? dynamic_cast<RegExpStringIteratorObject*>(this_value.AsObject()) : nullptr;
  if (iterator == nullptr) return ThrowTypeError(agent, u"not a RegExp String Iterator");
  heap::Handle<Object> rooted_iterator(agent.heap(), iterator);
  // The closure's steps (22.2.9.1 step 1): once done, every call returns { undefined, true }.
  if (iterator->done_) return Value::FromObject(interpreter::vm::CreateIteratorResultObject(agent, Value::Undefined(), true));
  heap::Handle<Object> r(agent.heap(), iterator->matcher_.AsObject());
  RootedValue s(agent.heap(), iterator->string_);
  // a. i. Let match be ? RegExpExec(R, S).
  RootedValue match(agent.heap(), TRY(RegExpExec(agent, r, s)));
  // ii. If match is null, return undefined (the iterator is done).
  if (match->IsNull()) {
    iterator->done_ = true;
    return Value::FromObject(interpreter::vm::CreateIteratorResultObject(agent, Value::Undefined(), true));
  }
  // iii. If global is false, then 1. Perform ? GeneratorYield(CreateIteratorResultObject(match, false)).
  //      2. Return undefined.
  if (!iterator->global_) {
    iterator->done_ = true;
    return Value::FromObject(interpreter::vm::CreateIteratorResultObject(agent, match, false));
  }
  // iv. Let matchStr be ? ToString(? Get(match, "0")).
  Value first = TRY(interpreter::Get(agent, match->AsObject(), PropertyKey::ArrayIndex(0)));
  Value match_str = TRY(ToString(agent, first));
  // v. If matchStr is the empty String, then advance lastIndex.
  if (CodeUnits(match_str).empty()) TRY(AdvanceLastIndexAfterEmptyMatch(agent, r, s, iterator->full_unicode_));
  // vi. Perform ? GeneratorYield(CreateIteratorResultObject(match, false)).
  return Value::FromObject(interpreter::vm::CreateIteratorResultObject(agent, match, false));
}

// 22.2.6.9 RegExp.prototype [ %Symbol.matchAll% ] ( string )
// https://tc39.es/ecma262/#sec-regexp-prototype-%symbol.matchall%
ThrowCompletionOr<Value> RegExpPrototypeMatchAll(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  // 1. Let R be the this value.
  // 2. If R is not an Object, throw a TypeError exception.
  heap::Handle<Object> r(agent.heap(), TRY(ThisObject(agent, this_value, u"RegExp.prototype[Symbol.matchAll]")));
  // 3. Let S be ? ToString(string).
  RootedValue s(agent.heap(), TRY(ToString(agent, Argument(arguments, 0))));
  // 4. Let C be ? SpeciesConstructor(R, %RegExp%).
  heap::Handle<Object> c(agent.heap(), TRY(interpreter::vm::SpeciesConstructor(
                                           agent, r, CurrentIntrinsic(agent, Intrinsic::kRegExp))));
  // 5. Let flags be ? ToString(? Get(R, "flags")).
  std::u16string flags = TRY(GetFlagsString(agent, r));
  // 6. Let matcher be ? Construct(C, « R, flags »).
  RootedValue flags_value(agent.heap(), MakeString(agent, flags));
  Value construct_arguments[] = {Value::FromObject(r.get()), flags_value.get()};
  heap::Handle<Object> matcher(agent.heap(), TRY(interpreter::vm::Construct(agent, c, construct_arguments)));
  // 7. Let lastIndex be ? ToLength(? Get(R, "lastIndex")).
  Value last_index_value = TRY(interpreter::Get(agent, r, agent.Key(u"lastIndex")));
  double last_index = TRY(interpreter::vm::ToLength(agent, last_index_value));
  // 8. Perform ? Set(matcher, "lastIndex", lastIndex, true).
  TRY(interpreter::Set(agent, matcher, agent.Key(u"lastIndex"), Value::Number(last_index), true));
  // 9.-12. global, fullUnicode.
  bool global = Contains(flags, u'g');
  bool full_unicode = Contains(flags, u'u') || Contains(flags, u'v');
  // 13. Return CreateRegExpStringIterator(matcher, S, global, fullUnicode).
  return Value::FromObject(CreateRegExpStringIterator(agent, matcher, s, global, full_unicode));
}

// 7.2.1 RequireObjectCoercible ( argument )
// https://tc39.es/ecma262/#sec-requireobjectcoercible
ThrowCompletionOr<Value> RequireObjectCoercible(Agent& agent, Value argument, std::u16string_view method) {
  // Throw a TypeError exception if argument is undefined or null; otherwise return argument.
  if (argument.IsUndefined() || argument.IsNull()) {
    std::u16string message(u"String.prototype.");
    message += method;
    message += u" called on null or undefined";
    return ThrowTypeError(agent, message);
  }
  return argument;
}

// String.prototype.match / search: steps shared by both methods, which differ only in the symbol.
ThrowCompletionOr<Value> StringMatchOrSearch(Agent& agent, Value this_value, Value regexp_value,
                                             WellKnownSymbol symbol, std::u16string_view method) {
  RootedValue regexp(agent.heap(), regexp_value);
  // 1. Let O be ? RequireObjectCoercible(this value).
  RootedValue o(agent.heap(), TRY(RequireObjectCoercible(agent, this_value, method)));
  // 2. If regexp is an Object, then
  if (regexp->IsObject()) {
    // a. Let matcher (searcher) be ? GetMethod(regexp, %Symbol.match% / %Symbol.search%).
    Value method_value = TRY(interpreter::vm::GetMethod(agent, regexp->AsObject(), SymbolKey(agent, symbol)));
    // b. If it is not undefined, then return ? Call(matcher, regexp, « O »).
    if (!method_value.IsUndefined()) {
      Value call_arguments[] = {o.get()};
      return interpreter::Call(agent, method_value, regexp, call_arguments);
    }
  }
  // 3. Let S be ? ToString(O).
  RootedValue s(agent.heap(), TRY(ToString(agent, o)));
  // 4. Let rx be ? RegExpCreate(regexp, undefined).
  RootedValue rx(agent.heap(), Value::FromObject(TRY(RegExpCreate(agent, regexp, Value::Undefined()))));
  // 5. Return ? Invoke(rx, %Symbol.match% / %Symbol.search%, « S »).
  Value invoke_arguments[] = {s.get()};
  return interpreter::vm::Invoke(agent, rx, SymbolKey(agent, symbol), invoke_arguments);
}

// 22.1.3.13 String.prototype.match ( regexp )
// https://tc39.es/ecma262/#sec-string.prototype.match
ThrowCompletionOr<Value> StringPrototypeMatch(Agent& agent, Value this_value, std::span<const Value> arguments,
                                              Object*) {
  return StringMatchOrSearch(agent, this_value, Argument(arguments, 0), WellKnownSymbol::kMatch, u"match");
}

// 22.1.3.21 String.prototype.search ( regexp )
// https://tc39.es/ecma262/#sec-string.prototype.search
ThrowCompletionOr<Value> StringPrototypeSearch(Agent& agent, Value this_value, std::span<const Value> arguments,
                                               Object*) {
  return StringMatchOrSearch(agent, this_value, Argument(arguments, 0), WellKnownSymbol::kSearch, u"search");
}

// 22.1.3.14 String.prototype.matchAll ( regexp )
// https://tc39.es/ecma262/#sec-string.prototype.matchall
ThrowCompletionOr<Value> StringPrototypeMatchAll(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  RootedValue regexp(agent.heap(), Argument(arguments, 0));
  // 1. Let O be ? RequireObjectCoercible(this value).
  RootedValue o(agent.heap(), TRY(RequireObjectCoercible(agent, this_value, u"matchAll")));
  // 2. If regexp is an Object, then
  if (regexp->IsObject()) {
    // a. Let isRegExp be ? IsRegExp(regexp).
    // b. If isRegExp is true, then
    if (TRY(IsRegExp(agent, regexp))) {
      // i. Let flags be ? Get(regexp, "flags").
      RootedValue flags(agent.heap(), TRY(interpreter::Get(agent, regexp->AsObject(), agent.Key(u"flags"))));
      // ii. Perform ? RequireObjectCoercible(flags).
      TRY(RequireObjectCoercible(agent, flags, u"matchAll"));
      // iii. If ? ToString(flags) does not contain "g", throw a TypeError exception.
      Value flags_string = TRY(ToString(agent, flags));
      if (!Contains(CodeUnits(flags_string), u'g')) {
        return ThrowTypeError(agent, u"String.prototype.matchAll called with a non-global RegExp argument");
      }
    }
    // c. Let matcher be ? GetMethod(regexp, %Symbol.matchAll%).
    Value matcher = TRY(interpreter::vm::GetMethod(agent, regexp->AsObject(), SymbolKey(agent, WellKnownSymbol::kMatchAll)));
    // d. If matcher is not undefined, then return ? Call(matcher, regexp, « O »).
    if (!matcher.IsUndefined()) {
      Value call_arguments[] = {o.get()};
      return interpreter::Call(agent, matcher, regexp, call_arguments);
    }
  }
  // 3. Let S be ? ToString(O).
  RootedValue s(agent.heap(), TRY(ToString(agent, o)));
  // 4. Let rx be ? RegExpCreate(regexp, "g").
  RootedValue rx(agent.heap(), Value::FromObject(TRY(RegExpCreate(agent, regexp, agent.InternedString(u"g")))));
  // 5. Return ? Invoke(rx, %Symbol.matchAll%, « S »).
  Value invoke_arguments[] = {s.get()};
  return interpreter::vm::Invoke(agent, rx, SymbolKey(agent, WellKnownSymbol::kMatchAll), invoke_arguments);
}

// 13.2.7.3 Runtime Semantics: Evaluation of RegularExpressionLiteral: RegExpCreate(pattern, flags), each time.
ThrowCompletionOr<Value> EvaluateRegularExpressionLiteral(Agent& agent, std::u16string_view pattern,
                                                          std::u16string_view flags) {
  RootedValue pattern_value(agent.heap(), MakeString(agent, std::u16string(pattern)));
  RootedValue flags_value(agent.heap(), MakeString(agent, std::u16string(flags)));
  return Value::FromObject(TRY(RegExpCreate(agent, pattern_value, flags_value)));
}

}  // namespace

void CreateRegExpIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 22.2.6: %RegExp.prototype% is an ordinary object (not a RegExp instance) whose [[Prototype]] is
  // %Object.prototype%.
  heap::Handle<Object> prototype(agent.heap(), interpreter::OrdinaryObjectCreate(
                                                   agent, realm->intrinsic(Intrinsic::kObjectPrototype)));
  realm->set_intrinsic(Intrinsic::kRegExpPrototype, prototype);
  // 22.2.5: %RegExp% has a "length" property whose value is 2𝔽.
  heap::Handle<Object> constructor(agent.heap(), CreateBuiltinConstructor(agent, realm, Intrinsic::kRegExp, u"RegExp",
                                                                          2, RegExpConstructor, prototype));
  DefineBuiltinMethod(agent, realm, constructor, u"escape", 1, RegExpEscape);
  DefineBuiltinAccessor(agent, realm, constructor, SymbolKey(agent, WellKnownSymbol::kSpecies), GetRegExpSpecies);

  DefineBuiltinMethod(agent, realm, prototype, u"exec", 1, RegExpPrototypeExec);
  // B.2.4 Additional Properties of the RegExp.prototype Object
  DefineBuiltinMethod(agent, realm, prototype, u"compile", 2, RegExpPrototypeCompile);
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"dotAll"), RegExpFlagGetter<u's'>);
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"flags"), GetRegExpPrototypeFlags);
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"global"), RegExpFlagGetter<u'g'>);
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"hasIndices"), RegExpFlagGetter<u'd'>);
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"ignoreCase"), RegExpFlagGetter<u'i'>);
  DefineBuiltinMethod(agent, realm, prototype, WellKnownSymbol::kMatch, 1, RegExpPrototypeMatch);
  DefineBuiltinMethod(agent, realm, prototype, WellKnownSymbol::kMatchAll, 1, RegExpPrototypeMatchAll);
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"multiline"), RegExpFlagGetter<u'm'>);
  DefineBuiltinMethod(agent, realm, prototype, WellKnownSymbol::kReplace, 2, RegExpPrototypeReplace);
  DefineBuiltinMethod(agent, realm, prototype, WellKnownSymbol::kSearch, 1, RegExpPrototypeSearch);
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"source"), GetRegExpPrototypeSource);
  DefineBuiltinMethod(agent, realm, prototype, WellKnownSymbol::kSplit, 2, RegExpPrototypeSplit);
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"sticky"), RegExpFlagGetter<u'y'>);
  DefineBuiltinMethod(agent, realm, prototype, u"test", 1, RegExpPrototypeTest);
  DefineBuiltinMethod(agent, realm, prototype, u"toString", 0, RegExpPrototypeToString);
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"unicode"), RegExpFlagGetter<u'u'>);
  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"unicodeSets"), RegExpFlagGetter<u'v'>);

  // 22.2.9.2 %RegExpStringIteratorPrototype%: [[Prototype]] %Iterator.prototype%.
  heap::Handle<Object> iterator_prototype(
      agent.heap(), interpreter::OrdinaryObjectCreate(agent, realm->intrinsic(Intrinsic::kIteratorPrototype)));
  realm->set_intrinsic(Intrinsic::kRegExpStringIteratorPrototype, iterator_prototype);
  DefineBuiltinMethod(agent, realm, iterator_prototype, u"next", 0, RegExpStringIteratorNext);
  // 22.2.9.2.2 %RegExpStringIteratorPrototype% [ %Symbol.toStringTag% ]
  DefineBuiltinData(agent, iterator_prototype, SymbolKey(agent, WellKnownSymbol::kToStringTag),
                    agent.InternedString(u"RegExp String Iterator"), false, false, true);

  // The String.prototype methods that need RegExpCreate.
  if (Object* string_prototype = realm->intrinsic(Intrinsic::kStringPrototype)) {
    heap::Handle<Object> rooted_string_prototype(agent.heap(), string_prototype);
    DefineBuiltinMethod(agent, realm, rooted_string_prototype, u"match", 1, StringPrototypeMatch);
    DefineBuiltinMethod(agent, realm, rooted_string_prototype, u"matchAll", 1, StringPrototypeMatchAll);
    DefineBuiltinMethod(agent, realm, rooted_string_prototype, u"search", 1, StringPrototypeSearch);
  }

  agent.set_regexp_literal_factory(EvaluateRegularExpressionLiteral);
}

}  // namespace async_runtime::builtins
