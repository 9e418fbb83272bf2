// Modules end to end: files written to a temporary directory, loaded by the FileModuleLoader, linked and
// evaluated (16.2.1), with the order of evaluation, cycles, top-level await, namespaces, import() and the
// link errors checked against what the specification requires.
#include "runtime/async/module.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "runtime/async/module_loader.h"
#include "runtime/builtins/script_test_support.h"

namespace async_runtime::async {
namespace {

namespace fs = std::filesystem;

class ModuleTest : public builtins::BuiltinsScriptTest {
 protected:
  ModuleTest() : directory_(MakeDirectory()), loader_(agent_, directory_) {
    MUST(vm_.EvaluateScript("var log = [];"));
  }

  static fs::path MakeDirectory() {
    const char* tmp = std::getenv("TEST_TMPDIR");
    fs::path base = tmp != nullptr ? fs::path(tmp) : fs::temp_directory_path();
    static int counter = 0;
    fs::path directory = base / ("modules" + std::to_string(counter++));
    fs::create_directories(directory);
    return directory;
  }

  void Write(const std::string& name, const std::string& text) { std::ofstream(directory_ / name) << text; }

  // Loads, links and evaluates `entry`, runs the jobs; "ok" or "rejected: <error>", then the global log.
  std::string Run(const std::string& entry) {
    auto loaded = loader_.LoadEntryModule(entry, vm_.realm());
    if (auto* error = std::get_if<Value>(&loaded)) {
      interpreter::RootedValue keep(agent_.heap(), *error);
      MUST(interpreter::Set(agent_, vm_.realm()->global_object(), agent_.Key(u"lastError"), keep, true));
      return "parse error: " + Eval("String(lastError)");
    }
    heap::Handle<SourceTextModuleRecord> module(agent_.heap(), std::get<SourceTextModuleRecord*>(loaded));
    interpreter::RootedValue promise(agent_.heap(), Value::FromObject(LoadLinkAndEvaluate(agent_, module)));
    agent_.RunPromiseJobs();
    auto* promise_object = static_cast<PromiseObject*>(promise->AsObject());
    std::string state = promise_object->state() == PromiseState::kFulfilled ? "ok"
                        : promise_object->state() == PromiseState::kPending ? "pending"
                                                                             : "rejected";
    if (promise_object->state() == PromiseState::kRejected) {
      interpreter::RootedValue reason(agent_.heap(), promise_object->result());
      MUST(interpreter::Set(agent_, vm_.realm()->global_object(), agent_.Key(u"lastError"), reason, true));
      state += ": " + Eval("String(lastError)");
    }
    return state + " | " + Eval("log.join(',')");
  }

  fs::path directory_;
  FileModuleLoader loader_;
};

TEST_F(ModuleTest, ImportsAreLiveBindingsAndDependenciesEvaluateFirst) {
  Write("counter.mjs", "log.push('counter'); export let count = 0; export function increment() { count++; }");
  Write("main.mjs",
        "import { count, increment } from './counter.mjs'; log.push('main ' + count); increment(); "
        "log.push('after ' + count);");
  EXPECT_EQ(Run("main.mjs"), "ok | counter,main 0,after 1");
}

TEST_F(ModuleTest, CyclesSeeHoistedFunctionsAndTheTemporalDeadZone) {
  Write("a.mjs", "import { b } from './b.mjs'; export function a() { return 'a'; } log.push('a ' + b());");
  Write("b.mjs",
        "import { a } from './a.mjs'; export function b() { return 'b'; } log.push('b ' + a());"
        "export let late = 1;");
  EXPECT_EQ(Run("a.mjs"), "ok | b a,a b");
  Write("c.mjs", "import { d } from './d.mjs'; export let c = 'c';");
  Write("d.mjs", "import { c } from './c.mjs'; export let d = 1; try { c; } catch (e) { log.push(e.name); }");
  EXPECT_EQ(Run("c.mjs"), "ok | b a,a b,ReferenceError");
}

TEST_F(ModuleTest, NamespaceObjectsAreSortedNonExtensibleAndLive) {
  Write("lib.mjs", "export let z = 1; export const a = 2; export default 3; export function bump() { z++; }");
  Write("main.mjs",
        "import * as ns from './lib.mjs'; ns.bump(); log.push(Object.keys(ns).join(' '), ns.z, "
        "Object.isExtensible(ns), Object.getPrototypeOf(ns), ns[Symbol.toStringTag], Reflect.set(ns, 'z', 5), "
        "delete ns.nope, Reflect.deleteProperty(ns, 'z'));");
  EXPECT_EQ(Run("main.mjs"), "ok | a bump default z,2,false,,Module,false,true,false");
}

TEST_F(ModuleTest, StarExportsSkipDefaultAndAmbiguousNames) {
  Write("x.mjs", "export const shared = 'x'; export const onlyX = 1; export default 'dx';");
  Write("y.mjs", "export const shared = 'y'; export const onlyY = 2;");
  Write("both.mjs", "export * from './x.mjs'; export * from './y.mjs';");
  Write("main.mjs", "import * as ns from './both.mjs'; log.push(Object.keys(ns).join(' '));");
  EXPECT_EQ(Run("main.mjs"), "ok | onlyX onlyY");
  Write("bad.mjs", "import { shared } from './both.mjs';");
  EXPECT_EQ(Run("bad.mjs"), "rejected: SyntaxError: Ambiguous import 'shared' | onlyX onlyY");
}

TEST_F(ModuleTest, TopLevelAwaitDelaysDependentsInOrder) {
  Write("slow.mjs", "log.push('slow start'); await null; await null; log.push('slow end'); export const v = 1;");
  Write("fast.mjs", "log.push('fast');");
  Write("main.mjs", "import './slow.mjs'; import './fast.mjs'; log.push('main');");
  EXPECT_EQ(Run("main.mjs"), "ok | slow start,fast,slow end,main");
}

TEST_F(ModuleTest, EvaluationErrorsRejectAndAreRemembered) {
  Write("throws.mjs", "log.push('throws'); throw new RangeError('bad');");
  Write("main.mjs", "import './throws.mjs'; log.push('never');");
  EXPECT_EQ(Run("main.mjs"), "rejected: RangeError: bad | throws");
  Write("again.mjs", "import './throws.mjs'; log.push('never again');");
  EXPECT_EQ(Run("again.mjs"), "rejected: RangeError: bad | throws");
}

TEST_F(ModuleTest, DynamicImportGivesTheNamespaceAndRejectsOnErrors) {
  Write("lib.mjs", "export const value = 42;");
  Write("main.mjs",
        "import * as direct from './lib.mjs';"
        "const ns = await import('./lib.mjs'); log.push(ns.value, ns === direct);"
        "await import('./missing.mjs').catch(e => log.push(e.name));"
        "await import('lib').catch(e => log.push(e.name));"
        "await import('./lib.mjs', 5).catch(e => log.push(e.name));");
  EXPECT_EQ(Run("main.mjs"), "ok | 42,true,TypeError,TypeError,TypeError");
}

TEST_F(ModuleTest, ImportMetaIsOneNullPrototypeObjectPerModule) {
  Write("main.mjs",
        "const a = import.meta; const f = () => import.meta; log.push(a === f(), Object.getPrototypeOf(a));");
  EXPECT_EQ(Run("main.mjs"), "ok | true,");
}

TEST_F(ModuleTest, SyntaxErrorsNameTheFileLineAndColumn) {
  Write("broken.mjs", "export const x = 1;\nlet let = 2;\n");
  std::string result = Run("broken.mjs");
  EXPECT_NE(result.find("SyntaxError"), std::string::npos) << result;
  EXPECT_NE(result.find("broken.mjs:2:"), std::string::npos) << result;
}

TEST_F(ModuleTest, JsonModulesExportTheParsedValueAsDefault) {
  Write("data.json", "{\"list\": [1, 2]}");
  Write("main.mjs", "import data from './data.json' with { type: 'json' }; log.push(data.list.length);");
  EXPECT_EQ(Run("main.mjs"), "ok | 2");
}

}  // namespace
}  // namespace async_runtime::async
