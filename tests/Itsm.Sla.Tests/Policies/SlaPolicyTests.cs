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
            .Add(Priority.P3, SlaMetric.Resolution, Duration.FromHours(8), FiveByNine, percentages: [0, 50, 120, 50, 10_001])
            .Add(Priority.P3, SlaMetric.Resolution, Duration.FromHours(9), FiveByNine)
            .Add(Priority.P4, SlaMetric.Response, Duration.FromHours(1), FiveByNine, leadTimes: [Duration.FromHours(2), Duration.FromMinutes(-90)]);

        var error = Assert.Throws<InvalidSlaDefinitionException>(builder.Build);

        Assert.Equal(7, error.Problems.Count);
        Assert.Equal(builder.Validate(), error.Problems);
        Assert.Contains(error.Problems, p => p.Contains("entry 0 (P1 resolution): the target -4 h is outside (0, 36525 d]", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("entry 1 (P2 resolution): the target 0 min is outside", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("the threshold 0% is outside (0, 10000]", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("the threshold 10001% is outside (0, 10000]", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("entry 2 (P3 resolution): the threshold 50% is listed twice", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("entry 3", StringComparison.Ordinal) && p.Contains("already defined by entry 2", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("entry 4 (P4 response): the lead time -1 h 30 min is negative", StringComparison.Ordinal));
        Assert.DoesNotContain(error.Problems, p => p.Contains("120%", StringComparison.Ordinal) || p.Contains("2 h", StringComparison.Ordinal));
        Assert.Contains("7 problems", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ThresholdsAtAndPastTheTarget_AndLeadTimesUpToAndPastIt_AreAccepted()
    {
        var policy = SlaPolicy.Builder("escalations")
            .Add(Priority.P1, SlaMetric.Resolution, Duration.FromMinutes(30), SevenByTwentyFour,
                percentages: [100, 150], leadTimes: [Duration.Zero, Duration.FromHours(1), Duration.FromMinutes(30)])
            .Build();

        var target = policy.TargetFor(Priority.P1, SlaMetric.Resolution);
        Assert.Equal(
            [Duration.FromMinutes(30), Duration.FromMinutes(45), Duration.FromMinutes(30), Duration.Zero, Duration.Zero],
            target.Thresholds.Select(t => t.LevelFor(target.Amount)));
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
    [InlineData(-5)]
    [InlineData(10_001)]
    public void SlaThreshold_PercentOutOfRange_IsRefusedAsAnInvalidDefinition(int percent)
    {
        var error = Assert.Throws<InvalidSlaDefinitionException>(() => SlaThreshold.Percent(percent));
        Assert.Contains("the threshold " + percent + "% is outside (0, 10000]", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void SlaThreshold_NegativeLeadTime_IsRefusedAsAnInvalidDefinition()
    {
        var error = Assert.Throws<InvalidSlaDefinitionException>(() => SlaThreshold.Before(Duration.FromMinutes(-45)));
        Assert.Contains("the lead time -45 min is negative", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void SlaTarget_LongerThanAHundredYears_IsRefused()
    {
        var error = Assert.Throws<InvalidSlaDefinitionException>(() => new SlaTarget(SlaMetric.Resolution, Duration.FromDays(777_215), FiveByNine));
        Assert.Contains("the target 777215 d is outside (0, 36525 d]", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void SlaThreshold_Levels_PercentRoundsTowardZero_LeadTimeCountsBack()
    {
        Assert.Equal(Duration.FromNanoseconds(3), SlaThreshold.Percent(50).LevelFor(Duration.FromNanoseconds(7)));
        Assert.Equal(Duration.FromMinutes(432), SlaThreshold.Percent(90).LevelFor(Duration.FromHours(8)));
        Assert.Equal(Duration.FromHours(7), SlaThreshold.Before(Duration.FromHours(1)).LevelFor(Duration.FromHours(8)));
        Assert.Equal(Duration.FromHours(8), SlaThreshold.Percent(100).LevelFor(Duration.FromHours(8)));
        Assert.Equal(Duration.FromHours(12), SlaThreshold.Percent(150).LevelFor(Duration.FromHours(8)));
        Assert.Equal(Duration.FromHours(8), SlaThreshold.Before(Duration.Zero).LevelFor(Duration.FromHours(8)));
        Assert.Equal(Duration.Zero, SlaThreshold.Before(Duration.FromHours(1)).LevelFor(Duration.FromMinutes(30)));
        Assert.Equal(Duration.FromDays(3_652_500), SlaThreshold.Percent(SlaThreshold.MaxPercentage).LevelFor(SlaTarget.MaxAmount));
    }

    [Fact]
    public void SlaThreshold_ToString_SpellsDurationsAsPeopleReadThem()
    {
        Assert.Equal("1 h 30 min before breach", SlaThreshold.Before(Duration.FromMinutes(90)).ToString());
        Assert.Equal("2 d 3 h before breach", SlaThreshold.Before(Duration.FromHours(51)).ToString());
        Assert.Equal("33.3%", SlaThreshold.Percent(33.3m).ToString());
        Assert.Equal("resolution 45 min on 5x9", new SlaTarget(SlaMetric.Resolution, Duration.FromMinutes(45), FiveByNine).ToString());
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
