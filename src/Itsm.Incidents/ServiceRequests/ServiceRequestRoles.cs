using System.Linq;
using Itsm.Core;
using Itsm.Core.Actors;

namespace Itsm.Incidents;

/// <summary>The default role policy of service requests, following the source documents' roles.</summary>
public static class ServiceRequestRoles
{
    /// <summary>The segregation-of-duties rule on <see cref="ServiceRequestTrigger.Approve"/> and
    /// <see cref="ServiceRequestTrigger.Reject"/>.</summary>
    public const string ApproverIsNotRequester = "the approver is never the requester";

    /// <summary>The rule on <see cref="ServiceRequestTrigger.Close"/> and <see cref="ServiceRequestTrigger.Cancel"/> for
    /// actors whose only role is <see cref="Roles.Customer"/>.</summary>
    public const string CustomerActsOnOwnRequest = "a customer confirms or withdraws only their own request";

    /// <summary>
    /// Gets the default policy: the customer (the requester) and the service desk submit; approvals and rejections are
    /// open to anyone, because the request's own list of eligible approvers decides who votes, and the approver is never
    /// the requester (a segregation rule); the service desk acknowledges and assigns, and resolvers reassign; resolvers
    /// and the service desk hold, resume and fulfil; the customer confirms the fulfilment (closes) and the service desk
    /// may close for them; the customer withdraws and the service desk cancels; a customer who holds no other role
    /// confirms or withdraws only their own request; only the system sends a request for approval, concludes an approval,
    /// closes automatically and advances time. A host replaces it with <c>ServiceRequestRoles.Default.ToBuilder()</c>
    /// (<c>WithoutSegregation(trigger)</c> removes a segregation rule).
    /// </summary>
    public static RolePolicy<ServiceRequest, ServiceRequestTrigger> Default { get; } = RolePolicy.Builder<ServiceRequest, ServiceRequestTrigger>()
        .Allow(ServiceRequestTrigger.Submit, Roles.Customer, Roles.ServiceDeskAgent)
        .Allow(ServiceRequestTrigger.RequestApproval, Roles.System)
        .AllowAnyone(ServiceRequestTrigger.Approve)
        .AllowAnyone(ServiceRequestTrigger.Reject)
        .Separate(ServiceRequestTrigger.Approve, ApproverIsNotRequester, static (request, actor) => actor.Id != request.Requester)
        .Separate(ServiceRequestTrigger.Reject, ApproverIsNotRequester, static (request, actor) => actor.Id != request.Requester)
        .Allow(ServiceRequestTrigger.ConcludeApproved, Roles.System)
        .Allow(ServiceRequestTrigger.ConcludeRejected, Roles.System)
        .Allow(ServiceRequestTrigger.Acknowledge, Roles.ServiceDeskAgent, Roles.Resolver)
        .Allow(ServiceRequestTrigger.Assign, Roles.ServiceDeskAgent, Roles.Resolver)
        .Allow(ServiceRequestTrigger.PutOnHold, Roles.Resolver, Roles.ServiceDeskAgent)
        .Allow(ServiceRequestTrigger.Resume, Roles.Resolver, Roles.ServiceDeskAgent)
        .Allow(ServiceRequestTrigger.Fulfil, Roles.Resolver, Roles.ServiceDeskAgent)
        .Allow(ServiceRequestTrigger.Close, Roles.Customer, Roles.ServiceDeskAgent)
        .Separate(ServiceRequestTrigger.Close, CustomerActsOnOwnRequest, static (request, actor) => ActsOnOwnIfOnlyCustomer(request, actor))
        .Allow(ServiceRequestTrigger.AutoClose, Roles.System)
        .Allow(ServiceRequestTrigger.Cancel, Roles.Customer, Roles.ServiceDeskAgent)
        .Separate(ServiceRequestTrigger.Cancel, CustomerActsOnOwnRequest, static (request, actor) => ActsOnOwnIfOnlyCustomer(request, actor))
        .Allow(ServiceRequestTrigger.Advance, Roles.System)
        .Allow(ServiceRequestTrigger.RecordProgressUpdate, Roles.ServiceDeskAgent, Roles.Resolver)
        .Build();

    /// <summary>True unless the actor's only role is customer and the request is someone else's.</summary>
    private static bool ActsOnOwnIfOnlyCustomer(ServiceRequest request, Actor actor) =>
        actor.Id == request.Requester || !actor.HasRole(Roles.Customer) || actor.Roles.Any(r => r != Roles.Customer);
}
