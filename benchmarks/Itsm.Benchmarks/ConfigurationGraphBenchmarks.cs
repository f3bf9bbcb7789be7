using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Itsm.Configuration;
using Itsm.Core.Ids;

namespace Itsm.Benchmarks;

/// <summary>
/// The graph targets: impact analysis of one item in a graph of 100,000 items and 300,000 relationships under 10 ms;
/// under 200 bytes per relationship (the retained size is printed by the setup; <see cref="BuildGraph"/> also reports
/// what building allocates, garbage included).
/// </summary>
[MemoryDiagnoser]
public class ConfigurationGraphBenchmarks
{
    private const int Items = 100_000;
    private const int Relationships = 300_000;

    private ConfigurationGraph _graph = null!;
    private Id<Kinds.ConfigurationItem>[] _failed = [];

    [GlobalSetup]
    public void Setup()
    {
        long before = GC.GetTotalMemory(forceFullCollection: true);
        _graph = Build();
        long after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(FormattableString.Invariant($"// retained by the graph: {(after - before) / (double)Relationships:F1} bytes per relationship ({(after - before) / 1_000_000.0:F1} MB)"));
        _failed = [Item(50_000)];
    }

    /// <summary>What one failed item brings down (a mid-graph item: its dependants fan out over the later items).</summary>
    [Benchmark]
    public int ImpactOfOneItem() => _graph.ImpactOf(_failed).Down.Count;

    [Benchmark]
    public ConfigurationGraph BuildGraph() => Build();

    /// <summary>Item i depends on (or is hosted on) three random earlier items, so the graph is acyclic; every
    /// hundredth item is hosted on a redundant pair.</summary>
    private static ConfigurationGraph Build()
    {
        var random = new Random(20261205);
        var builder = ConfigurationGraph.Builder();
        int added = 0;
        for (int i = 1; i < Items && added < Relationships; i++)
        {
            for (int k = 0; k < 3 && added < Relationships; k++)
            {
                int target = random.Next(Math.Max(0, i - 5_000), i);
                if (target == i)
                {
                    continue;
                }

                builder.Relate(Item(i), k == 0 ? RelationshipType.HostedOn : RelationshipType.DependsOn, Item(target));
                added++;
            }
        }

        return builder.Build();
    }

    private static Id<Kinds.ConfigurationItem> Item(int i) => new("ci-" + i.ToString(CultureInfo.InvariantCulture));
}
