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
    /// <param name="amount">The business time allowed; more than zero and at most <see cref="MaxAmount"/>.</param>
    /// <param name="calendar">The calendar the time counts on.</param>
    /// <param name="thresholds">Warnings before breach; null gives the defaults 50 %, 75 % and 90 %.</param>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="InvalidSlaDefinitionException">The amount is not positive or longer than <see cref="MaxAmount"/>,
    /// a threshold is null or listed twice; every problem is listed.</exception>
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

        var levels = new Duration[Thresholds.Length];
        for (int i = 0; i < levels.Length; i++)
        {
            levels[i] = Thresholds[i].LevelFor(amount);
        }

        Levels = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(levels);
    }

    /// <summary>The longest target: 36,525 days (a hundred years of 24-hour days) of business time.</summary>
    public static Duration MaxAmount { get; } = Duration.FromDays(36_525);

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

    /// <summary>Gets the level of each threshold for this target (<see cref="SlaThreshold.LevelFor"/>), in the same order,
    /// computed once: clocks ask for them at every command.</summary>
    internal ImmutableArray<Duration> Levels { get; }

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

    /// <summary>Formats the target, for example <c>resolution 8 h on 5x9</c>.</summary>
    /// <returns>The target as text.</returns>
    public override string ToString() => Metric + " " + Wording.Duration(Amount) + " on " + Calendar.Id;

    /// <summary>The definition rules of a target, as invariant sentences naming the offending value.</summary>
    internal static List<string> Problems(string where, Duration amount, IReadOnlyList<SlaThreshold> thresholds)
    {
        var problems = new List<string>();
        if (amount <= Duration.Zero || amount > MaxAmount)
        {
            problems.Add(FormattableString.Invariant(
                $"{where}: the target {Wording.Duration(amount)} is outside (0, {Wording.Duration(MaxAmount)}]; a target allows some business time, at most a hundred years of it."));
        }

        var seen = new HashSet<SlaThreshold>();
        foreach (var threshold in thresholds)
        {
            if (threshold is null)
            {
                problems.Add(FormattableString.Invariant($"{where}: a threshold is null."));
            }
            else if (!seen.Add(threshold))
            {
                problems.Add(FormattableString.Invariant($"{where}: the threshold {threshold} is listed twice; each warning fires once."));
            }
        }

        return problems;
    }
}
