// The verdict of a parse-only run of one test, apart from the parser so it
// can be tested without it.
#pragma once

#include <optional>
#include <string>

#include "harness/test_metadata.h"
#include "harness/test_status.h"

namespace async_runtime::harness {

// `syntax_error` is the parser's SyntaxError text, or nullopt when the
// source parsed. Passes when the source parsed and the test expects no
// parse-phase error (positive tests, and negative tests of phase resolution
// or runtime), or when the test expects a parse-phase SyntaxError and the
// parser rejected it (the message then shows that error, for reviewing
// tests rejected for the wrong reason).
ExecutionOutcome JudgeParseOutcome(
    const std::optional<NegativeExpectation>& negative,
    const std::optional<std::string>& syntax_error);

}  // namespace async_runtime::harness
