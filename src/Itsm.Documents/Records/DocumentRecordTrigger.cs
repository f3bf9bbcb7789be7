namespace Itsm.Documents;

/// <summary>The commands of a <see cref="DocumentRecord"/>, as lifecycle triggers and role-policy entries.</summary>
public enum DocumentRecordTrigger
{
    /// <summary>Declare a record, once.</summary>
    Declare,

    /// <summary>Correct the record's metadata (title, class, location, owner), with a reason; the content never changes.</summary>
    CorrectMetadata,

    /// <summary>Append a content entry (an attachment, a signature page) with its hash; entries are never edited or removed.</summary>
    AppendContent,

    /// <summary>Record the date of the event from which the retention period runs (a contract end, a closure).</summary>
    RecordRetentionTrigger,

    /// <summary>Place the record under legal hold: it is not disposed of until the hold is released.</summary>
    PlaceLegalHold,

    /// <summary>Release the legal hold.</summary>
    ReleaseLegalHold,

    /// <summary>Mark the record due for disposal when its retention ends (through <see cref="DocumentRecord.Advance"/>).</summary>
    MarkDueForDisposal,

    /// <summary>Mark the record's review due when its retention ends (through <see cref="DocumentRecord.Advance"/>).</summary>
    MarkReviewDue,

    /// <summary>Extend the retention (a review's decision to keep it, or a longer retention found necessary).</summary>
    ExtendRetention,

    /// <summary>Dispose of the record, leaving a tombstone.</summary>
    Dispose,

    /// <summary>Apply what time made due (the end of the retention period).</summary>
    Advance,
}
