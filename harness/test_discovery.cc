#include "harness/test_discovery.h"

#include <re2/re2.h>

#include <algorithm>
#include <system_error>

namespace async_runtime::harness {
namespace fs = std::filesystem;
namespace {

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() &&
         text.substr(text.size() - suffix.size()) == suffix;
}

// "./test//language/" -> "test/language": the form used for matching.
std::string NormalizeArgument(std::string_view argument) {
  std::string normalized =
      fs::path(argument).lexically_normal().generic_string();
  while (normalized.size() > 1 && normalized.back() == '/') {
    normalized.pop_back();
  }
  if (normalized == ".") normalized.clear();
  return normalized;
}

// The leading components of a glob that contain no metacharacters: the
// directory the search can start from.
std::string LiteralDirectoryPrefix(std::string_view glob) {
  const size_t first_meta = glob.find_first_of("*?");
  const size_t slash = glob.rfind('/', first_meta);
  if (slash == std::string_view::npos) return "";
  return std::string(glob.substr(0, slash));
}

std::string RelativeTo(const fs::path& file, const fs::path& root) {
  return file.lexically_relative(root).generic_string();
}

// Appends every runnable file under `directory` whose relative path
// satisfies `accept`.
template <typename Accept>
void CollectFiles(const fs::path& test262_dir, const fs::path& directory,
                  const Accept& accept, std::vector<std::string>* out) {
  std::error_code error;
  fs::recursive_directory_iterator it(
      directory, fs::directory_options::skip_permission_denied, error);
  for (; !error && it != fs::recursive_directory_iterator();
       it.increment(error)) {
    if (!it->is_regular_file(error)) continue;
    std::string relative = RelativeTo(it->path(), test262_dir);
    if (IsRunnableTestFile(relative) && accept(relative)) {
      out->push_back(std::move(relative));
    }
  }
}

}  // namespace

bool IsRunnableTestFile(std::string_view relative_path) {
  if (!EndsWith(relative_path, ".js")) return false;
  const size_t slash = relative_path.rfind('/');
  const std::string_view name = slash == std::string_view::npos
                                    ? relative_path
                                    : relative_path.substr(slash + 1);
  return name.find("_FIXTURE") == std::string_view::npos;
}

bool IsGlobPattern(std::string_view pattern) {
  return pattern.find_first_of("*?") != std::string_view::npos;
}

std::string GlobToRegex(std::string_view glob) {
  std::string regex;
  for (size_t i = 0; i < glob.size(); ++i) {
    const char c = glob[i];
    if (c == '*' && i + 1 < glob.size() && glob[i + 1] == '*') {
      const bool whole_component = (i == 0 || glob[i - 1] == '/') &&
                                   (i + 2 == glob.size() || glob[i + 2] == '/');
      if (whole_component && i + 2 < glob.size()) {
        regex += "(?:[^/]+/)*";  // `**/`: zero or more directories
        i += 2;
      } else {
        regex += ".*";
        i += 1;
      }
    } else if (c == '*') {
      regex += "[^/]*";
    } else if (c == '?') {
      regex += "[^/]";
    } else {
      regex += RE2::QuoteMeta(std::string(1, c));
    }
  }
  return regex;
}

DiscoveryResult DiscoverTests(const fs::path& test262_dir,
                              const std::vector<std::string>& paths_or_globs) {
  DiscoveryResult result;
  for (const std::string& argument : paths_or_globs) {
    std::string pattern = NormalizeArgument(argument);
    if (fs::path(pattern).is_absolute()) {
      pattern = NormalizeArgument(RelativeTo(pattern, test262_dir));
    }
    const size_t found_before = result.relative_paths.size();
    if (pattern.rfind("..", 0) == 0) {
      result.errors.push_back("'" + argument +
                              "' is outside the Test262 directory");
      continue;
    }
    if (IsGlobPattern(pattern)) {
      const RE2 regex(GlobToRegex(pattern));
      if (!regex.ok()) {
        result.errors.push_back("bad glob '" + argument +
                                "': " + regex.error());
        continue;
      }
      const fs::path start = test262_dir / LiteralDirectoryPrefix(pattern);
      CollectFiles(
          test262_dir, start,
          [&](const std::string& relative) {
            return RE2::FullMatch(relative, regex);
          },
          &result.relative_paths);
    } else {
      const fs::path target = test262_dir / pattern;
      std::error_code error;
      if (fs::is_directory(target, error)) {
        CollectFiles(
            test262_dir, target, [](const std::string&) { return true; },
            &result.relative_paths);
      } else if (fs::is_regular_file(target, error) &&
                 IsRunnableTestFile(pattern)) {
        result.relative_paths.push_back(pattern);
      }
    }
    if (result.relative_paths.size() == found_before) {
      result.errors.push_back("no test files match '" + argument + "'");
    }
  }
  std::sort(result.relative_paths.begin(), result.relative_paths.end());
  result.relative_paths.erase(
      std::unique(result.relative_paths.begin(), result.relative_paths.end()),
      result.relative_paths.end());
  return result;
}

}  // namespace async_runtime::harness
