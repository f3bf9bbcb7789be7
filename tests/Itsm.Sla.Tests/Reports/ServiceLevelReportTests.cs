using System.Linq;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Sla.Clocks;
using Itsm.Sla.Reports;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Tests.Reports;

public class ServiceLevelReportTests
{
    private static Instant D(int month, int day) => Instant.FromUtc(2026, month, day, 10, 0);

    private static SlaOutcome R(string id, Priority priority, Instant opened, Instant? completed, bool breached = false) =>
        new(id, priority, SlaMetric.Resolution, opened, completed, breached);

    private static readonly ReportHeader March =
        new(new Interval(Instant.FromUtc(2026, 3, 1, 0, 0), Instant.FromUtc(2026, 4, 1, 0, 0)), "O&M monthly review", "ticketing export 2026-04-01");

    private static readonly SlaOutcome[] Outcomes =
    [
        R("R1", Priority.P1, D(3, 2), D(3, 3)),
        R("R2", Priority.P1, D(3, 5), D(3, 6)),
        R("R3", Priority.P1, D(3, 10), D(3, 12), breached: true),
        R("R4", Priority.P1, D(2, 27), D(3, 2)),
        R("R5", Priority.P1, D(2, 10), D(2, 11)),
        R("R6", Priority.P1, D(2, 12), D(2, 13)),
        R("R7", Priority.P3, D(3, 15), D(3, 16)),
        R("R8", Priority.P3, D(3, 16), D(3, 18)),
        R("R9", Priority.P3, D(2, 20), null),
        R("R10", Priority.P2, D(3, 20), D(4, 2), breached: true),
        R("R11", Priority.P2, D(4, 3), null),
        new("S1", Priority.P1, SlaMetric.Response, D(3, 2), D(3, 2), false),
    ];

    [Fact]
    public void For_LinesPerPriorityAndMetric_WithTrendAgainstThePreviousPeriod()
    {
        var report = ServiceLevelReport.For(March, Outcomes, previousPeriods: 1);

        Assert.Equal(
            [(Priority.P1, "resolution"), (Priority.P1, "response"), (Priority.P3, "resolution")],
            report.Lines.Select(l => (l.Priority, l.Metric.Name)));

        var p1 = report.Lines[0];
        Assert.Equal((4, 3, 1, 75.0), (p1.Count, p1.Met, p1.Breached, p1.OnTimePercent));
        Assert.Equal([100.0], p1.PreviousOnTimePercents);
        Assert.Equal(Trend.Worsening, p1.Trend);
        Assert.Equal(Trend.Unknown, report.Lines[2].Trend);
        Assert.Equal("O&M monthly review", report.Header.Audience);
    }

    [Fact]
    public void For_TheFourOperationsFigures()
    {
        var ops = ServiceLevelReport.For(March, Outcomes).Operations;

        Assert.Equal((6, 8, 6, 5, 2), (ops.Issues, ops.Handled, ops.Completed, ops.CompletedOnTime, ops.OpenAtEnd));
        Assert.Equal(500.0 / 6, ops.OnTimePercent!.Value, 10);
        Assert.Equal(75.0, ops.CompletionPercent);
        Assert.Equal(25.0, ops.CarryOverPercent);
    }

    [Fact]
    public void For_NothingInThePeriod_HasNoRates()
    {
        var empty = ServiceLevelReport.For(March, []);
        Assert.Empty(empty.Lines);
        Assert.Null(empty.Operations.OnTimePercent);
        Assert.Null(empty.Operations.CarryOverPercent);
    }

    [Fact]
    public void SlaOutcome_FromClock_ReadsStartStopAndBreach()
    {
        var calendar = BusinessCalendars.SevenByTwentyFour(DateTimeZone.Utc);
        var clock = SlaClock.Create("INC-9/resolution", new SlaTarget(SlaMetric.Resolution, Duration.FromHours(4), calendar), Actor.System, D(3, 2));
        clock.Start(Actor.System, D(3, 2));
        clock.Stop(Actor.System, D(3, 2) + Duration.FromHours(5));

        var outcome = SlaOutcome.FromClock("INC-9", Priority.P2, clock, March.Period.End);

        Assert.Equal(new SlaOutcome("INC-9", Priority.P2, SlaMetric.Resolution, D(3, 2), D(3, 2) + Duration.FromHours(5), true), outcome);
        Assert.Null(SlaOutcome.FromClock("INC-9", Priority.P2, clock, D(3, 2) + Duration.FromHours(1)).CompletedAt);
    }
}
