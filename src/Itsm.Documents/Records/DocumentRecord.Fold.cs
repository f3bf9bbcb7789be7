using System;
using NodaTime;

namespace Itsm.Documents;

// The fold: each event changes the record, without building a state machine. Besides the transition table, replay
// checks each event's content and the guards that depend on the record alone (no disposal under legal hold or before the
// retention ends, one legal hold at a time, a trigger once), so a stored history cannot describe an impossible record.
public sealed partial class DocumentRecord
{
    /// <inheritdoc />
    protected override void ApplyCreation(DocumentRecordEvent domainEvent) => ApplyDeclared((DocumentRecordDeclared)domainEvent);

    /// <inheritdoc />
    protected override void Apply(DocumentRecordEvent domainEvent)
    {
        var trigger = TriggerOf(domainEvent);
        var state = Follow(DocumentRecordLifecycle.Instance, domainEvent, State, trigger);

        var at = domainEvent.At;
        bool retentionOver = RetentionEndsAt is { } end && at >= end;
        switch (domainEvent)
        {
            case DocumentRecordMetadataCorrected corrected:
                ApplyCorrection(corrected);
                break;
            case DocumentRecordContentAppended appended:
                Require(domainEvent, IsContentHash(appended.ContentHash), "a content entry's hash is 64 lower-case hexadecimal digits");
                Require(domainEvent, !string.IsNullOrWhiteSpace(appended.Description), "a content entry says what it is");
                _contentEntries.Add(new RecordContentEntry(_contentEntries.Count + 1, appended.ContentHash, appended.Description, at, domainEvent.Actor));
                break;
            case DocumentRecordRetentionTriggered triggered:
                Require(domainEvent, Retention.Trigger == RetentionTrigger.FromEvent, DocumentRecordLifecycle.FromEvent);
                Require(domainEvent, RetentionEndsAt is null, DocumentRecordLifecycle.TriggerOnce);
                Require(domainEvent, !string.IsNullOrWhiteSpace(triggered.Note), "a retention trigger says what happened");
                Require(domainEvent, triggered.OccurredOn.AtMidnight().InUtc().ToInstant() - DayStarts.Earliest <= at, "a retention trigger is recorded once it has happened");
                RequireEnd(domainEvent, triggered.OccurredOn, Retention.Period, triggered.RetentionEndsAt);
                RetentionStartsOn = triggered.OccurredOn;
                RetentionEndsAt = triggered.RetentionEndsAt;
                RetentionTriggerNote = triggered.Note;
                break;
            case DocumentRecordLegalHoldPlaced placed:
                Require(domainEvent, !IsUnderLegalHold, DocumentRecordLifecycle.OneHold);
                Require(domainEvent, !string.IsNullOrWhiteSpace(placed.Reason), "a legal hold has a reason");
                Require(domainEvent, placed.Reference is null || !string.IsNullOrWhiteSpace(placed.Reference), "a legal hold's reference is null or not blank");
                LegalHold = new LegalHold(placed.Reason, placed.Reference, domainEvent.Actor, at);
                LegalHoldCount++;
                break;
            case DocumentRecordLegalHoldReleased released:
                Require(domainEvent, IsUnderLegalHold, DocumentRecordLifecycle.HoldInPlace);
                Require(domainEvent, !string.IsNullOrWhiteSpace(released.Reason), "releasing a legal hold has a reason");
                LegalHold = null;
                break;
            case DocumentRecordDueForDisposal:
                Require(domainEvent, retentionOver, DocumentRecordLifecycle.EndsBeforeDue);
                Require(domainEvent, Retention.ActionAfter == RetentionAction.Delete, DocumentRecordLifecycle.DeleteAction);
                break;
            case DocumentRecordReviewDue:
                Require(domainEvent, retentionOver, DocumentRecordLifecycle.EndsBeforeDue);
                Require(domainEvent, Retention.ActionAfter == RetentionAction.Review, DocumentRecordLifecycle.ReviewAction);
                break;
            case DocumentRecordRetentionExtended extended:
                Require(domainEvent, RetentionEndsAt is not null, DocumentRecordLifecycle.HasEnd);
                Require(domainEvent, extended.Extension is not null && DayPeriods.IsValid(extended.Extension), "an extension is " + DayPeriods.Rule);
                Require(domainEvent, !string.IsNullOrWhiteSpace(extended.Reason), "extending a record's retention has a reason");
                Require(domainEvent, extended.RetentionEndsAt > RetentionEndsAt && extended.RetentionEndsAt > at, "an extension ends the retention later than it ended before, and after the extension");
                RetentionEndsAt = extended.RetentionEndsAt;
                break;
            case DocumentRecordDisposed disposed:
                Require(domainEvent, !IsUnderLegalHold, DocumentRecordLifecycle.NotUnderLegalHold);
                Require(domainEvent, retentionOver, DocumentRecordLifecycle.RetentionEnded);
                Require(domainEvent, Retention.ActionAfter != RetentionAction.Keep || State != DocumentRecordState.Active, DocumentRecordLifecycle.KeptNeverDisposed);
                Require(domainEvent, !string.IsNullOrWhiteSpace(disposed.Reason), "a disposal has a reason");
                Tombstone = new RecordTombstone(Id, Title, RecordClass, at, domainEvent.Actor, disposed.Reason, ContentHash);
                break;
        }

        State = state;
    }

    private void ApplyDeclared(DocumentRecordDeclared declared)
    {
        Require(
            declared,
            !declared.Id.IsEmpty && !string.IsNullOrWhiteSpace(declared.Title) && !string.IsNullOrWhiteSpace(declared.RecordClass) && !string.IsNullOrWhiteSpace(declared.Location),
            "a record has an id, a title, a class and a location");
        Require(declared, IsContentHash(declared.ContentHash), "a record's content hash is 64 lower-case hexadecimal digits");
        var retention = declared.Retention ?? throw History(declared, "a record has a retention policy");
        if (retention.Trigger == RetentionTrigger.FromDeclaration)
        {
            Require(
                declared,
                declared.RetentionStartsOn is { } startsOn && declared.RetentionEndsAt is { } endsAt && endsAt > declared.At
                    && Math.Abs((startsOn.AtMidnight().InUtc().ToInstant() - declared.At).TotalHours) <= 38,
                "a retention from the declaration runs from the day of the declaration and ends after it");
            RequireEnd(declared, declared.RetentionStartsOn!.Value, retention.Period, declared.RetentionEndsAt!.Value);
        }
        else
        {
            Require(declared, declared.RetentionStartsOn is null && declared.RetentionEndsAt is null, "a retention from an event has no start or end until the event is recorded");
        }

        Id = declared.Id;
        Title = declared.Title;
        RecordClass = declared.RecordClass;
        Owner = declared.Owner ?? throw History(declared, "a record has an owner");
        Location = declared.Location;
        ContentHash = declared.ContentHash;
        DeclaredAt = declared.At;
        DeclaredBy = declared.Actor;
        Retention = retention;
        RetentionStartsOn = declared.RetentionStartsOn;
        RetentionEndsAt = declared.RetentionEndsAt;
        State = DocumentRecordState.Active;
    }

    private void ApplyCorrection(DocumentRecordMetadataCorrected corrected)
    {
        Require(corrected, !string.IsNullOrWhiteSpace(corrected.Reason), "a correction has a reason");
        Require(
            corrected,
            (corrected.Title is null || !string.IsNullOrWhiteSpace(corrected.Title)) && (corrected.RecordClass is null || !string.IsNullOrWhiteSpace(corrected.RecordClass))
                && (corrected.Location is null || !string.IsNullOrWhiteSpace(corrected.Location)),
            "corrected values are not blank");
        var before = Metadata;
        var after = new RecordMetadata(corrected.Title ?? Title, corrected.RecordClass ?? RecordClass, corrected.Location ?? Location, corrected.Owner ?? Owner);
        Require(
            corrected,
            after.Title != before.Title || after.RecordClass != before.RecordClass || after.Location != before.Location || !after.Owner.Equals(before.Owner),
            "a correction changes at least one of the title, class, location and owner");
        _corrections.Add(new RecordCorrection(corrected.At, corrected.Actor, corrected.Reason, before, after));
        Title = after.Title;
        RecordClass = after.RecordClass;
        Location = after.Location;
        Owner = after.Owner;
    }

    /// <summary>Checks that a stored end is the start of the day <paramref name="period"/> after <paramref name="from"/> in
    /// some time zone.</summary>
    private void RequireEnd(DocumentRecordEvent domainEvent, LocalDate from, Period period, Instant end)
    {
        Require(domainEvent, SupportedTime.Contains(from), SupportedTime.DateRule);
        var utcStart = from.Plus(period).AtMidnight().InUtc().ToInstant();
        Require(domainEvent, DayStarts.CanStart(end, utcStart), "a retention ends at the start of the day its period after its start");
    }

    private static DocumentRecordTrigger TriggerOf(DocumentRecordEvent domainEvent) => domainEvent switch
    {
        DocumentRecordMetadataCorrected => DocumentRecordTrigger.CorrectMetadata,
        DocumentRecordContentAppended => DocumentRecordTrigger.AppendContent,
        DocumentRecordRetentionTriggered => DocumentRecordTrigger.RecordRetentionTrigger,
        DocumentRecordLegalHoldPlaced => DocumentRecordTrigger.PlaceLegalHold,
        DocumentRecordLegalHoldReleased => DocumentRecordTrigger.ReleaseLegalHold,
        DocumentRecordDueForDisposal => DocumentRecordTrigger.MarkDueForDisposal,
        DocumentRecordReviewDue => DocumentRecordTrigger.MarkReviewDue,
        DocumentRecordRetentionExtended => DocumentRecordTrigger.ExtendRetention,
        DocumentRecordDisposed => DocumentRecordTrigger.Dispose,
        _ => throw new ArgumentException($"{domainEvent.GetType().Name} is not a record event this version knows.", nameof(domainEvent)),
    };

    private void Require(DocumentRecordEvent domainEvent, bool holds, string rule)
    {
        if (!holds)
        {
            throw History(domainEvent, rule);
        }
    }

}
