// Runs jobs in long-lived worker processes supervised by a single-threaded
// parent. Each worker is forked once and takes many jobs; a job that kills
// its worker (a signal, an unexpected exit) is reported `crashed`, one that
// runs past the timeout is reported `timed_out` and its worker killed; either
// way the worker is replaced and the run goes on.
//
// Workers are forked from the caller, so the executor (and everything it
// captures, e.g. the list of tests) is already in each worker's memory: the
// parent sends only a job index and receives the outcome over a socket pair.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

#include "harness/test_status.h"

namespace async_runtime::harness {

// Runs job `job_index` inside a worker process.
using JobExecutor = std::function<ExecutionOutcome(size_t job_index)>;

struct WorkerPoolOptions {
  int worker_count = 1;
  std::chrono::milliseconds timeout{10'000};
};

struct JobResult {
  size_t job_index = 0;
  TestStatus status = TestStatus::kFailed;
  std::string message;
  double duration_ms = 0;  // wall time measured by the parent
};

// Called in the parent, in completion order, once per job.
using JobResultHandler = std::function<void(JobResult)>;

// Runs jobs 0..job_count-1 and returns when every job has a result. Returns
// false (with `error` set) only when the pool itself cannot work (fork or
// socketpair fails).
bool RunJobsInWorkers(size_t job_count, const JobExecutor& executor,
                      const WorkerPoolOptions& options,
                      const JobResultHandler& on_result, std::string* error);

// The message for a worker that died: "worker killed by signal 6 (Aborted)"
// or "worker exited with status 3" (from a waitpid status).
std::string DescribeWorkerDeath(int wait_status);

}  // namespace async_runtime::harness
