using System;

namespace Itsm.Core;

/// <summary>
/// Thrown when a record is rebuilt from events or a snapshot that break one of its invariants (a gap in versions,
/// an event that cannot follow the one before). Nothing is rebuilt.
/// </summary>
public sealed class InvalidHistoryException : ArgumentException
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="recordType">The kind of record.</param>
    /// <param name="recordId">The record's id.</param>
    /// <param name="version">The version of the offending event.</param>
    /// <param name="rule">The invariant it breaks, as an invariant sentence.</param>
    public InvalidHistoryException(string recordType, string recordId, long version, string rule)
        : base(FormattableString.Invariant($"The history of {recordType} '{recordId}' is invalid at version {version}: {rule}"))
    {
        RecordType = recordType;
        RecordId = recordId;
        Version = version;
        Rule = rule;
    }

    /// <summary>Gets the kind of record.</summary>
    public string RecordType { get; }

    /// <summary>Gets the record's id.</summary>
    public string RecordId { get; }

    /// <summary>Gets the version of the offending event.</summary>
    public long Version { get; }

    /// <summary>Gets the invariant it breaks.</summary>
    public string Rule { get; }
}
