using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Incidents;
using NodaTime;

namespace Itsm.Testing;

/// <summary>One command of a random problem history, by a random actor.</summary>
/// <param name="Trigger">The command.</param>
/// <param name="ActorIndex">Who, as an index into <see cref="ProblemScenario.Actors"/>.</param>
/// <param name="After">How long after the previous command.</param>
/// <param name="Choice">A number from 0 to 99 that picks the command's arguments (some of them invalid).</param>
public sealed record ProblemCommand(ProblemTrigger Trigger, int ActorIndex, Duration After, int Choice)
{
    /// <inheritdoc />
    public override string ToString() => $"{Trigger} by {ProblemScenario.Actors[ActorIndex].Id} +{After} ({Choice})";
}

/// <summary>
/// A random problem history: a priority and an owner, then commands from random actors, some of which are refused.
/// Histories often start with a prefix of the usual path (assess, link an incident, analyse, identify the known error,
/// fix, resolve, close) so that every state is reached.
/// </summary>
/// <param name="Priority">The problem's priority.</param>
/// <param name="OwnerIndex">The owner, as an index into <see cref="Actors"/>.</param>
/// <param name="Commands">The commands, oldest first.</param>
public sealed record ProblemScenario(Priority Priority, int OwnerIndex, IReadOnlyList<ProblemCommand> Commands)
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
    public static readonly ProblemCommand[] UsualPath =
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
            catch (Exception e) when (IsDocumented(e))
            {
            }
        }

        return (problem, knownErrors, at);
    }

    /// <summary>Returns whether an exception is one a refused command documents: a role policy refusal, a lifecycle
    /// refusal or an argument error.</summary>
    /// <param name="e">The exception.</param>
    /// <returns>True for the documented refusals.</returns>
    public static bool IsDocumented(Exception e) => e is CommandNotAuthorizedException or InvalidTransitionException or ArgumentException;

    /// <summary>Runs one command; throws whatever the problem throws.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="command">The command.</param>
    /// <param name="at">When.</param>
    /// <returns>The known error created by an accepted <see cref="ProblemTrigger.IdentifyKnownError"/>; otherwise null.</returns>
    public static KnownError? Apply(Problem problem, ProblemCommand command, Instant at)
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
            case ProblemTrigger.MarkDuplicate: problem.MarkDuplicate(by, at, choice % 6 == 0 ? ProblemId : new Id<Kinds.Problem>("PRB-" + (choice % 3))); break;
            case ProblemTrigger.Cancel: problem.Cancel(by, at, text); break;
            case ProblemTrigger.ProposeRiskAcceptance: problem.ProposeRiskAcceptance(by, at, text); break;
            case ProblemTrigger.DeclineRiskAcceptance: problem.DeclineRiskAcceptance(by, at, text); break;
            case ProblemTrigger.AcceptRisk: problem.AcceptRisk(by, at); break;
            default: problem.Advance(by, at); break;
        }

        return null;
    }

    /// <summary>Describes everything a problem exposes, in one string, to compare two problems (live, rebuilt, read from
    /// JSON).</summary>
    /// <param name="problem">The problem.</param>
    /// <returns>The description.</returns>
    public static string Fingerprint(Problem problem)
    {
        Preconditions.CheckNotNull(problem);
        static string Join<T>(IEnumerable<T> items) => "[" + string.Join(",", items) + "]";
        var risk = problem.RiskAcceptance;
        return string.Join(
            "|",
            problem.Id, problem.Version, problem.State, problem.Title, problem.Description, problem.Service, Join(problem.ConfigurationItems), problem.Priority,
            problem.Owner, problem.LoggedAt, Join(problem.LinkedIncidents), Join(problem.Recurrences), problem.TrendJustification, problem.RootCause,
            problem.RootCauseRecordedAt, problem.Workaround, problem.KnownErrorId, Join(problem.KnownErrors), problem.Change, problem.ResolutionNotes,
            problem.ResolvedAt, problem.ObservationEndsAt, problem.ClosedAt, problem.ReanalysisCount, problem.DuplicateOf, problem.CancellationReason,
            risk?.Rationale, risk?.ProposedBy, risk?.ProposedAt, risk?.ApprovedBy, risk?.ApprovedAt, problem.LastCommandAt, problem.IsOpen,
            string.Join(",", problem.Events.Select(e => e.Version.ToString(CultureInfo.InvariantCulture) + e.GetType().Name + e.At + e.Actor.Id)));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Priority}, owner {Actors[OwnerIndex].Id}: {string.Join("; ", Commands.Select(c => c.ToString()))}";

    /// <summary>The free text of a command: blank (refused) for every seventh choice.</summary>
    internal static string Text(int choice) => choice % 7 == 0 ? " " : "because " + choice;
}

/// <summary>One command of a random known error history, by a random actor.</summary>
/// <param name="Trigger">The command.</param>
/// <param name="ActorIndex">Who, as an index into <see cref="ProblemScenario.Actors"/>.</param>
/// <param name="After">How long after the previous command.</param>
/// <param name="Choice">A number from 0 to 99 that picks the command's arguments (some of them invalid).</param>
public sealed record KnownErrorCommand(KnownErrorTrigger Trigger, int ActorIndex, Duration After, int Choice)
{
    /// <inheritdoc />
    public override string ToString() => $"{Trigger} by {ProblemScenario.Actors[ActorIndex].Id} +{After} ({Choice})";
}

/// <summary>A random known error history: drafted by a problem (with or without a workaround), then commands from
/// random actors, some of which are refused.</summary>
/// <param name="WithWorkaround">Whether the draft has a workaround (publishing needs one).</param>
/// <param name="Commands">The commands, oldest first.</param>
public sealed record KnownErrorScenario(bool WithWorkaround, IReadOnlyList<KnownErrorCommand> Commands)
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
            catch (Exception e) when (ProblemScenario.IsDocumented(e))
            {
            }
        }

        return (knownError, at);
    }

    /// <summary>Runs one command; throws whatever the known error throws.</summary>
    /// <param name="knownError">The known error.</param>
    /// <param name="command">The command.</param>
    /// <param name="at">When.</param>
    public static void Apply(KnownError knownError, KnownErrorCommand command, Instant at)
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

    /// <summary>Describes everything a known error exposes, in one string, to compare two known errors.</summary>
    /// <param name="knownError">The known error.</param>
    /// <returns>The description.</returns>
    public static string Fingerprint(KnownError knownError)
    {
        Preconditions.CheckNotNull(knownError);
        return string.Join(
            "|",
            knownError.Id, knownError.Version, knownError.State, knownError.Problem, knownError.Symptom, knownError.RootCause, knownError.Workaround,
            knownError.Service, "[" + string.Join(",", knownError.ConfigurationItems) + "]", knownError.DraftedAt, knownError.PublishedAt, knownError.RevisionCount,
            knownError.RetirementReason, knownError.SupersededBy, knownError.LastCommandAt, knownError.IsPublished,
            string.Join(",", knownError.Events.Select(e => e.Version.ToString(CultureInfo.InvariantCulture) + e.GetType().Name + e.At + e.Actor.Id)));
    }

    /// <inheritdoc />
    public override string ToString() => $"workaround {WithWorkaround}: {string.Join("; ", Commands.Select(c => c.ToString()))}";
}

/// <summary>FsCheck generators of random problem and known error histories.</summary>
public static class ProblemArbitraries
{
    private static readonly ProblemTrigger[] Triggers = [.. Enum.GetValues<ProblemTrigger>().Where(t => t is not (ProblemTrigger.Log or ProblemTrigger.Close))];

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
        (from priority in Gen.Choose(1, 5)
         from owner in Gen.Elements(ProblemScenario.Owners)
         from prefix in Gen.Choose(0, ProblemScenario.UsualPath.Length)
         from pathChoice in Gen.Elements(2, 3, 4)
         from commands in Gen.ArrayOf(
             from trigger in Gen.Frequency(Triggers.Select(t => (t is ProblemTrigger.Cancel or ProblemTrigger.MarkDuplicate ? 1 : 4, Gen.Constant(t))).ToArray())
             from actor in Gen.Frequency((4, Gen.Choose(0, 5)), (1, Gen.Choose(6, 7)))
             from after in Gaps
             from choice in Choices
             select new ProblemCommand(trigger, actor, after, choice))
         select new ProblemScenario((Priority)priority, owner, [.. ProblemScenario.UsualPath.Take(prefix).Select(c => c with { Choice = pathChoice }), .. commands.Take(14)])).ToArbitrary();

    /// <summary>Random known error histories: a draft with or without a workaround, then up to 8 random commands.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<KnownErrorScenario> KnownErrorScenarios() =>
        (from withWorkaround in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
         from commands in Gen.ArrayOf(
             from trigger in Gen.Elements(KnownErrorTrigger.Revise, KnownErrorTrigger.Publish, KnownErrorTrigger.Retire, KnownErrorTrigger.Supersede)
             from actor in Gen.Choose(0, ProblemScenario.Actors.Length - 1)
             from after in Gaps
             from choice in Choices
             select new KnownErrorCommand(trigger, actor, after, choice))
         select new KnownErrorScenario(withWorkaround, [.. commands.Take(8)])).ToArbitrary();
}
