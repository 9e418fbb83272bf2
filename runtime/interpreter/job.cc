#include "runtime/interpreter/job.h"

#include "runtime/interpreter/object_operations.h"

namespace async_runtime::interpreter {

Job* NewJob(Agent& agent, Job::Steps steps, std::vector<Value> captures) {
  return agent.Allocate<Job>(std::move(steps), std::move(captures));
}

// 9.5.2 HostMakeJobCallback ( callback )
// https://tc39.es/ecma262/#sec-hostmakejobcallback
JobCallback HostMakeJobCallback(Value callback) {
  // 1. Return the JobCallback Record { [[Callback]]: callback, [[HostDefined]]: empty }.
  return JobCallback{callback};
}

// 9.5.3 HostCallJobCallback ( jobCallback, thisValue, argList )
// https://tc39.es/ecma262/#sec-hostcalljobcallback
ThrowCompletionOr<Value> HostCallJobCallback(Agent& agent, const JobCallback& job_callback, Value this_value,
                                             std::span<const Value> argument_list) {
  // 1. Assert: IsCallable(jobCallback.[[Callback]]) is true.
  // 2. Return ? Call(jobCallback.[[Callback]], thisValue, argList).
  return Call(agent, job_callback.callback, this_value, argument_list);
}

// 9.5.5 HostEnqueuePromiseJob ( job, realm )
// https://tc39.es/ecma262/#sec-hostenqueuepromisejob
void HostEnqueuePromiseJob(Agent& agent, Job* job, Realm* realm) {
  // Jobs run in the order of the HostEnqueuePromiseJob invocations that scheduled them: the agent's
  // queue is FIFO and the host runs its front. When realm is not null, the job runs with realm as
  // the current Realm (Agent::RunNextPromiseJob).
  agent.EnqueuePromiseJob(job, realm);
}

}  // namespace async_runtime::interpreter
