using System.Collections.Immutable;
using Itsm.Core;
using Itsm.Core.Events;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Incidents;

/// <summary>The base of every <see cref="Problem"/> event.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
public abstract record ProblemEvent(Instant At, Actor Actor) : DomainEvent(At, Actor);

/// <summary>A problem was logged.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who logged it.</param>
/// <param name="Id">The problem's id.</param>
/// <param name="Title">A short title.</param>
/// <param name="Description">What is known of the problem.</param>
/// <param name="Service">The affected service.</param>
/// <param name="ConfigurationItems">The configuration items involved.</param>
/// <param name="Priority">The priority.</param>
/// <param name="Owner">Who owns the problem.</param>
[EventType("problem.logged", 1)]
public sealed record ProblemLogged(
    Instant At,
    Actor Actor,
    Id<Kinds.Problem> Id,
    string Title,
    string Description,
    Id<Kinds.Service> Service,
    ImmutableArray<Id<Kinds.ConfigurationItem>> ConfigurationItems,
    Priority Priority,
    Actor Owner) : ProblemEvent(At, Actor);

/// <summary>An incident was linked to the problem.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Incident">The incident.</param>
[EventType("problem.incident-linked", 1)]
public sealed record ProblemIncidentLinked(Instant At, Actor Actor, Id<Kinds.Incident> Incident) : ProblemEvent(At, Actor);

/// <summary>A trend justification was recorded (it replaces an earlier one).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Justification">Why incident trends justify analysing the problem.</param>
[EventType("problem.trend-justification-recorded", 1)]
public sealed record ProblemTrendJustificationRecorded(Instant At, Actor Actor, string Justification) : ProblemEvent(At, Actor);

/// <summary>Assessment started.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
[EventType("problem.assessment-started", 1)]
public sealed record ProblemAssessmentStarted(Instant At, Actor Actor) : ProblemEvent(At, Actor);

/// <summary>Root cause analysis started.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
[EventType("problem.root-cause-analysis-started", 1)]
public sealed record ProblemRootCauseAnalysisStarted(Instant At, Actor Actor) : ProblemEvent(At, Actor);

/// <summary>A known error was identified: the root cause and/or a workaround were recorded and the known error
/// <see cref="KnownErrorId"/> was created in draft.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="KnownErrorId">The known error created.</param>
/// <param name="Symptom">The symptom, as incident management will search for it.</param>
/// <param name="RootCause">The root cause, or null when only a workaround is known.</param>
/// <param name="Workaround">The workaround, or null when only the root cause is known.</param>
[EventType("problem.known-error-identified", 1)]
public sealed record ProblemKnownErrorIdentified(Instant At, Actor Actor, Id<Kinds.KnownError> KnownErrorId, string Symptom, string? RootCause, string? Workaround)
    : ProblemEvent(At, Actor);

/// <summary>The root cause was recorded after the known error was identified with a workaround only.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="RootCause">The root cause.</param>
[EventType("problem.root-cause-recorded", 1)]
public sealed record ProblemRootCauseRecorded(Instant At, Actor Actor, string RootCause) : ProblemEvent(At, Actor);

/// <summary>The fix started, implemented by a change.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Change">The change that implements the fix.</param>
[EventType("problem.fix-started", 1)]
public sealed record ProblemFixStarted(Instant At, Actor Actor, Id<Kinds.Change> Change) : ProblemEvent(At, Actor);

/// <summary>The fix was implemented; the problem is observed for recurrence until <see cref="ObserveUntil"/>.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Notes">What was done.</param>
/// <param name="ObserveUntil">The end of the observation period (the settings' period after <c>At</c>).</param>
[EventType("problem.resolved", 1)]
public sealed record ProblemResolved(Instant At, Actor Actor, string Notes, Instant ObserveUntil) : ProblemEvent(At, Actor);

/// <summary>The problem closed: its observation period passed without recurrence.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who (the system, through <see cref="Problem.Advance"/>).</param>
[EventType("problem.closed", 1)]
public sealed record ProblemClosed(Instant At, Actor Actor) : ProblemEvent(At, Actor);

/// <summary>The problem recurred during observation (the incident is linked too); back to root cause analysis.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Incident">The incident that shows the recurrence.</param>
[EventType("problem.recurrence-recorded", 1)]
public sealed record ProblemRecurrenceRecorded(Instant At, Actor Actor, Id<Kinds.Incident> Incident) : ProblemEvent(At, Actor);

/// <summary>The problem went back to root cause analysis.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Reason">Why.</param>
[EventType("problem.reanalysed", 1)]
public sealed record ProblemReanalysed(Instant At, Actor Actor, string Reason) : ProblemEvent(At, Actor);

/// <summary>The problem was escalated.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Kind">Functional (handed to <paramref name="ToOwner"/>) or hierarchical (one level up).</param>
/// <param name="ToOwner">The new owner, for a functional escalation; null for a hierarchical one.</param>
/// <param name="Level">The escalation level after it.</param>
/// <param name="Reason">Why.</param>
[EventType("problem.escalated", 1)]
public sealed record ProblemEscalated(Instant At, Actor Actor, EscalationKind Kind, Actor? ToOwner, int Level, string Reason) : ProblemEvent(At, Actor);

/// <summary>The problem was marked a duplicate of another problem.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Of">The problem it duplicates.</param>
[EventType("problem.marked-duplicate", 1)]
public sealed record ProblemMarkedDuplicate(Instant At, Actor Actor, Id<Kinds.Problem> Of) : ProblemEvent(At, Actor);

/// <summary>The problem was cancelled.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Reason">Why.</param>
[EventType("problem.cancelled", 1)]
public sealed record ProblemCancelled(Instant At, Actor Actor, string Reason) : ProblemEvent(At, Actor);

/// <summary>Accepting the risk instead of fixing the problem was proposed (replacing an earlier pending proposal).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who proposed it.</param>
/// <param name="Rationale">Why the risk is acceptable.</param>
[EventType("problem.risk-acceptance-proposed", 1)]
public sealed record ProblemRiskAcceptanceProposed(Instant At, Actor Actor, string Rationale) : ProblemEvent(At, Actor);

/// <summary>The proposed risk acceptance was declined.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who declined it.</param>
/// <param name="Reason">Why.</param>
[EventType("problem.risk-acceptance-declined", 1)]
public sealed record ProblemRiskAcceptanceDeclined(Instant At, Actor Actor, string Reason) : ProblemEvent(At, Actor);

/// <summary>The proposed risk acceptance was approved; the problem ends without a fix.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The approver.</param>
[EventType("problem.risk-accepted", 1)]
public sealed record ProblemRiskAccepted(Instant At, Actor Actor) : ProblemEvent(At, Actor);
