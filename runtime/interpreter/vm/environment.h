// Environment Records (9.1.1 The Environment Record Type Hierarchy) as heap
// cells. Declarative records keep their bindings in slots laid out by the
// compiler (bytecode::ScopeLayout), so compiled code addresses them as
// (hops, slot); the by-name methods below serve `with` bodies, globals and
// the dynamic fallback. An uninitialized binding holds Value::Empty().
#pragma once

#include <array>
#include <unordered_map>
#include <vector>

#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/bytecode/code.h"
#include "runtime/interpreter/completion.h"
#include "runtime/interpreter/object.h"
#include "runtime/interpreter/vm/module_record.h"

namespace async_runtime::interpreter::vm {

class Environment : public heap::Cell {
 public:
  explicit Environment(Environment* outer) : outer_(outer) {}
  void VisitEdges(heap::Visitor& visitor) override { visitor.Visit(outer_); }

  // [[OuterEnv]]
  Environment* outer() const { return outer_; }

  // The abstract methods of table-abstract-methods-of-environment-records.
  virtual ThrowCompletionOr<bool> HasBinding(Agent& agent, PrimitiveString* name) = 0;
  virtual ThrowCompletionOr<void> InitializeBinding(Agent& agent, PrimitiveString* name, Value value) = 0;
  virtual ThrowCompletionOr<void> SetMutableBinding(Agent& agent, PrimitiveString* name, Value value,
                                                    bool strict) = 0;
  virtual ThrowCompletionOr<Value> GetBindingValue(Agent& agent, PrimitiveString* name, bool strict) = 0;
  virtual ThrowCompletionOr<bool> DeleteBinding(Agent& agent, PrimitiveString* name) = 0;
  virtual bool HasThisBinding() const { return false; }
  // For object environments created by `with`: the binding object; else nullptr.
  virtual Object* WithBaseObject() const { return nullptr; }

 private:
  Environment* outer_;
};

// 9.1.1.1 Declarative Environment Records
// https://tc39.es/ecma262/#sec-declarative-environment-records
class DeclarativeEnvironment : public Environment {
 public:
  // `scope_index` selects code->scopes[i]; -1 is code->function_scope.
  DeclarativeEnvironment(Environment* outer, bytecode::Code* code, int scope_index);
  const char* CellName() const override { return "DeclarativeEnvironment"; }
  void VisitEdges(heap::Visitor& visitor) override;
  size_t ExternalBytes() const override { return slots_.capacity() * sizeof(Value); }

  Value& slot(uint32_t index) { return slots_[index]; }
  const bytecode::ScopeLayout& layout() const;
  bytecode::Code* code() const { return code_; }
  int scope_index() const { return scope_index_; }
  std::vector<Value>& slots() { return slots_; }

  ThrowCompletionOr<bool> HasBinding(Agent& agent, PrimitiveString* name) override;
  ThrowCompletionOr<void> InitializeBinding(Agent& agent, PrimitiveString* name, Value value) override;
  ThrowCompletionOr<void> SetMutableBinding(Agent& agent, PrimitiveString* name, Value value, bool strict) override;
  ThrowCompletionOr<Value> GetBindingValue(Agent& agent, PrimitiveString* name, bool strict) override;
  ThrowCompletionOr<bool> DeleteBinding(Agent& agent, PrimitiveString* name) override;

  // CreateMutableBinding(N, true) then InitializeBinding(N, V) for a binding the layout does not have: the
  // deletable vars and functions a sloppy direct eval declares in a function's VariableEnvironment
  // (19.2.1.3 EvalDeclarationInstantiation). They live after the layout's slots.
  void CreateDeletableBinding(PrimitiveString* name, Value value);
  // Whether the binding named `name` is one of the layout's lexical (let, const, class) bindings (not a
  // parameter, whose binding is also created uninitialized).
  bool HasLexicalBinding(PrimitiveString* name) const;

 protected:
  int FindSlot(PrimitiveString* name) const;

 private:
  bytecode::Code* code_;
  int scope_index_;
  std::vector<Value> slots_;
  std::vector<PrimitiveString*> deletable_names_;  // the names of slots_[layout size ...]
};

// 9.1.1.3 Function Environment Records
// https://tc39.es/ecma262/#sec-function-environment-records
class FunctionEnvironment final : public DeclarativeEnvironment {
 public:
  enum class ThisBindingStatus : uint8_t { kLexical, kInitialized, kUninitialized };
  FunctionEnvironment(Environment* outer, bytecode::Code* code, Object* function_object, Value new_target)
      : DeclarativeEnvironment(outer, code, -1), function_object_(function_object), new_target_(new_target) {}
  const char* CellName() const override { return "FunctionEnvironment"; }
  void VisitEdges(heap::Visitor& visitor) override;

  bool HasThisBinding() const override { return this_binding_status_ != ThisBindingStatus::kLexical; }
  ThisBindingStatus this_binding_status() const { return this_binding_status_; }
  void set_this_binding_status(ThisBindingStatus status) { this_binding_status_ = status; }

  // 9.1.1.3.1 BindThisValue ( envRecord, V )
  // https://tc39.es/ecma262/#sec-bindthisvalue
  ThrowCompletionOr<void> BindThisValue(Agent& agent, Value value);
  // 9.1.1.3.3 GetThisBinding ( )
  // https://tc39.es/ecma262/#sec-function-environment-records-getthisbinding
  ThrowCompletionOr<Value> GetThisBinding(Agent& agent);

  Object* function_object() const { return function_object_; }
  Value new_target() const { return new_target_; }

 private:
  Value this_value_;
  ThisBindingStatus this_binding_status_ = ThisBindingStatus::kUninitialized;
  Object* function_object_;
  Value new_target_;
};

// 9.1.1.2 Object Environment Records
// https://tc39.es/ecma262/#sec-object-environment-records
class ObjectEnvironment final : public Environment {
 public:
  ObjectEnvironment(Environment* outer, Object* binding_object, bool is_with_environment)
      : Environment(outer), binding_object_(binding_object), is_with_environment_(is_with_environment) {}
  const char* CellName() const override { return "ObjectEnvironment"; }
  void VisitEdges(heap::Visitor& visitor) override;

  ThrowCompletionOr<bool> HasBinding(Agent& agent, PrimitiveString* name) override;
  ThrowCompletionOr<void> InitializeBinding(Agent& agent, PrimitiveString* name, Value value) override;
  ThrowCompletionOr<void> SetMutableBinding(Agent& agent, PrimitiveString* name, Value value, bool strict) override;
  ThrowCompletionOr<Value> GetBindingValue(Agent& agent, PrimitiveString* name, bool strict) override;
  ThrowCompletionOr<bool> DeleteBinding(Agent& agent, PrimitiveString* name) override;
  Object* WithBaseObject() const override { return is_with_environment_ ? binding_object_ : nullptr; }
  Object* binding_object() const { return binding_object_; }

 private:
  Object* binding_object_;
  bool is_with_environment_;
};

// 9.1.1.4 Global Environment Records
// https://tc39.es/ecma262/#sec-global-environment-records
// [[ObjectRecord]] is represented by the global object itself (an object
// environment with the global object as binding object), [[DeclarativeRecord]]
// by a name-keyed table.
class GlobalEnvironment final : public Environment {
 public:
  GlobalEnvironment(Object* global_object, Object* global_this);
  const char* CellName() const override { return "GlobalEnvironment"; }
  void VisitEdges(heap::Visitor& visitor) override;

  bool HasThisBinding() const override { return true; }
  Object* global_this() const { return global_this_; }
  Object* global_object() const { return global_object_; }

  ThrowCompletionOr<bool> HasBinding(Agent& agent, PrimitiveString* name) override;
  ThrowCompletionOr<void> InitializeBinding(Agent& agent, PrimitiveString* name, Value value) override;
  ThrowCompletionOr<void> SetMutableBinding(Agent& agent, PrimitiveString* name, Value value, bool strict) override;
  ThrowCompletionOr<Value> GetBindingValue(Agent& agent, PrimitiveString* name, bool strict) override;
  ThrowCompletionOr<bool> DeleteBinding(Agent& agent, PrimitiveString* name) override;

  // [[DeclarativeRecord]].CreateMutableBinding / CreateImmutableBinding.
  ThrowCompletionOr<void> CreateLexicalBinding(Agent& agent, PrimitiveString* name, bool is_const);

  // 9.1.1.4.12 HasLexicalDeclaration ( envRecord, name )
  // https://tc39.es/ecma262/#sec-haslexicaldeclaration
  bool HasLexicalDeclaration(PrimitiveString* name) const { return lexical_.contains(name); }
  // 9.1.1.4.13 HasRestrictedGlobalProperty ( envRecord, name )
  // https://tc39.es/ecma262/#sec-hasrestrictedglobalproperty
  ThrowCompletionOr<bool> HasRestrictedGlobalProperty(Agent& agent, PrimitiveString* name);
  // 9.1.1.4.14 CanDeclareGlobalVar ( envRecord, name )
  // https://tc39.es/ecma262/#sec-candeclareglobalvar
  ThrowCompletionOr<bool> CanDeclareGlobalVar(Agent& agent, PrimitiveString* name);
  // 9.1.1.4.15 CanDeclareGlobalFunction ( envRecord, name )
  // https://tc39.es/ecma262/#sec-candeclareglobalfunction
  ThrowCompletionOr<bool> CanDeclareGlobalFunction(Agent& agent, PrimitiveString* name);
  // 9.1.1.4.16 CreateGlobalVarBinding ( envRecord, name, deletable )
  // https://tc39.es/ecma262/#sec-createglobalvarbinding
  ThrowCompletionOr<void> CreateGlobalVarBinding(Agent& agent, PrimitiveString* name, bool deletable);
  // 9.1.1.4.17 CreateGlobalFunctionBinding ( envRecord, name, value, deletable )
  // https://tc39.es/ecma262/#sec-createglobalfunctionbinding
  ThrowCompletionOr<void> CreateGlobalFunctionBinding(Agent& agent, PrimitiveString* name, Value value,
                                                      bool deletable);

 private:
  struct LexicalBinding {
    Value value;  // Empty while uninitialized
    bool is_const;
  };
  // The slot of the global object's own property `name` (nullptr if none, or if the object record cannot be
  // read directly: see ordinary_global_object_), with its attributes.
  Value* FindGlobalObjectSlot(Agent& agent, PrimitiveString* name, PropertyAttributes* attributes);

  Object* global_object_;
  Object* global_this_;
  // Whether the global object is a plain ordinary Object (every internal method the ordinary one). Then, for
  // an own property of the global object, [[HasProperty]] answers true with no observable effect and
  // [[Get]]/[[Set]] of a writable data property read/write its slot, so the object record's by-name
  // operations can look the shape up once instead of going through Property Descriptors. A host-defined
  // exotic global object always takes the spec's general path.
  bool ordinary_global_object_;
  // A direct-mapped cache of FindGlobalObjectSlot keyed by the interned name: the global object's shape when
  // the name was looked up and the property's slot and attributes in it. A shape never changes (adding,
  // removing or reconfiguring a property gives the object another shape), so an entry whose shape is the
  // object's current one is still right; the shapes are traced, so their addresses cannot be reused. Only
  // names without a [[DeclarativeRecord]] binding are cached, and CreateLexicalBinding clears the cache.
  struct SlotCacheEntry {
    PrimitiveString* name = nullptr;
    Shape* shape = nullptr;
    uint32_t slot = 0;
    PropertyAttributes attributes;
  };
  std::array<SlotCacheEntry, 64> slot_cache_;
  std::unordered_map<PrimitiveString*, LexicalBinding> lexical_;
};

// The target of an immutable indirect binding of a module environment (9.1.1.5.5 CreateImportBinding):
// targetModule and targetName, with targetName's slot in targetModule's environment layout.
class ImportBinding final : public heap::Cell {
 public:
  ImportBinding(ModuleRecord* target_module, PrimitiveString* target_name, uint32_t target_slot)
      : target_module_(target_module), target_name_(target_name), target_slot_(target_slot) {}
  const char* CellName() const override { return "ImportBinding"; }
  void VisitEdges(heap::Visitor& visitor) override;

  ModuleRecord* target_module() const { return target_module_; }
  PrimitiveString* target_name() const { return target_name_; }
  // The target binding's value: 9.1.1.5.1 GetBindingValue step 3 (and step 4 of the target's).
  ThrowCompletionOr<Value> Read(Agent& agent) const;

 private:
  ModuleRecord* target_module_;
  PrimitiveString* target_name_;
  uint32_t target_slot_;
};

// 9.1.1.5 Module Environment Records
// https://tc39.es/ecma262/#sec-module-environment-records
// A declarative environment laid out by the module's Code (function_scope); an import binding's slot holds
// its ImportBinding (as an internal cell), or the namespace object for a namespace import.
class ModuleEnvironment final : public DeclarativeEnvironment {
 public:
  ModuleEnvironment(Environment* outer, bytecode::Code* module_code) : DeclarativeEnvironment(outer, module_code, -1) {}
  const char* CellName() const override { return "ModuleEnvironment"; }

  // 9.1.1.5.1 GetBindingValue ( name, strict )
  // https://tc39.es/ecma262/#sec-module-environment-records-getbindingvalue-n-s
  ThrowCompletionOr<Value> GetBindingValue(Agent& agent, PrimitiveString* name, bool strict) override;
  // 9.1.1.5.3 HasThisBinding ( )
  // https://tc39.es/ecma262/#sec-module-environment-records-hasthisbinding
  bool HasThisBinding() const override { return true; }
  // 9.1.1.5.4 GetThisBinding ( ): 1. Return undefined.
  // https://tc39.es/ecma262/#sec-module-environment-records-getthisbinding
  Value GetThisBinding() const { return Value::Undefined(); }
  // The value of the binding in `slot` (LdaImport): an import binding's target value, else the slot's own.
  static ThrowCompletionOr<Value> ReadSlot(Agent& agent, DeclarativeEnvironment* env, uint32_t slot);
};

// 9.1.1.5.5 CreateImportBinding ( envRecord, name, targetModule, targetName )
// https://tc39.es/ecma262/#sec-createimportbinding
void CreateImportBinding(Agent& agent, ModuleEnvironment* env_record, PrimitiveString* name,
                         ModuleRecord* target_module, PrimitiveString* target_name);

// 9.1.2.6 NewModuleEnvironment ( outerEnv ), for the module whose Code lays the environment out.
// https://tc39.es/ecma262/#sec-newmoduleenvironment
ModuleEnvironment* NewModuleEnvironment(Agent& agent, Environment* outer_env, bytecode::Code* module_code);

// 9.1.2.1 GetIdentifierReference ( envRecord, name, strict ), answering the
// environment that has the binding (nullptr: an unresolvable reference).
// https://tc39.es/ecma262/#sec-getidentifierreference
ThrowCompletionOr<Environment*> GetIdentifierReference(Agent& agent, Environment* env_record, PrimitiveString* name);

// The VariableEnvironment of the execution context whose LexicalEnvironment is `lexical_env`: the nearest
// function environment, body environment of a function with parameter expressions, strict direct eval
// environment or global environment on its chain (sloppy direct eval and block environments are skipped).
Environment* VariableEnvironmentOf(Environment* lexical_env);

}  // namespace async_runtime::interpreter::vm
