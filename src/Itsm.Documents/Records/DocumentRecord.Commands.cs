using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Documents;

// The commands and queries of a record.
public sealed partial class DocumentRecord
{
    /// <summary>Declares a record. A record is declared once; its content hash never changes.</summary>
    /// <param name="id">The record's id, from the host.</param>
    /// <param name="title">Its title; not empty.</param>
    /// <param name="recordClass">Its class or category (for example "incident report", "training record"); not empty.</param>
    /// <param name="owner">Who owns it.</param>
    /// <param name="contentHash">The SHA-256 of its content, 64 lower-case hexadecimal digits (<see cref="HashContent"/>).</param>
    /// <param name="location">Where the content is kept (a repository path, a cabinet); not empty.</param>
    /// <param name="retention">Its retention policy; a period from the declaration runs from the day of
    /// <paramref name="at"/> in the settings' zone.</param>
    /// <param name="settings">The host's settings.</param>
    /// <param name="by">Who declares it.</param>
    /// <param name="at">When.</param>
    /// <returns>The record, <see cref="DocumentRecordState.Active"/>.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An argument breaks its rule.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not declare records.</exception>
    public static DocumentRecord Declare(
        Id<Kinds.Record> id,
        string title,
        string recordClass,
        Actor owner,
        string contentHash,
        string location,
        RetentionPolicy retention,
        DocumentRecordSettings settings,
        Actor by,
        Instant at)
    {
        Preconditions.CheckNotNull(settings);
        Preconditions.CheckNotNull(by);
        Preconditions.CheckNotNull(owner);
        Preconditions.CheckNotNull(retention);
        Preconditions.CheckArgument(!id.IsEmpty, nameof(id), "A record needs an id.");
        Preconditions.CheckText(title, nameof(title), "A record has a title.");
        Preconditions.CheckText(recordClass, nameof(recordClass), "A record has a class or category.");
        Preconditions.CheckText(location, nameof(location), "A record says where its content is kept.");
        CheckHash(contentHash, nameof(contentHash));

        LocalDate? startsOn = null;
        Instant? endsAt = null;
        if (retention.Trigger == RetentionTrigger.FromDeclaration)
        {
            startsOn = at.InZone(settings.TimeZone).Date;
            endsAt = EndOf(startsOn.Value, retention.Period, settings.TimeZone);
        }

        var record = new DocumentRecord(settings) { Id = id };
        DocumentRecordLifecycle.Instance.Authorise(record, settings.Roles, record, DocumentRecordState.Active, new(DocumentRecordTrigger.Declare, by, at));
        record.Record(new DocumentRecordDeclared(at, by, id, title, recordClass, owner, contentHash, location, retention, startsOn, endsAt));
        return record;
    }

    /// <summary>Rebuilds a record from its events, without building a state machine.</summary>
    /// <param name="events">The events, oldest first, versions 1, 2, 3...</param>
    /// <param name="settings">The host's settings.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidHistoryException">The events do not start with the declaration, skip a version, go back in
    /// time, break a rule of their content, or hold a transition the lifecycle does not allow.</exception>
    public static DocumentRecord FromEvents(IEnumerable<DocumentRecordEvent> events, DocumentRecordSettings settings)
    {
        var record = new DocumentRecord(Preconditions.CheckNotNull(settings));
        record.Replay(events);
        return record;
    }

    /// <summary>Corrects the record's metadata; a null argument leaves that value as it is. The correction is kept with the
    /// values before and after (<see cref="Corrections"/>); the content never changes.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; not empty.</param>
    /// <param name="title">The corrected title, or null.</param>
    /// <param name="recordClass">The corrected class, or null.</param>
    /// <param name="location">The corrected location, or null.</param>
    /// <param name="owner">The corrected owner, or null.</param>
    /// <exception cref="ArgumentException">A value is blank, nothing would change, <paramref name="reason"/> is empty, or
    /// <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not correct records.</exception>
    /// <exception cref="InvalidTransitionException">The record was disposed of.</exception>
    public void CorrectMetadata(Actor by, Instant at, string reason, string? title = null, string? recordClass = null, string? location = null, Actor? owner = null)
    {
        Preconditions.CheckText(reason, nameof(reason), "A correction of a record's metadata needs a reason.");
        Preconditions.CheckArgument(title is null || !string.IsNullOrWhiteSpace(title), nameof(title), "A corrected title is not blank.");
        Preconditions.CheckArgument(recordClass is null || !string.IsNullOrWhiteSpace(recordClass), nameof(recordClass), "A corrected record class is not blank.");
        Preconditions.CheckArgument(location is null || !string.IsNullOrWhiteSpace(location), nameof(location), "A corrected location is not blank.");
        string? newTitle = title == Title ? null : title;
        string? newClass = recordClass == RecordClass ? null : recordClass;
        string? newLocation = location == Location ? null : location;
        Actor? newOwner = owner is null || owner.Equals(Owner) ? null : owner;
        Preconditions.CheckArgument(
            newTitle is not null || newClass is not null || newLocation is not null || newOwner is not null,
            nameof(reason),
            $"A correction of record '{Id}' changes at least one of its title, class, location and owner.");
        Execute(DocumentRecordTrigger.CorrectMetadata, by, at, () => new DocumentRecordMetadataCorrected(at, by, reason, newTitle, newClass, newLocation, newOwner));
    }

    /// <summary>Appends a content entry (an attachment, a signature page); entries are never edited or removed.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="contentHash">The SHA-256 of the entry's content, 64 lower-case hexadecimal digits.</param>
    /// <param name="description">What it is; not empty.</param>
    /// <exception cref="ArgumentException">An argument breaks its rule, or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not append content.</exception>
    /// <exception cref="InvalidTransitionException">The record is not active (its retention ended, or it was disposed of).</exception>
    public void AppendContent(Actor by, Instant at, string contentHash, string description)
    {
        CheckHash(contentHash, nameof(contentHash));
        Preconditions.CheckText(description, nameof(description), "A content entry says what it is.");
        Execute(DocumentRecordTrigger.AppendContent, by, at, () => new DocumentRecordContentAppended(at, by, contentHash, description));
    }

    /// <summary>Records the day of the event the retention period runs from (for a policy
    /// <see cref="RetentionTrigger.FromEvent"/>); the retention then ends at the start of that day plus the period.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When it is recorded.</param>
    /// <param name="occurredOn">The day the event happened: not after the day of <paramref name="at"/>.</param>
    /// <param name="note">What happened; not empty.</param>
    /// <exception cref="ArgumentException">An argument breaks its rule, or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not record retention triggers.</exception>
    /// <exception cref="InvalidTransitionException">The retention does not run from an event, its trigger was already
    /// recorded, or the record is not active.</exception>
    public void RecordRetentionTrigger(Actor by, Instant at, LocalDate occurredOn, string note)
    {
        Preconditions.CheckText(note, nameof(note), "A retention trigger says what happened.");
        SupportedTime.Check(occurredOn, nameof(occurredOn), "The day a retention trigger occurred on,");
        var today = at.InZone(_settings.TimeZone).Date;
        Preconditions.CheckArgument(occurredOn <= today, nameof(occurredOn), FormattableString.Invariant($"A retention trigger is recorded once it has happened, and {occurredOn:uuuu-MM-dd} is after {today:uuuu-MM-dd}."));
        var end = EndOf(occurredOn, Retention.Period, _settings.TimeZone);
        Execute(DocumentRecordTrigger.RecordRetentionTrigger, by, at, () => new DocumentRecordRetentionTriggered(at, by, occurredOn, note, end));
    }

    /// <summary>Places the record under legal hold: it is not disposed of until the hold is released.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; not empty.</param>
    /// <param name="reference">The legal reference (a case number, an order); null or not blank.</param>
    /// <exception cref="ArgumentException">An argument breaks its rule, or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not place legal holds.</exception>
    /// <exception cref="InvalidTransitionException">A legal hold is already in place, or the record was disposed of.</exception>
    public void PlaceLegalHold(Actor by, Instant at, string reason, string? reference = null)
    {
        Preconditions.CheckText(reason, nameof(reason), "A legal hold needs a reason.");
        Preconditions.CheckArgument(reference is null || !string.IsNullOrWhiteSpace(reference), nameof(reference), "A legal hold's reference is null or not blank.");
        Execute(DocumentRecordTrigger.PlaceLegalHold, by, at, () => new DocumentRecordLegalHoldPlaced(at, by, reason, reference));
    }

    /// <summary>Releases the legal hold.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty, or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not release legal holds.</exception>
    /// <exception cref="InvalidTransitionException">No legal hold is in place, or the record was disposed of.</exception>
    public void ReleaseLegalHold(Actor by, Instant at, string reason)
    {
        Preconditions.CheckText(reason, nameof(reason), "Releasing a legal hold needs a reason.");
        Execute(DocumentRecordTrigger.ReleaseLegalHold, by, at, () => new DocumentRecordLegalHoldReleased(at, by, reason));
    }

    /// <summary>Extends the retention to the start of the day of <paramref name="at"/> plus <paramref name="extension"/>:
    /// a review's decision to keep the record, or a longer retention found necessary. The record is active again.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="extension">How long from today: whole years, months, weeks and days, at least one day, at most 100
    /// years; the new end is later than the current one.</param>
    /// <param name="reason">Why; not empty.</param>
    /// <exception cref="ArgumentException">An argument breaks its rule (an extension that would shorten the retention
    /// included), or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not extend retention.</exception>
    /// <exception cref="InvalidTransitionException">The retention has no end yet (its trigger was not recorded), or the
    /// record was disposed of.</exception>
    public void ExtendRetention(Actor by, Instant at, Period extension, string reason)
    {
        Preconditions.CheckNotNull(extension);
        RetentionPolicy.CheckPeriod(extension, nameof(extension));
        Preconditions.CheckText(reason, nameof(reason), "Extending a record's retention needs a reason.");
        var end = EndOf(at.InZone(_settings.TimeZone).Date, extension, _settings.TimeZone);
        Preconditions.CheckArgument(
            RetentionEndsAt is not { } current || end > current,
            nameof(extension),
            FormattableString.Invariant($"An extension of record '{Id}' ends its retention later than now ({RetentionEndsAt}), and {extension} from today ends at {end}."));
        Execute(DocumentRecordTrigger.ExtendRetention, by, at, () => new DocumentRecordRetentionExtended(at, by, extension, reason, end));
    }

    /// <summary>Disposes of the record, leaving its tombstone (<see cref="Tombstone"/>): only after its retention period
    /// ends, never under legal hold, never when its action is <see cref="RetentionAction.Keep"/>. The host deletes the
    /// content it keeps at <see cref="Location"/>.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why (for example "retention of 3 years ended"); not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty, or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not dispose of records.</exception>
    /// <exception cref="InvalidTransitionException">The record is under legal hold, its retention has not ended, its
    /// action is Keep, or it was already disposed of.</exception>
    public void Dispose(Actor by, Instant at, string reason)
    {
        Preconditions.CheckText(reason, nameof(reason), "Disposing of a record needs a reason.");
        Execute(DocumentRecordTrigger.Dispose, by, at, () => new DocumentRecordDisposed(at, by, reason));
    }

    /// <summary>
    /// Applies what time made due by <paramref name="now"/>: when the retention of an active record has ended, marks it due
    /// for disposal (action Delete) or its review due (action Review), as <see cref="Actor.System"/>; a record to keep
    /// stays active.
    /// </summary>
    /// <param name="by">Who advances time (normally <see cref="Actor.System"/>).</param>
    /// <param name="now">The host's current instant; not before the last command.</param>
    /// <returns>The events recorded, oldest first; empty when nothing was due.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="now"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not advance records.</exception>
    public IReadOnlyList<DocumentRecordEvent> Advance(Actor by, Instant now)
    {
        Authorise(DocumentRecordTrigger.Advance, by, now);
        long before = Version;
        if (IsDueNow(DocumentRecordTrigger.MarkDueForDisposal, now))
        {
            Record(new DocumentRecordDueForDisposal(now, Actor.System));
        }
        else if (IsDueNow(DocumentRecordTrigger.MarkReviewDue, now))
        {
            Record(new DocumentRecordReviewDue(now, Actor.System));
        }

        return [.. Events.Skip((int)before)];
    }

    /// <summary>The next instant at which <see cref="Advance"/> has something to do: the end of the retention of an active
    /// record whose action is Delete or Review (<paramref name="now"/> itself when it has passed); null otherwise.</summary>
    /// <param name="now">The host's current instant.</param>
    /// <returns>The instant to arm a timer for.</returns>
    public Instant? NextDueAt(Instant now) =>
        RetentionEndsAt is { } end && (IsDue(DocumentRecordTrigger.MarkDueForDisposal, Instant.Max(end, now)) || IsDue(DocumentRecordTrigger.MarkReviewDue, Instant.Max(end, now)))
            ? Instant.Max(end, now)
            : null;

    /// <summary>Lists the rules that stop a command now, without throwing: the role policy's and the lifecycle's. Argument
    /// rules (a blank reason, an extension that would shorten the retention) are checked by the commands.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When it would be dated (disposal depends on it).</param>
    /// <returns>The unmet rules; empty when the command is allowed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public IReadOnlyList<string> UnmetRules(DocumentRecordTrigger trigger, Actor actor, Instant at) =>
        DocumentRecordLifecycle.Instance.UnmetRules(this, _settings.Roles, this, State, new(trigger, actor, at));

    /// <summary>Returns whether a command is allowed now.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When it would be dated.</param>
    /// <returns>True when <see cref="UnmetRules"/> is empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public bool CanFire(DocumentRecordTrigger trigger, Actor actor, Instant at) => UnmetRules(trigger, actor, at).Count == 0;

    /// <summary>Draws the record lifecycle as a Mermaid state diagram, generated from its Stateless configuration.</summary>
    /// <returns>The Mermaid text.</returns>
    public static string LifecycleDiagram() => DocumentRecordLifecycle.Instance.ToMermaid();

    /// <summary>The end of a retention: the start of the day <paramref name="period"/> after <paramref name="from"/>.</summary>
    private static Instant EndOf(LocalDate from, Period period, DateTimeZone zone) =>
        from.Plus(period).AtStartOfDayInZone(zone).ToInstant();

    private static void CheckHash(string value, string paramName)
    {
        Preconditions.CheckNotNull(value, paramName);
        Preconditions.CheckArgument(IsContentHash(value), paramName, $"'{value}' is not a content hash; a content hash is the SHA-256 of the content as 64 lower-case hexadecimal digits.");
    }

    private void Execute(DocumentRecordTrigger trigger, Actor by, Instant at, Func<DocumentRecordEvent> create)
    {
        Authorise(trigger, by, at);
        Record(create());
    }

    /// <summary>Every check a command passes before it records anything (the kernel's pipeline).</summary>
    private void Authorise(DocumentRecordTrigger trigger, Actor by, Instant at) =>
        DocumentRecordLifecycle.Instance.Authorise(this, _settings.Roles, this, State, new(trigger, by, at));

    /// <summary>Whether the lifecycle permits a time-driven command at an instant (the rule asked, not spelled again).</summary>
    private bool IsDue(DocumentRecordTrigger trigger, Instant at) => DocumentRecordLifecycle.Instance.Permits(this, State, new(trigger, Actor.System, at));

    /// <summary>The pipeline for a command the record gives itself: false when it is not due.</summary>
    private bool IsDueNow(DocumentRecordTrigger trigger, Instant now) =>
        DocumentRecordLifecycle.Instance.TryAuthorise(this, _settings.Roles, this, State, new(trigger, Actor.System, now), out _);

}
