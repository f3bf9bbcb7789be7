using System.Linq;
using Itsm.Core;
using Itsm.Core.Ids;
using NodaTime;
using static Itsm.Documents.Tests.Records.RecordFixtures;

namespace Itsm.Documents.Tests.Records;

public class RecordsRegisterTests
{
    /// <summary>What the register should say of a record, read from the aggregate.</summary>
    internal static RecordsRegisterEntry EntryOf(DocumentRecord r) =>
        new(r.Id, r.Title, r.RecordClass, r.Owner, r.Location, r.ContentHash, r.DeclaredAt, r.Retention.ActionAfter, r.RetentionEndsAt, r.IsUnderLegalHold,
            r.State, r.Tombstone, r.Version);

    [Fact]
    public void From_IsTheMasterListOfRecords_WithTheirTombstones()
    {
        var disposed = DueForDisposal("REC-1");
        disposed.Dispose(Dc, ThreeYearsOn, "retention ended");
        var held = Declared("REC-2");
        held.PlaceLegalHold(Mr, Day(1), "dispute", "CASE-1");
        var corrected = Declared("REC-0");
        corrected.CorrectMetadata(Dc, Day(2), "moved", location: "archive://box-1", owner: Mr);

        var register = RecordsRegister.From([disposed.Events, held.Events, corrected.Events]);

        Assert.Equal(["REC-0", "REC-1", "REC-2"], register.Entries.Select(e => e.Id.Value));
        Assert.Equal([disposed.Tombstone!], register.Tombstones);
        Assert.Equal(EntryOf(corrected), register.Entries[0]);
        Assert.True(register.TryGet(held.Id, out var entry));
        Assert.True(entry!.IsUnderLegalHold);
        Assert.Equal(("archive://box-1", Mr), (register.Entries[0].Location, register.Entries[0].Owner));
        Assert.Empty(register.DueForDisposalAt(ThreeYearsOn - Duration.FromSeconds(1)));
        Assert.Equal(["REC-0"], register.DueForDisposalAt(ThreeYearsOn).Select(e => e.Id.Value));
    }

    [Fact]
    public void Apply_KeepsTheRegisterCurrentEventByEvent()
    {
        var record = Declared(retention: OneYearThenReview);
        var register = new RecordsRegister();
        register.Apply(record.Id, record.Events[0]);
        record.Advance(Actor.System, OneYearOn);
        record.ExtendRetention(Po, OneYearOn, Period.FromYears(1), "keep another year");
        foreach (var e in record.Events.Skip(1))
        {
            register.Apply(record.Id, e);
        }

        Assert.Equal(EntryOf(record), register.Entries.Single());
        Assert.Equal(DocumentRecordState.Active, register.Entries.Single().State);
    }

    [Fact]
    public void Apply_RefusesEventsOutOfOrder_AndRecordsDeclaredTwice()
    {
        var record = Declared();
        record.PlaceLegalHold(Mr, Day(1), "dispute");
        var register = new RecordsRegister();

        Assert.Throws<InvalidHistoryException>(() => register.Apply(record.Id, record.Events[1]));
        register.Apply(record.Id, record.Events[0]);
        Assert.Throws<InvalidHistoryException>(() => register.Apply(record.Id, record.Events[0]));
        Assert.Throws<InvalidHistoryException>(() => register.Apply(new Id<Kinds.Record>("REC-9"), record.Events[0]));
        Assert.Throws<InvalidHistoryException>(() => RecordsRegister.From([record.Events.Skip(1)]));
        Assert.Throws<InvalidHistoryException>(() => RecordsRegister.From([System.Array.Empty<DocumentRecordEvent>()]));
        Assert.Equal(1, register.Count);
    }
}
