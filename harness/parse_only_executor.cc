#include "harness/parse_only_executor.h"

#include <fstream>
#include <sstream>
#include <string>

#include "harness/parse_outcome.h"
#include "runtime/syntax/parser.h"
#include "runtime/syntax/source_text.h"

namespace async_runtime::harness {

ExecutionOutcome ExecuteParseOnly(const TestCase& test, Scenario scenario) {
  std::ifstream in(test.absolute_path, std::ios::binary);
  if (!in) return {TestStatus::kFailed, "cannot read the test file"};
  std::ostringstream buffer;
  buffer << in.rdbuf();

  const syntax::SourceText source =
      syntax::SourceText::FromUtf8(test.relative_path, buffer.str());
  syntax::ParseOptions options;
  options.goal = scenario == Scenario::kModule ? syntax::Goal::kModule
                                               : syntax::Goal::kScript;
  options.force_strict = scenario == Scenario::kStrict;
  const syntax::ParseResult parsed = syntax::ParseProgram(source, options);

  std::optional<std::string> syntax_error;
  if (!parsed.ok()) syntax_error = parsed.error->ToString();
  return JudgeParseOutcome(test.metadata.negative, syntax_error);
}

}  // namespace async_runtime::harness
