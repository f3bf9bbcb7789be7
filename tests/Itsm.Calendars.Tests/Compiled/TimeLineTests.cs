using Itsm.Calendars.Compiled;
using NodaTime;

namespace Itsm.Calendars.Tests.Compiled;

public class TimeLineTests
{
    [Theory]
    [InlineData(1700, 1, 1)]
    [InlineData(1969, 12, 31)]
    [InlineData(1992, 4, 12)]
    [InlineData(2026, 3, 2)]
    [InlineData(2026, 12, 31)]
    [InlineData(2249, 12, 31)]
    public void YearIndexOf_FindsTheUtcYear(int year, int month, int day)
    {
        long t = TimeLine.ToNanoseconds(Instant.FromUtc(year, month, day, 23, 59));
        Assert.Equal(year - TimeLine.FirstYear, TimeLine.YearIndexOf(t));
    }

    /// <summary>The lookup is a division plus at most one correction step; a wrong estimate (such as a signed
    /// overflow for instants after 1992) still finds the year, but by walking, which the benchmarks showed.</summary>
    [Fact]
    public void EstimateYearIndex_IsAtMostOneOff_AcrossTheWholeRange()
    {
        for (var instant = BusinessCalendar.MinSupportedInstant; instant < BusinessCalendar.MaxSupportedInstant; instant += Duration.FromDays(97.3))
        {
            long t = TimeLine.ToNanoseconds(instant);
            Assert.InRange(TimeLine.EstimateYearIndex(t) - TimeLine.YearIndexOf(t), -1, 1);
        }

        long end = TimeLine.ToNanoseconds(BusinessCalendar.MaxSupportedInstant);
        Assert.Equal(TimeLine.YearCount - 1, TimeLine.YearIndexOf(end));
    }
}
