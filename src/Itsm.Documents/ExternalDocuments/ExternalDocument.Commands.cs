using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Documents;

// The commands and queries of an external document.
public sealed partial class ExternalDocument
{
    /// <summary>Registers an external document.</summary>
    /// <param name="id">The document's id, from the host.</param>
    /// <param name="kind">What kind of document it is.</param>
    /// <param name="issuer">Who issues it; not empty.</param>
    /// <param name="reference">The issuer's reference; not empty.</param>
    /// <param name="edition">The edition registered; not empty.</param>
    /// <param name="title">The title; not empty.</param>
    /// <param name="owner">Who owns it in the organisation.</param>
    /// <param name="applicability">Where and how it applies; not empty.</param>
    /// <param name="settings">The host's settings.</param>
    /// <param name="by">Who registers it.</param>
    /// <param name="at">When.</param>
    /// <returns>The document, <see cref="ExternalDocumentState.Identified"/>.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An argument breaks its rule (an empty id or text, an undefined kind).</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not register external documents.</exception>
    public static ExternalDocument Identify(
        Id<Kinds.ExternalDocument> id,
        ExternalDocumentKind kind,
        string issuer,
        string reference,
        string edition,
        string title,
        Actor owner,
        string applicability,
        ExternalDocumentSettings settings,
        Actor by,
        Instant at)
    {
        Preconditions.CheckNotNull(settings);
        Preconditions.CheckNotNull(by);
        Preconditions.CheckNotNull(owner);
        Preconditions.CheckArgument(!id.IsEmpty, nameof(id), "An external document needs an id.");
        Preconditions.CheckArgument(Enum.IsDefined(kind), nameof(kind), $"{kind} is not a kind of external document.");
        Preconditions.CheckText(issuer, nameof(issuer), "An external document names its issuer.");
        Preconditions.CheckText(reference, nameof(reference), "An external document has the issuer's reference.");
        Preconditions.CheckText(edition, nameof(edition), "An external document names the edition registered.");
        Preconditions.CheckText(title, nameof(title), "An external document has a title.");
        Preconditions.CheckText(applicability, nameof(applicability), "An external document says where and how it applies.");

        var document = new ExternalDocument(settings) { Id = id };
        ExternalDocumentLifecycle.Instance.Authorise(document, settings.Roles, document, ExternalDocumentState.Identified, new(ExternalDocumentTrigger.Identify, by, at));
        document.Record(new ExternalDocumentIdentified(at, by, id, kind, issuer, reference, edition, title, owner, applicability));
        return document;
    }

    /// <summary>Rebuilds an external document from its events, without building a state machine.</summary>
    /// <param name="events">The events, oldest first, versions 1, 2, 3...</param>
    /// <param name="settings">The host's settings.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidHistoryException">The events do not start with the registering, skip a version, go back in
    /// time, break a rule of their content, or hold a transition the lifecycle does not allow.</exception>
    public static ExternalDocument FromEvents(IEnumerable<ExternalDocumentEvent> events, ExternalDocumentSettings settings)
    {
        var document = new ExternalDocument(Preconditions.CheckNotNull(settings));
        document.Replay(events);
        return document;
    }

    /// <summary>Accepts the document for use, with the date of its first currency check.</summary>
    /// <param name="by">Who accepts it: by default its owner or a process owner.</param>
    /// <param name="at">When.</param>
    /// <param name="nextCheckOn">The date by which its currency is checked: after the date of <paramref name="at"/> and at
    /// most <see cref="ExternalDocumentSettings.MaxCheckInterval"/> later.</param>
    /// <exception cref="ArgumentException"><paramref name="nextCheckOn"/> breaks its rule, or <paramref name="at"/> is
    /// before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not accept it.</exception>
    /// <exception cref="InvalidTransitionException">The document is not <see cref="ExternalDocumentState.Identified"/>.</exception>
    public void AcceptForUse(Actor by, Instant at, LocalDate nextCheckOn)
    {
        var overdueFrom = CheckNextCheck(at, nextCheckOn);
        Execute(ExternalDocumentTrigger.AcceptForUse, by, at, () => new ExternalDocumentAcceptedForUse(at, by, nextCheckOn, overdueFrom));
    }

    /// <summary>Records a currency check made at <paramref name="at"/>: whether the edition is still current, and the next
    /// check date. A check after the check date passed is accepted and counted in <see cref="MissedChecks"/>.</summary>
    /// <param name="by">Who checked it.</param>
    /// <param name="at">When it was checked.</param>
    /// <param name="result">Whether the edition is still current.</param>
    /// <param name="nextCheckOn">The date of the next check: after the date of <paramref name="at"/> and at most
    /// <see cref="ExternalDocumentSettings.MaxCheckInterval"/> later.</param>
    /// <param name="note">What was checked (a source, a link); null or not blank.</param>
    /// <exception cref="ArgumentException">An argument breaks its rule, or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not record currency checks.</exception>
    /// <exception cref="InvalidTransitionException">The document is not in use.</exception>
    public void RecordCurrencyCheck(Actor by, Instant at, CurrencyCheckResult result, LocalDate nextCheckOn, string? note = null)
    {
        Preconditions.CheckArgument(Enum.IsDefined(result), nameof(result), $"{result} is not a currency check result.");
        Preconditions.CheckArgument(note is null || !string.IsNullOrWhiteSpace(note), nameof(note), "A currency check's note is null or says what was checked.");
        var overdueFrom = CheckNextCheck(at, nextCheckOn);
        Execute(ExternalDocumentTrigger.RecordCurrencyCheck, by, at, () => new ExternalDocumentCurrencyChecked(at, by, result, note, nextCheckOn, overdueFrom));
    }

    /// <summary>Supersedes the document by the registering of its newer edition (another external document, registered by
    /// the host with <see cref="Identify"/>).</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="supersededBy">The external document that registers the newer edition; not empty, not this one.</param>
    /// <param name="reason">Why; not empty.</param>
    /// <exception cref="ArgumentException">An argument breaks its rule, or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not supersede external documents.</exception>
    /// <exception cref="InvalidTransitionException">The document was already superseded or withdrawn.</exception>
    public void Supersede(Actor by, Instant at, Id<Kinds.ExternalDocument> supersededBy, string reason)
    {
        Preconditions.CheckArgument(!supersededBy.IsEmpty && supersededBy != Id, nameof(supersededBy), $"External document '{Id}' is superseded by the registering of another edition, not by '{supersededBy}'.");
        Preconditions.CheckText(reason, nameof(reason), "Superseding an external document needs a reason.");
        Execute(ExternalDocumentTrigger.Supersede, by, at, () => new ExternalDocumentSuperseded(at, by, supersededBy, reason));
    }

    /// <summary>Withdraws the document from use.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty, or <paramref name="at"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not withdraw external documents.</exception>
    /// <exception cref="InvalidTransitionException">The document was already superseded or withdrawn.</exception>
    public void Withdraw(Actor by, Instant at, string reason)
    {
        Preconditions.CheckText(reason, nameof(reason), "Withdrawing an external document needs a reason.");
        Execute(ExternalDocumentTrigger.Withdraw, by, at, () => new ExternalDocumentWithdrawn(at, by, reason));
    }

    /// <summary>
    /// Applies what time made due by <paramref name="now"/>: records that the currency check of a document in use is
    /// overdue (<see cref="ExternalDocumentCheckOverdue"/>, as <see cref="Actor.System"/>), once per check date.
    /// </summary>
    /// <param name="by">Who advances time (normally <see cref="Actor.System"/>).</param>
    /// <param name="now">The host's current instant; not before the last command.</param>
    /// <returns>The events recorded, oldest first; empty when nothing was due.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="now"/> is before the last command.</exception>
    /// <exception cref="Core.Actors.CommandNotAuthorizedException">The actor may not advance external documents.</exception>
    public IReadOnlyList<ExternalDocumentEvent> Advance(Actor by, Instant now)
    {
        Authorise(ExternalDocumentTrigger.Advance, by, now);
        long before = Version;
        if (ExternalDocumentLifecycle.Instance.TryAuthorise(this, _settings.Roles, this, State, new(ExternalDocumentTrigger.MarkCheckOverdue, Actor.System, now), out _))
        {
            Record(new ExternalDocumentCheckOverdue(now, Actor.System, NextCheckOn!.Value));
        }

        return [.. Events.Skip((int)before)];
    }

    /// <summary>The next instant at which <see cref="Advance"/> has something to do: when the check of a document in use
    /// becomes overdue (<paramref name="now"/> itself when that has passed), unless it was already recorded overdue; null
    /// otherwise.</summary>
    /// <param name="now">The host's current instant.</param>
    /// <returns>The instant to arm a timer for.</returns>
    public Instant? NextDueAt(Instant now) =>
        CheckOverdueFrom is { } from && IsDue(ExternalDocumentTrigger.MarkCheckOverdue, Instant.Max(from, now)) ? Instant.Max(from, now) : null;

    /// <summary>Lists the rules that stop a command now, without throwing: the role policy's and the lifecycle's. Argument
    /// rules (a next check date too far ahead, say) are checked by the commands.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When it would be dated (an overdue check depends on it).</param>
    /// <returns>The unmet rules; empty when the command is allowed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public IReadOnlyList<string> UnmetRules(ExternalDocumentTrigger trigger, Actor actor, Instant at) =>
        ExternalDocumentLifecycle.Instance.UnmetRules(this, _settings.Roles, this, State, new(trigger, actor, at));

    /// <summary>Returns whether a command is allowed now.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When it would be dated.</param>
    /// <returns>True when <see cref="UnmetRules"/> is empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public bool CanFire(ExternalDocumentTrigger trigger, Actor actor, Instant at) => UnmetRules(trigger, actor, at).Count == 0;

    /// <summary>Draws the external document lifecycle as a Mermaid state diagram, generated from its Stateless configuration.</summary>
    /// <returns>The Mermaid text.</returns>
    public static string LifecycleDiagram() => ExternalDocumentLifecycle.Instance.ToMermaid();

    /// <summary>Checks a next check date against the command's day and returns when the check becomes overdue.</summary>
    private Instant CheckNextCheck(Instant at, LocalDate nextCheckOn)
    {
        var zone = _settings.TimeZone;
        SupportedTime.Check(nextCheckOn, nameof(nextCheckOn), "The next check date");
        var today = at.InZone(zone).Date;
        var latest = today.Plus(_settings.MaxCheckInterval);
        Preconditions.CheckArgument(
            nextCheckOn > today && nextCheckOn <= latest,
            nameof(nextCheckOn),
            FormattableString.Invariant($"The next check date {nextCheckOn:uuuu-MM-dd} of external document '{Id}' is after the day of the command ({today:uuuu-MM-dd}) and at most {_settings.MaxCheckInterval} later ({latest:uuuu-MM-dd})."));
        return nextCheckOn.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();
    }

    private void Execute(ExternalDocumentTrigger trigger, Actor by, Instant at, Func<ExternalDocumentEvent> create)
    {
        Authorise(trigger, by, at);
        Record(create());
    }

    /// <summary>Every check a command passes before it records anything (the kernel's pipeline).</summary>
    private void Authorise(ExternalDocumentTrigger trigger, Actor by, Instant at) =>
        ExternalDocumentLifecycle.Instance.Authorise(this, _settings.Roles, this, State, new(trigger, by, at));

    /// <summary>Whether the lifecycle permits a time-driven command at an instant (the rule asked, not spelled again).</summary>
    private bool IsDue(ExternalDocumentTrigger trigger, Instant at) => ExternalDocumentLifecycle.Instance.Permits(this, State, new(trigger, Actor.System, at));

}
