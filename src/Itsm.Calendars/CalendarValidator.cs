using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace Itsm.Calendars;

/// <summary>
/// The definition rules of a calendar, checked once when it is built. Paths name places in the JSON format
/// (<c>week.Monday[0]</c>, <c>holidays[3]</c>, <c>exceptions[1].hours[0]</c>) so the JSON reader can report them as they are.
/// </summary>
internal static class CalendarValidator
{
    private const string OverlapRule = "the windows of one date must not overlap, including a window running overnight from the date before";

    internal sealed record Result(IReadOnlyList<CalendarProblem> Problems, ImmutableArray<ExceptionDay> ExceptionDays);

    private readonly record struct Located(WorkingWindow Window, string Path);

    public static Result Validate(
        IReadOnlyList<WorkingWindow>[] week,
        IReadOnlyList<LocalDate> holidays,
        IReadOnlyList<HolidaySet> holidaySets,
        IReadOnlyList<ExceptionDay> exceptionDays,
        List<CalendarProblem> problems)
    {
        // The weekly pattern: windows of one day, and each day's overnight spill into the next.
        for (int d = 0; d < 7; d++)
        {
            var windows = Locate(week[d], DayPath(d));
            CheckWithinDate(windows, problems, DayName(d));
            CheckSpill(Locate(week[(d + 6) % 7], DayPath((d + 6) % 7)), DayName((d + 6) % 7), windows, DayName(d), problems);
        }

        var seenHolidays = new Dictionary<LocalDate, int>();
        for (int i = 0; i < holidays.Count; i++)
        {
            if (!seenHolidays.TryAdd(holidays[i], i))
            {
                problems.Add(new CalendarProblem(
                    Invariant($"holidays[{i}]"),
                    Invariant($"{holidays[i]:yyyy-MM-dd} is already listed at holidays[{seenHolidays[holidays[i]]}]; each date may appear once.")));
            }
        }

        var byDate = new Dictionary<LocalDate, (ExceptionDay Day, int Index)>();
        for (int i = 0; i < exceptionDays.Count; i++)
        {
            var day = exceptionDays[i];
            if (!byDate.TryAdd(day.Date, (day, i)))
            {
                problems.Add(new CalendarProblem(
                    Invariant($"exceptions[{i}]"),
                    Invariant($"{day.Date:yyyy-MM-dd} already has an exception at exceptions[{byDate[day.Date].Index}]; a date may have only one exception.")));
            }
        }

        var holidayDates = new HashSet<LocalDate>(holidays);
        foreach (var set in holidaySets)
        {
            holidayDates.UnionWith(set.Dates);
        }

        List<Located> EffectiveWindows(LocalDate date)
        {
            if (byDate.TryGetValue(date, out var exception))
            {
                return Locate(exception.Day.SourceWindows, Invariant($"exceptions[{exception.Index}].hours"));
            }

            if (holidayDates.Contains(date))
            {
                return [];
            }

            int d = (int)date.DayOfWeek - 1;
            return Locate(week[d], DayPath(d));
        }

        foreach (var (date, (day, index)) in byDate.OrderBy(kv => kv.Value.Index))
        {
            var windows = EffectiveWindows(date);
            string name = Invariant($"{date:yyyy-MM-dd}");
            CheckWithinDate(windows, problems, name);
            var before = date.PlusDays(-1);
            CheckSpill(EffectiveWindows(before), Invariant($"{before:yyyy-MM-dd}"), windows, name, problems);
            var after = date.PlusDays(1);
            if (!byDate.ContainsKey(after))
            {
                CheckSpill(windows, name, EffectiveWindows(after), Invariant($"{after:yyyy-MM-dd}"), problems);
            }
        }

        var distinct = byDate.Values.Select(v => v.Day).OrderBy(e => e.Date).ToImmutableArray();
        return new Result(problems, distinct);
    }

    private static void CheckWithinDate(List<Located> windows, List<CalendarProblem> problems, string dateName)
    {
        for (int i = 0; i < windows.Count; i++)
        {
            for (int j = i + 1; j < windows.Count; j++)
            {
                var a = windows[i];
                var b = windows[j];
                if (a.Window.StartNanosecondOfDay < b.Window.EndNanosecondOfDay && b.Window.StartNanosecondOfDay < a.Window.EndNanosecondOfDay)
                {
                    problems.Add(new CalendarProblem(
                        b.Path,
                        Invariant($"{Quote(b.Window)} overlaps {Quote(a.Window)} at {a.Path} on {dateName}; {OverlapRule}.")));
                }
            }
        }
    }

    private static void CheckSpill(List<Located> before, string beforeName, List<Located> windows, string dateName, List<CalendarProblem> problems)
    {
        foreach (var early in before)
        {
            long spillEnd = early.Window.EndNanosecondOfDay - WorkingWindow.NanosecondsPerDay;
            if (spillEnd <= 0)
            {
                continue;
            }

            foreach (var w in windows)
            {
                if (w.Window.StartNanosecondOfDay < spillEnd)
                {
                    problems.Add(new CalendarProblem(
                        early.Path,
                        Invariant($"{Quote(early.Window)} on {beforeName} runs overnight into {dateName} and overlaps {Quote(w.Window)} at {w.Path}; {OverlapRule}.")));
                }
            }
        }
    }

    private static List<Located> Locate(IReadOnlyList<WorkingWindow> windows, string path)
    {
        var located = new List<Located>(windows.Count);
        for (int i = 0; i < windows.Count; i++)
        {
            located.Add(new Located(windows[i], Invariant($"{path}[{i}]")));
        }

        return located;
    }

    private static List<Located> Locate(ImmutableArray<WorkingWindow> windows, string path) => Locate((IReadOnlyList<WorkingWindow>)windows, path);

    private static string DayName(int index) => ((IsoDayOfWeek)(index + 1)).ToString();

    private static string DayPath(int index) => "week." + DayName(index);

    private static string Quote(WorkingWindow window) =>
        "[\"" + WorkingWindow.FormatTime(window.Start, isEnd: false) + "\", \"" + WorkingWindow.FormatTime(window.End, isEnd: true) + "\"]";

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
