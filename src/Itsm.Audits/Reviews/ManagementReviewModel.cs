using System.Collections.Generic;
using NodaTime;

namespace Itsm.Audits;

/// <summary>The lifecycle states of a <see cref="ManagementReview"/>.</summary>
public enum ManagementReviewState
{
    /// <summary>Planned; its inputs are being collected.</summary>
    Planned = 0,

    /// <summary>Every input kind collected (or declared not applicable with a reason).</summary>
    InputsCollected = 1,

    /// <summary>Held with top management present; decisions and actions are recorded.</summary>
    Held = 2,

    /// <summary>Minutes approved, the next review scheduled: nothing changes any more but the closure.</summary>
    MinutesApproved = 3,

    /// <summary>Closed (final).</summary>
    Closed = 4,
}

/// <summary>The commands of a <see cref="ManagementReview"/>.</summary>
public enum ManagementReviewTrigger
{
    /// <summary>Plan a review.</summary>
    Plan,

    /// <summary>Record an input, or declare its kind not applicable.</summary>
    RecordInput,

    /// <summary>Declare the inputs collected.</summary>
    CollectInputs,

    /// <summary>Hold the review.</summary>
    Hold,

    /// <summary>Record a decision or an action.</summary>
    RecordOutput,

    /// <summary>Approve the minutes and schedule the next review.</summary>
    ApproveMinutes,

    /// <summary>Close.</summary>
    Close,
}

/// <summary>The inputs a management review considers (ISO/IEC 20000-1 9.3).</summary>
public enum ReviewInputKind
{
    /// <summary>The status of actions from previous reviews.</summary>
    PreviousActions = 1,

    /// <summary>Changes in external and internal issues.</summary>
    ExternalAndInternalIssues = 2,

    /// <summary>Nonconformities and corrective actions, and their trends.</summary>
    NonconformitiesAndCorrectiveActions = 3,

    /// <summary>Monitoring and measurement results.</summary>
    MonitoringAndMeasurement = 4,

    /// <summary>Audit results.</summary>
    AuditResults = 5,

    /// <summary>Service performance against targets.</summary>
    ServicePerformance = 6,

    /// <summary>Customer satisfaction and feedback.</summary>
    CustomerSatisfaction = 7,

    /// <summary>The adequacy of resources.</summary>
    ResourceAdequacy = 8,

    /// <summary>Risks and opportunities, and the effectiveness of actions taken on them.</summary>
    RisksAndOpportunities = 9,

    /// <summary>Opportunities for improvement.</summary>
    ImprovementOpportunities = 10,
}

/// <summary>An input of a review: evidence, or a declaration that the kind does not apply, with the reason.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Evidence">The evidence presented; null when not applicable.</param>
/// <param name="NotApplicableReason">Why the kind does not apply this time; null when evidence is given.</param>
/// <param name="By">Who recorded it (an actor id).</param>
/// <param name="At">When.</param>
public sealed record ReviewInput(ReviewInputKind Kind, string? Evidence, string? NotApplicableReason, string By, Instant At);

/// <summary>An output of a review: a decision, or an action with its owner and due date.</summary>
/// <param name="Number">Its number, from 1.</param>
/// <param name="Text">The decision, or what is to be done.</param>
/// <param name="Owner">The action's owner (an actor id); null for a decision.</param>
/// <param name="Due">The action's due date; null for a decision.</param>
public sealed record ReviewOutput(int Number, string Text, string? Owner, LocalDate? Due)
{
    /// <summary>Gets a value indicating whether the output is an action (not a decision).</summary>
    public bool IsAction => Owner is not null;
}

/// <summary>Who attended a review.</summary>
/// <param name="Attendees">The attendees (actor ids).</param>
/// <param name="TopManagement">Those of them who are top management (actor ids).</param>
public sealed record ReviewAttendance(IReadOnlyList<string> Attendees, IReadOnlyList<string> TopManagement);
