using Itsm.Testing;
using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core.Ids;
using Itsm.Json;
using static Itsm.Configuration.Tests.Items.ConfigurationItemFixtures;

namespace Itsm.Configuration.Tests.Baselines;

/// <summary>Baselines: taken at an instant, immutable, compared with the live items.</summary>
public class BaselineTests
{
    private static readonly Id<Kinds.Baseline> Bl = new("BL-1");

    [Fact]
    public void ABaseline_HoldsEachItemAsItStoodAtItsInstant()
    {
        var mx = InProduction();
        var app = ConfigurationItem.Register(App1, "application", "Webmail", "res-1", Criticality.Medium, null, Manager, At(8, 30));

        var baseline = Baseline.Take(Bl, "before 2.4", Manager, At(8, 45), [mx, app]);

        Assert.Equal([App1, Mx], baseline.Items.Select(i => i.Id));
        Assert.Equal(ConfigurationItemState.Pilot, baseline.Find(Mx)!.State);
        Assert.Equal(4, baseline.Find(Mx)!.Version);
        Assert.True(baseline.Contains(App1));
        Assert.Null(baseline.Find(App2));
        Assert.Equal("cfg-1", baseline.TakenBy);
    }

    [Fact]
    public void ComparedWithTheLiveItems_ABaselineSaysWhatChangedSince_AndUnderWhichChanges()
    {
        var mx = InProduction();
        var app = ConfigurationItem.Register(App1, "application", "Webmail", "res-1", Criticality.Medium, null, Manager, At(8, 30));
        var baseline = Baseline.Take(Bl, "before 2.4", Manager, At(8, 45), [mx, app]);
        mx.Update(Manager, At(10), new ConfigurationItemUpdate(Set: new Dictionary<string, AttributeValue> { ["cpus"] = AttributeValue.Of(8m) }), Chg2);
        var db = ConfigurationItem.Register(new("db-01"), "database", "Mail store", "res-1", Criticality.High, null, Manager, At(10));

        var comparison = baseline.CompareWith([mx, db]);

        var changed = Assert.Single(comparison.Changed);
        Assert.Equal(Mx, changed.Item);
        Assert.Equal(["status: Pilot -> Production", "attributes.cpus: 4 -> 8"], changed.Differences.Select(d => d.ToString()));
        Assert.Equal([Chg1, Chg2], changed.Changes);
        Assert.Equal([App1], comparison.Missing);
        Assert.Equal([new Id<Kinds.ConfigurationItem>("db-01")], comparison.Added);
        Assert.Equal(0, comparison.Unchanged);
        Assert.False(comparison.IsUnchanged);
        Assert.True(Baseline.Take(Bl, "now", Manager, At(11), [mx]).CompareWith([mx]).IsUnchanged);
    }

    [Fact]
    public void AnItemChangedAndChangedBack_IsListed_WithNoNetDifference()
    {
        var mx = InProduction();
        var baseline = Baseline.Take(Bl, "live", Manager, At(9, 30), [mx]);
        mx.MoveTo(ConfigurationItemState.Maintenance, Manager, At(10), Chg2);
        mx.MoveTo(ConfigurationItemState.Production, Manager, At(11), Chg2);

        var changed = Assert.Single(baseline.CompareWith([mx]).Changed);
        Assert.Empty(changed.Differences);
        Assert.Equal([Chg2], changed.Changes);
    }

    [Fact]
    public void ABaseline_RefusesItemsNotYetRegistered_TwiceOrNone()
    {
        var mx = InProduction();
        Assert.Contains("mx-01 was registered", Assert.Throws<ArgumentException>(() => Baseline.Take(Bl, "early", Manager, At(7), [mx])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Baseline.Take(Bl, "twice", Manager, At(9), [mx, mx]));
        Assert.Throws<ArgumentException>(() => Baseline.Take(Bl, "empty", Manager, At(9), []));
        Assert.Throws<ArgumentException>(() => Baseline.Take(Bl, " ", Manager, At(9), [mx]));
        Assert.Throws<ArgumentException>(() => new Baseline(Bl, "late snapshot", At(8), "cfg-1", [mx.Current]));
    }

    [Fact]
    public void ComparingWithAnotherItemOfTheSameId_IsRefused()
    {
        var baseline = Baseline.Take(Bl, "live", Manager, At(9, 30), [InProduction()]);
        var other = Registered();
        Assert.Throws<ArgumentException>(() => baseline.CompareWith([other]));
    }

    [Fact]
    public void ABaseline_RoundTripsThroughJson_AndABrokenOneIsRefusedWithThePath()
    {
        var mx = InProduction();
        var baseline = Baseline.Take(Bl, "live", Manager, At(9, 30), [mx]);

        string json = ItsmJson.Serialize(baseline, ConfigurationItemScenario.JsonOptions);
        var loaded = ItsmJson.Deserialize<Baseline>(json, ConfigurationItemScenario.JsonOptions);

        Assert.Equal(json, ItsmJson.Serialize(loaded, ConfigurationItemScenario.JsonOptions));
        Assert.Equal(baseline.Items.ToArray(), loaded.Items.ToArray());
        var refused = Assert.Throws<Newtonsoft.Json.JsonSerializationException>(() => ItsmJson.Deserialize<Baseline>(json.Replace("\"version\": 5", "\"version\": 0", StringComparison.Ordinal), ConfigurationItemScenario.JsonOptions));
        Assert.StartsWith("items[0]:", refused.Message, StringComparison.Ordinal);
    }
}
