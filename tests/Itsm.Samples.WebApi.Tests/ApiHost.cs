using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using Itsm.Samples.WebApi.Timers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;

namespace Itsm.Samples.WebApi.Tests;

/// <summary>
/// The web API running for real: Kestrel on 127.0.0.1 on a free port, the database the test chose, and a fake clock the
/// test moves. <see cref="Client"/> talks to it over HTTP.
/// </summary>
internal sealed class ApiHost : IAsyncDisposable
{
    /// <summary>Monday 7 December 2026, 09:00 in Shanghai: a working day, at opening.</summary>
    public static readonly Instant MondayMorning = Instant.FromUtc(2026, 12, 7, 1, 0);

    private ApiHost(WebApplication app, FakeClock clock, HttpClient client)
    {
        App = app;
        Clock = clock;
        Client = client;
    }

    public WebApplication App { get; }

    public FakeClock Clock { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => App.Services;

    public SlaTimer Timer => Services.GetRequiredService<SlaTimer>();

    public SlaTimerService TimerService => Services.GetRequiredService<SlaTimerService>();

    /// <summary>Starts the API on a database (the settings from <see cref="Databases.NewAsync"/>).</summary>
    /// <param name="database">The database settings.</param>
    /// <param name="clock">The clock; a new fake clock at <see cref="MondayMorning"/> when null.</param>
    /// <param name="extra">More settings, for example <c>--ServiceDesk:SnapshotEvery=3</c>.</param>
    public static async Task<ApiHost> StartAsync(string[] database, FakeClock? clock = null, params string[] extra)
    {
        clock ??= new FakeClock(MondayMorning);
        var app = ServiceDeskApi.Build(
            ["--urls", "http://127.0.0.1:0", .. database, .. extra],
            builder =>
            {
                builder.Services.AddSingleton<IClock>(clock);
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
            });
        await app.StartAsync();
        await app.Services.GetRequiredService<SlaTimerService>().Started;
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        return new ApiHost(app, clock, new HttpClient { BaseAddress = new Uri(address) });
    }

    /// <summary>Sends a command as a user, optionally with the version the user saw.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, string actor, object? body = null, long? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-Actor", actor);
        if (ifMatch is { } version)
        {
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
