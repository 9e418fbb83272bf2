#include "runtime/interpreter/number_conversions.h"

#include <cmath>
#include <limits>
#include <string>

#include <gtest/gtest.h>

#include "runtime/interpreter/primitive_string.h"

namespace async_runtime::interpreter {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

std::string ToString(double x, int radix = 10) { return Utf8FromUtf16(Number::toString(x, radix)); }

TEST(NumberToString, SpecialValues) {
  EXPECT_EQ(ToString(std::nan("")), "NaN");
  EXPECT_EQ(ToString(0.0), "0");
  EXPECT_EQ(ToString(-0.0), "0");
  EXPECT_EQ(ToString(kInfinity), "Infinity");
  EXPECT_EQ(ToString(-kInfinity), "-Infinity");
}

TEST(NumberToString, PositionalForm) {
  EXPECT_EQ(ToString(1), "1");
  EXPECT_EQ(ToString(-1.5), "-1.5");
  EXPECT_EQ(ToString(123.456), "123.456");
  EXPECT_EQ(ToString(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(ToString(100), "100");
  EXPECT_EQ(ToString(1e20), "100000000000000000000");
  EXPECT_EQ(ToString(123456789012345680000.0), "123456789012345680000");
  EXPECT_EQ(ToString(1e-6), "0.000001");
  EXPECT_EQ(ToString(1.5e-6), "0.0000015");
  EXPECT_EQ(ToString(9007199254740993.0), "9007199254740992");
  EXPECT_EQ(ToString(4294967295.0), "4294967295");
}

TEST(NumberToString, ExponentForm) {
  EXPECT_EQ(ToString(1e21), "1e+21");
  EXPECT_EQ(ToString(1.5e21), "1.5e+21");
  EXPECT_EQ(ToString(1e-7), "1e-7");
  EXPECT_EQ(ToString(1.25e-7), "1.25e-7");
  EXPECT_EQ(ToString(-1e-7), "-1e-7");
  EXPECT_EQ(ToString(5e-324), "5e-324");
  EXPECT_EQ(ToString(std::numeric_limits<double>::max()), "1.7976931348623157e+308");
  EXPECT_EQ(ToString(1e100), "1e+100");
  EXPECT_EQ(ToString(123e-20), "1.23e-18");
}

TEST(NumberToString, OtherRadices) {
  EXPECT_EQ(ToString(255, 16), "ff");
  EXPECT_EQ(ToString(-255, 2), "-11111111");
  EXPECT_EQ(ToString(35, 36), "z");
  EXPECT_EQ(ToString(0.5, 2), "0.1");
  EXPECT_EQ(ToString(-0.0, 2), "0");
  EXPECT_EQ(ToString(std::nan(""), 16), "NaN");
  EXPECT_EQ(ToString(-kInfinity, 16), "-Infinity");
  EXPECT_EQ(ToString(9007199254740991.0, 36), "2gosa7pa2gv");
  EXPECT_EQ(ToString(1e21, 16), "3635c9adc5dea00000");
  EXPECT_EQ(ToString(std::ldexp(1.0, 60), 2), "1" + std::string(60, '0'));
  EXPECT_EQ(ToString(0.1, 2), "0.0001100110011001100110011001100110011001100110011001101");
  EXPECT_EQ(ToString(3.14, 16), "3.23d70a3d70a3e");
  EXPECT_EQ(ToString(0.75, 8), "0.6");
  EXPECT_EQ(ToString(5e-324, 2), "0." + std::string(1073, '0') + "1");
  EXPECT_EQ(ToString(std::numeric_limits<double>::max(), 2), std::string(53, '1') + std::string(971, '0'));
}

TEST(NumberToString, RoundTripsThroughStringToNumber) {
  for (double x : {0.1, 1.0 / 3, 2.5e-300, 6.02214076e23, 1234.5678, 5e-324, 1e21 - 65536}) {
    EXPECT_EQ(StringToNumber(Number::toString(x)), x) << ToString(x);
    // (The naive evaluation below loses precision for tiny values.)
    if (x < 1e-10) continue;
    for (int radix : {2, 3, 7, 16, 36}) {
      std::u16string text = Number::toString(x, radix);
      // No StringToNumber for radix ≠ 10; check the digits at least parse back
      // to a value within one ulp by evaluating them.
      double value = 0, scale = 1;
      size_t point = text.find(u'.');
      for (size_t i = 0; i < text.size(); ++i) {
        if (i == point) continue;
        int digit = text[i] <= '9' ? text[i] - '0' : text[i] - 'a' + 10;
        ASSERT_LT(digit, radix);
        if (point == std::u16string::npos || i < point) {
          value = value * radix + digit;
        } else {
          scale /= radix;
          value += digit * scale;
        }
      }
      EXPECT_NEAR(value, x, std::abs(x) * 1e-14) << ToString(x, radix);
    }
  }
}

TEST(StringToNumber, EmptyAndWhiteSpaceAreZero) {
  EXPECT_EQ(StringToNumber(u""), 0.0);
  EXPECT_FALSE(std::signbit(StringToNumber(u"")));
  EXPECT_EQ(StringToNumber(u" \t\n\v\f\r\u00A0\uFEFF\u2028\u2029\u3000\u2000"), 0.0);
}

TEST(StringToNumber, Decimal) {
  EXPECT_EQ(StringToNumber(u"42"), 42);
  EXPECT_EQ(StringToNumber(u"  12  "), 12);
  EXPECT_EQ(StringToNumber(u"\u00A0\uFEFF42\u2028"), 42);
  EXPECT_EQ(StringToNumber(u"+1.5"), 1.5);
  EXPECT_EQ(StringToNumber(u"-1.5"), -1.5);
  EXPECT_EQ(StringToNumber(u".5"), 0.5);
  EXPECT_EQ(StringToNumber(u"5."), 5);
  EXPECT_EQ(StringToNumber(u"00012"), 12);
  EXPECT_EQ(StringToNumber(u"1e3"), 1000);
  EXPECT_EQ(StringToNumber(u"1E+3"), 1000);
  EXPECT_EQ(StringToNumber(u"15e-1"), 1.5);
  EXPECT_EQ(StringToNumber(u".5e1"), 5);
  EXPECT_EQ(StringToNumber(u"0.0000001"), 1e-7);
  EXPECT_EQ(StringToNumber(u"123456789012345678901234567890"), 1.2345678901234568e29);
  EXPECT_EQ(StringToNumber(u"0.1"), 0.1);
  EXPECT_EQ(StringToNumber(u"5.e3"), 5000);
  EXPECT_EQ(StringToNumber(u"+.5"), 0.5);
  EXPECT_EQ(StringToNumber(u"-.5e-3"), -0.0005);
  EXPECT_EQ(StringToNumber(u"1e21"), 1e21);
  EXPECT_EQ(StringToNumber(u"9007199254740993"), 9007199254740992.0);
}

TEST(StringToNumber, SignedZero) {
  EXPECT_TRUE(std::signbit(StringToNumber(u"-0")));
  EXPECT_TRUE(std::signbit(StringToNumber(u" -0.000 ")));
  EXPECT_FALSE(std::signbit(StringToNumber(u"+0")));
  EXPECT_FALSE(std::signbit(StringToNumber(u"0")));
}

TEST(StringToNumber, OverflowAndUnderflow) {
  EXPECT_EQ(StringToNumber(u"1e1000"), kInfinity);
  EXPECT_EQ(StringToNumber(u"-1e1000"), -kInfinity);
  EXPECT_EQ(StringToNumber(u"1e-1000"), 0.0);
  EXPECT_TRUE(std::signbit(StringToNumber(u"-1e-1000")));
  EXPECT_EQ(StringToNumber(u"0.00001e310"), 1e305);
  EXPECT_EQ(StringToNumber(u"1e99999999999999999999"), kInfinity);
  EXPECT_EQ(StringToNumber(u"0e99999999999999999999"), 0.0);
  EXPECT_EQ(StringToNumber(u"0.000e-99999999999999999999"), 0.0);
  EXPECT_EQ(StringToNumber(u"123e-99999999999999999999"), 0.0);
  EXPECT_EQ(StringToNumber(u"1" + std::u16string(400, u'0')), kInfinity);
  EXPECT_EQ(StringToNumber(u"0." + std::u16string(400, u'0') + u"1"), 0.0);
}

TEST(StringToNumber, Infinity) {
  EXPECT_EQ(StringToNumber(u"Infinity"), kInfinity);
  EXPECT_EQ(StringToNumber(u"+Infinity"), kInfinity);
  EXPECT_EQ(StringToNumber(u" -Infinity "), -kInfinity);
  EXPECT_TRUE(std::isnan(StringToNumber(u"infinity")));
  EXPECT_TRUE(std::isnan(StringToNumber(u"inf")));
  EXPECT_TRUE(std::isnan(StringToNumber(u"INFINITY")));
  EXPECT_TRUE(std::isnan(StringToNumber(u"Infinityx")));
}

TEST(StringToNumber, NonDecimalIntegers) {
  EXPECT_EQ(StringToNumber(u"0x1F"), 31);
  EXPECT_EQ(StringToNumber(u"0X1f"), 31);
  EXPECT_EQ(StringToNumber(u" 0o17 "), 15);
  EXPECT_EQ(StringToNumber(u"0O17"), 15);
  EXPECT_EQ(StringToNumber(u"0b101"), 5);
  EXPECT_EQ(StringToNumber(u"0B0"), 0);
  EXPECT_EQ(StringToNumber(u"0x20000000000001"), 9007199254740992.0);  // ties to even
  EXPECT_EQ(StringToNumber(u"0x20000000000003"), 9007199254740996.0);
  EXPECT_EQ(StringToNumber(u"0b" + std::u16string(54, u'1')), 18014398509481984.0);
  EXPECT_EQ(StringToNumber(u"0o777777777777777777777"), 9223372036854775807.0);
  EXPECT_EQ(StringToNumber(u"0x" + std::u16string(300, u'f')), kInfinity);
}

TEST(StringToNumber, SyntaxErrorsAreNaN) {
  for (const char16_t* text :
       {u"abc", u".", u"e5", u".e3", u"+.", u"1e+-2", u"1e", u"1e+", u"+", u"-", u"1_000", u"12abc", u"0x", u"0x1_0", u"0b2",
        u"0o8", u"0xg", u"-0x10", u"+0x10", u"1n", u"nan", u"NaN", u"1.2.3", u"1 2", u"--1",
        u"\u180E1", u"0x1.8", u"١"}) {
    EXPECT_TRUE(std::isnan(StringToNumber(text))) << Utf8FromUtf16(text);
  }
}

TEST(StrWhiteSpace, MatchesTheSpec) {
  for (char16_t c : {u'\t', u'\v', u'\f', u' ', u'\u00A0', u'\uFEFF', u'\u1680', u'\u2000', u'\u200A',
                     u'\u202F', u'\u205F', u'\u3000', u'\n', u'\r', u'\u2028', u'\u2029'}) {
    EXPECT_TRUE(IsStrWhiteSpaceChar(c)) << static_cast<int>(c);
  }
  for (char16_t c : {u'a', u'0', u'\u180E', u'\u200B', u'\u0085'}) {
    EXPECT_FALSE(IsStrWhiteSpaceChar(c)) << static_cast<int>(c);
  }
}

}  // namespace
}  // namespace async_runtime::interpreter
