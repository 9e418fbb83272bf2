// Entry point of the front end: source text to AST for the goal symbols
// Script and Module, with every early error (static semantics) reported as a
// SyntaxError carrying file:line:column.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/syntax/ast.h"
#include "runtime/syntax/source_text.h"

namespace async_runtime::syntax {

enum class Goal { kScript, kModule };

struct ParseOptions {
  Goal goal = Goal::kScript;
  // Parse as strict mode code from the first token (Test262 `onlyStrict`
  // scenario, and module code which is always strict).
  bool force_strict = false;
};

// A syntax error: `SyntaxError: file.js:3:14: message`.
struct SyntaxError {
  std::string message;
  std::string filename;
  SourceLocation location;
  std::string ToString() const;
};

struct ParseResult {
  std::unique_ptr<Program> program;  // set iff error is empty
  std::optional<SyntaxError> error;
  bool ok() const { return !error.has_value(); }
};

// Parses a whole Script or Module. Never throws and never overflows the
// native stack: nesting beyond the parser's depth limit is a SyntaxError.
// The returned Program keeps a pointer to `source`, which must outlive it.
ParseResult ParseProgram(const SourceText& source, const ParseOptions& options);

}  // namespace async_runtime::syntax
