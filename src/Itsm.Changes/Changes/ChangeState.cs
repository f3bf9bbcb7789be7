namespace Itsm.Changes;

/// <summary>The lifecycle states of a change. <see cref="BeforeImplementation"/> and <see cref="Preparing"/> are
/// superstates: a change is never in them itself, only in one of their substates.</summary>
public enum ChangeState
{
    /// <summary>Requested, not yet submitted.</summary>
    Draft = 0,

    /// <summary>Submitted for change management.</summary>
    Submitted = 1,

    /// <summary>Being assessed (risk, benefit, cost, feasibility, service impact).</summary>
    Assessing = 2,

    /// <summary>Assessed and planned; ready to ask for authorisation.</summary>
    Planned = 3,

    /// <summary>Awaiting the decision of its authority.</summary>
    AwaitingAuthorization = 4,

    /// <summary>Authorised; ready to schedule.</summary>
    Authorized = 5,

    /// <summary>Rejected by its authority (final).</summary>
    Rejected = 6,

    /// <summary>Scheduled in a time window.</summary>
    Scheduled = 7,

    /// <summary>Being implemented.</summary>
    Implementing = 8,

    /// <summary>Implemented; its outcome recorded, awaiting review and closure.</summary>
    Review = 9,

    /// <summary>Closed (final).</summary>
    Closed = 10,

    /// <summary>Cancelled or withdrawn before implementation (final).</summary>
    Cancelled = 11,

    /// <summary>Superstate of every state up to <see cref="Scheduled"/>: a change may be cancelled or withdrawn.</summary>
    BeforeImplementation = 100,

    /// <summary>Superstate of <see cref="Draft"/> to <see cref="Planned"/>: the assessment and the plans may be recorded.</summary>
    Preparing = 101,
}
