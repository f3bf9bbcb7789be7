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

namespace Itsm.Audits;

/// <summary>The lifecycle states of an <see cref="Improvement"/>.</summary>
public enum ImprovementState
{
    /// <summary>Recorded, not yet evaluated.</summary>
    Recorded = 0,

    /// <summary>Evaluated (benefit, cost, priority), awaiting a decision.</summary>
    Evaluated = 1,

    /// <summary>Authorised, with an owner and a target date.</summary>
    Authorised = 2,

    /// <summary>Declined with a reason (final).</summary>
    Declined = 3,

    /// <summary>Being implemented.</summary>
    InProgress = 4,

    /// <summary>Done, with its measured effect (final).</summary>
    Done = 5,
}

/// <summary>The commands of an <see cref="Improvement"/>.</summary>
public enum ImprovementTrigger
{
    /// <summary>Record an improvement.</summary>
    Record,

    /// <summary>Evaluate it (again, while evaluated).</summary>
    Evaluate,

    /// <summary>Authorise it.</summary>
    Authorise,

    /// <summary>Decline it with a reason.</summary>
    Decline,

    /// <summary>Start implementing it.</summary>
    Start,

    /// <summary>Record it done, with its measured effect.</summary>
    Complete,
}

/// <summary>How urgent an improvement is.</summary>
public enum ImprovementPriority
{
    /// <summary>Low.</summary>
    Low = 1,

    /// <summary>Medium.</summary>
    Medium = 2,

    /// <summary>High.</summary>
    High = 3,
}

/// <summary>An improvement's evaluation.</summary>
/// <param name="Benefit">The expected benefit.</param>
/// <param name="Cost">The expected cost: 0 to 10^15.</param>
/// <param name="Priority">Its priority.</param>
public sealed record ImprovementEvaluation(string Benefit, decimal Cost, ImprovementPriority Priority)
{
    /// <summary>Gets the largest cost an evaluation accepts.</summary>
    public static decimal MaxCost { get; } = 1_000_000_000_000_000m;
}

/// <summary>An event in an improvement's history.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
public abstract record ImprovementEvent(Instant At, Actor Actor) : DomainEvent(At, Actor);

/// <summary>An improvement was recorded.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who proposed it.</param>
/// <param name="Id">Its id.</param>
/// <param name="Description">What would improve.</param>
/// <param name="Source">Where it came from (an audit finding, a review, a suggestion...).</param>
[EventType("improvement.recorded", 1)]
public sealed record ImprovementRecorded(Instant At, Actor Actor, Id<Kinds.Improvement> Id, string Description, string Source) : ImprovementEvent(At, Actor);

/// <summary>The improvement was evaluated.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Evaluation">The evaluation.</param>
[EventType("improvement.evaluated", 1)]
public sealed record ImprovementEvaluated(Instant At, Actor Actor, ImprovementEvaluation Evaluation) : ImprovementEvent(At, Actor);

/// <summary>The improvement was authorised.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who authorised it.</param>
/// <param name="Owner">Who implements it.</param>
/// <param name="Target">When it should be done.</param>
[EventType("improvement.authorised", 1)]
public sealed record ImprovementAuthorised(Instant At, Actor Actor, string Owner, LocalDate Target) : ImprovementEvent(At, Actor);

/// <summary>The improvement was declined.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Reason">Why.</param>
[EventType("improvement.declined", 1)]
public sealed record ImprovementDeclined(Instant At, Actor Actor, string Reason) : ImprovementEvent(At, Actor);

/// <summary>Implementation started.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
[EventType("improvement.started", 1)]
public sealed record ImprovementStarted(Instant At, Actor Actor) : ImprovementEvent(At, Actor);

/// <summary>The improvement was done.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="MeasuredEffect">The effect measured.</param>
[EventType("improvement.completed", 1)]
public sealed record ImprovementCompleted(Instant At, Actor Actor, string MeasuredEffect) : ImprovementEvent(At, Actor);

/// <summary>The default role policy of improvements.</summary>
public static class ImprovementRoles
{
    /// <summary>Gets the default policy: process owners, auditors and the management representative record and evaluate;
    /// the management representative or top management authorises or declines; process owners and the management
    /// representative start and complete.</summary>
    public static RolePolicy<Improvement, ImprovementTrigger> Default { get; } = RolePolicy.Builder<Improvement, ImprovementTrigger>()
        .Allow(ImprovementTrigger.Record, Roles.ProcessOwner, Roles.Auditor, Roles.ManagementRepresentative, Roles.Resolver)
        .Allow(ImprovementTrigger.Evaluate, Roles.ProcessOwner, Roles.ManagementRepresentative)
        .Allow(ImprovementTrigger.Authorise, Roles.ManagementRepresentative, Roles.TopManagement)
        .Allow(ImprovementTrigger.Decline, Roles.ManagementRepresentative, Roles.TopManagement)
        .Allow(ImprovementTrigger.Start, Roles.ProcessOwner, Roles.ManagementRepresentative)
        .Allow(ImprovementTrigger.Complete, Roles.ProcessOwner, Roles.ManagementRepresentative)
        .Build();
}

/// <summary>
/// An improvement in the service improvement plan (ISO/IEC 20000-1 10.1; the source manual: every improvement recorded,
/// evaluated, prioritised and authorised): recorded, evaluated (benefit, cost, priority), authorised with an owner and
/// a target or declined with a reason, implemented, and done with its measured effect.
/// </summary>
/// <remarks>Every command passes the kernel's pipeline and records an event; a refused command throws and changes
/// nothing. Mutable; not thread-safe.</remarks>
public sealed class Improvement : EventSourcedAggregate<ImprovementEvent>
{
    /// <summary>The longest text.</summary>
    public const int MaxTextLength = 4000;

    private static readonly RecordCreation CreationRules = new(typeof(ImprovementRecorded), "an improvement", "recorded", "record");

    private readonly RolePolicy<Improvement, ImprovementTrigger> _roles;

    private Improvement(RolePolicy<Improvement, ImprovementTrigger> roles) => _roles = roles;

    /// <inheritdoc />
    public override string RecordType => nameof(Improvement);

    /// <inheritdoc />
    public override string RecordId => Id.Value;

    /// <summary>Gets the id.</summary>
    public Id<Kinds.Improvement> Id { get; private set; }

    /// <summary>Gets what would improve.</summary>
    public string Description { get; private set; } = string.Empty;

    /// <summary>Gets where it came from.</summary>
    public string Source { get; private set; } = string.Empty;

    /// <summary>Gets who proposed it (an actor id).</summary>
    public string ProposedBy { get; private set; } = string.Empty;

    /// <summary>Gets when it was recorded.</summary>
    public Instant RecordedAt { get; private set; }

    /// <summary>Gets the state.</summary>
    public ImprovementState State { get; private set; }

    /// <summary>Gets the latest evaluation.</summary>
    public ImprovementEvaluation? Evaluation { get; private set; }

    /// <summary>Gets who implements it, once authorised.</summary>
    public string? Owner { get; private set; }

    /// <summary>Gets when it should be done, once authorised.</summary>
    public LocalDate? Target { get; private set; }

    /// <summary>Gets who decided (authorised or declined), once decided.</summary>
    public string? DecidedBy { get; private set; }

    /// <summary>Gets why it was declined, once declined.</summary>
    public string? DeclineReason { get; private set; }

    /// <summary>Gets its measured effect, once done.</summary>
    public string? MeasuredEffect { get; private set; }

    /// <inheritdoc />
    protected override RecordCreation Creation => CreationRules;

    /// <summary>Records an improvement.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="description">What would improve; not blank.</param>
    /// <param name="source">Where it came from (for example <c>AUD-1#2</c>, <c>MR-2026</c>); not blank.</param>
    /// <param name="by">Who proposes it.</param>
    /// <param name="at">When.</param>
    /// <param name="roles">The role policy; <see cref="ImprovementRoles.Default"/> when null.</param>
    /// <returns>The improvement, Recorded.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An empty id or a blank text.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not record improvements.</exception>
    public static Improvement Record(Id<Kinds.Improvement> id, string description, string source, Actor by, Instant at, RolePolicy<Improvement, ImprovementTrigger>? roles = null)
    {
        Preconditions.CheckArgument(!id.IsEmpty, nameof(id), "An improvement needs an id.");
        Preconditions.CheckText(description, MaxTextLength, nameof(description), "An improvement's description");
        Preconditions.CheckText(source, MaxTextLength, nameof(source), "An improvement's source");
        var improvement = new Improvement(roles ?? ImprovementRoles.Default) { Id = id };
        ImprovementLifecycle.Instance.Authorise(improvement, improvement._roles, improvement, ImprovementState.Recorded, new(ImprovementTrigger.Record, Preconditions.CheckNotNull(by), at));
        improvement.Record(new ImprovementRecorded(at, by, id, description, source));
        return improvement;
    }

    /// <summary>Rebuilds an improvement from its events.</summary>
    /// <param name="events">The events, oldest first.</param>
    /// <param name="roles">The role policy; <see cref="ImprovementRoles.Default"/> when null.</param>
    /// <returns>The improvement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="InvalidHistoryException">The history is not one an improvement can have.</exception>
    public static Improvement FromEvents(IEnumerable<ImprovementEvent> events, RolePolicy<Improvement, ImprovementTrigger>? roles = null)
    {
        var improvement = new Improvement(roles ?? ImprovementRoles.Default);
        improvement.Replay(events);
        return improvement;
    }

    /// <summary>Evaluates the improvement (again, while evaluated).</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="evaluation">Benefit (not blank), cost (0 to 10^15) and priority.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    /// <exception cref="ArgumentException">A blank benefit.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A cost out of range, an undefined priority, or <paramref name="at"/>
    /// before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">It is decided already.</exception>
    public void Evaluate(Actor by, Instant at, ImprovementEvaluation evaluation)
    {
        Preconditions.CheckNotNull(evaluation);
        Preconditions.CheckText(evaluation.Benefit, MaxTextLength, nameof(evaluation), "An evaluation's benefit");
        if (evaluation.Cost < 0 || evaluation.Cost > ImprovementEvaluation.MaxCost || !Enum.IsDefined(evaluation.Priority))
        {
            throw new ArgumentOutOfRangeException(nameof(evaluation), evaluation, $"An evaluation costs 0 to {ImprovementEvaluation.MaxCost} and has a defined priority, not {evaluation.Cost} and {evaluation.Priority}.");
        }

        Do(ImprovementTrigger.Evaluate, new ImprovementEvaluated(at, Preconditions.CheckNotNull(by), evaluation));
    }

    /// <summary>Authorises the evaluated improvement.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="owner">Who implements it (an actor id); not blank.</param>
    /// <param name="target">When it should be done.</param>
    /// <exception cref="ArgumentException">A blank owner.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">It is not evaluated.</exception>
    public void Authorise(Actor by, Instant at, string owner, LocalDate target)
    {
        Preconditions.CheckText(owner, Id<Kinds.Improvement>.MaxLength, nameof(owner), "An authorised improvement's owner");
        Do(ImprovementTrigger.Authorise, new ImprovementAuthorised(at, Preconditions.CheckNotNull(by), owner, target));
    }

    /// <summary>Declines the improvement.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; not blank.</param>
    /// <exception cref="ArgumentException">A blank reason.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">It is not evaluated.</exception>
    public void Decline(Actor by, Instant at, string reason)
    {
        Preconditions.CheckText(reason, MaxTextLength, nameof(reason), "A declined improvement's reason");
        Do(ImprovementTrigger.Decline, new ImprovementDeclined(at, Preconditions.CheckNotNull(by), reason));
    }

    /// <summary>Starts implementing the authorised improvement.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">It is not authorised.</exception>
    public void Start(Actor by, Instant at) => Do(ImprovementTrigger.Start, new ImprovementStarted(at, Preconditions.CheckNotNull(by)));

    /// <summary>Records the improvement done, with its measured effect.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="measuredEffect">The effect measured; not blank.</param>
    /// <exception cref="ArgumentException">A blank effect.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">It is not in progress.</exception>
    public void Complete(Actor by, Instant at, string measuredEffect)
    {
        Preconditions.CheckText(measuredEffect, MaxTextLength, nameof(measuredEffect), "A done improvement's measured effect");
        Do(ImprovementTrigger.Complete, new ImprovementCompleted(at, Preconditions.CheckNotNull(by), measuredEffect));
    }

    /// <summary>Lists the rules that stop a command now, without throwing.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When.</param>
    /// <returns>The unmet rules.</returns>
    public IReadOnlyList<string> UnmetRules(ImprovementTrigger trigger, Actor actor, Instant at) =>
        ImprovementLifecycle.Instance.UnmetRules(this, _roles, this, State, new(trigger, actor, at));

    /// <summary>Draws the improvement lifecycle as a Mermaid state diagram, generated from its Stateless configuration.</summary>
    /// <returns>The Mermaid text.</returns>
    public static string LifecycleDiagram() => ImprovementLifecycle.Instance.ToMermaid();

    /// <inheritdoc />
    protected override void ApplyCreation(ImprovementEvent domainEvent)
    {
        var recorded = (ImprovementRecorded)domainEvent;
        if (recorded.Id.IsEmpty || !Preconditions.IsText(recorded.Description, MaxTextLength) || !Preconditions.IsText(recorded.Source, MaxTextLength))
        {
            throw History(domainEvent, "an improvement has an id, a description and a source");
        }

        (Id, Description, Source, ProposedBy, RecordedAt, State) = (recorded.Id, recorded.Description, recorded.Source, recorded.Actor.Id, recorded.At, ImprovementState.Recorded);
    }

    /// <inheritdoc />
    protected override void Apply(ImprovementEvent domainEvent)
    {
        var trigger = domainEvent switch
        {
            ImprovementEvaluated => ImprovementTrigger.Evaluate,
            ImprovementAuthorised => ImprovementTrigger.Authorise,
            ImprovementDeclined => ImprovementTrigger.Decline,
            ImprovementStarted => ImprovementTrigger.Start,
            ImprovementCompleted => ImprovementTrigger.Complete,
            _ => throw History(domainEvent, $"{domainEvent.GetType().Name} is not an improvement event this version knows"),
        };
        var state = Follow(ImprovementLifecycle.Instance, domainEvent, State, trigger);
        switch (domainEvent)
        {
            case ImprovementEvaluated { Evaluation: { } evaluation } when Preconditions.IsText(evaluation.Benefit, MaxTextLength) && evaluation.Cost >= 0 && evaluation.Cost <= ImprovementEvaluation.MaxCost && Enum.IsDefined(evaluation.Priority):
                Evaluation = evaluation;
                break;
            case ImprovementAuthorised authorised when !string.IsNullOrWhiteSpace(authorised.Owner):
                (Owner, Target, DecidedBy) = (authorised.Owner, authorised.Target, authorised.Actor.Id);
                break;
            case ImprovementDeclined declined when Preconditions.IsText(declined.Reason, MaxTextLength):
                (DeclineReason, DecidedBy) = (declined.Reason, declined.Actor.Id);
                break;
            case ImprovementStarted:
                break;
            case ImprovementCompleted completed when Preconditions.IsText(completed.MeasuredEffect, MaxTextLength):
                MeasuredEffect = completed.MeasuredEffect;
                break;
            default:
                throw History(domainEvent, "an improvement's evaluation has a benefit, a cost in range and a priority; its authorisation an owner; its decline a reason; its completion a measured effect");
        }

        State = state;
    }

    private void Do(ImprovementTrigger trigger, ImprovementEvent domainEvent)
    {
        ImprovementLifecycle.Instance.Authorise(this, _roles, this, State, new(trigger, domainEvent.Actor, domainEvent.At));
        Record(domainEvent);
    }

    /// <summary>The transition table: Recorded -Evaluate-> Evaluated (again while evaluated) -Authorise-> Authorised
    /// -Start-> InProgress -Complete-> Done; Evaluated -Decline-> Declined.</summary>
    private sealed class ImprovementLifecycle : Lifecycle<Improvement, ImprovementState, ImprovementTrigger, Command<ImprovementTrigger>>
    {
        public ImprovementLifecycle()
            : base(creation: ImprovementTrigger.Record)
        {
        }

        public static ImprovementLifecycle Instance => ForThread<ImprovementLifecycle>();

        protected override void Configure(StateMachine<ImprovementState, ImprovementTrigger> machine)
        {
            machine.Configure(ImprovementState.Recorded).Permit(ImprovementTrigger.Evaluate, ImprovementState.Evaluated);
            machine.Configure(ImprovementState.Evaluated)
                .PermitReentry(ImprovementTrigger.Evaluate)
                .Permit(ImprovementTrigger.Authorise, ImprovementState.Authorised)
                .Permit(ImprovementTrigger.Decline, ImprovementState.Declined);
            machine.Configure(ImprovementState.Authorised).Permit(ImprovementTrigger.Start, ImprovementState.InProgress);
            machine.Configure(ImprovementState.InProgress).Permit(ImprovementTrigger.Complete, ImprovementState.Done);
            machine.Configure(ImprovementState.Declined);
            machine.Configure(ImprovementState.Done);
        }
    }
}
