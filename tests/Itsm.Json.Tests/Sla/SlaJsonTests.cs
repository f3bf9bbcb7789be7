using System;
using System.Linq;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Sla.Clocks;
using Itsm.Sla.Policies;
using Itsm.Sla.Targets;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;

namespace Itsm.Json.Tests.Sla;

public class SlaJsonTests
{
    private static readonly BusinessCalendar W = BusinessCalendar.Builder("W", DateTimeZone.Utc)
        .AddWindow(new LocalTime(9, 0), new LocalTime(17, 0), IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
        .Build();

    private static readonly BusinessCalendar Mornings = BusinessCalendar.Builder("mornings", DateTimeZone.Utc)
        .AddWindow(new LocalTime(9, 0), new LocalTime(13, 0), IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
        .Build();

    private static readonly BusinessCalendarRegistry Registry = new([W, Mornings]);
    private static readonly Actor Agent = new("agent-7", "Agent Seven");
    private static readonly Instant Monday = Instant.FromUtc(2026, 3, 2, 9, 0);

    private static SlaTarget Resolution(double hours) =>
        new(SlaMetric.Resolution, Duration.FromHours(hours), W, [SlaThreshold.Before(Duration.FromHours(1)), SlaThreshold.Percent(33.3m)]);

    private static SlaClock Clock()
    {
        var clock = SlaClock.Create("INC-1/resolution", Resolution(8), Actor.System, Monday, CycleCombination.Sum);
        clock.Start(Agent, Monday);
        clock.Pause(Agent, Monday + Duration.FromHours(1), "awaiting caller");
        clock.Resume(Agent, Monday + Duration.FromHours(5));
        clock.Retarget(Agent, Monday + Duration.FromHours(5), Resolution(4), RetroactiveMode.FromOriginalStart);
        clock.ChangeCalendar(Agent, Monday + Duration.FromHours(6), Mornings);
        clock.Stop(Agent, Monday + Duration.FromHours(26));
        clock.Reopen(Agent, Monday + Duration.FromHours(48));
        return clock;
    }

    [Fact]
    public void Clock_RoundTrips_ToTheSameStatuses_WithStableEventNames()
    {
        var clock = Clock();

        string json = ItsmJson.Serialize(clock);
        var again = ItsmJson.Deserialize<SlaClock>(json, Registry);

        var events = JObject.Parse(json)["events"]!.Select(e => (string)e["type"]!).ToList();
        Assert.Equal(["sla.clock.created", "sla.clock.started", "sla.clock.paused", "sla.clock.resumed", "sla.clock.retargeted", "sla.clock.calendar-changed", "sla.clock.stopped", "sla.clock.reopened"], events);
        Assert.Contains("\"calendar\": \"mornings\"", json, StringComparison.Ordinal);
        Assert.Equal(clock.Version, again.Version);
        Assert.Equal(clock.Events.Select(e => e.Actor), again.Events.Select(e => e.Actor));
        for (var now = Monday - Duration.FromHours(1); now < Monday + Duration.FromDays(5); now += Duration.FromMinutes(97))
        {
            Assert.Equivalent(clock.StatusAt(now), again.StatusAt(now));
        }

        Assert.Equal(json, ItsmJson.Serialize(again));
    }

    [Fact]
    public void Clock_NamingAnUnregisteredCalendar_IsAClearError()
    {
        string json = ItsmJson.Serialize(Clock());

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<SlaClock>(json, new BusinessCalendarRegistry([W])));

        Assert.Contains("'mornings'", error.Message, StringComparison.Ordinal);
        Assert.Contains("not registered", error.Message, StringComparison.Ordinal);
        Assert.Contains("events[5].calendar", error.Message, StringComparison.Ordinal);
        Assert.Contains("'W'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clock_WithoutARegistry_SaysOneIsNeeded()
    {
        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<SlaClock>(ItsmJson.Serialize(Clock())));
        Assert.Contains("no calendar registry", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clock_WhoseStateDisagreesWithItsEvents_IsRefused()
    {
        var json = JObject.Parse(ItsmJson.Serialize(Clock()));
        json["state"] = "Paused";

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<SlaClock>(json.ToString(), Registry));

        Assert.Contains("Running", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clock_WithAnImpossibleHistory_IsRefusedWithTheRule()
    {
        var json = JObject.Parse(ItsmJson.Serialize(Clock()));
        ((JArray)json["events"]!).RemoveAt(2);
        json.Remove("version");
        json.Remove("state");

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<SlaClock>(json.ToString(), Registry));

        Assert.IsType<InvalidHistoryException>(error.InnerException);
    }

    [Fact]
    public void Clock_EventFromANewerSchema_IsRefused()
    {
        var json = JObject.Parse(ItsmJson.Serialize(Clock()));
        json["events"]![1]!["schema"] = 2;

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<SlaClock>(json.ToString(), Registry));

        Assert.Contains("events[1].schema", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_And_Target_RoundTrip()
    {
        var policy = SlaPolicy.Builder("standard")
            .Add(Priority.P1, Resolution(4))
            .Add(Priority.P3, SlaMetric.Named("update"), Duration.FromHours(24), Mornings, percentages: [80])
            .Build();

        Assert.Equal(policy, ItsmJson.Deserialize<SlaPolicy>(ItsmJson.Serialize(policy), Registry));
        Assert.Equal(Resolution(8), ItsmJson.Deserialize<SlaTarget>(ItsmJson.Serialize(Resolution(8)), Registry));
    }

    [Fact]
    public void Target_WithABadThreshold_NamesThePath()
    {
        var json = JObject.Parse(ItsmJson.Serialize(Resolution(8)));
        json["thresholds"]![1]!["percent"] = 0;

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<SlaTarget>(json.ToString(), Registry));

        Assert.StartsWith("thresholds[1].percent:", error.Message, StringComparison.Ordinal);
        Assert.Contains("the threshold 0% is outside (0, 10000]", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"75\"", "holds string \"75\"")]
    [InlineData("null", "holds null; a percentage is a number")]
    [InlineData("[50]", "holds array [50]")]
    public void Target_WithAPercentageThatIsNotANumberInRange_NamesThePath(string percent, string expected)
    {
        var json = JObject.Parse(ItsmJson.Serialize(Resolution(8)));
        json["thresholds"]![0]!["percent"] = JToken.Parse(percent);

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<SlaTarget>(json.ToString(), Registry));

        Assert.StartsWith("thresholds[0].percent:", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
