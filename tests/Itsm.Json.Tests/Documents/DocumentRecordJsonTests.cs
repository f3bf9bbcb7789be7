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

public class DocumentRecordJsonTests
{
    private static readonly ItsmJsonOptions Options = new() { Modules = [new DocumentsJsonModule { Records = RecordScenario.Settings }] };

    private static readonly Actor Dc = RecordScenario.Actors[0];
    private static readonly Actor Po = RecordScenario.Actors[1];
    private static readonly Actor Mr = RecordScenario.Actors[2];

    private static Instant Day(int day) => RecordScenario.Start + Duration.FromDays(day);

    private static LocalDate Date(int day) => new LocalDate(2026, 3, 2).PlusDays(day);

    private static DocumentRecord Declared(string id, RetentionPolicy retention) =>
        DocumentRecord.Declare(new Id<Kinds.Record>(id), "Supplier contract C-7", "contract", Po, DocumentRecord.HashContent("contract C-7"u8), "dms://contracts/c-7",
            retention, RecordScenario.Settings, Dc, Day(0));

    /// <summary>A disposed record whose history holds every event but the review.</summary>
    private static DocumentRecord Disposed()
    {
        var record = Declared("REC-1", RetentionPolicy.FromEvent(Period.FromYears(1), "contract end", RetentionAction.Delete));
        record.AppendContent(Po, Day(1), DocumentRecord.HashContent("amendment 1"u8), "amendment 1");
        record.CorrectMetadata(Dc, Day(2), "owner moved", owner: Mr, location: "dms://contracts/archive/c-7");
        record.RecordRetentionTrigger(Po, Day(30), Date(29), "contract C-7 ended");
        record.PlaceLegalHold(Mr, Day(40), "supplier dispute", "CASE-12");
        record.Advance(Actor.System, Day(400));
        record.ReleaseLegalHold(Mr, Day(410), "dispute settled");
        record.ExtendRetention(Dc, Day(411), Period.FromMonths(6), "claim period");
        record.Advance(Actor.System, Day(600));
        record.Dispose(Dc, Day(601), "retention ended");
        return record;
    }

    private static DocumentRecord Reviewed()
    {
        var record = Declared("REC-2", RetentionPolicy.FromDeclaration(Period.FromYears(1), RetentionAction.Review));
        record.Advance(Actor.System, Day(400));
        return record;
    }

    /// <summary>Parses the JSON keeping dates as the strings written (JObject.Parse would turn them into DateTime).</summary>
    private static JObject JsonWithStrings(string json) =>
        JObject.Load(new JsonTextReader(new System.IO.StringReader(json)) { DateParseHandling = DateParseHandling.None });

    private static string Refusal(JObject json) =>
        Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<DocumentRecord>(json.ToString(), Options)).Message;

    [Fact]
    public void EveryRecordEvent_RoundTrips()
    {
        var records = new[] { Disposed(), Reviewed() };

        foreach (var record in records)
        {
            var read = ItsmJson.Deserialize<DocumentRecord>(ItsmJson.Serialize(record, Options), Options);
            Assert.Equal(RecordScenario.Fingerprint(record), RecordScenario.Fingerprint(read));
            Assert.Equal<DomainEvent>(record.Events, read.Events);
            Assert.Equal(ItsmJson.Serialize(record, Options), ItsmJson.Serialize(read, Options));
        }

        var covered = records.SelectMany(r => r.Events).Select(e => e.GetType()).ToHashSet();
        var all = EventTypes.In(typeof(DocumentRecord).Assembly).Values.Where(t => typeof(DocumentRecordEvent).IsAssignableFrom(t));
        Assert.All(all, t => Assert.Contains(t, covered));
    }

    [Fact]
    public void Record_IsWrittenAsStateVersionAndEvents_WithItsRetentionPolicy()
    {
        var json = JsonWithStrings(ItsmJson.Serialize(Disposed(), Options));

        Assert.Equal(("REC-1", "Disposed", 10L), ((string)json["id"]!, (string)json["state"]!, (long)json["version"]!));
        var declared = (JObject)json["events"]![0]!;
        Assert.Equal("record.declared", (string)declared["type"]!);
        Assert.Equal(("P1Y", "FromEvent", "contract end", "Delete"), ((string)declared["retention"]!["period"]!, (string)declared["retention"]!["trigger"]!,
            (string)declared["retention"]!["triggerEvent"]!, (string)declared["retention"]!["actionAfter"]!));
        Assert.Equal(JTokenType.Null, declared["retentionEndsAt"]!.Type);
        Assert.Equal(64, ((string)declared["contentHash"]!).Length);
        Assert.Equal(("2026-03-31", "2027-03-31T00:00:00Z"), ((string)json["events"]![3]!["occurredOn"]!, (string)json["events"]![3]!["retentionEndsAt"]!));
        Assert.Equal("P6M", (string)json["events"]![7]!["extension"]!);
    }

    [Fact]
    public void ADisposalUnderLegalHold_IsRefused()
    {
        var json = JObject.Parse(ItsmJson.Serialize(Disposed(), Options));
        var events = (JArray)json["events"]!;
        events.RemoveAt(6); // the release
        for (int i = 6; i < events.Count; i++)
        {
            events[i]!["version"] = i + 1;
        }

        json["version"] = events.Count;

        Assert.Contains("a record under legal hold is not disposed", Refusal(json), StringComparison.Ordinal);
    }

    [Fact]
    public void ADisposalBeforeTheRetentionEnds_IsRefused()
    {
        var json = JObject.Parse(ItsmJson.Serialize(Disposed(), Options));
        json["events"]![7]!["retentionEndsAt"] = "2028-09-01T00:00:00Z";
        json["events"]![7]!["extension"] = "P1Y6M";

        Assert.StartsWith("events:", Refusal(json), StringComparison.Ordinal);
    }

    [Fact]
    public void BadValuesInEvents_AreRefusedAtTheirPath()
    {
        var json = JObject.Parse(ItsmJson.Serialize(Disposed(), Options));
        json["events"]![0]!["retention"]!["period"] = "three years";
        Assert.StartsWith("events[0].retention.period: 'three years' is not a period", Refusal(json), StringComparison.Ordinal);

        json = JObject.Parse(ItsmJson.Serialize(Disposed(), Options));
        json["events"]![0]!["retention"]!["period"] = "PT5H";
        Assert.StartsWith("events[0].retention: The retention period PT5H is whole years", Refusal(json), StringComparison.Ordinal);

        json = JObject.Parse(ItsmJson.Serialize(Disposed(), Options));
        json["events"]![0]!["retention"]!["actionAfter"] = "Shred";
        Assert.StartsWith("events[0].retention.actionAfter: 'Shred' is not one of", Refusal(json), StringComparison.Ordinal);

        json = JObject.Parse(ItsmJson.Serialize(Disposed(), Options));
        json["events"]![1]!["contentHash"] = "ABC";
        Assert.Contains("a content entry's hash is 64 lower-case hexadecimal digits", Refusal(json), StringComparison.Ordinal);

        json = JObject.Parse(ItsmJson.Serialize(Disposed(), Options));
        json["events"]![2]!["owner"] = "mr";
        Assert.StartsWith("events[2].owner: expected an object", Refusal(json), StringComparison.Ordinal);

        json = JObject.Parse(ItsmJson.Serialize(Disposed(), Options));
        json["events"]![9]!["type"] = "record.shredded";
        Assert.StartsWith("events[9].type: 'record.shredded' is not a record event type", Refusal(json), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownStateName_AndDisagreeingStateOrVersion_AreRefused()
    {
        var json = JObject.Parse(ItsmJson.Serialize(Reviewed(), Options));
        json["state"] = "Archived";
        Assert.Contains("'Archived' is not one of", Refusal(json), StringComparison.Ordinal);

        json["state"] = "Active";
        Assert.StartsWith("state: says Active, but the events leave the record ReviewDue", Refusal(json), StringComparison.Ordinal);

        json["state"] = "ReviewDue";
        json["version"] = 9;
        Assert.StartsWith("version:", Refusal(json), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingWithoutSettings_SaysTheyAreNeeded() =>
        Assert.Contains(
            "no DocumentRecordSettings",
            Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<DocumentRecord>(ItsmJson.Serialize(Reviewed(), Options), new ItsmJsonOptions { Modules = [new DocumentsJsonModule()] })).Message,
            StringComparison.Ordinal);
}

[ScaledProperties(Arbitrary = [typeof(RecordArbitraries)], Cases = 2_000)]
public class DocumentRecordJsonProperties
{
    private static readonly ItsmJsonOptions Options = new() { Modules = [new DocumentsJsonModule { Records = RecordScenario.Settings }] };
}
