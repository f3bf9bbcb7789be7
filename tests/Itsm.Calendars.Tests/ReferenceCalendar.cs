using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Itsm.Calendars.Tests;

/// <summary>
/// A deliberately simple reference for the calendar semantics: it walks the local dates around a query, maps each
/// window with NodaTime's lenient rule, merges the resulting instant intervals and counts. It shares no code with the
/// engine: it reads only the calendar's public definition (zone, weekly windows, holidays, exception days).
/// Keep its walks short: the callers bound the spans they ask about.
/// </summary>
internal sealed class ReferenceCalendar(BusinessCalendar calendar)
{
    private readonly Dictionary<LocalDate, IReadOnlyList<WorkingWindow>> _exceptions =
        calendar.ExceptionDays.ToDictionary(e => e.Date, e => e.Windows);

    private readonly HashSet<LocalDate> _holidays = [.. calendar.Holidays];

    public IReadOnlyList<WorkingWindow> Windows(LocalDate date) =>
        _exceptions.TryGetValue(date, out var windows) ? windows
        : _holidays.Contains(date) ? []
        : calendar.WindowsOn(date.DayOfWeek);

    /// <summary>The union of the windows of the dates around [from, to], as sorted disjoint instant intervals.</summary>
    public List<(Instant Start, Instant End)> Open(Instant from, Instant to)
    {
        var raw = new List<(Instant Start, Instant End)>();
        for (var date = from.InUtc().Date.PlusDays(-3); date <= to.InUtc().Date.PlusDays(3); date = date.PlusDays(1))
        {
            foreach (var w in Windows(date))
            {
                var localEnd = w.End > w.Start ? date.At(w.End) : date.PlusDays(1).At(w.End);
                var start = date.At(w.Start).InZoneLeniently(calendar.Zone).ToInstant();
                var end = localEnd.InZoneLeniently(calendar.Zone).ToInstant();
                if (end > start)
                {
                    raw.Add((start, end));
                }
            }
        }

        var merged = new List<(Instant Start, Instant End)>();
        foreach (var (start, end) in raw.OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Instant.Max(merged[^1].End, end));
            }
            else
            {
                merged.Add((start, end));
            }
        }

        return merged;
    }

    public Duration Between(Instant a, Instant b)
    {
        if (a > b)
        {
            return -Between(b, a);
        }

        var total = Duration.Zero;
        foreach (var (start, end) in Open(a, b))
        {
            var from = Instant.Max(start, a);
            var to = Instant.Min(end, b);
            if (to > from)
            {
                total += to - from;
            }
        }

        return total;
    }

    /// <summary>Add, looking no further than <paramref name="limit"/>; null when not reached by then.</summary>
    public Instant? Add(Instant s, Duration d, Instant limit)
    {
        if (d == Duration.Zero)
        {
            return s;
        }

        if (d > Duration.Zero)
        {
            var remaining = d;
            foreach (var (start, end) in Open(s, limit).Where(i => i.End > s))
            {
                var from = Instant.Max(start, s);
                if (remaining <= end - from)
                {
                    return from + remaining;
                }

                remaining -= end - from;
            }

            return null;
        }

        var back = -d;
        foreach (var (start, end) in Open(limit, s).Where(i => i.Start < s).Reverse())
        {
            var to = Instant.Min(end, s);
            if (back <= to - start)
            {
                return to - back;
            }

            back -= to - start;
        }

        return null;
    }

    public bool IsOpen(Instant t) => Open(t, t).Any(i => i.Start <= t && t < i.End);

    public Instant? NextOpening(Instant t, Instant limit) =>
        Open(t, limit).Where(i => i.End > t).Select(i => (Instant?)Instant.Max(i.Start, t)).FirstOrDefault();

    public Instant? AddBusinessDays(Instant s, int days, Instant limit)
    {
        if (days == 0)
        {
            return NextOpening(s, limit);
        }

        var local = s.InZone(calendar.Zone).LocalDateTime;
        var date = local.Date;
        for (int n = 0; n < days; n++)
        {
            do
            {
                date = date.PlusDays(1);
                if (date > limit.InUtc().Date)
                {
                    return null;
                }
            }
            while (Windows(date).Count == 0);
        }

        return NextOpening((date + local.TimeOfDay).InZoneLeniently(calendar.Zone).ToInstant(), limit);
    }
}
