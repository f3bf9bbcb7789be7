using Ardalis.Specification;
using NodaTime;

namespace Itsm.Changes;

/// <summary>Open changes (neither closed, rejected nor cancelled), oldest request first.</summary>
/// <remarks>Works in memory (<c>Evaluate</c>, <c>IsSatisfiedBy</c>) and against a host's repository.</remarks>
public sealed class OpenChangesSpec : Specification<Change>
{
    /// <summary>Initializes the specification.</summary>
    public OpenChangesSpec() =>
        Query.Where(c => c.State != ChangeState.Closed && c.State != ChangeState.Rejected && c.State != ChangeState.Cancelled)
            .OrderBy(c => c.RequestedAt);
}

/// <summary>
/// Compliance (ISO/IEC 20000-1 8.5.1): changes implemented, in review or closed without an authorisation, neither
/// standard (pre-authorised by a template) nor implemented at once as an emergency (approved retrospectively). The
/// lifecycle refuses this; the rule finds records that came from elsewhere or were edited by hand.
/// </summary>
public sealed class ChangesImplementedWithoutAuthorizationSpec : Specification<Change>
{
    /// <summary>Initializes the specification.</summary>
    public ChangesImplementedWithoutAuthorizationSpec() =>
        Query.Where(c => (c.State == ChangeState.Implementing || c.State == ChangeState.Review || c.State == ChangeState.Closed)
            && c.Model != ChangeModel.Standard
            && c.ImplementedNowAt == null
            && (c.Decision == null || !c.Decision.Authorized));
}

/// <summary>Compliance (8.5.1): emergency changes implemented at once whose retrospective approval is still missing
/// past its deadline at an instant, oldest deadline first.</summary>
public sealed class EmergencyChangesWithoutRetrospectiveApprovalSpec : Specification<Change>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="at">The instant to look at (the host's now).</param>
    public EmergencyChangesWithoutRetrospectiveApprovalSpec(Instant at) =>
        Query.Where(c => c.ImplementedNowAt != null && c.RetrospectiveApproval == null && c.RetrospectiveApprovalDueAt != null && c.RetrospectiveApprovalDueAt <= at)
            .OrderBy(c => c.RetrospectiveApprovalDueAt);
}

/// <summary>Compliance (8.5.1): failed changes without a record of their backout or remedy.</summary>
public sealed class FailedChangesWithoutBackoutRecordSpec : Specification<Change>
{
    /// <summary>Initializes the specification.</summary>
    public FailedChangesWithoutBackoutRecordSpec() =>
        Query.Where(c => c.Outcome == ChangeOutcome.Failed && (c.Remedy == null || c.Remedy.Trim() == string.Empty));
}

/// <summary>Compliance (8.5.1): changes closed without the post-implementation review their model or outcome requires
/// (normal, emergency and failed changes).</summary>
public sealed class ChangesClosedWithoutReviewSpec : Specification<Change>
{
    /// <summary>Initializes the specification.</summary>
    public ChangesClosedWithoutReviewSpec() =>
        Query.Where(c => c.State == ChangeState.Closed && c.Review == null && (c.Model != ChangeModel.Standard || c.Outcome == ChangeOutcome.Failed));
}

/// <summary>Register: the forward schedule of changes in a period, scheduled or being implemented, by window start.</summary>
public sealed class ChangeScheduleRegisterSpec : Specification<Change>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="period">The period; a change whose window overlaps it is listed (windows are half-open).</param>
    public ChangeScheduleRegisterSpec(Interval period) =>
        Query.Where(c => (c.State == ChangeState.Scheduled || c.State == ChangeState.Implementing) && c.Window != null
                && c.Window.Value.Start < period.End && period.Start < c.Window.Value.End)
            .OrderBy(c => c.Window!.Value.Start);
}

/// <summary>Register: the change advisory board's minutes for a period: the changes whose board decision was recorded
/// in it, in the order decided; each change carries its votes and the decision's reasons.</summary>
public sealed class CabMinutesSpec : Specification<Change>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="period">The period the decisions fall in (start inclusive, end exclusive).</param>
    public CabMinutesSpec(Interval period) =>
        Query.Where(c => c.Board != null && c.Decision != null && c.Decision.At >= period.Start && c.Decision.At < period.End)
            .OrderBy(c => c.Decision!.At);
}
