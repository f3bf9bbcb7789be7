using NodaTime;

namespace Itsm.Core;

/// <summary>What the kernel knows of any event-sourced record: its name, its version and its last command's instant,
/// for the time-order rule and for messages.</summary>
public interface IEventSourcedRecord
{
    /// <summary>Gets the kind of record, for messages (for example <c>Incident</c>).</summary>
    string RecordType { get; }

    /// <summary>Gets the record's id, for messages.</summary>
    string RecordId { get; }

    /// <summary>Gets the number of events recorded: 0 before the first.</summary>
    long Version { get; }

    /// <summary>Gets the instant of the last event; commands may not be dated before it.</summary>
    Instant LastCommandAt { get; }

    /// <summary>Gets how this kind of record comes into being, for the rules of creation and replay.</summary>
    RecordCreation Creation { get; }
}
