// Abstract syntax tree of ECMAScript Scripts and Modules (ECMA-262 clauses
// 13-16), produced by the parser (parser.h) and consumed by the bytecode
// compiler.
//
// Nodes mirror the grammar's productions closely enough that the compiler can
// follow the Runtime Semantics clause by clause; cover grammars are already
// resolved (an arrow's parameters are patterns, `[a, b] = c` has an
// ArrayPattern target). Every node carries its SourceRange.
//
// Memory: nodes live in the Program's Arena and point at each other with raw
// pointers; they are destroyed all at once with the Program (no recursive
// destructors, so deep trees cannot overflow the native stack here).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <type_traits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "runtime/syntax/source_text.h"

namespace async_runtime::syntax {

// ---------------------------------------------------------------------------
// Arena
// ---------------------------------------------------------------------------

// A bump allocator that runs the destructors of what it created, in reverse
// order, when it is destroyed.
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena();

  template <typename T, typename... Args>
  T* New(Args&&... args) {
    void* memory = Allocate(sizeof(T), alignof(T));
    T* object = new (memory) T(std::forward<Args>(args)...);
    if constexpr (!std::is_trivially_destructible_v<T>) {
      destructors_.push_back({object, [](void* p) { static_cast<T*>(p)->~T(); }});
    }
    return object;
  }

  size_t bytes_allocated() const { return bytes_allocated_; }

 private:
  void* Allocate(size_t size, size_t alignment);

  struct Destructor {
    void* object;
    void (*destroy)(void*);
  };
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* cursor_ = nullptr;
  char* limit_ = nullptr;
  size_t bytes_allocated_ = 0;
  std::vector<Destructor> destructors_;
};

// ---------------------------------------------------------------------------
// Node kinds
// ---------------------------------------------------------------------------

enum class NodeKind : uint8_t {
  // Expressions (13)
  kIdentifier,            // IdentifierReference / BindingIdentifier / LabelIdentifier
  kPrivateIdentifier,     // `#x` (only as the left operand of `in`)
  kThis,
  kNullLiteral,
  kBooleanLiteral,
  kNumericLiteral,
  kBigIntLiteral,
  kStringLiteral,
  kRegExpLiteral,
  kTemplateLiteral,
  kTaggedTemplate,
  kArrayLiteral,
  kObjectLiteral,
  kFunctionExpression,    // also generator / async function expressions
  kArrowFunction,
  kClassExpression,
  kSpreadElement,         // `...x` in array literals and arguments
  kUnary,
  kUpdate,
  kBinary,
  kLogical,               // && || ??
  kConditional,
  kAssignment,
  kSequence,              // Expression `a, b`
  kMember,                // a.b  a[b]  a.#b  (optional links inside an OptionalChain)
  kCall,
  kNew,
  kOptionalChain,         // OptionalExpression: the short-circuit boundary
  kSuperMember,           // super.x  super[x]
  kSuperCall,             // super(...)
  kNewTarget,
  kImportMeta,
  kImportCall,            // import(x [, options])
  kYield,
  kAwait,

  // Patterns (8.6.2 BindingPattern / 13.15.5 AssignmentPattern)
  kObjectPattern,
  kArrayPattern,
  kAssignmentTarget,      // Target = Initializer inside a pattern or parameter list

  // Statements and declarations (14)
  kVariableDeclaration,   // var / let / const / using / await using
  kFunctionDeclaration,
  kClassDeclaration,
  kExpressionStatement,
  kBlock,
  kEmpty,
  kIf,
  kFor,
  kForIn,
  kForOf,
  kWhile,
  kDoWhile,
  kContinue,
  kBreak,
  kReturn,
  kWith,
  kSwitch,
  kLabelled,
  kThrow,
  kTry,
  kDebugger,

  // Modules (16.2)
  kImportDeclaration,
  kExportDeclaration,
};

struct Node {
  explicit Node(NodeKind kind) : kind(kind) {}
  NodeKind kind;
  SourceRange range;
};

// ---------------------------------------------------------------------------
// Scopes
// ---------------------------------------------------------------------------

enum class ScopeKind : uint8_t {
  kScript,        // Script top level
  kModule,        // Module top level
  kFunction,      // a function's parameters and body (FunctionDeclarationInstantiation)
  kBlock,         // Block, CaseBlock, for-loop heads
  kCatch,         // the catch parameter (its Block is a nested kBlock scope)
  kClass,         // class binding and private environment
};

enum class DeclarationKind : uint8_t {
  kVar,
  kLet,
  kConst,
  kUsing,
  kAwaitUsing,
  kClass,
  kFunction,        // a FunctionDeclaration (lexical in blocks and modules, var-scoped at function/script level)
  kParameter,
  kCatchParameter,
  kImport,          // import binding (module top level, immutable, indirect)
};

struct FunctionNode;

struct Declaration {
  std::u16string name;
  DeclarationKind kind;
  SourceRange range;
  FunctionNode* function = nullptr;  // for kFunction: the function to instantiate
};

// The static scope tree. The compiler uses it for environment layout:
// VarDeclaredNames of a function or script are in `var_names` of its
// kFunction/kScript/kModule scope; LexicallyDeclaredNames of each block are
// in `lexical` of that block's scope.
struct Scope {
  ScopeKind kind;
  Scope* parent = nullptr;
  bool strict = false;
  // LexicallyDeclaredNames (let/const/class/using, block-level functions,
  // imports, catch parameters) declared directly in this scope.
  std::vector<Declaration> lexical;
  // For function/script/module scopes: VarDeclaredNames (var declarations
  // and, at this level, function declarations) hoisted to this scope.
  std::vector<Declaration> var_names;
  // Function declarations to initialize on entry (script/function top level:
  // FunctionDeclarationInstantiation step "functionsToInitialize"; blocks:
  // BlockDeclarationInstantiation).
  std::vector<FunctionNode*> functions;
  // Annex B.3.2.1/B.3.2.2: names of block-level functions in sloppy code that
  // also get a var binding in the enclosing function/script scope.
  std::vector<std::u16string> annex_b_function_names;
  // A direct `eval(...)` call appears in this scope (directly, or in a nested
  // non-function scope): the scope needs a dynamic environment.
  bool has_direct_eval = false;
  std::vector<Scope*> children;
};

// ---------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------

struct Expression : Node {
  using Node::Node;
  // Written in parentheses: ParenthesizedExpression (matters for e.g.
  // `(a) = 1` vs `({a}) = 1` and for anonymous function naming being kept).
  bool parenthesized = false;
};

struct Identifier : Expression {
  Identifier() : Expression(NodeKind::kIdentifier) {}
  std::u16string name;  // StringValue (escapes decoded)
};

struct PrivateIdentifier : Expression {
  PrivateIdentifier() : Expression(NodeKind::kPrivateIdentifier) {}
  std::u16string name;  // without '#'
};

struct ThisExpression : Expression {
  ThisExpression() : Expression(NodeKind::kThis) {}
};

struct NullLiteral : Expression {
  NullLiteral() : Expression(NodeKind::kNullLiteral) {}
};

struct BooleanLiteral : Expression {
  BooleanLiteral() : Expression(NodeKind::kBooleanLiteral) {}
  bool value = false;
};

struct NumericLiteral : Expression {
  NumericLiteral() : Expression(NodeKind::kNumericLiteral) {}
  double value = 0;
};

struct BigIntLiteral : Expression {
  BigIntLiteral() : Expression(NodeKind::kBigIntLiteral) {}
  std::u16string digits;  // decimal digits
};

struct StringLiteral : Expression {
  StringLiteral() : Expression(NodeKind::kStringLiteral) {}
  std::u16string value;  // SV
};

struct RegExpLiteral : Expression {
  RegExpLiteral() : Expression(NodeKind::kRegExpLiteral) {}
  std::u16string pattern;
  std::u16string flags;
};

struct TemplateLiteral : Expression {
  TemplateLiteral() : Expression(NodeKind::kTemplateLiteral) {}
  // quasis.size() == expressions.size() + 1. cooked is nullopt for an invalid
  // escape (only possible in a tagged template).
  std::vector<std::optional<std::u16string>> cooked;
  std::vector<std::u16string> raw;
  std::vector<Expression*> expressions;
};

struct TaggedTemplate : Expression {
  TaggedTemplate() : Expression(NodeKind::kTaggedTemplate) {}
  Expression* tag = nullptr;
  TemplateLiteral* quasi = nullptr;  // never inside an optional chain (early error)
};

struct SpreadElement : Expression {
  SpreadElement() : Expression(NodeKind::kSpreadElement) {}
  Expression* argument = nullptr;
};

struct ArrayLiteral : Expression {
  ArrayLiteral() : Expression(NodeKind::kArrayLiteral) {}
  std::vector<Expression*> elements;  // nullptr = elision (hole); SpreadElement for `...x`
};

enum class PropertyKind : uint8_t {
  kInit,        // key: value  (and shorthand `a`)
  kMethod,      // key() {}  (incl. generator / async methods)
  kGetter,
  kSetter,
  kSpread,      // ...x
  kProto,       // `__proto__: v` (non-computed, non-shorthand): sets [[Prototype]] (B.3.1)
};

struct Property {
  PropertyKind kind = PropertyKind::kInit;
  Expression* key = nullptr;   // Identifier (name), StringLiteral, NumericLiteral, BigIntLiteral, or any expression if computed
  bool computed = false;
  bool shorthand = false;
  Expression* value = nullptr;  // for methods/accessors a FunctionExpression; for spread the argument
  SourceRange range;
};

struct ObjectLiteral : Expression {
  ObjectLiteral() : Expression(NodeKind::kObjectLiteral) {}
  std::vector<Property> properties;
};

enum class UnaryOperator : uint8_t { kDelete, kVoid, kTypeof, kPlus, kMinus, kBitwiseNot, kLogicalNot };

struct UnaryExpression : Expression {
  UnaryExpression() : Expression(NodeKind::kUnary) {}
  UnaryOperator op = UnaryOperator::kPlus;
  Expression* operand = nullptr;
};

struct UpdateExpression : Expression {
  UpdateExpression() : Expression(NodeKind::kUpdate) {}
  bool increment = true;
  bool prefix = true;
  Expression* operand = nullptr;  // Identifier or member expression
};

enum class BinaryOperator : uint8_t {
  kExponent, kMultiply, kDivide, kRemainder, kAdd, kSubtract,
  kShiftLeft, kShiftRight, kUnsignedShiftRight,
  kLessThan, kGreaterThan, kLessThanEqual, kGreaterThanEqual, kInstanceof, kIn,
  kEqual, kNotEqual, kStrictEqual, kStrictNotEqual,
  kBitwiseAnd, kBitwiseXor, kBitwiseOr,
};

struct BinaryExpression : Expression {
  BinaryExpression() : Expression(NodeKind::kBinary) {}
  BinaryOperator op = BinaryOperator::kAdd;
  Expression* left = nullptr;  // PrivateIdentifier only for `#x in obj`
  Expression* right = nullptr;
};

enum class LogicalOperator : uint8_t { kAnd, kOr, kCoalesce };

struct LogicalExpression : Expression {
  LogicalExpression() : Expression(NodeKind::kLogical) {}
  LogicalOperator op = LogicalOperator::kAnd;
  Expression* left = nullptr;
  Expression* right = nullptr;
};

struct ConditionalExpression : Expression {
  ConditionalExpression() : Expression(NodeKind::kConditional) {}
  Expression* test = nullptr;
  Expression* consequent = nullptr;
  Expression* alternate = nullptr;
};

enum class AssignmentOperator : uint8_t {
  kAssign,
  kExponent, kMultiply, kDivide, kRemainder, kAdd, kSubtract,
  kShiftLeft, kShiftRight, kUnsignedShiftRight, kBitwiseAnd, kBitwiseXor, kBitwiseOr,
  kLogicalAnd, kLogicalOr, kCoalesce,
};

struct AssignmentExpression : Expression {
  AssignmentExpression() : Expression(NodeKind::kAssignment) {}
  AssignmentOperator op = AssignmentOperator::kAssign;
  // Identifier, member expression, or (op == kAssign only) ObjectPattern/ArrayPattern.
  Node* target = nullptr;
  Expression* value = nullptr;
};

struct SequenceExpression : Expression {
  SequenceExpression() : Expression(NodeKind::kSequence) {}
  std::vector<Expression*> expressions;
};

enum class MemberKind : uint8_t { kNamed, kComputed, kPrivate };

struct MemberExpression : Expression {
  MemberExpression() : Expression(NodeKind::kMember) {}
  Expression* object = nullptr;
  MemberKind member_kind = MemberKind::kNamed;
  std::u16string name;              // kNamed: IdentifierName; kPrivate: name without '#'
  Expression* property = nullptr;   // kComputed
  bool optional = false;            // this link is `?.` (inside an OptionalChain)
};

struct CallExpression : Expression {
  CallExpression() : Expression(NodeKind::kCall) {}
  Expression* callee = nullptr;
  std::vector<Expression*> arguments;  // may contain SpreadElement
  bool optional = false;               // `f?.()`
  bool direct_eval_candidate = false;  // callee is the plain identifier `eval` (13.3.6.1 step 6)
};

struct NewExpression : Expression {
  NewExpression() : Expression(NodeKind::kNew) {}
  Expression* callee = nullptr;
  std::vector<Expression*> arguments;
};

// OptionalExpression: when any `?.` link inside `expression` finds
// undefined/null, the whole chain evaluates to undefined.
struct OptionalChain : Expression {
  OptionalChain() : Expression(NodeKind::kOptionalChain) {}
  Expression* expression = nullptr;
};

struct SuperMember : Expression {
  SuperMember() : Expression(NodeKind::kSuperMember) {}
  bool computed = false;
  std::u16string name;
  Expression* property = nullptr;
};

struct SuperCall : Expression {
  SuperCall() : Expression(NodeKind::kSuperCall) {}
  std::vector<Expression*> arguments;
};

struct NewTarget : Expression {
  NewTarget() : Expression(NodeKind::kNewTarget) {}
};

struct ImportMeta : Expression {
  ImportMeta() : Expression(NodeKind::kImportMeta) {}
};

struct ImportCall : Expression {
  ImportCall() : Expression(NodeKind::kImportCall) {}
  Expression* specifier = nullptr;
  Expression* options = nullptr;  // optional second argument
};

struct YieldExpression : Expression {
  YieldExpression() : Expression(NodeKind::kYield) {}
  Expression* argument = nullptr;  // may be null
  bool delegate = false;           // yield*
};

struct AwaitExpression : Expression {
  AwaitExpression() : Expression(NodeKind::kAwait) {}
  Expression* argument = nullptr;
};

struct FunctionExpression : Expression {
  FunctionExpression() : Expression(NodeKind::kFunctionExpression) {}
  FunctionNode* function = nullptr;
};

struct ArrowFunction : Expression {
  ArrowFunction() : Expression(NodeKind::kArrowFunction) {}
  FunctionNode* function = nullptr;
};

struct ClassNode;

struct ClassExpression : Expression {
  ClassExpression() : Expression(NodeKind::kClassExpression) {}
  ClassNode* class_node = nullptr;
};

// ---------------------------------------------------------------------------
// Patterns (binding and assignment). A pattern target is an Identifier, a
// member expression (assignment patterns only), or a nested pattern.
// ---------------------------------------------------------------------------

// `target = initializer`: an element with a default value.
struct AssignmentTarget : Node {
  AssignmentTarget() : Node(NodeKind::kAssignmentTarget) {}
  Node* target = nullptr;
  Expression* initializer = nullptr;
};

struct PatternProperty {
  Expression* key = nullptr;  // Identifier (name), literal, or computed expression
  bool computed = false;
  bool shorthand = false;
  Node* value = nullptr;  // target, possibly an AssignmentTarget with a default
  SourceRange range;
};

struct ObjectPattern : Node {
  ObjectPattern() : Node(NodeKind::kObjectPattern) {}
  std::vector<PatternProperty> properties;
  Node* rest = nullptr;  // `...r`: Identifier (or member expression in assignment)
};

struct ArrayPattern : Node {
  ArrayPattern() : Node(NodeKind::kArrayPattern) {}
  std::vector<Node*> elements;  // nullptr = elision
  Node* rest = nullptr;
};

// ---------------------------------------------------------------------------
// Functions and classes
// ---------------------------------------------------------------------------

enum class FunctionKind : uint8_t {
  kNormal,               // function declaration / expression
  kArrow,
  kMethod,               // object or class method (incl. generator / async)
  kGetter,
  kSetter,
  kClassConstructor,     // base class constructor
  kDerivedConstructor,   // constructor of a class with `extends`
  kClassFieldInitializer,// synthetic function holding one field's initializer
  kClassStaticBlock,     // ClassStaticBlockBody
};

struct Statement;

struct FunctionNode {
  FunctionKind kind = FunctionKind::kNormal;
  bool is_generator = false;
  bool is_async = false;
  bool strict = false;
  bool is_declaration = false;      // FunctionDeclaration (vs expression)
  bool has_simple_parameter_list = true;  // IsSimpleParameterList
  // Conservative ContainsExpression of the parameters: true whenever a
  // parameter is not a plain identifier (so also for `[a]` without defaults).
  bool has_parameter_expressions = false;
  bool concise_body = false;        // arrow `=> expr`: body is one ReturnStatement
  bool is_static = false;           // static method / static field initializer
  Identifier* name = nullptr;       // BindingIdentifier, if any
  std::u16string inferred_name;     // property key when statically known (for methods)
  std::vector<Node*> parameters;    // Identifier / pattern / AssignmentTarget (with default)
  Node* rest_parameter = nullptr;
  std::vector<std::u16string> parameter_names;  // BoundNames of FormalParameters in order
  std::vector<Statement*> body;     // FunctionBody / ConciseBody (as a return) / ClassStaticBlockStatementList
  Expression* field_initializer = nullptr;  // kClassFieldInitializer
  Scope* scope = nullptr;           // kFunction scope: parameters, vars, top-level lexical names
  // What the body (including nested arrows, not nested ordinary functions) uses.
  bool has_direct_eval = false;
  bool uses_arguments = false;      // references `arguments` (needs an arguments object unless shadowed)
  bool uses_this = false;
  bool uses_super_property = false;
  bool uses_super_call = false;
  bool uses_new_target = false;
  uint32_t function_length = 0;     // ExpectedArgumentCount
  SourceRange range;                // the whole source text (Function.prototype.toString)
};

enum class ClassElementKind : uint8_t { kMethod, kGetter, kSetter, kField, kStaticBlock };

struct ClassElement {
  ClassElementKind kind = ClassElementKind::kMethod;
  bool is_static = false;
  bool computed = false;
  bool is_private = false;
  Expression* key = nullptr;            // Identifier / literal / computed expression / PrivateIdentifier
  FunctionNode* function = nullptr;     // method/accessor body, field initializer (may be null: no initializer), static block
  SourceRange range;
};

struct ClassNode {
  Identifier* name = nullptr;
  Expression* heritage = nullptr;       // ClassHeritage, null when no `extends`
  FunctionNode* constructor = nullptr;  // null: default constructor
  std::vector<ClassElement> elements;
  std::vector<std::u16string> private_names;  // PrivateBoundIdentifiers (unordered)
  Scope* scope = nullptr;               // kClass scope
  SourceRange range;
};

// ---------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------

struct Statement : Node {
  using Node::Node;
};

enum class VariableKind : uint8_t { kVar, kLet, kConst, kUsing, kAwaitUsing };

struct VariableDeclarator {
  Node* target = nullptr;  // Identifier or binding pattern
  Expression* initializer = nullptr;
  SourceRange range;
};

struct VariableDeclaration : Statement {
  VariableDeclaration() : Statement(NodeKind::kVariableDeclaration) {}
  VariableKind variable_kind = VariableKind::kVar;
  std::vector<VariableDeclarator> declarators;
};

struct FunctionDeclaration : Statement {
  FunctionDeclaration() : Statement(NodeKind::kFunctionDeclaration) {}
  FunctionNode* function = nullptr;
  // Annex B.3.2: a sloppy-mode block-level function also assigned to a var
  // binding of the same name when the block's declaration is evaluated.
  bool annex_b_var_binding = false;
};

struct ClassDeclaration : Statement {
  ClassDeclaration() : Statement(NodeKind::kClassDeclaration) {}
  ClassNode* class_node = nullptr;
};

struct ExpressionStatement : Statement {
  ExpressionStatement() : Statement(NodeKind::kExpressionStatement) {}
  Expression* expression = nullptr;
  // The string literal of a Directive (e.g. "use strict"), else empty.
  std::optional<std::u16string> directive;
};

struct Block : Statement {
  Block() : Statement(NodeKind::kBlock) {}
  std::vector<Statement*> body;
  Scope* scope = nullptr;
};

struct EmptyStatement : Statement {
  EmptyStatement() : Statement(NodeKind::kEmpty) {}
};

struct IfStatement : Statement {
  IfStatement() : Statement(NodeKind::kIf) {}
  Expression* test = nullptr;
  Statement* consequent = nullptr;
  Statement* alternate = nullptr;
};

struct ForStatement : Statement {
  ForStatement() : Statement(NodeKind::kFor) {}
  Node* init = nullptr;  // VariableDeclaration or Expression
  Expression* test = nullptr;
  Expression* update = nullptr;
  Statement* body = nullptr;
  Scope* scope = nullptr;  // for lexical declarations in the head (per-iteration copies)
};

struct ForInOfStatement : Statement {
  explicit ForInOfStatement(NodeKind kind) : Statement(kind) {}
  // VariableDeclaration with one declarator (no initializer except Annex B
  // `for (var x = 1 in o)`), or an assignment target (Identifier, member
  // expression, pattern).
  Node* left = nullptr;
  Expression* right = nullptr;
  Statement* body = nullptr;
  bool is_await = false;  // for await (... of ...)
  Scope* scope = nullptr;
};

struct WhileStatement : Statement {
  WhileStatement() : Statement(NodeKind::kWhile) {}
  Expression* test = nullptr;
  Statement* body = nullptr;
};

struct DoWhileStatement : Statement {
  DoWhileStatement() : Statement(NodeKind::kDoWhile) {}
  Statement* body = nullptr;
  Expression* test = nullptr;
};

struct ContinueStatement : Statement {
  ContinueStatement() : Statement(NodeKind::kContinue) {}
  std::u16string label;  // empty when none
};

struct BreakStatement : Statement {
  BreakStatement() : Statement(NodeKind::kBreak) {}
  std::u16string label;
};

struct ReturnStatement : Statement {
  ReturnStatement() : Statement(NodeKind::kReturn) {}
  Expression* argument = nullptr;
};

struct WithStatement : Statement {
  WithStatement() : Statement(NodeKind::kWith) {}
  Expression* object = nullptr;
  Statement* body = nullptr;
};

struct SwitchCase {
  Expression* test = nullptr;  // null for `default`
  std::vector<Statement*> body;
  SourceRange range;
};

struct SwitchStatement : Statement {
  SwitchStatement() : Statement(NodeKind::kSwitch) {}
  Expression* discriminant = nullptr;
  std::vector<SwitchCase> cases;
  Scope* scope = nullptr;  // the CaseBlock scope
};

struct LabelledStatement : Statement {
  LabelledStatement() : Statement(NodeKind::kLabelled) {}
  std::u16string label;
  Statement* body = nullptr;
};

struct ThrowStatement : Statement {
  ThrowStatement() : Statement(NodeKind::kThrow) {}
  Expression* argument = nullptr;
};

struct TryStatement : Statement {
  TryStatement() : Statement(NodeKind::kTry) {}
  Block* block = nullptr;
  Node* catch_parameter = nullptr;  // null for `catch {` or no catch
  Block* handler = nullptr;         // null when there is no catch clause
  Scope* catch_scope = nullptr;     // holds the catch parameter's bindings
  Block* finalizer = nullptr;
};

struct DebuggerStatement : Statement {
  DebuggerStatement() : Statement(NodeKind::kDebugger) {}
};

// ---------------------------------------------------------------------------
// Modules (16.2.2 Imports, 16.2.3 Exports)
// ---------------------------------------------------------------------------

struct ImportAttribute {
  std::u16string key;
  std::u16string value;
};

// ImportEntry records (16.2.1.6.1 Table 61)
struct ImportSpecifier {
  // import_name: the exported name in the other module; nullopt for a
  // namespace import (`* as ns`).
  std::optional<std::u16string> import_name;
  std::u16string local_name;
  SourceRange range;
};

struct ImportDeclaration : Statement {
  ImportDeclaration() : Statement(NodeKind::kImportDeclaration) {}
  std::u16string module_request;
  std::vector<ImportSpecifier> specifiers;  // empty for `import 'm'`
  std::vector<ImportAttribute> attributes;  // `with { type: 'json' }`
};

// ExportEntry-shaped records (16.2.1.6.1 Table 62).
struct ExportSpecifier {
  // The name exported (`export { local as exported }`); nullopt for `export * from`.
  std::optional<std::u16string> export_name;
  // For a local export: the local binding name. For a re-export: the import
  // name in the other module (nullopt for `*`).
  std::optional<std::u16string> local_or_import_name;
  SourceRange range;
};

enum class ExportKind : uint8_t {
  kNamed,           // export { a, b as c }
  kFrom,            // export { a } from 'm' / export * from 'm' / export * as ns from 'm'
  kDeclaration,     // export var/let/const/function/class ...
  kDefaultDeclaration,  // export default function/class (possibly anonymous: local name "*default*")
  kDefaultExpression,   // export default AssignmentExpression;
};

struct ExportDeclaration : Statement {
  ExportDeclaration() : Statement(NodeKind::kExportDeclaration) {}
  ExportKind export_kind = ExportKind::kNamed;
  std::vector<ExportSpecifier> specifiers;
  std::optional<std::u16string> module_request;
  std::vector<ImportAttribute> attributes;
  Statement* declaration = nullptr;   // kDeclaration / kDefaultDeclaration
  Expression* expression = nullptr;   // kDefaultExpression
};

// ---------------------------------------------------------------------------
// Program
// ---------------------------------------------------------------------------

struct Program {
  bool is_module = false;
  bool strict = false;
  std::vector<Statement*> body;
  Scope* scope = nullptr;      // kScript or kModule
  bool has_top_level_await = false;
  SourceRange range;
  const SourceText* source = nullptr;
  Arena arena;                 // owns every node above
};

}  // namespace async_runtime::syntax
