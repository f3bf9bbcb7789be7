using System;
using Ardalis.Specification;
using NodaTime;

namespace Itsm.Documents;

/// <summary>
/// Records due for disposal at an instant: their retention has ended by then, their action is
/// <see cref="RetentionAction.Delete"/>, they are not under legal hold and not disposed of (whether or not
/// <see cref="DocumentRecord.Advance"/> has marked them yet); the longest overdue first (then by id).
/// </summary>
/// <remarks>Works in memory (<c>Evaluate</c>, <c>IsSatisfiedBy</c>) and against a host's repository.</remarks>
public sealed class RecordsDueForDisposalSpec : Specification<DocumentRecord>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="at">The instant to look at (the host's now).</param>
    public RecordsDueForDisposalSpec(Instant at)
    {
        Query.Where(r => r.State != DocumentRecordState.Disposed && r.LegalHold == null && r.Retention.ActionAfter == RetentionAction.Delete && r.RetentionEndsAt <= at);
        Query.OrderBy(r => r.RetentionEndsAt).ThenBy(r => r.Id.Value);
    }
}

/// <summary>
/// Records whose review is due at an instant: their retention has ended by then, their action is
/// <see cref="RetentionAction.Review"/>, and they are not disposed of; the longest overdue first (then by id).
/// </summary>
/// <remarks>Works in memory and against a host's repository.</remarks>
public sealed class RecordsDueForReviewSpec : Specification<DocumentRecord>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="at">The instant to look at (the host's now).</param>
    public RecordsDueForReviewSpec(Instant at)
    {
        Query.Where(r => r.State != DocumentRecordState.Disposed && r.Retention.ActionAfter == RetentionAction.Review && r.RetentionEndsAt <= at);
        Query.OrderBy(r => r.RetentionEndsAt).ThenBy(r => r.Id.Value);
    }
}

/// <summary>Records under legal hold, oldest hold first (then by id).</summary>
/// <remarks>Works in memory and against a host's repository.</remarks>
public sealed class RecordsUnderLegalHoldSpec : Specification<DocumentRecord>
{
    /// <summary>Initializes the specification.</summary>
    public RecordsUnderLegalHoldSpec()
    {
        Query.Where(r => r.LegalHold != null);
        Query.OrderBy(r => r.LegalHold!.PlacedAt).ThenBy(r => r.Id.Value);
    }
}

/// <summary>
/// A compliance rule of ISO/IEC 20000-1 7.5.3.2 (retention and disposition): a record is disposed of, or reviewed, when its
/// retention ends. Satisfied by the records that break it: not disposed of, not under legal hold, with an action of
/// <see cref="RetentionAction.Delete"/> or <see cref="RetentionAction.Review"/>, whose retention ended more than
/// <c>grace</c> before the instant (and was not extended since). An empty result means the rule holds.
/// </summary>
/// <remarks>Works in memory and against a host's repository.</remarks>
public sealed class RecordsRetainedPastRetentionSpec : Specification<DocumentRecord>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="at">The instant to look at (the host's now).</param>
    /// <param name="grace">How long after its retention ends a record may wait for its disposal or review, for example
    /// <c>Duration.FromDays(30)</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grace"/> is negative.</exception>
    public RecordsRetainedPastRetentionSpec(Instant at, Duration grace)
    {
        if (grace < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(grace), grace, "The time a record may wait for its disposal or review is not negative.");
        }

        var endedBefore = at - grace;
        Query.Where(r => r.State != DocumentRecordState.Disposed && r.LegalHold == null && r.Retention.ActionAfter != RetentionAction.Keep
            && r.RetentionEndsAt < endedBefore);
    }
}

/// <summary>
/// A compliance rule of ISO/IEC 20000-1 7.5.3 (documented information is protected, and its disposition controlled): a
/// legal hold, which suspends disposal, names the legal reference it rests on (a case, an order). Satisfied by the records
/// under a legal hold without a reference, so an empty result means the rule holds.
/// </summary>
/// <remarks>Works in memory and against a host's repository.</remarks>
public sealed class LegalHoldsWithoutReferenceSpec : Specification<DocumentRecord>
{
    /// <summary>Initializes the specification.</summary>
    public LegalHoldsWithoutReferenceSpec() =>
        Query.Where(r => r.LegalHold != null && (r.LegalHold.Reference == null || r.LegalHold.Reference.Trim().Length == 0));
}
