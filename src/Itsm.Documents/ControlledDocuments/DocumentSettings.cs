using Itsm.Core.Actors;
using Itsm.Documents.Numbering;
using NodaTime;

namespace Itsm.Documents;

/// <summary>
/// How a host runs document control: the revision label scheme, the approval matrix and the role policy. Not persisted:
/// the host passes the same settings when it creates or loads a document.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DocumentSettings
{
    /// <summary>Gets the source documents' settings: two-digit revisions (<c>CX-SMP-001-00</c>), the default matrix and
    /// role policy.</summary>
    public static DocumentSettings Default { get; } = new();

    /// <summary>Gets the revision label scheme; <see cref="RevisionSchemes.TwoDigit"/> by default.</summary>
    public IRevisionScheme RevisionScheme { get; init; } = RevisionSchemes.TwoDigit;

    /// <summary>Gets the document number scheme; <see cref="DocumentNumberSchemes.Composite"/> by default.</summary>
    public IDocumentNumberScheme NumberScheme { get; init; } = DocumentNumberSchemes.Composite;

    /// <summary>Gets the approval matrix; <see cref="ApprovalMatrix.Default"/> by default.</summary>
    public ApprovalMatrix Approvals { get; init; } = ApprovalMatrix.Default;

    /// <summary>Gets how long after a revision becomes effective (or after a review) the next periodic review is due;
    /// 12 months by default (the source documents ask for at least a yearly review).</summary>
    public Period ReviewInterval { get; init; } = Period.FromMonths(12);

    /// <summary>Gets how long before its due date a review counts as due; 30 days by default.</summary>
    public Duration ReviewLeadTime { get; init; } = Duration.FromDays(30);

    /// <summary>Gets the time zone review dates are computed in (months have different lengths); UTC by default.</summary>
    public DateTimeZone Zone { get; init; } = DateTimeZone.Utc;

    /// <summary>Gets the confidentiality levels documents are marked with, and who is cleared for those that require it;
    /// <see cref="ConfidentialityLevels.Default"/> by default.</summary>
    /// <exception cref="System.ArgumentNullException">Set to null.</exception>
    public ConfidentialityLevels Confidentiality
    {
        get;
        init => field = Preconditions.CheckNotNull(value);
    } = ConfidentialityLevels.Default;

    /// <summary>Gets who may do what; <see cref="DocumentRoles.Default"/> by default.</summary>
    public RolePolicy<ControlledDocument, DocumentTrigger> Roles { get; init; } = DocumentRoles.Default;
}
