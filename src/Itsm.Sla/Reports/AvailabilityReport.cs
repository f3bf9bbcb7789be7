using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Calendars;
using NodaTime;

namespace Itsm.Sla.Reports;

/// <summary>
/// Availability of a service over a period, measured against the calendar of agreed service hours.
/// </summary>
/// <remarks>
/// <para>
/// Agreed service time is the calendar's business time in the period, less the planned maintenance the agreement
/// excludes. Downtime is the part of agreed service time covered by unplanned outages (overlapping outages count once).
/// Availability is <c>(agreed - downtime) / agreed x 100</c>. An outage counts when it caused downtime; mean time to
/// restore is the average real duration (failure to restore, clipped to the period) of the outages that count.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class AvailabilityReport
{
    /// <summary>Initializes a report from its figures, for example one read back from storage; use <see cref="For"/> to
    /// measure one.</summary>
    /// <param name="header">The period, audience and data source.</param>
    /// <param name="calendarId">The id of the calendar of agreed service hours.</param>
    /// <param name="agreedServiceTime">The agreed service time; from zero to the length of the header's period.</param>
    /// <param name="downtime">The downtime; not negative and not more than the agreed service time.</param>
    /// <param name="plannedMaintenance">The planned maintenance; from zero to the length of the header's period.</param>
    /// <param name="countedOutages">The outages that caused downtime.</param>
    /// <param name="meanTimeToRestore">Their mean time to restore, more than zero and at most the period's length; null
    /// exactly when there are none.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The figures contradict each other.</exception>
    public AvailabilityReport(
        ReportHeader header,
        string calendarId,
        Duration agreedServiceTime,
        Duration downtime,
        Duration plannedMaintenance,
        IReadOnlyList<Outage> countedOutages,
        Duration? meanTimeToRestore)
    {
        Preconditions.CheckNotNull(header);
        Preconditions.CheckNotNull(calendarId);
        Preconditions.CheckNotNull(countedOutages);
        var period = header.Period.Duration;
        Preconditions.CheckArgument(
            agreedServiceTime >= Duration.Zero && agreedServiceTime <= period,
            nameof(agreedServiceTime),
            $"The agreed service time {Wording.Duration(agreedServiceTime)} is outside 0 to the report period's length {Wording.Duration(period)}.");
        Preconditions.CheckArgument(
            plannedMaintenance >= Duration.Zero && plannedMaintenance <= period,
            nameof(plannedMaintenance),
            $"The planned maintenance {Wording.Duration(plannedMaintenance)} is outside 0 to the report period's length {Wording.Duration(period)}.");
        Preconditions.CheckArgument(
            meanTimeToRestore is not { } mean || (mean > Duration.Zero && mean <= period),
            nameof(meanTimeToRestore),
            $"The mean time to restore {Wording.Duration(meanTimeToRestore.GetValueOrDefault())} is outside (0, the report period's length {Wording.Duration(period)}].");
        Preconditions.CheckArgument(
            downtime >= Duration.Zero && downtime <= agreedServiceTime,
            nameof(downtime),
            $"The downtime {Wording.Duration(downtime)} is outside 0 to the agreed service time {Wording.Duration(agreedServiceTime)}.");
        Preconditions.CheckArgument(
            (meanTimeToRestore is null) == (countedOutages.Count == 0),
            nameof(meanTimeToRestore),
            "A mean time to restore is given exactly when some outage counted.");
        Header = header;
        CalendarId = calendarId;
        AgreedServiceTime = agreedServiceTime;
        Downtime = downtime;
        PlannedMaintenance = plannedMaintenance;
        CountedOutages = countedOutages;
        MeanTimeToRestore = meanTimeToRestore;
    }

    /// <summary>Gets the period, audience and data source.</summary>
    public ReportHeader Header { get; }

    /// <summary>Gets the id of the calendar of agreed service hours.</summary>
    public string CalendarId { get; }

    /// <summary>Gets the agreed service time in the period, planned maintenance excluded.</summary>
    public Duration AgreedServiceTime { get; }

    /// <summary>Gets the unplanned downtime within agreed service time.</summary>
    public Duration Downtime { get; }

    /// <summary>Gets the planned maintenance within the service hours of the period: reported, not counted.</summary>
    public Duration PlannedMaintenance { get; }

    /// <summary>Gets the availability in percent; null when there was no agreed service time.</summary>
    public double? AvailabilityPercent => AgreedServiceTime > Duration.Zero
        ? (AgreedServiceTime - Downtime).TotalNanoseconds / AgreedServiceTime.TotalNanoseconds * 100
        : null;

    /// <summary>Gets the unplanned outages that caused downtime, in time order.</summary>
    public IReadOnlyList<Outage> CountedOutages { get; }

    /// <summary>Gets the number of outages that caused downtime.</summary>
    public int OutageCount => CountedOutages.Count;

    /// <summary>Gets the mean real time from failure to restore of the counted outages; null when none.</summary>
    public Duration? MeanTimeToRestore { get; }

    /// <summary>Measures availability.</summary>
    /// <param name="serviceHours">The calendar of agreed service hours.</param>
    /// <param name="header">The period, audience and data source.</param>
    /// <param name="outages">The outages, planned and unplanned, in any order; those outside the period are ignored.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or an outage is.</exception>
    public static AvailabilityReport For(BusinessCalendar serviceHours, ReportHeader header, IEnumerable<Outage> outages)
    {
        Preconditions.CheckNotNull(serviceHours);
        Preconditions.CheckNotNull(header);
        Preconditions.CheckNotNull(outages);
        var all = outages.ToList();
        Preconditions.CheckArgument(all.All(o => o is not null), nameof(outages), "An outage in the list is null.");

        var period = header.Period;
        var open = serviceHours.OpenIntervals(period).ToList();
        var planned = Merge(all.Where(o => o.IsPlannedMaintenance).Select(o => o.Interval));
        var plannedInHours = Intersect(open, planned);
        var agreed = Total(open) - Total(plannedInHours);

        var counted = new List<Outage>();
        var downtimeIntervals = new List<Interval>();
        foreach (var outage in all.Where(o => !o.IsPlannedMaintenance).OrderBy(o => o.Interval.Start))
        {
            var down = Subtract(Intersect(open, [outage.Interval]), planned);
            if (Total(down) > Duration.Zero)
            {
                counted.Add(outage);
                downtimeIntervals.AddRange(down);
            }
        }

        Duration? mttr = counted.Count == 0
            ? null
            : Duration.FromNanoseconds(counted.Aggregate(System.Numerics.BigInteger.Zero, (sum, o) => sum + Clip(o.Interval, period).Duration.ToBigIntegerNanoseconds()) / counted.Count);
        return new AvailabilityReport(header, serviceHours.Id, agreed, Total(Merge(downtimeIntervals)), Total(plannedInHours), counted, mttr);
    }

    private static Interval Clip(Interval interval, Interval period) =>
        new(Instant.Max(interval.Start, period.Start), Instant.Min(interval.End, period.End));

    private static Duration Total(IEnumerable<Interval> intervals) =>
        intervals.Aggregate(Duration.Zero, (sum, i) => sum + i.Duration);

    /// <summary>Sorted, disjoint, non-touching union.</summary>
    private static List<Interval> Merge(IEnumerable<Interval> intervals)
    {
        var merged = new List<Interval>();
        foreach (var interval in intervals.OrderBy(i => i.Start))
        {
            if (merged.Count > 0 && interval.Start <= merged[^1].End)
            {
                merged[^1] = new Interval(merged[^1].Start, Instant.Max(merged[^1].End, interval.End));
            }
            else
            {
                merged.Add(interval);
            }
        }

        return merged;
    }

    private static List<Interval> Intersect(IReadOnlyList<Interval> a, IReadOnlyList<Interval> b)
    {
        var result = new List<Interval>();
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                var start = Instant.Max(x.Start, y.Start);
                var end = Instant.Min(x.End, y.End);
                if (end > start)
                {
                    result.Add(new Interval(start, end));
                }
            }
        }

        return Merge(result);
    }

    private static List<Interval> Subtract(IReadOnlyList<Interval> from, IReadOnlyList<Interval> minus)
    {
        var result = new List<Interval>();
        foreach (var x in from)
        {
            var cursor = x.Start;
            foreach (var y in minus.Where(y => y.End > x.Start && y.Start < x.End))
            {
                if (y.Start > cursor)
                {
                    result.Add(new Interval(cursor, y.Start));
                }

                cursor = Instant.Max(cursor, y.End);
            }

            if (cursor < x.End)
            {
                result.Add(new Interval(cursor, x.End));
            }
        }

        return result;
    }
}
