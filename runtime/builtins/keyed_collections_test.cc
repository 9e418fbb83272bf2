// 24.1 Map, 24.2 Set, 24.3 WeakMap, 24.4 WeakSet, 26.1 WeakRef and 26.2
// FinalizationRegistry through the VM, including their weak semantics.
#include "runtime/builtins/script_test_support.h"
#include "runtime/builtins/weak_collections.h"
#include "runtime/interpreter/realm.h"

namespace async_runtime::builtins {
namespace {

using KeyedCollectionsTest = BuiltinsScriptTest;

TEST_F(KeyedCollectionsTest, MapPropertiesHaveTheirAttributes) {
  EXPECT_EQ(Eval(std::string(kDescribe) +
                 "var names = ['clear', 'delete', 'entries', 'forEach', 'get', 'has', 'keys', 'set', 'values'];"
                 "var out = ''; for (var i = 0; i < names.length; i++) out += describe(Map.prototype, names[i]) + ' ';"
                 "out + describe(Map, 'groupBy') + ' ' + describe(Map, 'prototype') + ' ' + Map.length + Map.name"),
            "0|clear|WeC 1|delete|WeC 0|entries|WeC 1|forEach|WeC 1|get|WeC 1|has|WeC 0|keys|WeC 2|set|WeC "
            "0|values|WeC 2|groupBy|WeC wec 0Map");
  EXPECT_EQ(Eval("Map.prototype[Symbol.iterator] === Map.prototype.entries"), "true");
  EXPECT_EQ(Eval("var d = Object.getOwnPropertyDescriptor(Map.prototype, 'size');"
                 "typeof d.get + d.get.name + d.set + d.enumerable + d.configurable"),
            "functionget sizeundefinedfalsetrue");
  EXPECT_EQ(Eval("var d = Object.getOwnPropertyDescriptor(Map, Symbol.species);"
                 "d.get.name + ' ' + (Map[Symbol.species] === Map)"),
            "get [Symbol.species] true");
  EXPECT_EQ(Eval("Object.prototype.toString.call(new Map()) + Object.prototype.toString.call(new Map().keys())"),
            "[object Map][object Map Iterator]");
  EXPECT_EQ(Eval("var p = Object.getPrototypeOf(new Map().entries());"
                 "(Object.getPrototypeOf(p) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())))"
                 " + ' ' + p.next.length"),
            "true 0");
  EXPECT_EQ(ThrownName("Map()"), "TypeError");
  EXPECT_EQ(ThrownName("Map.prototype.get.call({}, 1)"), "TypeError");
  EXPECT_EQ(ThrownName("Map.prototype.size"), "TypeError");
  EXPECT_EQ(ThrownName("new Map().entries().next.call(new Set().values())"), "TypeError");
}

TEST_F(KeyedCollectionsTest, MapOperations) {
  EXPECT_EQ(Eval("var m = new Map([[1, 'a'], ['1', 'b'], [NaN, 'c'], [-0, 'd']]);"
                 "m.get(1) + m.get('1') + m.get(NaN) + m.get(0) + m.size + m.has(+0) + m.has(2)"),
            "abcd4truefalse");
  EXPECT_EQ(Eval("var m = new Map(); m.set(-0, 1); String(1 / m.keys().next().value)"), "Infinity");
  EXPECT_EQ(Eval("var k = {}; var m = new Map(); m.set(k, 1).set('x' + 'y', 2).set(k, 3);"
                 "m.get(k) + ' ' + m.get('xy') + ' ' + m.size + ' ' + m.delete(k) + m.delete(k) + ' ' + m.size"),
            "3 2 2 truefalse 1");
  EXPECT_EQ(Eval("var m = new Map([[1, 'a'], [2, 'b'], [3, 'c']]); m.delete(2); m.set(2, 'B');"
                 "var out = ''; for (var [k, v] of m) out += k + v; out"),
            "1a3c2B");
  EXPECT_EQ(Eval("var out = ''; new Map([[1, 2]]).forEach(function (v, k, map) { out += v + ',' + k + ',' +"
                 "(map instanceof Map) + ',' + this.t; }, {t: 'T'}); out"),
            "2,1,true,T");
  EXPECT_EQ(ThrownName("new Map([1])"), "TypeError");
  EXPECT_EQ(Eval("var closed = false; var it = { [Symbol.iterator]() { return { next() { return {value: 1, done: false}; },"
                 " return() { closed = true; return {}; } }; } };"
                 "try { new Map(it); } catch (e) { } closed"),
            "true");
  EXPECT_EQ(Eval("var calls = 0; class M extends Map { set(k, v) { calls++; return super.set(k, v); } }"
                 "var m = new M([[1, 2], [3, 4]]); calls + ' ' + m.size + ' ' + (m instanceof M)"),
            "2 2 true");
}

TEST_F(KeyedCollectionsTest, MapIterationSeesMutation) {
  // Entries appended during iteration are visited; deleted ones are skipped.
  EXPECT_EQ(Eval("var m = new Map([[1, 1], [2, 2], [3, 3]]); var out = '';"
                 "for (var [k] of m) { out += k; if (k === 1) { m.delete(2); m.set(4, 4); } } out"),
            "134");
  // A key deleted after being visited and re-added is visited again.
  EXPECT_EQ(Eval("var m = new Map([[1, 1], [2, 2]]); var out = '';"
                 "m.forEach(function (v, k) { out += k; if (k === 2 && out.length < 4) { m.delete(1); m.set(1, 1); } }); out"),
            "121");
  // clear during iteration: later additions are still visited.
  EXPECT_EQ(Eval("var m = new Map([[1, 1], [2, 2], [3, 3]]); var it = m.keys(); var out = '' + it.next().value;"
                 "m.clear(); m.set(9, 9); out += it.next().value; var last = it.next(); out + last.done + m.size"),
            "19true1");
  // A finished iterator stays finished.
  EXPECT_EQ(Eval("var m = new Map(); var it = m.values(); it.next(); m.set(1, 1); it.next().done"), "true");
  // Many deletions (table compaction) while an iterator is suspended.
  EXPECT_EQ(Eval("var m = new Map(); for (var i = 0; i < 100; i++) m.set(i, i);"
                 "var it = m.keys(); var out = it.next().value + it.next().value + ',';"
                 "for (var i = 0; i < 90; i++) m.delete(i); m.set('x', 0);"
                 "for (var r = it.next(); !r.done; r = it.next()) out += r.value + ' '; out"),
            "1,90 91 92 93 94 95 96 97 98 99 x ");
}

TEST_F(KeyedCollectionsTest, GetOrInsert) {
  EXPECT_EQ(Eval("var m = new Map([[1, 'a']]); m.getOrInsert(1, 'b') + m.getOrInsert(2, 'c') + m.get(2) + ' ' +"
                 "m.getOrInsertComputed(-0, function (k) { return 'k' + (1 / k); }) + m.getOrInsertComputed(0, 1 ? function () { return 'no'; } : 0) +"
                 "' ' + Map.prototype.getOrInsert.length + Map.prototype.getOrInsertComputed.length"),
            "acc kInfinitykInfinity 22");
  EXPECT_EQ(Eval("var m = new Map(); m.getOrInsertComputed('x', function () { m.set('x', 'inner'); return 'outer'; })"
                 " + m.get('x') + m.size"),
            "outerouter1");
  EXPECT_EQ(ThrownName("new Map().getOrInsertComputed(1, 2)"), "TypeError");
  EXPECT_EQ(Eval("var k = {}; var w = new WeakMap(); w.getOrInsert(k, 1) + w.getOrInsert(k, 2) +"
                 "w.getOrInsertComputed({}, function () { return 5; })"),
            "7");
  EXPECT_EQ(ThrownName("new WeakMap().getOrInsert(1, 1)"), "TypeError");
  EXPECT_EQ(ThrownName("new WeakMap().getOrInsertComputed({}, 1)"), "TypeError");
}

TEST_F(KeyedCollectionsTest, MapGroupBy) {
  EXPECT_EQ(Eval("var g = Map.groupBy([1, 2, 3, 4, 5], function (v, i) { return v % 2 ? 'odd' : 'even'; });"
                 "g.get('odd').join() + ' ' + g.get('even').join() + ' ' + [...g.keys()].join()"),
            "1,3,5 2,4 odd,even");
  EXPECT_EQ(Eval("var g = Map.groupBy([1, 2], function () { return -0; }); String(1 / [...g.keys()][0])"), "Infinity");
  EXPECT_EQ(ThrownName("Map.groupBy(null, function () {})"), "TypeError");
  EXPECT_EQ(ThrownName("Map.groupBy([], 1)"), "TypeError");
}

TEST_F(KeyedCollectionsTest, SetPropertiesAndOperations) {
  EXPECT_EQ(Eval(std::string(kDescribe) +
                 "var names = ['add', 'clear', 'delete', 'difference', 'entries', 'forEach', 'has', 'intersection',"
                 " 'isDisjointFrom', 'isSubsetOf', 'isSupersetOf', 'keys', 'symmetricDifference', 'union', 'values'];"
                 "var out = ''; for (var i = 0; i < names.length; i++) out += describe(Set.prototype, names[i]) + ' ';"
                 "out + Set.length + Set.name"),
            "1|add|WeC 0|clear|WeC 1|delete|WeC 1|difference|WeC 0|entries|WeC 1|forEach|WeC 1|has|WeC "
            "1|intersection|WeC 1|isDisjointFrom|WeC 1|isSubsetOf|WeC 1|isSupersetOf|WeC 0|values|WeC "
            "1|symmetricDifference|WeC 1|union|WeC 0|values|WeC 0Set");
  EXPECT_EQ(Eval("(Set.prototype.keys === Set.prototype.values) + ' ' +"
                 "(Set.prototype[Symbol.iterator] === Set.prototype.values) + ' ' + (Set[Symbol.species] === Set) + ' ' +"
                 "Object.prototype.toString.call(new Set().values())"),
            "true true true [object Set Iterator]");
  EXPECT_EQ(Eval("var s = new Set([1, 1, '1', NaN, NaN, -0, 0]); s.size + ' ' + [...s].map(String).join()"),
            "4 1,1,NaN,0");
  EXPECT_EQ(Eval("var s = new Set(['a']); var e = s.entries().next().value; e[0] + e[1] + e.length"), "aa2");
  EXPECT_EQ(Eval("var s = new Set([1, 2, 3]); var out = ''; for (var v of s) { out += v; if (v === 1) { s.delete(2); s.add(4); } }"
                 "out + s.has(2) + s.size"),
            "134false3");
  EXPECT_EQ(ThrownName("Set()"), "TypeError");
  EXPECT_EQ(ThrownName("Set.prototype.add.call(new Map(), 1)"), "TypeError");
}

TEST_F(KeyedCollectionsTest, SetMethods) {
  EXPECT_EQ(Eval("[...new Set([1, 2, 3]).union(new Set([3, 4]))].join()"), "1,2,3,4");
  EXPECT_EQ(Eval("[...new Set([1, 2, 3]).intersection(new Set([3, 2, 9]))].join()"), "2,3");
  EXPECT_EQ(Eval("[...new Set([1, 2, 3, 4]).intersection(new Set([4, 3]))].join()"), "4,3");
  EXPECT_EQ(Eval("[...new Set([1, 2, 3]).difference(new Set([2]))].join()"), "1,3");
  EXPECT_EQ(Eval("[...new Set([1, 2]).difference(new Set([2, 5, 6]))].join()"), "1");
  EXPECT_EQ(Eval("[...new Set([1, 2, 3]).symmetricDifference(new Set([3, 4]))].join()"), "1,2,4");
  EXPECT_EQ(Eval("new Set([1]).isSubsetOf(new Set([1, 2])) + ' ' + new Set([1, 3]).isSubsetOf(new Set([1, 2]))"),
            "true false");
  EXPECT_EQ(Eval("new Set([1, 2]).isSupersetOf(new Set([1])) + ' ' + new Set([1]).isSupersetOf(new Set([1, 2]))"),
            "true false");
  EXPECT_EQ(Eval("new Set([1, 2]).isDisjointFrom(new Set([3])) + ' ' + new Set([1, 2]).isDisjointFrom(new Set([2]))"),
            "true false");
  // Set-likes: size / has / keys through GetSetRecord; Maps are set-like.
  EXPECT_EQ(Eval("var like = { size: 2, has(v) { return v === 1; }, keys() { return [1, 7][Symbol.iterator](); } };"
                 "[...new Set([1, 2, 3]).union(like)].join() + ' ' + [...new Set([1, 2]).intersection(like)].join()"),
            "1,2,3,7 1");
  EXPECT_EQ(Eval("[...new Set([1, 2]).union(new Map([[3, 'x']]))].join()"), "1,2,3");
  EXPECT_EQ(ThrownName("new Set().union([1])"), "TypeError");
  EXPECT_EQ(ThrownName("new Set().union({ size: -1, has() {}, keys() {} })"), "RangeError");
  EXPECT_EQ(ThrownName("new Set().union({ size: undefined, has() {}, keys() {} })"), "TypeError");
  EXPECT_EQ(ThrownName("new Set().union({ size: 1, has: 1, keys() {} })"), "TypeError");
  // The result is a plain %Set.prototype% Set even for subclasses.
  EXPECT_EQ(Eval("class S extends Set {} var r = new S([1]).union(new Set()); Object.getPrototypeOf(r) === Set.prototype"),
            "true");
  // isSupersetOf closes the keys iterator when it returns early.
  EXPECT_EQ(Eval("var closed = false; var like = { size: 1, has() {}, keys() { return { next() { return {value: 9, done: false}; },"
                 " return() { closed = true; return {}; } }; } };"
                 "new Set([1]).isSupersetOf(like) + ' ' + closed"),
            "false true");
}

TEST_F(KeyedCollectionsTest, WeakMapAndWeakSet) {
  EXPECT_EQ(Eval(std::string(kDescribe) +
                 "describe(WeakMap.prototype, 'delete') + ' ' + describe(WeakMap.prototype, 'get') + ' ' +"
                 "describe(WeakMap.prototype, 'has') + ' ' + describe(WeakMap.prototype, 'set') + ' ' +"
                 "describe(WeakSet.prototype, 'add') + ' ' + describe(WeakSet.prototype, 'delete') + ' ' +"
                 "describe(WeakSet.prototype, 'has') + ' ' + WeakMap.length + WeakSet.length"),
            "1|delete|WeC 1|get|WeC 1|has|WeC 2|set|WeC 1|add|WeC 1|delete|WeC 1|has|WeC 00");
  EXPECT_EQ(Eval("var k = {}; var s = Symbol('s'); var m = new WeakMap([[k, 1]]); m.set(s, 2);"
                 "m.get(k) + m.get(s) + ' ' + m.has({}) + m.delete(k) + m.has(k) + m.get(1)"),
            "3 falsetruefalseundefined");
  EXPECT_EQ(ThrownName("new WeakMap().set(1, 1)"), "TypeError");
  EXPECT_EQ(ThrownName("new WeakMap().set(Symbol.for('registered'), 1)"), "TypeError");
  EXPECT_EQ(ThrownName("WeakMap()"), "TypeError");
  EXPECT_EQ(Eval("var k = {}; var s = new WeakSet([k]); s.has(k) + ' ' + s.has({}) + s.delete(k) + s.has(k) +"
                 "s.delete(1) + (s.add(Symbol.iterator) === s)"),
            "true falsetruefalsefalsetrue");
  EXPECT_EQ(ThrownName("new WeakSet([1])"), "TypeError");
  EXPECT_EQ(Eval("Object.prototype.toString.call(new WeakMap()) + Object.prototype.toString.call(new WeakSet())"),
            "[object WeakMap][object WeakSet]");
}

TEST_F(KeyedCollectionsTest, WeakRefAndFinalizationRegistry) {
  EXPECT_EQ(Eval("var o = {}; var r = new WeakRef(o); (r.deref() === o) + ' ' + WeakRef.length + ' ' +"
                 "Object.prototype.toString.call(r)"),
            "true 1 [object WeakRef]");
  EXPECT_EQ(ThrownName("new WeakRef(1)"), "TypeError");
  EXPECT_EQ(ThrownName("WeakRef({})"), "TypeError");
  EXPECT_EQ(Eval("var f = new FinalizationRegistry(function () {}); var t = {}; var token = {};"
                 "f.register(t, 'held', token) + ' ' + f.unregister(token) + f.unregister(token) + ' ' +"
                 "FinalizationRegistry.length + f.register.length + f.unregister.length"),
            "undefined truefalse 121");
  EXPECT_EQ(ThrownName("new FinalizationRegistry(1)"), "TypeError");
  EXPECT_EQ(ThrownName("var t = {}; new FinalizationRegistry(function () {}).register(t, t)"), "TypeError");
  EXPECT_EQ(ThrownName("new FinalizationRegistry(function () {}).register({}, 1, 1)"), "TypeError");
  EXPECT_EQ(ThrownName("new FinalizationRegistry(function () {}).unregister(1)"), "TypeError");
}

// The weak semantics: unreachable keys, elements and targets are dropped by a collection.
class WeakSemanticsTest : public BuiltinsScriptTest {
 protected:
  template <typename T>
  T* Global(const char16_t* name) {
    Object* global = agent_.current_realm()->global_object();
    auto value = interpreter::Get(agent_, global, agent_.Key(name));
    if (value.is_throw_completion() || !value.value().IsObject()) return nullptr;
    return dynamic_cast<T*>(value.value().AsObject());
  }
};

TEST_F(WeakSemanticsTest, UnreachableKeysAreDroppedAndValuesAreEphemerons) {
  ASSERT_EQ(Eval("var kept = {}; var wm = new WeakMap(); var ws = new WeakSet();"
                 "(function () { var k = {}; wm.set(k, { back: k }); ws.add(k); })();"
                 "wm.set(kept, { back: kept }); ws.add(kept); 'ok'"),
            "ok");
  agent_.heap().Collect();
  auto* weak_map = Global<WeakMapObject>(u"wm");
  auto* weak_set = Global<WeakSetObject>(u"ws");
  ASSERT_NE(weak_map, nullptr);
  ASSERT_NE(weak_set, nullptr);
  // The value referring back to its key does not keep the key alive.
  EXPECT_EQ(weak_map->weak_map_data().size(), 1u);
  EXPECT_EQ(weak_set->weak_set_data().size(), 1u);
  // The live key's value is kept alive through the ephemeron.
  EXPECT_EQ(Eval("wm.get(kept).back === kept && ws.has(kept)"), "true");
}

TEST_F(WeakSemanticsTest, WeakRefTargetsAreWeakAfterClearKeptObjects) {
  ASSERT_EQ(Eval("var kept = {}; var live = new WeakRef(kept); var dead = new WeakRef({});"
                 "var fr = new FinalizationRegistry(function () {}); fr.register({}, 'held', kept);"
                 "(dead.deref() !== undefined) + ''"),
            "true");
  // The script's end cleared [[KeptAlive]] (Vm::RunScript calls ClearKeptObjects).
  agent_.heap().Collect();
  EXPECT_EQ(Eval("dead.deref() === undefined && live.deref() === kept"), "true");
  auto* registry = Global<FinalizationRegistryObject>(u"fr");
  ASSERT_NE(registry, nullptr);
  ASSERT_EQ(registry->cells().size(), 1u);
  // The target is gone; the held value and the (live) token remain; no job queue: no callback.
  EXPECT_TRUE(registry->cells()[0].weak_ref_target.IsEmpty());
  EXPECT_TRUE(registry->cells()[0].held_value.IsString());
  EXPECT_EQ(Eval("fr.unregister(kept)"), "true");
}

TEST_F(KeyedCollectionsTest, SurvivesGcStress) {
  agent_.heap().set_gc_stress(true);
  EXPECT_EQ(Eval("var m = new Map(); for (var i = 0; i < 30; i++) m.set('k' + i, { v: 'v' + i });"
                 "for (var i = 0; i < 25; i++) m.delete('k' + i);"
                 "var out = ''; for (var [k, v] of m) out += k + v.v; m.forEach(function (v, k) { out += k; });"
                 "var g = Map.groupBy(['a', 'bb', 'cc'], function (s) { return 'len' + s.length; });"
                 "out + g.get('len2').join()"),
            "k25v25k26v26k27v27k28v28k29v29k25k26k27k28k29bb,cc");
  EXPECT_EQ(Eval("var s = new Set(); for (var i = 0; i < 20; i++) s.add({ n: 'x' + i });"
                 "var other = new Set([...s].slice(5));"
                 "s.union(new Set(['y'])).size + ' ' + s.intersection(other).size + ' ' + s.difference(other).size + ' ' +"
                 "s.symmetricDifference(new Set(['z'])).size + ' ' + other.isSubsetOf(s) + ' ' + s.isSupersetOf(other) +"
                 "' ' + s.isDisjointFrom(new Set(['q'])) + ' ' + [...s.entries()].length"),
            "21 15 5 21 true true true 20");
  EXPECT_EQ(Eval("var wm = new WeakMap(); var keys = []; for (var i = 0; i < 10; i++) { var k = {}; keys.push(k);"
                 " wm.set(k, { i: 'w' + i }); wm.set({}, { i: 'lost' }); }"
                 "var out = ''; for (var i = 0; i < 10; i++) out += wm.get(keys[i]).i; out"),
            "w0w1w2w3w4w5w6w7w8w9");
  EXPECT_EQ(Eval("var ws = new WeakSet(); var o = {}; ws.add(o); for (var i = 0; i < 10; i++) ws.add({});"
                 "var r = new WeakRef(o); var f = new FinalizationRegistry(function () {}); f.register({}, { h: 1 }, o);"
                 "ws.has(o) + ' ' + (r.deref() === o) + ' ' + f.unregister(o)"),
            "true true true");
  agent_.heap().set_gc_stress(false);
}

}  // namespace
}  // namespace async_runtime::builtins
