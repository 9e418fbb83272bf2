#include "runtime/interpreter/shape.h"

#include <algorithm>
#include <cassert>

#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/object.h"

namespace async_runtime::interpreter {

namespace {
// Below this many properties a lookup walks the parent chain instead of
// building a hash table.
constexpr uint32_t kLinearLookupLimit = 8;
}  // namespace

Shape::Shape(Object* prototype) : prototype_(prototype) {}

Shape::Shape(Shape* parent, const PropertyKey& key, PropertyAttributes attributes)
    : prototype_(parent->prototype_),
      parent_(parent),
      key_(key),
      attributes_(attributes),
      property_count_(parent->property_count_ + 1) {}

Shape::~Shape() = default;

void Shape::VisitEdges(heap::Visitor& visitor) {
  visitor.Visit(prototype_);
  visitor.Visit(parent_);
  if (key_) key_->Visit(visitor);
}

void Shape::SweepWeakEdges(const heap::Liveness& liveness) {
  std::erase_if(transitions_, [&](const auto& entry) { return !liveness.IsLive(entry.second); });
}

std::optional<Shape::Entry> Shape::Lookup(const PropertyKey& key) const {
  if (property_count_ <= kLinearLookupLimit) {
    for (const Shape* shape = this; !shape->is_root(); shape = shape->parent_) {
      if (*shape->key_ == key) return Entry{key, shape->attributes_, shape->property_count_ - 1};
    }
    return std::nullopt;
  }
  const Table& entries = table();
  auto it = entries.find(key);
  if (it == entries.end()) return std::nullopt;
  return it->second;
}

const Shape::Table& Shape::table() const {
  if (!table_ && parent_ != nullptr && parent_->table_) {
    // An object growing one property at a time looks keys up after every addition: the parent's table moves
    // to the child (plus one entry) instead of being rebuilt, so n additions cost O(n), not O(n^2) time and
    // memory. A later lookup through the parent rebuilds its table.
    table_ = std::move(parent_->table_);
    table_->emplace(*key_, Entry{*key_, attributes_, property_count_ - 1});
    return *table_;
  }
  if (!table_) {
    table_ = std::make_unique<Table>();
    table_->reserve(property_count_);
    for (const Shape* shape = this; !shape->is_root(); shape = shape->parent_) {
      table_->emplace(*shape->key_, Entry{*shape->key_, shape->attributes_, shape->property_count_ - 1});
    }
  }
  return *table_;
}

std::vector<Shape::Entry> Shape::Entries() const {
  std::vector<Entry> entries(property_count_, Entry{PropertyKey::ArrayIndex(0), {}, 0});
  for (const Shape* shape = this; !shape->is_root(); shape = shape->parent_) {
    uint32_t slot = shape->property_count_ - 1;
    entries[slot] = Entry{*shape->key_, shape->attributes_, slot};
  }
  return entries;
}

Shape* Shape::RootFor(Agent& agent, Object* prototype) {
  if (prototype == nullptr) return agent.null_prototype_root_shape();
  if (prototype->instance_root_shape() == nullptr) {
    prototype->set_instance_root_shape(agent.Allocate<Shape>(prototype));
  }
  return prototype->instance_root_shape();
}

Shape* Shape::AddProperty(Agent& agent, Shape* from, const PropertyKey& key, PropertyAttributes attributes) {
  assert(!from->Lookup(key));
  TransitionKey transition{key, attributes.bits()};
  auto it = from->transitions_.find(transition);
  if (it != from->transitions_.end()) return it->second;
  Shape* child = agent.Allocate<Shape>(from, key, attributes);
  from->transitions_.emplace(transition, child);
  return child;
}

Shape* Shape::Replay(Agent& agent, Shape* root, const std::vector<Entry>& entries) {
  // Each intermediate shape is reachable only through a weak transition:
  // keep the latest one rooted while the next is allocated.
  heap::Handle<Shape> current(agent.heap(), root);
  for (const Entry& entry : entries) current = AddProperty(agent, current, entry.key, entry.attributes);
  return current.get();
}

Shape* Shape::ChangeAttributes(Agent& agent, Shape* from, const PropertyKey& key, PropertyAttributes attributes) {
  std::vector<Entry> entries = from->Entries();
  for (Entry& entry : entries) {
    if (entry.key == key) entry.attributes = attributes;
  }
  heap::Handle<Shape> keep_from(agent.heap(), from);
  return Replay(agent, RootFor(agent, from->prototype_), entries);
}

Shape* Shape::RemoveProperty(Agent& agent, Shape* from, const PropertyKey& key) {
  // Removing the most recently added property is going back to the parent.
  if (!from->is_root() && *from->key_ == key) return from->parent_;
  std::vector<Entry> entries = from->Entries();
  std::erase_if(entries, [&](const Entry& entry) { return entry.key == key; });
  heap::Handle<Shape> keep_from(agent.heap(), from);
  return Replay(agent, RootFor(agent, from->prototype_), entries);
}

Shape* Shape::ChangePrototype(Agent& agent, Shape* from, Object* prototype) {
  if (from->prototype_ == prototype) return from;
  heap::Handle<Shape> keep_from(agent.heap(), from);
  Shape* root = RootFor(agent, prototype);
  if (from->is_root()) return root;
  return Replay(agent, root, from->Entries());
}

}  // namespace async_runtime::interpreter
