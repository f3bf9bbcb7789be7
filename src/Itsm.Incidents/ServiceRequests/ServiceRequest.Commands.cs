using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Sla.Clocks;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Incidents;

// The commands and queries of a service request.
public sealed partial class ServiceRequest
{
    /// <summary>
    /// Submits a request for a catalogue item, with the item's approval requirement: starts the response clock, and
    /// either starts the fulfilment clock (no approval needed: the request is <see cref="ServiceRequestState.New"/>) or
    /// sends the request to its approvers in the same command (<see cref="ServiceRequestState.AwaitingApproval"/>, the
    /// fulfilment clock waiting for the approval).
    /// </summary>
    /// <param name="id">The request's id, from the host.</param>
    /// <param name="requester">The actor id of who requests; not empty.</param>
    /// <param name="catalogueItem">The requested catalogue item.</param>
    /// <param name="service">The service the item belongs to.</param>
    /// <param name="details">What is requested; not empty.</param>
    /// <param name="approval">The catalogue item's approval policy.</param>
    /// <param name="approvers">The actor ids of the item's eligible approvers: none for <see cref="ApprovalPolicy.None"/>,
    /// at least one otherwise, each once, never the requester.</param>
    /// <param name="settings">The host's settings (SLA policy, role policy, time rules).</param>
    /// <param name="by">Who submits it (the requester, or the service desk for them).</param>
    /// <param name="at">When.</param>
    /// <param name="priority">The priority that chooses the SLA targets; the settings' default priority when null.</param>
    /// <returns>The request, new or awaiting approval.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An argument breaks its rule (an empty id, requester or details; approvers that
    /// do not fit the policy, listed twice, or including the requester; a priority other than P1 to P5; no SLA target
    /// for the priority).</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not submit requests, or the role policy does not let
    /// the system send a request for approval.</exception>
    public static ServiceRequest Submit(
        Id<Kinds.ServiceRequest> id,
        string requester,
        Id<Kinds.CatalogueItem> catalogueItem,
        Id<Kinds.Service> service,
        string details,
        ApprovalPolicy approval,
        IEnumerable<string> approvers,
        ServiceRequestSettings settings,
        Actor by,
        Instant at,
        Priority? priority = null)
    {
        Preconditions.CheckNotNull(requester);
        Preconditions.CheckNotNull(details);
        Preconditions.CheckNotNull(approval);
        Preconditions.CheckNotNull(approvers);
        Preconditions.CheckNotNull(settings);
        Preconditions.CheckNotNull(by);
        Preconditions.CheckArgument(!id.IsEmpty, nameof(id), "A service request needs an id.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(requester), nameof(requester), "A service request names its requester.");
        Preconditions.CheckArgument(!catalogueItem.IsEmpty, nameof(catalogueItem), "A service request names the requested catalogue item.");
        Preconditions.CheckArgument(!service.IsEmpty, nameof(service), "A service request names the service of its catalogue item.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(details), nameof(details), "A service request says what is requested.");
        var eligible = approvers.ToImmutableArray();
        if (ApprovalProblem(approval, eligible, requester) is { } problem)
        {
            throw new ArgumentException(problem, nameof(approvers));
        }

        var chosen = priority ?? settings.DefaultPriority;
        Preconditions.CheckArgument(chosen is >= Priority.P1 and <= Priority.P5, nameof(priority), $"{chosen} is not a priority; use P1 to P5.");
        var (response, fulfilment) = Targets(settings, chosen);

        // Both commands of a submission that needs approval are authorised before anything is recorded.
        // The request for approval is checked against the role policy alone here: its guard reads the submission.
        var request = new ServiceRequest(settings) { Id = id };
        ServiceRequestLifecycle.Instance.Authorise(request, settings.Roles, request, ServiceRequestState.New, new(ServiceRequestTrigger.Submit, by, at));
        if (approval.NeedsApproval)
        {
            settings.Roles.Demand(request, Actor.System, ServiceRequestTrigger.RequestApproval, nameof(ServiceRequest), id.Value);
        }

        request.Record(new ServiceRequestSubmitted(at, by, id, requester, catalogueItem, service, details, chosen, approval, eligible, response, fulfilment));
        if (approval.NeedsApproval)
        {
            request.Execute(ServiceRequestTrigger.RequestApproval, Actor.System, at, () => new ServiceRequestApprovalRequested(at, Actor.System));
        }

        return request;
    }

    /// <summary>Rebuilds a request from its events, without building a state machine.</summary>
    /// <param name="events">The events, oldest first, versions 1, 2, 3...</param>
    /// <param name="settings">The host's settings.</param>
    /// <returns>The request.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidHistoryException">The events do not start with a submission, skip a version, go back in
    /// time, hold a transition the lifecycle does not allow, or break an approval rule (a decision from someone who is
    /// not an eligible approver or who decided already, an outcome the decisions do not give, a request that needs
    /// approval not sent for it, a deciding vote without its outcome).</exception>
    public static ServiceRequest FromEvents(IEnumerable<ServiceRequestEvent> events, ServiceRequestSettings settings)
    {
        var request = new ServiceRequest(Preconditions.CheckNotNull(settings));
        request.Replay(events);
        if (request.UnfinishedCommand() is { } rule)
        {
            throw new InvalidHistoryException(nameof(ServiceRequest), request.RecordId, request.Version, rule);
        }

        return request;
    }

    /// <summary>Approves the request, as one of its eligible approvers. When this vote meets the approval rule, the same
    /// command approves the request (its fulfilment clock starts).</summary>
    /// <param name="by">The approver: one of <see cref="Approvers"/>, who has not decided yet.</param>
    /// <param name="at">When.</param>
    /// <param name="comment">An optional comment; a blank one is recorded as none.</param>
    /// <returns>Where the approval stands after the vote.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor is not an eligible approver, is the requester, or the
    /// role policy refuses it.</exception>
    /// <exception cref="InvalidTransitionException">The request is not awaiting approval, or the approver decided already.</exception>
    public ApprovalOutcome Approve(Actor by, Instant at, string? comment = null) =>
        Decide(by, at, ApprovalDecision.Approve, string.IsNullOrWhiteSpace(comment) ? null : comment);

    /// <summary>Rejects the request, as one of its eligible approvers, with a reason. When the approval rule can no longer
    /// be met after this vote, the same command rejects the request (final).</summary>
    /// <param name="by">The approver: one of <see cref="Approvers"/>, who has not decided yet.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; not empty.</param>
    /// <returns>Where the approval stands after the vote.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty, or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor is not an eligible approver, is the requester, or the
    /// role policy refuses it.</exception>
    /// <exception cref="InvalidTransitionException">The request is not awaiting approval, or the approver decided already.</exception>
    public ApprovalOutcome Reject(Actor by, Instant at, string reason)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reason), nameof(reason), "A rejection needs a reason.");
        return Decide(by, at, ApprovalDecision.Reject, reason);
    }

    /// <summary>Acknowledges the request: the response clock stops. Once, and only before the first assignment (which
    /// acknowledges the request by itself).</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not acknowledge.</exception>
    /// <exception cref="InvalidTransitionException">The request was acknowledged or assigned already, or is rejected,
    /// fulfilled, closed or cancelled.</exception>
    public void Acknowledge(Actor by, Instant at) =>
        Execute(ServiceRequestTrigger.Acknowledge, by, at, () => new ServiceRequestAcknowledged(at, by));

    /// <summary>Assigns (or reassigns) the request to a group and optionally a person. The first assignment starts
    /// fulfilment and, unless the request was acknowledged, stops the response clock.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="group">The group.</param>
    /// <param name="assignee">The person, or null.</param>
    /// <exception cref="ArgumentException">The group is empty, or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not assign.</exception>
    /// <exception cref="InvalidTransitionException">The request awaits approval, was rejected, is on hold, fulfilled,
    /// closed or cancelled.</exception>
    public void Assign(Actor by, Instant at, Id<Kinds.Group> group, string? assignee = null)
    {
        Preconditions.CheckArgument(!group.IsEmpty, nameof(group), "An assignment names a group.");
        Execute(ServiceRequestTrigger.Assign, by, at, () => new ServiceRequestAssigned(at, by, group, string.IsNullOrWhiteSpace(assignee) ? null : assignee));
    }

    /// <summary>Puts the request on hold; the fulfilment clock pauses.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why it waits; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty, or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not put it on hold.</exception>
    /// <exception cref="InvalidTransitionException">The request is not in fulfilment.</exception>
    public void PutOnHold(Actor by, Instant at, string reason)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reason), nameof(reason), "A hold needs a reason that says what the request waits for.");
        Execute(ServiceRequestTrigger.PutOnHold, by, at, () => new ServiceRequestPutOnHold(at, by, reason));
    }

    /// <summary>Resumes fulfilment after a hold; the fulfilment clock runs again.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not resume.</exception>
    /// <exception cref="InvalidTransitionException">The request is not on hold.</exception>
    public void Resume(Actor by, Instant at) => Execute(ServiceRequestTrigger.Resume, by, at, () => new ServiceRequestResumed(at, by));

    /// <summary>Records the fulfilment, with notes; the clocks stop.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="notes">What was done; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="notes"/> is empty, or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not fulfil.</exception>
    /// <exception cref="InvalidTransitionException">The request is neither in fulfilment nor on hold.</exception>
    public void Fulfil(Actor by, Instant at, string notes)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(notes), nameof(notes), "A fulfilment needs notes that say what was done.");
        Execute(ServiceRequestTrigger.Fulfil, by, at, () => new ServiceRequestFulfilled(at, by, notes));
    }

    /// <summary>Closes the request on the requester's confirmation.</summary>
    /// <param name="by">Who (the requester, or the service desk for them).</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not close it (a customer closes only their own request).</exception>
    /// <exception cref="InvalidTransitionException">The request is not fulfilled.</exception>
    public void Close(Actor by, Instant at) =>
        Execute(ServiceRequestTrigger.Close, by, at, () => new ServiceRequestClosed(at, by, ServiceRequestClosureKind.RequesterConfirmed));

    /// <summary>Cancels the request before it is fulfilled; its open clocks are cancelled.</summary>
    /// <param name="by">Who (the requester withdraws, the service desk cancels).</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty, or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not cancel it (a customer withdraws only their own request).</exception>
    /// <exception cref="InvalidTransitionException">The request is rejected, fulfilled, closed or cancelled.</exception>
    public void Cancel(Actor by, Instant at, string reason)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reason), nameof(reason), "A cancellation needs a reason.");
        Execute(ServiceRequestTrigger.Cancel, by, at, () => new ServiceRequestCancelled(at, by, reason));
    }

    /// <summary>Records a progress update to the requester; the next interval the requester is owed an update counts
    /// from it.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When; not before the last command.</param>
    /// <param name="audience">Whom it informed: <see cref="UpdateAudience.Customer"/> (a request has no management
    /// audience).</param>
    /// <param name="text">What it said; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="audience"/> is not the customer, or <paramref name="text"/> is
    /// empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not record it.</exception>
    /// <exception cref="InvalidTransitionException">The request is closed, rejected or cancelled.</exception>
    public void RecordProgressUpdate(Actor by, Instant at, UpdateAudience audience, string text)
    {
        Preconditions.CheckArgument(audience == UpdateAudience.Customer, nameof(audience), $"{audience}: {NoManagementAudience}.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(text), nameof(text), "A progress update says what it told the requester.");
        Execute(ServiceRequestTrigger.RecordProgressUpdate, by, at, () => new ServiceRequestProgressUpdated(at, by, audience, text));
    }

    /// <summary>
    /// Applies what time made due by <paramref name="now"/>: raises an SLA warning for every threshold of either clock
    /// that has fired and was not yet raised (once per threshold per cycle; none once the request is rejected, closed or
    /// cancelled), reports every progress update deadline passed without an update (once per missed interval, see
    /// <see cref="ProgressUpdateDueAt"/>), then closes a fulfilled request whose automatic close is due.
    /// </summary>
    /// <param name="by">Who advances time (normally <see cref="Actor.System"/>).</param>
    /// <param name="now">The host's current instant; not before the last command.</param>
    /// <returns>The events recorded, oldest first; empty when nothing was due.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not advance requests, or (when the close is due)
    /// the role policy does not let the system close automatically.</exception>
    public IReadOnlyList<ServiceRequestEvent> Advance(Actor by, Instant now)
    {
        Authorise(ServiceRequestTrigger.Advance, by, now);
        // Checked before the warnings are recorded, so the command applies whole or not at all.
        bool close = ServiceRequestLifecycle.Instance.TryAuthorise(this, _settings.Roles, this, State, new(ServiceRequestTrigger.AutoClose, Actor.System, now), out _);
        long before = Version;
        foreach (var warning in DueWarnings(now, by).ToList())
        {
            Record(warning);
        }

        foreach (var (audience, dueAt) in MissedUpdates(now))
        {
            Record(new ServiceRequestProgressUpdateOverdue(now, by, audience, dueAt));
        }

        if (close)
        {
            Record(new ServiceRequestClosed(now, Actor.System, ServiceRequestClosureKind.Automatic));
        }

        return [.. Events.Skip((int)before)];
    }

    /// <summary>The next instant at which <see cref="Advance"/> has something to do; <paramref name="now"/> itself when
    /// something is already due; null when nothing will become due without a command.</summary>
    /// <param name="now">The host's current instant.</param>
    /// <returns>The instant to arm a timer for.</returns>
    public Instant? NextDueAt(Instant now)
    {
        if (DueWarnings(now, Actor.System).Any() || MissedUpdates(now).Count > 0)
        {
            return now;
        }

        // Clocks of a rejected, closed or cancelled request are stopped or cancelled: they have no next transition.
        Instant? next = Earliest(ResponseClock.StatusAt(now).NextTransitionAt, FulfilmentClock.StatusAt(now).NextTransitionAt);
        next = Earliest(next, _updateSchedule.NextDueAt(UpdateIntervalOwed, FulfilmentClock.Calendar));
        if (AutoCloseAt is { } close && IsDue(ServiceRequestTrigger.AutoClose, Instant.Max(close, now)))
        {
            next = Earliest(next, Instant.Max(close, now));
        }

        return next;
    }

    /// <summary>The status of both SLA clocks at an instant.</summary>
    /// <param name="now">The instant.</param>
    /// <returns>The response and fulfilment statuses.</returns>
    public ServiceRequestSlaStatus SlaStatusAt(Instant now) => new(ResponseClock.StatusAt(now), FulfilmentClock.StatusAt(now));

    /// <summary>Lists the rules that stop a command now, without throwing: the role policy's, the eligible approvers'
    /// (for a decision), time order and the lifecycle's.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When it would be dated (the automatic close depends on it).</param>
    /// <returns>The unmet rules; empty when the command is allowed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public IReadOnlyList<string> UnmetRules(ServiceRequestTrigger trigger, Actor actor, Instant at) =>
        ServiceRequestLifecycle.Instance.UnmetRules(this, _settings.Roles, this, State, new(trigger, actor, at));

    /// <summary>Returns whether a command is allowed now.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When it would be dated.</param>
    /// <returns>True when <see cref="UnmetRules"/> is empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public bool CanFire(ServiceRequestTrigger trigger, Actor actor, Instant at) => UnmetRules(trigger, actor, at).Count == 0;

    /// <summary>Draws the service request lifecycle as a Mermaid state diagram, generated from its Stateless configuration.</summary>
    /// <returns>The Mermaid text.</returns>
    public static string LifecycleDiagram() => ServiceRequestLifecycle.Instance.ToMermaid();

    /// <summary>The rule that approvers must fit a policy and a requester, or null when they do.</summary>
    private static string? ApprovalProblem(ApprovalPolicy approval, IReadOnlyList<string> approvers, string requester)
    {
        if (!approval.NeedsApproval)
        {
            return approvers.Count == 0 ? null : "A request whose catalogue item needs no approval names no approvers.";
        }

        if (approvers.Count == 0)
        {
            return $"The approval policy '{approval}' needs at least one eligible approver.";
        }

        foreach (var approver in approvers)
        {
            if (string.IsNullOrWhiteSpace(approver))
            {
                return "An eligible approver's id is empty.";
            }

            if (approver == requester)
            {
                return $"The requester '{requester}' is listed as an eligible approver; the approver is never the requester.";
            }
        }

        var twice = approvers.GroupBy(a => a, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return twice is null ? null : $"The approver '{twice.Key}' is listed twice; each approver decides once.";
    }

    private static (SlaTarget Response, SlaTarget Fulfilment) Targets(ServiceRequestSettings settings, Priority priority)
    {
        var policy = settings.SlaPolicy;
        SlaTarget? fulfilment = null;
        Preconditions.CheckArgument(
            policy.TryGetTarget(priority, SlaMetric.Response, out var response) && policy.TryGetTarget(priority, FulfilmentMetric, out fulfilment),
            nameof(settings),
            $"SLA policy '{policy.Name}' needs a response and a fulfilment target for {priority}.");
        return (response!, fulfilment!);
    }

    /// <summary>One vote: checks the vote and, when it decides the approval, the outcome, then records both.</summary>
    private ApprovalOutcome Decide(Actor by, Instant at, ApprovalDecision decision, string? comment)
    {
        Authorise(decision == ApprovalDecision.Approve ? ServiceRequestTrigger.Approve : ServiceRequestTrigger.Reject, by, at);
        var outcome = OutcomeWith(decision);
        ServiceRequestTrigger? conclusion = outcome switch
        {
            ApprovalOutcome.Approved => ServiceRequestTrigger.ConcludeApproved,
            ApprovalOutcome.Rejected => ServiceRequestTrigger.ConcludeRejected,
            _ => null,
        };
        if (conclusion is { } check)
        {
            ServiceRequestLifecycle.Instance.Authorise(this, _settings.Roles, this, State, new(check, Actor.System, at, decision));
        }

        Record(new ServiceRequestApprovalDecided(at, by, decision, comment));
        if (conclusion is { } concluded)
        {
            Record(concluded == ServiceRequestTrigger.ConcludeApproved
                ? new ServiceRequestApproved(at, Actor.System)
                : new ServiceRequestRejected(at, Actor.System));
        }

        return outcome;
    }

    /// <summary>The progress update deadlines missed by <paramref name="now"/> and not yet reported.</summary>
    private IReadOnlyList<(UpdateAudience Audience, Instant DueAt)> MissedUpdates(Instant now) =>
        _updateSchedule.Missed(now, UpdateIntervalOwed, FulfilmentClock.Calendar);

    private void Execute(ServiceRequestTrigger trigger, Actor by, Instant at, Func<ServiceRequestEvent> create)
    {
        Authorise(trigger, by, at);
        Record(create());
    }

    /// <summary>Every check a command passes before it records anything (the kernel's pipeline; the lifecycle adds the
    /// eligible approvers to the role policy).</summary>
    private void Authorise(ServiceRequestTrigger trigger, Actor by, Instant at) =>
        ServiceRequestLifecycle.Instance.Authorise(this, _settings.Roles, this, State, new(trigger, by, at));

    /// <summary>Whether the lifecycle permits a time-driven command at an instant (the rule asked, not spelled again).</summary>
    private bool IsDue(ServiceRequestTrigger trigger, Instant at) => ServiceRequestLifecycle.Instance.Permits(this, State, new(trigger, Actor.System, at));


    /// <summary>The warnings of both clocks that have fired by <paramref name="now"/> and were not yet raised.</summary>
    private IEnumerable<ServiceRequestSlaWarningRaised> DueWarnings(Instant now, Actor by)
    {
        // A rejected, closed or cancelled request warns nobody: the requester has nothing left to be warned about.
        if (State is ServiceRequestState.Rejected or ServiceRequestState.Closed or ServiceRequestState.Cancelled)
        {
            yield break;
        }

        foreach (var clock in new[] { ResponseClock, FulfilmentClock })
        {
            var status = clock.StatusAt(now);
            foreach (var threshold in status.Thresholds)
            {
                if (threshold.HasFiredBy(now) && !_raisedWarnings.Contains((clock.Target.Metric.Name, status.Cycle, threshold.Threshold)))
                {
                    yield return new ServiceRequestSlaWarningRaised(now, by, clock.Target.Metric, status.Cycle, threshold.Threshold, threshold.FiresAt!.Value, threshold.PassedOnAttach);
                }
            }
        }
    }

    private static Instant? Earliest(Instant? a, Instant? b) => a is null ? b : b is null ? a : Instant.Min(a.Value, b.Value);
}

/// <summary>The status of a service request's two SLA clocks at one instant.</summary>
/// <param name="Response">The response clock's status.</param>
/// <param name="Fulfilment">The fulfilment clock's status.</param>
public sealed record ServiceRequestSlaStatus(SlaStatus Response, SlaStatus Fulfilment);
