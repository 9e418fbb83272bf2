// Tokens of ECMA-262 clause 12 (ECMAScript Language: Lexical Grammar),
// https://tc39.es/ecma262/#sec-ecmascript-language-lexical-grammar
//
// This header is the contract between the lexer and the parser. The lexer
// classifies every IdentifierName once (Token::keyword) so the parser can
// switch on an enum; whether a word is reserved in a given context (strict
// mode, generator, async, module) is the parser's decision.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/syntax/source_text.h"

namespace async_runtime::syntax {

enum class TokenType : uint8_t {
  kEndOfInput,
  kInvalid,  // a lexical error; Token::error_message says what is wrong

  // IdentifierName (including reserved words, see Token::keyword).
  kIdentifier,
  // PrivateIdentifier `#name`; Token::value is the name without `#`.
  kPrivateName,

  // Literals.
  kNumeric,                  // Token::number
  kBigInt,                   // Token::value: the digits in decimal, no `n`
  kString,                   // Token::value: the cooked value (SV)
  kNoSubstitutionTemplate,   // `...`         Token::cooked, Token::raw
  kTemplateHead,             // `...${        Token::cooked, Token::raw
  kTemplateMiddle,           // }...${        only from RescanTemplateContinuation
  kTemplateTail,             // }...`         only from RescanTemplateContinuation
  kRegularExpression,        // only from RescanSlashAsRegExp: Token::value body, Token::regexp_flags

  // Punctuators (12.8 https://tc39.es/ecma262/#sec-punctuators).
  kLeftBrace, kRightBrace, kLeftParen, kRightParen, kLeftBracket, kRightBracket,
  kDot, kEllipsis, kSemicolon, kComma, kLessThan, kGreaterThan, kLessThanEqual,
  kGreaterThanEqual, kEqualEqual, kNotEqual, kStrictEqual, kStrictNotEqual,
  kPlus, kMinus, kStar, kSlash, kPercent, kStarStar, kPlusPlus, kMinusMinus,
  kShiftLeft, kShiftRight, kUnsignedShiftRight, kAmpersand, kPipe, kCaret,
  kBang, kTilde, kAmpersandAmpersand, kPipePipe, kQuestionQuestion, kQuestion,
  kQuestionDot,  // `?.` not followed by a decimal digit (OptionalChainingPunctuator)
  kColon, kAssign, kPlusAssign, kMinusAssign, kStarAssign, kSlashAssign,
  kPercentAssign, kStarStarAssign, kShiftLeftAssign, kShiftRightAssign,
  kUnsignedShiftRightAssign, kAmpersandAssign, kPipeAssign, kCaretAssign,
  kAmpersandAmpersandAssign, kPipePipeAssign, kQuestionQuestionAssign, kArrow,
  kAt,  // `@` (decorators are a proposal; the parser rejects it)
};

// Every word the grammar treats specially somewhere. kNone for other names.
enum class Keyword : uint8_t {
  kNone,
  // ReservedWord (12.7.2 https://tc39.es/ecma262/#sec-keywords-and-reserved-words)
  kAwait, kBreak, kCase, kCatch, kClass, kConst, kContinue, kDebugger, kDefault,
  kDelete, kDo, kElse, kEnum, kExport, kExtends, kFalse, kFinally, kFor,
  kFunction, kIf, kImport, kIn, kInstanceof, kNew, kNull, kReturn, kSuper,
  kSwitch, kThis, kThrow, kTrue, kTry, kTypeof, kVar, kVoid, kWhile, kWith,
  kYield,
  // Reserved in strict mode code only.
  kLet, kStatic, kImplements, kInterface, kPackage, kPrivate, kProtected, kPublic,
  // Contextual words with no reservation.
  kAs, kAsync, kFrom, kGet, kSet, kOf, kTarget, kMeta, kUsing, kArguments, kEval,
  kConstructor, kPrototype, kSource, kDefer, kAccessor,
};

struct Token {
  TokenType type = TokenType::kEndOfInput;
  Keyword keyword = Keyword::kNone;  // for kIdentifier only
  SourceRange range;
  // A LineTerminator (or a comment containing one) occurs between the previous
  // token and this one: drives automatic semicolon insertion and the
  // [no LineTerminator here] restrictions.
  bool newline_before = false;
  // The identifier was written with a \u escape (so it can never act as a
  // keyword: `\u0069f` is not `if`), or a string/template contained one.
  bool escaped = false;
  // String literal contains a LegacyOctalEscapeSequence or
  // NonOctalDecimalEscapeSequence (`"\01"`, `"\8"`), or a numeric literal is a
  // LegacyOctalIntegerLiteral or NonOctalDecimalIntegerLiteral (`010`, `08`).
  // Both are SyntaxErrors in strict mode code; the parser decides, because a
  // "use strict" directive applies to tokens lexed before it was seen.
  bool legacy_octal = false;

  std::u16string value;                // identifier StringValue, string SV, BigInt digits, regexp body
  double number = 0;                   // kNumeric
  std::optional<std::u16string> cooked;  // templates: TV, nullopt when an escape is invalid (allowed in tagged templates)
  std::u16string raw;                  // templates only: TRV (the parser reads other tokens' source text from `range`)
  std::u16string regexp_flags;         // kRegularExpression
  std::string error_message;           // kInvalid

  bool Is(TokenType t) const { return type == t; }
  // True when this is the unescaped word `k` (what the parser needs for keywords).
  bool IsKeyword(Keyword k) const { return type == TokenType::kIdentifier && keyword == k && !escaped; }
};

std::string_view TokenTypeName(TokenType type);

}  // namespace async_runtime::syntax
