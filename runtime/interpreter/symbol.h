// ECMAScript Symbol values (6.1.5 The Symbol Type): unique, identity-compared
// cells with an optional [[Description]] (a String or undefined).
#pragma once

#include "runtime/heap/cell.h"
#include "runtime/interpreter/primitive_string.h"

namespace async_runtime::interpreter {

class Symbol final : public heap::Cell {
 public:
  // `description` is nullptr for a [[Description]] of undefined.
  explicit Symbol(PrimitiveString* description) : description_(description) {}

  const char* CellName() const override { return "Symbol"; }
  void VisitEdges(heap::Visitor& visitor) override { visitor.Visit(description_); }

  // nullptr when [[Description]] is undefined.
  PrimitiveString* description() const { return description_; }

 private:
  PrimitiveString* description_;
};

}  // namespace async_runtime::interpreter
