#include "harness/worker_pool.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <map>
#include <thread>

namespace async_runtime::harness {
namespace {

using std::chrono::milliseconds;

// Runs `job_count` jobs and returns the results keyed by job index.
std::map<size_t, JobResult> RunAll(size_t job_count,
                                   const JobExecutor& executor, int workers,
                                   milliseconds timeout) {
  std::map<size_t, JobResult> results;
  std::string error;
  const bool ok = RunJobsInWorkers(
      job_count, executor, WorkerPoolOptions{workers, timeout},
      [&](JobResult result) {
        EXPECT_EQ(results.count(result.job_index), 0u) << "reported twice";
        results[result.job_index] = std::move(result);
      },
      &error);
  EXPECT_TRUE(ok) << error;
  return results;
}

TEST(WorkerPoolTest, RunsEveryJobOnceInWorkerProcesses) {
  const pid_t parent = getpid();
  const auto results = RunAll(
      50,
      [parent](size_t job) {
        if (getpid() == parent)
          return ExecutionOutcome{TestStatus::kFailed, "ran in the parent"};
        return ExecutionOutcome{
            job % 2 == 0 ? TestStatus::kPassed : TestStatus::kFailed,
            "job " + std::to_string(job)};
      },
      3, milliseconds(5000));
  ASSERT_EQ(results.size(), 50u);
  for (const auto& [job, result] : results) {
    EXPECT_EQ(result.status,
              job % 2 == 0 ? TestStatus::kPassed : TestStatus::kFailed);
    EXPECT_EQ(result.message, "job " + std::to_string(job));
  }
}

TEST(WorkerPoolTest, WorkersAreLongLived) {
  // Each job reports its worker's pid: one worker takes all the jobs.
  const auto results = RunAll(
      20,
      [](size_t) {
        return ExecutionOutcome{TestStatus::kPassed, std::to_string(getpid())};
      },
      1, milliseconds(5000));
  ASSERT_EQ(results.size(), 20u);
  for (const auto& [job, result] : results) {
    EXPECT_EQ(result.message, results.at(0).message);
  }
}

TEST(WorkerPoolTest, AbortIsContainedAndTheRunContinues) {
  const auto results = RunAll(
      10,
      [](size_t job) {
        if (job == 3 || job == 4) std::abort();
        return ExecutionOutcome{TestStatus::kPassed, ""};
      },
      1, milliseconds(5000));
  ASSERT_EQ(results.size(), 10u);
  for (const auto& [job, result] : results) {
    if (job == 3 || job == 4) {
      EXPECT_EQ(result.status, TestStatus::kCrashed);
      EXPECT_NE(result.message.find("signal " + std::to_string(SIGABRT)),
                std::string::npos)
          << result.message;
    } else {
      EXPECT_EQ(result.status, TestStatus::kPassed) << "job " << job;
    }
  }
}

TEST(WorkerPoolTest, UnexpectedExitIsACrash) {
  const auto results = RunAll(
      3,
      [](size_t job) {
        if (job == 1) _exit(0);
        return ExecutionOutcome{TestStatus::kPassed, ""};
      },
      2, milliseconds(5000));
  EXPECT_EQ(results.at(0).status, TestStatus::kPassed);
  EXPECT_EQ(results.at(1).status, TestStatus::kCrashed);
  EXPECT_EQ(results.at(1).message, "worker exited with status 0");
  EXPECT_EQ(results.at(2).status, TestStatus::kPassed);
}

TEST(WorkerPoolTest, InfiniteLoopTimesOutAndTheWorkerIsReplaced) {
  const auto started = std::chrono::steady_clock::now();
  const auto results = RunAll(
      6,
      [](size_t job) {
        if (job == 1 || job == 2) {
          volatile bool forever = true;
          while (forever) {
          }
        }
        return ExecutionOutcome{TestStatus::kPassed, ""};
      },
      2, milliseconds(500));
  const auto elapsed = std::chrono::steady_clock::now() - started;
  ASSERT_EQ(results.size(), 6u);
  for (const auto& [job, result] : results) {
    if (job == 1 || job == 2) {
      EXPECT_EQ(result.status, TestStatus::kTimedOut);
      EXPECT_GE(result.duration_ms, 500);
      EXPECT_EQ(result.message, "timed out after 500 ms");
    } else {
      EXPECT_EQ(result.status, TestStatus::kPassed) << "job " << job;
    }
  }
  // The hung workers were killed rather than waited for.
  EXPECT_LT(elapsed, std::chrono::milliseconds(10'000));
}

TEST(WorkerPoolTest, LargeMessagesArriveWhole) {
  const auto results = RunAll(
      4,
      [](size_t job) {
        return ExecutionOutcome{TestStatus::kFailed,
                                std::string(300'000 + job, 'a' + job)};
      },
      2, milliseconds(5000));
  for (const auto& [job, result] : results) {
    EXPECT_EQ(result.message, std::string(300'000 + job, 'a' + job));
  }
}

TEST(WorkerPoolTest, ExecutorsCannotClaimCrashOrTimeout) {
  const auto results = RunAll(
      1,
      [](size_t) {
        return ExecutionOutcome{TestStatus::kCrashed, "x"};
      },
      1, milliseconds(5000));
  EXPECT_EQ(results.at(0).status, TestStatus::kFailed);
}

TEST(WorkerPoolTest, NoJobsIsFine) {
  EXPECT_TRUE(
      RunAll(
          0, [](size_t) { return ExecutionOutcome{}; }, 2, milliseconds(100))
          .empty());
}

TEST(DescribeWorkerDeathTest, SignalAndExit) {
  EXPECT_EQ(DescribeWorkerDeath(SIGSEGV),
            "worker killed by signal 11 (Segmentation fault)");
  EXPECT_EQ(DescribeWorkerDeath(3 << 8), "worker exited with status 3");
}

}  // namespace
}  // namespace async_runtime::harness
