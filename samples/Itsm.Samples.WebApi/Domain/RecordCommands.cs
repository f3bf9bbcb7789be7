using System;
using System.Threading;
using System.Threading.Tasks;
using Itsm.Core;
using Itsm.Samples.WebApi.Storage;
using Itsm.Samples.WebApi.Timers;
using NodaTime;

namespace Itsm.Samples.WebApi.Domain;

/// <summary>No record of the kind has the id.</summary>
internal sealed class RecordNotFoundException(string kind, string id)
    : Exception($"No {kind} has the id '{id}'.")
{
    public string Kind { get; } = kind;

    public string Id { get; } = id;
}

/// <summary>
/// How every command reaches a record, for the API and the timer alike: load, check the caller's expected version, run
/// the command at the clock's instant, append its events, and arm the timer with what the record says is next due. A
/// command the record refuses throws before anything is stored.
/// </summary>
internal sealed class RecordCommands(EventStore store, SlaTimer timer, IClock clock)
{
    /// <summary>Creates a record and stores it.</summary>
    /// <exception cref="ConcurrencyConflictException">A record with its id exists.</exception>
    public async Task<TRecord> CreateAsync<TRecord>(RecordKind<TRecord> kind, Func<Instant, TRecord> create, CancellationToken cancellationToken)
        where TRecord : class, IEventSourcedRecord
    {
        var now = clock.GetCurrentInstant();
        var record = create(now);
        var next = await store.SaveAsync(kind, new Stored<TRecord>(record, 0, 0), now, cancellationToken).ConfigureAwait(false);
        timer.Arm(new TimerKey(kind.Name, record.RecordId), next);
        return record;
    }

    /// <summary>Runs a command on a stored record.</summary>
    /// <param name="kind">The record's kind.</param>
    /// <param name="id">The record's id.</param>
    /// <param name="expectedVersion">The version the caller last saw (the <c>If-Match</c> header), or null for any.</param>
    /// <param name="command">The command, given the record and the clock's instant.</param>
    /// <param name="cancellationToken">Cancels the store's work.</param>
    /// <returns>The record after the command.</returns>
    /// <exception cref="RecordNotFoundException">No record of the kind has the id.</exception>
    /// <exception cref="ConcurrencyConflictException">The record is not at <paramref name="expectedVersion"/>, or another
    /// writer saved it between this load and this save.</exception>
    public async Task<TRecord> ExecuteAsync<TRecord>(RecordKind<TRecord> kind, string id, long? expectedVersion, Action<TRecord, Instant> command, CancellationToken cancellationToken)
        where TRecord : class, IEventSourcedRecord
    {
        var stored = await store.LoadAsync(kind, id, cancellationToken).ConfigureAwait(false) ?? throw new RecordNotFoundException(kind.Name, id);
        if (expectedVersion is { } expected && expected != stored.LoadedVersion)
        {
            throw new ConcurrencyConflictException(id, expected);
        }

        var now = clock.GetCurrentInstant();
        command(stored.Record, now);
        var next = await store.SaveAsync(kind, stored, now, cancellationToken).ConfigureAwait(false);
        timer.Arm(new TimerKey(kind.Name, id), next);
        return stored.Record;
    }

    /// <summary>Reads a stored record.</summary>
    /// <exception cref="RecordNotFoundException">No record of the kind has the id.</exception>
    public async Task<TRecord> GetAsync<TRecord>(RecordKind<TRecord> kind, string id, CancellationToken cancellationToken)
        where TRecord : class, IEventSourcedRecord =>
        (await store.LoadAsync(kind, id, cancellationToken).ConfigureAwait(false) ?? throw new RecordNotFoundException(kind.Name, id)).Record;
}
