// Tests for source_text, token and lexer (ECMA-262 clause 12 and B.1.1).
#include "runtime/syntax/lexer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "runtime/syntax/source_text.h"
#include "runtime/syntax/token.h"

namespace async_runtime::syntax {
namespace {

using T = TokenType;

std::u16string U16(std::string_view utf8) { return Utf8ToUtf16(utf8); }

// Lexes all of `source` with Next() until kEndOfInput or the first kInvalid
// (included), never more tokens than code units + 2.
std::vector<Token> LexAll(const SourceText& source, LexerOptions options = {}) {
  Lexer lexer(source, options);
  std::vector<Token> tokens;
  const size_t limit = source.code_units().size() + 2;
  for (size_t i = 0; i < limit; ++i) {
    tokens.push_back(lexer.Next());
    if (tokens.back().type == T::kEndOfInput || tokens.back().type == T::kInvalid) break;
  }
  return tokens;
}

std::vector<Token> LexAll(std::string_view utf8, LexerOptions options = {}) {
  SourceText source = SourceText::FromUtf8("test.js", utf8);
  return LexAll(source, options);
}

std::vector<T> Types(std::string_view utf8, LexerOptions options = {}) {
  std::vector<T> types;
  for (const Token& token : LexAll(utf8, options)) types.push_back(token.type);
  return types;
}

// The first token of `utf8`.
Token First(std::string_view utf8, LexerOptions options = {}) {
  SourceText source = SourceText::FromUtf8("test.js", utf8);
  Lexer lexer(source, options);
  return lexer.Next();
}

LexerOptions Module() {
  LexerOptions options;
  options.module_goal = true;
  return options;
}

// ---------------------------------------------------------------------------
// Source text

TEST(Utf8ToUtf16Test, WellFormed) {
  EXPECT_EQ(Utf8ToUtf16("abc"), u"abc");
  EXPECT_EQ(Utf8ToUtf16("\xC3\xA4"), u"\u00E4");
  EXPECT_EQ(Utf8ToUtf16("\xE2\x80\xA8"), u"\u2028");
  EXPECT_EQ(Utf8ToUtf16("a\xF0\x9F\x98\x80" "b"), u"a\U0001F600b");
  EXPECT_EQ(Utf8ToUtf16("\xF4\x8F\xBF\xBF"), u"\U0010FFFF");
  EXPECT_EQ(Utf8ToUtf16(std::string_view("\0x", 2)), std::u16string(u"\0x", 2));
}

TEST(Utf8ToUtf16Test, ByteOrderMarkIsKept) {
  EXPECT_EQ(Utf8ToUtf16("\xEF\xBB\xBF" "a"), u"\uFEFFa");
}

TEST(Utf8ToUtf16Test, MaximalSubpartReplacement) {
  // Examples from the Unicode Standard, 3.9 "U+FFFD Substitution of Maximal Subparts".
  EXPECT_EQ(Utf8ToUtf16("\xC0\xAF"), u"\uFFFD\uFFFD");            // overlong lead
  EXPECT_EQ(Utf8ToUtf16("\xE0\x80\xAF"), u"\uFFFD\uFFFD\uFFFD");  // overlong 3-byte
  EXPECT_EQ(Utf8ToUtf16("\xED\xA0\x80"), u"\uFFFD\uFFFD\uFFFD");  // surrogate
  EXPECT_EQ(Utf8ToUtf16("\xF4\x90\x80\x80"), u"\uFFFD\uFFFD\uFFFD\uFFFD");  // > U+10FFFF
  EXPECT_EQ(Utf8ToUtf16("\xE2\x82"), u"\uFFFD");                  // truncated: one subpart
  EXPECT_EQ(Utf8ToUtf16("\xF0\x9F\x98" "x"), u"\uFFFDx");
  EXPECT_EQ(Utf8ToUtf16("\xE2\x82" "\xE2\x82\xAC"), u"\uFFFD\u20AC");
  EXPECT_EQ(Utf8ToUtf16("\x80\xBF"), u"\uFFFD\uFFFD");  // stray continuation bytes
  EXPECT_EQ(Utf8ToUtf16("\xFF\xFE"), u"\uFFFD\uFFFD");
  EXPECT_EQ(Utf8ToUtf16("a\xF1\x80\x80\xE1\x80\xC2" "b"), u"a\uFFFD\uFFFD\uFFFDb");
}

TEST(Utf16ToUtf8Test, EncodesAndReplacesLoneSurrogates) {
  EXPECT_EQ(Utf16ToUtf8(u"a\u00E4\u20AC\U0001F600"), "a\xC3\xA4\xE2\x82\xAC\xF0\x9F\x98\x80");
  EXPECT_EQ(Utf16ToUtf8(std::u16string(1, 0xD800)), "\xEF\xBF\xBD");
  EXPECT_EQ(Utf16ToUtf8(std::u16string{0xDC00, u'a'}), "\xEF\xBF\xBD" "a");
  EXPECT_EQ(Utf16ToUtf8(std::u16string{0xD800, 0xD800, 0xDC00}), "\xEF\xBF\xBD\xF0\x90\x80\x80");
}

TEST(SourceTextTest, LineTerminatorsStartLines) {
  SourceText source("f.js", u"a\nb\rc\r\nd\u2028e\u2029f");
  EXPECT_EQ(source.filename(), "f.js");
  struct Case {
    uint32_t offset, line, column;
  } cases[] = {{0, 1, 1}, {1, 1, 2}, {2, 2, 1}, {3, 2, 2}, {4, 3, 1}, {5, 3, 2},
               {6, 3, 3}, {7, 4, 1}, {8, 4, 2}, {9, 5, 1}, {11, 6, 1}, {12, 6, 2}};
  for (const Case& c : cases) {
    SourceLocation location = source.LocationOf(c.offset);
    EXPECT_EQ(location.offset, c.offset);
    EXPECT_EQ(location.line, c.line) << c.offset;
    EXPECT_EQ(location.column, c.column) << c.offset;
  }
  // Past the end clamps to the end.
  EXPECT_EQ(source.LocationOf(1000).offset, 12u);
}

TEST(SourceTextTest, ColumnsCountCodeUnits) {
  SourceText source = SourceText::FromUtf8("f.js", "\xF0\x9F\x98\x80x\n\xC3\xA4y");
  EXPECT_EQ(source.code_units().size(), 6u);
  EXPECT_EQ(source.LocationOf(2).column, 3u);
  EXPECT_EQ(source.LocationOf(5).line, 2u);
  EXPECT_EQ(source.LocationOf(5).column, 2u);
}

TEST(SourceTextTest, EmptySource) {
  SourceText source("e.js", u"");
  EXPECT_EQ(source.LocationOf(0).line, 1u);
  EXPECT_EQ(source.LocationOf(0).column, 1u);
}

// ---------------------------------------------------------------------------
// Punctuators

TEST(LexerTest, AllPunctuators) {
  const std::vector<std::pair<std::string, T>> cases = {
      {"{", T::kLeftBrace}, {"}", T::kRightBrace}, {"(", T::kLeftParen},
      {")", T::kRightParen}, {"[", T::kLeftBracket}, {"]", T::kRightBracket},
      {".", T::kDot}, {"...", T::kEllipsis}, {";", T::kSemicolon}, {",", T::kComma},
      {"<", T::kLessThan}, {">", T::kGreaterThan}, {"<=", T::kLessThanEqual},
      {">=", T::kGreaterThanEqual}, {"==", T::kEqualEqual}, {"!=", T::kNotEqual},
      {"===", T::kStrictEqual}, {"!==", T::kStrictNotEqual}, {"+", T::kPlus},
      {"-", T::kMinus}, {"*", T::kStar}, {"/", T::kSlash}, {"%", T::kPercent},
      {"**", T::kStarStar}, {"++", T::kPlusPlus}, {"--", T::kMinusMinus},
      {"<<", T::kShiftLeft}, {">>", T::kShiftRight}, {">>>", T::kUnsignedShiftRight},
      {"&", T::kAmpersand}, {"|", T::kPipe}, {"^", T::kCaret}, {"!", T::kBang},
      {"~", T::kTilde}, {"&&", T::kAmpersandAmpersand}, {"||", T::kPipePipe},
      {"??", T::kQuestionQuestion}, {"?", T::kQuestion}, {"?.", T::kQuestionDot},
      {":", T::kColon}, {"=", T::kAssign}, {"+=", T::kPlusAssign},
      {"-=", T::kMinusAssign}, {"*=", T::kStarAssign}, {"/=", T::kSlashAssign},
      {"%=", T::kPercentAssign}, {"**=", T::kStarStarAssign},
      {"<<=", T::kShiftLeftAssign}, {">>=", T::kShiftRightAssign},
      {">>>=", T::kUnsignedShiftRightAssign}, {"&=", T::kAmpersandAssign},
      {"|=", T::kPipeAssign}, {"^=", T::kCaretAssign},
      {"&&=", T::kAmpersandAmpersandAssign}, {"||=", T::kPipePipeAssign},
      {"?\?=", T::kQuestionQuestionAssign}, {"=>", T::kArrow}, {"@", T::kAt},
  };
  for (const auto& [text, type] : cases) {
    std::vector<Token> tokens = LexAll(text);
    ASSERT_EQ(tokens.size(), 2u) << text;
    EXPECT_EQ(tokens[0].type, type) << text;
    EXPECT_EQ(TokenTypeName(type), text);
    EXPECT_EQ(tokens[0].range.start.offset, 0u);
    EXPECT_EQ(tokens[0].range.end.offset, text.size()) << text;
    EXPECT_EQ(tokens[1].type, T::kEndOfInput);
  }
}

TEST(LexerTest, LongestMatch) {
  EXPECT_EQ(Types(">>>=>>>>"), (std::vector<T>{T::kUnsignedShiftRightAssign,
                                               T::kUnsignedShiftRight, T::kGreaterThan,
                                               T::kEndOfInput}));
  EXPECT_EQ(Types("...."), (std::vector<T>{T::kEllipsis, T::kDot, T::kEndOfInput}));
  EXPECT_EQ(Types(".."), (std::vector<T>{T::kDot, T::kDot, T::kEndOfInput}));
  EXPECT_EQ(Types("a+++b"), (std::vector<T>{T::kIdentifier, T::kPlusPlus, T::kPlus,
                                            T::kIdentifier, T::kEndOfInput}));
  EXPECT_EQ(Types("=>="), (std::vector<T>{T::kArrow, T::kAssign, T::kEndOfInput}));
  EXPECT_EQ(Types("!==="), (std::vector<T>{T::kStrictNotEqual, T::kAssign, T::kEndOfInput}));
  EXPECT_EQ(Types("***="), (std::vector<T>{T::kStarStar, T::kStarAssign, T::kEndOfInput}));
  EXPECT_EQ(Types("?\?\?="), (std::vector<T>{T::kQuestionQuestion, T::kQuestion, T::kAssign,
                                           T::kEndOfInput}));
}

TEST(LexerTest, OptionalChainingNotBeforeDigit) {
  // `a?.5:b` is a conditional expression with the number .5.
  std::vector<Token> tokens = LexAll("a?.5:b");
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_EQ(tokens[1].type, T::kQuestion);
  EXPECT_EQ(tokens[2].type, T::kNumeric);
  EXPECT_EQ(tokens[2].number, 0.5);
  EXPECT_EQ(tokens[3].type, T::kColon);
  EXPECT_EQ(Types("a?.b"), (std::vector<T>{T::kIdentifier, T::kQuestionDot, T::kIdentifier,
                                           T::kEndOfInput}));
  EXPECT_EQ(Types("a?.[0]")[1], T::kQuestionDot);
  EXPECT_EQ(Types("a?.(0)")[1], T::kQuestionDot);
  EXPECT_EQ(Types("a?."), (std::vector<T>{T::kIdentifier, T::kQuestionDot, T::kEndOfInput}));
}

// ---------------------------------------------------------------------------
// Identifiers and keywords

TEST(LexerTest, AsciiIdentifiers) {
  for (const char* name : {"a", "abc", "$", "_", "$_a1", "A9", "__proto__", "\xC3\xA4" "x"}) {
    Token token = First(name);
    EXPECT_EQ(token.type, T::kIdentifier) << name;
    EXPECT_EQ(token.value, U16(name));
    EXPECT_EQ(token.keyword, Keyword::kNone);
    EXPECT_FALSE(token.escaped);
  }
  std::vector<Token> tokens = LexAll("foo bar1");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[1].value, u"bar1");
  EXPECT_EQ(tokens[1].range.start.column, 5u);
  EXPECT_EQ(tokens[1].range.end.column, 9u);
}

TEST(LexerTest, UnicodeIdentifiers) {
  // U+1D465 MATHEMATICAL ITALIC SMALL X is ID_Start outside the BMP.
  Token token = First("\xF0\x9D\x91\xA5y");
  EXPECT_EQ(token.type, T::kIdentifier);
  EXPECT_EQ(token.value, u"\U0001D465y");
  EXPECT_EQ(token.range.end.offset, 3u);
  // Combining mark U+0301 is ID_Continue, not ID_Start.
  EXPECT_EQ(First("a\xCC\x81").value, u"a\u0301");
  EXPECT_EQ(First("\xCC\x81" "a").type, T::kInvalid);
  // ZWNJ and ZWJ may continue an identifier.
  EXPECT_EQ(First("a\xE2\x80\x8C" "b\xE2\x80\x8D").value, u"a\u200Cb\u200D");
  EXPECT_EQ(First("\xE2\x80\x8C" "a").type, T::kInvalid);
  // Other_ID_Start: U+2118 SCRIPT CAPITAL P; Other_ID_Continue: U+00B7.
  EXPECT_EQ(First("\xE2\x84\x98").type, T::kIdentifier);
  EXPECT_EQ(First("a\xC2\xB7").value, u"a\u00B7");
  // CJK and digits from other scripts (U+0660 ARABIC-INDIC DIGIT ZERO).
  EXPECT_EQ(First("\xE4\xB8\xAD\xD9\xA0").value, u"\u4E2D\u0660");
  EXPECT_EQ(First("\xD9\xA0").type, T::kInvalid);
}

TEST(LexerTest, IdentifiersFromUnicodeNewerThanSystemIcu) {
  // Unicode 15.1: U+2EBF0 CJK EXT-I (ID_Start), U+30FB KATAKANA MIDDLE DOT
  // (Other_ID_Continue). Unicode 16.0: U+1C89 (ID_Start), U+0897 (ID_Continue).
  // Unicode 17.0: U+088F (ID_Start), U+1ACF (ID_Continue).
  EXPECT_EQ(First("\xF0\xAE\xAF\xB0").value, u"\U0002EBF0");
  EXPECT_EQ(First("a\xE3\x83\xBB").value, u"a\u30FB");
  EXPECT_EQ(First("\xE3\x83\xBB").type, T::kInvalid);
  EXPECT_EQ(First("\xE1\xB2\x89").type, T::kIdentifier);
  EXPECT_EQ(First("a\xE0\xA2\x97").value, u"a\u0897");
  EXPECT_EQ(First("\xE0\xA2\x8F").type, T::kIdentifier);
  EXPECT_EQ(First("a\xE1\xAB\x8F").value, u"a\u1ACF");
  EXPECT_EQ(First("\\u{2EBF0}").value, u"\U0002EBF0");
  EXPECT_EQ(First("a\\u30FB").value, u"a\u30FB");
  EXPECT_EQ(First("\\u30FB").type, T::kInvalid);
  // Still not identifiers: unassigned U+0378, symbol U+2200.
  EXPECT_EQ(First("\xCD\xB8").type, T::kInvalid);
  EXPECT_EQ(First("\xE2\x88\x80").type, T::kInvalid);
}

TEST(LexerTest, EscapedIdentifiers) {
  Token token = First("\\u0061b\\u{63}\\u{000000064}");
  EXPECT_EQ(token.type, T::kIdentifier);
  EXPECT_EQ(token.value, u"abcd");
  EXPECT_TRUE(token.escaped);
  EXPECT_EQ(token.range.end.offset, 26u);

  // Escaped keywords are classified but never act as keywords.
  token = First("\\u0069f");
  EXPECT_EQ(token.keyword, Keyword::kIf);
  EXPECT_TRUE(token.escaped);
  EXPECT_FALSE(token.IsKeyword(Keyword::kIf));
  EXPECT_TRUE(First("if").IsKeyword(Keyword::kIf));

  // Non-BMP escape.
  EXPECT_EQ(First("\\u{1D465}").value, u"\U0001D465");
  EXPECT_EQ(First("$\\u{1D465}").value, u"$\U0001D465");
  // ZWJ by escape as IdentifierPart.
  EXPECT_EQ(First("a\\u200D").value, u"a\u200D");
}

TEST(LexerTest, InvalidIdentifierEscapes) {
  for (const char* source : {
           "\\u0030a",     // digit cannot start
           "a\\u0020",     // space is not IdentifierPart
           "a\\u002E",     // `.`
           "\\x41",        // only \u
           "\\",           // alone
           "a\\",          // at end
           "\\u00",        // too short
           "\\u{}",        // empty
           "\\u{110000}",  // beyond Unicode
           "\\u{61",       // unterminated
           "\\uD835\\uDC65",  // escaped surrogates are not code points of an identifier
           "\\u200C",      // ZWNJ cannot start
       }) {
    Token token = First(source);
    EXPECT_EQ(token.type, T::kInvalid) << source;
    EXPECT_FALSE(token.error_message.empty());
  }
  // The error range covers the escape.
  Token token = First("ab\\u0020");
  EXPECT_EQ(token.range.start.offset, 2u);
  EXPECT_EQ(token.range.end.offset, 8u);
}

TEST(LexerTest, KeywordClassification) {
  const std::vector<std::pair<std::string, Keyword>> words = {
      {"await", Keyword::kAwait}, {"break", Keyword::kBreak}, {"case", Keyword::kCase},
      {"catch", Keyword::kCatch}, {"class", Keyword::kClass}, {"const", Keyword::kConst},
      {"continue", Keyword::kContinue}, {"debugger", Keyword::kDebugger},
      {"default", Keyword::kDefault}, {"delete", Keyword::kDelete}, {"do", Keyword::kDo},
      {"else", Keyword::kElse}, {"enum", Keyword::kEnum}, {"export", Keyword::kExport},
      {"extends", Keyword::kExtends}, {"false", Keyword::kFalse},
      {"finally", Keyword::kFinally}, {"for", Keyword::kFor},
      {"function", Keyword::kFunction}, {"if", Keyword::kIf}, {"import", Keyword::kImport},
      {"in", Keyword::kIn}, {"instanceof", Keyword::kInstanceof}, {"new", Keyword::kNew},
      {"null", Keyword::kNull}, {"return", Keyword::kReturn}, {"super", Keyword::kSuper},
      {"switch", Keyword::kSwitch}, {"this", Keyword::kThis}, {"throw", Keyword::kThrow},
      {"true", Keyword::kTrue}, {"try", Keyword::kTry}, {"typeof", Keyword::kTypeof},
      {"var", Keyword::kVar}, {"void", Keyword::kVoid}, {"while", Keyword::kWhile},
      {"with", Keyword::kWith}, {"yield", Keyword::kYield}, {"let", Keyword::kLet},
      {"static", Keyword::kStatic}, {"implements", Keyword::kImplements},
      {"interface", Keyword::kInterface}, {"package", Keyword::kPackage},
      {"private", Keyword::kPrivate}, {"protected", Keyword::kProtected},
      {"public", Keyword::kPublic}, {"as", Keyword::kAs}, {"async", Keyword::kAsync},
      {"from", Keyword::kFrom}, {"get", Keyword::kGet}, {"set", Keyword::kSet},
      {"of", Keyword::kOf}, {"target", Keyword::kTarget}, {"meta", Keyword::kMeta},
      {"using", Keyword::kUsing}, {"arguments", Keyword::kArguments},
      {"eval", Keyword::kEval}, {"constructor", Keyword::kConstructor},
      {"prototype", Keyword::kPrototype}, {"source", Keyword::kSource},
      {"defer", Keyword::kDefer}, {"accessor", Keyword::kAccessor},
  };
  for (const auto& [word, keyword] : words) {
    Token token = First(word);
    EXPECT_EQ(token.type, T::kIdentifier) << word;
    EXPECT_EQ(token.keyword, keyword) << word;
    EXPECT_TRUE(token.IsKeyword(keyword)) << word;
    EXPECT_FALSE(token.escaped);
  }
  for (const char* word : {"If", "iff", "i", "constructors", "instanceOf", "lets", "awai",
                           "x", "a", "undefined", "NaN", "_if", "in$", "yield1", "asyncs"}) {
    EXPECT_EQ(First(word).keyword, Keyword::kNone) << word;
  }
}

TEST(LexerTest, PrivateNames) {
  Token token = First("#foo");
  EXPECT_EQ(token.type, T::kPrivateName);
  EXPECT_EQ(token.value, u"foo");
  EXPECT_EQ(token.range.start.offset, 0u);
  EXPECT_EQ(token.range.end.offset, 4u);
  EXPECT_EQ(First("#constructor").value, u"constructor");
  EXPECT_EQ(First("#constructor").type, T::kPrivateName);
  token = First("#\\u0061");
  EXPECT_EQ(token.type, T::kPrivateName);
  EXPECT_EQ(token.value, u"a");
  EXPECT_TRUE(token.escaped);
  EXPECT_EQ(First("#\xC3\xA4").value, u"\u00E4");
  EXPECT_EQ(Types("a.#b"), (std::vector<T>{T::kIdentifier, T::kDot, T::kPrivateName,
                                            T::kEndOfInput}));
  EXPECT_EQ(First("# foo").type, T::kInvalid);
  EXPECT_EQ(First("#1").type, T::kInvalid);
  EXPECT_EQ(First("#").type, T::kInvalid);
  EXPECT_EQ(First("#\\u0030").type, T::kInvalid);
}

// ---------------------------------------------------------------------------
// Numeric literals

struct NumberCase {
  const char* source;
  double value;
};

TEST(LexerTest, DecimalLiterals) {
  const NumberCase cases[] = {
      {"0", 0}, {"1", 1}, {"123", 123}, {"1.5", 1.5}, {".5", 0.5}, {"5.", 5},
      {"0.0", 0}, {"1e3", 1000}, {"1E3", 1000}, {"1e+3", 1000}, {"1e-3", 0.001},
      {"1.5e2", 150}, {".5e1", 5}, {"5.e1", 50}, {"0e0", 0}, {"0.1", 0.1},
      {"1_000", 1000}, {"1_0.0_1", 10.01}, {"1e1_0", 1e10}, {".0_1", 0.01},
      {"9007199254740993", 9007199254740992.0},  // round to even
      {"9007199254740995", 9007199254740996.0},
      {"1.7976931348623157e308", 1.7976931348623157e308},
      {"4.9406564584124654e-324", 4.9406564584124654e-324},
      {"0.1e-400", 0}, {"2e-400", 0}, {"0.00000000000000000000000000001", 1e-29},
      {"123456789012345678901234567890", 123456789012345678901234567890.0},
  };
  for (const NumberCase& c : cases) {
    std::vector<Token> tokens = LexAll(c.source);
    ASSERT_EQ(tokens.size(), 2u) << c.source;
    EXPECT_EQ(tokens[0].type, T::kNumeric) << c.source << ": " << tokens[0].error_message;
    EXPECT_EQ(tokens[0].number, c.value) << c.source;
    EXPECT_FALSE(tokens[0].legacy_octal) << c.source;
    EXPECT_EQ(tokens[0].range.end.offset, std::string_view(c.source).size()) << c.source;
  }
  EXPECT_EQ(First("1e400").number, std::numeric_limits<double>::infinity());
  EXPECT_EQ(First("1e99999999999999999999999").number, std::numeric_limits<double>::infinity());
  EXPECT_EQ(First("1e-99999999999999999999999").number, 0.0);
  EXPECT_EQ(First(std::string(400, '9')).number, std::numeric_limits<double>::infinity());
  EXPECT_EQ(First("0." + std::string(400, '0') + "1").number, 0.0);
  // A long literal is still correctly rounded.
  EXPECT_EQ(First("0." + std::string(30, '3') + "e1").number, 10.0 / 3.0);
}

TEST(LexerTest, NonDecimalLiterals) {
  const NumberCase cases[] = {
      {"0x0", 0}, {"0xff", 255}, {"0XFF", 255}, {"0xA_b", 171}, {"0o17", 15},
      {"0O7_7", 63}, {"0b101", 5}, {"0B1_0", 2}, {"0x1fffffffffffff", 9007199254740991.0},
      {"0x20000000000001", 9007199254740992.0},  // ties to even
      {"0x20000000000003", 9007199254740996.0},
      {"0b11111111111111111111111111111111111111111111111111111", 9007199254740991.0},
      {"0o777777777777777777", 18014398509481984.0},
      {"0o1000000000000000001", 18014398509481984.0},
      {"0o1000000000000000003", 18014398509481988.0},
  };
  for (const NumberCase& c : cases) {
    Token token = First(c.source);
    EXPECT_EQ(token.type, T::kNumeric) << c.source << ": " << token.error_message;
    EXPECT_EQ(token.number, c.value) << c.source;
    EXPECT_EQ(token.range.end.offset, std::string_view(c.source).size()) << c.source;
  }
  EXPECT_EQ(First("0x" + std::string(300, 'f')).number, std::numeric_limits<double>::infinity());
}

TEST(LexerTest, LegacyOctalAndNonOctalDecimal) {
  const NumberCase cases[] = {
      {"00", 0}, {"01", 1}, {"017", 15}, {"0777", 511}, {"08", 8}, {"09", 9},
      {"018", 18}, {"09.5", 9.5}, {"08e1", 80}, {"0009", 9}, {"019.25e1", 192.5},
  };
  for (const NumberCase& c : cases) {
    Token token = First(c.source);
    EXPECT_EQ(token.type, T::kNumeric) << c.source << ": " << token.error_message;
    EXPECT_EQ(token.number, c.value) << c.source;
    EXPECT_TRUE(token.legacy_octal) << c.source;
  }
  // A LegacyOctalIntegerLiteral has no fraction: `07.5` is `07` then `.5`.
  std::vector<Token> tokens = LexAll("07.5");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].number, 7);
  EXPECT_EQ(tokens[1].number, 0.5);
  EXPECT_EQ(Types("07.toString"), (std::vector<T>{T::kNumeric, T::kDot, T::kIdentifier,
                                                  T::kEndOfInput}));
}

TEST(LexerTest, BigIntLiterals) {
  const std::pair<const char*, std::u16string> cases[] = {
      {"0n", u"0"}, {"1n", u"1"}, {"123n", u"123"}, {"1_000n", u"1000"},
      {"0x0n", u"0"}, {"0xFFn", u"255"}, {"0x1_0n", u"16"}, {"0o17n", u"15"},
      {"0b1010n", u"10"}, {"0x000000000000000000001n", u"1"},
      {"0xFFFFFFFFFFFFFFFFFFFFFFFFn", u"79228162514264337593543950335"},
      {"0o10000000000000000000000n", u"73786976294838206464"},
      {"12345678901234567890123456789n", u"12345678901234567890123456789"},
  };
  for (const auto& [source, digits] : cases) {
    Token token = First(source);
    EXPECT_EQ(token.type, T::kBigInt) << source << ": " << token.error_message;
    EXPECT_EQ(token.value, digits) << source;
    EXPECT_EQ(token.range.end.offset, std::string_view(source).size()) << source;
  }
}

TEST(LexerTest, NumericLiteralErrors) {
  for (const char* source : {
           "3in",     // IdentifierStart right after
           "3a", "0x1g", "0b12", "0o78", "1_", "1__0", "1_.5", "1._5", "1.5_", "1e_1",
           "1e+_1", "1_e1", "0_1", "0_0", "00_1", "08_1", "0x_1", "0x", "0b", "0o", "0xn",
           "1e", "1e+", "1.e", "01n", "08n", "00n", "1.5n", "1e3n", ".5n", "0x1_", "0b1__0",
           "1n_", "5.toString", "1\\u0061", "3\xC3\xA4", "1$", "0b1a",
       }) {
    Token token = First(source);
    EXPECT_EQ(token.type, T::kInvalid) << source;
    EXPECT_FALSE(token.error_message.empty()) << source;
    EXPECT_EQ(token.range.start.offset, 0u) << source;
    EXPECT_GT(token.range.end.offset, 0u) << source;
  }
}

// ---------------------------------------------------------------------------
// String literals

TEST(LexerTest, StringValues) {
  const std::pair<const char*, std::u16string> cases[] = {
      {"''", u""}, {"\"\"", u""}, {"'abc'", u"abc"}, {"\"a'b\"", u"a'b"}, {"'a\"b'", u"a\"b"},
      {"'\\b\\t\\n\\v\\f\\r'", u"\b\t\n\v\f\r"}, {"'\\'\\\"\\\\'", u"'\"\\"},
      {"'\\x41\\x7a'", u"Az"}, {"'\\u0041'", u"A"}, {"'\\u{41}'", u"A"},
      {"'\\u{0000000041}'", u"A"}, {"'\\u{1F600}'", u"\U0001F600"},
      {"'\\u{10FFFF}'", u"\U0010FFFF"}, {"'\\uD83D\\uDE00'", u"\U0001F600"},
      {"'\\0'", std::u16string(1, u'\0')}, {"'\\a\\c\\q'", u"acq"},
      {"'a\\\nb'", u"ab"}, {"'a\\\r\nb'", u"ab"}, {"'a\\\rb'", u"ab"},
      {"'a\\\xE2\x80\xA8" "b'", u"ab"},
      {"'\xE2\x80\xA8\xE2\x80\xA9'", u"\u2028\u2029"},  // LS/PS allowed unescaped
      {"'\xC3\xA4\xF0\x9F\x98\x80'", u"\u00E4\U0001F600"},
      {"'\\\xC3\xA4'", u"\u00E4"},
  };
  for (const auto& [source, value] : cases) {
    Token token = First(source);
    EXPECT_EQ(token.type, T::kString) << source << ": " << token.error_message;
    EXPECT_EQ(token.value, value) << source;
    EXPECT_FALSE(token.legacy_octal) << source;
  }
  // <LS> inside a string starts a new source line.
  std::vector<Token> tokens = LexAll("'a\xE2\x80\xA8" "b' c");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].range.end.line, 2u);
  EXPECT_EQ(tokens[0].range.end.column, 3u);
  EXPECT_EQ(tokens[1].range.start.column, 4u);
  EXPECT_FALSE(tokens[1].newline_before);
  EXPECT_FALSE(First("'use strict'").escaped);
  EXPECT_TRUE(First("'use\\x20strict'").escaped);
  EXPECT_TRUE(First("'use \\\nstrict'").escaped);
}

TEST(LexerTest, StringLegacyOctalEscapes) {
  const std::pair<const char*, std::u16string> cases[] = {
      {"'\\1'", u"\x01"}, {"'\\7'", u"\x07"}, {"'\\12'", u"\n"}, {"'\\101'", u"A"},
      {"'\\377'", u"\u00FF"}, {"'\\400'", u" 0"}, {"'\\777'", u"?7"}, {"'\\08'", std::u16string(u"\0" "8", 2)},
      {"'\\00'", std::u16string(1, u'\0')}, {"'\\000'", std::u16string(1, u'\0')},
      {"'\\0000'", std::u16string(u"\0" "0", 2)}, {"'\\8'", u"8"}, {"'\\9'", u"9"},
      {"'\\18'", u"\x01" "8"},
  };
  for (const auto& [source, value] : cases) {
    Token token = First(source);
    EXPECT_EQ(token.type, T::kString) << source;
    EXPECT_EQ(token.value, value) << source;
    EXPECT_TRUE(token.legacy_octal) << source;
  }
  EXPECT_FALSE(First("'\\0'").legacy_octal);
  EXPECT_FALSE(First("'\\0a'").legacy_octal);
}

TEST(LexerTest, StringErrors) {
  for (const char* source : {
           "'abc", "\"abc", "'abc\ndef'", "'abc\rdef'", "'\\", "'\\x4'", "'\\xg0'",
           "'\\u12'", "'\\u{110000}'", "'\\u{}'", "'\\u{12'", "'\\u{g}'", "'abc\\",
       }) {
    Token token = First(source);
    EXPECT_EQ(token.type, T::kInvalid) << source;
    EXPECT_FALSE(token.error_message.empty()) << source;
  }
  // An unterminated string stops at the line terminator; lexing resumes after it.
  std::vector<Token> tokens;
  SourceText source = SourceText::FromUtf8("s.js", "'abc\nx");
  Lexer lexer(source, {});
  Token bad = lexer.Next();
  EXPECT_EQ(bad.type, T::kInvalid);
  EXPECT_EQ(bad.range.end.offset, 4u);
  Token next = lexer.Next();
  EXPECT_EQ(next.type, T::kIdentifier);
  EXPECT_TRUE(next.newline_before);
  // An invalid escape is reported at the escape; the literal is skipped.
  SourceText source2 = SourceText::FromUtf8("s.js", "'a\\x4z' b");
  Lexer lexer2(source2, {});
  bad = lexer2.Next();
  EXPECT_EQ(bad.type, T::kInvalid);
  EXPECT_EQ(bad.range.start.offset, 2u);
  EXPECT_EQ(lexer2.Next().value, u"b");
}

// ---------------------------------------------------------------------------
// Templates

TEST(LexerTest, NoSubstitutionTemplate) {
  Token token = First("`abc`");
  EXPECT_EQ(token.type, T::kNoSubstitutionTemplate);
  ASSERT_TRUE(token.cooked.has_value());
  EXPECT_EQ(*token.cooked, u"abc");
  EXPECT_EQ(token.raw, u"abc");
  EXPECT_EQ(token.range.end.offset, 5u);

  token = First("``");
  EXPECT_EQ(*token.cooked, u"");
  EXPECT_EQ(token.raw, u"");

  token = First("`a\\nb\\u{41}\\x42\\0$ {\\`\\${}`");
  ASSERT_TRUE(token.cooked.has_value());
  EXPECT_EQ(*token.cooked, std::u16string(u"a\nbAB\0$ {`${}", 13));
  EXPECT_EQ(token.raw, u"a\\nb\\u{41}\\x42\\0$ {\\`\\${}");
}

TEST(LexerTest, TemplateLineTerminatorsAreNormalised) {
  Token token = First("`a\r\nb\rc\nd\xE2\x80\xA8" "e`");
  EXPECT_EQ(*token.cooked, u"a\nb\nc\nd\u2028e");
  EXPECT_EQ(token.raw, u"a\nb\nc\nd\u2028e");
  EXPECT_EQ(token.range.end.line, 5u);
  EXPECT_EQ(token.range.end.column, 3u);
  // LineContinuation: TV empty, TRV keeps the backslash and a normalised LF.
  token = First("`a\\\r\nb`");
  EXPECT_EQ(*token.cooked, u"ab");
  EXPECT_EQ(token.raw, u"a\\\nb");
}

TEST(LexerTest, TemplateNotEscapeSequences) {
  for (const char* source : {"`\\01`", "`\\1`", "`\\9`", "`\\xg`", "`\\x4`", "`\\u`", "`\\u{`",
                             "`\\u{110000}`", "`\\u12`", "`\\u{12`", "`\\unicode`",
                             "`\\u{g}`", "`\\00`"}) {
    Token token = First(source);
    EXPECT_EQ(token.type, T::kNoSubstitutionTemplate) << source << ": " << token.error_message;
    EXPECT_FALSE(token.cooked.has_value()) << source;
    std::string_view s(source);
    EXPECT_EQ(token.raw, U16(s.substr(1, s.size() - 2))) << source;
  }
  // The invalid escape does not swallow the delimiters.
  Token token = First("`\\u{`");
  EXPECT_EQ(token.range.end.offset, 5u);
  token = First("`\\x${a}`");
  EXPECT_EQ(token.type, T::kTemplateHead);
  EXPECT_FALSE(token.cooked.has_value());
  EXPECT_EQ(token.raw, u"\\x");
}

TEST(LexerTest, TemplateSubstitutionsWithRescan) {
  SourceText source = SourceText::FromUtf8("t.js", "`a${x}b${ {} }c\\u{`;");
  Lexer lexer(source, {});
  Token head = lexer.Next();
  EXPECT_EQ(head.type, T::kTemplateHead);
  EXPECT_EQ(*head.cooked, u"a");
  EXPECT_EQ(head.raw, u"a");
  EXPECT_EQ(head.range.end.offset, 4u);
  EXPECT_EQ(lexer.Next().value, u"x");
  Token brace = lexer.Next();
  ASSERT_EQ(brace.type, T::kRightBrace);
  Token middle = lexer.RescanTemplateContinuation(brace);
  EXPECT_EQ(middle.type, T::kTemplateMiddle);
  EXPECT_EQ(*middle.cooked, u"b");
  EXPECT_EQ(middle.raw, u"b");
  EXPECT_EQ(middle.range.start.offset, 5u);
  EXPECT_EQ(middle.range.end.offset, 9u);
  EXPECT_EQ(lexer.Next().type, T::kLeftBrace);
  EXPECT_EQ(lexer.Next().type, T::kRightBrace);
  brace = lexer.Next();
  ASSERT_EQ(brace.type, T::kRightBrace);
  Token tail = lexer.RescanTemplateContinuation(brace);
  EXPECT_EQ(tail.type, T::kTemplateTail);
  EXPECT_FALSE(tail.cooked.has_value());
  EXPECT_EQ(tail.raw, u"c\\u{");
  EXPECT_EQ(lexer.Next().type, T::kSemicolon);
  EXPECT_EQ(lexer.Next().type, T::kEndOfInput);
}

TEST(LexerTest, TemplateErrors) {
  EXPECT_EQ(First("`abc").type, T::kInvalid);
  EXPECT_EQ(First("`abc\\").type, T::kInvalid);
  EXPECT_EQ(First("`abc$").type, T::kInvalid);
  SourceText source = SourceText::FromUtf8("t.js", "`${x} abc");
  Lexer lexer(source, {});
  EXPECT_EQ(lexer.Next().type, T::kTemplateHead);
  lexer.Next();
  Token brace = lexer.Next();
  Token tail = lexer.RescanTemplateContinuation(brace);
  EXPECT_EQ(tail.type, T::kInvalid);
  EXPECT_EQ(lexer.Next().type, T::kEndOfInput);
}

TEST(LexerTest, TemplateTracksLines) {
  SourceText source = SourceText::FromUtf8("t.js", "`a\nb${\nx}\nc`\ny");
  std::vector<Token> tokens;
  Lexer lexer(source, {});
  Token head = lexer.Next();
  EXPECT_EQ(head.range.end.line, 2u);
  Token x = lexer.Next();
  EXPECT_EQ(x.range.start.line, 3u);
  EXPECT_EQ(x.range.start.column, 1u);
  EXPECT_TRUE(x.newline_before);
  Token tail = lexer.RescanTemplateContinuation(lexer.Next());
  EXPECT_EQ(tail.type, T::kTemplateTail);
  EXPECT_EQ(*tail.cooked, u"\nc");
  EXPECT_EQ(tail.range.end.line, 4u);
  EXPECT_EQ(tail.range.end.column, 3u);
  Token y = lexer.Next();
  EXPECT_EQ(y.range.start.line, 5u);
  EXPECT_TRUE(y.newline_before);
}

// ---------------------------------------------------------------------------
// Regular expression literals

struct RegExpResult {
  Token token;
  Token after;
};

RegExpResult LexRegExp(std::string_view utf8) {
  SourceText source = SourceText::FromUtf8("r.js", utf8);
  Lexer lexer(source, {});
  Token slash = lexer.Next();
  RegExpResult result;
  if (slash.type != T::kSlash && slash.type != T::kSlashAssign) {
    ADD_FAILURE() << "not a slash: " << utf8;
    return result;
  }
  result.token = lexer.RescanSlashAsRegExp(slash);
  result.after = lexer.Next();
  return result;
}

TEST(LexerTest, RegularExpressions) {
  const struct {
    const char* source;
    std::u16string body;
    std::u16string flags;
  } cases[] = {
      {"/a/", u"a", u""}, {"/a/g", u"a", u"g"}, {"/a/dgimsuy", u"a", u"dgimsuy"},
      {"/a/v", u"a", u"v"}, {"/[/]/", u"[/]", u""}, {"/[\\]/]/", u"[\\]/]", u""},
      {"/\\//", u"\\/", u""}, {"/=/", u"=", u""}, {"/=a/i", u"=a", u"i"},
      {"/a[b/c]d/", u"a[b/c]d", u""}, {"/[[]/", u"[[]", u""}, {"/]/", u"]", u""},
      {"/\xC3\xA4/", u"\u00E4", u""}, {"/(?:)/", u"(?:)", u""},
  };
  for (const auto& c : cases) {
    RegExpResult result = LexRegExp(c.source);
    EXPECT_EQ(result.token.type, T::kRegularExpression) << c.source << ": "
                                                       << result.token.error_message;
    EXPECT_EQ(result.token.value, c.body) << c.source;
    EXPECT_EQ(result.token.regexp_flags, c.flags) << c.source;
    EXPECT_EQ(result.token.range.start.offset, 0u);
    EXPECT_EQ(result.token.range.end.offset, U16(c.source).size()) << c.source;
    EXPECT_EQ(result.after.type, T::kEndOfInput) << c.source;
  }
  // Scanning continues after the literal.
  RegExpResult result = LexRegExp("/a/g.test(x)");
  EXPECT_EQ(result.after.type, T::kDot);
  // Flags end at a non-IdentifierPartChar; an escape is not a flag.
  result = LexRegExp("/a/\\u0067");
  EXPECT_EQ(result.token.type, T::kRegularExpression);
  EXPECT_EQ(result.token.regexp_flags, u"");
  EXPECT_EQ(result.after.type, T::kIdentifier);
}

TEST(LexerTest, RegularExpressionErrors) {
  for (const char* source : {"/a", "/a\n/", "/a\\\n/", "/[/", "/[\n]/", "/a\\", "/a/gg",
                             "/a/x", "/a/uv", "/a/G", "/a/\xC3\xA4", "/a/gimg", "/a/\xE2\x80\xA8"}) {
    SourceText source_text = SourceText::FromUtf8("r.js", source);
    Lexer lexer(source_text, {});
    Token slash = lexer.Next();
    Token token = lexer.RescanSlashAsRegExp(slash);
    if (std::string_view(source) == "/a/\xE2\x80\xA8") {
      EXPECT_EQ(token.type, T::kRegularExpression);  // LS ends the flags
      continue;
    }
    EXPECT_EQ(token.type, T::kInvalid) << source;
    EXPECT_FALSE(token.error_message.empty()) << source;
    EXPECT_EQ(token.range.start.offset, 0u) << source;
    // No loop after the error.
    for (int i = 0; i < 20; ++i) {
      Token next = lexer.Next();
      if (next.type == T::kEndOfInput) break;
      ASSERT_LT(i, 19) << source;
    }
  }
}

TEST(LexerTest, RegExpRescanKeepsNewlineBefore) {
  SourceText source = SourceText::FromUtf8("r.js", "a\n/b/");
  Lexer lexer(source, {});
  lexer.Next();
  Token slash = lexer.Next();
  ASSERT_EQ(slash.type, T::kSlash);
  EXPECT_TRUE(slash.newline_before);
  Token regexp = lexer.RescanSlashAsRegExp(slash);
  EXPECT_TRUE(regexp.newline_before);
  EXPECT_EQ(regexp.range.start.line, 2u);
  EXPECT_EQ(regexp.range.end.column, 4u);
}

// ---------------------------------------------------------------------------
// White space, line terminators, comments

TEST(LexerTest, WhiteSpace) {
  // TAB VT FF SP NBSP ZWNBSP and every Zs.
  const char* spaces[] = {"\t", "\v", "\f", " ", "\xC2\xA0", "\xEF\xBB\xBF", "\xE1\x9A\x80",
                          "\xE2\x80\x80", "\xE2\x80\x85", "\xE2\x80\x8A", "\xE2\x80\xAF",
                          "\xE2\x81\x9F", "\xE3\x80\x80"};
  for (const char* space : spaces) {
    std::string text = std::string("a") + space + "b";
    std::vector<Token> tokens = LexAll(text);
    ASSERT_EQ(tokens.size(), 3u) << text;
    EXPECT_EQ(tokens[1].value, u"b");
    EXPECT_FALSE(tokens[1].newline_before);
  }
  // Not WhiteSpace: U+180E MONGOLIAN VOWEL SEPARATOR (Cf), U+200B ZERO WIDTH SPACE, U+0085 NEL.
  for (const char* other : {"\xE1\xA0\x8E", "\xE2\x80\x8B", "\xC2\x85"}) {
    std::vector<Token> tokens = LexAll(std::string("a") + other + "b");
    EXPECT_EQ(tokens.back().type, T::kInvalid);
  }
}

TEST(LexerTest, ByteOrderMarkAtStartIsWhiteSpace) {
  std::vector<Token> tokens = LexAll("\xEF\xBB\xBFx");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].value, u"x");
  EXPECT_EQ(tokens[0].range.start.offset, 1u);
  EXPECT_EQ(tokens[0].range.start.column, 2u);
  EXPECT_FALSE(tokens[0].newline_before);
  // HTMLCloseComment may still begin the input after it.
  EXPECT_EQ(Types("\xEF\xBB\xBF--> x\ny"), (std::vector<T>{T::kIdentifier, T::kEndOfInput}));
}

TEST(LexerTest, TokenTypeNames) {
  EXPECT_EQ(TokenTypeName(T::kEndOfInput), "end of input");
  EXPECT_EQ(TokenTypeName(T::kIdentifier), "identifier");
  EXPECT_EQ(TokenTypeName(T::kString), "string");
  EXPECT_EQ(TokenTypeName(T::kRegularExpression), "regular expression");
  EXPECT_EQ(TokenTypeName(T::kTemplateTail), "template tail");
}

TEST(LexerTest, LineTerminatorsSetNewlineBefore) {
  for (const char* terminator : {"\n", "\r", "\r\n", "\xE2\x80\xA8", "\xE2\x80\xA9"}) {
    std::vector<Token> tokens = LexAll(std::string("a") + terminator + "b c");
    ASSERT_EQ(tokens.size(), 4u);
    EXPECT_FALSE(tokens[0].newline_before);
    EXPECT_TRUE(tokens[1].newline_before) << terminator;
    EXPECT_FALSE(tokens[2].newline_before);
    EXPECT_EQ(tokens[1].range.start.line, 2u);
    EXPECT_EQ(tokens[1].range.start.column, 1u);
    EXPECT_EQ(tokens[2].range.start.column, 3u);
  }
  // CR LF is one line terminator.
  std::vector<Token> tokens = LexAll("a\r\n\r\nb");
  EXPECT_EQ(tokens[1].range.start.line, 3u);
}

TEST(LexerTest, Comments) {
  std::vector<Token> tokens = LexAll("a // c\nb /* c */ c /* \n */ d /**/e/***/f/*/*/g");
  ASSERT_EQ(tokens.size(), 8u);
  EXPECT_TRUE(tokens[1].newline_before);   // after single-line comment + LF
  EXPECT_FALSE(tokens[2].newline_before);  // comment without line terminator
  EXPECT_TRUE(tokens[3].newline_before);   // multi-line comment containing LF
  EXPECT_FALSE(tokens[4].newline_before);
  EXPECT_EQ(tokens[6].value, u"g");
  EXPECT_EQ(tokens[3].range.start.line, 3u);
  EXPECT_EQ(tokens[3].range.start.column, 5u);
  // Line terminators in multi-line comments: all kinds.
  for (const char* terminator : {"\r", "\r\n", "\xE2\x80\xA8", "\xE2\x80\xA9"}) {
    tokens = LexAll(std::string("a/*") + terminator + "*/b");
    EXPECT_TRUE(tokens[1].newline_before) << terminator;
    EXPECT_EQ(tokens[1].range.start.line, 2u);
    EXPECT_EQ(tokens[1].range.start.column, 3u);
  }
  EXPECT_EQ(Types("/* unterminated"), (std::vector<T>{T::kInvalid}));
  EXPECT_EQ(Types("a /* x \n"), (std::vector<T>{T::kIdentifier, T::kInvalid}));
  EXPECT_EQ(Types("// only a comment"), (std::vector<T>{T::kEndOfInput}));
  EXPECT_EQ(Types("/**/"), (std::vector<T>{T::kEndOfInput}));
  EXPECT_EQ(Types("a//\n"), (std::vector<T>{T::kIdentifier, T::kEndOfInput}));
}

TEST(LexerTest, Hashbang) {
  std::vector<Token> tokens = LexAll("#!/usr/bin/env node\nx");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].value, u"x");
  EXPECT_EQ(tokens[0].range.start.line, 2u);
  // The line terminator after the Hashbang comment precedes the first token.
  EXPECT_TRUE(tokens[0].newline_before);
  EXPECT_EQ(Types("#!"), (std::vector<T>{T::kEndOfInput}));
  EXPECT_EQ(Types("#! x", Module()), (std::vector<T>{T::kEndOfInput}));
  for (const char* terminator : {"\r", "\xE2\x80\xA8", "\xE2\x80\xA9"}) {
    EXPECT_EQ(Types(std::string("#!a") + terminator + "b"),
              (std::vector<T>{T::kIdentifier, T::kEndOfInput}));
  }
  // Only at offset 0: not after white space, a BOM, a comment or a newline.
  EXPECT_EQ(First(" #!x").type, T::kInvalid);
  EXPECT_EQ(First("\xEF\xBB\xBF#!x").type, T::kInvalid);
  EXPECT_EQ(First("/**/#!x").type, T::kInvalid);
  EXPECT_EQ(LexAll("\n#!x").back().type, T::kInvalid);
  EXPECT_EQ(LexAll("#!x\n#!y").back().type, T::kInvalid);
  EXPECT_EQ(First("\\u0023!x").type, T::kInvalid);
}

TEST(LexerTest, HtmlOpenComment) {
  EXPECT_EQ(Types("a <!-- b\nc"), (std::vector<T>{T::kIdentifier, T::kIdentifier,
                                                  T::kEndOfInput}));
  std::vector<Token> tokens = LexAll("x = -1 <!--x;\ny");
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_EQ(tokens[3].type, T::kNumeric);
  EXPECT_TRUE(tokens[4].newline_before);
  // Modules have no HTML-like comments.
  EXPECT_EQ(Types("a <!-- b", Module()),
            (std::vector<T>{T::kIdentifier, T::kLessThan, T::kBang, T::kMinusMinus,
                            T::kIdentifier, T::kEndOfInput}));
  EXPECT_EQ(Types("a <!- b"), (std::vector<T>{T::kIdentifier, T::kLessThan, T::kBang,
                                               T::kMinus, T::kIdentifier, T::kEndOfInput}));
}

TEST(LexerTest, HtmlCloseComment) {
  // At the start of a line, after white space or single-line delimited comments.
  EXPECT_EQ(Types("a\n--> b\nc"), (std::vector<T>{T::kIdentifier, T::kIdentifier,
                                                  T::kEndOfInput}));
  EXPECT_EQ(Types("a\n   --> b\nc"), (std::vector<T>{T::kIdentifier, T::kIdentifier,
                                                     T::kEndOfInput}));
  EXPECT_EQ(Types("a\n/* x */ /**/-->b\nc"), (std::vector<T>{T::kIdentifier, T::kIdentifier,
                                                             T::kEndOfInput}));
  // After a multi-line comment containing a line terminator, even on the line of a token.
  EXPECT_EQ(Types("0/*\n*/-->b\nc"), (std::vector<T>{T::kNumeric, T::kIdentifier,
                                                     T::kEndOfInput}));
  EXPECT_EQ(Types("a\n/*\n*/ /**/ -->b"), (std::vector<T>{T::kIdentifier, T::kEndOfInput}));
  // At the start of the input.
  EXPECT_EQ(Types("--> comment\nx"), (std::vector<T>{T::kIdentifier, T::kEndOfInput}));
  EXPECT_EQ(Types("   --> comment\nx"), (std::vector<T>{T::kIdentifier, T::kEndOfInput}));
  EXPECT_EQ(Types("/* a */ /*b*/--> c\nx"), (std::vector<T>{T::kIdentifier, T::kEndOfInput}));
  // After LS / PS.
  EXPECT_EQ(Types("counter \xE2\x80\xA8-->a\nb"), (std::vector<T>{T::kIdentifier, T::kIdentifier,
                                                                 T::kEndOfInput}));
  EXPECT_EQ(Types("counter \xE2\x80\xA9-->a\nb"), (std::vector<T>{T::kIdentifier, T::kIdentifier,
                                                                 T::kEndOfInput}));
  // Counts as a line terminator (ASI): `[23]\n-->[0]` is two statements.
  std::vector<Token> tokens = LexAll("var foo = [23]\n-->[0];\nx");
  EXPECT_EQ(tokens.back().type, T::kEndOfInput);
  EXPECT_EQ(tokens[tokens.size() - 2].value, u"x");
  EXPECT_TRUE(tokens[tokens.size() - 2].newline_before);
  // Not after a token on the same line.
  EXPECT_EQ(Types("a --> b"), (std::vector<T>{T::kIdentifier, T::kMinusMinus,
                                               T::kGreaterThan, T::kIdentifier,
                                               T::kEndOfInput}));
  EXPECT_EQ(Types("a /**/ --> b"), (std::vector<T>{T::kIdentifier, T::kMinusMinus,
                                                    T::kGreaterThan, T::kIdentifier,
                                                    T::kEndOfInput}));
  // Not in modules.
  EXPECT_EQ(Types("a\n--> b", Module()), (std::vector<T>{T::kIdentifier, T::kMinusMinus,
                                                         T::kGreaterThan, T::kIdentifier,
                                                         T::kEndOfInput}));
  EXPECT_EQ(Types("--> b", Module())[0], T::kMinusMinus);
}

// ---------------------------------------------------------------------------
// Locations, Save/Restore, robustness

TEST(LexerTest, TokenRanges) {
  SourceText source = SourceText::FromUtf8("l.js", "let x =\r\n  'a\\\nb' + 1;\n\xF0\x9F\x98\x80;y");
  std::vector<Token> tokens = LexAll(source);
  // let x = 'ab' + 1 ; <error for U+1F600>
  ASSERT_GE(tokens.size(), 7u);
  EXPECT_EQ(tokens[0].range.start.line, 1u);
  EXPECT_EQ(tokens[0].range.end.column, 4u);
  EXPECT_EQ(tokens[3].type, T::kString);
  EXPECT_EQ(tokens[3].range.start.line, 2u);
  EXPECT_EQ(tokens[3].range.start.column, 3u);
  EXPECT_EQ(tokens[3].range.end.line, 3u);
  EXPECT_EQ(tokens[3].range.end.column, 3u);
  EXPECT_EQ(tokens[4].range.start.line, 3u);
  EXPECT_EQ(tokens[4].range.start.column, 4u);
  EXPECT_EQ(tokens[7].type, T::kInvalid);
  EXPECT_EQ(tokens[7].range.start.line, 4u);
  EXPECT_EQ(tokens[7].range.end.column, 3u);  // a surrogate pair is two columns
}

TEST(LexerTest, SaveAndRestore) {
  SourceText source = SourceText::FromUtf8("s.js", "a\nb c\nd");
  Lexer lexer(source, {});
  lexer.Next();
  Lexer::State state = lexer.Save();
  Token b = lexer.Next();
  Token c = lexer.Next();
  Token d = lexer.Next();
  EXPECT_EQ(d.range.start.line, 3u);
  lexer.Restore(state);
  Token b2 = lexer.Next();
  EXPECT_EQ(b2.value, u"b");
  EXPECT_TRUE(b2.newline_before);
  EXPECT_EQ(b2.range.start.line, b.range.start.line);
  EXPECT_EQ(b2.range.start.column, b.range.start.column);
  Lexer::State after_b = lexer.Save();
  Token c2 = lexer.Next();
  EXPECT_EQ(c2.range.start.column, c.range.start.column);
  lexer.Restore(after_b);  // same line, earlier offset
  EXPECT_EQ(lexer.Next().range.start.column, 3u);
  // Restore forward, to a later line.
  Lexer other(source, {});
  Lexer::State far{6, false};
  other.Restore(far);
  Token d2 = other.Next();
  EXPECT_EQ(d2.value, u"d");
  EXPECT_EQ(d2.range.start.line, 3u);
  EXPECT_EQ(d2.range.start.column, 1u);
}

TEST(LexerTest, EndOfInputForever) {
  SourceText source = SourceText::FromUtf8("e.js", "  a  ");
  Lexer lexer(source, {});
  EXPECT_EQ(lexer.Next().type, T::kIdentifier);
  for (int i = 0; i < 3; ++i) {
    Token end = lexer.Next();
    EXPECT_EQ(end.type, T::kEndOfInput);
    EXPECT_EQ(end.range.start.offset, 5u);
  }
  EXPECT_EQ(Types(""), (std::vector<T>{T::kEndOfInput}));
  EXPECT_EQ(Types("  \n\t "), (std::vector<T>{T::kEndOfInput}));
}

TEST(LexerTest, UnexpectedCharacters) {
  EXPECT_EQ(Types(std::string_view("\0", 1)), (std::vector<T>{T::kInvalid}));
  EXPECT_EQ(Types("\x01"), (std::vector<T>{T::kInvalid}));
  EXPECT_EQ(Types("\xEF\xBF\xBD"), (std::vector<T>{T::kInvalid}));
  // A lone surrogate is not an identifier character.
  SourceText source("s.js", std::u16string{u'a', 0xD800, u'b'});
  std::vector<Token> tokens = LexAll(source);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].value, u"a");
  EXPECT_EQ(tokens[1].type, T::kInvalid);
  EXPECT_EQ(tokens[1].range.start.offset, 1u);
  // After an error the lexer continues.
  SourceText source2 = SourceText::FromUtf8("s.js", "a \x01 b");
  Lexer lexer(source2, {});
  EXPECT_EQ(lexer.Next().type, T::kIdentifier);
  EXPECT_EQ(lexer.Next().type, T::kInvalid);
  EXPECT_EQ(lexer.Next().value, u"b");
  EXPECT_EQ(lexer.Next().type, T::kEndOfInput);
}

// Every token's range agrees with SourceText::LocationOf, ranges advance, and
// lexing ends; exercised with random sources built from interesting fragments
// and from random bytes, rescanning `/` and `}` at random.
void CheckLexesSanely(const SourceText& source, std::mt19937& random, LexerOptions options) {
  Lexer lexer(source, options);
  const uint32_t size = static_cast<uint32_t>(source.code_units().size());
  uint32_t previous_end = 0;
  size_t count = 0;
  for (;;) {
    ASSERT_LE(count++, size + 2u) << "lexer does not progress";
    Token token = lexer.Next();
    if ((token.type == T::kSlash || token.type == T::kSlashAssign) && random() % 2) {
      token = lexer.RescanSlashAsRegExp(token);
    } else if (token.type == T::kRightBrace && random() % 2) {
      token = lexer.RescanTemplateContinuation(token);
    }
    for (const SourceLocation& location : {token.range.start, token.range.end}) {
      SourceLocation expected = source.LocationOf(location.offset);
      ASSERT_EQ(location.line, expected.line) << location.offset;
      ASSERT_EQ(location.column, expected.column) << location.offset;
    }
    ASSERT_LE(token.range.start.offset, token.range.end.offset);
    ASSERT_LE(token.range.end.offset, size);
    if (token.type == T::kEndOfInput) break;
    if (token.type == T::kInvalid) {
      ASSERT_FALSE(token.error_message.empty());
      continue;
    }
    ASSERT_GE(token.range.start.offset, previous_end);
    ASSERT_GT(token.range.end.offset, token.range.start.offset);
    previous_end = token.range.end.offset;
    if (random() % 8 == 0) {
      Lexer::State state = lexer.Save();
      Token again = lexer.Next();
      lexer.Restore(state);
      Token third = lexer.Next();
      ASSERT_EQ(again.type, third.type);
      ASSERT_EQ(again.range.start.line, third.range.start.line);
      ASSERT_EQ(again.range.start.column, third.range.start.column);
      lexer.Restore(state);
    }
  }
  for (int i = 0; i < 3; ++i) ASSERT_EQ(lexer.Next().type, T::kEndOfInput);
}

TEST(LexerFuzzTest, RandomFragments) {
  const char* fragments[] = {
      "a", "if", " ", "\n", "\r", "\r\n", "\xE2\x80\xA8", "\t", "/", "/=", "*", "/*", "*/", "//",
      "<!--", "-->", "-", ">", "<", "'", "\"", "`", "${", "}", "{", "\\", "\\u", "\\u{", "0",
      "1", "9", "0x", "0b", "0o", "_", "n", "e", ".", "?.", "?", "[", "]", "#", "#!", "$",
      "\xC3\xA4", "\xF0\x9F\x98\x80", "\xE2\x80\x8C", "x", "7", "8", "=", ">>>=", "(", ")",
      "\xEF\xBB\xBF", "\xE3\x80\x80", "\x01", "\xED\xA0\x80", "+", "&&=", "@", ";",
  };
  std::mt19937 random(12345);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int pieces = random() % 40;
    for (int i = 0; i < pieces; ++i) text += fragments[random() % std::size(fragments)];
    SourceText source = SourceText::FromUtf8("fuzz.js", text);
    LexerOptions options;
    options.module_goal = random() % 2;
    CheckLexesSanely(source, random, options);
    if (HasFatalFailure()) {
      ADD_FAILURE() << "source: " << text;
      return;
    }
  }
}

TEST(LexerFuzzTest, RandomBytesAndCodeUnits) {
  std::mt19937 random(987654);
  for (int round = 0; round < 2000; ++round) {
    std::string bytes;
    const int length = random() % 64;
    for (int i = 0; i < length; ++i) bytes.push_back(static_cast<char>(random() % 256));
    SourceText source = SourceText::FromUtf8("bytes.js", bytes);
    CheckLexesSanely(source, random, {});
    if (HasFatalFailure()) return;
    // Arbitrary code units, lone surrogates included.
    std::u16string units;
    for (int i = 0; i < length; ++i) {
      const uint32_t r = random();
      units.push_back(static_cast<char16_t>(r % 4 == 0 ? r >> 16 : 0x20 + (r >> 16) % 0x60));
    }
    SourceText unit_source("units.js", units);
    CheckLexesSanely(unit_source, random, {});
    if (HasFatalFailure()) return;
  }
}

}  // namespace
}  // namespace async_runtime::syntax
