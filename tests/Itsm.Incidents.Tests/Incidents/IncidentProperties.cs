using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Sla.Clocks;
using NodaTime;
using Interval = NodaTime.Interval;

namespace Itsm.Incidents.Tests.Incidents;

/// <summary>One command of a random incident history, by a random actor.</summary>
public sealed record IncidentCommand(IncidentTrigger Trigger, int ActorIndex, Duration After, int Choice)
{
    public override string ToString() => $"{Trigger} by {IncidentScenario.Actors[ActorIndex].Id} +{After} ({Choice})";
}

/// <summary>A random incident history: impact and urgency, then commands, some of which are refused.</summary>
public sealed record IncidentScenario(int Impact, int Urgency, IncidentCommand[] Commands)
{
    public static readonly Actor[] Actors =
    [
        new("desk", "Desk", [Roles.ServiceDeskAgent]),
        new("resolver", "Resolver", [Roles.Resolver]),
        new("caller", "Caller", [Roles.Customer]),
        new("im", "Incident Manager", [Roles.IncidentManager]),
        Actor.System,
        new("nobody", "Nobody"),
    ];

    public static readonly BusinessCalendar Calendar = BusinessCalendars.FiveByNine(DateTimeZone.Utc, new LocalTime(9, 0));

    public static readonly IncidentSettings Settings = new(IncidentTests.PolicyFor(Calendar));

    public static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 8, 30);

    public Incident Log() =>
        Incident.Log(new Id<Kinds.Incident>("INC-P"), "caller", new Id<Kinds.Service>("email"), [], "email", Impact, Urgency, Settings, Actors[0], Start);

    /// <summary>Runs one command; throws whatever the incident throws.</summary>
    public static void Apply(Incident incident, IncidentCommand command, Instant at)
    {
        var by = Actors[command.ActorIndex];
        string text = command.Choice % 5 == 0 ? " " : "because " + command.Choice;
        switch (command.Trigger)
        {
            case IncidentTrigger.Assign: incident.Assign(by, at, new Id<Kinds.Group>("g" + (command.Choice % 3)), command.Choice % 2 == 0 ? null : "person"); break;
            case IncidentTrigger.Acknowledge: incident.Acknowledge(by, at); break;
            case IncidentTrigger.PutOnHold: incident.PutOnHold(by, at, (HoldReason)(1 + (command.Choice % 4))); break;
            case IncidentTrigger.Resume: incident.Resume(by, at); break;
            case IncidentTrigger.Resolve: incident.Resolve(by, at, "code", text); break;
            case IncidentTrigger.Close: incident.Close(by, at); break;
            case IncidentTrigger.Reopen: incident.Reopen(by, at, text); break;
            case IncidentTrigger.Cancel:
                var reason = (CancelReason)(1 + (command.Choice % 3));
                incident.Cancel(by, at, reason, reason == CancelReason.Duplicate ? new Id<Kinds.Incident>("INC-0") : null);
                break;
            case IncidentTrigger.ChangePriority: incident.ChangePriority(by, at, 1 + (command.Choice % 3), 1 + (command.Choice / 3 % 3)); break;
            case IncidentTrigger.Escalate:
                if (command.Choice % 2 == 0)
                {
                    incident.Escalate(by, at, EscalationKind.Hierarchical, text);
                }
                else
                {
                    incident.Escalate(by, at, EscalationKind.Functional, text, new Id<Kinds.Group>("g" + (command.Choice % 4)));
                }

                break;
            case IncidentTrigger.ClassifySecurity: incident.ClassifySecurity(by, at, new SecurityFacts(Duration.FromHours(command.Choice % 10), command.Choice * 1000)); break;
            default: incident.Advance(by, at); break;
        }
    }

    public override string ToString() => $"impact {Impact}, urgency {Urgency}: {string.Join("; ", Commands.Select(c => c.ToString()))}";
}

public static class IncidentArbitraries
{
    private static readonly IncidentTrigger[] Triggers =
    [
        IncidentTrigger.Assign, IncidentTrigger.Acknowledge, IncidentTrigger.PutOnHold, IncidentTrigger.Resume, IncidentTrigger.Resolve,
        IncidentTrigger.Close, IncidentTrigger.Reopen, IncidentTrigger.Cancel, IncidentTrigger.ChangePriority, IncidentTrigger.Escalate,
        IncidentTrigger.ClassifySecurity, IncidentTrigger.Advance,
    ];

    public static Arbitrary<IncidentScenario> Scenarios() =>
        (from impact in Gen.Choose(1, 3)
         from urgency in Gen.Choose(1, 3)
         from commands in Gen.ArrayOf(
             from trigger in Gen.Frequency(Triggers.Select(t => (t is IncidentTrigger.Cancel or IncidentTrigger.Close ? 1 : 4, Gen.Constant(t))).ToArray())
             from actor in Gen.Frequency((3, Gen.Choose(0, 3)), (1, Gen.Choose(4, 5)))
             from minutes in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 600)), (1, Gen.Choose(600, 10 * 24 * 60)))
             from choice in Gen.Choose(0, 99)
             select new IncidentCommand(trigger, actor, Duration.FromMinutes(minutes), choice))
         from assignFirst in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
         let start = assignFirst ? new[] { new IncidentCommand(IncidentTrigger.Assign, 0, Duration.FromMinutes(10), 1) } : []
         select new IncidentScenario(impact, urgency, [.. start, .. commands.Take(14)])).ToArbitrary();
}

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
        var incident = scenario.Log();
        var at = IncidentScenario.Start;
        foreach (var command in scenario.Commands)
        {
            at += command.After;
            try
            {
                IncidentScenario.Apply(incident, command, at);
            }
            catch (Exception e) when (e is CommandNotAuthorizedException or InvalidTransitionException or ArgumentException)
            {
            }
        }

        return (incident, at + Duration.FromDays(3));
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

        Assert.Equal(incident.Events.Count, incident.Version);
        Assert.Equal(Enumerable.Range(1, incident.Events.Count).Select(i => (long)i), incident.Events.Select(e => e.Version));
    }
}
