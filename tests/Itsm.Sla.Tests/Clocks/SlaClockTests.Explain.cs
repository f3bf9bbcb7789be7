using Itsm.Sla.Clocks;
using NodaTime;

namespace Itsm.Sla.Tests.Clocks;

public partial class SlaClockTests
{
    [Fact]
    public void Explain_ListsOpenPausedAndOpenAgain()
    {
        var clock = Started(Resolution(8), "Fri 09:00");
        clock.Pause(Agent, At("Fri 16:00"), "awaiting caller");
        clock.Resume(Agent, At("next Mon 10:00"));

        var segments = clock.Explain(At("next Mon 10:30"));

        Assert.Equal(
            [
                new SlaSegment(new Interval(At("Fri 09:00"), At("Fri 16:00")), SlaSegmentKind.Open, 1, "W", Hours(7), true),
                new SlaSegment(new Interval(At("Fri 16:00"), At("next Mon 10:00")), SlaSegmentKind.Paused, 1, "W", Duration.Zero, true),
                new SlaSegment(new Interval(At("next Mon 10:00"), At("next Mon 10:30")), SlaSegmentKind.Open, 1, "W", Duration.FromMinutes(30), true),
            ],
            segments);
    }

    [Fact]
    public void Explain_RunningOverTheWeekend_ShowsTheClosedStretch()
    {
        var clock = Started(new Itsm.Sla.Targets.SlaTarget(Itsm.Sla.Targets.SlaMetric.Response, Hours(4), W), "Sat 10:00");

        var segments = clock.Explain(At("next Mon 10:00"));

        Assert.Equal(
            [
                new SlaSegment(new Interval(At("Sat 10:00"), At("next Mon 09:00")), SlaSegmentKind.Closed, 1, "W", Duration.Zero, true),
                new SlaSegment(new Interval(At("next Mon 09:00"), At("next Mon 10:00")), SlaSegmentKind.Open, 1, "W", Hours(1), true),
            ],
            segments);
    }
}
