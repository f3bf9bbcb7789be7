using System;
using Itsm.Core.Actors;
using Itsm.Sla.Clocks;
using Itsm.Sla.Policies;

namespace Itsm.Incidents;

/// <summary>
/// How a host runs incidents: the priority matrix, the SLA policy, the role policy and the time rules. Not persisted:
/// the host passes the same settings when it logs or loads an incident.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IncidentSettings
{
    /// <summary>Initializes settings.</summary>
    /// <param name="slaPolicy">The targets by priority; it must have a response and a resolution target for every
    /// priority an incident can take.</param>
    /// <exception cref="ArgumentNullException"><paramref name="slaPolicy"/> is null.</exception>
    public IncidentSettings(SlaPolicy slaPolicy) => SlaPolicy = Preconditions.CheckNotNull(slaPolicy);

    /// <summary>Gets the SLA policy.</summary>
    public SlaPolicy SlaPolicy { get; init; }

    /// <summary>Gets the priority matrix; <see cref="PriorityMatrix.ThreeByThree"/> by default.</summary>
    public PriorityMatrix Matrix { get; init; } = PriorityMatrix.ThreeByThree;

    /// <summary>Gets who may do what; <see cref="IncidentRoles.Default"/> by default.</summary>
    public RolePolicy<Incident, IncidentTrigger> Roles { get; init; } = IncidentRoles.Default;

    /// <summary>Gets the business days (on the resolution calendar) after which a resolved incident closes itself; 3 by default.</summary>
    public int AutoCloseAfterBusinessDays { get; init; } = 3;

    /// <summary>Gets the business days after resolution during which the caller may reopen; 5 by default.</summary>
    public int ReopenWindowBusinessDays { get; init; } = 5;

    /// <summary>Gets the information security classifier; <see cref="SecurityClassifier.Default"/> by default.</summary>
    public SecurityClassifier SecurityClassifier { get; init; } = SecurityClassifier.Default;

    /// <summary>Gets how reopened resolution cycles combine; <see cref="CycleCombination.Sum"/> by default (the time already
    /// spent counts against the target).</summary>
    public CycleCombination ResolutionCycles { get; init; } = CycleCombination.Sum;
}
