// test262: runs Test262 against async_runtime. See `test262 --help` and
// harness/README.md.
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "harness/parse_only_executor.h"
#include "harness/runner.h"

int main(int argc, char** argv) {
  namespace harness = async_runtime::harness;
  const std::vector<std::string> arguments(argv + 1, argv + argc);
  harness::CommandLineResult command_line =
      harness::ParseCommandLine(arguments);
  if (command_line.help) {
    std::cout << harness::UsageText();
    return harness::kExitRunCompleted;
  }
  if (!command_line.error.empty()) {
    std::cerr << "test262: " << command_line.error << "\n\n"
              << harness::UsageText();
    return harness::kExitUsageError;
  }
  if (!command_line.options.parse_only) {
    // Running tests needs the interpreter and the host ($262, print,
    // harness includes), which do not exist yet.
    std::cerr << "test262: only --parse-only runs are available so far\n";
    return harness::kExitUsageError;
  }
  if (std::string error = harness::ApplyBazelSharding(&command_line.options);
      !error.empty()) {
    std::cerr << "test262: " << error << "\n";
    return harness::kExitUsageError;
  }
  if (const char* workspace = std::getenv("BUILD_WORKSPACE_DIRECTORY")) {
    harness::ResolveRelativePaths(workspace, &command_line.options);
  }
  return harness::RunTest262(command_line.options, harness::ExecuteParseOnly,
                             std::cout, std::cerr);
}
