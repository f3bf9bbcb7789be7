using System.Collections.Generic;
using System.Linq;
using Ardalis.Specification;
using Itsm.Core.Configuration;
using Itsm.Core.Ids;

namespace Itsm.Configuration;

/// <summary>Configuration items in use: neither retired nor disposed, in ordinal order of their ids.</summary>
/// <remarks>Works in memory (<c>Evaluate</c>, <c>IsSatisfiedBy</c>) and against a host's repository.</remarks>
public sealed class ItemsInUseSpec : Specification<ConfigurationItem>
{
    /// <summary>Initializes the specification.</summary>
    public ItemsInUseSpec() =>
        Query.Where(i => i.State != ConfigurationItemState.Retired && i.State != ConfigurationItemState.Disposed)
            .OrderBy(i => i.Id.Value);
}

/// <summary>
/// Compliance (ISO/IEC 20000-1 8.2.6): configuration items with a version that entered, left or changed production
/// without a change id, or (given the host's authorised changes) under a change that is not one of them. The item's
/// commands refuse the first; its replay does not, so the rule finds records that came from elsewhere or were edited
/// by hand.
/// </summary>
public sealed class ProductionItemsChangedWithoutChangeSpec : Specification<ConfigurationItem>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="authorised">The ids of the changes the host knows as authorised; null to look only for missing ids.</param>
    public ProductionItemsChangedWithoutChangeSpec(IReadOnlySet<Id<Kinds.Change>>? authorised = null) =>
        Query.Where(i => i.Versions.Any(v => v.RequiredChange && (v.Change == null || (authorised != null && !authorised.Contains(v.Change.Value)))));
}

/// <summary>Compliance (8.5.3): releases whose deployment started without a baseline of their items captured before
/// it. The lifecycle refuses this; the rule finds records that came from elsewhere or were edited by hand.</summary>
public sealed class ReleasesDeployedWithoutBaselineSpec : Specification<Release>
{
    /// <summary>Initializes the specification.</summary>
    public ReleasesDeployedWithoutBaselineSpec() =>
        Query.Where(r => r.DeploymentStartedAt != null && (r.BaselineTakenAt == null || r.BaselineTakenAt > r.DeploymentStartedAt));
}

/// <summary>Compliance (8.2.6): relationships whose source or target is not a configuration item in use (unknown to
/// the host, or retired or disposed): the configuration information is inaccurate.</summary>
public sealed class DanglingRelationshipsSpec : Specification<Relationship>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="inUse">The ids of the items in use (registered, neither retired nor disposed).</param>
    public DanglingRelationshipsSpec(IReadOnlySet<Id<Kinds.ConfigurationItem>> inUse) =>
        Query.Where(r => !inUse.Contains(r.Source) || (r.Target != null && !inUse.Contains(r.Target.Value)));
}

/// <summary>Compliance (8.2.6): retired or disposed configuration items that an item in use still depends on, is
/// hosted on, is part of or is connected to (a child in the relationship graph).</summary>
public sealed class RetiredItemsStillDependedOnSpec : Specification<ConfigurationItem>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="relations">The relationship graph (<see cref="ConfigurationGraph"/>, or the host's own).</param>
    /// <param name="retired">The ids of the items retired or disposed; every other item counts as in use.</param>
    public RetiredItemsStillDependedOnSpec(IConfigurationRelations relations, IReadOnlySet<Id<Kinds.ConfigurationItem>> retired) =>
        Query.Where(i => (i.State == ConfigurationItemState.Retired || i.State == ConfigurationItemState.Disposed)
            && relations.ChildrenOf(i.Id).Any(child => !retired.Contains(child)));
}
