// Test helpers: parse a snippet with ParseProgram, compile it, run it, and
// check its completion value or the error it throws.
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/number_conversions.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/vm.h"

namespace async_runtime::interpreter::vm::testing {

class VmTest : public ::testing::Test {
 protected:
  VmTest() : vm_(agent_) {}

  ThrowCompletionOr<Value> Run(const std::string& source) { return vm_.EvaluateScript(source); }

  // The completion value, as a string for easy comparison: numbers via
  // Number::toString, strings quoted, and "undefined"/"null"/"true"/"false".
  std::string Eval(const std::string& source) {
    auto result = Run(source);
    if (result.is_throw_completion()) return "threw " + Describe(result.thrown_value());
    return Describe(result.value());
  }

  std::string Describe(Value value) {
    if (value.IsUndefined()) return "undefined";
    if (value.IsNull()) return "null";
    if (value.IsBoolean()) return value.AsBoolean() ? "true" : "false";
    if (value.IsNumber()) {
      double number = value.AsNumber();
      if (std::isnan(number)) return "NaN";
      RootedValue keep(agent_.heap(), value);
      return Utf8FromUtf16(Number::toString(number));
    }
    if (value.IsString()) return "\"" + value.AsString()->ToUtf8() + "\"";
    if (value.IsObject()) {
      if (auto* error = dynamic_cast<ErrorObject*>(value.AsObject())) {
        static const char* kNames[] = {"Error",     "EvalError", "RangeError", "ReferenceError",
                                       "SyntaxError", "TypeError", "URIError",   "AggregateError"};
        auto message = Get(agent_, error, agent_.Key(u"message"));
        std::string text = message.is_normal_completion() && message.value().IsString()
                               ? message.value().AsString()->ToUtf8()
                               : "";
        return std::string(kNames[static_cast<int>(error->kind())]) + ": " + text;
      }
      return value.AsObject()->IsCallable() ? "function" : "object";
    }
    return "?";
  }

  Agent agent_;
  Vm vm_;
};

}  // namespace async_runtime::interpreter::vm::testing
