namespace Itsm.Incidents;

/// <summary>The lifecycle states of a <see cref="ServiceRequest"/>.</summary>
public enum ServiceRequestState
{
    /// <summary>Submitted, needing no approval, not yet assigned.</summary>
    New = 0,

    /// <summary>Waiting for the decisions of the catalogue item's approvers; the fulfilment clock has not started.</summary>
    AwaitingApproval = 1,

    /// <summary>Approved under the approval policy, not yet assigned; the fulfilment clock runs.</summary>
    Approved = 2,

    /// <summary>The approvals can no longer reach what the approval policy requires. Final.</summary>
    Rejected = 3,

    /// <summary>Assigned to a group (and maybe a person) and being fulfilled.</summary>
    InFulfilment = 4,

    /// <summary>Waiting (for the requester, a delivery...); the fulfilment clock is paused.</summary>
    OnHold = 5,

    /// <summary>Fulfilled, with notes; waiting for the requester's confirmation or the automatic close.</summary>
    Fulfilled = 6,

    /// <summary>Closed. Final.</summary>
    Closed = 7,

    /// <summary>Cancelled before fulfilment (withdrawn, submitted in error). Final.</summary>
    Cancelled = 8,
}

/// <summary>How a service request was closed.</summary>
public enum ServiceRequestClosureKind
{
    /// <summary>The requester (or the service desk for them) confirmed the fulfilment.</summary>
    RequesterConfirmed = 1,

    /// <summary>Closed automatically after the configured number of business days without a reply.</summary>
    Automatic = 2,
}
