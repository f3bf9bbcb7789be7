using System.Collections.Generic;
using Itsm.Core;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Incidents;

/// <summary>
/// A known error: a problem whose root cause or workaround is known, made available to incident management. Created in
/// draft by its problem (<see cref="Problem.IdentifyKnownError"/>), revised while a draft, published with a workaround,
/// then retired or superseded by another known error.
/// </summary>
/// <remarks>
/// <para>
/// Every command takes the acting <see cref="Actor"/> and the <see cref="Instant"/> (never before the last accepted
/// command), is checked first by the role policy of the <see cref="KnownErrorSettings"/> and then by the Stateless
/// lifecycle (<c>KnownErrorLifecycle.cs</c>), and records an event. A refused command throws and changes nothing.
/// Nothing about a known error is time-driven, so it has no <c>Advance</c>.
/// </para>
/// <para>Incidents apply the <see cref="Workaround"/> of a known error only while it <see cref="IsPublished"/>.</para>
/// <para>Mutable; not thread-safe (one thread at a time per known error).</para>
/// </remarks>
public sealed partial class KnownError : EventSourcedAggregate<KnownErrorEvent>
{
    private static readonly RecordCreation CreationRules = new(
        typeof(KnownErrorDrafted), "a known error", "drafted", "draft", "a known error is drafted once, by its problem's IdentifyKnownError");

    private readonly KnownErrorSettings _settings;

    private KnownError(KnownErrorSettings settings) => _settings = settings;

    /// <inheritdoc />
    public override string RecordType => nameof(KnownError);

    /// <inheritdoc />
    public override string RecordId => Id.Value;

    /// <inheritdoc />
    protected override RecordCreation Creation => CreationRules;

    /// <summary>Gets the known error's id.</summary>
    public Id<Kinds.KnownError> Id { get; private set; }

    /// <summary>Gets the problem that identified it.</summary>
    public Id<Kinds.Problem> Problem { get; private set; }

    /// <summary>Gets the symptom, as incident management searches for it.</summary>
    public string Symptom { get; private set; } = string.Empty;

    /// <summary>Gets the root cause; null when only a workaround is known.</summary>
    public string? RootCause { get; private set; }

    /// <summary>Gets the workaround; null when none is known (a known error is published only with one).</summary>
    public string? Workaround { get; private set; }

    /// <summary>Gets the affected service (the problem's).</summary>
    public Id<Kinds.Service> Service { get; private set; }

    /// <summary>Gets the configuration items involved (the problem's).</summary>
    public IReadOnlyList<Id<Kinds.ConfigurationItem>> ConfigurationItems { get; private set; } = [];

    /// <summary>Gets the lifecycle state.</summary>
    public KnownErrorState State { get; private set; }

    /// <summary>Gets when it was drafted.</summary>
    public Instant DraftedAt { get; private set; }

    /// <summary>Gets when it was published; null unless it was.</summary>
    public Instant? PublishedAt { get; private set; }

    /// <summary>Gets how many times the draft was revised.</summary>
    public int RevisionCount { get; private set; }

    /// <summary>Gets why it was retired, once retired.</summary>
    public string? RetirementReason { get; private set; }

    /// <summary>Gets the known error that replaces it, once superseded.</summary>
    public Id<Kinds.KnownError>? SupersededBy { get; private set; }


    /// <summary>Gets a value indicating whether incidents may apply its workaround: it is published (and so has one).</summary>
    public bool IsPublished => State == KnownErrorState.Published;
}
