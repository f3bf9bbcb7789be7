using System;
using Itsm.Core.Lifecycles;
using Stateless;

namespace Itsm.Incidents;

/// <summary>
/// The whole transition table of an incident, top to bottom as the lifecycle diagram:
/// New -Assign-> InProgress; InProgress -PutOnHold-> OnHold -Resume-> InProgress; InProgress or OnHold -Resolve->
/// Resolved -Close/AutoClose-> Closed; Resolved -Reopen-> InProgress within the reopen window; New or InProgress
/// -Cancel-> Cancelled; reassignment, acknowledgement, priority changes, escalation, security classification and the
/// major incident records keep the state; a major incident closes only after its review.
/// </summary>
internal sealed class IncidentLifecycle : Lifecycle<Incident, IncidentState, IncidentTrigger>
{
    public const string NotYetAcknowledged = "the response is acknowledged once, by the first acknowledgement";
    public const string WithinReopenWindow = "an incident is reopened only within the reopen window after its resolution";
    public const string AutoCloseDue = "an incident closes itself only when the configured business days after its resolution have passed";
    public const string ReviewBeforeClose = "a major incident closes only after its review is recorded";
    public const string OnlyOnce = "a major incident is declared once";
    public const string MajorOnly = "only a major incident has top management informed and a major incident review";

    /// <summary>Gets this thread's instance.</summary>
    public static IncidentLifecycle Instance => ForThread<IncidentLifecycle>();

    protected override void Configure(StateMachine<IncidentState, IncidentTrigger> machine)
    {
        // Changes that keep the state of an open incident: security classification, and (before resolution)
        // priority changes and escalation.
        StateMachine<IncidentState, IncidentTrigger>.StateConfiguration Classifiable(StateMachine<IncidentState, IncidentTrigger>.StateConfiguration state) =>
            state.PermitReentry(IncidentTrigger.ClassifySecurity).PermitReentry(IncidentTrigger.DowngradeSecurity)
                .PermitReentryIf(IncidentTrigger.RecordTopManagementInformed, () => Subject.IsMajor, MajorOnly)
                .PermitReentryIf(IncidentTrigger.RecordMajorReview, () => Subject.IsMajor, MajorOnly);

        StateMachine<IncidentState, IncidentTrigger>.StateConfiguration Unresolved(StateMachine<IncidentState, IncidentTrigger>.StateConfiguration state) =>
            Classifiable(state.PermitReentry(IncidentTrigger.ChangePriority).PermitReentry(IncidentTrigger.Escalate)
                .PermitReentryIf(IncidentTrigger.ProposeMajor, () => !Subject.IsMajor, OnlyOnce)
                .PermitReentryIf(IncidentTrigger.DeclareMajor, () => !Subject.IsMajor, OnlyOnce));

        Unresolved(machine.Configure(IncidentState.New))
            .Permit(IncidentTrigger.Assign, IncidentState.InProgress)
            .Permit(IncidentTrigger.Cancel, IncidentState.Cancelled);

        Unresolved(machine.Configure(IncidentState.InProgress))
            .PermitReentry(IncidentTrigger.Assign)
            .PermitReentryIf(IncidentTrigger.Acknowledge, () => !Subject.IsAcknowledged, NotYetAcknowledged)
            .Permit(IncidentTrigger.PutOnHold, IncidentState.OnHold)
            .Permit(IncidentTrigger.Resolve, IncidentState.Resolved)
            .Permit(IncidentTrigger.Cancel, IncidentState.Cancelled);

        Unresolved(machine.Configure(IncidentState.OnHold))
            .Permit(IncidentTrigger.Resume, IncidentState.InProgress)
            .Permit(IncidentTrigger.Resolve, IncidentState.Resolved);

        Classifiable(machine.Configure(IncidentState.Resolved))
            .PermitIf(IncidentTrigger.Close, IncidentState.Closed, () => Subject.IsReviewedIfMajor, ReviewBeforeClose)
            .PermitIf(
                IncidentTrigger.AutoClose,
                IncidentState.Closed,
                Tuple.Create<Func<bool>, string>(() => Subject.IsAutoCloseDue, AutoCloseDue),
                Tuple.Create<Func<bool>, string>(() => Subject.IsReviewedIfMajor, ReviewBeforeClose))
            .PermitIf(IncidentTrigger.Reopen, IncidentState.InProgress, () => Subject.IsWithinReopenWindow, WithinReopenWindow);

        machine.Configure(IncidentState.Closed);
        machine.Configure(IncidentState.Cancelled);
    }
}
