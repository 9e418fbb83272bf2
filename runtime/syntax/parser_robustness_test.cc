// Bad input never crashes or hangs the front end: tens of thousands of
// deterministic mutations of real JavaScript (Test262's harness files) must
// each come back from ParseProgram as either a program or a SyntaxError with a
// location inside the source. Runs under --config=asan in CI's sanitizer job.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "runtime/syntax/parser.h"

namespace async_runtime::syntax {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> LoadSeeds() {
  std::vector<std::string> seeds;
  const fs::path harness_dir = "external/test262/harness";
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(harness_dir, ec)) {
    if (entry.path().extension() != ".js") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    seeds.push_back(buffer.str());
  }
  std::sort(seeds.begin(), seeds.end());
  // Constructs the harness files lack.
  seeds.push_back(
      "class A extends B { #x = 1; static { this.y = 2; } get z() { return #x in this; } "
      "async *gen() { for await (const v of w) yield* v; } }\n"
      "label: for (let [a, ...b] = [1]; a?.b ?? c; a ||= 1) { continue label; }\n"
      "const t = tag`a${1}b${`c${d}`}`; x = /[a-z]+/giu; y = 0x1_f + 1e-3 + 10n;\n"
      "export default async (x = await 1) => { using r = s; };\n");
  return seeds;
}

std::string Mutate(const std::string& seed, std::mt19937& random) {
  static const char* kFragments[] = {"(", ")", "{", "}", "[", "]", "`", "${", "/", "=>", "...", "?.",
                                     "'", "\"", "\\u", "#", "yield", "await", "async", "let", "class",
                                     "function*", "import", "export", "super", "new.target", "\n",
                                     ";", ",", "=", "0x", "09", "/*", "*/", "//", "<!--", "-->"};
  std::string text = seed;
  std::uniform_int_distribution<int> operation_count(1, 4);
  for (int n = operation_count(random); n > 0 && !text.empty(); --n) {
    std::uniform_int_distribution<size_t> position(0, text.size() - 1);
    size_t at = position(random);
    size_t length = std::min<size_t>(text.size() - at, std::uniform_int_distribution<size_t>(1, 40)(random));
    switch (random() % 5) {
      case 0:  // delete a range
        text.erase(at, length);
        break;
      case 1:  // duplicate a range
        text.insert(at, text.substr(at, length));
        break;
      case 2:  // insert a token fragment
        text.insert(at, kFragments[random() % (sizeof kFragments / sizeof kFragments[0])]);
        break;
      case 3:  // flip a byte (may make ill-formed UTF-8)
        text[at] = static_cast<char>(text[at] ^ (1 << (random() % 8)));
        break;
      default:  // truncate
        text.resize(at);
        break;
    }
  }
  return text;
}

TEST(ParserRobustness, MutatedRealSourcesParseOrFailCleanly) {
  std::vector<std::string> seeds = LoadSeeds();
  ASSERT_GT(seeds.size(), 10u) << "Test262 harness files not found in runfiles";
  std::mt19937 random(20261124);
  size_t accepted = 0, rejected = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  constexpr int kMutations = 6000;
  for (int i = 0; i < kMutations && std::chrono::steady_clock::now() < deadline; ++i) {
    const std::string& seed = seeds[random() % seeds.size()];
    std::string text = Mutate(seed, random);
    SourceText source = SourceText::FromUtf8("fuzz.js", text);
    for (Goal goal : {Goal::kScript, Goal::kModule}) {
      ParseOptions options;
      options.goal = goal;
      ParseResult result = ParseProgram(source, options);
      if (result.ok()) {
        ++accepted;
        ASSERT_NE(result.program, nullptr);
        continue;
      }
      ++rejected;
      const SyntaxError& error = *result.error;
      ASSERT_FALSE(error.message.empty()) << text;
      ASSERT_LE(error.location.offset, source.code_units().size()) << text;
      SourceLocation expected = source.LocationOf(error.location.offset);
      ASSERT_EQ(error.location.line, expected.line) << text;
      ASSERT_EQ(error.location.column, expected.column) << text;
      ASSERT_EQ(error.ToString().rfind("SyntaxError: fuzz.js:", 0), 0u) << error.ToString();
    }
  }
  // Both outcomes must occur, or the mutations are not exercising anything.
  EXPECT_GT(accepted, 100u);
  EXPECT_GT(rejected, 100u);
}

}  // namespace
}  // namespace async_runtime::syntax
