// 24.1 Map Objects: %Map%, %Map.prototype%, %MapIteratorPrototype%, and the
// shared GroupBy (7.3.35) of Map.groupBy / Object.groupBy.
#pragma once

#include <memory>
#include <vector>

#include "runtime/builtins/builtin_function.h"
#include "runtime/builtins/ordered_hash_table.h"
#include "runtime/interpreter/vm/iteration.h"

namespace async_runtime::builtins {

// An ordinary object with a [[MapData]] internal slot.
class MapObject final : public Object {
 public:
  explicit MapObject(interpreter::Shape* shape) : Object(shape) {}
  const char* CellName() const override { return "MapObject"; }
  void VisitEdges(heap::Visitor& visitor) override {
    Object::VisitEdges(visitor);
    map_data_.VisitEdges(visitor);
  }

  // [[MapData]]
  OrderedHashTable& map_data() { return map_data_; }

 private:
  OrderedHashTable map_data_;
};

// A Map Iterator: the state of CreateMapIterator's closure (the map, its
// kind and the index into [[MapData]]). map is nullptr once it is done.
class MapIteratorObject final : public Object {
 public:
  enum class Kind : uint8_t { kKey, kValue, kKeyValue };
  MapIteratorObject(interpreter::Shape* shape, MapObject* map, Kind kind) : Object(shape), map_(map), kind_(kind) {}
  const char* CellName() const override { return "MapIteratorObject"; }
  void VisitEdges(heap::Visitor& visitor) override {
    Object::VisitEdges(visitor);
    visitor.Visit(map_);
  }

  MapObject* map() const { return map_; }
  void set_map(MapObject* map) { map_ = map; }
  Kind kind() const { return kind_; }
  OrderedHashTable::Cursor& cursor() { return cursor_; }

 private:
  MapObject* map_;
  Kind kind_;
  OrderedHashTable::Cursor cursor_;
};

// 24.1.1.2 AddEntriesFromIterable ( target, iterable, adder )
// https://tc39.es/ecma262/#sec-add-entries-from-iterable
ThrowCompletionOr<Object*> AddEntriesFromIterable(Agent& agent, Object* target, Value iterable, Value adder);

// A Record { [[Key]], [[Elements]] } of GroupBy's result; roots its values.
struct KeyedGroup {
  KeyedGroup(heap::Heap& heap, Value key) : key(heap, key), elements(heap) {}
  interpreter::RootedValue key;
  interpreter::RootedValueVector elements;
};
enum class KeyCoercion { kProperty, kCollection };

// 7.3.35 GroupBy ( items, callback, keyCoercion )
// https://tc39.es/ecma262/#sec-groupby
// The groups are appended to `groups` (in first-seen key order).
ThrowCompletionOr<void> GroupBy(Agent& agent, Value items, Value callback, KeyCoercion key_coercion,
                                std::vector<std::unique_ptr<KeyedGroup>>& groups);

// Creates %Map%, %Map.prototype% and %MapIteratorPrototype%.
void CreateMapIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
