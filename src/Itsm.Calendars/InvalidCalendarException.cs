using System;
using System.Collections.Generic;
using System.Linq;

namespace Itsm.Calendars;

/// <summary>
/// Thrown when a calendar definition breaks one or more rules. Lists every problem, not just the first.
/// </summary>
/// <remarks>
/// Thrown by <see cref="BusinessCalendarBuilder.Build"/> and by the JSON reader of <c>Itsm.Json</c>; use
/// <see cref="BusinessCalendarBuilder.Validate"/> to get the same list without an exception.
/// </remarks>
public sealed class InvalidCalendarException : ArgumentException
{
    /// <summary>Initializes the exception with the problems found.</summary>
    /// <param name="calendarId">The id of the calendar being defined.</param>
    /// <param name="problems">Every problem found; at least one.</param>
    public InvalidCalendarException(string calendarId, IReadOnlyList<CalendarProblem> problems)
        : base(FormatMessage(calendarId, problems))
    {
        CalendarId = calendarId;
        Problems = problems;
    }

    /// <summary>Gets the id of the calendar being defined.</summary>
    public string CalendarId { get; }

    /// <summary>Gets every problem found: from JSON, problems with the document's form first, then the definition rules
    /// in the order id, zone, weekly windows, holidays, exception days.</summary>
    public IReadOnlyList<CalendarProblem> Problems { get; }

    private static string FormatMessage(string calendarId, IReadOnlyList<CalendarProblem> problems)
    {
        Preconditions.CheckNotNull(problems);
        Preconditions.CheckArgument(problems.Count > 0, nameof(problems), "An invalid calendar has at least one problem.");
        string noun = problems.Count == 1 ? "problem" : "problems";
        return FormattableString.Invariant($"Calendar '{calendarId}' is not valid ({problems.Count} {noun}):")
            + string.Concat(problems.Select(p => Environment.NewLine + "- " + p));
    }
}
