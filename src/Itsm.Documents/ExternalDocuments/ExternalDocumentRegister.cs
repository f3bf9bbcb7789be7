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
    long Version)
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
/// <see cref="Apply"/> with the id of its document. Each document's events are applied in order (versions 1, 2, 3...); the
/// register trusts their content, which the aggregate checked when it recorded or loaded them, and keeps no state machine.
/// </para>
/// <para>Mutable; not thread-safe.</para>
/// </remarks>
public sealed class ExternalDocumentRegister
{
    private readonly SortedDictionary<string, ExternalDocumentRegisterEntry> _entries = new(StringComparer.Ordinal);

    /// <summary>Gets every entry, ordered by id (ordinal).</summary>
    public IReadOnlyList<ExternalDocumentRegisterEntry> Entries => [.. _entries.Values];

    /// <summary>Gets how many documents the register holds.</summary>
    public int Count => _entries.Count;

    /// <summary>Builds a register from the histories of many documents.</summary>
    /// <param name="histories">Each document's events, oldest first, starting with its registering.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException">An argument or a history is null.</exception>
    /// <exception cref="InvalidHistoryException">A history is empty, does not start with the registering, registers a
    /// document twice, or skips a version.</exception>
    public static ExternalDocumentRegister From(IEnumerable<IEnumerable<ExternalDocumentEvent>> histories)
    {
        var register = new ExternalDocumentRegister();
        EventStreams.Feed<ExternalDocumentEvent, Id<Kinds.ExternalDocument>>(
            histories, e => e is ExternalDocumentIdentified identified ? identified.Id : null, register.Apply, nameof(ExternalDocument), ExternalDocument.CreationRules);
        return register;
    }

    /// <summary>Applies one event of a document: the registering adds its entry, the others change it.</summary>
    /// <param name="document">The document the event belongs to.</param>
    /// <param name="domainEvent">The event; the next version of that document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="domainEvent"/> is null.</exception>
    /// <exception cref="InvalidHistoryException">The event is not the document's next one (a registering of a document
    /// already held, an event of a document not registered, a skipped or repeated version).</exception>
    public void Apply(Id<Kinds.ExternalDocument> document, ExternalDocumentEvent domainEvent)
    {
        Preconditions.CheckNotNull(domainEvent);
        if (domainEvent is ExternalDocumentIdentified identified)
        {
            EventStreams.CheckCreation(identified.Id == document && !_entries.ContainsKey(document.Value), nameof(ExternalDocumentRegister), document.Value, domainEvent, ExternalDocument.CreationRules);

            _entries[document.Value] = new ExternalDocumentRegisterEntry(
                document, identified.Kind, identified.Issuer, identified.Reference, identified.Edition, identified.Title, identified.Owner,
                ExternalDocumentState.Identified, null, null, false, null, null, null, 1);
            return;
        }

        _entries.TryGetValue(document.Value, out var entry);
        EventStreams.CheckNext(entry, entry?.Version ?? 0, nameof(ExternalDocumentRegister), document.Value, domainEvent, "document");

        entry = domainEvent switch
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
        _entries[document.Value] = entry with { Version = domainEvent.Version };
    }

    /// <summary>Returns a document's entry.</summary>
    /// <param name="document">The document's id.</param>
    /// <param name="entry">The entry, when held.</param>
    /// <returns>True when the register holds the document.</returns>
    public bool TryGet(Id<Kinds.ExternalDocument> document, out ExternalDocumentRegisterEntry? entry) =>
        _entries.TryGetValue(document.Value, out entry);

    /// <summary>Lists the documents in use whose currency check is overdue at an instant, the most overdue first.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The entries.</returns>
    public IReadOnlyList<ExternalDocumentRegisterEntry> CheckOverdueAt(Instant at) =>
        [.. _entries.Values.Where(e => e.IsInUse && e.CheckOverdueFrom <= at).OrderBy(e => e.CheckOverdueFrom).ThenBy(e => e.Id.Value, StringComparer.Ordinal)];

    private static InvalidHistoryException Refused(Id<Kinds.ExternalDocument> document, ExternalDocumentEvent domainEvent, string rule) =>
        EventStreams.Refused(nameof(ExternalDocumentRegister), document.Value, domainEvent, rule);
}
