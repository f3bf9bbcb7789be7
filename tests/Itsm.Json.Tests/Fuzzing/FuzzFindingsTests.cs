using System;
using System.Linq;
using Itsm.Changes;
using Itsm.Core;
using Itsm.Documents;
using Itsm.Incidents;
using Itsm.Sla.Clocks;
using Itsm.Sla.Reports;
using Itsm.Testing;
using Itsm.Testing.Laws;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Itsm.Json.Tests.Fuzzing;

/// <summary>What the fuzz suite found escaping, each kept as an example: every one is now refused with a documented
/// exception at the path of the value.</summary>
public class FuzzFindingsTests
{
    [Fact]
    public void A_change_linking_an_id_no_record_can_have_is_refused()
    {
        var (json, options) = FirstWith(() => Histories.Sample(ChangeArbitraries.Scenarios(), 400).Select(s => ItsmJson.Serialize(Histories.Play(s).Record, ChangeScenario.JsonOptions)), "change.linked", ChangeScenario.JsonOptions);
        var document = JObject.Parse(json);
        document.SelectTokens("$.events[?(@.type == 'change.linked')].record").First().Replace(new string('1', 1_000));

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<Change>(document.ToString(), options));

        Assert.StartsWith("events:", error.Message, StringComparison.Ordinal);
        Assert.Contains("a link names a valid record id, once", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_availability_report_with_more_agreed_time_than_its_period_is_refused()
    {
        string json = FuzzTargets.All["AvailabilityReport"].Seeds[0];
        var document = JObject.Parse(json);
        document["agreedServiceTime"] = "777215:00:00:00";

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<AvailabilityReport>(document.ToString()));

        Assert.Contains("The agreed service time 777215:00:00:00 is outside 0 to the report period's length 7:00:00:00", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("2250-01-01")]
    public void An_external_document_whose_next_check_is_past_the_supported_dates_is_refused(string date)
    {
        var (json, options) = FirstWith(() => FuzzTargets.All["ExternalDocument"].Seeds, "nextCheckOn", ExternalDocumentScenario.JsonOptions);
        var document = JObject.Parse(json);
        document.SelectTokens("$..nextCheckOn").First().Replace(date);

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<ExternalDocument>(document.ToString(), options));

        Assert.Contains("dates lie from 1700-01-01 to 2249-12-31", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-9998-01-01T00:00:00Z")]
    [InlineData("1626-05-01T00:00:00Z")]
    [InlineData("2425-01-01T00:00:00Z")]
    public void An_incident_with_an_event_outside_the_supported_range_is_refused(string at)
    {
        var document = JObject.Parse(FuzzTargets.All["Incident"].Seeds[0]);
        ((JArray)document["events"]!).Last!["at"] = at;

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<Incident>(document.ToString(), IncidentScenario.JsonOptions));

        Assert.Contains(RecordTime.Rule, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clock_with_an_event_at_the_end_of_time_is_refused()
    {
        var document = JObject.Parse(FuzzTargets.All["SlaClock"].Seeds[0]);
        ((JArray)document["events"]!).Last!["at"] = "9999-12-31T23:59:59Z";

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<SlaClock>(document.ToString(), ClockScenario.JsonOptions));

        Assert.Contains(RecordTime.Rule, error.Message, StringComparison.Ordinal);
    }

    private static (string Json, ItsmJsonOptions Options) FirstWith(Func<System.Collections.Generic.IEnumerable<string>> documents, string text, ItsmJsonOptions options) =>
        (documents().FirstOrDefault(d => d.Contains(text, StringComparison.Ordinal)) ?? throw new InvalidOperationException($"no generated document holds {text}"), options);
}
