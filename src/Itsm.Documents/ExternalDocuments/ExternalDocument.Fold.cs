using System;
using NodaTime;

namespace Itsm.Documents;

// The fold: each event changes the document, without building a state machine. Besides the transition table, replay
// checks each event's content and the guards that depend on the record alone (an overdue check only after its check
// date, once per date), so a stored history cannot describe an impossible document.
public sealed partial class ExternalDocument
{
    /// <inheritdoc />
    protected override void ApplyCreation(ExternalDocumentEvent domainEvent) => ApplyIdentified((ExternalDocumentIdentified)domainEvent);

    /// <inheritdoc />
    protected override void Apply(ExternalDocumentEvent domainEvent)
    {
        var trigger = TriggerOf(domainEvent);
        var state = Follow(ExternalDocumentLifecycle.Instance, domainEvent, State, trigger);

        var at = domainEvent.At;
        switch (domainEvent)
        {
            case ExternalDocumentAcceptedForUse accepted:
                RequireCheckDate(domainEvent, accepted.NextCheckOn, accepted.CheckOverdueFrom);
                AcceptedBy = domainEvent.Actor;
                AcceptedAt = at;
                SetNextCheck(accepted.NextCheckOn, accepted.CheckOverdueFrom);
                break;
            case ExternalDocumentCurrencyChecked checkedEvent:
                Require(domainEvent, Enum.IsDefined(checkedEvent.Result), "a currency check's result is Current or NewEditionAvailable");
                Require(domainEvent, checkedEvent.Note is null || !string.IsNullOrWhiteSpace(checkedEvent.Note), "a currency check's note is null or not blank");
                RequireCheckDate(domainEvent, checkedEvent.NextCheckOn, checkedEvent.CheckOverdueFrom);
                bool late = CheckOverdueFrom is { } due && at >= due;
                if (late && !IsCheckOverdue)
                {
                    MissedChecks++;
                }

                LastCheck = new CurrencyCheck(at, domainEvent.Actor, checkedEvent.Result, checkedEvent.Note, late);
                CheckCount++;
                SetNextCheck(checkedEvent.NextCheckOn, checkedEvent.CheckOverdueFrom);
                break;
            case ExternalDocumentCheckOverdue overdue:
                Require(domainEvent, CheckOverdueFrom is { } from && at >= from, ExternalDocumentLifecycle.CheckDatePassed);
                Require(domainEvent, !IsCheckOverdue, ExternalDocumentLifecycle.OverdueOnce);
                Require(domainEvent, overdue.DueOn == NextCheckOn, "an overdue check names the check date that passed");
                IsCheckOverdue = true;
                MissedChecks++;
                break;
            case ExternalDocumentSuperseded superseded:
                Require(domainEvent, !superseded.SupersededBy.IsEmpty && superseded.SupersededBy != Id, "an external document is superseded by another document");
                Require(domainEvent, !string.IsNullOrWhiteSpace(superseded.Reason), "superseding an external document has a reason");
                SupersededBy = superseded.SupersededBy;
                End(superseded.Reason, at);
                break;
            case ExternalDocumentWithdrawn withdrawn:
                Require(domainEvent, !string.IsNullOrWhiteSpace(withdrawn.Reason), "withdrawing an external document has a reason");
                End(withdrawn.Reason, at);
                break;
        }

        State = state;
    }

    private void ApplyIdentified(ExternalDocumentIdentified identified)
    {
        Require(identified, !identified.Id.IsEmpty, "an external document has an id");
        Require(identified, Enum.IsDefined(identified.Kind), "an external document's kind is one of ExternalDocumentKind");
        Require(
            identified,
            !string.IsNullOrWhiteSpace(identified.Issuer) && !string.IsNullOrWhiteSpace(identified.Reference) && !string.IsNullOrWhiteSpace(identified.Edition)
                && !string.IsNullOrWhiteSpace(identified.Title) && !string.IsNullOrWhiteSpace(identified.Applicability),
            "an external document has an issuer, a reference, an edition, a title and an applicability");
        Id = identified.Id;
        Kind = identified.Kind;
        Issuer = identified.Issuer;
        Reference = identified.Reference;
        Edition = identified.Edition;
        Title = identified.Title;
        Owner = identified.Owner ?? throw History(identified, "an external document has an owner");
        Applicability = identified.Applicability;
        IdentifiedAt = identified.At;
        State = ExternalDocumentState.Identified;
    }

    private void SetNextCheck(LocalDate nextCheckOn, Instant overdueFrom)
    {
        NextCheckOn = nextCheckOn;
        CheckOverdueFrom = overdueFrom;
        IsCheckOverdue = false;
    }

    private void End(string reason, Instant at)
    {
        EndReason = reason;
        EndedAt = at;
    }

    private void RequireCheckDate(ExternalDocumentEvent domainEvent, LocalDate nextCheckOn, Instant overdueFrom)
    {
        Require(domainEvent, SupportedTime.Contains(nextCheckOn), SupportedTime.DateRule);
        var utcStart = nextCheckOn.PlusDays(1).AtMidnight().InUtc().ToInstant();
        Require(domainEvent, overdueFrom > domainEvent.At, "the next check becomes overdue after the event that sets it");
        Require(
            domainEvent,
            DayStarts.CanStart(overdueFrom, utcStart),
            "a check becomes overdue at the start of the day after its check date");
    }

    private static ExternalDocumentTrigger TriggerOf(ExternalDocumentEvent domainEvent) => domainEvent switch
    {
        ExternalDocumentAcceptedForUse => ExternalDocumentTrigger.AcceptForUse,
        ExternalDocumentCurrencyChecked => ExternalDocumentTrigger.RecordCurrencyCheck,
        ExternalDocumentCheckOverdue => ExternalDocumentTrigger.MarkCheckOverdue,
        ExternalDocumentSuperseded => ExternalDocumentTrigger.Supersede,
        ExternalDocumentWithdrawn => ExternalDocumentTrigger.Withdraw,
        _ => throw new ArgumentException($"{domainEvent.GetType().Name} is not an external document event this version knows.", nameof(domainEvent)),
    };

    private void Require(ExternalDocumentEvent domainEvent, bool holds, string rule)
    {
        if (!holds)
        {
            throw History(domainEvent, rule);
        }
    }

}
