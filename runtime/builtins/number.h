// 21.1 Number Objects: %Number%, its constants and predicates, and
// %Number.prototype%.
#pragma once

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// Creates %Number.prototype% (a Number object whose [[NumberData]] is +0)
// and %Number%. Number.parseFloat and Number.parseInt are the realm's
// %parseFloat% and %parseInt%, so CreateGlobalFunctionIntrinsics runs first.
void CreateNumberIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
