// A backtracking matcher for parsed RegExp patterns: ECMA-262 22.2.2 Pattern
// Semantics (https://tc39.es/ecma262/#sec-pattern-semantics).
//
// CompilePattern turns the tree of regexp_ast.h into a small program; Match
// runs it at one index with an explicit backtrack stack, so neither patterns
// nor inputs of any size recurse on the native stack. The program keeps the
// spec's continuation semantics: alternatives and quantifier iterations are
// choice points, RepeatMatcher's empty check and capture reset are
// instructions, lookarounds are atomic and lookbehinds match right to left.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "runtime/regexp/regexp_ast.h"
#include "runtime/regexp/regexp_syntax.h"

namespace async_runtime::regexp {

struct Program;

// A pattern ready to run: immutable, shareable between RegExp objects.
struct CompiledPattern {
  std::shared_ptr<const Program> program;
  uint32_t capture_count = 0;  // NcapturingParens
  // group_names[i]: the GroupName of capture i (1-based; [0] unused).
  std::vector<std::u16string> group_names;
  RegExpFlags flags;
};

// Why a pattern could not be compiled or matched: a resource limit (pattern
// nested too deeply, backtrack stack too large), not a property of the
// language. Callers turn it into a thrown error.
struct MatcherLimitError {
  std::string message;
};

// Compiles a pattern parsed with `flags`.
std::variant<CompiledPattern, MatcherLimitError> CompilePattern(const RegExpPattern& pattern,
                                                                const RegExpFlags& flags);

// The MatchState of a successful match: captures[2 * i] and [2 * i + 1] are
// the code-unit start and end of capture i (0 is the whole match), -1 for an
// undefined capture.
struct MatchResult {
  std::vector<int64_t> captures;
  int64_t start(size_t index) const { return captures[2 * index]; }
  int64_t end(size_t index) const { return captures[2 * index + 1]; }
  bool defined(size_t index) const { return captures[2 * index] >= 0; }
};

enum class MatchStatus { kMatched, kFailed, kLimitExceeded };

struct MatchOutcome {
  MatchStatus status = MatchStatus::kFailed;
  MatchResult result;
};

// Runs the matcher (22.2.2.1 CompilePattern's closure) on `input` starting
// exactly at code-unit `index` (RegExpBuiltinExec advances the index itself).
// In Unicode mode (u or v) the input is read as code points.
MatchOutcome Match(const CompiledPattern& pattern, std::u16string_view input, size_t index);

// Match at `index`, then (unless sticky) at each following index (advancing
// over whole surrogate pairs in Unicode mode) until one matches: the loop of
// RegExpBuiltinExec without its lastIndex bookkeeping.
MatchOutcome Search(const CompiledPattern& pattern, std::u16string_view input, size_t index, bool sticky);

// 22.2.2.7.3 Canonicalize ( rer, ch ), for tests and callers.
char32_t Canonicalize(char32_t ch, bool unicode_mode, bool ignore_case);

}  // namespace async_runtime::regexp
