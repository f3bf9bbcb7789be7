using System.Collections.Generic;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Audits;

/// <summary>How an auditor is tied to an audited process.</summary>
public enum ConflictKind
{
    /// <summary>The auditor owns the process.</summary>
    Owns = 1,

    /// <summary>The auditor performs work in the process.</summary>
    Performs = 2,

    /// <summary>The auditor manages people or work of the process.</summary>
    Manages = 3,
}

/// <summary>A tie between an auditor and a process of an audit's scope, in the audited period: the auditor is not
/// independent of that process.</summary>
/// <param name="Auditor">The auditor's actor id.</param>
/// <param name="Process">The process.</param>
/// <param name="Kind">How the auditor is tied to it.</param>
public sealed record IndependenceConflict(string Auditor, Id<Kinds.Process> Process, ConflictKind Kind);

/// <summary>
/// The host's facts about who owns, performs or manages which process when: the audit asks it about every member of
/// the team when the audit is prepared and again when it starts. Implement it over the host's organisation chart,
/// process register or assignment records.
/// </summary>
/// <remarks>Implementations answer for the whole audited period and are deterministic for the same question.</remarks>
public interface IAuditorIndependence
{
    /// <summary>The auditor's ties to the processes in the period.</summary>
    /// <param name="auditor">The auditor's actor id.</param>
    /// <param name="processes">The processes of the audit's scope.</param>
    /// <param name="period">The audited period (the audit's dates).</param>
    /// <returns>The conflicts; empty when the auditor is independent of all of them.</returns>
    IEnumerable<IndependenceConflict> ConflictsOf(string auditor, IReadOnlyCollection<Id<Kinds.Process>> processes, DateInterval period);
}

/// <summary>A recorded exception to independence: the auditor may audit a process they are tied to, for a reason,
/// approved by someone else.</summary>
/// <param name="Auditor">The auditor it frees (an actor id).</param>
/// <param name="Process">The process.</param>
/// <param name="Justification">Why the audit cannot be done independently, and how objectivity is kept.</param>
/// <param name="ApprovedBy">Who approved it (an actor id; never the auditor).</param>
/// <param name="At">When.</param>
public sealed record AuditWaiver(string Auditor, Id<Kinds.Process> Process, string Justification, string ApprovedBy, Instant At);
