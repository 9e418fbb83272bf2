#include "runtime/interpreter/agent.h"

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
  for (const auto& [key, symbol] : global_symbol_registry_) visitor.Visit(symbol);
  for (heap::Cell* kept : kept_alive_) visitor.Visit(kept);
}

}  // namespace async_runtime::interpreter
