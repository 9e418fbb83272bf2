// 20.1 Object Objects: the Object constructor, its static functions and the
// properties of %Object.prototype% (including the legacy __proto__ accessor
// and __defineGetter__ family), with the abstract operations they share
// (ObjectDefineProperties, GetOwnPropertyKeys, EnumerableOwnProperties).
#pragma once

#include <optional>
#include <span>
#include <utility>
#include <vector>

#include "runtime/builtins/builtin_function.h"
#include "runtime/heap/heap.h"
#include "runtime/interpreter/array_object.h"
#include "runtime/interpreter/property_descriptor.h"
#include "runtime/interpreter/value.h"

namespace async_runtime::builtins {

// A List of property keys kept alive across allocations: a PropertyKey does
// not root its Symbol, and keys reported by a Proxy's ownKeys trap may be
// reachable from nowhere else.
class RootedPropertyKeys final : public heap::HandleBase {
 public:
  explicit RootedPropertyKeys(heap::Heap& heap, std::vector<PropertyKey> keys = {})
      : HandleBase(heap), keys_(std::move(keys)) {}
  std::vector<PropertyKey>& keys() { return keys_; }
  const std::vector<PropertyKey>& keys() const { return keys_; }

 protected:
  void VisitRoot(heap::Visitor& visitor) override {
    for (const PropertyKey& key : keys_) key.Visit(visitor);
  }

 private:
  std::vector<PropertyKey> keys_;
};

// A Property Descriptor (or undefined) kept alive across allocations: a
// descriptor made by a Proxy trap or ToPropertyDescriptor may hold the only
// reference to its [[Value]], [[Get]] or [[Set]].
class RootedPropertyDescriptor final : public heap::HandleBase {
 public:
  explicit RootedPropertyDescriptor(heap::Heap& heap,
                                    std::optional<interpreter::PropertyDescriptor> descriptor = std::nullopt)
      : HandleBase(heap), descriptor_(std::move(descriptor)) {}
  RootedPropertyDescriptor& operator=(std::optional<interpreter::PropertyDescriptor> descriptor) {
    descriptor_ = std::move(descriptor);
    return *this;
  }
  std::optional<interpreter::PropertyDescriptor>& get() { return descriptor_; }
  const std::optional<interpreter::PropertyDescriptor>& get() const { return descriptor_; }

 protected:
  void VisitRoot(heap::Visitor& visitor) override {
    if (descriptor_) descriptor_->Visit(visitor);
  }

 private:
  std::optional<interpreter::PropertyDescriptor> descriptor_;
};

// 7.3.17 CreateArrayFromList: interpreter::CreateArrayFromList (runtime/interpreter/array_object.h).
using interpreter::CreateArrayFromList;

enum class EnumerableOwnPropertiesKind { kKey, kValue, kKeyValue };

// 7.3.23 EnumerableOwnProperties ( obj, kind )
// https://tc39.es/ecma262/#sec-enumerableownproperties
// The results are appended to `results`, which keeps them rooted.
ThrowCompletionOr<void> EnumerableOwnProperties(Agent& agent, Object* obj, EnumerableOwnPropertiesKind kind,
                                                interpreter::RootedValueVector& results);

// 20.1.2.3.1 ObjectDefineProperties ( obj, properties )
// https://tc39.es/ecma262/#sec-objectdefineproperties
ThrowCompletionOr<Object*> ObjectDefineProperties(Agent& agent, Object* obj, Value properties);

enum class PropertyKeyType { kString, kSymbol };

// 20.1.2.11.1 GetOwnPropertyKeys ( value, type )
// https://tc39.es/ecma262/#sec-getownpropertykeys
// The keys are appended to `name_list`, which keeps them rooted.
ThrowCompletionOr<void> GetOwnPropertyKeys(Agent& agent, Value value, PropertyKeyType type,
                                           RootedPropertyKeys& name_list);

// The keys as ECMAScript values (array indices as Strings), rooted in `values`.
void PropertyKeysToValues(Agent& agent, const std::vector<PropertyKey>& keys,
                          interpreter::RootedValueVector& values);

// Creates %Object% with its static functions and defines the properties of
// the realm's %Object.prototype%.
void CreateObjectIntrinsics(Agent& agent, Realm* realm);

}  // namespace async_runtime::builtins
