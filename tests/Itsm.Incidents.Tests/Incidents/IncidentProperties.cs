using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Sla.Clocks;
using Itsm.Testing;
using NodaTime;
using Interval = NodaTime.Interval;

namespace Itsm.Incidents.Tests.Incidents;

/// <summary>The incident's laws over random command sequences from random actors, each for 10,000 cases.</summary>
[Properties(Arbitrary = [typeof(IncidentArbitraries)], MaxTest = 10_000)]
public class IncidentProperties
{
    [Property]
    public void AcceptedCommandsKeepTheInvariants_RefusedOnesThrowDocumentedErrorsAndChangeNothing(IncidentScenario scenario)
    {
        var incident = scenario.Log();
        var at = IncidentScenario.Start;
        foreach (var command in scenario.Commands)
        {
            at += command.After;
            long version = incident.Version;
            var state = incident.State;
            var sla = incident.SlaStatusAt(at);
            try
            {
                IncidentScenario.Apply(incident, command, at);
            }
            catch (Exception e) when (e is CommandNotAuthorizedException or InvalidTransitionException or ArgumentException)
            {
                Assert.Equal(version, incident.Version);
                Assert.Equal(state, incident.State);
                Assert.Equivalent(sla, incident.SlaStatusAt(at));
                continue;
            }

            AssertInvariants(incident);
        }
    }

    [Property]
    public void RebuildingFromEvents_EqualsTheLiveIncident(IncidentScenario scenario)
    {
        var (incident, end) = Run(scenario);

        var rebuilt = Incident.FromEvents(incident.Events, IncidentScenario.Settings);

        Assert.Equal(incident.Version, rebuilt.Version);
        Assert.Equal(
            (incident.State, incident.Priority, incident.Group, incident.EscalationLevel, incident.SecurityClass, incident.ReopenCount, incident.ResolvedAt, incident.IsAcknowledged),
            (rebuilt.State, rebuilt.Priority, rebuilt.Group, rebuilt.EscalationLevel, rebuilt.SecurityClass, rebuilt.ReopenCount, rebuilt.ResolvedAt, rebuilt.IsAcknowledged));
        Assert.Equivalent(incident.SlaStatusAt(end), rebuilt.SlaStatusAt(end));
        Assert.Equal(incident.NextDueAt(end), rebuilt.NextDueAt(end));
    }

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
