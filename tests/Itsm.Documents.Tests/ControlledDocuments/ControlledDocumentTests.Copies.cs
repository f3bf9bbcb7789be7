using System;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using NodaTime;
using static Itsm.Documents.Tests.ControlledDocuments.DocumentFixtures;

namespace Itsm.Documents.Tests.ControlledDocuments;

public partial class ControlledDocumentTests
{
    private static readonly Actor Holder1 = new("ops-1", "Operations Lead");
    private static readonly Actor Holder2 = new("desk-1", "Service Desk Lead");

    /// <summary>The worked example: CX-SMP-001-00 effective with two controlled copies, then CX-SMP-001-01 approved.</summary>
    private static ControlledDocument WithTwoCopiesAndASuccessor()
    {
        var document = Effective();
        document.IssueCopy(Controller, Day(11), Holder1.Id, "operations office", CopyMedium.Paper);
        document.IssueCopy(Controller, Day(11), Holder2.Id, "service desk", CopyMedium.Paper);
        document.AcknowledgeCopy(Holder1, Day(12), 1);
        document.StartRevision(Author, Day(20), ChangeKind.Minor);
        document.Submit(Author, Day(21), HashB, [new ChangeItem(ChangeMark.Modified, "4.2", "retention of records now three years")], Day(30));
        document.Approve(Mr, Day(22));
        document.Approve(Gm, Day(23));
        return document;
    }

    [Fact]
    public void IssueCopy_NumbersCopiesOfTheEffectiveRevision()
    {
        var document = Effective();

        var first = document.IssueCopy(Controller, Day(11), Holder1.Id, "operations office", CopyMedium.Paper);
        var second = document.IssueCopy(Controller, Day(11), Holder2.Id, "service desk", CopyMedium.Electronic);

        Assert.Equal((1, 1, CopyState.Issued), (first.Number, first.Revision, first.State));
        Assert.Equal(2, second.Number);
        Assert.Throws<InvalidTransitionException>(() => Approved().IssueCopy(Controller, Day(3), Holder1.Id, "x", CopyMedium.Paper));
        Assert.Throws<CommandNotAuthorizedException>(() => document.IssueCopy(Author, Day(11), Holder1.Id, "x", CopyMedium.Paper));
        Assert.Throws<ArgumentException>(() => document.IssueCopy(Controller, Day(11), Holder1.Id, "x", CopyMedium.None));
    }

    [Fact]
    public void AcknowledgeCopy_ByTheHolderOrTheController_Only()
    {
        var document = Effective();
        document.IssueCopy(Controller, Day(11), Holder1.Id, "operations office", CopyMedium.Paper);
        document.IssueCopy(Controller, Day(11), Holder2.Id, "service desk", CopyMedium.Paper);

        Assert.Contains(ControlledDocument.HolderAcknowledges, Assert.Throws<ArgumentException>(() => document.AcknowledgeCopy(Holder2, Day(12), 1)).Message, StringComparison.Ordinal);
        document.AcknowledgeCopy(Holder1, Day(12), 1);
        document.AcknowledgeCopy(Controller, Day(12), 2);

        Assert.All(document.Copies, c => Assert.Equal(CopyState.Acknowledged, c.State));
        Assert.Throws<InvalidTransitionException>(() => document.AcknowledgeCopy(Holder1, Day(13), 1));
    }

    [Fact]
    public void TheWorkedExample_SupersessionRecallsBothCopies_AndIsCompleteOnlyWhenNoneRemains()
    {
        var document = WithTwoCopiesAndASuccessor();

        var events = document.Advance(Actor.System, Day(30));

        Assert.Equal(
            [typeof(RevisionBecameEffective), typeof(RevisionSuperseded), typeof(CopyRecalled), typeof(CopyRecalled)],
            events.Select(e => e.GetType()));
        Assert.All(document.Copies, c => Assert.Equal(CopyState.RecallPending, c.State));
        Assert.False(document.IsSupersessionComplete(1));
        Assert.Equal(2, document.LiveCopiesOf(1).Count);

        document.CloseRecall(Controller, Day(31), 1, RecallOutcome.Returned);
        Assert.False(document.IsSupersessionComplete(1));
        document.CloseRecall(Controller, Day(32), 2, RecallOutcome.RetainedObsolete);

        Assert.True(document.IsSupersessionComplete(1));
        Assert.Equal([CopyState.Returned, CopyState.RetainedObsolete], document.Copies.Select(c => c.State));
        Assert.Throws<InvalidTransitionException>(() => document.CloseRecall(Controller, Day(33), 1, RecallOutcome.Destroyed));
    }

    [Fact]
    public void Withdraw_RecallsTheLiveCopies()
    {
        var document = Effective();
        document.IssueCopy(Controller, Day(11), Holder1.Id, "operations office", CopyMedium.Paper);

        document.Withdraw(Gm, Day(12), "process retired");

        Assert.Equal(CopyState.RecallPending, document.Copy(1).State);
        Assert.False(document.IsSupersessionComplete(1));
        document.CloseRecall(Controller, Day(13), 1, RecallOutcome.Destroyed);
        Assert.True(document.IsSupersessionComplete(1));
    }

    [Fact]
    public void AReissueOfALostCopy_VoidsItsNumber_AndIssuesANewOne()
    {
        var document = Effective();
        document.IssueCopy(Controller, Day(11), Holder1.Id, "operations office", CopyMedium.Paper);

        Assert.Throws<InvalidTransitionException>(() => document.ApproveReissue(Controller, Day(12), 1));
        document.RequestReissue(Holder1, Day(12), 1, ReissueReason.Lost, "left on a train");
        Assert.Throws<InvalidTransitionException>(() => document.RequestReissue(Holder1, Day(12), 1, ReissueReason.Lost, "again"));
        Assert.Throws<CommandNotAuthorizedException>(() => document.ApproveReissue(Holder1, Day(13), 1));
        var replacement = document.ApproveReissue(Controller, Day(13), 1);

        Assert.Equal(CopyState.Voided, document.Copy(1).State);
        Assert.Equal((2, 1, Holder1.Id, CopyState.Issued), (replacement.Number, replacement.Replaces, replacement.Holder, replacement.State));
    }

    [Fact]
    public void AReissueOfADamagedCopy_ReturnsIt()
    {
        var document = Effective();
        document.IssueCopy(Controller, Day(11), Holder1.Id, "operations office", CopyMedium.Paper);
        document.RequestReissue(Controller, Day(12), 1, ReissueReason.Damaged, "coffee");

        document.ApproveReissue(Controller, Day(13), 1);

        Assert.Equal(CopyState.Returned, document.Copy(1).State);
        Assert.Equal(CopyState.Issued, document.Copy(2).State);
    }

    [Fact]
    public void UncontrolledCopies_AreRecorded_NotTracked()
    {
        var document = Effective();

        document.RecordUncontrolledCopies(Controller, Day(11), 3, "customer audit team");

        Assert.Empty(document.Copies);
        Assert.IsType<UncontrolledCopiesRecorded>(document.Events[^1]);
        Assert.Throws<ArgumentException>(() => document.RecordUncontrolledCopies(Controller, Day(11), 0, "x"));
    }

    [Fact]
    public void PeriodicReview_IsDueAYearAfterTheEffectiveDate_WithALeadTime()
    {
        var document = Effective();
        var due = Instant.FromUtc(2027, 3, 12, 9, 0);

        Assert.Equal(due, document.NextReviewDue);
        Assert.Equal(ReviewStatus.NotDue, document.ReviewStatusAt(due - Duration.FromDays(31)));
        Assert.Equal(ReviewStatus.Due, document.ReviewStatusAt(due - Duration.FromDays(30)));
        Assert.Equal(ReviewStatus.Overdue, document.ReviewStatusAt(due));
        Assert.Equal(ReviewStatus.None, Approved().ReviewStatusAt(due));
    }

    [Fact]
    public void CompleteReview_NoChange_SetsTheNextDueDate()
    {
        var document = Effective();
        var at = Instant.FromUtc(2027, 3, 1, 9, 0);

        document.CompleteReview(Mr, at, "still suitable");

        Assert.Equal(Instant.FromUtc(2028, 3, 1, 9, 0), document.NextReviewDue);
        var review = Assert.Single(document.Reviews);
        Assert.Equal((Mr, 1, false), (review.Reviewer, review.Revision, review.RevisionRequired));
        Assert.Single(document.Revisions);
        Assert.Throws<CommandNotAuthorizedException>(() => document.CompleteReview(Author, at, "fine"));
    }

    [Fact]
    public void CompleteReview_RevisionRequired_OpensADraftInTheSameCommand()
    {
        var document = Effective();

        document.CompleteReview(Mr, Day(300), "the new service catalogue changes clause 6", ChangeKind.Minor);

        Assert.Equal(RevisionState.Draft, document.Revision(2).State);
        Assert.Equal(Mr, document.Revision(2).Author);
        Assert.Equal([typeof(ReviewCompleted), typeof(RevisionStarted)], document.Events.TakeLast(2).Select(e => e.GetType()));
        long version = document.Version;
        Assert.Throws<InvalidTransitionException>(() => document.CompleteReview(Mr, Day(301), "again", ChangeKind.Minor));
        Assert.Equal(version, document.Version);
    }

    [Fact]
    public void FromEvents_RebuildsCopiesAndReviews()
    {
        var document = WithTwoCopiesAndASuccessor();
        document.Advance(Actor.System, Day(30));
        document.CloseRecall(Controller, Day(31), 1, RecallOutcome.Returned);
        document.CompleteReview(Mr, Day(60), "fine");

        var again = ControlledDocument.FromEvents(document.Events, DocumentSettings.Default);

        Assert.Equal(document.Copies.Select(c => (c.Number, c.State, c.Revision)), again.Copies.Select(c => (c.Number, c.State, c.Revision)));
        Assert.Equal(document.NextReviewDue, again.NextReviewDue);
        Assert.Equal(document.IsSupersessionComplete(1), again.IsSupersessionComplete(1));
    }

    [Fact]
    public void CanFire_CommandsOnTheEffectiveRevision_LookAtTheEffectiveRevision_NotTheOpenOne()
    {
        var document = Effective();

        Assert.True(document.CanFire(DocumentTrigger.IssueCopy, Controller, Day(11)));
        Assert.True(document.CanFire(DocumentTrigger.RecordUncontrolledCopies, Controller, Day(11)));
        Assert.True(document.CanFire(DocumentTrigger.CompleteReview, Mr, Day(11)));
        document.StartRevision(Author, Day(20), ChangeKind.Minor);

        Assert.Empty(document.UnmetRules(DocumentTrigger.IssueCopy, Controller, Day(20)));
        Assert.True(document.CanFire(DocumentTrigger.CompleteReview, Mr, Day(20)));
        Assert.False(Approved().CanFire(DocumentTrigger.IssueCopy, Controller, Day(3)));
    }
}
