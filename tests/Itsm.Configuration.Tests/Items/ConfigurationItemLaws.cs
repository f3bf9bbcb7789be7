using System.Collections.Generic;
using System.Linq;
using FsCheck;
using Itsm.Testing;
using Itsm.Testing.Laws;
using Itsm.Tests.Shared;

namespace Itsm.Configuration.Tests.Items;

/// <summary>The kit's aggregate laws on random configuration item histories.</summary>
[ScaledProperties(Arbitrary = [typeof(ConfigurationItemArbitraries)], Cases = 2_000)]
public class ConfigurationItemLaws : AggregateLawTests<ConfigurationItemScenario, ConfigurationItem, HistoryStep<ConfigurationItemTrigger>, ConfigurationItemTrigger, ConfigurationItemEvent>
{
    protected override Arbitrary<ConfigurationItemScenario> Generator => ConfigurationItemArbitraries.Scenarios();

    protected override IReadOnlyList<ConfigurationItemTrigger> NotCommands => [ConfigurationItemTrigger.Register];

    protected override void AssertInvariants(ConfigurationItem item)
    {
        // Versions count 1, 2, 3..., each changes something, and the last is the item.
        Assert.Equal(Enumerable.Range(1, item.Versions.Count), item.Versions.Select(v => v.Number));
        Assert.All(item.Versions.Skip(1), v => Assert.NotEmpty(v.Differences));
        Assert.Same(item.Current, item.Versions[^1].After);

        // Production is entered, left and changed only under a change (checked from the snapshots, not the rule).
        for (int i = 1; i < item.Versions.Count; i++)
        {
            bool production = item.Versions[i - 1].After.State == ConfigurationItemState.Production || item.Versions[i].After.State == ConfigurationItemState.Production;
            Assert.True(!production || item.Versions[i].Change is not null, $"version {i + 1} touched production without a change");
        }

        Assert.True(item.RetirementAcknowledgements.All(d => d != item.Id));
    }
}
