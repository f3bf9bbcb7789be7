using System;
using System.Linq;
using Itsm.Core;

namespace Itsm.Incidents;

// The fold: each event changes the problem, without building a state machine. Besides the transition table, replay
// checks each event's content and the guards that depend on the record alone (evidence before analysis, a pending
// proposal before a decision, the observation period), so a stored history cannot describe an impossible problem.
public sealed partial class Problem
{
    /// <inheritdoc />
    protected override void ApplyCreation(ProblemEvent domainEvent) => ApplyLogged((ProblemLogged)domainEvent);

    /// <inheritdoc />
    protected override void Apply(ProblemEvent domainEvent)
    {
        var trigger = TriggerOf(domainEvent);
        var state = Follow(ProblemLifecycle.Instance, domainEvent, State, trigger);

        var at = domainEvent.At;
        switch (domainEvent)
        {
            case ProblemIncidentLinked linked:
                Link(domainEvent, linked.Incident);
                break;
            case ProblemTrendJustificationRecorded trend:
                Require(domainEvent, !string.IsNullOrWhiteSpace(trend.Justification), "a trend justification is not empty");
                TrendJustification = trend.Justification;
                break;
            case ProblemRootCauseAnalysisStarted:
                Require(domainEvent, HasEvidence, ProblemLifecycle.HasEvidence);
                break;
            case ProblemKnownErrorIdentified identified:
                Require(domainEvent, !identified.KnownErrorId.IsEmpty && !_knownErrors.Contains(identified.KnownErrorId), "each known error of a problem has its own id");
                Require(domainEvent, KnownError.ContentProblem(identified.Symptom, identified.RootCause, identified.Workaround));
                _knownErrors.Add(identified.KnownErrorId);
                KnownErrorId = identified.KnownErrorId;
                RootCause = identified.RootCause;
                RootCauseRecordedAt = identified.RootCause is null ? null : at;
                Workaround = identified.Workaround;
                break;
            case ProblemRootCauseRecorded recorded:
                Require(domainEvent, !HasRootCause, ProblemLifecycle.RootCauseOnce);
                Require(domainEvent, !string.IsNullOrWhiteSpace(recorded.RootCause), "a root cause is not empty");
                RootCause = recorded.RootCause;
                RootCauseRecordedAt = at;
                break;
            case ProblemFixStarted fix:
                Require(domainEvent, !HasPendingRiskAcceptance, ProblemLifecycle.RiskDecidedBeforeFix);
                Require(domainEvent, !fix.Change.IsEmpty, "a fix names the change that implements it");
                Change = fix.Change;
                break;
            case ProblemResolved resolved:
                Require(domainEvent, !string.IsNullOrWhiteSpace(resolved.Notes), "a resolution has notes");
                Require(domainEvent, resolved.ObserveUntil >= at, "the observation period ends at or after the resolution");
                ResolutionNotes = resolved.Notes;
                ResolvedAt = at;
                ObservationEndsAt = resolved.ObserveUntil;
                break;
            case ProblemClosed:
                Require(domainEvent, ObservationEndsAt is { } end && at >= end, ProblemLifecycle.ObservationPassed);
                ClosedAt = at;
                break;
            case ProblemRecurrenceRecorded recurrence:
                Require(domainEvent, ObservationEndsAt is { } until && at < until, ProblemLifecycle.WithinObservation);
                Link(domainEvent, recurrence.Incident);
                _recurrences.Add(recurrence.Incident);
                ClearAnalysis();
                break;
            case ProblemReanalysed reanalysed:
                Require(domainEvent, !string.IsNullOrWhiteSpace(reanalysed.Reason), "a reanalysis has a reason");
                ClearAnalysis();
                break;
            case ProblemEscalated escalated:
                Require(domainEvent, !string.IsNullOrWhiteSpace(escalated.Reason), "an escalation has a reason");
                Require(domainEvent, Escalations.BrokenRule(escalated.Kind, escalated.ToOwner is not null, Owner.Equals(escalated.ToOwner), "owner"));
                Require(domainEvent, escalated.Level == Escalations.LevelAfter(escalated.Kind, EscalationLevel), "a hierarchical escalation raises the level by one, a functional one keeps it");
                Owner = escalated.ToOwner ?? Owner;
                EscalationLevel = escalated.Level;
                break;
            case ProblemMarkedDuplicate duplicate:
                Require(domainEvent, !duplicate.Of.IsEmpty && duplicate.Of != Id, "a problem duplicates another problem, not itself");
                DuplicateOf = duplicate.Of;
                RiskAcceptance = null;
                break;
            case ProblemCancelled cancelled:
                Require(domainEvent, !string.IsNullOrWhiteSpace(cancelled.Reason), "a cancellation has a reason");
                CancellationReason = cancelled.Reason;
                RiskAcceptance = null;
                break;
            case ProblemRiskAcceptanceProposed proposed:
                Require(domainEvent, !string.IsNullOrWhiteSpace(proposed.Rationale), "a risk acceptance has a rationale");
                RiskAcceptance = new RiskAcceptance(proposed.Rationale, proposed.Actor, at, null, null);
                break;
            case ProblemRiskAcceptanceDeclined declined:
                Require(domainEvent, HasPendingRiskAcceptance, ProblemLifecycle.ProposalPending);
                Require(domainEvent, !string.IsNullOrWhiteSpace(declined.Reason), "declining a risk acceptance has a reason");
                RiskAcceptance = null;
                break;
            case ProblemRiskAccepted:
                Require(domainEvent, HasPendingRiskAcceptance, ProblemLifecycle.ProposalPending);
                RiskAcceptance = RiskAcceptance! with { ApprovedBy = domainEvent.Actor, ApprovedAt = at };
                break;
        }

        State = state;
    }

    private void ApplyLogged(ProblemLogged logged)
    {
        Require(
            logged,
            !logged.Id.IsEmpty && !string.IsNullOrWhiteSpace(logged.Title) && !string.IsNullOrWhiteSpace(logged.Description) && !logged.Service.IsEmpty,
            "a problem has an id, a title, a description and a service");
        Require(logged, logged.Priority is >= Priority.P1 and <= Priority.P5, "a problem's priority is P1 to P5");
        Require(logged, !logged.ConfigurationItems.IsDefault && logged.ConfigurationItems.All(c => !c.IsEmpty), "a configuration item id is not empty");
        Id = logged.Id;
        LoggedAt = logged.At;
        Title = logged.Title;
        Description = logged.Description;
        Service = logged.Service;
        ConfigurationItems = logged.ConfigurationItems;
        Priority = logged.Priority;
        Owner = logged.Owner ?? throw History(logged, "a problem has an owner");
        State = ProblemState.New;
    }

    private void Link(ProblemEvent domainEvent, Core.Ids.Id<Core.Ids.Kinds.Incident> incident)
    {
        Require(domainEvent, !incident.IsEmpty && !_linkedSet.Contains(incident), "an incident is linked to a problem once");
        _linkedIncidents.Add(incident);
        _linkedSet.Add(incident);
    }

    /// <summary>Back to root cause analysis: the current analysis, its known error and its fix no longer hold.</summary>
    private void ClearAnalysis()
    {
        RootCause = null;
        RootCauseRecordedAt = null;
        Workaround = null;
        KnownErrorId = null;
        Change = null;
        ResolutionNotes = null;
        ResolvedAt = null;
        ObservationEndsAt = null;
        ReanalysisCount++;
    }

    private static ProblemTrigger TriggerOf(ProblemEvent domainEvent) => domainEvent switch
    {
        ProblemIncidentLinked => ProblemTrigger.LinkIncident,
        ProblemTrendJustificationRecorded => ProblemTrigger.RecordTrendJustification,
        ProblemAssessmentStarted => ProblemTrigger.StartAssessment,
        ProblemRootCauseAnalysisStarted => ProblemTrigger.StartRootCauseAnalysis,
        ProblemKnownErrorIdentified => ProblemTrigger.IdentifyKnownError,
        ProblemRootCauseRecorded => ProblemTrigger.RecordRootCause,
        ProblemFixStarted => ProblemTrigger.StartFix,
        ProblemResolved => ProblemTrigger.Resolve,
        ProblemClosed => ProblemTrigger.Close,
        ProblemRecurrenceRecorded => ProblemTrigger.RecordRecurrence,
        ProblemReanalysed => ProblemTrigger.Reanalyse,
        ProblemEscalated => ProblemTrigger.Escalate,
        ProblemMarkedDuplicate => ProblemTrigger.MarkDuplicate,
        ProblemCancelled => ProblemTrigger.Cancel,
        ProblemRiskAcceptanceProposed => ProblemTrigger.ProposeRiskAcceptance,
        ProblemRiskAcceptanceDeclined => ProblemTrigger.DeclineRiskAcceptance,
        ProblemRiskAccepted => ProblemTrigger.AcceptRisk,
        _ => throw new ArgumentException($"{domainEvent.GetType().Name} is not a problem event this version knows.", nameof(domainEvent)),
    };

    private void Require(ProblemEvent domainEvent, bool holds, string rule)
    {
        if (!holds)
        {
            throw History(domainEvent, rule);
        }
    }

    private void Require(ProblemEvent domainEvent, string? brokenRule)
    {
        if (brokenRule is not null)
        {
            throw History(domainEvent, brokenRule);
        }
    }

}
