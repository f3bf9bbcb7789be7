using System;
using System.Linq;
using NodaTime;
using static Itsm.Calendars.Tests.Cal;

namespace Itsm.Calendars.Tests;

/// <summary>The definition's values (windows, exception days, holiday sets, problems, the shipped calendars): equality,
/// formatting, ordering and argument checks, each at the edge that tells a right line from a wrong one.</summary>
public class DefinitionValueTests
{
    [Fact]
    public void WorkingWindow_EqualityAndOrdering_UseBothEnds()
    {
        var nineToSix = Window("09:00", "18:00");
        var nineToFive = Window("09:00", "17:00");
        var tenToSix = Window("10:00", "18:00");
        var same = Window("09:00", "18:00");

        Assert.True(nineToSix == Window("09:00", "18:00"));
        Assert.False(nineToSix != Window("09:00", "18:00"));
        Assert.True(nineToSix != nineToFive);
        Assert.True(nineToSix != tenToSix);
        Assert.False(nineToSix.Equals(nineToFive));
        Assert.False(nineToSix.Equals(tenToSix));
        Assert.True(nineToFive < nineToSix && !(nineToSix < same) && !(nineToSix < nineToFive));
        Assert.True(nineToFive <= nineToSix && nineToSix <= same && !(nineToSix <= nineToFive));
        Assert.True(nineToSix > nineToFive && !(nineToSix > same) && !(nineToFive > nineToSix));
        Assert.True(nineToSix >= nineToFive && nineToSix >= same && !(nineToFive >= nineToSix));
        Assert.Equal(nineToSix.GetHashCode(), Window("09:00", "18:00").GetHashCode());
        Assert.True(nineToSix.Equals((object)Window("09:00", "18:00")));
        Assert.False(nineToSix.Equals((object)"09:00-18:00"));
    }

    [Theory]
    [InlineData("09:00", "24:00", "09:00-24:00")]
    [InlineData("00:00", "09:30:15", "00:00-09:30:15")]
    [InlineData("08:00:00.5", "09:00", "08:00:00.5-09:00")]
    [InlineData("22:00", "06:00", "22:00-06:00")]
    public void WorkingWindow_FormatsAsTheCalendarFormatWritesIt(string start, string end, string text) =>
        Assert.Equal(text, Window(start, end).ToString());

    [Fact]
    public void WorkingWindow_MidnightStart_IsWritten0000_AndAWholeDayEnd2400()
    {
        Assert.Equal("00:00", WorkingWindow.FormatTime(LocalTime.Midnight, isEnd: false));
        Assert.Equal("24:00", WorkingWindow.FormatTime(LocalTime.Midnight, isEnd: true));
        Assert.True(WorkingWindow.TryParseTime("24:00:00", isEnd: true, out var midnight));
        Assert.Equal(LocalTime.Midnight, midnight);
        Assert.False(WorkingWindow.TryParseTime("24:00:00", isEnd: false, out _));
        Assert.False(WorkingWindow.TryParseTime(null, isEnd: true, out _));
        Assert.Equal(Duration.FromHours(24), default(WorkingWindow).NominalLength);
    }

    [Fact]
    public void ExceptionDay_EqualityUsesDateAndWindows_AndFormatsClosedDays()
    {
        var day = new ExceptionDay(Date("2026-12-31"), [Window("09:00", "12:00")]);

        Assert.Equal(day, new ExceptionDay(Date("2026-12-31"), [Window("09:00", "12:00")]));
        Assert.NotEqual(day, new ExceptionDay(Date("2026-12-30"), [Window("09:00", "12:00")]));
        Assert.NotEqual(day, new ExceptionDay(Date("2026-12-31"), [Window("09:00", "13:00")]));
        Assert.False(day.Equals(null));
        Assert.False(day.Equals((object)"2026-12-31"));
        Assert.True(day.Equals((object)day));
        Assert.Equal("2026-12-31: 09:00-12:00", day.ToString());
        Assert.Equal("2026-10-01: closed", new ExceptionDay(Date("2026-10-01"), []).ToString());
        Assert.Equal("2026-10-08: 09:00-12:00, 13:00-18:00", new ExceptionDay(Date("2026-10-08"), [Window("13:00", "18:00"), Window("09:00", "12:00")]).ToString());
        Assert.Equal("windows", Assert.Throws<ArgumentNullException>(() => new ExceptionDay(Date("2026-10-01"), null!)).ParamName);
    }

    [Fact]
    public void HolidaySet_EqualityUsesNameAndDates_AndChecksItsArguments()
    {
        var set = new HolidaySet("cn", [Date("2026-10-01")]);

        Assert.Equal(set, new HolidaySet("cn", [Date("2026-10-01")]));
        Assert.NotEqual(set, new HolidaySet("de", [Date("2026-10-01")]));
        Assert.NotEqual(set, new HolidaySet("cn", [Date("2026-10-02")]));
        Assert.False(set.Equals(null));
        Assert.True(set.Equals((object)set));
        Assert.Equal("cn (1 dates)", set.ToString());
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new HolidaySet(null!, [])).ParamName);
        Assert.Equal("dates", Assert.Throws<ArgumentNullException>(() => new HolidaySet("cn", null!)).ParamName);
        Assert.Equal("A holiday set needs a name that is not empty. (Parameter 'name')", Assert.Throws<ArgumentException>(() => new HolidaySet(" ", [])).Message);
    }

    [Fact]
    public void HolidaySet_TakesTheFirstAndLastSupportedDates()
    {
        var set = new HolidaySet("edges", [BusinessCalendar.MinSupportedDate, BusinessCalendar.MaxSupportedDate]);

        Assert.Equal([new LocalDate(1700, 1, 1), new LocalDate(2249, 12, 31)], set.Dates);
        Assert.Throws<ArgumentOutOfRangeException>(() => new HolidaySet("before", [BusinessCalendar.MinSupportedDate.PlusDays(-1)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HolidaySet("after", [BusinessCalendar.MaxSupportedDate.PlusDays(1)]));
    }

    [Fact]
    public void CalendarProblem_FormatsAsPathAndMessage_AndRefusesNulls()
    {
        Assert.Equal("zone: the rule.", new CalendarProblem("zone", "the rule.").ToString());
        Assert.Throws<ArgumentNullException>(() => new CalendarProblem(null!, "m"));
        Assert.Throws<ArgumentNullException>(() => new CalendarProblem("p", null!));
    }

    [Fact]
    public void InvalidCalendarException_ListsEachProblemOnItsOwnLine_AndChecksItsArguments()
    {
        var error = new InvalidCalendarException("cal", [new CalendarProblem("zone", "a."), new CalendarProblem("id", "b.")]);

        Assert.Equal($"Calendar 'cal' is not valid (2 problems):{Environment.NewLine}- zone: a.{Environment.NewLine}- id: b.", error.Message);
        Assert.Equal(2, error.ProblemCount);
        Assert.Throws<ArgumentNullException>(() => new InvalidCalendarException(null!, [new CalendarProblem("zone", "a.")]));
        Assert.Throws<ArgumentNullException>(() => new InvalidCalendarException("cal", null!));
        Assert.Equal("An invalid calendar has at least one problem. (Parameter 'problems')", Assert.Throws<ArgumentException>(() => new InvalidCalendarException("cal", [])).Message);

        var hundred = Enumerable.Range(0, 100).Select(i => new CalendarProblem($"holidays[{i}]", "r")).ToList();
        Assert.Same(hundred, new InvalidCalendarException("cal", hundred).Problems);
        Assert.DoesNotContain("listed", new InvalidCalendarException("cal", hundred).Message.Split(Environment.NewLine)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedCalendars_HaveTheirDefaultIds_OrTheOneGiven()
    {
        Assert.Equal("5x9", BusinessCalendars.FiveByNine(DateTimeZone.Utc, Time("09:00")).Id);
        Assert.Equal("7x9", BusinessCalendars.SevenByNine(DateTimeZone.Utc, Time("09:00")).Id);
        Assert.Equal("7x24", BusinessCalendars.SevenByTwentyFour(DateTimeZone.Utc).Id);
        Assert.Equal("mine", BusinessCalendars.FiveByNine(DateTimeZone.Utc, Time("09:00"), "mine").Id);
        Assert.Equal("mine", BusinessCalendars.SevenByNine(DateTimeZone.Utc, Time("09:00"), "mine").Id);
        Assert.Equal("mine", BusinessCalendars.SevenByTwentyFour(DateTimeZone.Utc, "mine").Id);
    }

    [Fact]
    public void Builder_MessagesAndArguments()
    {
        Assert.Equal(
            "The calendar id is empty; a calendar needs an id that messages and records can name.",
            Assert.Single(BusinessCalendar.Builder(" ", DateTimeZone.Utc).Validate()).Message);
        Assert.Equal(
            "The zone is missing; every calendar needs an IANA time zone id such as \"Europe/Berlin\".",
            Assert.Single(BusinessCalendar.Builder("x", (string?)null).Validate()).Message);
        Assert.Equal("days", Assert.Throws<ArgumentNullException>(() => BusinessCalendar.Builder("x", DateTimeZone.Utc).AddWindow(Time("09:00"), Time("18:00"), null!)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => BusinessCalendar.Builder("x", DateTimeZone.Utc).AddWindow((IsoDayOfWeek)0, Window("09:00", "18:00")));
        Assert.Throws<ArgumentNullException>(() => BusinessCalendar.Builder("x", DateTimeZone.Utc).AddHolidays(null!));
        Assert.Throws<ArgumentNullException>(() => BusinessCalendar.Builder("x", DateTimeZone.Utc).AddExceptionDay(Date("2026-10-01"), null!));

        // A zone given as a zone wins; a zone id given as text is resolved when the calendar is built.
        Assert.Equal("Europe/Berlin", BusinessCalendar.Builder("x", Zone("Europe/Berlin")).Build().Zone.Id);
        Assert.Equal("Asia/Shanghai", BusinessCalendar.Builder("x", "Asia/Shanghai").Build().Zone.Id);
    }

    [Fact]
    public void Calendar_WithoutSingleHolidays_HasOnlyItsSets()
    {
        var set = new HolidaySet("cn", [Date("2026-10-01")]);

        var calendar = Weekly("Etc/UTC", "09:00", "18:00", MondayToFriday).AddHolidays(set).Build();

        Assert.Equal([set], calendar.HolidaySets);
        Assert.Equal(["holidays", "cn"], Weekly("Etc/UTC", "09:00", "18:00", MondayToFriday).AddHoliday(Date("2026-10-02")).AddHolidays(set).Build().HolidaySets.Select(s => s.Name));
    }

    [Fact]
    public void Calendar_EqualityComparesEveryPartOfTheDefinition()
    {
        static BusinessCalendarBuilder Base(string zone = "Etc/UTC") => Weekly(zone, "09:00", "18:00", MondayToFriday).AddHoliday(Date("2026-10-01"));
        var calendar = Base().Build();

        Assert.Equal(calendar, Base().Build());
        Assert.NotEqual(calendar, Base("Europe/Berlin").Build());
        Assert.NotEqual(calendar, Base().AddWindow(IsoDayOfWeek.Saturday, Window("09:00", "12:00")).Build());
        Assert.NotEqual(calendar, Base().AddHoliday(Date("2026-10-02")).Build());
        Assert.NotEqual(calendar, Base().AddExceptionDay(Date("2026-10-03"), Window("09:00", "12:00")).Build());
        Assert.NotEqual(calendar, BusinessCalendar.Builder("other", DateTimeZone.Utc).AddWindow(Time("09:00"), Time("18:00"), MondayToFriday).AddHoliday(Date("2026-10-01")).Build());
        Assert.False(calendar.Equals(null));
        Assert.True(calendar.Equals((object)calendar));
        Assert.Equal("test (Etc/UTC)", calendar.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.WindowsOn((IsoDayOfWeek)8));
    }

    [Fact]
    public void ExceptionDays_AreKeptInDateOrder_WhateverOrderTheyWereGiven()
    {
        var calendar = Weekly("Etc/UTC", "09:00", "18:00", MondayToFriday)
            .AddExceptionDay(Date("2026-12-31"), Window("09:00", "12:00"))
            .AddExceptionDay(Date("2026-10-01"))
            .AddExceptionDay(Date("2026-11-15"), Window("10:00", "11:00"))
            .Build();

        Assert.Equal([Date("2026-10-01"), Date("2026-11-15"), Date("2026-12-31")], calendar.ExceptionDays.Select(e => e.Date));
    }
}

/// <summary>The queries' argument checks and refusals, at their edges.</summary>
public class QueryEdgeTests
{
    private static readonly BusinessCalendar OneDay = BusinessCalendar.Builder("one-day", DateTimeZone.Utc)
        .AddExceptionDay(Date("2026-10-10"), Window("09:00", "17:00"))
        .Build();

    [Fact]
    public void Add_PastTheOnlyWindows_SaysWhichWay()
    {
        var noon = Instant.FromUtc(2026, 10, 10, 12, 0);

        var forward = Assert.Throws<BusinessTimeUnreachableException>(() => OneDay.Add(noon, Duration.FromHours(6)));
        var backward = Assert.Throws<BusinessTimeUnreachableException>(() => OneDay.Add(noon, Duration.FromHours(-4)));

        Assert.Contains("the calendar has not that much business time after it", forward.Message, StringComparison.Ordinal);
        Assert.Contains("the calendar has not that much business time before it", backward.Message, StringComparison.Ordinal);
        Assert.Equal((Duration.FromHours(6), noon, "one-day"), (forward.Amount, forward.Start, forward.CalendarId));
        Assert.Equal(Instant.FromUtc(2026, 10, 10, 17, 0), OneDay.Add(noon, Duration.FromHours(5)));
        Assert.Equal(Instant.FromUtc(2026, 10, 10, 9, 0), OneDay.Add(noon, Duration.FromHours(-3)));
    }

    [Fact]
    public void Queries_OutsideTheSupportedRange_NameTheArgument()
    {
        var late = BusinessCalendar.MaxSupportedInstant + Duration.Epsilon;

        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => OneDay.AddBusinessDays(late, 1)).ParamName);
        Assert.Equal("interval", Assert.Throws<ArgumentOutOfRangeException>(() => OneDay.OpenIntervals(new Interval(late, late + Duration.FromHours(1))).ToList()).ParamName);
        Assert.Equal("interval", Assert.Throws<ArgumentOutOfRangeException>(() => OneDay.OpenIntervals(new Interval(BusinessCalendar.MinSupportedInstant, late)).ToList()).ParamName);
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => OneDay.AddBusinessDays(Instant.FromUtc(2026, 1, 1, 0, 0), -1)).ParamName);
    }

    [Fact]
    public void AddBusinessDays_PastTheLastBusinessDate_IsUnreachable_TheLastOneIsNot()
    {
        var before = Instant.FromUtc(2026, 10, 9, 12, 0);

        Assert.Equal(Instant.FromUtc(2026, 10, 10, 12, 0), OneDay.AddBusinessDays(before, 1));
        Assert.Contains("fewer than 2 business dates follow it", Assert.Throws<BusinessTimeUnreachableException>(() => OneDay.AddBusinessDays(before, 2)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BusinessTimeBetween_IsAntisymmetric()
    {
        var calendar = BusinessCalendars.FiveByNine(DateTimeZone.Utc, Time("09:00"));
        var a = Instant.FromUtc(2026, 10, 5, 10, 0);
        var b = Instant.FromUtc(2026, 10, 6, 10, 0);

        Assert.Equal(Duration.FromHours(9), calendar.BusinessTimeBetween(a, b));
        Assert.Equal(Duration.FromHours(-9), calendar.BusinessTimeBetween(b, a));
        Assert.Equal(Duration.Zero, calendar.BusinessTimeBetween(a, a));
    }
}

/// <summary>The compiled time line at its edges: every year boundary, both ends of the supported range, a whole-range
/// duration, and a calendar whose only window starts in the UTC year before its local date.</summary>
public class TimeLineEdgeTests
{
    private static readonly BusinessCalendar Always = BusinessCalendars.SevenByTwentyFour(DateTimeZone.Utc);

    [Fact]
    public void EveryYearBoundary_IsCountedExactly()
    {
        for (int year = 1701; year < 2250; year++)
        {
            var boundary = Instant.FromUtc(year, 1, 1, 0, 0);
            Assert.Equal(Duration.FromNanoseconds(2), Always.BusinessTimeBetween(boundary - Duration.Epsilon, boundary + Duration.Epsilon));
            Assert.Equal(boundary + Duration.Epsilon, Always.Add(boundary - Duration.Epsilon, Duration.FromNanoseconds(2)));
        }
    }

    [Fact]
    public void TheWholeSupportedRange_IsOneDurationLongerThanALongOfNanoseconds()
    {
        var all = BusinessCalendar.MaxSupportedInstant - BusinessCalendar.MinSupportedInstant;

        Assert.True(all.TotalNanoseconds > long.MaxValue);
        Assert.Equal(all, Always.BusinessTimeBetween(BusinessCalendar.MinSupportedInstant, BusinessCalendar.MaxSupportedInstant));
        Assert.Equal(-all, Always.BusinessTimeBetween(BusinessCalendar.MaxSupportedInstant, BusinessCalendar.MinSupportedInstant));
        Assert.Equal(Duration.FromHours(1), Always.BusinessTimeBetween(BusinessCalendar.MaxSupportedInstant - Duration.FromHours(1), BusinessCalendar.MaxSupportedInstant));
        Assert.False(Always.IsOpen(BusinessCalendar.MaxSupportedInstant));
    }

    [Fact]
    public void OpenIntervals_WithoutAStart_BeginAtTheStartOfTheRange_AndTouchingWindowsAreJoined()
    {
        var split = Weekly("Etc/UTC", "09:00", "12:00", IsoDayOfWeek.Monday).AddWindow(IsoDayOfWeek.Monday, Time("12:00"), Time("18:00")).Build();
        var monday = new LocalDate(2026, 3, 2);

        var intervals = split.OpenIntervals(new Interval(null, monday.PlusDays(1).AtMidnight().InUtc().ToInstant())).TakeLast(1).ToList();

        Assert.Equal([new Interval(monday.At(new LocalTime(9, 0)).InUtc().ToInstant(), monday.At(new LocalTime(18, 0)).InUtc().ToInstant())], intervals);
        Assert.Equal(BusinessCalendar.MinSupportedInstant, Always.OpenIntervals(new Interval(null, BusinessCalendar.MinSupportedInstant + Duration.FromDays(1))).First().Start);
    }

    [Fact]
    public void AnExceptionOnlyCalendar_FindsAWindowThatBeginsInTheUtcYearBefore()
    {
        // 2026-01-01 09:00-17:00 at UTC+14 is 2025-12-31T19:00Z to 2026-01-01T03:00Z.
        var calendar = BusinessCalendar.Builder("kiritimati", Zone("Pacific/Kiritimati")).AddExceptionDay(Date("2026-01-01"), Window("09:00", "17:00")).Build();
        var after = Instant.FromUtc(2026, 1, 2, 0, 0);

        Assert.Equal(Instant.FromUtc(2025, 12, 31, 19, 0), calendar.Add(after, Duration.FromHours(-8)));
        Assert.Equal(Instant.FromUtc(2025, 12, 31, 19, 0), calendar.NextOpening(Instant.FromUtc(2025, 12, 1, 0, 0)));
    }

    [Fact]
    public void AddBusinessDays_PastTheSupportedRange_IsUnreachable()
    {
        // The next date, 2250-01-01, is a business date, but noon on it is past the range.
        var error = Assert.Throws<BusinessTimeUnreachableException>(() => Always.AddBusinessDays(Instant.FromUtc(2249, 12, 31, 12, 0), 1));

        Assert.Contains("1 business dates later is past the supported range", error.Message, StringComparison.Ordinal);
        Assert.Contains("fewer than 5 business dates follow it", Assert.Throws<BusinessTimeUnreachableException>(() => Always.AddBusinessDays(Instant.FromUtc(2249, 12, 30, 12, 0), 5)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidCalendarException_WithACount_RefusesNullProblems() =>
        Assert.Equal("problems", Assert.Throws<ArgumentNullException>(() => new InvalidCalendarException("cal", null!, 1)).ParamName);
}
