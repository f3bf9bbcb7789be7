using System;
using System.Collections.Generic;
using Itsm.Core.Approvals;

namespace Itsm.Changes.Tests.Cab;

public class CabRuleTests
{
    private static readonly CabRule Board = new(["a", "b", "c", "d", "v"], Quorum.Share(60), vetoMembers: ["v"]);

    [Fact]
    public void AShareQuorum_IsRoundedUp() => Assert.Equal(3, Board.RequiredVotes);

    [Theory]
    [InlineData("", CabOutcome.Pending)]
    [InlineData("a+ b+", CabOutcome.Pending)]
    [InlineData("a+ b+ c+", CabOutcome.Authorized)]
    [InlineData("a+ b- c0", CabOutcome.Rejected)]
    [InlineData("a+ b0 c0", CabOutcome.Authorized)]
    [InlineData("a0 b0 c0", CabOutcome.Rejected)]
    [InlineData("v-", CabOutcome.Rejected)]
    [InlineData("a+ b+ c+ d+ v-", CabOutcome.Rejected)]
    [InlineData("a+ b+ v+", CabOutcome.Authorized)]
    [InlineData("x+ y+ z+", CabOutcome.Pending)]
    public void TheOutcome_FollowsVetoQuorumAndMajority(string votes, CabOutcome outcome)
    {
        var cast = new Dictionary<string, CabVote>();
        foreach (var vote in votes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            cast[vote[..^1]] = vote[^1] switch { '+' => CabVote.Approve, '-' => CabVote.Reject, _ => CabVote.Abstain };
        }

        Assert.Equal(outcome, Board.OutcomeOf(cast));
    }

    [Fact]
    public void ARule_IsValidatedWhenBuilt()
    {
        Assert.Throws<ArgumentException>(() => new CabRule([], Quorum.Count(1)));
        Assert.Contains("'a' is a member of the board more than once", Assert.Throws<ArgumentException>(() => new CabRule(["a", "a"], Quorum.Count(1))).Message, StringComparison.Ordinal);
        Assert.Contains("'z' holds a veto but is not a member", Assert.Throws<ArgumentException>(() => new CabRule(["a"], Quorum.Count(1), ["z"])).Message, StringComparison.Ordinal);
        Assert.Contains("cannot be reached by a board of 2", Assert.Throws<ArgumentException>(() => new CabRule(["a", "b"], Quorum.Count(3))).Message, StringComparison.Ordinal);
        Assert.Equal(2, new CabRule(["a", "b"], Quorum.Count(2)).RequiredVotes);
    }
}
