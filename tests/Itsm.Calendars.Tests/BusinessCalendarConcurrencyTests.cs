using System.Linq;
using System.Threading;
using NodaTime;
using static Itsm.Calendars.Tests.Cal;

namespace Itsm.Calendars.Tests;

public class BusinessCalendarConcurrencyTests
{
    [Fact]
    public void ManyThreads_ForcingLazyYearTables_AgreeWithOneThread()
    {
        static BusinessCalendar Create() => Weekly("Europe/Berlin", "09:00", "18:00", MondayToFriday)
            .AddHoliday(Date("2026-12-25"))
            .Build();

        var starts = Enumerable.Range(0, 400).Select(i => Instant.FromUtc(2000, 1, 1, 0, 0) + Duration.FromHours(i * 877.3)).ToArray();
        var single = Create();
        var expected = starts.Select(s => (single.Add(s, Hours(450)), single.BusinessTimeBetween(s, s + Duration.FromDays(400)), single.NextOpening(s))).ToArray();

        for (int round = 0; round < 5; round++)
        {
            var shared = Create();
            using var gate = new Barrier(8);
            var results = new (Instant, Duration, Instant)[8][];
            var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
            {
                gate.SignalAndWait();
                var mine = new (Instant, Duration, Instant)[starts.Length];
                for (int k = 0; k < starts.Length; k++)
                {
                    // Each thread walks the same starts in its own order: rotated, and backwards for odd threads.
                    int i = (t % 2 == 0 ? k + (t * 53) : starts.Length - 1 - k + (t * 53)) % starts.Length;
                    mine[i] = (shared.Add(starts[i], Hours(450)), shared.BusinessTimeBetween(starts[i], starts[i] + Duration.FromDays(400)), shared.NextOpening(starts[i]));
                }

                results[t] = mine;
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.All(results, r => Assert.Equal(expected, r));
        }
    }
}
