using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Ids;
using Itsm.Sla.Clocks;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Incidents;

// The commands and queries of an incident.
public sealed partial class Incident
{
    /// <summary>Logs an incident: derives its priority, starts its response and resolution clocks.</summary>
    /// <param name="id">The incident's id, from the host.</param>
    /// <param name="caller">Who reported it; not empty.</param>
    /// <param name="service">The affected service.</param>
    /// <param name="configurationItems">The affected configuration items (may be empty).</param>
    /// <param name="category">The category; not empty.</param>
    /// <param name="impact">The impact level, 1 (highest) to the matrix's levels.</param>
    /// <param name="urgency">The urgency level, 1 (highest) to the matrix's levels.</param>
    /// <param name="settings">The host's settings (matrix, SLA policy, role policy, time rules).</param>
    /// <param name="by">Who logs it.</param>
    /// <param name="at">When.</param>
    /// <param name="overridePriority">A priority that overrides the matrix; needs <paramref name="overrideReason"/>.</param>
    /// <param name="overrideReason">Why the matrix is overridden.</param>
    /// <returns>The incident, <see cref="IncidentState.New"/>.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An argument breaks its rule (empty id or caller, a level outside the matrix,
    /// an override without a reason, no SLA target for the priority).</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not log incidents.</exception>
    public static Incident Log(
        Id<Kinds.Incident> id,
        string caller,
        Id<Kinds.Service> service,
        IEnumerable<Id<Kinds.ConfigurationItem>> configurationItems,
        string category,
        int impact,
        int urgency,
        IncidentSettings settings,
        Actor by,
        Instant at,
        Priority? overridePriority = null,
        string? overrideReason = null)
    {
        Preconditions.CheckNotNull(settings);
        Preconditions.CheckNotNull(by);
        Preconditions.CheckNotNull(caller);
        Preconditions.CheckNotNull(category);
        Preconditions.CheckNotNull(configurationItems);
        Preconditions.CheckArgument(!id.IsEmpty, nameof(id), "An incident needs an id.");
        Preconditions.CheckArgument(!service.IsEmpty, nameof(service), "An incident names the affected service.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(caller), nameof(caller), "An incident names its caller.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(category), nameof(category), "An incident has a category.");
        var cis = configurationItems.ToImmutableArray();
        Preconditions.CheckArgument(cis.All(c => !c.IsEmpty), nameof(configurationItems), "A configuration item id is empty.");
        var (priority, reason) = ChoosePriority(settings, impact, urgency, overridePriority, overrideReason);
        var (response, resolution) = Targets(settings, priority);

        var incident = new Incident(settings) { Id = id };
        IncidentLifecycle.Instance.Authorise(incident, settings.Roles, incident, IncidentState.New, new(IncidentTrigger.Log, by, at));
        incident.Record(new IncidentLogged(at, by, id, caller, service, cis, category, impact, urgency, priority, reason, response, resolution));
        return incident;
    }

    /// <summary>Rebuilds an incident from its events, without building a state machine.</summary>
    /// <param name="events">The events, oldest first, versions 1, 2, 3...</param>
    /// <param name="settings">The host's settings.</param>
    /// <returns>The incident.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidHistoryException">The events do not start with a logging, skip a version, go back in time,
    /// or hold a transition the lifecycle does not allow.</exception>
    public static Incident FromEvents(IEnumerable<IncidentEvent> events, IncidentSettings settings)
    {
        var incident = new Incident(Preconditions.CheckNotNull(settings));
        incident.Replay(events);
        return incident;
    }

    /// <summary>Assigns (or reassigns) the incident to a group and optionally a person; a new incident starts progress.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="group">The group.</param>
    /// <param name="assignee">The person, or null.</param>
    /// <exception cref="ArgumentException">The group is empty, or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not assign.</exception>
    /// <exception cref="InvalidTransitionException">The incident is on hold, resolved, closed or cancelled.</exception>
    public void Assign(Actor by, Instant at, Id<Kinds.Group> group, string? assignee = null)
    {
        Preconditions.CheckArgument(!group.IsEmpty, nameof(group), "An assignment names a group.");
        Execute(IncidentTrigger.Assign, by, at, () => new IncidentAssigned(at, by, group, assignee));
    }

    /// <summary>Acknowledges the assignment: the response clock stops. Once per incident.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not acknowledge.</exception>
    /// <exception cref="InvalidTransitionException">The incident is not in progress, or was already acknowledged.</exception>
    public void Acknowledge(Actor by, Instant at) => Execute(IncidentTrigger.Acknowledge, by, at, () => new IncidentAcknowledged(at, by));

    /// <summary>Puts the incident on hold; the resolution clock pauses.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why it waits.</param>
    /// <param name="change">The change it waits for: required for <see cref="Incidents.HoldReason.AwaitingChange"/>, not
    /// allowed otherwise.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is not defined, or the change and the reason do not
    /// fit together.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not put it on hold.</exception>
    /// <exception cref="InvalidTransitionException">The incident is not in progress.</exception>
    public void PutOnHold(Actor by, Instant at, HoldReason reason, Id<Kinds.Change>? change = null)
    {
        Preconditions.CheckArgument(Enum.IsDefined(reason), nameof(reason), $"{reason} is not a hold reason.");
        Preconditions.CheckArgument(
            (reason == Incidents.HoldReason.AwaitingChange) == change is { IsEmpty: false },
            nameof(change),
            $"An incident awaiting a change names the change, and only one awaiting a change does (reason {reason}, change '{change}').");
        Execute(IncidentTrigger.PutOnHold, by, at, () => new IncidentPutOnHold(at, by, reason, change));
    }

    /// <summary>Names the change that caused the incident (recorded again, the latest naming stands).</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="change">The change; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="change"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not record it.</exception>
    /// <exception cref="InvalidTransitionException">The incident was cancelled.</exception>
    public void RecordCausingChange(Actor by, Instant at, Id<Kinds.Change> change)
    {
        Preconditions.CheckArgument(!change.IsEmpty, nameof(change), "A causing change is named by its id.");
        Execute(IncidentTrigger.RecordCausingChange, by, at, () => new IncidentCausedByChange(at, by, change));
    }

    /// <summary>Resumes work after a hold; the resolution clock runs again.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not resume.</exception>
    /// <exception cref="InvalidTransitionException">The incident is not on hold.</exception>
    public void Resume(Actor by, Instant at) => Execute(IncidentTrigger.Resume, by, at, () => new IncidentResumed(at, by));

    /// <summary>Records the resolution; the clocks stop.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="code">The resolution code; not empty.</param>
    /// <param name="notes">The resolution notes; not empty.</param>
    /// <exception cref="ArgumentException">The code or notes are empty.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not resolve.</exception>
    /// <exception cref="InvalidTransitionException">The incident is not in progress or on hold, or it is a parent
    /// (<see cref="IncidentFamily.Resolve"/> resolves a parent with its open children).</exception>
    public void Resolve(Actor by, Instant at, string code, string notes)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(code), nameof(code), "A resolution needs a resolution code.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(notes), nameof(notes), "A resolution needs notes that say what was done.");
        Execute(IncidentTrigger.Resolve, by, at, () => new IncidentResolved(at, by, code, notes));
    }

    /// <summary>Closes the incident on the caller's confirmation.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not close.</exception>
    /// <exception cref="InvalidTransitionException">The incident is not resolved.</exception>
    public void Close(Actor by, Instant at) => Execute(IncidentTrigger.Close, by, at, () => new IncidentClosed(at, by, ClosureKind.CallerConfirmed));

    /// <summary>Reopens a resolved incident within the reopen window: the resolution clock starts a new cycle.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When; at or before <see cref="ReopenDeadline"/>.</param>
    /// <param name="reason">Why; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not reopen.</exception>
    /// <exception cref="InvalidTransitionException">The incident is not resolved, the window has passed, or it is a child
    /// (<see cref="IncidentFamily.Reopen"/> reopens a child with its resolved parent).</exception>
    public void Reopen(Actor by, Instant at, string reason)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reason), nameof(reason), "A reopen needs a reason.");
        Execute(IncidentTrigger.Reopen, by, at, () => new IncidentReopened(at, by, reason));
    }

    /// <summary>Cancels the incident; its running clocks are cancelled.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why.</param>
    /// <param name="duplicateOf">The incident this one duplicates; required for <see cref="Incidents.CancelReason.Duplicate"/>, not
    /// allowed otherwise, and not this incident.</param>
    /// <exception cref="ArgumentException">The reason and the duplicate do not fit together.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not cancel.</exception>
    /// <exception cref="InvalidTransitionException">The incident is neither new nor in progress.</exception>
    public void Cancel(Actor by, Instant at, CancelReason reason, Id<Kinds.Incident>? duplicateOf = null)
    {
        Preconditions.CheckArgument(Enum.IsDefined(reason), nameof(reason), $"{reason} is not a cancel reason.");
        Preconditions.CheckArgument(
            (reason == Incidents.CancelReason.Duplicate) == duplicateOf is { IsEmpty: false },
            nameof(duplicateOf),
            "A duplicate names the incident it duplicates, and only a duplicate does.");
        Preconditions.CheckArgument(duplicateOf != Id, nameof(duplicateOf), $"Incident '{Id}' cannot duplicate itself.");
        Execute(IncidentTrigger.Cancel, by, at, () => new IncidentCancelled(at, by, reason, duplicateOf));
    }

    /// <summary>Changes impact and urgency (the priority is derived again) or overrides the priority with a reason; the
    /// SLA clocks are retargeted from their original start.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="impact">The impact level.</param>
    /// <param name="urgency">The urgency level.</param>
    /// <param name="overridePriority">A priority that overrides the matrix; needs <paramref name="overrideReason"/>.</param>
    /// <param name="overrideReason">Why the matrix is overridden.</param>
    /// <exception cref="ArgumentException">A level is outside the matrix, an override has no reason, or the policy has
    /// no target for the priority.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not change the priority.</exception>
    /// <exception cref="InvalidTransitionException">The incident is resolved, closed or cancelled.</exception>
    public void ChangePriority(Actor by, Instant at, int impact, int urgency, Priority? overridePriority = null, string? overrideReason = null)
    {
        var (priority, reason) = ChoosePriority(_settings, impact, urgency, overridePriority, overrideReason);
        var (response, resolution) = Targets(_settings, priority);
        Execute(IncidentTrigger.ChangePriority, by, at, () => new IncidentPriorityChanged(at, by, impact, urgency, priority, reason, response, resolution));
    }

    /// <summary>Escalates the incident: functionally to another group (it is reassigned), or hierarchically one level up
    /// the management line.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="kind">Functional or hierarchical.</param>
    /// <param name="reason">Why; not empty.</param>
    /// <param name="toGroup">The new group; required for a functional escalation and different from the current group,
    /// not allowed for a hierarchical one.</param>
    /// <exception cref="ArgumentException">The arguments do not fit the kind.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not escalate.</exception>
    /// <exception cref="InvalidTransitionException">The incident is resolved, closed or cancelled.</exception>
    public void Escalate(Actor by, Instant at, EscalationKind kind, string reason, Id<Kinds.Group>? toGroup = null)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reason), nameof(reason), "An escalation needs a reason.");
        var broken = Escalations.BrokenRule(kind, toGroup is { IsEmpty: false }, toGroup == Group, "group");
        Preconditions.CheckArgument(broken is null, Enum.IsDefined(kind) ? nameof(toGroup) : nameof(kind), $"Escalating incident '{Id}' {kind} to '{toGroup}' (its group is '{Group}'): {broken}.");
        int level = Escalations.LevelAfter(kind, EscalationLevel);
        Execute(IncidentTrigger.Escalate, by, at, () => new IncidentEscalated(at, by, kind, toGroup, level, reason));
    }

    /// <summary>Applies a published known error's workaround to the incident; the workaround is recorded as published now.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="knownError">The known error; published, with a workaround.</param>
    /// <exception cref="ArgumentNullException"><paramref name="knownError"/> is null.</exception>
    /// <exception cref="ArgumentException">The known error is not published (a draft, retired or superseded one is not
    /// applied).</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not apply workarounds.</exception>
    /// <exception cref="InvalidTransitionException">The incident is resolved, closed or cancelled.</exception>
    public void ApplyWorkaround(Actor by, Instant at, KnownError knownError)
    {
        Preconditions.CheckNotNull(knownError);
        Preconditions.CheckArgument(
            knownError.IsPublished && !string.IsNullOrWhiteSpace(knownError.Workaround),
            nameof(knownError),
            $"Known error '{knownError.Id}' is {knownError.State}; only a published known error's workaround is applied to an incident.");
        Execute(IncidentTrigger.ApplyWorkaround, by, at, () => new IncidentWorkaroundApplied(at, by, knownError.Id, knownError.Workaround!));
    }

    /// <summary>Records security facts: the security class goes up when the settings' classifier says so, and never down
    /// (use <see cref="DowngradeSecurity"/>).</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="facts">What is known.</param>
    /// <returns>The class after the command: raised, or unchanged (nothing is recorded then).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not classify.</exception>
    /// <exception cref="InvalidTransitionException">The incident is closed or cancelled.</exception>
    public SecurityClass ClassifySecurity(Actor by, Instant at, SecurityFacts facts)
    {
        var computed = _settings.SecurityClassifier.Classify(Preconditions.CheckNotNull(facts));
        if (computed <= SecurityClass)
        {
            // Nothing to record, but the command is checked as any other: a closed incident refuses it.
            Authorise(IncidentTrigger.ClassifySecurity, by, at);
            return SecurityClass;
        }

        // A major security class proposes a major incident, checked before anything is recorded so the command
        // applies whole or not at all.
        bool propose = computed == SecurityClass.MajorIncident && MajorProposalReason is null && CanFire(IncidentTrigger.ProposeMajor, Actor.System, at);
        Execute(IncidentTrigger.ClassifySecurity, by, at, () => new IncidentSecurityClassified(at, by, computed, facts, null));
        if (propose)
        {
            Execute(IncidentTrigger.ProposeMajor, Actor.System, at, () => new IncidentMajorProposed(at, Actor.System, "the security classification is a major incident"));
        }

        return computed;
    }

    /// <summary>Lowers the security class, with a reason (re-classification only goes up by itself).</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="securityClass">The lower class.</param>
    /// <param name="reason">Why; not empty.</param>
    /// <exception cref="ArgumentException">The class is not lower than the current one, or the reason is empty.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not lower it.</exception>
    /// <exception cref="InvalidTransitionException">The incident is closed or cancelled.</exception>
    public void DowngradeSecurity(Actor by, Instant at, SecurityClass securityClass, string reason)
    {
        Preconditions.CheckArgument(
            Enum.IsDefined(securityClass) && securityClass < SecurityClass,
            nameof(securityClass),
            $"{securityClass} is not lower than the current security class {SecurityClass}.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reason), nameof(reason), "Lowering a security class needs a reason.");
        Execute(IncidentTrigger.DowngradeSecurity, by, at, () => new IncidentSecurityClassified(at, by, securityClass, null, reason));
    }

    /// <summary>Proposes that the incident is a major incident; the incident manager decides (<see cref="DeclareMajor"/>).</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not propose.</exception>
    /// <exception cref="InvalidTransitionException">The incident is resolved, closed, cancelled or already major.</exception>
    public void ProposeMajor(Actor by, Instant at, string reason)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reason), nameof(reason), "A major incident proposal needs a reason.");
        Execute(IncidentTrigger.ProposeMajor, by, at, () => new IncidentMajorProposed(at, by, reason));
    }

    /// <summary>Declares the incident a major incident, with its owner.</summary>
    /// <param name="by">Who (an incident manager by default).</param>
    /// <param name="at">When.</param>
    /// <param name="owner">Who owns the major incident; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="owner"/> is empty.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not declare.</exception>
    /// <exception cref="InvalidTransitionException">The incident is resolved, closed, cancelled or already major.</exception>
    public void DeclareMajor(Actor by, Instant at, string owner)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(owner), nameof(owner), "A major incident needs an owner.");
        Execute(IncidentTrigger.DeclareMajor, by, at, () => new IncidentMajorDeclared(at, by, owner));
    }

    /// <summary>Records a progress update: the customer, or top management on a major incident, was informed. The next
    /// interval the audience is owed an update counts from it.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When; not before the last command.</param>
    /// <param name="audience">Whom it informed.</param>
    /// <param name="text">What it said (for management: who was informed, and how); not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="audience"/> is not an audience, or <paramref name="text"/> is
    /// empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not record it (the role policy's entries
    /// are <see cref="IncidentTrigger.RecordProgressUpdate"/> for the customer and
    /// <see cref="IncidentTrigger.RecordTopManagementInformed"/> for management).</exception>
    /// <exception cref="InvalidTransitionException">The incident is closed or cancelled, or it informs management of an
    /// incident that is not major.</exception>
    public void RecordProgressUpdate(Actor by, Instant at, UpdateAudience audience, string text)
    {
        Preconditions.CheckArgument(Enum.IsDefined(audience), nameof(audience), $"{audience} is not an update audience.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(text), nameof(text), $"A progress update to {audience} says what it told them.");
        Execute(UpdateTrigger(audience), by, at, () => new IncidentProgressUpdated(at, by, audience, text));
    }

    /// <summary>Records that top management was informed of the major incident: a progress update to
    /// <see cref="UpdateAudience.Management"/>.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="note">Who was informed, and how; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="note"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not record it.</exception>
    /// <exception cref="InvalidTransitionException">The incident is not a major incident, or is closed or cancelled.</exception>
    public void RecordTopManagementInformed(Actor by, Instant at, string note) => RecordProgressUpdate(by, at, UpdateAudience.Management, note);

    /// <summary>Records the major incident review; a major incident cannot close before it.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="summary">What the review found and decided; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="summary"/> is empty.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not record it.</exception>
    /// <exception cref="InvalidTransitionException">The incident is not a major incident, or is closed or cancelled.</exception>
    public void RecordMajorReview(Actor by, Instant at, string summary)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(summary), nameof(summary), "A major incident review needs a summary.");
        Execute(IncidentTrigger.RecordMajorReview, by, at, () => new IncidentMajorReviewRecorded(at, by, summary));
    }

    /// <summary>
    /// Applies what time made due by <paramref name="now"/>: raises an SLA warning for every threshold of either clock
    /// that has fired and was not yet raised (once per threshold per cycle; none once the incident is closed or
    /// cancelled), reports every progress update deadline passed without an update (once per missed interval, see
    /// <see cref="ProgressUpdateDueAt"/>), then closes a resolved incident whose automatic close is due (a major incident
    /// only once its review is recorded).
    /// </summary>
    /// <param name="by">Who advances time (normally <see cref="Actor.System"/>).</param>
    /// <param name="now">The host's current instant; not before the last command.</param>
    /// <returns>The events recorded, oldest first; empty when nothing was due.</returns>
    /// <exception cref="ArgumentException"><paramref name="now"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not advance incidents.</exception>
    /// <remarks>A parent incident is not closed by its own <see cref="Advance"/>: it cannot see its children; use
    /// <see cref="IncidentFamily.Advance"/>.</remarks>
    public IReadOnlyList<IncidentEvent> Advance(Actor by, Instant now) => AdvanceCore(by, now, childrenSettled: false);

    /// <summary>The body of <see cref="Advance"/>; <paramref name="childrenSettled"/> says that
    /// <see cref="IncidentFamily"/> has seen every child closed or cancelled.</summary>
    internal IReadOnlyList<IncidentEvent> AdvanceCore(Actor by, Instant now, bool childrenSettled)
    {
        AuthoriseAdvance(by, now);

        // The lifecycle decides whether the automatic close is due (a major incident waits for its review, a parent for
        // its children); checked before the warnings are recorded, so the command applies whole or not at all.
        bool close = IncidentLifecycle.Instance.TryAuthorise(this, _settings.Roles, this, State, new(IncidentTrigger.AutoClose, Actor.System, now, childrenSettled), out _);
        long before = Version;
        foreach (var warning in DueWarnings(now, by).ToList())
        {
            Record(warning);
        }

        foreach (var (audience, dueAt) in MissedUpdates(now))
        {
            Record(new IncidentProgressUpdateOverdue(now, by, audience, dueAt));
        }

        if (close)
        {
            Record(new IncidentClosed(now, Actor.System, ClosureKind.Automatic));
        }

        return [.. Events.Skip((int)before)];
    }

    /// <summary>The next instant at which <see cref="Advance"/> has something to do; <paramref name="now"/> itself when
    /// something is already due; null when nothing will become due without a command.</summary>
    /// <param name="now">The host's current instant.</param>
    /// <returns>The instant to arm a timer for.</returns>
    /// <remarks>A parent incident's automatic close is left out: <see cref="IncidentFamily.NextDueAt"/> includes it once
    /// the children are closed or cancelled.</remarks>
    public Instant? NextDueAt(Instant now) => NextDueAtCore(now, childrenSettled: false);

    /// <summary>The body of <see cref="NextDueAt"/>, for <see cref="IncidentFamily"/>.</summary>
    internal Instant? NextDueAtCore(Instant now, bool childrenSettled)
    {
        if (DueWarnings(now, Actor.System).Any() || MissedUpdates(now).Count > 0)
        {
            return now;
        }

        Instant? next = Earliest(ResponseClock.StatusAt(now).NextTransitionAt, ResolutionClock.StatusAt(now).NextTransitionAt);
        next = Earliest(next, _updateSchedule.NextDueAt(UpdateIntervalOwed, ResolutionClock.Calendar));
        if (AutoCloseAt is { } close && IsAutoCloseDue(Instant.Max(close, now), childrenSettled))
        {
            next = Earliest(next, Instant.Max(close, now));
        }

        return next;
    }

    /// <summary>The status of both SLA clocks at an instant.</summary>
    /// <param name="now">The instant.</param>
    /// <returns>The response and resolution statuses.</returns>
    public IncidentSlaStatus SlaStatusAt(Instant now) => new(ResponseClock.StatusAt(now), ResolutionClock.StatusAt(now));

    /// <summary>Lists the rules that stop a command now, without throwing: the role policy's and the lifecycle's.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When it would be dated (reopen and automatic close depend on it).</param>
    /// <returns>The unmet rules; empty when the command is allowed.</returns>
    public IReadOnlyList<string> UnmetRules(IncidentTrigger trigger, Actor actor, Instant at) => UnmetRulesCore(trigger, actor, at, childrenSettled: false);

    /// <summary>The body of <see cref="UnmetRules"/>, for <see cref="IncidentFamily"/>.</summary>
    internal IReadOnlyList<string> UnmetRulesCore(IncidentTrigger trigger, Actor actor, Instant at, bool childrenSettled, bool family = false) =>
        IncidentLifecycle.Instance.UnmetRules(this, _settings.Roles, this, State, new(trigger, actor, at, childrenSettled, family));

    /// <summary>Returns whether a command is allowed now.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When it would be dated.</param>
    /// <returns>True when <see cref="UnmetRules"/> is empty.</returns>
    public bool CanFire(IncidentTrigger trigger, Actor actor, Instant at) => UnmetRules(trigger, actor, at).Count == 0;

    /// <summary>Draws the incident lifecycle as a Mermaid state diagram, generated from its Stateless configuration.</summary>
    /// <returns>The Mermaid text.</returns>
    public static string LifecycleDiagram() => IncidentLifecycle.Instance.ToMermaid();

    private static (Priority Priority, string? Reason) ChoosePriority(IncidentSettings settings, int impact, int urgency, Priority? overridePriority, string? overrideReason)
    {
        var derived = settings.Matrix.PriorityFor(impact, urgency);
        if (overridePriority is not { } chosen || chosen == derived)
        {
            return (derived, null);
        }

        Preconditions.CheckArgument(chosen is >= Priority.P1 and <= Priority.P5, nameof(overridePriority), $"{chosen} is not a priority; use P1 to P5.");
        Preconditions.CheckArgument(
            !string.IsNullOrWhiteSpace(overrideReason),
            nameof(overrideReason),
            $"Overriding the derived priority {derived} with {chosen} needs a reason.");
        return (chosen, overrideReason);
    }

    private static (SlaTarget Response, SlaTarget Resolution) Targets(IncidentSettings settings, Priority priority)
    {
        var policy = settings.SlaPolicy;
        SlaTarget? resolution = null;
        Preconditions.CheckArgument(
            policy.TryGetTarget(priority, SlaMetric.Response, out var response) && policy.TryGetTarget(priority, SlaMetric.Resolution, out resolution),
            nameof(settings),
            $"SLA policy '{policy.Name}' needs a response and a resolution target for {priority}.");
        return (response!, resolution!);
    }

    private void Execute(IncidentTrigger trigger, Actor by, Instant at, Func<IncidentEvent> create)
    {
        Authorise(trigger, by, at);
        Record(create());
    }

    /// <summary>Every check a command passes before it records anything (the kernel's pipeline).</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="childrenSettled">Whether <see cref="IncidentFamily"/> has seen every child closed or cancelled.</param>
    /// <param name="family">Whether the command comes through <see cref="IncidentFamily"/>, which resolves a parent's
    /// open children with it and reopens a resolved parent with its child.</param>
    internal void Authorise(IncidentTrigger trigger, Actor by, Instant at, bool childrenSettled = false, bool family = false) =>
        IncidentLifecycle.Instance.Authorise(this, _settings.Roles, this, State, new(trigger, by, at, childrenSettled, family));

    /// <summary>The checks of <see cref="Advance"/> before it records anything.</summary>
    /// <param name="by">Who.</param>
    /// <param name="now">When.</param>
    internal void AuthoriseAdvance(Actor by, Instant now) => Authorise(IncidentTrigger.Advance, by, now);

    /// <summary>Whether the lifecycle permits the automatic close at an instant (the rule asked, not spelled again).</summary>
    private bool IsAutoCloseDue(Instant at, bool childrenSettled) =>
        IncidentLifecycle.Instance.Permits(this, State, new(IncidentTrigger.AutoClose, Actor.System, at, childrenSettled));

    /// <summary>Records an event whose command <see cref="IncidentFamily"/> has already authorised on every record.</summary>
    /// <param name="domainEvent">The event.</param>
    internal void RecordAuthorised(IncidentEvent domainEvent) => Record(domainEvent);


    /// <summary>The warnings of both clocks that have fired by <paramref name="now"/> and were not yet raised.</summary>
    private IEnumerable<IncidentSlaWarningRaised> DueWarnings(Instant now, Actor by)
    {
        // A closed or cancelled incident warns nobody: the customer has nothing left to be warned about.
        if (State is IncidentState.Closed or IncidentState.Cancelled)
        {
            yield break;
        }

        foreach (var clock in new[] { ResponseClock, ResolutionClock })
        {
            var status = clock.StatusAt(now);
            foreach (var threshold in status.Thresholds)
            {
                if (threshold.HasFiredBy(now) && !_raisedWarnings.Contains((clock.Target.Metric.Name, status.Cycle, threshold.Threshold)))
                {
                    yield return new IncidentSlaWarningRaised(now, by, clock.Target.Metric, status.Cycle, threshold.Threshold, threshold.FiresAt!.Value, threshold.PassedOnAttach);
                }
            }
        }
    }

    /// <summary>The progress update deadlines missed by <paramref name="now"/> and not yet reported.</summary>
    private IReadOnlyList<(UpdateAudience Audience, Instant DueAt)> MissedUpdates(Instant now) =>
        _updateSchedule.Missed(now, UpdateIntervalOwed, ResolutionClock.Calendar);

    private static Instant? Earliest(Instant? a, Instant? b) => a is null ? b : b is null ? a : Instant.Min(a.Value, b.Value);
}

/// <summary>The status of an incident's two SLA clocks at one instant.</summary>
/// <param name="Response">The response clock's status.</param>
/// <param name="Resolution">The resolution clock's status.</param>
public sealed record IncidentSlaStatus(SlaStatus Response, SlaStatus Resolution);
