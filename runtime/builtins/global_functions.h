// 19.2 Function Properties of the Global Object, except eval: isFinite,
// isNaN, parseFloat, parseInt and the URI handling functions (19.2.6).
#pragma once

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// Creates %isFinite%, %isNaN%, %parseFloat%, %parseInt%, %decodeURI%,
// %decodeURIComponent%, %encodeURI% and %encodeURIComponent% and stores them
// in the realm (SetDefaultGlobalBindings makes them globals).
void CreateGlobalFunctionIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
