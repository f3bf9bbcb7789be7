using Itsm.Json.Incidents;
using System;
using System.Linq;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Incidents;
using Itsm.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;
using Itsm.Tests.Shared;

namespace Itsm.Json.Tests.Incidents;

public class IncidentJsonTests
{
    private static readonly ItsmJsonOptions Options = new()
    {
        Calendars = new BusinessCalendarRegistry([IncidentScenario.Calendar]),
        Modules = [new IncidentsJsonModule { Incidents = IncidentScenario.Settings }],
    };

    private static Incident Sample()
    {
        var desk = IncidentScenario.Actors[0];
        var resolver = IncidentScenario.Actors[1];
        var start = IncidentScenario.Start;
        var incident = new IncidentScenario(1, 2, []).Log();
        incident.Assign(desk, start + Duration.FromMinutes(10), new Core.Ids.Id<Core.Ids.Kinds.Group>("messaging"), "res-1");
        incident.Acknowledge(resolver, start + Duration.FromMinutes(20));
        incident.PutOnHold(resolver, start + Duration.FromHours(2), HoldReason.AwaitingVendor);
        incident.Resume(resolver, start + Duration.FromHours(20));
        incident.ClassifySecurity(resolver, start + Duration.FromHours(21), new SecurityFacts(Duration.FromHours(5), 1000) { Information = new(SecrecyGrade.EnterpriseConfidential, InformationExposure.Lost), EventKind = SecurityEventKind.HumanError });
        incident.Escalate(resolver, start + Duration.FromHours(21), EscalationKind.Functional, "needs the vendor's team", new Core.Ids.Id<Core.Ids.Kinds.Group>("vendor"));
        incident.Advance(Actor.System, start + Duration.FromHours(27));
        incident.Resolve(resolver, start + Duration.FromHours(28), "patched", "applied the vendor's patch");
        return incident;
    }

    [Fact]
    public void Incident_RoundTrips_WithItsClocks()
    {
        var incident = Sample();

        string json = ItsmJson.Serialize(incident, Options);
        var again = ItsmJson.Deserialize<Incident>(json, Options);

        Assert.Equal(incident.Version, again.Version);
        Assert.Equal((incident.State, incident.Group, incident.SecurityClass, incident.ResolutionCode), (again.State, again.Group, again.SecurityClass, again.ResolutionCode));
        Assert.Equivalent(incident.SlaStatusAt(IncidentScenario.Start + Duration.FromDays(3)), again.SlaStatusAt(IncidentScenario.Start + Duration.FromDays(3)));
        Assert.Equal(json, ItsmJson.Serialize(again, Options));
        Assert.Contains("\"incident.sla-warning-raised\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ProgressUpdates_AndOverdueUpdates_RoundTrip_WithAudienceTextAndDeadline()
    {
        var im = IncidentScenario.Actors[3];
        var start = IncidentScenario.Start;
        var incident = new IncidentScenario(1, 1, []).Log();
        incident.DeclareMajor(im, start, "im");
        incident.RecordProgressUpdate(im, start + Duration.FromMinutes(45), UpdateAudience.Customer, "queues drained at 08:40");
        incident.RecordProgressUpdate(im, start + Duration.FromMinutes(50), UpdateAudience.Management, "CIO by phone");
        incident.Advance(Actor.System, start + Duration.FromHours(3));

        string json = ItsmJson.Serialize(incident, Options);
        var again = ItsmJson.Deserialize<Incident>(json, Options);

        Assert.Equal(incident.ProgressUpdates, again.ProgressUpdates);
        Assert.Equal(incident.ProgressUpdateDueAt(UpdateAudience.Customer), again.ProgressUpdateDueAt(UpdateAudience.Customer));
        Assert.Equal(incident.ProgressUpdateDueAt(UpdateAudience.Management), again.ProgressUpdateDueAt(UpdateAudience.Management));
        Assert.Equal(json, ItsmJson.Serialize(again, Options));
        var events = JObject.Parse(json)["events"]!;
        var updated = events.First(e => (string?)e["type"] == "incident.progress-updated");
        Assert.Equal(("Customer", "queues drained at 08:40"), ((string?)updated["audience"], (string?)updated["text"]));
        var overdue = events.First(e => (string?)e["type"] == "incident.progress-update-overdue");
        Assert.Equal("Customer", (string?)overdue["audience"]);
        Assert.Contains("\"dueAt\": \"2026-03-02T09:45:00Z\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void TopManagementInformed_WrittenBeforeAudiences_ReadsAsAnUpdateToManagement()
    {
        var im = IncidentScenario.Actors[3];
        var start = IncidentScenario.Start;
        var incident = new IncidentScenario(1, 1, []).Log();
        incident.DeclareMajor(im, start, "im");
        incident.RecordTopManagementInformed(im, start + Duration.FromMinutes(50), "CIO by phone");
        var json = JObject.Parse(ItsmJson.Serialize(incident, Options));
        var informed = (JObject)json["events"]!.Last!;
        informed["type"] = "incident.top-management-informed";
        informed.Remove("audience");
        informed.Remove("text");
        informed["note"] = "CIO by phone";

        var again = ItsmJson.Deserialize<Incident>(json.ToString(), Options);

        Assert.Equal(incident.ProgressUpdates, again.ProgressUpdates);
        Assert.Equal(start + Duration.FromMinutes(50), again.TopManagementInformedAt);
    }

    [Theory]
    [InlineData("audience", "\"Board\"")]
    [InlineData("audience", "null")]
    [InlineData("dueAt", "\"yesterday\"")]
    [InlineData("dueAt", "7")]
    public void AnOverdueUpdateWithABadValue_IsRefusedAtItsPath(string property, string value)
    {
        var incident = new IncidentScenario(1, 1, []).Log();
        incident.Advance(Actor.System, IncidentScenario.Start + Duration.FromHours(3));
        var json = JObject.Parse(ItsmJson.Serialize(incident, Options));
        var events = (JArray)json["events"]!;
        int index = events.ToList().FindIndex(e => (string?)e["type"] == "incident.progress-update-overdue");
        events[index]![property] = JToken.Parse(value);

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<Incident>(json.ToString(), Options));

        // A wrong value is refused at its own path; a null one at its event's, as a missing value.
        Assert.StartsWith($"events[{index}]", error.Message, StringComparison.Ordinal);
        Assert.Contains(property, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClosedIncidentWithoutAResolution_IsRefused()
    {
        var incident = Sample();
        incident.Close(IncidentScenario.Actors[2], IncidentScenario.Start + Duration.FromHours(29));
        var json = JObject.Parse(ItsmJson.Serialize(incident, Options));
        var events = (JArray)json["events"]!;
        var resolved = events.Single(e => (string)e["type"]! == "incident.resolved");
        int index = events.IndexOf(resolved);
        events.RemoveAt(index);
        for (int i = index; i < events.Count; i++)
        {
            events[i]!["version"] = i + 1;
        }

        json.Remove("version");

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<Incident>(json.ToString(), Options));

        Assert.Contains("Close while InProgress", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SecurityFactsWithBadValues_AreRefusedAtTheirPath()
    {
        (string Path, JToken Value)[] bad =
        [
            ("loss", "a lot"),
            ("disaster", "Earthquake"),
            ("eventKind", 3),
            ("information.exposure", "Stolen"),
            ("information.grade.rank", "high"),
            ("information.grade.rank", 1e12),
            ("information.grade.name", 7),
        ];
        foreach (var (path, value) in bad)
        {
            var json = JObject.Parse(ItsmJson.Serialize(Sample(), Options));
            var facts = (JObject)((JArray)json["events"]!).Single(e => (string)e["type"]! == "incident.security-classified")["facts"]!;
            facts.SelectToken(path)!.Replace(value);

            var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<Incident>(json.ToString(), Options));

            Assert.Contains(".facts." + path + ":", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void UnknownStateName_AndDisagreeingVersion_AreRefused()
    {
        var json = JObject.Parse(ItsmJson.Serialize(Sample(), Options));
        json["state"] = "Pending";
        Assert.Contains("'Pending' is not one of", Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<Incident>(json.ToString(), Options)).Message, StringComparison.Ordinal);

        json["state"] = "Resolved";
        json["version"] = 99;
        Assert.StartsWith("version:", Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<Incident>(json.ToString(), Options)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AParentAndItsChild_RoundTrip_WithTheirLinksAndTheCascadedResolution()
    {
        var im = IncidentScenario.Actors[3];
        var records = new IncidentFamilyScenario(true, []).Start();
        var at = IncidentScenario.Start + Duration.FromHours(1);
        IncidentFamily.Link(records[0], records[1], im, at);
        IncidentFamily.Of(records[0], [records[1]]).Resolve(im, at + Duration.FromHours(1), "restored", "relay back");

        foreach (var record in records.Take(2))
        {
            string json = ItsmJson.Serialize(record, Options);
            var read = ItsmJson.Deserialize<Incident>(json, Options);

            Assert.Equal((record.State, record.Parent, record.ResolutionCode), (read.State, read.Parent, read.ResolutionCode));
            Assert.Equal(record.Children, read.Children);
            Assert.Equal(json, ItsmJson.Serialize(read, Options));
        }

        Assert.Contains("\"incident.resolved-with-parent\"", ItsmJson.Serialize(records[1], Options), StringComparison.Ordinal);
        Assert.Contains("\"incident.child-linked\"", ItsmJson.Serialize(records[0], Options), StringComparison.Ordinal);
    }

    [Fact]
    public void AnAppliedWorkaround_RoundTrips()
    {
        var incident = new IncidentScenario(2, 2, []).Log();
        var history = incident.Events;
        var applied = new IncidentWorkaroundApplied(IncidentScenario.Start, IncidentScenario.Actors[1], new Core.Ids.Id<Core.Ids.Kinds.KnownError>("KE-1"), "flush the queue") { Version = 2 };
        var withWorkaround = Incident.FromEvents([.. history, applied], IncidentScenario.Settings);

        var read = ItsmJson.Deserialize<Incident>(ItsmJson.Serialize(withWorkaround, Options), Options);

        Assert.Equal(withWorkaround.Workarounds, read.Workarounds);
        Assert.Contains("\"incident.workaround-applied\"", ItsmJson.Serialize(read, Options), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingWithoutSettings_SaysTheyAreNeeded() =>
        Assert.Contains(
            "no IncidentSettings",
            Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<Incident>(ItsmJson.Serialize(Sample(), Options), new ItsmJsonOptions { Calendars = Options.Calendars, Modules = [new IncidentsJsonModule()] })).Message,
            StringComparison.Ordinal);
}

[ScaledProperties(Arbitrary = [typeof(IncidentArbitraries)], Cases = 2_000)]
public class IncidentJsonProperties
{
    private static readonly ItsmJsonOptions Options = new()
    {
        Calendars = new BusinessCalendarRegistry([IncidentScenario.Calendar]),
        Modules = [new IncidentsJsonModule { Incidents = IncidentScenario.Settings }],
    };
}
