using System.Collections.Generic;
using FsCheck;
using Itsm.Testing;
using Itsm.Testing.Laws;
using Itsm.Tests.Shared;

namespace Itsm.Configuration.Tests.Releases;

/// <summary>The kit's aggregate laws on random release histories.</summary>
[ScaledProperties(Arbitrary = [typeof(ReleaseArbitraries)], Cases = 2_000)]
public class ReleaseLaws : AggregateLawTests<ReleaseScenario, Release, HistoryStep<ReleaseTrigger>, ReleaseTrigger, ReleaseEvent>
{
    protected override Arbitrary<ReleaseScenario> Generator => ReleaseArbitraries.Scenarios();

    protected override IReadOnlyList<ReleaseTrigger> NotCommands => [ReleaseTrigger.Plan];

    protected override void AssertInvariants(Release release)
    {
        bool accepted = release.State >= ReleaseState.Accepted;
        Assert.Equal(accepted, release.Acceptance is not null);
        if (release.Acceptance is { } acceptance)
        {
            Assert.True(release.IsAcceptor(acceptance.By));
            Assert.True(acceptance.DecisionToProceed is not null || release.Results.Count == release.Criteria.Count, "accepted with untested criteria and no decision");
        }

        if (release.DeploymentStartedAt is { } started)
        {
            Assert.True(release.BaselineTakenAt <= started, "deployed without a baseline taken before");
        }

        Assert.Equal(release.State == ReleaseState.RolledBack || (release.State == ReleaseState.Closed && release.Updates.Count == 0), release.RollbackRecord is not null);
        Assert.Equal(release.State is ReleaseState.Verified || (release.State == ReleaseState.Closed && release.RollbackRecord is null), release.Updates.Count > 0);
        Assert.All(release.Updates, u => Assert.Contains(u.Item, release.Items));
    }
}
