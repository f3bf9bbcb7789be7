using Itsm.Core;
using Itsm.Core.Commands;
using Itsm.Core.Lifecycles;
using NodaTime;
using Stateless;

namespace Itsm.Configuration;

/// <summary>A command to a release as its lifecycle checks it.</summary>
/// <param name="Trigger">The trigger.</param>
/// <param name="By">Who acts.</param>
/// <param name="At">When.</param>
/// <param name="Decision">A decision to proceed, with an acceptance.</param>
internal readonly record struct ReleaseCommand(ReleaseTrigger Trigger, Actor By, Instant At, string? Decision = null) : ICommand<ReleaseTrigger>;

/// <summary>
/// The transition table of a release (ISO/IEC 20000-1 8.5.3), top to bottom as the lifecycle diagram: Planned
/// -StartBuild-> Building -StartTesting-> Testing -RequestAcceptance-> AwaitingAcceptance -Accept-> Accepted
/// (-RefuseAcceptance-> Building) -Schedule-> Scheduled -StartDeployment-> Deploying -CompleteDeployment-> Deployed
/// -Verify-> Verified -Close-> Closed; Deploying -RollBack-> RolledBack -Close-> Closed. Criteria are added until
/// testing ends, test results recorded while testing, the baseline recorded and the schedule moved until deployment
/// starts, links made until the release closes.
/// </summary>
internal sealed class ReleaseLifecycle : Lifecycle<Release, ReleaseState, ReleaseTrigger, ReleaseCommand>
{
    public const string CriteriaDefined = "a release has at least one acceptance criterion before acceptance is requested";
    public const string CriteriaPassedOrDecision = "a release is accepted when every acceptance criterion passed, or with a recorded decision to proceed";
    public const string BaselineBeforeDeploying = "a baseline of the release's configuration items is recorded before deployment starts";
    public const string KeepsState = "the command keeps the release where it is";

    public ReleaseLifecycle()
        : base(creation: ReleaseTrigger.Plan)
    {
    }

    public static ReleaseLifecycle Instance => ForThread<ReleaseLifecycle>();

    protected override void Configure(StateMachine<ReleaseState, ReleaseTrigger> machine)
    {
        Open(machine.Configure(ReleaseState.Planned), criteria: true, baseline: true)
            .Permit(ReleaseTrigger.StartBuild, ReleaseState.Building);
        Open(machine.Configure(ReleaseState.Building), criteria: true, baseline: true)
            .Permit(ReleaseTrigger.StartTesting, ReleaseState.Testing);
        Open(machine.Configure(ReleaseState.Testing), criteria: true, baseline: true)
            .InternalTransitionIf(ReleaseTrigger.RecordTestResult, static _ => true, static () => { }, KeepsState)
            .PermitIf(ReleaseTrigger.RequestAcceptance, ReleaseState.AwaitingAcceptance, () => Subject.Criteria.Count > 0, CriteriaDefined);
        Open(machine.Configure(ReleaseState.AwaitingAcceptance), criteria: false, baseline: true)
            .PermitIf(ReleaseTrigger.Accept, ReleaseState.Accepted, () => Subject.UnpassedCriteria.Count == 0 || Command.Decision is not null, CriteriaPassedOrDecision)
            .Permit(ReleaseTrigger.RefuseAcceptance, ReleaseState.Building);
        Open(machine.Configure(ReleaseState.Accepted), criteria: false, baseline: true)
            .Permit(ReleaseTrigger.Schedule, ReleaseState.Scheduled);
        Open(machine.Configure(ReleaseState.Scheduled), criteria: false, baseline: true)
            .InternalTransitionIf(ReleaseTrigger.Schedule, static _ => true, static () => { }, KeepsState)
            .PermitIf(ReleaseTrigger.StartDeployment, ReleaseState.Deploying, () => Subject.Baseline is not null, BaselineBeforeDeploying);
        Open(machine.Configure(ReleaseState.Deploying), criteria: false, baseline: false)
            .Permit(ReleaseTrigger.CompleteDeployment, ReleaseState.Deployed)
            .Permit(ReleaseTrigger.RollBack, ReleaseState.RolledBack);
        Open(machine.Configure(ReleaseState.Deployed), criteria: false, baseline: false)
            .Permit(ReleaseTrigger.Verify, ReleaseState.Verified);
        Open(machine.Configure(ReleaseState.Verified), criteria: false, baseline: false)
            .Permit(ReleaseTrigger.Close, ReleaseState.Closed);
        Open(machine.Configure(ReleaseState.RolledBack), criteria: false, baseline: false)
            .Permit(ReleaseTrigger.Close, ReleaseState.Closed);
        machine.Configure(ReleaseState.Closed);
    }

    /// <summary>A state before closure: links are made; criteria are added and the baseline recorded where asked.</summary>
    private static StateMachine<ReleaseState, ReleaseTrigger>.StateConfiguration Open(StateMachine<ReleaseState, ReleaseTrigger>.StateConfiguration state, bool criteria, bool baseline)
    {
        state.InternalTransitionIf(ReleaseTrigger.Link, static _ => true, static () => { }, KeepsState);
        if (criteria)
        {
            state.InternalTransitionIf(ReleaseTrigger.AddCriterion, static _ => true, static () => { }, KeepsState);
        }

        if (baseline)
        {
            state.InternalTransitionIf(ReleaseTrigger.RecordBaseline, static _ => true, static () => { }, KeepsState);
        }

        return state;
    }
}
