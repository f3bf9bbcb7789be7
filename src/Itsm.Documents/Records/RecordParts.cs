using Itsm.Core;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Documents;

/// <summary>A legal hold on a <see cref="DocumentRecord"/>: while it is in place, the record is not disposed of.</summary>
/// <param name="Reason">Why (a dispute, an investigation).</param>
/// <param name="Reference">The legal reference (a case number, an order), or null when none was given.</param>
/// <param name="PlacedBy">Who placed it.</param>
/// <param name="PlacedAt">When.</param>
/// <remarks>Equality compares the values. Immutable and thread-safe.</remarks>
public sealed record LegalHold(string Reason, string? Reference, Actor PlacedBy, Instant PlacedAt);

/// <summary>The metadata of a <see cref="DocumentRecord"/> that may be corrected.</summary>
/// <param name="Title">The title.</param>
/// <param name="RecordClass">The record class or category.</param>
/// <param name="Location">Where the content is kept.</param>
/// <param name="Owner">Who owns the record.</param>
/// <remarks>Equality compares the values (actors by id). Immutable and thread-safe.</remarks>
public sealed record RecordMetadata(string Title, string RecordClass, string Location, Actor Owner);

/// <summary>One correction of a record's metadata, with the values before and after: the correction history is
/// append-only, and the original values stay visible.</summary>
/// <param name="At">When.</param>
/// <param name="By">Who corrected it.</param>
/// <param name="Reason">Why.</param>
/// <param name="Before">The metadata before.</param>
/// <param name="After">The metadata after.</param>
/// <remarks>Equality compares the values. Immutable and thread-safe.</remarks>
public sealed record RecordCorrection(Instant At, Actor By, string Reason, RecordMetadata Before, RecordMetadata After);

/// <summary>A content entry appended to a record (an attachment, a signature page): never edited or removed.</summary>
/// <param name="Sequence">Its number, from 1, in the order appended.</param>
/// <param name="ContentHash">The SHA-256 of its content, 64 lower-case hexadecimal digits.</param>
/// <param name="Description">What it is.</param>
/// <param name="AppendedAt">When.</param>
/// <param name="AppendedBy">Who appended it.</param>
/// <remarks>Equality compares the values. Immutable and thread-safe.</remarks>
public sealed record RecordContentEntry(int Sequence, string ContentHash, string Description, Instant AppendedAt, Actor AppendedBy);

/// <summary>
/// What remains of a disposed record: its identity, what it was, when, by whom and why it was disposed of, and the hash of
/// its declared content.
/// </summary>
/// <param name="Id">The record's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="RecordClass">Its class.</param>
/// <param name="DisposedAt">When it was disposed of.</param>
/// <param name="DisposedBy">Who disposed of it.</param>
/// <param name="Reason">Why.</param>
/// <param name="ContentHash">The SHA-256 of its declared content. Kept: a hash cannot give the content back, and it proves
/// which content was destroyed (it matches the destruction certificate or the deleted file's hash). A host whose content
/// is guessable from its hash (a short form with few possible values) drops it from its own copy of the tombstone.</param>
/// <remarks>Equality compares the values. Immutable and thread-safe.</remarks>
public sealed record RecordTombstone(Id<Kinds.Record> Id, string Title, string RecordClass, Instant DisposedAt, Actor DisposedBy, string Reason, string ContentHash);
