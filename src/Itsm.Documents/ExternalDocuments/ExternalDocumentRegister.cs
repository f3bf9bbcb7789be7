using System;
using System.Collections.Generic;
using System.Linq;
using Itsm.Core;
using Itsm.Core.Ids;
using NodaTime;

namespace Itsm.Documents;

/// <summary>One line of the <see cref="ExternalDocumentRegister"/>: an external document as its events leave it.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Kind">What kind of document it is.</param>
/// <param name="Issuer">Who issues it.</param>
/// <param name="Reference">The issuer's reference.</param>
/// <param name="Edition">The edition registered.</param>
/// <param name="Title">The title.</param>
/// <param name="Owner">Who owns it.</param>
/// <param name="State">Its lifecycle state.</param>
/// <param name="NextCheckOn">The date of the next currency check; null before acceptance.</param>
/// <param name="CheckOverdueFrom">When that check becomes overdue; null before acceptance.</param>
/// <param name="IsCheckOverdue">Whether the check was recorded overdue.</param>
/// <param name="LastCheckedAt">When it was last checked for currency; null before the first check.</param>
/// <param name="LastCheckResult">The result of that check; null before the first check.</param>
/// <param name="SupersededBy">The document that registers its newer edition, once superseded.</param>
/// <param name="Version">How many of its events the register applied.</param>
/// <remarks>Equality compares the values. Immutable and thread-safe.</remarks>
public sealed record ExternalDocumentRegisterEntry(
    Id<Kinds.ExternalDocument> Id,
    ExternalDocumentKind Kind,
    string Issuer,
    string Reference,
    string Edition,
    string Title,
    Actor Owner,
    ExternalDocumentState State,
    LocalDate? NextCheckOn,
    Instant? CheckOverdueFrom,
    bool IsCheckOverdue,
    Instant? LastCheckedAt,
    CurrencyCheckResult? LastCheckResult,
    Id<Kinds.ExternalDocument>? SupersededBy,
    long Version) : IRegisterEntry<Kinds.ExternalDocument>
{
    /// <summary>Gets a value indicating whether the document is in use (accepted, not superseded nor withdrawn).</summary>
    public bool IsInUse => State is ExternalDocumentState.AcceptedForUse or ExternalDocumentState.CurrencyChecked;
}

/// <summary>
/// The external documents register the source documents require: every external document with its issuer, reference,
/// edition, status, next check and owner, as a read model built from the documents' events.
/// </summary>
/// <remarks>
/// <para>
/// Build it from stored histories with <see cref="From"/>, or keep it current by passing each new event to
/// <see cref="RecordRegister{TKind, TEvent, TEntry}.Apply"/> with the id of its document. Each document's events are applied in order (versions 1, 2, 3...); the
/// register trusts their content, which the aggregate checked when it recorded or loaded them, and keeps no state machine.
/// </para>
/// <para>Mutable; not thread-safe.</para>
/// </remarks>
public sealed class ExternalDocumentRegister : RecordRegister<Kinds.ExternalDocument, ExternalDocumentEvent, ExternalDocumentRegisterEntry>
{
    /// <summary>Initializes an empty register, to keep current event by event.</summary>
    public ExternalDocumentRegister()
        : base(nameof(ExternalDocument), "document", ExternalDocument.CreationRules)
    {
    }

    /// <summary>Builds a register from the histories of many documents.</summary>
    /// <param name="histories">Each document's events, oldest first, starting with its registering.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException">An argument or a history is null.</exception>
    /// <exception cref="InvalidHistoryException">A history is empty, does not start with the registering, registers a
    /// document twice, or skips a version.</exception>
    public static ExternalDocumentRegister From(IEnumerable<IEnumerable<ExternalDocumentEvent>> histories)
    {
        var register = new ExternalDocumentRegister();
        register.Load(histories);
        return register;
    }

    private protected override Id<Kinds.ExternalDocument>? CreatedId(ExternalDocumentEvent domainEvent) => domainEvent is ExternalDocumentIdentified identified ? identified.Id : null;

    private protected override ExternalDocumentRegisterEntry Created(Id<Kinds.ExternalDocument> document, ExternalDocumentEvent creation)
    {
        var identified = (ExternalDocumentIdentified)creation;
        return new ExternalDocumentRegisterEntry(
            document, identified.Kind, identified.Issuer, identified.Reference, identified.Edition, identified.Title, identified.Owner,
            ExternalDocumentState.Identified, null, null, false, null, null, null, 1);
    }

    private protected override ExternalDocumentRegisterEntry Changed(Id<Kinds.ExternalDocument> document, ExternalDocumentRegisterEntry entry, ExternalDocumentEvent domainEvent)
    {
        var changed = domainEvent switch
        {
            ExternalDocumentAcceptedForUse accepted => entry with
            {
                State = ExternalDocumentState.AcceptedForUse, NextCheckOn = accepted.NextCheckOn, CheckOverdueFrom = accepted.CheckOverdueFrom, IsCheckOverdue = false,
            },
            ExternalDocumentCurrencyChecked check => entry with
            {
                State = ExternalDocumentState.CurrencyChecked, NextCheckOn = check.NextCheckOn, CheckOverdueFrom = check.CheckOverdueFrom, IsCheckOverdue = false,
                LastCheckedAt = check.At, LastCheckResult = check.Result,
            },
            ExternalDocumentCheckOverdue => entry with { IsCheckOverdue = true },
            ExternalDocumentSuperseded superseded => entry with { State = ExternalDocumentState.Superseded, SupersededBy = superseded.SupersededBy },
            ExternalDocumentWithdrawn => entry with { State = ExternalDocumentState.Withdrawn },
            _ => throw Refused(document, domainEvent, $"{domainEvent.GetType().Name} is not an external document event this version knows"),
        };
        return changed with { Version = domainEvent.Version };
    }

    /// <summary>Lists the documents in use whose currency check is overdue at an instant, the most overdue first.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The entries.</returns>
    public IReadOnlyList<ExternalDocumentRegisterEntry> CheckOverdueAt(Instant at) =>
        [.. Values.Where(e => e.IsInUse && e.CheckOverdueFrom <= at).OrderBy(e => e.CheckOverdueFrom).ThenBy(e => e.Id.Value, StringComparer.Ordinal)];
}
