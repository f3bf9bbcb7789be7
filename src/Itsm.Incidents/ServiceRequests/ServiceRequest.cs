using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Ids;
using Itsm.Sla.Clocks;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Incidents;

/// <summary>
/// A service request: a request for a catalogue item (information, access, a standard change such as a new laptop),
/// from submission through approval by the catalogue item's approvers, fulfilment and closure, with its response and
/// fulfilment SLA clocks.
/// </summary>
/// <remarks>
/// <para>
/// Every command takes the acting <see cref="Actor"/> and the <see cref="Instant"/> (never before the last accepted
/// command), is checked first by the role policy of the <see cref="ServiceRequestSettings"/> (and, for a decision, by
/// the request's list of eligible approvers), then by the Stateless lifecycle (<c>ServiceRequestLifecycle.cs</c>), and
/// records its events. A refused command throws (<see cref="Core.Actors.CommandNotAuthorizedException"/>,
/// <see cref="InvalidTransitionException"/> or an <see cref="ArgumentException"/>) and changes nothing; a command that
/// records several events (a submission that sends the request for approval, a deciding vote and the approval's
/// outcome) checks all of them before it records any.
/// </para>
/// <para>
/// Approval: a request whose catalogue item needs approval awaits it from its submission; the rule that decides is
/// <see cref="ApprovalPolicy.OutcomeOf"/>. The fulfilment clock starts when the request is approved (at submission when
/// no approval is needed), so time awaiting approval is never counted against fulfilment.
/// </para>
/// <para>
/// Time-driven changes happen through <see cref="Advance"/>: SLA warnings (raised once per threshold per cycle), overdue
/// progress updates (raised once per missed interval) and the automatic close; <see cref="NextDueAt"/> says when the host
/// should call it next.
/// </para>
/// <para>Mutable; not thread-safe (one thread at a time per request).</para>
/// </remarks>
public sealed partial class ServiceRequest : EventSourcedAggregate<ServiceRequestEvent>
{
    private static readonly RecordCreation CreationRules = new(typeof(ServiceRequestSubmitted), "a service request", "submitted", "submission");

    /// <summary>The rule that a request informs its requester only.</summary>
    private const string NoManagementAudience = "a service request owes progress updates to its requester only; only a major incident informs management";

    private readonly ServiceRequestSettings _settings;
    private readonly HashSet<(string Metric, int Cycle, SlaThreshold Threshold)> _raisedWarnings = [];
    private readonly List<ServiceRequestApprovalDecided> _decisions = [];
    private readonly List<ProgressUpdate> _progressUpdates = [];
    private readonly ProgressUpdateSchedule _updateSchedule = new();

    private ServiceRequest(ServiceRequestSettings settings) => _settings = settings;

    /// <summary>Gets the metric of the fulfilment clock, <c>fulfilment</c>: the SLA policy of the settings needs a target
    /// for it (and for <see cref="SlaMetric.Response"/>) for every priority.</summary>
    public static SlaMetric FulfilmentMetric { get; } = SlaMetric.Named("fulfilment");

    /// <inheritdoc />
    public override string RecordType => nameof(ServiceRequest);

    /// <inheritdoc />
    public override string RecordId => Id.Value;

    /// <inheritdoc />
    protected override RecordCreation Creation => CreationRules;

    /// <summary>Gets the request's id.</summary>
    public Id<Kinds.ServiceRequest> Id { get; private set; }

    /// <summary>Gets when it was submitted.</summary>
    public Instant SubmittedAt { get; private set; }

    /// <summary>Gets the actor id of who requests.</summary>
    public string Requester { get; private set; } = string.Empty;

    /// <summary>Gets the requested catalogue item.</summary>
    public Id<Kinds.CatalogueItem> CatalogueItem { get; private set; }

    /// <summary>Gets the service the catalogue item belongs to.</summary>
    public Id<Kinds.Service> Service { get; private set; }

    /// <summary>Gets what is requested.</summary>
    public string Details { get; private set; } = string.Empty;

    /// <summary>Gets the priority, which chose the SLA targets.</summary>
    public Priority Priority { get; private set; }

    /// <summary>Gets the catalogue item's approval policy.</summary>
    public ApprovalPolicy Approval { get; private set; } = ApprovalPolicy.None;

    /// <summary>Gets a value indicating whether the request needs approval (its policy is not <see cref="ApprovalPolicy.None"/>).</summary>
    public bool NeedsApproval => Approval.NeedsApproval;

    /// <summary>Gets the actor ids of the eligible approvers, in the order given; empty when no approval is needed.</summary>
    public IReadOnlyList<string> Approvers { get; private set; } = [];

    /// <summary>Gets the approvers' decisions, oldest first: who, when, approve or reject, and the comment or reason.</summary>
    public IReadOnlyList<ServiceRequestApprovalDecided> Decisions => _decisions;

    /// <summary>Gets the number of approvals recorded.</summary>
    public int Approvals { get; private set; }

    /// <summary>Gets the number of rejections recorded.</summary>
    public int Rejections { get; private set; }

    /// <summary>Gets the approvals the policy requires from the eligible approvers (0 when no approval is needed).</summary>
    public int RequiredApprovals => Approval.RequiredApprovals(Approvers.Count);

    /// <summary>Gets where the approval stands after the decisions recorded (<see cref="ApprovalOutcome.Approved"/> when no
    /// approval is needed).</summary>
    public ApprovalOutcome ApprovalOutcome => Approval.OutcomeOf(Approvers.Count, Approvals, Rejections);

    /// <summary>Gets when the request was sent for approval; null when no approval is needed.</summary>
    public Instant? ApprovalRequestedAt { get; private set; }

    /// <summary>Gets when the approval rule was met; null unless approved.</summary>
    public Instant? ApprovedAt { get; private set; }

    /// <summary>Gets when the approval rule became impossible to meet; null unless rejected.</summary>
    public Instant? RejectedAt { get; private set; }

    /// <summary>Gets the lifecycle state.</summary>
    public ServiceRequestState State { get; private set; }

    /// <summary>Gets the assigned group; empty before the first assignment.</summary>
    public Id<Kinds.Group> Group { get; private set; }

    /// <summary>Gets the assigned person, if any.</summary>
    public string? Assignee { get; private set; }

    /// <summary>Gets a value indicating whether the request was acknowledged, explicitly or by its first assignment (the
    /// response clock stopped then).</summary>
    public bool IsAcknowledged { get; private set; }

    /// <summary>Gets why it waits, while on hold.</summary>
    public string? HoldReason { get; private set; }

    /// <summary>Gets the fulfilment notes, once fulfilled.</summary>
    public string? FulfilmentNotes { get; private set; }

    /// <summary>Gets when it was fulfilled.</summary>
    public Instant? FulfilledAt { get; private set; }

    /// <summary>Gets how it was closed, once closed.</summary>
    public ServiceRequestClosureKind? Closure { get; private set; }

    /// <summary>Gets why it was cancelled, once cancelled.</summary>
    public string? CancelReason { get; private set; }


    /// <summary>Gets the response clock: from submission to the first acknowledgement or assignment (stopped by a
    /// rejection or the fulfilment if neither came first).</summary>
    public SlaClock ResponseClock { get; private set; } = null!;

    /// <summary>Gets the fulfilment clock: from approval (from submission when no approval is needed) to fulfilment,
    /// paused on hold; never counts time awaiting approval.</summary>
    public SlaClock FulfilmentClock { get; private set; } = null!;

    /// <summary>Gets the progress updates recorded, oldest first.</summary>
    public IReadOnlyList<ProgressUpdate> ProgressUpdates => _progressUpdates;

    /// <summary>Returns when the next progress update to an audience is due.</summary>
    /// <param name="audience">Whom.</param>
    /// <returns>The deadline (it may have passed; <see cref="Advance"/> reports it); null when the audience is owed no
    /// update (see <see cref="UpdateIntervalOwed"/>) or the calendar has no business time left to reach it.</returns>
    public Instant? ProgressUpdateDueAt(UpdateAudience audience) =>
        _updateSchedule.DueAt(audience, UpdateIntervalOwed(audience), FulfilmentClock.Calendar);

    /// <summary>The interval at which an audience is owed progress updates now: the settings' interval for the
    /// request's priority, to the customer, while the request is open (new, awaiting approval, approved, in fulfilment or
    /// on hold); null when no update is owed.</summary>
    /// <param name="audience">Whom.</param>
    /// <returns>The interval in business time on the fulfilment calendar, or null.</returns>
    public Duration? UpdateIntervalOwed(UpdateAudience audience) =>
        audience == UpdateAudience.Customer && State is ServiceRequestState.New or ServiceRequestState.AwaitingApproval
            or ServiceRequestState.Approved or ServiceRequestState.InFulfilment or ServiceRequestState.OnHold
            ? _settings.ProgressUpdates.IntervalFor(audience, Priority)
            : null;

    /// <summary>Gets when a fulfilled request closes itself; null unless fulfilled.</summary>
    public Instant? AutoCloseAt => State == ServiceRequestState.Fulfilled && FulfilledAt is { } at
        ? TryAddBusinessDays(at, _settings.AutoCloseAfterBusinessDays)
        : null;

    /// <summary>Returns whether an instant is at or after the automatic close (a guard).</summary>
    internal bool IsAutoCloseDueAt(Instant at) => AutoCloseAt is { } due && at >= due;

    /// <summary>The rule that only an eligible approver decides, or null when <paramref name="actor"/> is one (an
    /// authorisation rule of the lifecycle).</summary>
    internal string? UnmetEligibility(Actor actor) =>
        IsEligibleApprover(actor) ? null
        : Approvers.Count == 0 ? "only an eligible approver decides on a request, and this request needs no approval"
        : $"only an eligible approver decides on a request ({string.Join(", ", Approvers)}), and {actor} is not one";

    /// <summary>Returns whether an approver decided already.</summary>
    /// <param name="approver">The approver's actor id.</param>
    /// <returns>True when a decision of theirs is recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="approver"/> is null.</exception>
    public bool HasDecided(string approver)
    {
        Preconditions.CheckNotNull(approver);
        return _decisions.Any(d => d.Actor.Id == approver);
    }

    /// <summary>Returns whether an actor is one of the request's eligible approvers.</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>True when the actor's id is in <see cref="Approvers"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public bool IsEligibleApprover(Actor actor) => Approvers.Contains(Preconditions.CheckNotNull(actor).Id, StringComparer.Ordinal);

    /// <summary>Where the approval would stand with one more vote (a guard of the approval's outcome).</summary>
    internal ApprovalOutcome OutcomeWith(ApprovalDecision? vote) => Approval.OutcomeOf(
        Approvers.Count,
        Approvals + (vote == ApprovalDecision.Approve ? 1 : 0),
        Rejections + (vote == ApprovalDecision.Reject ? 1 : 0));

    private Instant? TryAddBusinessDays(Instant at, int days)
    {
        try
        {
            return FulfilmentClock.Calendar.AddBusinessDays(at, days);
        }
        catch (Calendars.BusinessTimeUnreachableException)
        {
            return null;
        }
    }
}
