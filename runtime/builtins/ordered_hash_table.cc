#include "runtime/builtins/ordered_hash_table.h"

#include <algorithm>
#include <functional>
#include <string_view>

namespace async_runtime::builtins {

using interpreter::Value;

size_t OrderedHashTable::KeyHash::operator()(Value key) const {
  if (key.IsString()) return std::hash<std::u16string_view>()(key.AsString()->code_units());
  if (key.IsBigInt()) {
    const interpreter::BigInt& bigint = *key.AsBigInt();
    size_t hash = bigint.is_negative() ? 0x9E3779B97F4A7C15ull : 0;
    for (uint32_t limb : bigint.magnitude()) hash = (hash ^ limb) * 0x100000001B3ull;
    return hash;
  }
  // Numbers: one encoding per SameValueZero class once -0 is canonicalised
  // (NaNs share one encoding). Everything else: identity.
  return std::hash<uint64_t>()(key.bits());
}

void OrderedHashTable::CopyFrom(const OrderedHashTable& other) {
  entries_.clear();
  for (const Entry& entry : other.entries_) {
    if (!entry.key.IsEmpty()) entries_.push_back(entry);
  }
  live_count_ = entries_.size();
  next_sequence_ = 0;
  for (Entry& entry : entries_) entry.sequence = next_sequence_++;
  ++compaction_epoch_;
  RebuildIndex();
}

void OrderedHashTable::RebuildIndex() {
  index_.clear();
  for (size_t position = 0; position < entries_.size(); ++position) {
    if (!entries_[position].key.IsEmpty()) index_.emplace(entries_[position].key, position);
  }
}

OrderedHashTable::Entry* OrderedHashTable::Find(Value key) {
  auto found = index_.find(key);
  if (found == index_.end()) return nullptr;
  return &entries_[found->second];
}

void OrderedHashTable::Set(Value key, Value value) {
  if (Entry* entry = Find(key)) {
    entry->value = value;
    return;
  }
  index_.emplace(key, entries_.size());
  entries_.push_back(Entry{key, value, next_sequence_++});
  ++live_count_;
}

bool OrderedHashTable::Remove(Value key) {
  auto found = index_.find(key);
  if (found == index_.end()) return false;
  Entry& entry = entries_[found->second];
  entry.key = Value::Empty();
  entry.value = Value::Empty();
  index_.erase(found);
  --live_count_;
  CompactIfSparse();
  return true;
}

void OrderedHashTable::Clear() {
  entries_.clear();
  index_.clear();
  live_count_ = 0;
  ++compaction_epoch_;  // every cursor's position hint is stale
}

void OrderedHashTable::CompactIfSparse() {
  size_t holes = entries_.size() - live_count_;
  if (holes < 16 || holes < live_count_) return;
  // Sequence numbers are kept, so cursors find their place again.
  std::erase_if(entries_, [](const Entry& entry) { return entry.key.IsEmpty(); });
  ++compaction_epoch_;
  RebuildIndex();
}

const OrderedHashTable::Entry* OrderedHashTable::Next(Cursor& cursor) {
  size_t position = cursor.position_hint;
  if (cursor.compaction_epoch != compaction_epoch_ || position > entries_.size()) {
    // Positions moved: find the first entry whose sequence number is not yet visited.
    position = static_cast<size_t>(
        std::lower_bound(entries_.begin(), entries_.end(), cursor.next_sequence,
                         [](const Entry& entry, uint64_t sequence) { return entry.sequence < sequence; }) -
        entries_.begin());
    cursor.compaction_epoch = compaction_epoch_;
  }
  while (position < entries_.size() && entries_[position].key.IsEmpty()) ++position;
  if (position == entries_.size()) {
    cursor.position_hint = position;
    return nullptr;
  }
  const Entry& entry = entries_[position];
  cursor.next_sequence = entry.sequence + 1;
  cursor.position_hint = position + 1;
  return &entry;
}

void OrderedHashTable::VisitEdges(heap::Visitor& visitor) const {
  for (const Entry& entry : entries_) {
    entry.key.Visit(visitor);
    entry.value.Visit(visitor);
  }
}

}  // namespace async_runtime::builtins
