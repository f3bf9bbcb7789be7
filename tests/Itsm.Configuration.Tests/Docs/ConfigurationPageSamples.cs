// sample:configuration-usings
using System.Collections.Generic;
using Itsm.Configuration;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using NodaTime;
// end-sample
using System.Linq;

namespace Itsm.Docs.Samples;

/// <summary>The samples of docs/configuration.md, run here; what their comments say is checked.</summary>
public class ConfigurationPageSamples
{
    [Fact]
    public void TheGraphSample_ShowsRedundancyAndReach()
    {
        // sample:configuration-graph-setup
        var mailService = new Id<Kinds.ConfigurationItem>("svc-mail");
        var mailServer = new Id<Kinds.ConfigurationItem>("mx-01");
        var database = new Id<Kinds.ConfigurationItem>("db-01");
        var (vm1, vm2) = (new Id<Kinds.ConfigurationItem>("vm-1"), new Id<Kinds.ConfigurationItem>("vm-2"));
        // end-sample

        // sample:configuration-graph
        var graph = ConfigurationGraph.Builder()
            .Relate(mailService, RelationshipType.DependsOn, mailServer)
            .RelateToGroup(mailServer, RelationshipType.HostedOn, "mail-pool")
            .Group("mail-pool", 1, vm1, vm2)                      // up while at least 1 of the 2 is up
            .Relate(mailServer, RelationshipType.DependsOn, database)
            .Build();

        var oneDown = graph.ImpactOf([vm1]);                      // only vm1: the pool still has a member up
        var bothDown = graph.ImpactOf([vm1, vm2]);                // vm1, vm2, the mail server and the mail service
        IReadOnlySet<Id<Kinds.ConfigurationItem>> reliesOn = graph.Upstream(mailService);   // the server, both VMs, the database
        IReadOnlySet<Id<Kinds.ConfigurationItem>> reaches = graph.Downstream(vm1);          // the server and the service
        // end-sample

        Assert.Equal([vm1], oneDown.Down);
        Assert.Equal(new[] { vm1, vm2, mailServer, mailService }.ToHashSet(), bothDown.Down);
        Assert.Equal(new[] { mailServer, vm1, vm2, database }.ToHashSet(), reliesOn);
        Assert.Equal(new[] { mailServer, mailService }.ToHashSet(), reaches);
    }

    [Fact]
    public void TheWorkedExample_RunsAndShowsWhatThePageSays()
    {
        // sample:configuration-worked-example
        var manager = new Actor("cfg-1", "Configuration Manager", [Roles.ConfigurationManager, Roles.ReleaseManager]);
        var owner = new Actor("own-1", "Mail Service Owner");
        var t = Instant.FromUtc(2026, 3, 2, 9, 0);
        var relay = ConfigurationItem.Register(new("mx-01"), "server", "Mail relay", "own-1", Criticality.High,
            new Dictionary<string, AttributeValue> { ["version"] = AttributeValue.Of("2.3") }, manager, t);
        foreach (var state in new[] { ConfigurationItemState.InStock, ConfigurationItemState.InBuild, ConfigurationItemState.Pilot })
        {
            relay.MoveTo(state, manager, t);
        }

        relay.MoveTo(ConfigurationItemState.Production, manager, t, new Id<Kinds.Change>("CHG-1"));

        var release = Release.Plan(new("REL-24"), ReleaseType.Minor, "Mail 2.4", [new("CHG-7")], [relay.Id],
            ["messages flow", "spam filter scores"], builder: "cfg-1", acceptor: "own-1", manager, t);
        release.StartBuild(manager, t + Duration.FromHours(1));
        release.StartTesting(manager, t + Duration.FromHours(2));
        release.RecordTestResult(manager, t + Duration.FromHours(3), "messages flow", passed: true, "200 test messages delivered");
        release.RecordTestResult(manager, t + Duration.FromHours(3), "spam filter scores", passed: false, "scores 2 % low");
        release.RequestAcceptance(manager, t + Duration.FromHours(4));
        release.Accept(owner, t + Duration.FromHours(5), decisionToProceed: "2 % is within tolerance until 2.5");
        release.Schedule(manager, t + Duration.FromHours(5), new Interval(t + Duration.FromDays(1), t + Duration.FromDays(1) + Duration.FromHours(2)));
        var before = Baseline.Take(new("BL-24"), "before mail 2.4", manager, t + Duration.FromHours(6), [relay]);
        release.RecordBaseline(manager, t + Duration.FromHours(6), before);
        release.StartDeployment(manager, t + Duration.FromDays(1));
        relay.Update(manager, t + Duration.FromDays(1) + Duration.FromMinutes(30),
            new ConfigurationItemUpdate(Set: new Dictionary<string, AttributeValue> { ["version"] = AttributeValue.Of("2.4") }),
            new Id<Kinds.Change>("CHG-7"));
        release.CompleteDeployment(manager, t + Duration.FromDays(1) + Duration.FromHours(1));
        release.Verify(manager, t + Duration.FromDays(1) + Duration.FromHours(2), [new ItemVersion(relay.Id, relay.Current.Version)]);
        release.Close(manager, t + Duration.FromDays(2));

        var since = before.CompareWith([relay]).Changed.Single();
        // since.Differences: "attributes.version: 2.3 -> 2.4"; since.Changes: CHG-7
        // relay.Versions.Count: 6; release.State: Closed
        // end-sample

        Assert.Equal(["attributes.version: 2.3 -> 2.4"], since.Differences.Select(d => d.ToString()));
        Assert.Equal(["CHG-7"], since.Changes.Select(c => c.Value));
        Assert.Equal(6, relay.Versions.Count);
        Assert.Equal(ReleaseState.Closed, release.State);
        Assert.Equal("2 % is within tolerance until 2.5", release.Acceptance!.DecisionToProceed);
    }
}
