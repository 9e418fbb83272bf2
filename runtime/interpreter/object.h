// Objects (6.1.7 The Object Type) and the ordinary object internal methods
// (10.1 Ordinary Object Internal Methods and Internal Slots).
//
// Object is the base of every object cell. Its essential internal methods are
// virtual; the defaults are the ordinary definitions of 10.1, so an exotic
// object (Array, Proxy, String, arguments, bound function, module namespace)
// overrides only what differs. The ordinary algorithms are also free
// functions named as in the spec (OrdinaryGet, ...) so exotic overrides can
// fall back to them.
//
// Storage:
//   * named properties live in `slots_`, laid out by the object's Shape
//     (which also holds [[Prototype]]); an accessor property's slot holds an
//     AccessorPair as an internal-cell Value;
//   * array-index properties that are plain data properties (writable,
//     enumerable, configurable) and not too sparse live in `elements_`, a
//     dense vector with ~empty~ for holes. Any other array-index property is
//     an ordinary shape entry. A given index is in exactly one of the two.
//
// GC: every method taking `Agent&` may allocate, hence collect. The object
// itself, and every Value/Object argument, must be reachable from a root
// (the VM's frames, a Handle) for the duration of the call.
#pragma once

#include <memory>

#include <optional>
#include <span>
#include <vector>

#include "runtime/heap/cell.h"
#include "runtime/heap/heap.h"
#include "runtime/interpreter/completion.h"
#include "runtime/interpreter/property_descriptor.h"
#include "runtime/interpreter/property_key.h"
#include "runtime/interpreter/shape.h"
#include "runtime/interpreter/value.h"

namespace async_runtime::interpreter {

class Agent;
class Realm;

// The [[Get]] and [[Set]] attributes of an accessor property, stored in one
// slot. Each is undefined or a function object.
class AccessorPair final : public heap::Cell {
 public:
  AccessorPair(Value getter, Value setter) : getter(getter), setter(setter) {}
  const char* CellName() const override { return "AccessorPair"; }
  void VisitEdges(heap::Visitor& visitor) override {
    getter.Visit(visitor);
    setter.Visit(visitor);
  }
  Value getter;
  Value setter;
};

// 6.2.10 The PrivateElement Specification Type: one private field, method
// or accessor of an object, keyed by its Private Name (a heap cell, see
// vm::PrivateName).
struct PrivateElement {
  enum class Kind : uint8_t { kField, kMethod, kAccessor };
  heap::Cell* key = nullptr;  // [[Key]]
  Kind kind = Kind::kField;   // [[Kind]]
  Value value;                // [[Value]] (field, method)
  Value get;                  // [[Get]] (accessor; undefined when absent)
  Value set;                  // [[Set]] (accessor; undefined when absent)
  void Visit(heap::Visitor& visitor) const {
    visitor.Visit(key);
    value.Visit(visitor);
    get.Visit(visitor);
    set.Visit(visitor);
  }
};

class Object : public heap::Cell {
 public:
  // Use MakeBasicObject / OrdinaryObjectCreate rather than Allocate directly.
  explicit Object(Shape* shape) : shape_(shape) {}

  const char* CellName() const override { return "Object"; }
  void VisitEdges(heap::Visitor& visitor) override;

  // --- Essential internal methods (table-essential-internal-methods) ------
  // [[GetPrototypeOf]] ( ): Object or null (nullptr).
  virtual ThrowCompletionOr<Object*> GetPrototypeOf(Agent& agent);
  // [[SetPrototypeOf]] ( V )
  virtual ThrowCompletionOr<bool> SetPrototypeOf(Agent& agent, Object* prototype);
  // [[IsExtensible]] ( )
  virtual ThrowCompletionOr<bool> IsExtensible(Agent& agent);
  // [[PreventExtensions]] ( )
  virtual ThrowCompletionOr<bool> PreventExtensions(Agent& agent);
  // [[GetOwnProperty]] ( P ): a Property Descriptor or undefined (nullopt).
  virtual ThrowCompletionOr<std::optional<PropertyDescriptor>> GetOwnProperty(Agent& agent,
                                                                              const PropertyKey& key);
  // [[DefineOwnProperty]] ( P, Desc )
  virtual ThrowCompletionOr<bool> DefineOwnProperty(Agent& agent, const PropertyKey& key,
                                                    const PropertyDescriptor& descriptor);
  // [[HasProperty]] ( P )
  virtual ThrowCompletionOr<bool> HasProperty(Agent& agent, const PropertyKey& key);
  // [[Get]] ( P, Receiver )
  virtual ThrowCompletionOr<Value> Get(Agent& agent, const PropertyKey& key, Value receiver);
  // [[Set]] ( P, V, Receiver )
  virtual ThrowCompletionOr<bool> Set(Agent& agent, const PropertyKey& key, Value value, Value receiver);
  // [[Delete]] ( P )
  virtual ThrowCompletionOr<bool> Delete(Agent& agent, const PropertyKey& key);
  // [[OwnPropertyKeys]] ( )
  virtual ThrowCompletionOr<std::vector<PropertyKey>> OwnPropertyKeys(Agent& agent);

  // Whether [[GetPrototypeOf]] is the ordinary one (OrdinarySetPrototypeOf's
  // cycle check stops at objects where it is not, e.g. Proxies).
  virtual bool HasOrdinaryGetPrototypeOf() const { return true; }
  // Whether [[GetPrototypeOf]], [[HasProperty]], [[Get]] and [[Set]] are all
  // the ordinary ones. A subclass overriding any of them must return false:
  // OrdinaryGet/OrdinaryHasProperty/OrdinarySetWithOwnDescriptor walk
  // ordinary prototype chains in a loop (no native recursion, so a chain of
  // a million objects cannot overflow the C++ stack) and call the virtual
  // method only on objects that answer false here.
  virtual bool HasOrdinaryPropertyLookup() const { return true; }
  // Has a [[Call]] internal method (FunctionObject overrides).
  virtual bool IsCallable() const { return false; }
  // Has a [[Construct]] internal method.
  virtual bool IsConstructor() const { return false; }
  // The realm GetFunctionRealm (7.3.24) answers for this object: its
  // [[Realm]] when it has one (built-in and ECMAScript functions), the
  // target's for bound functions and proxies, else nullptr ("the current
  // Realm Record", step 4).
  virtual ThrowCompletionOr<Realm*> FunctionRealm(Agent&) { return static_cast<Realm*>(nullptr); }
  // What 7.2.2 IsArray answers for this object: true for Array exotic
  // objects; a Proxy answers for its target (or throws when revoked).
  virtual ThrowCompletionOr<bool> IsArrayObject(Agent&) { return false; }

  // --- Internal slots ------------------------------------------------------
  // [[Prototype]] and [[Extensible]], read and written directly (the
  // ordinary abstract operations use these).
  Object* prototype() const { return shape_->prototype(); }
  void set_prototype(Agent& agent, Object* prototype);
  bool extensible() const { return extensible_; }
  void set_extensible(bool extensible) { extensible_ = extensible; }
  // B.3.6 The [[IsHTMLDDA]] Internal Slot: only the host's $262.IsHTMLDDA object (Test262) has it.
  bool is_html_dda() const { return is_html_dda_; }
  void set_is_html_dda() { is_html_dda_ = true; }

  // --- Own-property storage, below the internal methods -------------------
  // The own property `key` as a fully populated descriptor, or nullopt.
  std::optional<PropertyDescriptor> GetOwnPropertyFromStorage(const PropertyKey& key) const;
  // Creates or replaces the own property `key` with a fully populated
  // descriptor (no validation: that is ValidateAndApplyPropertyDescriptor's job).
  void StoreOwnProperty(Agent& agent, const PropertyKey& key, const PropertyDescriptor& descriptor);
  // Removes the own property `key` if present.
  void RemoveOwnProperty(Agent& agent, const PropertyKey& key);
  // Every own key, in OrdinaryOwnPropertyKeys order.
  std::vector<PropertyKey> OwnKeysFromStorage() const;

  Shape* shape() const { return shape_; }
  // The slot of the own property `key` when the shape holds it (a named property, not a dense element),
  // with its attributes; nullptr when the shape has no such key. For fast paths of callers that know this
  // object's internal methods are the ordinary ones, so reading or writing the slot of a data property is
  // exactly what OrdinaryGet / OrdinarySet would do, without building Property Descriptors.
  Value* FindOwnSlot(const PropertyKey& key, PropertyAttributes* attributes) {
    std::optional<Shape::Entry> entry = shape_->Lookup(key);
    if (!entry) return nullptr;
    *attributes = entry->attributes;
    return &slots_[entry->slot];
  }
  // The slot `index` of the shape's layout (index < shape()->property_count()).
  Value* slot_address(uint32_t index) { return &slots_[index]; }
  size_t element_capacity() const { return elements_.size(); }
  // True if array index `index` is stored in the dense elements.
  bool HasDenseElement(uint32_t index) const {
    return index < elements_.size() && !elements_[index].IsEmpty();
  }
  // The dense element `index` (HasDenseElement(index) must be true).
  Value dense_element(uint32_t index) const { return elements_[index]; }

  // The root shape for objects whose [[Prototype]] is this object (Shape::RootFor).
  // [[PrivateElements]] (allocated on first use: most objects have none).
  std::vector<PrivateElement>& private_elements() {
    if (!private_elements_) private_elements_ = std::make_unique<std::vector<PrivateElement>>();
    return *private_elements_;
  }
  bool has_private_elements() const { return private_elements_ && !private_elements_->empty(); }

  Shape* instance_root_shape() const { return instance_root_shape_; }
  void set_instance_root_shape(Shape* shape) { instance_root_shape_ = shape; }

 protected:
  Shape* shape_;
  std::vector<Value> slots_;
  std::vector<Value> elements_;
  bool extensible_ = true;
  bool is_html_dda_ = false;
  Shape* instance_root_shape_ = nullptr;
  std::unique_ptr<std::vector<PrivateElement>> private_elements_;
};

inline Value Value::FromObject(Object* object) { return FromCell(kObjectTag, object); }
inline Object* Value::AsObject() const {
  assert(IsObject());
  return static_cast<Object*>(AsCell());
}

// --- 10.1 ordinary object internal methods, as abstract operations -----------

// 10.1.1.1 OrdinaryGetPrototypeOf ( obj )
// https://tc39.es/ecma262/#sec-ordinarygetprototypeof
Object* OrdinaryGetPrototypeOf(Object* obj);

// 10.1.2.1 OrdinarySetPrototypeOf ( obj, proto )
// https://tc39.es/ecma262/#sec-ordinarysetprototypeof
bool OrdinarySetPrototypeOf(Agent& agent, Object* obj, Object* proto);

// 10.1.3.1 OrdinaryIsExtensible ( obj )
// https://tc39.es/ecma262/#sec-ordinaryisextensible
bool OrdinaryIsExtensible(Object* obj);

// 10.1.4.1 OrdinaryPreventExtensions ( obj )
// https://tc39.es/ecma262/#sec-ordinarypreventextensions
bool OrdinaryPreventExtensions(Object* obj);

// 10.1.5.1 OrdinaryGetOwnProperty ( obj, propertyKey )
// https://tc39.es/ecma262/#sec-ordinarygetownproperty
std::optional<PropertyDescriptor> OrdinaryGetOwnProperty(Object* obj, const PropertyKey& property_key);

// 10.1.6.1 OrdinaryDefineOwnProperty ( obj, propertyKey, propertyDesc )
// https://tc39.es/ecma262/#sec-ordinarydefineownproperty
ThrowCompletionOr<bool> OrdinaryDefineOwnProperty(Agent& agent, Object* obj, const PropertyKey& property_key,
                                                  const PropertyDescriptor& property_desc);

// 10.1.6.2 IsCompatiblePropertyDescriptor ( extensible, propertyDesc, current )
// https://tc39.es/ecma262/#sec-iscompatiblepropertydescriptor
bool IsCompatiblePropertyDescriptor(Agent& agent, bool extensible, const PropertyDescriptor& property_desc,
                                    const std::optional<PropertyDescriptor>& current);

// 10.1.6.3 ValidateAndApplyPropertyDescriptor ( obj, propertyKey, extensible, propertyDesc, current )
// https://tc39.es/ecma262/#sec-validateandapplypropertydescriptor
// `obj` is nullptr for undefined.
bool ValidateAndApplyPropertyDescriptor(Agent& agent, Object* obj, const PropertyKey& property_key,
                                        bool extensible, const PropertyDescriptor& property_desc,
                                        const std::optional<PropertyDescriptor>& current);

// 10.1.7.1 OrdinaryHasProperty ( obj, propertyKey )
// https://tc39.es/ecma262/#sec-ordinaryhasproperty
ThrowCompletionOr<bool> OrdinaryHasProperty(Agent& agent, Object* obj, const PropertyKey& property_key);

// 10.1.8.1 OrdinaryGet ( obj, propertyKey, receiver )
// https://tc39.es/ecma262/#sec-ordinaryget
ThrowCompletionOr<Value> OrdinaryGet(Agent& agent, Object* obj, const PropertyKey& property_key, Value receiver);

// 10.1.9.1 OrdinarySet ( obj, propertyKey, value, receiver )
// https://tc39.es/ecma262/#sec-ordinaryset
ThrowCompletionOr<bool> OrdinarySet(Agent& agent, Object* obj, const PropertyKey& property_key, Value value,
                                    Value receiver);

// 10.1.9.2 OrdinarySetWithOwnDescriptor ( obj, propertyKey, value, receiver, ownDesc )
// https://tc39.es/ecma262/#sec-ordinarysetwithowndescriptor
ThrowCompletionOr<bool> OrdinarySetWithOwnDescriptor(Agent& agent, Object* obj, const PropertyKey& property_key,
                                                     Value value, Value receiver,
                                                     std::optional<PropertyDescriptor> own_desc);

// 10.1.10.1 OrdinaryDelete ( obj, propertyKey )
// https://tc39.es/ecma262/#sec-ordinarydelete
ThrowCompletionOr<bool> OrdinaryDelete(Agent& agent, Object* obj, const PropertyKey& property_key);

// 10.1.11.1 OrdinaryOwnPropertyKeys ( obj )
// https://tc39.es/ecma262/#sec-ordinaryownpropertykeys
std::vector<PropertyKey> OrdinaryOwnPropertyKeys(Object* obj);

// 10.1.12 OrdinaryObjectCreate ( proto [ , additionalInternalSlotsList ] )
// https://tc39.es/ecma262/#sec-ordinaryobjectcreate
// `proto` is nullptr for null. Additional internal slots are C++ members of a
// subclass: use OrdinaryObjectCreate<T>(agent, proto, constructor args...).
template <typename T = Object, typename... Args>
T* OrdinaryObjectCreate(Agent& agent, Object* proto, Args&&... args);

// 7.3.1 MakeBasicObject ( internalSlotsList )
// https://tc39.es/ecma262/#sec-makebasicobject
// The internal slots are the members of T; [[Prototype]] starts as null.
template <typename T = Object, typename... Args>
T* MakeBasicObject(Agent& agent, Args&&... args);

}  // namespace async_runtime::interpreter
