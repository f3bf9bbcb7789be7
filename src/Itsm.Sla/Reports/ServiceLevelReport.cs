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
            issues: measured.Count(o => o.OpenedAt >= period.Start && o.OpenedAt < period.End),
            handled: handled.Count,
            completed: completedInPeriod.Count,
            completedOnTime: completedInPeriod.Count(o => !o.Breached),
            openAtEnd: handled.Count(o => o.CompletedAt is null || o.CompletedAt >= period.End));
        return new ServiceLevelReport(header, lines, operations);
    }

    private static bool CompletedIn(SlaOutcome outcome, Interval period) =>
        outcome.CompletedAt is { } at && period.Contains(at);

    private static double? OnTimePercent(List<SlaOutcome> completed) => Percent.Of(completed.Count(o => !o.Breached), completed.Count);
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
/// <remarks>Equality compares the figures, and the previous percentages by reference. Immutable and thread-safe.</remarks>
public sealed record ServiceLevelLine
{
    /// <summary>The most previous periods a line compares with.</summary>
    public const int MaxPreviousPeriods = 24;

    /// <summary>Initializes a line.</summary>
    /// <param name="priority">The priority, P1 to P5.</param>
    /// <param name="metric">The metric.</param>
    /// <param name="count">Outcomes completed in the period; zero or more.</param>
    /// <param name="met">Of those, met; zero or more.</param>
    /// <param name="breached">Of those, breached; <paramref name="met"/> and <paramref name="breached"/> add up to
    /// <paramref name="count"/>.</param>
    /// <param name="onTimePercent">Met as a percentage of completed, 0 to 100; null exactly when none completed.</param>
    /// <param name="previousOnTimePercents">The same figure for the previous periods, most recent first: at most
    /// <see cref="MaxPreviousPeriods"/>, each null or 0 to 100.</param>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> or <paramref name="previousOnTimePercents"/> is null.</exception>
    /// <exception cref="ArgumentException">A figure is outside its range or contradicts another; the message names it.</exception>
    public ServiceLevelLine(Priority priority, SlaMetric metric, int count, int met, int breached, double? onTimePercent, IReadOnlyList<double?> previousOnTimePercents)
    {
        Preconditions.CheckArgument(priority is >= Priority.P1 and <= Priority.P5, nameof(priority), $"{priority} is not a priority; a line is for P1 to P5.");
        Preconditions.CheckNotNull(metric);
        Preconditions.CheckNotNull(previousOnTimePercents);
        Preconditions.CheckArgument(
            count >= 0 && met >= 0 && breached >= 0 && (long)met + breached == count,
            nameof(count),
            FormattableString.Invariant($"The line counts {count} completed, {met} met and {breached} breached; counts are zero or more, and met and breached add up to completed."));
        Preconditions.CheckArgument(
            Percent.Agrees(onTimePercent, Percent.Of(met, count)) && IsPercent(onTimePercent),
            nameof(onTimePercent),
            FormattableString.Invariant($"The on-time percentage {onTimePercent?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "null"} is not {met} met of {count} completed; it is given exactly when some outcome completed, as met x 100 / completed."));
        Preconditions.CheckArgument(
            previousOnTimePercents.Count <= MaxPreviousPeriods && previousOnTimePercents.All(IsPercent),
            nameof(previousOnTimePercents),
            FormattableString.Invariant($"A line compares with at most {MaxPreviousPeriods} previous periods, each null or 0 to 100."));
        Priority = priority;
        Metric = metric;
        Count = count;
        Met = met;
        Breached = breached;
        OnTimePercent = onTimePercent;
        PreviousOnTimePercents = previousOnTimePercents;
    }

    /// <summary>Gets the priority.</summary>
    public Priority Priority { get; }

    /// <summary>Gets the metric.</summary>
    public SlaMetric Metric { get; }

    /// <summary>Gets the outcomes completed in the period.</summary>
    public int Count { get; }

    /// <summary>Gets how many of those were met.</summary>
    public int Met { get; }

    /// <summary>Gets how many of those were breached.</summary>
    public int Breached { get; }

    /// <summary>Gets met as a percentage of completed; null when none completed.</summary>
    public double? OnTimePercent { get; }

    /// <summary>Gets the same figure for the previous periods, most recent first.</summary>
    public IReadOnlyList<double?> PreviousOnTimePercents { get; }

    private static bool IsPercent(double? percent) => percent is not { } p || p is >= 0 and <= 100;

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
/// <remarks>Equality compares every figure. Immutable and thread-safe.</remarks>
public sealed record OperationsFigures
{
    /// <summary>Initializes the figures.</summary>
    /// <param name="metric">The metric counted.</param>
    /// <param name="issues">Records opened in the period: the number of issues.</param>
    /// <param name="handled">Records open at some time in the period; at least the issues.</param>
    /// <param name="completed">Records completed in the period.</param>
    /// <param name="completedOnTime">Of those, met; at most the completed.</param>
    /// <param name="openAtEnd">Records still open at the end of the period (carried over); completed and open at the
    /// end together are at most the handled.</param>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> is null.</exception>
    /// <exception cref="ArgumentException">A figure is negative or contradicts another; the message gives them all.</exception>
    public OperationsFigures(SlaMetric metric, int issues, int handled, int completed, int completedOnTime, int openAtEnd)
    {
        Metric = Preconditions.CheckNotNull(metric);
        Preconditions.CheckArgument(
            issues >= 0 && completedOnTime >= 0 && openAtEnd >= 0 && completedOnTime <= completed && issues <= handled && (long)completed + openAtEnd <= handled,
            nameof(handled),
            FormattableString.Invariant($"The figures {issues} issues, {handled} handled, {completed} completed, {completedOnTime} on time and {openAtEnd} open at the end contradict each other: none is negative, issues and completed plus open at the end are at most handled, on time at most completed."));
        Issues = issues;
        Handled = handled;
        Completed = completed;
        CompletedOnTime = completedOnTime;
        OpenAtEnd = openAtEnd;
    }

    /// <summary>Gets the metric counted.</summary>
    public SlaMetric Metric { get; }

    /// <summary>Gets the records opened in the period: the number of issues.</summary>
    public int Issues { get; }

    /// <summary>Gets the records open at some time in the period.</summary>
    public int Handled { get; }

    /// <summary>Gets the records completed in the period.</summary>
    public int Completed { get; }

    /// <summary>Gets how many of those were met.</summary>
    public int CompletedOnTime { get; }

    /// <summary>Gets the records still open at the end of the period (carried over).</summary>
    public int OpenAtEnd { get; }

    /// <summary>Gets completed on time as a percentage of completed; null when none completed.</summary>
    public double? OnTimePercent => Percent.Of(CompletedOnTime, Completed);

    /// <summary>Gets completed as a percentage of handled; null when none was handled.</summary>
    public double? CompletionPercent => Percent.Of(Completed, Handled);

    /// <summary>Gets open at the period's end as a percentage of handled (the carry-over rate); null when none was handled.</summary>
    public double? CarryOverPercent => Percent.Of(OpenAtEnd, Handled);
}

/// <summary>The percentages a report derives from its counts, spelled once.</summary>
internal static class Percent
{
    /// <summary>A part of a whole as a percentage; null for an empty whole.</summary>
    public static double? Of(int part, int whole) => whole == 0 ? null : part * 100.0 / whole;

    /// <summary>Whether a stated percentage agrees with the one computed: both null, or within a billionth of a point (a
    /// percentage written as text and read back may differ in its last bit).</summary>
    public static bool Agrees(double? stated, double? computed) =>
        stated is { } s ? computed is { } c && Math.Abs(s - c) <= 1e-9 : computed is null;
}
