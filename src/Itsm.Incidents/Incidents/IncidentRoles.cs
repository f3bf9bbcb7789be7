using Itsm.Core.Actors;

namespace Itsm.Incidents;

/// <summary>The default role policy of incidents, following the source documents' roles.</summary>
public static class IncidentRoles
{
    /// <summary>
    /// Gets the default policy: the service desk logs, assigns and cancels; resolvers acknowledge, hold, resume and
    /// resolve; the caller (customer role) may log, confirm closure and reopen; the incident manager may do all of
    /// these; the desk, resolvers and the incident manager escalate and record security facts; only the incident manager
    /// lowers a security class; the desk, resolvers and the incident manager apply published workarounds; anyone handling the incident (or the system's classifier) proposes a major incident, the
    /// incident manager declares it and records that top management was informed, and the incident manager or the
    /// process owner records its review; the incident manager links child incidents to a major incident, and whoever may
    /// resolve the parent resolves its open children with it; only the system closes automatically and advances time. A host replaces it with
    /// <c>IncidentRoles.Default.ToBuilder()</c>.
    /// </summary>
    public static RolePolicy<Incident, IncidentTrigger> Default { get; } = RolePolicy.Builder<Incident, IncidentTrigger>()
        .Allow(IncidentTrigger.Log, Roles.ServiceDeskAgent, Roles.IncidentManager, Roles.Customer)
        .Allow(IncidentTrigger.Assign, Roles.ServiceDeskAgent, Roles.IncidentManager, Roles.Resolver)
        .Allow(IncidentTrigger.Acknowledge, Roles.Resolver, Roles.ServiceDeskAgent, Roles.IncidentManager)
        .Allow(IncidentTrigger.PutOnHold, Roles.Resolver, Roles.ServiceDeskAgent, Roles.IncidentManager)
        .Allow(IncidentTrigger.Resume, Roles.Resolver, Roles.ServiceDeskAgent, Roles.IncidentManager)
        .Allow(IncidentTrigger.Resolve, Roles.Resolver, Roles.ServiceDeskAgent, Roles.IncidentManager)
        .Allow(IncidentTrigger.Close, Roles.Customer, Roles.ServiceDeskAgent, Roles.IncidentManager)
        .Allow(IncidentTrigger.AutoClose, Roles.System)
        .Allow(IncidentTrigger.Reopen, Roles.Customer, Roles.ServiceDeskAgent, Roles.IncidentManager)
        .Allow(IncidentTrigger.Cancel, Roles.ServiceDeskAgent, Roles.IncidentManager)
        .Allow(IncidentTrigger.ChangePriority, Roles.ServiceDeskAgent, Roles.IncidentManager)
        .Allow(IncidentTrigger.Advance, Roles.System)
        .Allow(IncidentTrigger.Escalate, Roles.ServiceDeskAgent, Roles.Resolver, Roles.IncidentManager)
        .Allow(IncidentTrigger.ClassifySecurity, Roles.ServiceDeskAgent, Roles.Resolver, Roles.IncidentManager, Roles.System)
        .Allow(IncidentTrigger.DowngradeSecurity, Roles.IncidentManager)
        .Allow(IncidentTrigger.ProposeMajor, Roles.ServiceDeskAgent, Roles.Resolver, Roles.IncidentManager, Roles.System)
        .Allow(IncidentTrigger.DeclareMajor, Roles.IncidentManager)
        .Allow(IncidentTrigger.RecordTopManagementInformed, Roles.IncidentManager)
        .Allow(IncidentTrigger.RecordCausingChange, Roles.ServiceDeskAgent, Roles.Resolver, Roles.IncidentManager)
        .Allow(IncidentTrigger.RecordProgressUpdate, Roles.ServiceDeskAgent, Roles.Resolver, Roles.IncidentManager)
        .Allow(IncidentTrigger.RecordMajorReview, Roles.IncidentManager, Roles.ProcessOwner)
        .Allow(IncidentTrigger.ApplyWorkaround, Roles.Resolver, Roles.ServiceDeskAgent, Roles.IncidentManager)
        .Allow(IncidentTrigger.LinkChild, Roles.IncidentManager)
        .Allow(IncidentTrigger.LinkToParent, Roles.IncidentManager)
        .Allow(IncidentTrigger.ResolveWithParent, Roles.Resolver, Roles.ServiceDeskAgent, Roles.IncidentManager)
        .Build();
}
