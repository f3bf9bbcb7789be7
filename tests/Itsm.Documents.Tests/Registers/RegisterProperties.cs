using System.Linq;
using FsCheck.Xunit;
using Itsm.Core.Ids;
using Itsm.Documents.Tests.ExternalDocuments;
using Itsm.Documents.Tests.Records;
using Itsm.Testing;
using NodaTime;
using Itsm.Tests.Shared;

namespace Itsm.Documents.Tests.Registers;

/// <summary>The registers built from many records' events against the records themselves (<see cref="RegisterLaw"/>),
/// and their queries against the specifications.</summary>
[ScaledProperties(Arbitrary = [typeof(ExternalDocumentArbitraries), typeof(RecordArbitraries)], Cases = 200)]
public class RegisterProperties
{
    [Property]
    public void ARegisterBuiltFromTheEventsOfManyDocuments_SaysWhatEachDocumentSays(ExternalDocumentScenario[] scenarios)
    {
        var documents = RegisterLaw.Renamed(scenarios.Select(s => s.Play().Document.Events), (e, id) => ((ExternalDocumentIdentified)e) with { Id = new Id<Kinds.ExternalDocument>(id) }, "EXT-")
            .Select(events => ExternalDocument.FromEvents(events, ExternalDocumentScenario.Settings))
            .ToList();

        var register = ExternalDocumentRegister.From(documents.Select(d => d.Events));

        RegisterLaw.SaysWhatEachRecordSays(register, documents, ExternalDocumentRegisterTests.EntryOf);
        var at = ExternalDocumentScenario.Start + Duration.FromDays(500);
        Assert.Equal(new ExternalDocumentsWithOverdueCheckSpec(at).Evaluate(documents).Select(d => d.Id), register.CheckOverdueAt(at).Select(e => e.Id));
    }

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
