using Itsm.Json.Documents;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Documents;
using Itsm.Json;
using Itsm.Testing.Laws;
using NodaTime;

namespace Itsm.Testing;

/// <summary>
/// A random record history: a retention policy and an owner, then commands from random actors, some of which are refused.
/// Histories often start with a prefix of the usual path (append content, record the retention trigger, correct the
/// metadata, place and release a legal hold, let the retention end, dispose) so that every state and every event is
/// reached.
/// </summary>
/// <param name="PolicyIndex">The retention policy, as an index into <see cref="Policies"/>.</param>
/// <param name="OwnerIndex">The owner, as an index into <see cref="Actors"/>.</param>
/// <param name="Commands">The commands, oldest first.</param>
public sealed record RecordScenario(int PolicyIndex, int OwnerIndex, IReadOnlyList<HistoryStep<DocumentRecordTrigger>> Commands)
    : IHistory<DocumentRecord, HistoryStep<DocumentRecordTrigger>, DocumentRecordTrigger>
{
    /// <summary>The actors of the histories: a document controller, a process owner, a management representative, the
    /// system, and an actor without roles.</summary>
    public static readonly Actor[] Actors =
    [
        new("dc", "Document Controller", [Roles.DocumentController]),
        new("po", "Process Owner", [Roles.ProcessOwner]),
        new("mr", "Management Representative", [Roles.ManagementRepresentative]),
        Actor.System,
        new("nobody", "Nobody"),
    ];

    /// <summary>The retention policies a scenario picks from: two years from declaration then delete, one year then review,
    /// six months then keep, one year from a contract's end then delete, and 30 days then delete.</summary>
    public static readonly RetentionPolicy[] Policies =
    [
        RetentionPolicy.FromDeclaration(Period.FromYears(2), RetentionAction.Delete),
        RetentionPolicy.FromDeclaration(Period.FromYears(1), RetentionAction.Review),
        RetentionPolicy.FromDeclaration(Period.FromMonths(6), RetentionAction.Keep),
        RetentionPolicy.FromEvent(Period.FromYears(1), "contract end", RetentionAction.Delete),
        RetentionPolicy.FromDeclaration(Period.FromDays(30), RetentionAction.Delete),
    ];

    /// <summary>The settings of the histories: the defaults (UTC).</summary>
    public static readonly DocumentRecordSettings Settings = DocumentRecordSettings.Default;

    /// <summary>When the record is declared: Monday 2026-03-02 08:30 UTC.</summary>
    public static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 8, 30);

    /// <summary>The record's id.</summary>
    public static readonly Id<Kinds.Record> RecordId = new("REC-P");

    /// <summary>The usual path, whose prefixes start many histories.</summary>
    public static readonly HistoryStep<DocumentRecordTrigger>[] UsualPath =
    [
        new(DocumentRecordTrigger.AppendContent, 1, Duration.FromDays(1), 1),
        new(DocumentRecordTrigger.RecordRetentionTrigger, 0, Duration.FromDays(10), 1),
        new(DocumentRecordTrigger.CorrectMetadata, 0, Duration.FromDays(2), 1),
        new(DocumentRecordTrigger.PlaceLegalHold, 2, Duration.FromDays(30), 1),
        new(DocumentRecordTrigger.ReleaseLegalHold, 2, Duration.FromDays(60), 1),
        new(DocumentRecordTrigger.Advance, 3, Duration.FromDays(800), 1),
        new(DocumentRecordTrigger.Dispose, 0, Duration.FromDays(1), 1),
    ];

    /// <summary>Gets the scenario's retention policy.</summary>
    public RetentionPolicy Policy => Policies[PolicyIndex];

    /// <summary>Declares the scenario's record, by the document controller at <see cref="Start"/>.</summary>
    /// <returns>The new record.</returns>
    public DocumentRecord Declare() =>
        DocumentRecord.Declare(RecordId, "Incident review INC-1", "incident report", Actors[OwnerIndex], DocumentRecord.HashContent("review of INC-1"u8),
            "dms://records/inc-1", Policy, Settings, Actors[0], Start);

    /// <summary>Declares the record and runs every command, skipping those the record refuses with a documented exception.</summary>
    /// <returns>The record and the instant of the last command.</returns>
    public (DocumentRecord Record, Instant End) Play()
    {
        var record = Declare();
        return (record, Histories.PlayOn(record, Commands, Start, Apply));
    }

    /// <summary>Gets the JSON options that load the scenarios' records.</summary>
    public static ItsmJsonOptions JsonOptions { get; } = new() { Modules = [new DocumentsJsonModule { Records = Settings }] };

    /// <inheritdoc />
    IReadOnlyList<HistoryStep<DocumentRecordTrigger>> IHistory<DocumentRecord, HistoryStep<DocumentRecordTrigger>, DocumentRecordTrigger>.Steps => Commands;

    /// <inheritdoc />
    Instant IHistory<DocumentRecord, HistoryStep<DocumentRecordTrigger>, DocumentRecordTrigger>.Start => Start;

    /// <inheritdoc />
    ItsmJsonOptions IHistory<DocumentRecord, HistoryStep<DocumentRecordTrigger>, DocumentRecordTrigger>.JsonOptions => JsonOptions;

    /// <inheritdoc />
    DocumentRecord IHistory<DocumentRecord, HistoryStep<DocumentRecordTrigger>, DocumentRecordTrigger>.Create() => Declare();

    /// <inheritdoc />
    void IHistory<DocumentRecord, HistoryStep<DocumentRecordTrigger>, DocumentRecordTrigger>.Apply(DocumentRecord record, HistoryStep<DocumentRecordTrigger> command, Instant at) => Apply(record, command, at);

    /// <inheritdoc />
    IReadOnlyList<string>? IHistory<DocumentRecord, HistoryStep<DocumentRecordTrigger>, DocumentRecordTrigger>.UnmetRules(DocumentRecord record, HistoryStep<DocumentRecordTrigger> command, Instant at) => record.UnmetRules(command.Trigger, Actors[command.ActorIndex], at);

    /// <inheritdoc />
    DocumentRecord IHistory<DocumentRecord, HistoryStep<DocumentRecordTrigger>, DocumentRecordTrigger>.Rebuild(DocumentRecord record) => DocumentRecord.FromEvents(record.Events, Settings);

    /// <summary>Runs one command; throws whatever the record throws.</summary>
    /// <param name="record">The record.</param>
    /// <param name="command">The command.</param>
    /// <param name="at">When.</param>
    public static void Apply(DocumentRecord record, HistoryStep<DocumentRecordTrigger> command, Instant at)
    {
        Preconditions.CheckNotNull(record);
        Preconditions.CheckNotNull(command);
        var by = Actors[command.ActorIndex];
        int choice = command.Choice;
        string text = ExternalDocumentScenario.Text(choice);
        var today = at.InZone(Settings.TimeZone).Date;
        switch (command.Trigger)
        {
            case DocumentRecordTrigger.CorrectMetadata:
                // Choice % 5: 0 = the current title (refused: nothing changes), 1 = title, 2 = class, 3 = location, 4 = owner.
                switch (choice % 5)
                {
                    case 0: record.CorrectMetadata(by, at, text, title: record.Title); break;
                    case 1: record.CorrectMetadata(by, at, text, title: "Incident review " + choice); break;
                    case 2: record.CorrectMetadata(by, at, text, recordClass: "class " + choice); break;
                    case 3: record.CorrectMetadata(by, at, text, location: "dms://records/" + choice); break;
                    default: record.CorrectMetadata(by, at, text, owner: Actors[choice % 2]); break;
                }

                break;
            case DocumentRecordTrigger.AppendContent:
                string hash = choice % 11 == 0 ? "not-a-hash" : DocumentRecord.HashContent(Encoding.UTF8.GetBytes("entry " + choice));
                record.AppendContent(by, at, hash, text);
                break;
            case DocumentRecordTrigger.RecordRetentionTrigger:
                record.RecordRetentionTrigger(by, at, choice % 9 == 0 ? today.PlusDays(5) : today.PlusDays(-(choice % 60)), "contract " + choice + " ended");
                break;
            case DocumentRecordTrigger.PlaceLegalHold: record.PlaceLegalHold(by, at, text, choice % 3 == 0 ? null : "CASE-" + choice); break;
            case DocumentRecordTrigger.ReleaseLegalHold: record.ReleaseLegalHold(by, at, text); break;
            case DocumentRecordTrigger.ExtendRetention: record.ExtendRetention(by, at, Period.FromMonths(choice % 25), text); break;
            case DocumentRecordTrigger.Dispose: record.Dispose(by, at, text); break;
            default: record.Advance(by, at); break;
        }
    }

    /// <summary>Everything the record exposes, at its last command (<see cref="Fingerprints.Of"/>), to compare two of them
    /// (live, rebuilt, read from JSON, before and after a refused command).</summary>
    /// <param name="record">The record.</param>
    /// <returns>The fingerprint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static string Fingerprint(DocumentRecord record) => Fingerprints.Of(Preconditions.CheckNotNull(record), record.LastCommandAt, JsonOptions);

    /// <summary>The scenario as C#, to paste into an example test.</summary>
    /// <returns>The constructor call.</returns>
    public override string ToString() => CSharp.Record(nameof(RecordScenario), [PolicyIndex, OwnerIndex], Commands);
}

/// <summary>FsCheck generators of retention policies and random record histories, for
/// <c>[Properties(Arbitrary = [typeof(RecordArbitraries)])]</c>.</summary>
public static class RecordArbitraries
{
    private static readonly IReadOnlyList<DocumentRecordTrigger> Triggers =
        Histories.Triggers(DocumentRecordTrigger.Declare, DocumentRecordTrigger.MarkDueForDisposal, DocumentRecordTrigger.MarkReviewDue);

    /// <summary>Random valid retention policies: 1 to 10 years, 1 to 36 months or 1 to 365 days, from the declaration or from
    /// an event, with any action.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RetentionPolicy> RetentionPolicies() =>
        (from period in Gen.OneOf(
             Gen.Choose(1, 10).Select(Period.FromYears),
             Gen.Choose(1, 36).Select(m => Period.FromMonths(m)),
             Gen.Choose(1, 365).Select(d => Period.FromDays(d)))
         from fromEvent in Gen.Elements(false, true)
         from action in Gen.Elements(Enum.GetValues<RetentionAction>())
         select fromEvent ? RetentionPolicy.FromEvent(period, "contract end", action) : RetentionPolicy.FromDeclaration(period, action)).ToArbitrary();

    /// <summary>Random record histories: a policy of <see cref="RecordScenario.Policies"/>, an owner, a prefix of the usual
    /// path, then up to 14 random commands by random actors (more often by actors who hold a role for records), minutes to
    /// more than two years apart so that retention ends.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RecordScenario> Scenarios() =>
        Histories.Arbitrary((from policy in Gen.Choose(0, RecordScenario.Policies.Length - 1)
         from owner in Gen.Choose(0, 2)
         from prefix in Gen.Choose(0, RecordScenario.UsualPath.Length)
         from commands in Gen.ArrayOf(
             from trigger in Gen.Elements<DocumentRecordTrigger>(Triggers)
             from actor in Gen.Frequency((4, Gen.Choose(0, 2)), (1, Gen.Choose(3, 4)))
             from after in Gaps
             from choice in Gen.Choose(0, 99)
             select new HistoryStep<DocumentRecordTrigger>(trigger, actor, after, choice))
         select new RecordScenario(policy, owner, [.. RecordScenario.UsualPath.Take(prefix), .. commands.Take(14)])), s => s.Commands, (s, c) => s with { Commands = c });

    private static Gen<Duration> Gaps => Gen.Frequency(
        (1, Gen.Constant(Duration.Zero)),
        (3, Gen.Choose(1, 600).Select(m => Duration.FromMinutes(m))),
        (3, Gen.Choose(1, 120).Select(d => Duration.FromDays(d))),
        (1, Gen.Choose(200, 800).Select(d => Duration.FromDays(d))));
}
