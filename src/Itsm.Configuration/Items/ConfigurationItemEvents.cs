using System.Collections.Generic;
using Itsm.Core;
using Itsm.Core.Events;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Configuration;

/// <summary>An event in a configuration item's history.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
public abstract record ConfigurationItemEvent(Instant At, Actor Actor) : DomainEvent(At, Actor);

/// <summary>An item was registered, Planned (its version 1).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Id">The item's id.</param>
/// <param name="Type">Its type.</param>
/// <param name="Name">Its name.</param>
/// <param name="Owner">The owner's actor id.</param>
/// <param name="Criticality">Its criticality.</param>
/// <param name="Attributes">Its attributes, by name.</param>
[EventType("configuration-item.registered", 1)]
public sealed record ConfigurationItemRegistered(Instant At, Actor Actor, Id<Kinds.ConfigurationItem> Id, string Type, string Name, string Owner, Criticality Criticality, IReadOnlyDictionary<string, AttributeValue> Attributes)
    : ConfigurationItemEvent(At, Actor);

/// <summary>The item's status changed (a new version).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="To">The new status.</param>
/// <param name="Change">The authorised change it was made under, if any (always, into or out of production).</param>
/// <param name="Note">Why, if said.</param>
[EventType("configuration-item.status-changed", 1)]
public sealed record ConfigurationItemStatusChanged(Instant At, Actor Actor, ConfigurationItemState To, Id<Kinds.Change>? Change, string? Note)
    : ConfigurationItemEvent(At, Actor);

/// <summary>The item's data changed (a new version).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Change">The authorised change it was made under, if any (always, in production).</param>
/// <param name="Name">The new name, if it changed.</param>
/// <param name="Owner">The new owner's actor id, if it changed.</param>
/// <param name="Criticality">The new criticality, if it changed.</param>
/// <param name="Set">The attributes set, by name.</param>
/// <param name="Removed">The attributes removed.</param>
[EventType("configuration-item.updated", 1)]
public sealed record ConfigurationItemUpdated(Instant At, Actor Actor, Id<Kinds.Change>? Change, string? Name, string? Owner, Criticality? Criticality, IReadOnlyDictionary<string, AttributeValue> Set, IReadOnlyList<string> Removed)
    : ConfigurationItemEvent(At, Actor);

/// <summary>A dependant's owner acknowledged the item's coming retirement (not a version: the item's data is unchanged).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who acknowledged.</param>
/// <param name="Dependant">The dependant item.</param>
[EventType("configuration-item.retirement-acknowledged", 1)]
public sealed record ConfigurationItemRetirementAcknowledged(Instant At, Actor Actor, Id<Kinds.ConfigurationItem> Dependant)
    : ConfigurationItemEvent(At, Actor);
