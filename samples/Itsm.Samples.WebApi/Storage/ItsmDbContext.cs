using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Itsm.Samples.WebApi.Storage;

/// <summary>One row per record: its kind, its version (the optimistic concurrency token every append checks) and an
/// optional snapshot, the record's whole JSON document at <see cref="SnapshotVersion"/>.</summary>
internal sealed class RecordStream
{
    public required string Id { get; set; }

    public required string Kind { get; set; }

    public long Version { get; set; }

    public long SnapshotVersion { get; set; }

    public string? Snapshot { get; set; }
}

/// <summary>One row per event: the record, the event's version (unique per record: a second writer of the same version
/// fails), its type and instant for queries, and its JSON as Itsm.Json writes it.</summary>
internal sealed class StoredEvent
{
    public required string RecordId { get; set; }

    public long Version { get; set; }

    public required string Type { get; set; }

    public Instant At { get; set; }

    public required string Json { get; set; }
}

/// <summary>The read model: one row per open record (deleted when the record closes or is cancelled), with what lists and
/// the timer ask: its state, priority, group, assignee and the next instant something becomes due.</summary>
internal sealed class OpenRecord
{
    public required string Id { get; set; }

    public required string Kind { get; set; }

    public required string State { get; set; }

    public required string Priority { get; set; }

    public string? Group { get; set; }

    public string? Assignee { get; set; }

    public long Version { get; set; }

    public Instant? NextDueAt { get; set; }
}

/// <summary>The sample's database: streams, events and the read model, the same schema on SQLite and PostgreSQL.</summary>
/// <remarks>Instants are stored as ticks since the Unix epoch (a 64-bit integer): the same type on both databases, and
/// their order is the instants' order.</remarks>
internal sealed class ItsmDbContext(DbContextOptions<ItsmDbContext> options) : DbContext(options)
{
    public DbSet<RecordStream> Streams => Set<RecordStream>();

    public DbSet<StoredEvent> Events => Set<StoredEvent>();

    public DbSet<OpenRecord> OpenRecords => Set<OpenRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var instant = new ValueConverter<Instant, long>(i => i.ToUnixTimeTicks(), t => Instant.FromUnixTimeTicks(t));

        modelBuilder.Entity<RecordStream>(e =>
        {
            e.ToTable("record_streams");
            e.HasKey(s => s.Id);
            e.Property(s => s.Id).HasMaxLength(100);
            e.Property(s => s.Kind).HasMaxLength(40);
            e.Property(s => s.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<StoredEvent>(e =>
        {
            e.ToTable("record_events");
            e.HasKey(s => new { s.RecordId, s.Version });
            e.Property(s => s.RecordId).HasMaxLength(100);
            e.Property(s => s.Type).HasMaxLength(100);
            e.Property(s => s.At).HasConversion(instant);
        });

        modelBuilder.Entity<OpenRecord>(e =>
        {
            e.ToTable("open_records");
            e.HasKey(s => s.Id);
            e.Property(s => s.Id).HasMaxLength(100);
            e.Property(s => s.Kind).HasMaxLength(40);
            e.Property(s => s.State).HasMaxLength(40);
            e.Property(s => s.Priority).HasMaxLength(10);
            e.Property(s => s.NextDueAt).HasConversion(instant);
            e.HasIndex(s => s.NextDueAt);
        });
    }
}
