#include "runtime/builtins/async_iterator_prototype.h"

#include "runtime/interpreter/object_operations.h"

namespace async_runtime::builtins {

namespace {

// 27.1.4.2 %AsyncIteratorPrototype% [ %Symbol.asyncIterator% ] ( )
// https://tc39.es/ecma262/#sec-%asynciteratorprototype%-%symbol.asynciterator%
ThrowCompletionOr<Value> AsyncIteratorPrototypeAsyncIterator(Agent&, Value this_value, std::span<const Value>,
                                                             Object*) {
  // 1. Return the this value.
  return this_value;
}

}  // namespace

Object* EnsureAsyncIteratorPrototype(Agent& agent, Realm* realm_record) {
  if (Object* existing = realm_record->intrinsic(Intrinsic::kAsyncIteratorPrototype)) return existing;
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 27.1.4 The %AsyncIteratorPrototype% Object: an ordinary object whose [[Prototype]] is %Object.prototype%.
  heap::Handle<Object> prototype(
      agent.heap(), interpreter::OrdinaryObjectCreate(agent, realm->intrinsic(Intrinsic::kObjectPrototype)));
  realm->set_intrinsic(Intrinsic::kAsyncIteratorPrototype, prototype);
  DefineBuiltinMethod(agent, realm, prototype, WellKnownSymbol::kAsyncIterator, 0, AsyncIteratorPrototypeAsyncIterator);
  return prototype.get();
}

}  // namespace async_runtime::builtins
