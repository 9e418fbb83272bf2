#include "runtime/syntax/parser.h"

#include <gtest/gtest.h>

#include <string>

#include "runtime/syntax/ast.h"

namespace async_runtime::syntax {
namespace {

struct Parsed {
  std::unique_ptr<SourceText> source;  // must outlive the program
  ParseResult result;
};

Parsed Parse(const std::string& code, Goal goal = Goal::kScript, bool strict = false) {
  Parsed parsed;
  parsed.source = std::make_unique<SourceText>(SourceText::FromUtf8("test.js", code));
  ParseOptions options;
  options.goal = goal;
  options.force_strict = strict;
  parsed.result = ParseProgram(*parsed.source, options);
  return parsed;
}

Program* ParseOk(Parsed& parsed) {
  EXPECT_TRUE(parsed.result.ok()) << (parsed.result.error ? parsed.result.error->ToString() : "");
  return parsed.result.program.get();
}

// The full error string, or "OK".
std::string ErrorOf(const std::string& code, Goal goal = Goal::kScript, bool strict = false) {
  Parsed parsed = Parse(code, goal, strict);
  return parsed.result.ok() ? "OK" : parsed.result.error->ToString();
}

std::string ModuleError(const std::string& code) { return ErrorOf(code, Goal::kModule); }

template <typename T>
T* As(Node* node, NodeKind kind) {
  EXPECT_NE(node, nullptr);
  EXPECT_EQ(static_cast<int>(node->kind), static_cast<int>(kind));
  return static_cast<T*>(node);
}

Expression* FirstExpression(Program* program) {
  return As<ExpressionStatement>(program->body.at(0), NodeKind::kExpressionStatement)->expression;
}

// ---------------------------------------------------------------------------
// Positive: AST shapes
// ---------------------------------------------------------------------------

TEST(ParserTest, BinaryPrecedenceAndRanges) {
  Parsed parsed = Parse("a + b * c;");
  Program* program = ParseOk(parsed);
  auto* add = As<BinaryExpression>(FirstExpression(program), NodeKind::kBinary);
  EXPECT_EQ(add->op, BinaryOperator::kAdd);
  auto* mul = As<BinaryExpression>(add->right, NodeKind::kBinary);
  EXPECT_EQ(mul->op, BinaryOperator::kMultiply);
  EXPECT_EQ(add->range.start.column, 1u);
  EXPECT_EQ(add->range.end.column, 10u);
  EXPECT_EQ(mul->range.start.column, 5u);
}

TEST(ParserTest, ExponentIsRightAssociative) {
  Parsed parsed = Parse("a ** b ** c; (-a) ** b;");
  Program* program = ParseOk(parsed);
  auto* outer = As<BinaryExpression>(FirstExpression(program), NodeKind::kBinary);
  EXPECT_EQ(outer->left->kind, NodeKind::kIdentifier);
  EXPECT_EQ(As<BinaryExpression>(outer->right, NodeKind::kBinary)->op, BinaryOperator::kExponent);
}

TEST(ParserTest, LogicalAndCoalesce) {
  Parsed parsed = Parse("(a || b) ?? c; a ?? (b && c); x ||= 1; y ?" "?= 2;");
  Program* program = ParseOk(parsed);
  auto* coalesce = As<LogicalExpression>(FirstExpression(program), NodeKind::kLogical);
  EXPECT_EQ(coalesce->op, LogicalOperator::kCoalesce);
  EXPECT_TRUE(coalesce->left->parenthesized);
  auto* assign = As<AssignmentExpression>(
      As<ExpressionStatement>(program->body[2], NodeKind::kExpressionStatement)->expression, NodeKind::kAssignment);
  EXPECT_EQ(assign->op, AssignmentOperator::kLogicalOr);
}

TEST(ParserTest, ArrowFunctionFromCoverGrammar) {
  Parsed parsed = Parse("(a, {b, c: [d = 1]}, ...e) => a + d;");
  Program* program = ParseOk(parsed);
  auto* arrow = As<ArrowFunction>(FirstExpression(program), NodeKind::kArrowFunction);
  FunctionNode* fn = arrow->function;
  EXPECT_EQ(fn->kind, FunctionKind::kArrow);
  EXPECT_TRUE(fn->concise_body);
  EXPECT_FALSE(fn->has_simple_parameter_list);
  ASSERT_EQ(fn->parameters.size(), 2u);
  EXPECT_EQ(fn->parameters[0]->kind, NodeKind::kIdentifier);
  auto* object = As<ObjectPattern>(fn->parameters[1], NodeKind::kObjectPattern);
  ASSERT_EQ(object->properties.size(), 2u);
  EXPECT_TRUE(object->properties[0].shorthand);
  auto* array = As<ArrayPattern>(object->properties[1].value, NodeKind::kArrayPattern);
  EXPECT_EQ(array->elements[0]->kind, NodeKind::kAssignmentTarget);
  ASSERT_NE(fn->rest_parameter, nullptr);
  EXPECT_EQ((std::vector<std::u16string>{u"a", u"b", u"d", u"e"}), fn->parameter_names);
  EXPECT_EQ(fn->function_length, 2u);
  ASSERT_EQ(fn->body.size(), 1u);
  EXPECT_EQ(fn->body[0]->kind, NodeKind::kReturn);
}

TEST(ParserTest, AsyncArrowAndAsyncCall) {
  Parsed parsed = Parse("async (x) => await x; async(x); async x => x; async\n(x);");
  Program* program = ParseOk(parsed);
  auto* arrow = As<ArrowFunction>(FirstExpression(program), NodeKind::kArrowFunction);
  EXPECT_TRUE(arrow->function->is_async);
  auto* call = As<CallExpression>(
      As<ExpressionStatement>(program->body[1], NodeKind::kExpressionStatement)->expression, NodeKind::kCall);
  EXPECT_EQ(As<Identifier>(call->callee, NodeKind::kIdentifier)->name, u"async");
}

TEST(ParserTest, DestructuringAssignmentBecomesPattern) {
  Parsed parsed = Parse("({a, b: c.d, ...rest} = obj); [x, , [y] = [], ...z] = arr;");
  Program* program = ParseOk(parsed);
  auto* assign = As<AssignmentExpression>(FirstExpression(program), NodeKind::kAssignment);
  auto* pattern = As<ObjectPattern>(assign->target, NodeKind::kObjectPattern);
  EXPECT_EQ(pattern->properties.size(), 2u);
  EXPECT_EQ(pattern->properties[1].value->kind, NodeKind::kMember);
  ASSERT_NE(pattern->rest, nullptr);
  auto* second = As<AssignmentExpression>(
      As<ExpressionStatement>(program->body[1], NodeKind::kExpressionStatement)->expression, NodeKind::kAssignment);
  auto* array = As<ArrayPattern>(second->target, NodeKind::kArrayPattern);
  ASSERT_EQ(array->elements.size(), 3u);
  EXPECT_EQ(array->elements[1], nullptr);
  EXPECT_EQ(array->elements[2]->kind, NodeKind::kAssignmentTarget);
}

TEST(ParserTest, OptionalChainAndTaggedTemplate) {
  Parsed parsed = Parse("a?.b.c(d)?.[e]; tag`x${1}y`; new.target === undefined || 1;", Goal::kScript);
  EXPECT_FALSE(parsed.result.ok());  // new.target outside functions
  Parsed ok = Parse("a?.b.c(d)?.[e]; tag`x${1}y\\u{`;");
  Program* program = ParseOk(ok);
  auto* chain = As<OptionalChain>(FirstExpression(program), NodeKind::kOptionalChain);
  auto* member = As<MemberExpression>(chain->expression, NodeKind::kMember);
  EXPECT_TRUE(member->optional);
  auto* tagged = As<TaggedTemplate>(
      As<ExpressionStatement>(program->body[1], NodeKind::kExpressionStatement)->expression, NodeKind::kTaggedTemplate);
  ASSERT_EQ(tagged->quasi->raw.size(), 2u);
  EXPECT_EQ(tagged->quasi->cooked[0], std::optional<std::u16string>(u"x"));
  EXPECT_FALSE(tagged->quasi->cooked[1].has_value());  // invalid escape allowed when tagged
  EXPECT_EQ(tagged->quasi->raw[1], u"y\\u{");
}

TEST(ParserTest, RegExpAndDivision) {
  Parsed parsed = Parse("x = a / b / c; y = /[/]+/gu.test(s); z = a\n/foo/g;");
  Program* program = ParseOk(parsed);
  auto* assign = As<AssignmentExpression>(
      As<ExpressionStatement>(program->body[1], NodeKind::kExpressionStatement)->expression, NodeKind::kAssignment);
  auto* call = As<CallExpression>(assign->value, NodeKind::kCall);
  auto* member = As<MemberExpression>(call->callee, NodeKind::kMember);
  auto* regexp = As<RegExpLiteral>(member->object, NodeKind::kRegExpLiteral);
  EXPECT_EQ(regexp->pattern, u"[/]+");
  EXPECT_EQ(regexp->flags, u"gu");
  // `a\n/foo/g` is a division (no ASI): (a / foo) / g
  auto* third = As<AssignmentExpression>(
      As<ExpressionStatement>(program->body[2], NodeKind::kExpressionStatement)->expression, NodeKind::kAssignment);
  EXPECT_EQ(third->value->kind, NodeKind::kBinary);
}

TEST(ParserTest, ClassElements) {
  Parsed parsed = Parse(
      "class A extends B { #x = 1; static #y; get #z() {} set #z(v) {} constructor() { super(); }"
      " static { this.#y = 2; } [k]() {} static async *gen() {} m() { return #x in this; } }");
  Program* program = ParseOk(parsed);
  auto* declaration = As<ClassDeclaration>(program->body[0], NodeKind::kClassDeclaration);
  ClassNode* cls = declaration->class_node;
  ASSERT_NE(cls->constructor, nullptr);
  EXPECT_EQ(cls->constructor->kind, FunctionKind::kDerivedConstructor);
  EXPECT_TRUE(cls->constructor->uses_super_call);
  ASSERT_EQ(cls->elements.size(), 8u);
  EXPECT_EQ(cls->elements[0].kind, ClassElementKind::kField);
  EXPECT_TRUE(cls->elements[0].is_private);
  EXPECT_EQ(cls->elements[0].function->kind, FunctionKind::kClassFieldInitializer);
  EXPECT_EQ(cls->elements[4].kind, ClassElementKind::kStaticBlock);
  EXPECT_TRUE(cls->elements[5].computed);
  EXPECT_TRUE(cls->elements[6].function->is_generator);
  EXPECT_TRUE(cls->elements[6].function->is_async);
  EXPECT_EQ(cls->private_names.size(), 3u);
}

TEST(ParserTest, FunctionFlagsAndScopes) {
  Parsed parsed = Parse(
      "function f(a, b = 1) { var v; let l; { var w; function g() {} } eval('x'); return () => this + arguments; }");
  Program* program = ParseOk(parsed);
  auto* declaration = As<FunctionDeclaration>(program->body[0], NodeKind::kFunctionDeclaration);
  FunctionNode* fn = declaration->function;
  EXPECT_FALSE(fn->has_simple_parameter_list);
  EXPECT_TRUE(fn->has_direct_eval);
  EXPECT_TRUE(fn->uses_this);
  EXPECT_TRUE(fn->uses_arguments);
  EXPECT_EQ(fn->function_length, 1u);
  std::vector<std::u16string> vars;
  for (auto& d : fn->scope->var_names) vars.push_back(d.name);
  EXPECT_EQ((std::vector<std::u16string>{u"v", u"w"}), vars);
  // Annex B.3.2: g also gets a var binding in f.
  EXPECT_EQ((std::vector<std::u16string>{u"g"}), fn->scope->annex_b_function_names);
  ASSERT_EQ(program->scope->var_names.size(), 1u);
  EXPECT_EQ(program->scope->var_names[0].name, u"f");
}

TEST(ParserTest, StrictnessFromDirective) {
  Parsed parsed = Parse("function f() { 'use strict'; } function g() { 'use\\x20strict'; with (a) {} }");
  Program* program = ParseOk(parsed);
  EXPECT_TRUE(As<FunctionDeclaration>(program->body[0], NodeKind::kFunctionDeclaration)->function->strict);
  EXPECT_FALSE(As<FunctionDeclaration>(program->body[1], NodeKind::kFunctionDeclaration)->function->strict);
  EXPECT_FALSE(program->strict);
}

TEST(ParserTest, AnnexBSloppyConstructs) {
  EXPECT_EQ(ErrorOf("if (a) function f() {} else function g() {}"), "OK");
  EXPECT_EQ(ErrorOf("l: function f() {}"), "OK");
  EXPECT_EQ(ErrorOf("for (var x = 1 in o);"), "OK");
  EXPECT_EQ(ErrorOf("{ function f() {} function f() {} }"), "OK");
  EXPECT_EQ(ErrorOf("try {} catch (e) { var e; }"), "OK");
  EXPECT_EQ(ErrorOf("({__proto__: x, __proto__: y} = {});"), "OK");
  EXPECT_EQ(ErrorOf("f() = 1;"), "OK");  // web-compat: a runtime ReferenceError
  EXPECT_EQ(ErrorOf("<!-- html comment\n--> also\n1;"), "OK");
}

TEST(ParserTest, UsingDeclarations) {
  EXPECT_EQ(ErrorOf("{ using x = f(); }"), "OK");
  EXPECT_EQ(ErrorOf("async function f() { await using x = g(); for (await using y of z); }"), "OK");
  EXPECT_EQ(ErrorOf("for (using of []);"), "OK");  // for-of over the identifier `using`
  EXPECT_EQ(ErrorOf("for (using of = null;;);"), "OK");  // declares `of`
  EXPECT_EQ(ErrorOf("using\nx = 1;"), "OK");  // `using` is an identifier here
  EXPECT_EQ(ErrorOf("{ using [a] = b; }"), "OK");  // `using[a] = b` is an assignment
  EXPECT_EQ(ErrorOf("using x = 1;"), "SyntaxError: test.js:1:1: 'using' declarations are not allowed at the top level of a script");
  EXPECT_EQ(ErrorOf("switch (a) { case 1: using x = y; }"),
            "SyntaxError: test.js:1:22: 'using' declarations are not allowed directly in a case clause");
}

TEST(ParserTest, ModuleRecords) {
  Parsed parsed = Parse(
      "import d, * as ns from 'a';\n"
      "import { x, 'y z' as y } from 'b' with { type: 'json' };\n"
      "export * as all from 'c';\n"
      "export { x as 'ex x', d };\n"
      "export default function () {}\n"
      "export const c = await ns;\n",
      Goal::kModule);
  Program* program = ParseOk(parsed);
  EXPECT_TRUE(program->is_module);
  EXPECT_TRUE(program->strict);
  EXPECT_TRUE(program->has_top_level_await);
  auto* first = As<ImportDeclaration>(program->body[0], NodeKind::kImportDeclaration);
  ASSERT_EQ(first->specifiers.size(), 2u);
  EXPECT_EQ(first->specifiers[0].import_name, std::optional<std::u16string>(u"default"));
  EXPECT_FALSE(first->specifiers[1].import_name.has_value());
  auto* second = As<ImportDeclaration>(program->body[1], NodeKind::kImportDeclaration);
  EXPECT_EQ(second->specifiers[1].import_name, std::optional<std::u16string>(u"y z"));
  ASSERT_EQ(second->attributes.size(), 1u);
  EXPECT_EQ(second->attributes[0].value, u"json");
  auto* star = As<ExportDeclaration>(program->body[2], NodeKind::kExportDeclaration);
  EXPECT_EQ(star->export_kind, ExportKind::kFrom);
  EXPECT_EQ(star->specifiers[0].export_name, std::optional<std::u16string>(u"all"));
  auto* named = As<ExportDeclaration>(program->body[3], NodeKind::kExportDeclaration);
  EXPECT_EQ(named->specifiers[0].export_name, std::optional<std::u16string>(u"ex x"));
  auto* def = As<ExportDeclaration>(program->body[4], NodeKind::kExportDeclaration);
  EXPECT_EQ(def->export_kind, ExportKind::kDefaultDeclaration);
  EXPECT_EQ(def->specifiers[0].local_or_import_name, std::optional<std::u16string>(u"*default*"));
}

// ---------------------------------------------------------------------------
// Negative: early errors with message and location
// ---------------------------------------------------------------------------

TEST(ParserErrorTest, FormatIsFileLineColumnMessage) {
  SyntaxError error{"boom", "file.js", SourceLocation{40, 3, 14}};
  EXPECT_EQ(error.ToString(), "SyntaxError: file.js:3:14: boom");
  EXPECT_EQ(ErrorOf("\n  a b"), "SyntaxError: test.js:2:5: Unexpected token 'b'");
}

TEST(ParserErrorTest, Operators) {
  EXPECT_EQ(ErrorOf("-a ** b"),
            "SyntaxError: test.js:1:4: Unary operator used immediately before exponentiation expression; parentheses required");
  EXPECT_EQ(ErrorOf("a ?? b || c"), "SyntaxError: test.js:1:8: Cannot mix ?? with || or && without parentheses");
  EXPECT_EQ(ErrorOf("a && b ?? c"), "SyntaxError: test.js:1:8: Cannot mix ?? with || or && without parentheses");
  EXPECT_EQ(ErrorOf("a?.b`t`"), "SyntaxError: test.js:1:5: Invalid tagged template on optional chain");
  EXPECT_EQ(ErrorOf("new a?.b()"), "SyntaxError: test.js:1:6: Invalid optional chain from new expression");
  EXPECT_EQ(ErrorOf("a?.b = 1"), "SyntaxError: test.js:1:1: Invalid left-hand side in assignment");
  EXPECT_EQ(ErrorOf("f() &&= 1"), "SyntaxError: test.js:1:1: Invalid left-hand side in assignment");
  EXPECT_EQ(ErrorOf("'use strict'; f() = 1"), "SyntaxError: test.js:1:15: Invalid left-hand side in assignment");
  EXPECT_EQ(ErrorOf("1++"), "SyntaxError: test.js:1:1: Invalid left-hand side expression in postfix operation");
  EXPECT_EQ(ErrorOf("a\n++\nb"), "OK");  // ASI: a; ++b;
}

TEST(ParserErrorTest, CoverGrammars) {
  EXPECT_EQ(ErrorOf("({a = 1});"), "SyntaxError: test.js:1:5: Invalid shorthand property initializer");
  EXPECT_EQ(ErrorOf("({a = 1}) => a;"), "OK");
  EXPECT_EQ(ErrorOf("[{a = 1}] = [];"), "OK");
  EXPECT_EQ(ErrorOf("({__proto__: 1, __proto__: 2});"),
            "SyntaxError: test.js:1:17: Duplicate __proto__ fields are not allowed in object literals");
  EXPECT_EQ(ErrorOf("({a: 1} = 1);"), "SyntaxError: test.js:1:6: Invalid destructuring assignment target");
  EXPECT_EQ(ErrorOf("[...a, b] = c;"), "SyntaxError: test.js:1:2: Rest element must be last element");
  EXPECT_EQ(ErrorOf("(a, b.c) => 1;"), "SyntaxError: test.js:1:5: Invalid destructuring target in parameters");
  EXPECT_EQ(ErrorOf("(a, a) => 1;"), "SyntaxError: test.js:1:5: Duplicate parameter name not allowed in this context");
  EXPECT_EQ(ErrorOf("(...a,) => 1;"), "SyntaxError: test.js:1:6: Rest parameter must be last formal parameter");
  EXPECT_EQ(ErrorOf("a\n=> 1;"), "SyntaxError: test.js:2:1: Unexpected token '=>'");
  EXPECT_EQ(ErrorOf("x + (a) => 1;"), "SyntaxError: test.js:1:9: Malformed arrow function parameter list");
  EXPECT_EQ(ErrorOf("function* g() { (a = yield) => 1; }"),
            "SyntaxError: test.js:1:29: Yield expression not allowed in arrow function parameters");
  EXPECT_EQ(ErrorOf("async function f() { (a = await 1) => 1; }"),
            "SyntaxError: test.js:1:36: 'await' expression not allowed in arrow function parameters");
  EXPECT_EQ(ErrorOf("async (await) => 1;"),
            "SyntaxError: test.js:1:15: 'await' is not a valid identifier in async arrow function parameters");
}

TEST(ParserErrorTest, Declarations) {
  EXPECT_EQ(ErrorOf("let x; var x;"), "SyntaxError: test.js:1:12: Identifier 'x' has already been declared");
  EXPECT_EQ(ErrorOf("var x; let x;"), "SyntaxError: test.js:1:12: Identifier 'x' has already been declared");
  EXPECT_EQ(ErrorOf("{ let x; { var x; } }"), "SyntaxError: test.js:1:16: Identifier 'x' has already been declared");
  EXPECT_EQ(ErrorOf("'use strict'; { function f() {} function f() {} }"),
            "SyntaxError: test.js:1:42: Identifier 'f' has already been declared");
  EXPECT_EQ(ErrorOf("function f(a) { let a; }"), "SyntaxError: test.js:1:21: Identifier 'a' has already been declared");
  EXPECT_EQ(ErrorOf("try {} catch ([e]) { var e; }"), "SyntaxError: test.js:1:26: Identifier 'e' has already been declared");
  EXPECT_EQ(ErrorOf("try {} catch (e) { let e; }"), "SyntaxError: test.js:1:24: Identifier 'e' has already been declared");
  EXPECT_EQ(ErrorOf("let let = 1;"), "SyntaxError: test.js:1:5: 'let' is not a valid name for a lexical binding");
  EXPECT_EQ(ErrorOf("const a;"), "SyntaxError: test.js:1:7: Missing initializer in declaration");
  EXPECT_EQ(ErrorOf("function f() {} let f;", Goal::kModule), "SyntaxError: test.js:1:21: Identifier 'f' has already been declared");
  EXPECT_EQ(ErrorOf("if (a) let [x] = y;"), "SyntaxError: test.js:1:8: Lexical declarations are not allowed in this statement position");
  EXPECT_EQ(ErrorOf("while (a) function f() {}"),
            "SyntaxError: test.js:1:11: Function declarations are not allowed in this statement position");
  EXPECT_EQ(ErrorOf("'use strict'; if (a) function f() {}"),
            "SyntaxError: test.js:1:22: Function declarations are not allowed in this statement position");
}

TEST(ParserErrorTest, StrictModeRetroactivity) {
  EXPECT_EQ(ErrorOf("function f() { '\\01'; 'use strict'; }"),
            "SyntaxError: test.js:1:16: Octal escape sequences are not allowed in strict mode");
  EXPECT_EQ(ErrorOf("function eval() { 'use strict'; }"), "SyntaxError: test.js:1:10: Unexpected eval or arguments in strict mode");
  EXPECT_EQ(ErrorOf("function f(a, a) { 'use strict'; }"),
            "SyntaxError: test.js:1:15: Duplicate parameter name not allowed in this context");
  EXPECT_EQ(ErrorOf("function f(a = 1) { 'use strict'; }"),
            "SyntaxError: test.js:1:21: \"use strict\" not allowed in function with non-simple parameters");
  EXPECT_EQ(ErrorOf("'use strict'; 010"), "SyntaxError: test.js:1:15: Octal literals are not allowed in strict mode");
  EXPECT_EQ(ErrorOf("'use strict'; with (a) {}"), "SyntaxError: test.js:1:15: Strict mode code may not include a with statement");
  EXPECT_EQ(ErrorOf("'use strict'; delete x;"), "SyntaxError: test.js:1:22: Delete of an unqualified identifier in strict mode");
  EXPECT_EQ(ErrorOf("var static;"), "OK");
  EXPECT_EQ(ErrorOf("var static;", Goal::kScript, true), "SyntaxError: test.js:1:5: Unexpected strict mode reserved word 'static'");
  EXPECT_EQ(ErrorOf("class C { m() { var yield; } }"), "SyntaxError: test.js:1:21: Unexpected strict mode reserved word 'yield'");
  EXPECT_EQ(ErrorOf("(a, a) => { 'use strict'; }"), "SyntaxError: test.js:1:5: Duplicate parameter name not allowed in this context");
}

TEST(ParserErrorTest, ContextualKeywords) {
  EXPECT_EQ(ErrorOf("function* g() { var yield; }"), "SyntaxError: test.js:1:21: 'yield' is not a valid identifier here");
  EXPECT_EQ(ErrorOf("async function f() { var await; }"), "SyntaxError: test.js:1:26: 'await' is not a valid identifier here");
  EXPECT_EQ(ErrorOf("var await;"), "OK");
  EXPECT_EQ(ModuleError("var await;"), "SyntaxError: test.js:1:5: 'await' is a reserved word in module code");
  EXPECT_EQ(ErrorOf("class C { static { await; } }"), "SyntaxError: test.js:1:20: 'await' is not allowed in class static blocks");
  EXPECT_EQ(ErrorOf("class C { static { () => await; } }"), "OK");
  EXPECT_EQ(ErrorOf("class C { static { arguments; } }"),
            "SyntaxError: test.js:1:20: 'arguments' is not allowed in class field initializer or static initialization block");
  EXPECT_EQ(ErrorOf("class C { x = () => arguments; }"),
            "SyntaxError: test.js:1:21: 'arguments' is not allowed in class field initializer or static initialization block");
  EXPECT_EQ(ErrorOf("class C { x = function () { arguments; }; }"), "OK");
  EXPECT_EQ(ErrorOf("var \\u0069f;"), "SyntaxError: test.js:1:5: Unexpected reserved word 'if'");
  EXPECT_EQ(ErrorOf("import.meta"), "SyntaxError: test.js:1:1: Cannot use 'import.meta' outside a module");
  EXPECT_EQ(ModuleError("import.meta.url; await 0;"), "OK");
  EXPECT_EQ(ErrorOf("import('x', {with: {}}); import(y,);"), "OK");
}

TEST(ParserErrorTest, FunctionsAndClasses) {
  EXPECT_EQ(ErrorOf("super.x;"), "SyntaxError: test.js:1:1: 'super' keyword unexpected here");
  EXPECT_EQ(ErrorOf("class A { constructor() { super(); } }"), "SyntaxError: test.js:1:27: 'super' keyword unexpected here");
  EXPECT_EQ(ErrorOf("class A extends B { constructor() { (() => super())(); } }"), "OK");
  EXPECT_EQ(ErrorOf("({ m() { super.x; } })"), "OK");
  EXPECT_EQ(ErrorOf("({ m: function () { super.x; } })"), "SyntaxError: test.js:1:21: 'super' keyword unexpected here");
  EXPECT_EQ(ErrorOf("new.target"), "SyntaxError: test.js:1:1: new.target expression is not allowed here");
  EXPECT_EQ(ErrorOf("function f() { () => new.target; }"), "OK");
  EXPECT_EQ(ErrorOf("class C { #x; #x; }"), "SyntaxError: test.js:1:15: Identifier '#x' has already been declared");
  EXPECT_EQ(ErrorOf("class C { get #x() {} set #x(v) {} }"), "OK");
  EXPECT_EQ(ErrorOf("class C { get #x() {} set #x(v) {} get #x() {} }"),
            "SyntaxError: test.js:1:40: Identifier '#x' has already been declared");
  EXPECT_EQ(ErrorOf("class C { static get #x() {} set #x(v) {} }"),
            "SyntaxError: test.js:1:34: Identifier '#x' has already been declared");
  EXPECT_EQ(ErrorOf("class C { m() { this.#y; } }"), "SyntaxError: test.js:1:22: Private field '#y' must be declared in an enclosing class");
  EXPECT_EQ(ErrorOf("class C { #y; m() { class D { n() { this.#y; } } } }"), "OK");
  EXPECT_EQ(ErrorOf("class C { #y; m() { delete this.#y; } }"), "SyntaxError: test.js:1:28: Private fields can not be deleted");
  EXPECT_EQ(ErrorOf("class C { constructor() {} constructor() {} }"),
            "SyntaxError: test.js:1:28: A class may only have one constructor");
  EXPECT_EQ(ErrorOf("class C { get constructor() {} }"), "SyntaxError: test.js:1:15: Class constructor may not be an accessor");
  EXPECT_EQ(ErrorOf("class C { static prototype() {} }"),
            "SyntaxError: test.js:1:18: Classes may not have a static property named 'prototype'");
  EXPECT_EQ(ErrorOf("class C { constructor = 1 }"), "SyntaxError: test.js:1:11: Classes may not have a field named 'constructor'");
  EXPECT_EQ(ErrorOf("({ get a(x) {} })"), "SyntaxError: test.js:1:11: Getter must not have any formal parameters");
  EXPECT_EQ(ErrorOf("({ set a() {} })"), "SyntaxError: test.js:1:10: Setter must have exactly one formal parameter");
  EXPECT_EQ(ErrorOf("({ m(a, a) {} })"), "SyntaxError: test.js:1:9: Duplicate parameter name not allowed in this context");
  EXPECT_EQ(ErrorOf("function* g(a = yield) {}"), "SyntaxError: test.js:1:17: Yield expression not allowed in formal parameter");
}

TEST(ParserErrorTest, ControlFlow) {
  EXPECT_EQ(ErrorOf("a: while (1) { b: for (;;) { continue a; } }"), "OK");
  EXPECT_EQ(ErrorOf("a\n:b"), "OK") << "a label across a line break";
  EXPECT_EQ(ErrorOf("(a): b;"), "SyntaxError: test.js:1:4: Unexpected token ':'");
  EXPECT_EQ(ErrorOf("break;"), "SyntaxError: test.js:1:1: Illegal break statement");
  EXPECT_EQ(ErrorOf("continue;"), "SyntaxError: test.js:1:1: Illegal continue statement: no surrounding iteration statement");
  EXPECT_EQ(ErrorOf("a: { continue a; }"),
            "SyntaxError: test.js:1:15: Illegal continue statement: 'a' does not denote an iteration statement");
  EXPECT_EQ(ErrorOf("a: b: while (1) continue a;"), "OK");
  EXPECT_EQ(ErrorOf("a: a: ;"), "SyntaxError: test.js:1:4: Label 'a' has already been declared");
  EXPECT_EQ(ErrorOf("while (1) { (function () { break; }); }"), "SyntaxError: test.js:1:28: Illegal break statement");
  EXPECT_EQ(ErrorOf("x: while (1) { (() => { break x; }); }"), "SyntaxError: test.js:1:31: Undefined label 'x'");
  EXPECT_EQ(ErrorOf("return;"), "SyntaxError: test.js:1:1: Illegal return statement");
  EXPECT_EQ(ErrorOf("do x; while (0) y"), "OK");  // ASI after do-while
  EXPECT_EQ(ErrorOf("throw\nx;"), "SyntaxError: test.js:2:1: Illegal newline after throw");
  EXPECT_EQ(ErrorOf("for (let x of a, b);"), "SyntaxError: test.js:1:16: Expected ')' but found ','");
  EXPECT_EQ(ErrorOf("for (let of x);"), "SyntaxError: test.js:1:13: Expected ';' but found 'x'");
  EXPECT_EQ(ErrorOf("for (async of x);"), "SyntaxError: test.js:1:6: The left-hand side of a for-of loop may not be 'async'");
}

TEST(ParserErrorTest, RegularExpressionsAreValidated) {
  EXPECT_EQ(ErrorOf("/(?<a>x)(?<a>y)/;").rfind("SyntaxError: test.js:1:", 0), 0u);
  EXPECT_NE(ErrorOf("/(?<a>x)(?<a>y)/;").find("Invalid regular expression"), std::string::npos);
  EXPECT_NE(ErrorOf("/a/gg;"), "OK");
  EXPECT_NE(ErrorOf("/\\p{Foo}/u;"), "OK");
  EXPECT_EQ(ErrorOf("/\\p{L}/u; /[a&&b]/v; /{/;"), "OK");
}

TEST(ParserErrorTest, Modules) {
  EXPECT_EQ(ModuleError("export { x };"), "SyntaxError: test.js:1:10: Export 'x' is not defined in module");
  EXPECT_EQ(ModuleError("var x; export { x }; export { x };"), "SyntaxError: test.js:1:31: Duplicate export of 'x'");
  EXPECT_EQ(ModuleError("export default 1; export default 2;"), "SyntaxError: test.js:1:26: Duplicate export of 'default'");
  EXPECT_EQ(ModuleError("export { 'a' } from 'm'; export { 'b' };"),
            "SyntaxError: test.js:1:35: A string export name requires a 'from' clause");
  EXPECT_EQ(ModuleError("export * as '\\uD800' from 'm';"),
            "SyntaxError: test.js:1:13: Module export names must be well-formed Unicode");
  EXPECT_EQ(ModuleError("import { a, a } from 'm';"), "SyntaxError: test.js:1:13: Identifier 'a' has already been declared");
  EXPECT_EQ(ModuleError("import x from 'm' with { type: 'json', type: 'json' };"),
            "SyntaxError: test.js:1:40: Duplicate import attribute 'type'");
  EXPECT_EQ(ModuleError("{ import x from 'm'; }"),
            "SyntaxError: test.js:1:3: Cannot use import statement outside a module top level");
  EXPECT_EQ(ErrorOf("import x from 'm';"), "SyntaxError: test.js:1:1: Cannot use import statement outside a module top level");
  EXPECT_EQ(ModuleError("<!-- x"), "SyntaxError: test.js:1:1: Unexpected token '<'");
}

// ---------------------------------------------------------------------------
// Robustness: nesting is a clean SyntaxError, never a stack overflow
// ---------------------------------------------------------------------------

std::string Repeat(const std::string& s, int n) {
  std::string out;
  out.reserve(s.size() * n);
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST(ParserRobustnessTest, DeepNestingIsACleanSyntaxError) {
  const int n = 100000;
  const std::vector<std::string> inputs = {
      Repeat("(", n) + "a" + Repeat(")", n),
      Repeat("[", n) + Repeat("]", n),
      "x = " + Repeat("{a:", n) + "1" + Repeat("}", n),
      Repeat("{", n) + Repeat("}", n),
      Repeat("!", n) + "a",
      Repeat("-", n) + "a",
      Repeat("a=", n) + "1",
      Repeat("x=>", n) + "1",
      Repeat("`${", n) + "1" + Repeat("}`", n),
      "a" + Repeat("(b", n) + Repeat(")", n),
      "a" + Repeat("[b", n) + Repeat("]", n),
      Repeat("if(a)", n) + ";",
      Repeat("function f(){", n) + Repeat("}", n),
      Repeat("(", n) + ")=>1",
      Repeat("new ", n) + "a",
      Repeat("a?", n) + "b" + Repeat(":c", n),
      Repeat("class A extends ", n) + "B{}",
      Repeat("a**", n) + "b",
      [] {
        std::string labels;
        for (int i = 0; i < 100000; ++i) labels += "l" + std::to_string(i) + ":";
        return labels + ";";
      }(),
      Repeat("(a=(", n) + "1" + Repeat(")=>1)", n),
      "async function f(){" + Repeat("await ", n) + "a}",
      "function* g(){" + Repeat("yield ", n) + "a}",
      "var " + Repeat("[", n) + "a" + Repeat("]", n) + "=1",
      "({" + Repeat("a:{", n) + Repeat("}", n) + "}=1)",
      Repeat("class A{static{", n) + Repeat("}}", n),
      Repeat("({m(){", n) + Repeat("}})", n),
  };
  for (const std::string& input : inputs) {
    std::string error = ErrorOf(input);
    EXPECT_NE(error.find("too much nesting"), std::string::npos) << input.substr(0, 30) << " -> " << error;
  }
}

TEST(ParserRobustnessTest, ModerateNestingIsAccepted) {
  EXPECT_EQ(ErrorOf(Repeat("(", 300) + "a" + Repeat(")", 300)), "OK");
  EXPECT_EQ(ErrorOf(Repeat("[", 300) + Repeat("]", 300)), "OK");
  EXPECT_EQ(ErrorOf(Repeat("{", 500) + Repeat("}", 500)), "OK");
  EXPECT_EQ(ErrorOf(Repeat("function f(){", 300) + Repeat("}", 300)), "OK");
  EXPECT_EQ(ErrorOf("a" + Repeat("+a", 100000)), "OK");  // long flat chains are not nesting
}

TEST(ParserRobustnessTest, GarbageNeverCrashes) {
  const char* inputs[] = {"(", "[", "{", "`${", "/", "a?.", "class {", "({a:", "async (", "for (", "import",
                          "export", "x => {", "`${`${", "\\u", "#", "@", "a ? b", "let [", "/[/"};
  for (const char* input : inputs) EXPECT_NE(ErrorOf(input), "OK") << input;
}

}  // namespace
}  // namespace async_runtime::syntax
