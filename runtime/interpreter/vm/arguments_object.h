// 10.4.4 Arguments Exotic Objects: the arguments object of a function.
// Unmapped ones (strict code, non-simple parameter lists) are ordinary
// objects with an [[ParameterMap]] of undefined; mapped ones alias their
// indices to the function's parameter bindings while the map entry lives.
#pragma once

#include <vector>

#include "runtime/interpreter/object.h"
#include "runtime/interpreter/vm/environment.h"

namespace async_runtime::interpreter::vm {

class ArgumentsObject final : public Object {
 public:
  // `environment` nullptr: unmapped.
  ArgumentsObject(Shape* shape, DeclarativeEnvironment* environment) : Object(shape), environment_(environment) {}
  const char* CellName() const override { return "ArgumentsObject"; }
  void VisitEdges(heap::Visitor& visitor) override;
  bool HasOrdinaryPropertyLookup() const override { return environment_ == nullptr; }

  bool is_mapped() const { return environment_ != nullptr; }
  // [[ParameterMap]]: index i aliases slot mapped_slots()[i] of the environment (-1: not mapped).
  std::vector<int>& mapped_slots() { return mapped_slots_; }

  // 10.4.4.1 [[GetOwnProperty]] ( P )
  ThrowCompletionOr<std::optional<PropertyDescriptor>> GetOwnProperty(Agent& agent, const PropertyKey& key) override;
  // 10.4.4.2 [[DefineOwnProperty]] ( P, Desc )
  ThrowCompletionOr<bool> DefineOwnProperty(Agent& agent, const PropertyKey& key,
                                            const PropertyDescriptor& desc) override;
  // 10.4.4.3 [[Get]] ( P, Receiver )
  ThrowCompletionOr<Value> Get(Agent& agent, const PropertyKey& key, Value receiver) override;
  // 10.4.4.4 [[Set]] ( P, V, Receiver )
  ThrowCompletionOr<bool> Set(Agent& agent, const PropertyKey& key, Value value, Value receiver) override;
  // 10.4.4.5 [[Delete]] ( P )
  ThrowCompletionOr<bool> Delete(Agent& agent, const PropertyKey& key) override;

 private:
  // The slot `key` is mapped to, or -1 (HasOwnProperty(map, P)).
  int MappedSlot(const PropertyKey& key) const;
  void Unmap(const PropertyKey& key);

  DeclarativeEnvironment* environment_;
  std::vector<int> mapped_slots_;
};

}  // namespace async_runtime::interpreter::vm
