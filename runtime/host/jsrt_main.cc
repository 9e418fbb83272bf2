// jsrt: runs one ECMAScript Script or Module file on the VM.
//
//   jsrt [--gc-stress] [--module] FILE.js
//
// FILE is a Module when --module is given or its name ends in .mjs: its `import` declarations and every
// import() load files relative to the importing file ("./x.js", "../y.mjs"; `with { type: "json" }` for JSON
// modules). Scripts can use import() too.
//
// The script runs on the host's event loop (HostEnvironment): after it,
// promise jobs, queueMicrotask callbacks and setTimeout/setInterval
// callbacks run until nothing remains.
//
// Exit status: 0 when everything completes normally; 1 for a syntax error
// (including constructs the compiler does not support yet), an uncaught
// exception (in the script, a timer callback or a job) or an unhandled
// promise rejection; 2 for a usage error or an unreadable file. Syntax errors print
// "SyntaxError: FILE:LINE:COLUMN: message"; an uncaught exception prints
// "Uncaught <value>" and, when the throw came from bytecode, a second line
// "    at FILE:LINE:COLUMN" (where it started unwinding).
//
// A relative FILE is resolved against $BUILD_WORKSPACE_DIRECTORY when that is
// set (so `bazel run //runtime:jsrt -- file.js` finds files in the
// workspace); messages name the file as it was given.
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "runtime/heap/heap.h"
#include "runtime/builtins/realm_setup.h"
#include "runtime/host/console.h"
#include "runtime/host/file_reader.h"
#include "runtime/host/host_environment.h"
#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/vm/vm.h"

namespace async_runtime::host {
namespace {

constexpr int kExitUsage = 2;

void PrintUsage(std::ostream& stream) { stream << "usage: jsrt [--gc-stress] [--module] FILE.js\n"; }

std::string ResolvePath(const std::string& path) {
  if (path.empty() || path[0] == '/') return path;
  const char* workspace = std::getenv("BUILD_WORKSPACE_DIRECTORY");
  if (workspace == nullptr || *workspace == '\0') return path;
  return std::string(workspace) + "/" + path;
}

int Main(int argc, char** argv) {
  bool gc_stress = false;
  bool module = false;
  std::string file;
  for (int i = 1; i < argc; ++i) {
    std::string_view argument = argv[i];
    if (argument == "--gc-stress") {
      gc_stress = true;
    } else if (argument == "--module") {
      module = true;
    } else if (argument == "--help" || argument == "-h") {
      PrintUsage(std::cout);
      return kExitSuccess;
    } else if (argument.size() > 1 && argument[0] == '-') {
      std::cerr << "jsrt: unknown option " << argument << '\n';
      PrintUsage(std::cerr);
      return kExitUsage;
    } else if (!file.empty()) {
      std::cerr << "jsrt: more than one script given\n";
      PrintUsage(std::cerr);
      return kExitUsage;
    } else {
      file = std::string(argument);
    }
  }
  if (file.empty()) {
    PrintUsage(std::cerr);
    return kExitUsage;
  }

  FileReadResult read = ReadFileSync(ResolvePath(file));
  if (!read.ok()) {
    std::cerr << "jsrt: " << read.error << '\n';
    return kExitUsage;
  }

  heap::HeapOptions heap_options = heap::HeapOptions::FromEnvironment();
  if (gc_stress) heap_options.gc_stress = true;
  interpreter::Agent agent(heap_options);
  interpreter::vm::Vm vm(agent, builtins::MakeVmOptions());

  HostEnvironment host(agent, vm, std::cout, std::cerr);
  auto installed = host.InstallGlobals();
  if (installed.is_throw_completion()) {
    std::cerr << "jsrt: could not install the host functions: "
              << DescribeUncaught(agent, installed.thrown_value()) << '\n';
    return kExitScriptError;
  }
  if (module || (file.size() > 4 && file.substr(file.size() - 4) == ".mjs")) {
    return host.RunMainModule(ResolvePath(file));
  }
  return host.RunMain(read.contents, file);
}

}  // namespace
}  // namespace async_runtime::host

int main(int argc, char** argv) { return async_runtime::host::Main(argc, argv); }
