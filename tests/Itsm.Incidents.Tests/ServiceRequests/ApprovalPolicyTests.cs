using System;
using System.Linq;
using Itsm.Tests.Shared;

namespace Itsm.Incidents.Tests.ServiceRequests;

public class ApprovalPolicyTests
{
    [Theory]
    [InlineData(50, 3, 2)]
    [InlineData(50, 4, 2)]
    [InlineData(50, 1, 1)]
    [InlineData(1, 10, 1)]
    [InlineData(100, 7, 7)]
    [InlineData(34, 3, 2)]
    [InlineData(33, 3, 1)]
    [InlineData(67, 3, 3)]
    [InlineData(66, 3, 2)]
    [InlineData(75, 4, 3)]
    public void RequiredApprovals_OfAQuorum_IsTheCeilingOfThePercentage(int percentage, int approvers, int required) =>
        Assert.Equal(required, ApprovalPolicy.Quorum(percentage).RequiredApprovals(approvers));

    [Fact]
    public void RequiredApprovals_OfTheOtherPolicies()
    {
        Assert.Equal(0, ApprovalPolicy.None.RequiredApprovals(0));
        Assert.Equal(1, ApprovalPolicy.AnyOne.RequiredApprovals(5));
        Assert.Equal(5, ApprovalPolicy.All.RequiredApprovals(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ApprovalPolicy.All.RequiredApprovals(0));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(-5)]
    public void Quorum_OutsideOneToHundred_IsRefused(int percentage)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ApprovalPolicy.Quorum(percentage));
        Assert.Contains("outside 1 to 100", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AnyOne", 3, 1, 0, ApprovalOutcome.Approved)]
    [InlineData("AnyOne", 3, 0, 2, ApprovalOutcome.Pending)]
    [InlineData("AnyOne", 3, 0, 3, ApprovalOutcome.Rejected)]
    [InlineData("All", 3, 2, 0, ApprovalOutcome.Pending)]
    [InlineData("All", 3, 3, 0, ApprovalOutcome.Approved)]
    [InlineData("All", 3, 2, 1, ApprovalOutcome.Rejected)]
    [InlineData("All", 3, 0, 1, ApprovalOutcome.Rejected)]
    [InlineData("Quorum50", 3, 1, 1, ApprovalOutcome.Pending)]
    [InlineData("Quorum50", 3, 2, 1, ApprovalOutcome.Approved)]
    [InlineData("Quorum50", 3, 0, 2, ApprovalOutcome.Rejected)]
    [InlineData("Quorum50", 4, 0, 2, ApprovalOutcome.Pending)]
    [InlineData("Quorum50", 4, 1, 3, ApprovalOutcome.Rejected)]
    [InlineData("None", 0, 0, 0, ApprovalOutcome.Approved)]
    public void OutcomeOf_ApprovesAtTheRequiredNumber_AndRejectsWhenItIsOutOfReach(string policy, int approvers, int approvals, int rejections, ApprovalOutcome expected)
    {
        var approval = policy switch
        {
            "AnyOne" => ApprovalPolicy.AnyOne,
            "All" => ApprovalPolicy.All,
            "None" => ApprovalPolicy.None,
            _ => ApprovalPolicy.Quorum(50),
        };

        Assert.Equal(expected, approval.OutcomeOf(approvers, approvals, rejections));
    }

    [Fact]
    public void OutcomeOf_RefusesMoreDecisionsThanApprovers() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ApprovalPolicy.AnyOne.OutcomeOf(2, 2, 1));

    [ScaledProperty(Cases = 2_000)]
    public void Quorum_RequiresTheSmallestCountThatReachesThePercentage(byte rawPercentage, byte rawApprovers)
    {
        int percentage = 1 + (rawPercentage % 100);
        int approvers = 1 + (rawApprovers % 60);

        int required = ApprovalPolicy.Quorum(percentage).RequiredApprovals(approvers);

        Assert.True(required * 100 >= percentage * approvers);
        Assert.True((required - 1) * 100 < percentage * approvers);
    }

    [Fact]
    public void Equality_AndText()
    {
        Assert.Equal(ApprovalPolicy.Quorum(50), ApprovalPolicy.Quorum(50));
        Assert.NotEqual(ApprovalPolicy.Quorum(50), ApprovalPolicy.Quorum(51));
        Assert.NotEqual(ApprovalPolicy.All, ApprovalPolicy.Quorum(100));
        Assert.Equal(ApprovalPolicy.Quorum(50).GetHashCode(), ApprovalPolicy.Quorum(50).GetHashCode());
        Assert.Equal(["none", "any one", "all", "quorum 50%"], new[] { ApprovalPolicy.None, ApprovalPolicy.AnyOne, ApprovalPolicy.All, ApprovalPolicy.Quorum(50) }.Select(p => p.ToString()));
        Assert.False(ApprovalPolicy.None.NeedsApproval);
        Assert.Null(ApprovalPolicy.All.QuorumPercentage);
        Assert.Equal(50, ApprovalPolicy.Quorum(50).QuorumPercentage);
    }
}
