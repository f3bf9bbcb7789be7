using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Itsm.Testing;
using Itsm.Tests.Shared;

namespace Itsm.Configuration.Tests.Items;

/// <summary>The change rule as a law of every history: no accepted command enters, leaves or changes production
/// without a change id, whatever the order of commands and whoever issues them.</summary>
[ScaledProperties(Arbitrary = [typeof(ConfigurationItemArbitraries)], Cases = 2_000)]
public class ConfigurationItemProperties
{
    [Property]
    public Property NoHistory_PutsAProductionItemThroughAChangeWithoutAChangeId(ConfigurationItemScenario scenario)
    {
        var (item, _) = scenario.Play();
        var touching = item.Versions.Skip(1)
            .Select((v, i) => (Version: v, Before: item.Versions[i].After))
            .Where(p => p.Before.State == ConfigurationItemState.Production || p.Version.After.State == ConfigurationItemState.Production)
            .ToList();
        return touching.All(p => p.Version.Change is not null && p.Version.RequiredChange).ToProperty()
            .Label($"versions touching production: {string.Join(", ", touching.Select(p => $"v{p.Version.Number} {p.Version.Change}"))}")
            .Classify(touching.Count == 0, "never in production")
            .Classify(touching.Count > 0, "production entered")
            .Classify(touching.Count > 2, "production changed or left");
    }
}
