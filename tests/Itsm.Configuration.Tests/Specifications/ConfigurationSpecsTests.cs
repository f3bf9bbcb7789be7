using System.Collections.Generic;
using System.Linq;
using Itsm.Core.Ids;
using Itsm.Testing;
using NodaTime;
using static Itsm.Configuration.Tests.Items.ConfigurationItemFixtures;

namespace Itsm.Configuration.Tests.Specifications;

/// <summary>The compliance rules of 8.2.6 and 8.5.3, in memory.</summary>
public class ConfigurationSpecsTests
{
    [Fact]
    public void ProductionChangedWithoutAChange_IsFoundInAHistoryFromElsewhere_AndUnderAnUnauthorisedChangeWhenTheHostSaysWhichAreAuthorised()
    {
        var clean = InProduction();
        var imported = ConfigurationItem.FromEvents(
        [
            .. Registered().Events,
            new ConfigurationItemStatusChanged(At(8, 10), Manager, ConfigurationItemState.InStock, null, null) { Version = 2 },
            new ConfigurationItemStatusChanged(At(8, 20), Manager, ConfigurationItemState.InBuild, null, null) { Version = 3 },
            new ConfigurationItemStatusChanged(At(8, 30), Manager, ConfigurationItemState.Pilot, null, null) { Version = 4 },
            new ConfigurationItemStatusChanged(At(9), Manager, ConfigurationItemState.Production, null, "by hand") { Version = 5 },
        ]);

        Assert.Equal([imported], new ProductionItemsChangedWithoutChangeSpec().Evaluate([clean, imported]));
        Assert.Equal([clean, imported], new ProductionItemsChangedWithoutChangeSpec(new HashSet<Id<Kinds.Change>> { Chg2 }).Evaluate([clean, imported]));
        Assert.Equal([imported], new ProductionItemsChangedWithoutChangeSpec(new HashSet<Id<Kinds.Change>> { Chg1 }).Evaluate([clean, imported]));
    }

    [Fact]
    public void ARetiredItemSomethingInUseStillDependsOn_IsFound()
    {
        var mx = Registered();
        mx.Retire(Manager, At(9), new RetirementFacts(0, []));
        var graph = ConfigurationGraph.Builder().Relate(App1, RelationshipType.DependsOn, Mx).Relate(App2, RelationshipType.DependsOn, App1).Build();

        Assert.Equal([mx], new RetiredItemsStillDependedOnSpec(graph, new HashSet<Id<Kinds.ConfigurationItem>> { Mx }).Evaluate([mx]));
        Assert.Empty(new RetiredItemsStillDependedOnSpec(graph, new HashSet<Id<Kinds.ConfigurationItem>> { Mx, App1 }).Evaluate([mx]));
        Assert.Empty(new ItemsInUseSpec().Evaluate([mx]));
    }

    [Fact]
    public void RelationshipsToItemsNotInUse_AreDangling()
    {
        var graph = ConfigurationGraph.Builder().Relate(App1, RelationshipType.DependsOn, Mx).Relate(App2, RelationshipType.ConnectedTo, App1).Build();
        var dangling = new DanglingRelationshipsSpec(new HashSet<Id<Kinds.ConfigurationItem>> { App1, App2 }).Evaluate(graph.Relationships).ToList();
        Assert.Equal([(App1, (Id<Kinds.ConfigurationItem>?)Mx)], dangling.Select(r => (r.Source, r.Target)));
    }

    [Fact]
    public void AReleaseDeployedWithoutABaseline_IsFoundInAHistoryFromElsewhere()
    {
        var clean = ReleaseScenario.Plan();
        var actor = ReleaseScenario.Actors[0];
        var t = ReleaseScenario.Start;
        ReleaseEvent[] events =
        [
            .. ReleaseScenario.Plan().Events,
            new ReleaseStatusChanged(t, actor, ReleaseState.Building) { Version = 2 },
            new ReleaseStatusChanged(t, actor, ReleaseState.Testing) { Version = 3 },
            new ReleaseStatusChanged(t, actor, ReleaseState.AwaitingAcceptance) { Version = 4 },
            new ReleaseAccepted(t, ReleaseScenario.Actors[2], "by hand") { Version = 5 },
            new ReleaseScheduled(t, actor, new Interval(t, t + Duration.FromHours(1))) { Version = 6 },
            new ReleaseStatusChanged(t, actor, ReleaseState.Deploying) { Version = 7 },
            new ReleaseRolledBack(t, actor, "restored") { Version = 8 },
        ];
        var imported = Release.FromEvents(events);

        Assert.Equal([imported], new ReleasesDeployedWithoutBaselineSpec().Evaluate([clean, imported]));
    }
}
