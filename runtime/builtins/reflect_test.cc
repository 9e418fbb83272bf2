// 28.1 The Reflect object through the VM.
#include "runtime/builtins/script_test_support.h"

namespace async_runtime::builtins {
namespace {

using ReflectTest = BuiltinsScriptTest;

TEST_F(ReflectTest, FunctionsHaveTheirLengthsNamesAndAttributes) {
  EXPECT_EQ(Eval(std::string(kDescribe) +
                 "var names = ['apply', 'construct', 'defineProperty', 'deleteProperty', 'get',"
                 "  'getOwnPropertyDescriptor', 'getPrototypeOf', 'has', 'isExtensible', 'ownKeys',"
                 "  'preventExtensions', 'set', 'setPrototypeOf'];"
                 "var out = ''; for (var i = 0; i < names.length; i++) out += describe(Reflect, names[i]) + ' ';"
                 "out"),
            "3|apply|WeC 2|construct|WeC 3|defineProperty|WeC 2|deleteProperty|WeC 2|get|WeC "
            "2|getOwnPropertyDescriptor|WeC 1|getPrototypeOf|WeC 2|has|WeC 1|isExtensible|WeC 1|ownKeys|WeC "
            "1|preventExtensions|WeC 3|set|WeC 2|setPrototypeOf|WeC ");
  EXPECT_EQ(Eval(std::string(kDescribe) + "describe(this, 'Reflect')"), "WeC");
  EXPECT_EQ(Eval("Object.getPrototypeOf(Reflect) === Object.prototype"), "true");
  EXPECT_EQ(Eval(std::string(kDescribe) + "describe(Reflect, Object.getOwnPropertySymbols(Reflect)[0])"), "weC");
  EXPECT_EQ(Eval("Object.prototype.toString.call(Reflect)"), "[object Reflect]");
  EXPECT_EQ(ThrownName("Reflect()"), "TypeError");
  EXPECT_EQ(ThrownName("new Reflect()"), "TypeError");
}

TEST_F(ReflectTest, ApplyAndConstruct) {
  EXPECT_EQ(Eval("function f(a, b) { return this.x + a + b; } Reflect.apply(f, {x: 'p'}, {length: 2, 0: 'q', 1: 'r'})"),
            "pqr");
  EXPECT_EQ(ThrownName("Reflect.apply(1, null, [])"), "TypeError");
  EXPECT_EQ(ThrownName("Reflect.apply(function() {}, null)"), "TypeError");
  EXPECT_EQ(Eval("function C(a) { this.a = a; } var o = Reflect.construct(C, {length: 1, 0: 5}); (o instanceof C) + ' ' + o.a"),
            "true 5");
  EXPECT_EQ(Eval("function C() {} function D() {} var o = Reflect.construct(C, {length: 0}, D);"
                 "Object.getPrototypeOf(o) === D.prototype"),
            "true");
  EXPECT_EQ(ThrownName("Reflect.construct(function() {}, {length: 0}, Object.keys)"), "TypeError");
  EXPECT_EQ(ThrownName("Reflect.construct(Object.keys, {length: 0})"), "TypeError");
  EXPECT_EQ(Eval("function N() { return typeof new.target; } typeof Reflect.construct(N, {length: 0})"), "object");
}

TEST_F(ReflectTest, PropertyFunctions) {
  EXPECT_EQ(Eval("var o = {}; Reflect.defineProperty(o, 'x', {value: 1}) + ' ' + Reflect.defineProperty(o, 'x', {value: 2})"),
            "true false");
  EXPECT_EQ(ThrownName("Reflect.defineProperty(1, 'x', {})"), "TypeError");
  EXPECT_EQ(Eval("var o = {a: 1}; Reflect.deleteProperty(o, 'a') + ' ' + ('a' in o) + ' ' +"
                 "Reflect.deleteProperty(Object.freeze({b: 1}), 'b')"),
            "true false false");
  EXPECT_EQ(Eval("Reflect.get({a: 3}, 'a')"), "3");
  EXPECT_EQ(Eval("var o = {get x() { return this.y; }}; Reflect.get(o, 'x', {y: 'receiver'})"), "receiver");
  EXPECT_EQ(ThrownName("Reflect.get('str', 'length')"), "TypeError");
  EXPECT_EQ(Eval("var o = {}; Reflect.set(o, 'a', 4) + ' ' + o.a"), "true 4");
  EXPECT_EQ(Eval("var r = {}; var o = {set x(v) { this.z = v; }}; Reflect.set(o, 'x', 7, r); r.z + ' ' + o.z"),
            "7 undefined");
  EXPECT_EQ(Eval("Reflect.set(Object.freeze({a: 1}), 'a', 2)"), "false");
  EXPECT_EQ(Eval("Reflect.has({a: 1}, 'a') + ' ' + Reflect.has(Object.create({b: 1}), 'b') + ' ' + Reflect.has({}, 'c')"),
            "true true false");
  EXPECT_EQ(Eval("var d = Reflect.getOwnPropertyDescriptor({a: 1}, 'a'); d.value + ' ' + d.writable"), "1 true");
  EXPECT_EQ(Eval("Reflect.getOwnPropertyDescriptor({}, 'a')"), "undefined");
  EXPECT_EQ(ThrownName("Reflect.getOwnPropertyDescriptor(null, 'a')"), "TypeError");
  EXPECT_EQ(Eval("var k = Reflect.ownKeys(Reflect); k.length + ' ' + k[0] + ' ' + typeof k[13]"), "14 apply symbol");
  EXPECT_EQ(Eval("var k = Reflect.ownKeys({b: 1, 2: 1, a: 1}); k[0] + k[1] + k[2]"), "2ba");
  EXPECT_EQ(ThrownName("Reflect.ownKeys(1)"), "TypeError");
}

TEST_F(ReflectTest, PrototypeAndExtensibility) {
  EXPECT_EQ(Eval("var p = {}; Reflect.getPrototypeOf(Object.create(p)) === p"), "true");
  EXPECT_EQ(Eval("Reflect.getPrototypeOf(Object.create(null))"), "null");
  EXPECT_EQ(ThrownName("Reflect.getPrototypeOf(1)"), "TypeError");
  EXPECT_EQ(Eval("var o = {}; Reflect.setPrototypeOf(o, null) + ' ' + Reflect.getPrototypeOf(o)"), "true null");
  EXPECT_EQ(Eval("Reflect.setPrototypeOf(Object.preventExtensions({}), {})"), "false");
  EXPECT_EQ(Eval("var a = {}; Reflect.setPrototypeOf(a, Object.create(a))"), "false");
  EXPECT_EQ(ThrownName("Reflect.setPrototypeOf({}, 1)"), "TypeError");
  EXPECT_EQ(ThrownName("Reflect.setPrototypeOf({})"), "TypeError");
  EXPECT_EQ(Eval("var o = {}; Reflect.isExtensible(o) + ' ' + Reflect.preventExtensions(o) + ' ' + Reflect.isExtensible(o)"),
            "true true false");
  EXPECT_EQ(ThrownName("Reflect.isExtensible(1)"), "TypeError");
  EXPECT_EQ(ThrownName("Reflect.preventExtensions(1)"), "TypeError");
}

}  // namespace
}  // namespace async_runtime::builtins
