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

        Assert.Contains("The agreed service time 777215 d is outside 0 to the report period's length 7 d", error.Message, StringComparison.Ordinal);
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

    [Theory]
    [InlineData("impact", "-7", "impact -7 and urgency")]
    [InlineData("urgency", "99", "urgency 99 are levels 1 to 9")]
    [InlineData("impact", "10", "impact 10 and urgency")]
    [InlineData("overrideReason", "\" \"", "an override reason is absent or not blank")]
    public void An_incident_assessed_outside_the_ranges_of_any_matrix_is_refused(string field, string value, string message)
    {
        var document = JObject.Parse(FuzzTargets.All["Incident"].Seeds[0]);
        ((JArray)document["events"]!)[0][field] = JToken.Parse(value);

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<Incident>(document.ToString(), IncidentScenario.JsonOptions));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_incident_assessed_under_a_larger_matrix_than_todays_still_loads()
    {
        var document = JObject.Parse(FuzzTargets.All["Incident"].Seeds[0]);
        ((JArray)document["events"]!)[0]["impact"] = 9;

        Assert.Equal(9, ItsmJson.Deserialize<Incident>(document.ToString(), IncidentScenario.JsonOptions).Impact);
    }

    [Theory]
    [InlineData("count", "-1")]
    [InlineData("met", "5")]
    [InlineData("onTimePercent", "100.5")]
    public void A_service_level_line_whose_figures_contradict_each_other_is_refused(string field, string value)
    {
        var document = JObject.Parse(FuzzTargets.All["ServiceLevelReport"].Seeds[0]);
        document["lines"]![0]![field] = JToken.Parse(value);

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<ServiceLevelReport>(document.ToString()));

        Assert.StartsWith("lines[0]:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("issues", "-3")]
    [InlineData("completedOnTime", "1000")]
    [InlineData("openAtEnd", "1000")]
    public void Operations_figures_that_contradict_each_other_are_refused(string field, string value)
    {
        var document = JObject.Parse(FuzzTargets.All["ServiceLevelReport"].Seeds[0]);
        document["operations"]![field] = JToken.Parse(value);

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<ServiceLevelReport>(document.ToString()));

        Assert.StartsWith("operations:", error.Message, StringComparison.Ordinal);
        Assert.Contains("contradict each other", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_availability_report_whose_percentage_was_changed_by_hand_is_refused()
    {
        var document = JObject.Parse(FuzzTargets.All["AvailabilityReport"].Seeds[0]);
        document["availabilityPercent"] = 99.99;

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<AvailabilityReport>(document.ToString()));

        Assert.StartsWith("availabilityPercent: says 99.99, but the agreed service time and downtime give", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_availability_report_naming_a_calendar_the_registry_lacks_is_refused()
    {
        var document = JObject.Parse(FuzzTargets.All["AvailabilityReport"].Seeds[0]);
        document["calendar"] = "not-registered";
        var options = new ItsmJsonOptions { Calendars = new Itsm.Calendars.BusinessCalendarRegistry([Itsm.Calendars.BusinessCalendars.SevenByTwentyFour(NodaTime.DateTimeZone.Utc)]) };

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<AvailabilityReport>(document.ToString(), options));

        Assert.StartsWith("calendar: names calendar 'not-registered', which the registry does not hold", error.Message, StringComparison.Ordinal);
        Assert.Equal("not-registered", ItsmJson.Deserialize<AvailabilityReport>(document.ToString()).CalendarId);
    }

    private static (string Json, ItsmJsonOptions Options) FirstWith(Func<System.Collections.Generic.IEnumerable<string>> documents, string text, ItsmJsonOptions options) =>
        (documents().FirstOrDefault(d => d.Contains(text, StringComparison.Ordinal)) ?? throw new InvalidOperationException($"no generated document holds {text}"), options);
}
