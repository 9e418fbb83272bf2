#include "runtime/host/file_reader.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "runtime/async/event_loop.h"

namespace async_runtime::host {
namespace {

namespace fs = std::filesystem;

fs::path WriteTempFile(const std::string& name, const std::string& contents) {
  fs::path path = fs::path(testing::TempDir()) / name;
  std::ofstream(path, std::ios::binary) << contents;
  return path;
}

TEST(ReadFileSync, ReadsBytesExactly) {
  std::string contents("line 1\r\nline 2\0binary\xff", 23);
  auto path = WriteTempFile("sync.js", contents);
  FileReadResult result = ReadFileSync(path.string());
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(result.contents, contents);
}

TEST(ReadFileSync, MissingFileIsAnErrorNamingThePath) {
  FileReadResult result = ReadFileSync("/nonexistent/dir/missing.js");
  EXPECT_FALSE(result.ok());
  EXPECT_NE(result.error.find("/nonexistent/dir/missing.js"), std::string::npos);
}

TEST(ReadFileSync, DirectoryIsAnError) {
  FileReadResult result = ReadFileSync(testing::TempDir());
  EXPECT_FALSE(result.ok());
}

TEST(ReadFileAsync, CompletesOnTheLoopAsANetworkingTask) {
  async::SteadyClock clock;
  async::EventLoop loop(clock);
  auto path = WriteTempFile("async.js", "export default 42;\n");
  std::vector<std::string> log;
  ReadFileAsync(loop, path.string(), [&](FileReadResult result) {
    log.push_back(result.ok() ? result.contents : "error: " + result.error);
  });
  // The read is pending: the loop must wait for it rather than return.
  EXPECT_EQ(loop.pending_operation_count(), 1u);
  loop.run_until_complete();
  EXPECT_EQ(log, (std::vector<std::string>{"export default 42;\n"}));
  EXPECT_EQ(loop.pending_operation_count(), 0u);
}

TEST(ReadFileAsync, ManyConcurrentReadsAllComplete) {
  async::SteadyClock clock;
  async::EventLoop loop(clock);
  std::vector<std::string> seen;
  for (int i = 0; i < 32; ++i) {
    auto path = WriteTempFile("many" + std::to_string(i) + ".js", std::to_string(i));
    ReadFileAsync(loop, path.string(), [&](FileReadResult result) { seen.push_back(result.contents); });
  }
  ReadFileAsync(loop, "/nonexistent/x.js", [&](FileReadResult result) { seen.push_back(result.ok() ? "?" : "missing"); });
  loop.run_until_complete();
  EXPECT_EQ(seen.size(), 33u);
  EXPECT_EQ(std::count(seen.begin(), seen.end(), "missing"), 1);
}

}  // namespace
}  // namespace async_runtime::host
