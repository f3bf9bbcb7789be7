using System;
using System.Linq;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Audits.Tests.Programmes;

/// <summary>The programme: validation, the risk basis, and the coverage report.</summary>
public class AuditProgrammeTests
{
    private static readonly Id<Kinds.Process> Incidents = new("incident-management");
    private static readonly Id<Kinds.Process> Changes = new("change-management");
    private static readonly DateInterval Year = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

    private static AuditProgramme Programme(int cycle = 12) => new(
        "2026 internal audits",
        Year,
        ["every process at least yearly"],
        [new ProgrammeProcess(Incidents, ProcessImportance.High, PreviousResult.Conforming), new ProgrammeProcess(Changes, ProcessImportance.Medium, PreviousResult.MinorNonconformities)],
        ["8.5.1", "8.6.1"],
        ["Shanghai"],
        ["interviews", "record sampling"],
        cycle);

    [Fact]
    public void AProcessOfHighImportance_IsAuditedTwiceAsOften()
    {
        var programme = Programme();
        Assert.Equal(6, programme.CycleFor(programme.Processes[0]));
        Assert.Equal(12, programme.CycleFor(programme.Processes[1]));
        Assert.Equal(6, programme.CycleFor(new ProgrammeProcess(Changes, ProcessImportance.Low, PreviousResult.MajorNonconformity)));
        Assert.Equal(
            [new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30)), new DateInterval(new LocalDate(2026, 7, 1), new LocalDate(2026, 12, 31))],
            programme.CyclesOf(programme.Processes[0]));
        Assert.Equal(4, Programme(cycle: 7).CycleFor(programme.Processes[0]));
    }

    [Fact]
    public void Coverage_SaysWhichProcessIsAudited_Planned_NotPlanned_OrOverdue()
    {
        var programme = Programme();
        AuditCoverageFact[] audits =
        [
            new(new("AUD-1"), [Incidents], new DateInterval(new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 3)), AuditState.Closed),
            new(new("AUD-2"), [Changes, Incidents], new DateInterval(new LocalDate(2026, 10, 5), new LocalDate(2026, 10, 6)), AuditState.Prepared),
            new(new("AUD-3"), [Changes], new DateInterval(new LocalDate(2026, 5, 5), new LocalDate(2026, 5, 6)), AuditState.Cancelled),
        ];

        var report = programme.Coverage(audits, new LocalDate(2026, 8, 1));

        Assert.Equal(
            [
                ("incident-management", CoverageStatus.Audited, "AUD-1"),
                ("incident-management", CoverageStatus.Planned, "AUD-2"),
                ("change-management", CoverageStatus.Planned, "AUD-2"),
            ],
            report.Entries.Select(e => (e.Process.Value, e.Status, string.Join(",", e.Audits))));
        var later = programme.Coverage(audits, new LocalDate(2027, 1, 1));
        Assert.Equal([CoverageStatus.Audited, CoverageStatus.Overdue, CoverageStatus.Overdue], later.Entries.Select(e => e.Status));
        Assert.Equal(2, later.Overdue.Count);
        Assert.Equal([CoverageStatus.Audited, CoverageStatus.NotPlanned, CoverageStatus.NotPlanned], programme.Coverage(audits.Take(1), new LocalDate(2026, 8, 1)).Entries.Select(e => e.Status));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void ACycleLongerThanAYear_OrNone_IsRefused(int months) =>
        Assert.Equal("cycleMonths", Assert.Throws<ArgumentOutOfRangeException>(() => Programme(months)).ParamName);

    [Fact]
    public void AProgrammeWithoutObjectivesProcessesOrMethods_OrOverTenYears_IsRefused()
    {
        ProgrammeProcess[] one = [new(Incidents, ProcessImportance.Low, PreviousResult.NotAudited)];
        Assert.Equal("objectives", Assert.Throws<ArgumentException>(() => new AuditProgramme("p", Year, [], one, [], [], ["interviews"])).ParamName);
        Assert.Equal("processes", Assert.Throws<ArgumentException>(() => new AuditProgramme("p", Year, ["o"], [], [], [], ["interviews"])).ParamName);
        Assert.Equal("processes", Assert.Throws<ArgumentException>(() => new AuditProgramme("p", Year, ["o"], [.. one, .. one], [], [], ["interviews"])).ParamName);
        Assert.Equal("methods", Assert.Throws<ArgumentException>(() => new AuditProgramme("p", Year, ["o"], one, [], [], [])).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => new AuditProgramme("p", new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2036, 1, 2)), ["o"], one, [], [], ["i"])).ParamName);
    }

    [Fact]
    public void AProgrammeEndingOnTheCalendarsLastDay_HasItsCycles()
    {
        var programme = new AuditProgramme("last", new DateInterval(new LocalDate(9999, 6, 1), new LocalDate(9999, 12, 31)), ["o"], [new(Incidents, ProcessImportance.Low, PreviousResult.NotAudited)], [], [], ["i"], 12);
        Assert.Equal([new DateInterval(new LocalDate(9999, 6, 1), new LocalDate(9999, 12, 31))], programme.CyclesOf(programme.Processes[0]));
    }
}
