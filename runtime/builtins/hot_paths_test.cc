// The interpreter's fast paths (global bindings read through the global object's shape slot, ordinary-object
// property access, for-of over Array Iterators without result objects, Number operators) answer exactly what
// the general algorithms answer, also after the cases that must invalidate them.
#include "runtime/builtins/primitives_test_support.h"

namespace async_runtime::builtins {
namespace {

TEST_F(PrimitivesTest, GlobalBindingFastPathFollowsTheGlobalObject) {
  // Warm the cache through a function, then change the property under it.
  Eval("this.g = 1; function rd() { return g; } rd(); rd();");
  EXPECT_EQ(Eval("Object.defineProperty(this, 'g', { get: function () { return 42; }, configurable: true }); rd()"),
            "42");
  EXPECT_EQ(Eval("delete this.g; try { rd() } catch (e) { e.constructor.name }"), "ReferenceError");
  EXPECT_EQ(Eval("this.g = 7; rd()"), "7");
  EXPECT_EQ(Eval("Object.defineProperty(this, 'g', { writable: false }); g = 9; g"), "7");
  EXPECT_EQ(Eval("(function () { 'use strict'; try { g = 10; } catch (e) { return e.constructor.name; } })()"),
            "TypeError");
  // A later script's let shadows the global object's property (the cache is cleared).
  Eval("this.h = 1; function rh() { return h; } rh(); rh();");
  EXPECT_EQ(Eval("let h = 5; rh()"), "5");
  EXPECT_EQ(Eval("h = 6; [rh(), this.h].join()"), "6,1");
  // Sloppy writes to a missing global create it; a with-object binding still wins.
  EXPECT_EQ(Eval("var w = 1; with ({ w: 2 }) { w = 3; } w"), "1");
  EXPECT_EQ(Eval("nv = 4; nv + this.nv"), "8");
}

TEST_F(PrimitivesTest, PropertyFastPathsKeepOrdinarySemantics) {
  EXPECT_EQ(Eval("var o = { a: 1, a: 2, get b() { return this.a; } }; [o.a, o.b].join()"), "2,2");
  EXPECT_EQ(Eval("var ro = Object.create(Object.defineProperty({}, 'y', { value: 1, writable: false }));"
                 "ro.y = 3; ro.y + ' ' + Object.keys(ro).length"),
            "1 0");
  EXPECT_EQ(Eval("var p = { x: 1 }; var q = Object.create(p); q.x = 5; [q.x, p.x].join()"), "5,1");
  EXPECT_EQ(Eval("var a = [1, 2, 3]; a.length = 1; [a.length, a[1]].join()"), "1,");
  EXPECT_EQ(Eval("var f = Object.freeze({ z: 1 }); f.z = 2; f.z"), "1");
  EXPECT_EQ(Eval("var s = { set v(x) { this.got = x; } }; s.v = 8; s.got"), "8");
  EXPECT_EQ(Eval("[NaN < 1, NaN >= 1, 1 <= 1, -0 >= 0, 0.5 * 4, 0.5 - 1, 0.25 + 0.5].join()"),
            "false,false,true,true,2,-0.5,0.75");
}

TEST_F(PrimitivesTest, ForOfOverArrayIteratorsWithoutResultObjects) {
  EXPECT_EQ(Eval("Array.prototype[1] = 'proto'; var seen = []; for (var v of [1, , 3]) seen.push(v);"
                 "delete Array.prototype[1]; seen.join()"),
            "1,proto,3");
  EXPECT_EQ(Eval("var r = []; for (var [i, v] of ['a', 'b'].entries()) r.push(i + v); r.join()"), "0a,1b");
  // [[NextMethod]] is read once, by GetIterator: replacing next during the loop changes nothing ...
  EXPECT_EQ(Eval("var n = Object.getPrototypeOf([][Symbol.iterator]()).next; var out = [];"
                 "for (var x of [1, 2, 3]) { out.push(x);"
                 "  Object.getPrototypeOf([][Symbol.iterator]()).next = function () { return { done: true }; }; }"
                 "Object.getPrototypeOf([][Symbol.iterator]()).next = n; out.join()"),
            "1,2,3");
  // ... while a replaced next before the loop is called.
  EXPECT_EQ(Eval("var proto = Object.getPrototypeOf([][Symbol.iterator]()); var saved = proto.next;"
                 "proto.next = function () { return { done: true, value: 1 }; }; var c = 0; for (var y of [1, 2]) c++;"
                 "proto.next = saved; c"),
            "0");
  EXPECT_EQ(Eval("var it = Object.create([5][Symbol.iterator]());"
                 "try { for (var z of { [Symbol.iterator]() { return it; } }); } catch (e) { e.constructor.name }"),
            "TypeError");
  EXPECT_EQ(Eval("var holes = []; holes.length = 3; var t = new Float64Array(holes); [t.length, isNaN(t[1])].join()"),
            "3,true");
}

}  // namespace
}  // namespace async_runtime::builtins
