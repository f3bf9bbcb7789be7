using Itsm.Json.Documents;
using System;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Events;
using Itsm.Core.Ids;
using Itsm.Documents;
using Itsm.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;
using Itsm.Tests.Shared;

namespace Itsm.Json.Tests.Documents;

public class ExternalDocumentJsonTests
{
    private static readonly ItsmJsonOptions Options = new() { Modules = [new DocumentsJsonModule { ExternalDocuments = ExternalDocumentScenario.Settings }] };

    private static readonly Actor Dc = ExternalDocumentScenario.Actors[0];
    private static readonly Actor Owner = ExternalDocumentScenario.Actors[1];
    private static readonly Actor Mr = ExternalDocumentScenario.Actors[3];

    private static Instant Day(int day) => ExternalDocumentScenario.Start + Duration.FromDays(day);

    private static LocalDate Date(int day) => new LocalDate(2026, 3, 2).PlusDays(day);

    private static ExternalDocument Identified(string id = "EXT-1") =>
        ExternalDocument.Identify(new Id<Kinds.ExternalDocument>(id), ExternalDocumentKind.CustomerDocument, "ACME Ltd", "ACME-SEC-7", "3", "ACME security requirements",
            Owner, "services delivered to ACME", ExternalDocumentScenario.Settings, Dc, Day(0));

    /// <summary>A superseded document whose history holds every event but the withdrawal.</summary>
    private static ExternalDocument Superseded()
    {
        var document = Identified();
        document.AcceptForUse(Owner, Day(0), Date(30));
        document.RecordCurrencyCheck(Dc, Day(20), CurrencyCheckResult.Current, Date(60), "asked ACME");
        document.Advance(Actor.System, Day(70));
        document.RecordCurrencyCheck(Dc, Day(75), CurrencyCheckResult.NewEditionAvailable, Date(100));
        document.Supersede(Dc, Day(76), new Id<Kinds.ExternalDocument>("EXT-2"), "edition 4 registered");
        return document;
    }

    private static ExternalDocument Withdrawn()
    {
        var document = Identified("EXT-W");
        document.Withdraw(Mr, Day(1), "ACME contract not signed");
        return document;
    }

    /// <summary>Parses the JSON keeping dates as the strings written (JObject.Parse would turn them into DateTime).</summary>
    private static JObject JsonWithStrings(string json) =>
        JObject.Load(new JsonTextReader(new System.IO.StringReader(json)) { DateParseHandling = DateParseHandling.None });

    private static string Refusal(JObject json) =>
        Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<ExternalDocument>(json.ToString(), Options)).Message;

    [Fact]
    public void EveryExternalDocumentEvent_RoundTrips()
    {
        var documents = new[] { Superseded(), Withdrawn() };

        foreach (var document in documents)
        {
            var read = ItsmJson.Deserialize<ExternalDocument>(ItsmJson.Serialize(document, Options), Options);
            Assert.Equal(ExternalDocumentScenario.Fingerprint(document), ExternalDocumentScenario.Fingerprint(read));
            Assert.Equal<DomainEvent>(document.Events, read.Events);
            Assert.Equal(ItsmJson.Serialize(document, Options), ItsmJson.Serialize(read, Options));
        }

        var covered = documents.SelectMany(d => d.Events).Select(e => e.GetType()).ToHashSet();
        var all = EventTypes.In(typeof(ExternalDocument).Assembly).Values.Where(t => typeof(ExternalDocumentEvent).IsAssignableFrom(t));
        Assert.All(all, t => Assert.Contains(t, covered));
    }

    [Fact]
    public void ExternalDocument_IsWrittenAsStateVersionAndEvents()
    {
        var json = JsonWithStrings(ItsmJson.Serialize(Superseded(), Options));

        Assert.Equal(("EXT-1", "Superseded", 6L), ((string)json["id"]!, (string)json["state"]!, (long)json["version"]!));
        var identified = (JObject)json["events"]![0]!;
        Assert.Equal(("external-document.identified", "CustomerDocument", "owner"), ((string)identified["type"]!, (string)identified["kind"]!, (string)identified["owner"]!["id"]!));
        var accepted = (JObject)json["events"]![1]!;
        Assert.Equal(("2026-04-01", "2026-04-02T00:00:00Z"), ((string)accepted["nextCheckOn"]!, (string)accepted["checkOverdueFrom"]!));
        Assert.Equal("2026-05-01", (string)json["events"]![3]!["dueOn"]!);
    }

    [Fact]
    public void ImpossibleDocuments_AreRefusedWithThePath()
    {
        var json = JObject.Parse(ItsmJson.Serialize(Superseded(), Options));
        json["events"]![3]!["at"] = "2026-04-01T12:00:00Z";
        json["events"]![3]!["dueOn"] = "2026-03-31";
        Assert.StartsWith("events:", Refusal(json), StringComparison.Ordinal);

        json = JObject.Parse(ItsmJson.Serialize(Superseded(), Options));
        json["events"]![1]!["checkOverdueFrom"] = "2027-01-01T00:00:00Z";
        Assert.Contains("a check becomes overdue at the start of the day after its check date", Refusal(json), StringComparison.Ordinal);

        json = JObject.Parse(ItsmJson.Serialize(Superseded(), Options));
        ((JArray)json["events"]!).RemoveAt(1);
        for (int i = 1; i < 5; i++)
        {
            json["events"]![i]!["version"] = i + 1;
        }

        json["version"] = 5;
        Assert.Contains("does not allow RecordCurrencyCheck while Identified", Refusal(json), StringComparison.Ordinal);
    }

    [Fact]
    public void BadValuesInEvents_AreRefusedAtTheirPath()
    {
        var json = JObject.Parse(ItsmJson.Serialize(Superseded(), Options));
        json["events"]![0]!["kind"] = "Rumour";
        Assert.StartsWith("events[0].kind: 'Rumour' is not one of", Refusal(json), StringComparison.Ordinal);

        json = JObject.Parse(ItsmJson.Serialize(Superseded(), Options));
        json["events"]![1]!["nextCheckOn"] = "next spring";
        Assert.StartsWith("events[1].nextCheckOn: 'next spring' is not a date", Refusal(json), StringComparison.Ordinal);

        json = JObject.Parse(ItsmJson.Serialize(Superseded(), Options));
        json["events"]![2]!["note"] = 7;
        Assert.StartsWith("events[2].note: expected a string", Refusal(json), StringComparison.Ordinal);

        json = JObject.Parse(ItsmJson.Serialize(Superseded(), Options));
        json["events"]![5]!["supersededBy"] = " EXT-2";
        Assert.StartsWith("events[5].supersededBy:", Refusal(json), StringComparison.Ordinal);

        json = JObject.Parse(ItsmJson.Serialize(Superseded(), Options));
        json["events"]![4]!["type"] = "external-document.lost";
        Assert.StartsWith("events[4].type: 'external-document.lost' is not an external document event type", Refusal(json), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownStateName_AndDisagreeingStateOrVersion_AreRefused()
    {
        var json = JObject.Parse(ItsmJson.Serialize(Withdrawn(), Options));
        json["state"] = "Lost";
        Assert.Contains("'Lost' is not one of", Refusal(json), StringComparison.Ordinal);

        json["state"] = "Identified";
        Assert.StartsWith("state: says Identified, but the events leave the record Withdrawn", Refusal(json), StringComparison.Ordinal);

        json["state"] = "Withdrawn";
        json["version"] = 3;
        Assert.StartsWith("version:", Refusal(json), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingWithoutSettings_SaysTheyAreNeeded() =>
        Assert.Contains(
            "no ExternalDocumentSettings",
            Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<ExternalDocument>(ItsmJson.Serialize(Withdrawn(), Options), new ItsmJsonOptions { Modules = [new DocumentsJsonModule()] })).Message,
            StringComparison.Ordinal);
}

[ScaledProperties(Arbitrary = [typeof(ExternalDocumentArbitraries)], Cases = 2_000)]
public class ExternalDocumentJsonProperties
{
    private static readonly ItsmJsonOptions Options = new() { Modules = [new DocumentsJsonModule { ExternalDocuments = ExternalDocumentScenario.Settings }] };
}
