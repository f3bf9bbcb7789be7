using System;
using System.Linq;
using Ardalis.Specification;
using NodaTime;

namespace Itsm.Documents;

/// <summary>Documents whose periodic review is overdue at an instant, the most overdue first. Evaluated in memory (it
/// asks each document).</summary>
public sealed class ReviewsOverdueSpec : Specification<ControlledDocument>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="at">The instant to look at.</param>
    public ReviewsOverdueSpec(Instant at)
    {
        Query.Where(d => d.ReviewStatusAt(at) == ReviewStatus.Overdue);
        Query.OrderBy(d => d.NextReviewDue);
    }
}

/// <summary>Documents with controlled copies awaiting recall (recalled, not yet returned, destroyed or marked obsolete):
/// the document controller's recall work list.</summary>
public sealed class CopiesAwaitingRecallSpec : Specification<ControlledDocument>
{
    /// <summary>Initializes the specification.</summary>
    public CopiesAwaitingRecallSpec() =>
        Query.Where(d => d.Copies.Any(c => c.State == CopyState.RecallPending));
}

/// <summary>Documents without an owner (only records imported without one: commands require an owner).</summary>
public sealed class DocumentsWithoutOwnerSpec : Specification<ControlledDocument>
{
    /// <summary>Initializes the specification.</summary>
    public DocumentsWithoutOwnerSpec() => Query.Where(d => string.IsNullOrWhiteSpace(d.Owner));
}

/// <summary>Documents whose open revision has been in review for longer than a duration at an instant, longest first.</summary>
public sealed class RevisionsStuckInReviewSpec : Specification<ControlledDocument>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="at">The instant to look at.</param>
    /// <param name="longerThan">How long in review counts as stuck; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="longerThan"/> is negative.</exception>
    public RevisionsStuckInReviewSpec(Instant at, Duration longerThan)
    {
        if (longerThan < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(longerThan), longerThan, "How long a revision may stay in review is not negative.");
        }

        var before = at - longerThan;
        Query.Where(d => d.OpenRevision != null && d.OpenRevision.State == RevisionState.InReview && d.OpenRevision.SubmittedAt < before);
        Query.OrderBy(d => d.OpenRevision!.SubmittedAt);
    }
}

/// <summary>
/// A compliance rule of ISO/IEC 20000-1 7.5.2 (documented information is reviewed and approved for suitability): every
/// revision that was made effective had every required step approved, and never by its own author. Satisfied by the
/// documents that break it (histories imported from elsewhere, or kept under a role policy without segregation), so an
/// empty result means the rule holds.
/// </summary>
public sealed class DocumentsWithUnapprovedRevisionsSpec : Specification<ControlledDocument>
{
    /// <summary>Initializes the specification.</summary>
    public DocumentsWithUnapprovedRevisionsSpec() =>
        Query.Where(d => d.Revisions.Any(r => r.EffectiveAt != null
            && (!r.AreRequiredStepsApproved || r.Decisions.Any(x => x.Decision == ApprovalDecisionKind.Approved && x.Actor.Id == r.Author.Id))));
}

/// <summary>
/// A compliance rule of ISO/IEC 20000-1 7.5.3 (control of changes) and of the source documents: every revision after the
/// first issue that was submitted carries a change summary. Satisfied by the documents that break it, so an empty result
/// means the rule holds.
/// </summary>
public sealed class RevisionsWithoutChangeSummarySpec : Specification<ControlledDocument>
{
    /// <summary>Initializes the specification.</summary>
    public RevisionsWithoutChangeSummarySpec() =>
        Query.Where(d => d.Revisions.Any(r => r.Change != ChangeKind.FirstIssue && r.SubmittedAt != null && r.ChangeSummary.Count == 0));
}

/// <summary>
/// A compliance rule of ISO/IEC 20000-1 7.5.3 (obsolete documented information is prevented from unintended use) and of
/// the source documents (obsolete copies withdrawn from all points of use): no revision stopped being effective more
/// than a grace period ago while copies of it are still out there. Satisfied by the documents that break it, so an empty
/// result means the rule holds.
/// </summary>
public sealed class IncompleteSupersessionsSpec : Specification<ControlledDocument>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="at">The instant to look at.</param>
    /// <param name="grace">How long a recall may take; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grace"/> is negative.</exception>
    public IncompleteSupersessionsSpec(Instant at, Duration grace)
    {
        if (grace < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(grace), grace, "The time a recall may take is not negative.");
        }

        var before = at - grace;
        Query.Where(d => d.Revisions.Any(r => r.EndedAt != null && r.EndedAt < before && d.Copies.Any(c => c.Revision == r.Number && c.IsLive)));
    }
}
