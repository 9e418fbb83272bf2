// The garbage-collected heap: a precise, non-moving, stop-the-world tracing
// mark-and-sweep collector.
//
// Phases of Heap::Collect():
//   1. Mark from the roots: every registered RootProvider, every live
//      Handle/HandleBase, transitively through Cell::VisitEdges (an explicit
//      mark stack, so long chains cannot overflow the native stack).
//   2. Ephemerons: Cell::VisitEphemeronEdges on live weak-holding cells,
//      repeated until nothing new is marked.
//   3. Weak sweep: Cell::SweepWeakEdges on live weak-holding cells, so they
//      drop references to cells about to die.
//   4. Sweep: every unmarked cell is destroyed (its C++ destructor runs).
//
// Rules for code that uses the heap (the collector is precise, so these are
// what keeps it correct; run tests with gc-stress to catch violations):
//   * Any call to Allocate() may collect. A cell pointer held only in a C++
//     local is NOT a root: hold it in a Handle<T> (or make it reachable from a
//     rooted cell) before the next allocation. Arguments passed to Allocate()
//     must be reachable too; the collection happens before the constructor.
//   * Cell constructors, destructors and VisitEdges must not allocate, and
//     destructors must not dereference other cells (they may be gone).
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <type_traits>
#include <utility>
#include <vector>

#include "runtime/heap/cell.h"

namespace async_runtime::heap {

class Heap;

// Something outside the heap that holds references into it (the VM's frame
// stack, the agent's tables, a realm's intrinsics). Registered with
// Heap::AddRootProvider; its VisitRoots is called at the start of every
// collection.
class RootProvider {
 public:
  virtual ~RootProvider() = default;
  virtual void VisitRoots(Visitor& visitor) = 0;
};

// Base of RAII roots for C++ locals. Each live HandleBase is a node in the
// heap's intrusive list of handles; the collector calls VisitRoot on each.
// Handles may be destroyed in any order.
class HandleBase {
 public:
  HandleBase(const HandleBase& other) : HandleBase(*other.heap_) {}
  HandleBase& operator=(const HandleBase&) { return *this; }  // stays linked to its heap
  virtual ~HandleBase() { Unlink(); }

  Heap& heap() const { return *heap_; }

 protected:
  explicit HandleBase(Heap& heap);
  virtual void VisitRoot(Visitor& visitor) = 0;

 private:
  friend class Heap;
  void Unlink();
  Heap* heap_;
  HandleBase* previous_ = nullptr;
  HandleBase* next_ = nullptr;
};

// A rooted pointer to a cell of type T (or nullptr).
template <typename T>
class Handle final : public HandleBase {
 public:
  Handle(Heap& heap, T* cell = nullptr) : HandleBase(heap), cell_(cell) {}
  Handle(const Handle& other) : HandleBase(other), cell_(other.cell_) {}
  Handle& operator=(const Handle& other) {
    cell_ = other.cell_;
    return *this;
  }
  Handle& operator=(T* cell) {
    cell_ = cell;
    return *this;
  }

  T* get() const { return cell_; }
  T* operator->() const { return cell_; }
  T& operator*() const { return *cell_; }
  operator T*() const { return cell_; }

 protected:
  void VisitRoot(Visitor& visitor) override { visitor.Visit(cell_); }

 private:
  T* cell_;
};

struct HeapOptions {
  // Bytes allocated before the first collection, and the floor for later ones.
  size_t initial_threshold_bytes = size_t{1} << 20;
  // After a collection the next one happens once this many times the live
  // size has been allocated again (so the heap is bounded by about
  // (1 + growth_factor) x live + initial_threshold_bytes).
  double growth_factor = 1.0;
  // Collect at every allocation (slow; finds unrooted pointers in tests).
  bool gc_stress = false;

  // The defaults, with gc_stress turned on when the environment variable
  // ASYNC_RUNTIME_GC_STRESS is set to a non-empty value other than "0" (so a
  // whole test suite or the jsrt host can run under stress unchanged).
  static HeapOptions FromEnvironment();
};

struct HeapStatistics {
  size_t live_cells = 0;          // cells allocated and not yet freed
  size_t live_bytes = 0;          // sum of their sizeof + ExternalBytes()
  size_t allocated_cells = 0;     // ever allocated
  size_t freed_cells = 0;         // ever freed
  size_t collections = 0;         // completed collections
  size_t bytes_since_collection = 0;
  size_t threshold_bytes = 0;     // bytes_since_collection that triggers the next one
  size_t peak_live_cells = 0;     // maximum of live_cells ever observed
};

class Heap {
 public:
  explicit Heap(HeapOptions options = {});
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;
  // Destroys every remaining cell (in no particular order).
  ~Heap();

  // Allocates and constructs a T (a subclass of Cell). May collect first.
  template <typename T, typename... Args>
  T* Allocate(Args&&... args) {
    static_assert(std::is_base_of_v<Cell, T>, "heap cells derive from heap::Cell");
    MaybeCollectBeforeAllocating(sizeof(T));
    T* cell = new T(std::forward<Args>(args)...);
    Register(cell, sizeof(T) + cell->ExternalBytes());
    return cell;
  }

  // Runs a full collection now (unless collections are deferred).
  void Collect();

  void set_gc_stress(bool enabled) { gc_stress_ = enabled; }
  bool gc_stress() const { return gc_stress_; }

  void AddRootProvider(RootProvider* provider);
  void RemoveRootProvider(RootProvider* provider);

  const HeapStatistics& statistics() const { return statistics_; }

  // True while a collection is running (Allocate must not be called then).
  bool is_collecting() const { return collecting_; }

 private:
  friend class HandleBase;
  friend class DeferCollection;
  class MarkingVisitor;

  void MaybeCollectBeforeAllocating(size_t bytes);
  void Register(Cell* cell, size_t bytes);
  void MarkRoots(MarkingVisitor& visitor);
  void ProcessEphemerons(MarkingVisitor& visitor);
  void Sweep();

  HeapOptions options_;
  bool gc_stress_;
  bool collecting_ = false;
  int defer_depth_ = 0;
  std::vector<Cell*> cells_;
  std::vector<Cell*> weak_cells_;  // cells whose HasWeakEdges() is true
  std::vector<RootProvider*> root_providers_;
  HandleBase* handles_ = nullptr;  // head of the intrusive list
  HeapStatistics statistics_;
};

// While alive, allocation never triggers a collection (explicit Collect()
// calls are ignored too). For short regions that hold several unrooted fresh
// cells, e.g. while building a cell graph that is rooted at the end.
class DeferCollection {
 public:
  explicit DeferCollection(Heap& heap) : heap_(heap) { ++heap_.defer_depth_; }
  ~DeferCollection() { --heap_.defer_depth_; }
  DeferCollection(const DeferCollection&) = delete;
  DeferCollection& operator=(const DeferCollection&) = delete;

 private:
  Heap& heap_;
};

}  // namespace async_runtime::heap
