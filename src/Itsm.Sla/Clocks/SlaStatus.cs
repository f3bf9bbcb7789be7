using System;
using System.Collections.Immutable;
using System.Linq;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Clocks;

/// <summary>
/// The figures of an SLA clock at one instant.
/// </summary>
/// <remarks>
/// <see cref="Elapsed"/>, <see cref="Remaining"/> and <see cref="PercentElapsed"/> follow the clock's
/// <see cref="CycleCombination"/>. Equality compares every figure (the thresholds in order). Immutable and thread-safe.
/// </remarks>
public sealed class SlaStatus : IEquatable<SlaStatus>
{
    internal SlaStatus(
        Instant at,
        SlaClockState state,
        int cycle,
        SlaTarget target,
        Instant? due,
        Duration elapsed,
        Instant? breachedAt,
        ImmutableArray<ThresholdStatus> thresholds,
        Instant? nextTransitionAt)
    {
        At = at;
        State = state;
        Cycle = cycle;
        Target = target;
        Due = due;
        Elapsed = elapsed;
        BreachedAt = breachedAt;
        Thresholds = thresholds;
        NextTransitionAt = nextTransitionAt;
    }

    /// <summary>Gets the instant the figures are for.</summary>
    public Instant At { get; }

    /// <summary>Gets the clock's state at <see cref="At"/>.</summary>
    public SlaClockState State { get; }

    /// <summary>Gets the cycle: 1, then one more for each reopen; 0 before the start.</summary>
    public int Cycle { get; }

    /// <summary>Gets the target in force.</summary>
    public SlaTarget Target { get; }

    /// <summary>Gets the instant the target is (or was) reached if the clock keeps running; null when not running,
    /// when the calendar has no window left to reach it, or for later cycles of a <see cref="CycleCombination.First"/> clock.</summary>
    public Instant? Due { get; }

    /// <summary>Gets the elapsed business time the target is measured against.</summary>
    public Duration Elapsed { get; }

    /// <summary>Gets the business time left: zero at <see cref="Due"/>, negative after.</summary>
    public Duration Remaining => Target.Amount - Elapsed;

    /// <summary>Gets the elapsed business time as a percentage of the target; more than 100 after breach.</summary>
    public double PercentElapsed => Elapsed.TotalNanoseconds / Target.Amount.TotalNanoseconds * 100;

    /// <summary>Gets a value indicating whether the clock is breached at <see cref="At"/>; a breach never heals.</summary>
    public bool IsBreached => BreachedAt is not null;

    /// <summary>Gets the instant the breach began; null when not breached.</summary>
    public Instant? BreachedAt { get; }

    /// <summary>Gets the thresholds of the target in force, in the target's order (under
    /// <see cref="CycleCombination.First"/> after a reopen, the first cycle's).</summary>
    public ImmutableArray<ThresholdStatus> Thresholds { get; }

    /// <summary>Gets the next instant strictly after <see cref="At"/> at which a threshold fires or the breach begins,
    /// so a host arms one timer; null when nothing changes without a command.</summary>
    public Instant? NextTransitionAt { get; }

    /// <inheritdoc />
    public bool Equals(SlaStatus? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (At == other.At && State == other.State && Cycle == other.Cycle && Target.Equals(other.Target) && Due == other.Due
                && Elapsed == other.Elapsed && BreachedAt == other.BreachedAt && NextTransitionAt == other.NextTransitionAt
                && Thresholds.SequenceEqual(other.Thresholds)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SlaStatus);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(At, State, Cycle, Due, Elapsed, BreachedAt, NextTransitionAt, Thresholds.Length);

    /// <summary>Formats the main figures, for example <c>Running, 4 h of resolution 8 h on W, due 2026-03-02T17:00:00Z</c>.</summary>
    /// <returns>The status as text.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{State}, {Wording.Duration(Elapsed)} of {Target}")
        + (Due is { } due ? FormattableString.Invariant($", due {due}") : string.Empty)
        + (BreachedAt is { } breached ? FormattableString.Invariant($", breached at {breached}") : string.Empty);
}
