using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Ids;
using Itsm.Documents.Numbering;
using NodaTime;

namespace Itsm.Documents;

// The commands and queries of a controlled document.
public sealed partial class ControlledDocument
{
    /// <summary>The rule <see cref="StartRevision"/> enforces.</summary>
    public const string OneOpenRevision = "a document has at most one open revision: a new one starts only once the last is effective, cancelled or further";

    /// <summary>Creates a document with its first revision as a draft by <paramref name="by"/> (its author).</summary>
    /// <param name="id">The document's id, from the host.</param>
    /// <param name="number">Its number, allocated by a <see cref="DocumentNumberRegister"/>; it must fit the settings' number scheme.</param>
    /// <param name="title">Its title; not empty.</param>
    /// <param name="owner">The owning department or person; not empty.</param>
    /// <param name="level">Its level.</param>
    /// <param name="classCodes">Its class codes (may be empty; each not empty, none twice).</param>
    /// <param name="confidentiality">Its confidentiality level, such as "internal public"; one of the settings'
    /// <see cref="DocumentSettings.Confidentiality"/> levels.</param>
    /// <param name="settings">The host's settings.</param>
    /// <param name="by">Who creates it.</param>
    /// <param name="at">When.</param>
    /// <returns>The document, its revision 1 a draft.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An argument breaks its rule.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not create documents.</exception>
    public static ControlledDocument Create(
        Id<Kinds.Document> id,
        DocumentNumber number,
        string title,
        string owner,
        DocumentLevel level,
        IEnumerable<string> classCodes,
        string confidentiality,
        DocumentSettings settings,
        Actor by,
        Instant at)
    {
        Preconditions.CheckNotNull(settings);
        Preconditions.CheckNotNull(by);
        Preconditions.CheckNotNull(classCodes);
        Preconditions.CheckArgument(!id.IsEmpty, nameof(id), "A document needs an id.");
        settings.NumberScheme.Format(number);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(title), nameof(title), "A document has a title.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(owner), nameof(owner), "A document has an owner.");
        Preconditions.CheckArgument(Enum.IsDefined(level) && level != DocumentLevel.None, nameof(level), $"{level} is not a document level.");
        Preconditions.CheckArgument(settings.Confidentiality.Find(confidentiality) is not null, nameof(confidentiality), settings.Confidentiality.Unknown(confidentiality) + ".");
        var codes = classCodes.ToImmutableArray();
        Preconditions.CheckArgument(codes.All(c => !string.IsNullOrWhiteSpace(c)) && codes.Distinct(StringComparer.Ordinal).Count() == codes.Length, nameof(classCodes), "Class codes are not empty and none is listed twice.");

        var document = new ControlledDocument(settings) { Id = id };
        document.Authorise(new(DocumentTrigger.Create, by, at), null);
        settings.RevisionScheme.Format(settings.RevisionScheme.First);
        document.Record(new DocumentCreated(at, by, id, number, title, owner, level, codes, confidentiality));
        document.Record(new RevisionStarted(at, by, 1, ChangeKind.FirstIssue));
        return document;
    }

    /// <summary>Rebuilds a document from its events, without building a state machine.</summary>
    /// <param name="events">The events, oldest first, versions 1, 2, 3...</param>
    /// <param name="settings">The host's settings.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidHistoryException">The events do not start with a creation, skip a version, go back in time,
    /// or hold a transition the lifecycle or the document's rules do not allow.</exception>
    public static ControlledDocument FromEvents(IEnumerable<DocumentEvent> events, DocumentSettings settings)
    {
        var document = new ControlledDocument(Preconditions.CheckNotNull(settings));
        document.Replay(events);
        if (document._awaitingSupersession is { } waiting)
        {
            throw new InvalidHistoryException("Document", document.Id.Value, document.Version, FormattableString.Invariant($"the history ends with revision {waiting} still effective after its successor became effective; a document has at most one effective revision"));
        }

        return document;
    }

    /// <summary>Starts a new revision as a draft, authored by <paramref name="by"/>.</summary>
    /// <param name="by">Who (its author).</param>
    /// <param name="at">When.</param>
    /// <param name="change">Minor or major; <see cref="ChangeKind.FirstIssue"/> only while no revision was ever approved.</param>
    /// <returns>The new revision.</returns>
    /// <exception cref="ArgumentException">The change kind does not fit the document's history.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not start revisions.</exception>
    /// <exception cref="InvalidTransitionException">A revision is open (<see cref="OneOpenRevision"/>).</exception>
    /// <exception cref="NumberingExhaustedException">The revision scheme has no label for the change.</exception>
    public DocumentRevision StartRevision(Actor by, Instant at, ChangeKind change)
    {
        bool approvedBefore = _revisions.Any(r => r.Label is not null);
        Preconditions.CheckArgument(
            Enum.IsDefined(change) && (change == ChangeKind.FirstIssue) != approvedBefore,
            nameof(change),
            approvedBefore
                ? $"Document {Number} has an approved revision; a new revision is a Minor or a Major change, not {change}."
                : $"Document {Number} has no approved revision yet; its next revision is the FirstIssue, not {change}.");
        Authorise(new(DocumentTrigger.StartRevision, by, at), null);
        if (OpenRevision is { } open)
        {
            throw new InvalidTransitionException(RecordType, RecordId, $"revision {open.Number} {open.State}", nameof(DocumentTrigger.StartRevision), OneOpenRevision);
        }

        NextLabel(change);
        Record(new RevisionStarted(at, by, _revisions.Count + 1, change));
        return _revisions[^1];
    }

    /// <summary>Submits the open draft for approval: its content is frozen with its hash; the approval steps come from
    /// the settings' matrix for the document's level and class codes.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="contentHash">The SHA-256 of the content the host stores, 64 hex digits (kept lower-case).</param>
    /// <param name="changeSummary">What changed: at least one item for every revision after the first issue; none for
    /// the first issue.</param>
    /// <param name="effectiveFrom">When it should become effective at the earliest (the approval instant if later).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The hash is not SHA-256 hex, or the change summary does not fit the revision.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not submit.</exception>
    /// <exception cref="InvalidTransitionException">No revision is a draft.</exception>
    public void Submit(Actor by, Instant at, string contentHash, IEnumerable<ChangeItem> changeSummary, Instant effectiveFrom)
    {
        Preconditions.CheckNotNull(contentHash);
        Preconditions.CheckNotNull(changeSummary);
        Preconditions.CheckArgument(
            contentHash.Length == 64 && contentHash.All(char.IsAsciiHexDigit),
            nameof(contentHash),
            $"'{contentHash}' is not a SHA-256 content hash: 64 hexadecimal digits.");
        var items = changeSummary.ToImmutableArray();
        Preconditions.CheckArgument(items.All(i => i is not null), nameof(changeSummary), "A change summary item is null.");
        var revision = ActedOn(DocumentTrigger.Submit);
        Preconditions.CheckArgument(
            (revision.Change == ChangeKind.FirstIssue) == items.IsEmpty,
            nameof(changeSummary),
            revision.Change == ChangeKind.FirstIssue
                ? "The first issue of a document has no change summary."
                : $"Revision {revision.Number} of {Number} needs a change summary: every revision after the first issue lists its changes (A, M, D with page or clause).");
        var steps = _settings.Approvals.StepsFor(Level, ClassCodes).ToImmutableArray();
        Execute(DocumentTrigger.Submit, by, at, revision, () => new RevisionSubmitted(at, by, revision.Number, contentHash.ToLowerInvariant(), items, effectiveFrom, steps, _settings.Approvals.Order));
    }

    /// <summary>Approves the revision in review, for the first required (else optional) step not yet approved whose role
    /// the actor holds, once it is that step's turn (<see cref="DocumentRevision.IsInTurn"/>); the approval that completes
    /// the required steps also approves the revision, assigning its label.</summary>
    /// <param name="by">The approver; never the revision's author under the default policy.</param>
    /// <param name="at">When.</param>
    /// <param name="comment">An optional comment.</param>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not approve, or is the author.</exception>
    /// <exception cref="InvalidTransitionException">No revision is in review, or the actor holds no role of a step
    /// awaiting a decision, or already decided.</exception>
    public void Approve(Actor by, Instant at, string? comment = null) => Decide(DocumentTrigger.Approve, ApprovalDecisionKind.Approved, by, at, comment);

    /// <summary>Asks for changes: the revision in review goes back to its author (<see cref="RevisionState.ChangesRequested"/>).</summary>
    /// <param name="by">An approver of a required or optional step.</param>
    /// <param name="at">When.</param>
    /// <param name="changes">What should change; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="changes"/> is empty.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not ask for changes.</exception>
    /// <exception cref="InvalidTransitionException">No revision is in review, or the actor holds no role of a step
    /// awaiting a decision, or already decided.</exception>
    public void RequestChanges(Actor by, Instant at, string changes)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(changes), nameof(changes), "Asking for changes says what should change.");
        Decide(DocumentTrigger.RequestChanges, ApprovalDecisionKind.ChangesRequested, by, at, changes);
    }

    /// <summary>Comments on the revision in review, deciding nothing (comments-only steps may do only this).</summary>
    /// <param name="by">An actor holding the role of one of the revision's steps.</param>
    /// <param name="at">When.</param>
    /// <param name="text">The comment; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not comment.</exception>
    /// <exception cref="InvalidTransitionException">No revision is in review, or the actor holds no step's role.</exception>
    public void Comment(Actor by, Instant at, string text)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(text), nameof(text), "A comment has text.");
        Decide(DocumentTrigger.Comment, ApprovalDecisionKind.Commented, by, at, text);
    }

    /// <summary>Takes a revision sent back for changes up again as a draft (its content may change until it is submitted
    /// again).</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not redraft.</exception>
    /// <exception cref="InvalidTransitionException">No revision was sent back for changes.</exception>
    public void Redraft(Actor by, Instant at)
    {
        var revision = ActedOn(DocumentTrigger.Redraft);
        Execute(DocumentTrigger.Redraft, by, at, revision, () => new RevisionRedrafted(at, by, revision.Number));
    }

    /// <summary>Abandons the open revision before approval; its working label is never assigned.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not cancel.</exception>
    /// <exception cref="InvalidTransitionException">No revision is a draft, in review or sent back.</exception>
    public void Cancel(Actor by, Instant at, string reason)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reason), nameof(reason), "Cancelling a revision needs a reason.");
        var revision = ActedOn(DocumentTrigger.Cancel);
        Execute(DocumentTrigger.Cancel, by, at, revision, () => new RevisionCancelled(at, by, revision.Number, reason));
    }

    /// <summary>Withdraws the effective revision without a successor (an approved withdrawal: the actor's role approves
    /// it); every live copy of it is recalled in the same command.</summary>
    /// <param name="by">Who approves the withdrawal.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not withdraw.</exception>
    /// <exception cref="InvalidTransitionException">No revision is effective.</exception>
    public void Withdraw(Actor by, Instant at, string reason)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reason), nameof(reason), "Withdrawing a document needs a reason.");
        var revision = ActedOn(DocumentTrigger.Withdraw);
        Authorise(new(DocumentTrigger.Withdraw, by, at), revision);
        var recalls = RecallsOf(revision, at);
        Record(new RevisionWithdrawn(at, by, revision.Number, reason));
        recalls.ForEach(Record);
    }

    /// <summary>Archives a superseded or withdrawn revision.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="revision">The revision's number.</param>
    /// <exception cref="ArgumentOutOfRangeException">The document has no such revision.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not archive.</exception>
    /// <exception cref="InvalidTransitionException">The revision is neither superseded nor withdrawn.</exception>
    public void Archive(Actor by, Instant at, int revision)
    {
        var target = Revision(revision);
        Execute(DocumentTrigger.Archive, by, at, target, () => new RevisionArchived(at, by, revision));
    }

    /// <summary>Disposes of an archived revision; a tombstone (its number, label, dates and this reason) remains.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="revision">The revision's number.</param>
    /// <param name="reason">Why; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The document has no such revision.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not dispose.</exception>
    /// <exception cref="InvalidTransitionException">The revision is not archived.</exception>
    public void Dispose(Actor by, Instant at, int revision, string reason)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reason), nameof(reason), "Disposing of a revision needs a reason.");
        var target = Revision(revision);
        Execute(DocumentTrigger.Dispose, by, at, target, () => new RevisionDisposed(at, by, revision, reason));
    }

    /// <summary>Applies what time made due by <paramref name="now"/>: an approved revision whose effective date has come
    /// becomes effective, and the revision it replaces is superseded and every live copy of it recalled, in the same
    /// command.</summary>
    /// <param name="by">Who advances time (normally <see cref="Actor.System"/>).</param>
    /// <param name="now">The host's current instant; not before the last command.</param>
    /// <returns>The events recorded, oldest first; empty when nothing was due.</returns>
    /// <exception cref="ArgumentException"><paramref name="now"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not advance documents.</exception>
    public IReadOnlyList<DocumentEvent> Advance(Actor by, Instant now)
    {
        Authorise(new(DocumentTrigger.Advance, by, now), null);
        long before = Version;
        if (OpenRevision is { } approved && DocumentLifecycle.Instance.TryAuthorise(this, _settings.Roles, approved, approved.State, new(DocumentTrigger.BecomeEffective, Actor.System, now), out _))
        {
            var previous = EffectiveRevision;
            if (previous is not null)
            {
                Authorise(new(DocumentTrigger.Supersede, Actor.System, now, Successor: true), previous);
            }

            var recalls = previous is null ? [] : RecallsOf(previous, now);
            Record(new RevisionBecameEffective(now, Actor.System, approved.Number));
            if (previous is not null)
            {
                Record(new RevisionSuperseded(now, Actor.System, previous.Number, approved.Number));
            }

            recalls.ForEach(Record);
        }

        return [.. Events.Skip((int)before)];
    }

    /// <summary>The next instant at which <see cref="Advance"/> has something to do.</summary>
    /// <param name="now">The host's current instant.</param>
    /// <returns>The approved revision's effective date (<paramref name="now"/> when already due); null when nothing will
    /// become due without a command.</returns>
    public Instant? NextDueAt(Instant now) =>
        OpenRevision is { EffectiveFrom: { } from } open && IsDue(open, Instant.Max(from, now)) ? Instant.Max(from, now) : null;

    /// <summary>Lists the rules that stop a command now, without throwing: the role policy's and the lifecycle's.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When it would be dated.</param>
    /// <param name="revision">The revision it would act on (for <see cref="DocumentTrigger.Archive"/> and
    /// <see cref="DocumentTrigger.Dispose"/>); by default the open revision, or the effective one for
    /// <see cref="DocumentTrigger.Withdraw"/>, <see cref="DocumentTrigger.IssueCopy"/>,
    /// <see cref="DocumentTrigger.RecordUncontrolledCopies"/> and <see cref="DocumentTrigger.CompleteReview"/> (checked as
    /// a review without a required revision).</param>
    /// <param name="copy">The copy it would act on, for <see cref="DocumentTrigger.AcknowledgeCopy"/>,
    /// <see cref="DocumentTrigger.CloseRecall"/> (asked without an outcome, the query answers for the outcomes together),
    /// <see cref="DocumentTrigger.RequestReissue"/> and <see cref="DocumentTrigger.ApproveReissue"/> (whose rules include
    /// those of issuing a copy of the copy's revision: approving a reissue issues the new copy).</param>
    /// <returns>The unmet rules; empty when the command is allowed.</returns>
    public IReadOnlyList<string> UnmetRules(DocumentTrigger trigger, Actor actor, Instant at, int? revision = null, int? copy = null)
    {
        Preconditions.CheckNotNull(actor);
        if (trigger is DocumentTrigger.AcknowledgeCopy or DocumentTrigger.CloseRecall or DocumentTrigger.RequestReissue or DocumentTrigger.ApproveReissue)
        {
            var part = copy is { } c && c >= 1 && c <= _copies.Count ? _copies[c - 1] : null;
            var unmet = CopyLifecycle.Instance.UnmetRulesForAnyOutcome(this, _settings.Roles, part, new DocumentCommand(trigger, actor, at), FormattableString.Invariant($"{trigger} acts on a copy; name one of the document's {_copies.Count} copies"));
            return trigger == DocumentTrigger.ApproveReissue && part is not null ? [.. unmet.Union(UnmetRules(DocumentTrigger.IssueCopy, actor, at, part.Revision))] : unmet;
        }

        var target = revision is { } n && n >= 1 && n <= _revisions.Count ? _revisions[n - 1] : RevisionFor(trigger);
        var rules = DocumentLifecycle.Instance.UnmetRules(this, _settings.Roles, target, target?.State ?? default, new DocumentCommand(trigger, actor, at), NoRevisionRule(trigger));
        return trigger == DocumentTrigger.StartRevision && OpenRevision is not null ? [.. rules, OneOpenRevision] : rules;
    }

    /// <summary>Returns whether a command is allowed now.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When it would be dated.</param>
    /// <param name="revision">The revision it would act on; see <see cref="UnmetRules"/>.</param>
    /// <param name="copy">The copy it would act on; see <see cref="UnmetRules"/>.</param>
    /// <returns>True when <see cref="UnmetRules"/> is empty.</returns>
    public bool CanFire(DocumentTrigger trigger, Actor actor, Instant at, int? revision = null, int? copy = null) => UnmetRules(trigger, actor, at, revision, copy).Count == 0;

    /// <summary>Draws the revision lifecycle as a Mermaid state diagram, generated from its Stateless configuration.</summary>
    /// <returns>The Mermaid text.</returns>
    public static string LifecycleDiagram() => DocumentLifecycle.Instance.ToMermaid();

    /// <summary>Draws the controlled copy lifecycle as a Mermaid state diagram, generated from its Stateless configuration.</summary>
    /// <returns>The Mermaid text.</returns>
    public static string CopyLifecycleDiagram() => CopyLifecycle.Instance.ToMermaid();

    private void Decide(DocumentTrigger trigger, ApprovalDecisionKind decision, Actor by, Instant at, string? comment)
    {
        Preconditions.CheckNotNull(by);
        var revision = ActedOn(trigger);
        Authorise(new(trigger, by, at), revision);

        int step = revision.StepFor(by, decision)!.Value;
        var decided = new RevisionDecided(at, by, revision.Number, step, decision, comment);
        if (decision == ApprovalDecisionKind.Commented)
        {
            Record(decided);
            return;
        }

        // The deciding vote concludes in the same command: check the conclusion on a copy of the decisions first, so the
        // command records all of its events or none.
        bool concludes = decision == ApprovalDecisionKind.ChangesRequested || WouldCompleteRequiredSteps(revision, step);
        var conclusion = decision == ApprovalDecisionKind.ChangesRequested ? DocumentTrigger.ConcludeChangesRequested : DocumentTrigger.ConcludeApproved;
        RevisionLabel label = default;
        if (concludes)
        {
            _settings.Roles.Demand(this, Actor.System, conclusion, RecordType, RecordId);
            if (conclusion == DocumentTrigger.ConcludeApproved)
            {
                label = NextLabel(revision.Change);
            }
        }

        Record(decided);
        if (!concludes)
        {
            return;
        }

        if (conclusion == DocumentTrigger.ConcludeChangesRequested)
        {
            Record(new RevisionChangesRequested(at, Actor.System, revision.Number));
        }
        else
        {
            var from = revision.EffectiveFrom is { } requested ? Instant.Max(requested, at) : at;
            Record(new RevisionApproved(at, Actor.System, revision.Number, label, _settings.RevisionScheme.Format(label), from));
        }
    }

    private static bool WouldCompleteRequiredSteps(DocumentRevision revision, int step) =>
        Enumerable.Range(0, revision.Steps.Count)
            .Where(i => revision.Steps[i].Kind == ApproverKind.Required)
            .All(i => i == step || revision.IsStepApproved(i));

    /// <summary>The revision a command acts on, when it names none: the effective revision for withdrawing, copying and
    /// reviewing; the open revision for the rest.</summary>
    private DocumentRevision? RevisionFor(DocumentTrigger trigger) => ActsOnEffective(trigger) ? EffectiveRevision : OpenRevision;

    private static bool ActsOnEffective(DocumentTrigger trigger) =>
        trigger is DocumentTrigger.Withdraw or DocumentTrigger.IssueCopy or DocumentTrigger.RecordUncontrolledCopies or DocumentTrigger.CompleteReview;

    /// <summary>The revision a command acts on (<see cref="RevisionFor"/>), or the refusal when there is none.</summary>
    private DocumentRevision ActedOn(DocumentTrigger trigger) =>
        RevisionFor(trigger) ?? throw new InvalidTransitionException(RecordType, RecordId, EffectiveRevision is { } e ? $"revision {e.Number} {e.State}" : "no revision", trigger.ToString(), NoRevisionRule(trigger));

    private string NoRevisionRule(DocumentTrigger trigger) =>
        $"{trigger} acts on {(ActsOnEffective(trigger) ? "an effective" : "an open")} revision, and document {Number} has none";

    private void Execute(DocumentTrigger trigger, Actor by, Instant at, DocumentRevision revision, Func<DocumentEvent> create)
    {
        Authorise(new(trigger, by, at), revision);
        Record(create());
    }

    /// <summary>Every check a revision command (or, without a revision, a document command) passes before it records
    /// anything: the kernel's pipeline.</summary>
    private void Authorise(in DocumentCommand command, DocumentRevision? revision) =>
        DocumentLifecycle.Instance.Authorise(this, _settings.Roles, revision, revision?.State ?? default, command);

    /// <summary>Whether the lifecycle lets an open revision become effective at an instant (the rule asked, not spelled again).</summary>
    private static bool IsDue(DocumentRevision revision, Instant at) =>
        DocumentLifecycle.Instance.Permits(revision, revision.State, new DocumentCommand(DocumentTrigger.BecomeEffective, Actor.System, at));
}
