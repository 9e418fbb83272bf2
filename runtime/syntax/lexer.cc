// 12 ECMAScript Language: Lexical Grammar
// https://tc39.es/ecma262/#sec-ecmascript-language-lexical-grammar
//
// One pass over UTF-16 code units with the InputElementDiv goal; the parser
// asks for the InputElementRegExp / InputElementTemplateTail goals through the
// Rescan* entry points. Line and column are tracked incrementally (line_,
// line_start_) so a token's location costs nothing extra.
#include "runtime/syntax/lexer.h"

#include <unicode/uchar.h>

#include <array>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/syntax/lexer_unicode.h"

namespace async_runtime::syntax {

namespace {

constexpr char32_t kLineSeparator = 0x2028;
constexpr char32_t kParagraphSeparator = 0x2029;

// ASCII character classes.
enum : uint8_t {
  kIdStartBit = 1,  // IdentifierStartChar: letters, `$`, `_`
  kIdPartBit = 2,   // IdentifierPartChar: letters, digits, `$`, `_`
};

constexpr std::array<uint8_t, 128> MakeAsciiTable() {
  std::array<uint8_t, 128> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[c] = kIdStartBit | kIdPartBit;
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = kIdStartBit | kIdPartBit;
  for (int c = '0'; c <= '9'; ++c) table[c] = kIdPartBit;
  table['$'] = kIdStartBit | kIdPartBit;
  table['_'] = kIdStartBit | kIdPartBit;
  return table;
}
constexpr std::array<uint8_t, 128> kAscii = MakeAsciiTable();

inline bool IsDecimalDigit(int c) { return c >= '0' && c <= '9'; }

inline bool IsOctalDigit(int c) { return c >= '0' && c <= '7'; }

inline int HexValue(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

inline int DigitValue(int c, int radix) {
  const int value = HexValue(c);
  return value >= 0 && value < radix ? value : -1;
}

// 12.3 Line Terminators
// https://tc39.es/ecma262/#sec-line-terminators
inline bool IsLineTerminator(int c) {
  return c == '\n' || c == '\r' || c == kLineSeparator || c == kParagraphSeparator;
}

// 12.2 White Space
// https://tc39.es/ecma262/#sec-white-space
inline bool IsWhiteSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == 0x0B || c == 0x0C;
  if (c == 0xA0 || c == 0xFEFF) return true;
  return u_charType(static_cast<UChar32>(c)) == U_SPACE_SEPARATOR;
}

// 12.7 Names and Keywords: IdentifierStartChar :: UnicodeIDStart | `$` | `_`
// https://tc39.es/ecma262/#sec-names-and-keywords
inline bool IsIdentifierStartChar(char32_t c) {
  if (c < 0x80) return (kAscii[c] & kIdStartBit) != 0;
  return IsUnicodeIDStart(c);
}

// IdentifierPartChar :: UnicodeIDContinue | `$` (ZWNJ and ZWJ are
// ID_Continue since Unicode 15.1).
inline bool IsIdentifierPartChar(char32_t c) {
  if (c < 0x80) return (kAscii[c] & kIdPartBit) != 0;
  return IsUnicodeIDContinue(c);
}

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

// 11.1.3 Static Semantics: UTF16SurrogatePairToCodePoint ( lead, trail )
// https://tc39.es/ecma262/#sec-utf16decodesurrogatepair
inline char32_t UTF16SurrogatePairToCodePoint(char16_t lead, char16_t trail) {
  // 1. Assert: lead is a leading surrogate and trail is a trailing surrogate.
  // 2. Let cp be (lead - 0xD800) × 0x400 + (trail - 0xDC00) + 0x10000.
  // 3. Return the code point cp.
  return (static_cast<char32_t>(lead) - 0xD800) * 0x400 + (trail - 0xDC00) + 0x10000;
}

struct KeywordEntry {
  std::string_view text;
  Keyword keyword;
};

// All words of Keyword, grouped by length (index = length).
const std::vector<KeywordEntry>* KeywordsByLength() {
  static const auto* table = [] {
    const KeywordEntry all[] = {
        {"await", Keyword::kAwait},       {"break", Keyword::kBreak},
        {"case", Keyword::kCase},         {"catch", Keyword::kCatch},
        {"class", Keyword::kClass},       {"const", Keyword::kConst},
        {"continue", Keyword::kContinue}, {"debugger", Keyword::kDebugger},
        {"default", Keyword::kDefault},   {"delete", Keyword::kDelete},
        {"do", Keyword::kDo},             {"else", Keyword::kElse},
        {"enum", Keyword::kEnum},         {"export", Keyword::kExport},
        {"extends", Keyword::kExtends},   {"false", Keyword::kFalse},
        {"finally", Keyword::kFinally},   {"for", Keyword::kFor},
        {"function", Keyword::kFunction}, {"if", Keyword::kIf},
        {"import", Keyword::kImport},     {"in", Keyword::kIn},
        {"instanceof", Keyword::kInstanceof}, {"new", Keyword::kNew},
        {"null", Keyword::kNull},         {"return", Keyword::kReturn},
        {"super", Keyword::kSuper},       {"switch", Keyword::kSwitch},
        {"this", Keyword::kThis},         {"throw", Keyword::kThrow},
        {"true", Keyword::kTrue},         {"try", Keyword::kTry},
        {"typeof", Keyword::kTypeof},     {"var", Keyword::kVar},
        {"void", Keyword::kVoid},         {"while", Keyword::kWhile},
        {"with", Keyword::kWith},         {"yield", Keyword::kYield},
        {"let", Keyword::kLet},           {"static", Keyword::kStatic},
        {"implements", Keyword::kImplements}, {"interface", Keyword::kInterface},
        {"package", Keyword::kPackage},   {"private", Keyword::kPrivate},
        {"protected", Keyword::kProtected}, {"public", Keyword::kPublic},
        {"as", Keyword::kAs},             {"async", Keyword::kAsync},
        {"from", Keyword::kFrom},         {"get", Keyword::kGet},
        {"set", Keyword::kSet},           {"of", Keyword::kOf},
        {"target", Keyword::kTarget},     {"meta", Keyword::kMeta},
        {"using", Keyword::kUsing},       {"arguments", Keyword::kArguments},
        {"eval", Keyword::kEval},         {"constructor", Keyword::kConstructor},
        {"prototype", Keyword::kPrototype}, {"source", Keyword::kSource},
        {"defer", Keyword::kDefer},       {"accessor", Keyword::kAccessor},
    };
    auto* by_length = new std::vector<KeywordEntry>[12];
    for (const KeywordEntry& entry : all) by_length[entry.text.size()].push_back(entry);
    return by_length;
  }();
  return table;
}

// Classifies an IdentifierName's StringValue: a length check, then a scan of
// the few words of that length comparing the first letter before the rest.
Keyword ClassifyKeyword(std::u16string_view name) {
  const size_t length = name.size();
  if (length < 2 || length > 11 || name[0] < 'a' || name[0] > 'z') return Keyword::kNone;
  for (const KeywordEntry& entry : KeywordsByLength()[length]) {
    if (entry.text[0] != name[0]) continue;
    size_t i = 1;
    while (i < length && entry.text[i] == name[i]) ++i;
    if (i == length) return entry.keyword;
  }
  return Keyword::kNone;
}

// Decimal digits of the integer written with `digits` in `radix`, for BigInt
// literals (Token::value): schoolbook conversion in base-10^9 limbs.
std::u16string RadixDigitsToDecimal(std::string_view digits, int radix) {
  constexpr uint32_t kLimbBase = 1000000000;
  std::vector<uint32_t> limbs;  // little-endian
  for (const char c : digits) {
    uint64_t carry = static_cast<uint64_t>(HexValue(c));
    for (uint32_t& limb : limbs) {
      const uint64_t t = static_cast<uint64_t>(limb) * radix + carry;
      limb = static_cast<uint32_t>(t % kLimbBase);
      carry = t / kLimbBase;
    }
    if (carry != 0) limbs.push_back(static_cast<uint32_t>(carry));
  }
  if (limbs.empty()) return u"0";
  std::string text = std::to_string(limbs.back());
  for (size_t i = limbs.size() - 1; i-- > 0;) {
    std::string part = std::to_string(limbs[i]);
    text.append(9 - part.size(), '0');
    text += part;
  }
  return std::u16string(text.begin(), text.end());
}

// Hexadecimal digits of the integer written with octal or binary `digits`.
std::string RadixDigitsToHex(std::string_view digits, int bits_per_digit) {
  std::vector<bool> bits;
  bits.reserve(digits.size() * bits_per_digit + 3);
  const size_t total = digits.size() * bits_per_digit;
  for (size_t pad = (4 - total % 4) % 4; pad > 0; --pad) bits.push_back(false);
  for (const char c : digits) {
    const int value = c - '0';
    for (int b = bits_per_digit - 1; b >= 0; --b) bits.push_back(((value >> b) & 1) != 0);
  }
  std::string hex;
  hex.reserve(bits.size() / 4);
  for (size_t i = 0; i < bits.size(); i += 4) {
    const int nibble = bits[i] * 8 + bits[i + 1] * 4 + bits[i + 2] * 2 + bits[i + 3];
    hex.push_back("0123456789abcdef"[nibble]);
  }
  return hex;
}

// The Number value of a hexadecimal integer, correctly rounded.
double HexDigitsToNumber(std::string_view hex) {
  if (hex.empty()) return 0;
  double value = 0;
  auto result = std::from_chars(hex.data(), hex.data() + hex.size(), value, std::chars_format::hex);
  if (result.ec == std::errc::result_out_of_range) return std::numeric_limits<double>::infinity();
  return value;
}

// The Number value of DecimalDigits [`.` DecimalDigits] [ExponentPart] (no
// separators), correctly rounded (7.1.4.1.3 RoundMVResult allows rounding
// every digit).
double DecimalTextToNumber(std::string_view text) {
  double value = 0;
  auto result = std::from_chars(text.data(), text.data() + text.size(), value,
                                std::chars_format::general);
  if (result.ec != std::errc::result_out_of_range) return value;
  // from_chars leaves `value` alone when the magnitude is beyond the double
  // range: decide between overflow (Infinity) and underflow (+0) from the
  // decimal exponent of the leading significant digit.
  int64_t integer_digits = 0;
  int64_t leading_fraction_zeros = 0;
  bool seen_point = false;
  bool seen_significant = false;
  size_t i = 0;
  for (; i < text.size() && text[i] != 'e' && text[i] != 'E'; ++i) {
    const char c = text[i];
    if (c == '.') {
      seen_point = true;
      continue;
    }
    if (c != '0') seen_significant = true;
    if (!seen_point) {
      if (seen_significant) ++integer_digits;
    } else if (!seen_significant) {
      ++leading_fraction_zeros;
    }
  }
  int64_t exponent = 0;
  bool negative = false;
  if (i < text.size()) {
    ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
    for (; i < text.size(); ++i) {
      if (exponent < 1000000000) exponent = exponent * 10 + (text[i] - '0');
    }
  }
  if (negative) exponent = -exponent;
  const int64_t magnitude =
      integer_digits > 0 ? integer_digits + exponent : exponent - leading_fraction_zeros;
  return magnitude > 0 ? std::numeric_limits<double>::infinity() : 0.0;
}

}  // namespace

Lexer::Lexer(const SourceText& source, LexerOptions options)
    : source_(source),
      options_(options),
      chars_(source.code_units().data()),
      size_(static_cast<uint32_t>(source.code_units().size())) {}

Lexer::State Lexer::Save() const { return State{offset_, newline_pending_}; }

void Lexer::Restore(const State& state) {
  const uint32_t previous = offset_;
  offset_ = state.offset > size_ ? size_ : state.offset;
  newline_pending_ = state.newline_pending;
  // Usually the parser restores to a point earlier on the current line (no
  // line terminator lies between line_start_ and the previous offset).
  if (offset_ >= line_start_ && offset_ <= previous) return;
  const SourceLocation location = source_.LocationOf(offset_);
  line_ = location.line;
  line_start_ = offset_ - (location.column - 1);
}

SourceLocation Lexer::LocationAt(uint32_t offset) const {
  if (offset >= line_start_ && offset <= offset_) {
    return {offset, line_, offset - line_start_ + 1};
  }
  return source_.LocationOf(offset);
}

// 11.1.4 Static Semantics: CodePointAt ( string, position ), returning the
// code point and its length in code units; a lone surrogate is itself.
// https://tc39.es/ecma262/#sec-codepointat
char32_t Lexer::CodePointAtOffset(uint32_t offset, uint32_t* length) const {
  const char16_t first = chars_[offset];
  *length = 1;
  if (first < 0xD800 || first > 0xDBFF || offset + 1 >= size_) return first;
  const char16_t second = chars_[offset + 1];
  if (second < 0xDC00 || second > 0xDFFF) return first;
  *length = 2;
  return UTF16SurrogatePairToCodePoint(first, second);
}

void Lexer::ConsumeLineTerminatorSequence() {
  // LineTerminatorSequence :: <LF> | <CR> [lookahead ≠ <LF>] | <LS> | <PS> | <CR><LF>
  if (chars_[offset_] == '\r' && Peek(1) == '\n') ++offset_;
  ++offset_;
  StartNewLine();
}

void Lexer::SetError(Token& token, uint32_t start, uint32_t end, std::string message) const {
  token.type = TokenType::kInvalid;
  token.error_message = std::move(message);
  token.range.start = LocationAt(start);
  token.range.end = LocationAt(end);
}

// Skips WhiteSpace, LineTerminator and Comment input elements (12.2-12.5 and
// B.1.1). Returns false with `token` set to kInvalid for an unterminated
// MultiLineComment.
bool Lexer::SkipWhiteSpaceAndComments(bool& newline, Token& token) {
  // B.1.1: HTMLCloseComment may start the input, or follow a
  // LineTerminatorSequence or a MultiLineComment containing a line terminator,
  // with only WhiteSpace and SingleLineDelimitedComments in between.
  bool html_close_allowed = offset_ == 0 || newline;
  while (offset_ < size_) {
    const char16_t c = chars_[offset_];
    switch (c) {
      case ' ':
      case '\t':
      case 0x0B:
      case 0x0C:
        ++offset_;
        continue;
      case '\n':
      case '\r':
        ConsumeLineTerminatorSequence();
        newline = true;
        html_close_allowed = true;
        continue;
      case '/': {
        const int next = Peek(1);
        if (next == '/') {
          // 12.4 SingleLineComment :: `//` SingleLineCommentChars?
          offset_ += 2;
          while (offset_ < size_ && !IsLineTerminator(chars_[offset_])) ++offset_;
          continue;
        }
        if (next != '*') return true;
        // 12.4 MultiLineComment :: `/*` MultiLineCommentChars? `*/`
        const uint32_t comment_start = offset_;
        offset_ += 2;
        bool contains_line_terminator = false;
        for (;;) {
          if (offset_ >= size_) {
            SetError(token, comment_start, offset_, "Unterminated comment");
            return false;
          }
          const char16_t d = chars_[offset_];
          if (d == '*' && Peek(1) == '/') {
            offset_ += 2;
            break;
          }
          if (IsLineTerminator(d)) {
            ConsumeLineTerminatorSequence();
            contains_line_terminator = true;
          } else {
            ++offset_;
          }
        }
        if (contains_line_terminator) {
          newline = true;
          html_close_allowed = true;
        }
        continue;
      }
      case '<':
        // B.1.1 SingleLineHTMLOpenComment :: `<!--` SingleLineCommentChars?
        if (!options_.module_goal && Peek(1) == '!' && Peek(2) == '-' && Peek(3) == '-') {
          offset_ += 4;
          while (offset_ < size_ && !IsLineTerminator(chars_[offset_])) ++offset_;
          continue;
        }
        return true;
      case '-':
        // B.1.1 HTMLCloseComment :: WhiteSpaceSequence? SingleLineDelimitedCommentSequence? `-->` SingleLineCommentChars?
        if (!options_.module_goal && html_close_allowed && Peek(1) == '-' && Peek(2) == '>') {
          offset_ += 3;
          while (offset_ < size_ && !IsLineTerminator(chars_[offset_])) ++offset_;
          // A SingleLineHTMLCloseComment counts as a LineTerminator; it is
          // always followed by one or the end of input anyway.
          continue;
        }
        return true;
      case '#':
        // 12.5 HashbangComment :: `#!` SingleLineCommentChars?, only at the
        // very start of the source text (InputElementHashbangOrRegExp).
        if (offset_ == 0 && Peek(1) == '!') {
          offset_ += 2;
          while (offset_ < size_ && !IsLineTerminator(chars_[offset_])) ++offset_;
          continue;
        }
        return true;
      default:
        if (c < 0x80) return true;
        if (c == kLineSeparator || c == kParagraphSeparator) {
          ConsumeLineTerminatorSequence();
          newline = true;
          html_close_allowed = true;
          continue;
        }
        // Every WhiteSpace code point is in the BMP.
        if (IsWhiteSpace(c)) {
          ++offset_;
          continue;
        }
        return true;
    }
  }
  return true;
}

Token Lexer::Next() {
  Token token;
  bool newline = newline_pending_;
  newline_pending_ = false;
  const bool ok = SkipWhiteSpaceAndComments(newline, token);
  token.newline_before = newline;
  if (!ok) return token;
  token.range.start = Here();
  if (offset_ >= size_) {
    token.type = TokenType::kEndOfInput;
    token.range.end = token.range.start;
    return token;
  }
  ScanToken(token);
  if (token.type != TokenType::kInvalid) token.range.end = Here();
  return token;
}

void Lexer::ScanToken(Token& token) {
  const char16_t c = chars_[offset_];
  if (c < 0x80) {
    if (kAscii[c] & kIdStartBit) {
      ScanIdentifierName(token, offset_);
      return;
    }
    if (IsDecimalDigit(c) || (c == '.' && IsDecimalDigit(Peek(1)))) {
      ScanNumericLiteral(token);
      return;
    }
    switch (c) {
      case '"':
      case '\'':
        ScanStringLiteral(token);
        return;
      case '`':
        ScanTemplate(token);
        return;
      case '\\':
        ScanIdentifierName(token, offset_);
        return;
      case '#': {
        // PrivateIdentifier :: `#` IdentifierName
        const uint32_t start = offset_;
        ++offset_;
        if (offset_ >= size_ || IsLineTerminator(chars_[offset_])) {
          SetError(token, start, offset_, "Invalid character '#'");
          return;
        }
        uint32_t length;
        const char32_t next = CodePointAtOffset(offset_, &length);
        if (next != '\\' && !IsIdentifierStartChar(next)) {
          SetError(token, start, offset_, "Invalid character '#'");
          return;
        }
        ScanIdentifierName(token, start);
        if (token.type == TokenType::kIdentifier) {
          token.type = TokenType::kPrivateName;
          token.keyword = Keyword::kNone;
        }
        return;
      }
      default:
        ScanPunctuator(token, c);
        return;
    }
  }
  uint32_t length;
  const char32_t cp = CodePointAtOffset(offset_, &length);
  if (IsIdentifierStartChar(cp)) {
    ScanIdentifierName(token, offset_);
    return;
  }
  const uint32_t start = offset_;
  offset_ += length;
  char buffer[48];
  snprintf(buffer, sizeof buffer, "Invalid or unexpected character U+%04X", static_cast<unsigned>(cp));
  SetError(token, start, offset_, buffer);
}

// 12.8 Punctuators
// https://tc39.es/ecma262/#sec-punctuators
void Lexer::ScanPunctuator(Token& token, char16_t c) {
  const uint32_t start = offset_;
  const int c1 = Peek(1);
  TokenType type;
  uint32_t length = 1;
  switch (c) {
    case '{': type = TokenType::kLeftBrace; break;
    case '}': type = TokenType::kRightBrace; break;
    case '(': type = TokenType::kLeftParen; break;
    case ')': type = TokenType::kRightParen; break;
    case '[': type = TokenType::kLeftBracket; break;
    case ']': type = TokenType::kRightBracket; break;
    case ';': type = TokenType::kSemicolon; break;
    case ',': type = TokenType::kComma; break;
    case ':': type = TokenType::kColon; break;
    case '~': type = TokenType::kTilde; break;
    case '@': type = TokenType::kAt; break;
    case '.':
      if (c1 == '.' && Peek(2) == '.') {
        type = TokenType::kEllipsis;
        length = 3;
      } else {
        type = TokenType::kDot;
      }
      break;
    case '<':
      if (c1 == '<') {
        if (Peek(2) == '=') {
          type = TokenType::kShiftLeftAssign;
          length = 3;
        } else {
          type = TokenType::kShiftLeft;
          length = 2;
        }
      } else if (c1 == '=') {
        type = TokenType::kLessThanEqual;
        length = 2;
      } else {
        type = TokenType::kLessThan;
      }
      break;
    case '>':
      if (c1 == '>') {
        const int c2 = Peek(2);
        if (c2 == '>') {
          if (Peek(3) == '=') {
            type = TokenType::kUnsignedShiftRightAssign;
            length = 4;
          } else {
            type = TokenType::kUnsignedShiftRight;
            length = 3;
          }
        } else if (c2 == '=') {
          type = TokenType::kShiftRightAssign;
          length = 3;
        } else {
          type = TokenType::kShiftRight;
          length = 2;
        }
      } else if (c1 == '=') {
        type = TokenType::kGreaterThanEqual;
        length = 2;
      } else {
        type = TokenType::kGreaterThan;
      }
      break;
    case '=':
      if (c1 == '=') {
        if (Peek(2) == '=') {
          type = TokenType::kStrictEqual;
          length = 3;
        } else {
          type = TokenType::kEqualEqual;
          length = 2;
        }
      } else if (c1 == '>') {
        type = TokenType::kArrow;
        length = 2;
      } else {
        type = TokenType::kAssign;
      }
      break;
    case '!':
      if (c1 == '=') {
        if (Peek(2) == '=') {
          type = TokenType::kStrictNotEqual;
          length = 3;
        } else {
          type = TokenType::kNotEqual;
          length = 2;
        }
      } else {
        type = TokenType::kBang;
      }
      break;
    case '+':
      if (c1 == '+') {
        type = TokenType::kPlusPlus;
        length = 2;
      } else if (c1 == '=') {
        type = TokenType::kPlusAssign;
        length = 2;
      } else {
        type = TokenType::kPlus;
      }
      break;
    case '-':
      if (c1 == '-') {
        type = TokenType::kMinusMinus;
        length = 2;
      } else if (c1 == '=') {
        type = TokenType::kMinusAssign;
        length = 2;
      } else {
        type = TokenType::kMinus;
      }
      break;
    case '*':
      if (c1 == '*') {
        if (Peek(2) == '=') {
          type = TokenType::kStarStarAssign;
          length = 3;
        } else {
          type = TokenType::kStarStar;
          length = 2;
        }
      } else if (c1 == '=') {
        type = TokenType::kStarAssign;
        length = 2;
      } else {
        type = TokenType::kStar;
      }
      break;
    case '/':
      if (c1 == '=') {
        type = TokenType::kSlashAssign;
        length = 2;
      } else {
        type = TokenType::kSlash;
      }
      break;
    case '%':
      if (c1 == '=') {
        type = TokenType::kPercentAssign;
        length = 2;
      } else {
        type = TokenType::kPercent;
      }
      break;
    case '&':
      if (c1 == '&') {
        if (Peek(2) == '=') {
          type = TokenType::kAmpersandAmpersandAssign;
          length = 3;
        } else {
          type = TokenType::kAmpersandAmpersand;
          length = 2;
        }
      } else if (c1 == '=') {
        type = TokenType::kAmpersandAssign;
        length = 2;
      } else {
        type = TokenType::kAmpersand;
      }
      break;
    case '|':
      if (c1 == '|') {
        if (Peek(2) == '=') {
          type = TokenType::kPipePipeAssign;
          length = 3;
        } else {
          type = TokenType::kPipePipe;
          length = 2;
        }
      } else if (c1 == '=') {
        type = TokenType::kPipeAssign;
        length = 2;
      } else {
        type = TokenType::kPipe;
      }
      break;
    case '^':
      if (c1 == '=') {
        type = TokenType::kCaretAssign;
        length = 2;
      } else {
        type = TokenType::kCaret;
      }
      break;
    case '?':
      if (c1 == '?') {
        if (Peek(2) == '=') {
          type = TokenType::kQuestionQuestionAssign;
          length = 3;
        } else {
          type = TokenType::kQuestionQuestion;
          length = 2;
        }
      } else if (c1 == '.' && !IsDecimalDigit(Peek(2))) {
        // OptionalChainingPunctuator :: `?.` [lookahead ∉ DecimalDigit]
        type = TokenType::kQuestionDot;
        length = 2;
      } else {
        type = TokenType::kQuestion;
      }
      break;
    default: {
      ++offset_;
      char buffer[48];
      if (c >= 0x20 && c < 0x7F) {
        snprintf(buffer, sizeof buffer, "Invalid or unexpected character '%c'", static_cast<char>(c));
      } else {
        snprintf(buffer, sizeof buffer, "Invalid or unexpected character U+%04X", static_cast<unsigned>(c));
      }
      SetError(token, start, offset_, buffer);
      return;
    }
  }
  token.type = type;
  offset_ += length;
}

// UnicodeEscapeSequence :: `u` Hex4Digits | `u{` CodePoint `}`, with
// `position` at the `u`. On success `position` is just past the sequence; on
// failure it is where the sequence went wrong.
bool Lexer::ScanUnicodeEscapeSequence(uint32_t& position, char32_t& code_point) const {
  ++position;  // `u`
  if (position < size_ && chars_[position] == '{') {
    ++position;
    char32_t value = 0;
    uint32_t digits = 0;
    while (position < size_) {
      const int digit = HexValue(chars_[position]);
      if (digit < 0) break;
      value = value * 16 + digit;
      if (value > 0x10FFFF) return false;  // NotCodePoint
      ++position;
      ++digits;
    }
    if (digits == 0 || position >= size_ || chars_[position] != '}') return false;
    ++position;
    code_point = value;
    return true;
  }
  char32_t value = 0;
  for (int i = 0; i < 4; ++i) {
    const int digit = position < size_ ? HexValue(chars_[position]) : -1;
    if (digit < 0) return false;
    value = value * 16 + digit;
    ++position;
  }
  code_point = value;
  return true;
}

// 12.7.1 Identifier Names (and PrivateIdentifier when token_start is a `#`)
// https://tc39.es/ecma262/#sec-identifier-names
void Lexer::ScanIdentifierName(Token& token, uint32_t token_start) {
  const uint32_t name_start = offset_;
  // Fast path: ASCII without escapes, the name is the source text.
  uint32_t position = offset_;
  if (chars_[position] < 0x80 && (kAscii[chars_[position]] & kIdStartBit)) {
    ++position;
    while (position < size_ && chars_[position] < 0x80 && (kAscii[chars_[position]] & kIdPartBit)) {
      ++position;
    }
    if (position >= size_ || (chars_[position] != '\\' && chars_[position] < 0x80)) {
      offset_ = position;
      token.type = TokenType::kIdentifier;
      token.value.assign(chars_ + name_start, position - name_start);
      token.keyword = ClassifyKeyword(token.value);
      return;
    }
  }
  // General path: escapes and non-ASCII code points.
  token.value.assign(chars_ + name_start, position - name_start);
  bool at_start = position == name_start;
  while (position < size_) {
    const char16_t c = chars_[position];
    if (c == '\\') {
      // IdentifierStart :: `\` UnicodeEscapeSequence (and IdentifierPart)
      const uint32_t escape_start = position;
      ++position;
      char32_t cp = 0;
      if (position >= size_ || chars_[position] != 'u' || !ScanUnicodeEscapeSequence(position, cp)) {
        offset_ = position > escape_start + 1 ? position : escape_start + 1;
        SetError(token, escape_start, offset_, "Invalid Unicode escape sequence in identifier");
        return;
      }
      // 12.7.1.1 Static Semantics: Early Errors: the escaped code point must
      // itself be an IdentifierStartChar / IdentifierPartChar.
      if (at_start ? !IsIdentifierStartChar(cp) : !IsIdentifierPartChar(cp)) {
        offset_ = position;
        SetError(token, escape_start, offset_,
                 at_start ? "Escaped character cannot start an identifier"
                          : "Escaped character cannot be part of an identifier");
        return;
      }
      UTF16EncodeCodePoint(cp, token.value);
      token.escaped = true;
      at_start = false;
      continue;
    }
    uint32_t length;
    const char32_t cp = CodePointAtOffset(position, &length);
    if (at_start ? !IsIdentifierStartChar(cp) : !IsIdentifierPartChar(cp)) break;
    token.value.append(chars_ + position, length);
    position += length;
    at_start = false;
  }
  offset_ = position;
  if (at_start) {  // not reached through ScanToken, kept for safety
    offset_ = position + 1 <= size_ ? position + 1 : size_;
    SetError(token, token_start, offset_, "Invalid identifier");
    return;
  }
  token.type = TokenType::kIdentifier;
  token.keyword = ClassifyKeyword(token.value);
}

// Scans Digits[?Sep] of `radix` at offset_ (at least one digit); with
// `separators`, a NumericLiteralSeparator must stand between two digits.
bool Lexer::ScanDigits(Token& token, uint32_t token_start, int radix, bool separators) {
  if (DigitValue(Peek(), radix) < 0) {
    const bool separator = Peek() == '_';
    if (separator) ++offset_;
    SetError(token, token_start, offset_,
             separator ? "Numeric separator is not allowed here"
             : radix == 16 ? "Hexadecimal digit expected"
             : radix == 8  ? "Octal digit expected"
             : radix == 2  ? "Binary digit expected"
                           : "Decimal digit expected");
    return false;
  }
  ++offset_;
  for (;;) {
    const int c = Peek();
    if (DigitValue(c, radix) >= 0) {
      ++offset_;
    } else if (c == '_' && separators) {
      if (DigitValue(Peek(1), radix) < 0) {
        ++offset_;
        SetError(token, token_start, offset_, "Numeric separator must be between two digits");
        return false;
      }
      offset_ += 2;
    } else {
      return true;
    }
  }
}

// 12.9.3 Numeric Literals (with the legacy forms that were B.1.1)
// https://tc39.es/ecma262/#sec-literals-numeric-literals
void Lexer::ScanNumericLiteral(Token& token) {
  const uint32_t start = offset_;
  int radix = 10;
  bool bigint = false;
  uint32_t digits_start = start;  // first digit after any prefix
  const char16_t first = chars_[offset_];
  const int second = Peek(1);
  if (first == '0' && (second == 'x' || second == 'X' || second == 'o' || second == 'O' ||
                       second == 'b' || second == 'B')) {
    // NonDecimalIntegerLiteral[+Sep] BigIntLiteralSuffix?
    radix = (second | 0x20) == 'x' ? 16 : (second | 0x20) == 'o' ? 8 : 2;
    offset_ += 2;
    digits_start = offset_;
    if (!ScanDigits(token, start, radix, /*separators=*/true)) return;
    if (Peek() == 'n') {
      bigint = true;
      ++offset_;
    }
  } else if (first == '0' && IsDecimalDigit(second)) {
    // LegacyOctalIntegerLiteral or NonOctalDecimalIntegerLiteral: no
    // separators, no BigInt; only the latter may have a fraction or exponent.
    token.legacy_octal = true;
    ++offset_;
    bool octal = true;
    while (IsDecimalDigit(Peek())) {
      if (chars_[offset_] >= '8') octal = false;
      ++offset_;
    }
    if (octal) {
      radix = 8;
      digits_start = start;
    } else {
      if (Peek() == '.') {
        ++offset_;
        if (IsDecimalDigit(Peek()) && !ScanDigits(token, start, 10, true)) return;
      }
      const int e = Peek();
      if (e == 'e' || e == 'E') {
        ++offset_;
        if (Peek() == '+' || Peek() == '-') ++offset_;
        if (!ScanDigits(token, start, 10, true)) return;
      }
    }
    if (Peek() == '_') {
      ++offset_;
      SetError(token, start, offset_, "Numeric separators are not allowed in legacy octal-like literals");
      return;
    }
    if (Peek() == 'n') {
      ++offset_;
      SetError(token, start, offset_, "BigInt literals cannot have a leading zero");
      return;
    }
  } else {
    // DecimalLiteral or DecimalBigIntegerLiteral
    bool fraction_or_exponent = false;
    if (first == '.') {
      ++offset_;
      if (!ScanDigits(token, start, 10, true)) return;
      fraction_or_exponent = true;
    } else if (first == '0') {
      ++offset_;
      if (Peek() == '_') {
        ++offset_;
        SetError(token, start, offset_, "Numeric separator is not allowed after a leading 0");
        return;
      }
    } else if (!ScanDigits(token, start, 10, true)) {
      return;
    }
    if (first != '.' && Peek() == '.') {
      ++offset_;
      if (IsDecimalDigit(Peek()) && !ScanDigits(token, start, 10, true)) return;
      fraction_or_exponent = true;
    }
    const int e = Peek();
    if (e == 'e' || e == 'E') {
      ++offset_;
      if (Peek() == '+' || Peek() == '-') ++offset_;
      if (!ScanDigits(token, start, 10, true)) return;
      fraction_or_exponent = true;
    }
    if (Peek() == 'n') {
      if (fraction_or_exponent) {
        ++offset_;
        SetError(token, start, offset_, "BigInt literals cannot have a fraction or an exponent");
        return;
      }
      bigint = true;
      ++offset_;
    }
  }
  // The SourceCharacter immediately following a NumericLiteral must not be
  // an IdentifierStart or DecimalDigit.
  if (offset_ < size_) {
    uint32_t length;
    const char32_t next = CodePointAtOffset(offset_, &length);
    if (IsDecimalDigit(static_cast<int>(next)) || next == '\\' || IsIdentifierStartChar(next)) {
      offset_ += length;
      SetError(token, start, offset_,
               "Identifier or digit directly after a numeric literal");
      return;
    }
  }

  // The digits without separators, prefix and BigInt suffix.
  const uint32_t digits_end = bigint ? offset_ - 1 : offset_;
  char stack_buffer[128];
  std::string heap_buffer;
  char* text = stack_buffer;
  const uint32_t max_length = digits_end - digits_start;
  if (max_length > sizeof stack_buffer) {
    heap_buffer.resize(max_length);
    text = heap_buffer.data();
  }
  uint32_t length = 0;
  for (uint32_t i = digits_start; i < digits_end; ++i) {
    if (chars_[i] != '_') text[length++] = static_cast<char>(chars_[i]);
  }
  const std::string_view digits(text, length);

  if (bigint) {
    token.type = TokenType::kBigInt;
    if (radix == 10) {
      token.value.assign(digits.begin(), digits.end());
    } else {
      token.value = RadixDigitsToDecimal(digits, radix);
    }
    return;
  }
  token.type = TokenType::kNumeric;
  switch (radix) {
    case 16:
      token.number = HexDigitsToNumber(digits);
      break;
    case 8:
      token.number = HexDigitsToNumber(RadixDigitsToHex(digits, 3));
      break;
    case 2:
      token.number = HexDigitsToNumber(RadixDigitsToHex(digits, 1));
      break;
    default:
      token.number = DecimalTextToNumber(digits);
      break;
  }
}

// 12.9.4 String Literals
// https://tc39.es/ecma262/#sec-literals-string-literals
// Token::value is the SV (12.9.4.2); Token::escaped is set when the literal
// contains any `\` (an escape or a LineContinuation), which is what a Use
// Strict Directive must not contain.
void Lexer::ScanStringLiteral(Token& token) {
  const uint32_t start = offset_;
  const char16_t quote = chars_[offset_];
  ++offset_;
  // The first error is reported; scanning goes on to the closing quote so the
  // next token starts after the literal.
  bool failed = false;
  uint32_t error_start = 0;
  uint32_t error_end = 0;
  const char* error_message = nullptr;
  auto fail = [&](uint32_t from, uint32_t to, const char* message) {
    if (failed) return;
    failed = true;
    error_start = from;
    error_end = to;
    error_message = message;
  };
  std::u16string& value = token.value;
  for (;;) {
    // Copy a run of ordinary characters at once.
    const uint32_t run_start = offset_;
    while (offset_ < size_) {
      const char16_t c = chars_[offset_];
      if (c == quote || c == '\\' || IsLineTerminator(c)) break;
      ++offset_;
    }
    if (offset_ > run_start) value.append(chars_ + run_start, offset_ - run_start);
    if (offset_ >= size_ || chars_[offset_] == '\n' || chars_[offset_] == '\r') {
      SetError(token, start, offset_, "Unterminated string literal");
      return;
    }
    const char16_t c = chars_[offset_];
    if (c == quote) {
      ++offset_;
      break;
    }
    if (c == kLineSeparator || c == kParagraphSeparator) {
      // <LS> and <PS> may appear unescaped (their SV is themselves) but
      // still start a new source line.
      value.push_back(c);
      ++offset_;
      StartNewLine();
      continue;
    }
    // `\` EscapeSequence or LineContinuation
    token.escaped = true;
    const uint32_t escape_start = offset_;
    ++offset_;
    if (offset_ >= size_) {
      SetError(token, start, offset_, "Unterminated string literal");
      return;
    }
    const char16_t e = chars_[offset_];
    switch (e) {
      case '\n':
      case '\r':
      case kLineSeparator:
      case kParagraphSeparator:
        // LineContinuation :: `\` LineTerminatorSequence; its SV is empty.
        ConsumeLineTerminatorSequence();
        continue;
      case 'b': value.push_back(0x08); break;
      case 't': value.push_back(0x09); break;
      case 'n': value.push_back(0x0A); break;
      case 'v': value.push_back(0x0B); break;
      case 'f': value.push_back(0x0C); break;
      case 'r': value.push_back(0x0D); break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        if (e == '0' && !IsDecimalDigit(Peek(1))) {
          // EscapeSequence :: `0` [lookahead ∉ DecimalDigit]
          value.push_back(0);
          break;
        }
        // LegacyOctalEscapeSequence: ZeroToThree OctalDigit OctalDigit takes
        // three digits, FourToSeven OctalDigit two; `\08` is `\0` then `8`.
        token.legacy_octal = true;
        int code = e - '0';
        const int max_digits = e <= '3' ? 3 : 2;
        int count = 1;
        while (count < max_digits && IsOctalDigit(Peek(1))) {
          ++offset_;
          code = code * 8 + (chars_[offset_] - '0');
          ++count;
        }
        value.push_back(static_cast<char16_t>(code));
        break;
      }
      case '8':
      case '9':
        // NonOctalDecimalEscapeSequence
        token.legacy_octal = true;
        value.push_back(e);
        break;
      case 'x': {
        // HexEscapeSequence :: `x` HexDigit HexDigit
        const int high = HexValue(Peek(1));
        const int low = high >= 0 ? HexValue(Peek(2)) : -1;
        if (low < 0) {
          fail(escape_start, offset_ + (high >= 0 ? 2 : 1), "Invalid hexadecimal escape sequence");
          break;
        }
        value.push_back(static_cast<char16_t>(high * 16 + low));
        offset_ += 2;
        break;
      }
      case 'u': {
        uint32_t position = offset_;
        char32_t cp = 0;
        if (!ScanUnicodeEscapeSequence(position, cp)) {
          fail(escape_start, position, "Invalid Unicode escape sequence");
          offset_ = position > offset_ ? position - 1 : offset_;
          break;
        }
        UTF16EncodeCodePoint(cp, value);
        offset_ = position - 1;
        break;
      }
      default:
        // SingleEscapeCharacter `'` `"` `\` and NonEscapeCharacter: the
        // character itself (a surrogate pair's second half follows as an
        // ordinary character).
        value.push_back(e);
        break;
    }
    ++offset_;
  }
  if (failed) {
    SetError(token, error_start, error_end, error_message);
    return;
  }
  token.type = TokenType::kString;
}

// 12.9.6 Template Literal Lexical Components, from the `` ` `` or `}` at
// offset_: NoSubstitutionTemplate, TemplateHead, TemplateMiddle, TemplateTail.
// https://tc39.es/ecma262/#sec-template-literal-lexical-components
void Lexer::ScanTemplate(Token& token) {
  const uint32_t start = offset_;
  const bool from_backtick = chars_[offset_] == '`';
  ++offset_;
  const uint32_t body_start = offset_;
  std::u16string cooked;
  bool cooked_valid = true;  // TV is undefined after a NotEscapeSequence
  uint32_t body_end;
  bool substitution;
  for (;;) {
    if (offset_ >= size_) {
      SetError(token, start, offset_, "Unterminated template literal");
      return;
    }
    const char16_t c = chars_[offset_];
    if (c == '`') {
      body_end = offset_;
      ++offset_;
      substitution = false;
      break;
    }
    if (c == '$' && Peek(1) == '{') {
      body_end = offset_;
      offset_ += 2;
      substitution = true;
      break;
    }
    if (c == '\r' || c == '\n' || c == kLineSeparator || c == kParagraphSeparator) {
      // TemplateCharacter :: LineTerminatorSequence; its TV is its TRV, with
      // <CR><LF> and <CR> normalised to <LF>.
      cooked.push_back(c == '\r' ? u'\n' : c);
      ConsumeLineTerminatorSequence();
      continue;
    }
    if (c != '\\') {
      cooked.push_back(c);
      ++offset_;
      continue;
    }
    token.escaped = true;
    ++offset_;
    if (offset_ >= size_) {
      SetError(token, start, offset_, "Unterminated template literal");
      return;
    }
    const char16_t e = chars_[offset_];
    switch (e) {
      case '\n':
      case '\r':
      case kLineSeparator:
      case kParagraphSeparator:
        // LineContinuation: TV is empty.
        ConsumeLineTerminatorSequence();
        continue;
      case 'b': cooked.push_back(0x08); break;
      case 't': cooked.push_back(0x09); break;
      case 'n': cooked.push_back(0x0A); break;
      case 'v': cooked.push_back(0x0B); break;
      case 'f': cooked.push_back(0x0C); break;
      case 'r': cooked.push_back(0x0D); break;
      case '0':
        if (!IsDecimalDigit(Peek(1))) {
          // TemplateEscapeSequence :: `0` [lookahead ∉ DecimalDigit]
          cooked.push_back(0);
        } else {
          cooked_valid = false;  // NotEscapeSequence :: `0` DecimalDigit
        }
        break;
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
      case '8':
      case '9':
        cooked_valid = false;  // NotEscapeSequence :: DecimalDigit but not `0`
        break;
      case 'x': {
        const int high = HexValue(Peek(1));
        const int low = high >= 0 ? HexValue(Peek(2)) : -1;
        if (low < 0) {
          // NotEscapeSequence; the characters after `x` are ordinary
          // TemplateCharacters whatever they are.
          cooked_valid = false;
          break;
        }
        cooked.push_back(static_cast<char16_t>(high * 16 + low));
        offset_ += 2;
        break;
      }
      case 'u': {
        uint32_t position = offset_;
        char32_t cp = 0;
        if (!ScanUnicodeEscapeSequence(position, cp)) {
          cooked_valid = false;  // NotEscapeSequence; see `x`
          break;
        }
        UTF16EncodeCodePoint(cp, cooked);
        offset_ = position - 1;
        break;
      }
      default:
        cooked.push_back(e);
        break;
    }
    ++offset_;
  }
  if (from_backtick) {
    token.type = substitution ? TokenType::kTemplateHead : TokenType::kNoSubstitutionTemplate;
  } else {
    token.type = substitution ? TokenType::kTemplateMiddle : TokenType::kTemplateTail;
  }
  if (cooked_valid) token.cooked = std::move(cooked);
  // 12.9.6.2 Static Semantics: TRV: the source text, with every <CR><LF>
  // and <CR> LineTerminatorSequence normalised to <LF>.
  token.raw.reserve(body_end - body_start);
  for (uint32_t i = body_start; i < body_end; ++i) {
    const char16_t c = chars_[i];
    if (c == '\r') {
      token.raw.push_back(u'\n');
      if (i + 1 < body_end && chars_[i + 1] == '\n') ++i;
    } else {
      token.raw.push_back(c);
    }
  }
}

Token Lexer::RescanTemplateContinuation(const Token& right_brace) {
  offset_ = right_brace.range.start.offset;
  line_ = right_brace.range.start.line;
  line_start_ = offset_ - (right_brace.range.start.column - 1);
  newline_pending_ = false;
  Token token;
  token.newline_before = right_brace.newline_before;
  token.range.start = Here();
  if (offset_ >= size_ || chars_[offset_] != '}') {
    SetError(token, offset_, offset_, "Expected '}' to continue a template");
    return token;
  }
  ScanTemplate(token);
  if (token.type != TokenType::kInvalid) token.range.end = Here();
  return token;
}

// 12.9.5 Regular Expression Literals
// https://tc39.es/ecma262/#sec-literals-regular-expression-literals
Token Lexer::RescanSlashAsRegExp(const Token& slash) {
  offset_ = slash.range.start.offset;
  line_ = slash.range.start.line;
  line_start_ = offset_ - (slash.range.start.column - 1);
  newline_pending_ = false;
  Token token;
  token.newline_before = slash.newline_before;
  token.range.start = Here();
  const uint32_t start = offset_;
  if (offset_ >= size_ || chars_[offset_] != '/') {
    SetError(token, start, start, "Expected '/' to start a regular expression");
    return token;
  }
  ++offset_;
  // RegularExpressionBody: a class `[...]` may contain `/`; a
  // RegularExpressionBackslashSequence escapes any non-terminator.
  bool in_class = false;
  for (;;) {
    if (offset_ >= size_ || IsLineTerminator(chars_[offset_])) {
      SetError(token, start, offset_, "Unterminated regular expression literal");
      return token;
    }
    const char16_t c = chars_[offset_];
    if (c == '\\') {
      ++offset_;
      if (offset_ >= size_ || IsLineTerminator(chars_[offset_])) {
        SetError(token, start, offset_, "Unterminated regular expression literal");
        return token;
      }
    } else if (c == '[') {
      in_class = true;
    } else if (c == ']') {
      in_class = false;
    } else if (c == '/' && !in_class) {
      break;
    }
    ++offset_;
  }
  token.value.assign(chars_ + start + 1, offset_ - start - 1);
  ++offset_;
  // RegularExpressionFlags :: RegularExpressionFlags IdentifierPartChar
  const uint32_t flags_start = offset_;
  while (offset_ < size_) {
    uint32_t length;
    const char32_t cp = CodePointAtOffset(offset_, &length);
    if (!IsIdentifierPartChar(cp)) break;
    offset_ += length;
  }
  token.regexp_flags.assign(chars_ + flags_start, offset_ - flags_start);
  // 22.2.3.4 Static Semantics: IsValidRegularExpressionLiteral, flag part:
  // only d g i m s u v y, each at most once, not both u and v.
  unsigned seen = 0;
  for (const char16_t f : token.regexp_flags) {
    static constexpr std::string_view kFlags = "dgimsuvy";
    const size_t index = f < 0x80 ? kFlags.find(static_cast<char>(f)) : std::string_view::npos;
    if (index == std::string_view::npos) {
      SetError(token, start, offset_, "Invalid regular expression flags");
      return token;
    }
    if (seen & (1u << index)) {
      SetError(token, start, offset_, "Duplicate regular expression flag");
      return token;
    }
    seen |= 1u << index;
  }
  constexpr unsigned kU = 1u << 5;
  constexpr unsigned kV = 1u << 6;
  if ((seen & kU) && (seen & kV)) {
    SetError(token, start, offset_, "Regular expression flags 'u' and 'v' cannot be combined");
    return token;
  }
  token.type = TokenType::kRegularExpression;
  token.range.end = Here();
  return token;
}

}  // namespace async_runtime::syntax
