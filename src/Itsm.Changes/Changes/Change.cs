using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Changes;

/// <summary>
/// A change (a request for change, RFC): normal, standard or emergency, from its request through assessment,
/// authorisation by the authority its risk implies, scheduling and implementation to its review and closure.
/// </summary>
/// <remarks>
/// <para>
/// Every command takes the acting <see cref="Actor"/> and the <see cref="Instant"/> (never before the last accepted
/// command), is checked by the role policy of the <see cref="ChangeSettings"/> (with its segregation of duties: an
/// approver never requested nor implements the change), by the change's own board for a vote, and by the Stateless
/// lifecycle (<c>ChangeLifecycle.cs</c>), and records an event. A refused command throws
/// (<see cref="Core.Actors.CommandNotAuthorizedException"/>, <see cref="InvalidTransitionException"/> or an
/// <see cref="ArgumentException"/>) and changes nothing.
/// </para>
/// <para>
/// A board's decision is computed from its members' votes (<see cref="CabRule.OutcomeOf"/>); the chair records it with
/// reasons but never types it in, and a vote never changes. An emergency change implemented at once owes a
/// retrospective approval by a deadline in business time on the change calendar; <see cref="Advance"/> reports it
/// overdue once, and the change never closes without it.
/// </para>
/// <para>Mutable; not thread-safe (one thread at a time per change).</para>
/// </remarks>
public sealed partial class Change : EventSourcedAggregate<ChangeEvent>
{
    private static readonly RecordCreation CreationRules = new(typeof(ChangeRequested), "a change", "requested", "request");

    private readonly ChangeSettings _settings;
    private readonly List<CabBallot> _ballots = [];
    private readonly Dictionary<string, CabVote> _votes = new(StringComparer.Ordinal);
    private readonly List<Id<Kinds.Problem>> _problems = [];
    private readonly List<Id<Kinds.KnownError>> _knownErrors = [];
    private readonly List<Id<Kinds.Incident>> _causedIncidents = [];

    private Change(ChangeSettings settings) => _settings = settings;

    /// <inheritdoc />
    public override string RecordType => nameof(Change);

    /// <inheritdoc />
    public override string RecordId => Id.Value;

    /// <inheritdoc />
    protected override RecordCreation Creation => CreationRules;

    /// <summary>Gets the change's id.</summary>
    public Id<Kinds.Change> Id { get; private set; }

    /// <summary>Gets the model the change follows.</summary>
    public ChangeModel Model { get; private set; }

    /// <summary>Gets the title.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>Gets what is to change, and why.</summary>
    public string Description { get; private set; } = string.Empty;

    /// <summary>Gets the affected services.</summary>
    public IReadOnlyList<Id<Kinds.Service>> Services { get; private set; } = [];

    /// <summary>Gets the affected configuration items.</summary>
    public IReadOnlyList<Id<Kinds.ConfigurationItem>> ConfigurationItems { get; private set; } = [];

    /// <summary>Gets the requester's actor id.</summary>
    public string Requester { get; private set; } = string.Empty;

    /// <summary>Gets when the change was requested.</summary>
    public Instant RequestedAt { get; private set; }

    /// <summary>Gets the standard change template, for a standard change.</summary>
    public Id<Kinds.ChangeTemplate>? Template { get; private set; }

    /// <summary>Gets when the template of a standard change expires.</summary>
    public Instant? TemplateExpiresAt { get; private set; }

    /// <summary>Gets the lifecycle state (never a superstate).</summary>
    public ChangeState State { get; private set; }

    /// <summary>Gets the assessment, once recorded.</summary>
    public ChangeAssessment? Assessment { get; private set; }

    /// <summary>Gets the risk graded from the assessment, once recorded.</summary>
    public RiskAssessment? Risk { get; private set; }

    /// <summary>Gets the plans: recorded for a normal or emergency change, the template's for a standard one.</summary>
    public ChangePlans? Plans { get; private set; }

    /// <summary>Gets who implements the change (an actor id), once planned or scheduled.</summary>
    public string? Implementer { get; private set; }

    /// <summary>Gets the authority asked to decide, once authorisation was requested.</summary>
    public ChangeAuthority? Authority { get; private set; }

    /// <summary>Gets the board asked to decide, when the authority is a board.</summary>
    public CabRule? Board { get; private set; }

    /// <summary>Gets the board's votes, oldest first.</summary>
    public IReadOnlyList<CabBallot> Votes => _ballots;

    /// <summary>Gets where the board stands after the votes cast; <see cref="CabOutcome.Pending"/> without a board.</summary>
    public CabOutcome BoardOutcome => Board?.OutcomeOf(_votes) ?? CabOutcome.Pending;

    /// <summary>Gets the trigger the chair's <see cref="Decide"/> fires, as the votes stand: the rejection when they
    /// reject, the authorisation otherwise (refused while they do not decide). Ask <see cref="UnmetRules"/> about it.</summary>
    public ChangeTrigger DecisionTrigger => BoardOutcome == CabOutcome.Rejected ? ChangeTrigger.ConcludeRejected : ChangeTrigger.ConcludeAuthorized;

    /// <summary>Gets the decision, once recorded.</summary>
    public ChangeDecision? Decision { get; private set; }

    /// <summary>Gets the implementation window, once scheduled.</summary>
    public Interval? Window { get; private set; }

    /// <summary>Gets when an emergency change was implemented at once.</summary>
    public Instant? ImplementedNowAt { get; private set; }

    /// <summary>Gets when the retrospective approval of an emergency change implemented at once is due.</summary>
    public Instant? RetrospectiveApprovalDueAt { get; private set; }

    /// <summary>Gets the retrospective approval, once recorded.</summary>
    public ChangeDecision? RetrospectiveApproval { get; private set; }

    /// <summary>Gets a value indicating whether the retrospective approval was reported overdue.</summary>
    public bool IsRetrospectiveApprovalOverdue { get; private set; }

    /// <summary>Gets how the implementation went, once completed.</summary>
    public ChangeOutcome? Outcome { get; private set; }

    /// <summary>Gets what was done, once completed.</summary>
    public string? CompletionNotes { get; private set; }

    /// <summary>Gets how a failed change was backed out or remedied.</summary>
    public string? Remedy { get; private set; }

    /// <summary>Gets the post-implementation review, once recorded.</summary>
    public string? Review { get; private set; }

    /// <summary>Gets why the change was cancelled or withdrawn.</summary>
    public string? CancelReason { get; private set; }

    /// <summary>Gets the problems the change fixes.</summary>
    public IReadOnlyList<Id<Kinds.Problem>> FixedProblems => _problems;

    /// <summary>Gets the known errors the change fixes.</summary>
    public IReadOnlyList<Id<Kinds.KnownError>> FixedKnownErrors => _knownErrors;

    /// <summary>Gets the incidents the change caused.</summary>
    public IReadOnlyList<Id<Kinds.Incident>> CausedIncidents => _causedIncidents;

    /// <summary>Gets a value indicating whether the change needs a post-implementation review before it closes: a
    /// normal or emergency change, and a failed one whatever its model.</summary>
    public bool NeedsReview => Model != ChangeModel.Standard || Outcome == ChangeOutcome.Failed;

    /// <summary>Returns whether a standard change's template is valid at an instant (a guard).</summary>
    internal bool IsTemplateValidAt(Instant at) => TemplateExpiresAt is { } expires && at < expires;

    /// <summary>Returns whether a member has voted (a guard).</summary>
    internal bool HasVoted(string member) => _votes.ContainsKey(member);

    /// <summary>Returns whether an actor neither requested nor implements the change (the approvers' segregation rule).</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>True when the actor may approve.</returns>
    public bool IsIndependentOf(Actor actor) =>
        Preconditions.CheckNotNull(actor).Id != Requester && actor.Id != Implementer;

    /// <summary>The ids the change links, by kind.</summary>
    internal IEnumerable<string> LinkedIds(ChangeLinkKind kind) => kind switch
    {
        ChangeLinkKind.FixesProblem => _problems.Select(p => p.Value),
        ChangeLinkKind.FixesKnownError => _knownErrors.Select(k => k.Value),
        _ => _causedIncidents.Select(i => i.Value),
    };

    private static ImmutableArray<T> Checked<T>(IEnumerable<T> items, Func<T, bool> valid, string name, string rule)
    {
        var list = Preconditions.CheckNotNull(items, name).ToImmutableArray();
        Preconditions.CheckArgument(list.All(valid), name, rule);
        return list;
    }
}
