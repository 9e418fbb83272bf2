#include "runtime/async/event_loop.h"

#include <algorithm>
#include <thread>

namespace async_runtime::async {

void WakeSignal::wait_until(std::unique_lock<std::mutex>& lock, std::chrono::steady_clock::time_point deadline) {
  if (deadline == std::chrono::steady_clock::time_point::max()) {
    condition_.wait(lock, [this] { return notified_; });
  } else {
    condition_.wait_until(lock, deadline, [this] { return notified_; });
  }
  notified_ = false;
}

void WakeSignal::notify() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    notified_ = true;
  }
  condition_.notify_one();
}

TimePoint SteadyClock::now() const {
  return std::chrono::time_point_cast<Duration>(std::chrono::steady_clock::now());
}

void SteadyClock::sleep_until(TimePoint deadline, WakeSignal& signal) {
  std::unique_lock<std::mutex> lock(signal.mutex());
  if (signal.notified()) {
    // A completion arrived after the loop last looked: do not sleep.
    signal.notified() = false;
    return;
  }
  auto steady_deadline = deadline == TimePoint::max()
                             ? std::chrono::steady_clock::time_point::max()
                             : std::chrono::time_point_cast<std::chrono::steady_clock::duration>(deadline);
  signal.wait_until(lock, steady_deadline);
}

EventLoop::EventLoop(Clock& clock) : clock_(clock) {}

void EventLoop::enqueue_task(TaskSource source, Task task) {
  task_queues_[static_cast<size_t>(source)].push_back(std::move(task));
}

void EventLoop::enqueue_microtask(Task task) { microtasks_.push_back(std::move(task)); }

TimerId EventLoop::set_timer(Duration delay, Task task) { return add_timer(delay, Duration::zero(), std::move(task)); }

TimerId EventLoop::set_interval(Duration interval, Task task) {
  // An interval of zero would re-arm into an endless stream of due tasks;
  // like HTML's timers, clamp to a minimum of one millisecond.
  interval = std::max<Duration>(interval, std::chrono::milliseconds(1));
  return add_timer(interval, interval, std::move(task));
}

TimerId EventLoop::add_timer(Duration delay, Duration interval, Task task) {
  delay = std::max(delay, Duration::zero());
  TimerId id = next_timer_sequence_++;
  Timer timer{clock_.now() + delay, id, interval, std::move(task)};
  timers_by_deadline_.insert({{timer.deadline, timer.sequence}, id});
  timers_by_id_.emplace(id, std::move(timer));
  return id;
}

bool EventLoop::clear_timer(TimerId id) {
  auto it = timers_by_id_.find(id);
  if (it == timers_by_id_.end()) return false;
  timers_by_deadline_.erase({{it->second.deadline, it->second.sequence}, id});
  timers_by_id_.erase(it);
  return true;
}

PendingOperation EventLoop::begin_pending_operation() {
  std::lock_guard<std::mutex> lock(wake_.mutex());
  PendingOperation operation = next_pending_operation_++;
  pending_operations_.insert(operation);
  return operation;
}

void EventLoop::complete_pending_operation(PendingOperation operation, TaskSource source, Task completion) {
  {
    std::lock_guard<std::mutex> lock(wake_.mutex());
    incoming_.push_back({operation, source, std::move(completion)});
  }
  wake_.notify();
}

size_t EventLoop::pending_operation_count() const {
  std::lock_guard<std::mutex> lock(wake_.mutex());
  return pending_operations_.size();
}

size_t EventLoop::queued_task_count() const {
  size_t count = 0;
  for (const auto& queue : task_queues_) count += queue.size();
  return count;
}

void EventLoop::perform_microtask_checkpoint() {
  if (checkpoint_running_) return;
  checkpoint_running_ = true;
  while (!microtasks_.empty()) {
    Task microtask = std::move(microtasks_.front());
    microtasks_.pop_front();
    microtask();
  }
  if (after_checkpoint_hook_) after_checkpoint_hook_();
  checkpoint_running_ = false;
}

void EventLoop::queue_due_timers() {
  TimePoint now = clock_.now();
  while (!timers_by_deadline_.empty()) {
    auto first = timers_by_deadline_.begin();
    if (first->first.first > now) break;
    TimerId id = first->second;
    timers_by_deadline_.erase(first);
    // The task checks that the timer is still active when it runs, so a
    // timer cleared after it was queued (e.g. by a task with the same
    // deadline) does not fire (HTML timer initialization steps).
    enqueue_task(TaskSource::kTimers, [this, id] {
      auto it = timers_by_id_.find(id);
      if (it == timers_by_id_.end()) return;
      if (it->second.interval == Duration::zero()) {
        // One-shot: spent as it runs.
        Task callback = std::move(it->second.task);
        timers_by_id_.erase(it);
        callback();
        return;
      }
      Task callback = it->second.task;  // copied: the callback may clear the timer
      callback();
      // Interval: re-arm from the moment the callback returned.
      it = timers_by_id_.find(id);
      if (it == timers_by_id_.end()) return;
      it->second.deadline = clock_.now() + it->second.interval;
      it->second.sequence = next_timer_sequence_++;
      timers_by_deadline_.insert({{it->second.deadline, it->second.sequence}, id});
    });
  }
}

void EventLoop::take_incoming_completions() {
  std::vector<Incoming> arrived;
  {
    std::lock_guard<std::mutex> lock(wake_.mutex());
    arrived.swap(incoming_);
    for (const auto& completion : arrived) pending_operations_.erase(completion.operation);
  }
  for (auto& completion : arrived) enqueue_task(completion.source, std::move(completion.task));
}

int EventLoop::select_source() {
  int chosen = -1;
  // A source passed over too often goes first; among several, the one
  // passed over longest (ties: higher priority).
  int most_passed_over = 0;
  for (size_t i = 0; i < kTaskSourceCount; ++i) {
    if (!task_queues_[i].empty() && passed_over_[i] >= kStarvationLimit && passed_over_[i] > most_passed_over) {
      chosen = static_cast<int>(i);
      most_passed_over = passed_over_[i];
    }
  }
  if (chosen < 0) {
    for (size_t i = 0; i < kTaskSourceCount; ++i) {
      if (!task_queues_[i].empty()) {
        chosen = static_cast<int>(i);
        break;
      }
    }
  }
  if (chosen < 0) return -1;
  for (size_t i = 0; i < kTaskSourceCount; ++i) {
    if (static_cast<int>(i) == chosen || task_queues_[i].empty()) {
      passed_over_[i] = 0;
    } else {
      ++passed_over_[i];
    }
  }
  return chosen;
}

bool EventLoop::run_one_task() {
  int source = select_source();
  if (source < 0) return false;
  Task task = std::move(task_queues_[source].front());
  task_queues_[source].pop_front();
  task();
  return true;
}

void EventLoop::run_until_complete() {
  // Jobs queued while the script was evaluated run before any task.
  perform_microtask_checkpoint();
  while (true) {
    take_incoming_completions();
    queue_due_timers();
    if (run_one_task()) {
      perform_microtask_checkpoint();
      continue;
    }
    if (!microtasks_.empty()) {
      perform_microtask_checkpoint();
      continue;
    }
    bool has_pending_operations;
    {
      std::lock_guard<std::mutex> lock(wake_.mutex());
      has_pending_operations = !pending_operations_.empty() || !incoming_.empty();
    }
    if (timers_by_deadline_.empty() && !has_pending_operations) return;
    TimePoint deadline = timers_by_deadline_.empty() ? TimePoint::max() : timers_by_deadline_.begin()->first.first;
    clock_.sleep_until(deadline, wake_);
  }
}

}  // namespace async_runtime::async
