using System;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Sla;
using Itsm.Sla.Policies;
using Itsm.Sla.Targets;

namespace Itsm.Incidents;

/// <summary>
/// How a host runs service requests: the SLA policy, the role policy, the default priority and the automatic close.
/// Not persisted: the host passes settings when it submits or loads a request (a request's SLA targets are stored in its
/// submission event, so loading does not depend on the policy).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ServiceRequestSettings
{
    /// <summary>Initializes settings.</summary>
    /// <param name="slaPolicy">The targets by priority: a <see cref="SlaMetric.Response"/> and a
    /// <see cref="ServiceRequest.FulfilmentMetric"/> target for the default priority, and for every priority a request is
    /// submitted with (a submission with a priority the policy has no targets for is refused).</param>
    /// <param name="defaultPriority">The priority of a request submitted without one; <see cref="Priority.P3"/> by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="slaPolicy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="defaultPriority"/> is not P1 to P5.</exception>
    /// <exception cref="InvalidSlaDefinitionException">The policy lacks a target for the default priority.</exception>
    public ServiceRequestSettings(SlaPolicy slaPolicy, Priority defaultPriority = Priority.P3)
    {
        SlaPolicy = Preconditions.CheckNotNull(slaPolicy);
        DefaultPriority = defaultPriority;
    }

    /// <summary>Gets the SLA policy: a response and a fulfilment target per priority.</summary>
    public SlaPolicy SlaPolicy { get; }

    /// <summary>Gets who may do what; <see cref="ServiceRequestRoles.Default"/> by default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public RolePolicy<ServiceRequest, ServiceRequestTrigger> Roles
    {
        get;
        init => field = Preconditions.CheckNotNull(value);
    } = ServiceRequestRoles.Default;

    /// <summary>Gets the priority of a request submitted without one; <see cref="Priority.P3"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value other than P1 to P5.</exception>
    /// <exception cref="InvalidSlaDefinitionException">Set to a priority the SLA policy has no response or fulfilment
    /// target for.</exception>
    public Priority DefaultPriority
    {
        get;
        init
        {
            if (value is < Priority.P1 or > Priority.P5)
            {
                throw new ArgumentOutOfRangeException(nameof(DefaultPriority), value, $"{value} is not a priority a request can take; use P1 to P5.");
            }

            var missing = SlaPolicy.MissingTargets([value], [SlaMetric.Response, ServiceRequest.FulfilmentMetric]);
            if (missing.Count > 0)
            {
                throw new InvalidSlaDefinitionException(
                    [.. missing.Select(m => $"SLA policy '{SlaPolicy.Name}' has no {m.Metric} target for {m.Priority}, the default priority of service requests; a request submitted without a priority could not be logged.")]);
            }

            field = value;
        }
    }

    /// <summary>Gets how often an open request (not yet fulfilled, rejected or cancelled) owes its requester a progress
    /// update; <see cref="ProgressUpdatePolicy.None"/> (no updates owed) by default. A request has no management audience.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Set to a policy with intervals for <see cref="UpdateAudience.Management"/>.</exception>
    public ProgressUpdatePolicy ProgressUpdates
    {
        get;
        init
        {
            Preconditions.CheckNotNull(value);
            Preconditions.CheckArgument(
                !value.Covers(UpdateAudience.Management),
                nameof(ProgressUpdates),
                "A service request owes progress updates to its requester only; the policy has intervals for Management, which only a major incident is owed.");
            field = value;
        }
    } = ProgressUpdatePolicy.None;

    /// <summary>Gets the business days (on the fulfilment calendar) after which a fulfilled request closes itself; 3 by
    /// default; 0 closes it at the calendar's next opening after the fulfilment.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int AutoCloseAfterBusinessDays
    {
        get;
        init => field = Preconditions.CheckNotNegative(value, nameof(AutoCloseAfterBusinessDays));
    } = 3;
}
