// sample:calendars-usings
using System;
using System.IO;
using System.Linq;
using Itsm.Calendars;
using Itsm.Json;
using NodaTime;
// end-sample
using System.Text.RegularExpressions;
using Itsm.Tests.Shared;

namespace Itsm.Docs.Samples;

/// <summary>The samples of docs/calendars.md, in the page's order, run as one program that prints what the page's
/// comments say; the JSON the page defines is the file the samples read.</summary>
[Collection(PageSamples.Collection)]
public class CalendarsPageSamples
{
    [Fact]
    public void TheCalendarsPage_RunsAndPrintsWhatItSays()
    {
        string page = File.ReadAllText(Path.Combine(LifecycleDocs.RepositoryRoot(), "docs", "calendars.md")).ReplaceLineEndings("\n");
        string shown = Regex.Match(page, "## Defining a calendar in JSON.*?```json\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        File.WriteAllText("cn-shanghai-5x9.json", shown);

        PageSamples.Run("calendars-", () =>
        {
            {
                // sample:calendars-provider
                // A newer time zone database than NodaTime's own would come from
                // TzdbDateTimeZoneSource.FromStream(File.OpenRead("tzdb2026f.nzd")); here, the one NodaTime ships.
                IDateTimeZoneProvider provider = new NodaTime.TimeZones.DateTimeZoneCache(NodaTime.TimeZones.TzdbDateTimeZoneSource.Default);

                BusinessCalendar calendar = ItsmJson.Deserialize<BusinessCalendar>(File.ReadAllText("cn-shanghai-5x9.json"), provider);
                Console.WriteLine(calendar); // cn-shanghai-5x9 (Asia/Shanghai)
                // end-sample
            }
            {
                // sample:calendars-read-write
                string json = File.ReadAllText("cn-shanghai-5x9.json");

                BusinessCalendar calendar = ItsmJson.Deserialize<BusinessCalendar>(json);
                string written = ItsmJson.Serialize(calendar);

                Console.WriteLine(calendar);                                                         // cn-shanghai-5x9 (Asia/Shanghai)
                Console.WriteLine(ItsmJson.Deserialize<BusinessCalendar>(written).Equals(calendar)); // True
                // end-sample
            }
            {
                // sample:calendars-builder
                DateTimeZone shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
                var nine = new LocalTime(9, 0);
                var noon = new LocalTime(12, 0);
                var six = new LocalTime(18, 0);

                BusinessCalendar calendar = BusinessCalendar.Builder("cn-shanghai-5x9", shanghai)
                    .AddWindow(IsoDayOfWeek.Monday, nine, noon)
                    .AddWindow(IsoDayOfWeek.Monday, new WorkingWindow(new LocalTime(13, 0), six))
                    .AddWindow(nine, six, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
                    .AddHoliday(new LocalDate(2026, 10, 1))
                    .AddHoliday(new LocalDate(2026, 10, 2))
                    .AddExceptionDay(new LocalDate(2026, 9, 27), new WorkingWindow(nine, six))
                    .AddExceptionDay(new LocalDate(2026, 12, 31), new WorkingWindow(nine, noon))
                    .Build();

                Console.WriteLine(calendar); // cn-shanghai-5x9 (Asia/Shanghai)
                // end-sample
            }
            {
                // sample:calendars-holiday-sets
                DateTimeZone shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
                var national2026 = new HolidaySet("cn-national-2026",
                    [new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 2), new LocalDate(2026, 10, 5)]);

                BusinessCalendar shanghaiDesk = BusinessCalendar.Builder("cn-shanghai-5x9", shanghai)
                    .AddWindow(new LocalTime(9, 0), new LocalTime(18, 0),
                        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
                    .AddHolidays(national2026)
                    .Build();

                // The same national holidays, but this site works the morning of 5 October.
                BusinessCalendar beijingDesk = BusinessCalendar.Builder("cn-beijing-5x9", shanghai)
                    .AddWindow(new LocalTime(9, 0), new LocalTime(18, 0),
                        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
                    .AddHolidays(national2026)
                    .AddExceptionDay(new LocalDate(2026, 10, 5), new WorkingWindow(new LocalTime(9, 0), new LocalTime(12, 0)))
                    .Build();

                Console.WriteLine(shanghaiDesk.IsBusinessDate(new LocalDate(2026, 10, 5)));         // False
                Console.WriteLine(string.Join(", ", beijingDesk.WindowsOn(new LocalDate(2026, 10, 5)))); // 09:00-12:00
                // end-sample
            }
            {
                // sample:calendars-presets
                DateTimeZone berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
                BusinessCalendar office = BusinessCalendars.FiveByNine(berlin, new LocalTime(9, 0));

                Console.WriteLine(office);                                                      // 5x9 (Europe/Berlin)
                Console.WriteLine(string.Join(", ", office.WindowsOn(IsoDayOfWeek.Monday)));    // 09:00-18:00
                Console.WriteLine(office.WindowsOn(IsoDayOfWeek.Saturday).Count);               // 0
                // end-sample
            }
            {
                // sample:calendars-berlin
                DateTimeZone berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
                Instant Berlin(int year, int month, int day, int hour, int minute = 0) =>
                    new LocalDateTime(year, month, day, hour, minute).InZoneLeniently(berlin).ToInstant();
                // end-sample

                {
                    // sample:calendars-overnight
                    BusinessCalendar nights = BusinessCalendar.Builder("nights", DateTimeZone.Utc)
                        .AddWindow(new LocalTime(22, 0), new LocalTime(6, 0),
                            IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
                        .Build();

                    Console.WriteLine(nights.IsOpen(Instant.FromUtc(2025, 1, 11, 3, 0)));                          // True (Saturday, Friday's window)
                    Console.WriteLine(nights.IsOpen(Instant.FromUtc(2025, 1, 13, 3, 0)));                          // False (Monday, nothing from Sunday)
                    Console.WriteLine(nights.Add(Instant.FromUtc(2025, 1, 10, 23, 0), Duration.FromHours(2)));     // 2025-01-11T01:00:00Z
                    Console.WriteLine(nights.IsBusinessDate(new LocalDate(2025, 1, 11)));                         // False (no window starts on Saturday)
                    // end-sample
                }

                {
                    // sample:calendars-full-day
                    BusinessCalendar mondayShift = BusinessCalendar.Builder("monday-24h", DateTimeZone.Utc)
                        .AddWindow(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(9, 0))
                        .Build();

                    Console.WriteLine(mondayShift.IsOpen(Instant.FromUtc(2025, 1, 7, 8, 59)));   // True (Tuesday 08:59)
                    Console.WriteLine(mondayShift.IsOpen(Instant.FromUtc(2025, 1, 7, 9, 0)));    // False (Tuesday 09:00)
                    Console.WriteLine(mondayShift.BusinessTimeBetween(
                        Instant.FromUtc(2025, 1, 6, 0, 0), Instant.FromUtc(2025, 1, 8, 0, 0)).TotalHours); // 24
                    // end-sample
                }

                {
                    // sample:calendars-holiday-overnight
                    BusinessCalendar nights = BusinessCalendar.Builder("nights", DateTimeZone.Utc)
                        .AddWindow(new LocalTime(22, 0), new LocalTime(6, 0),
                            IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
                        .AddHoliday(new LocalDate(2025, 1, 14)) // a Tuesday
                        .Build();

                    Console.WriteLine(nights.IsOpen(Instant.FromUtc(2025, 1, 14, 3, 0)));   // True (Monday's window, into the holiday)
                    Console.WriteLine(nights.IsOpen(Instant.FromUtc(2025, 1, 14, 23, 0)));  // False (Tuesday's window is removed)
                    Console.WriteLine(nights.IsOpen(Instant.FromUtc(2025, 1, 15, 3, 0)));   // False (its overnight part too)
                    // end-sample
                }

                {
                    // sample:calendars-exceptions
                    BusinessCalendar calendar = ItsmJson.Deserialize<BusinessCalendar>(File.ReadAllText("cn-shanghai-5x9.json"));
                    DateTimeZone shanghai = calendar.Zone;
                    Instant At(int year, int month, int day, int hour) =>
                        new LocalDateTime(year, month, day, hour, 0).InZoneStrictly(shanghai).ToInstant();

                    Console.WriteLine(calendar.IsOpen(At(2026, 9, 27, 10)));    // True (a Sunday worked as a make-up day)
                    Console.WriteLine(calendar.IsOpen(At(2026, 10, 1, 10)));    // False (holiday)
                    Console.WriteLine(calendar.IsOpen(At(2026, 12, 31, 13)));   // False (half day)
                    Console.WriteLine(string.Join(", ", calendar.WindowsOn(new LocalDate(2026, 12, 31)))); // 09:00-12:00
                    // end-sample
                }

                // sample:calendars-dst
                BusinessCalendar early = BusinessCalendar.Builder("early", berlin)
                    .AddWindow(IsoDayOfWeek.Sunday, new LocalTime(2, 30), new LocalTime(5, 0))
                    .Build();
                foreach (Interval open in early.OpenIntervals(new Interval(Berlin(2026, 3, 29, 0), Berlin(2026, 3, 30, 0))))
                {
                    Console.WriteLine($"{open.Start.InZone(berlin)} to {open.End.InZone(berlin)}");
                    // 2026-03-29T03:30:00 Europe/Berlin (+02) to 2026-03-29T05:00:00 Europe/Berlin (+02)
                }
                foreach (Interval open in early.OpenIntervals(new Interval(Berlin(2026, 10, 25, 0), Berlin(2026, 10, 26, 0))))
                {
                    Console.WriteLine($"{open.Start.InZone(berlin)} to {open.End.InZone(berlin)}");
                    // 2026-10-25T02:30:00 Europe/Berlin (+02) to 2026-10-25T05:00:00 Europe/Berlin (+01)
                }

                BusinessCalendar allDay = BusinessCalendars.SevenByTwentyFour(berlin);
                Console.WriteLine(allDay.BusinessTimeBetween(Berlin(2026, 3, 29, 0), Berlin(2026, 3, 30, 0)).TotalHours);   // 23
                Console.WriteLine(allDay.BusinessTimeBetween(Berlin(2026, 10, 25, 0), Berlin(2026, 10, 26, 0)).TotalHours); // 25

                BusinessCalendar inGap = BusinessCalendar.Builder("in-gap", berlin)
                    .AddWindow(IsoDayOfWeek.Sunday, new LocalTime(2, 15), new LocalTime(2, 45))
                    .Build();
                Console.WriteLine(inGap.NextOpening(Berlin(2026, 3, 29, 0)).InZone(berlin));   // 2026-03-29T03:15:00 Europe/Berlin (+02)

                BusinessCalendar twoWindows = BusinessCalendar.Builder("two-windows", berlin)
                    .AddWindow(IsoDayOfWeek.Sunday, new LocalTime(2, 0), new LocalTime(2, 45))
                    .AddWindow(IsoDayOfWeek.Sunday, new LocalTime(3, 0), new LocalTime(4, 0))
                    .Build();
                Console.WriteLine(twoWindows.BusinessTimeBetween(Berlin(2026, 3, 29, 0), Berlin(2026, 3, 30, 0)).TotalHours); // 1
                Console.WriteLine(twoWindows.BusinessTimeBetween(Berlin(2026, 3, 22, 0), Berlin(2026, 3, 23, 0)).TotalHours); // 1.75

                BusinessCalendar acrossGap = BusinessCalendar.Builder("across-gap", berlin)
                    .AddWindow(IsoDayOfWeek.Sunday, new LocalTime(2, 45), new LocalTime(3, 15))
                    .Build();
                Console.WriteLine(acrossGap.BusinessTimeBetween(Berlin(2026, 3, 29, 0), Berlin(2026, 3, 30, 0)).TotalHours); // 0
                Console.WriteLine(acrossGap.BusinessTimeBetween(Berlin(2026, 3, 22, 0), Berlin(2026, 3, 23, 0)).TotalHours); // 0.5
                // end-sample

                // sample:calendars-add
                BusinessCalendar office = BusinessCalendars.FiveByNine(berlin, new LocalTime(9, 0));

                Console.WriteLine(office.Add(Berlin(2026, 3, 27, 17), Duration.FromHours(2)));                  // 2026-03-30T08:00:00Z
                Console.WriteLine(office.Add(Berlin(2026, 3, 30, 9), Duration.FromHours(9)).InZone(berlin));    // 2026-03-30T18:00:00 Europe/Berlin (+02)
                Console.WriteLine(office.Add(Berlin(2026, 3, 28, 12), Duration.Zero).InZone(berlin));           // 2026-03-28T12:00:00 Europe/Berlin (+01)
                Console.WriteLine(office.BusinessTimeBetween(Berlin(2026, 3, 27, 17, 30), Berlin(2026, 3, 30, 9, 30)).TotalHours); // 1
                Console.WriteLine(office.NextOpening(Berlin(2026, 3, 28, 12)));                                 // 2026-03-30T07:00:00Z
                // end-sample

                // sample:calendars-add-negative
                Console.WriteLine(office.Add(Berlin(2026, 3, 30, 11), Duration.FromHours(-2)).InZone(berlin)); // 2026-03-30T09:00:00 Europe/Berlin (+02)
                Console.WriteLine(office.Add(Berlin(2026, 3, 30, 10), Duration.FromHours(-2)).InZone(berlin)); // 2026-03-27T17:00:00 Europe/Berlin (+01)

                // From a closed start, the way back stops at the opening of the window where the business time began.
                Instant deadline = office.Add(Berlin(2026, 3, 28, 12), Duration.FromHours(1));
                Console.WriteLine(deadline.InZone(berlin));                                                     // 2026-03-30T10:00:00 Europe/Berlin (+02)
                Console.WriteLine(office.Add(deadline, Duration.FromHours(-1)).InZone(berlin));                 // 2026-03-30T09:00:00 Europe/Berlin (+02)
                // end-sample

                // sample:calendars-between-negative
                Console.WriteLine(office.BusinessTimeBetween(Berlin(2026, 3, 30, 9, 30), Berlin(2026, 3, 27, 17, 30)).TotalHours); // -1
                // end-sample

                // sample:calendars-is-open
                Console.WriteLine(office.IsOpen(Berlin(2026, 3, 30, 9)));                         // True
                Console.WriteLine(office.IsOpen(Berlin(2026, 3, 30, 18)));                        // False
                Console.WriteLine(office.NextOpening(Berlin(2026, 3, 30, 10)).InZone(berlin));    // 2026-03-30T10:00:00 Europe/Berlin (+02)
                Console.WriteLine(office.NextOpening(Berlin(2026, 3, 30, 18)).InZone(berlin));    // 2026-03-31T09:00:00 Europe/Berlin (+02)
                // end-sample

                // sample:calendars-business-days
                Console.WriteLine(office.AddBusinessDays(Berlin(2026, 3, 30, 20), 1).InZone(berlin));      // 2026-04-01T09:00:00 Europe/Berlin (+02)
                Console.WriteLine(office.AddBusinessDays(Berlin(2026, 3, 27, 16, 50), 1).InZone(berlin));  // 2026-03-30T16:50:00 Europe/Berlin (+02)
                Console.WriteLine(office.AddBusinessDays(Berlin(2026, 3, 28, 12), 0).InZone(berlin));      // 2026-03-30T09:00:00 Europe/Berlin (+02)
                // end-sample

                // sample:calendars-open-intervals
                foreach (Interval open in office.OpenIntervals(new Interval(Berlin(2026, 3, 30, 0), Berlin(2026, 4, 1, 12))))
                {
                    Console.WriteLine(open);
                }
                // 2026-03-30T07:00:00Z/2026-03-30T16:00:00Z
                // 2026-03-31T07:00:00Z/2026-03-31T16:00:00Z
                // 2026-04-01T07:00:00Z/2026-04-01T10:00:00Z

                // The next three opening periods from now on:
                foreach (Interval open in office.OpenIntervals(new Interval(Berlin(2026, 3, 30, 12), null)).Take(3))
                {
                    Console.WriteLine(open);
                }
                // 2026-03-30T10:00:00Z/2026-03-30T16:00:00Z
                // 2026-03-31T07:00:00Z/2026-03-31T16:00:00Z
                // 2026-04-01T07:00:00Z/2026-04-01T16:00:00Z
                // end-sample

                {
                    // sample:calendars-windows-on
                    BusinessCalendar calendar = ItsmJson.Deserialize<BusinessCalendar>(File.ReadAllText("cn-shanghai-5x9.json"));

                    Console.WriteLine(string.Join(", ", calendar.WindowsOn(new LocalDate(2026, 9, 28))));   // 09:00-12:00, 13:00-18:00 (a Monday)
                    Console.WriteLine(calendar.WindowsOn(new LocalDate(2026, 10, 1)).Count);                // 0 (holiday)
                    Console.WriteLine(calendar.IsBusinessDate(new LocalDate(2026, 9, 27)));                 // True (exception on a Sunday)
                    Console.WriteLine(calendar.IsBusinessDate(new LocalDate(2026, 10, 3)));                 // False (Saturday)
                    // end-sample
                }

                {
                    // sample:calendars-json-errors
                    string json = """
                        { "zone": "Europe/Berln",
                          "week": { "Monday": [["9am", "12:00"], ["10:00", "11:00"], ["10:30", "12:00"]], "Funday": [] },
                          "holidays": ["2026-13-01"],
                          "colour": "blue" }
                        """;
                    try
                    {
                        ItsmJson.Deserialize<BusinessCalendar>(json);
                    }
                    catch (InvalidCalendarException error)
                    {
                        Console.WriteLine(error.Problems.Count); // 6
                        foreach (CalendarProblem problem in error.Problems)
                        {
                            Console.WriteLine(problem.Path);
                        }
                        // colour
                        // week.Monday[0][0]
                        // week.Funday
                        // holidays[0]
                        // zone
                        // week.Monday[2]
                    }
                    // end-sample
                }

                {
                    // sample:calendars-validate
                    BusinessCalendarBuilder builder = BusinessCalendar.Builder("support", "Europe/Berln")
                        .AddWindow(IsoDayOfWeek.Monday, new LocalTime(9, 0), new LocalTime(13, 0))
                        .AddWindow(IsoDayOfWeek.Monday, new LocalTime(12, 0), new LocalTime(18, 0))
                        .AddHoliday(new LocalDate(2026, 12, 25))
                        .AddHoliday(new LocalDate(2026, 12, 25));

                    foreach (CalendarProblem problem in builder.Validate())
                    {
                        Console.WriteLine(problem.Path);
                    }
                    // zone
                    // week.Monday[1]
                    // holidays[1]
                    // end-sample
                }

                {
                    // sample:calendars-unreachable
                    BusinessCalendar empty = BusinessCalendar.Builder("empty", DateTimeZone.Utc).Build();
                    try
                    {
                        empty.Add(Instant.FromUtc(2026, 1, 5, 9, 0), Duration.FromHours(1));
                    }
                    catch (BusinessTimeUnreachableException error)
                    {
                        Console.WriteLine(error.Message);
                        // Calendar 'empty' cannot answer from 2026-01-05T09:00:00Z with amount 1 h: it has no windows at all.
                    }

                    BusinessCalendar projectWeekend = BusinessCalendar.Builder("project-weekend", DateTimeZone.Utc)
                        .AddExceptionDay(new LocalDate(2026, 1, 10), new WorkingWindow(new LocalTime(9, 0), new LocalTime(17, 0)))
                        .Build();
                    Console.WriteLine(projectWeekend.NextOpening(Instant.FromUtc(2026, 1, 1, 0, 0)));   // 2026-01-10T09:00:00Z
                    try
                    {
                        projectWeekend.NextOpening(Instant.FromUtc(2026, 2, 1, 0, 0));
                    }
                    catch (BusinessTimeUnreachableException error)
                    {
                        Console.WriteLine(error.Message);
                        // Calendar 'project-weekend' cannot answer from 2026-02-01T00:00:00Z with amount 0 min: no window opens at or after it; it has no weekly windows, only exception days from 2026-01-10 to 2026-01-10.
                    }
                    // end-sample
                }
            }
        });
    }
}
