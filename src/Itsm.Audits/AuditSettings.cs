using Itsm.Core.Actors;

namespace Itsm.Audits;

/// <summary>How an organisation runs its audits: the role policy of audits. A host passes it to
/// <see cref="Audit.Schedule"/> and <see cref="Audit.FromEvents"/>, and to the JSON options that load audits.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AuditSettings
{
    /// <summary>Initializes the settings.</summary>
    /// <param name="auditRoles">The role policy of audits; <see cref="Audits.AuditRoles.Default"/> when null.</param>
    public AuditSettings(RolePolicy<Audit, AuditTrigger>? auditRoles = null) => AuditRoles = auditRoles ?? Audits.AuditRoles.Default;

    /// <summary>Gets the default settings.</summary>
    public static AuditSettings Default { get; } = new();

    /// <summary>Gets the role policy of audits.</summary>
    public RolePolicy<Audit, AuditTrigger> AuditRoles { get; }
}
