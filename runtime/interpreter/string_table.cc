#include "runtime/interpreter/string_table.h"

namespace async_runtime::interpreter {

StringTable::StringTable(heap::Heap& heap) : heap_(heap) { heap_.AddRootProvider(this); }

StringTable::~StringTable() { heap_.RemoveRootProvider(this); }

PrimitiveString* StringTable::Intern(std::u16string_view code_units) {
  if (PrimitiveString* existing = Find(code_units)) return existing;
  PrimitiveString* string = heap_.Allocate<PrimitiveString>(std::u16string(code_units));
  return Intern(string);
}

PrimitiveString* StringTable::Intern(PrimitiveString* string) {
  if (string->is_interned()) return string;
  auto [it, inserted] = strings_.try_emplace(string->code_units(), string);
  if (inserted) string->interned_ = true;
  return it->second;
}

PrimitiveString* StringTable::Find(std::u16string_view code_units) const {
  RecentLookup& recent =
      recent_[((reinterpret_cast<uintptr_t>(code_units.data()) >> 1) ^ code_units.size()) % recent_.size()];
  if (recent.data == code_units.data() && recent.string->code_units() == code_units) return recent.string;
  auto it = strings_.find(code_units);
  if (it == strings_.end()) return nullptr;
  recent = RecentLookup{code_units.data(), it->second};
  return it->second;
}

void StringTable::VisitRoots(heap::Visitor& visitor) {
  for (auto& [code_units, string] : strings_) visitor.Visit(string);
}

}  // namespace async_runtime::interpreter
