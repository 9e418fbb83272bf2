// jsrt: runs one ECMAScript Script file on the VM.
//
//   jsrt [--gc-stress] FILE.js
//
// Exit status: 0 when the script completes normally; 1 for a syntax error
// (including constructs the compiler does not support yet) or an uncaught
// exception; 2 for a usage error or an unreadable file. Syntax errors print
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
#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/vm/vm.h"

namespace async_runtime::host {
namespace {

constexpr int kExitSuccess = 0;
constexpr int kExitScriptError = 1;
constexpr int kExitUsage = 2;

void PrintUsage(std::ostream& stream) { stream << "usage: jsrt [--gc-stress] FILE.js\n"; }

std::string ResolvePath(const std::string& path) {
  if (path.empty() || path[0] == '/') return path;
  const char* workspace = std::getenv("BUILD_WORKSPACE_DIRECTORY");
  if (workspace == nullptr || *workspace == '\0') return path;
  return std::string(workspace) + "/" + path;
}

int Main(int argc, char** argv) {
  bool gc_stress = false;
  std::string file;
  for (int i = 1; i < argc; ++i) {
    std::string_view argument = argv[i];
    if (argument == "--gc-stress") {
      gc_stress = true;
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

  auto installed = InstallConsole(agent, vm.realm(), vm.realm()->global_object(), std::cout, std::cerr);
  if (installed.is_throw_completion()) {
    std::cerr << "jsrt: could not install the host functions: "
              << DescribeUncaught(agent, installed.thrown_value()) << '\n';
    return kExitScriptError;
  }

  // Parse and compile once: early errors and unsupported constructs are
  // reported as "SyntaxError: file:line:column: message" before anything
  // runs (Vm::EvaluateScript would fold them into a thrown SyntaxError).
  auto compiled = vm.CompileScript(read.contents, file);
  if (auto* error = std::get_if<interpreter::vm::ScriptSyntaxError>(&compiled)) {
    std::cerr << error->error.ToString() << '\n';
    return kExitScriptError;
  }

  auto result = vm.RunScript(std::get<interpreter::vm::CompiledScript>(compiled));
  std::cout.flush();
  if (result.is_throw_completion()) {
    interpreter::RootedValue thrown(agent.heap(), result.thrown_value());
    std::optional<interpreter::vm::ThrowSite> site = vm.ThrowSiteOf(thrown.get());
    std::cerr << DescribeUncaught(agent, thrown.get()) << '\n';
    if (site) std::cerr << "    at " << site->ToString() << '\n';
    return kExitScriptError;
  }
  return kExitSuccess;
}

}  // namespace
}  // namespace async_runtime::host

int main(int argc, char** argv) { return async_runtime::host::Main(argc, argv); }
