using System.Linq;
using FsCheck.Xunit;
using Itsm.Core.Ids;
using Itsm.Documents.Tests.Registers;
using Itsm.Testing;
using NodaTime;

namespace Itsm.Documents.Tests.ExternalDocuments;

/// <summary>The external documents register against the documents it is built from.</summary>
[Properties(Arbitrary = [typeof(ExternalDocumentArbitraries)], MaxTest = 1_000)]
public class ExternalDocumentRegisterProperties
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
}
