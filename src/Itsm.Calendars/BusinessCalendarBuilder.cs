using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

namespace Itsm.Calendars;

/// <summary>
/// Collects a calendar definition in code and turns it into an immutable <see cref="BusinessCalendar"/>.
/// Obtain one from <see cref="BusinessCalendar.Builder(string, DateTimeZone)"/> or
/// <see cref="BusinessCalendar.Builder(string, string?, IDateTimeZoneProvider?)"/>.
/// </summary>
/// <remarks>
/// Methods add to the definition and return the same builder, so calls chain. Nothing is checked until
/// <see cref="Validate"/> or <see cref="Build"/>, which report every problem at once. This type is mutable and not
/// thread-safe; the calendars it builds are immutable and thread-safe.
/// </remarks>
public sealed class BusinessCalendarBuilder
{
    private readonly List<WorkingWindow>[] _week = CreateWeek();
    private readonly List<LocalDate> _holidays = [];
    private readonly List<HolidaySet> _holidaySets = [];
    private readonly List<ExceptionDay> _exceptionDays = [];
    private readonly DateTimeZone? _zone;
    private readonly string? _zoneId;
    private readonly IDateTimeZoneProvider _provider;

    internal BusinessCalendarBuilder(string id, DateTimeZone? zone, string? zoneId, IDateTimeZoneProvider? provider)
    {
        Id = Preconditions.CheckNotNull(id);
        _zone = zone;
        _zoneId = zone?.Id ?? zoneId;
        _provider = provider ?? DateTimeZoneProviders.Tzdb;
    }

    /// <summary>Gets the id the calendar will have.</summary>
    public string Id { get; }

    /// <summary>Adds a window to one day of the weekly pattern.</summary>
    /// <param name="day">The day of week the window starts on.</param>
    /// <param name="start">The local time it opens.</param>
    /// <param name="end">The local time it closes; at or before <paramref name="start"/> it closes the next day, and
    /// <see cref="LocalTime.Midnight"/> means the end of the day (<c>24:00</c>).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a day of the week.</exception>
    public BusinessCalendarBuilder AddWindow(IsoDayOfWeek day, LocalTime start, LocalTime end) =>
        AddWindow(day, new WorkingWindow(start, end));

    /// <summary>Adds a window to one day of the weekly pattern.</summary>
    /// <param name="day">The day of week the window starts on.</param>
    /// <param name="window">The window.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a day of the week.</exception>
    public BusinessCalendarBuilder AddWindow(IsoDayOfWeek day, WorkingWindow window)
    {
        Preconditions.CheckArgumentRange(nameof(day), (int)day, (int)IsoDayOfWeek.Monday, (int)IsoDayOfWeek.Sunday);
        _week[(int)day - 1].Add(window);
        return this;
    }

    /// <summary>Adds the same window to several days of the weekly pattern.</summary>
    /// <param name="start">The local time it opens.</param>
    /// <param name="end">The local time it closes (see <see cref="WorkingWindow"/>).</param>
    /// <param name="days">The days of week it starts on.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A day is not a day of the week.</exception>
    public BusinessCalendarBuilder AddWindow(LocalTime start, LocalTime end, params IsoDayOfWeek[] days)
    {
        Preconditions.CheckNotNull(days);
        foreach (var day in days)
        {
            AddWindow(day, start, end);
        }

        return this;
    }

    /// <summary>Adds one holiday date. Listing the same date twice, or a date outside
    /// <see cref="BusinessCalendar.MinSupportedDate"/> to <see cref="BusinessCalendar.MaxSupportedDate"/>, is a definition problem.</summary>
    /// <param name="date">The date whose windows are removed.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder AddHoliday(LocalDate date)
    {
        _holidays.Add(date);
        return this;
    }

    /// <summary>Adds a shared holiday set. Sets may share dates with each other and with single holidays.</summary>
    /// <param name="holidays">The set.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="holidays"/> is null.</exception>
    public BusinessCalendarBuilder AddHolidays(HolidaySet holidays)
    {
        _holidaySets.Add(Preconditions.CheckNotNull(holidays));
        return this;
    }

    /// <summary>Replaces the windows of one date (an <em>exception</em> in the JSON format). No windows means the date is
    /// closed. Overrides a holiday on the same date. Giving the same date twice, or a date outside
    /// <see cref="BusinessCalendar.MinSupportedDate"/> to <see cref="BusinessCalendar.MaxSupportedDate"/>, is a definition problem.</summary>
    /// <param name="date">The local date.</param>
    /// <param name="windows">The windows of that date.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="windows"/> is null.</exception>
    public BusinessCalendarBuilder AddExceptionDay(LocalDate date, params WorkingWindow[] windows)
    {
        _exceptionDays.Add(new ExceptionDay(date, Preconditions.CheckNotNull(windows)));
        return this;
    }

    /// <summary>Checks the definition without throwing.</summary>
    /// <returns>The problems found, each naming the offending value and the rule, in the order of
    /// <see cref="InvalidCalendarException.Problems"/> and at most the first
    /// <see cref="InvalidCalendarException.MaxListedProblems"/> of them; empty when the definition is valid.</returns>
    public IReadOnlyList<CalendarProblem> Validate() => Check(out _).Problems.Listed;

    /// <summary>Builds the calendar.</summary>
    /// <returns>An immutable, thread-safe calendar.</returns>
    /// <exception cref="InvalidCalendarException">The definition breaks one or more rules; the exception counts all of
    /// them and lists the first <see cref="InvalidCalendarException.MaxListedProblems"/>.</exception>
    public BusinessCalendar Build()
    {
        var result = Check(out var zone);
        if (result.Problems.Count > 0)
        {
            throw new InvalidCalendarException(Id, result.Problems.Listed, result.Problems.Count);
        }

        var week = new ImmutableArray<WorkingWindow>[7];
        for (int i = 0; i < 7; i++)
        {
            week[i] = [.. _week[i]];
            week[i] = week[i].Sort();
        }

        var directHolidays = _holidays.Count == 0 ? [] : new[] { new HolidaySet("holidays", _holidays) };
        return new BusinessCalendar(Id, zone!, week, [.. directHolidays, .. _holidaySets], result.ExceptionDays);
    }

    private CalendarValidator.Result Check(out DateTimeZone? zone)
    {
        zone = _zone;
        var problems = new ProblemTally();
        if (string.IsNullOrWhiteSpace(Id))
        {
            problems.Add(new CalendarProblem("id", "The calendar id is empty; a calendar needs an id that messages and records can name."));
        }

        if (zone is null)
        {
            if (_zoneId is null)
            {
                problems.Add(new CalendarProblem("zone", "The zone is missing; every calendar needs an IANA time zone id such as \"Europe/Berlin\"."));
            }
            else
            {
                zone = _provider.GetZoneOrNull(_zoneId);
                if (zone is null)
                {
                    problems.Add(new CalendarProblem(
                        "zone",
                        FormattableString.Invariant(
                            $"'{Wording.Excerpt(_zoneId)}' is not a time zone id known to the provider ({_provider.VersionId}); use an IANA id such as \"Europe/Berlin\".")));
                }
            }
        }

        return CalendarValidator.Validate(_week, _holidays, _holidaySets, _exceptionDays, problems);
    }

    private static List<WorkingWindow>[] CreateWeek()
    {
        var week = new List<WorkingWindow>[7];
        for (int i = 0; i < 7; i++)
        {
            week[i] = [];
        }

        return week;
    }
}
