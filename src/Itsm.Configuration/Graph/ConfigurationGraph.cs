using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Itsm.Core.Configuration;
using Itsm.Core.Ids;

namespace Itsm.Configuration;

/// <summary>A redundant group of configuration items: up while at least <paramref name="AtLeast"/> of its members are up.</summary>
/// <param name="Name">The group's name, unique in the graph.</param>
/// <param name="Members">The members.</param>
/// <param name="AtLeast">How many members must be up, 1 to the number of members.</param>
public sealed record RedundantGroup(string Name, ImmutableArray<Id<Kinds.ConfigurationItem>> Members, int AtLeast);

/// <summary>A relationship: <paramref name="Source"/> <paramref name="Type"/> <paramref name="Target"/>, or, when
/// <paramref name="Group"/> is set, the source needs that redundant group.</summary>
/// <param name="Source">The source item.</param>
/// <param name="Type">The type.</param>
/// <param name="Target">The target item; null for a relationship to a group.</param>
/// <param name="Group">The redundant group's name; null for a relationship to an item.</param>
public sealed record Relationship(Id<Kinds.ConfigurationItem> Source, RelationshipType Type, Id<Kinds.ConfigurationItem>? Target, string? Group);

/// <summary>What a set of failures brings down.</summary>
/// <param name="Down">Every item that is down: the failed ones and those whose needs are down.</param>
/// <param name="DownGroups">The redundant groups with too few members up.</param>
public sealed record ImpactResult(IReadOnlySet<Id<Kinds.ConfigurationItem>> Down, IReadOnlySet<string> DownGroups);

/// <summary>
/// The relationship graph of configuration items: typed relationships (a cycle refused where the type forbids it),
/// redundant groups ("at least k of n"), and impact analysis: <see cref="ImpactOf"/> (what a set of failures brings
/// down, downwards, with redundancy), <see cref="Upstream"/> (what an item relies on) and <see cref="Downstream"/>
/// (what relies on it). It answers the change schedule's question of parents and children
/// (<see cref="IConfigurationRelations"/>).
/// </summary>
/// <remarks>
/// <para>Built once (<see cref="Builder"/>), validated as it is built; items are indexed to integers and relationships
/// kept in flat arrays, so an impact analysis is linear in what it visits. Immutable and thread-safe.</para>
/// <para>An item is down when it failed, or when it has a relationship whose type propagates failure to an item that is
/// down or to a redundant group that is down (fewer than its <c>AtLeast</c> members up). The least such set: cycles do
/// not bring anything down by themselves.</para>
/// </remarks>
public sealed partial class ConfigurationGraph : IConfigurationRelations
{
    private readonly Id<Kinds.ConfigurationItem>[] _items;
    private readonly Dictionary<Id<Kinds.ConfigurationItem>, int> _index;
    // Relationship r: its source item, its target item (or -1), its target group (or -1), its type; flat arrays, so a
    // relationship costs a few bytes and no object. The records of Relationships are made when first asked.
    private readonly int[] _src;
    private readonly int[] _dst;
    private readonly int[] _grp;
    private readonly short[] _typeOf;
    private readonly RelationshipType[] _types;
    private readonly bool[] _propagates;
    private readonly Lazy<Relationship[]> _relationships;

    // Item to item relationships, by source and by target (relationship numbers), in flat arrays.
    private readonly int[] _outStart;
    private readonly int[] _out;
    private readonly int[] _inStart;
    private readonly int[] _in;

    // Groups: members (item indexes), AtLeast, the relationships that need each group, and each item's groups.
    private readonly RedundantGroup[] _groups;
    private readonly Dictionary<string, int> _groupIndex;
    private readonly int[][] _groupMembers;
    private readonly int[] _groupInStart;
    private readonly int[] _groupIn;
    private readonly int[] _groupOutStart;
    private readonly int[] _groupOut;
    private readonly int[][] _groupsOf;

    /// <summary>Initializes a graph from validated parts (<see cref="ConfigurationGraphBuilder.Build"/>).</summary>
    internal ConfigurationGraph(IReadOnlyList<Relationship> relationships, IReadOnlyList<RedundantGroup> groups, IEnumerable<Id<Kinds.ConfigurationItem>> items)
    {
        var given = relationships as Relationship[] ?? [.. relationships];
        _groups = [.. groups];
        _index = [];
        var ordered = new List<Id<Kinds.ConfigurationItem>>();
        int Add(Id<Kinds.ConfigurationItem> id)
        {
            if (!_index.TryGetValue(id, out int at))
            {
                at = ordered.Count;
                _index[id] = at;
                ordered.Add(id);
            }

            return at;
        }

        foreach (var item in items)
        {
            Add(item);
        }

        _groupIndex = _groups.Select((g, i) => (g.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        _types = [.. given.Select(r => r.Type).Distinct()];
        var typeNumbers = _types.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => (short)p.i);
        _propagates = [.. _types.Select(t => t.PropagatesFailure)];
        int n = given.Length;
        (_src, _dst, _grp, _typeOf) = (new int[n], new int[n], new int[n], new short[n]);
        for (int r = 0; r < n; r++)
        {
            var relationship = given[r];
            _src[r] = Add(relationship.Source);
            _dst[r] = relationship.Target is { } target ? Add(target) : -1;
            _grp[r] = relationship.Group is { } group ? _groupIndex[group] : -1;
            _typeOf[r] = typeNumbers[relationship.Type];
        }

        foreach (var g in _groups)
        {
            foreach (var m in g.Members)
            {
                Add(m);
            }
        }

        _items = [.. ordered];
        _groupMembers = [.. _groups.Select(g => g.Members.Select(m => _index[m]).Distinct().ToArray())];

        var itemEdges = Enumerable.Range(0, n).Where(r => _dst[r] >= 0).ToArray();
        (_outStart, _out) = Compress(_items.Length, itemEdges, r => _src[r]);
        (_inStart, _in) = Compress(_items.Length, itemEdges, r => _dst[r]);
        var groupEdges = Enumerable.Range(0, n).Where(r => _grp[r] >= 0).ToArray();
        (_groupOutStart, _groupOut) = Compress(_items.Length, groupEdges, r => _src[r]);
        (_groupInStart, _groupIn) = Compress(_groups.Length, groupEdges, r => _grp[r]);
        var groupsOf = _items.Select(_ => new List<int>()).ToArray();
        for (int g = 0; g < _groupMembers.Length; g++)
        {
            foreach (int m in _groupMembers[g])
            {
                groupsOf[m].Add(g);
            }
        }

        _groupsOf = [.. groupsOf.Select(l => l.ToArray())];
        _relationships = new(() => [.. Enumerable.Range(0, n).Select(r => new Relationship(_items[_src[r]], _types[_typeOf[r]], _dst[r] >= 0 ? _items[_dst[r]] : null, _grp[r] >= 0 ? _groups[_grp[r]].Name : null))]);
    }

    /// <summary>Gets every item the graph knows (named by a relationship, a group, or added on its own).</summary>
    public IReadOnlyList<Id<Kinds.ConfigurationItem>> Items => _items;

    /// <summary>Gets the relationships, in the order they were added.</summary>
    public IReadOnlyList<Relationship> Relationships => _relationships.Value;

    /// <summary>Gets the redundant groups.</summary>
    public IReadOnlyList<RedundantGroup> Groups => _groups;

    /// <summary>Starts a graph.</summary>
    /// <returns>An empty builder.</returns>
    public static ConfigurationGraphBuilder Builder() => new();

    /// <summary>What a set of failed items brings down, downwards, with redundancy.</summary>
    /// <param name="failed">The failed items (ones the graph does not know are down by themselves only).</param>
    /// <returns>The items and groups that are down.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="failed"/> is null.</exception>
    public ImpactResult ImpactOf(IEnumerable<Id<Kinds.ConfigurationItem>> failed)
    {
        Preconditions.CheckNotNull(failed);
        var down = new bool[_items.Length];
        var groupDown = new bool[_groups.Length];
        var membersUp = _groupMembers.Select(m => m.Length).ToArray();
        var work = new Stack<int>();
        var outside = new HashSet<Id<Kinds.ConfigurationItem>>();
        foreach (var item in failed)
        {
            if (_index.TryGetValue(item, out int i))
            {
                Fail(i);
            }
            else
            {
                outside.Add(item);
            }
        }

        while (work.Count > 0)
        {
            int i = work.Pop();
            for (int k = _inStart[i]; k < _inStart[i + 1]; k++)
            {
                int r = _in[k];
                if (_propagates[_typeOf[r]])
                {
                    Fail(_src[r]);
                }
            }

            foreach (int g in _groupsOf[i])
            {
                membersUp[g]--;
                if (!groupDown[g] && membersUp[g] < _groups[g].AtLeast)
                {
                    groupDown[g] = true;
                    for (int k = _groupInStart[g]; k < _groupInStart[g + 1]; k++)
                    {
                        int r = _groupIn[k];
                        if (_propagates[_typeOf[r]])
                        {
                            Fail(_src[r]);
                        }
                    }
                }
            }
        }

        var items = new HashSet<Id<Kinds.ConfigurationItem>>(outside);
        for (int i = 0; i < down.Length; i++)
        {
            if (down[i])
            {
                items.Add(_items[i]);
            }
        }

        return new ImpactResult(items, _groups.Where((_, g) => groupDown[g]).Select(g => g.Name).ToHashSet(StringComparer.Ordinal));

        void Fail(int i)
        {
            if (!down[i])
            {
                down[i] = true;
                work.Push(i);
            }
        }
    }

    /// <summary>Everything an item relies on, through relationships that propagate failure (a group's members
    /// included), transitively; the item itself left out.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The items upstream; empty for an item the graph does not know.</returns>
    public IReadOnlySet<Id<Kinds.ConfigurationItem>> Upstream(Id<Kinds.ConfigurationItem> item) =>
        Reach(item, i => Needs(i).Where(Propagates).SelectMany(Targets));

    /// <summary>Everything that relies on an item, through relationships that propagate failure, transitively and
    /// whatever the redundancy (what a failure could reach); the item itself left out.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The items downstream; empty for an item the graph does not know.</returns>
    public IReadOnlySet<Id<Kinds.ConfigurationItem>> Downstream(Id<Kinds.ConfigurationItem> item) =>
        Reach(item, i => NeededBy(i).Where(Propagates).Select(r => _src[r]));

    /// <inheritdoc />
    /// <remarks>The targets of the item's relationships of every type, and the members of the groups it needs.</remarks>
    public IEnumerable<Id<Kinds.ConfigurationItem>> ParentsOf(Id<Kinds.ConfigurationItem> item) =>
        _index.TryGetValue(item, out int i) ? Needs(i).SelectMany(Targets).Distinct().Select(t => _items[t]) : [];

    /// <inheritdoc />
    /// <remarks>The sources of relationships of every type to the item, and of relationships to the groups it is a
    /// member of.</remarks>
    public IEnumerable<Id<Kinds.ConfigurationItem>> ChildrenOf(Id<Kinds.ConfigurationItem> item) =>
        _index.TryGetValue(item, out int i) ? NeededBy(i).Select(r => _src[r]).Distinct().Select(s => _items[s]) : [];

    /// <summary>The relationships (numbers) from an item, to items and to groups.</summary>
    private IEnumerable<int> Needs(int i)
    {
        for (int k = _outStart[i]; k < _outStart[i + 1]; k++)
        {
            yield return _out[k];
        }

        for (int k = _groupOutStart[i]; k < _groupOutStart[i + 1]; k++)
        {
            yield return _groupOut[k];
        }
    }

    /// <summary>The relationships (numbers) to an item, and to the groups it is a member of.</summary>
    private IEnumerable<int> NeededBy(int i)
    {
        for (int k = _inStart[i]; k < _inStart[i + 1]; k++)
        {
            yield return _in[k];
        }

        foreach (int g in _groupsOf[i])
        {
            for (int k = _groupInStart[g]; k < _groupInStart[g + 1]; k++)
            {
                yield return _groupIn[k];
            }
        }
    }

    private bool Propagates(int r) => _propagates[_typeOf[r]];

    private IEnumerable<int> Targets(int r) => _dst[r] >= 0 ? [_dst[r]] : _groupMembers[_grp[r]];

    private HashSet<Id<Kinds.ConfigurationItem>> Reach(Id<Kinds.ConfigurationItem> item, Func<int, IEnumerable<int>> next)
    {
        var found = new HashSet<Id<Kinds.ConfigurationItem>>();
        if (!_index.TryGetValue(item, out int start))
        {
            return found;
        }

        var seen = new bool[_items.Length];
        seen[start] = true;
        var work = new Stack<int>([start]);
        while (work.Count > 0)
        {
            foreach (int j in next(work.Pop()))
            {
                if (!seen[j])
                {
                    seen[j] = true;
                    found.Add(_items[j]);
                    work.Push(j);
                }
            }
        }

        return found;
    }

    private static (int[] Start, int[] Edges) Compress(int nodes, int[] edges, Func<int, int> nodeOf)
    {
        var start = new int[nodes + 1];
        foreach (int e in edges)
        {
            start[nodeOf(e) + 1]++;
        }

        for (int i = 0; i < nodes; i++)
        {
            start[i + 1] += start[i];
        }

        var next = (int[])start.Clone();
        var flat = new int[edges.Length];
        foreach (int e in edges)
        {
            flat[next[nodeOf(e)]++] = e;
        }

        return (start, flat);
    }
}
