// Interned strings: one PrimitiveString cell per distinct content, so that
// property keys compare by pointer. The table holds its strings strongly (it
// is a root provider): property-key strings live as long as the agent. This
// keeps PropertyKey values held in C++ locals safe across allocations.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "runtime/heap/heap.h"
#include "runtime/interpreter/primitive_string.h"

namespace async_runtime::interpreter {

class StringTable final : public heap::RootProvider {
 public:
  explicit StringTable(heap::Heap& heap);
  ~StringTable() override;
  StringTable(const StringTable&) = delete;
  StringTable& operator=(const StringTable&) = delete;

  // The interned string with these code units (allocated if new).
  PrimitiveString* Intern(std::u16string_view code_units);
  // The interned string equal to `string`; `string` itself becomes the
  // interned one if there was none (no allocation).
  PrimitiveString* Intern(PrimitiveString* string);
  // nullptr if no interned string has these code units.
  PrimitiveString* Find(std::u16string_view code_units) const;

  size_t size() const { return strings_.size(); }

  void VisitRoots(heap::Visitor& visitor) override;

 private:
  heap::Heap& heap_;
  // Keys view the code units inside the cells, which never move or change.
  std::unordered_map<std::u16string_view, PrimitiveString*> strings_;
  // A direct-mapped cache in front of strings_, keyed by where the code units are: built-ins look the same
  // names up from the same string literals over and over (agent.Key(u"length")), and hashing the text each
  // time shows in profiles. A hit still compares the text, so any code units at a reused address are safe;
  // the strings are never freed (the table roots them).
  struct RecentLookup {
    const char16_t* data = nullptr;
    PrimitiveString* string = nullptr;
  };
  mutable std::array<RecentLookup, 256> recent_;
};

}  // namespace async_runtime::interpreter
