// 27.10.5 Async Functions Abstract Operations and 15.8.4
// EvaluateAsyncFunctionBody, as the VM uses them.
//
// An async function's frame is a heap Frame like a generator's: the VM starts
// it inline when the function is called (no native recursion), and at each
// `await` the frame suspends (Await below queues its resumption on the
// awaited promise). The first suspension gives the caller the function's
// promise; later ones return to the job that resumed the frame. When the body
// completes, the VM settles the promise (AsyncBlockComplete). The execution
// context is the frame, opaque here (a heap cell), and resuming it is the
// VM's RunSuspendedContext, passed in as a function.
#pragma once

#include "runtime/async/promise.h"

namespace async_runtime::async {

// The completion a suspended context is resumed with (the values match the
// VM's ResumeMode).
enum class ResumptionType : uint8_t { kNormal = 0, kThrow = 1, kReturn = 2 };

// Resumes a suspended async context (an async function's or async
// generator's frame) with a completion, runs it until it suspends again or
// completes, and returns. The VM's Vm::ResumeAsyncContext.
using RunSuspendedContext = void (*)(Agent& agent, heap::Cell* async_context, ResumptionType type, Value value);

// 15.8.4 Runtime Semantics: EvaluateAsyncFunctionBody, step 1:
// promiseCapability = ! NewPromiseCapability(%Promise%), in the current realm
// (the function's: the VM has entered its execution context).
void NewAsyncFunctionCapability(Agent& agent, PromiseCapability& capability);

// 27.10.5.3 Await ( arg )
// https://tc39.es/ecma262/#await
// Steps 1-7: the promise reactions that will resume `async_context`. Step 8
// (RunCallerContext: suspend the frame) is the VM's. A throw completion is
// PromiseResolve's, thrown at the await.
ThrowCompletionOr<void> Await(Agent& agent, heap::Cell* async_context, Value arg,
                              RunSuspendedContext run_suspended_context);

// 27.10.5.2 AsyncBlockStart ( promiseCapability, asyncBody, asyncContext ), steps 1.e-f: once the body has
// returned (`is_throw` false, `value` the return value or undefined) or thrown, resolve or reject the
// promise.
// https://tc39.es/ecma262/#sec-asyncblockstart
void AsyncBlockComplete(Agent& agent, Value resolve, Value reject, bool is_throw, Value value);

}  // namespace async_runtime::async
