using System;
using System.Globalization;
using NodaTime;

namespace Itsm.Sla.Targets;

/// <summary>
/// A warning on an SLA clock: at a percentage of the target (<c>75%</c>, or <c>150%</c> for an escalation after the
/// breach) or a lead time before the target is reached (<c>1 h before breach</c>), both in business time.
/// </summary>
/// <remarks>
/// A percentage <c>p</c> fires when the elapsed business time reaches <c>p% x target</c>, rounded toward zero to
/// whole nanoseconds: 100 % fires at the due instant, more than 100 % after it. A lead time <c>L</c> fires when it
/// reaches <c>target - L</c>: a lead of zero fires at the due instant, and a lead not shorter than the target is
/// reached as soon as the measurement begins (the clock reports it as passed on attach). Equality compares the kind
/// and the value. Instances are immutable and thread-safe.
/// </remarks>
public sealed class SlaThreshold : IEquatable<SlaThreshold>
{
    /// <summary>The largest percentage a threshold may have: 10,000 %, a hundred times the target.</summary>
    public const decimal MaxPercentage = 10_000m;

    private SlaThreshold(decimal? percentage, Duration? leadTime)
    {
        Percentage = percentage;
        LeadTime = leadTime;
    }

    /// <summary>Gets the percentage of the target, or null for a lead time.</summary>
    public decimal? Percentage { get; }

    /// <summary>Gets the lead time before breach, or null for a percentage.</summary>
    public Duration? LeadTime { get; }

    /// <summary>Creates a percentage threshold.</summary>
    /// <param name="percentage">More than 0 and at most <see cref="MaxPercentage"/>: 100 fires at the due instant,
    /// more than 100 after it.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="InvalidSlaDefinitionException"><paramref name="percentage"/> is out of range.</exception>
    public static SlaThreshold Percent(decimal percentage) =>
        PercentProblem(percentage, "threshold") is { } problem
            ? throw new InvalidSlaDefinitionException([problem])
            : new SlaThreshold(percentage, null);

    /// <summary>Creates a lead-time threshold: fires when <paramref name="leadTime"/> of business time is left before the
    /// target is reached.</summary>
    /// <param name="leadTime">Zero (fires at the due instant) up to <see cref="SlaTarget.MaxAmount"/>; a lead not shorter
    /// than the target it is used with is reached as soon as the measurement begins.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="InvalidSlaDefinitionException"><paramref name="leadTime"/> is negative or longer than
    /// <see cref="SlaTarget.MaxAmount"/>.</exception>
    public static SlaThreshold Before(Duration leadTime) =>
        LeadTimeProblem(leadTime, "threshold") is { } problem
            ? throw new InvalidSlaDefinitionException([problem])
            : new SlaThreshold(null, leadTime);

    /// <summary>The elapsed business time at which this threshold fires for a target.</summary>
    /// <param name="target">The target's amount.</param>
    /// <returns>The level: <c>p% x target</c> rounded toward zero to whole nanoseconds, or <c>target - L</c>; zero for a
    /// lead time not shorter than the target (or for a target that is not positive).</returns>
    public Duration LevelFor(Duration target)
    {
        if (target <= Duration.Zero)
        {
            return Duration.Zero;
        }

        if (LeadTime is { } lead)
        {
            return lead >= target ? Duration.Zero : target - lead;
        }

        // In decimal nanoseconds: a target up to SlaTarget.MaxAmount times MaxPercentage stays far inside decimal's range.
        decimal nanoseconds = ((decimal)target.Days * NodaConstants.NanosecondsPerDay) + target.NanosecondOfDay;
        decimal level = decimal.Truncate(nanoseconds * Percentage!.Value / 100m);
        long days = (long)decimal.Truncate(level / NodaConstants.NanosecondsPerDay);
        long rest = (long)(level - ((decimal)days * NodaConstants.NanosecondsPerDay));
        return Duration.FromDays(days) + Duration.FromNanoseconds(rest);
    }

    /// <inheritdoc />
    public bool Equals(SlaThreshold? other) => other is not null && Percentage == other.Percentage && LeadTime == other.LeadTime;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SlaThreshold);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Percentage, LeadTime);

    /// <summary>Formats the threshold: <c>75%</c> or <c>1 h before breach</c>.</summary>
    /// <returns>The threshold as text.</returns>
    public override string ToString() =>
        Percentage is { } p
            ? p.ToString("0.##########", CultureInfo.InvariantCulture) + "%"
            : Wording.Duration(LeadTime!.Value) + " before breach";

    /// <summary>The range rule of a percentage, as an invariant sentence naming the value; null when it holds.</summary>
    internal static string? PercentProblem(decimal percentage, string where) =>
        percentage is > 0 and <= MaxPercentage
            ? null
            : FormattableString.Invariant(
                $"{where}: the threshold {percentage}% is outside (0, {MaxPercentage}]; a threshold fires once some business time has passed, at most a hundred times the target.");

    /// <summary>The range rule of a lead time, as an invariant sentence naming the value; null when it holds.</summary>
    internal static string? LeadTimeProblem(Duration leadTime, string where) =>
        leadTime < Duration.Zero
            ? FormattableString.Invariant($"{where}: the lead time {Wording.Duration(leadTime)} is negative; a lead time is business time left before the target, zero or more.")
            : leadTime > SlaTarget.MaxAmount
                ? FormattableString.Invariant($"{where}: the lead time {Wording.Duration(leadTime)} is longer than the longest target, {Wording.Duration(SlaTarget.MaxAmount)}.")
                : null;
}
