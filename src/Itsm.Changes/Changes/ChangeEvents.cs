using System.Collections.Immutable;
using Itsm.Core;
using Itsm.Core.Events;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Changes;

/// <summary>An event in a change's history.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
public abstract record ChangeEvent(Instant At, Actor Actor) : DomainEvent(At, Actor);

/// <summary>A change was requested (a draft); a standard change carries its template's plans and expiry.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who requested it.</param>
/// <param name="Id">The change's id.</param>
/// <param name="Model">Its model.</param>
/// <param name="Title">A short title.</param>
/// <param name="Description">What is to change, and why.</param>
/// <param name="Services">The affected services.</param>
/// <param name="ConfigurationItems">The affected configuration items.</param>
/// <param name="Template">The standard change template, for a standard change.</param>
/// <param name="TemplatePlans">The template's plans, for a standard change.</param>
/// <param name="TemplateExpiresAt">When the template expires, for a standard change.</param>
[EventType("change.requested", 1)]
public sealed record ChangeRequested(
    Instant At,
    Actor Actor,
    Id<Kinds.Change> Id,
    ChangeModel Model,
    string Title,
    string Description,
    ImmutableArray<Id<Kinds.Service>> Services,
    ImmutableArray<Id<Kinds.ConfigurationItem>> ConfigurationItems,
    Id<Kinds.ChangeTemplate>? Template,
    ChangePlans? TemplatePlans,
    Instant? TemplateExpiresAt) : ChangeEvent(At, Actor);

/// <summary>The change was submitted to change management.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
[EventType("change.submitted", 1)]
public sealed record ChangeSubmitted(Instant At, Actor Actor) : ChangeEvent(At, Actor);

/// <summary>The assessment started.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
[EventType("change.assessment-started", 1)]
public sealed record ChangeAssessmentStarted(Instant At, Actor Actor) : ChangeEvent(At, Actor);

/// <summary>The assessment was recorded, with the risk the model graded from its answers.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Assessment">The assessment.</param>
/// <param name="Risk">The risk graded from its answers.</param>
[EventType("change.assessed", 1)]
public sealed record ChangeAssessed(Instant At, Actor Actor, ChangeAssessment Assessment, RiskAssessment Risk) : ChangeEvent(At, Actor);

/// <summary>The plans and the implementer were recorded.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Plans">The plans.</param>
/// <param name="Implementer">Who implements the change (an actor id).</param>
[EventType("change.plans-recorded", 1)]
public sealed record ChangePlansRecorded(Instant At, Actor Actor, ChangePlans Plans, string Implementer) : ChangeEvent(At, Actor);

/// <summary>Assessment and planning finished.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
[EventType("change.planned", 1)]
public sealed record ChangePlanned(Instant At, Actor Actor) : ChangeEvent(At, Actor);

/// <summary>The authority the change's model and risk imply was asked for a decision; a board's members, quorum and
/// vetoes are recorded as they were.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Authority">The authority.</param>
/// <param name="Board">The board, when the authority is one.</param>
[EventType("change.authorization-requested", 1)]
public sealed record ChangeAuthorizationRequested(Instant At, Actor Actor, ChangeAuthority Authority, CabRule? Board) : ChangeEvent(At, Actor);

/// <summary>A board member voted.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The member.</param>
/// <param name="Vote">The vote.</param>
/// <param name="Comment">The comment; the reason of a rejection.</param>
[EventType("change.voted", 1)]
public sealed record ChangeVoted(Instant At, Actor Actor, CabVote Vote, string? Comment) : ChangeEvent(At, Actor);

/// <summary>The authority decided: the change manager, or a board's chair recording the outcome of its votes.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who recorded the decision.</param>
/// <param name="Authority">The authority that decided.</param>
/// <param name="Authorized">Whether the change was authorised.</param>
/// <param name="Reasons">Why.</param>
[EventType("change.decided", 1)]
public sealed record ChangeDecided(Instant At, Actor Actor, ChangeAuthority Authority, bool Authorized, string Reasons) : ChangeEvent(At, Actor);

/// <summary>The change was scheduled in a window; the conflicts the schedule found then are recorded with the reason
/// that overrode them.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Window">The implementation window.</param>
/// <param name="Implementer">Who implements it.</param>
/// <param name="Conflicts">The conflicts with the schedule, overridden.</param>
/// <param name="OverrideReason">Why the conflicts were accepted; null when there were none.</param>
[EventType("change.scheduled", 1)]
public sealed record ChangeScheduled(Instant At, Actor Actor, Interval Window, string Implementer, ImmutableArray<ScheduleConflict> Conflicts, string? OverrideReason) : ChangeEvent(At, Actor);

/// <summary>The scheduled change moved to another window, with the conflicts found then and the reason that overrode
/// them.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Window">The new window.</param>
/// <param name="Reason">Why it moved.</param>
/// <param name="Conflicts">The conflicts with the schedule, overridden.</param>
/// <param name="OverrideReason">Why the conflicts were accepted; null when there were none.</param>
[EventType("change.rescheduled", 1)]
public sealed record ChangeRescheduled(Instant At, Actor Actor, Interval Window, string Reason, ImmutableArray<ScheduleConflict> Conflicts, string? OverrideReason) : ChangeEvent(At, Actor);

/// <summary>The implementation of the scheduled change started.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
[EventType("change.implementation-started", 1)]
public sealed record ChangeImplementationStarted(Instant At, Actor Actor) : ChangeEvent(At, Actor);

/// <summary>An emergency change was implemented at once; its retrospective approval is due.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who decided it.</param>
/// <param name="Reason">Why it could not wait for the emergency board.</param>
/// <param name="RetrospectiveApprovalDueAt">When the retrospective approval is due (business time on the change
/// calendar); null when the calendar has no business time left to reach it.</param>
[EventType("change.implemented-now", 1)]
public sealed record ChangeImplementedNow(Instant At, Actor Actor, string Reason, Instant? RetrospectiveApprovalDueAt) : ChangeEvent(At, Actor);

/// <summary>The implementation's outcome was recorded.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Outcome">How it went.</param>
/// <param name="Notes">What was done.</param>
/// <param name="Remedy">How a failed change was backed out or remedied; null otherwise.</param>
[EventType("change.completed", 1)]
public sealed record ChangeCompleted(Instant At, Actor Actor, ChangeOutcome Outcome, string Notes, string? Remedy) : ChangeEvent(At, Actor);

/// <summary>An emergency change implemented at once was approved retrospectively.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The approver.</param>
/// <param name="Reason">Why.</param>
[EventType("change.retrospectively-approved", 1)]
public sealed record ChangeRetrospectivelyApproved(Instant At, Actor Actor, string Reason) : ChangeEvent(At, Actor);

/// <summary>The retrospective approval of an emergency change passed its deadline without being recorded (raised once
/// by <see cref="Change.Advance"/>).</summary>
/// <param name="At">When it was raised.</param>
/// <param name="Actor">Who advanced time.</param>
/// <param name="DueAt">The deadline.</param>
[EventType("change.retrospective-approval-overdue", 1)]
public sealed record ChangeRetrospectiveApprovalOverdue(Instant At, Actor Actor, Instant DueAt) : ChangeEvent(At, Actor);

/// <summary>The post-implementation review was recorded.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Summary">What the review found.</param>
[EventType("change.reviewed", 1)]
public sealed record ChangeReviewed(Instant At, Actor Actor, string Summary) : ChangeEvent(At, Actor);

/// <summary>The change was closed.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
[EventType("change.closed", 1)]
public sealed record ChangeClosed(Instant At, Actor Actor) : ChangeEvent(At, Actor);

/// <summary>The change was cancelled or withdrawn before its implementation.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Reason">Why.</param>
[EventType("change.cancelled", 1)]
public sealed record ChangeCancelled(Instant At, Actor Actor, string Reason) : ChangeEvent(At, Actor);

/// <summary>The change was linked to a record of another package.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Kind">What the link says.</param>
/// <param name="RecordId">The linked record's id (a problem, known error or incident id, by <paramref name="Kind"/>).</param>
[EventType("change.linked", 1)]
public sealed record ChangeLinked(Instant At, Actor Actor, ChangeLinkKind Kind, string RecordId) : ChangeEvent(At, Actor);
