using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Itsm.Audits;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Testing;

/// <summary>A random audit programme, audits planned against it, and the day the coverage is asked for.</summary>
/// <param name="Programme">The programme: one to four processes of random importance and previous results, a period of
/// one month to three years starting on any day, a cycle of 1 to 12 months.</param>
/// <param name="Audits">Up to twelve audits, each on one to three of the processes (sometimes one outside the scope),
/// starting anywhere from a month before the period to a month after it, in any state.</param>
/// <param name="Today">The day: from a month before the period to a month after it.</param>
public sealed record CoverageCase(AuditProgramme Programme, IReadOnlyList<AuditCoverageFact> Audits, LocalDate Today)
{
    /// <summary>The case, for a failing property's report.</summary>
    /// <returns>The programme's period, cycle and processes, the audits and the day.</returns>
    public override string ToString() =>
        $"{Programme.Period} every {Programme.CycleMonths} months, " +
        string.Join(", ", Programme.Processes.Select(p => $"{p.Process} {p.Importance}/{p.PreviousResult}")) +
        "; audits " + string.Join(", ", Audits.Select(a => $"{a.Audit} {string.Join("+", a.Processes)} {a.Dates.Start} {a.State}")) +
        $"; today {Today}";
}

/// <summary>FsCheck generators of audit programmes and their coverage questions, for
/// <c>[Properties(Arbitrary = [typeof(AuditProgrammeArbitraries)])]</c>.</summary>
public static class AuditProgrammeArbitraries
{
    private static readonly Id<Kinds.Process>[] Processes = [.. Enumerable.Range(1, 5).Select(i => new Id<Kinds.Process>("p" + i.ToString(CultureInfo.InvariantCulture)))];

    /// <summary>Random coverage cases (<see cref="CoverageCase"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CoverageCase> Cases() => Arb.From(
        from start in Gen.Choose(0, 3 * 365).Select(d => new LocalDate(2025, 1, 1).PlusDays(d))
        from days in Gen.Choose(28, 3 * 365)
        from cycle in Gen.Choose(1, 12)
        from count in Gen.Choose(1, 4)
        from processes in Gen.CollectToArray(Processes.Take(count).Select(p =>
            from importance in Gen.Elements(ProcessImportance.Low, ProcessImportance.Medium, ProcessImportance.High)
            from previous in Gen.Elements(PreviousResult.NotAudited, PreviousResult.Conforming, PreviousResult.MinorNonconformities, PreviousResult.MajorNonconformity)
            select new ProgrammeProcess(p, importance, previous)))
        let period = new DateInterval(start, start.PlusDays(days))
        from audits in Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Audit(period), n))
        from today in Gen.Choose(-31, days + 31).Select(d => start.PlusDays(d))
        select new CoverageCase(
            new AuditProgramme("programme", period, ["every process yearly"], processes, [], [], ["interviews"], cycle),
            [.. audits.Select((a, i) => a with { Audit = new Id<Kinds.Audit>("A" + i.ToString(CultureInfo.InvariantCulture)) })],
            today));

    private static Gen<AuditCoverageFact> Audit(DateInterval period) =>
        from offset in Gen.Choose(-31, period.Length + 31)
        from length in Gen.Choose(0, 4)
        from covered in Gen.SubListOf(Processes).Where(p => p.Count is > 0 and <= 3)
        from state in Gen.Elements(System.Enum.GetValues<AuditState>())
        let begin = period.Start.PlusDays(offset)
        select new AuditCoverageFact(new Id<Kinds.Audit>("A"), [.. covered], new DateInterval(begin, begin.PlusDays(length)), state);
}
