using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Runtime;
using System.Threading;
using System.Threading.Tasks;
using Itsm.Calendars;
using Itsm.Samples.Orleans.Clocks;
using Itsm.Samples.Orleans.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using Orleans;

namespace Itsm.Samples.Orleans;

/// <summary>
/// Starts N clocks on one silo in this process and measures: how long starting them takes, the memory each costs, and
/// how many transitions per second the silo delivers when they all fall due together. Every clock counts on a calendar
/// that opens at one instant after the start phase (its window opens at 01:00 in a zone chosen for that), so all N
/// clocks reach 50, 75, 90 and 100 % of their amount at the same four instants, whenever each was started.
/// </summary>
/// <remarks>
/// <c>load N [--window S] [--amount S] [--due K] [--concurrency C] [--timers-only] [--timeout S]</c>: the calendar opens
/// S seconds after the silo is up (default: enough for 4,000 starts per second, at least 30 s), the amount is S seconds
/// of business time (default 20), one clock in K falls due in the run (default 1: all; the others get a 24-hour target
/// on the always-open calendar, so they are resident but quiet, as most open clocks are), C starts are in flight at
/// once (default 1,000), <c>--timers-only</c> arms grain timers without reminders, and the run gives up waiting for
/// deliveries S seconds after the last one was due (default 180).
/// </remarks>
internal static class LoadRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || !int.TryParse(args[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out int count) || count <= 0)
        {
            Console.Error.WriteLine("usage: load N [--window S] [--amount S] [--due K] [--concurrency C] [--timers-only] [--timeout S]");
            return 2;
        }

        double amountSeconds = Option(args, "--amount", 20);
        double windowSeconds = Option(args, "--window", Math.Max(30, Math.Ceiling(count / 4_000.0) + 20));
        int concurrency = (int)Option(args, "--concurrency", 1_000);
        double timeoutSeconds = Option(args, "--timeout", 180);
        bool timersOnly = args.Contains("--timers-only");
        int dueEvery = Math.Max(1, (int)Option(args, "--due", 1));
        int dueCount = ((count - 1) / dueEvery) + 1;

        var process = Process.GetCurrentProcess();
        var opensAt = Instant.FromUnixTimeSeconds((long)Math.Ceiling((SystemClock.Instance.GetCurrentInstant() + Duration.FromSeconds(windowSeconds)).ToUnixTimeMilliseconds() / 1000.0));
        var amount = Duration.FromSeconds(amountSeconds);
        var counter = new DeliveryCounter(opensAt, opensAt + (amount / 2));
        var builder = Host.CreateApplicationBuilder();
        // Critical only: under an overload Orleans logs every failed reminder tick, which costs the silo more CPU.
        builder.Logging.SetMinimumLevel(LogLevel.Critical);
        builder.Services.AddSingleton<ITransitionListener>(counter);
        builder.UseOrleans(silo => silo.AddLocalSlaClocks(SampleCalendars.Registry(OpeningAt(opensAt)), o => o.UseReminders = !timersOnly));
        using var host = builder.Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();

        Console.WriteLine(FormattableString.Invariant(
            $"{count:N0} clocks, {dueCount:N0} of {amountSeconds} s on a calendar opening at {opensAt} ({(opensAt - SystemClock.Instance.GetCurrentInstant()).TotalSeconds:0} s from now); {(timersOnly ? "timers only" : "timers and reminders")}; {Environment.ProcessorCount} cores, server GC {GCSettings.IsServerGC}"));
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        process.Refresh();
        long workingSetBefore = process.WorkingSet64;
        var cpuBefore = process.TotalProcessorTime;

        // Start phase.
        var definition = new ClockDefinition { Metric = "resolution", Amount = amount, Calendar = LoadCalendar };
        var quiet = ClockDefinition.Seconds(Duration.FromHours(24).TotalSeconds);
        var watch = Stopwatch.StartNew();
        int next = -1;
        int started = 0;
        using (var progress = new Timer(_ => Console.WriteLine(FormattableString.Invariant($"  {watch.Elapsed.TotalSeconds,6:0.0} s: {Volatile.Read(ref started):N0} started")), null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10)))
        {
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < count)
                {
                    await grains.GetGrain<ISlaClockGrain>(FormattableString.Invariant($"load/{i}")).Start(i % dueEvery == 0 ? definition : quiet);
                    Interlocked.Increment(ref started);
                }
            }));
        }

        var startTime = watch.Elapsed;
        process.Refresh();
        var startCpu = process.TotalProcessorTime - cpuBefore;
        long heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        process.Refresh();
        long workingSetAfter = process.WorkingSet64;
        var startedBy = SystemClock.Instance.GetCurrentInstant();
        Console.WriteLine(FormattableString.Invariant(
            $"started {count:N0} in {startTime.TotalSeconds:0.0} s ({count / startTime.TotalSeconds:N0}/s, {startCpu.TotalSeconds:0} CPU s); heap {heapBefore / 1e6:N0} -> {heapAfter / 1e6:N0} MB, working set {workingSetBefore / 1e6:N0} -> {workingSetAfter / 1e6:N0} MB"));
        if (startedBy > opensAt)
        {
            Console.WriteLine(FormattableString.Invariant($"warning: the calendar opened {(startedBy - opensAt).TotalSeconds:0} s before the last start; the clocks started after it count from their start"));
        }

        // Wake-up phase: 4 N transitions due at opensAt + 50, 75, 90 and 100 % of the amount.
        long expected = 4L * dueCount;
        var giveUpAt = opensAt + amount + Duration.FromSeconds(timeoutSeconds);
        var cpuAtOpen = TimeSpan.Zero;
        while (counter.Total < expected && SystemClock.Instance.GetCurrentInstant() < giveUpAt)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            if (cpuAtOpen == TimeSpan.Zero && SystemClock.Instance.GetCurrentInstant() >= opensAt)
            {
                process.Refresh();
                cpuAtOpen = process.TotalProcessorTime;
            }

            if (counter.Total > 0 && (long)(SystemClock.Instance.GetCurrentInstant() - opensAt).TotalSeconds % 10 == 0)
            {
                Console.WriteLine(FormattableString.Invariant($"  {(SystemClock.Instance.GetCurrentInstant() - opensAt).TotalSeconds,6:0} s after opening: {counter.Total:N0} of {expected:N0} delivered"));
            }
        }

        process.Refresh();
        var wakeCpu = process.TotalProcessorTime - cpuAtOpen;
        long peakWorkingSet = process.PeakWorkingSet64;
        var report = counter.Report();
        Console.WriteLine(FormattableString.Invariant(
            $"delivered {report.Total:N0} of {expected:N0} ({string.Join(", ", report.ByPath.Select(p => $"{p.Value:N0} by {p.Key.ToString().ToLowerInvariant()}"))}) in {report.Span.TotalSeconds:0.0} s from the first due instant; {wakeCpu.TotalSeconds:0} CPU s; peak working set {peakWorkingSet / 1e6:N0} MB"));
        Console.WriteLine();
        Console.WriteLine("| clocks | due together | mode | start | starts/s | heap/clock | working set/clock | delivered | wake-ups/s (mean) | wake-ups/s (best second) | lateness p50 / p99 / max | CPU ms per wake-up |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        Console.WriteLine(FormattableString.Invariant(
            $"| {count:N0} | {dueCount:N0} | {(timersOnly ? "timers" : "timers + reminders")} | {startTime.TotalSeconds:0.0} s | {count / startTime.TotalSeconds:N0} | {(heapAfter - heapBefore) / (double)count / 1024:N1} KiB | {(workingSetAfter - workingSetBefore) / (double)count / 1024:N1} KiB | {report.Total:N0} of {expected:N0} | {report.MeanRate:N0} | {report.BestSecond:N0} | {report.P50.TotalSeconds:0.0} / {report.P99.TotalSeconds:0.0} / {report.Max.TotalSeconds:0.0} s | {(report.Total == 0 ? 0 : wakeCpu.TotalMilliseconds / report.Total):0.000} |"));

        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await host.StopAsync(stopping.Token);
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("(the silo did not stop within 20 s; exiting anyway)");
        }

        return report.Total == expected ? 0 : 1;
    }

    private const string LoadCalendar = "load";

    /// <summary>A calendar whose window opens at <paramref name="opensAt"/>: open 01:00 to 24:00 every day in the fixed
    /// zone in which <paramref name="opensAt"/> is 01:00, so it stays open for 23 hours after.</summary>
    private static BusinessCalendar OpeningAt(Instant opensAt)
    {
        long secondOfDay = opensAt.InUtc().TimeOfDay.TickOfDay / NodaConstants.TicksPerSecond;
        long offset = 3_600 - secondOfDay;
        offset = ((offset % 86_400) + 86_400 + 43_200) % 86_400 - 43_200;
        var zone = DateTimeZone.ForOffset(Offset.FromSeconds((int)offset));
        return BusinessCalendar.Builder(LoadCalendar, zone)
            .AddWindow(new LocalTime(1, 0), LocalTime.Midnight,
                IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday,
                IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday)
            .Build();
    }

    private static double Option(string[] args, string name, double fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? double.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>Counts deliveries as they are told (after the grain stored them): per path, per second after the calendar
    /// opened, and their lateness from the instant they fired.</summary>
    private sealed class DeliveryCounter(Instant opensAt, Instant firstDue) : ITransitionListener
    {
        private const int LatenessBucketMs = 10;
        private readonly long[] _perSecond = new long[7_200];
        private readonly long[] _lateness = new long[60_000];
        private readonly ConcurrentDictionary<DeliveryPath, long> _byPath = new();
        private long _total;
        private long _last = long.MinValue;

        public long Total => Interlocked.Read(ref _total);

        public ValueTask Delivered(string clockId, DeliveredTransition transition)
        {
            // Told is after the grain stored the delivery: the moment that counts for a wake-up.
            var told = SystemClock.Instance.GetCurrentInstant();
            Interlocked.Increment(ref _total);
            _byPath.AddOrUpdate(transition.Path, 1, (_, n) => n + 1);
            Max(ref _last, told.ToUnixTimeTicks());
            int second = (int)Math.Clamp((told - opensAt).TotalSeconds, 0, _perSecond.Length - 1);
            Interlocked.Increment(ref _perSecond[second]);
            int bucket = (int)Math.Clamp((told - transition.FiredAt).TotalMilliseconds / LatenessBucketMs, 0, _lateness.Length - 1);
            Interlocked.Increment(ref _lateness[bucket]);
            return ValueTask.CompletedTask;
        }

        public LoadReport Report()
        {
            long total = Total;
            // The span runs from the first due instant (all N 50 % warnings) to the last delivery.
            var span = total == 0 ? Duration.Zero : Instant.FromUnixTimeTicks(Interlocked.Read(ref _last)) - firstDue;
            return new LoadReport(
                total,
                _byPath.OrderBy(p => p.Key).ToDictionary(p => p.Key, p => p.Value),
                span.ToTimeSpan(),
                total == 0 || span <= Duration.Zero ? 0 : total / span.TotalSeconds,
                _perSecond.Max(),
                Percentile(0.5),
                Percentile(0.99),
                Percentile(1.0));

            TimeSpan Percentile(double p)
            {
                long rank = Math.Max(1, (long)Math.Ceiling(total * p));
                long seen = 0;
                for (int i = 0; i < _lateness.Length; i++)
                {
                    seen += _lateness[i];
                    if (seen >= rank)
                    {
                        return TimeSpan.FromMilliseconds((i + 1) * LatenessBucketMs);
                    }
                }

                return TimeSpan.Zero;
            }
        }

        private static void Max(ref long location, long value)
        {
            long current;
            while (value > (current = Interlocked.Read(ref location)) && Interlocked.CompareExchange(ref location, value, current) != current)
            {
            }
        }
    }

    private sealed record LoadReport(
        long Total,
        System.Collections.Generic.Dictionary<DeliveryPath, long> ByPath,
        TimeSpan Span,
        double MeanRate,
        long BestSecond,
        TimeSpan P50,
        TimeSpan P99,
        TimeSpan Max);
}
