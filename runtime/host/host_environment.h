// The jsrt host: an Agent and its Vm bound to an EventLoop.
//
// How ECMAScript's host hooks map onto the loop (docs/architecture.md,
// "Event loop and jobs"):
//  * 9.5.5 HostEnqueuePromiseJob puts the job on the agent's FIFO queue; the
//    agent's promise_job_enqueued hook then queues one loop microtask that
//    calls Agent::RunNextPromiseJob. One microtask per job, both FIFO, so
//    jobs run in the order they were enqueued, at microtask checkpoints
//    (after the script, then after every task).
//  * queueMicrotask(callback) enqueues an interpreter::Job through
//    HostEnqueuePromiseJob, so callbacks and promise jobs share one queue
//    and one order.
//  * setTimeout/setInterval callbacks run as tasks on the timers source.
//  * 27.5.1.9 HostPromiseRejectionTracker: "reject" adds the promise to a
//    pending list, "handle" removes it. At the end of every microtask
//    checkpoint each promise still listed is reported as
//    "Uncaught (in promise) ..."; one handled after that prints a warning.
//
// Errors do not stop the loop (as in a browser): an uncaught exception in a
// timer callback, an abrupt job (a throwing queueMicrotask callback) and an
// unhandled rejection are reported on the error stream, and the exit status
// of RunMain becomes 1. A script that throws synchronously is reported and
// nothing else runs.
//
// Heap values the host keeps between tasks (timer callbacks and their
// arguments, realms, tracked promises) live in tables the environment
// traces as a heap::RootProvider; the loop's std::function tasks capture
// only the environment and plain ids.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/async/event_loop.h"
#include "runtime/async/module_loader.h"
#include "runtime/heap/heap.h"
#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/completion.h"
#include "runtime/interpreter/value.h"
#include "runtime/interpreter/vm/vm.h"

namespace async_runtime::host {

// Exit statuses of RunMain (and jsrt).
inline constexpr int kExitSuccess = 0;
inline constexpr int kExitScriptError = 1;

class HostEnvironment final : public heap::RootProvider {
 public:
  // `clock` nullptr: a SteadyClock owned by the environment. The agent, vm,
  // streams and clock must outlive the environment. Sets the agent's host
  // hooks (cleared again by the destructor).
  HostEnvironment(interpreter::Agent& agent, interpreter::vm::Vm& vm, std::ostream& out, std::ostream& err,
                  async::Clock* clock = nullptr);
  ~HostEnvironment() override;
  HostEnvironment(const HostEnvironment&) = delete;
  HostEnvironment& operator=(const HostEnvironment&) = delete;

  // Defines print, console, setTimeout, clearTimeout, setInterval,
  // clearInterval and queueMicrotask on the global object of vm.realm().
  interpreter::ThrowCompletionOr<void> InstallGlobals();

  // Compiles and runs `source` (reporting a syntax error or an uncaught
  // exception as jsrt does), then runs the event loop until nothing
  // remains. Returns kExitSuccess, or kExitScriptError when anything was
  // reported (see the header comment). Call InstallGlobals first.
  int RunMain(std::string_view source, const std::string& file);

  // Loads `path` as the entry module (its imports resolve against its directory, through the host's file
  // loader), links and evaluates it, then runs the event loop until nothing remains. A syntax error of any
  // module of the graph, a link error or an exception of the evaluation is reported as jsrt reports them.
  int RunMainModule(const std::string& path);

  // Writes "Uncaught <value>" and, when the VM knows where it was thrown,
  // "    at FILE:LINE:COLUMN" to the error stream; the exit status becomes 1.
  void ReportUncaughtException(interpreter::Value thrown);

  async::EventLoop& loop() { return loop_; }
  int exit_status() const { return exit_status_; }
  // Active timers (setTimeout not yet fired, setInterval not cleared).
  size_t active_timer_count() const { return timers_.size(); }
  // Rejected promises without a handler, not yet reported.
  size_t pending_rejection_count() const { return pending_rejections_.size(); }

  void VisitRoots(heap::Visitor& visitor) override;

 private:
  // An entry of HTML's "map of setTimeout and setInterval IDs".
  struct TimerRecord {
    interpreter::Value callback;
    std::vector<interpreter::Value> arguments;
    interpreter::Realm* realm;  // the realm whose setTimeout/setInterval created it
    async::TimerId loop_timer;
    bool repeat;
  };
  struct PendingRejection {
    interpreter::Object* promise;
    // Where the reason was thrown, looked up when the promise was rejected
    // (the VM only remembers the latest throw).
    std::optional<interpreter::vm::ThrowSite> site;
  };

  // The behaviours of the global functions.
  interpreter::ThrowCompletionOr<interpreter::Value> SetTimer(std::span<const interpreter::Value> arguments,
                                                              bool repeat);
  interpreter::ThrowCompletionOr<interpreter::Value> ClearTimer(std::span<const interpreter::Value> arguments);
  interpreter::ThrowCompletionOr<interpreter::Value> QueueMicrotask(std::span<const interpreter::Value> arguments);

  // The task of the timer `id`: calls its callback (with a report on throw),
  // and forgets a one-shot timer.
  void RunTimer(uint64_t id);
  // The microtask queued for each promise job.
  void RunOnePromiseJob();
  // The agent's promise_rejection_tracker hook.
  void TrackRejection(interpreter::Object* promise, interpreter::RejectionOperation operation);
  // The loop's after-checkpoint hook.
  void AfterMicrotaskCheckpoint();
  void ReportUnhandledRejection(const PendingRejection& rejection);

  interpreter::Agent& agent_;
  interpreter::vm::Vm& vm_;
  std::ostream& out_;
  std::ostream& err_;
  std::unique_ptr<async::SteadyClock> owned_clock_;
  async::EventLoop loop_;
  int exit_status_ = kExitSuccess;
  // HostLoadImportedModule: modules and import() load from files.
  async::FileModuleLoader module_loader_;

  uint64_t next_timer_id_ = 1;
  std::map<uint64_t, TimerRecord> timers_;
  std::vector<PendingRejection> pending_rejections_;
  // Promises reported as unhandled, with the text reported, so that a
  // handler added later can be pointed out. Kept alive on purpose: their
  // identity must not be reused by a new promise.
  std::map<interpreter::Object*, std::string> reported_rejections_;
};

}  // namespace async_runtime::host
