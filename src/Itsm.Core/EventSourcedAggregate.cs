using System;
using System.Collections.Generic;
using Itsm.Core.Events;
using NodaTime;

namespace Itsm.Core;

/// <summary>
/// The base of every aggregate: state changes only by applying events, commands record events, and the aggregate
/// can be rebuilt from its events without building a state machine.
/// </summary>
/// <typeparam name="TEvent">The aggregate's event base type.</typeparam>
/// <remarks>
/// A command checks its arguments and asks its lifecycle whether the trigger is permitted before it records
/// anything, so a refused command changes nothing. <see cref="Version"/> counts the events (a host's optimistic
/// concurrency token); <see cref="UncommittedEvents"/> are those recorded since the last
/// <see cref="MarkCommitted"/>. Aggregates are mutable and not thread-safe: one thread works on one instance at a time.
/// </remarks>
public abstract class EventSourcedAggregate<TEvent>
    where TEvent : DomainEvent
{
    private readonly List<TEvent> _events = new(2);
    private int _committed;

    /// <summary>Gets the kind of record, for messages (for example <c>SlaClock</c>).</summary>
    public abstract string RecordType { get; }

    /// <summary>Gets the record's id, for messages.</summary>
    public abstract string RecordId { get; }

    /// <summary>The rule every command obeys, as the aggregates' <c>UnmetRules</c> lists name it.</summary>
    public const string TimeOrderRule = "commands never go back in time";

    /// <summary>Gets the instant of the last event (the last accepted command); commands may not be dated before it. The
    /// default instant before the first event.</summary>
    public Instant LastCommandAt => _events.Count == 0 ? default : _events[^1].At;

    /// <summary>Gets the number of events recorded: 0 before the first.</summary>
    public long Version => _events.Count;

    /// <summary>Gets every event, oldest first.</summary>
    public IReadOnlyList<TEvent> Events => _events;

    /// <summary>Gets the events recorded since the last <see cref="MarkCommitted"/>, oldest first.</summary>
    public IReadOnlyList<TEvent> UncommittedEvents => _events.GetRange(_committed, _events.Count - _committed);

    /// <summary>Marks every event as persisted by the host.</summary>
    public void MarkCommitted() => _committed = _events.Count;

    /// <summary>Stamps the next version on an event, applies it and keeps it. Call only after every check has passed.</summary>
    /// <param name="domainEvent">The event, with any version (one created with the next version is kept as it is).</param>
    protected void Record(TEvent domainEvent)
    {
        Preconditions.CheckNotNull(domainEvent);
        var stamped = domainEvent.Version == _events.Count + 1 ? domainEvent : domainEvent with { Version = _events.Count + 1 };
        Apply(stamped);
        _events.Add((TEvent)stamped);
    }

    /// <summary>Rebuilds from stored events: versions must run 1, 2, 3... and each event must be allowed after the one
    /// before (<see cref="Apply"/> checks with <see cref="InvalidHistoryException"/>). The events count as committed.</summary>
    /// <param name="events">The stored events, oldest first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="InvalidHistoryException">The events break an invariant.</exception>
    protected void Replay(IEnumerable<TEvent> events)
    {
        Preconditions.CheckNotNull(events);
        foreach (var domainEvent in events)
        {
            Preconditions.CheckNotNull(domainEvent, nameof(events));
            if (domainEvent.Version != _events.Count + 1)
            {
                throw new InvalidHistoryException(
                    RecordType,
                    RecordId,
                    domainEvent.Version,
                    FormattableString.Invariant($"expected version {_events.Count + 1}; versions run 1, 2, 3... without gaps"));
            }

            Apply(domainEvent);
            _events.Add(domainEvent);
        }

        _committed = _events.Count;
    }

    /// <summary>Refuses a command dated before the last accepted one.</summary>
    /// <param name="at">The command's instant.</param>
    /// <param name="command">The command, for the message.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="LastCommandAt"/>.</exception>
    protected void CheckNotBeforeLast(Instant at, object command)
    {
        if (at < LastCommandAt)
        {
            throw new ArgumentOutOfRangeException(
                nameof(at),
                at,
                FormattableString.Invariant($"{command} at {at} is before {RecordType} '{RecordId}''s last accepted command at {LastCommandAt}; {TimeOrderRule}."));
        }
    }

    /// <summary>The time-order rule as an unmet rule, for a command's <c>UnmetRules</c>: null when <paramref name="at"/>
    /// is not before <see cref="LastCommandAt"/>.</summary>
    /// <param name="at">The command's instant.</param>
    /// <returns>The unmet rule, or null.</returns>
    protected string? UnmetTimeOrder(Instant at) =>
        at < LastCommandAt ? FormattableString.Invariant($"{TimeOrderRule}, and the last one was at {LastCommandAt}") : null;

    /// <summary>Changes the state as the event says. Never builds a state machine; throws
    /// <see cref="InvalidHistoryException"/> only for an event that cannot follow the current state (during replay).</summary>
    /// <param name="domainEvent">The event.</param>
    protected abstract void Apply(TEvent domainEvent);
}
