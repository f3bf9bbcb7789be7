using NodaTime;

namespace Itsm.Core.Events;

/// <summary>
/// Something that happened to a record: when, who caused it, and the record's version after it.
/// </summary>
/// <remarks>
/// Concrete events are sealed records carrying an <see cref="EventTypeAttribute"/> with a stable name and schema
/// version, which is what hosts persist. <see cref="Version"/> is set by the aggregate when it records the event
/// (1 for a record's first event); an event created by a host for replay carries the version it was stored with.
/// Instances are immutable and thread-safe.
/// </remarks>
public abstract record DomainEvent
{
    /// <summary>Initializes the common part of an event.</summary>
    /// <param name="at">When it happened.</param>
    /// <param name="actor">Who caused it.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="actor"/> is null.</exception>
    protected DomainEvent(Instant at, Actor actor)
    {
        At = at;
        Actor = Preconditions.CheckNotNull(actor);
    }

    /// <summary>Gets when it happened.</summary>
    public Instant At { get; }

    /// <summary>Gets who caused it.</summary>
    public Actor Actor { get; }

    /// <summary>Gets the record's version after this event: 1 for the first event, then one more for each.</summary>
    public long Version { get; init; }
}
