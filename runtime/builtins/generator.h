// 27.6 GeneratorFunction Objects (the prototype objects) and 27.5 Generator
// Objects: %GeneratorFunction.prototype%, %GeneratorPrototype% with next,
// return and throw. The %GeneratorFunction% constructor needs
// CreateDynamicFunction and comes with the Function constructor.
#pragma once

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// Creates %GeneratorFunction.prototype% and %GeneratorPrototype% (and a
// minimal %Iterator.prototype% with @@iterator if no family made it yet).
void CreateGeneratorIntrinsics(Agent& agent, Realm* realm);

// %Iterator.prototype%, created on first use by whichever family needs it:
// an ordinary object whose [Symbol.iterator]() returns this (27.1.3.3.14).
Object* EnsureIteratorPrototype(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
