using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Itsm.Core;
using Itsm.Core.Events;
using Itsm.Incidents;
using Itsm.Json;
using NodaTime;

namespace Itsm.Samples.WebApi.Domain;

/// <summary>A kind of record the SLA timer advances, by its name in the timer's queue.</summary>
internal interface ITimedKind
{
    /// <summary>Gets the kind's name in the store and in the timer's queue.</summary>
    string Name { get; }

    /// <summary>Loads the record, applies what time made due by the clock's instant, and stores it, through
    /// <paramref name="commands"/> like every command.</summary>
    Task AdvanceAsync(RecordCommands commands, string id, CancellationToken cancellationToken);
}

/// <summary>What the host needs of a kind of record, beyond what the package gives every record: its name in the store,
/// how its JSON is read, and what the read model and the timer ask of it.</summary>
/// <typeparam name="TRecord">The record type.</typeparam>
internal abstract class RecordKind<TRecord>(ServiceDesk desk) : ITimedKind
    where TRecord : class, IEventSourcedRecord
{
    /// <summary>Gets the kind's name in the store and in the timer's queue.</summary>
    public abstract string Name { get; }

    /// <summary>Gets the service desk's settings and JSON options.</summary>
    protected ServiceDesk Desk { get; } = desk;

    /// <summary>Writes the record as Itsm.Json writes it: its state, version and events.</summary>
    public string ToJson(TRecord record) => ItsmJson.Serialize(record, Desk.Json);

    /// <summary>Reads a record from its JSON with the service desk's settings.</summary>
    public TRecord FromJson(string json) => ItsmJson.Deserialize<TRecord>(json, Desk.Json);

    /// <summary>Gets the record's state, priority, group and assignee for the read model.</summary>
    public abstract (string State, Priority Priority, string? Group, string? Assignee) Summary(TRecord record);

    /// <summary>Whether the record is still open (not closed, cancelled or rejected): the read model keeps open records only.</summary>
    public abstract bool IsOpen(TRecord record);

    /// <summary>The instant the record next needs <see cref="Advance"/>; null when nothing will become due without a command.</summary>
    public abstract Instant? NextDueAt(TRecord record, Instant now);

    /// <summary>Applies what time made due by <paramref name="now"/>, as the system.</summary>
    public abstract IReadOnlyList<DomainEvent> Advance(TRecord record, Instant now);

    /// <inheritdoc />
    public Task AdvanceAsync(RecordCommands commands, string id, CancellationToken cancellationToken) =>
        commands.ExecuteAsync(this, id, null, (record, now) => Advance(record, now), cancellationToken);
}

/// <summary>Incidents in the store: <c>incident</c>.</summary>
internal sealed class IncidentKind(ServiceDesk desk) : RecordKind<Incident>(desk)
{
    /// <summary>The kind's name.</summary>
    public const string KindName = "incident";

    public override string Name => KindName;

    public override (string State, Priority Priority, string? Group, string? Assignee) Summary(Incident record) =>
        (record.State.ToString(), record.Priority, record.Group.IsEmpty ? null : record.Group.Value, record.Assignee);

    public override bool IsOpen(Incident record) => record.State is not (IncidentState.Closed or IncidentState.Cancelled);

    public override Instant? NextDueAt(Incident record, Instant now) => record.NextDueAt(now);

    public override IReadOnlyList<DomainEvent> Advance(Incident record, Instant now) => record.Advance(Actor.System, now);
}

/// <summary>Service requests in the store: <c>service-request</c>.</summary>
internal sealed class ServiceRequestKind(ServiceDesk desk) : RecordKind<ServiceRequest>(desk)
{
    /// <summary>The kind's name.</summary>
    public const string KindName = "service-request";

    public override string Name => KindName;

    public override (string State, Priority Priority, string? Group, string? Assignee) Summary(ServiceRequest record) =>
        (record.State.ToString(), record.Priority, record.Group.IsEmpty ? null : record.Group.Value, record.Assignee);

    public override bool IsOpen(ServiceRequest record) =>
        record.State is not (ServiceRequestState.Closed or ServiceRequestState.Cancelled or ServiceRequestState.Rejected);

    public override Instant? NextDueAt(ServiceRequest record, Instant now) => record.NextDueAt(now);

    public override IReadOnlyList<DomainEvent> Advance(ServiceRequest record, Instant now) => record.Advance(Actor.System, now);
}
