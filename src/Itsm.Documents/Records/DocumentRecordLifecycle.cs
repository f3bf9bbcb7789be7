using Itsm.Core.Commands;
using Itsm.Core.Lifecycles;
using Stateless;

namespace Itsm.Documents;

/// <summary>
/// The whole transition table of a record, top to bottom as the lifecycle diagram: Active -MarkDueForDisposal->
/// DueForDisposal and -MarkReviewDue-> ReviewDue once the retention period has ended (by its action, Delete or Review);
/// ReviewDue or DueForDisposal -ExtendRetention-> Active; Active (retention ended, not Keep), ReviewDue or DueForDisposal
/// -Dispose-> Disposed unless under legal hold. Correcting metadata and placing or releasing a legal hold keep any state
/// but Disposed; content is appended and the retention trigger recorded while Active.
/// </summary>
internal sealed class DocumentRecordLifecycle : Lifecycle<DocumentRecord, DocumentRecordState, DocumentRecordTrigger, Command<DocumentRecordTrigger>>
{
    public const string NotUnderLegalHold = "a record under legal hold is not disposed";
    public const string RetentionEnded = "a record is disposed only after its retention period ends";
    public const string KeptNeverDisposed = "a record whose retention action is Keep is never disposed";
    public const string EndsBeforeDue = "a record becomes due for disposal or review only when its retention period has ended";
    public const string DeleteAction = "a record becomes due for disposal only when its retention action is Delete";
    public const string ReviewAction = "a record's review becomes due only when its retention action is Review";
    public const string OneHold = "a record is under at most one legal hold at a time";
    public const string HoldInPlace = "a legal hold is released only when one is in place";
    public const string FromEvent = "a retention trigger is recorded only for a record whose retention runs from an event";
    public const string TriggerOnce = "a retention trigger is recorded once";
    public const string HasEnd = "a retention is extended only once it has an end";

    /// <summary>Initializes the table; declaring creates a record.</summary>
    public DocumentRecordLifecycle()
        : base(creation: DocumentRecordTrigger.Declare)
    {
    }

    /// <summary>Gets this thread's instance.</summary>
    public static DocumentRecordLifecycle Instance => ForThread<DocumentRecordLifecycle>();

    protected override void Configure(StateMachine<DocumentRecordState, DocumentRecordTrigger> machine)
    {
        // Until disposal, metadata may be corrected and legal holds placed and released.
        StateMachine<DocumentRecordState, DocumentRecordTrigger>.StateConfiguration Retained(StateMachine<DocumentRecordState, DocumentRecordTrigger>.StateConfiguration state) =>
            state.PermitReentry(DocumentRecordTrigger.CorrectMetadata)
                .PermitReentryIf(DocumentRecordTrigger.PlaceLegalHold, () => !Subject.IsUnderLegalHold, OneHold)
                .PermitReentryIf(DocumentRecordTrigger.ReleaseLegalHold, () => Subject.IsUnderLegalHold, HoldInPlace);

        Retained(machine.Configure(DocumentRecordState.Active))
            .PermitReentry(DocumentRecordTrigger.AppendContent)
            .PermitReentryIf(
                DocumentRecordTrigger.RecordRetentionTrigger,
                Rule(() => Subject.Retention.Trigger == RetentionTrigger.FromEvent, FromEvent),
                Rule(() => Subject.RetentionEndsAt is null, TriggerOnce))
            .PermitReentryIf(DocumentRecordTrigger.ExtendRetention, () => Subject.RetentionEndsAt is not null, HasEnd)
            .PermitIf(
                DocumentRecordTrigger.MarkDueForDisposal,
                DocumentRecordState.DueForDisposal,
                Rule(() => Subject.IsRetentionOverAt(Command.At), EndsBeforeDue),
                Rule(() => Subject.Retention.ActionAfter == RetentionAction.Delete, DeleteAction))
            .PermitIf(
                DocumentRecordTrigger.MarkReviewDue,
                DocumentRecordState.ReviewDue,
                Rule(() => Subject.IsRetentionOverAt(Command.At), EndsBeforeDue),
                Rule(() => Subject.Retention.ActionAfter == RetentionAction.Review, ReviewAction))
            .PermitIf(
                DocumentRecordTrigger.Dispose,
                DocumentRecordState.Disposed,
                Rule(() => !Subject.IsUnderLegalHold, NotUnderLegalHold),
                Rule(() => Subject.IsRetentionOverAt(Command.At), RetentionEnded),
                Rule(() => Subject.Retention.ActionAfter != RetentionAction.Keep, KeptNeverDisposed));

        Retained(machine.Configure(DocumentRecordState.ReviewDue))
            .Permit(DocumentRecordTrigger.ExtendRetention, DocumentRecordState.Active)
            .PermitIf(
                DocumentRecordTrigger.Dispose,
                DocumentRecordState.Disposed,
                Rule(() => !Subject.IsUnderLegalHold, NotUnderLegalHold),
                Rule(() => Subject.IsRetentionOverAt(Command.At), RetentionEnded));

        Retained(machine.Configure(DocumentRecordState.DueForDisposal))
            .Permit(DocumentRecordTrigger.ExtendRetention, DocumentRecordState.Active)
            .PermitIf(
                DocumentRecordTrigger.Dispose,
                DocumentRecordState.Disposed,
                Rule(() => !Subject.IsUnderLegalHold, NotUnderLegalHold),
                Rule(() => Subject.IsRetentionOverAt(Command.At), RetentionEnded));

        machine.Configure(DocumentRecordState.Disposed);
    }
}
