#include "runtime/builtins/error.h"

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

using interpreter::ErrorKind;
using interpreter::ErrorObject;
using interpreter::RootedValue;

namespace {

struct ErrorKindInfo {
  ErrorKind kind;
  Intrinsic constructor;
  Intrinsic prototype;
  const char16_t* name;
};

constexpr ErrorKindInfo kNativeErrors[] = {
    {ErrorKind::kEvalError, Intrinsic::kEvalError, Intrinsic::kEvalErrorPrototype, u"EvalError"},
    {ErrorKind::kRangeError, Intrinsic::kRangeError, Intrinsic::kRangeErrorPrototype, u"RangeError"},
    {ErrorKind::kReferenceError, Intrinsic::kReferenceError, Intrinsic::kReferenceErrorPrototype, u"ReferenceError"},
    {ErrorKind::kSyntaxError, Intrinsic::kSyntaxError, Intrinsic::kSyntaxErrorPrototype, u"SyntaxError"},
    {ErrorKind::kTypeError, Intrinsic::kTypeError, Intrinsic::kTypeErrorPrototype, u"TypeError"},
    {ErrorKind::kURIError, Intrinsic::kURIError, Intrinsic::kURIErrorPrototype, u"URIError"},
};

// The steps shared by 20.5.1.1 Error ( message [ , options ] ) and
// 20.5.6.1.1 NativeError ( message [ , options ] ).
ThrowCompletionOr<Value> ConstructError(Agent& agent, std::span<const Value> arguments, Object* new_target,
                                        ErrorKind kind, Intrinsic constructor, Intrinsic prototype) {
  RootedValue message(agent.heap(), Argument(arguments, 0));
  RootedValue options(agent.heap(), Argument(arguments, 1));
  // 1. If NewTarget is undefined, let newTarget be the active function object; else let newTarget be NewTarget.
  if (new_target == nullptr) new_target = agent.current_realm()->intrinsic(constructor);
  // 2. Let O be ? OrdinaryCreateFromConstructor(newTarget, "%NativeError.prototype%", « [[ErrorData]] »).
  heap::Handle<ErrorObject> o(agent.heap(),
                              TRY(OrdinaryCreateFromConstructor<ErrorObject>(agent, new_target, prototype, kind)));
  // 3. If message is not undefined, then
  if (!message->IsUndefined()) {
    // a. Let msg be ? ToString(message).
    RootedValue msg(agent.heap(), TRY(interpreter::vm::ToString(agent, message)));
    // b. Perform CreateNonEnumerableDataPropertyOrThrow(O, "message", msg).
    interpreter::CreateNonEnumerableDataPropertyOrThrow(agent, o, agent.Key(u"message"), msg);
  }
  // 4. Perform ? InstallErrorCause(O, options).
  TRY(InstallErrorCause(agent, o, options));
  // 5. Return O.
  return Value::FromObject(o);
}

}  // namespace

// 20.5.9.1 InstallErrorCause ( obj, options )
// https://tc39.es/ecma262/#sec-installerrorcause
ThrowCompletionOr<void> InstallErrorCause(Agent& agent, Object* o, Value options) {
  heap::Handle<Object> rooted_o(agent.heap(), o);
  // 1. If options is an Object and ? HasProperty(options, "cause") is true, then
  if (options.IsObject() && TRY(interpreter::HasProperty(agent, options.AsObject(), agent.Key(u"cause")))) {
    // a. Let cause be ? Get(options, "cause").
    RootedValue cause(agent.heap(), TRY(interpreter::Get(agent, options.AsObject(), agent.Key(u"cause"))));
    // b. Perform CreateNonEnumerableDataPropertyOrThrow(O, "cause", cause).
    interpreter::CreateNonEnumerableDataPropertyOrThrow(agent, rooted_o, agent.Key(u"cause"), cause);
  }
  // 2. Return unused.
  return {};
}

// 20.5.3.4 Error.prototype.toString ( )
// https://tc39.es/ecma262/#sec-error.prototype.tostring
static ThrowCompletionOr<Value> ErrorPrototypeToString(Agent& agent, Value this_value, std::span<const Value>,
                                                       Object*) {
  // 1. Let O be the this value.
  // 2. If O is not an Object, throw a TypeError exception.
  if (!this_value.IsObject()) return interpreter::ThrowTypeError(agent, u"Error.prototype.toString called on a non-object");
  heap::Handle<Object> o(agent.heap(), this_value.AsObject());
  // 3. Let name be ? Get(O, "name").
  Value name_value = TRY(interpreter::Get(agent, o, agent.Key(u"name")));
  // 4. If name is undefined, set name to "Error"; otherwise set name to ? ToString(name).
  RootedValue name(agent.heap(), name_value.IsUndefined() ? agent.InternedString(u"Error")
                                                          : TRY(interpreter::vm::ToString(agent, name_value)));
  // 5. Let msg be ? Get(O, "message").
  Value msg_value = TRY(interpreter::Get(agent, o, agent.Key(u"message")));
  // 6. If msg is undefined, set msg to the empty String; otherwise set msg to ? ToString(msg).
  RootedValue msg(agent.heap(), msg_value.IsUndefined() ? agent.InternedString(u"")
                                                        : TRY(interpreter::vm::ToString(agent, msg_value)));
  std::u16string_view name_text = name->AsString()->code_units();
  std::u16string_view msg_text = msg->AsString()->code_units();
  // 7. If name is the empty String, return msg.
  if (name_text.empty()) return msg.get();
  // 8. If msg is the empty String, return name.
  if (msg_text.empty()) return name.get();
  // 9. Return the string-concatenation of name, the code unit 0x003A (COLON), the code unit 0x0020 (SPACE), and msg.
  return interpreter::vm::MakeString(agent, std::u16string(name_text) + u": " + std::u16string(msg_text));
}

// 20.5.2.1 Error.isError ( arg )
// https://tc39.es/ecma262/#sec-error.iserror
static ThrowCompletionOr<Value> ErrorIsError(Agent&, Value, std::span<const Value> arguments, Object*) {
  Value arg = Argument(arguments, 0);
  // 1. If arg is not an Object, return false.
  if (!arg.IsObject()) return Value::Boolean(false);
  // 2. If arg does not have an [[ErrorData]] internal slot, return false.
  // 3. Return true.
  return Value::Boolean(dynamic_cast<ErrorObject*>(arg.AsObject()) != nullptr);
}

void CreateErrorIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 20.5.1.1 Error ( message [ , options ] )
  // https://tc39.es/ecma262/#sec-error-message
  Object* error_prototype = realm->intrinsic(Intrinsic::kErrorPrototype);
  NativeFunction* error = CreateBuiltinConstructor(
      agent, realm, Intrinsic::kError, u"Error", 1,
      [](Agent& agent, Value, std::span<const Value> arguments, Object* new_target) {
        return ConstructError(agent, arguments, new_target, ErrorKind::kError, Intrinsic::kError,
                              Intrinsic::kErrorPrototype);
      },
      error_prototype);
  heap::Handle<NativeFunction> rooted_error(agent.heap(), error);
  DefineBuiltinMethod(agent, realm, rooted_error, u"isError", 1, ErrorIsError);
  // 20.5.3.2 Error.prototype.message: the empty String. 20.5.3.3 Error.prototype.name: "Error".
  error_prototype = realm->intrinsic(Intrinsic::kErrorPrototype);
  DefineBuiltinData(agent, error_prototype, u"message", agent.InternedString(u""));
  DefineBuiltinData(agent, error_prototype, u"name", agent.InternedString(u"Error"));
  DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kErrorPrototype), u"toString", 0,
                      ErrorPrototypeToString);

  // 20.5.6.1 The NativeError Constructors: [[Prototype]] %Error%.
  for (const ErrorKindInfo& info : kNativeErrors) {
    ErrorKind kind = info.kind;
    Intrinsic constructor = info.constructor;
    Intrinsic prototype = info.prototype;
    CreateBuiltinConstructor(
        agent, realm, constructor, info.name, 1,
        [kind, constructor, prototype](Agent& agent, Value, std::span<const Value> arguments, Object* new_target) {
          return ConstructError(agent, arguments, new_target, kind, constructor, prototype);
        },
        realm->intrinsic(prototype), realm->intrinsic(Intrinsic::kError));
    // 20.5.6.3.2 NativeError.prototype.message: the empty String. 20.5.6.3.3 NativeError.prototype.name.
    Object* native_prototype = realm->intrinsic(prototype);
    DefineBuiltinData(agent, native_prototype, u"message", agent.InternedString(u""));
    DefineBuiltinData(agent, realm->intrinsic(prototype), u"name", agent.InternedString(info.name));
  }
}

}  // namespace async_runtime::builtins
