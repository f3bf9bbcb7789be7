using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using Itsm.Samples.Orleans.Clocks;
using Itsm.Samples.Orleans.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace Itsm.Samples.Orleans.Tests;

/// <summary>
/// A silo of the test clusters: the clock grains on process-wide storage and reminder table (so that both outlive a
/// silo), reminders at second granularity, and failure detection in a few seconds instead of the production default.
/// </summary>
public class ClockSilo : ISiloConfigurator
{
    /// <summary>The reminder period of the test silos: Orleans allows periods under its one-minute default (it warns that
    /// they are unsuitable for production), so seconds-long targets exercise the reminders.</summary>
    public static readonly TimeSpan ReminderPeriod = TimeSpan.FromSeconds(1);

    public virtual void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.Services.AddGrainStorage(SlaClockHosting.StorageName, (services, _) => new SharedGrainStorage(
            services.GetRequiredService<Serializer>(),
            services.GetRequiredService<IOptions<ClusterOptions>>().Value.ClusterId));
        siloBuilder.Services.AddSingleton<IReminderTable, SharedReminderTable>();
        siloBuilder.Services.AddSingleton<ITransitionListener, RecordingListener>();
        siloBuilder.AddSlaClocks();
        siloBuilder.Configure<ReminderOptions>(options =>
        {
            options.MinimumReminderPeriod = ReminderPeriod;
            options.RefreshReminderListPeriod = ReminderPeriod;
            options.ReminderLoadingWindow = TimeSpan.FromMinutes(1);
        });
        siloBuilder.Configure<ClusterMembershipOptions>(options =>
        {
            options.ProbeTimeout = TimeSpan.FromSeconds(1);
            options.NumMissedProbesLimit = 2;
            options.TableRefreshTimeout = TimeSpan.FromSeconds(1);
            options.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(1);
        });
    }
}

/// <summary>A <see cref="ClockSilo"/> whose time a test can pin to an exact instant (see <see cref="PinnableClock"/>).</summary>
public sealed class PinnableClockSilo : ClockSilo
{
    public override void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.Services.AddSingleton<IClock>(PinnableClock.Instance);
        base.Configure(siloBuilder);
    }
}

/// <summary>The system clock, unless a test pins it to an instant: the only way to date a command at the very
/// nanosecond a transition fires.</summary>
internal sealed class PinnableClock : IClock
{
    public static readonly PinnableClock Instance = new();

    private static Instant? _pinned;

    public static Instant? Pinned
    {
        get => _pinned;
        set => _pinned = value;
    }

    public Instant GetCurrentInstant() => _pinned ?? SystemClock.Instance.GetCurrentInstant();
}

/// <summary>Counts what the grains told, by clock, cycle and transition, for every test cluster of the process.</summary>
internal sealed class RecordingListener : ITransitionListener
{
    private static readonly ConcurrentDictionary<(string Clock, int Cycle, string What), int> Told = new();

    public static int TimesTold(string clockId, int cycle, string what) => Told.TryGetValue((clockId, cycle, what), out var n) ? n : 0;

    public ValueTask Delivered(string clockId, DeliveredTransition transition)
    {
        Told.AddOrUpdate((clockId, transition.Cycle, transition.What), 1, (_, n) => n + 1);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Builds two-silo test clusters.</summary>
internal static class TwoSilos
{
    public static async Task<TestCluster> DeployAsync<TSilo>()
        where TSilo : ISiloConfigurator, new()
    {
        var builder = new TestClusterBuilder(initialSilosCount: 2);
        builder.AddSiloBuilderConfigurator<TSilo>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
