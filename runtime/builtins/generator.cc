#include "runtime/builtins/generator.h"

#include "runtime/interpreter/vm/vm.h"

namespace async_runtime::builtins {

using interpreter::vm::ResumeMode;

namespace {

// 27.8.1.2 %GeneratorPrototype%.next ( value )
// https://tc39.es/ecma262/#sec-generator.prototype.next
ThrowCompletionOr<Value> GeneratorPrototypeNext(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                Object*) {
  // 1. Return ? GeneratorResume(this value, value, empty).
  return agent.vm()->ResumeGenerator(this_value, ResumeMode::kNext, Argument(arguments, 0));
}

// 27.8.1.3 %GeneratorPrototype%.return ( value )
// https://tc39.es/ecma262/#sec-generator.prototype.return
ThrowCompletionOr<Value> GeneratorPrototypeReturn(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                  Object*) {
  // 1. Let g be the this value.
  // 2. Let C be ReturnCompletion(value).
  // 3. Return ? GeneratorResumeAbrupt(g, C, empty).
  return agent.vm()->ResumeGenerator(this_value, ResumeMode::kReturn, Argument(arguments, 0));
}

// 27.8.1.4 %GeneratorPrototype%.throw ( exception )
// https://tc39.es/ecma262/#sec-generator.prototype.throw
ThrowCompletionOr<Value> GeneratorPrototypeThrow(Agent& agent, Value this_value, std::span<const Value> arguments,
                                                 Object*) {
  // 1. Let g be the this value.
  // 2. Let C be ThrowCompletion(exception).
  // 3. Return ? GeneratorResumeAbrupt(g, C, empty).
  return agent.vm()->ResumeGenerator(this_value, ResumeMode::kThrow, Argument(arguments, 0));
}

// 27.1.3.3.14 Iterator.prototype [ %Symbol.iterator% ] ( )
// https://tc39.es/ecma262/#sec-iterator.prototype-%symbol.iterator%
ThrowCompletionOr<Value> IteratorPrototypeIterator(Agent&, Value this_value, std::span<const Value>, Object*) {
  // 1. Return the this value.
  return this_value;
}

}  // namespace

Object* EnsureIteratorPrototype(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  if (Object* existing = realm->intrinsic(Intrinsic::kIteratorPrototype)) return existing;
  realm->set_intrinsic(Intrinsic::kIteratorPrototype,
                       interpreter::OrdinaryObjectCreate(agent, realm->intrinsic(Intrinsic::kObjectPrototype)));
  DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kIteratorPrototype), WellKnownSymbol::kIterator, 0,
                      IteratorPrototypeIterator);
  return realm->intrinsic(Intrinsic::kIteratorPrototype);
}

void CreateGeneratorIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  EnsureIteratorPrototype(agent, realm);
  PropertyKey to_string_tag = PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag));
  // 27.6.3 Properties of the GeneratorFunction Prototype Object: an ordinary object whose [[Prototype]] is
  // %Function.prototype%.
  realm->set_intrinsic(Intrinsic::kGeneratorFunctionPrototype,
                       interpreter::OrdinaryObjectCreate(agent, realm->intrinsic(Intrinsic::kFunctionPrototype)));
  // 27.8.1 The %GeneratorPrototype% Object: [[Prototype]] %Iterator.prototype%.
  realm->set_intrinsic(Intrinsic::kGeneratorPrototype,
                       interpreter::OrdinaryObjectCreate(agent, realm->intrinsic(Intrinsic::kIteratorPrototype)));
  Object* generator_function_prototype = realm->intrinsic(Intrinsic::kGeneratorFunctionPrototype);
  Object* generator_prototype = realm->intrinsic(Intrinsic::kGeneratorPrototype);
  // 27.6.3.2 GeneratorFunction.prototype.prototype: %GeneratorPrototype%, { [[Writable]]: false,
  // [[Enumerable]]: false, [[Configurable]]: true }.
  DefineBuiltinData(agent, generator_function_prototype, u"prototype", Value::FromObject(generator_prototype), false,
                    false, true);
  // 27.6.3.3 GeneratorFunction.prototype [ %Symbol.toStringTag% ]: "GeneratorFunction", configurable only.
  DefineBuiltinData(agent, generator_function_prototype, to_string_tag, agent.InternedString(u"GeneratorFunction"),
                    false, false, true);
  // 27.8.1.1 %GeneratorPrototype%.constructor: %GeneratorFunction.prototype%, configurable only.
  DefineBuiltinData(agent, generator_prototype, u"constructor", Value::FromObject(generator_function_prototype), false,
                    false, true);
  DefineBuiltinMethod(agent, realm, generator_prototype, u"next", 1, GeneratorPrototypeNext);
  DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kGeneratorPrototype), u"return", 1,
                      GeneratorPrototypeReturn);
  DefineBuiltinMethod(agent, realm, realm->intrinsic(Intrinsic::kGeneratorPrototype), u"throw", 1,
                      GeneratorPrototypeThrow);
  // 27.8.1.5 %GeneratorPrototype% [ %Symbol.toStringTag% ]: "Generator", configurable only.
  DefineBuiltinData(agent, realm->intrinsic(Intrinsic::kGeneratorPrototype), to_string_tag,
                    agent.InternedString(u"Generator"), false, false, true);
}

}  // namespace async_runtime::builtins
