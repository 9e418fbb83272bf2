// JUnit XML for `bazel test` ($XML_OUTPUT_FILE) and CI viewers:
//
//   <testsuites name="test262" tests= failures= errors="0" skipped= time=>
//     <testsuite name="test/built-ins" tests= failures= errors="0"
//                skipped= time=>
//       <testcase name="test/built-ins/Promise/all/x.js [strict]"
//                 classname="test/built-ins/Promise/all" time="0.002">
//         <failure message="first line" type="failed">full message</failure>
//       </testcase>
//
// One <testsuite> per top directory: the first two path components when
// the first is "test" (test/built-ins, test/language, ...), else the first
// component ("." for a path without a directory). failed, crashed and
// timed_out are <failure>s (type = the status); skipped is <skipped/>.
// Times are in seconds. Every string is XML-escaped (see XmlEscape).
#pragma once

#include <string>
#include <string_view>

#include "harness/report/results.h"

namespace async_runtime::harness::report {

struct JunitOptions {
  std::string name = "test262";
  size_t max_message_attribute_bytes = 200;  // the full text is the body
};

std::string JunitXml(const ResultsFile& results,
                     const JunitOptions& options = {});

// The <testsuite> a path belongs to (see above).
std::string_view SuiteName(std::string_view path);

}  // namespace async_runtime::harness::report
