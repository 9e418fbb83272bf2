// 24.2 Set Objects: %Set%, %Set.prototype% (with the set methods of
// 24.2.4 and their Set Records, 24.2.1) and %SetIteratorPrototype%.
#pragma once

#include "runtime/builtins/builtin_function.h"
#include "runtime/builtins/ordered_hash_table.h"

namespace async_runtime::builtins {

// An ordinary object with a [[SetData]] internal slot (values are kept as
// keys; the entries' values are unused).
class SetObject final : public Object {
 public:
  explicit SetObject(interpreter::Shape* shape) : Object(shape) {}
  const char* CellName() const override { return "SetObject"; }
  void VisitEdges(heap::Visitor& visitor) override {
    Object::VisitEdges(visitor);
    set_data_.VisitEdges(visitor);
  }

  // [[SetData]]
  OrderedHashTable& set_data() { return set_data_; }

 private:
  OrderedHashTable set_data_;
};

// A Set Iterator: the state of CreateSetIterator's closure. set is nullptr
// once it is done.
class SetIteratorObject final : public Object {
 public:
  enum class Kind : uint8_t { kValue, kKeyValue };
  SetIteratorObject(interpreter::Shape* shape, SetObject* set, Kind kind) : Object(shape), set_(set), kind_(kind) {}
  const char* CellName() const override { return "SetIteratorObject"; }
  void VisitEdges(heap::Visitor& visitor) override {
    Object::VisitEdges(visitor);
    visitor.Visit(set_);
  }

  SetObject* set() const { return set_; }
  void set_set(SetObject* set) { set_ = set; }
  Kind kind() const { return kind_; }
  OrderedHashTable::Cursor& cursor() { return cursor_; }

 private:
  SetObject* set_;
  Kind kind_;
  OrderedHashTable::Cursor cursor_;
};

// Creates %Set%, %Set.prototype% and %SetIteratorPrototype%.
void CreateSetIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
