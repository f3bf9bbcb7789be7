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

/// <summary>An <see cref="IAuditorIndependence"/> over a fixed table of conflicts, for tests and generators.</summary>
/// <param name="Conflicts">Every conflict, whatever the period.</param>
public sealed record IndependenceTable(IReadOnlyList<IndependenceConflict> Conflicts) : IAuditorIndependence
{
    /// <inheritdoc />
    public IEnumerable<IndependenceConflict> ConflictsOf(string auditor, IReadOnlyCollection<Id<Kinds.Process>> processes, DateInterval period) =>
        Conflicts.Where(c => c.Auditor == auditor && processes.Contains(c.Process));
}

/// <summary>
/// A random audit history: the audit <c>AUD-1</c> of incident and change management scheduled, then commands by random
/// actors, mostly along its lifecycle (waivers, preparation with one of four teams, start, findings, a raise to a major,
/// the report, follow-up links, closure; sometimes a postponement or a cancellation), some of them refused.
/// </summary>
/// <param name="Commands">The commands, oldest first: each a <see cref="HistoryStep{TTrigger}"/> whose actor index points
/// into <see cref="Actors"/> and whose choice (0 to 99) picks the arguments.</param>
public sealed record AuditScenario(IReadOnlyList<HistoryStep<AuditTrigger>> Commands)
    : IHistory<Audit, HistoryStep<AuditTrigger>, AuditTrigger>
{
    /// <summary>Gets the cast, by index: 0 the management representative (<c>mr-1</c>); 1 an auditor (<c>aud-1</c>);
    /// 2 an auditor who owns change management (<c>aud-2</c>); 3 the owner of incident management (<c>po-1</c>, an
    /// auditee); 4 an auditor off the usual teams (<c>aud-3</c>); 5 top management (<c>top-1</c>); 6 an actor without
    /// roles (<c>nobody</c>).</summary>
    public static IReadOnlyList<Actor> Actors { get; } =
    [
        new("mr-1", "Management Representative", [Roles.ManagementRepresentative]),
        new("aud-1", "Auditor One", [Roles.Auditor]),
        new("aud-2", "Auditor Two", [Roles.Auditor, Roles.ProcessOwner]),
        new("po-1", "Incident Process Owner", [Roles.ProcessOwner]),
        new("aud-3", "Auditor Three", [Roles.Auditor]),
        new("top-1", "Top Management", [Roles.TopManagement]),
        new("nobody", "Nobody"),
    ];

    /// <summary>Gets incident management.</summary>
    public static Id<Kinds.Process> Incidents { get; } = new("incident-management");

    /// <summary>Gets change management.</summary>
    public static Id<Kinds.Process> Changes { get; } = new("change-management");

    /// <summary>Gets the host's facts: <c>aud-2</c> owns change management; <c>aud-3</c> performs incident management.</summary>
    public static IndependenceTable Independence { get; } = new([new("aud-2", Changes, ConflictKind.Owns), new("aud-3", Incidents, ConflictKind.Performs)]);

    /// <summary>Gets when every scenario's audit is scheduled: Monday 2026-03-02 08:30 UTC.</summary>
    public static Instant Start { get; } = Instant.FromUtc(2026, 3, 2, 8, 30);

    /// <summary>Gets the dates the audit is scheduled on: 6 to 8 April 2026.</summary>
    public static DateInterval Dates { get; } = new(new LocalDate(2026, 4, 6), new LocalDate(2026, 4, 8));

    /// <summary>Gets the JSON options that load the scenarios' audits.</summary>
    public static ItsmJsonOptions JsonOptions { get; } = new() { Modules = [new AuditsJsonModule { Audits = AuditSettings.Default }] };

    /// <inheritdoc />
    IReadOnlyList<HistoryStep<AuditTrigger>> IHistory<Audit, HistoryStep<AuditTrigger>, AuditTrigger>.Steps => Commands;

    /// <inheritdoc />
    Instant IHistory<Audit, HistoryStep<AuditTrigger>, AuditTrigger>.Start => Start;

    /// <inheritdoc />
    ItsmJsonOptions IHistory<Audit, HistoryStep<AuditTrigger>, AuditTrigger>.JsonOptions => JsonOptions;

    /// <summary>Schedules the scenario's audit at <see cref="Start"/>.</summary>
    /// <returns>The audit, Planned.</returns>
    public static Audit Schedule() =>
        Audit.Schedule(new Id<Kinds.Audit>("AUD-1"), "Incident and change management", new AuditScope([Incidents, Changes], ["8.5.1", "8.6.1"], ["Shanghai"]), Dates, Actors[0], Start);

    /// <summary>Schedules the audit and runs every command, skipping those it refuses.</summary>
    /// <returns>The audit and the instant of the last command.</returns>
    public (Audit Audit, Instant End) Play()
    {
        var audit = Schedule();
        return (audit, Histories.PlayOn(audit, Commands, Start, Apply));
    }

    /// <inheritdoc />
    Audit IHistory<Audit, HistoryStep<AuditTrigger>, AuditTrigger>.Create() => Schedule();

    /// <inheritdoc />
    void IHistory<Audit, HistoryStep<AuditTrigger>, AuditTrigger>.Apply(Audit record, HistoryStep<AuditTrigger> command, Instant at) => Apply(record, command, at);

    /// <inheritdoc />
    IReadOnlyList<string>? IHistory<Audit, HistoryStep<AuditTrigger>, AuditTrigger>.UnmetRules(Audit record, HistoryStep<AuditTrigger> command, Instant at) =>
        command.Trigger switch
        {
            AuditTrigger.Prepare => record.UnmetRules(command.Trigger, Actors[command.ActorIndex], at, Independence, PlanOf(command.Choice)),
            AuditTrigger.Start => record.UnmetRules(command.Trigger, Actors[command.ActorIndex], at, Independence),
            AuditTrigger.ApproveWaiver => record.UnmetRules(command.Trigger, Actors[command.ActorIndex], at, waived: WaivedOf(command.Choice)),
            _ => record.UnmetRules(command.Trigger, Actors[command.ActorIndex], at),
        };

    /// <inheritdoc />
    Audit IHistory<Audit, HistoryStep<AuditTrigger>, AuditTrigger>.Rebuild(Audit record) => Audit.FromEvents(record.Events);

    /// <summary>The plan a choice gives (by the choice modulo 4): led by <c>aud-1</c> with <c>aud-2</c> (a conflict on
    /// change management), <c>aud-1</c> alone, led by <c>aud-2</c> with <c>aud-1</c>, or <c>aud-1</c> with <c>aud-3</c> (a
    /// conflict on incident management); every thirteenth choice names an auditor as auditee (refused).</summary>
    /// <param name="choice">The step's choice.</param>
    /// <returns>The plan.</returns>
    public static AuditPlan PlanOf(int choice)
    {
        (string lead, string[] auditors) = (choice % 4) switch
        {
            0 => ("aud-1", new[] { "aud-2" }),
            1 => ("aud-1", Array.Empty<string>()),
            2 => ("aud-2", new[] { "aud-1" }),
            _ => ("aud-1", new[] { "aud-3" }),
        };
        string[] auditees = choice % 13 == 0 ? ["po-1", lead] : ["po-1"];
        return new AuditPlan(new AuditScope([Incidents, Changes], ["8.5.1", "8.6.1"], ["Shanghai"]), ["ISO/IEC 20000-1:2018", "CX-SMP-001"], Dates, lead, auditors, auditees, ["Are incidents prioritised by the matrix?", "Is every change authorised?"]);
    }

    /// <summary>The auditor a waiver frees (by the choice modulo 3): <c>aud-2</c> on change management, <c>aud-3</c> on
    /// incident management, or <c>aud-1</c> on change management (no conflict: a waiver nobody needed).</summary>
    /// <param name="choice">The step's choice.</param>
    /// <returns>The auditor.</returns>
    public static string WaivedOf(int choice) => (choice % 3) switch { 0 => "aud-2", 1 => "aud-3", _ => "aud-1" };

    /// <summary>Runs one command; throws whatever the audit throws. The choice picks the plan (<see cref="PlanOf"/>), the
    /// waiver (<see cref="WaivedOf"/>), the finding (its grade by the choice modulo 5, its requirement 8.5.1 or 8.6.1), the
    /// new dates, the minors raised (the unraised minors on 8.5.1), the link (the first finding still to follow up; the
    /// wrong kind of record every ninth choice, refused) and blank texts every seventeenth choice (refused).</summary>
    /// <param name="audit">The audit.</param>
    /// <param name="command">The command.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Apply(Audit audit, HistoryStep<AuditTrigger> command, Instant at)
    {
        Preconditions.CheckNotNull(audit);
        Preconditions.CheckNotNull(command);
        var by = Actors[command.ActorIndex];
        int choice = command.Choice;
        string text = choice % 17 == 0 ? " " : "note " + choice.ToString(CultureInfo.InvariantCulture);
        switch (command.Trigger)
        {
            case AuditTrigger.ApproveWaiver:
                string waived = WaivedOf(choice);
                audit.ApproveWaiver(by, at, waived, waived == "aud-3" ? Incidents : Changes, text);
                break;
            case AuditTrigger.Prepare: audit.Prepare(by, at, PlanOf(choice), Independence); break;
            case AuditTrigger.Postpone: audit.Postpone(by, at, new DateInterval(audit.Dates.Start.PlusDays(1 + (choice % 30)), audit.Dates.End.PlusDays(1 + (choice % 30))), text); break;
            case AuditTrigger.Cancel: audit.Cancel(by, at, text); break;
            case AuditTrigger.Start: audit.Start(by, at, Independence); break;
            case AuditTrigger.RecordFinding:
                audit.RecordFinding(by, at, (FindingKind)(1 + (choice % 5)), choice % 2 == 0 ? "8.5.1" : "8.6.1", "sampled " + choice.ToString(CultureInfo.InvariantCulture), text);
                break;
            case AuditTrigger.RaiseToMajor:
                audit.RaiseToMajor(by, at, [.. audit.Findings.Where(f => f is { Kind: FindingKind.MinorNonconformity, RaisedInto: null, Requirement: "8.5.1" }).Select(f => f.Number)], text);
                break;
            case AuditTrigger.DraftFindings: audit.DraftFindings(by, at); break;
            case AuditTrigger.Report: audit.Report(by, at, ["po-1"], text); break;
            case AuditTrigger.StartFollowUp: audit.StartFollowUp(by, at); break;
            case AuditTrigger.LinkFinding:
                var finding = audit.UnfollowedFindings.Count > 0 ? audit.UnfollowedFindings[0] : audit.Findings.Count > 0 ? audit.Findings[0] : null;
                int number = finding?.Number ?? 1;
                string id = "NC-" + choice.ToString(CultureInfo.InvariantCulture);
                if ((finding?.NeedsImprovement ?? false) != (choice % 9 == 0))
                {
                    audit.LinkImprovement(by, at, number, new Id<Kinds.Improvement>(id));
                }
                else
                {
                    audit.LinkNonconformity(by, at, number, new Id<Kinds.Nonconformity>(id));
                }

                break;
            case AuditTrigger.Close: audit.Close(by, at); break;
            default: throw new ArgumentException("An audit is scheduled once, by Schedule.", nameof(command));
        }
    }

    /// <summary>The scenario as C#, to paste into an example test.</summary>
    /// <returns>The constructor call.</returns>
    public override string ToString() => CSharp.Record(nameof(AuditScenario), [], Commands);
}

/// <summary>FsCheck generators of random audit histories, for <c>[Properties(Arbitrary = [typeof(AuditArbitraries)])]</c>.</summary>
public static class AuditArbitraries
{
    private static readonly Gen<Duration> Gaps = Histories.MinutesApart(3 * 24 * 60);

    private static readonly Gen<int> AnyActor = Gen.Choose(0, AuditScenario.Actors.Count - 1);

    /// <summary>Gets the commands a scenario issues: every trigger but the schedule.</summary>
    public static IReadOnlyList<AuditTrigger> Triggers { get; } = Histories.Triggers(AuditTrigger.Schedule);

    /// <summary>Random audit histories: its path told loosely (<see cref="Histories.Told{TTrigger}"/>): sometimes a waiver,
    /// preparation (one time in three by a team with a conflict on change management after a waiver for it, otherwise half
    /// the time by an independent team), sometimes a postponement and a second preparation, start, two to five findings, a raise to a major
    /// sometimes, drafting, the report, follow-up with links, closure; sometimes a cancellation; up to 30 commands.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AuditScenario> Scenarios() =>
        Histories.Arbitrary(
            Histories.Told(Path(), Random()).Select(steps => new AuditScenario(steps)),
            s => s.Commands,
            (s, c) => new AuditScenario(c));

    private static Gen<HistoryStep<AuditTrigger>[]> Path() =>
        from conflicted in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        from waiver in conflicted
            ? Sequence(Command(AuditTrigger.ApproveWaiver, Gen.Frequency((9, Gen.Elements(0, 5)), (1, Gen.Elements(2, 4))), Gen.Choose(0, 33).Select(k => 3 * k)))
            : Gen.Frequency((1, Gen.Constant(Array.Empty<HistoryStep<AuditTrigger>>())), (1, Sequence(Command(AuditTrigger.ApproveWaiver, Gen.Elements(0, 5)))))
        from prepare in Command(AuditTrigger.Prepare, Gen.Constant(1), conflicted ? Gen.Choose(0, 24).Select(k => 4 * k) : PlanChoices)
        from postponed in Gen.Frequency((5, Gen.Constant(Array.Empty<HistoryStep<AuditTrigger>>())), (1, Sequence(Command(AuditTrigger.Postpone, Gen.Constant(0)), Command(AuditTrigger.Prepare, Gen.Constant(1), PlanChoices))))
        from start in Command(AuditTrigger.Start, Gen.Constant(1))
        from findings in Gen.Choose(2, 5).SelectMany(n => Gen.ArrayOf(Command(AuditTrigger.RecordFinding, Gen.Elements(1, 2)), n))
        from draft in Command(AuditTrigger.DraftFindings, Gen.Constant(1))
        from raise in Gen.Frequency((2, Gen.Constant(Array.Empty<HistoryStep<AuditTrigger>>())), (1, Sequence(Command(AuditTrigger.RaiseToMajor, Gen.Constant(1)))))
        from report in Sequence(Command(AuditTrigger.Report, Gen.Constant(1)), Command(AuditTrigger.StartFollowUp, Gen.Elements(0, 1)))
        from links in Gen.Choose(1, 5).SelectMany(n => Gen.ArrayOf(Command(AuditTrigger.LinkFinding, Gen.Elements(0, 1)), n))
        from close in Command(AuditTrigger.Close, Gen.Constant(1))
        from cancel in Gen.Frequency((12, Gen.Constant(Array.Empty<HistoryStep<AuditTrigger>>())), (1, Sequence(Command(AuditTrigger.Cancel, Gen.Constant(0)))))
        select (HistoryStep<AuditTrigger>[])[.. waiver, prepare, .. postponed, .. cancel, start, .. findings, draft, .. raise, .. report, .. links, close];

    private static Gen<HistoryStep<AuditTrigger>> Random() => Histories.AnyStep(Triggers, AnyActor, Gaps);

    /// <summary>A command by the given actors (the management representative unless told), one time in twenty anyone.</summary>
    private static Gen<HistoryStep<AuditTrigger>> Command(AuditTrigger trigger, Gen<int>? actors = null, Gen<int>? choices = null) =>
        Histories.Step(trigger, actors ?? Gen.Constant(0), AnyActor, Gaps, choices);

    /// <summary>Plans for a preparation: half the time the independent team (aud-1 alone), otherwise any.</summary>
    private static Gen<int> PlanChoices => Gen.Frequency((1, Gen.Choose(0, 24).Select(k => (4 * k) + 1)), (1, Gen.Choose(0, 99)));

    private static Gen<HistoryStep<AuditTrigger>[]> Sequence(params Gen<HistoryStep<AuditTrigger>>[] commands) => Gen.CollectToArray(commands);
}
