#include "runtime/async/module_loader.h"

#include "runtime/host/read_file.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/primitive_string.h"

namespace async_runtime::async {

namespace fs = std::filesystem;

std::optional<std::string> ResolveModuleSpecifier(const std::string& referrer_path, const std::u16string& specifier) {
  std::string text = syntax::Utf16ToUtf8(specifier);
  bool relative = text.rfind("./", 0) == 0 || text.rfind("../", 0) == 0;
  bool absolute = text.rfind("/", 0) == 0;
  if (!relative && !absolute) return std::nullopt;
  if (absolute) return fs::path(text).lexically_normal().string();
  fs::path directory = fs::path(referrer_path).parent_path();
  return (directory / text).lexically_normal().string();
}

FileModuleLoader::FileModuleLoader(Agent& agent, fs::path base_directory)
    : agent_(agent), base_directory_(std::move(base_directory)) {
  agent_.heap().AddRootProvider(this);
  agent_.host_hooks().load_imported_module = [this](interpreter::vm::ScriptOrModule* referrer, Realm* realm,
                                                    const ModuleRequest& request, heap::Cell* payload) {
    HostLoadImportedModule(referrer, realm, request, payload);
  };
}

FileModuleLoader::~FileModuleLoader() {
  agent_.host_hooks().load_imported_module = nullptr;
  agent_.heap().RemoveRootProvider(this);
}

void FileModuleLoader::VisitRoots(heap::Visitor& visitor) {
  for (auto& [key, module] : module_map_) {
    visitor.Visit(std::get<0>(key));
    visitor.Visit(module);
  }
}

std::variant<ModuleRecord*, Value> FileModuleLoader::Load(const std::string& path, const std::u16string& type,
                                                          Realm* realm) {
  auto key = std::make_tuple(realm, path, type);
  if (auto it = module_map_.find(key); it != module_map_.end()) return it->second;
  if (!type.empty() && type != u"json") {
    return interpreter::ThrowTypeError(agent_, u"Unsupported module type '" + type + u"'").value();
  }
  fs::path file = fs::path(path).is_absolute() ? fs::path(path) : base_directory_ / path;
  host::FileReadResult read = host::ReadFileSync(file.string());
  if (!read.ok()) {
    return interpreter::ThrowTypeError(agent_, u"Cannot load module '" + interpreter::Utf16FromUtf8(path) + u"': " +
                                                   interpreter::Utf16FromUtf8(read.error))
        .value();
  }
  Realm* previous_realm = agent_.current_realm();
  agent_.set_current_realm(realm);
  ModuleRecord* module = nullptr;
  Value error;
  if (type == u"json") {
    // 16.2.1.10: a JSON module is the Completion Record ParseJSONModule returns.
    RootedValue source(agent_.heap(), agent_.InternedString(interpreter::Utf16FromUtf8(read.contents)));
    ThrowCompletionOr<SyntheticModuleRecord*> parsed = ParseJSONModule(agent_, source, realm, path);
    if (parsed.is_throw_completion()) {
      error = parsed.thrown_value();
    } else {
      module = parsed.value();
    }
  } else {
    auto parsed = ParseModule(agent_, syntax::SourceText::FromUtf8(path, read.contents), realm, path);
    if (auto* syntax_error = std::get_if<interpreter::vm::ScriptSyntaxError>(&parsed)) {
      // 16.2.1.7.1 ParseModule step 2: the errors; the first is thrown as a SyntaxError.
      error = interpreter::ThrowError(agent_, interpreter::ErrorKind::kSyntaxError,
                                      interpreter::Utf16FromUtf8(syntax_error->unsupported
                                                                     ? syntax_error->error.message
                                                                     : syntax_error->error.ToString()))
                  .value();
    } else {
      module = std::get<SourceTextModuleRecord*>(parsed);
    }
  }
  agent_.set_current_realm(previous_realm);
  if (module == nullptr) return error;
  module_map_[key] = module;
  return module;
}

std::variant<SourceTextModuleRecord*, Value> FileModuleLoader::LoadEntryModule(const std::string& path,
                                                                               Realm* realm) {
  std::string normalized = fs::path(path).lexically_normal().string();
  auto loaded = Load(normalized, u"", realm);
  if (auto* error = std::get_if<Value>(&loaded)) return *error;
  return static_cast<SourceTextModuleRecord*>(std::get<ModuleRecord*>(loaded));
}

// 16.2.1.10 HostLoadImportedModule ( referrer, moduleRequest, hostDefined, payload )
// https://tc39.es/ecma262/#sec-HostLoadImportedModule
void FileModuleLoader::HostLoadImportedModule(interpreter::vm::ScriptOrModule* referrer_cell, Realm* referrer_realm,
                                              const ModuleRequest& request, heap::Cell* payload_cell) {
  heap::Handle<interpreter::vm::ScriptOrModule> referrer(agent_.heap(), referrer_cell);
  heap::Handle<heap::Cell> payload(agent_.heap(), payload_cell);
  // The module loads into the referrer's realm (a Realm Record referrer: that realm).
  Realm* realm = referrer.get() != nullptr && referrer->realm() != nullptr ? referrer->realm() : referrer_realm;
  std::u16string type;
  for (const auto& attribute : request.attributes) {
    if (attribute.key == u"type") type = attribute.value;
  }
  RootedValue error(agent_.heap());
  ModuleRecord* module = nullptr;
  std::optional<std::string> path =
      ResolveModuleSpecifier(referrer.get() != nullptr ? referrer->host_defined() : std::string(), request.specifier);
  if (!path) {
    error = interpreter::ThrowTypeError(agent_, u"Cannot resolve module specifier '" + request.specifier +
                                                    u"': only relative and absolute paths are supported")
                .value();
  } else {
    auto loaded = Load(*path, type, realm);
    if (auto* thrown = std::get_if<Value>(&loaded)) {
      error = *thrown;
    } else {
      module = std::get<ModuleRecord*>(loaded);
    }
  }
  // The host must perform FinishLoadingImportedModule(referrer, moduleRequest, payload, result): here,
  // synchronously, and with the same result for the same (referrer, request) each time (the module map).
  FinishLoadingImportedModule(agent_, referrer.get(), request, payload.get(), module, error);
}

}  // namespace async_runtime::async
