#include "runtime/interpreter/error_object.h"

#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/realm.h"

namespace async_runtime::interpreter {

ErrorObject* CreateError(Agent& agent, ErrorKind kind, std::u16string_view message) {
  // The prototype of the current realm's constructor for `kind` (errors thrown by the engine's operations
  // are created in the running execution context's realm).
  static constexpr Intrinsic kPrototypes[] = {
      Intrinsic::kErrorPrototype,          Intrinsic::kEvalErrorPrototype,  Intrinsic::kRangeErrorPrototype,
      Intrinsic::kReferenceErrorPrototype, Intrinsic::kSyntaxErrorPrototype, Intrinsic::kTypeErrorPrototype,
      Intrinsic::kURIErrorPrototype,       Intrinsic::kAggregateErrorPrototype};
  Object* prototype = agent.current_realm() != nullptr
                          ? agent.current_realm()->intrinsic(kPrototypes[static_cast<size_t>(kind)])
                          : agent.error_prototype(kind);
  heap::Handle<ErrorObject> error(agent.heap(), OrdinaryObjectCreate<ErrorObject>(agent, prototype, kind));
  // As the Error constructor does (sec-error-message): a non-enumerable "message".
  RootedValue message_value(
      agent.heap(), Value::FromString(agent.Allocate<PrimitiveString>(std::u16string(message))));
  CreateNonEnumerableDataPropertyOrThrow(agent, error, agent.Key(u"message"), message_value);
  return error.get();
}

ThrowCompletion ThrowError(Agent& agent, ErrorKind kind, std::u16string_view message) {
  return ThrowCompletion(Value::FromObject(CreateError(agent, kind, message)));
}

}  // namespace async_runtime::interpreter
