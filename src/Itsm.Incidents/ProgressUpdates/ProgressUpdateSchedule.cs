using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Calendars;
using NodaTime;

namespace Itsm.Incidents;

/// <summary>
/// When a record's next progress update falls due, per audience: the instant the current interval counts from (the
/// start of the obligation, the last update, or the last missed deadline already reported), and the deadlines missed
/// since. Shared by incidents and service requests; the record says which audiences it owes updates and at which
/// interval (its <c>UpdateIntervalOwed</c>), the schedule does the counting.
/// </summary>
internal sealed class ProgressUpdateSchedule
{
    private static readonly UpdateAudience[] Audiences = Enum.GetValues<UpdateAudience>();

    // By audience (the enum's values are 0, 1, ...): an array, not a dictionary, as every incident and request has one.
    private readonly Instant?[] _since = new Instant?[Audiences.Length];

    /// <summary>Counts the next interval of <paramref name="audience"/> from <paramref name="at"/>: an obligation
    /// starts, an update was recorded, or a missed deadline was reported.</summary>
    public void CountFrom(UpdateAudience audience, Instant at) => _since[(int)audience] = at;

    /// <summary>Counts the next interval of <paramref name="audience"/> from a missed deadline that was reported, when
    /// the report is consistent.</summary>
    /// <returns>The rule a stored report breaks (reported before its deadline), or null once counted.</returns>
    public string? CountFromMissed(UpdateAudience audience, Instant dueAt, Instant reportedAt)
    {
        if (dueAt > reportedAt)
        {
            return FormattableString.Invariant($"an update due at {dueAt} is reported overdue at or after that instant, not at {reportedAt}");
        }

        CountFrom(audience, dueAt);
        return null;
    }

    /// <summary>The next deadline of <paramref name="audience"/>; null when it is owed no update, or when the calendar has
    /// no business time left to reach it.</summary>
    public Instant? DueAt(UpdateAudience audience, Duration? interval, BusinessCalendar calendar) =>
        interval is { } every && _since[(int)audience] is { } since ? TryAdd(calendar, since, every) : null;

    /// <summary>Every deadline missed by <paramref name="now"/>, each once, earliest first (by audience for equal
    /// instants): an interval passed without an update, counting each missed deadline as the start of the next interval.</summary>
    public IReadOnlyList<(UpdateAudience Audience, Instant DueAt)> Missed(Instant now, Func<UpdateAudience, Duration?> intervalOwed, BusinessCalendar calendar)
    {
        List<(UpdateAudience Audience, Instant DueAt)>? missed = null;
        foreach (var audience in Audiences)
        {
            var interval = intervalOwed(audience);
            for (var due = DueAt(audience, interval, calendar); due is { } at && at <= now; due = TryAdd(calendar, at, interval!.Value))
            {
                (missed ??= []).Add((audience, at));
            }
        }

        return missed is null ? [] : [.. missed.OrderBy(m => m.DueAt).ThenBy(m => m.Audience)];
    }

    /// <summary>The earliest next deadline of any audience owed updates; null when none is owed.</summary>
    public Instant? NextDueAt(Func<UpdateAudience, Duration?> intervalOwed, BusinessCalendar calendar)
    {
        Instant? next = null;
        foreach (var audience in Audiences)
        {
            if (DueAt(audience, intervalOwed(audience), calendar) is { } due && (next is null || due < next))
            {
                next = due;
            }
        }

        return next;
    }

    private static Instant? TryAdd(BusinessCalendar calendar, Instant since, Duration interval)
    {
        try
        {
            return calendar.Add(since, interval);
        }
        catch (BusinessTimeUnreachableException)
        {
            return null;
        }
    }
}
