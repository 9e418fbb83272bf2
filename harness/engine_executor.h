// The executor of a full `test262` run: each test runs in a fresh Agent and
// Vm (so a fresh realm), inside the runner's worker processes, as Test262's
// INTERPRETING.md describes. See harness/README.md ("How a test is executed").
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "harness/runner.h"
#include "harness/scenario.h"
#include "harness/test_status.h"
#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/vm/vm.h"

namespace async_runtime::harness {

struct EngineExecutorOptions {
  // Includes are read from test262_dir/harness/.
  std::filesystem::path test262_dir = "third_party/test262";
  // Defines $262.crashForTesting / $262.hangForTesting (test262_host.h).
  bool enable_test_hooks = false;
};

// The environment variable that turns enable_test_hooks on in the test262
// binary: "1" enables.
inline constexpr const char* kTestHooksEnvironmentVariable = "ASYNC_RUNTIME_TEST262_TEST_HOOKS";

// The engine one test runs in. Members are destroyed in reverse order, so
// the Vm (which refers to the Agent) goes first.
struct TestEngine {
  std::unique_ptr<interpreter::Agent> agent;
  std::unique_ptr<interpreter::vm::Vm> vm;
};

// The one place that creates a test's Agent and Vm (and so its realm): when
// the realm gains its built-ins through a VmOptions hook, pass it here.
TestEngine NewTestEngine();

// Where pending jobs (promise reactions) and the event loop will be run to
// completion after an async test's script. Nothing to run yet: there are no
// Promises or job queues in the VM.
void RunPendingJobsAndEventLoop(TestEngine& engine);

// Runs one test in one scenario and judges it (see the README).
ExecutionOutcome ExecuteInEngine(const EngineExecutorOptions& options, const TestCase& test, Scenario scenario);

// ExecuteInEngine bound to `options`, for RunTest262.
ScenarioExecutor MakeEngineExecutor(EngineExecutorOptions options);

// The verdict of an async test from what it printed: passes iff a line is
// exactly `Test262:AsyncTestComplete`; a line starting
// `Test262:AsyncTestFailure:` fails with the rest of that line (the first
// such line wins over a later completion); neither fails with
// "async test did not complete".
ExecutionOutcome JudgeAsyncOutput(std::string_view printed);

// `message` on one line (line breaks become spaces) and at most
// kMaxOutcomeMessageLength bytes (cut at a UTF-8 boundary, ending "...").
inline constexpr size_t kMaxOutcomeMessageLength = 299;
std::string OneLineMessage(std::string_view message);

}  // namespace async_runtime::harness
