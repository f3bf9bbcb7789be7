using Itsm.Json.Incidents;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Incidents;
using Itsm.Json;
using Itsm.Sla.Policies;
using Itsm.Sla.Targets;
using Itsm.Testing.Laws;
using NodaTime;

namespace Itsm.Testing;

/// <summary>An SLA policy with response and resolution targets for P1 to P5, for incident scenarios.</summary>
public static class IncidentPolicies
{
    /// <summary>Builds the policy on a calendar: response / resolution of 0.5 h / 4 h (P1), 1 / 8 (P2), 2 / 16 (P3),
    /// 4 / 40 (P4) and 8 / 80 (P5) business hours, with the default warning thresholds.</summary>
    /// <param name="calendar">The calendar of every target.</param>
    /// <returns>The policy, named "incidents".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static SlaPolicy For(BusinessCalendar calendar)
    {
        Preconditions.CheckNotNull(calendar);
        var builder = SlaPolicy.Builder("incidents");
        foreach (var (priority, response, resolution) in new[] { (Priority.P1, 0.5, 4), (Priority.P2, 1, 8), (Priority.P3, 2, 16), (Priority.P4, 4, 40), (Priority.P5, 8, 80) })
        {
            builder.Add(priority, SlaMetric.Response, Duration.FromHours(response), calendar)
                .Add(priority, SlaMetric.Resolution, Duration.FromHours(resolution), calendar);
        }

        return builder.Build();
    }

    /// <summary>Gets progress updates owed to the customer: every 30 minutes at P1, 2 hours at P2 and 8 hours at P3, in
    /// business time (none at P4 and P5).</summary>
    public static ProgressUpdatePolicy CustomerUpdates { get; } = ProgressUpdatePolicy.None
        .Every(UpdateAudience.Customer, Priority.P1, Duration.FromMinutes(30))
        .Every(UpdateAudience.Customer, Priority.P2, Duration.FromHours(2))
        .Every(UpdateAudience.Customer, Priority.P3, Duration.FromHours(8));

    /// <summary>Gets <see cref="CustomerUpdates"/>, and top management informed of a major incident every hour at P1 and
    /// P2 and every 4 hours at P3.</summary>
    public static ProgressUpdatePolicy ProgressUpdates { get; } = CustomerUpdates
        .Every(UpdateAudience.Management, Priority.P1, Duration.FromHours(1))
        .Every(UpdateAudience.Management, Priority.P2, Duration.FromHours(1))
        .Every(UpdateAudience.Management, Priority.P3, Duration.FromHours(4));
}

/// <summary>A random incident history: impact and urgency, then commands by random actors, some of which are refused.</summary>
/// <param name="Impact">The impact level at logging, 1 to 3.</param>
/// <param name="Urgency">The urgency level at logging, 1 to 3.</param>
/// <param name="Commands">The commands, in order: each a <see cref="HistoryStep{TTrigger}"/> whose actor index points into
/// <see cref="IncidentScenario.Actors"/> and whose choice (0 to 99) picks the command's arguments (group, hold reason,
/// levels, known error...); every fifth choice gives an empty text, which the incident refuses.</param>
/// <remarks>Scenarios play in a fixed world (<see cref="Actors"/>, <see cref="Calendar"/>, <see cref="Start"/>) with the
/// default <see cref="Settings"/>, or with settings of your own (<see cref="Play(IncidentSettings)"/>): that is how an
/// organisation property-tests its own role policy, matrix or time rules.</remarks>
public sealed record IncidentScenario(int Impact, int Urgency, IReadOnlyList<HistoryStep<IncidentTrigger>> Commands)
    : IHistory<Incident, HistoryStep<IncidentTrigger>, IncidentTrigger>
{
    /// <summary>Gets the cast: a service desk agent, a resolver, a caller (customer), an incident manager,
    /// <see cref="Actor.System"/>, and an actor without roles.</summary>
    public static IReadOnlyList<Actor> Actors { get; } =
    [
        new("desk", "Desk", [Roles.ServiceDeskAgent]),
        new("resolver", "Resolver", [Roles.Resolver]),
        new("caller", "Caller", [Roles.Customer]),
        new("im", "Incident Manager", [Roles.IncidentManager]),
        Actor.System,
        new("nobody", "Nobody"),
    ];

    /// <summary>Gets the calendar of the default settings: Monday to Friday 09:00-18:00 UTC.</summary>
    public static BusinessCalendar Calendar { get; } = BusinessCalendars.FiveByNine(DateTimeZone.Utc, new LocalTime(9, 0));

    /// <summary>Gets the default settings: <see cref="IncidentPolicies.For"/> on <see cref="Calendar"/>, progress updates
    /// as <see cref="IncidentPolicies.ProgressUpdates"/>, everything else as <see cref="IncidentSettings"/> defaults.</summary>
    public static IncidentSettings Settings { get; } = new(IncidentPolicies.For(Calendar)) { ProgressUpdates = IncidentPolicies.ProgressUpdates };

    /// <summary>Gets when every scenario's incident is logged: Monday 2026-03-02 08:30 UTC (before opening).</summary>
    public static Instant Start { get; } = Instant.FromUtc(2026, 3, 2, 8, 30);

    /// <summary>Gets the known errors whose workarounds the scenarios apply: KE-W1 published, KE-W2 still a draft (which
    /// the incident refuses to apply).</summary>
    public static IReadOnlyList<KnownError> KnownErrors { get; } = WorkaroundFixtures();

    /// <summary>Gets the JSON options that load the scenarios' incidents.</summary>
    public static ItsmJsonOptions JsonOptions { get; } = new() { Calendars = new BusinessCalendarRegistry([Calendar]), Modules = [new IncidentsJsonModule { Incidents = Settings }] };

    /// <inheritdoc />
    IReadOnlyList<HistoryStep<IncidentTrigger>> IHistory<Incident, HistoryStep<IncidentTrigger>, IncidentTrigger>.Steps => Commands;

    /// <inheritdoc />
    Instant IHistory<Incident, HistoryStep<IncidentTrigger>, IncidentTrigger>.Start => Start;

    /// <inheritdoc />
    ItsmJsonOptions IHistory<Incident, HistoryStep<IncidentTrigger>, IncidentTrigger>.JsonOptions => JsonOptions;

    /// <summary>Logs the scenario's incident, INC-P, with the default settings.</summary>
    /// <returns>The incident, new.</returns>
    public Incident Log() => Log(Settings);

    /// <summary>Logs the scenario's incident, INC-P, by the desk agent at <see cref="Start"/>.</summary>
    /// <param name="settings">The settings to log it with; their matrix must have at least 3 levels.</param>
    /// <returns>The incident, new.</returns>
    public Incident Log(IncidentSettings settings) =>
        Incident.Log(new Id<Kinds.Incident>("INC-P"), "caller", new Id<Kinds.Service>("email"), [], "email", Impact, Urgency, settings, Actors[0], Start);

    /// <summary>Logs the incident with the default settings and runs every command, skipping those it refuses.</summary>
    /// <returns>The incident and the instant of the last command.</returns>
    public (Incident Incident, Instant End) Play() => Play(Settings);

    /// <summary>Logs the incident and runs every command, skipping those the incident refuses with a documented exception
    /// (<see cref="CommandNotAuthorizedException"/>, <see cref="InvalidTransitionException"/>,
    /// <see cref="ArgumentException"/>).</summary>
    /// <param name="settings">The settings to play with.</param>
    /// <returns>The incident and the instant of the last command.</returns>
    public (Incident Incident, Instant End) Play(IncidentSettings settings)
    {
        var incident = Log(settings);
        return (incident, Histories.PlayOn(incident, Commands, Start, Apply));
    }

    /// <inheritdoc />
    Incident IHistory<Incident, HistoryStep<IncidentTrigger>, IncidentTrigger>.Create() => Log();

    /// <inheritdoc />
    void IHistory<Incident, HistoryStep<IncidentTrigger>, IncidentTrigger>.Apply(Incident record, HistoryStep<IncidentTrigger> command, Instant at) => Apply(record, command, at);

    /// <inheritdoc />
    IReadOnlyList<string>? IHistory<Incident, HistoryStep<IncidentTrigger>, IncidentTrigger>.UnmetRules(Incident record, HistoryStep<IncidentTrigger> command, Instant at) =>
        record.UnmetRules(command.Trigger, Actors[command.ActorIndex], at);

    /// <inheritdoc />
    Incident IHistory<Incident, HistoryStep<IncidentTrigger>, IncidentTrigger>.Rebuild(Incident record) => Incident.FromEvents(record.Events, Settings);

    /// <summary>Runs one command; throws whatever the incident throws.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="command">The command.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Apply(Incident incident, HistoryStep<IncidentTrigger> command, Instant at)
    {
        Preconditions.CheckNotNull(incident);
        Preconditions.CheckNotNull(command);
        var by = Actors[command.ActorIndex];
        string text = command.Choice % 5 == 0 ? " " : "because " + command.Choice.ToString(CultureInfo.InvariantCulture);
        string group = "g" + (command.Choice % 3).ToString(CultureInfo.InvariantCulture);
        switch (command.Trigger)
        {
            case IncidentTrigger.Assign: incident.Assign(by, at, new Id<Kinds.Group>(group), command.Choice % 2 == 0 ? null : "person"); break;
            case IncidentTrigger.Acknowledge: incident.Acknowledge(by, at); break;
            case IncidentTrigger.PutOnHold:
                var hold = (HoldReason)(1 + (command.Choice % 4));
                incident.PutOnHold(by, at, hold, hold == HoldReason.AwaitingChange && command.Choice % 7 != 0 ? new Id<Kinds.Change>("CHG-" + (command.Choice % 3).ToString(CultureInfo.InvariantCulture)) : null);
                break;
            case IncidentTrigger.RecordCausingChange: incident.RecordCausingChange(by, at, new Id<Kinds.Change>("CHG-" + (command.Choice % 3).ToString(CultureInfo.InvariantCulture))); break;
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
                    incident.Escalate(by, at, EscalationKind.Functional, text, new Id<Kinds.Group>("g" + (command.Choice % 4).ToString(CultureInfo.InvariantCulture)));
                }

                break;
            case IncidentTrigger.ClassifySecurity: incident.ClassifySecurity(by, at, new SecurityFacts(Duration.FromHours(command.Choice % 10), command.Choice * 1000)); break;
            case IncidentTrigger.DowngradeSecurity: incident.DowngradeSecurity(by, at, (SecurityClass)(command.Choice % 4), text); break;
            case IncidentTrigger.ApplyWorkaround: incident.ApplyWorkaround(by, at, KnownErrors[command.Choice % 3 == 0 ? 1 : 0]); break;
            case IncidentTrigger.ProposeMajor: incident.ProposeMajor(by, at, text); break;
            case IncidentTrigger.DeclareMajor: incident.DeclareMajor(by, at, text); break;
            case IncidentTrigger.RecordTopManagementInformed:
                if (command.Choice % 2 == 0)
                {
                    incident.RecordTopManagementInformed(by, at, text);
                }
                else
                {
                    incident.RecordProgressUpdate(by, at, UpdateAudience.Management, text);
                }

                break;
            case IncidentTrigger.RecordProgressUpdate: incident.RecordProgressUpdate(by, at, UpdateAudience.Customer, text); break;
            case IncidentTrigger.RecordMajorReview: incident.RecordMajorReview(by, at, text); break;
            default: incident.Advance(by, at); break;
        }
    }

    /// <summary>Security facts drawn from a step's choice: outages of 0 to 9 hours and losses up to 99,000, now and then
    /// a compromise of information of each grade (leaked or lost), a disaster, and each kind of event.</summary>
    /// <param name="choice">The step's choice, 0 to 99.</param>
    /// <returns>The facts.</returns>
    public static SecurityFacts SecurityFactsOf(int choice) => new(Duration.FromHours(choice % 10), choice * 1000)
    {
        Information = choice % 7 == 0
            ? new InformationCompromise(SecrecyPolicy.Default.Grades[choice % 3], choice % 2 == 0 ? InformationExposure.Leaked : InformationExposure.Lost)
            : null,
        Disaster = choice % 11 == 0 ? (DisasterDamage)(1 + (choice % 2)) : DisasterDamage.None,
        EventKind = (SecurityEventKind)(choice % 5),
    };

    /// <summary>The scenario as C#, to paste into an example test.</summary>
    /// <returns>The constructor call.</returns>
    public override string ToString() => CSharp.Record(nameof(IncidentScenario), [Impact, Urgency], Commands);

    /// <summary>The known errors of <see cref="KnownErrors"/>: two problems identify one each, and the first is published.</summary>
    private static KnownError[] WorkaroundFixtures()
    {
        var pm = new Actor("pm", "Problem Manager", [Roles.ProblemManager]);
        var at = Start - Duration.FromDays(30);
        KnownError Identified(string problemId, string knownErrorId)
        {
            var problem = Problem.Log(new Id<Kinds.Problem>(problemId), "Mail delivery fails", "Outbound mail queues", new Id<Kinds.Service>("email"), [], Priority.P3, pm, ProblemSettings.Default, pm, at);
            problem.RecordTrendJustification(pm, at, "recurring queue stalls");
            problem.StartAssessment(pm, at);
            problem.StartRootCauseAnalysis(pm, at);
            return problem.IdentifyKnownError(pm, at, new Id<Kinds.KnownError>(knownErrorId), "mail queues", null, "restart the queue");
        }

        var published = Identified("PRB-W1", "KE-W1");
        published.Publish(pm, at);
        return [published, Identified("PRB-W2", "KE-W2")];
    }
}

/// <summary>One command of a random family history: on the parent (0), on a child (1 or 2), or on the family (3).</summary>
/// <param name="Target">0 for the parent, 1 or 2 for a child, 3 for an <see cref="IncidentFamily"/> command.</param>
/// <param name="Command">The command; for the family, <see cref="IncidentTrigger.LinkChild"/>,
/// <see cref="IncidentTrigger.Resolve"/>, <see cref="IncidentTrigger.Reopen"/> (of child 1 or 2, by the choice),
/// <see cref="IncidentTrigger.Close"/> or <see cref="IncidentTrigger.Advance"/>.</param>
public sealed record FamilyCommand(int Target, HistoryStep<IncidentTrigger> Command)
{
    /// <summary>The command as C#, to paste into an example test.</summary>
    /// <returns>The constructor call.</returns>
    public override string ToString() => "new(" + Target.ToString(CultureInfo.InvariantCulture) + ", " + Command + ")";
}

/// <summary>A random history of a major incident and two incidents that may become its children: links, family
/// resolves, closes and advances mixed with each record's own commands.</summary>
/// <param name="Reviewed">Whether the parent's major incident review is recorded up front (so that closing it is
/// reachable within a short history).</param>
/// <param name="Commands">The commands, in order.</param>
public sealed record IncidentFamilyScenario(bool Reviewed, IReadOnlyList<FamilyCommand> Commands)
{
    /// <summary>Gets the triggers of family commands.</summary>
    public static IReadOnlyList<IncidentTrigger> FamilyTriggers { get; } = [IncidentTrigger.LinkChild, IncidentTrigger.Resolve, IncidentTrigger.Reopen, IncidentTrigger.Close, IncidentTrigger.Advance];

    /// <summary>Creates the records with <see cref="IncidentScenario.Settings"/>: the parent INC-P (assigned and declared
    /// major by the incident manager) and the would-be children INC-C1 and INC-C2 (logged), all at
    /// <see cref="IncidentScenario.Start"/>.</summary>
    /// <returns>The parent, then the two children.</returns>
    public IReadOnlyList<Incident> Start()
    {
        var settings = IncidentScenario.Settings;
        var im = IncidentScenario.Actors[3];
        var at = IncidentScenario.Start;
        Incident Logged(string id) => Incident.Log(new Id<Kinds.Incident>(id), "caller", new Id<Kinds.Service>("email"), [], "email", 2, 2, settings, IncidentScenario.Actors[0], at);
        var parent = Logged("INC-P");
        parent.Assign(im, at, new Id<Kinds.Group>("g0"));
        parent.DeclareMajor(im, at, "im");
        if (Reviewed)
        {
            parent.RecordMajorReview(im, at, "reviewed");
        }

        return [parent, Logged("INC-C1"), Logged("INC-C2")];
    }

    /// <summary>Creates the records and runs every command, skipping those refused with a documented exception.</summary>
    /// <returns>The parent and the two would-be children, and the instant of the last command.</returns>
    public (IReadOnlyList<Incident> Records, Instant End) Play()
    {
        var records = Start();
        var at = IncidentScenario.Start;
        foreach (var command in Commands)
        {
            at += command.Command.After;
            try
            {
                Apply(records, command, at);
            }
            catch (Exception e) when (Histories.IsDocumentedRefusal(e))
            {
                // Refused, and so unchanged: the history goes on.
            }
        }

        return (records, at);
    }

    /// <summary>The family of the parent as the records stand (the parent and its linked children).</summary>
    /// <param name="records">The records of <see cref="Start"/>.</param>
    /// <returns>The family.</returns>
    public static IncidentFamily FamilyOf(IReadOnlyList<Incident> records)
    {
        Preconditions.CheckNotNull(records);
        return IncidentFamily.Of(records[0], records.Skip(1).Where(c => c.Parent == records[0].Id));
    }

    /// <summary>Runs one command; throws whatever the records throw.</summary>
    /// <param name="records">The records of <see cref="Start"/>.</param>
    /// <param name="command">The command.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Apply(IReadOnlyList<Incident> records, FamilyCommand command, Instant at)
    {
        Preconditions.CheckNotNull(records);
        Preconditions.CheckNotNull(command);
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
            case IncidentTrigger.Resolve: FamilyOf(records).Resolve(by, at, "restored", "because " + c.Choice.ToString(CultureInfo.InvariantCulture)); break;
            case IncidentTrigger.Reopen: FamilyOf(records).Reopen(records[1 + (c.Choice % 2)].Id, by, at, "still failing"); break;
            case IncidentTrigger.Close: FamilyOf(records).Close(by, at); break;
            default: FamilyOf(records).Advance(by, at); break;
        }
    }

    /// <summary>The scenario, for a failing property's report.</summary>
    /// <returns>Whether reviewed, and the commands.</returns>
    public override string ToString() => CSharp.Record(nameof(IncidentFamilyScenario), [Reviewed], Commands);
}

/// <summary>FsCheck generators of random incident histories, for
/// <c>[Properties(Arbitrary = [typeof(IncidentArbitraries)])]</c>.</summary>
public static class IncidentArbitraries
{
    /// <summary>The commands of incident histories: every trigger but logging, the automatic close (a part of Advance)
    /// and the family's links and cascade (<see cref="IncidentFamilyScenario"/> issues those).</summary>
    private static readonly IReadOnlyList<IncidentTrigger> Triggers = Histories.Triggers(
        IncidentTrigger.Log, IncidentTrigger.AutoClose, IncidentTrigger.LinkChild, IncidentTrigger.LinkToParent, IncidentTrigger.ResolveWithParent);

    /// <summary>Random family histories: up to 20 commands, three in seven on the family (mostly by the incident manager),
    /// the others on the parent or a child by any actor.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<IncidentFamilyScenario> FamilyScenarios() =>
        Histories.Arbitrary((from reviewed in Gen.Elements(true, false)
         from commands in Gen.ArrayOf(
             from target in Gen.Frequency((2, Gen.Constant(0)), (2, Gen.Choose(1, 2)), (3, Gen.Constant(3)))
             from trigger in target == 3
                 ? Gen.Elements<IncidentTrigger>(IncidentFamilyScenario.FamilyTriggers)
                 : Gen.Frequency(Triggers.Select(t => (t is IncidentTrigger.Cancel ? 1 : t is IncidentTrigger.Close ? 6 : 4, Gen.Constant(t))).ToArray())
             from actor in target == 3
                 ? Gen.Frequency((3, Gen.Constant(3)), (2, Gen.Choose(0, 5)))
                 : Gen.Frequency((4, Gen.Choose(0, 3)), (1, Gen.Choose(4, 5)))
             from minutes in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 600)), (1, Gen.Choose(600, 10 * 24 * 60)))
             from choice in Gen.Choose(0, 99)
             select new FamilyCommand(target, new HistoryStep<IncidentTrigger>(trigger, actor, Duration.FromMinutes(minutes), choice)))
         select new IncidentFamilyScenario(reviewed, [.. commands.Take(20)])), s => s.Commands, (s, c) => s with { Commands = c });

    /// <summary>Random incident histories: impact and urgency 1 to 3, usually a first assignment, then up to 14 commands
    /// 0 minutes to 10 days apart, by the desk, a resolver, the caller, the incident manager (often), the system or an
    /// actor without roles (seldom).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<IncidentScenario> Scenarios() =>
        Histories.Arbitrary((from impact in Gen.Choose(1, 3)
         from urgency in Gen.Choose(1, 3)
         from commands in Gen.ArrayOf(
             from trigger in Gen.Frequency(Triggers.Select(t => (t is IncidentTrigger.Cancel or IncidentTrigger.Close ? 1 : 4, Gen.Constant(t))).ToArray())
             from actor in Gen.Frequency((3, Gen.Choose(0, 3)), (1, Gen.Choose(4, 5)))
             from minutes in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 600)), (1, Gen.Choose(600, 10 * 24 * 60)))
             from choice in Gen.Choose(0, 99)
             select new HistoryStep<IncidentTrigger>(trigger, actor, Duration.FromMinutes(minutes), choice))
         from assignFirst in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
         let start = assignFirst ? new[] { new HistoryStep<IncidentTrigger>(IncidentTrigger.Assign, 0, Duration.FromMinutes(10), 1) } : []
         select new IncidentScenario(impact, urgency, [.. start, .. commands.Take(14)])), s => s.Commands, (s, c) => s with { Commands = c });
}
