// 27.3 DisposableStack Objects and 27.4 AsyncDisposableStack Objects.
#pragma once

#include "runtime/builtins/builtin_function.h"
#include "runtime/builtins/disposable_resources.h"

namespace async_runtime::builtins {

// [[DisposableState]] / [[AsyncDisposableState]].
enum class DisposableState : uint8_t { kPending, kDisposed };

// 27.3.4 Properties of DisposableStack Instances: an ordinary object with
// [[DisposableState]] and [[DisposableResourceStack]].
class DisposableStackObject final : public Object {
 public:
  explicit DisposableStackObject(interpreter::Shape* shape) : Object(shape) {}
  const char* CellName() const override { return "DisposableStackObject"; }
  void VisitEdges(heap::Visitor& visitor) override {
    Object::VisitEdges(visitor);
    if (resource_stack_ != nullptr) visitor.Visit(resource_stack_);
  }

  DisposableState state() const { return state_; }  // [[DisposableState]]
  void set_state(DisposableState state) { state_ = state; }
  // [[DisposableResourceStack]] (nullptr only while the constructor runs).
  DisposableResourceStack* resource_stack() const { return resource_stack_; }
  void set_resource_stack(DisposableResourceStack* stack) { resource_stack_ = stack; }

 private:
  DisposableState state_ = DisposableState::kPending;
  DisposableResourceStack* resource_stack_ = nullptr;
};

// 27.4.4 Properties of AsyncDisposableStack Instances: an ordinary object
// with [[AsyncDisposableState]] and [[DisposableResourceStack]].
class AsyncDisposableStackObject final : public Object {
 public:
  explicit AsyncDisposableStackObject(interpreter::Shape* shape) : Object(shape) {}
  const char* CellName() const override { return "AsyncDisposableStackObject"; }
  void VisitEdges(heap::Visitor& visitor) override {
    Object::VisitEdges(visitor);
    if (resource_stack_ != nullptr) visitor.Visit(resource_stack_);
  }

  DisposableState state() const { return state_; }  // [[AsyncDisposableState]]
  void set_state(DisposableState state) { state_ = state; }
  // [[DisposableResourceStack]] (nullptr only while the constructor runs).
  DisposableResourceStack* resource_stack() const { return resource_stack_; }
  void set_resource_stack(DisposableResourceStack* stack) { resource_stack_ = stack; }

 private:
  DisposableState state_ = DisposableState::kPending;
  DisposableResourceStack* resource_stack_ = nullptr;
};

// Creates %DisposableStack% and %DisposableStack.prototype%.
void CreateDisposableStackIntrinsics(Agent& agent, Realm* realm);

// Creates %AsyncDisposableStack% and %AsyncDisposableStack.prototype%. Runs
// after CreatePromiseIntrinsics (disposeAsync makes %Promise% promises).
void CreateAsyncDisposableStackIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
