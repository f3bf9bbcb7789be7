using System.Collections.Generic;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Ids;
using Itsm.Documents.Numbering;
using NodaTime;

namespace Itsm.Documents;

/// <summary>
/// A controlled document: its identity (number, title, owner, level, class codes, confidentiality) and its revisions,
/// each with its own lifecycle (<see cref="RevisionState"/>).
/// </summary>
/// <remarks>
/// <para>
/// The document is the aggregate because its rules span revisions: at most one open (not yet effective) revision; at
/// most one effective revision at any instant, the previous one superseded in the same command that makes its successor
/// effective; labels assigned at approval, strictly increasing and never reused. Every command takes the acting
/// <see cref="Actor"/> and the <see cref="Instant"/> (never before the last accepted command), is checked by the role
/// policy of the <see cref="DocumentSettings"/>, then by the revision lifecycle (<c>DocumentLifecycle.cs</c>), and records
/// its events only after every check passed; a refused command changes nothing.
/// </para>
/// <para>Effective dates arrive through <see cref="Advance"/>; <see cref="NextDueAt"/> says when to call it.</para>
/// <para>Mutable; not thread-safe (one thread at a time per document).</para>
/// </remarks>
public sealed partial class ControlledDocument : EventSourcedAggregate<DocumentEvent>
{
    /// <summary>How this kind of record comes into being; the registers check histories by the same rules.</summary>
    internal static readonly RecordCreation CreationRules = new(typeof(DocumentCreated), "a document", "created", "creation");

    private readonly DocumentSettings _settings;
    private readonly List<DocumentRevision> _revisions = [];
    private readonly List<ControlledCopy> _copies = [];
    private readonly List<DocumentReview> _reviews = [];
    private Instant? _nextReviewDue;
    private int? _awaitingSupersession;

    private ControlledDocument(DocumentSettings settings) => _settings = settings;

    /// <inheritdoc />
    public override string RecordType => "Document";

    /// <inheritdoc />
    public override string RecordId => Id.Value;

    /// <inheritdoc />
    protected override RecordCreation Creation => CreationRules;

    /// <summary>Gets the document's id.</summary>
    public Id<Kinds.Document> Id { get; private set; }

    /// <summary>Gets its number.</summary>
    public DocumentNumber Number { get; private set; }

    /// <summary>Gets its title.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>Gets the owning department or person.</summary>
    public string Owner { get; private set; } = string.Empty;

    /// <summary>Gets its level.</summary>
    public DocumentLevel Level { get; private set; }

    /// <summary>Gets its class codes.</summary>
    public IReadOnlyList<string> ClassCodes { get; private set; } = [];

    /// <summary>Gets its confidentiality level, such as "internal public".</summary>
    public string Confidentiality { get; private set; } = string.Empty;

    /// <summary>Gets when it was created.</summary>
    public Instant CreatedAt { get; private set; }

    /// <summary>Gets its revisions, oldest first.</summary>
    public IReadOnlyList<DocumentRevision> Revisions => _revisions;

    /// <summary>Gets the open revision (draft, in review, changes requested or approved), if any.</summary>
    public DocumentRevision? OpenRevision => _revisions.LastOrDefault(r => r.IsOpen);

    /// <summary>Gets the effective revision, if any.</summary>
    public DocumentRevision? EffectiveRevision => _revisions.LastOrDefault(r => r.State == RevisionState.Effective);


    /// <summary>Gets the settings the document was created or loaded with.</summary>
    public DocumentSettings Settings => _settings;

    /// <summary>Returns the revision with a sequence number.</summary>
    /// <param name="number">The revision's number, from 1.</param>
    /// <returns>The revision.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">The document has no such revision.</exception>
    public DocumentRevision Revision(int number)
    {
        Preconditions.CheckArgumentRange(nameof(number), number, 1, _revisions.Count);
        return _revisions[number - 1];
    }

    /// <summary>The revision that was effective at an instant, if any (at most one ever is).</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The revision, or null.</returns>
    public DocumentRevision? EffectiveAt(Instant at) =>
        _revisions.SingleOrDefault(r => r.EffectiveAt is { } from && from <= at && (r.EndedAt is not { } end || at < end));

    /// <summary>The label the next approved revision gets: the scheme's first, or the label after the last approved one.</summary>
    private RevisionLabel NextLabel(ChangeKind change)
    {
        var last = _revisions.LastOrDefault(r => r.Label is not null)?.Label;
        return last is not { } previous
            ? _settings.RevisionScheme.First
            : change == ChangeKind.Major ? _settings.RevisionScheme.AfterMajorChange(previous) : _settings.RevisionScheme.AfterMinorChange(previous);
    }
}
