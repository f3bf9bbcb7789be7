using Itsm.Core;
using NodaTime;

namespace Itsm.Incidents;

/// <summary>
/// A proposal to accept the risk of a problem instead of fixing it and, once approved, its approval: the evidence
/// ISO/IEC 20000-1 8.6 asks for when a problem is not resolved.
/// </summary>
/// <param name="Rationale">Why the risk is acceptable; not empty.</param>
/// <param name="ProposedBy">Who proposed it.</param>
/// <param name="ProposedAt">When.</param>
/// <param name="ApprovedBy">Who approved it; null while it waits for a decision.</param>
/// <param name="ApprovedAt">When it was approved; null while it waits for a decision.</param>
/// <remarks>Equality compares the values. Immutable and thread-safe.</remarks>
public sealed record RiskAcceptance(string Rationale, Actor ProposedBy, Instant ProposedAt, Actor? ApprovedBy, Instant? ApprovedAt)
{
    /// <summary>Gets a value indicating whether the acceptance was approved.</summary>
    public bool IsApproved => ApprovedBy is not null;
}
