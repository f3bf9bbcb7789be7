using Ardalis.Specification;
using NodaTime;

namespace Itsm.Documents;

/// <summary>
/// External documents in use whose currency check is overdue at an instant (the next check date has passed, whether or not
/// <see cref="ExternalDocument.Advance"/> recorded it yet), the most overdue first (then by id).
/// </summary>
/// <remarks>Works in memory (<c>Evaluate</c>, <c>IsSatisfiedBy</c>) and against a host's repository.</remarks>
public sealed class ExternalDocumentsWithOverdueCheckSpec : Specification<ExternalDocument>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="at">The instant to look at (the host's now).</param>
    public ExternalDocumentsWithOverdueCheckSpec(Instant at)
    {
        Query.Where(d => (d.State == ExternalDocumentState.AcceptedForUse || d.State == ExternalDocumentState.CurrencyChecked) && d.CheckOverdueFrom <= at);
        Query.OrderBy(d => d.CheckOverdueFrom).ThenBy(d => d.Id.Value);
    }
}

/// <summary>
/// A compliance rule of ISO/IEC 20000-1 7.5.3 (control of documented information of external origin): every external
/// document in use was checked for currency within its interval. Satisfied by the documents in use that break it: their
/// check is overdue at the instant, or a check date passed without a check by then at some time in their history
/// (<see cref="ExternalDocument.MissedChecks"/>). An empty result means the rule holds.
/// </summary>
/// <remarks>Works in memory and against a host's repository.</remarks>
public sealed class ExternalDocumentsNotCheckedWithinIntervalSpec : Specification<ExternalDocument>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="at">The instant to look at (the host's now).</param>
    public ExternalDocumentsNotCheckedWithinIntervalSpec(Instant at) =>
        Query.Where(d => (d.State == ExternalDocumentState.AcceptedForUse || d.State == ExternalDocumentState.CurrencyChecked)
            && (d.CheckOverdueFrom <= at || d.MissedChecks > 0));
}

/// <summary>
/// A compliance rule of ISO/IEC 20000-1 7.5.3 (the unintended use of obsolete documented information is prevented): no
/// external document stays in use after its last currency check found a newer edition; it is superseded by the registering
/// of the new edition, or withdrawn. Satisfied by the documents that break it, so an empty result means the rule holds.
/// </summary>
/// <remarks>Works in memory and against a host's repository.</remarks>
public sealed class ObsoleteExternalDocumentsInUseSpec : Specification<ExternalDocument>
{
    /// <summary>Initializes the specification.</summary>
    public ObsoleteExternalDocumentsInUseSpec() =>
        Query.Where(d => (d.State == ExternalDocumentState.AcceptedForUse || d.State == ExternalDocumentState.CurrencyChecked)
            && d.LastCheck != null && d.LastCheck.Result == CurrencyCheckResult.NewEditionAvailable);
}
