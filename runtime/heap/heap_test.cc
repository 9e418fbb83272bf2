#include "runtime/heap/heap.h"

#include <cstdlib>
#include <vector>

#include <gtest/gtest.h>

namespace async_runtime::heap {
namespace {

// A cell with any number of strong edges; counts its destructions.
class Node final : public Cell {
 public:
  explicit Node(int* destroyed = nullptr) : destroyed_(destroyed) {}
  ~Node() override {
    if (destroyed_ != nullptr) ++*destroyed_;
  }
  const char* CellName() const override { return "Node"; }
  void VisitEdges(Visitor& visitor) override {
    for (Cell* edge : edges) visitor.Visit(edge);
  }
  std::vector<Cell*> edges;

 private:
  int* destroyed_;
};

// A WeakRef-like cell: `target` does not keep its referent alive.
class WeakBox final : public Cell {
 public:
  const char* CellName() const override { return "WeakBox"; }
  bool HasWeakEdges() const override { return true; }
  void SweepWeakEdges(const Liveness& liveness) override {
    if (!liveness.IsLive(target)) target = nullptr;
  }
  Cell* target = nullptr;
};

// A WeakMap-like cell: each value is reachable only while its key is.
class Ephemerons final : public Cell {
 public:
  const char* CellName() const override { return "Ephemerons"; }
  bool HasWeakEdges() const override { return true; }
  void VisitEphemeronEdges(Visitor& visitor, const Liveness& liveness) override {
    for (auto& [key, value] : entries) {
      if (liveness.IsLive(key)) visitor.Visit(value);
    }
  }
  void SweepWeakEdges(const Liveness& liveness) override {
    std::erase_if(entries, [&](const auto& entry) { return !liveness.IsLive(entry.first); });
  }
  std::vector<std::pair<Cell*, Cell*>> entries;
};

// A cell with one strong edge and no other allocation (cheap to churn).
class Link final : public Cell {
 public:
  explicit Link(Cell* next) : next(next) {}
  const char* CellName() const override { return "Link"; }
  void VisitEdges(Visitor& visitor) override { visitor.Visit(next); }
  Cell* next;
};

// A cell that owns a large buffer outside the heap.
class Blob final : public Cell {
 public:
  explicit Blob(size_t size) : bytes(size) {}
  const char* CellName() const override { return "Blob"; }
  size_t ExternalBytes() const override { return bytes.size(); }
  std::vector<char> bytes;
};

class VectorRoots final : public RootProvider {
 public:
  void VisitRoots(Visitor& visitor) override {
    for (Cell* cell : cells) visitor.Visit(cell);
  }
  std::vector<Cell*> cells;
};

TEST(Heap, UnreachableCellsAreCollected) {
  Heap heap;
  int destroyed = 0;
  heap.Allocate<Node>(&destroyed);
  heap.Allocate<Node>(&destroyed);
  EXPECT_EQ(heap.statistics().live_cells, 2u);
  heap.Collect();
  EXPECT_EQ(destroyed, 2);
  EXPECT_EQ(heap.statistics().live_cells, 0u);
  EXPECT_EQ(heap.statistics().live_bytes, 0u);
  EXPECT_EQ(heap.statistics().freed_cells, 2u);
  EXPECT_EQ(heap.statistics().collections, 1u);
}

TEST(Heap, HandlesKeepCellsAndTheirEdgesAlive) {
  Heap heap;
  int destroyed = 0;
  Handle<Node> root(heap, heap.Allocate<Node>(&destroyed));
  Node* child = heap.Allocate<Node>(&destroyed);
  root->edges.push_back(child);
  child->edges.push_back(heap.Allocate<Node>(&destroyed));
  heap.Allocate<Node>(&destroyed);  // garbage
  heap.Collect();
  EXPECT_EQ(destroyed, 1);
  EXPECT_EQ(heap.statistics().live_cells, 3u);
  root = nullptr;
  heap.Collect();
  EXPECT_EQ(destroyed, 4);
}

TEST(Heap, HandlesMayBeDestroyedInAnyOrderAndCopied) {
  Heap heap;
  int destroyed = 0;
  auto* first = new Handle<Node>(heap, heap.Allocate<Node>(&destroyed));
  auto* second = new Handle<Node>(heap, heap.Allocate<Node>(&destroyed));
  auto* copy = new Handle<Node>(*first);
  delete first;  // not LIFO
  heap.Collect();
  EXPECT_EQ(destroyed, 0);
  delete second;
  heap.Collect();
  EXPECT_EQ(destroyed, 1);
  delete copy;
  heap.Collect();
  EXPECT_EQ(destroyed, 2);
}

TEST(Heap, RootProvidersAreRoots) {
  Heap heap;
  int destroyed = 0;
  VectorRoots roots;
  heap.AddRootProvider(&roots);
  roots.cells.push_back(heap.Allocate<Node>(&destroyed));
  heap.Allocate<Node>(&destroyed);
  heap.Collect();
  EXPECT_EQ(destroyed, 1);
  heap.RemoveRootProvider(&roots);
  heap.Collect();
  EXPECT_EQ(destroyed, 2);
}

TEST(Heap, CyclesAreCollected) {
  Heap heap;
  int destroyed = 0;
  {
    Handle<Node> a(heap, heap.Allocate<Node>(&destroyed));
    Node* b = heap.Allocate<Node>(&destroyed);
    a->edges.push_back(b);
    b->edges.push_back(a.get());
    a->edges.push_back(a.get());  // self-loop
    heap.Collect();
    EXPECT_EQ(destroyed, 0);
  }
  heap.Collect();
  EXPECT_EQ(destroyed, 2);
}

TEST(Heap, LongChainsDoNotOverflowTheNativeStack) {
  Heap heap;
  Handle<Node> head(heap, heap.Allocate<Node>());
  {
    DeferCollection defer(heap);
    Node* tail = head.get();
    for (int i = 0; i < 1'000'000; ++i) {
      Node* next = heap.Allocate<Node>();
      tail->edges.push_back(next);
      tail = next;
    }
  }
  heap.Collect();
  EXPECT_EQ(heap.statistics().live_cells, 1'000'001u);
}

TEST(Heap, GcStressCollectsAtEveryAllocation) {
  Heap heap;
  heap.set_gc_stress(true);
  EXPECT_TRUE(heap.gc_stress());
  int destroyed = 0;
  Handle<Node> kept(heap, heap.Allocate<Node>(&destroyed));
  for (int i = 0; i < 10; ++i) heap.Allocate<Node>(&destroyed);
  // Each allocation after the first collected the previous unrooted node.
  EXPECT_EQ(heap.statistics().collections, 11u);
  EXPECT_EQ(destroyed, 9);
  EXPECT_EQ(heap.statistics().live_cells, 2u);
  heap.set_gc_stress(false);
  heap.Allocate<Node>(&destroyed);
  EXPECT_EQ(heap.statistics().collections, 11u);
}

TEST(Heap, GcStressCanComeFromTheEnvironment) {
  unsetenv("ASYNC_RUNTIME_GC_STRESS");
  EXPECT_FALSE(HeapOptions::FromEnvironment().gc_stress);
  setenv("ASYNC_RUNTIME_GC_STRESS", "0", 1);
  EXPECT_FALSE(HeapOptions::FromEnvironment().gc_stress);
  setenv("ASYNC_RUNTIME_GC_STRESS", "1", 1);
  EXPECT_TRUE(HeapOptions::FromEnvironment().gc_stress);
  Heap heap(HeapOptions::FromEnvironment());
  EXPECT_TRUE(heap.gc_stress());
  unsetenv("ASYNC_RUNTIME_GC_STRESS");
}

TEST(Heap, DeferCollectionSuppressesCollections) {
  Heap heap;
  heap.set_gc_stress(true);
  int destroyed = 0;
  {
    DeferCollection defer(heap);
    heap.Allocate<Node>(&destroyed);
    heap.Allocate<Node>(&destroyed);
    heap.Collect();
    EXPECT_EQ(destroyed, 0);
  }
  heap.Collect();
  EXPECT_EQ(destroyed, 2);
}

TEST(Heap, ThresholdTriggersCollectionsAutomatically) {
  HeapOptions options;
  options.initial_threshold_bytes = 64 * sizeof(Node);
  Heap heap(options);
  for (int i = 0; i < 1000; ++i) heap.Allocate<Node>();
  EXPECT_GE(heap.statistics().collections, 10u);
  EXPECT_LE(heap.statistics().live_cells, 65u);
}

// 10^7 short-lived allocations with a small live set must run in bounded
// memory: the peak number of live cells stays near the threshold.
TEST(Heap, AllocationLoopRunsInBoundedMemory) {
  Heap heap;  // default options
  Handle<Node> live_set(heap, heap.Allocate<Node>());
  for (int i = 0; i < 100; ++i) live_set->edges.push_back(heap.Allocate<Node>());
  constexpr int kIterations = 10'000'000;
  for (int i = 0; i < kIterations; ++i) heap.Allocate<Link>(live_set.get());
  const HeapStatistics& statistics = heap.statistics();
  EXPECT_EQ(statistics.allocated_cells, static_cast<size_t>(kIterations) + 101);
  // The threshold is 1 MiB of cells, so at most ~1 MiB / sizeof(Node) + live.
  size_t bound = HeapOptions{}.initial_threshold_bytes / sizeof(Link) + 200;
  EXPECT_LE(statistics.peak_live_cells, bound);
  EXPECT_GT(statistics.collections, static_cast<size_t>(kIterations) / bound);
  heap.Collect();
  EXPECT_EQ(heap.statistics().live_cells, 101u);
}

TEST(Heap, ExternalBytesCountTowardsTheThreshold) {
  Heap heap;
  // 1000 blobs of 64 KiB: about 64 MiB allocated, but each collection
  // happens after about 1 MiB, so at most ~17 blobs are alive at once.
  for (int i = 0; i < 1000; ++i) heap.Allocate<Blob>(64 * 1024);
  EXPECT_LE(heap.statistics().peak_live_cells, 20u);
  EXPECT_GE(heap.statistics().collections, 50u);
  heap.Collect();
  EXPECT_EQ(heap.statistics().live_bytes, 0u);
}

TEST(Heap, ThresholdGrowsWithTheLiveSize) {
  HeapOptions options;
  options.initial_threshold_bytes = 16 * sizeof(Node);
  options.growth_factor = 2.0;
  Heap heap(options);
  Handle<Node> root(heap, heap.Allocate<Node>());
  {
    DeferCollection defer(heap);
    for (int i = 0; i < 1000; ++i) root->edges.push_back(heap.Allocate<Node>());
  }
  heap.Collect();
  EXPECT_EQ(heap.statistics().threshold_bytes, 2 * heap.statistics().live_bytes);
}

TEST(Heap, WeakEdgesDoNotKeepTargetsAlive) {
  Heap heap;
  int destroyed = 0;
  Handle<WeakBox> box(heap, heap.Allocate<WeakBox>());
  Handle<Node> strong(heap, heap.Allocate<Node>(&destroyed));
  box->target = strong.get();
  heap.Collect();
  EXPECT_EQ(box->target, strong.get());
  strong = nullptr;
  heap.Collect();
  EXPECT_EQ(destroyed, 1);
  EXPECT_EQ(box->target, nullptr);
}

TEST(Heap, EphemeronValuesLiveExactlyAsLongAsTheirKeys) {
  Heap heap;
  int destroyed = 0;
  Handle<Ephemerons> map(heap, heap.Allocate<Ephemerons>());
  Handle<Node> key(heap, heap.Allocate<Node>(&destroyed));
  Node* value = heap.Allocate<Node>(&destroyed);
  map->entries.emplace_back(key.get(), value);
  // A chain: the second key is reachable only through the first value.
  Node* inner_key = heap.Allocate<Node>(&destroyed);
  value->edges.push_back(inner_key);
  map->entries.emplace_back(inner_key, heap.Allocate<Node>(&destroyed));
  // A value that references its own key must not keep the key alive.
  Node* cyclic_key = heap.Allocate<Node>(&destroyed);
  Node* cyclic_value = heap.Allocate<Node>(&destroyed);
  cyclic_value->edges.push_back(cyclic_key);
  map->entries.emplace_back(cyclic_key, cyclic_value);

  heap.Collect();
  EXPECT_EQ(destroyed, 2);  // the cyclic pair only
  EXPECT_EQ(map->entries.size(), 2u);
  key = nullptr;
  heap.Collect();
  EXPECT_EQ(destroyed, 6);
  EXPECT_TRUE(map->entries.empty());
}

}  // namespace
}  // namespace async_runtime::heap
