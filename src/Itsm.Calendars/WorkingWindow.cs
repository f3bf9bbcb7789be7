using System;
using System.Globalization;
using NodaTime;

namespace Itsm.Calendars;

/// <summary>
/// A working window <c>[Start, End)</c> in local wall time, belonging to the local date it starts on.
/// </summary>
/// <remarks>
/// <para>
/// An <see cref="End"/> at or before <see cref="Start"/> runs overnight into the next local date:
/// <c>22:00-06:00</c> lasts eight wall-clock hours, and <c>09:00-09:00</c> is a 24-hour window starting at 09:00.
/// An end of <see cref="LocalTime.Midnight"/> means the end of the start date (<c>"24:00"</c> in JSON), so
/// <c>00:00-00:00</c> and <c>00:00-24:00</c> are the same whole-day window.
/// </para>
/// <para>
/// Equality compares <see cref="Start"/> and <see cref="End"/>. The default value is the whole-day window
/// <c>00:00-24:00</c>. This type is an immutable value type and is thread-safe.
/// </para>
/// </remarks>
public readonly struct WorkingWindow : IEquatable<WorkingWindow>, IComparable<WorkingWindow>
{
    internal const long NanosecondsPerDay = 86_400_000_000_000L;

    /// <summary>Initializes a window from its local start and end times.</summary>
    /// <param name="start">The local time the window opens.</param>
    /// <param name="end">The local time the window closes; at or before <paramref name="start"/> it closes on the next date,
    /// and <see cref="LocalTime.Midnight"/> means the end of the start date.</param>
    public WorkingWindow(LocalTime start, LocalTime end)
    {
        Start = start;
        End = end;
    }

    /// <summary>Gets the local time the window opens.</summary>
    public LocalTime Start { get; }

    /// <summary>Gets the local time the window closes (<see cref="LocalTime.Midnight"/> is <c>"24:00"</c>).</summary>
    public LocalTime End { get; }

    /// <summary>Gets a value indicating whether the window closes on the next local date after an instant past midnight
    /// (it spills into the next date: <c>22:00-06:00</c>, but not <c>18:00-24:00</c>).</summary>
    public bool IsOvernight => EndNanosecondOfDay > NanosecondsPerDay;

    /// <summary>Gets the nominal wall-clock length: more than zero and at most 24 hours. The business time a window gives
    /// on a particular date can differ when a daylight saving transition falls inside it.</summary>
    public Duration NominalLength => Duration.FromNanoseconds(EndNanosecondOfDay - StartNanosecondOfDay);

    /// <summary>Gets the start as nanoseconds from the start of the local date.</summary>
    internal long StartNanosecondOfDay => Start.NanosecondOfDay;

    /// <summary>Gets the end as nanoseconds from the start of the start date: in (start, start + 24h].</summary>
    internal long EndNanosecondOfDay
    {
        get
        {
            long start = Start.NanosecondOfDay;
            long end = End.NanosecondOfDay;
            if (end == 0)
            {
                return NanosecondsPerDay;
            }

            return end > start ? end : end + NanosecondsPerDay;
        }
    }

    /// <summary>Tests two windows for equality.</summary>
    public static bool operator ==(WorkingWindow left, WorkingWindow right) => left.Equals(right);

    /// <summary>Tests two windows for inequality.</summary>
    public static bool operator !=(WorkingWindow left, WorkingWindow right) => !left.Equals(right);

    /// <summary>Orders windows by start time, then by end.</summary>
    public static bool operator <(WorkingWindow left, WorkingWindow right) => left.CompareTo(right) < 0;

    /// <summary>Orders windows by start time, then by end.</summary>
    public static bool operator <=(WorkingWindow left, WorkingWindow right) => left.CompareTo(right) <= 0;

    /// <summary>Orders windows by start time, then by end.</summary>
    public static bool operator >(WorkingWindow left, WorkingWindow right) => left.CompareTo(right) > 0;

    /// <summary>Orders windows by start time, then by end.</summary>
    public static bool operator >=(WorkingWindow left, WorkingWindow right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(WorkingWindow other) => Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WorkingWindow other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Orders windows by start time, then by end.</summary>
    /// <param name="other">The window to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this window sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(WorkingWindow other)
    {
        int byStart = StartNanosecondOfDay.CompareTo(other.StartNanosecondOfDay);
        return byStart != 0 ? byStart : EndNanosecondOfDay.CompareTo(other.EndNanosecondOfDay);
    }

    /// <summary>Formats the window as <c>HH:mm-HH:mm</c>, writing a midnight end as <c>24:00</c>.</summary>
    /// <returns>The window, for example <c>09:00-18:00</c> or <c>22:00-06:00</c>.</returns>
    public override string ToString() => FormatTime(Start, isEnd: false) + "-" + FormatTime(End, isEnd: true);

    /// <summary>Formats a window bound as the calendar format writes it: <c>HH:mm</c>, with seconds and fractions only
    /// when present, and a midnight end as <c>24:00</c>.</summary>
    /// <param name="time">The time to format.</param>
    /// <param name="isEnd">Whether the time is a window's end, where midnight is written <c>24:00</c>.</param>
    /// <returns>The formatted time.</returns>
    public static string FormatTime(LocalTime time, bool isEnd)
    {
        if (isEnd && time == LocalTime.Midnight)
        {
            return "24:00";
        }

        string pattern = time.NanosecondOfSecond != 0 ? "HH:mm:ss.FFFFFFFFF" : time.Second != 0 ? "HH:mm:ss" : "HH:mm";
        return time.ToString(pattern, CultureInfo.InvariantCulture);
    }
    /// <summary>Parses a window bound written as the calendar format writes it: <c>HH:mm</c>, <c>HH:mm:ss</c> or
    /// <c>HH:mm:ss.fffffffff</c>, from <c>00:00</c> to <c>23:59:59.999999999</c>; <c>24:00</c> only when
    /// <paramref name="isEnd"/> is true, where it is read as <see cref="LocalTime.Midnight"/>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="isEnd">Whether the text is a window's end, where <c>24:00</c> is allowed.</param>
    /// <param name="time">The parsed time, or midnight when parsing fails.</param>
    /// <returns>Whether <paramref name="text"/> is a valid window bound.</returns>
    public static bool TryParseTime(string? text, bool isEnd, out LocalTime time)
    {
        time = LocalTime.Midnight;
        if (text is null)
        {
            return false;
        }

        if (text == "24:00" || text == "24:00:00")
        {
            return isEnd;
        }

        foreach (var pattern in TimePatterns)
        {
            var result = pattern.Parse(text);
            if (result.Success)
            {
                time = result.Value;
                return true;
            }
        }

        return false;
    }

    private static readonly NodaTime.Text.LocalTimePattern[] TimePatterns =
    [
        NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH:mm"),
        NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss"),
        NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss.FFFFFFFFF"),
    ];
}
