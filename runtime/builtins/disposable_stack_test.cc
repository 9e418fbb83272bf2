// SuppressedError, DisposableStack, AsyncDisposableStack and
// %Iterator.prototype%[%Symbol.dispose%] through scripts; the tick order of
// disposeAsync is checked against the same steps written as an async function.
#include "runtime/builtins/disposable_stack.h"

#include <gtest/gtest.h>

#include <string>

#include "runtime/builtins/script_test_support.h"

namespace async_runtime::builtins {
namespace {

class DisposableStackTest : public BuiltinsScriptTest {};

TEST_F(DisposableStackTest, SuppressedErrorConstructor) {
  EXPECT_EQ(Eval(R"JS(
    var e = new SuppressedError(1, 2, 'm');
    [e instanceof SuppressedError, e instanceof Error, e.error, e.suppressed, e.message, e.name,
     Object.prototype.toString.call(e), Object.getOwnPropertyNames(e).sort().join('/'),
     Object.getOwnPropertyDescriptor(e, 'error').enumerable, SuppressedError.length,
     Object.getPrototypeOf(SuppressedError) === Error,
     Object.getPrototypeOf(SuppressedError.prototype) === Error.prototype,
     SuppressedError.prototype.message === '', SuppressedError(1, 2).hasOwnProperty('message'),
     String(new SuppressedError(0, 0, 'x'))].join();
  )JS"),
            "true,true,1,2,m,SuppressedError,[object Error],error/message/suppressed,false,3,true,true,true,false,"
            "SuppressedError: x");
  EXPECT_EQ(Eval(R"JS(
    class MyError extends SuppressedError {}
    var e = new MyError('a', 'b');
    [e instanceof MyError, e.error, e.suppressed].join();
  )JS"),
            "true,a,b");
}

TEST_F(DisposableStackTest, DisposesInReverseOrderOnce) {
  EXPECT_EQ(Eval(R"JS(
    'use strict';
    var log = [];
    var stack = new DisposableStack();
    var resource = { [Symbol.dispose]() { log.push('use:' + (this === resource)); } };
    stack.defer(function () { log.push('defer:' + (this === undefined) + arguments.length); });
    log.push(stack.use(resource) === resource);
    stack.use(null);
    stack.use(undefined);
    log.push(stack.adopt(7, function (v) { log.push('adopt:' + v + (this === undefined)); }));
    log.push(stack.disposed);
    log.push(stack.dispose());
    log.push(stack.disposed);
    stack.dispose();
    log.join();
  )JS"),
            "true,7,false,adopt:7true,use:true,defer:true0,,true");
}

TEST_F(DisposableStackTest, ErrorsAreChainedThroughSuppressedError) {
  EXPECT_EQ(Eval(R"JS(
    var stack = new DisposableStack();
    stack.defer(() => { throw 'first-added'; });
    stack.defer(() => {});
    stack.defer(() => { throw 'second-added'; });
    stack.defer(() => { throw 'third-added'; });
    var caught;
    try { stack.dispose(); } catch (e) { caught = e; }
    [caught instanceof SuppressedError, caught.error, caught.suppressed instanceof SuppressedError,
     caught.suppressed.error, caught.suppressed.suppressed, caught.hasOwnProperty('message')].join();
  )JS"),
            "true,first-added,true,second-added,third-added,false");
}

TEST_F(DisposableStackTest, ErrorsOfTheMethods) {
  EXPECT_EQ(ThrownName("new DisposableStack().use(1)"), "TypeError");
  EXPECT_EQ(ThrownName("new DisposableStack().use({})"), "TypeError");
  EXPECT_EQ(ThrownName("new DisposableStack().use({ [Symbol.dispose]: 1 })"), "TypeError");
  EXPECT_EQ(ThrownName("new DisposableStack().defer(1)"), "TypeError");
  EXPECT_EQ(ThrownName("new DisposableStack().adopt(1, 1)"), "TypeError");
  EXPECT_EQ(ThrownName("DisposableStack()"), "TypeError");
  EXPECT_EQ(ThrownName("DisposableStack.prototype.dispose.call({})"), "TypeError");
  EXPECT_EQ(ThrownName("DisposableStack.prototype.use.call(new AsyncDisposableStack(), null)"), "TypeError");
  EXPECT_EQ(ThrownName("Object.getOwnPropertyDescriptor(DisposableStack.prototype, 'disposed').get.call(1)"),
            "TypeError");
  EXPECT_EQ(ThrownName("var s = new DisposableStack(); s.dispose(); s.use(null)"), "ReferenceError");
  EXPECT_EQ(ThrownName("var s = new DisposableStack(); s.dispose(); s.defer(() => {})"), "ReferenceError");
  EXPECT_EQ(ThrownName("var s = new DisposableStack(); s.dispose(); s.adopt(1, () => {})"), "ReferenceError");
  EXPECT_EQ(ThrownName("var s = new DisposableStack(); s.dispose(); s.move()"), "ReferenceError");
  // The dispose method is read once, when the resource is added.
  EXPECT_EQ(Eval(R"JS(
    var log = [];
    var resource = { [Symbol.dispose]() { log.push('old'); } };
    var stack = new DisposableStack();
    stack.use(resource);
    resource[Symbol.dispose] = function () { log.push('new'); };
    stack.dispose();
    log.join();
  )JS"),
            "old");
}

TEST_F(DisposableStackTest, MoveTransfersTheResources) {
  EXPECT_EQ(Eval(R"JS(
    var log = [];
    class MyStack extends DisposableStack {}
    var stack = new MyStack();
    stack.defer(() => log.push('a'));
    var moved = stack.move();
    log.push(stack.disposed, moved.disposed, Object.getPrototypeOf(moved) === DisposableStack.prototype);
    stack.dispose();
    log.push('-');
    moved.dispose();
    log.join();
  )JS"),
            "true,false,true,-,a");
}

TEST_F(DisposableStackTest, PrototypeProperties) {
  EXPECT_EQ(Eval(std::string(kDescribe) + R"JS(
    var p = DisposableStack.prototype;
    [p[Symbol.dispose] === p.dispose, describe(p, 'adopt'), describe(p, 'defer'), describe(p, 'dispose'),
     describe(p, 'move'), describe(p, 'use'), describe(p, 'disposed'), describe(p, Symbol.toStringTag),
     p[Symbol.toStringTag], Object.prototype.toString.call(new DisposableStack()), DisposableStack.length,
     Object.getOwnPropertyDescriptor(p, 'disposed').get.name].join();
  )JS"),
            "true,2|adopt|WeC,1|defer|WeC,0|dispose|WeC,0|move|WeC,1|use|WeC,GseC,weC,DisposableStack,"
            "[object DisposableStack],0,get disposed");
  EXPECT_EQ(Eval(std::string(kDescribe) + R"JS(
    var p = AsyncDisposableStack.prototype;
    [p[Symbol.asyncDispose] === p.disposeAsync, describe(p, 'adopt'), describe(p, 'defer'),
     describe(p, 'disposeAsync'), describe(p, 'move'), describe(p, 'use'), describe(p, 'disposed'),
     p[Symbol.toStringTag], AsyncDisposableStack.length].join();
  )JS"),
            "true,2|adopt|WeC,1|defer|WeC,0|disposeAsync|WeC,0|move|WeC,1|use|WeC,GseC,AsyncDisposableStack,0");
}

TEST_F(DisposableStackTest, DisposeAsyncAwaitsEachResourceInReverseOrder) {
  EXPECT_EQ(RunAndDrain(R"JS(
    var stack = new AsyncDisposableStack();
    stack.use({ [Symbol.asyncDispose]() { log.push('a'); } });
    stack.adopt('v', v => { log.push('adopt:' + v); return Promise.resolve(); });
    stack.defer(() => { log.push('b'); });
    var promise = stack.disposeAsync();
    log.push('sync', promise instanceof Promise, stack.disposed);
    promise.then(v => log.push('done:' + v));
  )JS"),
            "b,sync,true,true,adopt:v,a,done:undefined");
}

TEST_F(DisposableStackTest, DisposeAsyncTicksMatchAnAsyncFunction) {
  const char* kTicks = R"JS(
    Promise.resolve().then(() => log.push('t1')).then(() => log.push('t2')).then(() => log.push('t3'))
        .then(() => log.push('t4')).then(() => log.push('t5')).then(() => log.push('t6'));
  )JS";
  // Two async resources, a null resource and a resource with only [Symbol.dispose]: on an
  // AsyncDisposableStack it is an async-dispose resource whose method (GetDisposeMethod's wrapper) returns a
  // resolved promise, which is awaited; the null resource's needsAwait is then covered by that Await.
  std::string stack_log = RunAndDrain(std::string(R"JS(
    var stack = new AsyncDisposableStack();
    stack.use({ [Symbol.dispose]() { log.push('sync'); } });
    stack.use(null);
    stack.use({ [Symbol.asyncDispose]() { log.push('a'); } });
    stack.defer(() => { log.push('b'); });
    stack.disposeAsync().then(() => log.push('done'));
  )JS") + kTicks);
  std::string function_log = RunAndDrain(std::string(R"JS(
    async function dispose() {
      log.push('b'); await undefined;
      log.push('a'); await undefined;
      log.push('sync'); await undefined;
    }
    dispose().then(() => log.push('done'));
  )JS") + kTicks);
  EXPECT_EQ(stack_log, function_log);
  // A null resource first (disposed last): its needsAwait is covered by the later Await.
  std::string null_log = RunAndDrain(std::string(R"JS(
    var stack = new AsyncDisposableStack();
    stack.use({ [Symbol.dispose]() { log.push('sync'); } });
    stack.use(undefined);
    stack.disposeAsync().then(() => log.push('done'));
  )JS") + kTicks);
  std::string null_function_log = RunAndDrain(std::string(R"JS(
    async function dispose() { log.push('sync'); await undefined; }
    dispose().then(() => log.push('done'));
  )JS") + kTicks);
  EXPECT_EQ(null_log, null_function_log);
  // Only null resources: a single Await at the end (step 5).
  std::string only_null_log = RunAndDrain(std::string(R"JS(
    var stack = new AsyncDisposableStack();
    stack.use(null);
    stack.use(undefined);
    stack.disposeAsync().then(() => log.push('done'));
  )JS") + kTicks);
  std::string only_null_function_log = RunAndDrain(std::string(R"JS(
    async function dispose() { await undefined; }
    dispose().then(() => log.push('done'));
  )JS") + kTicks);
  EXPECT_EQ(only_null_log, only_null_function_log);
  // An empty stack settles without an Await.
  std::string empty_log = RunAndDrain(std::string("new AsyncDisposableStack().disposeAsync().then(() => log.push('done'));") + kTicks);
  std::string empty_function_log = RunAndDrain(std::string("(async function () {})().then(() => log.push('done'));") + kTicks);
  EXPECT_EQ(empty_log, empty_function_log);
}

TEST_F(DisposableStackTest, DisposeAsyncRejections) {
  EXPECT_EQ(RunAndDrain(R"JS(
    var stack = new AsyncDisposableStack();
    stack.defer(() => Promise.reject('first'));
    stack.defer(() => { throw 'second'; });
    stack.use({ [Symbol.dispose]() { throw 'sync-throw'; } });
    stack.disposeAsync().then(() => log.push('fulfilled'), e => {
      log.push(e instanceof SuppressedError, e.error, e.suppressed.error, e.suppressed.suppressed);
    });
  )JS"),
            "true,first,second,sync-throw");
  EXPECT_EQ(RunAndDrain(R"JS(
    AsyncDisposableStack.prototype.disposeAsync.call({}).then(null, e => log.push(e instanceof TypeError));
    var stack = new AsyncDisposableStack();
    stack.disposeAsync();
    stack.disposeAsync().then(v => log.push('again:' + v));
    try { stack.use(null); } catch (e) { log.push(e instanceof ReferenceError); }
    try { new AsyncDisposableStack().use(1); } catch (e) { log.push(e instanceof TypeError); }
    try { new AsyncDisposableStack().use({}); } catch (e) { log.push(e instanceof TypeError); }
  )JS"),
            "true,true,true,true,again:undefined");
}

TEST_F(DisposableStackTest, AsyncMoveTransfersTheResources) {
  EXPECT_EQ(RunAndDrain(R"JS(
    var stack = new AsyncDisposableStack();
    stack.defer(() => log.push('a'));
    var moved = stack.move();
    log.push(stack.disposed, moved.disposed);
    stack.disposeAsync().then(() => log.push('first'));
    moved.disposeAsync().then(() => log.push('moved'));
  )JS"),
            "true,false,a,first,moved");
}

TEST_F(DisposableStackTest, IteratorPrototypeDisposeCallsReturn) {
  EXPECT_EQ(Eval(std::string(kDescribe) + R"JS(
    var log = [];
    var IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
    var iterator = Object.create(IteratorPrototype);
    iterator.return = function () { log.push(this === iterator, arguments.length); return {}; };
    log.push(iterator[Symbol.dispose]());
    log.push(Object.create(IteratorPrototype)[Symbol.dispose]());
    log.push(describe(IteratorPrototype, Symbol.dispose));
    log.join();
  )JS"),
            "true,0,,,0|[Symbol.dispose]|WeC");
  EXPECT_EQ(ThrownName(R"JS(
    var IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
    IteratorPrototype[Symbol.dispose].call({ return: 1 });
  )JS"),
            "TypeError");
}

}  // namespace
}  // namespace async_runtime::builtins
