using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using NodaTime;

namespace Itsm.Documents;

// Controlled copies, uncontrolled copies and periodic reviews of a document.
public sealed partial class ControlledDocument
{
    /// <summary>The rule <see cref="IssueCopy"/> and <see cref="ApproveReissue"/> enforce on the holder.</summary>
    public const string HolderCleared = "a controlled copy of a document whose confidentiality level requires clearance goes only to a holder cleared for it";

    /// <summary>The rule <see cref="AcknowledgeCopy"/> enforces.</summary>
    public const string HolderAcknowledges = "a copy is acknowledged by its holder, or by the document controller on behalf of the holder";

    /// <summary>Gets every controlled copy ever issued, by copy number.</summary>
    public IReadOnlyList<ControlledCopy> Copies => _copies;

    /// <summary>Gets the completed periodic reviews, oldest first.</summary>
    public IReadOnlyList<DocumentReview> Reviews => _reviews;

    /// <summary>Gets when the next periodic review is due: the effective revision's effective instant (or the last
    /// review) plus the settings' interval; null without an effective revision.</summary>
    public Instant? NextReviewDue => EffectiveRevision is null ? null : _nextReviewDue;

    /// <summary>Returns a copy by its number.</summary>
    /// <param name="number">The copy number, from 1.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The document has no such copy.</exception>
    public ControlledCopy Copy(int number)
    {
        Preconditions.CheckArgumentRange(nameof(number), number, 1, _copies.Count);
        return _copies[number - 1];
    }

    /// <summary>The copies of a revision still out there: issued, acknowledged or awaiting recall.</summary>
    /// <param name="revision">The revision's number.</param>
    /// <returns>The live copies, by copy number.</returns>
    public IReadOnlyList<ControlledCopy> LiveCopiesOf(int revision) => [.. _copies.Where(c => c.Revision == revision && c.IsLive)];

    /// <summary>Returns whether a revision's supersession (or withdrawal) is complete: it is no longer effective and no
    /// live copy of it remains.</summary>
    /// <param name="revision">The revision's number.</param>
    /// <returns>True when complete.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The document has no such revision.</exception>
    public bool IsSupersessionComplete(int revision) =>
        Revision(revision).State is RevisionState.Superseded or RevisionState.Withdrawn or RevisionState.Archived or RevisionState.Disposed
        && LiveCopiesOf(revision).Count == 0;

    /// <summary>Whether the periodic review is due at an instant.</summary>
    /// <param name="at">The instant.</param>
    /// <returns><see cref="ReviewStatus.None"/> without an effective revision; otherwise not due, due (within the lead
    /// time) or overdue.</returns>
    public ReviewStatus ReviewStatusAt(Instant at) =>
        NextReviewDue is not { } due ? ReviewStatus.None
        : at >= due ? ReviewStatus.Overdue
        : at >= due - _settings.ReviewLeadTime ? ReviewStatus.Due
        : ReviewStatus.NotDue;

    /// <summary>Issues a controlled copy of the effective revision.</summary>
    /// <param name="by">Who (the document controller by default).</param>
    /// <param name="at">When.</param>
    /// <param name="holder">The holder's actor id; not empty.</param>
    /// <param name="location">Where it is kept; not empty.</param>
    /// <param name="medium">Paper or electronic.</param>
    /// <returns>The copy, with the next copy number.</returns>
    /// <exception cref="ArgumentException">An argument is empty or undefined, or the holder is not cleared for the
    /// document's confidentiality level (<see cref="HolderCleared"/>).</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not issue copies.</exception>
    /// <exception cref="InvalidTransitionException">No revision is effective.</exception>
    public ControlledCopy IssueCopy(Actor by, Instant at, string holder, string location, CopyMedium medium)
    {
        CheckCopyArguments(holder, location, medium);
        CheckCleared(holder);
        var revision = ActedOn(DocumentTrigger.IssueCopy);
        Execute(DocumentTrigger.IssueCopy, by, at, revision, () => new CopyIssued(at, by, _copies.Count + 1, revision.Number, holder, location, medium, null));
        return _copies[^1];
    }

    /// <summary>Records the holder's acknowledgement (signature) of a copy.</summary>
    /// <param name="by">The holder, or the document controller on their behalf.</param>
    /// <param name="at">When.</param>
    /// <param name="copy">The copy number.</param>
    /// <exception cref="ArgumentOutOfRangeException">The document has no such copy.</exception>
    /// <exception cref="ArgumentException">The actor is neither the holder nor a document controller
    /// (<see cref="HolderAcknowledges"/>).</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not acknowledge copies.</exception>
    /// <exception cref="InvalidTransitionException">The copy is not newly issued.</exception>
    public void AcknowledgeCopy(Actor by, Instant at, int copy)
    {
        var target = Copy(copy);
        Preconditions.CheckNotNull(by);
        Preconditions.CheckArgument(target.IsHeldFor(by), nameof(by), $"'{by.Id}' is not the holder of copy {copy} ('{target.Holder}'): {HolderAcknowledges}.");
        AuthoriseCopy(new(DocumentTrigger.AcknowledgeCopy, by, at), target);
        Record(new CopyAcknowledged(at, by, copy));
    }

    /// <summary>Closes the recall of a copy: returned, destroyed, or kept by its holder and marked obsolete.</summary>
    /// <param name="by">Who (the document controller by default).</param>
    /// <param name="at">When.</param>
    /// <param name="copy">The copy number.</param>
    /// <param name="outcome">How the recall ended.</param>
    /// <exception cref="ArgumentOutOfRangeException">The document has no such copy.</exception>
    /// <exception cref="ArgumentException"><paramref name="outcome"/> is undefined.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not close recalls.</exception>
    /// <exception cref="InvalidTransitionException">The copy is not awaiting recall.</exception>
    public void CloseRecall(Actor by, Instant at, int copy, RecallOutcome outcome)
    {
        Preconditions.CheckArgument(Enum.IsDefined(outcome), nameof(outcome), $"{outcome} is not a recall outcome.");
        var target = Copy(copy);
        AuthoriseCopy(new(DocumentTrigger.CloseRecall, by, at, Outcome: outcome), target);
        Record(new CopyRecallClosed(at, by, copy, outcome));
    }

    /// <summary>Asks for a lost or damaged copy of the effective revision to be replaced.</summary>
    /// <param name="by">The holder, or the document controller.</param>
    /// <param name="at">When.</param>
    /// <param name="copy">The copy number.</param>
    /// <param name="reason">Lost or damaged.</param>
    /// <param name="note">What happened; not empty.</param>
    /// <exception cref="ArgumentOutOfRangeException">The document has no such copy.</exception>
    /// <exception cref="ArgumentException">An argument is empty or undefined, or the actor is neither the holder nor a
    /// document controller.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not ask for reissues.</exception>
    /// <exception cref="InvalidTransitionException">The copy is not live, not of the effective revision, or already has a
    /// pending request.</exception>
    public void RequestReissue(Actor by, Instant at, int copy, ReissueReason reason, string note)
    {
        Preconditions.CheckArgument(Enum.IsDefined(reason), nameof(reason), $"{reason} is not a reissue reason.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(note), nameof(note), "A reissue request says what happened to the copy.");
        var target = Copy(copy);
        Preconditions.CheckNotNull(by);
        Preconditions.CheckArgument(target.IsHeldFor(by), nameof(by), $"'{by.Id}' is not the holder of copy {copy} ('{target.Holder}'); a reissue is asked for by the holder or the document controller.");
        AuthoriseCopy(new(DocumentTrigger.RequestReissue, by, at), target);
        Record(new CopyReissueRequested(at, by, copy, reason, note));
    }

    /// <summary>Approves a reissue: a lost copy's number is voided, a damaged copy is returned, and a new copy with the
    /// next number goes to the same holder, location and medium, in one command.</summary>
    /// <param name="by">The document controller.</param>
    /// <param name="at">When.</param>
    /// <param name="copy">The old copy's number.</param>
    /// <returns>The new copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The document has no such copy.</exception>
    /// <exception cref="ArgumentException">The holder is no longer cleared for the document's confidentiality level
    /// (<see cref="HolderCleared"/>).</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not approve reissues or issue copies.</exception>
    /// <exception cref="InvalidTransitionException">No reissue was requested, or the revision is no longer effective.</exception>
    public ControlledCopy ApproveReissue(Actor by, Instant at, int copy)
    {
        var old = Copy(copy);
        CheckCleared(old.Holder);
        AuthoriseCopy(new(DocumentTrigger.ApproveReissue, by, at), old);
        Authorise(new(DocumentTrigger.IssueCopy, by, at), Revision(old.Revision));
        Record(new CopyReissueApproved(at, by, copy));
        Record(new CopyIssued(at, by, _copies.Count + 1, old.Revision, old.Holder, old.Location, old.Medium, copy));
        return _copies[^1];
    }

    /// <summary>Records that uncontrolled copies of the effective revision went out (stamped "uncontrolled"; they are not
    /// tracked, recalled or updated).</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="count">How many, 1 or more.</param>
    /// <param name="recipient">To whom; not empty.</param>
    /// <exception cref="ArgumentException">An argument breaks its rule.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not record them.</exception>
    /// <exception cref="InvalidTransitionException">No revision is effective.</exception>
    public void RecordUncontrolledCopies(Actor by, Instant at, int count, string recipient)
    {
        Preconditions.CheckArgument(count >= 1, nameof(count), FormattableString.Invariant($"{count} uncontrolled copies is not a number that went out; record 1 or more."));
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(recipient), nameof(recipient), "Uncontrolled copies name their recipient.");
        var revision = ActedOn(DocumentTrigger.RecordUncontrolledCopies);
        Execute(DocumentTrigger.RecordUncontrolledCopies, by, at, revision, () => new UncontrolledCopiesRecorded(at, by, revision.Number, count, recipient));
    }

    /// <summary>Completes a periodic review of the effective revision: "no change" sets the next due date; "revision
    /// required" also starts a draft, authored by the reviewer, in the same command.</summary>
    /// <param name="by">The reviewer.</param>
    /// <param name="at">When.</param>
    /// <param name="comment">The reviewer's comment; not empty.</param>
    /// <param name="revisionRequired">Null for "no change"; otherwise the size of the revision required.</param>
    /// <param name="nextDue">When the next review is due; by default <paramref name="at"/> plus the settings' interval.</param>
    /// <exception cref="ArgumentException">The comment is empty, the change kind is the first issue, or the next due date
    /// is not after <paramref name="at"/>.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not review documents, or start revisions.</exception>
    /// <exception cref="InvalidTransitionException">No revision is effective, or a required revision cannot start because
    /// one is open.</exception>
    public void CompleteReview(Actor by, Instant at, string comment, ChangeKind? revisionRequired = null, Instant? nextDue = null)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(comment), nameof(comment), "A review records the reviewer's comment.");
        Preconditions.CheckArgument(revisionRequired is null or ChangeKind.Minor or ChangeKind.Major, nameof(revisionRequired), $"A review requires a Minor or a Major revision, not {revisionRequired}.");
        var due = nextDue ?? Plus(at, _settings.ReviewInterval);
        Preconditions.CheckArgument(due > at, nameof(nextDue), FormattableString.Invariant($"The next review ({due}) comes after this one ({at})."));
        var revision = ActedOn(DocumentTrigger.CompleteReview);
        Authorise(new(DocumentTrigger.CompleteReview, by, at, ReviewOpensDraft: revisionRequired is not null), revision);
        if (revisionRequired is { } change)
        {
            Authorise(new(DocumentTrigger.StartRevision, by, at), null);
            NextLabel(change);
        }

        Record(new ReviewCompleted(at, by, revision.Number, revisionRequired is not null, comment, due));
        if (revisionRequired is { } kind)
        {
            Record(new RevisionStarted(at, by, _revisions.Count + 1, kind));
        }
    }

    /// <summary>A local-calendar period after an instant, in the settings' zone.</summary>
    internal Instant Plus(Instant at, Period period) =>
        at.InZone(_settings.Zone).LocalDateTime.Plus(period).InZoneLeniently(_settings.Zone).ToInstant();

    /// <summary>Refuses a holder not cleared for the document's confidentiality level (<see cref="HolderCleared"/>); a level
    /// the settings no longer have counts as one that requires clearance.</summary>
    private void CheckCleared(string holder)
    {
        var level = _settings.Confidentiality.Find(Confidentiality) ?? new ConfidentialityLevel(Confidentiality, RequiresClearance: true);
        Preconditions.CheckArgument(
            _settings.Confidentiality.IsCleared(holder, level),
            nameof(holder),
            $"'{holder}' is not cleared for document {Number}, marked '{Confidentiality}': {HolderCleared}.");
    }

    private static void CheckCopyArguments(string holder, string location, CopyMedium medium)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(holder), nameof(holder), "A controlled copy has a holder.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(location), nameof(location), "A controlled copy records where it is kept.");
        Preconditions.CheckArgument(Enum.IsDefined(medium) && medium != CopyMedium.None, nameof(medium), $"{medium} is not a copy medium.");
    }

    /// <summary>Every check a copy command passes before it records anything (the kernel's pipeline, on the copy).</summary>
    private void AuthoriseCopy(in DocumentCommand command, ControlledCopy copy) =>
        CopyLifecycle.Instance.Authorise(this, _settings.Roles, copy, copy.State, command);

    /// <summary>The recall events for the live copies of a revision that stops being effective, checked first.</summary>
    private List<CopyRecalled> RecallsOf(DocumentRevision revision, Instant at)
    {
        var recalls = new List<CopyRecalled>();
        foreach (var copy in _copies.Where(c => c.Revision == revision.Number && c.State is CopyState.Issued or CopyState.Acknowledged))
        {
            AuthoriseCopy(new(DocumentTrigger.RecallCopy, Actor.System, at), copy);
            recalls.Add(new CopyRecalled(at, Actor.System, copy.Number));
        }

        return recalls;
    }
}
