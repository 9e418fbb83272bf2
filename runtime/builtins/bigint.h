// 21.2 BigInt Objects: %BigInt% (BigInt ( value ), BigInt.asIntN,
// BigInt.asUintN) and %BigInt.prototype%.
#pragma once

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// Creates %BigInt.prototype% and %BigInt% and stores them in the realm.
void CreateBigIntIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
