using System;
using Itsm.Core;
using NodaTime;

namespace Itsm.Incidents.Tests.ProgressUpdates;

/// <summary>The policy's intervals and their range, validated as the policy is built.</summary>
public class ProgressUpdatePolicyTests
{
    [Fact]
    public void None_OwesNothing()
    {
        Assert.Empty(ProgressUpdatePolicy.None.Intervals);
        Assert.Null(ProgressUpdatePolicy.None.IntervalFor(UpdateAudience.Customer, Priority.P1));
        Assert.False(ProgressUpdatePolicy.None.Covers(UpdateAudience.Customer));
    }

    [Fact]
    public void Every_SetsOneAudienceAndPriority_AndReplacesAnEarlierInterval_WithoutChangingTheOriginal()
    {
        var first = ProgressUpdatePolicy.None.Every(UpdateAudience.Customer, Priority.P1, Duration.FromMinutes(30));
        var second = first.Every(UpdateAudience.Customer, Priority.P1, Duration.FromMinutes(15)).Every(UpdateAudience.Management, Priority.P1, Duration.FromHours(1));

        Assert.Equal(Duration.FromMinutes(30), first.IntervalFor(UpdateAudience.Customer, Priority.P1));
        Assert.Equal(Duration.FromMinutes(15), second.IntervalFor(UpdateAudience.Customer, Priority.P1));
        Assert.Null(second.IntervalFor(UpdateAudience.Customer, Priority.P2));
        Assert.False(first.Covers(UpdateAudience.Management));
        Assert.True(second.Covers(UpdateAudience.Management));
        Assert.Equal(
            [new ProgressUpdateInterval(UpdateAudience.Customer, Priority.P1, Duration.FromMinutes(15)), new ProgressUpdateInterval(UpdateAudience.Management, Priority.P1, Duration.FromHours(1))],
            second.Intervals);
    }

    [Theory]
    [InlineData(-30 * 60)]
    [InlineData(0)]
    [InlineData(59)]
    [InlineData((366 * 86_400) + 1)]
    public void Every_RefusesAnIntervalOutsideItsRange(long seconds)
    {
        var interval = Duration.FromSeconds(seconds);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ProgressUpdatePolicy.None.Every(UpdateAudience.Customer, Priority.P2, interval));

        Assert.Equal("interval", error.ParamName);
        Assert.Contains(interval.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains("P2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_AcceptsBothEndsOfItsRange()
    {
        var policy = ProgressUpdatePolicy.None
            .Every(UpdateAudience.Customer, Priority.P1, ProgressUpdatePolicy.MinInterval)
            .Every(UpdateAudience.Customer, Priority.P5, ProgressUpdatePolicy.MaxInterval);

        Assert.Equal(Duration.FromMinutes(1), policy.IntervalFor(UpdateAudience.Customer, Priority.P1));
        Assert.Equal(Duration.FromDays(366), policy.IntervalFor(UpdateAudience.Customer, Priority.P5));
    }

    [Fact]
    public void Every_RefusesAnUnknownAudienceOrPriority()
    {
        Assert.Equal("audience", Assert.Throws<ArgumentException>(() => ProgressUpdatePolicy.None.Every((UpdateAudience)9, Priority.P1, Duration.FromHours(1))).ParamName);
        Assert.Equal("priority", Assert.Throws<ArgumentOutOfRangeException>(() => ProgressUpdatePolicy.None.Every(UpdateAudience.Customer, (Priority)6, Duration.FromHours(1))).ParamName);
    }
}
