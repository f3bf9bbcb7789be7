using System;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Documents.Numbering;
using static Itsm.Documents.Tests.ControlledDocuments.DocumentFixtures;

namespace Itsm.Documents.Tests.ControlledDocuments;

public partial class ControlledDocumentTests
{
    [Fact]
    public void StartRevision_WhileARevisionIsOpen_IsRefused()
    {
        var document = Approved();

        var e = Assert.Throws<InvalidTransitionException>(() => document.StartRevision(Author, Day(3), ChangeKind.Minor));

        Assert.Contains(ControlledDocument.OneOpenRevision, e.Message, StringComparison.Ordinal);
        Assert.Single(document.Revisions);
        Assert.Contains(ControlledDocument.OneOpenRevision, document.UnmetRules(DocumentTrigger.StartRevision, Author, Day(3)));
    }

    [Fact]
    public void StartRevision_AfterAnApproval_IsMinorOrMajor_AndCarriesTheNextLabelAsAWorkingLabel()
    {
        var document = Effective();

        Assert.Throws<ArgumentException>(() => document.StartRevision(Author, Day(20), ChangeKind.FirstIssue));
        var revision = document.StartRevision(Author, Day(20), ChangeKind.Minor);

        Assert.Equal("01 (draft)", revision.WorkingLabel);
        Assert.Equal(Author, revision.Author);
    }

    [Fact]
    public void Submit_ARevisionAfterTheFirst_NeedsAChangeSummary()
    {
        var document = Effective();
        document.StartRevision(Author, Day(20), ChangeKind.Minor);

        var e = Assert.Throws<ArgumentException>(() => document.Submit(Author, Day(21), HashB, [], Day(30)));

        Assert.Contains("needs a change summary", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ChangeItem(ChangeMark.Added, " ", "x"));
    }

    [Fact]
    public void TheWorkedExample_CX_SMP_001_00_To_01_SupersedesTheFirstIssueAtomically()
    {
        var document = SecondInReview();
        document.Approve(Mr, Day(22));
        document.Approve(Gm, Day(23));
        var second = document.Revision(2);
        Assert.Equal("01", second.LabelText);
        Assert.Equal("CX-SMP-001-01", DocumentNumberSchemes.FormatRevision(DocumentNumberSchemes.Composite, document.Number, RevisionSchemes.TwoDigit, second.Label!.Value));

        var events = document.Advance(Actor.System, Day(30));

        Assert.Equal([typeof(RevisionBecameEffective), typeof(RevisionSuperseded)], events.Select(e => e.GetType()));
        Assert.Equal((RevisionState.Superseded, 2), (document.Revision(1).State, document.Revision(1).SupersededBy));
        Assert.Equal(RevisionState.Effective, second.State);
        Assert.Same(document.Revision(1), document.EffectiveAt(Day(29)));
        Assert.Same(second, document.EffectiveAt(Day(30)));
        Assert.Null(document.EffectiveAt(Day(9)));
        Assert.Equal("M 4.2 retention of records now three years", second.ChangeSummary.Single().ToString());
    }

    [Fact]
    public void AMajorChange_MovesToTheNextEdition()
    {
        var document = Effective(DocumentSettings.Default with { RevisionScheme = RevisionSchemes.EditionRevision });
        Assert.Equal("A/0", document.Revision(1).LabelText);

        document.StartRevision(Author, Day(20), ChangeKind.Major);
        document.Submit(Author, Day(21), HashB, [new ChangeItem(ChangeMark.Added, "clause 7", "records section")], Day(30));
        document.Approve(Mr, Day(22));
        document.Approve(Gm, Day(23));

        Assert.Equal("B/0", document.Revision(2).LabelText);
    }

    [Fact]
    public void ACancelledRevision_NeverGetsALabel_SoNoLabelIsSkippedOrReused()
    {
        var document = SecondInReview();
        document.Cancel(Controller, Day(22), "superseded by a rewrite");
        Assert.Equal(RevisionState.Cancelled, document.Revision(2).State);
        Assert.Null(document.Revision(2).Label);

        document.StartRevision(Author, Day(23), ChangeKind.Minor);
        document.Submit(Author, Day(24), HashC, [new ChangeItem(ChangeMark.Deleted, "annex B", "obsolete form")], Day(30));
        document.Approve(Mr, Day(25));
        document.Approve(Gm, Day(25));

        Assert.Equal("01", document.Revision(3).LabelText);
        Assert.Throws<ArgumentException>(() => document.Cancel(Controller, Day(26), " "));
        Assert.Throws<InvalidTransitionException>(() => document.Cancel(Controller, Day(26), "too late: approved"));
    }

    [Fact]
    public void Withdraw_Archive_Dispose_LeaveATombstone()
    {
        var document = Effective();

        Assert.Throws<CommandNotAuthorizedException>(() => document.Withdraw(Author, Day(11), "no longer used"));
        document.Withdraw(Gm, Day(11), "the service was retired");
        Assert.Throws<InvalidTransitionException>(() => document.Dispose(Controller, Day(12), 1, "retention over"));
        document.Archive(Controller, Day(12), 1);
        document.Dispose(Controller, Day(400), 1, "retention over");

        var tombstone = document.Revision(1);
        Assert.Equal((RevisionState.Disposed, "00", "retention over", Day(11)), (tombstone.State, tombstone.LabelText, tombstone.Reason, tombstone.EndedAt));
        Assert.Null(document.EffectiveRevision);
        Assert.Same(tombstone, document.EffectiveAt(Day(10)));
        Assert.Throws<ArgumentOutOfRangeException>(() => document.Archive(Controller, Day(400), 2));
    }

    [Fact]
    public void Commands_NeverGoBackInTime()
    {
        var document = Approved();

        Assert.Throws<ArgumentOutOfRangeException>(() => document.Advance(Actor.System, Day(1)));
        Assert.Contains(document.UnmetRules(DocumentTrigger.Advance, Actor.System, Day(1)), r => r.Contains("never go back in time", StringComparison.Ordinal));
    }
}
