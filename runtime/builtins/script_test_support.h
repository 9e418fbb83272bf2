// A gtest fixture that evaluates scripts in a realm made by
// builtins::InitializeRealm, for the Object, Reflect and Proxy tests.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "runtime/builtins/realm_setup.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/primitive_string.h"
#include "runtime/interpreter/vm/vm.h"

namespace async_runtime::builtins {

class BuiltinsScriptTest : public ::testing::Test {
 protected:
  BuiltinsScriptTest() : vm_(agent_, MakeVmOptions()) {}

  // The completion value as a String (scripts end with a string expression),
  // or "threw <constructor name>: <message>" for a thrown error object.
  std::string Eval(const std::string& source) {
    auto result = vm_.EvaluateScript(source);
    if (result.is_throw_completion()) {
      Value thrown = result.thrown_value();
      if (thrown.IsString()) return "threw " + thrown.AsString()->ToUtf8();
      if (thrown.IsObject()) {
        interpreter::RootedValue error(agent_.heap(), thrown);
        std::string name;
        auto constructor = interpreter::Get(agent_, error->AsObject(), agent_.Key(u"constructor"));
        if (constructor.is_normal_completion() && constructor.value().IsObject()) {
          auto constructor_name = interpreter::Get(agent_, constructor.value().AsObject(), agent_.Key(u"name"));
          if (constructor_name.is_normal_completion() && constructor_name.value().IsString()) {
            name = constructor_name.value().AsString()->ToUtf8();
          }
        }
        auto message = interpreter::Get(agent_, error->AsObject(), agent_.Key(u"message"));
        if (message.is_normal_completion() && message.value().IsString()) {
          return "threw " + name + ": " + message.value().AsString()->ToUtf8();
        }
      }
      return "threw (non-string)";
    }
    Value value = result.value();
    if (value.IsString()) return value.AsString()->ToUtf8();
    if (value.IsBoolean()) return value.AsBoolean() ? "true" : "false";
    if (value.IsUndefined()) return "undefined";
    if (value.IsNull()) return "null";
    if (value.IsNumber()) {
      double number = value.AsNumber();
      if (number == static_cast<int64_t>(number)) return std::to_string(static_cast<int64_t>(number));
      return std::to_string(number);
    }
    return "(other)";
  }

  // For promise and async tests: runs `source` after `var log = [];`, then every queued promise job; returns
  // the global `log` joined by `separator` (or what Eval gives if the script throws).
  std::string RunAndDrain(const std::string& source, const std::string& separator = ",") {
    std::string result = Eval("var log = [];\n" + source + "\n'';");
    if (!result.empty()) return result;
    agent_.RunPromiseJobs();
    return Eval("log.join('" + separator + "')");
  }

  // The name of the error a script throws, or "no throw".
  std::string ThrownName(const std::string& source) {
    std::string result = Eval(source);
    if (result.rfind("threw ", 0) != 0) return "no throw: " + result;
    return result.substr(6, result.find(':') - 6);
  }

  interpreter::Agent agent_;
  interpreter::vm::Vm vm_;
};

// Defines a JS helper `describe(obj, key)` giving "<length>|<name>|w e c" for data
// properties or "get/set e c" for accessors, using only built-ins under test.
constexpr const char* kDescribe = R"JS(
function describe(o, k) {
  var d = Object.getOwnPropertyDescriptor(o, k);
  if (d === undefined) return 'absent';
  var flags = ('value' in d ? (d.writable ? 'W' : 'w') : ((d.get ? 'G' : 'g') + (d.set ? 'S' : 's'))) +
              (d.enumerable ? 'E' : 'e') + (d.configurable ? 'C' : 'c');
  if (typeof d.value === 'function') return d.value.length + '|' + d.value.name + '|' + flags;
  return flags;
}
)JS";

}  // namespace async_runtime::builtins
