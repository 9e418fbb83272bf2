// Code created at run time from strings: 20.2.1.1.1 CreateDynamicFunction
// (the Function and GeneratorFunction constructors) and 19.2.1 eval.
//
// eval here is PerformEval for an indirect call: the code runs as a global
// script of the current realm. Direct eval (access to the caller's local
// bindings) is not implemented; a direct call behaves like an indirect one.
#pragma once

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

enum class DynamicFunctionKind { kNormal, kGenerator, kAsync, kAsyncGenerator };

// 20.2.1.1.1 CreateDynamicFunction ( constructor, newTarget, kind, parameterArgs, bodyArg )
// https://tc39.es/ecma262/#sec-createdynamicfunction
ThrowCompletionOr<Value> CreateDynamicFunction(Agent& agent, Object* constructor, Object* new_target,
                                               DynamicFunctionKind kind, std::span<const Value> parameter_args,
                                               Value body_arg);

// Creates %Function%, %GeneratorFunction% and %eval% in `realm`.
void CreateDynamicFunctionIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
