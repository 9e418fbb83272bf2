// The abstract operations of 21.4.1 (Date objects) over time values, the
// Date Time String Format parser behind Date.parse, and the formatters of
// Date.prototype.toString, toUTCString and toISOString.
//
// The field functions (Day .. MillisecondFromTime) take a finite time
// value as the spec says; given NaN or ±∞ they return NaN or an arbitrary
// field, never crash or hang.
//
// Time values are doubles (NaN for "no instant"); every operation does the
// spec's exact arithmetic: floor, and `modulo` with the sign of the divisor
// (never C's %). The local time zone is injected (a TimeZone), so callers and
// tests choose "UTC", "America/New_York" or an offset like "+05:30"; the
// engine passes the host's default zone (CreateDefaultTimeZone).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace async_runtime::builtins {

// 21.4.1.2 Time-related Constants
// https://tc39.es/ecma262/#sec-time-related-constants
inline constexpr double HoursPerDay = 24;
inline constexpr double MinutesPerHour = 60;
inline constexpr double SecondsPerMinute = 60;
inline constexpr double msPerSecond = 1000;
inline constexpr double msPerMinute = 60000;
inline constexpr double msPerHour = 3600000;
inline constexpr double msPerDay = 86400000;

// 21.4.1.3 Day ( tv )
double Day(double tv);
// 21.4.1.4 TimeWithinDay ( tv )
double TimeWithinDay(double tv);
// 21.4.1.5 DayFromYear ( y )
double DayFromYear(double y);
// 21.4.1.6 TimeFromYear ( y )
double TimeFromYear(double y);
// 21.4.1.7 YearFromTime ( tv )
double YearFromTime(double tv);
// 21.4.1.8 DayWithinYear ( tv )
double DayWithinYear(double tv);
// The number of days in year y (365 or 366). DaysInYear was folded into
// InLeapYear (21.4.1.9, old id sec-daysinyear); kept for the callers that
// reason in years rather than time values.
double DaysInYear(double y);
// 21.4.1.9 InLeapYear ( tv ): 0 or 1.
int InLeapYear(double tv);
// 21.4.1.10 MonthFromTime ( tv ): 0..11.
int MonthFromTime(double tv);
// 21.4.1.11 DateFromTime ( tv ): 1..31.
int DateFromTime(double tv);
// 21.4.1.12 WeekDay ( tv ): 0 (Sunday)..6.
int WeekDay(double tv);
// 21.4.1.13 HourFromTime ( tv ): 0..23.
int HourFromTime(double tv);
// 21.4.1.14 MinuteFromTime ( tv ): 0..59.
int MinuteFromTime(double tv);
// 21.4.1.15 SecondFromTime ( tv ): 0..59.
int SecondFromTime(double tv);
// 21.4.1.16 MillisecondFromTime ( tv ): 0..999.
int MillisecondFromTime(double tv);

// 21.4.1.27 MakeTime ( hour, minute, second, millisecond )
double MakeTime(double hour, double minute, double second, double millisecond);
// 21.4.1.28 MakeDay ( year, month, day )
double MakeDay(double year, double month, double day);
// 21.4.1.29 MakeDate ( day, time )
double MakeDate(double day, double time);
// 21.4.1.30 MakeFullYear ( year )
double MakeFullYear(double year);
// 21.4.1.31 TimeClip ( time )
double TimeClip(double time);

// 21.4.1.33.1 IsTimeZoneOffsetString ( offsetString )
bool IsTimeZoneOffsetString(std::u16string_view offset_string);
// 21.4.1.33.2 ParseTimeZoneOffsetString ( offsetString ): nanoseconds.
// Precondition: IsTimeZoneOffsetString(offset_string).
double ParseTimeZoneOffsetString(std::u16string_view offset_string);

// The system time zone of 21.4.1.24 SystemTimeZoneIdentifier with the two
// implementation-defined operations on it, in milliseconds (time values are
// whole milliseconds, and LocalTime, UTC and TimeZoneString truncate the
// nanoseconds to milliseconds anyway).
class TimeZone {
 public:
  virtual ~TimeZone() = default;
  // SystemTimeZoneIdentifier(): an IANA name or an offset string.
  virtual std::u16string Identifier() const = 0;
  // 21.4.1.21 GetNamedTimeZoneOffsetNanoseconds ( timeZoneIdentifier,
  // epochNanoseconds ) / 10^6: the offset from UTC at instant epoch_ms.
  virtual double OffsetMilliseconds(double epoch_ms) const = 0;
  // 21.4.1.20 GetNamedTimeZoneEpochNanoseconds / 10^6, with the wall-clock
  // fields given as a local time value: the instants whose local time is
  // local_ms, ascending (two at a repeated time, none at a skipped time).
  virtual std::vector<double> EpochMilliseconds(double local_ms) const = 0;
  // The implementation-defined name in TimeZoneString (e.g. "Eastern
  // Standard Time"), or empty.
  virtual std::u16string DisplayName(double epoch_ms) const = 0;
};

// A zone by identifier: an offset string ("+05:30", fixed offset) or a time
// zone ICU knows ("UTC", "America/New_York"); nullptr for an unknown name.
std::unique_ptr<TimeZone> CreateTimeZone(std::u16string_view identifier);
// The host's zone (icu::TimeZone::createDefault(), which reads TZ).
std::unique_ptr<TimeZone> CreateDefaultTimeZone();

// 21.4.1.25 LocalTime ( tv )
double LocalTime(double tv, const TimeZone& zone);
// 21.4.1.26 UTC ( t )
double UTC(double t, const TimeZone& zone);

// 21.4.4.41.1 TimeString ( tv ): "HH:mm:ss GMT".
std::u16string TimeString(double tv);
// 21.4.4.41.2 DateString ( tv ): "Www Mmm DD YYYY".
std::u16string DateString(double tv);
// 21.4.4.41.3 TimeZoneString ( tv ): "+HHmm (name)".
std::u16string TimeZoneString(double tv, const TimeZone& zone);
// 21.4.4.41.4 ToDateString ( tv ): what Date.prototype.toString returns.
std::u16string ToDateString(double tv, const TimeZone& zone);
// 21.4.4.43 Date.prototype.toUTCString ( ), steps 4-11, for tv =
// [[DateValue]]: "Www, DD Mmm YYYY HH:mm:ss GMT" or "Invalid Date".
std::u16string ToUTCString(double tv);
// 21.4.4.36 Date.prototype.toISOString ( ), steps 4-7, for tv =
// [[DateValue]]; std::nullopt where the spec throws a RangeError (NaN).
std::optional<std::u16string> ToISOString(double tv);

// 21.4.3.2 Date.parse ( string ), after ToString: the Date Time String
// Format of 21.4.1.32 (with expanded years; date-only forms are UTC,
// date-time forms without an offset are local), then as fallbacks the
// formats this engine's toString, toDateString and toUTCString produce.
// NaN for anything else or for a value out of the time value range.
double ParseDate(std::u16string_view string, const TimeZone& zone);

}  // namespace async_runtime::builtins
