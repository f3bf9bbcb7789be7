namespace Itsm.Changes;

/// <summary>The lifecycle states of a change. <see cref="BeforeImplementation"/> and <see cref="Preparing"/> are
/// superstates: a change is never in them itself, only in one of their substates.</summary>
public enum ChangeState
{
    /// <summary>Superstate of every state up to <see cref="Scheduled"/>: a change may be cancelled or withdrawn.</summary>
    BeforeImplementation = 0,

    /// <summary>Superstate of <see cref="Draft"/> to <see cref="Planned"/>: the assessment and the plans may be recorded.</summary>
    Preparing = 1,

    /// <summary>Requested, not yet submitted.</summary>
    Draft = 2,

    /// <summary>Submitted for change management.</summary>
    Submitted = 3,

    /// <summary>Being assessed (risk, benefit, cost, feasibility, service impact).</summary>
    Assessing = 4,

    /// <summary>Assessed and planned; ready to ask for authorisation.</summary>
    Planned = 5,

    /// <summary>Awaiting the decision of its authority.</summary>
    AwaitingAuthorization = 6,

    /// <summary>Authorised; ready to schedule.</summary>
    Authorized = 7,

    /// <summary>Rejected by its authority (final).</summary>
    Rejected = 8,

    /// <summary>Scheduled in a time window.</summary>
    Scheduled = 9,

    /// <summary>Being implemented.</summary>
    Implementing = 10,

    /// <summary>Implemented; its outcome recorded, awaiting review and closure.</summary>
    Review = 11,

    /// <summary>Closed (final).</summary>
    Closed = 12,

    /// <summary>Cancelled or withdrawn before implementation (final).</summary>
    Cancelled = 13,
}
