#include "runtime/builtins/array_for_json.h"

#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

ThrowCompletionOr<Object*> CreateArrayForJson(Agent& agent) {
  Realm* realm = agent.current_realm();
  if (Object* array_constructor = realm->intrinsic(Intrinsic::kArray)) {
    return interpreter::vm::Construct(agent, array_constructor);
  }
  Object* prototype = realm->intrinsic(Intrinsic::kArrayPrototype);
  if (prototype == nullptr) prototype = realm->intrinsic(Intrinsic::kObjectPrototype);
  heap::Handle<Object> array(agent.heap(), interpreter::OrdinaryObjectCreate<Object>(agent, prototype));
  DefineBuiltinData(agent, array, u"length", Value::Int32(0), true, false, false);
  return array.get();
}

ThrowCompletionOr<Object*> CreateArrayFromListStandIn(Agent& agent, std::span<const Value> elements) {
  // 1. Let array be ! ArrayCreate(0).
  heap::Handle<Object> array(agent.heap(), TRY(CreateArrayForJson(agent)));
  // 2. Let n be 0.
  // 3. For each element e of elements, do
  for (size_t n = 0; n < elements.size(); ++n) {
    // a. Perform ! CreateDataPropertyOrThrow(array, ! ToString(𝔽(n)), e).
    // b. Set n to n + 1.
    TRY(interpreter::CreateDataPropertyOrThrow(
        agent, array, PropertyKey::FromNumber(agent.strings(), static_cast<double>(n)), elements[n]));
  }
  // (The stand-in's "length" is not maintained by [[DefineOwnProperty]]; for an Array this is a no-op.)
  TRY(interpreter::Set(agent, array, agent.Key(u"length"), Value::Number(static_cast<double>(elements.size())),
                       true));
  // 4. Return array.
  return array.get();
}

}  // namespace async_runtime::builtins
