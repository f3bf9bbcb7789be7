namespace Itsm.Documents;

/// <summary>The lifecycle states of a <see cref="DocumentRecord"/>. A legal hold is not a state but a flag
/// (<see cref="DocumentRecord.LegalHold"/>) that can be on in any state but <see cref="Disposed"/>.</summary>
public enum DocumentRecordState
{
    /// <summary>Declared and retained: its retention period has not ended, its trigger has not happened yet, or its
    /// retention action is <see cref="RetentionAction.Keep"/>.</summary>
    Active = 0,

    /// <summary>Its retention period ended and its action is <see cref="RetentionAction.Review"/>: a review extends its
    /// retention or disposes of it.</summary>
    ReviewDue = 1,

    /// <summary>Its retention period ended and its action is <see cref="RetentionAction.Delete"/>: it waits to be disposed
    /// of (not while under legal hold).</summary>
    DueForDisposal = 2,

    /// <summary>Disposed of; only its tombstone remains (<see cref="DocumentRecord.Tombstone"/>). Final.</summary>
    Disposed = 3,
}
