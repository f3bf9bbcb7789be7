using System.Collections.Generic;
using Itsm.Core;
using Itsm.Core.Commands;
using Itsm.Core.Lifecycles;
using NodaTime;
using Stateless;

namespace Itsm.Audits;

/// <summary>A command to an audit as its lifecycle checks it.</summary>
/// <param name="Trigger">The trigger.</param>
/// <param name="By">Who acts.</param>
/// <param name="At">When.</param>
/// <param name="Lead">The lead auditor of the plan being prepared.</param>
/// <param name="Waived">The auditor a waiver frees.</param>
/// <param name="Conflicts">The host's conflicts, to prepare and start.</param>
internal readonly record struct AuditCommand(AuditTrigger Trigger, Actor By, Instant At, string? Lead = null, string? Waived = null, IReadOnlyList<IndependenceConflict>? Conflicts = null)
    : ICommand<AuditTrigger>;

/// <summary>
/// The transition table of an audit (ISO/IEC 20000-1 9.2), top to bottom as the lifecycle diagram: Planned -Prepare->
/// Prepared -Start-> InProgress -DraftFindings-> FindingsDrafted -Report-> Reported -StartFollowUp-> FollowUp -Close->
/// Closed; Planned and Prepared -Postpone-> Postponed -Prepare-> Prepared; Planned, Prepared and Postponed -Cancel->
/// Cancelled. Waivers are approved before the audit starts; findings are recorded while in progress or drafted and
/// raised to a major while drafted; findings are linked to their records once reported. Who may act (the lead, the
/// team, not the waived auditor) is the authorisation stage.
/// </summary>
internal sealed class AuditLifecycle : Lifecycle<Audit, AuditState, AuditTrigger, AuditCommand>
{
    public const string Independent = "an audit is prepared and started only when every conflict of an auditor with the audited area has a waiver approved by someone else";
    public const string FollowedUp = "an audit closes only when every nonconformity finding has its nonconformity record and every opportunity its improvement item";
    public const string KeepsState = "the command keeps the audit where it is";

    public AuditLifecycle()
        : base(creation: AuditTrigger.Schedule)
    {
    }

    public static AuditLifecycle Instance => ForThread<AuditLifecycle>();

    /// <summary>The audit's own authorisation: the lead auditor leads, the team records findings, and nobody approves a
    /// waiver of their own independence.</summary>
    protected override IEnumerable<string> UnmetAuthorisation() => Subject.UnmetAuthorisation(Command.Trigger, Command.By, Command.Lead, Command.Waived);

    protected override void Configure(StateMachine<AuditState, AuditTrigger> machine)
    {
        machine.Configure(AuditState.Planned)
            .InternalTransitionIf(AuditTrigger.ApproveWaiver, static _ => true, static () => { }, KeepsState)
            .PermitIf(AuditTrigger.Prepare, AuditState.Prepared, IndependentRule())
            .Permit(AuditTrigger.Postpone, AuditState.Postponed)
            .Permit(AuditTrigger.Cancel, AuditState.Cancelled);
        machine.Configure(AuditState.Prepared)
            .InternalTransitionIf(AuditTrigger.ApproveWaiver, static _ => true, static () => { }, KeepsState)
            .PermitReentryIf(AuditTrigger.Prepare, IndependentRule())
            .PermitIf(AuditTrigger.Start, AuditState.InProgress, IndependentRule())
            .Permit(AuditTrigger.Postpone, AuditState.Postponed)
            .Permit(AuditTrigger.Cancel, AuditState.Cancelled);
        machine.Configure(AuditState.Postponed)
            .InternalTransitionIf(AuditTrigger.ApproveWaiver, static _ => true, static () => { }, KeepsState)
            .PermitIf(AuditTrigger.Prepare, AuditState.Prepared, IndependentRule())
            .Permit(AuditTrigger.Cancel, AuditState.Cancelled);
        machine.Configure(AuditState.InProgress)
            .InternalTransitionIf(AuditTrigger.RecordFinding, static _ => true, static () => { }, KeepsState)
            .Permit(AuditTrigger.DraftFindings, AuditState.FindingsDrafted);
        machine.Configure(AuditState.FindingsDrafted)
            .InternalTransitionIf(AuditTrigger.RecordFinding, static _ => true, static () => { }, KeepsState)
            .InternalTransitionIf(AuditTrigger.RaiseToMajor, static _ => true, static () => { }, KeepsState)
            .Permit(AuditTrigger.Report, AuditState.Reported);
        machine.Configure(AuditState.Reported)
            .InternalTransitionIf(AuditTrigger.LinkFinding, static _ => true, static () => { }, KeepsState)
            .Permit(AuditTrigger.StartFollowUp, AuditState.FollowUp);
        machine.Configure(AuditState.FollowUp)
            .InternalTransitionIf(AuditTrigger.LinkFinding, static _ => true, static () => { }, KeepsState)
            .PermitIf(AuditTrigger.Close, AuditState.Closed, () => Subject.UnfollowedFindings.Count == 0, FollowedUp);
        machine.Configure(AuditState.Closed);
        machine.Configure(AuditState.Cancelled);
    }

    private System.Tuple<System.Func<bool>, string> IndependentRule() =>
        Rule(() => Subject.UnwaivedConflicts(Command.Conflicts ?? []).Count == 0, Independent);
}
