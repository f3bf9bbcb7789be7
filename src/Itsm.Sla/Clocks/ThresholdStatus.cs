using System;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Clocks;

/// <summary>
/// One warning threshold of a clock as of a status: when it fires (or fired), and whether it had already been reached
/// when its measurement began (the clock started, reopened or was retargeted), so a host can stay silent about it.
/// </summary>
/// <remarks>A value: equality compares the threshold, the level, the instant and <see cref="PassedOnAttach"/>. The default
/// value has no threshold and is never reported by a clock. Immutable and thread-safe.</remarks>
public readonly struct ThresholdStatus : IEquatable<ThresholdStatus>
{
    // The instant and the two flags are kept apart from Instant? so that a clock's threshold array stays small.
    private readonly Instant _firesAt;
    private readonly bool _hasFiresAt;

    internal ThresholdStatus(SlaThreshold threshold, Duration level, Instant? firesAt, bool passedOnAttach)
    {
        Threshold = threshold;
        Level = level;
        _firesAt = firesAt.GetValueOrDefault();
        _hasFiresAt = firesAt.HasValue;
        PassedOnAttach = passedOnAttach;
    }

    /// <summary>Gets the threshold.</summary>
    public SlaThreshold Threshold { get; }

    /// <summary>Gets the elapsed business time at which it fires for the current target.</summary>
    public Duration Level { get; }

    /// <summary>Gets the instant it fired, or will fire if the clock keeps running; null when it has not fired and the
    /// clock is not running (paused, stopped, cancelled), or the calendar has no window left to reach it.</summary>
    public Instant? FiresAt => _hasFiresAt ? _firesAt : null;

    /// <summary>Gets a value indicating whether the level had already been reached when the clock started, reopened or
    /// was retargeted; <see cref="FiresAt"/> is then the instant it was reached (the measurement's origin for a level of
    /// zero).</summary>
    public bool PassedOnAttach { get; }

    /// <summary>Returns whether it has fired by <paramref name="now"/>.</summary>
    /// <param name="now">The instant of a status.</param>
    /// <returns>True when <see cref="FiresAt"/> is at or before <paramref name="now"/>.</returns>
    public bool HasFiredBy(Instant now) => FiresAt is { } at && at <= now;

    /// <summary>Compares two threshold statuses by value.</summary>
    /// <param name="left">One.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ThresholdStatus left, ThresholdStatus right) => left.Equals(right);

    /// <summary>Compares two threshold statuses by value.</summary>
    /// <param name="left">One.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(ThresholdStatus left, ThresholdStatus right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ThresholdStatus other) =>
        Equals(Threshold, other.Threshold) && Level == other.Level && FiresAt == other.FiresAt && PassedOnAttach == other.PassedOnAttach;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ThresholdStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Threshold, Level, FiresAt, PassedOnAttach);

    /// <inheritdoc />
    public override string ToString() =>
        Threshold + (FiresAt is { } at ? " at " + at + (PassedOnAttach ? " (passed on attach)" : string.Empty) : " (not projected)");
}
