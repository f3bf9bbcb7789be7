using System;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Sla.Policies;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Tests.Policies;

/// <summary>Policies: the targets they lack, equality and text, and the builder's rules at their edges.</summary>
public class PolicyEdgeTests
{
    private static readonly BusinessCalendar FiveByNine = BusinessCalendars.FiveByNine(DateTimeZone.Utc, new LocalTime(9, 0));
    private static readonly BusinessCalendar SevenByTwentyFour = BusinessCalendars.SevenByTwentyFour(DateTimeZone.Utc);
    private static readonly Duration Hour = Duration.FromHours(1);

    private static SlaPolicy Standard() => SlaPolicy.Builder("standard")
        .Add(Priority.P1, SlaMetric.Response, Duration.FromMinutes(15), SevenByTwentyFour)
        .Add(Priority.P1, SlaMetric.Resolution, Duration.FromHours(4), SevenByTwentyFour)
        .Add(Priority.P2, SlaMetric.Resolution, Duration.FromHours(8), FiveByNine)
        .Build();

    // SlaPolicy

    [Fact]
    public void MissingTargetsAreListedByPriorityThenMetric()
    {
        var missing = Standard().MissingTargets([Priority.P1, Priority.P2, Priority.P3], [SlaMetric.Response, SlaMetric.Resolution]);

        Assert.Equal([(Priority.P2, SlaMetric.Response), (Priority.P3, SlaMetric.Response), (Priority.P3, SlaMetric.Resolution)], missing);
    }

    [Fact]
    public void APolicyWithEveryTargetAskedForLacksNone()
    {
        Assert.Empty(Standard().MissingTargets([Priority.P1, Priority.P2], [SlaMetric.Resolution]));
        Assert.Empty(Standard().MissingTargets([], [SlaMetric.Named("update")]));
    }

    [Fact]
    public void MissingTargetsRefuseNullArgumentsAndNullMetricsNamingThem()
    {
        var policy = Standard();

        Assert.Equal("priorities", Assert.Throws<ArgumentNullException>(() => policy.MissingTargets(null!, [SlaMetric.Response])).ParamName);
        Assert.Equal("metrics", Assert.Throws<ArgumentNullException>(() => policy.MissingTargets([Priority.P1], null!)).ParamName);
        Assert.Equal("metric", Assert.Throws<ArgumentNullException>(() => policy.MissingTargets([Priority.P1], [SlaMetric.Response, null!])).ParamName);
    }

    [Fact]
    public void PoliciesAreEqualOnlyWithTheSameNameAndEntries()
    {
        var standard = Standard();
        var renamed = SlaPolicy.Builder("gold")
            .Add(Priority.P1, SlaMetric.Response, Duration.FromMinutes(15), SevenByTwentyFour)
            .Add(Priority.P1, SlaMetric.Resolution, Duration.FromHours(4), SevenByTwentyFour)
            .Add(Priority.P2, SlaMetric.Resolution, Duration.FromHours(8), FiveByNine)
            .Build();
        var fewer = SlaPolicy.Builder("standard")
            .Add(Priority.P1, SlaMetric.Response, Duration.FromMinutes(15), SevenByTwentyFour)
            .Build();

        Assert.True(standard.Equals(Standard()));
        Assert.True(standard.Equals((object)Standard()));
        Assert.Equal(standard.GetHashCode(), Standard().GetHashCode());
        Assert.False(standard.Equals(renamed));
        Assert.False(standard.Equals(fewer));
        Assert.False(standard.Equals(null));
        Assert.False(standard.Equals((object)"standard"));
    }

    [Fact]
    public void APolicyIsWrittenAsItsNameAndNumberOfTargets() =>
        Assert.Equal("standard (3 targets)", Standard().ToString());

    // SlaPolicyBuilder

    [Fact]
    public void ABuiltTargetIsAddedAsItIs()
    {
        var target = new SlaTarget(SlaMetric.Resolution, Hour, FiveByNine, [SlaThreshold.Percent(80)]);

        var policy = SlaPolicy.Builder("built").Add(Priority.P2, target).Build();

        Assert.Same(target, policy.TargetFor(Priority.P2, SlaMetric.Resolution));
        Assert.Equal([new SlaPolicyEntry(Priority.P2, target)], policy.Entries);
    }

    [Fact]
    public void ABuiltTargetIsRefusedUnderAPriorityThatIsNotOneOrOneAlreadyDefined()
    {
        var target = new SlaTarget(SlaMetric.Resolution, Hour, FiveByNine);
        var builder = SlaPolicy.Builder("built")
            .Add(Priority.P2, target)
            .Add(Priority.P2, new SlaTarget(SlaMetric.Resolution, Hour * 2, FiveByNine))
            .Add(Priority.None, target);

        Assert.Equal(
            [
                "entry 1 (P2 resolution): P2 resolution is already defined by entry 0; each priority and metric has one target.",
                "entry 2 (None resolution): None is not a priority; use P1 to P5.",
            ],
            builder.Validate());
    }

    [Fact]
    public void ABuiltTargetIsRequired() =>
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => SlaPolicy.Builder("p").Add(Priority.P1, null!)).ParamName);

    [Fact]
    public void PrioritiesP1ToP5AreAcceptedAndTheOneAfterP5IsNot()
    {
        var builder = SlaPolicy.Builder("edges")
            .Add(Priority.P1, SlaMetric.Resolution, Hour, FiveByNine)
            .Add(Priority.P5, SlaMetric.Resolution, Hour, FiveByNine);
        Assert.Empty(builder.Validate());
        Assert.Equal(Hour, builder.Build().TargetFor(Priority.P5, SlaMetric.Resolution).Amount);

        Assert.Equal(
            ["entry 0 (6 resolution): 6 is not a priority; use P1 to P5."],
            SlaPolicy.Builder("edges").Add((Priority)6, SlaMetric.Resolution, Hour, FiveByNine).Validate());
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void APolicyWithoutANameIsRefused(string name)
    {
        const string problem = "The policy name is empty; a policy needs a name that reports and agreements can show.";
        var builder = SlaPolicy.Builder(name).Add(Priority.P1, SlaMetric.Resolution, Hour, FiveByNine);

        Assert.Equal([problem], builder.Validate());
        Assert.Equal([problem], Assert.Throws<InvalidSlaDefinitionException>(builder.Build).Problems);
    }
}
