#include "runtime/builtins/algorithms/math.h"

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace async_runtime::builtins {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kPi = 3.141592653589793;

// SameValue: NaN is NaN, +0 and -0 differ.
#define EXPECT_SAME(expected, actual)                                        \
  do {                                                                       \
    double e_ = (expected), a_ = (actual);                                   \
    if (std::isnan(e_)) {                                                    \
      EXPECT_TRUE(std::isnan(a_)) << #actual << " gave " << a_;              \
    } else {                                                                \
      EXPECT_EQ(e_, a_) << #actual;                                          \
      EXPECT_EQ(std::signbit(e_), std::signbit(a_)) << #actual << " sign";  \
    }                                                                        \
  } while (0)

double Max(std::vector<double> v) { return MathMax(v); }
double Min(std::vector<double> v) { return MathMin(v); }
double Hypot(std::vector<double> v) { return MathHypot(v); }

TEST(NumberExponentiate, SpecialCases) {
  EXPECT_SAME(kNaN, NumberExponentiate(1, kNaN));   // C's pow gives 1
  EXPECT_SAME(1, NumberExponentiate(kNaN, 0));
  EXPECT_SAME(1, NumberExponentiate(kNaN, -0.0));
  EXPECT_SAME(kNaN, NumberExponentiate(kNaN, 1));
  EXPECT_SAME(kNaN, NumberExponentiate(1, kInf));   // C's pow gives 1
  EXPECT_SAME(kNaN, NumberExponentiate(1, -kInf));
  EXPECT_SAME(kNaN, NumberExponentiate(-1, kInf));
  EXPECT_SAME(kNaN, NumberExponentiate(-1, -kInf));
  EXPECT_SAME(kInf, NumberExponentiate(1.5, kInf));
  EXPECT_SAME(0.0, NumberExponentiate(-1.5, -kInf));
  EXPECT_SAME(0.0, NumberExponentiate(0.5, kInf));
  EXPECT_SAME(kInf, NumberExponentiate(-0.5, -kInf));
  EXPECT_SAME(kInf, NumberExponentiate(kInf, 0.1));
  EXPECT_SAME(0.0, NumberExponentiate(kInf, -0.1));
  EXPECT_SAME(-kInf, NumberExponentiate(-kInf, 3));
  EXPECT_SAME(kInf, NumberExponentiate(-kInf, 2));
  EXPECT_SAME(kInf, NumberExponentiate(-kInf, 0.5));
  EXPECT_SAME(-0.0, NumberExponentiate(-kInf, -3));
  EXPECT_SAME(0.0, NumberExponentiate(-kInf, -2));
  EXPECT_SAME(0.0, NumberExponentiate(0.0, 3));
  EXPECT_SAME(kInf, NumberExponentiate(0.0, -3));
  EXPECT_SAME(-0.0, NumberExponentiate(-0.0, 3));
  EXPECT_SAME(0.0, NumberExponentiate(-0.0, 2));
  EXPECT_SAME(0.0, NumberExponentiate(-0.0, 0.5));
  EXPECT_SAME(-kInf, NumberExponentiate(-0.0, -3));
  EXPECT_SAME(kInf, NumberExponentiate(-0.0, -2));
  EXPECT_SAME(kInf, NumberExponentiate(-0.0, -0.5));
  EXPECT_SAME(kNaN, NumberExponentiate(-8, 1.0 / 3));
  EXPECT_SAME(-8, NumberExponentiate(-2, 3));
  EXPECT_SAME(1024, NumberExponentiate(2, 10));
  EXPECT_SAME(0.25, NumberExponentiate(2, -2));
  // Odd integral: 2^53 + 2 is even; 2^53 - 1 is odd.
  EXPECT_SAME(kInf, NumberExponentiate(-kInf, 9007199254740994.0));
  EXPECT_SAME(-kInf, NumberExponentiate(-kInf, 9007199254740991.0));
}

TEST(MathAtan2, SignedZerosAndInfinities) {
  EXPECT_SAME(kNaN, MathAtan2(kNaN, 1));
  EXPECT_SAME(kNaN, MathAtan2(1, kNaN));
  EXPECT_SAME(0.0, MathAtan2(0.0, 0.0));
  EXPECT_SAME(0.0, MathAtan2(0.0, 1));
  EXPECT_SAME(kPi, MathAtan2(0.0, -0.0));
  EXPECT_SAME(kPi, MathAtan2(0.0, -1));
  EXPECT_SAME(-0.0, MathAtan2(-0.0, 0.0));
  EXPECT_SAME(-0.0, MathAtan2(-0.0, 1));
  EXPECT_SAME(-kPi, MathAtan2(-0.0, -0.0));
  EXPECT_SAME(-kPi, MathAtan2(-0.0, -1));
  EXPECT_SAME(kPi / 2, MathAtan2(1, 0.0));
  EXPECT_SAME(kPi / 2, MathAtan2(1, -0.0));
  EXPECT_SAME(-kPi / 2, MathAtan2(-1, 0.0));
  EXPECT_SAME(0.0, MathAtan2(1, kInf));
  EXPECT_SAME(-0.0, MathAtan2(-1, kInf));
  EXPECT_SAME(kPi, MathAtan2(1, -kInf));
  EXPECT_SAME(-kPi, MathAtan2(-1, -kInf));
  EXPECT_SAME(kPi / 4, MathAtan2(kInf, kInf));
  EXPECT_SAME(3 * kPi / 4, MathAtan2(kInf, -kInf));
  EXPECT_SAME(-kPi / 4, MathAtan2(-kInf, kInf));
  EXPECT_SAME(-3 * kPi / 4, MathAtan2(-kInf, -kInf));
  EXPECT_SAME(kPi / 2, MathAtan2(kInf, 5));
  EXPECT_SAME(-kPi / 2, MathAtan2(-kInf, -5));
  EXPECT_SAME(kPi / 4, MathAtan2(1, 1));
  EXPECT_SAME(-3 * kPi / 4, MathAtan2(-1, -1));
}

TEST(MathClz32, Table) {
  EXPECT_SAME(32, MathClz32(0));
  EXPECT_SAME(31, MathClz32(1));
  EXPECT_SAME(0, MathClz32(0x80000000u));
  EXPECT_SAME(0, MathClz32(0xFFFFFFFFu));
  EXPECT_SAME(1, MathClz32(0x7FFFFFFFu));
  EXPECT_SAME(24, MathClz32(255));
}

TEST(MathImul, Table) {
  EXPECT_SAME(6, MathImul(2, 3));
  EXPECT_SAME(-5, MathImul(0xFFFFFFFFu, 5));
  EXPECT_SAME(-5, MathImul(5, static_cast<std::uint32_t>(-1)));
  EXPECT_SAME(-2, MathImul(0xFFFFFFFEu, 1));
  EXPECT_SAME(0, MathImul(0x80000000u, 2));
  EXPECT_SAME(-2147483648.0, MathImul(0x80000000u, 1));
  EXPECT_SAME(1, MathImul(0xFFFFFFFFu, 0xFFFFFFFFu));
  EXPECT_SAME(-4, MathImul(0x7FFFFFFFu, 4));
}

TEST(MathFround, Table) {
  EXPECT_SAME(kNaN, MathFround(kNaN));
  EXPECT_SAME(-0.0, MathFround(-0.0));
  EXPECT_SAME(-kInf, MathFround(-kInf));
  EXPECT_SAME(1.100000023841858, MathFround(1.1));
  EXPECT_SAME(kInf, MathFround(1e300));
  EXPECT_SAME(-kInf, MathFround(-1e39));
  EXPECT_SAME(-0.0, MathFround(-1e-300));
  EXPECT_SAME(3.4028234663852886e38, MathFround(3.4028235e38));  // FLT_MAX: below the midpoint
  EXPECT_SAME(3.4028234663852886e38, MathFround(std::nextafter(3.4028235677973366e38, 0.0)));
  EXPECT_SAME(kInf, MathFround(3.4028235677973366e38));  // 2^128 - 2^103: the tie goes to even, 2^128
  EXPECT_SAME(kInf, MathFround(3.4028235677973366e38 + 5e22));
  EXPECT_SAME(1.401298464324817e-45, MathFround(1e-45));
}

// Test262 harness/byteConversionValues.js: Float16 and Float32 columns
// (Math/f16round/value-conversion.js uses the first).
TEST(MathF16roundAndFround, ByteConversionValues) {
  const struct { double value; double float16; double float32; } cases[] = {
{127.0, 127.0, 127.0},
{128.0, 128.0, 128.0},
{32767.0, 32768.0, 32767.0},
{32768.0, 32768.0, 32768.0},
{2147483647.0, kInf, 2147483648.0},
{2147483648.0, kInf, 2147483648.0},
{255.0, 255.0, 255.0},
{256.0, 256.0, 256.0},
{65535.0, kInf, 65535.0},
{65536.0, kInf, 65536.0},
{4294967295.0, kInf, 4294967296.0},
{4294967296.0, kInf, 4294967296.0},
{9007199254740991, kInf, 9007199254740992},
{9007199254740992, kInf, 9007199254740992},
{1.1, 1.099609375, 1.100000023841858},
{0.1, 0.0999755859375, 0.10000000149011612},
{0.5, 0.5, 0.5},
{0.50000001, 0.5, 0.5},
{0.6, 0.60009765625, 0.6000000238418579},
{0.7, 0.7001953125, 0.699999988079071},
{-1.0, -1.0, -1.0},
{-0.0, -0.0, -0.0},
{-0.1, -0.0999755859375, -0.10000000149011612},
{-1.1, -1.099609375, -1.100000023841858},
{kNaN, kNaN, kNaN},
{-127.0, -127.0, -127.0},
{-128.0, -128.0, -128.0},
{-32767.0, -32768.0, -32767.0},
{-32768.0, -32768.0, -32768.0},
{-2147483647.0, -kInf, -2147483648.0},
{-2147483648.0, -kInf, -2147483648.0},
{-255.0, -255.0, -255.0},
{-256.0, -256.0, -256.0},
{-65535.0, -kInf, -65535.0},
{-65536.0, -kInf, -65536.0},
{-4294967295.0, -kInf, -4294967296.0},
{-4294967296.0, -kInf, -4294967296.0},
{kInf, kInf, kInf},
{-kInf, -kInf, -kInf},
{0.0, 0.0, 0.0},
{2049.0, 2048.0, 2049.0},
{2051.0, 2052.0, 2051.0},
{0.00006103515625, 0.00006103515625, 0.00006103515625},
{0.00006097555160522461, 0.00006097555160522461, 0.00006097555160522461},
{5.960464477539063e-8, 5.960464477539063e-8, 5.960464477539063e-8},
{2.9802322387695312e-8, 0.0, 2.9802322387695312e-8},
{2.980232238769532e-8, 5.960464477539063e-8, 2.9802322387695312e-8},
{8.940696716308594e-8, 1.1920928955078125e-7, 8.940696716308594e-8},
{1.4901161193847656e-7, 1.1920928955078125e-7, 1.4901161193847656e-7},
{1.490116119384766e-7, 1.7881393432617188e-7, 1.4901161193847656e-7},
{65504.0, 65504.0, 65504.0},
{65520.0, kInf, 65520.0},
{65519.99999999999, 65504.0, 65520.0},
{0.000061005353927612305, 0.00006103515625, 0.000061005353927612305},
{0.0000610053539276123, 0.00006097555160522461, 0.000061005353927612305},
  };
  for (const auto& c : cases) {
    EXPECT_SAME(c.float16, MathF16round(c.value));
    EXPECT_SAME(c.float32, MathFround(c.value));
  }
}

TEST(MathF16round, Edges) {
  EXPECT_SAME(kNaN, MathF16round(kNaN));
  EXPECT_SAME(-0.0, MathF16round(-0.0));
  EXPECT_SAME(kInf, MathF16round(kInf));
  // The spec's note: no double rounding through binary32.
  EXPECT_SAME(1.0009765625, MathF16round(1.00048828125000022204));
  EXPECT_SAME(1, MathF16round(1.00048828125));  // a tie goes to even
  EXPECT_SAME(65504, MathF16round(65504));
  EXPECT_SAME(65504, MathF16round(65519.99));
  EXPECT_SAME(kInf, MathF16round(65520));
  EXPECT_SAME(-kInf, MathF16round(-65520));
  EXPECT_SAME(5.960464477539063e-8, MathF16round(5.960464477539063e-8));  // 2^-24
  EXPECT_SAME(0.0, MathF16round(2.9802322387695312e-8));   // 2^-25: tie to even 0
  EXPECT_SAME(-0.0, MathF16round(-2.9802322387695312e-8));
  EXPECT_SAME(5.960464477539063e-8, MathF16round(std::nextafter(2.9802322387695312e-8, 1.0)));  // just above
  EXPECT_SAME(6.103515625e-5, MathF16round(6.1035e-5));     // smallest normal
}

TEST(MathHypot, Rules) {
  EXPECT_SAME(0.0, Hypot({}));
  EXPECT_SAME(0.0, Hypot({-0.0}));
  EXPECT_SAME(0.0, Hypot({-0.0, -0.0}));
  EXPECT_SAME(kInf, Hypot({kNaN, kInf}));   // Infinity before NaN
  EXPECT_SAME(kInf, Hypot({kNaN, -kInf}));
  EXPECT_SAME(kNaN, Hypot({kNaN, 0}));
  EXPECT_SAME(3, Hypot({-3}));
  EXPECT_SAME(5, Hypot({3, 4}));
  EXPECT_SAME(7, Hypot({2, 3, 6}));
  EXPECT_SAME(9, Hypot({2, 4, 5, 6}));  // 4+16+25+36 = 81
  EXPECT_SAME(2, Hypot({1, -1, 1, -1}));
  EXPECT_SAME(5e300, Hypot({3e300, 4e300}));
  EXPECT_SAME(1e300 * std::sqrt(4.0), Hypot({1e300, 1e300, 1e300, 1e300}));
  EXPECT_NEAR(5e-300, Hypot({3e-300, 4e-300, 0, 0}), 1e-314);
}

TEST(MathMaxMin, ZerosAndNaN) {
  EXPECT_SAME(-kInf, Max({}));
  EXPECT_SAME(kInf, Min({}));
  EXPECT_SAME(0.0, Max({-0.0, 0.0}));
  EXPECT_SAME(0.0, Max({0.0, -0.0}));
  EXPECT_SAME(-0.0, Max({-0.0, -0.0}));
  EXPECT_SAME(-0.0, Min({0.0, -0.0}));
  EXPECT_SAME(-0.0, Min({-0.0, 0.0}));
  EXPECT_SAME(0.0, Min({0.0, 0.0}));
  EXPECT_SAME(kNaN, Max({1, kNaN, 3}));
  EXPECT_SAME(kNaN, Min({kNaN, -kInf}));
  EXPECT_SAME(3, Max({1, 3, 2}));
  EXPECT_SAME(-5, Min({1, -5, 2}));
  EXPECT_SAME(-kInf, Max({-kInf}));
}

TEST(MathRound, Rules) {
  EXPECT_SAME(kNaN, MathRound(kNaN));
  EXPECT_SAME(-0.0, MathRound(-0.0));
  EXPECT_SAME(kInf, MathRound(kInf));
  EXPECT_SAME(4, MathRound(3.5));
  EXPECT_SAME(-3, MathRound(-3.5));  // the spec's note
  EXPECT_SAME(0.0, MathRound(0.49999999999999994));  // floor(x + 0.5) gives 1
  EXPECT_SAME(0.0, MathRound(0.25));
  EXPECT_SAME(1, MathRound(0.5));
  EXPECT_SAME(-0.0, MathRound(-0.5));
  EXPECT_SAME(-0.0, MathRound(-0.25));
  EXPECT_SAME(-0.0, MathRound(-4.9e-324));
  EXPECT_SAME(-1, MathRound(-0.5000000000000001));
  EXPECT_SAME(-2, MathRound(-2.5));
  EXPECT_SAME(-3, MathRound(-2.5000000000000004));
  EXPECT_SAME(4503599627370496.0, MathRound(4503599627370495.5));   // 2^52 - 0.5
  EXPECT_SAME(-4503599627370495.0, MathRound(-4503599627370495.5));
  EXPECT_SAME(9007199254740991.0, MathRound(9007199254740991.0));
  EXPECT_SAME(1.7976931348623157e308, MathRound(1.7976931348623157e308));
}

TEST(MathSign, Rules) {
  EXPECT_SAME(kNaN, MathSign(kNaN));
  EXPECT_SAME(0.0, MathSign(0.0));
  EXPECT_SAME(-0.0, MathSign(-0.0));
  EXPECT_SAME(-1, MathSign(-kInf));
  EXPECT_SAME(1, MathSign(5e-324));
  EXPECT_SAME(-1, MathSign(-5e-324));
}

// Test262 built-ins/Math/sumPrecise: sum.js, sum-is-minus-zero.js,
// sum-is-infinite.js, sum-is-NaN.js.
TEST(MathSumPrecise, Test262) {
  const struct { std::vector<double> numbers; double expected; } cases[] = {
    {{1, 2, 3}, 6},
    {{1e308}, 1e308},
    {{1e308, -1e308}, 0.0},
    {{0.1}, 0.1},
    {{0.1, 0.1}, 0.2},
    {{0.1, -0.1}, 0.0},
    {{1e308, 1e308, 0.1, 0.1, 1e30, 0.1, -1e30, -1e308, -1e308}, 0.30000000000000004},
    {{1e30, 0.1, -1e30}, 0.1},
    {{8.98846567431158e+307, 8.988465674311579e+307, -1.7976931348623157e+308}, 9.9792015476736e+291},
    {{-5.630637621603525e+255, 9.565271205476345e+307, 2.9937604643020797e+292}, 9.565271205476347e+307},
    {{6.739986666787661e+66, 2, -1.2689709186578243e-116, 1.7046015739467354e+308, -9.979201547673601e+291, 6.160926733208294e+307, -3.179557053031852e+234, -7.027282978772846e+307, -0.7500000000000001}, 1.61796594939028e+308},
    {{0.31150493246968836, -8.988465674311582e+307, 1.8315037361673755e-270, -15.999999999999996, 2.9999999999999996, 7.345200721499384e+164, -2.033582473639399, -8.98846567431158e+307, -3.5737295155405993e+292, 4.13894772383715e-124, -3.6111186457260667e-35, 2.387234887098013e+180, 7.645295562778372e-298, 3.395189016861822e-103, -2.6331611115768973e-149}, -kInf},
    {{-1.1442589134409902e+308, 9.593842098384855e+138, 4.494232837155791e+307, -1.3482698511467367e+308, 4.494232837155792e+307}, -1.5936821971565685e+308},
    {{-1.1442589134409902e+308, 4.494232837155791e+307, -1.3482698511467367e+308, 4.494232837155792e+307}, -1.5936821971565687e+308},
    {{9.593842098384855e+138, -6.948356297254111e+307, -1.3482698511467367e+308, 4.494232837155792e+307}, -1.5936821971565685e+308},
    {{-2.534858246857893e+115, 8.988465674311579e+307, 8.98846567431158e+307}, 1.7976931348623157e+308},
    {{1.3588124894186193e+308, 1.4803986201152006e+223, 6.741349255733684e+307}, kInf},
    {{6.741349255733684e+307, 1.7976931348623155e+308, -7.388327292663961e+41}, kInf},
    {{-1.9807040628566093e+28, 1.7976931348623157e+308, 9.9792015476736e+291}, 1.7976931348623157e+308},
    {{-1.0214557991173964e+61, 1.7976931348623157e+308, 8.98846567431158e+307, -8.988465674311579e+307}, 1.7976931348623157e+308},
    {{1.7976931348623157e+308, 7.999999999999999, -1.908963895403937e-230, 1.6445950082320264e+292, 2.0734856707605806e+205}, kInf},
    {{6.197409167220438e-223, -9.979201547673601e+291, -1.7976931348623157e+308}, -kInf},
    {{4.49423283715579e+307, 8.944251746776101e+307, -0.0002441406250000001, 1.1752060710043817e+308, 4.940846717201632e+292, -1.6836699406454528e+308}, 8.353845887521184e+307},
    {{8.988465674311579e+307, 7.999999999999998, 7.029158107234023e-308, -2.2303483759420562e-172, -1.7976931348623157e+308, -8.98846567431158e+307}, -1.7976931348623157e+308},
    {{8.98846567431158e+307, 8.98846567431158e+307}, kInf},
    {{}, -0.0},
    {{-0.0}, -0.0},
    {{-0.0, -0.0}, -0.0},
    {{-0.0, 0}, 0.0},
    {{kInf}, kInf},
    {{kInf, kInf}, kInf},
    {{-kInf}, -kInf},
    {{-kInf, -kInf}, -kInf},
    {{kNaN}, kNaN},
    {{kInf, -kInf}, kNaN},
    {{-kInf, kInf}, kNaN},
  };
  int index = 0;
  for (const auto& c : cases) {
    SCOPED_TRACE(index++);
    EXPECT_SAME(c.expected, MathSumPrecise(c.numbers));
  }
}

TEST(MathSumPrecise, ExactnessAndSubnormals) {
  EXPECT_SAME(1e-323, MathSumPrecise(std::vector<double>{5e-324, 5e-324}));
  EXPECT_SAME(0.0, MathSumPrecise(std::vector<double>{5e-324, -5e-324}));
  EXPECT_SAME(-5e-324, MathSumPrecise(std::vector<double>{-0.0, -5e-324}));
  // 2^53 + 1 is not a double: the exact sum rounds once (ties to even).
  EXPECT_SAME(9007199254740992.0, MathSumPrecise(std::vector<double>{9007199254740992.0, 1}));
  EXPECT_SAME(9007199254740994.0, MathSumPrecise(std::vector<double>{9007199254740992.0, 1, 1e-300}));
  EXPECT_SAME(9007199254740996.0, MathSumPrecise(std::vector<double>{9007199254740994.0, 1}));
  // Naive left-to-right summation gives 0 here.
  EXPECT_SAME(1, MathSumPrecise(std::vector<double>{1e100, 1, -1e100}));
  EXPECT_SAME(-2, MathSumPrecise(std::vector<double>{1e300, -1, 1e-300, -1e300, -1, -1e-300}));
  std::vector<double> tenths(10, 0.1);
  EXPECT_SAME(1, MathSumPrecise(tenths));
  // Largest finite: below the rounding boundary to ∞ and at it.
  EXPECT_SAME(1.7976931348623157e308, MathSumPrecise(std::vector<double>{1.7976931348623157e308, 9.979201547673598e291}));
  EXPECT_SAME(kInf, MathSumPrecise(std::vector<double>{1.7976931348623157e308, 9.979201547673599e291}));
  EXPECT_SAME(-kInf, MathSumPrecise(std::vector<double>{-1.7976931348623157e308, -1.7976931348623157e308}));
}

}  // namespace
}  // namespace async_runtime::builtins
