using Itsm.Json.Incidents;
using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Incidents;
using Itsm.Json;
using Itsm.Testing.Laws;
using NodaTime;

namespace Itsm.Testing;

/// <summary>
/// A random problem history: a priority and an owner, then commands from random actors, some of which are refused.
/// Histories often start with a prefix of the usual path (assess, link an incident, analyse, identify the known error,
/// fix, resolve, close) so that every state is reached.
/// </summary>
/// <param name="Priority">The problem's priority.</param>
/// <param name="OwnerIndex">The owner, as an index into <see cref="Actors"/>.</param>
/// <param name="Commands">The commands, oldest first.</param>
public sealed record ProblemScenario(Priority Priority, int OwnerIndex, IReadOnlyList<HistoryStep<ProblemTrigger>> Commands)
    : IHistory<Problem, HistoryStep<ProblemTrigger>, ProblemTrigger>
{
    /// <summary>The actors of the histories: problem manager, problem manager who is also a process owner, resolver,
    /// change manager, process owner, service desk agent and incident manager, the system, and an actor without roles.</summary>
    public static readonly Actor[] Actors =
    [
        new("pm", "Problem Manager", [Roles.ProblemManager]),
        new("pm-po", "Problem Manager and Process Owner", [Roles.ProblemManager, Roles.ProcessOwner]),
        new("resolver", "Resolver", [Roles.Resolver]),
        new("cm", "Change Manager", [Roles.ChangeManager]),
        new("po", "Process Owner", [Roles.ProcessOwner]),
        new("desk", "Desk and Incident Manager", [Roles.ServiceDeskAgent, Roles.IncidentManager]),
        Actor.System,
        new("nobody", "Nobody"),
    ];

    /// <summary>The owners a scenario picks from (indexes into <see cref="Actors"/>): both problem managers and the
    /// process owner, so the independent-approval rule is met and broken.</summary>
    public static readonly int[] Owners = [0, 1, 4];

    /// <summary>The settings of the histories: the defaults (30 days of observation).</summary>
    public static readonly ProblemSettings Settings = ProblemSettings.Default;

    /// <summary>When the problem is logged: Monday 2026-03-02 08:30 UTC.</summary>
    public static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 8, 30);

    /// <summary>The problem's id.</summary>
    public static readonly Id<Kinds.Problem> ProblemId = new("PRB-P");

    /// <summary>The usual path, whose prefixes start many histories.</summary>
    public static readonly HistoryStep<ProblemTrigger>[] UsualPath =
    [
        new(ProblemTrigger.StartAssessment, 0, Duration.FromMinutes(10), 1),
        new(ProblemTrigger.LinkIncident, 5, Duration.FromMinutes(10), 1),
        new(ProblemTrigger.StartRootCauseAnalysis, 0, Duration.FromHours(1), 1),
        new(ProblemTrigger.IdentifyKnownError, 2, Duration.FromDays(2), 2),
        new(ProblemTrigger.StartFix, 3, Duration.FromDays(1), 1),
        new(ProblemTrigger.Resolve, 0, Duration.FromDays(3), 1),
        new(ProblemTrigger.Advance, 6, Duration.FromDays(31), 1),
    ];

    /// <summary>Logs the scenario's problem, by the problem manager at <see cref="Start"/>.</summary>
    /// <returns>The new problem.</returns>
    public Problem Log() =>
        Problem.Log(ProblemId, "Mail delivery fails", "Outbound mail queues on mx-01", new Id<Kinds.Service>("email"), [new Id<Kinds.ConfigurationItem>("mx-01")],
            Priority, Actors[OwnerIndex], Settings, Actors[0], Start);

    /// <summary>Logs the problem and runs every command, skipping those the problem refuses with a documented exception.</summary>
    /// <returns>The problem, the known errors its accepted commands created, and the instant of the last command.</returns>
    public (Problem Problem, IReadOnlyList<KnownError> KnownErrors, Instant End) Play()
    {
        var problem = Log();
        var knownErrors = new List<KnownError>();
        var at = Start;
        foreach (var command in Commands)
        {
            at += command.After;
            try
            {
                if (Apply(problem, command, at) is { } created)
                {
                    knownErrors.Add(created);
                }
            }
            catch (Exception e) when (Histories.IsDocumentedRefusal(e))
            {
            }
        }

        return (problem, knownErrors, at);
    }

    /// <summary>Gets the JSON options that load the scenarios' problems.</summary>
    public static ItsmJsonOptions JsonOptions { get; } = new() { Modules = [new IncidentsJsonModule { Problems = Settings }] };

    /// <inheritdoc />
    IReadOnlyList<HistoryStep<ProblemTrigger>> IHistory<Problem, HistoryStep<ProblemTrigger>, ProblemTrigger>.Steps => Commands;

    /// <inheritdoc />
    Instant IHistory<Problem, HistoryStep<ProblemTrigger>, ProblemTrigger>.Start => Start;

    /// <inheritdoc />
    ItsmJsonOptions IHistory<Problem, HistoryStep<ProblemTrigger>, ProblemTrigger>.JsonOptions => JsonOptions;

    /// <inheritdoc />
    Problem IHistory<Problem, HistoryStep<ProblemTrigger>, ProblemTrigger>.Create() => Log();

    /// <inheritdoc />
    void IHistory<Problem, HistoryStep<ProblemTrigger>, ProblemTrigger>.Apply(Problem record, HistoryStep<ProblemTrigger> command, Instant at) => Apply(record, command, at);

    /// <inheritdoc />
    IReadOnlyList<string>? IHistory<Problem, HistoryStep<ProblemTrigger>, ProblemTrigger>.UnmetRules(Problem record, HistoryStep<ProblemTrigger> command, Instant at) => record.UnmetRules(command.Trigger, Actors[command.ActorIndex], at);

    /// <inheritdoc />
    Problem IHistory<Problem, HistoryStep<ProblemTrigger>, ProblemTrigger>.Rebuild(Problem record) => Problem.FromEvents(record.Events, Settings);

    /// <summary>Runs one command; throws whatever the problem throws.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="command">The command.</param>
    /// <param name="at">When.</param>
    /// <returns>The known error created by an accepted <see cref="ProblemTrigger.IdentifyKnownError"/>; otherwise null.</returns>
    public static KnownError? Apply(Problem problem, HistoryStep<ProblemTrigger> command, Instant at)
    {
        var by = Actors[command.ActorIndex];
        int choice = command.Choice;
        string text = Text(choice);
        switch (command.Trigger)
        {
            case ProblemTrigger.LinkIncident: problem.LinkIncident(by, at, new Id<Kinds.Incident>("INC-" + (choice % 5))); break;
            case ProblemTrigger.RecordTrendJustification: problem.RecordTrendJustification(by, at, text); break;
            case ProblemTrigger.StartAssessment: problem.StartAssessment(by, at); break;
            case ProblemTrigger.StartRootCauseAnalysis: problem.StartRootCauseAnalysis(by, at); break;
            case ProblemTrigger.IdentifyKnownError:
                // Choice % 3: 0 = workaround only, 1 = root cause only, 2 = both; every 13th gives neither (refused).
                string? cause = choice % 13 == 0 || choice % 3 == 0 ? null : "cause " + choice;
                string? workaround = choice % 13 == 0 || choice % 3 == 1 ? null : "restart the queue " + choice;
                return problem.IdentifyKnownError(by, at, new Id<Kinds.KnownError>("KE-" + (choice % 4)), choice % 11 == 0 ? " " : "mail delivery fails " + choice, cause, workaround);
            case ProblemTrigger.RecordRootCause: problem.RecordRootCause(by, at, text); break;
            case ProblemTrigger.StartFix: problem.StartFix(by, at, choice % 9 == 0 ? default : new Id<Kinds.Change>("CHG-" + choice)); break;
            case ProblemTrigger.Resolve: problem.Resolve(by, at, text); break;
            case ProblemTrigger.RecordRecurrence: problem.RecordRecurrence(by, at, new Id<Kinds.Incident>("INC-" + (3 + (choice % 5)))); break;
            case ProblemTrigger.Reanalyse: problem.Reanalyse(by, at, text); break;
            case ProblemTrigger.Escalate:
                // Choice % 3: 0 = hierarchical, else functional to one of the actors (the owner itself is refused); every
                // 17th hierarchical one names an owner (refused).
                var kind = choice % 3 == 0 ? EscalationKind.Hierarchical : EscalationKind.Functional;
                problem.Escalate(by, at, kind, text, kind == EscalationKind.Functional || choice % 17 == 0 ? Actors[choice % Actors.Length] : null);
                break;
            case ProblemTrigger.MarkDuplicate: problem.MarkDuplicate(by, at, choice % 6 == 0 ? ProblemId : new Id<Kinds.Problem>("PRB-" + (choice % 3))); break;
            case ProblemTrigger.Cancel: problem.Cancel(by, at, text); break;
            case ProblemTrigger.ProposeRiskAcceptance: problem.ProposeRiskAcceptance(by, at, text); break;
            case ProblemTrigger.DeclineRiskAcceptance: problem.DeclineRiskAcceptance(by, at, text); break;
            case ProblemTrigger.AcceptRisk: problem.AcceptRisk(by, at); break;
            default: problem.Advance(by, at); break;
        }

        return null;
    }

    /// <summary>Everything the problem exposes, at its last command (<see cref="Fingerprints.Of"/>), to compare two of them
    /// (live, rebuilt, read from JSON, before and after a refused command).</summary>
    /// <param name="problem">The problem.</param>
    /// <returns>The fingerprint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    public static string Fingerprint(Problem problem) => Fingerprints.Of(Preconditions.CheckNotNull(problem), problem.LastCommandAt, JsonOptions);

    /// <summary>The scenario as C#, to paste into an example test.</summary>
    /// <returns>The constructor call.</returns>
    public override string ToString() => CSharp.Record(nameof(ProblemScenario), [Priority, OwnerIndex], Commands);

    /// <summary>The free text of a command: blank (refused) for every seventh choice.</summary>
    internal static string Text(int choice) => choice % 7 == 0 ? " " : "because " + choice;
}

/// <summary>A random known error history: drafted by a problem (with or without a workaround), then commands from
/// random actors, some of which are refused.</summary>
/// <param name="WithWorkaround">Whether the draft has a workaround (publishing needs one).</param>
/// <param name="Commands">The commands, oldest first.</param>
public sealed record KnownErrorScenario(bool WithWorkaround, IReadOnlyList<HistoryStep<KnownErrorTrigger>> Commands)
    : IHistory<KnownError, HistoryStep<KnownErrorTrigger>, KnownErrorTrigger>
{
    /// <summary>The known error's id.</summary>
    public static readonly Id<Kinds.KnownError> KnownErrorId = new("KE-P");

    /// <summary>Drafts the known error: logs a problem, takes it to root cause analysis and identifies the known error.</summary>
    /// <returns>The known error, in draft, and the instant it was drafted.</returns>
    public (KnownError KnownError, Instant At) Draft()
    {
        var actors = ProblemScenario.Actors;
        var problem = new ProblemScenario(Priority.P3, 0, []).Log();
        var at = ProblemScenario.Start + Duration.FromHours(1);
        problem.LinkIncident(actors[5], at, new Id<Kinds.Incident>("INC-1"));
        problem.StartAssessment(actors[0], at);
        problem.StartRootCauseAnalysis(actors[0], at);
        return (problem.IdentifyKnownError(actors[2], at, KnownErrorId, "mail delivery fails", "queue full", WithWorkaround ? "flush the queue" : null), at);
    }

    /// <summary>Drafts the known error and runs every command, skipping those it refuses with a documented exception.</summary>
    /// <returns>The known error and the instant of the last command.</returns>
    public (KnownError KnownError, Instant End) Play()
    {
        var (knownError, at) = Draft();
        foreach (var command in Commands)
        {
            at += command.After;
            try
            {
                Apply(knownError, command, at);
            }
            catch (Exception e) when (Histories.IsDocumentedRefusal(e))
            {
            }
        }

        return (knownError, at);
    }

    /// <summary>Gets the JSON options that load the scenarios' known errors.</summary>
    public static ItsmJsonOptions JsonOptions { get; } = new() { Modules = [new IncidentsJsonModule { Problems = ProblemScenario.Settings }] };

    /// <inheritdoc />
    IReadOnlyList<HistoryStep<KnownErrorTrigger>> IHistory<KnownError, HistoryStep<KnownErrorTrigger>, KnownErrorTrigger>.Steps => Commands;

    /// <inheritdoc />
    Instant IHistory<KnownError, HistoryStep<KnownErrorTrigger>, KnownErrorTrigger>.Start => ProblemScenario.Start + Duration.FromHours(1);

    /// <inheritdoc />
    ItsmJsonOptions IHistory<KnownError, HistoryStep<KnownErrorTrigger>, KnownErrorTrigger>.JsonOptions => JsonOptions;

    /// <inheritdoc />
    KnownError IHistory<KnownError, HistoryStep<KnownErrorTrigger>, KnownErrorTrigger>.Create() => Draft().KnownError;

    /// <inheritdoc />
    void IHistory<KnownError, HistoryStep<KnownErrorTrigger>, KnownErrorTrigger>.Apply(KnownError record, HistoryStep<KnownErrorTrigger> command, Instant at) => Apply(record, command, at);

    /// <inheritdoc />
    IReadOnlyList<string>? IHistory<KnownError, HistoryStep<KnownErrorTrigger>, KnownErrorTrigger>.UnmetRules(KnownError record, HistoryStep<KnownErrorTrigger> command, Instant at) => record.UnmetRules(command.Trigger, ProblemScenario.Actors[command.ActorIndex], at);

    /// <inheritdoc />
    KnownError IHistory<KnownError, HistoryStep<KnownErrorTrigger>, KnownErrorTrigger>.Rebuild(KnownError record) => KnownError.FromEvents(record.Events, ProblemScenario.Settings.KnownErrors);

    /// <summary>Runs one command; throws whatever the known error throws.</summary>
    /// <param name="knownError">The known error.</param>
    /// <param name="command">The command.</param>
    /// <param name="at">When.</param>
    public static void Apply(KnownError knownError, HistoryStep<KnownErrorTrigger> command, Instant at)
    {
        Preconditions.CheckNotNull(knownError);
        Preconditions.CheckNotNull(command);
        var by = ProblemScenario.Actors[command.ActorIndex];
        int choice = command.Choice;
        switch (command.Trigger)
        {
            case KnownErrorTrigger.Revise:
                string? cause = choice % 13 == 0 || choice % 3 == 0 ? null : "cause " + choice;
                string? workaround = choice % 13 == 0 || choice % 3 == 1 ? null : "workaround " + choice;
                knownError.Revise(by, at, choice % 11 == 0 ? "" : "symptom " + choice, cause, workaround);
                break;
            case KnownErrorTrigger.Publish: knownError.Publish(by, at); break;
            case KnownErrorTrigger.Retire: knownError.Retire(by, at, ProblemScenario.Text(choice)); break;
            default: knownError.Supersede(by, at, choice % 5 == 0 ? KnownErrorId : new Id<Kinds.KnownError>("KE-" + (10 + (choice % 3)))); break;
        }
    }

    /// <summary>Everything the knownError exposes, at its last command (<see cref="Fingerprints.Of"/>), to compare two of them
    /// (live, rebuilt, read from JSON, before and after a refused command).</summary>
    /// <param name="knownError">The knownError.</param>
    /// <returns>The fingerprint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="knownError"/> is null.</exception>
    public static string Fingerprint(KnownError knownError) => Fingerprints.Of(Preconditions.CheckNotNull(knownError), knownError.LastCommandAt, JsonOptions);

    /// <summary>The scenario as C#, to paste into an example test.</summary>
    /// <returns>The constructor call.</returns>
    public override string ToString() => CSharp.Record(nameof(KnownErrorScenario), [WithWorkaround], Commands);
}

/// <summary>FsCheck generators of random problem and known error histories.</summary>
public static class ProblemArbitraries
{
    private static readonly IReadOnlyList<ProblemTrigger> Triggers = Histories.Triggers(ProblemTrigger.Log, ProblemTrigger.Close);

    private static readonly Gen<Duration> Gaps = Gen.Frequency(
        (1, Gen.Constant(0)),
        (4, Gen.Choose(1, 600)),
        (1, Gen.Choose(600, 10 * 24 * 60)),
        (1, Gen.Choose(20 * 24 * 60, 40 * 24 * 60))).Select(m => Duration.FromMinutes(m));

    private static readonly Gen<int> Choices = Gen.Choose(0, 99);

    /// <summary>Random problem histories: a priority, an owner, a prefix of the usual path (its known error with a root
    /// cause, a workaround or both), then up to 14 random commands by random actors (more often by actors who hold a role
    /// for problems).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ProblemScenario> Scenarios() =>
        Histories.Arbitrary((from priority in Gen.Choose(1, 5)
         from owner in Gen.Elements(ProblemScenario.Owners)
         from prefix in Gen.Choose(0, ProblemScenario.UsualPath.Length)
         from pathChoice in Gen.Elements(2, 3, 4)
         from commands in Gen.ArrayOf(
             from trigger in Gen.Frequency(Triggers.Select(t => (t is ProblemTrigger.Cancel or ProblemTrigger.MarkDuplicate ? 1 : 4, Gen.Constant(t))).ToArray())
             from actor in Gen.Frequency((4, Gen.Choose(0, 5)), (1, Gen.Choose(6, 7)))
             from after in Gaps
             from choice in Choices
             select new HistoryStep<ProblemTrigger>(trigger, actor, after, choice))
         select new ProblemScenario((Priority)priority, owner, [.. ProblemScenario.UsualPath.Take(prefix).Select(c => c with { Choice = pathChoice }), .. commands.Take(14)])), s => s.Commands, (s, c) => s with { Commands = c });

    /// <summary>Random known error histories: a draft with or without a workaround, then up to 8 random commands.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<KnownErrorScenario> KnownErrorScenarios() =>
        Histories.Arbitrary((from withWorkaround in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
         from commands in Gen.ArrayOf(
             from trigger in Gen.Elements<KnownErrorTrigger>(Histories.Triggers(KnownErrorTrigger.Draft))
             from actor in Gen.Choose(0, ProblemScenario.Actors.Length - 1)
             from after in Gaps
             from choice in Choices
             select new HistoryStep<KnownErrorTrigger>(trigger, actor, after, choice))
         select new KnownErrorScenario(withWorkaround, [.. commands.Take(8)])), s => s.Commands, (s, c) => s with { Commands = c });
}
