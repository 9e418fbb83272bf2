// 10.5 Proxy Object Internal Methods and Internal Slots, and 28.2 Proxy
// Objects (the Proxy constructor and Proxy.revocable).
//
// One class serves callable and non-callable proxies: ProxyCreate decides
// once, from the target, whether the proxy has [[Call]] and [[Construct]]
// (IsCallable()/IsConstructor() answer accordingly; a revoked proxy keeps
// them, and throws when they are used).
//
// Native stack: a proxy whose handler lacks a trap forwards to its target's
// internal method, which may be another proxy, ... Such chains recurse in
// C++ without entering the VM (whose depth limit only counts JS calls), so
// every proxy internal method counts its nesting and throws a RangeError
// beyond kMaxProxyNestingDepth.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "runtime/builtins/builtin_function.h"
#include "runtime/interpreter/function_object.h"

namespace async_runtime::builtins {

// How many proxy internal methods may be active at once on a thread.
inline constexpr int kMaxProxyNestingDepth = 10000;

class ProxyObject final : public interpreter::FunctionObject {
 public:
  ProxyObject(interpreter::Shape* shape, Object* target, Object* handler, bool is_callable, bool is_constructor)
      : FunctionObject(shape),
        target_(target),
        handler_(handler),
        is_callable_(is_callable),
        is_constructor_(is_constructor) {}

  const char* CellName() const override { return "ProxyObject"; }
  void VisitEdges(heap::Visitor& visitor) override;

  bool IsCallable() const override { return is_callable_; }
  bool IsConstructor() const override { return is_constructor_; }
  bool HasOrdinaryGetPrototypeOf() const override { return false; }
  bool HasOrdinaryPropertyLookup() const override { return false; }
  // 7.3.24 GetFunctionRealm step 3: ? ValidateNonRevokedProxy(obj), then GetFunctionRealm(obj.[[ProxyTarget]]).
  ThrowCompletionOr<Realm*> FunctionRealm(Agent& agent) override;
  // 7.2.2 IsArray step 3: ? ValidateNonRevokedProxy(argument), then IsArray(argument.[[ProxyTarget]]).
  ThrowCompletionOr<bool> IsArrayObject(Agent& agent) override;

  // 10.5.1 [[GetPrototypeOf]] ( )
  ThrowCompletionOr<Object*> GetPrototypeOf(Agent& agent) override;
  // 10.5.2 [[SetPrototypeOf]] ( V )
  ThrowCompletionOr<bool> SetPrototypeOf(Agent& agent, Object* prototype) override;
  // 10.5.3 [[IsExtensible]] ( )
  ThrowCompletionOr<bool> IsExtensible(Agent& agent) override;
  // 10.5.4 [[PreventExtensions]] ( )
  ThrowCompletionOr<bool> PreventExtensions(Agent& agent) override;
  // 10.5.5 [[GetOwnProperty]] ( P )
  ThrowCompletionOr<std::optional<interpreter::PropertyDescriptor>> GetOwnProperty(Agent& agent,
                                                                                   const PropertyKey& key) override;
  // 10.5.6 [[DefineOwnProperty]] ( P, Desc )
  ThrowCompletionOr<bool> DefineOwnProperty(Agent& agent, const PropertyKey& key,
                                            const interpreter::PropertyDescriptor& descriptor) override;
  // 10.5.7 [[HasProperty]] ( P )
  ThrowCompletionOr<bool> HasProperty(Agent& agent, const PropertyKey& key) override;
  // 10.5.8 [[Get]] ( P, Receiver )
  ThrowCompletionOr<Value> Get(Agent& agent, const PropertyKey& key, Value receiver) override;
  // 10.5.9 [[Set]] ( P, V, Receiver )
  ThrowCompletionOr<bool> Set(Agent& agent, const PropertyKey& key, Value value, Value receiver) override;
  // 10.5.10 [[Delete]] ( P )
  ThrowCompletionOr<bool> Delete(Agent& agent, const PropertyKey& key) override;
  // 10.5.11 [[OwnPropertyKeys]] ( )
  ThrowCompletionOr<std::vector<PropertyKey>> OwnPropertyKeys(Agent& agent) override;
  // 10.5.12 [[Call]] ( thisArgument, argumentsList )
  ThrowCompletionOr<Value> Call(Agent& agent, Value this_argument, std::span<const Value> arguments_list) override;
  // 10.5.13 [[Construct]] ( argumentsList, newTarget )
  ThrowCompletionOr<Object*> Construct(Agent& agent, std::span<const Value> arguments_list,
                                       Object* new_target) override;

  Object* target() const { return target_; }    // [[ProxyTarget]]: nullptr once revoked
  Object* handler() const { return handler_; }  // [[ProxyHandler]]: nullptr once revoked
  // Sets [[ProxyTarget]] and [[ProxyHandler]] to null (Proxy.revocable's revoker).
  void Revoke() {
    target_ = nullptr;
    handler_ = nullptr;
  }

 private:
  Object* target_;
  Object* handler_;
  bool is_callable_;
  bool is_constructor_;
};

// 10.5.14 ValidateNonRevokedProxy ( proxy )
// https://tc39.es/ecma262/#sec-validatenonrevokedproxy
ThrowCompletionOr<void> ValidateNonRevokedProxy(Agent& agent, ProxyObject* proxy);

// 10.5.15 ProxyCreate ( target, handler )
// https://tc39.es/ecma262/#sec-proxycreate
ThrowCompletionOr<ProxyObject*> ProxyCreate(Agent& agent, Value target, Value handler);

// Creates %Proxy% (with Proxy.revocable).
void CreateProxyIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
