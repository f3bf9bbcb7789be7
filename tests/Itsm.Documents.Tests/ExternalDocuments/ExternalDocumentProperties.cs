using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Testing;
using Itsm.Testing.Laws;
using NodaTime;

namespace Itsm.Documents.Tests.ExternalDocuments;

/// <summary>The external document's laws over random command sequences from random actors, each for 10,000 cases.</summary>
[Properties(Arbitrary = [typeof(ExternalDocumentArbitraries)], MaxTest = 10_000)]
public class ExternalDocumentProperties
{
    [Property]
    public Property AcceptedCommandsKeepTheInvariants(ExternalDocumentScenario scenario) => AggregateLaws.AcceptedCommandsKeepTheInvariants(scenario, AssertInvariants);

    private static void AssertInvariants(ExternalDocument document)
    {
        var state = document.State;
        Assert.True(System.Enum.IsDefined(state));
        bool inUse = state is ExternalDocumentState.AcceptedForUse or ExternalDocumentState.CurrencyChecked;
        bool ended = state is ExternalDocumentState.Superseded or ExternalDocumentState.Withdrawn;
        Assert.Equal(inUse, document.IsInUse);
        if (inUse)
        {
            Assert.NotNull(document.AcceptedAt);
            Assert.True(document.AcceptedBy!.Equals(document.Owner) || document.AcceptedBy.HasRole(Roles.ProcessOwner));
        }

        if (state == ExternalDocumentState.Identified)
        {
            Assert.Null(document.AcceptedAt);
        }

        Assert.Equal(document.AcceptedAt is not null, document.NextCheckOn is not null);
        if (document.NextCheckOn is { } next)
        {
            Assert.Equal(next.PlusDays(1).AtStartOfDayInZone(ExternalDocumentScenario.Settings.TimeZone).ToInstant(), document.CheckOverdueFrom);
        }

        Assert.Equal(document.CheckCount > 0, document.LastCheck is not null);
        Assert.True(state != ExternalDocumentState.CurrencyChecked || document.CheckCount > 0);
        Assert.True(state != ExternalDocumentState.AcceptedForUse || document.CheckCount == 0);
        Assert.True(!document.IsCheckOverdue || (inUse || ended) && document.LastCommandAt >= document.CheckOverdueFrom);
        Assert.True(document.MissedChecks >= (document.IsCheckOverdue ? 1 : 0));
        Assert.Equal(state == ExternalDocumentState.Superseded, document.SupersededBy is not null);
        Assert.NotEqual<Id<Kinds.ExternalDocument>?>(document.Id, document.SupersededBy);
        Assert.Equal(ended, document.EndReason is not null && document.EndedAt is not null);
        Assert.Equal(document.Events.Count, document.Version);
        Assert.Equal(Enumerable.Range(1, document.Events.Count).Select(i => (long)i), document.Events.Select(e => e.Version));
        Assert.True(document.Events.Zip(document.Events.Skip(1)).All(p => p.First.At <= p.Second.At));
        Assert.Equal(inUse && !document.IsCheckOverdue ? Instant.Max(document.CheckOverdueFrom!.Value, document.LastCommandAt) : null, document.NextDueAt(document.LastCommandAt));
    }
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
