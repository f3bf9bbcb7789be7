using System;
using Itsm.Core;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Documents;

/// <summary>
/// An external document the organisation uses (a law, a regulation, a standard, a customer's or a supplier's document):
/// registered with its issuer, reference, edition, owner and applicability, accepted for use, checked for currency by
/// a next check date, and in the end superseded by the registering of a newer edition or withdrawn.
/// </summary>
/// <remarks>
/// <para>
/// Every command takes the acting <see cref="Actor"/> and the <see cref="Instant"/> (never before the last accepted
/// command), is checked first by the role policy of the <see cref="ExternalDocumentSettings"/> and then by the Stateless
/// lifecycle (<c>ExternalDocumentLifecycle.cs</c>), and records an event. A refused command throws
/// (<see cref="Core.Actors.CommandNotAuthorizedException"/>, <see cref="InvalidTransitionException"/> or an
/// <see cref="ArgumentException"/>) and changes nothing.
/// </para>
/// <para>
/// Check dates are days (<see cref="LocalDate"/>) in the settings' time zone: a check due on a date is overdue from the
/// start of the next day. An overdue check is recorded as an event, once per check date, by <see cref="Advance"/>
/// (<see cref="ExternalDocumentCheckOverdue"/>): the lapse stays on the record as evidence even after a late check, and a
/// host arms one timer at <see cref="NextDueAt"/> instead of polling. A currency check recorded late without an
/// <see cref="Advance"/> in between counts as a missed check too (<see cref="MissedChecks"/>).
/// </para>
/// <para>Mutable; not thread-safe (one thread at a time per document).</para>
/// </remarks>
public sealed partial class ExternalDocument : EventSourcedAggregate<ExternalDocumentEvent>
{
    /// <summary>How this kind of record comes into being; the registers check histories by the same rules.</summary>
    internal static readonly RecordCreation CreationRules = new(typeof(ExternalDocumentIdentified), "an external document", "registered", "registering");

    private readonly ExternalDocumentSettings _settings;

    private ExternalDocument(ExternalDocumentSettings settings) => _settings = settings;

    /// <inheritdoc />
    public override string RecordType => nameof(ExternalDocument);

    /// <inheritdoc />
    public override string RecordId => Id.Value;

    /// <inheritdoc />
    protected override RecordCreation Creation => CreationRules;

    /// <summary>Gets the document's id.</summary>
    public Id<Kinds.ExternalDocument> Id { get; private set; }

    /// <summary>Gets what kind of document it is.</summary>
    public ExternalDocumentKind Kind { get; private set; }

    /// <summary>Gets who issues it.</summary>
    public string Issuer { get; private set; } = string.Empty;

    /// <summary>Gets the issuer's reference.</summary>
    public string Reference { get; private set; } = string.Empty;

    /// <summary>Gets the edition registered.</summary>
    public string Edition { get; private set; } = string.Empty;

    /// <summary>Gets the title.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>Gets who owns the document in the organisation.</summary>
    public Actor Owner { get; private set; } = null!;

    /// <summary>Gets where and how it applies.</summary>
    public string Applicability { get; private set; } = string.Empty;

    /// <summary>Gets when it was registered.</summary>
    public Instant IdentifiedAt { get; private set; }

    /// <summary>Gets the lifecycle state.</summary>
    public ExternalDocumentState State { get; private set; }

    /// <summary>Gets who accepted it for use; null before.</summary>
    public Actor? AcceptedBy { get; private set; }

    /// <summary>Gets when it was accepted for use; null before.</summary>
    public Instant? AcceptedAt { get; private set; }

    /// <summary>Gets the date by which the next currency check is due; null before acceptance (and kept after the document
    /// ends, for the record).</summary>
    public LocalDate? NextCheckOn { get; private set; }

    /// <summary>Gets when the next check becomes overdue: the start of the day after <see cref="NextCheckOn"/>; null
    /// before acceptance.</summary>
    public Instant? CheckOverdueFrom { get; private set; }

    /// <summary>Gets a value indicating whether the current check date passed and was recorded overdue (cleared by the next
    /// currency check).</summary>
    public bool IsCheckOverdue { get; private set; }

    /// <summary>Gets the last currency check; null before the first.</summary>
    public CurrencyCheck? LastCheck { get; private set; }

    /// <summary>Gets how many currency checks were recorded.</summary>
    public int CheckCount { get; private set; }

    /// <summary>Gets how many check dates passed without a check by then (each recorded overdue, or checked late).</summary>
    public int MissedChecks { get; private set; }

    /// <summary>Gets the document that registers the newer edition, once superseded.</summary>
    public Id<Kinds.ExternalDocument>? SupersededBy { get; private set; }

    /// <summary>Gets why the document was superseded or withdrawn, once it was.</summary>
    public string? EndReason { get; private set; }

    /// <summary>Gets when the document was superseded or withdrawn; null while it is not.</summary>
    public Instant? EndedAt { get; private set; }


    /// <summary>Gets a value indicating whether the document is in use (accepted, not superseded nor withdrawn).</summary>
    public bool IsInUse => State is ExternalDocumentState.AcceptedForUse or ExternalDocumentState.CurrencyChecked;

    /// <summary>Returns whether an instant is at or after the day the currency check becomes overdue (a guard).</summary>
    internal bool IsCheckDatePassedAt(Instant at) => CheckOverdueFrom is { } from && at >= from;

    /// <summary>Returns whether the document is in use and its currency check is overdue at an instant (whether or not
    /// <see cref="Advance"/> recorded it yet).</summary>
    /// <param name="at">The instant.</param>
    /// <returns>True when in use and <paramref name="at"/> is at or after <see cref="CheckOverdueFrom"/>.</returns>
    public bool IsCheckOverdueAt(Instant at) => IsInUse && CheckOverdueFrom is { } from && at >= from;
}
