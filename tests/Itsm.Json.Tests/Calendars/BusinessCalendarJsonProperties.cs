using FsCheck.Xunit;
using Itsm.Calendars;
using Itsm.Testing;
using NodaTime;
using Itsm.Tests.Shared;

namespace Itsm.Json.Tests.Calendars;

[ScaledProperties(Arbitrary = [typeof(CalendarArbitraries)], Cases = 2_000)]
public class BusinessCalendarJsonProperties
{
    [Property]
    public void SerializeThenDeserialize_GivesAnEqualCalendar_WithTheSameAnswers(CalendarCase c)
    {
        var calendar = c.Calendar;

        var again = ItsmJson.Deserialize<BusinessCalendar>(ItsmJson.Serialize(calendar));

        Assert.Equal(calendar, again);
        Assert.Equal(ItsmJson.Serialize(calendar), ItsmJson.Serialize(again));
        Assert.Equal(calendar.BusinessTimeBetween(c.A, c.B), again.BusinessTimeBetween(c.A, c.B));
        Assert.Equal(calendar.IsOpen(c.A), again.IsOpen(c.A));
        var d = Duration.FromNanoseconds((long)(calendar.BusinessTimeBetween(c.A, c.A + CalendarArbitraries.ThreeYears).ToInt64Nanoseconds() * c.Fraction));
        Assert.Equal(calendar.Add(c.A, d), again.Add(c.A, d));
    }
}
