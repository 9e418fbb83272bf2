// The async-iteration built-ins: %AsyncIteratorPrototype%[Symbol.asyncDispose], Async-from-Sync iterators
// (through GetAsyncIterator and Array.fromAsync) and Array.fromAsync's Awaits, closing and settling.
#include <gtest/gtest.h>

#include <string>

#include "runtime/builtins/async_from_sync_iterator.h"
#include "runtime/builtins/script_test_support.h"

namespace async_runtime::builtins {
namespace {

class AsyncIterationBuiltinsTest : public BuiltinsScriptTest {
 protected:
  std::string RunAndDrain(const std::string& source) { return BuiltinsScriptTest::RunAndDrain(source, "; "); }

  // Defines the global `asyncIter` as GetIterator(globalThis[name], async) (the VM has no for-await yet).
  std::string DefineAsyncIterator(const std::string& name) {
    Realm* realm = vm_.realm();
    agent_.set_current_realm(realm);
    heap::Handle<Object> global(agent_.heap(), realm->global_object());
    auto iterable = interpreter::Get(agent_, global, agent_.Key(std::u16string(name.begin(), name.end())));
    if (iterable.is_throw_completion()) return "get threw";
    auto record = GetAsyncIterator(agent_, iterable.value());
    if (record.is_throw_completion()) return "GetAsyncIterator threw";
    Value iterator = Value::FromObject(record.value().iterator());
    if (interpreter::Set(agent_, global, agent_.Key(u"asyncIter"), iterator, true).is_throw_completion()) {
      return "set threw";
    }
    return "ok";
  }
};

TEST_F(AsyncIterationBuiltinsTest, AsyncDisposeCallsReturnAndResolvesUndefined) {
  EXPECT_EQ(DefineAsyncIterator("Array"), "GetAsyncIterator threw");  // not iterable: a TypeError
  Eval("var syncIterable = [1];");
  ASSERT_EQ(DefineAsyncIterator("syncIterable"), "ok");
  EXPECT_EQ(RunAndDrain(R"JS(
    var AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(asyncIter));
    var dispose = AsyncIteratorPrototype[Symbol.asyncDispose];
    log.push(dispose.name, dispose.length);
    var it = Object.create(AsyncIteratorPrototype);
    it.return = function () { log.push('return ' + arguments.length); return { done: true }; };
    it[Symbol.asyncDispose]().then(v => log.push('resolved ' + v));
    Object.create(AsyncIteratorPrototype)[Symbol.asyncDispose]().then(v => log.push('no return ' + v));
    var bad = Object.create(AsyncIteratorPrototype);
    bad.return = function () { throw new Error('boom'); };
    bad[Symbol.asyncDispose]().catch(e => log.push('rejected ' + e.message));
    var rejecting = Object.create(AsyncIteratorPrototype);
    rejecting.return = function () { return Promise.reject('no'); };
    rejecting[Symbol.asyncDispose]().catch(e => log.push('rejected ' + e));
  )JS"),
            "[Symbol.asyncDispose]; 0; return 0; no return undefined; rejected boom; resolved undefined; rejected no");
}

TEST_F(AsyncIterationBuiltinsTest, AsyncFromSyncIteratorNextUnwrapsValues) {
  Eval(R"JS(
    var syncIterable = {
      [Symbol.iterator]() {
        var i = 0;
        return { next(v) { i++; return { value: i == 2 ? Promise.resolve('promised') : 'plain ' + v, done: i > 2 }; } };
      }
    };
  )JS");
  ASSERT_EQ(DefineAsyncIterator("syncIterable"), "ok");
  EXPECT_EQ(RunAndDrain(R"JS(
    var proto = Object.getPrototypeOf(asyncIter);
    log.push(Object.getOwnPropertyNames(proto).join(), proto.next.length, proto.return.length, proto.throw.length);
    asyncIter.next('a').then(r => log.push(r.value + '/' + r.done));
    asyncIter.next().then(r => log.push(r.value + '/' + r.done));
    asyncIter.next('c').then(r => log.push(r.value + '/' + r.done));
  )JS"),
            "next,return,throw; 1; 1; 1; plain a/false; promised/false; plain c/true");
}

TEST_F(AsyncIterationBuiltinsTest, AsyncFromSyncIteratorClosesOnARejectedValue) {
  Eval(R"JS(
    var syncIterable = {
      [Symbol.iterator]() {
        return { next() { return { value: Promise.reject('bad'), done: false }; },
                 return() { log.push('closed'); return {}; } };
      }
    };
  )JS");
  ASSERT_EQ(DefineAsyncIterator("syncIterable"), "ok");
  EXPECT_EQ(RunAndDrain("asyncIter.next().catch(e => log.push('rejected ' + e));"), "closed; rejected bad");
}

TEST_F(AsyncIterationBuiltinsTest, AsyncFromSyncIteratorReturnAndThrow) {
  Eval(R"JS(
    var withMethods = {
      [Symbol.iterator]() {
        return { next() { return { value: 1, done: false }; },
                 return(v) { log.push('return ' + arguments.length + ' ' + v); return { value: Promise.resolve('r'), done: true }; },
                 throw(e) { log.push('throw ' + e); return 5; } };
      }
    };
    var without = {
      [Symbol.iterator]() {
        return { next() { return { value: 1, done: false }; },
                 get return() { log.push('get return'); return undefined; } };
      }
    };
  )JS");
  ASSERT_EQ(DefineAsyncIterator("withMethods"), "ok");
  EXPECT_EQ(RunAndDrain(R"JS(
    asyncIter.return('x').then(r => log.push(r.value + '/' + r.done));
    asyncIter.return().then(r => log.push(r.value + '/' + r.done));
    asyncIter.throw('e').catch(e => log.push(e.constructor.name));
  )JS"),
            "return 1 x; return 0 undefined; throw e; TypeError; r/true; r/true");
  ASSERT_EQ(DefineAsyncIterator("without"), "ok");
  EXPECT_EQ(RunAndDrain(R"JS(
    asyncIter.return('v').then(r => log.push(r.value + '/' + r.done));
    asyncIter.throw('e').catch(e => log.push(e.constructor.name));
  )JS"),
            "get return; get return; v/true; TypeError");
}

TEST_F(AsyncIterationBuiltinsTest, AsyncFromSyncIteratorPoisonedResults) {
  // A value promise whose "constructor" getter throws makes PromiseResolve throw: next() closes the sync
  // iterator (closeOnRejection) and rejects with that error; return() does not close. A throw() on an
  // iterator without one closes it, and a non-object from its return() rejects with a TypeError.
  Eval(R"JS(
    function poisoned() {
      var p = Promise.resolve('FAIL');
      Object.defineProperty(p, 'constructor', { get() { throw 'poisoned'; } });
      return p;
    }
    var syncIterable = {
      [Symbol.iterator]() {
        return { next() { return { value: poisoned(), done: false }; },
                 return() { log.push('closed'); if (arguments.length) return { value: poisoned(), done: false }; return 2; },
                 get done() { throw 'unused'; } };
      }
    };
  )JS");
  ASSERT_EQ(DefineAsyncIterator("syncIterable"), "ok");
  EXPECT_EQ(RunAndDrain(R"JS(
    asyncIter.next().catch(e => log.push('next ' + e));
    asyncIter.return('x').catch(e => log.push('return ' + e));
    asyncIter.throw('e').catch(e => log.push('throw ' + e.constructor.name));
  )JS"),
            "closed; closed; closed; next poisoned; return poisoned; throw TypeError");
  Eval(R"JS(
    var poisonedDone = {
      [Symbol.iterator]() {
        return { next() { return { get done() { throw 'done getter'; }, value: 1 }; },
                 return() { log.push('not closed'); return {}; } };
      }
    };
  )JS");
  ASSERT_EQ(DefineAsyncIterator("poisonedDone"), "ok");
  EXPECT_EQ(RunAndDrain("asyncIter.next().catch(e => log.push(e));"), "done getter");
}

TEST_F(AsyncIterationBuiltinsTest, ArrayFromAsyncOverIterablesAndArrayLikes) {
  EXPECT_EQ(RunAndDrain("log.push(Array.fromAsync.length, Array.fromAsync.name);"), "1; fromAsync");
  EXPECT_EQ(RunAndDrain("Array.fromAsync([1, Promise.resolve(2), 3]).then(a => log.push(a.join(), Array.isArray(a)));"),
            "1,2,3; true");
  EXPECT_EQ(RunAndDrain("Array.fromAsync({ length: 2, 0: 'a', 1: Promise.resolve('b') }).then(a => log.push(a.join()));"),
            "a,b");
  EXPECT_EQ(RunAndDrain("Array.fromAsync('xy', async (v, i) => v + i).then(a => log.push(a.join()));"), "x0,y1");
  EXPECT_EQ(RunAndDrain(R"JS(
    var asyncIterable = {
      [Symbol.asyncIterator]() {
        var i = 0;
        return { next() { i++; return Promise.resolve({ value: i, done: i > 3 }); } };
      }
    };
    Array.fromAsync(asyncIterable, function (v) { return v * this.factor; }, { factor: 10 })
      .then(a => log.push(a.join()));
  )JS"),
            "10,20,30");
}

TEST_F(AsyncIterationBuiltinsTest, ArrayFromAsyncRejectsInsteadOfThrowing) {
  EXPECT_EQ(RunAndDrain(R"JS(
    Array.fromAsync([1], 'not callable').catch(e => log.push('mapper ' + e.constructor.name));
    Array.fromAsync(null).catch(e => log.push('null ' + e.constructor.name));
    Array.fromAsync([Promise.reject('no')]).catch(e => log.push('element ' + e));
    Array.fromAsync({ length: 1, 0: Promise.reject('no') }).catch(e => log.push('arraylike ' + e));
    log.push('sync');
  )JS"),
            "sync; mapper TypeError; null TypeError; arraylike no; element no");
}

TEST_F(AsyncIterationBuiltinsTest, ArrayFromAsyncClosesTheIteratorWhenTheMapperFails) {
  EXPECT_EQ(RunAndDrain(R"JS(
    function iterable(name, returnResult) {
      return {
        [Symbol.asyncIterator]() {
          return { next() { return Promise.resolve({ value: name, done: false }); },
                   return() { log.push(name + ' closed ' + arguments.length); return returnResult; } };
        }
      };
    }
    Array.fromAsync(iterable('throws', {}), () => { throw 'mapper threw'; }).catch(e => log.push(e));
    Array.fromAsync(iterable('rejects', Promise.reject('ignored')), async () => { throw 'mapper rejected'; })
      .catch(e => log.push(e));
  )JS"),
            "throws closed 0; rejects closed 0; mapper threw; mapper rejected");
}

TEST_F(AsyncIterationBuiltinsTest, ArrayFromAsyncUsesTheThisConstructor) {
  EXPECT_EQ(RunAndDrain(R"JS(
    function C() { log.push('C ' + arguments.length + ' ' + arguments[0]); }
    Array.fromAsync.call(C, [1, 2]).then(a => log.push('iterable ' + (a instanceof C) + ' ' + a.length + ' ' + a[1]));
    Array.fromAsync.call(C, { length: 1, 0: 'x' }).then(a => log.push('arraylike ' + (a instanceof C) + ' ' + a[0]));
    Array.fromAsync.call({}, [1]).then(a => log.push('plain ' + Array.isArray(a)));
  )JS"),
            "C 0 undefined; C 1 1; arraylike true x; plain true; iterable true 2 2");
}

TEST_F(AsyncIterationBuiltinsTest, ArrayFromAsyncAwaitsEachStepOnce) {
  // An async iterable whose next() returns a fulfilled promise: one tick for Await(nextResult) per element,
  // and for an async mapper one more for Await(mappedValue). (Orders as in V8.)
  EXPECT_EQ(RunAndDrain(R"JS(
    var asyncIterable = {
      [Symbol.asyncIterator]() {
        var i = 0;
        return { next() { i++; return Promise.resolve({ value: i, done: i > 2 }); } };
      }
    };
    Array.fromAsync(asyncIterable).then(() => log.push('done'));
    Promise.resolve().then(() => log.push('t1')).then(() => log.push('t2')).then(() => log.push('t3'))
      .then(() => log.push('t4')).then(() => log.push('t5'));
  )JS"),
            "t1; t2; t3; done; t4; t5");
}

}  // namespace
}  // namespace async_runtime::builtins
