using NodaTime;

namespace Itsm.Calendars;

/// <summary>
/// Ready-made calendars for the service levels the source documents offer: 5x9, 7x9 and 7x24 support.
/// </summary>
/// <remarks>They have no holidays; build your own with <see cref="BusinessCalendar.Builder(string, DateTimeZone)"/> to add them.</remarks>
public static class BusinessCalendars
{
    private static readonly Duration NineHours = Duration.FromHours(9);

    /// <summary>Monday to Friday, nine hours a day from <paramref name="start"/> (09:00 gives 09:00-18:00).</summary>
    /// <param name="zone">The time zone of the service hours.</param>
    /// <param name="start">The local time service opens each working day.</param>
    /// <param name="id">The calendar's id; <c>5x9</c> when null. Give one when a registry holds several 5x9 calendars.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static BusinessCalendar FiveByNine(DateTimeZone zone, LocalTime start, string? id = null) =>
        Daily(id ?? "5x9", zone, start, start.PlusNanoseconds(NineHours.ToInt64Nanoseconds()), 5);

    /// <summary>Every day of the week, nine hours a day from <paramref name="start"/>.</summary>
    /// <param name="zone">The time zone of the service hours.</param>
    /// <param name="start">The local time service opens each day.</param>
    /// <param name="id">The calendar's id; <c>7x9</c> when null.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static BusinessCalendar SevenByNine(DateTimeZone zone, LocalTime start, string? id = null) =>
        Daily(id ?? "7x9", zone, start, start.PlusNanoseconds(NineHours.ToInt64Nanoseconds()), 7);

    /// <summary>Around the clock: every day 00:00-24:00 local time (so 23 or 25 hours on daylight saving change days,
    /// which is still every instant).</summary>
    /// <param name="zone">The time zone.</param>
    /// <param name="id">The calendar's id; <c>7x24</c> when null.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static BusinessCalendar SevenByTwentyFour(DateTimeZone zone, string? id = null) =>
        Daily(id ?? "7x24", zone, LocalTime.Midnight, LocalTime.Midnight, 7);

    private static BusinessCalendar Daily(string id, DateTimeZone zone, LocalTime start, LocalTime end, int days)
    {
        var builder = BusinessCalendar.Builder(id, zone);
        for (int day = 1; day <= days; day++)
        {
            builder.AddWindow((IsoDayOfWeek)day, start, end);
        }

        return builder.Build();
    }
}
