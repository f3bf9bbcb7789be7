using System;
using System.Collections.Generic;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Commands;
using Itsm.Core.Events;
using Itsm.Core.Ids;
using Itsm.Core.Lifecycles;
using NodaTime;
using Stateless;

namespace Itsm.Changes;

/// <summary>The lifecycle states of a <see cref="ChangeTemplate"/>.</summary>
public enum ChangeTemplateState
{
    /// <summary>Written, not yet approved: not usable.</summary>
    Draft = 0,

    /// <summary>Approved until its expiry: usable for standard changes.</summary>
    Approved = 1,

    /// <summary>Withdrawn (final): not usable.</summary>
    Withdrawn = 2,
}

/// <summary>The commands of a <see cref="ChangeTemplate"/>.</summary>
public enum ChangeTemplateTrigger
{
    /// <summary>Write a template.</summary>
    Create,

    /// <summary>Approve it until an expiry.</summary>
    Approve,

    /// <summary>Withdraw it.</summary>
    Withdraw,
}

/// <summary>An event in a change template's history.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
public abstract record ChangeTemplateEvent(Instant At, Actor Actor) : DomainEvent(At, Actor);

/// <summary>A template was written.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Its author.</param>
/// <param name="Id">The template's id.</param>
/// <param name="Title">The title every change from it carries.</param>
/// <param name="Plans">The pre-authorised implementation, test and backout plans.</param>
[EventType("change-template.created", 1)]
public sealed record ChangeTemplateCreated(Instant At, Actor Actor, Id<Kinds.ChangeTemplate> Id, string Title, ChangePlans Plans) : ChangeTemplateEvent(At, Actor);

/// <summary>The template was approved until an expiry.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The approver.</param>
/// <param name="ExpiresAt">When it stops being usable.</param>
/// <param name="Reasons">Why it is safe to pre-authorise.</param>
[EventType("change-template.approved", 1)]
public sealed record ChangeTemplateApproved(Instant At, Actor Actor, Instant ExpiresAt, string Reasons) : ChangeTemplateEvent(At, Actor);

/// <summary>The template was withdrawn.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Reason">Why.</param>
[EventType("change-template.withdrawn", 1)]
public sealed record ChangeTemplateWithdrawn(Instant At, Actor Actor, string Reason) : ChangeTemplateEvent(At, Actor);

/// <summary>The default role policy of change templates.</summary>
public static class ChangeTemplateRoles
{
    /// <summary>The rule that a template's approver is not its author.</summary>
    public const string ApproverIsNotAuthor = "a template is approved by someone other than its author";

    /// <summary>Gets the default policy: the change manager and implementers write templates; the change manager approves
    /// (never their own) and withdraws them.</summary>
    public static RolePolicy<ChangeTemplate, ChangeTemplateTrigger> Default { get; } = RolePolicy.Builder<ChangeTemplate, ChangeTemplateTrigger>()
        .Allow(ChangeTemplateTrigger.Create, Roles.ChangeManager, Roles.Resolver)
        .Allow(ChangeTemplateTrigger.Approve, Roles.ChangeManager)
        .Separate(ChangeTemplateTrigger.Approve, ApproverIsNotAuthor, static (template, actor) => actor.Id != template.Author)
        .Allow(ChangeTemplateTrigger.Withdraw, Roles.ChangeManager)
        .Build();
}

/// <summary>
/// A standard change template: a repeatable, low-risk change whose plans are approved once, until an expiry, so that
/// changes made from it (<see cref="Change.FromTemplate"/>) are scheduled without a new authorisation. A draft, an
/// expired or a withdrawn template cannot be used.
/// </summary>
/// <remarks>Mutable; not thread-safe.</remarks>
public sealed class ChangeTemplate : EventSourcedAggregate<ChangeTemplateEvent>
{
    private static readonly RecordCreation CreationRules = new(typeof(ChangeTemplateCreated), "a change template", "created", "creation");

    private readonly RolePolicy<ChangeTemplate, ChangeTemplateTrigger> _roles;

    private ChangeTemplate(RolePolicy<ChangeTemplate, ChangeTemplateTrigger> roles) => _roles = roles;

    /// <inheritdoc />
    public override string RecordType => nameof(ChangeTemplate);

    /// <inheritdoc />
    public override string RecordId => Id.Value;

    /// <summary>Gets the template's id.</summary>
    public Id<Kinds.ChangeTemplate> Id { get; private set; }

    /// <summary>Gets the title every change from it carries.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>Gets the pre-authorised plans.</summary>
    public ChangePlans Plans { get; private set; } = null!;

    /// <summary>Gets the author's actor id.</summary>
    public string Author { get; private set; } = string.Empty;

    /// <summary>Gets the state.</summary>
    public ChangeTemplateState State { get; private set; }

    /// <summary>Gets when the approval expires, once approved.</summary>
    public Instant? ExpiresAt { get; private set; }

    /// <inheritdoc />
    protected override RecordCreation Creation => CreationRules;

    /// <summary>Writes a template, a draft.</summary>
    /// <param name="id">The template's id.</param>
    /// <param name="title">The title; not empty.</param>
    /// <param name="plans">The plans; none empty.</param>
    /// <param name="by">The author.</param>
    /// <param name="at">When.</param>
    /// <param name="roles">The role policy; <see cref="ChangeTemplateRoles.Default"/> when null.</param>
    /// <returns>The template.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An empty id, title or plan.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not write templates.</exception>
    public static ChangeTemplate Create(Id<Kinds.ChangeTemplate> id, string title, ChangePlans plans, Actor by, Instant at, RolePolicy<ChangeTemplate, ChangeTemplateTrigger>? roles = null)
    {
        Preconditions.CheckNotNull(plans);
        Preconditions.CheckArgument(!id.IsEmpty, nameof(id), "A change template needs an id.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(title), nameof(title), "A change template has a title.");
        Preconditions.CheckArgument(
            !string.IsNullOrWhiteSpace(plans.Implementation) && !string.IsNullOrWhiteSpace(plans.Test) && !string.IsNullOrWhiteSpace(plans.Backout),
            nameof(plans),
            "A change template has an implementation, a test and a backout plan.");
        var template = new ChangeTemplate(roles ?? ChangeTemplateRoles.Default) { Id = id };
        TemplateLifecycle.Instance.Authorise(template, template._roles, template, ChangeTemplateState.Draft, new(ChangeTemplateTrigger.Create, Preconditions.CheckNotNull(by), at));
        template.Record(new ChangeTemplateCreated(at, by, id, title, plans));
        return template;
    }

    /// <summary>Rebuilds a template from its events.</summary>
    /// <param name="events">The events, oldest first.</param>
    /// <param name="roles">The role policy; <see cref="ChangeTemplateRoles.Default"/> when null.</param>
    /// <returns>The template.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="InvalidHistoryException">The history is not one a template can have.</exception>
    public static ChangeTemplate FromEvents(IEnumerable<ChangeTemplateEvent> events, RolePolicy<ChangeTemplate, ChangeTemplateTrigger>? roles = null)
    {
        var template = new ChangeTemplate(roles ?? ChangeTemplateRoles.Default);
        template.Replay(events);
        return template;
    }

    /// <summary>Approves the template until an expiry.</summary>
    /// <param name="by">The approver; not the author.</param>
    /// <param name="at">When.</param>
    /// <param name="expiresAt">When it stops being usable; after <paramref name="at"/>.</param>
    /// <param name="reasons">Why it is safe to pre-authorise; not empty.</param>
    /// <exception cref="ArgumentException">The expiry is not after <paramref name="at"/>, or the reasons are empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not approve templates, or is the author.</exception>
    /// <exception cref="InvalidTransitionException">The template is not a draft.</exception>
    public void Approve(Actor by, Instant at, Instant expiresAt, string reasons)
    {
        Preconditions.CheckArgument(expiresAt > at, nameof(expiresAt), $"A template approved at {at} expires after it, not at {expiresAt}.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reasons), nameof(reasons), "A template's approval says why it is safe to pre-authorise.");
        TemplateLifecycle.Instance.Authorise(this, _roles, this, State, new(ChangeTemplateTrigger.Approve, by, at));
        Record(new ChangeTemplateApproved(at, by, expiresAt, reasons));
    }

    /// <summary>Withdraws the template: no change is made from it any more.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; not empty.</param>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not withdraw templates.</exception>
    /// <exception cref="InvalidTransitionException">The template is withdrawn already.</exception>
    public void Withdraw(Actor by, Instant at, string reason)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(reason), nameof(reason), "A withdrawal says why.");
        TemplateLifecycle.Instance.Authorise(this, _roles, this, State, new(ChangeTemplateTrigger.Withdraw, by, at));
        Record(new ChangeTemplateWithdrawn(at, by, reason));
    }

    /// <summary>Why the template cannot be used at an instant, or null when it can: approved, and not yet expired.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The rule, or null.</returns>
    public string? UnusableAt(Instant at) => State switch
    {
        ChangeTemplateState.Draft => "a template is used only once it is approved",
        ChangeTemplateState.Withdrawn => "a withdrawn template is not used",
        _ when at >= ExpiresAt => FormattableString.Invariant($"a template is used only before its expiry, and it expired at {ExpiresAt}"),
        _ => null,
    };

    /// <summary>Lists the rules that stop a command now, without throwing.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When.</param>
    /// <returns>The unmet rules.</returns>
    public IReadOnlyList<string> UnmetRules(ChangeTemplateTrigger trigger, Actor actor, Instant at) =>
        TemplateLifecycle.Instance.UnmetRules(this, _roles, this, State, new(trigger, actor, at));

    /// <inheritdoc />
    protected override void ApplyCreation(ChangeTemplateEvent domainEvent)
    {
        var created = (ChangeTemplateCreated)domainEvent;
        if (created.Id.IsEmpty || string.IsNullOrWhiteSpace(created.Title) || created.Plans is null
            || string.IsNullOrWhiteSpace(created.Plans.Implementation) || string.IsNullOrWhiteSpace(created.Plans.Test) || string.IsNullOrWhiteSpace(created.Plans.Backout))
        {
            throw History(domainEvent, "a template has an id, a title and its three plans");
        }

        Id = created.Id;
        Title = created.Title;
        Plans = created.Plans;
        Author = created.Actor.Id;
        State = ChangeTemplateState.Draft;
    }

    /// <inheritdoc />
    protected override void Apply(ChangeTemplateEvent domainEvent)
    {
        var trigger = domainEvent switch
        {
            ChangeTemplateApproved => ChangeTemplateTrigger.Approve,
            ChangeTemplateWithdrawn => ChangeTemplateTrigger.Withdraw,
            _ => throw new ArgumentException($"{domainEvent.GetType().Name} is not a change template event this version knows.", nameof(domainEvent)),
        };
        var state = Follow(TemplateLifecycle.Instance, domainEvent, State, trigger);
        if (domainEvent is ChangeTemplateApproved approved)
        {
            if (approved.ExpiresAt <= approved.At || approved.Actor.Id == Author || string.IsNullOrWhiteSpace(approved.Reasons))
            {
                throw History(domainEvent, "a template is approved by someone other than its author, with reasons, until an expiry after the approval");
            }

            ExpiresAt = approved.ExpiresAt;
        }

        State = state;
    }

    private sealed class TemplateLifecycle : Lifecycle<ChangeTemplate, ChangeTemplateState, ChangeTemplateTrigger, Command<ChangeTemplateTrigger>>
    {
        public TemplateLifecycle()
            : base(creation: ChangeTemplateTrigger.Create)
        {
        }

        public static TemplateLifecycle Instance => ForThread<TemplateLifecycle>();

        protected override void Configure(StateMachine<ChangeTemplateState, ChangeTemplateTrigger> machine)
        {
            machine.Configure(ChangeTemplateState.Draft)
                .Permit(ChangeTemplateTrigger.Approve, ChangeTemplateState.Approved)
                .Permit(ChangeTemplateTrigger.Withdraw, ChangeTemplateState.Withdrawn);
            machine.Configure(ChangeTemplateState.Approved)
                .Permit(ChangeTemplateTrigger.Withdraw, ChangeTemplateState.Withdrawn);
            machine.Configure(ChangeTemplateState.Withdrawn);
        }
    }
}
