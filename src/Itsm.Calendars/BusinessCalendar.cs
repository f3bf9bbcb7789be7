using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Itsm.Calendars.Compiled;
using NodaTime;

namespace Itsm.Calendars;

/// <summary>
/// A business calendar: a time zone, a weekly pattern of working windows, holidays and exception days, with exact
/// business-time arithmetic on <see cref="Instant"/> and <see cref="Duration"/>.
/// </summary>
/// <remarks>
/// <para>
/// The semantics are those of <c>docs/calendars.md</c>: windows are local wall time on the date they start on,
/// local times map to instants leniently (a skipped time moves forward by the gap, an ambiguous time takes its
/// earlier occurrence), and the business time is the union of the windows as instant intervals.
/// </para>
/// <para>
/// Queries are answered from per-year tables of UTC intervals with running totals, compiled lazily on first use and
/// cached, so <see cref="Add"/> and <see cref="BusinessTimeBetween"/> cost the same over a day or a year and do not
/// allocate. Instants must lie between <see cref="MinSupportedInstant"/> and <see cref="MaxSupportedInstant"/>.
/// </para>
/// <para>
/// Equality compares the definition: id, zone id, weekly windows, the union of holiday dates and the exception days.
/// Holiday set names are not part of equality. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class BusinessCalendar : IEquatable<BusinessCalendar>
{
    private readonly ImmutableArray<WorkingWindow>[] _week;
    private readonly ImmutableSortedSet<LocalDate> _holidays;
    private readonly ImmutableDictionary<LocalDate, ExceptionDay> _exceptionsByDate;
    private readonly TimeLine _timeLine;

    /// <summary>The first and last exception dates that have windows; null when none has.</summary>
    private readonly (LocalDate First, LocalDate Last)? _openExceptionDates;

    internal BusinessCalendar(
        string id,
        DateTimeZone zone,
        ImmutableArray<WorkingWindow>[] week,
        ImmutableArray<HolidaySet> holidaySets,
        ImmutableArray<ExceptionDay> exceptionDays)
    {
        Id = id;
        Zone = zone;
        _week = week;
        HolidaySets = holidaySets;
        _holidays = holidaySets.SelectMany(s => s.Dates).ToImmutableSortedSet();
        ExceptionDays = exceptionDays;
        _exceptionsByDate = exceptionDays.ToImmutableDictionary(e => e.Date);
        HasWeeklyWindows = week.Any(w => w.Length > 0);

        var openExceptionDates = exceptionDays.Where(e => e.Windows.Count > 0).Select(e => e.Date).ToList();
        if (openExceptionDates.Count > 0)
        {
            _openExceptionDates = (openExceptionDates.Min(), openExceptionDates.Max());
        }

        _timeLine = HasWeeklyWindows || _openExceptionDates is null
            ? new TimeLine(this, null, null)
            : new TimeLine(this, _openExceptionDates.Value.First, _openExceptionDates.Value.Last);
    }

    /// <summary>Gets the earliest instant queries accept: 1700-01-01T00:00:00Z.</summary>
    public static Instant MinSupportedInstant { get; } = TimeLine.ToInstant(TimeLine.MinNanoseconds);

    /// <summary>Gets the latest instant queries accept and return: 2250-01-01T00:00:00Z.</summary>
    public static Instant MaxSupportedInstant { get; } = TimeLine.ToInstant(TimeLine.MaxNanoseconds);

    /// <summary>Gets the earliest date a holiday, holiday set or exception day may have: 1700-01-01.</summary>
    public static LocalDate MinSupportedDate { get; } = SupportedTime.MinDate;

    /// <summary>Gets the latest date a holiday, holiday set or exception day may have: 2249-12-31.</summary>
    public static LocalDate MaxSupportedDate { get; } = SupportedTime.MaxDate;

    /// <summary>Gets the calendar's id, used in messages and by records that refer to it.</summary>
    public string Id { get; }

    /// <summary>Gets the time zone the windows are read in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the holiday sets, single holidays given to the builder first (as a set named <c>holidays</c>).</summary>
    public IReadOnlyList<HolidaySet> HolidaySets { get; }

    /// <summary>Gets every holiday date of every set, ascending and distinct.</summary>
    public IReadOnlyCollection<LocalDate> Holidays => _holidays;

    /// <summary>Gets the exception days, ascending by date.</summary>
    public IReadOnlyList<ExceptionDay> ExceptionDays { get; }

    /// <summary>Gets a value indicating whether any day of the weekly pattern has a window.</summary>
    internal bool HasWeeklyWindows { get; }

    /// <summary>Starts a calendar definition in code.</summary>
    /// <param name="id">The calendar id.</param>
    /// <param name="zone">The time zone the windows are read in.</param>
    /// <returns>A builder; call <see cref="BusinessCalendarBuilder.Build"/> when the definition is complete.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="zone"/> is null.</exception>
    public static BusinessCalendarBuilder Builder(string id, DateTimeZone zone) =>
        new(id, Preconditions.CheckNotNull(zone), null, null);

    /// <summary>Starts a calendar definition in code from a zone id, resolved when the calendar is built.</summary>
    /// <param name="id">The calendar id.</param>
    /// <param name="zoneId">The IANA zone id; null or unknown ids are reported by <see cref="BusinessCalendarBuilder.Validate"/>.</param>
    /// <param name="provider">The host's zone provider; NodaTime's TZDB provider when null.</param>
    /// <returns>A builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public static BusinessCalendarBuilder Builder(string id, string? zoneId, IDateTimeZoneProvider? provider = null) =>
        new(id, null, zoneId, provider);

    /// <summary>Gets the windows of one day of the weekly pattern, sorted by start.</summary>
    /// <param name="day">The day of week.</param>
    /// <returns>The windows that start on that day of week; empty when none.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a day of the week.</exception>
    public IReadOnlyList<WorkingWindow> WindowsOn(IsoDayOfWeek day)
    {
        Preconditions.CheckArgumentRange(nameof(day), (int)day, (int)IsoDayOfWeek.Monday, (int)IsoDayOfWeek.Sunday);
        return _week[(int)day - 1];
    }

    /// <summary>Gets the windows that start on a local date: its exception day's windows if it has one, else none on a
    /// holiday, else the weekly pattern's.</summary>
    /// <param name="date">The local date.</param>
    /// <returns>The windows of that date, sorted by start.</returns>
    public IReadOnlyList<WorkingWindow> WindowsOn(LocalDate date)
    {
        if (_exceptionsByDate.TryGetValue(date, out var exception))
        {
            return exception.Windows;
        }

        return _holidays.Contains(date) ? [] : _week[(int)date.DayOfWeek - 1];
    }

    /// <summary>Returns whether at least one window starts on <paramref name="date"/> (a business date).</summary>
    /// <param name="date">The local date.</param>
    /// <returns>True for a business date.</returns>
    public bool IsBusinessDate(LocalDate date) => WindowsOn(date).Count > 0;

    /// <summary>Returns whether <paramref name="instant"/> lies inside a window <c>[start, end)</c>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>True when open.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside the supported range.</exception>
    public bool IsOpen(Instant instant) => _timeLine.IsOpen(CheckInRange(instant, nameof(instant)));

    /// <summary>Returns <paramref name="instant"/> when open, else the start of the next window.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The next opening.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="instant"/> is outside the supported range.</exception>
    /// <exception cref="BusinessTimeUnreachableException">No window opens at or after <paramref name="instant"/>.</exception>
    public Instant NextOpening(Instant instant)
    {
        long t = CheckInRange(instant, nameof(instant));
        return _timeLine.NextOpening(t) is { } opening
            ? TimeLine.ToInstant(opening)
            : throw Unreachable(instant, Duration.Zero, "no window opens at or after it");
    }

    /// <summary>Returns the total business time inside <c>[start, end)</c>; negative when <paramref name="end"/> is
    /// before <paramref name="start"/> (<c>BusinessTimeBetween(a, b) == -BusinessTimeBetween(b, a)</c>).</summary>
    /// <param name="start">The first instant.</param>
    /// <param name="end">The second instant.</param>
    /// <returns>The signed business time.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An instant is outside the supported range.</exception>
    public Duration BusinessTimeBetween(Instant start, Instant end)
    {
        long a = CheckInRange(start, nameof(start));
        long b = CheckInRange(end, nameof(end));
        return a <= b ? FromNanoseconds(_timeLine.Between(a, b)) : -FromNanoseconds(_timeLine.Between(b, a));
    }

    /// <summary>
    /// Adds business time. For a positive amount, the earliest instant <c>t &gt;= start</c> with
    /// <c>BusinessTimeBetween(start, t) == amount</c> (it may be a window's end); for a negative amount, the latest
    /// instant <c>t &lt;= start</c> with <c>BusinessTimeBetween(t, start) == -amount</c>; for zero, <paramref name="start"/>.
    /// </summary>
    /// <param name="start">The instant to count from.</param>
    /// <param name="amount">The business time to add; may be negative.</param>
    /// <returns>The resulting instant.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is outside the supported range.</exception>
    /// <exception cref="BusinessTimeUnreachableException">The calendar does not hold that much business time in that
    /// direction before the end of its windows or of the supported range.</exception>
    public Instant Add(Instant start, Duration amount)
    {
        long s = CheckInRange(start, nameof(start));
        if (amount == Duration.Zero)
        {
            return start;
        }

        long? result = amount > Duration.Zero
            ? _timeLine.Forward(s, ToNanoseconds(amount))
            : _timeLine.Backward(s, -ToNanoseconds(amount));
        return result is { } t
            ? TimeLine.ToInstant(t)
            : throw Unreachable(start, amount, amount > Duration.Zero ? "the calendar has not that much business time after it" : "the calendar has not that much business time before it");
    }

    /// <summary>
    /// Adds whole business dates: from the local date of <paramref name="start"/>, steps forward over
    /// <paramref name="days"/> business dates (the start date does not count), keeps the local time of day, maps it
    /// to an instant and returns the <see cref="NextOpening"/> of that. Zero days returns <c>NextOpening(start)</c>.
    /// Business days never convert into business hours.
    /// </summary>
    /// <param name="start">The instant to count from.</param>
    /// <param name="days">The number of business dates; not negative.</param>
    /// <returns>The resulting instant.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative, or <paramref name="start"/> is
    /// outside the supported range.</exception>
    /// <exception cref="BusinessTimeUnreachableException">Not enough business dates follow, or no window opens after the
    /// date reached.</exception>
    public Instant AddBusinessDays(Instant start, int days)
    {
        CheckInRange(start, nameof(start));
        if (days < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(days),
                days,
                FormattableString.Invariant($"Business days to add must not be negative, but was {days}; subtracting business days is not defined."));
        }

        if (days == 0)
        {
            // Not a round trip through local time: in a repeated fall-back hour that would move back to the first occurrence.
            return NextOpening(start);
        }

        var local = start.InZone(Zone).LocalDateTime;
        var date = local.Date;
        var lastDate = TimeLine.ToInstant(_timeLine.HorizonEnd).InUtc().Date.PlusDays(1);
        for (int counted = 0; counted < days;)
        {
            date = date.PlusDays(1);
            if (date > lastDate)
            {
                throw Unreachable(start, Duration.Zero, FormattableString.Invariant($"fewer than {days} business dates follow it"));
            }

            if (IsBusinessDate(date))
            {
                counted++;
            }
        }

        long t = TimeLine.Map(Zone, date + local.TimeOfDay);
        if (t > TimeLine.MaxNanoseconds)
        {
            throw Unreachable(start, Duration.Zero, FormattableString.Invariant($"{days} business dates later is past the supported range"));
        }

        return _timeLine.NextOpening(t) is { } opening
            ? TimeLine.ToInstant(opening)
            : throw Unreachable(start, Duration.Zero, FormattableString.Invariant($"no window opens after {days} business dates"));
    }

    /// <summary>
    /// Enumerates the open intervals inside <paramref name="interval"/>: the union of the windows as instants, each
    /// interval maximal (touching windows are joined) and clipped to <paramref name="interval"/>, in ascending order.
    /// An unbounded side is taken as the end of the supported range.
    /// </summary>
    /// <param name="interval">The interval to look in.</param>
    /// <returns>The open intervals, lazily.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bound of <paramref name="interval"/> is outside the supported range.</exception>
    public IEnumerable<Interval> OpenIntervals(Interval interval)
    {
        long a = interval.HasStart ? CheckInRange(interval.Start, nameof(interval)) : TimeLine.MinNanoseconds;
        long b = interval.HasEnd ? CheckInRange(interval.End, nameof(interval)) : TimeLine.MaxNanoseconds;
        return Enumerate(a, b);

        IEnumerable<Interval> Enumerate(long from, long to)
        {
            foreach (var (start, end) in _timeLine.Intervals(from, to))
            {
                yield return new Interval(TimeLine.ToInstant(start), TimeLine.ToInstant(end));
            }
        }
    }

    /// <inheritdoc />
    public bool Equals(BusinessCalendar? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return Id == other.Id
            && Zone.Id == other.Zone.Id
            && _week.Zip(other._week).All(pair => pair.First.SequenceEqual(pair.Second))
            && _holidays.SetEquals(other._holidays)
            && ExceptionDays.SequenceEqual(other.ExceptionDays);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BusinessCalendar);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Zone.Id, _holidays.Count, ExceptionDays.Count);

    /// <summary>Formats the calendar for messages: its id and zone.</summary>
    /// <returns>For example <c>cn-shanghai-5x9 (Asia/Shanghai)</c>.</returns>
    public override string ToString() => Id + " (" + Zone.Id + ")";

    private static Duration FromNanoseconds(Int128 nanoseconds) =>
        nanoseconds >= long.MinValue && nanoseconds <= long.MaxValue
            ? Duration.FromNanoseconds((long)nanoseconds)
            : Duration.FromNanoseconds((System.Numerics.BigInteger)nanoseconds);

    private static Int128 ToNanoseconds(Duration duration) =>
        ((Int128)duration.Days * WorkingWindow.NanosecondsPerDay) + duration.NanosecondOfDay;

    private static long CheckInRange(Instant instant, string paramName)
    {
        if (instant < MinSupportedInstant || instant > MaxSupportedInstant)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                instant,
                FormattableString.Invariant(
                    $"Instant {instant} is outside the range business calendars support, {MinSupportedInstant} to {MaxSupportedInstant}."));
        }

        return TimeLine.ToNanoseconds(instant);
    }

    private BusinessTimeUnreachableException Unreachable(Instant start, Duration amount, string reason)
    {
        string why = HasWeeklyWindows
            ? FormattableString.Invariant($"{reason} within the supported range {MinSupportedInstant} to {MaxSupportedInstant}")
            : _openExceptionDates is not { } dates
                ? "it has no windows at all"
                : FormattableString.Invariant(
                    $"{reason}; it has no weekly windows, only exception days from {dates.First:yyyy-MM-dd} to {dates.Last:yyyy-MM-dd}");
        return new(
            Id,
            start,
            amount,
            FormattableString.Invariant($"Calendar '{Id}' cannot answer from {start} with amount {Wording.Duration(amount)}: {why}."));
    }
}
