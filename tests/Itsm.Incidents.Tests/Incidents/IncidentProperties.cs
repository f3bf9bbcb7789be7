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

namespace Itsm.Incidents.Tests.Incidents;

/// <summary>The incident's laws over random command sequences from random actors.</summary>
[ScaledProperties(Arbitrary = [typeof(IncidentArbitraries)], Cases = 2_000)]
public class IncidentProperties
{
    [Property]
    public void TheResolutionClock_NeverCountsTimeOnHold(IncidentScenario scenario)
    {
        var (incident, end) = Run(scenario);

        var holds = new List<Interval>();
        Instant? heldSince = null;
        foreach (var e in incident.Events)
        {
            if (e is IncidentPutOnHold)
            {
                heldSince = e.At;
            }
            else if (heldSince is { } since && e is IncidentResumed or IncidentResolved)
            {
                holds.Add(new Interval(since, e.At));
                heldSince = null;
            }
        }

        if (heldSince is { } open)
        {
            holds.Add(new Interval(open, end));
        }

        foreach (var segment in incident.ResolutionClock.Explain(end).Where(s => s.Kind == SlaSegmentKind.Open))
        {
            Assert.DoesNotContain(holds, h => h.Start < h.End && h.Start < segment.Interval.End && segment.Interval.Start < h.End);
        }
    }

    /// <summary>Every overdue update is reported once, at the end of exactly one interval of business time (of the
    /// priority then in force) after the start of the obligation, the last update to its audience or the previous missed
    /// deadline; never while the audience is owed nothing; and after an advance none is left unreported.</summary>
    [Property]
    public Property OverdueUpdates_AreReportedOncePerMissedInterval_NeverEarly_NoneLeft(IncidentScenario scenario)
    {
        var (incident, last) = scenario.Play();
        var end = last + Duration.FromDays(2);
        incident.Advance(Core.Actor.System, end);
        var calendar = IncidentScenario.Calendar;
        var policy = IncidentScenario.Settings.ProgressUpdates;

        var since = new Dictionary<UpdateAudience, Instant>();
        var (open, major, priority, reported) = (true, false, Core.Priority.None, 0);
        foreach (var e in incident.Events)
        {
            switch (e)
            {
                case IncidentLogged logged:
                    (priority, since[UpdateAudience.Customer]) = (logged.Priority, logged.At);
                    break;
                case IncidentPriorityChanged changed:
                    priority = changed.Priority;
                    break;
                case IncidentMajorDeclared declared:
                    (major, since[UpdateAudience.Management]) = (true, declared.At);
                    break;
                case IncidentResolved or IncidentResolvedWithParent or IncidentCancelled or IncidentClosed:
                    open = false;
                    break;
                case IncidentReopened reopened:
                    (open, since[UpdateAudience.Customer], since[UpdateAudience.Management]) = (true, reopened.At, reopened.At);
                    break;
                case IncidentProgressUpdated updated:
                    since[updated.Audience] = updated.At;
                    break;
                case IncidentProgressUpdateOverdue overdue:
                    Assert.True(open && (overdue.Audience == UpdateAudience.Customer || major), $"{overdue} while nothing is owed");
                    Assert.True(overdue.DueAt <= overdue.At, $"{overdue} is reported early");
                    var interval = policy.IntervalFor(overdue.Audience, priority);
                    Assert.NotNull(interval);
                    Assert.Equal(interval, calendar.BusinessTimeBetween(since[overdue.Audience], overdue.DueAt));
                    Assert.True(calendar.BusinessTimeBetween(since[overdue.Audience], overdue.DueAt - Duration.Epsilon) < interval, $"{overdue} is reported after its deadline");
                    since[overdue.Audience] = overdue.DueAt;
                    reported++;
                    break;
            }
        }

        foreach (var audience in new[] { UpdateAudience.Customer, UpdateAudience.Management })
        {
            if (open && (audience == UpdateAudience.Customer || major) && policy.IntervalFor(audience, priority) is { } interval)
            {
                Assert.True(calendar.BusinessTimeBetween(since[audience], end) < interval, $"an interval of {audience} missed by {end} is not reported");
                Assert.Equal(calendar.Add(since[audience], interval), incident.ProgressUpdateDueAt(audience));
            }
            else
            {
                Assert.Null(incident.ProgressUpdateDueAt(audience));
            }
        }

        return true.ToProperty()
            .Classify(reported > 0, "updates reported overdue")
            .Classify(incident.ProgressUpdates.Count > 0, "updates recorded")
            .Classify(incident.Events.OfType<IncidentProgressUpdateOverdue>().Any(o => o.Audience == UpdateAudience.Management), "management's updates reported overdue");
    }

    private static (Incident Incident, Instant End) Run(IncidentScenario scenario)
    {
        var (incident, last) = scenario.Play();
        return (incident, last + Duration.FromDays(3));
    }

}
