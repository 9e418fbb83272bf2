// The ScriptOrModule component of an execution context: Script Records (16.1.4) and the abstract Module
// Record (16.2.1.4), with the records a module request is made of (16.2.1.2, 16.2.1.3). The VM needs them
// for GetActiveScriptOrModule, import bindings and import.meta; the concrete module records (Cyclic and
// Source Text Module Records) and the loading, linking and evaluation algorithms are in
// runtime/async/module.h.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "runtime/heap/cell.h"
#include "runtime/interpreter/bytecode/code.h"
#include "runtime/interpreter/completion.h"
#include "runtime/interpreter/object.h"
#include "runtime/interpreter/realm.h"

namespace async_runtime::interpreter::vm {

class Environment;
class ModuleRecord;

// 16.2.1.2 ImportAttribute Records: [[Key]], [[Value]].
struct ImportAttribute {
  std::u16string key;
  std::u16string value;
  bool operator==(const ImportAttribute&) const = default;
};

// 16.2.1.3 ModuleRequest Records: [[Specifier]], [[Attributes]].
struct ModuleRequest {
  std::u16string specifier;
  std::vector<ImportAttribute> attributes;
};

// 16.2.1.3.1 ModuleRequestsEqual ( x, y )
// https://tc39.es/ecma262/#sec-ModuleRequestsEqual
inline bool ModuleRequestsEqual(const ModuleRequest& x, const ModuleRequest& y) {
  // 1. If x.[[Specifier]] is not y.[[Specifier]], return false.
  if (x.specifier != y.specifier) return false;
  // 2.-4. Let xAttrs be x.[[Attributes]], yAttrs be y.[[Attributes]]; if their sizes differ return false.
  if (x.attributes.size() != y.attributes.size()) return false;
  // 5. For each ImportAttribute Record xAttr of xAttrs: if yAttrs does not contain an ImportAttribute Record
  //    yAttr such that xAttr.[[Key]] is yAttr.[[Key]] and xAttr.[[Value]] is yAttr.[[Value]], return false.
  for (const ImportAttribute& x_attr : x.attributes) {
    bool found = false;
    for (const ImportAttribute& y_attr : y.attributes) found = found || x_attr == y_attr;
    if (!found) return false;
  }
  // 6. Return true.
  return true;
}

// A LoadedModuleRequest Record: [[Specifier]], [[Attributes]], [[Module]].
struct LoadedModuleRequest {
  ModuleRequest request;
  ModuleRecord* module = nullptr;
};

// What Script Records and Module Records share: [[Realm]], [[HostDefined]] (the host's name for the source:
// the file it was read from) and [[LoadedModules]] (the modules the host loaded for its import requests,
// static or dynamic).
class ScriptOrModule : public heap::Cell {
 public:
  ScriptOrModule(Realm* realm, std::string host_defined) : realm_(realm), host_defined_(std::move(host_defined)) {}
  void VisitEdges(heap::Visitor& visitor) override {
    visitor.Visit(realm_);
    for (LoadedModuleRequest& loaded : loaded_modules_) visitor.Visit(reinterpret_cast<heap::Cell*>(loaded.module));
  }

  virtual bool IsModuleRecord() const = 0;
  Realm* realm() const { return realm_; }
  void set_realm(Realm* realm) { realm_ = realm; }
  const std::string& host_defined() const { return host_defined_; }
  std::vector<LoadedModuleRequest>& loaded_modules() { return loaded_modules_; }
  // The [[LoadedModules]] entry for `request` (ModuleRequestsEqual), or nullptr.
  ModuleRecord* FindLoadedModule(const ModuleRequest& request) const {
    for (const LoadedModuleRequest& loaded : loaded_modules_) {
      if (ModuleRequestsEqual(loaded.request, request)) return loaded.module;
    }
    return nullptr;
  }

 private:
  Realm* realm_;
  std::string host_defined_;
  std::vector<LoadedModuleRequest> loaded_modules_;
};

// 16.1.4 Script Records
// https://tc39.es/ecma262/#sec-script-records
// ([[ECMAScriptCode]] is the compiled Code, which points back here.)
class ScriptRecord final : public ScriptOrModule {
 public:
  using ScriptOrModule::ScriptOrModule;
  const char* CellName() const override { return "ScriptRecord"; }
  bool IsModuleRecord() const override { return false; }
};

// ResolveExport's answer: a ResolvedBinding Record { [[Module]], [[BindingName]] } (binding_name null for
// ~namespace~), null (not found or circular), or ~ambiguous~.
struct ResolvedBinding {
  ModuleRecord* module = nullptr;
  PrimitiveString* binding_name = nullptr;  // nullptr: ~namespace~
};
struct ResolveExportResult {
  enum class Kind : uint8_t { kNull, kAmbiguous, kResolved } kind = Kind::kNull;
  ResolvedBinding binding;
};
// A resolveSet / exportStarSet entry.
struct ResolveSetEntry {
  ModuleRecord* module;
  PrimitiveString* export_name;
};

// 16.2.1.4 Abstract Module Records: [[Realm]], [[Environment]], [[Namespace]], [[HostDefined]], and the
// abstract methods every concrete module record implements (runtime/async/module.h).
class ModuleRecord : public ScriptOrModule {
 public:
  using ScriptOrModule::ScriptOrModule;
  void VisitEdges(heap::Visitor& visitor) override;
  bool IsModuleRecord() const override { return true; }
  virtual bool IsCyclicModuleRecord() const { return false; }

  // [[Environment]]: a Module Environment Record once linked (InitializeEnvironment), else nullptr (~empty~).
  Environment* environment() const { return environment_; }
  void set_environment(Environment* environment) { environment_ = environment; }
  // [[Namespace]]: the Module Namespace Object once GetModuleNamespace made it, else nullptr (~empty~).
  Object* namespace_object() const { return namespace_; }
  void set_namespace_object(Object* namespace_object) { namespace_ = namespace_object; }
  // The Code whose function_scope lays out the module's environment (for a Source Text Module Record its
  // [[ECMAScriptCode]]): which slot a binding name has, known before the environment exists.
  bytecode::Code* environment_layout() const { return environment_layout_; }
  void set_environment_layout(bytecode::Code* code) { environment_layout_ = code; }

  // GetExportedNames ( [ exportStarSet ] ): the exported names (String values, interned).
  virtual std::vector<PrimitiveString*> GetExportedNames(std::vector<ModuleRecord*>& export_star_set) = 0;
  // ResolveExport ( exportName [ , resolveSet ] )
  virtual ResolveExportResult ResolveExport(PrimitiveString* export_name, std::vector<ResolveSetEntry>& resolve_set) = 0;
  ResolveExportResult ResolveExport(PrimitiveString* export_name) {
    std::vector<ResolveSetEntry> resolve_set;
    return ResolveExport(export_name, resolve_set);
  }
  std::vector<PrimitiveString*> GetExportedNames() {
    std::vector<ModuleRecord*> export_star_set;
    return GetExportedNames(export_star_set);
  }
  // Link ( ) and Evaluate ( ) (the latter returns a Promise).
  virtual ThrowCompletionOr<void> Link(Agent& agent) = 0;
  virtual Object* Evaluate(Agent& agent) = 0;

 private:
  Environment* environment_ = nullptr;
  Object* namespace_ = nullptr;
  bytecode::Code* environment_layout_ = nullptr;
};

}  // namespace async_runtime::interpreter::vm
