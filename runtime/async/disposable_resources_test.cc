// using and await using declarations: resources disposed in reverse order on every way out of their scope,
// disposal errors replacing or suppressing the scope's completion, and the Awaits of await using.
#include "runtime/async/disposable_resources.h"

#include <gtest/gtest.h>

#include <string>

#include "runtime/builtins/script_test_support.h"

namespace async_runtime::async {
namespace {

class DisposableResourcesTest : public builtins::BuiltinsScriptTest {
 protected:
  std::string RunAndDrain(const std::string& source) {
    return BuiltinsScriptTest::RunAndDrain(
        "function res(name, fail) { return { [Symbol.dispose]() { log.push('dispose ' + name); if (fail) throw name; } }; }\n" +
            source,
        "; ");
  }
};

TEST_F(DisposableResourcesTest, UsingDisposesInReverseOrderOnEveryExit) {
  EXPECT_EQ(RunAndDrain(R"JS(
    { using a = res('a'), b = res('b'); using c = null; log.push('body'); }
    function f() { using x = res('x'); return 'returned'; }
    log.push(f());
    for (const i of [1]) { using y = res('y'); break; }
    for (using z of [res('z1'), res('z2')]) { log.push('iteration'); if (log.length > 100) break; }
    let n = 0;
    for (using r = res('r'); n < 2; n++) log.push('loop ' + n);
  )JS"),
            "body; dispose b; dispose a; dispose x; returned; dispose y; iteration; dispose z1; iteration; dispose z2; "
            "loop 0; loop 1; dispose r");
}

TEST_F(DisposableResourcesTest, DisposalErrorsBecomeSuppressedErrors) {
  EXPECT_EQ(RunAndDrain(R"JS(
    try { using a = res('a', true), b = res('b', true); throw 'body'; } catch (e) {
      log.push(e.constructor.name + ' error=' + e.error + ' suppressed=' + e.suppressed.constructor.name +
               '(' + e.suppressed.error + ',' + e.suppressed.suppressed + ')');
    }
    try { using z = {}; } catch (e) { log.push(e.constructor.name); }
  )JS"),
            "dispose b; dispose a; SuppressedError error=a suppressed=SuppressedError(b,body); TypeError");
}

TEST_F(DisposableResourcesTest, AwaitUsingAwaitsEachDisposal) {
  EXPECT_EQ(RunAndDrain(R"JS(
    (async () => {
      {
        await using a = { async [Symbol.asyncDispose]() { log.push('async dispose a'); } };
        await using b = res('b');
        log.push('body');
      }
      log.push('after block');
    })();
    log.push('sync');
  )JS"),
            "body; dispose b; sync; async dispose a; after block");
}

}  // namespace
}  // namespace async_runtime::async
