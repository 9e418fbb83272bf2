// 20.4 Symbol Objects: %Symbol% (Symbol.for / Symbol.keyFor over the
// agent's GlobalSymbolRegistry, the well-known symbols) and %Symbol.prototype%.
#pragma once

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// 20.4.3.3.1 SymbolDescriptiveString ( symbol )
// https://tc39.es/ecma262/#sec-symboldescriptivestring
Value SymbolDescriptiveString(Agent& agent, interpreter::Symbol* symbol);

// Creates %Symbol.prototype% and %Symbol% and stores them in the realm.
void CreateSymbolIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
