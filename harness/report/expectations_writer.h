// The known-failures file (test262-filters/expectations.txt) a run implies:
// one `<path> <scenario> <reason>` line per failed, crashed or timed-out
// result, the reason being the status and the first line of the message.
// `report --expectations=FILE` writes it, so the file can be regenerated
// from a run instead of edited by hand.
#pragma once

#include <string>
#include <vector>

#include "harness/report/results.h"

namespace async_runtime::harness::report {

// The file's text, sorted by path then scenario, with a comment header.
std::string ExpectationsFor(const std::vector<TestRecord>& results);

}  // namespace async_runtime::harness::report
