#include "runtime/interpreter/function_object.h"

#include <cassert>

#include "runtime/interpreter/agent.h"

namespace async_runtime::interpreter {

ThrowCompletionOr<Object*> FunctionObject::Construct(Agent&, std::span<const Value>, Object*) {
  assert(false && "[[Construct]] called on a function object that is not a constructor");
  return nullptr;
}

NativeFunction* NativeFunction::Create(Agent& agent, Behaviour behaviour, Object* prototype) {
  return OrdinaryObjectCreate<NativeFunction>(agent, prototype, std::move(behaviour));
}

}  // namespace async_runtime::interpreter
