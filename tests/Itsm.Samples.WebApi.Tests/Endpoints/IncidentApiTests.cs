using System.Linq;
using System.Net;
using System.Net.Http.Json;
using System.Threading.Tasks;
using NodaTime;

namespace Itsm.Samples.WebApi.Tests.Endpoints;

/// <summary>Incidents and service requests driven over HTTP on 127.0.0.1, through their whole lifecycle, on SQLite and
/// on PostgreSQL.</summary>
public class IncidentApiTests
{
    private sealed record Sla(string State, string Target, string? Due, long ElapsedMinutes, bool Breached);

    private sealed record Event(long Version, string Type, string At, string Actor);

    private sealed record View(string Id, string State, string Priority, long Version, string? Group, string? Assignee, string? HoldReason, Sla Response, Sla Resolution, Sla? Fulfilment, string? Closure, Event[] Events);

    private sealed record Row(string Id, string State, string Priority, long Version, string? NextDueAt);

    [SkippableTheory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_incident_goes_from_logged_to_closed_over_http_and_leaves_the_open_list(string database)
    {
        await using var api = await ApiHost.StartAsync(await Databases.NewAsync(database));

        var logged = await api.PostAsync("/incidents", "zhang.min", new { id = "INC-100", caller = "Acme Bank", service = "email", category = "email/delivery", impact = 1, urgency = 2 });
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        Assert.Equal("/incidents/INC-100", logged.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", logged.Headers.ETag?.Tag);
        var view = (await logged.Content.ReadFromJsonAsync<View>())!;
        Assert.Equal(("New", "P2", 1L), (view.State, view.Priority, view.Version));
        Assert.Equal("Running", view.Resolution.State);

        await Step(api, "/incidents/INC-100/assign", "zhang.min", new { group = "messaging", assignee = "chen.jie" }, "InProgress", 2);
        api.Clock.Advance(Duration.FromMinutes(20));
        var acknowledged = await Step(api, "/incidents/INC-100/acknowledge", "chen.jie", null, "InProgress", 3);
        Assert.Equal(("Stopped", 20L), (acknowledged.Response.State, acknowledged.Response.ElapsedMinutes));

        api.Clock.Advance(Duration.FromHours(1));
        var held = await Step(api, "/incidents/INC-100/hold", "chen.jie", new { reason = "AwaitingCaller" }, "OnHold", 4);
        Assert.Equal(("AwaitingCaller", "Paused"), (held.HoldReason, held.Resolution.State));
        api.Clock.Advance(Duration.FromHours(3));
        var resumed = await Step(api, "/incidents/INC-100/resume", "chen.jie", null, "InProgress", 5);
        Assert.Equal(80L, resumed.Resolution.ElapsedMinutes); // the three hours on hold did not count

        var open = (await api.Client.GetFromJsonAsync<Row[]>("/incidents"))!;
        Assert.Equal([("INC-100", "InProgress", 5L)], open.Select(r => (r.Id, r.State, r.Version)));
        Assert.NotNull(open[0].NextDueAt);

        await Step(api, "/incidents/INC-100/resolve", "chen.jie", new { code = "relay-reconfigured", notes = "Reconfigured the outbound relay." }, "Resolved", 6);
        var closed = await Step(api, "/incidents/INC-100/close", "zhang.min", null, "Closed", 7);
        Assert.Equal("CallerConfirmed", closed.Closure);
        Assert.Equal(
            ["IncidentLogged", "IncidentAssigned", "IncidentAcknowledged", "IncidentPutOnHold", "IncidentResumed", "IncidentResolved", "IncidentClosed"],
            closed.Events.Select(e => e.Type));
        Assert.Empty((await api.Client.GetFromJsonAsync<Row[]>("/incidents"))!);

        var read = await api.Client.GetAsync("/incidents/INC-100");
        Assert.Equal("\"7\"", read.Headers.ETag?.Tag);
        Assert.Equal("Closed", (await read.Content.ReadFromJsonAsync<View>())!.State);
    }

    [SkippableTheory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_service_request_goes_from_submitted_to_closed_over_http(string database)
    {
        await using var api = await ApiHost.StartAsync(await Databases.NewAsync(database));

        var submitted = await api.PostAsync("/service-requests", "zhang.min", new { id = "REQ-7", requester = "li.na", catalogueItem = "laptop", service = "workplace", details = "A laptop for a new starter", priority = "P4" });
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        Assert.Equal(("New", "P4"), ((await submitted.Content.ReadFromJsonAsync<View>())!.State, (await api.Client.GetFromJsonAsync<View>("/service-requests/REQ-7"))!.Priority));

        await Step(api, "/service-requests/REQ-7/assign", "zhang.min", new { group = "workplace", assignee = "chen.jie" }, "InFulfilment", 2);
        var held = await Step(api, "/service-requests/REQ-7/hold", "chen.jie", new { reason = "waiting for delivery" }, "OnHold", 3);
        Assert.Equal(("waiting for delivery", "Paused"), (held.HoldReason, held.Fulfilment!.State));
        api.Clock.Advance(Duration.FromDays(1));
        await Step(api, "/service-requests/REQ-7/resume", "chen.jie", null, "InFulfilment", 4);
        Assert.Equal(["REQ-7"], (await api.Client.GetFromJsonAsync<Row[]>("/service-requests"))!.Select(r => r.Id));
        await Step(api, "/service-requests/REQ-7/fulfil", "chen.jie", new { notes = "Delivered and set up." }, "Fulfilled", 5);
        var closed = await Step(api, "/service-requests/REQ-7/close", "zhang.min", null, "Closed", 6);
        Assert.Equal("RequesterConfirmed", closed.Closure);
        Assert.Empty((await api.Client.GetFromJsonAsync<Row[]>("/service-requests"))!);
        Assert.Empty((await api.Client.GetFromJsonAsync<Row[]>("/incidents"))!);
    }

    private static async Task<View> Step(ApiHost api, string path, string actor, object? body, string state, long version)
    {
        var response = await api.PostAsync(path, actor, body);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        Assert.Equal($"\"{version}\"", response.Headers.ETag?.Tag);
        var view = (await response.Content.ReadFromJsonAsync<View>())!;
        Assert.Equal((state, version), (view.State, view.Version));
        return view;
    }
}
