// 7.5 Operations on Disposable Objects: DisposableResource Records,
// AddDisposableResource, CreateDisposableResource, GetDisposeMethod and
// DisposeResources, for DisposableStack / AsyncDisposableStack and for the
// VM's `using` / `await using` declarations.
//
// (Earlier drafts grouped the resource list in a "DisposeCapability" with
// NewDisposeCapability and Dispose; the pinned ECMA-262 passes the List of
// DisposableResource Records itself, as here.)
//
// DisposeResources has two entry points: DisposeResources runs the algorithm
// to its end for a list of ~sync-dispose~ resources (no Await can happen),
// and DisposeResourcesAsync runs it for any list as a continuation state
// machine: each Await (27.10.5.3) queues promise reactions that resume the
// machine, whose state is a heap cell the reactions capture; the result
// settles a promise capability the way AsyncBlockStart settles an async
// function's (27.10.5.2).
#pragma once

#include <vector>

#include "runtime/async/disposable_resources.h"
#include "runtime/async/promise.h"
#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// [[Kind]] of a DisposableResource Record.
// The records and the 7.5.2-7.5.4 operations are async::'s (runtime/async/disposable_resources.h).
using async::AddDisposableResource;
using async::CreateDisposableResource;
using async::DisposableResource;
using async::DisposableResourceStack;
using async::DisposeKind;
using async::GetDisposeMethod;

// 7.5.5 DisposeResources ( disposableResourceStack, completion )
// https://tc39.es/ecma262/#sec-disposeresources
// For a stack whose resources are all ~sync-dispose~ (a DisposableStack, a
// scope of `using` declarations): the algorithm never reaches an Await. A
// normal `completion` may hold Value::Empty() (~empty~). The stack's records
// are left in place (the caller discards the stack).
ThrowCompletionOr<Value> DisposeResources(Agent& agent, DisposableResourceStack* disposable_resource_stack,
                                          ThrowCompletionOr<Value> completion);

// 7.5.5 DisposeResources ( disposableResourceStack, completion ), with its
// Awaits: runs the steps until the first Await, and later ones from promise
// jobs; when the steps return, the returned completion settles
// `result_capability` as 27.10.5.2 AsyncBlockStart step 1.e-g settles an async
// function's promise (resolve with the value, undefined for ~empty~, or reject
// with the thrown value). If no Await is needed it settles before returning.
void DisposeResourcesAsync(Agent& agent, DisposableResourceStack* disposable_resource_stack,
                           ThrowCompletionOr<Value> completion, const async::PromiseCapability& result_capability);

}  // namespace async_runtime::builtins
