// 7.5 Operations on Disposable Objects, shared by the VM's `using` and
// `await using` declarations and by DisposableStack / AsyncDisposableStack
// (runtime/builtins/disposable_resources.h adds the forms those use): a DisposableResourceStack cell holds
// the DisposableResource Records of one scope, and DisposeResources runs
// them in reverse order when the scope is left. The asynchronous form awaits
// between resources; the VM drives it (NextAsyncDisposal, then an Await,
// then AsyncDisposalAwaited), so the frame suspends like at any `await`.
#pragma once

#include <vector>

#include "runtime/async/promise.h"

namespace async_runtime::async {

// [[Kind]] of a DisposableResource Record.
enum class DisposeKind : uint8_t { kSyncDispose, kAsyncDispose };

// 7.5.1 DisposableResource Records
// https://tc39.es/ecma262/#sec-disposableresource-records
struct DisposableResource {
  Value resource_value;  // [[ResourceValue]]
  DisposeKind kind;      // [[Kind]]
  Value dispose_method;  // [[DisposeMethod]]: a function object or undefined
};

// A scope's List of DisposableResource Records, plus the progress of an
// asynchronous DisposeResources (which suspends between resources).
class DisposableResourceStack final : public heap::Cell {
 public:
  const char* CellName() const override { return "DisposableResourceStack"; }
  void VisitEdges(heap::Visitor& visitor) override {
    for (const DisposableResource& resource : resources) {
      resource.resource_value.Visit(visitor);
      resource.dispose_method.Visit(visitor);
    }
  }
  size_t ExternalBytes() const override { return resources.capacity() * sizeof(DisposableResource); }

  std::vector<DisposableResource> resources;
  // DisposeResources' state when it awaits: resources left to dispose (from the end), needsAwait, hasAwaited,
  // and whether the pending Await is of a dispose method's result (whose rejection is a disposal error).
  size_t remaining = 0;
  bool started = false;
  bool needs_await = false;
  bool has_awaited = false;
  bool awaiting_result = false;
};

// 7.5.4 GetDisposeMethod ( value, kind )
// https://tc39.es/ecma262/#sec-getdisposemethod
ThrowCompletionOr<Value> GetDisposeMethod(Agent& agent, Value value, DisposeKind kind);

// 7.5.3 CreateDisposableResource ( value, kind [ , method ] ); `method` nullptr: not present.
// https://tc39.es/ecma262/#sec-createdisposableresource
ThrowCompletionOr<DisposableResource> CreateDisposableResource(Agent& agent, Value value, DisposeKind kind,
                                                               Object* method = nullptr);

// 7.5.2 AddDisposableResource ( disposableResourceStack, value, kind [ , method ] ); `method` nullptr: not present.
// https://tc39.es/ecma262/#sec-adddisposableresource
ThrowCompletionOr<void> AddDisposableResource(Agent& agent, DisposableResourceStack* stack, Value value,
                                              DisposeKind kind, Object* method = nullptr);

// A completion as DisposeResources takes and gives it: a throw completion or not (the VM keeps a
// non-throw completion's own type and value apart; only its "is it a throw" matters here).
struct DisposalCompletion {
  bool is_throw;
  Value value;
};

// 7.5.5 DisposeResources ( disposableResourceStack, completion ) for a stack of sync-dispose resources only
// (a `using` scope): no Await happens.
// https://tc39.es/ecma262/#sec-disposeresources
DisposalCompletion DisposeResources(Agent& agent, DisposableResourceStack* stack, DisposalCompletion completion);

// DisposeResources for an `await using` scope, one step at a time. Disposes resources (updating
// `completion`) until one needs an Await: then returns the value to await (true); false once done (the
// final Await, if needed, has been returned before). After the Await, the VM calls AsyncDisposalAwaited
// with its outcome.
bool NextAsyncDisposal(Agent& agent, DisposableResourceStack* stack, DisposalCompletion& completion,
                       Value& to_await);
void AsyncDisposalAwaited(Agent& agent, DisposableResourceStack* stack, DisposalCompletion& completion,
                          bool awaited_throw, Value awaited_value);

}  // namespace async_runtime::async
