// Classes (15.7): constructors, methods, accessors, fields, static blocks,
// extends/super, private names.
#include "runtime/interpreter/vm/vm_test_support.h"

namespace async_runtime::interpreter::vm::testing {
namespace {

// Each snippet runs in its own block, so its class declarations do not
// collide with those of the previous snippets in the same global scope.
class ClassTest : public VmTest {
 protected:
  std::string Eval(const std::string& source) { return VmTest::Eval("{ " + source + " }"); }
};

TEST_F(ClassTest, ConstructorsMethodsAndAccessors) {
  EXPECT_EQ(Eval("class A { constructor(x) { this.x = x; } get double() { return this.x * 2; } "
                 "set double(v) { this.x = v / 2; } add(n) { return this.x + n; } static make() { return new A(4); } } "
                 "var a = A.make(); a.double = 20; a.add(1) + a.double"),
            "31");
  EXPECT_EQ(Eval("class B {} typeof B + (new B() instanceof B)"), "\"functiontrue\"");
  EXPECT_EQ(Eval("class C {} try { C(); } catch (e) { e.message }"), "\"Class constructor cannot be invoked without 'new'\"");
  EXPECT_EQ(Eval("var k = 'dyn'; class D { [k + 1]() { return 'm'; } } new D().dyn1() + D.prototype.dyn1.name"),
            "\"mdyn1\"");
  EXPECT_EQ(Eval("class E { m() {} } var d = {}; for (var p in E.prototype) d.p = p; d.p"), "undefined");
  EXPECT_EQ(Eval("let C = class {}; C.name"), "\"C\"");
  EXPECT_EQ(Eval("class F { static #count = 0; static inc() { return ++F.#count; } } F.inc(); F.inc()"), "2");
}

TEST_F(ClassTest, FieldsAndStaticBlocks) {
  EXPECT_EQ(Eval("var log = ''; class A { a = (log += 'a', 1); b = this.a + 1; static s = (log += 's', 5); "
                 "static { log += 'b' + this.s; } } var o = new A(); log + o.a + o.b"),
            "\"sb5a12\"");
  EXPECT_EQ(Eval("class A { f = function () {}; } new A().f.name"), "\"f\"");
}

TEST_F(ClassTest, ExtendsAndSuper) {
  EXPECT_EQ(Eval("class A { constructor(x) { this.x = x; } who() { return 'A' + this.x; } static s() { return 'sA'; } } "
                 "class B extends A { constructor() { super(7); this.y = 1; } who() { return 'B' + super.who(); } "
                 "static s() { return super.s() + 'B'; } } var b = new B(); b.who() + b.y + B.s() + (b instanceof A)"),
            "\"BA71sABtrue\"");
  EXPECT_EQ(Eval("class A { constructor(...args) { this.n = args.length; } } class B extends A {} new B(1, 2, 3).n"),
            "3");
  EXPECT_EQ(Eval("class A {} class B extends A { constructor() { this.x = 1; } } "
                 "try { new B(); 'no error' } catch (e) { typeof e }"),
            "\"object\"");
  EXPECT_EQ(Eval("class A {} class B extends A { constructor() { return 1; } } try { new B(); } catch (e) { e.message }"),
            "\"Derived constructors may only return object or undefined\"");
  EXPECT_EQ(Eval("class N extends null {} typeof N.prototype"), "\"object\"");
  EXPECT_EQ(Eval("try { class X extends 1 {} } catch (e) { e.message }"),
            "\"Class extends value value is not a constructor or null\"");
  EXPECT_EQ(Eval("var o = { m() { return super.m ? 'has' : 'none'; } }; o.m()"), "\"none\"");
  EXPECT_EQ(Eval("var base = { greet() { return 'hi'; } }; var o = { __proto__: base, greet() { return super.greet() + '!'; } }; o.greet()"),
            "\"hi!\"");
  EXPECT_EQ(Eval("class A { constructor() { this.f = 1; } } class B extends A { g = this.f + 1; } new B().g"), "2");
  EXPECT_EQ(Eval("class A { x = 1; } class B extends A { constructor() { var f = () => super(); f(); this.y = this.x; } } "
                 "new B().y"),
            "1");
}

TEST_F(ClassTest, PrivateNames) {
  EXPECT_EQ(Eval("class P { #x = 1; #m() { return this.#x; } get #g() { return this.#x * 10; } "
                 "set #g(v) { this.#x = v; } run(o) { this.#g = 5; return this.#m() + this.#g + (#x in o); } } "
                 "new P().run({})"),
            "55");
  EXPECT_EQ(Eval("class P { #x = 1; static read(o) { return o.#x; } } try { P.read({}); } catch (e) { e.message }"),
            "\"Cannot read private member #x from an object whose class did not declare it\"");
  EXPECT_EQ(Eval("class P { #m() {} static w(o) { o.#m = 1; } } try { P.w(new P()); } catch (e) { e.message }"),
            "\"Private method '#m' is not writable\"");
  EXPECT_EQ(Eval("class P { #x; constructor(o) { return o; } } class Q extends P { #y = 2; static has(o) { return #y in o; } } "
                 "var o = {}; new Q(o); Q.has(o)"),
            "true");
}

}  // namespace
}  // namespace async_runtime::interpreter::vm::testing
