using System;
using Itsm.Calendars;
using NodaTime;
using NodaTime.TimeZones;

namespace Itsm.Benchmarks;

/// <summary>
/// The baseline: answers by walking the calendar one local date at a time, mapping each window to instants with the
/// lenient resolver and clipping it to the query. Deliberately simple; correct for calendars whose windows do not
/// overlap as instants (such as Mon-Fri 09:00-18:00), which is all the benchmarks need. It does not merge windows
/// that a daylight saving transition makes overlap.
/// </summary>
public sealed class NaiveBusinessCalendar
{
    // More than the supported range of the engine; a walk that gets this far has no answer.
    private const int MaxDays = 600 * 366;

    private readonly BusinessCalendar _calendar;
    private readonly DateTimeZone _zone;

    public NaiveBusinessCalendar(BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        _calendar = calendar;
        _zone = calendar.Zone;
    }

    /// <summary>The earliest instant t &gt;= start with BusinessTimeBetween(start, t) == amount; amount must be positive.</summary>
    public Instant Add(Instant start, Duration amount)
    {
        if (amount <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "The naive baseline only adds positive amounts.");
        }

        var remaining = amount;

        // Start a day early so a window of the previous date that runs past midnight is counted.
        var date = start.InZone(_zone).Date.PlusDays(-1);
        for (int day = 0; day < MaxDays; day++, date = date.PlusDays(1))
        {
            var windows = _calendar.WindowsOn(date);
            for (int i = 0; i < windows.Count; i++)
            {
                var (windowStart, windowEnd) = ToInstants(date, windows[i]);
                var from = windowStart > start ? windowStart : start;
                if (windowEnd <= from)
                {
                    continue;
                }

                var available = windowEnd - from;
                if (remaining <= available)
                {
                    return from + remaining;
                }

                remaining -= available;
            }
        }

        throw new InvalidOperationException("The naive baseline found no answer within " + MaxDays + " days.");
    }

    /// <summary>The business time inside [start, end); negative when end is before start.</summary>
    public Duration BusinessTimeBetween(Instant start, Instant end)
    {
        if (end < start)
        {
            return -BusinessTimeBetween(end, start);
        }

        var total = Duration.Zero;
        var last = end.InZone(_zone).Date;
        for (var date = start.InZone(_zone).Date.PlusDays(-1); date <= last; date = date.PlusDays(1))
        {
            var windows = _calendar.WindowsOn(date);
            for (int i = 0; i < windows.Count; i++)
            {
                var (windowStart, windowEnd) = ToInstants(date, windows[i]);
                var from = windowStart > start ? windowStart : start;
                var to = windowEnd < end ? windowEnd : end;
                if (to > from)
                {
                    total += to - from;
                }
            }
        }

        return total;
    }

    /// <summary>A window of a date as instants: its local start and start plus its nominal length, mapped leniently.</summary>
    private (Instant Start, Instant End) ToInstants(LocalDate date, WorkingWindow window)
    {
        var localStart = date + window.Start;
        var localEnd = localStart.PlusNanoseconds(window.NominalLength.ToInt64Nanoseconds());
        return (Map(localStart), Map(localEnd));
    }

    private Instant Map(LocalDateTime local) => _zone.ResolveLocal(local, Resolvers.LenientResolver).ToInstant();
}
