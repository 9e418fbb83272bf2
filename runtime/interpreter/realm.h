// Realms (9.3 Realms): a Realm Record with its [[Intrinsics]] table.
//
// SKETCH. What exists: the Realm cell, the intrinsic table keyed by the names
// of 6.1.7.4 Well-Known Intrinsic Objects plus the %X.prototype%
// objects the engine's algorithms reach directly, and a CreateIntrinsics that
// builds only %Object.prototype%, %Function.prototype% and the Error
// prototypes (without their properties; %Object.prototype% is the immutable
// prototype exotic object it must be). The global
// object, [[GlobalEnv]], [[TemplateMap]], [[LoadedModules]] and every other
// intrinsic are for the builtins and VM work.
#pragma once

#include <array>
#include <cstddef>

#include "runtime/heap/cell.h"
#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/object.h"
#include "runtime/interpreter/value.h"

namespace async_runtime::interpreter {

// V(enumerator, "%Name%") for every intrinsic key.
#define ASYNC_RUNTIME_INTRINSICS(V)                                   \
  /* 6.1.7.4 Well-Known Intrinsic Objects (table-well-known-intrinsic-objects) */ \
  V(kAggregateError, "%AggregateError%")                              \
  V(kArray, "%Array%")                                                \
  V(kArrayBuffer, "%ArrayBuffer%")                                    \
  V(kArrayIteratorPrototype, "%ArrayIteratorPrototype%")              \
  V(kAsyncDisposableStack, "%AsyncDisposableStack%")                  \
  V(kAsyncFromSyncIteratorPrototype, "%AsyncFromSyncIteratorPrototype%") \
  V(kAsyncFunction, "%AsyncFunction%")                                \
  V(kAsyncGeneratorFunction, "%AsyncGeneratorFunction%")              \
  V(kAsyncGeneratorPrototype, "%AsyncGeneratorPrototype%")            \
  V(kAsyncIteratorPrototype, "%AsyncIteratorPrototype%")              \
  V(kAtomics, "%Atomics%")                                            \
  V(kBigInt, "%BigInt%")                                              \
  V(kBigInt64Array, "%BigInt64Array%")                                \
  V(kBigUint64Array, "%BigUint64Array%")                              \
  V(kBoolean, "%Boolean%")                                            \
  V(kDataView, "%DataView%")                                          \
  V(kDate, "%Date%")                                                  \
  V(kDecodeURI, "%decodeURI%")                                        \
  V(kDecodeURIComponent, "%decodeURIComponent%")                      \
  V(kDisposableStack, "%DisposableStack%")                            \
  V(kEncodeURI, "%encodeURI%")                                        \
  V(kEncodeURIComponent, "%encodeURIComponent%")                      \
  V(kError, "%Error%")                                                \
  V(kEscape, "%escape%")                                              \
  V(kEval, "%eval%")                                                  \
  V(kEvalError, "%EvalError%")                                        \
  V(kFinalizationRegistry, "%FinalizationRegistry%")                  \
  V(kFloat16Array, "%Float16Array%")                                  \
  V(kFloat32Array, "%Float32Array%")                                  \
  V(kFloat64Array, "%Float64Array%")                                  \
  V(kForInIteratorPrototype, "%ForInIteratorPrototype%")              \
  V(kFunction, "%Function%")                                          \
  V(kGeneratorFunction, "%GeneratorFunction%")                        \
  V(kGeneratorPrototype, "%GeneratorPrototype%")                      \
  V(kInt8Array, "%Int8Array%")                                        \
  V(kInt16Array, "%Int16Array%")                                      \
  V(kInt32Array, "%Int32Array%")                                      \
  V(kIsFinite, "%isFinite%")                                          \
  V(kIsNaN, "%isNaN%")                                                \
  V(kIterator, "%Iterator%")                                          \
  V(kIteratorHelperPrototype, "%IteratorHelperPrototype%")            \
  V(kJSON, "%JSON%")                                                  \
  V(kMap, "%Map%")                                                    \
  V(kMapIteratorPrototype, "%MapIteratorPrototype%")                  \
  V(kMath, "%Math%")                                                  \
  V(kNumber, "%Number%")                                              \
  V(kObject, "%Object%")                                              \
  V(kParseFloat, "%parseFloat%")                                      \
  V(kParseInt, "%parseInt%")                                          \
  V(kPromise, "%Promise%")                                            \
  V(kProxy, "%Proxy%")                                                \
  V(kRangeError, "%RangeError%")                                      \
  V(kReferenceError, "%ReferenceError%")                              \
  V(kReflect, "%Reflect%")                                            \
  V(kRegExp, "%RegExp%")                                              \
  V(kRegExpStringIteratorPrototype, "%RegExpStringIteratorPrototype%") \
  V(kSet, "%Set%")                                                    \
  V(kSetIteratorPrototype, "%SetIteratorPrototype%")                  \
  V(kSharedArrayBuffer, "%SharedArrayBuffer%")                        \
  V(kString, "%String%")                                              \
  V(kStringIteratorPrototype, "%StringIteratorPrototype%")            \
  V(kSuppressedError, "%SuppressedError%")                            \
  V(kSymbol, "%Symbol%")                                              \
  V(kSyntaxError, "%SyntaxError%")                                    \
  V(kThrowTypeError, "%ThrowTypeError%")                              \
  V(kTypedArray, "%TypedArray%")                                      \
  V(kTypeError, "%TypeError%")                                        \
  V(kUint8Array, "%Uint8Array%")                                      \
  V(kUint8ClampedArray, "%Uint8ClampedArray%")                        \
  V(kUint16Array, "%Uint16Array%")                                    \
  V(kUint32Array, "%Uint32Array%")                                    \
  V(kURIError, "%URIError%")                                          \
  V(kUnescape, "%unescape%")                                          \
  V(kWeakMap, "%WeakMap%")                                            \
  V(kWeakRef, "%WeakRef%")                                            \
  V(kWeakSet, "%WeakSet%")                                            \
  V(kWrapForValidIteratorPrototype, "%WrapForValidIteratorPrototype%") \
  /* %X.prototype% objects (the %name.a.b% notation of 6.1.7.4) */    \
  V(kObjectPrototype, "%Object.prototype%")                           \
  V(kObjectPrototypeToString, "%Object.prototype.toString%")          \
  V(kFunctionPrototype, "%Function.prototype%")                       \
  V(kArrayPrototype, "%Array.prototype%")                             \
  V(kIteratorPrototype, "%Iterator.prototype%")                       \
  V(kPromisePrototype, "%Promise.prototype%")                         \
  V(kErrorPrototype, "%Error.prototype%")                             \
  V(kEvalErrorPrototype, "%EvalError.prototype%")                     \
  V(kRangeErrorPrototype, "%RangeError.prototype%")                   \
  V(kReferenceErrorPrototype, "%ReferenceError.prototype%")           \
  V(kSyntaxErrorPrototype, "%SyntaxError.prototype%")                 \
  V(kTypeErrorPrototype, "%TypeError.prototype%")                     \
  V(kURIErrorPrototype, "%URIError.prototype%")                       \
  V(kAggregateErrorPrototype, "%AggregateError.prototype%")         \
  V(kBooleanPrototype, "%Boolean.prototype%")                         \
  V(kNumberPrototype, "%Number.prototype%")                           \
  V(kStringPrototype, "%String.prototype%")                           \
  V(kSymbolPrototype, "%Symbol.prototype%")                           \
  V(kBigIntPrototype, "%BigInt.prototype%")                           \
  V(kMapPrototype, "%Map.prototype%")                                 \
  V(kSetPrototype, "%Set.prototype%")                                 \
  V(kWeakMapPrototype, "%WeakMap.prototype%")                         \
  V(kWeakSetPrototype, "%WeakSet.prototype%")                         \
  V(kWeakRefPrototype, "%WeakRef.prototype%")                         \
  V(kFinalizationRegistryPrototype, "%FinalizationRegistry.prototype%") \
  V(kDatePrototype, "%Date.prototype%")                               \
  V(kRegExpPrototype, "%RegExp.prototype%")                           \
  V(kArrayBufferPrototype, "%ArrayBuffer.prototype%")                 \
  V(kDataViewPrototype, "%DataView.prototype%")                       \
  V(kTypedArrayPrototype, "%TypedArray.prototype%")                   \
  V(kGeneratorFunctionPrototype, "%GeneratorFunction.prototype%")     \
  V(kAsyncFunctionPrototype, "%AsyncFunction.prototype%")             \
  V(kAsyncGeneratorFunctionPrototype, "%AsyncGeneratorFunction.prototype%") \
  V(kArrayPrototypeValues, "%Array.prototype.values%")             \
  V(kSuppressedErrorPrototype, "%SuppressedError.prototype%")       \
  V(kDisposableStackPrototype, "%DisposableStack.prototype%")       \
  V(kAsyncDisposableStackPrototype, "%AsyncDisposableStack.prototype%") \
  V(kInt8ArrayPrototype, "%Int8Array.prototype%")                   \
  V(kUint8ArrayPrototype, "%Uint8Array.prototype%")                 \
  V(kUint8ClampedArrayPrototype, "%Uint8ClampedArray.prototype%")   \
  V(kInt16ArrayPrototype, "%Int16Array.prototype%")                 \
  V(kUint16ArrayPrototype, "%Uint16Array.prototype%")               \
  V(kInt32ArrayPrototype, "%Int32Array.prototype%")                 \
  V(kUint32ArrayPrototype, "%Uint32Array.prototype%")               \
  V(kBigInt64ArrayPrototype, "%BigInt64Array.prototype%")           \
  V(kBigUint64ArrayPrototype, "%BigUint64Array.prototype%")         \
  V(kFloat16ArrayPrototype, "%Float16Array.prototype%")             \
  V(kFloat32ArrayPrototype, "%Float32Array.prototype%")             \
  V(kFloat64ArrayPrototype, "%Float64Array.prototype%")             \
  V(kSharedArrayBufferPrototype, "%SharedArrayBuffer.prototype%")

enum class Intrinsic : uint16_t {
#define ASYNC_RUNTIME_ENUMERATOR(enumerator, name) enumerator,
  ASYNC_RUNTIME_INTRINSICS(ASYNC_RUNTIME_ENUMERATOR)
#undef ASYNC_RUNTIME_ENUMERATOR
      kCount,
};

// "%Array%" for Intrinsic::kArray.
const char* IntrinsicName(Intrinsic intrinsic);

// 9.3 Realms: a Realm Record (table-realm-record-fields).
class Realm final : public heap::Cell {
 public:
  const char* CellName() const override { return "Realm"; }
  void VisitEdges(heap::Visitor& visitor) override;

  // [[Intrinsics]]: nullptr for an intrinsic not created yet.
  Object* intrinsic(Intrinsic intrinsic) const { return intrinsics_[static_cast<size_t>(intrinsic)]; }
  void set_intrinsic(Intrinsic intrinsic, Object* object) { intrinsics_[static_cast<size_t>(intrinsic)] = object; }

  // [[GlobalObject]]
  Object* global_object() const { return global_object_; }
  void set_global_object(Object* global_object) { global_object_ = global_object; }

  // [[GlobalEnv]]: the vm::GlobalEnvironment (a heap cell; the VM casts it).
  heap::Cell* global_env() const { return global_env_; }
  void set_global_env(heap::Cell* global_env) { global_env_ = global_env; }

  // [[HostDefined]]
  Value host_defined() const { return host_defined_; }
  void set_host_defined(Value value) { host_defined_ = value; }

  // Makes errors thrown by engine operations (ThrowTypeError, ...) use this
  // realm's error prototypes, until the VM tracks the current realm itself.
  void UseErrorPrototypesOf(Agent& agent) const;

 private:
  std::array<Object*, static_cast<size_t>(Intrinsic::kCount)> intrinsics_{};
  Object* global_object_ = nullptr;
  heap::Cell* global_env_ = nullptr;
  Value host_defined_;
};

// 9.3.2 CreateIntrinsics ( realmRecord )
// https://tc39.es/ecma262/#sec-createintrinsics
// Partial: see the comment at the top of this file.
void CreateIntrinsics(Agent& agent, Realm* realm_record);

// A new Realm Record with its (partial) intrinsics.
Realm* CreateRealm(Agent& agent);

}  // namespace async_runtime::interpreter
