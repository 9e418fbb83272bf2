// Scoping through the VM with the built-ins available: var and function declarations of a sloppy direct eval
// (19.2.1.3 EvalDeclarationInstantiation), the separate VariableEnvironment of a function with parameter
// expressions (10.2.11 FunctionDeclarationInstantiation step 28) and references into `with` objects.
#include <gtest/gtest.h>

#include <string>

#include "runtime/builtins/realm_setup.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/primitive_string.h"
#include "runtime/interpreter/vm/vm.h"

namespace async_runtime::builtins {
namespace {

class ScopingTest : public ::testing::Test {
 protected:
  ScopingTest() : vm_(agent_, MakeVmOptions()) {}

  // The completion value (a String), or "threw " + the thrown error's name.
  std::string EvalScript(const std::string& source) {
    auto result = vm_.EvaluateScript(source);
    if (result.is_throw_completion()) {
      Value thrown = result.thrown_value();
      if (thrown.IsObject()) {
        auto name = interpreter::Get(agent_, thrown.AsObject(), agent_.Key(u"name"));
        if (name.is_normal_completion() && name.value().IsString()) return "threw " + name.value().AsString()->ToUtf8();
      }
      return "threw";
    }
    Value value = result.value();
    return value.IsString() ? value.AsString()->ToUtf8() : "(other)";
  }
  interpreter::Agent agent_;
  interpreter::vm::Vm vm_;
};

// B.3.2.1: a block function whose var would conflict with an enclosing block's function gets no var binding.
TEST_F(ScopingTest, AnnexBFunctionInNestedBlocks) {
  EXPECT_EQ(EvalScript("function g() { { function f() { return 1; } { function f() { return 2; } } } return f(); }"
                       " String(g())"),
            "1");
  EXPECT_EQ(EvalScript("function h() { { { function f() { return 2; } } } return f(); } String(h())"), "2");
}

// Errors of [[Call]] and [[Construct]] come from the Realm the spec names.
TEST_F(ScopingTest, ClassConstructorErrorRealms) {
  EXPECT_EQ(EvalScript("class C {} try { C(); } catch (e) { e.constructor === TypeError ? 'same' : 'other' }"),
            "same");
}

// using and await using declare immutable bindings, in blocks and in for heads alike.
TEST_F(ScopingTest, UsingBindingsAreImmutable) {
  EXPECT_EQ(EvalScript("{ using x = null; x = 1; }"), "threw TypeError");
  EXPECT_EQ(EvalScript("for (using x of [null]) { x = 1; }"), "threw TypeError");
  EXPECT_EQ(EvalScript("for (using i = null; i === null; i = 1) {}"), "threw TypeError");
}

// Built-ins that must not look up what a script may have replaced or that dispatch on bound functions.
TEST_F(ScopingTest, IntrinsicsAndBoundFunctions) {
  // Array.prototype.toString falls back to %Object.prototype.toString%, even once it is deleted.
  EXPECT_EQ(EvalScript("delete Object.prototype.toString; Array.prototype.toString.call({ join: null })"),
            "[object Object]");
  // OrdinaryHasInstance of a bound function is InstanceofOperator on its target.
  EXPECT_EQ(EvalScript("var C = function() {}; var b = C.bind(); String(b[Symbol.hasInstance](new C()))"), "true");
  // A static method's source text starts at the MethodDefinition, after `static`.
  EXPECT_EQ(EvalScript("(class { static /* s */ async m() {} }).m.toString()"), "async m() {}");
}

TEST_F(ScopingTest, SloppyEvalDeclaresVarsInTheFunctionsVariableEnvironment) {
  EXPECT_EQ(EvalScript("function f() { eval('var x = 1'); return x; } String(f())"), "1");
  EXPECT_EQ(EvalScript("var x = 'outer'; function g() { eval('var x = \"inner\"'); return x; } g() + x"),
            "innerouter");
  // Closures made before the eval see the new binding too.
  EXPECT_EQ(EvalScript("var y = 'outer'; function h() { var read = () => y; eval('var y = \"inner\"'); return read(); }"
                       " h()"),
            "inner");
  // The binding is deletable, and the outer one shows through again.
  EXPECT_EQ(EvalScript("var z = 'outer'; function k() { eval('var z = 1'); var d = delete z; return d + z; } k()"),
            "trueouter");
  // Functions are created in the function's var environment over the eval's lexical environment.
  EXPECT_EQ(EvalScript("function m() { eval('let hidden = 7; function fn() { return hidden; }'); return fn(); }"
                       " String(m())"),
            "7");
  // An existing var or parameter is reused.
  EXPECT_EQ(EvalScript("function p(a) { eval('var a = a + 1'); return a; } String(p(1))"), "2");
  // A nested eval sees the bindings of the first one.
  EXPECT_EQ(EvalScript("function q() { eval('var n = 5'); return eval('n * 2'); } String(q())"), "10");
}

TEST_F(ScopingTest, SloppyEvalVarConflictsWithLexicalDeclarations) {
  EXPECT_EQ(EvalScript("function f() { let x; try { eval('var x'); } catch (e) { return e.name; } } f()"),
            "SyntaxError");
  EXPECT_EQ(EvalScript("function g() { { let x; try { eval('var x'); } catch (e) { return e.name; } } } g()"),
            "SyntaxError");
  // Annex B.3.4: a var may redeclare a catch parameter.
  EXPECT_EQ(EvalScript("function h() { try { throw 1; } catch (e) { eval('var e = 2'); return String(e); } } h()"), "2");
  EXPECT_EQ(EvalScript("let g1; try { eval('var g1'); 'no' } catch (e) { e.name }"), "SyntaxError");
  // Nothing was declared when the check failed.
  EXPECT_EQ(EvalScript("function k() { let c; try { eval('var fresh; var c'); } catch (e) {} return typeof fresh; } k()"),
            "undefined");
}

TEST_F(ScopingTest, GlobalEvalFunctionsCloseOverTheEvalsLexicalEnvironment) {
  EXPECT_EQ(EvalScript("eval('let secret = 3; function reveal() { return secret; }'); String(reveal())"), "3");
}

TEST_F(ScopingTest, ParameterExpressionsGetASeparateVariableEnvironment) {
  EXPECT_EQ(EvalScript("var x = 'outside'; function f(probe = () => x) { var x = 'inside'; return probe(); } f()"),
            "outside");
  // A var of a parameter's name starts with the parameter's value, then the two are separate.
  EXPECT_EQ(EvalScript("function g(a, read = () => a) { var a; var before = a; a = 2; return before + ',' + a + ','"
                       " + read(); } g(1)"),
            "1,2,1");
  // Functions declared in the body do not see through to a closure made by the parameters.
  EXPECT_EQ(EvalScript("var v = 'outside'; function h(probe = () => v) { function v() {} return probe(); } h()"),
            "outside");
  // The parameters (and the arguments object) are bindings a var of an eval in a parameter may not redeclare.
  EXPECT_EQ(EvalScript("function m(p = eval('var p')) {} try { m(); 'no' } catch (e) { e.name }"), "SyntaxError");
  EXPECT_EQ(EvalScript("function n(p = eval('var arguments')) { var arguments; } try { n(); 'no' } catch (e) { e.name }"),
            "SyntaxError");
  EXPECT_EQ(EvalScript("function o() { return eval('arguments.length'); } String(o(1, 2))"), "2");
  // A sloppy eval in a parameter declares its var outside the parameters and the body.
  EXPECT_EQ(EvalScript("var w = 'outside'; function k(a = eval('var w = \"param\"'), probe = () => w) { var w = 'body';"
                       " return probe() + w; } k()"),
            "parambody");
}

TEST_F(ScopingTest, ReferencesIntoWithObjectsAreResolvedOnce) {
  // The binding object found before the right side is evaluated receives the value.
  EXPECT_EQ(EvalScript("var scope = { x: 1 }; with (scope) { x *= (delete scope.x, 2); } String(scope.x)"), "2");
  EXPECT_EQ(EvalScript("var outer = { x: 0 }, inner = { x: 1 }; with (outer) { with (inner) { x ^= (delete inner.x, 2);"
                       " } } inner.x + ',' + outer.x"),
            "3,0");
  EXPECT_EQ(EvalScript("var s = { x: 1 }; with (s) { x = (delete s.x, 5); } s.x + ',' + typeof x"), "5,undefined");
  EXPECT_EQ(EvalScript("var t = { y: 1 }; with (t) { y++; } String(t.y)"), "2");
  EXPECT_EQ(EvalScript("var u = { z: 1 }; with (u) { z += (u.z = 10, 1); } String(u.z)"), "2");
  // Strict code: a binding that vanished from the global object is a ReferenceError.
  EXPECT_EQ(EvalScript("globalThis.gone = 1; (function () { 'use strict'; gone = (delete globalThis.gone, 2); })();"
                       " 'no'"),
            "threw ReferenceError");
  // A var a direct eval declared, deleted meanwhile, is declared again by a sloppy assignment.
  EXPECT_EQ(EvalScript("function f() { eval('var v = 1'); v = (delete v, 2); return v; } String(f())"), "2");
}

TEST_F(ScopingTest, CompoundAssignmentConvertsAComputedKeyOnce) {
  EXPECT_EQ(EvalScript("var n = 0, key = { toString() { n++; return 'k'; } }, o = { k: 1 }; o[key] += 1; o[key]++;"
                       " n + ',' + o.k"),
            "2,3");
  // A nullish base throws before the key is converted.
  EXPECT_EQ(EvalScript("var base = null, key = { toString() { throw 1; } }; try { base[key] += 1; } catch (e) { e.name }"),
            "TypeError");
}

TEST_F(ScopingTest, ObjectLiteralKeysNameFunctionsAndAccessorsHaveAHomeObject) {
  EXPECT_EQ(EvalScript("var s = Symbol('sym'), o = { [s]: () => {}, ['k' + 1]: function () {}, [Symbol()]: class {} };"
                       " o[s].name + ',' + o.k1.name + ',' + o[Object.getOwnPropertySymbols(o)[1]].name + '.'"),
            "[sym],k1,.");
  EXPECT_EQ(EvalScript("var t = Symbol('t'), o = { get [t]() { return 1; }, set [t](v) {} };"
                       " var d = Object.getOwnPropertyDescriptor(o, t); d.get.name + ',' + d.set.name"),
            "get [t],set [t]");
  EXPECT_EQ(EvalScript("var proto = { v: 'proto' }, o = { get v() { return super.v; } }; Object.setPrototypeOf(o, proto);"
                       " o.v"),
            "proto");
  // The key is converted before the value is evaluated.
  EXPECT_EQ(EvalScript("var log = [], key = { toString() { log.push('key'); return 'k'; } };"
                       " ({ [key]: log.push('value') }); log.join()"),
            "key,value");
  EXPECT_EQ(EvalScript("var c = { [Symbol('c')]: class { static name() {} } }; typeof c[Object.getOwnPropertySymbols(c)[0]].name"),
            "function");
}

TEST_F(ScopingTest, DirectEvalWithSpreadArguments) {
  EXPECT_EQ(EvalScript("var x = 'global'; (function () { var x = 'local'; eval(...['x = 1;', 'x = 2;']); return x; })()"
                       " + ',' + x"),
            "1,global");
}

TEST_F(ScopingTest, DeleteOfASuperReferenceThrowsAfterEvaluatingIt) {
  EXPECT_EQ(EvalScript("var o = { m() { delete super.x; } }; try { o.m(); 'no' } catch (e) { e.name }"), "ReferenceError");
  EXPECT_EQ(EvalScript("var k = { toString() { throw new TypeError(); } }, o = { m() { delete super[k]; } };"
                       " try { o.m(); 'no' } catch (e) { e.name }"),
            "ReferenceError");
  // GetSuperBase comes before the key's ToPropertyKey.
  EXPECT_EQ(EvalScript("var p1 = { p: 'ok' }, p2 = { p: 'bad' }, obj = { __proto__: p1, m() { return super[key]; } };"
                       " var key = { toString() { Object.setPrototypeOf(obj, p2); return 'p'; } }; obj.m()"),
            "ok");
}

TEST_F(ScopingTest, FinallyBlocksKeepTheTryBlocksCompletionValue) {
  EXPECT_EQ(EvalScript("String(eval('6; try { 7; } finally { 8; }'))"), "7");
  EXPECT_EQ(EvalScript("String(eval('4; try { } finally { 5; }'))"), "undefined");
  EXPECT_EQ(EvalScript("String(eval('99; do { -99; try { 39 } finally { 42; break; } } while (false);'))"), "42");
  EXPECT_EQ(EvalScript("String(eval('99; do { -99; try { 39 } finally { break; } } while (false);'))"), "undefined");
}

TEST_F(ScopingTest, DerivedConstructorResultErrorsAreThrownInTheCaller) {
  EXPECT_EQ(EvalScript("class C extends class {} { constructor() { super(); try { return 0; } catch (e) { return; } } }"
                       " try { new C(); 'no' } catch (e) { e.name }"),
            "TypeError");
}

TEST_F(ScopingTest, AssignmentToAPropertyOfAPrimitiveUsesItsPrototypesSet) {
  EXPECT_EQ(EvalScript("var n = 0; Object.defineProperty(Number.prototype, 'p', { set(v) { n += v; } }); (1).p = 2;"
                       " String(n)"),
            "2");
  EXPECT_EQ(EvalScript("(function () { 'use strict'; try { 'abc'.length = 1; } catch (e) { return e.name; } })()"),
            "TypeError");
  EXPECT_EQ(EvalScript("(function () { 'use strict'; try { (1).q = 1; } catch (e) { return e.name; } })()"),
            "TypeError");
}

TEST_F(ScopingTest, WithObjectsAreTheThisOfCallsAndVarInitializersResolveFirst) {
  EXPECT_EQ(EvalScript("var o = { m() { return this === o; } }; with (o) { String(m()) }"), "true");
  EXPECT_EQ(EvalScript("var p = { id: 1 }; with (p) { var id = delete p.id; } String(p.id) + ',' + id"), "true,undefined");
}

TEST_F(ScopingTest, ArgumentsObjectRules) {
  EXPECT_EQ(EvalScript("function f() { return typeof arguments; var arguments = 1; } f()"), "object");
  EXPECT_EQ(EvalScript("(function () { { function arguments() {} } return String(arguments); })()"),
            "[object Arguments]");
  EXPECT_EQ(EvalScript("(function () { var n = 0; for (var a = ++n in {}); return n + ',' + a; })()"), "1,1");
}

TEST_F(ScopingTest, ParenthesizedOptionalChainCalleeKeepsItsThis) {
  EXPECT_EQ(EvalScript("var a = { b() { return this._b; }, _b: { c: 42 } };"
                       " [(a?.b)().c, (a?.b)?.().c, a?.b().c, a.b?.().c].join()"),
            "42,42,42,42");
  EXPECT_EQ(EvalScript("var n = null; try { (n?.b)(); 'no' } catch (e) { e.name }"), "TypeError");
  EXPECT_EQ(EvalScript("var n = null; String((n?.b)?.())"), "undefined");
}

TEST_F(ScopingTest, ObjectDestructuringEvaluatesTheTargetReferenceBeforeGettingTheValue) {
  EXPECT_EQ(EvalScript("var log = [], src = { get p() { log.push('get'); return 1; } };"
                       " var key = { toString() { log.push('key'); return 'p'; } };"
                       " var tgt = { set q(v) { log.push('set ' + v); } };"
                       " ({ [key]: (log.push('target'), tgt).q } = src); log.join()"),
            "key,target,get,set 1");
  EXPECT_EQ(EvalScript("var o = { a: 1 }, r = {}; with (r) { ({ a: r.x = 5 } = o); } String(r.x)"), "1");
}

TEST_F(ScopingTest, CallsAsAssignmentTargetsThrowAReferenceErrorAfterTheCall) {
  EXPECT_EQ(EvalScript("var log = []; function f() { log.push('f'); return 1; } function g() { log.push('g'); }"
                       " var names = [];"
                       " for (var run of [() => { f() = g(); }, () => { f() += g(); }, () => { f()++; }, () => { --f(); },"
                       " () => { for (f() in [1]); }]) { try { run(); } catch (e) { names.push(e.name); } }"
                       " names.join() + ';' + log.join()"),
            "ReferenceError,ReferenceError,ReferenceError,ReferenceError,ReferenceError;f,f,f,f,f");
}

}  // namespace
}  // namespace async_runtime::builtins
