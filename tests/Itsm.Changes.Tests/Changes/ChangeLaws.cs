using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using Itsm.Testing;
using Itsm.Testing.Laws;
using Itsm.Tests.Shared;

namespace Itsm.Changes.Tests.Changes;

/// <summary>The kit's aggregate laws on random change histories of the three models, and the
/// generator's reach.</summary>
[ScaledProperties(Arbitrary = [typeof(ChangeArbitraries)], Cases = 2_000)]
public class ChangeLaws : AggregateLawTests<ChangeScenario, Change, HistoryStep<ChangeTrigger>, ChangeTrigger, ChangeEvent>
{
    protected override Arbitrary<ChangeScenario> Generator => ChangeArbitraries.Scenarios();

    protected override IReadOnlyList<ChangeTrigger> NotCommands => [ChangeTrigger.Request];

    protected override void AssertInvariants(Change change)
    {
        Assert.True(change.State is not (ChangeState.BeforeImplementation or ChangeState.Preparing), "a change is never in a superstate");
        Assert.Equal(change.State == ChangeState.Cancelled, change.CancelReason is not null);
        Assert.Equal(change.Model == ChangeModel.Standard, change.Template is not null);

        // Votes: members of the board, once each, never after the decision.
        Assert.Equal(change.Votes.Count, change.Votes.Select(v => v.Member).Distinct(StringComparer.Ordinal).Count());
        Assert.All(change.Votes, v => Assert.True(change.Board!.IsMember(v.Member)));
        if (change.Decision is { } decision)
        {
            Assert.All(change.Votes, v => Assert.True(v.At <= decision.At));
            Assert.True(change.IsIndependentOf(decision.By));
            if (change.Board is not null)
            {
                Assert.Equal(decision.Authorized ? CabOutcome.Authorized : CabOutcome.Rejected, change.BoardOutcome);
            }
        }

        Assert.Equal(change.State == ChangeState.Rejected, change.Decision is { Authorized: false });

        // Nothing is implemented without the authorisation its model needs, or the retrospective obligation.
        bool implemented = change.State is ChangeState.Implementing or ChangeState.Review or ChangeState.Closed;
        bool authorised = change.Decision is { Authorized: true } d && d.Authority == change.Authority && change.Authority == ExpectedAuthority(change);
        if (implemented || change.State is ChangeState.Authorized or ChangeState.Scheduled)
        {
            Assert.True(
                authorised || change.Model == ChangeModel.Standard || (change.ImplementedNowAt is not null && change.Model == ChangeModel.Emergency),
                $"{change.Model} change {change.State} without its authorisation");
        }

        if (change.State == ChangeState.Closed && change.Model == ChangeModel.Emergency)
        {
            Assert.NotNull(change.Review);
            Assert.True(authorised || change.RetrospectiveApproval is not null, "an emergency change closed unapproved");
        }

        if (change.Outcome == ChangeOutcome.Failed)
        {
            Assert.False(string.IsNullOrWhiteSpace(change.Remedy));
        }
    }

    private static ChangeAuthority? ExpectedAuthority(Change change) =>
        change.Risk is { } risk ? ChangeScenario.Settings.AuthorityFor(change.Model, risk.Level) : null;
}
