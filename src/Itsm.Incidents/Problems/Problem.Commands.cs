using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Incidents;

// The commands and queries of a problem.
public sealed partial class Problem
{
    /// <summary>Logs a problem.</summary>
    /// <param name="id">The problem's id, from the host.</param>
    /// <param name="title">A short title; not empty.</param>
    /// <param name="description">What is known of the problem; not empty.</param>
    /// <param name="service">The affected service.</param>
    /// <param name="configurationItems">The configuration items involved (may be empty).</param>
    /// <param name="priority">The priority, P1 to P5.</param>
    /// <param name="owner">Who owns the problem (normally a problem manager).</param>
    /// <param name="settings">The host's settings (role policies, observation period).</param>
    /// <param name="by">Who logs it.</param>
    /// <param name="at">When.</param>
    /// <returns>The problem, <see cref="ProblemState.New"/>.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An argument breaks its rule (an empty id, title, description or service, an
    /// empty configuration item, a priority outside P1 to P5).</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not log problems.</exception>
    public static Problem Log(
        Id<Kinds.Problem> id,
        string title,
        string description,
        Id<Kinds.Service> service,
        IEnumerable<Id<Kinds.ConfigurationItem>> configurationItems,
        Priority priority,
        Actor owner,
        ProblemSettings settings,
        Actor by,
        Instant at)
    {
        Preconditions.CheckNotNull(settings);
        Preconditions.CheckNotNull(by);
        Preconditions.CheckNotNull(owner);
        Preconditions.CheckNotNull(title);
        Preconditions.CheckNotNull(description);
        Preconditions.CheckNotNull(configurationItems);
        Preconditions.CheckArgument(!id.IsEmpty, nameof(id), "A problem needs an id.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(title), nameof(title), "A problem has a title.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(description), nameof(description), "A problem has a description of what is known.");
        Preconditions.CheckArgument(!service.IsEmpty, nameof(service), "A problem names the affected service.");
        Preconditions.CheckArgument(priority is >= Priority.P1 and <= Priority.P5, nameof(priority), $"{priority} is not a priority; use P1 to P5.");
        var cis = configurationItems.ToImmutableArray();
        Preconditions.CheckArgument(cis.All(c => !c.IsEmpty), nameof(configurationItems), "A configuration item id is empty.");

        var problem = new Problem(settings) { Id = id };
        ProblemLifecycle.Instance.Authorise(problem, settings.Roles, problem, ProblemState.New, new(ProblemTrigger.Log, by, at));
        problem.Record(new ProblemLogged(at, by, id, title, description, service, cis, priority, owner));
        return problem;
    }

    /// <summary>Rebuilds a problem from its events, without building a state machine.</summary>
    /// <param name="events">The events, oldest first, versions 1, 2, 3...</param>
    /// <param name="settings">The host's settings.</param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidHistoryException">The events do not start with the logging, skip a version, go back in
    /// time, break a rule of their content, or hold a transition the lifecycle does not allow.</exception>
    public static Problem FromEvents(IEnumerable<ProblemEvent> events, ProblemSettings settings)
    {
        var problem = new Problem(Preconditions.CheckNotNull(settings));
        problem.Replay(events);
        return problem;
    }

    /// <summary>Links an incident the problem causes. An incident is linked once: linking it again is refused (see
    /// <see cref="IsLinked"/>).</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="incident">The incident; not empty and not yet linked.</param>
    /// <exception cref="ArgumentException">The incident is empty or already linked, or <paramref name="at"/> is before the
    /// last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not link incidents.</exception>
    /// <exception cref="InvalidTransitionException">The problem is resolved or has ended (a recurrence during observation is
    /// <see cref="RecordRecurrence"/>).</exception>
    public void LinkIncident(Actor by, Instant at, Id<Kinds.Incident> incident)
    {
        CheckNotLinked(incident);
        Execute(ProblemTrigger.LinkIncident, by, at, () => new ProblemIncidentLinked(at, by, incident));
    }

    /// <summary>Records why incident trends justify analysing the problem (replacing an earlier justification): root cause
    /// analysis may then start without a linked incident.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="justification">The trend and why it justifies analysis; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="justification"/> is empty, or <paramref name="at"/> is before the
    /// last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not record it.</exception>
    /// <exception cref="InvalidTransitionException">The problem is past root cause analysis.</exception>
    public void RecordTrendJustification(Actor by, Instant at, string justification)
    {
        Preconditions.CheckNotNull(justification);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(justification), nameof(justification), "A trend justification says which trend justifies analysing the problem.");
        Execute(ProblemTrigger.RecordTrendJustification, by, at, () => new ProblemTrendJustificationRecorded(at, by, justification));
    }

    /// <summary>Starts assessing a new problem.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not start the assessment.</exception>
    /// <exception cref="InvalidTransitionException">The problem is not new.</exception>
    public void StartAssessment(Actor by, Instant at) => Execute(ProblemTrigger.StartAssessment, by, at, () => new ProblemAssessmentStarted(at, by));

    /// <summary>Starts root cause analysis, which needs at least one linked incident or a recorded trend justification.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not start the analysis.</exception>
    /// <exception cref="InvalidTransitionException">The problem is not being assessed, or has neither a linked incident nor
    /// a trend justification.</exception>
    public void StartRootCauseAnalysis(Actor by, Instant at) =>
        Execute(ProblemTrigger.StartRootCauseAnalysis, by, at, () => new ProblemRootCauseAnalysisStarted(at, by));

    /// <summary>
    /// Records the root cause and/or a workaround and creates the <see cref="KnownError"/> in draft, with the problem's
    /// service and configuration items. Both records' rules are checked (this problem's role policy and lifecycle, the
    /// known error's role policy for drafting) before anything is recorded; the problem keeps the known error's id.
    /// </summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="knownError">The new known error's id, from the host; not empty and not one this problem identified before.</param>
    /// <param name="symptom">The symptom incident management will search for; not empty.</param>
    /// <param name="rootCause">The root cause, or null when only a workaround is known.</param>
    /// <param name="workaround">The workaround, or null when none is known; at least one of the two, neither empty.</param>
    /// <returns>The new known error, <see cref="KnownErrorState.Draft"/>; the host stores it.</returns>
    /// <exception cref="ArgumentException">An argument breaks its rule, or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not identify known errors on the problem,
    /// or may not draft known errors.</exception>
    /// <exception cref="InvalidTransitionException">The problem is not in root cause analysis.</exception>
    public KnownError IdentifyKnownError(Actor by, Instant at, Id<Kinds.KnownError> knownError, string symptom, string? rootCause, string? workaround)
    {
        Preconditions.CheckArgument(!knownError.IsEmpty, nameof(knownError), "A known error needs an id.");
        Preconditions.CheckArgument(!_knownErrors.Contains(knownError), nameof(knownError), $"Problem '{Id}' already identified known error '{knownError}'; a new analysis needs a new known error id.");
        Incidents.KnownError.CheckContent(symptom, rootCause, workaround);
        Authorise(ProblemTrigger.IdentifyKnownError, by, at);

        // The known error checks its own role policy; nothing is recorded on the problem until it exists.
        var created = Incidents.KnownError.Draft(knownError, this, symptom, rootCause, workaround, _settings.KnownErrors, by, at);
        Record(new ProblemKnownErrorIdentified(at, by, knownError, symptom, rootCause, workaround));
        return created;
    }

    /// <summary>Records the root cause found after the known error was identified with a workaround only. Once per
    /// analysis: a different root cause means <see cref="Reanalyse"/>.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="rootCause">The root cause; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="rootCause"/> is empty, or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not record it.</exception>
    /// <exception cref="InvalidTransitionException">The problem has no known error yet, has ended, or already has a root cause.</exception>
    public void RecordRootCause(Actor by, Instant at, string rootCause)
    {
        Preconditions.CheckNotNull(rootCause);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(rootCause), nameof(rootCause), "A root cause is not empty.");
        Execute(ProblemTrigger.RecordRootCause, by, at, () => new ProblemRootCauseRecorded(at, by, rootCause));
    }

    /// <summary>Starts the fix, implemented by a change (root-cause fixes go through change management).</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="change">The change; not empty.</param>
    /// <exception cref="ArgumentException">The change is empty, or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not start the fix.</exception>
    /// <exception cref="InvalidTransitionException">No known error was identified, or a risk acceptance waits for a decision.</exception>
    public void StartFix(Actor by, Instant at, Id<Kinds.Change> change)
    {
        Preconditions.CheckArgument(!change.IsEmpty, nameof(change), "A fix names the change that implements it.");
        Execute(ProblemTrigger.StartFix, by, at, () => new ProblemFixStarted(at, by, change));
    }

    /// <summary>Records that the fix is implemented: the observation period of the settings starts, after which
    /// <see cref="Advance"/> closes the problem unless it recurs.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="notes">What was done; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="notes"/> is empty, <paramref name="at"/> is before the last command,
    /// or the observation period would end beyond the instants NodaTime represents.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not resolve.</exception>
    /// <exception cref="InvalidTransitionException">No fix is in progress.</exception>
    public void Resolve(Actor by, Instant at, string notes)
    {
        Preconditions.CheckNotNull(notes);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(notes), nameof(notes), "A resolution needs notes that say what the fix did.");
        Preconditions.CheckArgument(at <= Instant.MaxValue - _settings.ObservationPeriod, nameof(at), "The observation period would end beyond the instants NodaTime represents.");
        Execute(ProblemTrigger.Resolve, by, at, () => new ProblemResolved(at, by, notes, at + _settings.ObservationPeriod));
    }

    /// <summary>Records an incident that shows the problem recurred during observation: the incident is linked and the
    /// problem goes back to root cause analysis (its root cause, workaround, known error and change are cleared).</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When; before <see cref="ObservationEndsAt"/>.</param>
    /// <param name="incident">The recurring incident; not empty and not yet linked.</param>
    /// <exception cref="ArgumentException">The incident is empty or already linked, or <paramref name="at"/> is before the
    /// last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not record recurrences.</exception>
    /// <exception cref="InvalidTransitionException">The problem is not resolved, or its observation period has passed.</exception>
    public void RecordRecurrence(Actor by, Instant at, Id<Kinds.Incident> incident)
    {
        CheckNotLinked(incident);
        Execute(ProblemTrigger.RecordRecurrence, by, at, () => new ProblemRecurrenceRecorded(at, by, incident));
    }

    /// <summary>Sends the problem back to root cause analysis (the root cause or the fix was wrong); its root cause,
    /// workaround, known error and change are cleared, and the next analysis identifies a new known error.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty, or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not reanalyse.</exception>
    /// <exception cref="InvalidTransitionException">The problem has no known error yet, or has ended.</exception>
    public void Reanalyse(Actor by, Instant at, string reason)
    {
        Preconditions.CheckNotNull(reason);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reason), nameof(reason), "A reanalysis needs a reason.");
        Execute(ProblemTrigger.Reanalyse, by, at, () => new ProblemReanalysed(at, by, reason));
    }

    /// <summary>Escalates the problem: functionally to another owner with the skills or access needed (the problem is
    /// handed to them), or hierarchically one level up the management line.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="kind">Functional or hierarchical.</param>
    /// <param name="reason">Why; not empty.</param>
    /// <param name="toOwner">The new owner; required for a functional escalation and other than the current owner, not
    /// allowed for a hierarchical one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException">The reason is empty, or the arguments do not fit the kind.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not escalate.</exception>
    /// <exception cref="InvalidTransitionException">The problem is resolved or has ended.</exception>
    public void Escalate(Actor by, Instant at, EscalationKind kind, string reason, Actor? toOwner = null)
    {
        Preconditions.CheckNotNull(reason);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reason), nameof(reason), "An escalation needs a reason.");
        var broken = Escalations.BrokenRule(kind, toOwner is not null, Owner.Equals(toOwner), "owner");
        Preconditions.CheckArgument(broken is null, Enum.IsDefined(kind) ? nameof(toOwner) : nameof(kind), $"Escalating problem '{Id}' {kind} to '{toOwner?.Id}' (its owner is '{Owner.Id}'): {broken}.");
        int level = Escalations.LevelAfter(kind, EscalationLevel);
        Execute(ProblemTrigger.Escalate, by, at, () => new ProblemEscalated(at, by, kind, toOwner, level, reason));
    }

    /// <summary>Marks the problem a duplicate of another problem.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="of">The problem it duplicates; not empty and not this problem.</param>
    /// <exception cref="ArgumentException">The other problem is empty or this problem, or <paramref name="at"/> is before
    /// the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not mark duplicates.</exception>
    /// <exception cref="InvalidTransitionException">The problem is past root cause analysis or has ended.</exception>
    public void MarkDuplicate(Actor by, Instant at, Id<Kinds.Problem> of)
    {
        Preconditions.CheckArgument(!of.IsEmpty, nameof(of), "A duplicate names the problem it duplicates.");
        Preconditions.CheckArgument(of != Id, nameof(of), $"Problem '{Id}' cannot duplicate itself.");
        Execute(ProblemTrigger.MarkDuplicate, by, at, () => new ProblemMarkedDuplicate(at, by, of));
    }

    /// <summary>Cancels the problem.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty, or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not cancel.</exception>
    /// <exception cref="InvalidTransitionException">The problem is past root cause analysis or has ended.</exception>
    public void Cancel(Actor by, Instant at, string reason)
    {
        Preconditions.CheckNotNull(reason);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reason), nameof(reason), "Cancelling a problem needs a reason.");
        Execute(ProblemTrigger.Cancel, by, at, () => new ProblemCancelled(at, by, reason));
    }

    /// <summary>Proposes accepting the risk instead of fixing the problem (replacing a pending proposal); an approver
    /// decides with <see cref="AcceptRisk"/> or <see cref="DeclineRiskAcceptance"/>.</summary>
    /// <param name="by">Who proposes it.</param>
    /// <param name="at">When.</param>
    /// <param name="rationale">Why the risk is acceptable; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="rationale"/> is empty, or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not propose it.</exception>
    /// <exception cref="InvalidTransitionException">The problem is new, has a fix under way, or has ended.</exception>
    public void ProposeRiskAcceptance(Actor by, Instant at, string rationale)
    {
        Preconditions.CheckNotNull(rationale);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(rationale), nameof(rationale), "A risk acceptance needs a rationale that says why the risk is acceptable.");
        Execute(ProblemTrigger.ProposeRiskAcceptance, by, at, () => new ProblemRiskAcceptanceProposed(at, by, rationale));
    }

    /// <summary>Declines the pending risk acceptance; the problem carries on.</summary>
    /// <param name="by">Who declines it.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty, or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not decide on risk acceptances.</exception>
    /// <exception cref="InvalidTransitionException">No risk acceptance is pending.</exception>
    public void DeclineRiskAcceptance(Actor by, Instant at, string reason)
    {
        Preconditions.CheckNotNull(reason);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reason), nameof(reason), "Declining a risk acceptance needs a reason.");
        Execute(ProblemTrigger.DeclineRiskAcceptance, by, at, () => new ProblemRiskAcceptanceDeclined(at, by, reason));
    }

    /// <summary>Approves the pending risk acceptance: the problem ends, <see cref="ProblemState.RiskAccepted"/>, with the
    /// approver and the proposal's rationale on record. The approver is the acting actor: by default neither the
    /// problem's owner nor the proposer (<see cref="ProblemRoles.IndependentRiskApproval"/>).</summary>
    /// <param name="by">The approver.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not approve risk acceptances, or is the
    /// owner or the proposer.</exception>
    /// <exception cref="InvalidTransitionException">No risk acceptance is pending.</exception>
    public void AcceptRisk(Actor by, Instant at) => Execute(ProblemTrigger.AcceptRisk, by, at, () => new ProblemRiskAccepted(at, by));

    /// <summary>
    /// Applies what time made due by <paramref name="now"/>: closes a resolved problem whose observation period has
    /// passed without recurrence (recorded as <see cref="Actor.System"/>).
    /// </summary>
    /// <param name="by">Who advances time (normally <see cref="Actor.System"/>).</param>
    /// <param name="now">The host's current instant; not before the last command.</param>
    /// <returns>The events recorded, oldest first; empty when nothing was due.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="now"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not advance problems.</exception>
    public IReadOnlyList<ProblemEvent> Advance(Actor by, Instant now)
    {
        Authorise(ProblemTrigger.Advance, by, now);
        long before = Version;
        if (ProblemLifecycle.Instance.TryAuthorise(this, _settings.Roles, this, State, new(ProblemTrigger.Close, Actor.System, now), out _))
        {
            Record(new ProblemClosed(now, Actor.System));
        }

        return [.. Events.Skip((int)before)];
    }

    /// <summary>The next instant at which <see cref="Advance"/> has something to do: the end of the observation period
    /// of a resolved problem (<paramref name="now"/> itself when it has passed); null otherwise.</summary>
    /// <param name="now">The host's current instant.</param>
    /// <returns>The instant to arm a timer for.</returns>
    public Instant? NextDueAt(Instant now) =>
        ObservationEndsAt is { } end && IsDue(ProblemTrigger.Close, Instant.Max(end, now)) ? Instant.Max(end, now) : null;

    /// <summary>Lists the rules that stop a command now, without throwing: the role policy's and the lifecycle's (for
    /// <see cref="ProblemTrigger.IdentifyKnownError"/> also the known error's role policy for drafting). Argument rules
    /// (an incident already linked, say) are checked by the commands.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When it would be dated (the close and recurrences depend on it).</param>
    /// <returns>The unmet rules; empty when the command is allowed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public IReadOnlyList<string> UnmetRules(ProblemTrigger trigger, Actor actor, Instant at)
    {
        var unmet = ProblemLifecycle.Instance.UnmetRules(this, _settings.Roles, this, State, new(trigger, actor, at));
        return trigger == ProblemTrigger.IdentifyKnownError ? [.. unmet, .. Incidents.KnownError.UnmetDraftRules(_settings.KnownErrors, actor)] : unmet;
    }

    /// <summary>Returns whether a command is allowed now.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When it would be dated.</param>
    /// <returns>True when <see cref="UnmetRules"/> is empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public bool CanFire(ProblemTrigger trigger, Actor actor, Instant at) => UnmetRules(trigger, actor, at).Count == 0;

    /// <summary>Draws the problem lifecycle as a Mermaid state diagram, generated from its Stateless configuration.</summary>
    /// <returns>The Mermaid text.</returns>
    public static string LifecycleDiagram() => ProblemLifecycle.Instance.ToMermaid();

    private void CheckNotLinked(Id<Kinds.Incident> incident)
    {
        Preconditions.CheckArgument(!incident.IsEmpty, nameof(incident), "A linked incident needs an id.");
        Preconditions.CheckArgument(!_linkedSet.Contains(incident), nameof(incident), $"Incident '{incident}' is already linked to problem '{Id}'; an incident is linked once.");
    }

    private void Execute(ProblemTrigger trigger, Actor by, Instant at, Func<ProblemEvent> create)
    {
        Authorise(trigger, by, at);
        Record(create());
    }

    /// <summary>Every check a command passes before it records anything (the kernel's pipeline).</summary>
    private void Authorise(ProblemTrigger trigger, Actor by, Instant at) =>
        ProblemLifecycle.Instance.Authorise(this, _settings.Roles, this, State, new(trigger, by, at));

    /// <summary>Whether the lifecycle permits a time-driven command at an instant (the rule asked, not spelled again).</summary>
    private bool IsDue(ProblemTrigger trigger, Instant at) => ProblemLifecycle.Instance.Permits(this, State, new(trigger, Actor.System, at));

}
