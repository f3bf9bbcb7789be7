using System.Collections.Immutable;
using Itsm.Core;
using Itsm.Core.Events;
using Itsm.Core.Ids;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Incidents;

/// <summary>The base of every <see cref="ServiceRequest"/> event.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
public abstract record ServiceRequestEvent(Instant At, Actor Actor) : DomainEvent(At, Actor);

/// <summary>A service request was submitted; its response clock started, and its fulfilment clock too unless it needs
/// approval.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who submitted it (the requester, or the service desk for them).</param>
/// <param name="Id">The request's id.</param>
/// <param name="Requester">The actor id of who requests.</param>
/// <param name="CatalogueItem">The requested catalogue item.</param>
/// <param name="Service">The service it belongs to.</param>
/// <param name="Details">What is requested.</param>
/// <param name="Priority">The priority, which chose the SLA targets.</param>
/// <param name="Approval">The catalogue item's approval policy.</param>
/// <param name="Approvers">The actor ids of the eligible approvers (empty when no approval is needed).</param>
/// <param name="ResponseTarget">The response target.</param>
/// <param name="FulfilmentTarget">The fulfilment target.</param>
[EventType("service-request.submitted", 1)]
public sealed record ServiceRequestSubmitted(
    Instant At,
    Actor Actor,
    Id<Kinds.ServiceRequest> Id,
    string Requester,
    Id<Kinds.CatalogueItem> CatalogueItem,
    Id<Kinds.Service> Service,
    string Details,
    Priority Priority,
    ApprovalPolicy Approval,
    ImmutableArray<string> Approvers,
    SlaTarget ResponseTarget,
    SlaTarget FulfilmentTarget) : ServiceRequestEvent(At, Actor);

/// <summary>The request was sent to its approvers (by the system, at submission).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who (the system).</param>
[EventType("service-request.approval-requested", 1)]
public sealed record ServiceRequestApprovalRequested(Instant At, Actor Actor) : ServiceRequestEvent(At, Actor);

/// <summary>An eligible approver decided.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The approver.</param>
/// <param name="Decision">Approve or reject.</param>
/// <param name="Comment">The approver's comment; the reason of a rejection (always given for one).</param>
[EventType("service-request.approval-decided", 1)]
public sealed record ServiceRequestApprovalDecided(Instant At, Actor Actor, ApprovalDecision Decision, string? Comment) : ServiceRequestEvent(At, Actor);

/// <summary>The approval rule was met: the request is approved and its fulfilment clock started.</summary>
/// <param name="At">When (the deciding vote's instant).</param>
/// <param name="Actor">Who (the system).</param>
[EventType("service-request.approved", 1)]
public sealed record ServiceRequestApproved(Instant At, Actor Actor) : ServiceRequestEvent(At, Actor);

/// <summary>The approval rule can no longer be met: the request is rejected, its response clock stopped and its
/// fulfilment clock cancelled.</summary>
/// <param name="At">When (the deciding vote's instant).</param>
/// <param name="Actor">Who (the system).</param>
[EventType("service-request.rejected", 1)]
public sealed record ServiceRequestRejected(Instant At, Actor Actor) : ServiceRequestEvent(At, Actor);

/// <summary>The request was acknowledged: the response clock stopped.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
[EventType("service-request.acknowledged", 1)]
public sealed record ServiceRequestAcknowledged(Instant At, Actor Actor) : ServiceRequestEvent(At, Actor);

/// <summary>The request was assigned (or reassigned) to a group and optionally a person; the first assignment stopped
/// the response clock.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Group">The group.</param>
/// <param name="Assignee">The person, or null.</param>
[EventType("service-request.assigned", 1)]
public sealed record ServiceRequestAssigned(Instant At, Actor Actor, Id<Kinds.Group> Group, string? Assignee) : ServiceRequestEvent(At, Actor);

/// <summary>The request was put on hold; the fulfilment clock paused.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Reason">Why it waits.</param>
[EventType("service-request.put-on-hold", 1)]
public sealed record ServiceRequestPutOnHold(Instant At, Actor Actor, string Reason) : ServiceRequestEvent(At, Actor);

/// <summary>Fulfilment resumed after a hold.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
[EventType("service-request.resumed", 1)]
public sealed record ServiceRequestResumed(Instant At, Actor Actor) : ServiceRequestEvent(At, Actor);

/// <summary>The request was fulfilled; the clocks stopped.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Notes">What was done.</param>
[EventType("service-request.fulfilled", 1)]
public sealed record ServiceRequestFulfilled(Instant At, Actor Actor, string Notes) : ServiceRequestEvent(At, Actor);

/// <summary>The request was closed.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Kind">On the requester's confirmation, or automatically.</param>
[EventType("service-request.closed", 1)]
public sealed record ServiceRequestClosed(Instant At, Actor Actor, ServiceRequestClosureKind Kind) : ServiceRequestEvent(At, Actor);

/// <summary>The request was cancelled before fulfilment; its open clocks were cancelled.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Reason">Why.</param>
[EventType("service-request.cancelled", 1)]
public sealed record ServiceRequestCancelled(Instant At, Actor Actor, string Reason) : ServiceRequestEvent(At, Actor);

/// <summary>A warning threshold of one of the request's SLA clocks passed: the requester is to be warned that an agreed
/// level may not be met. Raised once per threshold per cycle.</summary>
/// <param name="At">When it was raised (the <see cref="ServiceRequest.Advance"/> call).</param>
/// <param name="Actor">Who raised it (normally the system).</param>
/// <param name="Metric">The clock's metric.</param>
/// <param name="Cycle">The clock's cycle.</param>
/// <param name="Threshold">The threshold.</param>
/// <param name="FiredAt">When the threshold was reached.</param>
/// <param name="PassedOnAttach">Whether it had already passed when the clock started (hosts may stay silent).</param>
[EventType("service-request.sla-warning-raised", 1)]
public sealed record ServiceRequestSlaWarningRaised(Instant At, Actor Actor, SlaMetric Metric, int Cycle, SlaThreshold Threshold, Instant FiredAt, bool PassedOnAttach) : ServiceRequestEvent(At, Actor);

/// <summary>A progress update to the requester was recorded.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who recorded it.</param>
/// <param name="Audience">Whom it informed (always <see cref="UpdateAudience.Customer"/>: a request has no management
/// audience).</param>
/// <param name="Text">What it said.</param>
[EventType("service-request.progress-updated", 1)]
public sealed record ServiceRequestProgressUpdated(Instant At, Actor Actor, UpdateAudience Audience, string Text) : ServiceRequestEvent(At, Actor);

/// <summary>An update interval passed without a progress update to the requester (raised by
/// <see cref="ServiceRequest.Advance"/>, once per missed interval); the next interval counts from
/// <paramref name="DueAt"/>.</summary>
/// <param name="At">When it was raised.</param>
/// <param name="Actor">Who advanced time.</param>
/// <param name="Audience">Whom the update was owed to.</param>
/// <param name="DueAt">When the update was due.</param>
[EventType("service-request.progress-update-overdue", 1)]
public sealed record ServiceRequestProgressUpdateOverdue(Instant At, Actor Actor, UpdateAudience Audience, Instant DueAt) : ServiceRequestEvent(At, Actor);
