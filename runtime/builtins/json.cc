#include "runtime/builtins/json.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "runtime/interpreter/array_object.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/number_conversions.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/primitive_wrapper.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

using interpreter::ErrorKind;
using interpreter::RootedValue;
using interpreter::RootedValueVector;
using interpreter::ThrowTypeError;
using interpreter::vm::MakeString;

namespace {

// Nesting deeper than this throws a RangeError instead of exhausting the native stack (parse, the reviver walk
// and stringify are recursive, like the spec's algorithms).
constexpr size_t kMaxNestingDepth = 4000;

interpreter::ThrowCompletion ThrowTooDeep(Agent& agent) {
  return interpreter::ThrowRangeError(agent, u"JSON nesting too deep");
}

// An object with an [[IsRawJSON]] internal slot, made by JSON.rawJSON.
class RawJsonObject final : public Object {
 public:
  explicit RawJsonObject(interpreter::Shape* shape) : Object(shape) {}
  const char* CellName() const override { return "RawJsonObject"; }
};

// 25.5.2.2 JSON Parse Record: [[ParseNode]] (kept as the source text it matched), [[Key]] (the key of an entry),
// [[Value]], [[Elements]] and [[Entries]]. Roots its value.
struct JsonParseRecord {
  explicit JsonParseRecord(heap::Heap& heap) : value(heap) {}
  RootedValue value;
  std::u16string_view source;
  std::vector<std::unique_ptr<JsonParseRecord>> elements;
  std::vector<std::pair<std::u16string, std::unique_ptr<JsonParseRecord>>> entries;
};

// The JSON text grammar of ECMA-404, parsed directly into ECMAScript values (ParseJSON steps 2-8: the text is
// JSON, so evaluating it as a Script gives the same values as this construction).
class JsonParser {
 public:
  JsonParser(Agent& agent, std::u16string_view text) : agent_(agent), text_(text) {}

  // `record`, when given, receives the JSON Parse Record tree of the text (CreateJSONParseRecord).
  ThrowCompletionOr<Value> ParseText(JsonParseRecord* record = nullptr) {
    SkipWhiteSpace();
    Value value = TRY(ParseValue(0, record));
    RootedValue rooted(agent_.heap(), value);
    SkipWhiteSpace();
    if (position_ != text_.size()) return SyntaxError(u"Unexpected token in JSON");
    return rooted.get();
  }

 private:
  interpreter::ThrowCompletion SyntaxError(std::u16string message) {
    return interpreter::ThrowError(agent_, ErrorKind::kSyntaxError,
                                   message + u" at position " + interpreter::Number::toString(position_));
  }

  void SkipWhiteSpace() {
    while (position_ < text_.size()) {
      char16_t c = text_[position_];
      if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r') break;
      ++position_;
    }
  }

  bool Consume(std::u16string_view literal) {
    if (text_.substr(position_).starts_with(literal)) {
      position_ += literal.size();
      return true;
    }
    return false;
  }

  ThrowCompletionOr<Value> ParseValue(size_t depth, JsonParseRecord* record) {
    size_t start = position_;
    Value value = TRY(ParseValueWithoutRecord(depth, record));
    if (record != nullptr) {
      record->value = value;
      // The source text matched by the Parse Node (used for primitives only).
      if (!value.IsObject()) record->source = text_.substr(start, position_ - start);
    }
    return value;
  }

  ThrowCompletionOr<Value> ParseValueWithoutRecord(size_t depth, JsonParseRecord* record) {
    if (depth > kMaxNestingDepth) return ThrowTooDeep(agent_);
    if (position_ >= text_.size()) return SyntaxError(u"Unexpected end of JSON input");
    char16_t c = text_[position_];
    if (c == u'{') return ParseObject(depth, record);
    if (c == u'[') return ParseArray(depth, record);
    if (c == u'"') {
      std::u16string string = TRY(ParseString());
      return MakeString(agent_, std::move(string));
    }
    if (c == u'-' || (c >= u'0' && c <= u'9')) return ParseNumber();
    if (Consume(u"true")) return Value::Boolean(true);
    if (Consume(u"false")) return Value::Boolean(false);
    if (Consume(u"null")) return Value::Null();
    return SyntaxError(u"Unexpected token in JSON");
  }

  ThrowCompletionOr<Value> ParseNumber() {
    size_t start = position_;
    auto is_digit = [this]() { return position_ < text_.size() && text_[position_] >= u'0' && text_[position_] <= u'9'; };
    if (text_[position_] == u'-') ++position_;
    if (position_ < text_.size() && text_[position_] == u'0') {
      ++position_;
    } else if (is_digit()) {
      while (is_digit()) ++position_;
    } else {
      return SyntaxError(u"No number after minus sign in JSON");
    }
    if (position_ < text_.size() && text_[position_] == u'.') {
      ++position_;
      if (!is_digit()) return SyntaxError(u"Unterminated fractional number in JSON");
      while (is_digit()) ++position_;
    }
    if (position_ < text_.size() && (text_[position_] == u'e' || text_[position_] == u'E')) {
      ++position_;
      if (position_ < text_.size() && (text_[position_] == u'+' || text_[position_] == u'-')) ++position_;
      if (!is_digit()) return SyntaxError(u"Exponent part is missing a number in JSON");
      while (is_digit()) ++position_;
    }
    // The lexeme is a StrDecimalLiteral, so StringToNumber gives its MV rounded as the spec rounds literals.
    return Value::Number(interpreter::StringToNumber(text_.substr(start, position_ - start)));
  }

  ThrowCompletionOr<std::u16string> ParseString() {
    ++position_;  // the opening quotation mark
    std::u16string result;
    while (true) {
      if (position_ >= text_.size()) return SyntaxError(u"Unterminated string in JSON");
      char16_t c = text_[position_++];
      if (c == u'"') return result;
      if (c < 0x20) return SyntaxError(u"Bad control character in string literal in JSON");
      if (c != u'\\') {
        result.push_back(c);
        continue;
      }
      if (position_ >= text_.size()) return SyntaxError(u"Unterminated string in JSON");
      char16_t escape = text_[position_++];
      switch (escape) {
        case u'"': result.push_back(u'"'); break;
        case u'\\': result.push_back(u'\\'); break;
        case u'/': result.push_back(u'/'); break;
        case u'b': result.push_back(u'\b'); break;
        case u'f': result.push_back(u'\f'); break;
        case u'n': result.push_back(u'\n'); break;
        case u'r': result.push_back(u'\r'); break;
        case u't': result.push_back(u'\t'); break;
        case u'u': {
          if (position_ + 4 > text_.size()) return SyntaxError(u"Bad Unicode escape in JSON");
          char16_t code_unit = 0;
          for (int i = 0; i < 4; ++i) {
            char16_t h = text_[position_++];
            int digit = (h >= u'0' && h <= u'9')   ? h - u'0'
                        : (h >= u'a' && h <= u'f') ? h - u'a' + 10
                        : (h >= u'A' && h <= u'F') ? h - u'A' + 10
                                                   : -1;
            if (digit < 0) return SyntaxError(u"Bad Unicode escape in JSON");
            code_unit = static_cast<char16_t>(code_unit * 16 + digit);
          }
          result.push_back(code_unit);
          break;
        }
        default:
          return SyntaxError(u"Bad escaped character in JSON");
      }
    }
  }

  ThrowCompletionOr<Value> ParseArray(size_t depth, JsonParseRecord* record) {
    ++position_;  // [
    RootedValueVector elements(agent_.heap());
    SkipWhiteSpace();
    if (!Consume(u"]")) {
      while (true) {
        SkipWhiteSpace();
        std::unique_ptr<JsonParseRecord> element_record;
        if (record != nullptr) element_record = std::make_unique<JsonParseRecord>(agent_.heap());
        elements.values().push_back(TRY(ParseValue(depth + 1, element_record.get())));
        if (record != nullptr) record->elements.push_back(std::move(element_record));
        SkipWhiteSpace();
        if (Consume(u",")) continue;
        if (Consume(u"]")) break;
        return SyntaxError(u"Expected ',' or ']' after array element in JSON");
      }
    }
    // JSON arrays are realized as ECMAScript Array instances.
    return Value::FromObject(interpreter::CreateArrayFromList(agent_, elements.values()));
  }

  ThrowCompletionOr<Value> ParseObject(size_t depth, JsonParseRecord* record) {
    ++position_;  // {
    heap::Handle<Object> object(agent_.heap(),
                                interpreter::OrdinaryObjectCreate<Object>(
                                    agent_, CurrentIntrinsic(agent_, Intrinsic::kObjectPrototype)));
    SkipWhiteSpace();
    if (Consume(u"}")) return Value::FromObject(object);
    while (true) {
      SkipWhiteSpace();
      if (position_ >= text_.size() || text_[position_] != u'"') {
        return SyntaxError(u"Expected double-quoted property name in JSON");
      }
      std::u16string name = TRY(ParseString());
      SkipWhiteSpace();
      if (!Consume(u":")) return SyntaxError(u"Expected ':' after property name in JSON");
      SkipWhiteSpace();
      std::unique_ptr<JsonParseRecord> entry_record;
      if (record != nullptr) entry_record = std::make_unique<JsonParseRecord>(agent_.heap());
      RootedValue value(agent_.heap(), TRY(ParseValue(depth + 1, entry_record.get())));
      if (record != nullptr) {
        // A duplicate name: the later entry replaces the earlier one, like the property value.
        std::erase_if(record->entries, [&](const auto& entry) { return entry.first == name; });
        record->entries.emplace_back(name, std::move(entry_record));
      }
      // A duplicate name: the later value wins (PropertyDefinitionEvaluation defines each in order).
      TRY(interpreter::CreateDataPropertyOrThrow(agent_, object, agent_.Key(name), value));
      SkipWhiteSpace();
      if (Consume(u",")) continue;
      if (Consume(u"}")) break;
      return SyntaxError(u"Expected ',' or '}' after property value in JSON");
    }
    return Value::FromObject(object);
  }

  Agent& agent_;
  std::u16string_view text_;
  size_t position_ = 0;
};

// 7.3.23 EnumerableOwnProperties ( O, kind ), for kind key.
// https://tc39.es/ecma262/#sec-enumerableownproperties
ThrowCompletionOr<std::vector<PropertyKey>> EnumerableOwnPropertyKeys(Agent& agent, Object* o) {
  heap::Handle<Object> rooted_o(agent.heap(), o);
  // 1. Let ownKeys be ? O.[[OwnPropertyKeys]]().
  std::vector<PropertyKey> own_keys = TRY(rooted_o->OwnPropertyKeys(agent));
  // 2. Let results be a new empty List.
  std::vector<PropertyKey> results;
  // 3. For each element key of ownKeys, do
  for (const PropertyKey& key : own_keys) {
    // a. If key is a String, then
    if (!key.IsStringKey()) continue;
    // i. Let desc be ? O.[[GetOwnProperty]](key).
    std::optional<interpreter::PropertyDescriptor> desc = TRY(rooted_o->GetOwnProperty(agent, key));
    // ii. If desc is not undefined and desc.[[Enumerable]] is true, then
    //     1. If kind is key, append key to results.
    if (desc && desc->enumerable.value_or(false)) results.push_back(key);
  }
  // 4. Return results.
  return results;
}

// 25.5.2.4 InternalizeJSONProperty ( holder, name, reviver, parseRecord )
// https://tc39.es/ecma262/#sec-internalizejsonproperty
// parseRecord nullptr stands for empty.
ThrowCompletionOr<Value> InternalizeJSONProperty(Agent& agent, Object* holder_object, const PropertyKey& name,
                                                 Value reviver_value, const JsonParseRecord* parse_record,
                                                 size_t depth) {
  if (depth > kMaxNestingDepth) return ThrowTooDeep(agent);
  heap::Handle<Object> holder(agent.heap(), holder_object);
  RootedValue reviver(agent.heap(), reviver_value);
  // 1. Let value be ? Get(holder, name).
  RootedValue val(agent.heap(), TRY(interpreter::Get(agent, holder, name)));
  // 2. Let context be OrdinaryObjectCreate(%Object.prototype%).
  heap::Handle<Object> context(agent.heap(), interpreter::OrdinaryObjectCreate<Object>(
                                                 agent, CurrentIntrinsic(agent, Intrinsic::kObjectPrototype)));
  static const std::vector<std::unique_ptr<JsonParseRecord>> kNoElements;
  static const std::vector<std::pair<std::u16string, std::unique_ptr<JsonParseRecord>>> kNoEntries;
  const std::vector<std::unique_ptr<JsonParseRecord>>* element_records = &kNoElements;
  const std::vector<std::pair<std::u16string, std::unique_ptr<JsonParseRecord>>>* entry_records = &kNoEntries;
  // 3. If parseRecord is a JSON Parse Record and SameValue(parseRecord.[[Value]], value) is true, then
  if (parse_record != nullptr && interpreter::SameValue(parse_record->value, val)) {
    // a. If value is not an Object, then
    if (!val->IsObject()) {
      // i. Let parseNode be parseRecord.[[ParseNode]].
      // ii. Assert: parseNode is neither an ArrayLiteral Parse Node nor an ObjectLiteral Parse Node.
      // iii. Let sourceText be the source text matched by parseNode.
      // iv. Perform ! CreateDataPropertyOrThrow(context, "source", CodePointsToString(sourceText)).
      RootedValue source(agent.heap(), MakeString(agent, std::u16string(parse_record->source)));
      MUST(interpreter::CreateDataPropertyOrThrow(agent, context, agent.Key(u"source"), source));
    }
    // b. Let elementRecords be parseRecord.[[Elements]].
    element_records = &parse_record->elements;
    // c. Let entryRecords be parseRecord.[[Entries]].
    entry_records = &parse_record->entries;
  }
  // 4. Else, a. Let elementRecords be a new empty List. b. Let entryRecords be a new empty List.
  // 5. If value is an Object, then
  if (val->IsObject()) {
    heap::Handle<Object> object(agent.heap(), val->AsObject());
    // a. Let isArray be ? IsArray(value).
    bool is_array = TRY(interpreter::vm::IsArray(agent, val));
    // b. If isArray is true, then
    if (is_array) {
      // i. Let elementRecordsLength be the number of elements in elementRecords.
      size_t element_records_length = element_records->size();
      // ii. Let length be ? LengthOfArrayLike(value).
      double length = TRY(interpreter::vm::LengthOfArrayLike(agent, object));
      // iii. Let index be 0.
      // iv. Repeat, while index < length,
      for (double index = 0; index < length; ++index) {
        // 1. Let propertyKey be ! ToString(𝔽(index)).
        PropertyKey property_key = PropertyKey::FromNumber(agent.strings(), index);
        // 2. If index < elementRecordsLength, let elementRecord be elementRecords[index]; else let elementRecord
        //    be empty.
        const JsonParseRecord* element_record =
            index < element_records_length ? (*element_records)[static_cast<size_t>(index)].get() : nullptr;
        // 3. Let newElement be ? InternalizeJSONProperty(value, propertyKey, reviver, elementRecord).
        RootedValue new_element(agent.heap(), TRY(InternalizeJSONProperty(agent, object, property_key, reviver,
                                                                           element_record, depth + 1)));
        // 4. If newElement is undefined, then
        if (new_element->IsUndefined()) {
          // a. Perform ? value.[[Delete]](propertyKey).
          TRY(object->Delete(agent, property_key));
        } else {
          // 5. Else, a. Perform ? CreateDataProperty(value, propertyKey, newElement).
          TRY(interpreter::CreateDataProperty(agent, object, property_key, new_element));
        }
        // 6. Set index to index + 1.
      }
    } else {
      // c. Else,
      // i. Let keys be ? EnumerableOwnProperties(value, key).
      std::vector<PropertyKey> keys = TRY(EnumerableOwnPropertyKeys(agent, object));
      RootedValueVector key_values(agent.heap());
      {
        heap::DeferCollection no_collection(agent.heap());
        for (const PropertyKey& key : keys) key_values.values().push_back(key.ToValue(agent.strings()));
      }
      // ii. For each String propertyKey of keys, do
      for (Value key_value : key_values.values()) {
        PropertyKey property_key = PropertyKey::FromValue(agent.strings(), key_value);
        // 1. If there exists an element entry of entryRecords such that entry.[[Key]] is propertyKey, let
        //    entryRecord be entry; else let entryRecord be empty.
        const JsonParseRecord* entry_record = nullptr;
        std::u16string_view key_text = key_value.AsString()->code_units();
        for (const auto& entry : *entry_records) {
          if (entry.first == key_text) entry_record = entry.second.get();
        }
        // 2. Let newElement be ? InternalizeJSONProperty(value, propertyKey, reviver, entryRecord).
        RootedValue new_element(agent.heap(), TRY(InternalizeJSONProperty(agent, object, property_key, reviver,
                                                                           entry_record, depth + 1)));
        // 3. If newElement is undefined, then
        if (new_element->IsUndefined()) {
          // a. Perform ? value.[[Delete]](propertyKey).
          TRY(object->Delete(agent, property_key));
        } else {
          // 4. Else, a. Perform ? CreateDataProperty(value, propertyKey, newElement).
          TRY(interpreter::CreateDataProperty(agent, object, property_key, new_element));
        }
      }
    }
  }
  // 6. Return ? Call(reviver, holder, « name, value, context »).
  RootedValue name_value(agent.heap(), name.ToValue(agent.strings()));
  Value call_arguments[] = {name_value.get(), val.get(), Value::FromObject(context)};
  return interpreter::Call(agent, reviver, Value::FromObject(holder), call_arguments);
}

// 25.5.2 JSON.parse ( text [ , reviver ] )
// https://tc39.es/ecma262/#sec-json.parse
ThrowCompletionOr<Value> JSONParse(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value reviver = Argument(arguments, 1);
  // 1. Let jsonString be ? ToString(text).
  RootedValue json_string(agent.heap(), TRY(interpreter::vm::ToString(agent, Argument(arguments, 0))));
  // 2. Let parseResult be ? ParseJSON(jsonString).
  // 3. Let unfiltered be parseResult.[[Value]].
  //    (The parse builds the JSON Parse Record tree too, for step 8; only a reviver needs it.)
  JsonParser parser(agent, json_string->AsString()->code_units());
  JsonParseRecord snapshot(agent.heap());
  bool has_reviver = interpreter::IsCallable(reviver);
  RootedValue unfiltered(agent.heap(), TRY(parser.ParseText(has_reviver ? &snapshot : nullptr)));
  // 4. If IsCallable(reviver) is false, return unfiltered.
  if (!has_reviver) return unfiltered.get();
  // 5. Let root be OrdinaryObjectCreate(%Object.prototype%).
  heap::Handle<Object> root(agent.heap(), interpreter::OrdinaryObjectCreate<Object>(
                                              agent, CurrentIntrinsic(agent, Intrinsic::kObjectPrototype)));
  // 6. Let rootName be the empty String.
  PropertyKey root_name = agent.Key(u"");
  // 7. Perform ! CreateDataPropertyOrThrow(root, rootName, unfiltered).
  MUST(interpreter::CreateDataPropertyOrThrow(agent, root, root_name, unfiltered));
  // 8. Let snapshot be CreateJSONParseRecord(parseResult.[[ParseNode]], rootName, unfiltered). (Built by the
  //    parse above.)
  // 9. Return ? InternalizeJSONProperty(root, rootName, reviver, snapshot).
  return InternalizeJSONProperty(agent, root, root_name, reviver, &snapshot, 0);
}

// 25.5.4.1 JSON Serialization Record
// https://tc39.es/ecma262/#sec-json-serialization-record
struct JsonSerializationRecord {
  explicit JsonSerializationRecord(heap::Heap& heap) : replacer_function(heap), stack(heap) {}
  RootedValue replacer_function;            // [[ReplacerFunction]]: undefined or a function object
  RootedValueVector stack;                  // [[Stack]]
  std::u16string indent;                    // [[Indent]]
  std::u16string gap;                       // [[Gap]]
  std::optional<std::vector<PropertyKey>> property_list;  // [[PropertyList]]: interned or index keys
};

// 25.5.4.4 UnicodeEscape ( C )
// https://tc39.es/ecma262/#sec-unicodeescape
void UnicodeEscape(char16_t c, std::u16string& product) {
  static constexpr char16_t kHexDigits[] = u"0123456789abcdef";
  // 1. Let n be the numeric value of C.
  // 2. Assert: n ≤ 0xFFFF.
  // 3. Let hex be the String representation of n, formatted as a lowercase hexadecimal number.
  // 4. Return the string-concatenation of the code unit 0x005C (REVERSE SOLIDUS), "u", and StringPad(hex, 4, "0",
  //    start).
  product += u"\\u";
  for (int shift = 12; shift >= 0; shift -= 4) product.push_back(kHexDigits[(c >> shift) & 0xF]);
}

// 25.5.4.3 QuoteJSONString ( value )
// https://tc39.es/ecma262/#sec-quotejsonstring
void QuoteJSONString(std::u16string_view value, std::u16string& product) {
  // 1. Let product be the String value consisting solely of the code unit 0x0022 (QUOTATION MARK).
  product.push_back(u'"');
  // 2. For each code point C of StringToCodePoints(value), do
  for (size_t i = 0; i < value.size(); ++i) {
    char16_t c = value[i];
    switch (c) {
      // a. If C is listed in the "Code Point" column of Table 75, then
      //    i. Set product to the string-concatenation of product and the escape sequence for C as specified in
      //       the "Escape Sequence" column of the corresponding row.
      case u'\b': product += u"\\b"; continue;
      case u'\t': product += u"\\t"; continue;
      case u'\n': product += u"\\n"; continue;
      case u'\f': product += u"\\f"; continue;
      case u'\r': product += u"\\r"; continue;
      case u'"': product += u"\\\""; continue;
      case u'\\': product += u"\\\\"; continue;
      default: break;
    }
    // b. Else if C has a numeric value less than 0x0020 (SPACE) or C has the same numeric value as a leading
    //    surrogate or trailing surrogate, then
    //    i. Let unit be the code unit whose numeric value is the numeric value of C.
    //    ii. Set product to the string-concatenation of product and UnicodeEscape(unit).
    //    (A surrogate pair is one code point and is copied; a lone surrogate is escaped.)
    bool is_leading = c >= 0xD800 && c <= 0xDBFF;
    bool is_trailing = c >= 0xDC00 && c <= 0xDFFF;
    if (is_leading && i + 1 < value.size() && value[i + 1] >= 0xDC00 && value[i + 1] <= 0xDFFF) {
      // c. Else, Set product to the string-concatenation of product and UTF16EncodeCodePoint(C).
      product.push_back(c);
      product.push_back(value[++i]);
      continue;
    }
    if (c < 0x20 || is_leading || is_trailing) {
      UnicodeEscape(c, product);
      continue;
    }
    // c. Else, i. Set product to the string-concatenation of product and UTF16EncodeCodePoint(C).
    product.push_back(c);
  }
  // 3. Set product to the string-concatenation of product and the code unit 0x0022 (QUOTATION MARK).
  product.push_back(u'"');
  // 4. Return product.
}

ThrowCompletionOr<std::optional<std::u16string>> SerializeJSONProperty(Agent& agent, JsonSerializationRecord& state,
                                                                      const PropertyKey& key, Object* holder);

// Joins the partial results as SerializeJSONObject and SerializeJSONArray steps "If partial is empty ... Else"
// say, between `open` and `close`.
std::u16string JoinPartial(const JsonSerializationRecord& state, const std::vector<std::u16string>& partial,
                           const std::u16string& step_back, char16_t open, char16_t close) {
  std::u16string final_string(1, open);
  if (partial.empty()) {
    final_string.push_back(close);
    return final_string;
  }
  if (state.gap.empty()) {
    for (size_t i = 0; i < partial.size(); ++i) {
      if (i > 0) final_string.push_back(u',');
      final_string += partial[i];
    }
  } else {
    std::u16string separator = u",\n" + state.indent;
    final_string += u"\n" + state.indent;
    for (size_t i = 0; i < partial.size(); ++i) {
      if (i > 0) final_string += separator;
      final_string += partial[i];
    }
    final_string += u"\n" + step_back;
  }
  final_string.push_back(close);
  return final_string;
}

bool StackContains(const JsonSerializationRecord& state, Object* value) {
  for (Value entry : state.stack.values()) {
    if (entry.AsObject() == value) return true;
  }
  return false;
}

// 25.5.4.5 SerializeJSONObject ( state, value )
// https://tc39.es/ecma262/#sec-serializejsonobject
ThrowCompletionOr<std::u16string> SerializeJSONObject(Agent& agent, JsonSerializationRecord& state, Object* value) {
  heap::Handle<Object> rooted_value(agent.heap(), value);
  // 1. If state.[[Stack]] contains value, throw a TypeError exception because the structure is cyclical.
  if (StackContains(state, value)) return ThrowTypeError(agent, u"Converting circular structure to JSON");
  if (state.stack.values().size() >= kMaxNestingDepth) return ThrowTooDeep(agent);
  // 2. Append value to state.[[Stack]].
  state.stack.values().push_back(Value::FromObject(value));
  // 3. Let stepback be state.[[Indent]].
  std::u16string step_back = state.indent;
  // 4. Set state.[[Indent]] to the string-concatenation of state.[[Indent]] and state.[[Gap]].
  state.indent += state.gap;
  // 5. If state.[[PropertyList]] is not undefined, then a. Let K be state.[[PropertyList]].
  // 6. Else, a. Let K be ? EnumerableOwnProperties(value, key).
  std::vector<PropertyKey> k =
      state.property_list ? *state.property_list : TRY(EnumerableOwnPropertyKeys(agent, rooted_value));
  // 7. Let partial be a new empty List.
  std::vector<std::u16string> partial;
  // 8. For each element P of K, do
  for (const PropertyKey& p : k) {
    // a. Let strP be ? SerializeJSONProperty(state, P, value).
    std::optional<std::u16string> str_p = TRY(SerializeJSONProperty(agent, state, p, rooted_value));
    // b. If strP is not undefined, then
    if (str_p) {
      // i. Let member be QuoteJSONString(P).
      std::u16string member;
      if (p.is_array_index()) {
        QuoteJSONString(interpreter::Number::toString(p.array_index()), member);
      } else {
        QuoteJSONString(p.string()->code_units(), member);
      }
      // ii. Set member to the string-concatenation of member and ":".
      member.push_back(u':');
      // iii. If state.[[Gap]] is not the empty String, then
      //      1. Set member to the string-concatenation of member and the code unit 0x0020 (SPACE).
      if (!state.gap.empty()) member.push_back(u' ');
      // iv. Set member to the string-concatenation of member and strP.
      member += *str_p;
      // v. Append member to partial.
      partial.push_back(std::move(member));
    }
  }
  // 9. If partial is empty, then let final be "{}".
  // 10. Else, (joined with "," or ",\n" + indent, see JoinPartial).
  std::u16string final_string = JoinPartial(state, partial, step_back, u'{', u'}');
  // 11. Remove the last element of state.[[Stack]].
  state.stack.values().pop_back();
  // 12. Set state.[[Indent]] to stepback.
  state.indent = step_back;
  // 13. Return final.
  return final_string;
}

// 25.5.4.6 SerializeJSONArray ( state, value )
// https://tc39.es/ecma262/#sec-serializejsonarray
ThrowCompletionOr<std::u16string> SerializeJSONArray(Agent& agent, JsonSerializationRecord& state, Object* value) {
  heap::Handle<Object> rooted_value(agent.heap(), value);
  // 1. If state.[[Stack]] contains value, throw a TypeError exception because the structure is cyclical.
  if (StackContains(state, value)) return ThrowTypeError(agent, u"Converting circular structure to JSON");
  if (state.stack.values().size() >= kMaxNestingDepth) return ThrowTooDeep(agent);
  // 2. Append value to state.[[Stack]].
  state.stack.values().push_back(Value::FromObject(value));
  // 3. Let stepback be state.[[Indent]].
  std::u16string step_back = state.indent;
  // 4. Set state.[[Indent]] to the string-concatenation of state.[[Indent]] and state.[[Gap]].
  state.indent += state.gap;
  // 5. Let partial be a new empty List.
  std::vector<std::u16string> partial;
  // 6. Let len be ? LengthOfArrayLike(value).
  double len = TRY(interpreter::vm::LengthOfArrayLike(agent, rooted_value));
  // 7. Let index be 0.
  // 8. Repeat, while index < len,
  for (double index = 0; index < len; ++index) {
    // a. Let strP be ? SerializeJSONProperty(state, ! ToString(𝔽(index)), value).
    std::optional<std::u16string> str_p =
        TRY(SerializeJSONProperty(agent, state, PropertyKey::FromNumber(agent.strings(), index), rooted_value));
    // b. If strP is undefined, then i. Append "null" to partial.
    // c. Else, i. Append strP to partial.
    partial.push_back(str_p ? std::move(*str_p) : std::u16string(u"null"));
    // d. Set index to index + 1.
  }
  // 9. If partial is empty, then let final be "[]".
  // 10. Else, (joined with "," or ",\n" + indent, see JoinPartial).
  std::u16string final_string = JoinPartial(state, partial, step_back, u'[', u']');
  // 11. Remove the last element of state.[[Stack]].
  state.stack.values().pop_back();
  // 12. Set state.[[Indent]] to stepback.
  state.indent = step_back;
  // 13. Return final.
  return final_string;
}

// 25.5.4.2 SerializeJSONProperty ( state, key, holder )
// https://tc39.es/ecma262/#sec-serializejsonproperty
// std::nullopt stands for undefined.
ThrowCompletionOr<std::optional<std::u16string>> SerializeJSONProperty(Agent& agent, JsonSerializationRecord& state,
                                                                      const PropertyKey& key, Object* holder_object) {
  heap::Handle<Object> holder(agent.heap(), holder_object);
  // 1. Let value be ? Get(holder, key).
  RootedValue value(agent.heap(), TRY(interpreter::Get(agent, holder, key)));
  // 2. If value is an Object or value is a BigInt, then
  if (value->IsObject() || value->IsBigInt()) {
    // a. Let toJSON be ? GetV(value, "toJSON").
    Value to_json = TRY(interpreter::vm::GetV(agent, agent.current_realm(), value, agent.Key(u"toJSON")));
    // b. If IsCallable(toJSON) is true, then
    if (interpreter::IsCallable(to_json)) {
      // i. Set value to ? Call(toJSON, value, « key »).
      RootedValue key_value(agent.heap(), key.ToValue(agent.strings()));
      Value call_arguments[] = {key_value.get()};
      value = TRY(interpreter::Call(agent, to_json, value, call_arguments));
    }
  }
  // 3. If state.[[ReplacerFunction]] is not undefined, then
  if (!state.replacer_function->IsUndefined()) {
    // a. Set value to ? Call(state.[[ReplacerFunction]], holder, « key, value »).
    RootedValue key_value(agent.heap(), key.ToValue(agent.strings()));
    Value call_arguments[] = {key_value.get(), value.get()};
    value = TRY(interpreter::Call(agent, state.replacer_function, Value::FromObject(holder), call_arguments));
  }
  // 4. If value is an Object, then
  if (value->IsObject()) {
    // a. If value has an [[IsRawJSON]] internal slot, then
    if (dynamic_cast<RawJsonObject*>(value->AsObject()) != nullptr) {
      // i. Let rawJSON be ! Get(value, "rawJSON").
      Value raw_json = MUST(interpreter::Get(agent, value->AsObject(), agent.Key(u"rawJSON")));
      // ii. Assert: rawJSON is a String.
      // iii. Return rawJSON.
      return std::optional<std::u16string>(std::u16string(raw_json.AsString()->code_units()));
    }
    if (interpreter::WrappedPrimitive(value, &Value::IsNumber)) {
      // b. If value has a [[NumberData]] internal slot, then i. Set value to ? ToNumber(value).
      value = Value::Number(TRY(interpreter::vm::ToNumber(agent, value)));
    } else if (interpreter::WrappedPrimitive(value, &Value::IsString)) {
      // c. Else if value has a [[StringData]] internal slot, then i. Set value to ? ToString(value).
      value = TRY(interpreter::vm::ToString(agent, value));
    } else if (auto boolean = interpreter::WrappedPrimitive(value, &Value::IsBoolean)) {
      // d. Else if value has a [[BooleanData]] internal slot, then i. Set value to value.[[BooleanData]].
      value = *boolean;
    } else if (auto bigint = interpreter::WrappedPrimitive(value, &Value::IsBigInt)) {
      // e. Else if value has a [[BigIntData]] internal slot, then i. Set value to value.[[BigIntData]].
      value = *bigint;
    }
  }
  // 5. If value is null, return "null".
  if (value->IsNull()) return std::optional<std::u16string>(u"null");
  // 6. If value is true, return "true".
  // 7. If value is false, return "false".
  if (value->IsBoolean()) return std::optional<std::u16string>(value->AsBoolean() ? u"true" : u"false");
  // 8. If value is a String, return QuoteJSONString(value).
  if (value->IsString()) {
    std::u16string product;
    QuoteJSONString(value->AsString()->code_units(), product);
    return std::optional<std::u16string>(std::move(product));
  }
  // 9. If value is a Number, then
  if (value->IsNumber()) {
    // a. If value is finite, return ! ToString(value).
    double number = value->AsNumber();
    if (std::isfinite(number)) return std::optional<std::u16string>(interpreter::Number::toString(number));
    // b. Return "null".
    return std::optional<std::u16string>(u"null");
  }
  // 10. If value is a BigInt, throw a TypeError exception.
  if (value->IsBigInt()) return ThrowTypeError(agent, u"Do not know how to serialize a BigInt");
  // 11. If value is an Object and IsCallable(value) is false, then
  if (value->IsObject() && !interpreter::IsCallable(value)) {
    // a. Let isArray be ? IsArray(value).
    bool is_array = TRY(interpreter::vm::IsArray(agent, value));
    // b. If isArray is true, return ? SerializeJSONArray(state, value).
    if (is_array) return std::optional<std::u16string>(TRY(SerializeJSONArray(agent, state, value->AsObject())));
    // c. Return ? SerializeJSONObject(state, value).
    return std::optional<std::u16string>(TRY(SerializeJSONObject(agent, state, value->AsObject())));
  }
  // 12. Return undefined.
  return std::optional<std::u16string>();
}

// 25.5.4 JSON.stringify ( value [ , replacer [ , space ] ] )
// https://tc39.es/ecma262/#sec-json.stringify
ThrowCompletionOr<Value> JSONStringify(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value value = Argument(arguments, 0);
  Value replacer = Argument(arguments, 1);
  RootedValue space(agent.heap(), Argument(arguments, 2));
  // 1. Let stack be a new empty List.
  // 2. Let indent be the empty String.
  // 3. Let PropertyList be undefined.
  // 4. Let ReplacerFunction be undefined.
  JsonSerializationRecord state(agent.heap());
  // 5. If replacer is an Object, then
  if (replacer.IsObject()) {
    heap::Handle<Object> replacer_object(agent.heap(), replacer.AsObject());
    // a. If IsCallable(replacer) is true, then
    if (interpreter::IsCallable(replacer)) {
      // i. Set ReplacerFunction to replacer.
      state.replacer_function = replacer;
    } else {
      // b. Else,
      // i. Let isArray be ? IsArray(replacer).
      bool is_array = TRY(interpreter::vm::IsArray(agent, replacer));
      // ii. If isArray is true, then
      if (is_array) {
        // 1. Set PropertyList to a new empty List.
        state.property_list.emplace();
        // 2. Let len be ? LengthOfArrayLike(replacer).
        double len = TRY(interpreter::vm::LengthOfArrayLike(agent, replacer_object));
        // 3. Let k be 0.
        // 4. Repeat, while k < len,
        for (double k = 0; k < len; ++k) {
          // a. Let prop be ! ToString(𝔽(k)).
          // b. Let v be ? Get(replacer, prop).
          RootedValue v(agent.heap(), TRY(interpreter::Get(agent, replacer_object,
                                                           PropertyKey::FromNumber(agent.strings(), k))));
          // c. Let item be undefined.
          std::optional<PropertyKey> item;
          if (v->IsString()) {
            // d. If v is a String, then i. Set item to v.
            item = PropertyKey::FromValue(agent.strings(), v);
          } else if (v->IsNumber()) {
            // e. Else if v is a Number, then i. Set item to ! ToString(v).
            item = PropertyKey::FromNumber(agent.strings(), v->AsNumber());
          } else if (v->IsObject()) {
            // f. Else if v is an Object, then
            //    i. If v has a [[StringData]] or [[NumberData]] internal slot, set item to ? ToString(v).
            if (interpreter::WrappedPrimitive(v, &Value::IsString) ||
                interpreter::WrappedPrimitive(v, &Value::IsNumber)) {
              Value string = TRY(interpreter::vm::ToString(agent, v));
              item = PropertyKey::FromValue(agent.strings(), string);
            }
          }
          // g. If item is not undefined and PropertyList does not contain item, then
          //    i. Append item to PropertyList.
          if (item && std::find(state.property_list->begin(), state.property_list->end(), *item) ==
                          state.property_list->end()) {
            state.property_list->push_back(*item);
          }
          // h. Set k to k + 1.
        }
      }
    }
  }
  // 6. If space is an Object, then
  if (space->IsObject()) {
    if (interpreter::WrappedPrimitive(space, &Value::IsNumber)) {
      // a. If space has a [[NumberData]] internal slot, then i. Set space to ? ToNumber(space).
      space = Value::Number(TRY(interpreter::vm::ToNumber(agent, space)));
    } else if (interpreter::WrappedPrimitive(space, &Value::IsString)) {
      // b. Else if space has a [[StringData]] internal slot, then i. Set space to ? ToString(space).
      space = TRY(interpreter::vm::ToString(agent, space));
    }
  }
  // 7. If space is a Number, then
  if (space->IsNumber()) {
    // a. Let spaceMV be ! ToIntegerOrInfinity(space).
    double space_mv = MUST(interpreter::vm::ToIntegerOrInfinity(agent, space));
    // b. Set spaceMV to min(10, spaceMV).
    space_mv = std::min(10.0, space_mv);
    // c. If spaceMV < 1, let gap be the empty String; otherwise let gap be the String value containing spaceMV
    //    occurrences of the code unit 0x0020 (SPACE).
    if (space_mv >= 1) state.gap = std::u16string(static_cast<size_t>(space_mv), u' ');
  } else if (space->IsString()) {
    // 8. Else if space is a String, then
    // a. If the length of space ≤ 10, let gap be space; otherwise let gap be the substring of space from 0 to 10.
    state.gap = std::u16string(space->AsString()->code_units().substr(0, 10));
  }
  // 9. Else, a. Let gap be the empty String.
  // 10. Let wrapper be OrdinaryObjectCreate(%Object.prototype%).
  heap::Handle<Object> wrapper(agent.heap(), interpreter::OrdinaryObjectCreate<Object>(
                                                 agent, CurrentIntrinsic(agent, Intrinsic::kObjectPrototype)));
  // 11. Perform ! CreateDataPropertyOrThrow(wrapper, the empty String, value).
  MUST(interpreter::CreateDataPropertyOrThrow(agent, wrapper, agent.Key(u""), value));
  // 12. Let state be the JSON Serialization Record { [[ReplacerFunction]]: ReplacerFunction, [[Stack]]: stack,
  //     [[Indent]]: indent, [[Gap]]: gap, [[PropertyList]]: PropertyList }.
  // 13. Return ? SerializeJSONProperty(state, the empty String, wrapper).
  std::optional<std::u16string> result = TRY(SerializeJSONProperty(agent, state, agent.Key(u""), wrapper));
  if (!result) return Value::Undefined();
  return MakeString(agent, std::move(*result));
}

// 25.5.1 JSON.isRawJSON ( obj )
// https://tc39.es/ecma262/#sec-json.israwjson
ThrowCompletionOr<Value> JSONIsRawJSON(Agent&, Value, std::span<const Value> arguments, Object*) {
  Value obj = Argument(arguments, 0);
  // 1. If obj is an Object and obj has an [[IsRawJSON]] internal slot, return true.
  // 2. Return false.
  return Value::Boolean(obj.IsObject() && dynamic_cast<RawJsonObject*>(obj.AsObject()) != nullptr);
}

// Whether a code unit is an ASCII lowercase letter or an ASCII digit (JSON.rawJSON steps 3-4).
bool IsLowercaseLetterOrDigit(char16_t c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); }

// 25.5.3 JSON.rawJSON ( text )
// https://tc39.es/ecma262/#sec-json.rawjson
ThrowCompletionOr<Value> JSONRawJSON(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let jsonString be ? ToString(text).
  RootedValue json_string(agent.heap(), TRY(interpreter::vm::ToString(agent, Argument(arguments, 0))));
  std::u16string_view code_units = json_string->AsString()->code_units();
  // 2. If jsonString is the empty String, throw a SyntaxError exception.
  if (code_units.empty()) return interpreter::ThrowError(agent, ErrorKind::kSyntaxError, u"JSON.rawJSON: empty text");
  // 3. If the first code unit of jsonString is not either an ASCII lowercase letter code unit, an ASCII digit code
  //    unit, 0x0022 (QUOTATION MARK), or 0x002D (HYPHEN-MINUS), throw a SyntaxError exception.
  char16_t first = code_units.front();
  if (!IsLowercaseLetterOrDigit(first) && first != u'"' && first != u'-') {
    return interpreter::ThrowError(agent, ErrorKind::kSyntaxError, u"JSON.rawJSON: bad first character");
  }
  // 4. If the last code unit of jsonString is not either an ASCII lowercase letter code unit, an ASCII digit code
  //    unit, or 0x0022 (QUOTATION MARK), throw a SyntaxError exception.
  char16_t last = code_units.back();
  if (!IsLowercaseLetterOrDigit(last) && last != u'"') {
    return interpreter::ThrowError(agent, ErrorKind::kSyntaxError, u"JSON.rawJSON: bad last character");
  }
  // 5. Let parseResult be ? ParseJSON(jsonString).
  JsonParser parser(agent, code_units);
  Value parse_result = TRY(parser.ParseText());
  // 6. Assert: parseResult.[[Value]] is either a String, a Number, a Boolean, or null. (Steps 3-4 exclude
  //    arrays and objects.)
  (void)parse_result;
  // 7. Let internalSlotsList be « [[IsRawJSON]] ».
  // 8. Let obj be OrdinaryObjectCreate(null, internalSlotsList).
  heap::Handle<Object> obj(agent.heap(), interpreter::OrdinaryObjectCreate<RawJsonObject>(agent, nullptr));
  // 9. Perform ! CreateDataPropertyOrThrow(obj, "rawJSON", jsonString).
  MUST(interpreter::CreateDataPropertyOrThrow(agent, obj, agent.Key(u"rawJSON"), json_string));
  // 10. Perform ! SetIntegrityLevel(obj, frozen).
  MUST(interpreter::SetIntegrityLevel(agent, obj, interpreter::IntegrityLevel::kFrozen));
  // 11. Return obj.
  return Value::FromObject(obj);
}

}  // namespace

void CreateJSONIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 25.5: %JSON% is an ordinary object whose [[Prototype]] is %Object.prototype%.
  heap::Handle<Object> json(agent.heap(), interpreter::OrdinaryObjectCreate<Object>(
                                              agent, realm->intrinsic(Intrinsic::kObjectPrototype)));
  realm->set_intrinsic(Intrinsic::kJSON, json);
  DefineBuiltinMethod(agent, realm, json, u"isRawJSON", 1, JSONIsRawJSON);
  DefineBuiltinMethod(agent, realm, json, u"parse", 2, JSONParse);
  DefineBuiltinMethod(agent, realm, json, u"rawJSON", 1, JSONRawJSON);
  DefineBuiltinMethod(agent, realm, json, u"stringify", 3, JSONStringify);
  // 25.5.5 JSON [ %Symbol.toStringTag% ]: "JSON", { [[Writable]]: false, [[Enumerable]]: false,
  // [[Configurable]]: true }.
  DefineBuiltinData(agent, json, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag)),
                    agent.InternedString(u"JSON"), false, false, true);
}

}  // namespace async_runtime::builtins
