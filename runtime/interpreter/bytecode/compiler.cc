#include "runtime/interpreter/bytecode/compiler.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <unordered_map>

#include "runtime/interpreter/number_conversions.h"

namespace async_runtime::interpreter::bytecode {

namespace {

// const, using and await using declare immutable bindings (14.3.1.2, 14.3.1.3: CreateImmutableBinding): an
// assignment to one throws a TypeError.
bool IsImmutableDeclaration(syntax::DeclarationKind kind) {
  return kind == syntax::DeclarationKind::kConst || kind == syntax::DeclarationKind::kUsing ||
         kind == syntax::DeclarationKind::kAwaitUsing;
}

using namespace syntax;

// A compile-time mirror of one run-time environment.
struct CompileScope {
  CompileScope* outer = nullptr;
  std::vector<std::u16string> names;
  std::vector<bool> is_const;
  bool is_with = false;  // an object environment: every lookup through it is dynamic
  // The binding of a named function expression's own name (15.2.5 InstantiateOrdinaryFunctionExpression:
  // CreateImmutableBinding(name, false)): assigning it throws only in strict code, and is ignored otherwise.
  int own_function_name_slot = -1;
  // A module environment's import bindings (indirect: read through LdaImport).
  std::vector<bool> is_import;
  // A VariableEnvironment that a sloppy direct eval may give more bindings at run time
  // (19.2.1.3 EvalDeclarationInstantiation): names not among `names` resolve by name beyond it.
  bool gains_eval_bindings = false;
};

// The hidden binding of a direct eval's environment that says whether Annex B.3.2.3 applies to the
// block-level function `name` (EvalDeclarationInstantiation decides at run time; `%` starts no identifier).
std::u16string AnnexBFlagName(const std::u16string& name) { return u"%annexB " + name; }

struct FinallyExit {
  enum class Kind { kBreak, kContinue, kReturn } kind;
  size_t control_index;
};

// An entry of the compile-time control stack (targets of break/continue,
// and finally blocks that a jump out of them must run).
struct Control {
  enum class Kind { kLoop, kSwitch, kLabelledBlock, kFinally } kind;
  std::vector<std::u16string> labels;
  int break_label = -1;
  int continue_label = -1;
  int env_depth = 0;  // environments pushed (in this function) at the labels
  // kFinally
  int finally_label = -1;
  uint32_t type_register = 0;
  uint32_t value_register = 0;
  std::vector<FinallyExit> exits;
  // kLoop of a for-of: the first of the iterator record's three registers
  // (iterator, next method, done flag), closed when a transfer leaves the loop.
  int iterator_register = -1;
  // for await: the iterator is closed with AsyncIteratorClose, which awaits; the accumulator (a return
  // value) is kept in this register meanwhile.
  bool async_iterator = false;
  uint32_t saved_value_register = 0;
};

// Completion types kept in a finally's type register.
constexpr int32_t kCompletionNormal = kCompletionTypeNormal;
constexpr int32_t kCompletionThrow = kCompletionTypeThrow;
constexpr int32_t kFirstExitCompletion = kCompletionTypeFirstExit;

// Whether executing `op` can produce a throw completion: only those get an
// entry in the position table (Code::positions).
bool CanThrow(Op op) {
  switch (op) {
    case Op::kLdaUndefined:
    case Op::kLdaNull:
    case Op::kLdaTrue:
    case Op::kLdaFalse:
    case Op::kLdaSmi:
    case Op::kLdaConst:
    case Op::kLdar:
    case Op::kStar:
    case Op::kMov:
    case Op::kLdaArg:
    case Op::kLdaNewTarget:
    case Op::kStaEnvInit:
    case Op::kLdaCallee:
    case Op::kCreateArguments:
    case Op::kCreateRestArray:
    case Op::kPushEnv:
    case Op::kPopEnv:
    case Op::kCopyEnv:
    case Op::kSaveEnv:
    case Op::kRestoreEnv:
    case Op::kStrictEq:
    case Op::kStrictNotEq:
    case Op::kNot:
    case Op::kTypeof:
    case Op::kJump:
    case Op::kJumpIfTrue:
    case Op::kJumpIfFalse:
    case Op::kJumpIfNullish:
    case Op::kJumpIfNotNullish:
    case Op::kJumpIfUndefined:
    case Op::kJumpIfNotUndefined:
    case Op::kJumpIfEmpty:
    case Op::kReturn:
    case Op::kCreateObject:
    case Op::kCreateArray:
    case Op::kArrayHole:
    case Op::kCreateClosure:
    case Op::kNop:
      return false;
    default:
      return true;
  }
}

class FunctionCompiler {
 public:
  FunctionCompiler(Agent& agent, Code* code, CompileScope* scope, std::optional<CompileError>& error)
      : agent_(agent), code_(code), scope_(scope), error_(error) {}

  void CompileScriptBody(const Program& program);
  // The body of direct eval code (see CompileDirectEval).
  void CompileEvalBody(const Program& program, const EvalContext& context);
  void CompileFunctionBody(const FunctionNode& function);
  // The body of a Module (16.2.1.7.3.1 InitializeEnvironment's layout, then the ModuleItemList).
  void CompileModuleBody(const Program& program);

 private:
  // --- emission ---------------------------------------------------------
  template <typename... Operands>
  void Emit(Op op, Operands... operands) {
    if (CanThrow(op)) RecordPosition();
    code_->instructions.push_back(static_cast<uint32_t>(op));
    (code_->instructions.push_back(static_cast<uint32_t>(operands)), ...);
  }
  uint32_t pc() const { return static_cast<uint32_t>(code_->instructions.size()); }
  // An instruction whose operands are `registers` then one jump operand per label in `jump_labels`.
  void EmitWithJumps(Op op, std::initializer_list<uint32_t> registers, std::initializer_list<int> jump_labels) {
    if (CanThrow(op)) RecordPosition();
    code_->instructions.push_back(static_cast<uint32_t>(op));
    for (uint32_t operand : registers) code_->instructions.push_back(operand);
    for (int label : jump_labels) {
      if (labels_[label].target >= 0) {
        code_->instructions.push_back(static_cast<uint32_t>(labels_[label].target));
      } else {
        code_->instructions.push_back(0);
        labels_[label].patches.push_back(code_->instructions.size() - 1);
      }
    }
  }
  // Adds a position-table entry for the instruction about to be emitted at
  // pc() unless the previous entry already has the current position.
  void RecordPosition() {
    auto& positions = code_->positions;
    if (!positions.empty() && positions.back().line == location_.line && positions.back().column == location_.column)
      return;
    positions.push_back({pc(), location_.line, location_.column});
  }
  // Makes `node`'s start the current source position until the end of the
  // C++ scope (instructions emitted for a node's parts get the parts'
  // positions, the node's own instructions after them get the node's).
  class PositionScope {
   public:
    PositionScope(FunctionCompiler& compiler, const SourceLocation& location)
        : compiler_(compiler), saved_(compiler.location_) {
      compiler.location_ = location;
    }
    ~PositionScope() { compiler_.location_ = saved_; }
    PositionScope(const PositionScope&) = delete;
    PositionScope& operator=(const PositionScope&) = delete;

   private:
    FunctionCompiler& compiler_;
    SourceLocation saved_;
  };
  int NewLabel() {
    labels_.push_back({});
    return static_cast<int>(labels_.size() - 1);
  }
  void Bind(int label) {
    labels_[label].target = pc();
    for (size_t patch : labels_[label].patches) code_->instructions[patch] = pc();
  }
  void EmitJump(Op op, int label) {
    Emit(op, 0);
    if (labels_[label].target >= 0) {
      code_->instructions.back() = static_cast<uint32_t>(labels_[label].target);
    } else {
      labels_[label].patches.push_back(code_->instructions.size() - 1);
    }
  }
  uint32_t AllocateRegister() {
    uint32_t reg = next_register_++;
    code_->register_count = std::max(code_->register_count, next_register_);
    return reg;
  }
  uint32_t Constant(Value value) {
    // Identical values (interned strings, canonical numbers) share one entry; the index keeps this O(1) for
    // scripts with tens of thousands of names.
    auto [it, inserted] = constant_index_.try_emplace(value.bits(), static_cast<uint32_t>(code_->constants.size()));
    if (inserted) code_->constants.push_back(value);
    return it->second;
  }
  uint32_t StringConstant(std::u16string_view text) { return Constant(agent_.InternedString(text)); }
  // Records the first compile error, at the current source position.
  void Unsupported(const std::string& what) {
    if (!error_) error_ = CompileError{"not supported yet: " + what, location_};
  }

  // --- scopes -------------------------------------------------------------
  struct Resolved {
    bool dynamic = true;
    uint32_t hops = 0;
    uint32_t slot = 0;
    bool is_const = false;
    bool own_function_name = false;  // an immutable binding that ignores sloppy assignments
    bool is_import = false;          // a module's import binding (indirect)
  };
  Resolved Resolve(const std::u16string& name) const;
  // Whether a `with` object environment encloses the code being compiled.
  bool InsideWith() const {
    for (const CompileScope* scope = scope_; scope; scope = scope->outer) {
      if (scope->is_with) return true;
    }
    return false;
  }
  void LoadIdentifier(const std::u16string& name);
  void StoreIdentifier(const std::u16string& name, bool initialize);
  // Pushes an environment for `scope`'s lexical declarations (if any) and
  // instantiates its functions (BlockDeclarationInstantiation). Returns
  // whether an environment was pushed.
  bool EnterBlockScope(const Scope* scope);
  void ExitBlockScope();
  void InstantiateFunctions(const std::vector<FunctionNode*>& functions);

  // --- statements ---------------------------------------------------------
  void CompileStatements(const std::vector<Statement*>& statements);
  void CompileStatement(const Statement* statement);
  void CompileVariableDeclaration(const VariableDeclaration* declaration);
  // 16.2.3.7 Runtime Semantics: Evaluation of ExportDeclaration.
  void CompileExportDeclaration(const ExportDeclaration* node);
  // Binds the value in the accumulator to a binding or assignment pattern
  // (8.6.2 BindingInitialization / 13.15.5 DestructuringAssignmentEvaluation),
  // object patterns only: array patterns need iterators.
  void BindPattern(const Node* target, bool initialize);
  // A call used as an assignment target: evaluated, then a ReferenceError.
  void EmitCallAsAssignmentTarget(const Expression* call);
  void CompileFor(const ForStatement* node, std::vector<std::u16string> labels);
  void CompileForIn(const ForInOfStatement* node, std::vector<std::u16string> labels);
  void CompileForOf(const ForInOfStatement* node, std::vector<std::u16string> labels);
  // Binds the value in the accumulator to the left side of a for-in/of head
  // (a declaration, an identifier, a member expression or a pattern).
  // Returns whether a block scope was pushed for a lexical declaration.
  bool BindForInOfLeft(const ForInOfStatement* node);
  // One iteration of a for-in/of loop with the value in the accumulator: binds the left side and runs the
  // body with `control` (the loop) pushed; returns whether a block scope was pushed (the caller pops it).
  bool CompileForInOfIteration(const ForInOfStatement* node, const Control& control);
  // The expression of a for-in/of head, with the left side's TDZ bindings in scope.
  void CompileForInOfHeadExpression(const ForInOfStatement* node);
  // Three consecutive registers for an Iterator Record.
  uint32_t AllocateIteratorRecord() {
    uint32_t first = AllocateRegister();
    AllocateRegister();
    AllocateRegister();
    return first;
  }
  void BindArrayPattern(const ArrayPattern* pattern, bool initialize);
  // Evaluates call/new arguments containing a spread into a new array in
  // the accumulator.
  void CompileSpreadArguments(const std::vector<Expression*>& arguments);
  // Evaluates spread-free arguments into consecutive new registers; returns the first.
  uint32_t CompileArgumentsToRegisters(const std::vector<Expression*>& arguments);
  // Appends every value of the iterable in the accumulator to the array in `array`
  // (GetIterator, then ArrayPush of each IteratorStepValue): spread in arrays and arguments.
  void EmitAppendIterable(uint32_t array);
  // 15.5.5 Runtime Semantics: Evaluation of YieldExpression (yield and yield*).
  void CompileYield(const YieldExpression* node);
  // 15.8.5 Runtime Semantics: Evaluation of AwaitExpression.
  void CompileAwait(const AwaitExpression* node);
  // yield* in an async generator (15.5.5 with genKind async).
  void CompileAsyncYieldStar(const YieldExpression* node);
  bool IsAsyncGenerator() const { return code_->is_async && code_->is_generator; }
  // Await(value) on the accumulator, throwing a rejection at this point.
  void EmitAwait();
  // AsyncGeneratorYield(accumulator) then AsyncGeneratorUnwrapYieldResumption.
  void EmitAsyncGeneratorYield();
  // 7.4.15 AsyncIteratorClose(iteratorRecord, NormalCompletion(accumulator)): the accumulator is kept in
  // `saved_value` while the return method's result is awaited.
  void EmitAsyncIteratorClose(uint32_t record, uint32_t saved_value);
  // try/finally: `body`, then `finalizer(type register, value register)` on every way out, then the
  // completion carried on (the finalizer may set the type register to a throw and the value register to the
  // exception).
  void CompileWithFinalizer(const std::function<void()>& body,
                            const std::function<void(uint32_t, uint32_t)>& finalizer);
  // A scope with using / await using declarations: its disposable resource stack around `body`.
  bool HasUsingDeclarations(const Scope* scope, bool* has_await_using);
  void CompileDisposableScope(const std::function<void()>& body, bool has_await_using);
  // The registers of the enclosing scopes' disposable resource stacks (innermost last).
  std::vector<uint32_t> disposal_stacks_;
  // for await ( ... of ... ): 14.7.5.6-14.7.5.7 with iteratorKind async.
  void CompileForAwaitOf(const ForInOfStatement* node, std::vector<std::u16string> labels);
  void CompileWhile(const WhileStatement* node, std::vector<std::u16string> labels);
  void CompileDoWhile(const DoWhileStatement* node, std::vector<std::u16string> labels);
  void CompileSwitch(const SwitchStatement* node, std::vector<std::u16string> labels);
  void CompileTry(const TryStatement* node);
  void CompileLabelled(const LabelledStatement* node);
  void CompileBreakOrContinue(bool is_break, const std::u16string& label);
  // Transfers control to a control-stack target, running intervening finally blocks.
  void EmitTransfer(FinallyExit exit);
  void EmitReturn();  // the value is in the accumulator

  // --- expressions (result in the accumulator) ------------------------------
  void CompileExpression(const Expression* expression);
  void CompileNamedEvaluation(const Expression* expression, const std::u16string& name);
  void CompileUnary(const UnaryExpression* node);
  void CompileUpdate(const UpdateExpression* node);
  void CompileAssignment(const AssignmentExpression* node);
  void CompileCall(const CallExpression* node);
  void CompileNew(const NewExpression* node);
  void CompileObjectLiteral(const ObjectLiteral* node);
  void CompileArrayLiteral(const ArrayLiteral* node);
  uint32_t CompileFunction(const FunctionNode* function, const std::u16string& name);
  void EmitBinary(BinaryOperator op, uint32_t left_register);
  // Loads / stores a member expression with the object (and key) in registers.
  struct MemberRefs {
    uint32_t object;  // the base object; for super, the this value
    uint32_t key;     // computed: the key; private: the Private Name; super: the key
    bool computed;
    uint32_t name;    // constant index for named
    bool is_private = false;
    bool is_super = false;
    uint32_t super_base = 0;  // super: the [[HomeObject]]'s prototype
  };
  MemberRefs PrepareMember(const MemberExpression* member);
  // 13.3.7.1 SuperProperty: actualThis, the key (ToPropertyKey'd) and GetSuperBase, in that order.
  MemberRefs PrepareSuperMember(const SuperMember* member);
  // The key of a method, accessor or field into `reg`: the static name when there is one
  // (identifier, string or numeric literal), else the computed key after ToPropertyKey.
  std::optional<std::u16string> CompilePropertyKey(const Expression* key, bool computed, uint32_t reg);
  // 15.7.14 ClassDefinitionEvaluation; leaves the constructor F in the accumulator.
  void CompileClass(const ClassNode* node, const std::u16string& name);
  uint32_t CompileDefaultConstructor(const std::u16string& name, bool derived);
  void CompileSuperCall(const SuperCall* node);
  // 13.3.11 Tagged Templates: the tag called with GetTemplateObject and the substitutions.
  void CompileTaggedTemplate(const TaggedTemplate* node);
  void LoadMember(const MemberRefs& refs);
  void StoreMember(const MemberRefs& refs);  // value in acc, left in acc
  // Before GetValue of a computed member Reference that PutValue uses again (compound assignment, ++/--):
  // 6.2.5.5 GetValue step 3.c sets the Reference's name to ? ToPropertyKey(name) once, after ToObject(base).
  void ConvertMemberKeyOnce(const MemberRefs& refs);

  struct LabelData {
    int64_t target = -1;
    std::vector<size_t> patches;
  };

  Agent& agent_;
  Code* code_;
  CompileScope* scope_;
  std::optional<CompileError>& error_;
  std::vector<LabelData> labels_;
  std::vector<Control> controls_;
  std::vector<std::unique_ptr<CompileScope>> owned_scopes_;
  std::unordered_map<uint64_t, uint32_t> constant_index_;  // Value bits -> index in code_->constants
  uint32_t next_register_ = 0;
  int env_depth_ = 0;
  bool is_script_ = false;
  uint32_t completion_register_ = 0;
  CompileScope* function_scope_ = nullptr;  // the function's own environment (nullptr for scripts)
  std::vector<int> optional_chain_labels_;   // where a nullish `?.` base jumps
  SourceLocation location_;                  // of the node being compiled
};

// 8.4.3 Static Semantics: IsAnonymousFunctionDefinition ( expr )
// https://tc39.es/ecma262/#sec-isanonymousfunctiondefinition
bool IsAnonymousFunctionDefinition(const Expression* expression) {
  // 1. If IsFunctionDefinition of expr is false, return false. 2. Let hasName be HasName of expr.
  // 3. If hasName is true, return false. 4. Return true.
  switch (expression->kind) {
    case NodeKind::kFunctionExpression:
      return static_cast<const FunctionExpression*>(expression)->function->name == nullptr;
    case NodeKind::kArrowFunction: return true;
    case NodeKind::kClassExpression:
      return static_cast<const ClassExpression*>(expression)->class_node->name == nullptr;
    default: return false;
  }
}

bool HasSpread(const std::vector<Expression*>& arguments) {
  return std::any_of(arguments.begin(), arguments.end(),
                     [](const Expression* argument) { return argument->kind == NodeKind::kSpreadElement; });
}

struct RegisterMark {
  explicit RegisterMark(uint32_t& next) : next_(next), saved_(next) {}
  ~RegisterMark() { next_ = saved_; }
  uint32_t& next_;
  uint32_t saved_;
};

FunctionCompiler::Resolved FunctionCompiler::Resolve(const std::u16string& name) const {
  uint32_t hops = 0;
  bool through_with = false;
  for (CompileScope* scope = scope_; scope; scope = scope->outer, ++hops) {
    if (scope->is_with) {
      through_with = true;
      continue;
    }
    auto it = std::find(scope->names.begin(), scope->names.end(), name);
    if (it != scope->names.end()) {
      if (through_with) return Resolved{};
      auto slot = static_cast<uint32_t>(it - scope->names.begin());
      return Resolved{false, hops, slot, scope->is_const[slot], scope->own_function_name_slot == static_cast<int>(slot),
                      slot < scope->is_import.size() && scope->is_import[slot]};
    }
    if (scope->gains_eval_bindings) through_with = true;
  }
  return Resolved{};
}

void FunctionCompiler::LoadIdentifier(const std::u16string& name) {
  Resolved resolved = Resolve(name);
  if (resolved.dynamic) {
    Emit(Op::kLdaName, StringConstant(name));
  } else if (resolved.is_import) {
    Emit(Op::kLdaImport, resolved.hops, resolved.slot, StringConstant(name));
  } else {
    Emit(Op::kLdaEnv, resolved.hops, resolved.slot, StringConstant(name));
  }
}

void FunctionCompiler::StoreIdentifier(const std::u16string& name, bool initialize) {
  Resolved resolved = Resolve(name);
  if (resolved.dynamic) {
    Emit(initialize ? Op::kInitName : Op::kStaName, StringConstant(name));
  } else if (initialize) {
    Emit(Op::kStaEnvInit, resolved.hops, resolved.slot);
  } else if (resolved.is_import) {
    // 9.1.1.1.5 SetMutableBinding step 5.b: an import binding is immutable and module code is strict.
    Emit(Op::kThrowConstAssign, StringConstant(name));
  } else if (resolved.own_function_name && !code_->strict) {
    // 9.1.1.1.5 SetMutableBinding of an immutable binding with S false: the assignment is ignored.
  } else if (resolved.is_const) {
    // Reading first keeps the TDZ ReferenceError ahead of the TypeError.
    Emit(Op::kLdaEnv, resolved.hops, resolved.slot, StringConstant(name));
    Emit(Op::kThrowConstAssign, StringConstant(name));
  } else {
    Emit(Op::kStaEnv, resolved.hops, resolved.slot, StringConstant(name));
  }
}

bool FunctionCompiler::EnterBlockScope(const Scope* scope) {
  if (scope == nullptr || scope->lexical.empty()) return false;
  auto compile_scope = std::make_unique<CompileScope>();
  ScopeLayout layout;
  for (const Declaration& declaration : scope->lexical) {
    if (std::find(compile_scope->names.begin(), compile_scope->names.end(), declaration.name) !=
        compile_scope->names.end())
      continue;
    compile_scope->names.push_back(declaration.name);
    compile_scope->is_const.push_back(IsImmutableDeclaration(declaration.kind));
    layout.names.push_back(agent_.strings().Intern(declaration.name));
    layout.lexical.push_back(declaration.kind != DeclarationKind::kFunction &&
                             declaration.kind != DeclarationKind::kCatchParameter);
    layout.is_const.push_back(IsImmutableDeclaration(declaration.kind));
  }
  layout.is_catch_clause = scope->kind == ScopeKind::kCatch;
  code_->scopes.push_back(std::move(layout));
  Emit(Op::kPushEnv, static_cast<uint32_t>(code_->scopes.size() - 1));
  compile_scope->outer = scope_;
  scope_ = compile_scope.get();
  owned_scopes_.push_back(std::move(compile_scope));
  ++env_depth_;
  InstantiateFunctions(scope->functions);
  return true;
}

void FunctionCompiler::ExitBlockScope() {
  Emit(Op::kPopEnv);
  scope_ = scope_->outer;
  --env_depth_;
}

void FunctionCompiler::InstantiateFunctions(const std::vector<FunctionNode*>& functions) {
  for (const FunctionNode* function : functions) {
    std::u16string name = function->name ? function->name->name : u"";
    Emit(Op::kCreateClosure, CompileFunction(function, name));
    StoreIdentifier(name, /*initialize=*/true);
  }
}

// ---------------------------------------------------------------------------
// Script and function bodies
// ---------------------------------------------------------------------------

void FunctionCompiler::CompileScriptBody(const Program& program) {
  PositionScope position(*this, program.range.start);
  is_script_ = true;
  code_->kind = CodeKind::kScript;
  code_->strict = program.strict;
  const Scope* scope = program.scope;
  // What GlobalDeclarationInstantiation needs (VarDeclaredNames, function
  // declarations to initialize, LexicallyScopedDeclarations).
  for (const Declaration& declaration : scope->var_names) {
    if (declaration.kind == DeclarationKind::kFunction) continue;
    PrimitiveString* name = agent_.strings().Intern(declaration.name);
    if (std::find(code_->global_var_names.begin(), code_->global_var_names.end(), name) ==
        code_->global_var_names.end())
      code_->global_var_names.push_back(name);
  }
  for (const FunctionNode* function : scope->functions) {
    std::u16string name = function->name ? function->name->name : u"";
    uint32_t index = CompileFunction(function, name);
    code_->global_functions.push_back({agent_.strings().Intern(name), index});
  }
  for (const std::u16string& name : scope->annex_b_function_names) {
    code_->global_annex_b_names.push_back(agent_.strings().Intern(name));
  }
  for (const Declaration& declaration : scope->lexical) {
    // A class declaration is reported when its statement is compiled (at
    // the `class` keyword rather than at the bound name).
    code_->global_lexicals.push_back(
        {agent_.strings().Intern(declaration.name), IsImmutableDeclaration(declaration.kind)});
  }
  completion_register_ = AllocateRegister();
  Emit(Op::kLdaUndefined);
  Emit(Op::kStar, completion_register_);
  CompileStatements(program.body);
  Emit(Op::kLdar, completion_register_);
  Emit(Op::kReturn);
}

// Direct eval code (19.2.1.1 PerformEval steps 16-29). The eval's own declarative environment (lexEnv) is
// the Code's function_scope: its lexical declarations, for strict code also its vars and functions, and for
// each Annex B.3.2.3 block-level function a hidden flag. Vm::PerformDirectEval creates it over the caller's
// LexicalEnvironment and performs 19.2.1.3 EvalDeclarationInstantiation with what the Code lists (the var
// names, the functions to initialize and the Annex B names) before running the body in it.
void FunctionCompiler::CompileEvalBody(const Program& program, const EvalContext& context) {
  PositionScope position(*this, program.range.start);
  is_script_ = true;
  code_->kind = CodeKind::kScript;
  code_->is_eval = true;
  code_->strict = context.strict;
  const Scope* scope = program.scope;
  auto compile_scope = std::make_unique<CompileScope>();
  ScopeLayout& layout = code_->function_scope;
  auto add = [&](const std::u16string& name, bool lexical, bool is_const) {
    if (std::find(compile_scope->names.begin(), compile_scope->names.end(), name) != compile_scope->names.end())
      return;
    compile_scope->names.push_back(name);
    compile_scope->is_const.push_back(is_const);
    layout.names.push_back(agent_.strings().Intern(name));
    layout.lexical.push_back(lexical);
    layout.is_const.push_back(is_const);
  };
  // 17. If strict is true, set varEnv to lexEnv.
  layout.is_variable_environment = context.strict;
  if (context.strict) {
    for (const Declaration& declaration : scope->var_names) add(declaration.name, false, false);
  }
  for (const Declaration& declaration : scope->lexical) {
    add(declaration.name, declaration.kind != DeclarationKind::kFunction, IsImmutableDeclaration(declaration.kind));
  }
  if (!context.strict) {
    for (const std::u16string& name : scope->annex_b_function_names) {
      code_->global_annex_b_names.push_back(agent_.strings().Intern(name));
      add(AnnexBFlagName(name), false, false);
    }
  }
  compile_scope->outer = scope_;
  scope_ = compile_scope.get();
  owned_scopes_.push_back(std::move(compile_scope));
  // varNames (without the functions) and functionsToInitialize, for EvalDeclarationInstantiation.
  for (const Declaration& declaration : scope->var_names) {
    if (declaration.kind == DeclarationKind::kFunction) continue;
    PrimitiveString* name = agent_.strings().Intern(declaration.name);
    if (std::find(code_->global_var_names.begin(), code_->global_var_names.end(), name) ==
        code_->global_var_names.end())
      code_->global_var_names.push_back(name);
  }
  for (const FunctionNode* function : scope->functions) {
    std::u16string name = function->name ? function->name->name : u"";
    uint32_t index = CompileFunction(function, name);
    code_->global_functions.push_back({agent_.strings().Intern(name), index});
  }
  completion_register_ = AllocateRegister();
  Emit(Op::kLdaUndefined);
  Emit(Op::kStar, completion_register_);
  CompileStatements(program.body);
  Emit(Op::kLdar, completion_register_);
  Emit(Op::kReturn);
}

void FunctionCompiler::CompileFunctionBody(const FunctionNode& function) {
  PositionScope position(*this, function.range.start);
  code_->strict = function.strict;
  code_->length = function.function_length;
  code_->is_generator = function.is_generator;
  code_->is_async = function.is_async;
  switch (function.kind) {
    case FunctionKind::kNormal: code_->kind = CodeKind::kNormalFunction; break;
    case FunctionKind::kArrow: code_->kind = CodeKind::kArrowFunction; break;
    case FunctionKind::kMethod:
    case FunctionKind::kGetter:
    case FunctionKind::kSetter:
    case FunctionKind::kClassFieldInitializer:
    case FunctionKind::kClassStaticBlock: code_->kind = CodeKind::kMethod; break;
    case FunctionKind::kClassConstructor: code_->kind = CodeKind::kClassConstructor; break;
    case FunctionKind::kDerivedConstructor:
      code_->kind = CodeKind::kClassConstructor;
      code_->is_derived_constructor = true;
      break;
  }
  // The function's environment: parameters, then var names (and top-level
  // function declarations), then top-level lexical names, then `arguments`
  // and the name of a named function expression if they are not shadowed.
  auto scope = std::make_unique<CompileScope>();
  ScopeLayout& layout = code_->function_scope;
  auto add = [&](const std::u16string& name, bool lexical, bool is_const) {
    if (std::find(scope->names.begin(), scope->names.end(), name) != scope->names.end()) return false;
    scope->names.push_back(name);
    scope->is_const.push_back(is_const);
    layout.names.push_back(agent_.strings().Intern(name));
    layout.lexical.push_back(lexical);
    layout.is_const.push_back(is_const);
    return true;
  };
  // 10.2.11 FunctionDeclarationInstantiation step 21: each parameter binding is created uninitialized (in its
  // TDZ until the parameter list initializes it, so a default referring to a later parameter throws), unless
  // there are duplicate names (then all start as undefined).
  bool has_duplicates = false;
  for (size_t i = 0; i < function.parameter_names.size() && !has_duplicates; ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (function.parameter_names[i] == function.parameter_names[j]) {
        has_duplicates = true;
        break;
      }
    }
  }
  for (const std::u16string& name : function.parameter_names) add(name, !has_duplicates, false);
  layout.parameter_count = static_cast<uint32_t>(layout.names.size());
  // 10.2.11 step 28: with parameter expressions the body's vars, functions and lexical declarations get an
  // environment of their own (variableEnv), entered once the parameters are bound, so closures created by
  // the parameters do not see them.
  bool separate_var_env = function.has_parameter_expressions;
  // The body's bindings (FunctionDeclarationInstantiation steps 27-28, 30-34), into `add_body_binding`.
  auto add_body_bindings = [&](const std::function<void(const std::u16string&, bool, bool)>& add_body_binding) {
    for (const Declaration& declaration : function.scope->var_names) add_body_binding(declaration.name, false, false);
    for (const Declaration& declaration : function.scope->lexical) {
      if (declaration.kind == DeclarationKind::kParameter) continue;
      // A class declaration is reported when its statement is compiled (at
      // the `class` keyword rather than at the bound name).
      add_body_binding(declaration.name, declaration.kind != DeclarationKind::kFunction,
                       IsImmutableDeclaration(declaration.kind));
    }
    // B.3.2.1: no var binding for a block-level function named "arguments" (the arguments object keeps it).
    for (const std::u16string& name : function.scope->annex_b_function_names) {
      if (name != u"arguments") add_body_binding(name, false, false);
    }
  };
  if (!separate_var_env) {
    add_body_bindings([&](const std::u16string& name, bool lexical, bool is_const) { add(name, lexical, is_const); });
  }
  // 10.2.11 steps 15-18 argumentsObjectNeeded, for code that may refer to `arguments`: its own, or a direct
  // eval's (which a field initializer or static block may not: an early error of the eval code).
  bool may_use_arguments =
      function.uses_arguments || (function.has_direct_eval && function.kind != FunctionKind::kClassFieldInitializer &&
                                  function.kind != FunctionKind::kClassStaticBlock);
  // 10.2.11 steps 16-18: not needed when a parameter is named "arguments", or (without parameter expressions)
  // a function or lexical declaration is; a var of that name shares the binding of the arguments object.
  bool arguments_shadowed =
      std::find(function.parameter_names.begin(), function.parameter_names.end(), u"arguments") !=
          function.parameter_names.end() ||
      (!separate_var_env &&
       (std::any_of(function.scope->functions.begin(), function.scope->functions.end(),
                    [](const FunctionNode* declared) {
                      return declared->name && declared->name->name == u"arguments";
                    }) ||
        std::any_of(function.scope->lexical.begin(), function.scope->lexical.end(), [](const Declaration& declared) {
          return declared.kind != DeclarationKind::kParameter && declared.name == u"arguments";
        })));
  bool needs_arguments = function.kind != FunctionKind::kArrow && may_use_arguments && !arguments_shadowed;
  if (needs_arguments) add(u"arguments", false, false);
  bool binds_own_name = !function.is_declaration && function.name && add(function.name->name, false, true);
  if (binds_own_name) scope->own_function_name_slot = static_cast<int>(scope->names.size() - 1);
  // A sloppy direct eval may declare vars in the VariableEnvironment (this environment, or while the
  // parameters are evaluated with parameter expressions, still this one): names it does not hold are
  // looked up by name.
  bool eval_may_declare = !function.strict && (function.has_direct_eval || function.scope->has_direct_eval);
  scope->gains_eval_bindings = eval_may_declare;
  // The spec's separate environment of the parameters (10.2.11 step 20): a var of a parameter's name
  // declared by an eval in a parameter expression redeclares it.
  layout.is_parameter_environment = separate_var_env && !function.strict;
  scope->outer = scope_;
  scope_ = scope.get();
  function_scope_ = scope.get();
  owned_scopes_.push_back(std::move(scope));

  // FunctionDeclarationInstantiation steps that depend on the parameter list
  // run as this prologue (see vm/function.cc for the rest).
  if (needs_arguments) {
    // 10.2.11 FunctionDeclarationInstantiation step 22: argumentsObjectNeeded — mapped when the code is not strict
    // and the parameter list is simple.
    code_->mapped_arguments = !function.strict && function.has_simple_parameter_list;
    for (const std::u16string& name : function.parameter_names) {
      auto it = std::find(scope_->names.begin(), scope_->names.end(), name);
      code_->parameter_slots.push_back(static_cast<uint32_t>(it - scope_->names.begin()));
    }
    Emit(Op::kCreateArguments);
    StoreIdentifier(u"arguments", true);
  }
  if (binds_own_name) {
    Emit(Op::kLdaCallee);
    StoreIdentifier(function.name->name, true);
  }

  for (size_t i = 0; i < function.parameters.size(); ++i) {
    const Node* parameter = function.parameters[i];
    const Expression* initializer = nullptr;
    if (parameter->kind == NodeKind::kAssignmentTarget) {
      auto* target = static_cast<const AssignmentTarget*>(parameter);
      initializer = target->initializer;
      parameter = target->target;
    }
    if (parameter->kind != NodeKind::kIdentifier) {
      Emit(Op::kLdaArg, static_cast<uint32_t>(i));
      if (initializer) {
        int has_value = NewLabel();
        EmitJump(Op::kJumpIfNotUndefined, has_value);
        CompileExpression(initializer);
        Bind(has_value);
      }
      BindPattern(parameter, true);
      continue;
    }
    const std::u16string& name = static_cast<const Identifier*>(parameter)->name;
    Emit(Op::kLdaArg, static_cast<uint32_t>(i));
    if (initializer) {
      int has_value = NewLabel();
      EmitJump(Op::kJumpIfNotUndefined, has_value);
      CompileNamedEvaluation(initializer, name);
      Bind(has_value);
    }
    StoreIdentifier(name, true);
  }
  if (function.rest_parameter) {
    Emit(Op::kCreateRestArray, static_cast<uint32_t>(function.parameters.size()));
    BindPattern(function.rest_parameter, true);
  }
  if (separate_var_env) {
    // 10.2.11 step 28: a. Let varEnv be NewDeclarativeEnvironment(env). b. Set the VariableEnvironment of
    // calleeContext to varEnv.
    auto body_scope = std::make_unique<CompileScope>();
    ScopeLayout body_layout;
    add_body_bindings([&](const std::u16string& name, bool lexical, bool is_const) {
      if (std::find(body_scope->names.begin(), body_scope->names.end(), name) != body_scope->names.end()) return;
      body_scope->names.push_back(name);
      body_scope->is_const.push_back(is_const);
      body_layout.names.push_back(agent_.strings().Intern(name));
      body_layout.lexical.push_back(lexical);
      body_layout.is_const.push_back(is_const);
    });
    body_layout.is_variable_environment = true;
    body_scope->gains_eval_bindings = eval_may_declare;
    code_->scopes.push_back(std::move(body_layout));
    Emit(Op::kPushEnv, static_cast<uint32_t>(code_->scopes.size() - 1));
    body_scope->outer = scope_;
    scope_ = body_scope.get();
    function_scope_ = body_scope.get();
    owned_scopes_.push_back(std::move(body_scope));
    ++env_depth_;
    // e. For each n of varNames: CreateMutableBinding(n, false); initialValue is undefined unless n is in
    //    parameterBindings and not in functionNames, then ! env.GetBindingValue(n, false).
    //    InitializeBinding(n, initialValue). (NOTE: A var with the same name as a formal parameter initially
    //    has the same value as the corresponding initialized parameter.)
    for (const Declaration& declaration : function.scope->var_names) {
      const std::u16string& name = declaration.name;
      bool is_parameter_binding =
          std::find(function.parameter_names.begin(), function.parameter_names.end(), name) !=
              function.parameter_names.end() ||
          (needs_arguments && name == u"arguments");
      bool is_function_name = std::any_of(
          function.scope->functions.begin(), function.scope->functions.end(),
          [&](const FunctionNode* declared) { return declared->name && declared->name->name == name; });
      if (!is_parameter_binding || is_function_name) continue;
      auto outer = std::find(scope_->outer->names.begin(), scope_->outer->names.end(), name);
      auto inner = std::find(scope_->names.begin(), scope_->names.end(), name);
      Emit(Op::kLdaEnv, 1, static_cast<uint32_t>(outer - scope_->outer->names.begin()), StringConstant(name));
      Emit(Op::kStaEnvInit, 0, static_cast<uint32_t>(inner - scope_->names.begin()));
    }
  }
  InstantiateFunctions(function.scope->functions);
  if (function.is_generator) {
    // 15.5.2 EvaluateGeneratorBody: after FunctionDeclarationInstantiation, create the
    // generator object and return it; the body runs when the generator is resumed.
    Emit(Op::kGeneratorStart);
  }
  if (function.kind == FunctionKind::kClassFieldInitializer) {
    code_->is_class_field_initializer = true;
    // The initializer's value, with NamedEvaluation by the field's name when it is known.
    if (function.field_initializer == nullptr) {
      Emit(Op::kLdaUndefined);
    } else if (!code_->name.empty()) {
      // The class definition names the initializer after its field (15.7.10 ClassFieldDefinitionEvaluation:
      // the initializer is evaluated with NamedEvaluation of the field's name).
      CompileNamedEvaluation(function.field_initializer, code_->name);
    } else {
      CompileExpression(function.field_initializer);
    }
    Emit(Op::kReturn);
    return;
  }
  bool has_await_using = false;
  if (HasUsingDeclarations(function.scope, &has_await_using)) {
    CompileDisposableScope([&] { CompileStatements(function.body); }, has_await_using);
  } else {
    CompileStatements(function.body);
  }
  Emit(Op::kLdaUndefined);
  Emit(Op::kReturn);
}

// The module environment's layout is what 16.2.1.7.3.1 InitializeEnvironment creates: the import bindings,
// the VarScopedDeclarations (undefined), then the LexicallyScopedDeclarations (uninitialized, except the
// function declarations, which InitializeEnvironment instantiates: Code::module_functions). The body then
// runs as ExecuteModule's Evaluation of the ModuleBody; with top-level await it is an async body
// (AsyncBlockStart), so each await suspends the module's frame.
void FunctionCompiler::CompileModuleBody(const Program& program) {
  PositionScope position(*this, program.range.start);
  code_->kind = CodeKind::kModule;
  code_->strict = true;
  // [[HasTLA]]: the body Contains await.
  code_->is_async = program.has_top_level_await;
  const Scope* program_scope = program.scope;
  auto scope = std::make_unique<CompileScope>();
  ScopeLayout& layout = code_->function_scope;
  auto add = [&](const std::u16string& name, bool lexical, bool is_const, bool is_import) {
    if (std::find(scope->names.begin(), scope->names.end(), name) != scope->names.end()) return;
    scope->names.push_back(name);
    scope->is_const.push_back(is_const);
    scope->is_import.push_back(is_import);
    layout.names.push_back(agent_.strings().Intern(name));
    layout.lexical.push_back(lexical);
    layout.is_const.push_back(is_const);
    layout.is_import.push_back(is_import);
  };
  for (const Declaration& declaration : program_scope->lexical) {
    if (declaration.kind == DeclarationKind::kImport) add(declaration.name, true, true, true);
  }
  for (const Declaration& declaration : program_scope->var_names) add(declaration.name, false, false, false);
  for (const Declaration& declaration : program_scope->lexical) {
    if (declaration.kind == DeclarationKind::kImport) continue;
    add(declaration.name, declaration.kind != DeclarationKind::kFunction, IsImmutableDeclaration(declaration.kind),
        false);
  }
  scope->outer = scope_;
  scope_ = scope.get();
  function_scope_ = scope.get();
  owned_scopes_.push_back(std::move(scope));
  for (const Declaration& declaration : program_scope->lexical) {
    if (declaration.kind != DeclarationKind::kFunction || declaration.function == nullptr) continue;
    // InstantiateFunctionObject: an anonymous `export default function` is named "default" (its binding is
    // "*default*").
    uint32_t index = CompileFunction(declaration.function, declaration.function->name ? u"" : u"default");
    auto it = std::find(scope_->names.begin(), scope_->names.end(), declaration.name);
    code_->module_functions.emplace_back(static_cast<uint32_t>(it - scope_->names.begin()), index);
  }
  bool has_await_using = false;
  if (HasUsingDeclarations(program_scope, &has_await_using)) {
    // ExecuteModule step 3.e: DisposeResources(env.[[DisposableResourceStack]], result).
    CompileDisposableScope([&] { CompileStatements(program.body); }, has_await_using);
  } else {
    CompileStatements(program.body);
  }
  Emit(Op::kLdaUndefined);
  Emit(Op::kReturn);
}

uint32_t FunctionCompiler::CompileFunction(const FunctionNode* function, const std::u16string& name) {
  Code* code = agent_.Allocate<Code>();  // collection is deferred while compiling
  code->name = function->name ? function->name->name : name;
  // [[SourceText]]: the script's text is attached by the VM (Vm::CompileScript).
  code->source_start = function->range.start.offset;
  code->source_end = function->range.end.offset;
  FunctionCompiler compiler(agent_, code, scope_, error_);
  compiler.CompileFunctionBody(*function);
  code_->functions.push_back(code);
  return static_cast<uint32_t>(code_->functions.size() - 1);
}

// ---------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------

void FunctionCompiler::CompileStatements(const std::vector<Statement*>& statements) {
  for (const Statement* statement : statements) CompileStatement(statement);
}

void FunctionCompiler::CompileStatement(const Statement* statement) {
  RegisterMark mark(next_register_);
  PositionScope position(*this, statement->range.start);
  if (is_script_) {
    // Statements whose completion value is never ~empty~ (they end with
    // UpdateEmpty(..., undefined)) reset the script's completion value.
    switch (statement->kind) {
      case NodeKind::kIf:
      case NodeKind::kFor:
      case NodeKind::kForIn:
      case NodeKind::kForOf:
      case NodeKind::kWhile:
      case NodeKind::kDoWhile:
      case NodeKind::kSwitch:
      case NodeKind::kTry:
      case NodeKind::kWith:
        Emit(Op::kLdaUndefined);
        Emit(Op::kStar, completion_register_);
        break;
      default: break;
    }
  }
  switch (statement->kind) {
    case NodeKind::kVariableDeclaration:
      CompileVariableDeclaration(static_cast<const VariableDeclaration*>(statement));
      break;
    case NodeKind::kFunctionDeclaration: {
      // Instantiated on scope entry. Annex B.3.2.1/B.3.2.2 step "when the
      // FunctionDeclaration f is evaluated": copy the block binding to the var binding.
      auto* declaration = static_cast<const FunctionDeclaration*>(statement);
      if (!declaration->annex_b_var_binding || !declaration->function->name) break;
      const std::u16string& name = declaration->function->name->name;
      if (function_scope_ == nullptr && code_->is_eval) {
        // B.3.2.3: only when EvalDeclarationInstantiation found no conflicting binding (its hidden flag).
        int skip = NewLabel();
        LoadIdentifier(AnnexBFlagName(name));
        EmitJump(Op::kJumpIfFalse, skip);
        LoadIdentifier(name);
        Emit(Op::kStaGlobalVar, StringConstant(name));
        Bind(skip);
        break;
      }
      if (function_scope_ != nullptr && name == u"arguments") break;  // see CompileFunctionBody
      LoadIdentifier(name);
      if (function_scope_ == nullptr) {
        Emit(Op::kStaGlobalVar, StringConstant(name));
        break;
      }
      uint32_t hops = 0;
      for (CompileScope* scope = scope_; scope != function_scope_; scope = scope->outer) ++hops;
      auto it = std::find(function_scope_->names.begin(), function_scope_->names.end(), name);
      Emit(Op::kStaEnv, hops, static_cast<uint32_t>(it - function_scope_->names.begin()), StringConstant(name));
      break;
    }
    case NodeKind::kClassDeclaration: {
      // 15.7.15 BindingClassDeclarationEvaluation: ClassDefinitionEvaluation, then InitializeBoundName.
      const ClassNode* class_node = static_cast<const ClassDeclaration*>(statement)->class_node;
      CompileClass(class_node, class_node->name ? class_node->name->name : u"default");
      StoreIdentifier(class_node->name->name, /*initialize=*/true);
      break;
    }
    case NodeKind::kExpressionStatement:
      CompileExpression(static_cast<const ExpressionStatement*>(statement)->expression);
      if (is_script_) Emit(Op::kStar, completion_register_);
      break;
    case NodeKind::kBlock: {
      auto* block = static_cast<const Block*>(statement);
      bool pushed = EnterBlockScope(block->scope);
      bool has_await_using = false;
      if (HasUsingDeclarations(block->scope, &has_await_using)) {
        CompileDisposableScope([&] { CompileStatements(block->body); }, has_await_using);
      } else {
        CompileStatements(block->body);
      }
      if (pushed) ExitBlockScope();
      break;
    }
    case NodeKind::kEmpty:
    case NodeKind::kDebugger: break;
    case NodeKind::kIf: {
      auto* node = static_cast<const IfStatement*>(statement);
      int else_label = NewLabel();
      int end_label = NewLabel();
      CompileExpression(node->test);
      EmitJump(Op::kJumpIfFalse, else_label);
      CompileStatement(node->consequent);
      EmitJump(Op::kJump, end_label);
      Bind(else_label);
      if (node->alternate) CompileStatement(node->alternate);
      Bind(end_label);
      break;
    }
    case NodeKind::kFor: CompileFor(static_cast<const ForStatement*>(statement), {}); break;
    case NodeKind::kForIn: CompileForIn(static_cast<const ForInOfStatement*>(statement), {}); break;
    case NodeKind::kForOf: CompileForOf(static_cast<const ForInOfStatement*>(statement), {}); break;
    case NodeKind::kWhile: CompileWhile(static_cast<const WhileStatement*>(statement), {}); break;
    case NodeKind::kDoWhile: CompileDoWhile(static_cast<const DoWhileStatement*>(statement), {}); break;
    case NodeKind::kSwitch: CompileSwitch(static_cast<const SwitchStatement*>(statement), {}); break;
    case NodeKind::kContinue:
      CompileBreakOrContinue(false, static_cast<const ContinueStatement*>(statement)->label);
      break;
    case NodeKind::kBreak: CompileBreakOrContinue(true, static_cast<const BreakStatement*>(statement)->label); break;
    case NodeKind::kReturn: {
      auto* node = static_cast<const ReturnStatement*>(statement);
      if (node->argument) {
        CompileExpression(node->argument);
        // 14.10.1 step 3: If GetGeneratorKind() is async, set exprValue to ? Await(exprValue).
        if (IsAsyncGenerator()) EmitAwait();
      } else {
        Emit(Op::kLdaUndefined);
      }
      EmitReturn();
      break;
    }
    case NodeKind::kWith: {
      auto* node = static_cast<const WithStatement*>(statement);
      CompileExpression(node->object);
      Emit(Op::kPushWithEnv);
      auto with_scope = std::make_unique<CompileScope>();
      with_scope->is_with = true;
      with_scope->outer = scope_;
      scope_ = with_scope.get();
      owned_scopes_.push_back(std::move(with_scope));
      ++env_depth_;
      CompileStatement(node->body);
      ExitBlockScope();
      break;
    }
    case NodeKind::kLabelled: CompileLabelled(static_cast<const LabelledStatement*>(statement)); break;
    case NodeKind::kThrow:
      CompileExpression(static_cast<const ThrowStatement*>(statement)->argument);
      Emit(Op::kThrow);
      break;
    case NodeKind::kTry: CompileTry(static_cast<const TryStatement*>(statement)); break;
    // 16.2.2.7 Runtime Semantics: Evaluation of ImportDeclaration: return empty (the bindings are made by
    // InitializeEnvironment).
    case NodeKind::kImportDeclaration: break;
    case NodeKind::kExportDeclaration: CompileExportDeclaration(static_cast<const ExportDeclaration*>(statement)); break;
    default: Unsupported("this statement"); break;
  }
}

void FunctionCompiler::CompileExportDeclaration(const ExportDeclaration* node) {
  switch (node->export_kind) {
    // ExportDeclaration : export ExportFromClause FromClause ; / export NamedExports ;
    // 1. Return empty.
    case ExportKind::kNamed:
    case ExportKind::kFrom: break;
    // ExportDeclaration : export VariableStatement / export Declaration: Return ? Evaluation of the declaration.
    case ExportKind::kDeclaration: CompileStatement(node->declaration); break;
    case ExportKind::kDefaultDeclaration: {
      // export default HoistableDeclaration: Return empty (InitializeEnvironment instantiated it).
      if (node->declaration->kind != NodeKind::kClassDeclaration) break;
      // export default ClassDeclaration:
      // 1. Let value be ? BindingClassDeclarationEvaluation of ClassDeclaration.
      // 2. Let className be the sole element of the BoundNames of ClassDeclaration.
      // 3. If className is "*default*", then
      //    a. Let env be the running execution context's LexicalEnvironment.
      //    b. Perform ? InitializeBoundName("*default*", value, env).
      // (15.7.15 BindingClassDeclarationEvaluation names an anonymous class "default".)
      const ClassNode* class_node = static_cast<const ClassDeclaration*>(node->declaration)->class_node;
      PositionScope position(*this, node->declaration->range.start);
      CompileClass(class_node, class_node->name ? class_node->name->name : u"default");
      StoreIdentifier(class_node->name ? class_node->name->name : u"*default*", /*initialize=*/true);
      break;
    }
    case ExportKind::kDefaultExpression:
      // export default AssignmentExpression ;
      // 1. If IsAnonymousFunctionDefinition(AssignmentExpression) is true, then
      //    a. Let value be ? NamedEvaluation of AssignmentExpression with argument "default".
      // 2. Else, a. Let rhs be ? Evaluation of AssignmentExpression. b. Let value be ? GetValue(rhs).
      CompileNamedEvaluation(node->expression, u"default");
      // 3. Let env be the running execution context's LexicalEnvironment.
      // 4. Perform ? InitializeBoundName("*default*", value, env).
      StoreIdentifier(u"*default*", /*initialize=*/true);
      break;
  }
}

void FunctionCompiler::CompileVariableDeclaration(const VariableDeclaration* declaration) {
  if (declaration->variable_kind == VariableKind::kUsing || declaration->variable_kind == VariableKind::kAwaitUsing) {
    // 14.3.1.2 Evaluation of UsingDeclaration / AwaitUsingDeclaration: BindingEvaluation with sync-dispose or
    // async-dispose: each initializer's value is added to the scope's resources (AddDisposableResource, in
    // InitializeReferencedBinding), then bound.
    if (disposal_stacks_.empty()) {
      Unsupported("using declarations here");
      return;
    }
    uint32_t kind = declaration->variable_kind == VariableKind::kUsing ? 0 : 1;
    for (const VariableDeclarator& declarator : declaration->declarators) {
      const std::u16string& name = static_cast<const Identifier*>(declarator.target)->name;
      CompileNamedEvaluation(declarator.initializer, name);
      Emit(Op::kAddDisposableResource, disposal_stacks_.back(), kind);
      StoreIdentifier(name, true);
    }
    return;
  }
  bool lexical = declaration->variable_kind != VariableKind::kVar;
  for (const VariableDeclarator& declarator : declaration->declarators) {
    if (declarator.target->kind != NodeKind::kIdentifier) {
      CompileExpression(declarator.initializer);
      BindPattern(declarator.target, lexical);
      continue;
    }
    const std::u16string& name = static_cast<const Identifier*>(declarator.target)->name;
    if (declarator.initializer && !lexical && Resolve(name).dynamic) {
      // 14.3.2.1 VariableDeclaration : BindingIdentifier Initializer: 1. Let lhs be ? ResolveBinding(bindingId),
      // before the initializer is evaluated; 5. Return ? PutValue(lhs, value).
      uint32_t reference = AllocateRegister();
      Emit(Op::kResolveName, reference, StringConstant(name));
      CompileNamedEvaluation(declarator.initializer, name);
      Emit(Op::kStaResolved, reference, StringConstant(name));
    } else if (declarator.initializer) {
      CompileNamedEvaluation(declarator.initializer, name);
      StoreIdentifier(name, lexical);
    } else if (lexical) {
      Emit(Op::kLdaUndefined);
      StoreIdentifier(name, true);
    }
  }
}

void FunctionCompiler::BindPattern(const Node* target, bool initialize) {
  PositionScope position(*this, target->range.start);
  RegisterMark mark(next_register_);
  switch (target->kind) {
    case NodeKind::kIdentifier:
      StoreIdentifier(static_cast<const Identifier*>(target)->name, initialize);
      return;
    case NodeKind::kMember: {
      uint32_t value = AllocateRegister();
      Emit(Op::kStar, value);
      MemberRefs refs = PrepareMember(static_cast<const MemberExpression*>(target));
      Emit(Op::kLdar, value);
      StoreMember(refs);
      return;
    }
    case NodeKind::kAssignmentTarget: {
      // SingleNameBinding / AssignmentElement with an Initializer: use it when the value is undefined.
      auto* node = static_cast<const AssignmentTarget*>(target);
      int has_value = NewLabel();
      EmitJump(Op::kJumpIfNotUndefined, has_value);
      if (node->target->kind == NodeKind::kIdentifier) {
        CompileNamedEvaluation(node->initializer, static_cast<const Identifier*>(node->target)->name);
      } else {
        CompileExpression(node->initializer);
      }
      Bind(has_value);
      BindPattern(node->target, initialize);
      return;
    }
    case NodeKind::kObjectPattern: {
      auto* pattern = static_cast<const ObjectPattern*>(target);
      uint32_t object = AllocateRegister();
      Emit(Op::kRequireObjectCoercible);
      Emit(Op::kStar, object);
      // With a rest element, the keys already taken are excluded from it
      // (14.3.3.2 RestBindingInitialization / 13.15.5.4 RestDestructuringAssignmentEvaluation).
      std::vector<uint32_t> excluded;
      if (pattern->rest) {
        for (size_t i = 0; i < pattern->properties.size(); ++i) excluded.push_back(AllocateRegister());
      }
      for (size_t i = 0; i < pattern->properties.size(); ++i) {
        const PatternProperty& property = pattern->properties[i];
        RegisterMark property_mark(next_register_);
        std::optional<std::u16string> name;
        if (!property.computed && property.key->kind == NodeKind::kIdentifier)
          name = static_cast<const Identifier*>(property.key)->name;
        if (!property.computed && property.key->kind == NodeKind::kStringLiteral)
          name = static_cast<const StringLiteral*>(property.key)->value;
        // The property key (after ToPropertyKey), then the target's Reference, then GetV (13.15.5.6
        // KeyedDestructuringAssignmentEvaluation steps 1-2, 8.6.3 KeyedBindingInitialization steps 1-2).
        uint32_t key = 0;
        if (name) {
          if (pattern->rest) {
            Emit(Op::kLdaConst, StringConstant(*name));
            Emit(Op::kStar, excluded[i]);
          }
        } else {
          key = AllocateRegister();
          CompileExpression(property.key);
          Emit(Op::kToPropertyKey);
          Emit(Op::kStar, key);
          if (pattern->rest) Emit(Op::kStar, excluded[i]);
        }
        auto get_property = [&] {
          if (name) {
            Emit(Op::kGetNamed, object, StringConstant(*name));
          } else {
            Emit(Op::kLdar, key);
            Emit(Op::kGetKeyed, object);
          }
        };
        const Node* element = property.value;
        const Expression* initializer = nullptr;
        if (element->kind == NodeKind::kAssignmentTarget) {
          initializer = static_cast<const AssignmentTarget*>(element)->initializer;
          element = static_cast<const AssignmentTarget*>(element)->target;
        }
        std::optional<MemberRefs> member_refs;
        std::optional<uint32_t> reference;
        if (element->kind == NodeKind::kMember) {
          // 1. If DestructuringAssignmentTarget is neither an ObjectLiteral nor an ArrayLiteral, let lref be ?
          //    Evaluation of DestructuringAssignmentTarget.
          member_refs = PrepareMember(static_cast<const MemberExpression*>(element));
        } else if (element->kind == NodeKind::kIdentifier && !initialize &&
                   Resolve(static_cast<const Identifier*>(element)->name).dynamic) {
          // (A name looked up by name: lref is ? ResolveBinding(name).)
          reference = AllocateRegister();
          Emit(Op::kResolveName, *reference, StringConstant(static_cast<const Identifier*>(element)->name));
        }
        if (!member_refs && !reference) {
          get_property();
          BindPattern(property.value, initialize);
          continue;
        }
        get_property();
        if (initializer) {
          int has_value = NewLabel();
          EmitJump(Op::kJumpIfNotUndefined, has_value);
          if (reference) {
            CompileNamedEvaluation(initializer, static_cast<const Identifier*>(element)->name);
          } else {
            CompileExpression(initializer);
          }
          Bind(has_value);
        }
        if (member_refs) {
          StoreMember(*member_refs);
        } else {
          Emit(Op::kStaResolved, *reference, StringConstant(static_cast<const Identifier*>(element)->name));
        }
      }
      if (pattern->rest) {
        RegisterMark rest_mark(next_register_);
        std::optional<MemberRefs> refs;
        if (pattern->rest->kind == NodeKind::kMember) {
          refs = PrepareMember(static_cast<const MemberExpression*>(pattern->rest));
        }
        // Let restObj be OrdinaryObjectCreate(%Object.prototype%); perform ? CopyDataProperties(restObj, value, excludedNames).
        uint32_t rest = AllocateRegister();
        Emit(Op::kCreateObject);
        Emit(Op::kStar, rest);
        Emit(Op::kLdar, object);
        Emit(Op::kCopyDataProperties, rest, excluded.empty() ? 0 : excluded[0],
             static_cast<uint32_t>(excluded.size()));
        Emit(Op::kLdar, rest);
        if (refs) {
          StoreMember(*refs);
        } else {
          BindPattern(pattern->rest, initialize);
        }
      }
      Emit(Op::kLdar, object);
      return;
    }
    case NodeKind::kArrayPattern: {
      uint32_t value = AllocateRegister();
      Emit(Op::kStar, value);
      BindArrayPattern(static_cast<const ArrayPattern*>(target), initialize);
      Emit(Op::kLdar, value);
      return;
    }
    case NodeKind::kCall: EmitCallAsAssignmentTarget(static_cast<const Expression*>(target)); return;
    default:
      Unsupported("binding target kind " + std::to_string(static_cast<int>(target->kind)));
      return;
  }
}

void FunctionCompiler::EmitCallAsAssignmentTarget(const Expression* call) {
  // B.3.9 Runtime Errors for Function Call Assignment Targets: a call is a valid assignment target in sloppy
  // code; it is evaluated, then a ReferenceError is thrown during the assignment, before any right side.
  CompileExpression(call);
  Emit(Op::kThrowReferenceError, StringConstant(u"Invalid assignment target: a call's result"));
}

void FunctionCompiler::CompileWhile(const WhileStatement* node, std::vector<std::u16string> labels) {
  Control control{Control::Kind::kLoop, std::move(labels), NewLabel(), NewLabel(), env_depth_};
  int top = control.continue_label;
  Bind(top);
  CompileExpression(node->test);
  EmitJump(Op::kJumpIfFalse, control.break_label);
  controls_.push_back(control);
  CompileStatement(node->body);
  controls_.pop_back();
  EmitJump(Op::kJump, top);
  Bind(control.break_label);
}

void FunctionCompiler::CompileDoWhile(const DoWhileStatement* node, std::vector<std::u16string> labels) {
  Control control{Control::Kind::kLoop, std::move(labels), NewLabel(), NewLabel(), env_depth_};
  int top = NewLabel();
  Bind(top);
  controls_.push_back(control);
  CompileStatement(node->body);
  controls_.pop_back();
  Bind(control.continue_label);
  CompileExpression(node->test);
  EmitJump(Op::kJumpIfTrue, top);
  Bind(control.break_label);
}

// 14.7.4.2 Runtime Semantics: ForLoopEvaluation, with
// 14.7.4.4 CreatePerIterationEnvironment ( perIterationBindings ) as CopyEnv.
// https://tc39.es/ecma262/#sec-createperiterationenvironment
void FunctionCompiler::CompileFor(const ForStatement* node, std::vector<std::u16string> labels) {
  bool pushed = false;
  bool per_iteration = false;
  // The test, body and update; `break` lands at the end of this part.
  auto loop = [&] {
    if (per_iteration) Emit(Op::kCopyEnv);
    Control control{Control::Kind::kLoop, std::move(labels), NewLabel(), NewLabel(), env_depth_};
    int top = NewLabel();
    Bind(top);
    if (node->test) {
      CompileExpression(node->test);
      EmitJump(Op::kJumpIfFalse, control.break_label);
    }
    controls_.push_back(control);
    CompileStatement(node->body);
    controls_.pop_back();
    Bind(control.continue_label);
    if (per_iteration) Emit(Op::kCopyEnv);
    if (node->update) CompileExpression(node->update);
    EmitJump(Op::kJump, top);
    Bind(control.break_label);
  };
  if (node->init && node->init->kind == NodeKind::kVariableDeclaration) {
    auto* declaration = static_cast<const VariableDeclaration*>(node->init);
    if (declaration->variable_kind == VariableKind::kUsing || declaration->variable_kind == VariableKind::kAwaitUsing) {
      // for ( using x = ...; ; ): the bindings are not copied per iteration (14.7.4.2: only let bindings are);
      // the resources are disposed when the whole loop is left, however it is left.
      pushed = EnterBlockScope(node->scope);
      CompileDisposableScope(
          [&] {
            CompileVariableDeclaration(declaration);
            loop();
          },
          declaration->variable_kind == VariableKind::kAwaitUsing);
      if (pushed) ExitBlockScope();
      return;
    }
    if (declaration->variable_kind != VariableKind::kVar) {
      pushed = EnterBlockScope(node->scope);
      per_iteration = pushed && declaration->variable_kind == VariableKind::kLet;
    }
    CompileVariableDeclaration(declaration);
  } else if (node->init) {
    CompileExpression(static_cast<const Expression*>(node->init));
  }
  loop();
  if (pushed) ExitBlockScope();
}

// 14.7.5.6 ForIn/OfHeadEvaluation and 14.7.5.7 ForIn/OfBodyEvaluation, for-in only.
void FunctionCompiler::CompileForIn(const ForInOfStatement* node, std::vector<std::u16string> labels) {
  CompileForInOfHeadExpression(node);
  uint32_t iterator = AllocateRegister();
  Control control{Control::Kind::kLoop, std::move(labels), NewLabel(), NewLabel(), env_depth_};
  Emit(Op::kForInPrepare);
  Emit(Op::kStar, iterator);
  int top = NewLabel();
  Bind(top);
  Emit(Op::kForInNext, iterator);
  EmitJump(Op::kJumpIfEmpty, control.break_label);
  bool pushed = CompileForInOfIteration(node, control);
  if (pushed) ExitBlockScope();
  Bind(control.continue_label);
  EmitJump(Op::kJump, top);
  Bind(control.break_label);
}

void FunctionCompiler::CompileForInOfHeadExpression(const ForInOfStatement* node) {
  // 14.7.5.6 ForIn/OfHeadEvaluation steps 1-3: the expression is evaluated in a scope holding the TDZ bindings
  // of a lexical declaration (so `for (let x of x)` throws).
  bool pushed = false;
  if (node->left->kind == NodeKind::kVariableDeclaration &&
      static_cast<const VariableDeclaration*>(node->left)->variable_kind != VariableKind::kVar)
    pushed = EnterBlockScope(node->scope);
  if (node->left->kind == NodeKind::kVariableDeclaration) {
    // B.3.5 Initializers in ForIn Statement Heads: for (var BindingIdentifier Initializer in Expression): the
    // initializer's value is PutValue'd to the binding before the expression is evaluated.
    auto* declaration = static_cast<const VariableDeclaration*>(node->left);
    if (declaration->variable_kind == VariableKind::kVar && declaration->declarators.size() == 1 &&
        declaration->declarators[0].initializer != nullptr &&
        declaration->declarators[0].target->kind == NodeKind::kIdentifier) {
      CompileVariableDeclaration(declaration);
    }
  }
  CompileExpression(node->right);
  if (pushed) ExitBlockScope();
}

bool FunctionCompiler::CompileForInOfIteration(const ForInOfStatement* node, const Control& control) {
  const VariableDeclaration* using_declaration = nullptr;
  if (node->left->kind == NodeKind::kVariableDeclaration) {
    auto* declaration = static_cast<const VariableDeclaration*>(node->left);
    if (declaration->variable_kind == VariableKind::kUsing || declaration->variable_kind == VariableKind::kAwaitUsing)
      using_declaration = declaration;
  }
  if (using_declaration == nullptr) {
    bool pushed = BindForInOfLeft(node);
    controls_.push_back(control);
    controls_.back().env_depth = env_depth_ - (pushed ? 1 : 0);
    CompileStatement(node->body);
    controls_.pop_back();
    return pushed;
  }
  // for ( using x of ... ) / for ( await using x of ... ): 14.7.5.7 ForIn/OfBodyEvaluation steps 6.i-l with a
  // fresh iterationEnv per iteration whose resources are disposed when the iteration ends, however it ends.
  uint32_t value = AllocateRegister();
  Emit(Op::kStar, value);
  bool pushed = EnterBlockScope(node->scope);
  controls_.push_back(control);
  controls_.back().env_depth = env_depth_ - (pushed ? 1 : 0);
  CompileDisposableScope(
      [&] {
        const std::u16string& name = static_cast<const Identifier*>(using_declaration->declarators[0].target)->name;
        Emit(Op::kLdar, value);
        // InitializeReferencedBinding with hint sync-dispose / async-dispose: AddDisposableResource.
        Emit(Op::kAddDisposableResource, disposal_stacks_.back(),
             using_declaration->variable_kind == VariableKind::kUsing ? 0u : 1u);
        StoreIdentifier(name, true);
        CompileStatement(node->body);
      },
      using_declaration->variable_kind == VariableKind::kAwaitUsing);
  controls_.pop_back();
  return pushed;
}

bool FunctionCompiler::BindForInOfLeft(const ForInOfStatement* node) {
  bool pushed = false;
  if (node->left->kind == NodeKind::kVariableDeclaration) {
    auto* declaration = static_cast<const VariableDeclaration*>(node->left);
    if (declaration->variable_kind == VariableKind::kUsing || declaration->variable_kind == VariableKind::kAwaitUsing) {
      Unsupported("using declarations in for heads");
      return false;
    }
    const VariableDeclarator& declarator = declaration->declarators[0];
    bool lexical = declaration->variable_kind != VariableKind::kVar;
    uint32_t value = AllocateRegister();
    Emit(Op::kStar, value);
    if (lexical) pushed = EnterBlockScope(node->scope);
    Emit(Op::kLdar, value);
    BindPattern(declarator.target, lexical);
  } else {
    // An assignment target: Identifier, member expression or pattern.
    BindPattern(node->left, false);
  }
  return pushed;
}

// 14.7.5.6 ForIn/OfHeadEvaluation and 14.7.5.7 ForIn/OfBodyEvaluation for
// for-of (iterationKind value, iteratorKind sync).
void FunctionCompiler::CompileForAwaitOf(const ForInOfStatement* node, std::vector<std::u16string> labels) {
  CompileForInOfHeadExpression(node);
  // 14.7.5.6 step 7.b: iteratorKind async: Return ? GetIterator(exprValue, async).
  uint32_t record = AllocateIteratorRecord();
  uint32_t saved_env = AllocateRegister();
  uint32_t exception = AllocateRegister();
  uint32_t saved_value = AllocateRegister();
  Emit(Op::kGetAsyncIterator, record);
  Emit(Op::kSaveEnv, saved_env);
  Control control{Control::Kind::kLoop, std::move(labels), NewLabel(), NewLabel(), env_depth_};
  control.iterator_register = static_cast<int>(record);
  control.async_iterator = true;
  control.saved_value_register = saved_value;
  int exhausted = NewLabel();
  int top = NewLabel();
  // 14.7.5.7 ForIn/OfBodyEvaluation ( lhs, stmt, iteratorRecord, iterationKind, lhsKind, labelSet, async )
  // 6. Repeat,
  Bind(top);
  uint32_t protected_start = pc();
  //    a. Let nextResult be ? Call(iteratorRecord.[[NextMethod]], iteratorRecord.[[Iterator]]).
  Emit(Op::kAsyncIteratorNext, record);
  //    b. If iteratorKind is async, set nextResult to ? Await(nextResult).
  EmitAwait();
  //    c.-f. Not an Object: TypeError; done = ? IteratorComplete(nextResult): if true, return V;
  //          nextValue = ? IteratorValue(nextResult).
  EmitWithJumps(Op::kAsyncIteratorStepResult, {record}, {exhausted});
  //    g.-j. Bind nextValue to lhs, then evaluate stmt.
  bool pushed = CompileForInOfIteration(node, control);
  if (pushed) ExitBlockScope();
  Bind(control.continue_label);
  EmitJump(Op::kJump, top);
  //    k.-l. An abrupt throw completion of the binding or the body: If iteratorKind is async, return
  //          ? AsyncIteratorClose(iteratorRecord, status): return() is called and its result awaited, but
  //          their errors give way to the body's. (The iterator's own errors leave [[Done]] true: no close.)
  uint32_t handler = pc();
  code_->handlers.push_back({protected_start, handler, handler, exception});
  Emit(Op::kRestoreEnv, saved_env);
  int rethrow = NewLabel();
  EmitWithJumps(Op::kAsyncIteratorCloseOnThrowCall, {record}, {rethrow});
  EmitWithJumps(Op::kAwaitOrSkip, {}, {rethrow});
  Bind(rethrow);
  Emit(Op::kLdar, exception);
  Emit(Op::kThrow);
  //    break: LoopContinues is false: return ? AsyncIteratorClose(iteratorRecord, status).
  Bind(control.break_label);
  EmitAsyncIteratorClose(record, saved_value);
  Bind(exhausted);
}

void FunctionCompiler::CompileForOf(const ForInOfStatement* node, std::vector<std::u16string> labels) {
  if (node->is_await) {
    CompileForAwaitOf(node, std::move(labels));
    return;
  }
  CompileForInOfHeadExpression(node);
  uint32_t record = AllocateIteratorRecord();
  uint32_t saved_env = AllocateRegister();
  uint32_t exception = AllocateRegister();
  Emit(Op::kGetIterator, record);
  Emit(Op::kSaveEnv, saved_env);
  Control control{Control::Kind::kLoop, std::move(labels), NewLabel(), NewLabel(), env_depth_};
  control.iterator_register = static_cast<int>(record);
  int exhausted = NewLabel();
  int top = NewLabel();
  Bind(top);
  uint32_t protected_start = pc();
  // 7.4.10 IteratorStepValue: done leaves ~empty~ in the accumulator.
  Emit(Op::kIteratorStepValue, record, 0);
  EmitJump(Op::kJumpIfEmpty, exhausted);
  bool pushed = CompileForInOfIteration(node, control);
  if (pushed) ExitBlockScope();
  Bind(control.continue_label);
  EmitJump(Op::kJump, top);
  // An abrupt throw completion of the body: IteratorClose(iteratorRecord, completion)
  // (the iterator's own errors — next() or a done/value getter throwing — set the
  // record's done flag, so the handler rethrows without closing).
  uint32_t handler = pc();
  code_->handlers.push_back({protected_start, handler, handler, exception});
  Emit(Op::kRestoreEnv, saved_env);
  Emit(Op::kLdar, exception);
  Emit(Op::kIteratorCloseOnThrow, record);
  Emit(Op::kThrow);
  // break: "If LoopContinues(result, labelSet) is false, then return ? IteratorClose(iteratorRecord, ...)".
  Bind(control.break_label);
  Emit(Op::kIteratorClose, record);
  Bind(exhausted);
}

// 8.6.3 IteratorBindingInitialization / 13.15.5.5 IteratorDestructuringAssignmentEvaluation
// for an ArrayBindingPattern / ArrayAssignmentPattern, with the value in the accumulator.
void FunctionCompiler::BindArrayPattern(const ArrayPattern* pattern, bool initialize) {
  uint32_t record = AllocateIteratorRecord();
  uint32_t exception = AllocateRegister();
  uint32_t saved_env = AllocateRegister();
  // 1. Let iteratorRecord be ? GetIterator(value, sync).
  Emit(Op::kGetIterator, record);
  Emit(Op::kSaveEnv, saved_env);
  uint32_t protected_start = pc();
  // A return completion leaving the pattern (a generator resumed with return() at a `yield` in an
  // initializer) closes the iterator too: the transfer sees it like a for-of loop's.
  Control closing{Control::Kind::kLabelledBlock, {}, -1, -1, env_depth_};
  closing.iterator_register = static_cast<int>(record);
  controls_.push_back(closing);
  auto unwrap = [](const Node* element) {
    return element->kind == NodeKind::kAssignmentTarget ? static_cast<const AssignmentTarget*>(element)->target
                                                        : element;
  };
  for (const Node* element : pattern->elements) {
    RegisterMark mark(next_register_);
    if (element == nullptr) {
      // Elision: if iteratorRecord.[[Done]] is false, perform ? IteratorStep(iteratorRecord).
      Emit(Op::kIteratorStepValue, record, 1);
      continue;
    }
    const Node* target = unwrap(element);
    // AssignmentElement: a target that is not a pattern is evaluated (lref) before the step.
    std::optional<MemberRefs> refs;
    if (target->kind == NodeKind::kMember) refs = PrepareMember(static_cast<const MemberExpression*>(target));
    // If iteratorRecord.[[Done]] is false, let next be ? IteratorStepValue(iteratorRecord); done gives undefined.
    Emit(Op::kIteratorStepValue, record, 1);
    if (element->kind == NodeKind::kAssignmentTarget) {
      auto* node = static_cast<const AssignmentTarget*>(element);
      int has_value = NewLabel();
      EmitJump(Op::kJumpIfNotUndefined, has_value);
      if (target->kind == NodeKind::kIdentifier) {
        CompileNamedEvaluation(node->initializer, static_cast<const Identifier*>(target)->name);
      } else {
        CompileExpression(node->initializer);
      }
      Bind(has_value);
    }
    if (refs) {
      StoreMember(*refs);
    } else {
      BindPattern(target, initialize);
    }
  }
  if (pattern->rest) {
    RegisterMark mark(next_register_);
    const Node* target = pattern->rest;
    std::optional<MemberRefs> refs;
    if (target->kind == NodeKind::kMember) refs = PrepareMember(static_cast<const MemberExpression*>(target));
    // Let A be ! ArrayCreate(0); repeat while iteratorRecord.[[Done]] is false: append IteratorStepValue's values.
    uint32_t array = AllocateRegister();
    Emit(Op::kCreateArray);
    Emit(Op::kStar, array);
    int loop = NewLabel();
    int done = NewLabel();
    Bind(loop);
    Emit(Op::kIteratorStepValue, record, 0);
    EmitJump(Op::kJumpIfEmpty, done);
    Emit(Op::kArrayPush, array);
    EmitJump(Op::kJump, loop);
    Bind(done);
    Emit(Op::kLdar, array);
    if (refs) {
      StoreMember(*refs);
    } else {
      BindPattern(target, initialize);
    }
  }
  controls_.pop_back();
  int after = NewLabel();
  EmitJump(Op::kJump, after);
  // An abrupt completion of the bindings: if iteratorRecord.[[Done]] is false, return ? IteratorClose(iteratorRecord, result).
  uint32_t handler = pc();
  code_->handlers.push_back({protected_start, handler, handler, exception});
  Emit(Op::kRestoreEnv, saved_env);
  Emit(Op::kLdar, exception);
  Emit(Op::kIteratorCloseOnThrow, record);
  Emit(Op::kThrow);
  Bind(after);
  // If iteratorRecord.[[Done]] is false, return ? IteratorClose(iteratorRecord, result).
  Emit(Op::kIteratorClose, record);
}

void FunctionCompiler::CompileAwait(const AwaitExpression* node) {
  // AwaitExpression : await UnaryExpression
  // 1. Let exprRef be ? Evaluation of UnaryExpression.
  // 2. Let value be ? GetValue(exprRef).
  CompileExpression(node->argument);
  // 3. Return ? Await(value): the frame suspends; it is resumed with the settled value, or with a throw
  //    completion that ResumeDispatch throws here.
  EmitAwait();
}

void FunctionCompiler::EmitAwait() {
  // Await(value) with the value in the accumulator; a rejection is thrown here.
  Emit(Op::kAwait);
  int after = NewLabel();
  EmitJump(Op::kResumeDispatch, after);
  Bind(after);
}

void FunctionCompiler::EmitAsyncGeneratorYield() {
  // 27.9.3.8 AsyncGeneratorYield ( arg ), arg in the accumulator: completes the oldest request and suspends
  // unless another is queued; then 27.9.3.7 AsyncGeneratorUnwrapYieldResumption ( resumptionValue ):
  Emit(Op::kAsyncGeneratorYield);
  // 1. If resumptionValue is not a return completion, return ? resumptionValue. (A throw is thrown here.)
  int return_path = NewLabel();
  int after = NewLabel();
  EmitJump(Op::kResumeDispatch, return_path);
  EmitJump(Op::kJump, after);
  Bind(return_path);
  // 2. Let awaited be Completion(Await(resumptionValue.[[Value]])).
  // 3. If awaited is a throw completion, return ? awaited.
  EmitAwait();
  // 4. Assert: awaited is a normal completion.
  // 5. Return ReturnCompletion(awaited.[[Value]]).
  EmitReturn();
  Bind(after);
}

void FunctionCompiler::EmitAsyncIteratorClose(uint32_t record, uint32_t saved_value) {
  Emit(Op::kStar, saved_value);
  int skip = NewLabel();
  // 7.4.15 AsyncIteratorClose ( iteratorRecord, completion ), completion normal:
  // 1.-3. innerResult = Completion(GetMethod(iterator, "return")); if undefined, return ? completion;
  //       else innerResult = Completion(Call(return, iterator)).
  EmitWithJumps(Op::kAsyncIteratorCloseCall, {record}, {skip});
  //    If innerResult is a normal completion, set innerResult to Completion(Await(innerResult.[[Value]])).
  // 4.-5. A throw completion of any of these is returned.
  EmitAwait();
  // 6. If innerResult.[[Value]] is not an Object, throw a TypeError exception.
  Emit(Op::kThrowIfNotObject);
  // 7. Return ? completion.
  Bind(skip);
  Emit(Op::kLdar, saved_value);
}

void FunctionCompiler::CompileAsyncYieldStar(const YieldExpression* node) {
  // 15.5.5 Runtime Semantics: Evaluation, YieldExpression : yield * AssignmentExpression, genKind async.
  // 3.-4. Let value be ? GetValue(? Evaluation of AssignmentExpression).
  CompileExpression(node->argument);
  // 5. Let iteratorRecord be ? GetIterator(value, genKind).
  uint32_t record = AllocateIteratorRecord();
  uint32_t mode = AllocateRegister();
  uint32_t saved_value = AllocateRegister();
  Emit(Op::kGetAsyncIterator, record);
  // 6. Let iterator be iteratorRecord.[[Iterator]].
  // 7. Let received be NormalCompletion(undefined).
  Emit(Op::kLdaSmi, 0);
  Emit(Op::kStar, mode);
  Emit(Op::kLdaUndefined);
  int loop = NewLabel();
  int done = NewLabel();
  int return_done = NewLabel();
  int no_throw = NewLabel();
  int no_return = NewLabel();
  // 8. Repeat,
  Bind(loop);
  //    a.i / b.ii.1 / c.iv: innerResult = ? Call(next, throw or return of the iterator, « received.[[Value]] »).
  EmitWithJumps(Op::kAsyncYieldStarCall, {record, mode}, {no_throw, no_return});
  //    If genKind is async, set innerResult to ? Await(innerResult).
  EmitAwait();
  //    If innerResult is not an Object, throw a TypeError; done = ? IteratorComplete(innerResult); if done,
  //    return ? IteratorValue(innerResult) (for a return completion: ReturnCompletion of it).
  EmitWithJumps(Op::kYieldStarResult, {mode}, {done, return_done});
  //    If genKind is async, set received to Completion(AsyncGeneratorYield(? IteratorValue(innerResult))).
  Emit(Op::kAsyncGeneratorYield);
  //    (AsyncGeneratorYield's own AsyncGeneratorUnwrapYieldResumption: a return resumption's value is awaited.)
  EmitWithJumps(Op::kAsyncYieldStarResumption, {mode}, {loop});
  Emit(Op::kAwait);
  EmitWithJumps(Op::kAwaitedReturnMode, {mode}, {loop});
  // b.iii. The iterator has no throw method:
  Bind(no_throw);
  //    1.-4. Let closeCompletion be NormalCompletion(empty); perform ? AsyncIteratorClose(iteratorRecord,
  //          closeCompletion).
  EmitAsyncIteratorClose(record, saved_value);
  //    5.-6. Throw a TypeError exception.
  Emit(Op::kThrowYieldStarNoThrow);
  // c.iii. The iterator has no return method: 1.-3. set receivedValue to ? Await(received.[[Value]]);
  //        return ReturnCompletion(receivedValue).
  Bind(no_return);
  EmitAwait();
  EmitReturn();
  // c.viii. done with a return completion: Return ReturnCompletion(returnedValue).
  Bind(return_done);
  EmitReturn();
  Bind(done);
}

void FunctionCompiler::CompileYield(const YieldExpression* node) {
  RegisterMark mark(next_register_);
  if (!node->delegate && IsAsyncGenerator()) {
    // 27.8.3.7 Yield ( arg ): If generatorKind is async, return ? AsyncGeneratorYield(? Await(arg)).
    if (node->argument) {
      CompileExpression(node->argument);
    } else {
      Emit(Op::kLdaUndefined);
    }
    EmitAwait();
    EmitAsyncGeneratorYield();
    return;
  }
  if (node->delegate && IsAsyncGenerator()) {
    CompileAsyncYieldStar(node);
    return;
  }
  if (!node->delegate) {
    // yield AssignmentExpression_opt: ? Yield(value), i.e. GeneratorYield(CreateIteratorResultObject(value, false)).
    if (node->argument) {
      CompileExpression(node->argument);
    } else {
      Emit(Op::kLdaUndefined);
    }
    Emit(Op::kYield, 0);
    // Resumed: next(v) gives v; throw(e) throws e here; return(v) returns v through the finally blocks.
    int return_path = NewLabel();
    int after = NewLabel();
    Emit(Op::kResumeDispatch, 0);
    code_->instructions.back() = 0;
    labels_[return_path].patches.push_back(code_->instructions.size() - 1);
    EmitJump(Op::kJump, after);
    Bind(return_path);
    EmitReturn();
    Bind(after);
    return;
  }
  // yield* AssignmentExpression (15.5.5 step for yield*).
  CompileExpression(node->argument);
  // 5. Let iteratorRecord be ? GetIterator(value, generatorKind).
  uint32_t record = AllocateIteratorRecord();
  uint32_t mode = AllocateRegister();
  Emit(Op::kGetIterator, record);
  // 7. Let received be NormalCompletion(undefined).
  Emit(Op::kLdaSmi, 0);
  Emit(Op::kStar, mode);
  Emit(Op::kLdaUndefined);
  int loop = NewLabel();
  int done = NewLabel();
  int return_path = NewLabel();
  Bind(loop);
  // 8. Repeat: forward received to the inner iterator (next/throw/return); done gives the value.
  Emit(Op::kYieldStarStep, record, mode, 0, 0);
  size_t done_operand = code_->instructions.size() - 2;
  size_t return_operand = code_->instructions.size() - 1;
  labels_[done].patches.push_back(done_operand);
  labels_[return_path].patches.push_back(return_operand);
  // Not done: received be Completion(GeneratorYield(innerResult)) — the inner result object as is.
  Emit(Op::kYield, 1);
  Emit(Op::kGetResumeMode, mode);
  EmitJump(Op::kJump, loop);
  Bind(return_path);
  EmitReturn();
  Bind(done);
}

uint32_t FunctionCompiler::CompileDefaultConstructor(const std::u16string& name, bool derived) {
  // 15.7.14 step 14.a: the default constructor. A derived one forwards its arguments to the
  // super constructor without iterating them (SuperCallForward); a base one does nothing.
  Code* code = agent_.Allocate<Code>();
  code->name = name;
  code->strict = true;
  code->length = 0;
  code->kind = CodeKind::kClassConstructor;
  code->is_derived_constructor = derived;
  code->source_name = code_->source_name;
  if (derived) code->instructions.push_back(static_cast<uint32_t>(Op::kSuperCallForward));
  code->instructions.push_back(static_cast<uint32_t>(Op::kLdaUndefined));
  code->instructions.push_back(static_cast<uint32_t>(Op::kReturn));
  if (derived) code->positions.push_back({0, location_.line, location_.column});
  code_->functions.push_back(code);
  return static_cast<uint32_t>(code_->functions.size() - 1);
}

// 15.7.14 Runtime Semantics: ClassDefinitionEvaluation, with 15.7.15-16 ClassElementEvaluation.
void FunctionCompiler::CompileClass(const ClassNode* node, const std::u16string& name) {
  RegisterMark mark(next_register_);
  // 1.-5. classEnv with the class binding, and the class's Private Names (kept in the same
  //       environment under "#name").
  auto compile_scope = std::make_unique<CompileScope>();
  ScopeLayout layout;
  auto add = [&](const std::u16string& binding) {
    compile_scope->names.push_back(binding);
    compile_scope->is_const.push_back(true);
    layout.names.push_back(agent_.strings().Intern(binding));
    layout.lexical.push_back(true);
    layout.is_const.push_back(true);
  };
  if (node->name) add(node->name->name);
  std::vector<std::u16string> private_names;
  for (const std::u16string& private_name : node->private_names) {
    if (std::find(private_names.begin(), private_names.end(), private_name) != private_names.end()) continue;
    private_names.push_back(private_name);
    add(u"#" + private_name);
  }
  code_->scopes.push_back(std::move(layout));
  Emit(Op::kPushEnv, static_cast<uint32_t>(code_->scopes.size() - 1));
  compile_scope->outer = scope_;
  scope_ = compile_scope.get();
  owned_scopes_.push_back(std::move(compile_scope));
  ++env_depth_;
  for (const std::u16string& private_name : private_names) {
    Emit(Op::kCreatePrivateName, StringConstant(u"#" + private_name));
    StoreIdentifier(u"#" + private_name, /*initialize=*/true);
  }
  // 6.-8. The heritage, then protoParent and constructorParent (CreateClass).
  uint32_t heritage = AllocateRegister();
  uint32_t proto = AllocateRegister();
  uint32_t constructor = AllocateRegister();
  (void)proto;
  if (node->heritage) {
    CompileExpression(node->heritage);
    Emit(Op::kStar, heritage);
  }
  std::u16string class_name = node->name ? node->name->name : name;
  uint32_t constructor_code;
  if (node->constructor) {
    constructor_code = CompileFunction(node->constructor, class_name);
    code_->functions[constructor_code]->name = class_name;
  } else {
    constructor_code = CompileDefaultConstructor(class_name, node->heritage != nullptr);
  }
  // A class's [[SourceText]] is the whole class.
  code_->functions[constructor_code]->source_start = node->range.start.offset;
  code_->functions[constructor_code]->source_end = node->range.end.offset;
  Emit(Op::kCreateClass, constructor_code, heritage, node->heritage ? 1u : 0u);
  Emit(Op::kStar, constructor);
  // 25.-27. ClassElementEvaluation of each element, in order.
  for (const ClassElement& element : node->elements) {
    RegisterMark element_mark(next_register_);
    PositionScope position(*this, element.range.start);
    uint32_t home = element.is_static ? constructor : proto;
    uint32_t key = AllocateRegister();
    std::optional<std::u16string> static_name;
    if (element.kind == ClassElementKind::kStaticBlock) {
      Emit(Op::kLdaUndefined);
      Emit(Op::kStar, key);
    } else if (element.is_private) {
      static_name = u"#" + static_cast<const PrivateIdentifier*>(element.key)->name;
      LoadIdentifier(*static_name);
      Emit(Op::kStar, key);
    } else {
      static_name = CompilePropertyKey(element.key, element.computed, key);
    }
    std::u16string prefix = element.kind == ClassElementKind::kGetter   ? u"get "
                            : element.kind == ClassElementKind::kSetter ? u"set "
                                                                        : u"";
    switch (element.kind) {
      case ClassElementKind::kMethod:
      case ClassElementKind::kGetter:
      case ClassElementKind::kSetter: {
        uint32_t kind = element.kind == ClassElementKind::kMethod ? 0 : element.kind == ClassElementKind::kGetter ? 1 : 2;
        Emit(Op::kCreateClosure, CompileFunction(element.function, static_name ? prefix + *static_name : u""));
        if (element.is_private) {
          Emit(Op::kDefinePrivateMethod, constructor, home, key, kind | (element.is_static ? 4u : 0u));
        } else {
          Emit(Op::kDefineMethod, home, key, kind | (static_name ? 0u : 8u));
        }
        break;
      }
      case ClassElementKind::kField:
      case ClassElementKind::kStaticBlock: {
        if (element.function != nullptr) {
          // A field initializer's Code is named after the field (for its NamedEvaluation).
          std::u16string field_name =
              element.kind == ClassElementKind::kField && static_name ? *static_name : u"";
          Emit(Op::kCreateClosure, CompileFunction(element.function, field_name));
        } else {
          Emit(Op::kLdaUndefined);
        }
        uint32_t flags = element.kind == ClassElementKind::kStaticBlock ? 2u : (element.is_static ? 1u : 0u);
        Emit(Op::kDefineClassField, constructor, home, key, flags);
        break;
      }
    }
  }
  // 28.-29. Initialize the class binding with F.
  if (node->name) {
    Emit(Op::kLdar, constructor);
    StoreIdentifier(node->name->name, /*initialize=*/true);
  }
  // 31.-32. Static private methods were added to F as they were defined; run the static fields and blocks.
  Emit(Op::kRunStaticElements, constructor);
  ExitBlockScope();
  // 33. Return F.
  Emit(Op::kLdar, constructor);
}

// 13.3.7.1 Runtime Semantics: Evaluation of SuperCall : super Arguments.
void FunctionCompiler::CompileSuperCall(const SuperCall* node) {
  // 1.-3. newTarget and func = GetSuperConstructor(), before the arguments.
  uint32_t func = AllocateRegister();
  Emit(Op::kLdaSuperConstructor);
  Emit(Op::kStar, func);
  // 4. Let argList be ? ArgumentListEvaluation of Arguments.
  if (HasSpread(node->arguments)) {
    uint32_t array = AllocateRegister();
    CompileSpreadArguments(node->arguments);
    Emit(Op::kStar, array);
    Emit(Op::kSuperCallSpread, func, array);
    return;
  }
  uint32_t first = CompileArgumentsToRegisters(node->arguments);
  Emit(Op::kSuperCall, func, first, static_cast<uint32_t>(node->arguments.size()));
}

void FunctionCompiler::CompileTaggedTemplate(const TaggedTemplate* node) {
  uint32_t callee = AllocateRegister();
  uint32_t this_value = AllocateRegister();
  // 13.3.11.1: 1. Let tagRef be ? Evaluation of MemberExpression. 2. Let tagFunc be ? GetValue(tagRef).
  if (node->tag->kind == NodeKind::kMember || node->tag->kind == NodeKind::kSuperMember) {
    MemberRefs refs = node->tag->kind == NodeKind::kMember
                          ? PrepareMember(static_cast<const MemberExpression*>(node->tag))
                          : PrepareSuperMember(static_cast<const SuperMember*>(node->tag));
    LoadMember(refs);
    Emit(Op::kStar, callee);
    Emit(Op::kMov, refs.object, this_value);
  } else {
    CompileExpression(node->tag);
    Emit(Op::kStar, callee);
    Emit(Op::kLdaUndefined);
    Emit(Op::kStar, this_value);
  }
  // 13.3.8.1 ArgumentListEvaluation of a TemplateLiteral: « GetTemplateObject(templateLiteral) » followed by
  // the substitutions' values.
  const TemplateLiteral* quasi = node->quasi;
  code_->template_sites.push_back({quasi->cooked, quasi->raw, Value::Empty()});
  uint32_t first = next_register_;
  std::vector<uint32_t> arguments;
  for (size_t i = 0; i < quasi->expressions.size() + 1; ++i) arguments.push_back(AllocateRegister());
  Emit(Op::kGetTemplateObject, static_cast<uint32_t>(code_->template_sites.size() - 1));
  Emit(Op::kStar, arguments[0]);
  for (size_t i = 0; i < quasi->expressions.size(); ++i) {
    CompileExpression(quasi->expressions[i]);
    Emit(Op::kStar, arguments[i + 1]);
  }
  // 3.-4. Return ? EvaluateCall(tagFunc, tagRef, TemplateLiteral, tailCall).
  Emit(Op::kCall, callee, this_value, first, static_cast<uint32_t>(arguments.size()));
}

uint32_t FunctionCompiler::CompileArgumentsToRegisters(const std::vector<Expression*>& arguments) {
  uint32_t first = next_register_;
  std::vector<uint32_t> registers;
  for (size_t i = 0; i < arguments.size(); ++i) registers.push_back(AllocateRegister());
  for (size_t i = 0; i < arguments.size(); ++i) {
    CompileExpression(arguments[i]);
    Emit(Op::kStar, registers[i]);
  }
  return first;
}

void FunctionCompiler::EmitAppendIterable(uint32_t array) {
  RegisterMark mark(next_register_);
  uint32_t record = AllocateIteratorRecord();
  Emit(Op::kGetIterator, record);
  int loop = NewLabel();
  int done = NewLabel();
  Bind(loop);
  Emit(Op::kIteratorStepValue, record, 0);
  EmitJump(Op::kJumpIfEmpty, done);
  Emit(Op::kArrayPush, array);
  EmitJump(Op::kJump, loop);
  Bind(done);
}

void FunctionCompiler::CompileSpreadArguments(const std::vector<Expression*>& arguments) {
  RegisterMark mark(next_register_);
  uint32_t array = AllocateRegister();
  Emit(Op::kCreateArray);
  Emit(Op::kStar, array);
  for (const Expression* argument : arguments) {
    RegisterMark element_mark(next_register_);
    if (argument->kind != NodeKind::kSpreadElement) {
      CompileExpression(argument);
      Emit(Op::kArrayPush, array);
      continue;
    }
    // 13.3.8.1 ArgumentListEvaluation: ... AssignmentExpression: GetIterator, then append every IteratorStepValue.
    CompileExpression(static_cast<const SpreadElement*>(argument)->argument);
    EmitAppendIterable(array);
  }
  Emit(Op::kLdar, array);
}

void FunctionCompiler::CompileSwitch(const SwitchStatement* node, std::vector<std::u16string> labels) {
  uint32_t discriminant = AllocateRegister();
  CompileExpression(node->discriminant);
  Emit(Op::kStar, discriminant);
  bool pushed = EnterBlockScope(node->scope);
  Control control{Control::Kind::kSwitch, std::move(labels), NewLabel(), -1, env_depth_};
  std::vector<int> case_labels;
  int default_label = -1;
  for (const SwitchCase& switch_case : node->cases) {
    case_labels.push_back(NewLabel());
    if (!switch_case.test) {
      default_label = case_labels.back();
      continue;
    }
    CompileExpression(switch_case.test);
    Emit(Op::kStrictEq, discriminant);
    EmitJump(Op::kJumpIfTrue, case_labels.back());
  }
  EmitJump(Op::kJump, default_label >= 0 ? default_label : control.break_label);
  controls_.push_back(control);
  for (size_t i = 0; i < node->cases.size(); ++i) {
    Bind(case_labels[i]);
    CompileStatements(node->cases[i].body);
  }
  controls_.pop_back();
  Bind(control.break_label);
  if (pushed) ExitBlockScope();
}

void FunctionCompiler::CompileLabelled(const LabelledStatement* node) {
  std::vector<std::u16string> labels{node->label};
  const Statement* body = node->body;
  while (body->kind == NodeKind::kLabelled) {
    labels.push_back(static_cast<const LabelledStatement*>(body)->label);
    body = static_cast<const LabelledStatement*>(body)->body;
  }
  RegisterMark mark(next_register_);
  switch (body->kind) {
    case NodeKind::kFor: CompileFor(static_cast<const ForStatement*>(body), labels); return;
    case NodeKind::kForIn: CompileForIn(static_cast<const ForInOfStatement*>(body), labels); return;
    case NodeKind::kForOf: CompileForOf(static_cast<const ForInOfStatement*>(body), labels); return;
    case NodeKind::kWhile: CompileWhile(static_cast<const WhileStatement*>(body), labels); return;
    case NodeKind::kDoWhile: CompileDoWhile(static_cast<const DoWhileStatement*>(body), labels); return;
    case NodeKind::kSwitch: CompileSwitch(static_cast<const SwitchStatement*>(body), labels); return;
    default: break;
  }
  Control control{Control::Kind::kLabelledBlock, labels, NewLabel(), -1, env_depth_};
  controls_.push_back(control);
  CompileStatement(body);
  controls_.pop_back();
  Bind(control.break_label);
}

void FunctionCompiler::CompileBreakOrContinue(bool is_break, const std::u16string& label) {
  for (size_t i = controls_.size(); i-- > 0;) {
    const Control& control = controls_[i];
    if (control.kind == Control::Kind::kFinally) continue;
    bool matches;
    if (!label.empty()) {
      matches = std::find(control.labels.begin(), control.labels.end(), label) != control.labels.end();
    } else {
      matches = control.kind == Control::Kind::kLoop || (is_break && control.kind == Control::Kind::kSwitch);
    }
    if (!matches) continue;
    if (!is_break && control.kind != Control::Kind::kLoop) continue;  // early error; parser rejects
    EmitTransfer({is_break ? FinallyExit::Kind::kBreak : FinallyExit::Kind::kContinue, i});
    return;
  }
  Unsupported("break/continue target not found");
}

void FunctionCompiler::EmitTransfer(FinallyExit exit) {
  size_t stop = exit.kind == FinallyExit::Kind::kReturn ? 0 : exit.control_index + 1;
  for (size_t i = controls_.size(); i-- > stop;) {
    Control& control = controls_[i];
    if (control.iterator_register >= 0 && (exit.kind == FinallyExit::Kind::kReturn || i > exit.control_index)) {
      // Leaving a for-of loop (to an outer target, or by return): IteratorClose. A break
      // of this loop itself lands on its break label, which closes the iterator.
      if (control.async_iterator) {
        EmitAsyncIteratorClose(static_cast<uint32_t>(control.iterator_register), control.saved_value_register);
      } else {
        Emit(Op::kIteratorClose, static_cast<uint32_t>(control.iterator_register));
      }
      continue;
    }
    if (control.kind != Control::Kind::kFinally) continue;
    // Run the finally block first; its dispatch continues the transfer.
    if (exit.kind == FinallyExit::Kind::kReturn) Emit(Op::kStar, control.value_register);
    for (int depth = env_depth_; depth > control.env_depth; --depth) Emit(Op::kPopEnv);
    control.exits.push_back(exit);
    Emit(Op::kLdaSmi, static_cast<uint32_t>(kFirstExitCompletion + control.exits.size() - 1));
    Emit(Op::kStar, control.type_register);
    EmitJump(Op::kJump, control.finally_label);
    return;
  }
  if (exit.kind == FinallyExit::Kind::kReturn) {
    Emit(Op::kReturn);
    return;
  }
  const Control& target = controls_[exit.control_index];
  for (int depth = env_depth_; depth > target.env_depth; --depth) Emit(Op::kPopEnv);
  EmitJump(Op::kJump, exit.kind == FinallyExit::Kind::kBreak ? target.break_label : target.continue_label);
}

void FunctionCompiler::EmitReturn() { EmitTransfer({FinallyExit::Kind::kReturn, 0}); }

// 14.15.3 Runtime Semantics: Evaluation of TryStatement.
void FunctionCompiler::CompileTry(const TryStatement* node) {
  auto try_and_catch = [&] {
    if (!node->handler) {
      CompileStatement(node->block);
      return;
    }
    uint32_t catch_env = AllocateRegister();
    uint32_t exception = AllocateRegister();
    Emit(Op::kSaveEnv, catch_env);
    uint32_t start = pc();
    CompileStatement(node->block);
    int after = NewLabel();
    EmitJump(Op::kJump, after);
    uint32_t handler = pc();
    code_->handlers.push_back({start, handler, handler, exception});
    Emit(Op::kRestoreEnv, catch_env);
    bool pushed = false;
    if (node->catch_parameter) {
      pushed = EnterBlockScope(node->catch_scope);
      Emit(Op::kLdar, exception);
      BindPattern(node->catch_parameter, true);
    }
    CompileStatement(node->handler);
    if (pushed) ExitBlockScope();
    Bind(after);
  };
  if (!node->finalizer) {
    try_and_catch();
    return;
  }
  CompileWithFinalizer(try_and_catch, [&](uint32_t, uint32_t) {
    if (!is_script_) {
      CompileStatement(node->finalizer);
      return;
    }
    // 14.15.3 TryStatement : try Block Finally: "If F is a normal completion, set F to B. Return ?
    // UpdateEmpty(F, undefined)": the finally block's value is the completion value only when it completes
    // abruptly (a break or continue leaving it carries its value, or undefined).
    uint32_t saved_completion = AllocateRegister();
    Emit(Op::kLdar, completion_register_);
    Emit(Op::kStar, saved_completion);
    Emit(Op::kLdaUndefined);
    Emit(Op::kStar, completion_register_);
    CompileStatement(node->finalizer);
    Emit(Op::kLdar, saved_completion);
    Emit(Op::kStar, completion_register_);
  });
}

void FunctionCompiler::CompileWithFinalizer(const std::function<void()>& body,
                                            const std::function<void(uint32_t, uint32_t)>& finalizer) {
  Control control{Control::Kind::kFinally, {}, -1, -1, env_depth_};
  control.finally_label = NewLabel();
  control.type_register = AllocateRegister();
  control.value_register = AllocateRegister();
  uint32_t finally_env = AllocateRegister();
  Emit(Op::kSaveEnv, finally_env);
  uint32_t finally_start = pc();
  controls_.push_back(control);
  size_t finally_index = controls_.size() - 1;
  body();
  control = controls_[finally_index];
  controls_.pop_back();
  Emit(Op::kLdaSmi, static_cast<uint32_t>(kCompletionNormal));
  Emit(Op::kStar, control.type_register);
  EmitJump(Op::kJump, control.finally_label);
  uint32_t handler = pc();
  code_->handlers.push_back({finally_start, handler, handler, control.value_register});
  Emit(Op::kRestoreEnv, finally_env);
  Emit(Op::kLdaSmi, static_cast<uint32_t>(kCompletionThrow));
  Emit(Op::kStar, control.type_register);
  Bind(control.finally_label);
  finalizer(control.type_register, control.value_register);
  // Dispatch on the completion that entered the finally block (the finalizer may have turned it into a throw).
  uint32_t compare = AllocateRegister();
  Emit(Op::kLdaSmi, static_cast<uint32_t>(kCompletionThrow));
  Emit(Op::kStar, compare);
  Emit(Op::kLdar, control.type_register);
  Emit(Op::kStrictEq, compare);
  int not_throw = NewLabel();
  EmitJump(Op::kJumpIfFalse, not_throw);
  Emit(Op::kLdar, control.value_register);
  Emit(Op::kThrow);
  Bind(not_throw);
  for (size_t i = 0; i < control.exits.size(); ++i) {
    Emit(Op::kLdaSmi, static_cast<uint32_t>(kFirstExitCompletion + i));
    Emit(Op::kStar, compare);
    Emit(Op::kLdar, control.type_register);
    Emit(Op::kStrictEq, compare);
    int next = NewLabel();
    EmitJump(Op::kJumpIfFalse, next);
    if (control.exits[i].kind == FinallyExit::Kind::kReturn) Emit(Op::kLdar, control.value_register);
    EmitTransfer(control.exits[i]);
    Bind(next);
  }
}

bool FunctionCompiler::HasUsingDeclarations(const Scope* scope, bool* has_await_using) {
  bool found = false;
  if (scope == nullptr) return false;
  for (const Declaration& declaration : scope->lexical) {
    if (declaration.kind == DeclarationKind::kUsing) found = true;
    if (declaration.kind == DeclarationKind::kAwaitUsing) {
      found = true;
      *has_await_using = true;
    }
  }
  return found;
}

void FunctionCompiler::CompileDisposableScope(const std::function<void()>& body, bool has_await_using) {
  // The scope's [[DisposableResourceStack]]: its using declarations add to it; leaving the scope in any way
  // runs DisposeResources (14.2.2 Block evaluation step 6 and the like), which may replace the completion by a
  // throw completion.
  uint32_t stack = AllocateRegister();
  Emit(Op::kCreateDisposableStack);
  Emit(Op::kStar, stack);
  disposal_stacks_.push_back(stack);
  CompileWithFinalizer(body, [&](uint32_t type_register, uint32_t value_register) {
    if (!has_await_using) {
      // 7.5.5 DisposeResources ( disposableResourceStack, completion ), with no Await.
      Emit(Op::kDisposeResources, stack, type_register, value_register);
      return;
    }
    // 7.5.5 DisposeResources with Awaits between resources.
    int loop = NewLabel();
    int done = NewLabel();
    Bind(loop);
    EmitWithJumps(Op::kNextAsyncDisposal, {stack, type_register, value_register}, {done});
    Emit(Op::kAwait);
    Emit(Op::kAsyncDisposalAwaited, stack, type_register, value_register);
    EmitJump(Op::kJump, loop);
    Bind(done);
  });
  disposal_stacks_.pop_back();
}

// ---------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------

void FunctionCompiler::CompileNamedEvaluation(const Expression* expression, const std::u16string& name) {
  // IsAnonymousFunctionDefinition looks through parentheses (a CoverParenthesizedExpression's
  // IsFunctionDefinition is its expression's).
  if (expression->kind == NodeKind::kFunctionExpression) {
    const FunctionNode* function = static_cast<const FunctionExpression*>(expression)->function;
    if (!function->name) {
      Emit(Op::kCreateClosure, CompileFunction(function, name));
      return;
    }
  }
  if (expression->kind == NodeKind::kArrowFunction) {
    Emit(Op::kCreateClosure, CompileFunction(static_cast<const ArrowFunction*>(expression)->function, name));
    return;
  }
  if (expression->kind == NodeKind::kClassExpression) {
    const ClassNode* class_node = static_cast<const ClassExpression*>(expression)->class_node;
    if (!class_node->name) {
      PositionScope position(*this, expression->range.start);
      CompileClass(class_node, name);
      return;
    }
  }
  CompileExpression(expression);
}

void FunctionCompiler::CompileExpression(const Expression* expression) {
  RegisterMark mark(next_register_);
  PositionScope position(*this, expression->range.start);
  switch (expression->kind) {
    case NodeKind::kIdentifier: LoadIdentifier(static_cast<const Identifier*>(expression)->name); break;
    case NodeKind::kThis: Emit(Op::kLdaThis); break;
    case NodeKind::kNullLiteral: Emit(Op::kLdaNull); break;
    case NodeKind::kBooleanLiteral:
      Emit(static_cast<const BooleanLiteral*>(expression)->value ? Op::kLdaTrue : Op::kLdaFalse);
      break;
    case NodeKind::kNumericLiteral: {
      Value number = Value::Number(static_cast<const NumericLiteral*>(expression)->value);
      if (number.IsInt32()) {
        Emit(Op::kLdaSmi, static_cast<uint32_t>(number.AsInt32()));
      } else {
        Emit(Op::kLdaConst, Constant(number));
      }
      break;
    }
    case NodeKind::kStringLiteral:
      Emit(Op::kLdaConst, StringConstant(static_cast<const StringLiteral*>(expression)->value));
      break;
    case NodeKind::kArrayLiteral: CompileArrayLiteral(static_cast<const ArrayLiteral*>(expression)); break;
    case NodeKind::kObjectLiteral: CompileObjectLiteral(static_cast<const ObjectLiteral*>(expression)); break;
    case NodeKind::kFunctionExpression:
      Emit(Op::kCreateClosure, CompileFunction(static_cast<const FunctionExpression*>(expression)->function, u""));
      break;
    case NodeKind::kArrowFunction:
      Emit(Op::kCreateClosure, CompileFunction(static_cast<const ArrowFunction*>(expression)->function, u""));
      break;
    case NodeKind::kUnary: CompileUnary(static_cast<const UnaryExpression*>(expression)); break;
    case NodeKind::kUpdate: CompileUpdate(static_cast<const UpdateExpression*>(expression)); break;
    case NodeKind::kBinary: {
      auto* node = static_cast<const BinaryExpression*>(expression);
      if (node->left->kind == NodeKind::kPrivateIdentifier) {
        // 13.10.1 RelationalExpression : PrivateIdentifier in ShiftExpression.
        uint32_t object = AllocateRegister();
        CompileExpression(node->right);
        Emit(Op::kStar, object);
        LoadIdentifier(u"#" + static_cast<const PrivateIdentifier*>(node->left)->name);
        Emit(Op::kHasPrivate, object);
        break;
      }
      uint32_t left = AllocateRegister();
      CompileExpression(node->left);
      Emit(Op::kStar, left);
      CompileExpression(node->right);
      EmitBinary(node->op, left);
      break;
    }
    case NodeKind::kLogical: {
      auto* node = static_cast<const LogicalExpression*>(expression);
      int end = NewLabel();
      CompileExpression(node->left);
      EmitJump(node->op == LogicalOperator::kAnd  ? Op::kJumpIfFalse
               : node->op == LogicalOperator::kOr ? Op::kJumpIfTrue
                                                  : Op::kJumpIfNotNullish,
               end);
      CompileExpression(node->right);
      Bind(end);
      break;
    }
    case NodeKind::kConditional: {
      auto* node = static_cast<const ConditionalExpression*>(expression);
      int else_label = NewLabel();
      int end = NewLabel();
      CompileExpression(node->test);
      EmitJump(Op::kJumpIfFalse, else_label);
      CompileExpression(node->consequent);
      EmitJump(Op::kJump, end);
      Bind(else_label);
      CompileExpression(node->alternate);
      Bind(end);
      break;
    }
    case NodeKind::kAssignment: CompileAssignment(static_cast<const AssignmentExpression*>(expression)); break;
    case NodeKind::kSequence:
      for (const Expression* item : static_cast<const SequenceExpression*>(expression)->expressions)
        CompileExpression(item);
      break;
    case NodeKind::kMember: {
      auto* member = static_cast<const MemberExpression*>(expression);
      LoadMember(PrepareMember(member));
      break;
    }
    case NodeKind::kSuperMember:
      LoadMember(PrepareSuperMember(static_cast<const SuperMember*>(expression)));
      break;
    case NodeKind::kCall: CompileCall(static_cast<const CallExpression*>(expression)); break;
    case NodeKind::kNew: CompileNew(static_cast<const NewExpression*>(expression)); break;
    case NodeKind::kNewTarget: Emit(Op::kLdaNewTarget); break;
    case NodeKind::kTemplateLiteral: {
      // 13.2.8.6 Runtime Semantics: Evaluation of TemplateLiteral (untagged).
      auto* node = static_cast<const TemplateLiteral*>(expression);
      uint32_t result = AllocateRegister();
      Emit(Op::kLdaConst, StringConstant(node->cooked[0].value_or(u"")));
      for (size_t i = 0; i < node->expressions.size(); ++i) {
        Emit(Op::kStar, result);
        CompileExpression(node->expressions[i]);
        Emit(Op::kToString);
        Emit(Op::kAdd, result);
        Emit(Op::kStar, result);
        Emit(Op::kLdaConst, StringConstant(node->cooked[i + 1].value_or(u"")));
        Emit(Op::kAdd, result);
      }
      break;
    }
    case NodeKind::kOptionalChain: {
      // 13.3.9.1 Runtime Semantics: Evaluation of OptionalExpression: a
      // nullish base at any `?.` link makes the whole chain undefined.
      int nullish = NewLabel();
      int end = NewLabel();
      optional_chain_labels_.push_back(nullish);
      CompileExpression(static_cast<const OptionalChain*>(expression)->expression);
      optional_chain_labels_.pop_back();
      EmitJump(Op::kJump, end);
      Bind(nullish);
      Emit(Op::kLdaUndefined);
      Bind(end);
      break;
    }
    case NodeKind::kClassExpression:
      CompileClass(static_cast<const ClassExpression*>(expression)->class_node, u"");
      break;
    case NodeKind::kRegExpLiteral: {
      // 13.2.7.3 Evaluation of RegularExpressionLiteral: a new RegExpCreate(pattern, flags) each time.
      auto* node = static_cast<const RegExpLiteral*>(expression);
      Emit(Op::kCreateRegExp, StringConstant(node->pattern), StringConstant(node->flags));
      break;
    }
    case NodeKind::kBigIntLiteral: {
      // 13.2.3.1 Evaluation of Literal: the BigInt value of the literal's MV (the lexer gives decimal digits).
      auto* node = static_cast<const BigIntLiteral*>(expression);
      std::optional<BigInteger> value = BigInteger::FromDigits(node->digits, 10);
      if (!value) {
        Unsupported("BigInt literal digits");
        break;
      }
      Emit(Op::kLdaConst, Constant(Value::FromBigInt(agent_.Allocate<BigInt>(std::move(*value)))));
      break;
    }
    case NodeKind::kTaggedTemplate: CompileTaggedTemplate(static_cast<const TaggedTemplate*>(expression)); break;
    case NodeKind::kSpreadElement: Unsupported("spread elements"); break;
    case NodeKind::kYield: CompileYield(static_cast<const YieldExpression*>(expression)); break;
    case NodeKind::kAwait: CompileAwait(static_cast<const AwaitExpression*>(expression)); break;
    case NodeKind::kSuperCall: CompileSuperCall(static_cast<const SuperCall*>(expression)); break;
    case NodeKind::kImportCall: {
      // 13.3.10.2 EvaluateImportCall steps 3-6: the specifier's value, then the options' (or undefined).
      auto* node = static_cast<const ImportCall*>(expression);
      uint32_t specifier = AllocateRegister();
      CompileExpression(node->specifier);
      Emit(Op::kStar, specifier);
      if (node->options != nullptr) {
        CompileExpression(node->options);
      } else {
        Emit(Op::kLdaUndefined);
      }
      PositionScope position(*this, expression->range.start);
      Emit(Op::kImportCall, specifier);
      break;
    }
    case NodeKind::kImportMeta: Emit(Op::kImportMeta); break;
    default: Unsupported("expression kind " + std::to_string(static_cast<int>(expression->kind))); break;
  }
}

void FunctionCompiler::EmitBinary(BinaryOperator op, uint32_t left) {
  switch (op) {
    case BinaryOperator::kExponent: Emit(Op::kExp, left); break;
    case BinaryOperator::kMultiply: Emit(Op::kMul, left); break;
    case BinaryOperator::kDivide: Emit(Op::kDiv, left); break;
    case BinaryOperator::kRemainder: Emit(Op::kMod, left); break;
    case BinaryOperator::kAdd: Emit(Op::kAdd, left); break;
    case BinaryOperator::kSubtract: Emit(Op::kSub, left); break;
    case BinaryOperator::kShiftLeft: Emit(Op::kShl, left); break;
    case BinaryOperator::kShiftRight: Emit(Op::kSar, left); break;
    case BinaryOperator::kUnsignedShiftRight: Emit(Op::kShr, left); break;
    case BinaryOperator::kLessThan: Emit(Op::kLt, left); break;
    case BinaryOperator::kGreaterThan: Emit(Op::kGt, left); break;
    case BinaryOperator::kLessThanEqual: Emit(Op::kLe, left); break;
    case BinaryOperator::kGreaterThanEqual: Emit(Op::kGe, left); break;
    case BinaryOperator::kInstanceof: Emit(Op::kInstanceOf, left); break;
    case BinaryOperator::kIn: Emit(Op::kIn, left); break;
    case BinaryOperator::kEqual: Emit(Op::kEq, left); break;
    case BinaryOperator::kNotEqual: Emit(Op::kNotEq, left); break;
    case BinaryOperator::kStrictEqual: Emit(Op::kStrictEq, left); break;
    case BinaryOperator::kStrictNotEqual: Emit(Op::kStrictNotEq, left); break;
    case BinaryOperator::kBitwiseAnd: Emit(Op::kBitAnd, left); break;
    case BinaryOperator::kBitwiseXor: Emit(Op::kBitXor, left); break;
    case BinaryOperator::kBitwiseOr: Emit(Op::kBitOr, left); break;
  }
}

void FunctionCompiler::CompileUnary(const UnaryExpression* node) {
  const Expression* operand = node->operand;
  switch (node->op) {
    case UnaryOperator::kDelete:
      if (operand->kind == NodeKind::kMember) {
        MemberRefs refs = PrepareMember(static_cast<const MemberExpression*>(operand));
        if (refs.computed) {
          Emit(Op::kLdar, refs.key);
          Emit(Op::kDeleteKeyed, refs.object);
        } else {
          Emit(Op::kDeleteNamed, refs.object, refs.name);
        }
      } else if (operand->kind == NodeKind::kSuperMember) {
        // 13.5.1.2 step 4: the SuperProperty is evaluated (this binding, key, GetSuperBase), then a
        // ReferenceError.
        PrepareSuperMember(static_cast<const SuperMember*>(operand));
        Emit(Op::kThrowReferenceError, StringConstant(u"Unsupported reference to 'super'"));
      } else if (operand->kind == NodeKind::kIdentifier) {
        const std::u16string& name = static_cast<const Identifier*>(operand)->name;
        if (Resolve(name).dynamic) {
          Emit(Op::kDeleteName, StringConstant(name));
        } else {
          Emit(Op::kLdaFalse);  // declarative bindings are not deletable
        }
      } else {
        CompileExpression(operand);
        Emit(Op::kLdaTrue);
      }
      return;
    case UnaryOperator::kVoid:
      CompileExpression(operand);
      Emit(Op::kLdaUndefined);
      return;
    case UnaryOperator::kTypeof:
      if (operand->kind == NodeKind::kIdentifier &&
          Resolve(static_cast<const Identifier*>(operand)->name).dynamic) {
        Emit(Op::kTypeofName, StringConstant(static_cast<const Identifier*>(operand)->name));
        return;
      }
      CompileExpression(operand);
      Emit(Op::kTypeof);
      return;
    case UnaryOperator::kPlus: CompileExpression(operand); Emit(Op::kToNumber); return;
    case UnaryOperator::kMinus: CompileExpression(operand); Emit(Op::kNegate); return;
    case UnaryOperator::kBitwiseNot: CompileExpression(operand); Emit(Op::kBitNot); return;
    case UnaryOperator::kLogicalNot: CompileExpression(operand); Emit(Op::kNot); return;
  }
}

FunctionCompiler::MemberRefs FunctionCompiler::PrepareMember(const MemberExpression* member) {
  MemberRefs refs{};
  refs.object = AllocateRegister();
  CompileExpression(member->object);
  if (member->optional && !optional_chain_labels_.empty()) EmitJump(Op::kJumpIfNullish, optional_chain_labels_.back());
  Emit(Op::kStar, refs.object);
  if (member->member_kind == MemberKind::kComputed) {
    refs.computed = true;
    refs.key = AllocateRegister();
    CompileExpression(member->property);
    Emit(Op::kStar, refs.key);
  } else if (member->member_kind == MemberKind::kPrivate) {
    refs.computed = true;
    refs.is_private = true;
    refs.key = AllocateRegister();
    LoadIdentifier(u"#" + member->name);
    Emit(Op::kStar, refs.key);
  } else {
    refs.name = StringConstant(member->name);
  }
  return refs;
}

void FunctionCompiler::ConvertMemberKeyOnce(const MemberRefs& refs) {
  if (!refs.computed || refs.is_private) return;  // named, or a Private Name
  // A nullish base throws its TypeError in the load (ToObject) before the key is converted.
  int nullish_base = NewLabel();
  Emit(Op::kLdar, refs.is_super ? refs.super_base : refs.object);
  EmitJump(Op::kJumpIfNullish, nullish_base);
  Emit(Op::kLdar, refs.key);
  Emit(Op::kToPropertyKey);
  Emit(Op::kStar, refs.key);
  Bind(nullish_base);
}

FunctionCompiler::MemberRefs FunctionCompiler::PrepareSuperMember(const SuperMember* member) {
  MemberRefs refs{};
  refs.is_super = true;
  refs.computed = true;
  // 1. Let env be GetThisEnvironment(). 2. Let actualThis be ? env.GetThisBinding().
  refs.object = AllocateRegister();
  Emit(Op::kLdaThis);
  Emit(Op::kStar, refs.object);
  // 3.-4. propertyNameValue: ? GetValue(Evaluation of Expression); ToPropertyKey is left to GetValue or
  //       PutValue (6.), after GetSuperBase.
  refs.key = AllocateRegister();
  if (member->computed) {
    CompileExpression(member->property);
  } else {
    Emit(Op::kLdaConst, StringConstant(member->name));
  }
  Emit(Op::kStar, refs.key);
  // MakeSuperPropertyReference: baseValue is ? env.GetSuperBase().
  refs.super_base = AllocateRegister();
  Emit(Op::kLdaSuperBase);
  Emit(Op::kStar, refs.super_base);
  return refs;
}

std::optional<std::u16string> FunctionCompiler::CompilePropertyKey(const Expression* key, bool computed,
                                                                   uint32_t reg) {
  std::optional<std::u16string> name;
  if (!computed) {
    switch (key->kind) {
      case NodeKind::kIdentifier: name = static_cast<const Identifier*>(key)->name; break;
      case NodeKind::kStringLiteral: name = static_cast<const StringLiteral*>(key)->value; break;
      case NodeKind::kNumericLiteral: name = Number::toString(static_cast<const NumericLiteral*>(key)->value); break;
      default: break;
    }
  }
  if (name) {
    Emit(Op::kLdaConst, StringConstant(*name));
  } else {
    CompileExpression(key);
    Emit(Op::kToPropertyKey);
  }
  Emit(Op::kStar, reg);
  return name;
}

void FunctionCompiler::LoadMember(const MemberRefs& refs) {
  if (refs.is_super) {
    Emit(Op::kLdar, refs.key);
    Emit(Op::kGetSuper, refs.super_base, refs.object);
    return;
  }
  if (refs.is_private) {
    Emit(Op::kLdar, refs.key);
    Emit(Op::kGetPrivate, refs.object);
    return;
  }
  if (refs.computed) {
    Emit(Op::kLdar, refs.key);
    Emit(Op::kGetKeyed, refs.object);
  } else {
    Emit(Op::kGetNamed, refs.object, refs.name);
  }
}

void FunctionCompiler::StoreMember(const MemberRefs& refs) {
  if (refs.is_super) {
    Emit(Op::kSetSuper, refs.super_base, refs.object, refs.key);
    return;
  }
  if (refs.is_private) {
    Emit(Op::kSetPrivate, refs.object, refs.key);
    return;
  }
  if (refs.computed) {
    Emit(Op::kSetKeyed, refs.object, refs.key);
  } else {
    Emit(Op::kSetNamed, refs.object, refs.name);
  }
}

// 13.4.2-13.4.5 Update expressions.
void FunctionCompiler::CompileUpdate(const UpdateExpression* node) {
  Op step = node->increment ? Op::kInc : Op::kDec;
  uint32_t old_value = AllocateRegister();
  auto apply = [&]() {
    Emit(Op::kToNumeric);
    Emit(Op::kStar, old_value);
    Emit(step);
  };
  if (node->operand->kind == NodeKind::kIdentifier) {
    const std::u16string& name = static_cast<const Identifier*>(node->operand)->name;
    if (Resolve(name).dynamic) {
      // 13.4.2.1 step 1: the reference is resolved once, GetValue and PutValue both use it.
      uint32_t reference = AllocateRegister();
      Emit(Op::kResolveName, reference, StringConstant(name));
      Emit(Op::kLdaResolved, reference, StringConstant(name));
      apply();
      Emit(Op::kStaResolved, reference, StringConstant(name));
    } else {
      LoadIdentifier(name);
      apply();
      StoreIdentifier(name, false);
    }
  } else if (node->operand->kind == NodeKind::kMember || node->operand->kind == NodeKind::kSuperMember) {
    MemberRefs refs = node->operand->kind == NodeKind::kMember
                          ? PrepareMember(static_cast<const MemberExpression*>(node->operand))
                          : PrepareSuperMember(static_cast<const SuperMember*>(node->operand));
    ConvertMemberKeyOnce(refs);
    LoadMember(refs);
    apply();
    StoreMember(refs);
  } else if (node->operand->kind == NodeKind::kCall) {
    EmitCallAsAssignmentTarget(node->operand);
    return;
  } else {
    Unsupported("update of this target");
    return;
  }
  if (!node->prefix) Emit(Op::kLdar, old_value);
}

// 13.15.2 Runtime Semantics: Evaluation of AssignmentExpression.
void FunctionCompiler::CompileAssignment(const AssignmentExpression* node) {
  const Node* target = node->target;
  std::optional<MemberRefs> refs;
  std::u16string name;
  // A parenthesized identifier on the left is not IsIdentifierRef: no NamedEvaluation (13.15.2 step 1.c).
  bool named_target = false;
  if (target->kind == NodeKind::kIdentifier) {
    name = static_cast<const Identifier*>(target)->name;
    named_target = !static_cast<const Identifier*>(target)->parenthesized;
  } else if (target->kind == NodeKind::kMember) {
    refs = PrepareMember(static_cast<const MemberExpression*>(target));
  } else if (target->kind == NodeKind::kSuperMember) {
    refs = PrepareSuperMember(static_cast<const SuperMember*>(target));
  } else if (target->kind == NodeKind::kCall) {
    EmitCallAsAssignmentTarget(static_cast<const Expression*>(target));
    return;
  } else if (node->op == AssignmentOperator::kAssign) {
    uint32_t value = AllocateRegister();
    CompileExpression(node->value);
    Emit(Op::kStar, value);
    BindPattern(target, false);
    Emit(Op::kLdar, value);
    return;
  } else {
    Unsupported("compound assignment to a pattern");
    return;
  }
  // 13.15.2 step 1.a / 5.a: a name looked up by name is resolved once, before the right side is evaluated;
  // GetValue and PutValue both use that Reference.
  std::optional<uint32_t> reference;
  if (!refs && Resolve(name).dynamic) {
    reference = AllocateRegister();
    Emit(Op::kResolveName, *reference, StringConstant(name));
  }
  auto load = [&]() {
    if (refs) {
      ConvertMemberKeyOnce(*refs);
      LoadMember(*refs);
    } else if (reference) {
      Emit(Op::kLdaResolved, *reference, StringConstant(name));
    } else {
      LoadIdentifier(name);
    }
  };
  auto store = [&]() {
    if (refs) {
      StoreMember(*refs);
    } else if (reference) {
      Emit(Op::kStaResolved, *reference, StringConstant(name));
    } else {
      StoreIdentifier(name, false);
    }
  };
  switch (node->op) {
    case AssignmentOperator::kAssign:
      if (refs || !named_target) {
        CompileExpression(node->value);
      } else {
        CompileNamedEvaluation(node->value, name);
      }
      store();
      return;
    case AssignmentOperator::kLogicalAnd:
    case AssignmentOperator::kLogicalOr:
    case AssignmentOperator::kCoalesce: {
      int end = NewLabel();
      load();
      EmitJump(node->op == AssignmentOperator::kLogicalAnd  ? Op::kJumpIfFalse
               : node->op == AssignmentOperator::kLogicalOr ? Op::kJumpIfTrue
                                                            : Op::kJumpIfNotNullish,
               end);
      if (refs || !named_target) {
        CompileExpression(node->value);
      } else {
        CompileNamedEvaluation(node->value, name);
      }
      store();
      Bind(end);
      return;
    }
    default: break;
  }
  static constexpr BinaryOperator kBinary[] = {
      BinaryOperator::kAdd,  // kAssign (unused)
      BinaryOperator::kExponent, BinaryOperator::kMultiply, BinaryOperator::kDivide,
      BinaryOperator::kRemainder, BinaryOperator::kAdd, BinaryOperator::kSubtract,
      BinaryOperator::kShiftLeft, BinaryOperator::kShiftRight, BinaryOperator::kUnsignedShiftRight,
      BinaryOperator::kBitwiseAnd, BinaryOperator::kBitwiseXor, BinaryOperator::kBitwiseOr,
  };
  uint32_t left = AllocateRegister();
  load();
  Emit(Op::kStar, left);
  CompileExpression(node->value);
  EmitBinary(kBinary[static_cast<size_t>(node->op)], left);
  store();
}

void FunctionCompiler::CompileCall(const CallExpression* node) {
  uint32_t callee = AllocateRegister();
  uint32_t this_value = AllocateRegister();
  if (node->callee->kind == NodeKind::kMember) {
    auto* member = static_cast<const MemberExpression*>(node->callee);
    MemberRefs refs = PrepareMember(member);
    LoadMember(refs);
    if (node->optional && !optional_chain_labels_.empty()) EmitJump(Op::kJumpIfNullish, optional_chain_labels_.back());
    Emit(Op::kStar, callee);
    Emit(Op::kMov, refs.object, this_value);
  } else if (node->callee->kind == NodeKind::kSuperMember) {
    MemberRefs refs = PrepareSuperMember(static_cast<const SuperMember*>(node->callee));
    LoadMember(refs);
    Emit(Op::kStar, callee);
    Emit(Op::kMov, refs.object, this_value);
  } else if (node->callee->kind == NodeKind::kOptionalChain &&
             static_cast<const OptionalChain*>(node->callee)->expression->kind == NodeKind::kMember) {
    // `(a?.b)()`: the parenthesized OptionalExpression evaluates to a property Reference (13.3.9.1), whose base
    // is the this value; a short-circuited chain leaves undefined to call.
    int nullish = NewLabel();
    int end = NewLabel();
    optional_chain_labels_.push_back(nullish);
    MemberRefs refs = PrepareMember(
        static_cast<const MemberExpression*>(static_cast<const OptionalChain*>(node->callee)->expression));
    LoadMember(refs);
    optional_chain_labels_.pop_back();
    Emit(Op::kStar, callee);
    Emit(Op::kMov, refs.object, this_value);
    EmitJump(Op::kJump, end);
    Bind(nullish);
    Emit(Op::kLdaUndefined);
    Emit(Op::kStar, callee);
    Emit(Op::kStar, this_value);
    Bind(end);
    if (node->optional && !optional_chain_labels_.empty()) {
      Emit(Op::kLdar, callee);
      EmitJump(Op::kJumpIfNullish, optional_chain_labels_.back());
    }
  } else if (node->callee->kind == NodeKind::kIdentifier && !node->direct_eval_candidate &&
             !static_cast<const Identifier*>(node->callee)->parenthesized && InsideWith() &&
             Resolve(static_cast<const Identifier*>(node->callee)->name).dynamic) {
    // 13.3.6.2 EvaluateCall: the function found through a `with` object is called with that object as this.
    const std::u16string& name = static_cast<const Identifier*>(node->callee)->name;
    uint32_t reference = AllocateRegister();
    Emit(Op::kResolveName, reference, StringConstant(name));
    Emit(Op::kLdaResolved, reference, StringConstant(name));
    if (node->optional && !optional_chain_labels_.empty()) EmitJump(Op::kJumpIfNullish, optional_chain_labels_.back());
    Emit(Op::kStar, callee);
    Emit(Op::kLdaWithBaseObject, reference);
    Emit(Op::kStar, this_value);
  } else {
    CompileExpression(node->callee);
    if (node->optional && !optional_chain_labels_.empty()) EmitJump(Op::kJumpIfNullish, optional_chain_labels_.back());
    Emit(Op::kStar, callee);
    Emit(Op::kLdaUndefined);
    Emit(Op::kStar, this_value);
  }
  if (HasSpread(node->arguments)) {
    uint32_t array = AllocateRegister();
    CompileSpreadArguments(node->arguments);
    Emit(Op::kStar, array);
    Emit(node->direct_eval_candidate ? Op::kCallDirectEvalSpread : Op::kCallSpread, callee, this_value, array);
    return;
  }
  uint32_t first = CompileArgumentsToRegisters(node->arguments);
  // 13.3.6.1 step 6: a call whose callee is the identifier `eval` may be a direct eval.
  Emit(node->direct_eval_candidate ? Op::kCallDirectEval : Op::kCall, callee, this_value, first,
       static_cast<uint32_t>(node->arguments.size()));
}

void FunctionCompiler::CompileNew(const NewExpression* node) {
  uint32_t callee = AllocateRegister();
  CompileExpression(node->callee);
  Emit(Op::kStar, callee);
  if (HasSpread(node->arguments)) {
    uint32_t array = AllocateRegister();
    CompileSpreadArguments(node->arguments);
    Emit(Op::kStar, array);
    Emit(Op::kConstructSpread, callee, array);
    return;
  }
  uint32_t first = CompileArgumentsToRegisters(node->arguments);
  Emit(Op::kConstruct, callee, first, static_cast<uint32_t>(node->arguments.size()));
}

void FunctionCompiler::CompileObjectLiteral(const ObjectLiteral* node) {
  uint32_t object = AllocateRegister();
  Emit(Op::kCreateObject);
  Emit(Op::kStar, object);
  for (const Property& property : node->properties) {
    RegisterMark mark(next_register_);
    if (property.kind == PropertyKind::kSpread) {
      // 13.2.5.5 PropertyDefinitionEvaluation: ... AssignmentExpression — ? CopyDataProperties(object, fromValue, « »).
      CompileExpression(property.value);
      Emit(Op::kCopyDataProperties, object, 0, 0);
      continue;
    }
    if (property.kind == PropertyKind::kGetter || property.kind == PropertyKind::kSetter) {
      // 15.4.5 Runtime Semantics: MethodDefinitionEvaluation for get/set: the key after ToPropertyKey, the
      // object as [[HomeObject]], SetFunctionName(closure, propKey, "get"/"set"), an enumerable accessor.
      bool is_getter = property.kind == PropertyKind::kGetter;
      uint32_t key = AllocateRegister();
      std::optional<std::u16string> name = CompilePropertyKey(property.key, property.computed, key);
      auto* function = static_cast<const FunctionExpression*>(property.value)->function;
      Emit(Op::kCreateClosure, CompileFunction(function, name ? (is_getter ? u"get " : u"set ") + *name : u""));
      Emit(Op::kDefineMethod, object, key, (is_getter ? 1u : 2u) | 4u | (name ? 0u : 8u));
      continue;
    }
    if (property.kind == PropertyKind::kProto) {
      CompileExpression(property.value);
      Emit(Op::kSetProto, object);
      continue;
    }
    if (property.kind == PropertyKind::kMethod) {
      // 15.4.4 DefineMethod with the object as [[HomeObject]], then an enumerable method property.
      uint32_t key = AllocateRegister();
      std::optional<std::u16string> name = CompilePropertyKey(property.key, property.computed, key);
      auto* function = static_cast<const FunctionExpression*>(property.value)->function;
      Emit(Op::kCreateClosure, CompileFunction(function, name.value_or(u"")));
      Emit(Op::kDefineMethod, object, key, 4u | (name ? 0u : 8u));
      continue;
    }
    std::optional<std::u16string> static_name;
    if (!property.computed) {
      switch (property.key->kind) {
        case NodeKind::kIdentifier: static_name = static_cast<const Identifier*>(property.key)->name; break;
        case NodeKind::kStringLiteral: static_name = static_cast<const StringLiteral*>(property.key)->value; break;
        default: break;  // numeric keys go through ToPropertyKey
      }
    }
    if (static_name) {
      CompileNamedEvaluation(property.value, *static_name);
      Emit(Op::kDefineNamed, object, StringConstant(*static_name));
    } else {
      // 13.2.5.5 PropertyDefinitionEvaluation: propKey (ToPropertyKey before the value is evaluated), then
      // NamedEvaluation of an anonymous function definition with propKey.
      uint32_t key = AllocateRegister();
      std::optional<std::u16string> name = CompilePropertyKey(property.key, property.computed, key);
      if (name) {
        CompileNamedEvaluation(property.value, *name);
      } else {
        CompileExpression(property.value);
        if (IsAnonymousFunctionDefinition(property.value)) Emit(Op::kNameFunctionFromKey, key);
      }
      Emit(Op::kDefineKeyed, object, key);
    }
  }
  Emit(Op::kLdar, object);
}

void FunctionCompiler::CompileArrayLiteral(const ArrayLiteral* node) {
  uint32_t array = AllocateRegister();
  Emit(Op::kCreateArray);
  Emit(Op::kStar, array);
  for (const Expression* element : node->elements) {
    if (element == nullptr) {
      Emit(Op::kArrayHole, array);
      continue;
    }
    if (element->kind == NodeKind::kSpreadElement) {
      // 13.2.4.1 ArrayAccumulation: SpreadElement — GetIterator, then append every IteratorStepValue.
      RegisterMark mark(next_register_);
      CompileExpression(static_cast<const SpreadElement*>(element)->argument);
      EmitAppendIterable(array);
      continue;
    }
    CompileExpression(element);
    Emit(Op::kArrayPush, array);
  }
  Emit(Op::kLdar, array);
}

}  // namespace

std::variant<Code*, CompileError> CompileModule(Agent& agent, const syntax::Program& program) {
  heap::DeferCollection defer(agent.heap());
  Code* code = agent.Allocate<Code>();
  code->name = u"<module>";
  std::optional<CompileError> error;
  FunctionCompiler compiler(agent, code, nullptr, error);
  compiler.CompileModuleBody(program);
  if (error) return *error;
  return code;
}

std::variant<Code*, CompileError> CompileScript(Agent& agent, const syntax::Program& program) {
  heap::DeferCollection defer(agent.heap());
  if (program.is_module) return CompileModule(agent, program);
  Code* code = agent.Allocate<Code>();
  code->name = u"<script>";
  std::optional<CompileError> error;
  FunctionCompiler compiler(agent, code, nullptr, error);
  compiler.CompileScriptBody(program);
  if (error) return *error;
  return code;
}

std::variant<Code*, CompileError> CompileDirectEval(Agent& agent, const syntax::Program& program,
                                                    const EvalContext& context) {
  heap::DeferCollection defer(agent.heap());
  Code* code = agent.Allocate<Code>();
  code->name = u"<eval>";
  std::optional<CompileError> error;
  // The caller's environments as compile-time scopes, outermost first.
  std::vector<std::unique_ptr<CompileScope>> scopes;
  CompileScope* outer = nullptr;
  for (auto it = context.scopes.rbegin(); it != context.scopes.rend(); ++it) {
    auto scope = std::make_unique<CompileScope>();
    scope->names = it->names;
    scope->is_const = it->is_const;
    scope->is_with = it->is_with;
    scope->own_function_name_slot = it->own_function_name_slot;
    scope->is_import = it->is_import;
    scope->gains_eval_bindings = it->gains_eval_bindings;
    scope->outer = outer;
    outer = scope.get();
    scopes.push_back(std::move(scope));
  }
  FunctionCompiler compiler(agent, code, outer, error);
  compiler.CompileEvalBody(program, context);
  if (error) return *error;
  return code;
}

}  // namespace async_runtime::interpreter::bytecode
