using System.Linq;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;

namespace Itsm.Samples.WebApi.Tests.Endpoints;

/// <summary>The OpenAPI description lists every endpoint.</summary>
public class OpenApiTests
{
    [Fact]
    public async Task The_description_lists_every_command_of_both_kinds()
    {
        await using var api = await ApiHost.StartAsync(await Databases.NewAsync(Databases.Sqlite));

        var document = await api.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var kind in new[] { "incidents", "service-requests" })
        {
            Assert.Contains($"/{kind}", paths);
            Assert.Contains($"/{kind}/{{id}}", paths);
            foreach (var verb in new[] { "assign", "acknowledge", "hold", "resume", "close" })
            {
                Assert.Contains($"/{kind}/{{id}}/{verb}", paths);
            }
        }

        Assert.Contains("/incidents/{id}/resolve", paths);
        Assert.Contains("/service-requests/{id}/fulfil", paths);
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => o.Value.GetProperty("operationId").GetString())).ToList();
        Assert.Contains("LogIncident", operations);
        Assert.Contains("SubmitServiceRequest", operations);
        Assert.Equal(operations.Count, operations.Distinct().Count());
    }
}
