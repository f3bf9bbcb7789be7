using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Configuration;
using Itsm.Core.Ids;
using Itsm.Testing.Laws;

namespace Itsm.Testing;

/// <summary>A random configuration graph and a set of failed items: up to eight items (<c>ci-0</c> to <c>ci-7</c>),
/// up to twelve relationships of the four given types (cycles of the acyclic types left out), up to three redundant
/// groups, and up to three failed items.</summary>
/// <param name="Relationships">The relationships (to an item, or to a group).</param>
/// <param name="Groups">The redundant groups.</param>
/// <param name="Failed">The failed items.</param>
public sealed record GraphScenario(IReadOnlyList<Relationship> Relationships, IReadOnlyList<RedundantGroup> Groups, IReadOnlyList<Id<Kinds.ConfigurationItem>> Failed)
{
    /// <summary>Builds the graph: the groups, then each relationship that does not close a cycle of an acyclic type
    /// (those are dropped, as a host would refuse them).</summary>
    /// <returns>The graph.</returns>
    public ConfigurationGraph Build()
    {
        var kept = new List<Relationship>();
        foreach (var relationship in Relationships)
        {
            if (TryBuild([.. kept, relationship]) is not null)
            {
                kept.Add(relationship);
            }
        }

        return TryBuild(kept)!;
    }

    /// <summary>The scenario, for a failing property's report.</summary>
    /// <returns>The relationships, groups and failures.</returns>
    public override string ToString() =>
        string.Join("; ", Relationships.Select(r => $"{r.Source} {r.Type} {(object?)r.Target ?? "group " + r.Group}"))
        + " | groups " + string.Join("; ", Groups.Select(g => $"{g.Name} {g.AtLeast} of [{string.Join(",", g.Members)}]"))
        + " | failed " + string.Join(",", Failed);

    private ConfigurationGraph? TryBuild(IEnumerable<Relationship> relationships)
    {
        var builder = ConfigurationGraph.Builder();
        foreach (var g in Groups)
        {
            builder.Group(g.Name, g.AtLeast, [.. g.Members]);
        }

        foreach (var r in relationships)
        {
            if (r.Target is { } target)
            {
                builder.Relate(r.Source, r.Type, target);
            }
            else
            {
                builder.RelateToGroup(r.Source, r.Type, r.Group!);
            }
        }

        try
        {
            return builder.Build();
        }
        catch (System.ArgumentException)
        {
            return null;
        }
    }
}

/// <summary>FsCheck generators of configuration graphs, for <c>[Properties(Arbitrary = [typeof(ConfigurationArbitraries)])]</c>.</summary>
public static class ConfigurationArbitraries
{
    private static readonly Gen<int> ItemNumbers = Gen.Choose(0, 7);

    private static readonly Gen<RelationshipType> Types = Gen.Elements(RelationshipType.DependsOn, RelationshipType.DependsOn, RelationshipType.HostedOn, RelationshipType.PartOf, RelationshipType.ConnectedTo);

    /// <summary>Random graphs and failures, shrinking by dropping relationships.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GraphScenario> Graphs() =>
        Histories.Arbitrary(
            from groupCount in Gen.Choose(0, 3)
            from groups in Gen.CollectToArray(Enumerable.Range(0, groupCount).Select(Group))
            from count in Gen.Choose(0, 12)
            from relationships in Gen.ArrayOf(Relationship(groups), count)
            from failedCount in Gen.Choose(0, 3)
            from failed in Gen.ArrayOf(ItemNumbers.Select(Item), failedCount)
            select new GraphScenario(relationships, groups, [.. failed.Distinct()]),
            s => s.Relationships,
            (s, r) => s with { Relationships = r });

    private static Gen<RedundantGroup> Group(int number) =>
        from size in Gen.Choose(1, 4)
        from members in Gen.Shuffle(Enumerable.Range(0, 8))
        from atLeast in Gen.Choose(1, size)
        select new RedundantGroup("g" + number.ToString(CultureInfo.InvariantCulture), [.. members.Take(size).Select(Item)], atLeast);

    private static Gen<Relationship> Relationship(RedundantGroup[] groups) =>
        from source in ItemNumbers
        from target in ItemNumbers.Where(t => t != source)
        from type in Types
        from toGroup in groups.Length == 0 ? Gen.Constant(-1) : Gen.Frequency((3, Gen.Constant(-1)), (1, Gen.Choose(0, groups.Length - 1)))
        select toGroup < 0
            ? new Relationship(Item(source), type, Item(target), null)
            : new Relationship(Item(source), type, null, groups[toGroup].Name);

    private static Id<Kinds.ConfigurationItem> Item(int number) => new("ci-" + number.ToString(CultureInfo.InvariantCulture));
}
