namespace Itsm.Changes;

/// <summary>The commands of a <see cref="Change"/>, as lifecycle triggers and role-policy entries.</summary>
public enum ChangeTrigger
{
    /// <summary>Request a change (a draft), or create one from a standard template.</summary>
    Request,

    /// <summary>Submit the request to change management.</summary>
    Submit,

    /// <summary>Start the assessment of a normal or emergency change.</summary>
    StartAssessment,

    /// <summary>Record the assessment: risk answers, benefit, cost, feasibility, service impact.</summary>
    RecordAssessment,

    /// <summary>Record the implementation, test and backout plans and the implementer.</summary>
    RecordPlans,

    /// <summary>Finish the assessment and planning.</summary>
    Plan,

    /// <summary>Ask the authority the risk implies for a decision.</summary>
    RequestAuthorization,

    /// <summary>A member of the change advisory board votes.</summary>
    Vote,

    /// <summary>The chair records the board's decision, computed from the votes, and it authorises the change
    /// (<see cref="Change.Decide"/>).</summary>
    ConcludeAuthorized,

    /// <summary>The chair records the board's decision, computed from the votes, and it rejects the change
    /// (<see cref="Change.Decide"/>).</summary>
    ConcludeRejected,

    /// <summary>The change manager authorises a change whose authority is the change manager.</summary>
    Authorize,

    /// <summary>The change manager rejects a change whose authority is the change manager.</summary>
    Reject,

    /// <summary>Schedule the change in a time window.</summary>
    Schedule,

    /// <summary>Move a scheduled change to another window.</summary>
    Reschedule,

    /// <summary>Start the implementation of a scheduled change.</summary>
    StartImplementation,

    /// <summary>Implement an emergency change at once, with a retrospective approval due by a deadline.</summary>
    ImplementNow,

    /// <summary>Record the outcome of the implementation.</summary>
    Complete,

    /// <summary>Record the retrospective approval of an emergency change implemented at once.</summary>
    ApproveRetrospectively,

    /// <summary>Record the post-implementation review.</summary>
    RecordReview,

    /// <summary>Close the change.</summary>
    Close,

    /// <summary>Cancel or withdraw the change before its implementation.</summary>
    Cancel,

    /// <summary>Record a problem or known error the change fixes, or an incident it caused.</summary>
    Link,

    /// <summary>Apply what time made due (an overdue retrospective approval).</summary>
    Advance,
}
