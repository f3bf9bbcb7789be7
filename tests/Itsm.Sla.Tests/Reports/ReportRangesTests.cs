using System;
using Itsm.Core;
using Itsm.Sla.Reports;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Tests.Reports;

/// <summary>The ranges of every report figure, checked where the figure enters, each at its edge.</summary>
public class ReportRangesTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 0, 0);
    private static readonly ReportHeader Week = new(new Interval(Start, Start + Duration.FromDays(7)), "review", "monitoring");

    [Theory]
    [InlineData(0, 0, 0, null)]
    [InlineData(3, 2, 1, 200.0 / 3)]
    [InlineData(2, 2, 0, 100.0)]
    [InlineData(2, 0, 2, 0.0)]
    public void A_line_accepts_counts_that_add_up(int count, int met, int breached, double? percent) =>
        Assert.Equal(count, new ServiceLevelLine(Priority.P2, SlaMetric.Resolution, count, met, breached, percent, [null, 50.0]).Count);

    [Theory]
    [InlineData(-1, 0, -1, null, "count")]
    [InlineData(3, 2, 2, 66.7, "count")]
    [InlineData(3, -1, 4, 66.7, "count")]
    [InlineData(3, 2, 1, null, "onTimePercent")]
    [InlineData(3, 2, 1, 66.7, "onTimePercent")]
    [InlineData(3, 3, 0, 66.7, "onTimePercent")]
    [InlineData(0, 0, 0, 0.0, "onTimePercent")]
    [InlineData(3, 2, 1, 100.01, "onTimePercent")]
    [InlineData(3, 2, 1, -0.01, "onTimePercent")]
    public void A_line_refuses_figures_that_contradict_each_other(int count, int met, int breached, double? percent, string parameter) =>
        Assert.Equal(parameter, Assert.ThrowsAny<ArgumentException>(() => new ServiceLevelLine(Priority.P2, SlaMetric.Resolution, count, met, breached, percent, [])).ParamName);

    [Fact]
    public void A_line_names_the_percentage_that_disagrees_with_its_counts() =>
        Assert.StartsWith(
            "The on-time percentage 66.7 is not 2 met of 3 completed; it is given exactly when some outcome completed, as met x 100 / completed.",
            Assert.Throws<ArgumentException>(() => new ServiceLevelLine(Priority.P2, SlaMetric.Resolution, 3, 2, 1, 66.7, [])).Message,
            StringComparison.Ordinal);

    [Fact]
    public void A_line_refuses_a_priority_that_is_not_one_and_previous_rates_out_of_range()
    {
        Assert.Equal("priority", Assert.ThrowsAny<ArgumentException>(() => new ServiceLevelLine((Priority)6, SlaMetric.Resolution, 0, 0, 0, null, [])).ParamName);
        Assert.Equal("previousOnTimePercents", Assert.ThrowsAny<ArgumentException>(() => new ServiceLevelLine(Priority.P1, SlaMetric.Resolution, 0, 0, 0, null, [101.0])).ParamName);
        Assert.Equal("previousOnTimePercents", Assert.ThrowsAny<ArgumentException>(() => new ServiceLevelLine(Priority.P1, SlaMetric.Resolution, 0, 0, 0, null, new double?[25])).ParamName);
        Assert.Equal(24, new ServiceLevelLine(Priority.P1, SlaMetric.Resolution, 0, 0, 0, null, new double?[24]).PreviousOnTimePercents.Count);
    }

    [Theory]
    [InlineData(2, 5, 3, 3, 2)]
    [InlineData(0, 0, 0, 0, 0)]
    public void Operations_figures_that_fit_are_accepted(int issues, int handled, int completed, int onTime, int open) =>
        Assert.Equal(handled, new OperationsFigures(SlaMetric.Resolution, issues, handled, completed, onTime, open).Handled);

    [Theory]
    [InlineData(-1, 5, 3, 3, 2)]
    [InlineData(6, 5, 3, 3, 2)]
    [InlineData(2, 5, 3, 4, 2)]
    [InlineData(2, 5, 3, -1, 2)]
    [InlineData(2, 5, 3, 3, 3)]
    [InlineData(2, 5, 3, 3, -1)]
    public void Operations_figures_that_contradict_each_other_are_refused(int issues, int handled, int completed, int onTime, int open) =>
        Assert.Equal("handled", Assert.ThrowsAny<ArgumentException>(() => new OperationsFigures(SlaMetric.Resolution, issues, handled, completed, onTime, open)).ParamName);

    [Fact]
    public void An_availability_report_holds_its_figures_within_its_period()
    {
        var seven = Duration.FromDays(7);
        var hour = Duration.FromHours(1);

        Assert.Equal(100.0 * 6 / 7, new AvailabilityReport(Week, "7x24", seven, Duration.FromDays(1), seven, [new Outage(new Interval(Start, Start + hour))], hour).AvailabilityPercent!.Value, 12);
        Assert.Equal("agreedServiceTime", Assert.ThrowsAny<ArgumentException>(() => new AvailabilityReport(Week, "7x24", seven + Duration.Epsilon, Duration.Zero, Duration.Zero, [], null)).ParamName);
        Assert.Equal("agreedServiceTime", Assert.ThrowsAny<ArgumentException>(() => new AvailabilityReport(Week, "7x24", -Duration.Epsilon, Duration.Zero, Duration.Zero, [], null)).ParamName);
        Assert.Equal("plannedMaintenance", Assert.ThrowsAny<ArgumentException>(() => new AvailabilityReport(Week, "7x24", seven, Duration.Zero, seven + Duration.Epsilon, [], null)).ParamName);
        Assert.Equal("plannedMaintenance", Assert.ThrowsAny<ArgumentException>(() => new AvailabilityReport(Week, "7x24", seven, Duration.Zero, -Duration.Epsilon, [], null)).ParamName);
        Assert.Equal("downtime", Assert.ThrowsAny<ArgumentException>(() => new AvailabilityReport(Week, "7x24", hour, hour + Duration.Epsilon, Duration.Zero, [], null)).ParamName);
        Assert.Equal("downtime", Assert.ThrowsAny<ArgumentException>(() => new AvailabilityReport(Week, "7x24", hour, -Duration.Epsilon, Duration.Zero, [], null)).ParamName);
        var outage = new Outage(new Interval(Start, Start + hour));
        Assert.Equal("meanTimeToRestore", Assert.ThrowsAny<ArgumentException>(() => new AvailabilityReport(Week, "7x24", seven, hour, Duration.Zero, [outage], Duration.Zero)).ParamName);
        Assert.Equal("meanTimeToRestore", Assert.ThrowsAny<ArgumentException>(() => new AvailabilityReport(Week, "7x24", seven, hour, Duration.Zero, [outage], seven + Duration.Epsilon)).ParamName);
        Assert.Equal("meanTimeToRestore", Assert.ThrowsAny<ArgumentException>(() => new AvailabilityReport(Week, "7x24", seven, hour, Duration.Zero, [outage], null)).ParamName);
        Assert.Equal("meanTimeToRestore", Assert.ThrowsAny<ArgumentException>(() => new AvailabilityReport(Week, "7x24", seven, hour, Duration.Zero, [], hour)).ParamName);
        Assert.Null(new AvailabilityReport(Week, "7x24", Duration.Zero, Duration.Zero, Duration.Zero, [], null).AvailabilityPercent);
    }

    [Fact]
    public void A_report_over_the_whole_supported_range_computes_its_percentage_without_overflow()
    {
        var whole = new ReportHeader(new Interval(RecordTime.MinInstant, RecordTime.MaxInstant), "archive", "monitoring");
        var all = whole.Period.Duration;

        var report = new AvailabilityReport(whole, "7x24", all, all / 4, Duration.Zero, [], null);

        Assert.Equal(75.0, report.AvailabilityPercent!.Value, 9);
    }

    [Fact]
    public void Report_periods_and_outages_lie_in_the_supported_range()
    {
        var late = Instant.FromUtc(2250, 1, 1, 0, 0) + Duration.Epsilon;

        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new ReportHeader(new Interval(Start, late), "review", "monitoring")).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => new ReportHeader(new Interval(Instant.FromUtc(1699, 12, 31, 0, 0), Start), "review", "monitoring")).ParamName);
        Assert.Equal("interval", Assert.Throws<ArgumentOutOfRangeException>(() => new Outage(new Interval(Start, late))).ParamName);
        Assert.Equal("interval", Assert.Throws<ArgumentOutOfRangeException>(() => new Outage(new Interval(Instant.FromUtc(1626, 1, 1, 0, 0), Start))).ParamName);
    }
}
