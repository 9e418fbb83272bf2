// jsrt: runs one ECMAScript Script file on the VM.
//
//   jsrt [--gc-stress] FILE.js
//
// Exit status: 0 when the script completes normally; 1 for a syntax error
// (including constructs the compiler does not support yet) or an uncaught
// exception; 2 for a usage error or an unreadable file.
//
// A relative FILE is resolved against $BUILD_WORKSPACE_DIRECTORY when that is
// set (so `bazel run //runtime:jsrt -- file.js` finds files in the
// workspace); messages name the file as it was given.
#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>
#include <variant>

#include "runtime/heap/heap.h"
#include "runtime/host/console.h"
#include "runtime/host/file_reader.h"
#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/bytecode/compiler.h"
#include "runtime/interpreter/vm/vm.h"
#include "runtime/syntax/parser.h"

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

// Parses and compiles the script once before running it, so that early
// errors and unsupported constructs are reported as
// "SyntaxError: file:line:column: message" rather than as a thrown
// SyntaxError object (Vm::EvaluateScript folds both into one). Returns
// false after printing the error.
bool CheckSyntax(interpreter::Agent& agent, const std::string& display_name, std::string_view source_utf8) {
  syntax::SourceText source = syntax::SourceText::FromUtf8(display_name, source_utf8);
  syntax::ParseResult parsed = syntax::ParseProgram(source, {});
  if (!parsed.ok()) {
    std::cerr << parsed.error->ToString() << '\n';
    return false;
  }
  // The compiler defers collection while it runs; the Code it returns is
  // dropped unrooted here and freed by a later collection.
  auto compiled = interpreter::bytecode::CompileScript(agent, *parsed.program);
  if (auto* error = std::get_if<interpreter::bytecode::CompileError>(&compiled)) {
    // CompileError carries no source location yet.
    std::cerr << "SyntaxError: " << display_name << ": " << error->message << '\n';
    return false;
  }
  return true;
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
  interpreter::vm::Vm vm(agent);

  auto installed = InstallConsole(agent, vm.realm(), vm.realm()->global_object(), std::cout, std::cerr);
  if (installed.is_throw_completion()) {
    std::cerr << "jsrt: could not install the host functions: "
              << DescribeUncaught(agent, installed.thrown_value()) << '\n';
    return kExitScriptError;
  }

  if (!CheckSyntax(agent, file, read.contents)) return kExitScriptError;

  auto result = vm.EvaluateScript(read.contents, file);
  std::cout.flush();
  if (result.is_throw_completion()) {
    interpreter::RootedValue thrown(agent.heap(), result.thrown_value());
    // The VM keeps no source positions in bytecode, so the throw site
    // (file:line:column) cannot be reported yet.
    std::cerr << DescribeUncaught(agent, thrown.get()) << '\n';
    return kExitScriptError;
  }
  return kExitSuccess;
}

}  // namespace
}  // namespace async_runtime::host

int main(int argc, char** argv) { return async_runtime::host::Main(argc, argv); }
