using NodaTime;

namespace Itsm.Audits;

/// <summary>The lifecycle states of a <see cref="Nonconformity"/>.</summary>
public enum NonconformityState
{
    /// <summary>Reported, not yet assessed.</summary>
    Reported = 0,

    /// <summary>Accepted as a nonconformity.</summary>
    Accepted = 1,

    /// <summary>Rejected as unfounded, with a reason (final).</summary>
    Rejected = 2,

    /// <summary>Contained: a correction made, or none needed (said why).</summary>
    Contained = 3,

    /// <summary>Its root cause and extent analysed.</summary>
    Analysed = 4,

    /// <summary>Its action plan approved.</summary>
    PlanApproved = 5,

    /// <summary>Its actions being implemented.</summary>
    Implementing = 6,

    /// <summary>Every action done, verified.</summary>
    ImplementationVerified = 7,

    /// <summary>The effectiveness of the actions being checked, once the window after verification has passed.</summary>
    EffectivenessCheck = 8,

    /// <summary>Closed: the actions were effective (final).</summary>
    Closed = 9,
}

/// <summary>The commands of a <see cref="Nonconformity"/>.</summary>
public enum NonconformityTrigger
{
    /// <summary>Report a nonconformity.</summary>
    Report,

    /// <summary>Accept it.</summary>
    Accept,

    /// <summary>Reject it as unfounded.</summary>
    Reject,

    /// <summary>Contain it.</summary>
    Contain,

    /// <summary>Analyse its root cause and extent.</summary>
    Analyse,

    /// <summary>Approve the action plan.</summary>
    ApprovePlan,

    /// <summary>Start implementing.</summary>
    StartImplementation,

    /// <summary>Record an action done.</summary>
    CompleteAction,

    /// <summary>Verify that every action is done.</summary>
    VerifyImplementation,

    /// <summary>Start the effectiveness check.</summary>
    StartEffectivenessCheck,

    /// <summary>Record the actions effective: closed.</summary>
    ConfirmEffective,

    /// <summary>Record the actions not effective: analysed again.</summary>
    FindIneffective,

    /// <summary>Apply what time made due: escalate overdue actions.</summary>
    Advance,
}

/// <summary>Where a nonconformity came from.</summary>
public enum NonconformitySource
{
    /// <summary>An internal or external audit's finding.</summary>
    Audit = 1,

    /// <summary>A customer complaint.</summary>
    Complaint = 2,

    /// <summary>An incident (for example a major incident's review).</summary>
    Incident = 3,

    /// <summary>A service level breach.</summary>
    SlaBreach = 4,

    /// <summary>A management review.</summary>
    ManagementReview = 5,

    /// <summary>Process monitoring and measurement.</summary>
    ProcessMonitoring = 6,
}

/// <summary>How serious a nonconformity is.</summary>
public enum NonconformitySeverity
{
    /// <summary>Isolated.</summary>
    Minor = 1,

    /// <summary>Systemic, or with a serious effect.</summary>
    Major = 2,
}

/// <summary>The kinds of action a nonconformity's plan holds (ISO/IEC 20000-1 10.1 and 10.2 keep them apart).</summary>
public enum ActionType
{
    /// <summary>Fixes the instance (the nonconformity itself).</summary>
    Correction = 1,

    /// <summary>Removes the cause, so that it does not recur.</summary>
    Corrective = 2,

    /// <summary>Removes the cause of a potential nonconformity elsewhere.</summary>
    Preventive = 3,

    /// <summary>Improves beyond the requirement.</summary>
    Improvement = 4,
}

/// <summary>The ladder an overdue action is escalated along, one rung per escalation step of business time.</summary>
public enum EscalationLevel
{
    /// <summary>The action's owner, when it falls due.</summary>
    Owner = 0,

    /// <summary>The owner's manager.</summary>
    Manager = 1,

    /// <summary>The management representative.</summary>
    ManagementRepresentative = 2,

    /// <summary>Top management (the last rung).</summary>
    TopManagement = 3,
}

/// <summary>An action as a plan proposes it.</summary>
/// <param name="Type">Its kind.</param>
/// <param name="Description">What is to be done.</param>
/// <param name="Owner">Who does it (an actor id).</param>
/// <param name="DueAt">When it is due.</param>
public sealed record PlannedAction(ActionType Type, string Description, string Owner, Instant DueAt);

/// <summary>An action of a nonconformity's plan, as it stands.</summary>
/// <param name="Number">Its number, from 1, across every plan of the nonconformity.</param>
/// <param name="Type">Its kind.</param>
/// <param name="Description">What is to be done.</param>
/// <param name="Owner">Who does it.</param>
/// <param name="DueAt">When it is due.</param>
/// <param name="DoneAt">When it was done; null while open. An action done never reopens.</param>
/// <param name="Evidence">What shows it done.</param>
/// <param name="Escalated">The highest rung it was escalated to, if any.</param>
public sealed record NonconformityAction(int Number, ActionType Type, string Description, string Owner, Instant DueAt, Instant? DoneAt, string? Evidence, EscalationLevel? Escalated)
{
    /// <summary>Gets a value indicating whether the action is done.</summary>
    public bool IsDone => DoneAt is not null;
}

/// <summary>The root cause and extent of a nonconformity.</summary>
/// <param name="RootCause">Why it happened.</param>
/// <param name="SimilarExist">Whether similar nonconformities exist or could occur.</param>
/// <param name="Extent">Where, and what was looked at.</param>
public sealed record NonconformityAnalysis(string RootCause, bool SimilarExist, string Extent);

/// <summary>A recorded effectiveness check.</summary>
/// <param name="Effective">Whether the actions removed the cause.</param>
/// <param name="Evidence">What shows it.</param>
/// <param name="By">Who checked (an actor id).</param>
/// <param name="At">When.</param>
public sealed record EffectivenessResult(bool Effective, string Evidence, string By, Instant At);
