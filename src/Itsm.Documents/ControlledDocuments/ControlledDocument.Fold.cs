using System;
using System.Linq;

namespace Itsm.Documents;

// The fold: each event changes the document or one revision, without building a state machine.
public sealed partial class ControlledDocument
{
    /// <inheritdoc />
    protected override void ApplyCreation(DocumentEvent domainEvent)
    {
        var created = (DocumentCreated)domainEvent;
        Id = created.Id;
        Number = created.Number;
        Title = created.Title;
        Owner = created.Owner;
        Level = created.Level;
        ClassCodes = created.ClassCodes;
        Confidentiality = created.Confidentiality;
        CreatedAt = created.At;
    }

    /// <inheritdoc />
    protected override void Apply(DocumentEvent domainEvent)
    {
        // The supersession follows the successor's effectiveness in the same command; until then the fold allows the
        // overlap of one event, and no other event may come between them.
        if (_awaitingSupersession is { } waiting && !(domainEvent is RevisionSuperseded s && s.Revision == waiting))
        {
            throw History(domainEvent, FormattableString.Invariant($"revision {waiting} was still effective after its successor became effective; a document has at most one effective revision"));
        }

        if (domainEvent is RevisionStarted started)
        {
            ApplyStarted(started);
            return;
        }

        if (CopyOf(domainEvent) is { } copyNumber)
        {
            ApplyToCopy(domainEvent, copyNumber);
            return;
        }

        int number = RevisionOf(domainEvent);
        if (number < 1 || number > _revisions.Count)
        {
            throw History(domainEvent, FormattableString.Invariant($"it names revision {number}, and the document has {_revisions.Count}"));
        }

        var revision = _revisions[number - 1];
        var trigger = TriggerOf(domainEvent);
        var state = Follow(DocumentLifecycle.Instance, domainEvent, revision.State, trigger, "revision", number);

        switch (domainEvent)
        {
            case RevisionSubmitted submitted:
                if (submitted.ContentHash is not { Length: 64 } hash || !hash.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f'))
                {
                    throw History(domainEvent, $"'{submitted.ContentHash}' is not a SHA-256 content hash as a document stores it: 64 lower-case hexadecimal digits");
                }

                revision.ContentHash = submitted.ContentHash;
                revision.ChangeSummary = submitted.ChangeSummary;
                revision.Steps = submitted.Steps;
                revision.Order = Enum.IsDefined(submitted.Order) ? submitted.Order : throw History(domainEvent, $"{submitted.Order} is not an approval order");
                revision.SubmittedAt = submitted.At;
                revision.EffectiveFrom = submitted.EffectiveFrom;
                revision.ClearDecisions();
                break;
            case RevisionDecided decided:
                if (decided.Step < 0 || decided.Step >= revision.Steps.Count)
                {
                    throw History(domainEvent, FormattableString.Invariant($"it decides for step {decided.Step}, and revision {number} has {revision.Steps.Count}"));
                }

                revision.AddDecision(decided);
                break;
            case RevisionApproved approved:
                if (_revisions.LastOrDefault(r => r.Label is not null)?.Label is { } previous && approved.Label <= previous)
                {
                    throw History(domainEvent, $"its label {approved.LabelText} does not come after the last approved label; labels strictly increase");
                }

                if (!_settings.RevisionScheme.Uses(approved.Label) || _settings.RevisionScheme.Format(approved.Label) != approved.LabelText)
                {
                    throw History(domainEvent, $"its label '{approved.LabelText}' ({approved.Label}) is not one the {_settings.RevisionScheme.Name} revision scheme spells that way");
                }

                revision.Label = approved.Label;
                revision.LabelText = approved.LabelText;
                revision.ApprovedAt = approved.At;
                revision.EffectiveFrom = approved.EffectiveFrom;
                break;
            case CopyIssued issued:
                if (issued.Copy != _copies.Count + 1)
                {
                    throw History(domainEvent, FormattableString.Invariant($"it issues copy {issued.Copy}, and the next copy number is {_copies.Count + 1}; copy numbers are never reused"));
                }

                _copies.Add(new ControlledCopy(this, issued.Copy, number, issued.Holder, issued.Location, issued.Medium, issued.At, issued.Replaces) { State = CopyState.Issued });
                break;
            case ReviewCompleted review:
                _reviews.Add(new DocumentReview(review.At, review.Actor, number, review.RevisionRequired, review.Comment, review.NextDue));
                _nextReviewDue = review.NextDue;
                break;
            case RevisionBecameEffective:
                _nextReviewDue = Plus(domainEvent.At, _settings.ReviewInterval);
                if (EffectiveRevision is { } current && current != revision)
                {
                    _awaitingSupersession = current.Number;
                }

                revision.EffectiveAt = domainEvent.At;
                break;
            case RevisionSuperseded superseded:
                if (superseded.By < 1 || superseded.By > _revisions.Count || _revisions[superseded.By - 1].State != RevisionState.Effective || superseded.By == number)
                {
                    throw History(domainEvent, FormattableString.Invariant($"revision {number} is superseded only by another revision that became effective, not by {superseded.By}"));
                }

                revision.EndedAt = domainEvent.At;
                revision.SupersededBy = superseded.By;
                _awaitingSupersession = null;
                break;
            case RevisionWithdrawn withdrawn:
                revision.EndedAt = domainEvent.At;
                revision.Reason = withdrawn.Reason;
                break;
            case RevisionCancelled cancelled:
                revision.Reason = cancelled.Reason;
                break;
            case RevisionDisposed disposed:
                revision.Reason = disposed.Reason;
                break;
        }

        revision.State = state;
    }

    private void ApplyStarted(RevisionStarted started)
    {
        if (started.Revision != _revisions.Count + 1)
        {
            throw History(started, FormattableString.Invariant($"it starts revision {started.Revision}, and the next revision is {_revisions.Count + 1}"));
        }

        if (OpenRevision is { } open)
        {
            throw History(started, FormattableString.Invariant($"revision {open.Number} is still open; {OneOpenRevision}"));
        }

        bool approvedBefore = _revisions.Any(r => r.Label is not null);
        if ((started.Change == ChangeKind.FirstIssue) == approvedBefore)
        {
            throw History(started, $"{Wording.WithArticle(started.Change.ToString())} revision does not fit a document {(approvedBefore ? "with" : "without")} an approved revision");
        }

        string working;
        try
        {
            working = _settings.RevisionScheme.Format(NextLabel(started.Change)) + " (draft)";
        }
        catch (Numbering.NumberingExhaustedException)
        {
            working = "(draft)";
        }

        var revision = new DocumentRevision(this, started.Revision, started.Actor, started.Change, started.At, working) { State = RevisionState.Draft };
        revision.LabelText = working;
        _revisions.Add(revision);
    }

    private void ApplyToCopy(DocumentEvent domainEvent, int number)
    {
        if (number < 1 || number > _copies.Count)
        {
            throw History(domainEvent, FormattableString.Invariant($"it names copy {number}, and the document has {_copies.Count}"));
        }

        var copy = _copies[number - 1];
        var trigger = domainEvent switch
        {
            CopyAcknowledged => DocumentTrigger.AcknowledgeCopy,
            CopyRecalled => DocumentTrigger.RecallCopy,
            CopyRecallClosed => DocumentTrigger.CloseRecall,
            CopyReissueRequested => DocumentTrigger.RequestReissue,
            _ => DocumentTrigger.ApproveReissue,
        };
        Follow(CopyLifecycle.Instance, domainEvent, copy.State, trigger, "copy", number);

        switch (domainEvent)
        {
            case CopyAcknowledged:
                copy.State = CopyState.Acknowledged;
                copy.AcknowledgedAt = domainEvent.At;
                break;
            case CopyRecalled:
                if (Revision(copy.Revision).State == RevisionState.Effective)
                {
                    throw History(domainEvent, FormattableString.Invariant($"copy {number} is recalled while its revision {copy.Revision} is still effective"));
                }

                copy.State = CopyState.RecallPending;
                copy.RecalledAt = domainEvent.At;
                copy.PendingReissue = null;
                break;
            case CopyRecallClosed closed:
                copy.State = closed.Outcome switch
                {
                    RecallOutcome.Returned => CopyState.Returned,
                    RecallOutcome.Destroyed => CopyState.Destroyed,
                    _ => CopyState.RetainedObsolete,
                };
                copy.ClosedAt = domainEvent.At;
                break;
            case CopyReissueRequested requested:
                copy.PendingReissue = requested.Reason;
                break;
            default:
                if (copy.PendingReissue is not { } reason)
                {
                    throw History(domainEvent, FormattableString.Invariant($"copy {number}'s reissue is approved without a request"));
                }

                copy.State = reason == ReissueReason.Damaged ? CopyState.Returned : CopyState.Voided;
                copy.PendingReissue = null;
                copy.ClosedAt = domainEvent.At;
                break;
        }
    }

    private static int? CopyOf(DocumentEvent domainEvent) => domainEvent switch
    {
        CopyAcknowledged e => e.Copy,
        CopyRecalled e => e.Copy,
        CopyRecallClosed e => e.Copy,
        CopyReissueRequested e => e.Copy,
        CopyReissueApproved e => e.Copy,
        _ => null,
    };

    private static int RevisionOf(DocumentEvent domainEvent) => domainEvent switch
    {
        CopyIssued e => e.Revision,
        UncontrolledCopiesRecorded e => e.Revision,
        ReviewCompleted e => e.Revision,
        RevisionSubmitted e => e.Revision,
        RevisionDecided e => e.Revision,
        RevisionApproved e => e.Revision,
        RevisionChangesRequested e => e.Revision,
        RevisionRedrafted e => e.Revision,
        RevisionCancelled e => e.Revision,
        RevisionBecameEffective e => e.Revision,
        RevisionSuperseded e => e.Revision,
        RevisionWithdrawn e => e.Revision,
        RevisionArchived e => e.Revision,
        RevisionDisposed e => e.Revision,
        _ => throw new ArgumentException($"{domainEvent.GetType().Name} is not a document event this version knows.", nameof(domainEvent)),
    };

    private static DocumentTrigger TriggerOf(DocumentEvent domainEvent) => domainEvent switch
    {
        RevisionSubmitted => DocumentTrigger.Submit,
        RevisionDecided { Decision: ApprovalDecisionKind.Approved } => DocumentTrigger.Approve,
        RevisionDecided { Decision: ApprovalDecisionKind.ChangesRequested } => DocumentTrigger.RequestChanges,
        RevisionDecided => DocumentTrigger.Comment,
        RevisionApproved => DocumentTrigger.ConcludeApproved,
        RevisionChangesRequested => DocumentTrigger.ConcludeChangesRequested,
        RevisionRedrafted => DocumentTrigger.Redraft,
        RevisionCancelled => DocumentTrigger.Cancel,
        RevisionBecameEffective => DocumentTrigger.BecomeEffective,
        RevisionSuperseded => DocumentTrigger.Supersede,
        RevisionWithdrawn => DocumentTrigger.Withdraw,
        RevisionArchived => DocumentTrigger.Archive,
        CopyIssued => DocumentTrigger.IssueCopy,
        UncontrolledCopiesRecorded => DocumentTrigger.RecordUncontrolledCopies,
        ReviewCompleted => DocumentTrigger.CompleteReview,
        _ => DocumentTrigger.Dispose,
    };

}
