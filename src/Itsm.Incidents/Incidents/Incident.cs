using System;
using System.Collections.Generic;
using Itsm.Core;
using Itsm.Core.Ids;
using Itsm.Sla.Clocks;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Incidents;

/// <summary>
/// An incident: an unplanned interruption or reduction in quality of a service, from logging to closure, with its
/// response and resolution SLA clocks.
/// </summary>
/// <remarks>
/// <para>
/// Every command takes the acting <see cref="Actor"/> and the <see cref="Instant"/> (never before the last accepted
/// command), is checked first by the role policy of the <see cref="IncidentSettings"/> and then by the Stateless
/// lifecycle (<c>IncidentLifecycle.cs</c>), and records an event. A refused command throws
/// (<see cref="Core.Actors.CommandNotAuthorizedException"/>, <see cref="InvalidTransitionException"/> or an
/// <see cref="ArgumentException"/>) and changes nothing.
/// </para>
/// <para>
/// Time-driven changes happen through <see cref="Advance"/>: SLA warnings (raised once per threshold per cycle), overdue
/// progress updates (raised once per missed interval) and the automatic close; <see cref="NextDueAt"/> says when the host
/// should call it next.
/// </para>
/// <para>Mutable; not thread-safe (one thread at a time per incident).</para>
/// </remarks>
public sealed partial class Incident : EventSourcedAggregate<IncidentEvent>
{
    private static readonly RecordCreation CreationRules = new(typeof(IncidentLogged), "an incident", "logged", "logging");

    private readonly IncidentSettings _settings;
    private readonly HashSet<(string Metric, int Cycle, SlaThreshold Threshold)> _raisedWarnings = [];
    private readonly List<Id<Kinds.Incident>> _children = [];
    private readonly List<AppliedWorkaround> _workarounds = [];
    private readonly List<ProgressUpdate> _progressUpdates = [];
    private readonly ProgressUpdateSchedule _updateSchedule = new();

    private Incident(IncidentSettings settings) => _settings = settings;

    /// <inheritdoc />
    public override string RecordType => nameof(Incident);

    /// <inheritdoc />
    public override string RecordId => Id.Value;

    /// <inheritdoc />
    protected override RecordCreation Creation => CreationRules;

    /// <summary>Gets the incident's id.</summary>
    public Id<Kinds.Incident> Id { get; private set; }

    /// <summary>Gets when it was logged.</summary>
    public Instant LoggedAt { get; private set; }

    /// <summary>Gets who reported it.</summary>
    public string Caller { get; private set; } = string.Empty;

    /// <summary>Gets the affected service.</summary>
    public Id<Kinds.Service> Service { get; private set; }

    /// <summary>Gets the affected configuration items.</summary>
    public IReadOnlyList<Id<Kinds.ConfigurationItem>> ConfigurationItems { get; private set; } = [];

    /// <summary>Gets the category.</summary>
    public string Category { get; private set; } = string.Empty;

    /// <summary>Gets the impact level (1 highest).</summary>
    public int Impact { get; private set; }

    /// <summary>Gets the urgency level (1 highest).</summary>
    public int Urgency { get; private set; }

    /// <summary>Gets the priority.</summary>
    public Priority Priority { get; private set; }

    /// <summary>Gets why the derived priority was overridden; null when it was not.</summary>
    public string? PriorityOverrideReason { get; private set; }

    /// <summary>Gets the lifecycle state.</summary>
    public IncidentState State { get; private set; }

    /// <summary>Gets the assigned group; empty before the first assignment.</summary>
    public Id<Kinds.Group> Group { get; private set; }

    /// <summary>Gets the assigned person, if any.</summary>
    public string? Assignee { get; private set; }

    /// <summary>Gets a value indicating whether the assignment was acknowledged (the response clock stopped).</summary>
    public bool IsAcknowledged { get; private set; }

    /// <summary>Gets why it waits, while on hold.</summary>
    public HoldReason? HoldReason { get; private set; }

    /// <summary>Gets the change the incident waits for, while it is on hold awaiting one.</summary>
    public Id<Kinds.Change>? AwaitedChange { get; private set; }

    /// <summary>Gets the change named as the incident's cause, if one was.</summary>
    public Id<Kinds.Change>? CausingChange { get; private set; }

    /// <summary>Gets the resolution code, once resolved.</summary>
    public string? ResolutionCode { get; private set; }

    /// <summary>Gets the resolution notes, once resolved.</summary>
    public string? ResolutionNotes { get; private set; }

    /// <summary>Gets when it was last resolved.</summary>
    public Instant? ResolvedAt { get; private set; }

    /// <summary>Gets how many times it was reopened.</summary>
    public int ReopenCount { get; private set; }

    /// <summary>Gets how it was closed, once closed.</summary>
    public ClosureKind? Closure { get; private set; }

    /// <summary>Gets why it was cancelled, once cancelled.</summary>
    public CancelReason? CancelReason { get; private set; }

    /// <summary>Gets the incident it duplicates, when cancelled as a duplicate.</summary>
    public Id<Kinds.Incident>? DuplicateOf { get; private set; }

    /// <summary>Gets the hierarchical escalation level: 0 until escalated up the management line.</summary>
    public int EscalationLevel { get; private set; }

    /// <summary>Gets the information security class; <see cref="Incidents.SecurityClass.None"/> until facts are recorded.</summary>
    public SecurityClass SecurityClass { get; private set; }

    /// <summary>Gets the kind of security event, when the class is <see cref="Incidents.SecurityClass.Event"/> and the
    /// facts it was classified from said it; null otherwise.</summary>
    public SecurityEventKind? SecurityEventKind { get; private set; }

    /// <summary>Gets a value indicating whether the incident was declared a major incident.</summary>
    public bool IsMajor { get; private set; }

    /// <summary>Gets why it was proposed as a major incident, once proposed.</summary>
    public string? MajorProposalReason { get; private set; }

    /// <summary>Gets who owns the major incident, once declared.</summary>
    public string? MajorOwner { get; private set; }

    /// <summary>Gets when top management was last recorded as informed (a progress update to
    /// <see cref="UpdateAudience.Management"/>), if it was.</summary>
    public Instant? TopManagementInformedAt { get; private set; }

    /// <summary>Gets the major incident review, once recorded.</summary>
    public string? MajorReview { get; private set; }

    /// <summary>Gets a value indicating whether the incident may close as far as major incident rules go (a guard).</summary>
    internal bool IsReviewedIfMajor => !IsMajor || MajorReview is not null;

    /// <summary>Gets the parent (major) incident, once linked as a child (<see cref="IncidentFamily.Link"/>).</summary>
    public Id<Kinds.Incident>? Parent { get; private set; }

    /// <summary>Gets the child incidents linked to this major incident, in the order they were linked.</summary>
    public IReadOnlyList<Id<Kinds.Incident>> Children => _children;

    /// <summary>Returns whether a command may close this incident as far as children go: it has none, or
    /// <see cref="IncidentFamily"/> has seen them all closed or cancelled (a guard).</summary>
    /// <param name="childrenSettled">What the family says of the children.</param>
    internal bool AreChildrenSettled(bool childrenSettled) => _children.Count == 0 || childrenSettled;

    /// <summary>Gets the published workarounds applied to the incident, oldest first.</summary>
    public IReadOnlyList<AppliedWorkaround> Workarounds => _workarounds;

    /// <summary>Gets the progress updates recorded, to the customer and to top management, oldest first.</summary>
    public IReadOnlyList<ProgressUpdate> ProgressUpdates => _progressUpdates;

    /// <summary>Returns when the next progress update to an audience is due.</summary>
    /// <param name="audience">Whom.</param>
    /// <returns>The deadline (it may have passed; <see cref="Advance"/> reports it); null when the audience is owed no
    /// update (see <see cref="UpdateIntervalOwed"/>) or the calendar has no business time left to reach it.</returns>
    public Instant? ProgressUpdateDueAt(UpdateAudience audience) =>
        _updateSchedule.DueAt(audience, UpdateIntervalOwed(audience), ResolutionClock.Calendar);

    /// <summary>The interval at which an audience is owed progress updates now: the settings' interval for the current
    /// priority, while the incident is unresolved (new, in progress or on hold), and for top management only while it is a
    /// major incident; null when no update is owed.</summary>
    /// <param name="audience">Whom.</param>
    /// <returns>The interval in business time on the resolution calendar, or null.</returns>
    public Duration? UpdateIntervalOwed(UpdateAudience audience) =>
        State is IncidentState.New or IncidentState.InProgress or IncidentState.OnHold && (audience == UpdateAudience.Customer || IsMajor)
            ? _settings.ProgressUpdates.IntervalFor(audience, Priority)
            : null;

    /// <summary>The command that records a progress update to an audience (its role policy entry).</summary>
    /// <param name="audience">Whom.</param>
    internal static IncidentTrigger UpdateTrigger(UpdateAudience audience) =>
        audience == UpdateAudience.Management ? IncidentTrigger.RecordTopManagementInformed : IncidentTrigger.RecordProgressUpdate;


    /// <summary>Gets the response clock (stops at the first acknowledgement).</summary>
    public SlaClock ResponseClock { get; private set; } = null!;

    /// <summary>Gets the resolution clock (paused on hold, stopped at resolution, a new cycle on reopen).</summary>
    public SlaClock ResolutionClock { get; private set; } = null!;

    /// <summary>Gets when a resolved incident closes itself; null unless resolved.</summary>
    public Instant? AutoCloseAt => State == IncidentState.Resolved && ResolvedAt is { } at
        ? TryAddBusinessDays(at, _settings.AutoCloseAfterBusinessDays)
        : null;

    /// <summary>Gets the last instant at which a resolved incident may be reopened; null unless resolved.</summary>
    public Instant? ReopenDeadline => State == IncidentState.Resolved && ResolvedAt is { } at
        ? TryAddBusinessDays(at, _settings.ReopenWindowBusinessDays)
        : null;

    /// <summary>Returns whether an instant falls within the reopen window (a guard).</summary>
    internal bool IsWithinReopenWindowAt(Instant at) => ReopenDeadline is { } deadline && at <= deadline;

    /// <summary>Returns whether an instant is at or after the automatic close (a guard).</summary>
    internal bool IsAutoCloseDueAt(Instant at) => AutoCloseAt is { } due && at >= due;

    private Instant? TryAddBusinessDays(Instant at, int days)
    {
        try
        {
            return ResolutionClock.Calendar.AddBusinessDays(at, days);
        }
        catch (Calendars.BusinessTimeUnreachableException)
        {
            return null;
        }
    }
}

/// <summary>A known error's workaround as applied to an incident.</summary>
/// <param name="KnownError">The known error.</param>
/// <param name="Workaround">The workaround, as published when it was applied.</param>
/// <param name="At">When it was applied.</param>
public sealed record AppliedWorkaround(Id<Kinds.KnownError> KnownError, string Workaround, Instant At);
