#include "runtime/host/console.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/primitive_string.h"
#include "runtime/interpreter/vm/vm.h"

namespace async_runtime::host {
namespace {

using interpreter::Value;

class ConsoleTest : public ::testing::Test {
 protected:
  ConsoleTest() : vm_(agent_) {
    auto installed = InstallConsole(agent_, vm_.realm(), vm_.realm()->global_object(), out_, err_);
    EXPECT_TRUE(installed.is_normal_completion());
  }

  // Runs `source`; returns "" or "threw <uncaught text>".
  std::string Run(const std::string& source) {
    auto result = vm_.EvaluateScript(source, "console_test.js");
    if (result.is_throw_completion()) return "threw " + DescribeUncaught(agent_, result.thrown_value());
    return "";
  }

  std::string FormatConsole(Value value) {
    auto text = FormatConsoleValue(agent_, value);
    return text.is_throw_completion() ? "threw" : text.value();
  }

  interpreter::Agent agent_;
  interpreter::vm::Vm vm_;
  std::ostringstream out_;
  std::ostringstream err_;
};

TEST_F(ConsoleTest, PrintJoinsToStringOfArgumentsWithSpaces) {
  EXPECT_EQ(Run("print('a', 1, true, null, undefined, 1.5, -0, 1e21, NaN)"), "");
  EXPECT_EQ(out_.str(), "a 1 true null undefined 1.5 0 1e+21 NaN\n");
  EXPECT_EQ(err_.str(), "");
}

TEST_F(ConsoleTest, PrintWithoutArgumentsPrintsAnEmptyLine) {
  EXPECT_EQ(Run("print(); print('x')"), "");
  EXPECT_EQ(out_.str(), "\nx\n");
}

TEST_F(ConsoleTest, PrintUsesUserToStringAndPropagatesItsThrow) {
  EXPECT_EQ(Run("print({toString() { return 'custom'; }})"), "");
  EXPECT_EQ(out_.str(), "custom\n");
  EXPECT_EQ(Run("print({toString() { throw 'boom'; }})"), "threw Uncaught boom");
}

TEST_F(ConsoleTest, PrintOfAPlainObjectThrowsUntilObjectPrototypeHasToString) {
  // %Object.prototype% has no toString/valueOf yet, so ToString throws.
  EXPECT_EQ(Run("print({})").rfind("threw Uncaught TypeError", 0), 0u) << Run("print({})");
  EXPECT_EQ(out_.str(), "");
}

TEST_F(ConsoleTest, ConsoleLogAndErrorGoToTheirStreams) {
  EXPECT_EQ(Run("console.log('out', 1); console.error('err', 2)"), "");
  EXPECT_EQ(out_.str(), "out 1\n");
  EXPECT_EQ(err_.str(), "err 2\n");
}

TEST_F(ConsoleTest, ConsoleLogFormatsObjectsWithoutThrowing) {
  EXPECT_EQ(Run("console.log({}, function f() {}, [1, 2], {toString() { return 'T'; }}, {valueOf() { return 7; }})"),
            "");
  EXPECT_EQ(out_.str(), "[object Object] [object Function] [object Object] T 7\n");
}

TEST_F(ConsoleTest, ConsoleLogFormatsErrorsAsNameAndMessage) {
  EXPECT_EQ(Run("try { null.x; } catch (e) { console.log(e); }"), "");
  EXPECT_EQ(out_.str().rfind("TypeError: ", 0), 0u) << out_.str();
  EXPECT_EQ(Run("try { missing; } catch (e) { e.name = 'Custom'; console.log(e); }"), "");
  EXPECT_NE(out_.str().find("\nCustom: missing is not defined\n"), std::string::npos) << out_.str();
}

TEST_F(ConsoleTest, FormatConsoleValueOfPrimitives) {
  EXPECT_EQ(FormatConsole(Value::Undefined()), "undefined");
  EXPECT_EQ(FormatConsole(Value::Null()), "null");
  EXPECT_EQ(FormatConsole(Value::Number(42)), "42");
  EXPECT_EQ(FormatConsole(Value::NaN()), "NaN");
}

TEST_F(ConsoleTest, DescribeUncaughtErrors) {
  auto thrown = vm_.EvaluateScript("undefined.foo", "t.js");
  ASSERT_TRUE(thrown.is_throw_completion());
  EXPECT_EQ(DescribeUncaught(agent_, thrown.thrown_value()).rfind("Uncaught TypeError: ", 0), 0u);

  interpreter::RootedValue range(
      agent_.heap(), Value::FromObject(interpreter::CreateError(agent_, interpreter::ErrorKind::kRangeError, u"deep")));
  EXPECT_EQ(DescribeUncaught(agent_, range.get()), "Uncaught RangeError: deep");
  interpreter::RootedValue empty(
      agent_.heap(), Value::FromObject(interpreter::CreateError(agent_, interpreter::ErrorKind::kError, u"")));
  EXPECT_EQ(DescribeUncaught(agent_, empty.get()), "Uncaught Error");
}

TEST_F(ConsoleTest, DescribeUncaughtNonErrors) {
  EXPECT_EQ(Run("throw 42"), "threw Uncaught 42");
  EXPECT_EQ(Run("throw 'text'"), "threw Uncaught text");
  EXPECT_EQ(Run("throw {}"), "threw Uncaught [object Object]");
  EXPECT_EQ(Run("throw {toString() { throw 1; }}"), "threw Uncaught <value that could not be converted to a string>");
}

TEST_F(ConsoleTest, ErrorNamePrefersTheNameProperty) {
  EXPECT_EQ(Run("try { missing; } catch (e) { e.name = 'Mine'; throw e; }"), "threw Uncaught Mine: missing is not defined");
  EXPECT_EQ(Run("try { missing; } catch (e) { e.constructor = {name: 'Ctor'}; throw e; }"),
            "threw Uncaught Ctor: missing is not defined");
}

TEST(ConsoleGcStressTest, InstallAndPrintSurviveCollectionAtEveryAllocation) {
  heap::HeapOptions options;
  options.gc_stress = true;
  interpreter::Agent agent(options);
  interpreter::vm::Vm vm(agent);
  std::ostringstream out, err;
  ASSERT_TRUE(InstallConsole(agent, vm.realm(), vm.realm()->global_object(), out, err).is_normal_completion());
  auto result = vm.EvaluateScript(
      "var s = ''; for (var i = 0; i < 20; i++) s += i; print(s, {toString() { return 'o' + 1; }});"
      " console.log({}, 'x' + 2); try { null.y } catch (e) { console.error(e.message.length > 0, e) }",
      "stress.js");
  ASSERT_TRUE(result.is_normal_completion()) << DescribeUncaught(agent, result.thrown_value());
  EXPECT_EQ(out.str(), "012345678910111213141516171819 o1\n[object Object] x2\n");
  EXPECT_EQ(err.str().rfind("true TypeError: ", 0), 0u) << err.str();
  EXPECT_GT(agent.heap().statistics().collections, 10u);
}

}  // namespace
}  // namespace async_runtime::host
