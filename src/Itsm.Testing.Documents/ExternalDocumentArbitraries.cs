using Itsm.Json.Documents;
using System;
using System.Collections.Generic;
using System.Linq;
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
/// A random external document history: a kind and an owner, then commands from random actors, some of which are refused.
/// Histories often start with a prefix of the usual path (accept for use, check, let a check go overdue, check late,
/// supersede) so that every state and every event is reached.
/// </summary>
/// <param name="Kind">The document's kind.</param>
/// <param name="OwnerIndex">The owner, as an index into <see cref="Actors"/>.</param>
/// <param name="Commands">The commands, oldest first.</param>
public sealed record ExternalDocumentScenario(ExternalDocumentKind Kind, int OwnerIndex, IReadOnlyList<HistoryStep<ExternalDocumentTrigger>> Commands)
    : IHistory<ExternalDocument, HistoryStep<ExternalDocumentTrigger>, ExternalDocumentTrigger>
{
    /// <summary>The actors of the histories: a document controller, an owner without roles, a process owner, a management
    /// representative, the system, and an actor without roles who owns nothing.</summary>
    public static readonly Actor[] Actors =
    [
        new("dc", "Document Controller", [Roles.DocumentController]),
        new("owner", "Document Owner"),
        new("po", "Process Owner", [Roles.ProcessOwner]),
        new("mr", "Management Representative", [Roles.ManagementRepresentative]),
        Actor.System,
        new("nobody", "Nobody"),
    ];

    /// <summary>The owners a scenario picks from (indexes into <see cref="Actors"/>): the owner without roles (who may accept
    /// only because they own it), the process owner and the document controller (who may not accept).</summary>
    public static readonly int[] Owners = [1, 2, 0];

    /// <summary>The settings of the histories: the defaults (UTC, checks at least yearly).</summary>
    public static readonly ExternalDocumentSettings Settings = ExternalDocumentSettings.Default;

    /// <summary>When the document is registered: Monday 2026-03-02 08:30 UTC.</summary>
    public static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 8, 30);

    /// <summary>The document's id.</summary>
    public static readonly Id<Kinds.ExternalDocument> DocumentId = new("EXT-P");

    /// <summary>The usual path, whose prefixes start many histories: accepted by the process owner, checked after 90 days,
    /// the next check let go overdue (advanced 400 days later), checked late, superseded.</summary>
    public static readonly HistoryStep<ExternalDocumentTrigger>[] UsualPath =
    [
        new(ExternalDocumentTrigger.AcceptForUse, 2, Duration.FromHours(1), 31),
        new(ExternalDocumentTrigger.RecordCurrencyCheck, 0, Duration.FromDays(90), 31),
        new(ExternalDocumentTrigger.Advance, 4, Duration.FromDays(400), 1),
        new(ExternalDocumentTrigger.RecordCurrencyCheck, 0, Duration.FromDays(1), 33),
        new(ExternalDocumentTrigger.Supersede, 0, Duration.FromDays(30), 1),
    ];

    /// <summary>Registers the scenario's document, by the document controller at <see cref="Start"/>.</summary>
    /// <returns>The new document.</returns>
    public ExternalDocument Identify() =>
        ExternalDocument.Identify(DocumentId, Kind, "ISO", "ISO/IEC 20000-1", "2018", "Service management system requirements", Actors[OwnerIndex],
            "the whole service management system", Settings, Actors[0], Start);

    /// <summary>Registers the document and runs every command, skipping those the document refuses with a documented
    /// exception.</summary>
    /// <returns>The document and the instant of the last command.</returns>
    public (ExternalDocument Document, Instant End) Play()
    {
        var document = Identify();
        return (document, Histories.PlayOn(document, Commands, Start, Apply));
    }

    /// <summary>Gets the JSON options that load the scenarios' records.</summary>
    public static ItsmJsonOptions JsonOptions { get; } = new() { Modules = [new DocumentsJsonModule { ExternalDocuments = Settings }] };

    /// <inheritdoc />
    IReadOnlyList<HistoryStep<ExternalDocumentTrigger>> IHistory<ExternalDocument, HistoryStep<ExternalDocumentTrigger>, ExternalDocumentTrigger>.Steps => Commands;

    /// <inheritdoc />
    Instant IHistory<ExternalDocument, HistoryStep<ExternalDocumentTrigger>, ExternalDocumentTrigger>.Start => Start;

    /// <inheritdoc />
    ItsmJsonOptions IHistory<ExternalDocument, HistoryStep<ExternalDocumentTrigger>, ExternalDocumentTrigger>.JsonOptions => JsonOptions;

    /// <inheritdoc />
    ExternalDocument IHistory<ExternalDocument, HistoryStep<ExternalDocumentTrigger>, ExternalDocumentTrigger>.Create() => Identify();

    /// <inheritdoc />
    void IHistory<ExternalDocument, HistoryStep<ExternalDocumentTrigger>, ExternalDocumentTrigger>.Apply(ExternalDocument record, HistoryStep<ExternalDocumentTrigger> command, Instant at) => Apply(record, command, at);

    /// <inheritdoc />
    IReadOnlyList<string>? IHistory<ExternalDocument, HistoryStep<ExternalDocumentTrigger>, ExternalDocumentTrigger>.UnmetRules(ExternalDocument record, HistoryStep<ExternalDocumentTrigger> command, Instant at) => record.UnmetRules(command.Trigger, Actors[command.ActorIndex], at);

    /// <inheritdoc />
    ExternalDocument IHistory<ExternalDocument, HistoryStep<ExternalDocumentTrigger>, ExternalDocumentTrigger>.Rebuild(ExternalDocument record) => ExternalDocument.FromEvents(record.Events, Settings);

    /// <summary>Runs one command; throws whatever the document throws.</summary>
    /// <param name="document">The document.</param>
    /// <param name="command">The command.</param>
    /// <param name="at">When.</param>
    public static void Apply(ExternalDocument document, HistoryStep<ExternalDocumentTrigger> command, Instant at)
    {
        Preconditions.CheckNotNull(document);
        Preconditions.CheckNotNull(command);
        var by = Actors[command.ActorIndex];
        int choice = command.Choice;
        switch (command.Trigger)
        {
            case ExternalDocumentTrigger.AcceptForUse: document.AcceptForUse(by, at, NextCheck(at, choice)); break;
            case ExternalDocumentTrigger.RecordCurrencyCheck:
                var result = choice % 3 == 0 ? CurrencyCheckResult.NewEditionAvailable : CurrencyCheckResult.Current;
                string? note = choice % 4 == 0 ? null : choice % 17 == 0 ? " " : "checked the issuer's catalogue " + choice;
                document.RecordCurrencyCheck(by, at, result, NextCheck(at, choice), note);
                break;
            case ExternalDocumentTrigger.Supersede:
                document.Supersede(by, at, choice % 6 == 0 ? DocumentId : new Id<Kinds.ExternalDocument>("EXT-" + (choice % 3)), Text(choice));
                break;
            case ExternalDocumentTrigger.Withdraw: document.Withdraw(by, at, Text(choice)); break;
            default: document.Advance(by, at); break;
        }
    }

    /// <summary>Everything the document exposes, at its last command (<see cref="Fingerprints.Of"/>), to compare two of them
    /// (live, rebuilt, read from JSON, before and after a refused command).</summary>
    /// <param name="document">The document.</param>
    /// <returns>The fingerprint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Fingerprint(ExternalDocument document) => Fingerprints.Of(Preconditions.CheckNotNull(document), document.LastCommandAt, JsonOptions);

    /// <summary>The scenario as C#, to paste into an example test.</summary>
    /// <returns>The constructor call.</returns>
    public override string ToString() => CSharp.Record(nameof(ExternalDocumentScenario), [Kind, OwnerIndex], Commands);

    /// <summary>The next check date of a command: 1 to 298 days after its day; the same day (refused) for every tenth
    /// choice and 400 days (refused: more than a year) for every thirteenth.</summary>
    internal static LocalDate NextCheck(Instant at, int choice)
    {
        var today = at.InZone(Settings.TimeZone).Date;
        return today.PlusDays(choice % 10 == 0 ? 0 : choice % 13 == 0 ? 400 : 1 + (choice * 3));
    }

    /// <summary>The free text of a command: blank (refused) for every seventh choice.</summary>
    internal static string Text(int choice) => choice % 7 == 0 ? " " : "because " + choice;
}

/// <summary>FsCheck generators of random external document histories, for
/// <c>[Properties(Arbitrary = [typeof(ExternalDocumentArbitraries)])]</c>.</summary>
public static class ExternalDocumentArbitraries
{
    private static readonly IReadOnlyList<ExternalDocumentTrigger> Triggers = Histories.Triggers(ExternalDocumentTrigger.Identify, ExternalDocumentTrigger.MarkCheckOverdue);

    /// <summary>Random external document histories: a kind, an owner, a prefix of the usual path, then up to 12 random
    /// commands by random actors (more often by actors who hold a role for external documents), minutes to more than a year
    /// apart so that checks go overdue.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ExternalDocumentScenario> Scenarios() =>
        Histories.Arbitrary((from kind in Gen.Elements(Enum.GetValues<ExternalDocumentKind>())
         from owner in Gen.Elements(ExternalDocumentScenario.Owners)
         from prefix in Gen.Choose(0, ExternalDocumentScenario.UsualPath.Length)
         from commands in Gen.ArrayOf(
             from trigger in Gen.Frequency(Triggers.Select(t => (t is ExternalDocumentTrigger.Supersede or ExternalDocumentTrigger.Withdraw ? 1 : 4, Gen.Constant(t))).ToArray())
             from actor in Gen.Frequency((4, Gen.Choose(0, 3)), (1, Gen.Choose(4, 5)))
             from after in Gaps
             from choice in Gen.Choose(0, 99)
             select new HistoryStep<ExternalDocumentTrigger>(trigger, actor, after, choice))
         select new ExternalDocumentScenario(kind, owner, [.. ExternalDocumentScenario.UsualPath.Take(prefix), .. commands.Take(12)])), s => s.Commands, (s, c) => s with { Commands = c });

    private static Gen<Duration> Gaps => Gen.Frequency(
        (1, Gen.Constant(Duration.Zero)),
        (3, Gen.Choose(1, 600).Select(m => Duration.FromMinutes(m))),
        (3, Gen.Choose(1, 120).Select(d => Duration.FromDays(d))),
        (1, Gen.Choose(200, 450).Select(d => Duration.FromDays(d))));
}
