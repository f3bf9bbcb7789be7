using System.Collections.Generic;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Clocks;

/// <summary>
/// The figures of an SLA clock at one instant.
/// </summary>
/// <remarks>
/// <see cref="Elapsed"/>, <see cref="Remaining"/> and <see cref="PercentElapsed"/> follow the clock's
/// <see cref="CycleCombination"/>. Immutable and thread-safe.
/// </remarks>
public sealed class SlaStatus
{
    internal SlaStatus(
        Instant at,
        SlaClockState state,
        int cycle,
        SlaTarget target,
        Instant? due,
        Duration elapsed,
        bool isBreached,
        Instant? breachedAt,
        IReadOnlyList<ThresholdStatus> thresholds,
        Instant? nextTransitionAt)
    {
        At = at;
        State = state;
        Cycle = cycle;
        Target = target;
        Due = due;
        Elapsed = elapsed;
        IsBreached = isBreached;
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
    public double PercentElapsed => (double)Elapsed.ToInt64Nanoseconds() / Target.Amount.ToInt64Nanoseconds() * 100;

    /// <summary>Gets a value indicating whether the clock is breached at <see cref="At"/>; a breach never heals.</summary>
    public bool IsBreached { get; }

    /// <summary>Gets the instant the breach began; null when not breached.</summary>
    public Instant? BreachedAt { get; }

    /// <summary>Gets the thresholds of the target in force, in the target's order.</summary>
    public IReadOnlyList<ThresholdStatus> Thresholds { get; }

    /// <summary>Gets the next instant strictly after <see cref="At"/> at which a threshold fires or the breach begins,
    /// so a host arms one timer; null when nothing changes without a command.</summary>
    public Instant? NextTransitionAt { get; }
}
