namespace Itsm.Incidents;

/// <summary>The commands of an <see cref="Incident"/>, as lifecycle triggers and role-policy entries.</summary>
public enum IncidentTrigger
{
    /// <summary>Log a new incident.</summary>
    Log,

    /// <summary>Assign (or reassign) to a group and optionally a person.</summary>
    Assign,

    /// <summary>Acknowledge the assignment: the response clock stops.</summary>
    Acknowledge,

    /// <summary>Put on hold with a reason; the resolution clock pauses.</summary>
    PutOnHold,

    /// <summary>Resume work after a hold.</summary>
    Resume,

    /// <summary>Record the resolution.</summary>
    Resolve,

    /// <summary>Close on the caller's confirmation.</summary>
    Close,

    /// <summary>Close automatically after the configured number of business days (through <see cref="Incident.Advance"/>).</summary>
    AutoClose,

    /// <summary>Reopen a resolved incident within the reopen window: a new resolution cycle.</summary>
    Reopen,

    /// <summary>Cancel: duplicate, logged in error, withdrawn by the caller.</summary>
    Cancel,

    /// <summary>Change the priority (derived again, or overridden with a reason); the SLA clocks are retargeted.</summary>
    ChangePriority,

    /// <summary>Apply what time made due (warnings, automatic close).</summary>
    Advance,

    /// <summary>Escalate functionally (to another group) or hierarchically (up the management line).</summary>
    Escalate,

    /// <summary>Record security facts; the security class goes up when the facts say so, never down.</summary>
    ClassifySecurity,

    /// <summary>Lower the security class, with a reason.</summary>
    DowngradeSecurity,

    /// <summary>Propose that the incident is a major incident (by anyone handling it, or by the security classifier).</summary>
    ProposeMajor,

    /// <summary>Declare the incident a major incident, with an owner (the incident manager).</summary>
    DeclareMajor,

    /// <summary>Record that top management was informed of the major incident: a progress update to
    /// <see cref="UpdateAudience.Management"/>.</summary>
    RecordTopManagementInformed,

    /// <summary>Record the major incident review; a major incident cannot close before it.</summary>
    RecordMajorReview,

    /// <summary>Link a child incident to this major incident (recorded on the parent; through <see cref="IncidentFamily.Link"/>).</summary>
    LinkChild,

    /// <summary>Link this incident to a parent major incident (recorded on the child; through <see cref="IncidentFamily.Link"/>).</summary>
    LinkToParent,

    /// <summary>Resolve a child incident because its parent was resolved (through <see cref="IncidentFamily.Resolve"/>).</summary>
    ResolveWithParent,

    /// <summary>Apply a published known error's workaround (recorded on the incident).</summary>
    ApplyWorkaround,

    /// <summary>Record a progress update to the customer.</summary>
    RecordProgressUpdate,

    /// <summary>Name the change that caused the incident.</summary>
    RecordCausingChange,
}
