using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Itsm.Samples.WebApi.Tests.Endpoints;

/// <summary>Every documented refusal answers as a problem (RFC 9457) with its status and type, and changes nothing.</summary>
public class ProblemTests
{
    private sealed record Problem(string Type, string Title, int Status, string Detail);

    [Fact]
    public async Task Each_refusal_has_its_status_and_type_and_leaves_the_incident_as_it_was()
    {
        await using var api = await ApiHost.StartAsync(await Databases.NewAsync(Databases.Sqlite));
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsync("/incidents", "zhang.min", new { id = "INC-1", caller = "Acme", service = "email", category = "email", impact = 2, urgency = 2 })).StatusCode);

        // 400: an argument the package refuses, naming the value and the rule.
        await Expect(api.PostAsync("/incidents", "zhang.min", new { id = "INC-2", caller = "Acme", service = "email", category = "email", impact = 7, urgency = 2 }),
            HttpStatusCode.BadRequest, "urn:itsm:problem:bad-input", "7");
        await Expect(api.PostAsync("/incidents/INC-1/hold", "zhang.min", new { reason = "Lunch" }), HttpStatusCode.BadRequest, "urn:itsm:problem:bad-input", "'Lunch' is not one of AwaitingCaller");
        await Expect(api.PostAsync("/incidents/INC-1/assign", "zhang.min", new { assignee = "chen.jie" }), HttpStatusCode.BadRequest, "urn:itsm:problem:bad-input", "group is required");
        await Expect(Raw(api, "/incidents/INC-1/assign", "{\"group\": "), HttpStatusCode.BadRequest, "urn:itsm:problem:bad-input", "as JSON");
        var badEtag = new HttpRequestMessage(HttpMethod.Post, "/incidents/INC-1/acknowledge");
        badEtag.Headers.Add("X-Actor", "zhang.min");
        badEtag.Headers.TryAddWithoutValidation("If-Match", "W/\"x\"");
        await Expect(api.Client.SendAsync(badEtag), HttpStatusCode.BadRequest, "urn:itsm:problem:bad-input", "If-Match 'W/\"x\"'");

        // 401: no user, or one the directory does not know.
        await Expect(api.Client.PostAsync("/incidents/INC-1/acknowledge", null), HttpStatusCode.Unauthorized, "urn:itsm:problem:unknown-caller", "X-Actor");
        await Expect(api.PostAsync("/incidents/INC-1/acknowledge", "nobody"), HttpStatusCode.Unauthorized, "urn:itsm:problem:unknown-caller", "'nobody'");

        // 403: the role policy; the message names the actor, the command and the roles.
        var forbidden = await Expect(api.PostAsync("/incidents/INC-1/assign", "liu.yang", new { group = "messaging" }), HttpStatusCode.Forbidden, "urn:itsm:problem:not-authorised", "Liu Yang (liu.yang) may not Assign Incident 'INC-1'");
        Assert.Equal("Assign", forbidden.GetProperty("command").GetString());

        // 404: an unknown id, and an id of another kind.
        await Expect(api.PostAsync("/incidents/INC-404/acknowledge", "zhang.min"), HttpStatusCode.NotFound, "urn:itsm:problem:not-found", "'INC-404'");
        await Expect(api.Client.GetAsync("/service-requests/INC-1"), HttpStatusCode.NotFound, "urn:itsm:problem:not-found", "No service-request has the id 'INC-1'");

        // 409: a transition the lifecycle refuses, and a stale version.
        var refused = await Expect(api.PostAsync("/incidents/INC-1/resume", "zhang.min"), HttpStatusCode.Conflict, "urn:itsm:problem:invalid-transition", "Resume");
        Assert.Equal(("New", "Resume"), (refused.GetProperty("state").GetString(), refused.GetProperty("trigger").GetString()));
        await Expect(api.PostAsync("/incidents/INC-1/assign", "zhang.min", new { group = "messaging" }, ifMatch: 5), HttpStatusCode.Conflict, "urn:itsm:problem:stale-version", "version 5");

        // A second incident with a taken id is a conflict too, and nothing of it is stored.
        await Expect(api.PostAsync("/incidents", "zhang.min", new { id = "INC-1", caller = "Other", service = "web", category = "web", impact = 1, urgency = 1 }),
            HttpStatusCode.Conflict, "urn:itsm:problem:stale-version", "A record with the id 'INC-1' exists already");

        var incident = (await api.Client.GetFromJsonAsync<JsonElement>("/incidents/INC-1"));
        Assert.Equal(("New", 1, "P3"), (incident.GetProperty("state").GetString(), incident.GetProperty("version").GetInt32(), incident.GetProperty("priority").GetString()));

        // If-Match: * accepts any version.
        var any = new HttpRequestMessage(HttpMethod.Post, "/incidents/INC-1/acknowledge");
        any.Headers.Add("X-Actor", "zhang.min");
        any.Headers.TryAddWithoutValidation("If-Match", "*");
        Assert.Equal(HttpStatusCode.Conflict, (await api.Client.SendAsync(any)).StatusCode); // New: nothing to acknowledge yet
        var assign = new HttpRequestMessage(HttpMethod.Post, "/incidents/INC-1/assign") { Content = JsonContent.Create(new { group = "messaging" }) };
        assign.Headers.Add("X-Actor", "zhang.min");
        assign.Headers.TryAddWithoutValidation("If-Match", "*");
        Assert.Equal(HttpStatusCode.OK, (await api.Client.SendAsync(assign)).StatusCode);
    }

    private static Task<HttpResponseMessage> Raw(ApiHost api, string path, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Actor", "zhang.min");
        return api.Client.SendAsync(request);
    }

    private static async Task<JsonElement> Expect(Task<HttpResponseMessage> send, HttpStatusCode status, string type, string detailPart)
    {
        var response = await send;
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(type, problem.GetProperty("type").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Contains(detailPart, problem.GetProperty("detail").GetString(), System.StringComparison.Ordinal);
        return problem;
    }
}
