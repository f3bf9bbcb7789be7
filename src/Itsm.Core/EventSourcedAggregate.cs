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
/// A command checks its arguments, then passes its lifecycle's pipeline
/// (<see cref="Lifecycles.Lifecycle{TSubject, TState, TTrigger, TCommand}.Authorise{TRecord}"/>: time order, role policy,
/// the record's own authorisation rule, the transition table) before it records anything, so a refused command changes
/// nothing. <see cref="Version"/> counts the events (a host's optimistic
/// concurrency token); <see cref="UncommittedEvents"/> are those recorded since the last
/// <see cref="MarkCommitted"/>. Aggregates are mutable and not thread-safe: one thread works on one instance at a time.
/// </remarks>
public abstract class EventSourcedAggregate<TEvent> : IEventSourcedRecord
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

    /// <inheritdoc />
    RecordCreation IEventSourcedRecord.Creation => Creation;

    /// <summary>Gets how this kind of record comes into being: its creation event and the words of its rules.</summary>
    protected abstract RecordCreation Creation { get; }

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
        ApplyInOrder((TEvent)stamped);
        _events.Add((TEvent)stamped);
    }

    /// <summary>Rebuilds from stored events: not empty, versions run 1, 2, 3..., the creation event first and only first,
    /// no event before the previous one, and each event allowed after the one before (<see cref="Apply"/> checks with
    /// <see cref="InvalidHistoryException"/>). The events count as committed.</summary>
    /// <param name="events">The stored events, oldest first.</param>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="InvalidHistoryException">The events are empty or break an invariant.</exception>
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

            ApplyInOrder(domainEvent);
            _events.Add(domainEvent);
        }

        if (_events.Count == 0)
        {
            throw new InvalidHistoryException(RecordType, RecordId, 0, Creation.EmptyHistoryRule);
        }

        _committed = _events.Count;
    }

    /// <summary>An <see cref="InvalidHistoryException"/> for an event that breaks a rule of this record.</summary>
    /// <param name="domainEvent">The offending event.</param>
    /// <param name="rule">The rule it breaks, as an invariant sentence.</param>
    /// <returns>The exception, to throw.</returns>
    protected InvalidHistoryException History(TEvent domainEvent, string rule) =>
        new(RecordType, RecordId, Preconditions.CheckNotNull(domainEvent).Version, rule);

    /// <summary>The state an event leads to, read from the lifecycle's transition table (replay never fires a machine
    /// and never asks a guard: it held when the command was accepted).</summary>
    /// <typeparam name="TSubject">What the table governs.</typeparam>
    /// <typeparam name="TState">The subject's state enum.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <typeparam name="TCommand">The lifecycle's command type.</typeparam>
    /// <param name="lifecycle">The lifecycle.</param>
    /// <param name="domainEvent">The event, for the refusal.</param>
    /// <param name="state">The subject's state before the event.</param>
    /// <param name="trigger">The trigger that recorded the event.</param>
    /// <param name="part">What the refusal calls the subject when it is a numbered part of the record (<c>revision</c>);
    /// null for the record itself.</param>
    /// <param name="number">The part's number.</param>
    /// <returns>The destination.</returns>
    /// <exception cref="InvalidHistoryException">The table has no such transition.</exception>
    protected TState Follow<TSubject, TState, TTrigger, TCommand>(Lifecycles.Lifecycle<TSubject, TState, TTrigger, TCommand> lifecycle, TEvent domainEvent, TState state, TTrigger trigger, string? part = null, int number = 0)
        where TSubject : class
        where TState : struct, Enum
        where TTrigger : struct, Enum
        where TCommand : struct, Commands.ICommand<TTrigger> =>
        Preconditions.CheckNotNull(lifecycle).TryGetDestination(state, trigger, out var destination)
            ? destination
            : throw History(domainEvent, part is null
                ? FormattableString.Invariant($"the lifecycle does not allow {trigger} while {state}")
                : FormattableString.Invariant($"the lifecycle does not allow {trigger} while {part} {number} is {state}"));

    /// <summary>The rules every history obeys, checked once here for every record: the creation event comes first and
    /// only first, every event is dated within <see cref="RecordTime"/>, and no event is dated before the previous one.
    /// Then <see cref="Apply"/>.</summary>
    private void ApplyInOrder(TEvent domainEvent)
    {
        bool creation = Creation.IsCreation(domainEvent);
        if (creation != (_events.Count == 0))
        {
            throw History(domainEvent, creation ? Creation.CreatedOnceRule : Creation.StartsWithCreationRule);
        }

        if (!RecordTime.Contains(domainEvent.At))
        {
            throw History(domainEvent, $"it is dated {SupportedTime.Text(domainEvent.At)}; {RecordTime.Rule}");
        }

        if (_events.Count > 0 && domainEvent.At < LastCommandAt)
        {
            throw History(domainEvent, $"it is dated {SupportedTime.Text(domainEvent.At)}, before the previous event at {SupportedTime.Text(LastCommandAt)}");
        }

        if (creation)
        {
            ApplyCreation(domainEvent);
        }
        else
        {
            Apply(domainEvent);
        }
    }

    /// <summary>Sets the record up from its creation event (the first event, and only that one: the kernel has checked
    /// it is of <see cref="RecordCreation.EventType"/>).</summary>
    /// <param name="domainEvent">The creation event.</param>
    protected abstract void ApplyCreation(TEvent domainEvent);

    /// <summary>Changes the state as an event after the creation says. Never builds a state machine; throws
    /// <see cref="InvalidHistoryException"/> only for an event that cannot follow the current state (during replay). The
    /// kernel has already checked that the event is not null, that the creation event came first and only first, and
    /// that time does not go back.</summary>
    /// <param name="domainEvent">The event.</param>
    protected abstract void Apply(TEvent domainEvent);
}
