#include "runtime/interpreter/vm/vm.h"

#include <unordered_set>

#include "runtime/async/async_function.h"
#include "runtime/async/async_generator.h"
#include "runtime/interpreter/bytecode/compiler.h"
#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/iteration.h"
#include "runtime/interpreter/vm/operations.h"
#include "runtime/syntax/parser.h"

namespace async_runtime::interpreter::vm {

void Frame::VisitEdges(heap::Visitor& visitor) {
  visitor.Visit(code);
  visitor.Visit(function);
  visitor.Visit(environment);
  this_value.Visit(visitor);
  new_target.Visit(visitor);
  for (Value value : registers) value.Visit(visitor);
  for (Value value : arguments) value.Visit(visitor);
  accumulator.Visit(visitor);
  visitor.Visit(caller);
  visitor.Visit(realm);
  visitor.Visit(function_environment);
  async_promise.Visit(visitor);
  async_resolve.Visit(visitor);
  async_reject.Visit(visitor);
  visitor.Visit(async_generator);
  visitor.Visit(resumer_realm);
}

void GeneratorObject::VisitEdges(heap::Visitor& visitor) {
  Object::VisitEdges(visitor);
  visitor.Visit(frame_);
}

// 27.8.3.3 GeneratorResume ( generator, value, generatorBrand )
// https://tc39.es/ecma262/#sec-generatorresume
ThrowCompletionOr<Value> Vm::ResumeGenerator(Value generator_value, ResumeMode mode, Value value) {
  RootedValue rooted_value(agent_.heap(), value);
  // 27.8.3.2 GeneratorValidate ( generator, generatorBrand ): RequireInternalSlot(generator, [[GeneratorState]]).
  auto* generator_object = generator_value.IsObject() ? dynamic_cast<GeneratorObject*>(generator_value.AsObject())
                                                      : nullptr;
  if (generator_object == nullptr) return ThrowTypeError(agent_, u"not a generator object");
  heap::Handle<GeneratorObject> generator(agent_.heap(), generator_object);
  // GeneratorValidate: if state is executing, throw a TypeError exception.
  if (generator->state() == GeneratorObject::State::kExecuting) {
    return ThrowTypeError(agent_, u"Generator is already running");
  }
  // 27.8.3.4 GeneratorResumeAbrupt steps 2-3: a generator that has not started completes without running.
  if (mode != ResumeMode::kNext && generator->state() == GeneratorObject::State::kSuspendedStart) {
    generator->set_state(GeneratorObject::State::kCompleted);
    generator->set_frame(nullptr);
  }
  // GeneratorResume 2. / GeneratorResumeAbrupt 4.: if state is completed,
  if (generator->state() == GeneratorObject::State::kCompleted) {
    //   return CreateIteratorResultObject(undefined, true); a return completion gives its value;
    //   a throw completion is thrown.
    if (mode == ResumeMode::kThrow) return ThrowCompletion(rooted_value.get());
    Value result_value = mode == ResumeMode::kReturn ? rooted_value.get() : Value::Undefined();
    return Value::FromObject(CreateIteratorResultObject(agent_, result_value, true));
  }
  // 3.-9. Suspend the caller, make the generator's context running, resume it with value
  //       (or the abrupt completion, which the frame's ResumeDispatch applies at its yield).
  heap::Handle<Frame> frame(agent_.heap(), generator->frame());
  generator->set_state(GeneratorObject::State::kExecuting);
  frame->suspended = false;
  frame->resume_mode = static_cast<uint8_t>(mode);
  frame->accumulator = rooted_value.get();
  ThrowCompletionOr<Value> result = RunFrame(frame);
  if (result.is_throw_completion()) {
    // 27.8.3.1 GeneratorStart step 4.h-j: an abrupt body completes the generator.
    generator->set_state(GeneratorObject::State::kCompleted);
    generator->set_frame(nullptr);
    return result;
  }
  if (frame->suspended) {
    // 27.8.3.6 GeneratorYield: state suspended-yield; the value is the iterator result.
    generator->set_state(GeneratorObject::State::kSuspendedYield);
    if (frame->yield_raw) return result;
    return Value::FromObject(CreateIteratorResultObject(agent_, result.value(), false));
  }
  // GeneratorStart step 4.g-l: the body returned: completed, CreateIteratorResultObject(result, true).
  generator->set_state(GeneratorObject::State::kCompleted);
  generator->set_frame(nullptr);
  return Value::FromObject(CreateIteratorResultObject(agent_, result.value(), true));
}

void ECMAScriptFunctionObject::VisitEdges(heap::Visitor& visitor) {
  FunctionObject::VisitEdges(visitor);
  visitor.Visit(code_);
  visitor.Visit(environment_);
  visitor.Visit(realm_);
  visitor.Visit(home_object_);
  for (const auto& list : {&fields_, &static_elements_}) {
    for (const ClassElementDefinition& element : *list) {
      element.name.Visit(visitor);
      visitor.Visit(element.initializer);
    }
  }
  for (const PrivateElement& element : private_methods_) element.Visit(visitor);
}

// 10.2.1 [[Call]] ( thisArg, argList )
// https://tc39.es/ecma262/#sec-ecmascript-function-objects-call-thisargument-argumentslist
ThrowCompletionOr<Value> ECMAScriptFunctionObject::Call(Agent&, Value this_argument,
                                                        std::span<const Value> arguments_list) {
  // Steps 1-3 and 5-7 are Vm::PrepareCall and Vm::RunFrame; step 4
  // ([[IsClassConstructor]]) does not arise until classes exist.
  return vm_->CallFromNative(this, this_argument, arguments_list, nullptr);
}

// 10.2.2 [[Construct]] ( argList, newTarget )
// https://tc39.es/ecma262/#sec-ecmascript-function-objects-construct-argumentslist-newtarget
ThrowCompletionOr<Object*> ECMAScriptFunctionObject::Construct(Agent&, std::span<const Value> arguments_list,
                                                               Object* new_target) {
  Value result = TRY(vm_->CallFromNative(this, Value::Undefined(), arguments_list, new_target));
  return result.AsObject();
}

Vm::Vm(Agent& agent, VmOptions options) : agent_(agent), options_(options) {
  agent_.heap().AddRootProvider(this);
  agent_.set_vm(this);
  realm_ = CreateRealm();
  global_environment_ = GlobalEnvOf(realm_);
  agent_.set_current_realm(realm_);
  realm_->UseErrorPrototypesOf(agent_);
}

Realm* Vm::CreateRealm() {
  Realm* previous_realm = agent_.current_realm();
  heap::Handle<Realm> realm(agent_.heap(), interpreter::CreateRealm(agent_));
  realms_.push_back(realm.get());
  // The new realm's intrinsics are created with it as the current realm.
  agent_.set_current_realm(realm);
  Object* global_object = OrdinaryObjectCreate(agent_, realm->intrinsic(Intrinsic::kObjectPrototype));
  realm->set_global_object(global_object);
  realm->set_global_env(agent_.Allocate<GlobalEnvironment>(global_object, global_object));
  // 19.1 Value Properties of the Global Object, and 19.1.1 globalThis.
  auto define = [&](const char16_t* name, Value value, bool writable_configurable) {
    MUST(DefinePropertyOrThrow(
        agent_, realm->global_object(), agent_.Key(name),
        PropertyDescriptor::Data(value, writable_configurable, false, writable_configurable)));
  };
  define(u"globalThis", Value::FromObject(realm->global_object()), true);
  define(u"Infinity", Value::Number(std::numeric_limits<double>::infinity()), false);
  define(u"NaN", Value::NaN(), false);
  define(u"undefined", Value::Undefined(), false);
  if (options_.initialize_realm) options_.initialize_realm(agent_, realm);
  if (previous_realm != nullptr) agent_.set_current_realm(previous_realm);
  return realm.get();
}

Vm::~Vm() {
  if (agent_.vm() == this) agent_.set_vm(nullptr);
  agent_.heap().RemoveRootProvider(this);
}

void Vm::VisitRoots(heap::Visitor& visitor) {
  visitor.Visit(realm_);
  for (Realm* realm : realms_) visitor.Visit(realm);
  visitor.Visit(global_environment_);
  for (Frame* frame : frames_) visitor.Visit(frame);
  throw_value_.Visit(visitor);
}

void Vm::RecordThrowSite(Frame* frame, Value thrown) {
  throw_value_ = thrown;
  throw_in_flight_ = true;
  throw_site_.reset();
  const bytecode::Code* code = frame->code;
  // frame->pc is past the instruction that threw; any offset inside it maps
  // to its position.
  const bytecode::SourcePosition* position = frame->pc > 0 ? code->LocationAt(frame->pc - 1) : nullptr;
  if (position == nullptr) return;
  throw_site_ = ThrowSite{code->source_name ? *code->source_name : std::string(), position->line, position->column};
}

std::optional<ThrowSite> Vm::ThrowSiteOf(Value thrown) const {
  if (!throw_value_.IsIdenticalTo(thrown)) return std::nullopt;
  return throw_site_;
}

ThrowCompletion Vm::ThrowStackOverflow() { return ThrowRangeError(agent_, u"Maximum call stack size exceeded"); }

ECMAScriptFunctionObject* Vm::InstantiateFunction(bytecode::Code* code, Environment* environment) {
  heap::Handle<bytecode::Code> rooted_code(agent_.heap(), code);
  heap::Handle<Environment> rooted_environment(agent_.heap(), environment);
  // 10.2.3 OrdinaryFunctionCreate ( proto, sourceText, paramList, body, thisMode, env, privateEnv )
  // https://tc39.es/ecma262/#sec-ordinaryfunctioncreate
  // 1.-2. Let F be OrdinaryObjectCreate(proto, internalSlotsList).
  // 3.-8. [[Call]], [[SourceText]], [[FormalParameters]], [[ECMAScriptCode]], [[Strict]]: the Code.
  // 9.-11. If thisMode is lexical-this, [[ThisMode]] is lexical; else if Strict, strict; else global.
  auto this_mode = code->kind == bytecode::CodeKind::kArrowFunction ? ECMAScriptFunctionObject::ThisMode::kLexical
                   : code->strict                                   ? ECMAScriptFunctionObject::ThisMode::kStrict
                                                                    : ECMAScriptFunctionObject::ThisMode::kGlobal;
  // 12.-17. [[IsClassConstructor]] false, [[Environment]] env, [[Realm]] the current realm, ...
  // A generator function's [[Prototype]] is %GeneratorFunction.prototype%.
  // An async function's is %AsyncFunction.prototype% (15.8.2, 15.8.3; async arrows and methods too).
  // An async generator function's, %AsyncGeneratorFunction.prototype% (15.6.3, 15.6.4).
  Realm* realm = agent_.current_realm();
  Intrinsic function_prototype_intrinsic =
      code->is_generator ? (code->is_async ? Intrinsic::kAsyncGeneratorFunctionPrototype
                                           : Intrinsic::kGeneratorFunctionPrototype)
                         : (code->is_async ? Intrinsic::kAsyncFunctionPrototype : Intrinsic::kFunctionPrototype);
  Object* function_prototype = realm->intrinsic(function_prototype_intrinsic);
  if (function_prototype == nullptr) function_prototype = realm->intrinsic(Intrinsic::kFunctionPrototype);
  heap::Handle<ECMAScriptFunctionObject> function(
      agent_.heap(),
      OrdinaryObjectCreate<ECMAScriptFunctionObject>(agent_, function_prototype, this,
                                                     rooted_code.get(), rooted_environment.get(), agent_.current_realm(), this_mode));
  // 18.-21. Perform SetFunctionLength(F, len).
  // 10.2.10 SetFunctionLength ( F, length )
  // https://tc39.es/ecma262/#sec-setfunctionlength
  MUST(DefinePropertyOrThrow(agent_, function, agent_.Key(u"length"),
                             PropertyDescriptor::Data(Value::Number(code->length), false, false, true)));
  // 10.2.9 SetFunctionName ( F, name )
  // https://tc39.es/ecma262/#sec-setfunctionname
  RootedValue name(agent_.heap(), agent_.InternedString(code->name));
  MUST(DefinePropertyOrThrow(agent_, function, agent_.Key(u"name"), PropertyDescriptor::Data(name, false, false, true)));
  if (code->is_generator) {
    // 15.5.4 InstantiateGeneratorFunctionObject / 15.5.5 InstantiateGeneratorFunctionExpression steps:
    // Perform ! DefinePropertyOrThrow(F, "prototype", { [[Value]]: OrdinaryObjectCreate(%GeneratorPrototype%),
    // [[Writable]]: true, [[Enumerable]]: false, [[Configurable]]: false }).
    // (An async generator function's is OrdinaryObjectCreate(%AsyncGeneratorPrototype%): 15.6.3, 15.6.4.)
    Object* generator_prototype = agent_.current_realm()->intrinsic(
        code->is_async ? Intrinsic::kAsyncGeneratorPrototype : Intrinsic::kGeneratorPrototype);
    if (generator_prototype == nullptr) generator_prototype = agent_.current_realm()->intrinsic(Intrinsic::kObjectPrototype);
    heap::Handle<Object> prototype(agent_.heap(), OrdinaryObjectCreate(agent_, generator_prototype));
    MUST(DefinePropertyOrThrow(agent_, function, agent_.Key(u"prototype"),
                               PropertyDescriptor::Data(Value::FromObject(prototype), true, false, false)));
  } else if (code->kind == bytecode::CodeKind::kNormalFunction && !code->is_async) {
    // (An async function is not a constructor and has no "prototype": 15.8.2 InstantiateAsyncFunctionObject.)
    // 10.2.5 MakeConstructor ( F [ , writablePrototype [ , prototype ] ] )
    // https://tc39.es/ecma262/#sec-makeconstructor
    // 3. Set F.[[Construct]] to the definition specified in 10.2.2. 4. [[ConstructorKind]] base.
    function->set_is_constructor(true);
    // 5.-6. writablePrototype is true; prototype is OrdinaryObjectCreate(%Object.prototype%).
    heap::Handle<Object> prototype(agent_.heap(),
                                   OrdinaryObjectCreate(agent_, agent_.current_realm()->intrinsic(Intrinsic::kObjectPrototype)));
    // 6.b. Perform ! DefinePropertyOrThrow(prototype, "constructor", { F, writable, not enumerable, configurable }).
    MUST(DefinePropertyOrThrow(agent_, prototype, agent_.Key(u"constructor"),
                               PropertyDescriptor::Data(Value::FromObject(function), true, false, true)));
    // 7. Perform ! DefinePropertyOrThrow(F, "prototype", { prototype, writable, not enumerable, not configurable }).
    MUST(DefinePropertyOrThrow(agent_, function, agent_.Key(u"prototype"),
                               PropertyDescriptor::Data(Value::FromObject(prototype), true, false, false)));
  }
  return function.get();
}

ThrowCompletionOr<Frame*> Vm::PrepareCall(ECMAScriptFunctionObject* function, Value this_argument,
                                          std::span<const Value> arguments, Object* new_target) {
  if (frames_.size() >= options_.max_frames) return ThrowStackOverflow();
  // 10.2.1 [[Call]] step 4: If F.[[IsClassConstructor]] is true, then a. Let error be a newly created TypeError
  //   object. b. NOTE: error is created in calleeContext with F's associated Realm Record. c. Remove calleeContext
  //   from the execution context stack and restore callerContext. d. Return ThrowCompletion(error).
  if (new_target == nullptr && function->is_class_constructor()) {
    Realm* caller_realm = agent_.current_realm();
    if (function->realm() != nullptr) agent_.set_current_realm(function->realm());
    ThrowCompletion error = ThrowTypeError(agent_, u"Class constructor cannot be invoked without 'new'");
    agent_.set_current_realm(caller_realm);
    return error;
  }
  heap::Handle<ECMAScriptFunctionObject> func(agent_.heap(), function);
  RootedValue this_arg(agent_.heap(), this_argument);
  heap::Handle<Object> rooted_new_target(agent_.heap(), new_target);
  // 10.2.1.1 PrepareForOrdinaryCall ( F, newTarget )
  // https://tc39.es/ecma262/#sec-prepareforordinarycall
  // 1.-6. A new execution context for F in F.[[Realm]] (the Frame below).
  // 7. Let localEnv be NewFunctionEnvironment(F, newTarget).
  // 9.1.2.4 NewFunctionEnvironment ( F, newTarget )
  // https://tc39.es/ecma262/#sec-newfunctionenvironment
  heap::Handle<FunctionEnvironment> local_env(
      agent_.heap(), agent_.Allocate<FunctionEnvironment>(func->environment(), func->code(), func.get(),
                                                          new_target ? Value::FromObject(new_target) : Value::Undefined()));
  //   3. If F.[[ThisMode]] is lexical, set env.[[ThisBindingStatus]] to lexical.
  if (func->this_mode() == ECMAScriptFunctionObject::ThisMode::kLexical) {
    local_env->set_this_binding_status(FunctionEnvironment::ThisBindingStatus::kLexical);
  }
  // 10.2.1.2 OrdinaryCallBindThis ( F, calleeContext, thisArgument )
  // https://tc39.es/ecma262/#sec-ordinarycallbindthis
  // 1. Let thisMode be F.[[ThisMode]]. 2. If thisMode is lexical, return unused.
  // 10.2.2 [[Construct]] step 6: only a base constructor binds this (a derived one's
  // this stays uninitialized until super() returns).
  bool binds_this = !(new_target != nullptr && func->is_derived_constructor());
  if (func->this_mode() != ECMAScriptFunctionObject::ThisMode::kLexical && binds_this) {
    Value this_value;
    // 5. If thisMode is strict, let thisValue be thisArgument.
    if (func->this_mode() == ECMAScriptFunctionObject::ThisMode::kStrict) {
      this_value = this_arg;
    } else if (this_arg->IsNullish()) {
      // 6.a. If thisArgument is either undefined or null, then thisValue is calleeRealm.[[GlobalEnv]].[[GlobalThisValue]].
      this_value = Value::FromObject(GlobalEnvOf(func->realm())->global_this());
    } else {
      // 6.b. Else, let thisValue be ! ToObject(thisArgument).
      this_value = Value::FromObject(MUST(ToObject(agent_, this_arg)));
    }
    // 7.-8. Perform ! localEnv.BindThisValue(thisValue).
    MUST(local_env->BindThisValue(agent_, this_value));
  }
  // 10.2.11 FunctionDeclarationInstantiation ( func, argumentsList ): the
  // environment above is its env (parameters, vars and top-level lexical
  // names share it); binding the parameters, `arguments` and the function
  // declarations is the compiled prologue.
  Frame* frame = agent_.Allocate<Frame>(func->code(), func.get(), local_env.get());
  frame->arguments.assign(arguments.begin(), arguments.end());
  frame->new_target = local_env->new_target();
  frame->this_value = this_arg;
  frame->function_environment = local_env.get();
  frame->realm = func->realm();
  return frame;
}

// 10.2.2 [[Construct]] ( argumentsList, newTarget ), steps 1-6.
// https://tc39.es/ecma262/#sec-ecmascript-function-objects-construct-argumentslist-newtarget
ThrowCompletionOr<Frame*> Vm::PrepareConstruct(ECMAScriptFunctionObject* function, std::span<const Value> arguments,
                                               Object* new_target) {
  heap::Handle<ECMAScriptFunctionObject> func(agent_.heap(), function);
  heap::Handle<Object> rooted_new_target(agent_.heap(), new_target);
  // 1. Let callerContext be the running execution context.
  // 2. Let kind be F.[[ConstructorKind]].
  // 3. If kind is base, then
  RootedValue this_argument(agent_.heap());
  if (!func->is_derived_constructor()) {
    // a. Let thisArgument be ? OrdinaryCreateFromConstructor(newTarget, "%Object.prototype%").
    Value prototype = TRY(Get(agent_, rooted_new_target, agent_.Key(u"prototype")));
    Object* proto = prototype.IsObject() ? prototype.AsObject() : nullptr;
    if (proto == nullptr) {
      Realm* realm = TRY(rooted_new_target->FunctionRealm(agent_));
      proto = (realm != nullptr ? realm : agent_.current_realm())->intrinsic(Intrinsic::kObjectPrototype);
    }
    this_argument = Value::FromObject(OrdinaryObjectCreate(agent_, proto));
  }
  // 4. Let calleeContext be PrepareForOrdinaryCall(F, newTarget). 5. Assert: calleeContext is now the running
  //    execution context. 6. If kind is base, then a. Perform OrdinaryCallBindThis(F, calleeContext, thisArgument).
  heap::Handle<Frame> frame(agent_.heap(), TRY(PrepareCall(func, this_argument, arguments, rooted_new_target)));
  frame->is_construct = true;
  //    b. Let initializeResult be Completion(InitializeInstanceElements(thisArgument, F)).
  //    c. If initializeResult is an abrupt completion, then remove calleeContext and return ? initializeResult.
  if (!func->is_derived_constructor() && func->is_class_constructor()) {
    TRY(InitializeInstanceElements(this_argument->AsObject(), func));
  }
  // 7.-8. Let constructorEnv be the LexicalEnvironment of calleeContext; let result be
  //       Completion(OrdinaryCallEvaluateBody(F, argumentsList)): the caller runs the frame.
  return frame.get();
}

// 10.2.2 [[Construct]] steps 10-12, for the body's return completion `result`.
ThrowCompletionOr<Value> Vm::ConstructResult(Frame* frame, Value result) {
  // 10. If result is a return completion, then
  //   a. If result.[[Value]] is an Object, return result.[[Value]].
  if (result.IsObject()) return result;
  //   b. If kind is base, return thisArgument.
  if (!frame->function->is_derived_constructor()) return frame->this_value;
  //   c. If result.[[Value]] is not undefined, throw a TypeError exception.
  if (!result.IsUndefined()) {
    return ThrowTypeError(agent_, u"Derived constructors may only return object or undefined");
  }
  // 11. Else, ReturnIfAbrupt(result).
  // 12. Let thisBinding be ? constructorEnv.GetThisBinding(). 13.-14. Return thisBinding.
  return static_cast<FunctionEnvironment*>(frame->function_environment)->GetThisBinding(agent_);
}

ThrowCompletionOr<Value> Vm::CallFromNative(ECMAScriptFunctionObject* function, Value this_argument,
                                            std::span<const Value> arguments, Object* new_target) {
  heap::Handle<ECMAScriptFunctionObject> func(agent_.heap(), function);
  RootedValue this_arg(agent_.heap(), this_argument);
  if (new_target != nullptr) {
    Frame* frame = TRY(PrepareConstruct(func, arguments, new_target));
    return RunFrame(frame);
  }
  Frame* frame = TRY(PrepareCall(func, this_arg, arguments, nullptr));
  if (func->code()->is_async && !func->code()->is_generator) PrepareAsyncFunctionFrame(frame);
  return RunFrame(frame);
}

void Vm::PrepareAsyncFunctionFrame(Frame* frame_cell) {
  heap::Handle<Frame> frame(agent_.heap(), frame_cell);
  // 15.8.4 Runtime Semantics: EvaluateAsyncFunctionBody
  // https://tc39.es/ecma262/#sec-runtime-semantics-evaluateasyncfunctionbody
  // 1. Let promiseCapability be ! NewPromiseCapability(%Promise%). (In the callee's realm.)
  Realm* caller_realm = agent_.current_realm();
  agent_.set_current_realm(frame->realm);
  async::PromiseCapability capability(agent_.heap());
  async::NewAsyncFunctionCapability(agent_, capability);
  agent_.set_current_realm(caller_realm);
  frame->is_async_function = true;
  frame->async_promise = capability.promise;
  frame->async_resolve = capability.resolve;
  frame->async_reject = capability.reject;
  // 2. Let completion be Completion(FunctionDeclarationInstantiation(funcObj, argList)): the frame's
  //    prologue; a throw there rejects the promise like a throw in the body (3.a), since the frame settles
  //    the capability however its code completes.
  // 4. Else, perform AsyncFunctionStart(promiseCapability, FunctionBody): the frame runs now, inline.
  // 5. Return ReturnCompletion(promiseCapability.[[Promise]]): what the frame gives its caller at its first
  //    await or at its end.
}

void Vm::ResumeAsyncContext(Agent& agent, heap::Cell* async_context, async::ResumptionType type, Value value) {
  Vm& vm = *agent.vm();
  heap::Handle<Frame> frame(agent.heap(), static_cast<Frame*>(async_context));
  RootedValue resumption(agent.heap(), value);
  frame->suspended = false;
  frame->resume_mode = static_cast<uint8_t>(type);
  frame->accumulator = resumption;
  // The context that resumes the frame: AsyncGeneratorYield's previousContext.
  frame->resumer_realm = agent.current_realm();
  ThrowCompletionOr<Value> result = vm.RunFrame(frame);
  // The frame settles its promise (or completes its generator) itself when its code completes; RunFrame
  // throws only when the frame could not run at all (too deep a native recursion): that is a throw
  // completion of the body.
  if (result.is_throw_completion()) {
    RootedValue thrown(agent.heap(), result.thrown_value());
    if (frame->async_generator != nullptr) {
      vm.CompleteAsyncGeneratorBody(frame, true, thrown);
    } else {
      async::AsyncBlockComplete(agent, frame->async_resolve, frame->async_reject, true, thrown);
    }
  }
}

void Vm::CompleteAsyncGeneratorBody(Frame* frame, bool is_throw, Value value) {
  RootedValue result(agent_.heap(), value);
  heap::Handle<async::AsyncGeneratorObject> gen(agent_.heap(),
                                                static_cast<async::AsyncGeneratorObject*>(frame->async_generator));
  // 27.9.3.2 AsyncGeneratorStart ( gen, genBody ), step 4 (the closure, once the body has completed):
  // e. Remove acGenContext from the execution context stack (the VM has popped the frame).
  // f. Set acGen.[[AsyncGeneratorState]] to draining-queue.
  gen->set_state(async::AsyncGeneratorObject::State::kDrainingQueue);
  // g. If result is a normal completion, set result to NormalCompletion(undefined).
  // h. If result is a return completion, set result to NormalCompletion(result.[[Value]]).
  //    (The VM passes undefined for a body that ran to its end.)
  // i. Perform AsyncGeneratorCompleteStep(acGen, result, true).
  async::AsyncGeneratorCompleteStep(agent_, gen, is_throw, result, true);
  // j. Perform AsyncGeneratorDrainQueue(acGen).
  async::AsyncGeneratorDrainQueue(agent_, gen);
  // k.-l. Resume callerContext, passing NormalCompletion(undefined).
}

// 16.1.7 GlobalDeclarationInstantiation ( script, envRecord )
// https://tc39.es/ecma262/#sec-globaldeclarationinstantiation
ThrowCompletionOr<void> Vm::GlobalDeclarationInstantiation(bytecode::Code* script, GlobalEnvironment* env_record) {
  heap::Handle<bytecode::Code> code(agent_.heap(), script);
  auto syntax_error = [&](PrimitiveString* name) {
    return ThrowError(agent_, ErrorKind::kSyntaxError,
                      u"Identifier '" + std::u16string(name->code_units()) + u"' has already been declared");
  };
  // 1. Let lexNames be the LexicallyDeclaredNames of script.
  // 2. Let varNames be the VarDeclaredNames of script.
  // 3. For each element name of lexNames, do
  for (const auto& lexical : code->global_lexicals) {
    // a. If HasLexicalDeclaration(env, name) is true, throw a SyntaxError exception.
    if (env_record->HasLexicalDeclaration(lexical.name)) return syntax_error(lexical.name);
    // b. Let hasRestrictedGlobal be ? HasRestrictedGlobalProperty(env, name).
    bool has_restricted_global = TRY(env_record->HasRestrictedGlobalProperty(agent_, lexical.name));
    // c. If hasRestrictedGlobal is true, throw a SyntaxError exception.
    if (has_restricted_global) return syntax_error(lexical.name);
  }
  // 4. For each element name of varNames, do
  //    a. If HasLexicalDeclaration(env, name) is true, throw a SyntaxError exception.
  for (PrimitiveString* name : code->global_var_names) {
    if (env_record->HasLexicalDeclaration(name)) return syntax_error(name);
  }
  for (const auto& [name, index] : code->global_functions) {
    if (env_record->HasLexicalDeclaration(name)) return syntax_error(name);
  }
  // 5. Let varDeclarations be the VarScopedDeclarations of script.
  // 6. Let functionsToInitialize be a new empty List.
  std::vector<std::pair<PrimitiveString*, uint32_t>> functions_to_initialize;
  // 7. Let declaredFunctionNames be a new empty List.
  std::vector<PrimitiveString*> declared_function_names;
  std::unordered_set<PrimitiveString*> declared_function_set;  // membership of the list above, in O(1)
  // 8. For each element d of varDeclarations, in reverse List order, do
  for (auto it = code->global_functions.rbegin(); it != code->global_functions.rend(); ++it) {
    // a.-b. d is a function declaration; c.-e. fn is its BoundName.
    PrimitiveString* fn = it->first;
    // f. If declaredFunctionNames does not contain fn, then
    if (!declared_function_set.count(fn)) {
      // i. Let fnDefinable be ? CanDeclareGlobalFunction(env, fn).
      bool fn_definable = TRY(env_record->CanDeclareGlobalFunction(agent_, fn));
      // ii. If fnDefinable is false, throw a TypeError exception.
      if (!fn_definable) return ThrowTypeError(agent_, u"Cannot declare global function");
      // iii. Append fn to declaredFunctionNames.
      declared_function_names.push_back(fn);
      declared_function_set.insert(fn);
      // iv. Insert d as the first element of functionsToInitialize.
      functions_to_initialize.insert(functions_to_initialize.begin(), *it);
    }
  }
  // 9. Let declaredVarNames be a new empty List.
  std::vector<PrimitiveString*> declared_var_names;
  std::unordered_set<PrimitiveString*> declared_var_set;
  // 10. For each element d of varDeclarations, do (VariableDeclarations and ForBindings)
  for (PrimitiveString* vn : code->global_var_names) {
    // i. If declaredFunctionNames does not contain vn, then
    if (declared_function_set.count(vn)) continue;
    // 1. Let vnDefinable be ? CanDeclareGlobalVar(env, vn).
    bool vn_definable = TRY(env_record->CanDeclareGlobalVar(agent_, vn));
    // 2. If vnDefinable is false, throw a TypeError exception.
    if (!vn_definable) return ThrowTypeError(agent_, u"Cannot declare global variable");
    // 3. If declaredVarNames does not contain vn, then append vn to declaredVarNames.
    if (declared_var_set.insert(vn).second) declared_var_names.push_back(vn);
  }
  // 11. NOTE: No abnormal terminations occur after this algorithm step if the global object is ordinary.
  // 12. Annex B.3.2.2: if the script is not strict, for each block-level
  //     function name that the parser found replaceable by a var:
  for (PrimitiveString* fn : code->global_annex_b_names) {
    // If HasLexicalDeclaration(env, F) is false, then
    if (env_record->HasLexicalDeclaration(fn)) continue;
    // Let fnDefinable be ? CanDeclareGlobalVar(env, F).
    bool fn_definable = TRY(env_record->CanDeclareGlobalVar(agent_, fn));
    if (!fn_definable) continue;
    // If declaredFunctionOrVarNames does not contain F, then
    if (declared_function_set.count(fn) || declared_var_set.count(fn)) continue;
    // Perform ? env.CreateGlobalVarBinding(F, false). Append F to declaredFunctionOrVarNames.
    TRY(env_record->CreateGlobalVarBinding(agent_, fn, code->is_eval));
    declared_var_names.push_back(fn);
    declared_var_set.insert(fn);
  }
  // 13. Let lexDeclarations be the LexicallyScopedDeclarations of script.
  // 14. Let privateEnv be null.
  // 15. For each element d of lexDeclarations, do
  for (const auto& lexical : code->global_lexicals) {
    // b.i. If IsConstantDeclaration of d is true, then Perform ? env.CreateImmutableBinding(dn, true).
    // b.ii. Else, Perform ? env.CreateMutableBinding(dn, false).
    TRY(env_record->CreateLexicalBinding(agent_, lexical.name, lexical.is_const));
  }
  // 16. For each Parse Node f of functionsToInitialize, do
  for (const auto& [fn, index] : functions_to_initialize) {
    // a. Let fn be the sole element of the BoundNames of f.
    // b. Let fo be InstantiateFunctionObject of f with arguments env and privateEnv.
    RootedValue fo(agent_.heap(), Value::FromObject(InstantiateFunction(code->functions[index], env_record)));
    // c. Perform ? CreateGlobalFunctionBinding(env, fn, fo, false).
    TRY(env_record->CreateGlobalFunctionBinding(agent_, fn, fo, code->is_eval));
  }
  // 17. For each String vn of declaredVarNames, do
  for (PrimitiveString* vn : declared_var_names) {
    // a. Perform ? CreateGlobalVarBinding(env, vn, false).
    TRY(env_record->CreateGlobalVarBinding(agent_, vn, code->is_eval));
  }
  // 18. Return unused.
  return {};
}

// 19.2.1.3 EvalDeclarationInstantiation ( body, varEnv, lexEnv, privateEnv, strict )
// https://tc39.es/ecma262/#sec-evaldeclarationinstantiation
// The eval's lexical declarations (and for strict code its vars and functions) are slots of lexEnv's layout;
// `body` lists varNames without the functions (global_var_names), functionsToInitialize (global_functions)
// and the Annex B.3.2.3 names (global_annex_b_names, each with a hidden flag slot in lexEnv).
ThrowCompletionOr<void> Vm::EvalDeclarationInstantiation(bytecode::Code* body, Environment* variable_env,
                                                         DeclarativeEnvironment* lexical_env, bool strict) {
  heap::Handle<bytecode::Code> code(agent_.heap(), body);
  heap::Handle<Environment> var_env(agent_.heap(), variable_env);
  heap::Handle<DeclarativeEnvironment> lex_env(agent_.heap(), lexical_env);
  auto* global_env = dynamic_cast<GlobalEnvironment*>(var_env.get());
  auto* declarative_var_env = dynamic_cast<DeclarativeEnvironment*>(var_env.get());
  auto redeclaration = [&](PrimitiveString* name) {
    return ThrowError(agent_, ErrorKind::kSyntaxError,
                      u"Identifier '" + std::u16string(name->code_units()) + u"' has already been declared");
  };
  // 1. Let varNames be the VarDeclaredNames of body.
  std::vector<PrimitiveString*> var_names(code->global_var_names.begin(), code->global_var_names.end());
  for (const auto& [name, index] : code->global_functions) var_names.push_back(name);
  // 2. Let varDeclarations be the VarScopedDeclarations of body.
  // 3. If strict is false, then
  if (!strict) {
    // a. If varEnv is a Global Environment Record, then
    if (global_env != nullptr) {
      // i. For each element name of varNames: If HasLexicalDeclaration(varEnv, name) is true, throw a
      //    SyntaxError exception.
      for (PrimitiveString* name : var_names) {
        if (global_env->HasLexicalDeclaration(name)) return redeclaration(name);
      }
    }
    // b. Let thisEnv be lexEnv. c. Assert: The following loop will terminate.
    // d. Repeat, while thisEnv is not varEnv, (lexEnv holds only the eval's own lexical names, which the
    //    parser already checked against its vars: start at its outer environment)
    for (Environment* this_env = lex_env->outer(); this_env != var_env.get(); this_env = this_env->outer()) {
      // i. If thisEnv is not an Object Environment Record, then
      auto* declarative = dynamic_cast<DeclarativeEnvironment*>(this_env);
      if (declarative == nullptr) continue;
      // 1. NOTE: The environment of with statements cannot contain any lexical declaration so it doesn't need
      //    to be checked for var/let hoisting conflicts.
      // 2. For each element name of varNames, do
      for (PrimitiveString* name : var_names) {
        // a. If ! thisEnv.HasBinding(name) is true, then
        //    i. (Annex B.3.4) If thisEnv is not the Environment Record for a Catch clause, throw a SyntaxError
        //       exception.
        if (MUST(declarative->HasBinding(agent_, name)) && !declarative->layout().is_catch_clause)
          return redeclaration(name);
        // b. NOTE: A direct eval will not hoist var declaration over a like-named lexical declaration.
      }
      // ii. Set thisEnv to thisEnv.[[OuterEnv]].
    }
    // A function's top-level lexical declarations share its VariableEnvironment here (the spec gives them a
    // separate environment inside it, which the loop above would have reached); so do the parameters of a
    // function with parameter expressions (10.2.11 step 20).
    if (declarative_var_env != nullptr) {
      for (PrimitiveString* name : var_names) {
        if (declarative_var_env->HasLexicalBinding(name) ||
            (declarative_var_env->layout().is_parameter_environment &&
             MUST(declarative_var_env->HasBinding(agent_, name))))
          return redeclaration(name);
      }
    }
  }
  // 4.-8. privateIdentifiers and AllPrivateIdentifiersValid: checked by the parser (ParseOptions::private_names).
  // 9. Let functionsToInitialize be a new empty List.
  std::vector<std::pair<PrimitiveString*, uint32_t>> functions_to_initialize;
  // 10. Let declaredFunctionNames be a new empty List.
  std::unordered_set<PrimitiveString*> declared_function_names;
  // 11. For each element d of varDeclarations, in reverse List order, do
  for (auto it = code->global_functions.rbegin(); it != code->global_functions.rend(); ++it) {
    // a.-b. d is a function declaration; fn is its BoundName.
    PrimitiveString* fn = it->first;
    // c. If declaredFunctionNames does not contain fn, then
    if (declared_function_names.count(fn)) continue;
    // i. If varEnv is a Global Environment Record, then
    if (global_env != nullptr) {
      // 1. Let fnDefinable be ? CanDeclareGlobalFunction(varEnv, fn).
      bool fn_definable = TRY(global_env->CanDeclareGlobalFunction(agent_, fn));
      // 2. If fnDefinable is false, throw a TypeError exception.
      if (!fn_definable) return ThrowTypeError(agent_, u"Cannot declare global function");
    }
    // ii. Append fn to declaredFunctionNames.
    declared_function_names.insert(fn);
    // iii. Insert d as the first element of functionsToInitialize.
    functions_to_initialize.insert(functions_to_initialize.begin(), *it);
  }
  // 12. Let declaredVarNames be a new empty List.
  std::vector<PrimitiveString*> declared_var_names;
  std::unordered_set<PrimitiveString*> declared_var_set;
  // 13. For each element d of varDeclarations, do (VariableDeclarations, ForBindings, BindingIdentifiers)
  for (PrimitiveString* vn : code->global_var_names) {
    // i. If declaredFunctionNames does not contain vn, then
    if (declared_function_names.count(vn)) continue;
    // 1. If varEnv is a Global Environment Record, then
    if (global_env != nullptr) {
      // a. Let vnDefinable be ? CanDeclareGlobalVar(varEnv, vn).
      bool vn_definable = TRY(global_env->CanDeclareGlobalVar(agent_, vn));
      // b. If vnDefinable is false, throw a TypeError exception.
      if (!vn_definable) return ThrowTypeError(agent_, u"Cannot declare global variable");
    }
    // 2. If declaredVarNames does not contain vn, then append vn to declaredVarNames.
    if (declared_var_set.insert(vn).second) declared_var_names.push_back(vn);
  }
  // 14. Annex B.3.2.3: if strict is false, for each block-level function name the parser found replaceable
  //     by a var (the compiler lists them for sloppy code only):
  for (PrimitiveString* fn : code->global_annex_b_names) {
    // i. Let bindingExists be false. ii. Let thisEnv be lexEnv. iv. Repeat, while thisEnv is not varEnv,
    bool binding_exists = false;
    for (Environment* this_env = lex_env->outer(); this_env != var_env.get(); this_env = this_env->outer()) {
      // 1. If thisEnv is not an Object Environment Record, then
      auto* declarative = dynamic_cast<DeclarativeEnvironment*>(this_env);
      // a. If ! thisEnv.HasBinding(F) is true, then (B.3.4) if thisEnv is not the Environment Record for a
      //    Catch clause, let bindingExists be true.
      if (declarative != nullptr && MUST(declarative->HasBinding(agent_, fn)) &&
          !declarative->layout().is_catch_clause)
        binding_exists = true;
    }
    // (A function's top-level lexical declarations, in the spec in an environment inside varEnv.)
    if (declarative_var_env != nullptr && declarative_var_env->HasLexicalBinding(fn)) binding_exists = true;
    bool fn_definable = true;
    // v. If bindingExists is false and varEnv is a Global Environment Record, then
    if (!binding_exists && global_env != nullptr) {
      // 1. If HasLexicalDeclaration(varEnv, F) is false, let fnDefinable be ? CanDeclareGlobalVar(varEnv, F).
      // 2. Else, let fnDefinable be false.
      fn_definable =
          global_env->HasLexicalDeclaration(fn) ? false : TRY(global_env->CanDeclareGlobalVar(agent_, fn));
    }
    // vii. If bindingExists is false and fnDefinable is true, then
    if (binding_exists || !fn_definable) continue;
    // 1. If declaredFunctionOrVarNames does not contain F, then
    if (!declared_function_names.count(fn) && !declared_var_set.count(fn)) {
      if (global_env != nullptr) {
        // a. If varEnv is a Global Environment Record, Perform ? CreateGlobalVarBinding(varEnv, F, true).
        TRY(global_env->CreateGlobalVarBinding(agent_, fn, true));
      } else if (!TRY(var_env->HasBinding(agent_, fn))) {
        // b. Else, if ! varEnv.HasBinding(F) is false, CreateMutableBinding(F, true), InitializeBinding(F,
        //    undefined).
        declarative_var_env->CreateDeletableBinding(fn, Value::Undefined());
      }
      // c. Append F to declaredFunctionOrVarNames.
      declared_var_set.insert(fn);
    }
    // 2. When the FunctionDeclaration f is evaluated, the alternative steps apply (the compiled code tests
    //    this flag).
    std::u16string flag_name = u"%annexB " + std::u16string(fn->code_units());
    MUST(lex_env->InitializeBinding(agent_, agent_.strings().Intern(flag_name), Value::Boolean(true)));
  }
  // 15. NOTE: No abnormal terminations occur after this algorithm step unless varEnv is a Global Environment
  //     Record and the global object is a Proxy exotic object.
  // 16.-17. The lexical declarations: created with lexEnv (its layout), uninitialized.
  // 18. For each Parse Node f of functionsToInitialize, do
  for (const auto& [fn, index] : functions_to_initialize) {
    // a. Let fn be the sole element of the BoundNames of f.
    // b. Let fo be InstantiateFunctionObject of f with arguments lexEnv and privateEnv.
    RootedValue fo(agent_.heap(), Value::FromObject(InstantiateFunction(code->functions[index], lex_env.get())));
    // c. If varEnv is a Global Environment Record, then Perform ? CreateGlobalFunctionBinding(varEnv, fn, fo,
    //    true).
    if (global_env != nullptr) {
      TRY(global_env->CreateGlobalFunctionBinding(agent_, fn, fo, true));
      continue;
    }
    // d. Else, i. Let bindingExists be ! varEnv.HasBinding(fn).
    if (!MUST(var_env->HasBinding(agent_, fn))) {
      // ii. If bindingExists is false, then CreateMutableBinding(fn, true), InitializeBinding(fn, fo).
      declarative_var_env->CreateDeletableBinding(fn, fo);
    } else {
      // iii. Else, Perform ! varEnv.SetMutableBinding(fn, fo, false).
      TRY(var_env->SetMutableBinding(agent_, fn, fo, false));
    }
  }
  // 19. For each String vn of declaredVarNames, do
  for (PrimitiveString* vn : declared_var_names) {
    // a. If varEnv is a Global Environment Record, then Perform ? CreateGlobalVarBinding(varEnv, vn, true).
    if (global_env != nullptr) {
      TRY(global_env->CreateGlobalVarBinding(agent_, vn, true));
      continue;
    }
    // b. Else, i. Let bindingExists be ! varEnv.HasBinding(vn).
    // ii. If bindingExists is false, CreateMutableBinding(vn, true) and InitializeBinding(vn, undefined).
    if (!MUST(var_env->HasBinding(agent_, vn))) declarative_var_env->CreateDeletableBinding(vn, Value::Undefined());
  }
  // 20. Return unused.
  return {};
}

// 16.1.6 ScriptEvaluation ( scriptRecord )
// https://tc39.es/ecma262/#sec-runtime-semantics-scriptevaluation
ThrowCompletionOr<Value> Vm::EvaluateScript(std::string_view source_utf8, std::string filename) {
  auto compiled = CompileScript(source_utf8, std::move(filename));
  if (auto* error = std::get_if<ScriptSyntaxError>(&compiled)) {
    // An early error is thrown with its location; an unsupported construct
    // with the compiler's message alone.
    return ThrowError(agent_, ErrorKind::kSyntaxError,
                      Utf16FromUtf8(error->unsupported ? error->error.message : error->error.ToString()));
  }
  return RunScript(std::get<CompiledScript>(compiled));
}

std::variant<CompiledScript, ScriptSyntaxError> Vm::CompileScript(std::string_view source_utf8,
                                                                  std::string filename) {
  return CompileScript(syntax::SourceText::FromUtf8(filename, source_utf8));
}

std::variant<CompiledScript, ScriptSyntaxError> Vm::CompileScript(syntax::SourceText source,
                                                                  ScriptOrModule* script_or_module) {
  heap::Handle<ScriptOrModule> owner(agent_.heap(), script_or_module);
  std::string filename = source.filename();
  syntax::ParseResult parsed = syntax::ParseProgram(source, {});
  if (!parsed.ok()) return ScriptSyntaxError{*parsed.error, false};
  auto compiled = bytecode::CompileScript(agent_, *parsed.program);
  if (auto* error = std::get_if<bytecode::CompileError>(&compiled)) {
    return ScriptSyntaxError{syntax::SyntaxError{error->message, std::move(filename), error->location}, true};
  }
  // Collection was deferred while compiling; the Code is rooted from here on.
  CompiledScript script(agent_.heap(), std::get<bytecode::Code*>(compiled));
  // 16.1.5 ParseScript step 3: the Script Record { [[Realm]], [[ECMAScriptCode]], [[LoadedModules]],
  // [[HostDefined]] } ([[Realm]] is the realm RunScript runs it in).
  if (owner.get() == nullptr) owner = agent_.Allocate<ScriptRecord>(agent_.current_realm(), filename);
  AttachSource(script.code(), filename, std::make_shared<const std::u16string>(source.code_units()), owner.get());
  return script;
}

void Vm::AttachSource(bytecode::Code* root, const std::string& filename, std::shared_ptr<const std::u16string> text,
                      ScriptOrModule* script_or_module) {
  auto name = std::make_shared<const std::string>(filename);
  std::vector<bytecode::Code*> pending = {root};
  while (!pending.empty()) {
    bytecode::Code* code = pending.back();
    pending.pop_back();
    code->source_name = name;
    code->script_or_module = script_or_module;
    if (text != nullptr && code->kind != bytecode::CodeKind::kScript && code->kind != bytecode::CodeKind::kModule &&
        code->source_end > code->source_start && code->source_end <= text->size()) {
      code->source_text = text;
    }
    pending.insert(pending.end(), code->functions.begin(), code->functions.end());
  }
}

// 9.4.1 GetActiveScriptOrModule ( )
// https://tc39.es/ecma262/#sec-getactivescriptormodule
ScriptOrModule* Vm::GetActiveScriptOrModule() const {
  // 1. If the execution context stack is empty, return null.
  // 2. Let ec be the topmost execution context on the execution context stack whose ScriptOrModule component
  //    is not null. (Built-in functions run without a frame: their ScriptOrModule is null.)
  for (auto it = frames_.rbegin(); it != frames_.rend(); ++it) {
    if ((*it)->code->script_or_module != nullptr) return static_cast<ScriptOrModule*>((*it)->code->script_or_module);
  }
  // 3. If no such execution context exists, return null. Otherwise, return ec's ScriptOrModule.
  return nullptr;
}

ThrowCompletionOr<void> Vm::ExecuteModuleBody(bytecode::Code* module_code, Environment* environment, Realm* realm,
                                              const async::PromiseCapability* capability) {
  heap::Handle<bytecode::Code> code(agent_.heap(), module_code);
  heap::Handle<Environment> env(agent_.heap(), environment);
  if (frames_.size() >= options_.max_frames) return ThrowStackOverflow();
  // The module's execution context (InitializeEnvironment's moduleContext): Function null, Realm
  // module.[[Realm]], ScriptOrModule the module (the Code's), Variable- and LexicalEnvironment
  // module.[[Environment]]; `this` resolves to the module environment's undefined.
  Frame* frame = agent_.Allocate<Frame>(code.get(), nullptr, env.get());
  frame->realm = realm;
  frame->this_value = Value::Undefined();
  if (capability != nullptr) {
    // 27.10.5.2 AsyncBlockStart ( promiseCapability, asyncBody, asyncContext ): the frame runs the body now
    // and settles the capability when the body completes (suspending at each await meanwhile).
    frame->is_async_function = true;
    frame->async_promise = capability->promise;
    frame->async_resolve = capability->resolve;
    frame->async_reject = capability->reject;
    ThrowCompletionOr<Value> started = RunFrame(frame);
    if (started.is_throw_completion()) {
      // The frame could not run at all (too deep a native recursion): a throw completion of the body.
      RootedValue thrown(agent_.heap(), started.thrown_value());
      async::AsyncBlockComplete(agent_, capability->resolve, capability->reject, true, thrown);
    }
    return {};
  }
  // 3.d Let result be Completion(Evaluation of module.[[ECMAScriptCode]]) (with 3.e's DisposeResources
  //     compiled into the body). 3.g If result is an abrupt completion, return ? result.
  TRY(RunFrame(frame));
  return {};
}

// 19.2.1.1 PerformEval ( x, strictCaller, direct ) with direct = true, called from `caller`.
// https://tc39.es/ecma262/#sec-performeval
ThrowCompletionOr<Value> Vm::PerformIndirectEval(Value x) { return PerformDirectEval(x, nullptr); }

ThrowCompletionOr<Value> Vm::PerformDirectEval(Value x, Frame* caller_frame) {
  // (caller_frame nullptr: an indirect eval, 19.2.1.1 with direct false — strictCaller false, the global
  //  environment as both lexical and variable environment.)
  heap::Handle<Frame> caller(agent_.heap(), caller_frame);
  // 2. If x is not a String, return x.
  if (!x.IsString()) return x;
  // 3.-4. evalRealm and HostEnsureCanCompileStrings (allowed).
  // 5.-10. Parse x as a Script, with the caller's strictness and the caller's environments in view.
  bool strict_caller = caller.get() != nullptr && caller->code->strict;
  syntax::SourceText source("eval", std::u16string(x.AsString()->code_units()));
  syntax::ParseOptions options;
  options.force_strict = strict_caller;
  if (caller.get() != nullptr) {
    // 6.-8. inFunction, inMethod, inDerivedConstructor, inClassFieldInitializer from GetThisEnvironment().
    Environment* this_env = caller->environment;
    while (this_env != nullptr && !this_env->HasThisBinding()) this_env = this_env->outer();
    if (auto* function_env = dynamic_cast<FunctionEnvironment*>(this_env)) {
      options.allow_new_target = true;
      if (auto* f = dynamic_cast<ECMAScriptFunctionObject*>(function_env->function_object())) {
        options.allow_super_property = f->home_object() != nullptr;
        options.allow_super_call = f->is_derived_constructor();
        options.in_class_field_initializer = f->code()->is_class_field_initializer;
      }
    }
    // 10. The Private Names of the enclosing classes (kept in their class environments as "#name").
    for (Environment* env = caller->environment; env != nullptr; env = env->outer()) {
      auto* declarative = dynamic_cast<DeclarativeEnvironment*>(env);
      if (declarative == nullptr) continue;
      for (PrimitiveString* name : declarative->layout().names) {
        std::u16string_view text = name->code_units();
        if (!text.empty() && text[0] == u'#') options.private_names.emplace_back(text.substr(1));
      }
    }
  }
  syntax::ParseResult parsed = syntax::ParseProgram(source, options);
  if (!parsed.ok()) return ThrowError(agent_, ErrorKind::kSyntaxError, Utf16FromUtf8(parsed.error->ToString()));
  // 16. If direct is true: lexEnv is a new declarative environment whose outer is the running context's
  //     LexicalEnvironment; varEnv is its VariableEnvironment (the nearest function environment, or the global one);
  //     17. strict eval gets varEnv = lexEnv.
  bytecode::EvalContext context;
  context.strict = strict_caller || parsed.program->strict;
  Realm* eval_realm = caller.get() != nullptr ? caller->realm : agent_.current_realm();
  GlobalEnvironment* eval_global = GlobalEnvOf(eval_realm);
  Environment* caller_environment = caller.get() != nullptr ? caller->environment : eval_global;
  for (Environment* env = caller_environment; env != nullptr && dynamic_cast<GlobalEnvironment*>(env) == nullptr;
       env = env->outer()) {
    bytecode::EvalScope scope;
    if (auto* declarative = dynamic_cast<DeclarativeEnvironment*>(env)) {
      const bytecode::ScopeLayout& layout = declarative->layout();
      for (size_t i = 0; i < layout.names.size(); ++i) {
        scope.names.emplace_back(layout.names[i]->code_units());
        scope.is_const.push_back(layout.is_const[i]);
        // An immutable binding that is not lexical: a named function expression's own name.
        if (layout.is_const[i] && !layout.lexical[i]) scope.own_function_name_slot = static_cast<int>(i);
        scope.is_import.push_back(layout.IsImport(i));
      }
      // A sloppy function's VariableEnvironment, to which a direct eval may add vars.
      bool is_variable_environment =
          dynamic_cast<FunctionEnvironment*>(env) != nullptr || layout.is_variable_environment;
      scope.gains_eval_bindings = is_variable_environment && !declarative->code()->strict;
    } else {
      scope.is_with = true;
    }
    context.scopes.push_back(std::move(scope));
  }
  auto compiled = bytecode::CompileDirectEval(agent_, *parsed.program, context);
  if (auto* error = std::get_if<bytecode::CompileError>(&compiled)) {
    return ThrowError(agent_, ErrorKind::kSyntaxError, Utf16FromUtf8(error->message));
  }
  heap::Handle<bytecode::Code> code(agent_.heap(), std::get<bytecode::Code*>(compiled));
  // 19.2.1.1 PerformEval step 23: evalContext's ScriptOrModule is runningContext's ScriptOrModule.
  AttachSource(code.get(), "eval", nullptr, GetActiveScriptOrModule());
  // 16. a. Let lexEnv be NewDeclarativeEnvironment(runningContext's LexicalEnvironment).
  //     b. Let varEnv be runningContext's VariableEnvironment.
  // 17. If strictEval is true, set varEnv to lexEnv.
  heap::Handle<DeclarativeEnvironment> lex_env(
      agent_.heap(), agent_.Allocate<DeclarativeEnvironment>(caller_environment, code.get(), -1));
  Environment* var_env = context.strict ? lex_env.get() : VariableEnvironmentOf(caller_environment);
  // 18.-26. A context whose this binding, new.target and function are the caller's, whose LexicalEnvironment
  //         is lexEnv. 27. Let result be Completion(EvalDeclarationInstantiation(body, varEnv, lexEnv,
  //         privateEnv, strictEval)).
  TRY(EvalDeclarationInstantiation(code.get(), var_env, lex_env.get(), context.strict));
  Frame* frame = agent_.Allocate<Frame>(code.get(), caller.get() ? caller->function : nullptr, lex_env.get());
  frame->realm = eval_realm;
  if (caller.get() != nullptr) {
    frame->new_target = caller->new_target;
    frame->function_environment = caller->function_environment;
  }
  Value result = TRY(RunFrame(frame));
  // 28.-29. An empty completion value is undefined.
  return result.IsEmpty() ? Value::Undefined() : result;
}

ThrowCompletionOr<Value> Vm::RunScript(const CompiledScript& compiled, Realm* script_realm) {
  if (script_realm == nullptr) script_realm = agent_.current_realm() != nullptr ? agent_.current_realm() : realm_;
  GlobalEnvironment* global_env = GlobalEnvOf(script_realm);
  heap::Handle<bytecode::Code> script(agent_.heap(), compiled.code());
  // The Script Record's [[Realm]]: the realm it is evaluated in.
  if (auto* record = static_cast<ScriptOrModule*>(script->script_or_module); record != nullptr && !record->IsModuleRecord()) {
    record->set_realm(script_realm);
  }
  throw_in_flight_ = false;
  // 1. Let globalEnv be scriptRecord.[[Realm]].[[GlobalEnv]].
  // 2.-8. A new execution context whose Variable- and LexicalEnvironment are globalEnv.
  // 11. Let result be Completion(GlobalDeclarationInstantiation(script, globalEnv)).
  // 4. Set the Realm of scriptContext to scriptRecord.[[Realm]].
  Realm* caller_realm = agent_.current_realm();
  agent_.set_current_realm(script_realm);
  ThrowCompletionOr<void> instantiated = GlobalDeclarationInstantiation(script, global_env);
  agent_.set_current_realm(caller_realm);
  if (instantiated.is_throw_completion()) return ThrowCompletion(instantiated.thrown_value());
  // 12. If result is a normal completion, then set result to Completion(Evaluation of script).
  Frame* frame = agent_.Allocate<Frame>(script.get(), nullptr, global_env);
  frame->realm = script_realm;
  frame->this_value = Value::FromObject(global_env->global_this());
  // 13.-16. Suspend and remove scriptContext; return ? result.
  ThrowCompletionOr<Value> result = RunFrame(frame);
  // 9.10.3: the end of a synchronous sequence of execution (no script or job still running) clears
  // [[KeptAlive]] (ClearKeptObjects), so WeakRef targets may be collected afterwards.
  if (frames_.empty()) agent_.ClearKeptObjects();
  return result;
}

std::string Vm::DisassembleScript(std::string_view source_utf8) {
  syntax::SourceText source = syntax::SourceText::FromUtf8("disassemble.js", source_utf8);
  syntax::ParseResult parsed = syntax::ParseProgram(source, {});
  if (!parsed.ok()) return parsed.error->ToString();
  auto compiled = bytecode::CompileScript(agent_, *parsed.program);
  if (auto* error = std::get_if<bytecode::CompileError>(&compiled)) return error->message;
  return bytecode::Disassemble(*std::get<bytecode::Code*>(compiled));
}

}  // namespace async_runtime::interpreter::vm
