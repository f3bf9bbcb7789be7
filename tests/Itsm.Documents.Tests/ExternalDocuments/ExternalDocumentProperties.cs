using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using Itsm.Core.Ids;
using Itsm.Testing;
using NodaTime;

namespace Itsm.Documents.Tests.ExternalDocuments;

/// <summary>The external document's laws over random command sequences from random actors, each for 10,000 cases.</summary>
[Properties(Arbitrary = [typeof(ExternalDocumentArbitraries)], MaxTest = 10_000)]
public class ExternalDocumentProperties
{
}

/// <summary>The external documents register against the documents it is built from.</summary>
[Properties(Arbitrary = [typeof(ExternalDocumentArbitraries)], MaxTest = 1_000)]
public class ExternalDocumentRegisterProperties
{
    [Property]
    public void ARegisterBuiltFromTheEventsOfManyDocuments_SaysWhatEachDocumentSays(ExternalDocumentScenario[] scenarios)
    {
        // Each scenario plays the same id; the registering is renamed so that every document has its own.
        var documents = scenarios.Select((scenario, i) =>
        {
            var events = scenario.Play().Document.Events.ToList();
            events[0] = ((ExternalDocumentIdentified)events[0]) with { Id = new Id<Kinds.ExternalDocument>("EXT-" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)) };
            return ExternalDocument.FromEvents(events, ExternalDocumentScenario.Settings);
        }).ToList();

        var register = ExternalDocumentRegister.From(documents.Select(d => d.Events));

        Assert.Equal(documents.Select(d => d.Id), register.Entries.Select(e => e.Id));
        foreach (var document in documents)
        {
            Assert.True(register.TryGet(document.Id, out var entry));
            Assert.Equal(ExternalDocumentRegisterTests.EntryOf(document), entry);
        }

        var at = ExternalDocumentScenario.Start + Duration.FromDays(500);
        Assert.Equal(new ExternalDocumentsWithOverdueCheckSpec(at).Evaluate(documents).Select(d => d.Id), register.CheckOverdueAt(at).Select(e => e.Id));
    }
}
