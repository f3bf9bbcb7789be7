using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using Itsm.Testing;
using Itsm.Testing.Laws;
using Itsm.Tests.Shared;

namespace Itsm.Documents.Tests.ControlledDocuments;

/// <summary>The kit's aggregate laws on random controlled-document (revisions and copies) histories, and the generator's reach.</summary>
[ScaledProperties(Arbitrary = [typeof(DocumentArbitraries)], Cases = 2_000)]
public class ControlledDocumentLaws : AggregateLawTests<DocumentScenario, ControlledDocument, HistoryStep<DocumentTrigger>, DocumentTrigger, DocumentEvent>
{
    protected override Arbitrary<DocumentScenario> Generator => DocumentArbitraries.Scenarios();

    protected override IReadOnlyList<DocumentTrigger> NotCommands => [DocumentTrigger.Create, DocumentTrigger.ConcludeApproved, DocumentTrigger.ConcludeChangesRequested, DocumentTrigger.BecomeEffective, DocumentTrigger.Supersede, DocumentTrigger.RecallCopy];

    [Fact]
    public void TheGenerator_IssuesCopiesOfConfidentialDocuments_OnlyToTheClearedHolder_AndOthersToAnyone()
    {
        var played = Histories.Sample(DocumentArbitraries.Scenarios(), 2000).Select(s => (s.Technical, s.Play().Document)).ToList();

        var confidential = played.Where(p => p.Technical).SelectMany(p => p.Document.Copies).ToList();
        Assert.NotEmpty(confidential);
        Assert.All(confidential, c => Assert.Equal("confidential", c.Confidentiality));
        Assert.All(confidential, c => Assert.Equal("holder-1", c.Holder));
        Assert.Contains(played.Where(p => !p.Technical).SelectMany(p => p.Document.Copies), c => c.Holder != "holder-1");
    }

    protected override void AssertInvariants(ControlledDocument document)
    {
        var at = document.LastCommandAt;
        Assert.InRange(document.Revisions.Count(r => r.IsOpen), 0, 1);
        Assert.InRange(document.Revisions.Count(r => r.State == RevisionState.Effective), 0, 1);
        Assert.Equal(document.Events[^1].At, document.LastCommandAt);
        Assert.Equal(Enumerable.Range(1, document.Revisions.Count), document.Revisions.Select(r => r.Number));
        Assert.Equal(Enumerable.Range(1, document.Copies.Count), document.Copies.Select(c => c.Number));
        var level = DocumentScenario.Confidentiality.Find(document.Confidentiality);
        Assert.NotNull(level);
        Assert.All(document.Copies, c => Assert.True(!level.RequiresClearance || DocumentScenario.Confidentiality.IsCleared(c.Holder, level), $"copy {c.Number} of a {level} document is held by {c.Holder}, who is not cleared"));

        foreach (var revision in document.Revisions)
        {
            var state = revision.State;
            Assert.Equal(revision.SubmittedAt is not null, revision.ContentHash is not null);
            Assert.True(state is RevisionState.Draft or RevisionState.Cancelled || revision.ContentHash is not null);
            Assert.True(revision.ContentHash is null || (revision.ContentHash.Length == 64 && revision.ContentHash.All(c => char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c))));
            Assert.True(revision.ContentHash is null || (revision.Change == ChangeKind.FirstIssue) == (revision.ChangeSummary.Count == 0));
            bool approved = state is RevisionState.Approved or RevisionState.Effective or RevisionState.Superseded or RevisionState.Withdrawn or RevisionState.Archived or RevisionState.Disposed;
            Assert.Equal(approved, revision.Label is not null);
            Assert.Equal(approved, revision.ApprovedAt is not null);
            Assert.True(!approved || revision.AreRequiredStepsApproved);
            bool wasEffective = approved && state != RevisionState.Approved;
            Assert.Equal(wasEffective, revision.EffectiveAt is not null);
            Assert.True(revision.EffectiveAt is null || revision.EffectiveAt >= revision.EffectiveFrom);
            Assert.Equal(wasEffective && state != RevisionState.Effective, revision.EndedAt is not null);
            Assert.Equal(document.Events.OfType<RevisionSuperseded>().Any(e => e.Revision == revision.Number), revision.SupersededBy is not null);
            if (revision.SupersededBy is { } by)
            {
                Assert.Equal(revision.EndedAt, document.Revision(by).EffectiveAt);
            }

            bool withdrawn = revision.EndedAt is not null && revision.SupersededBy is null;
            Assert.Equal(state is RevisionState.Cancelled or RevisionState.Disposed || withdrawn, revision.Reason is not null);
        }

        if (document.EffectiveRevision is { } effective)
        {
            Assert.NotNull(document.NextReviewDue);
            Assert.Same(effective, document.EffectiveAt(at));
        }
        else
        {
            Assert.Equal(ReviewStatus.None, document.ReviewStatusAt(at));
        }

        foreach (var copy in document.Copies)
        {
            Assert.Equal(copy.State is CopyState.Issued or CopyState.Acknowledged or CopyState.RecallPending, copy.IsLive);
            Assert.True(copy.State != CopyState.Acknowledged || copy.AcknowledgedAt is not null);
            Assert.True(copy.State != CopyState.Issued || copy.AcknowledgedAt is null);
            Assert.Equal(copy.IsLive, copy.ClosedAt is null);
            Assert.True(copy.Replaces is null || document.Copy(copy.Replaces.Value).State is CopyState.Voided or CopyState.Returned);
            // A reissue request is approved (or refused) while the copy is live; a copy recalled first keeps its request.
            Assert.True(copy.PendingReissue is null || copy.IsLive || copy.RecalledAt is not null);
        }
    }
}
