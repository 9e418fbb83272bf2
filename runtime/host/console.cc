#include "runtime/host/console.h"

#include <array>

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/function_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/primitive_string.h"
#include "runtime/interpreter/property_descriptor.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::host {

using interpreter::Agent;
using interpreter::ErrorKind;
using interpreter::ErrorObject;
using interpreter::NativeFunction;
using interpreter::Object;
using interpreter::PropertyDescriptor;
using interpreter::Realm;
using interpreter::RootedValue;
using interpreter::ThrowCompletionOr;
using interpreter::Value;

namespace {

// ToString(value) as UTF-8. The String is converted before anything else
// allocates, so it needs no rooting.
ThrowCompletionOr<std::string> ToUtf8String(Agent& agent, Value value) {
  Value string = TRY(interpreter::vm::ToString(agent, value));
  return string.AsString()->ToUtf8();
}

// The String value of obj[name], or "" when the property is missing, not a
// String, or its lookup throws (used only where the caller must not throw).
std::string StringPropertyOrEmpty(Agent& agent, Object* obj, std::u16string_view name) {
  auto property = interpreter::Get(agent, obj, agent.Key(name));
  if (property.is_throw_completion() || !property.value().IsString()) return "";
  return property.value().AsString()->ToUtf8();
}

const char* ErrorKindName(ErrorKind kind) {
  static constexpr std::array<const char*, interpreter::kErrorKindCount> kNames = {
      "Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError", "AggregateError"};
  return kNames[static_cast<size_t>(kind)];
}

// Whether obj (or its prototype chain) has a callable `name` property; a
// throwing getter propagates.
ThrowCompletionOr<bool> HasCallableProperty(Agent& agent, Object* obj, std::u16string_view name) {
  Value property = TRY(interpreter::Get(agent, obj, agent.Key(name)));
  return interpreter::IsCallable(property);
}

ThrowCompletionOr<std::string> JoinWithSpaces(
    Agent& agent, std::span<const Value> arguments,
    ThrowCompletionOr<std::string> (*format)(Agent& agent, Value value)) {
  std::string line;
  for (size_t i = 0; i < arguments.size(); ++i) {
    if (i > 0) line += ' ';
    line += TRY(format(agent, arguments[i]));
  }
  return line;
}

}  // namespace

ThrowCompletionOr<std::string> FormatPrintArguments(Agent& agent, std::span<const Value> arguments) {
  return JoinWithSpaces(agent, arguments, &ToUtf8String);
}

ThrowCompletionOr<std::string> FormatConsoleValue(Agent& agent, Value value) {
  if (value.IsSymbol()) return std::string("Symbol()");
  if (!value.IsObject()) return ToUtf8String(agent, value);
  Object* obj = value.AsObject();
  RootedValue keep(agent.heap(), value);
  if (auto* error = dynamic_cast<ErrorObject*>(obj)) {
    std::string message = StringPropertyOrEmpty(agent, error, u"message");
    std::string name = ErrorName(agent, error);
    return message.empty() ? name : name + ": " + message;
  }
  if (TRY(HasCallableProperty(agent, obj, u"toString")) || TRY(HasCallableProperty(agent, obj, u"valueOf"))) {
    return ToUtf8String(agent, value);
  }
  return std::string(obj->IsCallable() ? "[object Function]" : "[object Object]");
}

ThrowCompletionOr<std::string> FormatConsoleArguments(Agent& agent, std::span<const Value> arguments) {
  return JoinWithSpaces(agent, arguments, &FormatConsoleValue);
}

std::string ErrorName(Agent& agent, Object* error) {
  RootedValue keep(agent.heap(), Value::FromObject(error));
  std::string name = StringPropertyOrEmpty(agent, error, u"name");
  if (!name.empty()) return name;
  auto constructor = interpreter::Get(agent, error, agent.Key(u"constructor"));
  if (constructor.is_normal_completion() && constructor.value().IsObject()) {
    RootedValue keep_constructor(agent.heap(), constructor.value());
    name = StringPropertyOrEmpty(agent, constructor.value().AsObject(), u"name");
    if (!name.empty()) return name;
  }
  if (auto* error_object = dynamic_cast<ErrorObject*>(error)) return ErrorKindName(error_object->kind());
  return "Error";
}

std::string DescribeUncaught(Agent& agent, Value thrown) {
  auto text = FormatConsoleValue(agent, thrown);
  if (text.is_throw_completion()) return "Uncaught <value that could not be converted to a string>";
  return "Uncaught " + text.value();
}

ThrowCompletionOr<void> InstallConsole(Agent& agent, Realm* realm, Object* global_object, std::ostream& out,
                                       std::ostream& err) {
  Object* function_prototype = realm->intrinsic(interpreter::Intrinsic::kFunctionPrototype);
  Object* object_prototype = realm->intrinsic(interpreter::Intrinsic::kObjectPrototype);
  RootedValue keep_global(agent.heap(), Value::FromObject(global_object));

  // A native function writing one formatted line to `stream`. The behaviour
  // captures only the stream and a plain function pointer, no heap cells.
  auto make_writer = [&](std::ostream& stream,
                         ThrowCompletionOr<std::string> (*format)(Agent&, std::span<const Value>)) {
    std::ostream* target = &stream;
    return NativeFunction::Create(
        agent,
        [target, format](Agent& agent, Value, std::span<const Value> arguments) -> ThrowCompletionOr<Value> {
          std::string line = TRY(format(agent, arguments));
          *target << line << '\n';
          target->flush();
          return Value::Undefined();
        },
        function_prototype);
  };
  auto define = [&](Object* target, std::u16string_view name, Object* value) -> ThrowCompletionOr<void> {
    return interpreter::DefinePropertyOrThrow(agent, target, agent.Key(name),
                                              PropertyDescriptor::Data(Value::FromObject(value), true, false, true));
  };

  // Every new cell is held by a Handle: defining a property allocates
  // (interned keys, shapes) and may collect.
  heap::Handle<Object> print(agent.heap(), make_writer(out, &FormatPrintArguments));
  TRY(define(global_object, u"print", print.get()));
  heap::Handle<Object> console(agent.heap(), interpreter::OrdinaryObjectCreate(agent, object_prototype));
  TRY(define(global_object, u"console", console.get()));
  heap::Handle<Object> log(agent.heap(), make_writer(out, &FormatConsoleArguments));
  TRY(define(console.get(), u"log", log.get()));
  heap::Handle<Object> error(agent.heap(), make_writer(err, &FormatConsoleArguments));
  TRY(define(console.get(), u"error", error.get()));
  return {};
}

}  // namespace async_runtime::host
