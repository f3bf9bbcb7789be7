// Quickstart: due dates on the service levels of the source documents (5x9, 7x9, 7x24) for a few SLA targets,
// from one fixed start instant, and business time elapsed between two instants.
// Run: dotnet run --project samples/Itsm.Samples.Quickstart
using System;
using System.Globalization;
using Itsm.Calendars;
using Itsm.Json;
using NodaTime;
using NodaTime.Text;

var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
var nationalDay = new HolidaySet("cn-national-day-2026", [new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 2)]);

var fiveByNine = BusinessCalendar.Builder("5x9", zone)
    .AddWindow(new LocalTime(9, 0), new LocalTime(18, 0), IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
    .AddHolidays(nationalDay)
    .Build();
BusinessCalendar[] serviceLevels =
[
    fiveByNine,
    BusinessCalendars.SevenByNine(zone, new LocalTime(9, 0)),
    BusinessCalendars.SevenByTwentyFour(zone),
];

// A fixed start: Wednesday 30 September 2026, 16:30 in Shanghai, the eve of the national day holiday.
var start = new LocalDateTime(2026, 9, 30, 16, 30).InZoneStrictly(zone).ToInstant();
var pattern = ZonedDateTimePattern.CreateWithInvariantCulture("ddd yyyy-MM-dd HH:mm", null);
string Show(Instant instant) => pattern.Format(instant.InZone(zone));

Console.WriteLine($"Logged at {Show(start)} ({zone.Id})");
Console.WriteLine();
Console.WriteLine($"{"target",-10}{"5x9",-24}{"7x9",-24}{"7x24",-24}");
foreach (var hours in new[] { 1, 4, 8, 24, 40 })
{
    Console.Write($"{hours + " h",-10}");
    foreach (var calendar in serviceLevels)
    {
        Console.Write($"{Show(calendar.Add(start, Duration.FromHours(hours))),-24}");
    }

    Console.WriteLine();
}

Console.Write($"{"2 days",-10}");
foreach (var calendar in serviceLevels)
{
    Console.Write($"{Show(calendar.AddBusinessDays(start, 2)),-24}");
}

Console.WriteLine();
Console.WriteLine();

var resolved = new LocalDateTime(2026, 10, 8, 11, 15).InZoneStrictly(zone).ToInstant();
Console.WriteLine($"Business time from {Show(start)} to {Show(resolved)}:");
foreach (var calendar in serviceLevels)
{
    Console.WriteLine($"  {calendar.Id,-6}{calendar.BusinessTimeBetween(start, resolved).ToString("H:mm", CultureInfo.InvariantCulture)} h");
}

Console.WriteLine();
Console.WriteLine("The 5x9 calendar as JSON (docs/calendars.md describes the format):");
Console.WriteLine(ItsmJson.Serialize(fiveByNine));
