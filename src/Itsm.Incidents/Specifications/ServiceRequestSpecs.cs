using System;
using Ardalis.Specification;
using Itsm.Core;
using NodaTime;

namespace Itsm.Incidents;

/// <summary>
/// Open service requests (new, awaiting approval, approved, in fulfilment or on hold), most urgent first, then oldest
/// first; optionally of one priority.
/// </summary>
/// <remarks>Works in memory (<c>Evaluate</c>, <c>IsSatisfiedBy</c>) and against a host's repository.</remarks>
public sealed class OpenServiceRequestsSpec : Specification<ServiceRequest>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="priority">Only requests of this priority; all priorities when null.</param>
    public OpenServiceRequestsSpec(Priority? priority = null)
    {
        Query.Where(r => r.State == ServiceRequestState.New || r.State == ServiceRequestState.AwaitingApproval || r.State == ServiceRequestState.Approved
            || r.State == ServiceRequestState.InFulfilment || r.State == ServiceRequestState.OnHold);
        if (priority is { } p)
        {
            Query.Where(r => r.Priority == p);
        }

        Query.OrderBy(r => r.Priority).ThenBy(r => r.SubmittedAt);
    }
}

/// <summary>
/// Service requests that have been awaiting approval for longer than a duration at an instant, longest waiting first:
/// the list to chase the approvers with. The wait is elapsed time since the request was sent for approval, not
/// business time.
/// </summary>
/// <remarks>Works in memory and against a host's repository.</remarks>
public sealed class ServiceRequestsAwaitingApprovalSpec : Specification<ServiceRequest>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="at">The instant to look at.</param>
    /// <param name="longerThan">Only requests sent for approval more than this long before <paramref name="at"/>; zero for
    /// every request awaiting approval since before <paramref name="at"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="longerThan"/> is negative.</exception>
    public ServiceRequestsAwaitingApprovalSpec(Instant at, Duration longerThan)
    {
        if (longerThan < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(longerThan), longerThan, "The time awaiting approval to look for is not negative.");
        }

        var sentBefore = at - longerThan;
        Query.Where(r => r.State == ServiceRequestState.AwaitingApproval && r.ApprovalRequestedAt != null && r.ApprovalRequestedAt < sentBefore);
        Query.OrderBy(r => r.ApprovalRequestedAt).ThenBy(r => r.Priority);
    }
}

/// <summary>
/// A compliance rule of ISO/IEC 20000-1 8.6 (service request management): every fulfilled or closed request has
/// fulfilment notes, and every request approved under an approval policy has the approving decisions recorded (as many
/// approvals as its policy requires of its eligible approvers). Satisfied by the requests that break it, so an empty
/// result means the rule holds.
/// </summary>
/// <remarks>
/// A request built by the SDK always keeps the rule (its commands refuse to break it); the specification checks records
/// that come from elsewhere, such as a host's database or an imported history.
/// </remarks>
public sealed class ServiceRequestsWithIncompleteRecordsSpec : Specification<ServiceRequest>
{
    /// <summary>Initializes the specification.</summary>
    public ServiceRequestsWithIncompleteRecordsSpec() =>
        Query.Where(r =>
            ((r.State == ServiceRequestState.Fulfilled || r.State == ServiceRequestState.Closed) && string.IsNullOrWhiteSpace(r.FulfilmentNotes))
            || (r.ApprovedAt != null && r.Approval.Kind != ApprovalPolicyKind.None && r.Approvals < r.RequiredApprovals));
}
