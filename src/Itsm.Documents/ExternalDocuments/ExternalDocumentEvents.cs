using Itsm.Core;
using Itsm.Core.Events;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Documents;

/// <summary>The base of every <see cref="ExternalDocument"/> event.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
public abstract record ExternalDocumentEvent(Instant At, Actor Actor) : DomainEvent(At, Actor);

/// <summary>An external document was registered.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who registered it.</param>
/// <param name="Id">The document's id.</param>
/// <param name="Kind">What kind of document it is.</param>
/// <param name="Issuer">Who issues it (a legislator, a standards body, a customer).</param>
/// <param name="Reference">The issuer's reference, for example <c>ISO/IEC 20000-1</c>.</param>
/// <param name="Edition">The edition registered, for example <c>2018</c>.</param>
/// <param name="Title">The title.</param>
/// <param name="Owner">Who owns the document in the organisation.</param>
/// <param name="Applicability">Where and how it applies (services, processes, clauses).</param>
[EventType("external-document.identified", 1)]
public sealed record ExternalDocumentIdentified(
    Instant At,
    Actor Actor,
    Id<Kinds.ExternalDocument> Id,
    ExternalDocumentKind Kind,
    string Issuer,
    string Reference,
    string Edition,
    string Title,
    Actor Owner,
    string Applicability) : ExternalDocumentEvent(At, Actor);

/// <summary>The document was accepted for use.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who accepted it.</param>
/// <param name="NextCheckOn">The date by which its currency is checked.</param>
/// <param name="CheckOverdueFrom">When the check becomes overdue: the start of the day after <paramref name="NextCheckOn"/>
/// in the settings' time zone when it was accepted.</param>
[EventType("external-document.accepted-for-use", 1)]
public sealed record ExternalDocumentAcceptedForUse(Instant At, Actor Actor, LocalDate NextCheckOn, Instant CheckOverdueFrom) : ExternalDocumentEvent(At, Actor);

/// <summary>A currency check was recorded; <c>At</c> is when the document was checked.</summary>
/// <param name="At">When it was checked.</param>
/// <param name="Actor">Who checked it.</param>
/// <param name="Result">Whether the edition is still current.</param>
/// <param name="Note">What was checked, or null.</param>
/// <param name="NextCheckOn">The date of the next check.</param>
/// <param name="CheckOverdueFrom">When the next check becomes overdue (the start of the day after
/// <paramref name="NextCheckOn"/>).</param>
[EventType("external-document.currency-checked", 1)]
public sealed record ExternalDocumentCurrencyChecked(Instant At, Actor Actor, CurrencyCheckResult Result, string? Note, LocalDate NextCheckOn, Instant CheckOverdueFrom)
    : ExternalDocumentEvent(At, Actor);

/// <summary>The next check date passed without a currency check (recorded once per check date, by
/// <see cref="ExternalDocument.Advance"/>).</summary>
/// <param name="At">When it was noticed.</param>
/// <param name="Actor">Who (the system).</param>
/// <param name="DueOn">The check date that passed.</param>
[EventType("external-document.check-overdue", 1)]
public sealed record ExternalDocumentCheckOverdue(Instant At, Actor Actor, LocalDate DueOn) : ExternalDocumentEvent(At, Actor);

/// <summary>The document was superseded by the registering of its newer edition.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="SupersededBy">The external document that registers the newer edition.</param>
/// <param name="Reason">Why (for example the issuer's announcement).</param>
[EventType("external-document.superseded", 1)]
public sealed record ExternalDocumentSuperseded(Instant At, Actor Actor, Id<Kinds.ExternalDocument> SupersededBy, string Reason) : ExternalDocumentEvent(At, Actor);

/// <summary>The document was withdrawn from use.</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who.</param>
/// <param name="Reason">Why.</param>
[EventType("external-document.withdrawn", 1)]
public sealed record ExternalDocumentWithdrawn(Instant At, Actor Actor, string Reason) : ExternalDocumentEvent(At, Actor);
