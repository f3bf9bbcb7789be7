using System;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using NodaTime;
using static Itsm.Documents.Tests.ControlledDocuments.DocumentFixtures;

namespace Itsm.Documents.Tests.Specifications;

public class DocumentSpecsTests
{
    [Fact]
    public void ReviewsOverdue_AndStuckInReview_LookAtTheInstant()
    {
        var effective = Effective();
        var inReview = Created();
        inReview.Submit(Controller, Day(1), HashA, [], Day(10));
        var yearLater = Instant.FromUtc(2027, 3, 12, 9, 0);

        Assert.Empty(new ReviewsOverdueSpec(yearLater - Duration.FromDays(1)).Evaluate([effective, inReview]));
        Assert.Same(effective, Assert.Single(new ReviewsOverdueSpec(yearLater).Evaluate([effective, inReview])));
        Assert.Same(inReview, Assert.Single(new RevisionsStuckInReviewSpec(Day(20), Duration.FromDays(14)).Evaluate([effective, inReview])));
        Assert.Empty(new RevisionsStuckInReviewSpec(Day(10), Duration.FromDays(14)).Evaluate([effective, inReview]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RevisionsStuckInReviewSpec(Day(10), Duration.FromDays(-1)));
    }

    [Fact]
    public void CopiesAwaitingRecall_AndIncompleteSupersessions()
    {
        var document = Effective();
        document.IssueCopy(Controller, Day(11), "ops-1", "operations office", CopyMedium.Paper);
        document.Withdraw(Gm, Day(12), "retired");

        Assert.Same(document, Assert.Single(new CopiesAwaitingRecallSpec().Evaluate([document, Effective()])));
        Assert.Empty(new IncompleteSupersessionsSpec(Day(20), Duration.FromDays(14)).Evaluate([document]));
        Assert.Single(new IncompleteSupersessionsSpec(Day(40), Duration.FromDays(14)).Evaluate([document]));

        document.CloseRecall(Controller, Day(41), 1, RecallOutcome.Destroyed);
        Assert.Empty(new CopiesAwaitingRecallSpec().Evaluate([document]));
        Assert.Empty(new IncompleteSupersessionsSpec(Day(42), Duration.FromDays(14)).Evaluate([document]));
    }

    [Fact]
    public void Compliance_SelfApprovalUnderAPolicyWithoutSegregation_IsFound()
    {
        // A host that switched segregation off: the aggregate lets the author approve, the compliance rule finds it.
        var lax = DocumentSettings.Default with { Roles = DocumentRoles.Default.ToBuilder().WithoutSegregation(DocumentTrigger.Approve).Build() };
        var authorGm = new Actor("gm-author", "GM who drafted it", [Roles.TopManagement, Roles.DocumentController]);
        var document = ControlledDocument.Create(new("DOC-9"), Itsm.Documents.Numbering.DocumentNumberSchemes.Composite.Parse("CX-SMP-009"), "t", "o", DocumentLevel.Procedure, [], "internal", lax, authorGm, Day(0));
        document.Submit(authorGm, Day(1), HashA, [], Day(2));
        document.Approve(Mr, Day(1));
        document.Approve(authorGm, Day(1));
        document.Advance(Actor.System, Day(2));

        Assert.Same(document, Assert.Single(new DocumentsWithUnapprovedRevisionsSpec().Evaluate([document, Effective()])));
    }

    [Fact]
    public void Compliance_ImportedHistoriesWithoutApprovalsOrChangeSummaries_AreFound()
    {
        var good = Effective();
        var unapproved = ControlledDocument.FromEvents(good.Events.Where(e => e is not RevisionDecided).Select((e, i) => e with { Version = i + 1 }), DocumentSettings.Default);

        var second = Effective();
        second.StartRevision(Author, Day(20), ChangeKind.Minor);
        second.Submit(Author, Day(21), HashB, [new ChangeItem(ChangeMark.Added, "5", "x")], Day(30));
        var withoutSummary = ControlledDocument.FromEvents(
            second.Events.Select(e => e is RevisionSubmitted { Revision: 2 } s ? s with { ChangeSummary = [] } : e),
            DocumentSettings.Default);
        var ownerless = ControlledDocument.FromEvents(good.Events.Select(e => e is DocumentCreated c ? c with { Owner = " " } : e), DocumentSettings.Default);

        Assert.Same(unapproved, Assert.Single(new DocumentsWithUnapprovedRevisionsSpec().Evaluate([good, unapproved])));
        Assert.Same(withoutSummary, Assert.Single(new RevisionsWithoutChangeSummarySpec().Evaluate([good, second, withoutSummary])));
        Assert.Same(ownerless, Assert.Single(new DocumentsWithoutOwnerSpec().Evaluate([good, ownerless])));
    }
}
