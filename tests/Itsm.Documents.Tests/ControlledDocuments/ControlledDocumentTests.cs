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
    public void Create_StartsTheFirstIssueAsADraft_WithAWorkingLabel()
    {
        var document = Created();

        var revision = Assert.Single(document.Revisions);
        Assert.Equal((RevisionState.Draft, ChangeKind.FirstIssue, "00 (draft)"), (revision.State, revision.Change, revision.WorkingLabel));
        Assert.Null(revision.Label);
        Assert.Same(revision, document.OpenRevision);
        Assert.Null(document.EffectiveRevision);
        Assert.Equal("CX-SMP-001", DocumentNumberSchemes.Composite.Format(document.Number));
    }

    [Fact]
    public void Create_ChecksItsArguments_AndWhoCreates()
    {
        Assert.Contains("confidentiality level", Assert.Throws<ArgumentException>(() => ControlledDocument.Create(
            new("D"), DocumentNumberSchemes.Composite.Parse("CX-SMP-001"), "t", "o", DocumentLevel.Procedure, [], " ", DocumentSettings.Default, Controller, Day(0))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ControlledDocument.Create(
            new("D"), DocumentNumberSchemes.Composite.Parse("CX-SMP-001"), "t", "o", DocumentLevel.None, [], "internal", DocumentSettings.Default, Controller, Day(0)));
        Assert.Throws<ArgumentException>(() => ControlledDocument.Create(
            new("D"), DocumentNumberSchemes.Composite.Parse("CX-SMP-001"), "t", "o", DocumentLevel.Procedure, ["A", "A"], "internal", DocumentSettings.Default, Controller, Day(0)));
        Assert.Throws<CommandNotAuthorizedException>(() => ControlledDocument.Create(
            new("D"), DocumentNumberSchemes.Composite.Parse("CX-SMP-001"), "t", "o", DocumentLevel.Procedure, [], "internal", DocumentSettings.Default, Author, Day(0)));
    }

    [Fact]
    public void Submit_FreezesTheContentHash_AndTakesTheStepsFromTheMatrix()
    {
        var document = Created();

        document.Submit(Controller, Day(1), HashA.ToUpperInvariant(), [], Day(10));

        var revision = document.Revision(1);
        Assert.Equal(RevisionState.InReview, revision.State);
        Assert.Equal(HashA, revision.ContentHash);
        Assert.Equal([Roles.ManagementRepresentative, Roles.TopManagement], revision.Steps.Select(s => s.Role));
        Assert.All(revision.Steps, s => Assert.Equal(ApproverKind.Required, s.Kind));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")]
    public void Submit_WithSomethingThatIsNotASha256_IsRefused(string hash)
    {
        var document = Created();

        var e = Assert.Throws<ArgumentException>(() => document.Submit(Controller, Day(1), hash, [], Day(10)));

        Assert.Contains("is not a SHA-256 content hash", e.Message, StringComparison.Ordinal);
        Assert.Equal(RevisionState.Draft, document.Revision(1).State);
    }

    [Fact]
    public void Approval_OfEveryRequiredStep_ApprovesAndAssignsTheFirstLabel()
    {
        var document = Created();
        document.Submit(Controller, Day(1), HashA, [], Day(10));

        document.Approve(Mr, Day(2), "reviewed");
        Assert.Equal(RevisionState.InReview, document.Revision(1).State);
        document.Approve(Gm, Day(2, 10));

        var revision = document.Revision(1);
        Assert.Equal((RevisionState.Approved, "00", Day(10)), (revision.State, revision.LabelText, revision.EffectiveFrom));
        Assert.Equal(new RevisionLabel(0, 0), revision.Label);
        Assert.IsType<RevisionApproved>(document.Events[^1]);
        Assert.Equal(Actor.System, document.Events[^1].Actor);
    }

    [Fact]
    public void Approval_BeforeTheReview_IsRefused_StepsDecideInOrder()
    {
        var document = Created();
        document.Submit(Controller, Day(1), HashA, [], Day(10));
        long version = document.Version;

        var e = Assert.Throws<InvalidTransitionException>(() => document.Approve(Gm, Day(2)));
        Assert.Contains("required steps decide in order", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidTransitionException>(() => document.RequestChanges(Gm, Day(2), "rewrite 4.2"));
        Assert.Contains(document.UnmetRules(DocumentTrigger.Approve, Gm, Day(2)), r => r.StartsWith("required steps decide in order", StringComparison.Ordinal));
        Assert.Equal(version, document.Version);
        Assert.False(document.Revision(1).IsInTurn(1));

        document.Comment(Gm, Day(2), "looks fine so far");
        document.Approve(Mr, Day(3), "reviewed");
        Assert.True(document.Revision(1).IsInTurn(1));
        document.Approve(Gm, Day(4));

        Assert.Equal(RevisionState.Approved, document.Revision(1).State);
    }

    [Fact]
    public void Approval_InAParallelMatrix_TakesTheStepsInAnyOrder_AndTheOrderIsKept()
    {
        var matrix = ApprovalMatrix.Builder()
            .Otherwise(new ApprovalStep(Roles.ManagementRepresentative, ApproverKind.Required, "review"), new ApprovalStep(Roles.TopManagement, ApproverKind.Required, "approval"))
            .InParallel()
            .Build();
        var document = Created(DocumentSettings.Default with { Approvals = matrix });
        document.Submit(Controller, Day(1), HashA, [], Day(10));

        document.Approve(Gm, Day(2));
        document.Approve(Mr, Day(3), "reviewed");

        Assert.Equal(RevisionState.Approved, document.Revision(1).State);
        Assert.Equal(ApprovalOrder.Parallel, Assert.IsType<RevisionSubmitted>(document.Events.First(e => e is RevisionSubmitted)).Order);
        Assert.Equal(ApprovalOrder.Parallel, ControlledDocument.FromEvents(document.Events, DocumentSettings.Default).Revision(1).Order);
    }

    [Fact]
    public void Approval_AfterTheRequestedDate_TakesEffectFromTheApproval()
    {
        var document = Created();
        document.Submit(Controller, Day(1), HashA, [], Day(1));
        document.Approve(Mr, Day(2));
        document.Approve(Gm, Day(3));

        Assert.Equal(Day(3), document.Revision(1).EffectiveFrom);
        Assert.Equal(Day(3), document.NextDueAt(Day(3)));
    }

    [Fact]
    public void Approve_ByTheAuthor_IsRefusedBySegregationOfDuties()
    {
        var authorGm = new Actor("gm-author", "General Manager who drafted it", [Roles.TopManagement, Roles.DocumentController]);
        var document = ControlledDocument.Create(new("DOC-2"), DocumentNumberSchemes.Composite.Parse("CX-SMP-002"), "t", "o", DocumentLevel.Procedure, [], "internal", DocumentSettings.Default, authorGm, Day(0));
        document.Submit(authorGm, Day(1), HashA, [], Day(10));
        long version = document.Version;

        var e = Assert.Throws<CommandNotAuthorizedException>(() => document.Approve(authorGm, Day(2)));

        Assert.Contains(DocumentRoles.AuthorNeverApproves, e.Message, StringComparison.Ordinal);
        Assert.Equal(version, document.Version);
        Assert.Empty(document.Revision(1).Decisions);
    }

    [Fact]
    public void Approve_ByAnActorWithoutAStepsRole_OrTwice_IsRefused()
    {
        var document = Created();
        document.Submit(Controller, Day(1), HashA, [], Day(10));

        Assert.Contains("a decision comes from an actor holding the role of an approval step", Assert.Throws<InvalidTransitionException>(() => document.Approve(Nobody, Day(2))).Message, StringComparison.Ordinal);
        document.Approve(Mr, Day(2));
        Assert.Throws<InvalidTransitionException>(() => document.Approve(Mr, Day(2)));
        Assert.Single(document.Revision(1).Decisions);
        Assert.False(document.CanFire(DocumentTrigger.Approve, Mr, Day(2)));
        Assert.True(document.CanFire(DocumentTrigger.Approve, Gm, Day(2)));
    }

    [Fact]
    public void OneActorHoldingBothRoles_ApprovesOneStepOnly()
    {
        var both = new Actor("boss", "MR and GM", [Roles.ManagementRepresentative, Roles.TopManagement]);
        var document = Created();
        document.Submit(Controller, Day(1), HashA, [], Day(10));

        document.Approve(both, Day(2));

        Assert.Equal(RevisionState.InReview, document.Revision(1).State);
        Assert.Throws<InvalidTransitionException>(() => document.Approve(both, Day(2)));
    }

    [Fact]
    public void RequestChanges_SendsTheRevisionBack_AndARedraftStartsANewReview()
    {
        var document = Created();
        document.Submit(Controller, Day(1), HashA, [], Day(10));
        document.Approve(Mr, Day(2));

        document.RequestChanges(Gm, Day(3), "clause 5 contradicts the manual");
        Assert.Equal(RevisionState.ChangesRequested, document.Revision(1).State);
        Assert.Throws<InvalidTransitionException>(() => document.Submit(Controller, Day(3), HashB, [], Day(10)));

        document.Redraft(Controller, Day(4));
        document.Submit(Controller, Day(5), HashB, [], Day(10));

        var revision = document.Revision(1);
        Assert.Equal((RevisionState.InReview, HashB), (revision.State, revision.ContentHash));
        Assert.Empty(revision.Decisions);
        Assert.Throws<ArgumentException>(() => document.RequestChanges(Gm, Day(6), " "));
    }

    [Fact]
    public void CommentsOnlySteps_MayCommentButNotApprove()
    {
        var auditor = new Actor("au-1", "Auditor", [Roles.Auditor]);
        var matrix = ApprovalMatrix.Builder()
            .Otherwise(new ApprovalStep(Roles.TopManagement, ApproverKind.Required, "approval"), new ApprovalStep(Roles.Auditor, ApproverKind.CommentsOnly, "comments"))
            .Build();
        var document = Created(DocumentSettings.Default with { Approvals = matrix });
        document.Submit(Controller, Day(1), HashA, [], Day(10));

        document.Comment(auditor, Day(2), "consider the audit trail");
        Assert.Throws<InvalidTransitionException>(() => document.Approve(auditor, Day(2)));
        Assert.Throws<InvalidTransitionException>(() => document.Comment(Nobody, Day(2), "me too"));
        document.Approve(Gm, Day(3));

        Assert.Equal(RevisionState.Approved, document.Revision(1).State);
        Assert.Equal(ApprovalDecisionKind.Commented, document.Revision(1).Decisions[0].Decision);
    }

    [Fact]
    public void TechnicalDocuments_AreApprovedByTheTechnicalLead()
    {
        var document = Created(null, "TECH");
        document.Submit(Controller, Day(1), HashA, [], Day(10));

        Assert.Throws<InvalidTransitionException>(() => document.Approve(Gm, Day(2)));
        document.Approve(Mr, Day(2));
        document.Approve(Tech, Day(3));

        Assert.Equal(RevisionState.Approved, document.Revision(1).State);
    }

    [Fact]
    public void Advance_MakesTheApprovedRevisionEffective_OnlyOnItsEffectiveDate()
    {
        var document = Approved();

        Assert.Empty(document.Advance(Actor.System, Day(9)));
        Assert.Equal(Day(10), document.NextDueAt(Day(9)));
        var events = document.Advance(Actor.System, Day(10));

        Assert.IsType<RevisionBecameEffective>(Assert.Single(events));
        Assert.Equal(RevisionState.Effective, document.Revision(1).State);
        Assert.Same(document.Revision(1), document.EffectiveRevision);
        Assert.Null(document.NextDueAt(Day(11)));
        Assert.Throws<CommandNotAuthorizedException>(() => document.Advance(Controller, Day(11)));
    }
}
