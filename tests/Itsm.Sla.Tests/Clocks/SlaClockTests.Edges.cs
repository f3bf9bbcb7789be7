using System;
using System.Linq;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Sla.Clocks;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Tests.Clocks;

/// <summary>The edges decided after the first release: threshold ranges, firing at command instants, commands at one
/// instant, First after a reopen, and Explain's counted stretches; each with the instants of docs/sla.md.</summary>
public partial class SlaClockTests
{
    private static ThresholdStatus Threshold(SlaStatus status, SlaThreshold threshold) =>
        status.Thresholds.Single(t => t.Threshold.Equals(threshold));

    [Fact]
    public void HundredPercentThreshold_FiresAtDue_AndOneHundredFiftyAfterIt()
    {
        var clock = Started(Resolution(8, W, SlaThreshold.Percent(100), SlaThreshold.Percent(150), SlaThreshold.Before(Duration.Zero)), "Mon 09:00");

        var status = clock.StatusAt(At("Mon 09:00"));

        Assert.Equal(At("Mon 17:00"), Threshold(status, SlaThreshold.Percent(100)).FiresAt);
        Assert.Equal(At("Tue 13:00"), Threshold(status, SlaThreshold.Percent(150)).FiresAt);
        Assert.Equal(At("Mon 17:00"), Threshold(status, SlaThreshold.Before(Duration.Zero)).FiresAt);
        Assert.Equal(At("Tue 13:00"), clock.StatusAt(At("Mon 17:00")).NextTransitionAt);
        Assert.Null(clock.StatusAt(At("Tue 13:00")).NextTransitionAt);
    }

    [Fact]
    public void HundredPercentThreshold_WithAStopAtDue_FiresButDoesNotBreach()
    {
        var clock = Started(Resolution(8, W, SlaThreshold.Percent(100)), "Mon 09:00");
        clock.Stop(Agent, At("Mon 17:00"));

        var status = clock.StatusAt(At("Tue 12:00"));

        Assert.False(status.IsBreached);
        Assert.Equal(At("Mon 17:00"), Assert.Single(status.Thresholds).FiresAt);
    }

    [Fact]
    public void LeadTimeLongerThanAShortTarget_IsPassedOnAttach_AtTheStart()
    {
        var p1 = new SlaTarget(SlaMetric.Resolution, Duration.FromMinutes(30), W, [SlaThreshold.Before(Hours(1)), SlaThreshold.Percent(50)]);
        var clock = Started(p1, "Mon 09:00");

        var status = clock.StatusAt(At("Mon 09:00"));

        var lead = Threshold(status, SlaThreshold.Before(Hours(1)));
        Assert.True(lead.PassedOnAttach);
        Assert.Equal(At("Mon 09:00"), lead.FiresAt);
        Assert.Equal(Duration.Zero, lead.Level);
        Assert.False(Threshold(status, SlaThreshold.Percent(50)).PassedOnAttach);
        Assert.Equal(At("Mon 09:15"), status.NextTransitionAt);
    }

    [Fact]
    public void RetargetUnderALeadTime_ReportsItPassedOnAttach_AtTheMeasurementsOrigin()
    {
        var original = Started(Resolution(8, W, SlaThreshold.Before(Hours(2))), "Mon 09:00");
        original.Retarget(Agent, At("Mon 10:00"), Hours(1.5), RetroactiveMode.FromOriginalStart);
        var fromChange = Started(Resolution(8, W, SlaThreshold.Before(Hours(2))), "Mon 09:00");
        fromChange.Retarget(Agent, At("Mon 10:00"), Hours(1.5), RetroactiveMode.FromChange);

        var kept = Assert.Single(original.StatusAt(At("Mon 10:00")).Thresholds);
        var rearmed = Assert.Single(fromChange.StatusAt(At("Mon 10:00")).Thresholds);

        Assert.Equal((true, At("Mon 09:00")), (kept.PassedOnAttach, kept.FiresAt!.Value));
        Assert.Equal((true, At("Mon 10:00")), (rearmed.PassedOnAttach, rearmed.FiresAt!.Value));
    }

    [Fact]
    public void ThresholdReachedAtAPause_FiredAtThePause_NotAtTheResume()
    {
        var fifty = SlaThreshold.Percent(50);
        var clock = Started(Resolution(8, W, fifty), "Mon 09:00");
        clock.Pause(Agent, At("Mon 13:00"), "awaiting caller");

        var atPause = clock.StatusAt(At("Mon 13:00"));
        Assert.Equal(Hours(4), atPause.Elapsed);
        Assert.True(Threshold(atPause, fifty).HasFiredBy(At("Mon 13:00")));
        Assert.Equal(At("Mon 13:00"), Threshold(atPause, fifty).FiresAt);

        clock.Resume(Agent, At("Tue 09:00"));
        Assert.Equal(At("Mon 13:00"), Threshold(clock.StatusAt(At("Tue 09:00")), fifty).FiresAt);
    }

    [Fact]
    public void ThresholdReachedAtAStop_FiredAtTheStop()
    {
        var fifty = SlaThreshold.Percent(50);
        var clock = Started(Resolution(8, W, fifty), "Mon 09:00");
        clock.Stop(Agent, At("Mon 13:00"));

        Assert.Equal(At("Mon 13:00"), Threshold(clock.StatusAt(At("Wed 09:00")), fifty).FiresAt);
    }

    [Fact]
    public void ThresholdReachedAtARetarget_IsJudgedAgainstTheTargetBefore()
    {
        var fifty = SlaThreshold.Percent(50);
        var clock = Started(Resolution(8, W, fifty), "Mon 09:00");
        clock.Retarget(Agent, At("Mon 13:00"), Hours(16), RetroactiveMode.FromOriginalStart);

        var status = clock.StatusAt(At("Mon 13:00"));

        Assert.Equal(At("Mon 13:00"), Threshold(status, fifty).FiresAt);
        Assert.False(Threshold(status, fifty).PassedOnAttach);
        Assert.Equal(Hours(8), Threshold(status, fifty).Level);
    }

    [Fact]
    public void CalendarChangeAndPauseAtDue_AreOneStep_NotBreachedUntilTheResume()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        clock.ChangeCalendar(Agent, At("Mon 17:00"), Weekly(9, 17, "W2"));
        clock.Pause(Agent, At("Mon 17:00"), "awaiting caller");

        Assert.False(clock.StatusAt(At("Mon 17:00")).IsBreached);
        Assert.False(clock.StatusAt(At("Tue 08:59")).IsBreached);

        clock.Resume(Agent, At("Tue 09:00"));

        Assert.Equal(At("Tue 09:00"), clock.StatusAt(At("Tue 09:00")).BreachedAt);
        Assert.Equal(At("Mon 17:00"), clock.StatusAt(At("Tue 09:00")).Due);
    }

    [Fact]
    public void StartAndStopAtOneInstant_NeverBreach_EvenWhenTheTargetIsReachedAtOnce()
    {
        var clock = SlaClock.Create("INC-3/resolution", Resolution(8), Actor.System, At("Mon 09:00"), CycleCombination.Sum);
        clock.Start(Agent, At("Mon 09:00"));
        clock.Stop(Agent, At("Mon 17:00"));
        clock.Reopen(Agent, At("Tue 09:00"));
        clock.Stop(Agent, At("Tue 09:00"));

        Assert.False(clock.StatusAt(At("Wed 09:00")).IsBreached);
        Assert.Equal(Hours(8), clock.StatusAt(At("Wed 09:00")).Elapsed);
    }

    [Fact]
    public void FirstAfterReopen_ShowsTheFirstCyclesThresholds()
    {
        var fifty = SlaThreshold.Percent(50);
        var clock = Started(Resolution(8, W, fifty), "Mon 09:00", CycleCombination.First);
        clock.Stop(Agent, At("Mon 15:00"));
        clock.Reopen(Agent, At("Tue 09:00"));

        var status = clock.StatusAt(At("Tue 12:00"));

        Assert.Equal(Hours(6), status.Elapsed);
        Assert.Equal(At("Mon 13:00"), Threshold(status, fifty).FiresAt);
        Assert.Null(status.Due);
        Assert.Null(status.NextTransitionAt);
        Assert.Equal(At("Mon 13:00"), Threshold(clock.StatusAt(At("next Mon 12:00")), fifty).FiresAt);
    }

    [Fact]
    public void Explain_AfterARetargetFromTheChange_CountsOnlyTheStretchSinceIt()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        clock.Retarget(Agent, At("Mon 13:00"), Hours(4), RetroactiveMode.FromChange);

        var segments = clock.Explain(At("Mon 15:00"));

        Assert.Equal(
            [
                new SlaSegment(new Interval(At("Mon 09:00"), At("Mon 13:00")), SlaSegmentKind.Open, 1, "W", Hours(4), false),
                new SlaSegment(new Interval(At("Mon 13:00"), At("Mon 15:00")), SlaSegmentKind.Open, 1, "W", Hours(2), true),
            ],
            segments);
        Assert.Equal(Hours(2), clock.StatusAt(At("Mon 15:00")).Elapsed);
    }

    [Fact]
    public void CyclesAt_ListsEveryCyclesOwnFigure()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        clock.Stop(Agent, At("Mon 12:00"));
        clock.Reopen(Agent, At("Tue 09:00"));
        clock.Stop(Agent, At("Tue 11:00"));
        clock.Reopen(Agent, At("Wed 09:00"));

        Assert.Equal(
            [
                new SlaCycleFigure(1, At("Mon 09:00"), At("Mon 12:00"), Hours(3)),
                new SlaCycleFigure(2, At("Tue 09:00"), At("Tue 11:00"), Hours(2)),
                new SlaCycleFigure(3, At("Wed 09:00"), null, Hours(1.5)),
            ],
            clock.CyclesAt(At("Wed 10:30")));
        Assert.Empty(SlaClock.Create("INC-9/resolution", Resolution(8), Actor.System, At("Mon 09:00")).CyclesAt(At("Tue 09:00")));
    }

    [Fact]
    public void RetargetByAmount_KeepsMetricCalendarAndThresholds()
    {
        var target = Resolution(8, W, SlaThreshold.Percent(50), SlaThreshold.Before(Hours(1)));
        var clock = Started(target, "Mon 09:00");
        clock.Retarget(Agent, At("Mon 10:00"), Hours(4), RetroactiveMode.FromOriginalStart);

        Assert.Equal(new SlaTarget(SlaMetric.Resolution, Hours(4), W, target.Thresholds), clock.Target);
        Assert.Equal(At("Mon 13:00"), clock.StatusAt(At("Mon 10:00")).Due);
    }

    [Fact]
    public void RetargetToAnotherCalendar_IsRefused_PointingAtChangeCalendar()
    {
        var clock = Started(Resolution(8), "Mon 09:00");

        var error = Assert.Throws<ArgumentException>(() =>
            clock.Retarget(Agent, At("Mon 10:00"), Resolution(4, BusinessCalendars.SevenByTwentyFour(DateTimeZone.Utc)), RetroactiveMode.FromOriginalStart));

        Assert.Contains("ChangeCalendar", error.Message, StringComparison.Ordinal);
        Assert.Contains("'7x24'", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, clock.Version);
    }

    [Fact]
    public void CreateStarted_IsCreatedAndStartedAtOneInstant()
    {
        var clock = SlaClock.CreateStarted("INC-4/resolution", Resolution(8), Agent, At("Mon 09:00"));

        Assert.Equal(SlaClockState.Running, clock.State);
        Assert.Equal([At("Mon 09:00"), At("Mon 09:00")], clock.Events.Select(e => e.At));
        Assert.Equal(Started(Resolution(8), "Mon 09:00").StatusAt(At("Mon 12:00")), clock.StatusAt(At("Mon 12:00")));
    }

    [Fact]
    public void Statuses_CompareByValue()
    {
        var one = Started(Resolution(8), "Mon 09:00");
        var other = Started(Resolution(8), "Mon 09:00");

        Assert.Equal(one.StatusAt(At("Mon 14:00")), other.StatusAt(At("Mon 14:00")));
        Assert.Equal(one.StatusAt(At("Mon 14:00")).GetHashCode(), other.StatusAt(At("Mon 14:00")).GetHashCode());
        Assert.NotEqual(one.StatusAt(At("Mon 14:00")), other.StatusAt(At("Mon 15:00")));
        Assert.Equal(one.StatusAt(At("Mon 14:00")).Thresholds[0], other.StatusAt(At("Mon 10:00")).Thresholds[0]);
    }

    [Fact]
    public void CommandOutsideTheSupportedRange_IsAnArgumentError()
    {
        var clock = Started(Resolution(8), "Mon 09:00");

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => clock.Pause(Agent, Instant.FromUtc(2425, 1, 1, 0, 0), "awaiting caller"));

        Assert.Contains("2425-01-01T00:00:00Z is outside the supported range; records are dated from 1700-01-01T00:00:00Z to 2250-01-01T00:00:00Z", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, clock.Version);
    }

    [Fact]
    public void RefusedCommand_MessageSaysAnSlaClock()
    {
        var clock = Started(Resolution(8), "Mon 09:00");

        Assert.Equal(["Reopen is not a command an SlaClock accepts while Running"], clock.UnmetRules(SlaClockTrigger.Reopen));
    }
}
