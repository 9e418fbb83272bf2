// Property keys (6.1.7 The Object Type: a property key is a String or a
// Symbol), in the canonical form the object model relies on:
//   * an array index (6.1.7: an integer index i with +0 ≤ i < 2^32 - 1) is
//     always stored as the integer, never as a string — "7" and 7 are the
//     same key, "07" is a string key;
//   * any other String key is an interned PrimitiveString (pointer equality);
//   * a Symbol key is the Symbol cell.
// So two keys are the same key exactly when kind and payload are equal.
//
// GC: interned strings live as long as the StringTable, so a string key in a
// C++ local is always safe. A Symbol key is not rooted by the key: keep the
// Symbol reachable (it usually is, as the Value the key came from).
#pragma once

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>

#include "runtime/heap/cell.h"
#include "runtime/interpreter/string_table.h"
#include "runtime/interpreter/value.h"

namespace async_runtime::interpreter {

class PropertyKey {
 public:
  enum class Kind : uint8_t { kArrayIndex, kString, kSymbol };

  static constexpr uint32_t kMaxArrayIndex = 0xFFFF'FFFE;  // 2^32 - 2

  static PropertyKey ArrayIndex(uint32_t index) {
    assert(index <= kMaxArrayIndex);
    PropertyKey key(Kind::kArrayIndex);
    key.index_ = index;
    return key;
  }
  // Interns `code_units` (or reads it as an array index).
  static PropertyKey FromString(StringTable& strings, std::u16string_view code_units);
  // As FromString, reusing `string` as the interned cell when possible.
  static PropertyKey FromString(StringTable& strings, PrimitiveString* string);
  static PropertyKey FromSymbol(Symbol* symbol) {
    PropertyKey key(Kind::kSymbol);
    key.cell_ = symbol;
    return key;
  }
  // The key for ToString(number) (ToPropertyKey of a Number), without
  // allocating a string for array indices.
  static PropertyKey FromNumber(StringTable& strings, double number);
  // A String or Symbol value as a key (the non-throwing tail of ToPropertyKey).
  static PropertyKey FromValue(StringTable& strings, Value value);

  // If the code units are the canonical decimal form of an array index.
  static std::optional<uint32_t> ParseArrayIndex(std::u16string_view code_units);

  Kind kind() const { return kind_; }
  bool is_array_index() const { return kind_ == Kind::kArrayIndex; }
  // A String key that is not an array index.
  bool is_string() const { return kind_ == Kind::kString; }
  bool is_symbol() const { return kind_ == Kind::kSymbol; }
  // "is a String" in the spec's sense: array indices included.
  bool IsStringKey() const { return kind_ != Kind::kSymbol; }

  uint32_t array_index() const {
    assert(is_array_index());
    return index_;
  }
  PrimitiveString* string() const {
    assert(is_string());
    return static_cast<PrimitiveString*>(cell_);
  }
  Symbol* symbol() const {
    assert(is_symbol());
    return static_cast<Symbol*>(cell_);
  }

  // The key as an ECMAScript value (array indices become interned strings).
  Value ToValue(StringTable& strings) const;
  // The key's code units (a Symbol gives its description, for diagnostics).
  std::u16string ToDisplayString() const;

  void Visit(heap::Visitor& visitor) const {
    if (!is_array_index()) visitor.Visit(cell_);
  }

  friend bool operator==(const PropertyKey& a, const PropertyKey& b) {
    if (a.kind_ != b.kind_) return false;
    return a.is_array_index() ? a.index_ == b.index_ : a.cell_ == b.cell_;
  }

  size_t Hash() const {
    return is_array_index() ? std::hash<uint32_t>()(index_) * 31 + 1
                            : std::hash<const void*>()(cell_);
  }

 private:
  explicit PropertyKey(Kind kind) : kind_(kind) {}
  Kind kind_;
  union {
    uint32_t index_;
    heap::Cell* cell_;
  };
};

struct PropertyKeyHash {
  size_t operator()(const PropertyKey& key) const { return key.Hash(); }
};

}  // namespace async_runtime::interpreter
