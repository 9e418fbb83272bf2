// Syntax of RegExp patterns and flags: ECMA-262 22.2.1 Patterns
// (https://tc39.es/ecma262/#sec-patterns) with its early errors
// (https://tc39.es/ecma262/#sec-patterns-static-semantics-early-errors), and
// the Annex B grammar for non-Unicode patterns (B.1.2
// https://tc39.es/ecma262/#sec-regular-expressions-patterns).
//
// Used by the parser for the early error on RegularExpressionLiterals
// (IsValidRegularExpressionLiteral) and, later, by the RegExp constructor and
// the matcher compiler.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "runtime/regexp/regexp_ast.h"

namespace async_runtime::regexp {

struct RegExpFlags {
  bool has_indices = false;  // d
  bool global = false;       // g
  bool ignore_case = false;  // i
  bool multiline = false;    // m
  bool dot_all = false;      // s
  bool unicode = false;      // u
  bool unicode_sets = false; // v
  bool sticky = false;       // y
};

// Parses a flags string: nullopt if it contains a code unit other than
// "dgimsuyv", repeats one, or has both u and v.
std::optional<RegExpFlags> ParseFlags(std::u16string_view flags);

struct PatternSyntaxError {
  std::string message;
  uint32_t offset = 0;  // code-unit offset in the pattern
};

// Validates `pattern` as a Pattern[UnicodeMode, UnicodeSetsMode, NamedCaptureGroups]
// chosen by the flags, with every early error. Non-Unicode patterns use the
// Annex B grammar. Returns nullopt when the pattern is valid.
std::optional<PatternSyntaxError> ValidatePattern(std::u16string_view pattern, const RegExpFlags& flags);

// Parses `pattern` like ValidatePattern and, when it is valid, returns its
// tree (regexp_ast.h) for the matcher compiler. The error is the one
// ValidatePattern reports.
std::variant<RegExpPattern, PatternSyntaxError> ParsePattern(std::u16string_view pattern, const RegExpFlags& flags);

}  // namespace async_runtime::regexp
