using NodaTime;

namespace Itsm.Core;

/// <summary>
/// When a record may be dated: every command and every stored event lies from <see cref="MinInstant"/>
/// (1700-01-01T00:00:00Z) to <see cref="MaxInstant"/> (2250-01-01T00:00:00Z), the range business calendars measure in,
/// and every date a record keeps (a review date, a next check) from <see cref="MinDate"/> (1700-01-01) to
/// <see cref="MaxDate"/> (2249-12-31). The command pipeline refuses a command outside the range with an
/// <see cref="System.ArgumentOutOfRangeException"/>; replay refuses such an event with an
/// <see cref="InvalidHistoryException"/>. A record that was accepted or loaded can so always be measured, stored and
/// loaded again.
/// </summary>
public static class RecordTime
{
    /// <summary>The rule a command or event dated outside the range breaks.</summary>
    public const string Rule = "records are dated from " + SupportedTime.InstantSpan + ", " + SupportedTime.Reason;

    /// <summary>Gets the earliest instant a record may be dated: 1700-01-01T00:00:00Z.</summary>
    public static Instant MinInstant => SupportedTime.MinInstant;

    /// <summary>Gets the latest instant a record may be dated: 2250-01-01T00:00:00Z.</summary>
    public static Instant MaxInstant => SupportedTime.MaxInstant;

    /// <summary>Gets the earliest date a record may keep: 1700-01-01.</summary>
    public static LocalDate MinDate => SupportedTime.MinDate;

    /// <summary>Gets the latest date a record may keep: 2249-12-31.</summary>
    public static LocalDate MaxDate => SupportedTime.MaxDate;

    /// <summary>Returns whether a record may be dated at an instant.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>True from <see cref="MinInstant"/> to <see cref="MaxInstant"/>, both included.</returns>
    public static bool Contains(Instant at) => SupportedTime.Contains(at);

    /// <summary>Returns whether a record may keep a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True from <see cref="MinDate"/> to <see cref="MaxDate"/>, both included.</returns>
    public static bool Contains(LocalDate date) => SupportedTime.Contains(date);
}
