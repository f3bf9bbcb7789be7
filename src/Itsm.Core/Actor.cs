using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Itsm.Core.Actors;

namespace Itsm.Core;

/// <summary>
/// Who caused a command: a person, or the system itself (a timer, an integration).
/// </summary>
/// <remarks>
/// Every command and every domain event names its actor, so a record's history says who did what. What an actor may
/// do follows from its <see cref="Roles"/> and the record's role policy.
/// Equality compares <see cref="Id"/> only: the display name and roles describe the same person at one moment.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class Actor : IEquatable<Actor>
{
    /// <summary>Initializes an actor.</summary>
    /// <param name="id">A stable id from the host's identity system; not empty.</param>
    /// <param name="displayName">A name for people to read; not empty.</param>
    /// <param name="roles">The roles the actor holds; none when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="displayName"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty or white space, or a role is the default value.</exception>
    public Actor(string id, string displayName, IEnumerable<Role>? roles = null)
    {
        Preconditions.CheckNotNull(id);
        Preconditions.CheckNotNull(displayName);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(id), nameof(id), "An actor needs an id that is not empty.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(displayName), nameof(displayName), "An actor needs a display name that is not empty.");
        Id = id;
        DisplayName = displayName;
        Roles = (roles ?? []).ToImmutableSortedSet(Comparer<Role>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name)));
        Preconditions.CheckArgument(!Roles.Contains(default), nameof(roles), "A role in the list is the default (empty) role.");
    }

    /// <summary>Gets the system itself, for time-driven and automatic changes (id <c>system</c>).</summary>
    public static Actor System { get; } = new("system", "System", [Actors.Roles.System]);

    /// <summary>Gets the actor's stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the name people read.</summary>
    public string DisplayName { get; }

    /// <summary>Gets the roles the actor holds, ordered by name.</summary>
    public IReadOnlySet<Role> Roles { get; }

    /// <summary>Returns whether the actor holds a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>True when held.</returns>
    public bool HasRole(Role role) => Roles.Contains(role);

    /// <summary>Gets a value indicating whether this is <see cref="System"/>.</summary>
    public bool IsSystem => Id == System.Id;

    /// <inheritdoc />
    public bool Equals(Actor? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Actor);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Formats the actor as <c>DisplayName (Id)</c>.</summary>
    /// <returns>The display name and the id.</returns>
    public override string ToString() => DisplayName + " (" + Id + ")";
}
