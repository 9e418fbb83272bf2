// ECMAScript String values (The String Type, sec-ecmascript-language-types-string-type): immutable sequences of
// UTF-16 code units, allocated on the GC heap. Not ropes (yet): concatenation
// copies.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "runtime/heap/cell.h"

namespace async_runtime::interpreter {

class PrimitiveString final : public heap::Cell {
 public:
  explicit PrimitiveString(std::u16string code_units) : code_units_(std::move(code_units)) {}

  const char* CellName() const override { return "PrimitiveString"; }
  size_t ExternalBytes() const override { return code_units_.capacity() * sizeof(char16_t); }

  std::u16string_view code_units() const { return code_units_; }
  size_t length() const { return code_units_.size(); }
  char16_t operator[](size_t index) const { return code_units_[index]; }

  // Set by StringTable: interned strings are unique per content, so two
  // interned strings are equal exactly when they are the same cell.
  bool is_interned() const { return interned_; }

  // Converts to UTF-8 for diagnostics and tests (lone surrogates become U+FFFD).
  std::string ToUtf8() const;

  bool Equals(const PrimitiveString& other) const {
    return this == &other || code_units_ == other.code_units_;
  }

 private:
  friend class StringTable;
  std::u16string code_units_;
  bool interned_ = false;
};

// UTF-8 <-> UTF-16 helpers for tests and host glue.
std::u16string Utf16FromUtf8(std::string_view utf8);
std::string Utf8FromUtf16(std::u16string_view utf16);

}  // namespace async_runtime::interpreter
