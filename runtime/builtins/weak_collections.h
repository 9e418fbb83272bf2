// 24.3 WeakMap Objects, 24.4 WeakSet Objects, 26.1 WeakRef Objects and
// 26.2 FinalizationRegistry Objects, on the heap's weak machinery:
//   * WeakMap entries are ephemerons (a value is traced only while its key
//     is otherwise live) and entries with dead keys are dropped;
//   * WeakSet elements, WeakRef targets, and FinalizationRegistry targets
//     and unregister tokens are weak.
// The engine has no job queue yet, so a FinalizationRegistry never runs its
// cleanup callback: a cell whose target died stays in [[Cells]] (its target
// ~empty~, its held value strongly held) until unregister removes it.
#pragma once

#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "runtime/builtins/builtin_function.h"

namespace async_runtime::builtins {

// 9.13 CanBeHeldWeakly ( arg )
// https://tc39.es/ecma262/#sec-canbeheldweakly
bool CanBeHeldWeakly(Agent& agent, Value arg);

// An ordinary object with a [[WeakMapData]] internal slot: key cell -> value.
class WeakMapObject final : public Object {
 public:
  explicit WeakMapObject(interpreter::Shape* shape) : Object(shape) {}
  const char* CellName() const override { return "WeakMapObject"; }
  // Keys and values are not strong edges: see the ephemeron hooks.
  bool HasWeakEdges() const override { return true; }
  void VisitEphemeronEdges(heap::Visitor& visitor, const heap::Liveness& liveness) override {
    for (const auto& [key, value] : weak_map_data_) {
      if (liveness.IsLive(key)) value.Visit(visitor);
    }
  }
  void SweepWeakEdges(const heap::Liveness& liveness) override {
    std::erase_if(weak_map_data_, [&](const auto& entry) { return !liveness.IsLive(entry.first); });
  }

  // [[WeakMapData]], keyed by the key's cell (an Object or a Symbol: identity is SameValue for them).
  std::unordered_map<heap::Cell*, Value>& weak_map_data() { return weak_map_data_; }

 private:
  std::unordered_map<heap::Cell*, Value> weak_map_data_;
};

// An ordinary object with a [[WeakSetData]] internal slot.
class WeakSetObject final : public Object {
 public:
  explicit WeakSetObject(interpreter::Shape* shape) : Object(shape) {}
  const char* CellName() const override { return "WeakSetObject"; }
  bool HasWeakEdges() const override { return true; }
  void SweepWeakEdges(const heap::Liveness& liveness) override {
    std::erase_if(weak_set_data_, [&](heap::Cell* element) { return !liveness.IsLive(element); });
  }

  // [[WeakSetData]]
  std::unordered_set<heap::Cell*>& weak_set_data() { return weak_set_data_; }

 private:
  std::unordered_set<heap::Cell*> weak_set_data_;
};

// An ordinary object with a [[WeakRefTarget]] internal slot (~empty~ once
// the target has been collected).
class WeakRefObject final : public Object {
 public:
  WeakRefObject(interpreter::Shape* shape, Value target) : Object(shape), target_(target) {}
  const char* CellName() const override { return "WeakRefObject"; }
  bool HasWeakEdges() const override { return true; }
  void SweepWeakEdges(const heap::Liveness& liveness) override {
    if (target_.IsCell() && !liveness.IsLive(target_.AsCell())) target_ = Value::Empty();
  }

  // [[WeakRefTarget]]
  Value target() const { return target_; }

 private:
  Value target_;
};

// An ordinary object with [[Realm]], [[CleanupCallback]] and [[Cells]].
class FinalizationRegistryObject final : public Object {
 public:
  // A Record { [[WeakRefTarget]], [[HeldValue]], [[UnregisterToken]] }.
  struct CellRecord {
    Value weak_ref_target;   // weak; ~empty~ once collected
    Value held_value;        // strong
    Value unregister_token;  // weak; ~empty~ when absent or collected
  };

  FinalizationRegistryObject(interpreter::Shape* shape, Realm* realm, Value cleanup_callback)
      : Object(shape), realm_(realm), cleanup_callback_(cleanup_callback) {}
  const char* CellName() const override { return "FinalizationRegistryObject"; }
  void VisitEdges(heap::Visitor& visitor) override {
    Object::VisitEdges(visitor);
    visitor.Visit(realm_);
    cleanup_callback_.Visit(visitor);
    for (const CellRecord& cell : cells_) cell.held_value.Visit(visitor);
  }
  bool HasWeakEdges() const override { return true; }
  void SweepWeakEdges(const heap::Liveness& liveness) override {
    for (CellRecord& cell : cells_) {
      if (cell.weak_ref_target.IsCell() && !liveness.IsLive(cell.weak_ref_target.AsCell())) {
        cell.weak_ref_target = Value::Empty();
      }
      if (cell.unregister_token.IsCell() && !liveness.IsLive(cell.unregister_token.AsCell())) {
        cell.unregister_token = Value::Empty();
      }
    }
  }

  Realm* realm() const { return realm_; }                    // [[Realm]]
  Value cleanup_callback() const { return cleanup_callback_; }  // [[CleanupCallback]]
  std::vector<CellRecord>& cells() { return cells_; }         // [[Cells]]

 private:
  Realm* realm_;
  Value cleanup_callback_;
  std::vector<CellRecord> cells_;
};

// Creates %WeakMap%, %WeakSet%, %WeakRef%, %FinalizationRegistry% and their prototypes.
void CreateWeakCollectionIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
