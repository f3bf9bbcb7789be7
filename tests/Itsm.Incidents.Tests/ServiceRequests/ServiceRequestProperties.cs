using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using Itsm.Sla.Clocks;
using Itsm.Testing;
using Itsm.Testing.Laws;
using NodaTime;
using Interval = NodaTime.Interval;

namespace Itsm.Incidents.Tests.ServiceRequests;

/// <summary>The service request's laws over random command sequences from random actors, each for 10,000 cases.</summary>
[Properties(Arbitrary = [typeof(ServiceRequestArbitraries)], MaxTest = 10_000)]
public class ServiceRequestProperties
{
    [Property]
    public Property AcceptedCommandsKeepTheInvariants(ServiceRequestScenario scenario) => AggregateLaws.AcceptedCommandsKeepTheInvariants(scenario, AssertInvariants);

    [Property]
    public void TheFulfilmentClock_NeverCountsTimeOnHoldOrAwaitingApproval(ServiceRequestScenario scenario)
    {
        var (request, end) = Run(scenario);

        var excluded = new List<Interval>();
        Instant? since = request.NeedsApproval ? request.SubmittedAt : null;
        foreach (var e in request.Events)
        {
            if (e is ServiceRequestPutOnHold)
            {
                since = e.At;
            }
            else if (since is { } start && e is ServiceRequestApproved or ServiceRequestRejected or ServiceRequestResumed or ServiceRequestFulfilled or ServiceRequestCancelled)
            {
                excluded.Add(new Interval(start, e.At));
                since = null;
            }
        }

        if (since is { } open)
        {
            excluded.Add(new Interval(open, end));
        }

        var counted = request.FulfilmentClock.Explain(end).Where(s => s.Kind == SlaSegmentKind.Open).ToList();
        foreach (var segment in counted)
        {
            Assert.DoesNotContain(excluded, x => x.Start < x.End && x.Start < segment.Interval.End && segment.Interval.Start < x.End);
        }

        Assert.Equal(counted.Aggregate(Duration.Zero, (sum, s) => sum + s.BusinessTime), request.SlaStatusAt(end).Fulfilment.Elapsed);
    }

    [Property]
    public void TheApprovalOutcome_IsReachedByTheDecidingVote_AndFollowsThePolicy(ServiceRequestScenario scenario)
    {
        var (request, _) = Run(scenario);
        if (!request.NeedsApproval)
        {
            Assert.Empty(request.Decisions);
            Assert.Null(request.ApprovalRequestedAt);
            return;
        }

        // Reference: the approvals needed, counted up from zero rather than computed with a ceiling.
        int n = request.Approvers.Count;
        int required = request.Approval.Kind switch
        {
            ApprovalPolicyKind.AnyOne => 1,
            ApprovalPolicyKind.All => n,
            _ => Enumerable.Range(1, n).First(k => k * 100 >= request.Approval.QuorumPercentage!.Value * n),
        };

        int approvals = 0, rejections = 0;
        var events = request.Events;
        for (int i = 0; i < events.Count; i++)
        {
            if (events[i] is not ServiceRequestApprovalDecided vote)
            {
                continue;
            }

            Assert.Contains(vote.Actor.Id, request.Approvers);
            Assert.NotEqual(request.Requester, vote.Actor.Id);
            approvals += vote.Decision == ApprovalDecision.Approve ? 1 : 0;
            rejections += vote.Decision == ApprovalDecision.Reject ? 1 : 0;
            var next = i + 1 < events.Count ? events[i + 1] : null;
            if (approvals >= required)
            {
                Assert.IsType<ServiceRequestApproved>(next);
                Assert.Equal(vote.At, next!.At);
            }
            else if (approvals + (n - approvals - rejections) < required)
            {
                Assert.IsType<ServiceRequestRejected>(next);
                Assert.Equal(vote.At, next!.At);
            }
            else
            {
                Assert.IsNotType<ServiceRequestApproved>(next);
                Assert.IsNotType<ServiceRequestRejected>(next);
            }
        }

        Assert.Equal((approvals, rejections), (request.Approvals, request.Rejections));
        Assert.Equal(request.Decisions.Count, request.Decisions.Select(d => d.Actor.Id).Distinct().Count());
    }

    private static (ServiceRequest Request, Instant End) Run(ServiceRequestScenario scenario)
    {
        var (request, last) = scenario.Play();
        return (request, last + Duration.FromDays(3));
    }

    private static void AssertInvariants(ServiceRequest request)
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
        Assert.Equal(request.Events.Count, request.Version);
        Assert.Equal(Enumerable.Range(1, request.Events.Count).Select(i => (long)i), request.Events.Select(e => e.Version));
    }
}
