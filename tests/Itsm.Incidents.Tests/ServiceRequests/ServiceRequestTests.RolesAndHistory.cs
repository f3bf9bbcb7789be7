using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;

namespace Itsm.Incidents.Tests.ServiceRequests;

/// <summary>Role refusals, the replaceable policy, and rebuilding from events.</summary>
public partial class ServiceRequestTests
{
    [Fact]
    public void ARoleRefusal_NamesTheActorTheRoleItLacksAndTheCommand_AndChangesNothing()
    {
        var request = InFulfilment();
        long version = request.Version;

        var error = Assert.Throws<CommandNotAuthorizedException>(() => request.Fulfil(Requester, Mon(11), "did it myself"));

        Assert.Equal((Requester, "Fulfil"), (error.Actor, error.Command));
        Assert.Contains(Roles.Resolver, error.RequiredRoles);
        Assert.Contains("Alice (alice) may not Fulfil ServiceRequest 'SR-1'", error.Message, StringComparison.Ordinal);
        Assert.Contains(error.Rules, r => r.Contains("needs one of the roles resolver, service-desk-agent", StringComparison.Ordinal));
        Assert.Equal(version, request.Version);
        Assert.Equal(ServiceRequestState.InFulfilment, request.State);
        Assert.True(request.CanFire(ServiceRequestTrigger.Fulfil, Resolver, Mon(11)));
    }

    [Fact]
    public void Submit_ByAnActorWithoutTheRole_IsRefused()
    {
        var error = Assert.Throws<CommandNotAuthorizedException>(() => ServiceRequest.Submit(
            new Id<Kinds.ServiceRequest>("SR-9"), "alice", new Id<Kinds.CatalogueItem>("laptop"), new Id<Kinds.Service>("workplace"), "x",
            ApprovalPolicy.None, [], Settings, Resolver, Mon(9)));

        Assert.Equal("Submit", error.Command);
        Assert.Equal([Roles.Customer, Roles.ServiceDeskAgent], error.RequiredRoles);
    }

    [Fact]
    public void TheDefaultPolicy_FollowsTheSourceDocuments()
    {
        var policy = ServiceRequestRoles.Default;

        Assert.Contains(Roles.ServiceDeskAgent, policy.RolesFor(ServiceRequestTrigger.Assign)!);
        Assert.Contains(Roles.Resolver, policy.RolesFor(ServiceRequestTrigger.Fulfil)!);
        Assert.Contains(Roles.Customer, policy.RolesFor(ServiceRequestTrigger.Submit)!);
        Assert.Contains(Roles.Customer, policy.RolesFor(ServiceRequestTrigger.Close)!);
        Assert.Null(policy.RolesFor(ServiceRequestTrigger.Approve));
        Assert.Equal([Roles.System], policy.RolesFor(ServiceRequestTrigger.Advance));
        Assert.Equal([Roles.System], policy.RolesFor(ServiceRequestTrigger.ConcludeRejected));
        Assert.Same(policy, Settings.Roles);
    }

    [Fact]
    public void ACustomer_ConfirmsOrWithdrawsOnlyTheirOwnRequest()
    {
        var request = InFulfilment();

        var cancel = Assert.Throws<CommandNotAuthorizedException>(() => request.Cancel(OtherCustomer, Mon(10), "not mine"));
        Assert.Contains(ServiceRequestRoles.CustomerActsOnOwnRequest, cancel.Rules);

        request.Fulfil(Resolver, Mon(11), "done");
        Assert.Contains(ServiceRequestRoles.CustomerActsOnOwnRequest, Assert.Throws<CommandNotAuthorizedException>(() => request.Close(OtherCustomer, Mon(12))).Rules);
        Assert.True(request.CanFire(ServiceRequestTrigger.Close, Desk, Mon(12)));
        request.Close(Requester, Mon(12));
        Assert.Equal(ServiceRequestState.Closed, request.State);
    }

    [Fact]
    public void AHostPolicy_ReplacesTheDefault()
    {
        var strict = Settings with
        {
            Roles = ServiceRequestRoles.Default.ToBuilder()
                .Allow(ServiceRequestTrigger.Cancel, Roles.ServiceDeskAgent)
                .Separate(ServiceRequestTrigger.Fulfil, "the fulfiller is never the requester", (r, a) => a.Id != r.Requester)
                .Build(),
        };
        var request = Submitted(settings: strict);

        Assert.Throws<CommandNotAuthorizedException>(() => request.Cancel(Requester, Mon(10), "withdrawn"));
        request.Cancel(Desk, Mon(10), "withdrawn by phone");
        Assert.Equal(ServiceRequestState.Cancelled, request.State);
    }

    [Fact]
    public void Advance_IsTheSystemsCommand()
    {
        var request = Submitted();

        var error = Assert.Throws<CommandNotAuthorizedException>(() => request.Advance(Desk, Mon(12)));

        Assert.Equal("Advance", error.Command);
        Assert.Equal(1, request.Version);
    }

    [Fact]
    public void FromEvents_RebuildsTheSameRequestDecisionsAndClocks()
    {
        var request = AwaitingApproval(ApprovalPolicy.Quorum(50), Manager, Finance, Security);
        request.Reject(Manager, Mon(10), "no");
        request.Approve(Finance, Mon(11), "yes");
        request.Approve(Security, Mon(12));
        request.Assign(Desk, Mon(13), new Id<Kinds.Group>("g"), "res-1");
        request.PutOnHold(Resolver, Mon(14), "awaiting delivery");
        request.Advance(Actor.System, Day(1, 9));
        request.Resume(Resolver, Day(1, 10));
        request.Fulfil(Resolver, Day(1, 16), "delivered");

        var rebuilt = ServiceRequest.FromEvents(request.Events, Settings);

        Assert.Equal(request.Version, rebuilt.Version);
        Assert.Equal((request.State, request.ApprovedAt, request.Approvals, request.Rejections), (rebuilt.State, rebuilt.ApprovedAt, rebuilt.Approvals, rebuilt.Rejections));
        Assert.Equal(request.Decisions, rebuilt.Decisions);
        Assert.Equal(request.AutoCloseAt, rebuilt.AutoCloseAt);
        Assert.Equivalent(request.SlaStatusAt(Day(2, 12)), rebuilt.SlaStatusAt(Day(2, 12)));
        Assert.Empty(rebuilt.Advance(Actor.System, Day(1, 16)).OfType<ServiceRequestSlaWarningRaised>());
    }

    [Fact]
    public void FromEvents_RefusesADecisionFromSomeoneWhoIsNotAnEligibleApprover()
    {
        var events = AwaitingApproval(ApprovalPolicy.All, Manager, Finance).Events.ToList();
        events.Add(new ServiceRequestApprovalDecided(Mon(10), Outsider, ApprovalDecision.Approve, null) { Version = 3 });

        var error = Assert.Throws<InvalidHistoryException>(() => ServiceRequest.FromEvents(events, Settings));

        Assert.Equal(3, error.Version);
        Assert.Contains("eligible approver", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEvents_RefusesAnOutcomeTheDecisionsDoNotGive_AndADecidingVoteWithoutItsOutcome()
    {
        var request = AwaitingApproval(ApprovalPolicy.All, Manager, Finance);
        request.Approve(Manager, Mon(10));
        var early = request.Events.Append(new ServiceRequestApproved(Mon(10), Actor.System) { Version = 4 });
        Assert.Equal(ServiceRequestLifecycle.RuleMet, Assert.Throws<InvalidHistoryException>(() => ServiceRequest.FromEvents(early, Settings)).Rule);

        request.Approve(Finance, Mon(11));
        var cut = request.Events.Take(4).ToList();
        Assert.Contains("followed by the approval's outcome", Assert.Throws<InvalidHistoryException>(() => ServiceRequest.FromEvents(cut, Settings)).Rule, StringComparison.Ordinal);
        var interrupted = cut.Append(new ServiceRequestAcknowledged(Mon(11), Desk) { Version = 5 });
        Assert.Contains("followed by the approval's outcome", Assert.Throws<InvalidHistoryException>(() => ServiceRequest.FromEvents(interrupted, Settings)).Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEvents_RefusesARequestThatNeedsApprovalButWasNotSentForIt_AndAnEmptyHistory()
    {
        var submitted = AwaitingApproval(ApprovalPolicy.AnyOne, Manager).Events.Take(1).ToList();
        Assert.Contains("sent for approval by its submission", Assert.Throws<InvalidHistoryException>(() => ServiceRequest.FromEvents(submitted, Settings)).Rule, StringComparison.Ordinal);

        var assigned = submitted.Append(new ServiceRequestAssigned(Mon(10), Desk, new Id<Kinds.Group>("g"), null) { Version = 2 });
        Assert.Throws<InvalidHistoryException>(() => ServiceRequest.FromEvents(assigned, Settings));

        Assert.Throws<InvalidHistoryException>(() => ServiceRequest.FromEvents([], Settings));
    }

    [Fact]
    public void FromEvents_RefusesASubmissionThatListsTheRequesterAsApprover()
    {
        var submitted = (ServiceRequestSubmitted)AwaitingApproval(ApprovalPolicy.AnyOne, Manager).Events[0];
        List<ServiceRequestEvent> events = [submitted with { Approvers = ["mgr", "alice"] }, new ServiceRequestApprovalRequested(Mon(9), Actor.System) { Version = 2 }];

        var error = Assert.Throws<InvalidHistoryException>(() => ServiceRequest.FromEvents(events, Settings));

        Assert.Equal(1, error.Version);
        Assert.Contains("the approver is never the requester", error.Rule, StringComparison.Ordinal);
    }
}
