#include "runtime/interpreter/agent.h"

#include "runtime/interpreter/job.h"
#include "runtime/interpreter/realm.h"

namespace async_runtime::interpreter {

Agent::Agent(heap::HeapOptions options) : heap_(options), strings_(heap_) {
  heap_.AddRootProvider(this);
  heap::DeferCollection defer(heap_);
  null_prototype_root_shape_ = heap_.Allocate<Shape>(nullptr);
  // Each [[Description]] is "Symbol.<name>" (6.1.5.1 Well-Known Symbols).
#define ASYNC_RUNTIME_CREATE_SYMBOL(enumerator, name)              \
  well_known_symbols_[static_cast<size_t>(WellKnownSymbol::enumerator)] = \
      heap_.Allocate<Symbol>(strings_.Intern(u"Symbol." #name));
  ASYNC_RUNTIME_WELL_KNOWN_SYMBOLS(ASYNC_RUNTIME_CREATE_SYMBOL)
#undef ASYNC_RUNTIME_CREATE_SYMBOL
}

Agent::~Agent() { heap_.RemoveRootProvider(this); }

void Agent::VisitRoots(heap::Visitor& visitor) {
  visitor.Visit(null_prototype_root_shape_);
  for (Object* prototype : error_prototypes_) visitor.Visit(prototype);
  for (Symbol* symbol : well_known_symbols_) visitor.Visit(symbol);
  visitor.Visit(current_realm_);
  visitor.Visit(active_builtin_function_);
  for (const auto& [key, symbol] : global_symbol_registry_) visitor.Visit(symbol);
  for (heap::Cell* kept : kept_alive_) visitor.Visit(kept);
  for (const PendingJob& pending : promise_jobs_) {
    visitor.Visit(pending.job);
    visitor.Visit(pending.realm);
  }
}

void Agent::EnqueuePromiseJob(Job* job, Realm* realm) {
  promise_jobs_.push_back(PendingJob{job, realm});
  if (host_hooks_.promise_job_enqueued) host_hooks_.promise_job_enqueued();
}

std::optional<ThrowCompletionOr<Value>> Agent::RunNextPromiseJob() {
  if (promise_jobs_.empty()) return std::nullopt;
  PendingJob pending = promise_jobs_.front();
  promise_jobs_.pop_front();
  heap::Handle<Job> job(heap_, pending.job);
  heap::Handle<Realm> realm(heap_, pending.realm);
  // 9.5: "perform any host-defined preparation steps": a job with a realm runs with it as the current
  // Realm (the realm of the handler, so errors it creates come from that realm).
  Realm* previous_realm = current_realm_;
  if (realm.get() != nullptr) current_realm_ = realm.get();
  ThrowCompletionOr<Value> completion = job->Run(*this);
  current_realm_ = previous_realm;
  // 9.10 ClearKeptObjects: a job is a synchronous sequence of ECMAScript execution.
  ClearKeptObjects();
  return completion;
}

void Agent::RunPromiseJobs(const std::function<void(Value thrown)>& on_abrupt) {
  while (auto completion = RunNextPromiseJob()) {
    if (completion->is_throw_completion() && on_abrupt) on_abrupt(completion->thrown_value());
  }
}

}  // namespace async_runtime::interpreter
