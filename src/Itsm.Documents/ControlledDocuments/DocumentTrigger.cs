namespace Itsm.Documents;

/// <summary>The commands of a <see cref="ControlledDocument"/> and its revisions, as lifecycle triggers and role-policy
/// entries.</summary>
public enum DocumentTrigger
{
    /// <summary>Create a document with its first revision as a draft.</summary>
    Create,

    /// <summary>Start a new revision as a draft (only when no revision is open).</summary>
    StartRevision,

    /// <summary>Submit the draft for approval, freezing its content.</summary>
    Submit,

    /// <summary>Approve the revision in review, for one approval step.</summary>
    Approve,

    /// <summary>Ask for changes: the revision goes back to its author.</summary>
    RequestChanges,

    /// <summary>Comment on the revision in review, deciding nothing.</summary>
    Comment,

    /// <summary>Conclude an approval: every required step approved (the system, in the deciding approval's command).</summary>
    ConcludeApproved,

    /// <summary>Conclude a request for changes (the system, in the request's command).</summary>
    ConcludeChangesRequested,

    /// <summary>Take a revision sent back for changes up again as a draft.</summary>
    Redraft,

    /// <summary>Abandon a revision before approval.</summary>
    Cancel,

    /// <summary>Make an approved revision effective on its effective date (through <see cref="ControlledDocument.Advance"/>).</summary>
    BecomeEffective,

    /// <summary>Supersede the effective revision when its successor becomes effective (in the same command).</summary>
    Supersede,

    /// <summary>Withdraw the effective revision without a successor, with a reason.</summary>
    Withdraw,

    /// <summary>Archive a superseded or withdrawn revision.</summary>
    Archive,

    /// <summary>Dispose of an archived revision, leaving a tombstone.</summary>
    Dispose,

    /// <summary>Apply what time made due (effective dates).</summary>
    Advance,

    /// <summary>Issue a controlled copy of the effective revision.</summary>
    IssueCopy,

    /// <summary>Record the holder's acknowledgement of a copy.</summary>
    AcknowledgeCopy,

    /// <summary>Recall a copy when its revision stops being effective (in the same command).</summary>
    RecallCopy,

    /// <summary>Close a recall: returned, destroyed, or retained and marked obsolete.</summary>
    CloseRecall,

    /// <summary>Ask for a lost or damaged copy to be replaced.</summary>
    RequestReissue,

    /// <summary>Approve a reissue: the old copy is voided or returned and a new one issued.</summary>
    ApproveReissue,

    /// <summary>Record that uncontrolled copies went out.</summary>
    RecordUncontrolledCopies,

    /// <summary>Complete a periodic review of the effective revision.</summary>
    CompleteReview,
}
