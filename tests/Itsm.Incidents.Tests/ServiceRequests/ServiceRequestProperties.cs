using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Itsm.Sla.Clocks;
using Itsm.Testing;
using NodaTime;
using Interval = NodaTime.Interval;
using Itsm.Tests.Shared;

namespace Itsm.Incidents.Tests.ServiceRequests;

/// <summary>The service request's laws over random command sequences from random actors.</summary>
[ScaledProperties(Arbitrary = [typeof(ServiceRequestArbitraries)], Cases = 2_000)]
public class ServiceRequestProperties
{
    /// <summary>Every overdue update is reported once, at the end of exactly one interval of business time after the
    /// submission, the last update or the previous missed deadline; never once the request is fulfilled, rejected or
    /// cancelled; and after an advance none is left unreported.</summary>
    [Property]
    public Property OverdueUpdates_AreReportedOncePerMissedInterval_NeverEarly_NoneLeft(ServiceRequestScenario scenario)
    {
        var (request, last) = scenario.Play();
        var end = last + Duration.FromDays(2);
        request.Advance(Core.Actor.System, end);
        var calendar = ServiceRequestScenario.Calendar;
        var interval = ServiceRequestScenario.Settings.ProgressUpdates.IntervalFor(UpdateAudience.Customer, request.Priority);
        var (open, since, reported) = (true, request.SubmittedAt, 0);
        foreach (var e in request.Events)
        {
            switch (e)
            {
                case ServiceRequestFulfilled or ServiceRequestRejected or ServiceRequestCancelled or ServiceRequestClosed:
                    open = false;
                    break;
                case ServiceRequestProgressUpdated updated:
                    Assert.Equal(UpdateAudience.Customer, updated.Audience);
                    since = updated.At;
                    break;
                case ServiceRequestProgressUpdateOverdue overdue:
                    Assert.True(open && interval is not null, $"{overdue} while nothing is owed");
                    Assert.True(overdue.DueAt <= overdue.At, $"{overdue} is reported early");
                    Assert.Equal(interval, calendar.BusinessTimeBetween(since, overdue.DueAt));
                    Assert.True(calendar.BusinessTimeBetween(since, overdue.DueAt - Duration.Epsilon) < interval, $"{overdue} is reported after its deadline");
                    since = overdue.DueAt;
                    reported++;
                    break;
            }
        }

        if (open && interval is { } every)
        {
            Assert.True(calendar.BusinessTimeBetween(since, end) < every, $"an interval missed by {end} is not reported");
            Assert.Equal(calendar.Add(since, every), request.ProgressUpdateDueAt(UpdateAudience.Customer));
        }
        else
        {
            Assert.Null(request.ProgressUpdateDueAt(UpdateAudience.Customer));
        }

        return true.ToProperty()
            .Classify(reported > 0, "updates reported overdue")
            .Classify(request.ProgressUpdates.Count > 0, "updates recorded")
            .Classify(interval is null, "a priority that owes no updates");
    }

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

}
