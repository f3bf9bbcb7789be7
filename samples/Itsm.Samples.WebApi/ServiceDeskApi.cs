using System;
using System.IO;
using Itsm.Incidents;
using Itsm.Samples.WebApi.Domain;
using Itsm.Samples.WebApi.Endpoints;
using Itsm.Samples.WebApi.Storage;
using Itsm.Samples.WebApi.Timers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Itsm.Samples.WebApi;

/// <summary>
/// Builds the web API: the service desk's rules, the store (SQLite in the app's folder by default, PostgreSQL when
/// <c>ConnectionStrings:Postgres</c> is set), the SLA timer, the endpoints, problem details and the OpenAPI description
/// (<c>/openapi/v1.json</c>). Bound to 127.0.0.1 unless <c>--urls</c> says otherwise.
/// </summary>
internal static class ServiceDeskApi
{
    /// <summary>The address the API listens on when none is configured.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Builds the application, its database schema created if absent.</summary>
    /// <param name="args">The command line (<c>--urls</c>, <c>--ConnectionStrings:Postgres=...</c>).</param>
    /// <param name="configure">Changes to the services after the defaults (tests replace the clock).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var desk = ServiceDesk.Create();
        builder.Services.AddSingleton(desk);
        builder.Services.AddSingleton(UserDirectory.From(builder.Configuration.GetSection("ServiceDesk:Users")));
        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.Services.AddSingleton(new StoreOptions { SnapshotEvery = builder.Configuration.GetValue("ServiceDesk:SnapshotEvery", 50) });
        AddKind<Incident, IncidentKind>(builder.Services);
        AddKind<ServiceRequest, ServiceRequestKind>(builder.Services);
        builder.Services.AddDbContext<ItsmDbContext>(options => UseDatabase(options, builder.Configuration));
        builder.Services.AddScoped<EventStore>();
        builder.Services.AddScoped<RecordCommands>();
        builder.Services.AddSingleton<SlaTimer>();
        builder.Services.AddSingleton(new SlaTimerOptions(builder.Configuration.GetValue("ServiceDesk:TimerLoop", true)));
        builder.Services.AddSingleton<SlaTimerService>();
        builder.Services.AddHostedService(s => s.GetRequiredService<SlaTimerService>());

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemMapping>();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi();
        configure?.Invoke(builder);

        var app = builder.Build();
        using (var scope = app.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<ItsmDbContext>().Database.EnsureCreated();
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        IncidentEndpoints.Map(app, desk);
        ServiceRequestEndpoints.Map(app, desk);
        return app;
    }

    /// <summary>Registers a kind of record once, as itself, as the endpoints ask for it and as the timer does.</summary>
    private static void AddKind<TRecord, TKind>(IServiceCollection services)
        where TRecord : class, Itsm.Core.IEventSourcedRecord
        where TKind : RecordKind<TRecord>
    {
        services.AddSingleton<TKind>();
        services.AddSingleton<RecordKind<TRecord>>(s => s.GetRequiredService<TKind>());
        services.AddSingleton<ITimedKind>(s => s.GetRequiredService<TKind>());
    }

    /// <summary>PostgreSQL when <c>ConnectionStrings:Postgres</c> is set; otherwise SQLite, the file
    /// <c>ConnectionStrings:Sqlite</c> names or <c>itsm.db</c> in the app's folder.</summary>
    private static void UseDatabase(DbContextOptionsBuilder options, IConfiguration configuration)
    {
        if (configuration.GetConnectionString("Postgres") is { Length: > 0 } postgres)
        {
            options.UseNpgsql(postgres);
        }
        else
        {
            options.UseSqlite(configuration.GetConnectionString("Sqlite") is { Length: > 0 } sqlite
                ? sqlite
                : "Data Source=" + Path.Combine(AppContext.BaseDirectory, "itsm.db"));
        }
    }
}
