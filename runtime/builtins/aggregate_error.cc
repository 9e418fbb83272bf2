#include "runtime/builtins/aggregate_error.h"

#include <vector>

#include "runtime/builtins/error.h"
#include "runtime/interpreter/array_object.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/iteration.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

using interpreter::ErrorKind;
using interpreter::ErrorObject;
using interpreter::PropertyDescriptor;
using interpreter::RootedValue;

namespace {

// 20.5.7.1.1 AggregateError ( errors, message [ , options ] )
// https://tc39.es/ecma262/#sec-aggregate-error
ThrowCompletionOr<Value> AggregateErrorConstructor(Agent& agent, Value, std::span<const Value> arguments,
                                                   Object* new_target) {
  RootedValue errors(agent.heap(), Argument(arguments, 0));
  RootedValue message(agent.heap(), Argument(arguments, 1));
  RootedValue options(agent.heap(), Argument(arguments, 2));
  // 1. If NewTarget is undefined, let newTarget be the active function object; else let newTarget be NewTarget.
  if (new_target == nullptr) new_target = CurrentIntrinsic(agent, Intrinsic::kAggregateError);
  // 2. Let O be ? OrdinaryCreateFromConstructor(newTarget, "%AggregateError.prototype%", « [[ErrorData]] »).
  heap::Handle<ErrorObject> o(agent.heap(), TRY(OrdinaryCreateFromConstructor<ErrorObject>(
                                                agent, new_target, Intrinsic::kAggregateErrorPrototype,
                                                ErrorKind::kAggregateError)));
  // 3. If message is not undefined, then
  if (!message->IsUndefined()) {
    // a. Let msg be ? ToString(message).
    RootedValue msg(agent.heap(), TRY(interpreter::vm::ToString(agent, message)));
    // b. Perform CreateNonEnumerableDataPropertyOrThrow(O, "message", msg).
    interpreter::CreateNonEnumerableDataPropertyOrThrow(agent, o, agent.Key(u"message"), msg);
  }
  // 4. Perform ? InstallErrorCause(O, options).
  TRY(InstallErrorCause(agent, o, options));
  // 5. Let errorsList be ? IteratorToList(? GetIterator(errors, sync)).
  std::vector<RootedValue> errors_list;
  TRY(interpreter::vm::IterableToList(agent, errors, errors_list));
  // 6. Perform ! DefinePropertyOrThrow(O, "errors", PropertyDescriptor { [[Configurable]]: true,
  //    [[Enumerable]]: false, [[Writable]]: true, [[Value]]: CreateArrayFromList(errorsList) }).
  RootedValue errors_array(agent.heap(),
                           Value::FromObject(interpreter::CreateArrayFromList(agent, std::span<const RootedValue>(errors_list))));
  MUST(interpreter::DefinePropertyOrThrow(agent, o, agent.Key(u"errors"),
                                          PropertyDescriptor::Data(errors_array, true, false, true)));
  // 7. Return O.
  return Value::FromObject(o);
}

}  // namespace

void CreateAggregateErrorIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 20.5.7.2 Properties of the AggregateError Constructor: [[Prototype]] %Error%, "length" 2.
  CreateBuiltinConstructor(agent, realm, Intrinsic::kAggregateError, u"AggregateError", 2,
                           AggregateErrorConstructor, realm->intrinsic(Intrinsic::kAggregateErrorPrototype),
                           realm->intrinsic(Intrinsic::kError));
  // 20.5.7.3 Properties of the AggregateError Prototype Object: [[Prototype]] %Error.prototype%.
  // 20.5.7.3.2 AggregateError.prototype.message: the empty String.
  DefineBuiltinData(agent, realm->intrinsic(Intrinsic::kAggregateErrorPrototype), u"message",
                    agent.InternedString(u""));
  // 20.5.7.3.3 AggregateError.prototype.name: "AggregateError".
  DefineBuiltinData(agent, realm->intrinsic(Intrinsic::kAggregateErrorPrototype), u"name",
                    agent.InternedString(u"AggregateError"));
}

}  // namespace async_runtime::builtins
