using System;
using NodaTime;

namespace Itsm.Sla.Reports;

/// <summary>
/// A stretch of time a service was unavailable: from the failure to the restore. Planned maintenance that the agreement
/// excludes is marked <see cref="IsPlannedMaintenance"/>: reported, but counted neither as agreed service time nor as
/// downtime.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Outage
{
    /// <summary>Initializes an outage.</summary>
    /// <param name="interval">From the failure to the restore; bounded and not empty.</param>
    /// <param name="isPlannedMaintenance">Whether it is planned maintenance that the agreement excludes.</param>
    /// <param name="reference">An optional reference, such as an incident or change id.</param>
    /// <exception cref="ArgumentException">The interval is unbounded or empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The interval starts or ends outside 1700-01-01T00:00:00Z to
    /// 2250-01-01T00:00:00Z, the range business time is measured in.</exception>
    public Outage(Interval interval, bool isPlannedMaintenance = false, string? reference = null)
    {
        Preconditions.CheckArgument(interval.HasStart && interval.HasEnd, nameof(interval), $"The outage {interval} is unbounded; an outage ends when the service is restored.");
        Preconditions.CheckArgument(interval.Duration > Duration.Zero, nameof(interval), $"The outage {interval} is empty.");
        SupportedTime.Check(interval.Start, nameof(interval), "The outage's start");
        SupportedTime.Check(interval.End, nameof(interval), "The outage's end");
        Interval = interval;
        IsPlannedMaintenance = isPlannedMaintenance;
        Reference = reference;
    }

    /// <summary>Gets the stretch of time, from the failure to the restore.</summary>
    public Interval Interval { get; }

    /// <summary>Gets a value indicating whether this is planned maintenance that the agreement excludes.</summary>
    public bool IsPlannedMaintenance { get; }

    /// <summary>Gets an optional reference, such as an incident or change id.</summary>
    public string? Reference { get; }
}
