// The file-system module loader of the jsrt command line and the Test262 harness: the host's
// HostLoadImportedModule (16.2.1.10). A specifier starting with "./", "../" or "/" names a file relative to
// the referrer's file (or, with no active script or module, to the base directory); the module map keeps
// one module record per (realm, normalized path, type attribute), so a module is loaded once and cycles
// close. `with { type: "json" }` loads a JSON module (ParseJSONModule). Files are read synchronously and
// FinishLoadingImportedModule is performed before HostLoadImportedModule returns.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <tuple>
#include <variant>

#include "runtime/async/module.h"

namespace async_runtime::async {

class FileModuleLoader final : public heap::RootProvider {
 public:
  // Installs itself as the agent's load_imported_module hook until destroyed. Relative paths of referrers
  // (their [[HostDefined]]) are relative to `base_directory`.
  FileModuleLoader(Agent& agent, std::filesystem::path base_directory);
  ~FileModuleLoader() override;
  FileModuleLoader(const FileModuleLoader&) = delete;
  FileModuleLoader& operator=(const FileModuleLoader&) = delete;

  // Reads and parses the entry module `path` (relative to the base directory, or absolute) in `realm`: the
  // module, or the thrown value (a SyntaxError for an early error, with file:line:column; a TypeError when
  // the file cannot be read). The module is in the module map afterwards.
  std::variant<SourceTextModuleRecord*, Value> LoadEntryModule(const std::string& path, Realm* realm);

  void VisitRoots(heap::Visitor& visitor) override;

 private:
  // 16.2.1.10 HostLoadImportedModule ( referrer, moduleRequest, hostDefined, payload )
  void HostLoadImportedModule(interpreter::vm::ScriptOrModule* referrer, Realm* referrer_realm,
                              const ModuleRequest& request, heap::Cell* payload);
  // The module at `path` of type `type` ("" or "json") in `realm`: from the module map, or read and parsed.
  std::variant<ModuleRecord*, Value> Load(const std::string& path, const std::u16string& type, Realm* realm);

  Agent& agent_;
  std::filesystem::path base_directory_;
  std::map<std::tuple<Realm*, std::string, std::u16string>, ModuleRecord*> module_map_;
};

// The path a module specifier names, relative to the file `referrer_path` ("" for the base directory):
// lexically normalized; nullopt for a bare specifier (no "./", "../" or "/" prefix), which this host does
// not resolve.
std::optional<std::string> ResolveModuleSpecifier(const std::string& referrer_path, const std::u16string& specifier);

}  // namespace async_runtime::async
