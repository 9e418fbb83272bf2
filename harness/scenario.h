// The ways one Test262 file is run (INTERPRETING.md, "Strict Mode" and the
// `onlyStrict`, `noStrict`, `raw` and `module` flags).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "harness/test_metadata.h"

namespace async_runtime::harness {

enum class Scenario {
  kDefault,  // non-strict global code (also `raw` and `noStrict` tests)
  kStrict,   // global code behind a "use strict" directive
  kModule,   // module code (`module` flag), strict by definition
};

// "default", "strict" or "module": the names used in results and filters.
std::string_view ScenarioName(Scenario scenario);
std::optional<Scenario> ScenarioFromName(std::string_view name);

// The scenarios a test must run in, in reporting order:
// module -> {module}; raw or noStrict -> {default}; onlyStrict -> {strict};
// otherwise {default, strict}.
std::vector<Scenario> ScenariosFor(const TestMetadata& metadata);

// The directive the strict scenario puts before the test's text, which moves
// every line of the test down by kStrictPrologueLines.
inline constexpr std::string_view kStrictPrologue = "\"use strict\";\n";
inline constexpr int kStrictPrologueLines = 1;

// The source text as the scenario runs it: the strict scenario prepends
// kStrictPrologue; the others leave the text untouched.
std::string SourceForScenario(std::string_view source, Scenario scenario);

// Rewrites each `<filename>:<line>:` in a diagnostic so the line refers to
// the test file as written rather than to the prologue-shifted text (lines
// that fall inside the prologue become line 1).
std::string UnshiftLineNumbers(std::string_view message,
                               std::string_view filename, int shifted_lines);

}  // namespace async_runtime::harness
