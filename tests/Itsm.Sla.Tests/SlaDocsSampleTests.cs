using System.Linq;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Sla.Clocks;
using Itsm.Sla.Policies;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Tests;

/// <summary>The samples of docs/sla.md, as written there and in the same order (one program), with what their comments
/// say checked.</summary>
public class SlaDocsSampleTests
{
    private static readonly Instant MondayNine = Instant.FromUtc(2026, 3, 2, 9, 0);

    private static Instant Mon(int hour, int minute = 0) => MondayNine + Duration.FromHours(hour - 9) + Duration.FromMinutes(minute);

    [Fact]
    public void Samples_RunInOrder_AndSayWhatTheCommentsSay()
    {
        // A target
        var w = BusinessCalendar.Builder("W", DateTimeZone.Utc)
            .AddWindow(new LocalTime(9, 0), new LocalTime(17, 0),
                IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
            .Build();

        var resolution = new SlaTarget(SlaMetric.Resolution, Duration.FromHours(8), w,
            [SlaThreshold.Percent(50), SlaThreshold.Percent(75), SlaThreshold.Percent(90), SlaThreshold.Before(Duration.FromHours(1))]);

        // The clock and its lifecycle
        var monday = Instant.FromUtc(2026, 3, 2, 9, 0);
        var agent = new Actor("agent-7", "Agent Seven");

        var clock = SlaClock.CreateStarted("INC-42/resolution", resolution, agent, monday);
        var status = clock.StatusAt(monday);
        Assert.Equal(Mon(17), status.Due);
        Assert.Equal([Mon(13), Mon(15), Mon(16, 12), Mon(16)], status.Thresholds.Select(t => t.FiresAt!.Value));
        Assert.Equal(Mon(13), status.NextTransitionAt);

        // Thresholds and NextTransitionAt
        var fifty = SlaThreshold.Percent(50);
        var escalation = new SlaTarget(SlaMetric.Resolution, Duration.FromHours(8), w,
            [fifty, SlaThreshold.Percent(100), SlaThreshold.Percent(150)]);
        var tuesday = monday + Duration.FromDays(1);

        var paused = SlaClock.CreateStarted("INC-43/resolution", escalation, agent, monday);
        paused.Pause(agent, monday + Duration.FromHours(4), "awaiting caller");    // Mon 13:00, when 50 % is reached
        paused.Resume(agent, tuesday);                                             // Tue 09:00
        var fired = paused.StatusAt(tuesday).Thresholds.Single(t => t.Threshold.Equals(fifty));
        Assert.Equal(Mon(13), fired.FiresAt);
        Assert.Equal([Mon(13), tuesday + Duration.FromHours(4), tuesday + Duration.FromHours(8)], paused.StatusAt(tuesday).Thresholds.Select(t => t.FiresAt!.Value));

        // Changing things mid-flight
        var p3 = SlaClock.CreateStarted("INC-44/resolution", resolution, agent, monday);
        p3.Retarget(agent, monday + Duration.FromHours(1), Duration.FromHours(4), RetroactiveMode.FromOriginalStart);
        Assert.Equal("resolution 4 h on W", p3.Target.ToString());
        Assert.Equal(resolution.Thresholds.AsEnumerable(), p3.Target.Thresholds.AsEnumerable());
        Assert.Equal(Mon(13), p3.StatusAt(Mon(10)).Due);

        var mornings = BusinessCalendar.Builder("mornings", DateTimeZone.Utc)
            .AddWindow(new LocalTime(9, 0), new LocalTime(13, 0),
                IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
            .Build();
        p3.ChangeCalendar(agent, monday + Duration.FromHours(2), mornings);       // then retarget on it if need be
        Assert.Equal("mornings", p3.Calendar.Id);

        // Cycles
        var reopened = SlaClock.CreateStarted("INC-45/resolution", resolution, agent, monday, CycleCombination.Sum);
        reopened.Stop(agent, monday + Duration.FromHours(3));                      // Mon 12:00
        reopened.Reopen(agent, tuesday);                                           // Tue 09:00
        var cycles = reopened.CyclesAt(tuesday + Duration.FromHours(2));
        Assert.Equal(
            [new SlaCycleFigure(1, monday, Mon(12), Duration.FromHours(3)), new SlaCycleFigure(2, tuesday, null, Duration.FromHours(2))],
            cycles);
        Assert.Equal(Duration.FromHours(5), reopened.StatusAt(tuesday + Duration.FromHours(2)).Elapsed);

        // Explaining the figures
        var restarted = SlaClock.CreateStarted("INC-46/resolution", resolution, agent, monday);
        restarted.Retarget(agent, monday + Duration.FromHours(4), Duration.FromHours(4), RetroactiveMode.FromChange);
        var at15 = monday + Duration.FromHours(6);
        var counted = restarted.Explain(at15).Where(s => s.Counted).Aggregate(Duration.Zero, (sum, s) => sum + s.BusinessTime);
        Assert.Equal(Duration.FromHours(2), counted);
        Assert.Equal(counted, restarted.StatusAt(at15).Elapsed);

        // Policies
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var policy = SlaPolicy.Builder("standard")
            .Add(Priority.P1, SlaMetric.Response, Duration.FromMinutes(15), BusinessCalendars.SevenByTwentyFour(zone))
            .Add(Priority.P1, SlaMetric.Resolution, Duration.FromMinutes(30), BusinessCalendars.SevenByTwentyFour(zone),
                percentages: [50, 100, 150], leadTimes: [Duration.FromHours(1)])
            .Add(Priority.P3, SlaMetric.Resolution, Duration.FromHours(24), BusinessCalendars.FiveByNine(zone, new LocalTime(9, 0)))
            .Build();
        var target = policy.TargetFor(Priority.P1, SlaMetric.Resolution);
        var lead = SlaClock.CreateStarted("INC-47/resolution", target, agent, monday).StatusAt(monday).Thresholds[^1];
        Assert.Equal((true, monday), (lead.PassedOnAttach, lead.FiresAt!.Value));
        Assert.Equal([(Priority.P3, SlaMetric.Response)], policy.MissingTargets([Priority.P1, Priority.P3], [SlaMetric.Response]));
    }
}
