// The lexical grammar (ECMA-262 clause 12), driven by the parser.
//
// The lexer cannot know on its own whether `/` starts a RegularExpressionLiteral
// or is a division, nor whether `}` closes a block or continues a template
// (the spec's InputElementDiv / InputElementRegExp / InputElementTemplateTail
// goals). Next() always lexes with the InputElementDiv goal; the parser, where
// its grammar allows the other goal, asks to rescan the current token.
#pragma once

#include <cstdint>
#include <string>

#include "runtime/syntax/source_text.h"
#include "runtime/syntax/token.h"

namespace async_runtime::syntax {

struct LexerOptions {
  // Module code never recognises HTML-like comments (B.1.1).
  bool module_goal = false;
};

class Lexer {
 public:
  // `source` must outlive the lexer.
  Lexer(const SourceText& source, LexerOptions options);

  // Scans the next token after skipping white space, line terminators and
  // comments (including a Hashbang comment at offset 0 and, in Scripts,
  // HTML-like comments). At the end returns kEndOfInput forever. On a lexical
  // error returns kInvalid with error_message and the range of the offence.
  Token Next();

  // `slash` is the kSlash or kSlashAssign token that Next() just returned.
  // Rescans from its start as a RegularExpressionLiteral: kRegularExpression,
  // or kInvalid (unterminated literal, line terminator in body, invalid or
  // duplicate flag). Pattern syntax itself is validated by runtime/regexp.
  Token RescanSlashAsRegExp(const Token& slash);

  // `right_brace` is the kRightBrace token that Next() just returned and that
  // ends a template substitution. Rescans from its start as TemplateMiddle or
  // TemplateTail (or kInvalid for an unterminated template).
  Token RescanTemplateContinuation(const Token& right_brace);

  // Save and restore the scanning position, for the parser's bounded
  // lookahead and re-parsing (e.g. arrow-function parameter lists).
  struct State {
    uint32_t offset = 0;
    bool newline_pending = false;
  };
  State Save() const;
  void Restore(const State& state);

  const SourceText& source() const { return source_; }

 private:
  // Helpers (lexer.cc). Offsets are UTF-16 code-unit offsets into source_.
  int Peek(uint32_t ahead = 0) const {  // the code unit, or -1 past the end
    return offset_ + ahead < size_ ? chars_[offset_ + ahead] : -1;
  }
  char32_t CodePointAtOffset(uint32_t offset, uint32_t* length) const;
  SourceLocation Here() const { return {offset_, line_, offset_ - line_start_ + 1}; }
  SourceLocation LocationAt(uint32_t offset) const;
  void StartNewLine() { ++line_; line_start_ = offset_; }  // after a LineTerminatorSequence
  void ConsumeLineTerminatorSequence();
  void SetError(Token& token, uint32_t start, uint32_t end, std::string message) const;
  bool SkipWhiteSpaceAndComments(bool& newline, Token& token);
  void ScanToken(Token& token);
  void ScanPunctuator(Token& token, char16_t c);
  void ScanIdentifierName(Token& token, uint32_t token_start);
  bool ScanUnicodeEscapeSequence(uint32_t& position, char32_t& code_point) const;
  void ScanNumericLiteral(Token& token);
  bool ScanDigits(Token& token, uint32_t token_start, int radix, bool separators);
  void ScanStringLiteral(Token& token);
  void ScanTemplate(Token& token);

  const SourceText& source_;
  LexerOptions options_;
  uint32_t offset_ = 0;
  bool newline_pending_ = false;
  const char16_t* chars_ = nullptr;
  uint32_t size_ = 0;
  uint32_t line_ = 1;        // line of offset_
  uint32_t line_start_ = 0;  // offset of the first code unit of line_
};

}  // namespace async_runtime::syntax
