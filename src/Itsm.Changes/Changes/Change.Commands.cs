using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Core.Commands;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Changes;

// The commands and queries of a change.
public sealed partial class Change
{
    /// <summary>Requests a normal or emergency change: a draft, to submit.</summary>
    /// <param name="id">The change's id, from the host.</param>
    /// <param name="model">Normal or emergency (a standard change comes from its template: <see cref="FromTemplate"/>).</param>
    /// <param name="title">A short title; not empty.</param>
    /// <param name="description">What is to change, and why; not empty.</param>
    /// <param name="services">The affected services.</param>
    /// <param name="configurationItems">The affected configuration items; with the services, at least one.</param>
    /// <param name="settings">The host's settings.</param>
    /// <param name="by">Who requests it.</param>
    /// <param name="at">When.</param>
    /// <returns>The change, <see cref="ChangeState.Draft"/>.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An argument breaks its rule (an empty id, title or description, an empty
    /// service or configuration item, none of either, a standard or unknown model).</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not request changes.</exception>
    public static Change Request(
        Id<Kinds.Change> id,
        ChangeModel model,
        string title,
        string description,
        IEnumerable<Id<Kinds.Service>> services,
        IEnumerable<Id<Kinds.ConfigurationItem>> configurationItems,
        ChangeSettings settings,
        Actor by,
        Instant at)
    {
        Preconditions.CheckArgument(
            model is ChangeModel.Normal or ChangeModel.Emergency,
            nameof(model),
            $"{model} is not a model a change is requested with: Normal or Emergency (a standard change comes from its template).");
        return Create(id, model, title, description, services, configurationItems, settings, by, at, null);
    }

    /// <summary>Creates a standard change from a pre-authorised template: a draft whose plans are the template's.</summary>
    /// <param name="id">The change's id, from the host.</param>
    /// <param name="template">The template; approved and not expired at <paramref name="at"/>, not withdrawn.</param>
    /// <param name="description">What is to change this time; not empty.</param>
    /// <param name="services">The affected services.</param>
    /// <param name="configurationItems">The affected configuration items; with the services, at least one.</param>
    /// <param name="settings">The host's settings.</param>
    /// <param name="by">Who requests it.</param>
    /// <param name="at">When.</param>
    /// <returns>The change, <see cref="ChangeState.Draft"/>, <see cref="ChangeModel.Standard"/>.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The template is not usable (a draft, withdrawn or expired), or another
    /// argument breaks its rule.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not request changes.</exception>
    public static Change FromTemplate(
        Id<Kinds.Change> id,
        ChangeTemplate template,
        string description,
        IEnumerable<Id<Kinds.Service>> services,
        IEnumerable<Id<Kinds.ConfigurationItem>> configurationItems,
        ChangeSettings settings,
        Actor by,
        Instant at)
    {
        Preconditions.CheckNotNull(template);
        string? unusable = template.UnusableAt(at);
        Preconditions.CheckArgument(unusable is null, nameof(template), $"Template '{template.Id}' cannot be used at {at}: {unusable}.");
        return Create(id, ChangeModel.Standard, template.Title, description, services, configurationItems, settings, by, at, template);
    }

    /// <summary>Rebuilds a change from its events, without building a state machine.</summary>
    /// <param name="events">The events, oldest first, versions 1, 2, 3...</param>
    /// <param name="settings">The host's settings.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidHistoryException">The events do not start with a request, skip a version, go back in
    /// time, break a rule of their content, or hold a transition the lifecycle does not allow.</exception>
    public static Change FromEvents(IEnumerable<ChangeEvent> events, ChangeSettings settings)
    {
        var change = new Change(Preconditions.CheckNotNull(settings));
        change.Replay(events);
        return change;
    }

    /// <summary>Submits the change to change management.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When; not before the last command.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not submit changes.</exception>
    /// <exception cref="InvalidTransitionException">The change is not a draft.</exception>
    public void Submit(Actor by, Instant at) => Execute(ChangeTrigger.Submit, by, at, () => new ChangeSubmitted(at, by));

    /// <summary>Starts the assessment of a submitted normal or emergency change.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not assess changes.</exception>
    /// <exception cref="InvalidTransitionException">The change is not submitted, or is a standard change.</exception>
    public void StartAssessment(Actor by, Instant at) => Execute(ChangeTrigger.StartAssessment, by, at, () => new ChangeAssessmentStarted(at, by));

    /// <summary>Records (or records again) the assessment; the risk model grades the risk from its answers.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="assessment">The assessment: risk answers, benefit, cost, feasibility, service impact.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is empty, the cost is outside 0 to <see cref="ChangeAssessment.MaxCost"/>,
    /// or the risk model refuses the answers.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not assess changes.</exception>
    /// <exception cref="InvalidTransitionException">The change is past planning, or is a standard change.</exception>
    public void RecordAssessment(Actor by, Instant at, ChangeAssessment assessment)
    {
        Preconditions.CheckNotNull(assessment);
        string? problem = AssessmentProblem(assessment);
        Preconditions.CheckArgument(problem is null, nameof(assessment), $"The assessment of change '{Id}' is refused: {problem}.");
        var risk = _settings.RiskModel.Assess(Preconditions.CheckNotNull(assessment.RiskAnswers, "assessment.RiskAnswers"));
        Execute(ChangeTrigger.RecordAssessment, by, at, () => new ChangeAssessed(at, by, assessment with { RiskAnswers = assessment.RiskAnswers.ToImmutableSortedDictionary(StringComparer.Ordinal) }, risk));
    }

    /// <summary>Records (or records again) the implementation, test and backout plans and who implements them.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="plans">The plans; none empty.</param>
    /// <param name="implementer">Who implements the change (an actor id); not empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="plans"/> is null.</exception>
    /// <exception cref="ArgumentException">A plan or the implementer is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not plan changes.</exception>
    /// <exception cref="InvalidTransitionException">The change is past planning, or is a standard change.</exception>
    public void RecordPlans(Actor by, Instant at, ChangePlans plans, string implementer)
    {
        Preconditions.CheckNotNull(plans);
        string? problem = PlansProblem(plans);
        Preconditions.CheckArgument(problem is null, nameof(plans), $"The plans of change '{Id}' are refused: {problem}.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(implementer), nameof(implementer), "A change's plans name who implements it.");
        Execute(ChangeTrigger.RecordPlans, by, at, () => new ChangePlansRecorded(at, by, plans, implementer));
    }

    /// <summary>Finishes the assessment and planning.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not plan changes.</exception>
    /// <exception cref="InvalidTransitionException">The change is not being assessed, or its assessment is missing.</exception>
    public void Plan(Actor by, Instant at) => Execute(ChangeTrigger.Plan, by, at, () => new ChangePlanned(at, by));

    /// <summary>Asks the authority the change's model and risk imply to decide (<see cref="ChangeSettings.AuthorityFor"/>):
    /// the change manager, the board or the emergency board, whose members, quorum and vetoes are recorded as they are now.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not ask for authorisation.</exception>
    /// <exception cref="InvalidTransitionException">The change is not planned, or its assessment or plans are missing.</exception>
    public void RequestAuthorization(Actor by, Instant at)
    {
        Authorise(ChangeTrigger.RequestAuthorization, by, at);
        var authority = _settings.AuthorityFor(Model, Risk!.Level);
        Record(new ChangeAuthorizationRequested(at, by, authority, _settings.BoardOf(authority)));
    }

    /// <summary>Records a board member's vote; a member votes once and the vote never changes.</summary>
    /// <param name="by">The member.</param>
    /// <param name="at">When.</param>
    /// <param name="vote">Approve, reject (with a reason) or abstain.</param>
    /// <param name="comment">A comment; the reason of a rejection, required then.</param>
    /// <exception cref="ArgumentException">The vote is not a vote, or a rejection has no reason.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor is not a member of the change's board, or
    /// requested or implements the change.</exception>
    /// <exception cref="InvalidTransitionException">The change is not awaiting a board's decision, or the member voted.</exception>
    public void Vote(Actor by, Instant at, CabVote vote, string? comment = null)
    {
        Preconditions.CheckArgument(Enum.IsDefined(vote), nameof(vote), $"{vote} is not a vote: approve, reject or abstain.");
        Preconditions.CheckArgument(vote != CabVote.Reject || !string.IsNullOrWhiteSpace(comment), nameof(comment), "A rejection says why.");
        Execute(ChangeTrigger.Vote, by, at, () => new ChangeVoted(at, by, vote, string.IsNullOrWhiteSpace(comment) ? null : comment));
    }

    /// <summary>Records the board's decision as its chair: the outcome is computed from the votes
    /// (<see cref="BoardOutcome"/>), never typed in; the chair gives the reasons.</summary>
    /// <param name="by">The chair.</param>
    /// <param name="at">When.</param>
    /// <param name="reasons">Why; not empty.</param>
    /// <returns>Whether the votes authorised the change.</returns>
    /// <exception cref="ArgumentException"><paramref name="reasons"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not chair, or requested or implements
    /// the change.</exception>
    /// <exception cref="InvalidTransitionException">The change is not awaiting a board's decision, or the votes do not
    /// decide yet (no veto, and the quorum has not voted).</exception>
    public bool Decide(Actor by, Instant at, string reasons)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reasons), nameof(reasons), "A board's decision records its reasons.");
        var trigger = DecisionTrigger;
        bool authorized = trigger == ChangeTrigger.ConcludeAuthorized;
        Execute(trigger, by, at, () => new ChangeDecided(at, by, Authority!.Value, authorized, reasons));
        return authorized;
    }

    /// <summary>Authorises a change whose authority is the change manager.</summary>
    /// <param name="by">The change manager.</param>
    /// <param name="at">When.</param>
    /// <param name="reasons">Why; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="reasons"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not authorise, or requested or
    /// implements the change.</exception>
    /// <exception cref="InvalidTransitionException">The change is not awaiting the change manager's decision.</exception>
    public void Authorize(Actor by, Instant at, string reasons) => DecideAsManager(ChangeTrigger.Authorize, by, at, reasons);

    /// <summary>Rejects a change whose authority is the change manager.</summary>
    /// <param name="by">The change manager.</param>
    /// <param name="at">When.</param>
    /// <param name="reasons">Why; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="reasons"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not reject, or requested or implements
    /// the change.</exception>
    /// <exception cref="InvalidTransitionException">The change is not awaiting the change manager's decision.</exception>
    public void Reject(Actor by, Instant at, string reasons) => DecideAsManager(ChangeTrigger.Reject, by, at, reasons);

    /// <summary>Schedules an authorised change (a standard one straight from its submission, while its template is
    /// valid) in a window, checked against the change schedule: a window with conflicts (<see cref="ChangeSchedule.ConflictsOf"/>)
    /// is scheduled only with an override reason, and the conflicts are recorded with it.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="window">The implementation window: not empty, ending after <paramref name="at"/>.</param>
    /// <param name="schedule">The change schedule as the host has it now (<see cref="ChangeSchedule.Empty"/> when there
    /// is none); the change's own entry in it is ignored.</param>
    /// <param name="implementer">Who implements it; by default the planned implementer, required when there is none.
    /// Never someone who approved the change.</param>
    /// <param name="overrideReason">Why conflicts are accepted; required when there are any.</param>
    /// <returns>The conflicts that were overridden; empty when there were none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    /// <exception cref="ArgumentException">The window is empty or over, there is no implementer, the implementer approved
    /// the change, or the window conflicts with the schedule and no override reason is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not schedule changes.</exception>
    /// <exception cref="InvalidTransitionException">The change is neither authorised nor a submitted standard change
    /// with a valid template.</exception>
    public IReadOnlyList<ScheduleConflict> Schedule(Actor by, Instant at, Interval window, ChangeSchedule schedule, string? implementer = null, string? overrideReason = null)
    {
        CheckWindow(window, at);
        string? who = string.IsNullOrWhiteSpace(implementer) ? Implementer : implementer;
        Preconditions.CheckArgument(who is not null, nameof(implementer), $"Change '{Id}' has no planned implementer; scheduling it names one.");
        Preconditions.CheckArgument(!Approvers.Contains(who, StringComparer.Ordinal), nameof(implementer), $"'{who}' approved change '{Id}' and so does not implement it: {ChangeRoles.IndependentApprover}.");
        var conflicts = Overridden(schedule, window, who, overrideReason);
        Execute(ChangeTrigger.Schedule, by, at, () => new ChangeScheduled(at, by, window, who, conflicts, Reason(conflicts, overrideReason)));
        return conflicts;
    }

    /// <summary>Moves a scheduled change to another window, checked against the change schedule like
    /// <see cref="Schedule"/>.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="window">The new window: not empty, ending after <paramref name="at"/>.</param>
    /// <param name="reason">Why it moves; not empty.</param>
    /// <param name="schedule">The change schedule as the host has it now; the change's own entry in it is ignored.</param>
    /// <param name="overrideReason">Why conflicts are accepted; required when there are any.</param>
    /// <returns>The conflicts that were overridden; empty when there were none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    /// <exception cref="ArgumentException">The window is empty or over, the reason is empty, or the window conflicts
    /// with the schedule and no override reason is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not schedule changes.</exception>
    /// <exception cref="InvalidTransitionException">The change is not scheduled.</exception>
    public IReadOnlyList<ScheduleConflict> Reschedule(Actor by, Instant at, Interval window, string reason, ChangeSchedule schedule, string? overrideReason = null)
    {
        CheckWindow(window, at);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reason), nameof(reason), "A new window says why the change moved.");
        var conflicts = Overridden(schedule, window, Implementer ?? string.Empty, overrideReason);
        Execute(ChangeTrigger.Reschedule, by, at, () => new ChangeRescheduled(at, by, window, reason, conflicts, Reason(conflicts, overrideReason)));
        return conflicts;
    }

    /// <summary>Starts the implementation of a scheduled change.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not implement changes.</exception>
    /// <exception cref="InvalidTransitionException">The change is not scheduled.</exception>
    public void StartImplementation(Actor by, Instant at) => Execute(ChangeTrigger.StartImplementation, by, at, () => new ChangeImplementationStarted(at, by));

    /// <summary>Implements an emergency change at once, before any board decides: its retrospective approval is due
    /// within <see cref="ChangeSettings.RetrospectiveApprovalWithin"/> of business time on the change calendar.</summary>
    /// <param name="by">Who decides it (the change manager).</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why it could not wait for the emergency board; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not implement changes at once.</exception>
    /// <exception cref="InvalidTransitionException">The change is not an emergency change being prepared, or its plans
    /// are missing.</exception>
    public void ImplementNow(Actor by, Instant at, string reason)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reason), nameof(reason), "Implementing a change at once says why it could not wait for the emergency board.");
        Execute(ChangeTrigger.ImplementNow, by, at, () => new ChangeImplementedNow(at, by, reason, TryAdd(_settings.Calendar, at, _settings.RetrospectiveApprovalWithin)));
    }

    /// <summary>Records the implementation's outcome: the change moves to review.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="outcome">How it went.</param>
    /// <param name="notes">What was done; not empty.</param>
    /// <param name="remedy">How a failed change was backed out or remedied; required for <see cref="ChangeOutcome.Failed"/>.</param>
    /// <exception cref="ArgumentException">The outcome is not one, the notes are empty, or a failed change has no remedy.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not implement changes.</exception>
    /// <exception cref="InvalidTransitionException">The change is not being implemented.</exception>
    public void Complete(Actor by, Instant at, ChangeOutcome outcome, string notes, string? remedy = null)
    {
        var problem = CompletionProblem(outcome, notes, remedy);
        Preconditions.CheckArgument(problem is null, problem?.Param ?? nameof(outcome), $"The outcome of change '{Id}' is refused: {problem?.Rule}.");
        Execute(ChangeTrigger.Complete, by, at, () => new ChangeCompleted(at, by, outcome, notes, string.IsNullOrWhiteSpace(remedy) ? null : remedy));
    }

    /// <summary>Records the retrospective approval of an emergency change implemented at once.</summary>
    /// <param name="by">The approver: never the requester nor the implementer.</param>
    /// <param name="at">When.</param>
    /// <param name="reasons">Why; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="reasons"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not approve, or requested or
    /// implements the change.</exception>
    /// <exception cref="InvalidTransitionException">The change was not implemented at once, was approved already, or is
    /// closed.</exception>
    public void ApproveRetrospectively(Actor by, Instant at, string reasons)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reasons), nameof(reasons), "A retrospective approval records its reasons.");
        Execute(ChangeTrigger.ApproveRetrospectively, by, at, () => new ChangeRetrospectivelyApproved(at, by, reasons));
    }

    /// <summary>Records the post-implementation review.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="summary">What the review found; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="summary"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not review changes.</exception>
    /// <exception cref="InvalidTransitionException">The change is not in review, or was reviewed already.</exception>
    public void RecordReview(Actor by, Instant at, string summary)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(summary), nameof(summary), "A post-implementation review records what it found.");
        Execute(ChangeTrigger.RecordReview, by, at, () => new ChangeReviewed(at, by, summary));
    }

    /// <summary>Closes the change.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not close changes.</exception>
    /// <exception cref="InvalidTransitionException">The change is not in review, its review is missing where one is
    /// required, or its retrospective approval is missing.</exception>
    public void Close(Actor by, Instant at) => Execute(ChangeTrigger.Close, by, at, () => new ChangeClosed(at, by));

    /// <summary>Cancels (the change manager) or withdraws (the requester) the change before its implementation.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor is neither the change manager nor the requester.</exception>
    /// <exception cref="InvalidTransitionException">The change is being implemented or has ended.</exception>
    public void Cancel(Actor by, Instant at, string reason)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reason), nameof(reason), "A cancellation says why.");
        Execute(ChangeTrigger.Cancel, by, at, () => new ChangeCancelled(at, by, reason));
    }

    /// <summary>Records a problem the change fixes.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="problem">The problem; not empty, not linked yet.</param>
    /// <exception cref="ArgumentException">The id is empty or linked already.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not link changes.</exception>
    /// <exception cref="InvalidTransitionException">The change was rejected or cancelled.</exception>
    public void LinkFixedProblem(Actor by, Instant at, Id<Kinds.Problem> problem) => Link(by, at, ChangeLinkKind.FixesProblem, problem.Value, nameof(problem));

    /// <summary>Records a known error the change fixes.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="knownError">The known error; not empty, not linked yet.</param>
    /// <exception cref="ArgumentException">The id is empty or linked already.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not link changes.</exception>
    /// <exception cref="InvalidTransitionException">The change was rejected or cancelled.</exception>
    public void LinkFixedKnownError(Actor by, Instant at, Id<Kinds.KnownError> knownError) => Link(by, at, ChangeLinkKind.FixesKnownError, knownError.Value, nameof(knownError));

    /// <summary>Records an incident the change caused.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="incident">The incident; not empty, not linked yet.</param>
    /// <exception cref="ArgumentException">The id is empty or linked already.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not link changes.</exception>
    /// <exception cref="InvalidTransitionException">The change was rejected or cancelled.</exception>
    public void LinkCausedIncident(Actor by, Instant at, Id<Kinds.Incident> incident) => Link(by, at, ChangeLinkKind.CausedIncident, incident.Value, nameof(incident));

    /// <summary>Applies what time made due by <paramref name="now"/>: reports once that the retrospective approval of an
    /// emergency change implemented at once passed its deadline.</summary>
    /// <param name="by">Who advances time (normally <see cref="Actor.System"/>).</param>
    /// <param name="now">The host's current instant; not before the last command.</param>
    /// <returns>The events recorded; empty when nothing was due.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not advance changes.</exception>
    public IReadOnlyList<ChangeEvent> Advance(Actor by, Instant now)
    {
        Authorise(ChangeTrigger.Advance, by, now);
        if (!IsRetrospectiveApprovalOverdueAt(now))
        {
            return [];
        }

        Record(new ChangeRetrospectiveApprovalOverdue(now, by, RetrospectiveApprovalDueAt!.Value));
        return [Events[^1]];
    }

    /// <summary>The next instant at which <see cref="Advance"/> has something to do: the deadline of a retrospective
    /// approval not yet recorded nor reported (<paramref name="now"/> when it has passed); null otherwise.</summary>
    /// <param name="now">The host's current instant.</param>
    /// <returns>The instant to arm a timer for.</returns>
    public Instant? NextDueAt(Instant now) =>
        RetrospectiveApprovalDueAt is { } due && IsRetrospectiveApprovalOverdueAt(Instant.Max(due, now)) ? Instant.Max(due, now) : null;

    /// <summary>Lists the rules that stop a command now, without throwing: time order, the role policy's (with its
    /// segregation of duties), the board's membership for a vote, and the lifecycle's. For the board's decision ask
    /// <see cref="ChangeTrigger.ConcludeAuthorized"/> or <see cref="ChangeTrigger.ConcludeRejected"/>.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When it would be dated (a standard change's template expires).</param>
    /// <returns>The unmet rules; empty when the command is allowed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public IReadOnlyList<string> UnmetRules(ChangeTrigger trigger, Actor actor, Instant at) =>
        ChangeLifecycle.Instance.UnmetRules(this, _settings.Roles, this, State, new(trigger, actor, at));

    /// <summary>Returns whether a command is allowed now.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When it would be dated.</param>
    /// <returns>True when <see cref="UnmetRules"/> is empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public bool CanFire(ChangeTrigger trigger, Actor actor, Instant at) => UnmetRules(trigger, actor, at).Count == 0;

    /// <summary>Draws the change lifecycle as a Mermaid state diagram, generated from its Stateless configuration.</summary>
    /// <returns>The Mermaid text.</returns>
    public static string LifecycleDiagram() => ChangeLifecycle.Instance.ToMermaid();

    /// <summary>Whether a retrospective approval is due, not recorded and not yet reported at an instant (the rule of
    /// <see cref="Advance"/> and <see cref="NextDueAt"/>).</summary>
    private bool IsRetrospectiveApprovalOverdueAt(Instant at) =>
        RetrospectiveApprovalDueAt is { } due && at >= due && RetrospectiveApproval is null && !IsRetrospectiveApprovalOverdue && State != ChangeState.Cancelled;

    /// <summary>Who approved the change: its board's members who voted to approve, and the change manager or chair who
    /// recorded an authorisation.</summary>
    private IEnumerable<string> Approvers =>
        _ballots.Where(b => b.Vote == CabVote.Approve).Select(b => b.Member)
            .Concat(Decision is { Authorized: true } decision ? [decision.By.Id] : []);

    private static Change Create(
        Id<Kinds.Change> id,
        ChangeModel model,
        string title,
        string description,
        IEnumerable<Id<Kinds.Service>> services,
        IEnumerable<Id<Kinds.ConfigurationItem>> configurationItems,
        ChangeSettings settings,
        Actor by,
        Instant at,
        ChangeTemplate? template)
    {
        Preconditions.CheckNotNull(settings);
        Preconditions.CheckNotNull(by);
        Preconditions.CheckArgument(!id.IsEmpty, nameof(id), "A change needs an id.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(title), nameof(title), "A change has a title.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(description), nameof(description), "A change says what is to change, and why.");
        var serviceIds = Checked(services, s => !s.IsEmpty, nameof(services), "A service id is empty.");
        var items = Checked(configurationItems, c => !c.IsEmpty, nameof(configurationItems), "A configuration item id is empty.");
        Preconditions.CheckArgument(serviceIds.Length + items.Length > 0, nameof(services), ScopeRule);

        var change = new Change(settings) { Id = id };
        ChangeLifecycle.Instance.Authorise(change, settings.Roles, change, ChangeState.Draft, new(ChangeTrigger.Request, by, at));
        change.Record(new ChangeRequested(at, by, id, model, title, description, serviceIds, items, template?.Id, template?.Plans, template?.ExpiresAt));
        return change;
    }

    private static void CheckWindow(Interval window, Instant at) =>
        Preconditions.CheckArgument(IsWindow(window, at), nameof(window), $"The window {window} is not one a change is scheduled in: it has a start and an end, lasts some time, and ends after {at}.");

    /// <summary>The conflicts of the window with the schedule, when they are overridden; refused without a reason.</summary>
    private ImmutableArray<ScheduleConflict> Overridden(ChangeSchedule schedule, Interval window, string implementer, string? overrideReason)
    {
        Preconditions.CheckNotNull(schedule);
        var conflicts = schedule.ConflictsOf(new ScheduledChange(Id, window, [.. ConfigurationItems], string.IsNullOrWhiteSpace(implementer) ? "-" : implementer)).ToImmutableArray();
        Preconditions.CheckArgument(
            conflicts.IsEmpty || !string.IsNullOrWhiteSpace(overrideReason),
            nameof(overrideReason),
            $"Change '{Id}' in {window} conflicts with the schedule ({string.Join("; ", conflicts.Select(c => $"{c.Kind}{(c.With is { } with ? " with " + with.Value : string.Empty)}: {c.Detail}"))}); {ConflictsNeedOverride}.");
        return conflicts;
    }

    private static string? Reason(ImmutableArray<ScheduleConflict> conflicts, string? overrideReason) => conflicts.IsEmpty ? null : overrideReason;

    private void DecideAsManager(ChangeTrigger trigger, Actor by, Instant at, string reasons)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reasons), nameof(reasons), "A decision on a change records its reasons.");
        Execute(trigger, by, at, () => new ChangeDecided(at, by, ChangeAuthority.ChangeManager, trigger == ChangeTrigger.Authorize, reasons));
    }

    private void Link(Actor by, Instant at, ChangeLinkKind kind, string? id, string name)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(id), name, "A link names the record's id.");
        Preconditions.CheckArgument(!LinkedIds(kind).Contains(id, StringComparer.Ordinal), name, $"Change '{Id}' already links '{id}' ({kind}); a record is linked once.");
        Execute(ChangeTrigger.Link, by, at, () => new ChangeLinked(at, by, kind, id));
    }

    private void Execute(ChangeTrigger trigger, Actor by, Instant at, Func<ChangeEvent> create)
    {
        Authorise(trigger, by, at);
        Record(create());
    }

    /// <summary>Every check a command passes before it records anything (the kernel's pipeline).</summary>
    private void Authorise(ChangeTrigger trigger, Actor by, Instant at) =>
        ChangeLifecycle.Instance.Authorise(this, _settings.Roles, this, State, new Command<ChangeTrigger>(trigger, by, at));

    private static Instant? TryAdd(BusinessCalendar calendar, Instant at, Duration amount)
    {
        try
        {
            return calendar.Add(at, amount);
        }
        catch (BusinessTimeUnreachableException)
        {
            return null;
        }
    }
}
