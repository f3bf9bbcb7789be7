using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using Itsm.Sla.Clocks;
using Itsm.Testing;
using Itsm.Testing.Laws;
using Itsm.Tests.Shared;

namespace Itsm.Incidents.Tests.ServiceRequests;

/// <summary>The kit's aggregate laws on random service request histories, and the generator's reach.</summary>
[ScaledProperties(Arbitrary = [typeof(ServiceRequestArbitraries)], Cases = 2_000)]
public class ServiceRequestLaws : AggregateLawTests<ServiceRequestScenario, ServiceRequest, HistoryStep<ServiceRequestTrigger>, ServiceRequestTrigger, ServiceRequestEvent>
{
    protected override Arbitrary<ServiceRequestScenario> Generator => ServiceRequestArbitraries.Scenarios();

    protected override IReadOnlyList<ServiceRequestTrigger> NotCommands => [ServiceRequestTrigger.Submit, ServiceRequestTrigger.RequestApproval, ServiceRequestTrigger.ConcludeApproved, ServiceRequestTrigger.ConcludeRejected, ServiceRequestTrigger.AutoClose];

    protected override void AssertInvariants(ServiceRequest request)
    {
        var state = request.State;
        Assert.True(Enum.IsDefined(state));
        Assert.Equal(state == ServiceRequestState.OnHold, request.HoldReason is not null);
        Assert.Equal(state == ServiceRequestState.OnHold, request.FulfilmentClock.State == SlaClockState.Paused);
        Assert.Equal(
            state is ServiceRequestState.New or ServiceRequestState.Approved or ServiceRequestState.InFulfilment,
            request.FulfilmentClock.State == SlaClockState.Running);
        Assert.Equal(state == ServiceRequestState.AwaitingApproval, request.FulfilmentClock.State == SlaClockState.NotStarted);
        Assert.Equal(state == ServiceRequestState.Cancelled, request.CancelReason is not null);
        Assert.Equal(state == ServiceRequestState.Closed, request.Closure is not null);
        Assert.Equal(state == ServiceRequestState.Rejected, request.RejectedAt is not null);

        // Approval: a request that needs it is never New; one that does not never sees an approval state.
        Assert.Equal(request.NeedsApproval, request.ApprovalRequestedAt is not null);
        if (request.NeedsApproval)
        {
            Assert.NotEqual(ServiceRequestState.New, state);
            Assert.Equal(state == ServiceRequestState.AwaitingApproval, request.ApprovalOutcome == ApprovalOutcome.Pending && request.ApprovedAt is null && request.RejectedAt is null
                && request.CancelReason is null);
            Assert.Equal(request.ApprovedAt is not null, request.ApprovalOutcome == ApprovalOutcome.Approved);
            Assert.Equal(request.RejectedAt is not null, request.ApprovalOutcome == ApprovalOutcome.Rejected);
        }
        else
        {
            Assert.DoesNotContain(state, new[] { ServiceRequestState.AwaitingApproval, ServiceRequestState.Approved, ServiceRequestState.Rejected });
            Assert.Empty(request.Decisions);
        }

        Assert.DoesNotContain(request.Decisions, d => !request.Approvers.Contains(d.Actor.Id) || d.Actor.Id == request.Requester);
        Assert.Equal(request.Decisions.Count, request.Approvals + request.Rejections);

        if (state is ServiceRequestState.Fulfilled or ServiceRequestState.Closed)
        {
            Assert.False(string.IsNullOrWhiteSpace(request.FulfilmentNotes));
            Assert.NotNull(request.FulfilledAt);
            Assert.Equal(SlaClockState.Stopped, request.FulfilmentClock.State);
        }

        if (state is ServiceRequestState.InFulfilment or ServiceRequestState.OnHold)
        {
            Assert.False(request.Group.IsEmpty);
            Assert.True(request.IsAcknowledged);
        }

        if (request.IsAcknowledged || state is not (ServiceRequestState.New or ServiceRequestState.AwaitingApproval or ServiceRequestState.Approved))
        {
            Assert.NotEqual(SlaClockState.Running, request.ResponseClock.State);
        }

        Assert.Empty(new ServiceRequestsWithIncompleteRecordsSpec().Evaluate([request]));
    }
}
