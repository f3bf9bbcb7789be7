using Itsm.Calendars;
using Itsm.Core;
using Itsm.Sla.Clocks;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Json.Tests.Sla;

/// <summary>The JSON sample of docs/sla.md, with the calendars and the clock its earlier samples define.</summary>
public class SlaDocsJsonSampleTests
{
    [Fact]
    public void Sample_WritesAndReadsAClock()
    {
        IsoDayOfWeek[] weekdays = [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];
        var w = BusinessCalendar.Builder("W", DateTimeZone.Utc).AddWindow(new LocalTime(9, 0), new LocalTime(17, 0), weekdays).Build();
        var mornings = BusinessCalendar.Builder("mornings", DateTimeZone.Utc).AddWindow(new LocalTime(9, 0), new LocalTime(13, 0), weekdays).Build();
        var resolution = new SlaTarget(SlaMetric.Resolution, Duration.FromHours(8), w,
            [SlaThreshold.Percent(50), SlaThreshold.Percent(75), SlaThreshold.Percent(90), SlaThreshold.Before(Duration.FromHours(1))]);
        var monday = Instant.FromUtc(2026, 3, 2, 9, 0);
        var clock = SlaClock.CreateStarted("INC-42/resolution", resolution, new Actor("agent-7", "Agent Seven"), monday);

        var calendars = new BusinessCalendarRegistry([w, mornings]);
        string json = ItsmJson.Serialize(clock);
        SlaClock again = ItsmJson.Deserialize<SlaClock>(json, calendars);

        Assert.Equal(clock.StatusAt(monday + Duration.FromHours(5)), again.StatusAt(monday + Duration.FromHours(5)));
    }
}
