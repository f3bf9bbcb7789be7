using System.Collections.Generic;
using Itsm.Core;
using Itsm.Core.Commands;
using Itsm.Core.Lifecycles;
using NodaTime;
using Stateless;

namespace Itsm.Audits;

/// <summary>A command to a nonconformity as its lifecycle checks it.</summary>
/// <param name="Trigger">The trigger.</param>
/// <param name="By">Who acts.</param>
/// <param name="At">When.</param>
/// <param name="Action">The action a completion is of.</param>
internal readonly record struct NonconformityCommand(NonconformityTrigger Trigger, Actor By, Instant At, int Action = 0) : ICommand<NonconformityTrigger>;

/// <summary>
/// The transition table of a nonconformity (ISO/IEC 20000-1 10.1, 10.2), top to bottom as the lifecycle diagram:
/// Reported -Accept-> Accepted (-Reject-> Rejected) -Contain-> Contained -Analyse-> Analysed -ApprovePlan->
/// PlanApproved -StartImplementation-> Implementing -VerifyImplementation-> ImplementationVerified
/// -StartEffectivenessCheck-> EffectivenessCheck -ConfirmEffective-> Closed, or -FindIneffective-> Analysed (a new plan
/// follows). Actions are completed while the plan is approved or implemented; done actions never reopen.
/// </summary>
internal sealed class NonconformityLifecycle : Lifecycle<Nonconformity, NonconformityState, NonconformityTrigger, NonconformityCommand>
{
    public const string ActionsDone = "implementation is verified only when every action is done";
    public const string WindowPassed = "effectiveness is checked only once the window after verification has passed";
    public const string KeepsState = "the command keeps the nonconformity where it is";
    public const string OwnerCompletes = "an action is completed by its owner or the management representative";

    public NonconformityLifecycle()
        : base(creation: NonconformityTrigger.Report)
    {
    }

    public static NonconformityLifecycle Instance => ForThread<NonconformityLifecycle>();

    protected override IEnumerable<string> UnmetAuthorisation() =>
        Command.Trigger == NonconformityTrigger.CompleteAction
        && !Command.By.HasRole(Core.Actors.Roles.ManagementRepresentative)
        && Subject.ActionOwner(Command.Action) is { } owner && owner != Command.By.Id
            ? [OwnerCompletes]
            : [];

    protected override void Configure(StateMachine<NonconformityState, NonconformityTrigger> machine)
    {
        machine.Configure(NonconformityState.Reported)
            .Permit(NonconformityTrigger.Accept, NonconformityState.Accepted)
            .Permit(NonconformityTrigger.Reject, NonconformityState.Rejected);
        machine.Configure(NonconformityState.Accepted)
            .Permit(NonconformityTrigger.Contain, NonconformityState.Contained);
        machine.Configure(NonconformityState.Contained)
            .Permit(NonconformityTrigger.Analyse, NonconformityState.Analysed);
        machine.Configure(NonconformityState.Analysed)
            .Permit(NonconformityTrigger.ApprovePlan, NonconformityState.PlanApproved);
        machine.Configure(NonconformityState.PlanApproved)
            .InternalTransitionIf(NonconformityTrigger.CompleteAction, static _ => true, static () => { }, KeepsState)
            .Permit(NonconformityTrigger.StartImplementation, NonconformityState.Implementing);
        machine.Configure(NonconformityState.Implementing)
            .InternalTransitionIf(NonconformityTrigger.CompleteAction, static _ => true, static () => { }, KeepsState)
            .PermitIf(NonconformityTrigger.VerifyImplementation, NonconformityState.ImplementationVerified, () => Subject.OpenActions.Count == 0, ActionsDone);
        machine.Configure(NonconformityState.ImplementationVerified)
            .PermitIf(NonconformityTrigger.StartEffectivenessCheck, NonconformityState.EffectivenessCheck, () => Command.At >= Subject.EffectivenessCheckDueAt, WindowPassed);
        machine.Configure(NonconformityState.EffectivenessCheck)
            .Permit(NonconformityTrigger.ConfirmEffective, NonconformityState.Closed)
            .Permit(NonconformityTrigger.FindIneffective, NonconformityState.Analysed);
        machine.Configure(NonconformityState.Rejected);
        machine.Configure(NonconformityState.Closed);
    }
}
