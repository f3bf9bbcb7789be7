using System.Linq;
using Itsm.Core;
using Itsm.Core.Ids;
using static Itsm.Documents.Tests.ExternalDocuments.ExternalDocumentFixtures;

namespace Itsm.Documents.Tests.ExternalDocuments;

public class ExternalDocumentRegisterTests
{
    /// <summary>What the register should say of a document, read from the aggregate.</summary>
    internal static ExternalDocumentRegisterEntry EntryOf(ExternalDocument d) =>
        new(d.Id, d.Kind, d.Issuer, d.Reference, d.Edition, d.Title, d.Owner, d.State, d.NextCheckOn, d.CheckOverdueFrom, d.IsCheckOverdue,
            d.LastCheck?.CheckedAt, d.LastCheck?.Result, d.SupersededBy, d.Version);

    [Fact]
    public void From_ListsEveryDocumentWithIssuerReferenceEditionStatusNextCheckAndOwner()
    {
        var old = Accepted("EXT-1");
        old.RecordCurrencyCheck(Dc, Day(30), CurrencyCheckResult.NewEditionAvailable, Date(60));
        var newer = Identified("EXT-2", day: 31);
        old.Supersede(Dc, Day(32), newer.Id, "2025 edition registered");
        var law = Accepted("EXT-0");

        var register = ExternalDocumentRegister.From([old.Events, newer.Events, law.Events]);

        Assert.Equal(["EXT-0", "EXT-1", "EXT-2"], register.Entries.Select(e => e.Id.Value));
        Assert.True(register.TryGet(old.Id, out var entry));
        Assert.Equal(("ISO", "ISO/IEC 20000-1", "2018", ExternalDocumentState.Superseded, Date(60), Owner), (entry!.Issuer, entry.Reference, entry.Edition, entry.State, entry.NextCheckOn, entry.Owner));
        Assert.Equal(newer.Id, entry.SupersededBy);
        Assert.Equal(CurrencyCheckResult.NewEditionAvailable, entry.LastCheckResult);
        Assert.Equal(EntryOf(law), register.Entries[0]);
        Assert.False(register.TryGet(new Id<Kinds.ExternalDocument>("EXT-9"), out _));
    }

    [Fact]
    public void Apply_KeepsTheRegisterCurrentEventByEvent()
    {
        var document = Accepted();
        var register = new ExternalDocumentRegister();
        foreach (var e in document.Events)
        {
            register.Apply(document.Id, e);
        }

        document.Advance(Actor.System, Day(100));
        register.Apply(document.Id, document.Events[^1]);

        Assert.True(register.Entries.Single().IsCheckOverdue);
        Assert.Equal(EntryOf(document), register.Entries.Single());
        Assert.Equal([document.Id], register.CheckOverdueAt(Day(100)).Select(e => e.Id));
        Assert.Empty(register.CheckOverdueAt(Day(90)));
    }

    [Fact]
    public void Apply_RefusesEventsOutOfOrder_AndDocumentsRegisteredTwice()
    {
        var document = Accepted();
        var register = new ExternalDocumentRegister();

        Assert.Throws<InvalidHistoryException>(() => register.Apply(document.Id, document.Events[1]));
        register.Apply(document.Id, document.Events[0]);
        Assert.Throws<InvalidHistoryException>(() => register.Apply(document.Id, document.Events[0]));
        Assert.Throws<InvalidHistoryException>(() => register.Apply(new Id<Kinds.ExternalDocument>("EXT-9"), document.Events[0]));
        register.Apply(document.Id, document.Events[1]);
        Assert.Throws<InvalidHistoryException>(() => register.Apply(document.Id, document.Events[1]));
        Assert.Throws<InvalidHistoryException>(() => ExternalDocumentRegister.From([document.Events.Skip(1)]));
        Assert.Throws<InvalidHistoryException>(() => ExternalDocumentRegister.From([System.Array.Empty<ExternalDocumentEvent>()]));
        Assert.Equal(1, register.Count);
    }
}
