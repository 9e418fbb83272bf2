#include "harness/engine_executor.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "harness/report/results.h"
#include "harness/test_metadata.h"

namespace async_runtime::harness {
namespace {

namespace fs = std::filesystem;

// A miniature Test262 directory whose harness files use only what the VM
// runs today (the real assert.js needs built-ins that do not exist yet).
class EngineExecutorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* tmp = std::getenv("TEST_TMPDIR");
    root_ = fs::path(tmp != nullptr ? tmp : "/tmp") / "engine_executor_test";
    fs::remove_all(root_);
    Write("harness/assert.js",
          "function assertTrue(condition, message) {\n"
          "  if (!condition) throw new Test262Error(message);\n"
          "}\n");
    Write("harness/sta.js",
          "function Test262Error(message) { this.message = message; }\n"
          "function $DONOTEVALUATE() { throw 'Test262: This statement should not be evaluated.'; }\n");
    Write("harness/doneprintHandle.js",
          "function $DONE(error) {\n"
          "  if (error) { print('Test262:AsyncTestFailure:Test262Error: ' + error); }\n"
          "  else { print('Test262:AsyncTestComplete'); }\n"
          "}\n");
    Write("harness/extra.js", "var extraLoaded = true;\n");
    Write("harness/throws.js", "\nthrow 'include went wrong';\n");
    Write("harness/early.js", "let twice; let twice;\n");
    options_.test262_dir = root_;
  }

  void Write(const std::string& relative, const std::string& text) {
    fs::create_directories((root_ / relative).parent_path());
    std::ofstream(root_ / relative) << text;
  }

  // Writes test/<name> with `frontmatter` (YAML lines) and `body`, and runs
  // it in `scenario`.
  ExecutionOutcome Run(const std::string& name, const std::string& frontmatter, const std::string& body,
                       Scenario scenario = Scenario::kDefault) {
    const std::string text = "// Copyright\n/*---\n" + frontmatter + "---*/\n" + body;
    Write("test/" + name, text);
    FrontmatterResult parsed = ParseFrontmatter(text);
    EXPECT_TRUE(parsed.ok()) << parsed.error;
    TestCase test;
    test.relative_path = "test/" + name;
    test.absolute_path = root_ / "test" / name;
    test.metadata = parsed.metadata.value_or(TestMetadata{});
    return ExecuteInEngine(options_, test, scenario);
  }

  fs::path root_;
  EngineExecutorOptions options_;
};

std::string Describe(const ExecutionOutcome& outcome) {
  return std::string(TestStatusName(outcome.status)) + ": " + outcome.message;
}

// Line 1 is the copyright, then the frontmatter: with N lines of YAML the
// test's body starts at line N + 4.
TEST_F(EngineExecutorTest, RawTestRunsWithoutIncludes) {
  EXPECT_EQ(Describe(Run("raw.js", "flags: [raw]\n", "var x = 1;\n")), "passed: ");
  const ExecutionOutcome outcome = Run("raw-assert.js", "flags: [raw]\n", "assertTrue(true);\n");
  EXPECT_EQ(outcome.status, TestStatus::kFailed);
  EXPECT_NE(outcome.message.find("ReferenceError"), std::string::npos) << outcome.message;
}

TEST_F(EngineExecutorTest, AssertAndStaAreIncludedInBothScenarios) {
  const std::string body = "assertTrue(typeof Test262Error === 'function', 'sta.js');\n";
  EXPECT_EQ(Describe(Run("includes.js", "", body, Scenario::kDefault)), "passed: ");
  EXPECT_EQ(Describe(Run("includes.js", "", body, Scenario::kStrict)), "passed: ");
}

TEST_F(EngineExecutorTest, StrictScenarioIsStrictAndKeepsLineNumbers) {
  const std::string body =
      "var strict = (function() { return this; })() === undefined;\n"
      "\n"
      "throw strict ? 'strict' : 'sloppy';\n";
  EXPECT_EQ(Describe(Run("mode.js", "", body, Scenario::kStrict)), "failed: Uncaught strict at test/mode.js:6:1");
  EXPECT_EQ(Describe(Run("mode.js", "", body, Scenario::kDefault)), "failed: Uncaught sloppy at test/mode.js:6:1");
}

TEST_F(EngineExecutorTest, UncaughtTest262ErrorFailsWithItsMessage) {
  const ExecutionOutcome outcome = Run("fails.js", "", "assertTrue(1 === 2, 'one is not two');\n");
  EXPECT_EQ(outcome.status, TestStatus::kFailed);
  EXPECT_NE(outcome.message.find("Uncaught"), std::string::npos) << outcome.message;
  // The site is where the throw started: inside assert.js.
  EXPECT_NE(outcome.message.find(" at harness/assert.js:2:"), std::string::npos) << outcome.message;
}

TEST_F(EngineExecutorTest, FrontmatterIncludesRunAfterTheDefaultOnes) {
  EXPECT_EQ(Describe(Run("extra.js", "includes: [extra.js]\n", "assertTrue(extraLoaded === true);\n")),
            "passed: ");
}

TEST_F(EngineExecutorTest, AFailingIncludeIsAFailureNamingIt) {
  EXPECT_EQ(Describe(Run("a.js", "includes: [throws.js]\n", "")),
            "failed: harness include throws.js threw: Uncaught include went wrong at harness/throws.js:2:1");
  const ExecutionOutcome early = Run("b.js", "includes: [early.js]\n", "");
  EXPECT_EQ(early.message.rfind("harness include early.js does not compile: SyntaxError: harness/early.js:1:", 0),
            0u)
      << early.message;
  const ExecutionOutcome missing = Run("c.js", "includes: [missing.js]\n", "");
  EXPECT_EQ(missing.status, TestStatus::kFailed);
  EXPECT_EQ(missing.message.rfind("harness include missing.js: ", 0), 0u) << missing.message;
}

TEST_F(EngineExecutorTest, NegativeParseTestsOnlyCompile) {
  const std::string negative = "negative:\n  phase: parse\n  type: SyntaxError\n";
  // Includes do not matter (throws.js would fail the test if it ran).
  const ExecutionOutcome early = Run("early.js", negative + "includes: [throws.js]\n",
                                     "$DONOTEVALUATE();\nlet a; let a;\n");
  EXPECT_EQ(early.status, TestStatus::kPassed) << early.message;
  EXPECT_EQ(early.message.rfind("SyntaxError: test/early.js:9:12:", 0), 0u) << early.message;
  EXPECT_EQ(Describe(Run("fine.js", negative, "var fine;\n")),
            "failed: expected a parse-phase SyntaxError, but the test compiled");
}

TEST_F(EngineExecutorTest, NegativeRuntimeTestsMatchTheConstructorName) {
  const std::string negative = "negative:\n  phase: runtime\n  type: Test262Error\n";
  EXPECT_EQ(Describe(Run("throws.js", negative, "throw new Test262Error('x');\n")), "passed: ");
  const ExecutionOutcome wrong = Run("wrong.js", negative, "throw 'a string';\n");
  EXPECT_EQ(wrong.status, TestStatus::kFailed);
  EXPECT_EQ(wrong.message, "expected a runtime Test262Error, got Uncaught a string at test/wrong.js:7:1 "
                           "(no constructor.name)");
  EXPECT_EQ(Describe(Run("normal.js", negative, "var x;\n")),
            "failed: expected a runtime Test262Error, but the test completed normally");
  // A constructor getter that throws is read safely.
  const ExecutionOutcome getter =
      Run("getter.js", negative, "throw { get constructor() { throw 'no'; } };\n");
  EXPECT_EQ(getter.status, TestStatus::kFailed);
}

TEST_F(EngineExecutorTest, AsyncTestsAreJudgedByWhatTheyPrint) {
  EXPECT_EQ(Describe(Run("done.js", "flags: [async]\n", "$DONE();\n")), "passed: ");
  EXPECT_EQ(Describe(Run("fail.js", "flags: [async]\n", "$DONE('bad');\n")), "failed: Test262Error: bad");
  EXPECT_EQ(Describe(Run("silent.js", "flags: [async]\n", "var nothing;\n")),
            "failed: async test did not complete");
  EXPECT_EQ(Describe(Run("print.js", "flags: [async]\n", "print('Test262:AsyncTestComplete');\n")), "passed: ");
}

TEST_F(EngineExecutorTest, PrintIsCapturedNotWrittenToStdout) {
  testing::internal::CaptureStdout();
  EXPECT_EQ(Describe(Run("print.js", "", "print('to the executor');\n")), "passed: ");
  EXPECT_EQ(testing::internal::GetCapturedStdout(), "");
}

TEST_F(EngineExecutorTest, ModuleTestsLoadTheirFixturesAndAreJudgedByPhase) {
  Write("test/dep_FIXTURE.js", "export const value = 7;\n");
  EXPECT_EQ(Describe(Run("module.js", "flags: [module]\n",
                         "import { value } from './dep_FIXTURE.js';\nassertTrue(value === 7);\n", Scenario::kModule)),
            "passed: ");
  EXPECT_EQ(Describe(Run("missing.js", "flags: [module]\nnegative:\n  phase: resolution\n  type: SyntaxError\n",
                         "$DONOTEVALUATE();\nimport { nope } from './dep_FIXTURE.js';\n", Scenario::kModule)),
            "passed: ");
  EXPECT_EQ(Describe(Run("early.js", "flags: [module]\nnegative:\n  phase: parse\n  type: SyntaxError\n",
                         "$DONOTEVALUATE();\nexport { undeclared };\n", Scenario::kModule)),
            "passed: ");
  EXPECT_EQ(Describe(Run("tla.js", "flags: [module, async]\n", "await 0;\n$DONE();\n", Scenario::kModule)),
            "passed: ");
  EXPECT_EQ(Describe(Run("dynamic.js", "flags: [async]\n",
                         "import('./dep_FIXTURE.js').then(ns => assertTrue(ns.value === 7)).then($DONE, $DONE);\n")),
            "passed: ");
}

TEST_F(EngineExecutorTest, CanBlockIsTrueIsSkipped) {
  EXPECT_EQ(Run("block.js", "flags: [CanBlockIsTrue]\n", "").status, TestStatus::kSkipped);
  EXPECT_EQ(Describe(Run("noblock.js", "flags: [CanBlockIsFalse]\n", "")), "passed: ");
}

TEST_F(EngineExecutorTest, EachTestHasAFreshRealm) {
  EXPECT_EQ(Describe(Run("first.js", "", "var leaked = 1; globalThis.alsoLeaked = 2;\n")), "passed: ");
  EXPECT_EQ(Describe(Run("second.js", "",
                         "assertTrue(typeof leaked === 'undefined' && typeof alsoLeaked === 'undefined');\n")),
            "passed: ");
}

TEST_F(EngineExecutorTest, TestHooksOnlyWhenEnabled) {
  EXPECT_EQ(Describe(Run("hooks.js", "", "assertTrue(typeof $262.crashForTesting === 'undefined');\n")),
            "passed: ");
  options_.enable_test_hooks = true;
  EXPECT_EQ(Describe(Run("hooks.js", "", "assertTrue(typeof $262.crashForTesting === 'function');\n")),
            "passed: ");
}

TEST(JudgeAsyncOutputTest, Lines) {
  EXPECT_EQ(JudgeAsyncOutput("Test262:AsyncTestComplete\n").status, TestStatus::kPassed);
  EXPECT_EQ(JudgeAsyncOutput("log\nTest262:AsyncTestComplete").status, TestStatus::kPassed);
  EXPECT_EQ(JudgeAsyncOutput("Test262:AsyncTestComplete extra\n").status, TestStatus::kFailed);
  const ExecutionOutcome failure = JudgeAsyncOutput("Test262:AsyncTestFailure:TypeError: x\nTest262:AsyncTestComplete\n");
  EXPECT_EQ(failure.status, TestStatus::kFailed);
  EXPECT_EQ(failure.message, "TypeError: x");
  EXPECT_EQ(JudgeAsyncOutput("").message, "async test did not complete");
}

TEST(OneLineMessageTest, JoinsLinesAndCuts) {
  EXPECT_EQ(OneLineMessage("a\nb\r\nc"), "a b  c");
  const std::string cut = OneLineMessage(std::string(1000, 'x'));
  EXPECT_EQ(cut.size(), kMaxOutcomeMessageLength);
  EXPECT_EQ(cut.substr(cut.size() - 3), "...");
  // Never cuts inside a UTF-8 sequence.
  std::string accents;
  for (int i = 0; i < 400; ++i) accents += "\xC3\xA9";
  const std::string cut_accents = OneLineMessage(accents);
  EXPECT_LE(cut_accents.size(), kMaxOutcomeMessageLength);
  EXPECT_EQ((cut_accents.size() - 3) % 2, 0u);
}

// The real runner with the real executor: a crash and a hang inside a test
// are contained by the worker processes and the run goes on.
TEST_F(EngineExecutorTest, RunnerContainsCrashesAndTimeoutsOfTheEngine) {
  Write("features.txt", "## Proposed language features\n#\ndecorators\n\n## Standard language features\n#\nclass\n");
  Write("filters/features-unsupported.txt", "");
  Write("filters/skip-paths.txt", "");
  Write("filters/expectations.txt", "");
  Write("test/a-crash.js", "/*---\nflags: [raw]\n---*/\n$262.crashForTesting();\n");
  Write("test/b-hang.js", "/*---\nflags: [raw]\n---*/\n$262.hangForTesting();\n");
  Write("test/c-pass.js", "/*---\n---*/\nassertTrue(true);\n");
  RunnerOptions options;
  options.test262_dir = root_;
  options.filters_dir = root_ / "filters";
  options.json_path = root_ / "out/results.json";
  options.paths_or_globs = {"test/a-crash.js", "test/b-hang.js", "test/c-pass.js"};
  options.jobs = 1;  // one worker: the passing test runs after it was replaced twice
  options.timeout_seconds = 1;
  options_.enable_test_hooks = true;
  std::ostringstream out, err;
  ASSERT_EQ(RunTest262(options, MakeEngineExecutor(options_), out, err), kExitRunCompleted) << err.str();
  EXPECT_EQ(out.str(), "test262: 2 passed, 0 failed, 0 skipped, 1 crashed, 1 timed_out\n") << err.str();
  report::LoadedResults loaded = report::LoadResults(options.json_path);
  ASSERT_TRUE(loaded.ok()) << loaded.error;
  auto status_of = [&](const std::string& path, const std::string& scenario) {
    for (const report::TestRecord& record : loaded.file.results) {
      if (record.path == path && record.scenario == scenario) return record.status;
    }
    ADD_FAILURE() << "no result for " << path << " " << scenario;
    return report::Status::kFailed;
  };
  EXPECT_EQ(status_of("test/a-crash.js", "default"), report::Status::kCrashed);
  EXPECT_EQ(status_of("test/b-hang.js", "default"), report::Status::kTimedOut);
  EXPECT_EQ(status_of("test/c-pass.js", "default"), report::Status::kPassed);
  EXPECT_EQ(status_of("test/c-pass.js", "strict"), report::Status::kPassed);
}

}  // namespace
}  // namespace async_runtime::harness
