using Itsm.Json.Audits;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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
/// A random management review history: <c>MR-2026</c> planned for 2026-06-15, then commands by random actors, mostly
/// along its lifecycle (every input recorded or declared not applicable, inputs collected, the review held, decisions and
/// actions, minutes approved with the next review, closure), some of them refused.
/// </summary>
/// <param name="Commands">The commands, oldest first: each a <see cref="HistoryStep{TTrigger}"/> whose actor index points
/// into <see cref="Actors"/> and whose choice (0 to 99) picks the arguments.</param>
public sealed record ManagementReviewScenario(IReadOnlyList<HistoryStep<ManagementReviewTrigger>> Commands)
    : IHistory<ManagementReview, HistoryStep<ManagementReviewTrigger>, ManagementReviewTrigger>
{
    /// <summary>Gets the cast, by index: 0 the management representative (<c>mr-1</c>); 1 top management
    /// (<c>top-1</c>); 2 a process owner (<c>po-1</c>); 3 an actor without roles (<c>nobody</c>).</summary>
    public static IReadOnlyList<Actor> Actors { get; } =
    [
        new("mr-1", "Management Representative", [Roles.ManagementRepresentative]),
        new("top-1", "General Manager", [Roles.TopManagement]),
        new("po-1", "Process Owner", [Roles.ProcessOwner]),
        new("nobody", "Nobody"),
    ];

    /// <summary>Gets the day every scenario's review is planned for: 2026-06-15.</summary>
    public static LocalDate Scheduled { get; } = new(2026, 6, 15);

    /// <summary>Gets when every scenario's review is planned: Monday 2026-03-02 08:30 UTC.</summary>
    public static Instant Start { get; } = Instant.FromUtc(2026, 3, 2, 8, 30);

    /// <summary>Gets the JSON options that load the scenarios' reviews.</summary>
    public static ItsmJsonOptions JsonOptions { get; } = new() { Modules = [new AuditsJsonModule { Audits = AuditSettings.Default }] };

    /// <inheritdoc />
    IReadOnlyList<HistoryStep<ManagementReviewTrigger>> IHistory<ManagementReview, HistoryStep<ManagementReviewTrigger>, ManagementReviewTrigger>.Steps => Commands;

    /// <inheritdoc />
    Instant IHistory<ManagementReview, HistoryStep<ManagementReviewTrigger>, ManagementReviewTrigger>.Start => Start;

    /// <inheritdoc />
    ItsmJsonOptions IHistory<ManagementReview, HistoryStep<ManagementReviewTrigger>, ManagementReviewTrigger>.JsonOptions => JsonOptions;

    /// <summary>Plans the scenario's review at <see cref="Start"/>.</summary>
    /// <returns>The review, Planned.</returns>
    public static ManagementReview Plan() => ManagementReview.Plan(new Id<Kinds.ManagementReview>("MR-2026"), "2026 management review", Scheduled, Actors[0], Start);

    /// <summary>Plans the review and runs every command, skipping those it refuses.</summary>
    /// <returns>The review and the instant of the last command.</returns>
    public (ManagementReview Review, Instant End) Play()
    {
        var review = Plan();
        return (review, Histories.PlayOn(review, Commands, Start, Apply));
    }

    /// <inheritdoc />
    ManagementReview IHistory<ManagementReview, HistoryStep<ManagementReviewTrigger>, ManagementReviewTrigger>.Create() => Plan();

    /// <inheritdoc />
    void IHistory<ManagementReview, HistoryStep<ManagementReviewTrigger>, ManagementReviewTrigger>.Apply(ManagementReview record, HistoryStep<ManagementReviewTrigger> command, Instant at) => Apply(record, command, at);

    /// <inheritdoc />
    IReadOnlyList<string>? IHistory<ManagementReview, HistoryStep<ManagementReviewTrigger>, ManagementReviewTrigger>.UnmetRules(ManagementReview record, HistoryStep<ManagementReviewTrigger> command, Instant at) =>
        record.UnmetRules(command.Trigger, Actors[command.ActorIndex], at, AttendeesOf(command.Choice), NextReviewOf(command.Choice));

    /// <inheritdoc />
    ManagementReview IHistory<ManagementReview, HistoryStep<ManagementReviewTrigger>, ManagementReviewTrigger>.Rebuild(ManagementReview record) => ManagementReview.FromEvents(record.Events);

    /// <summary>Who attends (by the choice): the representative, top management and the process owner; every fifth
    /// choice without top management (refused).</summary>
    /// <param name="choice">The step's choice.</param>
    /// <returns>The attendees.</returns>
    public static IReadOnlyCollection<Actor> AttendeesOf(int choice) => choice % 5 == 0 ? [Actors[0], Actors[2]] : [Actors[0], Actors[1], Actors[2]];

    /// <summary>The next review a choice schedules: 180 to 279 days later; every third choice 400 days later (refused).</summary>
    /// <param name="choice">The step's choice.</param>
    /// <returns>The day.</returns>
    public static LocalDate NextReviewOf(int choice) => Scheduled.PlusDays(choice % 3 == 0 ? 400 : 180 + choice);

    /// <summary>Runs one command; throws whatever the review throws. The choice picks the input kind (by the choice
    /// modulo 10) and whether it is declared not applicable (every fourth choice), the attendees, the output (a decision or
    /// an action; an action due before the review every thirteenth choice, refused), the next review, and blank texts every
    /// seventeenth choice (refused).</summary>
    /// <param name="review">The review.</param>
    /// <param name="command">The command.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Apply(ManagementReview review, HistoryStep<ManagementReviewTrigger> command, Instant at)
    {
        Preconditions.CheckNotNull(review);
        Preconditions.CheckNotNull(command);
        var by = Actors[command.ActorIndex];
        int choice = command.Choice;
        string text = choice % 17 == 0 ? " " : "note " + choice.ToString(CultureInfo.InvariantCulture);
        var kind = (ReviewInputKind)(1 + (choice % 10));
        switch (command.Trigger)
        {
            case ManagementReviewTrigger.RecordInput when choice % 4 == 0: review.DeclareNotApplicable(by, at, kind, text); break;
            case ManagementReviewTrigger.RecordInput: review.RecordInput(by, at, kind, text); break;
            case ManagementReviewTrigger.CollectInputs: review.CollectInputs(by, at); break;
            case ManagementReviewTrigger.Hold: review.Hold(by, at, AttendeesOf(choice)); break;
            case ManagementReviewTrigger.RecordOutput when choice % 2 == 0: review.RecordDecision(by, at, text); break;
            case ManagementReviewTrigger.RecordOutput: review.RecordAction(by, at, text, "po-1", Scheduled.PlusDays(choice % 13 == 0 ? 0 : 30 + choice)); break;
            case ManagementReviewTrigger.ApproveMinutes: review.ApproveMinutes(by, at, NextReviewOf(choice)); break;
            case ManagementReviewTrigger.Close: review.Close(by, at); break;
            default: throw new ArgumentException("A review is planned once, by Plan.", nameof(command));
        }
    }

    /// <summary>The scenario as C#, to paste into an example test.</summary>
    /// <returns>The constructor call.</returns>
    public override string ToString() => CSharp.Record(nameof(ManagementReviewScenario), [], Commands);
}

/// <summary>FsCheck generators of random management review histories, for
/// <c>[Properties(Arbitrary = [typeof(ManagementReviewArbitraries)])]</c>.</summary>
public static class ManagementReviewArbitraries
{
    private static readonly Gen<Duration> Gaps = Histories.MinutesApart(3 * 24 * 60);

    private static readonly Gen<int> AnyActor = Gen.Choose(0, ManagementReviewScenario.Actors.Count - 1);

    /// <summary>Gets the commands a scenario issues: every trigger but the plan.</summary>
    public static IReadOnlyList<ManagementReviewTrigger> Triggers { get; } = Histories.Triggers(ManagementReviewTrigger.Plan);

    /// <summary>Random review histories: its path told loosely (<see cref="Histories.Told{TTrigger}"/>): an input of each
    /// of the ten kinds (a quarter declared not applicable), inputs collected, the review held, one to three outputs,
    /// minutes approved, closure; up to 40 commands.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ManagementReviewScenario> Scenarios() =>
        Histories.Arbitrary(
            Histories.Told(Path(), Random(), most: 40).Select(steps => new ManagementReviewScenario(steps)),
            s => s.Commands,
            (s, c) => new ManagementReviewScenario(c));

    private static Gen<HistoryStep<ManagementReviewTrigger>[]> Path() =>
        from inputs in Gen.CollectToArray(Enumerable.Range(0, 10).Select(k => Command(ManagementReviewTrigger.RecordInput, Gen.Elements(0, 2), Gen.Choose(0, 9).Select(j => k + (10 * j)))))
        from collect in Command(ManagementReviewTrigger.CollectInputs, Gen.Constant(0))
        from hold in Command(ManagementReviewTrigger.Hold, Gen.Constant(0))
        from outputs in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Command(ManagementReviewTrigger.RecordOutput, Gen.Elements(0, 1)), n))
        from approve in Command(ManagementReviewTrigger.ApproveMinutes, Gen.Constant(1))
        from close in Command(ManagementReviewTrigger.Close, Gen.Constant(0))
        select (HistoryStep<ManagementReviewTrigger>[])[.. inputs, collect, hold, .. outputs, approve, close];

    private static Gen<HistoryStep<ManagementReviewTrigger>> Random() => Histories.AnyStep(Triggers, AnyActor, Gaps);

    private static Gen<HistoryStep<ManagementReviewTrigger>> Command(ManagementReviewTrigger trigger, Gen<int> actors, Gen<int>? choices = null) =>
        Histories.Step(trigger, actors, AnyActor, Gaps, choices);
}
