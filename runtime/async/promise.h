// 27.5 Promise Objects: the Promise abstract operations and Promise Jobs
// (27.5.1, 27.5.2), PerformPromiseThen (27.5.5.4.1) and PromiseResolve
// (27.5.4.7.1). The built-in functions (%Promise%, its statics and
// prototype) are in runtime/builtins/promise.cc; async functions build on
// the operations here.
//
// Representation:
//   * PromiseObject: an ordinary object with the five internal slots of
//     27.5.6; its reaction lists hold PromiseReaction cells.
//   * PromiseReaction (27.5.1.2): a cell, so a reaction captured by a queued
//     job stays alive.
//   * PromiseCapability (27.5.1.1): a rooted C++ record for algorithm
//     locals; inside a PromiseReaction its three fields are plain values.
//   * Jobs are interpreter::Job cells queued on the agent
//     (interpreter::HostEnqueuePromiseJob).
#pragma once

#include <initializer_list>
#include <span>
#include <vector>

#include "runtime/builtins/builtin_function.h"
#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/completion.h"
#include "runtime/interpreter/job.h"
#include "runtime/interpreter/object.h"
#include "runtime/interpreter/value.h"

namespace async_runtime::async {

using interpreter::Agent;
using interpreter::Object;
using interpreter::Realm;
using interpreter::RootedValue;
using interpreter::ThrowCompletionOr;
using interpreter::Value;

// 27.5.1.1 PromiseCapability Records
// https://tc39.es/ecma262/#sec-promisecapability-records
// Rooted: algorithms hold capabilities in C++ locals across allocations.
struct PromiseCapability {
  explicit PromiseCapability(heap::Heap& heap) : promise(heap), resolve(heap), reject(heap) {}
  RootedValue promise;  // [[Promise]]: an Object
  RootedValue resolve;  // [[Resolve]]: a function object
  RootedValue reject;   // [[Reject]]: a function object
};

// 27.5.1.2 PromiseReaction Records
// https://tc39.es/ecma262/#sec-promisereaction-records
class PromiseReaction final : public heap::Cell {
 public:
  enum class Type : uint8_t { kFulfill, kReject };

  // `capability` nullptr: [[Capability]] is undefined. `handler`
  // Value::Empty(): [[Handler]] is ~empty~; otherwise a JobCallback's [[Callback]].
  PromiseReaction(const PromiseCapability* capability, Type type, Value handler)
      : has_capability_(capability != nullptr),
        capability_promise_(capability != nullptr ? capability->promise.get() : Value::Undefined()),
        capability_resolve_(capability != nullptr ? capability->resolve.get() : Value::Undefined()),
        capability_reject_(capability != nullptr ? capability->reject.get() : Value::Undefined()),
        type_(type),
        handler_(handler) {}
  const char* CellName() const override { return "PromiseReaction"; }
  void VisitEdges(heap::Visitor& visitor) override {
    capability_promise_.Visit(visitor);
    capability_resolve_.Visit(visitor);
    capability_reject_.Visit(visitor);
    handler_.Visit(visitor);
  }

  bool has_capability() const { return has_capability_; }
  Value capability_promise() const { return capability_promise_; }
  Value capability_resolve() const { return capability_resolve_; }
  Value capability_reject() const { return capability_reject_; }
  Type type() const { return type_; }
  bool has_handler() const { return !handler_.IsEmpty(); }
  interpreter::JobCallback handler() const { return interpreter::JobCallback{handler_}; }

 private:
  bool has_capability_;
  Value capability_promise_;
  Value capability_resolve_;
  Value capability_reject_;
  Type type_;
  Value handler_;
};

// 27.5.6 Properties of Promise Instances: [[PromiseState]].
enum class PromiseState : uint8_t { kPending, kFulfilled, kRejected };

// An ordinary object with the internal slots of 27.5.6.
class PromiseObject final : public Object {
 public:
  explicit PromiseObject(interpreter::Shape* shape) : Object(shape) {}
  const char* CellName() const override { return "PromiseObject"; }
  void VisitEdges(heap::Visitor& visitor) override {
    Object::VisitEdges(visitor);
    result_.Visit(visitor);
    for (PromiseReaction* reaction : fulfill_reactions_) visitor.Visit(reaction);
    for (PromiseReaction* reaction : reject_reactions_) visitor.Visit(reaction);
  }
  size_t ExternalBytes() const override {
    return (fulfill_reactions_.capacity() + reject_reactions_.capacity()) * sizeof(PromiseReaction*);
  }

  PromiseState state() const { return state_; }                          // [[PromiseState]]
  void set_state(PromiseState state) { state_ = state; }
  Value result() const { return result_; }                               // [[PromiseResult]] (empty while pending)
  void set_result(Value result) { result_ = result; }
  std::vector<PromiseReaction*>& fulfill_reactions() { return fulfill_reactions_; }  // [[PromiseFulfillReactions]]
  std::vector<PromiseReaction*>& reject_reactions() { return reject_reactions_; }    // [[PromiseRejectReactions]]
  bool is_handled() const { return is_handled_; }                        // [[PromiseIsHandled]]
  void set_is_handled(bool handled) { is_handled_ = handled; }

 private:
  PromiseState state_ = PromiseState::kPending;
  Value result_ = Value::Empty();
  std::vector<PromiseReaction*> fulfill_reactions_;
  std::vector<PromiseReaction*> reject_reactions_;
  bool is_handled_ = false;
};

// A Record { [[Value]] } that several closures share and update
// (promiseOrEmpty, remainingElementsCount, alreadyCalled); a closure holds it
// as an internal-cell value in NativeFunction::captured().
class ValueRecord final : public heap::Cell {
 public:
  explicit ValueRecord(Value value) : value(value) {}
  const char* CellName() const override { return "ValueRecord"; }
  void VisitEdges(heap::Visitor& visitor) override { value.Visit(visitor); }
  Value value;
};

// A List that several closures share (the values of Promise.all).
class ValueList final : public heap::Cell {
 public:
  const char* CellName() const override { return "ValueList"; }
  void VisitEdges(heap::Visitor& visitor) override {
    for (Value value : values) value.Visit(visitor);
  }
  size_t ExternalBytes() const override { return values.capacity() * sizeof(Value); }
  std::vector<Value> values;
};

// The Record { [[Resolve]], [[Reject]] } of CreateResolvingFunctions.
struct ResolvingFunctions {
  Object* resolve;
  Object* reject;
};

// Call(F, V, arguments) with F, V and the arguments rooted for the whole call:
// for arguments that are fresh, unrooted values (a callee may allocate before
// it has copied its arguments).
ThrowCompletionOr<Value> CallRooted(Agent& agent, Value function, Value this_value,
                                    std::initializer_list<Value> arguments);

// A built-in function for a spec Abstract Closure (CreateBuiltinFunction(closure, length, "", ...)), whose
// internal slots and captured values are `slots`, stored in captured()[0...] (traced by the GC).
interpreter::NativeFunction* CreateClosure(Agent& agent, interpreter::NativeFunction::BuiltinBehaviour steps,
                                           double length, std::initializer_list<Value> slots);

// In a closure's steps: the active function object's slot `index` (its captured()[index]).
Value& ActiveFunctionSlot(Agent& agent, size_t index);

// 27.5.1.1.1 IfAbruptRejectPromise ( value, capability ), for an abrupt `value` given by its thrown
// value: rejects the capability's promise and gives the completion the caller returns.
// https://tc39.es/ecma262/#sec-ifabruptrejectpromise
ThrowCompletionOr<Value> IfAbruptRejectPromise(Agent& agent, Value thrown, const PromiseCapability& capability);

// 27.5.1.3 CreateResolvingFunctions ( toResolve )
// https://tc39.es/ecma262/#sec-createresolvingfunctions
// The two functions are returned unrooted: root them before allocating.
ResolvingFunctions CreateResolvingFunctions(Agent& agent, PromiseObject* to_resolve);

// 27.5.1.4 FulfillPromise ( promise, value )
// https://tc39.es/ecma262/#sec-fulfillpromise
void FulfillPromise(Agent& agent, PromiseObject* promise, Value value);

// 27.5.1.5 NewPromiseCapability ( ctor )
// https://tc39.es/ecma262/#sec-newpromisecapability
// Fills `capability`.
ThrowCompletionOr<void> NewPromiseCapability(Agent& agent, Value ctor, PromiseCapability& capability);

// 27.5.1.6 IsPromise ( arg )
// https://tc39.es/ecma262/#sec-ispromise
bool IsPromise(Value arg);

// 27.5.1.7 RejectPromise ( promise, reason )
// https://tc39.es/ecma262/#sec-rejectpromise
void RejectPromise(Agent& agent, PromiseObject* promise, Value reason);

// 27.5.1.8 TriggerPromiseReactions ( reactions, arg )
// https://tc39.es/ecma262/#sec-triggerpromisereactions
void TriggerPromiseReactions(Agent& agent, const std::vector<PromiseReaction*>& reactions, Value arg);

// 27.5.1.9 HostPromiseRejectionTracker ( promise, operation )
// https://tc39.es/ecma262/#sec-host-promise-rejection-tracker
void HostPromiseRejectionTracker(Agent& agent, PromiseObject* promise, interpreter::RejectionOperation operation);

// The Record { [[Job]], [[Realm]] } of the job constructors.
struct PromiseJob {
  interpreter::Job* job;
  Realm* realm;  // nullptr: null
};

// 27.5.2.1 NewPromiseReactionJob ( reaction, arg )
// https://tc39.es/ecma262/#sec-newpromisereactionjob
PromiseJob NewPromiseReactionJob(Agent& agent, PromiseReaction* reaction, Value arg);

// 27.5.2.2 NewPromiseResolveThenableJob ( promiseToResolve, thenable, then )
// https://tc39.es/ecma262/#sec-newpromiseresolvethenablejob
PromiseJob NewPromiseResolveThenableJob(Agent& agent, PromiseObject* promise_to_resolve, Object* thenable,
                                        const interpreter::JobCallback& then);

// 27.5.4.1.1 GetPromiseResolve ( promiseCtor )
// https://tc39.es/ecma262/#sec-getpromiseresolve
ThrowCompletionOr<Value> GetPromiseResolve(Agent& agent, Object* promise_ctor);

// 27.5.4.7.1 PromiseResolve ( ctor, resolution )
// https://tc39.es/ecma262/#sec-promise-resolve
ThrowCompletionOr<Object*> PromiseResolve(Agent& agent, Object* ctor, Value resolution);

// 27.5.5.4.1 PerformPromiseThen ( promise, onFulfilled, onRejected [ , resultCapability ] )
// https://tc39.es/ecma262/#sec-performpromisethen
// `result_capability` nullptr: not present. Returns undefined or the capability's promise.
Value PerformPromiseThen(Agent& agent, PromiseObject* promise, Value on_fulfilled, Value on_rejected,
                         const PromiseCapability* result_capability = nullptr);

// A new pending promise whose prototype is the current realm's
// %Promise.prototype%: the promise NewPromiseCapability(%Promise%) creates,
// without the (unobservable) executor round trip. For Await and async
// functions.
PromiseObject* NewIntrinsicPromise(Agent& agent);

// NewPromiseCapability(%Promise%) without the executor round trip: the
// promise of NewIntrinsicPromise and its resolving functions.
void NewIntrinsicPromiseCapability(Agent& agent, PromiseCapability& capability);

}  // namespace async_runtime::async
