// Function objects (table-additional-essential-internal-methods-of-function-objects:
// [[Call]] and [[Construct]]) and NativeFunction, a function whose
// behaviour is a C++ callable (the shape of built-in functions, 10.3).
#pragma once

#include <functional>
#include <span>

#include "runtime/interpreter/completion.h"
#include "runtime/interpreter/object.h"

namespace async_runtime::interpreter {

class Agent;

class FunctionObject : public Object {
 public:
  using Object::Object;

  const char* CellName() const override { return "FunctionObject"; }
  bool IsCallable() const override { return true; }

  // [[Call]] ( thisArgument, argumentsList )
  virtual ThrowCompletionOr<Value> Call(Agent& agent, Value this_argument,
                                        std::span<const Value> arguments_list) = 0;

  // [[Construct]] ( argumentsList, newTarget ). Only called when
  // IsConstructor() is true; the default asserts.
  virtual ThrowCompletionOr<Object*> Construct(Agent& agent, std::span<const Value> arguments_list,
                                               Object* new_target);
};

// A function implemented in C++. Its behaviour must not capture heap cells
// (they would not be traced): keep them in properties or subclass instead.
class NativeFunction final : public FunctionObject {
 public:
  using Behaviour =
      std::function<ThrowCompletionOr<Value>(Agent& agent, Value this_value, std::span<const Value> arguments)>;

  NativeFunction(Shape* shape, Behaviour behaviour) : FunctionObject(shape), behaviour_(std::move(behaviour)) {}

  // A new native function whose [[Prototype]] is `prototype` (nullptr for
  // null, until realms provide %Function.prototype%).
  static NativeFunction* Create(Agent& agent, Behaviour behaviour, Object* prototype = nullptr);

  const char* CellName() const override { return "NativeFunction"; }

  ThrowCompletionOr<Value> Call(Agent& agent, Value this_argument,
                                std::span<const Value> arguments_list) override {
    return behaviour_(agent, this_argument, arguments_list);
  }

 private:
  Behaviour behaviour_;
};

}  // namespace async_runtime::interpreter
