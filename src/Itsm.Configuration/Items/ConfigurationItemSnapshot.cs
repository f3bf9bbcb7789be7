using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Configuration;

/// <summary>
/// A configuration item as it stood at one of its versions: what a version leads to, and what a
/// <see cref="Baseline"/> keeps. Compare two with <see cref="DifferencesTo"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. Two snapshots are equal when every field and every attribute is.</remarks>
public sealed class ConfigurationItemSnapshot : IEquatable<ConfigurationItemSnapshot>
{
    /// <summary>Initializes a snapshot.</summary>
    /// <param name="id">The item's id; not empty.</param>
    /// <param name="type">The item's type (server, application, service...); not blank.</param>
    /// <param name="name">The item's name; not blank.</param>
    /// <param name="owner">The owner's actor id; not blank.</param>
    /// <param name="criticality">The criticality.</param>
    /// <param name="state">The status.</param>
    /// <param name="attributes">The attributes, by name.</param>
    /// <param name="version">The item's version number this snapshot is, from 1.</param>
    /// <param name="at">When that version was recorded.</param>
    /// <param name="change">The change that version was recorded under, if any.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An empty id, a blank type, name or owner, a bad attribute name or a null
    /// attribute value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The criticality or state is not defined, or the version is below 1.</exception>
    public ConfigurationItemSnapshot(
        Id<Kinds.ConfigurationItem> id,
        string type,
        string name,
        string owner,
        Criticality criticality,
        ConfigurationItemState state,
        IEnumerable<KeyValuePair<string, AttributeValue>> attributes,
        int version,
        Instant at,
        Id<Kinds.Change>? change)
    {
        Preconditions.CheckArgument(!id.IsEmpty, nameof(id), "A configuration item snapshot needs the item's id.");
        ConfigurationItem.CheckFields(type, name, owner, criticality);
        Preconditions.CheckArgument(Enum.IsDefined(state), nameof(state), $"{state} is not a configuration item state.");
        Preconditions.CheckArgument(version >= 1, nameof(version), FormattableString.Invariant($"Versions count from 1, not {version}."));
        Preconditions.CheckArgument(change is not { IsEmpty: true }, nameof(change), "A change id is not empty.");
        Id = id;
        Type = type;
        Name = name;
        Owner = owner;
        Criticality = criticality;
        State = state;
        Attributes = ConfigurationItem.CheckAttributes(attributes, nameof(attributes));
        Version = version;
        At = at;
        Change = change;
    }

    private ConfigurationItemSnapshot(ConfigurationItemSnapshot from, string name, string owner, Criticality criticality, ConfigurationItemState state, ImmutableSortedDictionary<string, AttributeValue> attributes, Instant at, Id<Kinds.Change>? change)
    {
        Id = from.Id;
        Type = from.Type;
        Name = name;
        Owner = owner;
        Criticality = criticality;
        State = state;
        Attributes = attributes;
        Version = from.Version + 1;
        At = at;
        Change = change;
    }

    /// <summary>Gets the item's id.</summary>
    public Id<Kinds.ConfigurationItem> Id { get; }

    /// <summary>Gets the item's type.</summary>
    public string Type { get; }

    /// <summary>Gets the item's name.</summary>
    public string Name { get; }

    /// <summary>Gets the owner's actor id.</summary>
    public string Owner { get; }

    /// <summary>Gets the criticality.</summary>
    public Criticality Criticality { get; }

    /// <summary>Gets the status.</summary>
    public ConfigurationItemState State { get; }

    /// <summary>Gets the attributes, by name (ordinal order).</summary>
    public ImmutableSortedDictionary<string, AttributeValue> Attributes { get; }

    /// <summary>Gets the item's version number this snapshot is.</summary>
    public int Version { get; }

    /// <summary>Gets when that version was recorded.</summary>
    public Instant At { get; }

    /// <summary>Gets the change that version was recorded under, if any.</summary>
    public Id<Kinds.Change>? Change { get; }

    /// <summary>The fields that differ from this snapshot to a later one of the same item (or to any snapshot): name,
    /// owner, criticality, status, then attributes in ordinal order of their names. Version, instant and change are not
    /// fields.</summary>
    /// <param name="later">The other snapshot.</param>
    /// <returns>The differences; empty when the item's data is the same.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="later"/> is null.</exception>
    public IReadOnlyList<ConfigurationDifference> DifferencesTo(ConfigurationItemSnapshot later)
    {
        Preconditions.CheckNotNull(later);
        var differences = new List<ConfigurationDifference>();
        Field(ConfigurationDifference.TypeField, Type, later.Type);
        Field(ConfigurationDifference.NameField, Name, later.Name);
        Field(ConfigurationDifference.OwnerField, Owner, later.Owner);
        Field(ConfigurationDifference.CriticalityField, Criticality.ToString(), later.Criticality.ToString());
        Field(ConfigurationDifference.StatusField, State.ToString(), later.State.ToString());
        if (!ReferenceEquals(Attributes, later.Attributes))
        {
            foreach (var name in Attributes.Keys.Union(later.Attributes.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                var before = Attributes.GetValueOrDefault(name);
                var after = later.Attributes.GetValueOrDefault(name);
                if (before != after)
                {
                    differences.Add(new(ConfigurationDifference.AttributePrefix + name, before?.ToString(), after?.ToString()));
                }
            }
        }

        return differences;

        void Field(string field, string before, string after)
        {
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                differences.Add(new(field, before, after));
            }
        }
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConfigurationItemSnapshot);

    /// <summary>Writes the item and its version: <c>mx-01 v3 (Production)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => FormattableString.Invariant($"{Id} v{Version} ({State})");

    /// <summary>The next version, from values the item has checked.</summary>
    internal ConfigurationItemSnapshot Next(Instant at, Id<Kinds.Change>? change, string? name = null, string? owner = null, Criticality? criticality = null, ConfigurationItemState? state = null, ImmutableSortedDictionary<string, AttributeValue>? attributes = null) =>
        new(this, name ?? Name, owner ?? Owner, criticality ?? Criticality, state ?? State, attributes ?? Attributes, at, change);

    /// <inheritdoc />
    public bool Equals(ConfigurationItemSnapshot? other) =>
        ReferenceEquals(this, other)
        || (other is not null
        && Id == other.Id
        && Version == other.Version
        && At == other.At
        && Change == other.Change
        && DifferencesTo(other).Count == 0);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Version, At, Name, State);
}
