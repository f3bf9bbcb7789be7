using System.Collections.Generic;
using Itsm.Core;
using Itsm.Core.Events;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Audits;

/// <summary>An event in a nonconformity's history.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
public abstract record NonconformityEvent(Instant At, Actor Actor) : DomainEvent(At, Actor);

/// <summary>A nonconformity was reported.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Id">Its id.</param>
/// <param name="Source">Where it came from.</param>
/// <param name="SourceReference">The id of the source record (an audit and finding, a complaint, an incident...).</param>
/// <param name="Requirement">The requirement not fulfilled.</param>
/// <param name="Description">What was found.</param>
/// <param name="Evidence">The evidence.</param>
/// <param name="Severity">How serious.</param>
[EventType("nonconformity.reported", 1)]
public sealed record NonconformityReported(Instant At, Actor Actor, Id<Kinds.Nonconformity> Id, NonconformitySource Source, string SourceReference, string Requirement, string Description, string Evidence, NonconformitySeverity Severity)
    : NonconformityEvent(At, Actor);

/// <summary>The nonconformity was accepted.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
[EventType("nonconformity.accepted", 1)]
public sealed record NonconformityAccepted(Instant At, Actor Actor) : NonconformityEvent(At, Actor);

/// <summary>The nonconformity was rejected as unfounded.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Reason">Why.</param>
[EventType("nonconformity.rejected", 1)]
public sealed record NonconformityRejected(Instant At, Actor Actor, string Reason) : NonconformityEvent(At, Actor);

/// <summary>The nonconformity was contained: a correction, or none needed (exactly one).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Correction">The correction made.</param>
/// <param name="NoneNeeded">Why no correction is needed.</param>
[EventType("nonconformity.contained", 1)]
public sealed record NonconformityContained(Instant At, Actor Actor, string? Correction, string? NoneNeeded) : NonconformityEvent(At, Actor);

/// <summary>The nonconformity's root cause and extent were analysed.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Analysis">The analysis.</param>
[EventType("nonconformity.analysed", 1)]
public sealed record NonconformityAnalysed(Instant At, Actor Actor, NonconformityAnalysis Analysis) : NonconformityEvent(At, Actor);

/// <summary>An action plan was approved (its actions are numbered after those of earlier plans).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who approved it.</param>
/// <param name="Actions">The actions.</param>
[EventType("nonconformity.plan-approved", 1)]
public sealed record NonconformityPlanApproved(Instant At, Actor Actor, IReadOnlyList<PlannedAction> Actions) : NonconformityEvent(At, Actor);

/// <summary>The nonconformity moved on: implementing, implementation verified, or effectiveness check started.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="To">The new state.</param>
[EventType("nonconformity.status-changed", 1)]
public sealed record NonconformityStatusChanged(Instant At, Actor Actor, NonconformityState To) : NonconformityEvent(At, Actor);

/// <summary>An action was done.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Action">The action's number.</param>
/// <param name="Evidence">What shows it done.</param>
[EventType("nonconformity.action-completed", 1)]
public sealed record NonconformityActionCompleted(Instant At, Actor Actor, int Action, string Evidence) : NonconformityEvent(At, Actor);

/// <summary>The effectiveness of the actions was recorded: effective (closed) or not (analysed again).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who checked.</param>
/// <param name="Effective">Whether the actions were effective.</param>
/// <param name="Evidence">What shows it.</param>
[EventType("nonconformity.effectiveness-recorded", 1)]
public sealed record NonconformityEffectivenessRecorded(Instant At, Actor Actor, bool Effective, string Evidence) : NonconformityEvent(At, Actor);

/// <summary>An overdue action was escalated one rung up the ladder.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who advanced time.</param>
/// <param name="Action">The action's number.</param>
/// <param name="Level">The rung.</param>
/// <param name="DueAt">When the rung fell due.</param>
[EventType("nonconformity.action-escalated", 1)]
public sealed record NonconformityActionEscalated(Instant At, Actor Actor, int Action, EscalationLevel Level, Instant DueAt) : NonconformityEvent(At, Actor);
