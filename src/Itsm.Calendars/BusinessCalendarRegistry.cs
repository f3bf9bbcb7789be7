using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Itsm.Calendars;

/// <summary>
/// The calendars a host knows, by id: records refer to calendars by id (an SLA clock's JSON, say), and reading them
/// resolves the ids here.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BusinessCalendarRegistry
{
    private readonly ImmutableDictionary<string, BusinessCalendar> _byId;

    /// <summary>Initializes a registry.</summary>
    /// <param name="calendars">The calendars; ids must be distinct.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendars"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Two different calendars share an id.</exception>
    public BusinessCalendarRegistry(IEnumerable<BusinessCalendar> calendars)
    {
        Preconditions.CheckNotNull(calendars);
        var builder = ImmutableDictionary.CreateBuilder<string, BusinessCalendar>(StringComparer.Ordinal);
        foreach (var calendar in calendars)
        {
            Preconditions.CheckNotNull(calendar, nameof(calendars));
            if (builder.TryGetValue(calendar.Id, out var existing) && !existing.Equals(calendar))
            {
                throw new ArgumentException($"Two different calendars have the id '{calendar.Id}'; ids in a registry are unique.", nameof(calendars));
            }

            builder[calendar.Id] = calendar;
        }

        _byId = builder.ToImmutable();
    }

    /// <summary>Gets the calendars, ordered by id.</summary>
    public IReadOnlyList<BusinessCalendar> Calendars => [.. _byId.Values.OrderBy(c => c.Id, StringComparer.Ordinal)];

    /// <summary>Finds a calendar by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="calendar">The calendar, or null.</param>
    /// <returns>Whether the registry has it.</returns>
    public bool TryGet(string id, out BusinessCalendar? calendar) => _byId.TryGetValue(Preconditions.CheckNotNull(id), out calendar);

    /// <summary>Gets a calendar by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="KeyNotFoundException">The registry has no calendar with that id; the message lists the ids it has.</exception>
    public BusinessCalendar Get(string id) =>
        TryGet(id, out var calendar)
            ? calendar!
            : throw new KeyNotFoundException(
                $"No calendar with the id '{id}' is registered; the registry has {(_byId.IsEmpty ? "none" : string.Join(", ", _byId.Keys.Order(StringComparer.Ordinal).Select(k => "'" + k + "'")))}.");
}
