using System;
using System.Collections.Generic;
using Itsm.Core;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Documents;

/// <summary>
/// A record: evidence of an activity (a completed form, a signed report, a log), declared once with the hash of its
/// content and kept for its retention period; then disposed of (leaving a tombstone), reviewed, or kept, as its retention
/// policy says.
/// </summary>
/// <remarks>
/// <para>
/// A record is append-only: its declared content (<see cref="ContentHash"/>) never changes; content entries may be
/// appended (<see cref="AppendContent"/>) but never edited or removed; its metadata (title, class, location, owner) may be
/// corrected, each correction kept with the values before and after (<see cref="Corrections"/>).
/// </para>
/// <para>
/// Every command takes the acting <see cref="Actor"/> and the <see cref="Instant"/> (never before the last accepted
/// command), is checked first by the role policy of the <see cref="DocumentRecordSettings"/> and then by the Stateless
/// lifecycle (<c>DocumentRecordLifecycle.cs</c>), and records an event. A refused command throws
/// (<see cref="Core.Actors.CommandNotAuthorizedException"/>, <see cref="InvalidTransitionException"/> or an
/// <see cref="ArgumentException"/>) and changes nothing.
/// </para>
/// <para>
/// Time-driven changes happen through <see cref="Advance"/>: when the retention ends, a record whose action is
/// <see cref="RetentionAction.Delete"/> becomes <see cref="DocumentRecordState.DueForDisposal"/> and one whose action is
/// <see cref="RetentionAction.Review"/> becomes <see cref="DocumentRecordState.ReviewDue"/>; a record to
/// <see cref="RetentionAction.Keep"/> stays active. <see cref="NextDueAt"/> says when the host should call it next. A legal
/// hold does not stop the retention from ending, only the disposal.
/// </para>
/// <para>Named <c>DocumentRecord</c> because <c>Record</c> is the aggregate base's method that records an event.
/// Mutable; not thread-safe (one thread at a time per record).</para>
/// </remarks>
public sealed partial class DocumentRecord : EventSourcedAggregate<DocumentRecordEvent>
{
    /// <summary>How this kind of record comes into being; the registers check histories by the same rules.</summary>
    internal static readonly RecordCreation CreationRules = new(typeof(DocumentRecordDeclared), "a record", "declared", "declaration");

    private readonly DocumentRecordSettings _settings;
    private readonly List<RecordCorrection> _corrections = [];
    private readonly List<RecordContentEntry> _contentEntries = [];

    private DocumentRecord(DocumentRecordSettings settings) => _settings = settings;

    /// <inheritdoc />
    public override string RecordType => nameof(DocumentRecord);

    /// <inheritdoc />
    public override string RecordId => Id.Value;

    /// <inheritdoc />
    protected override RecordCreation Creation => CreationRules;

    /// <summary>Gets the record's id.</summary>
    public Id<Kinds.Record> Id { get; private set; }

    /// <summary>Gets the title (as last corrected).</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>Gets the record class or category (as last corrected).</summary>
    public string RecordClass { get; private set; } = string.Empty;

    /// <summary>Gets who owns the record (as last corrected).</summary>
    public Actor Owner { get; private set; } = null!;

    /// <summary>Gets where the content is kept (as last corrected).</summary>
    public string Location { get; private set; } = string.Empty;

    /// <summary>Gets the metadata as it is now.</summary>
    public RecordMetadata Metadata => new(Title, RecordClass, Location, Owner);

    /// <summary>Gets the SHA-256 of the declared content, 64 lower-case hexadecimal digits; it never changes.</summary>
    public string ContentHash { get; private set; } = string.Empty;

    /// <summary>Gets when it was declared.</summary>
    public Instant DeclaredAt { get; private set; }

    /// <summary>Gets who declared it.</summary>
    public Actor DeclaredBy { get; private set; } = null!;

    /// <summary>Gets the retention policy.</summary>
    public RetentionPolicy Retention { get; private set; } = null!;

    /// <summary>Gets the day the retention period runs from; null while a trigger event is awaited.</summary>
    public LocalDate? RetentionStartsOn { get; private set; }

    /// <summary>Gets when the retention ends (as last extended); null while a trigger event is awaited.</summary>
    public Instant? RetentionEndsAt { get; private set; }

    /// <summary>Gets what the recorded retention trigger was; null until recorded (and for retention from declaration).</summary>
    public string? RetentionTriggerNote { get; private set; }

    /// <summary>Gets the lifecycle state.</summary>
    public DocumentRecordState State { get; private set; }

    /// <summary>Gets the legal hold in place; null when none is.</summary>
    public LegalHold? LegalHold { get; private set; }

    /// <summary>Gets a value indicating whether the record is under legal hold.</summary>
    public bool IsUnderLegalHold => LegalHold is not null;

    /// <summary>Gets how many legal holds were placed on the record, released ones included.</summary>
    public int LegalHoldCount { get; private set; }

    /// <summary>Gets the corrections of the metadata, oldest first; the first one's <see cref="RecordCorrection.Before"/>
    /// holds the declared values.</summary>
    public IReadOnlyList<RecordCorrection> Corrections => _corrections;

    /// <summary>Gets the content entries appended after the declaration, in order.</summary>
    public IReadOnlyList<RecordContentEntry> ContentEntries => _contentEntries;

    /// <summary>Gets the tombstone once disposed of; null before.</summary>
    public RecordTombstone? Tombstone { get; private set; }


    /// <summary>Gets a value indicating whether the record was disposed of.</summary>
    public bool IsDisposed => State == DocumentRecordState.Disposed;

    /// <summary>Returns whether an instant is at or after the end of the retention (a guard).</summary>
    internal bool IsRetentionOverAt(Instant at) => RetentionEndsAt is { } end && at >= end;

    /// <summary>Returns whether the record is due for disposal at an instant: its retention has ended by then, its action is
    /// <see cref="RetentionAction.Delete"/>, it is not under legal hold and not disposed of (whether or not
    /// <see cref="Advance"/> has marked it yet).</summary>
    /// <param name="at">The instant.</param>
    /// <returns>True when due.</returns>
    public bool IsDueForDisposalAt(Instant at) =>
        !IsDisposed && !IsUnderLegalHold && Retention.ActionAfter == RetentionAction.Delete && RetentionEndsAt is { } end && at >= end;

    /// <summary>Returns whether the record's declared content is <paramref name="content"/>: its SHA-256 equals
    /// <see cref="ContentHash"/>.</summary>
    /// <param name="content">The content as stored by the host.</param>
    /// <returns>True when the content is intact.</returns>
    public bool MatchesContent(ReadOnlySpan<byte> content) => HashContent(content) == ContentHash;

    /// <summary>Computes the content hash a record expects: the SHA-256 of the content as 64 lower-case hexadecimal digits.</summary>
    /// <param name="content">The content.</param>
    /// <returns>The hash.</returns>
    public static string HashContent(ReadOnlySpan<byte> content) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));

    /// <summary>Returns whether a text is a content hash: 64 lower-case hexadecimal digits.</summary>
    /// <param name="value">The text.</param>
    /// <returns>True when it is.</returns>
    public static bool IsContentHash(string? value)
    {
        if (value is not { Length: 64 })
        {
            return false;
        }

        foreach (char c in value)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }

        return true;
    }
}
