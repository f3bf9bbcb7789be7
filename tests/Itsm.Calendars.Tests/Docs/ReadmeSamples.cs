// sample:readme-usings
using System;
using Itsm.Calendars;
using NodaTime;
// end-sample
using Itsm.Tests.Shared;

namespace Itsm.Docs.Samples;

/// <summary>The example of README.md, run as written; it prints what its comment says.</summary>
[Collection(PageSamples.Collection)]
public class ReadmeSamples
{
    [Fact]
    public void TheReadmeExample_RunsAndPrintsWhatItSays() =>
        PageSamples.Run("readme-", () =>
        {
            // sample:readme-example
            var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
            var calendar = BusinessCalendar.Builder("berlin-5x9", berlin)
                .AddWindow(new LocalTime(9, 0), new LocalTime(18, 0),
                    IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
                .AddHoliday(new LocalDate(2026, 4, 3))                         // Good Friday
                .Build();

            var logged = Instant.FromUtc(2026, 4, 2, 15, 0);                   // Thursday 17:00 in Berlin
            var due = calendar.Add(logged, Duration.FromHours(4));             // 1 h on Thursday, Friday closed, 3 h on Monday
            var used = calendar.BusinessTimeBetween(logged, due);
            Console.WriteLine($"due {due.InZone(berlin)}, {used.TotalHours} business hours after logging");
            // due 2026-04-06T12:00:00 Europe/Berlin (+02), 4 business hours after logging
            // end-sample
        });
}
