// 20.1 Object objects through the VM.
#include "runtime/builtins/script_test_support.h"

namespace async_runtime::builtins {
namespace {

using ObjectTest = BuiltinsScriptTest;

TEST_F(ObjectTest, ConstructorAndItsProperties) {
  EXPECT_EQ(Eval(std::string(kDescribe) + "describe(this, 'Object')"), "1|Object|WeC");
  EXPECT_EQ(Eval(std::string(kDescribe) + "describe(Object, 'prototype')"), "wec");
  EXPECT_EQ(Eval(std::string(kDescribe) + "describe(Object.prototype, 'constructor')"), "1|Object|WeC");
  EXPECT_EQ(Eval("Object.prototype.constructor === Object"), "true");
  EXPECT_EQ(Eval("Object.getPrototypeOf(Object) === Object.getPrototypeOf(function() {})"), "true");
  EXPECT_EQ(Eval("var o = {}; (Object(o) === o) + ' ' + (new Object(o) === o)"), "true true");
  EXPECT_EQ(Eval("var a = Object(), b = new Object(null), c = Object(undefined);"
                 "typeof a + typeof b + typeof c + (Object.getPrototypeOf(b) === Object.prototype)"),
            "objectobjectobjecttrue");
  EXPECT_EQ(Eval("typeof Object('s') + ' ' + Object('s').length + ' ' + Object.prototype.toString.call(Object(true))"),
            "object 1 [object Boolean]");
  // NewTarget other than Object: OrdinaryCreateFromConstructor(NewTarget, "%Object.prototype%").
  EXPECT_EQ(Eval("function F() {} var p = {}; F.prototype = p;"
                 "var o = Reflect.construct(Object, [1], F); (Object.getPrototypeOf(o) === p) + ' ' + typeof o"),
            "true object");
  EXPECT_EQ(Eval("function G() {} G.prototype = 3;"
                 "Object.getPrototypeOf(Reflect.construct(Object, [], G)) === Object.prototype"),
            "true");
}

TEST_F(ObjectTest, StaticFunctionsHaveTheirLengthsNamesAndAttributes) {
  EXPECT_EQ(Eval(std::string(kDescribe) +
                 "var names = ['assign', 'create', 'defineProperties', 'defineProperty', 'entries', 'freeze',"
                 "  'fromEntries', 'getOwnPropertyDescriptor', 'getOwnPropertyDescriptors', 'getOwnPropertyNames',"
                 "  'getOwnPropertySymbols', 'getPrototypeOf', 'groupBy', 'hasOwn', 'is', 'isExtensible', 'isFrozen',"
                 "  'isSealed', 'keys', 'preventExtensions', 'seal', 'setPrototypeOf', 'values'];"
                 "var out = ''; for (var i = 0; i < names.length; i++) out += describe(Object, names[i]) + ' ';"
                 "out"),
            "2|assign|WeC 2|create|WeC 2|defineProperties|WeC 3|defineProperty|WeC 1|entries|WeC 1|freeze|WeC "
            "1|fromEntries|WeC 2|getOwnPropertyDescriptor|WeC 1|getOwnPropertyDescriptors|WeC 1|getOwnPropertyNames|WeC "
            "1|getOwnPropertySymbols|WeC 1|getPrototypeOf|WeC 2|groupBy|WeC 2|hasOwn|WeC 2|is|WeC 1|isExtensible|WeC "
            "1|isFrozen|WeC 1|isSealed|WeC 1|keys|WeC 1|preventExtensions|WeC 1|seal|WeC 2|setPrototypeOf|WeC "
            "1|values|WeC ");
  // Built-in functions are not constructors.
  EXPECT_EQ(ThrownName("new Object.keys({})"), "TypeError");
}

TEST_F(ObjectTest, PrototypeMethodsHaveTheirLengthsNamesAndAttributes) {
  EXPECT_EQ(Eval(std::string(kDescribe) +
                 "var names = ['hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString',"
                 "  'toString', 'valueOf', '__defineGetter__', '__defineSetter__', '__lookupGetter__',"
                 "  '__lookupSetter__'];"
                 "var out = ''; for (var i = 0; i < names.length; i++) out += describe(Object.prototype, names[i]) + ' ';"
                 "out"),
            "1|hasOwnProperty|WeC 1|isPrototypeOf|WeC 1|propertyIsEnumerable|WeC 0|toLocaleString|WeC "
            "0|toString|WeC 0|valueOf|WeC 2|__defineGetter__|WeC 2|__defineSetter__|WeC 1|__lookupGetter__|WeC "
            "1|__lookupSetter__|WeC ");
  EXPECT_EQ(Eval(std::string(kDescribe) + "describe(Object.prototype, '__proto__')"), "GSeC");
  EXPECT_EQ(Eval("var d = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__');"
                 "d.get.name + ',' + d.get.length + ',' + d.set.name + ',' + d.set.length"),
            "get __proto__,0,set __proto__,1");
  // %Object.prototype% is an immutable prototype exotic object.
  EXPECT_EQ(ThrownName("Object.setPrototypeOf(Object.prototype, {})"), "TypeError");
  EXPECT_EQ(Eval("Object.setPrototypeOf(Object.prototype, null) === Object.prototype"), "true");
}

TEST_F(ObjectTest, Assign) {
  EXPECT_EQ(Eval("var t = Object.assign({a: 1}, {b: 2}, null, undefined, {c: 3, a: 4}); t.a + ',' + t.b + ',' + t.c"),
            "4,2,3");
  EXPECT_EQ(Eval("var s = {}; Object.defineProperty(s, 'hidden', {value: 1, enumerable: false});"
                 "'hidden' in Object.assign({}, s)"),
            "false");
  EXPECT_EQ(Eval("var log = ''; var src = {get x() { log += 'get'; return 5; }};"
                 "var dst = {set x(v) { log += 'set' + v; }}; Object.assign(dst, src); log"),
            "getset5");
  EXPECT_EQ(ThrownName("Object.assign(null)"), "TypeError");
  EXPECT_EQ(ThrownName("Object.assign(Object.freeze({a: 1}), {a: 2})"), "TypeError");
  EXPECT_EQ(Eval("typeof Object.assign(1)"), "object");
}

TEST_F(ObjectTest, CreateAndDefineProperties) {
  EXPECT_EQ(Eval("var p = {}; var o = Object.create(p); Object.getPrototypeOf(o) === p"), "true");
  EXPECT_EQ(Eval("Object.getPrototypeOf(Object.create(null)) === null"), "true");
  EXPECT_EQ(ThrownName("Object.create(1)"), "TypeError");
  EXPECT_EQ(Eval(std::string(kDescribe) +
                 "var o = Object.create({}, {a: {value: 1, enumerable: true}, b: {get: function() { return 2; }}});"
                 "o.a + o.b + ' ' + describe(o, 'a') + ' ' + describe(o, 'b')"),
            "3 wEc Gsec");
  EXPECT_EQ(Eval("var o = Object.defineProperties({}, {x: {value: 7, writable: true}}); o.x"), "7");
  EXPECT_EQ(ThrownName("Object.defineProperties(1, {})"), "TypeError");
  EXPECT_EQ(ThrownName("Object.defineProperties({}, {x: 1})"), "TypeError");
  // All descriptors are read before any is defined.
  EXPECT_EQ(Eval("var o = {}; try { Object.defineProperties(o, {a: {value: 1}, b: 5}); } catch (e) {}"
                 "'a' in o"),
            "false");
}

TEST_F(ObjectTest, DefinePropertyAndDescriptors) {
  EXPECT_EQ(Eval(std::string(kDescribe) + "var o = {}; Object.defineProperty(o, 'x', {value: 1}) === o && describe(o, 'x')"),
            "wec");
  EXPECT_EQ(ThrownName("Object.defineProperty(1, 'x', {})"), "TypeError");
  EXPECT_EQ(ThrownName("Object.defineProperty({}, 'x', 1)"), "TypeError");
  EXPECT_EQ(ThrownName("var o = {}; Object.defineProperty(o, 'x', {value: 1}); Object.defineProperty(o, 'x', {value: 2})"),
            "TypeError");
  EXPECT_EQ(Eval("var d = Object.getOwnPropertyDescriptor({a: 1}, 'a');"
                 "d.value + ' ' + d.writable + ' ' + d.enumerable + ' ' + d.configurable"),
            "1 true true true");
  EXPECT_EQ(Eval("Object.getOwnPropertyDescriptor({}, 'a') === undefined"), "true");
  EXPECT_EQ(Eval("Object.getOwnPropertyDescriptor('abc', 1).value"), "b");
  EXPECT_EQ(ThrownName("Object.getOwnPropertyDescriptor(null, 'a')"), "TypeError");
  EXPECT_EQ(Eval("var ds = Object.getOwnPropertyDescriptors({a: 1, get b() { return 2; }});"
                 "ds.a.value + ' ' + typeof ds.b.get + ' ' + (Object.getPrototypeOf(ds) === Object.prototype)"),
            "1 function true");
}

TEST_F(ObjectTest, KeysValuesEntriesAndOwnPropertyNames) {
  EXPECT_EQ(Eval("var k = Object.keys({b: 1, a: 2, 1: 3, 0: 4}); k.length + ':' + k[0] + k[1] + k[2] + k[3]"),
            "4:01ba");
  EXPECT_EQ(Eval("var v = Object.values({a: 1, b: 'x'}); v.length + ':' + v[0] + v[1]"), "2:1x");
  EXPECT_EQ(Eval("var e = Object.entries({a: 1, b: 2}); e.length + ':' + e[0][0] + e[0][1] + e[1][0] + e[1][1]"),
            "2:a1b2");
  EXPECT_EQ(Eval("var o = Object.defineProperty({a: 1}, 'h', {value: 2}); Object.keys(o).length"), "1");
  EXPECT_EQ(Eval("var n = Object.getOwnPropertyNames(Object.defineProperty({a: 1}, 'h', {value: 2}));"
                 "n.length + n[0] + n[1]"),
            "2ah");
  EXPECT_EQ(Eval("Object.keys('ab').length + ' ' + Object.getOwnPropertyNames('ab').length"), "2 3");
  EXPECT_EQ(ThrownName("Object.keys(undefined)"), "TypeError");
  // Reflect's only own symbol is %Symbol.toStringTag%.
  EXPECT_EQ(Eval("var s = Object.getOwnPropertySymbols(Reflect); s.length + ' ' + typeof s[0] + ' ' + Reflect[s[0]]"),
            "1 symbol Reflect");
  EXPECT_EQ(Eval("Object.getOwnPropertySymbols({a: 1}).length"), "0");
  // A getter that deletes a later key: EnumerableOwnProperties skips it.
  EXPECT_EQ(Eval("var o = {get a() { delete this.b; return 1; }, b: 2, c: 3}; Object.values(o).length"), "2");
}

TEST_F(ObjectTest, IntegrityLevels) {
  EXPECT_EQ(Eval("var o = Object.freeze({a: 1}); o.a = 2; o.a + ' ' + Object.isFrozen(o) + ' ' + Object.isSealed(o) +"
                 "' ' + Object.isExtensible(o)"),
            "1 true true false");
  EXPECT_EQ(Eval("var o = Object.seal({a: 1}); o.a = 2; delete o.a; o.a + ' ' + Object.isFrozen(o) + ' ' + "
                 "Object.isSealed(o)"),
            "2 false true");
  EXPECT_EQ(Eval("var o = Object.preventExtensions({}); o.x = 1; (o.x === undefined) + ' ' + Object.isExtensible(o) +"
                 "' ' + Object.isFrozen(o)"),
            "true false true");
  EXPECT_EQ(Eval("Object.freeze(1) + ' ' + Object.seal('s') + ' ' + Object.preventExtensions(true)"), "1 s true");
  EXPECT_EQ(Eval("Object.isFrozen(1) + ' ' + Object.isSealed(1) + ' ' + Object.isExtensible(1)"), "true true false");
}

TEST_F(ObjectTest, PrototypesIsAndHasOwn) {
  EXPECT_EQ(Eval("var p = {}; var o = Object.setPrototypeOf({}, p); Object.getPrototypeOf(o) === p"), "true");
  EXPECT_EQ(Eval("Object.setPrototypeOf(1, null)"), "1");
  EXPECT_EQ(ThrownName("Object.setPrototypeOf(undefined, null)"), "TypeError");
  EXPECT_EQ(ThrownName("Object.setPrototypeOf({}, 1)"), "TypeError");
  EXPECT_EQ(ThrownName("var a = {}; var b = Object.create(a); Object.setPrototypeOf(a, b)"), "TypeError");
  EXPECT_EQ(ThrownName("Object.setPrototypeOf(Object.preventExtensions({}), {})"), "TypeError");
  EXPECT_EQ(Eval("Object.getPrototypeOf('s') === Object.getPrototypeOf(Object('s'))"), "true");
  EXPECT_EQ(Eval("Object.is(NaN, NaN) + ' ' + Object.is(0, -0) + ' ' + Object.is('a', 'a') + ' ' + Object.is({}, {})"),
            "true false true false");
  EXPECT_EQ(Eval("Object.hasOwn({a: 1}, 'a') + ' ' + Object.hasOwn(Object.create({a: 1}), 'a')"), "true false");
  EXPECT_EQ(ThrownName("Object.hasOwn(null, 'a')"), "TypeError");
}

TEST_F(ObjectTest, PrototypeToString) {
  EXPECT_EQ(Eval("var ts = Object.prototype.toString;"
                 "ts.call(undefined) + ts.call(null) + ts.call({}) + ts.call(function() {}) + ts.call(new Error('x')) +"
                 "ts.call(new TypeError('y')) + ts.call(true) + ts.call(1) + ts.call('s') + ts.call(Reflect)"),
            "[object Undefined][object Null][object Object][object Function][object Error][object Error]"
            "[object Boolean][object Number][object String][object Reflect]");
  EXPECT_EQ(Eval("var o = {}; Object.defineProperty(o, Object.getOwnPropertySymbols(Reflect)[0], {value: 'Custom'});"
                 "Object.prototype.toString.call(o)"),
            "[object Custom]");
  EXPECT_EQ(Eval("'' + {}"), "[object Object]");
  EXPECT_EQ(Eval("var o = {toString: function() { return 'mine'; }}; Object.prototype.toLocaleString.call(o)"), "mine");
  EXPECT_EQ(ThrownName("Object.prototype.toLocaleString.call(undefined)"), "TypeError");
}

TEST_F(ObjectTest, PrototypeOwnPropertyQueries) {
  EXPECT_EQ(Eval("({a: 1}).hasOwnProperty('a') + ' ' + ({}).hasOwnProperty('toString')"), "true false");
  EXPECT_EQ(ThrownName("Object.prototype.hasOwnProperty.call(null, 'a')"), "TypeError");
  // ToPropertyKey happens before ToObject.
  EXPECT_EQ(Eval("var log = ''; try { Object.prototype.hasOwnProperty.call(null, {toString: function() {"
                 "log += 'key'; return 'a'; }}); } catch (e) { log += e.constructor.name; } log"),
            "keyTypeError");
  EXPECT_EQ(Eval("var p = {}; var o = Object.create(p); p.isPrototypeOf(o) + ' ' + o.isPrototypeOf(p) + ' ' +"
                 "Object.prototype.isPrototypeOf(o) + ' ' + p.isPrototypeOf(1)"),
            "true false true false");
  EXPECT_EQ(Eval("Object.prototype.isPrototypeOf.call(null, 1)"), "false");
  EXPECT_EQ(Eval("var o = Object.defineProperty({a: 1}, 'h', {value: 1});"
                 "o.propertyIsEnumerable('a') + ' ' + o.propertyIsEnumerable('h') + ' ' + o.propertyIsEnumerable('z')"),
            "true false false");
  EXPECT_EQ(Eval("var o = {}; o.valueOf() === o"), "true");
  EXPECT_EQ(Eval("typeof Object.prototype.valueOf.call(1)"), "object");
  EXPECT_EQ(ThrownName("Object.prototype.valueOf.call(undefined)"), "TypeError");
}

TEST_F(ObjectTest, ProtoAccessor) {
  EXPECT_EQ(Eval("var p = {}; var o = Object.create(p); o.__proto__ === p"), "true");
  EXPECT_EQ(Eval("var p = {x: 1}; var o = {}; o.__proto__ = p; o.x"), "1");
  EXPECT_EQ(Eval("var o = {}; o.__proto__ = 5; Object.getPrototypeOf(o) === Object.prototype"), "true");
  EXPECT_EQ(Eval("var set = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__').set;"
                 "set.call(1, {}) === undefined"),
            "true");
  EXPECT_EQ(ThrownName("Object.getOwnPropertyDescriptor(Object.prototype, '__proto__').set.call(undefined, {})"),
            "TypeError");
  EXPECT_EQ(ThrownName("var o = Object.preventExtensions({}); o.__proto__ = {}"), "TypeError");
  EXPECT_EQ(Eval("Object.create(null).__proto__ === undefined"), "true");
}

TEST_F(ObjectTest, LegacyAccessorMethods) {
  EXPECT_EQ(Eval(std::string(kDescribe) +
                 "var o = {}; o.__defineGetter__('x', function() { return 3; });"
                 "o.__defineSetter__('x', function(v) { this.y = v; }); o.x = 9; o.x + ' ' + o.y + ' ' + describe(o, 'x')"),
            "3 9 GSEC");
  EXPECT_EQ(ThrownName("({}).__defineGetter__('x', 1)"), "TypeError");
  EXPECT_EQ(ThrownName("Object.freeze({}).__defineSetter__('x', function() {})"), "TypeError");
  EXPECT_EQ(Eval("var g = function() {}; var p = {}; p.__defineGetter__('x', g); var o = Object.create(p);"
                 "(o.__lookupGetter__('x') === g) + ' ' + o.__lookupSetter__('x') + ' ' + o.__lookupGetter__('nope')"),
            "true undefined undefined");
  // A data property shadows an accessor further up.
  EXPECT_EQ(Eval("var p = {}; p.__defineGetter__('x', function() {}); var o = Object.create(p); o.x = 1;"
                 "Object.defineProperty(o, 'x', {value: 1}); o.__lookupGetter__('x')"),
            "undefined");
}

TEST_F(ObjectTest, FromEntries) {
  EXPECT_EQ(Eval("var o = Object.fromEntries([['a', 1], ['b', 2], [3, 'c']]);"
                 "Object.keys(o).join() + '|' + o.a + o.b + o[3] + '|' + (Object.getPrototypeOf(o) === Object.prototype)"),
            "3,a,b|12c|true");
  EXPECT_EQ(Eval("var s = Symbol('s'); var o = Object.fromEntries(new Map([[s, 1], ['k', {v: 2}]]));"
                 "o[s] + ',' + o.k.v"),
            "1,2");
  // Keys go through ToPropertyKey; later entries overwrite earlier ones.
  EXPECT_EQ(Eval("var o = Object.fromEntries([[{toString: function() { return 'x'; }}, 1], ['x', 2]]); o.x"), "2");
  EXPECT_EQ(ThrownName("Object.fromEntries()"), "TypeError");
  EXPECT_EQ(ThrownName("Object.fromEntries(null)"), "TypeError");
  EXPECT_EQ(ThrownName("Object.fromEntries({})"), "TypeError");
  // A non-object entry closes the iterator.
  EXPECT_EQ(Eval("var closed = 0; var it = { [Symbol.iterator]() { return this; },"
                 "  next() { return { done: false, value: 1 }; }, return() { closed++; return {}; } };"
                 "try { Object.fromEntries(it); } catch (e) { closed + e.constructor.name }"),
            "1TypeError");
  // An abrupt ToPropertyKey closes the iterator too.
  EXPECT_EQ(Eval("var closed = 0; var it = { [Symbol.iterator]() { return this; },"
                 "  next() { return { done: false, value: [{ toString() { throw 7; } }, 1] }; },"
                 "  return() { closed++; return {}; } };"
                 "try { Object.fromEntries(it); } catch (e) { closed + ',' + e }"),
            "1,7");
}

TEST_F(ObjectTest, GroupBy) {
  EXPECT_EQ(Eval("var g = Object.groupBy([1, 2, 3, 4, 5], function(v, i) { return v % 2 ? 'odd' : 'even'; });"
                 "Object.keys(g).join() + '|' + g.odd.join() + '|' + g.even.join() + '|' + Object.getPrototypeOf(g)"),
            "odd,even|1,3,5|2,4|null");
  EXPECT_EQ(Eval("var idx = []; var g = Object.groupBy('abc', function(v, i) { idx.push(i); return i < 1; });"
                 "idx.join() + '|' + g.true.join() + '|' + g.false.join() + '|' + Array.isArray(g.true)"),
            "0,1,2|a|b,c|true");
  EXPECT_EQ(Eval("var s = Symbol(); var g = Object.groupBy([1, 2], function() { return s; }); g[s].length"), "2");
  EXPECT_EQ(ThrownName("Object.groupBy(null, function() {})"), "TypeError");
  EXPECT_EQ(ThrownName("Object.groupBy([], 1)"), "TypeError");
  EXPECT_EQ(Eval("var closed = 0; var it = { [Symbol.iterator]() { return this; },"
                 "  next() { return { done: false, value: 1 }; }, return() { closed++; return {}; } };"
                 "try { Object.groupBy(it, function() { throw 3; }); } catch (e) { closed + ',' + e }"),
            "1,3");
}

TEST_F(ObjectTest, ManyPropertiesSurviveCollections) {
  // Exercises the rooting of key lists and descriptors; meaningful under ASYNC_RUNTIME_GC_STRESS=1.
  EXPECT_EQ(Eval("var src = {}; for (var i = 0; i < 60; i++) src['k' + i] = {n: i};"
                 "var copy = Object.assign({}, src); var ds = Object.getOwnPropertyDescriptors(copy);"
                 "var made = Object.create({}, ds); var e = Object.entries(made); var sum = 0;"
                 "for (var j = 0; j < e.length; j++) sum += e[j][1].n; sum + ' ' + Object.keys(made).length"),
            "1770 60");
  EXPECT_EQ(Eval("var pairs = []; for (var i = 0; i < 40; i++) pairs.push(['p' + i, {n: i}]);"
                 "var o = Object.fromEntries(pairs); var g = Object.groupBy(Object.values(o),"
                 "  function(v) { return 'g' + (v.n % 3); });"
                 "g.g0.length + ',' + g.g1.length + ',' + g.g2.length + ',' + o.p39.n"),
            "14,13,13,39");
}

}  // namespace
}  // namespace async_runtime::builtins
