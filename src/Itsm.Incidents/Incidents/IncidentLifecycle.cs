using System;
using Itsm.Core;
using Itsm.Core.Commands;
using Itsm.Core.Lifecycles;
using NodaTime;
using Stateless;

namespace Itsm.Incidents;

/// <summary>
/// The whole transition table of an incident, top to bottom as the lifecycle diagram:
/// New -Assign-> InProgress; InProgress -PutOnHold-> OnHold -Resume-> InProgress; InProgress or OnHold -Resolve->
/// Resolved -Close/AutoClose-> Closed; Resolved -Reopen-> InProgress within the reopen window; New or InProgress
/// -Cancel-> Cancelled (not a parent); reassignment, acknowledgement, priority changes, escalation, security
/// classification, applied workarounds, progress updates, the causing change (also once closed), the major incident records and parent/child links keep the state; a major incident closes only after
/// its review, a parent only once its children are closed or cancelled; a parent is resolved, and a child reopened,
/// through its family: an open child is resolved with its parent, a resolved parent reopened with its child.
/// </summary>
internal sealed class IncidentLifecycle : Lifecycle<Incident, IncidentState, IncidentTrigger, IncidentCommand>
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
    public const string ResolveThroughFamily = "a parent incident is resolved through IncidentFamily, which resolves its open child incidents with it";
    public const string ReopenThroughFamily = "a child incident is reopened through IncidentFamily, which reopens its resolved parent with it";

    /// <summary>Initializes the table; logging creates an incident.</summary>
    public IncidentLifecycle()
        : base(creation: IncidentTrigger.Log)
    {
    }

    /// <summary>Gets this thread's instance.</summary>
    public static IncidentLifecycle Instance => ForThread<IncidentLifecycle>();

    protected override void Configure(StateMachine<IncidentState, IncidentTrigger> machine)
    {
        // Changes that keep the state of an open incident: security classification, and (before resolution)
        // priority changes and escalation.
        StateMachine<IncidentState, IncidentTrigger>.StateConfiguration Classifiable(StateMachine<IncidentState, IncidentTrigger>.StateConfiguration state) =>
            state.PermitReentry(IncidentTrigger.ClassifySecurity).PermitReentry(IncidentTrigger.DowngradeSecurity)
                .PermitReentry(IncidentTrigger.RecordProgressUpdate).PermitReentry(IncidentTrigger.RecordCausingChange)
                .PermitReentryIf(IncidentTrigger.RecordTopManagementInformed, () => Subject.IsMajor, MajorOnly)
                .PermitReentryIf(IncidentTrigger.RecordMajorReview, () => Subject.IsMajor, MajorOnly);

        StateMachine<IncidentState, IncidentTrigger>.StateConfiguration Unresolved(StateMachine<IncidentState, IncidentTrigger>.StateConfiguration state) =>
            Classifiable(state.PermitReentry(IncidentTrigger.ChangePriority).PermitReentry(IncidentTrigger.Escalate).PermitReentry(IncidentTrigger.ApplyWorkaround)
                .PermitReentryIf(IncidentTrigger.ProposeMajor, () => !Subject.IsMajor, OnlyOnce)
                .PermitReentryIf(IncidentTrigger.DeclareMajor, () => !Subject.IsMajor, OnlyOnce)
                .PermitReentryIf(
                    IncidentTrigger.LinkChild,
                    Rule(() => Subject.IsMajor, ChildrenOfMajorOnly),
                    Rule(() => Subject.Parent is null, OneLevel))
                .PermitReentryIf(
                    IncidentTrigger.LinkToParent,
                    Rule(() => Subject.Parent is null, OneParent),
                    Rule(() => Subject.Children.Count == 0, OneLevel))
                .PermitIf(IncidentTrigger.ResolveWithParent, IncidentState.Resolved, () => Subject.Parent is not null, ChildOnly));

        Func<bool> notParent = () => Subject.Children.Count == 0;
        Func<bool> resolvesItsChildren = () => Subject.Children.Count == 0 || Command.Family;

        Unresolved(machine.Configure(IncidentState.New))
            .Permit(IncidentTrigger.Assign, IncidentState.InProgress)
            .PermitIf(IncidentTrigger.Cancel, IncidentState.Cancelled, notParent, NoCancelWithChildren);

        Unresolved(machine.Configure(IncidentState.InProgress))
            .PermitReentry(IncidentTrigger.Assign)
            .PermitReentryIf(IncidentTrigger.Acknowledge, () => !Subject.IsAcknowledged, NotYetAcknowledged)
            .Permit(IncidentTrigger.PutOnHold, IncidentState.OnHold)
            .PermitIf(IncidentTrigger.Resolve, IncidentState.Resolved, resolvesItsChildren, ResolveThroughFamily)
            .PermitIf(IncidentTrigger.Cancel, IncidentState.Cancelled, notParent, NoCancelWithChildren);

        Unresolved(machine.Configure(IncidentState.OnHold))
            .Permit(IncidentTrigger.Resume, IncidentState.InProgress)
            .PermitIf(IncidentTrigger.Resolve, IncidentState.Resolved, resolvesItsChildren, ResolveThroughFamily);

        Classifiable(machine.Configure(IncidentState.Resolved))
            .PermitIf(
                IncidentTrigger.Close,
                IncidentState.Closed,
                Rule(() => Subject.IsReviewedIfMajor, ReviewBeforeClose),
                Rule(() => Subject.AreChildrenSettled(Command.ChildrenSettled), ChildrenSettled))
            .PermitIf(
                IncidentTrigger.AutoClose,
                IncidentState.Closed,
                Rule(() => Subject.IsAutoCloseDueAt(Command.At), AutoCloseDue),
                Rule(() => Subject.IsReviewedIfMajor, ReviewBeforeClose),
                Rule(() => Subject.AreChildrenSettled(Command.ChildrenSettled), ChildrenSettled))
            .PermitIf(
                IncidentTrigger.Reopen,
                IncidentState.InProgress,
                Rule(() => Subject.IsWithinReopenWindowAt(Command.At), WithinReopenWindow),
                Rule(() => Subject.Parent is null || Command.Family, ReopenThroughFamily));

        machine.Configure(IncidentState.Closed)
            .PermitReentry(IncidentTrigger.RecordCausingChange);
        machine.Configure(IncidentState.Cancelled);
    }
}

/// <summary>An incident command as its lifecycle checks it.</summary>
/// <param name="Trigger">The trigger.</param>
/// <param name="By">Who acts.</param>
/// <param name="At">When.</param>
/// <param name="ChildrenSettled">Whether <see cref="IncidentFamily"/> has seen every child closed or cancelled.</param>
/// <param name="Family">Whether the command comes through <see cref="IncidentFamily"/>, which sees every incident of the
/// family: it resolves a parent's open children with it, and reopens a resolved parent with its child.</param>
internal readonly record struct IncidentCommand(IncidentTrigger Trigger, Actor By, Instant At, bool ChildrenSettled = false, bool Family = false) : ICommand<IncidentTrigger>;
