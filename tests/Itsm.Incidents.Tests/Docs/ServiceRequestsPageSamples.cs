// sample:service-requests-usings
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Incidents;
using Itsm.Json;
using Itsm.Json.Incidents;
using Itsm.Sla.Policies;
using Itsm.Sla.Targets;
using NodaTime;
// end-sample

namespace Itsm.Docs.Samples;

/// <summary>The samples of docs/service-requests.md, in the page's order, as one program; what their comments say is checked.</summary>
public class ServiceRequestsPageSamples
{
    [Fact]
    public void ThePage_RunsAsOneProgram_AndSaysWhatItsCommentsSay()
    {
        // sample:service-requests-setup
        var fiveByNine = BusinessCalendars.FiveByNine(DateTimeZone.Utc, new LocalTime(9, 0));
        var policy = SlaPolicy.Builder("requests")
            .Add(Priority.P3, SlaMetric.Response, Duration.FromHours(2), fiveByNine)
            .Add(Priority.P3, ServiceRequest.FulfilmentMetric, Duration.FromHours(24), fiveByNine)
            .Build();
        var settings = new ServiceRequestSettings(policy);
        var alice = new Actor("alice", "Alice", [Roles.Customer]);
        // end-sample

        // sample:service-requests-submit
        var request = ServiceRequest.Submit(
            new Id<Kinds.ServiceRequest>("SR-1001"),
            requester: alice.Id,
            catalogueItem: new Id<Kinds.CatalogueItem>("laptop"),
            service: new Id<Kinds.Service>("workplace"),
            details: "a laptop for a new starter",
            approval: ApprovalPolicy.Quorum(50),            // the catalogue item's rule...
            approvers: ["mgr", "fin", "sec"],               // ...and its eligible approvers (actor ids)
            settings,
            by: alice,
            at: Instant.FromUtc(2026, 3, 2, 9, 0));
        // request.State == ServiceRequestState.AwaitingApproval
        var first = request.Approve(new Actor("mgr", "Line Manager"), Instant.FromUtc(2026, 3, 2, 10, 0));  // Pending: 1 of 2
        var second = request.Approve(new Actor("fin", "Finance"), Instant.FromUtc(2026, 3, 2, 11, 0));     // Approved
        // end-sample
        Assert.Equal((ApprovalOutcome.Pending, ApprovalOutcome.Approved), (first, second));
        Assert.Equal(ApprovalOutcome.Approved, request.ApprovalOutcome);
        Assert.Equal(2, request.Approvals);
        Assert.Equal(ServiceRequestState.Approved, request.State);

        // sample:service-requests-json
        var options = new ItsmJsonOptions { Calendars = new BusinessCalendarRegistry([fiveByNine]), Modules = [new IncidentsJsonModule { ServiceRequests = settings }] };
        string json = ItsmJson.Serialize(request, options);
        ServiceRequest again = ItsmJson.Deserialize<ServiceRequest>(json, options);
        // end-sample
        Assert.Equal(json, ItsmJson.Serialize(again, options));
        Assert.Equal(request.State, again.State);
    }
}
