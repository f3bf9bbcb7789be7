using Itsm.Json.Changes;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Calendars;
using Itsm.Changes;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Approvals;
using Itsm.Core.Ids;
using Itsm.Json;
using Itsm.Testing.Laws;
using NodaTime;
using Interval = NodaTime.Interval;

namespace Itsm.Testing;

/// <summary>
/// A random change history: the model (normal, emergency or standard), then commands by random actors, mostly in the
/// order of the model's path, some of them refused.
/// </summary>
/// <param name="Model">The change's model.</param>
/// <param name="Commands">The commands, oldest first: each a <see cref="HistoryStep{TTrigger}"/> whose actor index points
/// into <see cref="Actors"/> and whose choice (0 to 99) picks the arguments (risk answers, vote, window, outcome...).</param>
/// <remarks>Scenarios play in a fixed world (<see cref="Actors"/>, <see cref="Settings"/>, <see cref="Template"/>,
/// <see cref="Start"/>), or with settings of your own (<see cref="Play(ChangeSettings)"/>): that is how an organisation
/// property-tests its own boards, risk model or role policy.</remarks>
public sealed record ChangeScenario(ChangeModel Model, IReadOnlyList<HistoryStep<ChangeTrigger>> Commands)
    : IHistory<Change, HistoryStep<ChangeTrigger>, ChangeTrigger>
{
    /// <summary>Gets the cast, by index: 0 the requester (a resolver, <c>res-1</c>); 1 the change manager (<c>cm-1</c>);
    /// 2 a deputy change manager (<c>cm-2</c>); 3 the implementer (<c>impl-1</c>); 4, 5 and 6 board members
    /// (<c>cab-1</c>, also on the emergency board, <c>cab-2</c>, <c>cab-3</c>); 7 the security officer (<c>sec</c>, who
    /// holds a veto); 8 an emergency board member (<c>ecab-2</c>); 9 <see cref="Actor.System"/>; 10 an actor without
    /// roles (<c>nobody</c>).</summary>
    public static IReadOnlyList<Actor> Actors { get; } =
    [
        new("res-1", "Requester", [Roles.Resolver]),
        new("cm-1", "Change Manager", [Roles.ChangeManager]),
        new("cm-2", "Deputy Change Manager", [Roles.ChangeManager]),
        new("impl-1", "Implementer", [Roles.Resolver]),
        new("cab-1", "Board Member One", [Roles.CabMember]),
        new("cab-2", "Board Member Two", [Roles.CabMember]),
        new("cab-3", "Board Member Three", [Roles.CabMember]),
        new("sec", "Security Officer", [Roles.CabMember]),
        new("ecab-2", "Emergency Board Member", [Roles.CabMember]),
        Actor.System,
        new("nobody", "Nobody"),
    ];

    /// <summary>Gets the change calendar: Monday to Friday 09:00-18:00 UTC.</summary>
    public static BusinessCalendar Calendar { get; } = BusinessCalendars.FiveByNine(DateTimeZone.Utc, new LocalTime(9, 0));

    /// <summary>Gets the settings: the board cab-1, cab-2, cab-3 and sec (a veto), quorum 3; the emergency board cab-1 and
    /// ecab-2, quorum 50 %; everything else as <see cref="ChangeSettings"/> defaults.</summary>
    public static ChangeSettings Settings { get; } = new(
        Calendar,
        new CabRule(["cab-1", "cab-2", "cab-3", "sec"], Quorum.Count(3), vetoMembers: ["sec"]),
        new CabRule(["cab-1", "ecab-2"], Quorum.Share(50)));

    /// <summary>Gets when every scenario's change is requested: Monday 2026-03-02 08:30 UTC.</summary>
    public static Instant Start { get; } = Instant.FromUtc(2026, 3, 2, 8, 30);

    /// <summary>Gets the template standard scenarios are made from: approved the day before <see cref="Start"/>, expiring
    /// 20 days after it (so a long history outlives it).</summary>
    public static ChangeTemplate Template { get; } = MakeTemplate();

    /// <summary>Gets the change schedule every scenario is scheduled against: CHG-A on mx-01 (the scenario's item) Tuesday
    /// 18:00-20:00 by impl-1, CHG-B on vm-01 (mx-01's parent) Wednesday 10:00-14:00 by impl-3, CHG-C on lb-01 Thursday
    /// 09:00-17:00 by impl-2; maintenance windows every evening 18:00-23:00 UTC; a freeze all of Monday 2026-03-09.</summary>
    public static ChangeSchedule Schedule { get; } = new(
        [
            new(new Id<Kinds.Change>("CHG-A"), Window(3, 18, 20), [new("mx-01")], "impl-1"),
            new(new Id<Kinds.Change>("CHG-B"), Window(4, 10, 14), [new("vm-01")], "impl-3"),
            new(new Id<Kinds.Change>("CHG-C"), Window(5, 9, 17), [new("lb-01")], "impl-2"),
        ],
        new ScheduleRules(
            BusinessCalendar.Builder("maintenance", DateTimeZone.Utc).AddWindow(new LocalTime(18, 0), new LocalTime(23, 0), Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None).ToArray()).Build(),
            [new FreezePeriod("Monday freeze", new Interval(Instant.FromUtc(2026, 3, 9, 0, 0), Instant.FromUtc(2026, 3, 10, 0, 0)))]),
        new ConfigurationRelationsTable([(new Id<Kinds.ConfigurationItem>("vm-01"), new Id<Kinds.ConfigurationItem>("mx-01"))]));

    /// <summary>Gets the JSON options that load the scenarios' changes.</summary>
    public static ItsmJsonOptions JsonOptions { get; } = new() { Calendars = new BusinessCalendarRegistry([Calendar]), Modules = [new ChangesJsonModule { Changes = Settings }] };

    /// <inheritdoc />
    IReadOnlyList<HistoryStep<ChangeTrigger>> IHistory<Change, HistoryStep<ChangeTrigger>, ChangeTrigger>.Steps => Commands;

    /// <inheritdoc />
    Instant IHistory<Change, HistoryStep<ChangeTrigger>, ChangeTrigger>.Start => Start;

    /// <inheritdoc />
    ItsmJsonOptions IHistory<Change, HistoryStep<ChangeTrigger>, ChangeTrigger>.JsonOptions => JsonOptions;

    /// <summary>Requests the scenario's change, CHG-P, by the requester at <see cref="Start"/>.</summary>
    /// <param name="settings">The settings; their role policy must let a resolver request changes.</param>
    /// <returns>The change, a draft.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public Change Request(ChangeSettings settings)
    {
        Preconditions.CheckNotNull(settings);
        var id = new Id<Kinds.Change>("CHG-P");
        Id<Kinds.Service>[] services = [new("email")];
        Id<Kinds.ConfigurationItem>[] items = [new("mx-01")];
        return Model == ChangeModel.Standard
            ? Change.FromTemplate(id, Template, "renew the relay certificate", services, items, settings, Actors[0], Start)
            : Change.Request(id, Model, "Patch the mail relay", "CVE fix for the relay", services, items, settings, Actors[0], Start);
    }

    /// <summary>Requests the change with <see cref="Settings"/> and runs every command, skipping those it refuses.</summary>
    /// <returns>The change and the instant of the last command.</returns>
    public (Change Change, Instant End) Play() => Play(Settings);

    /// <summary>Requests the change and runs every command, skipping those it refuses with a documented exception.</summary>
    /// <param name="settings">The settings to play with.</param>
    /// <returns>The change and the instant of the last command.</returns>
    public (Change Change, Instant End) Play(ChangeSettings settings)
    {
        var change = Request(settings);
        return (change, Histories.PlayOn(change, Commands, Start, Apply));
    }

    /// <inheritdoc />
    Change IHistory<Change, HistoryStep<ChangeTrigger>, ChangeTrigger>.Create() => Request(Settings);

    /// <inheritdoc />
    void IHistory<Change, HistoryStep<ChangeTrigger>, ChangeTrigger>.Apply(Change record, HistoryStep<ChangeTrigger> command, Instant at) => Apply(record, command, at);

    /// <inheritdoc />
    /// <remarks>Both conclusions are the chair's <see cref="Change.Decide"/>, whose trigger the votes choose
    /// (<see cref="Change.DecisionTrigger"/>): the query is asked about that one.</remarks>
    IReadOnlyList<string>? IHistory<Change, HistoryStep<ChangeTrigger>, ChangeTrigger>.UnmetRules(Change record, HistoryStep<ChangeTrigger> command, Instant at) =>
        record.UnmetRules(command.Trigger is ChangeTrigger.ConcludeAuthorized or ChangeTrigger.ConcludeRejected ? record.DecisionTrigger : command.Trigger, Actors[command.ActorIndex], at);

    /// <inheritdoc />
    Change IHistory<Change, HistoryStep<ChangeTrigger>, ChangeTrigger>.Rebuild(Change record) => Change.FromEvents(record.Events, Settings);

    /// <summary>Runs one command; throws whatever the change throws. The choice picks the arguments: risk answers (low,
    /// medium or high by the choice modulo 3), a text left blank every eleventh choice (refused), no override of the
    /// schedule's conflicts every fifth (refused when there are conflicts), a blank backout plan
    /// every thirteenth (refused), the vote (approve, reject, abstain by the choice modulo 3; a rejection without a reason
    /// every seventh), the window (from 1 to 48 hours ahead), the outcome (a failed one without a remedy every seventh
    /// choice, refused), the implementer (none every tenth choice, refused when none is planned).</summary>
    /// <param name="change">The change.</param>
    /// <param name="command">The command.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Apply(Change change, HistoryStep<ChangeTrigger> command, Instant at)
    {
        Preconditions.CheckNotNull(change);
        Preconditions.CheckNotNull(command);
        var by = Actors[command.ActorIndex];
        int choice = command.Choice;
        string text = choice % 11 == 0 ? " " : "because " + choice.ToString(CultureInfo.InvariantCulture);
        switch (command.Trigger)
        {
            case ChangeTrigger.Submit: change.Submit(by, at); break;
            case ChangeTrigger.StartAssessment: change.StartAssessment(by, at); break;
            case ChangeTrigger.RecordAssessment: change.RecordAssessment(by, at, new ChangeAssessment(AnswersOf(choice), text, choice * 100m, "tested", "ten minutes")); break;
            case ChangeTrigger.RecordPlans: change.RecordPlans(by, at, new ChangePlans("apply", "test", choice % 13 == 0 ? " " : "restore"), choice % 4 == 0 ? "impl-2" : "impl-1"); break;
            case ChangeTrigger.Plan: change.Plan(by, at); break;
            case ChangeTrigger.RequestAuthorization: change.RequestAuthorization(by, at); break;
            case ChangeTrigger.Vote: change.Vote(by, at, (CabVote)(1 + (choice % 3)), choice % 7 == 0 ? null : text); break;
            case ChangeTrigger.ConcludeAuthorized or ChangeTrigger.ConcludeRejected: change.Decide(by, at, text); break;
            case ChangeTrigger.Authorize: change.Authorize(by, at, text); break;
            case ChangeTrigger.Reject: change.Reject(by, at, text); break;
            case ChangeTrigger.Schedule: change.Schedule(by, at, WindowOf(at, choice), Schedule, choice % 10 == 9 ? null : choice % 3 == 0 ? "impl-2" : change.Implementer ?? "impl-1", OverrideOf(choice)); break;
            case ChangeTrigger.Reschedule: change.Reschedule(by, at, WindowOf(at, choice), text, Schedule, OverrideOf(choice)); break;
            case ChangeTrigger.StartImplementation: change.StartImplementation(by, at); break;
            case ChangeTrigger.ImplementNow: change.ImplementNow(by, at, text); break;
            case ChangeTrigger.Complete:
                var outcome = (ChangeOutcome)(1 + (choice % 3));
                change.Complete(by, at, outcome, "done", outcome == ChangeOutcome.Failed && choice % 7 == 0 ? null : "restored");
                break;
            case ChangeTrigger.ApproveRetrospectively: change.ApproveRetrospectively(by, at, text); break;
            case ChangeTrigger.RecordReview: change.RecordReview(by, at, text); break;
            case ChangeTrigger.Close: change.Close(by, at); break;
            case ChangeTrigger.Cancel: change.Cancel(by, at, text); break;
            case ChangeTrigger.Link:
                string id = "X-" + (choice % 4).ToString(CultureInfo.InvariantCulture);
                switch (choice % 3)
                {
                    case 0: change.LinkFixedProblem(by, at, new Id<Kinds.Problem>(id)); break;
                    case 1: change.LinkFixedKnownError(by, at, new Id<Kinds.KnownError>(id)); break;
                    default: change.LinkCausedIncident(by, at, new Id<Kinds.Incident>(id)); break;
                }

                break;
            default: change.Advance(by, at); break;
        }
    }

    /// <summary>Risk answers of the default questionnaire drawn from a choice: low (score 0 to 4), medium or high.</summary>
    /// <param name="choice">The step's choice, 0 to 99.</param>
    /// <returns>The answers, by question id.</returns>
    public static IReadOnlyDictionary<string, int> AnswersOf(int choice)
    {
        int[] answers = (choice % 3) switch
        {
            0 => [0, choice % 2, 0, 0, 0, 0],
            1 => [1, 1, 1, 0, 1, 0],
            _ => [2, 3, 2, 1, 1, choice % 2],
        };
        string[] ids = ["services", "users", "complexity", "tested", "backout", "history"];
        return ids.Zip(answers).ToDictionary(p => p.First, p => p.Second);
    }

    /// <summary>The scenario as C#, to paste into an example test.</summary>
    /// <returns>The constructor call.</returns>
    public override string ToString() => CSharp.Record(nameof(ChangeScenario), [Model], Commands);

    /// <summary>An override reason, except one choice in five (refused when the window has conflicts).</summary>
    private static string? OverrideOf(int choice) => choice % 5 == 4 ? null : "accepted by the change manager";

    private static Interval Window(int day, int from, int to) => new(Instant.FromUtc(2026, 3, day, from, 0), Instant.FromUtc(2026, 3, day, to, 0));

    private static Interval WindowOf(Instant at, int choice)
    {
        var start = at + Duration.FromHours(1 + (choice % 48));
        return new Interval(start, start + Duration.FromHours(2));
    }

    private static ChangeTemplate MakeTemplate()
    {
        var author = Actors[0];
        var template = ChangeTemplate.Create(new Id<Kinds.ChangeTemplate>("STD-P"), "Renew a TLS certificate", new ChangePlans("renew", "check the chain", "restore the old certificate"), author, Start - Duration.FromDays(2));
        template.Approve(Actors[1], Start - Duration.FromDays(1), Start + Duration.FromDays(20), "renewed monthly without incident");
        return template;
    }
}

/// <summary>FsCheck generators of random change histories, for <c>[Properties(Arbitrary = [typeof(ChangeArbitraries)])]</c>.</summary>
public static class ChangeArbitraries
{
    private static readonly Gen<Duration> Short = Gen.Frequency((1, Gen.Constant(Duration.Zero)), (6, Gen.Choose(1, 90).Select(m => Duration.FromMinutes(m))));

    private static readonly Gen<Duration> Gaps = Gen.Frequency((4, Gen.Choose(1, 600).Select(m => Duration.FromMinutes(m))), (1, Gen.Choose(600, 8 * 24 * 60).Select(m => Duration.FromMinutes(m))));

    private static readonly Gen<int> AnyActor = Gen.Choose(0, ChangeScenario.Actors.Count - 1);

    /// <summary>The choices whose arguments every command accepts (no blank text, plan or rejection reason, no missing
    /// remedy or implementer).</summary>
    private static readonly int[] Valid = [.. Enumerable.Range(0, 100).Where(c => c % 11 != 0 && c % 13 != 0 && c % 7 != 0 && c % 10 != 9)];

    /// <summary>The choices of the path's commands: valid nineteen times in twenty.</summary>
    private static readonly Gen<int> PathChoices = Gen.Frequency((19, Gen.Elements(Valid)), (1, Gen.Choose(0, 99)));

    /// <summary>Gets the commands a scenario issues: every trigger but the request.</summary>
    public static IReadOnlyList<ChangeTrigger> Triggers { get; } = Histories.Triggers(ChangeTrigger.Request);

    /// <summary>Random change histories: a model, then its path told in order nineteen times in twenty (each step sometimes left
    /// out or preceded by a random command; a risk, and mostly the decision its authority takes; votes that approve,
    /// reject or abstain; sometimes a cancellation, a reschedule or a failure), shuffled one time in twenty; up to 30
    /// commands.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ChangeScenario> Scenarios() =>
        Histories.Arbitrary(
            from model in Gen.Elements(ChangeModel.Normal, ChangeModel.Normal, ChangeModel.Emergency, ChangeModel.Emergency, ChangeModel.Standard)
            from path in PathOf(model)
            from told in Gen.Frequency((19, Gen.Constant(path)), (1, Gen.Shuffle(path)))
            from steps in Gen.CollectToArray(told.Select(Loosely))
            select new ChangeScenario(model, [.. steps.SelectMany(s => s).Take(30)]),
            s => s.Commands,
            (s, c) => s with { Commands = c });

    private static Gen<HistoryStep<ChangeTrigger>[]> PathOf(ChangeModel model) => model switch
    {
        ChangeModel.Standard => Sequence(
            Command(ChangeTrigger.Submit, Short),
            Command(ChangeTrigger.Schedule, Gaps),
            Command(ChangeTrigger.StartImplementation, Gaps),
            Command(ChangeTrigger.Complete, Short),
            Command(ChangeTrigger.RecordReview, Short),
            Command(ChangeTrigger.Close, Short)),
        ChangeModel.Emergency => Gen.Frequency((1, Prepared(emergency: true)), (1, ImplementedNow())),
        _ => Prepared(emergency: false),
    };

    /// <summary>Submitted, assessed (low, medium or high risk), planned, authorised (mostly by the authority the risk
    /// implies: the change manager or the board), scheduled (sometimes moved), implemented, reviewed, closed; sometimes a
    /// link or a cancellation on the way.</summary>
    private static Gen<HistoryStep<ChangeTrigger>[]> Prepared(bool emergency) =>
        from risk in Gen.Choose(0, 2)
        from head in Sequence(
            Command(ChangeTrigger.Submit, Short),
            Command(ChangeTrigger.StartAssessment, Short),
            Command(ChangeTrigger.RecordAssessment, Short, choices: Gen.Elements(Valid.Where(c => c % 3 == risk).ToArray())),
            Command(ChangeTrigger.RecordPlans, Short),
            Command(ChangeTrigger.Plan, Short),
            Command(ChangeTrigger.RequestAuthorization, Short))
        from decision in emergency
            ? Sequence(Command(ChangeTrigger.Vote, Short, Gen.Elements(4, 8), VoteChoices), Command(ChangeTrigger.ConcludeAuthorized, Short))
            : risk == 0
                ? Gen.Frequency((5, Sequence(Command(ChangeTrigger.Authorize, Short))), (1, Sequence(Command(ChangeTrigger.Reject, Short))), (1, Votes()))
                : Gen.Frequency((6, Votes()), (1, Sequence(Command(ChangeTrigger.Authorize, Short))))
        from extra in Gen.Frequency(
            (6, Gen.Constant(Array.Empty<HistoryStep<ChangeTrigger>>())),
            (1, Sequence(Command(ChangeTrigger.Link, Short))),
            (1, Sequence(Command(ChangeTrigger.Cancel, Short))))
        from schedule in Command(ChangeTrigger.Schedule, Short)
        from moved in Gen.Frequency((3, Gen.Constant(Array.Empty<HistoryStep<ChangeTrigger>>())), (1, Sequence(Command(ChangeTrigger.Reschedule, Short))))
        from tail in Sequence(
            Command(ChangeTrigger.StartImplementation, Gaps),
            Command(ChangeTrigger.Complete, Short),
            Command(ChangeTrigger.RecordReview, Short),
            Command(ChangeTrigger.Close, Short))
        select (HistoryStep<ChangeTrigger>[])[.. head, .. decision, .. extra, schedule, .. moved, .. tail];

    /// <summary>Two to four members vote (approving two times in three), then the chair decides.</summary>
    private static Gen<HistoryStep<ChangeTrigger>[]> Votes() =>
        from voters in Gen.Shuffle([4, 5, 6, 7])
        from n in Gen.Frequency((1, Gen.Constant(2)), (4, Gen.Choose(3, 4)))
        from votes in Gen.CollectToArray(voters.Take(n).Select(v => Command(ChangeTrigger.Vote, Short, Gen.Constant(v), VoteChoices)))
        from decide in Command(ChangeTrigger.ConcludeAuthorized, Short)
        select (HistoryStep<ChangeTrigger>[])[.. votes, decide];

    /// <summary>Submitted, planned, implemented at once, completed, approved retrospectively (sometimes late, after an
    /// advance past the deadline), reviewed, closed.</summary>
    private static Gen<HistoryStep<ChangeTrigger>[]> ImplementedNow() =>
        from head in Sequence(
            Command(ChangeTrigger.Submit, Short),
            Command(ChangeTrigger.RecordPlans, Short),
            Command(ChangeTrigger.ImplementNow, Short),
            Command(ChangeTrigger.Complete, Short))
        from late in Gen.Frequency((2, Gen.Constant(Array.Empty<HistoryStep<ChangeTrigger>>())), (1, Sequence(Command(ChangeTrigger.Advance, Gaps))))
        from tail in Sequence(
            Command(ChangeTrigger.ApproveRetrospectively, Gaps),
            Command(ChangeTrigger.RecordReview, Short),
            Command(ChangeTrigger.Close, Short))
        select (HistoryStep<ChangeTrigger>[])[.. head, .. late, .. tail];

    /// <summary>A step of a story: left out one time in forty, after zero to two random commands.</summary>
    private static Gen<HistoryStep<ChangeTrigger>[]> Loosely(HistoryStep<ChangeTrigger> step) =>
        from noise in Gen.Frequency((10, Gen.Constant(Array.Empty<HistoryStep<ChangeTrigger>>())), (2, Random()), (1, Gen.CollectToArray([Random(), Random()]).Select(c => c.SelectMany(x => x).ToArray())))
        from kept in Gen.Frequency((39, Gen.Constant<HistoryStep<ChangeTrigger>[]>([step])), (1, Gen.Constant(Array.Empty<HistoryStep<ChangeTrigger>>())))
        select (HistoryStep<ChangeTrigger>[])[.. noise, .. kept];

    /// <summary>Approving two times in three.</summary>
    private static Gen<int> VoteChoices => Gen.Frequency((2, Gen.Elements(Valid.Where(c => c % 3 == 0).ToArray())), (1, PathChoices));

    /// <summary>One random command (a cancellation seldom) by anyone, with any choice.</summary>
    private static Gen<HistoryStep<ChangeTrigger>[]> Random() =>
        from trigger in Gen.Frequency(Triggers.Select(t => (t == ChangeTrigger.Cancel ? 1 : 4, Gen.Constant(t))).ToArray())
        from command in Command(trigger, Gaps, AnyActor, Gen.Choose(0, 99))
        select (HistoryStep<ChangeTrigger>[])[command];

    private static Gen<HistoryStep<ChangeTrigger>> Command(ChangeTrigger trigger, Gen<Duration> gaps, Gen<int>? actors = null, Gen<int>? choices = null) =>
        from actor in Gen.Frequency((39, actors ?? Gen.Elements<int>(Fitting(trigger))), (1, AnyActor))
        from after in gaps
        from choice in choices ?? PathChoices
        select new HistoryStep<ChangeTrigger>(trigger, actor, after, choice);

    private static Gen<HistoryStep<ChangeTrigger>[]> Sequence(params Gen<HistoryStep<ChangeTrigger>>[] commands) => Gen.CollectToArray(commands);

    /// <summary>The actors (indexes into <see cref="ChangeScenario.Actors"/>) who usually issue a command.</summary>
    private static int[] Fitting(ChangeTrigger trigger) => trigger switch
    {
        ChangeTrigger.Submit or ChangeTrigger.RecordAssessment or ChangeTrigger.RecordPlans => [0],
        ChangeTrigger.Vote => [4, 5, 6, 7, 8],
        ChangeTrigger.StartImplementation or ChangeTrigger.Complete => [3, 3, 1],
        ChangeTrigger.ApproveRetrospectively => [2, 4, 8, 3],
        ChangeTrigger.Cancel => [1, 0],
        ChangeTrigger.Advance => [9],
        ChangeTrigger.ConcludeAuthorized or ChangeTrigger.ConcludeRejected or ChangeTrigger.Authorize or ChangeTrigger.Reject => [1, 1, 2],
        _ => [1, 2],
    };
}
