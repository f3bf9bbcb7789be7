using System;

namespace Itsm.Core.Actors;

/// <summary>
/// A role an actor holds: who may fire which command is decided by roles (see <see cref="RolePolicy{TAggregate, TTrigger}"/>).
/// The roles of the source documents are in <see cref="Roles"/>; a host may define its own.
/// </summary>
/// <remarks>Names are compared ordinally. The default value is not a valid role. Immutable and thread-safe.</remarks>
public readonly struct Role : IEquatable<Role>
{
    private static readonly System.Buffers.SearchValues<char> NameCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    private readonly string? _name;

    /// <summary>Initializes a role.</summary>
    /// <param name="name">Lower-case letters, digits and '-', for example <c>incident-manager</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or has other characters.</exception>
    public Role(string name)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckArgument(
            name.Length > 0 && !name.AsSpan().ContainsAnyExcept(NameCharacters),
            nameof(name),
            $"'{name}' is not a role name; role names use lower-case letters, digits and '-'.");
        _name = name;
    }

    /// <summary>Gets the role's name.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Tests two roles for equality.</summary>
    public static bool operator ==(Role left, Role right) => left.Equals(right);

    /// <summary>Tests two roles for inequality.</summary>
    public static bool operator !=(Role left, Role right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(Role other) => string.Equals(_name, other._name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Role other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _name is null ? 0 : StringComparer.Ordinal.GetHashCode(_name);

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>The roles the source documents name.</summary>
public static class Roles
{
    /// <summary>Gets the role of <see cref="Actor.System"/>: time-driven and automatic changes.</summary>
    public static Role System { get; } = new("system");

    /// <summary>Gets the service desk agent: logs, classifies and first handles records.</summary>
    public static Role ServiceDeskAgent { get; } = new("service-desk-agent");

    /// <summary>Gets the resolver: works on assigned records in a support group.</summary>
    public static Role Resolver { get; } = new("resolver");

    /// <summary>Gets the incident manager: owns the incident process, declares major incidents.</summary>
    public static Role IncidentManager { get; } = new("incident-manager");

    /// <summary>Gets the problem manager: owns the problem process.</summary>
    public static Role ProblemManager { get; } = new("problem-manager");

    /// <summary>Gets the change manager: owns the change process.</summary>
    public static Role ChangeManager { get; } = new("change-manager");

    /// <summary>Gets the member of the change advisory board.</summary>
    public static Role CabMember { get; } = new("cab-member");

    /// <summary>Gets the configuration manager: keeps configuration items and baselines.</summary>
    public static Role ConfigurationManager { get; } = new("configuration-manager");

    /// <summary>Gets the release manager: plans, builds, schedules and deploys releases.</summary>
    public static Role ReleaseManager { get; } = new("release-manager");

    /// <summary>Gets a process owner.</summary>
    public static Role ProcessOwner { get; } = new("process-owner");

    /// <summary>Gets the management representative.</summary>
    public static Role ManagementRepresentative { get; } = new("management-representative");

    /// <summary>Gets top management.</summary>
    public static Role TopManagement { get; } = new("top-management");

    /// <summary>Gets the document controller.</summary>
    public static Role DocumentController { get; } = new("document-controller");

    /// <summary>Gets the auditor (independent of the audited work).</summary>
    public static Role Auditor { get; } = new("auditor");

    /// <summary>Gets the customer (or the caller acting for one).</summary>
    public static Role Customer { get; } = new("customer");
}
