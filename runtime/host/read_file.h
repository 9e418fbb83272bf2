// Reading a whole file synchronously: the one implementation the engine's
// command lines, the harness, the spec tools and the benchmarks share.
#pragma once

#include <string>

namespace async_runtime::host {

struct FileReadResult {
  std::string contents;  // the file's bytes, unchanged
  std::string error;     // empty on success; otherwise says what failed and names the path
  bool ok() const { return error.empty(); }
};

FileReadResult ReadFileSync(const std::string& path);

}  // namespace async_runtime::host
