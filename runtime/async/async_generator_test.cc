// Async generators: the request queue, await inside the body, return and throw resumptions, yield* over an
// async iterable, and the ordering of their promise jobs (checked against node 20).
#include "runtime/async/async_generator.h"

#include <gtest/gtest.h>

#include <string>

#include "runtime/builtins/script_test_support.h"

namespace async_runtime::async {
namespace {

class AsyncGeneratorTest : public builtins::BuiltinsScriptTest {
 protected:
  std::string RunAndDrain(const std::string& source) { return BuiltinsScriptTest::RunAndDrain(source, "; "); }
};

TEST_F(AsyncGeneratorTest, YieldsAwaitedValuesInRequestOrder) {
  EXPECT_EQ(RunAndDrain(R"JS(
    async function* g() { log.push('start'); const x = yield 1; log.push('x=' + x); yield await Promise.resolve(2); return 3; }
    const it = g();
    log.push('created');
    it.next('a').then(r => log.push(r.value + '/' + r.done));
    it.next('b').then(r => log.push(r.value + '/' + r.done));
    it.next('c').then(r => log.push(r.value + '/' + r.done));
    it.next('d').then(r => log.push(r.value + '/' + r.done));
  )JS"),
            "created; start; x=b; 1/false; 2/false; 3/true; undefined/true");
}

TEST_F(AsyncGeneratorTest, ReturnAndThrowResumptions) {
  EXPECT_EQ(RunAndDrain(R"JS(
    async function* g() { try { yield 1; yield 2; } finally { log.push('cleanup'); } }
    const it = g();
    it.next().then(r => log.push('n ' + r.value));
    it.return(Promise.resolve(9)).then(r => log.push('r ' + r.value + '/' + r.done));
    const it2 = g();
    it2.throw(new Error('early')).catch(e => log.push('t ' + e.message));
    async function* h() { try { yield 1; } catch (e) { log.push('caught ' + e); yield 'after'; } }
    const it3 = h();
    it3.next().then(() => it3.throw('x')).then(r => log.push('h ' + r.value));
  )JS"),
            "t early; n 1; cleanup; caught x; r 9/true; h after");
}

TEST_F(AsyncGeneratorTest, YieldStarDelegatesToAnAsyncGenerator) {
  EXPECT_EQ(RunAndDrain(R"JS(
    async function* inner() { yield 'a'; const r = yield 'b'; return 'ret ' + r; }
    async function* outer() { const v = yield* inner(); yield v; }
    const it = outer();
    it.next().then(r => log.push(r.value));
    it.next().then(r => log.push(r.value));
    it.next('R').then(r => log.push(r.value));
    it.next().then(r => log.push(r.done));
  )JS"),
            "a; b; ret R; true");
}

TEST_F(AsyncGeneratorTest, ObjectsHaveTheirIntrinsics) {
  EXPECT_EQ(Eval(R"JS(
    async function* g() {}
    const AsyncGeneratorFunction = Object.getPrototypeOf(g).constructor;
    const proto = Object.getPrototypeOf(g.prototype);
    [AsyncGeneratorFunction.name, Object.prototype.toString.call(g()), proto === AsyncGeneratorFunction.prototype.prototype,
     typeof Object.getPrototypeOf(proto)[Symbol.asyncIterator], new AsyncGeneratorFunction('yield 1')().next() instanceof Promise].join()
  )JS"),
            "AsyncGeneratorFunction,[object AsyncGenerator],true,function,true");
}

}  // namespace
}  // namespace async_runtime::async
