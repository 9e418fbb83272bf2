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

}  // namespace async_runtime::interpreter::bytecode
