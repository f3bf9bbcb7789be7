using Itsm.Core.Commands;
using Itsm.Core.Lifecycles;
using Stateless;

namespace Itsm.Documents;

/// <summary>
/// The whole transition table of an external document, top to bottom as the lifecycle diagram:
/// Identified -AcceptForUse-> AcceptedForUse -RecordCurrencyCheck-> CurrencyChecked, and again
/// CurrencyChecked -RecordCurrencyCheck-> CurrencyChecked; while in use (AcceptedForUse or CurrencyChecked)
/// MarkCheckOverdue keeps the state once the next check date has passed, once per check date; Identified, AcceptedForUse
/// or CurrencyChecked -Supersede-> Superseded and -Withdraw-> Withdrawn.
/// </summary>
internal sealed class ExternalDocumentLifecycle : Lifecycle<ExternalDocument, ExternalDocumentState, ExternalDocumentTrigger, Command<ExternalDocumentTrigger>>
{
    public const string CheckDatePassed = "a currency check is overdue only once its next check date has passed";
    public const string OverdueOnce = "an overdue currency check is recorded once per check date";

    /// <summary>Initializes the table; registering creates an external document.</summary>
    public ExternalDocumentLifecycle()
        : base(creation: ExternalDocumentTrigger.Identify)
    {
    }

    /// <summary>Gets this thread's instance.</summary>
    public static ExternalDocumentLifecycle Instance => ForThread<ExternalDocumentLifecycle>();

    protected override void Configure(StateMachine<ExternalDocumentState, ExternalDocumentTrigger> machine)
    {
        // A document in use is checked for currency, and its check becomes overdue when the check date passes.
        StateMachine<ExternalDocumentState, ExternalDocumentTrigger>.StateConfiguration InUse(StateMachine<ExternalDocumentState, ExternalDocumentTrigger>.StateConfiguration state) =>
            state.PermitReentryIf(
                    ExternalDocumentTrigger.MarkCheckOverdue,
                    Rule(() => Subject.IsCheckDatePassedAt(Command.At), CheckDatePassed),
                    Rule(() => !Subject.IsCheckOverdue, OverdueOnce))
                .Permit(ExternalDocumentTrigger.Supersede, ExternalDocumentState.Superseded)
                .Permit(ExternalDocumentTrigger.Withdraw, ExternalDocumentState.Withdrawn);

        machine.Configure(ExternalDocumentState.Identified)
            .Permit(ExternalDocumentTrigger.AcceptForUse, ExternalDocumentState.AcceptedForUse)
            .Permit(ExternalDocumentTrigger.Supersede, ExternalDocumentState.Superseded)
            .Permit(ExternalDocumentTrigger.Withdraw, ExternalDocumentState.Withdrawn);

        InUse(machine.Configure(ExternalDocumentState.AcceptedForUse))
            .Permit(ExternalDocumentTrigger.RecordCurrencyCheck, ExternalDocumentState.CurrencyChecked);

        InUse(machine.Configure(ExternalDocumentState.CurrencyChecked))
            .PermitReentry(ExternalDocumentTrigger.RecordCurrencyCheck);

        machine.Configure(ExternalDocumentState.Superseded);
        machine.Configure(ExternalDocumentState.Withdrawn);
    }
}
