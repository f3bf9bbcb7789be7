using System.Linq;
using Itsm.Core;
using Itsm.Core.Ids;
using Itsm.Testing;
using NodaTime;

namespace Itsm.Incidents.Tests.Specifications;

public class ServiceRequestSpecsTests
{
    private static readonly Instant Start = ServiceRequestScenario.Start;
    private static readonly Actor Desk = ServiceRequestScenario.Actors[0];
    private static readonly Actor Resolver = ServiceRequestScenario.Actors[1];
    private static readonly Actor Requester = ServiceRequestScenario.Actors[2];
    private static readonly Actor Approver = ServiceRequestScenario.Actors[ServiceRequestScenario.FirstApprover];

    /// <summary>A request submitted at the given minute, needing the first approver's approval or none.</summary>
    private static ServiceRequest Make(string id, Priority priority, int minutesAfterStart, bool needsApproval = false) =>
        ServiceRequest.Submit(
            new Id<Kinds.ServiceRequest>(id),
            ServiceRequestScenario.RequesterId,
            new Id<Kinds.CatalogueItem>("laptop"),
            new Id<Kinds.Service>("workplace"),
            "a laptop",
            needsApproval ? ApprovalPolicy.AnyOne : ApprovalPolicy.None,
            needsApproval ? [Approver.Id] : [],
            ServiceRequestScenario.Settings,
            Desk,
            Start + Duration.FromMinutes(minutesAfterStart),
            priority);

    private static ServiceRequest[] Sample()
    {
        var p1 = Make("SR-P1", Priority.P1, 0);
        var p3Old = Make("SR-P3-old", Priority.P3, 0, needsApproval: true);
        var p3New = Make("SR-P3-new", Priority.P3, 30, needsApproval: true);
        var done = Make("SR-done", Priority.P1, 0);
        done.Assign(Desk, Start + Duration.FromMinutes(40), new Id<Kinds.Group>("g"));
        done.Fulfil(Resolver, Start + Duration.FromMinutes(50), "delivered");
        var rejected = Make("SR-rejected", Priority.P2, 0, needsApproval: true);
        rejected.Reject(Approver, Start + Duration.FromMinutes(60), "no");
        return [p3New, done, rejected, p1, p3Old];
    }

    [Fact]
    public void OpenRequests_MostUrgentFirstThenOldest()
    {
        Assert.Equal(["SR-P1", "SR-P3-old", "SR-P3-new"], new OpenServiceRequestsSpec().Evaluate(Sample()).Select(r => r.Id.Value));
        Assert.Equal(["SR-P3-old", "SR-P3-new"], new OpenServiceRequestsSpec(Priority.P3).Evaluate(Sample()).Select(r => r.Id.Value));
    }

    [Fact]
    public void AwaitingApproval_LongerThanADuration_LongestWaitingFirst()
    {
        var requests = Sample();

        Assert.Equal(["SR-P3-old", "SR-P3-new"], new ServiceRequestsAwaitingApprovalSpec(Start + Duration.FromHours(1), Duration.FromMinutes(20)).Evaluate(requests).Select(r => r.Id.Value));
        Assert.Equal(["SR-P3-old"], new ServiceRequestsAwaitingApprovalSpec(Start + Duration.FromHours(1), Duration.FromMinutes(30)).Evaluate(requests).Select(r => r.Id.Value));
        Assert.Empty(new ServiceRequestsAwaitingApprovalSpec(Start + Duration.FromHours(1), Duration.FromHours(1)).Evaluate(requests));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new ServiceRequestsAwaitingApprovalSpec(Start, Duration.FromHours(-1)));
    }

    [Fact]
    public void Compliance_FulfilledRequestsHaveNotes_AndApprovedOnesTheirDecisions()
    {
        var closed = Make("SR-closed", Priority.P3, 0, needsApproval: true);
        closed.Approve(Approver, Start + Duration.FromMinutes(10), "ok");
        closed.Assign(Desk, Start + Duration.FromMinutes(20), new Id<Kinds.Group>("g"));
        closed.Fulfil(Resolver, Start + Duration.FromMinutes(30), "delivered");
        closed.Close(Requester, Start + Duration.FromMinutes(40));

        var spec = new ServiceRequestsWithIncompleteRecordsSpec();

        Assert.Empty(spec.Evaluate([.. Sample(), closed]));
        Assert.False(spec.IsSatisfiedBy(closed));
    }
}
