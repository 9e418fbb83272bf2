// The recursive-descent parser shared by parser.cc (program, statements,
// modules), parser_expressions.cc (expressions, cover grammars, patterns) and
// parser_functions.cc (functions, classes, scopes and their early errors).
// Private to the parser library.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "runtime/syntax/ast.h"
#include "runtime/syntax/lexer.h"
#include "runtime/syntax/parser.h"
#include "runtime/syntax/token.h"

namespace async_runtime::syntax {

// Thrown by Parser::Fail and caught only in ParseProgram: unwinds the
// recursive descent on the first SyntaxError. Never escapes the parser.
struct ParseAbort {};

// Errors that are only errors if a cover grammar turns out to be an
// expression (CoverInitializedName `{a = 1}`, duplicate `__proto__`), or only
// if it turns out to be arrow parameters.
struct CoverErrors {
  std::optional<SourceRange> initialized_name;  // `{a = 1}` outside a pattern
  std::optional<SourceRange> duplicate_proto;   // `{__proto__: a, __proto__: b}` outside a pattern
  bool any() const { return initialized_name || duplicate_proto; }
  void MergeFrom(const CoverErrors& other) {
    if (!initialized_name) initialized_name = other.initialized_name;
    if (!duplicate_proto) duplicate_proto = other.duplicate_proto;
  }
};

struct LabelInfo {
  std::u16string name;
  bool is_loop = false;
};

// Per-function parsing context: the grammar parameters that follow function
// boundaries and the early-error bookkeeping of 15.1-15.8.
struct FunctionContext {
  FunctionContext* outer = nullptr;
  FunctionNode* node = nullptr;  // null for the Script/Module top level
  bool is_arrow = false;
  bool allow_return = false;
  bool allow_super_property = false;
  bool allow_super_call = false;
  bool allow_new_target = false;
  bool is_field_initializer = false;  // `arguments` forbidden
  bool is_static_block = false;       // `arguments`, `await` forbidden
  std::vector<LabelInfo> labels;
  int pending_labels = 0;             // labels directly labelling the statement being parsed
  int breakable_depth = 0;            // enclosing iteration or switch statements
  int iteration_depth = 0;            // enclosing iteration statements
  // Sloppy block-level functions, for the Annex B.3.2 var-binding decision.
  struct BlockFunction {
    FunctionDeclaration* declaration;
    struct ScopeInfo* block;
  };
  std::vector<BlockFunction> block_functions;
};

// Name bookkeeping of one scope for the redeclaration early errors.
enum NameFlag : uint8_t {
  kNameLexical = 1,       // let/const/class/using/import/strict block function
  kNameVar = 2,           // var declared in or hoisted through this scope
  kNameBlockFunction = 4, // sloppy block-level function (duplicates allowed)
  kNameParameter = 8,
  kNameCatchSimple = 16,  // catch (e)
  kNameCatchPattern = 32, // catch ([e])
  kNameTopFunction = 64,  // function declaration at function/script top level (var-like)
};

// Name -> NameFlag bits. Most scopes hold a handful of names: a linear
// vector is faster than a hash map until it grows.
class NameTable {
 public:
  uint8_t& operator[](const std::u16string& name) {
    if (large_.empty()) {
      for (auto& entry : small_) {
        if (entry.first == name) return entry.second;
      }
      if (small_.size() < kSmallLimit) {
        small_.emplace_back(name, 0);
        return small_.back().second;
      }
      for (auto& entry : small_) large_.emplace(std::move(entry.first), entry.second);
      small_.clear();
    }
    return large_[name];
  }
  const uint8_t* Find(const std::u16string& name) const {
    if (large_.empty()) {
      for (auto& entry : small_) {
        if (entry.first == name) return &entry.second;
      }
      return nullptr;
    }
    auto it = large_.find(name);
    return it == large_.end() ? nullptr : &it->second;
  }

 private:
  static constexpr size_t kSmallLimit = 16;
  std::vector<std::pair<std::u16string, uint8_t>> small_;
  std::unordered_map<std::u16string, uint8_t> large_;
};

// Allocated in the Program's arena (it lives as long as the parse needs it).
struct ScopeInfo {
  Scope* scope = nullptr;
  ScopeInfo* parent = nullptr;
  bool is_function_boundary = false;  // function/script/module: vars stop here
  bool is_catch_body = false;         // the Block of a catch clause (parent is the kCatch scope)
  NameTable names;
};

// A private name declared in a class body.
struct PrivateNameInfo {
  ClassElementKind kind;
  bool is_static;
  bool accessor_pair_complete = false;  // a getter and a setter were both declared
};

struct ClassContext {
  ClassContext* outer = nullptr;
  std::unordered_map<std::u16string, PrivateNameInfo> declared;
  std::vector<std::pair<std::u16string, SourceRange>> references;
};

class Parser {
 public:
  Parser(const SourceText& source, const ParseOptions& options, Program* program);
  void ParseProgramBody();

  // ---- tokens (parser.cc)
  [[noreturn]] void Fail(const SourceRange& range, std::string message);
  [[noreturn]] void FailAt(const Token& token, std::string message);
  [[noreturn]] void Unexpected();
  void Advance();
  Token PeekToken();
  bool Is(TokenType type) const { return tok_.type == type; }
  bool IsKw(Keyword k) const { return tok_.IsKeyword(k); }
  bool Eat(TokenType type) {
    if (tok_.type != type) return false;
    Advance();
    return true;
  }
  void Expect(TokenType type);
  void ExpectKw(Keyword k);
  void ConsumeSemicolon();
  std::u16string_view TokenText(const Token& token) const;
  SourceLocation Start() const { return tok_.range.start; }
  template <typename T>
  T* Finish(T* node, SourceLocation start) {
    node->range = {start, prev_end_};
    return node;
  }
  template <typename T, typename... Args>
  T* New(Args&&... args) { return program_->arena.New<T>(std::forward<Args>(args)...); }

  // ---- depth limit
  void EnterNesting(int weight);
  static uintptr_t ComputeStackLimit();
  struct DepthGuard {
    explicit DepthGuard(Parser* p, int weight = 1) : parser(p), weight(weight) { parser->EnterNesting(weight); }
    ~DepthGuard() { parser->depth_ -= weight; }
    Parser* parser;
    int weight;
  };

  // ---- identifiers (parser_expressions.cc)
  bool IsIdentifierToken(const Token& token) const;  // could be an Identifier in some context
  void CheckIdentifierReference(const Token& token);
  void CheckBindingIdentifier(const Token& token);
  void CheckLabelIdentifier(const Token& token);
  void CheckStrictBindingName(const std::u16string& name, const SourceRange& range);
  Identifier* ParseIdentifierReference();
  Identifier* ParseBindingIdentifier();
  Identifier* MakeIdentifier(const Token& token);
  void NoteIdentifierReference(const std::u16string& name, const SourceRange& range);

  // ---- statements (parser.cc)
  void ParseDirectivesAndStatements(std::vector<Statement*>& body, TokenType end, bool function_body);
  Statement* ParseStatementListItem();
  Statement* ParseStatement();
  Statement* ParseSubStatement();  // the body of if/for/while/with/labels: not a declaration
  Block* ParseBlock(bool new_scope = true, bool catch_body = false);
  VariableDeclaration* ParseVariableDeclaration(VariableKind kind, bool in, bool for_head,
                                                SourceLocation start);
  Statement* ParseIfStatement();
  Statement* ParseForStatement();
  Statement* ParseWhileStatement();
  Statement* ParseDoWhileStatement();
  Statement* ParseContinueBreak(bool is_break);
  Statement* ParseReturnStatement();
  Statement* ParseWithStatement();
  Statement* ParseSwitchStatement();
  Statement* ParseThrowStatement();
  Statement* ParseTryStatement();
  Statement* ParseLabelledOrExpressionStatement();
  Statement* ParseExpressionStatement();
  bool AtLexicalDeclaration(bool in_statement_position);
  bool AtUsingDeclaration(bool for_head);
  bool AtAwaitUsingDeclaration(bool for_head);
  void CheckLoopBodyIsNotLabelledFunction(Statement* body);

  // ---- modules (parser.cc)
  Statement* ParseImportDeclaration();
  Statement* ParseExportDeclaration();
  std::u16string ParseModuleSpecifier();
  std::vector<ImportAttribute> ParseImportAttributesOpt();
  std::u16string ParseModuleExportName(bool* was_string, SourceRange* range);
  void DeclareExportName(const std::u16string& name, const SourceRange& range);
  void CheckModuleEnd();

  // ---- expressions (parser_expressions.cc)
  Expression* ParseExpression(bool in, CoverErrors* cover = nullptr);
  Expression* ParseAssignment(bool in, CoverErrors* cover = nullptr);
  Expression* ParseYield(bool in);
  Expression* ParseConditional(bool in, CoverErrors* cover);
  Expression* ParseBinary(int min_precedence, bool in, CoverErrors* cover);
  Expression* ParseUnary(CoverErrors* cover);
  Expression* ParseUpdate(CoverErrors* cover);
  Expression* ParseLeftHandSide(CoverErrors* cover);
  Expression* ParseMemberOrNew(CoverErrors* cover);
  Expression* ParseTails(Expression* expr, SourceLocation start, bool allow_calls, CoverErrors* cover);
  Expression* ParsePrimary(CoverErrors* cover);
  Expression* ParseParenthesized(CoverErrors* cover);
  Expression* ParseArrayLiteral(CoverErrors* cover);
  Expression* ParseObjectLiteral(CoverErrors* cover);
  Expression* ParsePropertyName(bool* computed, std::u16string* static_name, bool allow_private = false);
  Expression* ParseTemplateLiteral(bool tagged);
  Expression* ParseRegExpLiteral();
  Expression* ParseNumericOrString();
  std::vector<Expression*> ParseArguments(CoverErrors* cover);
  Expression* ParseSuper();
  Expression* ParseImportExpression();
  bool IsValidSimpleAssignmentTarget(Expression* expr, bool web_compat_call = true);
  void CheckSimpleAssignmentTarget(Expression* expr, const char* what, bool web_compat_call = true);
  void ThrowCoverErrors(const CoverErrors& errors);

  // ---- patterns (parser_expressions.cc)
  Node* ExpressionToPattern(Expression* expr, bool binding);
  Node* ParseBindingTarget();      // BindingIdentifier or BindingPattern
  Node* ParseBindingElement();     // with optional initializer
  Node* ParseBindingPattern();
  void CollectBoundNames(Node* node, std::vector<Identifier*>& out);

  // ---- functions and classes (parser_functions.cc)
  FunctionNode* ParseFunctionRest(FunctionKind kind, bool is_async, bool is_generator,
                                  Identifier* name, SourceLocation start, bool is_declaration);
  Statement* ParseFunctionDeclaration(bool is_async, SourceLocation start, bool export_default = false);
  Expression* ParseFunctionExpression(bool is_async, SourceLocation start);
  void ParseFormalParameters(FunctionNode* fn);
  void ParseFunctionBody(FunctionNode* fn);
  void FinishParameters(FunctionNode* fn, bool unique_required);
  Expression* ParseArrowFunction(std::vector<Expression*> params, Node* rest, bool is_async,
                                 SourceLocation start, uint32_t yield_count_before, uint32_t await_count_before);
  FunctionNode* ParseMethod(FunctionKind kind, bool is_async, bool is_generator, SourceLocation start);
  ClassNode* ParseClass(bool is_declaration, bool name_optional, SourceLocation start);
  void ParseClassElement(ClassNode* cls, bool derived);
  FunctionNode* ParseFieldInitializer(SourceLocation start, bool is_static);
  FunctionNode* ParseStaticBlock(SourceLocation start);
  void DeclarePrivateName(const std::u16string& name, ClassElementKind kind, bool is_static,
                          const SourceRange& range);
  void ReferencePrivateName(const std::u16string& name, const SourceRange& range);

  // ---- scopes (parser_functions.cc)
  ScopeInfo* PushScope(ScopeKind kind);
  void PopScope();
  void DeclareLexical(const std::u16string& name, DeclarationKind kind, const SourceRange& range,
                      FunctionNode* function = nullptr);
  void DeclareVar(const std::u16string& name, const SourceRange& range);
  void DeclareBoundNames(Node* target, DeclarationKind kind);
  void RedeclarationError(const std::u16string& name, const SourceRange& range);
  FunctionContext* NearestNonArrow();
  void ResolveAnnexBFunctions(FunctionContext* ctx, ScopeInfo* function_scope);

  // ---- state
  const SourceText& source_;
  ParseOptions options_;
  Program* program_;
  Lexer lexer_;
  Token tok_;
  SourceLocation prev_end_;
  bool is_module_ = false;
  bool strict_ = false;
  bool yield_keyword_ = false;  // [Yield]
  bool await_keyword_ = false;  // [Await]
  int depth_ = 0;
  uintptr_t stack_limit_ = 0;
  uint32_t yield_count_ = 0;  // YieldExpressions parsed (for "ArrowParameters Contains YieldExpression")
  uint32_t await_count_ = 0;  // AwaitExpressions and `await` identifiers parsed
  uint32_t await_identifier_count_ = 0;  // `await` used as an identifier (invalid in async arrow heads)
  uint32_t await_identifier_before_arrow_ = 0;
  bool in_parameters_ = false;  // parsing FormalParameters (YieldExpression/AwaitExpression forbidden)
  bool in_allowed_ = true;      // [In] of the enclosing AssignmentExpression (for concise arrow bodies)
  bool last_arguments_trailing_comma_ = false;
  uint32_t arrow_start_offset_ = UINT32_MAX;  // where an arrow function may start (AssignmentExpression start)
  FunctionContext* function_ = nullptr;
  ScopeInfo* scope_ = nullptr;
  std::vector<Identifier*> bound_names_buffer_;  // scratch for parameter names (never held across parsing)
  ClassContext* class_ = nullptr;
  // Literals whose last element is a spread followed by a comma (invalid as a pattern).
  std::unordered_set<const Expression*> trailing_comma_after_spread_;
  // Module bookkeeping.
  std::unordered_set<std::u16string> export_names_;
  std::vector<std::pair<std::u16string, SourceRange>> local_exports_;
};

bool IsStrictReservedWord(Keyword k);
bool IsAlwaysReservedWord(Keyword k);

}  // namespace async_runtime::syntax
