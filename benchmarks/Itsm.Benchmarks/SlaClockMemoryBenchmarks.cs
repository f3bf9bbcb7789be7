using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Itsm.Calendars;
using Itsm.Core;
using Itsm.Sla.Clocks;
using Itsm.Sla.Targets;
using NodaTime;

namespace Itsm.Benchmarks;

/// <summary>
/// What a host pays to hold its open clocks: one running clock with two events (created and started) retains at most
/// 1 KB; one million of them are created in under 1 s and held in under 1 GB. Each clock has its own id
/// (<c>INC-0000042/resolution</c>), made before the measurement. The allocated figure of
/// <see cref="CreateStarted_OneMillionHeld"/> bounds what the million clocks hold; the retained size, measured with a
/// full collection after each iteration, is printed to the benchmark's log as <c>// retained:</c>.
/// </summary>
/// <remarks>Run with the workstation collector (the default of a console app) and with the server collector (the default
/// of ASP.NET Core hosts, and what a host holding millions of clocks runs).</remarks>
[MemoryDiagnoser]
[Config(typeof(CollectorModes))]
public class SlaClockMemoryBenchmarks
{
    private const int Count = 1_000_000;

    private static readonly Actor Agent = new("agent", "Agent");
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly SlaTarget P3 = new(SlaMetric.Resolution, Duration.FromHours(16), BusinessCalendars.FiveByNine(Berlin, new LocalTime(9, 0)));
    private static readonly Instant Monday = new LocalDateTime(2026, 3, 2, 9, 30).InZoneStrictly(Berlin).ToInstant();

    private readonly string[] _ids = new string[Count];
    private SlaClock[] _clocks = [];
    private long _before;

    [GlobalSetup]
    public void Setup()
    {
        for (int i = 0; i < Count; i++)
        {
            _ids[i] = "INC-" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture) + "/resolution";
        }

        _ = SlaClock.CreateStarted(_ids[0], P3, Agent, Monday).StatusAt(Monday);
    }

    [IterationSetup]
    public void Release()
    {
        _clocks = [];
        _before = GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>One million clocks created and started at instants a minute apart (over 3.5 days), all held.</summary>
    [Benchmark]
    public SlaClock[] CreateStarted_OneMillionHeld()
    {
        var clocks = new SlaClock[Count];
        for (int i = 0; i < Count; i++)
        {
            clocks[i] = SlaClock.CreateStarted(_ids[i], P3, Agent, Monday + Duration.FromMinutes(i % 5000));
        }

        _clocks = clocks;
        return clocks;
    }

    private sealed class CollectorModes : ManualConfig
    {
        public CollectorModes()
        {
            var job = Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8);
            AddJob(job.WithGcServer(false).WithId("Workstation"));
            AddJob(job.WithGcServer(true).WithId("Server"));
        }
    }

    [IterationCleanup]
    public void Retained()
    {
        long after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(FormattableString.Invariant(
            $"// retained: {(after - _before) / (double)Count:F0} B per running clock, the array slot included; {(after - _before) / 1048576.0:F0} MB for {Count:N0} ({_clocks.Length})"));
    }
}
