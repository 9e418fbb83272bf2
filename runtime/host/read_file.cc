#include "runtime/host/read_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <sys/stat.h>

namespace async_runtime::host {

FileReadResult ReadFileSync(const std::string& path) {
  FileReadResult result;
  struct stat info {};
  if (stat(path.c_str(), &info) != 0) {
    result.error = "cannot open " + path + ": " + std::strerror(errno);
    return result;
  }
  if (S_ISDIR(info.st_mode)) {
    result.error = "cannot read " + path + ": it is a directory";
    return result;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    result.error = "cannot open " + path + ": " + std::strerror(errno);
    return result;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    result.error = "error reading " + path;
    return result;
  }
  result.contents = std::move(buffer).str();
  return result;
}

}  // namespace async_runtime::host
