#include "runtime/heap/heap.h"

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace async_runtime::heap {

HandleBase::HandleBase(Heap& heap) : heap_(&heap) {
  next_ = heap.handles_;
  if (next_ != nullptr) next_->previous_ = this;
  heap.handles_ = this;
}

void HandleBase::Unlink() {
  if (previous_ != nullptr) {
    previous_->next_ = next_;
  } else {
    heap_->handles_ = next_;
  }
  if (next_ != nullptr) next_->previous_ = previous_;
  previous_ = next_ = nullptr;
}

// Marks cells and keeps the grey ones on an explicit stack.
class Heap::MarkingVisitor final : public Visitor {
 public:
  void Visit(Cell* cell) override {
    if (cell == nullptr || cell->marked_) return;
    cell->marked_ = true;
    ++marked_count;
    stack_.push_back(cell);
  }

  void Drain() {
    while (!stack_.empty()) {
      Cell* cell = stack_.back();
      stack_.pop_back();
      cell->VisitEdges(*this);
    }
  }

  size_t marked_count = 0;

 private:
  std::vector<Cell*> stack_;
};

namespace {

class MarkBitLiveness final : public Liveness {
 public:
  bool IsLive(const Cell* cell) const override { return cell == nullptr || cell->is_marked(); }
};

}  // namespace

HeapOptions HeapOptions::FromEnvironment() {
  HeapOptions options;
  const char* stress = std::getenv("ASYNC_RUNTIME_GC_STRESS");
  options.gc_stress = stress != nullptr && stress[0] != '\0' && std::string_view(stress) != "0";
  return options;
}

Heap::Heap(HeapOptions options) : options_(options), gc_stress_(options.gc_stress) {
  statistics_.threshold_bytes = options_.initial_threshold_bytes;
}

Heap::~Heap() {
  // Handles or providers that outlive the heap would dangle; they are a bug in
  // the embedder, but freeing the cells is still the right thing to do.
  for (Cell* cell : cells_) delete cell;
  cells_.clear();
}

void Heap::AddRootProvider(RootProvider* provider) { root_providers_.push_back(provider); }

void Heap::RemoveRootProvider(RootProvider* provider) {
  root_providers_.erase(std::remove(root_providers_.begin(), root_providers_.end(), provider),
                        root_providers_.end());
}

void Heap::MaybeCollectBeforeAllocating(size_t bytes) {
  assert(!collecting_ && "cells must not allocate during a collection");
  if (defer_depth_ > 0) return;
  if (gc_stress_ || statistics_.bytes_since_collection + bytes > statistics_.threshold_bytes) {
    Collect();
  }
}

void Heap::Register(Cell* cell, size_t bytes) {
  bytes = std::min<size_t>(bytes, UINT32_MAX);
  cell->allocation_size_ = static_cast<uint32_t>(bytes);
  cells_.push_back(cell);
  if (cell->HasWeakEdges()) weak_cells_.push_back(cell);
  ++statistics_.allocated_cells;
  ++statistics_.live_cells;
  statistics_.live_bytes += bytes;
  statistics_.bytes_since_collection += bytes;
  statistics_.peak_live_cells = std::max(statistics_.peak_live_cells, statistics_.live_cells);
}

void Heap::MarkRoots(MarkingVisitor& visitor) {
  for (RootProvider* provider : root_providers_) provider->VisitRoots(visitor);
  for (HandleBase* handle = handles_; handle != nullptr; handle = handle->next_) {
    handle->VisitRoot(visitor);
  }
}

void Heap::ProcessEphemerons(MarkingVisitor& visitor) {
  MarkBitLiveness liveness;
  while (true) {
    size_t before = visitor.marked_count;
    for (Cell* cell : weak_cells_) {
      if (cell->marked_) cell->VisitEphemeronEdges(visitor, liveness);
    }
    visitor.Drain();
    if (visitor.marked_count == before) return;
  }
}

void Heap::Collect() {
  if (collecting_ || defer_depth_ > 0) return;
  collecting_ = true;

  // 1. Strong marking from the roots.
  MarkingVisitor visitor;
  MarkRoots(visitor);
  visitor.Drain();

  // 2. Ephemerons, to a fixed point.
  ProcessEphemerons(visitor);

  // 3. Live cells drop their weak references to dead cells.
  MarkBitLiveness liveness;
  for (Cell* cell : weak_cells_) {
    if (cell->marked_) cell->SweepWeakEdges(liveness);
  }

  // 4. Free the unmarked, clear the marks of the survivors.
  Sweep();

  ++statistics_.collections;
  statistics_.bytes_since_collection = 0;
  statistics_.threshold_bytes =
      std::max(options_.initial_threshold_bytes,
               static_cast<size_t>(static_cast<double>(statistics_.live_bytes) * options_.growth_factor));
  collecting_ = false;
}

void Heap::Sweep() {
  weak_cells_.erase(std::remove_if(weak_cells_.begin(), weak_cells_.end(),
                                   [](Cell* cell) { return !cell->marked_; }),
                    weak_cells_.end());
  size_t kept = 0;
  for (Cell* cell : cells_) {
    if (cell->marked_) {
      cell->marked_ = false;
      cells_[kept++] = cell;
    } else {
      statistics_.live_bytes -= cell->allocation_size_;
      --statistics_.live_cells;
      ++statistics_.freed_cells;
      delete cell;
    }
  }
  cells_.resize(kept);
}

}  // namespace async_runtime::heap
