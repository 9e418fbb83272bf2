// Scripts run through the HostEnvironment on a manual clock: timer order,
// intervals, microtask order against promise jobs, checkpoints between
// tasks, and the reports of uncaught exceptions and unhandled rejections.
// Run once with --test_env=ASYNC_RUNTIME_GC_STRESS=1 (the agent reads it).
#include "runtime/host/host_environment.h"

#include <gtest/gtest.h>

#include <chrono>
#include <sstream>
#include <string>

#include "runtime/builtins/realm_setup.h"
#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/vm/vm.h"

namespace async_runtime::host {
namespace {

using std::chrono::milliseconds;

// Virtual time: sleeping jumps to the deadline.
class ManualClock : public async::Clock {
 public:
  async::TimePoint now() const override { return now_; }
  void sleep_until(async::TimePoint deadline, async::WakeSignal&) override {
    if (deadline != async::TimePoint::max() && deadline > now_) now_ = deadline;
  }
  async::Duration elapsed() const { return now_ - async::TimePoint{}; }

 private:
  async::TimePoint now_{};
};

class HostEnvironmentTest : public ::testing::Test {
 protected:
  HostEnvironmentTest() {
    auto installed = host_.InstallGlobals();
    EXPECT_TRUE(installed.is_normal_completion());
  }

  int Run(const std::string& source) { return host_.RunMain(source, "test.js"); }

  interpreter::Agent agent_;
  interpreter::vm::Vm vm_{agent_, builtins::MakeVmOptions()};
  std::ostringstream out_;
  std::ostringstream err_;
  ManualClock clock_;
  HostEnvironment host_{agent_, vm_, out_, err_, &clock_};
};

TEST_F(HostEnvironmentTest, SynchronousScriptKeepsItsExitStatus) {
  EXPECT_EQ(Run("print('hello');"), kExitSuccess);
  EXPECT_EQ(out_.str(), "hello\n");
  EXPECT_EQ(err_.str(), "");
}

TEST_F(HostEnvironmentTest, ScriptThrowEndsTheRunBeforeTimers) {
  EXPECT_EQ(Run("setTimeout(() => print('never'), 0);\nthrow new TypeError('sync');"), kExitScriptError);
  EXPECT_EQ(out_.str(), "");
  EXPECT_EQ(err_.str(), "Uncaught TypeError: sync\n    at test.js:2:1\n");
}

TEST_F(HostEnvironmentTest, SyntaxErrorIsReported) {
  EXPECT_EQ(Run("let = ;"), kExitScriptError);
  EXPECT_NE(err_.str().find("SyntaxError: test.js:1:"), std::string::npos) << err_.str();
}

TEST_F(HostEnvironmentTest, TimersFireByDeadlineThenInsertion) {
  EXPECT_EQ(Run("setTimeout(() => print('c'), 20);\n"
                "setTimeout(() => print('a1'), 10);\n"
                "setTimeout(() => print('a2'), 10);\n"
                "setTimeout(() => print('zero'));\n"
                "print('sync');"),
            kExitSuccess);
  EXPECT_EQ(out_.str(), "sync\nzero\na1\na2\nc\n");
  EXPECT_EQ(clock_.elapsed(), milliseconds(20));
  EXPECT_EQ(host_.active_timer_count(), 0u);
}

TEST_F(HostEnvironmentTest, DelaysAreConvertedAndClamped) {
  EXPECT_EQ(Run("setTimeout(() => print('string 10'), '10');\n"
                "setTimeout(() => print('object 5'), { valueOf() { return 5; } });\n"
                "setTimeout(() => print('NaN'), NaN);\n"
                "setTimeout(() => print('negative'), -100);\n"),
            kExitSuccess);
  EXPECT_EQ(out_.str(), "NaN\nnegative\nobject 5\nstring 10\n");
}

TEST_F(HostEnvironmentTest, TimerIdsArePositiveIntegersAndArgumentsArePassed) {
  EXPECT_EQ(Run("const a = setTimeout((x, y) => print(x + y), 1, 'left-', 'right');\n"
                "const b = setInterval(() => {}, 1); clearInterval(b);\n"
                "print(a > 0, a === Math.floor(a), b > a);"),
            kExitSuccess);
  EXPECT_EQ(out_.str(), "true true true\nleft-right\n");
}

TEST_F(HostEnvironmentTest, NonCallableHandlersThrowTypeError) {
  EXPECT_EQ(Run("for (const f of [setTimeout, setInterval, queueMicrotask]) {\n"
                "  try { f('print(1)'); print('no error'); } catch (e) { print(e instanceof TypeError); }\n"
                "}"),
            kExitSuccess);
  EXPECT_EQ(out_.str(), "true\ntrue\ntrue\n");
}

TEST_F(HostEnvironmentTest, ClearTimeoutCancelsAndIgnoresUnknownIds) {
  EXPECT_EQ(Run("const id = setTimeout(() => print('cancelled'), 5);\n"
                "setTimeout(() => print('kept'), 10);\n"
                "clearTimeout(id); clearTimeout(); clearTimeout(12345); clearTimeout('x'); clearTimeout(1.5);"),
            kExitSuccess);
  EXPECT_EQ(out_.str(), "kept\n");
}

TEST_F(HostEnvironmentTest, TimerClearedByAnEarlierTaskWithTheSameDeadlineDoesNotRun) {
  EXPECT_EQ(Run("let second;\n"
                "setTimeout(() => { print('first'); clearTimeout(second); }, 5);\n"
                "second = setTimeout(() => print('second'), 5);"),
            kExitSuccess);
  EXPECT_EQ(out_.str(), "first\n");
}

TEST_F(HostEnvironmentTest, SetIntervalRepeatsUntilCleared) {
  EXPECT_EQ(Run("let n = 0;\n"
                "const id = setInterval((label) => {\n"
                "  n++; print(label + n);\n"
                "  if (n === 3) clearInterval(id);\n"
                "}, 5, 'tick ');\n"
                "setTimeout(() => print('at 7'), 7);"),
            kExitSuccess);
  EXPECT_EQ(out_.str(), "tick 1\nat 7\ntick 2\ntick 3\n");
  EXPECT_EQ(clock_.elapsed(), milliseconds(15));
  EXPECT_EQ(host_.active_timer_count(), 0u);
  EXPECT_EQ(host_.loop().timer_count(), 0u);
}

TEST_F(HostEnvironmentTest, ClearTimeoutClearsAnInterval) {
  EXPECT_EQ(Run("let n = 0; const id = setInterval(() => { if (++n === 2) clearTimeout(id); }, 1);\n"
                "setTimeout(() => print(n), 10);"),
            kExitSuccess);
  EXPECT_EQ(out_.str(), "2\n");
}

TEST_F(HostEnvironmentTest, PromiseJobsAndQueueMicrotaskShareOneFifoQueue) {
  EXPECT_EQ(Run("Promise.resolve().then(() => print('A'));\n"
                "queueMicrotask(() => print('B'));\n"
                "print('sync');"),
            kExitSuccess);
  EXPECT_EQ(out_.str(), "sync\nA\nB\n");
}

TEST_F(HostEnvironmentTest, MicrotasksQueuedByMicrotasksRunInTheSameCheckpoint) {
  EXPECT_EQ(Run("setTimeout(() => print('timer'), 0);\n"
                "Promise.resolve().then(() => print(1)).then(() => print(3)).then(() => print(5));\n"
                "queueMicrotask(() => { print(2); queueMicrotask(() => print(4)); });"),
            kExitSuccess);
  EXPECT_EQ(out_.str(), "1\n2\n3\n4\n5\ntimer\n");
}

TEST_F(HostEnvironmentTest, MicrotasksRunBetweenTwoTimerTasks) {
  EXPECT_EQ(Run("setTimeout(() => {\n"
                "  print('t1');\n"
                "  Promise.resolve().then(() => print('t1 job'));\n"
                "  queueMicrotask(() => print('t1 microtask'));\n"
                "}, 0);\n"
                "setTimeout(() => print('t2'), 0);"),
            kExitSuccess);
  EXPECT_EQ(out_.str(), "t1\nt1 job\nt1 microtask\nt2\n");
}

TEST_F(HostEnvironmentTest, PromiseResolvedByATimerSettlesItsReactions) {
  EXPECT_EQ(Run("new Promise((resolve) => setTimeout(resolve, 5, 'late value'))\n"
                "  .then((v) => print(v));"),
            kExitSuccess);
  EXPECT_EQ(out_.str(), "late value\n");
  EXPECT_EQ(clock_.elapsed(), milliseconds(5));
}

TEST_F(HostEnvironmentTest, UnhandledRejectionIsReportedWithExitStatusOne) {
  EXPECT_EQ(Run("Promise.reject(new TypeError('boom'));\nprint('sync');"), kExitScriptError);
  EXPECT_EQ(out_.str(), "sync\n");
  EXPECT_EQ(err_.str(), "Uncaught (in promise) TypeError: boom\n");
}

TEST_F(HostEnvironmentTest, UnhandledRejectionFromAThrowingHandlerHasItsLocation) {
  EXPECT_EQ(Run("Promise.resolve().then(() => {\n"
                "  throw new Error('from handler');\n"
                "});"),
            kExitScriptError);
  EXPECT_EQ(err_.str(), "Uncaught (in promise) Error: from handler\n    at test.js:2:3\n");
}

TEST_F(HostEnvironmentTest, RejectionOfAPrimitiveIsReported) {
  EXPECT_EQ(Run("new Promise((_, reject) => reject(42));"), kExitScriptError);
  EXPECT_EQ(err_.str(), "Uncaught (in promise) 42\n");
}

TEST_F(HostEnvironmentTest, RejectionHandledLaterInTheSameCheckpointIsNotReported) {
  EXPECT_EQ(Run("const p = Promise.reject(new Error('handled'));\n"
                "Promise.resolve().then(() => { p.catch((e) => print('caught ' + e.message)); });"),
            kExitSuccess);
  EXPECT_EQ(out_.str(), "caught handled\n");
  EXPECT_EQ(err_.str(), "");
  EXPECT_EQ(host_.pending_rejection_count(), 0u);
}

TEST_F(HostEnvironmentTest, RejectionHandledAfterItsReportPrintsAWarning) {
  EXPECT_EQ(Run("const p = Promise.reject(new Error('late'));\n"
                "setTimeout(() => p.catch(() => print('caught')), 0);"),
            kExitScriptError);
  EXPECT_EQ(out_.str(), "caught\n");
  EXPECT_EQ(err_.str(),
            "Uncaught (in promise) Error: late\n"
            "PromiseRejectionHandledWarning: Promise rejection was handled asynchronously: Error: late\n");
}

TEST_F(HostEnvironmentTest, RejectionInATimerIsReportedAfterThatTasksCheckpoint) {
  EXPECT_EQ(Run("setTimeout(() => { Promise.reject('in timer'); }, 1);\n"
                "setTimeout(() => print('next timer'), 2);"),
            kExitScriptError);
  EXPECT_EQ(out_.str(), "next timer\n");
  EXPECT_EQ(err_.str(), "Uncaught (in promise) in timer\n");
}

TEST_F(HostEnvironmentTest, ThrowingTimerCallbackIsReportedAndTheLoopGoesOn) {
  EXPECT_EQ(Run("setTimeout(() => {\n"
                "  throw new RangeError('in timer');\n"
                "}, 1);\n"
                "setTimeout(() => print('after'), 2);"),
            kExitScriptError);
  EXPECT_EQ(out_.str(), "after\n");
  EXPECT_EQ(err_.str(), "Uncaught RangeError: in timer\n    at test.js:2:3\n");
}

TEST_F(HostEnvironmentTest, ThrowingIntervalKeepsRepeating) {
  EXPECT_EQ(Run("let n = 0;\n"
                "const id = setInterval(() => { if (++n === 2) clearInterval(id); throw n; }, 1);"),
            kExitScriptError);
  EXPECT_EQ(err_.str(), "Uncaught 1\n    at test.js:2:66\nUncaught 2\n    at test.js:2:66\n");
}

TEST_F(HostEnvironmentTest, ThrowingMicrotaskIsReportedAndLaterMicrotasksRun) {
  EXPECT_EQ(Run("queueMicrotask(() => { throw new Error('in microtask'); });\n"
                "queueMicrotask(() => print('still running'));"),
            kExitScriptError);
  EXPECT_EQ(out_.str(), "still running\n");
  EXPECT_EQ(err_.str(), "Uncaught Error: in microtask\n    at test.js:1:24\n");
}

// The callback and arguments of a pending timer are reachable only through
// the host's table: they must survive a collection between script and loop.
TEST_F(HostEnvironmentTest, TimerCallbacksAndArgumentsSurviveCollection) {
  auto result = vm_.EvaluateScript(
      "setTimeout((o, s) => print(o.text + s), 5, { text: 'kept' }, '!');\n"
      "queueMicrotask(((captured) => () => print(captured.join(',')))(['a', 'b']));",
      "test.js");
  ASSERT_TRUE(result.is_normal_completion());
  agent_.heap().Collect();
  agent_.heap().Collect();
  host_.loop().run_until_complete();
  EXPECT_EQ(out_.str(), "a,b\nkept!\n");
  EXPECT_EQ(host_.exit_status(), kExitSuccess);
}

}  // namespace
}  // namespace async_runtime::host
