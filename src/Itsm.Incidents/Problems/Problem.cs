using System;
using System.Collections.Generic;
using Itsm.Core;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Incidents;

/// <summary>
/// A problem: the cause of one or more incidents (or of a trend), from logging through root cause analysis and the
/// known error to a fix implemented by a change and an observation period without recurrence; or ended as a duplicate,
/// cancelled, or not fixed because an approver accepted the risk.
/// </summary>
/// <remarks>
/// <para>
/// Every command takes the acting <see cref="Actor"/> and the <see cref="Instant"/> (never before the last accepted
/// command), is checked first by the role policy of the <see cref="ProblemSettings"/> and then by the Stateless
/// lifecycle (<c>ProblemLifecycle.cs</c>), and records an event. A refused command throws
/// (<see cref="Core.Actors.CommandNotAuthorizedException"/>, <see cref="InvalidTransitionException"/> or an
/// <see cref="ArgumentException"/>) and changes nothing.
/// </para>
/// <para>
/// <see cref="IdentifyKnownError"/> touches two records: it checks everything for both (the problem's rules and the known
/// error's) before it records anything, then returns the new <see cref="KnownError"/> in draft, whose id the problem keeps.
/// </para>
/// <para>
/// Time-driven changes happen through <see cref="Advance"/>: the close once the observation period after the resolution
/// has passed; <see cref="NextDueAt"/> says when the host should call it next.
/// </para>
/// <para>Mutable; not thread-safe (one thread at a time per problem).</para>
/// </remarks>
public sealed partial class Problem : EventSourcedAggregate<ProblemEvent>
{
    private static readonly RecordCreation CreationRules = new(typeof(ProblemLogged), "a problem", "logged", "logging");

    private readonly ProblemSettings _settings;
    private readonly List<Id<Kinds.Incident>> _linkedIncidents = [];
    private readonly HashSet<Id<Kinds.Incident>> _linkedSet = [];
    private readonly List<Id<Kinds.Incident>> _recurrences = [];
    private readonly List<Id<Kinds.KnownError>> _knownErrors = [];

    private Problem(ProblemSettings settings) => _settings = settings;

    /// <inheritdoc />
    public override string RecordType => nameof(Problem);

    /// <inheritdoc />
    public override string RecordId => Id.Value;

    /// <inheritdoc />
    protected override RecordCreation Creation => CreationRules;

    /// <summary>Gets the problem's id.</summary>
    public Id<Kinds.Problem> Id { get; private set; }

    /// <summary>Gets when it was logged.</summary>
    public Instant LoggedAt { get; private set; }

    /// <summary>Gets the short title.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>Gets what was known of the problem when it was logged.</summary>
    public string Description { get; private set; } = string.Empty;

    /// <summary>Gets the affected service.</summary>
    public Id<Kinds.Service> Service { get; private set; }

    /// <summary>Gets the configuration items involved.</summary>
    public IReadOnlyList<Id<Kinds.ConfigurationItem>> ConfigurationItems { get; private set; } = [];

    /// <summary>Gets the priority.</summary>
    public Priority Priority { get; private set; }

    /// <summary>Gets who owns the problem.</summary>
    public Actor Owner { get; private set; } = null!;

    /// <summary>Gets the lifecycle state.</summary>
    public ProblemState State { get; private set; }

    /// <summary>Gets the linked incidents, in the order they were linked (recurrences included); each once.</summary>
    public IReadOnlyList<Id<Kinds.Incident>> LinkedIncidents => _linkedIncidents;

    /// <summary>Gets the incidents recorded as recurrences during observation, oldest first.</summary>
    public IReadOnlyList<Id<Kinds.Incident>> Recurrences => _recurrences;

    /// <summary>Gets why incident trends justify analysing the problem; null until recorded.</summary>
    public string? TrendJustification { get; private set; }

    /// <summary>Gets the root cause of the current analysis; null until found (and again after a reanalysis).</summary>
    public string? RootCause { get; private set; }

    /// <summary>Gets when the current root cause was recorded; null while there is none. Specifications such as
    /// <see cref="ProblemsWithoutRootCauseSpec"/> read it.</summary>
    public Instant? RootCauseRecordedAt { get; private set; }

    /// <summary>Gets the workaround of the current analysis; null when none is known.</summary>
    public string? Workaround { get; private set; }

    /// <summary>Gets the known error of the current analysis; null before one is identified (and after a reanalysis).</summary>
    public Id<Kinds.KnownError>? KnownErrorId { get; private set; }

    /// <summary>Gets every known error the problem identified, oldest first (a reanalysis leads to a new one).</summary>
    public IReadOnlyList<Id<Kinds.KnownError>> KnownErrors => _knownErrors;

    /// <summary>Gets the change that implements the current fix; null before the fix starts (and after a reanalysis).</summary>
    public Id<Kinds.Change>? Change { get; private set; }

    /// <summary>Gets what the fix did, once resolved.</summary>
    public string? ResolutionNotes { get; private set; }

    /// <summary>Gets when the fix was recorded as implemented; null unless resolved or closed.</summary>
    public Instant? ResolvedAt { get; private set; }

    /// <summary>Gets when the observation period ends; null unless resolved or closed.</summary>
    public Instant? ObservationEndsAt { get; private set; }

    /// <summary>Gets when the problem closed; null unless closed.</summary>
    public Instant? ClosedAt { get; private set; }

    /// <summary>Gets how many times the problem went back to root cause analysis (reanalysis or recurrence).</summary>
    public int ReanalysisCount { get; private set; }

    /// <summary>Gets how many times the problem was escalated up the management line (0 before any).</summary>
    public int EscalationLevel { get; private set; }

    /// <summary>Gets the problem this one duplicates, once marked a duplicate.</summary>
    public Id<Kinds.Problem>? DuplicateOf { get; private set; }

    /// <summary>Gets why the problem was cancelled, once cancelled.</summary>
    public string? CancellationReason { get; private set; }

    /// <summary>Gets the pending or approved risk acceptance; null when none is proposed (a declined proposal, or one
    /// pending when the problem is cancelled or marked a duplicate, lapses).</summary>
    public RiskAcceptance? RiskAcceptance { get; private set; }


    /// <summary>Gets a value indicating whether the problem is still open (neither closed, a duplicate, cancelled nor
    /// risk-accepted).</summary>
    public bool IsOpen => State is not (ProblemState.Closed or ProblemState.Duplicate or ProblemState.Cancelled or ProblemState.RiskAccepted);

    /// <summary>Gets a value indicating whether the problem has a linked incident or a trend justification (a guard).</summary>
    internal bool HasEvidence => _linkedIncidents.Count > 0 || TrendJustification is not null;

    /// <summary>Gets a value indicating whether the current analysis has a root cause (a guard).</summary>
    internal bool HasRootCause => RootCause is not null;

    /// <summary>Gets a value indicating whether a risk acceptance waits for a decision (a guard).</summary>
    internal bool HasPendingRiskAcceptance => RiskAcceptance is { IsApproved: false };

    /// <summary>Returns whether an instant is at or after the end of the observation period (a guard).</summary>
    internal bool IsObservationOverAt(Instant at) => ObservationEndsAt is { } end && at >= end;

    /// <summary>Returns whether an instant is before the end of the observation period (a guard).</summary>
    internal bool IsWithinObservationAt(Instant at) => ObservationEndsAt is { } end && at < end;

    /// <summary>Returns whether an incident is linked to the problem.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>True when linked (by <see cref="LinkIncident"/> or <see cref="RecordRecurrence"/>).</returns>
    public bool IsLinked(Id<Kinds.Incident> incident) => _linkedSet.Contains(incident);
}
