#include "runtime/builtins/dynamic_function.h"

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/vm/operations.h"
#include "runtime/interpreter/vm/vm.h"
#include "runtime/syntax/parser.h"

namespace async_runtime::builtins {

using interpreter::RootedValue;
using interpreter::vm::CompiledScript;
using interpreter::vm::ECMAScriptFunctionObject;
using interpreter::vm::ScriptSyntaxError;

namespace {

ThrowCompletionOr<std::u16string> ToStringText(Agent& agent, Value value) {
  Value string = TRY(interpreter::vm::ToString(agent, value));
  return std::u16string(string.AsString()->code_units());
}

// Whether `text` parses as a Script (the checks of CreateDynamicFunction steps 12-18, done by parsing the
// parameters and the body each inside a function of the same kind).
bool Parses(const std::u16string& text) {
  syntax::SourceText source("anonymous", text);
  return syntax::ParseProgram(source, {}).ok();
}

interpreter::ThrowCompletion SyntaxErrorFrom(Agent& agent, const ScriptSyntaxError& error) {
  return interpreter::ThrowError(agent, interpreter::ErrorKind::kSyntaxError,
                                 interpreter::Utf16FromUtf8(error.unsupported ? error.error.message : error.error.ToString()));
}

}  // namespace

// 20.2.1.1.1 CreateDynamicFunction ( constructor, newTarget, kind, parameterArgs, bodyArg )
// https://tc39.es/ecma262/#sec-createdynamicfunction
ThrowCompletionOr<Value> CreateDynamicFunction(Agent& agent, Object* constructor, Object* new_target,
                                               DynamicFunctionKind kind, std::span<const Value> parameter_args,
                                               Value body_arg) {
  RootedValue body(agent.heap(), body_arg);
  // 1. If newTarget is undefined, set newTarget to constructor.
  if (new_target == nullptr) new_target = constructor;
  heap::Handle<Object> rooted_new_target(agent.heap(), new_target);
  // 2.-5. The prefix and fallbackProto of the kind.
  std::u16string prefix;
  Intrinsic fallback_proto = Intrinsic::kFunctionPrototype;
  switch (kind) {
    case DynamicFunctionKind::kNormal: prefix = u"function"; break;
    case DynamicFunctionKind::kGenerator:
      prefix = u"function*";
      fallback_proto = Intrinsic::kGeneratorFunctionPrototype;
      break;
    case DynamicFunctionKind::kAsync:
      prefix = u"async function";
      fallback_proto = Intrinsic::kAsyncFunctionPrototype;
      break;
    case DynamicFunctionKind::kAsyncGenerator:
      prefix = u"async function*";
      fallback_proto = Intrinsic::kAsyncGeneratorFunctionPrototype;
      break;
  }
  // 6. Let argCount be the number of elements in parameterArgs.
  // 7.-9. parameterStrings: ? ToString of each argument. 10. Let bodyString be ? ToString(bodyArg).
  std::u16string p;
  for (size_t i = 0; i < parameter_args.size(); ++i) {
    // 11. Let P be the String value of parameterStrings joined with "," (the empty String when none).
    if (i > 0) p += u",";
    p += TRY(ToStringText(agent, parameter_args[i]));
  }
  std::u16string body_string = TRY(ToStringText(agent, body));
  // 12. Let bodyParseString be the string-concatenation of 0x000A (LINE FEED), bodyString, and 0x000A (LINE FEED).
  std::u16string body_parse_string = u"\n" + body_string + u"\n";
  // 13. Let sourceString be the string-concatenation of prefix, " anonymous(", P, 0x000A (LINE FEED), ") {",
  //     bodyParseString, and "}".
  std::u16string source_string = prefix + u" anonymous(" + p + u"\n) {" + body_parse_string + u"}";
  // 14.-18. Parse parameters and body each as the goal of the kind, and the whole: any error is a SyntaxError.
  //     (The parameters and the body are checked on their own, so that neither can close the other.)
  if (!Parses(u"(" + prefix + u" (" + p + u"\n) {\n})") || !Parses(u"(" + prefix + u" () {" + body_parse_string + u"})")) {
    return interpreter::ThrowError(agent, interpreter::ErrorKind::kSyntaxError,
                                   u"Invalid parameters or body for a dynamic function");
  }
  // The function is compiled as an anonymous function expression (so that "anonymous" is not bound in it) in the
  // global environment of the current realm.
  interpreter::vm::Vm* vm = agent.vm();
  auto compiled = vm->CompileScript(syntax::SourceText("anonymous", u"(" + prefix + u" (" + p + u"\n) {" +
                                                                          body_parse_string + u"})"),
                                    // OrdinaryFunctionCreate: F.[[ScriptOrModule]] is GetActiveScriptOrModule().
                                    vm->GetActiveScriptOrModule());
  if (auto* error = std::get_if<ScriptSyntaxError>(&compiled)) return SyntaxErrorFrom(agent, *error);
  // 19. Let proto be ? GetPrototypeFromConstructor(newTarget, fallbackProto).
  heap::Handle<Object> proto(agent.heap(), TRY(GetPrototypeFromConstructor(agent, rooted_new_target, fallback_proto)));
  // 20.-26. F = OrdinaryFunctionCreate(proto, sourceText, parameters, body, non-lexical-this, realm.[[GlobalEnv]], null).
  Value function_value = TRY(vm->RunScript(std::get<CompiledScript>(compiled)));
  heap::Handle<ECMAScriptFunctionObject> f(agent.heap(),
                                           static_cast<ECMAScriptFunctionObject*>(function_value.AsObject()));
  MUST(f->SetPrototypeOf(agent, proto));
  //     [[SourceText]] is sourceString.
  auto* code = f->code();
  code->source_text = std::make_shared<const std::u16string>(source_string);
  code->source_start = 0;
  code->source_end = static_cast<uint32_t>(source_string.size());
  // 27. Perform SetFunctionName(F, "anonymous").
  MUST(interpreter::DefinePropertyOrThrow(agent, f, agent.Key(u"name"),
                                     interpreter::PropertyDescriptor::Data(agent.InternedString(u"anonymous"), false,
                                                                           false, true)));
  // 28.-31. A generator gets its "prototype" (made by the VM); a normal function is a constructor (MakeConstructor).
  // 32. Return F.
  return Value::FromObject(f);
}

namespace {

// 20.2.1.1 Function ( ...parameterArgs, bodyArg )
// https://tc39.es/ecma262/#sec-function-p1-p2-pn-body
ThrowCompletionOr<Value> FunctionConstructor(Agent& agent, Value, std::span<const Value> arguments, Object* new_target) {
  // 1. Let C be the active function object.
  Object* c = agent.current_realm()->intrinsic(Intrinsic::kFunction);
  // 2. If bodyArg is not present, set bodyArg to the empty String.
  Value body_arg = arguments.empty() ? agent.InternedString(u"") : arguments.back();
  std::span<const Value> parameter_args = arguments.empty() ? arguments : arguments.first(arguments.size() - 1);
  // 3. Return ? CreateDynamicFunction(C, NewTarget, normal, parameterArgs, bodyArg).
  return CreateDynamicFunction(agent, c, new_target, DynamicFunctionKind::kNormal, parameter_args, body_arg);
}

// 27.6.1.1 GeneratorFunction ( ...parameterArgs, bodyArg )
// https://tc39.es/ecma262/#sec-generatorfunction
ThrowCompletionOr<Value> GeneratorFunctionConstructor(Agent& agent, Value, std::span<const Value> arguments,
                                                      Object* new_target) {
  // 1. Let C be the active function object.
  Object* c = agent.current_realm()->intrinsic(Intrinsic::kGeneratorFunction);
  // 2. If bodyArg is not present, set bodyArg to the empty String.
  Value body_arg = arguments.empty() ? agent.InternedString(u"") : arguments.back();
  std::span<const Value> parameter_args = arguments.empty() ? arguments : arguments.first(arguments.size() - 1);
  // 3. Return ? CreateDynamicFunction(C, NewTarget, generator, parameterArgs, bodyArg).
  return CreateDynamicFunction(agent, c, new_target, DynamicFunctionKind::kGenerator, parameter_args, body_arg);
}

// 27.10.1.1 AsyncFunction ( ...parameterArgs, bodyArg )
// https://tc39.es/ecma262/#sec-async-function-constructor-arguments
ThrowCompletionOr<Value> AsyncFunctionConstructor(Agent& agent, Value, std::span<const Value> arguments,
                                                  Object* new_target) {
  // 1. Let C be the active function object.
  Object* c = agent.current_realm()->intrinsic(Intrinsic::kAsyncFunction);
  // 2. If bodyArg is not present, set bodyArg to the empty String.
  Value body_arg = arguments.empty() ? agent.InternedString(u"") : arguments.back();
  std::span<const Value> parameter_args = arguments.empty() ? arguments : arguments.first(arguments.size() - 1);
  // 3. Return ? CreateDynamicFunction(C, NewTarget, async, parameterArgs, bodyArg).
  return CreateDynamicFunction(agent, c, new_target, DynamicFunctionKind::kAsync, parameter_args, body_arg);
}

// 27.7.1.1 AsyncGeneratorFunction ( ...parameterArgs, bodyArg )
// https://tc39.es/ecma262/#sec-asyncgeneratorfunction
ThrowCompletionOr<Value> AsyncGeneratorFunctionConstructor(Agent& agent, Value, std::span<const Value> arguments,
                                                           Object* new_target) {
  // 1. Let C be the active function object.
  Object* c = agent.current_realm()->intrinsic(Intrinsic::kAsyncGeneratorFunction);
  // 2. If bodyArg is not present, set bodyArg to the empty String.
  Value body_arg = arguments.empty() ? agent.InternedString(u"") : arguments.back();
  std::span<const Value> parameter_args = arguments.empty() ? arguments : arguments.first(arguments.size() - 1);
  // 3. Return ? CreateDynamicFunction(C, NewTarget, async-generator, parameterArgs, bodyArg).
  return CreateDynamicFunction(agent, c, new_target, DynamicFunctionKind::kAsyncGenerator, parameter_args, body_arg);
}

// 19.2.1 eval ( x ), as an indirect call (19.2.1.1 PerformEval with direct false).
// https://tc39.es/ecma262/#sec-eval-x
ThrowCompletionOr<Value> Eval(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value x = Argument(arguments, 0);
  // PerformEval 1.-2. If x is not a String, return x.
  if (!x.IsString()) return x;
  // 3.-11. Parse x as a Script (a SyntaxError on failure) and evaluate it in the realm's global environment.
  //     (The same path as a direct eval from global code that is not strict: its own lexical environment,
  //     deletable global vars and functions.)
  return agent.vm()->PerformIndirectEval(x);
}

}  // namespace

void CreateDynamicFunctionIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 20.2.2 Properties of the Function Constructor: [[Prototype]] %Function.prototype%, "length" 1,
  // "prototype" %Function.prototype%.
  CreateBuiltinConstructor(agent, realm, Intrinsic::kFunction, u"Function", 1, FunctionConstructor,
                           realm->intrinsic(Intrinsic::kFunctionPrototype));
  // 27.6.2 Properties of the GeneratorFunction Constructor: [[Prototype]] %Function%; "prototype" is
  // %GeneratorFunction.prototype% (not writable, not configurable); the prototype's "constructor" is
  // configurable but not writable.
  if (realm->intrinsic(Intrinsic::kGeneratorFunctionPrototype) != nullptr) {
    NativeFunction* generator_function = CreateBuiltinConstructor(
        agent, realm, Intrinsic::kGeneratorFunction, u"GeneratorFunction", 1, GeneratorFunctionConstructor, nullptr,
        realm->intrinsic(Intrinsic::kFunction));
    heap::Handle<NativeFunction> rooted(agent.heap(), generator_function);
    DefineBuiltinData(agent, rooted, u"prototype",
                      Value::FromObject(realm->intrinsic(Intrinsic::kGeneratorFunctionPrototype)), false, false, false);
    DefineBuiltinData(agent, realm->intrinsic(Intrinsic::kGeneratorFunctionPrototype), u"constructor",
                      Value::FromObject(rooted), false, false, true);
  }
  // 27.10.3 Properties of the AsyncFunction Prototype Object: [[Prototype]] %Function.prototype%.
  heap::Handle<Object> async_function_prototype(
      agent.heap(), interpreter::OrdinaryObjectCreate(agent, realm->intrinsic(Intrinsic::kFunctionPrototype)));
  realm->set_intrinsic(Intrinsic::kAsyncFunctionPrototype, async_function_prototype);
  // 27.10.3.2 AsyncFunction.prototype [ %Symbol.toStringTag% ]: "AsyncFunction", configurable only.
  DefineBuiltinData(agent, async_function_prototype,
                    PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag)),
                    agent.InternedString(u"AsyncFunction"), false, false, true);
  // 27.10.2 Properties of the AsyncFunction Constructor: [[Prototype]] %Function%, "length" 1; 27.10.2.1
  // AsyncFunction.prototype { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false }; 27.10.3.1
  // AsyncFunction.prototype.constructor { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: true }.
  {
    heap::Handle<NativeFunction> async_function(
        agent.heap(), CreateBuiltinConstructor(agent, realm, Intrinsic::kAsyncFunction, u"AsyncFunction", 1,
                                               AsyncFunctionConstructor, nullptr, realm->intrinsic(Intrinsic::kFunction)));
    DefineBuiltinData(agent, async_function, u"prototype", Value::FromObject(async_function_prototype), false, false,
                      false);
    DefineBuiltinData(agent, async_function_prototype, u"constructor", Value::FromObject(async_function), false, false,
                      true);
  }
  // 27.7.2 Properties of the AsyncGeneratorFunction Constructor: [[Prototype]] %Function%, "length" 1;
  // 27.7.2.1 AsyncGeneratorFunction.prototype { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]:
  // false }; 27.7.3.1 AsyncGeneratorFunction.prototype.constructor { [[Writable]]: false, [[Configurable]]: true }.
  if (realm->intrinsic(Intrinsic::kAsyncGeneratorFunctionPrototype) != nullptr) {
    heap::Handle<NativeFunction> async_generator_function(
        agent.heap(), CreateBuiltinConstructor(agent, realm, Intrinsic::kAsyncGeneratorFunction,
                                               u"AsyncGeneratorFunction", 1, AsyncGeneratorFunctionConstructor,
                                               nullptr, realm->intrinsic(Intrinsic::kFunction)));
    DefineBuiltinData(agent, async_generator_function, u"prototype",
                      Value::FromObject(realm->intrinsic(Intrinsic::kAsyncGeneratorFunctionPrototype)), false, false,
                      false);
    DefineBuiltinData(agent, realm->intrinsic(Intrinsic::kAsyncGeneratorFunctionPrototype), u"constructor",
                      Value::FromObject(async_generator_function), false, false, true);
  }
  // 19.2.1 eval ( x ): "length" 1.
  NativeFunction* eval = CreateBuiltinFunction(agent, Eval, 1, agent.Key(u"eval"), realm);
  realm->set_intrinsic(Intrinsic::kEval, eval);
}

}  // namespace async_runtime::builtins
