using System;
using System.Collections.Generic;
using System.Linq;

namespace Itsm.Calendars;

/// <summary>
/// Thrown when a calendar definition breaks one or more rules. Counts every problem and lists the first
/// <see cref="MaxListedProblems"/> of them, so the exception and its message stay small whatever the definition holds.
/// </summary>
/// <remarks>
/// Thrown by <see cref="BusinessCalendarBuilder.Build"/> and by the JSON reader of <c>Itsm.Json</c>; use
/// <see cref="BusinessCalendarBuilder.Validate"/> to get the same list without an exception.
/// </remarks>
public sealed class InvalidCalendarException : ArgumentException
{
    /// <summary>The most problems an exception lists (and its message spells); <see cref="ProblemCount"/> counts the rest.</summary>
    public const int MaxListedProblems = 100;

    /// <summary>Initializes the exception with the problems found.</summary>
    /// <param name="calendarId">The id of the calendar being defined.</param>
    /// <param name="problems">Every problem found; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendarId"/> or <paramref name="problems"/> is null.</exception>
    public InvalidCalendarException(string calendarId, IReadOnlyList<CalendarProblem> problems)
        : this(calendarId, problems, Preconditions.CheckNotNull(problems).Count)
    {
    }

    /// <summary>Initializes the exception with the first problems found and the count of all of them.</summary>
    /// <param name="calendarId">The id of the calendar being defined.</param>
    /// <param name="problems">The first problems found; at least one. Only the first <see cref="MaxListedProblems"/> are kept.</param>
    /// <param name="problemCount">How many problems were found; at least as many as <paramref name="problems"/> holds.</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendarId"/> or <paramref name="problems"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="problemCount"/> is less than the problems given.</exception>
    public InvalidCalendarException(string calendarId, IReadOnlyList<CalendarProblem> problems, int problemCount)
        : base(FormatMessage(calendarId, problems, problemCount))
    {
        CalendarId = calendarId;
        Problems = problems.Count <= MaxListedProblems ? problems : [.. problems.Take(MaxListedProblems)];
        ProblemCount = problemCount;
    }

    /// <summary>Gets the id of the calendar being defined.</summary>
    public string CalendarId { get; }

    /// <summary>Gets the problems found, at most the first <see cref="MaxListedProblems"/>: from JSON, problems with the
    /// document's form first, then the definition rules in the order id, zone, weekly windows, holidays, exception days.</summary>
    public IReadOnlyList<CalendarProblem> Problems { get; }

    /// <summary>Gets how many problems were found, including those beyond <see cref="Problems"/>.</summary>
    public int ProblemCount { get; }

    private static string FormatMessage(string calendarId, IReadOnlyList<CalendarProblem> problems, int problemCount)
    {
        Preconditions.CheckNotNull(calendarId);
        Preconditions.CheckNotNull(problems);
        Preconditions.CheckArgument(problems.Count > 0, nameof(problems), "An invalid calendar has at least one problem.");
        if (problemCount < problems.Count)
        {
            throw new ArgumentOutOfRangeException(
                nameof(problemCount),
                problemCount,
                FormattableString.Invariant($"The problem count {problemCount} is less than the {problems.Count} problems given; it counts every problem found."));
        }

        int listed = Math.Min(problems.Count, MaxListedProblems);
        string noun = problemCount == 1 ? "problem" : "problems";
        string more = problemCount > listed ? FormattableString.Invariant($"; the first {listed} are listed") : string.Empty;
        return FormattableString.Invariant($"Calendar '{Wording.Excerpt(calendarId)}' is not valid ({problemCount} {noun}{more}):")
            + string.Concat(problems.Take(listed).Select(p => Environment.NewLine + "- " + p));
    }
}
