using Itsm.Json.Incidents;
using System;
using System.Linq;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Core.Events;
using Itsm.Core.Ids;
using Itsm.Incidents;
using Itsm.Testing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NodaTime;
using Itsm.Tests.Shared;

namespace Itsm.Json.Tests.ServiceRequests;

public class ServiceRequestJsonTests
{
    private static readonly ItsmJsonOptions Options = new()
    {
        Calendars = new BusinessCalendarRegistry([ServiceRequestScenario.Calendar]),
        Modules = [new IncidentsJsonModule { ServiceRequests = ServiceRequestScenario.Settings }],
    };

    private static readonly Instant Start = ServiceRequestScenario.Start;
    private static readonly Actor Desk = ServiceRequestScenario.Actors[0];
    private static readonly Actor Resolver = ServiceRequestScenario.Actors[1];
    private static readonly Actor Requester = ServiceRequestScenario.Actors[2];
    private static readonly Actor First = ServiceRequestScenario.Actors[ServiceRequestScenario.FirstApprover];
    private static readonly Actor Second = ServiceRequestScenario.Actors[ServiceRequestScenario.FirstApprover + 1];
    private static readonly Actor Third = ServiceRequestScenario.Actors[ServiceRequestScenario.FirstApprover + 2];

    private static Instant At(double hours) => Start + Duration.FromMinutes(hours * 60);

    /// <summary>Quorum 50 % of three: acknowledged, a rejection and two approvals, then assigned, held, resumed, warned
    /// (50 % of the fulfilment target), fulfilled and closed by the requester.</summary>
    private static ServiceRequest Approved()
    {
        var request = new ServiceRequestScenario(ApprovalPolicy.Quorum(50), 3, Priority.P2, true, []).Submit();
        request.Acknowledge(Desk, At(0.5));
        request.Reject(First, At(1), "not this quarter");
        request.Approve(Second, At(2));
        request.Approve(Third, At(3), "approved for the new starter");
        request.Assign(Desk, At(4), new Id<Kinds.Group>("workplace"), "res-1");
        request.PutOnHold(Resolver, At(5), "awaiting delivery");
        request.Resume(Resolver, At(24));
        request.Advance(Actor.System, At(31));
        request.Fulfil(Resolver, At(32), "delivered, asset LT-0042");
        request.Close(Requester, At(33));
        return request;
    }

    private static ServiceRequest Rejected()
    {
        var request = new ServiceRequestScenario(ApprovalPolicy.All, 2, Priority.P3, false, []).Submit();
        request.Reject(First, At(1), "use a pool laptop");
        return request;
    }

    private static ServiceRequest AutoClosed()
    {
        var request = new ServiceRequestScenario(ApprovalPolicy.None, 0, Priority.P3, true, []).Submit();
        request.Assign(Desk, At(1), new Id<Kinds.Group>("workplace"));
        request.RecordProgressUpdate(Desk, At(1), UpdateAudience.Customer, "ordered");
        request.Advance(Actor.System, At(24));
        request.Fulfil(Resolver, At(25), "done");
        request.Advance(Actor.System, At(24 * 7));
        return request;
    }

    private static ServiceRequest Cancelled()
    {
        var request = new ServiceRequestScenario(ApprovalPolicy.AnyOne, 1, Priority.P3, true, []).Submit();
        request.Cancel(Requester, At(1), "no longer needed");
        return request;
    }

    private static ServiceRequest Read(string json) => ItsmJson.Deserialize<ServiceRequest>(json, Options);

    private static JsonSerializationException Refused(JObject json) =>
        Assert.Throws<JsonSerializationException>(() => Read(json.ToString()));

    [Fact]
    public void ServiceRequest_RoundTrips_WithItsDecisionsAndClocks()
    {
        var request = Approved();

        string json = ItsmJson.Serialize(request, Options);
        var again = Read(json);

        Assert.Equal(request.Version, again.Version);
        Assert.Equal((request.State, request.Approval, request.Approvals, request.Rejections, request.ApprovedAt, request.FulfilmentNotes),
            (again.State, again.Approval, again.Approvals, again.Rejections, again.ApprovedAt, again.FulfilmentNotes));
        Assert.Equal(request.Decisions, again.Decisions);
        Assert.Equivalent(request.SlaStatusAt(At(40)), again.SlaStatusAt(At(40)));
        Assert.Equal(json, ItsmJson.Serialize(again, Options));
        Assert.Contains("\"policy\": \"Quorum\"", json, StringComparison.Ordinal);
        Assert.Contains("\"percentage\": 50", json, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryEventType_RoundTrips()
    {
        var names = EventTypes.In(typeof(ServiceRequest).Assembly).Keys.Where(n => n.StartsWith("service-request.", StringComparison.Ordinal)).ToHashSet();
        var seen = new System.Collections.Generic.HashSet<string>();

        foreach (var request in new[] { Approved(), Rejected(), AutoClosed(), Cancelled() })
        {
            string json = ItsmJson.Serialize(request, Options);
            var again = Read(json);

            Assert.Equal(json, ItsmJson.Serialize(again, Options));
            Assert.Equal(request.Events.Select(e => e.GetType()), again.Events.Select(e => e.GetType()));
            Assert.Equal(request.Decisions, again.Decisions);
            seen.UnionWith(JObject.Parse(json)["events"]!.Select(e => (string)e["type"]!));
        }

        Assert.Equal(names.Order(), seen.Order());
    }

    [Fact]
    public void ADecisionFromSomeoneWhoIsNotAnEligibleApprover_IsRefused()
    {
        var json = JObject.Parse(ItsmJson.Serialize(Approved(), Options));
        var vote = json["events"]!.First(e => (string)e["type"]! == "service-request.approval-decided");
        vote["actor"]!["id"] = "mallory";

        var error = Refused(json);

        Assert.StartsWith("events:", error.Message, StringComparison.Ordinal);
        Assert.Contains("eligible approver", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnApprovalTheDecisionsDoNotGive_IsRefused()
    {
        var json = JObject.Parse(ItsmJson.Serialize(Approved(), Options));
        var events = (JArray)json["events"]!;
        var third = events.Last(e => (string)e["type"]! == "service-request.approval-decided");
        third["decision"] = "Reject";
        third["comment"] = "changed";

        var error = Refused(json);

        Assert.Contains("a request is approved only when its approval rule is met", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARequestThatNeedsApprovalButSkipsIt_IsRefused()
    {
        var json = JObject.Parse(ItsmJson.Serialize(Approved(), Options));
        var events = (JArray)json["events"]!;
        foreach (var e in events.Where(e => ((string)e["type"]!).StartsWith("service-request.approv", StringComparison.Ordinal)).ToList())
        {
            events.Remove(e);
        }

        for (int i = 0; i < events.Count; i++)
        {
            events[i]!["version"] = i + 1;
        }

        json.Remove("version");

        Assert.Contains("sent for approval by its submission", Refused(json).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnApprovalPolicyThatBreaksItsRules_IsRefusedWithItsPath()
    {
        var json = JObject.Parse(ItsmJson.Serialize(Approved(), Options));
        json["events"]![0]!["approval"]!["percentage"] = 0;
        Assert.StartsWith("events[0].approval.percentage:", Refused(json).Message, StringComparison.Ordinal);

        json["events"]![0]!["approval"]!["percentage"] = "fifty";
        Assert.StartsWith("events[0].approval.percentage: expected a whole number", Refused(json).Message, StringComparison.Ordinal);

        json["events"]![0]!["approval"] = new JObject { ["policy"] = "AnyOne", ["percentage"] = 50 };
        Assert.StartsWith("events[0].approval.percentage: gives a percentage", Refused(json).Message, StringComparison.Ordinal);

        json["events"]![0]!["approval"] = new JObject { ["policy"] = "Majority" };
        Assert.Contains("'Majority' is not one of None, AnyOne, All, Quorum", Refused(json).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheRequesterAmongTheApprovers_IsRefused()
    {
        var json = JObject.Parse(ItsmJson.Serialize(Rejected(), Options));
        ((JArray)json["events"]![0]!["approvers"]!).Add(ServiceRequestScenario.RequesterId);

        Assert.Contains("the approver is never the requester", Refused(json).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownStateName_DisagreeingState_AndDisagreeingVersion_AreRefused()
    {
        var json = JObject.Parse(ItsmJson.Serialize(Approved(), Options));
        json["state"] = "Pending";
        Assert.Contains("'Pending' is not one of", Refused(json).Message, StringComparison.Ordinal);

        json["state"] = "Fulfilled";
        Assert.StartsWith("state: says Fulfilled, but the events leave the record Closed", Refused(json).Message, StringComparison.Ordinal);

        json["state"] = "Closed";
        json["version"] = 99;
        Assert.StartsWith("version:", Refused(json).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownEventType_AndANewerSchema_AreRefused()
    {
        var json = JObject.Parse(ItsmJson.Serialize(Cancelled(), Options));
        json["events"]![2]!["type"] = "service-request.escalated";
        Assert.StartsWith("events[2].type: 'service-request.escalated' is not a service request event type", Refused(json).Message, StringComparison.Ordinal);

        json = JObject.Parse(ItsmJson.Serialize(Cancelled(), Options));
        json["events"]![1]!["schema"] = 2;
        Assert.StartsWith("events[1].schema:", Refused(json).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingWithoutSettings_SaysTheyAreNeeded() =>
        Assert.Contains(
            "no ServiceRequestSettings",
            Assert.Throws<JsonSerializationException>(() => ItsmJson.Deserialize<ServiceRequest>(ItsmJson.Serialize(Cancelled(), Options), new ItsmJsonOptions { Calendars = Options.Calendars, Modules = [new IncidentsJsonModule()] })).Message,
            StringComparison.Ordinal);
}

[ScaledProperties(Arbitrary = [typeof(ServiceRequestArbitraries)], Cases = 2_000)]
public class ServiceRequestJsonProperties
{
    private static readonly ItsmJsonOptions Options = new()
    {
        Calendars = new BusinessCalendarRegistry([ServiceRequestScenario.Calendar]),
        Modules = [new IncidentsJsonModule { ServiceRequests = ServiceRequestScenario.Settings }],
    };
}
