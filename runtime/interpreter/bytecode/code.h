// Bytecode of one function (or script): the instruction stream, its constant
// pool, nested function templates and the exception handler table.
//
// Encoding: a std::vector<uint32_t>; each instruction is one opcode word
// followed by OpInfo(op).operand_count operand words. The machine is a
// register machine with an accumulator (like V8's Ignition): most
// instructions read the accumulator and/or registers and write the
// accumulator. Binary operators compute `register OP accumulator`.
#pragma once

#include <optional>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "runtime/heap/cell.h"
#include "runtime/interpreter/value.h"

namespace async_runtime::interpreter::bytecode {

enum class OperandKind : uint8_t { kNone, kReg, kConst, kImm, kJump, kFunc, kScope, kCount };

// V(name, operand kinds...)
#define ASYNC_RUNTIME_OPCODES(V)                                  \
  V(LdaUndefined)                                                 \
  V(LdaNull)                                                      \
  V(LdaTrue)                                                      \
  V(LdaFalse)                                                     \
  V(LdaSmi, kImm)                                                 \
  V(LdaConst, kConst)                                             \
  V(Ldar, kReg)                                                   \
  V(Star, kReg)                                                   \
  V(Mov, kReg, kReg)                                              \
  V(LdaArg, kImm)                                                 \
  V(LdaThis)                                                      \
  V(LdaNewTarget)                                                 \
  /* environments: hops, slot, name constant (for messages) */    \
  V(LdaEnv, kImm, kImm, kConst)                                   \
  V(StaEnvInit, kImm, kImm)                                       \
  V(StaEnv, kImm, kImm, kConst)                                   \
  /* an import binding of a module environment: hops, slot, name */ \
  V(LdaImport, kImm, kImm, kConst)                                \
  V(LdaName, kConst)                                              \
  V(InitName, kConst)                                             \
  V(StaGlobalVar, kConst)                                         \
  V(LdaCallee)                                                    \
  V(CreateArguments)                                              \
  V(CreateRestArray, kImm)                                        \
  V(RequireObjectCoercible)                                       \
  V(StaName, kConst)                                              \
  V(TypeofName, kConst)                                           \
  V(DeleteName, kConst)                                           \
  /* a reference resolved once (13.15.2, 13.4): reg = its base */ \
  V(ResolveName, kReg, kConst)                                    \
  V(LdaResolved, kReg, kConst)                                    \
  V(StaResolved, kReg, kConst)                                    \
  V(ThrowReferenceError, kConst)                                  \
  V(LdaWithBaseObject, kReg)                                      \
  V(ThrowConstAssign, kConst)                                     \
  V(PushEnv, kScope)                                              \
  V(PushWithEnv)                                                  \
  V(PopEnv)                                                       \
  V(CopyEnv)                                                      \
  V(SaveEnv, kReg)                                                \
  V(RestoreEnv, kReg)                                             \
  /* binary operators: acc = reg OP acc */                        \
  V(Add, kReg)                                                    \
  V(Sub, kReg)                                                    \
  V(Mul, kReg)                                                    \
  V(Div, kReg)                                                    \
  V(Mod, kReg)                                                    \
  V(Exp, kReg)                                                    \
  V(Shl, kReg)                                                    \
  V(Sar, kReg)                                                    \
  V(Shr, kReg)                                                    \
  V(BitAnd, kReg)                                                 \
  V(BitOr, kReg)                                                  \
  V(BitXor, kReg)                                                 \
  V(Eq, kReg)                                                     \
  V(NotEq, kReg)                                                  \
  V(StrictEq, kReg)                                               \
  V(StrictNotEq, kReg)                                            \
  V(Lt, kReg)                                                     \
  V(Gt, kReg)                                                     \
  V(Le, kReg)                                                     \
  V(Ge, kReg)                                                     \
  V(InstanceOf, kReg)                                             \
  V(In, kReg)                                                     \
  /* unary operators on acc */                                    \
  V(Negate)                                                       \
  V(ToNumber)                                                     \
  V(ToNumeric)                                                    \
  V(BitNot)                                                       \
  V(Not)                                                          \
  V(Typeof)                                                       \
  V(Inc)                                                          \
  V(Dec)                                                          \
  /* control */                                                   \
  V(Jump, kJump)                                                  \
  V(JumpIfTrue, kJump)                                            \
  V(JumpIfFalse, kJump)                                           \
  V(JumpIfNullish, kJump)                                         \
  V(JumpIfNotNullish, kJump)                                      \
  V(JumpIfUndefined, kJump)                                       \
  V(JumpIfNotUndefined, kJump)                                    \
  V(JumpIfEmpty, kJump)                                           \
  V(Return)                                                       \
  V(Throw)                                                        \
  /* properties: object register, key; value in acc */            \
  V(GetNamed, kReg, kConst)                                       \
  V(SetNamed, kReg, kConst)                                       \
  V(GetKeyed, kReg)                                               \
  V(SetKeyed, kReg, kReg)                                         \
  V(DeleteNamed, kReg, kConst)                                    \
  V(DeleteKeyed, kReg)                                            \
  V(CreateObject)                                                 \
  V(CreateArray)                                                  \
  V(DefineNamed, kReg, kConst)                                    \
  V(DefineKeyed, kReg, kReg)                                      \
  V(ToString)                                                     \
  V(SetProto, kReg)                                               \
  V(ArrayPush, kReg)                                              \
  V(ArrayHole, kReg)                                              \
  V(CreateClosure, kFunc)                                         \
  /* import(specifier register, options in acc) and import.meta */ \
  V(ImportCall, kReg)                                             \
  V(ImportMeta)                                                   \
  /* calls: callee, this, first argument register, count */       \
  V(Call, kReg, kReg, kReg, kImm)                                 \
  V(Construct, kReg, kReg, kImm)                                  \
  V(CallDirectEval, kReg, kReg, kReg, kImm)                       \
  V(CallDirectEvalSpread, kReg, kReg, kReg)                       \
  V(ForInPrepare)                                                 \
  V(ToPropertyKey)                                                \
  V(GeneratorStart)                                               \
  V(GetTemplateObject, kImm)                                      \
  V(CreateRegExp, kConst, kConst)                                 \
  V(CreatePrivateName, kConst)                                    \
  V(CreateClass, kFunc, kReg, kImm)                               \
  V(DefineMethod, kReg, kReg, kImm)                               \
  V(NameFunctionFromKey, kReg)                                    \
  V(DefinePrivateMethod, kReg, kReg, kReg, kImm)                  \
  V(DefineClassField, kReg, kReg, kReg, kImm)                     \
  V(RunStaticElements, kReg)                                      \
  V(LdaSuperConstructor)                                          \
  V(SuperCall, kReg, kReg, kImm)                                  \
  V(SuperCallSpread, kReg, kReg)                                  \
  V(SuperCallForward)                                             \
  V(LdaSuperBase)                                                 \
  V(GetSuper, kReg, kReg)                                         \
  V(SetSuper, kReg, kReg, kReg)                                   \
  V(GetPrivate, kReg)                                             \
  V(SetPrivate, kReg, kReg)                                       \
  V(HasPrivate, kReg)                                             \
  V(Yield, kImm)                                                  \
  V(Await)                                                        \
  V(AsyncGeneratorYield)                                          \
  V(GetAsyncIterator, kReg)                                       \
  V(AsyncYieldStarCall, kReg, kReg, kJump, kJump)                 \
  V(YieldStarResult, kReg, kJump, kJump)                          \
  V(AsyncYieldStarResumption, kReg, kJump)                        \
  V(AwaitedReturnMode, kReg, kJump)                               \
  V(AsyncIteratorCloseCall, kReg, kJump)                          \
  V(AsyncIteratorCloseOnThrowCall, kReg, kJump)                   \
  V(AwaitOrSkip, kJump)                                           \
  V(ThrowIfNotObject)                                             \
  V(ThrowYieldStarNoThrow)                                        \
  V(AsyncIteratorNext, kReg)                                      \
  V(AsyncIteratorStepResult, kReg, kJump)                         \
  V(CreateDisposableStack)                                        \
  V(AddDisposableResource, kReg, kImm)                            \
  V(DisposeResources, kReg, kReg, kReg)                           \
  V(NextAsyncDisposal, kReg, kReg, kReg, kJump)                   \
  V(AsyncDisposalAwaited, kReg, kReg, kReg)                       \
  V(ResumeDispatch, kJump)                                        \
  V(GetResumeMode, kReg)                                          \
  V(YieldStarStep, kReg, kReg, kJump, kJump)                      \
  V(GetIterator, kReg)                                            \
  V(IteratorStepValue, kReg, kImm)                                \
  V(IteratorClose, kReg)                                          \
  V(IteratorCloseOnThrow, kReg)                                   \
  V(CallSpread, kReg, kReg, kReg)                                 \
  V(ConstructSpread, kReg, kReg)                                  \
  V(CopyDataProperties, kReg, kReg, kImm)                         \
  V(ForInNext, kReg)                                              \
  V(Nop)

enum class Op : uint8_t {
#define ASYNC_RUNTIME_ENUMERATOR(name, ...) k##name,
  ASYNC_RUNTIME_OPCODES(ASYNC_RUNTIME_ENUMERATOR)
#undef ASYNC_RUNTIME_ENUMERATOR
      kCount,
};

struct OpInfo {
  const char* name;
  uint8_t operand_count;
  OperandKind operands[4];
};

const OpInfo& InfoOf(Op op);

// A try range [start, end) of instruction offsets whose throws land at
// `handler` with the exception in register `exception_register` (and the
// accumulator). Entries are ordered innermost first.
struct HandlerEntry {
  uint32_t start;
  uint32_t end;
  uint32_t handler;
  uint32_t exception_register;
};

// The source position of the instructions from `pc` up to the next entry
// (1-based line and column of the AST node that emitted them). The compiler
// adds an entry only for instructions that can throw, and only when the
// position differs from the previous entry.
struct SourcePosition {
  uint32_t pc;
  uint32_t line;
  uint32_t column;
};

// The binding names of one environment the code creates (PushEnv operand,
// and the function's own environment): a name per slot, and whether the
// binding is lexical (starts uninitialized, TDZ) or var-like (undefined).
struct ScopeLayout {
  std::vector<PrimitiveString*> names;  // interned
  std::vector<bool> lexical;
  std::vector<bool> is_const;
  // A module environment's import bindings (CreateImportBinding): the slot holds an ImportBinding cell or,
  // for a binding that resolves to a namespace, the namespace object. Empty for every other scope.
  std::vector<bool> is_import;
  bool IsImport(size_t slot) const { return slot < is_import.size() && is_import[slot]; }
  // The environment of a Catch clause (Annex B.3.4: a direct eval's var may redeclare its parameter).
  bool is_catch_clause = false;
  // A VariableEnvironment: the body's own environment of a function with parameter expressions
  // (10.2.11 step 28), or a strict direct eval's environment. (A function's own environment is one too.)
  bool is_variable_environment = false;
  // A sloppy function's own environment when it has parameter expressions: it holds the parameters, which
  // the spec keeps in an environment of their own inside it (10.2.11 step 20), so a direct eval in a
  // parameter expression may not declare a var of one of their names.
  bool is_parameter_environment = false;
  // A function's own environment: its first slots are the parameters' (lexical only for their TDZ).
  uint32_t parameter_count = 0;
};

// What kind of code: drives FunctionDeclarationInstantiation and
// OrdinaryFunctionCreate.
// The completion types a finally block's type register holds (as Int32 values): normal, throw, then one value
// per break/continue/return that leaves through it. The VM's DisposeResources turns a completion into a throw.
inline constexpr int32_t kCompletionTypeNormal = 0;
inline constexpr int32_t kCompletionTypeThrow = 1;
inline constexpr int32_t kCompletionTypeFirstExit = 2;

enum class CodeKind : uint8_t { kScript, kNormalFunction, kArrowFunction, kMethod, kClassConstructor, kModule };

// A function template (the compiled form of a FunctionNode or Script).
class Code final : public heap::Cell {
 public:
  const char* CellName() const override { return "Code"; }
  void VisitEdges(heap::Visitor& visitor) override;
  size_t ExternalBytes() const override {
    return instructions.capacity() * 4 + constants.capacity() * 8 + positions.capacity() * sizeof(SourcePosition);
  }

  CodeKind kind = CodeKind::kScript;
  std::u16string name;
  bool strict = false;
  uint32_t length = 0;  // ExpectedArgumentCount
  bool is_generator = false;  // a GeneratorBody: calls return a generator object
  bool is_async = false;      // an AsyncFunctionBody (or async arrow/method): calls return a promise
  bool is_eval = false;       // direct eval code: its global vars and functions are deletable
  bool is_class_field_initializer = false;  // [[ClassFieldInitializerName]] is not empty
  // The arguments object: mapped (10.4.4.7) for sloppy functions with simple parameter lists, whose
  // formal parameter i lives in function_scope slot parameter_slots[i].
  bool mapped_arguments = false;
  std::vector<uint32_t> parameter_slots;
  // The TemplateLiterals of tagged templates in this code, with the template
  // object GetTemplateObject made for each ([[TemplateMap]] keyed by site).
  struct TemplateSite {
    std::vector<std::optional<std::u16string>> cooked;  // nullopt: undefined (invalid escape)
    std::vector<std::u16string> raw;
    Value template_object;  // empty until first evaluated
  };
  std::vector<TemplateSite> template_sites;
  // kClassConstructor: [[ConstructorKind]] derived (a class with `extends`).
  bool is_derived_constructor = false;
  std::vector<uint32_t> instructions;
  std::vector<Value> constants;  // Numbers and interned Strings
  std::vector<Code*> functions;  // nested templates (CreateClosure operand)
  std::vector<HandlerEntry> handlers;
  std::vector<SourcePosition> positions;  // sorted by pc
  std::vector<ScopeLayout> scopes;  // PushEnv operands
  ScopeLayout function_scope;       // the function's own environment
  uint32_t register_count = 0;
  // The name of the script this code comes from (for throw sites); shared by
  // a script's Code and all its nested templates. May be null.
  std::shared_ptr<const std::string> source_name;
  // The Script Record or Module Record this code belongs to (the ScriptOrModule of the execution contexts
  // that run it: GetActiveScriptOrModule), shared by a script's Code and all its nested templates. May be
  // null (code compiled without one, e.g. in unit tests).
  heap::Cell* script_or_module = nullptr;
  // [[SourceText]] of a function: the code units [source_start, source_end)
  // of the script's text (shared by every Code of the script). nullptr when
  // unknown; Function.prototype.toString then answers a NativeFunction.
  std::shared_ptr<const std::u16string> source_text;
  uint32_t source_start = 0;
  uint32_t source_end = 0;

  // Scripts only: what GlobalDeclarationInstantiation declares.
  struct GlobalLexical {
    PrimitiveString* name;
    bool is_const;
  };
  std::vector<PrimitiveString*> global_var_names;
  std::vector<std::pair<PrimitiveString*, uint32_t>> global_functions;  // name, index in functions
  std::vector<GlobalLexical> global_lexicals;
  // Annex B.3.2.2: sloppy block-level function names that also get a global var.
  std::vector<PrimitiveString*> global_annex_b_names;
  // Modules only: the function declarations InitializeEnvironment instantiates (slot in function_scope,
  // index in functions).
  std::vector<std::pair<uint32_t, uint32_t>> module_functions;

  // Finds the handler for a throw at instruction offset `pc`, or nullptr.
  const HandlerEntry* FindHandler(uint32_t pc) const;
  // The source position of the instruction at (or containing) offset `pc`:
  // the last position-table entry at or before it, or nullptr when there is
  // none.
  const SourcePosition* LocationAt(uint32_t pc) const;
};

// One line per instruction: "  0005: LdaEnv 0, 1, [2 \"x\"]".
// Nested functions follow, each under a "function <name>:" header.
std::string Disassemble(const Code& code);

}  // namespace async_runtime::interpreter::bytecode
