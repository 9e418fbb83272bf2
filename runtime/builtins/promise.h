// 27.5.3-27.5.5: the Promise constructor, its properties (all, allSettled,
// any, race, reject, resolve, try, withResolvers, %Symbol.species%) with
// PerformPromiseAll/AllSettled/Any/Race, and %Promise.prototype% (then,
// catch, finally). The abstract operations they use are in
// runtime/async/promise.h.
#pragma once

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// Creates %Promise% and %Promise.prototype%.
void CreatePromiseIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
