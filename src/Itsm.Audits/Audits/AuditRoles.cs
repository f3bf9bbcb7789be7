using Itsm.Core.Actors;

namespace Itsm.Audits;

/// <summary>The default role policy of audits.</summary>
public static class AuditRoles
{
    /// <summary>Gets the default policy: the management representative (who runs the programme) schedules, postpones,
    /// cancels and approves waivers; auditors prepare, conduct, report and close (the audit's own rules say which
    /// auditor); both link findings to their records.</summary>
    public static RolePolicy<Audit, AuditTrigger> Default { get; } = RolePolicy.Builder<Audit, AuditTrigger>()
        .Allow(AuditTrigger.Schedule, Roles.ManagementRepresentative)
        .Allow(AuditTrigger.ApproveWaiver, Roles.ManagementRepresentative, Roles.TopManagement)
        .Allow(AuditTrigger.Prepare, Roles.Auditor)
        .Allow(AuditTrigger.Postpone, Roles.ManagementRepresentative)
        .Allow(AuditTrigger.Cancel, Roles.ManagementRepresentative)
        .Allow(AuditTrigger.Start, Roles.Auditor)
        .Allow(AuditTrigger.RecordFinding, Roles.Auditor)
        .Allow(AuditTrigger.RaiseToMajor, Roles.Auditor)
        .Allow(AuditTrigger.DraftFindings, Roles.Auditor)
        .Allow(AuditTrigger.Report, Roles.Auditor)
        .Allow(AuditTrigger.StartFollowUp, Roles.Auditor, Roles.ManagementRepresentative)
        .Allow(AuditTrigger.LinkFinding, Roles.Auditor, Roles.ManagementRepresentative)
        .Allow(AuditTrigger.Close, Roles.Auditor)
        .Build();
}
