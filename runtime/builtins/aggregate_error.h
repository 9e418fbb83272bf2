// 20.5.7 AggregateError Objects: %AggregateError% and %AggregateError.prototype%.
#pragma once

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// Creates %AggregateError% ([[Prototype]] %Error%) and the properties of
// %AggregateError.prototype% (which interpreter::CreateIntrinsics made).
// Runs after CreateErrorIntrinsics.
void CreateAggregateErrorIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
