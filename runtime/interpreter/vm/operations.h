// Type conversion (7.1) and comparison (7.2) abstract operations, and the
// operator semantics (13.x) the interpreter needs. The object-model package
// has none of these yet, so they live here for now (see README.md); they
// should move to runtime/interpreter/ once the builtins need them.
// The BigInt operations are in bigint_operations.h.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "runtime/interpreter/agent.h"
#include "runtime/interpreter/completion.h"
#include "runtime/interpreter/property_descriptor.h"
#include "runtime/interpreter/property_key.h"
#include "runtime/interpreter/realm.h"
#include "runtime/interpreter/value.h"

namespace async_runtime::interpreter::vm {

enum class PreferredType { kNone, kString, kNumber };

// 7.1.1 ToPrimitive ( input [ , preferredType ] )
// https://tc39.es/ecma262/#sec-toprimitive
ThrowCompletionOr<Value> ToPrimitive(Agent& agent, Value input, PreferredType preferred_type = PreferredType::kNone);

// 7.1.1.1 OrdinaryToPrimitive ( obj, hint )
// https://tc39.es/ecma262/#sec-ordinarytoprimitive
ThrowCompletionOr<Value> OrdinaryToPrimitive(Agent& agent, Object* obj, PreferredType hint);

// 7.1.2 ToBoolean ( arg )
// https://tc39.es/ecma262/#sec-toboolean
bool ToBoolean(Value argument);

// 7.1.3 ToNumeric ( arg )
// https://tc39.es/ecma262/#sec-tonumeric
ThrowCompletionOr<Value> ToNumeric(Agent& agent, Value argument);

// 7.1.4 ToNumber ( arg )
// https://tc39.es/ecma262/#sec-tonumber
ThrowCompletionOr<double> ToNumber(Agent& agent, Value argument);

// 7.1.8 ToInt32 ( arg ), on a Number already converted.
// https://tc39.es/ecma262/#sec-toint32
int32_t ToInt32(double number);

// 7.1.9 ToUint32 ( arg ), on a Number already converted.
// https://tc39.es/ecma262/#sec-touint32
uint32_t ToUint32(double number);

// 7.1.19 ToString ( arg ): a String value.
// https://tc39.es/ecma262/#sec-tostring
ThrowCompletionOr<Value> ToString(Agent& agent, Value argument);

// 7.1.20 ToObject ( arg )
// https://tc39.es/ecma262/#sec-toobject
// Partial: wrapper objects (Boolean, Number, String, Symbol) need their
// prototypes, which the realm does not have yet; primitives other than
// undefined and null throw a TypeError saying so.
ThrowCompletionOr<Object*> ToObject(Agent& agent, Value argument);

// 7.1.21 ToPropertyKey ( arg )
// https://tc39.es/ecma262/#sec-topropertykey
ThrowCompletionOr<PropertyKey> ToPropertyKey(Agent& agent, Value argument);

// 7.3.3 GetV ( value, propertyKey )
// https://tc39.es/ecma262/#sec-getv
// Until wrapper prototypes exist, a primitive String answers "length" and
// its indices itself; other primitives look the key up on %Object.prototype%.
ThrowCompletionOr<Value> GetV(Agent& agent, Realm* realm, Value value, const PropertyKey& property_key);

// 7.3.10 GetMethod ( value, propertyKey ), for object values.
// https://tc39.es/ecma262/#sec-getmethod
ThrowCompletionOr<Value> GetMethod(Agent& agent, Object* value, const PropertyKey& property_key);

// 7.3.21 OrdinaryHasInstance ( ctor, instance )
// https://tc39.es/ecma262/#sec-ordinaryhasinstance
ThrowCompletionOr<bool> OrdinaryHasInstance(Agent& agent, Value ctor, Value instance);

// 7.2.12 IsLessThan ( x, y, leftFirst ): true, false, or undefined (nullopt).
// https://tc39.es/ecma262/#sec-islessthan
ThrowCompletionOr<std::optional<bool>> IsLessThan(Agent& agent, Value x, Value y, bool left_first);

// 7.2.13 IsLooselyEqual ( x, y )
// https://tc39.es/ecma262/#sec-islooselyequal
ThrowCompletionOr<bool> IsLooselyEqual(Agent& agent, Value x, Value y);

enum class BinaryOp { kExponent, kMultiply, kDivide, kRemainder, kAdd, kSubtract, kShiftLeft, kShiftRight,
                      kUnsignedShiftRight, kBitwiseAnd, kBitwiseXor, kBitwiseOr };

// 13.15.3 ApplyStringOrNumericBinaryOperator ( leftValue, opText, rightValue )
// https://tc39.es/ecma262/#sec-applystringornumericbinaryoperator
ThrowCompletionOr<Value> ApplyStringOrNumericBinaryOperator(Agent& agent, Value left_value, BinaryOp op,
                                                            Value right_value);

// 13.10.2 InstanceofOperator ( value, target )
// https://tc39.es/ecma262/#sec-instanceofoperator
ThrowCompletionOr<bool> InstanceofOperator(Agent& agent, Value value, Value target);

// 13.5.3.1 Runtime Semantics: Evaluation (the typeof result table, step 4 onwards)
// https://tc39.es/ecma262/#sec-typeof-operator-runtime-semantics-evaluation
Value TypeOf(Agent& agent, Value value);

// A new String value with these code units.
Value MakeString(Agent& agent, std::u16string code_units);

// 7.2.2 IsArray ( argument )
// https://tc39.es/ecma262/#sec-isarray
ThrowCompletionOr<bool> IsArray(Agent& agent, Value argument);

// 7.1.5 ToIntegerOrInfinity ( argument )
// https://tc39.es/ecma262/#sec-tointegerorinfinity
ThrowCompletionOr<double> ToIntegerOrInfinity(Agent& agent, Value argument);

// 7.1.22 ToLength ( argument )
// https://tc39.es/ecma262/#sec-tolength
ThrowCompletionOr<double> ToLength(Agent& agent, Value argument);

// 7.1.24 ToIndex ( value )
// https://tc39.es/ecma262/#sec-toindex
ThrowCompletionOr<double> ToIndex(Agent& agent, Value value);

// 7.3.18 LengthOfArrayLike ( obj )
// https://tc39.es/ecma262/#sec-lengthofarraylike
ThrowCompletionOr<double> LengthOfArrayLike(Agent& agent, Object* obj);

// 7.3.19 CreateListFromArrayLike ( obj [ , validElementTypes ] )
// https://tc39.es/ecma262/#sec-createlistfromarraylike
// The list is rooted by the caller (RootedValues) when it outlives an allocation.
ThrowCompletionOr<std::vector<Value>> CreateListFromArrayLike(Agent& agent, Value obj,
                                                              bool property_keys_only = false);

// 7.3.14 Construct ( F [ , argumentsList [ , newTarget ] ] )
// https://tc39.es/ecma262/#sec-construct
ThrowCompletionOr<Object*> Construct(Agent& agent, Object* f, std::span<const Value> arguments_list = {},
                                     Object* new_target = nullptr);

// 7.3.20 Invoke ( V, P [ , argumentsList ] )
// https://tc39.es/ecma262/#sec-invoke
ThrowCompletionOr<Value> Invoke(Agent& agent, Value v, const PropertyKey& p, std::span<const Value> arguments_list = {});

// 7.3.22 SpeciesConstructor ( O, defaultConstructor )
// https://tc39.es/ecma262/#sec-speciesconstructor
ThrowCompletionOr<Object*> SpeciesConstructor(Agent& agent, Object* o, Object* default_constructor);

// 7.3.25 CopyDataProperties ( target, source, excludedItems )
// https://tc39.es/ecma262/#sec-copydataproperties
ThrowCompletionOr<void> CopyDataProperties(Agent& agent, Object* target, Value source,
                                           const std::vector<PropertyKey>& excluded_items);

// 6.2.6.4 FromPropertyDescriptor ( Desc )
// https://tc39.es/ecma262/#sec-frompropertydescriptor
Value FromPropertyDescriptor(Agent& agent, const std::optional<PropertyDescriptor>& desc);

// 6.2.6.5 ToPropertyDescriptor ( Obj )
// https://tc39.es/ecma262/#sec-topropertydescriptor
ThrowCompletionOr<PropertyDescriptor> ToPropertyDescriptor(Agent& agent, Value obj);

}  // namespace async_runtime::interpreter::vm
