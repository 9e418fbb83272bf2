#include "harness/worker_pool.h"

#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>
#include <vector>

namespace async_runtime::harness {
namespace {

using Clock = std::chrono::steady_clock;

// A worker's reply: u32 job index, u8 status, u32 message size, message.
constexpr size_t kFrameHeaderSize = 4 + 1 + 4;

struct Worker {
  pid_t pid = -1;
  int socket = -1;  // the parent's end of the socket pair
  std::optional<size_t> job;
  Clock::time_point started;
  std::string received;
};

bool WriteAll(int fd, const char* data, size_t size) {
  while (size > 0) {
    const ssize_t written = send(fd, data, size, MSG_NOSIGNAL);
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += written;
    size -= static_cast<size_t>(written);
  }
  return true;
}

// False on end of file or error.
bool ReadAll(int fd, char* data, size_t size) {
  while (size > 0) {
    const ssize_t got = recv(fd, data, size, 0);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return false;
    data += got;
    size -= static_cast<size_t>(got);
  }
  return true;
}

void AppendU32(std::string* out, uint32_t value) {
  char bytes[4];
  std::memcpy(bytes, &value, 4);
  out->append(bytes, 4);
}

uint32_t ReadU32(const char* data) {
  uint32_t value;
  std::memcpy(&value, data, 4);
  return value;
}

std::string EncodeFrame(uint32_t job_index, const ExecutionOutcome& outcome) {
  std::string frame;
  AppendU32(&frame, job_index);
  frame.push_back(static_cast<char>(outcome.status));
  AppendU32(&frame, static_cast<uint32_t>(outcome.message.size()));
  frame.append(outcome.message);
  return frame;
}

// Takes one complete frame off the front of `buffer`, if there is one.
std::optional<std::pair<uint32_t, ExecutionOutcome>> TakeFrame(
    std::string* buffer) {
  if (buffer->size() < kFrameHeaderSize) return std::nullopt;
  const uint32_t message_size = ReadU32(buffer->data() + 5);
  if (buffer->size() < kFrameHeaderSize + message_size) return std::nullopt;
  ExecutionOutcome outcome;
  outcome.status = static_cast<TestStatus>((*buffer)[4]);
  outcome.message = buffer->substr(kFrameHeaderSize, message_size);
  const uint32_t job_index = ReadU32(buffer->data());
  buffer->erase(0, kFrameHeaderSize + message_size);
  return std::make_pair(job_index, std::move(outcome));
}

[[noreturn]] void WorkerMain(int socket, const JobExecutor& executor) {
  while (true) {
    char index_bytes[4];
    // The parent closes its end when there is no more work.
    if (!ReadAll(socket, index_bytes, 4)) _exit(0);
    const uint32_t job_index = ReadU32(index_bytes);
    ExecutionOutcome outcome;
    try {
      outcome = executor(job_index);
    } catch (...) {
      outcome = {TestStatus::kFailed, "executor threw a C++ exception"};
    }
    if (outcome.status == TestStatus::kCrashed ||
        outcome.status == TestStatus::kTimedOut) {
      // Only the parent decides those.
      outcome.status = TestStatus::kFailed;
    }
    const std::string frame = EncodeFrame(job_index, outcome);
    if (!WriteAll(socket, frame.data(), frame.size())) _exit(0);
  }
}

class WorkerPool {
 public:
  WorkerPool(const JobExecutor& executor, const WorkerPoolOptions& options,
             const JobResultHandler& on_result)
      : executor_(executor), options_(options), on_result_(on_result) {}

  ~WorkerPool() { Shutdown(); }

  bool Run(size_t job_count, std::string* error) {
    job_count_ = job_count;
    if (job_count == 0) return true;
    const size_t worker_count = std::clamp<size_t>(
        static_cast<size_t>(std::max(options_.worker_count, 1)), 1, job_count);
    workers_.resize(worker_count);
    for (size_t slot = 0; slot < worker_count; ++slot) {
      if (!Spawn(slot, error)) return false;
    }
    while (completed_ < job_count_) {
      if (!Dispatch(error)) return false;
      if (!WaitForResults(error)) return false;
    }
    return true;
  }

 private:
  bool Spawn(size_t slot, std::string* error) {
    int fds[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
      *error = std::string("socketpair: ") + std::strerror(errno);
      return false;
    }
    std::fflush(nullptr);  // or buffered output would be written twice
    const pid_t pid = fork();
    if (pid < 0) {
      *error = std::string("fork: ") + std::strerror(errno);
      close(fds[0]);
      close(fds[1]);
      return false;
    }
    if (pid == 0) {
      close(fds[0]);
      for (const Worker& other : workers_) {
        if (other.socket >= 0) close(other.socket);
      }
      WorkerMain(fds[1], executor_);
    }
    close(fds[1]);
    workers_[slot] = Worker{};
    workers_[slot].pid = pid;
    workers_[slot].socket = fds[0];
    return true;
  }

  // Ends a worker that has died, stopped talking or overrun its time, and
  // returns its wait status.
  int Reap(Worker& worker) {
    // A worker whose socket closed is normally dead already; SIGKILL covers
    // one that closed it and lives on, so waitpid cannot hang.
    kill(worker.pid, SIGKILL);
    int status = 0;
    while (waitpid(worker.pid, &status, 0) < 0 && errno == EINTR) {
    }
    close(worker.socket);
    worker.socket = -1;
    worker.pid = -1;
    return status;
  }

  void Report(Worker& worker, TestStatus status, std::string message) {
    JobResult result;
    result.job_index = *worker.job;
    result.status = status;
    result.message = std::move(message);
    result.duration_ms =
        std::chrono::duration<double, std::milli>(Clock::now() - worker.started)
            .count();
    worker.job.reset();
    ++completed_;
    on_result_(std::move(result));
  }

  bool Dispatch(std::string* error) {
    for (size_t slot = 0; slot < workers_.size(); ++slot) {
      Worker& worker = workers_[slot];
      if (worker.job || next_job_ >= job_count_) continue;
      const uint32_t index = static_cast<uint32_t>(next_job_);
      char bytes[4];
      std::memcpy(bytes, &index, 4);
      if (!WriteAll(worker.socket, bytes, 4)) {
        // The worker died between jobs; the job has not started, so it
        // goes to the replacement.
        Reap(worker);
        if (!Spawn(slot, error)) return false;
        --slot;
        continue;
      }
      worker.job = next_job_++;
      worker.started = Clock::now();
      worker.received.clear();
    }
    return true;
  }

  bool WaitForResults(std::string* error) {
    std::vector<pollfd> poll_fds;
    std::vector<size_t> slots;
    Clock::time_point earliest_deadline = Clock::time_point::max();
    for (size_t slot = 0; slot < workers_.size(); ++slot) {
      const Worker& worker = workers_[slot];
      if (!worker.job) continue;
      poll_fds.push_back({worker.socket, POLLIN, 0});
      slots.push_back(slot);
      earliest_deadline =
          std::min(earliest_deadline, worker.started + options_.timeout);
    }
    if (poll_fds.empty()) return true;
    const auto wait = std::chrono::ceil<std::chrono::milliseconds>(
        earliest_deadline - Clock::now());
    const int timeout_ms =
        static_cast<int>(std::clamp<int64_t>(wait.count(), 0, 60'000));
    if (poll(poll_fds.data(), poll_fds.size(), timeout_ms) < 0 &&
        errno != EINTR) {
      *error = std::string("poll: ") + std::strerror(errno);
      return false;
    }
    for (size_t i = 0; i < poll_fds.size(); ++i) {
      const size_t slot = slots[i];
      Worker& worker = workers_[slot];
      if (poll_fds[i].revents != 0) {
        if (!ReceiveFrom(slot, error)) return false;
      } else if (Clock::now() >= worker.started + options_.timeout) {
        Reap(worker);
        Report(worker, TestStatus::kTimedOut,
               "timed out after " + std::to_string(options_.timeout.count()) +
                   " ms");
        if (!Spawn(slot, error)) return false;
      }
    }
    return true;
  }

  bool ReceiveFrom(size_t slot, std::string* error) {
    Worker& worker = workers_[slot];
    char buffer[65536];
    const ssize_t got = recv(worker.socket, buffer, sizeof buffer, 0);
    if (got < 0 && errno == EINTR) return true;
    if (got > 0) {
      worker.received.append(buffer, static_cast<size_t>(got));
      auto frame = TakeFrame(&worker.received);
      if (!frame) return true;
      auto& [job_index, outcome] = *frame;
      if (job_index == *worker.job && worker.received.empty()) {
        Report(worker, outcome.status, std::move(outcome.message));
        return true;
      }
      Reap(worker);
      Report(worker, TestStatus::kCrashed, "worker protocol error");
      return Spawn(slot, error);
    }
    // End of file (or a reset): the worker died during the job.
    const int status = Reap(worker);
    Report(worker, TestStatus::kCrashed, DescribeWorkerDeath(status));
    return Spawn(slot, error);
  }

  void Shutdown() {
    for (Worker& worker : workers_) {
      if (worker.socket >= 0) {
        close(worker.socket);  // the worker reads end of file and exits
        worker.socket = -1;
      }
    }
    for (Worker& worker : workers_) {
      if (worker.pid <= 0) continue;
      if (worker.job) kill(worker.pid, SIGKILL);
      while (waitpid(worker.pid, nullptr, 0) < 0 && errno == EINTR) {
      }
      worker.pid = -1;
    }
  }

  const JobExecutor& executor_;
  const WorkerPoolOptions& options_;
  const JobResultHandler& on_result_;
  std::vector<Worker> workers_;
  size_t job_count_ = 0;
  size_t next_job_ = 0;
  size_t completed_ = 0;
};

}  // namespace

std::string DescribeWorkerDeath(int wait_status) {
  if (WIFSIGNALED(wait_status)) {
    const int signal_number = WTERMSIG(wait_status);
    const char* name = strsignal(signal_number);
    return "worker killed by signal " + std::to_string(signal_number) + " (" +
           (name != nullptr ? name : "unknown") + ")";
  }
  if (WIFEXITED(wait_status)) {
    return "worker exited with status " +
           std::to_string(WEXITSTATUS(wait_status));
  }
  return "worker ended (wait status " + std::to_string(wait_status) + ")";
}

bool RunJobsInWorkers(size_t job_count, const JobExecutor& executor,
                      const WorkerPoolOptions& options,
                      const JobResultHandler& on_result, std::string* error) {
  WorkerPool pool(executor, options, on_result);
  return pool.Run(job_count, error);
}

}  // namespace async_runtime::harness
