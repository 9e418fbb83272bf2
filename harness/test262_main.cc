// test262: runs Test262 against async_runtime. See `test262 --help` and
// harness/README.md.
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "harness/engine_executor.h"
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
  if (std::string error = harness::ApplyBazelSharding(&command_line.options);
      !error.empty()) {
    std::cerr << "test262: " << error << "\n";
    return harness::kExitUsageError;
  }
  if (const char* workspace = std::getenv("BUILD_WORKSPACE_DIRECTORY")) {
    harness::ResolveRelativePaths(workspace, &command_line.options);
  }
  if (command_line.options.parse_only) {
    return harness::RunTest262(command_line.options, harness::ExecuteParseOnly,
                               std::cout, std::cerr);
  }
  harness::EngineExecutorOptions engine_options;
  engine_options.test262_dir = command_line.options.test262_dir;
  const char* test_hooks = std::getenv(harness::kTestHooksEnvironmentVariable);
  engine_options.enable_test_hooks =
      test_hooks != nullptr && std::string(test_hooks) == "1";
  return harness::RunTest262(command_line.options,
                             harness::MakeEngineExecutor(engine_options),
                             std::cout, std::cerr);
}
