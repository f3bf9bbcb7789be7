using System;
using System.Linq;
using Itsm.Core.Actors;
using Itsm.Sla.Clocks;
using Itsm.Sla;
using Itsm.Sla.Policies;
using Itsm.Sla.Targets;

namespace Itsm.Incidents;

/// <summary>
/// How a host runs incidents: the priority matrix, the SLA policy, the role policy and the time rules. Not persisted:
/// the host passes the same settings when it logs or loads an incident.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IncidentSettings
{
    /// <summary>Initializes settings; the policy and the matrix are given together because they are checked together.</summary>
    /// <param name="slaPolicy">The targets by priority: a response and a resolution target for every priority the matrix
    /// gives (an overridden priority outside the matrix needs its targets too, or the override is refused).</param>
    /// <param name="matrix">The priority matrix; <see cref="PriorityMatrix.ThreeByThree"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="slaPolicy"/> is null.</exception>
    /// <exception cref="InvalidSlaDefinitionException">The policy lacks a target for a priority the matrix gives; every
    /// missing target is listed.</exception>
    public IncidentSettings(SlaPolicy slaPolicy, PriorityMatrix? matrix = null)
    {
        SlaPolicy = Preconditions.CheckNotNull(slaPolicy);
        Matrix = matrix ?? PriorityMatrix.ThreeByThree;
        var missing = slaPolicy.MissingTargets(Matrix.Priorities, [SlaMetric.Response, SlaMetric.Resolution]);
        if (missing.Count > 0)
        {
            throw new InvalidSlaDefinitionException(
                [.. missing.Select(m => $"SLA policy '{slaPolicy.Name}' has no {m.Metric} target for {m.Priority}, which the priority matrix '{Matrix.Name}' gives; incidents of {m.Priority} could not be logged.")]);
        }
    }

    /// <summary>Gets the SLA policy.</summary>
    public SlaPolicy SlaPolicy { get; }

    /// <summary>Gets the priority matrix.</summary>
    public PriorityMatrix Matrix { get; }

    /// <summary>Gets who may do what; <see cref="IncidentRoles.Default"/> by default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public RolePolicy<Incident, IncidentTrigger> Roles
    {
        get;
        init => field = Preconditions.CheckNotNull(value);
    } = IncidentRoles.Default;

    /// <summary>Gets the business days (on the resolution calendar) after which a resolved incident closes itself; 3 by
    /// default; 0 closes it at the calendar's next opening after the resolution. Closing ends the reopen window: an
    /// incident that closed itself is not reopened, however long <see cref="ReopenWindowBusinessDays"/> is.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int AutoCloseAfterBusinessDays
    {
        get;
        init => field = Preconditions.CheckNotNegative(value, nameof(AutoCloseAfterBusinessDays));
    } = 3;

    /// <summary>Gets the business days after resolution during which the caller may reopen a resolved incident; 5 by
    /// default. A window longer than <see cref="AutoCloseAfterBusinessDays"/> matters only for incidents whose close
    /// waits (a major incident awaiting its review, a parent awaiting its children): the others close first.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int ReopenWindowBusinessDays
    {
        get;
        init => field = Preconditions.CheckNotNegative(value, nameof(ReopenWindowBusinessDays));
    } = 5;

    /// <summary>Gets how often an unresolved incident owes progress updates to its customer and, when major, to top
    /// management; <see cref="ProgressUpdatePolicy.None"/> (no updates owed) by default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ProgressUpdatePolicy ProgressUpdates
    {
        get;
        init => field = Preconditions.CheckNotNull(value);
    } = ProgressUpdatePolicy.None;

    /// <summary>Gets the information security classifier; <see cref="SecurityClassifier.Default"/> by default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public SecurityClassifier SecurityClassifier
    {
        get;
        init => field = Preconditions.CheckNotNull(value);
    } = SecurityClassifier.Default;

    /// <summary>Gets how reopened resolution cycles combine; <see cref="CycleCombination.Sum"/> by default (the time already
    /// spent counts against the target).</summary>
    /// <exception cref="ArgumentException">Set to a value that is not a cycle combination.</exception>
    public CycleCombination ResolutionCycles
    {
        get;
        init
        {
            Preconditions.CheckArgument(Enum.IsDefined(value), nameof(ResolutionCycles), $"{value} is not a cycle combination.");
            field = value;
        }
    } = CycleCombination.Sum;
}
