using System.Collections.Immutable;
using Itsm.Core;
using Itsm.Core.Events;
using Itsm.Core.Ids;
using Itsm.Documents.Numbering;
using NodaTime;

namespace Itsm.Documents;

/// <summary>The base of every <see cref="ControlledDocument"/> event.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
public abstract record DocumentEvent(Instant At, Actor Actor) : DomainEvent(At, Actor);

/// <summary>A controlled document was created, with its first revision as a draft.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who created it (the first revision's author).</param>
/// <param name="Id">The document's id.</param>
/// <param name="Number">Its number.</param>
/// <param name="Title">Its title.</param>
/// <param name="Owner">The owning department or person.</param>
/// <param name="Level">Its level.</param>
/// <param name="ClassCodes">Its class codes.</param>
/// <param name="Confidentiality">Its confidentiality level, such as "internal public".</param>
[EventType("document.created", 1)]
public sealed record DocumentCreated(Instant At, Actor Actor, Id<Kinds.Document> Id, DocumentNumber Number, string Title, string Owner, DocumentLevel Level, ImmutableArray<string> ClassCodes, string Confidentiality) : DocumentEvent(At, Actor);

/// <summary>A new revision was started as a draft.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who (its author).</param>
/// <param name="Revision">Its sequence number in the document, from 1.</param>
/// <param name="Change">The first issue, a minor or a major change.</param>
[EventType("document.revision-started", 1)]
public sealed record RevisionStarted(Instant At, Actor Actor, int Revision, ChangeKind Change) : DocumentEvent(At, Actor);

/// <summary>A revision was submitted for approval: its content is frozen.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Revision">The revision.</param>
/// <param name="ContentHash">The SHA-256 of its content, 64 lower-case hex digits.</param>
/// <param name="ChangeSummary">What changed (empty for the first issue).</param>
/// <param name="EffectiveFrom">When it should become effective, at the earliest.</param>
/// <param name="Steps">The approval steps it needs (from the settings' matrix when it was submitted).</param>
/// <param name="Order">In which order the steps decide (the matrix's when it was submitted).</param>
[EventType("document.revision-submitted", 1)]
public sealed record RevisionSubmitted(Instant At, Actor Actor, int Revision, string ContentHash, ImmutableArray<ChangeItem> ChangeSummary, Instant EffectiveFrom, ImmutableArray<ApprovalStep> Steps, ApprovalOrder Order = ApprovalOrder.InOrder) : DocumentEvent(At, Actor);

/// <summary>An approver decided on a revision in review.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The approver.</param>
/// <param name="Revision">The revision.</param>
/// <param name="Step">The index of the step decided for in the revision's steps.</param>
/// <param name="Decision">Approved, changes requested, or a comment.</param>
/// <param name="Comment">The comment or the changes asked for; null for a bare approval.</param>
[EventType("document.revision-decided", 1)]
public sealed record RevisionDecided(Instant At, Actor Actor, int Revision, int Step, ApprovalDecisionKind Decision, string? Comment) : DocumentEvent(At, Actor);

/// <summary>Every required step approved: the revision is approved and gets its label.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who concluded (the system, in the deciding approval's command).</param>
/// <param name="Revision">The revision.</param>
/// <param name="Label">Its label.</param>
/// <param name="LabelText">Its label as the scheme spells it.</param>
/// <param name="EffectiveFrom">When it becomes effective: its requested date, or the approval if later.</param>
[EventType("document.revision-approved", 1)]
public sealed record RevisionApproved(Instant At, Actor Actor, int Revision, RevisionLabel Label, string LabelText, Instant EffectiveFrom) : DocumentEvent(At, Actor);

/// <summary>The revision went back to its author for changes (the changes asked for are in the decision).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who concluded (the system, in the deciding decision's command).</param>
/// <param name="Revision">The revision.</param>
[EventType("document.changes-requested", 1)]
public sealed record RevisionChangesRequested(Instant At, Actor Actor, int Revision) : DocumentEvent(At, Actor);

/// <summary>A revision sent back for changes is a draft again; its decisions are kept in the history only.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Revision">The revision.</param>
[EventType("document.revision-redrafted", 1)]
public sealed record RevisionRedrafted(Instant At, Actor Actor, int Revision) : DocumentEvent(At, Actor);

/// <summary>A revision was abandoned before approval.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Revision">The revision.</param>
/// <param name="Reason">Why.</param>
[EventType("document.revision-cancelled", 1)]
public sealed record RevisionCancelled(Instant At, Actor Actor, int Revision, string Reason) : DocumentEvent(At, Actor);

/// <summary>An approved revision became effective on its effective date (through <see cref="ControlledDocument.Advance"/>);
/// the revision it replaces is superseded by the next event of the same command.</summary>
/// <param name="At">When (the <c>Advance</c> call).</param>
/// <param name="Actor">Who (normally the system).</param>
/// <param name="Revision">The revision.</param>
[EventType("document.revision-effective", 1)]
public sealed record RevisionBecameEffective(Instant At, Actor Actor, int Revision) : DocumentEvent(At, Actor);

/// <summary>The previously effective revision was superseded by its successor.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who (normally the system).</param>
/// <param name="Revision">The superseded revision.</param>
/// <param name="By">The revision that superseded it.</param>
[EventType("document.revision-superseded", 1)]
public sealed record RevisionSuperseded(Instant At, Actor Actor, int Revision, int By) : DocumentEvent(At, Actor);

/// <summary>The effective revision was withdrawn without a successor.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who approved the withdrawal.</param>
/// <param name="Revision">The revision.</param>
/// <param name="Reason">Why.</param>
[EventType("document.revision-withdrawn", 1)]
public sealed record RevisionWithdrawn(Instant At, Actor Actor, int Revision, string Reason) : DocumentEvent(At, Actor);

/// <summary>An obsolete revision was archived.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Revision">The revision.</param>
[EventType("document.revision-archived", 1)]
public sealed record RevisionArchived(Instant At, Actor Actor, int Revision) : DocumentEvent(At, Actor);

/// <summary>An archived revision was disposed of; its tombstone (number, label, dates, this reason) remains.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Revision">The revision.</param>
/// <param name="Reason">Why (the retention that ended, say).</param>
[EventType("document.revision-disposed", 1)]
public sealed record RevisionDisposed(Instant At, Actor Actor, int Revision, string Reason) : DocumentEvent(At, Actor);

/// <summary>A controlled copy of the effective revision was issued (a reissue names the copy it replaces).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who issued it.</param>
/// <param name="Copy">Its copy number.</param>
/// <param name="Revision">The revision.</param>
/// <param name="Holder">The holder's actor id.</param>
/// <param name="Location">Where it is kept.</param>
/// <param name="Medium">Its medium.</param>
/// <param name="Replaces">The copy it replaces, for a reissue.</param>
[EventType("document.copy-issued", 1)]
public sealed record CopyIssued(Instant At, Actor Actor, int Copy, int Revision, string Holder, string Location, CopyMedium Medium, int? Replaces) : DocumentEvent(At, Actor);

/// <summary>The holder signed for a copy.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who recorded it (the holder, or the document controller on their behalf).</param>
/// <param name="Copy">The copy.</param>
[EventType("document.copy-acknowledged", 1)]
public sealed record CopyAcknowledged(Instant At, Actor Actor, int Copy) : DocumentEvent(At, Actor);

/// <summary>A copy's revision stopped being effective: the copy is recalled (in the same command).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who (the actor of the supersession or withdrawal).</param>
/// <param name="Copy">The copy.</param>
[EventType("document.copy-recalled", 1)]
public sealed record CopyRecalled(Instant At, Actor Actor, int Copy) : DocumentEvent(At, Actor);

/// <summary>A recall ended: the copy was returned, destroyed, or kept and marked obsolete.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who recorded it.</param>
/// <param name="Copy">The copy.</param>
/// <param name="Outcome">How the recall ended.</param>
[EventType("document.copy-recall-closed", 1)]
public sealed record CopyRecallClosed(Instant At, Actor Actor, int Copy, RecallOutcome Outcome) : DocumentEvent(At, Actor);

/// <summary>A holder asked for a lost or damaged copy to be replaced.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who asked.</param>
/// <param name="Copy">The copy.</param>
/// <param name="Reason">Lost or damaged.</param>
/// <param name="Note">What happened.</param>
[EventType("document.copy-reissue-requested", 1)]
public sealed record CopyReissueRequested(Instant At, Actor Actor, int Copy, ReissueReason Reason, string Note) : DocumentEvent(At, Actor);

/// <summary>The document controller approved a reissue: the old copy is voided (lost) or returned (damaged); a
/// <see cref="CopyIssued"/> for the replacement follows in the same command.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The document controller.</param>
/// <param name="Copy">The old copy.</param>
[EventType("document.copy-reissue-approved", 1)]
public sealed record CopyReissueApproved(Instant At, Actor Actor, int Copy) : DocumentEvent(At, Actor);

/// <summary>Uncontrolled copies of the effective revision went out (stamped "uncontrolled", not tracked or updated).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who recorded it.</param>
/// <param name="Revision">The revision.</param>
/// <param name="Count">How many.</param>
/// <param name="Recipient">To whom.</param>
[EventType("document.uncontrolled-copies-recorded", 1)]
public sealed record UncontrolledCopiesRecorded(Instant At, Actor Actor, int Revision, int Count, string Recipient) : DocumentEvent(At, Actor);

/// <summary>A periodic review of the effective revision was completed; when it found a revision required, a
/// <see cref="RevisionStarted"/> follows in the same command.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The reviewer.</param>
/// <param name="Revision">The revision reviewed.</param>
/// <param name="RevisionRequired">Whether a revision is required.</param>
/// <param name="Comment">The reviewer's comment.</param>
/// <param name="NextDue">When the next review is due.</param>
[EventType("document.review-completed", 1)]
public sealed record ReviewCompleted(Instant At, Actor Actor, int Revision, bool RevisionRequired, string Comment, Instant NextDue) : DocumentEvent(At, Actor);
