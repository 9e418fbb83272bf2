// for-of, spread, array destructuring and object rest through the iterator
// protocol (7.4). Iterables are made in JS from a global `SymbolIterator`
// (the VM alone has no %Array.prototype%[@@iterator]).
#include "runtime/interpreter/vm/vm_test_support.h"

namespace async_runtime::interpreter::vm::testing {
namespace {

class IterationTest : public VmTest {
 protected:
  IterationTest() {
    MUST(DefinePropertyOrThrow(
        agent_, vm_.realm()->global_object(), agent_.Key(u"SymbolIterator"),
        PropertyDescriptor::Data(Value::FromSymbol(agent_.well_known_symbol(WellKnownSymbol::kIterator)), true,
                                 false, true)));
    EXPECT_EQ(Eval(R"(
      var closed = 0, log = '';
      function iter(values) {
        var o = {};
        o[SymbolIterator] = function () {
          var i = 0;
          return {
            next: function () { log += 'n'; return i < values.length ? {value: values[i++], done: false} : {done: true}; },
            return: function () { closed++; log += 'r'; return {}; }
          };
        };
        return o;
      }
      'ready'
    )"),
              "\"ready\"");
  }
};

TEST_F(IterationTest, ForOfVisitsEveryValue) {
  EXPECT_EQ(Eval("var s = ''; for (var x of iter([1, 2, 3])) s += x; s + closed"), "\"1230\"");
  EXPECT_EQ(Eval("var s = ''; for (let [a, b] of iter([iter([1, 2]), iter([3, 4])])) s += a + b; s"), "\"37\"");
  EXPECT_EQ(Eval("var o = {}; for (o.p of iter(['q'])) ; o.p"), "\"q\"");
}

TEST_F(IterationTest, LeavingAForOfClosesTheIterator) {
  EXPECT_EQ(Eval("closed = 0; for (var x of iter([1, 2, 3])) { if (x == 2) break; } closed"), "1");
  EXPECT_EQ(Eval("closed = 0; function f() { for (var x of iter([1, 2])) return x; } f() + closed"), "2");
  EXPECT_EQ(Eval("closed = 0; try { for (var x of iter([1])) throw 'e'; } catch (e) {} closed"), "1");
  EXPECT_EQ(Eval("closed = 0; outer: for (var x of iter([1, 2])) { for (var y of iter([3])) continue outer; } closed"),
            "2");
  EXPECT_EQ(Eval("closed = 0; for (var x of iter([1, 2])) { continue; } closed"), "0");
  EXPECT_EQ(Eval("closed = 0; for (var x of iter([1])) { try { break; } finally { log = 'F' + closed; } } log + closed"),
            "\"F0r1\"");
}

TEST_F(IterationTest, ErrorsFromTheIteratorItselfDoNotClose) {
  EXPECT_EQ(Eval(R"(
    closed = 0;
    var bad = {};
    bad[SymbolIterator] = function () { return { next: function () { throw 'next'; }, return: function () { closed++; } }; };
    var r; try { for (var x of bad) ; } catch (e) { r = e; } r + closed
  )"),
            "\"next0\"");
  EXPECT_EQ(Eval("try { for (var x of {}) ; } catch (e) { e.message }"), "\"object is not iterable\"");
}

TEST_F(IterationTest, ArrayDestructuring) {
  EXPECT_EQ(Eval("closed = 0; var [a, , b = 5, ...rest] = iter([10, 20, undefined, 40, 50]); "
                 "a + ',' + b + ',' + rest.length + ',' + rest[1] + ',' + closed"),
            "\"10,5,2,50,0\"");
  EXPECT_EQ(Eval("closed = 0; var [p] = iter([1, 2]); p + closed"), "2");
  EXPECT_EQ(Eval("closed = 0; var q, r; [q, [r]] = iter([1, iter([2])]); q + r + closed"), "5");
  EXPECT_EQ(Eval("closed = 0; try { var [{x}] = iter([null]); } catch (e) { closed }"), "1");
  EXPECT_EQ(Eval("function f([a, b]) { return a * b; } f(iter([6, 7]))"), "42");
  EXPECT_EQ(Eval("log = ''; var o = {}; [o.a, o.b] = iter([1, 2]); o.a + o.b + log"), "\"3nnr\"");
}

TEST_F(IterationTest, SpreadInArraysAndCalls) {
  EXPECT_EQ(Eval("var a = [0, ...iter([1, 2]), 3]; a.length + ',' + a[2]"), "\"4,2\"");
  EXPECT_EQ(Eval("function f(a, b, c) { return a + b + c; } f(...iter([1, 2]), 3)"), "6");
  EXPECT_EQ(Eval("function P(a, b) { this.s = a + b; } new P(...iter(['x', 'y'])).s"), "\"xy\"");
  EXPECT_EQ(Eval("var o = {m: function (a) { return this.k + a; }, k: 'k'}; o.m(...iter(['!']))"), "\"k!\"");
}

TEST_F(IterationTest, ObjectRestAndSpread) {
  EXPECT_EQ(Eval("var {p, ...others} = {p: 1, q: 2, r: 3}; p + ',' + others.q + ',' + others.r + ',' + ('p' in others)"),
            "\"1,2,3,false\"");
  EXPECT_EQ(Eval("var k = 'q'; var {[k]: v, ...o2} = {q: 1, z: 2}; v + ',' + ('q' in o2) + o2.z"), "\"1,false2\"");
  EXPECT_EQ(Eval("var o = {a: 1, ...{b: 2, c: 3}, ...null, d: 4}; o.a + o.b + o.c + o.d"), "10");
}

}  // namespace
}  // namespace async_runtime::interpreter::vm::testing
