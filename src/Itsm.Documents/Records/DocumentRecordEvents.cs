using Itsm.Core;
using Itsm.Core.Events;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Documents;

/// <summary>The base of every <see cref="DocumentRecord"/> event.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
public abstract record DocumentRecordEvent(Instant At, Actor Actor) : DomainEvent(At, Actor);

/// <summary>A record was declared.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who declared it.</param>
/// <param name="Id">The record's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="RecordClass">Its class or category.</param>
/// <param name="Owner">Who owns it.</param>
/// <param name="ContentHash">The SHA-256 of its content, 64 lower-case hexadecimal digits; never changes.</param>
/// <param name="Location">Where the content is kept.</param>
/// <param name="Retention">Its retention policy.</param>
/// <param name="RetentionStartsOn">The day the retention period runs from: the day of the declaration for
/// <see cref="RetentionTrigger.FromDeclaration"/>; null until the trigger is recorded for <see cref="RetentionTrigger.FromEvent"/>.</param>
/// <param name="RetentionEndsAt">When the retention ends (the start of <paramref name="RetentionStartsOn"/> plus the period,
/// in the settings' zone); null while <paramref name="RetentionStartsOn"/> is.</param>
[EventType("record.declared", 1)]
public sealed record DocumentRecordDeclared(
    Instant At,
    Actor Actor,
    Id<Kinds.Record> Id,
    string Title,
    string RecordClass,
    Actor Owner,
    string ContentHash,
    string Location,
    RetentionPolicy Retention,
    LocalDate? RetentionStartsOn,
    Instant? RetentionEndsAt) : DocumentRecordEvent(At, Actor);

/// <summary>The record's metadata was corrected; a null value was left as it was.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Reason">Why.</param>
/// <param name="Title">The corrected title, or null.</param>
/// <param name="RecordClass">The corrected class, or null.</param>
/// <param name="Location">The corrected location, or null.</param>
/// <param name="Owner">The corrected owner, or null.</param>
[EventType("record.metadata-corrected", 1)]
public sealed record DocumentRecordMetadataCorrected(Instant At, Actor Actor, string Reason, string? Title, string? RecordClass, string? Location, Actor? Owner)
    : DocumentRecordEvent(At, Actor);

/// <summary>A content entry was appended.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="ContentHash">The SHA-256 of its content, 64 lower-case hexadecimal digits.</param>
/// <param name="Description">What it is.</param>
[EventType("record.content-appended", 1)]
public sealed record DocumentRecordContentAppended(Instant At, Actor Actor, string ContentHash, string Description) : DocumentRecordEvent(At, Actor);

/// <summary>The event the retention period runs from happened.</summary>
/// <param name="At">When it was recorded.</param>
/// <param name="Actor">Who recorded it.</param>
/// <param name="OccurredOn">The day it happened.</param>
/// <param name="Note">What happened (for example the contract and its end).</param>
/// <param name="RetentionEndsAt">When the retention ends: the start of <paramref name="OccurredOn"/> plus the period.</param>
[EventType("record.retention-triggered", 1)]
public sealed record DocumentRecordRetentionTriggered(Instant At, Actor Actor, LocalDate OccurredOn, string Note, Instant RetentionEndsAt) : DocumentRecordEvent(At, Actor);

/// <summary>The record was placed under legal hold.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Reason">Why.</param>
/// <param name="Reference">The legal reference, or null.</param>
[EventType("record.legal-hold-placed", 1)]
public sealed record DocumentRecordLegalHoldPlaced(Instant At, Actor Actor, string Reason, string? Reference) : DocumentRecordEvent(At, Actor);

/// <summary>The legal hold was released.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Reason">Why.</param>
[EventType("record.legal-hold-released", 1)]
public sealed record DocumentRecordLegalHoldReleased(Instant At, Actor Actor, string Reason) : DocumentRecordEvent(At, Actor);

/// <summary>The retention ended and the record became due for disposal (action <see cref="RetentionAction.Delete"/>).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who (the system).</param>
[EventType("record.due-for-disposal", 1)]
public sealed record DocumentRecordDueForDisposal(Instant At, Actor Actor) : DocumentRecordEvent(At, Actor);

/// <summary>The retention ended and the record's review became due (action <see cref="RetentionAction.Review"/>).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who (the system).</param>
[EventType("record.review-due", 1)]
public sealed record DocumentRecordReviewDue(Instant At, Actor Actor) : DocumentRecordEvent(At, Actor);

/// <summary>The retention was extended.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Extension">How long from the day of the extension.</param>
/// <param name="Reason">Why.</param>
/// <param name="RetentionEndsAt">The new end: the start of the day of <paramref name="At"/> plus the extension.</param>
[EventType("record.retention-extended", 1)]
public sealed record DocumentRecordRetentionExtended(Instant At, Actor Actor, Period Extension, string Reason, Instant RetentionEndsAt) : DocumentRecordEvent(At, Actor);

/// <summary>The record was disposed of; its tombstone remains.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Reason">Why.</param>
[EventType("record.disposed", 1)]
public sealed record DocumentRecordDisposed(Instant At, Actor Actor, string Reason) : DocumentRecordEvent(At, Actor);
