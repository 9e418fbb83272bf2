// Expected values are V8's (node) under the same time zone, the spec's
// notes (21.4.1.26) and Test262's Date tests.
#include "runtime/builtins/algorithms/date_time.h"

#include <cmath>
#include <limits>
#include <memory>
#include <string>

#include <gtest/gtest.h>

namespace async_runtime::builtins {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

std::string Narrow(const std::u16string& s) {
  std::string out;
  for (char16_t c : s) out += c < 0x80 ? static_cast<char>(c) : '?';
  return out;
}

void ExpectSameValue(double expected, double actual, const std::string& what) {
  if (std::isnan(expected)) {
    EXPECT_TRUE(std::isnan(actual)) << what << " gave " << actual;
    return;
  }
  EXPECT_EQ(expected, actual) << what;
  EXPECT_EQ(std::signbit(expected), std::signbit(actual)) << what << " sign";
}

std::unique_ptr<TimeZone> Zone(std::u16string_view id) {
  auto zone = CreateTimeZone(id);
  EXPECT_NE(nullptr, zone) << Narrow(std::u16string(id));
  return zone;
}

struct FieldsCase {
  double tv;
  double year;
  int month, date, week_day, hour, minute, second, millisecond;
  double day_within_year;
  int in_leap_year;
};

TEST(DateFields, FromTimeValue) {
  const FieldsCase cases[] = {
    {0.0, 1970, 0, 1, 4, 0, 0, 0, 0, 0, 0},
    {-1.0, 1969, 11, 31, 3, 23, 59, 59, 999, 364, 0},
    {1.0, 1970, 0, 1, 4, 0, 0, 0, 1, 0, 0},
    {8.6399999e7, 1970, 0, 1, 4, 23, 59, 59, 999, 0, 0},
    {8.64e7, 1970, 0, 2, 5, 0, 0, 0, 0, 1, 0},
    {-8.64e7, 1969, 11, 31, 3, 0, 0, 0, 0, 364, 0},
    {-8.6400001e7, 1969, 11, 30, 2, 23, 59, 59, 999, 363, 0},
    {9.517824e11, 2000, 1, 29, 2, 0, 0, 0, 0, 59, 1},
    {9.51868799999e11, 2000, 1, 29, 2, 23, 59, 59, 999, 59, 1},
    {9.466848e11, 2000, 0, 1, 6, 0, 0, 0, 0, 0, 1},
    {4.1024448e12, 2100, 0, 1, 5, 0, 0, 0, 0, 0, 0},
    {-6.21987552e13, -1, 0, 1, 5, 0, 0, 0, 0, 0, 0},
    {-6.2167219200001e13, -1, 11, 31, 5, 23, 59, 59, 999, 364, 0},
    {-6.21355968e13, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0},
    {8.64e15, 275760, 8, 13, 6, 0, 0, 0, 0, 256, 1},
    {-8.64e15, -271821, 3, 20, 2, 0, 0, 0, 0, 109, 0},
    {1.000000000123e12, 2001, 8, 9, 0, 1, 46, 40, 123, 251, 0},
    {-1.000000000007e12, 1938, 3, 24, 0, 22, 13, 19, 993, 113, 0},
    {1.5830208e12, 2020, 2, 1, 0, 0, 0, 0, 0, 60, 1},
    {6.8256e13, 4132, 11, 12, 5, 0, 0, 0, 0, 346, 1},
    {-2.2089888e12, 1900, 0, 1, 1, 0, 0, 0, 0, 0, 0},
    {2.53402300799999e14, 9999, 11, 31, 5, 23, 59, 59, 999, 364, 0},
    {2.534023008e14, 10000, 0, 1, 6, 0, 0, 0, 0, 0, 1},
    {-1.22192928e13, 1582, 9, 15, 5, 0, 0, 0, 0, 287, 0},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.tv);
    EXPECT_EQ(c.year, YearFromTime(c.tv));
    EXPECT_EQ(c.month, MonthFromTime(c.tv));
    EXPECT_EQ(c.date, DateFromTime(c.tv));
    EXPECT_EQ(c.week_day, WeekDay(c.tv));
    EXPECT_EQ(c.hour, HourFromTime(c.tv));
    EXPECT_EQ(c.minute, MinuteFromTime(c.tv));
    EXPECT_EQ(c.second, SecondFromTime(c.tv));
    EXPECT_EQ(c.millisecond, MillisecondFromTime(c.tv));
    EXPECT_EQ(c.day_within_year, DayWithinYear(c.tv));
    EXPECT_EQ(c.in_leap_year, InLeapYear(c.tv));
    EXPECT_EQ(c.in_leap_year ? 366 : 365, DaysInYear(c.year));
    EXPECT_EQ(std::floor(c.tv / 864e5), Day(c.tv));
    // Day and TimeWithinDay put the time value back together.
    EXPECT_EQ(c.tv, Day(c.tv) * msPerDay + TimeWithinDay(c.tv));
    EXPECT_GE(TimeWithinDay(c.tv), 0);
    // The fields put the time value back together too.
    EXPECT_EQ(c.tv, MakeDate(MakeDay(c.year, c.month, c.date),
                             MakeTime(c.hour, c.minute, c.second, c.millisecond)));
  }
}

TEST(DateFields, NegativeTimeValuesUseFloorAndModulo) {
  // C's % would give negative fields here.
  EXPECT_EQ(23, HourFromTime(-1));
  EXPECT_EQ(59, MinuteFromTime(-1));
  EXPECT_EQ(59, SecondFromTime(-1));
  EXPECT_EQ(999, MillisecondFromTime(-1));
  EXPECT_EQ(-1, Day(-1));
  EXPECT_EQ(86399999, TimeWithinDay(-1));
  EXPECT_EQ(3, WeekDay(-1));  // Wednesday 31 December 1969
  EXPECT_EQ(4, WeekDay(0));   // Thursday 1 January 1970
  ExpectSameValue(0.0, TimeWithinDay(-86400000), "TimeWithinDay(-msPerDay) is +0");
}

TEST(DateFields, NonFiniteInputNeitherHangsNorCrashes) {
  ExpectSameValue(kNaN, YearFromTime(kNaN), "YearFromTime(NaN)");
  ExpectSameValue(kNaN, YearFromTime(kInf), "YearFromTime(+inf)");
  ExpectSameValue(kNaN, YearFromTime(-kInf), "YearFromTime(-inf)");
  EXPECT_TRUE(std::isfinite(YearFromTime(1e300)));
  EXPECT_TRUE(std::isfinite(YearFromTime(-1e300)));
  for (double tv : {kNaN, kInf, -kInf}) {
    int fields = HourFromTime(tv) + MinuteFromTime(tv) + SecondFromTime(tv) +
                 MillisecondFromTime(tv) + WeekDay(tv) + DateFromTime(tv) +
                 MonthFromTime(tv) + InLeapYear(tv);
    EXPECT_GE(fields, 0);
  }
}

TEST(DateFields, YearArithmetic) {
  EXPECT_EQ(0, DayFromYear(1970));
  EXPECT_EQ(365, DayFromYear(1971));
  EXPECT_EQ(-365, DayFromYear(1969));
  EXPECT_EQ(10957, DayFromYear(2000));
  EXPECT_EQ(-719528, DayFromYear(0));
  EXPECT_EQ(msPerDay * 10957, TimeFromYear(2000));
  EXPECT_EQ(366, DaysInYear(2000));
  EXPECT_EQ(365, DaysInYear(1900));
  EXPECT_EQ(366, DaysInYear(0));
  EXPECT_EQ(365, DaysInYear(-1));
  EXPECT_EQ(366, DaysInYear(-4));
  EXPECT_EQ(275760, YearFromTime(8.64e15));
  EXPECT_EQ(-271821, YearFromTime(-8.64e15));
  EXPECT_EQ(1969, YearFromTime(-1));
}

// Test262 built-ins/Date/UTC: overflow-make-day.js, overflow-make-time.js.
TEST(MakeDayAndMakeTime, Overflow) {
  auto utc = [](double y, double m, double d = 1, double h = 0, double min = 0,
                double s = 0, double ms = 0) {
    return TimeClip(MakeDate(MakeDay(y, m, d), MakeTime(h, min, s, ms)));
  };
  EXPECT_EQ(1483228800000, utc(2016, 12));
  EXPECT_EQ(1485907200000, utc(2016, 13));
  EXPECT_EQ(1830297600000, utc(2016, 144));
  EXPECT_EQ(1454371200000, utc(2016, 0, 33));
  EXPECT_EQ(1454371200000, utc(2016, 2, -27));
  EXPECT_EQ(1467673200000, utc(2016, 6, 5, -1));
  EXPECT_EQ(1467763200000, utc(2016, 6, 5, 24));
  EXPECT_EQ(1467676740000, utc(2016, 6, 5, 0, -1));
  EXPECT_EQ(1467680400000, utc(2016, 6, 5, 0, 60));
  EXPECT_EQ(1467676799000, utc(2016, 6, 5, 0, 0, -1));
  EXPECT_EQ(1467676860000, utc(2016, 6, 5, 0, 0, 60));
  EXPECT_EQ(1467676799999, utc(2016, 6, 5, 0, 0, 0, -1));
  EXPECT_EQ(1467676801000, utc(2016, 6, 5, 0, 0, 0, 1000));
  // Negative months balance into earlier years: month -1 is December.
  EXPECT_EQ(utc(2015, 11), utc(2016, -1));
  EXPECT_EQ(utc(2014, 0), utc(2016, -24));
  // Fractions are truncated toward zero (ToIntegerOrInfinity).
  EXPECT_EQ(utc(2016, 1, 1, 1), utc(2016.9, 1.9, 1.9, 1.9, 0.5, 0.5, 0.9));
  EXPECT_EQ(utc(2016, 0, 1, 0, 0, 0, 0), utc(2016, 0, 1, 0, 0, 0, -0.9));
}

TEST(MakeDayAndMakeTime, NonFiniteAndOutOfRange) {
  ExpectSameValue(kNaN, MakeDay(kNaN, 0, 1), "MakeDay(NaN)");
  ExpectSameValue(kNaN, MakeDay(2016, kInf, 1), "MakeDay month ∞");
  ExpectSameValue(kNaN, MakeDay(2016, 0, -kInf), "MakeDay day -∞");
  ExpectSameValue(kNaN, MakeDay(1.7976931348623157e308, 1.7976931348623157e308, 1), "balancedYear overflows");
  ExpectSameValue(kNaN, MakeDay(1e10, 0, 1), "year beyond any time value");
  ExpectSameValue(kNaN, MakeTime(kInf, 0, 0, 0), "MakeTime(∞)");
  ExpectSameValue(kNaN, MakeTime(0, 0, 0, kNaN), "MakeTime(.., NaN)");
  ExpectSameValue(kNaN, MakeDate(kNaN, 0), "MakeDate(NaN, 0)");
  ExpectSameValue(kNaN, MakeDate(1e303, 0), "MakeDate overflow");
  EXPECT_EQ(1e300 * msPerDay, MakeDate(1e300, 0));  // finite: only TimeClip rejects it
  ExpectSameValue(kNaN, MakeDate(0, kInf), "MakeDate(0, ∞)");
  // A day argument may bring a month start past the range back into it.
  EXPECT_EQ(8.64e15, TimeClip(MakeDate(MakeDay(275760, 9, -17), 0)));
}

// Test262 built-ins/Date/UTC/fp-evaluation-order.js: MakeTime and MakeDate
// are floating-point arithmetic in the spec's order.
TEST(MakeDayAndMakeTime, FloatingPointEvaluationOrder) {
  EXPECT_EQ(29312, TimeClip(MakeDate(MakeDay(1970, 0, 1), MakeTime(80063993375, 29, 1, -288230376151711740))));
  EXPECT_EQ(34447360, TimeClip(MakeDate(MakeDay(1970, 0, 213503982336), MakeTime(0, 0, 0, -18446744073709552000.0))));
}

TEST(MakeFullYear, Table) {
  EXPECT_EQ(1900, MakeFullYear(0));
  EXPECT_EQ(1999, MakeFullYear(99));
  EXPECT_EQ(1999, MakeFullYear(99.9));
  EXPECT_EQ(100, MakeFullYear(100));
  EXPECT_EQ(-1, MakeFullYear(-1));
  ExpectSameValue(1900, MakeFullYear(-0.5), "-0.5 truncates to 0");
  ExpectSameValue(kNaN, MakeFullYear(kNaN), "NaN");
  ExpectSameValue(kNaN, MakeFullYear(-kInf), "-∞");
}

TEST(TimeClip, Table) {
  ExpectSameValue(0.0, TimeClip(-0.0), "TimeClip(-0) is +0 (Test262 TimeClip_negative_zero)");
  ExpectSameValue(0.0, TimeClip(-0.9), "truncation toward zero gives +0");
  EXPECT_EQ(8.64e15, TimeClip(8.64e15));
  EXPECT_EQ(-8.64e15, TimeClip(-8.64e15));
  ExpectSameValue(kNaN, TimeClip(8.64e15 + 1), "above range");
  ExpectSameValue(kNaN, TimeClip(-8.64e15 - 1), "below range");
  ExpectSameValue(kNaN, TimeClip(kInf), "∞");
  ExpectSameValue(kNaN, TimeClip(kNaN), "NaN");
  EXPECT_EQ(1, TimeClip(1.9));
  EXPECT_EQ(-1, TimeClip(-1.9));
}

TEST(TimeZoneOffsetString, Grammar) {
  EXPECT_TRUE(IsTimeZoneOffsetString(u"+00"));
  EXPECT_TRUE(IsTimeZoneOffsetString(u"-23"));
  EXPECT_TRUE(IsTimeZoneOffsetString(u"+05:30"));
  EXPECT_TRUE(IsTimeZoneOffsetString(u"+0530"));
  EXPECT_TRUE(IsTimeZoneOffsetString(u"+05:30:15"));
  EXPECT_TRUE(IsTimeZoneOffsetString(u"-053015.123456789"));
  EXPECT_TRUE(IsTimeZoneOffsetString(u"+05:30:15,5"));
  EXPECT_FALSE(IsTimeZoneOffsetString(u"+24"));
  EXPECT_FALSE(IsTimeZoneOffsetString(u"05:30"));
  EXPECT_FALSE(IsTimeZoneOffsetString(u"+5:30"));
  EXPECT_FALSE(IsTimeZoneOffsetString(u"+05:60"));
  EXPECT_FALSE(IsTimeZoneOffsetString(u"+05:3015"));   // mixed separators
  EXPECT_FALSE(IsTimeZoneOffsetString(u"+0530:15"));
  EXPECT_FALSE(IsTimeZoneOffsetString(u"+05:30.5"));   // fraction needs seconds
  EXPECT_FALSE(IsTimeZoneOffsetString(u"+05:30:15.1234567890"));
  EXPECT_FALSE(IsTimeZoneOffsetString(u"−05:30"));  // MINUS SIGN is not ASCIISign
  EXPECT_FALSE(IsTimeZoneOffsetString(u"UTC"));
  EXPECT_FALSE(IsTimeZoneOffsetString(u""));
  EXPECT_EQ(0, ParseTimeZoneOffsetString(u"+00"));
  EXPECT_EQ(19800e9, ParseTimeZoneOffsetString(u"+05:30"));
  EXPECT_EQ(-19800e9, ParseTimeZoneOffsetString(u"-0530"));
  EXPECT_EQ(-(19815e9 + 123456789), ParseTimeZoneOffsetString(u"-053015.123456789"));
  EXPECT_EQ(19815e9 + 500000000, ParseTimeZoneOffsetString(u"+05:30:15,5"));
}

TEST(TimeZones, CreateTimeZone) {
  EXPECT_EQ(nullptr, CreateTimeZone(u"Not/A_Zone"));
  EXPECT_EQ(u"UTC", Zone(u"UTC")->Identifier());
  EXPECT_EQ(u"America/New_York", Zone(u"America/New_York")->Identifier());
  EXPECT_EQ(u"+05:30", Zone(u"+05:30")->Identifier());
  EXPECT_NE(nullptr, CreateDefaultTimeZone());
}

// 21.4.1.26 UTC ( t ), the notes: a repeated local time takes the offset
// before the transition, and so does a skipped one.
TEST(TimeZones, UtcAtTransitionsInNewYork) {
  auto zone = Zone(u"America/New_York");
  // 1:30 AM on 5 November 2017 is repeated: interpreted as UTC-04.
  double repeated = MakeDate(MakeDay(2017, 10, 5), MakeTime(1, 30, 0, 0));
  EXPECT_EQ(repeated + 4 * msPerHour, UTC(repeated, *zone));
  std::vector<double> both = zone->EpochMilliseconds(repeated);
  ASSERT_EQ(2u, both.size());
  EXPECT_EQ(repeated + 4 * msPerHour, both[0]);
  EXPECT_EQ(repeated + 5 * msPerHour, both[1]);
  // 2:30 AM on 12 March 2017 does not exist: interpreted as UTC-05.
  double skipped = MakeDate(MakeDay(2017, 2, 12), MakeTime(2, 30, 0, 0));
  EXPECT_TRUE(zone->EpochMilliseconds(skipped).empty());
  EXPECT_EQ(skipped + 5 * msPerHour, UTC(skipped, *zone));
  // LocalTime of that instant is 3:30 AM EDT.
  EXPECT_EQ(skipped + msPerHour, LocalTime(UTC(skipped, *zone), *zone));
  ExpectSameValue(kNaN, UTC(kNaN, *zone), "UTC(NaN)");
  ExpectSameValue(kNaN, UTC(kInf, *zone), "UTC(∞)");
}

// new Date(y, m, d, h, min) in America/New_York, as V8 computes it: local
// time value (fields as UTC) and the resulting time value.
TEST(TimeZones, UtcMatchesV8InNewYork) {
  auto zone = Zone(u"America/New_York");
  const struct { double local; double expected; } cases[] = {
    {1.5098454e12, 1.5098598e12},
    {1.4892858e12, 1.4893038e12},
    {1.4892894e12, 1.4893038e12},
    {1.48928394e12, 1.48930194e12},
    {1.50984354e12, 1.50985794e12},
    {1.5098472e12, 1.5098652e12},
    {1.5936048e12, 1.5936192e12},
    {0.0, 1.8e7},
    {-2.7176688e12, -2.717651038e12},
    {8.6399999856e15, 8.64e15},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(c.expected, TimeClip(UTC(c.local, *zone))) << c.local;
  }
}

TEST(TimeZones, FixedOffsetAndUtc) {
  auto utc = Zone(u"UTC");
  auto kolkata = Zone(u"+05:30");
  EXPECT_EQ(12345, LocalTime(12345, *utc));
  EXPECT_EQ(12345, UTC(12345, *utc));
  EXPECT_EQ(19800000 + 5, LocalTime(5, *kolkata));
  EXPECT_EQ(5 - 19800000, UTC(5, *kolkata));
  // Not limited to the time value range (the note in 21.4.1.26).
  EXPECT_EQ(8.64e15, UTC(8.64e15 + 19800000, *kolkata));
  EXPECT_EQ(u"Thu Jan 01 1970 05:30:00 GMT+0530", ToDateString(0, *kolkata));
  auto minus = Zone(u"-00:30");
  EXPECT_EQ(u"Wed Dec 31 1969 23:30:00 GMT-0030", ToDateString(0, *minus));
}

struct FormatCase { double tv; const char16_t* to_string; const char16_t* to_utc_string; const char16_t* to_iso_string; };

void CheckFormats(const FormatCase* begin, const FormatCase* end, const TimeZone& zone) {
  for (const FormatCase* c = begin; c != end; ++c) {
    SCOPED_TRACE(c->tv);
    // Before standard time the IANA zones use local mean time, whose offset
    // has seconds (New York -4:56:02). TimeZoneString shows whole minutes,
    // so toString cannot round-trip there, and V8 calls LMT "Daylight Time"
    // where ICU's name for the raw offset is "Standard Time": compare up to
    // the name.
    bool local_mean_time = std::fmod(zone.OffsetMilliseconds(c->tv), msPerMinute) != 0;
    std::string expected = Narrow(c->to_string);
    std::string actual = Narrow(ToDateString(c->tv, zone));
    if (local_mean_time) {
      expected = expected.substr(0, expected.find(" ("));
      actual = actual.substr(0, actual.find(" ("));
    }
    EXPECT_EQ(expected, actual);
    EXPECT_EQ(Narrow(c->to_utc_string), Narrow(ToUTCString(c->tv)));
    EXPECT_EQ(Narrow(c->to_iso_string), Narrow(ToISOString(c->tv).value()));
    // Date.parse reads each of them back (21.4.3.2).
    if (!local_mean_time) {
      EXPECT_EQ(std::floor(c->tv / 1000) * 1000, ParseDate(c->to_string, zone)) << Narrow(c->to_string);
    }
    EXPECT_EQ(std::floor(c->tv / 1000) * 1000, ParseDate(c->to_utc_string, zone)) << Narrow(c->to_utc_string);
    EXPECT_EQ(c->tv, ParseDate(c->to_iso_string, zone)) << Narrow(c->to_iso_string);
  }
}

TEST(DateFormats, NewYork) {
  const FormatCase cases[] = {
    {0.0, u"Wed Dec 31 1969 19:00:00 GMT-0500 (Eastern Standard Time)", u"Thu, 01 Jan 1970 00:00:00 GMT", u"1970-01-01T00:00:00.000Z"},
    {-1.0, u"Wed Dec 31 1969 18:59:59 GMT-0500 (Eastern Standard Time)", u"Wed, 31 Dec 1969 23:59:59 GMT", u"1969-12-31T23:59:59.999Z"},
    {1.6436916e12, u"Tue Feb 01 2022 00:00:00 GMT-0500 (Eastern Standard Time)", u"Tue, 01 Feb 2022 05:00:00 GMT", u"2022-02-01T05:00:00.000Z"},
    {1.499000000123e12, u"Sun Jul 02 2017 08:53:20 GMT-0400 (Eastern Daylight Time)", u"Sun, 02 Jul 2017 12:53:20 GMT", u"2017-07-02T12:53:20.123Z"},
    {1.4893038e12, u"Sun Mar 12 2017 03:30:00 GMT-0400 (Eastern Daylight Time)", u"Sun, 12 Mar 2017 07:30:00 GMT", u"2017-03-12T07:30:00.000Z"},
    {1.5098598e12, u"Sun Nov 05 2017 01:30:00 GMT-0400 (Eastern Daylight Time)", u"Sun, 05 Nov 2017 05:30:00 GMT", u"2017-11-05T05:30:00.000Z"},
    {-6.21987552e13, u"Thu Dec 31 -0002 19:03:58 GMT-0456 (Eastern Standard Time)", u"Fri, 01 Jan -0001 00:00:00 GMT", u"-000001-01-01T00:00:00.000Z"},
    {-6.2167219200001e13, u"Fri Dec 31 -0001 19:03:57 GMT-0456 (Eastern Standard Time)", u"Fri, 31 Dec -0001 23:59:59 GMT", u"-000001-12-31T23:59:59.999Z"},
    {8.64e15, u"Fri Sep 12 275760 20:00:00 GMT-0400 (Eastern Daylight Time)", u"Sat, 13 Sep 275760 00:00:00 GMT", u"+275760-09-13T00:00:00.000Z"},
    {-8.64e15, u"Mon Apr 19 -271821 19:03:58 GMT-0456 (Eastern Daylight Time)", u"Tue, 20 Apr -271821 00:00:00 GMT", u"-271821-04-20T00:00:00.000Z"},
    {2.534023008e14, u"Fri Dec 31 9999 19:00:00 GMT-0500 (Eastern Standard Time)", u"Sat, 01 Jan 10000 00:00:00 GMT", u"+010000-01-01T00:00:00.000Z"},
    {-1.22192928e13, u"Thu Oct 14 1582 19:03:58 GMT-0456 (Eastern Daylight Time)", u"Fri, 15 Oct 1582 00:00:00 GMT", u"1582-10-15T00:00:00.000Z"},
    {9.517824e11, u"Mon Feb 28 2000 19:00:00 GMT-0500 (Eastern Standard Time)", u"Tue, 29 Feb 2000 00:00:00 GMT", u"2000-02-29T00:00:00.000Z"},
  };
  CheckFormats(std::begin(cases), std::end(cases), *Zone(u"America/New_York"));
}

TEST(DateFormats, Utc) {
  const FormatCase cases[] = {
    {0.0, u"Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)", u"Thu, 01 Jan 1970 00:00:00 GMT", u"1970-01-01T00:00:00.000Z"},
    {-1.0, u"Wed Dec 31 1969 23:59:59 GMT+0000 (Coordinated Universal Time)", u"Wed, 31 Dec 1969 23:59:59 GMT", u"1969-12-31T23:59:59.999Z"},
    {1.6436916e12, u"Tue Feb 01 2022 05:00:00 GMT+0000 (Coordinated Universal Time)", u"Tue, 01 Feb 2022 05:00:00 GMT", u"2022-02-01T05:00:00.000Z"},
    {1.499000000123e12, u"Sun Jul 02 2017 12:53:20 GMT+0000 (Coordinated Universal Time)", u"Sun, 02 Jul 2017 12:53:20 GMT", u"2017-07-02T12:53:20.123Z"},
    {1.4893038e12, u"Sun Mar 12 2017 07:30:00 GMT+0000 (Coordinated Universal Time)", u"Sun, 12 Mar 2017 07:30:00 GMT", u"2017-03-12T07:30:00.000Z"},
    {1.5098598e12, u"Sun Nov 05 2017 05:30:00 GMT+0000 (Coordinated Universal Time)", u"Sun, 05 Nov 2017 05:30:00 GMT", u"2017-11-05T05:30:00.000Z"},
    {-6.21987552e13, u"Fri Jan 01 -0001 00:00:00 GMT+0000 (Coordinated Universal Time)", u"Fri, 01 Jan -0001 00:00:00 GMT", u"-000001-01-01T00:00:00.000Z"},
    {-6.2167219200001e13, u"Fri Dec 31 -0001 23:59:59 GMT+0000 (Coordinated Universal Time)", u"Fri, 31 Dec -0001 23:59:59 GMT", u"-000001-12-31T23:59:59.999Z"},
    {8.64e15, u"Sat Sep 13 275760 00:00:00 GMT+0000 (Coordinated Universal Time)", u"Sat, 13 Sep 275760 00:00:00 GMT", u"+275760-09-13T00:00:00.000Z"},
    {-8.64e15, u"Tue Apr 20 -271821 00:00:00 GMT+0000 (Coordinated Universal Time)", u"Tue, 20 Apr -271821 00:00:00 GMT", u"-271821-04-20T00:00:00.000Z"},
    {2.534023008e14, u"Sat Jan 01 10000 00:00:00 GMT+0000 (Coordinated Universal Time)", u"Sat, 01 Jan 10000 00:00:00 GMT", u"+010000-01-01T00:00:00.000Z"},
    {-1.22192928e13, u"Fri Oct 15 1582 00:00:00 GMT+0000 (Coordinated Universal Time)", u"Fri, 15 Oct 1582 00:00:00 GMT", u"1582-10-15T00:00:00.000Z"},
    {9.517824e11, u"Tue Feb 29 2000 00:00:00 GMT+0000 (Coordinated Universal Time)", u"Tue, 29 Feb 2000 00:00:00 GMT", u"2000-02-29T00:00:00.000Z"},
  };
  CheckFormats(std::begin(cases), std::end(cases), *Zone(u"UTC"));
}

TEST(DateFormats, Kolkata) {
  const FormatCase cases[] = {
    {0.0, u"Thu Jan 01 1970 05:30:00 GMT+0530 (India Standard Time)", u"Thu, 01 Jan 1970 00:00:00 GMT", u"1970-01-01T00:00:00.000Z"},
    {-1.0, u"Thu Jan 01 1970 05:29:59 GMT+0530 (India Standard Time)", u"Wed, 31 Dec 1969 23:59:59 GMT", u"1969-12-31T23:59:59.999Z"},
    {1.6436916e12, u"Tue Feb 01 2022 10:30:00 GMT+0530 (India Standard Time)", u"Tue, 01 Feb 2022 05:00:00 GMT", u"2022-02-01T05:00:00.000Z"},
    {1.499000000123e12, u"Sun Jul 02 2017 18:23:20 GMT+0530 (India Standard Time)", u"Sun, 02 Jul 2017 12:53:20 GMT", u"2017-07-02T12:53:20.123Z"},
    {1.4893038e12, u"Sun Mar 12 2017 13:00:00 GMT+0530 (India Standard Time)", u"Sun, 12 Mar 2017 07:30:00 GMT", u"2017-03-12T07:30:00.000Z"},
    {1.5098598e12, u"Sun Nov 05 2017 11:00:00 GMT+0530 (India Standard Time)", u"Sun, 05 Nov 2017 05:30:00 GMT", u"2017-11-05T05:30:00.000Z"},
    {-6.21987552e13, u"Fri Jan 01 -0001 05:53:28 GMT+0553 (India Standard Time)", u"Fri, 01 Jan -0001 00:00:00 GMT", u"-000001-01-01T00:00:00.000Z"},
    {-6.2167219200001e13, u"Sat Jan 01 0000 05:53:27 GMT+0553 (India Standard Time)", u"Fri, 31 Dec -0001 23:59:59 GMT", u"-000001-12-31T23:59:59.999Z"},
    {8.64e15, u"Sat Sep 13 275760 05:30:00 GMT+0530 (India Standard Time)", u"Sat, 13 Sep 275760 00:00:00 GMT", u"+275760-09-13T00:00:00.000Z"},
    {-8.64e15, u"Tue Apr 20 -271821 05:53:28 GMT+0553 (India Standard Time)", u"Tue, 20 Apr -271821 00:00:00 GMT", u"-271821-04-20T00:00:00.000Z"},
    {2.534023008e14, u"Sat Jan 01 10000 05:30:00 GMT+0530 (India Standard Time)", u"Sat, 01 Jan 10000 00:00:00 GMT", u"+010000-01-01T00:00:00.000Z"},
    {-1.22192928e13, u"Fri Oct 15 1582 05:53:28 GMT+0553 (India Standard Time)", u"Fri, 15 Oct 1582 00:00:00 GMT", u"1582-10-15T00:00:00.000Z"},
    {9.517824e11, u"Tue Feb 29 2000 05:30:00 GMT+0530 (India Standard Time)", u"Tue, 29 Feb 2000 00:00:00 GMT", u"2000-02-29T00:00:00.000Z"},
  };
  CheckFormats(std::begin(cases), std::end(cases), *Zone(u"Asia/Kolkata"));
}

TEST(DateFormats, PiecesAndInvalid) {
  auto zone = Zone(u"UTC");
  EXPECT_EQ(u"Invalid Date", ToDateString(kNaN, *zone));
  EXPECT_EQ(u"Invalid Date", ToUTCString(kNaN));
  EXPECT_FALSE(ToISOString(kNaN).has_value());
  EXPECT_EQ(u"Thu Jan 01 1970", DateString(0));
  EXPECT_EQ(u"00:00:00 GMT", TimeString(0));
  EXPECT_EQ(u"+0000 (Coordinated Universal Time)", TimeZoneString(0, *zone));
  EXPECT_EQ(u"-0500 (Eastern Standard Time)", TimeZoneString(0, *Zone(u"America/New_York")));
  EXPECT_EQ(u"-0400 (Eastern Daylight Time)", TimeZoneString(1499000000123, *Zone(u"America/New_York")));
  // Test262 toString/negative-year.js and toUTCString/negative-year.js.
  const struct { double year; const char16_t* text; } years[] = {
      {-1, u"-0001"}, {-12, u"-0012"}, {-123, u"-0123"}, {-1234, u"-1234"},
      {-12345, u"-12345"}, {-123456, u"-123456"}};
  for (const auto& y : years) {
    double tv = MakeDate(MakeDay(y.year, 0, 1), 0);
    std::u16string utc_string = ToUTCString(tv);
    EXPECT_NE(std::u16string::npos, utc_string.find(u" " + std::u16string(y.text) + u" ")) << Narrow(utc_string);
    std::u16string date_string = DateString(tv);
    EXPECT_EQ(std::u16string(y.text), date_string.substr(date_string.rfind(u' ') + 1));
  }
  EXPECT_EQ(u"0000-01-01T00:00:00.000Z", ToISOString(MakeDate(MakeDay(0, 0, 1), 0)).value());
  EXPECT_EQ(ParseDate(u"+000000-01-01T00:00:00Z", *zone), ParseDate(u"0000-01-01T00:00:00.000Z", *zone));
  EXPECT_EQ(u"0001-01-01T00:00:00.000Z", ToISOString(MakeDate(MakeDay(1, 0, 1), 0)).value());
}

struct ParseCase { const char16_t* text; double expected; };

void CheckParse(const ParseCase* begin, const ParseCase* end, const TimeZone& zone) {
  for (const ParseCase* c = begin; c != end; ++c) {
    ExpectSameValue(c->expected, ParseDate(c->text, zone), "Date.parse(\"" + Narrow(c->text) + "\")");
  }
}

TEST(ParseDate, NewYork) {
  const ParseCase cases[] = {
    {u"1970-01-01T00:00:00", 1.8e7},
    {u"1970-01-01", 0.0},
    {u"2019-02-30", 1.5514848e12},
    {u"2019-02-29", 1.5513984e12},
    {u"2019-01-01T24:00", 1.5464052e12},
    {u"2019-01-01T24:00:00.001", kNaN},
    {u"2019-01-01T23:60", kNaN},
    {u"2019-01-01T00:00:00.1Z", 1.5463008001e12},
    {u"2019-01-01T00:00:00.123456Z", 1.546300800123e12},
    {u"-000000-01-01T00:00:00Z", kNaN},
    {u"+000000-01-01T00:00:00Z", -6.21672192e13},
    {u"-000001-01-01T00:00:00Z", -6.21987552e13},
    {u"+275760-09-13T00:00:00.000Z", 8.64e15},
    {u"+275760-09-13T00:00:00.001Z", kNaN},
    {u"-271821-04-20T00:00:00.000Z", -8.64e15},
    {u"-271821-04-19T23:59:59.999Z", kNaN},
    {u"2019", 1.5463008e12},
    {u"2019-01", 1.5463008e12},
    {u"2019-01-01T00:00", 1.5463188e12},
    {u"2019-01-01T00:00:00+01:00", 1.5462972e12},
    {u"2019-01-01T00:00:00-05:30", 1.5463206e12},
    {u"2019-01-01T00:00:00+24:00", kNaN},
    {u"2019-13-01", kNaN},
    {u"2019-00-01", kNaN},
    {u"2019-01-32", kNaN},
    {u"2019-01-00", kNaN},
    {u"2019-01-01T25:00", kNaN},
    {u"2019-01-01T00:00:60", kNaN},
    {u"Tue Feb 01 2022 00:00:00 GMT-0500 (Eastern Standard Time)", 1.6436916e12},
    {u"Tue, 01 Feb 2022 00:00:00 GMT", 1.6436736e12},
    {u"Tue Feb 01 2022", 1.6436916e12},
    {u"Mon Jan 01 2018 00:00:00 GMT-0500", 1.5147828e12},
    {u"Sat, 13 Sep 275760 00:00:00 GMT", 8.64e15},
    {u"2019-01-01T00", kNaN},
    {u"2017-03-12T02:30", 1.4893038e12},
    {u"2017-11-05T01:30", 1.5098598e12},
    {u"2017-07-01T12:00:00", 1.4989248e12},
    {u"+002009-12-15T00:00:00Z", 1.2608352e12},
    {u"Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)", 0.0},
    {u"Thu, 01 Jan 1970 00:00:00 GMT", 0.0},
    {u"", kNaN},
    {u"garbage", kNaN},
    {u"2019-01-01T00:00:00.000+05:30", 1.546281e12},
    {u"1970-01-01T00:00:00.000Z", 0.0},
    {u"Wed Dec 31 1969 19:00:00 GMT-0500 (Eastern Standard Time)", 0.0},
  };
  CheckParse(std::begin(cases), std::end(cases), *Zone(u"America/New_York"));
}

TEST(ParseDate, Utc) {
  const ParseCase cases[] = {
    {u"1970-01-01T00:00:00", 0.0},
    {u"1970-01-01", 0.0},
    {u"2019-02-30", 1.5514848e12},
    {u"2019-02-29", 1.5513984e12},
    {u"2019-01-01T24:00", 1.5463872e12},
    {u"2019-01-01T24:00:00.001", kNaN},
    {u"2019-01-01T23:60", kNaN},
    {u"2019-01-01T00:00:00.1Z", 1.5463008001e12},
    {u"2019-01-01T00:00:00.123456Z", 1.546300800123e12},
    {u"-000000-01-01T00:00:00Z", kNaN},
    {u"+000000-01-01T00:00:00Z", -6.21672192e13},
    {u"-000001-01-01T00:00:00Z", -6.21987552e13},
    {u"+275760-09-13T00:00:00.000Z", 8.64e15},
    {u"+275760-09-13T00:00:00.001Z", kNaN},
    {u"-271821-04-20T00:00:00.000Z", -8.64e15},
    {u"-271821-04-19T23:59:59.999Z", kNaN},
    {u"2019", 1.5463008e12},
    {u"2019-01", 1.5463008e12},
    {u"2019-01-01T00:00", 1.5463008e12},
    {u"2019-01-01T00:00:00+01:00", 1.5462972e12},
    {u"2019-01-01T00:00:00-05:30", 1.5463206e12},
    {u"2019-01-01T00:00:00+24:00", kNaN},
    {u"2019-13-01", kNaN},
    {u"2019-00-01", kNaN},
    {u"2019-01-32", kNaN},
    {u"2019-01-00", kNaN},
    {u"2019-01-01T25:00", kNaN},
    {u"2019-01-01T00:00:60", kNaN},
    {u"Tue Feb 01 2022 00:00:00 GMT-0500 (Eastern Standard Time)", 1.6436916e12},
    {u"Tue, 01 Feb 2022 00:00:00 GMT", 1.6436736e12},
    {u"Tue Feb 01 2022", 1.6436736e12},
    {u"Mon Jan 01 2018 00:00:00 GMT-0500", 1.5147828e12},
    {u"Sat, 13 Sep 275760 00:00:00 GMT", 8.64e15},
    {u"2019-01-01T00", kNaN},
    {u"2017-03-12T02:30", 1.4892858e12},
    {u"2017-11-05T01:30", 1.5098454e12},
    {u"2017-07-01T12:00:00", 1.4989104e12},
    {u"+002009-12-15T00:00:00Z", 1.2608352e12},
    {u"Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)", 0.0},
    {u"Thu, 01 Jan 1970 00:00:00 GMT", 0.0},
    {u"", kNaN},
    {u"garbage", kNaN},
    {u"2019-01-01T00:00:00.000+05:30", 1.546281e12},
    {u"1970-01-01T00:00:00.000Z", 0.0},
    {u"Wed Dec 31 1969 19:00:00 GMT-0500 (Eastern Standard Time)", 0.0},
  };
  CheckParse(std::begin(cases), std::end(cases), *Zone(u"UTC"));
}

TEST(ParseDate, Rejects) {
  auto zone = Zone(u"UTC");
  for (const char16_t* text : {u"2019-01-01T", u"2019-01-01T00:00Zx", u"2019-01-01 00:00", u"19-01-01",
                              u"+19-01-01", u"2019-01-01T00:00+0100x", u"2019-01-01T00:00:00.Z",
                              u"Tue Feb 01 2022 00:00:00 GMT", u"Tue Feb 31x 2022", u"Xyz Feb 01 2022",
                              u"Tue Foo 01 2022", u"Tue, 01 Feb 2022 00:00:00", u"Tue Feb 01 2022 24:00:00 GMT+0000",
                              u"２019-01-01"}) {
    ExpectSameValue(kNaN, ParseDate(text, *zone), "Date.parse(\"" + Narrow(text) + "\")");
  }
}

}  // namespace
}  // namespace async_runtime::builtins
