using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Audits;

/// <summary>
/// A management review (ISO/IEC 20000-1 9.3): planned, its inputs collected (every <see cref="ReviewInputKind"/> with
/// evidence, or declared not applicable with a reason), held with top management present, its decisions and actions
/// (each with an owner and a due date) recorded, its minutes approved by top management with the next review scheduled
/// within a year; nothing changes after the minutes are approved but the closure.
/// </summary>
/// <remarks>Every command passes the kernel's pipeline and records an event; a refused command throws and changes
/// nothing. Mutable; not thread-safe.</remarks>
public sealed class ManagementReview : EventSourcedAggregate<ManagementReviewEvent>
{
    /// <summary>The longest text.</summary>
    public const int MaxTextLength = 4000;

    private static readonly RecordCreation CreationRules = new(typeof(ManagementReviewPlanned), "a management review", "planned", "plan");

    private readonly RolePolicy<ManagementReview, ManagementReviewTrigger> _roles;
    private readonly Dictionary<ReviewInputKind, ReviewInput> _inputs = [];
    private readonly List<ReviewOutput> _outputs = [];

    private ManagementReview(RolePolicy<ManagementReview, ManagementReviewTrigger> roles) => _roles = roles;

    /// <inheritdoc />
    public override string RecordType => nameof(ManagementReview);

    /// <inheritdoc />
    public override string RecordId => Id.Value;

    /// <summary>Gets the id.</summary>
    public Id<Kinds.ManagementReview> Id { get; private set; }

    /// <summary>Gets the title.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>Gets the day it is planned for.</summary>
    public LocalDate Scheduled { get; private set; }

    /// <summary>Gets the state.</summary>
    public ManagementReviewState State { get; private set; }

    /// <summary>Gets the inputs recorded, in the order of <see cref="ReviewInputKind"/>.</summary>
    public IReadOnlyList<ReviewInput> Inputs => [.. _inputs.Values.OrderBy(i => i.Kind)];

    /// <summary>Gets the input kinds with neither evidence nor a declaration, in order.</summary>
    public IReadOnlyList<ReviewInputKind> MissingInputs => [.. Enum.GetValues<ReviewInputKind>().Where(k => !_inputs.ContainsKey(k))];

    /// <summary>Gets who attended, once held.</summary>
    public ReviewAttendance? Attendance { get; private set; }

    /// <summary>Gets the outputs, by number.</summary>
    public IReadOnlyList<ReviewOutput> Outputs => _outputs;

    /// <summary>Gets the decisions.</summary>
    public IReadOnlyList<ReviewOutput> Decisions => [.. _outputs.Where(o => !o.IsAction)];

    /// <summary>Gets the actions.</summary>
    public IReadOnlyList<ReviewOutput> Actions => [.. _outputs.Where(o => o.IsAction)];

    /// <summary>Gets the day of the next review, once the minutes are approved.</summary>
    public LocalDate? NextReview { get; private set; }

    /// <inheritdoc />
    protected override RecordCreation Creation => CreationRules;

    /// <summary>Returns whether a next review is in time: after this one's day and no more than a year after it. The one
    /// statement of "at least yearly".</summary>
    /// <param name="scheduled">This review's day.</param>
    /// <param name="next">The next review's day.</param>
    /// <returns>True when in time.</returns>
    public static bool IsNextReviewInTime(LocalDate scheduled, LocalDate next) =>
        next > scheduled && (scheduled.Year >= 9999 || next <= scheduled.PlusYears(1));

    /// <summary>Plans a review.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="title">Its title; not blank.</param>
    /// <param name="scheduled">The day it is planned for.</param>
    /// <param name="by">Who plans it.</param>
    /// <param name="at">When.</param>
    /// <param name="roles">The role policy; <see cref="ManagementReviewRoles.Default"/> when null.</param>
    /// <returns>The review, Planned.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An empty id or a blank title.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not plan reviews.</exception>
    public static ManagementReview Plan(Id<Kinds.ManagementReview> id, string title, LocalDate scheduled, Actor by, Instant at, RolePolicy<ManagementReview, ManagementReviewTrigger>? roles = null)
    {
        Preconditions.CheckArgument(!id.IsEmpty, nameof(id), "A management review needs an id.");
        Preconditions.CheckText(title, MaxTextLength, nameof(title), "A management review's title");
        var review = new ManagementReview(roles ?? ManagementReviewRoles.Default) { Id = id };
        ManagementReviewLifecycle.Instance.Authorise(review, review._roles, review, ManagementReviewState.Planned, new(ManagementReviewTrigger.Plan, Preconditions.CheckNotNull(by), at));
        review.Record(new ManagementReviewPlanned(at, by, id, title, scheduled));
        return review;
    }

    /// <summary>Rebuilds a review from its events.</summary>
    /// <param name="events">The events, oldest first.</param>
    /// <param name="roles">The role policy; <see cref="ManagementReviewRoles.Default"/> when null.</param>
    /// <returns>The review.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="InvalidHistoryException">The history is not one a review can have.</exception>
    public static ManagementReview FromEvents(IEnumerable<ManagementReviewEvent> events, RolePolicy<ManagementReview, ManagementReviewTrigger>? roles = null)
    {
        var review = new ManagementReview(roles ?? ManagementReviewRoles.Default);
        review.Replay(events);
        return review;
    }

    /// <summary>Records the evidence for an input kind.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="kind">The kind; not recorded yet.</param>
    /// <param name="evidence">The evidence (a report, a figure, a reference); not blank.</param>
    /// <exception cref="ArgumentException">The kind is recorded already or undefined, or the evidence is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The inputs are collected already.</exception>
    public void RecordInput(Actor by, Instant at, ReviewInputKind kind, string evidence)
    {
        Preconditions.CheckText(evidence, MaxTextLength, nameof(evidence), "An input's evidence");
        var recorded = new ManagementReviewInputRecorded(at, Preconditions.CheckNotNull(by), kind, evidence, null);
        if (InputRuleBroken(recorded) is { } broken)
        {
            throw new ArgumentException(broken, nameof(kind));
        }

        Input(recorded);
    }

    /// <summary>Declares an input kind not applicable to this review, with the reason.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="kind">The kind; not recorded yet.</param>
    /// <param name="reason">Why it does not apply; not blank.</param>
    /// <exception cref="ArgumentException">The kind is recorded already or undefined, or the reason is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The inputs are collected already.</exception>
    public void DeclareNotApplicable(Actor by, Instant at, ReviewInputKind kind, string reason)
    {
        Preconditions.CheckText(reason, MaxTextLength, nameof(reason), "A declaration that an input does not apply says why");
        var declared = new ManagementReviewInputRecorded(at, Preconditions.CheckNotNull(by), kind, null, reason);
        if (InputRuleBroken(declared) is { } broken)
        {
            throw new ArgumentException(broken, nameof(kind));
        }

        Input(declared);
    }

    /// <summary>Declares the inputs collected: every kind has evidence or a declaration.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The review is not planned, or a kind is missing (<see cref="MissingInputs"/>).</exception>
    public void CollectInputs(Actor by, Instant at) => Move(ManagementReviewTrigger.CollectInputs, ManagementReviewState.InputsCollected, by, at);

    /// <summary>Holds the review.</summary>
    /// <param name="by">Who records it.</param>
    /// <param name="at">When.</param>
    /// <param name="attendees">Who attended: at least one of them top management.</param>
    /// <exception cref="ArgumentNullException"><paramref name="attendees"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Nobody attended, or someone is listed twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The inputs are not collected, or no top management attends.</exception>
    public void Hold(Actor by, Instant at, IReadOnlyCollection<Actor> attendees)
    {
        Preconditions.CheckNotNull(attendees);
        Actor[] present = [.. attendees.Select(a => Preconditions.CheckNotNull(a, nameof(attendees)))];
        Preconditions.CheckArgument(present.Length > 0 && present.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count() == present.Length, nameof(attendees), "A review has attendees, each listed once.");
        var attendance = new ReviewAttendance([.. present.Select(a => a.Id)], [.. present.Where(a => a.HasRole(Roles.TopManagement)).Select(a => a.Id)]);
        ManagementReviewLifecycle.Instance.Authorise(this, _roles, this, State, new(ManagementReviewTrigger.Hold, Preconditions.CheckNotNull(by), at, TopManagementPresent: attendance.TopManagement.Count > 0));
        Record(new ManagementReviewHeld(at, by, attendance));
    }

    /// <summary>Records a decision.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="decision">The decision; not blank.</param>
    /// <returns>Its number.</returns>
    /// <exception cref="ArgumentException">The decision is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The review is not held, or its minutes are approved.</exception>
    public int RecordDecision(Actor by, Instant at, string decision)
    {
        Preconditions.CheckText(decision, MaxTextLength, nameof(decision), "A decision");
        return Output(new ManagementReviewOutputRecorded(at, Preconditions.CheckNotNull(by), decision, null, null));
    }

    /// <summary>Records an action with its owner and due date.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="action">What is to be done; not blank.</param>
    /// <param name="owner">Who does it (an actor id); not blank.</param>
    /// <param name="due">When it is due: after the review's day.</param>
    /// <returns>Its number.</returns>
    /// <exception cref="ArgumentException">A blank action or owner, or a due date not after the review's day.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The review is not held, or its minutes are approved.</exception>
    public int RecordAction(Actor by, Instant at, string action, string owner, LocalDate due)
    {
        Preconditions.CheckText(action, MaxTextLength, nameof(action), "An action");
        Preconditions.CheckText(owner, Id<Kinds.ManagementReview>.MaxLength, nameof(owner), "An action's owner");
        Preconditions.CheckArgument(due > Scheduled, nameof(due), $"An action is due after the review of {Scheduled}, not on {due}.");
        return Output(new ManagementReviewOutputRecorded(at, Preconditions.CheckNotNull(by), action, owner, due));
    }

    /// <summary>Approves the minutes and schedules the next review.</summary>
    /// <param name="by">Top management.</param>
    /// <param name="at">When.</param>
    /// <param name="nextReview">The next review's day: after this one, within a year.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor is not top management.</exception>
    /// <exception cref="InvalidTransitionException">The review is not held, has no decision, or the next review is not
    /// within a year.</exception>
    public void ApproveMinutes(Actor by, Instant at, LocalDate nextReview)
    {
        ManagementReviewLifecycle.Instance.Authorise(this, _roles, this, State, new(ManagementReviewTrigger.ApproveMinutes, Preconditions.CheckNotNull(by), at, NextReview: nextReview));
        Record(new ManagementReviewMinutesApproved(at, by, nextReview));
    }

    /// <summary>Closes the review.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The minutes are not approved.</exception>
    public void Close(Actor by, Instant at) => Move(ManagementReviewTrigger.Close, ManagementReviewState.Closed, by, at);

    /// <summary>Lists the rules that stop a command now, without throwing.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When.</param>
    /// <param name="attendees">Who would attend, to hold.</param>
    /// <param name="nextReview">The next review's day, to approve the minutes.</param>
    /// <returns>The unmet rules.</returns>
    public IReadOnlyList<string> UnmetRules(ManagementReviewTrigger trigger, Actor actor, Instant at, IReadOnlyCollection<Actor>? attendees = null, LocalDate? nextReview = null) =>
        ManagementReviewLifecycle.Instance.UnmetRules(this, _roles, this, State, new(trigger, actor, at, attendees?.Any(a => a is not null && a.HasRole(Roles.TopManagement)) ?? false, nextReview));

    /// <summary>Draws the management review lifecycle as a Mermaid state diagram, generated from its Stateless configuration.</summary>
    /// <returns>The Mermaid text.</returns>
    public static string LifecycleDiagram() => ManagementReviewLifecycle.Instance.ToMermaid();

    /// <inheritdoc />
    protected override void ApplyCreation(ManagementReviewEvent domainEvent)
    {
        var planned = (ManagementReviewPlanned)domainEvent;
        if (planned.Id.IsEmpty || !Preconditions.IsText(planned.Title, MaxTextLength))
        {
            throw History(domainEvent, "a review has an id and a title");
        }

        Id = planned.Id;
        Title = planned.Title;
        Scheduled = planned.Scheduled;
        State = ManagementReviewState.Planned;
    }

    /// <inheritdoc />
    protected override void Apply(ManagementReviewEvent domainEvent)
    {
        var trigger = domainEvent switch
        {
            ManagementReviewInputRecorded => ManagementReviewTrigger.RecordInput,
            ManagementReviewStatusChanged { To: ManagementReviewState.InputsCollected } => ManagementReviewTrigger.CollectInputs,
            ManagementReviewStatusChanged { To: ManagementReviewState.Closed } => ManagementReviewTrigger.Close,
            ManagementReviewStatusChanged => throw History(domainEvent, "a review's plain status change leads to InputsCollected or Closed"),
            ManagementReviewHeld => ManagementReviewTrigger.Hold,
            ManagementReviewOutputRecorded => ManagementReviewTrigger.RecordOutput,
            ManagementReviewMinutesApproved => ManagementReviewTrigger.ApproveMinutes,
            _ => throw History(domainEvent, $"{domainEvent.GetType().Name} is not a management review event this version knows"),
        };
        var state = Follow(ManagementReviewLifecycle.Instance, domainEvent, State, trigger);
        switch (domainEvent)
        {
            case ManagementReviewInputRecorded input:
                if (InputRuleBroken(input) is { } broken)
                {
                    throw History(domainEvent, broken);
                }

                _inputs[input.Kind] = new ReviewInput(input.Kind, input.Evidence, input.NotApplicableReason, input.Actor.Id, input.At);
                break;
            case ManagementReviewHeld held:
                if (held.Attendance is null || held.Attendance.Attendees is null || held.Attendance.TopManagement is null || held.Attendance.Attendees.Count == 0 || !held.Attendance.TopManagement.All(held.Attendance.Attendees.Contains))
                {
                    throw History(domainEvent, "a review's attendance lists its attendees, top management among them");
                }

                Attendance = held.Attendance;
                break;
            case ManagementReviewOutputRecorded output:
                if (!Preconditions.IsText(output.Text, MaxTextLength) || (output.Owner is null) != (output.Due is null) || (output.Owner is not null && string.IsNullOrWhiteSpace(output.Owner)))
                {
                    throw History(domainEvent, "an output is a decision, or an action with an owner and a due date");
                }

                _outputs.Add(new ReviewOutput(_outputs.Count + 1, output.Text, output.Owner, output.Due));
                break;
            case ManagementReviewMinutesApproved approved:
                NextReview = approved.NextReview;
                break;
        }

        State = state;
    }

    private string? InputRuleBroken(ManagementReviewInputRecorded input) =>
        !Enum.IsDefined(input.Kind) ? $"{input.Kind} is not a review input kind."
        : _inputs.ContainsKey(input.Kind) ? $"The {input.Kind} input is recorded already."
        : Preconditions.IsText(input.Evidence, MaxTextLength) == Preconditions.IsText(input.NotApplicableReason, MaxTextLength) ? "An input has evidence, or a reason it does not apply, not both."
        : null;

    private void Input(ManagementReviewInputRecorded input)
    {
        ManagementReviewLifecycle.Instance.Authorise(this, _roles, this, State, new(ManagementReviewTrigger.RecordInput, input.Actor, input.At));
        Record(input);
    }

    private int Output(ManagementReviewOutputRecorded output)
    {
        ManagementReviewLifecycle.Instance.Authorise(this, _roles, this, State, new(ManagementReviewTrigger.RecordOutput, output.Actor, output.At));
        Record(output);
        return _outputs.Count;
    }

    private void Move(ManagementReviewTrigger trigger, ManagementReviewState to, Actor by, Instant at)
    {
        ManagementReviewLifecycle.Instance.Authorise(this, _roles, this, State, new(trigger, Preconditions.CheckNotNull(by), at));
        Record(new ManagementReviewStatusChanged(at, by, to));
    }
}
