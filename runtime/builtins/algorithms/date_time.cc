#include "runtime/builtins/algorithms/date_time.h"

#include <unicode/timezone.h>
#include <unicode/tznames.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace async_runtime::builtins {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// x modulo y as the spec defines it (5.2.5): the result has the sign of y,
// k = x - y × q for an integer q. Only used with y > 0. The "+ 0.0" turns a
// -0 from fmod into +0: the spec's values are mathematical.
double Modulo(double x, double y) {
  double remainder = std::fmod(x, y);
  if (remainder < 0) remainder += y;
  return remainder + 0.0;
}

// 7.1.5 ToIntegerOrInfinity ( argument ) for a finite Number: truncate,
// with -0 as +0.
double ToIntegerOrInfinity(double number) {
  if (std::isnan(number)) return 0;
  return std::trunc(number) + 0.0;
}

// The day within the year of the first day of each month, in a common year.
constexpr int kCumulativeDays[12] = {0,   31,  59,  90,  120, 151,
                                     181, 212, 243, 273, 304, 334};

// A field value as an int: 0 for the NaN a non-finite tv gives (a cast of
// NaN is undefined behaviour).
int ToField(double value) {
  return std::isfinite(value) ? static_cast<int>(value) : 0;
}

bool IsLeapYear(double y) {
  if (Modulo(y, 400) == 0) return true;
  if (Modulo(y, 100) == 0) return false;
  return Modulo(y, 4) == 0;
}

}  // namespace

// 21.4.1.3 Day ( tv )
// https://tc39.es/ecma262/#sec-day
double Day(double tv) {
  // 1. Return floor(ℝ(tv) / msPerDay).
  return std::floor(tv / msPerDay) + 0.0;
}

// 21.4.1.4 TimeWithinDay ( tv )
// https://tc39.es/ecma262/#sec-timewithinday
double TimeWithinDay(double tv) {
  // 1. Return ℝ(tv) modulo msPerDay.
  return Modulo(tv, msPerDay);
}

// 21.4.1.5 DayFromYear ( y )
// https://tc39.es/ecma262/#sec-dayfromyear
double DayFromYear(double y) {
  // 1. NOTE: the numbers of years divisible by 1, 4, 100 and 400 between
  //    the epoch and the start of year y.
  // 2. Let numberYears1 be (y - 1970).
  double number_years1 = y - 1970;
  // 3. Let numberYears4 be floor((y - 1969) / 4).
  double number_years4 = std::floor((y - 1969) / 4);
  // 4. Let numberYears100 be floor((y - 1901) / 100).
  double number_years100 = std::floor((y - 1901) / 100);
  // 5. Let numberYears400 be floor((y - 1601) / 400).
  double number_years400 = std::floor((y - 1601) / 400);
  // 6. Return 365 × numberYears1 + numberYears4 - numberYears100 +
  //    numberYears400.
  return 365 * number_years1 + number_years4 - number_years100 +
         number_years400 + 0.0;
}

// 21.4.1.6 TimeFromYear ( y )
// https://tc39.es/ecma262/#sec-timefromyear
double TimeFromYear(double y) {
  // 1. Return msPerDay × DayFromYear(y).
  return msPerDay * DayFromYear(y);
}

// 21.4.1.7 YearFromTime ( tv )
// https://tc39.es/ecma262/#sec-yearfromtime
double YearFromTime(double tv) {
  // (tv is a finite time value; anything else has no year, and the steps
  // below would not end for ±∞ or where y + 1 = y.)
  if (!std::isfinite(tv)) return kNaN;
  // 1. Return the largest integer y (closest to +∞) such that
  //    TimeFromYear(y) ≤ tv. An estimate from the mean Gregorian year is off
  //    by at most one; step to the exact answer.
  double y = std::floor(tv / (msPerDay * 365.2425)) + 1970;
  if (std::fabs(tv) > 1e18) return y;  // far beyond any time value
  while (TimeFromYear(y) > tv) y -= 1;
  while (TimeFromYear(y + 1) <= tv) y += 1;
  return y + 0.0;
}

// 21.4.1.8 DayWithinYear ( tv )
// https://tc39.es/ecma262/#sec-daywithinyear
double DayWithinYear(double tv) {
  // 1. Return Day(tv) - DayFromYear(YearFromTime(tv)).
  return Day(tv) - DayFromYear(YearFromTime(tv));
}

double DaysInYear(double y) { return IsLeapYear(y) ? 366 : 365; }

// 21.4.1.9 InLeapYear ( tv )
// https://tc39.es/ecma262/#sec-inleapyear
int InLeapYear(double tv) {
  // 1. Let y be YearFromTime(tv).
  double y = YearFromTime(tv);
  // 2. If (y modulo 400) = 0, return 1.
  if (Modulo(y, 400) == 0) return 1;
  // 3. If (y modulo 100) = 0, return 0.
  if (Modulo(y, 100) == 0) return 0;
  // 4. If (y modulo 4) = 0, return 1.
  if (Modulo(y, 4) == 0) return 1;
  // 5. Return 0.
  return 0;
}

// 21.4.1.10 MonthFromTime ( tv )
// https://tc39.es/ecma262/#sec-monthfromtime
int MonthFromTime(double tv) {
  // 1. Let inLeapYear be InLeapYear(tv).
  int in_leap_year = InLeapYear(tv);
  // 2. Let dayWithinYear be DayWithinYear(tv).
  double day_within_year = DayWithinYear(tv);
  // 3. If dayWithinYear < 31, return 0.
  if (day_within_year < 31) return 0;
  // 4-14. If dayWithinYear < 59 + inLeapYear, return 1; ... < 334 +
  //       inLeapYear, return 10.
  for (int month = 2; month < 12; ++month) {
    if (day_within_year < kCumulativeDays[month] + in_leap_year) {
      return month - 1;
    }
  }
  // 15. Assert: dayWithinYear < 365 + inLeapYear.
  // 16. Return 11.
  return 11;
}

// 21.4.1.11 DateFromTime ( tv )
// https://tc39.es/ecma262/#sec-datefromtime
int DateFromTime(double tv) {
  // 1. Let inLeapYear be InLeapYear(tv).
  int in_leap_year = InLeapYear(tv);
  // 2. Let dayWithinYear be DayWithinYear(tv).
  double day_within_year_value = DayWithinYear(tv);
  if (!std::isfinite(day_within_year_value)) return 1;  // tv not finite
  int day_within_year = static_cast<int>(day_within_year_value);
  // 3. Let month be MonthFromTime(tv).
  int month = MonthFromTime(tv);
  // 4. If month = 0, return dayWithinYear + 1.
  if (month == 0) return day_within_year + 1;
  // 5. If month = 1, return dayWithinYear - 30.
  if (month == 1) return day_within_year - 30;
  // 6-16. Else return dayWithinYear - (first day of month - 1) -
  //       inLeapYear: 58, 89, 119, 150, 180, 211, 242, 272, 303, 333.
  return day_within_year - (kCumulativeDays[month] - 1) - in_leap_year;
}

// 21.4.1.12 WeekDay ( tv )
// https://tc39.es/ecma262/#sec-weekday
int WeekDay(double tv) {
  // 1. Return (Day(tv) + 4) modulo 7.
  return ToField(Modulo(Day(tv) + 4, 7));
}

// 21.4.1.13 HourFromTime ( tv )
// https://tc39.es/ecma262/#sec-hourfromtime
int HourFromTime(double tv) {
  // 1. Return floor(ℝ(tv) / msPerHour) modulo HoursPerDay.
  return ToField(Modulo(std::floor(tv / msPerHour), HoursPerDay));
}

// 21.4.1.14 MinuteFromTime ( tv )
// https://tc39.es/ecma262/#sec-minutefromtime
int MinuteFromTime(double tv) {
  // 1. Return floor(ℝ(tv) / msPerMinute) modulo MinutesPerHour.
  return ToField(
      Modulo(std::floor(tv / msPerMinute), MinutesPerHour));
}

// 21.4.1.15 SecondFromTime ( tv )
// https://tc39.es/ecma262/#sec-secondfromtime
int SecondFromTime(double tv) {
  // 1. Return floor(ℝ(tv) / msPerSecond) modulo SecondsPerMinute.
  return ToField(
      Modulo(std::floor(tv / msPerSecond), SecondsPerMinute));
}

// 21.4.1.16 MillisecondFromTime ( tv )
// https://tc39.es/ecma262/#sec-millisecondfromtime
int MillisecondFromTime(double tv) {
  // 1. Return ℝ(tv) modulo msPerSecond.
  return ToField(Modulo(tv, msPerSecond));
}

// 21.4.1.27 MakeTime ( hour, minute, second, millisecond )
// https://tc39.es/ecma262/#sec-maketime
double MakeTime(double hour, double minute, double second,
                double millisecond) {
  // 1. If any argument is not finite, return NaN.
  if (!std::isfinite(hour) || !std::isfinite(minute) ||
      !std::isfinite(second) || !std::isfinite(millisecond)) {
    return kNaN;
  }
  // 2-5. hourMV, minuteMV, secondMV, millisecondMV by ToIntegerOrInfinity.
  double hour_mv = ToIntegerOrInfinity(hour);
  double minute_mv = ToIntegerOrInfinity(minute);
  double second_mv = ToIntegerOrInfinity(second);
  double millisecond_mv = ToIntegerOrInfinity(millisecond);
  // 6. Return ((h × msPerHour + m × msPerMinute) + s × msPerSecond) + ms,
  //    in floating-point arithmetic, in this order.
  return ((hour_mv * msPerHour + minute_mv * msPerMinute) +
          second_mv * msPerSecond) +
         millisecond_mv;
}

// 21.4.1.28 MakeDay ( year, month, day )
// https://tc39.es/ecma262/#sec-makeday
double MakeDay(double year, double month, double day) {
  // 1. If year, month or day is not finite, return NaN.
  if (!std::isfinite(year) || !std::isfinite(month) || !std::isfinite(day)) {
    return kNaN;
  }
  // 2-4. yearMV, monthMV, dayMV by ToIntegerOrInfinity.
  double year_mv = ToIntegerOrInfinity(year);
  double month_mv = ToIntegerOrInfinity(month);
  double day_mv = ToIntegerOrInfinity(day);
  // 5. Let balancedYear be 𝔽(yearMV) + 𝔽(floor(monthMV / 12)).
  double balanced_year = year_mv + std::floor(month_mv / 12);
  // 6. If balancedYear is not finite, return NaN.
  if (!std::isfinite(balanced_year)) return kNaN;
  // 7. Let balancedMonthMV be monthMV modulo 12.
  int balanced_month = static_cast<int>(Modulo(month_mv, 12));
  // 8. Find a finite time value tv on the first day of that month; if that
  //    is not possible, return NaN. Like V8, years up to a million either
  //    side are computed (a day argument may bring the date back into the
  //    time value range); beyond that no Date can result.
  if (std::fabs(balanced_year) > 1000000) return kNaN;
  double first_day = DayFromYear(balanced_year) +
                     kCumulativeDays[balanced_month] +
                     (balanced_month >= 2 && IsLeapYear(balanced_year) ? 1 : 0);
  // 9. Return 𝔽(Day(tv)) + 𝔽(dayMV) - 1𝔽.
  return first_day + day_mv - 1;
}

// 21.4.1.29 MakeDate ( day, time )
// https://tc39.es/ecma262/#sec-makedate
double MakeDate(double day, double time) {
  // 1. If day or time is not finite, return NaN.
  if (!std::isfinite(day) || !std::isfinite(time)) return kNaN;
  // 2. Let tv be day × msPerDay + time.
  double tv = day * msPerDay + time;
  // 3. If tv is not finite, return NaN.
  if (!std::isfinite(tv)) return kNaN;
  // 4. Return tv.
  return tv;
}

// 21.4.1.30 MakeFullYear ( year )
// https://tc39.es/ecma262/#sec-makefullyear
double MakeFullYear(double year) {
  // 1. If year is NaN, +∞ or -∞, return NaN.
  if (!std::isfinite(year)) return kNaN;
  // 2. Let truncated be ! ToIntegerOrInfinity(year).
  double truncated = ToIntegerOrInfinity(year);
  // 3. If truncated is in 0..99, return 1900 + truncated.
  if (truncated >= 0 && truncated <= 99) return 1900 + truncated;
  // 4. Return 𝔽(truncated).
  return truncated;
}

// 21.4.1.31 TimeClip ( time )
// https://tc39.es/ecma262/#sec-timeclip
double TimeClip(double time) {
  // 1. If time is not finite, return NaN.
  if (!std::isfinite(time)) return kNaN;
  // 2. If abs(ℝ(time)) > 8.64 × 10^15, return NaN.
  if (std::fabs(time) > 8.64e15) return kNaN;
  // 3. Return 𝔽(! ToIntegerOrInfinity(time)) (so -0 becomes +0).
  return ToIntegerOrInfinity(time);
}

namespace {

bool IsAsciiDigit(char16_t c) { return c >= u'0' && c <= u'9'; }

// Reads exactly `count` decimal digits at *index; advances past them.
std::optional<int> ReadDigits(std::u16string_view s, std::size_t* index,
                              int count) {
  if (*index + count > s.size()) return std::nullopt;
  int value = 0;
  for (int i = 0; i < count; ++i) {
    char16_t c = s[*index + i];
    if (!IsAsciiDigit(c)) return std::nullopt;
    value = value * 10 + (c - u'0');
  }
  *index += count;
  return value;
}

// The pieces of a UTCOffset (21.4.1.33), or nullopt if offset_string is not
// one.
struct UtcOffset {
  int sign = 1;
  int hours = 0;
  int minutes = 0;
  int seconds = 0;
  double nanoseconds = 0;
};

std::optional<UtcOffset> ParseUtcOffset(std::u16string_view s) {
  UtcOffset offset;
  std::size_t index = 0;
  // ASCIISign ::: one of + -
  if (s.empty() || (s[0] != u'+' && s[0] != u'-')) return std::nullopt;
  offset.sign = s[0] == u'-' ? -1 : 1;
  index = 1;
  // Hour ::: 0 DecimalDigit | 1 DecimalDigit | 20 | 21 | 22 | 23
  auto hours = ReadDigits(s, &index, 2);
  if (!hours || *hours > 23) return std::nullopt;
  offset.hours = *hours;
  if (index == s.size()) return offset;
  // HourSubcomponents[Extended]: the separator is ":" throughout or absent
  // throughout.
  bool extended = s[index] == u':';
  auto read_separator = [&]() {
    if (!extended) return true;
    if (index < s.size() && s[index] == u':') {
      ++index;
      return true;
    }
    return false;
  };
  auto read_minute_second = [&]() -> std::optional<int> {
    auto value = ReadDigits(s, &index, 2);
    if (!value || *value > 59) return std::nullopt;
    return value;
  };
  if (!read_separator()) return std::nullopt;
  auto minutes = read_minute_second();
  if (!minutes) return std::nullopt;
  offset.minutes = *minutes;
  if (index == s.size()) return offset;
  if (!read_separator()) return std::nullopt;
  auto seconds = read_minute_second();
  if (!seconds) return std::nullopt;
  offset.seconds = *seconds;
  if (index == s.size()) return offset;
  // TemporalDecimalFraction: "." or "," and one to nine digits.
  if (s[index] != u'.' && s[index] != u',') return std::nullopt;
  ++index;
  std::size_t fraction_start = index;
  while (index < s.size() && IsAsciiDigit(s[index])) ++index;
  std::size_t fraction_digits = index - fraction_start;
  if (fraction_digits < 1 || fraction_digits > 9 || index != s.size()) {
    return std::nullopt;
  }
  // The fraction padded with zeros to nine digits, as nanoseconds.
  double nanoseconds = 0;
  for (std::size_t i = 0; i < 9; ++i) {
    int digit = i < fraction_digits ? s[fraction_start + i] - u'0' : 0;
    nanoseconds = nanoseconds * 10 + digit;
  }
  offset.nanoseconds = nanoseconds;
  return offset;
}

}  // namespace

// 21.4.1.33.1 IsTimeZoneOffsetString ( offsetString )
// https://tc39.es/ecma262/#sec-istimezoneoffsetstring
bool IsTimeZoneOffsetString(std::u16string_view offset_string) {
  // 1. Let parseResult be ParseText(offsetString, UTCOffset).
  // 2. If parseResult is a List of errors, return false.
  // 3. Return true.
  return ParseUtcOffset(offset_string).has_value();
}

// 21.4.1.33.2 ParseTimeZoneOffsetString ( offsetString )
// https://tc39.es/ecma262/#sec-parsetimezoneoffsetstring
double ParseTimeZoneOffsetString(std::u16string_view offset_string) {
  // 1-2. Let parseResult be ParseText(offsetString, UTCOffset); it parses.
  std::optional<UtcOffset> parsed = ParseUtcOffset(offset_string);
  if (!parsed) return kNaN;
  // 3-16. sign, hours, minutes, seconds and nanoseconds (absent parts 0;
  //       the fraction padded to nine digits).
  // 17. Return sign × (((hours × MinutesPerHour + minutes) ×
  //     SecondsPerMinute + seconds) × NanosecondsPerSecond + nanoseconds).
  return parsed->sign *
         (((parsed->hours * 60.0 + parsed->minutes) * 60 + parsed->seconds) *
              1e9 +
          parsed->nanoseconds);
}

namespace {

// A zone whose offset never changes: SystemTimeZoneIdentifier() is an
// offset string (LocalTime step 2).
class OffsetTimeZone final : public TimeZone {
 public:
  OffsetTimeZone(std::u16string identifier, double offset_ms)
      : identifier_(std::move(identifier)), offset_ms_(offset_ms) {}
  std::u16string Identifier() const override { return identifier_; }
  double OffsetMilliseconds(double) const override { return offset_ms_; }
  std::vector<double> EpochMilliseconds(double local_ms) const override {
    return {local_ms - offset_ms_};
  }
  std::u16string DisplayName(double) const override { return u""; }

 private:
  std::u16string identifier_;
  double offset_ms_;
};

// A zone from ICU's copy of the IANA Time Zone Database.
class IcuTimeZone final : public TimeZone {
 public:
  explicit IcuTimeZone(std::unique_ptr<icu::TimeZone> zone)
      : zone_(std::move(zone)) {}

  std::u16string Identifier() const override {
    icu::UnicodeString id;
    zone_->getID(id);
    return std::u16string(id.getBuffer(), id.length());
  }

  double OffsetMilliseconds(double epoch_ms) const override {
    std::int32_t raw_offset = 0;
    std::int32_t dst_offset = 0;
    UErrorCode status = U_ZERO_ERROR;
    zone_->getOffset(epoch_ms, /*local=*/false, raw_offset, dst_offset,
                     status);
    if (U_FAILURE(status)) return 0;
    return static_cast<double>(raw_offset) + dst_offset;
  }

  // Every offset in force within a day of local_ms is a candidate; an
  // instant local_ms - offset is a real one when the zone has that offset
  // there. (Offsets are under a day and transitions more than two days
  // apart.)
  std::vector<double> EpochMilliseconds(double local_ms) const override {
    std::vector<double> instants;
    for (double probe : {local_ms - msPerDay, local_ms, local_ms + msPerDay}) {
      double offset = OffsetMilliseconds(probe);
      double instant = local_ms - offset;
      if (OffsetMilliseconds(instant) == offset &&
          std::find(instants.begin(), instants.end(), instant) ==
              instants.end()) {
        instants.push_back(instant);
      }
    }
    std::sort(instants.begin(), instants.end());
    return instants;
  }

  // The long English name in force at epoch_ms (its metazone then, e.g.
  // "Samoa Standard Time" before 2011 and "Apia Standard Time" after), as
  // V8 prints it; the zone's own name if ICU has none for the date.
  std::u16string DisplayName(double epoch_ms) const override {
    std::int32_t raw_offset = 0;
    std::int32_t dst_offset = 0;
    UErrorCode status = U_ZERO_ERROR;
    zone_->getOffset(epoch_ms, false, raw_offset, dst_offset, status);
    bool daylight = U_SUCCESS(status) && dst_offset != 0;
    icu::UnicodeString name;
    if (names_ != nullptr) {
      icu::UnicodeString id;
      zone_->getID(id);
      icu::UnicodeString canonical_id;
      UErrorCode canonical_status = U_ZERO_ERROR;
      icu::TimeZone::getCanonicalID(id, canonical_id, canonical_status);
      if (U_FAILURE(canonical_status)) canonical_id = id;
      if (daylight) {
        names_->getDisplayName(canonical_id, UTZNM_LONG_DAYLIGHT, epoch_ms,
                               name);
      }
      // A zone whose metazone has no daylight name (India's war time,
      // +06:30) is named by its standard name rather than "GMT+05:30".
      if (name.isEmpty()) {
        names_->getDisplayName(canonical_id, UTZNM_LONG_STANDARD, epoch_ms,
                               name);
      }
    }
    if (name.isEmpty()) {
      // The zone's own name; its daylight name only if it still has one
      // (else ICU answers with a "GMT+05:30" that contradicts the offset).
      zone_->getDisplayName(daylight && zone_->useDaylightTime(),
                            icu::TimeZone::LONG, icu::Locale::getUS(), name);
    }
    return std::u16string(name.getBuffer(), name.length());
  }

 private:
  std::unique_ptr<icu::TimeZone> zone_;
  std::unique_ptr<icu::TimeZoneNames> names_ = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::TimeZoneNames> names(
        icu::TimeZoneNames::createInstance(icu::Locale::getUS(), status));
    return U_SUCCESS(status) ? std::move(names) : nullptr;
  }();
};

}  // namespace

std::unique_ptr<TimeZone> CreateTimeZone(std::u16string_view identifier) {
  if (IsTimeZoneOffsetString(identifier)) {
    double offset_ms =
        std::trunc(ParseTimeZoneOffsetString(identifier) / 1e6) + 0.0;
    return std::make_unique<OffsetTimeZone>(std::u16string(identifier),
                                            offset_ms);
  }
  icu::UnicodeString id(identifier.data(),
                        static_cast<std::int32_t>(identifier.size()));
  std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone(id));
  icu::UnicodeString actual;
  if (!zone || zone->getID(actual) == UNICODE_STRING_SIMPLE(UCAL_UNKNOWN_ZONE_ID)) {
    return nullptr;
  }
  return std::make_unique<IcuTimeZone>(std::move(zone));
}

std::unique_ptr<TimeZone> CreateDefaultTimeZone() {
  std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createDefault());
  if (!zone) return CreateTimeZone(u"UTC");
  return std::make_unique<IcuTimeZone>(std::move(zone));
}

// 21.4.1.25 LocalTime ( tv )
// https://tc39.es/ecma262/#sec-localtime
double LocalTime(double tv, const TimeZone& zone) {
  // 1-3. offsetNanoseconds from the system time zone at tv (a fixed offset
  //      or GetNamedTimeZoneOffsetNanoseconds: zone.OffsetMilliseconds).
  // 4. Let offsetMilliseconds be truncate(offsetNanoseconds / 10^6).
  double offset_milliseconds = std::trunc(zone.OffsetMilliseconds(tv));
  // 5. Return tv + 𝔽(offsetMilliseconds).
  return tv + offset_milliseconds;
}

// 21.4.1.26 UTC ( t )
// https://tc39.es/ecma262/#sec-utc-t
double UTC(double t, const TimeZone& zone) {
  // 1. If t is not finite, return NaN.
  if (!std::isfinite(t)) return kNaN;
  // 2-3. (A fixed-offset zone answers every question with its offset.)
  // 4.a. Let possibleInstants be GetNamedTimeZoneEpochNanoseconds(...) of
  //      the wall-clock fields of t.
  std::vector<double> possible_instants = zone.EpochMilliseconds(t);
  double offset;
  if (!possible_instants.empty()) {
    // 4.c. Let disambiguatedInstant be possibleInstants[0] (the earlier of
    //      a repeated time: the offset before the transition).
    // 4.e. Let offsetNanoseconds be GetNamedTimeZoneOffsetNanoseconds(
    //      systemTimeZoneIdentifier, disambiguatedInstant).
    offset = zone.OffsetMilliseconds(possible_instants[0]);
  } else {
    // 4.d. t is skipped at a positive transition: disambiguatedInstant is
    //      the last instant of the last local time before it, so its offset
    //      is the one in force before the transition, which a day earlier
    //      still is (transitions are further apart).
    offset = zone.OffsetMilliseconds(t - msPerDay);
  }
  // 5. Let offsetMilliseconds be truncate(offsetNanoseconds / 10^6).
  double offset_milliseconds = std::trunc(offset);
  // 6. Return t - 𝔽(offsetMilliseconds).
  return t - offset_milliseconds;
}

namespace {

constexpr const char* kDayNames[7] = {"Sun", "Mon", "Tue", "Wed",
                                      "Thu", "Fri", "Sat"};
constexpr const char* kMonthNames[12] = {"Jan", "Feb", "Mar", "Apr",
                                         "May", "Jun", "Jul", "Aug",
                                         "Sep", "Oct", "Nov", "Dec"};

// 22.1.3.17.3 ToZeroPaddedDecimalString ( n, minLength )
// https://tc39.es/ecma262/#sec-tozeropaddeddecimalstring
std::string ToZeroPaddedDecimalString(double n, int min_length) {
  // 1. Let string be the String representation of n, formatted as a decimal
  //    number. (n is a non-negative integer below 2^53 here.)
  std::string string = std::to_string(static_cast<long long>(n));
  // 2. Return StringPad(string, minLength, "0", start).
  if (static_cast<int>(string.size()) < min_length) {
    string.insert(0, min_length - string.size(), '0');
  }
  return string;
}

std::u16string ToU16(const std::string& ascii) {
  return std::u16string(ascii.begin(), ascii.end());
}

std::string TimeStringAscii(double tv) {
  return ToZeroPaddedDecimalString(HourFromTime(tv), 2) + ":" +
         ToZeroPaddedDecimalString(MinuteFromTime(tv), 2) + ":" +
         ToZeroPaddedDecimalString(SecondFromTime(tv), 2) + " GMT";
}

// yearSign and paddedYear of DateString and toUTCString.
std::string YearString(double tv) {
  double yv = YearFromTime(tv);
  std::string year_sign = yv >= 0 ? "" : "-";
  return year_sign + ToZeroPaddedDecimalString(std::fabs(yv), 4);
}

}  // namespace

// 21.4.4.41.1 TimeString ( tv )
// https://tc39.es/ecma262/#sec-timestring
std::u16string TimeString(double tv) {
  // 1. Let hour be ToZeroPaddedDecimalString(HourFromTime(tv), 2).
  // 2. Let minute be ToZeroPaddedDecimalString(MinuteFromTime(tv), 2).
  // 3. Let second be ToZeroPaddedDecimalString(SecondFromTime(tv), 2).
  // 4. Return hour, ":", minute, ":", second, " ", and "GMT".
  return ToU16(TimeStringAscii(tv));
}

// 21.4.4.41.2 DateString ( tv )
// https://tc39.es/ecma262/#sec-datestring
std::u16string DateString(double tv) {
  // 1. Let weekday be the Name of WeekDay(tv) in Table 63.
  std::string weekday = kDayNames[WeekDay(tv)];
  // 2. Let month be the Name of MonthFromTime(tv) in Table 64.
  std::string month = kMonthNames[MonthFromTime(tv)];
  // 3. Let day be ToZeroPaddedDecimalString(DateFromTime(tv), 2).
  std::string day = ToZeroPaddedDecimalString(DateFromTime(tv), 2);
  // 4-6. yv, yearSign, paddedYear.
  // 7. Return weekday, " ", month, " ", day, " ", yearSign, paddedYear.
  return ToU16(weekday + " " + month + " " + day + " " + YearString(tv));
}

// 21.4.4.41.3 TimeZoneString ( tv )
// https://tc39.es/ecma262/#sec-timezoneestring
std::u16string TimeZoneString(double tv, const TimeZone& zone) {
  // 1-3. offsetNanoseconds of the system time zone at tv.
  // 4. Let offsetMilliseconds be truncate(offsetNanoseconds / 10^6).
  double offset_milliseconds = std::trunc(zone.OffsetMilliseconds(tv));
  // 5-6. offsetSign and absOffsetMilliseconds.
  std::string offset_sign = offset_milliseconds >= 0 ? "+" : "-";
  double abs_offset_milliseconds = std::fabs(offset_milliseconds);
  // 7. Let offsetMinute be ToZeroPaddedDecimalString(MinuteFromTime(
  //    𝔽(absOffsetMilliseconds)), 2).
  std::string offset_minute =
      ToZeroPaddedDecimalString(MinuteFromTime(abs_offset_milliseconds), 2);
  // 8. Let offsetHour be ToZeroPaddedDecimalString(HourFromTime(
  //    𝔽(absOffsetMilliseconds)), 2).
  std::string offset_hour =
      ToZeroPaddedDecimalString(HourFromTime(abs_offset_milliseconds), 2);
  // 9. Let timeZoneName be empty or " (" name ")": ICU's long English name,
  //    as V8 prints it.
  std::u16string name = zone.DisplayName(tv);
  std::u16string time_zone_name = name.empty() ? u"" : u" (" + name + u")";
  // 10. Return offsetSign, offsetHour, offsetMinute, and timeZoneName.
  return ToU16(offset_sign + offset_hour + offset_minute) + time_zone_name;
}

// 21.4.4.41.4 ToDateString ( tv )
// https://tc39.es/ecma262/#sec-todatestring
std::u16string ToDateString(double tv, const TimeZone& zone) {
  // 1. If tv is NaN, return "Invalid Date".
  if (std::isnan(tv)) return u"Invalid Date";
  // 2. Let t be LocalTime(tv).
  double local_time = LocalTime(tv, zone);
  // 3. Return DateString(t), " ", TimeString(t), and TimeZoneString(tv).
  return DateString(local_time) + u" " + TimeString(local_time) +
         TimeZoneString(tv, zone);
}

// 21.4.4.43 Date.prototype.toUTCString ( )
// https://tc39.es/ecma262/#sec-date.prototype.toutcstring
std::u16string ToUTCString(double tv) {
  // 1-3. tv is the caller's [[DateValue]].
  // 4. If tv is NaN, return "Invalid Date".
  if (std::isnan(tv)) return u"Invalid Date";
  // 5. Let weekday be the Name of WeekDay(tv) in Table 63.
  std::string weekday = kDayNames[WeekDay(tv)];
  // 6. Let month be the Name of MonthFromTime(tv) in Table 64.
  std::string month = kMonthNames[MonthFromTime(tv)];
  // 7. Let day be ToZeroPaddedDecimalString(DateFromTime(tv), 2).
  std::string day = ToZeroPaddedDecimalString(DateFromTime(tv), 2);
  // 8-10. yv, yearSign, paddedYear.
  // 11. Return weekday, ",", " ", day, " ", month, " ", yearSign,
  //     paddedYear, " ", and TimeString(tv).
  return ToU16(weekday + ", " + day + " " + month + " " + YearString(tv) +
               " " + TimeStringAscii(tv));
}

// 21.4.4.36 Date.prototype.toISOString ( )
// https://tc39.es/ecma262/#sec-date.prototype.toisostring
std::optional<std::u16string> ToISOString(double tv) {
  // 1-3. tv is the caller's [[DateValue]].
  // 4. If tv is NaN, throw a RangeError exception.
  if (std::isnan(tv)) return std::nullopt;
  // 5. Assert: tv is an integral Number.
  // 6. If tv corresponds with a year that cannot be represented in the Date
  //    Time String Format (more than six digits), throw a RangeError.
  double year = YearFromTime(tv);
  if (std::fabs(year) > 999999) return std::nullopt;
  // 7. Return tv in the Date Time String Format on the UTC time scale, with
  //    every element and "Z": years 0..9999 as YYYY, others as ±YYYYYY.
  std::string year_string =
      year >= 0 && year <= 9999
          ? ToZeroPaddedDecimalString(year, 4)
          : (year < 0 ? "-" : "+") + ToZeroPaddedDecimalString(std::fabs(year), 6);
  return ToU16(year_string + "-" +
               ToZeroPaddedDecimalString(MonthFromTime(tv) + 1, 2) + "-" +
               ToZeroPaddedDecimalString(DateFromTime(tv), 2) + "T" +
               ToZeroPaddedDecimalString(HourFromTime(tv), 2) + ":" +
               ToZeroPaddedDecimalString(MinuteFromTime(tv), 2) + ":" +
               ToZeroPaddedDecimalString(SecondFromTime(tv), 2) + "." +
               ToZeroPaddedDecimalString(MillisecondFromTime(tv), 3) + "Z");
}

namespace {

// The Date Time String Format (21.4.1.32): std::nullopt when the string does
// not have its syntax (Date.parse then tries the fallbacks), NaN when it has
// but an element is out of bounds or the instant is outside the time value
// range, else the time value.
std::optional<double> ParseDateTimeStringFormat(std::u16string_view s,
                                                const TimeZone& zone) {
  std::size_t index = 0;
  // YYYY, or an expanded year: "+" or "-" and six digits.
  double year;
  bool invalid = false;
  if (!s.empty() && (s[0] == u'+' || s[0] == u'-')) {
    index = 1;
    auto digits = ReadDigits(s, &index, 6);
    if (!digits) return std::nullopt;
    // The representation of the year 0 as -000000 is invalid (21.4.1.32.1).
    if (s[0] == u'-' && *digits == 0) invalid = true;
    year = s[0] == u'-' ? -*digits : *digits;
  } else {
    auto digits = ReadDigits(s, &index, 4);
    if (!digits) return std::nullopt;
    year = *digits;
  }
  // -MM (01..12) and -DD (01..31); absent ones are "01".
  int month = 1;
  int day = 1;
  if (index < s.size() && s[index] == u'-') {
    ++index;
    auto digits = ReadDigits(s, &index, 2);
    if (!digits) return std::nullopt;
    month = *digits;
    if (month < 1 || month > 12) invalid = true;
    if (index < s.size() && s[index] == u'-') {
      ++index;
      auto day_digits = ReadDigits(s, &index, 2);
      if (!day_digits) return std::nullopt;
      day = *day_digits;
      if (day < 1 || day > 31) invalid = true;
    }
  }
  // THH:mm, THH:mm:ss, THH:mm:ss.sss; absent ones are "00" and "000".
  bool has_time = false;
  int hour = 0;
  int minute = 0;
  int second = 0;
  int millisecond = 0;
  if (index < s.size() && s[index] == u'T') {
    has_time = true;
    ++index;
    auto hour_digits = ReadDigits(s, &index, 2);
    if (!hour_digits || index >= s.size() || s[index] != u':') {
      return std::nullopt;
    }
    ++index;
    auto minute_digits = ReadDigits(s, &index, 2);
    if (!minute_digits) return std::nullopt;
    hour = *hour_digits;
    minute = *minute_digits;
    if (index < s.size() && s[index] == u':') {
      ++index;
      auto second_digits = ReadDigits(s, &index, 2);
      if (!second_digits) return std::nullopt;
      second = *second_digits;
      if (index < s.size() && s[index] == u'.') {
        // sss is three digits; like other engines (a fallback the spec
        // allows) any number of digits is read, milliseconds truncated.
        ++index;
        std::size_t start = index;
        while (index < s.size() && IsAsciiDigit(s[index])) ++index;
        if (index == start) return std::nullopt;
        for (std::size_t i = 0; i < 3; ++i) {
          int digit = start + i < index ? s[start + i] - u'0' : 0;
          millisecond = millisecond * 10 + digit;
        }
      }
    }
    // HH is 00..24, and 24 only as 24:00:00.000 (the end of the day).
    if (hour > 24 || minute > 59 || second > 59) invalid = true;
    if (hour == 24 && (minute != 0 || second != 0 || millisecond != 0)) {
      invalid = true;
    }
  }
  // Z, or +HH:mm / -HH:mm (the subset of 21.4.1.33 the format allows).
  bool has_offset = false;
  double offset_ms = 0;
  if (has_time && index < s.size()) {
    if (s[index] == u'Z') {
      has_offset = true;
      ++index;
    } else if (s[index] == u'+' || s[index] == u'-') {
      has_offset = true;
      double sign = s[index] == u'-' ? -1 : 1;
      ++index;
      auto offset_hours = ReadDigits(s, &index, 2);
      if (!offset_hours || index >= s.size() || s[index] != u':') {
        return std::nullopt;
      }
      ++index;
      auto offset_minutes = ReadDigits(s, &index, 2);
      if (!offset_minutes) return std::nullopt;
      if (*offset_hours > 23 || *offset_minutes > 59) invalid = true;
      offset_ms = sign * (*offset_hours * msPerHour + *offset_minutes * msPerMinute);
    }
  }
  if (index != s.size()) return std::nullopt;
  if (invalid) return kNaN;
  double date = MakeDate(MakeDay(year, month - 1, day),
                         MakeTime(hour, minute, second, millisecond));
  if (has_offset) {
    date -= offset_ms;
  } else if (has_time) {
    // Date-time forms without an offset are local time.
    date = UTC(date, zone);
  }
  // Date-only forms are UTC. Out of the time value range: NaN, with no
  // fallback (21.4.1.32.1).
  return TimeClip(date);
}

int MonthIndex(std::u16string_view name) {
  for (int i = 0; i < 12; ++i) {
    std::u16string expected = ToU16(kMonthNames[i]);
    if (name == expected) return i;
  }
  return -1;
}

bool IsDayName(std::u16string_view name) {
  for (const char* day : kDayNames) {
    if (name == ToU16(day)) return true;
  }
  return false;
}

// A run of at least `min` and at most `max` digits.
std::optional<double> ReadNumber(std::u16string_view s, std::size_t* index,
                                 std::size_t min, std::size_t max) {
  std::size_t start = *index;
  double value = 0;
  while (*index < s.size() && IsAsciiDigit(s[*index]) &&
         *index - start < max) {
    value = value * 10 + (s[*index] - u'0');
    ++*index;
  }
  if (*index - start < min) return std::nullopt;
  return value;
}

bool Expect(std::u16string_view s, std::size_t* index, std::u16string_view text) {
  if (s.substr(*index, text.size()) != text) return false;
  *index += text.size();
  return true;
}

// [-]YYYY: DateString's yearSign and paddedYear (four or more digits).
std::optional<double> ReadYear(std::u16string_view s, std::size_t* index) {
  bool negative = *index < s.size() && s[*index] == u'-';
  if (negative) ++*index;
  auto year = ReadNumber(s, index, 4, 6);
  if (!year) return std::nullopt;
  return negative ? -*year : *year;
}

// HH:mm:ss of TimeString (without " GMT").
std::optional<double> ReadTime(std::u16string_view s, std::size_t* index) {
  auto hour = ReadNumber(s, index, 2, 2);
  if (!hour || !Expect(s, index, u":")) return std::nullopt;
  auto minute = ReadNumber(s, index, 2, 2);
  if (!minute || !Expect(s, index, u":")) return std::nullopt;
  auto second = ReadNumber(s, index, 2, 2);
  if (!second || *hour > 23 || *minute > 59 || *second > 59) {
    return std::nullopt;
  }
  return MakeTime(*hour, *minute, *second, 0);
}

// The fallback formats: what ToDateString (toString), DateString
// (toDateString) and toUTCString produce, so that Date.parse(x.toString())
// and Date.parse(x.toUTCString()) give x back:
//   Www Mmm DD [-]YYYY[ HH:mm:ss GMT±hhmm[ (name)]]
//   Www, DD Mmm [-]YYYY HH:mm:ss GMT
// Without an offset the fields are local time.
double ParseFallbackFormats(std::u16string_view s, const TimeZone& zone) {
  std::size_t index = 0;
  if (s.size() < 3 || !IsDayName(s.substr(0, 3))) return kNaN;
  index = 3;
  std::optional<double> year;
  int month;
  std::optional<double> day;
  double time = 0;
  std::optional<double> offset_ms;
  if (Expect(s, &index, u", ")) {
    // toUTCString: Www, DD Mmm YYYY HH:mm:ss GMT
    day = ReadNumber(s, &index, 2, 2);
    if (!day || !Expect(s, &index, u" ")) return kNaN;
    month = MonthIndex(s.substr(index, 3));
    index += 3;
    if (month < 0 || !Expect(s, &index, u" ")) return kNaN;
    year = ReadYear(s, &index);
    if (!year || !Expect(s, &index, u" ")) return kNaN;
    auto parsed_time = ReadTime(s, &index);
    if (!parsed_time || !Expect(s, &index, u" GMT")) return kNaN;
    time = *parsed_time;
    offset_ms = 0;
  } else {
    // toString / toDateString: Www Mmm DD YYYY[ HH:mm:ss GMT±hhmm[ (name)]]
    if (!Expect(s, &index, u" ")) return kNaN;
    month = MonthIndex(s.substr(index, 3));
    index += 3;
    if (month < 0 || !Expect(s, &index, u" ")) return kNaN;
    day = ReadNumber(s, &index, 2, 2);
    if (!day || !Expect(s, &index, u" ")) return kNaN;
    year = ReadYear(s, &index);
    if (!year) return kNaN;
    if (Expect(s, &index, u" ")) {
      auto parsed_time = ReadTime(s, &index);
      if (!parsed_time) return kNaN;
      time = *parsed_time;
      if (Expect(s, &index, u" GMT")) {
        if (index >= s.size() || (s[index] != u'+' && s[index] != u'-')) {
          return kNaN;
        }
        double sign = s[index] == u'-' ? -1 : 1;
        ++index;
        auto hours = ReadNumber(s, &index, 2, 2);
        if (!hours) return kNaN;
        auto minutes = ReadNumber(s, &index, 2, 2);
        if (!minutes || *hours > 23 || *minutes > 59) return kNaN;
        offset_ms = sign * (*hours * msPerHour + *minutes * msPerMinute);
        // An optional " (name)": implementation-defined, ignored.
        if (Expect(s, &index, u" (")) {
          if (s.back() != u')') return kNaN;
          index = s.size();
        }
      }
    }
  }
  if (index != s.size()) return kNaN;
  if (*day < 1 || *day > 31) return kNaN;
  double date = MakeDate(MakeDay(*year, month, *day), time);
  date = offset_ms ? date - *offset_ms : UTC(date, zone);
  return TimeClip(date);
}

}  // namespace

// 21.4.3.2 Date.parse ( string )
// https://tc39.es/ecma262/#sec-date.parse
double ParseDate(std::u16string_view string, const TimeZone& zone) {
  // First the Date Time String Format, including expanded years.
  std::optional<double> value = ParseDateTimeStringFormat(string, zone);
  if (value) return *value;
  // If the String does not conform to that format the function may fall
  // back to implementation-specific formats: this engine's own outputs.
  return ParseFallbackFormats(string, zone);
}

}  // namespace async_runtime::builtins
