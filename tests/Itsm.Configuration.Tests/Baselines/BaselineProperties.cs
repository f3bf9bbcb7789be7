using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Itsm.Core.Ids;
using Itsm.Json;
using Itsm.Testing;
using Itsm.Testing.Laws;
using Itsm.Tests.Shared;

namespace Itsm.Configuration.Tests.Baselines;

/// <summary>A baseline never changes after it is taken, whatever the item does afterwards, and its comparison with the
/// live item is the item's own account of its versions since.</summary>
[ScaledProperties(Arbitrary = [typeof(ConfigurationItemArbitraries)], Cases = 2_000)]
public class BaselineProperties
{
    [Property]
    public Property ABaselineNeverChanges_AfterItIsTaken(ConfigurationItemScenario scenario, NonNegativeInt split)
    {
        int taken = split.Get % (scenario.Commands.Count + 1);
        var item = ConfigurationItemScenario.Register();
        var at = Histories.PlayOn(item, scenario.Commands.Take(taken), ConfigurationItemScenario.Start, ConfigurationItemScenario.Apply);
        var baseline = Baseline.Take(new Id<Kinds.Baseline>("BL-P"), "split", ConfigurationItemScenario.Actors[0], at, [item]);
        string before = ItsmJson.Serialize(baseline, ConfigurationItemScenario.JsonOptions);
        int versionThen = item.Current.Version;

        Histories.PlayOn(item, scenario.Commands.Skip(taken), at, ConfigurationItemScenario.Apply);
        var comparison = baseline.CompareWith([item]);

        Assert.Equal(before, ItsmJson.Serialize(baseline, ConfigurationItemScenario.JsonOptions));
        Assert.Equal(item.Versions[versionThen - 1].After, baseline.Find(item.Id));
        bool changed = item.Current.Version != versionThen;
        Assert.Equal(changed, comparison.Changed.Count == 1);
        if (changed)
        {
            Assert.Equal(baseline.Find(item.Id)!.DifferencesTo(item.Current), comparison.Changed[0].Differences);
            Assert.Equal(item.Versions.Skip(versionThen).Where(v => v.Change is not null).Select(v => v.Change!.Value).Distinct(), comparison.Changed[0].Changes);
        }

        return true.ToProperty()
            .Classify(changed, "changed after the baseline")
            .Classify(!changed, "unchanged after the baseline");
    }
}
