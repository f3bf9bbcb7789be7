using System;

namespace Itsm.Core.Events;

/// <summary>
/// The stable name and schema version of a persisted domain event. Names never change once shipped; a change to an
/// event's shape that old readers cannot read raises the schema version.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventTypeAttribute : Attribute
{
    /// <summary>Initializes the attribute.</summary>
    /// <param name="name">The stable name, lower case and dotted, for example <c>sla.clock.started</c>.</param>
    /// <param name="schemaVersion">The schema version, from 1.</param>
    public EventTypeAttribute(string name, int schemaVersion)
    {
        Name = name;
        SchemaVersion = schemaVersion;
    }

    /// <summary>Gets the stable name.</summary>
    public string Name { get; }

    /// <summary>Gets the schema version.</summary>
    public int SchemaVersion { get; }
}
