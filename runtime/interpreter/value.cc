#include "runtime/interpreter/value.h"

namespace async_runtime::interpreter {

Value::Type Value::type() const {
  assert(IsLanguageValue());
  if (IsNumber()) return Type::kNumber;
  switch (Tag()) {
    case kStringTag:
      return Type::kString;
    case kSymbolTag:
      return Type::kSymbol;
    case kBigIntTag:
      return Type::kBigInt;
    case kObjectTag:
      return Type::kObject;
    default:
      break;
  }
  if (IsUndefined()) return Type::kUndefined;
  if (IsNull()) return Type::kNull;
  return Type::kBoolean;
}

namespace Number {

// 6.1.6.1.13 Number::equal ( x, y )
// https://tc39.es/ecma262/#sec-numeric-types-number-equal
bool equal(double x, double y) {
  // 1. If x is NaN, return false.
  if (std::isnan(x)) return false;
  // 2. If y is NaN, return false.
  if (std::isnan(y)) return false;
  // 3. If x is y, return true.
  // 4. If x is +0𝔽 and y is -0𝔽, return true.
  // 5. If x is -0𝔽 and y is +0𝔽, return true.
  // (IEEE equality already treats +0 and -0 as equal.)
  if (x == y) return true;
  // 6. Return false.
  return false;
}

// 6.1.6.1.14 Number::sameValue ( x, y )
// https://tc39.es/ecma262/#sec-numeric-types-number-sameValue
bool sameValue(double x, double y) {
  // 1. If x is NaN and y is NaN, return true.
  if (std::isnan(x) && std::isnan(y)) return true;
  // 2. If x is +0𝔽 and y is -0𝔽, return false.
  // 3. If x is -0𝔽 and y is +0𝔽, return false.
  if (x == 0 && y == 0 && std::signbit(x) != std::signbit(y)) return false;
  // 4. If x is y, return true.
  if (x == y) return true;
  // 5. Return false.
  return false;
}

// 6.1.6.1.15 Number::sameValueZero ( x, y )
// https://tc39.es/ecma262/#sec-numeric-types-number-sameValueZero
bool sameValueZero(double x, double y) {
  // 1. If x is NaN and y is NaN, return true.
  if (std::isnan(x) && std::isnan(y)) return true;
  // 2. If x is +0𝔽 and y is -0𝔽, return true.
  // 3. If x is -0𝔽 and y is +0𝔽, return true.
  // 4. If x is y, return true.
  if (x == y) return true;
  // 5. Return false.
  return false;
}

}  // namespace Number

// 7.2.8 SameType ( x, y )
// https://tc39.es/ecma262/#sec-sametype
bool SameType(Value x, Value y) {
  // 1.-8. True when x and y are both undefined, both null, both Booleans,
  //       both Numbers, both BigInts, both Symbols, both Strings or both Objects.
  // 9. Return false.
  return x.type() == y.type();
}

// 7.2.9 SameValue ( x, y )
// https://tc39.es/ecma262/#sec-samevalue
bool SameValue(Value x, Value y) {
  // 1. If SameType(x, y) is false, return false.
  if (!SameType(x, y)) return false;
  // 2. If x is a Number, then
  if (x.IsNumber()) {
    // a. Return Number::sameValue(x, y).
    return Number::sameValue(x.AsNumber(), y.AsNumber());
  }
  // 3. Return SameValueNonNumber(x, y).
  return SameValueNonNumber(x, y);
}

// 7.2.10 SameValueZero ( x, y )
// https://tc39.es/ecma262/#sec-samevaluezero
bool SameValueZero(Value x, Value y) {
  // 1. If SameType(x, y) is false, return false.
  if (!SameType(x, y)) return false;
  // 2. If x is a Number, then
  if (x.IsNumber()) {
    // a. Return Number::sameValueZero(x, y).
    return Number::sameValueZero(x.AsNumber(), y.AsNumber());
  }
  // 3. Return SameValueNonNumber(x, y).
  return SameValueNonNumber(x, y);
}

// 7.2.11 SameValueNonNumber ( x, y )
// https://tc39.es/ecma262/#sec-samevaluenonnumber
bool SameValueNonNumber(Value x, Value y) {
  // 1. Assert: SameType(x, y) is true.
  assert(SameType(x, y) && !x.IsNumber());
  // 2. If x is either undefined or null, return true.
  if (x.IsNullish()) return true;
  // 3. If x is a BigInt, then
  if (x.IsBigInt()) {
    // a. Return BigInt::equal(x, y).
    return BigInt::equal(*x.AsBigInt(), *y.AsBigInt());
  }
  // 4. If x is a String, then
  if (x.IsString()) {
    // a. If x and y have the same length and the same code units in the same
    //    positions, return true.
    // b. Return false.
    return x.AsString()->Equals(*y.AsString());
  }
  // 5. If x is a Boolean, then
  if (x.IsBoolean()) {
    // a.-c. True exactly when both are true or both are false.
    return x.AsBoolean() == y.AsBoolean();
  }
  // 6. NOTE: All other ECMAScript language values are compared by identity.
  // 7. If x is y, return true.
  // 8. Return false.
  return x.IsIdenticalTo(y);
}

// 7.2.14 IsStrictlyEqual ( x, y )
// https://tc39.es/ecma262/#sec-isstrictlyequal
bool IsStrictlyEqual(Value x, Value y) {
  // 1. If SameType(x, y) is false, return false.
  if (!SameType(x, y)) return false;
  // 2. If x is a Number, then
  if (x.IsNumber()) {
    // a. Return Number::equal(x, y).
    return Number::equal(x.AsNumber(), y.AsNumber());
  }
  // 3. Return SameValueNonNumber(x, y).
  return SameValueNonNumber(x, y);
}

}  // namespace async_runtime::interpreter
