// Test262's host-defined `$262` object (INTERPRETING.md, "Host-Defined
// Functions"), as far as the engine can provide it today:
//
//   $262.global            the global object $262 was installed on
//   $262.gc()              a full collection of the agent's heap
//   $262.evalScript(src)   ParseScript + ScriptEvaluation in the same realm;
//                          an early error throws a SyntaxError; returns the
//                          completion value
//   $262.createRealm()     a new realm (Vm::CreateRealm) with its own $262
//   $262.detachArrayBuffer()  throws a TypeError "not supported yet" (no ArrayBuffer yet)
//
// `$262.agent` (multi-agent tests) and `$262.IsHTMLDDA` are absent: tests
// that need them are skipped by feature (test262-filters/).
//
// Test-only hooks, defined only with Test262HostOptions::enable_test_hooks,
// let the harness's own tests prove that a crash or a hang inside a test is
// contained by the worker processes:
//
//   $262.crashForTesting()   std::abort()
//   $262.hangForTesting()    sleeps forever in native code
#pragma once

#include <optional>
#include <string>

#include "runtime/interpreter/completion.h"
#include "runtime/interpreter/object.h"
#include "runtime/interpreter/vm/vm.h"

namespace async_runtime::host {

struct Test262HostOptions {
  bool enable_test_hooks = false;
};

// What the host saw that the test runner must know after the test ran.
struct Test262HostState {
  // The compiler's "not supported yet" message when $262.evalScript met a
  // construct the compiler cannot compile. evalScript throws a SyntaxError
  // then (as Vm::EvaluateScript does), which a test expecting a SyntaxError
  // would take for an early error; the runner fails such a test instead.
  std::optional<std::string> unsupported_in_eval_script;
};

// Defines `$262` on `global_object` (writable, configurable, not
// enumerable). `vm` and `state` are captured by the native functions and
// must outlive the realm.
// `realm` (nullptr: the VM's first realm) is the realm of the functions and where evalScript runs.
interpreter::ThrowCompletionOr<void> InstallTest262Host(interpreter::vm::Vm& vm, interpreter::Object* global_object,
                                                        const Test262HostOptions& options, Test262HostState* state,
                                                        interpreter::Realm* realm = nullptr);

}  // namespace async_runtime::host
