// 20.2 Function Objects: the properties of %Function.prototype% (apply,
// bind, call, toString, @@hasInstance) and bound function exotic objects
// (10.4.1). The Function constructor (20.2.1, CreateDynamicFunction) needs
// the compiler and lives with eval.
#pragma once

#include <vector>

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// 10.4.1 Bound Function Exotic Objects
// https://tc39.es/ecma262/#sec-bound-function-exotic-objects
class BoundFunctionObject final : public interpreter::FunctionObject {
 public:
  BoundFunctionObject(interpreter::Shape* shape, Object* target, Value bound_this, std::vector<Value> bound_arguments)
      : FunctionObject(shape), target_(target), bound_this_(bound_this), bound_arguments_(std::move(bound_arguments)) {}
  const char* CellName() const override { return "BoundFunctionObject"; }
  void VisitEdges(heap::Visitor& visitor) override;
  bool IsConstructor() const override { return target_->IsConstructor(); }
  ThrowCompletionOr<Realm*> FunctionRealm(Agent& agent) override;

  // 10.4.1.1 [[Call]] ( thisArgument, argumentsList )
  ThrowCompletionOr<Value> Call(Agent& agent, Value this_argument, std::span<const Value> arguments_list) override;
  // 10.4.1.2 [[Construct]] ( argumentsList, newTarget )
  ThrowCompletionOr<Object*> Construct(Agent& agent, std::span<const Value> arguments_list,
                                       Object* new_target) override;

  Object* target() const { return target_; }  // [[BoundTargetFunction]]
  Object* BoundTargetFunction() const override { return target_; }

 private:
  Object* target_;
  Value bound_this_;                    // [[BoundThis]]
  std::vector<Value> bound_arguments_;  // [[BoundArguments]]
};

// 10.4.1.3 BoundFunctionCreate ( targetFunction, boundThis, boundArgs )
// https://tc39.es/ecma262/#sec-boundfunctioncreate
ThrowCompletionOr<BoundFunctionObject*> BoundFunctionCreate(Agent& agent, Object* target_function, Value bound_this,
                                                            std::span<const Value> bound_args);

// Defines apply, bind, call, constructor-less toString and @@hasInstance on
// the realm's %Function.prototype%, and its "length" and "name".
void CreateFunctionPrototypeProperties(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
