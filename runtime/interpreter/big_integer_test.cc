#include "runtime/interpreter/big_integer.h"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

namespace async_runtime::interpreter {
namespace {

BigInteger Dec(std::u16string_view text) {
  std::optional<BigInteger> value = BigInteger::ParseStringIntegerLiteral(text);
  EXPECT_TRUE(value.has_value()) << std::string(text.begin(), text.end());
  return value.value_or(BigInteger());
}

std::string Str(const BigInteger& value, int radix = 10) {
  std::u16string text = value.ToString(radix);
  return std::string(text.begin(), text.end());
}

TEST(BigIntegerTest, ParsesAndPrints) {
  EXPECT_EQ(Str(Dec(u"0")), "0");
  EXPECT_EQ(Str(Dec(u"-0")), "0");
  EXPECT_FALSE(Dec(u"-0").is_negative());
  EXPECT_EQ(Str(Dec(u"  123456789012345678901234567890\n")), "123456789012345678901234567890");
  EXPECT_EQ(Str(Dec(u"-98765432109876543210")), "-98765432109876543210");
  EXPECT_EQ(Str(Dec(u"0xFFFFFFFFFFFFFFFFFF")), "4722366482869645213695");
  EXPECT_EQ(Str(Dec(u"0o777")), "511");
  EXPECT_EQ(Str(Dec(u"0b101")), "5");
  EXPECT_EQ(Str(Dec(u"")), "0");
  EXPECT_EQ(Str(Dec(u" \t ")), "0");
  EXPECT_EQ(Str(Dec(u"+7")), "7");
  for (const char16_t* bad : {u"1n", u"1.5", u"1e3", u"-0x10", u"0x", u"1_000", u"--1", u"Infinity", u"0xg"}) {
    EXPECT_FALSE(BigInteger::ParseStringIntegerLiteral(bad).has_value()) << Str(Dec(u"0"));
  }
  EXPECT_EQ(Str(Dec(u"255"), 16), "ff");
  EXPECT_EQ(Str(Dec(u"-255"), 2), "-11111111");
  EXPECT_EQ(Str(Dec(u"1295"), 36), "zz");
  EXPECT_EQ(Str(Dec(u"4722366482869645213695"), 16), "ffffffffffffffffff");
  EXPECT_EQ(Str(*BigInteger::FromDigits(u"zzzzzzzzzzzzzzzz", 36), 36), "zzzzzzzzzzzzzzzz");
}

TEST(BigIntegerTest, AddSubtractMultiply) {
  EXPECT_EQ(Str(Dec(u"18446744073709551615") + Dec(u"1")), "18446744073709551616");
  EXPECT_EQ(Str(Dec(u"18446744073709551616") - Dec(u"1")), "18446744073709551615");
  EXPECT_EQ(Str(Dec(u"5") - Dec(u"8")), "-3");
  EXPECT_EQ(Str(Dec(u"-5") + Dec(u"5")), "0");
  EXPECT_EQ(Str(Dec(u"-5") - Dec(u"-8")), "3");
  EXPECT_EQ(Str(Dec(u"123456789123456789") * Dec(u"-987654321987654321")),
            "-121932631356500531347203169112635269");
  EXPECT_EQ(Str(Dec(u"0") * Dec(u"-5")), "0");
}

TEST(BigIntegerTest, DividesTruncating) {
  BigInteger q, r;
  BigInteger::DivideTruncating(Dec(u"-7"), Dec(u"2"), &q, &r);
  EXPECT_EQ(Str(q), "-3");
  EXPECT_EQ(Str(r), "-1");
  BigInteger::DivideTruncating(Dec(u"7"), Dec(u"-2"), &q, &r);
  EXPECT_EQ(Str(q), "-3");
  EXPECT_EQ(Str(r), "1");
  BigInteger::DivideTruncating(Dec(u"-121932631356500531347203169112635270"), Dec(u"123456789123456789"), &q, &r);
  EXPECT_EQ(Str(q), "-987654321987654321");
  EXPECT_EQ(Str(r), "-1");
  // Multi-limb divisors exercising the add-back step.
  BigInteger a = Dec(u"340282366920938463463374607431768211455");  // 2^128 - 1
  BigInteger b = Dec(u"18446744073709551617");                     // 2^64 + 1
  BigInteger::DivideTruncating(a, b, &q, &r);
  EXPECT_EQ(Str(q), "18446744073709551615");
  EXPECT_EQ(Str(r), "0");
  BigInteger::DivideTruncating(Dec(u"3"), Dec(u"18446744073709551617"), &q, &r);
  EXPECT_EQ(Str(q), "0");
  EXPECT_EQ(Str(r), "3");
  // (x × y + z) / y = x rem z, for assorted sizes.
  BigInteger x = Dec(u"0x123456789abcdef0fedcba9876543210fffffffff");
  BigInteger y = Dec(u"0x80000000000000000000000000001");
  BigInteger z = Dec(u"0x7ffffffffffffffffffff");
  BigInteger::DivideTruncating(x * y + z, y, &q, &r);
  EXPECT_EQ(q, x);
  EXPECT_EQ(r, z);
}

TEST(BigIntegerTest, Power) {
  EXPECT_EQ(Str(*BigInteger::Power(Dec(u"2"), 100)), "1267650600228229401496703205376");
  EXPECT_EQ(Str(*BigInteger::Power(Dec(u"-3"), 3)), "-27");
  EXPECT_EQ(Str(*BigInteger::Power(Dec(u"0"), 0)), "1");
  EXPECT_EQ(Str(*BigInteger::Power(Dec(u"-1"), 1ull << 60)), "1");
  EXPECT_FALSE(BigInteger::Power(Dec(u"2"), 1ull << 40).has_value());
}

TEST(BigIntegerTest, Shifts) {
  EXPECT_EQ(Str(*Dec(u"1").ShiftedLeft(64)), "18446744073709551616");
  EXPECT_EQ(Str(*Dec(u"-3").ShiftedLeft(33)), "-25769803776");
  EXPECT_EQ(Str(Dec(u"-5").ShiftedRightFloor(1)), "-3");
  EXPECT_EQ(Str(Dec(u"5").ShiftedRightFloor(1)), "2");
  EXPECT_EQ(Str(Dec(u"-1").ShiftedRightFloor(1000)), "-1");
  EXPECT_EQ(Str(Dec(u"-18446744073709551616").ShiftedRightFloor(64)), "-1");
  EXPECT_EQ(Str(Dec(u"18446744073709551616").ShiftedRightFloor(65)), "0");
  EXPECT_FALSE(Dec(u"1").ShiftedLeft(1ull << 40).has_value());
}

TEST(BigIntegerTest, Bitwise) {
  EXPECT_EQ(Str(Dec(u"12") & Dec(u"10")), "8");
  EXPECT_EQ(Str(Dec(u"-12") & Dec(u"10")), "0");
  EXPECT_EQ(Str(Dec(u"-12") | Dec(u"10")), "-2");
  EXPECT_EQ(Str(Dec(u"-12") ^ Dec(u"-10")), "2");
  EXPECT_EQ(Str(Dec(u"-1") & Dec(u"0xffffffffffffffffff")), "4722366482869645213695");
  EXPECT_EQ(Str(Dec(u"-4294967296") | Dec(u"-1")), "-1");
  EXPECT_EQ(Str(Dec(u"5").BitwiseNot()), "-6");
  EXPECT_EQ(Str(Dec(u"-1").BitwiseNot()), "0");
}

TEST(BigIntegerTest, AsIntNAndAsUintN) {
  EXPECT_EQ(Str(*Dec(u"-1").AsUintN(64)), "18446744073709551615");
  EXPECT_EQ(Str(*Dec(u"255").AsIntN(8)), "-1");
  EXPECT_EQ(Str(*Dec(u"128").AsIntN(8)), "-128");
  EXPECT_EQ(Str(*Dec(u"127").AsIntN(8)), "127");
  EXPECT_EQ(Str(*Dec(u"-129").AsIntN(8)), "127");
  EXPECT_EQ(Str(*Dec(u"-5").AsIntN(9007199254740991ull)), "-5");
  EXPECT_EQ(Str(*Dec(u"5").AsUintN(9007199254740991ull)), "5");
  EXPECT_FALSE(Dec(u"-5").AsUintN(9007199254740991ull).has_value());
  EXPECT_EQ(Str(*Dec(u"12345").AsUintN(0)), "0");
  EXPECT_EQ(Dec(u"-1").ToInt64(), -1);
  EXPECT_EQ(Dec(u"18446744073709551617").ToUint64(), 1u);
  EXPECT_EQ(Dec(u"-9223372036854775809").ToInt64(), 9223372036854775807);
}

TEST(BigIntegerTest, ToDoubleRoundsHalfToEven) {
  EXPECT_EQ(Dec(u"9007199254740993").ToDouble(), 9007199254740992.0);   // tie, to even
  EXPECT_EQ(Dec(u"9007199254740995").ToDouble(), 9007199254740996.0);   // tie, to even
  EXPECT_EQ(Dec(u"-9007199254740993").ToDouble(), -9007199254740992.0);
  // Just above the tie (a sticky bit far below).
  EXPECT_EQ((*Dec(u"9007199254740993").ShiftedLeft(100) + Dec(u"1")).ToDouble(), std::ldexp(9007199254740994.0, 100));
  EXPECT_EQ(Dec(u"18446744073709551615").ToDouble(), 18446744073709551616.0);
  EXPECT_EQ(Dec(u"0").ToDouble(), 0.0);
  EXPECT_EQ(Str(*BigInteger::FromIntegralDouble(1.7976931348623157e308)),
            "17976931348623157081452742373170435679807056752584499659891747680315726078002853876058955863276687817154045895"
            "35143824642343213268894641827684675467035375169860499105765512820762454900903893289440758685084551339423045"
            "83236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368");
  EXPECT_EQ(BigInteger::FromIntegralDouble(1.7976931348623157e308)->ToDouble(), 1.7976931348623157e308);
  EXPECT_TRUE(std::isinf((*BigInteger::FromIntegralDouble(1.7976931348623157e308) * Dec(u"2")).ToDouble()));
  // 2^1024 - 2^970 is the halfway point to infinity: rounds to even, i.e. up.
  BigInteger max = *BigInteger::FromIntegralDouble(1.7976931348623157e308);
  EXPECT_TRUE(std::isinf((max + *Dec(u"1").ShiftedLeft(970)).ToDouble()));
  EXPECT_EQ((max + *Dec(u"1").ShiftedLeft(970) - Dec(u"1")).ToDouble(), 1.7976931348623157e308);
}

TEST(BigIntegerTest, ComparesWithNumbers) {
  EXPECT_EQ(Dec(u"1").CompareWithNumber(1.5), std::partial_ordering::less);
  EXPECT_EQ(Dec(u"2").CompareWithNumber(1.5), std::partial_ordering::greater);
  EXPECT_EQ(Dec(u"-2").CompareWithNumber(-1.5), std::partial_ordering::less);
  EXPECT_EQ(Dec(u"-1").CompareWithNumber(-1.5), std::partial_ordering::greater);
  EXPECT_EQ(Dec(u"9007199254740993").CompareWithNumber(9007199254740992.0), std::partial_ordering::greater);
  EXPECT_EQ(Dec(u"5").CompareWithNumber(5.0), std::partial_ordering::equivalent);
  EXPECT_EQ(Dec(u"5").CompareWithNumber(std::nan("")), std::partial_ordering::unordered);
  EXPECT_EQ(Dec(u"5").CompareWithNumber(-HUGE_VAL), std::partial_ordering::greater);
  EXPECT_EQ(Dec(u"0").CompareWithNumber(-0.0), std::partial_ordering::equivalent);
  EXPECT_FALSE(BigInteger::FromIntegralDouble(0.5).has_value());
  EXPECT_EQ(Str(*BigInteger::FromIntegralDouble(-1e20)), "-100000000000000000000");
}

}  // namespace
}  // namespace async_runtime::interpreter
