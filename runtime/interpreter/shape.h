// Shapes (hidden classes). A Shape describes the named (non-element)
// properties of an object: its [[Prototype]] and the ordered list of property
// keys with their attributes, each mapped to a slot index in the object's
// slot vector. Objects built by the same sequence of property additions on
// the same prototype share one Shape, so "does this object have key k, and
// where?" becomes "which shape is it?" plus a slot index — what inline caches
// will check later.
//
// Shapes form a transition tree per prototype: the root shape (no
// properties) of a prototype P is cached on P; each child adds one
// (key, attributes) to its parent. Children point to their parents strongly;
// parents cache their children *weakly* (unused branches are collected).
// Changing attributes, removing a property or changing the prototype
// "replays" the remaining properties from the appropriate root, which keeps
// the slot order = creation order (OrdinaryOwnPropertyKeys needs it).
// There is no dictionary mode yet: an object used as a hash map with many
// deletions creates many shapes (each delete of a non-last key is O(n)).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include "runtime/heap/cell.h"
#include "runtime/interpreter/property_key.h"

namespace async_runtime::interpreter {

class Agent;
class Object;

// The Boolean attributes of a property (Property Attributes, sec-property-attributes) plus
// whether it is an accessor property.
class PropertyAttributes {
 public:
  static constexpr uint8_t kWritable = 1, kEnumerable = 2, kConfigurable = 4, kAccessor = 8;

  constexpr PropertyAttributes() = default;
  constexpr explicit PropertyAttributes(uint8_t bits) : bits_(bits) {}
  static constexpr PropertyAttributes Data(bool writable, bool enumerable, bool configurable) {
    return PropertyAttributes(static_cast<uint8_t>((writable ? kWritable : 0) | (enumerable ? kEnumerable : 0) |
                                                   (configurable ? kConfigurable : 0)));
  }
  static constexpr PropertyAttributes Accessor(bool enumerable, bool configurable) {
    return PropertyAttributes(static_cast<uint8_t>(kAccessor | (enumerable ? kEnumerable : 0) |
                                                   (configurable ? kConfigurable : 0)));
  }

  bool is_accessor() const { return bits_ & kAccessor; }
  bool is_data() const { return !is_accessor(); }
  bool writable() const { return bits_ & kWritable; }
  bool enumerable() const { return bits_ & kEnumerable; }
  bool configurable() const { return bits_ & kConfigurable; }
  uint8_t bits() const { return bits_; }

  friend bool operator==(PropertyAttributes a, PropertyAttributes b) { return a.bits_ == b.bits_; }

 private:
  uint8_t bits_ = 0;
};

class Shape final : public heap::Cell {
 public:
  struct Entry {
    PropertyKey key;
    PropertyAttributes attributes;
    uint32_t slot;
  };

  // A root shape: no properties. Use RootFor() rather than allocating one.
  explicit Shape(Object* prototype);
  // A child of `parent` with one more property.
  Shape(Shape* parent, const PropertyKey& key, PropertyAttributes attributes);
  ~Shape() override;

  const char* CellName() const override { return "Shape"; }
  void VisitEdges(heap::Visitor& visitor) override;
  bool HasWeakEdges() const override { return true; }
  void SweepWeakEdges(const heap::Liveness& liveness) override;

  Object* prototype() const { return prototype_; }
  Shape* parent() const { return parent_; }
  uint32_t property_count() const { return property_count_; }
  bool is_root() const { return parent_ == nullptr; }

  std::optional<Entry> Lookup(const PropertyKey& key) const;
  // Every property, in creation order (slot order).
  std::vector<Entry> Entries() const;

  // --- Transitions. Each may allocate; `from` (and the prototype) must be
  // reachable by the caller, e.g. as the shape of a reachable object. The
  // result is reachable only weakly until the caller stores it in an object.

  // The shape with no properties whose [[Prototype]] is `prototype`.
  static Shape* RootFor(Agent& agent, Object* prototype);
  // `from` plus a new property `key` (which `from` must not have).
  static Shape* AddProperty(Agent& agent, Shape* from, const PropertyKey& key, PropertyAttributes attributes);
  // `from` with the attributes of `key` changed (same slots).
  static Shape* ChangeAttributes(Agent& agent, Shape* from, const PropertyKey& key, PropertyAttributes attributes);
  // `from` without `key`; slots after the removed one move down by one.
  static Shape* RemoveProperty(Agent& agent, Shape* from, const PropertyKey& key);
  // `from` with another [[Prototype]] (same slots).
  static Shape* ChangePrototype(Agent& agent, Shape* from, Object* prototype);

  // Number of cached child transitions (for tests).
  size_t transition_count() const { return transitions_.size(); }

 private:
  struct TransitionKey {
    PropertyKey key;
    uint8_t attributes;
    friend bool operator==(const TransitionKey& a, const TransitionKey& b) {
      return a.key == b.key && a.attributes == b.attributes;
    }
  };
  struct TransitionKeyHash {
    size_t operator()(const TransitionKey& key) const { return key.key.Hash() * 17 + key.attributes; }
  };
  using Table = std::unordered_map<PropertyKey, Entry, PropertyKeyHash>;

  static Shape* Replay(Agent& agent, Shape* root, const std::vector<Entry>& entries);
  const Table& table() const;

  Object* prototype_;
  Shape* parent_ = nullptr;
  // The property this shape adds to its parent (unset for a root).
  std::optional<PropertyKey> key_;
  PropertyAttributes attributes_;
  uint32_t property_count_ = 0;
  // Weak: dead children are dropped in SweepWeakEdges.
  std::unordered_map<TransitionKey, Shape*, TransitionKeyHash> transitions_;
  // Built on first lookup; keys are kept alive by the parent chain.
  mutable std::unique_ptr<Table> table_;
};

}  // namespace async_runtime::interpreter
