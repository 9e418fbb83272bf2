// 25.5 The JSON Object: %JSON% with parse (its reviver gets the source-text
// context of JSON Parse Records), stringify, rawJSON and isRawJSON.
#pragma once

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// Creates %JSON% and stores it in the realm.
void CreateJSONIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
