using System;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Sla.Clocks;
using NodaTime;

namespace Itsm.Incidents.Tests.ServiceRequests;

/// <summary>Approval: each policy's outcome, the deciding vote's command, and the approvers' rules.</summary>
public partial class ServiceRequestTests
{
    [Fact]
    public void AnyOne_TheFirstApprovalApproves_InTheSameCommand()
    {
        var request = AwaitingApproval(ApprovalPolicy.AnyOne, Manager, Finance, Security);

        var outcome = request.Approve(Manager, Mon(10), "fine by me");

        Assert.Equal(ApprovalOutcome.Approved, outcome);
        Assert.Equal(ServiceRequestState.Approved, request.State);
        Assert.Equal(Mon(10), request.ApprovedAt);
        Assert.Equal(4, request.Version);
        var vote = Assert.IsType<ServiceRequestApprovalDecided>(request.Events[2]);
        Assert.Equal((Manager, ApprovalDecision.Approve, "fine by me"), (vote.Actor, vote.Decision, vote.Comment));
        Assert.Equal(Actor.System, Assert.IsType<ServiceRequestApproved>(request.Events[3]).Actor);

        // The others have nothing left to decide.
        var late = Assert.Throws<InvalidTransitionException>(() => request.Approve(Finance, Mon(11)));
        Assert.Equal("Approved", late.State);
    }

    [Fact]
    public void AnyOne_RejectsOnlyWhenEveryApproverHasRejected()
    {
        var request = AwaitingApproval(ApprovalPolicy.AnyOne, Manager, Finance, Security);

        Assert.Equal(ApprovalOutcome.Pending, request.Reject(Manager, Mon(10), "no budget"));
        Assert.Equal(ApprovalOutcome.Pending, request.Reject(Finance, Mon(11), "no budget"));
        Assert.Equal(ServiceRequestState.AwaitingApproval, request.State);

        Assert.Equal(ApprovalOutcome.Rejected, request.Reject(Security, Mon(12), "not compliant"));

        Assert.Equal(ServiceRequestState.Rejected, request.State);
        Assert.Equal(Mon(12), request.RejectedAt);
        Assert.IsType<ServiceRequestRejected>(request.Events[^1]);
    }

    [Fact]
    public void AnyOne_AnApprovalAfterRejections_StillApproves()
    {
        var request = AwaitingApproval(ApprovalPolicy.AnyOne, Manager, Finance);
        request.Reject(Manager, Mon(10), "no budget");

        Assert.Equal(ApprovalOutcome.Approved, request.Approve(Finance, Mon(11)));
        Assert.Equal((1, 1), (request.Approvals, request.Rejections));
    }

    [Fact]
    public void All_EveryApproverApproves()
    {
        var request = AwaitingApproval(ApprovalPolicy.All, Manager, Finance, Security);

        Assert.Equal(ApprovalOutcome.Pending, request.Approve(Manager, Mon(10)));
        Assert.Equal(ApprovalOutcome.Pending, request.Approve(Finance, Mon(11)));
        Assert.Equal(ApprovalOutcome.Approved, request.Approve(Security, Mon(12)));

        Assert.Equal(ServiceRequestState.Approved, request.State);
        Assert.Equal(3, request.RequiredApprovals);
        Assert.Equal(["mgr", "fin", "sec"], request.Decisions.Select(d => d.Actor.Id));
    }

    [Fact]
    public void All_TheFirstRejectionRejects()
    {
        var request = AwaitingApproval(ApprovalPolicy.All, Manager, Finance, Security);
        request.Approve(Manager, Mon(10));

        Assert.Equal(ApprovalOutcome.Rejected, request.Reject(Finance, Mon(11), "over budget"));

        Assert.Equal(ServiceRequestState.Rejected, request.State);
        Assert.Equal("over budget", request.Decisions[^1].Comment);
        Assert.Throws<InvalidTransitionException>(() => request.Approve(Security, Mon(12)));
    }

    [Fact]
    public void Quorum50Of3_NeedsTwoApprovals()
    {
        var request = AwaitingApproval(ApprovalPolicy.Quorum(50), Manager, Finance, Security);
        Assert.Equal(2, request.RequiredApprovals);

        Assert.Equal(ApprovalOutcome.Pending, request.Approve(Manager, Mon(10)));
        Assert.Equal(ApprovalOutcome.Pending, request.Reject(Finance, Mon(11), "not needed"));
        Assert.Equal(ApprovalOutcome.Approved, request.Approve(Security, Mon(12)));
        Assert.Equal(ServiceRequestState.Approved, request.State);
    }

    [Fact]
    public void Quorum50Of3_IsRejectedAsSoonAsTwoApprovalsCanNoLongerBeReached()
    {
        var request = AwaitingApproval(ApprovalPolicy.Quorum(50), Manager, Finance, Security);

        Assert.Equal(ApprovalOutcome.Pending, request.Reject(Manager, Mon(10), "no"));
        Assert.Equal(ApprovalOutcome.Rejected, request.Reject(Finance, Mon(11), "no"));

        Assert.Equal(ServiceRequestState.Rejected, request.State);
        Assert.False(request.HasDecided(Security.Id));
    }

    [Fact]
    public void Quorum50Of4_NeedsTwo_AndRejectsAtTheThirdRejection()
    {
        var fourth = new Actor("it", "IT Lead");
        var request = AwaitingApproval(ApprovalPolicy.Quorum(50), Manager, Finance, Security, fourth);

        request.Reject(Manager, Mon(10), "no");
        Assert.Equal(ApprovalOutcome.Pending, request.Reject(Finance, Mon(11), "no"));
        Assert.Equal(ApprovalOutcome.Rejected, request.Reject(Security, Mon(12), "no"));
    }

    [Fact]
    public void Quorum_AtItsEdges_IsAnyOneOrAll()
    {
        var one = AwaitingApproval(ApprovalPolicy.Quorum(1), Manager, Finance, Security);
        Assert.Equal(ApprovalOutcome.Approved, one.Approve(Finance, Mon(10)));

        var hundred = AwaitingApproval(ApprovalPolicy.Quorum(100), Manager, Finance);
        Assert.Equal(ApprovalOutcome.Pending, hundred.Approve(Manager, Mon(10)));
        Assert.Equal(ApprovalOutcome.Rejected, hundred.Reject(Finance, Mon(11), "no"));

        var twoThirds = AwaitingApproval(ApprovalPolicy.Quorum(67), Manager, Finance, Security);
        Assert.Equal(3, twoThirds.RequiredApprovals);
        var ofSix = ApprovalPolicy.Quorum(67).RequiredApprovals(6);
        Assert.Equal(5, ofSix);
    }

    [Fact]
    public void Reject_NeedsAReason()
    {
        var request = AwaitingApproval(ApprovalPolicy.AnyOne, Manager);

        var error = Assert.Throws<ArgumentException>(() => request.Reject(Manager, Mon(10), " "));

        Assert.Equal("reason", error.ParamName);
        Assert.Empty(request.Decisions);
        Assert.Equal(ApprovalOutcome.Rejected, request.Reject(Manager, Mon(10), "no budget"));
    }

    [Fact]
    public void ASecondDecisionByTheSameApprover_IsRefused_AndChangesNothing()
    {
        var request = AwaitingApproval(ApprovalPolicy.All, Manager, Finance);
        request.Approve(Manager, Mon(10));
        long version = request.Version;

        var error = Assert.Throws<InvalidTransitionException>(() => request.Reject(Manager, Mon(11), "changed my mind"));

        Assert.Equal("an approver decides once", error.Rule);
        Assert.Equal(version, request.Version);
        Assert.Equal((1, 0), (request.Approvals, request.Rejections));
        Assert.False(request.CanFire(ServiceRequestTrigger.Approve, Manager, Mon(11)));
        Assert.True(request.CanFire(ServiceRequestTrigger.Approve, Finance, Mon(11)));
    }

    [Fact]
    public void AnActorWhoIsNotAnEligibleApprover_IsRefused()
    {
        var request = AwaitingApproval(ApprovalPolicy.AnyOne, Manager);

        var error = Assert.Throws<CommandNotAuthorizedException>(() => request.Approve(Outsider, Mon(10)));

        Assert.Equal((Outsider, "Approve", "ServiceRequest", "SR-1"), (error.Actor, error.Command, error.RecordType, error.RecordId));
        Assert.Contains(error.Rules, r => r.Contains("only an eligible approver decides on a request (mgr)", StringComparison.Ordinal));
        Assert.Equal(2, request.Version);
        Assert.Contains(request.UnmetRules(ServiceRequestTrigger.Reject, Outsider, Mon(10)), r => r.Contains("eligible approver", StringComparison.Ordinal));
    }

    [Fact]
    public void TheRequester_IsRefusedAsApprover_ByTheSegregationRule()
    {
        var request = AwaitingApproval(ApprovalPolicy.AnyOne, Manager);

        var error = Assert.Throws<CommandNotAuthorizedException>(() => request.Approve(Requester, Mon(10)));

        Assert.Contains(ServiceRequestRoles.ApproverIsNotRequester, error.Rules);
        Assert.Contains(ServiceRequestRoles.ApproverIsNotRequester, request.UnmetRules(ServiceRequestTrigger.Reject, Requester, Mon(10)));
        Assert.Equal(ServiceRequestState.AwaitingApproval, request.State);
    }

    [Fact]
    public void TheSegregationRule_IsPartOfTheReplaceablePolicy_AndEligibilityStillHolds()
    {
        var relaxed = Settings with
        {
            Roles = ServiceRequestRoles.Default.ToBuilder()
                .WithoutSegregation(ServiceRequestTrigger.Approve)
                .WithoutSegregation(ServiceRequestTrigger.Reject)
                .Build(),
        };
        var request = Submitted(ApprovalPolicy.AnyOne, [Manager], relaxed);

        var error = Assert.Throws<CommandNotAuthorizedException>(() => request.Approve(Requester, Mon(10)));

        Assert.DoesNotContain(ServiceRequestRoles.ApproverIsNotRequester, error.Rules);
        Assert.Contains(error.Rules, r => r.Contains("eligible approver", StringComparison.Ordinal));
    }

    [Fact]
    public void Approve_OnARequestThatNeedsNoApproval_IsRefused()
    {
        var request = Submitted();

        var error = Assert.Throws<CommandNotAuthorizedException>(() => request.Approve(Manager, Mon(10)));

        Assert.Contains(error.Rules, r => r.Contains("needs no approval", StringComparison.Ordinal));
    }

    [Fact]
    public void TheDecidingVote_IsRefusedWhole_WhenTheOutcomeCannotBeRecorded()
    {
        // A host policy that forgot to let the system conclude approvals: the vote that would decide is refused, and
        // nothing (not even the vote) is recorded.
        var forgetful = Settings with
        {
            Roles = ServiceRequestRoles.Default.ToBuilder().Allow(ServiceRequestTrigger.ConcludeApproved, Roles.ProcessOwner).Build(),
        };
        var request = Submitted(ApprovalPolicy.All, [Manager, Finance], forgetful);
        request.Approve(Manager, Mon(10));
        long version = request.Version;

        var error = Assert.Throws<CommandNotAuthorizedException>(() => request.Approve(Finance, Mon(11)));

        Assert.Equal("ConcludeApproved", error.Command);
        Assert.Equal(version, request.Version);
        Assert.Equal(1, request.Approvals);
        Assert.False(request.HasDecided(Finance.Id));
    }

    [Fact]
    public void Rejected_IsFinal_ItsResponseClockStopsAndItsFulfilmentClockIsCancelled()
    {
        var request = AwaitingApproval(ApprovalPolicy.AnyOne, Manager);
        request.Reject(Manager, Mon(10), "use the pool laptops");

        Assert.Equal(SlaClockState.Stopped, request.ResponseClock.State);
        Assert.Equal(SlaClockState.Cancelled, request.FulfilmentClock.State);
        foreach (var trigger in Enum.GetValues<ServiceRequestTrigger>().Where(t => t is not (ServiceRequestTrigger.Submit or ServiceRequestTrigger.Advance)))
        {
            Assert.False(request.CanFire(trigger, Desk, Mon(11)));
            Assert.False(request.CanFire(trigger, Actor.System, Mon(11)));
        }

        Assert.Throws<InvalidTransitionException>(() => request.Cancel(Desk, Mon(11), "tidy up"));
        Assert.Throws<InvalidTransitionException>(() => request.Assign(Desk, Mon(11), new Id<Kinds.Group>("g")));
        Assert.Null(request.NextDueAt(Mon(11)));
    }

    [Fact]
    public void Assign_BeforeApproval_IsRefused()
    {
        var request = AwaitingApproval(ApprovalPolicy.AnyOne, Manager);

        var error = Assert.Throws<InvalidTransitionException>(() => request.Assign(Desk, Mon(10), new Id<Kinds.Group>("g")));

        Assert.Equal("AwaitingApproval", error.State);
        request.Approve(Manager, Mon(11));
        request.Assign(Desk, Mon(12), new Id<Kinds.Group>("g"));
        Assert.Equal(ServiceRequestState.InFulfilment, request.State);
    }

    [Fact]
    public void TheFulfilmentClock_DoesNotCountTimeAwaitingApproval()
    {
        var request = AwaitingApproval(ApprovalPolicy.All, Manager, Finance);
        request.Approve(Manager, Mon(10));
        request.Approve(Finance, Day(1, 13));

        var status = request.SlaStatusAt(Day(1, 15)).Fulfilment;

        Assert.Equal(SlaClockState.Running, status.State);
        Assert.Equal(Duration.FromHours(2), status.Elapsed);
        Assert.Equal(Day(4, 13), status.Due);
        Assert.DoesNotContain(request.FulfilmentClock.Explain(Day(1, 15)), s => s.Interval.Start < Day(1, 13));

        // The response clock does count it: the desk can acknowledge a request that awaits approval.
        Assert.True(request.SlaStatusAt(Day(1, 15)).Response.IsBreached);
    }
}
