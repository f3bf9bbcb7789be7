using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Itsm.Core;
using Itsm.Core.Events;
using Itsm.Core.Ids;

namespace Itsm.Documents;

/// <summary>An entry of a <see cref="RecordRegister{TKind, TEvent, TEntry}"/>: a record as the events applied so far leave
/// it.</summary>
/// <typeparam name="TKind">The kind of id.</typeparam>
public interface IRegisterEntry<TKind>
    where TKind : IIdKind
{
    /// <summary>Gets the record's id.</summary>
    Id<TKind> Id { get; }

    /// <summary>Gets how many of the record's events the register applied.</summary>
    long Version { get; }
}

/// <summary>
/// A register projected from the histories of many records of one kind: one entry per record, by id in ordinal order,
/// changed by each of the record's events in turn. Every register checks the same things, here: a history starts with
/// the record's creation, a record is created once and under its own id, each event is the record's next version. A
/// register says how a creation makes an entry and how an event changes one.
/// </summary>
/// <typeparam name="TKind">The kind of id.</typeparam>
/// <typeparam name="TEvent">The record's event base type.</typeparam>
/// <typeparam name="TEntry">The register's entry.</typeparam>
/// <remarks>Not thread-safe: apply events from one thread, or lock.</remarks>
public abstract class RecordRegister<TKind, TEvent, TEntry>
    where TKind : IIdKind
    where TEvent : DomainEvent
    where TEntry : class, IRegisterEntry<TKind>
{
    private readonly SortedDictionary<string, TEntry> _entries = new(StringComparer.Ordinal);
    private readonly string _recordType;
    private readonly string _record;
    private readonly RecordCreation _creation;

    /// <summary>Initializes an empty register.</summary>
    /// <param name="recordType">The kind of record, for refusals (<c>ExternalDocument</c>).</param>
    /// <param name="record">What the record is called in a sentence (<c>document</c>).</param>
    /// <param name="creation">How the record comes into being.</param>
    private protected RecordRegister(string recordType, string record, RecordCreation creation)
    {
        _recordType = recordType;
        _record = record;
        _creation = creation;
    }

    /// <summary>Gets every entry, ordered by id (ordinal).</summary>
    public IReadOnlyList<TEntry> Entries => [.. _entries.Values];

    /// <summary>Gets how many records the register holds.</summary>
    public int Count => _entries.Count;

    /// <summary>Returns a record's entry.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="entry">The entry, when held.</param>
    /// <returns>True when the register holds the record.</returns>
    public bool TryGet(Id<TKind> id, [NotNullWhen(true)] out TEntry? entry) => _entries.TryGetValue(id.Value, out entry);

    /// <summary>Applies one event of a record: its creation adds its entry, the others change it.</summary>
    /// <param name="id">The record the event belongs to.</param>
    /// <param name="domainEvent">The event; the record's next version.</param>
    /// <exception cref="ArgumentNullException"><paramref name="domainEvent"/> is null.</exception>
    /// <exception cref="InvalidHistoryException">The event is not the record's next one (a creation of a record already
    /// held or under another id, an event of a record not created, a skipped or repeated version), or the register
    /// cannot apply it.</exception>
    public void Apply(Id<TKind> id, TEvent domainEvent)
    {
        Preconditions.CheckNotNull(domainEvent);
        string register = GetType().Name;
        _entries.TryGetValue(id.Value, out var entry);
        if (CreatedId(domainEvent) is { } created)
        {
            EventStreams.CheckCreation(created == id && entry is null, register, id.Value, domainEvent, _creation);
            _entries[id.Value] = Created(id, domainEvent);
            return;
        }

        EventStreams.CheckNext(entry, entry?.Version ?? 0, register, id.Value, domainEvent, _record);
        _entries[id.Value] = Changed(id, entry, domainEvent);
    }

    /// <summary>Gets the entries, in id order, for the register's queries.</summary>
    private protected IEnumerable<TEntry> Values => _entries.Values;

    /// <summary>Feeds every history to <see cref="Apply"/> under the id its creation names.</summary>
    /// <param name="histories">Each record's events, oldest first.</param>
    /// <exception cref="ArgumentNullException">An argument or a history is null.</exception>
    /// <exception cref="InvalidHistoryException">A history is empty or does not start with the creation, or
    /// <see cref="Apply"/> refuses an event.</exception>
    private protected void Load(IEnumerable<IEnumerable<TEvent>> histories) =>
        EventStreams.Feed<TEvent, Id<TKind>>(histories, e => e is null ? null : CreatedId(e), Apply, _recordType, _creation);

    /// <summary>The id a creating event names; null for any other event.</summary>
    private protected abstract Id<TKind>? CreatedId(TEvent domainEvent);

    /// <summary>The entry a creating event makes, at version 1.</summary>
    private protected abstract TEntry Created(Id<TKind> id, TEvent creation);

    /// <summary>The entry after one more event, at the event's version; throws <see cref="Refused"/> for an event the
    /// register does not know.</summary>
    private protected abstract TEntry Changed(Id<TKind> id, TEntry entry, TEvent domainEvent);

    /// <summary>Refuses an event the register cannot apply.</summary>
    private protected InvalidHistoryException Refused(Id<TKind> id, TEvent domainEvent, string rule) =>
        EventStreams.Refused(GetType().Name, id.Value, domainEvent, rule);
}
