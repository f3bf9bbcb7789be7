using System;
using System.Linq;
using NodaTime;
using static Itsm.Calendars.Tests.Cal;

namespace Itsm.Calendars.Tests;

/// <summary>The worked examples and the rules of the calendar semantics page, one test each.</summary>
public partial class BusinessCalendarTests
{
    private const string Berlin = "Europe/Berlin";

    private static BusinessCalendar BerlinNineToSix() => Weekly(Berlin, "09:00", "18:00", MondayToFriday).Build();

    private static Instant B(string local) => Local(Berlin, local);

    [Fact]
    public void Add_FridayAfternoonOverWeekendAndDstChange_LandsMondayTen() =>
        Assert.Equal(At("2026-03-30T08:00Z"), BerlinNineToSix().Add(B("2026-03-27T17:00"), Hours(2)));

    [Fact]
    public void Add_NineHoursFromOpening_LandsOnWindowEndNotNextOpening() =>
        Assert.Equal(B("2026-03-30T18:00"), BerlinNineToSix().Add(B("2026-03-30T09:00"), Hours(9)));

    [Fact]
    public void Add_Zero_ReturnsStartEvenWhenClosed() =>
        Assert.Equal(B("2026-03-28T12:00"), BerlinNineToSix().Add(B("2026-03-28T12:00"), Duration.Zero));

    [Fact]
    public void BusinessTimeBetween_FridayEveningToMondayMorning_IsOneHour() =>
        Assert.Equal(Hours(1), BerlinNineToSix().BusinessTimeBetween(B("2026-03-27T17:30"), B("2026-03-30T09:30")));

    [Fact]
    public void BusinessTimeBetween_Reversed_IsNegative() =>
        Assert.Equal(Hours(-1), BerlinNineToSix().BusinessTimeBetween(B("2026-03-30T09:30"), B("2026-03-27T17:30")));

    [Fact]
    public void NextOpening_Saturday_IsMondayOpening() =>
        Assert.Equal(At("2026-03-30T07:00Z"), BerlinNineToSix().NextOpening(B("2026-03-28T12:00")));

    [Fact]
    public void NextOpening_WhenOpen_IsTheInstantItself() =>
        Assert.Equal(B("2026-03-30T10:00"), BerlinNineToSix().NextOpening(B("2026-03-30T10:00")));

    [Fact]
    public void IsOpen_WindowIsHalfOpen()
    {
        var calendar = BerlinNineToSix();
        Assert.True(calendar.IsOpen(B("2026-03-30T09:00")));
        Assert.False(calendar.IsOpen(B("2026-03-30T18:00")));
        Assert.False(calendar.IsOpen(B("2026-03-30T08:59:59")));
    }

    [Fact]
    public void BusinessTimeBetween_WholeDayWindow_Is23HoursOnSpringForwardAnd25OnFallBack()
    {
        var calendar = BusinessCalendars.SevenByTwentyFour(Zone(Berlin));
        Assert.Equal(Hours(23), calendar.BusinessTimeBetween(B("2026-03-29T00:00"), B("2026-03-30T00:00")));
        Assert.Equal(Hours(25), calendar.BusinessTimeBetween(B("2026-10-25T00:00"), B("2026-10-26T00:00")));
    }

    [Fact]
    public void Add_Negative_IsLatestInstant_LandingOnAWindowStart()
    {
        var calendar = BerlinNineToSix();
        Assert.Equal(B("2026-03-27T17:00"), calendar.Add(B("2026-03-30T10:00"), Hours(-2)));
        Assert.Equal(B("2026-03-30T09:00"), calendar.Add(B("2026-03-30T10:00"), Hours(-1)));
    }

    [Fact]
    public void AddBusinessDays_MondayEvening_IsWednesdayOpening() =>
        Assert.Equal(B("2026-04-01T09:00"), BerlinNineToSix().AddBusinessDays(B("2026-03-30T20:00"), 1));

    [Fact]
    public void AddBusinessDays_FridayAfternoon_KeepsTimeOfDayOnMonday() =>
        Assert.Equal(B("2026-03-30T16:50"), BerlinNineToSix().AddBusinessDays(B("2026-03-27T16:50"), 1));

    [Fact]
    public void AddBusinessDays_Zero_IsNextOpening() =>
        Assert.Equal(B("2026-03-30T09:00"), BerlinNineToSix().AddBusinessDays(B("2026-03-28T12:00"), 0));

    [Fact]
    public void AddBusinessDays_Zero_InTheRepeatedFallBackHour_IsTheInstantItself()
    {
        var calendar = BusinessCalendars.SevenByTwentyFour(Zone(Berlin));
        var secondOccurrence = At("2026-10-25T02:30+01:00");
        Assert.Equal(secondOccurrence, calendar.AddBusinessDays(secondOccurrence, 0));
    }

    [Fact]
    public void AddBusinessDays_SkipsHolidays()
    {
        var calendar = Weekly(Berlin, "09:00", "18:00", MondayToFriday).AddHoliday(Date("2026-04-03")).AddHoliday(Date("2026-04-06")).Build();
        Assert.Equal(B("2026-04-07T11:00"), calendar.AddBusinessDays(B("2026-04-02T11:00"), 1));
    }

    [Fact]
    public void AddBusinessDays_Negative_IsAnArgumentError()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => BerlinNineToSix().AddBusinessDays(B("2026-03-30T10:00"), -1));
        Assert.Equal("days", error.ParamName);
        Assert.Contains("-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WindowInsideSpringForwardGap_KeepsItsLength()
    {
        var calendar = Weekly(Berlin, "02:15", "02:45", IsoDayOfWeek.Sunday).Build();
        var interval = Assert.Single(calendar.OpenIntervals(new Interval(B("2026-03-29T00:00"), B("2026-03-30T00:00"))));
        Assert.Equal(At("2026-03-29T03:15+02:00"), interval.Start);
        Assert.Equal(At("2026-03-29T03:45+02:00"), interval.End);
    }

    [Fact]
    public void WindowAcrossSpringForwardGap_WhoseEndMapsBeforeItsStart_IsEmptyThatDay()
    {
        var calendar = Weekly(Berlin, "02:45", "03:15", IsoDayOfWeek.Sunday).Build();
        Assert.Equal(Duration.Zero, calendar.BusinessTimeBetween(B("2026-03-29T00:00"), B("2026-03-30T00:00")));
        Assert.Equal(Minutes(30), calendar.BusinessTimeBetween(B("2026-03-22T00:00"), B("2026-03-23T00:00")));
    }

    [Fact]
    public void WindowsOverlappingOnlyAfterMapping_CountOnce()
    {
        var calendar = BusinessCalendar.Builder("gap", Zone(Berlin))
            .AddWindow(IsoDayOfWeek.Sunday, Time("02:00"), Time("02:45"))
            .AddWindow(IsoDayOfWeek.Sunday, Time("03:00"), Time("04:00"))
            .Build();
        Assert.Equal(Hours(1), calendar.BusinessTimeBetween(B("2026-03-29T00:00"), B("2026-03-30T00:00")));
    }

    [Fact]
    public void AmbiguousLocalTime_MapsToEarlierOccurrence()
    {
        var calendar = Weekly(Berlin, "02:30", "05:00", IsoDayOfWeek.Sunday).Build();
        Assert.Equal(At("2026-10-25T02:30+02:00"), calendar.NextOpening(B("2026-10-25T00:00")));
        Assert.Equal(Hours(3.5), calendar.BusinessTimeBetween(B("2026-10-25T00:00"), B("2026-10-26T00:00")));
    }

    [Fact]
    public void Holiday_DoesNotRemoveOvernightWindowFromTheEveningBefore()
    {
        var calendar = Weekly("Etc/UTC", "22:00", "06:00", EveryDay).AddHoliday(Date("2026-01-06")).Build();
        Assert.True(calendar.IsOpen(At("2026-01-06T05:00Z")));
        Assert.False(calendar.IsOpen(At("2026-01-06T23:00Z")));
    }

    [Fact]
    public void ExceptionDay_OverridesHolidayOnTheSameDate()
    {
        var calendar = Weekly("Etc/UTC", "09:00", "17:00", MondayToFriday)
            .AddHoliday(Date("2026-12-31"))
            .AddExceptionDay(Date("2026-12-31"), Window("09:00", "12:00"))
            .Build();
        Assert.True(calendar.IsOpen(At("2026-12-31T11:00Z")));
        Assert.False(calendar.IsOpen(At("2026-12-31T13:00Z")));
    }

    [Fact]
    public void ExceptionDay_CanOpenASaturdayAndCloseAWeekday()
    {
        var calendar = Weekly("Etc/UTC", "09:00", "17:00", MondayToFriday)
            .AddExceptionDay(Date("2026-09-26"), Window("09:00", "17:00"))
            .AddExceptionDay(Date("2026-09-28"))
            .Build();
        Assert.True(calendar.IsOpen(At("2026-09-26T10:00Z")));
        Assert.False(calendar.IsOpen(At("2026-09-28T10:00Z")));
        Assert.True(calendar.IsBusinessDate(Date("2026-09-26")));
        Assert.False(calendar.IsBusinessDate(Date("2026-09-28")));
    }

    [Fact]
    public void EqualStartAndEnd_IsATwentyFourHourWindow()
    {
        var calendar = Weekly("Etc/UTC", "09:00", "09:00", IsoDayOfWeek.Monday).Build();
        Assert.Equal(Hours(24), calendar.BusinessTimeBetween(At("2026-01-05T00:00Z"), At("2026-01-07T00:00Z")));
        Assert.True(calendar.IsOpen(At("2026-01-06T08:59Z")));
    }

    [Fact]
    public void OpenIntervals_JoinTouchingWindows_AndClipToTheQuery()
    {
        var calendar = BusinessCalendar.Builder("split", DateTimeZone.Utc)
            .AddWindow(IsoDayOfWeek.Monday, Time("09:00"), Time("12:00"))
            .AddWindow(IsoDayOfWeek.Monday, Time("12:00"), Time("18:00"))
            .AddWindow(IsoDayOfWeek.Tuesday, Time("09:00"), Time("18:00"))
            .Build();

        var intervals = calendar.OpenIntervals(new Interval(At("2026-01-05T10:00Z"), At("2026-01-06T10:00Z"))).ToList();

        Assert.Equal(
            [new Interval(At("2026-01-05T10:00Z"), At("2026-01-05T18:00Z")), new Interval(At("2026-01-06T09:00Z"), At("2026-01-06T10:00Z"))],
            intervals);
    }

    [Fact]
    public void OpenIntervals_AcrossNewYear_IsOneInterval()
    {
        var calendar = BusinessCalendars.SevenByTwentyFour(DateTimeZone.Utc);
        var interval = Assert.Single(calendar.OpenIntervals(new Interval(At("2025-12-31T10:00Z"), At("2026-01-01T10:00Z"))));
        Assert.Equal(Hours(24), interval.Duration);
    }

    [Fact]
    public void OpenIntervals_EmptyInterval_IsEmpty() =>
        Assert.Empty(BerlinNineToSix().OpenIntervals(new Interval(B("2026-03-30T10:00"), B("2026-03-30T10:00"))));

    [Fact]
    public void Add_OnlyPastExceptionDays_ThrowsUnreachableNamingThem()
    {
        var calendar = BusinessCalendar.Builder("one-off", DateTimeZone.Utc)
            .AddExceptionDay(Date("2026-09-27"), Window("09:00", "18:00"))
            .Build();
        Assert.Equal(At("2026-09-27T10:00Z"), calendar.Add(At("2026-09-01T00:00Z"), Hours(1)));

        var error = Assert.Throws<BusinessTimeUnreachableException>(() => calendar.Add(At("2026-10-01T00:00Z"), Hours(1)));
        Assert.Contains("2026-09-27", error.Message, StringComparison.Ordinal);
        Assert.Throws<BusinessTimeUnreachableException>(() => calendar.NextOpening(At("2026-10-01T00:00Z")));
        Assert.Throws<BusinessTimeUnreachableException>(() => calendar.AddBusinessDays(At("2026-10-01T00:00Z"), 1));
        Assert.Throws<BusinessTimeUnreachableException>(() => calendar.Add(At("2026-09-27T10:00Z"), Hours(-2)));
    }

    [Fact]
    public void Add_PastTheSupportedRange_ThrowsUnreachable() =>
        Assert.Throws<BusinessTimeUnreachableException>(
            () => BusinessCalendars.SevenByTwentyFour(DateTimeZone.Utc).Add(At("2249-12-31T00:00Z"), Hours(48)));

    [Fact]
    public void Queries_OutsideTheSupportedRange_AreArgumentErrors()
    {
        var calendar = BerlinNineToSix();
        var tooLate = BusinessCalendar.MaxSupportedInstant + Duration.Epsilon;
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.IsOpen(tooLate));
        Assert.Contains("2250-01-01T00:00:00Z", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.BusinessTimeBetween(Instant.MinValue, B("2026-03-30T10:00")));
        Assert.Equal(Duration.Zero, calendar.BusinessTimeBetween(BusinessCalendar.MaxSupportedInstant, BusinessCalendar.MaxSupportedInstant));
    }

    [Fact]
    public void BusinessTimeBetween_WholeSupportedRange_DoesNotOverflow()
    {
        var calendar = BusinessCalendars.SevenByTwentyFour(DateTimeZone.Utc);
        Assert.Equal(
            BusinessCalendar.MaxSupportedInstant - BusinessCalendar.MinSupportedInstant,
            calendar.BusinessTimeBetween(BusinessCalendar.MinSupportedInstant, BusinessCalendar.MaxSupportedInstant));
    }

    private static Duration Minutes(int minutes) => Duration.FromMinutes(minutes);
}
