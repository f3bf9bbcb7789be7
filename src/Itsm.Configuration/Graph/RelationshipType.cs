using System;

namespace Itsm.Configuration;

/// <summary>
/// A kind of relationship between configuration items, read "source <c>Name</c> target" (a mail server depends on a
/// database): whether the graph may hold a cycle of it, and whether a failure of the target brings the source down.
/// <see cref="DependsOn"/>, <see cref="HostedOn"/>, <see cref="PartOf"/> and <see cref="ConnectedTo"/> are given; a
/// host defines its own.
/// </summary>
/// <remarks>Equality is by name (ordinal). Immutable and thread-safe.</remarks>
public sealed class RelationshipType : IEquatable<RelationshipType>
{
    /// <summary>Initializes a type.</summary>
    /// <param name="name">The name, as the relationship reads; not empty.</param>
    /// <param name="acyclic">Whether a cycle of this type is refused.</param>
    /// <param name="propagatesFailure">Whether the source is down when the target is.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public RelationshipType(string name, bool acyclic, bool propagatesFailure)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "A relationship type has a name.");
        Name = name;
        Acyclic = acyclic;
        PropagatesFailure = propagatesFailure;
    }

    /// <summary>Gets "depends on": acyclic; the source is down when the target is.</summary>
    public static RelationshipType DependsOn { get; } = new("depends on", acyclic: true, propagatesFailure: true);

    /// <summary>Gets "hosted on": acyclic; the source is down when its host is.</summary>
    public static RelationshipType HostedOn { get; } = new("hosted on", acyclic: true, propagatesFailure: true);

    /// <summary>Gets "part of": acyclic; a failed whole does not by itself bring its parts down.</summary>
    public static RelationshipType PartOf { get; } = new("part of", acyclic: true, propagatesFailure: false);

    /// <summary>Gets "connected to": cycles allowed; no failure propagates.</summary>
    public static RelationshipType ConnectedTo { get; } = new("connected to", acyclic: false, propagatesFailure: false);

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets a value indicating whether a cycle of this type is refused.</summary>
    public bool Acyclic { get; }

    /// <summary>Gets a value indicating whether the source is down when the target is.</summary>
    public bool PropagatesFailure { get; }

    /// <inheritdoc />
    public bool Equals(RelationshipType? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RelationshipType);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <inheritdoc />
    public override string ToString() => Name;
}
