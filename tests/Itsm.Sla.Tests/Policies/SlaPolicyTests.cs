using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Sla.Policies;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Tests.Policies;

public class SlaPolicyTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly BusinessCalendar FiveByNine = BusinessCalendars.FiveByNine(Shanghai, new LocalTime(9, 0));
    private static readonly BusinessCalendar SevenByTwentyFour = BusinessCalendars.SevenByTwentyFour(Shanghai);

    [Fact]
    public void Build_SelectsTargetsByPriorityAndMetric_OnTheServiceLevelCalendars()
    {
        var policy = SlaPolicy.Builder("standard")
            .Add(Priority.P1, SlaMetric.Response, Duration.FromMinutes(15), SevenByTwentyFour)
            .Add(Priority.P1, SlaMetric.Resolution, Duration.FromHours(4), SevenByTwentyFour, leadTimes: [Duration.FromHours(1)])
            .Add(Priority.P3, SlaMetric.Resolution, Duration.FromHours(24), FiveByNine, percentages: [80])
            .Build();

        var p1 = policy.TargetFor(Priority.P1, SlaMetric.Resolution);
        Assert.Equal(Duration.FromHours(4), p1.Amount);
        Assert.Equal("7x24", p1.Calendar.Id);
        Assert.Equal([SlaThreshold.Percent(50), SlaThreshold.Percent(75), SlaThreshold.Percent(90), SlaThreshold.Before(Duration.FromHours(1))], p1.Thresholds.AsEnumerable());
        Assert.Equal([SlaThreshold.Percent(80)], policy.TargetFor(Priority.P3, SlaMetric.Resolution).Thresholds.AsEnumerable());
        Assert.False(policy.TryGetTarget(Priority.P2, SlaMetric.Resolution, out _));
        var missing = Assert.Throws<KeyNotFoundException>(() => policy.TargetFor(Priority.P5, SlaMetric.Named("update")));
        Assert.Contains("'standard'", missing.Message, StringComparison.Ordinal);
        Assert.Contains("update", missing.Message, StringComparison.Ordinal);
        Assert.Contains("P5", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_InvalidPolicy_ListsEveryProblemInOneException()
    {
        var builder = SlaPolicy.Builder("broken")
            .Add(Priority.P1, SlaMetric.Resolution, Duration.FromHours(-4), SevenByTwentyFour)
            .Add(Priority.P2, SlaMetric.Resolution, Duration.Zero, FiveByNine)
            .Add(Priority.P3, SlaMetric.Resolution, Duration.FromHours(8), FiveByNine, percentages: [0, 50, 120])
            .Add(Priority.P3, SlaMetric.Resolution, Duration.FromHours(9), FiveByNine)
            .Add(Priority.P4, SlaMetric.Response, Duration.FromHours(1), FiveByNine, leadTimes: [Duration.FromHours(2)]);

        var error = Assert.Throws<InvalidSlaDefinitionException>(builder.Build);

        Assert.Equal(6, error.Problems.Count);
        Assert.Equal(builder.Validate(), error.Problems);
        Assert.Contains(error.Problems, p => p.Contains("entry 0 (P1 resolution)", StringComparison.Ordinal) && p.Contains("not positive", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("entry 1 (P2 resolution)", StringComparison.Ordinal) && p.Contains("not positive", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("0%", StringComparison.Ordinal) && p.Contains("(0, 100)", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("120%", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("entry 3", StringComparison.Ordinal) && p.Contains("already defined by entry 2", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("entry 4", StringComparison.Ordinal) && p.Contains("not shorter than the target", StringComparison.Ordinal));
        Assert.Contains("6 problems", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MissingPriority_IsAProblem() =>
        Assert.Contains(
            "None is not a priority",
            Assert.Single(SlaPolicy.Builder("p").Add(Priority.None, SlaMetric.Response, Duration.FromHours(1), FiveByNine).Validate()),
            StringComparison.Ordinal);

    [Fact]
    public void SlaTarget_Invalid_ListsEveryProblem()
    {
        var error = Assert.Throws<InvalidSlaDefinitionException>(() =>
            new SlaTarget(SlaMetric.Response, Duration.FromHours(-1), FiveByNine, [SlaThreshold.Percent(50), SlaThreshold.Percent(50)]));
        Assert.Equal(2, error.Problems.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(-5)]
    public void SlaThreshold_PercentOutsideTheOpenInterval_IsRefused(int percent)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SlaThreshold.Percent(percent));
        Assert.Contains(percent + "%", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SlaThreshold_Levels_PercentRoundsTowardZero_LeadTimeCountsBack()
    {
        Assert.Equal(Duration.FromNanoseconds(3), SlaThreshold.Percent(50).LevelFor(Duration.FromNanoseconds(7)));
        Assert.Equal(Duration.FromMinutes(432), SlaThreshold.Percent(90).LevelFor(Duration.FromHours(8)));
        Assert.Equal(Duration.FromHours(7), SlaThreshold.Before(Duration.FromHours(1)).LevelFor(Duration.FromHours(8)));
    }

    [Fact]
    public void SlaMetric_Names_AreCaseInsensitiveAndValidated()
    {
        Assert.Same(SlaMetric.Resolution, SlaMetric.Named("Resolution"));
        Assert.Equal(SlaMetric.Named("update"), SlaMetric.Named("UPDATE"));
        Assert.Throws<ArgumentException>(() => SlaMetric.Named("first response"));
    }

    [Fact]
    public void Policies_WithTheSameEntries_AreEqual()
    {
        SlaPolicy Make() => SlaPolicy.Builder("p").Add(Priority.P2, SlaMetric.Response, Duration.FromHours(1), FiveByNine).Build();
        Assert.Equal(Make(), Make());
        Assert.Single(Make().Entries, e => e.Priority == Priority.P2);
    }
}
