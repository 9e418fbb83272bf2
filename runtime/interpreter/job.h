// 9.5 Jobs and Host Operations to Enqueue Jobs (https://tc39.es/ecma262/#sec-jobs).
//
// A Job Abstract Closure is a heap cell (Job) so that what it captures — a
// PromiseReaction, the argument, a thenable — is traced while the job waits
// in the queue. The agent keeps the queue of promise jobs (Agent::
// EnqueuePromiseJob); the host decides when they run: it is told of each new
// job (Agent::HostHooks::promise_job_enqueued) and runs them with
// Agent::RunNextPromiseJob, in the order they were enqueued, only when no
// execution context is running. Hosts that have an event loop run one job
// per microtask; hosts without one (unit tests) call RunPromiseJobs.
#pragma once

#include <functional>
#include <span>
#include <utility>
#include <vector>

#include "runtime/heap/cell.h"
#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/completion.h"
#include "runtime/interpreter/value.h"

namespace async_runtime::interpreter {

// A Job Abstract Closure: steps plus the values they capture (traced). The
// steps receive the captures; they must not capture heap pointers in the C++
// callable itself.
class Job final : public heap::Cell {
 public:
  using Steps = std::function<ThrowCompletionOr<Value>(Agent& agent, std::span<const Value> captures)>;
  Job(Steps steps, std::vector<Value> captures) : steps_(std::move(steps)), captures_(std::move(captures)) {}
  const char* CellName() const override { return "Job"; }
  void VisitEdges(heap::Visitor& visitor) override {
    for (Value value : captures_) value.Visit(visitor);
  }
  size_t ExternalBytes() const override { return captures_.capacity() * sizeof(Value); }

  // Invokes the closure.
  ThrowCompletionOr<Value> Run(Agent& agent) { return steps_(agent, captures_); }

 private:
  Steps steps_;
  std::vector<Value> captures_;
};

// Creates a Job. The captures must be reachable until this returns (it allocates).
Job* NewJob(Agent& agent, Job::Steps steps, std::vector<Value> captures);

// 9.5.1 JobCallback Records
// https://tc39.es/ecma262/#sec-jobcallback-records
// [[HostDefined]] is always ~empty~: hosts that are not web browsers use the
// default HostMakeJobCallback. So the record is just its [[Callback]], and is
// stored wherever a function object would be (a Value).
struct JobCallback {
  Value callback;  // [[Callback]]: a function object
};

// 9.5.2 HostMakeJobCallback ( callback )
// https://tc39.es/ecma262/#sec-hostmakejobcallback
JobCallback HostMakeJobCallback(Value callback);

// 9.5.3 HostCallJobCallback ( jobCallback, thisValue, argList )
// https://tc39.es/ecma262/#sec-hostcalljobcallback
ThrowCompletionOr<Value> HostCallJobCallback(Agent& agent, const JobCallback& job_callback, Value this_value,
                                             std::span<const Value> argument_list);

// 9.5.5 HostEnqueuePromiseJob ( job, realm )
// https://tc39.es/ecma262/#sec-hostenqueuepromisejob
void HostEnqueuePromiseJob(Agent& agent, Job* job, Realm* realm);

}  // namespace async_runtime::interpreter
