using System;
using System.Linq;
using Itsm.Calendars;
using Itsm.Sla.Reports;
using NodaTime;

namespace Itsm.Sla.Tests.Reports;

public class AvailabilityReportTests
{
    private static readonly BusinessCalendar W = BusinessCalendar.Builder("W", DateTimeZone.Utc)
        .AddWindow(new LocalTime(9, 0), new LocalTime(17, 0), IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday)
        .Build();

    /// <summary>Day 0 is Monday 2026-03-02.</summary>
    private static Instant At(int day, int hour, int minute = 0) => Instant.FromUtc(2026, 3, 2 + day, hour, minute);

    private static readonly ReportHeader Week = new(new Interval(At(0, 0), At(7, 0)), "customer service review", "monitoring export");

    [Fact]
    public void For_CountsDowntimeOnlyInAgreedHours_OverlapsOnce_PlannedMaintenanceExcluded()
    {
        Outage[] outages =
        [
            new(new Interval(At(1, 10), At(1, 12)), reference: "INC-1"),
            new(new Interval(At(1, 11), At(1, 13)), reference: "INC-2"),
            new(new Interval(At(5, 10), At(5, 12)), reference: "INC-3 (Saturday)"),
            new(new Interval(At(2, 16), At(3, 10)), reference: "INC-4 (overnight)"),
            new(new Interval(At(4, 9), At(4, 11)), isPlannedMaintenance: true, reference: "CHG-9"),
            new(new Interval(At(4, 10), At(4, 10, 30)), reference: "INC-5 (inside maintenance)"),
        ];

        var report = AvailabilityReport.For(W, Week, outages);

        Assert.Equal(Duration.FromHours(38), report.AgreedServiceTime);
        Assert.Equal(Duration.FromHours(2), report.PlannedMaintenance);
        Assert.Equal(Duration.FromHours(5), report.Downtime);
        Assert.Equal(33.0 / 38 * 100, report.AvailabilityPercent!.Value, 10);
        Assert.Equal(["INC-1", "INC-2", "INC-4 (overnight)"], report.CountedOutages.Select(o => o.Reference));
        Assert.Equal(3, report.OutageCount);
        Assert.Equal(Duration.FromMinutes(22 * 60 / 3), report.MeanTimeToRestore);
        Assert.Equal("W", report.CalendarId);
        Assert.Equal("monitoring export", report.Header.DataSource);
    }

    [Fact]
    public void For_NoOutages_IsFullyAvailable_WithoutMeanTimeToRestore()
    {
        var report = AvailabilityReport.For(W, Week, []);
        Assert.Equal(100.0, report.AvailabilityPercent);
        Assert.Null(report.MeanTimeToRestore);
        Assert.Equal(0, report.OutageCount);
    }

    [Fact]
    public void For_PeriodWithoutServiceHours_HasNoAvailabilityFigure() =>
        Assert.Null(AvailabilityReport.For(W, new ReportHeader(new Interval(At(5, 0), At(7, 0)), "ops", "monitoring"), []).AvailabilityPercent);

    [Fact]
    public void ReportHeader_RequiresAudienceDataSourceAndBoundedPeriod()
    {
        Assert.Throws<ArgumentException>(() => new ReportHeader(new Interval(At(0, 0), At(7, 0)), " ", "monitoring"));
        Assert.Throws<ArgumentException>(() => new ReportHeader(new Interval(At(0, 0), At(7, 0)), "ops", ""));
        Assert.Throws<ArgumentException>(() => new ReportHeader(new Interval(null, At(7, 0)), "ops", "monitoring"));
    }

    [Fact]
    public void Outage_Empty_IsRefused() =>
        Assert.Throws<ArgumentException>(() => new Outage(new Interval(At(1, 10), At(1, 10))));
}
