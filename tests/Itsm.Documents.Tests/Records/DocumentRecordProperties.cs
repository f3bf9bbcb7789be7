using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using Itsm.Core.Ids;
using Itsm.Testing;
using NodaTime;

namespace Itsm.Documents.Tests.Records;

/// <summary>The record's laws over random command sequences from random actors, each for 10,000 cases.</summary>
[Properties(Arbitrary = [typeof(RecordArbitraries)], MaxTest = 10_000)]
public class DocumentRecordProperties
{
}

/// <summary>The records register against the records it is built from.</summary>
[Properties(Arbitrary = [typeof(RecordArbitraries)], MaxTest = 1_000)]
public class RecordsRegisterProperties
{
    [Property]
    public void ARegisterBuiltFromTheEventsOfManyRecords_SaysWhatEachRecordSays(RecordScenario[] scenarios)
    {
        // Each scenario plays the same id; the declaration is renamed so that every record has its own.
        var records = scenarios.Select((scenario, i) =>
        {
            var events = scenario.Play().Record.Events.ToList();
            events[0] = ((DocumentRecordDeclared)events[0]) with { Id = new Id<Kinds.Record>("REC-" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)) };
            return DocumentRecord.FromEvents(events, RecordScenario.Settings);
        }).ToList();

        var register = RecordsRegister.From(records.Select(r => r.Events));

        Assert.Equal(records.Select(r => r.Id), register.Entries.Select(e => e.Id));
        foreach (var record in records)
        {
            Assert.True(register.TryGet(record.Id, out var entry));
            Assert.Equal(RecordsRegisterTests.EntryOf(record), entry);
        }

        Assert.Equal(records.Where(r => r.IsDisposed).Select(r => r.Tombstone).OrderBy(t => t!.DisposedAt).ThenBy(t => t!.Id.Value, System.StringComparer.Ordinal), register.Tombstones);
        var at = RecordScenario.Start + Duration.FromDays(900);
        Assert.Equal(new RecordsDueForDisposalSpec(at).Evaluate(records).Select(r => r.Id), register.DueForDisposalAt(at).Select(e => e.Id));
    }
}
