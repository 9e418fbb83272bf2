#include "runtime/interpreter/vm/environment.h"

#include <typeinfo>

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"

namespace async_runtime::interpreter::vm {

namespace {

ThrowCompletion ThrowUninitialized(Agent& agent, PrimitiveString* name) {
  return ThrowError(agent, ErrorKind::kReferenceError,
                    u"Cannot access '" + std::u16string(name->code_units()) + u"' before initialization");
}

ThrowCompletion ThrowConstAssignment(Agent& agent, PrimitiveString* name) {
  return ThrowTypeError(agent, u"Assignment to constant variable '" + std::u16string(name->code_units()) + u"'");
}

}  // namespace

DeclarativeEnvironment::DeclarativeEnvironment(Environment* outer, bytecode::Code* code, int scope_index)
    : Environment(outer), code_(code), scope_index_(scope_index) {
  const bytecode::ScopeLayout& scope = layout();
  slots_.reserve(scope.names.size());
  for (bool lexical : scope.lexical) slots_.push_back(lexical ? Value::Empty() : Value::Undefined());
}

const bytecode::ScopeLayout& DeclarativeEnvironment::layout() const {
  return scope_index_ < 0 ? code_->function_scope : code_->scopes[scope_index_];
}

void DeclarativeEnvironment::VisitEdges(heap::Visitor& visitor) {
  Environment::VisitEdges(visitor);
  visitor.Visit(code_);
  for (Value value : slots_) value.Visit(visitor);
  for (PrimitiveString* name : deletable_names_) visitor.Visit(name);
}

int DeclarativeEnvironment::FindSlot(PrimitiveString* name) const {
  const auto& names = layout().names;
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return static_cast<int>(i);
  }
  for (size_t i = 0; i < deletable_names_.size(); ++i) {
    if (deletable_names_[i] == name) return static_cast<int>(names.size() + i);
  }
  return -1;
}

void DeclarativeEnvironment::CreateDeletableBinding(PrimitiveString* name, Value value) {
  deletable_names_.push_back(name);
  slots_.push_back(value);
}

bool DeclarativeEnvironment::HasLexicalBinding(PrimitiveString* name) const {
  const auto& names = layout().names;
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return layout().lexical[i] && i >= layout().parameter_count;
  }
  return false;
}

// 9.1.1.1.1 HasBinding ( N )
// https://tc39.es/ecma262/#sec-declarative-environment-records-hasbinding-n
ThrowCompletionOr<bool> DeclarativeEnvironment::HasBinding(Agent&, PrimitiveString* name) {
  // 1. If envRecord has a binding for N, return true. 2. Return false.
  return FindSlot(name) >= 0;
}

// 9.1.1.1.4 InitializeBinding ( N, V )
// https://tc39.es/ecma262/#sec-declarative-environment-records-initializebinding-n-v
ThrowCompletionOr<void> DeclarativeEnvironment::InitializeBinding(Agent&, PrimitiveString* name, Value value) {
  // 1. Assert: envRecord must have an uninitialized binding for N.
  // 2. Set the bound value for N in envRecord to V.
  // 3. Record that the binding for N in envRecord has been initialized.
  slots_[FindSlot(name)] = value;
  // 4. Return unused.
  return {};
}

// 9.1.1.1.5 SetMutableBinding ( N, V, S )
// https://tc39.es/ecma262/#sec-declarative-environment-records-setmutablebinding-n-v-s
ThrowCompletionOr<void> DeclarativeEnvironment::SetMutableBinding(Agent& agent, PrimitiveString* name, Value value,
                                                                  bool strict) {
  int slot = FindSlot(name);
  // 1. If envRecord does not have a binding for N (a binding a direct eval declared, deleted since the
  //    reference was resolved), then
  if (slot < 0) {
    // a. If S is true, throw a ReferenceError exception.
    if (strict) {
      return ThrowError(agent, ErrorKind::kReferenceError, std::u16string(name->code_units()) + u" is not defined");
    }
    // b. Perform ! envRecord.CreateMutableBinding(N, true). c. Perform ! envRecord.InitializeBinding(N, V).
    CreateDeletableBinding(name, value);
    // d. Return unused.
    return {};
  }
  // 2. If the binding for N in envRecord is a strict binding, set S to true.
  // 3. If the binding for N in envRecord has not yet been initialized, throw a ReferenceError exception.
  if (slots_[slot].IsEmpty()) return ThrowUninitialized(agent, name);
  // 4. Else if the binding for N in envRecord is a mutable binding, change its bound value to V.
  //    (Bindings after the layout's, declared by eval, are mutable.)
  if (static_cast<size_t>(slot) >= layout().names.size() || !layout().is_const[slot]) {
    slots_[slot] = value;
    return {};
  }
  // 5. Else, a. Assert: this is an attempt to change the value of an immutable binding.
  //    b. If S is true, throw a TypeError exception. (const bindings are strict (2.); the only immutable
  //       non-lexical binding is a named function expression's own name, created with strict false.)
  if (strict || layout().lexical[slot]) return ThrowConstAssignment(agent, name);
  // 6. Return unused.
  return {};
}

// 9.1.1.1.6 GetBindingValue ( N, S )
// https://tc39.es/ecma262/#sec-declarative-environment-records-getbindingvalue-n-s
ThrowCompletionOr<Value> DeclarativeEnvironment::GetBindingValue(Agent& agent, PrimitiveString* name, bool) {
  // 1. Assert: envRecord has a binding for N. (A binding a direct eval declared may have been deleted since
  //    the reference was resolved: then it is missing, as for an unresolvable reference.)
  int slot = FindSlot(name);
  if (slot < 0) {
    return ThrowError(agent, ErrorKind::kReferenceError, std::u16string(name->code_units()) + u" is not defined");
  }
  Value value = slots_[slot];
  // 2. If the binding for N in envRecord is an uninitialized binding, throw a ReferenceError exception.
  if (value.IsEmpty()) return ThrowUninitialized(agent, name);
  // 3. Return the value currently bound to N in envRecord.
  return value;
}

// 9.1.1.1.7 DeleteBinding ( N )
// https://tc39.es/ecma262/#sec-declarative-environment-records-deletebinding-n
ThrowCompletionOr<bool> DeclarativeEnvironment::DeleteBinding(Agent&, PrimitiveString* name) {
  // 1. Assert: envRecord has a binding for N.
  // 2. If the binding for N in envRecord cannot be deleted, return false. (Bindings created by the compiled
  //    code are never deletable, only those a sloppy direct eval declared.)
  int slot = FindSlot(name);
  size_t layout_size = layout().names.size();
  if (slot < 0 || static_cast<size_t>(slot) < layout_size) return false;
  // 3. Remove the binding for N from envRecord.
  deletable_names_.erase(deletable_names_.begin() + (slot - static_cast<int>(layout_size)));
  slots_.erase(slots_.begin() + slot);
  // 4. Return true.
  return true;
}

void FunctionEnvironment::VisitEdges(heap::Visitor& visitor) {
  DeclarativeEnvironment::VisitEdges(visitor);
  this_value_.Visit(visitor);
  visitor.Visit(function_object_);
  new_target_.Visit(visitor);
}

ThrowCompletionOr<void> FunctionEnvironment::BindThisValue(Agent& agent, Value value) {
  // 1. Assert: envRecord.[[ThisBindingStatus]] is not lexical.
  // 2. If envRecord.[[ThisBindingStatus]] is initialized, throw a ReferenceError exception.
  if (this_binding_status_ == ThisBindingStatus::kInitialized)
    return ThrowError(agent, ErrorKind::kReferenceError, u"this is already initialized");
  // 3. Set envRecord.[[ThisValue]] to V.
  this_value_ = value;
  // 4. Set envRecord.[[ThisBindingStatus]] to initialized.
  this_binding_status_ = ThisBindingStatus::kInitialized;
  // 5. Return unused.
  return {};
}

ThrowCompletionOr<Value> FunctionEnvironment::GetThisBinding(Agent& agent) {
  // 1. Assert: envRecord.[[ThisBindingStatus]] is not lexical.
  // 2. If envRecord.[[ThisBindingStatus]] is uninitialized, throw a ReferenceError exception.
  if (this_binding_status_ == ThisBindingStatus::kUninitialized)
    return ThrowError(agent, ErrorKind::kReferenceError, u"this is not initialized");
  // 3. Return envRecord.[[ThisValue]].
  return this_value_;
}

void ObjectEnvironment::VisitEdges(heap::Visitor& visitor) {
  Environment::VisitEdges(visitor);
  visitor.Visit(binding_object_);
}

// 9.1.1.2.1 HasBinding ( N )
// https://tc39.es/ecma262/#sec-object-environment-records-hasbinding-n
ThrowCompletionOr<bool> ObjectEnvironment::HasBinding(Agent& agent, PrimitiveString* name) {
  // 1. Let bindingObject be envRecord.[[BindingObject]].
  // 2. Let foundBinding be ? HasProperty(bindingObject, N).
  bool found_binding = TRY(HasProperty(agent, binding_object_, PropertyKey::FromString(agent.strings(), name)));
  // 3. If foundBinding is false, return false.
  if (!found_binding) return false;
  // 4. If envRecord.[[IsWithEnvironment]] is false, return true.
  if (!is_with_environment_) return true;
  // 5. Let unscopables be ? Get(bindingObject, %Symbol.unscopables%).
  Value unscopables = TRY(
      Get(agent, binding_object_, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kUnscopables))));
  // 6. If unscopables is an Object, then
  if (unscopables.IsObject()) {
    // a. Let blocked be ToBoolean(? Get(unscopables, N)).
    Value blocked = TRY(Get(agent, unscopables.AsObject(), PropertyKey::FromString(agent.strings(), name)));
    // b. If blocked is true, return false.
    if (!(blocked.IsUndefined() || blocked.IsNull() || (blocked.IsBoolean() && !blocked.AsBoolean()) ||
          (blocked.IsNumber() && (blocked.AsNumber() == 0 || blocked.AsNumber() != blocked.AsNumber())) ||
          (blocked.IsString() && blocked.AsString()->length() == 0)))
      return false;
  }
  // 7. Return true.
  return true;
}

// 9.1.1.2.4 InitializeBinding ( N, V )
// https://tc39.es/ecma262/#sec-object-environment-records-initializebinding-n-v
ThrowCompletionOr<void> ObjectEnvironment::InitializeBinding(Agent& agent, PrimitiveString* name, Value value) {
  // 1. Perform ? envRecord.SetMutableBinding(N, V, false).
  return SetMutableBinding(agent, name, value, false);
}

// 9.1.1.2.5 SetMutableBinding ( N, V, S )
// https://tc39.es/ecma262/#sec-object-environment-records-setmutablebinding-n-v-s
ThrowCompletionOr<void> ObjectEnvironment::SetMutableBinding(Agent& agent, PrimitiveString* name, Value value,
                                                             bool strict) {
  PropertyKey key = PropertyKey::FromString(agent.strings(), name);
  RootedValue rooted(agent.heap(), value);
  // 1. Let stillExists be ? HasProperty(bindingObject, N).
  bool still_exists = TRY(HasProperty(agent, binding_object_, key));
  // 2. If stillExists is false and S is true, throw a ReferenceError exception.
  if (!still_exists && strict)
    return ThrowError(agent, ErrorKind::kReferenceError, std::u16string(name->code_units()) + u" is not defined");
  // 3. Perform ? Set(bindingObject, N, V, S).
  return Set(agent, binding_object_, key, rooted, strict);
}

// 9.1.1.2.6 GetBindingValue ( N, S )
// https://tc39.es/ecma262/#sec-object-environment-records-getbindingvalue-n-s
ThrowCompletionOr<Value> ObjectEnvironment::GetBindingValue(Agent& agent, PrimitiveString* name, bool strict) {
  PropertyKey key = PropertyKey::FromString(agent.strings(), name);
  // 1. Let value be ? HasProperty(bindingObject, N).
  bool value = TRY(HasProperty(agent, binding_object_, key));
  // 2. If value is false, then
  if (!value) {
    // a. If S is false, return undefined; otherwise throw a ReferenceError exception.
    if (!strict) return Value::Undefined();
    return ThrowError(agent, ErrorKind::kReferenceError, std::u16string(name->code_units()) + u" is not defined");
  }
  // 3. Return ? Get(bindingObject, N).
  return Get(agent, binding_object_, key);
}

// 9.1.1.2.7 DeleteBinding ( N )
// https://tc39.es/ecma262/#sec-object-environment-records-deletebinding-n
ThrowCompletionOr<bool> ObjectEnvironment::DeleteBinding(Agent& agent, PrimitiveString* name) {
  // 1. Let bindingObject be envRecord.[[BindingObject]]. 2. Return ? bindingObject.[[Delete]](N).
  return binding_object_->Delete(agent, PropertyKey::FromString(agent.strings(), name));
}

GlobalEnvironment::GlobalEnvironment(Object* global_object, Object* global_this)
    : Environment(nullptr),
      global_object_(global_object),
      global_this_(global_this),
      ordinary_global_object_(typeid(*global_object) == typeid(Object)) {}

Value* GlobalEnvironment::FindGlobalObjectSlot(Agent& agent, PrimitiveString* name, PropertyAttributes* attributes) {
  if (!ordinary_global_object_) return nullptr;
  Shape* shape = global_object_->shape();
  SlotCacheEntry* entry = nullptr;
  if (name->is_interned()) {
    entry = &slot_cache_[(reinterpret_cast<uintptr_t>(name) >> 4) % slot_cache_.size()];
    if (entry->name == name && entry->shape == shape) {
      *attributes = entry->attributes;
      return global_object_->slot_address(entry->slot);
    }
  }
  PropertyKey key = PropertyKey::FromString(agent.strings(), name);
  // An array-index key may be a dense element rather than a shape entry: the general path handles it.
  if (key.is_array_index()) return nullptr;
  std::optional<Shape::Entry> found = shape->Lookup(key);
  if (!found) return nullptr;
  if (entry != nullptr && !lexical_.contains(name)) *entry = SlotCacheEntry{name, shape, found->slot, found->attributes};
  *attributes = found->attributes;
  return global_object_->slot_address(found->slot);
}

void GlobalEnvironment::VisitEdges(heap::Visitor& visitor) {
  Environment::VisitEdges(visitor);
  visitor.Visit(global_object_);
  visitor.Visit(global_this_);
  for (const SlotCacheEntry& entry : slot_cache_) visitor.Visit(entry.shape);
  for (auto& [name, binding] : lexical_) {
    visitor.Visit(name);
    binding.value.Visit(visitor);
  }
}

// 9.1.1.4.1 HasBinding ( N )
// https://tc39.es/ecma262/#sec-global-environment-records-hasbinding-n
ThrowCompletionOr<bool> GlobalEnvironment::HasBinding(Agent& agent, PrimitiveString* name) {
  // 1. Let DclRec be envRecord.[[DeclarativeRecord]]. 2. If ! DclRec.HasBinding(N) is true, return true.
  if (lexical_.contains(name)) return true;
  // 3. Let ObjRec be envRecord.[[ObjectRecord]]. 4. Return ? ObjRec.HasBinding(N).
  // (Fast path: an own property of an ordinary global object; HasProperty would answer true.)
  PropertyAttributes attributes;
  if (FindGlobalObjectSlot(agent, name, &attributes) != nullptr) return true;
  return HasProperty(agent, global_object_, PropertyKey::FromString(agent.strings(), name));
}

// 9.1.1.4.4 InitializeBinding ( N, V )
// https://tc39.es/ecma262/#sec-global-environment-records-initializebinding-n-v
ThrowCompletionOr<void> GlobalEnvironment::InitializeBinding(Agent& agent, PrimitiveString* name, Value value) {
  // 1.-2. If ! DclRec.HasBinding(N) is true, return ! DclRec.InitializeBinding(N, V).
  auto it = lexical_.find(name);
  if (it != lexical_.end()) {
    it->second.value = value;
    return {};
  }
  // 3.-5. Return ? ObjRec.InitializeBinding(N, V) (that is, ? Set(globalObject, N, V, false)).
  // (Fast path: Set on a writable own data property of an ordinary global object stores V in its slot.)
  PropertyAttributes attributes;
  if (Value* slot = FindGlobalObjectSlot(agent, name, &attributes); slot && attributes.is_data() && attributes.writable()) {
    *slot = value;
    return {};
  }
  return Set(agent, global_object_, PropertyKey::FromString(agent.strings(), name), value, false);
}

// 9.1.1.4.5 SetMutableBinding ( N, V, S )
// https://tc39.es/ecma262/#sec-global-environment-records-setmutablebinding-n-v-s
ThrowCompletionOr<void> GlobalEnvironment::SetMutableBinding(Agent& agent, PrimitiveString* name, Value value,
                                                             bool strict) {
  // 1.-2. If ! DclRec.HasBinding(N) is true, return ? DclRec.SetMutableBinding(N, V, S).
  auto it = lexical_.find(name);
  if (it != lexical_.end()) {
    if (it->second.value.IsEmpty()) return ThrowUninitialized(agent, name);
    if (it->second.is_const) return ThrowConstAssignment(agent, name);
    it->second.value = value;
    return {};
  }
  // 3. Let ObjRec be envRecord.[[ObjectRecord]]. 4. Return ? ObjRec.SetMutableBinding(N, V, S).
  // (Fast path: for a writable own data property of an ordinary global object, HasProperty is true and
  // Set → OrdinarySetWithOwnDescriptor → [[DefineOwnProperty]]({[[Value]]: V}) only stores V in its slot.)
  PropertyAttributes attributes;
  if (Value* slot = FindGlobalObjectSlot(agent, name, &attributes); slot && attributes.is_data() && attributes.writable()) {
    *slot = value;
    return {};
  }
  PropertyKey key = PropertyKey::FromString(agent.strings(), name);
  RootedValue rooted(agent.heap(), value);
  bool still_exists = TRY(HasProperty(agent, global_object_, key));
  if (!still_exists && strict)
    return ThrowError(agent, ErrorKind::kReferenceError, std::u16string(name->code_units()) + u" is not defined");
  return Set(agent, global_object_, key, rooted, strict);
}

// 9.1.1.4.6 GetBindingValue ( N, S )
// https://tc39.es/ecma262/#sec-global-environment-records-getbindingvalue-n-s
ThrowCompletionOr<Value> GlobalEnvironment::GetBindingValue(Agent& agent, PrimitiveString* name, bool strict) {
  // 1.-2. If ! DclRec.HasBinding(N) is true, return ? DclRec.GetBindingValue(N, S).
  auto it = lexical_.find(name);
  if (it != lexical_.end()) {
    if (it->second.value.IsEmpty()) return ThrowUninitialized(agent, name);
    return it->second.value;
  }
  // 3.-4. Return ? ObjRec.GetBindingValue(N, S).
  // (Fast path: for an own data property of an ordinary global object, HasProperty is true and Get answers
  // the slot's value.)
  PropertyAttributes attributes;
  if (Value* slot = FindGlobalObjectSlot(agent, name, &attributes); slot && attributes.is_data()) return *slot;
  PropertyKey key = PropertyKey::FromString(agent.strings(), name);
  bool value = TRY(HasProperty(agent, global_object_, key));
  if (!value) {
    if (!strict) return Value::Undefined();
    return ThrowError(agent, ErrorKind::kReferenceError, std::u16string(name->code_units()) + u" is not defined");
  }
  return Get(agent, global_object_, key);
}

// 9.1.1.4.7 DeleteBinding ( N )
// https://tc39.es/ecma262/#sec-global-environment-records-deletebinding-n
ThrowCompletionOr<bool> GlobalEnvironment::DeleteBinding(Agent& agent, PrimitiveString* name) {
  // 1.-2. If ! DclRec.HasBinding(N) is true, return ! DclRec.DeleteBinding(N) (false).
  if (lexical_.contains(name)) return false;
  // 3.-6. If ? HasOwnProperty(globalObject, N) is true, return ? ObjRec.DeleteBinding(N).
  PropertyKey key = PropertyKey::FromString(agent.strings(), name);
  bool exists = TRY(HasOwnProperty(agent, global_object_, key));
  if (exists) return global_object_->Delete(agent, key);
  // 7. Return true.
  return true;
}

ThrowCompletionOr<void> GlobalEnvironment::CreateLexicalBinding(Agent& agent, PrimitiveString* name, bool is_const) {
  if (lexical_.contains(name)) {
    return ThrowError(agent, ErrorKind::kSyntaxError,
                      u"Identifier '" + std::u16string(name->code_units()) + u"' has already been declared");
  }
  lexical_[name] = LexicalBinding{Value::Empty(), is_const};
  // The name now resolves to the [[DeclarativeRecord]] first: no cached object-record slot may answer for it.
  slot_cache_.fill(SlotCacheEntry{});
  return {};
}

ThrowCompletionOr<bool> GlobalEnvironment::HasRestrictedGlobalProperty(Agent& agent, PrimitiveString* name) {
  // 1. Let ObjRec be envRecord.[[ObjectRecord]]. 2. Let globalObject be ObjRec.[[BindingObject]].
  // 3. Let existingProp be ? globalObject.[[GetOwnProperty]](N).
  auto existing_prop = TRY(global_object_->GetOwnProperty(agent, PropertyKey::FromString(agent.strings(), name)));
  // 4. If existingProp is undefined, return false.
  if (!existing_prop) return false;
  // 5. If existingProp.[[Configurable]] is true, return false.
  if (existing_prop->configurable.value_or(false)) return false;
  // 6. Return true.
  return true;
}

ThrowCompletionOr<bool> GlobalEnvironment::CanDeclareGlobalVar(Agent& agent, PrimitiveString* name) {
  // 1.-2. Let hasProperty be ? HasOwnProperty(globalObject, N).
  bool has_property = TRY(HasOwnProperty(agent, global_object_, PropertyKey::FromString(agent.strings(), name)));
  // 3. If hasProperty is true, return true.
  if (has_property) return true;
  // 4. Return ? IsExtensible(globalObject).
  return IsExtensible(agent, global_object_);
}

ThrowCompletionOr<bool> GlobalEnvironment::CanDeclareGlobalFunction(Agent& agent, PrimitiveString* name) {
  // 1.-2. Let existingProp be ? globalObject.[[GetOwnProperty]](N).
  auto existing_prop = TRY(global_object_->GetOwnProperty(agent, PropertyKey::FromString(agent.strings(), name)));
  // 3. If existingProp is undefined, return ? IsExtensible(globalObject).
  if (!existing_prop) return IsExtensible(agent, global_object_);
  // 4. If existingProp.[[Configurable]] is true, return true.
  if (existing_prop->configurable.value_or(false)) return true;
  // 5. If IsDataDescriptor(existingProp) is true and existingProp has attribute values
  //    { [[Writable]]: true, [[Enumerable]]: true }, return true.
  if (IsDataDescriptor(*existing_prop) && existing_prop->writable.value_or(false) &&
      existing_prop->enumerable.value_or(false))
    return true;
  // 6. Return false.
  return false;
}

ThrowCompletionOr<void> GlobalEnvironment::CreateGlobalVarBinding(Agent& agent, PrimitiveString* name,
                                                                  bool deletable) {
  PropertyKey key = PropertyKey::FromString(agent.strings(), name);
  // 1.-2. Let hasProperty be ? HasOwnProperty(globalObject, N).
  bool has_property = TRY(HasOwnProperty(agent, global_object_, key));
  // 3. Let extensible be ? IsExtensible(globalObject).
  bool extensible = TRY(IsExtensible(agent, global_object_));
  // 4. If hasProperty is false and extensible is true, then
  if (!has_property && extensible) {
    // a. Perform ? ObjRec.CreateMutableBinding(N, D).
    TRY(DefinePropertyOrThrow(agent, global_object_, key,
                              PropertyDescriptor::Data(Value::Undefined(), true, true, deletable)));
    // b. Perform ? ObjRec.InitializeBinding(N, undefined): the property already holds undefined.
  }
  // 5. Return unused.
  return {};
}

ThrowCompletionOr<void> GlobalEnvironment::CreateGlobalFunctionBinding(Agent& agent, PrimitiveString* name,
                                                                       Value value, bool deletable) {
  PropertyKey key = PropertyKey::FromString(agent.strings(), name);
  RootedValue rooted(agent.heap(), value);
  // 1.-3. Let existingProp be ? globalObject.[[GetOwnProperty]](N).
  auto existing_prop = TRY(global_object_->GetOwnProperty(agent, key));
  PropertyDescriptor desc;
  // 4. If existingProp is undefined or existingProp.[[Configurable]] is true, then
  if (!existing_prop || existing_prop->configurable.value_or(false)) {
    // a. Let desc be the PropertyDescriptor { [[Value]]: V, [[Writable]]: true, [[Enumerable]]: true, [[Configurable]]: D }.
    desc = PropertyDescriptor::Data(rooted, true, true, deletable);
  } else {
    // 5. Else, let desc be the PropertyDescriptor { [[Value]]: V }.
    desc.value = rooted.get();
  }
  // 6. Perform ? DefinePropertyOrThrow(globalObject, N, desc).
  TRY(DefinePropertyOrThrow(agent, global_object_, key, desc));
  // 7. Perform ? Set(globalObject, N, V, false).
  TRY(Set(agent, global_object_, key, rooted, false));
  // 8. Return unused.
  return {};
}

ThrowCompletionOr<Environment*> GetIdentifierReference(Agent& agent, Environment* env_record, PrimitiveString* name) {
  // Iterative form of the spec's recursion over [[OuterEnv]].
  while (true) {
    // 1. If envRecord is null, then return a Reference Record whose [[Base]] is unresolvable.
    if (env_record == nullptr) return static_cast<Environment*>(nullptr);
    // 2. Let exists be ? envRecord.HasBinding(name).
    bool exists = TRY(env_record->HasBinding(agent, name));
    // 3. If exists is true, return the Reference Record { [[Base]]: envRecord, ... }.
    if (exists) return env_record;
    // 4. Else, a. Let outer be envRecord.[[OuterEnv]]. b. Return ? GetIdentifierReference(outer, name, strict).
    env_record = env_record->outer();
  }
}

void ModuleRecord::VisitEdges(heap::Visitor& visitor) {
  ScriptOrModule::VisitEdges(visitor);
  visitor.Visit(environment_);
  visitor.Visit(namespace_);
  visitor.Visit(environment_layout_);
}

void ImportBinding::VisitEdges(heap::Visitor& visitor) {
  visitor.Visit(reinterpret_cast<heap::Cell*>(target_module_));
  visitor.Visit(target_name_);
}

ThrowCompletionOr<Value> ImportBinding::Read(Agent& agent) const {
  // a. Let module and targetName be the indirection values provided when this binding for name was created.
  // b. Let targetEnv be module.[[Environment]].
  auto* target_env = static_cast<DeclarativeEnvironment*>(target_module_->environment());
  // c. If targetEnv is ~empty~, throw a ReferenceError exception.
  if (target_env == nullptr) {
    return ThrowError(agent, ErrorKind::kReferenceError,
                      u"The module of '" + std::u16string(target_name_->code_units()) + u"' is not linked");
  }
  // d. Return ? targetEnv.GetBindingValue(targetName, true): a direct binding of targetEnv (ResolveExport
  //    never resolves to an import binding), uninitialized until its declaration is evaluated.
  Value value = target_env->slot(target_slot_);
  if (value.IsEmpty()) return ThrowUninitialized(agent, target_name_);
  return value;
}

// 9.1.1.5.1 GetBindingValue ( name, strict )
// https://tc39.es/ecma262/#sec-module-environment-records-getbindingvalue-n-s
ThrowCompletionOr<Value> ModuleEnvironment::GetBindingValue(Agent& agent, PrimitiveString* name, bool) {
  // 1. Assert: strict is true. 2. Assert: envRecord has a binding for name.
  int slot = FindSlot(name);
  // 3. If the binding for name is an indirect binding, then a.-d. (ImportBinding::Read).
  // 4. If the binding for name in envRecord is an uninitialized binding, throw a ReferenceError exception.
  // 5. Return the value currently bound to name in envRecord.
  return ReadSlot(agent, this, static_cast<uint32_t>(slot));
}

ThrowCompletionOr<Value> ModuleEnvironment::ReadSlot(Agent& agent, DeclarativeEnvironment* env, uint32_t slot) {
  Value value = env->slot(slot);
  if (value.IsInternalCell()) return static_cast<ImportBinding*>(value.AsCell())->Read(agent);
  if (value.IsEmpty()) return ThrowUninitialized(agent, env->layout().names[slot]);
  return value;
}

// 9.1.1.5.5 CreateImportBinding ( envRecord, name, targetModule, targetName )
// https://tc39.es/ecma262/#sec-createimportbinding
void CreateImportBinding(Agent& agent, ModuleEnvironment* env_record, PrimitiveString* name,
                         ModuleRecord* target_module, PrimitiveString* target_name) {
  // 1. Assert: envRecord does not already have a binding for name. (Its slot is laid out by the compiler.)
  // 2. Assert: When targetModule.[[Environment]] is instantiated, it will have a direct binding for
  //    targetName: the target's layout is its Code's, known before its environment exists.
  uint32_t target_slot = 0;
  const auto& target_names = target_module->environment_layout()->function_scope.names;
  for (size_t i = 0; i < target_names.size(); ++i) {
    if (target_names[i] == target_name) target_slot = static_cast<uint32_t>(i);
  }
  // 3. Create an immutable indirect binding in envRecord for name that references targetModule and
  //    targetName as its target binding and record that the binding is initialized.
  heap::Handle<ModuleEnvironment> env(agent.heap(), env_record);
  ImportBinding* binding = agent.Allocate<ImportBinding>(target_module, target_name, target_slot);
  const auto& names = env->layout().names;
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) env->slot(static_cast<uint32_t>(i)) = Value::FromInternalCell(binding);
  }
  // 4. Return unused.
}

// 9.1.2.6 NewModuleEnvironment ( outerEnv )
// https://tc39.es/ecma262/#sec-newmoduleenvironment
ModuleEnvironment* NewModuleEnvironment(Agent& agent, Environment* outer_env, bytecode::Code* module_code) {
  // 1. Let env be a new Module Environment Record containing no bindings (the bindings InitializeEnvironment
  //    creates are the slots of the module's layout).
  // 2. Set env.[[OuterEnv]] to outerEnv. 3. Return env.
  return agent.Allocate<ModuleEnvironment>(outer_env, module_code);
}

Environment* VariableEnvironmentOf(Environment* lexical_env) {
  for (Environment* env = lexical_env; env != nullptr; env = env->outer()) {
    if (dynamic_cast<GlobalEnvironment*>(env) != nullptr || dynamic_cast<FunctionEnvironment*>(env) != nullptr)
      return env;
    auto* declarative = dynamic_cast<DeclarativeEnvironment*>(env);
    if (declarative != nullptr && declarative->layout().is_variable_environment) return env;
  }
  return nullptr;
}

}  // namespace async_runtime::interpreter::vm
