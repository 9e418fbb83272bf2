// The executor of `test262 --parse-only`: parses each test with
// async_runtime::syntax::ParseProgram and compares the outcome with the
// test's expectation. Nothing is evaluated.
#pragma once

#include "harness/runner.h"
#include "harness/scenario.h"
#include "harness/test_status.h"

namespace async_runtime::harness {

// Parses the test as a Module (`module` scenario) or a Script, strict from
// the first token in the `strict` scenario (ParseOptions::force_strict, so
// no directive is prepended and line numbers are those of the file), and
// judges the result with JudgeParseOutcome (parse_outcome.h).
ExecutionOutcome ExecuteParseOnly(const TestCase& test, Scenario scenario);

}  // namespace async_runtime::harness
