#include "runtime/builtins/iterator_dispose.h"

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

using interpreter::RootedValue;

namespace {

// 27.1.3.3.13 Iterator.prototype [ %Symbol.dispose% ] ( )
// https://tc39.es/ecma262/#sec-iterator.prototype-%symbol.dispose%
ThrowCompletionOr<Value> IteratorPrototypeDispose(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let obj be the this value.
  RootedValue obj(agent.heap(), this_value);
  // 2. Let return be ? GetMethod(obj, "return").
  //    (7.3.10 GetMethod ( V, P ) on any value:)
  //    1. Let func be ? GetV(V, P).
  RootedValue return_method(agent.heap(),
                            TRY(interpreter::vm::GetV(agent, agent.current_realm(), obj, agent.Key(u"return"))));
  //    2. If func is either undefined or null, return undefined.
  if (return_method->IsNull()) return_method = Value::Undefined();
  //    3. If IsCallable(func) is false, throw a TypeError exception.
  if (!return_method->IsUndefined() && !interpreter::IsCallable(return_method)) {
    return interpreter::ThrowTypeError(agent, u"iterator's return is not callable");
  }
  // 3. If return is not undefined, then
  if (!return_method->IsUndefined()) {
    // a. Perform ? Call(return, obj).
    TRY(interpreter::Call(agent, return_method, obj, {}));
  }
  // 4. Return undefined.
  return Value::Undefined();
}

}  // namespace

void CreateIteratorDisposeIntrinsics(Agent& agent, Realm* realm) {
  // The value of the "name" property of this method is "[Symbol.dispose]".
  DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kIteratorPrototype), WellKnownSymbol::kDispose, 0,
                      IteratorPrototypeDispose);
}

}  // namespace async_runtime::builtins
