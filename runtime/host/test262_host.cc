#include "runtime/host/test262_host.h"

#include <chrono>
#include <cstdlib>
#include <thread>
#include <variant>

#include "runtime/builtins/array_buffer.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/function_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/primitive_string.h"
#include "runtime/interpreter/property_descriptor.h"
#include "runtime/interpreter/realm.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::host {

using interpreter::Agent;
using interpreter::ErrorKind;
using interpreter::NativeFunction;
using interpreter::Object;
using interpreter::PropertyDescriptor;
using interpreter::ThrowCompletion;
using interpreter::ThrowCompletionOr;
using interpreter::Value;
using interpreter::vm::Vm;

namespace {

// $262.evalScript ( sourceText ): INTERPRETING.md's algorithm. The source is
// ToString of the first argument (as other hosts do for a non-String).
ThrowCompletionOr<Value> EvalScript(Vm& vm, interpreter::Realm* realm, Test262HostState* state,
                                    std::span<const Value> arguments) {
  Agent& agent = vm.agent();
  Value argument = arguments.empty() ? Value::Undefined() : arguments[0];
  // Converted to UTF-8 before anything else allocates: no rooting needed.
  Value source = TRY(interpreter::vm::ToString(agent, argument));
  const std::string source_utf8 = source.AsString()->ToUtf8();

  // 3. Let s be ParseScript(sourceText, realm, hostDefined).
  auto compiled = vm.CompileScript(source_utf8, "evalScript");
  // 4. If s is a List of errors, return a throw completion of the first one.
  if (auto* error = std::get_if<interpreter::vm::ScriptSyntaxError>(&compiled)) {
    if (error->unsupported && state != nullptr && !state->unsupported_in_eval_script) {
      // "not supported yet: X at evalScript:line:column" (not "SyntaxError:
      // ...": it is a limitation of the compiler, not an early error).
      state->unsupported_in_eval_script = error->error.message + " at " + error->error.filename + ":" +
                                          std::to_string(error->error.location.line) + ":" +
                                          std::to_string(error->error.location.column);
    }
    return interpreter::ThrowError(agent, ErrorKind::kSyntaxError, interpreter::Utf16FromUtf8(error->error.ToString()));
  }
  // 5.-6. Return Completion(ScriptEvaluation(s)).
  return vm.RunScript(std::get<interpreter::vm::CompiledScript>(compiled), realm);
}

}  // namespace

ThrowCompletionOr<void> InstallTest262Host(Vm& vm, Object* global_object, const Test262HostOptions& options,
                                           Test262HostState* state, interpreter::Realm* realm) {
  Agent& agent = vm.agent();
  // Realms live as long as the VM (it roots them), so the behaviours may keep the pointer.
  if (realm == nullptr) realm = vm.realm();
  Object* function_prototype = realm->intrinsic(interpreter::Intrinsic::kFunctionPrototype);
  Object* object_prototype = realm->intrinsic(interpreter::Intrinsic::kObjectPrototype);
  heap::Handle<Object> global(agent.heap(), global_object);

  // Every new cell is held by a Handle: defining a property allocates and
  // may collect. The behaviours capture only non-cell pointers (Vm, state).
  heap::Handle<Object> host(agent.heap(), interpreter::OrdinaryObjectCreate(agent, object_prototype));
  auto define_value = [&](Object* target, std::u16string_view name, Value value) -> ThrowCompletionOr<void> {
    return interpreter::DefinePropertyOrThrow(agent, target, agent.Key(name),
                                              PropertyDescriptor::Data(value, true, false, true));
  };
  auto define_function = [&](std::u16string_view name, NativeFunction::Behaviour behaviour) -> ThrowCompletionOr<void> {
    heap::Handle<NativeFunction> function(agent.heap(),
                                          NativeFunction::Create(agent, std::move(behaviour), function_prototype));
    function->set_realm(realm);
    return define_value(host.get(), name, Value::FromObject(function.get()));
  };

  TRY(define_value(host.get(), u"global", Value::FromObject(global.get())));
  TRY(define_function(u"gc", [](Agent& agent, Value, std::span<const Value>) -> ThrowCompletionOr<Value> {
    agent.heap().Collect();
    return Value::Undefined();
  }));
  Vm* vm_pointer = &vm;
  TRY(define_function(u"evalScript", [vm_pointer, realm, state](Agent&, Value, std::span<const Value> arguments)
                                         -> ThrowCompletionOr<Value> {
    return EvalScript(*vm_pointer, realm, state, arguments);
  }));
  // $262.createRealm(): a new realm with its own intrinsics and global object, and its own $262.
  Test262HostOptions options_copy = options;
  TRY(define_function(u"createRealm", [vm_pointer, options_copy, state](Agent& agent, Value, std::span<const Value>)
                                          -> ThrowCompletionOr<Value> {
    interpreter::Realm* new_realm = vm_pointer->CreateRealm();
    TRY(InstallTest262Host(*vm_pointer, new_realm->global_object(), options_copy, state, new_realm));
    return interpreter::Get(agent, new_realm->global_object(), agent.Key(u"$262"));
  }));
  // $262.detachArrayBuffer ( buffer ): INTERPRETING.md's DetachArrayBuffer, with the key left undefined (so a
  // buffer the engine gave another key stays attached: a TypeError).
  TRY(define_function(u"detachArrayBuffer",
                      [](Agent& agent, Value, std::span<const Value> arguments) -> ThrowCompletionOr<Value> {
                        Value argument = arguments.empty() ? Value::Undefined() : arguments[0];
                        auto* buffer = argument.IsObject()
                                           ? dynamic_cast<builtins::ArrayBufferObject*>(argument.AsObject())
                                           : nullptr;
                        if (buffer == nullptr) {
                          return interpreter::ThrowTypeError(agent, u"$262.detachArrayBuffer: not an ArrayBuffer");
                        }
                        TRY(builtins::DetachArrayBuffer(agent, buffer));
                        return Value::Undefined();
                      }));

  // $262.IsHTMLDDA: an object with an [[IsHTMLDDA]] internal slot (B.3.6) that, called with no arguments or with
  // "" as its first argument, returns null (INTERPRETING.md). Like document.all, any other call returns null too.
  {
    heap::Handle<NativeFunction> html_dda(
        agent.heap(), NativeFunction::Create(
                          agent, [](Agent&, Value, std::span<const Value>) -> ThrowCompletionOr<Value> {
                            return Value::Null();
                          },
                          function_prototype));
    html_dda->set_realm(realm);
    html_dda->set_is_html_dda();
    TRY(define_value(host.get(), u"IsHTMLDDA", Value::FromObject(html_dda.get())));
  }

  if (options.enable_test_hooks) {
    TRY(define_function(u"crashForTesting", [](Agent&, Value, std::span<const Value>) -> ThrowCompletionOr<Value> {
      std::abort();
    }));
    TRY(define_function(u"hangForTesting", [](Agent&, Value, std::span<const Value>) -> ThrowCompletionOr<Value> {
      // Never returns: the runner's timeout must kill the worker.
      for (;;) std::this_thread::sleep_for(std::chrono::seconds(1));
    }));
  }

  TRY(define_value(global.get(), u"$262", Value::FromObject(host.get())));
  return {};
}

}  // namespace async_runtime::host
