using System.Collections.Generic;
using Itsm.Calendars;
using NodaTime;

namespace Itsm.Samples.Orleans.Clocks;

/// <summary>The calendars the sample's clocks count on, by id; a clock's stored JSON names its calendar by id.</summary>
internal static class SampleCalendars
{
    /// <summary>Always open, UTC.</summary>
    public const string AlwaysOpen = "7x24";

    /// <summary>Monday to Friday, 09:00 to 18:00 in Shanghai.</summary>
    public const string ShanghaiOffice = "5x9 Shanghai";

    /// <summary>The sample's calendars and any others a host adds (the load run adds one that opens at a chosen instant).</summary>
    public static BusinessCalendarRegistry Registry(params IEnumerable<BusinessCalendar> more) =>
        new(
        [
            BusinessCalendars.SevenByTwentyFour(DateTimeZone.Utc, AlwaysOpen),
            BusinessCalendar.Builder(ShanghaiOffice, DateTimeZoneProviders.Tzdb["Asia/Shanghai"])
                .AddWindow(new LocalTime(9, 0), new LocalTime(18, 0),
                    IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
                .Build(),
            .. more,
        ]);
}
