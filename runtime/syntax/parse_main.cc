// parse: a debugging CLI for the front end.
//   parse [--module] [--strict] [--repeat N] file.js
// Prints `OK` (exit 0) or the SyntaxError (exit 1); exit 2 on usage/IO errors.
//   parse --batch
// Reads lines `<goal> <path>` from stdin (goal: `script`, `strict` or
// `module`) and prints one result line per input line (for conformance runs).
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include "runtime/syntax/parser.h"
#include "runtime/syntax/source_text.h"
#include "runtime/host/read_file.h"

namespace {

int RunBatch() {
  using namespace async_runtime::syntax;
  std::string line;
  while (std::getline(std::cin, line)) {
    size_t space = line.find(' ');
    if (space == std::string::npos) continue;
    std::string goal = line.substr(0, space);
    std::string path = line.substr(space + 1);
    ParseOptions options;
    if (goal == "module") options.goal = Goal::kModule;
    if (goal == "strict") options.force_strict = true;
    async_runtime::host::FileReadResult read = async_runtime::host::ReadFileSync(path);
    if (!read.ok()) {
      std::cout << "IOERROR\n" << std::flush;
      continue;
    }
    SourceText source = SourceText::FromUtf8(path, read.contents);
    ParseResult result = ParseProgram(source, options);
    std::string line = result.ok() ? std::string("OK") : result.error->ToString();
    for (char& c : line) {
      if (c == '\n' || c == '\r') c = ' ';  // one result per line
    }
    std::cout << line << "\n" << std::flush;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace async_runtime::syntax;
  if (argc == 2 && std::strcmp(argv[1], "--batch") == 0) return RunBatch();
  ParseOptions options;
  const char* path = nullptr;
  int repeat = 1;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--module") == 0) {
      options.goal = Goal::kModule;
    } else if (std::strcmp(argv[i], "--strict") == 0) {
      options.force_strict = true;
    } else if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) {
      repeat = std::atoi(argv[++i]);
    } else if (argv[i][0] == '-' && argv[i][1] == '-') {
      std::cerr << "unknown option " << argv[i] << "\n";
      return 2;
    } else {
      path = argv[i];
    }
  }
  if (!path) {
    std::cerr << "usage: parse [--module] [--strict] [--repeat N] file.js\n";
    return 2;
  }
  async_runtime::host::FileReadResult read = async_runtime::host::ReadFileSync(path);
  if (!read.ok()) {
    std::cerr << read.error << "\n";
    return 2;
  }
  SourceText source = SourceText::FromUtf8(path, read.contents);
  auto begin = std::chrono::steady_clock::now();
  ParseResult result;
  for (int i = 0; i < repeat; ++i) result = ParseProgram(source, options);
  if (repeat > 1) {
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    std::cerr << (read.contents.size() * double(repeat) / seconds / 1e6) << " MB/s\n";
  }
  if (result.ok()) {
    std::cout << "OK\n";
    return 0;
  }
  std::cout << result.error->ToString() << "\n";
  return 1;
}
