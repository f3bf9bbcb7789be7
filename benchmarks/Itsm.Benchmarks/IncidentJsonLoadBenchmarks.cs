using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Core.Actors;
using Itsm.Core.Ids;
using Itsm.Incidents;
using Itsm.Json;
using Itsm.Json.Incidents;
using NodaTime;

namespace Itsm.Benchmarks;

/// <summary>
/// Loading 100,000 incidents from JSON (target: under 5 seconds). Each load parses one stored incident document (eight
/// events, two SLA clocks) and rebuilds the incident; the same document text is loaded 100,000 times, so the figure is
/// parse-and-rebuild cost, not I/O or the memory of 100,000 distinct texts.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class IncidentJsonLoadBenchmarks
{
    private const int Incidents = 100_000;

    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly BusinessCalendar Calendar = BusinessCalendars.FiveByNine(Berlin, new LocalTime(9, 0));

    private string _json = string.Empty;
    private Newtonsoft.Json.JsonSerializerSettings _settings = new();
    private ItsmJsonOptions _options = new();

    [GlobalSetup]
    public void Setup()
    {
        var settings = new IncidentSettings(IncidentBenchmarks.Policy(Calendar));
        var desk = new Actor("desk", "Desk", [Roles.ServiceDeskAgent]);
        var resolver = new Actor("resolver", "Resolver", [Roles.Resolver]);
        var monday = new LocalDateTime(2026, 3, 2, 9, 30).InZoneStrictly(Berlin).ToInstant();
        var incident = Incident.Log(new Id<Kinds.Incident>("INC-J"), "caller", new Id<Kinds.Service>("email"), [], "email", 2, 2, settings, desk, monday);
        incident.Assign(desk, monday + Duration.FromMinutes(5), new Id<Kinds.Group>("messaging"));
        incident.Acknowledge(resolver, monday + Duration.FromMinutes(20));
        incident.PutOnHold(resolver, monday + Duration.FromHours(1), HoldReason.AwaitingCaller);
        incident.Resume(resolver, monday + Duration.FromHours(20));
        incident.Escalate(resolver, monday + Duration.FromHours(21), EscalationKind.Hierarchical, "breach likely");
        incident.Resolve(resolver, monday + Duration.FromHours(22), "restart", "restarted the MTA");
        incident.Close(new Actor("caller", "Caller", [Roles.Customer]), monday + Duration.FromHours(23));
        var options = new ItsmJsonOptions { Calendars = new BusinessCalendarRegistry([Calendar]), Modules = [new IncidentsJsonModule { Incidents = settings }] };
        _json = ItsmJson.Serialize(incident, options);
        _settings = ItsmJson.CreateSettings(options);
        _options = options;
    }

    /// <summary>What <see cref="ItsmJson.Deserialize{T}(string, ItsmJsonOptions)"/> adds: the strict syntax check and
    /// the settings it builds from the options.</summary>
    [Benchmark]
    public long LoadIncidentJson_ThroughItsmJson_OneHundredThousand()
    {
        long versions = 0;
        for (int i = 0; i < Incidents; i++)
        {
            versions += ItsmJson.Deserialize<Incident>(_json, _options).Version;
        }

        return versions;
    }

    /// <summary>The strict syntax check alone (RFC 8259 and duplicate names), on the same document.</summary>
    [Benchmark]
    public int StrictCheck_OneHundredThousand()
    {
        for (int i = 0; i < Incidents; i++)
        {
            StrictJson.Check(_json, JsonReadLimits.Default);
        }

        return _json.Length;
    }

    [Benchmark]
    public long LoadIncidentJson_OneHundredThousand()
    {
        long versions = 0;
        for (int i = 0; i < Incidents; i++)
        {
            versions += Newtonsoft.Json.JsonConvert.DeserializeObject<Incident>(_json, _settings)!.Version;
        }

        return versions;
    }
}
