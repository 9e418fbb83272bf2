// Error objects created by the engine itself (20.5 Error Objects: ordinary
// objects with an [[ErrorData]] internal slot), and the ThrowTypeError family
// that builds the throw completions of the spec's "throw a TypeError exception".
#pragma once

#include <string_view>

#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/completion.h"
#include "runtime/interpreter/object.h"

namespace async_runtime::interpreter {

class ErrorObject final : public Object {
 public:
  ErrorObject(Shape* shape, ErrorKind kind) : Object(shape), kind_(kind) {}
  const char* CellName() const override { return "ErrorObject"; }
  ErrorKind kind() const { return kind_; }

 private:
  ErrorKind kind_;  // stands for [[ErrorData]]
};

// A new error of `kind` whose [[Prototype]] is agent.error_prototype(kind),
// with an own non-enumerable "message" property.
ErrorObject* CreateError(Agent& agent, ErrorKind kind, std::u16string_view message);

// A throw completion holding a new error. The thrown value is not rooted:
// whoever receives a throw completion and then allocates (e.g. to close an
// iterator before rethrowing) must root the value first (RootedValue).
ThrowCompletion ThrowError(Agent& agent, ErrorKind kind, std::u16string_view message);
inline ThrowCompletion ThrowTypeError(Agent& agent, std::u16string_view message) {
  return ThrowError(agent, ErrorKind::kTypeError, message);
}
inline ThrowCompletion ThrowRangeError(Agent& agent, std::u16string_view message) {
  return ThrowError(agent, ErrorKind::kRangeError, message);
}

}  // namespace async_runtime::interpreter
