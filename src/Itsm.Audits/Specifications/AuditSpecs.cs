using Ardalis.Specification;
using NodaTime;

namespace Itsm.Audits;

/// <summary>Audits planned or under way, by their first day.</summary>
/// <remarks>Works in memory (<c>Evaluate</c>, <c>IsSatisfiedBy</c>) and against a host's repository: the audit schedule.</remarks>
public sealed class AuditScheduleSpec : Specification<Audit>
{
    /// <summary>Initializes the specification.</summary>
    public AuditScheduleSpec() =>
        Query.Where(a => a.State != AuditState.Cancelled && a.State != AuditState.Closed)
            .OrderBy(a => a.Dates.Start);
}

/// <summary>
/// Compliance (ISO/IEC 20000-1 9.2): audits started while an auditor had a conflict with the audited area that no
/// waiver approved by someone else covers. The commands refuse this; replay does not, so the rule finds histories
/// that came from elsewhere or were edited by hand.
/// </summary>
public sealed class AuditsWithoutIndependenceSpec : Specification<Audit>
{
    /// <summary>Initializes the specification.</summary>
    public AuditsWithoutIndependenceSpec() =>
        Query.Where(a => a.StartedAt != null && a.UnwaivedConflicts(a.Conflicts).Count > 0);
}

/// <summary>Compliance (9.2): processes not audited in a cycle that is over (from a programme's
/// <see cref="AuditProgramme.Coverage(System.Collections.Generic.IEnumerable{AuditCoverageFact}, LocalDate)"/>).</summary>
public sealed class ProcessesNotAuditedInTheCycleSpec : Specification<CoverageEntry>
{
    /// <summary>Initializes the specification.</summary>
    public ProcessesNotAuditedInTheCycleSpec() =>
        Query.Where(e => e.Status == CoverageStatus.Overdue).OrderBy(e => e.Cycle.End);
}

/// <summary>Nonconformities still open (neither closed nor rejected), oldest first: the nonconformity log's open part.</summary>
public sealed class OpenNonconformitiesSpec : Specification<Nonconformity>
{
    /// <summary>Initializes the specification.</summary>
    public OpenNonconformitiesSpec() =>
        Query.Where(n => n.State != NonconformityState.Closed && n.State != NonconformityState.Rejected)
            .OrderBy(n => n.ReportedAt);
}

/// <summary>
/// Compliance (10.2): nonconformities closed with an action still open, or without an effective check made after the
/// window following verification. The commands refuse this; replay does not.
/// </summary>
public sealed class NonconformitiesClosedWithoutEffectivenessCheckSpec : Specification<Nonconformity>
{
    /// <summary>Initializes the specification.</summary>
    public NonconformitiesClosedWithoutEffectivenessCheckSpec() =>
        Query.Where(n => n.State == NonconformityState.Closed
            && (n.OpenActions.Count > 0
                || n.EffectivenessChecks.Count == 0
                || !n.EffectivenessChecks[n.EffectivenessChecks.Count - 1].Effective
                || n.EffectivenessCheckDueAt == null
                || n.EffectivenessChecks[n.EffectivenessChecks.Count - 1].At < n.EffectivenessCheckDueAt));
}

/// <summary>Compliance (10.2): nonconformities with an overdue action whose next rung of the escalation ladder has
/// fallen due at an instant and was not recorded (the host has not advanced the record).</summary>
public sealed class OverdueActionsNotEscalatedSpec : Specification<Nonconformity>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="at">The instant to look at (the host's now).</param>
    /// <remarks><see cref="Nonconformity.NextDueAt"/> answers the instant itself when a rung is already due.</remarks>
    public OverdueActionsNotEscalatedSpec(Instant at) =>
        Query.Where(n => n.NextDueAt(at) == at);
}

/// <summary>Compliance (9.3): management reviews whose inputs were collected, or that were held, with an input kind
/// neither evidenced nor declared not applicable. The commands refuse this; replay does not.</summary>
public sealed class ReviewsMissingAnInputKindSpec : Specification<ManagementReview>
{
    /// <summary>Initializes the specification.</summary>
    public ReviewsMissingAnInputKindSpec() =>
        Query.Where(r => r.State != ManagementReviewState.Planned && r.MissingInputs.Count > 0);
}

/// <summary>Compliance (10.1): improvements neither authorised nor declined, recorded before an instant (for example
/// the last management review), oldest first.</summary>
public sealed class ImprovementsNotDecidedSpec : Specification<Improvement>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="recordedBefore">Improvements recorded before this instant count.</param>
    public ImprovementsNotDecidedSpec(Instant recordedBefore) =>
        Query.Where(i => (i.State == ImprovementState.Recorded || i.State == ImprovementState.Evaluated) && i.RecordedAt < recordedBefore)
            .OrderBy(i => i.RecordedAt);
}

/// <summary>The service improvement plan: improvements authorised or being implemented, by target date.</summary>
public sealed class ImprovementPlanSpec : Specification<Improvement>
{
    /// <summary>Initializes the specification.</summary>
    public ImprovementPlanSpec() =>
        Query.Where(i => i.State == ImprovementState.Authorised || i.State == ImprovementState.InProgress)
            .OrderBy(i => i.Target);
}
