using System.Linq;
using System.Threading;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Sla.Clocks;
using Itsm.Sla.Policies;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Tests.Policies;

/// <summary>
/// One policy (and so its calendars) shared by many threads, as a host shares it between requests: clocks started from
/// its targets across three centuries, so threads race to build the same cold year tables, agree with one thread.
/// </summary>
public class SlaPolicyConcurrencyTests
{
    private const int Threads = 8;

    [Fact]
    public void ManyThreads_RunningClocksOnASharedPolicy_AgreeWithOneThread()
    {
        // Starts from 1905 to 2195, most of them in a year no other start touches.
        var starts = Enumerable.Range(0, 600).Select(i => Instant.FromUtc(1905, 1, 3, 8, 0) + Duration.FromHours(i * 4_243.7)).ToArray();
        var expected = starts.Select((s, i) => Run(CreatePolicy(), s, i)).ToArray();

        for (int round = 0; round < 3; round++)
        {
            var shared = CreatePolicy();
            using var gate = new Barrier(Threads);
            var results = new SlaStatus[Threads][];
            var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
            {
                gate.SignalAndWait();
                var mine = new SlaStatus[starts.Length];
                for (int k = 0; k < starts.Length; k++)
                {
                    // Each thread walks the starts in its own order: rotated, and backwards for odd threads.
                    int i = (t % 2 == 0 ? k + (t * 71) : starts.Length - 1 - k + (t * 71)) % starts.Length;
                    mine[i] = Run(shared, starts[i], i);
                }

                results[t] = mine;
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.All(results, r => Assert.Equal(expected, r));
        }
    }

    /// <summary>A clock on one of the policy's targets, paused and resumed, asked for its status after its due.</summary>
    private static SlaStatus Run(SlaPolicy policy, Instant start, int i)
    {
        var priority = (i % 3) switch { 0 => Priority.P1, 1 => Priority.P2, _ => Priority.P3 };
        var target = policy.TargetFor(priority, SlaMetric.Resolution);
        var clock = SlaClock.CreateStarted("INC-" + i, target, Actor.System, start);
        clock.Pause(Actor.System, start + Duration.FromHours(3), "waiting for the customer");
        clock.Resume(Actor.System, start + Duration.FromHours(30));
        return clock.StatusAt(start + Duration.FromDays(20));
    }

    /// <summary>A new policy with new calendars, so every year table starts cold.</summary>
    private static SlaPolicy CreatePolicy()
    {
        var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var office = BusinessCalendar.Builder("office", berlin)
            .AddWindow(new LocalTime(9, 0), new LocalTime(18, 0), IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
            .AddHoliday(new LocalDate(2026, 12, 25))
            .Build();
        var shifts = BusinessCalendar.Builder("shifts", berlin)
            .AddWindow(new LocalTime(22, 0), new LocalTime(6, 0), IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Friday)
            .AddWindow(new LocalTime(8, 0), new LocalTime(12, 0), IsoDayOfWeek.Saturday)
            .Build();
        return SlaPolicy.Builder("shared")
            .Add(Priority.P1, SlaMetric.Resolution, Duration.FromHours(4), BusinessCalendars.SevenByTwentyFour(berlin))
            .Add(Priority.P2, SlaMetric.Resolution, Duration.FromHours(16), office, percentages: [50, 80])
            .Add(Priority.P3, SlaMetric.Resolution, Duration.FromHours(40), shifts, leadTimes: [Duration.FromHours(2)])
            .Build();
    }
}
