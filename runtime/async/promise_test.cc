// (Orders checked against node 20 where it has the built-ins.)
// The Promise engine through scripts: the order in which reaction and
// thenable jobs run (the spec's exact number of ticks), the rejection
// tracker's "reject"/"handle" calls, jobs that stay alive only through the
// agent's queue, and the realm a job runs in.
#include "runtime/async/promise.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "runtime/builtins/script_test_support.h"

namespace async_runtime::async {
namespace {

using interpreter::RejectionOperation;

class PromiseTest : public builtins::BuiltinsScriptTest {};

TEST_F(PromiseTest, ReactionsRunAsJobsAfterTheScriptInOrder) {
  EXPECT_EQ(RunAndDrain(R"JS(
    Promise.resolve(1).then(v => log.push('a' + v));
    Promise.resolve(2).then(v => log.push('b' + v));
    log.push('sync');
  )JS"),
            "sync,a1,b2");
  EXPECT_EQ(agent_.pending_promise_job_count(), 0u);
}

TEST_F(PromiseTest, ChainedReactionsInterleaveOneTickPerStep) {
  EXPECT_EQ(RunAndDrain(R"JS(
    var p = Promise.resolve();
    p.then(() => log.push('a1')).then(() => log.push('a2')).then(() => log.push('a3'));
    p.then(() => log.push('b1')).then(() => log.push('b2'));
  )JS"),
            "a1,b1,a2,b2,a3");
}

TEST_F(PromiseTest, ResolvingWithAThenableTakesTwoExtraTicks) {
  // NewPromiseResolveThenableJob, then the thenable's own reaction job: a promise resolved with another
  // promise settles two ticks after a promise resolved with a plain value.
  EXPECT_EQ(RunAndDrain(R"JS(
    new Promise(r => r(Promise.resolve('inner'))).then(v => log.push(v));
    Promise.resolve().then(() => log.push('t1')).then(() => log.push('t2')).then(() => log.push('t3'));
  )JS"),
            "t1,t2,inner,t3");
}

TEST_F(PromiseTest, ExecutorThrowRejectsAndSelfResolutionIsATypeError) {
  EXPECT_EQ(RunAndDrain(R"JS(
    new Promise(() => { throw 'boom'; }).catch(e => log.push('caught ' + e));
    var self; self = new Promise(r => Promise.resolve().then(() => r(self)));
    self.catch(e => log.push(e.constructor.name));
  )JS"),
            "caught boom,TypeError");
}

TEST_F(PromiseTest, CombinatorsSettleWithTheSpecShapes) {
  EXPECT_EQ(RunAndDrain(R"JS(
    Promise.all([1, Promise.resolve(2), { then(r) { r(3); } }]).then(v => log.push('all ' + v.join('/')));
    Promise.allSettled([1, Promise.reject('x')]).then(v => log.push('settled ' + v.map(o => o.status).join('/')));
    Promise.any([Promise.reject(1), Promise.reject(2)]).catch(e => log.push(e.constructor.name + ' ' + e.errors.join('/')));
    Promise.race([new Promise(() => {}), Promise.resolve('r')]).then(v => log.push('race ' + v));
    Promise.try((a, b) => a + b, 2, 3).then(v => log.push('try ' + v));
    var w = Promise.withResolvers(); w.promise.then(v => log.push('with ' + v)); w.resolve('ok');
    Promise.reject('f').finally(() => log.push('finally')).catch(e => log.push('after ' + e));
  )JS"),
            "try 5,with ok,finally,settled fulfilled/rejected,AggregateError 1/2,race r,all 1/2/3,after f");
}

TEST_F(PromiseTest, RejectionTrackerSeesRejectThenHandle) {
  std::vector<std::pair<std::string, RejectionOperation>> calls;
  agent_.host_hooks().promise_rejection_tracker = [&](Object* promise, RejectionOperation operation) {
    interpreter::RootedValue keep(agent_.heap(), Value::FromObject(promise));
    auto tag = interpreter::Get(agent_, promise, agent_.Key(u"tag"));
    calls.emplace_back(tag.is_normal_completion() && tag.value().IsString() ? tag.value().AsString()->ToUtf8() : "?",
                       operation);
  };
  EXPECT_EQ(RunAndDrain(R"JS(
    var p = Promise.reject(1); p.tag = 'late';
    var q = Promise.reject(2); q.tag = 'early';
    q.catch(() => {});
    Promise.resolve().then(() => p.catch(() => log.push('handled late')));
  )JS"),
            "handled late");
  // "reject" for each promise as Promise.reject rejects it (before the tags are set), then "handle" when a
  // handler is added to the already rejected q (synchronously) and p (in a job).
  ASSERT_EQ(calls.size(), 4u);
  EXPECT_EQ(calls[0].second, RejectionOperation::kReject);
  EXPECT_EQ(calls[1].second, RejectionOperation::kReject);
  EXPECT_EQ(calls[2].first, "early");
  EXPECT_EQ(calls[2].second, RejectionOperation::kHandle);
  EXPECT_EQ(calls[3].first, "late");
  EXPECT_EQ(calls[3].second, RejectionOperation::kHandle);
}

TEST_F(PromiseTest, QueuedJobsKeepTheirCapturesAliveAcrossCollections) {
  EXPECT_EQ(Eval("var log = []; (function () { var o = { v: 'kept' }; Promise.resolve(o).then(x => log.push(x.v)); })(); ''"),
            "");
  EXPECT_EQ(agent_.pending_promise_job_count(), 1u);
  agent_.heap().Collect();
  agent_.RunPromiseJobs();
  EXPECT_EQ(Eval("log.join()"), "kept");
}

TEST_F(PromiseTest, HostIsToldOfEveryEnqueuedJob) {
  int enqueued = 0;
  agent_.host_hooks().promise_job_enqueued = [&] { ++enqueued; };
  EXPECT_EQ(RunAndDrain("Promise.resolve().then(() => 1).then(() => 2);"), "");
  // The first reaction is queued by the script, the second by the first job, the third resolves nothing new.
  EXPECT_EQ(enqueued, 2);
}

TEST_F(PromiseTest, AbruptJobsAreReportedToTheHost) {
  // A user-defined capability whose resolve throws makes the reaction job complete abruptly.
  EXPECT_EQ(Eval(R"JS(
    var log = [];
    class Bad extends Promise { constructor(ex) { super(ex); } }
    var p = Promise.resolve(1);
    p.constructor = { [Symbol.species]: function (ex) { ex(() => { throw 'resolve threw'; }, () => {}); } };
    p.then(v => v);
    ''
  )JS"),
            "");
  std::vector<std::string> thrown;
  agent_.RunPromiseJobs([&](Value value) {
    thrown.push_back(value.IsString() ? value.AsString()->ToUtf8() : "?");
  });
  ASSERT_EQ(thrown.size(), 1u);
  EXPECT_EQ(thrown[0], "resolve threw");
}

TEST_F(PromiseTest, PropertiesHaveTheSpecAttributes) {
  EXPECT_EQ(Eval(std::string(builtins::kDescribe) + R"JS(
    [describe(Promise, 'all'), describe(Promise, 'withResolvers'), describe(Promise.prototype, 'then'),
     describe(Promise.prototype, Symbol.toStringTag), Promise.length, typeof Object.getOwnPropertyDescriptor(Promise, Symbol.species).get].join(' ')
  )JS"),
            "1|all|WeC 0|withResolvers|WeC 2|then|WeC weC 1 function");
}

}  // namespace
}  // namespace async_runtime::async
