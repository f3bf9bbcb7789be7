using System.Collections.Generic;
using System.Linq;
using Itsm.Core.Ids;
using Itsm.Incidents;
using Itsm.Samples.WebApi.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Itsm.Samples.WebApi.Endpoints;

/// <summary>The body that logs an incident.</summary>
internal sealed record LogIncident(string? Id, string? Caller, string? Service, string? Category, int Impact, int Urgency, IReadOnlyList<string>? ConfigurationItems);

/// <summary>The body that assigns a record.</summary>
internal sealed record Assign(string? Group, string? Assignee);

/// <summary>The body that puts a record on hold: for an incident a <see cref="HoldReason"/> name, for a service request
/// any text.</summary>
internal sealed record Hold(string? Reason);

/// <summary>The body that resolves an incident.</summary>
internal sealed record Resolve(string? Code, string? Notes);

/// <summary>The incident endpoints: <c>/incidents</c>.</summary>
internal static class IncidentEndpoints
{
    public static void Map(IEndpointRouteBuilder app, ServiceDesk desk)
    {
        var api = new RecordApi<Incident, IncidentView>(app.MapGroup("/incidents").WithTags("Incidents"), IncidentKind.KindName, "INC-", IncidentView.Of);
        api.Create<LogIncident>("LogIncident", "Logs an incident; its response and resolution clocks start.", b => b.Id ?? string.Empty,
            (b, id, by, now) => Incident.Log(
                new Id<Kinds.Incident>(id), Http.Required(b.Caller, "caller"), new Id<Kinds.Service>(Http.Required(b.Service, "service")),
                (b.ConfigurationItems ?? []).Select(c => new Id<Kinds.ConfigurationItem>(c)), Http.Required(b.Category, "category"),
                b.Impact, b.Urgency, desk.Incidents, by, now));
        api.List("ListOpenIncidents", "Lists the open incidents from the read model, the next due first.");
        api.Get("GetIncident", "An incident's state, SLA clocks and events now.");
        api.Command<Assign>("assign", "AssignIncident", "Assigns the incident to a group and, optionally, a person.",
            (i, by, now, b) => i.Assign(by, now, new Id<Kinds.Group>(Http.Required(b.Group, "group")), b.Assignee));
        api.Command("acknowledge", "AcknowledgeIncident", "Acknowledges the assignment: the response clock stops.", (i, by, now) => i.Acknowledge(by, now));
        api.Command<Hold>("hold", "PutIncidentOnHold", "Puts the incident on hold: the resolution clock pauses.",
            (i, by, now, b) => i.PutOnHold(by, now, Http.Parse<HoldReason>(b.Reason, "reason")));
        api.Command("resume", "ResumeIncident", "Resumes work on the incident: the resolution clock runs again.", (i, by, now) => i.Resume(by, now));
        api.Command<Resolve>("resolve", "ResolveIncident", "Resolves the incident; it closes itself unless the caller reopens it.",
            (i, by, now, b) => i.Resolve(by, now, Http.Required(b.Code, "code"), Http.Required(b.Notes, "notes")));
        api.Command("close", "CloseIncident", "Closes a resolved incident on the caller's confirmation.", (i, by, now) => i.Close(by, now));
    }
}
