// 10.4.7 Immutable Prototype Exotic Objects: %Object.prototype% (and, in
// hosts, the global object's prototype chain) whose [[Prototype]] never
// changes once set.
#pragma once

#include "runtime/interpreter/completion.h"
#include "runtime/interpreter/object.h"

namespace async_runtime::interpreter {

// 10.4.7.2 SetImmutablePrototype ( obj, proto )
// https://tc39.es/ecma262/#sec-set-immutable-prototype
ThrowCompletionOr<bool> SetImmutablePrototype(Agent& agent, Object* obj, Object* proto);

class ImmutablePrototypeObject final : public Object {
 public:
  using Object::Object;
  const char* CellName() const override { return "ImmutablePrototypeObject"; }

  // 10.4.7.1 [[SetPrototypeOf]] ( proto )
  // https://tc39.es/ecma262/#sec-immutable-prototype-exotic-objects-setprototypeof-v
  ThrowCompletionOr<bool> SetPrototypeOf(Agent& agent, Object* proto) override {
    // 1. Return ? SetImmutablePrototype(obj, proto).
    return SetImmutablePrototype(agent, this, proto);
  }
};

// 10.4.7.2 SetImmutablePrototype ( obj, proto )
// https://tc39.es/ecma262/#sec-set-immutable-prototype
inline ThrowCompletionOr<bool> SetImmutablePrototype(Agent& agent, Object* obj, Object* proto) {
  // 1. Let current be ? obj.[[GetPrototypeOf]]().
  Object* current = TRY(obj->GetPrototypeOf(agent));
  // 2. If SameValue(proto, current) is true, return true.
  if (proto == current) return true;
  // 3. Return false.
  return false;
}

}  // namespace async_runtime::interpreter
