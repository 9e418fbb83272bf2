#include "runtime/interpreter/value.h"

#include <bit>
#include <cmath>
#include <deque>
#include <limits>

#include <gtest/gtest.h>

namespace async_runtime::interpreter {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

TEST(Value, DefaultIsUndefined) {
  Value value;
  EXPECT_TRUE(value.IsUndefined());
  EXPECT_TRUE(value.IsNullish());
  EXPECT_EQ(value.type(), Value::Type::kUndefined);
}

TEST(Value, ConstantsAreDistinct) {
  Value values[] = {Value::Undefined(), Value::Null(), Value::Boolean(false), Value::Boolean(true),
                    Value::Empty(), Value::Int32(0), Value::Number(0.5)};
  for (size_t i = 0; i < std::size(values); ++i) {
    for (size_t j = 0; j < std::size(values); ++j) {
      EXPECT_EQ(values[i].IsIdenticalTo(values[j]), i == j) << i << " " << j;
    }
  }
  EXPECT_TRUE(Value::Null().IsNull());
  EXPECT_TRUE(Value::Boolean(true).AsBoolean());
  EXPECT_FALSE(Value::Boolean(false).AsBoolean());
  EXPECT_TRUE(Value::Empty().IsEmpty());
  EXPECT_FALSE(Value::Empty().IsLanguageValue());
  EXPECT_FALSE(Value::Empty().IsNumber());
}

TEST(Value, NumbersRoundTrip) {
  for (double number : {0.0, 1.0, -1.0, 0.5, 1e300, -1e-300, 4.9e-324, kInfinity, -kInfinity,
                        2147483647.0, -2147483648.0, 2147483648.0, -2147483649.0,
                        std::numeric_limits<double>::max(), 9007199254740993.0}) {
    Value value = Value::Number(number);
    EXPECT_TRUE(value.IsNumber()) << number;
    EXPECT_EQ(value.type(), Value::Type::kNumber);
    EXPECT_EQ(value.AsNumber(), number);
    EXPECT_EQ(std::signbit(value.AsNumber()), std::signbit(number));
  }
}

TEST(Value, IntegralNumbersUseTheInt32Form) {
  EXPECT_TRUE(Value::Number(42.0).IsInt32());
  EXPECT_EQ(Value::Number(42.0).AsInt32(), 42);
  EXPECT_TRUE(Value::Number(-2147483648.0).IsInt32());
  EXPECT_FALSE(Value::Number(2147483648.0).IsInt32());
  EXPECT_FALSE(Value::Number(0.5).IsInt32());
  EXPECT_TRUE(Value::Number(42.0).IsIdenticalTo(Value::Int32(42)));
}

TEST(Value, NegativeZeroIsKeptAsADouble) {
  Value negative_zero = Value::Number(-0.0);
  EXPECT_FALSE(negative_zero.IsInt32());
  EXPECT_TRUE(negative_zero.IsNumber());
  EXPECT_TRUE(std::signbit(negative_zero.AsNumber()));
  EXPECT_FALSE(negative_zero.IsIdenticalTo(Value::Number(0.0)));
}

TEST(Value, NaNsAreCanonicalised) {
  double quiet = std::numeric_limits<double>::quiet_NaN();
  double negative_payload = std::bit_cast<double>(uint64_t{0xFFFF'1234'5678'9ABC});
  double signalling = std::bit_cast<double>(uint64_t{0x7FF0'0000'0000'0001});
  double boxed_lookalike = std::bit_cast<double>(uint64_t{0xFFFB'0000'0000'1000});
  for (double nan : {quiet, -quiet, negative_payload, signalling, boxed_lookalike}) {
    Value value = Value::Number(nan);
    EXPECT_TRUE(value.IsNumber());
    EXPECT_FALSE(value.IsString());
    EXPECT_TRUE(std::isnan(value.AsNumber()));
    EXPECT_TRUE(value.IsIdenticalTo(Value::NaN()));
  }
}

TEST(Value, CellsRoundTrip) {
  heap::Heap heap;
  heap::Handle<PrimitiveString> string(heap, heap.Allocate<PrimitiveString>(u"abc"));
  heap::Handle<Symbol> symbol(heap, heap.Allocate<Symbol>(string.get()));
  heap::Handle<BigInt> bigint(heap, heap.Allocate<BigInt>(true, std::vector<uint32_t>{5}));
  Value string_value = Value::FromString(string);
  Value symbol_value = Value::FromSymbol(symbol);
  Value bigint_value = Value::FromBigInt(bigint);
  EXPECT_TRUE(string_value.IsString());
  EXPECT_EQ(string_value.type(), Value::Type::kString);
  EXPECT_EQ(string_value.AsString(), string.get());
  EXPECT_TRUE(symbol_value.IsSymbol());
  EXPECT_EQ(symbol_value.AsSymbol(), symbol.get());
  EXPECT_EQ(symbol_value.AsSymbol()->description(), string.get());
  EXPECT_TRUE(bigint_value.IsBigInt());
  EXPECT_EQ(bigint_value.AsBigInt(), bigint.get());
  EXPECT_FALSE(string_value.IsNumber());
  EXPECT_TRUE(string_value.IsCell());
  EXPECT_FALSE(Value::Int32(1).IsCell());
  Value internal = Value::FromInternalCell(string.get());
  EXPECT_TRUE(internal.IsInternalCell());
  EXPECT_FALSE(internal.IsLanguageValue());
  EXPECT_EQ(internal.AsCell(), string.get());
}

TEST(Value, RootedValuesKeepTheirCellsAlive) {
  heap::Heap heap;
  RootedValue rooted(heap, Value::FromString(heap.Allocate<PrimitiveString>(u"kept")));
  RootedValueVector vector(heap);
  vector.values().push_back(Value::FromString(heap.Allocate<PrimitiveString>(u"also")));
  vector.values().push_back(Value::Int32(3));
  heap.Allocate<PrimitiveString>(u"garbage");
  heap.Collect();
  EXPECT_EQ(heap.statistics().live_cells, 2u);
  EXPECT_EQ(rooted->AsString()->ToUtf8(), "kept");
  EXPECT_EQ(vector.values()[0].AsString()->ToUtf8(), "also");
}

class EqualityTest : public ::testing::Test {
 protected:
  Value String(std::u16string text) {
    return Value::FromString(strings_.emplace_back(heap_, heap_.Allocate<PrimitiveString>(text)));
  }
  heap::Heap heap_;
  std::deque<heap::Handle<PrimitiveString>> strings_;
};

TEST_F(EqualityTest, SameValueDistinguishesZerosAndEquatesNaNs) {
  EXPECT_TRUE(SameValue(Value::NaN(), Value::Number(std::nan(""))));
  EXPECT_FALSE(SameValue(Value::Number(0.0), Value::Number(-0.0)));
  EXPECT_FALSE(SameValue(Value::Number(-0.0), Value::Number(0.0)));
  EXPECT_TRUE(SameValue(Value::Number(-0.0), Value::Number(-0.0)));
  EXPECT_TRUE(SameValue(Value::Int32(7), Value::Number(7.0)));
  EXPECT_FALSE(SameValue(Value::Int32(7), Value::Number(7.5)));
  EXPECT_FALSE(SameValue(Value::Undefined(), Value::Null()));
  EXPECT_TRUE(SameValue(Value::Null(), Value::Null()));
  EXPECT_FALSE(SameValue(Value::Int32(0), Value::Boolean(false)));
}

TEST_F(EqualityTest, ForNumbersBitIdentityIsSameValue) {
  double numbers[] = {0.0, -0.0, 1.0, -1.0, 0.5, 2147483648.0, -2147483649.0, 1e300,
                      std::numeric_limits<double>::infinity(), std::nan(""), -std::nan("")};
  for (double a : numbers) {
    for (double b : numbers) {
      Value x = Value::Number(a);
      Value y = Value::Number(b);
      EXPECT_EQ(x.IsIdenticalTo(y), SameValue(x, y)) << a << " " << b;
    }
  }
  EXPECT_TRUE(Value::Number(3.0).IsIdenticalTo(Value::Int32(3)));
}

TEST_F(EqualityTest, SameValueZeroEquatesZerosAndNaNs) {
  EXPECT_TRUE(SameValueZero(Value::NaN(), Value::NaN()));
  EXPECT_TRUE(SameValueZero(Value::Number(0.0), Value::Number(-0.0)));
  EXPECT_TRUE(SameValueZero(Value::Number(-0.0), Value::Int32(0)));
  EXPECT_FALSE(SameValueZero(Value::Int32(1), Value::Int32(2)));
}

TEST_F(EqualityTest, IsStrictlyEqualFollowsIeee) {
  EXPECT_FALSE(IsStrictlyEqual(Value::NaN(), Value::NaN()));
  EXPECT_TRUE(IsStrictlyEqual(Value::Number(0.0), Value::Number(-0.0)));
  EXPECT_TRUE(IsStrictlyEqual(Value::Number(kInfinity), Value::Number(kInfinity)));
  EXPECT_FALSE(IsStrictlyEqual(Value::Number(kInfinity), Value::Number(-kInfinity)));
  EXPECT_FALSE(IsStrictlyEqual(Value::Undefined(), Value::Null()));
  EXPECT_TRUE(IsStrictlyEqual(Value::Boolean(true), Value::Boolean(true)));
  EXPECT_FALSE(IsStrictlyEqual(Value::Boolean(true), Value::Boolean(false)));
}

TEST_F(EqualityTest, StringsCompareByCodeUnits) {
  Value a1 = String(u"abc");
  Value a2 = String(u"abc");
  Value b = String(u"abd");
  Value empty = String(u"");
  EXPECT_FALSE(a1.IsIdenticalTo(a2));
  EXPECT_TRUE(SameValue(a1, a2));
  EXPECT_TRUE(IsStrictlyEqual(a1, a2));
  EXPECT_TRUE(SameValueZero(a1, a2));
  EXPECT_FALSE(SameValue(a1, b));
  EXPECT_FALSE(SameValue(a1, empty));
  // Lone surrogates are code units like any other.
  EXPECT_TRUE(SameValue(String(u"\xD800"), String(u"\xD800")));
  EXPECT_FALSE(SameValue(String(u"\xD800"), String(u"\xD801")));
}

TEST_F(EqualityTest, SymbolsCompareByIdentity) {
  Value description = String(u"s");
  heap::Handle<Symbol> first(heap_, heap_.Allocate<Symbol>(description.AsString()));
  heap::Handle<Symbol> second(heap_, heap_.Allocate<Symbol>(description.AsString()));
  EXPECT_TRUE(SameValue(Value::FromSymbol(first), Value::FromSymbol(first)));
  EXPECT_FALSE(SameValue(Value::FromSymbol(first), Value::FromSymbol(second)));
  EXPECT_FALSE(IsStrictlyEqual(Value::FromSymbol(first), description));
}

TEST_F(EqualityTest, BigIntsCompareMathematically) {
  heap::Handle<BigInt> five(heap_, heap_.Allocate<BigInt>(false, std::vector<uint32_t>{5, 0}));
  heap::Handle<BigInt> other_five(heap_, heap_.Allocate<BigInt>(false, std::vector<uint32_t>{5}));
  heap::Handle<BigInt> minus_five(heap_, heap_.Allocate<BigInt>(true, std::vector<uint32_t>{5}));
  heap::Handle<BigInt> zero(heap_, heap_.Allocate<BigInt>(false, std::vector<uint32_t>{}));
  heap::Handle<BigInt> minus_zero(heap_, heap_.Allocate<BigInt>(true, std::vector<uint32_t>{0}));
  EXPECT_TRUE(SameValue(Value::FromBigInt(five), Value::FromBigInt(other_five)));
  EXPECT_FALSE(SameValue(Value::FromBigInt(five), Value::FromBigInt(minus_five)));
  EXPECT_TRUE(IsStrictlyEqual(Value::FromBigInt(zero), Value::FromBigInt(minus_zero)));
  EXPECT_FALSE(IsStrictlyEqual(Value::FromBigInt(five), Value::Int32(5)));
}

TEST_F(EqualityTest, SameTypeGroupsInt32AndDoubleAsNumber) {
  EXPECT_TRUE(SameType(Value::Int32(1), Value::Number(1.5)));
  EXPECT_TRUE(SameType(Value::Boolean(true), Value::Boolean(false)));
  EXPECT_FALSE(SameType(Value::Undefined(), Value::Null()));
  EXPECT_FALSE(SameType(String(u"1"), Value::Int32(1)));
}

TEST(Utf, ConversionsRoundTrip) {
  std::string text = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";  // a é € 😀
  std::u16string utf16 = Utf16FromUtf8(text);
  EXPECT_EQ(utf16, u"a\u00E9\u20AC\U0001F600");
  EXPECT_EQ(Utf8FromUtf16(utf16), text);
  EXPECT_EQ(Utf8FromUtf16(u"\xD800"), "\xEF\xBF\xBD");
  EXPECT_EQ(Utf16FromUtf8("\xFF"), u"\uFFFD");
}

}  // namespace
}  // namespace async_runtime::interpreter
