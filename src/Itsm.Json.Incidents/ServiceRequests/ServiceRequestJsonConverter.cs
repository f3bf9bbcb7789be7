using System.Linq;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Core.Ids;
using Itsm.Incidents;
using Itsm.Sla.Targets;
using Itsm.Json.Incidents;
using Newtonsoft.Json.Linq;
using static Itsm.Json.JsonTokens;

namespace Itsm.Json.ServiceRequests;

/// <summary>
/// Reads and writes <see cref="ServiceRequest"/> as its state and its events:
/// <c>{ "id", "state", "version", "events": [{ "type", "schema", "version", "at", "actor", ... }] }</c>. Reading rebuilds
/// the request from its events with the host's <see cref="ServiceRequestSettings"/> and refuses a document that
/// describes an impossible record (a transition the lifecycle does not allow, a decision from someone who is not an
/// eligible approver, an approval outcome the decisions do not give, an unknown state, a version that disagrees with the
/// events); nothing is loaded half-way.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ServiceRequestJsonConverter : RecordJsonConverter<ServiceRequest, ServiceRequestSettings>
{
    private readonly BusinessCalendarRegistry? _calendars;

    /// <summary>Initializes the converter.</summary>
    /// <param name="calendars">Where calendar ids are resolved when reading; null to only write.</param>
    /// <param name="settings">The settings service requests are loaded with; null to only write.</param>
    public ServiceRequestJsonConverter(BusinessCalendarRegistry? calendars, ServiceRequestSettings? settings)
        : base(settings) => _calendars = calendars;

    private protected override JToken ToJson(ServiceRequest request) => RecordDocument(request.Id.Value, request.State.ToString(), request.Version, request.Events, Event);

    private protected override ServiceRequest FromJson(JToken token) =>
        ReadRecordDocument<ServiceRequest, ServiceRequestState, ServiceRequestEvent, ServiceRequestSettings>(token, Settings, "a service request", "ServiceRequestSettings", "IncidentsJsonModule.ServiceRequests", ReadEvent, ServiceRequest.FromEvents, r => r.State, r => r.Version);

    private static JObject Event(ServiceRequestEvent e)
    {
        var json = EventHeader(e);
        switch (e)
        {
            case ServiceRequestSubmitted submitted:
                json["id"] = submitted.Id.Value;
                json["requester"] = submitted.Requester;
                json["catalogueItem"] = submitted.CatalogueItem.Value;
                json["service"] = submitted.Service.Value;
                json["details"] = submitted.Details;
                json["priority"] = submitted.Priority.ToString();
                json["approval"] = Approval(submitted.Approval);
                json["approvers"] = new JArray(submitted.Approvers);
                json["responseTarget"] = Target(submitted.ResponseTarget);
                json["fulfilmentTarget"] = Target(submitted.FulfilmentTarget);
                break;
            case ServiceRequestApprovalDecided decided:
                json["decision"] = decided.Decision.ToString();
                json["comment"] = decided.Comment;
                break;
            case ServiceRequestAssigned assigned:
                json["group"] = assigned.Group.Value;
                json["assignee"] = assigned.Assignee;
                break;
            case ServiceRequestPutOnHold hold:
                json["reason"] = hold.Reason;
                break;
            case ServiceRequestFulfilled fulfilled:
                json["notes"] = fulfilled.Notes;
                break;
            case ServiceRequestClosed closed:
                json["kind"] = closed.Kind.ToString();
                break;
            case ServiceRequestCancelled cancelled:
                json["reason"] = cancelled.Reason;
                break;
            case ServiceRequestProgressUpdated updated:
                ProgressUpdateJson.WriteUpdate(json, updated.Audience, updated.Text);
                break;
            case ServiceRequestProgressUpdateOverdue overdue:
                ProgressUpdateJson.WriteOverdue(json, overdue.Audience, overdue.DueAt);
                break;
            case ServiceRequestSlaWarningRaised warning:
                json["metric"] = warning.Metric.Name;
                json["cycle"] = warning.Cycle;
                json["threshold"] = Threshold(warning.Threshold);
                json["firedAt"] = Instant(warning.FiredAt);
                json["passedOnAttach"] = warning.PassedOnAttach;
                break;
        }

        return json;
    }

    /// <summary>An approval policy: <c>{ "policy": "Quorum", "percentage": 50 }</c>; the percentage only for a quorum.</summary>
    private static JObject Approval(ApprovalPolicy approval)
    {
        var json = new JObject { ["policy"] = approval.Kind.ToString() };
        if (approval.QuorumPercentage is { } percentage)
        {
            json["percentage"] = percentage;
        }

        return json;
    }

    private static ApprovalPolicy ReadApproval(JToken token)
    {
        var approval = Object(token);
        var kind = Enum<ApprovalPolicyKind>(Required(approval, "policy"));
        if (kind == ApprovalPolicyKind.Quorum)
        {
            var percentage = Required(approval, "percentage");
            return Wrap(percentage, () => ApprovalPolicy.Quorum(Int(percentage)));
        }

        if (approval["percentage"] is { Type: not JTokenType.Null } stray)
        {
            throw Error(stray, $"gives a percentage, but only a quorum policy has one and this one is {kind}");
        }

        return kind switch
        {
            ApprovalPolicyKind.AnyOne => ApprovalPolicy.AnyOne,
            ApprovalPolicyKind.All => ApprovalPolicy.All,
            _ => ApprovalPolicy.None,
        };
    }

    private ServiceRequestEvent ReadEvent(JToken token)
    {
        var (e, type, at, actor, version) = ReadEventHeader(token);
        string? Optional(string name) => e[name] is { Type: JTokenType.String } value ? (string?)value : null;
        ServiceRequestEvent result = type switch
        {
            "service-request.submitted" => new ServiceRequestSubmitted(
                at,
                actor,
                ReadId<Kinds.ServiceRequest>(e, "id"),
                String(e, "requester"),
                ReadId<Kinds.CatalogueItem>(e, "catalogueItem"),
                ReadId<Kinds.Service>(e, "service"),
                String(e, "details"),
                Enum<Priority>(Required(e, "priority")),
                ReadApproval(Required(e, "approval")),
                [.. Array(e, "approvers").Select(Text)],
                ReadTarget(Required(e, "responseTarget"), _calendars),
                ReadTarget(Required(e, "fulfilmentTarget"), _calendars)),
            "service-request.approval-requested" => new ServiceRequestApprovalRequested(at, actor),
            "service-request.approval-decided" => new ServiceRequestApprovalDecided(at, actor, Enum<ApprovalDecision>(Required(e, "decision")), Optional("comment")),
            "service-request.approved" => new ServiceRequestApproved(at, actor),
            "service-request.rejected" => new ServiceRequestRejected(at, actor),
            "service-request.acknowledged" => new ServiceRequestAcknowledged(at, actor),
            "service-request.assigned" => new ServiceRequestAssigned(at, actor, ReadId<Kinds.Group>(e, "group"), Optional("assignee")),
            "service-request.put-on-hold" => new ServiceRequestPutOnHold(at, actor, String(e, "reason")),
            "service-request.resumed" => new ServiceRequestResumed(at, actor),
            "service-request.fulfilled" => new ServiceRequestFulfilled(at, actor, String(e, "notes")),
            "service-request.closed" => new ServiceRequestClosed(at, actor, Enum<ServiceRequestClosureKind>(Required(e, "kind"))),
            "service-request.cancelled" => new ServiceRequestCancelled(at, actor, String(e, "reason")),
            "service-request.progress-updated" => ProgressUpdateJson.ReadUpdate(e, (audience, text) => new ServiceRequestProgressUpdated(at, actor, audience, text)),
            "service-request.progress-update-overdue" => ProgressUpdateJson.ReadOverdue(e, (audience, dueAt) => new ServiceRequestProgressUpdateOverdue(at, actor, audience, dueAt)),
            "service-request.sla-warning-raised" => new ServiceRequestSlaWarningRaised(
                at,
                actor,
                Wrap(e, () => SlaMetric.Named(String(e, "metric"))),
                Int(Required(e, "cycle")),
                ReadThreshold(Required(e, "threshold")),
                ReadInstant(Required(e, "firedAt")),
                Bool(Required(e, "passedOnAttach"))),
            _ => throw Error(e["type"], $"'{type}' is not a service request event type"),
        };
        return result with { Version = version };
    }
}
