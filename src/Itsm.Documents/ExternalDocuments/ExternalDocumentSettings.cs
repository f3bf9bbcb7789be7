using System;
using Itsm.Core.Actors;
using NodaTime;

namespace Itsm.Documents;

/// <summary>
/// How a host runs external documents: the role policy, the time zone in which check dates are days, and the longest
/// interval between currency checks. Not persisted: the host passes the same settings when it registers or loads a
/// document (the instants at which checks become overdue are stored in the events, so a later change of zone does not
/// move them).
/// </summary>
/// <remarks>Equality compares the values. Immutable and thread-safe.</remarks>
public sealed record ExternalDocumentSettings
{
    private readonly RolePolicy<ExternalDocument, ExternalDocumentTrigger> _roles = ExternalDocumentRoles.Default;
    private readonly DateTimeZone _timeZone = DateTimeZone.Utc;
    private readonly Period _maxCheckInterval = Period.FromYears(1);

    /// <summary>Gets the default settings: <see cref="ExternalDocumentRoles.Default"/>, UTC, checks at least yearly.</summary>
    public static ExternalDocumentSettings Default { get; } = new();

    /// <summary>Gets who may do what; <see cref="ExternalDocumentRoles.Default"/> by default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public RolePolicy<ExternalDocument, ExternalDocumentTrigger> Roles
    {
        get => _roles;
        init => _roles = Preconditions.CheckNotNull(value);
    }

    /// <summary>Gets the zone in which check dates are days: a check due on a date is overdue from the start of the next
    /// day there, and "today" for a command is the date of its instant there; UTC by default.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public DateTimeZone TimeZone
    {
        get => _timeZone;
        init => _timeZone = Preconditions.CheckNotNull(value);
    }

    /// <summary>Gets the longest interval from a command's date to the next check date it sets; one year by default (the
    /// source documents review documents at least yearly). Whole years, months, weeks and days, at least one day, at most 100
    /// years.</summary>
    /// <exception cref="ArgumentException">Set to a period with a time part, a negative unit, or no days at all.</exception>
    public Period MaxCheckInterval
    {
        get => _maxCheckInterval;
        init
        {
            Preconditions.CheckNotNull(value);
            Preconditions.CheckArgument(DayPeriods.IsValid(value), nameof(MaxCheckInterval), $"The longest check interval {value} is {DayPeriods.Rule}.");
            _maxCheckInterval = value;
        }
    }
}
