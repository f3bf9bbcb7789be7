using System;
using System.Linq;
using System.Threading.Tasks;
using Itsm.Samples.Orleans.Clocks;
using NodaTime;
using Orleans;
using Orleans.TestingHost;
using Xunit.Abstractions;

namespace Itsm.Samples.Orleans.Tests;

/// <summary>
/// Forty clocks over two silos, one silo lost before their warnings are due: the reminders (in a table that outlives
/// the silo) wake the clocks on the silo left, and each clock delivers exactly its four transitions.
/// </summary>
public sealed class SiloLossTests(ITestOutputHelper output)
{
    private const int Clocks = 40;

    [Fact]
    public Task Clocks_of_a_stopped_silo_deliver_every_transition_exactly_once() =>
        RunAsync("stop", (cluster, silo) => cluster.StopSiloAsync(silo), Duration.FromSeconds(3));

    [Fact]
    public Task Clocks_of_a_killed_silo_deliver_every_transition_exactly_once() =>
        RunAsync("kill", (cluster, silo) => cluster.KillSiloAsync(silo), Duration.FromSeconds(6));

    private async Task RunAsync(string name, Func<TestCluster, SiloHandle, Task> lose, Duration maxLateness)
    {
        await using var cluster = await TwoSilos.DeployAsync<ClockSilo>();
        var run = Guid.NewGuid().ToString("N");
        var clocks = Enumerable.Range(0, Clocks).Select(i => cluster.Client.GetGrain<ISlaClockGrain>($"{name}-{run}/{i}")).ToArray();
        var amounts = Enumerable.Range(0, Clocks).Select(i => Duration.FromMilliseconds(5_000 + (i % 8 * 250))).ToArray();
        var started = await Task.WhenAll(clocks.Select((c, i) => c.Start(ClockDefinition.Seconds(amounts[i].TotalSeconds))));
        var lost = cluster.SecondarySilos[0];
        int onLost = started.Count(s => s.Silo == lost.SiloAddress.ToString());
        Assert.InRange(onLost, 1, Clocks - 1);

        await lose(cluster, lost);
        var lastBreach = started.Select((s, i) => s.At + amounts[i]).Max();
        Assert.True(SystemClock.Instance.GetCurrentInstant() < started.Min(s => s.At) + Duration.FromSeconds(2.5), "the silo went before the first warnings were due");

        var deadline = (lastBreach - SystemClock.Instance.GetCurrentInstant()).ToTimeSpan() + maxLateness.ToTimeSpan() + TimeSpan.FromSeconds(3);
        // Waits on what the grains told, without calling them: a call would activate a lost clock again before its
        // reminder does.
        var ids = clocks.Select(c => c.GetPrimaryKeyString()).ToArray();
        await Expectations.WaitUntil(
            () => Task.FromResult(ids.All(id => Expectations.Names.All(what => RecordingListener.TimesTold(id, 1, what) > 0))),
            deadline);
        // One reminder period more: nothing is delivered twice.
        await Task.Delay(ClockSilo.ReminderPeriod + TimeSpan.FromMilliseconds(500));
        var delivered = await Expectations.Retrying(() => Task.WhenAll(clocks.Select(c => c.Delivered())));

        var all = delivered.SelectMany(d => d).ToArray();
        output.WriteLine(FormattableString.Invariant(
            $"{onLost} of {Clocks} clocks on the lost silo; {all.Length} deliveries: {string.Join(", ", all.GroupBy(d => d.Path).Select(g => $"{g.Count()} by {g.Key}"))}; lateness max {all.Max(d => d.Lateness).TotalMilliseconds:0} ms, mean {all.Average(d => d.Lateness.TotalMilliseconds):0} ms"));
        var survivor = cluster.GetActiveSilos().Single().SiloAddress.ToString();
        for (int i = 0; i < Clocks; i++)
        {
            var id = clocks[i].GetPrimaryKeyString();
            Expectations.AssertExactly(delivered[i], Expectations.Of(started[i].At, amounts[i]), maxLateness, id);
            Assert.All(Expectations.Names, what => Assert.Equal(1, RecordingListener.TimesTold(id, 1, what)));
            Assert.Equal(survivor, (await Expectations.Retrying(clocks[i].Status)).Silo);
        }
    }
}
