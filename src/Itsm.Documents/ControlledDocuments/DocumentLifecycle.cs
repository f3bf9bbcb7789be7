using Itsm.Core;
using Itsm.Core.Commands;
using Itsm.Core.Lifecycles;
using NodaTime;
using Stateless;

namespace Itsm.Documents;

/// <summary>
/// The whole transition table of a document revision, top to bottom as the lifecycle diagram:
/// Draft -Submit-> InReview; InReview: Approve, RequestChanges and Comment record one decision each, and the deciding
/// command concludes -ConcludeApproved-> Approved (every required step approved) or -ConcludeChangesRequested->
/// ChangesRequested -Redraft-> Draft; Draft, InReview or ChangesRequested -Cancel-> Cancelled; Approved
/// -BecomeEffective-> Effective on its effective date; Effective -Supersede-> Superseded (when its successor becomes
/// effective) or -Withdraw-> Withdrawn; the effective revision is copied (controlled and uncontrolled copies) and
/// periodically reviewed; Superseded or Withdrawn -Archive-> Archived -Dispose-> Disposed.
/// </summary>
internal sealed class DocumentLifecycle : Lifecycle<DocumentRevision, RevisionState, DocumentTrigger, DocumentCommand>
{
    public const string EligibleApprover = "a decision comes from an actor holding the role of an approval step still awaiting one, and once per actor";
    public const string CommentsFromApprovers = "a comment comes from an actor holding the role of one of the revision's approval steps";
    public const string StepsInOrder = "required steps decide in order: a required step waits until every required step before it is approved (reviewed, then approved)";
    public const string AllRequiredApproved = "a revision is approved only when every required step is approved";
    public const string ChangesAsked = "a revision goes back for changes only when an approver asked for them";
    public const string EffectiveDateReached = "a revision becomes effective only on its effective date";
    public const string SuccessorEffective = "a revision is superseded only by its successor becoming effective";
    public const string ReviewOpensOneDraft = "a review that requires a revision opens a draft only when no revision is open";

    /// <summary>Initializes the table; creating a document creates its first revision.</summary>
    public DocumentLifecycle()
        : base(creation: DocumentTrigger.Create)
    {
    }

    /// <summary>Gets this thread's instance.</summary>
    public static DocumentLifecycle Instance => ForThread<DocumentLifecycle>();

    protected override void Configure(StateMachine<RevisionState, DocumentTrigger> machine)
    {
        machine.Configure(RevisionState.Draft)
            .Permit(DocumentTrigger.Submit, RevisionState.InReview)
            .Permit(DocumentTrigger.Cancel, RevisionState.Cancelled);

        machine.Configure(RevisionState.InReview)
            .PermitReentryIf(
                DocumentTrigger.Approve,
                Rule(() => Subject.HasStepFor(Command.By, ApprovalDecisionKind.Approved), EligibleApprover),
                Rule(() => !Subject.WaitsForEarlierSteps(Command.By, ApprovalDecisionKind.Approved), StepsInOrder))
            .PermitReentryIf(
                DocumentTrigger.RequestChanges,
                Rule(() => Subject.HasStepFor(Command.By, ApprovalDecisionKind.ChangesRequested), EligibleApprover),
                Rule(() => !Subject.WaitsForEarlierSteps(Command.By, ApprovalDecisionKind.ChangesRequested), StepsInOrder))
            .PermitReentryIf(DocumentTrigger.Comment, () => Subject.HasStepFor(Command.By, ApprovalDecisionKind.Commented), CommentsFromApprovers)
            .PermitIf(DocumentTrigger.ConcludeApproved, RevisionState.Approved, () => Subject.AreRequiredStepsApproved, AllRequiredApproved)
            .PermitIf(DocumentTrigger.ConcludeChangesRequested, RevisionState.ChangesRequested, () => Subject.Decisions.Count > 0 && Subject.Decisions[^1].Decision == ApprovalDecisionKind.ChangesRequested, ChangesAsked)
            .Permit(DocumentTrigger.Cancel, RevisionState.Cancelled);

        machine.Configure(RevisionState.ChangesRequested)
            .Permit(DocumentTrigger.Redraft, RevisionState.Draft)
            .Permit(DocumentTrigger.Cancel, RevisionState.Cancelled);

        machine.Configure(RevisionState.Approved)
            .PermitIf(DocumentTrigger.BecomeEffective, RevisionState.Effective, () => Subject.IsEffectiveDateReachedAt(Command.At), EffectiveDateReached);

        machine.Configure(RevisionState.Effective)
            .PermitReentry(DocumentTrigger.IssueCopy)
            .PermitReentry(DocumentTrigger.RecordUncontrolledCopies)
            .PermitReentryIf(DocumentTrigger.CompleteReview, () => !Command.ReviewOpensDraft || Subject.Document.OpenRevision is null, ReviewOpensOneDraft)
            .PermitIf(DocumentTrigger.Supersede, RevisionState.Superseded, () => Command.Successor, SuccessorEffective)
            .Permit(DocumentTrigger.Withdraw, RevisionState.Withdrawn);

        machine.Configure(RevisionState.Superseded).Permit(DocumentTrigger.Archive, RevisionState.Archived);
        machine.Configure(RevisionState.Withdrawn).Permit(DocumentTrigger.Archive, RevisionState.Archived);
        machine.Configure(RevisionState.Archived).Permit(DocumentTrigger.Dispose, RevisionState.Disposed);
        machine.Configure(RevisionState.Disposed);
        machine.Configure(RevisionState.Cancelled);
    }
}

/// <summary>A document command as the revision and copy lifecycles check it.</summary>
/// <param name="Trigger">The trigger.</param>
/// <param name="By">Who acts.</param>
/// <param name="At">When.</param>
/// <param name="Successor">For a supersession: whether its successor becomes effective in the same command.</param>
/// <param name="ReviewOpensDraft">For a periodic review: whether it requires a revision (and so opens a draft).</param>
/// <param name="Outcome">For the end of a recall: how it ends.</param>
internal readonly record struct DocumentCommand(
    DocumentTrigger Trigger,
    Actor By,
    Instant At,
    bool Successor = false,
    bool ReviewOpensDraft = false,
    RecallOutcome? Outcome = null) : ICommand<DocumentTrigger>;
