using NodaTime;
using static Itsm.Calendars.Tests.Cal;

namespace Itsm.Calendars.Tests;

/// <summary>The cases the foundation issue lists as "must pass as written". W = Mon-Fri 09:00-17:00; no zone named means UTC.</summary>
public partial class BusinessCalendarTests
{
    private static BusinessCalendar Berlin24x7() => BusinessCalendars.SevenByTwentyFour(Zone("Europe/Berlin"));

    private static BusinessCalendarBuilder W() => Weekly("Etc/UTC", "09:00", "17:00", MondayToFriday);

    [Fact]
    public void Add_Berlin24x7_AcrossSpringForward_IsPlainInstantArithmetic() =>
        Assert.Equal(At("2025-03-30T01:30Z"), Berlin24x7().Add(At("2025-03-30T00:30Z"), Hours(1)));

    [Fact]
    public void BusinessTimeBetween_Berlin24x7_SpringForwardMorning_IsFiveHours() =>
        Assert.Equal(Hours(5), Berlin24x7().BusinessTimeBetween(Local("Europe/Berlin", "2025-03-30T00:00"), Local("Europe/Berlin", "2025-03-30T06:00")));

    [Fact]
    public void BusinessTimeBetween_Berlin24x7_FallBackMorning_IsSevenHours() =>
        Assert.Equal(Hours(7), Berlin24x7().BusinessTimeBetween(Local("Europe/Berlin", "2025-10-26T00:00"), Local("Europe/Berlin", "2025-10-26T06:00")));

    [Fact]
    public void BusinessTimeBetween_Berlin24x7_HolidayOnFallBackDay_CountsOnlyTheDayBefore()
    {
        var calendar = BusinessCalendar.Builder("berlin-24x7", Zone("Europe/Berlin"))
            .AddWindow(LocalTime.Midnight, LocalTime.Midnight, EveryDay)
            .AddHoliday(Date("2025-10-26"))
            .Build();
        Assert.Equal(Hours(24), calendar.BusinessTimeBetween(Local("Europe/Berlin", "2025-10-25T00:00"), Local("Europe/Berlin", "2025-10-27T00:00")));
    }

    [Fact]
    public void NextOpening_NewYorkSundayWindow_OnFallBackDay_IsTwoOClockStandardTime()
    {
        var calendar = Weekly("America/New_York", "02:00", "17:00", IsoDayOfWeek.Sunday).Build();
        Assert.Equal(At("2015-11-01T02:00-05:00"), calendar.NextOpening(At("2015-11-01T01:59:30-04:00")));
    }

    [Fact]
    public void Add_AmsterdamMorningWindow_OnFallBackDay_CountsTheRepeatedHour()
    {
        var calendar = Weekly("Europe/Amsterdam", "00:00", "10:00", EveryDay).Build();
        Assert.Equal(At("2022-10-30T02:00+01:00"), calendar.Add(At("2022-10-30T02:00+02:00"), Hours(1)));
    }

    [Fact]
    public void Add_W_EightHoursFromMondayOpening_IsMondayClose() =>
        Assert.Equal(At("2025-01-06T17:00Z"), W().Build().Add(At("2025-01-06T09:00Z"), Hours(8)));

    [Fact]
    public void BusinessTimeBetween_W_TuesdayToWednesdayOpening_IsEightHours() =>
        Assert.Equal(Hours(8), W().Build().BusinessTimeBetween(At("2025-01-07T09:00Z"), At("2025-01-08T09:00Z")));

    [Fact]
    public void BusinessTimeBetween_W_FridayEveningToMondayEvening_IsEightHours() =>
        Assert.Equal(Hours(8), W().Build().BusinessTimeBetween(At("2025-01-10T18:00Z"), At("2025-01-13T18:00Z")));

    [Fact]
    public void Add_W_FromSaturday_StartsCountingMondayMorning() =>
        Assert.Equal(At("2025-01-13T13:00Z"), W().Build().Add(At("2025-01-11T10:00Z"), Hours(4)));

    [Fact]
    public void Add_OvernightWindow_FridaysWindowRunsIntoSaturday()
    {
        var calendar = Weekly("Etc/UTC", "22:00", "06:00", MondayToFriday).Build();
        Assert.Equal(At("2025-01-11T01:00Z"), calendar.Add(At("2025-01-10T23:00Z"), Hours(2)));
    }

    [Fact]
    public void Add_LateWindow_CarriesRemainderIntoNextDay()
    {
        var calendar = Weekly("Etc/UTC", "14:00", "23:00", MondayToFriday).Build();
        Assert.Equal(At("2024-10-01T16:00Z"), calendar.Add(At("2024-09-30T21:00Z"), Hours(4)));
    }

    [Fact]
    public void Add_W_SkipsMondayHoliday()
    {
        var calendar = W().AddHoliday(Date("2014-01-20")).Build();
        Assert.Equal(At("2014-01-21T15:00Z"), calendar.Add(At("2014-01-17T15:00Z"), Hours(8)));
    }

    [Fact]
    public void Add_MondayToSaturday_SkipsFridayHoliday_LandsSaturday()
    {
        var calendar = Weekly("Etc/UTC", "08:00", "17:00", [.. MondayToFriday, IsoDayOfWeek.Saturday])
            .AddHoliday(Date("2018-11-09"))
            .Build();
        Assert.Equal(At("2018-11-10T09:00Z"), calendar.Add(At("2018-11-08T08:00Z"), Hours(10)));
    }

    [Fact]
    public void Add_W_ChristmasEveHalfDayThenHolidays_LandsMondayAfter()
    {
        var calendar = W()
            .AddExceptionDay(Date("2025-12-24"), Window("09:00", "12:00"))
            .AddHoliday(Date("2025-12-25"))
            .AddHoliday(Date("2025-12-26"))
            .Build();
        Assert.Equal(At("2025-12-29T11:00Z"), calendar.Add(At("2025-12-24T10:00Z"), Hours(4)));
    }

    [Fact]
    public void Add_NineHourDays_TwoHundredHours_LandsWednesdayFifthOfFebruary()
    {
        var calendar = Weekly("Etc/UTC", "09:00", "18:00", MondayToFriday).Build();
        Assert.Equal(At("2025-02-05T11:00Z"), calendar.Add(At("2025-01-06T09:00Z"), Hours(200)));
    }

    [Fact]
    public void Add_CalendarWithNoWindows_ThrowsUnreachable()
    {
        var calendar = BusinessCalendar.Builder("empty", Zone("Etc/UTC")).Build();
        var start = At("2025-01-06T09:00Z");
        var error = Assert.Throws<BusinessTimeUnreachableException>(() => calendar.Add(start, Hours(1)));
        Assert.Equal("empty", error.CalendarId);
        Assert.Equal(start, error.Start);
        Assert.Equal(Hours(1), error.Amount);
        Assert.Contains("'empty'", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("2025-01-06T09:00:00Z", error.Message, System.StringComparison.Ordinal);
        Assert.Contains("no windows", error.Message, System.StringComparison.Ordinal);
    }
}
