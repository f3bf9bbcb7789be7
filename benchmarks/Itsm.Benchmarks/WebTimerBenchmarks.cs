using System;
using System.IO;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Itsm.Core.Ids;
using Itsm.Incidents;
using Itsm.Samples.WebApi;
using Itsm.Samples.WebApi.Domain;
using Itsm.Samples.WebApi.Timers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;

namespace Itsm.Benchmarks;

/// <summary>
/// What one web process costs per open record and per wake-up (docs/scale.md): the timer heap's memory per armed
/// record, and the SLA timer service advancing 1,000 due incidents through the sample's event store on SQLite (load,
/// <c>Advance</c>, append the warning, update the read model, re-arm), so the time per operation divided by 1,000 is
/// the time per wake-up.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class WebTimerBenchmarks
{
    private const int Armed = 1_000_000;
    private const int Due = 1_000;

    // Monday 7 December 2026, 09:00 in Shanghai; the P2 incidents' first warning is due at 09:30.
    private static readonly Instant Logged = Instant.FromUtc(2026, 12, 7, 1, 0);
    private static readonly Instant FirstWarning = Instant.FromUtc(2026, 12, 7, 1, 30);

    private TimerKey[] _keys = [];
    private WebApplication? _app;
    private FakeClock _clock = new(Logged);
    private string _database = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _keys = new TimerKey[Armed];
        for (int i = 0; i < Armed; i++)
        {
            _keys[i] = new TimerKey("incident", "INC-" + i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Arms a million records in a new heap: the allocation per record is the heap's and the index's cost of
    /// one armed record (an upper bound of what stays: the arrays' growth is counted too).</summary>
    [Benchmark]
    public int ArmOneMillionRecords()
    {
        using var timer = new SlaTimer();
        var at = Logged;
        for (int i = 0; i < _keys.Length; i++)
        {
            timer.Arm(_keys[i], at + Duration.FromSeconds(i % 86_400));
        }

        return timer.Count;
    }

    [IterationSetup(Target = nameof(AdvanceOneThousandDueIncidentsOnSqlite))]
    public void SeedDueIncidents()
    {
        _database = Path.Combine(Path.GetTempPath(), $"itsm-bench-{Guid.NewGuid():N}.db");
        _clock = new FakeClock(Logged);
        _app = ServiceDeskApi.Build(
            ["--ConnectionStrings:Sqlite=Data Source=" + _database, "--ServiceDesk:TimerLoop=false"],
            builder =>
            {
                builder.Services.AddSingleton<IClock>(_clock);
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
            });
        var desk = _app.Services.GetRequiredService<ServiceDesk>();
        var agent = new Itsm.Core.Actor("zhang.min", "Zhang Min", [Itsm.Core.Actors.Roles.ServiceDeskAgent]);
        using (var scope = _app.Services.CreateScope())
        {
            var commands = scope.ServiceProvider.GetRequiredService<RecordCommands>();
            var kind = scope.ServiceProvider.GetRequiredService<IncidentKind>();
            for (int i = 0; i < Due; i++)
            {
                string id = "INC-" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
                commands.CreateAsync(kind, now => Incident.Log(new Id<Kinds.Incident>(id), "Acme", new Id<Kinds.Service>("email"), [], "email", 1, 2, desk.Incidents, agent, now), default)
                    .GetAwaiter().GetResult();
            }
        }

        _clock.Reset(FirstWarning);
    }

    /// <summary>The timer service advancing 1,000 incidents that are all due: 1,000 wake-ups, each a load, an advance
    /// that records one warning, an append and a read-model update in one transaction, and a re-arm.</summary>
    [Benchmark]
    public async Task<int> AdvanceOneThousandDueIncidentsOnSqlite()
    {
        int advanced = await _app!.Services.GetRequiredService<SlaTimerService>().ProcessDueAsync(default);
        if (advanced != Due)
        {
            throw new InvalidOperationException($"advanced {advanced} of {Due}");
        }

        return advanced;
    }

    [IterationCleanup(Target = nameof(AdvanceOneThousandDueIncidentsOnSqlite))]
    public void DropDatabase()
    {
        _app?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_database);
    }
}
