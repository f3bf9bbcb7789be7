using System;
using Itsm.Core.Approvals;

namespace Itsm.Core.Tests.Approvals;

public class QuorumTests
{
    [Theory]
    [InlineData(50, 3, 2)]
    [InlineData(50, 4, 2)]
    [InlineData(1, 7, 1)]
    [InlineData(100, 7, 7)]
    [InlineData(34, 3, 2)]
    [InlineData(33, 3, 1)]
    [InlineData(60, 0, 0)]
    public void AShare_IsRoundedUp(int percentage, int members, int required) =>
        Assert.Equal(required, Quorum.Share(percentage).RequiredOf(members));

    [Fact]
    public void ACount_IsTheCount_WhateverTheBody() =>
        Assert.Equal((3, 3, 3), (Quorum.Count(3).RequiredOf(2), Quorum.Count(3).RequiredOf(3), Quorum.Count(3).RequiredOf(10)));

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(-5)]
    public void AShareOutside1To100_IsRefused(int percentage)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Quorum.Share(percentage));
        Assert.Equal("percentage", error.ParamName);
        Assert.Contains("outside 1 to 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BothEndsOfTheRanges_AreAccepted() =>
        Assert.Equal((1, 100, 1), (Quorum.Share(1).Figure, Quorum.Share(100).Figure, Quorum.Count(1).Figure));

    [Fact]
    public void ACountBelowOne_AndANegativeBody_AreRefused()
    {
        Assert.Equal("members", Assert.Throws<ArgumentOutOfRangeException>(() => Quorum.Count(0)).ParamName);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => Quorum.Share(50).RequiredOf(-1));
        Assert.Equal("members", negative.ParamName);
        Assert.StartsWith("A body of -1 members is not a body; it has 0 members or more.", negative.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EqualityAndText_FollowKindAndFigure()
    {
        Assert.Equal(Quorum.Share(50), Quorum.Share(50));
        Assert.NotEqual(Quorum.Share(3), Quorum.Count(3));
        Assert.Equal(("50%", "3 members", "1 member"), (Quorum.Share(50).ToString(), Quorum.Count(3).ToString(), Quorum.Count(1).ToString()));
    }
}
