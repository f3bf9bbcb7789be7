using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Reports;

/// <summary>
/// The service level report of a period: per priority and metric, how many were completed, met and breached, the
/// on-time rate and its trend against previous periods; and the four figures the O&amp;M manual asks an O&amp;M project to
/// report each period (issues, on-time rate, completion rate, carry-over rate).
/// </summary>
/// <remarks>
/// A line counts the outcomes completed in the period. Previous periods have the same length and end where the next
/// begins; their figures come from the same outcomes. Immutable and thread-safe.
/// </remarks>
public sealed class ServiceLevelReport
{
    /// <summary>Initializes a report from its figures, for example one read back from storage; use <see cref="For"/> to
    /// compute one.</summary>
    /// <param name="header">The period, audience and data source.</param>
    /// <param name="lines">The lines.</param>
    /// <param name="operations">The O&amp;M figures.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ServiceLevelReport(ReportHeader header, IEnumerable<ServiceLevelLine> lines, OperationsFigures operations)
    {
        Header = Preconditions.CheckNotNull(header);
        Lines = [.. Preconditions.CheckNotNull(lines)];
        Operations = Preconditions.CheckNotNull(operations);
    }

    /// <summary>Gets the period, audience and data source.</summary>
    public ReportHeader Header { get; }

    /// <summary>Gets one line per priority and metric that has outcomes in the period or the previous ones, ordered by
    /// priority, then metric name.</summary>
    public IReadOnlyList<ServiceLevelLine> Lines { get; }

    /// <summary>Gets the four O&amp;M figures.</summary>
    public OperationsFigures Operations { get; }

    /// <summary>Builds the report.</summary>
    /// <param name="header">The period, audience and data source.</param>
    /// <param name="outcomes">The outcomes, of any period; each is counted where it falls.</param>
    /// <param name="previousPeriods">How many previous periods to compare with (0 to 24).</param>
    /// <param name="operationsMetric">The metric the O&amp;M figures count; <see cref="SlaMetric.Resolution"/> when null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> or <paramref name="outcomes"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="previousPeriods"/> is outside 0 to 24.</exception>
    public static ServiceLevelReport For(ReportHeader header, IEnumerable<SlaOutcome> outcomes, int previousPeriods = 3, SlaMetric? operationsMetric = null)
    {
        Preconditions.CheckNotNull(header);
        Preconditions.CheckNotNull(outcomes);
        Preconditions.CheckArgumentRange(nameof(previousPeriods), previousPeriods, 0, 24);
        var all = outcomes.ToList();
        Preconditions.CheckArgument(all.All(o => o is not null), nameof(outcomes), "An outcome in the list is null.");

        var period = header.Period;
        var previous = Enumerable.Range(1, previousPeriods)
            .Select(k => new Interval(period.Start - (period.Duration * k), period.End - (period.Duration * k)))
            .ToList();

        var lines = all
            .Select(o => (o.Priority, o.Metric))
            .Distinct()
            .OrderBy(k => k.Priority)
            .ThenBy(k => k.Metric.Name, StringComparer.Ordinal)
            .Select(key =>
            {
                var mine = all.Where(o => o.Priority == key.Priority && o.Metric.Equals(key.Metric)).ToList();
                var completed = mine.Where(o => CompletedIn(o, period)).ToList();
                var earlier = previous.Select(p => OnTimePercent(mine.Where(o => CompletedIn(o, p)).ToList())).ToList();
                return new ServiceLevelLine(
                    key.Priority,
                    key.Metric,
                    completed.Count,
                    completed.Count(o => !o.Breached),
                    completed.Count(o => o.Breached),
                    OnTimePercent(completed),
                    earlier);
            })
            .Where(line => line.Count > 0 || line.PreviousOnTimePercents.Any(p => p is not null))
            .ToList();

        var metric = operationsMetric ?? SlaMetric.Resolution;
        var measured = all.Where(o => o.Metric.Equals(metric)).ToList();
        var handled = measured.Where(o => o.OpenedAt < period.End && (o.CompletedAt is null || o.CompletedAt >= period.Start)).ToList();
        var completedInPeriod = handled.Where(o => CompletedIn(o, period)).ToList();
        var operations = new OperationsFigures(
            metric,
            Issues: measured.Count(o => o.OpenedAt >= period.Start && o.OpenedAt < period.End),
            Handled: handled.Count,
            Completed: completedInPeriod.Count,
            CompletedOnTime: completedInPeriod.Count(o => !o.Breached),
            OpenAtEnd: handled.Count(o => o.CompletedAt is null || o.CompletedAt >= period.End));
        return new ServiceLevelReport(header, lines, operations);
    }

    private static bool CompletedIn(SlaOutcome outcome, Interval period) =>
        outcome.CompletedAt is { } at && period.Contains(at);

    private static double? OnTimePercent(List<SlaOutcome> completed) =>
        completed.Count == 0 ? null : completed.Count(o => !o.Breached) * 100.0 / completed.Count;
}

/// <summary>Which way an on-time rate moved against the previous periods.</summary>
public enum Trend
{
    /// <summary>No figure to compare (no completions now, or none before).</summary>
    Unknown = 0,

    /// <summary>Within half a percentage point of the previous periods' mean.</summary>
    Steady = 1,

    /// <summary>More than half a point above it.</summary>
    Improving = 2,

    /// <summary>More than half a point below it.</summary>
    Worsening = 3,
}

/// <summary>One line of a service level report: one priority and metric in the period.</summary>
/// <param name="Priority">The priority.</param>
/// <param name="Metric">The metric.</param>
/// <param name="Count">Outcomes completed in the period.</param>
/// <param name="Met">Of those, met.</param>
/// <param name="Breached">Of those, breached.</param>
/// <param name="OnTimePercent">Met as a percentage of completed; null when none completed.</param>
/// <param name="PreviousOnTimePercents">The same figure for the previous periods, most recent first.</param>
public sealed record ServiceLevelLine(
    Priority Priority,
    SlaMetric Metric,
    int Count,
    int Met,
    int Breached,
    double? OnTimePercent,
    IReadOnlyList<double?> PreviousOnTimePercents)
{
    /// <summary>Gets how the on-time rate compares with the mean of the previous periods that have one.</summary>
    public Trend Trend
    {
        get
        {
            var earlier = PreviousOnTimePercents.Where(p => p is not null).Select(p => p!.Value).ToList();
            if (OnTimePercent is not { } now || earlier.Count == 0)
            {
                return Trend.Unknown;
            }

            double delta = now - earlier.Average();
            return delta > 0.5 ? Trend.Improving : delta < -0.5 ? Trend.Worsening : Trend.Steady;
        }
    }
}

/// <summary>
/// The four figures the O&amp;M manual asks an O&amp;M project to report each period, for one metric.
/// </summary>
/// <param name="Metric">The metric counted.</param>
/// <param name="Issues">Records opened in the period: the number of issues.</param>
/// <param name="Handled">Records open at some time in the period.</param>
/// <param name="Completed">Records completed in the period.</param>
/// <param name="CompletedOnTime">Of those, met.</param>
/// <param name="OpenAtEnd">Records still open at the end of the period (carried over).</param>
public sealed record OperationsFigures(SlaMetric Metric, int Issues, int Handled, int Completed, int CompletedOnTime, int OpenAtEnd)
{
    /// <summary>Gets completed on time as a percentage of completed; null when none completed.</summary>
    public double? OnTimePercent => Completed == 0 ? null : CompletedOnTime * 100.0 / Completed;

    /// <summary>Gets completed as a percentage of handled; null when none was handled.</summary>
    public double? CompletionPercent => Handled == 0 ? null : Completed * 100.0 / Handled;

    /// <summary>Gets open at the period's end as a percentage of handled (the carry-over rate); null when none was handled.</summary>
    public double? CarryOverPercent => Handled == 0 ? null : OpenAtEnd * 100.0 / Handled;
}
