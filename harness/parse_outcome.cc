#include "harness/parse_outcome.h"

namespace async_runtime::harness {

ExecutionOutcome JudgeParseOutcome(
    const std::optional<NegativeExpectation>& negative,
    const std::optional<std::string>& syntax_error) {
  const bool expects_parse_error =
      negative.has_value() && negative->phase == NegativePhase::kParse;
  if (!expects_parse_error) {
    if (!syntax_error) return {TestStatus::kPassed, ""};
    return {TestStatus::kFailed, *syntax_error};
  }
  if (!syntax_error) {
    return {TestStatus::kFailed, "expected a parse-phase " + negative->type +
                                     ", but the source parsed"};
  }
  if (negative->type != "SyntaxError") {
    return {TestStatus::kFailed, "expected a parse-phase " + negative->type +
                                     ", got " + *syntax_error};
  }
  return {TestStatus::kPassed, *syntax_error};
}

}  // namespace async_runtime::harness
