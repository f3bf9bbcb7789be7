using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Itsm.Sla.Clocks;
using Itsm.Testing;
using Itsm.Testing.Laws;
using NodaTime;
using Interval = NodaTime.Interval;

namespace Itsm.Incidents.Tests.Incidents;

/// <summary>The incident's laws over random command sequences from random actors, each for 10,000 cases.</summary>
[Properties(Arbitrary = [typeof(IncidentArbitraries)], MaxTest = 10_000)]
public class IncidentProperties
{
    [Property]
    public Property AcceptedCommandsKeepTheInvariants(IncidentScenario scenario) => AggregateLaws.AcceptedCommandsKeepTheInvariants(scenario, AssertInvariants);

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

    private static (Incident Incident, Instant End) Run(IncidentScenario scenario)
    {
        var (incident, last) = scenario.Play();
        return (incident, last + Duration.FromDays(3));
    }

    private static void AssertInvariants(Incident incident)
    {
        Assert.True(Enum.IsDefined(incident.State));
        Assert.Equal(incident.State == IncidentState.OnHold, incident.HoldReason is not null);
        Assert.Equal(incident.State == IncidentState.OnHold, incident.ResolutionClock.State == SlaClockState.Paused);
        Assert.Equal(incident.State is IncidentState.New or IncidentState.InProgress, incident.ResolutionClock.State == SlaClockState.Running);
        Assert.Equal(incident.State == IncidentState.Cancelled, incident.CancelReason is not null);
        Assert.Equal(incident.State == IncidentState.Closed, incident.Closure is not null);
        if (incident.State is IncidentState.Resolved or IncidentState.Closed)
        {
            Assert.False(string.IsNullOrWhiteSpace(incident.ResolutionCode));
            Assert.False(string.IsNullOrWhiteSpace(incident.ResolutionNotes));
            Assert.NotNull(incident.ResolvedAt);
        }

        if (incident.State is IncidentState.InProgress or IncidentState.OnHold)
        {
            Assert.False(incident.Group.IsEmpty);
        }

        if (incident.IsAcknowledged)
        {
            Assert.NotEqual(SlaClockState.Running, incident.ResponseClock.State);
        }

        if (incident.State == IncidentState.Closed && incident.IsMajor)
        {
            Assert.NotNull(incident.MajorReview);
        }

        if (incident.IsMajor)
        {
            Assert.False(string.IsNullOrWhiteSpace(incident.MajorOwner));
        }

        Assert.Equal(incident.Events.Count, incident.Version);
        Assert.Equal(Enumerable.Range(1, incident.Events.Count).Select(i => (long)i), incident.Events.Select(e => e.Version));
    }
}
