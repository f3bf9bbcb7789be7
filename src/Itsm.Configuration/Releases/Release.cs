using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Configuration;

/// <summary>
/// A release (ISO/IEC 20000-1 8.5.3): one or more authorised changes built, tested against acceptance criteria,
/// accepted by a designated person who is not the builder, scheduled, deployed after a baseline of the affected
/// configuration items is captured, and verified with the items' updates recorded; or rolled back, recorded.
/// </summary>
/// <remarks>
/// <para>
/// Every command takes the acting <see cref="Actor"/> and the <see cref="Instant"/> (never before the last accepted
/// command), is checked by the role policy (<see cref="ReleaseRoles"/>) and the Stateless lifecycle, and records an
/// event; a refused command throws (<see cref="CommandNotAuthorizedException"/>, <see cref="InvalidTransitionException"/>
/// or an <see cref="ArgumentException"/>) and changes nothing.
/// </para>
/// <para>The release names changes, problems, known errors and items by id: Configuration never references the Changes
/// or Incidents packages; the host vouches that the changes are authorised. Mutable; not thread-safe.</para>
/// </remarks>
public sealed class Release : EventSourcedAggregate<ReleaseEvent>
{
    /// <summary>The longest title or criterion.</summary>
    public const int MaxTitleLength = 500;

    /// <summary>The longest free text (evidence, reasons, records).</summary>
    public const int MaxTextLength = 4000;

    private static readonly RecordCreation CreationRules = new(typeof(ReleasePlanned), "a release", "planned", "plan");

    private readonly RolePolicy<Release, ReleaseTrigger> _roles;
    private readonly List<Id<Kinds.Change>> _changes = [];
    private readonly List<string> _criteria = [];
    private readonly Dictionary<string, CriterionResult> _results = new(StringComparer.Ordinal);
    private readonly List<Id<Kinds.Problem>> _problems = [];
    private readonly List<Id<Kinds.KnownError>> _knownErrors = [];

    private Release(RolePolicy<Release, ReleaseTrigger> roles) => _roles = roles;

    /// <inheritdoc />
    public override string RecordType => nameof(Release);

    /// <inheritdoc />
    public override string RecordId => Id.Value;

    /// <summary>Gets the release's id.</summary>
    public Id<Kinds.Release> Id { get; private set; }

    /// <summary>Gets its type.</summary>
    public ReleaseType Type { get; private set; }

    /// <summary>Gets its title.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>Gets when it was planned.</summary>
    public Instant PlannedAt { get; private set; }

    /// <summary>Gets the state.</summary>
    public ReleaseState State { get; private set; }

    /// <summary>Gets the authorised changes it deploys, in the order linked.</summary>
    public IReadOnlyList<Id<Kinds.Change>> Changes => _changes;

    /// <summary>Gets the configuration items it affects.</summary>
    public IReadOnlyList<Id<Kinds.ConfigurationItem>> Items { get; private set; } = [];

    /// <summary>Gets the problems it closes.</summary>
    public IReadOnlyList<Id<Kinds.Problem>> Problems => _problems;

    /// <summary>Gets the known errors it closes.</summary>
    public IReadOnlyList<Id<Kinds.KnownError>> KnownErrors => _knownErrors;

    /// <summary>Gets its acceptance criteria, in the order added.</summary>
    public IReadOnlyList<string> Criteria => _criteria;

    /// <summary>Gets each tested criterion's latest result, in the order of <see cref="Criteria"/>.</summary>
    public IReadOnlyList<CriterionResult> Results => [.. _criteria.Where(_results.ContainsKey).Select(c => _results[c])];

    /// <summary>Gets the criteria that have not passed (untested, or failed at their latest test), in order.</summary>
    public IReadOnlyList<string> UnpassedCriteria => [.. _criteria.Where(c => !(_results.TryGetValue(c, out var r) && r.Passed))];

    /// <summary>Gets who builds it (an actor id).</summary>
    public string Builder { get; private set; } = string.Empty;

    /// <summary>Gets who accepts it (an actor id).</summary>
    public string Acceptor { get; private set; } = string.Empty;

    /// <summary>Gets the acceptance, once accepted.</summary>
    public ReleaseAcceptance? Acceptance { get; private set; }

    /// <summary>Gets the deployment window, once scheduled.</summary>
    public Interval? Window { get; private set; }

    /// <summary>Gets the baseline captured before deployment, once recorded.</summary>
    public Id<Kinds.Baseline>? Baseline { get; private set; }

    /// <summary>Gets when that baseline was taken.</summary>
    public Instant? BaselineTakenAt { get; private set; }

    /// <summary>Gets the affected items' versions the baseline holds.</summary>
    public IReadOnlyList<ItemVersion> BaselineItems { get; private set; } = [];

    /// <summary>Gets when deployment started.</summary>
    public Instant? DeploymentStartedAt { get; private set; }

    /// <summary>Gets how a failure during the deployment was remedied, if one was.</summary>
    public string? Remedy { get; private set; }

    /// <summary>Gets what failed and how it was rolled back, once rolled back.</summary>
    public string? RollbackRecord { get; private set; }

    /// <summary>Gets the items' versions the deployment led to, once verified.</summary>
    public IReadOnlyList<ItemVersion> Updates { get; private set; } = [];

    /// <inheritdoc />
    protected override RecordCreation Creation => CreationRules;

    /// <summary>Plans a release.</summary>
    /// <param name="id">The release's id.</param>
    /// <param name="type">Its type.</param>
    /// <param name="title">Its title; not blank, at most <see cref="MaxTitleLength"/> characters.</param>
    /// <param name="changes">The authorised changes it deploys: at least one, each once.</param>
    /// <param name="items">The configuration items it affects: at least one, each once.</param>
    /// <param name="criteria">Its acceptance criteria (more may be added until testing ends): each once, not blank.</param>
    /// <param name="builder">Who builds it (an actor id).</param>
    /// <param name="acceptor">Who accepts it (an actor id): not the builder.</param>
    /// <param name="by">Who plans it.</param>
    /// <param name="at">When.</param>
    /// <param name="roles">The role policy; <see cref="ReleaseRoles.Default"/> when null.</param>
    /// <returns>The release, Planned.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An argument breaks its rule; the message names it.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The type is not defined.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not plan releases.</exception>
    public static Release Plan(
        Id<Kinds.Release> id,
        ReleaseType type,
        string title,
        IEnumerable<Id<Kinds.Change>> changes,
        IEnumerable<Id<Kinds.ConfigurationItem>> items,
        IEnumerable<string> criteria,
        string builder,
        string acceptor,
        Actor by,
        Instant at,
        RolePolicy<Release, ReleaseTrigger>? roles = null)
    {
        Preconditions.CheckNotNull(changes);
        Preconditions.CheckNotNull(items);
        Preconditions.CheckNotNull(criteria);
        Id<Kinds.Change>[] changeIds = [.. changes];
        Id<Kinds.ConfigurationItem>[] itemIds = [.. items];
        string[] criteriaTexts = [.. criteria];
        var planned = new ReleasePlanned(at, Preconditions.CheckNotNull(by), id, type, title, changeIds, itemIds, criteriaTexts, builder, acceptor);
        if (PlanRuleBroken(planned) is { } broken)
        {
            throw broken.Param == nameof(type) ? new ArgumentOutOfRangeException(nameof(type), type, broken.Rule) : new ArgumentException(broken.Rule, broken.Param);
        }

        var release = new Release(roles ?? ReleaseRoles.Default) { Id = id };
        ReleaseLifecycle.Instance.Authorise(release, release._roles, release, ReleaseState.Planned, new(ReleaseTrigger.Plan, by, at));
        release.Record(planned);
        return release;
    }

    /// <summary>Rebuilds a release from its events.</summary>
    /// <param name="events">The events, oldest first.</param>
    /// <param name="roles">The role policy; <see cref="ReleaseRoles.Default"/> when null.</param>
    /// <returns>The release.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="InvalidHistoryException">The history is not one a release can have.</exception>
    /// <remarks>Like every record's replay, this asks neither the role policy nor the lifecycle's guards: they held when
    /// the commands were accepted. A history from elsewhere that breaks them loads, and the compliance specifications
    /// (<see cref="ReleasesDeployedWithoutBaselineSpec"/>) find it.</remarks>
    public static Release FromEvents(IEnumerable<ReleaseEvent> events, RolePolicy<Release, ReleaseTrigger>? roles = null)
    {
        var release = new Release(roles ?? ReleaseRoles.Default);
        release.Replay(events);
        return release;
    }

    /// <summary>Returns whether an actor is the designated acceptor (and not the builder).</summary>
    /// <param name="actorId">The actor's id.</param>
    /// <returns>True when they may accept or refuse.</returns>
    public bool IsAcceptor(string actorId) => string.Equals(actorId, Acceptor, StringComparison.Ordinal) && !string.Equals(actorId, Builder, StringComparison.Ordinal);

    /// <summary>Adds an acceptance criterion (while planned, building or testing).</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="criterion">The criterion: not blank, not one the release has.</param>
    /// <exception cref="ArgumentException">The criterion breaks the rule.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">Testing is over.</exception>
    public void AddCriterion(Actor by, Instant at, string criterion)
    {
        if ((CriterionRuleBroken(criterion) ?? (_criteria.Contains(criterion) ? $"'{criterion}' is an acceptance criterion of {Id} already." : null)) is { } broken)
        {
            throw new ArgumentException(broken, nameof(criterion));
        }

        Authorise(ReleaseTrigger.AddCriterion, by, at);
        Record(new ReleaseCriterionAdded(at, by, criterion));
    }

    /// <summary>Links another authorised change the release deploys.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="change">The change; not linked yet.</param>
    /// <exception cref="ArgumentException">An empty or already linked id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The release is closed.</exception>
    public void LinkChange(Actor by, Instant at, Id<Kinds.Change> change) => Link(new ReleaseLinked(at, by, change, null, null), by, at);

    /// <summary>Links a problem the release closes.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="problem">The problem; not linked yet.</param>
    /// <exception cref="ArgumentException">An empty or already linked id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The release is closed.</exception>
    public void LinkProblem(Actor by, Instant at, Id<Kinds.Problem> problem) => Link(new ReleaseLinked(at, by, null, problem, null), by, at);

    /// <summary>Links a known error the release closes.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="knownError">The known error; not linked yet.</param>
    /// <exception cref="ArgumentException">An empty or already linked id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The release is closed.</exception>
    public void LinkKnownError(Actor by, Instant at, Id<Kinds.KnownError> knownError) => Link(new ReleaseLinked(at, by, null, null, knownError), by, at);

    /// <summary>Starts building.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The release is not planned.</exception>
    public void StartBuild(Actor by, Instant at) => Move(ReleaseTrigger.StartBuild, ReleaseState.Building, by, at);

    /// <summary>Starts testing.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The release is not being built.</exception>
    public void StartTesting(Actor by, Instant at) => Move(ReleaseTrigger.StartTesting, ReleaseState.Testing, by, at);

    /// <summary>Records a criterion's test result (while testing; a later result replaces an earlier one).</summary>
    /// <param name="by">Who tested.</param>
    /// <param name="at">When.</param>
    /// <param name="criterion">The criterion; one of <see cref="Criteria"/>.</param>
    /// <param name="passed">Whether it passed.</param>
    /// <param name="evidence">What shows it; not blank.</param>
    /// <exception cref="ArgumentException">An unknown criterion or blank evidence.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The release is not being tested.</exception>
    public void RecordTestResult(Actor by, Instant at, string criterion, bool passed, string evidence)
    {
        Preconditions.CheckArgument(criterion is not null && _criteria.Contains(criterion), nameof(criterion), $"'{criterion}' is not an acceptance criterion of {Id} ({string.Join("; ", _criteria)}).");
        CheckText(evidence, nameof(evidence), "A test result says what shows it");
        Authorise(ReleaseTrigger.RecordTestResult, by, at);
        Record(new ReleaseTestResultRecorded(at, by, criterion, passed, evidence));
    }

    /// <summary>Asks the designated acceptor to accept (at least one criterion defined).</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The release is not being tested, or has no criterion.</exception>
    public void RequestAcceptance(Actor by, Instant at) => Move(ReleaseTrigger.RequestAcceptance, ReleaseState.AwaitingAcceptance, by, at);

    /// <summary>Accepts the release: every criterion passed, or with a decision to proceed recorded.</summary>
    /// <param name="by">The designated acceptor (never the builder).</param>
    /// <param name="at">When.</param>
    /// <param name="decisionToProceed">Why the release proceeds although some criteria did not pass; needed then, recorded
    /// whenever given.</param>
    /// <exception cref="ArgumentException">The decision is too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor is not the designated acceptor.</exception>
    /// <exception cref="InvalidTransitionException">The release is not awaiting acceptance, or a criterion did not pass
    /// and no decision to proceed is given.</exception>
    public void Accept(Actor by, Instant at, string? decisionToProceed = null)
    {
        string? decision = string.IsNullOrWhiteSpace(decisionToProceed) ? null : decisionToProceed;
        if (decision is not null)
        {
            CheckText(decision, nameof(decisionToProceed), "A decision to proceed");
        }

        ReleaseLifecycle.Instance.Authorise(this, _roles, this, State, new(ReleaseTrigger.Accept, by, at, decision));
        Record(new ReleaseAccepted(at, by, decision));
    }

    /// <summary>Refuses acceptance: the release goes back to building.</summary>
    /// <param name="by">The designated acceptor.</param>
    /// <param name="at">When.</param>
    /// <param name="reason">Why; not blank.</param>
    /// <exception cref="ArgumentException">The reason is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor is not the designated acceptor.</exception>
    /// <exception cref="InvalidTransitionException">The release is not awaiting acceptance.</exception>
    public void RefuseAcceptance(Actor by, Instant at, string reason)
    {
        CheckText(reason, nameof(reason), "A refusal says why");
        Authorise(ReleaseTrigger.RefuseAcceptance, by, at);
        Record(new ReleaseAcceptanceRefused(at, by, reason));
    }

    /// <summary>Schedules the deployment, or moves it while scheduled.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="window">The deployment window: bounded, starting no earlier than <paramref name="at"/>.</param>
    /// <exception cref="ArgumentException">The window is unbounded, empty or starts before <paramref name="at"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The release is neither accepted nor scheduled.</exception>
    public void Schedule(Actor by, Instant at, Interval window)
    {
        Preconditions.CheckArgument(
            window.HasStart && window.HasEnd && window.End > window.Start && window.Start >= at,
            nameof(window),
            $"A deployment window is bounded, not empty, and starts no earlier than when it is scheduled ({at}), not {window}.");
        Authorise(ReleaseTrigger.Schedule, by, at);
        Record(new ReleaseScheduled(at, by, window));
    }

    /// <summary>Records the baseline of the affected items, captured before deployment (a later one replaces it).</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="baseline">The baseline: taken no later than <paramref name="at"/>, holding every item of
    /// <see cref="Items"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="baseline"/> is null.</exception>
    /// <exception cref="ArgumentException">The baseline is taken later, or lacks an affected item (named).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">Deployment has started.</exception>
    public void RecordBaseline(Actor by, Instant at, Baseline baseline)
    {
        Preconditions.CheckNotNull(baseline);
        Preconditions.CheckArgument(baseline.TakenAt <= at, nameof(baseline), $"Baseline {baseline.Id} was taken at {baseline.TakenAt}, after it is recorded at {at}.");
        var missing = Items.Where(i => !baseline.Contains(i)).ToArray();
        Preconditions.CheckArgument(missing.Length == 0, nameof(baseline), $"Baseline {baseline.Id} lacks items release {Id} affects: {string.Join(", ", missing)}.");
        Authorise(ReleaseTrigger.RecordBaseline, by, at);
        Record(new ReleaseBaselineRecorded(at, by, baseline.Id, baseline.TakenAt, [.. Items.Select(i => new ItemVersion(i, baseline.Find(i)!.Version))]));
    }

    /// <summary>Starts deploying (a baseline is recorded).</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The release is not scheduled, or has no baseline.</exception>
    public void StartDeployment(Actor by, Instant at) => Move(ReleaseTrigger.StartDeployment, ReleaseState.Deploying, by, at);

    /// <summary>Completes the deployment.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="remedy">How a failure during the deployment was remedied, if one was.</param>
    /// <exception cref="ArgumentException">The remedy is too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The release is not being deployed.</exception>
    public void CompleteDeployment(Actor by, Instant at, string? remedy = null)
    {
        string? text = string.IsNullOrWhiteSpace(remedy) ? null : remedy;
        if (text is not null)
        {
            CheckText(text, nameof(remedy), "A remedy");
        }

        Authorise(ReleaseTrigger.CompleteDeployment, by, at);
        Record(new ReleaseDeployed(at, by, text));
    }

    /// <summary>Rolls a failed deployment back.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="rollback">What failed and how it was rolled back; not blank.</param>
    /// <exception cref="ArgumentException">The record is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The release is not being deployed.</exception>
    public void RollBack(Actor by, Instant at, string rollback)
    {
        CheckText(rollback, nameof(rollback), "A rollback records what failed and how it was rolled back");
        Authorise(ReleaseTrigger.RollBack, by, at);
        Record(new ReleaseRolledBack(at, by, rollback));
    }

    /// <summary>Verifies the deployment, recording the affected items' new versions.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <param name="updates">The items' versions the deployment led to: at least one, each an affected item, once, at a
    /// version after the one the baseline holds.</param>
    /// <exception cref="ArgumentNullException"><paramref name="updates"/> is null.</exception>
    /// <exception cref="ArgumentException">An update breaks the rule; the message names it.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The release is not deployed.</exception>
    public void Verify(Actor by, Instant at, IEnumerable<ItemVersion> updates)
    {
        ItemVersion[] recorded = [.. Preconditions.CheckNotNull(updates)];
        if (UpdatesRuleBroken(recorded) is { } broken)
        {
            throw new ArgumentException(broken, nameof(updates));
        }

        Authorise(ReleaseTrigger.Verify, by, at);
        Record(new ReleaseVerified(at, by, recorded));
    }

    /// <summary>Closes a verified or rolled-back release.</summary>
    /// <param name="by">Who.</param>
    /// <param name="at">When.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the last command.</exception>
    /// <exception cref="CommandNotAuthorizedException">The actor may not.</exception>
    /// <exception cref="InvalidTransitionException">The release is neither verified nor rolled back.</exception>
    public void Close(Actor by, Instant at) => Move(ReleaseTrigger.Close, ReleaseState.Closed, by, at);

    /// <summary>Lists the rules that stop a command now, without throwing.</summary>
    /// <param name="trigger">The command.</param>
    /// <param name="actor">Who would act.</param>
    /// <param name="at">When.</param>
    /// <param name="decisionToProceed">The decision to proceed an acceptance would record, if any.</param>
    /// <returns>The unmet rules.</returns>
    public IReadOnlyList<string> UnmetRules(ReleaseTrigger trigger, Actor actor, Instant at, string? decisionToProceed = null) =>
        ReleaseLifecycle.Instance.UnmetRules(this, _roles, this, State, new(trigger, actor, at, string.IsNullOrWhiteSpace(decisionToProceed) ? null : decisionToProceed));

    /// <summary>Draws the release lifecycle as a Mermaid state diagram, generated from its Stateless configuration.</summary>
    /// <returns>The Mermaid text.</returns>
    public static string LifecycleDiagram() => ReleaseLifecycle.Instance.ToMermaid();

    /// <inheritdoc />
    protected override void ApplyCreation(ReleaseEvent domainEvent)
    {
        var planned = (ReleasePlanned)domainEvent;
        if (PlanRuleBroken(planned) is { } broken)
        {
            throw History(domainEvent, broken.Rule);
        }

        Id = planned.Id;
        Type = planned.Type;
        Title = planned.Title;
        PlannedAt = planned.At;
        _changes.AddRange(planned.Changes);
        Items = [.. planned.Items];
        _criteria.AddRange(planned.Criteria);
        Builder = planned.Builder;
        Acceptor = planned.Acceptor;
        State = ReleaseState.Planned;
    }

    /// <inheritdoc />
    protected override void Apply(ReleaseEvent domainEvent)
    {
        var trigger = domainEvent switch
        {
            ReleaseCriterionAdded => ReleaseTrigger.AddCriterion,
            ReleaseLinked => ReleaseTrigger.Link,
            ReleaseStatusChanged { To: ReleaseState.Building } => ReleaseTrigger.StartBuild,
            ReleaseStatusChanged { To: ReleaseState.Testing } => ReleaseTrigger.StartTesting,
            ReleaseStatusChanged { To: ReleaseState.AwaitingAcceptance } => ReleaseTrigger.RequestAcceptance,
            ReleaseStatusChanged { To: ReleaseState.Deploying } => ReleaseTrigger.StartDeployment,
            ReleaseStatusChanged { To: ReleaseState.Closed } => ReleaseTrigger.Close,
            ReleaseStatusChanged => throw History(domainEvent, "a release's plain status change leads to Building, Testing, AwaitingAcceptance, Deploying or Closed"),
            ReleaseTestResultRecorded => ReleaseTrigger.RecordTestResult,
            ReleaseAccepted => ReleaseTrigger.Accept,
            ReleaseAcceptanceRefused => ReleaseTrigger.RefuseAcceptance,
            ReleaseScheduled => ReleaseTrigger.Schedule,
            ReleaseBaselineRecorded => ReleaseTrigger.RecordBaseline,
            ReleaseDeployed => ReleaseTrigger.CompleteDeployment,
            ReleaseRolledBack => ReleaseTrigger.RollBack,
            ReleaseVerified => ReleaseTrigger.Verify,
            _ => throw History(domainEvent, $"{domainEvent.GetType().Name} is not a release event this version knows"),
        };
        var state = Follow(ReleaseLifecycle.Instance, domainEvent, State, trigger);
        if (ApplyData(domainEvent) is { } broken)
        {
            throw History(domainEvent, broken);
        }

        State = state;
    }

    private static (string Param, string Rule)? PlanRuleBroken(ReleasePlanned planned) =>
        planned.Id.IsEmpty ? ("id", "a release needs an id")
        : !Enum.IsDefined(planned.Type) ? ("type", $"{planned.Type} is not a release type (Major, Minor or Emergency)")
        : planned.Title is null || planned.Title.Length > MaxTitleLength || string.IsNullOrWhiteSpace(planned.Title) ? ("title", FormattableString.Invariant($"a release's title is not blank and has at most {MaxTitleLength} characters"))
        : planned.Changes is null || planned.Changes.Count == 0 || planned.Changes.Any(c => c.IsEmpty) || planned.Changes.Distinct().Count() != planned.Changes.Count ? ("changes", "a release deploys at least one authorised change, each named once")
        : planned.Items is null || planned.Items.Count == 0 || planned.Items.Any(c => c.IsEmpty) || planned.Items.Distinct().Count() != planned.Items.Count ? ("items", "a release affects at least one configuration item, each named once")
        : planned.Criteria is null || planned.Criteria.Any(c => CriterionRuleBroken(c) is not null) || planned.Criteria.Distinct(StringComparer.Ordinal).Count() != planned.Criteria.Count ? ("criteria", FormattableString.Invariant($"each acceptance criterion is given once, not blank, with at most {MaxTitleLength} characters"))
        : string.IsNullOrWhiteSpace(planned.Builder) || string.IsNullOrWhiteSpace(planned.Acceptor) ? ("builder", "a release names its builder and its acceptor")
        : string.Equals(planned.Builder, planned.Acceptor, StringComparison.Ordinal) ? ("acceptor", $"a release is accepted by someone other than its builder, and '{planned.Acceptor}' builds it")
        : null;

    private static string? CriterionRuleBroken(string? criterion) =>
        criterion is null || criterion.Length > MaxTitleLength || string.IsNullOrWhiteSpace(criterion)
            ? FormattableString.Invariant($"'{criterion}' is not an acceptance criterion: criteria are not blank and have at most {MaxTitleLength} characters")
            : null;

    private static void CheckText(string? text, string paramName, string what) => Preconditions.CheckText(text, MaxTextLength, paramName, what);

    private string? UpdatesRuleBroken(IReadOnlyList<ItemVersion>? updates)
    {
        if (updates is null || updates.Count == 0)
        {
            return "A verification records at least one configuration item's update.";
        }

        var seen = new HashSet<Id<Kinds.ConfigurationItem>>();
        foreach (var update in updates)
        {
            if (!Items.Contains(update.Item))
            {
                return $"{update.Item} is not an item release {Id} affects ({string.Join(", ", Items)}).";
            }

            if (!seen.Add(update.Item))
            {
                return $"{update.Item} is updated once, not twice.";
            }

            int before = BaselineItems.FirstOrDefault(b => b.Item == update.Item).Version;
            if (update.Version <= before)
            {
                return FormattableString.Invariant($"{update.Item} is updated to a version after the baseline's {before}, not {update.Version}.");
            }
        }

        return null;
    }

    private void Link(ReleaseLinked linked, Actor by, Instant at)
    {
        if (LinkRuleBroken(linked) is { } broken)
        {
            throw new ArgumentException(broken, linked.Change is not null ? "change" : linked.Problem is not null ? "problem" : "knownError");
        }

        Authorise(ReleaseTrigger.Link, by, at);
        Record(linked);
    }

    private string? LinkRuleBroken(ReleaseLinked linked) => (linked.Change, linked.Problem, linked.KnownError) switch
    {
        ({ } change, null, null) => change.IsEmpty ? "A change id is not empty." : _changes.Contains(change) ? $"{change} is linked to {Id} already." : null,
        (null, { } problem, null) => problem.IsEmpty ? "A problem id is not empty." : _problems.Contains(problem) ? $"{problem} is linked to {Id} already." : null,
        (null, null, { } knownError) => knownError.IsEmpty ? "A known error id is not empty." : _knownErrors.Contains(knownError) ? $"{knownError} is linked to {Id} already." : null,
        _ => "a link names exactly one change, problem or known error",
    };

    private void Authorise(ReleaseTrigger trigger, Actor by, Instant at) =>
        ReleaseLifecycle.Instance.Authorise(this, _roles, this, State, new(trigger, by, at));

    private void Move(ReleaseTrigger trigger, ReleaseState to, Actor by, Instant at)
    {
        Authorise(trigger, by, at);
        Record(new ReleaseStatusChanged(at, by, to));
    }

    /// <summary>Applies an event's data once the table allowed it; returns the rule its data breaks, or null.</summary>
    private string? ApplyData(ReleaseEvent domainEvent)
    {
        switch (domainEvent)
        {
            case ReleaseCriterionAdded added:
                if (CriterionRuleBroken(added.Criterion) is { } broken || _criteria.Contains(added.Criterion))
                {
                    return "each acceptance criterion is added once, not blank";
                }

                _criteria.Add(added.Criterion);
                break;
            case ReleaseLinked linked:
                if (LinkRuleBroken(linked) is { } linkBroken)
                {
                    return linkBroken;
                }

                if (linked.Change is { } change)
                {
                    _changes.Add(change);
                }
                else if (linked.Problem is { } problem)
                {
                    _problems.Add(problem);
                }
                else
                {
                    _knownErrors.Add(linked.KnownError!.Value);
                }

                break;
            case ReleaseStatusChanged { To: ReleaseState.Deploying }:
                DeploymentStartedAt = domainEvent.At;
                break;
            case ReleaseTestResultRecorded result:
                if (result.Criterion is null || !_criteria.Contains(result.Criterion) || string.IsNullOrWhiteSpace(result.Evidence))
                {
                    return "a test result is of one of the release's criteria, with evidence";
                }

                _results[result.Criterion] = new CriterionResult(result.Criterion, result.Passed, result.Evidence, result.Actor.Id, result.At);
                break;
            case ReleaseAccepted accepted:
                Acceptance = new ReleaseAcceptance(accepted.Actor.Id, accepted.At, string.IsNullOrWhiteSpace(accepted.DecisionToProceed) ? null : accepted.DecisionToProceed);
                break;
            case ReleaseAcceptanceRefused refused when string.IsNullOrWhiteSpace(refused.Reason):
                return "a refusal says why";
            case ReleaseScheduled scheduled:
                if (!scheduled.Window.HasStart || !scheduled.Window.HasEnd || scheduled.Window.End <= scheduled.Window.Start)
                {
                    return "a deployment window is bounded and not empty";
                }

                Window = scheduled.Window;
                break;
            case ReleaseBaselineRecorded recorded:
                if (recorded.Baseline.IsEmpty || recorded.TakenAt > recorded.At || recorded.Items is null
                    || recorded.Items.Count != Items.Count || !Items.All(i => recorded.Items.Any(v => v.Item == i && v.Version >= 1)))
                {
                    return "a baseline is taken before it is recorded and holds every affected item once";
                }

                Baseline = recorded.Baseline;
                BaselineTakenAt = recorded.TakenAt;
                BaselineItems = [.. recorded.Items];
                break;
            case ReleaseDeployed deployed:
                Remedy = string.IsNullOrWhiteSpace(deployed.Remedy) ? null : deployed.Remedy;
                break;
            case ReleaseRolledBack rolledBack:
                if (string.IsNullOrWhiteSpace(rolledBack.Rollback))
                {
                    return "a rollback records what failed and how it was rolled back";
                }

                RollbackRecord = rolledBack.Rollback;
                break;
            case ReleaseVerified verified:
                if (UpdatesRuleBroken(verified.Updates) is { } updatesBroken)
                {
                    return updatesBroken;
                }

                Updates = [.. verified.Updates];
                break;
        }

        return null;
    }
}
