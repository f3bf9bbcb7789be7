// sample:sla-usings
using System.Linq;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Json;
using Itsm.Sla.Clocks;
using Itsm.Sla.Policies;
using Itsm.Sla.Targets;
using NodaTime;
// end-sample

namespace Itsm.Docs.Samples;

/// <summary>The samples of docs/sla.md, as shown there and in the same order (one program), with what their comments
/// say checked.</summary>
public class SlaDocsSampleTests
{
    private static readonly Instant MondayNine = Instant.FromUtc(2026, 3, 2, 9, 0);

    private static Instant Mon(int hour, int minute = 0) => MondayNine + Duration.FromHours(hour - 9) + Duration.FromMinutes(minute);

    [Fact]
    public void Samples_RunInOrder_AndSayWhatTheCommentsSay()
    {
        // sample:sla-target
        var w = BusinessCalendar.Builder("W", DateTimeZone.Utc)
            .AddWindow(new LocalTime(9, 0), new LocalTime(17, 0),
                IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
            .Build();

        var resolution = new SlaTarget(SlaMetric.Resolution, Duration.FromHours(8), w,
            [SlaThreshold.Percent(50), SlaThreshold.Percent(75), SlaThreshold.Percent(90), SlaThreshold.Before(Duration.FromHours(1))]);
        // end-sample
        // sample:sla-clock
        var monday = Instant.FromUtc(2026, 3, 2, 9, 0);
        var agent = new Actor("agent-7", "Agent Seven");

        var clock = SlaClock.CreateStarted("INC-42/resolution", resolution, agent, monday);
        var status = clock.StatusAt(monday);
        // status.Due == Mon 17:00; thresholds fire Mon 13:00 (50 %), 15:00 (75 %), 16:12 (90 %), 16:00 (1 h before breach);
        // status.NextTransitionAt == Mon 13:00
        // end-sample
        Assert.Equal(Mon(17), status.Due);
        Assert.Equal([Mon(13), Mon(15), Mon(16, 12), Mon(16)], status.Thresholds.Select(t => t.FiresAt!.Value));
        Assert.Equal(Mon(13), status.NextTransitionAt);
        // sample:sla-thresholds
        var fifty = SlaThreshold.Percent(50);
        var escalation = new SlaTarget(SlaMetric.Resolution, Duration.FromHours(8), w,
            [fifty, SlaThreshold.Percent(100), SlaThreshold.Percent(150)]);
        var tuesday = monday + Duration.FromDays(1);

        var paused = SlaClock.CreateStarted("INC-43/resolution", escalation, agent, monday);
        paused.Pause(agent, monday + Duration.FromHours(4), "awaiting caller");    // Mon 13:00, when 50 % is reached
        paused.Resume(agent, tuesday);                                             // Tue 09:00
        var fired = paused.StatusAt(tuesday).Thresholds.Single(t => t.Threshold.Equals(fifty));
        // fired.FiresAt == Mon 13:00; 100 % will fire at Tue 13:00 (the new due instant), 150 % at Tue 17:00
        // end-sample
        Assert.Equal(Mon(13), fired.FiresAt);
        Assert.Equal([Mon(13), tuesday + Duration.FromHours(4), tuesday + Duration.FromHours(8)], paused.StatusAt(tuesday).Thresholds.Select(t => t.FiresAt!.Value));
        // sample:sla-mid-flight
        var p3 = SlaClock.CreateStarted("INC-44/resolution", resolution, agent, monday);
        p3.Retarget(agent, monday + Duration.FromHours(1), Duration.FromHours(4), RetroactiveMode.FromOriginalStart);
        // p3.Target: resolution 4 h on W, the same thresholds; due Mon 13:00
        // end-sample
        Assert.Equal("resolution 4 h on W", p3.Target.ToString());
        Assert.Equal(resolution.Thresholds.AsEnumerable(), p3.Target.Thresholds.AsEnumerable());
        Assert.Equal(Mon(13), p3.StatusAt(Mon(10)).Due);

        // sample:sla-change-calendar
        var mornings = BusinessCalendar.Builder("mornings", DateTimeZone.Utc)
            .AddWindow(new LocalTime(9, 0), new LocalTime(13, 0),
                IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
            .Build();
        p3.ChangeCalendar(agent, monday + Duration.FromHours(2), mornings);       // then retarget on it if need be
        // end-sample
        Assert.Equal("mornings", p3.Calendar.Id);
        Assert.Equal(Mon(13), p3.StatusAt(Mon(11)).Due);
        // sample:sla-cycles
        var reopened = SlaClock.CreateStarted("INC-45/resolution", resolution, agent, monday, CycleCombination.Sum);
        reopened.Stop(agent, monday + Duration.FromHours(3));                      // Mon 12:00
        reopened.Reopen(agent, tuesday);                                           // Tue 09:00
        var cycles = reopened.CyclesAt(tuesday + Duration.FromHours(2));
        // cycles[0]: 1, Mon 09:00 to Mon 12:00, 3 h; cycles[1]: 2, from Tue 09:00, open, 2 h
        // First 3 h, Last 2 h, Sum 5 h (the clock's own figure), Longest 3 h
        // end-sample
        Assert.Equal(
            [new SlaCycleFigure(1, monday, Mon(12), Duration.FromHours(3)), new SlaCycleFigure(2, tuesday, null, Duration.FromHours(2))],
            cycles);
        var figures = cycles.Select(c => c.Elapsed).ToList();
        Assert.Equal((Duration.FromHours(3), Duration.FromHours(2), Duration.FromHours(5), Duration.FromHours(3)), (figures[0], figures[^1], figures[0] + figures[1], figures.Max()));
        Assert.Equal(Duration.FromHours(5), reopened.StatusAt(tuesday + Duration.FromHours(2)).Elapsed);
        // sample:sla-explain
        var restarted = SlaClock.CreateStarted("INC-46/resolution", resolution, agent, monday);
        restarted.Retarget(agent, monday + Duration.FromHours(4), Duration.FromHours(4), RetroactiveMode.FromChange);
        var at15 = monday + Duration.FromHours(6);
        var counted = restarted.Explain(at15).Where(s => s.Counted).Aggregate(Duration.Zero, (sum, s) => sum + s.BusinessTime);
        // counted == restarted.StatusAt(at15).Elapsed == 2 h
        // end-sample
        Assert.Equal(Duration.FromHours(2), counted);
        Assert.Equal(counted, restarted.StatusAt(at15).Elapsed);
        // sample:sla-policies
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var policy = SlaPolicy.Builder("standard")
            .Add(Priority.P1, SlaMetric.Response, Duration.FromMinutes(15), BusinessCalendars.SevenByTwentyFour(zone))
            .Add(Priority.P1, SlaMetric.Resolution, Duration.FromMinutes(30), BusinessCalendars.SevenByTwentyFour(zone),
                percentages: [50, 100, 150], leadTimes: [Duration.FromHours(1)])
            .Add(Priority.P3, SlaMetric.Resolution, Duration.FromHours(24), BusinessCalendars.FiveByNine(zone, new LocalTime(9, 0)))
            .Build();
        var target = policy.TargetFor(Priority.P1, SlaMetric.Resolution);
        // the 1 h lead on a 30 min target is accepted: it is passed on attach when a clock starts
        // end-sample
        var lead = SlaClock.CreateStarted("INC-47/resolution", target, agent, monday).StatusAt(monday).Thresholds[^1];
        Assert.Equal((true, monday), (lead.PassedOnAttach, lead.FiresAt!.Value));
        // sample:sla-json
        var calendars = new BusinessCalendarRegistry([w, mornings]);
        string json = ItsmJson.Serialize(clock);
        SlaClock again = ItsmJson.Deserialize<SlaClock>(json, calendars);
        // end-sample
        Assert.Equal(json, ItsmJson.Serialize(again));
        Assert.Equal(clock.StatusAt(Mon(12)), again.StatusAt(Mon(12)));
    }
}
