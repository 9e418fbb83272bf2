#include "runtime/interpreter/primitive_wrapper.h"

#include "runtime/interpreter/object_operations.h"
#include "runtime/interpreter/primitive_string.h"

namespace async_runtime::interpreter {

// 10.4.3.1 [[GetOwnProperty]] ( P )
// https://tc39.es/ecma262/#sec-string-exotic-objects-getownproperty-p
ThrowCompletionOr<std::optional<PropertyDescriptor>> StringExoticObject::GetOwnProperty(Agent& agent,
                                                                                       const PropertyKey& key) {
  // 1. Let desc be OrdinaryGetOwnProperty(S, P).
  std::optional<PropertyDescriptor> desc = OrdinaryGetOwnProperty(this, key);
  // 2. If desc is not undefined, return desc.
  if (desc) return desc;
  // 3. Return StringGetOwnProperty(S, P).
  return StringGetOwnProperty(agent, this, key);
}

// 10.4.3.2 [[DefineOwnProperty]] ( P, Desc )
// https://tc39.es/ecma262/#sec-string-exotic-objects-defineownproperty-p-desc
ThrowCompletionOr<bool> StringExoticObject::DefineOwnProperty(Agent& agent, const PropertyKey& key,
                                                              const PropertyDescriptor& desc) {
  // 1. Let stringDesc be StringGetOwnProperty(S, P).
  std::optional<PropertyDescriptor> string_desc = StringGetOwnProperty(agent, this, key);
  // 2. If stringDesc is not undefined, then
  if (string_desc) {
    // a. Let extensible be S.[[Extensible]].
    // b. Return IsCompatiblePropertyDescriptor(extensible, Desc, stringDesc).
    return IsCompatiblePropertyDescriptor(agent, extensible(), desc, string_desc);
  }
  // 3. Return ! OrdinaryDefineOwnProperty(S, P, Desc).
  return OrdinaryDefineOwnProperty(agent, this, key, desc);
}

// 10.4.3.3 [[OwnPropertyKeys]] ( )
// https://tc39.es/ecma262/#sec-string-exotic-objects-ownpropertykeys
ThrowCompletionOr<std::vector<PropertyKey>> StringExoticObject::OwnPropertyKeys(Agent&) {
  // 1. Let keys be a new empty List.
  std::vector<PropertyKey> keys;
  // 2. Let str be O.[[StringData]]. 3. Assert: str is a String. 4. Let len be the length of str.
  size_t len = primitive().AsString()->length();
  // 5. For each integer i such that 0 ≤ i < len, in ascending order, append ! ToString(𝔽(i)) to keys.
  for (size_t i = 0; i < len; ++i) keys.push_back(PropertyKey::ArrayIndex(static_cast<uint32_t>(i)));
  // 6. For each own property key P of O such that P is an array index and ! ToIntegerOrInfinity(P) ≥ len,
  //    in ascending numeric index order, append P to keys.
  // 7. For each own property key P of O such that P is a String and P is not an array index, in ascending
  //    chronological order of property creation, append P to keys.
  // 8. For each own property key P of O such that P is a Symbol, in ascending chronological order of
  //    property creation, append P to keys.
  //    (OrdinaryOwnPropertyKeys gives exactly that order; no own index below len can exist.)
  for (const PropertyKey& key : OrdinaryOwnPropertyKeys(this)) keys.push_back(key);
  // 9. Return keys.
  return keys;
}

// 10.4.3.4 StringCreate ( value, prototype )
// https://tc39.es/ecma262/#sec-stringcreate
StringExoticObject* StringCreate(Agent& agent, Value value, Object* prototype) {
  RootedValue rooted_value(agent.heap(), value);
  // 1. Let S be MakeBasicObject(« [[Prototype]], [[Extensible]], [[StringData]] »).
  // 2. Set S.[[Prototype]] to prototype.
  // 3. Set S.[[StringData]] to value.
  // 4.-6. Set S's essential internal methods to those of 10.4.3.
  heap::Handle<StringExoticObject> s(agent.heap(),
                                     OrdinaryObjectCreate<StringExoticObject>(agent, prototype, rooted_value.get()));
  // 7. Let length be the length of value.
  double length = static_cast<double>(rooted_value->AsString()->length());
  // 8. Perform ! DefinePropertyOrThrow(S, "length", PropertyDescriptor { [[Value]]: 𝔽(length),
  //    [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false }).
  MUST(DefinePropertyOrThrow(agent, s, agent.Key(u"length"),
                             PropertyDescriptor::Data(Value::Number(length), false, false, false)));
  // 9. Return S.
  return s.get();
}

// 10.4.3.5 StringGetOwnProperty ( S, P )
// https://tc39.es/ecma262/#sec-stringgetownproperty
std::optional<PropertyDescriptor> StringGetOwnProperty(Agent& agent, StringExoticObject* s, const PropertyKey& p) {
  // 1. If P is not a String, return undefined.
  // 2. Let index be CanonicalNumericIndexString(P). 3. If index is undefined, return undefined.
  // 4. If IsIntegralNumber(index) is false, return undefined. 5. If index is -0𝔽 or index < -0𝔽, return undefined.
  //    (Keys are canonical: a String key that is a non-negative integer below 2^32 - 1 is an array index key; larger
  //    integers exceed every string's length.)
  if (!p.is_array_index()) return std::nullopt;
  // 6. Let str be S.[[StringData]]. 7. Assert: str is a String. 8. Let len be the length of str.
  PrimitiveString* str = s->primitive().AsString();
  // 9. If ℝ(index) ≥ len, return undefined.
  uint32_t index = p.array_index();
  if (index >= str->length()) return std::nullopt;
  // 10. Let resultStr be the substring of str from ℝ(index) to ℝ(index) + 1.
  Value result_str = Value::FromString(agent.strings().Intern(std::u16string(1, (*str)[index])));
  // 11. Return the PropertyDescriptor { [[Value]]: resultStr, [[Writable]]: false, [[Enumerable]]: true,
  //     [[Configurable]]: false }.
  return PropertyDescriptor::Data(result_str, false, true, false);
}

}  // namespace async_runtime::interpreter
