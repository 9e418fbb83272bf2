// Function objects (table-additional-essential-internal-methods-of-function-objects:
// [[Call]] and [[Construct]]) and NativeFunction, a function whose
// behaviour is a C++ callable (the shape of built-in functions, 10.3).
#pragma once

#include <functional>
#include <span>
#include <vector>

#include "runtime/interpreter/completion.h"
#include "runtime/interpreter/object.h"

namespace async_runtime::interpreter {

class Agent;
class Realm;

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

  // [[BoundTargetFunction]] of a bound function exotic object (10.4.1); nullptr for every other function.
  virtual Object* BoundTargetFunction() const { return nullptr; }
};

// A built-in function object (10.3 Built-in Function Objects): its
// behaviour is a C++ callable. The behaviour gets NewTarget: nullptr when
// called through [[Call]], the new.target object through [[Construct]]
// (only for functions created as constructors). A behaviour must not capture
// heap cells (they would not be traced): keep them in properties, in
// `captured` slots, or subclass instead.
// A built-in iterator `next` method's algorithm without its IteratorResult object, for IteratorStepValue
// (7.4.10). `step` answers the value (nullopt when done) exactly as Call(next, iterator) followed by
// IteratorComplete and IteratorValue would: those only read the "done" and "value" own data properties of the
// fresh ordinary object CreateIteratorResultObject makes, which no code can observe. `applies` says whether
// `iterator` has the internal slots the method requires (when not, the ordinary Call throws the TypeError).
struct IteratorStepWithoutResult {
  bool (*applies)(Object* iterator);
  ThrowCompletionOr<std::optional<Value>> (*step)(Agent& agent, Object* iterator);
};

class NativeFunction final : public FunctionObject {
 public:
  using BuiltinBehaviour = std::function<ThrowCompletionOr<Value>(
      Agent& agent, Value this_value, std::span<const Value> arguments, Object* new_target)>;
  // The shape of a plain function without NewTarget.
  using Behaviour =
      std::function<ThrowCompletionOr<Value>(Agent& agent, Value this_value, std::span<const Value> arguments)>;

  NativeFunction(Shape* shape, BuiltinBehaviour behaviour, Realm* realm, bool is_constructor)
      : FunctionObject(shape), behaviour_(std::move(behaviour)), realm_(realm), is_constructor_(is_constructor) {}

  // A new native function whose [[Prototype]] is `prototype` (nullptr for
  // null), with no [[Realm]], not a constructor and no properties: for
  // tests and host code. Built-ins use builtins::CreateBuiltinFunction.
  static NativeFunction* Create(Agent& agent, Behaviour behaviour, Object* prototype = nullptr);

  const char* CellName() const override { return "NativeFunction"; }
  void VisitEdges(heap::Visitor& visitor) override;
  bool IsConstructor() const override { return is_constructor_; }

  // 10.3.1 [[Call]] ( thisArgument, argumentsList )
  ThrowCompletionOr<Value> Call(Agent& agent, Value this_argument, std::span<const Value> arguments_list) override;
  // 10.3.2 [[Construct]] ( argumentsList, newTarget )
  ThrowCompletionOr<Object*> Construct(Agent& agent, std::span<const Value> arguments_list,
                                       Object* new_target) override;

  Realm* realm() const { return realm_; }  // [[Realm]]
  ThrowCompletionOr<Realm*> FunctionRealm(Agent&) override { return realm_; }
  void set_realm(Realm* realm) { realm_ = realm; }
  void set_is_constructor(bool value) { is_constructor_ = value; }

  // Values a behaviour needs besides its arguments (bound target, resolving
  // functions' promise, ...): traced, unlike captures of the C++ callable.
  std::vector<Value>& captured() { return captured_; }

  // Set on built-in iterator next methods that IteratorStepValue may run without a result object.
  const IteratorStepWithoutResult* iterator_step() const { return iterator_step_; }
  void set_iterator_step(const IteratorStepWithoutResult* step) { iterator_step_ = step; }

 private:
  // 10.3.3 BuiltinCallOrConstruct ( F, thisArgument, argumentsList, newTarget )
  ThrowCompletionOr<Value> BuiltinCallOrConstruct(Agent& agent, Value this_argument,
                                                  std::span<const Value> arguments_list, Object* new_target);

  BuiltinBehaviour behaviour_;
  const IteratorStepWithoutResult* iterator_step_ = nullptr;
  Realm* realm_;
  bool is_constructor_;
  std::vector<Value> captured_;
};

}  // namespace async_runtime::interpreter
