using System;
using NodaTime;

namespace Itsm.Calendars;

/// <summary>
/// Thrown when a calendar query asks for business time that will never come: an empty calendar, a calendar whose
/// only windows lie on exception dates that have passed, or an amount that runs past the supported range
/// (<see cref="BusinessCalendar.MinSupportedInstant"/> to <see cref="BusinessCalendar.MaxSupportedInstant"/>).
/// </summary>
/// <remarks>The query that throws it returns nothing and changes nothing; the calendar stays usable.</remarks>
public sealed class BusinessTimeUnreachableException : InvalidOperationException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="calendarId">The calendar that was asked.</param>
    /// <param name="start">The instant the query started from.</param>
    /// <param name="amount">The business time asked for (zero for <see cref="BusinessCalendar.NextOpening"/>).</param>
    /// <param name="message">The explanation, naming the calendar, the start and the amount.</param>
    public BusinessTimeUnreachableException(string calendarId, Instant start, Duration amount, string message)
        : base(message)
    {
        CalendarId = calendarId;
        Start = start;
        Amount = amount;
    }

    /// <summary>Gets the id of the calendar that was asked.</summary>
    public string CalendarId { get; }

    /// <summary>Gets the instant the query started from.</summary>
    public Instant Start { get; }

    /// <summary>Gets the business time asked for; zero for <see cref="BusinessCalendar.NextOpening"/> and
    /// <see cref="BusinessCalendar.AddBusinessDays"/>.</summary>
    public Duration Amount { get; }
}
