using System;
using System.Linq;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Changes;

// The fold: each event changes the change, without building a state machine. Besides the transition table, replay
// checks each event's content and the guards that depend on the record alone (an assessment before planning, a
// board's decision that its votes give, a member who votes once, an approver who neither requested nor implements the
// change, a review before closing), so a stored history cannot describe an impossible change.
public sealed partial class Change
{
    /// <summary>The rule that scheduling into a conflict needs an override with a reason.</summary>
    private const string ConflictsNeedOverride = "scheduling into a conflict needs an override with a reason, recorded with the conflicts";

    /// <summary>The rule that a change names what it affects (ISO/IEC 20000-1 8.5.1).</summary>
    private const string ScopeRule = "a change names at least one affected service or configuration item";

    /// <inheritdoc />
    protected override void ApplyCreation(ChangeEvent domainEvent)
    {
        var requested = (ChangeRequested)domainEvent;
        Require(domainEvent, RequestProblem(requested));
        Id = requested.Id;
        Model = requested.Model;
        Title = requested.Title;
        Description = requested.Description;
        Services = requested.Services;
        ConfigurationItems = requested.ConfigurationItems;
        Requester = requested.Actor.Id;
        RequestedAt = requested.At;
        Template = requested.Template;
        TemplateExpiresAt = requested.TemplateExpiresAt;
        Plans = requested.TemplatePlans;
        State = ChangeState.Draft;
    }

    /// <inheritdoc />
    protected override void Apply(ChangeEvent domainEvent)
    {
        var by = domainEvent.Actor;
        var at = domainEvent.At;
        if (domainEvent is ChangeRetrospectiveApprovalOverdue overdue)
        {
            Require(domainEvent, overdue.DueAt == RetrospectiveApprovalDueAt && IsRetrospectiveApprovalOverdueAt(at), "a retrospective approval is reported overdue once, at or after its deadline, and only while it is missing");
            IsRetrospectiveApprovalOverdue = true;
            return;
        }

        var state = Follow(ChangeLifecycle.Instance, domainEvent, State, TriggerOf(domainEvent));
        switch (domainEvent)
        {
            case ChangeAssessed assessed:
                Require(domainEvent, AssessmentProblem(assessed.Assessment));
                Require(domainEvent, assessed.Risk is not null && Enum.IsDefined(assessed.Risk.Level), "an assessment records a risk level");
                Assessment = assessed.Assessment;
                Risk = assessed.Risk;
                break;
            case ChangePlansRecorded planned:
                Require(domainEvent, PlansProblem(planned.Plans));
                Require(domainEvent, !string.IsNullOrWhiteSpace(planned.Implementer), "a change's plans name who implements it");
                Plans = planned.Plans;
                Implementer = planned.Implementer;
                break;
            case ChangePlanned:
                Require(domainEvent, Assessment is not null, ChangeLifecycle.AssessedBeforePlanned);
                break;
            case ChangeAuthorizationRequested requested:
                Require(domainEvent, Assessment is not null && Risk is not null, ChangeLifecycle.AssessedBeforeDecision);
                Require(domainEvent, Plans is not null, ChangeLifecycle.PlansBeforeAuthorization);
                Require(
                    domainEvent,
                    Enum.IsDefined(requested.Authority) && (requested.Authority == ChangeAuthority.EmergencyCab) == (Model == ChangeModel.Emergency)
                        && (requested.Board is null) == (requested.Authority == ChangeAuthority.ChangeManager),
                    "an emergency change is decided by the emergency board, any other by the change manager or the board, and a board's members are recorded");
                Authority = requested.Authority;
                Board = requested.Board;
                break;
            case ChangeVoted voted:
                Require(domainEvent, Board is { } board && board.IsMember(by.Id) && !HasVoted(by.Id), ChangeLifecycle.VotesOnce + ", and only a member of the change's board votes");
                Require(domainEvent, Enum.IsDefined(voted.Vote) && (voted.Vote != CabVote.Reject || !string.IsNullOrWhiteSpace(voted.Comment)), "a vote approves, abstains, or rejects with a reason");
                Require(domainEvent, IsIndependentOf(by), ChangeRoles.IndependentApprover);
                _votes[by.Id] = voted.Vote;
                _ballots.Add(new CabBallot(by.Id, voted.Vote, voted.Comment, at));
                break;
            case ChangeDecided decided:
                Require(domainEvent, decided.Authority == Authority && !string.IsNullOrWhiteSpace(decided.Reasons), "a decision is its authority's, with reasons");
                Require(
                    domainEvent,
                    Board is null || BoardOutcome == (decided.Authorized ? CabOutcome.Authorized : CabOutcome.Rejected),
                    decided.Authorized ? ChangeLifecycle.VotesAuthorize : ChangeLifecycle.VotesReject);
                Require(domainEvent, IsIndependentOf(by), ChangeRoles.IndependentApprover);
                Decision = new ChangeDecision(decided.Authority, decided.Authorized, by, at, decided.Reasons);
                break;
            case ChangeScheduled scheduled:
                Require(domainEvent, Model != ChangeModel.Standard || IsTemplateValidAt(at), ChangeLifecycle.TemplateValid);
                Require(domainEvent, IsWindow(scheduled.Window, at) && !string.IsNullOrWhiteSpace(scheduled.Implementer), "a change is scheduled in a window that ends after it is scheduled, with an implementer");
                Require(domainEvent, OverrideProblem(scheduled.Conflicts, scheduled.OverrideReason));
                Window = scheduled.Window;
                Implementer = scheduled.Implementer;
                break;
            case ChangeRescheduled rescheduled:
                Require(domainEvent, IsWindow(rescheduled.Window, at) && !string.IsNullOrWhiteSpace(rescheduled.Reason), "a change moves to a window that ends after it moves, with a reason");
                Require(domainEvent, OverrideProblem(rescheduled.Conflicts, rescheduled.OverrideReason));
                Window = rescheduled.Window;
                break;
            case ChangeImplementedNow now:
                Require(domainEvent, Model == ChangeModel.Emergency, ChangeLifecycle.EmergencyOnly);
                Require(domainEvent, Plans is not null, ChangeLifecycle.PlansBeforeImplementNow);
                Require(domainEvent, !string.IsNullOrWhiteSpace(now.Reason) && (now.RetrospectiveApprovalDueAt is not { } due || due >= at), "implementing at once has a reason, and its retrospective approval falls due after it");
                ImplementedNowAt = at;
                RetrospectiveApprovalDueAt = now.RetrospectiveApprovalDueAt;
                break;
            case ChangeCompleted completed:
                Require(domainEvent, CompletionProblem(completed.Outcome, completed.Notes, completed.Remedy)?.Rule);
                Outcome = completed.Outcome;
                CompletionNotes = completed.Notes;
                Remedy = completed.Remedy;
                break;
            case ChangeRetrospectivelyApproved approved:
                Require(domainEvent, ImplementedNowAt is not null && RetrospectiveApproval is null, ChangeLifecycle.ApprovedOnce);
                Require(domainEvent, !string.IsNullOrWhiteSpace(approved.Reason), "a retrospective approval records its reasons");
                Require(domainEvent, IsIndependentOf(by), ChangeRoles.IndependentApprover);
                RetrospectiveApproval = new ChangeDecision(ChangeAuthority.EmergencyCab, true, by, at, approved.Reason);
                break;
            case ChangeReviewed reviewed:
                Require(domainEvent, Review is null && !string.IsNullOrWhiteSpace(reviewed.Summary), ChangeLifecycle.ReviewedOnce);
                Review = reviewed.Summary;
                break;
            case ChangeClosed:
                Require(domainEvent, Review is not null || !NeedsReview, ChangeLifecycle.ReviewBeforeClose);
                Require(domainEvent, ImplementedNowAt is null || RetrospectiveApproval is not null, ChangeLifecycle.RetrospectiveBeforeClose);
                break;
            case ChangeCancelled cancelled:
                Require(domainEvent, !string.IsNullOrWhiteSpace(cancelled.Reason), "a cancellation says why");
                CancelReason = cancelled.Reason;
                break;
            case ChangeLinked linked:
                Require(
                    domainEvent,
                    Enum.IsDefined(linked.Kind) && Core.Ids.Id.IsValid(linked.RecordId) && !LinkedIds(linked.Kind).Contains(linked.RecordId, StringComparer.Ordinal),
                    "a link names a valid record id, once");
                AddLink(linked.Kind, linked.RecordId);
                break;
        }

        State = state;
    }

    private void AddLink(ChangeLinkKind kind, string id)
    {
        switch (kind)
        {
            case ChangeLinkKind.FixesProblem:
                _problems.Add(new Id<Kinds.Problem>(id));
                break;
            case ChangeLinkKind.FixesKnownError:
                _knownErrors.Add(new Id<Kinds.KnownError>(id));
                break;
            default:
                _causedIncidents.Add(new Id<Kinds.Incident>(id));
                break;
        }
    }

    private void Require(ChangeEvent domainEvent, bool ok, string rule)
    {
        if (!ok)
        {
            throw History(domainEvent, rule);
        }
    }

    private void Require(ChangeEvent domainEvent, string? problem)
    {
        if (problem is not null)
        {
            throw History(domainEvent, problem);
        }
    }

    /// <summary>The rule a stored request breaks, or null: the rules <see cref="Request"/> and <see cref="FromTemplate"/>
    /// check on their arguments.</summary>
    private static string? RequestProblem(ChangeRequested requested)
    {
        if (requested.Id.IsEmpty || string.IsNullOrWhiteSpace(requested.Title) || string.IsNullOrWhiteSpace(requested.Description))
        {
            return "a request names the change, its title and what is to change";
        }

        if (requested.Services.IsDefault || requested.ConfigurationItems.IsDefault || requested.Services.Length + requested.ConfigurationItems.Length == 0
            || requested.Services.Any(s => s.IsEmpty) || requested.ConfigurationItems.Any(c => c.IsEmpty))
        {
            return ScopeRule;
        }

        bool standard = requested.Model == ChangeModel.Standard;
        return !Enum.IsDefined(requested.Model) ? "a change is normal, standard or emergency"
            : standard != (requested.Template is { IsEmpty: false } && requested.TemplatePlans is not null && requested.TemplateExpiresAt is not null)
                ? "a standard change, and only a standard change, names its template with the template's plans and expiry"
            : standard && PlansProblem(requested.TemplatePlans!) is { } plans ? plans
            : null;
    }

    /// <summary>The rule an assessment breaks, or null (the risk answers are the risk model's to judge).</summary>
    private static string? AssessmentProblem(ChangeAssessment assessment) =>
        assessment.RiskAnswers is null ? "an assessment answers the risk questions"
        : string.IsNullOrWhiteSpace(assessment.Benefit) || string.IsNullOrWhiteSpace(assessment.Feasibility) || string.IsNullOrWhiteSpace(assessment.ServiceImpact)
            ? "an assessment records the benefit, the feasibility and the impact on services"
        : assessment.Cost < 0 || assessment.Cost > ChangeAssessment.MaxCost
            ? FormattableString.Invariant($"the cost of a change is 0 to {ChangeAssessment.MaxCost}, not {assessment.Cost}")
        : null;

    /// <summary>The rule plans break, or null.</summary>
    private static string? PlansProblem(ChangePlans plans) =>
        string.IsNullOrWhiteSpace(plans.Implementation) || string.IsNullOrWhiteSpace(plans.Test) || string.IsNullOrWhiteSpace(plans.Backout)
            ? "a change has an implementation, a test and a backout plan"
            : null;

    /// <summary>The rule a completion breaks, and the argument that breaks it, or null.</summary>
    private static (string Param, string Rule)? CompletionProblem(ChangeOutcome outcome, string? notes, string? remedy) =>
        !Enum.IsDefined(outcome) ? ("outcome", $"{outcome} is not an outcome: Successful, WithIssues or Failed")
        : string.IsNullOrWhiteSpace(notes) ? ("notes", "a completion says what was done")
        : outcome == ChangeOutcome.Failed && string.IsNullOrWhiteSpace(remedy) ? ("remedy", "a failed change records how it was backed out or remedied")
        : null;

    /// <summary>The rule a stored schedule's conflicts and override break, or null.</summary>
    private static string? OverrideProblem(System.Collections.Immutable.ImmutableArray<ScheduleConflict> conflicts, string? overrideReason) =>
        conflicts.IsDefault || conflicts.Any(c => c is null || !Enum.IsDefined(c.Kind)) ? "a schedule records its conflicts, each of a known kind"
        : conflicts.IsEmpty == (overrideReason is null) && (overrideReason is null || !string.IsNullOrWhiteSpace(overrideReason)) ? null
        : ConflictsNeedOverride;

    private static bool IsWindow(Interval window, Instant at) => window.HasStart && window.HasEnd && window.Duration > Duration.Zero && window.End > at;

    private static ChangeTrigger TriggerOf(ChangeEvent domainEvent) => domainEvent switch
    {
        ChangeSubmitted => ChangeTrigger.Submit,
        ChangeAssessmentStarted => ChangeTrigger.StartAssessment,
        ChangeAssessed => ChangeTrigger.RecordAssessment,
        ChangePlansRecorded => ChangeTrigger.RecordPlans,
        ChangePlanned => ChangeTrigger.Plan,
        ChangeAuthorizationRequested => ChangeTrigger.RequestAuthorization,
        ChangeVoted => ChangeTrigger.Vote,
        ChangeDecided { Authority: ChangeAuthority.ChangeManager, Authorized: true } => ChangeTrigger.Authorize,
        ChangeDecided { Authority: ChangeAuthority.ChangeManager } => ChangeTrigger.Reject,
        ChangeDecided { Authorized: true } => ChangeTrigger.ConcludeAuthorized,
        ChangeDecided => ChangeTrigger.ConcludeRejected,
        ChangeScheduled => ChangeTrigger.Schedule,
        ChangeRescheduled => ChangeTrigger.Reschedule,
        ChangeImplementationStarted => ChangeTrigger.StartImplementation,
        ChangeImplementedNow => ChangeTrigger.ImplementNow,
        ChangeCompleted => ChangeTrigger.Complete,
        ChangeRetrospectivelyApproved => ChangeTrigger.ApproveRetrospectively,
        ChangeReviewed => ChangeTrigger.RecordReview,
        ChangeClosed => ChangeTrigger.Close,
        ChangeCancelled => ChangeTrigger.Cancel,
        ChangeLinked => ChangeTrigger.Link,
        _ => throw new ArgumentException($"{domainEvent.GetType().Name} is not a change event this version knows.", nameof(domainEvent)),
    };
}
