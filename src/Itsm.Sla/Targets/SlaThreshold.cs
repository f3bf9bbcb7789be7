using System;
using System.Globalization;
using NodaTime;

namespace Itsm.Sla.Targets;

/// <summary>
/// A warning before breach: at a percentage of the target (<c>75%</c>) or a lead time before it
/// (<c>1 h before breach</c>), both in business time.
/// </summary>
/// <remarks>
/// A percentage <c>p</c> fires when the elapsed business time reaches <c>p% x target</c>, rounded toward zero to
/// whole nanoseconds; a lead time <c>L</c> fires when it reaches <c>target - L</c>. Equality compares the kind and
/// the value. Instances are immutable and thread-safe.
/// </remarks>
public sealed class SlaThreshold : IEquatable<SlaThreshold>
{
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
    /// <param name="percentage">Strictly between 0 and 100.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentage"/> is not in (0, 100).</exception>
    public static SlaThreshold Percent(decimal percentage)
    {
        if (percentage <= 0 || percentage >= 100)
        {
            throw new ArgumentOutOfRangeException(
                nameof(percentage),
                percentage,
                FormattableString.Invariant($"A threshold of {percentage}% is outside (0, 100); warnings fire strictly between the start and the breach."));
        }

        return new SlaThreshold(percentage, null);
    }

    /// <summary>Creates a lead-time threshold: fires when <paramref name="leadTime"/> of business time is left.</summary>
    /// <param name="leadTime">More than zero and less than the target it is used with.</param>
    /// <returns>The threshold.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leadTime"/> is not positive.</exception>
    public static SlaThreshold Before(Duration leadTime)
    {
        if (leadTime <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(
                nameof(leadTime),
                leadTime,
                FormattableString.Invariant($"A lead time of {leadTime} is not positive; a warning before breach needs some time before it."));
        }

        return new SlaThreshold(null, leadTime);
    }

    /// <summary>The elapsed business time at which this threshold fires for a target.</summary>
    /// <param name="target">The target's amount.</param>
    /// <returns>The level; for a lead time not shorter than the target, zero or less (validated by <see cref="SlaTarget"/>).</returns>
    public Duration LevelFor(Duration target)
    {
        if (LeadTime is { } lead)
        {
            return target - lead;
        }

        decimal nanoseconds = decimal.Truncate(target.ToInt64Nanoseconds() * Percentage!.Value / 100m);
        return Duration.FromNanoseconds((long)nanoseconds);
    }

    /// <inheritdoc />
    public bool Equals(SlaThreshold? other) => other is not null && Percentage == other.Percentage && LeadTime == other.LeadTime;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SlaThreshold);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Percentage, LeadTime);

    /// <summary>Formats the threshold: <c>75%</c> or <c>1:00 before breach</c>.</summary>
    /// <returns>The threshold as text.</returns>
    public override string ToString() =>
        Percentage is { } p
            ? p.ToString("0.##", CultureInfo.InvariantCulture) + "%"
            : LeadTime!.Value.ToString("H:mm", CultureInfo.InvariantCulture) + " before breach";
}
