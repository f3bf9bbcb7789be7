using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.Specification;
using Itsm.Core;
using NodaTime;

namespace Itsm.Incidents;

/// <summary>
/// Open incidents (new, in progress or on hold), most urgent first, then oldest first; optionally of one priority.
/// </summary>
/// <remarks>Works in memory (<c>Evaluate</c>, <c>IsSatisfiedBy</c>) and against a host's repository.</remarks>
public sealed class OpenIncidentsSpec : Specification<Incident>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="priority">Only incidents of this priority; all priorities when null.</param>
    public OpenIncidentsSpec(Priority? priority = null)
    {
        Query.Where(i => i.State == IncidentState.New || i.State == IncidentState.InProgress || i.State == IncidentState.OnHold);
        if (priority is { } p)
        {
            Query.Where(i => i.Priority == p);
        }

        Query.OrderBy(i => i.Priority).ThenBy(i => i.LoggedAt);
    }
}

/// <summary>
/// Open incidents whose response or resolution target is breached at an instant, or will be within a lead time:
/// the list a duty manager works through. Evaluated in memory (it asks each incident's SLA clocks).
/// </summary>
public sealed class IncidentsBreachingSpec : Specification<Incident>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="at">The instant to look at.</param>
    /// <param name="within">Also incidents due to breach before <c>at + within</c>; zero for breached ones only.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="within"/> is negative.</exception>
    public IncidentsBreachingSpec(Instant at, Duration within)
    {
        if (within < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(within), within, "The lead time to look ahead is not negative.");
        }

        var horizon = at + within;
        Query.Where(i => (i.State == IncidentState.New || i.State == IncidentState.InProgress || i.State == IncidentState.OnHold)
            && (BreachesBy(i.SlaStatusAt(at).Response, horizon) || BreachesBy(i.SlaStatusAt(at).Resolution, horizon)));
        Query.OrderBy(i => i.Priority).ThenBy(i => i.LoggedAt);
    }

    private static bool BreachesBy(Sla.Clocks.SlaStatus status, Instant horizon) =>
        status.IsBreached || (status.Due is { } due && due < horizon);
}

/// <summary>
/// A compliance rule of ISO/IEC 20000-1 8.6 (incident management): every closed incident has a recorded resolution.
/// Satisfied by the incidents that break it, so an empty result means the rule holds.
/// </summary>
public sealed class ClosedIncidentsWithoutResolutionSpec : Specification<Incident>
{
    /// <summary>Initializes the specification.</summary>
    public ClosedIncidentsWithoutResolutionSpec() =>
        Query.Where(i => i.State == IncidentState.Closed && (string.IsNullOrWhiteSpace(i.ResolutionCode) || string.IsNullOrWhiteSpace(i.ResolutionNotes)));
}

/// <summary>
/// Major incidents whose review is not yet recorded (cancelled ones aside), oldest first: the major incident manager's
/// work list. A resolved major incident on it cannot close.
/// </summary>
public sealed class MajorIncidentsWithoutReviewSpec : Specification<Incident>
{
    /// <summary>Initializes the specification.</summary>
    public MajorIncidentsWithoutReviewSpec()
    {
        Query.Where(i => i.IsMajor && i.MajorReview == null && i.State != IncidentState.Cancelled);
        Query.OrderBy(i => i.LoggedAt);
    }
}

/// <summary>
/// A compliance rule of ISO/IEC 20000-1 8.6 (major incidents): every closed major incident has its review recorded.
/// Satisfied by the incidents that break it, so an empty result means the rule holds.
/// </summary>
public sealed class ClosedMajorIncidentsWithoutReviewSpec : Specification<Incident>
{
    /// <summary>Initializes the specification.</summary>
    public ClosedMajorIncidentsWithoutReviewSpec() =>
        Query.Where(i => i.IsMajor && i.State == IncidentState.Closed && string.IsNullOrWhiteSpace(i.MajorReview));
}

/// <summary>
/// A compliance rule of ISO/IEC 20000-1 8.6 (major incidents) and of the source documents: top management is informed of
/// every major incident once it is resolved. Satisfied by the resolved or closed major incidents without that record, so
/// an empty result means the rule holds.
/// </summary>
public sealed class MajorIncidentsWithoutTopManagementInformedSpec : Specification<Incident>
{
    /// <summary>Initializes the specification.</summary>
    public MajorIncidentsWithoutTopManagementInformedSpec() =>
        Query.Where(i => i.IsMajor && (i.State == IncidentState.Resolved || i.State == IncidentState.Closed) && i.TopManagementInformedAt == null);
}

/// <summary>
/// Closed incidents whose resolution target was breached: what ISO/IEC 20000-1 8.6 (incidents resolved against agreed
/// service levels) and the service report look at, and an input to improvement. Evaluated in memory (it asks each
/// incident's resolution clock).
/// </summary>
public sealed class ClosedIncidentsBreachingResolutionSpec : Specification<Incident>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="at">The instant to look at (a closed incident's clock is stopped, so any instant after its close
    /// gives the same answer).</param>
    public ClosedIncidentsBreachingResolutionSpec(Instant at) =>
        Query.Where(i => i.State == IncidentState.Closed && i.SlaStatusAt(at).Resolution.IsBreached);
}

/// <summary>Incidents that recur without a problem (<see cref="IncidentTrends.RecurringWithoutProblem"/>), for compliance
/// checks: "every incident trend is analysed as a problem".</summary>
/// <remarks>Built from the trends of the records given; evaluated in memory or against a repository by id.</remarks>
public sealed class RecurringIncidentsWithoutProblemSpec : Specification<Incident>
{
    /// <summary>Initializes the specification from the trends at an instant.</summary>
    /// <param name="incidents">The incidents to look at.</param>
    /// <param name="problems">The problems whose linked incidents are already explained.</param>
    /// <param name="settings">What makes a trend.</param>
    /// <param name="at">The end of the window.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RecurringIncidentsWithoutProblemSpec(IEnumerable<Incident> incidents, IEnumerable<Problem> problems, TrendSettings settings, Instant at)
    {
        var ids = IncidentTrends.RecurringWithoutProblem(incidents, problems, settings, at).SelectMany(t => t.Incidents).ToHashSet();
        Query.Where(i => ids.Contains(i.Id)).OrderBy(i => i.LoggedAt);
    }
}
