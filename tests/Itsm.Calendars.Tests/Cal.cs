using System;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace Itsm.Calendars.Tests;

/// <summary>Short ways to write the calendars and instants the tests talk about.</summary>
internal static class Cal
{
    public static readonly IsoDayOfWeek[] MondayToFriday =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    public static readonly IsoDayOfWeek[] EveryDay = [.. MondayToFriday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    public static DateTimeZone Zone(string id) => DateTimeZoneProviders.Tzdb[id];

    public static LocalTime Time(string text) =>
        WorkingWindow.TryParseTime(text, isEnd: true, out var time) ? time : throw new ArgumentException(text);

    public static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    /// <summary>A calendar with the same window on the given days.</summary>
    public static BusinessCalendarBuilder Weekly(string zone, string start, string end, params IsoDayOfWeek[] days) =>
        BusinessCalendar.Builder("test", Zone(zone)).AddWindow(Time(start), Time(end), days);

    /// <summary>An instant from an offset date-time text ("2025-03-30T00:30Z", "2015-11-01T01:59:30-04:00").</summary>
    public static Instant At(string text) =>
        OffsetDateTimePattern.ExtendedIso.Parse(WithSeconds(text.Replace("Z", "+00:00", StringComparison.Ordinal))).GetValueOrThrow().ToInstant();

    /// <summary>An instant from a local date-time text in a zone, mapped leniently.</summary>
    public static Instant Local(string zone, string text) =>
        LocalDateTimePattern.ExtendedIso.Parse(WithSeconds(text)).GetValueOrThrow().InZoneLeniently(Zone(zone)).ToInstant();

    /// <summary>Adds ":00" seconds to "yyyy-MM-ddTHH:mm" texts, which the ISO patterns require.</summary>
    private static string WithSeconds(string text) => text.Length >= 16 && (text.Length == 16 || text[16] != ':') ? text.Insert(16, ":00") : text;

    public static Duration Hours(double hours) => Duration.FromHours(hours);

    public static WorkingWindow Window(string start, string end) => new(Time(start), Time(end));

    public static string Describe(BusinessCalendar calendar) =>
        calendar.Zone.Id + " " + string.Join(" ", EveryDay.Select(d => d + "=" + string.Join(",", calendar.WindowsOn(d))));
}
