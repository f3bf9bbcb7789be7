using System;
using System.Linq;
using Itsm.Core;
using static Itsm.Documents.Tests.ControlledDocuments.DocumentFixtures;

namespace Itsm.Documents.Tests.ControlledDocuments;

public partial class ControlledDocumentTests
{
    [Fact]
    public void FromEvents_RebuildsTheSameDocument()
    {
        var document = SecondInReview();
        document.Approve(Mr, Day(22));

        var again = ControlledDocument.FromEvents(document.Events, DocumentSettings.Default);

        Assert.Equal(document.Version, again.Version);
        Assert.Equal(
            document.Revisions.Select(r => (r.State, r.LabelText, r.ContentHash, r.Decisions.Count, r.EffectiveFrom)),
            again.Revisions.Select(r => (r.State, r.LabelText, r.ContentHash, r.Decisions.Count, r.EffectiveFrom)));
    }

    [Fact]
    public void FromEvents_RefusesTwoEffectiveRevisions()
    {
        var document = SecondInReview();
        document.Approve(Mr, Day(22));
        document.Approve(Gm, Day(23));
        document.Advance(Actor.System, Day(30));
        var withoutSupersession = document.Events.Where(e => e is not RevisionSuperseded).ToList();

        var e = Assert.Throws<InvalidHistoryException>(() => ControlledDocument.FromEvents(withoutSupersession, DocumentSettings.Default));

        Assert.Contains("at most one effective revision", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEvents_RefusesALabelThatDoesNotIncrease()
    {
        var document = SecondInReview();
        document.Approve(Mr, Day(22));
        document.Approve(Gm, Day(23));
        var events = document.Events.Select(e => e is RevisionApproved { Revision: 2 } a ? a with { Label = new Itsm.Documents.Numbering.RevisionLabel(0, 0), LabelText = "00" } : e).ToList();

        var error = Assert.Throws<InvalidHistoryException>(() => ControlledDocument.FromEvents(events, DocumentSettings.Default));

        Assert.Contains("labels strictly increase", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEvents_RefusesASecondOpenRevision()
    {
        var document = Approved();
        var events = document.Events.Append(new RevisionStarted(Day(3), Author, 2, ChangeKind.Minor) { Version = document.Version + 1 });

        Assert.Contains("still open", Assert.Throws<InvalidHistoryException>(() => ControlledDocument.FromEvents(events, DocumentSettings.Default)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEvents_RefusesAnEventBetweenASuccessorBecomingEffectiveAndTheSupersession()
    {
        var document = Effective();
        document.IssueCopy(Controller, Day(11), "ops-1", "operations office", CopyMedium.Paper);
        document.StartRevision(Author, Day(20), ChangeKind.Minor);
        document.Submit(Author, Day(21), HashB, [new ChangeItem(ChangeMark.Modified, "4.2", "retention of records now three years")], Day(30));
        document.Approve(Mr, Day(22));
        document.Approve(Gm, Day(23));
        document.Advance(Actor.System, Day(30));
        var events = document.Events.ToList();
        int superseded = events.FindIndex(e => e is RevisionSuperseded);

        // Neither a new revision nor a copy's acknowledgement may come while two revisions are effective.
        foreach (var between in new DocumentEvent[] { new RevisionStarted(Day(30), Author, 3, ChangeKind.Minor), new CopyAcknowledged(Day(30), Controller, 1) })
        {
            var history = events.Take(superseded).Append(between).Concat(events.Skip(superseded)).Select((e, i) => e with { Version = i + 1 }).ToList();

            var e = Assert.Throws<InvalidHistoryException>(() => ControlledDocument.FromEvents(history, DocumentSettings.Default));

            Assert.Contains("at most one effective revision", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void FromEvents_RefusesALabelTheSchemeDoesNotSpellThatWay_WithAHistoryError()
    {
        var document = Approved();
        var relabelled = document.Events.Select(e => e is RevisionApproved a ? a with { LabelText = "0" } : e).Append(new RevisionStarted(Day(20), Author, 2, ChangeKind.Minor) { Version = document.Version + 1 });
        var unused = document.Events.Select(e => e is RevisionApproved a ? a with { Label = new Itsm.Documents.Numbering.RevisionLabel(3, 0), LabelText = "00" } : e);

        Assert.Contains("two-digit revision scheme", Assert.Throws<InvalidHistoryException>(() => ControlledDocument.FromEvents(relabelled, DocumentSettings.Default)).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidHistoryException>(() => ControlledDocument.FromEvents(unused, DocumentSettings.Default));
    }

    [Fact]
    public void FromEvents_RefusesAContentHashThatIsNotStoredSha256()
    {
        var document = Approved();
        var events = document.Events.Select(e => e is RevisionSubmitted s ? s with { ContentHash = new string('A', 64) } : e);

        Assert.Contains("64 lower-case hexadecimal digits", Assert.Throws<InvalidHistoryException>(() => ControlledDocument.FromEvents(events, DocumentSettings.Default)).Message, StringComparison.Ordinal);
    }
}
