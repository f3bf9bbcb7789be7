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
/// <remarks>
/// The work is near-linear in the definition: each list of windows is sorted once, overlaps are found by one sweep
/// (a window is reported once, against the window reaching furthest before it, not once per pair), and a date's
/// overnight spill is counted against the next date's earliest window by binary search. Paths and messages are
/// written only for the problems listed (<see cref="ProblemTally"/>), so a definition with a million problems costs
/// a count, not a million sentences.
/// </remarks>
internal static class CalendarValidator
{
    private const string OverlapRule = "the windows of one date must not overlap, including a window running overnight from the date before";

    internal sealed record Result(ProblemTally Problems, ImmutableArray<ExceptionDay> ExceptionDays);

    public static Result Validate(
        IReadOnlyList<WorkingWindow>[] week,
        IReadOnlyList<LocalDate> holidays,
        IReadOnlyList<HolidaySet> holidaySets,
        IReadOnlyList<ExceptionDay> exceptionDays,
        ProblemTally problems)
    {
        // The weekly pattern: windows of one day, and each day's overnight spill into the next.
        var days = new DayWindows[7];
        for (int d = 0; d < 7; d++)
        {
            days[d] = new DayWindows(week[d], DayPath(d));
        }

        for (int d = 0; d < 7; d++)
        {
            days[d].CheckOverlaps(DayName(d), problems);
            int before = (d + 6) % 7;
            days[before].CheckSpill(DayName(before), days[d], DayName(d), problems);
        }

        var holidayIndex = new Dictionary<LocalDate, int>();
        for (int i = 0; i < holidays.Count; i++)
        {
            var date = holidays[i];
            if (!CheckSupported(date, i, "holidays", problems))
            {
                continue;
            }

            if (!holidayIndex.TryAdd(date, i) && problems.Admit())
            {
                problems.List(new CalendarProblem(
                    Invariant($"holidays[{i}]"),
                    Invariant($"{date:yyyy-MM-dd} is already listed at holidays[{holidayIndex[date]}]; each date may appear once.")));
            }
        }

        var byDate = new Dictionary<LocalDate, (ExceptionDay Day, int Index)>();
        var firsts = new List<(ExceptionDay Day, int Index)>();
        for (int i = 0; i < exceptionDays.Count; i++)
        {
            var day = exceptionDays[i];
            if (!CheckSupported(day.Date, i, "exceptions", problems))
            {
                continue;
            }

            if (byDate.TryAdd(day.Date, (day, i)))
            {
                firsts.Add((day, i));
            }
            else if (problems.Admit())
            {
                problems.List(new CalendarProblem(
                    Invariant($"exceptions[{i}]"),
                    Invariant($"{day.Date:yyyy-MM-dd} already has an exception at exceptions[{byDate[day.Date].Index}]; a date may have only one exception.")));
            }
        }

        bool IsHoliday(LocalDate date)
        {
            if (holidayIndex.ContainsKey(date))
            {
                return true;
            }

            foreach (var set in holidaySets)
            {
                if (set.Contains(date))
                {
                    return true;
                }
            }

            return false;
        }

        // An exception's own windows are sorted once; a neighbour without an exception is a holiday or a weekday.
        var exceptionWindows = new Dictionary<LocalDate, DayWindows>(firsts.Count);
        foreach (var (day, index) in firsts)
        {
            exceptionWindows[day.Date] = new DayWindows(day.SourceWindows, Invariant($"exceptions[{index}].hours"));
        }

        DayWindows EffectiveWindows(LocalDate date) =>
            exceptionWindows.TryGetValue(date, out var windows) ? windows
            : IsHoliday(date) ? DayWindows.None
            : days[(int)date.DayOfWeek - 1];

        foreach (var (day, _) in firsts)
        {
            var date = day.Date;
            var windows = exceptionWindows[date];
            windows.CheckOverlaps(Invariant($"{date:yyyy-MM-dd}"), problems);
            var before = date.PlusDays(-1);
            EffectiveWindows(before).CheckSpill(Invariant($"{before:yyyy-MM-dd}"), windows, Invariant($"{date:yyyy-MM-dd}"), problems);
            var after = date.PlusDays(1);
            if (!exceptionWindows.ContainsKey(after))
            {
                windows.CheckSpill(Invariant($"{date:yyyy-MM-dd}"), EffectiveWindows(after), Invariant($"{after:yyyy-MM-dd}"), problems);
            }
        }

        var distinct = firsts.Select(f => f.Day).OrderBy(e => e.Date).ToImmutableArray();
        return new Result(problems, distinct);
    }

    /// <summary>Reports a holiday or exception date outside the dates business calendars support.</summary>
    private static bool CheckSupported(LocalDate date, int index, string list, ProblemTally problems)
    {
        if (SupportedTime.Contains(date))
        {
            return true;
        }

        if (problems.Admit())
        {
            problems.List(new CalendarProblem(Invariant($"{list}[{index}]"), OutsideSupportedDates(date)));
        }

        return false;
    }

    /// <summary>The sentence for a date outside <see cref="BusinessCalendar.MinSupportedDate"/> to
    /// <see cref="BusinessCalendar.MaxSupportedDate"/>.</summary>
    internal static string OutsideSupportedDates(LocalDate date) =>
        Invariant($"{date:uuuu-MM-dd} is outside the dates business calendars support, {SupportedTime.DateSpan}.");

    private static string DayName(int index) => ((IsoDayOfWeek)(index + 1)).ToString();

    private static string DayPath(int index) => "week." + DayName(index);

    private static string Quote(WorkingWindow window) =>
        "[\"" + WorkingWindow.FormatTime(window.Start, isEnd: false) + "\", \"" + WorkingWindow.FormatTime(window.End, isEnd: true) + "\"]";

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>The windows of one date (or weekday), sorted once, with what the overlap checks ask of them.</summary>
    private sealed class DayWindows
    {
        public static readonly DayWindows None = new([], string.Empty);

        private readonly string _path;

        /// <summary>Positions in the source list, sorted by start, then end, then position.</summary>
        private readonly int[] _byStart;

        /// <summary>Positions of the windows that run past midnight, sorted by how far, furthest first.</summary>
        private readonly int[] _spills;

        public DayWindows(IReadOnlyList<WorkingWindow> windows, string path)
        {
            Windows = windows;
            _path = path;
            _byStart = new int[windows.Count];
            for (int i = 0; i < _byStart.Length; i++)
            {
                _byStart[i] = i;
            }

            Array.Sort(_byStart, (a, b) =>
            {
                int byWindow = windows[a].CompareTo(windows[b]);
                return byWindow != 0 ? byWindow : a.CompareTo(b);
            });

            var spills = new List<int>();
            for (int i = 0; i < windows.Count; i++)
            {
                if (SpillEnd(i) > 0)
                {
                    spills.Add(i);
                }
            }

            _spills = [.. spills];
            Array.Sort(_spills, (a, b) =>
            {
                int bySpill = SpillEnd(b).CompareTo(SpillEnd(a));
                return bySpill != 0 ? bySpill : a.CompareTo(b);
            });
        }

        private IReadOnlyList<WorkingWindow> Windows { get; }

        /// <summary>The start of the earliest window, or the end of the day when there is none.</summary>
        private long EarliestStart => _byStart.Length == 0 ? WorkingWindow.NanosecondsPerDay : Windows[_byStart[0]].StartNanosecondOfDay;

        /// <summary>Reports each window that starts before an earlier-starting window has closed, naming the one of those
        /// that closes last.</summary>
        public void CheckOverlaps(string dateName, ProblemTally problems)
        {
            int reach = -1;
            foreach (int i in _byStart)
            {
                var window = Windows[i];
                if (reach >= 0 && window.StartNanosecondOfDay < Windows[reach].EndNanosecondOfDay && problems.Admit())
                {
                    problems.List(new CalendarProblem(
                        Path(i),
                        Invariant($"{Quote(window)} overlaps {Quote(Windows[reach])} at {Path(reach)} on {dateName}; {OverlapRule}.")));
                }

                if (reach < 0 || window.EndNanosecondOfDay > Windows[reach].EndNanosecondOfDay)
                {
                    reach = i;
                }
            }
        }

        /// <summary>Reports each window of this date that runs overnight past the start of the next date's earliest window.</summary>
        public void CheckSpill(string dateName, DayWindows next, string nextName, ProblemTally problems)
        {
            long earliest = next.EarliestStart;

            // _spills is sorted furthest first: the overlapping ones are a prefix, found by binary search.
            int low = 0;
            int high = _spills.Length;
            while (low < high)
            {
                int middle = (low + high) >>> 1;
                if (SpillEnd(_spills[middle]) > earliest)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            for (int k = 0; k < low; k++)
            {
                if (!problems.Admit())
                {
                    problems.CountMore(low - k - 1);
                    return;
                }

                int i = _spills[k];
                int first = next._byStart[0];
                problems.List(new CalendarProblem(
                    Path(i),
                    Invariant($"{Quote(Windows[i])} on {dateName} runs overnight into {nextName} and overlaps {Quote(next.Windows[first])} at {next.Path(first)}; {OverlapRule}.")));
            }
        }

        private long SpillEnd(int i) => Windows[i].EndNanosecondOfDay - WorkingWindow.NanosecondsPerDay;

        private string Path(int i) => Invariant($"{_path}[{i}]");
    }
}

/// <summary>
/// Counts the problems of a definition and keeps the first <see cref="InvalidCalendarException.MaxListedProblems"/>
/// of them, so a definition with any number of problems is reported in bounded time, memory and message length.
/// </summary>
internal sealed class ProblemTally
{
    private readonly List<CalendarProblem> _listed = [];

    /// <summary>Gets how many problems were found, listed or not.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the problems listed, in the order found.</summary>
    public IReadOnlyList<CalendarProblem> Listed => _listed;

    /// <summary>Counts one problem and returns whether it is to be listed; describe it with <see cref="List"/> only then,
    /// so the sentence is never written for a problem only counted.</summary>
    public bool Admit()
    {
        Count = Count == int.MaxValue ? Count : Count + 1;
        return _listed.Count < InvalidCalendarException.MaxListedProblems;
    }

    /// <summary>Lists a problem <see cref="Admit"/> let in.</summary>
    public void List(CalendarProblem problem) => _listed.Add(problem);

    /// <summary>Counts one problem and lists it when there is room.</summary>
    public void Add(CalendarProblem problem)
    {
        if (Admit())
        {
            List(problem);
        }
    }

    /// <summary>Counts problems that are known not to be listed.</summary>
    public void CountMore(int count) => Count = (int)Math.Min(int.MaxValue, (long)Count + count);
}
