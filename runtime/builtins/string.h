// 22.1 String Objects: %String%, %String.prototype% (every method that does
// not need the RegExp engine, plus the string-only paths of split, replace
// and replaceAll), %StringIteratorPrototype% and the Annex B methods
// (B.2.2: substr, the HTML methods, trimLeft/trimRight).
#pragma once

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// 7.2.6 IsRegExp ( argument )
// https://tc39.es/ecma262/#sec-isregexp
ThrowCompletionOr<bool> IsRegExp(Agent& agent, Value argument);

// Creates %String.prototype% (a String exotic object whose [[StringData]] is
// the empty String), %String%, %StringIteratorPrototype% and, when the realm
// has none yet, a minimal %Iterator.prototype% (an ordinary object with its
// %Symbol.iterator% method only; the Iterator family completes it).
void CreateStringIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
