using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Audits;

/// <summary>
/// An internal audit (ISO/IEC 20000-1 9.2): scheduled in the programme, prepared with its plan, conducted by auditors
/// independent of the audited area, its findings graded, drafted, reported to the area's management and followed up
/// until every nonconformity has its record and every opportunity its improvement item.
/// </summary>
/// <remarks>
/// <para>
/// <b>Independence</b>: when the audit is prepared and again when it starts, the host's
/// <see cref="IAuditorIndependence"/> is asked about every member of the team; every conflict (an auditor who owns,
/// performs or manages an audited process in the period) needs a waiver with a justification approved by someone other
/// than that auditor (<see cref="ApproveWaiver"/>). The conflicts found are recorded with the plan and the start.
/// </para>
/// <para>
/// Only nonconformity findings need nonconformity records, and only opportunities improvement items: the host creates
/// them (in their own packages' records) from <see cref="UnfollowedFindings"/> and links them back
/// (<see cref="LinkNonconformity"/>, <see cref="LinkImprovement"/>). Several minors on one requirement can be raised to
/// one major with a recorded decision (<see cref="RaiseToMajor"/>); the minors then need no record of their own.
/// </para>
/// <para>Every command passes the kernel's pipeline and records an event; a refused command throws and changes nothing.
/// Mutable; not thread-safe.</para>
/// </remarks>
public sealed class Audit : EventSourcedAggregate<AuditEvent>
{
    /// <summary>The rule that the lead auditor leads.</summary>
    public const string LeadLeads = "the audit's lead auditor prepares, starts, consolidates, reports and closes it";

    /// <summary>The rule that only the team records findings.</summary>
    public const string TeamRecords = "findings are recorded by the audit team";

    /// <summary>The rule that a waiver is approved by someone else.</summary>
    public const string WaiverBySomeoneElse = "a waiver of independence is approved by someone other than the auditor it frees";

    /// <summary>The longest text (title, requirement, evidence, statement, reasons).</summary>
    public const int MaxTextLength = 4000;

    private static readonly RecordCreation CreationRules = new(typeof(AuditScheduled), "an audit", "scheduled", "schedule");

    private readonly RolePolicy<Audit, AuditTrigger> _roles;
    private readonly List<AuditWaiver> _waivers = [];
    private readonly List<AuditFinding> _findings = [];

    private Audit(RolePolicy<Audit, AuditTrigger> roles) => _roles = roles;

    /// <inheritdoc />
    public override string RecordType => nameof(Audit);

    /// <inheritdoc />
    public override string RecordId => Id.Value;

    /// <summary>Gets the audit's id.</summary>
    public Id<Kinds.Audit> Id { get; private set; }

    /// <summary>Gets its title.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>Gets the state.</summary>
    public AuditState State { get; private set; }

    /// <summary>Gets what it covers (the plan's, once prepared).</summary>
    public AuditScope Scope { get; private set; } = null!;

    /// <summary>Gets when it is planned (the plan's, once prepared; the new dates once postponed).</summary>
    public DateInterval Dates { get; private set; } = null!;

    /// <summary>Gets the plan, once prepared.</summary>
    public AuditPlan? Plan { get; private set; }

    /// <summary>Gets the conflicts the host reported at the last preparation or start, each waived.</summary>
    public IReadOnlyList<IndependenceConflict> Conflicts { get; private set; } = [];

    /// <summary>Gets the waivers of independence, in the order approved.</summary>
    public IReadOnlyList<AuditWaiver> Waivers => _waivers;

    /// <summary>Gets the findings, by number.</summary>
    public IReadOnlyList<AuditFinding> Findings => _findings;

    /// <summary>Gets who received the report, once reported.</summary>
    public IReadOnlyList<string> ReportedTo { get; private set; } = [];

    /// <summary>Gets the report's summary, once reported.</summary>
    public string? ReportSummary { get; private set; }

    /// <summary>Gets why the audit was postponed or cancelled, last.</summary>
    public string? Reason { get; private set; }

    /// <summary>Gets when the audit started.</summary>
    public Instant? StartedAt { get; private set; }

    /// <summary>Gets the findings that still need their record: nonconformities without a nonconformity record,
    /// opportunities without an improvement item.</summary>
    public IReadOnlyList<AuditFinding> UnfollowedFindings =>
        [.. _findings.Where(f => (f.NeedsNonconformity && f.Nonconformity is null) || (f.NeedsImprovement && f.Improvement is null))];

    /// <inheritdoc />
    protected override RecordCreation Creation => CreationRules;

    /// <summary>Schedules an audit.</summary>
    /// <param name="id">The audit's id.</param>
    /// <param name="title">Its title; not blank.</param>
    /// <param name="scope">What it covers: at least one process, each once.</param>
    /// <param name="dates">When it is planned.</param>
    /// <param name="by">Who schedules it.</param>
    /// <param name="at">When.</param>
    /// <param name="roles">The role policy; <see cref="AuditRoles.Default"/> when null.</param>
    /// <returns>The audit, Planned.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An argument breaks its rule; the message names it.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not schedule audits.</exception>
    public static Audit Schedule(Id<Kinds.Audit> id, string title, AuditScope scope, DateInterval dates, Actor by, Instant at, RolePolicy<Audit, AuditTrigger>? roles = null)
    {
        Preconditions.CheckNotNull(scope);
        Preconditions.CheckNotNull(dates);
        var scheduled = new AuditScheduled(at, Preconditions.CheckNotNull(by), id, title, scope, dates);
        Throw(ScheduleRuleBroken(scheduled));
        var audit = new Audit(roles ?? AuditRoles.Default) { Id = id };
        AuditLifecycle.Instance.Authorise(audit, audit._roles, audit, AuditState.Planned, new(AuditTrigger.Schedule, by, at));
        audit.Record(scheduled);
        return audit;
    }

    /// <summary>Rebuilds an audit from its events.</summary>
    /// <param name="events">The events, oldest first.</param>
    /// <param name="roles">The role policy; <see cref="AuditRoles.Default"/> when null.</param>
    /// <returns>The audit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="InvalidHistoryException">The history is not one an audit can have.</exception>
    /// <remarks>Replay trusts the commands that were accepted: independence and the authorisation rules are not asked
    /// again, so the compliance specifications find histories that came from elsewhere.</remarks>
    public static Audit FromEvents(IEnumerable<AuditEvent> events, RolePolicy<Audit, AuditTrigger>? roles = null)
    {
        var audit = new Audit(roles ?? AuditRoles.Default);
        audit.Replay(events);
        return audit;
    }

    /// <summary>The conflicts, of those given, that no waiver approved by someone other than the auditor covers.</summary>
    /// <param name="conflicts">The host's conflicts.</param>
    /// <returns>The conflicts without such a waiver for their auditor and process.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conflicts"/> is null.</exception>
    public IReadOnlyList<IndependenceConflict> UnwaivedConflicts(IEnumerable<IndependenceConflict> conflicts) =>
        [.. Preconditions.CheckNotNull(conflicts).Where(c => !_waivers.Any(w => w.Auditor == c.Auditor && w.Process == c.Process && w.ApprovedBy != c.Auditor))];

    /// <summary>Asks the host about every member of a plan's team.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="independence">The host's facts.</param>
    /// <returns>Every conflict, in the team's order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or the host answers null.</exception>
    public static IReadOnlyList<IndependenceConflict> ConflictsOf(AuditPlan plan, IAuditorIndependence independence)
    {
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckNotNull(independence);
        var conflicts = new List<IndependenceConflict>();
        foreach (string auditor in plan.Team)
        {
            foreach (var conflict in independence.ConflictsOf(auditor, plan.Scope.Processes, plan.Dates) ?? throw new ArgumentNullException(nameof(independence), "The host answered null; no conflicts is an empty list."))
            {
                conflicts.Add(Preconditions.CheckNotNull(conflict, nameof(independence)));
            }
        }

        return conflicts;
    }

    /// <summary>Approves a waiver of independence for an auditor and a process (before the audit starts).</summary>
    /// <param name="by">Who approves: not the auditor.</param>
    /// <param name="at">When.</param>
    /// <param name="auditor">The auditor it frees.</param>
    /// <param name="process">The process; one of the audit's scope.</param>
    /// <param name="justification">Why the audit cannot be independent there, and how objectivity is kept; not blank.</param>
    /// <exception cref="ArgumentException">A blank auditor or justification, a process outside the scope, or a waiver
    /// that exists already.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not, or is the auditor.</exception>
    /// <exception cref="InvalidTransitionException">The audit has started, or is cancelled.</exception>
    public void ApproveWaiver(Actor by, Instant at, string auditor, Id<Kinds.Process> process, string justification)
    {
        var approved = new AuditWaiverApproved(at, Preconditions.CheckNotNull(by), auditor, process, justification);
        Throw(WaiverRuleBroken(approved));
        AuditLifecycle.Instance.Authorise(this, _roles, this, State, new(AuditTrigger.ApproveWaiver, by, at, Waived: auditor));
        Record(approved);
    }

    /// <summary>Records the plan, asking the host about the team's independence (again while prepared or postponed).</summary>
    /// <param name="by">The plan's lead auditor.</param>
    /// <param name="at">When.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="independence">The host's facts.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The plan breaks a rule; the message names it.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not, or is not the plan's lead auditor.</exception>
    /// <exception cref="InvalidTransitionException">The audit has started, or a conflict has no waiver.</exception>
    public void Prepare(Actor by, Instant at, AuditPlan plan, IAuditorIndependence independence)
    {
        Preconditions.CheckNotNull(plan);
        Throw(PlanRuleBroken(plan), nameof(plan));
        var conflicts = ConflictsOf(plan, independence);
        AuditLifecycle.Instance.Authorise(this, _roles, this, State, new(AuditTrigger.Prepare, by, at, Lead: plan.LeadAuditor, Conflicts: conflicts));
        Record(new AuditPrepared(at, by, plan, conflicts));
    }

    /// <summary>Postpones the audit to new dates.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="dates">The new dates: starting after the current ones.</param>
    /// <param name="reason">Why; not blank.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentException">The dates do not start later, or the reason is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The audit has started, or is postponed, cancelled or done.</exception>
    public void Postpone(Actor by, Instant at, DateInterval dates, string reason)
    {
        Preconditions.CheckNotNull(dates);
        Preconditions.CheckArgument(dates.Start > Dates.Start, nameof(dates), $"A postponed audit starts after {Dates.Start}, not on {dates.Start}.");
        CheckText(reason, nameof(reason), "A postponement says why");
        Authorise(AuditTrigger.Postpone, by, at);
        Record(new AuditPostponed(at, by, dates, reason));
    }

    /// <summary>Cancels the audit.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; not blank.</param>
    /// <exception cref="ArgumentException">The reason is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The audit has started, or is cancelled.</exception>
    public void Cancel(Actor by, Instant at, string reason)
    {
        CheckText(reason, nameof(reason), "A cancellation says why");
        Authorise(AuditTrigger.Cancel, by, at);
        Record(new AuditCancelled(at, by, reason));
    }

    /// <summary>Starts the audit, asking the host about the team's independence again.</summary>
    /// <param name="by">The lead auditor.</param>
    /// <param name="at">When.</param>
    /// <param name="independence">The host's facts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="independence"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor is not the lead auditor.</exception>
    /// <exception cref="InvalidTransitionException">The audit is not prepared, or a conflict has no waiver.</exception>
    public void Start(Actor by, Instant at, IAuditorIndependence independence)
    {
        var conflicts = Plan is null ? [] : ConflictsOf(Plan, independence);
        AuditLifecycle.Instance.Authorise(this, _roles, this, State, new(AuditTrigger.Start, by, at, Conflicts: conflicts));
        Record(new AuditStarted(at, by, conflicts));
    }

    /// <summary>Records a finding (while in progress or drafted).</summary>
    /// <param name="by">An auditor of the team.</param>
    /// <param name="at">When.</param>
    /// <param name="kind">Its grade.</param>
    /// <param name="requirement">The clause or requirement; not blank.</param>
    /// <param name="evidence">The objective evidence; not blank.</param>
    /// <param name="statement">What was found; not blank.</param>
    /// <returns>The finding's number.</returns>
    /// <exception cref="ArgumentException">A blank text or an undefined grade.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor is not of the team.</exception>
    /// <exception cref="InvalidTransitionException">The audit is not in progress nor drafted.</exception>
    public int RecordFinding(Actor by, Instant at, FindingKind kind, string requirement, string evidence, string statement)
    {
        var recorded = new AuditFindingRecorded(at, Preconditions.CheckNotNull(by), kind, requirement, evidence, statement);
        Throw(FindingRuleBroken(recorded));
        Authorise(AuditTrigger.RecordFinding, by, at);
        Record(recorded);
        return _findings.Count;
    }

    /// <summary>Raises several minor nonconformities on one requirement to one major (a new finding); the minors need no
    /// record of their own afterwards.</summary>
    /// <param name="by">The lead auditor.</param>
    /// <param name="at">When.</param>
    /// <param name="minors">The minors' numbers: at least two, on one requirement, none raised already.</param>
    /// <param name="decision">Why together they are major; not blank.</param>
    /// <returns>The major's number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="minors"/> is null.</exception>
    /// <exception cref="ArgumentException">The minors break the rule, or the decision is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor is not the lead auditor.</exception>
    /// <exception cref="InvalidTransitionException">The findings are not drafted.</exception>
    public int RaiseToMajor(Actor by, Instant at, IReadOnlyCollection<int> minors, string decision)
    {
        var raised = new AuditRaisedToMajor(at, Preconditions.CheckNotNull(by), [.. Preconditions.CheckNotNull(minors)], decision);
        Throw(RaiseRuleBroken(raised));
        Authorise(AuditTrigger.RaiseToMajor, by, at);
        Record(raised);
        return _findings.Count;
    }

    /// <summary>Ends fieldwork: the findings are drafted and may be consolidated.</summary>
    /// <param name="by">The lead auditor.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor is not the lead auditor.</exception>
    /// <exception cref="InvalidTransitionException">The audit is not in progress.</exception>
    public void DraftFindings(Actor by, Instant at) => Move(AuditTrigger.DraftFindings, AuditState.FindingsDrafted, by, at);

    /// <summary>Reports the audit to the management of the audited area.</summary>
    /// <param name="by">The lead auditor.</param>
    /// <param name="at">When.</param>
    /// <param name="recipients">The management of the audited area (actor ids): at least one.</param>
    /// <param name="summary">The report's summary; not blank.</param>
    /// <exception cref="ArgumentNullException"><paramref name="recipients"/> is null.</exception>
    /// <exception cref="ArgumentException">No or blank recipients, or a blank summary.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor is not the lead auditor.</exception>
    /// <exception cref="InvalidTransitionException">The findings are not drafted.</exception>
    public void Report(Actor by, Instant at, IReadOnlyCollection<string> recipients, string summary)
    {
        var reported = new AuditReported(at, Preconditions.CheckNotNull(by), [.. Preconditions.CheckNotNull(recipients)], summary);
        Throw(ReportRuleBroken(reported));
        Authorise(AuditTrigger.Report, by, at);
        Record(reported);
    }

    /// <summary>Starts following the findings up.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The audit is not reported.</exception>
    public void StartFollowUp(Actor by, Instant at) => Move(AuditTrigger.StartFollowUp, AuditState.FollowUp, by, at);

    /// <summary>Links a nonconformity finding to the nonconformity record the host created for it.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="finding">The finding's number: a nonconformity that needs a record and has none.</param>
    /// <param name="nonconformity">The record.</param>
    /// <exception cref="ArgumentException">The finding breaks the rule, or the id is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The audit is not reported nor in follow-up.</exception>
    public void LinkNonconformity(Actor by, Instant at, int finding, Id<Kinds.Nonconformity> nonconformity) =>
        Link(new AuditFindingLinked(at, Preconditions.CheckNotNull(by), finding, nonconformity, null));

    /// <summary>Links an opportunity for improvement to the improvement item the host created for it.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="finding">The finding's number: an opportunity without an item.</param>
    /// <param name="improvement">The item.</param>
    /// <exception cref="ArgumentException">The finding breaks the rule, or the id is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The audit is not reported nor in follow-up.</exception>
    public void LinkImprovement(Actor by, Instant at, int finding, Id<Kinds.Improvement> improvement) =>
        Link(new AuditFindingLinked(at, Preconditions.CheckNotNull(by), finding, null, improvement));

    /// <summary>Closes the audit: every nonconformity has its record, every opportunity its item.</summary>
    /// <param name="by">The lead auditor.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor is not the lead auditor.</exception>
    /// <exception cref="InvalidTransitionException">The audit is not in follow-up, or a finding lacks its record.</exception>
    public void Close(Actor by, Instant at) => Move(AuditTrigger.Close, AuditState.Closed, by, at);

    /// <summary>Lists the rules that stop a command now, without throwing.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When.</param>
    /// <param name="independence">The host's facts, to prepare (with <paramref name="plan"/>) or start; none asked when
    /// null, or when the plan itself breaks a rule (which <see cref="Prepare"/> refuses as an argument).</param>
    /// <param name="plan">The plan, to prepare.</param>
    /// <param name="waived">The auditor a waiver would free.</param>
    /// <returns>The unmet rules.</returns>
    public IReadOnlyList<string> UnmetRules(AuditTrigger trigger, Actor actor, Instant at, IAuditorIndependence? independence = null, AuditPlan? plan = null, string? waived = null)
    {
        var asked = plan ?? Plan;
        var conflicts = independence is not null && asked is not null && PlanRuleBroken(asked) is null ? ConflictsOf(asked, independence) : null;
        return AuditLifecycle.Instance.UnmetRules(this, _roles, this, State, new(trigger, actor, at, plan?.LeadAuditor, waived, conflicts));
    }

    /// <summary>Draws the audit lifecycle as a Mermaid state diagram, generated from its Stateless configuration.</summary>
    /// <returns>The Mermaid text.</returns>
    public static string LifecycleDiagram() => AuditLifecycle.Instance.ToMermaid();

    /// <summary>The audit's own authorisation rules (the lifecycle asks them).</summary>
    internal IEnumerable<string> UnmetAuthorisation(AuditTrigger trigger, Actor by, string? lead, string? waived)
    {
        switch (trigger)
        {
            case AuditTrigger.Prepare when lead is not null && by.Id != lead:
                yield return LeadLeads;
                break;
            case AuditTrigger.Start or AuditTrigger.RaiseToMajor or AuditTrigger.DraftFindings or AuditTrigger.Report or AuditTrigger.Close
                when Plan is not null && by.Id != Plan.LeadAuditor:
                yield return LeadLeads;
                break;
            case AuditTrigger.RecordFinding when Plan is not null && !Plan.Team.Contains(by.Id):
                yield return TeamRecords;
                break;
            case AuditTrigger.ApproveWaiver when by.Id == waived:
                yield return WaiverBySomeoneElse;
                break;
        }
    }

    /// <inheritdoc />
    protected override void ApplyCreation(AuditEvent domainEvent)
    {
        var scheduled = (AuditScheduled)domainEvent;
        if (ScheduleRuleBroken(scheduled) is { } broken)
        {
            throw History(domainEvent, broken.Rule);
        }

        Id = scheduled.Id;
        Title = scheduled.Title;
        Scope = scheduled.Scope;
        Dates = scheduled.Dates;
        State = AuditState.Planned;
    }

    /// <inheritdoc />
    protected override void Apply(AuditEvent domainEvent)
    {
        var trigger = domainEvent switch
        {
            AuditWaiverApproved => AuditTrigger.ApproveWaiver,
            AuditPrepared => AuditTrigger.Prepare,
            AuditPostponed => AuditTrigger.Postpone,
            AuditCancelled => AuditTrigger.Cancel,
            AuditStarted => AuditTrigger.Start,
            AuditFindingRecorded => AuditTrigger.RecordFinding,
            AuditRaisedToMajor => AuditTrigger.RaiseToMajor,
            AuditStatusChanged { To: AuditState.FindingsDrafted } => AuditTrigger.DraftFindings,
            AuditStatusChanged { To: AuditState.FollowUp } => AuditTrigger.StartFollowUp,
            AuditStatusChanged { To: AuditState.Closed } => AuditTrigger.Close,
            AuditStatusChanged => throw History(domainEvent, "an audit's plain status change leads to FindingsDrafted, FollowUp or Closed"),
            AuditReported => AuditTrigger.Report,
            AuditFindingLinked => AuditTrigger.LinkFinding,
            _ => throw History(domainEvent, $"{domainEvent.GetType().Name} is not an audit event this version knows"),
        };
        var state = Follow(AuditLifecycle.Instance, domainEvent, State, trigger);
        if (ApplyData(domainEvent) is { } broken)
        {
            throw History(domainEvent, broken);
        }

        State = state;
    }

    private static void Throw((string Param, string Rule)? broken)
    {
        if (broken is { } b)
        {
            throw new ArgumentException(b.Rule, b.Param);
        }
    }

    private static void Throw(string? broken, string param)
    {
        if (broken is not null)
        {
            throw new ArgumentException(broken, param);
        }
    }

    private static bool IsText([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? text) => Preconditions.IsText(text, MaxTextLength);

    private static void CheckText(string? text, string param, string what) => Preconditions.CheckText(text, MaxTextLength, param, what);

    private static (string Param, string Rule)? ScheduleRuleBroken(AuditScheduled scheduled) =>
        scheduled.Id.IsEmpty ? ("id", "An audit needs an id.")
        : !IsText(scheduled.Title) ? ("title", FormattableString.Invariant($"An audit's title is not blank and has at most {MaxTextLength} characters."))
        : scheduled.Dates is null ? ("dates", "An audit is planned on dates.")
        : ScopeRuleBroken(scheduled.Scope) is { } scope ? ("scope", scope)
        : null;

    private static string? ScopeRuleBroken(AuditScope? scope) =>
        scope is null || scope.Processes is null || scope.Clauses is null || scope.Sites is null ? "An audit's scope lists its processes, clauses and sites (empty lists where none)."
        : scope.Processes.Count == 0 || scope.Processes.Any(p => p.IsEmpty) || scope.Processes.Distinct().Count() != scope.Processes.Count ? "An audit covers at least one process, each named once."
        : scope.Clauses.Any(c => !IsText(c)) || scope.Sites.Any(c => !IsText(c)) ? "An audit's clauses and sites are not blank."
        : null;

    private static string? PlanRuleBroken(AuditPlan plan) =>
        ScopeRuleBroken(plan.Scope) is { } scope ? scope
        : plan.Dates is null ? "A plan has dates."
        : plan.Criteria is null || plan.Criteria.Count == 0 || plan.Criteria.Any(c => !IsText(c)) ? "A plan has at least one audit criterion, none blank."
        : plan.Checklist is null || plan.Checklist.Count == 0 || plan.Checklist.Any(c => !IsText(c)) ? "A plan has a checklist of at least one question, none blank."
        : string.IsNullOrWhiteSpace(plan.LeadAuditor) || plan.Auditors is null || plan.Auditors.Any(string.IsNullOrWhiteSpace) ? "A plan names its lead auditor and auditors, none blank."
        : plan.Team.Distinct(StringComparer.Ordinal).Count() != plan.Team.Count ? "Each auditor is named once (the lead not among the other auditors)."
        : plan.Auditees is null || plan.Auditees.Count == 0 || plan.Auditees.Any(string.IsNullOrWhiteSpace) ? "A plan names who is audited, none blank."
        : plan.Auditees.FirstOrDefault(plan.Team.Contains) is { } both ? $"'{both}' is both auditor and auditee: auditors never audit their own work."
        : null;

    private string? WaiverRuleBrokenText(AuditWaiverApproved approved) =>
        string.IsNullOrWhiteSpace(approved.Auditor) ? "A waiver names the auditor it frees."
        : !IsText(approved.Justification) ? "A waiver has a justification, not blank."
        : !Scope.Processes.Contains(approved.Process) ? $"{approved.Process} is not in the audit's scope ({string.Join(", ", Scope.Processes)})."
        : _waivers.Any(w => w.Auditor == approved.Auditor && w.Process == approved.Process) ? $"'{approved.Auditor}' has a waiver for {approved.Process} already."
        : null;

    private (string Param, string Rule)? WaiverRuleBroken(AuditWaiverApproved approved) =>
        WaiverRuleBrokenText(approved) is { } rule ? ("waiver", rule) : null;

    private static (string Param, string Rule)? FindingRuleBroken(AuditFindingRecorded recorded) =>
        !Enum.IsDefined(recorded.Kind) ? ("kind", $"{recorded.Kind} is not a finding grade.")
        : !IsText(recorded.Requirement) ? ("requirement", "A finding is against a clause or requirement, not blank.")
        : !IsText(recorded.Evidence) ? ("evidence", "A finding has objective evidence, not blank.")
        : !IsText(recorded.Statement) ? ("statement", "A finding says what was found, not blank.")
        : null;

    private (string Param, string Rule)? RaiseRuleBroken(AuditRaisedToMajor raised)
    {
        if (!IsText(raised.Decision))
        {
            return ("decision", "Raising minors to a major records the decision, not blank.");
        }

        var minors = raised.Minors.Select(n => n >= 1 && n <= _findings.Count ? _findings[n - 1] : null).ToList();
        return raised.Minors.Count < 2 || raised.Minors.Distinct().Count() != raised.Minors.Count ? ("minors", "At least two different minors are raised to a major.")
            : minors.Any(m => m is not { Kind: FindingKind.MinorNonconformity, RaisedInto: null }) ? ("minors", $"Findings {string.Join(", ", raised.Minors)} are not all minor nonconformities not yet raised.")
            : minors.Select(m => m!.Requirement).Distinct(StringComparer.Ordinal).Count() != 1 ? ("minors", "The minors raised to a major are on one requirement.")
            : null;
    }

    private static (string Param, string Rule)? ReportRuleBroken(AuditReported reported) =>
        reported.Recipients.Count == 0 || reported.Recipients.Any(string.IsNullOrWhiteSpace) ? ("recipients", "An audit is reported to the management of the audited area: at least one recipient, none blank.")
        : !IsText(reported.Summary) ? ("summary", "A report has a summary, not blank.")
        : null;

    private string? LinkRuleBroken(AuditFindingLinked linked)
    {
        var finding = linked.Finding >= 1 && linked.Finding <= _findings.Count ? _findings[linked.Finding - 1] : null;
        return (linked.Nonconformity, linked.Improvement) switch
        {
            _ when finding is null => FormattableString.Invariant($"The audit has no finding {linked.Finding}."),
            ({ IsEmpty: false }, null) when finding.NeedsNonconformity && finding.Nonconformity is null => null,
            (null, { IsEmpty: false }) when finding.NeedsImprovement && finding.Improvement is null => null,
            (not null, null) => FormattableString.Invariant($"Finding {linked.Finding} ({finding.Kind}) does not need a nonconformity record, or has one."),
            (null, not null) => FormattableString.Invariant($"Finding {linked.Finding} ({finding.Kind}) does not need an improvement item, or has one."),
            _ => "A link names exactly one nonconformity or improvement.",
        };
    }

    private void Link(AuditFindingLinked linked)
    {
        Throw(LinkRuleBroken(linked), "finding");
        Authorise(AuditTrigger.LinkFinding, linked.Actor, linked.At);
        Record(linked);
    }

    private void Authorise(AuditTrigger trigger, Actor by, Instant at) =>
        AuditLifecycle.Instance.Authorise(this, _roles, this, State, new(trigger, by, at));

    private void Move(AuditTrigger trigger, AuditState to, Actor by, Instant at)
    {
        Authorise(trigger, by, at);
        Record(new AuditStatusChanged(at, by, to));
    }

    /// <summary>Applies an event's data once the table allowed it; returns the rule its data breaks, or null.</summary>
    private string? ApplyData(AuditEvent domainEvent)
    {
        switch (domainEvent)
        {
            case AuditWaiverApproved approved:
                if (WaiverRuleBrokenText(approved) is { } waiver)
                {
                    return waiver;
                }

                _waivers.Add(new AuditWaiver(approved.Auditor, approved.Process, approved.Justification, approved.Actor.Id, approved.At));
                break;
            case AuditPrepared prepared:
                if (prepared.Plan is null || PlanRuleBroken(prepared.Plan) is not null || prepared.Conflicts is null)
                {
                    return "a prepared audit has a valid plan: " + (prepared.Plan is null ? "none" : PlanRuleBroken(prepared.Plan));
                }

                Plan = prepared.Plan;
                Scope = prepared.Plan.Scope;
                Dates = prepared.Plan.Dates;
                Conflicts = [.. prepared.Conflicts];
                break;
            case AuditPostponed postponed:
                if (postponed.Dates is null || !IsText(postponed.Reason))
                {
                    return "a postponement has new dates and a reason";
                }

                Dates = postponed.Dates;
                Reason = postponed.Reason;
                break;
            case AuditCancelled cancelled:
                if (!IsText(cancelled.Reason))
                {
                    return "a cancellation has a reason";
                }

                Reason = cancelled.Reason;
                break;
            case AuditStarted started:
                if (started.Conflicts is null)
                {
                    return "a start records the conflicts found (none: an empty list)";
                }

                Conflicts = [.. started.Conflicts];
                StartedAt = started.At;
                break;
            case AuditFindingRecorded recorded:
                if (FindingRuleBroken(recorded) is { } finding)
                {
                    return finding.Rule;
                }

                _findings.Add(new AuditFinding(_findings.Count + 1, recorded.Kind, recorded.Requirement, recorded.Evidence, recorded.Statement, recorded.Actor.Id, recorded.At, [], null, null, null));
                break;
            case AuditRaisedToMajor raised:
                if (raised.Minors is null || RaiseRuleBroken(raised) is { } raise)
                {
                    return "minors raised to a major are at least two unraised minors on one requirement, with a decision";
                }

                int major = _findings.Count + 1;
                var first = _findings[raised.Minors[0] - 1];
                foreach (int minor in raised.Minors)
                {
                    _findings[minor - 1] = _findings[minor - 1] with { RaisedInto = major };
                }

                _findings.Add(new AuditFinding(major, FindingKind.MajorNonconformity, first.Requirement, string.Join("; ", raised.Minors.Select(n => _findings[n - 1].Evidence)), raised.Decision, raised.Actor.Id, raised.At, [.. raised.Minors], null, null, null));
                break;
            case AuditReported reported:
                if (reported.Recipients is null || ReportRuleBroken(reported) is not null)
                {
                    return "a report has recipients and a summary";
                }

                ReportedTo = [.. reported.Recipients];
                ReportSummary = reported.Summary;
                break;
            case AuditFindingLinked linked:
                if (LinkRuleBroken(linked) is { } link)
                {
                    return link;
                }

                _findings[linked.Finding - 1] = _findings[linked.Finding - 1] with { Nonconformity = linked.Nonconformity, Improvement = linked.Improvement };
                break;
        }

        return null;
    }
}
