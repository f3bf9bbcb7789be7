using Itsm.Json.Documents;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Documents;
using Itsm.Documents.Numbering;
using Itsm.Json;
using Itsm.Testing.Laws;
using NodaTime;

namespace Itsm.Testing;

/// <summary>
/// A random controlled-document history: the settings (one of the shipped revision schemes, the default approval matrix
/// or one with an optional and a comments-only step), whether the document is technical (class <c>TECH</c>, approved by
/// the technical lead), who creates it, then commands by random actors, some of which are refused.
/// </summary>
/// <param name="SchemeIndex">The revision scheme, as an index into <see cref="NumberingArbitraries.Schemes"/>.</param>
/// <param name="WithOptionalSteps">Whether the matrix is <see cref="MatrixWithOptionalSteps"/> rather than
/// <see cref="ApprovalMatrix.Default"/>.</param>
/// <param name="Technical">Whether the document has the class code <c>TECH</c> and is confidential (its copies go only to
/// a holder cleared for it, <see cref="Confidentiality"/>).</param>
/// <param name="CreatorIndex">Who creates the document (and so authors revision 1), as an index into
/// <see cref="Actors"/>: the document controller (0) or the quality manager (7), who is also a management
/// representative and so meets the author-never-approves rule.</param>
/// <param name="Commands">The commands, oldest first.</param>
/// <remarks>Scenarios play in a fixed world (<see cref="Actors"/>, <see cref="CreatedAt"/>, the document
/// <see cref="DocumentId"/> numbered <see cref="Number"/>) with <see cref="Settings"/>, or with settings of your own
/// (<see cref="Play(DocumentSettings)"/>): that is how an organisation property-tests its own role policy or matrix.</remarks>
public sealed record DocumentScenario(int SchemeIndex, bool WithOptionalSteps, bool Technical, int CreatorIndex, IReadOnlyList<HistoryStep<DocumentTrigger>> Commands)
    : IHistory<ControlledDocument, HistoryStep<DocumentTrigger>, DocumentTrigger>
{
    /// <summary>Gets the cast, by index: 0 the document controller (<c>dc</c>); 1 an author without roles
    /// (<c>author-1</c>); 2 an author who is a process owner (<c>author-2</c>: an optional approver in
    /// <see cref="MatrixWithOptionalSteps"/>, and a reviewer); 3 the management representative (<c>mr</c>); 4 top
    /// management (<c>gm</c>); 5 the technical lead (<c>tl</c>); 6 an auditor (<c>auditor</c>, comments only in
    /// <see cref="MatrixWithOptionalSteps"/>); 7 the quality manager (<c>qm</c>: document controller and management
    /// representative, who authors and approves); 8 and 9 copy holders (<c>holder-1</c>, <c>holder-2</c>); 10
    /// <see cref="Actor.System"/>; 11 an actor without roles (<c>nobody</c>).</summary>
    public static IReadOnlyList<Actor> Actors { get; } =
    [
        new("dc", "Document Controller", [Roles.DocumentController]),
        new("author-1", "Quality Engineer"),
        new("author-2", "Operations Engineer and Process Owner", [Roles.ProcessOwner]),
        new("mr", "Management Representative", [Roles.ManagementRepresentative]),
        new("gm", "General Manager", [Roles.TopManagement]),
        new("tl", "Technical Lead", [ApprovalMatrix.TechnicalLead]),
        new("auditor", "Internal Auditor", [Roles.Auditor]),
        new("qm", "Quality Manager", [Roles.DocumentController, Roles.ManagementRepresentative]),
        new("holder-1", "Operations Lead"),
        new("holder-2", "Service Desk Lead"),
        Actor.System,
        new("nobody", "Nobody"),
    ];

    /// <summary>Gets the commands a scenario issues: every public command of <see cref="ControlledDocument"/> but
    /// <c>Create</c> (the triggers the document fires itself, such as <see cref="DocumentTrigger.ConcludeApproved"/>,
    /// are not commands).</summary>
    public static IReadOnlyList<DocumentTrigger> Triggers { get; } = Histories.Triggers(
        DocumentTrigger.Create, DocumentTrigger.ConcludeApproved, DocumentTrigger.ConcludeChangesRequested, DocumentTrigger.BecomeEffective,
        DocumentTrigger.Supersede, DocumentTrigger.RecallCopy);

    /// <summary>Gets the matrix with optional and comments-only steps: management representative review (required), top
    /// management approval (required), process owner review (optional), auditor comments (comments only); class
    /// <c>TECH</c>: management representative review, technical lead approval (both required), auditor comments.</summary>
    public static ApprovalMatrix MatrixWithOptionalSteps { get; } = OptionalStepsRules().Build();

    /// <summary>Gets <see cref="MatrixWithOptionalSteps"/> with its steps deciding in any order
    /// (<see cref="ApprovalOrder.Parallel"/>): the scenarios of an even scheme index with optional steps use it.</summary>
    public static ApprovalMatrix MatrixWithOptionalStepsInParallel { get; } = OptionalStepsRules().InParallel().Build();

    private static ApprovalMatrix.ApprovalMatrixBuilder OptionalStepsRules() => ApprovalMatrix.Builder()
        .Otherwise(
            new ApprovalStep(Roles.ManagementRepresentative, ApproverKind.Required, "review"),
            new ApprovalStep(Roles.TopManagement, ApproverKind.Required, "approval"),
            new ApprovalStep(Roles.ProcessOwner, ApproverKind.Optional, "process owner review"),
            new ApprovalStep(Roles.Auditor, ApproverKind.CommentsOnly, "audit comments"))
        .ForClass(
            "TECH",
            new ApprovalStep(Roles.ManagementRepresentative, ApproverKind.Required, "review"),
            new ApprovalStep(ApprovalMatrix.TechnicalLead, ApproverKind.Required, "approval"),
            new ApprovalStep(Roles.Auditor, ApproverKind.CommentsOnly, "audit comments"));

    /// <summary>Gets the confidentiality levels of every scenario: <see cref="ConfidentialityLevels.Default"/>, with
    /// <c>holder-1</c> alone cleared for the levels that require clearance (a technical scenario's document is
    /// confidential, so its copies go to <c>holder-1</c> only).</summary>
    public static ConfidentialityLevels Confidentiality { get; } = ConfidentialityLevels.Default.WithClearance(static (holder, _) => holder == "holder-1");

    /// <summary>Gets the settings of every scheme and matrix (after <see cref="MatrixWithOptionalSteps"/> and
    /// <see cref="Confidentiality"/>, which they use).</summary>
    private static DocumentSettings[] AllSettings { get; } =
    [
        .. NumberingArbitraries.Schemes.SelectMany((scheme, i) => new[]
        {
            DocumentSettings.Default with { RevisionScheme = scheme, Confidentiality = Confidentiality },
            DocumentSettings.Default with { RevisionScheme = scheme, Confidentiality = Confidentiality, Approvals = i % 2 == 0 ? MatrixWithOptionalStepsInParallel : MatrixWithOptionalSteps },
        }),
    ];

    /// <summary>Gets when every scenario's document is created: Monday 2026-03-02 08:30 UTC.</summary>
    public static Instant CreatedAt { get; } = Instant.FromUtc(2026, 3, 2, 8, 30);

    /// <summary>Gets the document's id, DOC-P.</summary>
    public static Id<Kinds.Document> DocumentId { get; } = new("DOC-P");

    /// <summary>Gets the document's number, CX-SMP-001.</summary>
    public static DocumentNumber Number { get; } = new("CX", "SMP", 1);

    /// <summary>Gets the scenario's settings: the defaults with its revision scheme and matrix.</summary>
    public DocumentSettings Settings => SettingsFor(SchemeIndex, WithOptionalSteps);

    /// <summary>The settings of a scenario: <see cref="DocumentSettings.Default"/> with a shipped revision scheme and a
    /// matrix (the same instance for the same arguments).</summary>
    /// <param name="schemeIndex">An index into <see cref="NumberingArbitraries.Schemes"/>.</param>
    /// <param name="withOptionalSteps">Whether the matrix is <see cref="MatrixWithOptionalSteps"/> (for an even scheme
    /// index, <see cref="MatrixWithOptionalStepsInParallel"/>).</param>
    /// <returns>The settings.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="schemeIndex"/> is out of range.</exception>
    public static DocumentSettings SettingsFor(int schemeIndex, bool withOptionalSteps)
    {
        Preconditions.CheckArgumentRange(nameof(schemeIndex), schemeIndex, 0, NumberingArbitraries.Schemes.Count - 1);
        return AllSettings[(schemeIndex * 2) + (withOptionalSteps ? 1 : 0)];
    }

    /// <summary>Creates the scenario's document with <see cref="Settings"/>.</summary>
    /// <returns>The document, its first revision a draft.</returns>
    public ControlledDocument Start() => Start(Settings);

    /// <summary>Creates the scenario's document, "Document control procedure" (a procedure; when <see cref="Technical"/>,
    /// class <c>TECH</c> and confidentiality "confidential", otherwise "internal public"), by the creator at
    /// <see cref="CreatedAt"/>.</summary>
    /// <param name="settings">The settings to create it with; their role policy must let the creator create documents.</param>
    /// <returns>The document, its first revision a draft.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public ControlledDocument Start(DocumentSettings settings) =>
        ControlledDocument.Create(
            DocumentId,
            Number,
            "Document control procedure",
            "Quality department",
            DocumentLevel.Procedure,
            Technical ? ["TECH"] : [],
            Technical ? "confidential" : "internal public",
            Preconditions.CheckNotNull(settings),
            Actors[CreatorIndex],
            CreatedAt);

    /// <summary>Creates the document with <see cref="Settings"/> and runs every command, skipping those it refuses.</summary>
    /// <returns>The document and the instant of the last command.</returns>
    public (ControlledDocument Document, Instant End) Play() => Play(Settings);

    /// <summary>Creates the document and runs every command, skipping those the document refuses with a documented
    /// exception (<see cref="IsDocumented"/>).</summary>
    /// <param name="settings">The settings to play with.</param>
    /// <returns>The document and the instant of the last command.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    public (ControlledDocument Document, Instant End) Play(DocumentSettings settings)
    {
        var document = Start(settings);
        return (document, Histories.PlayOn(document, Commands, CreatedAt, Apply, IsDocumented));
    }

    /// <summary>Returns whether an exception is one a refused document command documents: a role policy refusal, a
    /// lifecycle refusal, an argument error, or a revision scheme out of labels.</summary>
    /// <param name="e">The exception.</param>
    /// <returns>True for <see cref="CommandNotAuthorizedException"/>, <see cref="InvalidTransitionException"/>,
    /// <see cref="ArgumentException"/> (and its subclasses) and <see cref="NumberingExhaustedException"/>.</returns>
    public static bool IsDocumented(Exception e) => Histories.IsDocumentedRefusal(e) || e is NumberingExhaustedException;

    /// <summary>The options that write a document (writing needs no settings).</summary>
    private static readonly ItsmJsonOptions Writing = new() { Modules = [new DocumentsJsonModule()] };

    /// <summary>Gets the JSON options that load the scenarios' documents.</summary>
    public ItsmJsonOptions JsonOptions => new() { Modules = [new DocumentsJsonModule { Documents = Settings }] };

    /// <inheritdoc />
    IReadOnlyList<HistoryStep<DocumentTrigger>> IHistory<ControlledDocument, HistoryStep<DocumentTrigger>, DocumentTrigger>.Steps => Commands;

    /// <inheritdoc />
    Instant IHistory<ControlledDocument, HistoryStep<DocumentTrigger>, DocumentTrigger>.Start => CreatedAt;

    /// <inheritdoc />
    ControlledDocument IHistory<ControlledDocument, HistoryStep<DocumentTrigger>, DocumentTrigger>.Create() => Start();

    /// <inheritdoc />
    void IHistory<ControlledDocument, HistoryStep<DocumentTrigger>, DocumentTrigger>.Apply(ControlledDocument record, HistoryStep<DocumentTrigger> command, Instant at) => Apply(record, command, at);

    /// <inheritdoc />
    IReadOnlyList<string>? IHistory<ControlledDocument, HistoryStep<DocumentTrigger>, DocumentTrigger>.UnmetRules(ControlledDocument record, HistoryStep<DocumentTrigger> command, Instant at)
    {
        // The query answers for a review that requires no revision (ControlledDocument.UnmetRules); one that does is
        // the command's own check (it also starts a revision).
        if (command.Trigger == DocumentTrigger.CompleteReview && command.Choice % 3 != 0)
        {
            return null;
        }

        var (revision, copy) = TargetOf(record, command);
        return record.UnmetRules(command.Trigger, Actors[command.ActorIndex], at, revision, copy);
    }

    /// <inheritdoc />
    ControlledDocument IHistory<ControlledDocument, HistoryStep<DocumentTrigger>, DocumentTrigger>.Rebuild(ControlledDocument record) => ControlledDocument.FromEvents(record.Events, Settings);

    /// <inheritdoc />
    bool IHistory<ControlledDocument, HistoryStep<DocumentTrigger>, DocumentTrigger>.IsDocumentedRefusal(Exception exception) => IsDocumented(exception);

    /// <summary>Runs one command; throws whatever the document throws. The choice picks the arguments: text blank (refused)
    /// for every seventh choice; a content hash that is not SHA-256 for every thirteenth; a change summary that does not
    /// fit the revision for every eleventh; the target revision or copy among those the command can act on, except one
    /// choice in ten, which picks any number (perhaps none the document has).</summary>
    /// <param name="document">The document.</param>
    /// <param name="command">The command.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Apply(ControlledDocument document, HistoryStep<DocumentTrigger> command, Instant at)
    {
        Preconditions.CheckNotNull(document);
        Preconditions.CheckNotNull(command);
        var by = Actors[command.ActorIndex];
        int choice = command.Choice;
        string text = Text(choice);
        switch (command.Trigger)
        {
            case DocumentTrigger.StartRevision: document.StartRevision(by, at, ChangeFor(document, choice)); break;
            case DocumentTrigger.Submit: document.Submit(by, at, Hash(choice, at), Summary(document, choice), at + Duration.FromDays((choice % 5) - 1)); break;
            case DocumentTrigger.Approve: document.Approve(by, at, choice % 3 == 0 ? null : "approved " + Invariant(choice)); break;
            case DocumentTrigger.RequestChanges: document.RequestChanges(by, at, text); break;
            case DocumentTrigger.Comment: document.Comment(by, at, text); break;
            case DocumentTrigger.Redraft: document.Redraft(by, at); break;
            case DocumentTrigger.Cancel: document.Cancel(by, at, text); break;
            case DocumentTrigger.Withdraw: document.Withdraw(by, at, text); break;
            case DocumentTrigger.Archive: document.Archive(by, at, TargetOf(document, command).Revision!.Value); break;
            case DocumentTrigger.Dispose: document.Dispose(by, at, TargetOf(document, command).Revision!.Value, text); break;
            case DocumentTrigger.IssueCopy:
                string[] holders = [Actors[8].Id, Actors[9].Id, Actors[1].Id];
                string[] locations = ["operations office", "service desk", "quality office"];
                document.IssueCopy(by, at, choice % 13 == 0 ? " " : holders[choice % 3], locations[choice / 3 % 3], choice % 17 == 0 ? CopyMedium.None : choice % 2 == 0 ? CopyMedium.Paper : CopyMedium.Electronic);
                break;
            case DocumentTrigger.AcknowledgeCopy: document.AcknowledgeCopy(by, at, TargetOf(document, command).Copy!.Value); break;
            case DocumentTrigger.CloseRecall: document.CloseRecall(by, at, TargetOf(document, command).Copy!.Value, (RecallOutcome)(1 + (choice % 3))); break;
            case DocumentTrigger.RequestReissue: document.RequestReissue(by, at, TargetOf(document, command).Copy!.Value, (ReissueReason)(1 + (choice % 2)), text); break;
            case DocumentTrigger.ApproveReissue: document.ApproveReissue(by, at, TargetOf(document, command).Copy!.Value); break;
            case DocumentTrigger.RecordUncontrolledCopies: document.RecordUncontrolledCopies(by, at, choice % 6, "customer audit team"); break;
            case DocumentTrigger.CompleteReview:
                ChangeKind? required = (choice % 3) switch { 0 => null, 1 => ChangeKind.Minor, _ => ChangeKind.Major };
                Instant? nextDue = (choice % 10) switch { 0 => at, 1 => at + Duration.FromDays(180), _ => null };
                document.CompleteReview(by, at, text, required, nextDue);
                break;
            default: document.Advance(by, at); break;
        }
    }

    /// <summary>Everything the document exposes, at its last command (<see cref="Fingerprints.Of"/>), to compare two of them
    /// (live, rebuilt, read from JSON, before and after a refused command).</summary>
    /// <param name="document">The document.</param>
    /// <returns>The fingerprint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Fingerprint(ControlledDocument document) => Fingerprints.Of(Preconditions.CheckNotNull(document), document.LastCommandAt, Writing);

    /// <summary>The scenario as C#, to paste into an example test.</summary>
    /// <returns>The constructor call.</returns>
    public override string ToString() => CSharp.Record(nameof(DocumentScenario), [SchemeIndex, WithOptionalSteps, Technical, CreatorIndex], Commands);

    /// <summary>The change kind of a new revision: the one that fits the document's history, except one choice in ten.</summary>
    private static ChangeKind ChangeFor(ControlledDocument document, int choice)
    {
        bool approvedBefore = document.Revisions.Any(r => r.Label is not null);
        bool fits = choice % 10 != 0;
        return approvedBefore == fits ? (choice % 4 == 1 ? ChangeKind.Major : ChangeKind.Minor) : ChangeKind.FirstIssue;
    }

    /// <summary>A SHA-256 hex digest of the choice and the instant, upper-case for odd choices; every thirteenth choice
    /// gives a text that is not one.</summary>
    private static string Hash(int choice, Instant at)
    {
        if (choice % 13 == 0)
        {
            return "not a hash " + Invariant(choice);
        }

        string hex = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Invariant(choice) + "@" + Invariant(at.ToUnixTimeTicks()))));
        return choice % 2 == 0 ? hex.ToLowerInvariant() : hex;
    }

    /// <summary>A change summary that fits the open revision (none for the first issue, one to three items after it),
    /// except for every eleventh choice.</summary>
    private static ChangeItem[] Summary(ControlledDocument document, int choice)
    {
        bool firstIssue = document.OpenRevision is not { } open || open.Change == ChangeKind.FirstIssue;
        bool items = firstIssue == (choice % 11 == 0);
        return items
            ? [.. Enumerable.Range(0, 1 + (choice % 3)).Select(i => new ChangeItem((ChangeMark)((choice + i) % 3), "clause " + Invariant(1 + ((choice + i) % 9)), "change " + Invariant(choice) + "." + Invariant(i)))]
            : [];
    }

    /// <summary>The revision or copy a step acts on, as <see cref="Apply"/> picks it (the query is asked about the same one).</summary>
    private static (int? Revision, int? Copy) TargetOf(ControlledDocument document, HistoryStep<DocumentTrigger> step)
    {
        var by = Actors[step.ActorIndex];
        int choice = step.Choice;
        return step.Trigger switch
        {
            DocumentTrigger.Archive => (PickRevision(document, choice, RevisionState.Superseded, RevisionState.Withdrawn), null),
            DocumentTrigger.Dispose => (PickRevision(document, choice, RevisionState.Archived), null),
            DocumentTrigger.AcknowledgeCopy => (null, PickCopy(document, choice, c => c.State == CopyState.Issued && Holds(by, c))),
            DocumentTrigger.CloseRecall => (null, PickCopy(document, choice, c => c.State == CopyState.RecallPending)),
            DocumentTrigger.RequestReissue => (null, PickCopy(document, choice, c => c.State is CopyState.Issued or CopyState.Acknowledged && c.PendingReissue is null && Holds(by, c))),
            DocumentTrigger.ApproveReissue => (null, PickCopy(document, choice, c => c.PendingReissue is not null && c.IsLive)),
            _ => (null, null),
        };
    }

    private static int PickRevision(ControlledDocument document, int choice, params RevisionState[] states)
    {
        var candidates = document.Revisions.Where(r => states.Contains(r.State)).ToList();
        return candidates.Count > 0 && choice % 10 != 9 ? candidates[choice % candidates.Count].Number : 1 + (choice % (document.Revisions.Count + 1));
    }

    private static int PickCopy(ControlledDocument document, int choice, Func<ControlledCopy, bool> fits)
    {
        var candidates = document.Copies.Where(fits).ToList();
        return candidates.Count > 0 && choice % 10 != 9 ? candidates[choice % candidates.Count].Number : 1 + (choice % (document.Copies.Count + 1));
    }

    /// <summary>Whether an actor may act for a copy's holder: the holder, or a document controller.</summary>
    private static bool Holds(Actor actor, ControlledCopy copy) => actor.Id == copy.Holder || actor.HasRole(Roles.DocumentController);

    private static string Text(int choice) => choice % 7 == 0 ? " " : "because " + Invariant(choice);

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// FsCheck generators of random controlled-document histories, for
/// <c>[Properties(Arbitrary = [typeof(DocumentArbitraries)])]</c>.
/// </summary>
/// <remarks>
/// <para>
/// Purely random commands by random actors rarely get a revision through approval, so a history is made of fragments of
/// the usual paths, each command of which is still generated (its actor is one who usually issues it, one time in twenty
/// anyone; its gap and its arguments are random, one time in eight with any choice, so often invalid): publishing the
/// open revision (submit, the review and approval steps, sometimes a comment or an optional approval, then
/// <c>Advance</c> a few days later), starting and publishing a new revision, a review that requires a revision, issuing
/// and acknowledging copies, closing recalls, a reissue, a withdrawal, archiving and disposing, sending back for changes
/// and redrafting, starting and cancelling, and single random commands by random actors.
/// </para>
/// <para>
/// Most histories publish the first issue, then tell one of a few stories (copies then a new revision that supersedes
/// the copied one, then the recalls closed and the old revision archived and disposed of; copies then a withdrawal;
/// reissues; a cancelled revision then a new one...), each fragment sometimes left out and random commands slipped in
/// between; the others are random fragments in random order. At most <see cref="MaxCommands"/> commands. Over 3,000
/// samples about 89% of the histories reach an effective revision, 32% a supersession (21% with live copies recalled,
/// 13% with the supersession then completed), 17% a withdrawal, 12% a disposal, 12% a reissue and 9% a cancellation.
/// </para>
/// </remarks>
public static class DocumentArbitraries
{
    /// <summary>The most commands a scenario has.</summary>
    public const int MaxCommands = 25;

    /// <summary>The choices of fragment commands: seven times in eight one that gives valid arguments (see
    /// <see cref="DocumentScenario.Apply"/>), so that a story is not cut short by a blank text.</summary>
    private static readonly Gen<int> Choices = Gen.Frequency(
        (7, Gen.Elements<int>([.. Enumerable.Range(0, 100).Where(c => c % 6 != 0 && c % 7 != 0 && c % 11 != 0 && c % 13 != 0 && c % 17 != 0 && c % 10 is not (0 or 9))])),
        (1, Gen.Choose(0, 99)));

    private static readonly Gen<Duration> Gaps = Gen.Frequency(
        (1, Gen.Constant(0)),
        (4, Gen.Choose(1, 600)),
        (2, Gen.Choose(600, 5 * 24 * 60)),
        (1, Gen.Choose(20 * 24 * 60, 40 * 24 * 60))).Select(m => Duration.FromMinutes(m));

    private static readonly Gen<int> AnyActor = Gen.Choose(0, DocumentScenario.Actors.Count - 1);

    private static readonly Gen<Duration> Short = Gen.Choose(0, 240).Select(m => Duration.FromMinutes(m));

    private static readonly Gen<Duration> UntilEffective = Gen.Frequency(
        (1, Gen.Constant(0)),
        (1, Gen.Choose(1, 4 * 24)),
        (8, Gen.Choose(4 * 24, 8 * 24))).Select(h => Duration.FromHours(h));

    /// <summary>Random controlled-document histories (see the type's remarks).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DocumentScenario> Scenarios() =>
        Histories.Arbitrary((from scheme in Gen.Choose(0, NumberingArbitraries.Schemes.Count - 1)
         from optional in Gen.Elements(false, true)
         from technical in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
         from creator in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Constant(7)))
         from first in Gen.Frequency((5, Publish(technical)), (1, SendBackThenPublish(technical)), (1, Gen.Constant(Array.Empty<HistoryStep<DocumentTrigger>>())))
         from story in Story(technical)
         select new DocumentScenario(scheme, optional, technical, creator, [.. first.Concat(story).Take(MaxCommands)])), s => s.Commands, (s, c) => s with { Commands = c });

    /// <summary>What happens after the first issue: one of a few stories (each fragment sometimes left out, random
    /// commands sometimes slipped in between), or random fragments in random order.</summary>
    private static Gen<IEnumerable<HistoryStep<DocumentTrigger>>> Story(bool technical)
    {
        Gen<HistoryStep<DocumentTrigger>[]>[][] stories =
        [
            [Copies(), Revise(technical), CloseRecalls(), ArchiveAndDispose()],
            [Copies(), Copies(), Withdraw(), CloseRecalls(), Revise(technical), Reissue()],
            [Copies(), Withdraw(), CloseRecalls(), ArchiveAndDispose(), Revise(technical)],
            [Copies(), Reissue(), ReviewThenPublish(technical), CloseRecalls()],
            [Copies(), Reissue(), Revise(technical), CloseRecalls(), ArchiveAndDispose()],
            [Copies(), StartThenCancel(), Revise(technical), CloseRecalls()],
            [Revise(technical), Copies(), Reissue(), Revise(technical), CloseRecalls(), ArchiveAndDispose()],
            [Copies(), Revise(technical), Reissue(), Revise(technical), CloseRecalls()],
        ];
        var told = Gen.Frequency(stories.Select(story => (1, Gen.CollectToArray(story.Select(Loosely)))).ToArray());
        var shuffled = from count in Gen.Choose(0, 8)
                       from fragments in Gen.ArrayOf(Fragment(technical), count)
                       select fragments;
        return Gen.Frequency((4, told), (1, shuffled)).Select(fragments => fragments.SelectMany(f => f));
    }

    /// <summary>A fragment of a story: left out one time in ten, after zero to two random commands.</summary>
    private static Gen<HistoryStep<DocumentTrigger>[]> Loosely(Gen<HistoryStep<DocumentTrigger>[]> fragment) =>
        from noise in Gen.Frequency((5, Gen.Constant(Array.Empty<HistoryStep<DocumentTrigger>>())), (2, Random()), (1, Gen.CollectToArray([Random(), Random()]).Select(c => c.SelectMany(x => x).ToArray())))
        from kept in Gen.Frequency((9, fragment), (1, Gen.Constant(Array.Empty<HistoryStep<DocumentTrigger>>())))
        select (HistoryStep<DocumentTrigger>[])[.. noise, .. kept];

    private static Gen<HistoryStep<DocumentTrigger>[]> Fragment(bool technical) => Gen.Frequency(
        (3, Publish(technical)),
        (4, Revise(technical)),
        (1, ReviewThenPublish(technical)),
        (4, Copies()),
        (3, CloseRecalls()),
        (2, Reissue()),
        (1, Withdraw()),
        (2, ArchiveAndDispose()),
        (1, Sequence(Command(DocumentTrigger.RequestChanges, Short, Approver(technical)), Command(DocumentTrigger.Redraft, Short))),
        (1, Sequence(Command(DocumentTrigger.Cancel, Gaps))),
        (6, Random()));

    private static Gen<HistoryStep<DocumentTrigger>[]> CloseRecalls() => Repeat(2, 4, Command(DocumentTrigger.CloseRecall, Short));

    private static Gen<HistoryStep<DocumentTrigger>[]> Reissue() => Sequence(Command(DocumentTrigger.RequestReissue, Gaps, Gen.Elements(0, 7, 8, 9)), Command(DocumentTrigger.ApproveReissue, Short));

    private static Gen<HistoryStep<DocumentTrigger>[]> Withdraw() => Sequence(Command(DocumentTrigger.Withdraw, Gaps));

    private static Gen<HistoryStep<DocumentTrigger>[]> ArchiveAndDispose() => Sequence(Command(DocumentTrigger.Archive, Gaps), Command(DocumentTrigger.Dispose, Gaps));

    /// <summary>Start a revision, sometimes submit it, then cancel it.</summary>
    private static Gen<HistoryStep<DocumentTrigger>[]> StartThenCancel() =>
        from start in Command(DocumentTrigger.StartRevision, Gaps)
        from submit in Gen.Frequency((1, Gen.Constant(Array.Empty<HistoryStep<DocumentTrigger>>())), (1, Sequence(Command(DocumentTrigger.Submit, Short))))
        from cancel in Command(DocumentTrigger.Cancel, Gaps)
        select (HistoryStep<DocumentTrigger>[])[start, .. submit, cancel];

    /// <summary>Submit, the review, a request for changes and a redraft, then publishing.</summary>
    private static Gen<HistoryStep<DocumentTrigger>[]> SendBackThenPublish(bool technical) =>
        from submit in Command(DocumentTrigger.Submit, Gaps)
        from review in Command(DocumentTrigger.Approve, Short, Gen.Constant(3))
        from changes in Command(DocumentTrigger.RequestChanges, Short, Approver(technical))
        from redraft in Command(DocumentTrigger.Redraft, Short)
        from publish in Publish(technical)
        select (HistoryStep<DocumentTrigger>[])[submit, review, changes, redraft, .. publish];

    /// <summary>Submit the open draft, the two required steps (sometimes a comment or an optional approval first; one
    /// time in three both required approvals again, which repairs an approval by the wrong actor or is refused), then
    /// Advance a few days later.</summary>
    private static Gen<HistoryStep<DocumentTrigger>[]> Publish(bool technical) =>
        from submit in Command(DocumentTrigger.Submit, Gaps)
        from extra in Gen.Frequency(
            (4, Gen.Constant(Array.Empty<HistoryStep<DocumentTrigger>>())),
            (1, Sequence(Command(DocumentTrigger.Comment, Short, Gen.Elements(6, 6, 3)))),
            (1, Sequence(Command(DocumentTrigger.Approve, Short, Gen.Elements(2, 2, 1)))))
        from review in Command(DocumentTrigger.Approve, Short, Gen.Frequency((4, Gen.Constant(3)), (1, Gen.Constant(7))))
        from approval in Command(DocumentTrigger.Approve, Short, Approver(technical))
        from retry in Gen.Frequency(
            (2, Gen.Constant(Array.Empty<HistoryStep<DocumentTrigger>>())),
            (1, Sequence(Command(DocumentTrigger.Approve, Short, Gen.Constant(3)), Command(DocumentTrigger.Approve, Short, Gen.Constant(technical ? 5 : 4)))))
        from advance in Command(DocumentTrigger.Advance, UntilEffective)
        select (HistoryStep<DocumentTrigger>[])[submit, .. extra, review, approval, .. retry, advance];

    private static Gen<HistoryStep<DocumentTrigger>[]> Revise(bool technical) =>
        from start in Command(DocumentTrigger.StartRevision, Gaps)
        from publish in Publish(technical)
        select (HistoryStep<DocumentTrigger>[])[start, .. publish];

    private static Gen<HistoryStep<DocumentTrigger>[]> ReviewThenPublish(bool technical) =>
        from review in Command(DocumentTrigger.CompleteReview, Gaps)
        from publish in Publish(technical)
        select (HistoryStep<DocumentTrigger>[])[review, .. publish];

    private static Gen<HistoryStep<DocumentTrigger>[]> Copies() =>
        from issued in Repeat(1, 3, Command(DocumentTrigger.IssueCopy, Short))
        from acknowledged in Repeat(0, 2, Command(DocumentTrigger.AcknowledgeCopy, Short))
        from uncontrolled in Gen.Frequency((4, Gen.Constant(Array.Empty<HistoryStep<DocumentTrigger>>())), (1, Sequence(Command(DocumentTrigger.RecordUncontrolledCopies, Short))))
        select (HistoryStep<DocumentTrigger>[])[.. issued, .. acknowledged, .. uncontrolled];

    /// <summary>One random command, its choice any number (so often invalid arguments).</summary>
    private static Gen<HistoryStep<DocumentTrigger>[]> Random() =>
        from trigger in Gen.Elements<DocumentTrigger>(DocumentScenario.Triggers)
        from command in Command(trigger, Gaps)
        from actor in Gen.Frequency((2, Gen.Constant(command.ActorIndex)), (1, AnyActor))
        from choice in Gen.Choose(0, 99)
        select (HistoryStep<DocumentTrigger>[])[command with { ActorIndex = actor, Choice = choice }];

    /// <summary>Top management, or the technical lead for technical documents (sometimes the other, refused).</summary>
    private static Gen<int> Approver(bool technical) => Gen.Frequency((9, Gen.Constant(technical ? 5 : 4)), (1, Gen.Constant(technical ? 4 : 5)));

    private static Gen<HistoryStep<DocumentTrigger>> Command(DocumentTrigger trigger, Gen<Duration> gaps, Gen<int>? actors = null) =>
        from actor in Gen.Frequency((19, actors ?? Gen.Elements<int>(Fitting(trigger))), (1, AnyActor))
        from after in gaps
        from choice in Choices
        select new HistoryStep<DocumentTrigger>(trigger, actor, after, choice);

    private static Gen<HistoryStep<DocumentTrigger>[]> Sequence(params Gen<HistoryStep<DocumentTrigger>>[] commands) =>
        Gen.CollectToArray(commands);

    private static Gen<HistoryStep<DocumentTrigger>[]> Repeat(int min, int max, Gen<HistoryStep<DocumentTrigger>> command) =>
        from n in Gen.Choose(min, max)
        from commands in Gen.ArrayOf(command, n)
        select commands;

    /// <summary>The actors (indexes into <see cref="DocumentScenario.Actors"/>) who usually issue a command.</summary>
    private static int[] Fitting(DocumentTrigger trigger) => trigger switch
    {
        DocumentTrigger.StartRevision or DocumentTrigger.Submit => [1, 2, 7, 0],
        DocumentTrigger.Redraft => [1, 2, 0],
        DocumentTrigger.Approve or DocumentTrigger.RequestChanges => [3, 4, 5, 7, 2],
        DocumentTrigger.Comment => [6, 3, 4, 2],
        DocumentTrigger.Cancel => [0, 3, 7],
        DocumentTrigger.Advance => [10],
        DocumentTrigger.Withdraw => [4, 3],
        DocumentTrigger.AcknowledgeCopy or DocumentTrigger.RequestReissue => [8, 9, 0, 1],
        DocumentTrigger.CompleteReview => [3, 2, 0, 7],
        _ => [0, 7],
    };
}
