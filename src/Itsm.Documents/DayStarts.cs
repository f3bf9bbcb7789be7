using NodaTime;

namespace Itsm.Documents;

/// <summary>Where the start of a day can lie in any time zone, for replay's checks of stored day boundaries (a check
/// date, the end of a retention) without knowing the zone they were computed in.</summary>
internal static class DayStarts
{
    /// <summary>The start of a day in any zone lies at most 14 hours before its UTC midnight.</summary>
    public static readonly Duration Earliest = Duration.FromHours(14);

    /// <summary>The start of a day in any zone lies at most 12 hours after its UTC midnight.</summary>
    public static readonly Duration Latest = Duration.FromHours(12);

    /// <summary>Returns whether an instant can be the start of a day, in some zone, whose UTC midnight is given.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="utcMidnight">The day's midnight in UTC.</param>
    /// <returns>True when it lies between 14 hours before and 12 hours after.</returns>
    public static bool CanStart(Instant instant, Instant utcMidnight) => instant >= utcMidnight - Earliest && instant <= utcMidnight + Latest;
}
