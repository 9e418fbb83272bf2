#include "harness/engine_executor.h"

#include "runtime/builtins/realm_setup.h"

#include <map>
#include <optional>
#include <sstream>
#include <utility>
#include <variant>
#include <vector>

#include "runtime/async/module_loader.h"
#include "runtime/host/console.h"
#include "runtime/host/read_file.h"
#include "runtime/host/test262_host.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/primitive_string.h"

namespace async_runtime::harness {
namespace {

namespace fs = std::filesystem;
using interpreter::Agent;
using interpreter::RootedValue;
using interpreter::Value;
using interpreter::vm::CompiledScript;
using interpreter::vm::ScriptSyntaxError;

// The strict scenario's directive, put on the test's first line rather than
// on a line of its own (INTERPRETING.md adds "\n"): the test's line numbers
// stay those of the file, so throw sites and syntax errors need no mapping.
// Only columns on line 1 move, and line 1 is the copyright comment.
constexpr std::string_view kSameLineStrictDirective = "\"use strict\";";

constexpr std::string_view kAsyncComplete = "Test262:AsyncTestComplete";
constexpr std::string_view kAsyncFailurePrefix = "Test262:AsyncTestFailure:";

ExecutionOutcome Outcome(TestStatus status, std::string_view message) {
  return {status, OneLineMessage(message)};
}
ExecutionOutcome Failed(std::string_view message) { return Outcome(TestStatus::kFailed, message); }
ExecutionOutcome Passed(std::string_view message = "") { return Outcome(TestStatus::kPassed, message); }

// Harness files are the same for every test: each worker process reads each
// one once. (Compiled code cannot be shared: it lives on the heap of the
// Agent that compiled it, and every test has a fresh Agent.)
const host::FileReadResult& ReadHarnessFile(const fs::path& path) {
  static auto* cache = new std::map<std::string, host::FileReadResult>();
  auto [entry, inserted] = cache->try_emplace(path.string());
  if (inserted) entry->second = host::ReadFileSync(path.string());
  return entry->second;
}

// INTERPRETING.md: assert.js and sta.js unless `raw`, then doneprintHandle.js
// for `async`, then the frontmatter's includes in order. A file listed twice
// is evaluated once (harness files only declare functions and variables).
std::vector<std::string> IncludesFor(const TestMetadata& metadata) {
  std::vector<std::string> includes;
  if (metadata.HasFlag("raw")) return includes;
  auto add = [&](const std::string& name) {
    for (const std::string& present : includes) {
      if (present == name) return;
    }
    includes.push_back(name);
  };
  add("assert.js");
  add("sta.js");
  if (metadata.HasFlag("async")) add("doneprintHandle.js");
  for (const std::string& name : metadata.includes) add(name);
  return includes;
}

// "not supported yet: X at file:line:column": a limitation of the compiler,
// which must never look like a SyntaxError (the kind of an early error).
std::string DescribeUnsupported(const syntax::SyntaxError& error) {
  return error.message + " at " + error.filename + ":" + std::to_string(error.location.line) + ":" +
         std::to_string(error.location.column);
}

// "Uncaught <value> at file:line:column" (the site when the VM knows it).
std::string DescribeThrow(TestEngine& engine, Value thrown) {
  RootedValue keep(engine.agent->heap(), thrown);
  std::string text = host::DescribeUncaught(*engine.agent, thrown);
  if (auto site = engine.vm->ThrowSiteOf(thrown)) text += " at " + site->ToString();
  return text;
}

// thrown.constructor.name when every step is an ordinary read that gives an
// object and then a String; nullopt otherwise (a throwing getter included).
std::optional<std::string> ConstructorNameOf(Agent& agent, Value thrown) {
  if (!thrown.IsObject()) return std::nullopt;
  RootedValue keep(agent.heap(), thrown);
  auto constructor = interpreter::Get(agent, thrown.AsObject(), agent.Key(u"constructor"));
  if (constructor.is_throw_completion() || !constructor.value().IsObject()) return std::nullopt;
  RootedValue keep_constructor(agent.heap(), constructor.value());
  auto name = interpreter::Get(agent, constructor.value().AsObject(), agent.Key(u"name"));
  if (name.is_throw_completion() || !name.value().IsString()) return std::nullopt;
  return name.value().AsString()->ToUtf8();
}

// Evaluates harness/<name> as its own script; a message on failure.
std::optional<std::string> RunInclude(TestEngine& engine, const fs::path& test262_dir, const std::string& name) {
  const host::FileReadResult& file = ReadHarnessFile(test262_dir / "harness" / name);
  if (!file.ok()) return "harness include " + name + ": " + file.error;
  auto compiled = engine.vm->CompileScript(file.contents, "harness/" + name);
  if (auto* error = std::get_if<ScriptSyntaxError>(&compiled)) {
    return "harness include " + name + " does not compile: " +
           (error->unsupported ? DescribeUnsupported(error->error) : error->error.ToString());
  }
  auto result = engine.vm->RunScript(std::get<CompiledScript>(compiled));
  if (result.is_throw_completion()) {
    return "harness include " + name + " threw: " + DescribeThrow(engine, result.thrown_value());
  }
  return std::nullopt;
}

// A negative parse-phase test: only compiles the test, runs nothing.
ExecutionOutcome JudgeParseNegative(TestEngine& engine, const NegativeExpectation& negative,
                                    const std::string& source, const std::string& filename) {
  auto compiled = engine.vm->CompileScript(source, filename);
  auto* error = std::get_if<ScriptSyntaxError>(&compiled);
  if (error == nullptr) return Failed("expected a parse-phase " + negative.type + ", but the test compiled");
  if (error->unsupported) return Failed(DescribeUnsupported(error->error));
  if (negative.type != "SyntaxError") {
    return Failed("expected a parse-phase " + negative.type + ", got " + error->error.ToString());
  }
  return Passed(error->error.ToString());
}

// The verdict once the test script threw `thrown`.
ExecutionOutcome JudgeThrow(TestEngine& engine, const TestMetadata& metadata, Value thrown) {
  RootedValue keep(engine.agent->heap(), thrown);
  const std::optional<NegativeExpectation>& negative = metadata.negative;
  if (!negative || negative->phase != NegativePhase::kRuntime) return Failed(DescribeThrow(engine, thrown));
  std::optional<std::string> name = ConstructorNameOf(*engine.agent, thrown);
  if (name == negative->type) return Passed();
  return Failed("expected a runtime " + negative->type + ", got " + DescribeThrow(engine, thrown) +
                (name ? " (constructor.name " + *name + ")" : " (no constructor.name)"));
}

// The promise's rejection reason when it is rejected, else nullopt (fulfilled or still pending).
std::optional<Value> RejectionOf(Value promise) {
  auto* object = static_cast<async::PromiseObject*>(promise.AsObject());
  if (object->state() != async::PromiseState::kRejected) return std::nullopt;
  return object->result();
}

bool IsPending(Value promise) {
  return static_cast<async::PromiseObject*>(promise.AsObject())->state() == async::PromiseState::kPending;
}

// "not supported yet: ..." SyntaxErrors come from the compiler, not from an early error.
bool IsUnsupportedSyntaxError(TestEngine& engine, Value thrown) {
  std::string text = host::DescribeUncaught(*engine.agent, thrown);
  return text.find("not supported yet") != std::string::npos;
}

// A module test (flag `module`): the test file is the entry module of a graph loaded from disk (its _FIXTURE
// files resolve against its directory), then linked and evaluated as a host does: LoadRequestedModules,
// Link, Evaluate, with the jobs run after each asynchronous step. Errors of loading and linking are the
// `resolution` phase, a SyntaxError of the test file itself the `parse` phase, the rest `runtime`.
ExecutionOutcome ExecuteModuleTest(TestEngine& engine, async::FileModuleLoader& loader, const TestCase& test,
                                   const std::ostringstream& printed) {
  const TestMetadata& metadata = test.metadata;
  const std::optional<NegativeExpectation>& negative = metadata.negative;
  interpreter::Agent& agent = *engine.agent;
  auto judge_negative = [&](NegativePhase phase, Value thrown) -> std::optional<ExecutionOutcome> {
    if (!negative || negative->phase != phase) return std::nullopt;
    std::optional<std::string> name = ConstructorNameOf(agent, thrown);
    if (name == negative->type) return Passed();
    return Failed("expected a " + std::string(phase == NegativePhase::kParse ? "parse" : "resolution") + "-phase " +
                  negative->type + ", got " + DescribeThrow(engine, thrown));
  };
  auto entry = loader.LoadEntryModule(test.relative_path, engine.vm->realm());
  if (auto* thrown = std::get_if<Value>(&entry)) {
    RootedValue error(agent.heap(), *thrown);
    if (IsUnsupportedSyntaxError(engine, error)) return Failed(DescribeThrow(engine, error));
    if (auto verdict = judge_negative(NegativePhase::kParse, error)) return *verdict;
    return Failed("the test module does not parse: " + DescribeThrow(engine, error));
  }
  if (negative && negative->phase == NegativePhase::kParse) {
    return Failed("expected a parse-phase " + negative->type + ", but the test module parsed");
  }
  heap::Handle<async::SourceTextModuleRecord> module(agent.heap(), std::get<async::SourceTextModuleRecord*>(entry));
  // Loading: the graph's files (their parse errors are resolution-phase errors of the test).
  RootedValue loaded(agent.heap(), Value::FromObject(module->LoadRequestedModules(agent)));
  agent.RunPromiseJobs();
  if (IsPending(loaded)) return Failed("the module graph did not finish loading");
  if (auto rejection = RejectionOf(loaded)) {
    RootedValue error(agent.heap(), *rejection);
    if (IsUnsupportedSyntaxError(engine, error)) return Failed(DescribeThrow(engine, error));
    if (auto verdict = judge_negative(NegativePhase::kResolution, error)) return *verdict;
    return Failed("loading the module graph failed: " + DescribeThrow(engine, error));
  }
  // Linking.
  if (auto linked = module->Link(agent); linked.is_throw_completion()) {
    RootedValue error(agent.heap(), linked.thrown_value());
    if (auto verdict = judge_negative(NegativePhase::kResolution, error)) return *verdict;
    return Failed("linking failed: " + DescribeThrow(engine, error));
  }
  if (negative && negative->phase == NegativePhase::kResolution) {
    return Failed("expected a resolution-phase " + negative->type + ", but the module graph linked");
  }
  // Evaluation.
  RootedValue evaluated(agent.heap(), Value::FromObject(module->Evaluate(agent)));
  agent.RunPromiseJobs();
  if (auto rejection = RejectionOf(evaluated)) return JudgeThrow(engine, metadata, *rejection);
  if (IsPending(evaluated) && !metadata.HasFlag("async")) return Failed("module evaluation did not complete");
  if (negative) return Failed("expected a runtime " + negative->type + ", but the test completed normally");
  if (metadata.HasFlag("async")) return JudgeAsyncOutput(printed.str());
  return Passed();
}

}  // namespace

TestEngine NewTestEngine() {
  TestEngine engine;
  engine.agent = std::make_unique<interpreter::Agent>();
  engine.vm = std::make_unique<interpreter::vm::Vm>(*engine.agent, builtins::MakeVmOptions());
  return engine;
}

void RunPendingJobsAndEventLoop(TestEngine& engine) {
  // The promise jobs the test queued, and those they queue, in order. A job
  // that completes abruptly (only a user-defined capability's resolve or
  // reject can make one) is dropped, as a host reports and forgets it; the
  // test's printed lines decide the verdict. The test host defines no
  // timers, so the jobs are the whole event loop.
  engine.agent->RunPromiseJobs();
}

std::string OneLineMessage(std::string_view message) {
  std::string line;
  line.reserve(std::min(message.size(), kMaxOutcomeMessageLength));
  for (char c : message) line += (c == '\n' || c == '\r') ? ' ' : c;
  if (line.size() <= kMaxOutcomeMessageLength) return line;
  size_t cut = kMaxOutcomeMessageLength - 3;
  // Back up to the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
  while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
  line.resize(cut);
  return line + "...";
}

ExecutionOutcome JudgeAsyncOutput(std::string_view printed) {
  bool complete = false;
  while (!printed.empty()) {
    const size_t end = printed.find('\n');
    std::string_view line = printed.substr(0, end);
    printed = end == std::string_view::npos ? std::string_view() : printed.substr(end + 1);
    if (line.substr(0, kAsyncFailurePrefix.size()) == kAsyncFailurePrefix) {
      return Failed(line.substr(kAsyncFailurePrefix.size()));
    }
    if (line == kAsyncComplete) complete = true;
  }
  if (complete) return Passed();
  return Failed("async test did not complete");
}

ExecutionOutcome ExecuteInEngine(const EngineExecutorOptions& options, const TestCase& test, Scenario scenario) {
  const TestMetadata& metadata = test.metadata;
  const bool is_module = scenario == Scenario::kModule || metadata.HasFlag("module");
  // The test runs on the runner's main thread, which must not block:
  // [[CanBlock]] is false, so CanBlockIsTrue tests are not for this agent.
  if (metadata.HasFlag("CanBlockIsTrue")) {
    return Outcome(TestStatus::kSkipped, "CanBlockIsTrue: the test agent's [[CanBlock]] is false (main thread)");
  }

  const host::FileReadResult file = host::ReadFileSync(test.absolute_path.string());
  if (!file.ok()) return Failed("cannot read the test file: " + file.error);
  const bool raw = metadata.HasFlag("raw");
  std::string source = file.contents;
  if (scenario == Scenario::kStrict && !raw) source = std::string(kSameLineStrictDirective) + source;

  // Declared before the engine: the realm's print writes to them until the
  // engine is gone.
  std::ostringstream printed;
  std::ostringstream printed_to_stderr;
  host::Test262HostState host_state;
  TestEngine engine = NewTestEngine();
  interpreter::Object* global = engine.vm->realm()->global_object();
  if (auto installed = host::InstallConsole(*engine.agent, engine.vm->realm(), global, printed, printed_to_stderr);
      installed.is_throw_completion()) {
    return Failed("cannot install print: " + DescribeThrow(engine, installed.thrown_value()));
  }
  if (auto installed = host::InstallTest262Host(
          *engine.vm, global, host::Test262HostOptions{.enable_test_hooks = options.enable_test_hooks}, &host_state);
      installed.is_throw_completion()) {
    return Failed("cannot install $262: " + DescribeThrow(engine, installed.thrown_value()));
  }

  // Modules (and import() from scripts) load from the test's directory.
  async::FileModuleLoader loader(*engine.agent, options.test262_dir);

  if (!is_module && metadata.negative && metadata.negative->phase == NegativePhase::kParse) {
    return JudgeParseNegative(engine, *metadata.negative, source, test.relative_path);
  }
  if (!is_module && metadata.negative && metadata.negative->phase == NegativePhase::kResolution) {
    return Failed("a resolution-phase negative test must be a module test");
  }

  for (const std::string& include : IncludesFor(metadata)) {
    if (std::optional<std::string> failure = RunInclude(engine, options.test262_dir, include)) return Failed(*failure);
  }
  if (is_module) return ExecuteModuleTest(engine, loader, test, printed);

  auto compiled = engine.vm->CompileScript(source, test.relative_path);
  if (auto* error = std::get_if<ScriptSyntaxError>(&compiled)) {
    return Failed(error->unsupported ? DescribeUnsupported(error->error) : error->error.ToString());
  }
  auto result = engine.vm->RunScript(std::get<CompiledScript>(compiled));
  RootedValue thrown(engine.agent->heap(), result.is_throw_completion() ? result.thrown_value() : Value::Undefined());

  // A construct $262.evalScript could not compile threw a SyntaxError the
  // test may have taken for an early error: its verdict cannot be trusted.
  if (host_state.unsupported_in_eval_script) {
    return Failed("$262.evalScript: " + *host_state.unsupported_in_eval_script);
  }
  if (result.is_throw_completion()) return JudgeThrow(engine, metadata, thrown.get());
  if (metadata.negative) {
    return Failed("expected a runtime " + metadata.negative->type + ", but the test completed normally");
  }
  if (metadata.HasFlag("async")) {
    RunPendingJobsAndEventLoop(engine);
    return JudgeAsyncOutput(printed.str());
  }
  return Passed();
}

ScenarioExecutor MakeEngineExecutor(EngineExecutorOptions options) {
  return [options = std::move(options)](const TestCase& test, Scenario scenario) {
    return ExecuteInEngine(options, test, scenario);
  };
}

}  // namespace async_runtime::harness
