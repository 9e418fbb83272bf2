// Functions (15.1-15.6, 15.8, 15.9), classes (15.7) and the scope
// bookkeeping behind the redeclaration early errors (14.2.1, 15.2.1, 16.1.1,
// B.3.2-B.3.4).
#include <algorithm>

#include "runtime/syntax/parser_internal.h"

namespace async_runtime::syntax {

namespace {

bool IsStrictReservedName(const std::u16string& name) {
  static const char16_t* const kWords[] = {u"implements", u"interface", u"let",    u"package", u"private",
                                           u"protected",  u"public",    u"static", u"yield"};
  for (const char16_t* word : kWords) {
    if (name == word) return true;
  }
  return false;
}

// Saves and restores the per-function parser state around a nested function.
struct FunctionStateSaver {
  explicit FunctionStateSaver(Parser* p)
      : parser(p),
        strict(p->strict_),
        yield_keyword(p->yield_keyword_),
        await_keyword(p->await_keyword_),
        in_parameters(p->in_parameters_),
        yield_count(p->yield_count_),
        await_count(p->await_count_),
        await_identifier_count(p->await_identifier_count_),
        arrow_start(p->arrow_start_offset_),
        function(p->function_) {}
  ~FunctionStateSaver() {
    parser->strict_ = strict;
    parser->yield_keyword_ = yield_keyword;
    parser->await_keyword_ = await_keyword;
    parser->in_parameters_ = in_parameters;
    parser->yield_count_ = yield_count;
    parser->await_count_ = await_count;
    parser->await_identifier_count_ = await_identifier_count;
    parser->arrow_start_offset_ = arrow_start;
    parser->function_ = function;
  }
  Parser* parser;
  bool strict, yield_keyword, await_keyword, in_parameters;
  uint32_t yield_count, await_count, await_identifier_count, arrow_start;
  FunctionContext* function;
};

}  // namespace

FunctionContext* Parser::NearestNonArrow() {
  FunctionContext* f = function_;
  while (f && f->is_arrow) f = f->outer;
  return f;
}

// ---------------------------------------------------------------------------
// Function declarations and expressions (15.2, 15.4-15.6, 15.8)
// ---------------------------------------------------------------------------

Statement* Parser::ParseFunctionDeclaration(bool is_async, SourceLocation start, bool export_default) {
  ExpectKw(Keyword::kFunction);
  bool is_generator = Eat(TokenType::kStar);
  Identifier* name = nullptr;
  if (Is(TokenType::kIdentifier)) {
    name = ParseBindingIdentifier();
  } else if (!export_default) {
    Unexpected();
  }
  auto* declaration = New<FunctionDeclaration>();
  std::u16string bound = name ? name->name : u"*default*";
  SourceRange bound_range = name ? name->range : SourceRange{start, start};
  FunctionNode* fn = ParseFunctionRest(FunctionKind::kNormal, is_async, is_generator, name, start, true);
  declaration->function = fn;
  // Declare after the body so a sloppy function's name follows the
  // enclosing code's strictness, not its own.
  if (scope_->is_function_boundary && scope_->scope->kind != ScopeKind::kModule) {
    // Function/script top level: var-scoped (TopLevelVarScopedDeclarations).
    uint8_t& flags = scope_->names[bound];
    if (flags & (kNameLexical | kNameBlockFunction)) RedeclarationError(bound, bound_range);
    if (!(flags & kNameVar)) scope_->scope->var_names.push_back({bound, DeclarationKind::kFunction, bound_range, fn});
    flags |= kNameVar | kNameTopFunction;
  } else {
    DeclareLexical(bound, DeclarationKind::kFunction, bound_range, fn);
    if (!strict_ && !is_async && !is_generator && scope_->scope->kind != ScopeKind::kModule) {
      function_->block_functions.push_back({declaration, scope_});
    }
  }
  scope_->scope->functions.push_back(fn);
  return Finish(declaration, start);
}

Expression* Parser::ParseFunctionExpression(bool is_async, SourceLocation start) {
  ExpectKw(Keyword::kFunction);
  bool is_generator = Eat(TokenType::kStar);
  Identifier* name = nullptr;
  if (Is(TokenType::kIdentifier)) {
    // The name of a function expression follows the function's own [Yield, Await].
    bool saved_yield = yield_keyword_, saved_await = await_keyword_;
    yield_keyword_ = is_generator;
    await_keyword_ = is_async;
    FunctionContext* saved_function = function_;
    FunctionContext barrier;  // the name is not inside a static block
    barrier.outer = nullptr;
    function_ = &barrier;
    name = ParseBindingIdentifier();
    function_ = saved_function;
    yield_keyword_ = saved_yield;
    await_keyword_ = saved_await;
  }
  auto* node = New<FunctionExpression>();
  node->function = ParseFunctionRest(FunctionKind::kNormal, is_async, is_generator, name, start, false);
  return Finish(node, start);
}

FunctionNode* Parser::ParseFunctionRest(FunctionKind kind, bool is_async, bool is_generator, Identifier* name,
                                        SourceLocation start, bool is_declaration) {
  DepthGuard guard(this, 4);
  FunctionStateSaver saver(this);
  auto* fn = New<FunctionNode>();
  fn->kind = kind;
  fn->is_async = is_async;
  fn->is_generator = is_generator;
  fn->is_declaration = is_declaration;
  fn->name = name;
  fn->strict = strict_;
  FunctionContext context;
  context.outer = function_;
  context.node = fn;
  context.allow_return = true;
  context.allow_new_target = true;
  context.allow_super_property = kind != FunctionKind::kNormal;
  context.allow_super_call = kind == FunctionKind::kDerivedConstructor;
  function_ = &context;
  ScopeInfo* scope = PushScope(ScopeKind::kFunction);
  fn->scope = scope->scope;
  yield_keyword_ = is_generator;
  await_keyword_ = is_async;
  yield_count_ = await_count_ = await_identifier_count_ = 0;

  Expect(TokenType::kLeftParen);
  ParseFormalParameters(fn);
  Token close = tok_;
  Expect(TokenType::kRightParen);
  if (kind == FunctionKind::kGetter && (!fn->parameters.empty() || fn->rest_parameter)) {
    Fail(close.range, "Getter must not have any formal parameters");
  }
  if (kind == FunctionKind::kSetter && (fn->parameters.size() != 1 || fn->rest_parameter)) {
    Fail(close.range, "Setter must have exactly one formal parameter");
  }
  Expect(TokenType::kLeftBrace);
  ParseFunctionBody(fn);
  Expect(TokenType::kRightBrace);
  fn->strict = strict_;
  fn->scope->strict = strict_;
  const bool unique = strict_ || kind != FunctionKind::kNormal || !fn->has_simple_parameter_list;
  FinishParameters(fn, unique);
  if (name && strict_) {
    CheckStrictBindingName(name->name, name->range);
    if (IsStrictReservedName(name->name)) Fail(name->range, "Unexpected strict mode reserved word");
  }
  ResolveAnnexBFunctions(&context, scope);
  PopScope();
  fn->range = {start, prev_end_};
  return fn;
}

// 15.1 FormalParameters
void Parser::ParseFormalParameters(FunctionNode* fn) {
  bool saved = in_parameters_;
  in_parameters_ = true;
  bool counting_length = true;
  while (!Is(TokenType::kRightParen)) {
    if (Eat(TokenType::kEllipsis)) {
      fn->rest_parameter = ParseBindingTarget();
      fn->has_simple_parameter_list = false;
      if (Is(TokenType::kAssign)) FailAt(tok_, "Rest parameter may not have a default initializer");
      if (!Is(TokenType::kRightParen)) FailAt(tok_, "Rest parameter must be last formal parameter");
      break;
    }
    Node* parameter = ParseBindingElement();
    if (parameter->kind != NodeKind::kIdentifier) {
      fn->has_simple_parameter_list = false;
      fn->has_parameter_expressions = true;
    }
    if (parameter->kind == NodeKind::kAssignmentTarget) counting_length = false;
    if (counting_length) fn->function_length++;
    fn->parameters.push_back(parameter);
    if (!Eat(TokenType::kComma)) break;
  }
  in_parameters_ = saved;
}

// Parameter early errors that depend on the final strictness of the function
// (a "use strict" directive in the body applies to its parameters).
void Parser::FinishParameters(FunctionNode* fn, bool unique_required) {
  std::vector<Identifier*>& names = bound_names_buffer_;
  names.clear();
  for (Node* p : fn->parameters) CollectBoundNames(p, names);
  if (fn->rest_parameter) CollectBoundNames(fn->rest_parameter, names);
  fn->parameter_names.reserve(names.size());
  for (Identifier* id : names) {
    if (unique_required && std::find(fn->parameter_names.begin(), fn->parameter_names.end(), id->name) !=
                               fn->parameter_names.end()) {
      // Quadratic, but parameter lists are short; a hash set costs more for the common case.
      Fail(id->range, "Duplicate parameter name not allowed in this context");
    }
    fn->parameter_names.push_back(id->name);
    if (strict_) {
      CheckStrictBindingName(id->name, id->range);
      if (IsStrictReservedName(id->name)) Fail(id->range, "Unexpected strict mode reserved word");
    }
  }
}

void Parser::ParseFunctionBody(FunctionNode* fn) {
  // Parameters are bound in the function scope before the body's declarations.
  std::vector<Identifier*>& names = bound_names_buffer_;
  names.clear();
  for (Node* p : fn->parameters) CollectBoundNames(p, names);
  if (fn->rest_parameter) CollectBoundNames(fn->rest_parameter, names);
  for (Identifier* id : names) {
    uint8_t& flags = scope_->names[id->name];
    if (!(flags & kNameParameter)) {
      scope_->scope->lexical.push_back({id->name, DeclarationKind::kParameter, id->range});
    }
    flags |= kNameParameter;
  }
  names.clear();  // the buffer is reused by nested functions
  ParseDirectivesAndStatements(fn->body, TokenType::kRightBrace, true);
}

// 15.3 ArrowFunction / 15.9 AsyncArrowFunction, from an already parsed cover.
Expression* Parser::ParseArrowFunction(std::vector<Expression*> params, Node* rest, bool is_async,
                                       SourceLocation start, uint32_t yield_count_before,
                                       uint32_t await_count_before) {
  DepthGuard guard(this, 2);
  if (yield_count_ != yield_count_before) FailAt(tok_, "Yield expression not allowed in arrow function parameters");
  if (await_count_ != await_count_before) FailAt(tok_, "'await' expression not allowed in arrow function parameters");
  if (is_async && await_identifier_count_ != await_identifier_before_arrow_) {
    FailAt(tok_, "'await' is not a valid identifier in async arrow function parameters");
  }
  Expect(TokenType::kArrow);
  bool in = in_allowed_;
  FunctionStateSaver saver(this);
  auto* fn = New<FunctionNode>();
  fn->kind = FunctionKind::kArrow;
  fn->is_async = is_async;
  fn->strict = strict_;
  FunctionContext context;
  context.outer = function_;
  context.node = fn;
  context.is_arrow = true;
  context.allow_return = true;
  function_ = &context;
  ScopeInfo* scope = PushScope(ScopeKind::kFunction);
  fn->scope = scope->scope;
  for (Expression* e : params) {
    Node* p = e->kind == NodeKind::kIdentifier && !e->parenthesized ? e : ExpressionToPattern(e, true);
    if (p->kind != NodeKind::kIdentifier) {
      fn->has_simple_parameter_list = false;
      fn->has_parameter_expressions = true;
    }
    fn->parameters.push_back(p);
  }
  for (Node* p : fn->parameters) {
    if (p->kind == NodeKind::kAssignmentTarget) break;
    fn->function_length++;
  }
  if (rest) {
    fn->rest_parameter = rest;
    fn->has_simple_parameter_list = false;
  }
  yield_keyword_ = false;
  await_keyword_ = is_async;
  in_parameters_ = false;
  yield_count_ = await_count_ = await_identifier_count_ = 0;
  if (Is(TokenType::kLeftBrace)) {
    Advance();
    ParseFunctionBody(fn);
    Expect(TokenType::kRightBrace);
  } else {
    // ConciseBody: `=> expression` is `{ return expression; }`.
    std::vector<Identifier*> names;
    for (Node* p : fn->parameters) CollectBoundNames(p, names);
    if (fn->rest_parameter) CollectBoundNames(fn->rest_parameter, names);
    for (Identifier* id : names) {
      uint8_t& flags = scope_->names[id->name];
      if (!(flags & kNameParameter)) scope_->scope->lexical.push_back({id->name, DeclarationKind::kParameter, id->range});
      flags |= kNameParameter;
    }
    SourceLocation body_start = Start();
    auto* body = New<ReturnStatement>();
    body->argument = ParseAssignment(in);
    fn->body.push_back(Finish(body, body_start));
    fn->concise_body = true;
  }
  fn->strict = strict_;
  fn->scope->strict = strict_;
  FinishParameters(fn, true);
  ResolveAnnexBFunctions(&context, scope);
  PopScope();
  fn->range = {start, prev_end_};
  auto* node = New<ArrowFunction>();
  node->function = fn;
  return Finish(node, start);
}

// MethodDefinition (15.4): UniqueFormalParameters, `super.x` allowed;
// `super()` only for derived constructors (decided by `kind`).
FunctionNode* Parser::ParseMethod(FunctionKind kind, bool is_async, bool is_generator, SourceLocation start) {
  return ParseFunctionRest(kind, is_async, is_generator, nullptr, start, false);
}

// ---------------------------------------------------------------------------
// Classes (15.7)
// ---------------------------------------------------------------------------

ClassNode* Parser::ParseClass(bool is_declaration, bool name_optional, SourceLocation start) {
  DepthGuard guard(this, 3);
  ExpectKw(Keyword::kClass);
  bool saved_strict = strict_;
  strict_ = true;  // 11.2.2: all parts of a class are strict mode code
  auto* cls = New<ClassNode>();
  if (Is(TokenType::kIdentifier) && !IsKw(Keyword::kExtends)) {
    cls->name = ParseBindingIdentifier();
    if (cls->name->name == u"let") Fail(cls->name->range, "'let' is not a valid class name");
  } else if (!name_optional) {
    Unexpected();
  }
  if (is_declaration && cls->name) DeclareLexical(cls->name->name, DeclarationKind::kClass, cls->name->range);
  ScopeInfo* scope = PushScope(ScopeKind::kClass);
  cls->scope = scope->scope;
  if (cls->name) {
    scope->names[cls->name->name] |= kNameLexical;
    scope->scope->lexical.push_back({cls->name->name, DeclarationKind::kConst, cls->name->range});
  }
  bool derived = false;
  if (IsKw(Keyword::kExtends)) {
    Advance();
    derived = true;
    cls->heritage = ParseLeftHandSide(nullptr);
  }
  ClassContext context;
  context.outer = class_;
  class_ = &context;
  Expect(TokenType::kLeftBrace);
  while (!Is(TokenType::kRightBrace)) {
    if (Eat(TokenType::kSemicolon)) continue;
    if (Is(TokenType::kEndOfInput)) Unexpected();
    ParseClassElement(cls, derived);
  }
  Advance();
  // AllPrivateIdentifiersValid: unresolved names go to the enclosing class.
  for (auto& [name, range] : context.references) {
    if (context.declared.count(name)) continue;
    if (context.outer) {
      context.outer->references.push_back({name, range});
    } else {
      Fail(range, "Private field '#" + Utf16ToUtf8(name) + "' must be declared in an enclosing class");
    }
  }
  for (auto& [name, info] : context.declared) cls->private_names.push_back(name);
  class_ = context.outer;
  PopScope();
  strict_ = saved_strict;
  cls->range = {start, prev_end_};
  return cls;
}

namespace {
bool IsClassElementNameTerminator(const Token& t, bool accessor = false) {
  if (accessor && t.Is(TokenType::kStar)) return true;  // `get\n*g(){}`: a field named get
  return t.Is(TokenType::kLeftParen) || t.Is(TokenType::kAssign) || t.Is(TokenType::kSemicolon) ||
         t.Is(TokenType::kRightBrace) || t.Is(TokenType::kEndOfInput);
}
}  // namespace

void Parser::ParseClassElement(ClassNode* cls, bool derived) {
  SourceLocation start = Start();
  ClassElement element;
  if (IsKw(Keyword::kStatic)) {
    Token next = PeekToken();
    if (next.Is(TokenType::kLeftBrace)) {
      Advance();
      element.kind = ClassElementKind::kStaticBlock;
      element.is_static = true;
      element.function = ParseStaticBlock(start);
      element.range = {start, prev_end_};
      cls->elements.push_back(element);
      return;
    }
    if (!IsClassElementNameTerminator(next)) {
      element.is_static = true;
      Advance();
    }
  }
  // A method's source text (Function.prototype.toString) is its MethodDefinition, which does not include
  // `static`: ClassElement : static MethodDefinition.
  SourceLocation method_start = Start();
  bool is_async = false, is_generator = false, is_getter = false, is_setter = false;
  if (IsKw(Keyword::kAsync) || IsKw(Keyword::kGet) || IsKw(Keyword::kSet)) {
    Token next = PeekToken();
    if (!IsClassElementNameTerminator(next, !IsKw(Keyword::kAsync)) && !(IsKw(Keyword::kAsync) && next.newline_before)) {
      is_async = IsKw(Keyword::kAsync);
      is_getter = IsKw(Keyword::kGet);
      is_setter = IsKw(Keyword::kSet);
      Advance();
      if (is_async && Eat(TokenType::kStar)) is_generator = true;
    }
  } else if (Eat(TokenType::kStar)) {
    is_generator = true;
  }
  Token key_token = tok_;
  std::u16string static_name;
  element.key = ParsePropertyName(&element.computed, &static_name, true);
  element.is_private = element.key->kind == NodeKind::kPrivateIdentifier;
  std::u16string private_name = element.is_private ? static_cast<PrivateIdentifier*>(element.key)->name : u"";
  if (element.is_private && private_name == u"constructor") FailAt(key_token, "Classes may not have a private field named '#constructor'");
  const bool is_string_key = !element.computed && !element.is_private &&
                             (key_token.Is(TokenType::kIdentifier) || key_token.Is(TokenType::kString));
  if (is_async || is_generator || is_getter || is_setter || Is(TokenType::kLeftParen)) {
    FunctionKind kind = is_getter ? FunctionKind::kGetter : is_setter ? FunctionKind::kSetter : FunctionKind::kMethod;
    element.kind = is_getter ? ClassElementKind::kGetter : is_setter ? ClassElementKind::kSetter : ClassElementKind::kMethod;
    bool is_constructor = !element.is_static && is_string_key && static_name == u"constructor";
    if (is_constructor) {
      if (is_getter || is_setter) FailAt(key_token, "Class constructor may not be an accessor");
      if (is_generator) FailAt(key_token, "Class constructor may not be a generator");
      if (is_async) FailAt(key_token, "Class constructor may not be an async method");
      if (cls->constructor) FailAt(key_token, "A class may only have one constructor");
      kind = derived ? FunctionKind::kDerivedConstructor : FunctionKind::kClassConstructor;
    }
    if (element.is_static && is_string_key && static_name == u"prototype") {
      FailAt(key_token, "Classes may not have a static property named 'prototype'");
    }
    FunctionNode* fn = ParseMethod(kind, is_async, is_generator, method_start);
    fn->is_static = element.is_static;
    if (!element.computed) fn->inferred_name = static_name;
    element.function = fn;
    if (is_constructor) {
      cls->constructor = fn;
      element.range = {start, prev_end_};
      return;
    }
    if (element.is_private) DeclarePrivateName(private_name, element.kind, element.is_static, key_token.range);
    element.range = {start, prev_end_};
    cls->elements.push_back(element);
    return;
  }
  // FieldDefinition
  element.kind = ClassElementKind::kField;
  if (is_string_key && static_name == u"constructor") FailAt(key_token, "Classes may not have a field named 'constructor'");
  if (element.is_static && is_string_key && static_name == u"prototype") {
    FailAt(key_token, "Classes may not have a static property named 'prototype'");
  }
  if (Eat(TokenType::kAssign)) {
    element.function = ParseFieldInitializer(Start(), element.is_static);
  }
  ConsumeSemicolon();
  if (element.is_private) DeclarePrivateName(private_name, element.kind, element.is_static, key_token.range);
  element.range = {start, prev_end_};
  cls->elements.push_back(element);
}

// A field initializer is evaluated like a method body: `this` and `super.x`
// are allowed, `arguments` and `super()` are not (15.7.1).
FunctionNode* Parser::ParseFieldInitializer(SourceLocation start, bool is_static) {
  DepthGuard guard(this, 2);
  FunctionStateSaver saver(this);
  auto* fn = New<FunctionNode>();
  fn->kind = FunctionKind::kClassFieldInitializer;
  fn->strict = true;
  fn->is_static = is_static;
  FunctionContext context;
  context.outer = function_;
  context.node = fn;
  context.allow_new_target = true;
  context.allow_super_property = true;
  context.is_field_initializer = true;
  function_ = &context;
  ScopeInfo* scope = PushScope(ScopeKind::kFunction);
  fn->scope = scope->scope;
  yield_keyword_ = false;
  in_parameters_ = false;
  fn->field_initializer = ParseAssignment(true);
  PopScope();
  fn->range = {start, prev_end_};
  return fn;
}

// 15.7.1 ClassStaticBlock: [~Yield, +Await, ~Return], no `arguments`, no `await`.
FunctionNode* Parser::ParseStaticBlock(SourceLocation start) {
  DepthGuard guard(this, 4);
  FunctionStateSaver saver(this);
  auto* fn = New<FunctionNode>();
  fn->kind = FunctionKind::kClassStaticBlock;
  fn->strict = true;
  fn->is_static = true;
  FunctionContext context;
  context.outer = function_;
  context.node = fn;
  context.allow_new_target = true;
  context.allow_super_property = true;
  context.is_static_block = true;
  function_ = &context;
  ScopeInfo* scope = PushScope(ScopeKind::kFunction);
  fn->scope = scope->scope;
  yield_keyword_ = false;
  await_keyword_ = true;
  in_parameters_ = false;
  Expect(TokenType::kLeftBrace);
  while (!Is(TokenType::kRightBrace)) {
    if (Is(TokenType::kEndOfInput)) Unexpected();
    fn->body.push_back(ParseStatementListItem());
  }
  Advance();
  ResolveAnnexBFunctions(&context, scope);
  PopScope();
  fn->range = {start, prev_end_};
  return fn;
}

void Parser::DeclarePrivateName(const std::u16string& name, ClassElementKind kind, bool is_static,
                                const SourceRange& range) {
  auto [it, inserted] = class_->declared.try_emplace(name, PrivateNameInfo{kind, is_static, false});
  if (inserted) return;
  PrivateNameInfo& existing = it->second;
  // A getter and a setter with the same placement form one accessor pair.
  bool pair = !existing.accessor_pair_complete && existing.is_static == is_static &&
              ((existing.kind == ClassElementKind::kGetter && kind == ClassElementKind::kSetter) ||
               (existing.kind == ClassElementKind::kSetter && kind == ClassElementKind::kGetter));
  if (!pair) Fail(range, "Identifier '#" + Utf16ToUtf8(name) + "' has already been declared");
  existing.accessor_pair_complete = true;
}

void Parser::ReferencePrivateName(const std::u16string& name, const SourceRange& range) {
  if (!class_) Fail(range, "Private field '#" + Utf16ToUtf8(name) + "' must be declared in an enclosing class");
  class_->references.push_back({name, range});
}

// ---------------------------------------------------------------------------
// Scopes and declarations
// ---------------------------------------------------------------------------

ScopeInfo* Parser::PushScope(ScopeKind kind) {
  ScopeInfo* info = program_->arena.New<ScopeInfo>();
  Scope* scope = program_->arena.New<Scope>();
  scope->kind = kind;
  scope->strict = strict_;
  scope->parent = scope_ ? scope_->scope : nullptr;
  if (scope->parent) scope->parent->children.push_back(scope);
  info->scope = scope;
  info->parent = scope_;
  info->is_function_boundary = kind == ScopeKind::kFunction || kind == ScopeKind::kScript || kind == ScopeKind::kModule;
  scope_ = info;
  return scope_;
}

void Parser::PopScope() { scope_ = scope_->parent; }

void Parser::RedeclarationError(const std::u16string& name, const SourceRange& range) {
  Fail(range, "Identifier '" + Utf16ToUtf8(name) + "' has already been declared");
}

void Parser::DeclareLexical(const std::u16string& name, DeclarationKind kind, const SourceRange& range,
                            FunctionNode* function) {
  ScopeInfo* s = scope_;
  const bool sloppy_block_function = kind == DeclarationKind::kFunction && !strict_ && !s->is_function_boundary &&
                                     function && !function->is_async && !function->is_generator;
  uint8_t& flags = s->names[name];
  if (flags & (kNameLexical | kNameVar | kNameParameter | kNameTopFunction)) RedeclarationError(name, range);
  // B.3.2.4/B.3.2.5: duplicate sloppy block-level function declarations are allowed.
  if ((flags & kNameBlockFunction) && !sloppy_block_function) RedeclarationError(name, range);
  if (s->is_catch_body && s->parent) {
    const uint8_t* parent_flags = s->parent->names.Find(name);
    if (parent_flags && (*parent_flags & (kNameCatchSimple | kNameCatchPattern))) {
      RedeclarationError(name, range);
    }
  }
  flags |= sloppy_block_function ? kNameBlockFunction : kNameLexical;
  s->scope->lexical.push_back({name, kind, range, function});
}

// VarDeclaredNames: a var binding hoists through every block up to the
// function/script scope and conflicts with lexical declarations on the way,
// except with a simple catch parameter (B.3.4, which since ecma262#3005 also
// covers for-of).
void Parser::DeclareVar(const std::u16string& name, const SourceRange& range) {
  for (ScopeInfo* s = scope_; s; s = s->parent) {
    uint8_t& flags = s->names[name];
    if (flags & (kNameLexical | kNameBlockFunction | kNameCatchPattern)) RedeclarationError(name, range);
    bool was_var = flags & kNameVar;
    flags |= kNameVar;
    if (s->is_function_boundary) {
      if (!was_var) s->scope->var_names.push_back({name, DeclarationKind::kVar, range});
      break;
    }
  }
}

void Parser::DeclareBoundNames(Node* target, DeclarationKind kind) {
  if (target->kind == NodeKind::kIdentifier) {
    auto* id = static_cast<Identifier*>(target);
    if (kind == DeclarationKind::kVar) {
      DeclareVar(id->name, id->range);
    } else {
      DeclareLexical(id->name, kind, id->range);
    }
    return;
  }
  std::vector<Identifier*> names;
  CollectBoundNames(target, names);
  for (Identifier* id : names) {
    if (kind == DeclarationKind::kVar) {
      DeclareVar(id->name, id->range);
    } else {
      DeclareLexical(id->name, kind, id->range);
    }
  }
}

// B.3.2.1/B.3.2.2: a sloppy block-level function also gets a var binding in
// the function/script scope when that would not conflict with a lexical
// declaration of an enclosing block (or, in functions, a parameter name).
void Parser::ResolveAnnexBFunctions(FunctionContext* context, ScopeInfo* function_scope) {
  for (auto& [declaration, block] : context->block_functions) {
    const std::u16string& name = declaration->function->name ? declaration->function->name->name : u"";
    if (name.empty()) continue;
    bool conflict = false;
    for (ScopeInfo* s = block->parent; s; s = s->parent) {
      if (const uint8_t* found = s->names.Find(name)) {
        uint8_t flags = *found;
        if (flags & kNameLexical) conflict = true;
        // A function declared in an enclosing block is a LexicallyDeclaredName of that block too.
        if (flags & kNameBlockFunction) conflict = true;
        if (s->is_function_boundary && (flags & kNameParameter)) conflict = true;
        if (flags & kNameCatchPattern) conflict = true;
      }
      if (conflict || s == function_scope) break;
    }
    if (conflict) continue;
    declaration->annex_b_var_binding = true;
    auto& names = function_scope->scope->annex_b_function_names;
    if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
  }
}

}  // namespace async_runtime::syntax
