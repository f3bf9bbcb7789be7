using System;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Sla.Policies;

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
    /// <param name="slaPolicy">The targets by priority; it must have a <see cref="Sla.Targets.SlaMetric.Response"/> and a
    /// <see cref="ServiceRequest.FulfilmentMetric"/> target for every priority a request is submitted with.</param>
    /// <exception cref="ArgumentNullException"><paramref name="slaPolicy"/> is null.</exception>
    public ServiceRequestSettings(SlaPolicy slaPolicy) => SlaPolicy = Preconditions.CheckNotNull(slaPolicy);

    /// <summary>Gets the SLA policy: a response and a fulfilment target per priority.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public SlaPolicy SlaPolicy
    {
        get;
        init => field = Preconditions.CheckNotNull(value);
    }

    /// <summary>Gets who may do what; <see cref="ServiceRequestRoles.Default"/> by default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public RolePolicy<ServiceRequest, ServiceRequestTrigger> Roles
    {
        get;
        init => field = Preconditions.CheckNotNull(value);
    } = ServiceRequestRoles.Default;

    /// <summary>Gets the priority of a request submitted without one; <see cref="Priority.P3"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value other than P1 to P5.</exception>
    public Priority DefaultPriority
    {
        get;
        init
        {
            if (value is < Priority.P1 or > Priority.P5)
            {
                throw new ArgumentOutOfRangeException(nameof(DefaultPriority), value, $"{value} is not a priority a request can take; use P1 to P5.");
            }

            field = value;
        }
    } = Priority.P3;

    /// <summary>Gets the business days (on the fulfilment calendar) after which a fulfilled request closes itself; 3 by
    /// default; 0 closes it at the calendar's next opening after the fulfilment.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public int AutoCloseAfterBusinessDays
    {
        get;
        init
        {
            Preconditions.CheckArgumentRange(nameof(AutoCloseAfterBusinessDays), value, 0, int.MaxValue);
            field = value;
        }
    } = 3;
}
