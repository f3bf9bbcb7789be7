using Itsm.Json.Audits;
using System;
using System.Collections.Generic;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Audits;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Json;
using Itsm.Testing.Laws;
using NodaTime;

namespace Itsm.Testing;

/// <summary>
/// A random nonconformity history: <c>NC-1</c> (an audit finding on 8.5.1) reported, then commands by random actors,
/// mostly along its lifecycle (accepted, contained, analysed, a plan approved, implemented with time advanced past the
/// actions' due instants, verified, checked for effectiveness, sometimes found ineffective and planned again, or
/// rejected at the start), some of them refused.
/// </summary>
/// <param name="Commands">The commands, oldest first: each a <see cref="HistoryStep{TTrigger}"/> whose actor index points
/// into <see cref="Actors"/> and whose choice (0 to 99) picks the arguments.</param>
public sealed record NonconformityScenario(IReadOnlyList<HistoryStep<NonconformityTrigger>> Commands)
    : IHistory<Nonconformity, HistoryStep<NonconformityTrigger>, NonconformityTrigger>
{
    /// <summary>Gets the cast, by index: 0 the management representative (<c>mr-1</c>); 1 the process owner (<c>po-1</c>);
    /// 2 an action owner (<c>own-1</c>, a resolver); 3 an auditor (<c>aud-1</c>); 4 <see cref="Actor.System"/>; 5 an actor
    /// without roles (<c>nobody</c>); 6 top management (<c>top-1</c>).</summary>
    public static IReadOnlyList<Actor> Actors { get; } =
    [
        new("mr-1", "Management Representative", [Roles.ManagementRepresentative]),
        new("po-1", "Process Owner", [Roles.ProcessOwner]),
        new("own-1", "Action Owner", [Roles.Resolver]),
        new("aud-1", "Auditor", [Roles.Auditor]),
        Actor.System,
        new("nobody", "Nobody"),
        new("top-1", "Top Management", [Roles.TopManagement]),
    ];

    /// <summary>Gets the settings: Monday to Friday 09:00-18:00 UTC, one business day (nine hours) between rungs, two
    /// business days before effectiveness is checked.</summary>
    public static NonconformitySettings Settings { get; } = new(BusinessCalendars.FiveByNine(DateTimeZone.Utc, new LocalTime(9, 0)), Duration.FromHours(9), Duration.FromHours(18));

    /// <summary>Gets when every scenario's nonconformity is reported: Monday 2026-03-02 08:30 UTC.</summary>
    public static Instant Start { get; } = Instant.FromUtc(2026, 3, 2, 8, 30);

    /// <summary>Gets the JSON options that load the scenarios' nonconformities.</summary>
    public static ItsmJsonOptions JsonOptions { get; } = new() { Modules = [new AuditsJsonModule { Nonconformities = Settings }] };

    /// <inheritdoc />
    IReadOnlyList<HistoryStep<NonconformityTrigger>> IHistory<Nonconformity, HistoryStep<NonconformityTrigger>, NonconformityTrigger>.Steps => Commands;

    /// <inheritdoc />
    Instant IHistory<Nonconformity, HistoryStep<NonconformityTrigger>, NonconformityTrigger>.Start => Start;

    /// <inheritdoc />
    ItsmJsonOptions IHistory<Nonconformity, HistoryStep<NonconformityTrigger>, NonconformityTrigger>.JsonOptions => JsonOptions;

    /// <summary>Reports the scenario's nonconformity at <see cref="Start"/>, by the auditor.</summary>
    /// <returns>The nonconformity, Reported.</returns>
    public static Nonconformity Report() =>
        Nonconformity.Report(new Id<Kinds.Nonconformity>("NC-1"), NonconformitySource.Audit, "AUD-1#1", "8.5.1", "changes implemented without authorisation", "3 of 10 sampled changes", NonconformitySeverity.Major, Settings, Actors[3], Start);

    /// <summary>Reports the nonconformity and runs every command, skipping those it refuses.</summary>
    /// <returns>The nonconformity and the instant of the last command.</returns>
    public (Nonconformity Nonconformity, Instant End) Play()
    {
        var nonconformity = Report();
        return (nonconformity, Histories.PlayOn(nonconformity, Commands, Start, Apply));
    }

    /// <inheritdoc />
    Nonconformity IHistory<Nonconformity, HistoryStep<NonconformityTrigger>, NonconformityTrigger>.Create() => Report();

    /// <inheritdoc />
    void IHistory<Nonconformity, HistoryStep<NonconformityTrigger>, NonconformityTrigger>.Apply(Nonconformity record, HistoryStep<NonconformityTrigger> command, Instant at) => Apply(record, command, at);

    /// <inheritdoc />
    IReadOnlyList<string>? IHistory<Nonconformity, HistoryStep<NonconformityTrigger>, NonconformityTrigger>.UnmetRules(Nonconformity record, HistoryStep<NonconformityTrigger> command, Instant at) =>
        record.UnmetRules(command.Trigger, Actors[command.ActorIndex], at, ActionOf(record));

    /// <inheritdoc />
    Nonconformity IHistory<Nonconformity, HistoryStep<NonconformityTrigger>, NonconformityTrigger>.Rebuild(Nonconformity record) => Nonconformity.FromEvents(record.Events, Settings);

    /// <summary>The action a completion is of: the first open one, or 1.</summary>
    /// <param name="nonconformity">The nonconformity.</param>
    /// <returns>The action's number.</returns>
    public static int ActionOf(Nonconformity nonconformity) =>
        Preconditions.CheckNotNull(nonconformity).OpenActions.Count > 0 ? nonconformity.OpenActions[0].Number : 1;

    /// <summary>The plan a choice gives: a correction and a corrective action owned by <c>own-1</c> (the corrective one by
    /// <c>po-1</c> every third choice), due one to three and one to ten days later; every eleventh choice the correction
    /// alone (refused: no corrective action).</summary>
    /// <param name="at">When the plan is approved.</param>
    /// <param name="choice">The step's choice.</param>
    /// <returns>The actions.</returns>
    public static IReadOnlyList<PlannedAction> PlanOf(Instant at, int choice)
    {
        var correction = new PlannedAction(ActionType.Correction, "authorise the three changes retrospectively", "own-1", at + Duration.FromDays(1 + (choice % 3)));
        return choice % 11 == 0
            ? [correction]
            : [correction, new PlannedAction(ActionType.Corrective, "block deployment without an authorised change", choice % 3 == 0 ? "po-1" : "own-1", at + Duration.FromDays(1 + (choice % 10)))];
    }

    /// <summary>Runs one command; throws whatever the nonconformity throws. The choice picks the containment (a correction
    /// or none needed), the analysis, the plan (<see cref="PlanOf"/>) and blank texts every seventeenth choice (refused).</summary>
    /// <param name="nonconformity">The nonconformity.</param>
    /// <param name="command">The command.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Apply(Nonconformity nonconformity, HistoryStep<NonconformityTrigger> command, Instant at)
    {
        Preconditions.CheckNotNull(nonconformity);
        Preconditions.CheckNotNull(command);
        var by = Actors[command.ActorIndex];
        int choice = command.Choice;
        string text = choice % 17 == 0 ? " " : "note " + choice.ToString(CultureInfo.InvariantCulture);
        switch (command.Trigger)
        {
            case NonconformityTrigger.Accept: nonconformity.Accept(by, at); break;
            case NonconformityTrigger.Reject: nonconformity.Reject(by, at, text); break;
            case NonconformityTrigger.Contain when choice % 2 == 0: nonconformity.Contain(by, at, text); break;
            case NonconformityTrigger.Contain: nonconformity.ContainWithoutCorrection(by, at, text); break;
            case NonconformityTrigger.Analyse: nonconformity.Analyse(by, at, new NonconformityAnalysis(text, choice % 2 == 0, "all deployments in 2026")); break;
            case NonconformityTrigger.ApprovePlan: nonconformity.ApprovePlan(by, at, [.. PlanOf(at, choice)]); break;
            case NonconformityTrigger.StartImplementation: nonconformity.StartImplementation(by, at); break;
            case NonconformityTrigger.CompleteAction: nonconformity.CompleteAction(by, at, ActionOf(nonconformity), text); break;
            case NonconformityTrigger.VerifyImplementation: nonconformity.VerifyImplementation(by, at); break;
            case NonconformityTrigger.StartEffectivenessCheck: nonconformity.StartEffectivenessCheck(by, at); break;
            case NonconformityTrigger.ConfirmEffective or NonconformityTrigger.FindIneffective:
                nonconformity.RecordEffectiveness(by, at, command.Trigger == NonconformityTrigger.ConfirmEffective, text);
                break;
            case NonconformityTrigger.Advance: nonconformity.Advance(by, at); break;
            default: throw new ArgumentException("A nonconformity is reported once, by Report.", nameof(command));
        }
    }

    /// <summary>The scenario as C#, to paste into an example test.</summary>
    /// <returns>The constructor call.</returns>
    public override string ToString() => CSharp.Record(nameof(NonconformityScenario), [], Commands);
}

/// <summary>FsCheck generators of random nonconformity histories, for
/// <c>[Properties(Arbitrary = [typeof(NonconformityArbitraries)])]</c>.</summary>
public static class NonconformityArbitraries
{
    private static readonly Gen<Duration> Gaps = Gen.Frequency((1, Gen.Constant(Duration.Zero)), (4, Gen.Choose(1, 24 * 60).Select(m => Duration.FromMinutes(m))), (2, Gen.Choose(1, 8).Select(d => Duration.FromDays(d))));

    private static readonly Gen<int> AnyActor = Gen.Choose(0, NonconformityScenario.Actors.Count - 1);

    /// <summary>Gets the commands a scenario issues: every trigger but the report.</summary>
    public static IReadOnlyList<NonconformityTrigger> Triggers { get; } = Histories.Triggers(NonconformityTrigger.Report);

    /// <summary>Random nonconformity histories: its path told loosely (<see cref="Histories.Told{TTrigger}"/>): accepted
    /// (rejected one time in eight), contained, analysed, a plan approved and implemented with time advanced (up to eight
    /// days at a time, so actions fall overdue and climb the ladder), verified, checked effective, or found ineffective
    /// one time in three and planned, implemented and checked again; up to 40 commands.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<NonconformityScenario> Scenarios() =>
        Histories.Arbitrary(
            Histories.Told(Path(), Random(), most: 40).Select(steps => new NonconformityScenario(steps)),
            s => s.Commands,
            (s, c) => new NonconformityScenario(c));

    private static Gen<HistoryStep<NonconformityTrigger>[]> Round() =>
        Sequence(
            Command(NonconformityTrigger.Analyse, Gen.Constant(1)),
            Command(NonconformityTrigger.ApprovePlan, Gen.Constant(0)),
            Command(NonconformityTrigger.StartImplementation, Gen.Elements(0, 1)),
            Command(NonconformityTrigger.Advance, Gen.Constant(4)),
            Command(NonconformityTrigger.CompleteAction, Gen.Elements(2, 0, 0)),
            Command(NonconformityTrigger.Advance, Gen.Constant(4)),
            Command(NonconformityTrigger.CompleteAction, Gen.Elements(2, 1, 0, 0)),
            Command(NonconformityTrigger.VerifyImplementation, Gen.Elements(0, 3)),
            Command(NonconformityTrigger.StartEffectivenessCheck, Gen.Elements(0, 3), Gen.Choose(3, 6).Select(d => Duration.FromDays(d))));

    private static Gen<HistoryStep<NonconformityTrigger>[]> Path() =>
        from rejected in Gen.Frequency((7, Gen.Constant(false)), (1, Gen.Constant(true)))
        from head in rejected
            ? Sequence(Command(NonconformityTrigger.Reject, Gen.Elements(0, 1)))
            : Sequence(Command(NonconformityTrigger.Accept, Gen.Elements(0, 1)), Command(NonconformityTrigger.Contain, Gen.Constant(1)))
        from first in Round()
        from ineffective in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        from again in ineffective
            ? from found in Command(NonconformityTrigger.FindIneffective, Gen.Elements(0, 3))
              from round in Round()
              select (HistoryStep<NonconformityTrigger>[])[found, .. round]
            : Gen.Constant(Array.Empty<HistoryStep<NonconformityTrigger>>())
        from close in Command(NonconformityTrigger.ConfirmEffective, Gen.Elements(0, 3))
        select (HistoryStep<NonconformityTrigger>[])[.. head, .. first, .. again, close];

    private static Gen<HistoryStep<NonconformityTrigger>> Random() => Histories.AnyStep(Triggers, AnyActor, Gaps);

    private static Gen<HistoryStep<NonconformityTrigger>> Command(NonconformityTrigger trigger, Gen<int> actors, Gen<Duration>? gaps = null) =>
        Histories.Step(trigger, actors, AnyActor, gaps ?? Gaps);

    private static Gen<HistoryStep<NonconformityTrigger>[]> Sequence(params Gen<HistoryStep<NonconformityTrigger>>[] commands) => Gen.CollectToArray(commands);
}
