using System;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Ids;
using Itsm.Documents.Numbering;
using static Itsm.Documents.Tests.ControlledDocuments.DocumentFixtures;

namespace Itsm.Documents.Tests.Registers;

public class DocumentRegistersTests
{
    /// <summary>The worked example (two copies, revision 01 effective on day 30, copy 1 returned) and a second document in
    /// review.</summary>
    private static (ControlledDocument First, ControlledDocument Second) TwoDocuments()
    {
        var first = Effective();
        first.IssueCopy(Controller, Day(11), "ops-1", "operations office", CopyMedium.Paper);
        first.IssueCopy(Controller, Day(11), "desk-1", "service desk", CopyMedium.Electronic);
        first.AcknowledgeCopy(Controller, Day(12), 1);
        first.StartRevision(Author, Day(20), ChangeKind.Minor);
        first.Submit(Author, Day(21), HashB, [new ChangeItem(ChangeMark.Modified, "4.2", "retention")], Day(30));
        first.Approve(Mr, Day(22), "ok");
        first.Approve(Gm, Day(23));
        first.Advance(Actor.System, Day(30));
        first.CloseRecall(Controller, Day(31), 1, RecallOutcome.Returned);

        var second = ControlledDocument.Create(new Id<Kinds.Document>("DOC-2"), DocumentNumberSchemes.Composite.Parse("CX-WI-004"), "Backup work instruction", "Operations", DocumentLevel.WorkInstruction, ["TECH"], "internal", DocumentSettings.Default, Controller, Day(1));
        second.Submit(Controller, Day(2), HashC, [], Day(5));
        second.Approve(Mr, Day(3));
        return (first, second);
    }

    [Fact]
    public void MasterList_ShowsEachDocumentWithItsCurrentRevision()
    {
        var (first, second) = TwoDocuments();

        var registers = DocumentRegisters.Build(DocumentNumberSchemes.Composite, [second.Events, first.Events]);

        Assert.Equal(["CX-SMP-001", "CX-WI-004"], registers.MasterList.Select(e => e.Number));
        var procedure = registers.MasterList[0];
        Assert.Equal((2, "01", Day(30), (int?)null), (procedure.CurrentRevision, procedure.CurrentLabel, procedure.EffectiveSince, procedure.OpenRevision));
        var instruction = registers.MasterList[1];
        Assert.Equal(((int?)null, (int?)1, (RevisionState?)RevisionState.InReview), (instruction.CurrentRevision, instruction.OpenRevision, instruction.OpenState));
    }

    [Fact]
    public void Distribution_RecordsEveryIssueAndRecall()
    {
        var (first, _) = TwoDocuments();

        var rows = DocumentRegisters.Build(DocumentNumberSchemes.Composite, [first.Events]).Distribution;

        Assert.Equal(first.Copies.Select(c => (c.Number, c.State, c.Holder)), rows.Select(r => (r.Copy, r.State, r.Holder)));
        Assert.Equal(("00", Day(12), Day(30), Day(31)), (rows[0].Label, rows[0].AcknowledgedAt, rows[0].RecalledAt, rows[0].ClosedAt));
        Assert.Equal((CopyState.RecallPending, (NodaTime.Instant?)null), (rows[1].State, rows[1].ClosedAt));
    }

    [Fact]
    public void Approvals_ListEveryDecisionWithItsPurpose_AndEachApproval()
    {
        var (first, second) = TwoDocuments();

        var rows = DocumentRegisters.Build(DocumentNumberSchemes.Composite, [first.Events, second.Events]).Approvals;

        Assert.Equal(
            [("CX-SMP-001", 1, "review"), ("CX-SMP-001", 1, "approval"), ("CX-SMP-001", 1, "approved"), ("CX-SMP-001", 2, "review"), ("CX-SMP-001", 2, "approval"), ("CX-SMP-001", 2, "approved"), ("CX-WI-004", 1, "review")],
            rows.Select(r => (r.Number, r.Revision, r.Purpose)));
        Assert.Equal(("mr-1", ApprovalDecisionKind.Approved, "ok"), (rows[3].Actor, rows[3].Decision!.Value, rows[3].Comment));
        Assert.Equal("01", rows[5].Label);
    }

    [Fact]
    public void InterleavedEvents_GiveTheSameRegisters_AsWholeStreams()
    {
        var (first, second) = TwoDocuments();
        var interleaved = new DocumentRegisters(DocumentNumberSchemes.Composite);
        var streams = new[] { (first.Id, first.Events), (second.Id, second.Events) };
        for (int i = 0; i < Math.Max(first.Events.Count, second.Events.Count); i++)
        {
            foreach (var (id, events) in streams.Where(s => i < s.Events.Count))
            {
                interleaved.Apply(id, events[i]);
            }
        }

        var whole = DocumentRegisters.Build(DocumentNumberSchemes.Composite, [first.Events, second.Events]);

        Assert.Equal(whole.MasterList, interleaved.MasterList);
        Assert.Equal(whole.Distribution, interleaved.Distribution);
        Assert.Equal(whole.Approvals, interleaved.Approvals);
    }

    [Fact]
    public void AStreamThatDoesNotStartWithACreation_IsRefused()
    {
        var (first, _) = TwoDocuments();

        Assert.Throws<ArgumentException>(() => DocumentRegisters.Build(DocumentNumberSchemes.Composite, [first.Events.Skip(1)]));
        Assert.Throws<ArgumentException>(() => DocumentRegisters.Build(DocumentNumberSchemes.Composite, [first.Events, first.Events]));
    }
}
