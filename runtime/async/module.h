// 16.2.1 Module Semantics: Cyclic Module Records (16.2.1.6), Source Text Module Records (16.2.1.7),
// Synthetic Module Records for JSON modules (16.2.1.8), loading (LoadRequestedModules,
// FinishLoadingImportedModule), linking (Link, InnerModuleLinking), evaluation with top-level await
// (Evaluate, InnerModuleEvaluation, ExecuteAsyncModule, AsyncModuleExecutionFulfilled/Rejected), module
// namespace exotic objects (10.4.6), import() (13.3.10) and import.meta (13.3.12).
//
// Representation:
//   * Module records are heap cells (vm::ModuleRecord, the ScriptOrModule of the code they run). The
//     environment is a vm::ModuleEnvironment laid out by the compiled module (Code::function_scope); import
//     bindings are ImportBinding cells in its slots.
//   * The module graph is traversed exactly as the spec's recursive algorithms; the host's loader
//     (HostLoadImportedModule, Agent::HostHooks::load_imported_module; see runtime/async/module_loader.h for
//     the file-system one) may finish a load synchronously or later.
//   * GraphLoadingState and the dynamic-import capability are cells (the `payload` a host keeps while it
//     loads).
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "runtime/async/promise.h"
#include "runtime/interpreter/vm/vm.h"
#include "runtime/syntax/source_text.h"

namespace async_runtime::async {

using interpreter::PrimitiveString;
using interpreter::vm::ModuleRecord;
using interpreter::vm::ModuleRequest;
using interpreter::vm::ResolvedBinding;
using interpreter::vm::ResolveExportResult;
using interpreter::vm::ResolveSetEntry;
using interpreter::vm::ScriptOrModule;

// 16.2.1.7 Table: ImportEntry Records. [[ImportName]] nullptr is ~namespace-object~.
struct ImportEntry {
  ModuleRequest module_request;
  PrimitiveString* import_name = nullptr;
  PrimitiveString* local_name = nullptr;
};

// 16.2.1.7 Table: ExportEntry Records.
struct ExportEntry {
  enum class ImportNameKind : uint8_t { kNull, kName, kAll, kAllButDefault };
  PrimitiveString* export_name = nullptr;        // nullptr: null
  std::optional<ModuleRequest> module_request;   // nullopt: null
  ImportNameKind import_name_kind = ImportNameKind::kNull;
  PrimitiveString* import_name = nullptr;        // for kName
  PrimitiveString* local_name = nullptr;         // nullptr: null
};

// 16.2.1.6 Cyclic Module Records
// https://tc39.es/ecma262/#sec-cyclic-module-records
class CyclicModuleRecord : public ModuleRecord {
 public:
  // [[Status]]
  enum class Status : uint8_t { kNew, kUnlinked, kLinking, kLinked, kEvaluating, kEvaluatingAsync, kEvaluated };
  // [[AsyncEvaluationOrder]]: ~unset~, an integer, or ~done~.
  static constexpr uint64_t kUnset = 0;
  static constexpr uint64_t kDone = UINT64_MAX;

  using ModuleRecord::ModuleRecord;
  void VisitEdges(heap::Visitor& visitor) override;
  bool IsCyclicModuleRecord() const override { return true; }

  // 16.2.1.6.1.1 LoadRequestedModules ( [ hostDefined ] ): a promise.
  Object* LoadRequestedModules(Agent& agent);
  // 16.2.1.6.1.2 Link ( )
  ThrowCompletionOr<void> Link(Agent& agent) override;
  // 16.2.1.6.1.3 Evaluate ( ): a promise.
  Object* Evaluate(Agent& agent) override;

  // The Cyclic Module Record abstract methods (Table: Additional Abstract Methods of Cyclic Module Records).
  virtual ThrowCompletionOr<void> InitializeEnvironment(Agent& agent) = 0;
  virtual ThrowCompletionOr<void> ExecuteModule(Agent& agent, const PromiseCapability* capability) = 0;

  Status status = Status::kNew;                    // [[Status]]
  bool has_evaluation_error = false;               // [[EvaluationError]] is a throw completion ...
  Value evaluation_error;                          // ... of this value
  uint32_t dfs_ancestor_index = 0;                 // [[DFSAncestorIndex]]
  std::vector<ModuleRequest> requested_modules;    // [[RequestedModules]]
  CyclicModuleRecord* cycle_root = nullptr;        // [[CycleRoot]] (nullptr: ~empty~)
  bool has_tla = false;                            // [[HasTLA]]
  uint64_t async_evaluation_order = kUnset;        // [[AsyncEvaluationOrder]]
  bool has_top_level_capability = false;           // [[TopLevelCapability]] is a PromiseCapability Record:
  Value top_level_promise, top_level_resolve, top_level_reject;
  std::vector<CyclicModuleRecord*> async_parent_modules;  // [[AsyncParentModules]]
  uint32_t pending_async_dependencies = 0;         // [[PendingAsyncDependencies]]
};

// 16.2.1.7 Source Text Module Records
// https://tc39.es/ecma262/#sec-source-text-module-records
class SourceTextModuleRecord final : public CyclicModuleRecord {
 public:
  using CyclicModuleRecord::CyclicModuleRecord;
  const char* CellName() const override { return "SourceTextModuleRecord"; }
  void VisitEdges(heap::Visitor& visitor) override;

  // 16.2.1.7.2.1 GetExportedNames ( [ exportStarSet ] )
  std::vector<PrimitiveString*> GetExportedNames(std::vector<ModuleRecord*>& export_star_set) override;
  // 16.2.1.7.2.2 ResolveExport ( exportName [ , resolveSet ] )
  ResolveExportResult ResolveExport(PrimitiveString* export_name, std::vector<ResolveSetEntry>& resolve_set) override;
  // 16.2.1.7.3.1 InitializeEnvironment ( )
  ThrowCompletionOr<void> InitializeEnvironment(Agent& agent) override;
  // 16.2.1.7.3.2 ExecuteModule ( [ capability ] )
  ThrowCompletionOr<void> ExecuteModule(Agent& agent, const PromiseCapability* capability) override;

  interpreter::bytecode::Code* code = nullptr;      // [[ECMAScriptCode]], compiled
  Object* import_meta = nullptr;                     // [[ImportMeta]] (nullptr: ~empty~)
  std::vector<ImportEntry> import_entries;           // [[ImportEntries]]
  std::vector<ExportEntry> local_export_entries;     // [[LocalExportEntries]]
  std::vector<ExportEntry> indirect_export_entries;  // [[IndirectExportEntries]]
  std::vector<ExportEntry> star_export_entries;      // [[StarExportEntries]]
};

// 16.2.1.8 Synthetic Module Records (the JSON modules' records): [[ExportNames]], [[EvaluationSteps]] (here:
// the values SetSyntheticModuleExport stores on evaluation, known at creation).
// https://tc39.es/ecma262/#sec-synthetic-module-records
class SyntheticModuleRecord final : public ModuleRecord {
 public:
  using ModuleRecord::ModuleRecord;
  const char* CellName() const override { return "SyntheticModuleRecord"; }
  void VisitEdges(heap::Visitor& visitor) override;

  std::vector<PrimitiveString*> GetExportedNames(std::vector<ModuleRecord*>& export_star_set) override;
  ResolveExportResult ResolveExport(PrimitiveString* export_name, std::vector<ResolveSetEntry>& resolve_set) override;
  ThrowCompletionOr<void> Link(Agent& agent) override;
  Object* Evaluate(Agent& agent) override;

  std::vector<PrimitiveString*> export_names;  // [[ExportNames]]
  Value default_export;                         // what the evaluation steps set "default" to
};

// The GraphLoadingState Record of LoadRequestedModules ([[IsLoading]], [[PendingModulesCount]], [[Visited]],
// [[PromiseCapability]], [[HostDefined]]): a cell, since a host may keep it while it loads.
class GraphLoadingState final : public heap::Cell {
 public:
  const char* CellName() const override { return "GraphLoadingState"; }
  void VisitEdges(heap::Visitor& visitor) override;
  bool is_loading = true;
  uint32_t pending_modules_count = 1;
  std::vector<CyclicModuleRecord*> visited;
  Value promise, resolve, reject;
};

// The payload of a dynamic import: the import() call's PromiseCapability Record.
class DynamicImportPayload final : public heap::Cell {
 public:
  const char* CellName() const override { return "DynamicImportPayload"; }
  void VisitEdges(heap::Visitor& visitor) override;
  Value promise, resolve, reject;
};

// 10.4.6 Module Namespace Exotic Objects
// https://tc39.es/ecma262/#sec-module-namespace-exotic-objects
class ModuleNamespaceObject final : public Object {
 public:
  ModuleNamespaceObject(interpreter::Shape* shape, ModuleRecord* module) : Object(shape), module_(module) {}
  const char* CellName() const override { return "ModuleNamespaceObject"; }
  void VisitEdges(heap::Visitor& visitor) override;
  bool HasOrdinaryPropertyLookup() const override { return false; }
  bool HasOrdinaryGetPrototypeOf() const override { return false; }

  ModuleRecord* module() const { return module_; }                     // [[Module]]
  std::vector<PrimitiveString*>& exports() { return exports_; }       // [[Exports]], sorted

  ThrowCompletionOr<Object*> GetPrototypeOf(Agent& agent) override;
  ThrowCompletionOr<bool> SetPrototypeOf(Agent& agent, Object* prototype) override;
  ThrowCompletionOr<bool> IsExtensible(Agent& agent) override;
  ThrowCompletionOr<bool> PreventExtensions(Agent& agent) override;
  ThrowCompletionOr<std::optional<interpreter::PropertyDescriptor>> GetOwnProperty(
      Agent& agent, const interpreter::PropertyKey& key) override;
  ThrowCompletionOr<bool> DefineOwnProperty(Agent& agent, const interpreter::PropertyKey& key,
                                            const interpreter::PropertyDescriptor& descriptor) override;
  ThrowCompletionOr<bool> HasProperty(Agent& agent, const interpreter::PropertyKey& key) override;
  ThrowCompletionOr<Value> Get(Agent& agent, const interpreter::PropertyKey& key, Value receiver) override;
  ThrowCompletionOr<bool> Set(Agent& agent, const interpreter::PropertyKey& key, Value value, Value receiver) override;
  ThrowCompletionOr<bool> Delete(Agent& agent, const interpreter::PropertyKey& key) override;
  ThrowCompletionOr<std::vector<interpreter::PropertyKey>> OwnPropertyKeys(Agent& agent) override;

 private:
  bool IsExport(const interpreter::PropertyKey& key) const;
  ModuleRecord* module_;
  std::vector<PrimitiveString*> exports_;
};

// 16.2.1.7.1 ParseModule ( sourceText, realm, hostDefined ): the record, or the SyntaxError (an early error
// with file:line:column, or a construct the compiler does not support).
std::variant<SourceTextModuleRecord*, interpreter::vm::ScriptSyntaxError> ParseModule(Agent& agent,
                                                                                       syntax::SourceText source,
                                                                                       Realm* realm,
                                                                                       std::string host_defined);

// 16.2.1.8.2 ParseJSONModule ( source ): a Synthetic Module Record, or the SyntaxError JSON.parse throws.
ThrowCompletionOr<SyntheticModuleRecord*> ParseJSONModule(Agent& agent, Value source, Realm* realm,
                                                          std::string host_defined);

// 16.2.1.11 FinishLoadingImportedModule ( referrer, moduleRequest, payload, result ): `referrer` null for a
// Realm Record; `result` a module or (module null) the thrown `error`.
void FinishLoadingImportedModule(Agent& agent, ScriptOrModule* referrer, const ModuleRequest& request,
                                 heap::Cell* payload, ModuleRecord* module, Value error);

// 16.2.1.9 GetImportedModule ( referrer, request )
ModuleRecord* GetImportedModule(const ScriptOrModule* referrer, const ModuleRequest& request);

// 16.2.1.12 AllImportAttributesSupported ( attrs ): the host supports the key "type".
bool AllImportAttributesSupported(const std::vector<interpreter::vm::ImportAttribute>& attributes);

// 16.2.1.13 GetModuleNamespace ( module )
Object* GetModuleNamespace(Agent& agent, ModuleRecord* module);

// 13.3.10.2 EvaluateImportCall ( specifierExpr [ , optionsExpr ] ) from step 7 on, with the evaluated
// specifier and options (VmOptions::import_call).
ThrowCompletionOr<Value> EvaluateImportCall(Agent& agent, Value specifier, Value options);

// 13.3.12.1 Runtime Semantics: Evaluation of ImportMeta for `module` (VmOptions::import_meta).
ThrowCompletionOr<Value> EvaluateImportMeta(Agent& agent, ModuleRecord* module);

// Loads, links and evaluates `module` as a host does with an entry module: LoadRequestedModules, then on its
// fulfilment Link and Evaluate. The returned promise settles when the module has evaluated (or failed to
// load, link or evaluate); jobs must run for it to settle when loading or evaluation is asynchronous.
Object* LoadLinkAndEvaluate(Agent& agent, CyclicModuleRecord* module);

}  // namespace async_runtime::async
