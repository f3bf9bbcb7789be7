using System;
using System.Linq;
using System.Threading.Tasks;
using Itsm.Samples.Orleans.Clocks;
using NodaTime;
using Orleans;

namespace Itsm.Samples.Orleans.Tests;

/// <summary>Clocks on a two-silo cluster, in real time with targets of seconds (a fake clock cannot drive reminders).</summary>
public sealed class SlaClockGrainTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private static readonly Duration Tolerance = Duration.FromSeconds(1.5);

    private readonly IGrainFactory _grains = fixture.Cluster.Client;

    [Fact]
    public async Task Clocks_deliver_each_warning_and_the_breach_once_at_their_instants()
    {
        var clocks = Enumerable.Range(0, 6).Select(i => _grains.GetGrain<ISlaClockGrain>($"deliver-{Guid.NewGuid():N}/{i}")).ToArray();
        var amounts = Enumerable.Range(0, 6).Select(i => Duration.FromMilliseconds(2_000 + (i * 300))).ToArray();
        var started = await Task.WhenAll(clocks.Select((c, i) => c.Start(ClockDefinition.Seconds(amounts[i].TotalSeconds))));

        Assert.All(started, s => Assert.Equal("Running", s.State));
        Assert.All(await Task.WhenAll(clocks.Select(c => c.Delivered())), d => Assert.Empty(d));
        await Expectations.WaitUntil(
            async () => (await Task.WhenAll(clocks.Select(c => c.Delivered()))).All(d => d.Length == 4),
            TimeSpan.FromSeconds(4) + amounts.Max().ToTimeSpan());
        // Longer than the reminder period after the breach: a leftover reminder tick would show up as a second delivery.
        await Task.Delay(ClockSilo.ReminderPeriod + TimeSpan.FromMilliseconds(500));

        for (int i = 0; i < clocks.Length; i++)
        {
            var id = clocks[i].GetPrimaryKeyString();
            var delivered = await clocks[i].Delivered();
            Expectations.AssertExactly(delivered, Expectations.Of(started[i].At, amounts[i]), Tolerance, id);
            Assert.All(Expectations.Names, what => Assert.Equal(1, RecordingListener.TimesTold(id, 1, what)));
            var status = await clocks[i].Status();
            Assert.Equal(started[i].At + amounts[i], status.BreachedAt);
            Assert.Null(status.NextTransitionAt);
        }
    }

    [Fact]
    public async Task Pausing_holds_a_warning_back_and_resuming_releases_it()
    {
        var clock = _grains.GetGrain<ISlaClockGrain>($"pause-{Guid.NewGuid():N}");
        var amount = Duration.FromSeconds(3);
        var started = await clock.Start(ClockDefinition.Seconds(amount.TotalSeconds));
        await Task.Delay(500);
        var paused = await clock.Pause("awaiting caller");
        var measured = paused.At - started.At;

        // Past the instant the 50 % warning had while running, and past a reminder period: nothing fires while paused.
        await Task.Delay((started.At + (amount / 2) - paused.At).ToTimeSpan() + ClockSilo.ReminderPeriod);
        Assert.Empty(await clock.Delivered());
        Assert.Equal("Paused", (await clock.Status()).State);
        Assert.Null((await clock.Status()).NextTransitionAt);

        var resumed = await clock.Resume();
        var fiftyAt = resumed.At + (amount / 2) - measured;
        Assert.Equal(fiftyAt, resumed.NextTransitionAt);
        await Expectations.WaitUntil(async () => (await clock.Delivered()).Length == 1, TimeSpan.FromSeconds(4));
        var stopped = await clock.Stop();
        await Task.Delay(amount.ToTimeSpan());

        var delivered = await clock.Delivered();
        Expectations.AssertExactly(delivered, [("50 %", fiftyAt)], Tolerance, clock.GetPrimaryKeyString());
        Assert.Equal("Stopped", stopped.State);
        Assert.Equal(stopped.Elapsed, (await clock.Status()).Elapsed);
    }

    [Fact]
    public async Task A_command_at_the_very_instant_of_a_warning_delivers_the_warning_first()
    {
        var clock = _grains.GetGrain<ISlaClockGrain>($"same-instant-{Guid.NewGuid():N}");
        var amount = Duration.FromSeconds(2);
        var started = await clock.Start(ClockDefinition.Seconds(amount.TotalSeconds));
        var fiftyAt = started.At + (amount / 2);
        Assert.Equal(fiftyAt, started.NextTransitionAt);

        // The silos' time jumps to the warning's instant, to the nanosecond, for one command; no timer has fired yet.
        PinnableClock.Pinned = fiftyAt;
        SlaClockView paused;
        try
        {
            paused = await clock.Pause("awaiting caller");
        }
        finally
        {
            PinnableClock.Pinned = null;
        }

        Assert.Equal(fiftyAt, paused.At);
        Assert.Equal(amount / 2, paused.Elapsed);
        var delivered = Assert.Single(await clock.Delivered());
        Assert.Equal(("50 %", fiftyAt, DeliveryPath.Command), (delivered.What, delivered.FiredAt, delivered.Path));

        // The timer armed for that instant comes and finds it delivered; the paused clock has nothing next.
        await Task.Delay(amount.ToTimeSpan());
        Assert.Single(await clock.Delivered());
        Assert.Equal(1, RecordingListener.TimesTold(clock.GetPrimaryKeyString(), 1, "50 %"));
        Assert.Null((await clock.Status()).NextTransitionAt);
    }
    [Fact]
    public async Task A_stop_dated_at_the_due_instant_meets_the_target_so_no_breach_is_delivered()
    {
        var clock = _grains.GetGrain<ISlaClockGrain>($"stop-at-due-{Guid.NewGuid():N}");
        var amount = Duration.FromSeconds(2);
        var started = await clock.Start(ClockDefinition.Seconds(amount.TotalSeconds));
        var due = started.At + amount;

        // The silos' time jumps to the due instant for the stop: the warnings have fired by then, the breach has not
        // (the clock was never running at its due instant, docs/sla.md).
        PinnableClock.Pinned = due;
        SlaClockView stopped;
        try
        {
            stopped = await clock.Stop();
        }
        finally
        {
            PinnableClock.Pinned = null;
        }

        Assert.Equal(("Stopped", amount, (Instant?)null), (stopped.State, stopped.Elapsed, stopped.BreachedAt));
        // Past the real due instant and a reminder period: the timers and reminders armed at the start find nothing more.
        await Task.Delay(amount.ToTimeSpan() + ClockSilo.ReminderPeriod);
        var delivered = await clock.Delivered();
        Expectations.AssertExactly(delivered, Expectations.Of(started.At, amount)[..3], Tolerance, clock.GetPrimaryKeyString());
        Assert.All(delivered, d => Assert.Equal(DeliveryPath.Command, d.Path));
        Assert.Equal(0, RecordingListener.TimesTold(clock.GetPrimaryKeyString(), 1, DeliveredTransition.Breach));
    }
}
