using Itsm.Core;
using NodaTime;

namespace Itsm.Documents;

/// <summary>The state of a controlled copy.</summary>
public enum CopyState
{
    /// <summary>Issued to its holder, not yet acknowledged.</summary>
    Issued,

    /// <summary>Its holder signed for it.</summary>
    Acknowledged,

    /// <summary>Its revision stopped being effective: it is to be returned, destroyed or marked obsolete.</summary>
    RecallPending,

    /// <summary>Returned to the document controller.</summary>
    Returned,

    /// <summary>Destroyed.</summary>
    Destroyed,

    /// <summary>Kept by its holder, marked obsolete.</summary>
    RetainedObsolete,

    /// <summary>Lost and replaced: its number is void.</summary>
    Voided,
}

/// <summary>The medium of a controlled copy.</summary>
public enum CopyMedium
{
    /// <summary>Not a medium; refused where one is required.</summary>
    None = 0,

    /// <summary>Printed, stamped "controlled".</summary>
    Paper = 1,

    /// <summary>An electronic copy outside the document system.</summary>
    Electronic = 2,
}

/// <summary>How a recall of a copy ended.</summary>
public enum RecallOutcome
{
    /// <summary>Returned to the document controller.</summary>
    Returned = 1,

    /// <summary>Destroyed.</summary>
    Destroyed = 2,

    /// <summary>Kept by its holder, marked obsolete.</summary>
    RetainedObsolete = 3,
}

/// <summary>Why a copy is to be reissued.</summary>
public enum ReissueReason
{
    /// <summary>Lost: the old number is voided.</summary>
    Lost = 1,

    /// <summary>Damaged: the damaged copy is returned.</summary>
    Damaged = 2,
}

/// <summary>A controlled copy of one revision: its number (unique in the document, never reused), its holder, where
/// it is kept and on what medium, and its state from issue to recall.</summary>
/// <remarks>Mutable through its document only; not thread-safe.</remarks>
public sealed class ControlledCopy
{
    internal ControlledCopy(ControlledDocument document, int number, int revision, string holder, string location, CopyMedium medium, Instant issuedAt, int? replaces)
    {
        Document = document;
        Number = number;
        Revision = revision;
        Holder = holder;
        Location = location;
        Medium = medium;
        IssuedAt = issuedAt;
        Replaces = replaces;
    }

    /// <summary>Gets the confidentiality level the copy is marked with: its document's.</summary>
    public string Confidentiality => Document.Confidentiality;

    /// <summary>Gets the document.</summary>
    public ControlledDocument Document { get; }

    /// <summary>Returns whether an actor acts for the copy's holder: the holder, or a document controller on the holder's
    /// behalf (the rule of <see cref="ControlledDocument.HolderAcknowledges"/>).</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>True when the actor may acknowledge the copy or ask for its reissue.</returns>
    internal bool IsHeldFor(Actor actor) => actor.Id == Holder || actor.HasRole(Core.Actors.Roles.DocumentController);

    /// <summary>Gets the copy number, unique in the document.</summary>
    public int Number { get; }

    /// <summary>Gets the revision it is a copy of.</summary>
    public int Revision { get; }

    /// <summary>Gets the holder's actor id.</summary>
    public string Holder { get; }

    /// <summary>Gets where it is kept.</summary>
    public string Location { get; }

    /// <summary>Gets its medium.</summary>
    public CopyMedium Medium { get; }

    /// <summary>Gets when it was issued.</summary>
    public Instant IssuedAt { get; }

    /// <summary>Gets the copy it replaces (a reissue), if any.</summary>
    public int? Replaces { get; }

    /// <summary>Gets its state.</summary>
    public CopyState State { get; internal set; }

    /// <summary>Gets when the holder acknowledged it.</summary>
    public Instant? AcknowledgedAt { get; internal set; }

    /// <summary>Gets when it was recalled.</summary>
    public Instant? RecalledAt { get; internal set; }

    /// <summary>Gets when it was returned, destroyed, retained, or voided.</summary>
    public Instant? ClosedAt { get; internal set; }

    /// <summary>Gets the pending reissue request's reason, if any.</summary>
    public ReissueReason? PendingReissue { get; internal set; }

    /// <summary>Gets a value indicating whether the copy is still out there: issued, acknowledged, or awaiting recall.</summary>
    public bool IsLive => State is CopyState.Issued or CopyState.Acknowledged or CopyState.RecallPending;

    /// <inheritdoc />
    public override string ToString() => $"copy {Number} of revision {Revision} ({Holder}, {State})";
}

/// <summary>A review of a document's suitability (the source documents ask for one at least yearly).</summary>
/// <param name="At">When it was completed.</param>
/// <param name="Reviewer">Who reviewed.</param>
/// <param name="Revision">The revision reviewed (the effective one).</param>
/// <param name="RevisionRequired">Whether it found that a revision is required (a draft was started).</param>
/// <param name="Comment">The reviewer's comment.</param>
/// <param name="NextDue">When the next review is due.</param>
public sealed record DocumentReview(Instant At, Actor Reviewer, int Revision, bool RevisionRequired, string Comment, Instant NextDue);

/// <summary>Whether a document's periodic review is due.</summary>
public enum ReviewStatus
{
    /// <summary>No effective revision: nothing to review.</summary>
    None,

    /// <summary>Not due yet.</summary>
    NotDue,

    /// <summary>Within the lead time before the due date.</summary>
    Due,

    /// <summary>Past the due date.</summary>
    Overdue,
}
