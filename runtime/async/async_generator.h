// 27.9 AsyncGenerator Objects: the instance state and the abstract
// operations of 27.9.3 (AsyncGeneratorValidate, Enqueue, CompleteStep,
// Resume, AwaitReturn, DrainQueue). The VM drives the generator's frame
// (AsyncGeneratorStart, AsyncGeneratorYield, AsyncGeneratorUnwrapYieldResumption
// are bytecode plus Vm code that calls these); the %AsyncGeneratorPrototype%
// methods are in runtime/builtins/async_generator.cc.
#pragma once

#include <deque>

#include "runtime/async/async_function.h"
#include "runtime/async/promise.h"

namespace async_runtime::async {

// 27.9.3.1 AsyncGeneratorRequest Records
// https://tc39.es/ecma262/#sec-asyncgeneratorrequest-records
struct AsyncGeneratorRequest {
  ResumptionType completion_type;  // [[Completion]]: its type ...
  Value completion_value;          // ... and [[Value]]
  Value capability_promise;        // [[Capability]]
  Value capability_resolve;
  Value capability_reject;
};

// An AsyncGenerator instance (27.9.2, table-internal-slots-of-asyncgenerator-instances).
class AsyncGeneratorObject final : public Object {
 public:
  // [[AsyncGeneratorState]]
  enum class State : uint8_t { kSuspendedStart, kSuspendedYield, kExecuting, kDrainingQueue, kCompleted };

  AsyncGeneratorObject(interpreter::Shape* shape, heap::Cell* context) : Object(shape), context_(context) {}
  const char* CellName() const override { return "AsyncGeneratorObject"; }
  void VisitEdges(heap::Visitor& visitor) override;
  size_t ExternalBytes() const override { return queue_.size() * sizeof(AsyncGeneratorRequest); }

  State state() const { return state_; }
  void set_state(State state) { state_ = state; }
  heap::Cell* context() const { return context_; }  // [[AsyncGeneratorContext]]: the VM's frame
  void set_context(heap::Cell* context) { context_ = context; }
  std::deque<AsyncGeneratorRequest>& queue() { return queue_; }  // [[AsyncGeneratorQueue]]
  // [[GeneratorBrand]] is always ~empty~ here (no built-in async generators use a brand).

 private:
  State state_ = State::kSuspendedStart;
  heap::Cell* context_;
  std::deque<AsyncGeneratorRequest> queue_;
};

// 27.9.3.3 AsyncGeneratorValidate ( gen, genBrand ) with genBrand ~empty~.
// https://tc39.es/ecma262/#sec-asyncgeneratorvalidate
ThrowCompletionOr<AsyncGeneratorObject*> AsyncGeneratorValidate(Agent& agent, Value gen);

// 27.9.3.4 AsyncGeneratorEnqueue ( gen, completion, promiseCapability )
// https://tc39.es/ecma262/#sec-asyncgeneratorenqueue
void AsyncGeneratorEnqueue(AsyncGeneratorObject* gen, ResumptionType completion_type, Value completion_value,
                           const PromiseCapability& promise_capability);

// 27.9.3.5 AsyncGeneratorCompleteStep ( gen, completion, done [ , realm ] )
// https://tc39.es/ecma262/#sec-asyncgeneratorcompletestep
// `is_throw`: completion is a throw completion (else normal). `realm` nullptr: not present.
void AsyncGeneratorCompleteStep(Agent& agent, AsyncGeneratorObject* gen, bool is_throw, Value value, bool done,
                                Realm* realm = nullptr);

// 27.9.3.6 AsyncGeneratorResume ( gen, completion )
// https://tc39.es/ecma262/#sec-asyncgeneratorresume
void AsyncGeneratorResume(Agent& agent, AsyncGeneratorObject* gen, ResumptionType completion_type,
                          Value completion_value, RunSuspendedContext run_suspended_context);

// 27.9.3.9 AsyncGeneratorAwaitReturn ( gen )
// https://tc39.es/ecma262/#sec-asyncgeneratorawaitreturn
void AsyncGeneratorAwaitReturn(Agent& agent, AsyncGeneratorObject* gen);

// 27.9.3.10 AsyncGeneratorDrainQueue ( gen )
// https://tc39.es/ecma262/#sec-asyncgeneratordrainqueue
void AsyncGeneratorDrainQueue(Agent& agent, AsyncGeneratorObject* gen);

}  // namespace async_runtime::async
