using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Itsm.Calendars;
using NodaTime;

namespace Itsm.Sla.Targets;

/// <summary>
/// What one SLA clock measures against: a metric, an amount of business time on a calendar, and warning thresholds.
/// </summary>
/// <remarks>
/// Equality compares metric, amount, calendar and thresholds. Instances are immutable and thread-safe.
/// </remarks>
public sealed class SlaTarget : IEquatable<SlaTarget>
{
    /// <summary>Initializes a target.</summary>
    /// <param name="metric">What is measured.</param>
    /// <param name="amount">The business time allowed; more than zero.</param>
    /// <param name="calendar">The calendar the time counts on.</param>
    /// <param name="thresholds">Warnings before breach; null gives the defaults 50 %, 75 % and 90 %.</param>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="InvalidSlaDefinitionException">The amount is not positive, a threshold is listed twice, or a
    /// lead time is not shorter than the amount; every problem is listed.</exception>
    public SlaTarget(SlaMetric metric, Duration amount, BusinessCalendar calendar, IEnumerable<SlaThreshold>? thresholds = null)
    {
        Metric = Preconditions.CheckNotNull(metric);
        Calendar = Preconditions.CheckNotNull(calendar);
        Amount = amount;
        Thresholds = thresholds is null ? DefaultThresholds : [.. thresholds];
        var problems = Problems(metric.Name, amount, Thresholds);
        if (problems.Count > 0)
        {
            throw new InvalidSlaDefinitionException(problems);
        }
    }

    /// <summary>Gets the default thresholds: 50 %, 75 % and 90 %.</summary>
    public static ImmutableArray<SlaThreshold> DefaultThresholds { get; } =
        [SlaThreshold.Percent(50), SlaThreshold.Percent(75), SlaThreshold.Percent(90)];

    /// <summary>Gets what is measured.</summary>
    public SlaMetric Metric { get; }

    /// <summary>Gets the business time allowed.</summary>
    public Duration Amount { get; }

    /// <summary>Gets the calendar the time counts on.</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>Gets the warnings before breach, in the order given.</summary>
    public ImmutableArray<SlaThreshold> Thresholds { get; }

    /// <summary>Returns a copy with another calendar (a calendar change).</summary>
    /// <param name="calendar">The new calendar.</param>
    /// <returns>The new target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public SlaTarget WithCalendar(BusinessCalendar calendar) => new(Metric, Amount, calendar, Thresholds);

    /// <inheritdoc />
    public bool Equals(SlaTarget? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Metric.Equals(other.Metric) && Amount == other.Amount && Calendar.Equals(other.Calendar) && Thresholds.SequenceEqual(other.Thresholds)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SlaTarget);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Metric, Amount, Calendar.Id);

    /// <summary>Formats the target, for example <c>resolution 8:00 on 5x9</c>.</summary>
    /// <returns>The target as text.</returns>
    public override string ToString() =>
        Metric + " " + Amount.ToString("H:mm", System.Globalization.CultureInfo.InvariantCulture) + " on " + Calendar.Id;

    /// <summary>The definition rules of a target, as invariant sentences naming the offending value.</summary>
    internal static List<string> Problems(string where, Duration amount, IReadOnlyList<SlaThreshold> thresholds)
    {
        var problems = new List<string>();
        if (amount <= Duration.Zero)
        {
            problems.Add(FormattableString.Invariant($"{where}: the target {amount} is not positive; a target allows some business time."));
        }

        var seen = new HashSet<SlaThreshold>();
        foreach (var threshold in thresholds)
        {
            if (threshold is null)
            {
                problems.Add(FormattableString.Invariant($"{where}: a threshold is null."));
                continue;
            }

            if (!seen.Add(threshold))
            {
                problems.Add(FormattableString.Invariant($"{where}: the threshold {threshold} is listed twice; each warning fires once."));
            }

            if (threshold.LeadTime is { } lead && amount > Duration.Zero && lead >= amount)
            {
                problems.Add(FormattableString.Invariant($"{where}: the threshold {threshold} is not shorter than the target {amount}; it would fire before the clock starts."));
            }
        }

        return problems;
    }
}
