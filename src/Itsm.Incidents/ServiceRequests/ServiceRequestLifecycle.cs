using System.Collections.Generic;
using Itsm.Core;
using Itsm.Core.Commands;
using Itsm.Core.Lifecycles;
using NodaTime;
using Stateless;

namespace Itsm.Incidents;

/// <summary>
/// The whole transition table of a service request, top to bottom as the lifecycle diagram:
/// New -RequestApproval-> AwaitingApproval when the catalogue item needs approval (done by the submission itself);
/// AwaitingApproval: Approve and Reject record one decision per approver, and the deciding vote's command concludes
/// -ConcludeApproved-> Approved or -ConcludeRejected-> Rejected (final); New or Approved -Assign-> InFulfilment;
/// InFulfilment -PutOnHold-> OnHold -Resume-> InFulfilment; InFulfilment or OnHold -Fulfil-> Fulfilled
/// -Close/AutoClose-> Closed; every state before fulfilment (and not rejected) -Cancel-> Cancelled; Acknowledge stops the
/// response clock once, before the first assignment; a progress update keeps the state, until the request is closed,
/// rejected or cancelled.
/// </summary>
internal sealed class ServiceRequestLifecycle : Lifecycle<ServiceRequest, ServiceRequestState, ServiceRequestTrigger, ServiceRequestCommand>
{
    public const string NeedsApproval = "only a request whose catalogue item needs approval awaits approval";
    public const string ApprovedBeforeAssignment = "a request that needs approval is assigned only once it is approved";
    public const string DecidesOnce = "an approver decides once";
    public const string RuleMet = "a request is approved only when its approval rule is met";
    public const string RuleUnreachable = "a request is rejected only when its approval rule can no longer be met";
    public const string NotYetAcknowledged = "a request is acknowledged once, by its first acknowledgement or assignment";
    public const string AutoCloseDue = "a request closes itself only when the configured business days after its fulfilment have passed";

    /// <summary>Initializes the table; submitting creates a request.</summary>
    public ServiceRequestLifecycle()
        : base(creation: ServiceRequestTrigger.Submit)
    {
    }

    /// <summary>Gets this thread's instance.</summary>
    public static ServiceRequestLifecycle Instance => ForThread<ServiceRequestLifecycle>();

    /// <summary>Only an eligible approver decides.</summary>
    protected override IEnumerable<string> UnmetAuthorisation() =>
        Command.Trigger is ServiceRequestTrigger.Approve or ServiceRequestTrigger.Reject && Subject.UnmetEligibility(Command.By) is { } rule ? [rule] : [];

    protected override void Configure(StateMachine<ServiceRequestState, ServiceRequestTrigger> machine)
    {
        machine.Configure(ServiceRequestState.New)
            .PermitReentry(ServiceRequestTrigger.RecordProgressUpdate)
            .PermitIf(ServiceRequestTrigger.RequestApproval, ServiceRequestState.AwaitingApproval, () => Subject.NeedsApproval, NeedsApproval)
            .PermitReentryIf(ServiceRequestTrigger.Acknowledge, () => !Subject.IsAcknowledged, NotYetAcknowledged)
            .PermitIf(ServiceRequestTrigger.Assign, ServiceRequestState.InFulfilment, () => !Subject.NeedsApproval, ApprovedBeforeAssignment)
            .Permit(ServiceRequestTrigger.Cancel, ServiceRequestState.Cancelled);

        machine.Configure(ServiceRequestState.AwaitingApproval)
            .PermitReentry(ServiceRequestTrigger.RecordProgressUpdate)
            .PermitReentryIf(ServiceRequestTrigger.Approve, () => !Subject.HasDecided(Command.By.Id), DecidesOnce)
            .PermitReentryIf(ServiceRequestTrigger.Reject, () => !Subject.HasDecided(Command.By.Id), DecidesOnce)
            .PermitIf(ServiceRequestTrigger.ConcludeApproved, ServiceRequestState.Approved, () => Subject.OutcomeWith(Command.Vote) == ApprovalOutcome.Approved, RuleMet)
            .PermitIf(ServiceRequestTrigger.ConcludeRejected, ServiceRequestState.Rejected, () => Subject.OutcomeWith(Command.Vote) == ApprovalOutcome.Rejected, RuleUnreachable)
            .PermitReentryIf(ServiceRequestTrigger.Acknowledge, () => !Subject.IsAcknowledged, NotYetAcknowledged)
            .Permit(ServiceRequestTrigger.Cancel, ServiceRequestState.Cancelled);

        machine.Configure(ServiceRequestState.Approved)
            .PermitReentry(ServiceRequestTrigger.RecordProgressUpdate)
            .PermitReentryIf(ServiceRequestTrigger.Acknowledge, () => !Subject.IsAcknowledged, NotYetAcknowledged)
            .Permit(ServiceRequestTrigger.Assign, ServiceRequestState.InFulfilment)
            .Permit(ServiceRequestTrigger.Cancel, ServiceRequestState.Cancelled);

        machine.Configure(ServiceRequestState.InFulfilment)
            .PermitReentry(ServiceRequestTrigger.RecordProgressUpdate)
            .PermitReentry(ServiceRequestTrigger.Assign)
            .Permit(ServiceRequestTrigger.PutOnHold, ServiceRequestState.OnHold)
            .Permit(ServiceRequestTrigger.Fulfil, ServiceRequestState.Fulfilled)
            .Permit(ServiceRequestTrigger.Cancel, ServiceRequestState.Cancelled);

        machine.Configure(ServiceRequestState.OnHold)
            .PermitReentry(ServiceRequestTrigger.RecordProgressUpdate)
            .Permit(ServiceRequestTrigger.Resume, ServiceRequestState.InFulfilment)
            .Permit(ServiceRequestTrigger.Fulfil, ServiceRequestState.Fulfilled)
            .Permit(ServiceRequestTrigger.Cancel, ServiceRequestState.Cancelled);

        machine.Configure(ServiceRequestState.Fulfilled)
            .PermitReentry(ServiceRequestTrigger.RecordProgressUpdate)
            .Permit(ServiceRequestTrigger.Close, ServiceRequestState.Closed)
            .PermitIf(ServiceRequestTrigger.AutoClose, ServiceRequestState.Closed, () => Subject.IsAutoCloseDueAt(Command.At), AutoCloseDue);

        machine.Configure(ServiceRequestState.Rejected);
        machine.Configure(ServiceRequestState.Closed);
        machine.Configure(ServiceRequestState.Cancelled);
    }
}

/// <summary>A service request command as its lifecycle checks it.</summary>
/// <param name="Trigger">The trigger.</param>
/// <param name="By">Who acts.</param>
/// <param name="At">When.</param>
/// <param name="Vote">For the conclusion of an approval: the vote that concludes it.</param>
internal readonly record struct ServiceRequestCommand(ServiceRequestTrigger Trigger, Actor By, Instant At, ApprovalDecision? Vote = null) : ICommand<ServiceRequestTrigger>;
