using System;

namespace Itsm.Core;

/// <summary>
/// Who caused a command: a person, or the system itself (a timer, an integration).
/// </summary>
/// <remarks>
/// Every command and every domain event names its actor, so a record's history says who did what.
/// Equality compares <see cref="Id"/> only: the display name is for people. Instances are immutable and thread-safe.
/// </remarks>
public sealed class Actor : IEquatable<Actor>
{
    /// <summary>Initializes an actor.</summary>
    /// <param name="id">A stable id from the host's identity system; not empty.</param>
    /// <param name="displayName">A name for people to read; not empty.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty or white space.</exception>
    public Actor(string id, string displayName)
    {
        Preconditions.CheckNotNull(id);
        Preconditions.CheckNotNull(displayName);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(id), nameof(id), "An actor needs an id that is not empty.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(displayName), nameof(displayName), "An actor needs a display name that is not empty.");
        Id = id;
        DisplayName = displayName;
    }

    /// <summary>Gets the system itself, for time-driven and automatic changes (id <c>system</c>).</summary>
    public static Actor System { get; } = new("system", "System");

    /// <summary>Gets the actor's stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the name people read.</summary>
    public string DisplayName { get; }

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
