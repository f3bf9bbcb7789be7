using Itsm.Json.Configuration;
using System;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Json;
using Itsm.Testing;
using NodaTime;

namespace Itsm.Configuration.Tests.Releases;

/// <summary>The release lifecycle (8.5.3): acceptance, baseline, deployment, verification, rollback.</summary>
public class ReleaseTests
{
    private static readonly Actor Manager = ReleaseScenario.Actors[0];
    private static readonly Actor Builder = ReleaseScenario.Actors[1];
    private static readonly Actor Acceptor = ReleaseScenario.Actors[2];
    private static readonly Actor Tester = ReleaseScenario.Actors[3];
    private static readonly Instant T0 = ReleaseScenario.Start;

    private static Instant At(int minutes) => T0 + Duration.FromMinutes(minutes);

    private static Release Tested(bool loadPasses = true)
    {
        var release = ReleaseScenario.Plan();
        release.StartBuild(Builder, At(10));
        release.StartTesting(Builder, At(20));
        release.RecordTestResult(Tester, At(30), "smoke", true, "all green");
        release.RecordTestResult(Tester, At(31), "load", loadPasses, loadPasses ? "2k msg/s" : "1.2k msg/s, short of 2k");
        release.RequestAcceptance(Manager, At(40));
        return release;
    }

    private static Release Deploying()
    {
        var release = Tested();
        release.Accept(Acceptor, At(50));
        release.Schedule(Manager, At(60), new Interval(At(120), At(240)));
        release.RecordBaseline(Manager, At(100), ReleaseScenario.Baseline);
        release.StartDeployment(Manager, At(120));
        return release;
    }

    [Fact]
    public void ARelease_GoesFromPlanToClose_WithItsRecords()
    {
        var release = Deploying();
        release.CompleteDeployment(Manager, At(180));
        var app = ReleaseScenario.Items[0].Id;
        release.Verify(Manager, At(200), [new ItemVersion(app, 6)]);
        release.Close(Manager, At(210));

        Assert.Equal(ReleaseState.Closed, release.State);
        Assert.Equal(new ReleaseAcceptance("acc-1", At(50), null), release.Acceptance);
        Assert.Equal((Id<Kinds.Baseline>?)new Id<Kinds.Baseline>("BL-1"), release.Baseline);
        Assert.Equal([new ItemVersion(app, 5), new ItemVersion(new("db-1"), 5)], release.BaselineItems);
        Assert.Equal([new ItemVersion(app, 6)], release.Updates);
        Assert.Equal(At(120), release.DeploymentStartedAt);
    }

    [Fact]
    public void ThePlan_NeedsAChange_AnItem_AndAnAcceptorWhoIsNotTheBuilder()
    {
        Id<Kinds.ConfigurationItem>[] items = [new("app-1")];
        Assert.Equal("changes", Assert.Throws<ArgumentException>(() => Release.Plan(new("R"), ReleaseType.Major, "t", [], items, [], "bld-1", "acc-1", Manager, T0)).ParamName);
        Assert.Equal("items", Assert.Throws<ArgumentException>(() => Release.Plan(new("R"), ReleaseType.Major, "t", [new("CHG-1")], [], [], "bld-1", "acc-1", Manager, T0)).ParamName);
        var sameActor = Assert.Throws<ArgumentException>(() => Release.Plan(new("R"), ReleaseType.Major, "t", [new("CHG-1")], items, [], "bld-1", "bld-1", Manager, T0));
        Assert.Equal("acceptor", sameActor.ParamName);
        Assert.Contains("'bld-1' builds it", sameActor.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Release.Plan(new("R"), (ReleaseType)7, "t", [new("CHG-1")], items, [], "bld-1", "acc-1", Manager, T0));
        Assert.Throws<CommandNotAuthorizedException>(() => Release.Plan(new("R"), ReleaseType.Major, "t", [new("CHG-1")], items, [], "bld-1", "acc-1", Tester, T0));
    }

    [Fact]
    public void OnlyTheDesignatedAcceptor_Accepts()
    {
        var release = Tested();
        var refused = Assert.Throws<CommandNotAuthorizedException>(() => release.Accept(Manager, At(50)));
        Assert.Contains(ReleaseRoles.DesignatedAcceptor, refused.Message, StringComparison.Ordinal);
        Assert.Throws<CommandNotAuthorizedException>(() => release.Accept(Builder, At(50)));
        release.Accept(Acceptor, At(50));
        Assert.Equal(ReleaseState.Accepted, release.State);
    }

    [Fact]
    public void AFailedCriterion_NeedsARecordedDecisionToProceed()
    {
        var release = Tested(loadPasses: false);
        Assert.Equal(["load"], release.UnpassedCriteria);
        var refused = Assert.Throws<InvalidTransitionException>(() => release.Accept(Acceptor, At(50)));
        Assert.Contains(ReleaseLifecycle.CriteriaPassedOrDecision, refused.Message, StringComparison.Ordinal);
        Assert.Equal(ReleaseState.AwaitingAcceptance, release.State);

        release.Accept(Acceptor, At(50), "1.2k msg/s covers March's peak; 2.5 fixes it");
        Assert.Equal("1.2k msg/s covers March's peak; 2.5 fixes it", release.Acceptance!.DecisionToProceed);
    }

    [Fact]
    public void AcceptanceIsRequested_OnlyWithCriteria_AndARefusalSendsTheReleaseBackToBuilding()
    {
        var bare = Release.Plan(new("R-2"), ReleaseType.Emergency, "hotfix", [new("CHG-9")], [new("app-1")], [], "bld-1", "acc-1", Manager, T0);
        bare.StartBuild(Builder, At(1));
        bare.StartTesting(Builder, At(2));
        Assert.Contains(ReleaseLifecycle.CriteriaDefined, Assert.Throws<InvalidTransitionException>(() => bare.RequestAcceptance(Manager, At(3))).Message, StringComparison.Ordinal);
        bare.AddCriterion(Manager, At(3), "the fix stops the crash");
        bare.RequestAcceptance(Manager, At(4));
        bare.RefuseAcceptance(Acceptor, At(5), "no evidence yet");
        Assert.Equal(ReleaseState.Building, bare.State);
        Assert.Throws<ArgumentException>(() => bare.AddCriterion(Manager, At(6), "the fix stops the crash"));
    }

    [Fact]
    public void DeploymentStarts_OnlyAfterABaselineOfEveryAffectedItem()
    {
        var release = Tested();
        release.Accept(Acceptor, At(50));
        release.Schedule(Manager, At(60), new Interval(At(120), At(240)));
        Assert.Contains(ReleaseLifecycle.BaselineBeforeDeploying, Assert.Throws<InvalidTransitionException>(() => release.StartDeployment(Manager, At(120))).Message, StringComparison.Ordinal);
        var partial = Assert.Throws<ArgumentException>(() => release.RecordBaseline(Manager, At(100), ReleaseScenario.PartialBaseline));
        Assert.Contains("db-1", partial.Message, StringComparison.Ordinal);
        Assert.Null(release.Baseline);
        release.RecordBaseline(Manager, At(100), ReleaseScenario.Baseline);
        release.StartDeployment(Manager, At(120));
        Assert.Throws<InvalidTransitionException>(() => release.RecordBaseline(Manager, At(130), ReleaseScenario.Baseline));
    }

    [Fact]
    public void AFailedDeployment_IsRolledBackWithItsRecord_OrCompletedWithItsRemedy()
    {
        var rolledBack = Deploying();
        Assert.Throws<ArgumentException>(() => rolledBack.RollBack(Manager, At(150), " "));
        rolledBack.RollBack(Manager, At(150), "queue stuck; restored the 2.3 image");
        Assert.Equal((ReleaseState.RolledBack, "queue stuck; restored the 2.3 image"), (rolledBack.State, rolledBack.RollbackRecord));
        Assert.Throws<InvalidTransitionException>(() => rolledBack.Verify(Manager, At(160), [new ItemVersion(new("app-1"), 6)]));
        rolledBack.Close(Manager, At(170));

        var remedied = Deploying();
        remedied.CompleteDeployment(Manager, At(150), "restarted the relay");
        Assert.Equal("restarted the relay", remedied.Remedy);
    }

    [Fact]
    public void Verification_RecordsUpdatesOfAffectedItems_AfterTheirBaselineVersions()
    {
        var release = Deploying();
        release.CompleteDeployment(Manager, At(180));
        Assert.Throws<ArgumentException>(() => release.Verify(Manager, At(200), []));
        Assert.Contains("not an item", Assert.Throws<ArgumentException>(() => release.Verify(Manager, At(200), [new ItemVersion(new("mx-01"), 9)])).Message, StringComparison.Ordinal);
        Assert.Contains("after the baseline's 5", Assert.Throws<ArgumentException>(() => release.Verify(Manager, At(200), [new ItemVersion(new("app-1"), 5)])).Message, StringComparison.Ordinal);
        Assert.Equal(ReleaseState.Deployed, release.State);
    }

    [Fact]
    public void ProblemsKnownErrorsAndMoreChanges_AreLinkedOnce()
    {
        var release = ReleaseScenario.Plan();
        release.LinkProblem(Manager, At(1), new Id<Kinds.Problem>("PRB-1"));
        release.LinkKnownError(Manager, At(2), new Id<Kinds.KnownError>("KE-1"));
        release.LinkChange(Manager, At(3), new Id<Kinds.Change>("CHG-2"));
        Assert.Throws<ArgumentException>(() => release.LinkProblem(Manager, At(4), new Id<Kinds.Problem>("PRB-1")));
        Assert.Equal(["CHG-1", "CHG-2"], release.Changes.Select(c => c.Value));
        Assert.Equal(["PRB-1"], release.Problems.Select(c => c.Value));
        Assert.Equal(["KE-1"], release.KnownErrors.Select(c => c.Value));
    }

    [Fact]
    public void ARelease_RoundTripsThroughJson()
    {
        var release = Deploying();
        release.RollBack(Manager, At(150), "restored");
        var options = new ItsmJsonOptions { Modules = [new ConfigurationJsonModule { Configuration = ConfigurationSettings.Default }] };
        string json = ItsmJson.Serialize(release, ReleaseScenario.JsonOptions);
        Assert.Equal(json, ItsmJson.Serialize(ItsmJson.Deserialize<Release>(json, options), ReleaseScenario.JsonOptions));
        Assert.Throws<Newtonsoft.Json.JsonSerializationException>(() => ItsmJson.Deserialize<Release>(json));
    }
}
