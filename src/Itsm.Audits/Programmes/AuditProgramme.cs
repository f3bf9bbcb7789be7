using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Audits;

/// <summary>How much the organisation depends on a process, as an audit programme weighs it.</summary>
public enum ProcessImportance
{
    /// <summary>Low.</summary>
    Low = 1,

    /// <summary>Medium.</summary>
    Medium = 2,

    /// <summary>High: audited twice as often.</summary>
    High = 3,
}

/// <summary>What the previous audit of a process found.</summary>
public enum PreviousResult
{
    /// <summary>Never audited.</summary>
    NotAudited = 0,

    /// <summary>Conforming.</summary>
    Conforming = 1,

    /// <summary>Minor nonconformities.</summary>
    MinorNonconformities = 2,

    /// <summary>A major nonconformity: audited twice as often.</summary>
    MajorNonconformity = 3,
}

/// <summary>A process in a programme's scope, with its risk basis.</summary>
/// <param name="Process">The process.</param>
/// <param name="Importance">Its importance.</param>
/// <param name="PreviousResult">What its previous audit found.</param>
public sealed record ProgrammeProcess(Id<Kinds.Process> Process, ProcessImportance Importance, PreviousResult PreviousResult);

/// <summary>Whether a process was audited in one cycle of a programme.</summary>
public enum CoverageStatus
{
    /// <summary>An audit covering it in the cycle was reported (or followed up, or closed).</summary>
    Audited = 1,

    /// <summary>An audit covering it is planned in the cycle, not yet reported, and the cycle is not over.</summary>
    Planned = 2,

    /// <summary>No audit covers it in the cycle, and the cycle is not over.</summary>
    NotPlanned = 3,

    /// <summary>The cycle is over and no audit covering it was reported.</summary>
    Overdue = 4,
}

/// <summary>What the coverage report reads of an audit: its processes, dates and state.</summary>
/// <param name="Audit">The audit.</param>
/// <param name="Processes">The processes it covers.</param>
/// <param name="Dates">Its dates (it counts for the cycle its first day falls in).</param>
/// <param name="State">Its state.</param>
public sealed record AuditCoverageFact(Id<Kinds.Audit> Audit, IReadOnlyCollection<Id<Kinds.Process>> Processes, DateInterval Dates, AuditState State);

/// <summary>One process in one cycle.</summary>
/// <param name="Process">The process.</param>
/// <param name="Cycle">The cycle.</param>
/// <param name="Status">Whether it was audited.</param>
/// <param name="Audits">The audits covering it in the cycle (not cancelled), in the order given.</param>
public sealed record CoverageEntry(Id<Kinds.Process> Process, DateInterval Cycle, CoverageStatus Status, IReadOnlyList<Id<Kinds.Audit>> Audits);

/// <summary>A programme's coverage on a day: every in-scope process in every cycle of the period.</summary>
/// <param name="Today">The day it was computed for.</param>
/// <param name="Entries">The entries, by process in the programme's order, then by cycle.</param>
public sealed record CoverageReport(LocalDate Today, IReadOnlyList<CoverageEntry> Entries)
{
    /// <summary>Gets the entries whose cycle is over without an audit reported.</summary>
    public IReadOnlyList<CoverageEntry> Overdue => [.. Entries.Where(e => e.Status == CoverageStatus.Overdue)];

    /// <summary>Gets the entries of cycles not over with no audit planned.</summary>
    public IReadOnlyList<CoverageEntry> NotPlanned => [.. Entries.Where(e => e.Status == CoverageStatus.NotPlanned)];
}

/// <summary>
/// An internal audit programme for a period (ISO/IEC 20000-1 9.2): objectives, scope (processes with their importance
/// and previous results, clauses, sites), methods, and the cycle in which every in-scope process is audited at least
/// once: the programme's cycle (yearly by default, never longer), halved for a process of high importance or whose
/// previous audit found a major nonconformity (<see cref="CycleFor"/>). <c>Coverage</c> reports, as data, which
/// process is audited, planned, not yet planned or overdue in each cycle.
/// </summary>
/// <remarks>Immutable and thread-safe; validated when built.</remarks>
public sealed class AuditProgramme
{
    /// <summary>The longest period a programme plans, in days (ten years).</summary>
    public const int MaxPeriodDays = 3653;

    /// <summary>The longest cycle: internal audits happen at least yearly.</summary>
    public const int MaxCycleMonths = 12;

    /// <summary>Initializes a programme.</summary>
    /// <param name="name">Its name; not blank.</param>
    /// <param name="period">The period it plans (for example a calendar year): at most ten years.</param>
    /// <param name="objectives">Its objectives: at least one, none blank.</param>
    /// <param name="processes">The processes in scope: at least one, each once.</param>
    /// <param name="clauses">The clauses audited against.</param>
    /// <param name="sites">The sites in scope.</param>
    /// <param name="methods">The audit methods (interviews, record sampling, observation...): at least one.</param>
    /// <param name="cycleMonths">The cycle in months: 1 to <see cref="MaxCycleMonths"/>; 12 by default.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An argument breaks its rule; the message names it.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The cycle is outside 1 to 12 months, or an importance or result is
    /// not defined.</exception>
    public AuditProgramme(
        string name,
        DateInterval period,
        IEnumerable<string> objectives,
        IEnumerable<ProgrammeProcess> processes,
        IEnumerable<string> clauses,
        IEnumerable<string> sites,
        IEnumerable<string> methods,
        int cycleMonths = MaxCycleMonths)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckNotNull(period);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "A programme has a name.");
        Preconditions.CheckArgument(period.Length <= MaxPeriodDays, nameof(period), FormattableString.Invariant($"A programme plans at most ten years ({MaxPeriodDays} days), not {period.Length} days."));
        Objectives = Texts(objectives, nameof(objectives), atLeastOne: true);
        Clauses = Texts(clauses, nameof(clauses), atLeastOne: false);
        Sites = Texts(sites, nameof(sites), atLeastOne: false);
        Methods = Texts(methods, nameof(methods), atLeastOne: true);
        Processes = [.. Preconditions.CheckNotNull(processes)];
        Preconditions.CheckArgument(Processes.Length > 0, nameof(processes), "A programme covers at least one process.");
        foreach (var process in Processes)
        {
            Preconditions.CheckNotNull(process, nameof(processes));
            Preconditions.CheckArgument(!process.Process.IsEmpty, nameof(processes), "A process in scope has an id.");
            if (!Enum.IsDefined(process.Importance) || !Enum.IsDefined(process.PreviousResult))
            {
                throw new ArgumentOutOfRangeException(nameof(processes), process, $"{process.Process}: {process.Importance} or {process.PreviousResult} is not defined.");
            }
        }

        Preconditions.CheckArgument(Processes.Select(p => p.Process).Distinct().Count() == Processes.Length, nameof(processes), "Each process is in a programme's scope once.");
        if (cycleMonths is < 1 or > MaxCycleMonths)
        {
            throw new ArgumentOutOfRangeException(nameof(cycleMonths), cycleMonths, FormattableString.Invariant($"A programme's cycle is 1 to {MaxCycleMonths} months: internal audits happen at least yearly."));
        }

        Name = name;
        Period = period;
        CycleMonths = cycleMonths;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the period.</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the objectives.</summary>
    public ImmutableArray<string> Objectives { get; }

    /// <summary>Gets the processes in scope.</summary>
    public ImmutableArray<ProgrammeProcess> Processes { get; }

    /// <summary>Gets the clauses audited against.</summary>
    public ImmutableArray<string> Clauses { get; }

    /// <summary>Gets the sites in scope.</summary>
    public ImmutableArray<string> Sites { get; }

    /// <summary>Gets the methods.</summary>
    public ImmutableArray<string> Methods { get; }

    /// <summary>Gets the programme's cycle in months.</summary>
    public int CycleMonths { get; }

    /// <summary>The cycle of a process, in months: the programme's, halved (rounded up) for a process of high importance
    /// or whose previous audit found a major nonconformity. The one statement of the risk basis.</summary>
    /// <param name="process">The process.</param>
    /// <returns>The months.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="process"/> is null.</exception>
    public int CycleFor(ProgrammeProcess process) =>
        Preconditions.CheckNotNull(process).Importance == ProcessImportance.High || process.PreviousResult == PreviousResult.MajorNonconformity
            ? (CycleMonths + 1) / 2
            : CycleMonths;

    /// <summary>The cycles of a process over the period: consecutive, each starting a whole number of cycles after the
    /// period's start, the last cut at its end.</summary>
    /// <param name="process">The process.</param>
    /// <returns>The cycles, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="process"/> is null.</exception>
    public IReadOnlyList<DateInterval> CyclesOf(ProgrammeProcess process)
    {
        int months = CycleFor(process);
        var cycles = new List<DateInterval>();
        for (var start = (LocalDate?)Period.Start; start is { } from && from <= Period.End; start = MonthsAfterStart(cycles.Count * months))
        {
            var end = MonthsAfterStart((cycles.Count + 1) * months) is { } next ? next.PlusDays(-1) : Period.End;
            cycles.Add(new DateInterval(from, end < Period.End ? end : Period.End));
        }

        return cycles;
    }

    /// <summary>The coverage on a day: for every process in scope and every cycle, whether an audit covering it was
    /// reported in the cycle (an audit counts for the cycle its first day falls in; a cancelled one never).</summary>
    /// <param name="audits">The audits (facts).</param>
    /// <param name="today">The day.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="audits"/> or one of them is null.</exception>
    public CoverageReport Coverage(IEnumerable<AuditCoverageFact> audits, LocalDate today)
    {
        AuditCoverageFact[] facts = [.. Preconditions.CheckNotNull(audits)];
        var entries = new List<CoverageEntry>();
        foreach (var process in Processes)
        {
            foreach (var cycle in CyclesOf(process))
            {
                var covering = facts
                    .Where(a => Preconditions.CheckNotNull(a, nameof(audits)).State != AuditState.Cancelled && a.Processes.Contains(process.Process) && cycle.Contains(a.Dates.Start))
                    .ToList();
                var status = covering.Any(a => a.State is AuditState.Reported or AuditState.FollowUp or AuditState.Closed) ? CoverageStatus.Audited
                    : today > cycle.End ? CoverageStatus.Overdue
                    : covering.Count > 0 ? CoverageStatus.Planned
                    : CoverageStatus.NotPlanned;
                entries.Add(new CoverageEntry(process.Process, cycle, status, [.. covering.Select(a => a.Audit)]));
            }
        }

        return new CoverageReport(today, entries);
    }

    /// <summary>The coverage on a day, read from audit records.</summary>
    /// <param name="audits">The audits.</param>
    /// <param name="today">The day.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="audits"/> or one of them is null.</exception>
    public CoverageReport Coverage(IEnumerable<Audit> audits, LocalDate today) =>
        Coverage(Preconditions.CheckNotNull(audits).Select(a => new AuditCoverageFact(Preconditions.CheckNotNull(a, nameof(audits)).Id, a.Scope.Processes, a.Dates, a.State)), today);

    /// <summary>The day a number of months after the period's start, or null past the calendar's last year.</summary>
    private LocalDate? MonthsAfterStart(int months) =>
        (Period.Start.Year * 12L) + Period.Start.Month - 1 + months < 10_000L * 12 ? Period.Start.PlusMonths(months) : null;

    private static ImmutableArray<string> Texts(IEnumerable<string> texts, string param, bool atLeastOne)
    {
        ImmutableArray<string> result = [.. Preconditions.CheckNotNull(texts, param)];
        Preconditions.CheckArgument(!atLeastOne || result.Length > 0, param, $"A programme has at least one of its {param}.");
        Preconditions.CheckArgument(result.All(t => !string.IsNullOrWhiteSpace(t)), param, $"A programme's {param} are not blank.");
        return result;
    }
}
