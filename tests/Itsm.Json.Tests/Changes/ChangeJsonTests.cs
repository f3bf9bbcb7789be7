using Itsm.Json.Changes;
using System;
using System.Linq;
using Itsm.Changes;
using Itsm.Core.Events;
using Itsm.Testing;
using Itsm.Testing.Laws;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Itsm.Json.Tests.Changes;

public class ChangeJsonTests
{
    private static readonly ItsmJsonOptions Options = ChangeScenario.JsonOptions;

    private static Change Read(string json) => ItsmJson.Deserialize<Change>(json, Options);

    private static JObject Parse(string json)
    {
        using var reader = new JsonTextReader(new System.IO.StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JObject.Load(reader);
    }

    [Fact]
    public void EveryEventType_RoundTrips_InTheGeneratorsHistories()
    {
        var names = EventTypes.In(typeof(Change).Assembly).Keys.Where(n => n.StartsWith("change.", StringComparison.Ordinal)).ToHashSet();
        var seen = new System.Collections.Generic.HashSet<string>();

        foreach (var scenario in Histories.Sample(ChangeArbitraries.Scenarios(), 400))
        {
            var change = scenario.Play().Change;
            string json = ItsmJson.Serialize(change, Options);
            var again = Read(json);

            Assert.Equal(json, ItsmJson.Serialize(again, Options));
            Assert.Equal(change.Events.Select(e => (e.GetType(), e.Version, e.At)), again.Events.Select(e => (e.GetType(), e.Version, e.At)));
            Assert.Equal((change.State, change.Risk, change.Decision, change.Window), (again.State, again.Risk, again.Decision, again.Window));
            seen.UnionWith(Parse(json)["events"]!.Select(e => (string)e["type"]!));
        }

        Assert.Equal(names.Order(), seen.Order());
    }

    [Fact]
    public void ATemplate_RoundTrips()
    {
        string json = ItsmJson.Serialize(ChangeScenario.Template, Options);
        var again = ItsmJson.Deserialize<ChangeTemplate>(json, Options);

        Assert.Equal(ChangeScenario.Template.Events, again.Events);
        Assert.Equal((ChangeTemplateState.Approved, ChangeScenario.Template.ExpiresAt), (again.State, again.ExpiresAt));
        Assert.Equal(json, ItsmJson.Serialize(again, Options));
    }

    private static JObject Boarded()
    {
        var scenario = Histories.Sample(ChangeArbitraries.Scenarios(), 2000).First(s => s.Play().Change.Board is not null && s.Play().Change.Window is not null);
        return Parse(ItsmJson.Serialize(scenario.Play().Change, Options));
    }

    [Theory]
    [InlineData("change.authorization-requested", "board.quorum", "{\"count\": 9}", "cannot be reached")]
    [InlineData("change.authorization-requested", "board.quorum", "{\"share\": 0}", "outside 1 to 100")]
    [InlineData("change.authorization-requested", "board.quorum", "{}", "neither \"count\" nor \"share\"")]
    [InlineData("change.authorization-requested", "board.members", "[\"a\", \"a\"]", "more than once")]
    [InlineData("change.scheduled", "window.end", "\"2026-01-01T00:00:00Z\"", "before it starts")]
    [InlineData("change.scheduled", "window.start", "7", "expected a string")]
    [InlineData("change.assessed", "cost", "\"cheap\"", "expected a number")]
    [InlineData("change.assessed", "riskAnswers.services", "1.5", "whole number")]
    [InlineData("change.decided", "authorized", "\"yes\"", "true or false")]
    public void ABadValue_IsRefusedAtItsPath(string type, string property, string value, string message)
    {
        var json = Boarded();
        var events = (JArray)json["events"]!;
        int index = events.ToList().FindIndex(e => (string?)e["type"] == type);
        Assert.True(index >= 0, type);
        var path = property.Split('.');
        var target = (JObject)events[index]!;
        foreach (var step in path[..^1])
        {
            target = (JObject)target[step]!;
        }

        target[path[^1]] = JToken.Parse(value);

        var error = Assert.Throws<JsonSerializationException>(() => Read(json.ToString()));

        Assert.StartsWith($"events[{index}]", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnImpossibleHistory_IsRefusedWhole()
    {
        var json = Boarded();
        var events = (JArray)json["events"]!;
        int index = events.ToList().FindIndex(e => (string?)e["type"] == "change.authorization-requested");
        events.RemoveAt(index);

        var error = Assert.Throws<JsonSerializationException>(() => Read(json.ToString()));

        Assert.StartsWith("events", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingWithoutSettings_SaysWhereToPassThem()
    {
        string json = ItsmJson.Serialize(ChangeScenario.Template, Options);

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<ChangeTemplate>(json, new ItsmJsonOptions { Modules = [new ChangesJsonModule()] }));

        Assert.Contains("ChangesJsonModule.Changes", error.Message, StringComparison.Ordinal);
    }
}
