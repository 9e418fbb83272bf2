// 20.3 Boolean Objects: %Boolean% and %Boolean.prototype%.
#pragma once

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// Creates %Boolean.prototype% (a Boolean object whose [[BooleanData]] is
// false) and %Boolean%, and stores them in the realm.
void CreateBooleanIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
