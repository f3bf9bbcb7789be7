using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Sla.Agreements;
using Itsm.Sla.Policies;
using Itsm.Sla.Reports;
using Itsm.Sla.Targets;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;

namespace Itsm.Json.Tests.Sla;

public class SlaRecordJsonTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly BusinessCalendar FiveByNine = BusinessCalendars.FiveByNine(Shanghai, new LocalTime(9, 0));
    private static readonly BusinessCalendar SevenByTwentyFour = BusinessCalendars.SevenByTwentyFour(Shanghai);
    private static readonly BusinessCalendarRegistry Registry = new([FiveByNine, SevenByTwentyFour]);
    private static readonly Actor Manager = new("wang.fang", "Wang Fang");
    private static readonly Instant Agreed = Instant.FromUtc(2026, 1, 5, 2, 0);

    private static readonly SlaPolicy Standard = SlaPolicy.Builder("standard").Add(Priority.P1, SlaMetric.Resolution, Duration.FromHours(8), FiveByNine).Build();
    private static readonly SlaPolicy Premium = SlaPolicy.Builder("premium").Add(Priority.P1, SlaMetric.Resolution, Duration.FromHours(4), SevenByTwentyFour).Build();

    [Fact]
    public void Agreement_RoundTrips_WithItsHistory()
    {
        var agreement = ServiceLevelAgreement
            .Create("SLA-2026-007", "Acme Bank", ["email", "payroll"], Standard, FiveByNine, new LocalDate(2026, 12, 31), Manager, Agreed)
            .Revise(Manager, Agreed + Duration.FromDays(30), "payroll is critical", servicePolicies: new Dictionary<string, SlaPolicy> { ["payroll"] = Premium })
            .Revise(Manager, Agreed + Duration.FromDays(60), "annual review", reviewDate: new LocalDate(2027, 3, 31));

        string json = ItsmJson.Serialize(agreement);
        var again = ItsmJson.Deserialize<ServiceLevelAgreement>(json, Registry);

        Assert.Equal(3, again.Version);
        Assert.Equal(agreement.History, again.History);
        Assert.Equal(Premium, again.ServicePolicies["payroll"]);
        Assert.Equal(Duration.FromHours(4), again.TargetFor("payroll", Priority.P1, SlaMetric.Resolution).Amount);
        Assert.Equal(json, ItsmJson.Serialize(again));
    }

    [Fact]
    public void Agreement_WithAGapInItsHistory_IsRefused()
    {
        var json = JObject.Parse(ItsmJson.Serialize(
            ServiceLevelAgreement.Create("SLA-1", "Acme", ["email"], Standard, FiveByNine, new LocalDate(2026, 12, 31), Manager, Agreed)));
        json["history"]![0]!["version"] = 2;

        var error = Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<ServiceLevelAgreement>(json.ToString(), Registry));

        Assert.Contains("versions run 1, 2, 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AvailabilityReport_RoundTrips()
    {
        var header = new ReportHeader(new Interval(Instant.FromUtc(2026, 3, 2, 0, 0), Instant.FromUtc(2026, 3, 9, 0, 0)), "customer review", "monitoring");
        var report = AvailabilityReport.For(FiveByNine, header,
        [
            new Outage(new Interval(Instant.FromUtc(2026, 3, 3, 2, 0), Instant.FromUtc(2026, 3, 3, 3, 30)), reference: "INC-1"),
            new Outage(new Interval(Instant.FromUtc(2026, 3, 4, 1, 0), Instant.FromUtc(2026, 3, 4, 2, 0)), isPlannedMaintenance: true),
        ]);

        string json = ItsmJson.Serialize(report);
        var again = ItsmJson.Deserialize<AvailabilityReport>(json);

        Assert.Equal(report.Header, again.Header);
        Assert.Equal(report.AvailabilityPercent, again.AvailabilityPercent);
        Assert.Equal(report.CountedOutages, again.CountedOutages);
        Assert.Equal(report.MeanTimeToRestore, again.MeanTimeToRestore);
        Assert.Equal(json, ItsmJson.Serialize(again));
    }

    [Fact]
    public void ServiceLevelReport_RoundTrips()
    {
        var header = new ReportHeader(new Interval(Instant.FromUtc(2026, 3, 1, 0, 0), Instant.FromUtc(2026, 4, 1, 0, 0)), "O&M monthly review", "ticketing export");
        SlaOutcome[] outcomes =
        [
            new("R1", Priority.P1, SlaMetric.Resolution, Instant.FromUtc(2026, 3, 2, 0, 0), Instant.FromUtc(2026, 3, 3, 0, 0), false),
            new("R2", Priority.P1, SlaMetric.Resolution, Instant.FromUtc(2026, 2, 2, 0, 0), Instant.FromUtc(2026, 2, 3, 0, 0), true),
            new("R3", Priority.P2, SlaMetric.Resolution, Instant.FromUtc(2026, 3, 20, 0, 0), null, false),
        ];
        var report = ServiceLevelReport.For(header, outcomes);

        string json = ItsmJson.Serialize(report);
        var again = ItsmJson.Deserialize<ServiceLevelReport>(json);

        Assert.Equal(report.Header, again.Header);
        Assert.Equal(report.Operations, again.Operations);
        Assert.Equal(report.Lines.Select(l => (l.Priority, l.Metric, l.Count, l.OnTimePercent, l.Trend)), again.Lines.Select(l => (l.Priority, l.Metric, l.Count, l.OnTimePercent, l.Trend)));
        Assert.Equal(report.Lines[0].PreviousOnTimePercents, again.Lines[0].PreviousOnTimePercents);
        Assert.Equal(json, ItsmJson.Serialize(again));
    }
}
