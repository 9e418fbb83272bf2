// 25.5 The JSON Object: %JSON% with parse (and its reviver) and stringify.
// JSON.rawJSON / JSON.isRawJSON and the reviver's source-text context of
// the later drafts are not implemented.
#pragma once

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// Creates %JSON% and stores it in the realm.
void CreateJSONIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
