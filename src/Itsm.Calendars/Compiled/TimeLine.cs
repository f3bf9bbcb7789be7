using System;
using System.Collections.Generic;
using System.Threading;
using NodaTime;
using NodaTime.TimeZones;

namespace Itsm.Calendars.Compiled;

/// <summary>
/// The compiled form of a calendar: per UTC year, the open intervals as instants with running totals, built lazily
/// on first use and cached without locks (two threads may build the same year; both build the same table and one
/// wins). Instants are handled as nanoseconds since the Unix epoch, which covers the supported range exactly.
/// </summary>
internal sealed class TimeLine
{
    /// <summary>The first supported UTC year.</summary>
    public const int FirstYear = SupportedTime.FirstYear;

    /// <summary>The first UTC year after the supported range.</summary>
    public const int EndYear = SupportedTime.EndYear;

    private const long NanosecondsPerDay = WorkingWindow.NanosecondsPerDay;
    private const long AverageYearNanoseconds = 31_556_952_000_000_000L;
    private static readonly long[] YearStarts = CreateYearStarts();

    private readonly BusinessCalendar _calendar;
    private readonly YearTable?[] _years = new YearTable?[EndYear - FirstYear];

    public TimeLine(BusinessCalendar calendar, LocalDate? firstOpenDate, LocalDate? lastOpenDate)
    {
        _calendar = calendar;

        // Outside [HorizonStart, HorizonEnd) no window can exist; searches stop there instead of walking to the
        // end of the supported range. A weekly pattern repeats for ever, so only exception-only calendars have one.
        if (firstOpenDate is { } first && lastOpenDate is { } last)
        {
            HorizonStart = Math.Max(MinNanoseconds, ToNanosecondsUnchecked(first.PlusDays(-3)));
            HorizonEnd = Math.Min(MaxNanoseconds, ToNanosecondsUnchecked(last.PlusDays(3)));
        }
        else if (firstOpenDate is null && lastOpenDate is null && calendar.HasWeeklyWindows)
        {
            HorizonStart = MinNanoseconds;
            HorizonEnd = MaxNanoseconds;
        }
        else
        {
            HorizonStart = MinNanoseconds;
            HorizonEnd = MinNanoseconds;
        }
    }

    public static long MinNanoseconds => YearStarts[0];

    public static long MaxNanoseconds => YearStarts[^1];

    /// <summary>Gets the earliest instant at which a window may exist.</summary>
    public long HorizonStart { get; }

    /// <summary>Gets the instant after which no window exists.</summary>
    public long HorizonEnd { get; }

    public static Instant ToInstant(long nanoseconds) => NodaConstants.UnixEpoch.PlusNanoseconds(nanoseconds);

    /// <summary>Converts an instant known to be in the supported range.</summary>
    public static long ToNanoseconds(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    public static int YearIndexOf(long t)
    {
        int index = EstimateYearIndex(t);
        while (index < YearStarts.Length - 2 && YearStarts[index + 1] <= t)
        {
            index++;
        }

        while (index > 0 && YearStarts[index] > t)
        {
            index--;
        }

        return index;
    }

    /// <summary>The year index by division, at most one off; the range spans more than <see cref="long.MaxValue"/>
    /// nanoseconds, so the offset from the first year is unsigned.</summary>
    internal static int EstimateYearIndex(long t) =>
        (int)Math.Min((ulong)(t - YearStarts[0]) / (ulong)AverageYearNanoseconds, (ulong)(YearStarts.Length - 2));

    public static long YearStart(int index) => YearStarts[index];

    public static int YearCount => YearStarts.Length - 1;

    public YearTable Year(int index) => Volatile.Read(ref _years[index]) ?? BuildYear(index);

    /// <summary>Business time in [a, b), a &lt;= b, both in range.</summary>
    public Int128 Between(long a, long b)
    {
        int ya = YearIndexOf(a);
        int yb = YearIndexOf(b);
        if (ya == yb)
        {
            var year = Year(ya);
            return year.CumulativeAt(b) - year.CumulativeAt(a);
        }

        var first = Year(ya);
        Int128 total = first.Total - first.CumulativeAt(a);
        for (int y = ya + 1; y < yb; y++)
        {
            total += Year(y).Total;
        }

        return total + Year(yb).CumulativeAt(b);
    }

    /// <summary>The earliest t &gt;= s with Between(s, t) == amount (amount &gt; 0), or null when never reached.</summary>
    public long? Forward(long s, Int128 amount)
    {
        int y = YearIndexOf(s);
        long position = Year(y).CumulativeAt(s);
        while (true)
        {
            var year = Year(y);
            long available = year.Total - position;
            if (amount <= available)
            {
                return year.EarliestReaching(position + (long)amount);
            }

            amount -= available;
            position = 0;
            y++;
            if (y >= YearCount || YearStarts[y] >= HorizonEnd)
            {
                return null;
            }
        }
    }

    /// <summary>The latest t &lt;= s with Between(t, s) == amount (amount &gt; 0), or null when never reached.</summary>
    public long? Backward(long s, Int128 amount)
    {
        int y = YearIndexOf(s);
        long position = Year(y).CumulativeAt(s);
        while (true)
        {
            if (amount <= position)
            {
                return Year(y).LatestAt(position - (long)amount);
            }

            amount -= position;
            y--;
            if (y < 0 || YearStarts[y + 1] <= HorizonStart)
            {
                return null;
            }

            position = Year(y).Total;
        }
    }

    /// <summary>t when open, else the next opening after t, or null when none comes.</summary>
    public long? NextOpening(long t)
    {
        for (int y = YearIndexOf(t); y < YearCount && YearStarts[y] < HorizonEnd; y++)
        {
            var year = Year(y);
            int i = year.FirstEndAfter(t);
            if (i < year.Count)
            {
                return Math.Max(t, year.Starts[i]);
            }
        }

        return null;
    }

    public bool IsOpen(long t)
    {
        var year = Year(YearIndexOf(t));
        int i = year.FirstEndAfter(t);
        return i < year.Count && year.Starts[i] <= t;
    }

    /// <summary>The maximal open intervals overlapping [a, b), clipped to it; pieces split at year boundaries are joined.</summary>
    public IEnumerable<(long Start, long End)> Intervals(long a, long b)
    {
        long? pendingStart = null;
        long pendingEnd = 0;
        if (a >= b)
        {
            yield break;
        }

        for (int y = YearIndexOf(a); y < YearCount && YearStarts[y] < b; y++)
        {
            var year = Year(y);
            for (int i = year.FirstEndAfter(a); i < year.Count && year.Starts[i] < b; i++)
            {
                long start = Math.Max(a, year.Starts[i]);
                long end = Math.Min(b, year.Ends[i]);
                if (pendingStart is not null && pendingEnd == start)
                {
                    pendingEnd = end;
                    continue;
                }

                if (pendingStart is { } ps)
                {
                    yield return (ps, pendingEnd);
                }

                pendingStart = start;
                pendingEnd = end;
            }
        }

        if (pendingStart is { } last)
        {
            yield return (last, pendingEnd);
        }
    }

    private YearTable BuildYear(int index)
    {
        long yearStart = YearStarts[index];
        long yearEnd = YearStarts[index + 1];
        var zone = _calendar.Zone;
        var intervals = new List<(long Start, long End)>(800);

        // A date's windows end before the start of the date after next, and zone offsets stay within a day, so
        // three days of margin on each side catch every window that reaches into this UTC year.
        int year = FirstYear + index;
        var first = new LocalDate(year, 1, 1).PlusDays(-3);
        var last = new LocalDate(year + 1, 1, 1).PlusDays(3);
        for (var date = first; date <= last; date = date.PlusDays(1))
        {
            foreach (var window in _calendar.WindowsOn(date))
            {
                var localStart = date.At(window.Start);
                long start = Map(zone, localStart);
                long end = Map(zone, localStart.PlusNanoseconds(window.EndNanosecondOfDay - window.StartNanosecondOfDay));
                start = Math.Max(start, yearStart);
                end = Math.Min(end, yearEnd);
                if (end > start)
                {
                    intervals.Add((start, end));
                }
            }
        }

        // The calendar's business time is the union of its windows as instants: merge overlaps (which local-time
        // mapping can create around a transition) and touching intervals.
        intervals.Sort();
        var starts = new List<long>(intervals.Count);
        var ends = new List<long>(intervals.Count);
        foreach (var (start, end) in intervals)
        {
            if (ends.Count > 0 && start <= ends[^1])
            {
                ends[^1] = Math.Max(ends[^1], end);
            }
            else
            {
                starts.Add(start);
                ends.Add(end);
            }
        }

        var table = new YearTable([.. starts], [.. ends]);
        return Interlocked.CompareExchange(ref _years[index], table, null) ?? table;
    }

    /// <summary>Maps a local date and time to an instant with the lenient rule of the semantics: skipped times move
    /// forward by the gap, ambiguous times take the earlier occurrence.</summary>
    public static long Map(DateTimeZone zone, LocalDateTime local) =>
        ToNanoseconds(zone.ResolveLocal(local, Resolvers.LenientResolver).ToInstant());

    private static long ToNanosecondsUnchecked(LocalDate date)
    {
        long days = date.AtMidnight().InUtc().ToInstant().ToUnixTimeTicks() / (NanosecondsPerDay / 100);
        return Math.Clamp(days, YearStarts[0] / NanosecondsPerDay, YearStarts[^1] / NanosecondsPerDay) * NanosecondsPerDay;
    }

    private static long[] CreateYearStarts()
    {
        var starts = new long[EndYear - FirstYear + 1];
        for (int i = 0; i < starts.Length; i++)
        {
            starts[i] = ToNanoseconds(new LocalDate(FirstYear + i, 1, 1).AtMidnight().InUtc().ToInstant());
        }

        return starts;
    }
}
