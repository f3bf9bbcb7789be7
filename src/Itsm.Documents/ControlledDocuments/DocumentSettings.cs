using Itsm.Core.Actors;
using Itsm.Documents.Numbering;

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

    /// <summary>Gets who may do what; <see cref="DocumentRoles.Default"/> by default.</summary>
    public RolePolicy<ControlledDocument, DocumentTrigger> Roles { get; init; } = DocumentRoles.Default;
}
