using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Itsm.Core;
using Itsm.Core.Events;

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

    /// <summary>Feeds every history of one kind of record, refusing a history that is empty or does not start with the
    /// record's creation, in the record's own words.</summary>
    /// <param name="histories">Each record's events, oldest first.</param>
    /// <param name="idOfCreation">The id a creating event names; null for any other event.</param>
    /// <param name="apply">Applies one event of a record.</param>
    /// <param name="recordType">The kind of record, for the refusal.</param>
    /// <param name="creation">How the record comes into being.</param>
    public static void Feed<TEvent, TId>(IEnumerable<IEnumerable<TEvent>> histories, Func<TEvent?, TId?> idOfCreation, Action<TId, TEvent> apply, string recordType, RecordCreation creation)
        where TEvent : DomainEvent
        where TId : struct =>
        Feed(
            histories,
            idOfCreation,
            apply,
            e => new InvalidHistoryException(recordType, string.Empty, e?.Version ?? 0, creation.StartsWithCreationRule),
            () => new InvalidHistoryException(recordType, string.Empty, 0, creation.EmptyHistoryRule));

    /// <summary>Refuses an event a register cannot apply to the record it holds under an id.</summary>
    /// <param name="register">The register, for the refusal.</param>
    /// <param name="id">The record's id.</param>
    /// <param name="domainEvent">The event.</param>
    /// <param name="rule">The rule it breaks.</param>
    /// <returns>The exception, to throw.</returns>
    public static InvalidHistoryException Refused(string register, string id, DomainEvent domainEvent, string rule) =>
        new(register, id, domainEvent.Version, rule);

    /// <summary>Refuses a creating event unless it is the first event of a record not yet held, under its own id.</summary>
    /// <param name="fits">Whether the event names the id it is fed under and the register holds no record under it.</param>
    /// <param name="register">The register.</param>
    /// <param name="id">The id.</param>
    /// <param name="domainEvent">The creating event.</param>
    /// <param name="creation">How the record comes into being.</param>
    public static void CheckCreation(bool fits, string register, string id, DomainEvent domainEvent, RecordCreation creation)
    {
        if (!fits || domainEvent.Version != 1)
        {
            throw Refused(register, id, domainEvent, creation.CreatedOnceRule + ", under its own id");
        }
    }

    /// <summary>Refuses an event that is not the next one of the record held under its id.</summary>
    /// <typeparam name="TEntry">The register's entry.</typeparam>
    /// <param name="entry">The register's entry for the record; null when it holds none.</param>
    /// <param name="held">How many events of the record the entry holds.</param>
    /// <param name="register">The register.</param>
    /// <param name="id">The id.</param>
    /// <param name="domainEvent">The event.</param>
    /// <param name="record">What the record is called, for the refusal (<c>record</c>, <c>document</c>).</param>
    public static void CheckNext<TEntry>([NotNull] TEntry? entry, long held, string register, string id, DomainEvent domainEvent, string record)
        where TEntry : class
    {
        if (entry is null || domainEvent.Version != held + 1)
        {
            throw Refused(register, id, domainEvent, FormattableString.Invariant($"the register holds {(entry is null ? 0 : held)} events of the {record}, and this one is version {domainEvent.Version}"));
        }
    }
}
