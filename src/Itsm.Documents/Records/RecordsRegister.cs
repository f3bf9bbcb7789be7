using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Documents;

/// <summary>One line of the <see cref="RecordsRegister"/>: a record as its events leave it.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="Title">Its title (as last corrected).</param>
/// <param name="RecordClass">Its class (as last corrected).</param>
/// <param name="Owner">Its owner (as last corrected).</param>
/// <param name="Location">Where its content is kept (as last corrected).</param>
/// <param name="ContentHash">The SHA-256 of its declared content.</param>
/// <param name="DeclaredAt">When it was declared.</param>
/// <param name="RetentionAction">What happens when its retention ends.</param>
/// <param name="RetentionEndsAt">When its retention ends; null while its trigger event is awaited.</param>
/// <param name="IsUnderLegalHold">Whether a legal hold is in place.</param>
/// <param name="State">Its lifecycle state.</param>
/// <param name="Tombstone">Its tombstone once disposed of; null before.</param>
/// <param name="Version">How many of its events the register applied.</param>
/// <remarks>Equality compares the values. Immutable and thread-safe.</remarks>
public sealed record RecordsRegisterEntry(
    Id<Kinds.Record> Id,
    string Title,
    string RecordClass,
    Actor Owner,
    string Location,
    string ContentHash,
    Instant DeclaredAt,
    RetentionAction RetentionAction,
    Instant? RetentionEndsAt,
    bool IsUnderLegalHold,
    DocumentRecordState State,
    RecordTombstone? Tombstone,
    long Version) : IRegisterEntry<Kinds.Record>;

/// <summary>
/// The master list of records the source documents require: every record with its id, title, class, owner, location,
/// retention end, legal hold and status, and the tombstones of those disposed of, as a read model built from the records'
/// events.
/// </summary>
/// <remarks>
/// <para>
/// Build it from stored histories with <see cref="From"/>, or keep it current by passing each new event to
/// <see cref="RecordRegister{TKind, TEvent, TEntry}.Apply"/> with the id of its record. Each record's events are applied in order (versions 1, 2, 3...); the
/// register trusts their content, which the aggregate checked when it recorded or loaded them, and keeps no state machine.
/// </para>
/// <para>Mutable; not thread-safe.</para>
/// </remarks>
public sealed class RecordsRegister : RecordRegister<Kinds.Record, DocumentRecordEvent, RecordsRegisterEntry>
{
    /// <summary>Initializes an empty register, to keep current event by event.</summary>
    public RecordsRegister()
        : base(nameof(DocumentRecord), "record", DocumentRecord.CreationRules)
    {
    }

    /// <summary>Gets the tombstones of the records disposed of, oldest disposal first (then by id).</summary>
    public IReadOnlyList<RecordTombstone> Tombstones =>
        [.. Values.Select(e => e.Tombstone).OfType<RecordTombstone>().OrderBy(t => t.DisposedAt).ThenBy(t => t.Id.Value, StringComparer.Ordinal)];

    /// <summary>Builds a register from the histories of many records.</summary>
    /// <param name="histories">Each record's events, oldest first, starting with its declaration.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException">An argument or a history is null.</exception>
    /// <exception cref="InvalidHistoryException">A history is empty, does not start with the declaration, declares a record
    /// twice, or skips a version.</exception>
    public static RecordsRegister From(IEnumerable<IEnumerable<DocumentRecordEvent>> histories)
    {
        var register = new RecordsRegister();
        register.Load(histories);
        return register;
    }

    private protected override Id<Kinds.Record>? CreatedId(DocumentRecordEvent domainEvent) => domainEvent is DocumentRecordDeclared declared ? declared.Id : null;

    private protected override RecordsRegisterEntry Created(Id<Kinds.Record> record, DocumentRecordEvent creation)
    {
        var declared = (DocumentRecordDeclared)creation;
        return new RecordsRegisterEntry(
            record, declared.Title, declared.RecordClass, declared.Owner, declared.Location, declared.ContentHash, declared.At,
            declared.Retention?.ActionAfter ?? throw Refused(record, creation, "a record has a retention policy"), declared.RetentionEndsAt, false, DocumentRecordState.Active, null, 1);
    }

    private protected override RecordsRegisterEntry Changed(Id<Kinds.Record> record, RecordsRegisterEntry entry, DocumentRecordEvent domainEvent)
    {
        var changed = domainEvent switch
        {
            DocumentRecordMetadataCorrected corrected => entry with
            {
                Title = corrected.Title ?? entry.Title,
                RecordClass = corrected.RecordClass ?? entry.RecordClass,
                Location = corrected.Location ?? entry.Location,
                Owner = corrected.Owner ?? entry.Owner,
            },
            DocumentRecordContentAppended => entry,
            DocumentRecordRetentionTriggered triggered => entry with { RetentionEndsAt = triggered.RetentionEndsAt },
            DocumentRecordLegalHoldPlaced => entry with { IsUnderLegalHold = true },
            DocumentRecordLegalHoldReleased => entry with { IsUnderLegalHold = false },
            DocumentRecordDueForDisposal => entry with { State = DocumentRecordState.DueForDisposal },
            DocumentRecordReviewDue => entry with { State = DocumentRecordState.ReviewDue },
            DocumentRecordRetentionExtended extended => entry with { RetentionEndsAt = extended.RetentionEndsAt, State = DocumentRecordState.Active },
            DocumentRecordDisposed disposed => entry with
            {
                State = DocumentRecordState.Disposed,
                Tombstone = new RecordTombstone(record, entry.Title, entry.RecordClass, disposed.At, disposed.Actor, disposed.Reason, entry.ContentHash),
            },
            _ => throw Refused(record, domainEvent, $"{domainEvent.GetType().Name} is not a record event this version knows"),
        };
        return changed with { Version = domainEvent.Version };
    }

    /// <summary>Lists the records due for disposal at an instant: retention ended by then, action Delete, no legal hold,
    /// not disposed of; the longest overdue first (then by id).</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The entries.</returns>
    public IReadOnlyList<RecordsRegisterEntry> DueForDisposalAt(Instant at) =>
        [.. Values
            .Where(e => e.State != DocumentRecordState.Disposed && !e.IsUnderLegalHold && e.RetentionAction == RetentionAction.Delete && e.RetentionEndsAt <= at)
            .OrderBy(e => e.RetentionEndsAt).ThenBy(e => e.Id.Value, StringComparer.Ordinal)];
}
