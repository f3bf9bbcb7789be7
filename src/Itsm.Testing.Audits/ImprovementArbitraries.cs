using Itsm.Json.Audits;
using System;
using System.Collections.Generic;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Audits;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Json;
using Itsm.Testing.Laws;
using NodaTime;

namespace Itsm.Testing;

/// <summary>
/// A random improvement history: <c>IMP-1</c> recorded from an audit's opportunity, then commands by random actors,
/// mostly along its lifecycle (evaluated, sometimes again, authorised or declined, started, done), some of them refused.
/// </summary>
/// <param name="Commands">The commands, oldest first: each a <see cref="HistoryStep{TTrigger}"/> whose actor index points
/// into <see cref="Actors"/> and whose choice (0 to 99) picks the arguments.</param>
public sealed record ImprovementScenario(IReadOnlyList<HistoryStep<ImprovementTrigger>> Commands)
    : IHistory<Improvement, HistoryStep<ImprovementTrigger>, ImprovementTrigger>
{
    /// <summary>Gets the cast, by index: 0 the management representative (<c>mr-1</c>); 1 a process owner (<c>po-1</c>);
    /// 2 top management (<c>top-1</c>); 3 an actor without roles (<c>nobody</c>).</summary>
    public static IReadOnlyList<Actor> Actors { get; } =
    [
        new("mr-1", "Management Representative", [Roles.ManagementRepresentative]),
        new("po-1", "Process Owner", [Roles.ProcessOwner]),
        new("top-1", "General Manager", [Roles.TopManagement]),
        new("nobody", "Nobody"),
    ];

    /// <summary>Gets when every scenario's improvement is recorded: Monday 2026-03-02 08:30 UTC.</summary>
    public static Instant Start { get; } = Instant.FromUtc(2026, 3, 2, 8, 30);

    /// <summary>Gets the JSON options that load the scenarios' improvements.</summary>
    public static ItsmJsonOptions JsonOptions { get; } = new() { Modules = [new AuditsJsonModule { Audits = AuditSettings.Default }] };

    /// <inheritdoc />
    IReadOnlyList<HistoryStep<ImprovementTrigger>> IHistory<Improvement, HistoryStep<ImprovementTrigger>, ImprovementTrigger>.Steps => Commands;

    /// <inheritdoc />
    Instant IHistory<Improvement, HistoryStep<ImprovementTrigger>, ImprovementTrigger>.Start => Start;

    /// <inheritdoc />
    ItsmJsonOptions IHistory<Improvement, HistoryStep<ImprovementTrigger>, ImprovementTrigger>.JsonOptions => JsonOptions;

    /// <summary>Records the scenario's improvement at <see cref="Start"/>, by the process owner.</summary>
    /// <returns>The improvement, Recorded.</returns>
    public static Improvement Record() => Improvement.Record(new Id<Kinds.Improvement>("IMP-1"), "automate incident triage", "AUD-1#2", Actors[1], Start);

    /// <summary>Records the improvement and runs every command, skipping those it refuses.</summary>
    /// <returns>The improvement and the instant of the last command.</returns>
    public (Improvement Improvement, Instant End) Play()
    {
        var improvement = Record();
        return (improvement, Histories.PlayOn(improvement, Commands, Start, Apply));
    }

    /// <inheritdoc />
    Improvement IHistory<Improvement, HistoryStep<ImprovementTrigger>, ImprovementTrigger>.Create() => Record();

    /// <inheritdoc />
    void IHistory<Improvement, HistoryStep<ImprovementTrigger>, ImprovementTrigger>.Apply(Improvement record, HistoryStep<ImprovementTrigger> command, Instant at) => Apply(record, command, at);

    /// <inheritdoc />
    IReadOnlyList<string>? IHistory<Improvement, HistoryStep<ImprovementTrigger>, ImprovementTrigger>.UnmetRules(Improvement record, HistoryStep<ImprovementTrigger> command, Instant at) =>
        record.UnmetRules(command.Trigger, Actors[command.ActorIndex], at);

    /// <inheritdoc />
    Improvement IHistory<Improvement, HistoryStep<ImprovementTrigger>, ImprovementTrigger>.Rebuild(Improvement record) => Improvement.FromEvents(record.Events);

    /// <summary>Runs one command; throws whatever the improvement throws. The choice picks the evaluation (cost and
    /// priority; a negative cost every eleventh choice, refused), the target, and blank texts every seventeenth choice
    /// (refused).</summary>
    /// <param name="improvement">The improvement.</param>
    /// <param name="command">The command.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Apply(Improvement improvement, HistoryStep<ImprovementTrigger> command, Instant at)
    {
        Preconditions.CheckNotNull(improvement);
        Preconditions.CheckNotNull(command);
        var by = Actors[command.ActorIndex];
        int choice = command.Choice;
        string text = choice % 17 == 0 ? " " : "note " + choice.ToString(CultureInfo.InvariantCulture);
        switch (command.Trigger)
        {
            case ImprovementTrigger.Evaluate: improvement.Evaluate(by, at, new ImprovementEvaluation(text, choice % 11 == 0 ? -1m : choice * 1000.5m, (ImprovementPriority)(1 + (choice % 3)))); break;
            case ImprovementTrigger.Authorise: improvement.Authorise(by, at, "po-1", new LocalDate(2026, 6, 1).PlusDays(choice)); break;
            case ImprovementTrigger.Decline: improvement.Decline(by, at, text); break;
            case ImprovementTrigger.Start: improvement.Start(by, at); break;
            case ImprovementTrigger.Complete: improvement.Complete(by, at, text); break;
            default: throw new ArgumentException("An improvement is recorded once, by Record.", nameof(command));
        }
    }

    /// <summary>The scenario as C#, to paste into an example test.</summary>
    /// <returns>The constructor call.</returns>
    public override string ToString() => CSharp.Record(nameof(ImprovementScenario), [], Commands);
}

/// <summary>FsCheck generators of random improvement histories, for
/// <c>[Properties(Arbitrary = [typeof(ImprovementArbitraries)])]</c>.</summary>
public static class ImprovementArbitraries
{
    private static readonly Gen<Duration> Gaps = Histories.MinutesApart(3 * 24 * 60);

    private static readonly Gen<int> AnyActor = Gen.Choose(0, ImprovementScenario.Actors.Count - 1);

    /// <summary>Gets the commands a scenario issues: every trigger but the record.</summary>
    public static IReadOnlyList<ImprovementTrigger> Triggers { get; } = Histories.Triggers(ImprovementTrigger.Record);

    /// <summary>Random improvement histories: evaluated (sometimes twice), authorised (declined one time in four), started
    /// and done, told loosely (<see cref="Histories.Told{TTrigger}"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ImprovementScenario> Scenarios() =>
        Histories.Arbitrary(
            Histories.Told(Path(), Random()).Select(steps => new ImprovementScenario(steps)),
            s => s.Commands,
            (s, c) => new ImprovementScenario(c));

    private static Gen<HistoryStep<ImprovementTrigger>[]> Path() =>
        from evaluations in Gen.Choose(1, 2).SelectMany(n => Gen.ArrayOf(Command(ImprovementTrigger.Evaluate, Gen.Elements(0, 1)), n))
        from declined in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from rest in declined
            ? Gen.CollectToArray([Command(ImprovementTrigger.Decline, Gen.Elements(0, 2))])
            : Gen.CollectToArray([Command(ImprovementTrigger.Authorise, Gen.Elements(0, 2)), Command(ImprovementTrigger.Start, Gen.Elements(0, 1)), Command(ImprovementTrigger.Complete, Gen.Elements(0, 1))])
        select (HistoryStep<ImprovementTrigger>[])[.. evaluations, .. rest];

    private static Gen<HistoryStep<ImprovementTrigger>> Random() => Histories.AnyStep(Triggers, AnyActor, Gaps);

    private static Gen<HistoryStep<ImprovementTrigger>> Command(ImprovementTrigger trigger, Gen<int> actors) =>
        Histories.Step(trigger, actors, AnyActor, Gaps);
}
