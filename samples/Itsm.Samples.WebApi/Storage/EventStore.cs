using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Itsm.Core;
using Itsm.Samples.WebApi.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;
using NodaTime.Text;
using Npgsql;

namespace Itsm.Samples.WebApi.Storage;

/// <summary>A record as it was loaded, with the version the next save expects to find in the store.</summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <param name="Record">The record.</param>
/// <param name="LoadedVersion">The record's version when loaded: 0 for a record not yet stored.</param>
/// <param name="SnapshotVersion">The version of the stored snapshot; 0 when there is none.</param>
internal sealed record Stored<TRecord>(TRecord Record, long LoadedVersion, long SnapshotVersion)
    where TRecord : class, IEventSourcedRecord;

/// <summary>Another writer stored a version of the record first: the command was not saved and the record in the store is
/// the other writer's; reload and decide again.</summary>
internal sealed class ConcurrencyConflictException(string recordId, long expectedVersion, Exception? inner = null)
    : Exception(
        expectedVersion == 0
            ? $"A record with the id '{recordId}' exists already; nothing of this command was stored."
            : $"Record '{recordId}' is no longer at version {expectedVersion}: another writer saved it first; nothing of this command was stored.",
        inner)
{
    public string RecordId { get; } = recordId;

    public long ExpectedVersion { get; } = expectedVersion;
}

/// <summary>How records are stored: when a snapshot is written.</summary>
internal sealed record StoreOptions
{
    /// <summary>Gets after how many events since the last snapshot a new one is written; 0 never writes one (records are
    /// read from their events alone). 50 by default.</summary>
    public int SnapshotEvery
    {
        get;
        init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(SnapshotEvery), value, "SnapshotEvery is 0 (no snapshots) or more.");
    } = 50;
}

/// <summary>
/// Stores records as their events, one row per event, through Itsm.Json: each save appends the events recorded since the
/// record was loaded, moves the stream's version from the loaded one to the new one (the concurrency check), keeps the
/// read model in step and, every <see cref="StoreOptions.SnapshotEvery"/> events, writes the whole document as a snapshot,
/// all in one transaction. Loading reads the snapshot and the events after it, or all the events.
/// </summary>
internal sealed class EventStore(ItsmDbContext db, StoreOptions options)
{
    private static readonly InstantPattern At = InstantPattern.ExtendedIso;

    /// <summary>Loads a record of a kind; null when no record of that kind has the id.</summary>
    public async Task<Stored<TRecord>?> LoadAsync<TRecord>(RecordKind<TRecord> kind, string id, CancellationToken cancellationToken = default)
        where TRecord : class, IEventSourcedRecord
    {
        var stream = await db.Streams.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken).ConfigureAwait(false);
        if (stream is null || stream.Kind != kind.Name)
        {
            return null;
        }

        var events = new JArray();
        long after = 0;
        if (stream.Snapshot is { } snapshot)
        {
            foreach (var e in (JArray)Parse(snapshot)["events"]!)
            {
                events.Add(e);
            }

            after = stream.SnapshotVersion;
        }

        var rows = await db.Events.AsNoTracking()
            .Where(e => e.RecordId == id && e.Version > after)
            .OrderBy(e => e.Version)
            .Select(e => e.Json)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            events.Add(Parse(row));
        }

        // The document's summary (state, version) is optional: the events alone rebuild the record, and Itsm.Json refuses
        // a history the lifecycle does not allow.
        var record = kind.FromJson(new JObject { ["events"] = events }.ToString(Formatting.None));
        return new Stored<TRecord>(record, record.Version, stream.Snapshot is null ? 0 : stream.SnapshotVersion);
    }

    /// <summary>Appends the events recorded since <paramref name="stored"/> was loaded and updates the read model.</summary>
    /// <returns>The record's next due instant, as the read model now holds it (null when closed or nothing is due).</returns>
    /// <exception cref="ConcurrencyConflictException">Another writer saved the record first, or created one with its id.</exception>
    public async Task<Instant?> SaveAsync<TRecord>(RecordKind<TRecord> kind, Stored<TRecord> stored, Instant now, CancellationToken cancellationToken = default)
        where TRecord : class, IEventSourcedRecord
    {
        var record = stored.Record;
        if (record.Version == stored.LoadedVersion)
        {
            return kind.IsOpen(record) ? kind.NextDueAt(record, now) : null;
        }

        string document = kind.ToJson(record);
        var events = (JArray)Parse(document)["events"]!;
        foreach (var e in events.Skip((int)stored.LoadedVersion))
        {
            db.Events.Add(new StoredEvent
            {
                RecordId = record.RecordId,
                Version = e.Value<long>("version"),
                Type = e.Value<string>("type")!,
                At = At.Parse(e.Value<string>("at")!).Value,
                Json = e.ToString(Formatting.None),
            });
        }

        bool snapshot = options.SnapshotEvery > 0 && record.Version - stored.SnapshotVersion >= options.SnapshotEvery;
        if (stored.LoadedVersion == 0)
        {
            db.Streams.Add(new RecordStream { Id = record.RecordId, Kind = kind.Name, Version = record.Version });
        }
        else
        {
            // Attached at the version this writer loaded: EF Core updates the row only where it still has that version.
            var stream = new RecordStream { Id = record.RecordId, Kind = kind.Name, Version = stored.LoadedVersion, SnapshotVersion = stored.SnapshotVersion };
            db.Streams.Attach(stream);
            stream.Version = record.Version;
            if (snapshot)
            {
                stream.Snapshot = document;
                stream.SnapshotVersion = record.Version;
            }
        }

        Instant? next = null;
        if (kind.IsOpen(record))
        {
            next = kind.NextDueAt(record, now);
            var (state, priority, group, assignee) = kind.Summary(record);
            var row = new OpenRecord
            {
                Id = record.RecordId, Kind = kind.Name, State = state, Priority = priority.ToString(), Group = group,
                Assignee = assignee, Version = record.Version, NextDueAt = next,
            };
            if (stored.LoadedVersion == 0)
            {
                db.OpenRecords.Add(row);
            }
            else
            {
                db.OpenRecords.Update(row);
            }
        }
        else if (stored.LoadedVersion > 0)
        {
            db.OpenRecords.Remove(new OpenRecord { Id = record.RecordId, Kind = kind.Name, State = string.Empty, Priority = string.Empty });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new ConcurrencyConflictException(record.RecordId, stored.LoadedVersion, e);
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e))
        {
            throw new ConcurrencyConflictException(record.RecordId, stored.LoadedVersion, e);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }

        return next;
    }

    private static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19, // SQLITE_CONSTRAINT: a primary key stored twice
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    /// <summary>Parses JSON the store wrote, keeping instants as the text Itsm.Json wrote (no date parsing).</summary>
    private static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        return JToken.ReadFrom(reader);
    }
}
