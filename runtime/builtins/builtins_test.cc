// Built-ins through the VM: each test evaluates a script in a realm made by
// builtins::InitializeRealm and checks its completion value.
#include <gtest/gtest.h>

#include <string>

#include "runtime/builtins/realm_setup.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/primitive_string.h"
#include "runtime/interpreter/vm/vm.h"

namespace async_runtime::builtins {
namespace {

class BuiltinsTest : public ::testing::Test {
 protected:
  BuiltinsTest() : vm_(agent_, MakeVmOptions()) {}

  // The completion value as a String (scripts end with a string expression),
  // or "threw " + the thrown value's String conversion done in JS.
  std::string Eval(const std::string& source) {
    auto result = vm_.EvaluateScript(source);
    if (result.is_throw_completion()) {
      Value thrown = result.thrown_value();
      if (thrown.IsString()) return "threw " + thrown.AsString()->ToUtf8();
      if (thrown.IsObject()) {
        auto message = interpreter::Get(agent_, thrown.AsObject(), agent_.Key(u"message"));
        if (message.is_normal_completion() && message.value().IsString()) {
          return "threw " + message.value().AsString()->ToUtf8();
        }
      }
      return "threw (non-string)";
    }
    Value value = result.value();
    if (value.IsString()) return value.AsString()->ToUtf8();
    if (value.IsBoolean()) return value.AsBoolean() ? "true" : "false";
    if (value.IsUndefined()) return "undefined";
    if (value.IsNumber()) return std::to_string(value.AsNumber());
    return "(other)";
  }

  interpreter::Agent agent_;
  interpreter::vm::Vm vm_;
};

TEST_F(BuiltinsTest, ErrorConstructorsMakeErrorsWithTheirPrototypes) {
  EXPECT_EQ(Eval("var e = new TypeError('bad'); (e instanceof TypeError) + ' ' + (e instanceof Error)"),
            "true true");
  EXPECT_EQ(Eval("new RangeError('r').message"), "r");
  EXPECT_EQ(Eval("new Error('m').toString()"), "Error: m");
  EXPECT_EQ(Eval("TypeError('called').toString()"), "TypeError: called");
  EXPECT_EQ(Eval("new SyntaxError().toString()"), "SyntaxError");
  EXPECT_EQ(Eval("new Error('x', { cause: 42 }).cause + ''"), "42");
  EXPECT_EQ(Eval("'cause' in new Error('x', {}) ? 'has' : 'none'"), "none");
  EXPECT_EQ(Eval("TypeError.prototype.name + ',' + TypeError.name + ',' + TypeError.length"), "TypeError,TypeError,1");
  EXPECT_EQ(Eval("(TypeError.prototype instanceof Error) + ' ' + (TypeError.prototype.constructor === TypeError)"),
            "true true");
}

TEST_F(BuiltinsTest, EngineErrorsAreInstancesOfTheRealmsConstructors) {
  EXPECT_EQ(Eval("try { null.x } catch (e) { (e instanceof TypeError) + ' ' + (e.constructor === TypeError) }"),
            "true true");
  EXPECT_EQ(Eval("try { undefinedVariable } catch (e) { e.constructor.name }"), "ReferenceError");
}

TEST_F(BuiltinsTest, FunctionPrototypeCallApplyBind) {
  EXPECT_EQ(Eval("function f(a, b) { return this.x + a + b; } f.call({x: 'c'}, 1, 2)"), "c12");
  EXPECT_EQ(Eval("function f(a, b) { return this.x + a + b; } f.apply({x: 'a'}, {length: 2, 0: 'p', 1: 'q'})"),
            "apq");
  EXPECT_EQ(Eval("function f(a, b) { return this.x + a + b; } var g = f.bind({x: 'b'}, 'y'); g('z')"), "byz");
  EXPECT_EQ(Eval("function foo(a, b, c) {} var g = foo.bind(null, 1); g.name + ' ' + g.length"), "bound foo 2");
  EXPECT_EQ(Eval("function P(a) { this.a = a; } var B = P.bind(null, 'k'); var o = new B(); "
                 "(o instanceof P) + o.a"),
            "truek");
  EXPECT_EQ(Eval("try { Error.call.call(1) } catch (e) { e.constructor.name }"), "TypeError");
}

TEST_F(BuiltinsTest, FunctionPrototypeToStringOfBuiltins) {
  EXPECT_EQ(Eval("Error.call.toString()"), "function call() { [native code] }");
  EXPECT_EQ(Eval("Error.toString.call(Error)"), "function Error() { [native code] }");
}

TEST_F(BuiltinsTest, PrimitivesHaveWrappersForThisInSloppyFunctions) {
  EXPECT_EQ(Eval("function f() { return typeof this; } f.call('s')"), "object");
  EXPECT_EQ(Eval("function f() { 'use strict'; return typeof this; } f.call('s')"), "string");
}

}  // namespace
}  // namespace async_runtime::builtins

namespace async_runtime::builtins {
namespace {

TEST_F(BuiltinsTest, TaggedTemplatesGetOneFrozenTemplateObjectPerSite) {
  EXPECT_EQ(Eval("function tag(strings, a, b) { return strings.length + '|' + strings[0] + '|' + strings.raw[1] + '|' + a + b; } "
                 "tag`x${1}\\n${2}`"),
            "3|x|\\n|12");
  EXPECT_EQ(Eval("function id(s) { return s; } function f() { return id`a`; } "
                 "(f() === f()) + ' ' + Object.isFrozen(f()) + ' ' + Object.isFrozen(f().raw) + ' ' + (id`a` === f())"),
            "true true true false");
  EXPECT_EQ(Eval("var o = { m(s) { return this === o; } }; '' + o.m`x`"), "true");
  EXPECT_EQ(Eval("function c(s) { return s[0] === undefined && s.raw[0].length === 3; } '' + c`\\u{`"), "true");
}

TEST_F(BuiltinsTest, DynamicFunctionsAndIndirectEval) {
  EXPECT_EQ(Eval("var add = new Function('a', 'b', 'return a + b'); '' + add(2, 3) + add.name + add.length"),
            "5anonymous2");
  EXPECT_EQ(Eval("Function('a,b', 'c', 'return a + b + c')(1, 2, 3) + ''"), "6");
  EXPECT_EQ(Eval("Function('return 1').toString()"), "function anonymous(\n) {\nreturn 1\n}");
  EXPECT_EQ(Eval("try { Function('/*', '*/){'); 'no' } catch (e) { e.constructor.name }"), "SyntaxError");
  EXPECT_EQ(Eval("var G = Object.getPrototypeOf(function* () {}).constructor; var g = new G('yield 1; yield 2'); "
                 "'' + [...g()] + (G.prototype === Object.getPrototypeOf(g))"),
            "1,2true");
  EXPECT_EQ(Eval("var e = eval; e('var fromEval = 40'); '' + (fromEval + 2) + e(7) + e('1;;')"), "4271");
  EXPECT_EQ(Eval("try { eval('a b'); } catch (e) { e.constructor.name }"), "SyntaxError");
  EXPECT_EQ(Eval("function f() { return 1; } f.toString()"), "function f() { return 1; }");
  EXPECT_EQ(Eval("class K { m() {} } K.toString()"), "class K { m() {} }");
}

TEST_F(BuiltinsTest, DirectEvalSeesTheCallersBindings) {
  EXPECT_EQ(Eval("function f(a) { var b = 2; { let c = 3; return eval('a + b + c'); } } '' + f(1)"), "6");
  EXPECT_EQ(Eval("function g() { var x = 1; eval('x = 5'); return x; } '' + g()"), "5");
  EXPECT_EQ(Eval("function h() { 'use strict'; eval('var inner = 1'); return typeof inner; } h()"), "undefined");
  EXPECT_EQ(Eval("function s() { 'use strict'; try { eval('with ({}) {}'); } catch (e) { return e.constructor.name; } } s()"),
            "SyntaxError");
  EXPECT_EQ(Eval("eval('var globalFromEval = 3'); '' + globalFromEval + delete globalThis.globalFromEval"), "3true");
  EXPECT_EQ(Eval("var o = { m() { return eval('this === o'); } }; '' + o.m()"), "true");
  EXPECT_EQ(Eval("function t() { let v = 'inner'; var e = eval; return [eval('typeof v'), e('typeof v')].join(); } t()"),
            "string,undefined");
  EXPECT_EQ(Eval("function u() { eval('var declared = 1'); return '' + declared; } u()"), "1");
  EXPECT_EQ(Eval("function nt() { return eval('new.target'); } '' + (new nt() !== undefined) + nt()"), "trueundefined");
  EXPECT_EQ(Eval("try { eval('new.target'); } catch (e) { e.constructor.name }"), "SyntaxError");
  EXPECT_EQ(Eval("var base = { x: 'X' }; var o = { __proto__: base, m() { return eval('super.x'); } }; o.m()"), "X");
  EXPECT_EQ(Eval("class P { #p = 'secret'; read() { return eval('this.#p'); } } new P().read()"), "secret");
  EXPECT_EQ(Eval("class Q { f = eval('try { eval(\"arguments\") } catch (e) { e.constructor.name }'); } new Q().f"),
            "SyntaxError");
}

TEST_F(BuiltinsTest, ArgumentsObjects) {
  EXPECT_EQ(Eval("function f(a, b) { arguments[0] = 'x'; b = 'y'; return a + arguments[1] + arguments.length; } f(1, 2, 3)"),
            "xy3");
  EXPECT_EQ(Eval("function f(a) { 'use strict'; arguments[0] = 'x'; return a; } '' + f(1)"), "1");
  EXPECT_EQ(Eval("function f(a) { delete arguments[0]; arguments[0] = 9; return a; } '' + f(1)"), "1");
  EXPECT_EQ(Eval("function f() { 'use strict'; try { return arguments.callee; } catch (e) { return e.constructor.name; } } f()"),
            "TypeError");
  EXPECT_EQ(Eval("function f() { return arguments.callee === f; } '' + f()"), "true");
  EXPECT_EQ(Eval("function f() { return Object.prototype.toString.call(arguments); } f()"), "[object Arguments]");
  EXPECT_EQ(Eval("function f(a, a) { a = 5; return arguments[0] + ',' + arguments[1]; } f(1, 2)"), "1,5");
  EXPECT_EQ(Eval("'' + Object.getOwnPropertyNames(Function.prototype).includes('caller')"), "true");
}

TEST_F(BuiltinsTest, GeneratorsSuspendAndResume) {
  EXPECT_EQ(Eval("function* g(a) { var x = yield a; var y = yield x + 1; return y * 2; } "
                 "var it = g(1); var r1 = it.next(); var r2 = it.next(10); var r3 = it.next(4); var r4 = it.next(); "
                 "'' + r1.value + r1.done + r2.value + r2.done + r3.value + r3.done + r4.value + r4.done"),
            "1false11false8trueundefinedtrue");
  EXPECT_EQ(Eval("function* g() { try { yield 1; } finally { log = 'cleanup'; } } var log = ''; var it = g(); it.next(); "
                 "var r = it.return(7); '' + r.value + r.done + log"),
            "7truecleanup");
  EXPECT_EQ(Eval("function* g() { try { yield 1; } catch (e) { yield 'caught ' + e; } } var it = g(); it.next(); "
                 "it.throw('x').value"),
            "caught x");
  EXPECT_EQ(Eval("function* inner() { var r = yield 'a'; yield r; return 'ret'; } "
                 "function* outer() { var v = yield* inner(); yield v; } var it = outer(); "
                 "it.next().value + it.next('b').value + it.next().value + it.next().done"),
            "abrettrue");
  EXPECT_EQ(Eval("function* g() { yield 1; yield 2; } var s = ''; for (var v of g()) s += v; s"), "12");
  EXPECT_EQ(Eval("function* g() { yield 1; yield 2; } var [a, b] = g(); '' + a + b"), "12");
  EXPECT_EQ(Eval("function* g() { it.next(); } var it = g(); try { it.next(); } catch (e) { e.constructor.name }"),
            "TypeError");
  EXPECT_EQ(Eval("function* g() {} "
                 "(g.prototype instanceof Error) + ' ' + typeof g().next + ' ' + (g() instanceof g)"),
            "false function true");
  EXPECT_EQ(Eval("var o = { *m() { yield this.k; }, k: 'kk' }; o.m().next().value"), "kk");
  EXPECT_EQ(Eval("function* g() { yield 1; } var it = g(); it.return(5); var r = it.next(); '' + r.value + r.done"),
            "undefinedtrue");
  EXPECT_EQ(Eval("class G { *g() { yield 1; } static *s() { yield 2; } } "
                 "new G().g().next().value + G.s().next().value + ''"),
            "3");
  EXPECT_EQ(Eval("function* g() { throw new RangeError('boom'); } try { g().next(); } catch (e) { e.message }"),
            "boom");
}

}  // namespace
}  // namespace async_runtime::builtins
