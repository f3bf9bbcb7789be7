using System.Linq;
using FsCheck.Xunit;
using Itsm.Core.Ids;
using Itsm.Documents.Tests.Registers;
using Itsm.Testing;
using NodaTime;

namespace Itsm.Documents.Tests.Records;

/// <summary>The records register against the records it is built from.</summary>
[Properties(Arbitrary = [typeof(RecordArbitraries)], MaxTest = 1_000)]
public class RecordsRegisterProperties
{
    [Property]
    public void ARegisterBuiltFromTheEventsOfManyRecords_SaysWhatEachRecordSays(RecordScenario[] scenarios)
    {
        var records = RegisterLaw.Renamed(scenarios.Select(s => s.Play().Record.Events), (e, id) => ((DocumentRecordDeclared)e) with { Id = new Id<Kinds.Record>(id) }, "REC-")
            .Select(events => DocumentRecord.FromEvents(events, RecordScenario.Settings))
            .ToList();

        var register = RecordsRegister.From(records.Select(r => r.Events));

        RegisterLaw.SaysWhatEachRecordSays(register, records, RecordsRegisterTests.EntryOf);
        Assert.Equal(records.Where(r => r.IsDisposed).Select(r => r.Tombstone).OrderBy(t => t!.DisposedAt).ThenBy(t => t!.Id.Value, System.StringComparer.Ordinal), register.Tombstones);
        var at = RecordScenario.Start + Duration.FromDays(900);
        Assert.Equal(new RecordsDueForDisposalSpec(at).Evaluate(records).Select(r => r.Id), register.DueForDisposalAt(at).Select(e => e.Id));
    }
}
