using System;
using Itsm.Calendars;
using Itsm.Incidents;
using Itsm.Json.Incidents;
using Itsm.Sla.Clocks;
using Itsm.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;

namespace Itsm.Json.Tests;

/// <summary>The summary a record's document carries (id, state, version) agrees with its events, or the document is
/// refused whole.</summary>
public class RecordSummaryTests
{
    private static readonly ItsmJsonOptions Options = new()
    {
        Calendars = new BusinessCalendarRegistry([IncidentScenario.Calendar]),
        Modules = [new IncidentsJsonModule { Incidents = IncidentScenario.Settings }],
    };

    [Theory]
    [InlineData("\"NOT-THE-INCIDENT\"", "says 'NOT-THE-INCIDENT', but the events are those of 'INC-P'")]
    [InlineData("12345", "expected a string")]
    public void An_incident_whose_id_is_not_its_events_id_is_refused(string id, string message)
    {
        var document = JObject.Parse(ItsmJson.Serialize(new IncidentScenario(2, 2, []).Log(), Options));
        document["id"] = JToken.Parse(id);

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<Incident>(document.ToString(), Options));

        Assert.StartsWith("id:", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clock_whose_id_is_not_its_events_id_is_refused()
    {
        var target = IncidentScenario.Settings.SlaPolicy.TargetFor(Core.Priority.P3, Itsm.Sla.Targets.SlaMetric.Resolution);
        var clock = SlaClock.CreateStarted("INC-1/resolution", target, IncidentScenario.Actors[0], IncidentScenario.Start);
        var document = JObject.Parse(ItsmJson.Serialize(clock, Options));
        document["id"] = "NOT-THE-CLOCK";

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<SlaClock>(document.ToString(), Options));

        Assert.Contains("says 'NOT-THE-CLOCK', but the events are those of 'INC-1/resolution'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_without_its_summary_is_read_from_its_events()
    {
        var incident = new IncidentScenario(2, 2, []).Log();
        incident.Assign(IncidentScenario.Actors[0], IncidentScenario.Start + Duration.FromMinutes(5), new Core.Ids.Id<Core.Ids.Kinds.Group>("messaging"));
        var document = JObject.Parse(ItsmJson.Serialize(incident, Options));
        document.Remove("id");
        document.Remove("state");
        document.Remove("version");

        var again = ItsmJson.Deserialize<Incident>(document.ToString(), Options);

        Assert.Equal(ItsmJson.Serialize(incident, Options), ItsmJson.Serialize(again, Options));
    }
}
