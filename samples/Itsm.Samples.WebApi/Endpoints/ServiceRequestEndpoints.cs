using Itsm.Core;
using Itsm.Core.Ids;
using Itsm.Incidents;
using Itsm.Samples.WebApi.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Itsm.Samples.WebApi.Endpoints;

/// <summary>The body that submits a service request of a catalogue item that needs no approval.</summary>
internal sealed record SubmitServiceRequest(string? Id, string? Requester, string? CatalogueItem, string? Service, string? Details, string? Priority);

/// <summary>The body that records a fulfilment.</summary>
internal sealed record Fulfil(string? Notes);

/// <summary>The service request endpoints: <c>/service-requests</c>.</summary>
internal static class ServiceRequestEndpoints
{
    public static void Map(IEndpointRouteBuilder app, ServiceDesk desk)
    {
        var api = new RecordApi<ServiceRequest, ServiceRequestView>(app.MapGroup("/service-requests").WithTags("Service requests"), ServiceRequestKind.KindName, "REQ-", ServiceRequestView.Of);
        api.Create<SubmitServiceRequest>("SubmitServiceRequest", "Submits a service request of a catalogue item that needs no approval.", b => b.Id ?? string.Empty,
            (b, id, by, now) => ServiceRequest.Submit(
                new Id<Kinds.ServiceRequest>(id), Http.Required(b.Requester, "requester"),
                new Id<Kinds.CatalogueItem>(Http.Required(b.CatalogueItem, "catalogueItem")), new Id<Kinds.Service>(Http.Required(b.Service, "service")),
                Http.Required(b.Details, "details"), ApprovalPolicy.None, [], desk.ServiceRequests, by, now,
                b.Priority is null ? null : Http.Parse<Priority>(b.Priority, "priority")));
        api.List("ListOpenServiceRequests", "Lists the open service requests from the read model, the next due first.");
        api.Get("GetServiceRequest", "A service request's state, SLA clocks and events now.");
        api.Command<Assign>("assign", "AssignServiceRequest", "Assigns the request to a group and, optionally, a person.",
            (r, by, now, b) => r.Assign(by, now, new Id<Kinds.Group>(Http.Required(b.Group, "group")), b.Assignee));
        api.Command("acknowledge", "AcknowledgeServiceRequest", "Acknowledges the assignment: the response clock stops.", (r, by, now) => r.Acknowledge(by, now));
        api.Command<Hold>("hold", "PutServiceRequestOnHold", "Puts the request on hold: the fulfilment clock pauses.",
            (r, by, now, b) => r.PutOnHold(by, now, Http.Required(b.Reason, "reason")));
        api.Command("resume", "ResumeServiceRequest", "Resumes fulfilment: the fulfilment clock runs again.", (r, by, now) => r.Resume(by, now));
        api.Command<Fulfil>("fulfil", "FulfilServiceRequest", "Records the fulfilment; the request closes itself unless the requester answers.",
            (r, by, now, b) => r.Fulfil(by, now, Http.Required(b.Notes, "notes")));
        api.Command("close", "CloseServiceRequest", "Closes a fulfilled request on the requester's confirmation.", (r, by, now) => r.Close(by, now));
    }
}
