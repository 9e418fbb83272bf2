// The host's event loop: task queues per task source, the microtask queue
// that ECMAScript jobs go to (HostEnqueuePromiseJob and friends), timers and
// pending I/O.
//
// ECMA-262 leaves the scheduling of jobs to the host (9.5 Jobs and Host
// Operations to Enqueue Jobs, https://tc39.es/ecma262/#sec-jobs): it requires
// only that a job runs when no execution context is running and that promise
// jobs run in the order they were enqueued. This loop follows the HTML model
// hosts use: run one task, then a microtask checkpoint that drains every
// microtask, including those queued meanwhile.
//
// Scheduling rules (docs/architecture.md has the full account):
//   * Each TaskSource is a FIFO queue.
//   * Sources are served by priority: user interaction, DOM manipulation,
//     networking, timers. A non-empty source passed over kStarvationLimit
//     times in a row is served next regardless of priority, so a busy
//     high-priority source cannot starve a low-priority one.
//   * After every task (and once before the first, for jobs queued by script
//     evaluation) a microtask checkpoint runs. Checkpoints do not nest.
//   * A timer, when due, queues its callback as a task on the timers source.
//     Timers with the same deadline fire in the order they were set.
//   * run_until_complete returns when no task, microtask, timer or pending
//     operation remains. With nothing runnable it sleeps until the next timer
//     deadline or until another thread completes a pending operation: it never
//     busy-waits.
//
// All methods but complete_pending_operation must be called on the loop's
// thread.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <utility>
#include <vector>

namespace async_runtime::async {

using Duration = std::chrono::nanoseconds;
using TimePoint = std::chrono::time_point<std::chrono::steady_clock, Duration>;

// A unit of work on the loop's thread. Tasks capture what they need (the VM,
// the job record); a JavaScript exception inside a job is a completion value
// handled by the job itself (reported through the host), never a C++ exception.
using Task = std::function<void()>;

// Task sources, in priority order (highest first).
enum class TaskSource : uint8_t {
  kUserInteraction,
  kDomManipulation,
  kNetworking,
  kTimers,
};
inline constexpr size_t kTaskSourceCount = 4;

using TimerId = uint64_t;
using PendingOperation = uint64_t;

// Woken by another thread when it completes a pending operation.
class WakeSignal {
 public:
  // Blocks until notified or `deadline` (TimePoint::max() for no deadline).
  void wait_until(std::unique_lock<std::mutex>& lock, std::chrono::steady_clock::time_point deadline);
  void notify();
  std::mutex& mutex() { return mutex_; }
  bool& notified() { return notified_; }

 private:
  std::mutex mutex_;
  std::condition_variable condition_;
  bool notified_ = false;
};

// Time source of the loop; tests substitute a manual clock.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimePoint now() const = 0;
  // Sleeps until `deadline` or until `signal` is notified, whichever is first.
  // TimePoint::max() means no deadline.
  virtual void sleep_until(TimePoint deadline, WakeSignal& signal) = 0;
};

class SteadyClock : public Clock {
 public:
  TimePoint now() const override;
  void sleep_until(TimePoint deadline, WakeSignal& signal) override;
};

class EventLoop {
 public:
  // Consecutive selections a non-empty source may be passed over.
  static constexpr int kStarvationLimit = 8;

  explicit EventLoop(Clock& clock);
  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;

  void enqueue_task(TaskSource source, Task task);
  void enqueue_microtask(Task task);

  // setTimeout/setInterval semantics: the callback is queued on the timers
  // source once `delay` has elapsed (negative delays count as zero). An
  // interval re-arms itself each time its task runs.
  TimerId set_timer(Duration delay, Task task);
  TimerId set_interval(Duration interval, Task task);
  // Returns false when the timer already fired (one-shot) or was cleared.
  bool clear_timer(TimerId id);

  // Keeps the loop alive until completed. complete_pending_operation may be
  // called from any thread: it queues `completion` on `source` and wakes the
  // loop.
  PendingOperation begin_pending_operation();
  void complete_pending_operation(PendingOperation operation, TaskSource source, Task completion);
  size_t pending_operation_count() const;

  // Runs every microtask, including those queued meanwhile, then the
  // after-checkpoint hook. A call made while a checkpoint runs does nothing.
  void perform_microtask_checkpoint();

  // Called at the end of every checkpoint: where unhandled promise
  // rejections that survived the checkpoint are reported.
  void set_after_checkpoint_hook(std::function<void()> hook) { after_checkpoint_hook_ = std::move(hook); }

  // Runs tasks and checkpoints until nothing remains (see the header comment).
  void run_until_complete();

  // Queue sizes, for tests and diagnostics.
  size_t queued_task_count() const;
  size_t microtask_count() const { return microtasks_.size(); }
  size_t timer_count() const { return timers_by_id_.size(); }

 private:
  struct Timer {
    TimePoint deadline;
    uint64_t sequence;  // insertion order among equal deadlines
    Duration interval;  // zero for one-shot timers
    Task task;
  };
  struct Incoming {
    PendingOperation operation;
    TaskSource source;
    Task task;
  };

  TimerId add_timer(Duration delay, Duration interval, Task task);
  void queue_due_timers();
  void take_incoming_completions();
  bool run_one_task();
  int select_source();

  Clock& clock_;
  std::deque<Task> task_queues_[kTaskSourceCount];
  int passed_over_[kTaskSourceCount] = {};
  std::deque<Task> microtasks_;
  bool checkpoint_running_ = false;
  std::function<void()> after_checkpoint_hook_;

  uint64_t next_timer_sequence_ = 1;
  std::map<TimerId, Timer> timers_by_id_;
  std::set<std::pair<std::pair<TimePoint, uint64_t>, TimerId>> timers_by_deadline_;

  // Shared with other threads, guarded by wake_.mutex().
  mutable WakeSignal wake_;  // mutable: const queries lock its mutex
  std::vector<Incoming> incoming_;
  std::set<PendingOperation> pending_operations_;
  uint64_t next_pending_operation_ = 1;
};

}  // namespace async_runtime::async
