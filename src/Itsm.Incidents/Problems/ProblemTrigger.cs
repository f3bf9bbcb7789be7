namespace Itsm.Incidents;

/// <summary>The commands of a <see cref="Problem"/>, as lifecycle triggers and role-policy entries.</summary>
public enum ProblemTrigger
{
    /// <summary>Log a new problem.</summary>
    Log,

    /// <summary>Link an incident that the problem causes (each incident once).</summary>
    LinkIncident,

    /// <summary>Record why incident trends justify analysing the problem (proactive problem management).</summary>
    RecordTrendJustification,

    /// <summary>Start assessing a new problem.</summary>
    StartAssessment,

    /// <summary>Start root cause analysis; needs a linked incident or a trend justification.</summary>
    StartRootCauseAnalysis,

    /// <summary>Record the root cause and/or a workaround and create the <see cref="KnownError"/>.</summary>
    IdentifyKnownError,

    /// <summary>Record the root cause found after a known error was identified with a workaround only.</summary>
    RecordRootCause,

    /// <summary>Start the fix, naming the change that implements it.</summary>
    StartFix,

    /// <summary>Record that the fix is implemented; the observation period starts.</summary>
    Resolve,

    /// <summary>Close after the observation period without recurrence (through <see cref="Problem.Advance"/>).</summary>
    Close,

    /// <summary>Record an incident that shows the problem recurred during observation: back to root cause analysis.</summary>
    RecordRecurrence,

    /// <summary>Go back to root cause analysis with a reason (the root cause or the fix was wrong).</summary>
    Reanalyse,

    /// <summary>Mark the problem a duplicate of another problem.</summary>
    MarkDuplicate,

    /// <summary>Cancel the problem, with a reason.</summary>
    Cancel,

    /// <summary>Propose accepting the risk instead of fixing the problem, with a rationale.</summary>
    ProposeRiskAcceptance,

    /// <summary>Decline a proposed risk acceptance, with a reason.</summary>
    DeclineRiskAcceptance,

    /// <summary>Approve a proposed risk acceptance: the problem ends without a fix.</summary>
    AcceptRisk,

    /// <summary>Apply what time made due (the close after the observation period).</summary>
    Advance,

    /// <summary>Escalate functionally (to another owner) or hierarchically (up the management line), with a reason.</summary>
    Escalate,
}
