// Interned strings: one PrimitiveString cell per distinct content, so that
// property keys compare by pointer. The table holds its strings strongly (it
// is a root provider): property-key strings live as long as the agent. This
// keeps PropertyKey values held in C++ locals safe across allocations.
#pragma once

#include <cstddef>
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
};

}  // namespace async_runtime::interpreter
