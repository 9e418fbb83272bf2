// The base of everything that lives on the garbage-collected heap.
//
// A Cell is allocated only through Heap::Allocate<T>() and is freed by the
// collector when no root reaches it. Subclasses report their strong outgoing
// references in VisitEdges(); a subclass that must not keep some referents
// alive (WeakMap keys, WeakRef targets, shape transition caches) reports them
// through the weak hooks instead (see Heap for the order of the phases).
#pragma once

#include <cstddef>
#include <cstdint>

namespace async_runtime::heap {

class Cell;
class Heap;

// Receives the strong edges of a cell during marking. Visit(nullptr) is a
// no-op so that callers need not test optional references.
class Visitor {
 public:
  virtual ~Visitor() = default;
  virtual void Visit(Cell* cell) = 0;
};

// Answers "did this cell survive marking?" while weak edges are processed,
// after all strong marking is finished and before anything is freed.
class Liveness {
 public:
  virtual ~Liveness() = default;
  virtual bool IsLive(const Cell* cell) const = 0;
};

class Cell {
 public:
  Cell() = default;
  Cell(const Cell&) = delete;
  Cell& operator=(const Cell&) = delete;
  virtual ~Cell() = default;

  // Reports every strong reference this cell holds. Must not allocate.
  virtual void VisitEdges(Visitor& visitor) {}

  // Name of the concrete cell type, for statistics and debugging.
  virtual const char* CellName() const = 0;

  // Bytes owned outside the cell (string code units, vectors), counted once
  // right after construction towards the collection threshold and live size.
  // Growth after construction is not tracked (yet).
  virtual size_t ExternalBytes() const { return 0; }

  // --- Weak references -------------------------------------------------
  // A cell type that holds weak references returns true here; the heap then
  // calls the two hooks below on every *live* such cell in each collection.
  virtual bool HasWeakEdges() const { return false; }

  // Ephemeron step (WeakMap semantics: a value is reachable if its key is).
  // Called repeatedly after strong marking until no call visits anything new;
  // the cell visits the values whose keys `liveness` reports live.
  virtual void VisitEphemeronEdges(Visitor& visitor, const Liveness& liveness) {}

  // Called once marking (including ephemerons) is complete and before any
  // cell is freed: the cell must drop every weak reference to a cell that
  // `liveness` reports dead (WeakRef targets become undefined, map entries go).
  virtual void SweepWeakEdges(const Liveness& liveness) {}

  bool is_marked() const { return marked_; }

 private:
  friend class Heap;
  bool marked_ = false;
  uint32_t allocation_size_ = 0;  // sizeof the concrete type, for statistics
};

}  // namespace async_runtime::heap
