using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Itsm.Core.Ids;

namespace Itsm.Configuration;

/// <summary>Builds a <see cref="ConfigurationGraph"/>; <see cref="Build"/> validates the whole graph.</summary>
/// <remarks>Not thread-safe.</remarks>
public sealed class ConfigurationGraphBuilder
{
    private readonly List<Id<Kinds.ConfigurationItem>> _items = [];
    private readonly List<Relationship> _relationships = [];
    private readonly List<RedundantGroup> _groups = [];

    internal ConfigurationGraphBuilder()
    {
    }

    /// <summary>Adds an item that may have no relationship yet.</summary>
    /// <param name="item">The item; not empty.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="item"/> is empty.</exception>
    public ConfigurationGraphBuilder Item(Id<Kinds.ConfigurationItem> item)
    {
        Preconditions.CheckArgument(!item.IsEmpty, nameof(item), "A configuration item has an id.");
        _items.Add(item);
        return this;
    }

    /// <summary>Adds a relationship: <paramref name="source"/> <paramref name="type"/> <paramref name="target"/>.</summary>
    /// <param name="source">The source; not empty.</param>
    /// <param name="type">The type.</param>
    /// <param name="target">The target; not empty, not the source.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is empty, or the item relates to itself.</exception>
    public ConfigurationGraphBuilder Relate(Id<Kinds.ConfigurationItem> source, RelationshipType type, Id<Kinds.ConfigurationItem> target)
    {
        Preconditions.CheckNotNull(type);
        Preconditions.CheckArgument(!source.IsEmpty && !target.IsEmpty, nameof(target), "A relationship names its source and its target.");
        Preconditions.CheckArgument(source != target, nameof(target), $"{source} cannot be related to itself.");
        _relationships.Add(new Relationship(source, type, target, null));
        return this;
    }

    /// <summary>Adds a relationship from an item to a redundant group it needs.</summary>
    /// <param name="source">The source; not empty.</param>
    /// <param name="type">The type.</param>
    /// <param name="group">The group's name (declared with <see cref="Group"/>, before or after).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    /// <exception cref="ArgumentException">The id or the group's name is empty.</exception>
    public ConfigurationGraphBuilder RelateToGroup(Id<Kinds.ConfigurationItem> source, RelationshipType type, string group)
    {
        Preconditions.CheckNotNull(type);
        Preconditions.CheckArgument(!source.IsEmpty && !string.IsNullOrWhiteSpace(group), nameof(group), "A relationship to a group names its source and the group.");
        _relationships.Add(new Relationship(source, type, null, group));
        return this;
    }

    /// <summary>Declares a redundant group: up while at least <paramref name="atLeast"/> of its members are up.</summary>
    /// <param name="name">The group's name, unique in the graph.</param>
    /// <param name="atLeast">How many members must be up, 1 to the number of members.</param>
    /// <param name="members">The members, distinct, at least one.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The name is empty, a member is empty or repeated, or
    /// <paramref name="atLeast"/> is outside 1 to the number of members.</exception>
    public ConfigurationGraphBuilder Group(string name, int atLeast, params Id<Kinds.ConfigurationItem>[] members)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "A redundant group has a name.");
        Preconditions.CheckNotNull(members);
        Preconditions.CheckArgument(members.Length > 0 && members.All(m => !m.IsEmpty) && members.Distinct().Count() == members.Length, nameof(members), $"Redundant group '{name}' has at least one member, each once.");
        Preconditions.CheckArgument(atLeast >= 1 && atLeast <= members.Length, nameof(atLeast), FormattableString.Invariant($"Redundant group '{name}' needs 1 to {members.Length} members up, not {atLeast}."));
        _groups.Add(new RedundantGroup(name, [.. members], atLeast));
        return this;
    }

    /// <summary>Validates and builds the graph.</summary>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentException">A group is declared twice or is needed without being declared, or a type that
    /// forbids cycles has one (the message gives the cycle).</exception>
    public ConfigurationGraph Build()
    {
        var repeated = _groups.GroupBy(g => g.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(repeated is null, "groups", $"Redundant group '{repeated?.Key}' is declared more than once.");
        var names = _groups.Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = _relationships.FirstOrDefault(r => r.Group is { } g && !names.Contains(g));
        Preconditions.CheckArgument(unknown is null, "groups", $"{unknown?.Source} {unknown?.Type} group '{unknown?.Group}', which is not declared.");
        foreach (var type in _relationships.Select(r => r.Type).Where(t => t.Acyclic).Distinct())
        {
            var cycle = CycleOf(type);
            Preconditions.CheckArgument(cycle is null, "relationships", $"A cycle of '{type}' relationships, which the type forbids: {cycle}.");
        }

        return new ConfigurationGraph(_relationships, _groups, _items);
    }

    /// <summary>A cycle of one type (a relationship to a group counts as one to each member), as text; null when none.</summary>
    private string? CycleOf(RelationshipType type)
    {
        var members = _groups.ToDictionary(g => g.Name, g => g.Members, StringComparer.Ordinal);
        var next = _relationships.Where(r => r.Type.Equals(type))
            .SelectMany(r => (r.Target is { } t ? [t] : members[r.Group!].AsEnumerable()).Select(t => (r.Source, Target: t)))
            .ToLookup(e => e.Source, e => e.Target);
        var state = new Dictionary<Id<Kinds.ConfigurationItem>, int>();
        var path = new List<Id<Kinds.ConfigurationItem>>();
        foreach (var start in next.Select(g => g.Key))
        {
            if (Visit(start) is { } found)
            {
                return found;
            }
        }

        return null;

        // Depth-first, iterative over the path so a deep chain does not exhaust the stack: 1 on the path, 2 done.
        string? Visit(Id<Kinds.ConfigurationItem> root)
        {
            if (state.GetValueOrDefault(root) != 0)
            {
                return null;
            }

            var stack = new Stack<(Id<Kinds.ConfigurationItem> Node, IEnumerator<Id<Kinds.ConfigurationItem>> Targets)>();
            state[root] = 1;
            path.Add(root);
            stack.Push((root, next[root].GetEnumerator()));
            while (stack.Count > 0)
            {
                var (node, targets) = stack.Peek();
                if (targets.MoveNext())
                {
                    var target = targets.Current;
                    int seen = state.GetValueOrDefault(target);
                    if (seen == 1)
                    {
                        int from = path.IndexOf(target);
                        return string.Join($" {type} ", path.Skip(from).Append(target));
                    }

                    if (seen == 0)
                    {
                        state[target] = 1;
                        path.Add(target);
                        stack.Push((target, next[target].GetEnumerator()));
                    }
                }
                else
                {
                    state[node] = 2;
                    path.RemoveAt(path.Count - 1);
                    stack.Pop();
                }
            }

            return null;
        }
    }
}
