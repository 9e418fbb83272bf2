// The agent (ECMA-262 "Agents", sec-agents): what all code running on one thread shares — the
// heap, the interned strings, the root shapes. Every operation that may
// allocate or run user code takes an Agent&. The bytecode VM, realms and the
// job queues will hang off it.
#pragma once

#include <array>
#include <cstddef>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/heap/heap.h"
#include "runtime/interpreter/completion.h"
#include "runtime/interpreter/object.h"
#include "runtime/interpreter/property_key.h"
#include "runtime/interpreter/shape.h"
#include "runtime/interpreter/string_table.h"

namespace async_runtime::interpreter {

class Job;
class Realm;
namespace vm {
class Vm;
class ScriptOrModule;
struct ModuleRequest;
}

// The NativeError kinds of 20.5.5 plus Error and AggregateError.
enum class ErrorKind : uint8_t {
  kError,
  kEvalError,
  kRangeError,
  kReferenceError,
  kSyntaxError,
  kTypeError,
  kURIError,
  kAggregateError,
};
inline constexpr size_t kErrorKindCount = 8;

// The operation argument of 27.5.1.9 HostPromiseRejectionTracker.
enum class RejectionOperation : uint8_t { kReject, kHandle };

// 6.1.5.1 Well-Known Symbols (table-well-known-symbols): the name in %Symbol.name%.
#define ASYNC_RUNTIME_WELL_KNOWN_SYMBOLS(V) \
  V(kAsyncDispose, asyncDispose)            \
  V(kAsyncIterator, asyncIterator)          \
  V(kDispose, dispose)                      \
  V(kHasInstance, hasInstance)              \
  V(kIsConcatSpreadable, isConcatSpreadable) \
  V(kIterator, iterator)                    \
  V(kMatch, match)                          \
  V(kMatchAll, matchAll)                    \
  V(kReplace, replace)                      \
  V(kSearch, search)                        \
  V(kSpecies, species)                      \
  V(kSplit, split)                          \
  V(kToPrimitive, toPrimitive)              \
  V(kToStringTag, toStringTag)              \
  V(kUnscopables, unscopables)

enum class WellKnownSymbol : uint8_t {
#define ASYNC_RUNTIME_ENUMERATOR(enumerator, name) enumerator,
  ASYNC_RUNTIME_WELL_KNOWN_SYMBOLS(ASYNC_RUNTIME_ENUMERATOR)
#undef ASYNC_RUNTIME_ENUMERATOR
      kCount,
};

class Agent final : public heap::RootProvider {
 public:
  explicit Agent(heap::HeapOptions options = heap::HeapOptions::FromEnvironment());
  ~Agent() override;
  Agent(const Agent&) = delete;
  Agent& operator=(const Agent&) = delete;

  heap::Heap& heap() { return heap_; }
  StringTable& strings() { return strings_; }

  template <typename T, typename... Args>
  T* Allocate(Args&&... args) {
    return heap_.Allocate<T>(std::forward<Args>(args)...);
  }

  // A property key from source text (interned; array indices canonicalised).
  PropertyKey Key(std::u16string_view name) { return PropertyKey::FromString(strings_, name); }
  // An interned String value.
  Value InternedString(std::u16string_view text) { return Value::FromString(strings_.Intern(text)); }

  // %Symbol.iterator% and the others: shared by all realms of the agent.
  Symbol* well_known_symbol(WellKnownSymbol symbol) const {
    return well_known_symbols_[static_cast<size_t>(symbol)];
  }

  // The root shape of objects whose [[Prototype]] is null.
  Shape* null_prototype_root_shape() const { return null_prototype_root_shape_; }

  // The prototype given to errors thrown by the engine's own operations
  // (ThrowTypeError and friends). Set by the realm once %TypeError.prototype%
  // and the others exist; nullptr (a null-prototype error object) until then.
  Object* error_prototype(ErrorKind kind) const { return error_prototypes_[static_cast<size_t>(kind)]; }
  void set_error_prototype(ErrorKind kind, Object* prototype) {
    error_prototypes_[static_cast<size_t>(kind)] = prototype;
  }

  // The Realm of the running execution context (9.4.1 "the current Realm
  // Record"): set by the VM when it enters code of a realm, read by
  // built-ins that create objects (%Array.prototype%, errors, ...).
  Realm* current_realm() const { return current_realm_; }
  void set_current_realm(Realm* realm) { current_realm_ = realm; }

  // "The active function object" (9.4.1) while a built-in function runs:
  // set by BuiltinCallOrConstruct, for closures that read their own
  // internal slots (NativeFunction::captured()). nullptr outside built-ins.
  Object* active_builtin_function() const { return active_builtin_function_; }
  void set_active_builtin_function(Object* function) { active_builtin_function_ = function; }

  // The VM that runs this agent's code, for built-ins that compile or
  // resume code (Function, eval, generators). Set by the VM; nullptr before.
  vm::Vm* vm() const { return vm_; }
  void set_vm(vm::Vm* vm) { vm_ = vm; }

  // 13.2.7.3 Evaluation of a RegularExpressionLiteral: RegExpCreate(pattern,
  // flags). The RegExp built-ins provide it (the VM does not depend on
  // them); nullptr while there is no %RegExp%.
  using RegExpLiteralFactory = ThrowCompletionOr<Value> (*)(Agent& agent, std::u16string_view pattern,
                                                            std::u16string_view flags);
  RegExpLiteralFactory regexp_literal_factory() const { return regexp_literal_factory_; }
  void set_regexp_literal_factory(RegExpLiteralFactory factory) { regexp_literal_factory_ = factory; }

  // 20.4.5.1 GlobalSymbolRegistry Records: the symbols of Symbol.for, shared
  // by all realms of the agent, keyed by their [[Key]] (which is also their
  // [[Description]]). Entries are never removed, so they are roots.
  std::unordered_map<std::u16string, Symbol*>& global_symbol_registry() { return global_symbol_registry_; }

  // 9.11 AddToKeptObjects ( value )
  // https://tc39.es/ecma262/#sec-addtokeptobjects
  // [[KeptAlive]]: the targets WeakRef creation and deref keep alive (strongly) until ClearKeptObjects.
  void AddToKeptObjects(heap::Cell* value) {
    // 1. Let agentRecord be the surrounding agent's Agent Record.
    // 2. Append value to agentRecord.[[KeptAlive]].
    kept_alive_.push_back(value);
    // 3. Return unused.
  }

  // 9.10 ClearKeptObjects ( )
  // https://tc39.es/ecma262/#sec-clear-kept-objects
  // For the host, when a synchronous sequence of ECMAScript executions (a job) completes.
  void ClearKeptObjects() {
    // 1. Let agentRecord be the surrounding agent's Agent Record.
    // 2. Set agentRecord.[[KeptAlive]] to a new empty List.
    kept_alive_.clear();
    // 3. Return unused.
  }

  // The host hooks of 9.5 and 27.5.1.9, set by the host (jsrt, the Test262
  // harness). Unset hooks have the spec's default behaviour.
  struct HostHooks {
    // 16.2.1.10 HostLoadImportedModule ( referrer, moduleRequest, hostDefined, payload ): the host loads the
    // module (referrer a Script or Module Record, or null with `referrer_realm` for a Realm Record) and
    // performs FinishLoadingImportedModule (runtime/async/module.h) with `payload`, now or later. Unset:
    // every load fails with a TypeError.
    std::function<void(vm::ScriptOrModule* referrer, Realm* referrer_realm, const vm::ModuleRequest& request,
                       heap::Cell* payload)>
        load_imported_module;
    // Called after every HostEnqueuePromiseJob: a host with an event loop
    // queues a microtask that calls RunNextPromiseJob.
    std::function<void()> promise_job_enqueued;
    // 27.5.1.9 HostPromiseRejectionTracker ( promise, operation ); default: nothing.
    std::function<void(Object* promise, RejectionOperation operation)> promise_rejection_tracker;
  };
  HostHooks& host_hooks() { return host_hooks_; }

  // 9.6.3 IncrementModuleAsyncEvaluationCount ( )
  // https://tc39.es/ecma262/#sec-IncrementModuleAsyncEvaluationCount
  uint64_t IncrementModuleAsyncEvaluationCount() {
    // 1. Let AR be the Agent Record of the surrounding agent. 2. Let count be AR.[[ModuleAsyncEvaluationCount]].
    // 3. Set AR.[[ModuleAsyncEvaluationCount]] to count + 1. 4. Return count.
    return module_async_evaluation_count_++;
  }

  // The agent's queue of promise jobs (9.5.5 HostEnqueuePromiseJob), FIFO.
  // Queued jobs and their realms are roots.
  void EnqueuePromiseJob(Job* job, Realm* realm);
  size_t pending_promise_job_count() const { return promise_jobs_.size(); }
  // Runs the oldest queued job, with its realm (when not null) as the
  // current Realm, then ClearKeptObjects (a job is a synchronous sequence of
  // execution). Only when no execution context is running. Returns the job's
  // completion (an abrupt one is the host's to report), or nullopt when the
  // queue is empty.
  std::optional<ThrowCompletionOr<Value>> RunNextPromiseJob();
  // Runs jobs until the queue is empty, including jobs queued meanwhile.
  // `on_abrupt` (optional) receives each thrown value.
  void RunPromiseJobs(const std::function<void(Value thrown)>& on_abrupt = nullptr);

  void VisitRoots(heap::Visitor& visitor) override;

 private:
  struct PendingJob {
    Job* job;
    Realm* realm;  // nullptr: the job runs no ECMAScript code
  };
  heap::Heap heap_;  // first member: destroyed last
  RegExpLiteralFactory regexp_literal_factory_ = nullptr;
  StringTable strings_;
  Shape* null_prototype_root_shape_ = nullptr;
  std::array<Object*, kErrorKindCount> error_prototypes_{};
  std::array<Symbol*, static_cast<size_t>(WellKnownSymbol::kCount)> well_known_symbols_{};
  Realm* current_realm_ = nullptr;
  Object* active_builtin_function_ = nullptr;
  vm::Vm* vm_ = nullptr;
  std::unordered_map<std::u16string, Symbol*> global_symbol_registry_;
  std::vector<heap::Cell*> kept_alive_;
  uint64_t module_async_evaluation_count_ = 1;  // [[ModuleAsyncEvaluationCount]] (0 is reserved for ~unset~)
  HostHooks host_hooks_;
  std::deque<PendingJob> promise_jobs_;
};

// 7.3.1 MakeBasicObject ( internalSlotsList )
// https://tc39.es/ecma262/#sec-makebasicobject
template <typename T, typename... Args>
T* MakeBasicObject(Agent& agent, Args&&... args) {
  // 1. Set internalSlotsList to the list-concatenation of internalSlotsList and « [[PrivateElements]] ».
  // 2. Let obj be a newly created object with an internal slot for each name in internalSlotsList.
  //    (The slots are T's members. [[PrivateElements]] arrives with classes.)
  // 3. NOTE: the initial value of each such internal slot is undefined unless specified otherwise.
  // 4. Set obj.[[PrivateElements]] to a new empty List.
  // 5. Set obj's essential internal methods to the default ordinary object
  //    definitions specified in 10.1. (T's virtual overrides, if any, replace them.)
  T* obj = agent.Allocate<T>(agent.null_prototype_root_shape(), std::forward<Args>(args)...);
  // 6.-7. Asserts about [[Prototype]] and [[Extensible]]: every Object has both.
  // 8. If internalSlotsList contains [[Extensible]], set obj.[[Extensible]] to true.
  obj->set_extensible(true);
  // 9. Return obj.
  return obj;
}

// 10.1.12 OrdinaryObjectCreate ( proto [ , additionalInternalSlotsList ] )
// https://tc39.es/ecma262/#sec-ordinaryobjectcreate
template <typename T, typename... Args>
T* OrdinaryObjectCreate(Agent& agent, Object* proto, Args&&... args) {
  // 1. Let internalSlotsList be « [[Prototype]], [[Extensible]] ».
  // 2. If additionalInternalSlotsList is present, set internalSlotsList to the
  //    list-concatenation of internalSlotsList and additionalInternalSlotsList.
  // 3. Let obj be MakeBasicObject(internalSlotsList).
  heap::Handle<T> obj(agent.heap(), MakeBasicObject<T>(agent, std::forward<Args>(args)...));
  // 4. Set obj.[[Prototype]] to proto.
  obj->set_prototype(agent, proto);
  // 5. Return obj.
  return obj.get();
}

}  // namespace async_runtime::interpreter
