using Itsm.Core.Actors;

namespace Itsm.Audits;

/// <summary>How an organisation runs its audits, management reviews and improvement plan: their role policies. A host passes them to
/// <see cref="Audit.Schedule"/>, <see cref="ManagementReview.Plan"/>, <see cref="Improvement.Record"/> and their <c>FromEvents</c>, and to the JSON
/// options that load them.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AuditSettings
{
    /// <summary>Initializes the settings.</summary>
    /// <param name="auditRoles">The role policy of audits; <see cref="Audits.AuditRoles.Default"/> when null.</param>
    /// <param name="reviewRoles">The role policy of management reviews; <see cref="ManagementReviewRoles.Default"/> when null.</param>
    /// <param name="improvementRoles">The role policy of improvements; <see cref="Audits.ImprovementRoles.Default"/> when null.</param>
    public AuditSettings(
        RolePolicy<Audit, AuditTrigger>? auditRoles = null,
        RolePolicy<ManagementReview, ManagementReviewTrigger>? reviewRoles = null,
        RolePolicy<Improvement, ImprovementTrigger>? improvementRoles = null)
    {
        AuditRoles = auditRoles ?? Audits.AuditRoles.Default;
        ReviewRoles = reviewRoles ?? ManagementReviewRoles.Default;
        ImprovementRoles = improvementRoles ?? Audits.ImprovementRoles.Default;
    }

    /// <summary>Gets the default settings.</summary>
    public static AuditSettings Default { get; } = new();

    /// <summary>Gets the role policy of audits.</summary>
    public RolePolicy<Audit, AuditTrigger> AuditRoles { get; }

    /// <summary>Gets the role policy of management reviews.</summary>
    public RolePolicy<ManagementReview, ManagementReviewTrigger> ReviewRoles { get; }

    /// <summary>Gets the role policy of improvements.</summary>
    public RolePolicy<Improvement, ImprovementTrigger> ImprovementRoles { get; }
}
