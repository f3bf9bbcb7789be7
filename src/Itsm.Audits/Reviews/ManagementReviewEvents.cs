using Itsm.Core;
using Itsm.Core.Events;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Audits;

/// <summary>An event in a management review's history.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
public abstract record ManagementReviewEvent(Instant At, Actor Actor) : DomainEvent(At, Actor);

/// <summary>A review was planned.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Id">Its id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Scheduled">The day it is planned for.</param>
[EventType("management-review.planned", 1)]
public sealed record ManagementReviewPlanned(Instant At, Actor Actor, Id<Kinds.ManagementReview> Id, string Title, LocalDate Scheduled) : ManagementReviewEvent(At, Actor);

/// <summary>An input was recorded, or its kind declared not applicable (exactly one of the two).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Evidence">The evidence.</param>
/// <param name="NotApplicableReason">Why the kind does not apply.</param>
[EventType("management-review.input-recorded", 1)]
public sealed record ManagementReviewInputRecorded(Instant At, Actor Actor, ReviewInputKind Kind, string? Evidence, string? NotApplicableReason) : ManagementReviewEvent(At, Actor);

/// <summary>The review moved on: inputs collected, or closed.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="To">The new state.</param>
[EventType("management-review.status-changed", 1)]
public sealed record ManagementReviewStatusChanged(Instant At, Actor Actor, ManagementReviewState To) : ManagementReviewEvent(At, Actor);

/// <summary>The review was held.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who recorded it.</param>
/// <param name="Attendance">Who attended, and who of them is top management.</param>
[EventType("management-review.held", 1)]
public sealed record ManagementReviewHeld(Instant At, Actor Actor, ReviewAttendance Attendance) : ManagementReviewEvent(At, Actor);

/// <summary>A decision or an action was recorded.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Text">The decision, or what is to be done.</param>
/// <param name="Owner">The action's owner; null for a decision.</param>
/// <param name="Due">The action's due date; null for a decision.</param>
[EventType("management-review.output-recorded", 1)]
public sealed record ManagementReviewOutputRecorded(Instant At, Actor Actor, string Text, string? Owner, LocalDate? Due) : ManagementReviewEvent(At, Actor);

/// <summary>The minutes were approved and the next review scheduled.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who approved them (top management).</param>
/// <param name="NextReview">The day of the next review.</param>
[EventType("management-review.minutes-approved", 1)]
public sealed record ManagementReviewMinutesApproved(Instant At, Actor Actor, LocalDate NextReview) : ManagementReviewEvent(At, Actor);
