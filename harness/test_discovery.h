// Finds the test files named by PATH_OR_GLOB arguments, relative to the
// Test262 checkout: a file (`test/language/types/null/S8.2_A1_T1.js`), a
// directory (`test/language`, searched recursively) or a glob
// (`test/built-ins/Promise/**/*.js`, where `*` and `?` stay inside one path
// component and `**` spans any number of components).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace async_runtime::harness {

struct DiscoveryResult {
  // Paths relative to the Test262 directory with `/` separators, sorted
  // bytewise and without duplicates.
  std::vector<std::string> relative_paths;
  // One message per argument that named nothing (or was malformed).
  std::vector<std::string> errors;
};

// True for the files a runner must not run on their own: module fixtures
// (`*_FIXTURE.js`, INTERPRETING.md "Modules") and anything not ending `.js`.
bool IsRunnableTestFile(std::string_view relative_path);

// True when `pattern` contains glob metacharacters (`*`, `?`).
bool IsGlobPattern(std::string_view pattern);

// Translates a glob into an RE2 pattern matching whole relative paths.
std::string GlobToRegex(std::string_view glob);

DiscoveryResult DiscoverTests(const std::filesystem::path& test262_dir,
                              const std::vector<std::string>& paths_or_globs);

}  // namespace async_runtime::harness
