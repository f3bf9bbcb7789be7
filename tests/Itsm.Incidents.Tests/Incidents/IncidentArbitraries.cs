using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Sla.Policies;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Incidents.Tests.Incidents;

/// <summary>The SLA policy the incident tests use: response and resolution targets for P1 to P5.</summary>
public static class IncidentPolicies
{
    public static SlaPolicy For(BusinessCalendar calendar)
    {
        var builder = SlaPolicy.Builder("incidents");
        foreach (var (priority, response, resolution) in new[] { (Priority.P1, 0.5, 4), (Priority.P2, 1, 8), (Priority.P3, 2, 16), (Priority.P4, 4, 40), (Priority.P5, 8, 80) })
        {
            builder.Add(priority, SlaMetric.Response, Duration.FromHours(response), calendar)
                .Add(priority, SlaMetric.Resolution, Duration.FromHours(resolution), calendar);
        }

        return builder.Build();
    }
}

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

    public static readonly IncidentSettings Settings = new(IncidentPolicies.For(Calendar));

    public static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 8, 30);

    public Incident Log() =>
        Incident.Log(new Id<Kinds.Incident>("INC-P"), "caller", new Id<Kinds.Service>("email"), [], "email", Impact, Urgency, Settings, Actors[0], Start);

    /// <summary>Logs the incident and runs every command, skipping those the incident refuses with a documented
    /// exception; returns the incident and the instant of the last command.</summary>
    public (Incident Incident, Instant End) Play()
    {
        var incident = Log();
        var at = Start;
        foreach (var command in Commands)
        {
            at += command.After;
            try
            {
                Apply(incident, command, at);
            }
            catch (Exception e) when (e is CommandNotAuthorizedException or InvalidTransitionException or ArgumentException)
            {
            }
        }

        return (incident, at);
    }

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
            case IncidentTrigger.ProposeMajor: incident.ProposeMajor(by, at, text); break;
            case IncidentTrigger.DeclareMajor: incident.DeclareMajor(by, at, text); break;
            case IncidentTrigger.RecordTopManagementInformed: incident.RecordTopManagementInformed(by, at, text); break;
            case IncidentTrigger.RecordMajorReview: incident.RecordMajorReview(by, at, text); break;
            default: incident.Advance(by, at); break;
        }
    }

    public override string ToString() => $"impact {Impact}, urgency {Urgency}: {string.Join("; ", Commands.Select(c => c.ToString()))}";
}

/// <summary>One command of a random family history: on the parent (0), on a child (1 or 2), or on the family (3).</summary>
public sealed record FamilyCommand(int Target, IncidentCommand Command)
{
    public override string ToString() => (Target == 3 ? "family" : Target == 0 ? "parent" : "child " + Target) + ": " + Command;
}

/// <summary>A random history of a major incident (declared at the start) and two incidents that may become its
/// children: links, family resolves, closes and advances mixed with each record's own commands.</summary>
public sealed record IncidentFamilyScenario(bool Reviewed, FamilyCommand[] Commands)
{
    public static readonly IncidentTrigger[] FamilyTriggers = [IncidentTrigger.LinkChild, IncidentTrigger.Resolve, IncidentTrigger.Close, IncidentTrigger.Advance];

    /// <summary>The parent (assigned and declared major, its review recorded up front when <see cref="Reviewed"/> so that
    /// closing it is reachable) and the two would-be children (logged).</summary>
    public Incident[] Start()
    {
        var settings = IncidentScenario.Settings;
        var im = IncidentScenario.Actors[3];
        Incident Logged(string id) => Incident.Log(new Id<Kinds.Incident>(id), "caller", new Id<Kinds.Service>("email"), [], "email", 2, 2, settings, IncidentScenario.Actors[0], IncidentScenario.Start);
        var parent = Logged("INC-P");
        parent.Assign(im, IncidentScenario.Start, new Id<Kinds.Group>("g0"));
        parent.DeclareMajor(im, IncidentScenario.Start, "im");
        if (Reviewed)
        {
            parent.RecordMajorReview(im, IncidentScenario.Start, "reviewed");
        }

        return [parent, Logged("INC-C1"), Logged("INC-C2")];
    }

    /// <summary>The family of the parent as the records stand (its linked children).</summary>
    public static IncidentFamily FamilyOf(Incident[] records) => IncidentFamily.Of(records[0], records.Skip(1).Where(c => c.Parent == records[0].Id));

    /// <summary>Runs one command; throws whatever the records throw.</summary>
    public static void Apply(Incident[] records, FamilyCommand command, Instant at)
    {
        var c = command.Command;
        if (command.Target < 3)
        {
            IncidentScenario.Apply(records[command.Target], c, at);
            return;
        }

        var by = IncidentScenario.Actors[c.ActorIndex];
        switch (c.Trigger)
        {
            case IncidentTrigger.LinkChild: IncidentFamily.Link(records[0], records[1 + (c.Choice % 2)], by, at); break;
            case IncidentTrigger.Resolve: FamilyOf(records).Resolve(by, at, "restored", "because " + c.Choice); break;
            case IncidentTrigger.Close: FamilyOf(records).Close(by, at); break;
            default: FamilyOf(records).Advance(by, at); break;
        }
    }

    public override string ToString() => (Reviewed ? "reviewed; " : string.Empty) + string.Join("; ", Commands.Select(c => c.ToString()));
}

public static class IncidentArbitraries
{
    private static readonly IncidentTrigger[] Triggers =
    [
        IncidentTrigger.Assign, IncidentTrigger.Acknowledge, IncidentTrigger.PutOnHold, IncidentTrigger.Resume, IncidentTrigger.Resolve,
        IncidentTrigger.Close, IncidentTrigger.Reopen, IncidentTrigger.Cancel, IncidentTrigger.ChangePriority, IncidentTrigger.Escalate,
        IncidentTrigger.ClassifySecurity, IncidentTrigger.Advance, IncidentTrigger.ProposeMajor, IncidentTrigger.DeclareMajor,
        IncidentTrigger.RecordTopManagementInformed, IncidentTrigger.RecordMajorReview,
    ];

    public static Arbitrary<IncidentFamilyScenario> FamilyScenarios() =>
        (from reviewed in Gen.Elements(true, false)
         from commands in Gen.ArrayOf(
             from target in Gen.Frequency((2, Gen.Constant(0)), (2, Gen.Choose(1, 2)), (3, Gen.Constant(3)))
             from trigger in target == 3
                 ? Gen.Elements(IncidentFamilyScenario.FamilyTriggers)
                 : Gen.Frequency(Triggers.Select(t => (t is IncidentTrigger.Cancel ? 1 : t is IncidentTrigger.Close ? 6 : 4, Gen.Constant(t))).ToArray())
             from actor in target == 3
                 ? Gen.Frequency((3, Gen.Constant(3)), (2, Gen.Choose(0, 5)))
                 : Gen.Frequency((4, Gen.Choose(0, 3)), (1, Gen.Choose(4, 5)))
             from minutes in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 600)), (1, Gen.Choose(600, 10 * 24 * 60)))
             from choice in Gen.Choose(0, 99)
             select new FamilyCommand(target, new IncidentCommand(trigger, actor, Duration.FromMinutes(minutes), choice)))
         select new IncidentFamilyScenario(reviewed, [.. commands.Take(20)])).ToArbitrary();

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
