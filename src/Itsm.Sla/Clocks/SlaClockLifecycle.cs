using Itsm.Core.Commands;
using Itsm.Core.Lifecycles;
using Stateless;

namespace Itsm.Sla.Clocks;

/// <summary>
/// The whole transition table of an SLA clock, top to bottom as the lifecycle diagram:
/// NotStarted -Start-> Running -Pause-> Paused -Resume-> Running; Running or Paused -Stop-> Stopped;
/// NotStarted, Running or Paused -Cancel-> Cancelled; Stopped -Reopen-> Running (a new cycle);
/// Retarget and ChangeCalendar while Running or Paused, keeping the state (re-entry: the states have no entry or
/// exit actions, so nothing runs).
/// </summary>
internal sealed class SlaClockLifecycle : Lifecycle<SlaClock, SlaClockState, SlaClockTrigger, Command<SlaClockTrigger>>
{
    /// <summary>Gets this thread's instance.</summary>
    public static SlaClockLifecycle Instance => ForThread<SlaClockLifecycle>();

    protected override void Configure(StateMachine<SlaClockState, SlaClockTrigger> machine)
    {
        machine.Configure(SlaClockState.NotStarted)
            .Permit(SlaClockTrigger.Start, SlaClockState.Running)
            .Permit(SlaClockTrigger.Cancel, SlaClockState.Cancelled);

        machine.Configure(SlaClockState.Running)
            .Permit(SlaClockTrigger.Pause, SlaClockState.Paused)
            .Permit(SlaClockTrigger.Stop, SlaClockState.Stopped)
            .Permit(SlaClockTrigger.Cancel, SlaClockState.Cancelled)
            .PermitReentry(SlaClockTrigger.Retarget)
            .PermitReentry(SlaClockTrigger.ChangeCalendar);

        machine.Configure(SlaClockState.Paused)
            .Permit(SlaClockTrigger.Resume, SlaClockState.Running)
            .Permit(SlaClockTrigger.Stop, SlaClockState.Stopped)
            .Permit(SlaClockTrigger.Cancel, SlaClockState.Cancelled)
            .PermitReentry(SlaClockTrigger.Retarget)
            .PermitReentry(SlaClockTrigger.ChangeCalendar);

        machine.Configure(SlaClockState.Stopped)
            .Permit(SlaClockTrigger.Reopen, SlaClockState.Running);

        machine.Configure(SlaClockState.Cancelled);
    }
}
