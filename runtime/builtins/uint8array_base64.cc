#include "runtime/builtins/uint8array_base64.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/builtins/typed_array.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

namespace vm = interpreter::vm;
using interpreter::RootedValue;
using interpreter::ThrowError;
using interpreter::ThrowTypeError;

namespace {

constexpr std::u16string_view kStandardBase64Alphabet =
    u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// The Record FromBase64 and FromHex return: [[Read]], [[Bytes]], and [[Error]] (a SyntaxError to create and
// throw, here its message; nullopt for ~none~). The SyntaxError is created by the caller when it throws, which
// is not observable: nothing runs between its creation and its throw.
struct DecodeResult {
  size_t read = 0;
  std::vector<uint8_t> bytes;
  std::optional<std::u16string> error;
};

// The bytes of `ta`'s buffer (a Uint8Array whose buffer is not detached).
uint8_t* BufferBytes(TypedArrayObject* ta) { return ta->viewed_array_buffer()->array_buffer_data()->bytes(); }

// 23.3.3.1 ValidateUint8Array ( ta )
// https://tc39.es/ecma262/#sec-validateuint8array
ThrowCompletionOr<TypedArrayObject*> ValidateUint8Array(Agent& agent, Value ta) {
  // 1. Perform ? RequireInternalSlot(ta, [[TypedArrayName]]).
  TypedArrayObject* typed_array = AsTypedArray(ta);
  if (typed_array == nullptr) return ThrowTypeError(agent, u"this value is not a Uint8Array");
  // 2. If ta.[[TypedArrayName]] is not "Uint8Array", throw a TypeError exception.
  if (typed_array->element_type() != ElementType::kUint8) {
    return ThrowTypeError(agent, u"this value is a " + std::u16string(TypedArrayName(typed_array->element_type())) +
                                     u", not a Uint8Array");
  }
  // 3. Return unused.
  return typed_array;
}

// 23.3.3.2 GetUint8ArrayBytes ( ta )
// https://tc39.es/ecma262/#sec-getuint8arraybytes
ThrowCompletionOr<std::vector<uint8_t>> GetUint8ArrayBytes(Agent& agent, TypedArrayObject* ta) {
  // 1. Let buffer be ta.[[ViewedArrayBuffer]].
  // 2. Let taRecord be ? ValidateTypedArrayBounds(ta, seq-cst).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArrayBounds(agent, ta));
  // 3. Let length be TypedArrayLength(taRecord).
  size_t length = TypedArrayLength(ta_record);
  // 4. Let byteOffset be ta.[[ByteOffset]].
  size_t byte_offset = ta->byte_offset();
  // 5. Let bytes be a new empty List. 6.-7. For each index < length, append the byte at byteOffset + index
  //    (GetValueFromBuffer(buffer, byteIndex, uint8, true, unordered)).
  const uint8_t* data = BufferBytes(ta);
  // 8. Return bytes.
  return std::vector<uint8_t>(data + byte_offset, data + byte_offset + length);
}

// 23.3.3.3 SetUint8ArrayBytes ( into, bytes )
// https://tc39.es/ecma262/#sec-setuint8arraybytes
void SetUint8ArrayBytes(TypedArrayObject* into, const std::vector<uint8_t>& bytes) {
  // 1. Let offset be into.[[ByteOffset]].
  size_t offset = into->byte_offset();
  // 2. Let length be the number of elements in bytes. 3.-4. For each index < length, perform
  //    SetValueInBuffer(into.[[ViewedArrayBuffer]], index + offset, uint8, 𝔽(bytes[index]), true, unordered).
  if (bytes.empty()) return;
  uint8_t* data = BufferBytes(into);
  for (size_t index = 0; index < bytes.size(); ++index) data[offset + index] = bytes[index];
  // 5. Return unused.
}

// 23.3.3.4 SkipAsciiWhitespace ( string, index )
// https://tc39.es/ecma262/#sec-skipasciiwhitespace
size_t SkipAsciiWhitespace(std::u16string_view string, size_t index) {
  // 1. Let length be the length of string.
  // 2. Repeat, while index < length,
  while (index < string.size()) {
    // a. Let char be the code unit at index index within string.
    char16_t ch = string[index];
    // b. If char is not one of 0x0009 (TAB), 0x000A (LF), 0x000C (FF), 0x000D (CR), or 0x0020 (SPACE), then
    //    i. Return index.
    if (ch != 0x09 && ch != 0x0A && ch != 0x0C && ch != 0x0D && ch != 0x20) return index;
    // c. Set index to index + 1.
    ++index;
  }
  // 3. Return index.
  return index;
}

// 23.3.3.6 DecodeFullLengthBase64Chunk ( chunk )
// https://tc39.es/ecma262/#sec-decodefulllengthbase64chunk
// (chunk: four characters of the standard base64 alphabet.)
std::vector<uint8_t> DecodeFullLengthBase64Chunk(std::u16string_view chunk) {
  // 1. Let byteSequence be the unique sequence of 3 bytes resulting from decoding chunk as base64.
  uint32_t sextets = 0;
  for (char16_t ch : chunk) sextets = (sextets << 6) | static_cast<uint32_t>(kStandardBase64Alphabet.find(ch));
  // 2. Return a List whose elements are the elements of byteSequence, in order.
  return {static_cast<uint8_t>(sextets >> 16), static_cast<uint8_t>((sextets >> 8) & 0xFF),
          static_cast<uint8_t>(sextets & 0xFF)};
}

// 23.3.3.5 DecodeFinalBase64Chunk ( chunk, throwOnExtraBits )
// https://tc39.es/ecma262/#sec-decodefinalbase64chunk
// (The throw completion is returned as nullopt: its SyntaxError goes into FromBase64's [[Error]].)
std::optional<std::vector<uint8_t>> DecodeFinalBase64Chunk(std::u16string chunk, bool throw_on_extra_bits) {
  // 1. Let chunkLength be the length of chunk.
  size_t chunk_length = chunk.size();
  // 2. If chunkLength = 2, then a. Set chunk to the string-concatenation of chunk and "AA".
  // 3. Else, a. Assert: chunkLength is 3. b. Set chunk to the string-concatenation of chunk and "A".
  chunk.append(chunk_length == 2 ? u"AA" : u"A");
  // 4. Let bytes be DecodeFullLengthBase64Chunk(chunk).
  std::vector<uint8_t> bytes = DecodeFullLengthBase64Chunk(chunk);
  // 5. If chunkLength = 2, then
  if (chunk_length == 2) {
    // a. If throwOnExtraBits is true and bytes[1] ≠ 0, throw a SyntaxError exception.
    if (throw_on_extra_bits && bytes[1] != 0) return std::nullopt;
    // b. Return « bytes[0] ».
    return std::vector<uint8_t>{bytes[0]};
  }
  // 6. If throwOnExtraBits is true and bytes[2] ≠ 0, throw a SyntaxError exception.
  if (throw_on_extra_bits && bytes[2] != 0) return std::nullopt;
  // 7. Return « bytes[0], bytes[1] ».
  return std::vector<uint8_t>{bytes[0], bytes[1]};
}

enum class Base64Alphabet { kBase64, kBase64Url };
enum class LastChunkHandling { kLoose, kStrict, kStopBeforePartial };

// 23.3.3.7 FromBase64 ( string, alphabet, lastChunkHandling [ , maxLength ] )
// https://tc39.es/ecma262/#sec-frombase64
DecodeResult FromBase64(std::u16string_view string, Base64Alphabet alphabet, LastChunkHandling last_chunk_handling,
                        std::optional<size_t> max_length_argument = std::nullopt) {
  // 1. If maxLength is not present, then a. Set maxLength to 2^53 - 1.
  //    b. NOTE: the limit can never be reached.
  size_t max_length = max_length_argument.value_or(SIZE_MAX);
  // 2. NOTE: The order of validation and decoding in the algorithm below is not observable.
  // 3. If maxLength = 0, then a. Return the Record { [[Read]]: 0, [[Bytes]]: « », [[Error]]: none }.
  if (max_length == 0) return {};
  // 4. Let read be 0. 5. Let bytes be a new empty List. 6. Let chunk be the empty String.
  // 7. Let chunkLength be 0. 8. Let index be 0. 9. Let length be the length of string.
  DecodeResult result;
  std::u16string chunk;
  size_t index = 0;
  size_t length = string.size();
  auto fail = [&](std::u16string message) {
    result.error = std::move(message);
    return std::move(result);
  };
  // 10. Repeat,
  while (true) {
    // a. Assert: The number of elements in bytes is evenly divisible by 3.
    // b. Set index to SkipAsciiWhitespace(string, index).
    index = SkipAsciiWhitespace(string, index);
    // c. If index = length, then
    if (index == length) {
      // i. If chunkLength > 0, then
      if (!chunk.empty()) {
        // 1. If lastChunkHandling is "stop-before-partial", then return { read, bytes, none }.
        if (last_chunk_handling == LastChunkHandling::kStopBeforePartial) return result;
        // 2. If lastChunkHandling is "strict", then return { read, bytes, a new SyntaxError }.
        if (last_chunk_handling == LastChunkHandling::kStrict) {
          return fail(u"the base64 string ends with an incomplete chunk");
        }
        // 3. Assert: lastChunkHandling is "loose".
        // 4. If chunkLength = 1, then return { read, bytes, a new SyntaxError }.
        if (chunk.size() == 1) return fail(u"the base64 string ends with a single character");
        // 5. Set bytes to the list-concatenation of bytes and ! DecodeFinalBase64Chunk(chunk, false).
        std::vector<uint8_t> final_bytes = *DecodeFinalBase64Chunk(chunk, false);
        result.bytes.insert(result.bytes.end(), final_bytes.begin(), final_bytes.end());
      }
      // ii. Return the Record { [[Read]]: length, [[Bytes]]: bytes, [[Error]]: none }.
      result.read = length;
      return result;
    }
    // d. Let char be the substring of string from index to index + 1.
    char16_t ch = string[index];
    // e. Set index to index + 1.
    ++index;
    // f. If char is "=", then
    if (ch == u'=') {
      // i. If chunkLength < 2, then return { read, bytes, a new SyntaxError }.
      if (chunk.size() < 2) return fail(u"misplaced padding in the base64 string");
      // ii. Set index to SkipAsciiWhitespace(string, index).
      index = SkipAsciiWhitespace(string, index);
      // iii. If chunkLength = 2, then
      if (chunk.size() == 2) {
        // 1. If index = length, then
        if (index == length) {
          // a. If lastChunkHandling is "stop-before-partial", then return { read, bytes, none }.
          if (last_chunk_handling == LastChunkHandling::kStopBeforePartial) return result;
          // b. Return { read, bytes, a new SyntaxError }.
          return fail(u"the base64 string is missing padding");
        }
        // 2. Set char to the substring of string from index to index + 1.
        ch = string[index];
        // 3. If char is "=", then a. Set index to SkipAsciiWhitespace(string, index + 1).
        if (ch == u'=') index = SkipAsciiWhitespace(string, index + 1);
      }
      // iv. If index < length, then return { read, bytes, a new SyntaxError }.
      if (index < length) return fail(u"unexpected characters after the padding of the base64 string");
      // v. If lastChunkHandling is "strict", let throwOnExtraBits be true; else let throwOnExtraBits be false.
      bool throw_on_extra_bits = last_chunk_handling == LastChunkHandling::kStrict;
      // vi. Let decodeResult be Completion(DecodeFinalBase64Chunk(chunk, throwOnExtraBits)).
      std::optional<std::vector<uint8_t>> decode_result = DecodeFinalBase64Chunk(chunk, throw_on_extra_bits);
      // vii. If decodeResult is an abrupt completion, then return { read, bytes, decodeResult.[[Value]] }.
      if (!decode_result.has_value()) return fail(u"the last chunk of the base64 string has nonzero extra bits");
      // viii. Set bytes to the list-concatenation of bytes and ! decodeResult.
      result.bytes.insert(result.bytes.end(), decode_result->begin(), decode_result->end());
      // ix. Return the Record { [[Read]]: length, [[Bytes]]: bytes, [[Error]]: none }.
      result.read = length;
      return result;
    }
    // g. If alphabet is "base64url", then
    if (alphabet == Base64Alphabet::kBase64Url) {
      // i. If char is either "+" or "/", then return { read, bytes, a new SyntaxError }.
      if (ch == u'+' || ch == u'/') return fail(u"'+' and '/' are not in the base64url alphabet");
      // ii. Else if char is "-", then 1. Set char to "+".
      if (ch == u'-') ch = u'+';
      // iii. Else if char is "_", then 1. Set char to "/".
      else if (ch == u'_') ch = u'/';
    }
    // h. If the sole code unit of char is not an element of the standard base64 alphabet, then
    //    return { read, bytes, a new SyntaxError }.
    if (kStandardBase64Alphabet.find(ch) == std::u16string_view::npos) {
      return fail(u"the string contains a character that is not in the base64 alphabet");
    }
    // i. Let remaining be maxLength - the number of elements in bytes.
    size_t remaining = max_length - result.bytes.size();
    // j. If remaining = 1 and chunkLength = 2, or if remaining = 2 and chunkLength = 3, then
    //    return { read, bytes, none }.
    if ((remaining == 1 && chunk.size() == 2) || (remaining == 2 && chunk.size() == 3)) return result;
    // k. Set chunk to the string-concatenation of chunk and char. l. Set chunkLength to the length of chunk.
    chunk.push_back(ch);
    // m. If chunkLength = 4, then
    if (chunk.size() == 4) {
      // i. Set bytes to the list-concatenation of bytes and DecodeFullLengthBase64Chunk(chunk).
      std::vector<uint8_t> chunk_bytes = DecodeFullLengthBase64Chunk(chunk);
      result.bytes.insert(result.bytes.end(), chunk_bytes.begin(), chunk_bytes.end());
      // ii. Set chunk to the empty String. iii. Set chunkLength to 0.
      chunk.clear();
      // iv. Set read to index.
      result.read = index;
      // v. If the number of elements in bytes = maxLength, then return { read, bytes, none }.
      if (result.bytes.size() == max_length) return result;
    }
  }
}

int HexDigitValue(char16_t ch) {
  if (ch >= u'0' && ch <= u'9') return ch - u'0';
  if (ch >= u'a' && ch <= u'f') return ch - u'a' + 10;
  if (ch >= u'A' && ch <= u'F') return ch - u'A' + 10;
  return -1;
}

// 23.3.3.8 FromHex ( string [ , maxLength ] )
// https://tc39.es/ecma262/#sec-fromhex
DecodeResult FromHex(std::u16string_view string, std::optional<size_t> max_length_argument = std::nullopt) {
  // 1. If maxLength is not present, set maxLength to 2^53 - 1.
  size_t max_length = max_length_argument.value_or(SIZE_MAX);
  // 2. Let length be the length of string. 3. Let bytes be a new empty List. 4. Let read be 0.
  size_t length = string.size();
  DecodeResult result;
  // 5. If length modulo 2 ≠ 0, then return { read, bytes, a new SyntaxError }.
  if (length % 2 != 0) {
    result.error = u"the hex string has an odd length";
    return result;
  }
  // 6. Repeat, while read < length and the number of elements in bytes < maxLength,
  while (result.read < length && result.bytes.size() < max_length) {
    // a. Let hexits be the substring of string from read to read + 2.
    int high = HexDigitValue(string[result.read]);
    int low = HexDigitValue(string[result.read + 1]);
    // b. If hexits contains any code units which are not in "0123456789abcdefABCDEF", then
    //    return { read, bytes, a new SyntaxError }.
    if (high < 0 || low < 0) {
      result.error = u"the string contains a character that is not a hex digit";
      return result;
    }
    // c. Set read to read + 2.
    result.read += 2;
    // d. Let byte be the integer value represented by hexits in base-16 notation.
    // e. Append byte to bytes.
    result.bytes.push_back(static_cast<uint8_t>(high * 16 + low));
  }
  // 7. Return the Record { [[Read]]: read, [[Bytes]]: bytes, [[Error]]: none }.
  return result;
}

// 7.3.36 GetOptionsObject ( options )
// https://tc39.es/ecma262/#sec-getoptionsobject
ThrowCompletionOr<Object*> GetOptionsObject(Agent& agent, Value options) {
  // 1. If options is undefined, then a. Return OrdinaryObjectCreate(null).
  if (options.IsUndefined()) return interpreter::OrdinaryObjectCreate(agent, nullptr);
  // 2. If options is an Object, then a. Return options.
  if (options.IsObject()) return options.AsObject();
  // 3. Throw a TypeError exception.
  return ThrowTypeError(agent, u"the options argument is not an object");
}

// The "alphabet" option of fromBase64, setFromBase64 and toBase64: steps "Let alphabet be ? Get(optionsObj,
// "alphabet"). If alphabet is undefined, set alphabet to "base64". If alphabet is neither "base64" nor
// "base64url", throw a TypeError exception."
ThrowCompletionOr<Base64Alphabet> GetAlphabetOption(Agent& agent, Object* options_obj) {
  Value alphabet = TRY(interpreter::Get(agent, options_obj, agent.Key(u"alphabet")));
  if (alphabet.IsUndefined()) return Base64Alphabet::kBase64;
  if (alphabet.IsString() && alphabet.AsString()->code_units() == u"base64") return Base64Alphabet::kBase64;
  if (alphabet.IsString() && alphabet.AsString()->code_units() == u"base64url") return Base64Alphabet::kBase64Url;
  return ThrowTypeError(agent, u"the alphabet option must be \"base64\" or \"base64url\"");
}

// The "lastChunkHandling" option of fromBase64 and setFromBase64: "Let lastChunkHandling be ? Get(optionsObj,
// "lastChunkHandling"). If lastChunkHandling is undefined, set lastChunkHandling to "loose". If
// lastChunkHandling is not one of "loose", "strict", or "stop-before-partial", throw a TypeError exception."
ThrowCompletionOr<LastChunkHandling> GetLastChunkHandlingOption(Agent& agent, Object* options_obj) {
  Value handling = TRY(interpreter::Get(agent, options_obj, agent.Key(u"lastChunkHandling")));
  if (handling.IsUndefined()) return LastChunkHandling::kLoose;
  if (handling.IsString()) {
    std::u16string_view text = handling.AsString()->code_units();
    if (text == u"loose") return LastChunkHandling::kLoose;
    if (text == u"strict") return LastChunkHandling::kStrict;
    if (text == u"stop-before-partial") return LastChunkHandling::kStopBeforePartial;
  }
  return ThrowTypeError(agent, u"the lastChunkHandling option must be \"loose\", \"strict\" or \"stop-before-partial\"");
}

// The steps fromBase64 and fromHex share: "Let ta be ? AllocateTypedArray("Uint8Array", %Uint8Array%,
// "%Uint8Array.prototype%", resultLength). Set the value at each index of ta.[[ViewedArrayBuffer]].[[ArrayBufferData]]
// to the value at the corresponding index of result.[[Bytes]]. Return ta." AllocateTypedArray is reached by
// constructing %Uint8Array% with the length, which runs no user code: its "prototype" property is neither
// writable nor configurable, and ToIndex of a Number calls nothing.
ThrowCompletionOr<Value> NewUint8ArrayWithBytes(Agent& agent, const std::vector<uint8_t>& bytes) {
  Object* constructor = agent.current_realm()->intrinsic(Intrinsic::kUint8Array);
  Value length = Value::Number(static_cast<double>(bytes.size()));
  Object* ta = TRY(vm::Construct(agent, constructor, std::span<const Value>(&length, 1)));
  SetUint8ArrayBytes(static_cast<TypedArrayObject*>(ta), bytes);
  return Value::FromObject(ta);
}

// The { read, written } result object of setFromBase64 and setFromHex.
Value ReadWrittenResult(Agent& agent, size_t read, size_t written) {
  // Let resultObj be OrdinaryObjectCreate(%Object.prototype%).
  heap::Handle<Object> result_obj(
      agent.heap(), interpreter::OrdinaryObjectCreate(
                        agent, agent.current_realm()->intrinsic(Intrinsic::kObjectPrototype)));
  // Perform ! CreateDataPropertyOrThrow(resultObj, "read", 𝔽(result.[[Read]])).
  MUST(interpreter::CreateDataPropertyOrThrow(agent, result_obj.get(), agent.Key(u"read"),
                                              Value::Number(static_cast<double>(read))));
  // Perform ! CreateDataPropertyOrThrow(resultObj, "written", 𝔽(written)).
  MUST(interpreter::CreateDataPropertyOrThrow(agent, result_obj.get(), agent.Key(u"written"),
                                              Value::Number(static_cast<double>(written))));
  return Value::FromObject(result_obj.get());
}

// 23.3.1.1 Uint8Array.fromBase64 ( string [ , options ] )
// https://tc39.es/ecma262/#sec-uint8array.frombase64
ThrowCompletionOr<Value> Uint8ArrayFromBase64(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  RootedValue string(agent.heap(), Argument(arguments, 0));
  // 1. If string is not a String, throw a TypeError exception.
  if (!string->IsString()) return ThrowTypeError(agent, u"Uint8Array.fromBase64: the argument is not a String");
  // 2. Let optionsObj be ? GetOptionsObject(options).
  heap::Handle<Object> options_obj(agent.heap(), TRY(GetOptionsObject(agent, Argument(arguments, 1))));
  // 3. Let alphabet be ? Get(optionsObj, "alphabet"). 4.-5. (undefined: "base64"; else base64 or base64url).
  Base64Alphabet alphabet = TRY(GetAlphabetOption(agent, options_obj.get()));
  // 6. Let lastChunkHandling be ? Get(optionsObj, "lastChunkHandling"). 7.-8. (undefined: "loose").
  LastChunkHandling last_chunk_handling = TRY(GetLastChunkHandlingOption(agent, options_obj.get()));
  // 9. Let result be FromBase64(string, alphabet, lastChunkHandling).
  DecodeResult result = FromBase64(string->AsString()->code_units(), alphabet, last_chunk_handling);
  // 10. If result.[[Error]] is not none, then a. Throw result.[[Error]].
  if (result.error.has_value()) return ThrowError(agent, interpreter::ErrorKind::kSyntaxError, *result.error);
  // 11. Let resultLength be the number of elements in result.[[Bytes]].
  // 12. Let ta be ? AllocateTypedArray("Uint8Array", %Uint8Array%, "%Uint8Array.prototype%", resultLength).
  // 13. Assert: ta.[[ViewedArrayBuffer]].[[ArrayBufferByteLength]] is the number of elements in result.[[Bytes]].
  // 14. Set the value at each index of ta.[[ViewedArrayBuffer]].[[ArrayBufferData]] to result.[[Bytes]]'s.
  // 15. Return ta.
  return NewUint8ArrayWithBytes(agent, result.bytes);
}

// 23.3.1.2 Uint8Array.fromHex ( string )
// https://tc39.es/ecma262/#sec-uint8array.fromhex
ThrowCompletionOr<Value> Uint8ArrayFromHex(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value string = Argument(arguments, 0);
  // 1. If string is not a String, throw a TypeError exception.
  if (!string.IsString()) return ThrowTypeError(agent, u"Uint8Array.fromHex: the argument is not a String");
  // 2. Let result be FromHex(string).
  DecodeResult result = FromHex(string.AsString()->code_units());
  // 3. If result.[[Error]] is not none, then a. Throw result.[[Error]].
  if (result.error.has_value()) return ThrowError(agent, interpreter::ErrorKind::kSyntaxError, *result.error);
  // 4. Let resultLength be the number of elements in result.[[Bytes]].
  // 5. Let ta be ? AllocateTypedArray("Uint8Array", %Uint8Array%, "%Uint8Array.prototype%", resultLength).
  // 6. Assert: ta.[[ViewedArrayBuffer]].[[ArrayBufferByteLength]] is the number of elements in result.[[Bytes]].
  // 7. Set the value at each index of ta.[[ViewedArrayBuffer]].[[ArrayBufferData]] to result.[[Bytes]]'s.
  // 8. Return ta.
  return NewUint8ArrayWithBytes(agent, result.bytes);
}

// 23.3.2.1 Uint8Array.prototype.setFromBase64 ( string [ , options ] )
// https://tc39.es/ecma262/#sec-uint8array.prototype.setfrombase64
ThrowCompletionOr<Value> Uint8ArrayPrototypeSetFromBase64(Agent& agent, Value this_value,
                                                          std::span<const Value> arguments, Object*) {
  // 1. Let into be the this value.
  // 2. Perform ? ValidateUint8Array(into).
  heap::Handle<TypedArrayObject> into(agent.heap(), TRY(ValidateUint8Array(agent, this_value)));
  RootedValue string(agent.heap(), Argument(arguments, 0));
  // 3. If string is not a String, throw a TypeError exception.
  if (!string->IsString()) return ThrowTypeError(agent, u"setFromBase64: the argument is not a String");
  // 4. Let optionsObj be ? GetOptionsObject(options).
  heap::Handle<Object> options_obj(agent.heap(), TRY(GetOptionsObject(agent, Argument(arguments, 1))));
  // 5. Let alphabet be ? Get(optionsObj, "alphabet"). 6.-7. (undefined: "base64"; else base64 or base64url).
  Base64Alphabet alphabet = TRY(GetAlphabetOption(agent, options_obj.get()));
  // 8. Let lastChunkHandling be ? Get(optionsObj, "lastChunkHandling"). 9.-10. (undefined: "loose").
  LastChunkHandling last_chunk_handling = TRY(GetLastChunkHandlingOption(agent, options_obj.get()));
  // 11. Let taRecord be ? ValidateTypedArrayBounds(into, seq-cst).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArrayBounds(agent, into.get()));
  // 12. Let byteLength be TypedArrayLength(taRecord).
  size_t byte_length = TypedArrayLength(ta_record);
  // 13. Let result be FromBase64(string, alphabet, lastChunkHandling, byteLength).
  DecodeResult result = FromBase64(string->AsString()->code_units(), alphabet, last_chunk_handling, byte_length);
  // 14. Let bytes be result.[[Bytes]]. 15. Let written be the number of elements in bytes.
  size_t written = result.bytes.size();
  // 16. NOTE: FromBase64 does not invoke any user code, so the ArrayBuffer backing into cannot have been
  //     detached or shrunk. 17. Assert: written ≤ byteLength.
  // 18. Perform SetUint8ArrayBytes(into, bytes).
  SetUint8ArrayBytes(into.get(), result.bytes);
  // 19. If result.[[Error]] is not none, then a. Throw result.[[Error]].
  if (result.error.has_value()) return ThrowError(agent, interpreter::ErrorKind::kSyntaxError, *result.error);
  // 20.-23. Return { read: 𝔽(result.[[Read]]), written: 𝔽(written) }.
  return ReadWrittenResult(agent, result.read, written);
}

// 23.3.2.2 Uint8Array.prototype.setFromHex ( string )
// https://tc39.es/ecma262/#sec-uint8array.prototype.setfromhex
ThrowCompletionOr<Value> Uint8ArrayPrototypeSetFromHex(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                       Object*) {
  // 1. Let into be the this value.
  // 2. Perform ? ValidateUint8Array(into).
  heap::Handle<TypedArrayObject> into(agent.heap(), TRY(ValidateUint8Array(agent, this_value)));
  Value string = Argument(arguments, 0);
  // 3. If string is not a String, throw a TypeError exception.
  if (!string.IsString()) return ThrowTypeError(agent, u"setFromHex: the argument is not a String");
  // 4. Let taRecord be ? ValidateTypedArrayBounds(into, seq-cst).
  TypedArrayWithBufferWitnessRecord ta_record = TRY(ValidateTypedArrayBounds(agent, into.get()));
  // 5. Let byteLength be TypedArrayLength(taRecord).
  size_t byte_length = TypedArrayLength(ta_record);
  // 6. Let result be FromHex(string, byteLength).
  DecodeResult result = FromHex(string.AsString()->code_units(), byte_length);
  // 7. Let bytes be result.[[Bytes]]. 8. Let written be the number of elements in bytes.
  size_t written = result.bytes.size();
  // 9. NOTE: FromHex does not invoke any user code. 10. Assert: written ≤ byteLength.
  // 11. Perform SetUint8ArrayBytes(into, bytes).
  SetUint8ArrayBytes(into.get(), result.bytes);
  // 12. If result.[[Error]] is not none, then a. Throw result.[[Error]].
  if (result.error.has_value()) return ThrowError(agent, interpreter::ErrorKind::kSyntaxError, *result.error);
  // 13.-16. Return { read: 𝔽(result.[[Read]]), written: 𝔽(written) }.
  return ReadWrittenResult(agent, result.read, written);
}

// 23.3.2.3 Uint8Array.prototype.toBase64 ( [ options ] )
// https://tc39.es/ecma262/#sec-uint8array.prototype.tobase64
ThrowCompletionOr<Value> Uint8ArrayPrototypeToBase64(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                     Object*) {
  // 1. Let obj be the this value.
  // 2. Perform ? ValidateUint8Array(obj).
  heap::Handle<TypedArrayObject> obj(agent.heap(), TRY(ValidateUint8Array(agent, this_value)));
  // 3. Let optionsObj be ? GetOptionsObject(options).
  heap::Handle<Object> options_obj(agent.heap(), TRY(GetOptionsObject(agent, Argument(arguments, 0))));
  // 4. Let alphabet be ? Get(optionsObj, "alphabet"). 5.-6. (undefined: "base64"; else base64 or base64url).
  Base64Alphabet alphabet = TRY(GetAlphabetOption(agent, options_obj.get()));
  // 7. Let omitPadding be ToBoolean(? Get(optionsObj, "omitPadding")).
  bool omit_padding = vm::ToBoolean(TRY(interpreter::Get(agent, options_obj.get(), agent.Key(u"omitPadding"))));
  // 8. Let toEncode be ? GetUint8ArrayBytes(obj).
  std::vector<uint8_t> to_encode = TRY(GetUint8ArrayBytes(agent, obj.get()));
  // 9. If alphabet is "base64", then a. outAscii is the base64 encoding of RFC 4648 section 4.
  // 10. Else, a. Assert: alphabet is "base64url". b. outAscii is the base64url encoding of RFC 4648 section 5.
  //     Padding is included if and only if omitPadding is false.
  std::u16string_view digits = kStandardBase64Alphabet;
  std::u16string out_ascii;
  out_ascii.reserve((to_encode.size() + 2) / 3 * 4);
  auto digit = [&](uint32_t sextet) {
    char16_t ch = digits[sextet & 0x3F];
    if (alphabet == Base64Alphabet::kBase64Url) ch = ch == u'+' ? u'-' : ch == u'/' ? u'_' : ch;
    out_ascii.push_back(ch);
  };
  size_t i = 0;
  for (; i + 3 <= to_encode.size(); i += 3) {
    uint32_t group = (to_encode[i] << 16) | (to_encode[i + 1] << 8) | to_encode[i + 2];
    digit(group >> 18), digit(group >> 12), digit(group >> 6), digit(group);
  }
  size_t remaining = to_encode.size() - i;
  if (remaining == 1) {
    uint32_t group = to_encode[i] << 16;
    digit(group >> 18), digit(group >> 12);
    if (!omit_padding) out_ascii.append(u"==");
  } else if (remaining == 2) {
    uint32_t group = (to_encode[i] << 16) | (to_encode[i + 1] << 8);
    digit(group >> 18), digit(group >> 12), digit(group >> 6);
    if (!omit_padding) out_ascii.push_back(u'=');
  }
  // 11. Return CodePointsToString(outAscii).
  return vm::MakeString(agent, std::move(out_ascii));
}

// 23.3.2.4 Uint8Array.prototype.toHex ( )
// https://tc39.es/ecma262/#sec-uint8array.prototype.tohex
ThrowCompletionOr<Value> Uint8ArrayPrototypeToHex(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let obj be the this value.
  // 2. Perform ? ValidateUint8Array(obj).
  TypedArrayObject* obj = TRY(ValidateUint8Array(agent, this_value));
  // 3. Let toEncode be ? GetUint8ArrayBytes(obj).
  std::vector<uint8_t> to_encode = TRY(GetUint8ArrayBytes(agent, obj));
  // 4. Let out be the empty String.
  static constexpr char16_t kLowerHexDigits[] = u"0123456789abcdef";
  std::u16string out;
  out.reserve(to_encode.size() * 2);
  // 5. For each byte byte of toEncode, do
  for (uint8_t byte : to_encode) {
    // a. Let hex be Number::toString(𝔽(byte), 16). b. Set hex to StringPad(hex, 2, "0", start).
    // c. Set out to the string-concatenation of out and hex.
    out.push_back(kLowerHexDigits[byte >> 4]);
    out.push_back(kLowerHexDigits[byte & 0xF]);
  }
  // 6. Return out.
  return vm::MakeString(agent, std::move(out));
}

}  // namespace

void CreateUint8ArrayBase64Intrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 23.3.1 Additional Properties of the Uint8Array Constructor
  heap::Handle<Object> constructor(agent.heap(), realm->intrinsic(Intrinsic::kUint8Array));
  DefineBuiltinMethod(agent, realm, constructor, u"fromBase64", 1, Uint8ArrayFromBase64);
  DefineBuiltinMethod(agent, realm, constructor, u"fromHex", 1, Uint8ArrayFromHex);
  // 23.3.2 Additional Properties of the Uint8Array Prototype Object
  heap::Handle<Object> prototype(agent.heap(), realm->intrinsic(Intrinsic::kUint8ArrayPrototype));
  DefineBuiltinMethod(agent, realm, prototype, u"setFromBase64", 1, Uint8ArrayPrototypeSetFromBase64);
  DefineBuiltinMethod(agent, realm, prototype, u"setFromHex", 1, Uint8ArrayPrototypeSetFromHex);
  DefineBuiltinMethod(agent, realm, prototype, u"toBase64", 0, Uint8ArrayPrototypeToBase64);
  DefineBuiltinMethod(agent, realm, prototype, u"toHex", 0, Uint8ArrayPrototypeToHex);
}

}  // namespace async_runtime::builtins
