using System;
using System.Linq;
using Itsm.Core.Ids;

namespace Itsm.Configuration.Tests.Graph;

/// <summary>The mail service depends on the mail server, which is hosted on one of two virtual machines' pool (at least
/// one of two up) and depends on the database; the database is hosted on vm-db.</summary>
public class ConfigurationGraphTests
{
    private static readonly Id<Kinds.ConfigurationItem> Mail = new("svc-mail");
    private static readonly Id<Kinds.ConfigurationItem> Mx = new("mx-01");
    private static readonly Id<Kinds.ConfigurationItem> Vm1 = new("vm-01");
    private static readonly Id<Kinds.ConfigurationItem> Vm2 = new("vm-02");
    private static readonly Id<Kinds.ConfigurationItem> Db = new("db-01");
    private static readonly Id<Kinds.ConfigurationItem> VmDb = new("vm-db");

    private static readonly ConfigurationGraph Graph = ConfigurationGraph.Builder()
        .Relate(Mail, RelationshipType.DependsOn, Mx)
        .RelateToGroup(Mx, RelationshipType.HostedOn, "mail-pool")
        .Group("mail-pool", 1, Vm1, Vm2)
        .Relate(Mx, RelationshipType.DependsOn, Db)
        .Relate(Db, RelationshipType.HostedOn, VmDb)
        .Relate(Vm1, RelationshipType.ConnectedTo, Vm2)
        .Relate(Vm2, RelationshipType.ConnectedTo, Vm1)
        .Build();

    [Fact]
    public void OneMemberOfARedundantPoolDown_BringsNothingElseDown()
    {
        var impact = Graph.ImpactOf([Vm1]);

        Assert.Equal([Vm1], impact.Down);
        Assert.Empty(impact.DownGroups);
    }

    [Fact]
    public void ThePoolBelowItsMinimum_BringsTheServerAndTheServiceDown()
    {
        var impact = Graph.ImpactOf([Vm1, Vm2]);

        Assert.Equal(new[] { Vm1, Vm2, Mx, Mail }.ToHashSet(), impact.Down);
        Assert.Equal(["mail-pool"], impact.DownGroups);
    }

    [Fact]
    public void AFailureTravelsUpTheDependencies_AndNotAlongConnections()
    {
        Assert.Equal(new[] { VmDb, Db, Mx, Mail }.ToHashSet(), Graph.ImpactOf([VmDb]).Down);
        Assert.Equal(new[] { Mx, Mail }.ToHashSet(), Graph.ImpactOf([Mx]).Down);
    }

    [Fact]
    public void UpstreamAndDownstream_FollowTheRelationshipsThatPropagateFailure()
    {
        Assert.Equal(new[] { Mx, Vm1, Vm2, Db, VmDb }.ToHashSet(), Graph.Upstream(Mail));
        Assert.Equal(new[] { Mx, Mail }.ToHashSet(), Graph.Downstream(Vm1));
        Assert.Empty(Graph.Upstream(new Id<Kinds.ConfigurationItem>("unknown")));
    }

    [Fact]
    public void ParentsAndChildren_AreTheDirectRelationsOfEveryType()
    {
        Assert.Equal(new[] { Vm1, Vm2, Db }.ToHashSet(), Graph.ParentsOf(Mx).ToHashSet());
        Assert.Equal(new[] { Mx, Vm1 }.ToHashSet(), Graph.ChildrenOf(Vm2).ToHashSet());
        Assert.Empty(Graph.ChildrenOf(Mail));
    }

    [Fact]
    public void ACycleOfAnAcyclicType_IsRefusedWithTheCycle_OtherTypesMayCycle()
    {
        var error = Assert.Throws<ArgumentException>(() => ConfigurationGraph.Builder()
            .Relate(Mx, RelationshipType.DependsOn, Db)
            .Relate(Db, RelationshipType.DependsOn, VmDb)
            .Relate(VmDb, RelationshipType.DependsOn, Mx)
            .Build());

        Assert.Contains("depends on", error.Message, StringComparison.Ordinal);
        Assert.Contains("mx-01 depends on db-01 depends on vm-db depends on mx-01", error.Message, StringComparison.Ordinal);
        Assert.NotNull(ConfigurationGraph.Builder().Relate(Mx, RelationshipType.DependsOn, Db).Relate(Db, RelationshipType.HostedOn, Mx).Build());
    }

    [Fact]
    public void ACycleThroughAGroup_IsACycle()
    {
        Assert.Throws<ArgumentException>(() => ConfigurationGraph.Builder()
            .Group("pool", 1, Vm1, Mx)
            .RelateToGroup(Mx, RelationshipType.HostedOn, "pool")
            .Build());
    }

    [Fact]
    public void GroupsAndRelationships_AreValidated()
    {
        Assert.Throws<ArgumentException>(() => ConfigurationGraph.Builder().Group("pool", 0, Vm1, Vm2));
        Assert.Throws<ArgumentException>(() => ConfigurationGraph.Builder().Group("pool", 3, Vm1, Vm2));
        Assert.Throws<ArgumentException>(() => ConfigurationGraph.Builder().Group("pool", 1, Vm1, Vm1));
        Assert.Throws<ArgumentException>(() => ConfigurationGraph.Builder().Relate(Mx, RelationshipType.DependsOn, Mx));
        Assert.Contains("not declared", Assert.Throws<ArgumentException>(() => ConfigurationGraph.Builder().RelateToGroup(Mx, RelationshipType.HostedOn, "nowhere").Build()).Message, StringComparison.Ordinal);
        Assert.Contains("more than once", Assert.Throws<ArgumentException>(() => ConfigurationGraph.Builder().Group("p", 1, Vm1).Group("p", 1, Vm2).Build()).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new RelationshipType(" ", true, true));
    }

    [Fact]
    public void AHostsOwnType_IsAType()
    {
        var replicates = new RelationshipType("replicates to", acyclic: false, propagatesFailure: true);
        var graph = ConfigurationGraph.Builder().Relate(Db, replicates, VmDb).Relate(VmDb, replicates, Db).Build();

        Assert.Equal(new[] { Db, VmDb }.ToHashSet(), graph.ImpactOf([Db]).Down);
        Assert.Equal(new RelationshipType("replicates to", true, false), replicates);
    }
}
