// 22.2 RegExp (Regular Expression) Objects: %RegExp%, %RegExp.prototype%,
// %RegExpStringIteratorPrototype%, and the String.prototype methods that
// need RegExpCreate (match, matchAll, search).
#pragma once

#include <string_view>

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// 22.2.3.1 RegExpCreate ( P, F )
// https://tc39.es/ecma262/#sec-regexpcreate
ThrowCompletionOr<Object*> RegExpCreate(Agent& agent, Value pattern, Value flags);

// Creates the RegExp intrinsics, adds match/matchAll/search to
// %String.prototype% (which must exist) and gives the agent the RegExpCreate
// that evaluates RegularExpressionLiterals.
void CreateRegExpIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
