// report: Test262 compliance reports from a results file (test262 --json).
//
//   bazel run //harness/report -- --results=out/results.json
//       [--baseline=old.json] [--biblio=FILE] [--markdown=FILE]
//       [--html=FILE] [--junit=FILE] [--expectations=FILE] [--fail-on-regressions]
//
// Prints the summary (and, with --baseline, the changes) to stdout and
// writes the requested reports. Relative paths are relative to
// $BUILD_WORKSPACE_DIRECTORY when it is set (under `bazel run`), else to
// the current directory. Without --biblio the pinned
// third_party/ecma262-biblio/biblio.json is used when present.
//
// Exit status: 0 done; 1 an input could not be read or an output written;
// 2 usage error; 3 --fail-on-regressions and a test passing in the
// baseline fails now.

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "harness/report/aggregate.h"
#include "harness/report/baseline.h"
#include "harness/report/expectations_writer.h"
#include "harness/report/html.h"
#include "harness/report/junit.h"
#include "harness/report/markdown.h"
#include "harness/report/results.h"

namespace async_runtime::harness::report {
namespace {

constexpr int kExitDone = 0;
constexpr int kExitIoError = 1;
constexpr int kExitUsage = 2;
constexpr int kExitRegressions = 3;

constexpr std::string_view kDefaultBiblio =
    "third_party/ecma262-biblio/biblio.json";

constexpr std::string_view kUsage =
    "usage: report --results=R.json [--baseline=OLD.json] [--biblio=FILE]\n"
    "              [--markdown=FILE] [--html=FILE] [--junit=FILE]\n"
    "              [--expectations=FILE]\n"
    "              [--fail-on-regressions]\n"
    "Relative paths resolve against $BUILD_WORKSPACE_DIRECTORY when set.\n"
    "Exit: 0 done, 1 I/O or input error, 2 usage, 3 regressions (with\n"
    "--fail-on-regressions).\n";

struct Options {
  std::string results;
  std::string baseline;
  std::string biblio;
  std::string markdown;
  std::string html;
  std::string junit;
  std::string expectations;
  bool fail_on_regressions = false;
  bool help = false;
};

// Returns a usage error, empty when the arguments are fine.
std::string ParseArguments(int argc, char** argv, Options* options) {
  const std::pair<std::string_view, std::string*> flags[] = {
      {"--results=", &options->results},   {"--baseline=", &options->baseline},
      {"--biblio=", &options->biblio},     {"--markdown=", &options->markdown},
      {"--html=", &options->html},         {"--junit=", &options->junit},
      {"--expectations=", &options->expectations}};
  for (int i = 1; i < argc; ++i) {
    const std::string_view argument = argv[i];
    if (argument == "--help" || argument == "-h") {
      options->help = true;
      continue;
    }
    if (argument == "--fail-on-regressions") {
      options->fail_on_regressions = true;
      continue;
    }
    bool matched = false;
    for (const auto& [prefix, value] : flags) {
      if (argument.substr(0, prefix.size()) == prefix) {
        *value = std::string(argument.substr(prefix.size()));
        if (value->empty()) {
          return std::string(prefix.substr(0, prefix.size() - 1)) +
                 " needs a file name";
        }
        matched = true;
        break;
      }
    }
    if (!matched) return "unknown argument: " + std::string(argument);
  }
  if (!options->help && options->results.empty()) return "--results is required";
  return "";
}

std::filesystem::path Resolve(const std::string& path) {
  const std::filesystem::path given(path);
  if (given.is_absolute()) return given;
  if (const char* workspace = std::getenv("BUILD_WORKSPACE_DIRECTORY");
      workspace != nullptr && *workspace != '\0') {
    return std::filesystem::path(workspace) / given;
  }
  return given;
}

// Loads the biblio named by --biblio (an error when it cannot), else the
// pinned one when present (a note when not).
std::optional<Biblio> LoadClauses(const Options& options, bool* failed) {
  const bool explicit_path = !options.biblio.empty();
  const std::filesystem::path path =
      Resolve(explicit_path ? options.biblio : std::string(kDefaultBiblio));
  std::error_code ignored;
  if (!explicit_path && !std::filesystem::exists(path, ignored)) {
    std::cerr << "report: no biblio at " << path.string()
              << "; clauses are shown by esid only\n";
    return std::nullopt;
  }
  LoadedBiblio loaded = LoadBiblio(path);
  if (!loaded.ok()) {
    std::cerr << "report: " << loaded.error << "\n";
    if (explicit_path) *failed = true;
    return std::nullopt;
  }
  return std::move(loaded.biblio);
}

bool Write(const std::string& flag_value, const std::string& contents,
           const char* what) {
  if (flag_value.empty()) return true;
  const std::filesystem::path path = Resolve(flag_value);
  const std::string error = WriteFile(path, contents);
  if (!error.empty()) {
    std::cerr << "report: " << error << "\n";
    return false;
  }
  std::cerr << "report: wrote " << what << " to " << path.string() << "\n";
  return true;
}

int Main(int argc, char** argv) {
  Options options;
  const std::string usage_error = ParseArguments(argc, argv, &options);
  if (options.help) {
    std::cout << kUsage;
    return kExitDone;
  }
  if (!usage_error.empty()) {
    std::cerr << "report: " << usage_error << "\n" << kUsage;
    return kExitUsage;
  }

  const LoadedResults results = LoadResults(Resolve(options.results));
  if (!results.ok()) {
    std::cerr << "report: " << results.error << "\n";
    return kExitIoError;
  }
  for (const std::string& warning : results.warnings) {
    std::cerr << "report: " << options.results << ": " << warning << "\n";
  }

  std::optional<BaselineDiff> diff;
  if (!options.baseline.empty()) {
    const LoadedResults baseline = LoadResults(Resolve(options.baseline));
    if (!baseline.ok()) {
      std::cerr << "report: " << baseline.error << "\n";
      return kExitIoError;
    }
    for (const std::string& warning : baseline.warnings) {
      std::cerr << "report: " << options.baseline << ": " << warning << "\n";
    }
    diff = CompareWithBaseline(baseline.file, results.file);
    std::cout << FormatBaselineDiff(*diff);
  } else {
    const StatusCounts counts = CountStatuses(results.file.results);
    std::cout << counts.passed << "/" << counts.run() << " passed ("
              << FormatRate(counts) << "), " << counts.failed << " failed, "
              << counts.crashed << " crashed, " << counts.timed_out
              << " timed out, " << counts.skipped << " skipped\n";
  }

  bool ok = true;
  std::optional<Biblio> biblio;
  if (!options.markdown.empty() || !options.html.empty()) {
    bool failed = false;
    biblio = LoadClauses(options, &failed);
    if (failed) return kExitIoError;
  }
  const Biblio* biblio_pointer = biblio ? &*biblio : nullptr;
  const BaselineDiff* diff_pointer = diff ? &*diff : nullptr;
  if (!options.markdown.empty()) {
    MarkdownOptions markdown;
    markdown.biblio = biblio_pointer;
    markdown.baseline = diff_pointer;
    ok &= Write(options.markdown, MarkdownReport(results.file, markdown),
                "the Markdown report");
  }
  if (!options.html.empty()) {
    HtmlOptions html;
    html.biblio = biblio_pointer;
    html.baseline = diff_pointer;
    ok &= Write(options.html, HtmlReport(results.file, html),
                "the HTML report");
  }
  if (!options.junit.empty()) {
    ok &= Write(options.junit, JunitXml(results.file), "the JUnit XML");
  }
  if (!options.expectations.empty()) {
    ok &= Write(options.expectations, ExpectationsFor(results.file.results), "the expectations");
  }
  if (!ok) return kExitIoError;
  if (options.fail_on_regressions && diff && HasRegressions(*diff)) {
    return kExitRegressions;
  }
  return kExitDone;
}

}  // namespace
}  // namespace async_runtime::harness::report

int main(int argc, char** argv) {
  return async_runtime::harness::report::Main(argc, argv);
}
