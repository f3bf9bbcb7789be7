using System;
using System.Linq;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Sla.Clocks;
using Itsm.Sla.Reports;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Sla.Tests.Reports;

/// <summary>The reports' argument rules with their exact messages, and their figures at the edges of the period.</summary>
public class ReportEdgeTests
{
    /// <summary>The rule every instant outside the supported range breaks, as the messages end.</summary>
    private const string InstantRule = " is outside the supported range: instants lie from 1700-01-01T00:00:00Z to 2250-01-01T00:00:00Z, the range business time is measured in.";

    private static readonly BusinessCalendar W = BusinessCalendar.Builder("W", DateTimeZone.Utc)
        .AddWindow(new LocalTime(9, 0), new LocalTime(17, 0), IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
        .Build();

    /// <summary>Monday 2026-03-02, the start of the week reported on.</summary>
    private static readonly Instant S = Instant.FromUtc(2026, 3, 2, 0, 0);

    /// <summary>Monday 2026-03-09, the end of the week reported on.</summary>
    private static readonly Instant E = Instant.FromUtc(2026, 3, 9, 0, 0);

    private static readonly ReportHeader Week = new(new Interval(S, E), "customer service review", "monitoring export");

    private static readonly Duration Seven = Duration.FromDays(7);

    private static readonly Duration Hour = Duration.FromHours(1);

    private static readonly Instant TooLate = Instant.FromUtc(2250, 1, 2, 0, 0);

    private static readonly Instant TooEarly = Instant.FromUtc(1699, 12, 31, 0, 0);

    /// <summary>Day 0 is Monday 2026-03-02.</summary>
    private static Instant At(int day, int hour, int minute = 0) => Instant.FromUtc(2026, 3, 2 + day, hour, minute);

    private static SlaOutcome Resolution(string id, Priority priority, Instant opened, Instant? completed, bool breached = false) =>
        new(id, priority, SlaMetric.Resolution, opened, completed, breached);

    private static SlaOutcome Response(string id, Instant opened, Instant? completed, bool breached = false) =>
        new(id, Priority.P2, SlaMetric.Response, opened, completed, breached);

    private static ServiceLevelLine Line(int count, int met, params double?[] previous) =>
        new(Priority.P2, SlaMetric.Resolution, count, met, count - met, met * 100.0 / count, previous);

    // ReportHeader

    [Fact]
    public void AHeaderRefusesAnUnboundedOrEmptyPeriodNamingIt()
    {
        var unbounded = Assert.Throws<ArgumentException>(() => new ReportHeader(new Interval(null, E), "review", "monitoring"));
        Assert.Equal("period", unbounded.ParamName);
        Assert.StartsWith("The report period StartOfTime/2026-03-09T00:00:00Z is unbounded; a report covers a bounded period.", unbounded.Message);

        var empty = Assert.Throws<ArgumentException>(() => new ReportHeader(new Interval(S, S), "review", "monitoring"));
        Assert.Equal("period", empty.ParamName);
        Assert.StartsWith("The report period 2026-03-02T00:00:00Z/2026-03-02T00:00:00Z is empty.", empty.Message);

        Assert.Equal(Duration.Epsilon, new ReportHeader(new Interval(S, S + Duration.Epsilon), "review", "monitoring").Period.Duration);
    }

    [Fact]
    public void AHeaderRefusesAPeriodOutsideTheSupportedRangeNamingTheEndThatIs()
    {
        var early = Assert.Throws<ArgumentOutOfRangeException>(() => new ReportHeader(new Interval(TooEarly, S), "review", "monitoring"));
        Assert.Equal("period", early.ParamName);
        Assert.StartsWith("The report period's start 1699-12-31T00:00:00Z" + InstantRule, early.Message);

        var late = Assert.Throws<ArgumentOutOfRangeException>(() => new ReportHeader(new Interval(S, TooLate), "review", "monitoring"));
        Assert.Equal("period", late.ParamName);
        Assert.StartsWith("The report period's end 2250-01-02T00:00:00Z" + InstantRule, late.Message);
    }

    [Fact]
    public void AHeaderRefusesAMissingOrBlankAudienceOrDataSource()
    {
        var period = new Interval(S, E);
        Assert.Equal("audience", Assert.Throws<ArgumentNullException>(() => new ReportHeader(period, null!, "monitoring")).ParamName);
        Assert.Equal("dataSource", Assert.Throws<ArgumentNullException>(() => new ReportHeader(period, "review", null!)).ParamName);

        var audience = Assert.Throws<ArgumentException>(() => new ReportHeader(period, " ", "monitoring"));
        Assert.Equal("audience", audience.ParamName);
        Assert.StartsWith("A report names its audience; the audience is empty.", audience.Message);

        var source = Assert.Throws<ArgumentException>(() => new ReportHeader(period, "review", ""));
        Assert.Equal("dataSource", source.ParamName);
        Assert.StartsWith("A report names its data source; the data source is empty.", source.Message);
    }

    // Outage

    [Fact]
    public void AnOutageOpenAtEitherEndIsRefusedAsUnbounded()
    {
        var noStart = Assert.Throws<ArgumentException>(() => new Outage(new Interval(null, At(1, 12))));
        Assert.Equal("interval", noStart.ParamName);
        Assert.StartsWith("The outage StartOfTime/2026-03-03T12:00:00Z is unbounded; an outage ends when the service is restored.", noStart.Message);

        var noEnd = Assert.Throws<ArgumentException>(() => new Outage(new Interval(At(1, 10), null)));
        Assert.Equal("interval", noEnd.ParamName);
        Assert.StartsWith("The outage 2026-03-03T10:00:00Z/EndOfTime is unbounded; an outage ends when the service is restored.", noEnd.Message);
    }

    [Fact]
    public void AnEmptyOutageIsRefusedNamingItAndTheShortestIsAccepted()
    {
        var empty = Assert.Throws<ArgumentException>(() => new Outage(new Interval(At(1, 10), At(1, 10))));
        Assert.Equal("interval", empty.ParamName);
        Assert.StartsWith("The outage 2026-03-03T10:00:00Z/2026-03-03T10:00:00Z is empty.", empty.Message);

        Assert.Equal(Duration.Epsilon, new Outage(new Interval(At(1, 10), At(1, 10) + Duration.Epsilon)).Interval.Duration);
    }

    [Fact]
    public void AnOutageOutsideTheSupportedRangeIsRefusedNamingTheEndThatIs()
    {
        var early = Assert.Throws<ArgumentOutOfRangeException>(() => new Outage(new Interval(TooEarly, S)));
        Assert.Equal("interval", early.ParamName);
        Assert.StartsWith("The outage's start 1699-12-31T00:00:00Z" + InstantRule, early.Message);

        var late = Assert.Throws<ArgumentOutOfRangeException>(() => new Outage(new Interval(S, TooLate)));
        Assert.Equal("interval", late.ParamName);
        Assert.StartsWith("The outage's end 2250-01-02T00:00:00Z" + InstantRule, late.Message);
    }

    // AvailabilityReport

    [Fact]
    public void AnAvailabilityReportRefusesNullArgumentsNamingThem()
    {
        Assert.Equal("header", Assert.Throws<ArgumentNullException>(() => new AvailabilityReport(null!, "7x24", Seven, Duration.Zero, Duration.Zero, [], null)).ParamName);
        Assert.Equal("calendarId", Assert.Throws<ArgumentNullException>(() => new AvailabilityReport(Week, null!, Seven, Duration.Zero, Duration.Zero, [], null)).ParamName);
        Assert.Equal("countedOutages", Assert.Throws<ArgumentNullException>(() => new AvailabilityReport(Week, "7x24", Seven, Duration.Zero, Duration.Zero, null!, null)).ParamName);
    }

    [Fact]
    public void AnAvailabilityReportNamesTheFigureAndItsRangeWhenOneIsOutsideIt()
    {
        // Durations in messages are NodaTime's round-trip text, -D:hh:mm:ss.FFFFFFFFF.
        var agreed = Assert.Throws<ArgumentException>(() => new AvailabilityReport(Week, "7x24", Seven + Duration.Epsilon, Duration.Zero, Duration.Zero, [], null));
        Assert.Equal("agreedServiceTime", agreed.ParamName);
        Assert.StartsWith("The agreed service time 7 d 0.000000001 s is outside 0 to the report period's length 7 d.", agreed.Message);

        var planned = Assert.Throws<ArgumentException>(() => new AvailabilityReport(Week, "7x24", Seven, Duration.Zero, -Hour, [], null));
        Assert.Equal("plannedMaintenance", planned.ParamName);
        Assert.StartsWith("The planned maintenance -1 h is outside 0 to the report period's length 7 d.", planned.Message);

        var outage = new Outage(new Interval(S, S + Hour));
        var mean = Assert.Throws<ArgumentException>(() => new AvailabilityReport(Week, "7x24", Seven, Hour, Duration.Zero, [outage], Duration.Zero));
        Assert.Equal("meanTimeToRestore", mean.ParamName);
        Assert.StartsWith("The mean time to restore 0 min is outside (0, the report period's length 7 d].", mean.Message);

        var downtime = Assert.Throws<ArgumentException>(() => new AvailabilityReport(Week, "7x24", Hour, Hour * 2, Duration.Zero, [], null));
        Assert.Equal("downtime", downtime.ParamName);
        Assert.StartsWith("The downtime 2 h is outside 0 to the agreed service time 1 h.", downtime.Message);

        var unexplained = Assert.Throws<ArgumentException>(() => new AvailabilityReport(Week, "7x24", Seven, Hour, Duration.Zero, [], Hour));
        Assert.Equal("meanTimeToRestore", unexplained.ParamName);
        Assert.StartsWith("A mean time to restore is given exactly when some outage counted.", unexplained.Message);
    }

    [Fact]
    public void AnAvailabilityReportAcceptsAMeanTimeToRestoreOfTheWholePeriod()
    {
        var outage = new Outage(new Interval(S - Hour, E + Hour));

        var report = new AvailabilityReport(Week, "7x24", Seven, Seven, Duration.Zero, [outage], Seven);

        Assert.Equal(Seven, report.MeanTimeToRestore);
        Assert.Equal(0.0, report.AvailabilityPercent);
    }

    [Fact]
    public void MeasuringAvailabilityRefusesNullArgumentsAndNullOutagesNamingThem()
    {
        Assert.Equal("serviceHours", Assert.Throws<ArgumentNullException>(() => AvailabilityReport.For(null!, Week, [])).ParamName);
        Assert.Equal("header", Assert.Throws<ArgumentNullException>(() => AvailabilityReport.For(W, null!, [])).ParamName);
        Assert.Equal("outages", Assert.Throws<ArgumentNullException>(() => AvailabilityReport.For(W, Week, null!)).ParamName);

        Outage[] withNull = [new(new Interval(At(1, 10), At(1, 11))), null!];
        var error = Assert.Throws<ArgumentException>(() => AvailabilityReport.For(W, Week, withNull));
        Assert.Equal("outages", error.ParamName);
        Assert.StartsWith("An outage in the list is null.", error.Message);
    }

    [Fact]
    public void MaintenanceThatBeginsOrLiesInsideAnOutageCutsItAndTheRestIsDowntime()
    {
        Outage[] outages =
        [
            new(new Interval(At(1, 10), At(1, 12)), reference: "INC-A"),
            new(new Interval(At(1, 11), At(1, 13)), isPlannedMaintenance: true, reference: "CHG-1"),
            new(new Interval(At(2, 14), At(2, 17)), reference: "INC-B"),
            new(new Interval(At(2, 15), At(2, 16)), isPlannedMaintenance: true, reference: "CHG-2"),
        ];

        var report = AvailabilityReport.For(W, Week, outages);

        // Five days of 9 to 17 less the maintenance in those hours (11 to 13 and 15 to 16).
        Assert.Equal(Duration.FromHours(40 - 2 - 1), report.AgreedServiceTime);
        Assert.Equal(Duration.FromHours(3), report.PlannedMaintenance);

        // INC-A is down from 10 to 11 (maintenance from 11); INC-B from 14 to 15 and from 16 to 17.
        Assert.Equal(Duration.FromHours(1 + 2), report.Downtime);
        Assert.Equal(34.0 / 37 * 100, report.AvailabilityPercent!.Value, 10);
        Assert.Equal(["INC-A", "INC-B"], report.CountedOutages.Select(o => o.Reference));

        // The mean of the outages' real durations, 2 h and 3 h.
        Assert.Equal(Duration.FromMinutes(150), report.MeanTimeToRestore);
    }

    // ServiceLevelReport.For

    [Fact]
    public void AServiceLevelReportRefusesNullArgumentsAndNullOutcomesNamingThem()
    {
        Assert.Equal("header", Assert.Throws<ArgumentNullException>(() => ServiceLevelReport.For(null!, [])).ParamName);
        Assert.Equal("outcomes", Assert.Throws<ArgumentNullException>(() => ServiceLevelReport.For(Week, null!)).ParamName);

        SlaOutcome[] withNull = [Resolution("R1", Priority.P1, At(1, 10), At(1, 11)), null!];
        var error = Assert.Throws<ArgumentException>(() => ServiceLevelReport.For(Week, withNull));
        Assert.Equal("outcomes", error.ParamName);
        Assert.StartsWith("An outcome in the list is null.", error.Message);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(25)]
    public void AServiceLevelReportComparesWith0To24PreviousPeriods(int previousPeriods)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ServiceLevelReport.For(Week, [], previousPeriods));
        Assert.Equal("previousPeriods", error.ParamName);
        Assert.Equal(previousPeriods, error.ActualValue);
        Assert.StartsWith($"previousPeriods is {previousPeriods}; it lies from 0 to 24.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(24)]
    public void AServiceLevelReportGivesEachLineOneRatePerPreviousPeriod(int previousPeriods)
    {
        var report = ServiceLevelReport.For(Week, [Resolution("R1", Priority.P1, At(1, 10), At(1, 11))], previousPeriods);

        Assert.Equal(previousPeriods, Assert.Single(report.Lines).PreviousOnTimePercents.Count);
    }

    [Fact]
    public void PreviousPeriodsAreAsLongAsThePeriodAndEndWhereTheNextBegins()
    {
        var day = Duration.FromDays(1);
        SlaOutcome[] outcomes =
        [
            // This week: one met, one breached.
            Resolution("R1", Priority.P1, At(1, 10), At(1, 11)),
            Resolution("R2", Priority.P1, At(2, 10), At(3, 11), breached: true),

            // The week before: met, completed a moment before this week began.
            Resolution("R3", Priority.P1, S - day, S - Duration.Epsilon),

            // Two weeks before: breached, completed as that week began.
            Resolution("R4", Priority.P1, S - (day * 15), S - (day * 14), breached: true),

            // P2 completed only two weeks before: its line has no completions now and the rate before.
            Resolution("R5", Priority.P2, S - (day * 10), S - (day * 9)),

            // P4 completed four weeks before, earlier than the periods compared with: no line.
            Resolution("R6", Priority.P4, S - (day * 27), S - (day * 26)),
        ];

        var report = ServiceLevelReport.For(Week, outcomes, previousPeriods: 3);

        Assert.Equal([Priority.P1, Priority.P2], report.Lines.Select(l => l.Priority));
        var p1 = report.Lines[0];
        Assert.Equal((2, 1, 1, 50.0), (p1.Count, p1.Met, p1.Breached, p1.OnTimePercent));
        Assert.Equal([100.0, 0.0, null], p1.PreviousOnTimePercents);

        // 50 now against the mean 50 of 100 and 0.
        Assert.Equal(Trend.Steady, p1.Trend);

        var p2 = report.Lines[1];
        Assert.Equal((0, 0, 0, null), (p2.Count, p2.Met, p2.Breached, p2.OnTimePercent));
        Assert.Equal([null, 100.0, null], p2.PreviousOnTimePercents);
        Assert.Equal(Trend.Unknown, p2.Trend);
    }

    [Fact]
    public void WithoutPreviousPeriodsOutcomesCompletedBeforeThePeriodGiveNoLine()
    {
        var report = ServiceLevelReport.For(Week, [Resolution("R1", Priority.P1, S - Duration.FromDays(2), S - Duration.FromDays(1))], previousPeriods: 0);

        Assert.Empty(report.Lines);
    }

    [Fact]
    public void TheOperationsFiguresCountTheChosenMetricWithThePeriodIncludingItsStartAndExcludingItsEnd()
    {
        SlaOutcome[] outcomes =
        [
            Response("a: opened as the period began, met", S, S + Hour),
            Response("b: opened before, breached as the period began", S - Duration.FromDays(1), S, breached: true),
            Response("c: opened in the period, completed as it ended", E - Hour, E),
            Response("d: opened as the period ended", E, null),
            Response("e: completed before the period", S - Duration.FromDays(2), S - Hour),
            Response("f: opened in the period, still open", At(1, 10), null),
            Response("h: opened and met in the period", At(2, 10), At(3, 10)),
            Resolution("g: another metric", Priority.P2, At(1, 10), At(1, 11)),
        ];

        var ops = ServiceLevelReport.For(Week, outcomes, operationsMetric: SlaMetric.Response).Operations;

        Assert.Same(SlaMetric.Response, ops.Metric);

        // Issues: a, c, f, h. Handled: a, b, c, f, h. Completed: a, b, h, of which a and h on time. Open at the end: c, f.
        Assert.Equal((4, 5, 3, 2, 2), (ops.Issues, ops.Handled, ops.Completed, ops.CompletedOnTime, ops.OpenAtEnd));
        Assert.Equal(2 * 100.0 / 3, ops.OnTimePercent!.Value, 10);
        Assert.Equal(3 * 100.0 / 5, ops.CompletionPercent);
        Assert.Equal(2 * 100.0 / 5, ops.CarryOverPercent);
    }

    [Fact]
    public void OperationsFiguresWithNothingHandledHaveNoRates()
    {
        var ops = new OperationsFigures(SlaMetric.Resolution, 0, 0, 0, 0, 0);

        Assert.Null(ops.OnTimePercent);
        Assert.Null(ops.CompletionPercent);
        Assert.Null(ops.CarryOverPercent);
    }

    // ServiceLevelLine

    [Fact]
    public void ALineIsForP1ToP5AndNamesAPriorityThatIsNotOne()
    {
        Assert.Equal(Priority.P5, new ServiceLevelLine(Priority.P5, SlaMetric.Resolution, 0, 0, 0, null, []).Priority);
        Assert.Equal(Priority.P1, new ServiceLevelLine(Priority.P1, SlaMetric.Resolution, 0, 0, 0, null, []).Priority);

        var six = Assert.Throws<ArgumentException>(() => new ServiceLevelLine((Priority)6, SlaMetric.Resolution, 0, 0, 0, null, []));
        Assert.Equal("priority", six.ParamName);
        Assert.StartsWith("6 is not a priority; a line is for P1 to P5.", six.Message);

        var none = Assert.Throws<ArgumentException>(() => new ServiceLevelLine(Priority.None, SlaMetric.Resolution, 0, 0, 0, null, []));
        Assert.Equal("priority", none.ParamName);
        Assert.StartsWith("None is not a priority; a line is for P1 to P5.", none.Message);
    }

    [Fact]
    public void ALineRefusesANullMetricOrPreviousRatesNamingThem()
    {
        Assert.Equal("metric", Assert.Throws<ArgumentNullException>(() => new ServiceLevelLine(Priority.P1, null!, 0, 0, 0, null, [])).ParamName);
        Assert.Equal("previousOnTimePercents", Assert.Throws<ArgumentNullException>(() => new ServiceLevelLine(Priority.P1, SlaMetric.Resolution, 0, 0, 0, null, null!)).ParamName);
    }

    [Fact]
    public void ALineRefusesPreviousRatesWhenAnyOneIsOutside0To100()
    {
        var error = Assert.Throws<ArgumentException>(() => new ServiceLevelLine(Priority.P1, SlaMetric.Resolution, 0, 0, 0, null, [50.0, null, 100.5]));
        Assert.Equal("previousOnTimePercents", error.ParamName);
        Assert.StartsWith("A line compares with at most 24 previous periods, each null or 0 to 100.", error.Message);
    }

    [Fact]
    public void TheTrendIsSteadyWithinHalfAPointOfThePreviousMeanEdgesIncluded()
    {
        // 101 of 200 is 50.5 %: exactly half a point above 50, and 1 of 2 exactly half a point below 50.5.
        Assert.Equal(Trend.Steady, Line(200, 101, 50.0).Trend);
        Assert.Equal(Trend.Steady, Line(2, 1, 50.5).Trend);
        Assert.Equal(Trend.Steady, Line(4, 3, 75.0).Trend);
    }

    [Fact]
    public void TheTrendComparesWithTheMeanOfThePreviousRatesThatExist()
    {
        // 75 against the mean 70 of 40 and 100 (the missing period ignored): improving; against their minimum it would be too.
        Assert.Equal(Trend.Improving, Line(4, 3, 40.0, null, 100.0).Trend);

        // 50 against the mean 50 of 0 and 100: steady, though far above the lowest.
        Assert.Equal(Trend.Steady, Line(2, 1, 0.0, 100.0).Trend);

        // More than half a point either way.
        Assert.Equal(Trend.Improving, Line(1000, 506, 50.0).Trend);
        Assert.Equal(Trend.Worsening, Line(1000, 494, 50.0).Trend);
        Assert.Equal(Trend.Unknown, Line(2, 1, null, null).Trend);
    }

    // SlaOutcome.FromClock

    [Fact]
    public void AnOutcomeRefusesANullRecordOrClockAndAClockThatHasNotStarted()
    {
        var target = new SlaTarget(SlaMetric.Resolution, Duration.FromHours(4), BusinessCalendars.SevenByTwentyFour(DateTimeZone.Utc));
        var clock = SlaClock.Create("INC-9/resolution", target, Actor.System, S);

        Assert.Equal("recordId", Assert.Throws<ArgumentNullException>(() => SlaOutcome.FromClock(null!, Priority.P2, clock, E)).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => SlaOutcome.FromClock("INC-9", Priority.P2, null!, E)).ParamName);

        var error = Assert.Throws<ArgumentException>(() => SlaOutcome.FromClock("INC-9", Priority.P2, clock, E));
        Assert.Equal("clock", error.ParamName);
        Assert.StartsWith("The clock 'INC-9/resolution' has not started, so it has no outcome yet.", error.Message);
    }

    [Fact]
    public void AnOutcomeOfAReopenedClockIsCompletedAtItsLastStopUpToTheInstantRead()
    {
        var target = new SlaTarget(SlaMetric.Resolution, Duration.FromHours(4), BusinessCalendars.SevenByTwentyFour(DateTimeZone.Utc));
        var clock = SlaClock.Create("INC-9/resolution", target, Actor.System, At(1, 9));
        clock.Start(Actor.System, At(1, 9));
        clock.Stop(Actor.System, At(1, 10));
        clock.Reopen(Actor.System, At(2, 9));
        clock.Stop(Actor.System, At(2, 10));

        // One hour in each cycle, within four hours whichever way cycles combine: met.
        Assert.Equal(new SlaOutcome("INC-9", Priority.P2, SlaMetric.Resolution, At(1, 9), At(2, 10), false), SlaOutcome.FromClock("INC-9", Priority.P2, clock, At(2, 10)));
        Assert.Equal(At(2, 10), SlaOutcome.FromClock("INC-9", Priority.P2, clock, E).CompletedAt);
        Assert.Equal(At(1, 10), SlaOutcome.FromClock("INC-9", Priority.P2, clock, At(1, 10)).CompletedAt);
        Assert.Equal(At(1, 10), SlaOutcome.FromClock("INC-9", Priority.P2, clock, At(2, 9) - Duration.Epsilon).CompletedAt);
        Assert.Null(SlaOutcome.FromClock("INC-9", Priority.P2, clock, At(2, 9, 30)).CompletedAt);
    }
}
