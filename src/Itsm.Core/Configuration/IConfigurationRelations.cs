using System.Collections.Generic;
using Itsm.Core.Ids;

namespace Itsm.Core.Configuration;

/// <summary>
/// The direct relationships between configuration items, as the change schedule reads them to find changes that touch
/// an item's parent or child at the same time. The configuration package's graph implements it, or a host's own
/// configuration database does; the change package never sees which.
/// </summary>
/// <remarks>Implementations answer quickly (the schedule asks once per item of a change) and are safe to call from
/// several threads when the schedule is.</remarks>
public interface IConfigurationRelations
{
    /// <summary>The items an item directly depends on, is hosted on or is part of.</summary>
    /// <param name="item">The item.</param>
    /// <returns>Its parents; empty for an item the graph does not know.</returns>
    IEnumerable<Id<Kinds.ConfigurationItem>> ParentsOf(Id<Kinds.ConfigurationItem> item);

    /// <summary>The items that directly depend on, are hosted on or are part of an item.</summary>
    /// <param name="item">The item.</param>
    /// <returns>Its children; empty for an item the graph does not know.</returns>
    IEnumerable<Id<Kinds.ConfigurationItem>> ChildrenOf(Id<Kinds.ConfigurationItem> item);
}
