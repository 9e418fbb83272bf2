// Ordering rules of the event loop: FIFO within a source, priority across
// sources without starvation, a microtask checkpoint after every task, nested
// microtasks, timers by deadline then by insertion, intervals, pending
// operations completed from other threads, and sleeping rather than spinning.
#include "runtime/async/event_loop.h"

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

namespace async_runtime::async {
namespace {

using namespace std::chrono_literals;

// A clock whose sleeps advance virtual time at once, so timer tests are exact
// and instantaneous.
class ManualClock : public Clock {
 public:
  TimePoint now() const override { return now_; }
  void sleep_until(TimePoint deadline, WakeSignal& /*signal*/) override {
    ++sleeps;
    if (deadline > now_) now_ = deadline;
  }
  void advance(Duration d) { now_ += d; }
  int sleeps = 0;

 private:
  TimePoint now_{};
};

class EventLoopTest : public ::testing::Test {
 protected:
  ManualClock clock_;
  EventLoop loop_{clock_};
  std::vector<std::string> log_;

  Task Log(std::string entry) {
    return [this, entry] { log_.push_back(entry); };
  }
};

TEST_F(EventLoopTest, RunsTasksOfOneSourceInFifoOrder) {
  for (int i = 0; i < 5; ++i) loop_.enqueue_task(TaskSource::kNetworking, Log("t" + std::to_string(i)));
  loop_.run_until_complete();
  EXPECT_EQ(log_, (std::vector<std::string>{"t0", "t1", "t2", "t3", "t4"}));
}

TEST_F(EventLoopTest, PrefersHigherPrioritySources) {
  loop_.enqueue_task(TaskSource::kTimers, Log("timer"));
  loop_.enqueue_task(TaskSource::kNetworking, Log("network"));
  loop_.enqueue_task(TaskSource::kDomManipulation, Log("dom"));
  loop_.enqueue_task(TaskSource::kUserInteraction, Log("input"));
  loop_.run_until_complete();
  EXPECT_EQ(log_, (std::vector<std::string>{"input", "dom", "network", "timer"}));
}

TEST_F(EventLoopTest, LowPrioritySourceIsNotStarved) {
  // A high-priority source that keeps refilling itself would run forever
  // without the starvation limit.
  int input_runs = 0;
  std::function<void()> input = [&] {
    ++input_runs;
    log_.push_back("input");
    if (input_runs < 100) loop_.enqueue_task(TaskSource::kUserInteraction, input);
  };
  loop_.enqueue_task(TaskSource::kTimers, Log("timer"));
  loop_.enqueue_task(TaskSource::kUserInteraction, input);
  loop_.run_until_complete();
  auto timer_position = std::find(log_.begin(), log_.end(), "timer") - log_.begin();
  EXPECT_EQ(timer_position, EventLoop::kStarvationLimit);
  EXPECT_EQ(input_runs, 100);
}

TEST_F(EventLoopTest, CheckpointRunsAllMicrotasksAfterEachTask) {
  loop_.enqueue_task(TaskSource::kNetworking, [&] {
    log_.push_back("task1");
    loop_.enqueue_microtask(Log("micro1a"));
    loop_.enqueue_microtask(Log("micro1b"));
  });
  loop_.enqueue_task(TaskSource::kNetworking, [&] {
    log_.push_back("task2");
    loop_.enqueue_microtask(Log("micro2"));
  });
  loop_.run_until_complete();
  EXPECT_EQ(log_, (std::vector<std::string>{"task1", "micro1a", "micro1b", "task2", "micro2"}));
}

TEST_F(EventLoopTest, MicrotasksQueuedDuringCheckpointRunInSameCheckpoint) {
  loop_.enqueue_task(TaskSource::kNetworking, [&] {
    log_.push_back("task");
    loop_.enqueue_microtask([&] {
      log_.push_back("outer");
      loop_.enqueue_microtask([&] {
        log_.push_back("nested");
        loop_.enqueue_microtask(Log("nested2"));
      });
    });
    loop_.enqueue_microtask(Log("sibling"));
  });
  loop_.enqueue_task(TaskSource::kNetworking, Log("next task"));
  loop_.run_until_complete();
  EXPECT_EQ(log_, (std::vector<std::string>{"task", "outer", "sibling", "nested", "nested2", "next task"}));
}

TEST_F(EventLoopTest, MicrotasksQueuedBeforeRunAreDrainedFirst) {
  // Script evaluation queues jobs before the loop starts; they run before any task.
  loop_.enqueue_task(TaskSource::kUserInteraction, Log("task"));
  loop_.enqueue_microtask(Log("micro"));
  loop_.run_until_complete();
  EXPECT_EQ(log_, (std::vector<std::string>{"micro", "task"}));
}

TEST_F(EventLoopTest, CheckpointIsNotReentrant) {
  loop_.enqueue_microtask([&] {
    log_.push_back("a");
    loop_.enqueue_microtask(Log("b"));
    loop_.perform_microtask_checkpoint();  // ignored: a checkpoint is running
    log_.push_back("a-end");
  });
  loop_.run_until_complete();
  EXPECT_EQ(log_, (std::vector<std::string>{"a", "a-end", "b"}));
}

TEST_F(EventLoopTest, AfterCheckpointHookRunsOncePerCheckpoint) {
  int hooks = 0;
  loop_.set_after_checkpoint_hook([&] {
    ++hooks;
    log_.push_back("hook");
  });
  loop_.enqueue_task(TaskSource::kNetworking, [&] { loop_.enqueue_microtask(Log("m")); });
  loop_.run_until_complete();
  // One checkpoint before the first task (for the script's jobs) and one after it.
  EXPECT_EQ(hooks, 2);
  EXPECT_EQ(log_.back(), "hook");
  EXPECT_EQ(log_[log_.size() - 2], "m");
}

TEST_F(EventLoopTest, TimersFireByDeadlineThenInsertionOrder) {
  loop_.set_timer(30ms, Log("30ms"));
  loop_.set_timer(10ms, Log("10ms-a"));
  loop_.set_timer(20ms, Log("20ms"));
  loop_.set_timer(10ms, Log("10ms-b"));
  loop_.set_timer(0ms, Log("0ms"));
  loop_.run_until_complete();
  EXPECT_EQ(log_, (std::vector<std::string>{"0ms", "10ms-a", "10ms-b", "20ms", "30ms"}));
  EXPECT_EQ(clock_.now().time_since_epoch(), 30ms);
}

TEST_F(EventLoopTest, TimerTaskIsFollowedByCheckpoint) {
  loop_.set_timer(5ms, [&] {
    log_.push_back("timer1");
    loop_.enqueue_microtask(Log("micro"));
  });
  loop_.set_timer(5ms, Log("timer2"));
  loop_.run_until_complete();
  EXPECT_EQ(log_, (std::vector<std::string>{"timer1", "micro", "timer2"}));
}

TEST_F(EventLoopTest, ClearedTimerNeverFires) {
  TimerId keep = loop_.set_timer(10ms, Log("kept"));
  TimerId cancel = loop_.set_timer(5ms, Log("cancelled"));
  EXPECT_NE(keep, cancel);
  EXPECT_TRUE(loop_.clear_timer(cancel));
  EXPECT_FALSE(loop_.clear_timer(cancel));
  loop_.run_until_complete();
  EXPECT_EQ(log_, (std::vector<std::string>{"kept"}));
}

TEST_F(EventLoopTest, TimerClearedByEarlierTaskDoesNotFire) {
  TimerId later = 0;
  loop_.set_timer(1ms, [&] {
    log_.push_back("first");
    loop_.clear_timer(later);
  });
  later = loop_.set_timer(1ms, Log("second"));
  loop_.run_until_complete();
  EXPECT_EQ(log_, (std::vector<std::string>{"first"}));
}

TEST_F(EventLoopTest, IntervalRepeatsUntilCleared) {
  TimerId interval = 0;
  int runs = 0;
  interval = loop_.set_interval(10ms, [&] {
    ++runs;
    log_.push_back("tick@" + std::to_string(clock_.now().time_since_epoch() / 1ms));
    if (runs == 3) loop_.clear_timer(interval);
  });
  loop_.run_until_complete();
  EXPECT_EQ(log_, (std::vector<std::string>{"tick@10", "tick@20", "tick@30"}));
}

TEST_F(EventLoopTest, SleepsUntilNextDeadlineInsteadOfSpinning) {
  loop_.set_timer(1000ms, Log("late"));
  loop_.run_until_complete();
  EXPECT_EQ(clock_.sleeps, 1);
  EXPECT_EQ(log_, (std::vector<std::string>{"late"}));
}

TEST_F(EventLoopTest, ReturnsAtOnceWhenNothingIsPending) {
  loop_.run_until_complete();
  EXPECT_EQ(clock_.sleeps, 0);
  EXPECT_TRUE(log_.empty());
}

TEST_F(EventLoopTest, TasksCanScheduleTimersAndTasks) {
  loop_.enqueue_task(TaskSource::kNetworking, [&] {
    log_.push_back("task");
    loop_.set_timer(5ms, [&] {
      log_.push_back("timer");
      loop_.enqueue_task(TaskSource::kDomManipulation, Log("dom"));
    });
  });
  loop_.run_until_complete();
  EXPECT_EQ(log_, (std::vector<std::string>{"task", "timer", "dom"}));
}

// With the real clock: a pending operation completed from another thread keeps
// the loop alive, wakes it, and its completion runs on the loop's thread.
TEST(EventLoopRealClock, PendingOperationCompletedFromAnotherThread) {
  SteadyClock clock;
  EventLoop loop(clock);
  std::vector<std::string> log;
  PendingOperation operation = loop.begin_pending_operation();
  const auto loop_thread = std::this_thread::get_id();
  std::thread worker([&loop, operation, &log, loop_thread] {
    std::this_thread::sleep_for(20ms);
    loop.complete_pending_operation(operation, TaskSource::kNetworking, [&log, loop_thread] {
      log.push_back(std::this_thread::get_id() == loop_thread ? "on loop thread" : "elsewhere");
    });
  });
  auto start = std::chrono::steady_clock::now();
  loop.run_until_complete();
  auto elapsed = std::chrono::steady_clock::now() - start;
  worker.join();
  EXPECT_EQ(log, (std::vector<std::string>{"on loop thread"}));
  EXPECT_GE(elapsed, 15ms);
  EXPECT_EQ(loop.pending_operation_count(), 0u);
}

TEST(EventLoopRealClock, RealTimerWaitsApproximatelyItsDelay) {
  SteadyClock clock;
  EventLoop loop(clock);
  bool fired = false;
  auto start = std::chrono::steady_clock::now();
  loop.set_timer(30ms, [&] { fired = true; });
  loop.run_until_complete();
  auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_TRUE(fired);
  EXPECT_GE(elapsed, 30ms);
  EXPECT_LT(elapsed, 2000ms);
}

}  // namespace
}  // namespace async_runtime::async
