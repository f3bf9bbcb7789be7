using System;
using System.Collections.Generic;

namespace Itsm.Documents;

/// <summary>What every register built from many records' histories shares: each history is fed, event by event, under
/// the id its first event (the record's creation) names.</summary>
internal static class EventStreams
{
    /// <summary>Feeds every history to <paramref name="apply"/> under the id its creating event names.</summary>
    /// <param name="histories">Each record's events, oldest first.</param>
    /// <param name="idOfCreation">The id a creating event names; null for any other event.</param>
    /// <param name="apply">Applies one event of a record.</param>
    /// <param name="notCreation">The error for a history whose first event is not a creation.</param>
    /// <param name="empty">The error for an empty history; null to allow empty histories.</param>
    public static void Feed<TEvent, TId>(
        IEnumerable<IEnumerable<TEvent>> histories,
        Func<TEvent?, TId?> idOfCreation,
        Action<TId, TEvent> apply,
        Func<TEvent?, Exception> notCreation,
        Func<Exception>? empty)
        where TEvent : class
        where TId : struct
    {
        Preconditions.CheckNotNull(histories);
        foreach (var history in histories)
        {
            Preconditions.CheckNotNull(history, nameof(histories));
            TId? id = null;
            foreach (var domainEvent in history)
            {
                id ??= idOfCreation(domainEvent) ?? throw notCreation(domainEvent);
                apply(id.Value, domainEvent);
            }

            if (id is null && empty is not null)
            {
                throw empty();
            }
        }
    }
}
