using System;
using Ardalis.Specification;
using Itsm.Core;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Incidents;

/// <summary>
/// Open problems (neither closed, a duplicate, cancelled nor risk-accepted), most urgent first, then oldest first;
/// optionally of one priority.
/// </summary>
/// <remarks>Works in memory (<c>Evaluate</c>, <c>IsSatisfiedBy</c>) and against a host's repository.</remarks>
public sealed class OpenProblemsSpec : Specification<Problem>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="priority">Only problems of this priority; all priorities when null.</param>
    public OpenProblemsSpec(Priority? priority = null)
    {
        Query.Where(p => p.State != ProblemState.Closed && p.State != ProblemState.Duplicate && p.State != ProblemState.Cancelled && p.State != ProblemState.RiskAccepted);
        if (priority is { } wanted)
        {
            Query.Where(p => p.Priority == wanted);
        }

        Query.OrderBy(p => p.Priority).ThenBy(p => p.LoggedAt);
    }
}

/// <summary>
/// Open problems logged more than <c>olderThan</c> before <c>at</c> that still have no root cause recorded (none found
/// yet, only a workaround, or cleared by a reanalysis), oldest first (then by id): the analyses that are overdue.
/// </summary>
/// <remarks>Works in memory and against a host's repository.</remarks>
public sealed class ProblemsWithoutRootCauseSpec : Specification<Problem>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="at">The instant to look at (the host's now).</param>
    /// <param name="olderThan">How long a problem may go without a root cause, for example <c>Duration.FromDays(30)</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="olderThan"/> is negative.</exception>
    public ProblemsWithoutRootCauseSpec(Instant at, Duration olderThan)
    {
        if (olderThan < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(olderThan), olderThan, "The age after which a problem without a root cause is reported is not negative.");
        }

        var loggedBefore = at - olderThan;
        Query.Where(p => p.State != ProblemState.Closed && p.State != ProblemState.Duplicate && p.State != ProblemState.Cancelled && p.State != ProblemState.RiskAccepted
            && p.RootCauseRecordedAt == null && p.LoggedAt < loggedBefore);
        Query.OrderBy(p => p.LoggedAt).ThenBy(p => p.Id.Value);
    }
}

/// <summary>Problems of one service, open or not, oldest first.</summary>
/// <remarks>Works in memory and against a host's repository.</remarks>
public sealed class ProblemsForServiceSpec : Specification<Problem>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="service">The service; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="service"/> is empty.</exception>
    public ProblemsForServiceSpec(Id<Kinds.Service> service)
    {
        Preconditions.CheckArgument(!service.IsEmpty, nameof(service), "Name the service whose problems to find.");
        Query.Where(p => p.Service == service).OrderBy(p => p.LoggedAt);
    }
}

/// <summary>
/// A compliance rule of ISO/IEC 20000-1 8.6 (problem management): every closed problem has its root cause recorded
/// (a problem that is not fixed ends as <see cref="ProblemState.RiskAccepted"/>, with its own rule,
/// <see cref="RiskAcceptancesWithoutIndependentApprovalSpec"/>). Satisfied by the problems that break it, so an empty
/// result means the rule holds.
/// </summary>
public sealed class ClosedProblemsWithoutRootCauseSpec : Specification<Problem>
{
    /// <summary>Initializes the specification.</summary>
    public ClosedProblemsWithoutRootCauseSpec() =>
        Query.Where(p => p.State == ProblemState.Closed && (p.RootCause == null || p.RootCause.Trim().Length == 0));
}

/// <summary>
/// A compliance rule of ISO/IEC 20000-1 8.6 (problem management): root-cause fixes go through change management, so
/// every problem that is resolved or closed names the change that implemented its fix. Satisfied by the problems that
/// break it, so an empty result means the rule holds.
/// </summary>
public sealed class FixedProblemsWithoutChangeSpec : Specification<Problem>
{
    /// <summary>Initializes the specification.</summary>
    public FixedProblemsWithoutChangeSpec() =>
        Query.Where(p => (p.State == ProblemState.Resolved || p.State == ProblemState.Closed) && p.Change == null);
}

/// <summary>
/// A compliance rule of ISO/IEC 20000-1 8.6 (problem management): every risk acceptance has a rationale and an approver
/// who is neither the problem's owner nor the actor who proposed it (the rule holds even where a host removed the
/// segregation rule from its role policy). Satisfied by the risk-accepted problems that break it, so an empty result
/// means the rule holds.
/// </summary>
/// <remarks>Evaluated in memory (it compares actors).</remarks>
public sealed class RiskAcceptancesWithoutIndependentApprovalSpec : Specification<Problem>
{
    /// <summary>Initializes the specification.</summary>
    public RiskAcceptancesWithoutIndependentApprovalSpec() =>
        Query.Where(p => p.State == ProblemState.RiskAccepted && !IsIndependentlyApproved(p.RiskAcceptance, p.Owner));

    private static bool IsIndependentlyApproved(RiskAcceptance? acceptance, Actor owner) =>
        acceptance is { ApprovedBy: { } approver }
        && !string.IsNullOrWhiteSpace(acceptance.Rationale)
        && !approver.Equals(owner)
        && !approver.Equals(acceptance.ProposedBy);
}
