// 10.5 Proxy exotic objects and 28.2 the Proxy constructor through the VM.
#include "runtime/builtins/script_test_support.h"

namespace async_runtime::builtins {
namespace {

using ProxyTest = BuiltinsScriptTest;

TEST_F(ProxyTest, ConstructorAndRevocable) {
  EXPECT_EQ(Eval(std::string(kDescribe) + "describe(this, 'Proxy')"), "2|Proxy|WeC");
  EXPECT_EQ(Eval("Object.hasOwn(Proxy, 'prototype')"), "false");
  EXPECT_EQ(Eval(std::string(kDescribe) + "describe(Proxy, 'revocable')"), "2|revocable|WeC");
  EXPECT_EQ(ThrownName("Proxy({}, {})"), "TypeError");
  EXPECT_EQ(ThrownName("new Proxy(1, {})"), "TypeError");
  EXPECT_EQ(ThrownName("new Proxy({}, null)"), "TypeError");
  EXPECT_EQ(Eval("var r = Proxy.revocable({a: 1}, {}); var before = r.proxy.a; var result = r.revoke();"
                 "var after; try { r.proxy.a; after = 'no throw'; } catch (e) { after = e.constructor.name; }"
                 "before + ' ' + result + ' ' + after + ' ' + r.revoke() + ' ' + r.revoke.length + ' [' + r.revoke.name + ']'"),
            "1 undefined TypeError undefined 0 []");
  EXPECT_EQ(Eval("var r = Proxy.revocable({}, {}); Object.keys(r).join('')"),
            "proxyrevoke");
  EXPECT_EQ(ThrownName("Proxy.revocable(1, {})"), "TypeError");
}

TEST_F(ProxyTest, ForwardsToTheTargetWithoutTraps) {
  EXPECT_EQ(Eval("var t = {a: 1}; var p = new Proxy(t, {}); p.b = 2; delete p.a;"
                 "t.b + ' ' + ('a' in t) + ' ' + ('b' in p) + ' ' + Object.keys(p).length + ' ' +"
                 "(Object.getPrototypeOf(p) === Object.prototype) + ' ' + Object.isExtensible(p)"),
            "2 false true 1 true true");
  EXPECT_EQ(Eval("var t = {}; var p = new Proxy(t, {}); Object.defineProperty(p, 'x', {value: 5});"
                 "Object.getOwnPropertyDescriptor(t, 'x').value + ' ' + Object.preventExtensions(p) === p"),
            "false");
  EXPECT_EQ(Eval("var t = {}; var p = new Proxy(t, {}); Object.preventExtensions(p); Object.isExtensible(t)"), "false");
  EXPECT_EQ(Eval("var p = new Proxy(function(a) { return a * 2; }, {}); p(21) + ' ' + typeof p"), "42 function");
  EXPECT_EQ(Eval("function C(a) { this.a = a; } var P = new Proxy(C, {}); var o = new P(3); (o instanceof C) + ' ' + o.a"),
            "true 3");
  EXPECT_EQ(Eval("typeof new Proxy({}, {})"), "object");
  EXPECT_EQ(ThrownName("new Proxy({}, {})()"), "TypeError");
  EXPECT_EQ(ThrownName("new (new Proxy(Object.keys, {}))()"), "TypeError");
  EXPECT_EQ(Eval("Object.prototype.toString.call(new Proxy(function() {}, {})) + Object.prototype.toString.call(new Proxy({}, {}))"),
            "[object Function][object Object]");
}

TEST_F(ProxyTest, TrapsReceiveTheirArguments) {
  EXPECT_EQ(Eval("var t = {}; var log = '';"
                 "var h = {"
                 "  get: function(target, key, receiver) { log += 'get:' + key + (target === t) + (receiver === p) + ' '; return 'g'; },"
                 "  set: function(target, key, value, receiver) { log += 'set:' + key + '=' + value + ' '; return true; },"
                 "  has: function(target, key) { log += 'has:' + key + ' '; return true; },"
                 "  deleteProperty: function(target, key) { log += 'delete:' + key + ' '; return true; },"
                 "  defineProperty: function(target, key, desc) { log += 'define:' + key + desc.value + ' '; return true; },"
                 "  getOwnPropertyDescriptor: function(target, key) { log += 'gopd:' + key + ' '; return undefined; },"
                 "  ownKeys: function(target) { log += 'ownKeys '; return ['k1', 'k2']; },"
                 "  getPrototypeOf: function(target) { log += 'gpo '; return null; },"
                 "  setPrototypeOf: function(target, proto) { log += 'spo '; return true; },"
                 "  isExtensible: function(target) { log += 'ie '; return true; },"
                 "  preventExtensions: function(target) { log += 'pe '; return false; }"
                 "};"
                 "var p = new Proxy(t, h);"
                 "p.x; p.y = 1; 'z' in p; delete p.w; Object.defineProperty(p, 'v', {value: 9});"
                 "Object.getOwnPropertyDescriptor(p, 'u'); Reflect.ownKeys(p); Object.getPrototypeOf(p);"
                 "Object.setPrototypeOf(p, {}); Object.isExtensible(p); Reflect.preventExtensions(p); log"),
            "get:xtruetrue set:y=1 has:z delete:w define:v9 gopd:u ownKeys gpo spo ie pe ");
  EXPECT_EQ(Eval("var p = new Proxy(function() {}, {apply: function(t, thisArg, args) {"
                 "  return thisArg + ':' + args.length + args[0] + args[1]; }});"
                 "p.call('T', 1, 2)"),
            "T:212");
  EXPECT_EQ(Eval("function C() {} var seen; var P = new Proxy(C, {construct: function(t, args, newTarget) {"
                 "  seen = (t === C) + ' ' + (newTarget === P) + ' ' + args.length; return {made: true}; }});"
                 "var o = new P(1, 2); o.made + ' ' + seen"),
            "true true true 2");
  EXPECT_EQ(ThrownName("var P = new Proxy(function() {}, {construct: function() { return 1; }}); new P()"), "TypeError");
  EXPECT_EQ(ThrownName("new Proxy({}, {get: 5}).x"), "TypeError");
  EXPECT_EQ(Eval("new Proxy({a: 1}, {get: null}).a"), "1");
  // A trap looked up on a proxy handler.
  EXPECT_EQ(Eval("var h = new Proxy({}, {get: function(t, k) { return k === 'get' ? function() { return 'meta'; } : undefined; }});"
                 "new Proxy({}, h).anything"),
            "meta");
}

TEST_F(ProxyTest, InvariantsAreEnforced) {
  const std::string frozen = "var t = {}; Object.defineProperty(t, 'c', {value: 1}); Object.preventExtensions(t);";
  EXPECT_EQ(ThrownName(frozen + "new Proxy(t, {get: function() { return 2; }}).c"), "TypeError");
  EXPECT_EQ(Eval(frozen + "new Proxy(t, {get: function() { return 1; }}).c"), "1");
  EXPECT_EQ(ThrownName(frozen + "Reflect.set(new Proxy(t, {set: function() { return true; }}), 'c', 2)"), "TypeError");
  EXPECT_EQ(ThrownName(frozen + "'c' in new Proxy(t, {has: function() { return false; }})"), "TypeError");
  EXPECT_EQ(ThrownName(frozen + "delete new Proxy(t, {deleteProperty: function() { return true; }}).c"), "TypeError");
  EXPECT_EQ(ThrownName(frozen + "Object.getOwnPropertyDescriptor(new Proxy(t, {getOwnPropertyDescriptor: "
                                "function() { return undefined; }}), 'c')"),
            "TypeError");
  EXPECT_EQ(ThrownName(frozen + "Object.getOwnPropertyDescriptor(new Proxy(t, {getOwnPropertyDescriptor: "
                                "function() { return {value: 1, configurable: true}; }}), 'c')"),
            "TypeError");
  EXPECT_EQ(ThrownName("Object.getOwnPropertyDescriptor(new Proxy({}, {getOwnPropertyDescriptor: "
                       "function() { return 1; }}), 'c')"),
            "TypeError");
  EXPECT_EQ(ThrownName("Object.getOwnPropertyDescriptor(new Proxy({}, {getOwnPropertyDescriptor: "
                       "function() { return {value: 1, configurable: false}; }}), 'c')"),
            "TypeError");
  EXPECT_EQ(ThrownName(frozen + "Object.defineProperty(new Proxy(t, {defineProperty: function() { return true; }}), 'n', {value: 1})"),
            "TypeError");
  EXPECT_EQ(ThrownName("Object.defineProperty(new Proxy({}, {defineProperty: function() { return true; }}), 'n',"
                       "{value: 1, configurable: false})"),
            "TypeError");
  EXPECT_EQ(Eval("Reflect.defineProperty(new Proxy({}, {defineProperty: function() { return false; }}), 'n', {value: 1})"),
            "false");
  EXPECT_EQ(ThrownName(frozen + "Reflect.ownKeys(new Proxy(t, {ownKeys: function() { return []; }}))"), "TypeError");
  EXPECT_EQ(ThrownName(frozen + "Reflect.ownKeys(new Proxy(t, {ownKeys: function() { return ['c', 'extra']; }}))"),
            "TypeError");
  EXPECT_EQ(Eval(frozen + "Reflect.ownKeys(new Proxy(t, {ownKeys: function() { return ['c']; }}))[0]"), "c");
  EXPECT_EQ(ThrownName("Reflect.ownKeys(new Proxy({}, {ownKeys: function() { return ['a', 'a']; }}))"), "TypeError");
  EXPECT_EQ(ThrownName("Reflect.ownKeys(new Proxy({}, {ownKeys: function() { return [1]; }}))"), "TypeError");
  EXPECT_EQ(ThrownName("Object.isExtensible(new Proxy({}, {isExtensible: function() { return false; }}))"), "TypeError");
  EXPECT_EQ(ThrownName("Object.preventExtensions(new Proxy({}, {preventExtensions: function() { return true; }}))"),
            "TypeError");
  EXPECT_EQ(ThrownName("Object.preventExtensions(new Proxy({}, {preventExtensions: function() { return false; }}))"),
            "TypeError");
  EXPECT_EQ(ThrownName(frozen + "Object.getPrototypeOf(new Proxy(t, {getPrototypeOf: function() { return null; }}))"),
            "TypeError");
  EXPECT_EQ(ThrownName("Object.getPrototypeOf(new Proxy({}, {getPrototypeOf: function() { return 1; }}))"), "TypeError");
  EXPECT_EQ(ThrownName(frozen + "Object.setPrototypeOf(new Proxy(t, {setPrototypeOf: function() { return true; }}), null)"),
            "TypeError");
  EXPECT_EQ(Eval("Reflect.setPrototypeOf(new Proxy({}, {setPrototypeOf: function() { return false; }}), null)"), "false");
}

TEST_F(ProxyTest, RevokedProxies) {
  EXPECT_EQ(Eval("var r = Proxy.revocable({}, {}); r.revoke(); var out = '';"
                 "var ops = [function(p) { return p.x; }, function(p) { p.x = 1; }, function(p) { return 'x' in p; },"
                 "  function(p) { return delete p.x; }, function(p) { return Object.keys(p); },"
                 "  function(p) { return Object.getPrototypeOf(p); }, function(p) { return Object.isExtensible(p); },"
                 "  function(p) { return Object.prototype.toString.call(p); }];"
                 "for (var i = 0; i < ops.length; i++) { try { ops[i](r.proxy); out += 'ok '; } catch (e) { out += e.constructor.name + ' '; } }"
                 "out"),
            "TypeError TypeError TypeError TypeError TypeError TypeError TypeError TypeError ");
  // A revoked callable proxy stays callable (typeof), and throws when called.
  EXPECT_EQ(Eval("var r = Proxy.revocable(function() {}, {}); r.revoke(); typeof r.proxy"), "function");
  EXPECT_EQ(ThrownName("var r = Proxy.revocable(function() {}, {}); r.revoke(); r.proxy()"), "TypeError");
  EXPECT_EQ(ThrownName("var r = Proxy.revocable({}, {}); r.revoke(); new Proxy(r.proxy, {}).x"), "TypeError");
  // A trap that revokes its own proxy: the algorithm keeps the target and handler it started with.
  EXPECT_EQ(Eval("var r = Proxy.revocable({a: 1}, {get: function(t, k) { r.revoke(); return t[k]; }}); r.proxy.a"), "1");
}

TEST_F(ProxyTest, ProxiesInPrototypeChains) {
  EXPECT_EQ(Eval("var o = Object.create(new Proxy({}, {get: function(t, k, receiver) { return k + (receiver === o); }}));"
                 "o.foo"),
            "footrue");
  EXPECT_EQ(Eval("var o = Object.create(new Proxy({}, {has: function(t, k) { return k === 'magic'; }}));"
                 "('magic' in o) + ' ' + ('other' in o)"),
            "true false");
  EXPECT_EQ(Eval("var log = ''; var o = Object.create(new Proxy({}, {set: function(t, k, v, r) { log += k + v; return true; }}));"
                 "o.x = 1; log + ' ' + Object.hasOwn(o, 'x')"),
            "x1 false");
  // The OrdinarySetPrototypeOf cycle check stops at a proxy.
  EXPECT_EQ(Eval("var a = {}; var p = new Proxy(Object.create(a), {}); Reflect.setPrototypeOf(a, p)"), "true");
}

TEST_F(ProxyTest, DeepChainsThrowRangeErrorInsteadOfOverflowing) {
  // About the native stack, not rooting: collecting at every allocation of 20000-proxy chains would be quadratic.
  agent_.heap().set_gc_stress(false);
  EXPECT_EQ(Eval("var p = {x: 'deep'}; for (var i = 0; i < 1000; i++) p = new Proxy(p, {}); p.x"), "deep");
  const std::string chain = "var p = {x: 1}; for (var i = 0; i < 20000; i++) p = new Proxy(p, {});";
  EXPECT_EQ(ThrownName(chain + "p.x"), "RangeError");
  EXPECT_EQ(ThrownName(chain + "p.x = 2"), "RangeError");
  EXPECT_EQ(ThrownName(chain + "'x' in p"), "RangeError");
  EXPECT_EQ(ThrownName(chain + "Object.keys(p)"), "RangeError");
  EXPECT_EQ(ThrownName(chain + "Object.prototype.toString.call(p)"), "RangeError");
  EXPECT_EQ(ThrownName("var f = function() {}; for (var i = 0; i < 20000; i++) f = new Proxy(f, {}); f()"),
            "RangeError");
  // The depth is released afterwards.
  EXPECT_EQ(Eval(chain + "try { p.x; } catch (e) {} new Proxy({y: 2}, {}).y"), "2");
}

TEST_F(ProxyTest, TrapResultsSurviveCollections) {
  // Meaningful under ASYNC_RUNTIME_GC_STRESS=1: descriptors, key lists and argument arrays made by traps.
  EXPECT_EQ(Eval("var t = {}; var p = new Proxy(t, {"
                 "  ownKeys: function() { var k = {length: 20}; for (var i = 0; i < 20; i++) k[i] = 'k' + i; return k; },"
                 "  getOwnPropertyDescriptor: function(t, k) { return {value: {name: k}, enumerable: true, configurable: true}; },"
                 "  get: function(t, k) { return {name: k}; }"
                 "});"
                 "var ds = Object.getOwnPropertyDescriptors(p); var v = Object.values(p);"
                 "ds.k7.value.name + ' ' + v.length + ' ' + v[19].name + ' ' + Object.assign({}, p).k3.name"),
            "k7 20 k19 k3");
}

}  // namespace
}  // namespace async_runtime::builtins
