#include "runtime/builtins/proxy.h"

#include <memory>
#include <unordered_set>

#include "runtime/builtins/object.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

using interpreter::PropertyDescriptor;
using interpreter::RootedValue;
using interpreter::RootedValueVector;
using interpreter::ThrowTypeError;

namespace {

// Counts the proxy internal methods active on this thread (see proxy.h).
class ProxyNestingScope {
 public:
  ProxyNestingScope() { ++depth_; }
  ~ProxyNestingScope() { --depth_; }
  ProxyNestingScope(const ProxyNestingScope&) = delete;
  ProxyNestingScope& operator=(const ProxyNestingScope&) = delete;
  bool exceeded() const { return depth_ > kMaxProxyNestingDepth; }

 private:
  static thread_local int depth_;
};

thread_local int ProxyNestingScope::depth_ = 0;

// Enters a proxy internal method: counts it, and throws a RangeError when too many are nested.
#define PROXY_ENTER(agent)                                                                             \
  ProxyNestingScope nesting_scope;                                                                     \
  if (nesting_scope.exceeded()) {                                                                      \
    return interpreter::ThrowRangeError(agent, u"Maximum call stack size exceeded (nested proxies)"); \
  }

Value ObjectOrNull(Object* object) { return object == nullptr ? Value::Null() : Value::FromObject(object); }

interpreter::ThrowCompletion ThrowInvariantViolation(Agent& agent, std::u16string_view trap, std::u16string_view what) {
  return ThrowTypeError(agent, u"Proxy " + std::u16string(trap) + u" trap: " + std::u16string(what));
}

}  // namespace

void ProxyObject::VisitEdges(heap::Visitor& visitor) {
  FunctionObject::VisitEdges(visitor);
  visitor.Visit(target_);
  visitor.Visit(handler_);
}

// 10.5.14 ValidateNonRevokedProxy ( proxy )
// https://tc39.es/ecma262/#sec-validatenonrevokedproxy
ThrowCompletionOr<void> ValidateNonRevokedProxy(Agent& agent, ProxyObject* proxy) {
  // 1. If proxy.[[ProxyTarget]] is null, throw a TypeError exception.
  if (proxy->target() == nullptr) return ThrowTypeError(agent, u"Cannot perform an operation on a revoked proxy");
  // 2. Assert: proxy.[[ProxyHandler]] is not null.
  // 3. Return unused.
  return {};
}

ThrowCompletionOr<Realm*> ProxyObject::FunctionRealm(Agent& agent) {
  PROXY_ENTER(agent);
  // 7.3.24 GetFunctionRealm ( obj ), step 3:
  // a. Perform ? ValidateNonRevokedProxy(obj).
  TRY(ValidateNonRevokedProxy(agent, this));
  // b. Let proxyTarget be obj.[[ProxyTarget]].
  // c. Return ? GetFunctionRealm(proxyTarget).
  return GetFunctionRealm(agent, target_);
}

ThrowCompletionOr<bool> ProxyObject::IsArrayObject(Agent& agent) {
  PROXY_ENTER(agent);
  // 7.2.2 IsArray ( argument ), step 3:
  // a. Perform ? ValidateNonRevokedProxy(argument).
  TRY(ValidateNonRevokedProxy(agent, this));
  // b. Let proxyTarget be argument.[[ProxyTarget]].
  // c. Return ? IsArray(proxyTarget).
  return target_->IsArrayObject(agent);
}

// 10.5.1 [[GetPrototypeOf]] ( )
// https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-getprototypeof
ThrowCompletionOr<Object*> ProxyObject::GetPrototypeOf(Agent& agent) {
  PROXY_ENTER(agent);
  // 1. Perform ? ValidateNonRevokedProxy(obj).
  TRY(ValidateNonRevokedProxy(agent, this));
  // 2. Let target be obj.[[ProxyTarget]].
  heap::Handle<Object> target(agent.heap(), target_);
  // 3. Let handler be obj.[[ProxyHandler]]. 4. Assert: handler is an Object.
  heap::Handle<Object> handler(agent.heap(), handler_);
  // 5. Let trap be ? GetMethod(handler, "getPrototypeOf").
  RootedValue trap(agent.heap(), TRY(interpreter::vm::GetMethod(agent, handler, agent.Key(u"getPrototypeOf"))));
  // 6. If trap is undefined, then
  if (trap->IsUndefined()) {
    // a. Return ? target.[[GetPrototypeOf]]().
    return target->GetPrototypeOf(agent);
  }
  // 7. Let handlerProto be ? Call(trap, handler, « target »).
  Value arguments[] = {Value::FromObject(target)};
  RootedValue handler_proto(agent.heap(), TRY(interpreter::Call(agent, trap, Value::FromObject(handler), arguments)));
  // 8. If handlerProto is not an Object and handlerProto is not null, throw a TypeError exception.
  if (!handler_proto->IsObject() && !handler_proto->IsNull()) {
    return ThrowInvariantViolation(agent, u"getPrototypeOf", u"the result is neither an object nor null");
  }
  Object* handler_proto_object = handler_proto->IsNull() ? nullptr : handler_proto->AsObject();
  // 9. Let extensibleTarget be ? IsExtensible(target).
  bool extensible_target = TRY(interpreter::IsExtensible(agent, target));
  // 10. If extensibleTarget is true, return handlerProto.
  if (extensible_target) return handler_proto_object;
  // 11. Let targetProto be ? target.[[GetPrototypeOf]]().
  Object* target_proto = TRY(target->GetPrototypeOf(agent));
  // 12. If SameValue(handlerProto, targetProto) is false, throw a TypeError exception.
  if (handler_proto_object != target_proto) {
    return ThrowInvariantViolation(agent, u"getPrototypeOf",
                                   u"the result differs from the prototype of the non-extensible target");
  }
  // 13. Return handlerProto.
  return handler_proto_object;
}

// 10.5.2 [[SetPrototypeOf]] ( V )
// https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-setprototypeof-v
ThrowCompletionOr<bool> ProxyObject::SetPrototypeOf(Agent& agent, Object* proto) {
  PROXY_ENTER(agent);
  // 1. Perform ? ValidateNonRevokedProxy(obj).
  TRY(ValidateNonRevokedProxy(agent, this));
  // 2. Let target be obj.[[ProxyTarget]].
  heap::Handle<Object> target(agent.heap(), target_);
  // 3. Let handler be obj.[[ProxyHandler]]. 4. Assert: handler is an Object.
  heap::Handle<Object> handler(agent.heap(), handler_);
  heap::Handle<Object> rooted_proto(agent.heap(), proto);
  // 5. Let trap be ? GetMethod(handler, "setPrototypeOf").
  RootedValue trap(agent.heap(), TRY(interpreter::vm::GetMethod(agent, handler, agent.Key(u"setPrototypeOf"))));
  // 6. If trap is undefined, then
  if (trap->IsUndefined()) {
    // a. Return ? target.[[SetPrototypeOf]](proto).
    return target->SetPrototypeOf(agent, rooted_proto);
  }
  // 7. Let boolTrapResult be ToBoolean(? Call(trap, handler, « target, proto »)).
  Value arguments[] = {Value::FromObject(target), ObjectOrNull(rooted_proto)};
  bool bool_trap_result =
      interpreter::vm::ToBoolean(TRY(interpreter::Call(agent, trap, Value::FromObject(handler), arguments)));
  // 8. If boolTrapResult is false, return false.
  if (!bool_trap_result) return false;
  // 9. Let extensibleTarget be ? IsExtensible(target).
  bool extensible_target = TRY(interpreter::IsExtensible(agent, target));
  // 10. If extensibleTarget is true, return true.
  if (extensible_target) return true;
  // 11. Let targetProto be ? target.[[GetPrototypeOf]]().
  Object* target_proto = TRY(target->GetPrototypeOf(agent));
  // 12. If SameValue(proto, targetProto) is false, throw a TypeError exception.
  if (rooted_proto.get() != target_proto) {
    return ThrowInvariantViolation(agent, u"setPrototypeOf",
                                   u"reported success but the non-extensible target's prototype differs");
  }
  // 13. Return true.
  return true;
}

// 10.5.3 [[IsExtensible]] ( )
// https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-isextensible
ThrowCompletionOr<bool> ProxyObject::IsExtensible(Agent& agent) {
  PROXY_ENTER(agent);
  // 1. Perform ? ValidateNonRevokedProxy(obj).
  TRY(ValidateNonRevokedProxy(agent, this));
  // 2. Let target be obj.[[ProxyTarget]].
  heap::Handle<Object> target(agent.heap(), target_);
  // 3. Let handler be obj.[[ProxyHandler]]. 4. Assert: handler is an Object.
  heap::Handle<Object> handler(agent.heap(), handler_);
  // 5. Let trap be ? GetMethod(handler, "isExtensible").
  RootedValue trap(agent.heap(), TRY(interpreter::vm::GetMethod(agent, handler, agent.Key(u"isExtensible"))));
  // 6. If trap is undefined, then
  if (trap->IsUndefined()) {
    // a. Return ? IsExtensible(target).
    return interpreter::IsExtensible(agent, target);
  }
  // 7. Let boolTrapResult be ToBoolean(? Call(trap, handler, « target »)).
  Value arguments[] = {Value::FromObject(target)};
  bool bool_trap_result =
      interpreter::vm::ToBoolean(TRY(interpreter::Call(agent, trap, Value::FromObject(handler), arguments)));
  // 8. Let targetResult be ? IsExtensible(target).
  bool target_result = TRY(interpreter::IsExtensible(agent, target));
  // 9. If boolTrapResult is not targetResult, throw a TypeError exception.
  if (bool_trap_result != target_result) {
    return ThrowInvariantViolation(agent, u"isExtensible", u"the result differs from the target's extensibility");
  }
  // 10. Return boolTrapResult.
  return bool_trap_result;
}

// 10.5.4 [[PreventExtensions]] ( )
// https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-preventextensions
ThrowCompletionOr<bool> ProxyObject::PreventExtensions(Agent& agent) {
  PROXY_ENTER(agent);
  // 1. Perform ? ValidateNonRevokedProxy(obj).
  TRY(ValidateNonRevokedProxy(agent, this));
  // 2. Let target be obj.[[ProxyTarget]].
  heap::Handle<Object> target(agent.heap(), target_);
  // 3. Let handler be obj.[[ProxyHandler]]. 4. Assert: handler is an Object.
  heap::Handle<Object> handler(agent.heap(), handler_);
  // 5. Let trap be ? GetMethod(handler, "preventExtensions").
  RootedValue trap(agent.heap(), TRY(interpreter::vm::GetMethod(agent, handler, agent.Key(u"preventExtensions"))));
  // 6. If trap is undefined, then
  if (trap->IsUndefined()) {
    // a. Return ? target.[[PreventExtensions]]().
    return target->PreventExtensions(agent);
  }
  // 7. Let boolTrapResult be ToBoolean(? Call(trap, handler, « target »)).
  Value arguments[] = {Value::FromObject(target)};
  bool bool_trap_result =
      interpreter::vm::ToBoolean(TRY(interpreter::Call(agent, trap, Value::FromObject(handler), arguments)));
  // 8. If boolTrapResult is true, then
  if (bool_trap_result) {
    // a. Let extensibleTarget be ? IsExtensible(target).
    bool extensible_target = TRY(interpreter::IsExtensible(agent, target));
    // b. If extensibleTarget is true, throw a TypeError exception.
    if (extensible_target) {
      return ThrowInvariantViolation(agent, u"preventExtensions", u"reported success but the target is extensible");
    }
  }
  // 9. Return boolTrapResult.
  return bool_trap_result;
}

// 10.5.5 [[GetOwnProperty]] ( P )
// https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-getownproperty-p
ThrowCompletionOr<std::optional<PropertyDescriptor>> ProxyObject::GetOwnProperty(Agent& agent,
                                                                                 const PropertyKey& key) {
  PROXY_ENTER(agent);
  constexpr std::u16string_view kTrap = u"getOwnPropertyDescriptor";
  // 1. Perform ? ValidateNonRevokedProxy(obj).
  TRY(ValidateNonRevokedProxy(agent, this));
  // 2. Let target be obj.[[ProxyTarget]].
  heap::Handle<Object> target(agent.heap(), target_);
  // 3. Let handler be obj.[[ProxyHandler]]. 4. Assert: handler is an Object.
  heap::Handle<Object> handler(agent.heap(), handler_);
  // 5. Let trap be ? GetMethod(handler, "getOwnPropertyDescriptor").
  RootedValue trap(agent.heap(), TRY(interpreter::vm::GetMethod(agent, handler, agent.Key(kTrap))));
  // 6. If trap is undefined, then
  if (trap->IsUndefined()) {
    // a. Return ? target.[[GetOwnProperty]](propertyKey).
    return target->GetOwnProperty(agent, key);
  }
  // 7. Let trapResultObj be ? Call(trap, handler, « target, propertyKey »).
  Value arguments[] = {Value::FromObject(target), key.ToValue(agent.strings())};
  RootedValue trap_result_obj(agent.heap(), TRY(interpreter::Call(agent, trap, Value::FromObject(handler), arguments)));
  // 8. If trapResultObj is not an Object and trapResultObj is not undefined, throw a TypeError exception.
  if (!trap_result_obj->IsObject() && !trap_result_obj->IsUndefined()) {
    return ThrowInvariantViolation(agent, kTrap, u"the result is neither an object nor undefined");
  }
  // 9. Let targetDesc be ? target.[[GetOwnProperty]](propertyKey).
  RootedPropertyDescriptor target_desc(agent.heap(), TRY(target->GetOwnProperty(agent, key)));
  // 10. If trapResultObj is undefined, then
  if (trap_result_obj->IsUndefined()) {
    // a. If targetDesc is undefined, return undefined.
    if (!target_desc.get()) return std::optional<PropertyDescriptor>();
    // b. If targetDesc.[[Configurable]] is false, throw a TypeError exception.
    if (!target_desc.get()->configurable.value_or(false)) {
      return ThrowInvariantViolation(agent, kTrap, u"a non-configurable property cannot be reported as non-existent");
    }
    // c. Let extensibleTarget be ? IsExtensible(target).
    bool extensible_target = TRY(interpreter::IsExtensible(agent, target));
    // d. If extensibleTarget is false, throw a TypeError exception.
    if (!extensible_target) {
      return ThrowInvariantViolation(agent, kTrap,
                                     u"a property of a non-extensible target cannot be reported as non-existent");
    }
    // e. Return undefined.
    return std::optional<PropertyDescriptor>();
  }
  // 11. Let extensibleTarget be ? IsExtensible(target).
  bool extensible_target = TRY(interpreter::IsExtensible(agent, target));
  // 12. Let resultDesc be ? ToPropertyDescriptor(trapResultObj).
  RootedPropertyDescriptor result_desc(agent.heap(),
                                       TRY(interpreter::vm::ToPropertyDescriptor(agent, trap_result_obj)));
  // 13. Perform CompletePropertyDescriptor(resultDesc).
  interpreter::CompletePropertyDescriptor(*result_desc.get());
  // 14. Let valid be IsCompatiblePropertyDescriptor(extensibleTarget, resultDesc, targetDesc).
  bool valid =
      interpreter::IsCompatiblePropertyDescriptor(agent, extensible_target, *result_desc.get(), target_desc.get());
  // 15. If valid is false, throw a TypeError exception.
  if (!valid) return ThrowInvariantViolation(agent, kTrap, u"the result is incompatible with the target's property");
  // 16. If resultDesc.[[Configurable]] is false, then
  if (!*result_desc.get()->configurable) {
    // a. If targetDesc is undefined or targetDesc.[[Configurable]] is true, then
    if (!target_desc.get() || target_desc.get()->configurable.value_or(false)) {
      // i. Throw a TypeError exception.
      return ThrowInvariantViolation(agent, kTrap,
                                     u"a property cannot be reported as non-configurable unless it is on the target");
    }
    // b. If resultDesc has a [[Writable]] field and resultDesc.[[Writable]] is false, then
    if (result_desc.get()->writable && !*result_desc.get()->writable) {
      // i. Assert: targetDesc has a [[Writable]] field.
      // ii. If targetDesc.[[Writable]] is true, throw a TypeError exception.
      if (target_desc.get()->writable.value_or(false)) {
        return ThrowInvariantViolation(
            agent, kTrap, u"a property cannot be reported as non-configurable and non-writable unless it is so on the target");
      }
    }
  }
  // 17. Return resultDesc.
  return result_desc.get();
}

// 10.5.6 [[DefineOwnProperty]] ( P, Desc )
// https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-defineownproperty-p-desc
ThrowCompletionOr<bool> ProxyObject::DefineOwnProperty(Agent& agent, const PropertyKey& key,
                                                       const PropertyDescriptor& property_desc) {
  PROXY_ENTER(agent);
  constexpr std::u16string_view kTrap = u"defineProperty";
  // 1. Perform ? ValidateNonRevokedProxy(obj).
  TRY(ValidateNonRevokedProxy(agent, this));
  // 2. Let target be obj.[[ProxyTarget]].
  heap::Handle<Object> target(agent.heap(), target_);
  // 3. Let handler be obj.[[ProxyHandler]]. 4. Assert: handler is an Object.
  heap::Handle<Object> handler(agent.heap(), handler_);
  RootedPropertyDescriptor rooted_desc(agent.heap(), property_desc);
  // 5. Let trap be ? GetMethod(handler, "defineProperty").
  RootedValue trap(agent.heap(), TRY(interpreter::vm::GetMethod(agent, handler, agent.Key(kTrap))));
  // 6. If trap is undefined, then
  if (trap->IsUndefined()) {
    // a. Return ? target.[[DefineOwnProperty]](propertyKey, propertyDesc).
    return target->DefineOwnProperty(agent, key, *rooted_desc.get());
  }
  // 7. Let propertyDescObj be FromPropertyDescriptor(propertyDesc).
  RootedValue property_desc_obj(agent.heap(), interpreter::vm::FromPropertyDescriptor(agent, rooted_desc.get()));
  // 8. Let boolTrapResult be ToBoolean(? Call(trap, handler, « target, propertyKey, propertyDescObj »)).
  Value arguments[] = {Value::FromObject(target), key.ToValue(agent.strings()), property_desc_obj};
  bool bool_trap_result =
      interpreter::vm::ToBoolean(TRY(interpreter::Call(agent, trap, Value::FromObject(handler), arguments)));
  // 9. If boolTrapResult is false, return false.
  if (!bool_trap_result) return false;
  // 10. Let targetDesc be ? target.[[GetOwnProperty]](propertyKey).
  RootedPropertyDescriptor target_desc(agent.heap(), TRY(target->GetOwnProperty(agent, key)));
  // 11. Let extensibleTarget be ? IsExtensible(target).
  bool extensible_target = TRY(interpreter::IsExtensible(agent, target));
  const PropertyDescriptor& desc = *rooted_desc.get();
  // 12. If propertyDesc has a [[Configurable]] field and propertyDesc.[[Configurable]] is false, then
  //     a. Let settingConfigurableFalse be true.
  // 13. Else, a. Let settingConfigurableFalse be false.
  bool setting_configurable_false = desc.configurable.has_value() && !*desc.configurable;
  // 14. If targetDesc is undefined, then
  if (!target_desc.get()) {
    // a. If extensibleTarget is false, throw a TypeError exception.
    if (!extensible_target) {
      return ThrowInvariantViolation(agent, kTrap, u"cannot add a property to a non-extensible target");
    }
    // b. If settingConfigurableFalse is true, throw a TypeError exception.
    if (setting_configurable_false) {
      return ThrowInvariantViolation(agent, kTrap,
                                     u"cannot define a non-configurable property that does not exist on the target");
    }
  } else {
    // 15. Else,
    const PropertyDescriptor& current = *target_desc.get();
    // a. If IsCompatiblePropertyDescriptor(extensibleTarget, propertyDesc, targetDesc) is false, throw a TypeError
    //    exception.
    if (!interpreter::IsCompatiblePropertyDescriptor(agent, extensible_target, desc, target_desc.get())) {
      return ThrowInvariantViolation(agent, kTrap, u"the descriptor is incompatible with the target's property");
    }
    // b. If settingConfigurableFalse is true and targetDesc.[[Configurable]] is true, throw a TypeError exception.
    if (setting_configurable_false && current.configurable.value_or(false)) {
      return ThrowInvariantViolation(agent, kTrap,
                                     u"cannot report a non-configurable property that is configurable on the target");
    }
    // c. If IsDataDescriptor(targetDesc) is true, targetDesc.[[Configurable]] is false, and targetDesc.[[Writable]]
    //    is true, then
    if (interpreter::IsDataDescriptor(current) && !current.configurable.value_or(false) &&
        current.writable.value_or(false)) {
      // i. If propertyDesc has a [[Writable]] field and propertyDesc.[[Writable]] is false, throw a TypeError
      //    exception.
      if (desc.writable.has_value() && !*desc.writable) {
        return ThrowInvariantViolation(agent, kTrap,
                                       u"cannot make a non-configurable writable property of the target non-writable");
      }
    }
  }
  // 16. Return true.
  return true;
}

// 10.5.7 [[HasProperty]] ( P )
// https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-hasproperty-p
ThrowCompletionOr<bool> ProxyObject::HasProperty(Agent& agent, const PropertyKey& key) {
  PROXY_ENTER(agent);
  // 1. Perform ? ValidateNonRevokedProxy(obj).
  TRY(ValidateNonRevokedProxy(agent, this));
  // 2. Let target be obj.[[ProxyTarget]].
  heap::Handle<Object> target(agent.heap(), target_);
  // 3. Let handler be obj.[[ProxyHandler]]. 4. Assert: handler is an Object.
  heap::Handle<Object> handler(agent.heap(), handler_);
  // 5. Let trap be ? GetMethod(handler, "has").
  RootedValue trap(agent.heap(), TRY(interpreter::vm::GetMethod(agent, handler, agent.Key(u"has"))));
  // 6. If trap is undefined, then
  if (trap->IsUndefined()) {
    // a. Return ? target.[[HasProperty]](propertyKey).
    return target->HasProperty(agent, key);
  }
  // 7. Let boolTrapResult be ToBoolean(? Call(trap, handler, « target, propertyKey »)).
  Value arguments[] = {Value::FromObject(target), key.ToValue(agent.strings())};
  bool bool_trap_result =
      interpreter::vm::ToBoolean(TRY(interpreter::Call(agent, trap, Value::FromObject(handler), arguments)));
  // 8. If boolTrapResult is false, then
  if (!bool_trap_result) {
    // a. Let targetDesc be ? target.[[GetOwnProperty]](propertyKey).
    std::optional<PropertyDescriptor> target_desc = TRY(target->GetOwnProperty(agent, key));
    // b. If targetDesc is not undefined, then
    if (target_desc) {
      // i. If targetDesc.[[Configurable]] is false, throw a TypeError exception.
      if (!target_desc->configurable.value_or(false)) {
        return ThrowInvariantViolation(agent, u"has", u"a non-configurable property cannot be reported as non-existent");
      }
      // ii. Let extensibleTarget be ? IsExtensible(target).
      bool extensible_target = TRY(interpreter::IsExtensible(agent, target));
      // iii. If extensibleTarget is false, throw a TypeError exception.
      if (!extensible_target) {
        return ThrowInvariantViolation(agent, u"has",
                                       u"a property of a non-extensible target cannot be reported as non-existent");
      }
    }
  }
  // 9. Return boolTrapResult.
  return bool_trap_result;
}

// 10.5.8 [[Get]] ( P, Receiver )
// https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-get-p-receiver
ThrowCompletionOr<Value> ProxyObject::Get(Agent& agent, const PropertyKey& key, Value receiver) {
  PROXY_ENTER(agent);
  // 1. Perform ? ValidateNonRevokedProxy(obj).
  TRY(ValidateNonRevokedProxy(agent, this));
  // 2. Let target be obj.[[ProxyTarget]].
  heap::Handle<Object> target(agent.heap(), target_);
  // 3. Let handler be obj.[[ProxyHandler]]. 4. Assert: handler is an Object.
  heap::Handle<Object> handler(agent.heap(), handler_);
  RootedValue rooted_receiver(agent.heap(), receiver);
  // 5. Let trap be ? GetMethod(handler, "get").
  RootedValue trap(agent.heap(), TRY(interpreter::vm::GetMethod(agent, handler, agent.Key(u"get"))));
  // 6. If trap is undefined, then
  if (trap->IsUndefined()) {
    // a. Return ? target.[[Get]](propertyKey, receiver).
    return target->Get(agent, key, rooted_receiver);
  }
  // 7. Let trapResult be ? Call(trap, handler, « target, propertyKey, receiver »).
  Value arguments[] = {Value::FromObject(target), key.ToValue(agent.strings()), rooted_receiver};
  RootedValue trap_result(agent.heap(), TRY(interpreter::Call(agent, trap, Value::FromObject(handler), arguments)));
  // 8. Let targetDesc be ? target.[[GetOwnProperty]](propertyKey).
  std::optional<PropertyDescriptor> target_desc = TRY(target->GetOwnProperty(agent, key));
  // 9. If targetDesc is not undefined and targetDesc.[[Configurable]] is false, then
  if (target_desc && !target_desc->configurable.value_or(false)) {
    // a. If IsDataDescriptor(targetDesc) is true and targetDesc.[[Writable]] is false, then
    if (interpreter::IsDataDescriptor(*target_desc) && !target_desc->writable.value_or(false)) {
      // i. If SameValue(trapResult, targetDesc.[[Value]]) is false, throw a TypeError exception.
      if (!interpreter::SameValue(trap_result, target_desc->value.value_or(Value::Undefined()))) {
        return ThrowInvariantViolation(
            agent, u"get", u"the value reported for a non-configurable, non-writable property differs from the target's");
      }
    }
    // b. If IsAccessorDescriptor(targetDesc) is true and targetDesc.[[Get]] is undefined, then
    if (interpreter::IsAccessorDescriptor(*target_desc) && target_desc->get.value_or(Value::Undefined()).IsUndefined()) {
      // i. If trapResult is not undefined, throw a TypeError exception.
      if (!trap_result->IsUndefined()) {
        return ThrowInvariantViolation(
            agent, u"get", u"a non-configurable accessor property without a getter must be reported as undefined");
      }
    }
  }
  // 10. Return trapResult.
  return trap_result.get();
}

// 10.5.9 [[Set]] ( P, V, Receiver )
// https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-set-p-v-receiver
ThrowCompletionOr<bool> ProxyObject::Set(Agent& agent, const PropertyKey& key, Value value, Value receiver) {
  PROXY_ENTER(agent);
  // 1. Perform ? ValidateNonRevokedProxy(obj).
  TRY(ValidateNonRevokedProxy(agent, this));
  // 2. Let target be obj.[[ProxyTarget]].
  heap::Handle<Object> target(agent.heap(), target_);
  // 3. Let handler be obj.[[ProxyHandler]]. 4. Assert: handler is an Object.
  heap::Handle<Object> handler(agent.heap(), handler_);
  RootedValue rooted_value(agent.heap(), value);
  RootedValue rooted_receiver(agent.heap(), receiver);
  // 5. Let trap be ? GetMethod(handler, "set").
  RootedValue trap(agent.heap(), TRY(interpreter::vm::GetMethod(agent, handler, agent.Key(u"set"))));
  // 6. If trap is undefined, then
  if (trap->IsUndefined()) {
    // a. Return ? target.[[Set]](propertyKey, value, receiver).
    return target->Set(agent, key, rooted_value, rooted_receiver);
  }
  // 7. Let boolTrapResult be ToBoolean(? Call(trap, handler, « target, propertyKey, value, receiver »)).
  Value arguments[] = {Value::FromObject(target), key.ToValue(agent.strings()), rooted_value, rooted_receiver};
  bool bool_trap_result =
      interpreter::vm::ToBoolean(TRY(interpreter::Call(agent, trap, Value::FromObject(handler), arguments)));
  // 8. If boolTrapResult is false, return false.
  if (!bool_trap_result) return false;
  // 9. Let targetDesc be ? target.[[GetOwnProperty]](propertyKey).
  std::optional<PropertyDescriptor> target_desc = TRY(target->GetOwnProperty(agent, key));
  // 10. If targetDesc is not undefined and targetDesc.[[Configurable]] is false, then
  if (target_desc && !target_desc->configurable.value_or(false)) {
    // a. If IsDataDescriptor(targetDesc) is true and targetDesc.[[Writable]] is false, then
    if (interpreter::IsDataDescriptor(*target_desc) && !target_desc->writable.value_or(false)) {
      // i. If SameValue(value, targetDesc.[[Value]]) is false, throw a TypeError exception.
      if (!interpreter::SameValue(rooted_value, target_desc->value.value_or(Value::Undefined()))) {
        return ThrowInvariantViolation(agent, u"set",
                                       u"cannot change the value of a non-configurable, non-writable property");
      }
    }
    // b. If IsAccessorDescriptor(targetDesc) is true, then
    if (interpreter::IsAccessorDescriptor(*target_desc)) {
      // i. If targetDesc.[[Set]] is undefined, throw a TypeError exception.
      if (target_desc->set.value_or(Value::Undefined()).IsUndefined()) {
        return ThrowInvariantViolation(agent, u"set",
                                       u"cannot set a non-configurable accessor property without a setter");
      }
    }
  }
  // 11. Return true.
  return true;
}

// 10.5.10 [[Delete]] ( P )
// https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-delete-p
ThrowCompletionOr<bool> ProxyObject::Delete(Agent& agent, const PropertyKey& key) {
  PROXY_ENTER(agent);
  // 1. Perform ? ValidateNonRevokedProxy(obj).
  TRY(ValidateNonRevokedProxy(agent, this));
  // 2. Let target be obj.[[ProxyTarget]].
  heap::Handle<Object> target(agent.heap(), target_);
  // 3. Let handler be obj.[[ProxyHandler]]. 4. Assert: handler is an Object.
  heap::Handle<Object> handler(agent.heap(), handler_);
  // 5. Let trap be ? GetMethod(handler, "deleteProperty").
  RootedValue trap(agent.heap(), TRY(interpreter::vm::GetMethod(agent, handler, agent.Key(u"deleteProperty"))));
  // 6. If trap is undefined, then
  if (trap->IsUndefined()) {
    // a. Return ? target.[[Delete]](propertyKey).
    return target->Delete(agent, key);
  }
  // 7. Let boolTrapResult be ToBoolean(? Call(trap, handler, « target, propertyKey »)).
  Value arguments[] = {Value::FromObject(target), key.ToValue(agent.strings())};
  bool bool_trap_result =
      interpreter::vm::ToBoolean(TRY(interpreter::Call(agent, trap, Value::FromObject(handler), arguments)));
  // 8. If boolTrapResult is false, return false.
  if (!bool_trap_result) return false;
  // 9. Let targetDesc be ? target.[[GetOwnProperty]](propertyKey).
  std::optional<PropertyDescriptor> target_desc = TRY(target->GetOwnProperty(agent, key));
  // 10. If targetDesc is undefined, return true.
  if (!target_desc) return true;
  // 11. If targetDesc.[[Configurable]] is false, throw a TypeError exception.
  if (!target_desc->configurable.value_or(false)) {
    return ThrowInvariantViolation(agent, u"deleteProperty", u"a non-configurable property cannot be deleted");
  }
  // 12. Let extensibleTarget be ? IsExtensible(target).
  bool extensible_target = TRY(interpreter::IsExtensible(agent, target));
  // 13. If extensibleTarget is false, throw a TypeError exception.
  if (!extensible_target) {
    return ThrowInvariantViolation(agent, u"deleteProperty",
                                   u"a property of a non-extensible target cannot be reported as deleted");
  }
  // 14. Return true.
  return true;
}

// 10.5.11 [[OwnPropertyKeys]] ( )
// https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-ownpropertykeys
ThrowCompletionOr<std::vector<PropertyKey>> ProxyObject::OwnPropertyKeys(Agent& agent) {
  PROXY_ENTER(agent);
  constexpr std::u16string_view kTrap = u"ownKeys";
  // 1. Perform ? ValidateNonRevokedProxy(obj).
  TRY(ValidateNonRevokedProxy(agent, this));
  // 2. Let target be obj.[[ProxyTarget]].
  heap::Handle<Object> target(agent.heap(), target_);
  // 3. Let handler be obj.[[ProxyHandler]]. 4. Assert: handler is an Object.
  heap::Handle<Object> handler(agent.heap(), handler_);
  // 5. Let trap be ? GetMethod(handler, "ownKeys").
  RootedValue trap(agent.heap(), TRY(interpreter::vm::GetMethod(agent, handler, agent.Key(kTrap))));
  // 6. If trap is undefined, then
  if (trap->IsUndefined()) {
    // a. Return ? target.[[OwnPropertyKeys]]().
    return target->OwnPropertyKeys(agent);
  }
  // 7. Let trapResultArray be ? Call(trap, handler, « target »).
  Value arguments[] = {Value::FromObject(target)};
  RootedValue trap_result_array(agent.heap(),
                                TRY(interpreter::Call(agent, trap, Value::FromObject(handler), arguments)));
  // 8. Let trapResult be ? CreateListFromArrayLike(trapResultArray, property-key).
  std::vector<Value> trap_result_values =
      TRY(interpreter::vm::CreateListFromArrayLike(agent, trap_result_array, /*property_keys_only=*/true));
  RootedPropertyKeys trap_result(agent.heap());
  trap_result.keys().reserve(trap_result_values.size());
  for (Value value : trap_result_values) {
    trap_result.keys().push_back(PropertyKey::FromValue(agent.strings(), value));
  }
  // 9. If trapResult contains any duplicate entries, throw a TypeError exception.
  std::unordered_set<PropertyKey, interpreter::PropertyKeyHash> unchecked_result_keys;
  for (const PropertyKey& key : trap_result.keys()) {
    if (!unchecked_result_keys.insert(key).second) {
      return ThrowInvariantViolation(agent, kTrap, u"the result contains duplicate entries");
    }
  }
  // 10. Let extensibleTarget be ? IsExtensible(target).
  bool extensible_target = TRY(interpreter::IsExtensible(agent, target));
  // 11. Let targetKeys be ? target.[[OwnPropertyKeys]]().
  RootedPropertyKeys target_keys(agent.heap(), TRY(target->OwnPropertyKeys(agent)));
  // 12. Assert: targetKeys is a List of property keys.
  // 13. Assert: targetKeys contains no duplicate entries.
  // 14. Let targetConfigurableKeys be a new empty List.
  std::vector<PropertyKey> target_configurable_keys;
  // 15. Let targetNonconfigurableKeys be a new empty List.
  std::vector<PropertyKey> target_nonconfigurable_keys;
  // 16. For each element key of targetKeys, do
  for (const PropertyKey& key : target_keys.keys()) {
    // a. Let propertyDesc be ? target.[[GetOwnProperty]](key).
    std::optional<PropertyDescriptor> property_desc = TRY(target->GetOwnProperty(agent, key));
    // b. If propertyDesc is not undefined and propertyDesc.[[Configurable]] is false, then
    if (property_desc && !property_desc->configurable.value_or(false)) {
      // i. Append key to targetNonconfigurableKeys.
      target_nonconfigurable_keys.push_back(key);
    } else {
      // c. Else, i. Append key to targetConfigurableKeys.
      target_configurable_keys.push_back(key);
    }
  }
  // 17. If extensibleTarget is true and targetNonconfigurableKeys is empty, then
  if (extensible_target && target_nonconfigurable_keys.empty()) {
    // a. Return trapResult.
    return trap_result.keys();
  }
  // 18. Let uncheckedResultKeys be a List whose elements are the elements of trapResult. (The set built in step 9.)
  // 19. For each element key of targetNonconfigurableKeys, do
  for (const PropertyKey& key : target_nonconfigurable_keys) {
    // a. If uncheckedResultKeys does not contain key, throw a TypeError exception.
    // b. Remove key from uncheckedResultKeys.
    if (unchecked_result_keys.erase(key) == 0) {
      return ThrowInvariantViolation(agent, kTrap, u"the result must include every non-configurable key of the target");
    }
  }
  // 20. If extensibleTarget is true, return trapResult.
  if (extensible_target) return trap_result.keys();
  // 21. For each element key of targetConfigurableKeys, do
  for (const PropertyKey& key : target_configurable_keys) {
    // a. If uncheckedResultKeys does not contain key, throw a TypeError exception.
    // b. Remove key from uncheckedResultKeys.
    if (unchecked_result_keys.erase(key) == 0) {
      return ThrowInvariantViolation(agent, kTrap, u"the result must include every key of a non-extensible target");
    }
  }
  // 22. If uncheckedResultKeys is not empty, throw a TypeError exception.
  if (!unchecked_result_keys.empty()) {
    return ThrowInvariantViolation(agent, kTrap, u"the result cannot add keys to a non-extensible target");
  }
  // 23. Return trapResult.
  return trap_result.keys();
}

// 10.5.12 [[Call]] ( thisArgument, argumentsList )
// https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-call-thisargument-argumentslist
ThrowCompletionOr<Value> ProxyObject::Call(Agent& agent, Value this_argument, std::span<const Value> arguments_list) {
  PROXY_ENTER(agent);
  // 1. Perform ? ValidateNonRevokedProxy(obj).
  TRY(ValidateNonRevokedProxy(agent, this));
  // 2. Let target be obj.[[ProxyTarget]].
  heap::Handle<Object> target(agent.heap(), target_);
  // 3. Let handler be obj.[[ProxyHandler]]. 4. Assert: handler is an Object.
  heap::Handle<Object> handler(agent.heap(), handler_);
  RootedValue this_arg(agent.heap(), this_argument);
  // 5. Let trap be ? GetMethod(handler, "apply").
  RootedValue trap(agent.heap(), TRY(interpreter::vm::GetMethod(agent, handler, agent.Key(u"apply"))));
  // 6. If trap is undefined, then
  if (trap->IsUndefined()) {
    // a. Return ? Call(target, thisArgument, argumentsList).
    return interpreter::Call(agent, Value::FromObject(target), this_arg, arguments_list);
  }
  // 7. Let argArray be CreateArrayFromList(argumentsList).
  heap::Handle<Object> arg_array(agent.heap(), CreateArrayFromList(agent, arguments_list));
  // 8. Return ? Call(trap, handler, « target, thisArgument, argArray »).
  Value arguments[] = {Value::FromObject(target), this_arg, Value::FromObject(arg_array)};
  return interpreter::Call(agent, trap, Value::FromObject(handler), arguments);
}

// 10.5.13 [[Construct]] ( argumentsList, newTarget )
// https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots-construct-argumentslist-newtarget
ThrowCompletionOr<Object*> ProxyObject::Construct(Agent& agent, std::span<const Value> arguments_list,
                                                  Object* new_target_pointer) {
  PROXY_ENTER(agent);
  // 1. Perform ? ValidateNonRevokedProxy(obj).
  TRY(ValidateNonRevokedProxy(agent, this));
  // 2. Let target be obj.[[ProxyTarget]].
  heap::Handle<Object> target(agent.heap(), target_);
  // 3. Assert: IsConstructor(target) is true.
  // 4. Let handler be obj.[[ProxyHandler]]. 5. Assert: handler is an Object.
  heap::Handle<Object> handler(agent.heap(), handler_);
  heap::Handle<Object> new_target(agent.heap(), new_target_pointer);
  // 6. Let trap be ? GetMethod(handler, "construct").
  RootedValue trap(agent.heap(), TRY(interpreter::vm::GetMethod(agent, handler, agent.Key(u"construct"))));
  // 7. If trap is undefined, then
  if (trap->IsUndefined()) {
    // a. Return ? Construct(target, argumentsList, newTarget).
    return interpreter::vm::Construct(agent, target, arguments_list, new_target);
  }
  // 8. Let argArray be CreateArrayFromList(argumentsList).
  heap::Handle<Object> arg_array(agent.heap(), CreateArrayFromList(agent, arguments_list));
  // 9. Let newObj be ? Call(trap, handler, « target, argArray, newTarget »).
  Value arguments[] = {Value::FromObject(target), Value::FromObject(arg_array), Value::FromObject(new_target)};
  Value new_obj = TRY(interpreter::Call(agent, trap, Value::FromObject(handler), arguments));
  // 10. If newObj is not an Object, throw a TypeError exception.
  if (!new_obj.IsObject()) return ThrowInvariantViolation(agent, u"construct", u"the result is not an object");
  // 11. Return newObj.
  return new_obj.AsObject();
}

// 10.5.15 ProxyCreate ( target, handler )
// https://tc39.es/ecma262/#sec-proxycreate
ThrowCompletionOr<ProxyObject*> ProxyCreate(Agent& agent, Value target, Value handler) {
  // 1. If target is not an Object, throw a TypeError exception.
  if (!target.IsObject()) return ThrowTypeError(agent, u"Cannot create a proxy with a non-object as target");
  // 2. If handler is not an Object, throw a TypeError exception.
  if (!handler.IsObject()) return ThrowTypeError(agent, u"Cannot create a proxy with a non-object as handler");
  RootedValue rooted_target(agent.heap(), target);
  RootedValue rooted_handler(agent.heap(), handler);
  // 3. Let proxy be MakeBasicObject(« [[ProxyHandler]], [[ProxyTarget]] »).
  // 4. Set proxy's essential internal methods, except for [[Call]] and [[Construct]], to the definitions
  //    specified in 10.5.
  // 5. If IsCallable(target) is true, then
  //    a. Set proxy.[[Call]] as specified in 10.5.12.
  //    b. If IsConstructor(target) is true, then
  //       i. Set proxy.[[Construct]] as specified in 10.5.13.
  bool is_callable = interpreter::IsCallable(target);
  bool is_constructor = is_callable && interpreter::IsConstructor(target);
  // 6. Set proxy.[[ProxyTarget]] to target. 7. Set proxy.[[ProxyHandler]] to handler.
  // 8. Return proxy.
  return interpreter::MakeBasicObject<ProxyObject>(agent, rooted_target->AsObject(), rooted_handler->AsObject(),
                                                   is_callable, is_constructor);
}

namespace {

// 28.2.1.1 Proxy ( target, handler )
// https://tc39.es/ecma262/#sec-proxy-target-handler
ThrowCompletionOr<Value> ProxyConstructor(Agent& agent, Value, std::span<const Value> arguments, Object* new_target) {
  // 1. If NewTarget is undefined, throw a TypeError exception.
  if (new_target == nullptr) return ThrowTypeError(agent, u"Constructor Proxy requires 'new'");
  // 2. Return ? ProxyCreate(target, handler).
  return Value::FromObject(TRY(ProxyCreate(agent, Argument(arguments, 0), Argument(arguments, 1))));
}

// 28.2.2.1 Proxy.revocable ( target, handler )
// https://tc39.es/ecma262/#sec-proxy.revocable
ThrowCompletionOr<Value> ProxyRevocable(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let proxy be ? ProxyCreate(target, handler).
  heap::Handle<ProxyObject> proxy(agent.heap(),
                                  TRY(ProxyCreate(agent, Argument(arguments, 0), Argument(arguments, 1))));
  // 2. Let revokerClosure be a new Abstract Closure with no parameters that captures nothing and performs the
  //    following steps when called:
  //    The closure needs the active function object (the revoker itself), which a behaviour is not given: it
  //    captures a cell holding the revoker's address, filled in once the revoker exists. That is no GC edge
  //    to trace: the closure only runs while its own function is alive. [[RevocableProxy]] is captured()[0].
  auto active_function = std::make_shared<NativeFunction*>(nullptr);
  auto revoker_closure = [active_function](Agent&, Value, std::span<const Value>, Object*) -> ThrowCompletionOr<Value> {
    // a. Let activeFunc be the active function object.
    NativeFunction* active_func = *active_function;
    // b. Let revocableProxy be activeFunc.[[RevocableProxy]].
    Value revocable_proxy = active_func->captured()[0];
    // c. If revocableProxy is null, return NormalCompletion(undefined).
    if (revocable_proxy.IsNull()) return Value::Undefined();
    // d. Set activeFunc.[[RevocableProxy]] to null.
    active_func->captured()[0] = Value::Null();
    // e. Assert: revocableProxy is a Proxy exotic object.
    // f. Set revocableProxy.[[ProxyTarget]] to null. g. Set revocableProxy.[[ProxyHandler]] to null.
    static_cast<ProxyObject*>(revocable_proxy.AsObject())->Revoke();
    // h. Return NormalCompletion(undefined).
    return Value::Undefined();
  };
  // 3. Let revoker be CreateBuiltinFunction(revokerClosure, 0, "", « [[RevocableProxy]] »).
  heap::Handle<NativeFunction> revoker(agent.heap(),
                                       CreateBuiltinFunction(agent, revoker_closure, 0, agent.Key(u"")));
  *active_function = revoker.get();
  // 4. Set revoker.[[RevocableProxy]] to proxy.
  revoker->captured().push_back(Value::FromObject(proxy));
  // 5. Let result be OrdinaryObjectCreate(%Object.prototype%).
  heap::Handle<Object> result(
      agent.heap(), interpreter::OrdinaryObjectCreate(agent, CurrentIntrinsic(agent, Intrinsic::kObjectPrototype)));
  // 6. Perform ! CreateDataPropertyOrThrow(result, "proxy", proxy).
  MUST(interpreter::CreateDataPropertyOrThrow(agent, result, agent.Key(u"proxy"), Value::FromObject(proxy)));
  // 7. Perform ! CreateDataPropertyOrThrow(result, "revoke", revoker).
  MUST(interpreter::CreateDataPropertyOrThrow(agent, result, agent.Key(u"revoke"), Value::FromObject(revoker)));
  // 8. Return result.
  return Value::FromObject(result);
}

}  // namespace

void CreateProxyIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 28.2.2: the Proxy constructor has a "length" of 2𝔽 and no "prototype" property.
  heap::Handle<Object> proxy(agent.heap(), CreateBuiltinConstructor(agent, realm, Intrinsic::kProxy, u"Proxy", 2,
                                                                    ProxyConstructor, nullptr));
  DefineBuiltinMethod(agent, realm, proxy, u"revocable", 2, ProxyRevocable);
}

}  // namespace async_runtime::builtins
