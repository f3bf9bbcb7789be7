namespace Itsm.Incidents;

/// <summary>The lifecycle states of a <see cref="Problem"/>.</summary>
public enum ProblemState
{
    /// <summary>Logged, not yet assessed.</summary>
    New = 0,

    /// <summary>Being assessed: is it a problem worth analysing, which incidents or trends show it.</summary>
    Assessing = 1,

    /// <summary>Its root cause is being analysed (it has at least one linked incident or a trend justification).</summary>
    RootCauseAnalysis = 2,

    /// <summary>A root cause or a workaround is recorded and a <see cref="KnownError"/> was created.</summary>
    KnownErrorIdentified = 3,

    /// <summary>A fix is being implemented through the linked change.</summary>
    FixInProgress = 4,

    /// <summary>The fix is implemented; the problem is observed for recurrence until its observation period ends.</summary>
    Resolved = 5,

    /// <summary>Closed after its observation period passed without recurrence. Final.</summary>
    Closed = 6,

    /// <summary>A duplicate of another problem (named on the record). Final.</summary>
    Duplicate = 7,

    /// <summary>Cancelled, with a reason. Final.</summary>
    Cancelled = 8,

    /// <summary>Not to be fixed: the risk was accepted by an approver on a recorded rationale. Final.</summary>
    RiskAccepted = 9,
}
