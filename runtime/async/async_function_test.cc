// Async functions on suspendable frames: await ordering (the spec's ticks), throws and rejections, a frame
// suspended and resumed many times, a suspended frame collected once unreachable, a suspended frame
// keeping its closure alive.
#include "runtime/async/async_function.h"

#include <gtest/gtest.h>

#include <string>

#include "runtime/builtins/script_test_support.h"

namespace async_runtime::async {
namespace {

class AsyncFunctionTest : public builtins::BuiltinsScriptTest {
 protected:
  std::string RunAndDrain(const std::string& source) { return BuiltinsScriptTest::RunAndDrain(source, "; "); }
};

TEST_F(AsyncFunctionTest, RunsSynchronouslyUntilTheFirstAwait) {
  EXPECT_EQ(RunAndDrain(R"JS(
    async function f(x) { log.push('start ' + x); var y = await x; log.push('got ' + y); return y * 2; }
    f(21).then(v => log.push('result ' + v));
    log.push('sync');
  )JS"),
            "start 21; sync; got 21; result 42");
}

TEST_F(AsyncFunctionTest, ThrowsRejectAndRejectionsThrowAtTheAwait) {
  EXPECT_EQ(RunAndDrain(R"JS(
    async function f() { try { await Promise.reject('bad'); } catch (e) { log.push('caught ' + e); } throw new TypeError('boom'); }
    f().catch(e => log.push('rejected ' + e.message));
    var h = async (a = (() => { throw 'param'; })()) => 1;
    h().catch(e => log.push('param ' + e));
  )JS"),
            "caught bad; param param; rejected boom");
}

TEST_F(AsyncFunctionTest, AwaitTakesOneTickForPromisesAndTwoForThenables) {
  // Await of a native promise: PromiseResolve returns it, one reaction job. A thenable: PromiseResolve makes
  // a promise resolved with it (a NewPromiseResolveThenableJob, whose then fulfills the promise), then
  // Await's reaction job. (Orders checked against node 20.)
  EXPECT_EQ(RunAndDrain(R"JS(
    (async () => { await Promise.resolve(); log.push('promise'); })();
    (async () => { await { then(r) { r(); } }; log.push('thenable'); })();
    Promise.resolve().then(() => log.push('t1')).then(() => log.push('t2')).then(() => log.push('t3'));
  )JS"),
            "promise; t1; thenable; t2; t3");
}

TEST_F(AsyncFunctionTest, AFrameSuspendsAndResumesManyTimes) {
  EXPECT_EQ(RunAndDrain(R"JS(
    async function count() { let sum = 0; for (let i = 0; i < 10000; i++) sum += await i; return sum; }
    count().then(v => log.push(v));
  )JS"),
            "49995000");
}

TEST_F(AsyncFunctionTest, ASuspendedFrameKeepsItsClosureAlive) {
  EXPECT_EQ(RunAndDrain(R"JS(
    var resume;
    (function () {
      var captured = { v: 'alive' };
      (async () => { await new Promise(r => { resume = r; }); log.push(captured.v); })();
    })();
  )JS"),
            "");
  agent_.heap().Collect();
  EXPECT_EQ(Eval("resume(); ''"), "");
  agent_.RunPromiseJobs();
  EXPECT_EQ(Eval("log.join()"), "alive");
}

TEST_F(AsyncFunctionTest, AnUnreachableSuspendedFrameIsCollected) {
  // A frame awaiting a promise nobody can settle is garbage once the promise is unreachable.
  EXPECT_EQ(Eval(R"JS(
    var weak;
    (function () {
      var marker = {};
      weak = new WeakRef(marker);
      (async () => { await new Promise(() => {}); marker.x = 1; })();
    })();
    ''
  )JS"),
            "");
  agent_.RunPromiseJobs();
  agent_.ClearKeptObjects();
  agent_.heap().Collect();
  EXPECT_EQ(Eval("weak.deref() === undefined ? 'collected' : 'alive'"), "collected");
}

TEST_F(AsyncFunctionTest, AsyncFunctionObjectsHaveTheirIntrinsics) {
  EXPECT_EQ(Eval(R"JS(
    async function f() {}
    var AsyncFunction = Object.getPrototypeOf(f).constructor;
    [AsyncFunction.name, AsyncFunction.length, f.hasOwnProperty('prototype'),
     Object.prototype.toString.call(f), Object.getPrototypeOf(AsyncFunction) === Function,
     new AsyncFunction('a', 'return await a')(5) instanceof Promise,
     (async () => {}) instanceof AsyncFunction].join()
  )JS"),
            "AsyncFunction,1,false,[object AsyncFunction],true,true,true");
  EXPECT_EQ(ThrownName("async function f() {} new f()"), "TypeError");
}

}  // namespace
}  // namespace async_runtime::async
