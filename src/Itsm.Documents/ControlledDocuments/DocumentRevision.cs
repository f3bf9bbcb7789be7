using System.Collections.Generic;
using System.Linq;
using Itsm.Core;
using Itsm.Documents.Numbering;
using NodaTime;

namespace Itsm.Documents;

/// <summary>One revision of a <see cref="ControlledDocument"/>: its state, its frozen content hash and change summary,
/// its approval, its label and its dates. Changed only by its document's commands.</summary>
/// <remarks>Mutable through its document only; not thread-safe (one thread at a time per document).</remarks>
public sealed class DocumentRevision
{
    private readonly List<RevisionDecided> _decisions = [];

    internal DocumentRevision(ControlledDocument document, int number, Actor author, ChangeKind change, Instant startedAt, string workingLabel)
    {
        Document = document;
        Number = number;
        Author = author;
        Change = change;
        StartedAt = startedAt;
        WorkingLabel = workingLabel;
    }

    /// <summary>Gets the document.</summary>
    public ControlledDocument Document { get; }

    /// <summary>Returns whether an instant falls on or after the revision's effective date (a guard).</summary>
    internal bool IsEffectiveDateReachedAt(Instant at) => EffectiveFrom is { } from && at >= from;

    /// <summary>Gets the revision's sequence number in the document, from 1.</summary>
    public int Number { get; }

    /// <summary>Gets who started it.</summary>
    public Actor Author { get; }

    /// <summary>Gets whether it is the first issue, a minor or a major change.</summary>
    public ChangeKind Change { get; }

    /// <summary>Gets its state.</summary>
    public RevisionState State { get; internal set; }

    /// <summary>Gets when it was started.</summary>
    public Instant StartedAt { get; }

    /// <summary>Gets the label it carries until approval: the label it would get, marked as a draft (<c>01 (draft)</c>).</summary>
    public string WorkingLabel { get; internal set; }

    /// <summary>Gets its label, once approved.</summary>
    public RevisionLabel? Label { get; internal set; }

    /// <summary>Gets its label as the scheme spells it, once approved; <see cref="WorkingLabel"/> before.</summary>
    public string LabelText { get; internal set; } = string.Empty;

    /// <summary>Gets the SHA-256 of its content, once submitted (lower-case hex).</summary>
    public string? ContentHash { get; internal set; }

    /// <summary>Gets its change summary, once submitted.</summary>
    public IReadOnlyList<ChangeItem> ChangeSummary { get; internal set; } = [];

    /// <summary>Gets the approval steps it needs, once submitted.</summary>
    public IReadOnlyList<ApprovalStep> Steps { get; internal set; } = [];

    /// <summary>Gets the order in which its steps decide, once submitted.</summary>
    public ApprovalOrder Order { get; internal set; }

    /// <summary>Gets the decisions of its current review, oldest first (a redraft starts a new review).</summary>
    public IReadOnlyList<RevisionDecided> Decisions => _decisions;

    /// <summary>Gets when it was last submitted.</summary>
    public Instant? SubmittedAt { get; internal set; }

    /// <summary>Gets the requested effective date, once submitted; the actual effective date, once approved.</summary>
    public Instant? EffectiveFrom { get; internal set; }

    /// <summary>Gets when it was approved.</summary>
    public Instant? ApprovedAt { get; internal set; }

    /// <summary>Gets when it became effective.</summary>
    public Instant? EffectiveAt { get; internal set; }

    /// <summary>Gets when it stopped being effective (superseded or withdrawn).</summary>
    public Instant? EndedAt { get; internal set; }

    /// <summary>Gets the revision that superseded it.</summary>
    public int? SupersededBy { get; internal set; }

    /// <summary>Gets why it was cancelled, withdrawn or disposed of.</summary>
    public string? Reason { get; internal set; }

    /// <summary>Gets a value indicating whether it is open: started and not yet effective, cancelled or further.</summary>
    public bool IsOpen => State is RevisionState.Draft or RevisionState.InReview or RevisionState.ChangesRequested or RevisionState.Approved;

    /// <summary>Gets a value indicating whether every required step has an approval in the current review.</summary>
    public bool AreRequiredStepsApproved =>
        Steps.Count > 0 && Enumerable.Range(0, Steps.Count).Where(i => Steps[i].Kind == ApproverKind.Required).All(IsStepApproved);

    /// <summary>Returns whether a step has an approval in the current review.</summary>
    /// <param name="step">The step's index.</param>
    /// <returns>True when approved.</returns>
    public bool IsStepApproved(int step)
    {
        foreach (var d in _decisions)
        {
            if (d.Step == step && d.Decision == ApprovalDecisionKind.Approved)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether an actor decided (approved or asked for changes) in the current review.</summary>
    /// <param name="actorId">The actor's id.</param>
    /// <returns>True when decided.</returns>
    public bool HasDecided(string actorId)
    {
        foreach (var d in _decisions)
        {
            if (d.Actor.Id == actorId && d.Decision != ApprovalDecisionKind.Commented)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The step an actor decides for now: for an approval or a request for changes, the first required step not
    /// yet approved whose role the actor holds, else such an optional step, provided it is the step's turn
    /// (<see cref="IsInTurn"/>); for a comment, any step whose role it holds. Null when there is none, the actor already
    /// decided, or its step waits for the steps before it.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="decision">The decision.</param>
    /// <returns>The step's index, or null.</returns>
    public int? StepFor(Actor actor, ApprovalDecisionKind decision) =>
        CandidateStep(actor, decision) is { } step && (decision == ApprovalDecisionKind.Commented || IsInTurn(step)) ? step : null;

    /// <summary>Returns whether a step may decide now: always in parallel, and always an optional or comments-only step;
    /// in order, a required step once every required step before it is approved.</summary>
    /// <param name="step">The step's index.</param>
    /// <returns>True when it is the step's turn.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">The revision has no such step.</exception>
    public bool IsInTurn(int step)
    {
        Preconditions.CheckArgumentRange(nameof(step), step, 0, Steps.Count - 1);
        if (Order == ApprovalOrder.Parallel || Steps[step].Kind != ApproverKind.Required)
        {
            return true;
        }

        for (int i = 0; i < step; i++)
        {
            if (Steps[i].Kind == ApproverKind.Required && !IsStepApproved(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the actor holds the role of a step awaiting a decision (the rule of an eligible approver),
    /// whatever its turn.</summary>
    internal bool HasStepFor(Actor actor, ApprovalDecisionKind decision) => CandidateStep(actor, decision) is not null;

    /// <summary>Whether the actor's step waits for the steps before it (the rule of the order).</summary>
    internal bool WaitsForEarlierSteps(Actor actor, ApprovalDecisionKind decision) =>
        decision != ApprovalDecisionKind.Commented && CandidateStep(actor, decision) is { } step && !IsInTurn(step);

    /// <summary>The step an actor would decide for, whatever its turn; loops rather than queries, as every decision and
    /// every query about one asks it.</summary>
    private int? CandidateStep(Actor actor, ApprovalDecisionKind decision)
    {
        Preconditions.CheckNotNull(actor);
        if (decision != ApprovalDecisionKind.Commented && HasDecided(actor.Id))
        {
            return null;
        }

        int? optional = null;
        for (int i = 0; i < Steps.Count; i++)
        {
            var step = Steps[i];
            if (!actor.HasRole(step.Role))
            {
                continue;
            }

            if (decision == ApprovalDecisionKind.Commented)
            {
                return i;
            }

            if (step.Kind == ApproverKind.Required && !IsStepApproved(i))
            {
                return i;
            }

            if (step.Kind == ApproverKind.Optional && optional is null && !IsStepApproved(i))
            {
                optional = i;
            }
        }

        return optional;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Document.Number} revision {Number} ({LabelText}, {State})";

    internal void AddDecision(RevisionDecided decision) => _decisions.Add(decision);

    internal void ClearDecisions() => _decisions.Clear();
}
