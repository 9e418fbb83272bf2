// 20.5 Error Objects: %Error%, the NativeError constructors (20.5.5-6) and
// their prototypes. AggregateError (20.5.7) needs the iteration protocol and
// is created with the Array built-ins.
#pragma once

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// Creates %Error%, %Error.prototype% (with toString), the six NativeError
// constructors and prototypes, and stores them in `realm`.
void CreateErrorIntrinsics(Agent& agent, Realm* realm);

// 20.5.9.1 InstallErrorCause ( obj, options )
// https://tc39.es/ecma262/#sec-installerrorcause
ThrowCompletionOr<void> InstallErrorCause(Agent& agent, Object* o, Value options);

}  // namespace async_runtime::builtins
