using System;
using System.Collections.Immutable;
using NodaTime;
using static Itsm.Changes.Tests.Changes.ChangeFixtures;

namespace Itsm.Changes.Tests.Changes;

public class ChangeSettingsTests
{
    [Fact]
    public void TheAuthorityOfEachRiskLevel_IsTheChangeManagerOrTheBoard_ForEveryLevel()
    {
        Assert.Equal(
            (ChangeAuthority.ChangeManager, ChangeAuthority.Cab, ChangeAuthority.Cab, ChangeAuthority.EmergencyCab),
            (Settings.AuthorityFor(ChangeModel.Normal, RiskLevel.Low), Settings.AuthorityFor(ChangeModel.Normal, RiskLevel.Medium), Settings.AuthorityFor(ChangeModel.Normal, RiskLevel.High), Settings.AuthorityFor(ChangeModel.Emergency, RiskLevel.Low)));

        var missing = Assert.Throws<ArgumentException>(() => Settings with { AuthorityByRisk = ImmutableDictionary<RiskLevel, ChangeAuthority>.Empty.Add(RiskLevel.Low, ChangeAuthority.Cab) });
        Assert.Contains("Medium, High has none", missing.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Settings with { AuthorityByRisk = Settings.AuthorityByRisk.SetItem(RiskLevel.High, ChangeAuthority.EmergencyCab) });
        Assert.Equal(ChangeAuthority.Cab, (Settings with { AuthorityByRisk = Settings.AuthorityByRisk.SetItem(RiskLevel.Low, ChangeAuthority.Cab) }).AuthorityFor(ChangeModel.Normal, RiskLevel.Low));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    [InlineData(59)]
    [InlineData((366 * 86_400) + 1)]
    public void TheRetrospectiveDeadline_IsOneMinuteTo366Days(long seconds) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Settings with { RetrospectiveApprovalWithin = Duration.FromSeconds(seconds) });

    [Fact]
    public void TheRetrospectiveDeadline_AcceptsBothEnds() =>
        Assert.Equal(
            (Duration.FromMinutes(1), Duration.FromDays(366)),
            ((Settings with { RetrospectiveApprovalWithin = Duration.FromMinutes(1) }).RetrospectiveApprovalWithin, (Settings with { RetrospectiveApprovalWithin = Duration.FromDays(366) }).RetrospectiveApprovalWithin));

    [Fact]
    public void NullsAreRefused()
    {
        Assert.Throws<ArgumentNullException>(() => new ChangeSettings(W, Settings.Cab, null!));
        Assert.Throws<ArgumentNullException>(() => Settings with { RiskModel = null! });
        Assert.Throws<ArgumentNullException>(() => Settings with { Roles = null! });
    }
}
