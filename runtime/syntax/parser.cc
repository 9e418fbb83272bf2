// Parser core, statements (ECMA-262 clause 14) and modules (16.2).
// Expressions are in parser_expressions.cc, functions/classes/scopes in
// parser_functions.cc.
#include "runtime/syntax/parser.h"

#include <algorithm>
#include <pthread.h>

#include <cstring>

#include "runtime/syntax/parser_internal.h"

namespace async_runtime::syntax {

namespace {

// Nesting beyond this depth is a SyntaxError ("too much nesting") instead of a
// native stack overflow. Each recursive production adds a weight roughly
// proportional to its stack frames (functions 4, classes 3, statements 2,
// expression levels 1). Measured with 100,000-deep inputs of every kind
// (parser_test DeepNesting): the worst cost is ~600 bytes per unit in -O0
// and -O2 builds (`new new new ...`), so 3000 units use under 2 MB of stack,
// leaving room in an 8 MB main-thread stack for sanitizer builds. A stack-
// address check (ComputeStackLimit) backs this up on small thread stacks.
constexpr int kMaxNestingDepth = 3000;

}  // namespace

// ---------------------------------------------------------------------------
// Arena
// ---------------------------------------------------------------------------

constexpr size_t kArenaBlockSize = 64 * 1024;

// ---------------------------------------------------------------------------
// Arena (definitions)
// ---------------------------------------------------------------------------

Arena::~Arena() {
  for (auto it = destructors_.rbegin(); it != destructors_.rend(); ++it) it->destroy(it->object);
}

void* Arena::Allocate(size_t size, size_t alignment) {
  uintptr_t cursor = reinterpret_cast<uintptr_t>(cursor_);
  uintptr_t aligned = (cursor + alignment - 1) & ~(uintptr_t(alignment) - 1);
  if (cursor_ == nullptr || aligned + size > reinterpret_cast<uintptr_t>(limit_)) {
    size_t block_size = std::max<size_t>(kArenaBlockSize, size + alignment);
    blocks_.emplace_back(new char[block_size]);
    cursor_ = blocks_.back().get();
    limit_ = cursor_ + block_size;
    cursor = reinterpret_cast<uintptr_t>(cursor_);
    aligned = (cursor + alignment - 1) & ~(uintptr_t(alignment) - 1);
  }
  cursor_ = reinterpret_cast<char*>(aligned + size);
  bytes_allocated_ += size;
  return reinterpret_cast<void*>(aligned);
}

// ---------------------------------------------------------------------------
// SyntaxError, ParseProgram
// ---------------------------------------------------------------------------

std::string SyntaxError::ToString() const {
  return "SyntaxError: " + filename + ":" + std::to_string(location.line) + ":" +
         std::to_string(location.column) + ": " + message;
}

namespace {
struct ErrorHolder {
  std::optional<SyntaxError> error;
};
thread_local ErrorHolder* current_error = nullptr;
}  // namespace

ParseResult ParseProgram(const SourceText& source, const ParseOptions& options) {
  ParseResult result;
  auto program = std::make_unique<Program>();
  program->source = &source;
  ErrorHolder holder;
  ErrorHolder* saved = current_error;
  current_error = &holder;
  try {
    Parser parser(source, options, program.get());
    parser.ParseProgramBody();
  } catch (const ParseAbort&) {
  } catch (const std::bad_alloc&) {
    if (!holder.error) holder.error = SyntaxError{"out of memory while parsing", source.filename(), {}};
  }
  current_error = saved;
  if (holder.error) {
    result.error = std::move(holder.error);
  } else {
    result.program = std::move(program);
  }
  return result;
}

// ---------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------

Parser::Parser(const SourceText& source, const ParseOptions& options, Program* program)
    : source_(source),
      options_(options),
      program_(program),
      lexer_(source, LexerOptions{options.goal == Goal::kModule}) {
  is_module_ = options.goal == Goal::kModule;
  strict_ = is_module_ || options.force_strict;
  stack_limit_ = ComputeStackLimit();
}

void Parser::Fail(const SourceRange& range, std::string message) {
  if (current_error && !current_error->error) {
    current_error->error = SyntaxError{std::move(message), source_.filename(), range.start};
  }
  throw ParseAbort{};
}

void Parser::FailAt(const Token& token, std::string message) { Fail(token.range, std::move(message)); }

void Parser::Unexpected() {
  if (tok_.type == TokenType::kEndOfInput) FailAt(tok_, "Unexpected end of input");
  std::u16string_view text = TokenText(tok_);
  std::string shown = Utf16ToUtf8(text.substr(0, 40));
  FailAt(tok_, "Unexpected token '" + shown + "'");
}

void Parser::Advance() {
  prev_end_ = tok_.range.end;
  tok_ = lexer_.Next();
  if (tok_.type == TokenType::kInvalid) FailAt(tok_, tok_.error_message);
}

Token Parser::PeekToken() {
  Lexer::State state = lexer_.Save();
  Token next = lexer_.Next();
  lexer_.Restore(state);
  return next;
}

void Parser::Expect(TokenType type) {
  if (tok_.type != type) {
    if (tok_.type == TokenType::kEndOfInput) Unexpected();
    std::string shown = Utf16ToUtf8(TokenText(tok_).substr(0, 40));
    FailAt(tok_, "Expected '" + std::string(TokenTypeName(type)) + "' but found '" + shown + "'");
  }
  Advance();
}

void Parser::ExpectKw(Keyword k) {
  if (!tok_.IsKeyword(k)) Unexpected();
  Advance();
}

// 12.10 Automatic Semicolon Insertion: a semicolon is inserted before an
// offending token preceded by a LineTerminator, before `}`, and at the end of
// the input.
void Parser::ConsumeSemicolon() {
  if (Eat(TokenType::kSemicolon)) return;
  if (Is(TokenType::kRightBrace) || Is(TokenType::kEndOfInput) || tok_.newline_before) return;
  Unexpected();
}

std::u16string_view Parser::TokenText(const Token& token) const {
  std::u16string_view all = source_.code_units();
  uint32_t start = std::min<uint32_t>(token.range.start.offset, all.size());
  uint32_t end = std::min<uint32_t>(std::max(token.range.end.offset, start), all.size());
  return all.substr(start, end - start);
}

void Parser::EnterNesting(int weight) {
  depth_ += weight;
  char probe;
  if (depth_ > kMaxNestingDepth || reinterpret_cast<uintptr_t>(&probe) < stack_limit_) {
    depth_ -= weight;
    FailAt(tok_, "too much nesting");
  }
}

// The lowest stack address the parser may reach: a safety net under the depth
// limit for threads with small stacks (and for sanitizer builds).
uintptr_t Parser::ComputeStackLimit() {
  char probe;
  const uintptr_t here = reinterpret_cast<uintptr_t>(&probe);
  // The thread's stack does not move: ask once per thread (on the main thread pthread_getattr_np reads
  // /proc/self/maps, far too slow to do for every eval).
  static thread_local uintptr_t cached_bottom = 0;
  static thread_local bool cached = false;
  constexpr uintptr_t kReserve = 256 * 1024;  // for the code below the check (lexer, regexp validator, allocation)
  if (cached) {
    if (cached_bottom == 0) return 0;
    if (here <= cached_bottom + kReserve) return here;
    return cached_bottom + kReserve;
  }
  cached = true;
  pthread_attr_t attributes;
  if (pthread_getattr_np(pthread_self(), &attributes) != 0) return 0;
  void* low = nullptr;
  size_t size = 0;
  int rc = pthread_attr_getstack(&attributes, &low, &size);
  pthread_attr_destroy(&attributes);
  if (rc != 0 || low == nullptr) return 0;
  const uintptr_t bottom = reinterpret_cast<uintptr_t>(low);
  cached_bottom = bottom;
  if (here <= bottom + kReserve) return here;
  return bottom + kReserve;
}

// ---------------------------------------------------------------------------
// Program
// ---------------------------------------------------------------------------

void Parser::ParseProgramBody() {
  Program* program = program_;
  program->is_module = is_module_;
  FunctionContext top;
  top.allow_new_target = options_.allow_new_target;
  top.allow_super_property = options_.allow_super_property;
  top.allow_super_call = options_.allow_super_call;
  top.is_field_initializer = options_.in_class_field_initializer;
  function_ = &top;
  // Direct eval inside a class body sees the Private Names of the enclosing classes.
  ClassContext eval_class_context;
  if (!options_.private_names.empty()) {
    for (const std::u16string& name : options_.private_names) {
      eval_class_context.declared[name] = PrivateNameInfo{ClassElementKind::kField, false};
    }
    class_ = &eval_class_context;
  }
  ScopeInfo* scope = PushScope(is_module_ ? ScopeKind::kModule : ScopeKind::kScript);
  program->scope = scope->scope;
  // 16.1 Script: [~Yield, ~Await, ~Return]; 16.2 Module: [~Yield, +Await, ~Return].
  await_keyword_ = is_module_;
  Advance();
  SourceLocation start = Start();
  ParseDirectivesAndStatements(program->body, TokenType::kEndOfInput, false);
  if (is_module_) CheckModuleEnd();
  program->strict = strict_;
  program->scope->strict = strict_;
  ResolveAnnexBFunctions(&top, scope);
  PopScope();
  if (class_ == &eval_class_context) {
    for (auto& [name, range] : eval_class_context.references) {
      if (!eval_class_context.declared.count(name)) {
        Fail(range, "Private field '#" + Utf16ToUtf8(name) + "' must be declared in an enclosing class");
      }
    }
    class_ = nullptr;
  }
  program->range = {start, prev_end_};
  program->range.start = SourceLocation{};
}

// ---------------------------------------------------------------------------
// Statement lists and directive prologues (11.2.1)
// ---------------------------------------------------------------------------

void Parser::ParseDirectivesAndStatements(std::vector<Statement*>& body, TokenType end,
                                          bool function_body) {
  bool in_prologue = true;
  std::optional<SourceRange> octal_in_prologue;
  while (!Is(end)) {
    if (Is(TokenType::kEndOfInput)) Unexpected();
    if (in_prologue && Is(TokenType::kString)) {
      Token directive = tok_;
      Statement* statement = ParseStatementListItem();
      body.push_back(statement);
      auto* expression_statement = statement->kind == NodeKind::kExpressionStatement
                                       ? static_cast<ExpressionStatement*>(statement)
                                       : nullptr;
      Expression* expression = expression_statement ? expression_statement->expression : nullptr;
      if (expression && expression->kind == NodeKind::kStringLiteral && !expression->parenthesized &&
          expression->range.end.offset == directive.range.end.offset) {
        expression_statement->directive = static_cast<StringLiteral*>(expression)->value;
        std::u16string_view text = TokenText(directive);
        if (text == u"\"use strict\"" || text == u"'use strict'") {
          if (function_body && function_->node && !function_->node->has_simple_parameter_list) {
            FailAt(directive, "\"use strict\" not allowed in function with non-simple parameters");
          }
          if (octal_in_prologue) Fail(*octal_in_prologue, "Octal escape sequences are not allowed in strict mode");
          strict_ = true;
          if (function_->node) function_->node->strict = true;
        } else if (directive.legacy_octal && !octal_in_prologue) {
          octal_in_prologue = directive.range;
        }
        continue;
      }
      in_prologue = false;
      continue;
    }
    in_prologue = false;
    body.push_back(ParseStatementListItem());
  }
}

// StatementListItem : Statement | Declaration (plus ModuleItem at module top level)
Statement* Parser::ParseStatementListItem() {
  SourceLocation start = Start();
  if (Is(TokenType::kIdentifier) && !tok_.escaped) {
    switch (tok_.keyword) {
      case Keyword::kFunction:
        return ParseFunctionDeclaration(false, start);
      case Keyword::kClass: {
        auto* declaration = New<ClassDeclaration>();
        declaration->class_node = ParseClass(true, false, start);
        return Finish(declaration, start);
      }
      case Keyword::kAsync: {
        Token next = PeekToken();
        if (next.IsKeyword(Keyword::kFunction) && !next.newline_before) {
          Advance();
          return ParseFunctionDeclaration(true, start);
        }
        break;
      }
      case Keyword::kLet:
      case Keyword::kConst:
        if (AtLexicalDeclaration(false)) {
          VariableKind kind = IsKw(Keyword::kLet) ? VariableKind::kLet : VariableKind::kConst;
          Advance();
          auto* declaration = ParseVariableDeclaration(kind, true, false, start);
          ConsumeSemicolon();
          return Finish(declaration, start);
        }
        break;
      case Keyword::kUsing:
        if (AtUsingDeclaration(false)) {
          Advance();
          auto* declaration = ParseVariableDeclaration(VariableKind::kUsing, true, false, start);
          ConsumeSemicolon();
          return Finish(declaration, start);
        }
        break;
      case Keyword::kAwait:
        if (AtAwaitUsingDeclaration(false)) {
          Advance();
          Advance();
          // A module whose body Contains `await using` has top-level await ([[HasTLA]]): its disposal awaits.
          if (!function_->node) program_->has_top_level_await = true;
          auto* declaration = ParseVariableDeclaration(VariableKind::kAwaitUsing, true, false, start);
          ConsumeSemicolon();
          return Finish(declaration, start);
        }
        break;
      case Keyword::kImport: {
        Token next = PeekToken();
        if (next.Is(TokenType::kLeftParen) || next.Is(TokenType::kDot)) break;
        if (is_module_ && scope_->scope->kind == ScopeKind::kModule) return ParseImportDeclaration();
        FailAt(tok_, "Cannot use import statement outside a module top level");
      }
      case Keyword::kExport:
        if (is_module_ && scope_->scope->kind == ScopeKind::kModule) return ParseExportDeclaration();
        FailAt(tok_, "Unexpected token 'export'");
      default:
        break;
    }
  }
  return ParseStatement();
}

// `let`/`const` start a LexicalDeclaration here? (`let` is an identifier in
// sloppy code unless followed by a binding.)
bool Parser::AtLexicalDeclaration(bool in_statement_position) {
  if (IsKw(Keyword::kConst)) return true;
  if (!IsKw(Keyword::kLet)) return false;
  Token next = PeekToken();
  if (next.Is(TokenType::kLeftBracket) || next.Is(TokenType::kLeftBrace)) return true;
  if (next.Is(TokenType::kIdentifier)) {
    if (strict_) return true;
    // `let` followed by an identifier on the same line, or by `yield`/`await`/`let`... a declaration.
    if (next.newline_before && in_statement_position) return false;
    if (next.IsKeyword(Keyword::kIn) || next.IsKeyword(Keyword::kInstanceof)) return false;
    if (next.IsKeyword(Keyword::kOf) && in_statement_position) return false;
    return true;
  }
  return strict_;
}

// UsingDeclaration : `using` [no LineTerminator here] BindingList (identifiers only)
bool Parser::AtUsingDeclaration(bool for_head) {
  if (!IsKw(Keyword::kUsing)) return false;
  Token next = PeekToken();
  if (next.newline_before || !next.Is(TokenType::kIdentifier)) return false;
  if (next.IsKeyword(Keyword::kIn) || next.IsKeyword(Keyword::kInstanceof)) return false;
  if (for_head && next.IsKeyword(Keyword::kOf)) {
    // `for (using of x)` is for-of over the identifier `using`;
    // `for (using of = null;;)` declares `of`.
    Lexer::State state = lexer_.Save();
    lexer_.Next();
    Token after = lexer_.Next();
    lexer_.Restore(state);
    return after.Is(TokenType::kAssign) || after.Is(TokenType::kSemicolon);
  }
  if (!is_module_ && function_->node == nullptr && scope_->scope->kind == ScopeKind::kScript && !for_head) {
    FailAt(tok_, "'using' declarations are not allowed at the top level of a script");
  }
  return true;
}

bool Parser::AtAwaitUsingDeclaration(bool for_head) {
  if (!IsKw(Keyword::kAwait) || !await_keyword_) return false;
  Lexer::State state = lexer_.Save();
  Token using_token = lexer_.Next();
  bool result = false;
  if (using_token.IsKeyword(Keyword::kUsing) && !using_token.newline_before) {
    Token name = lexer_.Next();
    result = name.Is(TokenType::kIdentifier) && !name.newline_before &&
             !name.IsKeyword(Keyword::kIn) && !name.IsKeyword(Keyword::kInstanceof);
  }
  lexer_.Restore(state);
  if (result && function_->is_static_block) FailAt(tok_, "'await' is not allowed in class static blocks");
  return result;
}

// Statement (14)
Statement* Parser::ParseStatement() {
  DepthGuard guard(this, 2);
  SourceLocation start = Start();
  int pending_labels = function_->pending_labels;
  function_->pending_labels = 0;
  auto mark_loop_labels = [&] {
    for (int i = 0; i < pending_labels; ++i) {
      function_->labels[function_->labels.size() - 1 - i].is_loop = true;
    }
  };
  switch (tok_.type) {
    case TokenType::kLeftBrace:
      return ParseBlock();
    case TokenType::kSemicolon: {
      Advance();
      return Finish(New<EmptyStatement>(), start);
    }
    case TokenType::kIdentifier:
      if (tok_.escaped) break;
      switch (tok_.keyword) {
        case Keyword::kVar: {
          Advance();
          auto* declaration = ParseVariableDeclaration(VariableKind::kVar, true, false, start);
          ConsumeSemicolon();
          return Finish(declaration, start);
        }
        case Keyword::kIf:
          return ParseIfStatement();
        case Keyword::kFor:
        case Keyword::kWhile:
        case Keyword::kDo: {
          mark_loop_labels();
          function_->breakable_depth++;
          function_->iteration_depth++;
          Statement* loop = IsKw(Keyword::kFor)     ? ParseForStatement()
                            : IsKw(Keyword::kWhile) ? ParseWhileStatement()
                                                    : ParseDoWhileStatement();
          function_->breakable_depth--;
          function_->iteration_depth--;
          return loop;
        }
        case Keyword::kContinue:
          return ParseContinueBreak(false);
        case Keyword::kBreak:
          return ParseContinueBreak(true);
        case Keyword::kReturn:
          return ParseReturnStatement();
        case Keyword::kWith:
          return ParseWithStatement();
        case Keyword::kSwitch:
          return ParseSwitchStatement();
        case Keyword::kThrow:
          return ParseThrowStatement();
        case Keyword::kTry:
          return ParseTryStatement();
        case Keyword::kDebugger: {
          Advance();
          ConsumeSemicolon();
          return Finish(New<DebuggerStatement>(), start);
        }
        case Keyword::kFunction:
          FailAt(tok_, "Function declarations are not allowed in this statement position");
        case Keyword::kClass:
          FailAt(tok_, "Class declarations are not allowed in this statement position");
        case Keyword::kConst:
          FailAt(tok_, "Lexical declarations are not allowed in this statement position");
        case Keyword::kLet: {
          Token next = PeekToken();
          // ExpressionStatement: [lookahead ∉ { let [ }]; otherwise `let` is an identifier (or reserved in strict code).
          if (next.Is(TokenType::kLeftBracket)) FailAt(tok_, "Lexical declarations are not allowed in this statement position");
          break;
        }
        case Keyword::kAsync: {
          Token next = PeekToken();
          if (next.IsKeyword(Keyword::kFunction) && !next.newline_before) {
            FailAt(tok_, "Async function declarations are not allowed in this statement position");
          }
          break;
        }
        case Keyword::kUsing:
          if (AtUsingDeclaration(false)) FailAt(tok_, "'using' declarations are not allowed in this statement position");
          break;
        case Keyword::kAwait:
          if (AtAwaitUsingDeclaration(false)) FailAt(tok_, "'await using' declarations are not allowed in this statement position");
          break;
        case Keyword::kImport: {
          Token next = PeekToken();
          if (!next.Is(TokenType::kLeftParen) && !next.Is(TokenType::kDot)) {
            FailAt(tok_, "Cannot use import statement here");
          }
          break;
        }
        case Keyword::kExport:
          FailAt(tok_, "Unexpected token 'export'");
        default:
          break;
      }
      break;
    default:
      break;
  }
  function_->pending_labels = pending_labels;
  return ParseLabelledOrExpressionStatement();
}

// The Statement of if/while/for/with/labelled statements.
Statement* Parser::ParseSubStatement() { return ParseStatement(); }

Block* Parser::ParseBlock(bool new_scope, bool catch_body) {
  DepthGuard guard(this, 2);
  SourceLocation start = Start();
  Expect(TokenType::kLeftBrace);
  auto* block = New<Block>();
  ScopeInfo* info = nullptr;
  if (new_scope) {
    info = PushScope(ScopeKind::kBlock);
    info->is_catch_body = catch_body;
    block->scope = info->scope;
  }
  while (!Is(TokenType::kRightBrace)) {
    if (Is(TokenType::kEndOfInput)) Unexpected();
    block->body.push_back(ParseStatementListItem());
  }
  Advance();
  if (new_scope) PopScope();
  return Finish(block, start);
}

// VariableDeclarationList / BindingList (14.3). The keyword has been consumed.
VariableDeclaration* Parser::ParseVariableDeclaration(VariableKind kind, bool in, bool for_head,
                                                      SourceLocation start) {
  auto* declaration = New<VariableDeclaration>();
  declaration->variable_kind = kind;
  const bool is_using = kind == VariableKind::kUsing || kind == VariableKind::kAwaitUsing;
  do {
    VariableDeclarator declarator;
    SourceLocation declarator_start = Start();
    if (is_using) {
      if (!Is(TokenType::kIdentifier)) FailAt(tok_, "'using' declarations may not have binding patterns");
      declarator.target = ParseBindingIdentifier();
    } else {
      declarator.target = ParseBindingTarget();
    }
    DeclarationKind declaration_kind = kind == VariableKind::kVar     ? DeclarationKind::kVar
                                       : kind == VariableKind::kLet   ? DeclarationKind::kLet
                                       : kind == VariableKind::kConst ? DeclarationKind::kConst
                                       : kind == VariableKind::kUsing ? DeclarationKind::kUsing
                                                                      : DeclarationKind::kAwaitUsing;
    if (kind != VariableKind::kVar && declarator.target->kind == NodeKind::kIdentifier) {
      if (static_cast<Identifier*>(declarator.target)->name == u"let") {
        Fail(declarator.target->range, "'let' is not a valid name for a lexical binding");
      }
    } else if (kind != VariableKind::kVar) {
      std::vector<Identifier*> names;
      CollectBoundNames(declarator.target, names);
      for (Identifier* name : names) {
        if (name->name == u"let") Fail(name->range, "'let' is not a valid name for a lexical binding");
      }
    }
    DeclareBoundNames(declarator.target, declaration_kind);
    if (Eat(TokenType::kAssign)) {
      declarator.initializer = ParseAssignment(in);
    } else if (!for_head) {
      if (kind == VariableKind::kConst || is_using) Fail(declarator.target->range, "Missing initializer in declaration");
      if (declarator.target->kind != NodeKind::kIdentifier) Fail(declarator.target->range, "Missing initializer in destructuring declaration");
    }
    declarator.range = {declarator_start, prev_end_};
    declaration->declarators.push_back(declarator);
  } while (Eat(TokenType::kComma));
  return Finish(declaration, start);
}

// A loop body or if branch may not be a labelled function (14.6.1 IsLabelledFunction).
void Parser::CheckLoopBodyIsNotLabelledFunction(Statement* body) {
  Statement* s = body;
  while (s->kind == NodeKind::kLabelled) s = static_cast<LabelledStatement*>(s)->body;
  if (s->kind == NodeKind::kFunctionDeclaration) Fail(body->range, "Labelled function declarations are not allowed as the body of a statement");
}

// 14.6 The if Statement; B.3.3 FunctionDeclarations in IfStatement Statement Clauses.
Statement* Parser::ParseIfStatement() {
  SourceLocation start = Start();
  Advance();
  auto* node = New<IfStatement>();
  Expect(TokenType::kLeftParen);
  node->test = ParseExpression(true);
  Expect(TokenType::kRightParen);
  auto clause = [&]() -> Statement* {
    if (IsKw(Keyword::kFunction) && !strict_) {
      // B.3.3: parsed as if it were in a Block of its own.
      SourceLocation block_start = Start();
      auto* block = New<Block>();
      ScopeInfo* info = PushScope(ScopeKind::kBlock);
      block->scope = info->scope;
      Token next = PeekToken();
      if (next.Is(TokenType::kStar)) FailAt(next, "Generator declarations are not allowed here");
      block->body.push_back(ParseFunctionDeclaration(false, Start()));
      PopScope();
      return Finish(block, block_start);
    }
    Statement* s = ParseSubStatement();
    CheckLoopBodyIsNotLabelledFunction(s);
    return s;
  };
  node->consequent = clause();
  if (IsKw(Keyword::kElse)) {
    Advance();
    node->alternate = clause();
  }
  return Finish(node, start);
}

Statement* Parser::ParseWhileStatement() {
  SourceLocation start = Start();
  Advance();
  auto* node = New<WhileStatement>();
  Expect(TokenType::kLeftParen);
  node->test = ParseExpression(true);
  Expect(TokenType::kRightParen);
  node->body = ParseSubStatement();
  CheckLoopBodyIsNotLabelledFunction(node->body);
  return Finish(node, start);
}

Statement* Parser::ParseDoWhileStatement() {
  SourceLocation start = Start();
  Advance();
  auto* node = New<DoWhileStatement>();
  node->body = ParseSubStatement();
  CheckLoopBodyIsNotLabelledFunction(node->body);
  ExpectKw(Keyword::kWhile);
  Expect(TokenType::kLeftParen);
  node->test = ParseExpression(true);
  Expect(TokenType::kRightParen);
  // 12.10.1: a semicolon is inserted after do-while's `)` if needed.
  Eat(TokenType::kSemicolon);
  return Finish(node, start);
}

// 14.7.4 The for Statement, 14.7.5 for-in/for-of/for-await-of.
Statement* Parser::ParseForStatement() {
  SourceLocation start = Start();
  Advance();
  bool is_await = false;
  if (IsKw(Keyword::kAwait) && await_keyword_) {
    if (function_->is_static_block) FailAt(tok_, "'await' is not allowed in class static blocks");
    is_await = true;
    Advance();
    if (!function_->node) program_->has_top_level_await = true;
  }
  Expect(TokenType::kLeftParen);
  ScopeInfo* loop_scope = PushScope(ScopeKind::kBlock);
  Node* init = nullptr;
  SourceLocation init_start = Start();
  bool init_is_declaration = false;
  bool starts_with_let = IsKw(Keyword::kLet);
  bool starts_with_async = IsKw(Keyword::kAsync);
  if (Is(TokenType::kSemicolon)) {
    // no init
  } else if (IsKw(Keyword::kVar)) {
    Advance();
    init = ParseVariableDeclaration(VariableKind::kVar, false, true, init_start);
    init_is_declaration = true;
  } else if ((IsKw(Keyword::kLet) || IsKw(Keyword::kConst)) && AtLexicalDeclaration(false)) {
    VariableKind kind = IsKw(Keyword::kLet) ? VariableKind::kLet : VariableKind::kConst;
    Advance();
    init = ParseVariableDeclaration(kind, false, true, init_start);
    init_is_declaration = true;
  } else if (AtUsingDeclaration(true)) {
    Advance();
    init = ParseVariableDeclaration(VariableKind::kUsing, false, true, init_start);
    init_is_declaration = true;
  } else if (AtAwaitUsingDeclaration(true)) {
    Advance();
    Advance();
    if (!function_->node) program_->has_top_level_await = true;
    init = ParseVariableDeclaration(VariableKind::kAwaitUsing, false, true, init_start);
    init_is_declaration = true;
  }

  if (init_is_declaration) {
    auto* declaration = static_cast<VariableDeclaration*>(init);
    bool is_of = IsKw(Keyword::kOf);
    bool is_in = IsKw(Keyword::kIn);
    if (is_of || is_in) {
      if (declaration->declarators.size() != 1) Fail(declaration->range, "Only one variable may be declared in a for-in/of head");
      VariableDeclarator& d = declaration->declarators[0];
      bool is_using = declaration->variable_kind == VariableKind::kUsing ||
                      declaration->variable_kind == VariableKind::kAwaitUsing;
      if (is_in && is_using) FailAt(tok_, "'using' declarations are not allowed in for-in");
      if (d.initializer) {
        // B.3.5 Initializers in ForIn Statement Heads (sloppy, var, identifier only).
        if (!(is_in && !strict_ && declaration->variable_kind == VariableKind::kVar &&
              d.target->kind == NodeKind::kIdentifier)) {
          Fail(d.range, "for-in/of loop variable declaration may not have an initializer");
        }
      }
      if (is_await && !is_of) Unexpected();
      Advance();
      auto* node = New<ForInOfStatement>(is_of ? NodeKind::kForOf : NodeKind::kForIn);
      node->is_await = is_await;
      node->left = declaration;
      node->right = is_of ? ParseAssignment(true) : ParseExpression(true);
      Expect(TokenType::kRightParen);
      node->scope = loop_scope->scope;
      node->body = ParseSubStatement();
      CheckLoopBodyIsNotLabelledFunction(node->body);
      PopScope();
      return Finish(node, start);
    }
    for (VariableDeclarator& d : declaration->declarators) {
      if (!d.initializer) {
        if (declaration->variable_kind == VariableKind::kConst ||
            declaration->variable_kind == VariableKind::kUsing ||
            declaration->variable_kind == VariableKind::kAwaitUsing)
          Fail(d.range, "Missing initializer in declaration");
        if (d.target->kind != NodeKind::kIdentifier) Fail(d.range, "Missing initializer in destructuring declaration");
      }
    }
  } else if (!Is(TokenType::kSemicolon)) {
    CoverErrors cover;
    Expression* expression = ParseExpression(false, &cover);
    bool is_of = IsKw(Keyword::kOf);
    bool is_in = IsKw(Keyword::kIn);
    if (is_of || is_in) {
      if (is_of && starts_with_let) Fail(expression->range, "The left-hand side of a for-of loop may not be 'let'");
      if (is_of && starts_with_async && !is_await && expression->kind == NodeKind::kIdentifier &&
          !expression->parenthesized && static_cast<Identifier*>(expression)->name == u"async") {
        Fail(expression->range, "The left-hand side of a for-of loop may not be 'async'");
      }
      if (is_await && !is_of) Unexpected();
      Node* target;
      if ((expression->kind == NodeKind::kObjectLiteral || expression->kind == NodeKind::kArrayLiteral) &&
          !expression->parenthesized) {
        target = ExpressionToPattern(expression, false);
      } else {
        ThrowCoverErrors(cover);
            CheckSimpleAssignmentTarget(expression, "Invalid left-hand side in for-in/of loop");
        target = expression;
      }
      Advance();
      auto* node = New<ForInOfStatement>(is_of ? NodeKind::kForOf : NodeKind::kForIn);
      node->is_await = is_await;
      node->left = target;
      node->right = is_of ? ParseAssignment(true) : ParseExpression(true);
      Expect(TokenType::kRightParen);
      node->scope = loop_scope->scope;
      node->body = ParseSubStatement();
      CheckLoopBodyIsNotLabelledFunction(node->body);
      PopScope();
      return Finish(node, start);
    }
    ThrowCoverErrors(cover);
    init = expression;
  }
  if (is_await) Unexpected();
  auto* node = New<ForStatement>();
  node->init = init;
  Expect(TokenType::kSemicolon);
  if (!Is(TokenType::kSemicolon)) node->test = ParseExpression(true);
  Expect(TokenType::kSemicolon);
  if (!Is(TokenType::kRightParen)) node->update = ParseExpression(true);
  Expect(TokenType::kRightParen);
  node->scope = loop_scope->scope;
  node->body = ParseSubStatement();
  CheckLoopBodyIsNotLabelledFunction(node->body);
  PopScope();
  return Finish(node, start);
}

// 14.8 continue, 14.9 break (with their early errors).
Statement* Parser::ParseContinueBreak(bool is_break) {
  SourceLocation start = Start();
  Token keyword = tok_;
  Advance();
  std::u16string label;
  if (Is(TokenType::kIdentifier) && !tok_.newline_before && !IsAlwaysReservedWord(tok_.keyword)) {
    CheckLabelIdentifier(tok_);
    label = tok_.value;
    Token label_token = tok_;
    Advance();
    const LabelInfo* found = nullptr;
    for (const LabelInfo& info : function_->labels) {
      if (info.name == label) found = &info;
    }
    if (!found) FailAt(label_token, "Undefined label '" + Utf16ToUtf8(label) + "'");
    if (!is_break && !found->is_loop) FailAt(label_token, "Illegal continue statement: '" + Utf16ToUtf8(label) + "' does not denote an iteration statement");
  } else if (is_break ? function_->breakable_depth == 0 : function_->iteration_depth == 0) {
    FailAt(keyword, is_break ? "Illegal break statement" : "Illegal continue statement: no surrounding iteration statement");
  }
  ConsumeSemicolon();
  if (is_break) {
    auto* node = New<BreakStatement>();
    node->label = std::move(label);
    return Finish(node, start);
  }
  auto* node = New<ContinueStatement>();
  node->label = std::move(label);
  return Finish(node, start);
}

Statement* Parser::ParseReturnStatement() {
  SourceLocation start = Start();
  if (!function_->allow_return) FailAt(tok_, "Illegal return statement");
  Advance();
  auto* node = New<ReturnStatement>();
  if (!Is(TokenType::kSemicolon) && !Is(TokenType::kRightBrace) && !Is(TokenType::kEndOfInput) &&
      !tok_.newline_before) {
    node->argument = ParseExpression(true);
  }
  ConsumeSemicolon();
  return Finish(node, start);
}

Statement* Parser::ParseWithStatement() {
  SourceLocation start = Start();
  if (strict_) FailAt(tok_, "Strict mode code may not include a with statement");
  Advance();
  auto* node = New<WithStatement>();
  Expect(TokenType::kLeftParen);
  node->object = ParseExpression(true);
  Expect(TokenType::kRightParen);
  node->body = ParseSubStatement();
  CheckLoopBodyIsNotLabelledFunction(node->body);
  return Finish(node, start);
}

Statement* Parser::ParseSwitchStatement() {
  SourceLocation start = Start();
  Advance();
  auto* node = New<SwitchStatement>();
  Expect(TokenType::kLeftParen);
  node->discriminant = ParseExpression(true);
  Expect(TokenType::kRightParen);
  Expect(TokenType::kLeftBrace);
  ScopeInfo* info = PushScope(ScopeKind::kBlock);
  node->scope = info->scope;
  function_->breakable_depth++;
  bool seen_default = false;
  while (!Is(TokenType::kRightBrace)) {
    SwitchCase clause;
    SourceLocation case_start = Start();
    if (IsKw(Keyword::kCase)) {
      Advance();
      clause.test = ParseExpression(true);
    } else if (IsKw(Keyword::kDefault)) {
      if (seen_default) FailAt(tok_, "More than one default clause in switch statement");
      seen_default = true;
      Advance();
    } else {
      Unexpected();
    }
    Expect(TokenType::kColon);
    while (!Is(TokenType::kRightBrace) && !IsKw(Keyword::kCase) && !IsKw(Keyword::kDefault)) {
      if (Is(TokenType::kEndOfInput)) Unexpected();
      Statement* item = ParseStatementListItem();
      if (item->kind == NodeKind::kVariableDeclaration) {
        VariableKind kind = static_cast<VariableDeclaration*>(item)->variable_kind;
        if (kind == VariableKind::kUsing || kind == VariableKind::kAwaitUsing) {
          Fail(item->range, "'using' declarations are not allowed directly in a case clause");
        }
      }
      clause.body.push_back(item);
    }
    clause.range = {case_start, prev_end_};
    node->cases.push_back(std::move(clause));
  }
  Advance();
  function_->breakable_depth--;
  PopScope();
  return Finish(node, start);
}

Statement* Parser::ParseThrowStatement() {
  SourceLocation start = Start();
  Advance();
  if (tok_.newline_before) FailAt(tok_, "Illegal newline after throw");
  auto* node = New<ThrowStatement>();
  node->argument = ParseExpression(true);
  ConsumeSemicolon();
  return Finish(node, start);
}

Statement* Parser::ParseTryStatement() {
  SourceLocation start = Start();
  Advance();
  auto* node = New<TryStatement>();
  node->block = ParseBlock();
  if (IsKw(Keyword::kCatch)) {
    Advance();
    ScopeInfo* catch_scope = PushScope(ScopeKind::kCatch);
    node->catch_scope = catch_scope->scope;
    if (Eat(TokenType::kLeftParen)) {
      node->catch_parameter = ParseBindingTarget();
      std::vector<Identifier*> names;
      CollectBoundNames(node->catch_parameter, names);
      const bool simple = node->catch_parameter->kind == NodeKind::kIdentifier;
      for (Identifier* name : names) {
        uint8_t& flags = catch_scope->names[name->name];
        if (flags) RedeclarationError(name->name, name->range);
        flags = simple ? kNameCatchSimple : kNameCatchPattern;
        catch_scope->scope->lexical.push_back({name->name, DeclarationKind::kCatchParameter, name->range});
      }
      Expect(TokenType::kRightParen);
    }
    node->handler = ParseBlock(true, true);
    PopScope();
  }
  if (IsKw(Keyword::kFinally)) {
    Advance();
    node->finalizer = ParseBlock();
  }
  if (!node->handler && !node->finalizer) {
    if (Is(TokenType::kEndOfInput)) Unexpected();
    FailAt(tok_, "Missing catch or finally after try");
  }
  return Finish(node, start);
}

// LabelledStatement (14.13) or ExpressionStatement (14.5).
Statement* Parser::ParseLabelledOrExpressionStatement() {
  SourceLocation start = Start();
  int pending_labels = function_->pending_labels;
  function_->pending_labels = 0;
  // Parse an expression; `identifier :` turns out to be a label (no lookahead needed).
  const bool may_be_label = Is(TokenType::kIdentifier) && !IsAlwaysReservedWord(tok_.keyword);
  Token label_token;
  if (may_be_label) {
    label_token.type = tok_.type;
    label_token.keyword = tok_.keyword;
    label_token.escaped = tok_.escaped;
    label_token.range = tok_.range;
  }
  Expression* expression = ParseExpression(true);
  if (may_be_label && Is(TokenType::kColon) && expression->kind == NodeKind::kIdentifier &&
      !expression->parenthesized && expression->range.start.offset == label_token.range.start.offset) {
    label_token.value = static_cast<Identifier*>(expression)->name;
    CheckLabelIdentifier(label_token);
    Advance();
    for (const LabelInfo& info : function_->labels) {
      if (info.name == label_token.value) FailAt(label_token, "Label '" + Utf16ToUtf8(label_token.value) + "' has already been declared");
    }
    function_->labels.push_back({label_token.value, false});
    auto* node = New<LabelledStatement>();
    node->label = label_token.value;
    if (IsKw(Keyword::kFunction)) {
      // B.3.1 Labelled Function Declarations (sloppy mode only).
      if (strict_) FailAt(tok_, "In strict mode code, functions can only be declared at top level or inside a block");
      Token after = PeekToken();
      if (after.Is(TokenType::kStar)) FailAt(after, "Generator declarations cannot be labelled");
      node->body = ParseFunctionDeclaration(false, Start());
    } else {
      function_->pending_labels = pending_labels + 1;
      node->body = ParseStatement();
    }
    function_->pending_labels = 0;
    function_->labels.pop_back();
    return Finish(node, start);
  }
  auto* node = New<ExpressionStatement>();
  node->expression = expression;
  ConsumeSemicolon();
  return Finish(node, start);
}

Statement* Parser::ParseExpressionStatement() {
  SourceLocation start = Start();
  auto* node = New<ExpressionStatement>();
  node->expression = ParseExpression(true);
  ConsumeSemicolon();
  return Finish(node, start);
}

// ---------------------------------------------------------------------------
// Modules (16.2.2 Imports, 16.2.3 Exports)
// ---------------------------------------------------------------------------

namespace {
bool IsWellFormedUnicode(std::u16string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    char16_t c = s[i];
    if (c >= 0xD800 && c <= 0xDBFF) {
      if (i + 1 >= s.size() || s[i + 1] < 0xDC00 || s[i + 1] > 0xDFFF) return false;
      ++i;
    } else if (c >= 0xDC00 && c <= 0xDFFF) {
      return false;
    }
  }
  return true;
}
}  // namespace

std::u16string Parser::ParseModuleSpecifier() {
  if (!Is(TokenType::kString)) FailAt(tok_, "Expected a module specifier string");
  if (tok_.legacy_octal) FailAt(tok_, "Octal escape sequences are not allowed in strict mode");
  std::u16string value = tok_.value;
  Advance();
  return value;
}

// WithClause : `with` `{` (AttributeKey `:` StringLiteral),* `}`
std::vector<ImportAttribute> Parser::ParseImportAttributesOpt() {
  std::vector<ImportAttribute> attributes;
  if (!IsKw(Keyword::kWith)) return attributes;
  Advance();
  Expect(TokenType::kLeftBrace);
  while (!Is(TokenType::kRightBrace)) {
    ImportAttribute attribute;
    Token key = tok_;
    if (Is(TokenType::kIdentifier) || Is(TokenType::kString)) {
      if (Is(TokenType::kString) && tok_.legacy_octal) FailAt(tok_, "Octal escape sequences are not allowed in strict mode");
      attribute.key = tok_.value;
      Advance();
    } else {
      Unexpected();
    }
    for (const ImportAttribute& other : attributes) {
      if (other.key == attribute.key) FailAt(key, "Duplicate import attribute '" + Utf16ToUtf8(attribute.key) + "'");
    }
    Expect(TokenType::kColon);
    if (!Is(TokenType::kString)) FailAt(tok_, "Import attribute values must be strings");
    if (tok_.legacy_octal) FailAt(tok_, "Octal escape sequences are not allowed in strict mode");
    attribute.value = tok_.value;
    Advance();
    attributes.push_back(std::move(attribute));
    if (!Eat(TokenType::kComma)) break;
  }
  Expect(TokenType::kRightBrace);
  return attributes;
}

// ModuleExportName : IdentifierName | StringLiteral (well-formed Unicode)
std::u16string Parser::ParseModuleExportName(bool* was_string, SourceRange* range) {
  *range = tok_.range;
  if (Is(TokenType::kString)) {
    if (!IsWellFormedUnicode(tok_.value)) FailAt(tok_, "Module export names must be well-formed Unicode");
    if (tok_.legacy_octal) FailAt(tok_, "Octal escape sequences are not allowed in strict mode");
    *was_string = true;
  } else if (Is(TokenType::kIdentifier)) {
    *was_string = false;
  } else {
    Unexpected();
  }
  std::u16string name = tok_.value;
  Advance();
  return name;
}

Statement* Parser::ParseImportDeclaration() {
  SourceLocation start = Start();
  Advance();  // import
  auto* node = New<ImportDeclaration>();
  auto add_binding = [&](std::optional<std::u16string> import_name) {
    SourceLocation binding_start = Start();
    Identifier* local = ParseBindingIdentifier();
    DeclareLexical(local->name, DeclarationKind::kImport, local->range);
    node->specifiers.push_back({std::move(import_name), local->name, {binding_start, prev_end_}});
  };
  if (Is(TokenType::kString)) {
    node->module_request = ParseModuleSpecifier();
    node->attributes = ParseImportAttributesOpt();
    ConsumeSemicolon();
    return Finish(node, start);
  }
  bool need_from = true;
  if (Is(TokenType::kIdentifier)) {
    // ImportedDefaultBinding (any identifier here, even `from`).
    add_binding(u"default");
    if (!Eat(TokenType::kComma)) need_from = false;
  }
  if (need_from) {
    if (Is(TokenType::kStar)) {
      Advance();
      ExpectKw(Keyword::kAs);
      add_binding(std::nullopt);
    } else if (Eat(TokenType::kLeftBrace)) {
      while (!Is(TokenType::kRightBrace)) {
        SourceLocation specifier_start = Start();
        bool was_string = false;
        SourceRange name_range;
        Token name_token = tok_;
        std::u16string import_name = ParseModuleExportName(&was_string, &name_range);
        if (IsKw(Keyword::kAs)) {
          Advance();
          Identifier* local = ParseBindingIdentifier();
          DeclareLexical(local->name, DeclarationKind::kImport, local->range);
          node->specifiers.push_back({import_name, local->name, {specifier_start, prev_end_}});
        } else {
          if (was_string) FailAt(name_token, "A string import name must be followed by 'as'");
          CheckBindingIdentifier(name_token);
          DeclareLexical(import_name, DeclarationKind::kImport, name_range);
          node->specifiers.push_back({import_name, import_name, {specifier_start, prev_end_}});
        }
        if (!Eat(TokenType::kComma)) break;
      }
      Expect(TokenType::kRightBrace);
    } else {
      Unexpected();
    }
  }
  ExpectKw(Keyword::kFrom);
  node->module_request = ParseModuleSpecifier();
  node->attributes = ParseImportAttributesOpt();
  ConsumeSemicolon();
  return Finish(node, start);
}

void Parser::DeclareExportName(const std::u16string& name, const SourceRange& range) {
  if (!export_names_.insert(name).second) {
    Fail(range, "Duplicate export of '" + Utf16ToUtf8(name) + "'");
  }
}

Statement* Parser::ParseExportDeclaration() {
  SourceLocation start = Start();
  Advance();  // export
  auto* node = New<ExportDeclaration>();
  if (Is(TokenType::kStar)) {
    // export * from 'm'  |  export * as name from 'm'
    SourceLocation star_start = Start();
    Advance();
    ExportSpecifier specifier;
    if (IsKw(Keyword::kAs)) {
      Advance();
      bool was_string = false;
      SourceRange name_range;
      std::u16string name = ParseModuleExportName(&was_string, &name_range);
      DeclareExportName(name, name_range);
      specifier.export_name = name;
    }
    specifier.range = {star_start, prev_end_};
    node->specifiers.push_back(specifier);
    node->export_kind = ExportKind::kFrom;
    ExpectKw(Keyword::kFrom);
    node->module_request = ParseModuleSpecifier();
    node->attributes = ParseImportAttributesOpt();
    ConsumeSemicolon();
    return Finish(node, start);
  }
  if (Is(TokenType::kLeftBrace)) {
    Advance();
    struct Pending {
      Token local_token;
      bool local_is_string;
    };
    std::vector<Pending> locals;
    while (!Is(TokenType::kRightBrace)) {
      SourceLocation specifier_start = Start();
      Token local_token = tok_;
      bool local_is_string = false;
      SourceRange local_range;
      std::u16string local = ParseModuleExportName(&local_is_string, &local_range);
      std::u16string exported = local;
      SourceRange exported_range = local_range;
      if (IsKw(Keyword::kAs)) {
        Advance();
        bool exported_is_string = false;
        exported = ParseModuleExportName(&exported_is_string, &exported_range);
      }
      DeclareExportName(exported, exported_range);
      node->specifiers.push_back({exported, local, {specifier_start, prev_end_}});
      locals.push_back({local_token, local_is_string});
      if (!Eat(TokenType::kComma)) break;
    }
    Expect(TokenType::kRightBrace);
    if (IsKw(Keyword::kFrom)) {
      Advance();
      node->export_kind = ExportKind::kFrom;
      node->module_request = ParseModuleSpecifier();
      node->attributes = ParseImportAttributesOpt();
    } else {
      node->export_kind = ExportKind::kNamed;
      for (const Pending& p : locals) {
        if (p.local_is_string) FailAt(p.local_token, "A string export name requires a 'from' clause");
        Keyword k = p.local_token.keyword;
        if (IsAlwaysReservedWord(k) || IsStrictReservedWord(k) || k == Keyword::kAwait || k == Keyword::kYield) {
          FailAt(p.local_token, "Unexpected reserved word in export");
        }
        local_exports_.push_back({p.local_token.value, p.local_token.range});
      }
    }
    ConsumeSemicolon();
    return Finish(node, start);
  }
  if (IsKw(Keyword::kDefault)) {
    Token default_token = tok_;
    Advance();
    DeclareExportName(u"default", default_token.range);
    SourceLocation declaration_start = Start();
    if (IsKw(Keyword::kFunction) ||
        (IsKw(Keyword::kAsync) && PeekToken().IsKeyword(Keyword::kFunction) && !PeekToken().newline_before)) {
      bool is_async = IsKw(Keyword::kAsync);
      if (is_async) Advance();
      node->export_kind = ExportKind::kDefaultDeclaration;
      node->declaration = ParseFunctionDeclaration(is_async, declaration_start, true);
      Identifier* name = static_cast<FunctionDeclaration*>(node->declaration)->function->name;
      node->specifiers.push_back({u"default", name ? name->name : u"*default*", default_token.range});
      return Finish(node, start);
    }
    if (IsKw(Keyword::kClass)) {
      node->export_kind = ExportKind::kDefaultDeclaration;
      auto* declaration = New<ClassDeclaration>();
      declaration->class_node = ParseClass(true, true, declaration_start);
      node->declaration = Finish(declaration, declaration_start);
      if (declaration->class_node->name) {
        node->specifiers.push_back({u"default", declaration->class_node->name->name, default_token.range});
      } else {
        DeclareLexical(u"*default*", DeclarationKind::kClass, default_token.range);
        node->specifiers.push_back({u"default", u"*default*", default_token.range});
      }
      return Finish(node, start);
    }
    node->export_kind = ExportKind::kDefaultExpression;
    node->expression = ParseAssignment(true);
    DeclareLexical(u"*default*", DeclarationKind::kConst, default_token.range);
    node->specifiers.push_back({u"default", u"*default*", default_token.range});
    ConsumeSemicolon();
    return Finish(node, start);
  }
  // export Declaration / VariableStatement
  node->export_kind = ExportKind::kDeclaration;
  SourceLocation declaration_start = Start();
  Statement* declaration = nullptr;
  if (IsKw(Keyword::kVar)) {
    Advance();
    declaration = ParseVariableDeclaration(VariableKind::kVar, true, false, declaration_start);
    ConsumeSemicolon();
    Finish(declaration, declaration_start);
  } else if (IsKw(Keyword::kLet) || IsKw(Keyword::kConst)) {
    VariableKind kind = IsKw(Keyword::kLet) ? VariableKind::kLet : VariableKind::kConst;
    Advance();
    declaration = ParseVariableDeclaration(kind, true, false, declaration_start);
    ConsumeSemicolon();
    Finish(declaration, declaration_start);
  } else if (IsKw(Keyword::kFunction) || IsKw(Keyword::kAsync) || IsKw(Keyword::kClass)) {
    if (IsKw(Keyword::kAsync)) {
      Token next = PeekToken();
      if (!next.IsKeyword(Keyword::kFunction) || next.newline_before) Unexpected();
    }
    declaration = ParseStatementListItem();
  } else {
    Unexpected();
  }
  node->declaration = declaration;
  std::vector<Identifier*> names;
  if (declaration->kind == NodeKind::kVariableDeclaration) {
    for (auto& d : static_cast<VariableDeclaration*>(declaration)->declarators) CollectBoundNames(d.target, names);
  } else if (declaration->kind == NodeKind::kFunctionDeclaration) {
    names.push_back(static_cast<FunctionDeclaration*>(declaration)->function->name);
  } else if (declaration->kind == NodeKind::kClassDeclaration) {
    names.push_back(static_cast<ClassDeclaration*>(declaration)->class_node->name);
  }
  for (Identifier* name : names) {
    DeclareExportName(name->name, name->range);
    node->specifiers.push_back({name->name, name->name, name->range});
  }
  return Finish(node, start);
}

// 16.2.1.1 Module early errors: every local export refers to a declared binding.
void Parser::CheckModuleEnd() {
  for (const auto& [name, range] : local_exports_) {
    const uint8_t* flags = scope_->names.Find(name);
    if (!flags || *flags == 0) {
      Fail(range, "Export '" + Utf16ToUtf8(name) + "' is not defined in module");
    }
  }
}

}  // namespace async_runtime::syntax
