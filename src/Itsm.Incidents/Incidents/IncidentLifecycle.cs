using System;
using Itsm.Core.Lifecycles;
using Stateless;

namespace Itsm.Incidents;

/// <summary>
/// The whole transition table of an incident, top to bottom as the lifecycle diagram:
/// New -Assign-> InProgress; InProgress -PutOnHold-> OnHold -Resume-> InProgress; InProgress or OnHold -Resolve->
/// Resolved -Close/AutoClose-> Closed; Resolved -Reopen-> InProgress within the reopen window; New or InProgress
/// -Cancel-> Cancelled (not a parent); reassignment, acknowledgement, priority changes, escalation, security
/// classification, applied workarounds, the major incident records and parent/child links keep the state; a major incident closes only after
/// its review, a parent only once its children are closed or cancelled; an open child is resolved with its parent.
/// </summary>
internal sealed class IncidentLifecycle : Lifecycle<Incident, IncidentState, IncidentTrigger>
{
    public const string NotYetAcknowledged = "the response is acknowledged once, by the first acknowledgement";
    public const string WithinReopenWindow = "an incident is reopened only within the reopen window after its resolution";
    public const string AutoCloseDue = "an incident closes itself only when the configured business days after its resolution have passed";
    public const string ReviewBeforeClose = "a major incident closes only after its review is recorded";
    public const string OnlyOnce = "a major incident is declared once";
    public const string MajorOnly = "only a major incident has top management informed and a major incident review";
    public const string ChildrenOfMajorOnly = "only a major incident has child incidents";
    public const string OneLevel = "child incidents are one level deep: a child incident has no children of its own";
    public const string OneParent = "an incident has at most one parent";
    public const string ChildOnly = "only a child incident is resolved with its parent";
    public const string ChildrenSettled = "a parent incident closes only when every child incident is closed or cancelled (close it through IncidentFamily, which sees its children)";
    public const string NoCancelWithChildren = "a parent incident is not cancelled while it has child incidents";

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
            Classifiable(state.PermitReentry(IncidentTrigger.ChangePriority).PermitReentry(IncidentTrigger.Escalate).PermitReentry(IncidentTrigger.ApplyWorkaround)
                .PermitReentryIf(IncidentTrigger.ProposeMajor, () => !Subject.IsMajor, OnlyOnce)
                .PermitReentryIf(IncidentTrigger.DeclareMajor, () => !Subject.IsMajor, OnlyOnce)
                .PermitReentryIf(
                    IncidentTrigger.LinkChild,
                    Tuple.Create<Func<bool>, string>(() => Subject.IsMajor, ChildrenOfMajorOnly),
                    Tuple.Create<Func<bool>, string>(() => Subject.Parent is null, OneLevel))
                .PermitReentryIf(
                    IncidentTrigger.LinkToParent,
                    Tuple.Create<Func<bool>, string>(() => Subject.Parent is null, OneParent),
                    Tuple.Create<Func<bool>, string>(() => Subject.Children.Count == 0, OneLevel))
                .PermitIf(IncidentTrigger.ResolveWithParent, IncidentState.Resolved, () => Subject.Parent is not null, ChildOnly));

        Func<bool> notParent = () => Subject.Children.Count == 0;

        Unresolved(machine.Configure(IncidentState.New))
            .Permit(IncidentTrigger.Assign, IncidentState.InProgress)
            .PermitIf(IncidentTrigger.Cancel, IncidentState.Cancelled, notParent, NoCancelWithChildren);

        Unresolved(machine.Configure(IncidentState.InProgress))
            .PermitReentry(IncidentTrigger.Assign)
            .PermitReentryIf(IncidentTrigger.Acknowledge, () => !Subject.IsAcknowledged, NotYetAcknowledged)
            .Permit(IncidentTrigger.PutOnHold, IncidentState.OnHold)
            .Permit(IncidentTrigger.Resolve, IncidentState.Resolved)
            .PermitIf(IncidentTrigger.Cancel, IncidentState.Cancelled, notParent, NoCancelWithChildren);

        Unresolved(machine.Configure(IncidentState.OnHold))
            .Permit(IncidentTrigger.Resume, IncidentState.InProgress)
            .Permit(IncidentTrigger.Resolve, IncidentState.Resolved);

        Classifiable(machine.Configure(IncidentState.Resolved))
            .PermitIf(
                IncidentTrigger.Close,
                IncidentState.Closed,
                Tuple.Create<Func<bool>, string>(() => Subject.IsReviewedIfMajor, ReviewBeforeClose),
                Tuple.Create<Func<bool>, string>(() => Subject.AreChildrenSettled, ChildrenSettled))
            .PermitIf(
                IncidentTrigger.AutoClose,
                IncidentState.Closed,
                Tuple.Create<Func<bool>, string>(() => Subject.IsAutoCloseDue, AutoCloseDue),
                Tuple.Create<Func<bool>, string>(() => Subject.IsReviewedIfMajor, ReviewBeforeClose),
                Tuple.Create<Func<bool>, string>(() => Subject.AreChildrenSettled, ChildrenSettled))
            .PermitIf(IncidentTrigger.Reopen, IncidentState.InProgress, () => Subject.IsWithinReopenWindow, WithinReopenWindow);

        machine.Configure(IncidentState.Closed);
        machine.Configure(IncidentState.Cancelled);
    }
}
