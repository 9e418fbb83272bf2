#include "runtime/host/file_reader.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>


namespace async_runtime::host {
namespace {

// A small fixed pool: module graphs can ask for hundreds of files at once,
// and a thread per read would be wasteful. Started on first use, joined at
// process exit.
class ReaderPool {
 public:
  static ReaderPool& Get() {
    static ReaderPool pool;
    return pool;
  }

  void Submit(std::function<void()> work) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      queue_.push_back(std::move(work));
    }
    condition_.notify_one();
  }

  ~ReaderPool() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    condition_.notify_all();
    for (auto& thread : threads_) thread.join();
  }

 private:
  static constexpr int kThreads = 2;

  ReaderPool() {
    for (int i = 0; i < kThreads; ++i) threads_.emplace_back([this] { Work(); });
  }

  void Work() {
    while (true) {
      std::function<void()> work;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        condition_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;  // stopping, and nothing left to do
        work = std::move(queue_.front());
        queue_.pop_front();
      }
      work();
    }
  }

  std::mutex mutex_;
  std::condition_variable condition_;
  std::deque<std::function<void()>> queue_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace

void ReadFileAsync(async::EventLoop& loop, const std::string& path, std::function<void(FileReadResult)> on_done) {
  async::PendingOperation operation = loop.begin_pending_operation();
  ReaderPool::Get().Submit([&loop, operation, path, on_done = std::move(on_done)]() mutable {
    auto result = std::make_shared<FileReadResult>(ReadFileSync(path));
    loop.complete_pending_operation(operation, async::TaskSource::kNetworking,
                                    [on_done = std::move(on_done), result] { on_done(std::move(*result)); });
  });
}

}  // namespace async_runtime::host
