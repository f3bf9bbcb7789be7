using System.Collections.Generic;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Configuration;

/// <summary>One version of a configuration item: who changed it, when, under which change, what changed, and the
/// item as it stood afterwards.</summary>
/// <param name="Number">The version number, from 1 (the registration).</param>
/// <param name="At">When.</param>
/// <param name="By">Who (an actor id).</param>
/// <param name="Change">The authorised change it was made under, if any.</param>
/// <param name="RequiredChange">Whether it needed one (<see cref="ConfigurationItem.RequiresChange(ConfigurationItemState, ConfigurationItemTrigger)"/>):
/// into, out of or within production.</param>
/// <param name="Differences">What changed: for version 1, every field from nothing.</param>
/// <param name="After">The item as it stood after this version.</param>
public sealed record ConfigurationItemVersion(int Number, Instant At, string By, Id<Kinds.Change>? Change, bool RequiredChange, IReadOnlyList<ConfigurationDifference> Differences, ConfigurationItemSnapshot After);

/// <summary>What the host knows about an item it asks to retire: facts that live outside Configuration.</summary>
/// <param name="OpenIncidents">How many incidents on the item are still open (an item retires only with none).</param>
/// <param name="Dependants">The items that depend on it (for example <see cref="ConfigurationGraph.ChildrenOf"/>), each
/// of which must have acknowledged the retirement (<see cref="ConfigurationItem.AcknowledgeRetirement"/>).</param>
public readonly record struct RetirementFacts(int OpenIncidents, IReadOnlyCollection<Id<Kinds.ConfigurationItem>> Dependants);

/// <summary>A change to a configuration item's data: a new name, owner or criticality, attributes set or removed. Fields
/// left null keep their value.</summary>
/// <param name="Name">The new name, or null.</param>
/// <param name="Owner">The new owner's actor id, or null.</param>
/// <param name="Criticality">The new criticality, or null.</param>
/// <param name="Set">The attributes to set, by name, or null.</param>
/// <param name="Remove">The attributes to remove, or null.</param>
public sealed record ConfigurationItemUpdate(
    string? Name = null,
    string? Owner = null,
    Criticality? Criticality = null,
    IReadOnlyDictionary<string, AttributeValue>? Set = null,
    IReadOnlyCollection<string>? Remove = null);
