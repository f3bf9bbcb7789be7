using System.Collections.Immutable;
using Itsm.Core;
using Itsm.Core.Events;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Incidents;

/// <summary>The base of every <see cref="KnownError"/> event.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
public abstract record KnownErrorEvent(Instant At, Actor Actor) : DomainEvent(At, Actor);

/// <summary>A known error was created in draft by its problem.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Id">The known error's id.</param>
/// <param name="Problem">The problem that identified it.</param>
/// <param name="Symptom">The symptom incident management searches for.</param>
/// <param name="RootCause">The root cause, or null.</param>
/// <param name="Workaround">The workaround, or null.</param>
/// <param name="Service">The affected service (the problem's).</param>
/// <param name="ConfigurationItems">The configuration items involved (the problem's).</param>
[EventType("known-error.drafted", 1)]
public sealed record KnownErrorDrafted(
    Instant At,
    Actor Actor,
    Id<Kinds.KnownError> Id,
    Id<Kinds.Problem> Problem,
    string Symptom,
    string? RootCause,
    string? Workaround,
    Id<Kinds.Service> Service,
    ImmutableArray<Id<Kinds.ConfigurationItem>> ConfigurationItems) : KnownErrorEvent(At, Actor);

/// <summary>The draft was revised: its symptom, root cause and workaround are replaced.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Symptom">The symptom.</param>
/// <param name="RootCause">The root cause, or null.</param>
/// <param name="Workaround">The workaround, or null.</param>
[EventType("known-error.revised", 1)]
public sealed record KnownErrorRevised(Instant At, Actor Actor, string Symptom, string? RootCause, string? Workaround) : KnownErrorEvent(At, Actor);

/// <summary>The known error was published to incident management.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
[EventType("known-error.published", 1)]
public sealed record KnownErrorPublished(Instant At, Actor Actor) : KnownErrorEvent(At, Actor);

/// <summary>The known error was retired.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Reason">Why.</param>
[EventType("known-error.retired", 1)]
public sealed record KnownErrorRetired(Instant At, Actor Actor, string Reason) : KnownErrorEvent(At, Actor);

/// <summary>The known error was superseded by another one.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="By">The known error that replaces it.</param>
[EventType("known-error.superseded", 1)]
public sealed record KnownErrorSuperseded(Instant At, Actor Actor, Id<Kinds.KnownError> By) : KnownErrorEvent(At, Actor);
