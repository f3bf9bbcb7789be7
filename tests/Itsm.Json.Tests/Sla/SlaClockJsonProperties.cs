using FsCheck.Xunit;
using Itsm.Calendars;
using Itsm.Sla.Clocks;
using Itsm.Testing;
using Itsm.Tests.Shared;

namespace Itsm.Json.Tests.Sla;

[ScaledProperties(Arbitrary = [typeof(SlaClockArbitraries)], Cases = 2_000)]
public class SlaClockJsonProperties
{
    private static readonly BusinessCalendarRegistry Registry = new(ClockScenario.Calendars);

    [Property]
    public void JsonRoundTrip_EqualsTheLiveClock(ClockScenario scenario)
    {
        var live = scenario.Build();

        var read = ItsmJson.Deserialize<SlaClock>(ItsmJson.Serialize(live), Registry);

        Assert.Equal(live.Version, read.Version);
        foreach (var now in new[] { scenario.Start, live.LastCommandAt, live.LastCommandAt + scenario.Probe, scenario.Start + (scenario.Probe / 2) })
        {
            Assert.Equal(live.StatusAt(now), read.StatusAt(now));
        }
    }
}
