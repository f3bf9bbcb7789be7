using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core.Actors;
using Itsm.Core.Lifecycles;
using Stateless;

namespace Itsm.Documents;

/// <summary>
/// The whole transition table of a controlled copy, top to bottom as the lifecycle diagram: Issued -AcknowledgeCopy->
/// Acknowledged; Issued or Acknowledged -RecallCopy-> RecallPending (when its revision stops being effective)
/// -CloseRecall-> Returned, Destroyed or RetainedObsolete; Issued or Acknowledged: RequestReissue keeps the state and
/// -ApproveReissue-> Voided (lost) or Returned (damaged), a new copy issued in the same command.
/// </summary>
internal sealed class CopyLifecycle : Lifecycle<ControlledCopy, CopyState, DocumentTrigger, DocumentCommand>
{
    public const string OneReissueAtATime = "a copy has at most one pending reissue request";
    public const string ReissueRequested = "a reissue is approved only after it was requested";
    public const string LostIsVoided = "a lost copy's number is voided when its reissue is approved";
    public const string DamagedIsReturned = "a damaged copy is returned when its reissue is approved";
    public const string OutcomeReturned = "the recall ends as returned";
    public const string OutcomeDestroyed = "the recall ends as destroyed";
    public const string OutcomeRetained = "the recall ends as retained and marked obsolete";
    public const string CurrentOnly = "only a copy of the effective revision is reissued";

    /// <summary>Gets this thread's instance.</summary>
    public static CopyLifecycle Instance => ForThread<CopyLifecycle>();

    /// <summary>A copy is named within its document: <c>DOC-1/copy-3</c>.</summary>
    protected override string SubjectId(ControlledCopy subject, string recordId) =>
        recordId + "/copy-" + subject.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The copy's pipeline (<see cref="Lifecycle{TSubject, TState, TTrigger, TCommand}.UnmetRules"/>) for a
    /// command. A recall closes with any outcome: asked about <see cref="DocumentTrigger.CloseRecall"/> without one, it
    /// answers for the outcomes together (the outcome with the fewest unmet rules).</summary>
    public IReadOnlyList<string> UnmetRulesForAnyOutcome(ControlledDocument document, RolePolicy<ControlledDocument, DocumentTrigger> roles, ControlledCopy? copy, DocumentCommand command, string missing) =>
        (command.Trigger == DocumentTrigger.CloseRecall && command.Outcome is null ? Enum.GetValues<RecallOutcome>().Select(o => command with { Outcome = o }) : [command])
            .Select(each => UnmetRules(document, roles, copy, copy?.State ?? default, each, missing))
            .MinBy(rules => rules.Count)!;

    /// <summary>A copy is acknowledged, and its reissue asked for, by its holder or the document controller
    /// (<see cref="ControlledCopy.IsHeldFor"/>).</summary>
    protected override IEnumerable<string> UnmetAuthorisation() =>
        Command.Trigger is DocumentTrigger.AcknowledgeCopy or DocumentTrigger.RequestReissue && !Subject.IsHeldFor(Command.By) ? [ControlledDocument.HolderAcknowledges] : [];

    protected override void Configure(StateMachine<CopyState, DocumentTrigger> machine)
    {
        StateMachine<CopyState, DocumentTrigger>.StateConfiguration Live(StateMachine<CopyState, DocumentTrigger>.StateConfiguration state) =>
            state.Permit(DocumentTrigger.RecallCopy, CopyState.RecallPending)
                .PermitReentryIf(
                    DocumentTrigger.RequestReissue,
                    Rule(() => Subject.PendingReissue is null, OneReissueAtATime),
                    Rule(() => Subject.Document.EffectiveRevision?.Number == Subject.Revision, CurrentOnly))
                .PermitIf(
                    DocumentTrigger.ApproveReissue,
                    CopyState.Voided,
                    Rule(() => Subject.PendingReissue is not null, ReissueRequested),
                    Rule(() => Subject.PendingReissue != ReissueReason.Damaged, LostIsVoided))
                .PermitIf(
                    DocumentTrigger.ApproveReissue,
                    CopyState.Returned,
                    Rule(() => Subject.PendingReissue is not null, ReissueRequested),
                    Rule(() => Subject.PendingReissue == ReissueReason.Damaged, DamagedIsReturned));

        Live(machine.Configure(CopyState.Issued))
            .Permit(DocumentTrigger.AcknowledgeCopy, CopyState.Acknowledged);

        Live(machine.Configure(CopyState.Acknowledged));

        machine.Configure(CopyState.RecallPending)
            .PermitIf(DocumentTrigger.CloseRecall, CopyState.Returned, () => Command.Outcome == RecallOutcome.Returned, OutcomeReturned)
            .PermitIf(DocumentTrigger.CloseRecall, CopyState.Destroyed, () => Command.Outcome == RecallOutcome.Destroyed, OutcomeDestroyed)
            .PermitIf(DocumentTrigger.CloseRecall, CopyState.RetainedObsolete, () => Command.Outcome == RecallOutcome.RetainedObsolete, OutcomeRetained);

        machine.Configure(CopyState.Returned);
        machine.Configure(CopyState.Destroyed);
        machine.Configure(CopyState.RetainedObsolete);
        machine.Configure(CopyState.Voided);
    }
}
