// The fixture of the Boolean, Number, Symbol, String, Math, JSON and global
// function tests: scripts evaluated in a realm made by
// builtins::InitializeRealm, and built-ins called directly from C++ (whose
// own rooting gc-stress runs check without depending on the VM's).
#pragma once

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <string_view>

#include "runtime/builtins/realm_setup.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/primitive_string.h"
#include "runtime/interpreter/vm/operations.h"
#include "runtime/interpreter/vm/vm.h"

namespace async_runtime::builtins {

class PrimitivesTest : public ::testing::Test {
 protected:
  PrimitivesTest() : vm_(agent_, MakeVmOptions()) {}

  // The completion value as a String (converted with ToString), or "threw <name>: <message>".
  std::string Eval(const std::string& source) {
    auto result = vm_.EvaluateScript(source);
    if (result.is_throw_completion()) {
      interpreter::RootedValue thrown(agent_.heap(), result.thrown_value());
      if (!thrown->IsObject()) return "threw (non-object)";
      auto name = interpreter::Get(agent_, thrown->AsObject(), agent_.Key(u"name"));
      auto message = interpreter::Get(agent_, thrown->AsObject(), agent_.Key(u"message"));
      if (name.is_throw_completion() || message.is_throw_completion() || !name.value().IsString() ||
          !message.value().IsString()) {
        return "threw (unreadable)";
      }
      return "threw " + name.value().AsString()->ToUtf8() + ": " + message.value().AsString()->ToUtf8();
    }
    interpreter::RootedValue value(agent_.heap(), result.value());
    if (value->IsSymbol()) return "(symbol)";
    auto string = interpreter::vm::ToString(agent_, value);
    if (string.is_throw_completion()) return "(ToString threw)";
    return string.value().AsString()->ToUtf8();
  }

  interpreter::Agent agent_;
  interpreter::vm::Vm vm_;
};

// Calls a built-in from C++ (so that only the built-in's own rooting is exercised, not the VM's): `path` is
// "Global.member" or "Global", `this_value` and the arguments are rooted here.
class DirectCall {
 public:
  explicit DirectCall(interpreter::Agent& agent) : agent_(agent) {}

  interpreter::ThrowCompletionOr<Value> Call(std::u16string_view global, std::u16string_view member, Value this_value,
                                             std::initializer_list<Value> argument_list) {
    interpreter::RootedValueVector arguments(agent_.heap());
    arguments.values().assign(argument_list.begin(), argument_list.end());
    interpreter::RootedValue rooted_this(agent_.heap(), this_value);
    Object* global_object = agent_.current_realm()->global_object();
    interpreter::RootedValue function(agent_.heap(), TRY(interpreter::Get(agent_, global_object, agent_.Key(global))));
    if (!member.empty()) {
      interpreter::RootedValue holder(agent_.heap(), function);
      function = TRY(interpreter::Get(agent_, holder->AsObject(), agent_.Key(member)));
    }
    return interpreter::Call(agent_, function, rooted_this, arguments.values());
  }

  std::string CallToString(std::u16string_view global, std::u16string_view member, Value this_value,
                           std::initializer_list<Value> argument_list) {
    auto result = Call(global, member, this_value, argument_list);
    if (result.is_throw_completion()) return "threw";
    interpreter::RootedValue value(agent_.heap(), result.value());
    auto string = interpreter::vm::ToString(agent_, value);
    if (string.is_throw_completion()) return "(ToString threw)";
    return string.value().AsString()->ToUtf8();
  }

  Value Str(std::u16string_view text) { return interpreter::vm::MakeString(agent_, std::u16string(text)); }

 private:
  interpreter::Agent& agent_;
};

}  // namespace async_runtime::builtins
