#include "runtime/interpreter/error_object.h"

#include "runtime/interpreter/object_operations.h"

namespace async_runtime::interpreter {

ErrorObject* CreateError(Agent& agent, ErrorKind kind, std::u16string_view message) {
  heap::Handle<ErrorObject> error(agent.heap(),
                                  OrdinaryObjectCreate<ErrorObject>(agent, agent.error_prototype(kind), kind));
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
