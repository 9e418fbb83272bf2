#include "runtime/host/test262_host.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "runtime/builtins/realm_setup.h"
#include "runtime/host/console.h"
#include "runtime/interpreter/primitive_string.h"
#include "runtime/interpreter/vm/vm.h"

namespace async_runtime::host {
namespace {

class Test262HostTest : public ::testing::Test {
 protected:
  void Install(bool enable_test_hooks) {
    auto console = InstallConsole(agent_, vm_.realm(), vm_.realm()->global_object(), out_, err_);
    ASSERT_TRUE(console.is_normal_completion());
    auto installed = InstallTest262Host(vm_, vm_.realm()->global_object(),
                                        Test262HostOptions{.enable_test_hooks = enable_test_hooks}, &state_);
    ASSERT_TRUE(installed.is_normal_completion());
  }

  // Runs `source`; returns what it printed, or "threw <uncaught text>".
  std::string Run(const std::string& source) {
    auto result = vm_.EvaluateScript(source, "test262_host_test.js");
    if (result.is_throw_completion()) return "threw " + DescribeUncaught(agent_, result.thrown_value());
    return out_.str();
  }

  interpreter::Agent agent_;
  interpreter::vm::Vm vm_{agent_};
  std::ostringstream out_;
  std::ostringstream err_;
  Test262HostState state_;
};

TEST_F(Test262HostTest, GlobalIsTheGlobalObject) {
  Install(false);
  EXPECT_EQ(Run("print(typeof $262, $262.global === globalThis, $262.global === this)"), "object true true\n");
}

TEST_F(Test262HostTest, DollarIsNotEnumerableOnTheGlobal) {
  Install(false);
  EXPECT_EQ(Run("var seen = false; for (var k in globalThis) { if (k === '$262') seen = true; } print(seen)"),
            "false\n");
}

TEST_F(Test262HostTest, EvalScriptRunsInTheSameRealmAndReturnsTheCompletionValue) {
  Install(false);
  EXPECT_EQ(Run("var r = $262.evalScript('var fromEval = 40; fromEval + 2'); print(r, fromEval)"), "42 40\n");
}

TEST_F(Test262HostTest, EvalScriptThrowsASyntaxErrorForAnEarlyError) {
  Install(false);
  EXPECT_EQ(Run("try { $262.evalScript('let a; let a;'); } catch (e) { print(e.message); }")
                .rfind("SyntaxError: evalScript:1:", 0),
            0u)
      << out_.str();
  EXPECT_FALSE(state_.unsupported_in_eval_script.has_value());
}

TEST_F(Test262HostTest, EvalScriptPropagatesARuntimeThrow) {
  Install(false);
  EXPECT_EQ(Run("try { $262.evalScript('throw \"boom\"'); } catch (e) { print('caught', e); }"), "caught boom\n");
}

// B.3.6: $262.IsHTMLDDA behaves like undefined in ToBoolean, IsLooselyEqual and typeof, and is still an object.
TEST_F(Test262HostTest, IsHTMLDDAEmulatesUndefined) {
  Install(false);
  EXPECT_EQ(Run("var dda = $262.IsHTMLDDA; print(typeof dda, !dda, dda == null, dda == undefined, dda === undefined, "
                "dda() === null, dda('') === null, (dda ?? 'nullish') === dda)"),
            "undefined true true true false true true true\n");
}

TEST_F(Test262HostTest, GcCollects) {
  Install(false);
  const size_t before = agent_.heap().statistics().collections;
  EXPECT_EQ(Run("var o = {a: {b: 1}}; $262.gc(); print(o.a.b)"), "1\n");
  EXPECT_GT(agent_.heap().statistics().collections, before);
}

TEST_F(Test262HostTest, CreateRealmMakesASeparateRealmWithItsOwnHost) {
  Install(false);
  EXPECT_EQ(Run("var other = $262.createRealm(); print(other.global === $262.global);"
                "other.evalScript('var x = 1'); print(typeof x, other.global.x);"
                "var f = other.evalScript('(function () { return this; })'); print(f() === other.global);"
                "print(other.createRealm().global !== other.global);"),
            "false\nundefined 1\ntrue\ntrue\n");
}

TEST_F(Test262HostTest, DetachArrayBufferRejectsANonArrayBuffer) {
  Install(false);
  EXPECT_EQ(Run("try { $262.detachArrayBuffer({}); } catch (e) { print(e.message); }"),
            "$262.detachArrayBuffer: not an ArrayBuffer\n");
}

TEST(Test262HostBuiltinsTest, DetachArrayBufferDetaches) {
  interpreter::Agent agent;
  interpreter::vm::Vm vm(agent, builtins::MakeVmOptions());
  std::ostringstream out;
  std::ostringstream err;
  ASSERT_TRUE(InstallConsole(agent, vm.realm(), vm.realm()->global_object(), out, err).is_normal_completion());
  Test262HostState state;
  ASSERT_TRUE(InstallTest262Host(vm, vm.realm()->global_object(), Test262HostOptions{}, &state).is_normal_completion());
  auto result = vm.EvaluateScript(
      "var buffer = new ArrayBuffer(8); $262.detachArrayBuffer(buffer); print(buffer.detached, buffer.byteLength);"
      "$262.detachArrayBuffer(buffer); print('again');",
      "test262_host_test.js");
  ASSERT_TRUE(result.is_normal_completion());
  EXPECT_EQ(out.str(), "true 0\nagain\n");
}

TEST_F(Test262HostTest, NoAgentAndNoTestHooksByDefault) {
  Install(false);
  EXPECT_EQ(Run("print(typeof $262.agent, typeof $262.crashForTesting, typeof $262.hangForTesting)"),
            "undefined undefined undefined\n");
}

TEST_F(Test262HostTest, TestHooksOnlyWithTheOption) {
  Install(true);
  EXPECT_EQ(Run("print(typeof $262.crashForTesting, typeof $262.hangForTesting)"), "function function\n");
}

TEST_F(Test262HostTest, CrashForTestingAborts) {
  EXPECT_DEATH(
      {
        Install(true);
        Run("$262.crashForTesting()");
      },
      "");
}

}  // namespace
}  // namespace async_runtime::host
