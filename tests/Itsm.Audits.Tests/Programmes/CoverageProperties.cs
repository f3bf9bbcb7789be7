using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Itsm.Testing;
using NodaTime;
using Itsm.Tests.Shared;

namespace Itsm.Audits.Tests.Programmes;

/// <summary>The coverage report against a brute-force count, day by day, over random programmes and audits.</summary>
[ScaledProperties(Arbitrary = [typeof(AuditProgrammeArbitraries)], Cases = 2_000)]
public class CoverageProperties
{
    [Property]
    public Property Coverage_EqualsABruteForceCount(CoverageCase @case)
    {
        var report = @case.Programme.Coverage(@case.Audits, @case.Today);
        var expected = BruteForce(@case);

        Assert.Equal(expected, report.Entries.Select(e => (e.Process.Value, e.Cycle.Start, e.Cycle.End, e.Status, string.Join(",", e.Audits))));
        return true.ToProperty()
            .Classify(report.Overdue.Count > 0, "some overdue")
            .Classify(report.Entries.Any(e => e.Status == CoverageStatus.Audited), "some audited")
            .Classify(report.Entries.Any(e => e.Status == CoverageStatus.Planned), "some planned")
            .Classify(report.NotPlanned.Count > 0, "some not planned");
    }

    /// <summary>Walks every day of the period, numbering each day's cycle by counting whole cycles from the start.</summary>
    private static List<(string, LocalDate, LocalDate, CoverageStatus, string)> BruteForce(CoverageCase @case)
    {
        var programme = @case.Programme;
        var result = new List<(string, LocalDate, LocalDate, CoverageStatus, string)>();
        foreach (var process in programme.Processes)
        {
            int months = process.Importance == ProcessImportance.High || process.PreviousResult == PreviousResult.MajorNonconformity
                ? (programme.CycleMonths + 1) / 2
                : programme.CycleMonths;
            var days = new SortedDictionary<int, List<LocalDate>>();
            for (var day = programme.Period.Start; day <= programme.Period.End; day = day.PlusDays(1))
            {
                int k = 0;
                while (programme.Period.Start.PlusMonths((k + 1) * months) <= day)
                {
                    k++;
                }

                if (!days.TryGetValue(k, out var list))
                {
                    days[k] = list = [];
                }

                list.Add(day);
            }

            foreach (var cycleDays in days.Values)
            {
                var (first, last) = (cycleDays[0], cycleDays[^1]);
                var audits = @case.Audits.Where(a => a.State != AuditState.Cancelled && a.Processes.Contains(process.Process) && cycleDays.Contains(a.Dates.Start)).ToList();
                var status = audits.Exists(a => a.State is AuditState.Reported or AuditState.FollowUp or AuditState.Closed) ? CoverageStatus.Audited
                    : @case.Today > last ? CoverageStatus.Overdue
                    : audits.Count > 0 ? CoverageStatus.Planned
                    : CoverageStatus.NotPlanned;
                result.Add((process.Process.Value, first, last, status, string.Join(",", audits.Select(a => a.Audit))));
            }
        }

        return result;
    }
}
