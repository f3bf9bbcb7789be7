using System;
using System.Linq;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Sla.Clocks;
using Itsm.Sla.Targets;
using NodaTime;
using NodaTime.Text;

namespace Itsm.Sla.Tests.Clocks;

/// <summary>The cases of docs/sla.md, with the instants written there: W = Mon-Fri 09:00-17:00, UTC, no holidays.
/// Monday is 2026-03-02.</summary>
public partial class SlaClockTests
{
    private static readonly Actor Agent = new("agent-7", "Agent Seven");

    private static readonly IsoDayOfWeek[] Weekdays =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    private static BusinessCalendar Weekly(int startHour, int endHour, string id = "W") =>
        BusinessCalendar.Builder(id, DateTimeZone.Utc).AddWindow(new LocalTime(startHour, 0), new LocalTime(endHour, 0), Weekdays).Build();

    private static readonly BusinessCalendar W = Weekly(9, 17);

    /// <summary>An instant on the week of Monday 2026-03-02: "Mon 09:00", "Sat 10:00", "Tue 16:12"; "next Mon" is a week later.</summary>
    private static Instant At(string text)
    {
        var parts = text.Split(' ');
        int week = parts[0] == "next" ? 7 : 0;
        var day = parts[^2] switch
        {
            "Mon" => 0, "Tue" => 1, "Wed" => 2, "Thu" => 3, "Fri" => 4, "Sat" => 5, "Sun" => 6,
            _ => throw new ArgumentException(text),
        };
        var time = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(parts[^1]).GetValueOrThrow();
        return new LocalDate(2026, 3, 2).PlusDays(day + week).At(time).InUtc().ToInstant();
    }

    private static Duration Hours(double hours) => Duration.FromHours(hours);

    private static SlaTarget Resolution(double hours, BusinessCalendar? calendar = null, params SlaThreshold[] thresholds) =>
        new(SlaMetric.Resolution, Hours(hours), calendar ?? W, thresholds.Length == 0 ? null : thresholds);

    private static SlaClock Started(SlaTarget target, string at, CycleCombination combination = CycleCombination.Last)
    {
        var clock = SlaClock.Create("INC-1/" + target.Metric, target, Actor.System, At(at), combination);
        clock.Start(Agent, At(at));
        return clock;
    }

    [Fact]
    public void Resolution8h_FromMondayOpening_DueAndThresholdsAsListed()
    {
        var target = Resolution(8, W, SlaThreshold.Percent(50), SlaThreshold.Percent(75), SlaThreshold.Percent(90), SlaThreshold.Before(Hours(1)));
        var clock = Started(target, "Mon 09:00");

        var status = clock.StatusAt(At("Mon 09:00"));

        Assert.Equal(At("Mon 17:00"), status.Due);
        Assert.Equal(
            [At("Mon 13:00"), At("Mon 15:00"), At("Mon 16:12"), At("Mon 16:00")],
            status.Thresholds.Select(t => t.FiresAt!.Value));
        Assert.All(status.Thresholds, t => Assert.False(t.PassedOnAttach));
        Assert.Equal(At("Mon 13:00"), status.NextTransitionAt);
    }

    [Fact]
    public void Response4h_StartedSaturday_DueMondayAndNothingElapsedAtMondayOpening()
    {
        var clock = Started(new SlaTarget(SlaMetric.Response, Hours(4), W), "Sat 10:00");

        Assert.Equal(At("next Mon 13:00"), clock.StatusAt(At("Sat 10:00")).Due);
        Assert.Equal(Duration.Zero, clock.StatusAt(At("next Mon 09:00")).Elapsed);
    }

    [Fact]
    public void PauseInsideWindows_IsSubtracted()
    {
        var clock = Started(Resolution(8), "Fri 09:00");
        clock.Pause(Agent, At("Fri 16:00"), "awaiting caller");
        clock.Resume(Agent, At("next Mon 10:00"));

        Assert.Equal(At("next Mon 11:00"), clock.StatusAt(At("next Mon 10:00")).Due);
    }

    [Fact]
    public void PauseOutsideWindows_CostsNothing()
    {
        var clock = Started(Resolution(8), "Fri 13:00");
        var dueBefore = clock.StatusAt(At("Fri 13:00")).Due;

        clock.Pause(Agent, At("Fri 18:00"), "awaiting caller");
        clock.Resume(Agent, At("next Mon 08:00"));

        Assert.Equal(At("next Mon 13:00"), dueBefore);
        Assert.Equal(dueBefore, clock.StatusAt(At("next Mon 08:00")).Due);
    }

    [Fact]
    public void RetargetFromOriginalStart_KeepsElapsedAndPauses()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        clock.Pause(Agent, At("Mon 10:00"), "awaiting caller");
        clock.Resume(Agent, At("Mon 14:00"));
        clock.Retarget(Agent, At("Mon 14:00"), Resolution(4), RetroactiveMode.FromOriginalStart);

        var status = clock.StatusAt(At("Mon 14:00"));

        Assert.Equal(Hours(1), status.Elapsed);
        Assert.Equal(At("Mon 17:00"), status.Due);
    }

    [Fact]
    public void ChangeCalendar_ToShorterDays_KeepsUsedTimeAndDueMovesToTuesday()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        clock.ChangeCalendar(Agent, At("Mon 13:00"), Weekly(9, 13, "mornings"));

        var status = clock.StatusAt(At("Mon 13:00"));

        Assert.Equal(Hours(4), status.Elapsed);
        Assert.Equal(At("Tue 13:00"), status.Due);
    }

    [Fact]
    public void ChangeCalendar_ToLaterDays_DueSameAfternoon()
    {
        var clock = Started(Resolution(8), "Mon 09:00");
        clock.ChangeCalendar(Agent, At("Mon 13:00"), Weekly(12, 20, "late"));

        Assert.Equal(At("Mon 17:00"), clock.StatusAt(At("Mon 13:00")).Due);
    }

    [Fact]
    public void Response4h_OnEightToSix_StartedLate_DueNextMorningWithLeadTimeWarning()
    {
        var calendar = Weekly(8, 18, "8-18");
        var clock = Started(new SlaTarget(SlaMetric.Response, Hours(4), calendar, [SlaThreshold.Before(Hours(1))]), "Mon 17:00");

        var status = clock.StatusAt(At("Mon 17:00"));

        Assert.Equal(At("Tue 11:00"), status.Due);
        Assert.Equal(At("Tue 10:00"), Assert.Single(status.Thresholds).FiresAt);
    }

    [Theory]
    [InlineData(CycleCombination.Sum, 5)]
    [InlineData(CycleCombination.First, 3)]
    [InlineData(CycleCombination.Last, 2)]
    [InlineData(CycleCombination.Longest, 3)]
    public void ReopenedRecord_CyclesCombineByPolicy(CycleCombination combination, int hours)
    {
        var clock = Started(Resolution(8), "Mon 09:00", combination);
        clock.Stop(Agent, At("Mon 12:00"));
        clock.Reopen(Agent, At("Tue 09:00"));
        clock.Stop(Agent, At("Tue 11:00"));

        Assert.Equal(Hours(hours), clock.StatusAt(At("Tue 11:00")).Elapsed);
        var counted = clock.Explain(At("Tue 11:00")).Where(s => s.Counted).Aggregate(Duration.Zero, (sum, s) => sum + s.BusinessTime);
        Assert.Equal(Hours(hours), counted);
    }

    [Fact]
    public void AroundTheClock_OverDstChange_CountsRealElapsedTime()
    {
        var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var target = Resolution(24, BusinessCalendars.SevenByTwentyFour(berlin));
        var start = new LocalDateTime(2026, 3, 28, 12, 0).InZoneStrictly(berlin).ToInstant();
        var clock = SlaClock.Create("INC-2/resolution", target, Actor.System, start);
        clock.Start(Agent, start);

        Assert.Equal(new LocalDateTime(2026, 3, 29, 13, 0).InZoneStrictly(berlin).ToInstant(), clock.StatusAt(start).Due);
    }
}
