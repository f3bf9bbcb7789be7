using System;
using System.Linq;
using Itsm.Core;
using Itsm.Sla.Clocks;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Reports;

/// <summary>
/// What happened to one metric of one record, as service level reports count it.
/// </summary>
/// <param name="RecordId">The record, for example <c>INC-1042</c>.</param>
/// <param name="Priority">Its priority.</param>
/// <param name="Metric">The metric.</param>
/// <param name="OpenedAt">When the measurement began.</param>
/// <param name="CompletedAt">When the measured thing happened (the clock stopped); null while open.</param>
/// <param name="Breached">Whether the target was breached.</param>
public sealed record SlaOutcome(string RecordId, Priority Priority, SlaMetric Metric, Instant OpenedAt, Instant? CompletedAt, bool Breached)
{
    /// <summary>Reads the outcome of a clock as of an instant: opened at its first start, completed at its last stop
    /// when it is stopped then, breached as its status says.</summary>
    /// <param name="recordId">The record.</param>
    /// <param name="priority">The record's priority.</param>
    /// <param name="clock">The record's clock for the metric.</param>
    /// <param name="asOf">The instant to read it at, typically the end of the report period.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The clock has not started.</exception>
    public static SlaOutcome FromClock(string recordId, Priority priority, SlaClock clock, Instant asOf)
    {
        Preconditions.CheckNotNull(recordId);
        Preconditions.CheckNotNull(clock);
        var started = clock.Events.OfType<SlaClockStarted>().FirstOrDefault();
        Preconditions.CheckArgument(started is not null, nameof(clock), $"The clock '{clock.Id}' has not started, so it has no outcome yet.");
        var status = clock.StatusAt(asOf);
        Instant? completed = status.State == SlaClockState.Stopped
            ? clock.Events.OfType<SlaClockStopped>().Last(e => e.At <= asOf).At
            : null;
        return new SlaOutcome(recordId, priority, clock.Target.Metric, started!.At, completed, status.IsBreached);
    }
}
