using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using static Itsm.Changes.Tests.Changes.ChangeFixtures;

namespace Itsm.Changes.Tests.Changes;

/// <summary>The board: votes once, the decision computed from the votes, the chair records it with reasons.</summary>
public class ChangeBoardTests
{
    private static Change Voted(params (Actor Member, CabVote Vote)[] votes)
    {
        var change = AwaitingAuthorization(MediumRisk);
        int minute = 0;
        foreach (var (member, vote) in votes)
        {
            change.Vote(member, Mon(10, minute++), vote, vote == CabVote.Reject ? "too risky" : null);
        }

        return change;
    }

    public static IEnumerable<object[]> Decisions() =>
    [
        [new[] { CabVote.Approve, CabVote.Approve, CabVote.Approve }, true],
        [new[] { CabVote.Approve, CabVote.Approve, CabVote.Reject }, true],
        [new[] { CabVote.Approve, CabVote.Reject, CabVote.Abstain }, false],
        [new[] { CabVote.Approve, CabVote.Abstain, CabVote.Abstain }, true],
        [new[] { CabVote.Reject, CabVote.Reject, CabVote.Approve }, false],
    ];

    [Theory]
    [MemberData(nameof(Decisions))]
    public void TheDecision_IsComputedFromTheVotes(CabVote[] votes, bool authorized)
    {
        var members = new[] { Cab1, Cab2, Cab3 };
        var change = Voted([.. members.Zip(votes)]);

        Assert.Equal(authorized, change.Decide(Manager, Mon(11), "as voted"));

        Assert.Equal(authorized ? ChangeState.Authorized : ChangeState.Rejected, change.State);
        Assert.Equal(new ChangeDecision(ChangeAuthority.Cab, authorized, Manager, Mon(11), "as voted"), change.Decision);
    }

    [Fact]
    public void BeforeTheQuorumHasVoted_TheBoardDoesNotDecide()
    {
        var change = Voted((Cab1, CabVote.Approve), (Cab2, CabVote.Approve));
        Assert.Equal(CabOutcome.Pending, change.BoardOutcome);

        var error = Assert.Throws<InvalidTransitionException>(() => change.Decide(Manager, Mon(11), "two of four said yes"));

        Assert.Contains("the quorum has voted", error.Message, StringComparison.Ordinal);
        Assert.Equal(ChangeState.AwaitingAuthorization, change.State);
        Assert.False(change.CanFire(ChangeTrigger.ConcludeAuthorized, Manager, Mon(11)));
        Assert.False(change.CanFire(ChangeTrigger.ConcludeRejected, Manager, Mon(11)));
    }

    [Fact]
    public void AVeto_Rejects_WithoutWaitingForTheQuorum()
    {
        var change = Voted((Cab1, CabVote.Approve), (Security, CabVote.Reject));

        Assert.Equal(CabOutcome.Rejected, change.BoardOutcome);
        Assert.False(change.Decide(Manager, Mon(11), "security vetoed"));
        Assert.Equal(ChangeState.Rejected, change.State);
    }

    [Fact]
    public void AMemberVotesOnce_AndNoVoteChangesAfterTheDecision()
    {
        var change = Voted((Cab1, CabVote.Approve), (Cab2, CabVote.Approve), (Cab3, CabVote.Approve));

        var again = Assert.Throws<InvalidTransitionException>(() => change.Vote(Cab1, Mon(10, 30), CabVote.Reject, "changed my mind"));
        Assert.Contains(ChangeLifecycle.VotesOnce, again.Message, StringComparison.Ordinal);
        change.Decide(Manager, Mon(11), "unanimous");
        Assert.Throws<InvalidTransitionException>(() => change.Vote(Security, Mon(11, 5), CabVote.Reject, "late veto"));

        Assert.Equal(ChangeState.Authorized, change.State);
        Assert.Equal([CabVote.Approve, CabVote.Approve, CabVote.Approve], change.Votes.Select(v => v.Vote));
    }

    [Fact]
    public void OnlyMembersVote_NeitherTheRequesterNorTheImplementer_AndARejectionSaysWhy()
    {
        var change = AwaitingAuthorization(MediumRisk);

        var outsider = Assert.Throws<CommandNotAuthorizedException>(() => change.Vote(Outsider, Mon(10), CabVote.Approve));
        Assert.Contains("only a member of the board votes", outsider.Message, StringComparison.Ordinal);
        Assert.Throws<CommandNotAuthorizedException>(() => change.Vote(Requester, Mon(10), CabVote.Approve));
        Assert.Equal("comment", Assert.Throws<ArgumentException>(() => change.Vote(Cab1, Mon(10), CabVote.Reject)).ParamName);
        Assert.Empty(change.Votes);
    }

    [Fact]
    public void TheBoard_IsRecordedAsItWasAsked()
    {
        var change = AwaitingAuthorization(MediumRisk);

        Assert.Equal(Settings.Cab, change.Board);
        Assert.Equal(Settings.Cab, Change.FromEvents(change.Events, Settings with { }).Board);
    }

    [Fact]
    public void AHistoryWithAVoteFromANonMember_IsRefused()
    {
        var change = Voted((Cab1, CabVote.Approve));
        var events = change.Events.Select(e => e is ChangeVoted v ? new ChangeVoted(v.At, Outsider, v.Vote, v.Comment) { Version = v.Version } : e).ToList();

        var error = Assert.Throws<InvalidHistoryException>(() => Change.FromEvents(events, Settings));

        Assert.Contains("only a member of the change's board votes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AHistoryWhoseDecisionTheVotesDoNotGive_IsRefused()
    {
        var change = Voted((Cab1, CabVote.Approve), (Cab2, CabVote.Reject), (Cab3, CabVote.Reject));
        change.Decide(Manager, Mon(11), "rejected");
        var events = change.Events.Select(e => e is ChangeDecided d ? d with { Authorized = true } : e).ToList();

        var error = Assert.Throws<InvalidHistoryException>(() => Change.FromEvents(events, Settings));

        Assert.Contains(ChangeLifecycle.VotesAuthorize, error.Message, StringComparison.Ordinal);
    }
}
