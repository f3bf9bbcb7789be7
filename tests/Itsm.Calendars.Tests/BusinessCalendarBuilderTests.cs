using System;
using System.Linq;
using NodaTime;
using NodaTime.Testing.TimeZones;
using NodaTime.TimeZones;
using static Itsm.Calendars.Tests.Cal;

namespace Itsm.Calendars.Tests;

public class BusinessCalendarBuilderTests
{
    [Fact]
    public void Build_UnknownZone_NamesTheZoneAndTheProviderVersion()
    {
        var builder = BusinessCalendar.Builder("berlin", "Europe/Berln");

        var error = Assert.Throws<InvalidCalendarException>(builder.Build);

        var problem = Assert.Single(error.Problems);
        Assert.Equal("zone", problem.Path);
        Assert.Contains("'Europe/Berln'", problem.Message, StringComparison.Ordinal);
        Assert.Contains(DateTimeZoneProviders.Tzdb.VersionId, problem.Message, StringComparison.Ordinal);
        Assert.Equal("berlin", error.CalendarId);
        Assert.IsAssignableFrom<ArgumentException>(error);
    }

    [Fact]
    public void Build_MissingZone_IsAProblem() =>
        Assert.Equal("zone", Assert.Single(BusinessCalendar.Builder("x", (string?)null).Validate()).Path);

    [Fact]
    public void Build_HostZoneProvider_IsUsed()
    {
        var zone = DateTimeZone.ForOffset(Offset.FromHours(5));
        var provider = new DateTimeZoneCache(new FakeDateTimeZoneSource.Builder { zone }.Build());

        var calendar = BusinessCalendar.Builder("host", zone.Id, provider).Build();

        Assert.Same(provider[zone.Id], calendar.Zone);
        Assert.NotEmpty(BusinessCalendar.Builder("host", "Europe/Berlin", provider).Validate());
    }

    [Fact]
    public void Build_EmptyId_IsAProblem() =>
        Assert.Equal("id", Assert.Single(BusinessCalendar.Builder(" ", DateTimeZone.Utc).Validate()).Path);

    [Fact]
    public void Validate_OverlapWithinADay_NamesBothWindows()
    {
        var problems = Weekly("Etc/UTC", "09:00", "13:00", IsoDayOfWeek.Monday)
            .AddWindow(IsoDayOfWeek.Monday, Time("12:00"), Time("18:00"))
            .Validate();

        var problem = Assert.Single(problems);
        Assert.Equal("week.Monday[1]", problem.Path);
        Assert.Contains("overlaps [\"09:00\", \"13:00\"] at week.Monday[0]", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TouchingWindows_AreFine() =>
        Assert.Empty(Weekly("Etc/UTC", "09:00", "12:00", IsoDayOfWeek.Monday).AddWindow(IsoDayOfWeek.Monday, Time("12:00"), Time("24:00")).Validate());

    [Fact]
    public void Validate_OvernightSpillIntoNextDaysFirstWindow_IsAProblem()
    {
        var problem = Assert.Single(
            Weekly("Etc/UTC", "22:00", "06:00", IsoDayOfWeek.Sunday).AddWindow(IsoDayOfWeek.Monday, Time("05:00"), Time("09:00")).Validate());
        Assert.Equal("week.Sunday[0]", problem.Path);
        Assert.Contains("runs overnight into Monday", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TwentyFourHourWindowSpillingIntoTheNextDay_IsAProblem() =>
        Assert.Single(Weekly("Etc/UTC", "09:00", "09:00", IsoDayOfWeek.Monday).AddWindow(IsoDayOfWeek.Tuesday, Time("08:00"), Time("10:00")).Validate());

    [Fact]
    public void Validate_ExceptionDayAgainstNeighbours_IsChecked()
    {
        var problems = Weekly("Etc/UTC", "08:00", "12:00", EveryDay)
            .AddExceptionDay(Date("2026-03-02"), Window("20:00", "09:00"))
            .Validate();

        var problem = Assert.Single(problems);
        Assert.Equal("exceptions[0].hours[0]", problem.Path);
        Assert.Contains("2026-03-03", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HolidayAfterAnOvernightException_RemovesTheConflict() =>
        Assert.Empty(Weekly("Etc/UTC", "08:00", "12:00", EveryDay)
            .AddExceptionDay(Date("2026-03-02"), Window("20:00", "09:00"))
            .AddHoliday(Date("2026-03-03"))
            .Validate());

    [Fact]
    public void Validate_DuplicateHolidayAndExceptionDates_AreProblems()
    {
        var problems = BusinessCalendar.Builder("dup", DateTimeZone.Utc)
            .AddHoliday(Date("2026-10-01"))
            .AddHoliday(Date("2026-10-01"))
            .AddExceptionDay(Date("2026-12-31"))
            .AddExceptionDay(Date("2026-12-31"), Window("09:00", "12:00"))
            .Validate();

        Assert.Equal(["holidays[1]", "exceptions[1]"], problems.Select(p => p.Path));
    }

    [Fact]
    public void Validate_SharedHolidaySets_MayRepeatDates()
    {
        var national = new HolidaySet("national", [Date("2026-10-01")]);
        var regional = new HolidaySet("regional", [Date("2026-10-01"), Date("2026-10-02")]);

        var calendar = BusinessCalendar.Builder("sets", DateTimeZone.Utc).AddHolidays(national).AddHolidays(regional).AddHoliday(Date("2026-10-01")).Build();

        Assert.Equal([Date("2026-10-01"), Date("2026-10-02")], calendar.Holidays);
        Assert.Equal(["holidays", "national", "regional"], calendar.HolidaySets.Select(s => s.Name));
    }

    [Fact]
    public void Build_ListsEveryProblemAtOnce_AndValidateReturnsTheSameList()
    {
        var builder = BusinessCalendar.Builder("bad", "Europe/Berln")
            .AddWindow(IsoDayOfWeek.Monday, Time("09:00"), Time("13:00"))
            .AddWindow(IsoDayOfWeek.Monday, Time("12:00"), Time("18:00"))
            .AddHoliday(Date("2026-10-01"))
            .AddHoliday(Date("2026-10-01"));

        var error = Assert.Throws<InvalidCalendarException>(builder.Build);

        Assert.Equal(3, error.Problems.Count);
        Assert.Equal(builder.Validate(), error.Problems);
        Assert.Contains("3 problems", error.Message, StringComparison.Ordinal);
        Assert.All(error.Problems, p => Assert.Contains(p.ToString(), error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void AddWindow_NotADayOfWeek_IsAnArgumentError() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BusinessCalendar.Builder("x", DateTimeZone.Utc).AddWindow(IsoDayOfWeek.None, Time("09:00"), Time("10:00")));

    [Fact]
    public void Build_SortsWindows_AndEqualDefinitionsAreEqual()
    {
        var a = BusinessCalendar.Builder("c", DateTimeZone.Utc)
            .AddWindow(IsoDayOfWeek.Monday, Time("13:00"), Time("18:00"))
            .AddWindow(IsoDayOfWeek.Monday, Time("09:00"), Time("12:00"))
            .Build();
        var b = BusinessCalendar.Builder("c", DateTimeZone.Utc)
            .AddWindow(IsoDayOfWeek.Monday, Time("09:00"), Time("12:00"))
            .AddWindow(IsoDayOfWeek.Monday, Time("13:00"), Time("18:00"))
            .Build();

        Assert.Equal(Window("09:00", "12:00"), a.WindowsOn(IsoDayOfWeek.Monday)[0]);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, BusinessCalendar.Builder("other", DateTimeZone.Utc).Build());
    }

    [Fact]
    public void Presets_HaveTheServiceLevelsOfTheSourceDocuments()
    {
        var zone = Zone("Asia/Shanghai");
        var fiveByNine = BusinessCalendars.FiveByNine(zone, Time("09:00"));
        var sevenByNine = BusinessCalendars.SevenByNine(zone, Time("08:30"));
        var sevenByTwentyFour = BusinessCalendars.SevenByTwentyFour(zone);

        Assert.Equal(("5x9", "7x9", "7x24"), (fiveByNine.Id, sevenByNine.Id, sevenByTwentyFour.Id));
        Assert.Equal([Window("09:00", "18:00")], fiveByNine.WindowsOn(IsoDayOfWeek.Friday));
        Assert.Empty(fiveByNine.WindowsOn(IsoDayOfWeek.Saturday));
        Assert.Equal([Window("08:30", "17:30")], sevenByNine.WindowsOn(IsoDayOfWeek.Sunday));
        Assert.Equal(Hours(7 * 24), sevenByTwentyFour.BusinessTimeBetween(At("2026-03-02T00:00Z"), At("2026-03-09T00:00Z")));
    }

    [Fact]
    public void FiveByNine_LateStart_RunsOvernight()
    {
        var calendar = BusinessCalendars.FiveByNine(DateTimeZone.Utc, Time("20:00"));
        Assert.Equal([Window("20:00", "05:00")], calendar.WindowsOn(IsoDayOfWeek.Monday));
        Assert.True(calendar.IsOpen(At("2026-03-03T04:00Z")));
    }
}
