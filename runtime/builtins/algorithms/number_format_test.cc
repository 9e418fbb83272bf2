// Expected strings are what V8 prints (they agree with the spec's exact
// rules and with the examples in 21.1.3 and Test262's assertions).
#include "runtime/builtins/algorithms/number_format.h"

#include <cmath>
#include <limits>
#include <optional>
#include <string>

#include <gtest/gtest.h>

namespace async_runtime::builtins {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

std::string Narrow(const std::u16string& s) { return std::string(s.begin(), s.end()); }

// Same value, as SameValue compares: NaN equals NaN, +0 and -0 differ.
void ExpectSameValue(double expected, double actual, const std::string& what) {
  if (std::isnan(expected)) {
    EXPECT_TRUE(std::isnan(actual)) << what << " gave " << actual;
    return;
  }
  EXPECT_EQ(expected, actual) << what;
  EXPECT_EQ(std::signbit(expected), std::signbit(actual)) << what << " sign of zero";
}

struct FixedCase { double number; double digits; const char16_t* expected; };

TEST(NumberToFixed, Table) {
  const FixedCase cases[] = {
    {1.005, 2, u"1.00"},
    {1e21, 2, u"1e+21"},
    {0.5, 0, u"1"},
    {2.5, 0, u"3"},
    {1.25, 1, u"1.3"},
    {-1.5, 0, u"-2"},
    {1.0000000000000001e18, 0, u"1000000000000000128"},
    {0.00001, 20, u"0.00001000000000000000"},
    {-0.0, 2, u"0.00"},
    {0.0, 0, u"0"},
    {123.456, 0, u"123"},
    {123.456, 10, u"123.4560000000"},
    {-6e-7, 5, u"-0.00000"},
    {0.000006, 5, u"0.00001"},
    {1e-10, 100, u"0.0000000001000000000000000036432197315497741579165547065599639608990401029586791992187500000000000000"},
    {5e-324, 100, u"0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
    {1.1e20, 2, u"110000000000000000000.00"},
    {-1e21, 3, u"-1e+21"},
    {9.995, 2, u"9.99"},
    {99.5, 0, u"100"},
    {0.05, 1, u"0.1"},
    {1.45, 1, u"1.4"},
    {12345.6789, 3, u"12345.679"},
    {1e20, 2, u"100000000000000000000.00"},
    {0.1, 20, u"0.10000000000000000555"},
    {-1.2345e-7, 7, u"-0.0000001"},
    {999.9999, 3, u"1000.000"},
    {9.007199254740991e15, 1, u"9007199254740991.0"},
    {1.7976931348623157e308, 0, u"1.7976931348623157e+308"},
  };
  for (const auto& c : cases) {
    auto result = NumberToFixed(c.number, c.digits);
    ASSERT_TRUE(result.has_value()) << c.number;
    EXPECT_EQ(Narrow(c.expected), Narrow(*result)) << c.number << " toFixed " << c.digits;
  }
}

TEST(NumberToFixed, RangeErrorsAndNonFinite) {
  EXPECT_FALSE(NumberToFixed(1, -1).has_value());
  EXPECT_FALSE(NumberToFixed(1, 101).has_value());
  EXPECT_FALSE(NumberToFixed(1, kInf).has_value());
  EXPECT_FALSE(NumberToFixed(1, -kInf).has_value());
  EXPECT_TRUE(NumberToFixed(1, 100).has_value());
  // Step 5 comes before step 6: a bad count throws even for NaN.
  EXPECT_FALSE(NumberToFixed(kNaN, 101).has_value());
  EXPECT_EQ(u"NaN", NumberToFixed(kNaN, 2).value());
  EXPECT_EQ(u"Infinity", NumberToFixed(kInf, 2).value());
  EXPECT_EQ(u"-Infinity", NumberToFixed(-kInf, 0).value());
}

struct ExponentialCase { double number; std::optional<double> digits; const char16_t* expected; };

TEST(NumberToExponential, Table) {
  const ExponentialCase cases[] = {
    {123.456, std::nullopt, u"1.23456e+2"},
    {0.0, 2, u"0.00e+0"},
    {0.0, std::nullopt, u"0e+0"},
    {-0.0, 1, u"0.0e+0"},
    {1.255, 2, u"1.25e+0"},
    {5e-324, std::nullopt, u"5e-324"},
    {5e-324, 2, u"4.94e-324"},
    {1e21, std::nullopt, u"1e+21"},
    {123456.0, 2, u"1.23e+5"},
    {-0.00015, 1, u"-1.5e-4"},
    {9.99, 1, u"1.0e+1"},
    {1.7976931348623157e308, std::nullopt, u"1.7976931348623157e+308"},
    {1.7976931348623157e308, 20, u"1.79769313486231570815e+308"},
    {0.1, 100, u"1.0000000000000000555111512312578270211815834045410156250000000000000000000000000000000000000000000000e-1"},
    {25.0, 0, u"3e+1"},
    {35.0, 0, u"4e+1"},
    {-6.9e-11, 4, u"-6.9000e-11"},
    {1.0, std::nullopt, u"1e+0"},
    {123.0, 0, u"1e+2"},
    {0.000001, std::nullopt, u"1e-6"},
  };
  for (const auto& c : cases) {
    auto result = NumberToExponential(c.number, c.digits);
    ASSERT_TRUE(result.has_value()) << c.number;
    EXPECT_EQ(Narrow(c.expected), Narrow(*result)) << c.number << " toExponential";
  }
}

TEST(NumberToExponential, RangeErrorsAndNonFinite) {
  EXPECT_FALSE(NumberToExponential(1, -1).has_value());
  EXPECT_FALSE(NumberToExponential(1, 101).has_value());
  EXPECT_FALSE(NumberToExponential(1, kInf).has_value());
  // Step 4 comes before steps 5-6: a non-finite number never throws.
  EXPECT_EQ(u"NaN", NumberToExponential(kNaN, 1000).value());
  EXPECT_EQ(u"-Infinity", NumberToExponential(-kInf, -kInf).value());
  EXPECT_EQ(u"Infinity", NumberToExponential(kInf, std::nullopt).value());
}

struct PrecisionCase { double number; double precision; const char16_t* expected; };

TEST(NumberToPrecision, Table) {
  const PrecisionCase cases[] = {
    {0.000001, 2, u"0.0000010"},
    {1e-7, 1, u"1e-7"},
    {123456.0, 2, u"1.2e+5"},
    {123.456, 4, u"123.5"},
    {1.45, 2, u"1.4"},
    {25.0, 1, u"3e+1"},
    {0.0, 1, u"0"},
    {0.0, 5, u"0.0000"},
    {-0.0, 3, u"0.00"},
    {123.456, 3, u"123"},
    {123.456, 100, u"123.4560000000000030695446184836328029632568359375000000000000000000000000000000000000000000000000000"},
    {1e21, 1, u"1e+21"},
    {1e21, 22, u"1000000000000000000000"},
    {1e21, 21, u"1.00000000000000000000e+21"},
    {0.00000123, 3, u"0.00000123"},
    {0.000001234, 2, u"0.0000012"},
    {99.99, 3, u"100"},
    {99.99, 2, u"1.0e+2"},
    {-1234.5, 4, u"-1235"},
    {5e-324, 1, u"5e-324"},
    {1.7976931348623157e308, 1, u"2e+308"},
    {1.0, 1, u"1"},
    {10.0, 1, u"1e+1"},
    {10.0, 2, u"10"},
    {0.5, 1, u"0.5"},
    {999999.0, 6, u"999999"},
    {999999.5, 6, u"1.00000e+6"},
  };
  for (const auto& c : cases) {
    auto result = NumberToPrecision(c.number, c.precision);
    ASSERT_TRUE(result.has_value()) << c.number;
    EXPECT_EQ(Narrow(c.expected), Narrow(*result)) << c.number << " toPrecision " << c.precision;
  }
}

TEST(NumberToPrecision, RangeErrorsAndNonFinite) {
  EXPECT_FALSE(NumberToPrecision(1, 0).has_value());
  EXPECT_FALSE(NumberToPrecision(1, 101).has_value());
  EXPECT_FALSE(NumberToPrecision(1, kInf).has_value());
  EXPECT_TRUE(NumberToPrecision(1, 100).has_value());
  EXPECT_EQ(u"NaN", NumberToPrecision(kNaN, 0).value());
  EXPECT_EQ(u"-Infinity", NumberToPrecision(-kInf, 0).value());
}

struct RadixCase { double number; int radix; const char16_t* expected; };

TEST(NumberToStringRadix, MatchesV8) {
  const RadixCase cases[] = {
    {0.5, 2, u"0.1"},
    {255.0, 16, u"ff"},
    {-255.5, 16, u"-ff.8"},
    {1e21, 36, u"5v1j4f4ds7c000"},
    {0.1, 3, u"0.0022002200220022002200220022002201"},
    {3.141592653589793, 16, u"3.243f6a8885a3"},
    {0.3333333333333333, 2, u"0.010101010101010101010101010101010101010101010101010101"},
    {1.152921504606847e18, 7, u"2031000661631341064200"},
    {1e-7, 2, u"0.0000000000000000000000011010110101111111001010011010101111001010111101001"},
    {123.456, 36, u"3f.gez4w97ry"},
    {-0.000001, 8, u"-0.000000206157364055366615"},
    {1.7976931348623157e308, 36, u"1a1e4vngaiqo0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
    {0.1, 16, u"0.1999999999999a"},
    {35.0, 36, u"z"},
    {36.0, 36, u"10"},
    {-1.0, 2, u"-1"},
    {1e300, 2, u"1011111100100001111001000100000000000011101011001110000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
    {5e-324, 36, u"0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003"},
    {0.3, 5, u"0.122222222222222222222222"},
    {9.007199254740994e15, 3, u"1121202011211211122211100012101111"},
    {12345.6789, 32, u"c1p.ln667sa2"},
    {0.999999999999, 36, u"0.zzzzzzzx6g9"},
    {9.007199254740991e15, 36, u"2gosa7pa2gv"},
    {4.35, 36, u"4.cllllllllk"},
    {1e-300, 36, u"0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002box4rhe6qp"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Narrow(c.expected), Narrow(NumberToStringRadix(c.number, c.radix)))
        << c.number << " radix " << c.radix;
  }
}

TEST(NumberToStringRadix, SpecialValues) {
  for (int radix = 2; radix <= 36; ++radix) {
    EXPECT_EQ(u"NaN", NumberToStringRadix(kNaN, radix));
    EXPECT_EQ(u"0", NumberToStringRadix(0.0, radix));
    EXPECT_EQ(u"0", NumberToStringRadix(-0.0, radix));
    EXPECT_EQ(u"Infinity", NumberToStringRadix(kInf, radix));
    EXPECT_EQ(u"-Infinity", NumberToStringRadix(-kInf, radix));
    EXPECT_EQ(u"1", NumberToStringRadix(1.0, radix));
    EXPECT_EQ(u"10", NumberToStringRadix(radix, radix));
  }
}

TEST(NumberToStringRadix, RadixOutOfRangeIsReadAsTen) {
  // The built-in throws a RangeError first; here it must not index past the
  // digit table.
  EXPECT_EQ(u"255", NumberToStringRadix(255, 37));
  EXPECT_EQ(u"0.5", NumberToStringRadix(0.5, 0));
}

// The output reads back as the same Number through parseInt for integers
// (radix 2, exact) and round-trips through the digit values for fractions.
TEST(NumberToStringRadix, IntegersRoundTripThroughParseInt) {
  const double values[] = {1, 7, 255, 65535, 9007199254740991.0, 1e21, 1.7976931348623157e308};
  for (double value : values) {
    for (int radix : {2, 4, 8, 16, 32}) {
      EXPECT_EQ(value, ParseInt(NumberToStringRadix(value, radix), radix)) << value << " " << radix;
    }
  }
}

struct ParseIntCase { const char16_t* input; int radix; double expected; };

TEST(ParseInt, Table) {
  const ParseIntCase cases[] = {
    {u"123456789012345678901234567890", 0, 1.2345678901234568e29},
    {u"111111111111111111111111111111111111111111111111111111111111", 2, 1.152921504606847e18},
    {u"zzzzzzzzzzzzzzz", 36, 2.2107391972073336e23},
    {u"0x1fffffffffffff1", 16, 1.4411518807585586e17},
    {u"  -0x", 0, kNaN},
    {u"-0", 0, -0.0},
    {u"0x10", 16, 16.0},
    {u"0x10", 0, 16.0},
    {u"0x10", 10, 0.0},
    {u"  \u00a0\ufeff\u2028 42abc", 0, 42.0},
    {u"\u180e42", 0, kNaN},
    {u"11", 2, 3.0},
    {u"12", 2, 1.0},
    {u"-FF", 16, -255.0},
    {u"+ff", 16, 255.0},
    {u"", 0, kNaN},
    {u"   ", 0, kNaN},
    {u"z", 37, kNaN},
    {u"10", 1, kNaN},
    {u"10", -1, kNaN},
    {u"0b11", 0, 0.0},
    {u"9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999", 0, kInf},
    {u"100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", 10, 1e308},
    {u"1e3", 0, 1.0},
    {u"12.9", 10, 12.0},
    {u"-", 0, kNaN},
    {u"0x", 16, kNaN},
    {u"ffffffffffffffffff", 16, 4.722366482869645e21},
    {u"111111111111111111111111111111111111111111111111111111", 2, 1.8014398509481984e16},
    {u"10000000000000000000000000000000000000000000000000000011", 2, 3.602879701896397e16},
    {u"2020202020202020202020202020", 3, 17157594341220.0},
    {u"\u3000-7z", 36, -287.0},
    {u"7fffffffffffffff", 16, 9.223372036854776e18},
    {u"0X1F", 0, 31.0},
    {u"00012", 8, 10.0},
  };
  for (const auto& c : cases) {
    ExpectSameValue(c.expected, ParseInt(c.input, c.radix),
                    "parseInt(" + Narrow(c.input).substr(0, 40) + ", " + std::to_string(c.radix) + ")");
  }
}

TEST(ParseInt, EveryRadixDigit) {
  const std::u16string digits = u"0123456789abcdefghijklmnopqrstuvwxyz";
  for (int radix = 2; radix <= 36; ++radix) {
    for (int digit = 0; digit < 36; ++digit) {
      double expected = digit < radix ? digit : kNaN;
      ExpectSameValue(expected, ParseInt(digits.substr(digit, 1), radix), "digit");
      std::u16string upper(1, static_cast<char16_t>(std::toupper(digits[digit])));
      ExpectSameValue(expected, ParseInt(upper, radix), "upper digit");
    }
  }
}

struct ParseFloatCase { const char16_t* input; double expected; };

TEST(ParseFloat, Table) {
  const ParseFloatCase cases[] = {
    {u"1e400", kInf},
    {u"-.5e-3x", -0.0005},
    {u"Infinityx", kInf},
    {u"1e-400", 0.0},
    {u"1e", 1.0},
    {u".e1", kNaN},
    {u".", kNaN},
    {u"5.", 5.0},
    {u"-0", -0.0},
    {u"+.5", 0.5},
    {u"  \t\n3.14abc", 3.14},
    {u"-Infinity", -kInf},
    {u"infinity", kNaN},
    {u"1e+", 1.0},
    {u"1e-5", 0.00001},
    {u"1.5E+3x", 1500.0},
    {u"0x10", 0.0},
    {u"00.001e3", 1.0},
    {u"-1e-400", -0.0},
    {u"10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", kInf},
    {u"0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", 0.0},
    {u"1e99999999999999999999", kInf},
    {u"0e99999999999999", 0.0},
    {u"\u20281", 1.0},
    {u".5.5", 0.5},
    {u"+-1", kNaN},
    {u"1_000", 1.0},
    {u"2.2250738585072011e-308", 2.225073858507201e-308},
    {u"9007199254740993", 9.007199254740992e15},
    {u"4.9406564584124654e-324", 5e-324},
    {u"2.4703282292062327e-324", 0.0},
    {u"2.4703282292062328e-324", 5e-324},
    {u"\u180e1", kNaN},
  };
  for (const auto& c : cases) {
    ExpectSameValue(c.expected, ParseFloat(c.input), "parseFloat(" + Narrow(c.input).substr(0, 40) + ")");
  }
}

}  // namespace
}  // namespace async_runtime::builtins
