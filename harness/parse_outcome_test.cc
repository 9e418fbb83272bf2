#include "harness/parse_outcome.h"

#include <gtest/gtest.h>

namespace async_runtime::harness {
namespace {

constexpr char kError[] = "SyntaxError: t.js:2:5: Unexpected token ';'";

NegativeExpectation Negative(NegativePhase phase, std::string type) {
  return NegativeExpectation{phase, std::move(type)};
}

TEST(JudgeParseOutcomeTest, PositiveTestMustParse) {
  const ExecutionOutcome parsed = JudgeParseOutcome(std::nullopt, std::nullopt);
  EXPECT_EQ(parsed.status, TestStatus::kPassed);
  EXPECT_EQ(parsed.message, "");
  const ExecutionOutcome rejected = JudgeParseOutcome(std::nullopt, kError);
  EXPECT_EQ(rejected.status, TestStatus::kFailed);
  EXPECT_EQ(rejected.message, kError);
}

TEST(JudgeParseOutcomeTest, ParseNegativeMustBeRejected) {
  const auto negative = Negative(NegativePhase::kParse, "SyntaxError");
  const ExecutionOutcome rejected = JudgeParseOutcome(negative, kError);
  EXPECT_EQ(rejected.status, TestStatus::kPassed);
  EXPECT_EQ(rejected.message, kError);
  const ExecutionOutcome parsed = JudgeParseOutcome(negative, std::nullopt);
  EXPECT_EQ(parsed.status, TestStatus::kFailed);
  EXPECT_EQ(parsed.message,
            "expected a parse-phase SyntaxError, but the source parsed");
}

TEST(JudgeParseOutcomeTest, LaterPhasesMustParse) {
  for (NegativePhase phase :
       {NegativePhase::kResolution, NegativePhase::kRuntime}) {
    const auto negative = Negative(phase, "ReferenceError");
    EXPECT_EQ(JudgeParseOutcome(negative, std::nullopt).status,
              TestStatus::kPassed);
    EXPECT_EQ(JudgeParseOutcome(negative, kError).status, TestStatus::kFailed);
  }
}

TEST(JudgeParseOutcomeTest, ParsePhaseOfAnotherTypeIsNotASyntaxError) {
  const ExecutionOutcome outcome = JudgeParseOutcome(
      Negative(NegativePhase::kParse, "ReferenceError"), kError);
  EXPECT_EQ(outcome.status, TestStatus::kFailed);
  EXPECT_EQ(
      outcome.message,
      std::string("expected a parse-phase ReferenceError, got ") + kError);
}

}  // namespace
}  // namespace async_runtime::harness
