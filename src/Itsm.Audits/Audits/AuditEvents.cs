using System.Collections.Generic;
using Itsm.Core;
using Itsm.Core.Events;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Audits;

/// <summary>An event in an audit's history.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
public abstract record AuditEvent(Instant At, Actor Actor) : DomainEvent(At, Actor);

/// <summary>An audit was scheduled.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Id">The audit's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Scope">What it covers.</param>
/// <param name="Dates">When it is planned.</param>
[EventType("audit.scheduled", 1)]
public sealed record AuditScheduled(Instant At, Actor Actor, Id<Kinds.Audit> Id, string Title, AuditScope Scope, DateInterval Dates) : AuditEvent(At, Actor);

/// <summary>A waiver of independence was approved.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who approved it (not the auditor).</param>
/// <param name="Auditor">The auditor it frees.</param>
/// <param name="Process">The process.</param>
/// <param name="Justification">Why.</param>
[EventType("audit.waiver-approved", 1)]
public sealed record AuditWaiverApproved(Instant At, Actor Actor, string Auditor, Id<Kinds.Process> Process, string Justification) : AuditEvent(At, Actor);

/// <summary>The audit's plan was recorded and independence checked.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Plan">The plan.</param>
/// <param name="Conflicts">The conflicts the host reported, each waived.</param>
[EventType("audit.prepared", 1)]
public sealed record AuditPrepared(Instant At, Actor Actor, AuditPlan Plan, IReadOnlyList<IndependenceConflict> Conflicts) : AuditEvent(At, Actor);

/// <summary>The audit was postponed.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Dates">The new dates.</param>
/// <param name="Reason">Why.</param>
[EventType("audit.postponed", 1)]
public sealed record AuditPostponed(Instant At, Actor Actor, DateInterval Dates, string Reason) : AuditEvent(At, Actor);

/// <summary>The audit was cancelled.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Reason">Why.</param>
[EventType("audit.cancelled", 1)]
public sealed record AuditCancelled(Instant At, Actor Actor, string Reason) : AuditEvent(At, Actor);

/// <summary>The audit started; independence was checked again.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The lead auditor.</param>
/// <param name="Conflicts">The conflicts the host reported, each waived.</param>
[EventType("audit.started", 1)]
public sealed record AuditStarted(Instant At, Actor Actor, IReadOnlyList<IndependenceConflict> Conflicts) : AuditEvent(At, Actor);

/// <summary>A finding was recorded.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The auditor.</param>
/// <param name="Kind">Its grade.</param>
/// <param name="Requirement">The clause or requirement.</param>
/// <param name="Evidence">The objective evidence.</param>
/// <param name="Statement">What was found.</param>
[EventType("audit.finding-recorded", 1)]
public sealed record AuditFindingRecorded(Instant At, Actor Actor, FindingKind Kind, string Requirement, string Evidence, string Statement) : AuditEvent(At, Actor);

/// <summary>Minor nonconformities on one requirement were raised to one major (a new finding).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The lead auditor.</param>
/// <param name="Minors">The minors' numbers.</param>
/// <param name="Decision">Why together they are major.</param>
[EventType("audit.raised-to-major", 1)]
public sealed record AuditRaisedToMajor(Instant At, Actor Actor, IReadOnlyList<int> Minors, string Decision) : AuditEvent(At, Actor);

/// <summary>The audit moved on: findings drafted, follow-up started, or closed.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The lead auditor.</param>
/// <param name="To">The new state.</param>
[EventType("audit.status-changed", 1)]
public sealed record AuditStatusChanged(Instant At, Actor Actor, AuditState To) : AuditEvent(At, Actor);

/// <summary>The audit was reported to the management of the audited area.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The lead auditor.</param>
/// <param name="Recipients">Who received it (actor ids).</param>
/// <param name="Summary">The report's summary.</param>
[EventType("audit.reported", 1)]
public sealed record AuditReported(Instant At, Actor Actor, IReadOnlyList<string> Recipients, string Summary) : AuditEvent(At, Actor);

/// <summary>A finding was linked to the record the host created for it (exactly one of the two).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Finding">The finding's number.</param>
/// <param name="Nonconformity">The nonconformity record.</param>
/// <param name="Improvement">The improvement item.</param>
[EventType("audit.finding-linked", 1)]
public sealed record AuditFindingLinked(Instant At, Actor Actor, int Finding, Id<Kinds.Nonconformity>? Nonconformity, Id<Kinds.Improvement>? Improvement) : AuditEvent(At, Actor);
