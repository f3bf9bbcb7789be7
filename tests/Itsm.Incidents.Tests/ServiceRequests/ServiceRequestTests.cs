using System;
using System.Linq;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Sla;
using Itsm.Sla.Clocks;
using Itsm.Sla.Policies;
using Itsm.Sla.Targets;
using Itsm.Testing;
using NodaTime;

namespace Itsm.Incidents.Tests.ServiceRequests;

/// <summary>W = Mon-Fri 09:00-17:00 UTC; Monday is 2026-03-02. P3: response 2 h, fulfilment 24 h.</summary>
public partial class ServiceRequestTests
{
    private static readonly BusinessCalendar W = BusinessCalendar.Builder("W", DateTimeZone.Utc)
        .AddWindow(new LocalTime(9, 0), new LocalTime(17, 0), IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
        .Build();

    private static readonly ServiceRequestSettings Settings = new(ServiceRequestPolicies.For(W));

    private static readonly Actor Desk = new("desk-1", "Desk One", [Roles.ServiceDeskAgent]);
    private static readonly Actor Resolver = new("res-1", "Resolver One", [Roles.Resolver]);
    private static readonly Actor Requester = new("alice", "Alice", [Roles.Customer]);
    private static readonly Actor OtherCustomer = new("bob", "Bob", [Roles.Customer]);
    private static readonly Actor Manager = new("mgr", "Line Manager");
    private static readonly Actor Finance = new("fin", "Finance");
    private static readonly Actor Security = new("sec", "Security Officer");
    private static readonly Actor Outsider = new("out", "Not An Approver");

    private static Instant Mon(int hour, int minute = 0) => Instant.FromUtc(2026, 3, 2, hour, minute);

    private static Instant Day(int day, int hour, int minute = 0) => Instant.FromUtc(2026, 3, 2 + day, hour, minute);

    private static ServiceRequest Submitted(ApprovalPolicy? approval = null, Actor[]? approvers = null, ServiceRequestSettings? settings = null) =>
        ServiceRequest.Submit(
            new Id<Kinds.ServiceRequest>("SR-1"),
            Requester.Id,
            new Id<Kinds.CatalogueItem>("laptop"),
            new Id<Kinds.Service>("workplace"),
            "a laptop for a new starter",
            approval ?? ApprovalPolicy.None,
            (approvers ?? []).Select(a => a.Id),
            settings ?? Settings,
            Requester,
            Mon(9));

    private static ServiceRequest AwaitingApproval(ApprovalPolicy approval, params Actor[] approvers) => Submitted(approval, approvers);

    private static ServiceRequest InFulfilment()
    {
        var request = Submitted();
        request.Assign(Desk, Mon(9, 10), new Id<Kinds.Group>("workplace-team"), "res-1");
        return request;
    }

    [Fact]
    public void Submit_WithoutApproval_IsNew_AndStartsBothClocks()
    {
        var request = Submitted();

        Assert.Equal(ServiceRequestState.New, request.State);
        Assert.Equal(Priority.P3, request.Priority);
        Assert.False(request.NeedsApproval);
        Assert.Null(request.ApprovalRequestedAt);
        var sla = request.SlaStatusAt(Mon(9));
        Assert.Equal(Mon(11), sla.Response.Due);
        Assert.Equal(Day(2, 17), sla.Fulfilment.Due);
        Assert.Equal(ServiceRequest.FulfilmentMetric, sla.Fulfilment.Target.Metric);
        Assert.IsType<ServiceRequestSubmitted>(Assert.Single(request.Events));
    }

    [Fact]
    public void Submit_WithApproval_AwaitsApprovalInTheSameCommand_TheFulfilmentClockWaits()
    {
        var request = AwaitingApproval(ApprovalPolicy.AnyOne, Manager);

        Assert.Equal(ServiceRequestState.AwaitingApproval, request.State);
        Assert.Equal(Mon(9), request.ApprovalRequestedAt);
        Assert.Equal(2, request.Version);
        var requested = Assert.IsType<ServiceRequestApprovalRequested>(request.Events[1]);
        Assert.Equal(Actor.System, requested.Actor);
        Assert.Equal(SlaClockState.Running, request.ResponseClock.State);
        Assert.Equal(SlaClockState.NotStarted, request.FulfilmentClock.State);
        Assert.Null(request.SlaStatusAt(Day(5, 9)).Fulfilment.Due);
    }

    [Fact]
    public void Submit_TakesAPriority_OrTheSettingsDefault()
    {
        var p1 = ServiceRequest.Submit(new Id<Kinds.ServiceRequest>("SR-2"), "alice", new Id<Kinds.CatalogueItem>("vpn"), new Id<Kinds.Service>("network"), "VPN access",
            ApprovalPolicy.None, [], Settings, Desk, Mon(9), Priority.P1);
        var p4 = ServiceRequest.Submit(new Id<Kinds.ServiceRequest>("SR-3"), "alice", new Id<Kinds.CatalogueItem>("vpn"), new Id<Kinds.Service>("network"), "VPN access",
            ApprovalPolicy.None, [], Settings with { DefaultPriority = Priority.P4 }, Desk, Mon(9));

        Assert.Equal((Priority.P1, Duration.FromHours(8)), (p1.Priority, p1.FulfilmentClock.Target.Amount));
        Assert.Equal((Priority.P4, Duration.FromHours(40)), (p4.Priority, p4.FulfilmentClock.Target.Amount));
        Assert.Throws<ArgumentOutOfRangeException>(() => Settings with { DefaultPriority = Priority.None });
    }

    [Fact]
    public void Submit_ApprovalPolicyWithoutApprovers_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => Submitted(ApprovalPolicy.All));

        Assert.Equal("approvers", error.ParamName);
        Assert.Contains("needs at least one eligible approver", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_NoApprovalWithApprovers_IsRefused() =>
        Assert.Contains(
            "needs no approval names no approvers",
            Assert.Throws<ArgumentException>(() => Submitted(ApprovalPolicy.None, [Manager])).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Submit_TheRequesterAsAnEligibleApprover_IsRefusedWithAClearMessage()
    {
        var error = Assert.Throws<ArgumentException>(() => Submitted(ApprovalPolicy.AnyOne, [Manager, Requester]));

        Assert.Equal("approvers", error.ParamName);
        Assert.StartsWith("The requester 'alice' is listed as an eligible approver; the approver is never the requester.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_AnApproverListedTwice_OrAnEmptyApproverId_IsRefused()
    {
        Assert.Contains("'mgr' is listed twice", Assert.Throws<ArgumentException>(() => Submitted(ApprovalPolicy.All, [Manager, Finance, Manager])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ServiceRequest.Submit(new Id<Kinds.ServiceRequest>("SR-1"), "alice", new Id<Kinds.CatalogueItem>("laptop"), new Id<Kinds.Service>("workplace"),
            "x", ApprovalPolicy.AnyOne, [" "], Settings, Requester, Mon(9)));
    }

    [Fact]
    public void Submit_EmptyArguments_AndAPolicyWithoutTargets_AreRefused()
    {
        ServiceRequest Submit(string requester, string details, ServiceRequestSettings settings) =>
            ServiceRequest.Submit(new Id<Kinds.ServiceRequest>("SR-1"), requester, new Id<Kinds.CatalogueItem>("laptop"), new Id<Kinds.Service>("workplace"),
                details, ApprovalPolicy.None, [], settings, Desk, Mon(9));

        Assert.Equal("requester", Assert.Throws<ArgumentException>(() => Submit(" ", "x", Settings)).ParamName);
        Assert.Equal("details", Assert.Throws<ArgumentException>(() => Submit("alice", "", Settings)).ParamName);
        var incidentOnly = SlaPolicy.Builder("incidents").Add(Priority.P3, SlaMetric.Response, Duration.FromHours(1), W).Build();
        Assert.Equal(
            "SLA policy 'incidents' has no fulfilment target for P3, the default priority of service requests; a request submitted without a priority could not be logged.",
            Assert.Single(Assert.Throws<InvalidSlaDefinitionException>(() => new ServiceRequestSettings(incidentOnly)).Problems));
        var onlyP3 = new ServiceRequestSettings(SlaPolicy.Builder("p3")
            .Add(Priority.P3, SlaMetric.Response, Duration.FromHours(1), W)
            .Add(Priority.P3, ServiceRequest.FulfilmentMetric, Duration.FromHours(8), W)
            .Build());
        Assert.Throws<InvalidSlaDefinitionException>(() => onlyP3 with { DefaultPriority = Priority.P1 });
        Assert.Contains("needs a response and a fulfilment target for P1", Assert.Throws<ArgumentException>(() =>
            ServiceRequest.Submit(new Id<Kinds.ServiceRequest>("SR-1"), "alice", new Id<Kinds.CatalogueItem>("laptop"), new Id<Kinds.Service>("workplace"),
                "x", ApprovalPolicy.None, [], onlyP3, Desk, Mon(9), Priority.P1)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ServiceRequest.Submit(default, "alice", new Id<Kinds.CatalogueItem>("laptop"), new Id<Kinds.Service>("workplace"),
            "x", ApprovalPolicy.None, [], Settings, Desk, Mon(9)));
    }

    [Fact]
    public void Assign_StartsFulfilment_AndStopsTheResponseClock()
    {
        var request = InFulfilment();

        Assert.Equal(ServiceRequestState.InFulfilment, request.State);
        Assert.True(request.IsAcknowledged);
        Assert.Equal(SlaClockState.Stopped, request.ResponseClock.State);
        Assert.Equal(Duration.FromMinutes(10), request.SlaStatusAt(Mon(12)).Response.Elapsed);
        Assert.Equal("res-1", request.Assignee);

        request.Assign(Resolver, Mon(10), new Id<Kinds.Group>("field-services"));
        Assert.Equal(new Id<Kinds.Group>("field-services"), request.Group);
        Assert.Null(request.Assignee);
    }

    [Fact]
    public void Acknowledge_StopsTheResponseClock_OnceAndOnlyBeforeTheFirstAssignment()
    {
        var request = AwaitingApproval(ApprovalPolicy.AnyOne, Manager);
        request.Acknowledge(Desk, Mon(9, 30));

        Assert.True(request.IsAcknowledged);
        Assert.Equal(SlaClockState.Stopped, request.ResponseClock.State);
        var again = Assert.Throws<InvalidTransitionException>(() => request.Acknowledge(Desk, Mon(9, 40)));
        Assert.Contains("acknowledged once", again.Rule, StringComparison.Ordinal);

        var assigned = InFulfilment();
        Assert.Throws<InvalidTransitionException>(() => assigned.Acknowledge(Desk, Mon(9, 40)));
    }

    [Fact]
    public void OnHold_PausesTheFulfilmentClock_AndResumeRunsIt()
    {
        var request = InFulfilment();
        request.PutOnHold(Resolver, Mon(10), "waiting for the requester to choose a model");
        Assert.Equal(SlaClockState.Paused, request.FulfilmentClock.State);
        Assert.Equal("waiting for the requester to choose a model", request.HoldReason);
        Assert.Equal(Duration.FromHours(1), request.SlaStatusAt(Day(1, 12)).Fulfilment.Elapsed);

        request.Resume(Resolver, Day(1, 12));

        var status = request.SlaStatusAt(Day(1, 13)).Fulfilment;
        Assert.Equal(ServiceRequestState.InFulfilment, request.State);
        Assert.Null(request.HoldReason);
        Assert.Equal(Duration.FromHours(2), status.Elapsed);
        Assert.Equal(Day(4, 11), status.Due);
        Assert.Throws<ArgumentException>(() => request.PutOnHold(Resolver, Day(1, 14), " "));
    }

    [Fact]
    public void Fulfil_NeedsNotes_StopsTheClocks_AndIsAllowedFromHold()
    {
        var request = InFulfilment();
        Assert.Equal("notes", Assert.Throws<ArgumentException>(() => request.Fulfil(Resolver, Mon(11), " ")).ParamName);
        request.PutOnHold(Resolver, Mon(11), "awaiting delivery");

        request.Fulfil(Resolver, Mon(15), "delivered a ThinkPad, asset LT-0042");

        Assert.Equal(ServiceRequestState.Fulfilled, request.State);
        Assert.Equal("delivered a ThinkPad, asset LT-0042", request.FulfilmentNotes);
        Assert.Equal(Mon(15), request.FulfilledAt);
        Assert.Equal(SlaClockState.Stopped, request.FulfilmentClock.State);
        Assert.Null(request.HoldReason);
        Assert.Equal(Duration.FromHours(2), request.SlaStatusAt(Day(2, 9)).Fulfilment.Elapsed);
    }

    [Fact]
    public void Close_OnTheRequestersConfirmation()
    {
        var request = InFulfilment();
        request.Fulfil(Resolver, Mon(11), "done");
        request.Close(Requester, Mon(12));

        Assert.Equal(ServiceRequestState.Closed, request.State);
        Assert.Equal(ServiceRequestClosureKind.RequesterConfirmed, request.Closure);
        Assert.Null(request.AutoCloseAt);
    }

    [Fact]
    public void Advance_ClosesAutomaticallyAfterTheConfiguredBusinessDays_AndNextDueAtSaysWhen()
    {
        var request = InFulfilment();
        request.Fulfil(Resolver, Mon(11), "done");

        Assert.Equal(Day(3, 11), request.AutoCloseAt);
        Assert.Equal(Day(3, 11), request.NextDueAt(Mon(12)));
        Assert.Empty(request.Advance(Actor.System, Day(3, 10)));

        var events = request.Advance(Actor.System, Day(3, 11));

        Assert.Equal(ServiceRequestState.Closed, request.State);
        var closed = Assert.IsType<ServiceRequestClosed>(Assert.Single(events));
        Assert.Equal((ServiceRequestClosureKind.Automatic, Actor.System), (closed.Kind, closed.Actor));
        Assert.Null(request.NextDueAt(Day(3, 12)));

        var sooner = Submitted(settings: Settings with { AutoCloseAfterBusinessDays = 1 });
        sooner.Assign(Desk, Mon(9, 10), new Id<Kinds.Group>("g"));
        sooner.Fulfil(Resolver, Mon(11), "done");
        Assert.Equal(Day(1, 11), sooner.AutoCloseAt);
        Assert.Throws<ArgumentOutOfRangeException>(() => Settings with { AutoCloseAfterBusinessDays = -1 });
    }

    [Fact]
    public void Advance_RaisesEachWarningOncePerThreshold_AndNoneOnceClosed()
    {
        var request = Submitted();

        var first = request.Advance(Actor.System, Mon(10, 30)).OfType<ServiceRequestSlaWarningRaised>().ToList();
        var again = request.Advance(Actor.System, Mon(10, 40));

        Assert.Equal([SlaThreshold.Percent(50), SlaThreshold.Percent(75)], first.Select(w => w.Threshold));
        Assert.All(first, w => Assert.Equal(SlaMetric.Response, w.Metric));
        Assert.Equal(Mon(10), first[0].FiredAt);
        Assert.Empty(again);
        Assert.Equal(Mon(10, 48), request.NextDueAt(Mon(10, 40)));

        request.Cancel(Requester, Mon(10, 45), "no longer needed");
        Assert.Empty(request.Advance(Actor.System, Day(5, 9)));
        Assert.Null(request.NextDueAt(Day(5, 9)));
    }

    [Fact]
    public void Cancel_FromEveryStateBeforeFulfilment_CancelsTheOpenClocks()
    {
        var fresh = Submitted();
        fresh.Cancel(Requester, Mon(9, 5), "submitted in error");
        Assert.Equal(ServiceRequestState.Cancelled, fresh.State);
        Assert.Equal("submitted in error", fresh.CancelReason);
        Assert.Equal(SlaClockState.Cancelled, fresh.FulfilmentClock.State);

        var awaiting = AwaitingApproval(ApprovalPolicy.All, Manager, Finance);
        awaiting.Approve(Manager, Mon(10));
        awaiting.Cancel(Desk, Mon(11), "withdrawn by phone");
        Assert.Equal(ServiceRequestState.Cancelled, awaiting.State);
        Assert.Equal(SlaClockState.Cancelled, awaiting.FulfilmentClock.State);

        var approved = AwaitingApproval(ApprovalPolicy.AnyOne, Manager);
        approved.Approve(Manager, Mon(10));
        approved.Cancel(Requester, Mon(11), "bought one myself");
        Assert.Equal(ServiceRequestState.Cancelled, approved.State);

        var held = InFulfilment();
        held.PutOnHold(Resolver, Mon(10), "out of stock");
        held.Cancel(Desk, Mon(11), "out of stock for months");
        Assert.Equal(ServiceRequestState.Cancelled, held.State);
        Assert.Null(held.HoldReason);
        Assert.Equal(SlaClockState.Cancelled, held.FulfilmentClock.State);
    }

    [Fact]
    public void Cancel_AfterFulfilment_IsRefused_AndChangesNothing()
    {
        var request = InFulfilment();
        request.Fulfil(Resolver, Mon(11), "done");
        long version = request.Version;

        var error = Assert.Throws<InvalidTransitionException>(() => request.Cancel(Requester, Mon(12), "changed my mind"));

        Assert.Equal(("Fulfilled", "Cancel"), (error.State, error.Trigger));
        Assert.Equal(version, request.Version);
        Assert.Equal(ServiceRequestState.Fulfilled, request.State);
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => Submitted().Cancel(Requester, Mon(10), " ")).ParamName);
    }

    [Fact]
    public void Commands_NeverGoBackInTime()
    {
        var request = InFulfilment();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => request.PutOnHold(Resolver, Mon(9, 5), "x"));

        Assert.Contains("commands never go back in time", error.Message, StringComparison.Ordinal);
        Assert.Contains(request.UnmetRules(ServiceRequestTrigger.PutOnHold, Resolver, Mon(9, 5)), r => r.Contains("never go back in time", StringComparison.Ordinal));
        Assert.Equal(ServiceRequestState.InFulfilment, request.State);
    }

    [Fact]
    public void LifecycleDiagram_IsGeneratedFromTheStatelessConfiguration()
    {
        string diagram = ServiceRequest.LifecycleDiagram();

        Assert.Contains("New --> AwaitingApproval : RequestApproval", diagram, StringComparison.Ordinal);
        Assert.Contains("AwaitingApproval --> Approved : ConcludeApproved", diagram, StringComparison.Ordinal);
        Assert.Contains("OnHold --> InFulfilment : Resume", diagram, StringComparison.Ordinal);
        Assert.DoesNotContain("Fulfilled --> Cancelled", diagram, StringComparison.Ordinal);
    }
}
