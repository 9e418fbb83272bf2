#include "runtime/interpreter/realm.h"

#include "runtime/interpreter/function_object.h"
#include "runtime/interpreter/immutable_prototype_object.h"

namespace async_runtime::interpreter {

const char* IntrinsicName(Intrinsic intrinsic) {
  static constexpr const char* kNames[] = {
#define ASYNC_RUNTIME_NAME(enumerator, name) name,
      ASYNC_RUNTIME_INTRINSICS(ASYNC_RUNTIME_NAME)
#undef ASYNC_RUNTIME_NAME
  };
  return kNames[static_cast<size_t>(intrinsic)];
}

void Realm::VisitEdges(heap::Visitor& visitor) {
  for (Object* object : intrinsics_) visitor.Visit(object);
  visitor.Visit(global_object_);
  visitor.Visit(global_env_);
  host_defined_.Visit(visitor);
}

void Realm::UseErrorPrototypesOf(Agent& agent) const {
  agent.set_error_prototype(ErrorKind::kError, intrinsic(Intrinsic::kErrorPrototype));
  agent.set_error_prototype(ErrorKind::kEvalError, intrinsic(Intrinsic::kEvalErrorPrototype));
  agent.set_error_prototype(ErrorKind::kRangeError, intrinsic(Intrinsic::kRangeErrorPrototype));
  agent.set_error_prototype(ErrorKind::kReferenceError, intrinsic(Intrinsic::kReferenceErrorPrototype));
  agent.set_error_prototype(ErrorKind::kSyntaxError, intrinsic(Intrinsic::kSyntaxErrorPrototype));
  agent.set_error_prototype(ErrorKind::kTypeError, intrinsic(Intrinsic::kTypeErrorPrototype));
  agent.set_error_prototype(ErrorKind::kURIError, intrinsic(Intrinsic::kURIErrorPrototype));
  agent.set_error_prototype(ErrorKind::kAggregateError, intrinsic(Intrinsic::kAggregateErrorPrototype));
}

// 9.3.2 CreateIntrinsics ( realmRecord )
// https://tc39.es/ecma262/#sec-createintrinsics
void CreateIntrinsics(Agent& agent, Realm* realm_record) {
  // The realm is the root of everything created here: each object is stored
  // in it before the next allocation.
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 1. Set realmRecord.[[Intrinsics]] to a new Record.
  // 2. Set fields of realmRecord.[[Intrinsics]] with the values listed in
  //    the Well-Known Intrinsic Objects table. ... The creation of the intrinsics and their properties must
  //    be ordered to avoid any dependencies upon objects that have not yet
  //    been created.
  //    (Only the prototypes below so far, without their properties.)
  // 20.1.3 Properties of the Object Prototype Object: an immutable prototype
  // exotic object whose [[Prototype]] is null.
  realm->set_intrinsic(Intrinsic::kObjectPrototype, MakeBasicObject<ImmutablePrototypeObject>(agent));
  Object* object_prototype = realm->intrinsic(Intrinsic::kObjectPrototype);
  // 20.2.3 Properties of the Function Prototype Object: itself a built-in
  // function that returns undefined; [[Prototype]] %Object.prototype%.
  realm->set_intrinsic(Intrinsic::kFunctionPrototype,
                       NativeFunction::Create(
                           agent,
                           [](Agent&, Value, std::span<const Value>) -> ThrowCompletionOr<Value> {
                             return Value::Undefined();
                           },
                           object_prototype));
  // 20.5.3 Properties of the Error Prototype Object: [[Prototype]] %Object.prototype%.
  realm->set_intrinsic(Intrinsic::kErrorPrototype, OrdinaryObjectCreate(agent, object_prototype));
  Object* error_prototype = realm->intrinsic(Intrinsic::kErrorPrototype);
  // 20.5.6.3 Properties of the NativeError Prototype Objects and 20.5.7.3
  // (AggregateError): [[Prototype]] %Error.prototype%.
  for (Intrinsic native_error :
       {Intrinsic::kEvalErrorPrototype, Intrinsic::kRangeErrorPrototype, Intrinsic::kReferenceErrorPrototype,
        Intrinsic::kSyntaxErrorPrototype, Intrinsic::kTypeErrorPrototype, Intrinsic::kURIErrorPrototype,
        Intrinsic::kAggregateErrorPrototype}) {
    realm->set_intrinsic(native_error, OrdinaryObjectCreate(agent, error_prototype));
  }
  // 3. Perform AddRestrictedFunctionProperties(realmRecord.[[Intrinsics]].[[%Function.prototype%]], realmRecord).
  //    (Not yet: needs %ThrowTypeError%.)
  // 4. Return ~unused~.
}

Realm* CreateRealm(Agent& agent) {
  heap::Handle<Realm> realm(agent.heap(), agent.Allocate<Realm>());
  CreateIntrinsics(agent, realm);
  return realm.get();
}

}  // namespace async_runtime::interpreter
