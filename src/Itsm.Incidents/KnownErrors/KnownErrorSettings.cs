using Itsm.Core.Actors;

namespace Itsm.Incidents;

/// <summary>
/// How a host runs known errors: their role policy. Not persisted: the host passes the same settings when a problem
/// creates a known error (through <see cref="ProblemSettings.KnownErrors"/>) and when it loads one.
/// </summary>
/// <remarks>Equality compares the values. Immutable and thread-safe.</remarks>
public sealed record KnownErrorSettings
{
    private readonly RolePolicy<KnownError, KnownErrorTrigger> _roles = KnownErrorRoles.Default;

    /// <summary>Gets the default settings: <see cref="KnownErrorRoles.Default"/>.</summary>
    public static KnownErrorSettings Default { get; } = new();

    /// <summary>Gets who may do what; <see cref="KnownErrorRoles.Default"/> by default.</summary>
    /// <exception cref="System.ArgumentNullException">Set to null.</exception>
    public RolePolicy<KnownError, KnownErrorTrigger> Roles
    {
        get => _roles;
        init => _roles = Preconditions.CheckNotNull(value);
    }
}
