using System.Collections.Generic;
using System.Linq;
using Itsm.Core.Configuration;
using Itsm.Core.Ids;

namespace Itsm.Testing;

/// <summary>The relationships between configuration items as a table of (parent, child) pairs: the simplest
/// <see cref="IConfigurationRelations"/>, for tests and samples of the change schedule.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ConfigurationRelationsTable : IConfigurationRelations
{
    private readonly ILookup<Id<Kinds.ConfigurationItem>, Id<Kinds.ConfigurationItem>> _parents;
    private readonly ILookup<Id<Kinds.ConfigurationItem>, Id<Kinds.ConfigurationItem>> _children;

    /// <summary>Initializes the table.</summary>
    /// <param name="pairs">The (parent, child) pairs.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="pairs"/> is null.</exception>
    public ConfigurationRelationsTable(IEnumerable<(Id<Kinds.ConfigurationItem> Parent, Id<Kinds.ConfigurationItem> Child)> pairs)
    {
        Pairs = [.. Preconditions.CheckNotNull(pairs)];
        _parents = Pairs.ToLookup(p => p.Child, p => p.Parent);
        _children = Pairs.ToLookup(p => p.Parent, p => p.Child);
    }

    /// <summary>Gets the (parent, child) pairs.</summary>
    public IReadOnlyList<(Id<Kinds.ConfigurationItem> Parent, Id<Kinds.ConfigurationItem> Child)> Pairs { get; }

    /// <inheritdoc />
    public IEnumerable<Id<Kinds.ConfigurationItem>> ParentsOf(Id<Kinds.ConfigurationItem> item) => _parents[item];

    /// <inheritdoc />
    public IEnumerable<Id<Kinds.ConfigurationItem>> ChildrenOf(Id<Kinds.ConfigurationItem> item) => _children[item];
}
