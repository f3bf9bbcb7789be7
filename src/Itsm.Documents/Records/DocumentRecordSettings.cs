using System;
using Itsm.Core.Actors;
using NodaTime;

namespace Itsm.Documents;

/// <summary>
/// How a host runs records: the role policy and the time zone in which retention periods run from day to day. Not
/// persisted: the host passes the same settings when it declares or loads a record (the instants at which retention
/// ends are stored in the events, so a later change of zone does not move them).
/// </summary>
/// <remarks>Equality compares the values. Immutable and thread-safe.</remarks>
public sealed record DocumentRecordSettings
{
    private readonly RolePolicy<DocumentRecord, DocumentRecordTrigger> _roles = DocumentRecordRoles.Default;
    private readonly DateTimeZone _timeZone = DateTimeZone.Utc;

    /// <summary>Gets the default settings: <see cref="DocumentRecordRoles.Default"/> and UTC.</summary>
    public static DocumentRecordSettings Default { get; } = new();

    /// <summary>Gets who may do what; <see cref="DocumentRecordRoles.Default"/> by default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public RolePolicy<DocumentRecord, DocumentRecordTrigger> Roles
    {
        get => _roles;
        init => _roles = Preconditions.CheckNotNull(value);
    }

    /// <summary>Gets the zone in which the days of retention are counted: the day a record is declared, the day a
    /// retention trigger happened, and the start of the day its retention ends; UTC by default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public DateTimeZone TimeZone
    {
        get => _timeZone;
        init => _timeZone = Preconditions.CheckNotNull(value);
    }
}
