#include "runtime/builtins/suppressed_error.h"

#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

using interpreter::ErrorKind;
using interpreter::ErrorObject;
using interpreter::RootedValue;

namespace {

// 20.5.8.1.1 SuppressedError ( error, suppressed, message )
// https://tc39.es/ecma262/#sec-suppressederror
ThrowCompletionOr<Value> SuppressedErrorConstructor(Agent& agent, Value, std::span<const Value> arguments,
                                                    Object* new_target) {
  RootedValue error(agent.heap(), Argument(arguments, 0));
  RootedValue suppressed(agent.heap(), Argument(arguments, 1));
  RootedValue message(agent.heap(), Argument(arguments, 2));
  // 1. If NewTarget is undefined, let newTarget be the active function object; else let newTarget be NewTarget.
  if (new_target == nullptr) new_target = CurrentIntrinsic(agent, Intrinsic::kSuppressedError);
  // 2. Let obj be ? OrdinaryCreateFromConstructor(newTarget, "%SuppressedError.prototype%", « [[ErrorData]] »).
  //    (ErrorKind has no SuppressedError entry; any kind stands for [[ErrorData]], the prototype is what
  //    makes it a SuppressedError.)
  heap::Handle<ErrorObject> obj(agent.heap(), TRY(OrdinaryCreateFromConstructor<ErrorObject>(
                                                  agent, new_target, Intrinsic::kSuppressedErrorPrototype,
                                                  ErrorKind::kError)));
  // 3. If message is not undefined, then
  if (!message->IsUndefined()) {
    // a. Let messageString be ? ToString(message).
    RootedValue message_string(agent.heap(), TRY(interpreter::vm::ToString(agent, message)));
    // b. Perform CreateNonEnumerableDataPropertyOrThrow(obj, "message", messageString).
    interpreter::CreateNonEnumerableDataPropertyOrThrow(agent, obj, agent.Key(u"message"), message_string);
  }
  // 4. Perform CreateNonEnumerableDataPropertyOrThrow(obj, "error", error).
  interpreter::CreateNonEnumerableDataPropertyOrThrow(agent, obj, agent.Key(u"error"), error);
  // 5. Perform CreateNonEnumerableDataPropertyOrThrow(obj, "suppressed", suppressed).
  interpreter::CreateNonEnumerableDataPropertyOrThrow(agent, obj, agent.Key(u"suppressed"), suppressed);
  // 6. Return obj.
  return Value::FromObject(obj);
}

}  // namespace

ErrorObject* NewSuppressedError(Agent& agent, Value error_value, Value suppressed_value) {
  RootedValue error(agent.heap(), error_value);
  RootedValue suppressed(agent.heap(), suppressed_value);
  heap::Handle<ErrorObject> suppressed_error(
      agent.heap(), interpreter::OrdinaryObjectCreate<ErrorObject>(
                        agent, CurrentIntrinsic(agent, Intrinsic::kSuppressedErrorPrototype), ErrorKind::kError));
  interpreter::CreateNonEnumerableDataPropertyOrThrow(agent, suppressed_error, agent.Key(u"error"), error);
  interpreter::CreateNonEnumerableDataPropertyOrThrow(agent, suppressed_error, agent.Key(u"suppressed"),
                                                      suppressed);
  return suppressed_error.get();
}

void CreateSuppressedErrorIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 20.5.8.3 Properties of the SuppressedError Prototype Object: an ordinary object without [[ErrorData]]
  // whose [[Prototype]] is %Error.prototype%.
  realm->set_intrinsic(Intrinsic::kSuppressedErrorPrototype,
                       interpreter::OrdinaryObjectCreate(agent, realm->intrinsic(Intrinsic::kErrorPrototype)));
  // 20.5.8.2 Properties of the SuppressedError Constructor: [[Prototype]] %Error%, "length" 3.
  // 20.5.8.2.1 SuppressedError.prototype and 20.5.8.3.1 SuppressedError.prototype.constructor.
  CreateBuiltinConstructor(agent, realm, Intrinsic::kSuppressedError, u"SuppressedError", 3,
                           SuppressedErrorConstructor, realm->intrinsic(Intrinsic::kSuppressedErrorPrototype),
                           realm->intrinsic(Intrinsic::kError));
  // 20.5.8.3.2 SuppressedError.prototype.message: the empty String.
  DefineBuiltinData(agent, realm->intrinsic(Intrinsic::kSuppressedErrorPrototype), u"message",
                    agent.InternedString(u""));
  // 20.5.8.3.3 SuppressedError.prototype.name: "SuppressedError".
  DefineBuiltinData(agent, realm->intrinsic(Intrinsic::kSuppressedErrorPrototype), u"name",
                    agent.InternedString(u"SuppressedError"));
}

}  // namespace async_runtime::builtins
