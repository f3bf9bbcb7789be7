using System;
using NodaTime;
using static Itsm.Calendars.Tests.Cal;

namespace Itsm.Calendars.Tests;

public class WorkingWindowTests
{
    [Theory]
    [InlineData("09:00", "18:00", 9, false)]
    [InlineData("22:00", "06:00", 8, true)]
    [InlineData("18:00", "24:00", 6, false)]
    [InlineData("00:00", "00:00", 24, false)]
    [InlineData("09:00", "09:00", 24, true)]
    public void NominalLength_AndIsOvernight_FollowTheWindowRules(string start, string end, int hours, bool overnight)
    {
        var window = Window(start, end);
        Assert.Equal(Duration.FromHours(hours), window.NominalLength);
        Assert.Equal(overnight, window.IsOvernight);
    }

    [Theory]
    [InlineData("09:00", false, true)]
    [InlineData("23:59:59.5", false, true)]
    [InlineData("24:00", true, true)]
    [InlineData("24:00", false, false)]
    [InlineData("25:00", true, false)]
    [InlineData("9am", false, false)]
    [InlineData("9:00", false, false)]
    [InlineData(null, false, false)]
    public void TryParseTime_AcceptsOnlyTheCalendarFormat(string? text, bool isEnd, bool valid) =>
        Assert.Equal(valid, WorkingWindow.TryParseTime(text, isEnd, out _));

    [Fact]
    public void ToString_WritesMidnightEndAs2400() =>
        Assert.Equal("18:00-24:00", new WorkingWindow(new LocalTime(18, 0), LocalTime.Midnight).ToString());

    [Fact]
    public void Ordering_IsByStartThenEnd()
    {
        Assert.True(Window("09:00", "12:00") < Window("09:00", "13:00"));
        Assert.True(Window("10:00", "11:00") > Window("09:00", "18:00"));
    }
}

public class HolidaySetTests
{
    [Fact]
    public void Constructor_DuplicateDate_NamesTheSetAndTheDate()
    {
        var error = Assert.Throws<ArgumentException>(() => new HolidaySet("cn-2026", [Date("2026-10-01"), Date("2026-10-01")]));
        Assert.Contains("'cn-2026'", error.Message, StringComparison.Ordinal);
        Assert.Contains("2026-10-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_EmptyName_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new HolidaySet("", []));

    [Fact]
    public void Dates_AreSorted_AndContainsFindsThem()
    {
        var set = new HolidaySet("s", [Date("2026-12-25"), Date("2026-01-01")]);
        Assert.Equal([Date("2026-01-01"), Date("2026-12-25")], set.Dates);
        Assert.True(set.Contains(Date("2026-12-25")));
        Assert.False(set.Contains(Date("2026-12-24")));
        Assert.Equal(set, new HolidaySet("s", [Date("2026-01-01"), Date("2026-12-25")]));
    }
}
