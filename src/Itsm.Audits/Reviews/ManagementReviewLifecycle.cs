using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Commands;
using Itsm.Core.Lifecycles;
using NodaTime;
using Stateless;

namespace Itsm.Audits;

/// <summary>A command to a management review as its lifecycle checks it.</summary>
/// <param name="Trigger">The trigger.</param>
/// <param name="By">Who acts.</param>
/// <param name="At">When.</param>
/// <param name="TopManagementPresent">Whether top management attends, to hold.</param>
/// <param name="NextReview">The next review's day, to approve the minutes.</param>
internal readonly record struct ManagementReviewCommand(ManagementReviewTrigger Trigger, Actor By, Instant At, bool TopManagementPresent = false, LocalDate? NextReview = null)
    : ICommand<ManagementReviewTrigger>;

/// <summary>
/// The transition table of a management review (ISO/IEC 20000-1 9.3), top to bottom as the lifecycle diagram: Planned
/// -CollectInputs-> InputsCollected -Hold-> Held -ApproveMinutes-> MinutesApproved -Close-> Closed. Inputs are recorded
/// while planned, outputs while held; after the minutes are approved nothing changes but the closure.
/// </summary>
internal sealed class ManagementReviewLifecycle : Lifecycle<ManagementReview, ManagementReviewState, ManagementReviewTrigger, ManagementReviewCommand>
{
    public const string EveryInput = "a review's inputs are collected only when every kind has evidence or is declared not applicable with a reason";
    public const string TopManagementPresent = "a review is held with top management present";
    public const string SomeDecision = "a review's minutes record at least one decision";
    public const string NextWithinAYear = "the minutes schedule the next review after this one and within a year of it";
    public const string KeepsState = "the command keeps the review where it is";

    public ManagementReviewLifecycle()
        : base(creation: ManagementReviewTrigger.Plan)
    {
    }

    public static ManagementReviewLifecycle Instance => ForThread<ManagementReviewLifecycle>();

    protected override void Configure(StateMachine<ManagementReviewState, ManagementReviewTrigger> machine)
    {
        machine.Configure(ManagementReviewState.Planned)
            .InternalTransitionIf(ManagementReviewTrigger.RecordInput, static _ => true, static () => { }, KeepsState)
            .PermitIf(ManagementReviewTrigger.CollectInputs, ManagementReviewState.InputsCollected, () => Subject.MissingInputs.Count == 0, EveryInput);
        machine.Configure(ManagementReviewState.InputsCollected)
            .PermitIf(ManagementReviewTrigger.Hold, ManagementReviewState.Held, () => Command.TopManagementPresent, TopManagementPresent);
        machine.Configure(ManagementReviewState.Held)
            .InternalTransitionIf(ManagementReviewTrigger.RecordOutput, static _ => true, static () => { }, KeepsState)
            .PermitIf(
                ManagementReviewTrigger.ApproveMinutes,
                ManagementReviewState.MinutesApproved,
                Rule(() => Subject.Decisions.Count > 0, SomeDecision),
                Rule(() => Command.NextReview is { } next && ManagementReview.IsNextReviewInTime(Subject.Scheduled, next), NextWithinAYear));
        machine.Configure(ManagementReviewState.MinutesApproved)
            .Permit(ManagementReviewTrigger.Close, ManagementReviewState.Closed);
        machine.Configure(ManagementReviewState.Closed);
    }
}

/// <summary>The default role policy of management reviews.</summary>
public static class ManagementReviewRoles
{
    /// <summary>Gets the default policy: the management representative plans, collects, holds, records and closes; top
    /// management approves the minutes.</summary>
    public static RolePolicy<ManagementReview, ManagementReviewTrigger> Default { get; } = RolePolicy.Builder<ManagementReview, ManagementReviewTrigger>()
        .Allow(ManagementReviewTrigger.Plan, Roles.ManagementRepresentative)
        .Allow(ManagementReviewTrigger.RecordInput, Roles.ManagementRepresentative, Roles.ProcessOwner)
        .Allow(ManagementReviewTrigger.CollectInputs, Roles.ManagementRepresentative)
        .Allow(ManagementReviewTrigger.Hold, Roles.ManagementRepresentative)
        .Allow(ManagementReviewTrigger.RecordOutput, Roles.ManagementRepresentative, Roles.TopManagement)
        .Allow(ManagementReviewTrigger.ApproveMinutes, Roles.TopManagement)
        .Allow(ManagementReviewTrigger.Close, Roles.ManagementRepresentative)
        .Build();
}
