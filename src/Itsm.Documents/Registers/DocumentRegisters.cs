using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core.Ids;
using Itsm.Documents.Numbering;
using NodaTime;

namespace Itsm.Documents;

/// <summary>One line of the master list of controlled documents: a document and its current revision.</summary>
/// <param name="Document">The document's id.</param>
/// <param name="Number">Its number, as the scheme spells it.</param>
/// <param name="Title">Its title.</param>
/// <param name="Owner">Its owner.</param>
/// <param name="Level">Its level.</param>
/// <param name="Confidentiality">Its confidentiality level.</param>
/// <param name="CurrentRevision">The effective revision's number, if any.</param>
/// <param name="CurrentLabel">The effective revision's label, if any.</param>
/// <param name="EffectiveSince">When the effective revision became effective.</param>
/// <param name="OpenRevision">The open revision's number, if any.</param>
/// <param name="OpenState">The open revision's state, if any.</param>
/// <param name="Withdrawn">Whether the last effective revision was withdrawn without a successor.</param>
public sealed record MasterListEntry(
    Id<Kinds.Document> Document,
    string Number,
    string Title,
    string Owner,
    DocumentLevel Level,
    string Confidentiality,
    int? CurrentRevision,
    string? CurrentLabel,
    Instant? EffectiveSince,
    int? OpenRevision,
    RevisionState? OpenState,
    bool Withdrawn);

/// <summary>One line of the distribution and recall register: a controlled copy from issue to the end of its recall.</summary>
/// <param name="Document">The document's id.</param>
/// <param name="Number">The document's number.</param>
/// <param name="Copy">The copy number.</param>
/// <param name="Revision">The revision's number.</param>
/// <param name="Label">The revision's label.</param>
/// <param name="Holder">The holder.</param>
/// <param name="Location">Where it is kept.</param>
/// <param name="Medium">Its medium.</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="AcknowledgedAt">When the holder signed for it.</param>
/// <param name="RecalledAt">When it was recalled.</param>
/// <param name="ClosedAt">When it was returned, destroyed, retained or voided.</param>
/// <param name="State">Its state.</param>
/// <param name="Confidentiality">The confidentiality level it is marked with (its document's).</param>
public sealed record DistributionEntry(
    Id<Kinds.Document> Document,
    string Number,
    int Copy,
    int Revision,
    string Label,
    string Holder,
    string Location,
    CopyMedium Medium,
    Instant IssuedAt,
    Instant? AcknowledgedAt,
    Instant? RecalledAt,
    Instant? ClosedAt,
    CopyState State,
    string Confidentiality);

/// <summary>One line of the document approval register: a decision on a revision, or its approval.</summary>
/// <param name="Document">The document's id.</param>
/// <param name="Number">The document's number.</param>
/// <param name="Revision">The revision's number.</param>
/// <param name="Label">The revision's label once approved; "(draft)" before.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who decided (the system for the approval itself).</param>
/// <param name="Purpose">The step's purpose ("review", "approval"), or "approved" for the conclusion.</param>
/// <param name="Decision">The decision, or null for the conclusion.</param>
/// <param name="Comment">The comment, if any.</param>
public sealed record ApprovalEntry(
    Id<Kinds.Document> Document,
    string Number,
    int Revision,
    string Label,
    Instant At,
    string Actor,
    string Purpose,
    ApprovalDecisionKind? Decision,
    string? Comment);

/// <summary>
/// The registers the source documents require for controlled documents, as read models built from events: the master
/// list (documents with their current revisions), the distribution and recall register (controlled copies) and the
/// approval register (every decision and approval). Built without rebuilding the aggregates.
/// </summary>
/// <remarks>
/// Feed it every document's events in order (<see cref="Apply"/>, or <see cref="Build"/> for whole streams); the events
/// of different documents may interleave. It trusts the events (they were checked when recorded, or by
/// <see cref="ControlledDocument.FromEvents"/>). Mutable; not thread-safe.
/// </remarks>
public sealed class DocumentRegisters
{
    private readonly IDocumentNumberScheme _numbers;
    private readonly Dictionary<Id<Kinds.Document>, Projection> _documents = [];

    /// <summary>Initializes empty registers.</summary>
    /// <param name="numbers">How document numbers are spelt in the registers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="numbers"/> is null.</exception>
    public DocumentRegisters(IDocumentNumberScheme numbers) => _numbers = Preconditions.CheckNotNull(numbers);

    /// <summary>Gets the master list, by document number.</summary>
    public IReadOnlyList<MasterListEntry> MasterList => [.. _documents.Values.OrderBy(p => p.Number).Select(p => p.Entry())];

    /// <summary>Gets the distribution and recall register, by document number and copy number.</summary>
    public IReadOnlyList<DistributionEntry> Distribution => [.. _documents.Values.OrderBy(p => p.Number).SelectMany(p => p.Copies)];

    /// <summary>Gets the approval register, in the order the decisions were recorded per document, by document number.</summary>
    public IReadOnlyList<ApprovalEntry> Approvals => [.. _documents.Values.OrderBy(p => p.Number).SelectMany(p => p.Approvals)];

    /// <summary>Builds the registers from whole event streams, one per document, each starting with its creation.</summary>
    /// <param name="numbers">How document numbers are spelt.</param>
    /// <param name="streams">The documents' events.</param>
    /// <returns>The registers.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A stream does not start with a creation.</exception>
    public static DocumentRegisters Build(IDocumentNumberScheme numbers, IEnumerable<IEnumerable<DocumentEvent>> streams)
    {
        var registers = new DocumentRegisters(numbers);
        EventStreams.Feed<DocumentEvent, Id<Kinds.Document>>(
            streams,
            e => e is DocumentCreated created ? created.Id : null,
            registers.Apply,
            e => new ArgumentException($"A document's stream starts with its creation, not {e?.GetType().Name ?? "null"}.", nameof(streams)),
            null);
        return registers;
    }

    /// <summary>Applies one event of a document.</summary>
    /// <param name="document">The document's id.</param>
    /// <param name="domainEvent">The event; the first of a document is its creation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="domainEvent"/> is null.</exception>
    /// <exception cref="ArgumentException">The document's first event is not its creation, or a document is created twice.</exception>
    public void Apply(Id<Kinds.Document> document, DocumentEvent domainEvent)
    {
        Preconditions.CheckNotNull(domainEvent);
        if (domainEvent is DocumentCreated created)
        {
            Preconditions.CheckArgument(_documents.TryAdd(document, new Projection(document, created, _numbers.Format(created.Number))), nameof(document), $"Document '{document}' is created twice.");
            return;
        }

        Preconditions.CheckArgument(_documents.TryGetValue(document, out var projection), nameof(document), $"Document '{document}' has no creation event before its {domainEvent.GetType().Name}.");
        projection!.Apply(domainEvent);
    }

    /// <summary>One document's part of the registers.</summary>
    private sealed class Projection(Id<Kinds.Document> id, DocumentCreated created, string number)
    {
        private readonly List<(string Label, RevisionState State, List<ApprovalStep> Steps)> _revisions = [];
        private readonly List<DistributionEntry> _copies = [];
        private readonly List<ApprovalEntry> _approvals = [];
        private readonly Dictionary<int, ReissueReason> _reissues = [];
        private int? _current;
        private Instant? _effectiveSince;
        private bool _withdrawn;

        public string Number => number;

        public IEnumerable<DistributionEntry> Copies => _copies;

        public IEnumerable<ApprovalEntry> Approvals => _approvals;

        public MasterListEntry Entry()
        {
            int open = _revisions.FindLastIndex(r => r.State is RevisionState.Draft or RevisionState.InReview or RevisionState.ChangesRequested or RevisionState.Approved);
            return new MasterListEntry(
                id,
                number,
                created.Title,
                created.Owner,
                created.Level,
                created.Confidentiality,
                _current,
                _current is { } c ? _revisions[c - 1].Label : null,
                _effectiveSince,
                open >= 0 ? open + 1 : null,
                open >= 0 ? _revisions[open].State : null,
                _withdrawn);
        }

        public void Apply(DocumentEvent e)
        {
            switch (e)
            {
                case RevisionStarted:
                    _revisions.Add(("(draft)", RevisionState.Draft, []));
                    break;
                case RevisionSubmitted submitted:
                    Set(submitted.Revision, RevisionState.InReview, steps: [.. submitted.Steps]);
                    break;
                case RevisionDecided decided:
                    var revision = _revisions[decided.Revision - 1];
                    _approvals.Add(new ApprovalEntry(id, number, decided.Revision, revision.Label, decided.At, decided.Actor.Id, revision.Steps[decided.Step].Purpose, decided.Decision, decided.Comment));
                    break;
                case RevisionApproved approved:
                    Set(approved.Revision, RevisionState.Approved, approved.LabelText);
                    _approvals.Add(new ApprovalEntry(id, number, approved.Revision, approved.LabelText, approved.At, approved.Actor.Id, "approved", null, null));
                    break;
                case RevisionChangesRequested changes:
                    Set(changes.Revision, RevisionState.ChangesRequested);
                    break;
                case RevisionRedrafted redrafted:
                    Set(redrafted.Revision, RevisionState.Draft);
                    break;
                case RevisionCancelled cancelled:
                    Set(cancelled.Revision, RevisionState.Cancelled);
                    break;
                case RevisionBecameEffective effective:
                    Set(effective.Revision, RevisionState.Effective);
                    _current = effective.Revision;
                    _effectiveSince = effective.At;
                    _withdrawn = false;
                    break;
                case RevisionSuperseded superseded:
                    Set(superseded.Revision, RevisionState.Superseded);
                    break;
                case RevisionWithdrawn withdrawn:
                    Set(withdrawn.Revision, RevisionState.Withdrawn);
                    _current = null;
                    _effectiveSince = null;
                    _withdrawn = true;
                    break;
                case RevisionArchived archived:
                    Set(archived.Revision, RevisionState.Archived);
                    break;
                case RevisionDisposed disposed:
                    Set(disposed.Revision, RevisionState.Disposed);
                    break;
                case CopyIssued issued:
                    _copies.Add(new DistributionEntry(id, number, issued.Copy, issued.Revision, _revisions[issued.Revision - 1].Label, issued.Holder, issued.Location, issued.Medium, issued.At, null, null, null, CopyState.Issued, created.Confidentiality));
                    break;
                case CopyAcknowledged acknowledged:
                    Copy(acknowledged.Copy, c => c with { AcknowledgedAt = acknowledged.At, State = CopyState.Acknowledged });
                    break;
                case CopyRecalled recalled:
                    Copy(recalled.Copy, c => c with { RecalledAt = recalled.At, State = CopyState.RecallPending });
                    break;
                case CopyRecallClosed closed:
                    Copy(closed.Copy, c => c with
                    {
                        ClosedAt = closed.At,
                        State = closed.Outcome switch { RecallOutcome.Returned => CopyState.Returned, RecallOutcome.Destroyed => CopyState.Destroyed, _ => CopyState.RetainedObsolete },
                    });
                    break;
                case CopyReissueRequested requested:
                    _reissues[requested.Copy] = requested.Reason;
                    break;
                case CopyReissueApproved approved:
                    var reason = _reissues.GetValueOrDefault(approved.Copy, ReissueReason.Lost);
                    Copy(approved.Copy, c => c with { ClosedAt = approved.At, State = reason == ReissueReason.Damaged ? CopyState.Returned : CopyState.Voided });
                    break;
            }
        }

        private void Set(int revision, RevisionState state, string? label = null, List<ApprovalStep>? steps = null)
        {
            var (oldLabel, _, oldSteps) = _revisions[revision - 1];
            _revisions[revision - 1] = (label ?? oldLabel, state, steps ?? oldSteps);
        }

        private void Copy(int copy, Func<DistributionEntry, DistributionEntry> change) => _copies[copy - 1] = change(_copies[copy - 1]);
    }
}
