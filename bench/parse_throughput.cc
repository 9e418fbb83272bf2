// Parse throughput of the front end: how many megabytes of source text per
// second ParseProgram turns into an AST.
//
//   bazel run --config=opt //bench:parse_throughput -- [--repeat=N] [--module] FILE_OR_DIR...
//   bazel run --config=opt //bench:parse_throughput -- --generate-mb=5 [--repeat=N]
//
// Directories are scanned for *.js files. --generate-mb=N adds a generated
// source of N MB built from a mix of real constructs (functions, classes,
// templates, regular expressions, destructuring, arrows, async code). The
// figure counts UTF-8 bytes of input; decoding to UTF-16 is included in the
// time, as it is part of what every parse pays.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <sys/resource.h>

#include "runtime/syntax/parser.h"
#include "runtime/host/read_file.h"

namespace fs = std::filesystem;
using async_runtime::syntax::Goal;
using async_runtime::syntax::ParseOptions;
using async_runtime::syntax::ParseProgram;
using async_runtime::syntax::SourceText;

namespace {

struct Input {
  std::string name;
  std::string text;
};

std::string GeneratedSource(size_t target_bytes) {
  static const char* kChunk = R"js(
function fibonacci_INDEX(n) {
  if (n < 2) return n;
  let a = 0, b = 1;
  for (let i = 2; i <= n; i++) { const t = a + b; a = b; b = t; }
  return b;
}
class Point_INDEX extends Object {
  #x = 0; #y = 0; static origin = new Point_INDEX(0, 0);
  constructor(x, y) { super(); this.#x = x; this.#y = y; }
  get length() { return Math.hypot(this.#x, this.#y); }
  static #check(p) { return #x in p; }
  *[Symbol.iterator]() { yield this.#x; yield this.#y; }
}
const table_INDEX = { alpha: 1, "beta": [1, 2, 3], [`k${INDEX}`]: /ab+c/giu, ...{ spread: true } };
const { alpha: alpha_INDEX, beta: [first_INDEX, ...rest_INDEX] = [], missing_INDEX = 42 } = table_INDEX;
const sum_INDEX = (xs) => xs.reduce((acc, x) => acc + x * 2 ** 3, 0) ?? 0;
async function load_INDEX(url, options = {}) {
  try {
    const response = await fetch?.(url, { ...options, retries: options.retries || 3 });
    for await (const chunk of response.body) { console.log(`chunk ${chunk.length} bytes`); }
    return response?.ok ? await response.json() : null;
  } catch ({ message }) {
    throw new Error("failed: " + message, { cause: url });
  } finally {
    options.done &&= true;
  }
}
label_INDEX: for (const key in table_INDEX) {
  switch (typeof table_INDEX[key]) {
    case "number": continue label_INDEX;
    default: break label_INDEX;
  }
}
)js";
  std::string out;
  out.reserve(target_bytes + 4096);
  for (size_t index = 0; out.size() < target_bytes; ++index) {
    std::string chunk = kChunk;
    std::string number = std::to_string(index);
    for (size_t at = chunk.find("INDEX"); at != std::string::npos; at = chunk.find("INDEX", at)) {
      chunk.replace(at, 5, number);
    }
    out += chunk;
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path workspace = fs::current_path();
  if (const char* dir = std::getenv("BUILD_WORKSPACE_DIRECTORY")) workspace = dir;
  int repeat = 3;
  bool module_goal = false;
  double generate_mb = 0;
  std::vector<Input> inputs;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.rfind("--repeat=", 0) == 0) {
      repeat = std::max(1, std::atoi(arg.c_str() + 9));
    } else if (arg == "--module") {
      module_goal = true;
    } else if (arg.rfind("--generate-mb=", 0) == 0) {
      generate_mb = std::atof(arg.c_str() + 14);
    } else {
      fs::path path(arg);
      if (path.is_relative()) path = workspace / path;
      std::error_code ec;
      if (fs::is_directory(path, ec)) {
        std::vector<fs::path> files;
        for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
             it.increment(ec)) {
          if (it->is_regular_file() && it->path().extension() == ".js") files.push_back(it->path());
        }
        std::sort(files.begin(), files.end());
        for (const auto& file : files) inputs.push_back({file.string(), async_runtime::host::ReadFileSync(file.string()).contents});
      } else {
        inputs.push_back({path.string(), async_runtime::host::ReadFileSync(path.string()).contents});
      }
    }
  }
  if (generate_mb > 0) {
    inputs.push_back({"<generated>", GeneratedSource(static_cast<size_t>(generate_mb * 1024 * 1024))});
  }
  if (inputs.empty()) {
    std::cerr << "usage: parse_throughput [--repeat=N] [--module] [--generate-mb=N] FILE_OR_DIR...\n";
    return 2;
  }

  size_t total_bytes = 0;
  for (const auto& input : inputs) total_bytes += input.text.size();
  ParseOptions options;
  options.goal = module_goal ? Goal::kModule : Goal::kScript;

  double best_seconds = 1e300;
  size_t failures = 0;
  for (int round = 0; round < repeat; ++round) {
    failures = 0;
    auto start = std::chrono::steady_clock::now();
    for (const auto& input : inputs) {
      SourceText source = SourceText::FromUtf8(input.name, input.text);
      auto result = ParseProgram(source, options);
      if (!result.ok()) {
        ++failures;
        if (round == 0 && failures <= 5) std::cerr << result.error->ToString() << "\n";
      }
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    best_seconds = std::min(best_seconds, seconds);
  }
  double megabytes = static_cast<double>(total_bytes) / (1024.0 * 1024.0);
  std::cout << "parse_throughput: " << inputs.size() << " inputs, " << megabytes << " MB, best of " << repeat
            << ": " << best_seconds << " s, " << megabytes / best_seconds << " MB/s";
  if (failures) std::cout << " (" << failures << " inputs rejected with SyntaxError)";
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  std::cout << ", peak RSS " << usage.ru_maxrss / 1024 << " MB\n";
  return 0;
}
