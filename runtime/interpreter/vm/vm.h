// The bytecode interpreter: frames on the GC heap, ECMAScript function
// objects that run bytecode, and script evaluation. See README.md.
#pragma once

#include <functional>

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "runtime/async/async_function.h"
#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/bytecode/code.h"
#include "runtime/interpreter/vm/iteration.h"
#include "runtime/interpreter/completion.h"
#include "runtime/interpreter/function_object.h"
#include "runtime/interpreter/realm.h"
#include "runtime/interpreter/vm/environment.h"
#include "runtime/syntax/parser.h"

namespace async_runtime::interpreter::vm {

class Vm;
class ECMAScriptFunctionObject;
class FunctionEnvironment;

// 6.2.12 Private Names: a globally unique value with a [[Description]] ("#x").
// Kept in the class scope's environment slot named "#x".
class PrivateName final : public heap::Cell {
 public:
  explicit PrivateName(PrimitiveString* description) : description_(description) {}
  const char* CellName() const override { return "PrivateName"; }
  void VisitEdges(heap::Visitor& visitor) override { visitor.Visit(description_); }
  PrimitiveString* description() const { return description_; }

 private:
  PrimitiveString* description_;
};

// 6.2.11 The ClassFieldDefinition Record Specification Type ([[Name]], [[Initializer]]),
// and a ClassStaticBlockDefinition (a static element with only a body function).
struct ClassElementDefinition {
  Value name;                  // a property key value (String/Symbol) or a PrivateName (internal cell)
  Object* initializer = nullptr;  // [[Initializer]] / [[BodyFunction]]; nullptr: none
  bool is_static_block = false;
};

// One activation of a function or script: what an execution context plus
// the interpreter state of its code evaluation need. Frames are heap cells
// so that a suspended generator can keep its frame after it leaves the
// stack (detach at `yield`, re-enter with Vm::RunFrame).
class Frame final : public heap::Cell {
 public:
  Frame(bytecode::Code* code, ECMAScriptFunctionObject* function, Environment* environment)
      : code(code), function(function), environment(environment), registers(code->register_count) {}
  const char* CellName() const override { return "Frame"; }
  void VisitEdges(heap::Visitor& visitor) override;
  size_t ExternalBytes() const override { return (registers.capacity() + arguments.capacity()) * sizeof(Value); }

  bytecode::Code* code;
  ECMAScriptFunctionObject* function;  // nullptr for scripts
  Environment* environment;            // the running LexicalEnvironment
  Value this_value;                    // for [[Construct]]: the object being constructed
  Value new_target;
  std::vector<Value> registers;
  std::vector<Value> arguments;
  Value accumulator;
  uint32_t pc = 0;                 // next instruction
  Frame* caller = nullptr;         // the frame to return to inside the same Run loop
  Realm* realm = nullptr;          // the execution context's Realm
  bool is_construct = false;
  // Generators: set by Yield when the frame suspends (RunFrame then returns
  // the yielded value); `yield_raw` when the value is already an iterator
  // result (yield*). `resume_mode` is how the frame was last resumed.
  bool suspended = false;
  bool yield_raw = false;
  uint8_t resume_mode = 0;
  // The function's Environment Record (its this binding), for [[Construct]]'s result.
  Environment* function_environment = nullptr;
  // Async functions (15.8.4 EvaluateAsyncFunctionBody): the PromiseCapability the body settles. The
  // frame is the async function's execution context, suspended at each await.
  bool is_async_function = false;
  Value async_promise;
  Value async_resolve;
  Value async_reject;
  // Async generators: the AsyncGenerator whose [[AsyncGeneratorContext]] this frame is (the Generator
  // component of the context), and the realm of the context that last resumed it (AsyncGeneratorYield's
  // previousRealm).
  Object* async_generator = nullptr;
  Realm* resumer_realm = nullptr;
};

// How a suspended generator is resumed (27.8.3.3 GeneratorResume and
// 27.8.3.4 GeneratorResumeAbrupt): the values GetResumeMode stores.
enum class ResumeMode : uint8_t { kNext = 0, kThrow = 1, kReturn = 2 };

// 27.8 Generator Objects: the instance of a generator function. Its
// [[GeneratorContext]] is the suspended Frame.
class GeneratorObject final : public Object {
 public:
  // [[GeneratorState]] (table-internal-slots-of-generator-instances)
  enum class State : uint8_t { kSuspendedStart, kSuspendedYield, kExecuting, kCompleted };

  GeneratorObject(Shape* shape, Frame* frame) : Object(shape), frame_(frame) {}
  const char* CellName() const override { return "GeneratorObject"; }
  void VisitEdges(heap::Visitor& visitor) override;

  State state() const { return state_; }
  void set_state(State state) { state_ = state; }
  Frame* frame() const { return frame_; }  // [[GeneratorContext]]
  void set_frame(Frame* frame) { frame_ = frame; }

 private:
  Frame* frame_;
  State state_ = State::kSuspendedStart;
};

// 10.2 ECMAScript Function Objects
// https://tc39.es/ecma262/#sec-ecmascript-function-objects
class ECMAScriptFunctionObject final : public FunctionObject {
 public:
  enum class ThisMode : uint8_t { kLexical, kStrict, kGlobal };

  ECMAScriptFunctionObject(Shape* shape, Vm* vm, bytecode::Code* code, Environment* environment, Realm* realm,
                           ThisMode this_mode)
      : FunctionObject(shape), vm_(vm), code_(code), environment_(environment), realm_(realm),
        this_mode_(this_mode) {}
  const char* CellName() const override { return "ECMAScriptFunctionObject"; }
  void VisitEdges(heap::Visitor& visitor) override;

  bool IsConstructor() const override { return is_constructor_; }
  ThrowCompletionOr<Value> Call(Agent& agent, Value this_argument, std::span<const Value> arguments_list) override;

  // [[HomeObject]] (methods), [[Fields]] and [[PrivateMethods]] (class constructors) and the
  // static elements a class definition runs once its binding is initialized.
  Object* home_object() const { return home_object_; }
  void set_home_object(Object* home_object) { home_object_ = home_object; }
  std::vector<ClassElementDefinition>& fields() { return fields_; }
  std::vector<PrivateElement>& private_methods() { return private_methods_; }
  std::vector<ClassElementDefinition>& static_elements() { return static_elements_; }
  bool is_class_constructor() const { return code_->kind == bytecode::CodeKind::kClassConstructor; }  // [[IsClassConstructor]]
  bool is_derived_constructor() const { return code_->is_derived_constructor; }  // [[ConstructorKind]] derived
  ThrowCompletionOr<Object*> Construct(Agent& agent, std::span<const Value> arguments_list,
                                       Object* new_target) override;

  bytecode::Code* code() const { return code_; }        // [[ECMAScriptCode]] and [[FormalParameters]]
  Environment* environment() const { return environment_; }  // [[Environment]]
  Realm* realm() const { return realm_; }                // [[Realm]]
  ThrowCompletionOr<Realm*> FunctionRealm(Agent&) override { return realm_; }
  ThisMode this_mode() const { return this_mode_; }      // [[ThisMode]]
  bool strict() const { return code_->strict; }          // [[Strict]]
  void set_is_constructor(bool value) { is_constructor_ = value; }

 private:
  Vm* vm_;
  bytecode::Code* code_;
  Environment* environment_;
  Realm* realm_;
  ThisMode this_mode_;
  bool is_constructor_ = false;
  Object* home_object_ = nullptr;
  std::vector<ClassElementDefinition> fields_;
  std::vector<PrivateElement> private_methods_;
  std::vector<ClassElementDefinition> static_elements_;
};

// A parsed and compiled Script, ready for Vm::RunScript. Keeps its Code
// rooted while it lives.
class CompiledScript {
 public:
  CompiledScript(heap::Heap& heap, bytecode::Code* code) : code_(heap, code) {}
  bytecode::Code* code() const { return code_.get(); }

 private:
  heap::Handle<bytecode::Code> code_;
};

// Why a script could not be compiled: an early error from the parser, or a
// construct the compiler does not support yet. `error.ToString()` is
// "SyntaxError: file:line:column: message".
struct ScriptSyntaxError {
  syntax::SyntaxError error;
  bool unsupported = false;  // from the compiler ("not supported yet: ...")
};

// Where a throw completion started unwinding: the file given to
// CompileScript/EvaluateScript and the 1-based line and column of the
// expression or statement whose instruction threw.
struct ThrowSite {
  std::string file;
  uint32_t line = 0;
  uint32_t column = 0;
  std::string ToString() const { return file + ":" + std::to_string(line) + ":" + std::to_string(column); }
};

struct VmOptions {
  // JS frames on the stack before "Maximum call stack size exceeded".
  size_t max_frames = 10000;
  // Nested native entries into the interpreter (a native built-in calling JS).
  size_t max_native_depth = 200;
  // Creates the intrinsics beyond the engine's minimum and defines the
  // global object's properties (9.3.2 CreateIntrinsics + 9.3.4
  // SetDefaultGlobalBindings). builtins::InitializeRealm is the full set;
  // without it a realm has only the prototypes the VM itself needs.
  std::function<void(Agent&, Realm*)> initialize_realm;
  // 7.4.4 GetIterator ( obj, async ) (with CreateAsyncFromSyncIterator, a built-in), for `for await` and
  // yield* in async generators. Without it those throw a TypeError.
  std::function<ThrowCompletionOr<IteratorRecord>(Agent&, Value)> get_async_iterator;
  // 13.3.10.2 EvaluateImportCall steps 1-2 and 7-17 (runtime/async/module.h), given the evaluated
  // specifier and options: the promise of `import(specifier, options)`. Without it import() throws a
  // TypeError.
  std::function<ThrowCompletionOr<Value>(Agent&, Value specifier, Value options)> import_call;
  // 13.3.12.1 Evaluation of ImportMeta for the module `module` (its [[ImportMeta]], made on first use).
  std::function<ThrowCompletionOr<Value>(Agent&, ModuleRecord* module)> import_meta;
};

class Vm final : public heap::RootProvider {
 public:
  explicit Vm(Agent& agent, VmOptions options = {});
  ~Vm() override;
  Vm(const Vm&) = delete;
  Vm& operator=(const Vm&) = delete;

  Agent& agent() { return agent_; }
  // The first realm (the one scripts run in unless told otherwise).
  Realm* realm() const { return realm_; }
  GlobalEnvironment* global_environment() const { return global_environment_; }

  // 9.3.1 InitializeHostDefinedRealm's steps for a further realm ($262.createRealm): a new Realm with its
  // intrinsics, global object and global environment, and the built-ins VmOptions::initialize_realm adds.
  Realm* CreateRealm();
  static GlobalEnvironment* GlobalEnvOf(Realm* realm) { return static_cast<GlobalEnvironment*>(realm->global_env()); }

  // Parses, compiles and runs a Script (16.1.6 ScriptEvaluation). A syntax
  // error or an unsupported construct is a thrown SyntaxError.
  // It is CompileScript followed by RunScript.
  ThrowCompletionOr<Value> EvaluateScript(std::string_view source_utf8, std::string filename = "script.js");

  // 16.1.5 ParseScript, then compilation to bytecode: either the compiled
  // script or the error with its location. Nothing runs.
  std::variant<CompiledScript, ScriptSyntaxError> CompileScript(std::string_view source_utf8, std::string filename);
  // The same for UTF-16 source text (eval, the Function constructors).
  // `script_or_module` is the ScriptOrModule the code gets (the Function constructors pass the active one,
  // as OrdinaryFunctionCreate's [[ScriptOrModule]]); nullptr: a new Script Record named after the source.
  std::variant<CompiledScript, ScriptSyntaxError> CompileScript(syntax::SourceText source,
                                                                ScriptOrModule* script_or_module = nullptr);
  // Gives `code` and its nested templates their source name, [[SourceText]] and ScriptOrModule.
  static void AttachSource(bytecode::Code* code, const std::string& filename,
                           std::shared_ptr<const std::u16string> text, ScriptOrModule* script_or_module);

  // 9.4.1 GetActiveScriptOrModule ( ): the ScriptOrModule of the topmost frame that has one, or nullptr.
  // https://tc39.es/ecma262/#sec-getactivescriptormodule
  ScriptOrModule* GetActiveScriptOrModule() const;

  // Runs a module's body (16.2.1.7.3.2 ExecuteModule steps 3.b-3.f, or with `capability`, step 4's
  // AsyncBlockStart: the frame settles the capability when the body completes, suspending at each await)
  // in the module's context: its environment and realm, `this` undefined.
  ThrowCompletionOr<void> ExecuteModuleBody(bytecode::Code* code, Environment* environment, Realm* realm,
                                            const async::PromiseCapability* capability);

  // 16.1.6 ScriptEvaluation of a compiled script, in `realm` (nullptr: the current realm).
  ThrowCompletionOr<Value> RunScript(const CompiledScript& script, Realm* realm = nullptr);

  // Where `thrown` started unwinding, when it is the value of the last throw
  // completion the interpreter saw (and that throw came from bytecode of a
  // script with a position table); nullopt otherwise, e.g. for errors thrown
  // by GlobalDeclarationInstantiation. A value caught and thrown again gets
  // the site of the new throw.
  std::optional<ThrowSite> ThrowSiteOf(Value thrown) const;

  // Compiles a script without running it (for disassembly in tests).
  std::string DisassembleScript(std::string_view source_utf8);

  // The primitive for re-entering bytecode: runs `frame` (and the frames it
  // calls) until it returns or throws out of it. Native recursion happens
  // only here, bounded by max_native_depth.
  ThrowCompletionOr<Value> RunFrame(Frame* frame);

  // [[Call]] / [[Construct]] of an ECMAScript function from native code.
  ThrowCompletionOr<Value> CallFromNative(ECMAScriptFunctionObject* function, Value this_argument,
                                          std::span<const Value> arguments, Object* new_target);

  // 10.2.3 OrdinaryFunctionCreate, 10.2.5 MakeConstructor, 10.2.9 SetFunctionName and
  // 10.2.10 SetFunctionLength for a closure of `code` over `environment`.
  ECMAScriptFunctionObject* InstantiateFunction(bytecode::Code* code, Environment* environment);

  // 27.8.3.3 GeneratorResume ( generator, value, generatorBrand ) and
  // 27.8.3.4 GeneratorResumeAbrupt ( generator, abruptCompletion, generatorBrand ):
  // the iterator result (or the thrown value) of resuming `generator`.
  ThrowCompletionOr<Value> ResumeGenerator(Value generator, ResumeMode mode, Value value);
  // RunSuspendedContext for an async function's frame suspended at an await (27.10.5.3 Await's closures):
  // resumes it with value (or throws value at the await) and runs it until its next await or its end.
  static void ResumeAsyncContext(Agent& agent, heap::Cell* async_context, async::ResumptionType type, Value value);
  // 27.9.3.2 AsyncGeneratorStart step 4.e-l: the async generator's body (its frame, popped) completed.
  void CompleteAsyncGeneratorBody(Frame* frame, bool is_throw, Value value);

  // 19.2.1.1 PerformEval ( x, strictCaller, direct ) for a direct eval from `caller`.
  ThrowCompletionOr<Value> PerformDirectEval(Value x, Frame* caller);
  // ... and with direct = false: the code runs in the realm's global environment.
  ThrowCompletionOr<Value> PerformIndirectEval(Value x);

  // 7.3.33 InitializeInstanceElements ( O, constructor )
  ThrowCompletionOr<void> InitializeInstanceElements(Object* o, ECMAScriptFunctionObject* constructor);

  size_t frame_count() const { return frames_.size(); }
  void VisitRoots(heap::Visitor& visitor) override;

 private:
  friend class ECMAScriptFunctionObject;
  // Creates the frame for calling `function` (PrepareForOrdinaryCall +
  // OrdinaryCallBindThis + the C++ part of FunctionDeclarationInstantiation).
  ThrowCompletionOr<Frame*> PrepareCall(ECMAScriptFunctionObject* function, Value this_argument,
                                        std::span<const Value> arguments, Object* new_target);
  // 10.2.2 [[Construct]] steps 1-6: the frame of `new function(...arguments)` with new.target
  // `new_target`: a base constructor gets its this object and instance elements, a derived
  // constructor an uninitialized this binding.
  // 15.8.4 EvaluateAsyncFunctionBody step 1: the frame of an async function gets its promise capability.
  void PrepareAsyncFunctionFrame(Frame* frame);
  ThrowCompletionOr<Frame*> PrepareConstruct(ECMAScriptFunctionObject* function, std::span<const Value> arguments,
                                             Object* new_target);
  // The result of a construct frame's `return value` (10.2.2 steps 8-12).
  ThrowCompletionOr<Value> ConstructResult(Frame* frame, Value result);
  ThrowCompletionOr<void> GlobalDeclarationInstantiation(bytecode::Code* script, GlobalEnvironment* env_record);
  // 19.2.1.3 EvalDeclarationInstantiation: `body` is direct eval code (bytecode::CompileDirectEval) and
  // `lexical_env` the environment for its function_scope.
  ThrowCompletionOr<void> EvalDeclarationInstantiation(bytecode::Code* body, Environment* variable_env,
                                                       DeclarativeEnvironment* lexical_env, bool strict);
  ThrowCompletion ThrowStackOverflow();
  // Called when a throw completion starts unwinding in `frame` (cold path).
  void RecordThrowSite(Frame* frame, Value thrown);

  Agent& agent_;
  VmOptions options_;
  Realm* realm_ = nullptr;
  std::vector<Realm*> realms_;  // every realm created by this VM (rooted)
  GlobalEnvironment* global_environment_ = nullptr;
  std::vector<Frame*> frames_;  // every frame on the stack, across nested RunFrame calls
  size_t native_depth_ = 0;

  // The last throw site (see ThrowSiteOf). `throw_in_flight_` is true from
  // the first frame that sees a throw until a handler catches it, so that
  // the frames it unwinds through (and the outer RunFrame it returns to
  // through native code) keep the innermost site.
  Value throw_value_;
  bool throw_in_flight_ = false;
  std::optional<ThrowSite> throw_site_;
};

}  // namespace async_runtime::interpreter::vm
