using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Itsm.Core.Ids;
using Itsm.Testing;
using Itsm.Tests.Shared;

namespace Itsm.Configuration.Tests.Graph;

/// <summary>Impact with redundancy against a brute-force evaluation, on random graphs and failure sets.</summary>
[ScaledProperties(Arbitrary = [typeof(ConfigurationArbitraries)], Cases = 2_000)]
public class ConfigurationGraphProperties
{
    [Property]
    public Property ImpactWithRedundancy_EqualsABruteForceEvaluation(GraphScenario scenario)
    {
        var graph = scenario.Build();

        var impact = graph.ImpactOf(scenario.Failed);
        var (down, groupsDown) = BruteForce(graph, scenario.Failed);

        Assert.Equal(down.OrderBy(d => d.Value), impact.Down.OrderBy(d => d.Value));
        Assert.Equal(groupsDown.Order(), impact.DownGroups.Order());
        return true.ToProperty()
            .Classify(impact.Down.Count > scenario.Failed.Count, "failures spread")
            .Classify(impact.DownGroups.Count > 0, "a group went down")
            .Classify(graph.Groups.Any(g => g.Members.Any(scenario.Failed.Contains)) && impact.DownGroups.Count == 0, "redundancy held");
    }

    [Property]
    public Property ParentsAndChildren_AreEachOthersInverse(GraphScenario scenario)
    {
        var graph = scenario.Build();
        foreach (var item in graph.Items)
        {
            foreach (var parent in graph.ParentsOf(item))
            {
                Assert.Contains(item, graph.ChildrenOf(parent));
            }
        }

        return true.ToProperty().Classify(graph.Relationships.Count > 0, "some relationships");
    }

    /// <summary>The definition, evaluated naively: start from the failed items, and sweep every relationship and group
    /// again and again until nothing changes.</summary>
    private static (HashSet<Id<Kinds.ConfigurationItem>> Down, HashSet<string> GroupsDown) BruteForce(ConfigurationGraph graph, IEnumerable<Id<Kinds.ConfigurationItem>> failed)
    {
        var down = failed.ToHashSet();
        var groupsDown = new HashSet<string>();
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var group in graph.Groups)
            {
                if (group.Members.Count(m => !down.Contains(m)) < group.AtLeast)
                {
                    changed |= groupsDown.Add(group.Name);
                }
            }

            foreach (var r in graph.Relationships.Where(r => r.Type.PropagatesFailure))
            {
                bool targetDown = r.Target is { } target ? down.Contains(target) : groupsDown.Contains(r.Group!);
                if (targetDown)
                {
                    changed |= down.Add(r.Source);
                }
            }
        }

        return (down, groupsDown);
    }
}
