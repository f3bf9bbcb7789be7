using System.Collections.Immutable;
using Itsm.Calendars;
using Itsm.Sla.Clocks;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Tests.Clocks;

/// <summary>The status values a clock hands out: equality field by field, and how they read.</summary>
public class StatusValueTests
{
    private static readonly BusinessCalendar Calendar = BusinessCalendars.SevenByTwentyFour(DateTimeZone.Utc);
    private static readonly SlaTarget Target = new(SlaMetric.Resolution, Duration.FromHours(8), Calendar);
    private static readonly Instant T = Instant.FromUtc(2026, 3, 2, 9, 0);
    private static readonly SlaThreshold Half = SlaThreshold.Percent(50);

    private static ThresholdStatus Threshold(Instant? firesAt, bool passed = false, SlaThreshold? threshold = null, double levelHours = 4) =>
        new(threshold ?? Half, Duration.FromHours(levelHours), firesAt, passed);

    [Fact]
    public void ThresholdStatuses_AreEqualOnlyWhenEveryFieldIs()
    {
        var one = Threshold(T);

        Assert.True(one == Threshold(T));
        Assert.False(one != Threshold(T));
        Assert.Equal(one.GetHashCode(), Threshold(T).GetHashCode());
        Assert.True(one.Equals((object)Threshold(T)));
        Assert.False(one.Equals((object?)null));
        Assert.True(one != Threshold(T, threshold: SlaThreshold.Percent(75)));
        Assert.True(one != Threshold(T, levelHours: 5));
        Assert.True(one != Threshold(T + Duration.FromMinutes(1)));
        Assert.True(one != Threshold(null));
        Assert.True(one != Threshold(T, passed: true));
    }

    [Fact]
    public void ThresholdStatuses_ReadAsTheThresholdAndWhenItFires()
    {
        Assert.Equal("50% at 2026-03-02T09:00:00Z", Threshold(T).ToString());
        Assert.Equal("50% at 2026-03-02T09:00:00Z (passed on attach)", Threshold(T, passed: true).ToString());
        Assert.Equal("50% (not projected)", Threshold(null).ToString());
    }

    private static SlaStatus Status(
        Instant? at = null,
        SlaClockState state = SlaClockState.Running,
        int cycle = 1,
        SlaTarget? target = null,
        Instant? due = null,
        double elapsedHours = 1,
        Instant? breachedAt = null,
        ImmutableArray<ThresholdStatus>? thresholds = null,
        Instant? next = null) =>
        new(at ?? T, state, cycle, target ?? Target, due, Duration.FromHours(elapsedHours), breachedAt, thresholds ?? [Threshold(T)], next);

    [Fact]
    public void Statuses_AreEqualOnlyWhenEveryFigureIs()
    {
        var one = Status();
        var later = T + Duration.FromHours(1);

        Assert.Equal(one, Status());
        Assert.Equal(one.GetHashCode(), Status().GetHashCode());
        Assert.True(one.Equals(one));
        Assert.False(one.Equals(null));
        Assert.NotEqual(one, Status(at: later));
        Assert.NotEqual(one, Status(state: SlaClockState.Paused));
        Assert.NotEqual(one, Status(cycle: 2));
        Assert.NotEqual(one, Status(target: new SlaTarget(SlaMetric.Resolution, Duration.FromHours(4), Calendar)));
        Assert.NotEqual(one, Status(due: later));
        Assert.NotEqual(one, Status(elapsedHours: 2));
        Assert.NotEqual(one, Status(breachedAt: later));
        Assert.NotEqual(one, Status(next: later));
        Assert.NotEqual(one, Status(thresholds: [Threshold(later)]));
    }

    [Fact]
    public void Statuses_ReadAsStateElapsedTargetDueAndBreach()
    {
        var due = T + Duration.FromHours(7);

        Assert.Equal($"Running, 1 h of {Target}", Status().ToString());
        Assert.Equal($"Running, 1 h of {Target}, due 2026-03-02T16:00:00Z", Status(due: due).ToString());
        Assert.Equal($"Running, 9 h of {Target}, breached at 2026-03-02T16:00:00Z", Status(elapsedHours: 9, breachedAt: due).ToString());
    }
}
