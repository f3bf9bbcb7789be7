using System.Linq;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Sla.Clocks;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Tests.Clocks;

/// <summary>The bookkeeping of cycles (which breach and which elapsed figure each combination reports after several
/// reopens), the phases that do not run (nothing due, nothing projected), the origin of a measurement, and the
/// explanation's joins and edges. W = Mon-Fri 09:00-17:00 UTC.</summary>
public partial class SlaClockTests
{
    [Fact]
    public void First_AfterTwoReopens_StillReportsTheFirstCyclesBreachAndFigure()
    {
        var clock = Started(Resolution(2), "Mon 09:00", CycleCombination.First);
        clock.Stop(Agent, At("Mon 12:00"));
        clock.Reopen(Agent, At("Tue 09:00"));

        Assert.Equal(At("Mon 11:00"), clock.StatusAt(At("Tue 09:30")).BreachedAt);

        clock.Stop(Agent, At("Tue 10:00"));
        clock.Reopen(Agent, At("Wed 09:00"));

        var status = clock.StatusAt(At("Wed 10:00"));
        Assert.Equal(At("Mon 11:00"), status.BreachedAt);
        Assert.Equal(Hours(3), status.Elapsed);
        Assert.Null(status.Due);
    }

    [Fact]
    public void First_ALaterCycleThatRunsOverTheTarget_DoesNotBreach()
    {
        var clock = Started(Resolution(2), "Mon 09:00", CycleCombination.First);
        clock.Stop(Agent, At("Mon 10:00"));
        clock.Reopen(Agent, At("Tue 09:00"));
        clock.Stop(Agent, At("Tue 13:00"));
        clock.Reopen(Agent, At("Wed 09:00"));

        var status = clock.StatusAt(At("Wed 12:00"));
        Assert.Null(status.BreachedAt);
        Assert.Equal(Hours(1), status.Elapsed);
    }

    [Fact]
    public void Sum_TheDueAfterTwoReopens_CountsEveryFinishedCycle()
    {
        var clock = Started(Resolution(8), "Mon 09:00", CycleCombination.Sum);
        clock.Stop(Agent, At("Mon 10:00"));
        clock.Reopen(Agent, At("Tue 09:00"));
        clock.Stop(Agent, At("Tue 11:00"));
        clock.Reopen(Agent, At("Wed 09:00"));

        // 1 h + 2 h used: 5 h remain from Wednesday's opening.
        Assert.Equal(At("Wed 14:00"), clock.StatusAt(At("Wed 09:00")).Due);
    }

    [Fact]
    public void Sum_TwoBreachedCycles_ReportTheEarlierBreach()
    {
        var clock = Started(Resolution(2), "Mon 09:00", CycleCombination.Sum);
        clock.Stop(Agent, At("Mon 12:00"));
        clock.Reopen(Agent, At("Tue 09:00"));

        // The reopened cycle starts over the target (3 h used of 2 h): it breaches at once, after the first cycle did.
        Assert.Equal(At("Mon 11:00"), clock.StatusAt(At("Tue 10:00")).BreachedAt);
    }

    [Fact]
    public void Longest_AFinishedBreachedCycle_StaysBreached_WhileTheReopenedOneIsNot()
    {
        var clock = Started(Resolution(2), "Mon 09:00", CycleCombination.Longest);
        clock.Stop(Agent, At("Mon 12:00"));
        clock.Reopen(Agent, At("Tue 09:00"));

        var status = clock.StatusAt(At("Tue 10:00"));
        Assert.Equal(At("Mon 11:00"), status.BreachedAt);
        Assert.Equal(Hours(3), status.Elapsed);
        Assert.Equal(At("Tue 11:00"), status.Due);
    }

    [Fact]
    public void Sum_AThresholdAddedAfterAReopen_WasReachedInTheEarlierCycle()
    {
        var clock = Started(Resolution(8), "Mon 09:00", CycleCombination.Sum);
        clock.Stop(Agent, At("Mon 12:00"));
        clock.Reopen(Agent, At("Tue 09:00"));

        // 30 % of 8 h is 2 h 24 min: the first cycle's three hours passed it at 11:24 on Monday.
        clock.Retarget(Agent, At("Tue 10:00"), Resolution(8, W, SlaThreshold.Percent(30)), RetroactiveMode.FromOriginalStart);

        var threshold = Assert.Single(clock.StatusAt(At("Tue 10:00")).Thresholds);
        Assert.Equal((At("Mon 11:24"), true), (threshold.FiresAt, threshold.PassedOnAttach));
    }

    [Fact]
    public void Thresholds_BeforeTheStartAndAfterTheStop_AreNeitherProjectedNorPassed()
    {
        var target = Resolution(8, W, SlaThreshold.Percent(50), SlaThreshold.Percent(90));
        var clock = SlaClock.Create("INC-1/resolution", target, Actor.System, At("Mon 09:00"));

        Assert.All(clock.StatusAt(At("Mon 09:00")).Thresholds, t => Assert.Equal((null, false), (t.FiresAt, t.PassedOnAttach)));

        clock.Start(Agent, At("Mon 09:00"));
        clock.Stop(Agent, At("Mon 10:00"));

        var stopped = clock.StatusAt(At("Mon 11:00"));
        Assert.All(stopped.Thresholds, t => Assert.Equal((null, false), (t.FiresAt, t.PassedOnAttach)));
        Assert.Null(stopped.Due);
        Assert.Null(stopped.NextTransitionAt);
    }

    [Fact]
    public void APausedClock_HasNothingDueAndNothingToArm()
    {
        var clock = Started(Resolution(8, W, SlaThreshold.Percent(50)), "Mon 09:00");
        clock.Pause(Agent, At("Mon 10:00"), "waiting for the customer");

        var paused = clock.StatusAt(At("Mon 11:00"));

        Assert.Equal(SlaClockState.Paused, paused.State);
        Assert.Null(paused.Due);
        Assert.Null(paused.NextTransitionAt);
        Assert.Null(Assert.Single(paused.Thresholds).FiresAt);
    }

    [Fact]
    public void AZeroThresholdAddedByARetarget_FiredAtTheMeasurementsOrigin_NotAtTheLastResume()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        clock.Pause(Agent, At("Mon 10:00"), "waiting");
        clock.Resume(Agent, At("Mon 11:00"));

        // A lead time as long as the target is reached as soon as the measurement begins.
        clock.Retarget(Agent, At("Mon 12:00"), Resolution(8, W, SlaThreshold.Before(Hours(8))), RetroactiveMode.FromOriginalStart);

        var threshold = Assert.Single(clock.StatusAt(At("Mon 12:00")).Thresholds);
        Assert.Equal((At("Mon 09:00"), true), (threshold.FiresAt, threshold.PassedOnAttach));
    }

    [Fact]
    public void AZeroThreshold_WhenTheMeasurementBeganPaused_FiredWhenItBegan()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        clock.Pause(Agent, At("Mon 10:00"), "waiting");
        clock.Retarget(Agent, At("Mon 10:30"), Hours(6), RetroactiveMode.FromChange);
        clock.Resume(Agent, At("Mon 11:00"));

        clock.Retarget(Agent, At("Mon 12:00"), Resolution(6, W, SlaThreshold.Before(Hours(6))), RetroactiveMode.FromOriginalStart);

        var threshold = Assert.Single(clock.StatusAt(At("Mon 12:00")).Thresholds);
        Assert.Equal((At("Mon 10:30"), true), (threshold.FiresAt, threshold.PassedOnAttach));
    }

    [Fact]
    public void ACalendarWithNoWindowLeft_LeavesTheDueUnknown()
    {
        var oneDay = BusinessCalendar.Builder("one-day", DateTimeZone.Utc)
            .AddExceptionDay(new LocalDate(2026, 3, 2), new WorkingWindow(new LocalTime(9, 0), new LocalTime(11, 0)))
            .Build();
        var clock = Started(Resolution(8, oneDay, SlaThreshold.Percent(10)), "Mon 09:00");

        var status = clock.StatusAt(At("Mon 09:00"));

        Assert.Null(status.Due);
        Assert.Equal(At("Mon 09:48"), Assert.Single(status.Thresholds).FiresAt);
        Assert.Equal(At("Mon 09:48"), status.NextTransitionAt);
    }

    [Fact]
    public void CyclesAt_AClockCancelledBeforeItsStart_HasNoCycle()
    {
        var clock = SlaClock.Create("INC-1/resolution", Resolution(8), Actor.System, At("Mon 09:00"));
        clock.Cancel(Agent, At("Mon 10:00"), "logged in error");

        Assert.Empty(clock.CyclesAt(At("Mon 11:00")));
        Assert.Empty(clock.Explain(At("Mon 11:00")));
    }

    [Fact]
    public void Explain_JoinsAStretchThatARetargetSplit_ButNotOneACalendarChangeSplit()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        clock.Retarget(Agent, At("Mon 10:00"), Hours(6), RetroactiveMode.FromOriginalStart);

        var joined = Assert.Single(clock.Explain(At("Mon 12:00")));
        Assert.Equal((new Interval(At("Mon 09:00"), At("Mon 12:00")), SlaSegmentKind.Open, Hours(3), true), (joined.Interval, joined.Kind, joined.BusinessTime, joined.Counted));

        clock.ChangeCalendar(Agent, At("Mon 12:00"), Weekly(9, 17, "W2"));
        var split = clock.Explain(At("Mon 13:00"));
        Assert.Equal(["W", "W2"], split.Select(s => s.CalendarId));
    }

    [Fact]
    public void Explain_EndsWithTheClosedStretchUpToNow()
    {
        var clock = Started(Resolution(16), "Mon 09:00");

        var segments = clock.Explain(At("Mon 18:00"));

        Assert.Equal(
            [(SlaSegmentKind.Open, new Interval(At("Mon 09:00"), At("Mon 17:00"))), (SlaSegmentKind.Closed, new Interval(At("Mon 17:00"), At("Mon 18:00")))],
            segments.Select(s => (s.Kind, s.Interval)));
    }

    [Fact]
    public void Explain_APauseAndResumeAtOneInstant_LeavesNoEmptyStretch()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        clock.Pause(Agent, At("Mon 10:00"), "a word with the customer");
        clock.Resume(Agent, At("Mon 10:00"));

        var segments = clock.Explain(At("Mon 11:00"));

        Assert.DoesNotContain(segments, s => s.Interval.Duration == Duration.Zero);
        Assert.Equal([SlaSegmentKind.Open], segments.Select(s => s.Kind).Distinct());
    }

    [Fact]
    public void Explain_Longest_OfTwoEqualCycles_CountsTheEarlier()
    {
        var clock = Started(Resolution(8), "Mon 09:00", CycleCombination.Longest);
        clock.Stop(Agent, At("Mon 11:00"));
        clock.Reopen(Agent, At("Tue 09:00"));
        clock.Stop(Agent, At("Tue 11:00"));

        var segments = clock.Explain(At("Tue 12:00"));

        Assert.Equal([1], segments.Where(s => s.Counted).Select(s => s.Cycle).Distinct());
        Assert.Contains(segments, s => s.Cycle == 2 && !s.Counted);
    }
}
