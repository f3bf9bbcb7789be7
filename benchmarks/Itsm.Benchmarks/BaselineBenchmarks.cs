using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Itsm.Configuration;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Benchmarks;

/// <summary>
/// The baseline targets: a baseline of 10,000 items under 50 ms, and its comparison with the live items under 50 ms.
/// Each item has five versions before the baseline; after it, one item in ten gets an update under a change.
/// </summary>
[MemoryDiagnoser]
public class BaselineBenchmarks
{
    private const int Count = 10_000;
    private static readonly Actor Manager = new("cfg-1", "Configuration Manager", [Roles.ConfigurationManager]);
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 9, 0);

    private ConfigurationItem[] _items = [];
    private Baseline _baseline = null!;

    [GlobalSetup]
    public void Setup()
    {
        _items = new ConfigurationItem[Count];
        for (int i = 0; i < Count; i++)
        {
            var item = ConfigurationItem.Register(
                new Id<Kinds.ConfigurationItem>("ci-" + i.ToString("D5", CultureInfo.InvariantCulture)),
                "server",
                "Server " + i.ToString(CultureInfo.InvariantCulture),
                "owner-" + (i % 50).ToString(CultureInfo.InvariantCulture),
                Criticality.Medium,
                new Dictionary<string, AttributeValue> { ["cpus"] = AttributeValue.Of(4m), ["os"] = AttributeValue.Of("Debian 12") },
                Manager,
                T0);
            item.MoveTo(ConfigurationItemState.InStock, Manager, T0);
            item.MoveTo(ConfigurationItemState.InBuild, Manager, T0);
            item.MoveTo(ConfigurationItemState.Pilot, Manager, T0);
            item.MoveTo(ConfigurationItemState.Production, Manager, T0, new Id<Kinds.Change>("CHG-1"));
            _items[i] = item;
        }

        _baseline = TakeBaseline();
        for (int i = 0; i < Count; i += 10)
        {
            _items[i].Update(Manager, T0 + Duration.FromHours(1), new ConfigurationItemUpdate(Set: new Dictionary<string, AttributeValue> { ["cpus"] = AttributeValue.Of(8m) }), new Id<Kinds.Change>("CHG-2"));
        }
    }

    /// <summary>Takes a baseline of the 10,000 items as they stood at the setup's instant.</summary>
    [Benchmark]
    public Baseline TakeBaseline() => Baseline.Take(new Id<Kinds.Baseline>("BL-1"), "bench", Manager, T0, _items);

    /// <summary>Compares the baseline with the live items (1,000 changed since).</summary>
    [Benchmark]
    public int CompareWithLive() => _baseline.CompareWith(_items).Changed.Count;
}
