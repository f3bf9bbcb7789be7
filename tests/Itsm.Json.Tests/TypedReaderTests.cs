using System;
using System.IO;
using System.Linq;
using Itsm.Calendars;
using Itsm.Incidents;
using Itsm.Json.Incidents;
using Itsm.Sla.Reports;
using Itsm.Testing;
using Itsm.Tests.Shared;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;

namespace Itsm.Json.Tests;

/// <summary>
/// Every scalar a converter reads goes through a typed reader of the kit (<c>JsonTokens.Int</c>, <c>Long</c>,
/// <c>Bool</c>, <c>Decimal</c>, <c>OptionalNumber</c>...), which checks the token's type and range and refuses the value
/// at its path: a value of the wrong type or size never escapes as a format, cast or overflow exception.
/// </summary>
public class TypedReaderTests
{
    private static readonly ItsmJsonOptions Options = new()
    {
        Calendars = new BusinessCalendarRegistry([IncidentScenario.Calendar]),
        Modules = [new IncidentsJsonModule { Incidents = IncidentScenario.Settings }],
    };

    [Fact]
    public void No_json_package_converts_a_token_with_Value_or_ToObject()
    {
        string src = Path.Combine(LifecycleDocs.RepositoryRoot(), "src");
        var offenders = Directory.EnumerateDirectories(src, "Itsm.Json*")
            .SelectMany(d => Directory.EnumerateFiles(d, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(src, f), Line: i + 1, Text: line)))
            .Where(l => l.Text.Contains(".Value<", StringComparison.Ordinal) || l.Text.Contains(".ToObject<", StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "use the kit's typed readers (JsonTokens) instead:\n" + string.Join("\n", offenders));
    }

    public static TheoryData<string, string> HostileScalars => new()
    {
        { "version", "1E+38" }, { "version", "1.4" }, { "version", "\"7\"" }, { "version", "[7]" }, { "version", "true" },
        { "version", "9223372036854775808" },
        { "events[0].version", "1E+38" }, { "events[0].version", "1.0" }, { "events[0].version", "{}" },
        { "events[0].schema", "\"Infinity\"" }, { "events[0].schema", "99999999999" }, { "events[0].schema", "null" },
        { "events[0].impact", "2.5" }, { "events[0].impact", "4E+36" }, { "events[0].impact", "\"2\"" },
        { "events[0].urgency", "null" },
    };

    [Theory]
    [MemberData(nameof(HostileScalars))]
    public void A_scalar_of_the_wrong_type_or_size_is_refused_at_its_path(string path, string value)
    {
        var document = JObject.Parse(ItsmJson.Serialize(new IncidentScenario(2, 2, []).Log(), Options));
        document.SelectToken(path)!.Replace(JToken.Parse(value));

        var error = Assert.ThrowsAny<Exception>(() => ItsmJson.Deserialize<Incident>(document.ToString(), Options));

        Assert.True(error is JsonSerializationException or JsonReaderException, $"{path} = {value}: {error.GetType().Name}: {error.Message}");
        Assert.Contains(path.Split('.')[0].Split('[')[0], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decimal_amount_is_read_as_a_decimal_and_reloads_exactly()
    {
        var incident = new IncidentScenario(1, 2, []).Log();
        incident.Assign(IncidentScenario.Actors[0], IncidentScenario.Start + Duration.FromMinutes(5), new Core.Ids.Id<Core.Ids.Kinds.Group>("messaging"));
        incident.ClassifySecurity(IncidentScenario.Actors[1], IncidentScenario.Start + Duration.FromMinutes(10), new SecurityFacts(Duration.FromHours(1), 1234567890123456789.12m));

        string json = ItsmJson.Serialize(incident, Options);
        var again = ItsmJson.Deserialize<Incident>(json, Options);

        Assert.Contains("1234567890123456789.12", json, StringComparison.Ordinal);
        Assert.Equal(json, ItsmJson.Serialize(again, Options));
    }

    [Fact]
    public void A_number_no_decimal_holds_is_refused_by_the_reader_with_its_path()
    {
        var incident = new IncidentScenario(1, 2, []).Log();
        incident.ClassifySecurity(IncidentScenario.Actors[1], IncidentScenario.Start + Duration.FromMinutes(10), new SecurityFacts(Duration.FromHours(1), 1000));
        var document = JObject.Parse(ItsmJson.Serialize(incident, Options));
        var loss = document.SelectTokens("events[*].facts.loss").Single();
        string path = loss.Path;
        loss.Replace(new JRaw("4E+36"));

        var error = Assert.Throws<JsonReaderException>(() => ItsmJson.Deserialize<Incident>(document.ToString(), Options));

        Assert.Contains($"Path '{path}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("4E+36, which no decimal holds", error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.Path);
    }

    [Theory]
    [InlineData("planned", "\"INC-288\"", "expected true or false")]
    [InlineData("reference", "12345", "expected a string")]
    public void An_outage_field_of_the_wrong_type_is_refused_not_dropped(string field, string value, string rule)
    {
        var header = new ReportHeader(new Interval(Instant.FromUtc(2026, 3, 2, 0, 0), Instant.FromUtc(2026, 3, 9, 0, 0)), "customer review", "monitoring");
        var calendar = BusinessCalendars.FiveByNine(DateTimeZone.Utc, new LocalTime(9, 0));
        var report = AvailabilityReport.For(calendar, header, [new Outage(new Interval(Instant.FromUtc(2026, 3, 3, 10, 0), Instant.FromUtc(2026, 3, 3, 11, 0)), reference: "INC-1")]);
        var document = JObject.Parse(ItsmJson.Serialize(report));
        ((JObject)document["outages"]![0]!)[field] = JToken.Parse(value);

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<AvailabilityReport>(document.ToString()));

        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
        Assert.Contains($"outages[0].{field}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("count", "1E+38")]
    [InlineData("onTimePercent", "true")]
    [InlineData("onTimePercent", "\"NaN\"")]
    public void A_report_figure_of_the_wrong_type_or_size_is_refused_at_its_path(string field, string value)
    {
        var header = new ReportHeader(new Interval(Instant.FromUtc(2026, 3, 2, 0, 0), Instant.FromUtc(2026, 3, 9, 0, 0)), "customer review", "monitoring");
        var report = ServiceLevelReport.For(header, []);
        var document = JObject.Parse(ItsmJson.Serialize(report));
        document["lines"] = new JArray(new JObject
        {
            ["priority"] = "P1", ["metric"] = "resolution", ["count"] = 1, ["met"] = 1, ["breached"] = 0, ["onTimePercent"] = 100, ["previousOnTimePercents"] = new JArray(),
        });
        document["lines"]![0]![field] = JToken.Parse(value);

        var error = Assert.ThrowsAny<Exception>(() => ItsmJson.Deserialize<ServiceLevelReport>(document.ToString()));

        Assert.True(error is JsonSerializationException or JsonReaderException, $"{field} = {value}: {error.GetType().Name}: {error.Message}");
    }
}
