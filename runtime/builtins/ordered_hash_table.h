// The storage behind [[MapData]] and [[SetData]] (24.1, 24.2): the spec's
// List of Records, in insertion order, where deletion leaves an ~empty~ hole
// and iteration walks indices up to the *current* length (so entries appended
// during iteration are visited and deleted ones skipped).
//
// Representation: a vector of entries in insertion order, each with a
// sequence number (its position in the spec List had nothing ever been
// removed); deleted entries are tombstones (key ~empty~) until the vector is
// compacted. A hash index from key to vector position gives O(1) look-up.
// Keys are hashed by SameValueZero: numbers by their canonical encoding (the
// caller passes keys through CanonicalizeKeyedCollectionKey, so -0 is +0),
// strings and BigInts by content, everything else by identity.
//
// Cursors (for iterators, forEach and the Set methods) remember the sequence
// number of the next entry to visit, which survives compaction and clear():
// entries appended later always have larger sequence numbers.
//
// Not a heap cell: the owning object traces it with VisitEdges().
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "runtime/heap/cell.h"
#include "runtime/interpreter/value.h"

namespace async_runtime::builtins {

class OrderedHashTable {
 public:
  struct Entry {
    interpreter::Value key;    // ~empty~ once deleted
    interpreter::Value value;  // undefined for Sets
    uint64_t sequence;
  };

  // A position in the spec List that stays meaningful across mutation.
  struct Cursor {
    uint64_t next_sequence = 0;  // the first sequence number not yet visited
    size_t position_hint = 0;    // where that is in entries_, valid while
    uint64_t compaction_epoch = 0;  // ... the table has this epoch
  };

  OrderedHashTable() = default;
  OrderedHashTable(const OrderedHashTable& other) { CopyFrom(other); }
  OrderedHashTable& operator=(const OrderedHashTable& other) {
    if (this != &other) CopyFrom(other);
    return *this;
  }

  // The number of live (non-~empty~) entries: SetDataSize / Map size.
  size_t size() const { return live_count_; }

  // The live entry whose key is SameValueZero to `key`, or nullptr.
  Entry* Find(interpreter::Value key);
  bool Contains(interpreter::Value key) { return Find(key) != nullptr; }

  // Sets the value of an existing entry, or appends a new one.
  void Set(interpreter::Value key, interpreter::Value value);

  // Turns the entry for `key` into a hole; false when there was none.
  bool Remove(interpreter::Value key);

  // Turns every entry into a hole (cursors then see only later additions).
  void Clear();

  // The next live entry at or after `cursor` (advancing the cursor past it),
  // or nullptr when the cursor has reached the end of the List. The pointer
  // is valid until the table is next mutated.
  const Entry* Next(Cursor& cursor);

  // Strong tracing of every key and value.
  void VisitEdges(heap::Visitor& visitor) const;

 private:
  struct KeyHash {
    size_t operator()(interpreter::Value key) const;
  };
  struct KeyEqual {
    bool operator()(interpreter::Value x, interpreter::Value y) const { return interpreter::SameValueZero(x, y); }
  };

  void CopyFrom(const OrderedHashTable& other);
  void CompactIfSparse();
  void RebuildIndex();

  std::vector<Entry> entries_;
  std::unordered_map<interpreter::Value, size_t, KeyHash, KeyEqual> index_;
  size_t live_count_ = 0;
  uint64_t next_sequence_ = 0;
  uint64_t compaction_epoch_ = 0;
};

}  // namespace async_runtime::builtins

namespace async_runtime::builtins {

// 24.5.1 CanonicalizeKeyedCollectionKey ( key )
// https://tc39.es/ecma262/#sec-canonicalizekeyedcollectionkey
inline interpreter::Value CanonicalizeKeyedCollectionKey(interpreter::Value key) {
  // 1. If key is -0𝔽, return +0𝔽.
  if (key.IsNumber() && key.AsNumber() == 0) return interpreter::Value::Int32(0);
  // 2. Return key.
  return key;
}

}  // namespace async_runtime::builtins
