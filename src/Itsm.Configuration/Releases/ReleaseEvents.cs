using System.Collections.Generic;
using Itsm.Core;
using Itsm.Core.Events;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Configuration;

/// <summary>An event in a release's history.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
public abstract record ReleaseEvent(Instant At, Actor Actor) : DomainEvent(At, Actor);

/// <summary>A release was planned.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Id">The release's id.</param>
/// <param name="Type">Its type.</param>
/// <param name="Title">Its title.</param>
/// <param name="Changes">The authorised changes it deploys.</param>
/// <param name="Items">The configuration items it affects.</param>
/// <param name="Criteria">Its acceptance criteria.</param>
/// <param name="Builder">Who builds it (an actor id).</param>
/// <param name="Acceptor">Who accepts it (an actor id; not the builder).</param>
[EventType("release.planned", 1)]
public sealed record ReleasePlanned(
    Instant At,
    Actor Actor,
    Id<Kinds.Release> Id,
    ReleaseType Type,
    string Title,
    IReadOnlyList<Id<Kinds.Change>> Changes,
    IReadOnlyList<Id<Kinds.ConfigurationItem>> Items,
    IReadOnlyList<string> Criteria,
    string Builder,
    string Acceptor) : ReleaseEvent(At, Actor);

/// <summary>An acceptance criterion was added.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Criterion">The criterion.</param>
[EventType("release.criterion-added", 1)]
public sealed record ReleaseCriterionAdded(Instant At, Actor Actor, string Criterion) : ReleaseEvent(At, Actor);

/// <summary>Another authorised change, or a problem or known error the release closes, was linked (exactly one).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Change">An authorised change the release deploys.</param>
/// <param name="Problem">A problem it closes.</param>
/// <param name="KnownError">A known error it closes.</param>
[EventType("release.linked", 1)]
public sealed record ReleaseLinked(Instant At, Actor Actor, Id<Kinds.Change>? Change, Id<Kinds.Problem>? Problem, Id<Kinds.KnownError>? KnownError) : ReleaseEvent(At, Actor);

/// <summary>The release moved on: building, testing, awaiting acceptance, deploying or closed.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="To">The new state.</param>
[EventType("release.status-changed", 1)]
public sealed record ReleaseStatusChanged(Instant At, Actor Actor, ReleaseState To) : ReleaseEvent(At, Actor);

/// <summary>A criterion's test result was recorded.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who tested.</param>
/// <param name="Criterion">The criterion.</param>
/// <param name="Passed">Whether it passed.</param>
/// <param name="Evidence">What shows it.</param>
[EventType("release.test-result-recorded", 1)]
public sealed record ReleaseTestResultRecorded(Instant At, Actor Actor, string Criterion, bool Passed, string Evidence) : ReleaseEvent(At, Actor);

/// <summary>The designated acceptor accepted the release.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The acceptor.</param>
/// <param name="DecisionToProceed">The decision to proceed although some criteria did not pass, if any.</param>
[EventType("release.accepted", 1)]
public sealed record ReleaseAccepted(Instant At, Actor Actor, string? DecisionToProceed) : ReleaseEvent(At, Actor);

/// <summary>The designated acceptor refused the release: back to building.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">The acceptor.</param>
/// <param name="Reason">Why.</param>
[EventType("release.acceptance-refused", 1)]
public sealed record ReleaseAcceptanceRefused(Instant At, Actor Actor, string Reason) : ReleaseEvent(At, Actor);

/// <summary>The deployment was scheduled (or moved).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Window">The deployment window.</param>
[EventType("release.scheduled", 1)]
public sealed record ReleaseScheduled(Instant At, Actor Actor, Interval Window) : ReleaseEvent(At, Actor);

/// <summary>The baseline of the affected items was recorded.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Baseline">The baseline's id.</param>
/// <param name="TakenAt">When it was taken.</param>
/// <param name="Items">The affected items' versions it holds.</param>
[EventType("release.baseline-recorded", 1)]
public sealed record ReleaseBaselineRecorded(Instant At, Actor Actor, Id<Kinds.Baseline> Baseline, Instant TakenAt, IReadOnlyList<ItemVersion> Items) : ReleaseEvent(At, Actor);

/// <summary>The deployment completed.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Remedy">How a failure during the deployment was remedied, if one was.</param>
[EventType("release.deployed", 1)]
public sealed record ReleaseDeployed(Instant At, Actor Actor, string? Remedy) : ReleaseEvent(At, Actor);

/// <summary>The deployment failed and was rolled back.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Rollback">What failed and how it was rolled back.</param>
[EventType("release.rolled-back", 1)]
public sealed record ReleaseRolledBack(Instant At, Actor Actor, string Rollback) : ReleaseEvent(At, Actor);

/// <summary>The deployment was verified, with the items' updates recorded.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Updates">The items' versions the deployment led to.</param>
[EventType("release.verified", 1)]
public sealed record ReleaseVerified(Instant At, Actor Actor, IReadOnlyList<ItemVersion> Updates) : ReleaseEvent(At, Actor);
