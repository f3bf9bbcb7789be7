using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Calendars;
using NodaTime;

namespace Itsm.Testing;

/// <summary>A random calendar with instants and amounts to ask it about.</summary>
/// <param name="Calendar">The calendar.</param>
/// <param name="A">An instant from 2000 through 2040, often exactly on a window bound.</param>
/// <param name="B"><paramref name="A"/> plus a span of up to three years (sometimes negative).</param>
/// <param name="C"><paramref name="B"/> plus another such span.</param>
/// <param name="Fraction">A number from 0 to 1, to take a fraction of an amount.</param>
/// <param name="Days">A count of business days, 0 to 12.</param>
public sealed record CalendarCase(BusinessCalendar Calendar, Instant A, Instant B, Instant C, double Fraction, int Days)
{
    /// <summary>The case in a form that can be pasted into a test when a property fails.</summary>
    /// <returns>The zone, the weekly windows, holidays, exception days and the numbers.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Calendar.Zone.Id} {string.Join(" ", Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d + "=" + string.Join(",", Calendar.WindowsOn((IsoDayOfWeek)d))))} holidays=[{string.Join(",", Calendar.Holidays.Select(d => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)))}] exceptions=[{string.Join("; ", Calendar.ExceptionDays)}] A={A} B={B} C={C} fraction={Fraction} days={Days}");
}

/// <summary>FsCheck generators for calendars (zones with and without daylight saving, overnight windows, holidays,
/// exception days) and for instants from 2000 through 2040 with spans up to three years.</summary>
/// <remarks>Use it as <c>[Properties(Arbitrary = [typeof(CalendarArbitraries)])]</c>, or compose <see cref="CalendarGen"/>
/// and <see cref="InstantGen"/> into generators of your own. Every generated calendar passes validation.</remarks>
public static class CalendarArbitraries
{
    /// <summary>Gets the time zones calendars are generated in: UTC, zones with daylight saving in both hemispheres,
    /// half-hour and 45-minute offsets, Lord Howe's half-hour shift, and Apia's skipped day.</summary>
    public static IReadOnlyList<string> Zones { get; } =
    [
        "Etc/UTC", "Europe/Berlin", "America/New_York", "Asia/Shanghai", "Australia/Lord_Howe",
        "America/Sao_Paulo", "Pacific/Apia", "Asia/Kolkata", "America/St_Johns", "Europe/London", "Pacific/Chatham",
    ];

    /// <summary>Gets the longest span a <see cref="CalendarCase"/> uses: 3 x 365 days.</summary>
    public static Duration ThreeYears { get; } = Duration.FromDays(3 * 365);

    private static readonly Instant Earliest = Instant.FromUtc(2000, 1, 1, 0, 0);
    private static readonly Instant Latest = Instant.FromUtc(2040, 1, 1, 0, 0);

    /// <summary>Random calendar cases.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CalendarCase> Cases() => CaseGen.ToArbitrary();

    /// <summary>Random calendars.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<BusinessCalendar> Calendars() => CalendarGen.ToArbitrary();

    /// <summary>Gets a generator of valid calendars: random weekly windows (some overnight, some a whole day), up to 12
    /// holidays (as single dates or a named set), up to 6 exception days, in one of <see cref="Zones"/>.</summary>
    public static Gen<BusinessCalendar> CalendarGen { get; } =
        from zone in Gen.Elements<string>(Zones)
        from week in WeekGen
        from holidays in Gen.ListOf(DateGen).Select(l => l.Take(12).Distinct().ToList())
        from exceptionDates in Gen.ListOf(DateGen).Select(l => l.Take(6).Distinct().ToList())
        from exceptionWindows in Gen.ListOf(DayWindowsGen)
        from useHolidaySet in Gen.Elements(true, false)
        let calendar = TryBuild(zone, week, holidays, exceptionDates, exceptionWindows.ToList(), useHolidaySet)
        where calendar is not null
        select calendar!;

    private static Gen<CalendarCase> CaseGen { get; } =
        from calendar in CalendarGen
        from a in InstantGen(calendar)
        from spanB in SpanGen
        from spanC in SpanGen
        from fraction in Gen.Choose(0, 1_000_000).Select(f => f / 1_000_000.0)
        from days in Gen.Choose(0, 12)
        select new CalendarCase(calendar, a, a + spanB, a + spanB + spanC, fraction, days);

    /// <summary>Spans from zero to three years, biased towards short ones, sometimes negative.</summary>
    private static Gen<Duration> SpanGen { get; } =
        Gen.Frequency(
            (4, Gen.Choose(0, 7 * 24 * 60).Select(m => Duration.FromMinutes(m))),
            (3, Gen.Choose(0, 120 * 24).Select(h => Duration.FromHours(h))),
            (2, Gen.Choose(0, 3 * 365).Select(d => Duration.FromDays(d) + Duration.FromSeconds(d * 37 % 86_400))),
            (1, Gen.Choose(-30 * 24, 0).Select(h => Duration.FromHours(h))));

    private static Gen<LocalDate> DateGen { get; } =
        Gen.Choose(0, 41 * 365).Select(d => new LocalDate(2000, 1, 1).PlusDays(d));

    /// <summary>Window bounds on a five-minute grid, with an occasional odd second.</summary>
    private static Gen<LocalTime> TimeGen { get; } =
        Gen.Frequency(
            (8, Gen.Choose(0, 287).Select(i => LocalTime.FromMinutesSinceMidnight(i * 5))),
            (1, Gen.Choose(0, 86_399).Select(LocalTime.FromSecondsSinceMidnight)));

    /// <summary>Zero to three windows for one date; the last may run overnight, or be a whole 24 hours.</summary>
    private static Gen<List<WorkingWindow>> DayWindowsGen { get; } =
        from count in Gen.Frequency((2, Gen.Constant(0)), (5, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Constant(3)))
        from times in Gen.ListOf(TimeGen).Select(t => t.Distinct().Order().ToList())
        from shape in Gen.Choose(0, 9)
        select Windows(count, times, shape);

    private static Gen<List<List<WorkingWindow>>> WeekGen { get; } =
        from days in Gen.ListOf(DayWindowsGen)
        let list = days.Take(7).ToList()
        where list.Count == 7
        select list;

    /// <summary>A generator of instants from 2000 through 2040 for a calendar, two times in five exactly on one of its window
    /// bounds (where off-by-one mistakes live).</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>The generator.</returns>
    public static Gen<Instant> InstantGen(BusinessCalendar calendar) =>
        Gen.Frequency(
            (3, Gen.Choose(0, int.MaxValue).Select(i => Earliest + Duration.FromSeconds((long)((Latest - Earliest).TotalSeconds * (i / (double)int.MaxValue))))),
            (2, from date in DateGen
                from index in Gen.Choose(0, 5)
                select WindowBoundary(calendar, date, index)));

    /// <summary>An instant exactly at a window bound of a date (or its noon when it has none): where off-by-one
    /// mistakes live.</summary>
    private static Instant WindowBoundary(BusinessCalendar calendar, LocalDate date, int index)
    {
        var windows = calendar.WindowsOn(date);
        if (windows.Count == 0)
        {
            return date.At(new LocalTime(12, 0)).InZoneLeniently(calendar.Zone).ToInstant();
        }

        var window = windows[index / 2 % windows.Count];
        var local = index % 2 == 0 ? date.At(window.Start) : date.At(window.Start).PlusNanoseconds(window.NominalLength.ToInt64Nanoseconds());
        return local.InZoneLeniently(calendar.Zone).ToInstant();
    }

    private static List<WorkingWindow> Windows(int count, List<LocalTime> times, int shape)
    {
        if (count == 0)
        {
            return [];
        }

        if (shape == 0)
        {
            return [new WorkingWindow(LocalTime.Midnight, LocalTime.Midnight)];
        }

        if (shape == 1 && times.Count > 0)
        {
            return [new WorkingWindow(times[0], times[0])];
        }

        var windows = new List<WorkingWindow>();
        for (int i = 0; i + 1 < times.Count && windows.Count < count; i += 2)
        {
            windows.Add(new WorkingWindow(times[i], times[i + 1]));
        }

        // Sometimes the last window runs overnight: swap its bounds.
        if (shape >= 7 && windows.Count > 0)
        {
            var last = windows[^1];
            windows[^1] = new WorkingWindow(last.Start, windows.Count == 1 ? times[0] : last.Start.PlusHours(-3));
        }

        return windows;
    }

    private static BusinessCalendar? TryBuild(
        string zone,
        List<List<WorkingWindow>> week,
        List<LocalDate> holidays,
        List<LocalDate> exceptionDates,
        List<List<WorkingWindow>> exceptionWindows,
        bool useHolidaySet)
    {
        var builder = BusinessCalendar.Builder("random", DateTimeZoneProviders.Tzdb[zone]);
        for (int d = 0; d < 7; d++)
        {
            foreach (var window in week[d])
            {
                builder.AddWindow((IsoDayOfWeek)(d + 1), window);
            }
        }

        if (useHolidaySet && holidays.Count > 0)
        {
            builder.AddHolidays(new HolidaySet("random-set", holidays));
        }
        else
        {
            holidays.ForEach(h => builder.AddHoliday(h));
        }

        for (int i = 0; i < exceptionDates.Count; i++)
        {
            builder.AddExceptionDay(exceptionDates[i], [.. i < exceptionWindows.Count ? exceptionWindows[i] : []]);
        }

        // Random windows often overlap; such definitions are the validation tests' business, not the laws'.
        return builder.Validate().Count == 0 ? builder.Build() : null;
    }
}
