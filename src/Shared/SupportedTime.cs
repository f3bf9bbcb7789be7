// Shared source, linked into every package (see src/Directory.Build.props). Not a public type.
using System;
using NodaTime;
using NodaTime.Text;

namespace Itsm;

/// <summary>
/// The span of time the SDK works in, spelled once for every package: instants from 1700-01-01T00:00:00Z to
/// 2250-01-01T00:00:00Z (both included) and dates from 1700-01-01 to 2249-12-31. Business calendars answer only there
/// (<c>BusinessCalendar.MinSupportedInstant</c>), records are dated only there (<c>Itsm.Core.RecordTime</c>), so a
/// value that loads or a command that is accepted never overflows a computation later.
/// </summary>
internal static class SupportedTime
{
    /// <summary>The first supported year.</summary>
    public const int FirstYear = 1700;

    /// <summary>The first year after the supported range.</summary>
    public const int EndYear = 2250;

    /// <summary>The earliest instant: 1700-01-01T00:00:00Z.</summary>
    public static readonly Instant MinInstant = Instant.FromUtc(FirstYear, 1, 1, 0, 0);

    /// <summary>The latest instant: 2250-01-01T00:00:00Z.</summary>
    public static readonly Instant MaxInstant = Instant.FromUtc(EndYear, 1, 1, 0, 0);

    /// <summary>The earliest date: 1700-01-01.</summary>
    public static readonly LocalDate MinDate = new(FirstYear, 1, 1);

    /// <summary>The latest date: 2249-12-31.</summary>
    public static readonly LocalDate MaxDate = new(EndYear - 1, 12, 31);

    /// <summary>The span of instants as text: <c>1700-01-01T00:00:00Z to 2250-01-01T00:00:00Z</c>.</summary>
    public const string InstantSpan = "1700-01-01T00:00:00Z to 2250-01-01T00:00:00Z";

    /// <summary>The span of dates as text: <c>1700-01-01 to 2249-12-31</c>.</summary>
    public const string DateSpan = "1700-01-01 to 2249-12-31";

    /// <summary>Why the span is what it is, as the end of a sentence.</summary>
    public const string Reason = "the range business time is measured in";

    /// <summary>The rule an instant outside the range breaks, as the end of a sentence.</summary>
    public const string InstantRule = "instants lie from " + InstantSpan + ", " + Reason;

    /// <summary>The rule a date outside the range breaks, as the end of a sentence.</summary>
    public const string DateRule = "dates lie from " + DateSpan + ", " + Reason;

    /// <summary>Returns whether an instant lies in the range.</summary>
    public static bool Contains(Instant at) => at >= MinInstant && at <= MaxInstant;

    /// <summary>Returns whether a date lies in the range.</summary>
    public static bool Contains(LocalDate date) => date >= MinDate && date <= MaxDate;

    /// <summary>Spells an instant for a message to the nanosecond (<c>2250-01-01T00:00:00.000000001Z</c>; whole seconds
    /// as <c>2250-01-01T00:00:00Z</c>), so an instant refused for lying a nanosecond past a bound never reads as the bound.</summary>
    public static string Text(Instant at) => InstantPattern.ExtendedIso.Format(at);

    /// <summary>Returns <paramref name="at"/>, or throws <see cref="ArgumentOutOfRangeException"/> naming it, what it is
    /// (<paramref name="what"/>) and the rule.</summary>
    public static Instant Check(Instant at, string paramName, string what) =>
        Contains(at) ? at : throw new ArgumentOutOfRangeException(paramName, at, $"{what} {Text(at)} is outside the supported range: {InstantRule}.");

    /// <summary>Returns <paramref name="date"/>, or throws <see cref="ArgumentOutOfRangeException"/> naming it, what it is
    /// and the rule.</summary>
    public static LocalDate Check(LocalDate date, string paramName, string what) =>
        Contains(date) ? date : throw new ArgumentOutOfRangeException(paramName, date, FormattableString.Invariant($"{what} {date:uuuu-MM-dd} is outside the supported range: {DateRule}."));
}
