namespace Itsm.Incidents;

/// <summary>The commands of a <see cref="ServiceRequest"/>, as lifecycle triggers and role-policy entries.</summary>
public enum ServiceRequestTrigger
{
    /// <summary>Submit a new request for a catalogue item.</summary>
    Submit,

    /// <summary>Send the request for approval: done by the system when a request whose catalogue item needs approval is
    /// submitted.</summary>
    RequestApproval,

    /// <summary>An eligible approver approves (one decision per approver).</summary>
    Approve,

    /// <summary>An eligible approver rejects, with a reason (one decision per approver).</summary>
    Reject,

    /// <summary>The approval rule is met: the request is approved. Done by the system in the command of the deciding vote.</summary>
    ConcludeApproved,

    /// <summary>The approval rule can no longer be met: the request is rejected. Done by the system in the command of
    /// the deciding vote.</summary>
    ConcludeRejected,

    /// <summary>Acknowledge the request: the response clock stops. Once, and only before the first assignment (which
    /// acknowledges it too).</summary>
    Acknowledge,

    /// <summary>Assign (or reassign) to a group and optionally a person; the first assignment starts fulfilment.</summary>
    Assign,

    /// <summary>Put on hold with a reason; the fulfilment clock pauses.</summary>
    PutOnHold,

    /// <summary>Resume fulfilment after a hold.</summary>
    Resume,

    /// <summary>Record the fulfilment, with notes; the clocks stop.</summary>
    Fulfil,

    /// <summary>Close on the requester's confirmation.</summary>
    Close,

    /// <summary>Close automatically after the configured number of business days (through <see cref="ServiceRequest.Advance"/>).</summary>
    AutoClose,

    /// <summary>Cancel, with a reason, at any time before fulfilment.</summary>
    Cancel,

    /// <summary>Apply what time made due (warnings, overdue progress updates, automatic close).</summary>
    Advance,

    /// <summary>Record a progress update to the requester.</summary>
    RecordProgressUpdate,
}
