using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Audits;

/// <summary>
/// A nonconformity and its corrective action (ISO/IEC 20000-1 10.1, 10.2): reported from a source (an audit finding, a
/// complaint, an incident, a service level breach, a management review, process monitoring, named by id), accepted or
/// rejected as unfounded, contained by a correction (fix the instance), its root cause and extent analysed, a plan of
/// typed actions approved (at least one corrective action, which removes the cause), implemented, verified, and closed
/// only once effectiveness is checked after a window, or analysed again when the actions were not effective.
/// </summary>
/// <remarks>
/// <para>
/// Overdue actions are escalated along a ladder (<see cref="EscalationLevel"/>: the owner when the action falls due, then
/// the manager, the management representative and top management, one step of business time apart on the settings'
/// calendar): <see cref="Advance"/> records each rung once, in order; <see cref="NextDueAt"/> says when to wake.
/// </para>
/// <para>Every command passes the kernel's pipeline and records an event; a refused command throws and changes nothing.
/// Mutable; not thread-safe.</para>
/// </remarks>
public sealed class Nonconformity : EventSourcedAggregate<NonconformityEvent>
{
    /// <summary>The longest text.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>The most actions a plan holds.</summary>
    public const int MaxActions = 100;

    /// <summary>How far after its plan an action may fall due (ten years).</summary>
    public static readonly Duration MaxDueAfter = Duration.FromDays(3653);

    private static readonly RecordCreation CreationRules = new(typeof(NonconformityReported), "a nonconformity", "reported", "report");

    private readonly NonconformitySettings _settings;
    private readonly List<NonconformityAction> _actions = [];
    private readonly List<NonconformityAnalysis> _analyses = [];
    private readonly List<EffectivenessResult> _checks = [];

    private Nonconformity(NonconformitySettings settings) => _settings = settings;

    /// <inheritdoc />
    public override string RecordType => nameof(Nonconformity);

    /// <inheritdoc />
    public override string RecordId => Id.Value;

    /// <summary>Gets the id.</summary>
    public Id<Kinds.Nonconformity> Id { get; private set; }

    /// <summary>Gets where it came from.</summary>
    public NonconformitySource Source { get; private set; }

    /// <summary>Gets the id of the source record.</summary>
    public string SourceReference { get; private set; } = string.Empty;

    /// <summary>Gets the requirement not fulfilled.</summary>
    public string Requirement { get; private set; } = string.Empty;

    /// <summary>Gets what was found.</summary>
    public string Description { get; private set; } = string.Empty;

    /// <summary>Gets the evidence.</summary>
    public string Evidence { get; private set; } = string.Empty;

    /// <summary>Gets how serious it is.</summary>
    public NonconformitySeverity Severity { get; private set; }

    /// <summary>Gets the state.</summary>
    public NonconformityState State { get; private set; }

    /// <summary>Gets when it was reported.</summary>
    public Instant ReportedAt { get; private set; }

    /// <summary>Gets why it was rejected, once rejected.</summary>
    public string? RejectionReason { get; private set; }

    /// <summary>Gets the correction made, once contained with one.</summary>
    public string? Correction { get; private set; }

    /// <summary>Gets why no correction was needed, once contained without one.</summary>
    public string? NoCorrectionReason { get; private set; }

    /// <summary>Gets every analysis, oldest first (a new one follows an ineffective check).</summary>
    public IReadOnlyList<NonconformityAnalysis> Analyses => _analyses;

    /// <summary>Gets every action of every plan, by number.</summary>
    public IReadOnlyList<NonconformityAction> Actions => _actions;

    /// <summary>Gets the actions not yet done.</summary>
    public IReadOnlyList<NonconformityAction> OpenActions => [.. _actions.Where(a => !a.IsDone)];

    /// <summary>Gets when implementation was last verified.</summary>
    public Instant? VerifiedAt { get; private set; }

    /// <summary>Gets when effectiveness may be checked: the window of business time after the last verification.</summary>
    public Instant? EffectivenessCheckDueAt { get; private set; }

    /// <summary>Gets every effectiveness check, oldest first.</summary>
    public IReadOnlyList<EffectivenessResult> EffectivenessChecks => _checks;

    /// <inheritdoc />
    protected override RecordCreation Creation => CreationRules;

    /// <summary>Reports a nonconformity.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="source">Where it came from.</param>
    /// <param name="sourceReference">The id of the source record; not blank.</param>
    /// <param name="requirement">The requirement not fulfilled; not blank.</param>
    /// <param name="description">What was found; not blank.</param>
    /// <param name="evidence">The evidence; not blank.</param>
    /// <param name="severity">How serious.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="by">Who reports it.</param>
    /// <param name="at">When.</param>
    /// <returns>The nonconformity, Reported.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An argument breaks its rule; the message names it.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not report nonconformities.</exception>
    public static Nonconformity Report(Id<Kinds.Nonconformity> id, NonconformitySource source, string sourceReference, string requirement, string description, string evidence, NonconformitySeverity severity, NonconformitySettings settings, Actor by, Instant at)
    {
        Preconditions.CheckNotNull(settings);
        var reported = new NonconformityReported(at, Preconditions.CheckNotNull(by), id, source, sourceReference, requirement, description, evidence, severity);
        if (ReportRuleBroken(reported) is { } broken)
        {
            throw new ArgumentException(broken.Rule, broken.Param);
        }

        var nonconformity = new Nonconformity(settings) { Id = id };
        NonconformityLifecycle.Instance.Authorise(nonconformity, settings.Roles, nonconformity, NonconformityState.Reported, new(NonconformityTrigger.Report, by, at));
        nonconformity.Record(reported);
        return nonconformity;
    }

    /// <summary>Rebuilds a nonconformity from its events.</summary>
    /// <param name="events">The events, oldest first.</param>
    /// <param name="settings">The settings it was created with.</param>
    /// <returns>The nonconformity.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidHistoryException">The history is not one a nonconformity can have.</exception>
    public static Nonconformity FromEvents(IEnumerable<NonconformityEvent> events, NonconformitySettings settings)
    {
        var nonconformity = new Nonconformity(Preconditions.CheckNotNull(settings));
        nonconformity.Replay(events);
        return nonconformity;
    }

    /// <summary>Returns whether an actor owns one of the actions (and so does not verify them).</summary>
    /// <param name="actorId">The actor's id.</param>
    /// <returns>True when they own an action.</returns>
    public bool OwnsAnAction(string actorId) => _actions.Any(a => a.Owner == actorId);

    /// <summary>The owner of an action, or null for a number the nonconformity does not have.</summary>
    /// <param name="action">The action's number.</param>
    /// <returns>The owner's actor id.</returns>
    public string? ActionOwner(int action) => action >= 1 && action <= _actions.Count ? _actions[action - 1].Owner : null;

    /// <summary>Accepts the nonconformity.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">It is not reported.</exception>
    public void Accept(Actor by, Instant at) => Do(NonconformityTrigger.Accept, new NonconformityAccepted(at, Preconditions.CheckNotNull(by)));

    /// <summary>Rejects the nonconformity as unfounded.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why it is unfounded; not blank.</param>
    /// <exception cref="ArgumentException">The reason is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">It is not reported.</exception>
    public void Reject(Actor by, Instant at, string reason)
    {
        CheckText(reason, nameof(reason), "A rejection says why the nonconformity is unfounded");
        Do(NonconformityTrigger.Reject, new NonconformityRejected(at, Preconditions.CheckNotNull(by), reason));
    }

    /// <summary>Contains the nonconformity with a correction (fixing the instance).</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="correction">The correction made; not blank.</param>
    /// <exception cref="ArgumentException">The correction is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">It is not accepted.</exception>
    public void Contain(Actor by, Instant at, string correction)
    {
        CheckText(correction, nameof(correction), "A correction says what was done");
        Do(NonconformityTrigger.Contain, new NonconformityContained(at, Preconditions.CheckNotNull(by), correction, null));
    }

    /// <summary>Records that no correction is needed, and why.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why no correction is needed; not blank.</param>
    /// <exception cref="ArgumentException">The reason is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">It is not accepted.</exception>
    public void ContainWithoutCorrection(Actor by, Instant at, string reason)
    {
        CheckText(reason, nameof(reason), "Containment without a correction says why none is needed");
        Do(NonconformityTrigger.Contain, new NonconformityContained(at, Preconditions.CheckNotNull(by), null, reason));
    }

    /// <summary>Records the root cause and the extent (again, after an ineffective check).</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="analysis">The root cause, whether similar nonconformities exist or could occur, and where.</param>
    /// <exception cref="ArgumentNullException"><paramref name="analysis"/> is null.</exception>
    /// <exception cref="ArgumentException">A blank root cause or extent.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">It is not contained.</exception>
    public void Analyse(Actor by, Instant at, NonconformityAnalysis analysis)
    {
        Preconditions.CheckNotNull(analysis);
        CheckText(analysis.RootCause, nameof(analysis), "An analysis names the root cause");
        CheckText(analysis.Extent, nameof(analysis), "An analysis says where similar nonconformities exist or could occur, and what was looked at");
        Do(NonconformityTrigger.Analyse, new NonconformityAnalysed(at, Preconditions.CheckNotNull(by), analysis));
    }

    /// <summary>Approves an action plan: at least one corrective action, each with an owner and a due instant.</summary>
    /// <param name="by">Who approves.</param>
    /// <param name="at">When.</param>
    /// <param name="actions">The actions: 1 to <see cref="MaxActions"/>, at least one <see cref="ActionType.Corrective"/>,
    /// each due after <paramref name="at"/> and within <see cref="MaxDueAfter"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actions"/> is null.</exception>
    /// <exception cref="ArgumentException">The plan breaks a rule; the message names it.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">It is not analysed.</exception>
    public void ApprovePlan(Actor by, Instant at, IReadOnlyCollection<PlannedAction> actions)
    {
        var approved = new NonconformityPlanApproved(at, Preconditions.CheckNotNull(by), [.. Preconditions.CheckNotNull(actions)]);
        if (PlanRuleBroken(approved) is { } broken)
        {
            throw new ArgumentException(broken, nameof(actions));
        }

        Do(NonconformityTrigger.ApprovePlan, approved);
    }

    /// <summary>Starts implementing the plan.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">No plan is approved.</exception>
    public void StartImplementation(Actor by, Instant at) => Move(NonconformityTrigger.StartImplementation, NonconformityState.Implementing, by, at);

    /// <summary>Records an action done (it never reopens).</summary>
    /// <param name="by">The action's owner, or the management representative.</param>
    /// <param name="at">When.</param>
    /// <param name="action">The action's number; an open action.</param>
    /// <param name="evidence">What shows it done; not blank.</param>
    /// <exception cref="ArgumentException">No such open action, or blank evidence.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor is neither its owner nor the management representative.</exception>
    /// <exception cref="InvalidTransitionException">No plan is approved or being implemented.</exception>
    public void CompleteAction(Actor by, Instant at, int action, string evidence)
    {
        var completed = new NonconformityActionCompleted(at, Preconditions.CheckNotNull(by), action, evidence);
        if (CompletionRuleBroken(completed) is { } broken)
        {
            throw new ArgumentException(broken, nameof(action));
        }

        NonconformityLifecycle.Instance.Authorise(this, _settings.Roles, this, State, new(NonconformityTrigger.CompleteAction, by, at, action));
        Record(completed);
    }

    /// <summary>Verifies that every action is done.</summary>
    /// <param name="by">Who verifies: owns none of the actions.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command, or the
    /// effectiveness window after it lies beyond the calendar's range.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not, or owns an action.</exception>
    /// <exception cref="InvalidTransitionException">It is not being implemented, or an action is open.</exception>
    public void VerifyImplementation(Actor by, Instant at)
    {
        if (BusinessInstant(at, _settings.EffectivenessWindow) is null)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"The effectiveness window after {at} lies beyond the calendar's range: verify earlier.");
        }

        Move(NonconformityTrigger.VerifyImplementation, NonconformityState.ImplementationVerified, by, at);
    }

    /// <summary>Starts the effectiveness check, once the window after verification has passed.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When: at or after <see cref="EffectivenessCheckDueAt"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">Implementation is not verified, or the window has not passed.</exception>
    public void StartEffectivenessCheck(Actor by, Instant at) => Move(NonconformityTrigger.StartEffectivenessCheck, NonconformityState.EffectivenessCheck, by, at);

    /// <summary>Records the effectiveness check: effective closes the nonconformity; not effective sends it back to
    /// analysis, where a new plan follows.</summary>
    /// <param name="by">Who checked: owns none of the actions.</param>
    /// <param name="at">When.</param>
    /// <param name="effective">Whether the actions removed the cause.</param>
    /// <param name="evidence">What shows it; not blank.</param>
    /// <exception cref="ArgumentException">The evidence is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not, or owns an action.</exception>
    /// <exception cref="InvalidTransitionException">No effectiveness check is under way.</exception>
    public void RecordEffectiveness(Actor by, Instant at, bool effective, string evidence)
    {
        CheckText(evidence, nameof(evidence), "An effectiveness check says what shows it");
        Do(effective ? NonconformityTrigger.ConfirmEffective : NonconformityTrigger.FindIneffective, new NonconformityEffectivenessRecorded(at, Preconditions.CheckNotNull(by), effective, evidence));
    }

    /// <summary>The instant an action reaches a rung of the escalation ladder: its due instant for the owner, then one
    /// escalation step of business time per rung. The one statement of the ladder.</summary>
    /// <param name="action">The action.</param>
    /// <param name="level">The rung.</param>
    /// <returns>The instant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is null.</exception>
    /// <remarks>A rung the calendar cannot reach (past the end of its supported range) is never due:
    /// <see cref="Instant.MaxValue"/>.</remarks>
    public Instant EscalationDueAt(NonconformityAction action, EscalationLevel level) =>
        level == EscalationLevel.Owner
            ? Preconditions.CheckNotNull(action).DueAt
            : BusinessInstant(Preconditions.CheckNotNull(action).DueAt, _settings.EscalationStep * (int)level) ?? Instant.MaxValue;

    /// <summary>The rung an open action reaches next, or null when it is done, at the top, or actions are not being
    /// worked (before the plan, or after verification).</summary>
    /// <param name="action">The action.</param>
    /// <returns>The next rung.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is null.</exception>
    public EscalationLevel? NextEscalation(NonconformityAction action) =>
        Preconditions.CheckNotNull(action).IsDone || State is not (NonconformityState.PlanApproved or NonconformityState.Implementing) ? null
        : action.Escalated is null ? EscalationLevel.Owner
        : action.Escalated < EscalationLevel.TopManagement ? action.Escalated + 1
        : null;

    /// <summary>Escalates every open action whose next rungs have fallen due by <paramref name="now"/>, each rung once and
    /// in order.</summary>
    /// <param name="by">Who advances time (normally <see cref="Actor.System"/>).</param>
    /// <param name="now">The host's current instant; not before the last command.</param>
    /// <returns>The events recorded; empty when nothing was due.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not advance nonconformities.</exception>
    public IReadOnlyList<NonconformityEvent> Advance(Actor by, Instant now)
    {
        NonconformityLifecycle.Instance.Authorise(this, _settings.Roles, this, State, new(NonconformityTrigger.Advance, by, now));
        int before = Events.Count;
        for (int i = 0; i < _actions.Count; i++)
        {
            while (NextEscalation(_actions[i]) is { } level && EscalationDueAt(_actions[i], level) is var due && due <= now)
            {
                Record(new NonconformityActionEscalated(now, by, i + 1, level, due));
            }
        }

        return [.. Events.Skip(before)];
    }

    /// <summary>The next instant at which <see cref="Advance"/> has something to do (<paramref name="now"/> when a rung
    /// has fallen due already); null when nothing is pending (a rung past the calendar's range never falls due).</summary>
    /// <param name="now">The host's current instant.</param>
    /// <returns>The instant to arm a timer for.</returns>
    public Instant? NextDueAt(Instant now)
    {
        Instant? next = null;
        foreach (var action in _actions)
        {
            if (NextEscalation(action) is { } level && EscalationDueAt(action, level) is var reached && reached != Instant.MaxValue)
            {
                var due = Instant.Max(reached, now);
                next = next is null || due < next ? due : next;
            }
        }

        return next;
    }

    /// <summary>Lists the rules that stop a command now, without throwing.</summary>
    /// <param name="trigger">The command (for an effectiveness check, <see cref="NonconformityTrigger.ConfirmEffective"/>
    /// or <see cref="NonconformityTrigger.FindIneffective"/>).</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When.</param>
    /// <param name="action">The action a completion would be of.</param>
    /// <returns>The unmet rules.</returns>
    public IReadOnlyList<string> UnmetRules(NonconformityTrigger trigger, Actor actor, Instant at, int action = 0) =>
        NonconformityLifecycle.Instance.UnmetRules(this, _settings.Roles, this, State, new(trigger, actor, at, action));

    /// <summary>Draws the nonconformity lifecycle as a Mermaid state diagram, generated from its Stateless configuration.</summary>
    /// <returns>The Mermaid text.</returns>
    public static string LifecycleDiagram() => NonconformityLifecycle.Instance.ToMermaid();

    /// <inheritdoc />
    protected override void ApplyCreation(NonconformityEvent domainEvent)
    {
        var reported = (NonconformityReported)domainEvent;
        if (ReportRuleBroken(reported) is { } broken)
        {
            throw History(domainEvent, broken.Rule);
        }

        Id = reported.Id;
        Source = reported.Source;
        SourceReference = reported.SourceReference;
        Requirement = reported.Requirement;
        Description = reported.Description;
        Evidence = reported.Evidence;
        Severity = reported.Severity;
        ReportedAt = reported.At;
        State = NonconformityState.Reported;
    }

    /// <inheritdoc />
    protected override void Apply(NonconformityEvent domainEvent)
    {
        if (domainEvent is NonconformityActionEscalated escalated)
        {
            var action = escalated.Action >= 1 && escalated.Action <= _actions.Count ? _actions[escalated.Action - 1] : null;
            if (action is null || NextEscalation(action) != escalated.Level || EscalationDueAt(action, escalated.Level) != escalated.DueAt || escalated.At < escalated.DueAt)
            {
                throw History(domainEvent, "an open action is escalated one rung at a time, up the ladder, once the rung has fallen due");
            }

            _actions[escalated.Action - 1] = action with { Escalated = escalated.Level };
            return;
        }

        var trigger = domainEvent switch
        {
            NonconformityAccepted => NonconformityTrigger.Accept,
            NonconformityRejected => NonconformityTrigger.Reject,
            NonconformityContained => NonconformityTrigger.Contain,
            NonconformityAnalysed => NonconformityTrigger.Analyse,
            NonconformityPlanApproved => NonconformityTrigger.ApprovePlan,
            NonconformityStatusChanged { To: NonconformityState.Implementing } => NonconformityTrigger.StartImplementation,
            NonconformityStatusChanged { To: NonconformityState.ImplementationVerified } => NonconformityTrigger.VerifyImplementation,
            NonconformityStatusChanged { To: NonconformityState.EffectivenessCheck } => NonconformityTrigger.StartEffectivenessCheck,
            NonconformityStatusChanged => throw History(domainEvent, "a nonconformity's plain status change leads to Implementing, ImplementationVerified or EffectivenessCheck"),
            NonconformityActionCompleted => NonconformityTrigger.CompleteAction,
            NonconformityEffectivenessRecorded { Effective: true } => NonconformityTrigger.ConfirmEffective,
            NonconformityEffectivenessRecorded => NonconformityTrigger.FindIneffective,
            _ => throw History(domainEvent, $"{domainEvent.GetType().Name} is not a nonconformity event this version knows"),
        };
        var state = Follow(NonconformityLifecycle.Instance, domainEvent, State, trigger);
        if (ApplyData(domainEvent) is { } broken)
        {
            throw History(domainEvent, broken);
        }

        State = state;
    }

    private static bool IsText([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? text) => Preconditions.IsText(text, MaxTextLength);

    private static void CheckText(string? text, string param, string what) => Preconditions.CheckText(text, MaxTextLength, param, what);

    private static (string Param, string Rule)? ReportRuleBroken(NonconformityReported reported) =>
        reported.Id.IsEmpty ? ("id", "A nonconformity needs an id.")
        : !Enum.IsDefined(reported.Source) ? ("source", $"{reported.Source} is not a nonconformity source.")
        : !IsText(reported.SourceReference) ? ("sourceReference", "A nonconformity names its source record.")
        : !IsText(reported.Requirement) ? ("requirement", "A nonconformity names the requirement not fulfilled.")
        : !IsText(reported.Description) ? ("description", "A nonconformity says what was found.")
        : !IsText(reported.Evidence) ? ("evidence", "A nonconformity has evidence.")
        : !Enum.IsDefined(reported.Severity) ? ("severity", $"{reported.Severity} is not a severity.")
        : null;

    private static string? PlanRuleBroken(NonconformityPlanApproved approved) =>
        approved.Actions is null || approved.Actions.Count is 0 or > MaxActions ? FormattableString.Invariant($"A plan has 1 to {MaxActions} actions.")
        : approved.Actions.Any(a => a is null) ? "A plan's actions are not null."
        : approved.Actions.FirstOrDefault(a => !Enum.IsDefined(a.Type) || !IsText(a.Description) || string.IsNullOrWhiteSpace(a.Owner)) is { } bad ? $"Action '{bad.Description}' has a kind, a description and an owner."
        : approved.Actions.FirstOrDefault(a => a.DueAt <= approved.At || a.DueAt - approved.At > MaxDueAfter) is { } late ? $"Action '{late.Description}' is due after the plan is approved ({approved.At}) and within ten years, not at {late.DueAt}."
        : approved.Actions.All(a => a.Type != ActionType.Corrective) ? "A plan has at least one corrective action, which removes the cause: a correction only fixes the instance."
        : null;

    private string? CompletionRuleBroken(NonconformityActionCompleted completed) =>
        completed.Action < 1 || completed.Action > _actions.Count ? FormattableString.Invariant($"The nonconformity has no action {completed.Action}.")
        : _actions[completed.Action - 1].IsDone ? FormattableString.Invariant($"Action {completed.Action} is done already; a done action never reopens.")
        : !IsText(completed.Evidence) ? "A completed action says what shows it done."
        : null;

    /// <summary>Business time added on the settings' calendar, or null past the calendar's range.</summary>
    private Instant? BusinessInstant(Instant start, Duration amount)
    {
        try
        {
            return _settings.Calendar.Add(start, amount);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or Calendars.BusinessTimeUnreachableException)
        {
            return null;
        }
    }

    private void Do(NonconformityTrigger trigger, NonconformityEvent domainEvent)
    {
        NonconformityLifecycle.Instance.Authorise(this, _settings.Roles, this, State, new(trigger, domainEvent.Actor, domainEvent.At));
        Record(domainEvent);
    }

    private void Move(NonconformityTrigger trigger, NonconformityState to, Actor by, Instant at) =>
        Do(trigger, new NonconformityStatusChanged(at, Preconditions.CheckNotNull(by), to));

    /// <summary>Applies an event's data once the table allowed it; returns the rule its data breaks, or null.</summary>
    private string? ApplyData(NonconformityEvent domainEvent)
    {
        switch (domainEvent)
        {
            case NonconformityRejected rejected:
                if (!IsText(rejected.Reason))
                {
                    return "a rejection has a reason";
                }

                RejectionReason = rejected.Reason;
                break;
            case NonconformityContained contained:
                if (IsText(contained.Correction) == IsText(contained.NoneNeeded))
                {
                    return "containment records a correction, or why none is needed, not both";
                }

                (Correction, NoCorrectionReason) = (contained.Correction, contained.NoneNeeded);
                break;
            case NonconformityAnalysed analysed:
                if (analysed.Analysis is null || !IsText(analysed.Analysis.RootCause) || !IsText(analysed.Analysis.Extent))
                {
                    return "an analysis has a root cause and an extent";
                }

                _analyses.Add(analysed.Analysis);
                break;
            case NonconformityPlanApproved approved:
                if (PlanRuleBroken(approved) is { } plan)
                {
                    return plan;
                }

                foreach (var action in approved.Actions)
                {
                    _actions.Add(new NonconformityAction(_actions.Count + 1, action.Type, action.Description, action.Owner, action.DueAt, null, null, null));
                }

                break;
            case NonconformityActionCompleted completed:
                if (CompletionRuleBroken(completed) is { } completion)
                {
                    return completion;
                }

                _actions[completed.Action - 1] = _actions[completed.Action - 1] with { DoneAt = completed.At, Evidence = completed.Evidence };
                break;
            case NonconformityStatusChanged { To: NonconformityState.ImplementationVerified } verified:
                if (BusinessInstant(verified.At, _settings.EffectivenessWindow) is not { } due)
                {
                    return "the effectiveness window after a verification lies within the calendar's range";
                }

                (VerifiedAt, EffectivenessCheckDueAt) = (verified.At, due);
                break;
            case NonconformityEffectivenessRecorded recorded:
                if (!IsText(recorded.Evidence))
                {
                    return "an effectiveness check has evidence";
                }

                _checks.Add(new EffectivenessResult(recorded.Effective, recorded.Evidence, recorded.Actor.Id, recorded.At));
                break;
        }

        return null;
    }
}
