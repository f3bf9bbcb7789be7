using System;
using System.Linq;

namespace Itsm.Incidents;

// The fold: each event changes the known error, without building a state machine.
public sealed partial class KnownError
{
    /// <inheritdoc />
    protected override void ApplyCreation(KnownErrorEvent domainEvent) => ApplyDrafted((KnownErrorDrafted)domainEvent);

    /// <inheritdoc />
    protected override void Apply(KnownErrorEvent domainEvent)
    {
        var trigger = TriggerOf(domainEvent);
        var state = Follow(KnownErrorLifecycle.Instance, domainEvent, State, trigger);

        switch (domainEvent)
        {
            case KnownErrorRevised revised:
                Require(domainEvent, ContentProblem(revised.Symptom, revised.RootCause, revised.Workaround));
                Symptom = revised.Symptom;
                RootCause = revised.RootCause;
                Workaround = revised.Workaround;
                RevisionCount++;
                break;
            case KnownErrorPublished:
                Require(domainEvent, Workaround is null ? KnownErrorLifecycle.HasWorkaround : null);
                PublishedAt = domainEvent.At;
                break;
            case KnownErrorRetired retired:
                Require(domainEvent, string.IsNullOrWhiteSpace(retired.Reason) ? "retiring a known error needs a reason" : null);
                RetirementReason = retired.Reason;
                break;
            case KnownErrorSuperseded superseded:
                Require(domainEvent, superseded.By.IsEmpty || superseded.By == Id ? "a known error is superseded by another known error" : null);
                SupersededBy = superseded.By;
                break;
        }

        State = state;
    }

    private void ApplyDrafted(KnownErrorDrafted drafted)
    {
        if (Version > 0)
        {
            throw History(drafted, "a known error is drafted once, by its first event");
        }

        Require(drafted, drafted.Id.IsEmpty || drafted.Problem.IsEmpty || drafted.Service.IsEmpty || drafted.ConfigurationItems.IsDefault || drafted.ConfigurationItems.Any(c => c.IsEmpty)
            ? "a known error names itself, its problem, its service and non-empty configuration items"
            : ContentProblem(drafted.Symptom, drafted.RootCause, drafted.Workaround));
        Id = drafted.Id;
        Problem = drafted.Problem;
        Symptom = drafted.Symptom;
        RootCause = drafted.RootCause;
        Workaround = drafted.Workaround;
        Service = drafted.Service;
        ConfigurationItems = drafted.ConfigurationItems;
        DraftedAt = drafted.At;
        State = KnownErrorState.Draft;
    }

    private static KnownErrorTrigger TriggerOf(KnownErrorEvent domainEvent) => domainEvent switch
    {
        KnownErrorRevised => KnownErrorTrigger.Revise,
        KnownErrorPublished => KnownErrorTrigger.Publish,
        KnownErrorRetired => KnownErrorTrigger.Retire,
        KnownErrorSuperseded => KnownErrorTrigger.Supersede,
        _ => throw new ArgumentException($"{domainEvent.GetType().Name} is not a known error event this version knows.", nameof(domainEvent)),
    };

    private void Require(KnownErrorEvent domainEvent, string? brokenRule)
    {
        if (brokenRule is not null)
        {
            throw History(domainEvent, brokenRule);
        }
    }

}
