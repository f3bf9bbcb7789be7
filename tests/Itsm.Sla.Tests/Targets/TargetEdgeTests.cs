using System;
using Itsm.Calendars;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Tests.Targets;

/// <summary>Metrics, targets and thresholds at the edges of their rules, with the exact problems they report.</summary>
public class TargetEdgeTests
{
    private static readonly BusinessCalendar FiveByNine = BusinessCalendars.FiveByNine(DateTimeZone.Utc, new LocalTime(9, 0));
    private static readonly BusinessCalendar SevenByTwentyFour = BusinessCalendars.SevenByTwentyFour(DateTimeZone.Utc);
    private static readonly Duration Hour = Duration.FromHours(1);

    // SlaMetric

    [Fact]
    public void AMetricNameIsRequired()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => SlaMetric.Named(null!)).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("#update")]
    [InlineData("first response")]
    [InlineData("update!")]
    public void AMetricNameOfOtherCharactersOrNoneIsRefusedNamingIt(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => SlaMetric.Named(name));
        Assert.Equal("name", error.ParamName);
        Assert.StartsWith("'" + name + "' is not a metric name; names use letters, digits, '-' and '_' and are not empty.", error.Message);
    }

    [Fact]
    public void AMetricNameOfLettersDigitsDashesAndUnderscoresIsKeptInLowerCase()
    {
        var metric = SlaMetric.Named("First_Response-2");

        Assert.Equal("first_response-2", metric.Name);
        Assert.Equal("first_response-2", metric.ToString());
        Assert.Equal("x", SlaMetric.Named("X").Name);
    }

    [Fact]
    public void TheWellKnownNamesGiveTheWellKnownMetrics()
    {
        Assert.Same(SlaMetric.Response, SlaMetric.Named("RESPONSE"));
        Assert.Same(SlaMetric.Resolution, SlaMetric.Named("resolution"));
    }

    [Fact]
    public void MetricsAreEqualByNameInAnyCase()
    {
        var update = SlaMetric.Named("update");

        Assert.True(update.Equals(SlaMetric.Named("Update")));
        Assert.True(update.Equals((object)SlaMetric.Named("UPDATE")));
        Assert.Equal(update.GetHashCode(), SlaMetric.Named("UpDate").GetHashCode());
        Assert.False(update.Equals(SlaMetric.Response));
        Assert.False(update.Equals(null));
        Assert.False(update.Equals("update"));
    }

    // SlaTarget

    [Fact]
    public void TargetsWithTheSameMetricAmountCalendarAndThresholdsAreEqual()
    {
        var a = new SlaTarget(SlaMetric.Resolution, Hour, FiveByNine, [SlaThreshold.Percent(80), SlaThreshold.Before(Duration.FromMinutes(10))]);
        var b = new SlaTarget(SlaMetric.Named("Resolution"), Duration.FromMinutes(60), BusinessCalendars.FiveByNine(DateTimeZone.Utc, new LocalTime(9, 0)), [SlaThreshold.Percent(80), SlaThreshold.Before(Duration.FromMinutes(10))]);

        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a.Equals(a));
    }

    [Fact]
    public void TargetsThatDifferInAnyOnePartAreNotEqual()
    {
        var target = new SlaTarget(SlaMetric.Resolution, Hour, FiveByNine);

        Assert.False(target.Equals(new SlaTarget(SlaMetric.Response, Hour, FiveByNine)));
        Assert.False(target.Equals(new SlaTarget(SlaMetric.Resolution, Hour * 2, FiveByNine)));
        Assert.False(target.Equals(new SlaTarget(SlaMetric.Resolution, Hour, SevenByTwentyFour)));
        Assert.False(target.Equals(new SlaTarget(SlaMetric.Resolution, Hour, FiveByNine, [SlaThreshold.Percent(50), SlaThreshold.Percent(75)])));
        Assert.False(target.Equals(null));
        Assert.False(target.Equals((object?)null));
        Assert.False(target.Equals((object)SlaMetric.Resolution));
    }

    [Fact]
    public void ATargetOfTheLongestAmountIsAccepted()
    {
        var target = new SlaTarget(SlaMetric.Resolution, SlaTarget.MaxAmount, SevenByTwentyFour);

        Assert.Equal(Duration.FromDays(36_525), target.Amount);
        Assert.Equal("resolution 36525 d on 7x24", target.ToString());
    }

    [Fact]
    public void ATargetANanosecondLongerThanTheLongestIsRefusedNamingItsAmountAndTheRule()
    {
        var error = Assert.Throws<InvalidSlaDefinitionException>(() => new SlaTarget(SlaMetric.Resolution, SlaTarget.MaxAmount + Duration.Epsilon, SevenByTwentyFour));

        const string problem = "resolution: the target 36525 d 0.000000001 s is outside (0, 36525 d]; a target allows some business time, at most a hundred years of it.";
        Assert.Equal([problem], error.Problems);
        Assert.Equal("The SLA definition is not valid (1 problem):" + Environment.NewLine + "- " + problem, error.Message);
    }

    [Fact]
    public void ATargetOfNoTimeIsRefusedAndOfANanosecondAccepted()
    {
        var error = Assert.Throws<InvalidSlaDefinitionException>(() => new SlaTarget(SlaMetric.Response, Duration.Zero, SevenByTwentyFour));

        Assert.Equal(["response: the target 0 min is outside (0, 36525 d]; a target allows some business time, at most a hundred years of it."], error.Problems);
        Assert.Equal(Duration.Epsilon, new SlaTarget(SlaMetric.Response, Duration.Epsilon, SevenByTwentyFour).Amount);
    }

    [Fact]
    public void ANullThresholdIsAProblemOfTheTarget()
    {
        var error = Assert.Throws<InvalidSlaDefinitionException>(() => new SlaTarget(SlaMetric.Named("update"), Hour, FiveByNine, [SlaThreshold.Percent(50), null!]));

        Assert.Equal(["update: a threshold is null."], error.Problems);
    }

    [Fact]
    public void ATargetRefusesANullMetricOrCalendarNamingIt()
    {
        Assert.Equal("metric", Assert.Throws<ArgumentNullException>(() => new SlaTarget(null!, Hour, FiveByNine)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => new SlaTarget(SlaMetric.Resolution, Hour, null!)).ParamName);
    }

    // SlaThreshold

    [Theory]
    [InlineData("0")]
    [InlineData("10000.0001")]
    public void APercentageOutOfRangeIsRefusedWithTheThresholdNamed(string percentage)
    {
        var error = Assert.Throws<InvalidSlaDefinitionException>(() => SlaThreshold.Percent(decimal.Parse(percentage, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(
            ["threshold: the threshold " + percentage + "% is outside (0, 10000]; a threshold fires once some business time has passed, at most a hundred times the target."],
            error.Problems);
    }

    [Fact]
    public void ANegativeLeadTimeIsRefusedWithTheThresholdNamed()
    {
        var error = Assert.Throws<InvalidSlaDefinitionException>(() => SlaThreshold.Before(-Duration.Epsilon));

        Assert.Equal(["threshold: the lead time -0.000000001 s is negative; a lead time is business time left before the target, zero or more."], error.Problems);
    }

    [Fact]
    public void ALeadTimeAsLongAsTheLongestTargetIsAcceptedAndALongerOneRefused()
    {
        Assert.Equal(SlaTarget.MaxAmount, SlaThreshold.Before(SlaTarget.MaxAmount).LeadTime);

        var error = Assert.Throws<InvalidSlaDefinitionException>(() => SlaThreshold.Before(SlaTarget.MaxAmount + Duration.Epsilon));

        Assert.Equal(["threshold: the lead time 36525 d 0.000000001 s is longer than the longest target, 36525 d."], error.Problems);
    }

    [Fact]
    public void LevelsForATargetThatIsNotPositiveAreZero()
    {
        Assert.Equal(Duration.Zero, SlaThreshold.Percent(50).LevelFor(-Hour));
        Assert.Equal(Duration.Zero, SlaThreshold.Percent(150).LevelFor(-Duration.Epsilon));
        Assert.Equal(Duration.Zero, SlaThreshold.Before(Duration.Zero).LevelFor(-Hour));
        Assert.Equal(Duration.Zero, SlaThreshold.Percent(50).LevelFor(Duration.Zero));
    }

    [Fact]
    public void APercentageIsWrittenWithAPercentSign()
    {
        Assert.Equal("75%", SlaThreshold.Percent(75).ToString());
        Assert.Equal("12.5%", SlaThreshold.Percent(12.5m).ToString());
        Assert.Equal("50%", SlaThreshold.Percent(50.000m).ToString());
        Assert.Equal("0 min before breach", SlaThreshold.Before(Duration.Zero).ToString());
    }
}
