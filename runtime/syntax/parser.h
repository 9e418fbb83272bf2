// Entry point of the front end: source text to AST for the goal symbols
// Script and Module, with every early error (static semantics) reported as a
// SyntaxError carrying file:line:column.
#pragma once

#include <memory>
#include <vector>
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
  // Direct eval code (19.2.1.1 PerformEval steps 6-8, 10): what the code around the eval call allows —
  // new.target (inside a non-arrow function), super property / super() (a method / a derived
  // constructor), `arguments` being an early error (class field initializers), and the Private Names of
  // the enclosing classes.
  bool allow_new_target = false;
  bool allow_super_property = false;
  bool allow_super_call = false;
  bool in_class_field_initializer = false;
  std::vector<std::u16string> private_names;
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
