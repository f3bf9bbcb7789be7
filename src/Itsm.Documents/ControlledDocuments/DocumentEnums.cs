namespace Itsm.Documents;

/// <summary>The level of a document in the hierarchy of the source documents.</summary>
public enum DocumentLevel
{
    /// <summary>Not a level; refused where a level is required.</summary>
    None = 0,

    /// <summary>Level 1: the manual.</summary>
    Manual = 1,

    /// <summary>Level 2: procedures.</summary>
    Procedure = 2,

    /// <summary>Level 3: work instructions.</summary>
    WorkInstruction = 3,

    /// <summary>Level 4: record forms.</summary>
    RecordForm = 4,

    /// <summary>A document of external origin controlled like an internal one.</summary>
    External = 5,
}

/// <summary>The state of one revision of a controlled document.</summary>
public enum RevisionState
{
    /// <summary>Being written; its content may change.</summary>
    Draft,

    /// <summary>Submitted: its content is frozen (its hash recorded) and the approvers decide.</summary>
    InReview,

    /// <summary>An approver asked for changes; it is redrafted.</summary>
    ChangesRequested,

    /// <summary>Approved, with its label; it becomes effective on its effective date.</summary>
    Approved,

    /// <summary>The document's current revision.</summary>
    Effective,

    /// <summary>Replaced by its successor when that became effective.</summary>
    Superseded,

    /// <summary>Withdrawn from use without a successor, with a reason.</summary>
    Withdrawn,

    /// <summary>Kept as an obsolete revision.</summary>
    Archived,

    /// <summary>Disposed of; a tombstone remains.</summary>
    Disposed,

    /// <summary>Abandoned before approval.</summary>
    Cancelled,
}

/// <summary>How large a revision's change is: it decides the label after a minor or a major change.</summary>
public enum ChangeKind
{
    /// <summary>The first issue of a document.</summary>
    FirstIssue,

    /// <summary>A minor change (a revision within the edition).</summary>
    Minor,

    /// <summary>A major change (a new edition).</summary>
    Major,
}

/// <summary>How an approval step takes part in approving a revision.</summary>
public enum ApproverKind
{
    /// <summary>The revision is approved only once an actor holding the step's role approved it.</summary>
    Required,

    /// <summary>May approve or ask for changes; the revision does not wait for it.</summary>
    Optional,

    /// <summary>May comment only.</summary>
    CommentsOnly,
}

/// <summary>What an approver decided.</summary>
public enum ApprovalDecisionKind
{
    /// <summary>Approved.</summary>
    Approved,

    /// <summary>Asked for changes: the revision goes back to its author.</summary>
    ChangesRequested,

    /// <summary>Commented, deciding nothing.</summary>
    Commented,
}

/// <summary>The mark of a change summary item, as the source documents' change history records it.</summary>
public enum ChangeMark
{
    /// <summary>A: added.</summary>
    Added,

    /// <summary>M: modified.</summary>
    Modified,

    /// <summary>D: deleted.</summary>
    Deleted,
}
