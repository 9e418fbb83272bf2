// The bytecode compiler: AST (runtime/syntax/ast.h) to Code templates.
//
// Scope analysis: each environment the code creates at run time (the
// function's own environment, one per block with lexical declarations, one
// per `with`) is mirrored by a compile-time scope, so an identifier declared
// in the function or an enclosing function compiles to LdaEnv/StaEnv
// (hops, slot). Names not found (globals) and every name looked up from
// inside a `with` body compile to the by-name instructions (LdaName/StaName),
// which run GetIdentifierReference over the environment chain.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/bytecode/code.h"
#include "runtime/syntax/ast.h"

namespace async_runtime::interpreter::bytecode {

struct CompileError {
  std::string message;              // "not supported yet: ..." for constructs of later cuts
  syntax::SourceLocation location;  // start of the node being compiled when the error was found
};

// Compiles a Script. The returned Code (and its nested templates) is not
// rooted: root it before the next allocation. Collection is deferred while
// compiling.
std::variant<Code*, CompileError> CompileScript(Agent& agent, const syntax::Program& program);

// Compiles a Module (16.2.1.7.1 ParseModule's [[ECMAScriptCode]]): a Code of kind kModule whose
// function_scope is the module environment's layout and whose module_functions are the declarations
// InitializeEnvironment instantiates. Not rooted, like CompileScript's result.
std::variant<Code*, CompileError> CompileModule(Agent& agent, const syntax::Program& program);

// The environments a direct eval's code sees, innermost first, up to (not
// including) the global environment: the bindings of each declarative
// environment in slot order, or a `with` object environment.
struct EvalScope {
  std::vector<std::u16string> names;
  std::vector<bool> is_const;
  bool is_with = false;
  int own_function_name_slot = -1;  // a named function expression's own (sloppy-immutable) name
  std::vector<bool> is_import;      // a module environment's import bindings
  bool gains_eval_bindings = false;  // a sloppy VariableEnvironment: a direct eval may add bindings to it
};
struct EvalContext {
  std::vector<EvalScope> scopes;
  bool strict = false;              // strict eval code (the caller's or its own directive)
};

// Compiles eval code for PerformEval (19.2.1.1) with direct = true: its
// identifiers resolve through `context`'s environments (the frame that runs
// it starts in a new environment for its Code's function_scope over the
// caller's LexicalEnvironment; see Vm::EvalDeclarationInstantiation).
std::variant<Code*, CompileError> CompileDirectEval(Agent& agent, const syntax::Program& program,
                                                    const EvalContext& context);

}  // namespace async_runtime::interpreter::bytecode
