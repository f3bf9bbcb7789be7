using System.Collections.Immutable;
using Itsm.Core;
using Itsm.Core.Events;
using Itsm.Core.Ids;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Incidents;

/// <summary>The base of every <see cref="Incident"/> event.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
public abstract record IncidentEvent(Instant At, Actor Actor) : DomainEvent(At, Actor);

/// <summary>An incident was logged; its response and resolution clocks started.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who logged it.</param>
/// <param name="Id">The incident's id.</param>
/// <param name="Caller">Who reported it.</param>
/// <param name="Service">The affected service.</param>
/// <param name="ConfigurationItems">The affected configuration items.</param>
/// <param name="Category">The category.</param>
/// <param name="Impact">The impact level (1 highest).</param>
/// <param name="Urgency">The urgency level (1 highest).</param>
/// <param name="Priority">The priority: derived by the matrix, or overridden.</param>
/// <param name="OverrideReason">Why the derived priority was overridden; null when it was not.</param>
/// <param name="ResponseTarget">The response target.</param>
/// <param name="ResolutionTarget">The resolution target.</param>
[EventType("incident.logged", 1)]
public sealed record IncidentLogged(
    Instant At,
    Actor Actor,
    Id<Kinds.Incident> Id,
    string Caller,
    Id<Kinds.Service> Service,
    ImmutableArray<Id<Kinds.ConfigurationItem>> ConfigurationItems,
    string Category,
    int Impact,
    int Urgency,
    Priority Priority,
    string? OverrideReason,
    SlaTarget ResponseTarget,
    SlaTarget ResolutionTarget) : IncidentEvent(At, Actor);

/// <summary>The incident was assigned (or reassigned) to a group and optionally a person.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Group">The group.</param>
/// <param name="Assignee">The person, or null.</param>
[EventType("incident.assigned", 1)]
public sealed record IncidentAssigned(Instant At, Actor Actor, Id<Kinds.Group> Group, string? Assignee) : IncidentEvent(At, Actor);

/// <summary>The assignment was acknowledged: the response clock stopped.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
[EventType("incident.acknowledged", 1)]
public sealed record IncidentAcknowledged(Instant At, Actor Actor) : IncidentEvent(At, Actor);

/// <summary>The incident was put on hold; the resolution clock paused.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Reason">Why.</param>
/// <param name="Change">The change it waits for, when it awaits a change (null in holds recorded before holds named
/// their change).</param>
[EventType("incident.put-on-hold", 1)]
public sealed record IncidentPutOnHold(Instant At, Actor Actor, HoldReason Reason, Id<Kinds.Change>? Change = null) : IncidentEvent(At, Actor);

/// <summary>Work resumed after a hold.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
[EventType("incident.resumed", 1)]
public sealed record IncidentResumed(Instant At, Actor Actor) : IncidentEvent(At, Actor);

/// <summary>A resolution was recorded; the clocks stopped.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Code">The resolution code.</param>
/// <param name="Notes">The resolution notes.</param>
[EventType("incident.resolved", 1)]
public sealed record IncidentResolved(Instant At, Actor Actor, string Code, string Notes) : IncidentEvent(At, Actor);

/// <summary>The incident was closed.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Kind">On the caller's confirmation, or automatically.</param>
[EventType("incident.closed", 1)]
public sealed record IncidentClosed(Instant At, Actor Actor, ClosureKind Kind) : IncidentEvent(At, Actor);

/// <summary>The incident was reopened within the reopen window: a new resolution cycle.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Reason">Why.</param>
[EventType("incident.reopened", 1)]
public sealed record IncidentReopened(Instant At, Actor Actor, string Reason) : IncidentEvent(At, Actor);

/// <summary>The incident was cancelled; its running clocks were cancelled.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Reason">Why.</param>
/// <param name="DuplicateOf">The incident it duplicates, for <see cref="CancelReason.Duplicate"/>.</param>
[EventType("incident.cancelled", 1)]
public sealed record IncidentCancelled(Instant At, Actor Actor, CancelReason Reason, Id<Kinds.Incident>? DuplicateOf) : IncidentEvent(At, Actor);

/// <summary>The priority changed; the SLA clocks were retargeted from their original start.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Impact">The impact level.</param>
/// <param name="Urgency">The urgency level.</param>
/// <param name="Priority">The new priority.</param>
/// <param name="OverrideReason">Why the derived priority was overridden; null when it was not.</param>
/// <param name="ResponseTarget">The new response target.</param>
/// <param name="ResolutionTarget">The new resolution target.</param>
[EventType("incident.priority-changed", 1)]
public sealed record IncidentPriorityChanged(
    Instant At,
    Actor Actor,
    int Impact,
    int Urgency,
    Priority Priority,
    string? OverrideReason,
    SlaTarget ResponseTarget,
    SlaTarget ResolutionTarget) : IncidentEvent(At, Actor);

/// <summary>A warning threshold of one of the incident's SLA clocks passed: the customer is to be warned that an agreed
/// level may not be met. Raised once per threshold per cycle.</summary>
/// <param name="At">When it was raised (the <see cref="Incident.Advance"/> call).</param>
/// <param name="Actor">Who raised it (normally the system).</param>
/// <param name="Metric">The clock's metric.</param>
/// <param name="Cycle">The clock's cycle.</param>
/// <param name="Threshold">The threshold.</param>
/// <param name="FiredAt">When the threshold was reached.</param>
/// <param name="PassedOnAttach">Whether it had already passed when the clock started or was retargeted (hosts may stay silent).</param>
[EventType("incident.sla-warning-raised", 1)]
public sealed record IncidentSlaWarningRaised(Instant At, Actor Actor, SlaMetric Metric, int Cycle, SlaThreshold Threshold, Instant FiredAt, bool PassedOnAttach) : IncidentEvent(At, Actor);

/// <summary>The incident was escalated.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Kind">Functional or hierarchical.</param>
/// <param name="ToGroup">The group it now belongs to (functional escalation), or null.</param>
/// <param name="Level">The hierarchical level after the escalation.</param>
/// <param name="Reason">Why.</param>
[EventType("incident.escalated", 1)]
public sealed record IncidentEscalated(Instant At, Actor Actor, EscalationKind Kind, Id<Kinds.Group>? ToGroup, int Level, string Reason) : IncidentEvent(At, Actor);

/// <summary>The incident's information security class changed.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Class">The new class.</param>
/// <param name="Facts">The facts it was classified from; null for a downgrade.</param>
/// <param name="Reason">Why it was lowered; null when it went up.</param>
[EventType("incident.security-classified", 1)]
public sealed record IncidentSecurityClassified(Instant At, Actor Actor, SecurityClass Class, SecurityFacts? Facts, string? Reason) : IncidentEvent(At, Actor);

/// <summary>The incident was proposed as a major incident.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who (the system when the security classifier proposed it).</param>
/// <param name="Reason">Why.</param>
[EventType("incident.major-proposed", 1)]
public sealed record IncidentMajorProposed(Instant At, Actor Actor, string Reason) : IncidentEvent(At, Actor);

/// <summary>The incident was declared a major incident.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who (an incident manager).</param>
/// <param name="Owner">Who owns the major incident.</param>
[EventType("incident.major-declared", 1)]
public sealed record IncidentMajorDeclared(Instant At, Actor Actor, string Owner) : IncidentEvent(At, Actor);

/// <summary>A progress update was recorded: the customer, or top management on a major incident, was informed.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who recorded it.</param>
/// <param name="Audience">Whom it informed.</param>
/// <param name="Text">What it said (for management: who was informed, and how).</param>
[EventType("incident.progress-updated", 1)]
public sealed record IncidentProgressUpdated(Instant At, Actor Actor, UpdateAudience Audience, string Text) : IncidentEvent(At, Actor);

/// <summary>An update interval passed without a progress update to the audience (raised by <see cref="Incident.Advance"/>,
/// once per missed interval); the next interval counts from <paramref name="DueAt"/>.</summary>
/// <param name="At">When it was raised.</param>
/// <param name="Actor">Who advanced time.</param>
/// <param name="Audience">Whom the update was owed to.</param>
/// <param name="DueAt">When the update was due.</param>
[EventType("incident.progress-update-overdue", 1)]
public sealed record IncidentProgressUpdateOverdue(Instant At, Actor Actor, UpdateAudience Audience, Instant DueAt) : IncidentEvent(At, Actor);

/// <summary>The major incident review was recorded.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who recorded it.</param>
/// <param name="Summary">What the review found and decided.</param>
[EventType("incident.major-review-recorded", 1)]
public sealed record IncidentMajorReviewRecorded(Instant At, Actor Actor, string Summary) : IncidentEvent(At, Actor);

/// <summary>A child incident was linked to this (major) incident; recorded on the parent, through
/// <see cref="IncidentFamily.Link"/>.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Child">The child incident.</param>
[EventType("incident.child-linked", 1)]
public sealed record IncidentChildLinked(Instant At, Actor Actor, Id<Kinds.Incident> Child) : IncidentEvent(At, Actor);

/// <summary>This incident was linked to a parent (major) incident; recorded on the child, through
/// <see cref="IncidentFamily.Link"/>.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Parent">The parent incident.</param>
[EventType("incident.parent-linked", 1)]
public sealed record IncidentParentLinked(Instant At, Actor Actor, Id<Kinds.Incident> Parent) : IncidentEvent(At, Actor);

/// <summary>This child incident was resolved because its parent was (<see cref="IncidentFamily.Resolve"/>); its clocks
/// stopped.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who resolved the parent.</param>
/// <param name="Parent">The parent incident.</param>
/// <param name="Code">The parent's resolution code.</param>
/// <param name="Notes">The parent's resolution notes.</param>
[EventType("incident.resolved-with-parent", 1)]
public sealed record IncidentResolvedWithParent(Instant At, Actor Actor, Id<Kinds.Incident> Parent, string Code, string Notes) : IncidentEvent(At, Actor);

/// <summary>A published known error's workaround was applied to the incident.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="KnownError">The known error.</param>
/// <param name="Workaround">The workaround as published when it was applied.</param>
[EventType("incident.workaround-applied", 1)]
public sealed record IncidentWorkaroundApplied(Instant At, Actor Actor, Id<Kinds.KnownError> KnownError, string Workaround) : IncidentEvent(At, Actor);

/// <summary>The incident named a change as its cause.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Change">The change that caused it.</param>
[EventType("incident.caused-by-change", 1)]
public sealed record IncidentCausedByChange(Instant At, Actor Actor, Id<Kinds.Change> Change) : IncidentEvent(At, Actor);
