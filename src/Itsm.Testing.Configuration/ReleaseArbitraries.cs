using Itsm.Json.Configuration;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Configuration;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Json;
using Itsm.Testing.Laws;
using NodaTime;
using Interval = NodaTime.Interval;

namespace Itsm.Testing;

/// <summary>
/// A random release history: the release <c>REL-1</c> (deploying <c>CHG-1</c> to <c>app-1</c> and <c>db-1</c>, with the
/// criteria <c>smoke</c> and <c>load</c>, built by <c>bld-1</c>, accepted by <c>acc-1</c>) planned, then commands by
/// random actors, mostly along its lifecycle, some of them refused.
/// </summary>
/// <param name="Commands">The commands, oldest first: each a <see cref="HistoryStep{TTrigger}"/> whose actor index points
/// into <see cref="Actors"/> and whose choice (0 to 99) picks the arguments.</param>
public sealed record ReleaseScenario(IReadOnlyList<HistoryStep<ReleaseTrigger>> Commands)
    : IHistory<Release, HistoryStep<ReleaseTrigger>, ReleaseTrigger>
{
    private static readonly string[] ItemNames = ["app-1", "db-1"];

    /// <summary>Gets the cast, by index: 0 the release manager (<c>rm-1</c>); 1 the builder (<c>bld-1</c>, a resolver);
    /// 2 the designated acceptor (<c>acc-1</c>, without roles); 3 a tester (<c>res-2</c>, a resolver); 4 the configuration
    /// manager (<c>cfg-1</c>); 5 an actor without roles (<c>nobody</c>).</summary>
    public static IReadOnlyList<Actor> Actors { get; } =
    [
        new("rm-1", "Release Manager", [Roles.ReleaseManager]),
        new("bld-1", "Builder", [Roles.Resolver]),
        new("acc-1", "Service Owner"),
        new("res-2", "Tester", [Roles.Resolver]),
        new("cfg-1", "Configuration Manager", [Roles.ConfigurationManager]),
        new("nobody", "Nobody"),
    ];

    /// <summary>Gets when every scenario's release is planned: Monday 2026-03-02 08:30 UTC.</summary>
    public static Instant Start { get; } = Instant.FromUtc(2026, 3, 2, 8, 30);

    /// <summary>Gets the items the release affects: <c>app-1</c> and <c>db-1</c>, registered and in production a day
    /// before <see cref="Start"/>.</summary>
    public static IReadOnlyList<ConfigurationItem> Items { get; } = MakeItems();

    /// <summary>Gets the baseline of both items taken at <see cref="Start"/>.</summary>
    public static Baseline Baseline { get; } = Baseline.Take(new Id<Kinds.Baseline>("BL-1"), "before REL-1", Actors[4], Start, Items);

    /// <summary>Gets a baseline of <c>app-1</c> only (refused: it lacks <c>db-1</c>).</summary>
    public static Baseline PartialBaseline { get; } = Baseline.Take(new Id<Kinds.Baseline>("BL-0"), "app only", Actors[4], Start, Items.Take(1));

    /// <summary>Gets the JSON options that load the scenarios' releases.</summary>
    public static ItsmJsonOptions JsonOptions { get; } = new() { Modules = [new ConfigurationJsonModule { Configuration = ConfigurationSettings.Default }] };

    /// <inheritdoc />
    IReadOnlyList<HistoryStep<ReleaseTrigger>> IHistory<Release, HistoryStep<ReleaseTrigger>, ReleaseTrigger>.Steps => Commands;

    /// <inheritdoc />
    Instant IHistory<Release, HistoryStep<ReleaseTrigger>, ReleaseTrigger>.Start => Start;

    /// <inheritdoc />
    ItsmJsonOptions IHistory<Release, HistoryStep<ReleaseTrigger>, ReleaseTrigger>.JsonOptions => JsonOptions;

    /// <summary>Plans the scenario's release at <see cref="Start"/>.</summary>
    /// <returns>The release, Planned.</returns>
    public static Release Plan() =>
        Release.Plan(
            new Id<Kinds.Release>("REL-1"),
            ReleaseType.Minor,
            "Mail 2.4",
            [new("CHG-1")],
            [.. Items.Select(i => i.Id)],
            ["smoke", "load"],
            "bld-1",
            "acc-1",
            Actors[0],
            Start);

    /// <summary>Plans the release and runs every command, skipping those it refuses.</summary>
    /// <returns>The release and the instant of the last command.</returns>
    public (Release Release, Instant End) Play()
    {
        var release = Plan();
        return (release, Histories.PlayOn(release, Commands, Start, Apply));
    }

    /// <inheritdoc />
    Release IHistory<Release, HistoryStep<ReleaseTrigger>, ReleaseTrigger>.Create() => Plan();

    /// <inheritdoc />
    void IHistory<Release, HistoryStep<ReleaseTrigger>, ReleaseTrigger>.Apply(Release record, HistoryStep<ReleaseTrigger> command, Instant at) => Apply(record, command, at);

    /// <inheritdoc />
    IReadOnlyList<string>? IHistory<Release, HistoryStep<ReleaseTrigger>, ReleaseTrigger>.UnmetRules(Release record, HistoryStep<ReleaseTrigger> command, Instant at) =>
        record.UnmetRules(command.Trigger, Actors[command.ActorIndex], at, DecisionOf(command.Choice));

    /// <inheritdoc />
    Release IHistory<Release, HistoryStep<ReleaseTrigger>, ReleaseTrigger>.Rebuild(Release record) => Release.FromEvents(record.Events);

    /// <summary>Runs one command; throws whatever the release throws. The choice picks the criterion (<c>smoke</c>,
    /// <c>load</c>, or an unknown one every ninth choice, refused) and whether it passed (not every fourth choice), the
    /// decision to proceed (none every third choice), the baseline (a partial one every eleventh choice, refused), the
    /// remedy (every fourth choice), the updates (a version not after the baseline's every tenth choice, refused), the
    /// link (a change, problem or known error) and blank texts every seventeenth choice (refused).</summary>
    /// <param name="release">The release.</param>
    /// <param name="command">The command.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Apply(Release release, HistoryStep<ReleaseTrigger> command, Instant at)
    {
        Preconditions.CheckNotNull(release);
        Preconditions.CheckNotNull(command);
        var by = Actors[command.ActorIndex];
        int choice = command.Choice;
        string text = choice % 17 == 0 ? " " : "note " + choice.ToString(CultureInfo.InvariantCulture);
        switch (command.Trigger)
        {
            case ReleaseTrigger.AddCriterion: release.AddCriterion(by, at, choice % 17 == 0 ? " " : "check " + (choice % 3).ToString(CultureInfo.InvariantCulture)); break;
            case ReleaseTrigger.Link:
                string id = "X-" + (choice % 4).ToString(CultureInfo.InvariantCulture);
                switch (choice % 3)
                {
                    case 0: release.LinkChange(by, at, new Id<Kinds.Change>(id)); break;
                    case 1: release.LinkProblem(by, at, new Id<Kinds.Problem>(id)); break;
                    default: release.LinkKnownError(by, at, new Id<Kinds.KnownError>(id)); break;
                }

                break;
            case ReleaseTrigger.StartBuild: release.StartBuild(by, at); break;
            case ReleaseTrigger.StartTesting: release.StartTesting(by, at); break;
            case ReleaseTrigger.RecordTestResult:
                release.RecordTestResult(by, at, choice % 9 == 0 ? "unknown" : choice % 2 == 0 ? "smoke" : "load", choice % 4 != 0, text);
                break;
            case ReleaseTrigger.RequestAcceptance: release.RequestAcceptance(by, at); break;
            case ReleaseTrigger.Accept: release.Accept(by, at, DecisionOf(choice)); break;
            case ReleaseTrigger.RefuseAcceptance: release.RefuseAcceptance(by, at, text); break;
            case ReleaseTrigger.Schedule:
                var start = at + Duration.FromHours(1 + (choice % 24));
                release.Schedule(by, at, new Interval(start, start + Duration.FromHours(2)));
                break;
            case ReleaseTrigger.RecordBaseline: release.RecordBaseline(by, at, choice % 11 == 0 ? PartialBaseline : Baseline); break;
            case ReleaseTrigger.StartDeployment: release.StartDeployment(by, at); break;
            case ReleaseTrigger.CompleteDeployment: release.CompleteDeployment(by, at, choice % 4 == 0 ? "restarted the relay" : null); break;
            case ReleaseTrigger.RollBack: release.RollBack(by, at, text); break;
            case ReleaseTrigger.Verify:
                int before = Baseline.Find(Items[0].Id)!.Version;
                release.Verify(by, at, [new ItemVersion(Items[0].Id, choice % 10 == 0 ? before : before + 1)]);
                break;
            case ReleaseTrigger.Close: release.Close(by, at); break;
            default: throw new ArgumentException("A release is planned once, by Plan.", nameof(command));
        }
    }

    /// <summary>The decision to proceed a choice gives: none every third choice.</summary>
    /// <param name="choice">The step's choice.</param>
    /// <returns>The decision, or null.</returns>
    public static string? DecisionOf(int choice) => choice % 3 == 0 ? null : "the load shortfall is accepted until 2.5";

    /// <summary>The scenario as C#, to paste into an example test.</summary>
    /// <returns>The constructor call.</returns>
    public override string ToString() => CSharp.Record(nameof(ReleaseScenario), [], Commands);

    private static ConfigurationItem[] MakeItems()
    {
        var manager = Actors[4];
        var at = Start - Duration.FromDays(1);
        return [.. ItemNames.Select(name =>
        {
            var item = ConfigurationItem.Register(new Id<Kinds.ConfigurationItem>(name), "application", name, "res-2", Criticality.Medium, null, manager, at);
            item.MoveTo(ConfigurationItemState.InStock, manager, at);
            item.MoveTo(ConfigurationItemState.InBuild, manager, at);
            item.MoveTo(ConfigurationItemState.Pilot, manager, at);
            item.MoveTo(ConfigurationItemState.Production, manager, at, new Id<Kinds.Change>("CHG-0"));
            return item;
        })];
    }
}

/// <summary>FsCheck generators of random release histories, for <c>[Properties(Arbitrary = [typeof(ReleaseArbitraries)])]</c>.</summary>
public static class ReleaseArbitraries
{
    private static readonly Gen<Duration> Gaps = Histories.MinutesApart(2 * 24 * 60);

    private static readonly Gen<int> AnyActor = Gen.Choose(0, ReleaseScenario.Actors.Count - 1);

    /// <summary>Gets the commands a scenario issues: every trigger but the plan.</summary>
    public static IReadOnlyList<ReleaseTrigger> Triggers { get; } = Histories.Triggers(ReleaseTrigger.Plan);

    /// <summary>Random release histories: its path told in order nineteen times in twenty (build, testing with results,
    /// acceptance or a refusal and a second round, schedule, baseline, deployment completed or rolled back,
    /// verification, closure; each step sometimes left out or preceded by a random command), shuffled one time in
    /// twenty; up to 30 commands.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ReleaseScenario> Scenarios() =>
        Histories.Arbitrary(
            Histories.Told(Path(), Random()).Select(steps => new ReleaseScenario(steps)),
            s => s.Commands,
            (s, c) => new ReleaseScenario(c));

    private static Gen<HistoryStep<ReleaseTrigger>[]> Path() =>
        from head in Sequence(
            Command(ReleaseTrigger.StartBuild, Gen.Elements(0, 1)),
            Command(ReleaseTrigger.StartTesting, Gen.Elements(0, 1)),
            Command(ReleaseTrigger.RecordTestResult, Gen.Constant(3)),
            Command(ReleaseTrigger.RecordTestResult, Gen.Constant(3)),
            Command(ReleaseTrigger.RequestAcceptance))
        from refused in Gen.Frequency(
            (4, Gen.Constant(Array.Empty<HistoryStep<ReleaseTrigger>>())),
            (1, Sequence(
                Command(ReleaseTrigger.RefuseAcceptance, Gen.Constant(2)),
                Command(ReleaseTrigger.StartTesting, Gen.Elements(0, 1)),
                Command(ReleaseTrigger.RecordTestResult, Gen.Constant(3)),
                Command(ReleaseTrigger.RequestAcceptance))))
        from middle in Sequence(
            Command(ReleaseTrigger.Accept, Gen.Constant(2)),
            Command(ReleaseTrigger.Schedule),
            Command(ReleaseTrigger.RecordBaseline, Gen.Elements(0, 4)),
            Command(ReleaseTrigger.StartDeployment))
        from end in Gen.Frequency(
            (4, Sequence(Command(ReleaseTrigger.CompleteDeployment), Command(ReleaseTrigger.Verify, Gen.Elements(0, 4)))),
            (1, Sequence(Command(ReleaseTrigger.RollBack))))
        from close in Command(ReleaseTrigger.Close)
        select (HistoryStep<ReleaseTrigger>[])[.. head, .. refused, .. middle, .. end, close];

    private static Gen<HistoryStep<ReleaseTrigger>> Random() => Histories.AnyStep(Triggers, AnyActor, Gaps);

    /// <summary>A command by the usual actor (the release manager unless told), one time in twenty anyone.</summary>
    private static Gen<HistoryStep<ReleaseTrigger>> Command(ReleaseTrigger trigger, Gen<int>? actors = null) =>
        Histories.Step(trigger, actors ?? Gen.Constant(0), AnyActor, Gaps);

    private static Gen<HistoryStep<ReleaseTrigger>[]> Sequence(params Gen<HistoryStep<ReleaseTrigger>>[] commands) => Gen.CollectToArray(commands);
}
