// ECMAScript language values (6.1 ECMAScript Language Types) as 64-bit
// NaN-boxed words.
//
// Encoding (bits of the word):
//   * A Number is stored as its IEEE-754 bits, except that
//       - every NaN is canonicalised to 0x7FF8'0000'0000'0000, and
//       - an integral value in int32 range that is not -0 is stored in the
//         int32 form below (so each Number has exactly one encoding).
//   * Everything else has its top 16 bits in 0xFFF9..0xFFFF, which no
//     canonical double uses (those are negative NaNs with a payload):
//       0xFFF9  constants: undefined, null, false, true, ~empty~
//       0xFFFA  int32 Number (payload: the low 32 bits)
//       0xFFFB  String   (payload: PrimitiveString*, as heap::Cell*)
//       0xFFFC  Symbol   (payload: Symbol*)
//       0xFFFD  BigInt   (payload: BigInt*)
//       0xFFFE  Object   (payload: Object*)
//       0xFFFF  internal cell: a heap cell that is not a language value
//               (accessor pairs in property slots, environments in VM
//               registers). Never visible to JavaScript.
//   Pointers are stored as heap::Cell* and must fit in 48 bits.
// ~empty~ is the spec's empty marker (completion values, array holes); it is
// not a language value either.
#pragma once

#include <bit>
#include <cassert>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "runtime/heap/heap.h"
#include "runtime/interpreter/bigint.h"
#include "runtime/interpreter/primitive_string.h"
#include "runtime/interpreter/symbol.h"

namespace async_runtime::interpreter {

class Object;

class Value {
 public:
  // The language types of 6.1.
  enum class Type { kUndefined, kNull, kBoolean, kString, kSymbol, kNumber, kBigInt, kObject };

  constexpr Value() : bits_(kUndefinedBits) {}

  static constexpr Value Undefined() { return Value(kUndefinedBits); }
  static constexpr Value Null() { return Value(kNullBits); }
  static constexpr Value Boolean(bool value) { return Value(value ? kTrueBits : kFalseBits); }
  static constexpr Value Empty() { return Value(kEmptyBits); }

  static Value Number(double number) {
    if (number >= -2147483648.0 && number <= 2147483647.0) {
      auto as_int = static_cast<int32_t>(number);
      if (static_cast<double>(as_int) == number && !(as_int == 0 && std::signbit(number))) {
        return Int32(as_int);
      }
    }
    if (std::isnan(number)) return Value(kCanonicalNaNBits);
    return Value(std::bit_cast<uint64_t>(number));
  }
  static constexpr Value Int32(int32_t number) {
    return Value(kInt32Tag | static_cast<uint32_t>(number));
  }
  static Value NaN() { return Value(kCanonicalNaNBits); }
  static Value FromString(PrimitiveString* string) { return FromCell(kStringTag, string); }
  static Value FromSymbol(Symbol* symbol) { return FromCell(kSymbolTag, symbol); }
  static Value FromBigInt(BigInt* bigint) { return FromCell(kBigIntTag, bigint); }
  // Defined in object.h (needs the complete Object type).
  static Value FromObject(Object* object);
  static Value FromInternalCell(heap::Cell* cell) { return FromCell(kInternalCellTag, cell); }

  // --- Queries -----------------------------------------------------------
  bool IsUndefined() const { return bits_ == kUndefinedBits; }
  bool IsNull() const { return bits_ == kNullBits; }
  bool IsNullish() const { return IsUndefined() || IsNull(); }
  bool IsBoolean() const { return bits_ == kTrueBits || bits_ == kFalseBits; }
  bool IsEmpty() const { return bits_ == kEmptyBits; }
  bool IsInt32() const { return Tag() == kInt32Tag; }
  bool IsDouble() const { return bits_ < kFirstBoxedBits; }
  bool IsNumber() const { return IsDouble() || IsInt32(); }
  bool IsString() const { return Tag() == kStringTag; }
  bool IsSymbol() const { return Tag() == kSymbolTag; }
  bool IsBigInt() const { return Tag() == kBigIntTag; }
  bool IsObject() const { return Tag() == kObjectTag; }
  bool IsInternalCell() const { return Tag() == kInternalCellTag; }
  // Any value whose payload is a heap cell (including internal cells).
  bool IsCell() const { return Tag() >= kStringTag; }
  // An ECMAScript language value (not ~empty~, not an internal cell).
  bool IsLanguageValue() const { return !IsEmpty() && !IsInternalCell(); }

  Type type() const;

  // --- Accessors (the caller has checked the kind) -------------------------
  bool AsBoolean() const {
    assert(IsBoolean());
    return bits_ == kTrueBits;
  }
  int32_t AsInt32() const {
    assert(IsInt32());
    return static_cast<int32_t>(static_cast<uint32_t>(bits_));
  }
  double AsNumber() const {
    assert(IsNumber());
    if (IsInt32()) return AsInt32();
    return std::bit_cast<double>(bits_);
  }
  heap::Cell* AsCell() const {
    assert(IsCell());
    return reinterpret_cast<heap::Cell*>(static_cast<uintptr_t>(bits_ & kPayloadMask));
  }
  PrimitiveString* AsString() const {
    assert(IsString());
    return static_cast<PrimitiveString*>(AsCell());
  }
  Symbol* AsSymbol() const {
    assert(IsSymbol());
    return static_cast<Symbol*>(AsCell());
  }
  BigInt* AsBigInt() const {
    assert(IsBigInt());
    return static_cast<BigInt*>(AsCell());
  }
  // Defined in object.h.
  Object* AsObject() const;

  // Identity of the encoding: same bits. For language values this is "same
  // value" except that it compares strings and BigInts by cell identity.
  bool IsIdenticalTo(Value other) const { return bits_ == other.bits_; }
  uint64_t bits() const { return bits_; }

  // Reports the cell this value points to, if any, to a GC visitor.
  void Visit(heap::Visitor& visitor) const {
    if (IsCell()) visitor.Visit(AsCell());
  }

 private:
  static constexpr uint64_t kPayloadMask = (uint64_t{1} << 48) - 1;
  static constexpr uint64_t kConstantTag = uint64_t{0xFFF9} << 48;
  static constexpr uint64_t kInt32Tag = uint64_t{0xFFFA} << 48;
  static constexpr uint64_t kStringTag = uint64_t{0xFFFB} << 48;
  static constexpr uint64_t kSymbolTag = uint64_t{0xFFFC} << 48;
  static constexpr uint64_t kBigIntTag = uint64_t{0xFFFD} << 48;
  static constexpr uint64_t kObjectTag = uint64_t{0xFFFE} << 48;
  static constexpr uint64_t kInternalCellTag = uint64_t{0xFFFF} << 48;
  static constexpr uint64_t kFirstBoxedBits = kConstantTag;
  static constexpr uint64_t kUndefinedBits = kConstantTag | 0;
  static constexpr uint64_t kNullBits = kConstantTag | 1;
  static constexpr uint64_t kFalseBits = kConstantTag | 2;
  static constexpr uint64_t kTrueBits = kConstantTag | 3;
  static constexpr uint64_t kEmptyBits = kConstantTag | 4;
  static constexpr uint64_t kCanonicalNaNBits = 0x7FF8'0000'0000'0000;

  explicit constexpr Value(uint64_t bits) : bits_(bits) {}
  uint64_t Tag() const { return bits_ & ~kPayloadMask; }
  static Value FromCell(uint64_t tag, heap::Cell* cell) {
    auto address = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(cell));
    assert(cell != nullptr && (address & ~kPayloadMask) == 0);
    return Value(tag | address);
  }

  uint64_t bits_;
};

static_assert(sizeof(Value) == 8);

// A rooted Value for C++ locals (see heap.h for when one is needed).
class RootedValue final : public heap::HandleBase {
 public:
  RootedValue(heap::Heap& heap, Value value = Value()) : HandleBase(heap), value_(value) {}
  RootedValue(const RootedValue& other) : HandleBase(other), value_(other.value_) {}
  RootedValue& operator=(const RootedValue& other) {
    value_ = other.value_;
    return *this;
  }
  RootedValue& operator=(Value value) {
    value_ = value;
    return *this;
  }
  Value get() const { return value_; }
  operator Value() const { return value_; }
  const Value* operator->() const { return &value_; }

 protected:
  void VisitRoot(heap::Visitor& visitor) override { value_.Visit(visitor); }

 private:
  Value value_;
};

// A rooted list of Values (argument lists, key lists held across calls).
class RootedValueVector final : public heap::HandleBase {
 public:
  explicit RootedValueVector(heap::Heap& heap) : HandleBase(heap) {}
  std::vector<Value>& values() { return values_; }
  const std::vector<Value>& values() const { return values_; }

 protected:
  void VisitRoot(heap::Visitor& visitor) override {
    for (Value value : values_) value.Visit(visitor);
  }

 private:
  std::vector<Value> values_;
};

// 6.1.6.1 The Number Type: the numeric methods of Number used for equality.
namespace Number {

// 6.1.6.1.13 Number::equal ( x, y )
// https://tc39.es/ecma262/#sec-numeric-types-number-equal
bool equal(double x, double y);

// 6.1.6.1.14 Number::sameValue ( x, y )
// https://tc39.es/ecma262/#sec-numeric-types-number-sameValue
bool sameValue(double x, double y);

// 6.1.6.1.15 Number::sameValueZero ( x, y )
// https://tc39.es/ecma262/#sec-numeric-types-number-sameValueZero
bool sameValueZero(double x, double y);

}  // namespace Number

// 7.2.8 SameType ( x, y )
// https://tc39.es/ecma262/#sec-sametype
bool SameType(Value x, Value y);

// 7.2.9 SameValue ( x, y )
// https://tc39.es/ecma262/#sec-samevalue
bool SameValue(Value x, Value y);

// 7.2.10 SameValueZero ( x, y )
// https://tc39.es/ecma262/#sec-samevaluezero
bool SameValueZero(Value x, Value y);

// 7.2.11 SameValueNonNumber ( x, y )
// https://tc39.es/ecma262/#sec-samevaluenonnumber
bool SameValueNonNumber(Value x, Value y);

// 7.2.14 IsStrictlyEqual ( x, y )
// https://tc39.es/ecma262/#sec-isstrictlyequal
bool IsStrictlyEqual(Value x, Value y);

}  // namespace async_runtime::interpreter
