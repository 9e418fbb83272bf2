#include "runtime/builtins/symbol.h"

#include <string>

#include "runtime/interpreter/error_object.h"
#include "runtime/interpreter/primitive_wrapper.h"
#include "runtime/interpreter/vm/operations.h"

namespace async_runtime::builtins {

using interpreter::PrimitiveString;
using interpreter::RootedValue;
using interpreter::Symbol;
using interpreter::ThrowTypeError;

namespace {

// 20.4.1.1 Symbol ( [ description ] )
// https://tc39.es/ecma262/#sec-symbol-description
ThrowCompletionOr<Value> SymbolConstructor(Agent& agent, Value, std::span<const Value> arguments, Object* new_target) {
  Value description = Argument(arguments, 0);
  // 1. If NewTarget is not undefined, throw a TypeError exception.
  if (new_target != nullptr) return ThrowTypeError(agent, u"Symbol is not a constructor");
  // 2. If description is undefined, let descString be undefined.
  PrimitiveString* desc_string = nullptr;
  // 3. Else, let descString be ? ToString(description).
  if (!description.IsUndefined()) desc_string = TRY(interpreter::vm::ToString(agent, description)).AsString();
  // 4. Return a new Symbol whose [[Description]] is descString.
  RootedValue rooted_description(agent.heap(),
                                 desc_string ? Value::FromString(desc_string) : Value::Undefined());
  return Value::FromSymbol(agent.Allocate<Symbol>(desc_string));
}

// 20.4.2.4 Symbol.for ( key )
// https://tc39.es/ecma262/#sec-symbol.for
ThrowCompletionOr<Value> SymbolFor(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  // 1. Let stringKey be ? ToString(key).
  RootedValue string_key(agent.heap(), TRY(interpreter::vm::ToString(agent, Argument(arguments, 0))));
  std::u16string key(string_key->AsString()->code_units());
  // 2. For each element e of the GlobalSymbolRegistry List, do
  //    a. If e.[[Key]] is stringKey, return e.[[Symbol]].
  auto& registry = agent.global_symbol_registry();
  if (auto found = registry.find(key); found != registry.end()) return Value::FromSymbol(found->second);
  // 3. Assert: The GlobalSymbolRegistry List does not currently contain an entry for stringKey.
  // 4. Let newSymbol be a new Symbol whose [[Description]] is stringKey.
  Symbol* new_symbol = agent.Allocate<Symbol>(string_key->AsString());
  // 5. Append the GlobalSymbolRegistry Record { [[Key]]: stringKey, [[Symbol]]: newSymbol } to the
  //    GlobalSymbolRegistry List.
  registry.emplace(std::move(key), new_symbol);
  // 6. Return newSymbol.
  return Value::FromSymbol(new_symbol);
}

// 20.4.5.2 KeyForSymbol ( symbol )
// https://tc39.es/ecma262/#sec-keyforsymbol
Value KeyForSymbol(Agent& agent, Symbol* symbol) {
  // 1. For each element e of the GlobalSymbolRegistry List, do
  //    a. If SameValue(e.[[Symbol]], symbol) is true, return e.[[Key]].
  //    (A registered symbol's [[Description]] is its [[Key]], so one look-up by description finds it.)
  if (symbol->description() != nullptr) {
    auto& registry = agent.global_symbol_registry();
    auto found = registry.find(std::u16string(symbol->description()->code_units()));
    if (found != registry.end() && found->second == symbol) return Value::FromString(symbol->description());
  }
  // 2. Assert: The GlobalSymbolRegistry List does not currently contain an entry for symbol.
  // 3. Return undefined.
  return Value::Undefined();
}

// 20.4.2.8 Symbol.keyFor ( symbol )
// https://tc39.es/ecma262/#sec-symbol.keyfor
ThrowCompletionOr<Value> SymbolKeyFor(Agent& agent, Value, std::span<const Value> arguments, Object*) {
  Value sym = Argument(arguments, 0);
  // 1. If sym is not a Symbol, throw a TypeError exception.
  if (!sym.IsSymbol()) return ThrowTypeError(agent, u"Symbol.keyFor requires a Symbol");
  // 2. Return KeyForSymbol(sym).
  return KeyForSymbol(agent, sym.AsSymbol());
}

// 20.4.3.4.1 ThisSymbolValue ( arg )
// https://tc39.es/ecma262/#sec-thissymbolvalue
ThrowCompletionOr<Symbol*> ThisSymbolValue(Agent& agent, Value arg) {
  // 1. If arg is a Symbol, return arg.
  if (arg.IsSymbol()) return arg.AsSymbol();
  // 2. If arg is an Object and arg has a [[SymbolData]] internal slot, then
  //    a. Let s be arg.[[SymbolData]]. b. Assert: s is a Symbol. c. Return s.
  if (auto s = interpreter::WrappedPrimitive(arg, &Value::IsSymbol)) return s->AsSymbol();
  // 3. Throw a TypeError exception.
  return ThrowTypeError(agent, u"Symbol.prototype method called on a value that is not a Symbol");
}

// 20.4.3.2 get Symbol.prototype.description
// https://tc39.es/ecma262/#sec-symbol.prototype.description
ThrowCompletionOr<Value> SymbolPrototypeDescription(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let s be the this value.
  // 2. Let sym be ? ThisSymbolValue(s).
  Symbol* sym = TRY(ThisSymbolValue(agent, this_value));
  // 3. Return sym.[[Description]].
  return sym->description() ? Value::FromString(sym->description()) : Value::Undefined();
}

// 20.4.3.3 Symbol.prototype.toString ( )
// https://tc39.es/ecma262/#sec-symbol.prototype.tostring
ThrowCompletionOr<Value> SymbolPrototypeToString(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Let sym be ? ThisSymbolValue(this value).
  Symbol* sym = TRY(ThisSymbolValue(agent, this_value));
  // 2. Return SymbolDescriptiveString(sym).
  return SymbolDescriptiveString(agent, sym);
}

// 20.4.3.4 Symbol.prototype.valueOf ( )
// https://tc39.es/ecma262/#sec-symbol.prototype.valueof
ThrowCompletionOr<Value> SymbolPrototypeValueOf(Agent& agent, Value this_value, std::span<const Value>, Object*) {
  // 1. Return ? ThisSymbolValue(this value).
  return Value::FromSymbol(TRY(ThisSymbolValue(agent, this_value)));
}

// 20.4.3.5 Symbol.prototype [ %Symbol.toPrimitive% ] ( hint )
// https://tc39.es/ecma262/#sec-symbol.prototype-%symbol.toprimitive%
ThrowCompletionOr<Value> SymbolPrototypeToPrimitive(Agent& agent, Value this_value, std::span<const Value>,
                                                    Object*) {
  // 1. Return ? ThisSymbolValue(this value).
  return Value::FromSymbol(TRY(ThisSymbolValue(agent, this_value)));
}

}  // namespace

Value SymbolDescriptiveString(Agent& agent, Symbol* symbol) {
  // 1. Let desc be symbol's [[Description]] value.
  // 2. If desc is undefined, set desc to the empty String.
  // 3. Assert: desc is a String.
  std::u16string desc(symbol->description() ? symbol->description()->code_units() : std::u16string_view());
  // 4. Return the string-concatenation of "Symbol(", desc, and ")".
  return interpreter::vm::MakeString(agent, u"Symbol(" + desc + u")");
}

void CreateSymbolIntrinsics(Agent& agent, Realm* realm_record) {
  heap::Handle<Realm> realm(agent.heap(), realm_record);
  // 20.4.3: %Symbol.prototype% is an ordinary object (not a Symbol instance) whose [[Prototype]] is
  // %Object.prototype%.
  heap::Handle<Object> prototype(agent.heap(), interpreter::OrdinaryObjectCreate<Object>(
                                                   agent, realm->intrinsic(Intrinsic::kObjectPrototype)));
  realm->set_intrinsic(Intrinsic::kSymbolPrototype, prototype);
  // 20.4.2: %Symbol% has a "length" property whose value is +0𝔽. It is a constructor whose [[Construct]] throws
  // (step 1 of Symbol ( [ description ] )).
  heap::Handle<Object> symbol(agent.heap(), CreateBuiltinConstructor(agent, realm, Intrinsic::kSymbol, u"Symbol",
                                                                     0, SymbolConstructor, prototype));
  // 20.4.2.1-20.4.2.18: the well-known symbols, { [[Writable]]: false, [[Enumerable]]: false,
  // [[Configurable]]: false }.
  struct WellKnown {
    const char16_t* name;
    WellKnownSymbol symbol;
  };
  static constexpr WellKnown kWellKnown[] = {
#define ASYNC_RUNTIME_WELL_KNOWN(enumerator, name) {u"" #name, WellKnownSymbol::enumerator},
      ASYNC_RUNTIME_WELL_KNOWN_SYMBOLS(ASYNC_RUNTIME_WELL_KNOWN)
#undef ASYNC_RUNTIME_WELL_KNOWN
  };
  for (const WellKnown& well_known : kWellKnown) {
    DefineBuiltinConstant(agent, symbol, well_known.name, Value::FromSymbol(agent.well_known_symbol(well_known.symbol)));
  }
  DefineBuiltinMethod(agent, realm, symbol, u"for", 1, SymbolFor);
  DefineBuiltinMethod(agent, realm, symbol, u"keyFor", 1, SymbolKeyFor);

  DefineBuiltinAccessor(agent, realm, prototype, agent.Key(u"description"), SymbolPrototypeDescription);
  DefineBuiltinMethod(agent, realm, prototype, u"toString", 0, SymbolPrototypeToString);
  DefineBuiltinMethod(agent, realm, prototype, u"valueOf", 0, SymbolPrototypeValueOf);
  // 20.4.3.5: "The value of the "name" property of this method is "[Symbol.toPrimitive]"." and it has the
  // attributes { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: true }.
  PropertyKey to_primitive = PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToPrimitive));
  NativeFunction* to_primitive_function =
      CreateBuiltinFunction(agent, SymbolPrototypeToPrimitive, 1, to_primitive, realm);
  DefineBuiltinData(agent, prototype, to_primitive, Value::FromObject(to_primitive_function), false, false, true);
  // 20.4.3.6 Symbol.prototype [ %Symbol.toStringTag% ]: "Symbol", { [[Writable]]: false, [[Enumerable]]: false,
  // [[Configurable]]: true }.
  DefineBuiltinData(agent, prototype, PropertyKey::FromSymbol(agent.well_known_symbol(WellKnownSymbol::kToStringTag)),
                    agent.InternedString(u"Symbol"), false, false, true);
}

}  // namespace async_runtime::builtins
